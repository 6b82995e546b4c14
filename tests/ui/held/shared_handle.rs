// `held_by = r` on a handle lent as `&Reader<'a>`: through a shared reference
// the borrow could look shorter than it is, so only `&mut` may keep it.
use ffi_runtime::{Owned, foreign};
use std::marker::PhantomData;
use std::ptr::NonNull;

#[repr(C)]
pub struct reader {
    _opaque: [u8; 0],
}

#[derive(Owned)]
#[owned(drop = raw::rd_free, exclusive)]
#[repr(transparent)]
pub struct Reader<'a>(NonNull<reader>, PhantomData<&'a [u8]>);

#[foreign(zero)]
unsafe extern "C" {
    #[ffi(nonnull, owned = Reader<'static>)]
    fn rd_new() -> *mut reader;
    fn rd_open_memory(
        #[handle(&Reader<'a>)] r: *mut reader,
        #[slice(len, held_by = r)] bytes: *const u8,
        len: usize,
    ) -> i32;
    #[ffi(raw)]
    fn rd_free(r: *mut reader);
}

fn main() {}
