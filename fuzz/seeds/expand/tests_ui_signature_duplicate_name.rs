
unsafe extern "C" {
    fn cbrt(x: f64) -> f64;
    #[link_name = "cbrtf"]
    fn cbrt(x: f32) -> f32;
}
