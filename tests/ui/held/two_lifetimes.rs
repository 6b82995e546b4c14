// `HoldsBorrow<'a>` is implemented for a handle with one lifetime parameter, and
// proved at the declaration: a handle of two cannot say which one the slice is
// held for, and the wrapper could never be called.
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
pub struct Reader<'a, 'b>(NonNull<reader>, PhantomData<(&'a [u8], &'b [u8])>);

#[foreign(zero)]
unsafe extern "C" {
    fn rd_open_memory(
        #[handle(&mut Reader<'a, 'static>)] r: *mut reader,
        #[slice(len, held_by = r)] bytes: *const u8,
        len: usize,
    ) -> i32;
    #[ffi(raw)]
    fn rd_free(r: *mut reader);
}

fn main() {}
