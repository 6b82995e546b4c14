//! `#[foreign(sys = path)]`: the block declares only the functions it wraps; the
//! raw module re-exports `path`'s items (here a module that `include!`s the
//! committed bindgen output for zlib.h, as a crate's own `OUT_DIR` bindings
//! would be), links nothing itself, and each declaration is checked against the
//! real one (`tests/ui/sys/` has the mismatches).
#![cfg(not(miri))] // Miri cannot call into real C.

use ffi_runtime::foreign;
use std::ffi::{c_int, c_ulong};

/// bindgen's output, unmodified, as a -sys crate would hold it.
#[allow(
    missing_docs,
    non_camel_case_types,
    non_snake_case,
    non_upper_case_globals,
    dead_code,
    clippy::all,
    clippy::pedantic
)]
mod zsys {
    include!("../bindgen/zlib.rs");

    // What a -sys crate's build script does: link the library, once.
    #[link(name = "z")]
    unsafe extern "C" {}
}

#[foreign(sys = zsys, zero)]
unsafe extern "C" {
    #[ffi(unchecked)]
    fn compressBound(sourceLen: c_ulong) -> c_ulong;
    fn compress2(
        #[buffer(destLen, initial = 16, grow_on_code = -5)] dest: *mut u8,
        destLen: *mut c_ulong,
        #[slice(sourceLen)] source: *const u8,
        sourceLen: c_ulong,
        level: c_int,
    ) -> c_int;
    fn uncompress(
        #[buffer(destLen, initial = 16, grow_on_code = -5)] dest: *mut u8,
        destLen: *mut c_ulong,
        #[slice(sourceLen)] source: *const u8,
        sourceLen: c_ulong,
    ) -> c_int;
    /// Renamed: the item is `zsys::crc32`, the wrapper `checksum`.
    #[ffi(unchecked)]
    #[link_name = "crc32"]
    fn checksum(crc: c_ulong, #[slice(len)] buf: *const u8, len: u32) -> c_ulong;
    /// A name zlib never had, under a `cfg` that is off (as a function only some
    /// of a -sys crate's features declare): never looked up, no wrapper.
    #[cfg(any())]
    #[ffi(unchecked)]
    fn zng_crc32(crc: c_ulong, #[slice(len)] buf: *const u8, len: u32) -> c_ulong;
}

#[test]
fn by_reference_wrappers_call_the_sys_items() {
    let text = b"by reference, checked against bindgen's declarations ".repeat(20);
    let packed = compress2(&text, 6).unwrap();
    assert!(packed.len() < text.len());
    assert_eq!(uncompress(&packed).unwrap(), text);
    assert!(compressBound(100) >= 100);
    assert_eq!(checksum(0, b"hello").unwrap(), 0x3610_a686);
}

#[test]
fn raw_is_the_sys_crates_own_item() {
    // The same function, not a second declaration of it.
    let ours: unsafe extern "C" fn(c_ulong) -> c_ulong = raw::compressBound;
    let theirs: unsafe extern "C" fn(c_ulong) -> c_ulong = zsys::compressBound;
    assert_eq!(ours as usize, theirs as usize);
    // SAFETY: a length in, a length out.
    assert_eq!(unsafe { raw::checksum(0, std::ptr::null(), 0) }, 0);
}

/// glibc's declarations, as a -sys crate holds them: a static among them.
mod c_sys {
    unsafe extern "C" {
        pub static timezone: std::ffi::c_long;
    }
}

#[foreign(sys = c_sys, raw = raw_c)]
unsafe extern "C" {
    /// Re-exported, its type checked against the item's.
    static timezone: std::ffi::c_long;
}

#[test]
fn statics_are_reexported_too() {
    // SAFETY: glibc's `timezone` is initialized (0 until tzset) and read only.
    let (ours, theirs) = unsafe { (raw_c::timezone, c_sys::timezone) };
    assert_eq!(ours, theirs);
    assert!(std::ptr::eq(
        &raw const raw_c::timezone,
        &raw const c_sys::timezone
    ));
}

/// `pub(super)` items keep their reach through the raw module one level down
/// (by reference and loaded alike share the linked block's rule).
mod nested {
    pub mod inner {
        use ffi_runtime::foreign;
        use std::ffi::c_ulong;

        #[foreign(sys = crate::zsys)]
        unsafe extern "C" {
            #[ffi(raw)]
            pub(super) fn compressBound(sourceLen: c_ulong) -> c_ulong;
        }

        #[foreign(load = ["libz.so.1"], raw = raw_loaded)]
        unsafe extern "C" {
            #[ffi(raw)]
            #[link_name = "compressBound"]
            pub(super) fn loaded_bound(sourceLen: c_ulong) -> c_ulong;
        }
    }

    pub fn bounds() -> (c_ulong, c_ulong) {
        // SAFETY: a length in, a length out.
        unsafe { (inner::compressBound(10), inner::loaded_bound(10)) }
    }

    use std::ffi::c_ulong;
}

#[test]
fn restricted_visibility_reaches_as_declared() {
    let (linked, loaded) = nested::bounds();
    assert_eq!(linked, loaded);
    assert!(linked >= 10);
}
