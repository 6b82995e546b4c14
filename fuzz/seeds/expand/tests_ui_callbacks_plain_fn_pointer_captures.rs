
unsafe extern "C" {
    /// Plain qsort: no user-data slot, so only a function that captures nothing.
    #[ffi(unsafe)]
    fn qsort(
        base: *mut c_void,
        count: usize,
        size: usize,
        compare: extern "C" fn(a: *const c_void, b: *const c_void) -> c_int,
    );
}
