use ffi_runtime::foreign;
#[allow(unused_imports)]
use std::ffi::{c_char, c_int};

#[foreign]
unsafe extern "C" {
    #[ffi(errno)]
    static environ: *const *const c_char;
}

fn main() {}
