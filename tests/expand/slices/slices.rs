// args: zero
unsafe extern "C" {
    pub fn write_all(fd: c_int, #[slice(count)] bytes: *const u8, count: usize) -> c_int;
    #[ffi(neg_errno)]
    pub fn read_some(fd: c_int, #[slice(count)] buffer: *mut u8, count: c_int) -> c_int;
}
