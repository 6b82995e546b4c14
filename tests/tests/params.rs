//! Parameter forms: `*const c_char` as `&CStr`, references, `Option<&T>`,
//! `Option<extern "C" fn>`, the `unsafe` wrapper, `safe fn` items, and the block
//! keys `error`, `raw` and `crate`.

use ffi_runtime::foreign;
use std::ffi::{CStr, c_char, c_int};

/// A C struct passed by reference: integers only, so C may read and write it.
#[repr(C)]
#[derive(Debug, Default, Clone, Copy, ffi_runtime::PointerFree, ffi_runtime::AnyBitPattern)]
pub struct Counter {
    value: c_int,
}

mod fake {
    use super::Counter;
    use ffi_runtime::Errno;
    use std::ffi::{CStr, c_char, c_int};

    #[unsafe(no_mangle)]
    extern "C" fn par_strlen(text: *const c_char) -> c_int {
        // SAFETY: the wrapper passes `&CStr::as_ptr`, a live NUL-terminated string.
        let text = unsafe { CStr::from_ptr(text) };
        c_int::try_from(text.to_bytes().len()).unwrap_or(-1)
    }

    #[unsafe(no_mangle)]
    extern "C" fn par_bump(counter: &mut Counter, by: Option<&c_int>) {
        counter.value += by.copied().unwrap_or(1);
    }

    #[unsafe(no_mangle)]
    extern "C" fn par_apply(f: Option<extern "C" fn(c_int) -> c_int>, x: c_int) -> c_int {
        f.map_or(-1, |f| f(x))
    }

    #[unsafe(no_mangle)]
    extern "C" fn par_fill(buffer: *mut u8, len: usize) -> c_int {
        for i in 0..len {
            // SAFETY: the caller of the unsafe wrapper promised `len` writable bytes.
            unsafe { buffer.add(i).write(b'x') };
        }
        0
    }

    #[unsafe(no_mangle)]
    extern "C" fn par_abs(x: c_int) -> c_int {
        x.abs()
    }

    #[unsafe(no_mangle)]
    extern "C" fn par_fail() -> c_int {
        Errno::from_raw(libc::EBUSY).set_last();
        -1
    }
}

#[foreign]
unsafe extern "C" {
    fn par_strlen(text: *const c_char) -> c_int;
    fn par_bump(counter: &mut Counter, by: Option<&c_int>);
    fn par_apply(f: Option<extern "C" fn(c_int) -> c_int>, x: c_int) -> c_int;
    /// Fills `len` bytes at `buffer` with `x`.
    #[ffi(unsafe, zero)]
    fn par_fill(buffer: *mut u8, len: usize) -> c_int;
    safe fn par_abs(x: c_int) -> c_int;
}

#[test]
fn c_string_parameter_takes_cstr() {
    let text: &CStr = c"hello";
    assert_eq!(par_strlen(text), 5);
    assert_eq!(par_strlen(c""), 0);
}

#[test]
fn references_pass_through() {
    let mut counter = Counter::default();
    par_bump(&mut counter, None);
    par_bump(&mut counter, Some(&41));
    assert_eq!(counter.value, 42);
}

extern "C" fn triple(x: c_int) -> c_int {
    x * 3
}

#[test]
fn function_pointers_pass_through() {
    assert_eq!(par_apply(Some(triple), 5), 15);
    assert_eq!(par_apply(None, 5), -1);
}

#[test]
fn unsafe_wrapper_passes_raw_pointers() {
    let mut buffer = [0u8; 4];
    // SAFETY: `buffer` has 4 writable bytes.
    unsafe { par_fill(buffer.as_mut_ptr(), buffer.len()) }.unwrap();
    assert_eq!(&buffer, b"xxxx");
}

#[test]
fn safe_items_are_wrapped_too() {
    assert_eq!(par_abs(-4), 4);
    assert_eq!(raw::par_abs(-5), 5);
}

/// A user's error type: `error = AppError` converts through `From`.
#[derive(Debug)]
pub struct AppError {
    context: &'static str,
    source: ffi_runtime::Error,
}

impl From<ffi_runtime::Error> for AppError {
    fn from(source: ffi_runtime::Error) -> Self {
        AppError {
            context: "app",
            source,
        }
    }
}

mod custom {
    use super::AppError;
    use std::ffi::c_int;

    /// Re-exporting crates name the runtime's path with `crate = "..."`.
    pub mod reexport {
        pub use ffi_runtime as ffi;
    }

    #[ffi_runtime::foreign(errno, error = AppError, raw = sys, crate = "self::reexport::ffi")]
    unsafe extern "C" {
        #[link_name = "par_fail"]
        pub fn fail() -> c_int;
    }
}

#[test]
fn error_key_converts_into_the_users_type() {
    let error: AppError = custom::fail().unwrap_err();
    assert_eq!(error.context, "app");
    assert_eq!(error.source.function(), "par_fail");
    assert_eq!(
        error.source.errno().map(ffi_runtime::Errno::raw),
        Some(libc::EBUSY)
    );
}

#[test]
fn raw_key_names_the_module() {
    // SAFETY: the fake takes no arguments and only sets errno.
    assert_eq!(unsafe { custom::sys::fail() }, -1);
}
