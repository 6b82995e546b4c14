//! One copy of each C library in a binary that uses a -sys crate and a
//! `#[foreign(sys = ..)]` block over it: the block links nothing of its own, so
//! the library is either linked dynamically once (the system's, the default:
//! `libz.so.1` in NEEDED, `compress2` undefined here) or statically once
//! (`--features bundled`: one defined `compress2`, no NEEDED entry). Checked on
//! this test's own executable with `nm` and `readelf`, in whichever mode it was
//! built (`.ci/run` runs it in both).
#![cfg(not(miri))] // Miri cannot run nm.

use std::process::Command;

/// How many times `symbol` is defined in the executable, and whether it needs a
/// shared library whose name starts with `library`.
fn copies(symbol: &str, library: &str) -> (usize, bool) {
    let exe = std::env::current_exe().expect("the test's executable");
    let nm = Command::new("nm")
        .args(["--defined-only", "--format=posix"])
        .arg(&exe)
        .output()
        .expect("nm (binutils) runs");
    assert!(nm.status.success(), "nm failed");
    let defined = String::from_utf8_lossy(&nm.stdout)
        .lines()
        .filter(|line| line.split_whitespace().next() == Some(symbol))
        .count();
    let readelf = Command::new("readelf")
        .args(["-d", "--wide"])
        .arg(&exe)
        .output()
        .expect("readelf (binutils) runs");
    let needed = String::from_utf8_lossy(&readelf.stdout)
        .lines()
        .any(|line| line.contains("(NEEDED)") && line.contains(&format!("[{library}")));
    (defined, needed)
}

#[test]
fn zlib_is_in_the_binary_once() {
    // Used, so that it is linked.
    let packed = examples::zlib::compress(b"one copy", 9).unwrap();
    assert!(!packed.is_empty());
    let (defined, needed) = copies("compress2", "libz.so");
    assert_eq!(
        defined + usize::from(needed),
        1,
        "compress2 defined {defined} times, libz.so needed: {needed}"
    );
    assert_eq!(
        defined == 1,
        cfg!(feature = "bundled"),
        "static exactly with `bundled`"
    );
}

#[test]
fn sqlite_is_in_the_binary_once() {
    let db = examples::sqlite::sqlite3_open(c":memory:").unwrap();
    drop(db);
    let (defined, needed) = copies("sqlite3_open", "libsqlite3.so");
    assert_eq!(
        defined + usize::from(needed),
        1,
        "sqlite3_open defined {defined} times, libsqlite3.so needed: {needed}"
    );
    assert_eq!(
        defined == 1,
        cfg!(feature = "bundled"),
        "static exactly with `bundled`"
    );
}
