use ffi_runtime::foreign;
#[allow(unused_imports)]
use std::ffi::{c_char, c_int};

#[foreign]
unsafe extern "C" {
    fn checksum(data: *const u8, len: usize) -> u32;
}

fn main() {}
