
unsafe extern "C" {
    #[ffi(raw)]
    fn raw_free(raw: *mut Raw);
    #[ffi(unchecked, owned = Db)]
    fn db_new() -> *mut Raw;
}
