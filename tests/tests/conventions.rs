//! Every convention of the contract against C functions faked in Rust (`extern "C"`
//! with `#[unsafe(no_mangle)]`): the linker binds the `#[foreign]` declarations to
//! them, so these tests need no C compiler and run under Miri.

use ffi_runtime::{Check, Errno, Error, foreign};
use std::ffi::{c_int, c_uint, c_void};

mod fake {
    use ffi_runtime::Errno;
    use std::ffi::{c_int, c_uint, c_void};

    /// Fails with `errno` when `x < 0`; else returns `2 * x`.
    #[unsafe(no_mangle)]
    extern "C" fn conv_errno_int(x: c_int, errno: c_int) -> c_int {
        if x < 0 {
            Errno::from_raw(errno).set_last();
            -1
        } else {
            2 * x
        }
    }

    #[unsafe(no_mangle)]
    extern "C" fn conv_errno_unsigned(fail: bool) -> c_uint {
        if fail {
            Errno::from_raw(libc::ERANGE).set_last();
            c_uint::MAX
        } else {
            7
        }
    }

    static mut SLOT: c_int = 42;

    #[unsafe(no_mangle)]
    extern "C" fn conv_errno_pointer(fail: bool) -> *mut c_int {
        if fail {
            Errno::from_raw(libc::ENOMEM).set_last();
            std::ptr::null_mut()
        } else {
            &raw mut SLOT
        }
    }

    #[unsafe(no_mangle)]
    extern "C" fn conv_errno_const_pointer(fail: bool) -> *const c_void {
        if fail {
            Errno::from_raw(libc::ENOENT).set_last();
            std::ptr::null()
        } else {
            (&raw const SLOT).cast()
        }
    }

    #[unsafe(no_mangle)]
    extern "C" fn conv_neg_errno(x: c_int) -> c_int {
        x
    }

    #[unsafe(no_mangle)]
    extern "C" fn conv_status(x: c_int) -> c_int {
        x
    }

    #[unsafe(no_mangle)]
    extern "C" fn conv_status_long(x: i64) -> i64 {
        x
    }

    #[unsafe(no_mangle)]
    extern "C" fn conv_nullable(fail: bool) -> *mut c_int {
        if fail {
            std::ptr::null_mut()
        } else {
            &raw mut SLOT
        }
    }

    #[unsafe(no_mangle)]
    extern "C" fn conv_plain(x: f64) -> f64 {
        x * 3.0
    }

    #[unsafe(no_mangle)]
    extern "C" fn conv_nothing() {}
}

/// `SQLITE_OK` / `SQLITE_ROW` / `SQLITE_DONE`-style status: 0 and 100/101 succeed.
struct StepStatus;

#[derive(Debug, PartialEq)]
enum Step {
    Ok,
    Row,
    Done,
}

#[derive(Debug, PartialEq)]
struct StepError(c_int);

impl Check<c_int> for StepStatus {
    type Output = Step;
    type Error = StepError;
    fn check(ret: c_int) -> Result<Step, StepError> {
        match ret {
            0 => Ok(Step::Ok),
            100 => Ok(Step::Row),
            101 => Ok(Step::Done),
            other => Err(StepError(other)),
        }
    }
}

#[foreign(errno)]
unsafe extern "C" {
    fn conv_errno_int(x: c_int, errno: c_int) -> c_int;
    fn conv_errno_unsigned(fail: bool) -> c_uint;
    fn conv_errno_pointer(fail: bool) -> *mut c_int;
    fn conv_errno_const_pointer(fail: bool) -> *const c_void;
    #[ffi(neg_errno)]
    fn conv_neg_errno(x: c_int) -> c_int;
    #[ffi(ret_errno)]
    #[link_name = "conv_status"]
    fn conv_ret_errno(x: c_int) -> c_int;
    #[ffi(zero)]
    fn conv_status(x: c_int) -> c_int;
    #[ffi(zero)]
    fn conv_status_long(x: i64) -> i64;
    #[ffi(nonnull)]
    fn conv_nullable(fail: bool) -> *mut c_int;
    #[ffi(check = StepStatus)]
    #[link_name = "conv_status"]
    fn conv_step(x: c_int) -> c_int;
    #[ffi(unchecked)]
    fn conv_plain(x: f64) -> f64;
    #[ffi(unchecked)]
    fn conv_nothing();
}

