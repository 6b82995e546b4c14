// Class 8: `'db` named only in the output would let the caller pick `'static`
// and keep the statement past its connection.
use ffi_runtime::{Owned, foreign};
use std::ffi::c_int;
use std::marker::PhantomData;
use std::ptr::NonNull;

#[repr(C)]
pub struct RawDb {
    _private: [u8; 0],
}
#[repr(C)]
pub struct RawStmt {
    _private: [u8; 0],
}

#[derive(Owned)]
#[owned(drop = raw::db_close)]
#[repr(transparent)]
pub struct Db(NonNull<RawDb>);

#[derive(Owned)]
#[owned(drop = raw::stmt_close)]
#[repr(transparent)]
pub struct Stmt<'db>(NonNull<RawStmt>, PhantomData<&'db Db>);

#[foreign(zero)]
unsafe extern "C" {
    #[ffi(raw)]
    fn db_close(db: *mut RawDb);
    #[ffi(raw)]
    fn stmt_close(stmt: *mut RawStmt);
    fn stmt_prepare(#[handle(&Db)] db: *mut RawDb, #[out(Stmt<'db>)] stmt: *mut *mut RawStmt) -> c_int;
}

fn main() {}
