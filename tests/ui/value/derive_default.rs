use ffi_runtime::Value;

// `ClockId::default()` would be `ClockId(0)`, made without the unsafe `from_raw`.
#[derive(Value, Clone, Copy, Default)]
#[repr(transparent)]
pub struct ClockId(i32);

fn main() {}
