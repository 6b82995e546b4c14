
unsafe extern "C" {
    #[cfg_attr(unix, ffi(errno))]
    fn close(fd: c_int) -> c_int;
}
