
unsafe extern "C" {
    #[ffi(raw)]
    fn raw_free(raw: *mut Raw);
    #[ffi(nonnull, borrowed = Db)]
    fn db_parent(#[handle(&Db)] child: *mut Raw) -> *mut Raw;
}
