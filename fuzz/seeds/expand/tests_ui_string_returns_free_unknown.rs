nonnull
unsafe extern "C" {
    #[ffi(raw)]
    fn raw_free(raw: *mut Raw);
    #[ffi(string = free(sqlite3_free))]
    fn describe() -> *mut c_char;
}
