
unsafe extern "C" {
    fn free(p: *mut u8);
}
