use ffi_runtime::Owned;
use std::ptr::NonNull;

#[repr(C)]
pub struct Raw {
    _opaque: [u8; 0],
}

unsafe extern "C" {
    fn raw_free(raw: *mut Raw);
}

// `Copy` conflicts with the derived `Drop` (rustc), and needs `Clone` (ours).
#[derive(Owned, Clone, Copy)]
#[owned(drop = raw_free)]
#[repr(transparent)]
pub struct Handle(NonNull<Raw>);

fn main() {}
