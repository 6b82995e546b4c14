// args: zero
unsafe extern "C" {
    #[ffi(message = sqlite3_errmsg(db))]
    pub fn sqlite3_open(filename: *const c_char, #[out(Db)] db: *mut *mut sqlite3) -> c_int;
    #[ffi(raw)]
    pub fn sqlite3_errmsg(db: *mut sqlite3) -> *const c_char;
    #[ffi(message = sqlite3_errmsg(db))]
    pub fn sqlite3_exec_simple(#[handle(&mut Db)] db: *mut sqlite3, sql: *const c_char) -> c_int;
    #[ffi(unchecked)]
    pub fn sqlite3_changes(#[handle(&Db)] db: *mut sqlite3) -> c_int;
    pub fn sqlite3_close(#[handle(Db)] db: *mut sqlite3) -> c_int;
    #[ffi(nonnull, owned = Tls)]
    pub fn tls_client() -> *mut tls;
}
