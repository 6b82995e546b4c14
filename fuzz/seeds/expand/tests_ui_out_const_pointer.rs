errno
unsafe extern "C" {
    fn get(#[out] value: *const c_int) -> c_int;
}
