use ffi_runtime::PointerFree;

#[derive(PointerFree)]
#[repr(C)]
pub enum Mode {
    Read,
    Write,
}

fn main() {}
