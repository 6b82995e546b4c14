//! One block, two builds: `load_feature = "dynamic-zlib"` loads zlib at run time
//! when this crate's feature is on (`cargo test -p tests --features dynamic-zlib`,
//! which CI runs), and links it through libz-sys when it is off. The wrappers
//! keep their names and signatures; the feature is this crate's own, so no other
//! crate's choice changes.
#![cfg(not(miri))] // Miri cannot call into real C.

use ffi_runtime::foreign;
use std::ffi::{c_int, c_ulong};

#[foreign(sys = libz_sys, load = ["libz.so.1", "libz.so"], load_feature = "dynamic-zlib", zero)]
unsafe extern "C" {
    #[ffi(unchecked)]
    fn compressBound(source_len: c_ulong) -> c_ulong;
    fn compress2(
        #[buffer(dest_len, initial = 64, grow_on_code = -5)] dest: *mut u8,
        dest_len: *mut c_ulong,
        #[slice(source_len)] source: *const u8,
        source_len: c_ulong,
        level: c_int,
    ) -> c_int;
    fn uncompress(
        #[buffer(dest_len, initial = 16, grow_on_code = -5)] dest: *mut u8,
        dest_len: *mut c_ulong,
        #[slice(source_len)] source: *const u8,
        source_len: c_ulong,
    ) -> c_int;
}

/// The same calls, whatever the build: the signatures are the same.
fn round_trip() -> Result<Vec<u8>, ffi_runtime::Error> {
    let text = b"one block, linked or loaded ".repeat(30);
    let bound: c_ulong = compressBound(100)?;
    assert!(bound >= 100);
    let packed = compress2(&text, 9)?;
    uncompress(&packed)
}

#[test]
fn the_same_wrappers_in_either_build() {
    assert_eq!(
        round_trip().unwrap(),
        b"one block, linked or loaded ".repeat(30)
    );
    assert!(raw::has_compress2());
}

#[cfg(feature = "dynamic-zlib")]
#[test]
fn loaded_when_the_feature_is_on() {
    let library = raw::load().unwrap();
    assert!(library.path().contains("libz.so"), "{}", library.path());
}

#[cfg(not(feature = "dynamic-zlib"))]
#[test]
fn linked_when_the_feature_is_off() {
    // By reference: `raw::compress2` is libz-sys's item.
    let ours: unsafe extern "C" fn(*mut u8, *mut c_ulong, *const u8, c_ulong, c_int) -> c_int =
        raw::compress2;
    let theirs: unsafe extern "C" fn(*mut u8, *mut c_ulong, *const u8, c_ulong, c_int) -> c_int =
        libz_sys::compress2;
    assert_eq!(ours as usize, theirs as usize);
}
