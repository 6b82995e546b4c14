use ffi_runtime::foreign;
#[allow(unused_imports)]
use std::ffi::{c_char, c_int};

#[foreign(errno)]
unsafe extern "C" {
    fn is_ready(#[out] ready: *mut bool) -> c_int;
}

fn main() {}
