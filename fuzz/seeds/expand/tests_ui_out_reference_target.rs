errno
unsafe extern "C" {
    fn lookup(#[out] found: *mut &'static c_int) -> c_int;
}
