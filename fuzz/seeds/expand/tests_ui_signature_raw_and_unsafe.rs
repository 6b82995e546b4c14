
unsafe extern "C" {
    #[ffi(raw, unsafe)]
    fn free(p: *mut u8);
}
