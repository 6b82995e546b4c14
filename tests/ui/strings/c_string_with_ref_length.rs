// Red team 2: an in/out length behind a reference is a length too: `&CStr` is
// not inferred next to it.
use ffi_runtime::foreign;
use std::ffi::{c_char, c_int};

#[foreign(zero)]
unsafe extern "C" {
    fn consume(input: *const c_char, length: &mut usize) -> c_int;
}

fn main() {}
