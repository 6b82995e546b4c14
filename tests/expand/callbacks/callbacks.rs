// args: zero
unsafe extern "C" {
    #[ffi(unchecked)]
    pub fn each_row(count: c_int, #[callback(data, on_panic = 1)] visit: Option<extern "C" fn(data: *mut c_void, index: c_int) -> c_int>, data: *mut c_void) -> c_int;
    pub fn open_visiting(#[callback(data, on_panic = 1)] visit: extern "C" fn(data: *mut c_void, index: c_int) -> c_int, data: *mut c_void, #[out(Ctx)] ctx: *mut *mut ctx) -> c_int;
    pub fn set_handler(#[handle(&mut Ctx)] ctx: *mut ctx, #[callback(data, destroy = destroy, send)] handler: Option<extern "C" fn(data: *mut c_void, event: c_int)>, data: *mut c_void, destroy: Option<extern "C" fn(data: *mut c_void)>) -> c_int;
}
