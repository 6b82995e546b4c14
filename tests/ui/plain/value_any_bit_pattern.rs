use ffi_runtime::{AnyBitPattern, Value};

// C (or a zeroed value) would make a `ClockId` without the unsafe `from_raw`;
// `#[value(any_value)]` says every value is fine instead.
#[derive(Value, Clone, Copy, AnyBitPattern)]
#[repr(transparent)]
pub struct ClockId(i32);

fn main() {}
