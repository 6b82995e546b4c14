// Class 3: `sqlite3_keyword_check(c"a", 1 << 20)` reads a megabyte past a
// two-byte `&CStr`: with a length parameter at hand, the declaration must say
// how C reads the string.
use ffi_runtime::foreign;
use std::ffi::{c_char, c_int};

#[foreign(unchecked)]
unsafe extern "C" {
    fn sqlite3_keyword_check(word: *const c_char, bytes: c_int) -> c_int;
}

fn main() {}
