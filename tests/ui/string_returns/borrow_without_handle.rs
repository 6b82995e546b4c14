use ffi_runtime::foreign;
use std::ffi::{c_char, c_int};

#[foreign(nonnull)]
unsafe extern "C" {
    // A borrowed string needs a handle to borrow from: `code` is a plain integer.
    #[ffi(string = borrow(code))]
    fn error_text(code: c_int) -> *const c_char;
}

fn main() {}
