// args: nonnull
unsafe extern "C" {
    #[ffi(string = static)]
    pub fn sqlite3_libversion() -> *const c_char;
    #[ffi(string = borrow(db))]
    pub fn sqlite3_errmsg(#[handle(&'a mut Db)] db: *mut sqlite3) -> *const c_char;
    #[ffi(string = free(sqlite3_free))]
    pub fn sqlite3_expanded_sql(#[handle(&Stmt<'_>)] stmt: *mut sqlite3_stmt) -> *mut c_char;
    #[ffi(raw)]
    pub fn sqlite3_free(pointer: *mut c_void);
}
