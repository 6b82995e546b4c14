use ffi_runtime::foreign;
#[allow(unused_imports)]
use std::ffi::{c_char, c_int};

#[foreign]
fn close(fd: c_int) -> c_int {
    fd
}

fn main() {}
