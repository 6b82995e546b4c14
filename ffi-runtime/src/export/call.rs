//! One exported call: panics caught, errors turned into a status code, and the
//! thread's last error kept for C to read.

use core::cell::RefCell;
use core::ffi::c_char;
use core::fmt;
use core::marker::PhantomData;
use std::any::Any;
use std::ffi::CString;
use std::panic::{AssertUnwindSafe, catch_unwind};

/// The call succeeded.
pub const OK: i32 = 0;
/// The code of an error whose [`ExportError::code`] is the default (or not
/// positive: codes `<= 0` are the runtime's).
pub const ERROR: i32 = 1;
/// The Rust code panicked; the panic was caught and did not unwind into C.
pub const PANIC: i32 = -1;
/// C passed an argument the Rust types cannot hold.
pub const INVALID_ARGUMENT: i32 = -2;
/// The result cannot be given to C (a string with a NUL byte).
pub const INVALID_RESULT: i32 = -3;

/// An error an exported function returns: its message is the `Display`, its
/// status code [`code`](Self::code).
///
/// Implement it for your error type (one line when the default code suits);
/// it is implemented for `String`, `&str`, `Box<dyn Error>`, `std::io::Error`,
/// the standard parse errors and [`crate::Error`].
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not an error an exported function can report to C",
    note = "implement `ffi_runtime::export::ExportError` for it: `impl ExportError for {Self} {{}}` (code 1), or with `fn code(&self) -> i32` for a positive code of your own"
)]
pub trait ExportError: fmt::Display {
    /// The status code C receives: positive. Zero and negative codes are the
    /// runtime's; an error answering one is reported as [`ERROR`].
    fn code(&self) -> i32 {
        ERROR
    }
}

impl ExportError for String {}
impl ExportError for &str {}
impl ExportError for Box<dyn std::error::Error> {}
impl ExportError for Box<dyn std::error::Error + Send + Sync> {}
impl ExportError for std::io::Error {}
impl ExportError for fmt::Error {}
impl ExportError for core::str::Utf8Error {}
impl ExportError for core::num::ParseIntError {}
impl ExportError for core::num::ParseFloatError {}
impl ExportError for crate::Error {}

/// One exported call: references made from C's pointers live as long as it.
///
/// Invariant in `'scope`, and only [`run`] makes one, for a lifetime of its
/// closure's choosing: a parameter cannot outlive the call.
#[derive(Clone, Copy)]
pub struct Scope<'scope>(PhantomData<fn(&'scope ()) -> &'scope ()>);

/// Why an exported call failed: its status code and message.
#[derive(Debug)]
pub struct Failure {
    code: i32,
    message: String,
}

impl Failure {
    /// The function's own error (taken by value: it is dropped here, inside
    /// the call's panic guard).
    #[cold]
    #[allow(clippy::needless_pass_by_value)]
    pub fn error<E: ExportError>(error: E) -> Self {
        let code = error.code();
        Self {
            code: if code > 0 { code } else { ERROR },
            message: error.to_string(),
        }
    }

    #[cold]
    fn argument(message: String) -> Self {
        Self {
            code: INVALID_ARGUMENT,
            message,
        }
    }

    #[cold]
    pub(super) fn null(name: &str) -> Self {
        Self::argument(format!("`{name}` is NULL"))
    }

    #[cold]
    pub(super) fn null_with_length(name: &str, length: usize) -> Self {
        Self::argument(format!("`{name}` is NULL with length {length}"))
    }

    #[cold]
    pub(super) fn misaligned(name: &str) -> Self {
        Self::argument(format!("`{name}` is not aligned for its type"))
    }

    #[cold]
    pub(super) fn too_long(name: &str, length: usize) -> Self {
        Self::argument(format!(
            "`{name}`: length {length} is larger than any array"
        ))
    }

    #[cold]
    pub(super) fn not_utf8(name: &str, valid_up_to: usize) -> Self {
        Self::argument(format!(
            "`{name}` is not UTF-8 (invalid byte at offset {valid_up_to})"
        ))
    }

    #[cold]
    pub(super) fn overlapping(first: &str, second: &str) -> Self {
        Self::argument(format!(
            "`{first}` and `{second}` overlap, and one is written"
        ))
    }

    /// A result C cannot be given.
    #[cold]
    pub(super) fn invalid_result(message: String) -> Self {
        Self {
            code: INVALID_RESULT,
            message,
        }
    }

