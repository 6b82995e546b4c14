use ffi_runtime::foreign;
use std::ffi::c_int;

#[foreign(errno)]
unsafe extern "C" {
    #[ffi(slice = count)]
    fn items(count: *mut usize) -> c_int;
}

fn main() {}
