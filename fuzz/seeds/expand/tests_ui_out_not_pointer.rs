errno
unsafe extern "C" {
    fn get(#[out] value: c_int) -> c_int;
}
