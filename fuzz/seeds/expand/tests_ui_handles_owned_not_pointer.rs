
unsafe extern "C" {
    #[ffi(raw)]
    fn raw_free(raw: *mut Raw);
    #[ffi(errno, owned = Db)]
    fn db_new() -> c_int;
}
