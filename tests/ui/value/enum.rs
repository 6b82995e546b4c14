use ffi_runtime::Value;

#[derive(Value)]
#[repr(transparent)]
pub enum Clock {
    Realtime,
}

fn main() {}
