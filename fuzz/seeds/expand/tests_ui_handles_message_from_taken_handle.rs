zero
unsafe extern "C" {
    #[ffi(raw)]
    fn raw_free(raw: *mut Raw);
    #[ffi(raw)]
    fn db_errmsg(raw: *mut Raw) -> *const c_char;
    #[ffi(message = db_errmsg(db))]
    fn db_close(#[handle(Db)] db: *mut Raw) -> c_int;
}
