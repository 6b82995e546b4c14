// Class 11: a plain `extern "C-unwind" fn` argument would let safe code hand C a
// function whose panic unwinds through C's frames.
use ffi_runtime::foreign;
use std::ffi::c_int;

#[foreign(zero)]
unsafe extern "C" {
    fn call_me(f: extern "C-unwind" fn(c_int) -> c_int, x: c_int) -> c_int;
}

fn main() {}
