// By reference, each declaration is checked against the -sys crate's item: a
// parameter of another type is an error at the declaration, naming it.
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
    fn compress(
        #[buffer(dest_len)] dest: *mut u8,
        dest_len: *mut c_ulong,
        #[slice(source_len)] source: *const u8,
        source_len: u32,
    ) -> c_int;
}

fn main() {}
