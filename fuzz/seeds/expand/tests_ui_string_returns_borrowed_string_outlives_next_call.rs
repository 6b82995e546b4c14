nonnull
unsafe extern "C" {
    #[ffi(raw)]
    fn raw_free(raw: *mut Raw);
    #[ffi(owned = Conn)]
    fn open() -> *mut Raw;
    #[ffi(string = borrow(conn))]
    fn last_error(#[handle(&'a mut Conn)] conn: *mut Raw) -> *const c_char;
}
