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

fn main() {
    // SAFETY: never called with a real pointer in this compile-fail test.
    let handle = unsafe { Handle::from_raw(std::ptr::null_mut()) }.unwrap();
    let _pointer = handle.into_raw();
    let _again = handle.as_ptr();
}
