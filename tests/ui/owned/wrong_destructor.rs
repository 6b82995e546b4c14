use ffi_runtime::Owned;
use std::ptr::NonNull;

#[repr(C)]
pub struct Raw {
    _opaque: [u8; 0],
}

unsafe extern "C" {
    fn raw_free(raw: *mut Raw);
}

unsafe extern "C" {
    fn other_free(other: *mut u64);
}

#[derive(Owned)]
#[owned(drop = other_free)]
#[repr(transparent)]
pub struct Handle(NonNull<Raw>);

fn main() {}
