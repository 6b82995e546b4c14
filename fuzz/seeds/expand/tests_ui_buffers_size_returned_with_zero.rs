zero
unsafe extern "C" {
    fn describe(#[buffer(size, size_returned)] text: *mut c_char, size: usize) -> c_int;
}
