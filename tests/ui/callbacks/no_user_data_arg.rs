use ffi_runtime::foreign;
use std::ffi::{c_int, c_void};

#[foreign]
unsafe extern "C" {
    // The callback never gets the user data back: no way to find the closure.
    fn each(#[callback(data)] visit: extern "C" fn(index: c_int), data: *mut c_void);
}

fn main() {}
