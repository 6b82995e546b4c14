errno
unsafe extern "C" {
    fn close(fd: c_int) -> c_int;
    fn free(p: *mut u8);
}
