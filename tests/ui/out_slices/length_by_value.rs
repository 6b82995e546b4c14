use ffi_runtime::foreign;
#[allow(unused_imports)]
use std::ffi::{c_char, c_int};

#[foreign(zero)]
unsafe extern "C" {
    fn items(#[out_slice(count)] items: *mut *const u32, count: usize) -> c_int;
}

fn main() {}
