//! Values an exported function gives to C through its `out` parameter, and the
//! functions that take owned ones (strings, bytes) back.

use core::ffi::c_char;
use std::ffi::CString;

use super::call::Failure;
use super::types::{Base, CValue, Decl};

/// A value C receives through `T *out`.
///
/// # Safety
///
/// `Abi` has the layout of the C type `C`; an owned value (a handle, a string,
/// bytes) is one the matching `_free` function releases.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be returned to C",
    label = "no C type holds this value",
    note = "exported functions return `()`, integers, floats, `bool`, exported `#[repr(C)]` structs, `#[ffi(opaque)]` handles, `String` (freed by `<prefix>string_free`) and `Vec<u8>` (freed by `<prefix>bytes_free`), or a `Result` of one"
)]
pub unsafe trait Returned {
    /// What `out` points to.
    type Abi;
    /// Its C declaration.
    const C: Decl;

    /// The value for C.
    ///
    /// # Errors
    ///
    /// When C cannot be given the value (a string holding a NUL byte).
    fn into_abi(self) -> Result<Self::Abi, Failure>;
}

// SAFETY: `CValue` promises the layout of `C_NAME`.
unsafe impl<T: CValue> Returned for T {
    type Abi = T;
    const C: Decl = Decl::named(T::C_NAME);

    #[inline]
    fn into_abi(self) -> Result<T, Failure> {
        Ok(self)
    }
}

// SAFETY: Rust's `bool` has C's `bool` layout, and writes only 0 or 1.
unsafe impl Returned for bool {
    type Abi = bool;
    const C: Decl = Decl::named("bool");

    #[inline]
    fn into_abi(self) -> Result<bool, Failure> {
        Ok(self)
    }
}

// SAFETY: a `char *` from `CString::into_raw`, released by `string_free`.
unsafe impl Returned for String {
    type Abi = *mut c_char;
    const C: Decl = Decl::named("char").pointer(false);

    fn into_abi(self) -> Result<*mut c_char, Failure> {
        match CString::new(self) {
            Ok(text) => Ok(text.into_raw()),
            Err(error) => Err(Failure::invalid_result(format!(
                "the returned string holds a NUL byte at offset {}",
                error.nul_position()
            ))),
        }
    }
}

/// Bytes given to C: `prefix_bytes { uint8_t *data; size_t len; }`, released by
/// `prefix_bytes_free`.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct Bytes {
    /// The first byte (never NULL, even when `len` is 0).
    pub data: *mut u8,
    /// How many.
    pub len: usize,
}

// SAFETY: `Bytes` is `#[repr(C)]` as declared by the header; `data` is a
// `Box<[u8]>`'s, released by `bytes_free`.
unsafe impl Returned for Vec<u8> {
    type Abi = Bytes;
    const C: Decl = Decl {
        base: Base::Prefixed("bytes"),
        base_const: false,
        depth: 0,
    };

    fn into_abi(self) -> Result<Bytes, Failure> {
        let len = self.len();
        let data = Box::into_raw(self.into_boxed_slice()).cast::<u8>();
        Ok(Bytes { data, len })
    }
}

/// Releases a string an exported function returned. NULL is accepted.
///
/// # Safety
///
/// `text` is NULL or a string an exported function returned, not released
/// before.
pub unsafe fn string_free(text: *mut c_char) {
    if !text.is_null() {
        // SAFETY: it came from `CString::into_raw` (the caller's promise).
        drop(unsafe { CString::from_raw(text) });
    }
}

/// Releases bytes an exported function returned. NULL `data` is accepted.
///
/// # Safety
///
/// `bytes` is as an exported function returned it (or has NULL `data`), not
/// released before.
pub unsafe fn bytes_free(bytes: Bytes) {
    if !bytes.data.is_null() {
        let slice = core::ptr::slice_from_raw_parts_mut(bytes.data, bytes.len);
        // SAFETY: it came from `Box::<[u8]>::into_raw` with this length (the
        // caller's promise).
        drop(unsafe { Box::from_raw(slice) });
    }
}
