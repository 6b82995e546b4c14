zero
unsafe extern "C" {
    #[ffi(message = tls_error(context))]
    fn tls_connect(ctx: &mut c_int) -> c_int;
    #[ffi(raw)]
    fn tls_error(ctx: &mut c_int) -> *const c_char;
}
