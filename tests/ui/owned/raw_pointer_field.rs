use ffi_runtime::Owned;
#[allow(unused_imports)]
use std::ptr::NonNull;

#[repr(C)]
pub struct Raw {
    _opaque: [u8; 0],
}

unsafe extern "C" {
    fn raw_free(raw: *mut Raw);
}

#[derive(Owned)]
#[owned(drop = raw_free)]
#[repr(transparent)]
pub struct Handle(*mut Raw);

fn main() {}
