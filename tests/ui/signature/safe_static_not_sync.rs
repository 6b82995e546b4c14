// PITFALLS 30: a `safe static` is shared by every thread: its type must be `Sync`.
use ffi_runtime::foreign;
use std::cell::Cell;

#[foreign]
unsafe extern "C" {
    pub safe static state: Cell<i32>;
}

fn main() {}
