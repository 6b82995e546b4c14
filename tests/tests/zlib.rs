//! zlib through libz-sys, by reference (`sys = libz_sys`: libz-sys links zlib
//! and each declaration is checked against its): in/out length buffers
//! (`destLen`) that grow on `Z_BUF_ERROR`, a 1 MiB round trip, corrupted input as
//! an `Err` carrying `Z_DATA_ERROR`, and the `gzFile` pointer typedef.
#![cfg(not(miri))] // Miri cannot call into real C.

use ffi_runtime::foreign;
use std::ffi::{c_int, c_ulong};

#[foreign(sys = libz_sys, zero)]
unsafe extern "C" {
    /// An upper bound of the compressed size.
    #[ffi(unchecked)]
    fn compressBound(source_len: c_ulong) -> c_ulong;
    /// Compresses `source`.
    fn compress2(
        #[buffer(dest_len, initial = 64, max = 4194304, grow_on_code = -5)] dest: *mut u8,
        dest_len: *mut c_ulong,
        #[slice(source_len)] source: *const u8,
        source_len: c_ulong,
        level: c_int,
    ) -> c_int;
    /// Decompresses `source`; `Z_BUF_ERROR` (-5) when `dest` is too small.
    fn uncompress(
        #[buffer(dest_len, initial = 16, max = 4194304, grow_on_code = -5)] dest: *mut u8,
        dest_len: *mut c_ulong,
        #[slice(source_len)] source: *const u8,
        source_len: c_ulong,
    ) -> c_int;
}

/// 1 MiB of xorshift noise: barely compressible.
fn noise(length: usize) -> Vec<u8> {
    let mut state = 0x2545_f491_4f6c_dd1d_u64;
    (0..length)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state.to_le_bytes()[0]
        })
        .collect()
}

#[test]
fn round_trip_of_one_mebibyte() {
    let data = noise(1 << 20);
    assert!(compressBound(1 << 20) >= 1 << 20);
    // Both buffers start tiny and grow on Z_BUF_ERROR.
    let compressed = compress2(&data, 9).unwrap();
    let restored = uncompress(&compressed).unwrap();
    assert_eq!(restored.len(), data.len());
    assert!(restored == data);
}

#[test]
fn text_compresses_well() {
    let text = b"the same words again and again ".repeat(1000);
    let compressed = compress2(&text, 6).unwrap();
    assert!(compressed.len() < text.len() / 10);
    assert_eq!(uncompress(&compressed).unwrap(), text);
}

#[test]
fn corrupted_input_is_z_data_error() {
    let mut compressed = compress2(b"some data worth keeping, some data", 6).unwrap();
    compressed[3] ^= 0xff;
    compressed[5] ^= 0xff;
    let error = uncompress(&compressed).unwrap_err();
    assert_eq!(error.function(), "uncompress");
    assert_eq!(error.code(), Some(-3));
}

/// libz-sys's spelling of zlib's file API: the handle is a pointer typedef,
/// `gzFile`, which the macro cannot see is a pointer. `nonnull` claims it is one
/// and the compiler checks the claim (`RawPointer`), so `owned = GzFile` works on
/// the typedef return as on a spelled `*mut gzFile_s`.
mod gz {
    #![allow(non_camel_case_types)]
    use ffi_runtime::{Owned, foreign};
    use libz_sys::{gzFile, gzFile_s};
    use std::ffi::{c_char, c_int, c_uint, c_void};
    use std::ptr::NonNull;

    /// An open gzip file, closed (and flushed) with `gzclose`.
    #[derive(Owned)]
    #[owned(drop = raw::gzclose)]
    #[repr(transparent)]
    pub struct GzFile(NonNull<gzFile_s>);

    #[foreign(sys = libz_sys)]
    unsafe extern "C" {
        #[ffi(nonnull, owned = GzFile)]
        pub fn gzopen(#[cstr] path: *const c_char, #[cstr] mode: *const c_char) -> gzFile;
        /// The number of bytes written, 0 on error.
        #[ffi(unchecked)]
        pub fn gzwrite(
            #[handle(&mut GzFile)] file: gzFile,
            #[slice(len)] buf: *const c_void,
            len: c_uint,
        ) -> c_int;
        /// The number of bytes read, -1 on error.
        #[ffi(unchecked)]
        pub fn gzread(
            #[handle(&mut GzFile)] file: gzFile,
            #[slice(len)] buf: *mut c_void,
            len: c_uint,
        ) -> c_int;
        #[ffi(raw)]
        pub fn gzclose(file: gzFile) -> c_int;
    }
}

#[test]
fn a_pointer_typedef_return_becomes_an_owned_handle() {
    let path = std::env::temp_dir().join(format!("ffi-gz-{}.gz", std::process::id()));
    let path_c = std::ffi::CString::new(path.to_str().unwrap()).unwrap();
    let text = b"a pointer typedef, returned and owned".repeat(100);
    let text_len = c_int::try_from(text.len()).unwrap();
    {
        let mut file = gz::gzopen(&path_c, c"wb").unwrap();
        assert_eq!(gz::gzwrite(&mut file, &text).unwrap(), text_len);
    } // dropped: gzclose flushes the gzip trailer.
    let mut file = gz::gzopen(&path_c, c"rb").unwrap();
    let mut back = vec![0_u8; text.len() + 16];
    assert_eq!(gz::gzread(&mut file, &mut back).unwrap(), text_len);
    assert_eq!(&back[..text.len()], &text[..]);
    drop(file);
    std::fs::remove_file(&path).unwrap();

    let missing = c"/nonexistent-dir/ffi-gz.gz";
    let error = gz::gzopen(missing, c"rb").map(drop).unwrap_err();
    assert!(error.to_string().contains("gzopen"), "{error}");
}
