//! What a trampoline makes of the arguments C passes to a callback when the
//! binding annotated them (`#[slice(len)]`, `#[cstr]`, `#[fill(N)]` inside the
//! callback's type): views the closure can use without `unsafe`.
//!
//! Every function here runs inside the runtime's panic guard (the trampoline
//! calls it from the body it hands to [`Scoped::call`](crate::__private::Scoped)
//! and the like): an argument that breaks the annotation (NULL for a length
//! that is not 0, a negative length, a count larger than the buffer) panics
//! with a message naming the callback, and the callback answers as after any
//! panic, so nothing invalid is built and nothing unwinds into C.

use crate::__private::{AnyBitPattern, CallbackSite, Length, PointerFree};
use core::ffi::{CStr, c_char};

/// `#[slice(len)] p: *const T`: the `len` elements C passes.
///
/// # Safety
/// Unless `pointer` is NULL, it points to `length` initialized `T`s that C
/// does not change while the returned slice is used (the closure's call).
#[inline]
#[must_use]
pub unsafe fn callback_slice<'a, T: AnyBitPattern, L: Length>(
    pointer: *const T,
    length: L,
    site: &'static CallbackSite,
    argument: &'static str,
) -> &'a [T] {
    let length = checked_length::<T, L>(pointer.is_null(), length, site, argument);
    if length == 0 {
        return &[];
    }
    // SAFETY: non-NULL (checked above for a non-zero length) and `length`
    // elements long by the caller's promise; the byte size fits in `isize`
    // (`checked_length`); `T: AnyBitPattern`, so whatever C wrote is a `T`.
    unsafe { core::slice::from_raw_parts(pointer, length) }
}

/// `#[slice(len)] p: *mut T`: the `len` elements C lends for the closure to
/// read and write.
///
/// # Safety
/// As for [`callback_slice`], and nothing else reads or writes the elements
/// while the returned slice is used.
#[inline]
#[must_use]
pub unsafe fn callback_slice_mut<'a, T: AnyBitPattern + PointerFree, L: Length>(
    pointer: *mut T,
    length: L,
    site: &'static CallbackSite,
    argument: &'static str,
) -> &'a mut [T] {
    let length = checked_length::<T, L>(pointer.is_null(), length, site, argument);
    if length == 0 {
        return &mut [];
    }
    // SAFETY: as in `callback_slice`, and exclusive by the caller's promise;
    // `T: PointerFree`, so what the closure writes gives C no pointer.
    unsafe { core::slice::from_raw_parts_mut(pointer, length) }
}

/// The length as a `usize` no larger than a slice of `T` can be; panics
/// (inside the guard) otherwise, or for NULL with elements.
fn checked_length<T, L: Length>(
    null: bool,
    length: L,
    site: &'static CallbackSite,
    argument: &'static str,
) -> usize {
    let Some(length) = length.to_usize() else {
        bad_argument(site, argument, "a negative or oversized length")
    };
    if crate::__private::array_length::<T>(length).is_none() {
        bad_argument(site, argument, "a length no array can have");
    }
    if null && length != 0 {
        bad_argument(site, argument, "NULL with a length that is not 0");
    }
    length
}

/// Two `#[slice]` arguments of one call, one of them lent as `&mut`: C passing
/// overlapping arrays (an in-place buffer as both input and output) would make
/// the `&mut` alias the other view, so it panics (inside the guard) instead.
/// Lengths that do not convert are left to the views, which refuse them.
#[inline]
pub fn callback_disjoint<A, B, LA: Length, LB: Length>(
    first: *const A,
    first_length: LA,
    second: *const B,
    second_length: LB,
    site: &'static CallbackSite,
    argument: &'static str,
) {
    let bytes = |length: Option<usize>, size: usize| length.and_then(|n| n.checked_mul(size));
    let (Some(first_bytes), Some(second_bytes)) = (
        bytes(first_length.to_usize(), size_of::<A>()),
        bytes(second_length.to_usize(), size_of::<B>()),
    ) else {
        return;
    };
    if bytes_overlap(first.addr(), first_bytes, second.addr(), second_bytes) {
        bad_argument(site, argument, "an array overlapping another argument's");
    }
}