    /// The status code.
    #[must_use]
    pub fn code(&self) -> i32 {
        self.code
    }

    /// The message (without the function's name).
    #[must_use]
    pub fn message(&self) -> &str {
        &self.message
    }
}

/// The `out` parameter: not NULL, aligned.
///
/// # Errors
///
/// [`INVALID_ARGUMENT`] otherwise.
#[inline]
pub fn check_out<T>(out: *mut T) -> Result<(), Failure> {
    super::args::pointer_arg(out.cast_const(), false, "out")
}

/// The thread's last error.
///
/// `kept` is the message C may be reading while it frees something: a `_free`
/// (called by C, not from inside another call) moves the message there, so a
/// `Drop` that panics, or that calls exports, replaces `message` without
/// freeing the one C holds. C's next call frees both. Messages made and
/// replaced inside a call were never seen by C and are freed at once.
struct LastError {
    code: i32,
    message: Option<CString>,
    kept: Option<CString>,
    depth: usize,
}

thread_local! {
    static LAST_ERROR: RefCell<LastError> = const {
        RefCell::new(LastError { code: OK, message: None, kept: None, depth: 0 })
    };
}

/// Runs `change` on the thread's last error, unless the thread is exiting (its
/// thread-locals are gone) or it is borrowed.
fn with_last<R>(change: impl FnOnce(&mut LastError) -> R) -> Option<R> {
    LAST_ERROR
        .try_with(|last| last.try_borrow_mut().ok().map(|mut last| change(&mut last)))
        .ok()
        .flatten()
}

/// Entering an exported call: the last error is cleared; the outermost call
/// (C's) also frees what a `_free` kept.
#[inline]
fn enter() {
    with_last(|last| {
        last.depth += 1;
        if last.code != OK || last.message.is_some() {
            last.code = OK;
            last.message = None;
        }
        if last.depth == 1 && last.kept.is_some() {
            last.kept = None;
        }
    });
}

/// Leaving an exported call that answered `status`: a success of C's own
/// call leaves no error behind (not even one of a failed call nested in it).
#[inline]
fn leave(status: i32) {
    with_last(|last| {
        last.depth = last.depth.saturating_sub(1);
        if last.depth == 0 && status == OK && last.code != OK {
            last.code = OK;
            last.message = None;
        }
    });
}

#[cold]
fn set_last_error(function: &str, code: i32, message: &str) {
    let text = format!("{function}: {message}").replace('\0', "\\0");
    let message = CString::new(text).ok();
    with_last(|last| {
        last.code = code;
        last.message = message;
    });
}

/// The status code of the thread's last failed exported call, or [`OK`] if
/// the last call succeeded (or none was made).
#[must_use]
pub fn last_error_code() -> i32 {
    LAST_ERROR
        .try_with(|last| last.try_borrow().map_or(OK, |last| last.code))
        .unwrap_or(OK)
}

/// The message of the thread's last failed exported call, naming the function,
/// as a C string valid until the next exported call on this thread; NULL if
/// the last call succeeded.
#[must_use]
pub fn last_error_message() -> *const c_char {
    LAST_ERROR
        .try_with(|last| {
            last.try_borrow().map_or(core::ptr::null(), |last| {
                // After C's `_free`, the message it kept (unless a panic in
                // `Drop` replaced it).
                let kept = last.kept.as_deref().filter(|_| last.code != OK);
                last.message
                    .as_deref()
                    .or(kept)
                    .map_or(core::ptr::null(), core::ffi::CStr::as_ptr)
            })
        })
        .unwrap_or(core::ptr::null())
}

/// Runs one exported call: clears the last error, runs `body` catching any
/// panic, and answers the status code, recording the failure if any.
#[inline]
pub fn run<F>(function: &'static str, body: F) -> i32
where
    F: for<'scope> FnOnce(Scope<'scope>) -> Result<(), Failure>,
{
    enter();
    // Unwind safety: a value the panicking code was changing (a handle) keeps
    // whatever state the panic left it in, valid but maybe not meaningful, as
    // after any `catch_unwind`; the message tells C a panic happened.
    let status = match catch_unwind(AssertUnwindSafe(|| body(Scope(PhantomData)))) {
        Ok(Ok(())) => OK,
        Ok(Err(failure)) => failed(function, &failure),
        Err(payload) => panicked(function, payload),
    };
    leave(status);
    status
}

