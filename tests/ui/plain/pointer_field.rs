use ffi_runtime::PointerFree;

// C would follow `data`.
#[derive(PointerFree)]
#[repr(C)]
pub struct Buffer {
    len: usize,
    data: *const u8,
}

fn main() {}
