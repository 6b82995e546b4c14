// Red team 3: the user data is the wrapper's to fill; `#[null]` on it was
// silently ignored.
use ffi_runtime::foreign;
use std::ffi::{c_int, c_void};

#[foreign(zero)]
unsafe extern "C" {
    fn each(
        #[callback(data)] visit: extern "C" fn(data: *mut c_void, n: c_int),
        #[null] data: *mut c_void,
    ) -> c_int;
}

fn main() {}
