use ffi_runtime::PointerFree;

// The alias is resolved by the compiler: the pointer is found all the same.
type Cursor = *mut u8;

#[derive(PointerFree)]
#[repr(C)]
pub struct Reader(u32, Cursor);

fn main() {}
