//! sqlite3 bindings through `#[foreign]`: a connection owned by `Db`, statements
//! that borrow it (`Stmt<'db>`), errors carrying `sqlite3_errmsg`, and
//! `sqlite3_open`'s half-open handle on failure read for its message, then closed.

use ffi_runtime::{Check, Owned, foreign};
use std::ffi::{c_char, c_int};
use std::marker::PhantomData;
use std::ptr::NonNull;

/// `sqlite3`: libsqlite3-sys's opaque type (the block is checked against its
/// declarations, so it uses its types).
pub type Sqlite3 = libsqlite3_sys::sqlite3;

/// `sqlite3_stmt`.
pub type Sqlite3Stmt = libsqlite3_sys::sqlite3_stmt;

/// A connection. `sqlite3_close` fails with `SQLITE_BUSY` while statements live; the
/// `Stmt<'db>` borrow makes that impossible.
#[derive(Owned)]
#[owned(drop = raw::sqlite3_close, fallible, exclusive)]
#[repr(transparent)]
pub struct Db(NonNull<Sqlite3>);

/// A prepared statement, borrowing its connection.
#[derive(Owned)]
#[owned(drop = raw::sqlite3_finalize)]
#[repr(transparent)]
pub struct Stmt<'db>(NonNull<Sqlite3Stmt>, PhantomData<&'db Db>);

/// `sqlite3_step`: a row, or done.
#[derive(Debug, PartialEq, Eq)]
pub enum Step {
    /// A row is ready.
    Row,
    /// The statement ran to completion.
    Done,
}

/// `SQLITE_ROW` (100) and `SQLITE_DONE` (101) succeed; anything else is the code.
pub struct StepStatus;

impl Check<c_int> for StepStatus {
    type Output = Step;
    type Error = c_int;
    fn check(ret: c_int) -> Result<Step, c_int> {
        match ret {
            100 => Ok(Step::Row),
            101 => Ok(Step::Done),
            code => Err(code),
        }
    }
}

// By reference: the functions are libsqlite3-sys's (which links sqlite, once:
// the system's, or its own copy with `--features bundled`).
#[foreign(sys = libsqlite3_sys, zero)]
unsafe extern "C" {
    #[ffi(message = sqlite3_errmsg(db))]
    pub fn sqlite3_open(filename: *const c_char, #[out(Db)] db: *mut *mut Sqlite3) -> c_int;
    /// The connection's last error: valid until the next call on it, so the
    /// wrapper borrows the connection mutably for as long as the text is used.
    #[ffi(nonnull, string = borrow(db))]
    pub fn sqlite3_errmsg(#[handle(&'a mut Db)] db: *mut Sqlite3) -> *const c_char;
    /// The library's version: a static string.
    #[ffi(nonnull, string = static)]
    pub fn sqlite3_libversion() -> *const c_char;
    #[ffi(raw)]
    pub fn sqlite3_close(db: *mut Sqlite3) -> c_int;
    #[ffi(raw)]
    pub fn sqlite3_finalize(stmt: *mut Sqlite3Stmt) -> c_int;
    /// `sqlite3_exec` without a row callback: the callback, its argument and
    /// the error message's slot are passed as NULL (sqlite accepts all three).
    #[ffi(message = sqlite3_errmsg(db))]
    pub fn sqlite3_exec(
        #[handle(&Db)] db: *mut Sqlite3,
        sql: *const c_char,
        #[null] callback: Option<
            unsafe extern "C" fn(
                argument: *mut std::ffi::c_void,
                columns: c_int,
                values: *mut *mut c_char,
                names: *mut *mut c_char,
            ) -> c_int,
        >,
        #[null] argument: *mut std::ffi::c_void,
        #[null] error: *mut *mut c_char,
    ) -> c_int;
    /// `sqlite3_exec` with a closure called once per row (columns, values,
    /// names); answering nonzero stops the query (`SQLITE_ABORT`), and so does a
    /// panic, which then resumes after `sqlite3_exec` returns.
    #[ffi(message = sqlite3_errmsg(db))]
    #[link_name = "sqlite3_exec"]
    pub fn sqlite3_exec_rows(
        #[handle(&Db)] db: *mut Sqlite3,
        sql: *const c_char,
        #[callback(argument, on_panic = 1)] callback: Option<
            unsafe extern "C" fn(
                argument: *mut std::ffi::c_void,
                columns: c_int,
                values: *mut *mut c_char,
                names: *mut *mut c_char,
            ) -> c_int,
        >,
        argument: *mut std::ffi::c_void,
        #[null] error: *mut *mut c_char,
    ) -> c_int;
    #[ffi(message = sqlite3_errmsg(db))]
    /// Compiles the first statement of `sql`, which sqlite reads by its length
    /// (`#[str(bytes)]`: no NUL needed, no copy).
    pub fn sqlite3_prepare_v2(
        #[handle(&'db Db)] db: *mut Sqlite3,
        #[str(bytes)] sql: *const c_char,
        bytes: c_int,
        #[out(Stmt<'db>)] stmt: *mut *mut Sqlite3Stmt,
        #[null] tail: *mut *const c_char,
    ) -> c_int;
    #[ffi(check = StepStatus)]
    pub fn sqlite3_step(#[handle(&mut Stmt<'_>)] stmt: *mut Sqlite3Stmt) -> c_int;
    #[ffi(unchecked)]
    pub fn sqlite3_column_int64(#[handle(&Stmt<'_>)] stmt: *mut Sqlite3Stmt, column: c_int) -> i64;
    /// The database as the bytes of its file (`sqlite3_serialize`): a copy of
    /// the array sqlite allocated, freed with `sqlite3_free`.
    #[ffi(nonnull, slice = size, free = sqlite3_free)]
    pub fn sqlite3_serialize(
        #[handle(&Db)] db: *mut Sqlite3,
        #[cstr] schema: *const c_char,
        size: *mut i64,
        flags: std::ffi::c_uint,
    ) -> *mut u8;
    #[ffi(raw)]
    pub fn sqlite3_free(memory: *mut std::ffi::c_void);
    #[ffi(unchecked)]
    pub fn sqlite3_changes(#[handle(&Db)] db: *mut Sqlite3) -> c_int;
}

/// Runs SQL without a row callback.
///
/// # Errors
///
/// The statement's failure, with `sqlite3_errmsg`.
pub fn exec(db: &Db, sql: &std::ffi::CStr) -> Result<(), ffi_runtime::Error> {
    sqlite3_exec(db, sql)
}

/// The values of one row as `sqlite3_exec` passes them to its callback.
///
/// # Safety
/// `values` is the array of `columns` pointers `sqlite3_exec` passed to the
/// callback that is running (each NULL or a NUL-terminated string).
#[must_use]
pub unsafe fn row_values(columns: c_int, values: *mut *mut c_char) -> Vec<Option<String>> {
    let count = usize::try_from(columns).unwrap_or(0);
    (0..count)
        .map(|column| {
            // SAFETY: the caller promises `count` valid entries.
            let value = unsafe { *values.add(column) };
            (!value.is_null()).then(|| {
                // SAFETY: a non-NULL entry is a NUL-terminated string.
                let text = unsafe { std::ffi::CStr::from_ptr(value) };
                text.to_string_lossy().into_owned()
            })
        })
        .collect()
}
