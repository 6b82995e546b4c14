// `exclusive` claims no other value reaches the object; `dup` makes one.
use ffi_runtime::Owned;
use std::ptr::NonNull;

#[repr(C)]
pub struct Raw {
    _private: [u8; 0],
}

unsafe extern "C" fn raw_free(_: *mut Raw) {}
unsafe extern "C" fn raw_ref(raw: *mut Raw) -> *mut Raw {
    raw
}

#[derive(Owned)]
#[owned(drop = raw_free, dup = raw_ref, exclusive)]
#[repr(transparent)]
pub struct Shared(NonNull<Raw>);

fn main() {}
