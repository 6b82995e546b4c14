//! The expansion must not depend on names the user can shadow: `core`, `std`,
//! `Result`, `Ok`, `Err`, `Option`, `Some`, `None`, `From`, `MaybeUninit`.
#![allow(dead_code, non_camel_case_types, clippy::upper_case_acronyms)]

mod core {}
mod std {}
struct Result;
struct Ok;
struct Err;
struct Option;
struct Some;
struct None;
struct From;
struct MaybeUninit;
struct NonNull;
struct CStr;
struct str;

mod fake {
    #[unsafe(no_mangle)]
    extern "C" fn hyg_twice(
        x: ::core::ffi::c_int,
        out: *mut ::core::ffi::c_int,
    ) -> ::core::ffi::c_int {
        if x < 0 {
            return -1;
        }
        // SAFETY: `out` points to the wrapper's MaybeUninit slot.
        unsafe { out.write(2 * x) };
        0
    }

    #[unsafe(no_mangle)]
    extern "C" fn hyg_len(text: *const ::core::ffi::c_char) -> usize {
        // SAFETY: the wrapper passes a live NUL-terminated string.
        unsafe { ::core::ffi::CStr::from_ptr(text) }
            .to_bytes()
            .len()
    }

    #[unsafe(no_mangle)]
    extern "C" fn hyg_pointer(x: ::core::ffi::c_int) -> *mut u8 {
        if x == 0 {
            ::core::ptr::null_mut()
        } else {
            ::core::ptr::NonNull::dangling().as_ptr()
        }
    }
}

#[ffi_runtime::foreign(errno)]
unsafe extern "C" {
    fn hyg_twice(x: ::core::ffi::c_int, #[out] out: *mut ::core::ffi::c_int) -> ::core::ffi::c_int;
    #[ffi(unchecked)]
    fn hyg_len(text: *const ::core::ffi::c_char) -> usize;
    #[ffi(unchecked)]
    #[link_name = "hyg_len"]
    fn hyg_str_len(#[str] text: *const ::core::ffi::c_char) -> usize;
    #[ffi(nonnull)]
    fn hyg_pointer(x: ::core::ffi::c_int) -> *mut u8;
}

/// A user parameter named like the expansion's locals does not collide with them.
mod shadowing_locals {
    mod fake {
        #[unsafe(no_mangle)]
        extern "C" fn hyg_locals(__ret: i32, __error: i32, __errno: i32, __value: i32) -> i32 {
            __ret + __error + __errno + __value
        }
    }

    #[ffi_runtime::foreign(neg_errno)]
    unsafe extern "C" {
        pub fn hyg_locals(__ret: i32, __error: i32, __errno: i32, __value: i32) -> i32;
    }

    /// Named like the `&str` conversion's locals: the constants would turn the
    /// conversion's patterns into constant patterns if they reached them.
    #[allow(non_upper_case_globals)]
    const __string: i32 = 7;
    #[allow(non_upper_case_globals)]
    const __position: usize = 7;

    mod strings {
        #[unsafe(no_mangle)]
        extern "C" fn hyg_two_strings(
            first: *const ::core::ffi::c_char,
            second: *const ::core::ffi::c_char,
        ) -> usize {
            // SAFETY: the wrapper passes two live NUL-terminated strings.
            let length = |text| unsafe { ::core::ffi::CStr::from_ptr(text) }.count_bytes();
            10 * length(first) + length(second)
        }
    }

    #[ffi_runtime::foreign(unchecked, raw = strings_raw)]
    unsafe extern "C" {
        pub fn hyg_two_strings(
            #[str] first: *const ::core::ffi::c_char,
            #[str] second: *const ::core::ffi::c_char,
        ) -> usize;
    }

    /// Parameters named like the slot and string locals.
    pub mod parameters {
        #[ffi_runtime::foreign(unchecked)]
        unsafe extern "C" {
            pub fn hyg_two_strings(
                #[str] __slot: *const ::core::ffi::c_char,
                #[str] __string: *const ::core::ffi::c_char,
            ) -> usize;
        }
    }
}

/// A loaded block next to items named like its raw module's locals (seen there
/// through `use super::*`), and a `str` of the user's.
mod loaded {
    #![allow(non_upper_case_globals)]
    const __wanted: i32 = 0;
    static __found: i32 = 0;
    const __names: i32 = 0;
    struct __library;
    struct str;

    #[ffi_runtime::foreign(load = ["libz.so.1", "libz.so"], zero)]
    unsafe extern "C" {
        #[ffi(unchecked)]
        pub fn compressBound(source_len: ::core::ffi::c_ulong) -> ::core::ffi::c_ulong;
    }
}

/// Miri cannot load a library: the loaded block is only compiled there.
#[test]
#[cfg(not(miri))]
fn loaded_block_ignores_shadowed_names() {
    assert!(loaded::raw::has_compressBound());
    assert!(loaded::compressBound(100).unwrap() >= 100);
}

#[test]
fn expansion_ignores_shadowed_names() {
    assert_eq!(hyg_twice(4).unwrap(), 8);
    assert!(hyg_twice(-1).is_err());
    assert_eq!(hyg_len(c"four"), 4);
    assert_eq!(hyg_str_len("five!").unwrap(), 5);
    assert!(hyg_pointer(0).is_err());
    assert!(hyg_pointer(1).is_ok());
    assert_eq!(shadowing_locals::hyg_locals(1, 2, 3, 4).unwrap(), 10);
    // Each string keeps its own slot: the second does not overwrite the first.
    assert_eq!(shadowing_locals::hyg_two_strings("abc", "de").unwrap(), 32);
    assert!(shadowing_locals::hyg_two_strings("a\0", "").is_err());
    assert_eq!(
        shadowing_locals::parameters::hyg_two_strings("abc", "de").unwrap(),
        32
    );
}
