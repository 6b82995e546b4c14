use ffi_runtime::foreign;
#[allow(unused_imports)]
use std::ffi::{c_char, c_int};

#[foreign(errno)]
unsafe extern "C" {
    fn get(#[out] value: *const c_int) -> c_int;
}

fn main() {}
