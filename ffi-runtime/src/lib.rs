//! Safe, zero-overhead wrappers for C functions, declared once.
//!
//! Put [`#[foreign]`](foreign) on an `extern` block of C declarations and say, in
//! attributes, what each function promises: how it reports failure, which pointer
//! is an out-parameter, where its error message comes from. The block is kept
//! unchanged in a `raw` module, and each function gets a safe wrapper of the same
//! name that returns a `Result` whose [`Error`] names the C function and the cause.
//!
//! ```
//! use ffi_runtime::{foreign, Error};
//! use std::ffi::c_int;
//!
//! #[foreign(errno)]
//! unsafe extern "C" {
//!     /// Closes a file descriptor.
//!     fn close(fd: c_int) -> c_int;
//!     fn getrlimit(resource: c_int, #[out] rlim: *mut libc::rlimit) -> c_int;
//! }
//!
//! # fn main() -> Result<(), Error> {
//! let limit = getrlimit(libc::RLIMIT_NOFILE as c_int)?;
//! assert!(limit.rlim_cur <= limit.rlim_max);
//!
//! let error: Error = close(-1).unwrap_err();
//! assert_eq!(error.to_string(), "close: Bad file descriptor (os error 9)");
//! # Ok(())
//! # }
//! ```
//!
//! C handles are owned by `#[derive(Owned)]` newtypes, freed exactly once, and
//! `#[foreign]` takes them where the C function takes the pointer:
//!
//! ```
//! use ffi_runtime::{foreign, Owned};
//! use std::ffi::c_void;
//! use std::ptr::NonNull;
//!
//! /// A block of C memory, freed with `free`.
//! #[derive(Owned)]
//! #[owned(drop = raw::free)]
//! #[repr(transparent)]
//! pub struct Memory(NonNull<c_void>);
//!
//! #[foreign]
//! unsafe extern "C" {
//!     #[ffi(nonnull, owned = Memory)]
//!     fn malloc(size: usize) -> *mut c_void;
//!     #[ffi(raw)]
//!     fn free(pointer: *mut c_void);
//! }
//!
//! # fn main() -> Result<(), ffi_runtime::Error> {
//! let memory: Memory = malloc(64)?;
//! assert!(!memory.as_ptr().is_null());
//! # Ok(())
//! # }   // `memory` is freed here, once.
//! ```
//!
//! A C callback with a `void *user_data` slot takes a closure; a panic in it never
//! unwinds into C, and resumes once the C function has returned:
//!
//! ```
//! use ffi_runtime::foreign;
//! use std::ffi::{c_int, c_void};
//!
//! #[foreign]
//! unsafe extern "C" {
//!     /// glibc's qsort_r: the comparator gets `data` back.
//!     #[ffi(unsafe)]
//!     fn qsort_r(
//!         base: *mut c_void,
//!         count: usize,
//!         size: usize,
//!         #[callback(data, on_panic = 0)] compare: extern "C" fn(
//!             a: &i32,
//!             b: &i32,
//!             data: *mut c_void,
//!         ) -> c_int,
//!         data: *mut c_void,
//!     );
//! }
//!
//! # fn main() {
//! let mut items = [3, 1, 2];
//! let mut comparisons = 0;
//! // SAFETY: base, count and size describe `items`.
//! unsafe {
//!     qsort_r(items.as_mut_ptr().cast(), 3, size_of::<i32>(), |a, b| {
//!         comparisons += 1;
//!         a.cmp(b) as c_int
//!     });
//! }
//! assert_eq!(items, [1, 2, 3]);
//! assert!(comparisons >= 2);
//! # }
//! ```
//!
//! `#[derive(Value)]` makes newtypes of plain C values (`ClockId(clockid_t)`).
//! The keys, conventions, parameter forms, derives and the claim each attribute
//! makes are in [`reference`](mod@reference), the repository's README.

mod buffer;
mod callback;
mod callback_args;
mod check;
#[cfg(unix)]
pub mod dynamic;
mod errno;
mod error;
pub mod export;
mod failed;
mod handle;
mod plain;
mod string_arg;

#[doc(hidden)]
pub mod __private;

/// The full reference: every key, convention, parameter form, derive and claim,
/// as the repository's README states it (the same file, included here so that
/// docs.rs readers have it; its examples are compiled as doctests).
pub mod reference {
    #![doc = include_str!("../README.md")]
}

pub use callback::ReentryPanic;
pub use check::Check;
pub use errno::Errno;
pub use error::{Error, Site};
pub use failed::Failed;
pub use ffi_macros::{AnyBitPattern, Owned, PointerFree, Value, export, foreign};
pub use handle::{Borrowed, ExclusiveHandle, Handle};
pub use plain::{AnyBitPattern, PointerFree};
