// C's memory lives for the call: a parameter asking for `'static`, spelled or
// behind an alias, does not compile (the conversion is tied to the call).
#[ffi_runtime::export(prefix = "ui_")]
pub mod api {
    use std::sync::Mutex;

    static KEPT: Mutex<Option<&'static Counter>> = Mutex::new(None);

    #[ffi(opaque)]
    pub struct Counter {
        pub count: u64,
    }

    pub type Kept = &'static Counter;

    pub fn keep(counter: Kept) {
        *KEPT.lock().unwrap() = Some(counter);
    }

    pub fn keep_text(text: &'static str) -> usize {
        text.len()
    }

    pub fn keep_values(values: &'static [u32]) -> usize {
        values.len()
    }
}

fn main() {}
