
unsafe extern "C" {
    fn puts(text: &str) -> c_int;
}
