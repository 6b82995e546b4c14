// Class 4: a buffer C fills holds what C writes: `bool` elements are refused.
use ffi_runtime::foreign;
use std::ffi::c_int;

#[foreign(errno)]
unsafe extern "C" {
    fn get_flags(#[buffer(count)] flags: *mut bool, count: *mut c_int) -> c_int;
}

fn main() {}
