
unsafe extern "C" {
    fn each(#[callback(data)] visit: Visit, data: *mut c_void);
}
