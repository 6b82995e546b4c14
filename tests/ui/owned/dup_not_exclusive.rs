use ffi_runtime::{ExclusiveHandle, Owned};
use std::ptr::NonNull;

#[repr(C)]
pub struct Raw {
    _opaque: [u8; 0],
}

unsafe extern "C" {
    fn raw_free(raw: *mut Raw);
    fn raw_ref(raw: *mut Raw) -> *mut Raw;
}

// `dup` may be reference counting: clones share the C object.
#[derive(Owned)]
#[owned(drop = raw_free, dup = raw_ref)]
#[repr(transparent)]
pub struct Shared(NonNull<Raw>);

fn exclusive<H: ExclusiveHandle>() {}

fn main() {
    exclusive::<Shared>();
}
