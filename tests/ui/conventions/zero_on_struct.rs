use ffi_runtime::foreign;
#[allow(unused_imports)]
use std::ffi::{c_char, c_int};

#[repr(C)]
#[derive(Clone, Copy)]
pub struct Pair {
    a: c_int,
    b: c_int,
}

#[foreign(zero)]
unsafe extern "C" {
    fn make_pair() -> Pair;
}

fn main() {}