/// Whether `[start, start + bytes)` and `[other, other + other_bytes)` share a
/// byte (empty ranges share none). Also the overlap check of exported calls.
#[inline]
pub(crate) fn bytes_overlap(start: usize, bytes: usize, other: usize, other_bytes: usize) -> bool {
    bytes != 0
        && other_bytes != 0
        && start < other.saturating_add(other_bytes)
        && other < start.saturating_add(bytes)
}

/// `#[cstr] p: *const c_char`: the string up to its NUL.
///
/// # Safety
/// Unless `pointer` is NULL, it points to a NUL-terminated string that C does
/// not change while the returned reference is used.
#[inline]
#[must_use]
pub unsafe fn callback_cstr<'a>(
    pointer: *const c_char,
    site: &'static CallbackSite,
    argument: &'static str,
) -> &'a CStr {
    if pointer.is_null() {
        bad_argument(site, argument, "NULL for a string");
    }
    // SAFETY: not NULL, and NUL-terminated by the caller's promise.
    unsafe { CStr::from_ptr(pointer) }
}

/// `#[cstr] #[nullable] p: *const c_char`: `None` for NULL.
///
/// # Safety
/// As for [`callback_cstr`].
#[inline]
#[must_use]
pub unsafe fn callback_cstr_nullable<'a>(pointer: *const c_char) -> Option<&'a CStr> {
    // SAFETY: not NULL, and NUL-terminated by the caller's promise.
    (!pointer.is_null()).then(|| unsafe { CStr::from_ptr(pointer) })
}

/// The closure of a callback with a `#[fill(N)]` argument, and the buffer it
/// fills: C reads the buffer after the call (until it calls again), so the
/// buffer lives in the callback's state, not in the trampoline's frame.
pub struct Filling<F> {
    closure: F,
    buffer: Box<[u8]>,
}

impl<F> Filling<F> {
    /// `closure`, with a zeroed buffer of `capacity` bytes.
    pub fn new(closure: F, capacity: usize) -> Self {
        Filling {
            closure,
            buffer: vec![0; capacity].into_boxed_slice(),
        }
    }

    /// The closure and the buffer it fills.
    #[inline]
    pub fn parts(&mut self) -> (&mut F, &mut [u8]) {
        (&mut self.closure, &mut self.buffer)
    }

    /// After the closure filled `count` bytes: writes the buffer's address to
    /// `*out` for C to read them, and returns `count`. A negative count (an
    /// error code) is returned as it is, and nothing is written. A count larger
    /// than the buffer panics: C would read past its end.
    ///
    /// # Safety
    /// `out` is NULL (which panics) or valid for one write of a pointer.
    #[inline]
    pub unsafe fn lend<R: Length + crate::__private::IntReturn, T>(
        &self,
        count: R,
        out: *mut *const T,
        site: &'static CallbackSite,
        argument: &'static str,
    ) -> R {
        if out.is_null() {
            bad_argument(site, argument, "NULL");
        }
        match count.to_usize() {
            Some(filled) if filled <= self.buffer.len() => {
                // SAFETY: the caller promises `out` can be written.
                unsafe { out.write(self.buffer.as_ptr().cast()) };
                count
            }
            None if count.to_code() < 0 => count,
            _ => bad_argument(site, argument, "a count larger than the buffer"),
        }
    }
}

#[cold]
#[track_caller]
fn bad_argument(site: &'static CallbackSite, argument: &str, what: &str) -> ! {
    panic!(
        "callback `{}` of `{}`: C passed {what} for `{argument}`",
        site.callback, site.function
    )
}
