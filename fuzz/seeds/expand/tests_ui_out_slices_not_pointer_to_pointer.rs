zero
unsafe extern "C" {
    fn items(#[out_slice(count)] items: *const u32, count: *mut usize) -> c_int;
}
