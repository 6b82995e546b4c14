
unsafe extern "C" {
    fn each_row(
        #[callback(data)] row: extern "C" fn(data: *mut c_void, index: c_int) -> c_int,
        data: *mut c_void,
    ) -> c_int;
}
