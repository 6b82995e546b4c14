// A variadic C function declared without `...`: the check of the declaration
// against the -sys crate's item refuses it (a call would pass the arguments in
// the wrong registers on some targets).
use ffi_runtime::foreign;
use std::ffi::{c_char, c_int};

mod c_sys {
    use std::ffi::{c_char, c_int};
    unsafe extern "C" {
        pub fn printf(format: *const c_char, ...) -> c_int;
    }
}

#[foreign(sys = c_sys, unchecked)]
unsafe extern "C" {
    fn printf(format: *const c_char) -> c_int;
}

fn main() {}
