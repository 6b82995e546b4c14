use ffi_runtime::foreign;
use std::ffi::{c_int, c_void};

#[foreign]
unsafe extern "C" {
    fn each(#[callback(data)] visit: fn(data: *mut c_void, index: c_int), data: *mut c_void);
}

fn main() {}
