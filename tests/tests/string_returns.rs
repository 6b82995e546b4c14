//! Returned C strings: `string = static` (`&'static CStr`), `string = copy`
//! (`CString`), `string = free(f)` (copied, then freed with the library's function,
//! once), and `string = borrow(handle)` (`&'a CStr` tied to a mutable borrow of the
//! handle, since the next call on it may overwrite the string).

use ffi_runtime::{Owned, foreign};
use std::ffi::{CStr, CString, c_char, c_int, c_void};
use std::ptr::NonNull;
use std::sync::atomic::{AtomicUsize, Ordering};

/// A handle whose last error string lives inside it.
#[repr(C)]
pub struct Conn {
    error: [u8; 32],
}

static FREED: AtomicUsize = AtomicUsize::new(0);

mod fake {
    use super::{Conn, FREED};
    use std::ffi::{CString, c_char, c_int, c_void};
    use std::sync::atomic::Ordering;

    #[unsafe(no_mangle)]
    extern "C" fn sret_version(fail: bool) -> *const c_char {
        if fail {
            std::ptr::null()
        } else {
            c"3.46.1".as_ptr()
        }
    }

    /// "café" in UTF-8, or in Latin-1 (invalid UTF-8).
    #[unsafe(no_mangle)]
    extern "C" fn sret_word(utf8: bool) -> *const c_char {
        if utf8 {
            c"caf\u{e9}".as_ptr()
        } else {
            c"caf\xe9".as_ptr()
        }
    }

    #[unsafe(no_mangle)]
    extern "C" fn sret_dup(number: c_int) -> *mut c_char {
        CString::new(format!("number {number}")).map_or(std::ptr::null_mut(), CString::into_raw)
    }

    #[unsafe(no_mangle)]
    extern "C" fn sret_free(text: *mut c_void) {
        // SAFETY: only strings from sret_dup reach here, once each.
        drop(unsafe { CString::from_raw(text.cast()) });
        FREED.fetch_add(1, Ordering::SeqCst);
    }

    #[unsafe(no_mangle)]
    extern "C" fn sret_new() -> *mut Conn {
        Box::into_raw(Box::new(Conn {
            error: *b"no error\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0",
        }))
    }

    #[unsafe(no_mangle)]
    extern "C" fn sret_close(conn: *mut Conn) {
        // SAFETY: from sret_new, freed once by Drop.
        drop(unsafe { Box::from_raw(conn) });
    }

    #[unsafe(no_mangle)]
    extern "C" fn sret_error(conn: *mut Conn) -> *const c_char {
        // SAFETY: the wrapper passes a live handle it borrows mutably.
        unsafe { (*conn).error.as_ptr().cast() }
    }
}

/// A connection.
#[derive(Owned)]
#[owned(drop = raw::sret_close, exclusive)]
#[repr(transparent)]
pub struct Connection(NonNull<Conn>);

#[foreign(nonnull)]
unsafe extern "C" {
    #[ffi(string = static)]
    fn sret_version(fail: bool) -> *const c_char;
    #[ffi(string = copy)]
    #[link_name = "sret_version"]
    fn sret_version_copy(fail: bool) -> *const c_char;
    #[ffi(string = utf8)]
    fn sret_word(utf8: bool) -> *const c_char;
    #[ffi(string = lossy)]
    #[link_name = "sret_word"]
    fn sret_word_lossy(utf8: bool) -> *const c_char;
    #[ffi(string = free(sret_free))]
    fn sret_dup(number: c_int) -> *mut c_char;
    #[ffi(raw)]
    fn sret_free(text: *mut c_void);
    #[ffi(owned = Connection)]
    fn sret_new() -> *mut Conn;
    #[ffi(raw)]
    fn sret_close(conn: *mut Conn);
    #[ffi(string = borrow(conn))]
    fn sret_error(#[handle(&'a mut Connection)] conn: *mut Conn) -> *const c_char;
}

#[test]
fn static_strings_borrow_forever() {
    let version: &'static CStr = sret_version(false).unwrap();
    assert_eq!(version, c"3.46.1");
    assert_eq!(
        sret_version(true).unwrap_err().to_string(),
        "sret_version: returned NULL"
    );
}

#[test]
fn copies_are_owned() {
    let version: CString = sret_version_copy(false).unwrap();
    assert_eq!(version.as_c_str(), c"3.46.1");
}

#[test]
fn owned_strings_are_copied_then_freed_once() {
    let before = FREED.load(Ordering::SeqCst);
    let text = sret_dup(42).unwrap();
    assert_eq!(text.as_c_str(), c"number 42");
    assert_eq!(FREED.load(Ordering::SeqCst) - before, 1);
}

#[test]
fn borrowed_strings_hold_the_handle() {
    let mut conn = sret_new().unwrap();
    let error: &CStr = sret_error(&mut conn).unwrap();
    assert_eq!(error, c"no error");
}

#[test]
fn utf8_strings_strictly_or_lossily() {
    assert_eq!(sret_word(true).unwrap(), "café");
    let error = sret_word(false).unwrap_err();
    assert_eq!(
        error.to_string(),
        "sret_word: returned a string that is not UTF-8 (valid up to byte 3)"
    );
    assert_eq!(sret_word_lossy(true).unwrap(), "café");
    assert_eq!(sret_word_lossy(false).unwrap(), "caf\u{fffd}");
}
