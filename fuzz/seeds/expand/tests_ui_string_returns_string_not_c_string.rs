errno
unsafe extern "C" {
    #[ffi(raw)]
    fn raw_free(raw: *mut Raw);
    #[ffi(string = static)]
    fn version() -> c_int;
}
