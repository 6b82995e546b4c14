//! `#[slice(len, held_by = h)]`: C keeps the slice after the call, for as long
//! as the handle `h` lives (`archive_read_open_memory`, PCRE2's match data
//! pointing into the subject). On a Rust fake of C, so Miri runs it: the handle
//! type names the borrow (`Reader<'a>`), and the borrow checker then keeps the
//! bytes alive while the handle is (`tests/ui/held/` has what it refuses).
// The checks the macro adds next to the wrapper name each lifetime once.
#![deny(single_use_lifetimes)]

use ffi_runtime::{Owned, foreign};
use std::marker::PhantomData;
use std::ptr::NonNull;

mod fake {
    /// A reader over bytes it does not own, like `archive_read_open_memory`.
    #[repr(C)]
    pub struct reader {
        bytes: *const u8,
        len: usize,
        at: usize,
    }

    #[unsafe(no_mangle)]
    extern "C" fn hb_new() -> *mut reader {
        Box::into_raw(Box::new(reader {
            bytes: std::ptr::null(),
            len: 0,
            at: 0,
        }))
    }

    /// Keeps `bytes` (not a copy) for later reads.
    #[unsafe(no_mangle)]
    unsafe extern "C" fn hb_open_memory(r: *mut reader, bytes: *const u8, len: usize) -> i32 {
        // SAFETY: `r` came from `hb_new`.
        let reader = unsafe { &mut *r };
        reader.bytes = bytes;
        reader.len = len;
        reader.at = 0;
        0
    }

    /// The next byte of the kept bytes, or -1 at the end.
    #[unsafe(no_mangle)]
    unsafe extern "C" fn hb_next(r: *mut reader) -> i32 {
        // SAFETY: `r` came from `hb_new`.
        let reader = unsafe { &mut *r };
        if reader.at == reader.len {
            return -1;
        }
        // SAFETY: the bytes are alive while the reader holds them: the
        // wrapper's `held_by` makes the borrow checker see to it.
        let byte = unsafe { *reader.bytes.add(reader.at) };
        reader.at += 1;
        i32::from(byte)
    }

    #[unsafe(no_mangle)]
    unsafe extern "C" fn hb_free(r: *mut reader) {
        // SAFETY: from `hb_new`, freed once.
        drop(unsafe { Box::from_raw(r) });
    }
}

use fake::reader;

/// A reader that keeps the bytes it was opened on, for `'a`.
#[derive(Owned)]
#[owned(drop = raw::hb_free, exclusive)]
#[repr(transparent)]
pub struct Reader<'a>(NonNull<reader>, PhantomData<&'a [u8]>);

#[foreign(zero)]
unsafe extern "C" {
    #[ffi(nonnull, owned = Reader<'static>)]
    fn hb_new() -> *mut reader;
    fn hb_open_memory(
        #[handle(&mut Reader<'a>)] r: *mut reader,
        #[slice(len, held_by = r)] bytes: *const u8,
        len: usize,
    ) -> i32;
    #[ffi(unchecked)]
    fn hb_next(#[handle(&mut Reader<'a>)] r: *mut reader) -> i32;
    #[ffi(raw)]
    fn hb_free(r: *mut reader);
}

fn drain(reader: &mut Reader<'_>) -> Vec<u8> {
    std::iter::from_fn(|| u8::try_from(hb_next(reader)).ok()).collect()
}

#[test]
fn the_handle_reads_the_bytes_it_keeps_after_the_call() {
    let bytes = b"kept".to_vec();
    let other = String::from("xy");
    let mut reader = hb_new().unwrap();
    hb_open_memory(&mut reader, &bytes).unwrap();
    assert_eq!(drain(&mut reader), b"kept");
    // Reopened on other bytes that live as long.
    hb_open_memory(&mut reader, other.as_bytes()).unwrap();
    assert_eq!(drain(&mut reader), b"xy");
}

#[test]
fn a_fresh_handle_takes_any_borrow() {
    // `owned = Reader<'static>` holds nothing yet; covariance lets the local
    // take the bytes' lifetime.
    let text = String::from("abc");
    let mut reader = hb_new().unwrap();
    hb_open_memory(&mut reader, text.as_bytes()).unwrap();
    assert_eq!(drain(&mut reader), b"abc");
    drop(reader);
    drop(text);
}
