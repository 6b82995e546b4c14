use ffi_runtime::{Owned, foreign};
#[allow(unused_imports)]
use std::ffi::{c_char, c_int};
use std::ptr::NonNull;

#[repr(C)]
pub struct Raw {
    _opaque: [u8; 0],
}

#[derive(Owned)]
#[owned(drop = raw::raw_free, exclusive)]
#[repr(transparent)]
pub struct Conn(NonNull<Raw>);

#[foreign(nonnull)]
unsafe extern "C" {
    #[ffi(raw)]
    fn raw_free(raw: *mut Raw);
    #[ffi(owned = Conn)]
    fn open() -> *mut Raw;
    #[ffi(string = borrow(conn))]
    fn last_error(#[handle(&'a mut Conn)] conn: *mut Raw) -> *const c_char;
}

fn main() {
    let mut conn = open().unwrap();
    let first = last_error(&mut conn).unwrap();
    let _second = last_error(&mut conn).unwrap();
    let _bytes = first.to_bytes();
}
