use ffi_runtime::foreign;
#[allow(unused_imports)]
use std::ffi::{c_char, c_int};

#[foreign]
unsafe extern "C" {
    fn strcpy(dst: *mut c_char, src: *const c_char) -> *mut c_char;
}

fn main() {}
