//! `Check`: a user-defined success test, for `#[ffi(check = Type)]`.

/// Decides whether the value `R` a C function returned means success.
///
/// With `#[ffi(check = Type)]`, the wrapper returns
/// `Result<Type::Output, Type::Error>`: the result of [`check`](Check::check), or,
/// with out-parameters, the out values in place of `Output`.
///
/// ```
/// use ffi_runtime::{Check, foreign};
/// use std::ffi::c_int;
///
/// /// sqlite3_step: `SQLITE_ROW` (100) and `SQLITE_DONE` (101) are successes.
/// struct StepStatus;
///
/// #[derive(Debug, PartialEq)]
/// enum Step { Row, Done }
///
/// impl Check<c_int> for StepStatus {
///     type Output = Step;
///     type Error = c_int;
///     fn check(ret: c_int) -> Result<Step, c_int> {
///         match ret {
///             100 => Ok(Step::Row),
///             101 => Ok(Step::Done),
///             code => Err(code),
///         }
///     }
/// }
///
/// assert_eq!(StepStatus::check(100), Ok(Step::Row));
/// assert_eq!(StepStatus::check(1), Err(1));
/// ```
pub trait Check<R> {
    /// The wrapper's `Ok` value (without out-parameters).
    type Output;
    /// The wrapper's error.
    type Error;
    /// Turns the returned value into the wrapper's result.
    ///
    /// # Errors
    ///
    /// When `ret` means failure.
    fn check(ret: R) -> Result<Self::Output, Self::Error>;
}
