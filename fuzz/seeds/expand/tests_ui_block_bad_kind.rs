lib = "demo", kind = "statik"
unsafe extern "C" {
    fn cbrt(x: f64) -> f64;
}
