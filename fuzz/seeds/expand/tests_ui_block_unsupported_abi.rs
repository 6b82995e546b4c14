
unsafe extern "Rust" {
    fn cbrt(x: f64) -> f64;
}
