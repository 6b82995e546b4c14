zero
unsafe extern "C" {
    #[ffi(message = last_error(ctx))]
    fn connect(ctx: &mut c_int) -> c_int;
    #[ffi(raw)]
    fn last_error() -> *const c_char;
}
