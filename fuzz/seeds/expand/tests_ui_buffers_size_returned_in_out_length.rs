errno
unsafe extern "C" {
    fn describe(#[buffer(size, size_returned)] text: *mut c_char, size: *mut usize) -> c_int;
}
