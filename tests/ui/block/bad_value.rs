use ffi_runtime::foreign;
#[allow(unused_imports)]
use std::ffi::{c_char, c_int};

#[foreign(check = 1 +)]
unsafe extern "C" {
    fn step() -> c_int;
}

fn main() {}
