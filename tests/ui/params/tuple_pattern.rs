use ffi_runtime::foreign;
#[allow(unused_imports)]
use std::ffi::{c_char, c_int};

#[foreign]
unsafe extern "C" {
    fn add((a, b): (c_int, c_int)) -> c_int;
}

fn main() {}
