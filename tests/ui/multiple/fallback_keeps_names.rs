use ffi_runtime::foreign;
#[allow(unused_imports)]
use std::ffi::{c_char, c_int};

#[foreign(errno)]
unsafe extern "C" {
    fn close(fd: c_int) -> c_int;
    fn free(p: *mut u8);
}

fn main() {
    let _ = close(3);
    free(std::ptr::null_mut());
}
