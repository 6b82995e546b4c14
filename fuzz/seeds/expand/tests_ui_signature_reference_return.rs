
unsafe extern "C" {
    fn name() -> &'static c_char;
}
