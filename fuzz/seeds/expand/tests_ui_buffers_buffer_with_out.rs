errno
unsafe extern "C" {
    fn fill(#[buffer(size)] text: *mut c_char, size: usize, #[out] written: *mut usize) -> c_int;
}
