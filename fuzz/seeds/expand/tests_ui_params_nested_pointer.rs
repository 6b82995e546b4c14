
unsafe extern "C" {
    fn maybe_free(p: Option<*mut u8>);
}
