use ffi_runtime::foreign;
#[allow(unused_imports)]
use std::ffi::{c_char, c_int};

#[foreign(nonnull)]
unsafe extern "C" {
    fn close(fd: c_int) -> c_int;
}

fn main() {}
