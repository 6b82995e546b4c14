zero
unsafe extern "C" {
    #[ffi(raw)]
    fn raw_free(raw: *mut Raw);
    fn db_open(#[out(Db)] db: *mut Raw) -> c_int;
}
