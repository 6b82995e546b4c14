// Handles are owned by C until `_free`: a method taking `self` by value, a
// handle passed by value, a generic or borrowing handle are refused.
#[ffi_runtime::export(prefix = "ui_")]
pub mod api {
    #[ffi(opaque)]
    pub struct Counter {
        count: u64,
    }

    impl Counter {
        pub fn into_count(self) -> u64 {
            self.count
        }
    }

    pub fn consume(counter: Counter) -> u64 {
        counter.count
    }

    #[ffi(opaque)]
    pub struct Borrowing<'a> {
        text: &'a str,
    }

    #[ffi(opaque)]
    pub struct Generic<T> {
        value: T,
    }
}

fn main() {}
