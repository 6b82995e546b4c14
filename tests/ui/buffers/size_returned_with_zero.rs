use ffi_runtime::foreign;
#[allow(unused_imports)]
use std::ffi::{c_char, c_int};

#[foreign(zero)]
unsafe extern "C" {
    fn describe(#[buffer(size, size_returned)] text: *mut c_char, size: usize) -> c_int;
}

fn main() {}
