// Two C items of one name, or two C parameters of one name, would not link or
// compile in C: refused in Rust, at the second one.
#[ffi_runtime::export(prefix = "ui_")]
pub mod api {
    #[repr(C)]
    #[derive(Clone, Copy)]
    pub struct Sample {
        pub value: u32,
    }

    pub const PANIC: i32 = 3;

    #[ffi(opaque)]
    pub struct Kept {
        value: u32,
    }

    impl Kept {
        pub fn forever(&'static self) -> u32 {
            self.value
        }
    }

    pub fn sample() -> u32 {
        1
    }

    pub fn last_error_code() -> i32 {
        0
    }

    pub fn lengths(text: &str, text_len: usize) -> usize {
        text.len() + text_len
    }

    pub fn named_out(out: u32) -> u32 {
        out
    }

    #[ffi(opaque, inline)]
    pub struct Handle {
        value: u32,
    }

    #[ffi(skip)]
    pub struct Skipped {
        value: u32,
    }
}

#[ffi_runtime::export(prefix = "9bad")]
pub mod bad_prefix {}

#[ffi_runtime::export(prefix = "ui2_", header = "x.h")]
pub mod unknown_key {}

#[ffi_runtime::export]
pub fn not_a_module() {}

fn main() {}
