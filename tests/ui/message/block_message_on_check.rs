// A block's message getter cannot reach a `check = Type` function: refused, not
// silently dropped (PCRE2 / libarchive users met the silence).
use ffi_runtime::foreign;
use std::ffi::{c_char, c_int};

pub struct Status;

impl ffi_runtime::Check<c_int> for Status {
    type Output = ();
    type Error = c_int;
    fn check(ret: c_int) -> Result<(), c_int> {
        if ret == 0 { Ok(()) } else { Err(ret) }
    }
}

#[foreign(zero, message = last_error())]
unsafe extern "C" {
    #[ffi(nonnull, string = static)]
    fn last_error() -> *const c_char;
    #[ffi(check = Status)]
    fn step() -> c_int;
}

fn main() {}
