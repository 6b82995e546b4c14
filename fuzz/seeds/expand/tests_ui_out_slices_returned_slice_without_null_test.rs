
unsafe extern "C" {
    // `unchecked` never tests the pointer: NULL would reach from_raw_parts.
    #[ffi(unchecked, slice = count)]
    fn items(count: *mut usize) -> *const u8;
}
