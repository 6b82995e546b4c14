//! Loaded blocks over our own shared libraries (built by `tests/build.rs`): a
//! v2 that adds a symbol v1 lacks (optional, and `has_<name>()`), loading from a
//! path (`unsafe fn load_from`), and a symbol version picked with `version`.
#![cfg(not(miri))] // Miri cannot dlopen.

use ffi_runtime::foreign;
use std::ffi::c_int;

fn fixture(name: &str) -> String {
    format!("{}/{name}", env!("FFI_DYN_FIXTURES"))
}

mod v1 {
    use super::*;

    // Named `lib-not-found`: this table is only ever loaded from a path.
    #[foreign(load = ["libffi-dyn-not-found.so"], unchecked)]
    unsafe extern "C" {
        pub fn dyn_version() -> c_int;
        pub fn dyn_add(a: c_int, b: c_int) -> c_int;
        #[ffi(optional)]
        pub fn dyn_added_in_v2() -> c_int;
    }
}

mod v2 {
    use super::*;

    #[foreign(load = ["libffi-dyn-not-found.so"], unchecked)]
    unsafe extern "C" {
        pub fn dyn_version() -> c_int;
        #[ffi(optional)]
        pub fn dyn_added_in_v2() -> c_int;
    }
}

mod versioned {
    use super::*;

    #[foreign(load = ["libffi-dyn-not-found.so"], unchecked)]
    unsafe extern "C" {
        #[ffi(version = "DYN_1")]
        #[link_name = "dyn_which"]
        pub fn dyn_which_v1() -> c_int;
        #[ffi(version = "DYN_2")]
        #[link_name = "dyn_which"]
        pub fn dyn_which_v2() -> c_int;
        #[link_name = "dyn_which"]
        pub fn dyn_which_default() -> c_int;
    }
}

#[test]
fn v1_lacks_what_v2_adds() {
    // SAFETY: our fixture, whose declarations are the ones above.
    let library = unsafe { v1::raw::load_from(&fixture("libdyn_v1.so")) }.unwrap();
    assert_eq!(library.path(), fixture("libdyn_v1.so"));
    assert_eq!(v1::dyn_version().unwrap(), 1);
    assert_eq!(v1::dyn_add(40, 2).unwrap(), 42);
    assert!(!v1::raw::has_dyn_added_in_v2());
    let error = v1::dyn_added_in_v2().unwrap_err();
    assert_eq!(
        error.to_string(),
        format!("dyn_added_in_v2: not in {}", fixture("libdyn_v1.so"))
    );
    // A second path is refused: the table is made once per process.
    // SAFETY: as above.
    let again = unsafe { v1::raw::load_from(&fixture("libdyn_v2.so")) }.unwrap_err();
    assert!(
        again
            .to_string()
            .ends_with("libdyn_v1.so already (it is made once per process)"),
        "{again}"
    );

    // SAFETY: as above.
    unsafe { v2::raw::load_from(&fixture("libdyn_v2.so")) }.unwrap();
    assert_eq!(v2::dyn_version().unwrap(), 2);
    assert!(v2::raw::has_dyn_added_in_v2());
    assert_eq!(v2::dyn_added_in_v2().unwrap(), 2);
}

#[test]
fn version_picks_the_symbol_version() {
    // SAFETY: our fixture.
    unsafe { versioned::raw::load_from(&fixture("libdyn_versioned.so")) }.unwrap();
    assert_eq!(versioned::dyn_which_v1().unwrap(), 1);
    assert_eq!(versioned::dyn_which_v2().unwrap(), 2);
    assert_eq!(versioned::dyn_which_default().unwrap(), 2);
}
