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

    thread_local! {
        /// What the last `str_record` call received, and how many calls there were.
        pub static RECORDED: std::cell::RefCell<(Vec<u8>, usize)> =
            const { std::cell::RefCell::new((Vec::new(), 0)) };
    }

    /// Keeps a copy of the string C received, to compare byte for byte.
    #[unsafe(no_mangle)]
    extern "C" fn str_record(text_pointer: *const c_char) -> c_int {
        let bytes = text(text_pointer).map(|text| text.to_bytes().to_vec());
        RECORDED.with_borrow_mut(|(recorded, calls)| {
            *recorded = bytes.unwrap_or_default();
            *calls += 1;
        });
        0
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
    #[ffi(zero)]
    fn str_record(#[str] text: *const c_char) -> c_int;
}

/// `length` bytes that differ by position (a byte copied to the wrong place shows),
/// none of them NUL.
fn text_of(length: usize) -> String {
    (0..length)
        .map(|at| char::from(b'!' + u8::try_from(at % 90).unwrap()))
        .collect()
}

fn recorded() -> (Vec<u8>, usize) {
    fake::RECORDED.with_borrow(Clone::clone)
}

/// Around every block size of the copy (4, 8, 16 and 32 bytes), the stack slot's
/// capacity (255), and long strings.
#[test]
fn every_length_reaches_c_intact() {
    let lengths = [
        0, 1, 2, 3, 4, 5, 7, 8, 9, 15, 16, 17, 24, 31, 32, 33, 47, 48, 49, 254, 255, 256, 257,
        1000, 10_000,
    ];
    for length in lengths {
        let text = text_of(length);
        str_record(&text).unwrap();
        assert_eq!(recorded().0, text.as_bytes(), "length {length}");
    }
}

/// A NUL at every position from 0 to 300, in a string short enough for the stack
/// slot (where the position allows) and in one that takes the heap: an error
/// naming the function, the parameter and the position, and C is never called.
#[test]
fn interior_nul_at_every_position_is_refused() {
    // Miri interprets every byte: there, the positions in and around the blocks
    // of the copy and the stack slot's end.
    let positions =
        (0..=300).filter(|&at| !cfg!(miri) || at < 40 || (250..260).contains(&at) || at > 290);
    for position in positions {
        let mut lengths = vec![301];
        if position < 255 {
            lengths.push((position + 1).max(24));
        }
        for length in lengths {
            let mut bytes = text_of(length).into_bytes();
            bytes[position] = 0;
            let text = String::from_utf8(bytes).unwrap();
            let calls = recorded().1;
            let error = str_record(&text).unwrap_err();
            assert_eq!(recorded().1, calls, "C was called with a NUL at {position}");
            assert_eq!(error.function(), "str_record");
            assert_eq!(
                error.to_string(),
                format!("str_record: argument `text` contains a NUL byte at index {position}"),
                "length {length}"
            );
        }
    }
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
