zero
unsafe extern "C" {
    fn strdup(text: *const c_char) -> *mut c_char;
}
