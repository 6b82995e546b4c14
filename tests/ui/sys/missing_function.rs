// A function the -sys crate does not have: rustc's "cannot find", at the
// declaration, with the closest name it has.
use ffi_runtime::foreign;
use std::ffi::{c_int, c_ulong};

mod z_sys {
    use std::ffi::{c_int, c_ulong};
    unsafe extern "C" {
        pub fn compress(dest: *mut u8, dest_len: *mut c_ulong, source: *const u8, source_len: c_ulong) -> c_int;
    }
}

#[foreign(sys = z_sys, zero)]
unsafe extern "C" {
    fn compres(
        #[buffer(dest_len)] dest: *mut u8,
        dest_len: *mut c_ulong,
        #[slice(source_len)] source: *const u8,
        source_len: c_ulong,
    ) -> c_int;
}

fn main() {}
