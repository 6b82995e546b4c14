// Red team: an exclusive handle lent out by another function (`sqlite3_db_handle`)
// would be a second way to the object, and a string lent "until the next call"
// from `&mut db` could be freed by a call through the lent one.
use ffi_runtime::{Owned, foreign};
use std::ffi::c_int;
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
#[owned(drop = raw::db_close, exclusive)]
#[repr(transparent)]
pub struct Db(NonNull<RawDb>);

#[derive(Owned)]
#[owned(drop = raw::stmt_close)]
#[repr(transparent)]
pub struct Stmt(NonNull<RawStmt>);

#[foreign]
unsafe extern "C" {
    #[ffi(raw)]
    fn db_close(db: *mut RawDb) -> c_int;
    #[ffi(raw)]
    fn stmt_close(stmt: *mut RawStmt) -> c_int;
    #[ffi(nonnull, borrowed = &Db)]
    fn stmt_db(#[handle(&Stmt)] stmt: *mut RawStmt) -> *mut RawDb;
}

fn main() {}
