// Class 6: with a `dup` that shares the C object, `&mut a` does not exclude a
// call through a clone `b`, which could free a string lent "until the next call".
use ffi_runtime::{Owned, foreign};
use std::ffi::{c_char, c_int};
use std::ptr::NonNull;

#[repr(C)]
pub struct RawCtx {
    _private: [u8; 0],
}

#[derive(Owned)]
#[owned(drop = raw::ctx_free, dup = raw::ctx_ref)]
#[repr(transparent)]
pub struct Ctx(NonNull<RawCtx>);

#[foreign]
unsafe extern "C" {
    #[ffi(raw)]
    fn ctx_free(ctx: *mut RawCtx);
    #[ffi(raw)]
    fn ctx_ref(ctx: *mut RawCtx) -> *mut RawCtx;
    #[ffi(nonnull, string = borrow(ctx))]
    fn ctx_error(#[handle(&'a mut Ctx)] ctx: *mut RawCtx) -> *const c_char;
    #[ffi(unchecked)]
    fn ctx_count(#[handle(&Ctx)] ctx: *mut RawCtx) -> c_int;
}

fn main() {}
