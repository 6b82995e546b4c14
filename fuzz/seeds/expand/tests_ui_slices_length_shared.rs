
unsafe extern "C" {
    fn copy(#[slice(count)] to: *mut u8, #[slice(count)] from: *const u8, count: usize);
}
