// A handle type whose alias drops the lifetime (`Reader<'static>` behind
// `Held<'a>`): `HoldsBorrow<'a>` then asks for `'a: 'static`, so only bytes that
// live forever may be kept.
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

pub type Held<'a> = Reader<'static>;

#[foreign(zero)]
unsafe extern "C" {
    #[ffi(nonnull, owned = Reader<'static>)]
    fn rd_new() -> *mut reader;
    fn rd_open_memory(
        #[handle(&mut Held<'a>)] r: *mut reader,
        #[slice(len, held_by = r)] bytes: *const u8,
        len: usize,
    ) -> i32;
    #[ffi(raw)]
    fn rd_free(r: *mut reader);
}

fn main() {
    let bytes = vec![1u8, 2, 3];
    let mut reader = rd_new().unwrap();
    rd_open_memory(&mut reader, &bytes).unwrap();
}
