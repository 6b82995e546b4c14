use ffi_runtime::foreign;
#[allow(unused_imports)]
use std::ffi::{c_char, c_int};

#[foreign]
unsafe extern "C" {
    fn sum(#[slice(count)] values: *const c_int, length: usize) -> i64;
}

fn main() {}