fn errno_of(error: &Error) -> Option<c_int> {
    error.errno().map(Errno::raw)
}

#[test]
fn errno_success_returns_the_value() {
    assert_eq!(conv_errno_int(21, 0).unwrap(), 42);
}

#[test]
fn errno_failure_carries_errno_and_the_function() {
    let error = conv_errno_int(-1, libc::EACCES).unwrap_err();
    assert_eq!(error.function(), "conv_errno_int");
    assert_eq!(errno_of(&error), Some(libc::EACCES));
    assert_eq!(error.code(), None);
    assert_eq!(error.message(), None);
}

#[test]
fn errno_zero_on_failure_is_reported_as_unset() {
    let error = conv_errno_int(-1, 0).unwrap_err();
    assert_eq!(error.errno(), None);
    assert_eq!(
        error.to_string(),
        "conv_errno_int: failed without setting errno"
    );
}

#[test]
fn errno_stale_value_is_not_taken_from_an_earlier_call() {
    // The wrapper reads errno only on failure, so a success leaves no error behind,
    // whatever errno holds.
    Errno::from_raw(libc::EBADF).set_last();
    assert_eq!(conv_errno_int(1, 0).unwrap(), 2);
}

#[test]
fn errno_unsigned_fails_on_max() {
    assert_eq!(conv_errno_unsigned(false).unwrap(), 7);
    let error = conv_errno_unsigned(true).unwrap_err();
    assert_eq!(errno_of(&error), Some(libc::ERANGE));
}

#[test]
fn errno_pointer_returns_nonnull_or_the_errno() {
    let pointer = conv_errno_pointer(false).unwrap();
    // SAFETY: the fake returns a pointer to its static, valid for reads.
    assert_eq!(unsafe { *pointer.as_ptr() }, 42);
    let error = conv_errno_pointer(true).unwrap_err();
    assert_eq!(errno_of(&error), Some(libc::ENOMEM));
}

#[test]
fn errno_const_pointer_returns_nonnull() {
    assert!(conv_errno_const_pointer(false).is_ok());
    let error = conv_errno_const_pointer(true).unwrap_err();
    assert_eq!(errno_of(&error), Some(libc::ENOENT));
}

#[test]
fn neg_errno_negates_the_return() {
    assert_eq!(conv_neg_errno(5).unwrap(), 5);
    assert_eq!(conv_neg_errno(0).unwrap(), 0);
    let error = conv_neg_errno(-libc::EAGAIN).unwrap_err();
    assert_eq!(errno_of(&error), Some(libc::EAGAIN));
    assert_eq!(error.function(), "conv_neg_errno");
}

#[test]
fn neg_errno_survives_the_minimum() {
    let error = conv_neg_errno(c_int::MIN).unwrap_err();
    assert_eq!(error.errno(), None);
    assert_eq!(error.code(), Some(i64::from(c_int::MIN)));
}

#[test]
fn ret_errno_returns_the_errno() {
    conv_ret_errno(0).unwrap();
    let error = conv_ret_errno(libc::EINVAL).unwrap_err();
    assert_eq!(errno_of(&error), Some(libc::EINVAL));
    // link_name: the error names the C symbol, not the Rust name.
    assert_eq!(error.function(), "conv_status");
}

#[test]
fn zero_carries_the_status_code() {
    conv_status(0).unwrap();
    let error = conv_status(-3).unwrap_err();
    assert_eq!(error.code(), Some(-3));
    assert_eq!(error.errno(), None);
    assert_eq!(error.to_string(), "conv_status: failed with code -3");
}

#[test]
fn zero_keeps_wide_codes() {
    let error = conv_status_long(i64::MAX).unwrap_err();
    assert_eq!(error.code(), Some(i64::MAX));
}

#[test]
fn nonnull_fails_on_null_without_errno() {
    assert!(conv_nullable(false).is_ok());
    let error = conv_nullable(true).unwrap_err();
    assert_eq!(error.errno(), None);
    assert_eq!(error.code(), None);
    assert_eq!(error.to_string(), "conv_nullable: returned NULL");
}

#[test]
fn check_uses_the_users_type() {
    assert_eq!(conv_step(0), Ok(Step::Ok));
    assert_eq!(conv_step(100), Ok(Step::Row));
    assert_eq!(conv_step(101), Ok(Step::Done));
    assert_eq!(conv_step(21), Err(StepError(21)));
}

