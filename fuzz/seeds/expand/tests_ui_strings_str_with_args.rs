errno
unsafe extern "C" {
    fn chdir(#[str(lossy)] path: *const c_char) -> c_int;
}
