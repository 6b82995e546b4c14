// Class 17: the declarations are the user's unchecked claim; a crate that
// forbids unsafe code cannot make it.
#![forbid(unsafe_code)]
use ffi_runtime::foreign;
use std::ffi::c_int;

#[foreign(errno)]
extern "C" {
    fn close(fd: c_int) -> c_int;
}

fn main() {}
