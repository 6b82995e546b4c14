use ffi_runtime::Value;

#[derive(Value)]
pub struct ClockId(i32);

fn main() {}
