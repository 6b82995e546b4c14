use ffi_runtime::PointerFree;

#[derive(PointerFree)]
#[repr(C)]
pub struct Pair<T> {
    a: T,
    b: T,
}

fn main() {}
