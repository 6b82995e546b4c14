nonnull
unsafe extern "C" {
    #[ffi(raw)]
    fn raw_free(raw: *mut Raw);
    #[ffi(string = borrow(conn))]
    fn last_error(#[handle(&'a Conn)] conn: *mut Raw) -> *const c_char;
}
