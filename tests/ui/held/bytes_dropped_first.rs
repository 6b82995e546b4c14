// `held_by = r`: the reader keeps the bytes, so they must outlive it; here they
// are dropped first (declared after it), and the reader's `Drop` could read them.
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
        #[handle(&mut Reader<'a>)] r: *mut reader,
        #[slice(len, held_by = r)] bytes: *const u8,
        len: usize,
    ) -> i32;
    #[ffi(raw)]
    fn rd_free(r: *mut reader);
}

fn main() {
    let mut reader = rd_new().unwrap();
    {
        let bytes = vec![1u8, 2, 3];
        rd_open_memory(&mut reader, &bytes).unwrap();
    }
    drop(reader);
}
