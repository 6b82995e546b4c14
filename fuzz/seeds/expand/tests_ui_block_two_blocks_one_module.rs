
unsafe extern "C" {
    fn cbrt(x: f64) -> f64;
}
