// Class 5: callbacks that share one user-data slot share one state, which one
// destroy hook frees: two different hooks for it cannot both be right.
use ffi_runtime::foreign;
use std::ffi::{c_int, c_void};

#[foreign(zero)]
unsafe extern "C" {
    fn create_function(
        #[callback(app, destroy = free_step)] step: extern "C" fn(app: *mut c_void, n: c_int),
        #[callback(app, destroy = free_final)] finish: extern "C" fn(app: *mut c_void),
        app: *mut c_void,
        free_step: extern "C" fn(*mut c_void),
        free_final: extern "C" fn(*mut c_void),
    ) -> c_int;
}

fn main() {}
