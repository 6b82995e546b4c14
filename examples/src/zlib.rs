//! zlib bindings through `#[foreign]`: output buffers whose length is an in/out
//! pointer (`destLen`), grown on `Z_BUF_ERROR`, inputs as slices.

use ffi_runtime::foreign;
use std::ffi::{c_int, c_ulong};

// By reference: the functions are libz-sys's (which links zlib, once), and
// each declaration is checked against its.
#[foreign(sys = libz_sys, zero)]
unsafe extern "C" {
    /// An upper bound of the compressed size of `source_len` bytes.
    #[ffi(unchecked)]
    #[link_name = "compressBound"]
    pub fn compress_bound(source_len: c_ulong) -> c_ulong;
    /// Compresses `source` at `level` (0 to 9).
    #[link_name = "compress2"]
    pub fn compress(
        #[buffer(dest_len, initial = 256, max = 1073741824, grow_on_code = -5)] dest: *mut u8,
        dest_len: *mut c_ulong,
        #[slice(source_len)] source: *const u8,
        source_len: c_ulong,
        level: c_int,
    ) -> c_int;
    /// Decompresses `source`; the buffer grows on `Z_BUF_ERROR` (-5).
    pub fn uncompress(
        #[buffer(dest_len, initial = 256, max = 1073741824, grow_on_code = -5)] dest: *mut u8,
        dest_len: *mut c_ulong,
        #[slice(source_len)] source: *const u8,
        source_len: c_ulong,
    ) -> c_int;
}
