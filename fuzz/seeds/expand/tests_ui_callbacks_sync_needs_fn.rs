
unsafe extern "C" {
    fn run_parallel(
        #[callback(data, sync)] task: extern "C" fn(data: *mut c_void, index: c_int),
        data: *mut c_void,
    );
}
