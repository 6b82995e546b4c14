// Class 1: a macro in type position hides nothing from the compiler.
use ffi_runtime::foreign;
use std::ffi::c_int;

macro_rules! handle {
    () => {
        *mut u8
    };
}

#[foreign(zero)]
unsafe extern "C" {
    fn release(buffer: handle!()) -> c_int;
}

fn main() {}
