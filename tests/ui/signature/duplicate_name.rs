use ffi_runtime::foreign;
#[allow(unused_imports)]
use std::ffi::{c_char, c_int};

#[foreign]
unsafe extern "C" {
    fn cbrt(x: f64) -> f64;
    #[link_name = "cbrtf"]
    fn cbrt(x: f32) -> f32;
}

fn main() {}
