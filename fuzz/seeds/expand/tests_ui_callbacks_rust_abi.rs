
unsafe extern "C" {
    fn each(#[callback(data)] visit: fn(data: *mut c_void, index: c_int), data: *mut c_void);
}
