//! Values an exported function gives to C through its `out` parameter, and the
//! functions that take owned ones (strings, bytes) back.

use core::ffi::c_char;

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

/// A copy of `bytes` in `malloc`ed memory, with `extra` zero bytes after:
/// released by `free`, which needs no length, so nothing C writes into the
/// copy (a NUL that shortens a string) can make the release wrong.
fn malloc_copy(bytes: &[u8], extra: usize) -> Result<*mut u8, Failure> {
    let size = bytes.len().saturating_add(extra).max(1);
    // SAFETY: `malloc` of a non-zero size; NULL is checked below.
    let copy = unsafe { libc::malloc(size) }.cast::<u8>();
    if copy.is_null() {
        return Err(Failure::invalid_result(format!("malloc({size}) failed")));
    }
    // SAFETY: `copy` holds `size >= bytes.len() + extra` bytes, disjoint from
    // `bytes`.
    unsafe {
        core::ptr::copy_nonoverlapping(bytes.as_ptr(), copy, bytes.len());
        core::ptr::write_bytes(copy.add(bytes.len()), 0, size - bytes.len());
    }
    Ok(copy)
}

// SAFETY: a NUL-terminated `char *` in `malloc`ed memory, released by
// `string_free` (`free`).
unsafe impl Returned for String {
    type Abi = *mut c_char;
    const C: Decl = Decl::named("char").pointer(false);

    fn into_abi(self) -> Result<*mut c_char, Failure> {
        if let Some(position) = self.bytes().position(|byte| byte == 0) {
            return Err(Failure::invalid_result(format!(
                "the returned string holds a NUL byte at offset {position}"
            )));
        }
        malloc_copy(self.as_bytes(), 1).map(<*mut u8>::cast::<c_char>)
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

// SAFETY: `Bytes` is `#[repr(C)]` as declared by the header; `data` is
// `malloc`ed, released by `bytes_free` (`free`).
unsafe impl Returned for Vec<u8> {
    type Abi = Bytes;
    const C: Decl = Decl {
        base: Base::Prefixed("bytes"),
        base_const: false,
        depth: 0,
    };

    fn into_abi(self) -> Result<Bytes, Failure> {
        let data = malloc_copy(&self, 0)?;
        Ok(Bytes {
            data,
            len: self.len(),
        })
    }
}

/// Releases a string an exported function returned (C may have written into
/// it). NULL is accepted.
///
/// # Safety
///
/// `text` is NULL or the pointer an exported function returned, not released
/// before.
pub unsafe fn string_free(text: *mut c_char) {
    // SAFETY: `malloc`ed by `malloc_copy` (the caller's promise); `free(NULL)`
    // does nothing.
    unsafe { libc::free(text.cast()) }
}

/// Releases bytes an exported function returned. NULL `data` is accepted.
///
/// # Safety
///
/// `bytes.data` is NULL or the pointer an exported function returned, not
/// released before.
pub unsafe fn bytes_free(bytes: Bytes) {
    // SAFETY: `data` was `malloc`ed by `malloc_copy` (the caller's promise);
    // `free(NULL)` does nothing. The length is not needed.
    unsafe { libc::free(bytes.data.cast()) }
}
