//! `&str` arguments for C strings, without a heap allocation when they are short.

use core::ffi::c_char;
use std::ffi::CString;

/// How long a string may be (without its NUL) and still be copied on the stack.
pub const STACK_CAPACITY: usize = 255;

/// A `&str` made NUL-terminated for one C call: copied into a stack buffer when it
/// is shorter than [`STACK_CAPACITY`] bytes, into a `CString` otherwise. The wrapper
/// keeps it in a local until the call returns, so the pointer never dangles.
#[doc(hidden)]
#[allow(clippy::large_enum_variant)] // the in-place buffer is the point: no heap
pub enum StrArg {
    /// The bytes and a NUL, in place.
    Stack([u8; STACK_CAPACITY + 1]),
    /// Too long for the stack buffer.
    Heap(CString),
}

impl StrArg {
    /// The argument for `text`, or the index of the first NUL byte in it (C would
    /// see the string end there, so it is refused, never truncated).
    ///
    /// # Errors
    ///
    /// The position of an interior NUL byte.
    #[inline]
    pub fn new(text: &str) -> Result<StrArg, usize> {
        let bytes = text.as_bytes();
        if let Some(position) = bytes.iter().position(|&byte| byte == 0) {
            return Err(position);
        }
        if bytes.len() <= STACK_CAPACITY {
            let mut buffer = [0u8; STACK_CAPACITY + 1];
            buffer[..bytes.len()].copy_from_slice(bytes);
            return Ok(StrArg::Stack(buffer));
        }
        CString::new(bytes)
            .map(StrArg::Heap)
            .map_err(|error| error.nul_position())
    }

    /// The NUL-terminated string, valid while `self` lives.
    #[inline]
    #[must_use]
    pub fn as_ptr(&self) -> *const c_char {
        match self {
            StrArg::Stack(buffer) => buffer.as_ptr().cast(),
            StrArg::Heap(string) => string.as_ptr(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{STACK_CAPACITY, StrArg};
    use std::ffi::CStr;

    fn round_trip(text: &str) -> String {
        let argument = StrArg::new(text).unwrap();
        // SAFETY: the pointer is NUL-terminated and valid while `argument` lives.
        unsafe { CStr::from_ptr(argument.as_ptr()) }
            .to_str()
            .unwrap()
            .to_owned()
    }

    #[test]
    fn short_and_long_strings_round_trip() {
        assert_eq!(round_trip(""), "");
        assert_eq!(round_trip("héllo"), "héllo");
        let exact = "x".repeat(STACK_CAPACITY);
        assert!(matches!(StrArg::new(&exact), Ok(StrArg::Stack(_))));
        assert_eq!(round_trip(&exact), exact);
        let long = "y".repeat(STACK_CAPACITY + 1);
        assert!(matches!(StrArg::new(&long), Ok(StrArg::Heap(_))));
        assert_eq!(round_trip(&long), long);
    }

    #[test]
    fn interior_nul_is_refused_with_its_position() {
        assert_eq!(StrArg::new("ab\0c").err(), Some(2));
        let long = format!("{}\0", "z".repeat(400));
        assert_eq!(StrArg::new(&long).err(), Some(400));
    }
}
