
unsafe extern "C" {
    fn strcpy(dst: *mut c_char, src: *const c_char) -> *mut c_char;
}
