
unsafe extern "C" {
    #[ffi(errno, zero)]
    fn close(fd: c_int) -> c_int;
}
