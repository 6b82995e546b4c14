// derive: AnyBitPattern
/// Sizes C writes.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct Sizes(pub u32, pub [u8; 4]);
