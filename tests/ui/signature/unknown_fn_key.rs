use ffi_runtime::foreign;
#[allow(unused_imports)]
use std::ffi::{c_char, c_int};

#[foreign]
unsafe extern "C" {
    #[ffi(nonul)]
    fn malloc(size: usize) -> *mut u8;
}

fn main() {}
