// Class 4: an alias of `bool` is still `bool`: C may write 2.
use ffi_runtime::foreign;
use std::ffi::c_int;

pub type Flag = bool;

#[foreign(zero)]
unsafe extern "C" {
    fn get_flag(#[out] flag: *mut Flag) -> c_int;
}

fn main() {}
