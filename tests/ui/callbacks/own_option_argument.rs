// Review: a callback argument spelled `Option<&T>` is taken for "NULL or a
// reference" only when it is core's `Option`; a user's own `Option` would hand
// the closure a NULL `&T`.
use ffi_runtime::foreign;
use std::ffi::{c_int, c_void};

mod my {
    #[repr(transparent)]
    pub struct Option<T>(pub T);
}

#[foreign(zero)]
unsafe extern "C" {
    fn visit_values(
        #[callback(data, on_panic = 0)] visit: extern "C" fn(
            data: *mut c_void,
            value: my::Option<&c_int>,
        ) -> c_int,
        data: *mut c_void,
    ) -> c_int;
}

fn main() {}
