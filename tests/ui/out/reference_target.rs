use ffi_runtime::foreign;
#[allow(unused_imports)]
use std::ffi::{c_char, c_int};

#[foreign(errno)]
unsafe extern "C" {
    fn lookup(#[out] found: *mut &'static c_int) -> c_int;
}

fn main() {}
