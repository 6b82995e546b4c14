// args: lib = "z", zero
unsafe extern "C" {
    pub fn uncompress(
        #[buffer(dest_len, initial = 16, grow_on_code = -5)] dest: *mut u8,
        dest_len: *mut c_ulong,
        #[slice(source_len)] source: *const u8,
        source_len: c_ulong,
    ) -> c_int;
}
