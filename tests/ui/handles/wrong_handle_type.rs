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
pub struct Db(NonNull<Raw>);

#[repr(C)]
pub struct Other {
    _opaque: [u8; 0],
}

#[foreign(zero)]
unsafe extern "C" {
    #[ffi(raw)]
    fn raw_free(raw: *mut Raw);
    fn other_use(#[handle(&Db)] other: *mut Other) -> c_int;
}

fn main() {}
