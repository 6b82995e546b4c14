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

#[foreign]
unsafe extern "C" {
    #[ffi(raw)]
    fn raw_free(raw: *mut Raw);
    #[ffi(nonnull, borrowed = Db)]
    fn db_parent(#[handle(&Db)] child: *mut Raw) -> *mut Raw;
}

fn main() {}
