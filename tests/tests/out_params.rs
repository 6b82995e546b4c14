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
