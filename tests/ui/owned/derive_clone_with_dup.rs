use ffi_runtime::Owned;
use std::ptr::NonNull;

#[repr(C)]
pub struct Raw {
    _opaque: [u8; 0],
}

unsafe extern "C" {
    fn raw_free(raw: *mut Raw);
    fn raw_dup(raw: *mut Raw) -> *mut Raw;
}

// With `dup`, the derive implements `Clone` through it.
#[derive(Owned, Clone)]
#[owned(drop = raw_free, dup = raw_dup)]
#[repr(transparent)]
pub struct Handle(NonNull<Raw>);

fn main() {}
