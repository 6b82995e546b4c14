// args: sys = libz_sys, zero
/// By reference: the functions are libz-sys's, checked against the declarations.
unsafe extern "C" {
    fn compress(
        #[buffer(dest_len)] dest: *mut u8,
        dest_len: *mut c_ulong,
        #[slice(source_len)] source: *const u8,
        source_len: c_ulong,
    ) -> c_int;
    #[link_name = "crc32"]
    #[ffi(unchecked)]
    fn checksum(crc: c_ulong, #[slice(len)] buf: *const u8, len: u32) -> c_ulong;
}
