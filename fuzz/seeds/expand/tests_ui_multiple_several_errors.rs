errno, lib = ""
unsafe extern "C" {
    fn free(p: *mut u8);
    fn get(#[out] value: c_int) -> c_int;
    #[ffi(nonnull)]
    fn close(fd: c_int) -> c_int;
}
