// `nonnull` on a typedef return: the macro cannot tell a pointer typedef from an
// integer one, so the compiler is asked. An integer typedef is refused, not
// tested as if it were an address and handed to `owned`.
#![allow(non_camel_case_types)]
use ffi_runtime::{Owned, foreign};
use std::ptr::NonNull;

pub type handle_t = usize;

pub struct Obj;

#[derive(Owned)]
#[owned(drop = raw::close_thing)]
#[repr(transparent)]
pub struct Thing(NonNull<Obj>);

#[foreign]
unsafe extern "C" {
    #[ffi(nonnull, owned = Thing)]
    fn open_thing() -> handle_t;
    #[ffi(nonnull)]
    fn next_id() -> handle_t;
    #[ffi(raw)]
    fn close_thing(thing: *mut Obj);
}

fn main() {}
