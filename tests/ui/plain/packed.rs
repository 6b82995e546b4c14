use ffi_runtime::PointerFree;

#[derive(PointerFree)]
#[repr(C, packed)]
pub struct Header {
    tag: u8,
    len: u32,
}

fn main() {}
