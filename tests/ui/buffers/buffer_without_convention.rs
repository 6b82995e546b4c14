use ffi_runtime::foreign;
#[allow(unused_imports)]
use std::ffi::{c_char, c_int};

#[foreign]
unsafe extern "C" {
    fn fill(#[buffer(size)] text: *mut c_char, size: usize) -> c_int;
}

fn main() {}
