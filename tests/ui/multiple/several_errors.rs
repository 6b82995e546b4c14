use ffi_runtime::foreign;
#[allow(unused_imports)]
use std::ffi::{c_char, c_int};

#[foreign(errno, lib = "")]
unsafe extern "C" {
    fn free(p: *mut u8);
    fn get(#[out] value: c_int) -> c_int;
    #[ffi(nonnull)]
    fn close(fd: c_int) -> c_int;
}

fn main() {}
