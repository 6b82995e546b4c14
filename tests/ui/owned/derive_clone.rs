use ffi_runtime::Owned;
use std::ptr::NonNull;

#[repr(C)]
pub struct Raw {
    _opaque: [u8; 0],
}

unsafe extern "C" {
    fn raw_free(raw: *mut Raw);
}

// A derived `Clone` copies the pointer, and each copy frees it.
#[derive(Owned, Clone)]
#[owned(drop = raw_free)]
#[repr(transparent)]
pub struct Handle(NonNull<Raw>);

fn main() {}
