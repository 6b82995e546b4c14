//! `Failed<V>`: an [`Error`] with the values C wrote when it failed.

use crate::Error;
use core::fmt;

/// The error of a wrapper with `#[out(on_failure)]` parameters: the [`Error`],
/// and the values C wrote to those parameters when it failed (`pcre2_compile`'s
/// error code and offset), in order. It derefs to the `Error`, and `?` turns it
/// into one (the values are then dropped).
///
/// [`values`](Failed::values) is `None` when the wrapper failed without C
/// failing: an argument it refused before the call, or a result it refused
/// after a successful one.
///
/// ```
/// use ffi_runtime::{Error, Failed, Site};
///
/// static SITE: Site = Site::new("pcre2_compile");
/// let failed = Failed::with_values(Error::from_code(&SITE, 101), (101, 3usize));
/// assert_eq!(failed.values(), Some(&(101, 3)));
/// assert_eq!(failed.code(), Some(101));
/// let error: Error = failed.into();
/// assert_eq!(error.function(), "pcre2_compile");
/// ```
pub struct Failed<V> {
    error: Error,
    values: Option<V>,
}

impl<V> Failed<V> {
    /// The error, with the values C wrote.
    #[must_use]
    pub fn with_values(error: Error, values: V) -> Self {
        Failed {
            error,
            values: Some(values),
        }
    }

    /// The values C wrote to the `#[out(on_failure)]` parameters, in order;
    /// `None` when C did not fail (the wrapper refused something itself).
    #[must_use]
    pub fn values(&self) -> Option<&V> {
        self.values.as_ref()
    }

    /// The error.
    #[must_use]
    pub fn error(&self) -> &Error {
        &self.error
    }

    /// The error and the values.
    #[must_use]
    pub fn into_parts(self) -> (Error, Option<V>) {
        (self.error, self.values)
    }
}

impl<V> From<Error> for Failed<V> {
    /// An error C did not report: no values.
    fn from(error: Error) -> Self {
        Failed {
            error,
            values: None,
        }
    }
}

impl<V> From<Failed<V>> for Error {
    fn from(failed: Failed<V>) -> Self {
        failed.error
    }
}

impl<V> core::ops::Deref for Failed<V> {
    type Target = Error;
    fn deref(&self) -> &Error {
        &self.error
    }
}

impl<V: fmt::Debug> fmt::Debug for Failed<V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Failed")
            .field("error", &self.error)
            .field("values", &self.values)
            .finish()
    }
}

impl<V> fmt::Display for Failed<V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.error, f)
    }
}

impl<V: fmt::Debug> std::error::Error for Failed<V> {}
