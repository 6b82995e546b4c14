//! `Error`: which C function failed, and why.

mod repr;

use crate::Errno;
use core::fmt;
use repr::{Boxed, Repr, View};

/// The failure of a C function called through a `#[foreign]` wrapper.
///
/// It names the function ([`function`](Error::function)) and carries what the
/// function's convention reports: an [`errno`](Error::errno), a status
/// [`code`](Error::code), or neither (a NULL return), plus the text of the block's
/// `message` getter, if any.
///
/// `Error` is two words, returned in two registers: the common errors are stored
/// inline, built only on the failure path; only a message or a code wider than 32
/// bits is boxed.
///
/// ```
/// use ffi_runtime::foreign;
/// use std::ffi::c_int;
///
/// #[foreign(errno)]
/// unsafe extern "C" {
///     fn close(fd: c_int) -> c_int;
/// }
///
/// # fn main() {
/// let error = close(-1).unwrap_err();
/// assert_eq!(error.function(), "close");
/// assert_eq!(error.errno().map(|errno| errno.raw()), Some(libc::EBADF));
/// assert_eq!(error.to_string(), "close: Bad file descriptor (os error 9)");
/// let io: std::io::Error = error.into();
/// assert_eq!(io.raw_os_error(), Some(libc::EBADF));
/// # }
/// ```
pub struct Error {
    repr: Repr,
}

/// Where an error happened: the C function a wrapper calls. One read-only value
/// per wrapper (the expansions build theirs; a hand-written wrapper writes
/// `const { &Site::new("pcre2_compile") }`), so that an [`Error`] stays two words.
pub struct Site {
    /// The C symbol the wrapper calls.
    pub function: &'static str,
}

impl Site {
    /// The site of the C function `function`.
    #[must_use]
    pub const fn new(function: &'static str) -> Site {
        Site { function }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// `value` is the errno; 0 means the function failed without setting it. It is
    /// kind 0, so an inline errno error's second word is the errno itself.
    Errno = 0,
    /// `value` is the status code.
    Code = 1,
    /// The function returned NULL.
    Null = 2,
    /// The wrapper refused an argument before the call, or a result after it (the
    /// message says which).
    Argument = 3,
}

impl Kind {
    /// The kind `kind as u32` stored.
    fn from_bits(bits: u64) -> Kind {
        match bits {
            0 => Kind::Errno,
            1 => Kind::Code,
            2 => Kind::Null,
            _ => Kind::Argument,
        }
    }
}

impl Error {
    /// An error whose value fits the inline form (every errno does).
    #[inline]
    pub(crate) fn inline(site: &'static Site, kind: Kind, value: i32) -> Error {
        Error {
            repr: Repr::inline(site, kind, value),
        }
    }

    pub(crate) fn new(site: &'static Site, kind: Kind, value: i64) -> Error {
        match i32::try_from(value) {
            Ok(value) => Error::inline(site, kind, value),
            Err(_) => Error::boxed(Boxed {
                site,
                kind,
                value,
                message: None,
            }),
        }
    }

    fn boxed(boxed: Boxed) -> Error {
        Error {
            repr: Repr::boxed(Box::new(boxed)),
        }
    }

    pub(crate) fn with_message(self, message: Box<str>) -> Error {
        let (site, kind, value) = self.parts();
        Error::boxed(Boxed {
            site,
            kind,
            value,
            message: Some(message),
        })
    }

    fn parts(&self) -> (&'static Site, Kind, i64) {
        match self.repr.view() {
            View::Inline { site, kind, value } => (site, kind, i64::from(value)),
            View::Boxed(boxed) => (boxed.site, boxed.kind, boxed.value),
        }
    }

    /// The error a hand-written wrapper reports for a status code, as the `zero`
    /// convention does: `Error::from_code(const { &Site::new("pcre2_compile") }, code)`.
    #[must_use]
    pub fn from_code(site: &'static Site, code: i64) -> Error {
        Error::new(site, Kind::Code, code)
    }

    /// The error for an `errno`, as the `errno` convention reports it.
    #[must_use]
    pub fn from_errno(site: &'static Site, errno: Errno) -> Error {
        Error::inline(site, Kind::Errno, errno.raw())
    }

    /// The error for a NULL return, as `nonnull` reports it.
    #[must_use]
    pub fn from_null(site: &'static Site) -> Error {
        Error::inline(site, Kind::Null, 0)
    }

    /// The same error, carrying `text` as its [`message`](Error::message) (what a
    /// `message = f(..)` getter adds): `Display` then reads `function: text (code N)`.
    #[must_use]
    pub fn with_text(self, text: impl Into<Box<str>>) -> Error {
        self.with_message(text.into())
    }

    /// The C function that failed (its symbol: the `link_name` if one was given).
    #[must_use]
    pub fn function(&self) -> &'static str {
        self.parts().0.function
    }

    /// The `errno` the failure reported, if the convention reports one and it was
    /// not 0.
    #[must_use]
    pub fn errno(&self) -> Option<Errno> {
        match self.parts() {
            (_, Kind::Errno, value) if value != 0 => c_int_of(value).map(Errno::from_raw),
            _ => None,
        }
    }

    /// The status code the failure reported (`zero`, and `neg_errno`/`ret_errno`
    /// values that are not valid error numbers).
    #[must_use]
    pub fn code(&self) -> Option<i64> {
        match self.parts() {
            (_, Kind::Code, value) => Some(value),
            _ => None,
        }
    }

