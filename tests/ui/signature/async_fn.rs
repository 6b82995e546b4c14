use ffi_runtime::foreign;
#[allow(unused_imports)]
use std::ffi::{c_char, c_int};

#[foreign]
unsafe extern "C" {
    async fn fetch(x: c_int) -> c_int;
}

fn main() {}
