// args: zero
unsafe extern "C" {
    pub fn list_items(#[handle(&Db)] db: *mut db, #[out_slice(count)] items: *mut *const Item, count: *mut usize) -> c_int;
}
