//! zlib loaded at run time (`#[foreign(load = ["libz.so.1", "libz.so"])]`): the
//! same declarations as the linked zlib tests, the same safe wrappers, the same
//! results; a library that is not there, and functions it lacks, are `Err`s
//! naming the library and the symbol, never panics.
#![cfg(not(miri))] // Miri cannot dlopen.

use ffi_runtime::foreign;
use std::ffi::{c_int, c_ulong};

/// zlib, loaded: the first of these names that loads.
mod loaded {
    use super::*;

    #[foreign(load = ["libz.so.1", "libz.so"], zero)]
    unsafe extern "C" {
        #[ffi(unchecked)]
        pub fn compressBound(source_len: c_ulong) -> c_ulong;
        pub fn compress2(
            #[buffer(dest_len, initial = 64, max = 4194304, grow_on_code = -5)] dest: *mut u8,
            dest_len: *mut c_ulong,
            #[slice(source_len)] source: *const u8,
            source_len: c_ulong,
            level: c_int,
        ) -> c_int;
        pub fn uncompress(
            #[buffer(dest_len, initial = 16, max = 4194304, grow_on_code = -5)] dest: *mut u8,
            dest_len: *mut c_ulong,
            #[slice(source_len)] source: *const u8,
            source_len: c_ulong,
        ) -> c_int;
        /// Not in zlib: optional, so the load succeeds without it.
        #[ffi(optional, unchecked)]
        pub fn zlib_ng_only(x: c_int) -> c_int;
    }
}

/// The same, linked (through libz-sys, by reference).
mod linked {
    use super::*;

    #[foreign(sys = libz_sys, zero)]
    unsafe extern "C" {
        #[ffi(unchecked)]
        pub fn compressBound(source_len: c_ulong) -> c_ulong;
        pub fn compress2(
            #[buffer(dest_len, initial = 64, max = 4194304, grow_on_code = -5)] dest: *mut u8,
            dest_len: *mut c_ulong,
            #[slice(source_len)] source: *const u8,
            source_len: c_ulong,
            level: c_int,
        ) -> c_int;
        pub fn uncompress(
            #[buffer(dest_len, initial = 16, max = 4194304, grow_on_code = -5)] dest: *mut u8,
            dest_len: *mut c_ulong,
            #[slice(source_len)] source: *const u8,
            source_len: c_ulong,
        ) -> c_int;
    }
}

/// A library no machine has.
mod absent {
    use super::*;

    #[foreign(load = ["libffi-absent.so.1", "libffi-absent.so"], zero)]
    unsafe extern "C" {
        #[ffi(unchecked)]
        pub fn absent_version() -> c_int;
    }
}

#[test]
fn loaded_and_linked_give_the_same_results() {
    let text = b"the same block, loaded or linked ".repeat(50);
    for level in [1, 6, 9] {
        let packed = loaded::compress2(&text, level).unwrap();
        assert_eq!(packed, linked::compress2(&text, level).unwrap());
        assert_eq!(loaded::uncompress(&packed).unwrap(), text);
    }
    assert_eq!(
        loaded::compressBound(1000).unwrap(),
        linked::compressBound(1000)
    );
    let corrupt = loaded::uncompress(b"not zlib at all").unwrap_err();
    let same = linked::uncompress(b"not zlib at all").unwrap_err();
    assert_eq!(corrupt.code(), same.code());
    assert_eq!(corrupt.code(), Some(-3));
}

#[test]
fn the_table_is_loaded_once_and_names_the_file() {
    let library = loaded::raw::load().unwrap();
    assert!(library.path().contains("libz.so"), "{}", library.path());
    assert!(std::ptr::eq(library, loaded::raw::load().unwrap()));
    assert!(loaded::raw::has_compress2());
}

#[test]
fn an_optional_function_it_lacks_is_an_err_naming_it() {
    assert!(!loaded::raw::has_zlib_ng_only());
    let error = loaded::zlib_ng_only(1).unwrap_err();
    assert_eq!(error.function(), "zlib_ng_only");
    let text = error.to_string();
    assert!(text.starts_with("zlib_ng_only: not in /"), "{text}");
    assert!(text.contains("libz.so"), "{text}");
}

#[test]
fn a_library_that_is_not_there_is_an_err_listing_every_name() {
    let error = absent::absent_version().unwrap_err();
    let text = error.to_string();
    assert!(
        text.starts_with("absent_version: could not load the library; tried libffi-absent.so.1 ("),
        "{text}"
    );
    assert!(text.contains("libffi-absent.so ("), "{text}");
    assert!(absent::raw::load().is_err());
    assert!(!absent::raw::has_absent_version());
}

/// Separate tables, so that this test is their first use: 16 threads race the
/// first call of a loaded block's wrappers, half through a library that loads
/// and half through one that does not.
mod raced_good {
    use super::*;

    #[foreign(load = ["libz.so.1"], unchecked)]
    unsafe extern "C" {
        pub fn compressBound(source_len: c_ulong) -> c_ulong;
    }
}

mod raced_bad {
    use super::*;

    #[foreign(load = ["libffi-raced.so.1", "libffi-raced.so"], unchecked)]
    unsafe extern "C" {
        pub fn raced() -> c_int;
    }
}

#[test]
fn sixteen_threads_race_the_first_call() {
    let results: Vec<Result<c_ulong, String>> = std::thread::scope(|scope| {
        let threads: Vec<_> = (0..16)
            .map(|index| {
                scope.spawn(move || {
                    if index % 2 == 0 {
                        raced_good::compressBound(1000).map_err(|e| e.to_string())
                    } else {
                        raced_bad::raced().map(|_| 0).map_err(|e| e.to_string())
                    }
                })
            })
            .collect();
        threads
            .into_iter()
            .map(|thread| thread.join().unwrap())
            .collect()
    });
    let good: Vec<_> = results.iter().step_by(2).collect();
    let bad: Vec<_> = results.iter().skip(1).step_by(2).collect();
    assert!(
        good.iter()
            .all(|result| result.as_ref().is_ok_and(|bound| *bound > 1000))
    );
    let first = bad[0].as_ref().unwrap_err();
    assert!(
        first.starts_with("raced: could not load the library; tried libffi-raced.so.1 ("),
        "{first}"
    );
    assert!(first.contains("libffi-raced.so ("), "{first}");
    assert!(
        bad.iter()
            .all(|result| result.as_ref().unwrap_err() == first)
    );
}
