use ffi_runtime::foreign;
#[allow(unused_imports)]
use std::ffi::{c_char, c_int};

#[foreign(errno)]
unsafe extern "C" {
    fn sleep(#[str] seconds: c_int) -> c_int;
}

fn main() {}
