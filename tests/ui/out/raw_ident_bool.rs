// Class 4: `r#bool` is `bool`.
use ffi_runtime::foreign;
use std::ffi::c_int;

#[foreign(zero)]
unsafe extern "C" {
    fn get_flag(#[out] flag: *mut r#bool) -> c_int;
}

fn main() {}
