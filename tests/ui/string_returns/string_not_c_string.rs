use ffi_runtime::{Owned, foreign};
#[allow(unused_imports)]
use std::ffi::{c_char, c_int};
use std::ptr::NonNull;

#[repr(C)]
pub struct Raw {
    _opaque: [u8; 0],
}

#[derive(Owned)]
#[owned(drop = raw::raw_free)]
#[repr(transparent)]
pub struct Conn(NonNull<Raw>);

#[foreign(errno)]
unsafe extern "C" {
    #[ffi(raw)]
    fn raw_free(raw: *mut Raw);
    #[ffi(string = static)]
    fn version() -> c_int;
}

fn main() {}
