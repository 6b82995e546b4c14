check = Status
unsafe extern "C" {
    fn chdir(#[str] path: *const c_char) -> c_int;
}
