
unsafe extern "C" {
    #[ffi(errno)]
    static environ: *const *const c_char;
}
