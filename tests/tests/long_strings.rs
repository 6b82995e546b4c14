//! `&str` arguments longer than the stack slot (255 bytes) are copied to the heap
//! and freed after the call on every way out of the wrapper: success, an errno
//! failure, a NUL found in a later argument, a panic in a callback during the
//! call. On Rust fakes of C, so that Miri (both borrow models: `scripts/miri`)
//! and its leak check run them.

use ffi_runtime::foreign;
use std::ffi::{CStr, c_char, c_int, c_void};

mod fake {
    use std::ffi::{CStr, c_char, c_int, c_void};

    /// A string's length, a million for NULL.
    fn length(text: *const c_char) -> c_int {
        if text.is_null() {
            return 1_000_000;
        }
        // SAFETY: every caller passes NULL or a live NUL-terminated string.
        let length = unsafe { CStr::from_ptr(text) }.count_bytes();
        c_int::try_from(length).expect("short enough")
    }

    #[unsafe(no_mangle)]
    extern "C" fn long_three(a: *const c_char, b: *const c_char, c: *const c_char) -> c_int {
        length(a) + length(b) + length(c)
    }

    /// Reads both strings, then fails with EINVAL.
    #[unsafe(no_mangle)]
    extern "C" fn long_fail(a: *const c_char, b: *const c_char) -> c_int {
        let _ = (length(a), length(b));
        ffi_runtime::Errno::from_raw(libc::EINVAL).set_last();
        -1
    }

    /// Calls `visit` with the first string's length, then reads the second.
    #[unsafe(no_mangle)]
    extern "C" fn long_visit(
        a: *const c_char,
        visit: extern "C" fn(*mut c_void, c_int) -> c_int,
        data: *mut c_void,
        b: *const c_char,
    ) -> c_int {
        let answer = visit(data, length(a));
        let _ = length(b);
        answer
    }
}

#[foreign(errno)]
unsafe extern "C" {
    #[ffi(unchecked)]
    fn long_three(
        #[str] a: *const c_char,
        #[str]
        #[nullable]
        b: *const c_char,
        #[str] c: *const c_char,
    ) -> c_int;
    fn long_fail(
        #[str] a: *const c_char,
        #[str]
        #[nullable]
        b: *const c_char,
    ) -> c_int;
    #[ffi(unchecked)]
    fn long_visit(
        #[str] a: *const c_char,
        #[callback(data, on_panic = 7)] visit: extern "C" fn(
            data: *mut c_void,
            length: c_int,
        ) -> c_int,
        data: *mut c_void,
        #[str]
        #[nullable]
        b: *const c_char,
    ) -> c_int;
}

fn text(length: usize, byte: char) -> String {
    std::iter::repeat_n(byte, length).collect()
}

fn sum(lengths: [usize; 3]) -> c_int {
    c_int::try_from(lengths.iter().sum::<usize>()).expect("short enough")
}

#[test]
fn several_long_strings_reach_c_whole() {
    for lengths in [
        [300, 300, 300],
        [256, 255, 1000],
        [255, 256, 0],
        [4096, 0, 257],
    ] {
        let [a, b, c] = lengths;
        let answer = long_three(&text(a, 'a'), Some(&text(b, 'b')), &text(c, 'c'));
        assert_eq!(answer.unwrap(), sum(lengths), "{lengths:?}");
    }
    let answer = long_three(&text(300, 'a'), None, &text(300, 'c'));
    assert_eq!(answer.unwrap(), 1_000_600);
}

#[test]
fn a_nul_in_a_later_argument_frees_the_earlier_copies() {
    let mut with_nul = text(400, 'b');
    with_nul.insert(350, '\0');
    let error = long_three(&text(300, 'a'), Some(&with_nul), &text(300, 'c')).unwrap_err();
    assert_eq!(
        error.message(),
        Some("argument `b` contains a NUL byte at index 350")
    );
    let error = long_three(&text(300, 'a'), Some(&text(300, 'b')), &with_nul).unwrap_err();
    assert_eq!(
        error.message(),
        Some("argument `c` contains a NUL byte at index 350")
    );
    // A NUL near the start, and one at the very end, of a long string.
    let mut early = text(400, 'x');
    early.insert(3, '\0');
    let error = long_three(&text(300, 'a'), Some(&early), "c").unwrap_err();
    assert_eq!(
        error.message(),
        Some("argument `b` contains a NUL byte at index 3")
    );
    let last = text(400, 'x') + "\0";
    let error = long_three(&text(300, 'a'), Some(&last), "c").unwrap_err();
    assert_eq!(
        error.message(),
        Some("argument `b` contains a NUL byte at index 400")
    );
}

#[test]
fn an_errno_failure_frees_the_copies_and_keeps_errno() {
    let error = long_fail(&text(300, 'a'), Some(&text(5000, 'b'))).unwrap_err();
    assert_eq!(
        error.errno().map(ffi_runtime::Errno::raw),
        Some(libc::EINVAL)
    );
    let error = long_fail(&text(300, 'a'), None).unwrap_err();
    assert_eq!(
        error.errno().map(ffi_runtime::Errno::raw),
        Some(libc::EINVAL)
    );
}

#[test]
fn a_panic_during_the_call_frees_the_copies() {
    let panicked = std::panic::catch_unwind(|| {
        long_visit(
            &text(300, 'a'),
            |_length| -> c_int { panic!("in the callback") },
            Some(&text(700, 'b')),
        )
    });
    assert!(panicked.is_err());
    let answer = long_visit(&text(300, 'a'), |length| length, Some(&text(700, 'b')));
    assert_eq!(answer.unwrap(), 300);
}

/// The pointer lent to C stays valid when the value owning the copy moves (under
/// stacked borrows too: the copy is no `Box` that a move would retag).
#[test]
fn the_lent_pointer_survives_moves_of_its_owner() {
    use ffi_runtime::__private::{NulTerminated, StrArg};
    for length in [255, 256, 257, 271, 272, 273, 1000] {
        let original = text(length, 'q');
        let mut slot = StrArg::new();
        let string = StrArg::set(&mut slot, &original).unwrap();
        let pointer = NulTerminated::as_ptr(&string);
        let boxed = Box::new(string);
        let moved = [*boxed];
        // SAFETY: `moved[0]` owns (or borrows) the NUL-terminated copy `pointer`
        // points to, and is alive.
        let seen = unsafe { CStr::from_ptr(pointer) };
        assert_eq!(seen.to_bytes(), original.as_bytes());
        // SAFETY: as above.
        let seen = unsafe { CStr::from_ptr(NulTerminated::as_ptr(&moved[0])) };
        assert_eq!(seen.to_bytes(), original.as_bytes());
    }
}
