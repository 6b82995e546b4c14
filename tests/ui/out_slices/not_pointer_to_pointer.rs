use ffi_runtime::foreign;
#[allow(unused_imports)]
use std::ffi::{c_char, c_int};

#[foreign(zero)]
unsafe extern "C" {
    fn items(#[out_slice(count)] items: *const u32, count: *mut usize) -> c_int;
}

fn main() {}
