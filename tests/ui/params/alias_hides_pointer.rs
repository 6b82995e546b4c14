// Class 1: a pointer hidden by a type alias (zlib's `gzFile`) is seen by the
// compiler, whatever its spelling.
use ffi_runtime::foreign;
use std::ffi::c_int;

#[repr(C)]
pub struct GzState {
    _private: [u8; 0],
}
#[allow(non_camel_case_types)]
pub type gzFile = *mut GzState;

#[foreign(zero)]
unsafe extern "C" {
    fn gzclose(file: gzFile) -> c_int;
}

fn main() {}
