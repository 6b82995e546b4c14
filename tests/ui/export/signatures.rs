// Functions C cannot call as one symbol of one signature: refused, each with
// the fix.
#[ffi_runtime::export(prefix = "ui_")]
pub mod api {
    pub fn generic<T: Copy>(value: T) -> T {
        value
    }

    pub fn with_lifetime<'a>(text: &'a str) -> usize {
        text.len()
    }

    pub async fn later() -> i32 {
        1
    }

    pub unsafe fn contract(pointer: *const u8) -> u8 {
        unsafe { *pointer }
    }

    pub extern "C" fn already_c(value: i32) -> i32 {
        value
    }

    pub fn takes_impl(values: impl Iterator<Item = u8>) -> usize {
        values.count()
    }

    pub fn returns_impl() -> impl Copy {
        1
    }

    pub fn pattern((a, b): (i32, i32)) -> i32 {
        a + b
    }
}

fn main() {}
