errno
unsafe extern "C" {
    fn get(#[out(len)] value: *mut c_int) -> c_int;
}
