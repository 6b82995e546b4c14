// Class 4: C may store any int in an enum; a Rust enum has few valid values.
use ffi_runtime::foreign;
use std::ffi::c_int;

#[repr(C)]
#[derive(Clone, Copy)]
pub enum Color {
    Red,
    Green,
}

#[foreign(zero)]
unsafe extern "C" {
    fn get_color(#[out] color: *mut Color) -> c_int;
}

fn main() {}
