nonnull
unsafe extern "C" {
    #[ffi(free = release)]
    fn items() -> *const u8;
    #[ffi(raw)]
    fn release(p: *mut c_void);
}
