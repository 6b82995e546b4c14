use ffi_runtime::foreign;
#[allow(unused_imports)]
use std::ffi::{c_char, c_int};

#[foreign(zero)]
unsafe extern "C" {
    fn strdup(text: *const c_char) -> *mut c_char;
}

fn main() {}
