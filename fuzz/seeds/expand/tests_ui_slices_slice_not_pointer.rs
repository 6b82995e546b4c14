
unsafe extern "C" {
    fn sum(#[slice(count)] values: c_int, count: usize) -> i64;
}
