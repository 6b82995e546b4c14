//! C string parameters: `&str` (`#[str]`, copied NUL-terminated for the call; a NUL
//! inside is an `Err` naming the function and the parameter, never a panic or a
//! truncated string), nullable strings (`#[nullable]`), short and long strings.

use ffi_runtime::foreign;
use std::ffi::{CStr, c_char, c_int};

mod fake {
    use std::ffi::{CStr, c_char, c_int};

    fn text(pointer: *const c_char) -> Option<&'static CStr> {
        // SAFETY: the wrappers pass NULL or a NUL-terminated string that lives for
        // the whole call (this fake does not keep it).
        (!pointer.is_null()).then(|| unsafe { CStr::from_ptr(pointer) })
    }

    #[unsafe(no_mangle)]
    extern "C" fn str_length(text_pointer: *const c_char) -> usize {
        text(text_pointer).map_or(usize::MAX, |text| text.to_bytes().len())
    }

    /// -1 (errno EINVAL) when `first` is empty; else both lengths summed (NULL
    /// counts 1000).
    #[unsafe(no_mangle)]
    extern "C" fn str_join_length(first: *const c_char, second: *const c_char) -> c_int {
        let first = text(first).map_or(0, |text| text.to_bytes().len());
        if first == 0 {
            ffi_runtime::Errno::from_raw(libc::EINVAL).set_last();
            return -1;
        }
        let second = text(second).map_or(1000, |text| text.to_bytes().len());
        c_int::try_from(first + second).unwrap_or(c_int::MAX)
    }

    #[unsafe(no_mangle)]
    extern "C" fn str_is_null(text_pointer: *const c_char) -> bool {
        text_pointer.is_null()
    }
}

#[foreign(errno)]
unsafe extern "C" {
    #[ffi(unchecked)]
    fn str_length(#[str] text: *const c_char) -> usize;
    fn str_join_length(
        #[str] first: *const c_char,
        #[str]
        #[nullable]
        second: *const c_char,
    ) -> c_int;
    #[ffi(unchecked)]
    fn str_is_null(#[nullable] text: *const c_char) -> bool;
}

#[test]
fn str_arguments_reach_c_terminated() {
    assert_eq!(str_length("").unwrap(), 0);
    assert_eq!(str_length("héllo").unwrap(), 6);
    assert_eq!(str_join_length("ab", Some("cde")).unwrap(), 5);
    assert_eq!(str_join_length("ab", None).unwrap(), 1002);
}

#[test]
fn long_strings_take_the_heap_path() {
    for length in [254, 255, 256, 10_000] {
        let text = "x".repeat(length);
        assert_eq!(str_length(&text).unwrap(), length);
    }
}

#[test]
fn interior_nul_is_an_error_naming_function_and_parameter() {
    let error = str_length("ab\0cd").unwrap_err();
    assert_eq!(error.function(), "str_length");
    assert_eq!(error.errno(), None);
    assert_eq!(
        error.message(),
        Some("argument `text` contains a NUL byte at index 2")
    );
    assert_eq!(
        error.to_string(),
        "str_length: argument `text` contains a NUL byte at index 2"
    );
    let error = str_join_length("ok", Some("\0")).unwrap_err();
    assert_eq!(
        error.message(),
        Some("argument `second` contains a NUL byte at index 0")
    );
}

#[test]
fn conventions_still_apply() {
    let error = str_join_length("", None).unwrap_err();
    assert_eq!(
        error.errno().map(ffi_runtime::Errno::raw),
        Some(libc::EINVAL)
    );
}

#[test]
fn nullable_cstr() {
    assert!(str_is_null(None));
    let text: &CStr = c"x";
    assert!(!str_is_null(Some(text)));
}
