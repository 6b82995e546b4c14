errno
unsafe extern "C" {
    fn sleep(#[str] seconds: c_int) -> c_int;
}
