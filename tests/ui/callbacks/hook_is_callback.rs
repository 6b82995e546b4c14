// Red team 3: a parameter that is a destroy hook and a callback of its own got
// the wrong function (type confusion in C's hands).
use ffi_runtime::foreign;
use std::ffi::{c_int, c_void};

#[foreign(zero)]
unsafe extern "C" {
    fn register(
        #[callback(data, destroy = hook)] cb: extern "C" fn(data: *mut c_void),
        data: *mut c_void,
        #[callback(data2)] hook: extern "C" fn(data2: *mut c_void),
        data2: *mut c_void,
    ) -> c_int;
}

fn main() {}
