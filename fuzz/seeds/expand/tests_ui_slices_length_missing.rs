
unsafe extern "C" {
    fn sum(#[slice(count)] values: *const c_int, length: usize) -> i64;
}
