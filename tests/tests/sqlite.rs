//! The real sqlite3, through the handles of `examples::sqlite`: a connection owned
//! by `Db`, statements that borrow it, a failing open whose message is read from
//! the half-open handle, and errors carrying `sqlite3_errmsg`.
#![cfg(not(miri))] // Miri cannot call into real C.

use examples::sqlite::{
    Step, exec, sqlite3_changes, sqlite3_column_int64, sqlite3_open, sqlite3_prepare_v2,
    sqlite3_step,
};
use examples::sqlite::{sqlite3_errmsg, sqlite3_libversion, sqlite3_serialize};

#[test]
fn open_exec_prepare_step_close() {
    let db = sqlite3_open(c":memory:").unwrap();
    exec(
        &db,
        c"CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (20), (22);",
    )
    .unwrap();
    assert_eq!(sqlite3_changes(&db), 2);
    let mut stmt = sqlite3_prepare_v2(&db, "SELECT sum(x) FROM t").unwrap();
    assert_eq!(sqlite3_step(&mut stmt), Ok(Step::Row));
    assert_eq!(sqlite3_column_int64(&stmt, 0), 42);
    assert_eq!(sqlite3_step(&mut stmt), Ok(Step::Done));
    drop(stmt);
    db.close().unwrap();
}

#[test]
fn errors_carry_sqlite3_errmsg() {
    let db = sqlite3_open(c":memory:").unwrap();
    let error = exec(&db, c"SELECT * FROM missing").unwrap_err();
    assert_eq!(error.function(), "sqlite3_exec");
    assert_eq!(error.code(), Some(1));
    assert_eq!(error.message(), Some("no such table: missing"));
    assert_eq!(
        error.to_string(),
        "sqlite3_exec: no such table: missing (code 1)"
    );
    let error = sqlite3_prepare_v2(&db, "SELEKT 1").unwrap_err();
    assert!(error.message().unwrap().contains("syntax error"), "{error}");
}

#[test]
fn failing_open_reads_the_half_open_handle() {
    // sqlite3_open writes a handle even when it fails; the wrapper reads the
    // message from it, then closes it (valgrind sees no leak in the example).
    let error = sqlite3_open(c"/nonexistent-directory/sub/db.sqlite").unwrap_err();
    assert_eq!(error.code(), Some(14));
    assert_eq!(error.message(), Some("unable to open database file"));
}

#[test]
fn strings_out_static_and_borrowed() {
    assert!(sqlite3_libversion().unwrap().to_bytes().starts_with(b"3."));
    let mut db = sqlite3_open(c":memory:").unwrap();
    assert!(exec(&db, c"SELECT * FROM nowhere").is_err());
    let message = sqlite3_errmsg(&mut db).unwrap();
    assert_eq!(message, c"no such table: nowhere");
}

#[test]
fn serialized_database_is_a_copy_freed_by_sqlite3_free() {
    let db = sqlite3_open(c":memory:").unwrap();
    exec(
        &db,
        c"CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (20), (22);",
    )
    .unwrap();
    let bytes = sqlite3_serialize(&db, c"main", 0).unwrap();
    assert!(bytes.starts_with(b"SQLite format 3\0"));
    // The copy is a database file: written out and opened, it holds the rows.
    let path = std::env::temp_dir().join(format!("ffi-serialize-{}.db", std::process::id()));
    std::fs::write(&path, &bytes).unwrap();
    let name = std::ffi::CString::new(path.to_str().unwrap()).unwrap();
    let copy = sqlite3_open(&name).unwrap();
    let mut stmt = sqlite3_prepare_v2(&copy, "SELECT sum(x) FROM t").unwrap();
    assert_eq!(sqlite3_step(&mut stmt), Ok(Step::Row));
    assert_eq!(sqlite3_column_int64(&stmt, 0), 42);
    drop(stmt);
    drop(copy);
    std::fs::remove_file(&path).unwrap();
    // An unknown schema: sqlite returns NULL.
    let error = sqlite3_serialize(&db, c"nowhere", 0).unwrap_err();
    assert_eq!(error.to_string(), "sqlite3_serialize: returned NULL");
}
