
unsafe extern "C" {
    fn get(#[out] value: *mut c_int) -> c_int;
}
