//! Checks on what C passes: NULL, alignment, lengths, UTF-8, overlap.
//!
//! Each check refuses with an `Err` what Rust can see is wrong; what it cannot
//! see (a dangling pointer, a length longer than the array) is the header's
//! contract with C.

use super::call::{Failure, Scope};
use super::types::CValue;

/// The memory one argument lends to the call, for [`disjoint`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Region {
    start: usize,
    bytes: usize,
    written: bool,
}

impl Region {
    /// No memory: a value argument.
    pub const NONE: Self = Self {
        start: 0,
        bytes: 0,
        written: false,
    };

    /// `bytes` bytes at address `start`, lent as `&mut` if `written`.
    #[must_use]
    #[inline]
    pub fn at(start: usize, bytes: usize, written: bool) -> Self {
        Self {
            start,
            bytes,
            written,
        }
    }

    fn overlaps(self, other: Self) -> bool {
        crate::callback_args::bytes_overlap(self.start, self.bytes, other.start, other.bytes)
    }
}

/// Refuses two arguments whose memory overlaps when either is lent as `&mut`:
/// the `&mut` would alias the other reference (C passing one buffer as input
/// and output, or one handle as `self` and as another parameter).
///
/// # Errors
///
/// [`INVALID_ARGUMENT`](super::INVALID_ARGUMENT) naming both parameters.
#[inline]
pub fn disjoint(regions: &[(Region, &'static str)]) -> Result<(), Failure> {
    for (index, &(first, first_name)) in regions.iter().enumerate() {
        for &(second, second_name) in &regions[index + 1..] {
            if (first.written || second.written) && first.overlaps(second) {
                return Err(Failure::overlapping(first_name, second_name));
            }
        }
    }
    Ok(())
}

/// A pointer argument: NULL is refused unless `nullable`, a misaligned pointer
/// always.
#[inline]
pub(super) fn pointer_arg<T>(
    pointer: *const T,
    nullable: bool,
    name: &'static str,
) -> Result<(), Failure> {
    if pointer.is_null() {
        if nullable {
            return Ok(());
        }
        return Err(Failure::null(name));
    }
    if !pointer.is_aligned() {
        return Err(Failure::misaligned(name));
    }
    Ok(())
}

/// The pointer and length of an array argument, checked: `(NULL, 0)` is empty,
/// NULL with a length, a misaligned pointer, or more bytes than an allocation
/// can hold are refused.
#[inline]
fn array<T>(
    pointer: *const T,
    length: usize,
    name: &'static str,
) -> Result<Option<*const T>, Failure> {
    if pointer.is_null() {
        if length == 0 {
            return Ok(None);
        }
        return Err(Failure::null_with_length(name, length));
    }
    if !pointer.is_aligned() {
        return Err(Failure::misaligned(name));
    }
    match length.checked_mul(size_of::<T>()) {
        Some(bytes) if isize::try_from(bytes).is_ok() => Ok(Some(pointer)),
        _ => Err(Failure::too_long(name, length)),
    }
}

/// `&[T]` from `(const T *name, size_t name_len)`.
///
/// # Safety
///
/// Unless NULL, `pointer` points to `length` values C does not write during
/// the call (the header's contract).
///
/// # Errors
///
/// See [`array`]'s checks.
#[inline]
pub unsafe fn slice_arg<'a, T: CValue>(
    pointer: *const T,
    length: usize,
    _: Scope<'a>,
    name: &'static str,
) -> Result<&'a [T], Failure> {
    Ok(match array(pointer, length, name)? {
        // SAFETY: non-NULL, aligned, at most `isize::MAX` bytes (checked), live
        // and unwritten for the call (the caller's promise); any bytes are a
        // valid `T` (`CValue`).
        Some(pointer) => unsafe { core::slice::from_raw_parts(pointer, length) },
        None => &[],
    })
}

/// `&mut [T]` from `(T *name, size_t name_len)`.
///
/// # Safety
///
/// Unless NULL, `pointer` points to `length` values nothing else reads or
/// writes during the call (the header's contract; other arguments are checked
/// by [`disjoint`]).
///
/// # Errors
///
/// See [`array`]'s checks.
#[inline]
pub unsafe fn slice_mut_arg<'a, T: CValue>(
    pointer: *mut T,
    length: usize,
    _: Scope<'a>,
    name: &'static str,
) -> Result<&'a mut [T], Failure> {
    Ok(match array(pointer.cast_const(), length, name)? {
        // SAFETY: as in `slice_arg`, and unaliased (the caller's promise).
        Some(pointer) => unsafe { core::slice::from_raw_parts_mut(pointer.cast_mut(), length) },
        None => &mut [],
    })
}

/// `&str` from `(const char *name, size_t name_len)`: UTF-8 is checked.
///
/// # Safety
///
/// As [`slice_arg`] for `length` bytes.
///
/// # Errors
///
/// See [`array`]'s checks, and invalid UTF-8 (with the offset of the first bad
/// byte).
#[inline]
pub unsafe fn str_arg<'a>(
    pointer: *const u8,
    length: usize,
    scope: Scope<'a>,
    name: &'static str,
) -> Result<&'a str, Failure> {
    // SAFETY: the caller's promise.
    let bytes = unsafe { slice_arg(pointer, length, scope, name) }?;
    core::str::from_utf8(bytes).map_err(|error| Failure::not_utf8(name, error.valid_up_to()))
}

/// A `&[T]` argument's region, for [`disjoint`].
#[inline]
#[must_use]
pub fn slice_region<T>(pointer: *const T, length: usize, written: bool) -> Region {
    Region::at(
        pointer.addr(),
        length.saturating_mul(size_of::<T>()),
        written,
    )
}
