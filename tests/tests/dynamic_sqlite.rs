//! sqlite 3.40.1, loaded: it lacks `sqlite3_is_interrupted` (3.41) and
//! `sqlite3_stmt_explain` (3.43). Declared `optional`, the load succeeds and
//! their wrappers return `Err`; declared required, the load fails and the error
//! lists both, with the path of the library that loaded.
#![cfg(not(miri))] // Miri cannot dlopen.

use ffi_runtime::foreign;
use std::ffi::{c_char, c_int, c_void};

mod optional {
    use super::*;

    #[foreign(load = ["libsqlite3.so.0", "libsqlite3.so"])]
    unsafe extern "C" {
        #[ffi(nonnull, string = static)]
        pub fn sqlite3_libversion() -> *const c_char;
        #[ffi(optional, unsafe, unchecked)]
        pub fn sqlite3_is_interrupted(db: *mut c_void) -> c_int;
        #[ffi(optional, unsafe, unchecked)]
        pub fn sqlite3_stmt_explain(stmt: *mut c_void, mode: c_int) -> c_int;
    }
}

mod required {
    use super::*;

    #[foreign(load = ["libsqlite3.so.0", "libsqlite3.so"])]
    unsafe extern "C" {
        #[ffi(nonnull, string = static)]
        pub fn sqlite3_libversion() -> *const c_char;
        #[ffi(unsafe, unchecked)]
        pub fn sqlite3_is_interrupted(db: *mut c_void) -> c_int;
        #[ffi(unsafe, unchecked)]
        pub fn sqlite3_stmt_explain(stmt: *mut c_void, mode: c_int) -> c_int;
    }
}

/// Whether this machine's sqlite is older than 3.41 (Debian 12 has 3.40.1).
fn old_sqlite() -> bool {
    let version = optional::sqlite3_libversion()
        .unwrap()
        .to_str()
        .unwrap()
        .to_owned();
    let minor: u32 = version.split('.').nth(1).unwrap().parse().unwrap();
    minor < 41
}

#[test]
fn optional_functions_it_lacks_are_errs() {
    assert!(optional::raw::load().is_ok());
    if !old_sqlite() {
        return; // a newer sqlite has both: nothing is missing
    }
    assert!(!optional::raw::has_sqlite3_is_interrupted());
    assert!(!optional::raw::has_sqlite3_stmt_explain());
    // SAFETY: never called: the symbol is missing, and the wrapper says so first.
    let error = unsafe { optional::sqlite3_is_interrupted(std::ptr::null_mut()) }.unwrap_err();
    assert!(
        error
            .to_string()
            .starts_with("sqlite3_is_interrupted: not in /"),
        "{error}"
    );
}

#[test]
fn required_functions_it_lacks_fail_the_load_listing_both() {
    if !old_sqlite() {
        return;
    }
    let error = required::raw::load().unwrap_err();
    let text = error.to_string();
    assert!(text.contains("libsqlite3.so"), "{text}");
    assert!(
        text.ends_with("lacks 2 required symbols: sqlite3_is_interrupted, sqlite3_stmt_explain"),
        "{text}"
    );
    // Every wrapper of the block reports it, even one whose symbol is there.
    let version = required::sqlite3_libversion().unwrap_err();
    assert!(
        version.to_string().starts_with("sqlite3_libversion: /"),
        "{version}"
    );
}
