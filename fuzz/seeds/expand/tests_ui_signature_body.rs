
unsafe extern "C" {
    fn twice(x: c_int) -> c_int {
        x * 2
    }
}
