use ffi_runtime::foreign;
#[allow(unused_imports)]
use std::ffi::{c_char, c_int};

#[foreign(lib = "c", lib = "m")]
unsafe extern "C" {
    fn cbrt(x: f64) -> f64;
}

fn main() {}
