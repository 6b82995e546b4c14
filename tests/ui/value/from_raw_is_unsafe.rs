use ffi_runtime::Value;

#[derive(Value)]
#[repr(transparent)]
pub struct ClockId(i32);

fn main() {
    let _clock = ClockId::from_raw(7);
}
