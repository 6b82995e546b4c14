use ffi_runtime::Value;

#[derive(Value)]
#[repr(transparent)]
pub struct Pair(i32, i32);

fn main() {}
