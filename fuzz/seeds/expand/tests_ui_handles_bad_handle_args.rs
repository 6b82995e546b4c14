zero
unsafe extern "C" {
    #[ffi(raw)]
    fn raw_free(raw: *mut Raw);
    fn db_value(#[handle(borrow)] db: *mut Raw) -> c_int;
}
