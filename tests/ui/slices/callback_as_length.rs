// Review: a callback named as a slice's length lost its argument (the wrapper
// passed no length) and the slice went to C unchecked. Refused.
use ffi_runtime::foreign;
use std::ffi::{c_int, c_void};

#[foreign(zero)]
unsafe extern "C" {
    fn visit_bytes(
        #[slice(visit)] bytes: *const u8,
        #[callback(data, on_panic = 0)] visit: extern "C" fn(data: *mut c_void, n: c_int) -> c_int,
        data: *mut c_void,
    ) -> c_int;
}

fn main() {}
