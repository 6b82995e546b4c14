errno
unsafe extern "C" {
    fn fill(#[buffer(size)] values: *mut c_int, size: usize) -> c_int;
}
