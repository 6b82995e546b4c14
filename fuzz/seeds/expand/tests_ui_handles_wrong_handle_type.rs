zero
unsafe extern "C" {
    #[ffi(raw)]
    fn raw_free(raw: *mut Raw);
    fn other_use(#[handle(&Db)] other: *mut Other) -> c_int;
}
