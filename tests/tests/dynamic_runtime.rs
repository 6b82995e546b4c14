//! `ffi_runtime::dynamic`, the platform layer of loaded blocks, on real
//! libraries: name fallback (a linker-script `libc.so`, a missing `-dev`
//! symlink), every missing symbol reported with the loaded path (sqlite 3.40
//! lacks two newer functions), optional symbols, glibc symbol versions, a
//! library whose constructor runs at load, and 16 threads racing one load.
#![cfg(not(miri))] // Miri cannot dlopen.

use ffi_runtime::dynamic::{Library, LoadError, Wanted};
use std::ffi::{CStr, c_int, c_ulong, c_void};
use std::sync::OnceLock;

fn fixture(name: &str) -> String {
    format!("{}/{name}", env!("FFI_DYN_FIXTURES"))
}

fn wanted(name: &'static CStr) -> Wanted {
    Wanted {
        name,
        version: None,
        optional: false,
    }
}

#[test]
fn a_linker_script_name_falls_back_to_the_next() {
    // SAFETY: libc is already loaded in this process; loading it runs nothing new.
    let library = unsafe { Library::open_first(&["libc.so", "libc.so.6"]) }.unwrap();
    assert!(library.path().ends_with("libc.so.6"), "{}", library.path());
    let found = library.resolve(&[wanted(c"getpid")]).unwrap();
    // SAFETY: glibc's getpid, as declared.
    let getpid: extern "C" fn() -> c_int = unsafe { std::mem::transmute(found[0].unwrap()) };
    assert_eq!(u32::try_from(getpid()).unwrap(), std::process::id());
}

#[test]
fn the_error_lists_every_name_with_its_dlerror() {
    let path = "/usr/lib/x86_64-linux-gnu/libc.so";
    // SAFETY: none of these loads.
    let error = unsafe { Library::open_first(&["libffi-nonexistent.so.9", path]) }.unwrap_err();
    let LoadError::NotFound { tried } = &error else {
        panic!("{error}")
    };
    assert_eq!(tried.len(), 2);
    assert!(
        tried[0].1.contains("cannot open shared object file"),
        "{}",
        tried[0].1
    );
    if std::path::Path::new(path).exists() {
        assert!(tried[1].1.contains("invalid ELF header"), "{}", tried[1].1);
    }
    let text = error.to_string();
    assert!(
        text.starts_with("could not load the library; tried libffi-nonexistent.so.9 ("),
        "{text}"
    );
}

#[test]
fn zlib_by_its_soname() {
    // SAFETY: the system's zlib; its initializers do nothing of note.
    let library = unsafe { Library::open_first(&["libz.so.1", "libz.so"]) }.unwrap();
    let found = library.resolve(&[wanted(c"compressBound")]).unwrap();
    // SAFETY: zlib's `uLong compressBound(uLong)`.
    let bound: unsafe extern "C" fn(c_ulong) -> c_ulong =
        unsafe { std::mem::transmute(found[0].unwrap()) };
    // SAFETY: a length in, a length out.
    assert!(unsafe { bound(1000) } > 1000);
}

#[test]
fn every_missing_symbol_is_listed_with_the_loaded_path() {
    // SAFETY: the system's sqlite.
    let library = unsafe { Library::open_first(&["libsqlite3.so.0"]) }.unwrap();
    let newer = [
        wanted(c"sqlite3_libversion"),
        wanted(c"sqlite3_is_interrupted"),
        wanted(c"sqlite3_stmt_explain"),
    ];
    let error = library.resolve(&newer).unwrap_err();
    let LoadError::Missing {
        library: path,
        symbols,
    } = &error
    else {
        panic!("{error}")
    };
    assert!(path.contains("libsqlite3.so"), "{path}");
    assert!(path.starts_with('/'), "the file actually loaded: {path}");
    // sqlite 3.40.1 here: both are newer (3.41, 3.43). A newer system sqlite
    // has them, and the list is shorter.
    for symbol in symbols {
        assert!(["sqlite3_is_interrupted", "sqlite3_stmt_explain"].contains(&symbol.as_str()));
    }
    assert!(!symbols.is_empty(), "this machine's sqlite has both");
    // Optional: the load succeeds, and they are absent.
    let optional = newer.map(|symbol| Wanted {
        optional: symbol.name != c"sqlite3_libversion",
        ..symbol
    });
    let found = library.resolve(&optional).unwrap();
    assert!(found[0].is_some());
    assert_eq!(
        found[1..]
            .iter()
            .filter(|address| address.is_none())
            .count(),
        symbols.len()
    );
}

