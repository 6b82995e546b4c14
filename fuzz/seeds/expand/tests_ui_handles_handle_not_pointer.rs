zero
unsafe extern "C" {
    #[ffi(raw)]
    fn raw_free(raw: *mut Raw);
    fn db_value(#[handle(&Db)] db: c_int) -> c_int;
}
