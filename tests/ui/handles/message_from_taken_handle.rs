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

#[foreign(zero)]
unsafe extern "C" {
    #[ffi(raw)]
    fn raw_free(raw: *mut Raw);
    #[ffi(raw)]
    fn db_errmsg(raw: *mut Raw) -> *const c_char;
    #[ffi(message = db_errmsg(db))]
    fn db_close(#[handle(Db)] db: *mut Raw) -> c_int;
}

fn main() {}
