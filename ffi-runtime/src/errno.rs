//! `Errno`: the C library's thread-local error number.

use core::ffi::c_int;
use core::fmt;

/// An error number as C's `errno` holds it (`EBADF`, `EINVAL`, ...).
///
/// ```
/// use ffi_runtime::Errno;
///
/// let errno = Errno::from_raw(libc::EBADF);
/// assert_eq!(errno.raw(), libc::EBADF);
/// assert_eq!(errno.to_string(), "Bad file descriptor");
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
#[repr(transparent)]
pub struct Errno(c_int);

impl Errno {
    /// The calling thread's current `errno`.
    ///
    /// Reads it without allocating or calling anything that could change it: one
    /// load from the thread's errno location.
    #[must_use]
    #[inline]
    pub fn last() -> Errno {
        // SAFETY: the errno location is a valid, thread-local `c_int` for the whole
        // life of the calling thread.
        Errno(unsafe { *errno_location() })
    }

    /// The error number `raw`.
    #[must_use]
    #[inline]
    pub const fn from_raw(raw: c_int) -> Errno {
        Errno(raw)
    }

    /// The error number as C sees it.
    #[must_use]
    #[inline]
    pub const fn raw(self) -> c_int {
        self.0
    }

    /// Sets the calling thread's `errno` to this value, as a C function does when it
    /// fails. Fakes of C functions written in Rust use it.
    #[inline]
    pub fn set_last(self) {
        // SAFETY: the errno location is a valid, thread-local `c_int` for the whole
        // life of the calling thread; nothing else holds a Rust reference to it.
        unsafe { *errno_location() = self.0 };
    }

    /// Sets the calling thread's `errno` to 0.
    #[inline]
    pub fn clear() {
        Errno(0).set_last();
    }
}

#[cfg(any(
    target_os = "linux",
    target_os = "android",
    target_os = "hurd",
    target_os = "emscripten",
    target_os = "redox"
))]
fn errno_location() -> *mut c_int {
    // SAFETY: `__errno_location` has no preconditions and returns the thread's errno.
    unsafe { libc::__errno_location() }
}

#[cfg(any(
    target_os = "macos",
    target_os = "ios",
    target_os = "tvos",
    target_os = "watchos",
    target_os = "visionos",
    target_os = "freebsd",
    target_os = "dragonfly"
))]
fn errno_location() -> *mut c_int {
    // SAFETY: `__error` has no preconditions and returns the thread's errno.
    unsafe { libc::__error() }
}

#[cfg(any(target_os = "openbsd", target_os = "netbsd"))]
fn errno_location() -> *mut c_int {
    // SAFETY: `__errno` has no preconditions and returns the thread's errno.
    unsafe { libc::__errno() }
}

#[cfg(any(target_os = "solaris", target_os = "illumos"))]
fn errno_location() -> *mut c_int {
    // SAFETY: `___errno` has no preconditions and returns the thread's errno.
    unsafe { libc::___errno() }
}

impl fmt::Display for Errno {
    /// The system's description, from the thread-safe (XSI) `strerror_r`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut buffer = [0u8; 256];
        // SAFETY: the buffer is writable for its whole length, which is passed; the
        // XSI `strerror_r` (libc maps it to `__xpg_strerror_r` on glibc) writes a
        // NUL-terminated string into it or returns an error.
        let status = unsafe { libc::strerror_r(self.0, buffer.as_mut_ptr().cast(), buffer.len()) };
        let text = (status == 0)
            .then(|| core::ffi::CStr::from_bytes_until_nul(&buffer).ok())
            .flatten();
        match text {
            Some(text) => f.write_str(&text.to_string_lossy()),
            None => write!(f, "Unknown error {}", self.0),
        }
    }
}

impl fmt::Debug for Errno {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Errno({})", self.0)
    }
}

impl From<Errno> for std::io::Error {
    fn from(errno: Errno) -> Self {
        std::io::Error::from_raw_os_error(errno.0)
    }
}

#[cfg(test)]
mod tests {
    use super::Errno;

    #[test]
    fn set_and_read_back() {
        Errno::from_raw(libc::ENOSPC).set_last();
        assert_eq!(Errno::last(), Errno::from_raw(libc::ENOSPC));
        Errno::clear();
        assert_eq!(Errno::last().raw(), 0);
    }

    #[test]
    fn errno_is_per_thread() {
        Errno::from_raw(libc::EPIPE).set_last();
        std::thread::spawn(|| {
            Errno::from_raw(libc::EEXIST).set_last();
            assert_eq!(Errno::last().raw(), libc::EEXIST);
        })
        .join()
        .unwrap();
        assert_eq!(Errno::last().raw(), libc::EPIPE);
    }

    #[test]
    #[cfg(not(miri))] // Miri's strerror_r has its own texts, not glibc's.
    fn display_uses_the_system_text() {
        assert_eq!(
            Errno::from_raw(libc::EBADF).to_string(),
            "Bad file descriptor"
        );
        assert!(Errno::from_raw(99_999).to_string().contains("99999"));
    }

    #[test]
    fn debug_and_io_conversion() {
        assert_eq!(format!("{:?}", Errno::from_raw(9)), "Errno(9)");
        let io = std::io::Error::from(Errno::from_raw(libc::EACCES));
        assert_eq!(io.raw_os_error(), Some(libc::EACCES));
    }
}