    /// The text the block's `message` getter returned, if any.
    #[must_use]
    pub fn message(&self) -> Option<&str> {
        match self.repr.view() {
            View::Boxed(boxed) => boxed.message.as_deref(),
            View::Inline { .. } => None,
        }
    }
}

fn c_int_of(value: i64) -> Option<core::ffi::c_int> {
    core::ffi::c_int::try_from(value).ok()
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (site, kind, value) = self.parts();
        write!(f, "{}: ", site.function)?;
        let message = self.message();
        match (kind, message) {
            (Kind::Errno, message) => match (self.errno(), message) {
                (Some(errno), Some(message)) => {
                    write!(f, "{message}: {errno} (os error {})", errno.raw())
                }
                (Some(errno), None) => write!(f, "{errno} (os error {})", errno.raw()),
                (None, Some(message)) => f.write_str(message),
                (None, None) => f.write_str("failed without setting errno"),
            },
            (Kind::Code, Some(message)) => write!(f, "{message} (code {value})"),
            (Kind::Code, None) => write!(f, "failed with code {value}"),
            (Kind::Null | Kind::Argument, Some(message)) => f.write_str(message),
            (Kind::Null, None) => f.write_str("returned NULL"),
            (Kind::Argument, None) => f.write_str("invalid argument"),
        }
    }
}

impl fmt::Debug for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut debug = f.debug_struct("Error");
        debug.field("function", &self.function());
        if let Some(errno) = self.errno() {
            debug.field("errno", &errno);
        }
        if let Some(code) = self.code() {
            debug.field("code", &code);
        }
        if let Some(message) = self.message() {
            debug.field("message", &message);
        }
        debug.finish()
    }
}

impl std::error::Error for Error {}

impl From<Error> for std::io::Error {
    /// Keeps `raw_os_error` when the error carries an errno (the function's name is
    /// then dropped: `io::Error` has no room for both); otherwise wraps the error.
    fn from(error: Error) -> Self {
        match error.errno() {
            Some(errno) => std::io::Error::from_raw_os_error(errno.raw()),
            None => std::io::Error::other(error),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Error, Kind as ErrorKind, Site};

    static CLOSE: Site = Site { function: "close" };

    #[test]
    fn stays_two_words() {
        assert!(size_of::<Error>() <= 16);
        assert!(size_of::<Result<(), Error>>() <= 16);
        assert!(size_of::<Result<core::ffi::c_int, Error>>() <= 16);
    }

    fn same_parts(error: &Error, kind: ErrorKind, value: i32) -> bool {
        let (site, stored_kind, stored_value) = error.parts();
        core::ptr::eq(site, &raw const CLOSE)
            && stored_kind == kind
            && stored_value == i64::from(value)
    }

    #[test]
    fn every_kind_reads_back_inline_and_boxed() {
        for value in [0, 1, -1, i32::MIN, i32::MAX] {
            for kind in [
                ErrorKind::Errno,
                ErrorKind::Code,
                ErrorKind::Null,
                ErrorKind::Argument,
            ] {
                let inline = Error::inline(&CLOSE, kind, value);
                assert!(same_parts(&inline, kind, value));
                assert_eq!(inline.message(), None);
                // Boxed with a message, then boxed again: the first box is freed
                // (Miri reports a leak otherwise) and the parts carried over.
                let boxed = inline.with_text("first").with_text("second");
                assert!(same_parts(&boxed, kind, value));
                assert_eq!(boxed.message(), Some("second"));
                assert_eq!(boxed.function(), "close");
            }
        }
    }

    #[test]
    fn boxed_errors_move_between_threads() {
        let error = Error::new(&CLOSE, ErrorKind::Code, i64::MAX).with_text("busy");
        let error = std::thread::spawn(move || error).join().unwrap();
        assert_eq!(error.code(), Some(i64::MAX));
        assert_eq!(error.message(), Some("busy"));
    }

    #[test]
    fn is_send_sync_static() {
        fn assert_bounds<T: Send + Sync + 'static>() {}
        assert_bounds::<Error>();
    }

    #[test]
    fn wide_codes_are_kept() {
        let error = Error::new(&CLOSE, ErrorKind::Code, i64::MIN);
        assert_eq!(error.code(), Some(i64::MIN));
        assert_eq!(error.errno(), None);
        assert_eq!(
            error.to_string(),
            format!("close: failed with code {}", i64::MIN)
        );
    }

    #[test]
    fn hand_written_wrappers_build_the_same_errors() {
        let site = const { &Site::new("pcre2_compile") };
        let error = Error::from_code(site, 101).with_text("missing closing parenthesis");
        assert_eq!(error.function(), "pcre2_compile");
        assert_eq!(error.code(), Some(101));
        assert_eq!(
            error.to_string(),
            "pcre2_compile: missing closing parenthesis (code 101)"
        );
        let error = Error::from_errno(site, crate::Errno::from_raw(libc::ENOENT));
        assert_eq!(error.errno(), Some(crate::Errno::from_raw(libc::ENOENT)));
        assert_eq!(
            Error::from_null(site).to_string(),
            "pcre2_compile: returned NULL"
        );
    }

    #[test]
    fn debug_shows_the_fields() {
        let error = Error::new(&CLOSE, ErrorKind::Code, 3).with_message("busy".into());
        assert_eq!(
            format!("{error:?}"),
            r#"Error { function: "close", code: 3, message: "busy" }"#
        );
    }
}
