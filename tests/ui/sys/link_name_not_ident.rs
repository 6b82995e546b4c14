// By reference, `link_name` names the -sys crate's item: it must be an identifier.
use ffi_runtime::foreign;
use std::ffi::c_ulong;

mod z_sys {
    use std::ffi::c_ulong;
    unsafe extern "C" {
        pub fn compressBound(source_len: c_ulong) -> c_ulong;
    }
}

#[foreign(sys = z_sys, unchecked)]
unsafe extern "C" {
    #[link_name = "compress-bound"]
    fn bound(source_len: c_ulong) -> c_ulong;
}

fn main() {}
