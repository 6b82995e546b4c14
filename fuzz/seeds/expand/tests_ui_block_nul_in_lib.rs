lib = "m\0evil"
unsafe extern "C" {
    fn cbrt(x: f64) -> f64;
}
