// A handle that keeps a slice must be the only way to its C object: a clone
// made by `dup` (or a copy C lends out) could outlive the bytes the handle's
// lifetime ties it to (red team: a refcounted reader read freed bytes).
use ffi_runtime::{Owned, foreign};
use std::marker::PhantomData;
use std::ptr::NonNull;

#[repr(C)]
pub struct reader {
    _opaque: [u8; 0],
}

#[derive(Owned)]
#[owned(drop = raw::rd_free, dup = raw::rd_ref)]
#[repr(transparent)]
pub struct Reader<'a>(NonNull<reader>, PhantomData<&'a [u8]>);

#[foreign(zero)]
unsafe extern "C" {
    #[ffi(nonnull, owned = Reader<'static>)]
    fn rd_new() -> *mut reader;
    fn rd_open_memory(
        #[handle(&mut Reader<'a>)] r: *mut reader,
        #[slice(len, held_by = r)] bytes: *const u8,
        len: usize,
    ) -> i32;
    #[ffi(raw)]
    fn rd_free(r: *mut reader);
    #[ffi(raw)]
    fn rd_ref(r: *mut reader) -> *mut reader;
}

fn main() {}
