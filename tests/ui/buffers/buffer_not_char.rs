use ffi_runtime::foreign;
#[allow(unused_imports)]
use std::ffi::{c_char, c_int};

#[foreign(errno)]
unsafe extern "C" {
    fn fill(#[buffer(size)] values: *mut c_int, size: usize) -> c_int;
}

fn main() {}
