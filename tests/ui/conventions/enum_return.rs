// PITFALLS 17: a C enum returned as a Rust enum: C may return any integer.
use ffi_runtime::foreign;

#[repr(C)]
#[derive(Clone, Copy)]
pub enum State {
    Idle,
    Busy,
}

#[foreign]
unsafe extern "C" {
    fn current_state() -> State;
}

fn main() {}
