// `sys = path` says the -sys crate links the library: `lib` and `kind` would add
// a second `#[link]`, and possibly a second copy of it.
use ffi_runtime::foreign;
use std::ffi::c_ulong;

mod z_sys {
    use std::ffi::c_ulong;
    unsafe extern "C" {
        pub fn compressBound(source_len: c_ulong) -> c_ulong;
    }
}

#[foreign(sys = z_sys, lib = "z", kind = "static", unchecked)]
unsafe extern "C" {
    fn compressBound(source_len: c_ulong) -> c_ulong;
}

fn main() {}
