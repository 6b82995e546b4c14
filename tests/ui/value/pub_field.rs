use ffi_runtime::Value;

mod clocks {
    use super::Value;

    // Another module could write `ClockId(12345)` without the unsafe `from_raw`.
    #[derive(Value, Clone, Copy)]
    #[repr(transparent)]
    pub struct ClockId(pub i32);
}

fn main() {
    let _clock = clocks::ClockId(12345);
}
