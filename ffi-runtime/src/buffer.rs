//! Caller-allocated output buffers: the buffer a wrapper hands to C, its bounded
//! growth when C says it is too small, and the C string read back from it.

use crate::Errno;
use crate::error::{Error, Kind, Site};
use core::ffi::c_int;
use std::ffi::CString;

/// A buffer of `capacity` default (zero) elements: initialized, so that reading it
/// back never reads memory C did not write.
#[must_use]
pub fn zeroed_buffer<T: Default + Clone>(capacity: usize) -> Vec<T> {
    vec![T::default(); capacity]
}

/// Grows `capacity` to the count C asked for through an in/out length
/// (`getgrouplist`'s `ngroups`), when that is more than it had and at most `max`.
pub fn grow_to(capacity: &mut usize, needed: Option<usize>, max: usize) -> bool {
    match needed {
        Some(needed) if needed > *capacity && needed <= max => {
            *capacity = needed;
            true
        }
        _ => false,
    }
}

/// Doubles `capacity` up to `max`; `false` when it is already `max`.
pub fn grow(capacity: &mut usize, max: usize) -> bool {
    if *capacity >= max {
        return false;
    }
    *capacity = capacity.saturating_mul(2).min(max);
    true
}

/// Whether `error` is the "buffer too small" errno, and the buffer could grow.
pub fn should_grow(error: &Error, too_small: c_int, capacity: &mut usize, max: usize) -> bool {
    error.errno() == Some(Errno::from_raw(too_small)) && grow(capacity, max)
}

/// Whether `error` carries the "buffer too small" status code (zlib's
/// `Z_BUF_ERROR`), and the buffer could grow.
pub fn should_grow_code(error: &Error, too_small: i64, capacity: &mut usize, max: usize) -> bool {
    error.code() == Some(too_small) && grow(capacity, max)
}

/// The first `written` bytes of `buffer`, as C reported through an in/out
/// length; `None` when C claims more than the buffer holds.
#[must_use]
pub fn written_bytes<T>(mut buffer: Vec<T>, written: usize) -> Option<Vec<T>> {
    if written > buffer.len() {
        return None;
    }
    buffer.truncate(written);
    Some(buffer)
}

/// The C string C wrote into `buffer`: the bytes before the first NUL; `None`
/// when there is no NUL (C filled the buffer: truncated).
#[must_use]
pub fn buffer_string(mut buffer: Vec<u8>) -> Option<CString> {
    let end = buffer.iter().position(|&byte| byte == 0)?;
    buffer.truncate(end);
    CString::new(buffer).ok()
}

/// The result did not fit even in the largest buffer allowed.
#[cold]
#[inline(never)]
#[must_use]
pub fn truncated_error(site: &'static Site, parameter: &'static str, max: usize) -> Error {
    Error::new(site, Kind::Argument, 0).with_message(
        format!("the result written to `{parameter}` does not fit in {max} bytes").into_boxed_str(),
    )
}

#[cfg(test)]
mod tests {
    use super::{buffer_string, grow};

    #[test]
    fn growth_is_bounded() {
        let mut capacity = 3;
        assert!(grow(&mut capacity, 10));
        assert_eq!(capacity, 6);
        assert!(grow(&mut capacity, 10));
        assert_eq!(capacity, 10);
        assert!(!grow(&mut capacity, 10));
    }

    #[test]
    fn strings_end_at_the_first_nul() {
        assert_eq!(
            buffer_string(b"abc\0def\0".to_vec()).unwrap().as_bytes(),
            b"abc"
        );
        assert_eq!(buffer_string(b"\0".to_vec()).unwrap().as_bytes(), b"");
        assert!(buffer_string(b"full".to_vec()).is_none());
    }
}
