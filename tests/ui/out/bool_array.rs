// Class 4: an array of `bool` is no better than a `bool`.
use ffi_runtime::foreign;
use std::ffi::c_int;

#[foreign(zero)]
unsafe extern "C" {
    fn get_flags(#[out] flags: *mut [bool; 1]) -> c_int;
}

fn main() {}
