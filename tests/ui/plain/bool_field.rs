use ffi_runtime::AnyBitPattern;

// C may write 2 into `done`; a Rust `bool` must be 0 or 1.
#[derive(Clone, Copy, AnyBitPattern)]
#[repr(C)]
pub struct Status {
    code: i32,
    done: bool,
}

fn main() {}
