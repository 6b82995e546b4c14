use ffi_runtime::Owned;
use std::ptr::NonNull;

#[repr(C)]
pub struct Raw {
    _opaque: [u8; 0],
}

unsafe extern "C" {
    fn raw_free(raw: *mut Raw);
}

mod handles {
    use super::{NonNull, Owned, Raw};

    // Another module could write `Handle(NonNull::dangling())`, and `Drop` would
    // free it.
    #[derive(Owned)]
    #[owned(drop = super::raw_free)]
    #[repr(transparent)]
    pub struct Handle(pub NonNull<Raw>);
}

fn main() {
    let _forged = handles::Handle(NonNull::dangling());
}
