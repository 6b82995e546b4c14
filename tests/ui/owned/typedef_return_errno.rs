// Under `errno` a typedef return is an integer: `owned` on it needs `nonnull`,
// the claim that the typedef is a pointer.
#![allow(non_camel_case_types)]
use ffi_runtime::{Owned, foreign};
use std::ptr::NonNull;

pub struct Obj;
pub type thing_t = *mut Obj;

#[derive(Owned)]
#[owned(drop = raw::close_thing)]
#[repr(transparent)]
pub struct Thing(NonNull<Obj>);

#[foreign]
unsafe extern "C" {
    #[ffi(errno, owned = Thing)]
    fn open_thing() -> thing_t;
    #[ffi(raw)]
    fn close_thing(thing: *mut Obj);
}

fn main() {}
