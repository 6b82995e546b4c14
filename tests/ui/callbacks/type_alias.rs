use ffi_runtime::foreign;
use std::ffi::{c_int, c_void};

type Visit = extern "C" fn(data: *mut c_void, index: c_int);

#[foreign]
unsafe extern "C" {
    fn each(#[callback(data)] visit: Visit, data: *mut c_void);
}

fn main() {}
