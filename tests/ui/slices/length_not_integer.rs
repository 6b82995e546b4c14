use ffi_runtime::foreign;
#[allow(unused_imports)]
use std::ffi::{c_char, c_int};

#[foreign]
unsafe extern "C" {
    fn sum(#[slice(count)] values: *const c_int, count: f64) -> i64;
}

fn main() {}