#[test]
fn v2_adds_a_symbol_v1_lacks() {
    // SAFETY: our fixtures; their initializers do nothing.
    let v1 = unsafe { Library::open_first(&[&fixture("libdyn_v1.so")]) }.unwrap();
    // SAFETY: as above.
    let v2 = unsafe { Library::open_first(&[&fixture("libdyn_v2.so")]) }.unwrap();
    let wanted_v2 = [wanted(c"dyn_version"), wanted(c"dyn_added_in_v2")];
    assert_eq!(
        v1.resolve(&wanted_v2).unwrap_err(),
        LoadError::Missing {
            library: fixture("libdyn_v1.so"),
            symbols: vec!["dyn_added_in_v2".to_owned()]
        }
    );
    let found = v2.resolve(&wanted_v2).unwrap();
    // SAFETY: `int dyn_version(void)`.
    let version: unsafe extern "C" fn() -> c_int =
        unsafe { std::mem::transmute(found[0].unwrap()) };
    // SAFETY: takes nothing.
    assert_eq!(unsafe { version() }, 2);
}

#[test]
fn loading_runs_the_constructor() {
    assert!(std::env::var_os("FFI_DYN_CTOR_RAN").is_none());
    // SAFETY: our fixture's constructor only sets an environment variable, and
    // no other test reads or writes the environment.
    let library = unsafe { Library::open_first(&[&fixture("libdyn_ctor.so")]) }.unwrap();
    assert_eq!(std::env::var("FFI_DYN_CTOR_RAN").as_deref(), Ok("1"));
    assert!(library.resolve(&[wanted(c"dyn_ctor_present")]).is_ok());
}

#[test]
fn versioned_symbols_through_dlvsym() {
    // SAFETY: our fixture.
    let library = unsafe { Library::open_first(&[&fixture("libdyn_versioned.so")]) }.unwrap();
    let call = |address: *mut c_void| {
        // SAFETY: `int dyn_which(void)` in either version.
        let which: unsafe extern "C" fn() -> c_int = unsafe { std::mem::transmute(address) };
        // SAFETY: takes nothing.
        unsafe { which() }
    };
    let at = |version: Option<&'static CStr>| {
        library.resolve(&[Wanted {
            name: c"dyn_which",
            version,
            optional: false,
        }])
    };
    assert_eq!(
        call(at(None).unwrap()[0].unwrap()),
        2,
        "the default version"
    );
    assert_eq!(call(at(Some(c"DYN_1")).unwrap()[0].unwrap()), 1);
    assert_eq!(call(at(Some(c"DYN_2")).unwrap()[0].unwrap()), 2);
    assert!(at(Some(c"DYN_3")).is_err());
    // glibc's dlvsym crashes on an empty version: never asked (red team).
    assert!(at(Some(c"")).is_err());
}

/// 16 threads race the first use of two process-wide tables (as generated code
/// holds them): one that loads, one whose load fails. Every thread sees the
/// same library and the same, whole error.
#[test]
fn sixteen_threads_race_the_first_load() {
    static GOOD: OnceLock<Result<&'static Library, LoadError>> = OnceLock::new();
    static BAD: OnceLock<Result<&'static Library, LoadError>> = OnceLock::new();
    let seen: Vec<(usize, String)> = std::thread::scope(|scope| {
        let threads: Vec<_> = (0..16)
            .map(|index| {
                scope.spawn(move || {
                    let table = if index % 2 == 0 { &GOOD } else { &BAD };
                    let names: &[&str] = if index % 2 == 0 {
                        &["libz.so.1"]
                    } else {
                        &["libffi-missing.so.1", "libffi-missing.so"]
                    };
                    // SAFETY: zlib, or nothing that loads.
                    let result = table.get_or_init(|| unsafe { Library::open_first(names) });
                    match result {
                        Ok(library) => (std::ptr::from_ref(*library).addr(), String::new()),
                        Err(error) => (0, error.to_string()),
                    }
                })
            })
            .collect();
        threads
            .into_iter()
            .map(|thread| thread.join().unwrap())
            .collect()
    });
    let good: Vec<_> = seen.iter().step_by(2).collect();
    let bad: Vec<_> = seen.iter().skip(1).step_by(2).collect();
    assert!(
        good.iter()
            .all(|(address, _)| *address != 0 && *address == good[0].0)
    );
    assert!(bad.iter().all(|(_, text)| text == &bad[0].1));
    assert!(
        bad[0].1.contains("libffi-missing.so.1 (") && bad[0].1.contains("libffi-missing.so ("),
        "{}",
        bad[0].1
    );
}
