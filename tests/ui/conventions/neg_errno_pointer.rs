use ffi_runtime::foreign;
#[allow(unused_imports)]
use std::ffi::{c_char, c_int};

#[foreign(neg_errno)]
unsafe extern "C" {
    fn malloc(size: usize) -> *mut u8;
}

fn main() {}
