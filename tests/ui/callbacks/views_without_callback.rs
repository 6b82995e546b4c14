// Attributes on a function pointer's arguments say what a closure gets: on a
// plain function-pointer parameter there is no closure.
use ffi_runtime::foreign;
use std::ffi::{c_int, c_void};

#[foreign]
unsafe extern "C" {
    fn each(
        visit: extern "C" fn(#[slice(len)] bytes: *const u8, len: usize, data: *mut c_void) -> c_int,
        data: *mut c_void,
    );
}

fn main() {}
