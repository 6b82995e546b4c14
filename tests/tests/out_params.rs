//! `#[out]` parameters against Rust fakes: written on success, never read on
//! failure (Miri would flag reading the uninitialized slot), several at once.

use ffi_runtime::{Errno, foreign};
use std::ffi::c_int;

/// A C struct written through an out-parameter: integers only, so any bytes C
/// writes are a valid `Point`.
#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq, ffi_runtime::PointerFree, ffi_runtime::AnyBitPattern)]
pub struct Point {
    x: c_int,
    y: c_int,
}

mod fake {
    use super::Point;
    use ffi_runtime::Errno;
    use std::ffi::c_int;

    /// Writes `*out = seed` and returns 0, or fails with errno EINVAL without
    /// writing anything.
    #[unsafe(no_mangle)]
    extern "C" fn out_single(seed: c_int, out: *mut c_int) -> c_int {
        if seed < 0 {
            Errno::from_raw(libc::EINVAL).set_last();
            return -1;
        }
        // SAFETY: the wrapper passes a pointer to its own MaybeUninit slot.
        unsafe { out.write(seed) };
        0
    }

    #[unsafe(no_mangle)]
    extern "C" fn out_several(a: *mut Point, scale: c_int, b: *mut u64) -> c_int {
        if scale == 0 {
            return 5;
        }
        // SAFETY: both point to the wrapper's MaybeUninit slots.
        unsafe {
            a.write(Point {
                x: scale,
                y: -scale,
            });
            b.write(u64::from(scale.unsigned_abs()) << 40);
        }
        0
    }

    #[unsafe(no_mangle)]
    extern "C" fn out_pointer(out: *mut *mut c_int, fail: bool) -> c_int {
        if fail {
            return libc::ENOMEM;
        }
        // SAFETY: `out` points to the wrapper's MaybeUninit slot.
        unsafe { out.write(std::ptr::null_mut()) };
        0
    }

    #[unsafe(no_mangle)]
    extern "C" fn out_count(out: *mut usize) -> isize {
        // SAFETY: `out` points to the wrapper's MaybeUninit slot.
        unsafe { out.write(3) };
        9
    }
}

#[foreign(errno)]
unsafe extern "C" {
    fn out_single(seed: c_int, #[out] out: *mut c_int) -> c_int;
    #[ffi(zero)]
    fn out_several(#[out] a: *mut Point, scale: c_int, #[out] b: *mut u64) -> c_int;
    #[ffi(ret_errno)]
    fn out_pointer(#[out] out: *mut *mut c_int, fail: bool) -> c_int;
    #[ffi(neg_errno)]
    fn out_count(#[out] out: *mut usize) -> isize;
}

#[test]
fn single_out_is_the_ok_value() {
    assert_eq!(out_single(17).unwrap(), 17);
}

#[test]
fn unwritten_out_is_never_read_on_failure() {
    let error = out_single(-1).unwrap_err();
    assert_eq!(error.errno(), Some(Errno::from_raw(libc::EINVAL)));
}

#[test]
fn several_outs_come_back_in_order() {
    let (point, wide) = out_several(3).unwrap();
    assert_eq!(point, Point { x: 3, y: -3 });
    assert_eq!(wide, 3 << 40);
    assert_eq!(out_several(0).unwrap_err().code(), Some(5));
}

#[test]
fn pointer_out_with_ret_errno() {
    assert!(out_pointer(false).unwrap().is_null());
    let error = out_pointer(true).unwrap_err();
    assert_eq!(error.errno(), Some(Errno::from_raw(libc::ENOMEM)));
}

#[test]
fn out_replaces_the_return_value() {
    assert_eq!(out_count().unwrap(), 3);
}

/// `#[out(on_failure)]`: values C writes when it fails (`pcre2_compile`'s error
/// code and offset) travel in the error, `Failed<V>`.
mod on_failure {
    use ffi_runtime::{Error, Failed, foreign};
    use std::ffi::{c_char, c_int};

    mod fake {
        use std::ffi::{c_char, c_int};

        /// Like `pcre2_compile`: NULL on failure, with an error code and the
        /// offset of the first `!` written; a non-NULL "pattern" otherwise (the
        /// slots then left alone).
        #[unsafe(no_mangle)]
        extern "C" fn fo_compile(
            pattern: *const c_char,
            code: *mut c_int,
            offset: *mut usize,
        ) -> *const c_char {
            // SAFETY: the wrapper passes a C string.
            let text = unsafe { std::ffi::CStr::from_ptr(pattern) }.to_bytes();
            match text.iter().position(|&byte| byte == b'!') {
                Some(at) => {
                    // SAFETY: the wrapper's slots.
                    unsafe {
                        code.write(101);
                        offset.write(at);
                    }
                    std::ptr::null()
                }
                None => pattern,
            }
        }
    }

    #[foreign(nonnull)]
    unsafe extern "C" {
        fn fo_compile(
            #[str] pattern: *const c_char,
            #[out(on_failure)] code: *mut c_int,
            #[out(on_failure)] offset: *mut usize,
        ) -> *const c_char;
    }

    #[test]
    fn the_error_carries_what_c_wrote() {
        let failed: Failed<(c_int, usize)> = fo_compile("ab!c").unwrap_err();
        assert_eq!(failed.values(), Some(&(101, 2)));
        assert_eq!(failed.function(), "fo_compile");
        assert!(fo_compile("abc").is_ok());
    }

    #[test]
    fn an_error_c_did_not_report_has_no_values() {
        let failed = fo_compile("a\0b").unwrap_err();
        assert_eq!(failed.values(), None);
        // `?` into an `Error` drops the values.
        let error: Error = failed.into();
        assert!(error.to_string().contains("NUL"), "{error}");
    }
}
