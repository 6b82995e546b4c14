errno = true
unsafe extern "C" {
    fn close(fd: c_int) -> c_int;
}
