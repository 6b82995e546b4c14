zero
unsafe extern "C" {
    #![ffi(message = last_error())]
    fn connect(port: c_int) -> c_int;
    #[ffi(raw)]
    fn last_error() -> *const c_char;
}
