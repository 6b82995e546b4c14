use ffi_runtime::foreign;
#[allow(unused_imports)]
use std::ffi::{c_char, c_int};

#[foreign(zero)]
unsafe extern "C" {
    #![ffi(message = last_error())]
    fn connect(port: c_int) -> c_int;
    #[ffi(raw)]
    fn last_error() -> *const c_char;
}

fn main() {}
