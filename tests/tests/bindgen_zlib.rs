//! bindgen's output for zlib.h (`tests/bindgen/zlib.rs`, committed unmodified,
//! with `tests/bindgen/regenerate.sh`) under `#[foreign(unsafe)]` as it came out:
//! 200 one-function extern blocks in one module, layout tests, typedefs of
//! callbacks and of `gzFile`, variadic `gzprintf`. It builds, its `unsafe fn`
//! wrappers are called, and a small annotated block over its types gives safe
//! wrappers used for real.
#![cfg(not(miri))] // Miri cannot call into real C.

include!(concat!(env!("OUT_DIR"), "/zlib_foreign.rs"));

use ffi_runtime::{Owned, foreign};
use std::ffi::{c_char, c_int, c_uint, c_ulong};
use std::ptr::NonNull;
use zlib::{Bytef, gzFile, gzFile_s, uInt, uLong, uLongf};

/// A `gzFile`, closed with `gzclose`.
#[derive(Owned)]
#[owned(drop = annotated::raw::gzclose)]
#[repr(transparent)]
pub struct GzFile(NonNull<gzFile_s>);

/// A few of the same functions, annotated: what a safe crate over the bindgen
/// module writes, by reference (`sys = zlib::raw`, the bindgen module's raw items;
/// each declaration checked against
/// bindgen's, nothing declared twice).
#[foreign(sys = zlib::raw, zero)]
mod annotated {
    use super::*;

    unsafe extern "C" {
        #[ffi(unchecked)]
        pub fn zlibVersion() -> *const c_char;
        #[ffi(unchecked)]
        pub fn crc32(crc: uLong, #[slice(len)] buf: *const Bytef, len: uInt) -> uLong;
        #[ffi(unchecked)]
        pub fn compressBound(sourceLen: uLong) -> uLong;
        pub fn compress2(
            #[buffer(destLen, initial = 64, grow_on_code = -5)] dest: *mut Bytef,
            destLen: *mut uLongf,
            #[slice(sourceLen)] source: *const Bytef,
            sourceLen: uLong,
            level: c_int,
        ) -> c_int;
        pub fn uncompress(
            #[buffer(destLen, initial = 64, grow_on_code = -5)] dest: *mut Bytef,
            destLen: *mut uLongf,
            #[slice(sourceLen)] source: *const Bytef,
            sourceLen: uLong,
        ) -> c_int;
        #[ffi(nonnull, owned = GzFile)]
        pub fn gzopen(#[str] path: *const c_char, #[str] mode: *const c_char) -> gzFile;
        #[ffi(neg_code)]
        pub fn gzwrite(
            #[handle(&mut GzFile)] file: gzFile,
            #[slice(len)] buf: *const std::ffi::c_void,
            len: c_uint,
        ) -> c_int;
        #[ffi(neg_code)]
        pub fn gzread(
            #[handle(&mut GzFile)] file: gzFile,
            #[slice(len)] buf: *mut std::ffi::c_void,
            len: c_uint,
        ) -> c_int;
        #[ffi(raw)]
        pub fn gzclose(file: gzFile) -> c_int;
    }
}

#[test]
fn the_unmodified_output_builds_and_its_unsafe_wrappers_work() {
    // SAFETY: zlibVersion returns a static string; compressBound takes a length.
    let version = unsafe { std::ffi::CStr::from_ptr(zlib::zlibVersion()) };
    assert!(version.to_str().unwrap().starts_with("1."));
    // SAFETY: a length in, a length out.
    let bound = unsafe { zlib::compressBound(1000) };
    assert!(bound > 1000);
}

#[test]
fn annotated_functions_over_its_types_are_safe() {
    assert_eq!(annotated::crc32(0, b"hello").unwrap(), 0x3610_a686);
    let text = b"bindgen output, annotated ".repeat(40);
    let packed = annotated::compress2(&text, 9).unwrap();
    assert!(packed.len() < text.len());
    assert_eq!(annotated::uncompress(&packed).unwrap(), text);
    assert!(annotated::compressBound(10) >= 10);
    // SAFETY: a static string.
    let version = unsafe { std::ffi::CStr::from_ptr(annotated::zlibVersion()) };
    assert!(!version.to_bytes().is_empty());
}

#[test]
fn a_gzfile_through_the_pointer_typedef() {
    let path = std::env::temp_dir().join(format!("ffi-bindgen-{}.gz", std::process::id()));
    let path = path.to_str().unwrap();
    let mut file = annotated::gzopen(path, "wb").unwrap();
    assert_eq!(
        annotated::gzwrite(&mut file, b"through gzFile").unwrap(),
        14
    );
    // The variadic `gzprintf` keeps its name in the module: the raw item,
    // re-exported.
    // SAFETY: an open gzFile, a format string whose one `%d` takes the `c_int`.
    let printed = unsafe { zlib::gzprintf(file.as_ptr(), c" %d".as_ptr(), 42 as c_int) };
    assert_eq!(printed, 3);
    drop(file);
    let mut file = annotated::gzopen(path, "rb").unwrap();
    let mut back = Vec::new();
    let mut block = [0u8; 8];
    while let Ok(count @ 1..) = usize::try_from(annotated::gzread(&mut file, &mut block).unwrap()) {
        back.extend_from_slice(&block[..count]);
    }
    assert_eq!(back, b"through gzFile 42");
    drop(file);
    std::fs::remove_file(path).unwrap();
    let missing = annotated::gzopen("/nonexistent/dir/x.gz", "rb").unwrap_err();
    assert_eq!(missing.function(), "gzopen");
}

// `c_ulong` is what bindgen's `uLong` stands for on this target.
const _: fn(uLong) -> c_ulong = |value| value;
