use ffi_runtime::Owned;
use std::marker::PhantomData;
use std::ptr::NonNull;

#[repr(C)]
pub struct Raw {
    _opaque: [u8; 0],
}

unsafe extern "C" {
    fn raw_free(raw: *mut Raw);
}

pub struct Db;

#[derive(Owned, Clone)]
#[owned(drop = raw_free)]
#[repr(transparent)]
pub struct Stmt<'db>(NonNull<Raw>, PhantomData<&'db Db>);

fn main() {}
