zero
unsafe extern "C" {
    fn set_handler(
        #[callback(data, destroy = destroy)] handler: extern "C" fn(data: *mut c_void, event: c_int),
        data: *mut c_void,
        destroy: extern "C" fn(data: *mut c_void),
    ) -> c_int;
}
