neg_errno
unsafe extern "C" {
    fn malloc(size: usize) -> *mut u8;
}
