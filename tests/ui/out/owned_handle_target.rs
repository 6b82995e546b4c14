// Class 4: an owned handle is a `NonNull` that C may write as NULL ("not
// found"), and `#[out]` would free nothing C owns: `#[out(Item)]` is the form.
use ffi_runtime::{Owned, foreign};
use std::ffi::c_int;
use std::ptr::NonNull;

#[repr(C)]
pub struct RawItem {
    _private: [u8; 0],
}

#[derive(Owned)]
#[owned(drop = raw::item_free)]
#[repr(transparent)]
pub struct Item(NonNull<RawItem>);

#[foreign(zero)]
unsafe extern "C" {
    #[ffi(raw)]
    fn item_free(item: *mut RawItem);
    fn find_item(key: c_int, #[out] item: *mut Item) -> c_int;
}

fn main() {}
