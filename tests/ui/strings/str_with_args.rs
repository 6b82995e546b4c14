use ffi_runtime::foreign;
#[allow(unused_imports)]
use std::ffi::{c_char, c_int};

#[foreign(errno)]
unsafe extern "C" {
    fn chdir(#[str(lossy)] path: *const c_char) -> c_int;
}

fn main() {}
