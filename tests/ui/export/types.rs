// Rust-only types have no C form: the trait bounds say which types do.
#[ffi_runtime::export(prefix = "ui_")]
pub mod api {
    pub fn owned_string(text: String) -> usize {
        text.len()
    }

    pub fn character(c: char) -> u32 {
        c as u32
    }

    pub fn pair(pair: (i32, i32)) -> i32 {
        pair.0
    }

    pub fn wide() -> i128 {
        1
    }

    pub fn borrowed(text: &str) -> &str {
        text
    }

    pub fn maybe() -> Option<i32> {
        None
    }

    pub fn flags(values: &[bool]) -> usize {
        values.len()
    }
}

fn main() {}
