// args: zero
unsafe extern "C" {
    pub fn list_items(#[handle(&Db)] db: *mut db, #[out_slice(count)] items: *mut *const Item, count: *mut usize) -> c_int;
    #[ffi(nonnull, slice = size, free = sqlite3_free)]
    pub fn sqlite3_serialize(#[handle(&Db)] db: *mut sqlite3, #[cstr] schema: *const c_char, size: *mut i64, flags: c_uint) -> *mut u8;
    #[ffi(raw)]
    pub fn sqlite3_free(memory: *mut c_void);
}