#[test]
fn unchecked_returns_the_value() {
    assert!((conv_plain(2.0) - 6.0).abs() < f64::EPSILON);
    conv_nothing();
}

#[test]
fn io_error_keeps_the_os_error() {
    let error = conv_errno_int(-1, libc::EPERM).unwrap_err();
    let io: std::io::Error = error.into();
    assert_eq!(io.raw_os_error(), Some(libc::EPERM));
}

/// `neg_code`: a negative return is the library's own error code (libarchive's
/// `ARCHIVE_FATAL`, PCRE2's match errors), not an errno; non-negative is the value.
mod neg_code {
    use ffi_runtime::foreign;
    use std::ffi::c_int;

    mod c {
        use std::ffi::c_int;

        #[unsafe(no_mangle)]
        extern "C" fn cnv_read_data(want: c_int) -> isize {
            if want < 0 {
                -30
            } else {
                isize::try_from(want).unwrap()
            }
        }

        /// Like `archive_read_next_header`: 0 (OK) or 1 (EOF), and a value
        /// written either way; -30 on failure.
        #[unsafe(no_mangle)]
        extern "C" fn cnv_next(state: c_int, out: *mut c_int) -> c_int {
            // SAFETY: the wrapper's slot.
            unsafe { out.write(state * 10) };
            if state > 1 { -30 } else { state }
        }
    }

    #[foreign(neg_code)]
    unsafe extern "C" {
        fn cnv_read_data(want: c_int) -> isize;
        fn cnv_next(state: c_int, #[out] out: *mut c_int) -> c_int;
    }

    #[test]
    fn with_out_parameters_the_value_comes_first() {
        assert_eq!(cnv_next(0).unwrap(), (0, 0));
        assert_eq!(cnv_next(1).unwrap(), (1, 10), "EOF told from OK");
        assert_eq!(cnv_next(2).unwrap_err().code(), Some(-30));
    }

    #[test]
    fn negative_is_a_code_not_an_errno() {
        assert_eq!(cnv_read_data(5).unwrap(), 5);
        let error = cnv_read_data(-1).unwrap_err();
        assert_eq!(error.code(), Some(-30));
        assert_eq!(error.errno(), None);
        assert_eq!(error.to_string(), "cnv_read_data: failed with code -30");
    }
}

/// `check = Type` with a `&str` argument: a NUL inside is an error the check's
/// error type takes through `From<ffi_runtime::Error>`.
mod check_with_arguments {
    use ffi_runtime::foreign;
    use std::ffi::{c_char, c_int};

    mod c {
        use std::ffi::{c_char, c_int};

        #[unsafe(no_mangle)]
        extern "C" fn cnv_status_of(text: *const c_char) -> c_int {
            // SAFETY: the wrapper passes a NUL-terminated copy.
            let text = unsafe { std::ffi::CStr::from_ptr(text) };
            c_int::try_from(text.to_bytes().len()).unwrap()
        }
    }

    /// The user's error: a status, or an argument the wrapper refused.
    #[derive(Debug)]
    pub enum Failure {
        Status(c_int),
        Argument(ffi_runtime::Error),
    }

    impl From<ffi_runtime::Error> for Failure {
        fn from(error: ffi_runtime::Error) -> Self {
            Failure::Argument(error)
        }
    }

    pub struct Short;

    impl ffi_runtime::Check<c_int> for Short {
        type Output = c_int;
        type Error = Failure;
        fn check(ret: c_int) -> Result<c_int, Failure> {
            if ret < 4 {
                Ok(ret)
            } else {
                Err(Failure::Status(ret))
            }
        }
    }

    #[foreign(check = Short)]
    unsafe extern "C" {
        fn cnv_status_of(#[str] text: *const c_char) -> c_int;
    }

    #[test]
    fn argument_errors_become_the_check_error() {
        assert_eq!(cnv_status_of("abc").unwrap(), 3);
        assert!(matches!(cnv_status_of("abcdef"), Err(Failure::Status(6))));
        let Err(Failure::Argument(error)) = cnv_status_of("a\0b") else {
            panic!("a NUL inside is refused before the call");
        };
        assert_eq!(error.function(), "cnv_status_of");
    }
}
