//! glibc's `qsort_r` with a capturing closure as its comparator, and the safe
//! `sort_by` a user writes on top of it (the element size is a promise only
//! Rust's type system can keep, so the binding itself is `#[ffi(unsafe)]`).

use ffi_runtime::foreign;
use std::cmp::Ordering;
use std::ffi::{c_int, c_void};

#[foreign]
unsafe extern "C" {
    /// Sorts `count` elements of `size` bytes at `base`; the comparator may
    /// capture, and its panic resumes after `qsort_r` returns (C sees "equal").
    #[ffi(unsafe)]
    pub fn qsort_r(
        base: *mut c_void,
        count: usize,
        size: usize,
        #[callback(data, on_panic = 0)] compare: extern "C" fn(
            a: *const c_void,
            b: *const c_void,
            data: *mut c_void,
        ) -> c_int,
        data: *mut c_void,
    );
    /// Plain `qsort`: no user-data slot, so only a non-capturing `extern "C" fn`.
    #[ffi(unsafe)]
    pub fn qsort(
        base: *mut c_void,
        count: usize,
        size: usize,
        compare: extern "C" fn(a: *const c_void, b: *const c_void) -> c_int,
    );
}

/// Sorts `items` with `qsort_r` and a closure.
pub fn sort_by<T, F: FnMut(&T, &T) -> Ordering>(items: &mut [T], mut compare: F) {
    let (base, count) = (items.as_mut_ptr().cast::<c_void>(), items.len());
    // SAFETY: `base`, `count` and `size_of::<T>()` describe `items` exactly;
    // qsort_r only permutes them (bitwise moves, never duplicating or dropping,
    // since it always completes: a panic does not unwind through it), and hands
    // the comparator pointers to elements of `items`, valid as `&T` for the call.
    unsafe {
        qsort_r(base, count, size_of::<T>(), |a, b| {
            compare(&*a.cast::<T>(), &*b.cast::<T>()) as c_int
        });
    }
}
