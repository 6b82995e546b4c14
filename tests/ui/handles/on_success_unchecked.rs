// Class 13: "C takes it only on success" needs a convention that tells failure
// apart: otherwise the wrapper cannot know whether to free it.
use ffi_runtime::{Owned, foreign};
use std::ffi::c_int;
use std::ptr::NonNull;

#[repr(C)]
pub struct RawObj {
    _private: [u8; 0],
}

#[derive(Owned)]
#[owned(drop = raw::obj_free)]
#[repr(transparent)]
pub struct Obj(NonNull<RawObj>);

#[foreign]
unsafe extern "C" {
    #[ffi(raw)]
    fn obj_free(obj: *mut RawObj);
    fn adopt(#[handle(Obj, on_success)] obj: *mut RawObj) -> c_int;
}

fn main() {}
