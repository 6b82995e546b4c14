// Loaded blocks (`load = [..]`): the library is found at run time, so linking
// it (`lib`, `kind`) or taking it from a -sys crate (`sys`) says the opposite;
// `optional` means nothing for a linked function; no variadic, no static.
use ffi_runtime::foreign;
use std::ffi::{c_char, c_int};

mod z_sys {}

#[foreign(load = ["libz.so.1"], lib = "z", sys = z_sys)]
unsafe extern "C" {
    #[ffi(unchecked)]
    fn zlibVersion() -> *const c_char;
    #[ffi(raw)]
    fn printf(format: *const c_char, ...) -> c_int;
    static z_errmsg: [*const c_char; 10];
}

#[foreign(load = [], raw = raw_empty)]
unsafe extern "C" {}

#[foreign(raw = raw_linked)]
unsafe extern "C" {
    #[ffi(optional, unchecked)]
    fn getpid() -> c_int;
}

fn main() {}

// A helper the wrapper calls (its message getter) may not be optional.
#[foreign(load = ["libsqlite3.so.0"], zero, message = sqlite3_errmsg(db), raw = raw_helper)]
unsafe extern "C" {
    fn sqlite3_close(#[null] db: *mut std::ffi::c_void) -> c_int;
    #[ffi(optional, raw)]
    fn sqlite3_errmsg(db: *mut std::ffi::c_void) -> *const c_char;
}

// Names `dlopen`/`dlvsym` cannot take, names the raw module uses, `safe fn`.
#[foreign(load = ["", "libz\0.so"], raw = raw_names)]
unsafe extern "C" {
    #[ffi(version = "", unchecked)]
    fn zlibVersion() -> *const c_char;
    #[ffi(unchecked)]
    fn load() -> c_int;
    #[ffi(unchecked)]
    fn has_zlibVersion() -> c_int;
    #[ffi(unchecked)]
    safe fn crc32_z() -> c_int;
}
