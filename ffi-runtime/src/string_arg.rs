//! `&str` arguments for C strings, without a heap allocation when they are short.

use core::ffi::c_char;
use core::mem::MaybeUninit;
use std::ffi::CString;

/// How long a string may be (without its NUL) and still be copied on the stack.
pub const STACK_CAPACITY: usize = 255;

/// Room for one `&str` argument made NUL-terminated for a C call: a stack buffer
/// for strings of up to [`STACK_CAPACITY`] bytes, a `CString` for longer ones. The
/// wrapper declares it as a local (nothing is initialized until `set`), so the
/// pointer `set` returns stays valid until the wrapper returns, after the call.
#[doc(hidden)]
pub struct StrArg {
    stack: MaybeUninit<[u8; STACK_CAPACITY + 1]>,
    heap: Option<CString>,
}

impl StrArg {
    /// An empty slot; costs nothing.
    #[inline]
    #[must_use]
    pub const fn new() -> StrArg {
        StrArg {
            stack: MaybeUninit::uninit(),
            heap: None,
        }
    }

    /// Copies `text` and a NUL into the slot and returns the C string, valid while
    /// the slot lives and is not set again. A NUL inside `text` is refused with its
    /// position (C would see the string end there): never truncated.
    ///
    /// # Errors
    ///
    /// The position of the first NUL byte in `text`.
    #[inline]
    pub fn set(&mut self, text: &str) -> Result<*const c_char, usize> {
        let bytes = text.as_bytes();
        if bytes.len() > STACK_CAPACITY {
            let string = CString::new(bytes).map_err(|error| error.nul_position())?;
            return Ok(self.heap.insert(string).as_ptr());
        }
        // `contains` on bytes is a vectorized memchr; the position is only needed
        // on the (cold) error path.
        if bytes.contains(&0) {
            return Err(bytes.iter().position(|&byte| byte == 0).unwrap_or(0));
        }
        let buffer = self.stack.as_mut_ptr().cast::<u8>();
        // SAFETY: `bytes.len() + 1 <= STACK_CAPACITY + 1` bytes are written, all
        // inside the buffer, which does not overlap `text`.
        unsafe {
            core::ptr::copy_nonoverlapping(bytes.as_ptr(), buffer, bytes.len());
            buffer.add(bytes.len()).write(0);
        }
        Ok(buffer.cast_const().cast())
    }
}

impl Default for StrArg {
    fn default() -> Self {
        StrArg::new()
    }
}

#[cfg(test)]
mod tests {
    use super::{STACK_CAPACITY, StrArg};
    use std::ffi::CStr;

    fn round_trip(text: &str) -> String {
        let mut slot = StrArg::new();
        let pointer = slot.set(text).unwrap();
        // SAFETY: the pointer is NUL-terminated and valid while `slot` lives.
        unsafe { CStr::from_ptr(pointer) }
            .to_str()
            .unwrap()
            .to_owned()
    }

    #[test]
    fn short_and_long_strings_round_trip() {
        assert_eq!(round_trip(""), "");
        assert_eq!(round_trip("héllo"), "héllo");
        let exact = "x".repeat(STACK_CAPACITY);
        assert_eq!(round_trip(&exact), exact);
        let long = "y".repeat(STACK_CAPACITY + 1);
        assert_eq!(round_trip(&long), long);
    }

    #[test]
    fn interior_nul_is_refused_with_its_position() {
        assert_eq!(StrArg::new().set("ab\0c").err(), Some(2));
        let long = format!("{}\0", "z".repeat(400));
        assert_eq!(StrArg::new().set(&long).err(), Some(400));
    }
}
