use ffi_runtime::foreign;
#[allow(unused_imports)]
use std::ffi::{c_char, c_int};

#[foreign]
unsafe extern "C" {
    fn twice(x: c_int) -> c_int {
        x * 2
    }
}

fn main() {}
