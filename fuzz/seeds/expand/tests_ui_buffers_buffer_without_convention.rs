
unsafe extern "C" {
    fn fill(#[buffer(size)] text: *mut c_char, size: usize) -> c_int;
}
