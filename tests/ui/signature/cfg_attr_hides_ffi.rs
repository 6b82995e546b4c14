use ffi_runtime::foreign;
#[allow(unused_imports)]
use std::ffi::{c_char, c_int};

#[foreign]
unsafe extern "C" {
    #[cfg_attr(unix, ffi(errno))]
    fn close(fd: c_int) -> c_int;
}

fn main() {}
