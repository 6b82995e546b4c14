use ffi_runtime::PointerFree;

#[derive(PointerFree)]
#[plain(krate = "ffi_runtime")]
#[repr(C)]
pub struct Point {
    x: i32,
    y: i32,
}

fn main() {}
