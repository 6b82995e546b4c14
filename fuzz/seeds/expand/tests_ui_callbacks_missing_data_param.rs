
unsafe extern "C" {
    fn each(
        #[callback(user_data)] visit: extern "C" fn(data: *mut c_void, index: c_int),
        data: *mut c_void,
    );
}
