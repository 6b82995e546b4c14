use ffi_runtime::foreign;
#[allow(unused_imports)]
use std::ffi::{c_char, c_int};

#[foreign]
unsafe extern "C" {
    fn copy(#[slice(count)] to: *mut u8, #[slice(count)] from: *const u8, count: usize);
}

fn main() {}
