errno
unsafe extern "C" {
    fn fill(#[buffer(capacity)] text: *mut c_char, size: usize) -> c_int;
}
