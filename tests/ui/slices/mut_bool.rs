// Class 4: C writes into a `&mut [bool]`: any byte but 0 and 1 is invalid.
use ffi_runtime::foreign;
use std::ffi::c_int;

#[foreign(zero)]
unsafe extern "C" {
    fn fill_flags(#[slice(count)] flags: *mut bool, count: usize) -> c_int;
}

fn main() {}