/// `prefix_type_free(handle)`: drops the handle's `Box`. NULL is accepted; a
/// misaligned pointer (never one Rust made) is left alone and reported; a panic
/// in `Drop` is caught and reported. Otherwise the last error is kept, so C may
/// free things while reading it; a message it replaces stays allocated until
/// C's next call.
///
/// # Safety
///
/// `handle` is NULL, misaligned, or a handle of this type the module returned
/// and C has not freed.
pub unsafe fn free_handle<T>(function: &'static str, handle: *mut T) {
    if handle.is_null() {
        return;
    }
    if !handle.is_aligned() {
        set_last_error(
            function,
            INVALID_ARGUMENT,
            "the handle is not aligned for its type: not one Rust made",
        );
        return;
    }
    // SAFETY: from `Box::into_raw` and not freed (the caller's promise).
    let owned = unsafe { Box::from_raw(handle) };
    // Counted as a call (exports the `Drop` calls are nested in it), clearing
    // nothing: C may be reading the last message while it frees, so C's own
    // `_free` keeps it allocated until C's next call.
    with_last(|last| {
        if last.depth == 0 && last.message.is_some() {
            last.kept = last.message.take();
        }
        last.depth += 1;
    });
    if let Err(payload) = catch_unwind(AssertUnwindSafe(move || drop(owned))) {
        panicked(function, payload);
    }
    with_last(|last| last.depth = last.depth.saturating_sub(1));
}

#[cold]
#[inline(never)]
fn failed(function: &str, failure: &Failure) -> i32 {
    set_last_error(function, failure.code, &failure.message);
    failure.code
}

#[cold]
#[inline(never)]
fn panicked(function: &str, payload: Box<dyn Any + Send>) -> i32 {
    let message = match payload.downcast_ref::<&'static str>() {
        Some(text) => format!("panicked: {text}"),
        None => match payload.downcast_ref::<String>() {
            Some(text) => format!("panicked: {text}"),
            None => "panicked".to_owned(),
        },
    };
    drop_payload(payload);
    set_last_error(function, PANIC, &message);
    PANIC
}

/// The size and alignment C gives a struct of fields of these sizes and
/// alignments, in order (the `#[repr(C)]` algorithm). An exported struct is
/// checked against it at compile time, so a `packed` or `align` hidden from
/// the macro (by `cfg_attr`) cannot make Rust's layout differ from the header's.
#[must_use]
pub const fn c_layout(fields: &[(usize, usize)]) -> (usize, usize) {
    let mut offset: usize = 0;
    let mut align: usize = 1;
    let mut index = 0;
    while index < fields.len() {
        let (size, field_align) = fields[index];
        offset = offset.next_multiple_of(field_align) + size;
        if field_align > align {
            align = field_align;
        }
        index += 1;
    }
    (offset.next_multiple_of(align), align)
}

/// The value of an exported integer constant as C writes it.
#[must_use]
pub fn constant<T: IntegerConstant>(value: T) -> String {
    value.render()
}

/// The integer types an exported constant may have.
pub trait IntegerConstant: Copy {
    /// The C literal.
    fn render(self) -> String;
}

macro_rules! integer_constants {
    (signed: $($signed:ty),*; unsigned: $($unsigned:ty),*) => {
        $(impl IntegerConstant for $signed {
            fn render(self) -> String {
                // The one value whose literal C cannot write: `-` applies to a
                // positive literal, which would not fit.
                if i64::try_from(self) == Ok(i64::MIN) {
                    "(-9223372036854775807LL - 1)".to_owned()
                } else {
                    self.to_string()
                }
            }
        })*
        $(impl IntegerConstant for $unsigned {
            fn render(self) -> String {
                format!("{self}u")
            }
        })*
    };
}

integer_constants!(signed: i8, i16, i32, i64, isize; unsigned: u8, u16, u32, u64, usize);

/// Drops a panic's payload, whose `Drop` may panic in turn (rust#86027): the
/// payload of that panic is dropped the same way, a few times over, and only a
/// payload whose every drop keeps panicking is leaked, so nothing unwinds
/// into C.
fn drop_payload(payload: Box<dyn Any + Send>) {
    let mut payload = payload;
    for _ in 0..8 {
        match catch_unwind(AssertUnwindSafe(move || drop(payload))) {
            Ok(()) => return,
            Err(next) => payload = next,
        }
    }
    core::mem::forget(payload);
}
