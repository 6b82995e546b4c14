// derive: PointerFree
/// A point C reads.
#[repr(C)]
pub struct Point {
    pub x: c_int,
    pub y: c_int,
}
