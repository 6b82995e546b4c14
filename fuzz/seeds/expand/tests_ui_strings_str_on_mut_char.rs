errno
unsafe extern "C" {
    fn strcpy(#[str] destination: *mut c_char, #[str] source: *const c_char) -> *mut c_char;
}
