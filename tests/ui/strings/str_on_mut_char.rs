use ffi_runtime::foreign;
#[allow(unused_imports)]
use std::ffi::{c_char, c_int};

#[foreign(errno)]
unsafe extern "C" {
    fn strcpy(#[str] destination: *mut c_char, #[str] source: *const c_char) -> *mut c_char;
}

fn main() {}
