use ffi_runtime::foreign;
#[allow(unused_imports)]
use std::ffi::{c_char, c_int};

#[foreign(lib = "demo", kind = "statik")]
unsafe extern "C" {
    fn cbrt(x: f64) -> f64;
}

fn main() {}
