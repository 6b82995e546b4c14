// Red team 2: `memcmp(s, prefix, n)`: `n` is the slice's length and the
// string's too.
use ffi_runtime::foreign;
use std::ffi::{c_char, c_int};

#[foreign(unchecked)]
unsafe extern "C" {
    fn starts_with(s: *const c_char, #[slice(n)] prefix: *const u8, n: usize) -> c_int;
}

fn main() {}
