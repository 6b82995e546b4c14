errno
unsafe extern "C" {
    #[ffi(raw)]
    fn get(#[out] value: *mut c_int) -> c_int;
}
