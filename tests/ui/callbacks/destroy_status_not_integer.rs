// Red team 2: a destroy hook answers 0 of a sealed integer type, a constant;
// a user type's `Default` would run user code in C's frame.
use ffi_runtime::foreign;
use std::ffi::{c_int, c_void};

#[repr(transparent)]
#[derive(Default)]
pub struct Status(c_int);

#[foreign(zero)]
unsafe extern "C" {
    fn set_handler(
        #[callback(data, destroy = destroy)] handler: extern "C" fn(data: *mut c_void, event: c_int),
        data: *mut c_void,
        destroy: extern "C" fn(data: *mut c_void) -> Status,
    ) -> c_int;
}

fn main() {}
