// PITFALLS 30: a `safe static mut` would be read without `unsafe` while C writes it.
use ffi_runtime::foreign;
use std::ffi::c_int;

#[foreign]
unsafe extern "C" {
    pub safe static mut counter: c_int;
}

fn main() {}
