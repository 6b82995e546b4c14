neg_errno
unsafe extern "C" {
    fn read_count(fd: c_int) -> Size;
}
