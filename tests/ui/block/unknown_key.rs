use ffi_runtime::foreign;
#[allow(unused_imports)]
use std::ffi::{c_char, c_int};

#[foreign(ernno)]
unsafe extern "C" {
    fn close(fd: c_int) -> c_int;
}

fn main() {}
