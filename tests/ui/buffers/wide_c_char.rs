// Review: a string buffer is allocated in bytes; a `c_char` of the user's own
// that is wider would let C write past it. The same for a C string argument.
#![allow(non_camel_case_types)]
use ffi_runtime::foreign;
use std::ffi::c_int;

pub type c_char = u32;

#[foreign(zero)]
unsafe extern "C" {
    fn name_of(#[buffer(size)] buf: *mut c_char, size: usize) -> c_int;
    fn greet(name: *const c_char) -> c_int;
}

fn main() {}
