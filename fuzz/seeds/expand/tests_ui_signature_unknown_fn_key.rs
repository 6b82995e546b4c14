
unsafe extern "C" {
    #[ffi(nonul)]
    fn malloc(size: usize) -> *mut u8;
}
