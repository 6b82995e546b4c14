// Red team 2: C follows what a safe `extern "C" fn` of the user's returns.
use ffi_runtime::foreign;
use std::ffi::{c_char, c_int};

#[foreign(zero)]
unsafe extern "C" {
    fn print_name(get_name: extern "C" fn() -> *const c_char) -> c_int;
}

fn main() {}
