zero
unsafe extern "C" {
    #[ffi(message = errmsg(db))]
    fn open_db(#[out] db: *mut *mut u8) -> c_int;
    #[ffi(raw)]
    fn errmsg(db: *mut u8) -> *const c_char;
}
