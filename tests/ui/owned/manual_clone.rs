use ffi_runtime::Owned;
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
pub struct Handle(NonNull<Raw>);

// Written by hand, the same double free.
impl Clone for Handle {
    fn clone(&self) -> Self {
        Handle(self.0)
    }
}

fn main() {}
