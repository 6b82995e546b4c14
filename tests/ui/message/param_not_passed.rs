// The getter would be given a value the caller never passed (here the NULL the
// wrapper fills in): refused rather than handing the getter a fresh NULL.
use ffi_runtime::foreign;
#[allow(unused_imports)]
use std::ffi::{c_char, c_int, c_void};

#[foreign(zero)]
unsafe extern "C" {
    #[ffi(message = last_error(reserved))]
    fn open_thing(name: c_int, #[null] reserved: *mut c_void) -> c_int;
    #[ffi(raw)]
    fn last_error(reserved: *mut c_void) -> *const c_char;
}

fn main() {}
