use ffi_runtime::PointerFree;

#[derive(PointerFree)]
pub struct Point {
    x: i32,
    y: i32,
}

fn main() {}
