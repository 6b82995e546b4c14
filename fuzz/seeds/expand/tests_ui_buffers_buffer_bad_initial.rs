errno
unsafe extern "C" {
    fn fill(#[buffer(size, initial = 0)] text: *mut c_char, size: usize) -> c_int;
}
