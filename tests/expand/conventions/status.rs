// args: zero, lib = "tls", kind = "static"
unsafe extern "C" {
    #[ffi(message = tls_error(ctx))]
    pub fn tls_connect(ctx: &mut tls, host: *const c_char, port: *const c_char) -> c_int;
    #[ffi(unchecked)]
    pub fn tls_error(ctx: &mut tls) -> *const c_char;
    #[ffi(ret_errno)]
    pub fn pthread_mutex_lock(mutex: &mut pthread_mutex_t) -> c_int;
    #[ffi(neg_errno)]
    pub fn io_uring_submit(ring: &mut io_uring) -> c_int;
}
