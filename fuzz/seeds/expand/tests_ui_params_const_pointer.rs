
unsafe extern "C" {
    fn checksum(data: *const u8, len: usize) -> u32;
}
