errno
unsafe extern "C" {
    fn is_ready(#[out] ready: *mut bool) -> c_int;
}
