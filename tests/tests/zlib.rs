//! zlib through the system library: in/out length buffers (`destLen`) that grow on
//! `Z_BUF_ERROR`, a 1 MiB round trip, and corrupted input as an `Err` carrying
//! `Z_DATA_ERROR`.
#![cfg(not(miri))] // Miri cannot call into real C.

use ffi_runtime::foreign;
use std::ffi::{c_int, c_ulong};

#[foreign(lib = "z", zero)]
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
