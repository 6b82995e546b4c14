
unsafe extern "C" {
    fn sum(#[slice(count)] values: *const c_int, count: f64) -> i64;
}
