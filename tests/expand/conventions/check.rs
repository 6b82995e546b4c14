// args: check = SqliteStatus, error = AppError, crate = "::my_crate::ffi", raw = sys
unsafe extern "C" {
    pub fn sqlite3_step(stmt: &mut sqlite3_stmt) -> c_int;
    #[ffi(nonnull, message = dlerror())]
    pub fn dlopen(#[cstr] file: *const c_char, mode: c_int) -> *mut c_void;
    #[ffi(raw)]
    pub fn dlerror() -> *mut c_char;
}
