use ffi_runtime::foreign;
#[allow(unused_imports)]
use std::ffi::{c_char, c_int};

type Size = u32;

#[foreign(neg_errno)]
unsafe extern "C" {
    fn read_count(fd: c_int) -> Size;
}

fn main() {}
