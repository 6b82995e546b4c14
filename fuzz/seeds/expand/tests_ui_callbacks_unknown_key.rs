
unsafe extern "C" {
    fn each(
        #[callback(data, threads = 4)] visit: extern "C" fn(data: *mut c_void, index: c_int),
        data: *mut c_void,
    );
}
