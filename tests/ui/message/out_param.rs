use ffi_runtime::foreign;
#[allow(unused_imports)]
use std::ffi::{c_char, c_int};

#[foreign(zero)]
unsafe extern "C" {
    #[ffi(message = errmsg(db))]
    fn open_db(#[out] db: *mut *mut u8) -> c_int;
    #[ffi(raw)]
    fn errmsg(db: *mut u8) -> *const c_char;
}

fn main() {}
