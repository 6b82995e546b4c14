zero
unsafe extern "C" {
    fn name(#[buffer(size, length_returned)] text: *mut c_char, size: usize) -> c_int;
}
