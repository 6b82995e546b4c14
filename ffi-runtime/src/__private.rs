//! What expansions of `#[foreign]` use. Not a public interface: names here change
//! whenever the macro's output does.

pub use crate::buffer::{
    buffer_string, grow, grow_to, should_grow, should_grow_code, truncated_error, written_bytes,
    zeroed_buffer,
};
pub use crate::callback::{CallbackSite, CaughtPanic, Registered, Scoped, ScopedShared};
pub use crate::callback_args::{
    Filling, callback_cstr, callback_cstr_nullable, callback_disjoint, callback_slice,
    callback_slice_mut,
};
pub use crate::error::Site;
pub use crate::plain::{AnyBitPattern, PointerFree};
pub use crate::string_arg::{NulTerminated, StrArg};
pub use core;
pub use core::clone::Clone;
pub use core::convert::{From, TryFrom};
pub use core::default::Default;
pub use core::ffi::{CStr, c_char, c_int, c_void};
pub use core::fmt;
pub use core::marker::PhantomData;
pub use core::mem::{ManuallyDrop, MaybeUninit};
pub use core::ops::Drop;
pub use core::option::Option::{self, None, Some};
pub use core::ptr::NonNull;
pub use core::result::Result::{self, Err, Ok};
pub use libc;
pub use std::ffi::CString;
pub use std::string::String;
pub use std::vec::Vec;

use crate::Errno;
use crate::error::{Error, Kind};

/// The seal of the traits below: generated `unsafe` code trusts their answers,
/// so nobody outside this crate may implement them.
mod sealed {
    /// Implemented for the primitive integer types only.
    pub trait Sealed {}

    macro_rules! sealed {
        ($($ty:ty),*) => {$( impl Sealed for $ty {} )*};
    }

    sealed!(
        i8, i16, i32, i64, i128, isize, u8, u16, u32, u64, u128, usize
    );
}

/// The failure tests of the integer conventions. Sealed: the wrapper trusts the
/// answer (a success test guards `assume_init` of out-parameters).
///
/// ```compile_fail,E0277
/// #[derive(Clone, Copy)]
/// struct Liar;
/// impl ffi_runtime::__private::IntReturn for Liar {
///     fn is_errno_sentinel(self) -> bool { false }
///     fn is_nonzero(self) -> bool { false }
///     fn to_code(self) -> i64 { 0 }
/// }
/// ```
#[diagnostic::on_unimplemented(
    message = "this convention needs an integer return type, found `{Self}`",
    label = "not a primitive integer",
    note = "`errno`, `ret_errno` and `zero` test integer returns; use `check = Type` for other types"
)]
pub trait IntReturn: Copy + sealed::Sealed {
    /// `errno` convention: -1 for signed types, `MAX` for unsigned ones.
    fn is_errno_sentinel(self) -> bool;
    /// `ret_errno` and `zero`: anything but 0 is a failure.
    fn is_nonzero(self) -> bool;
    /// The value as a status code. Unsigned 64-bit values keep their bit pattern
    /// (`cast_signed`): a code is reported, not computed with.
    fn to_code(self) -> i64;
    /// 0: what a generated destroy hook answers ("OK"), with no user code run.
    const ZERO: Self;
}

/// The failure test of `neg_errno`. Sealed through [`IntReturn`], and
/// explicitly.
#[diagnostic::on_unimplemented(
    message = "`neg_errno` needs a signed integer return type, found `{Self}`",
    label = "cannot be negative",
    note = "`neg_errno` is for functions that return `-errno` on failure"
)]
pub trait SignedReturn: IntReturn + sealed::Sealed {
    /// A negative value is `-errno`.
    fn is_negative(self) -> bool;
}

macro_rules! signed {
    ($($ty:ty),*) => {$(
        impl IntReturn for $ty {
            const ZERO: Self = 0;
            #[inline]
            fn is_errno_sentinel(self) -> bool { self == -1 }
            #[inline]
            fn is_nonzero(self) -> bool { self != 0 }
            #[inline]
            fn to_code(self) -> i64 { i64::from(self) }
        }
        impl SignedReturn for $ty {
            #[inline]
            fn is_negative(self) -> bool { self < 0 }
        }
    )*};
}

macro_rules! unsigned {
    ($($ty:ty),*) => {$(
        impl IntReturn for $ty {
            const ZERO: Self = 0;
            #[inline]
            fn is_errno_sentinel(self) -> bool { self == <$ty>::MAX }
            #[inline]
            fn is_nonzero(self) -> bool { self != 0 }
            #[inline]
            fn to_code(self) -> i64 { u64::from(self).cast_signed() }
        }
    )*};
}

signed!(i8, i16, i32, i64);
unsigned!(u8, u16, u32, u64);

impl IntReturn for isize {
    const ZERO: Self = 0;
    #[inline]
    fn is_errno_sentinel(self) -> bool {
        self == -1
    }
    #[inline]
    fn is_nonzero(self) -> bool {
        self != 0
    }
    #[inline]
    fn to_code(self) -> i64 {
        // isize is at most 64 bits on every target Rust supports.
        i64::try_from(self).unwrap_or(i64::MIN)
    }
}

impl SignedReturn for isize {
    #[inline]
    fn is_negative(self) -> bool {
        self < 0
    }
}

impl IntReturn for usize {
    const ZERO: Self = 0;
    #[inline]
    fn is_errno_sentinel(self) -> bool {
        self == usize::MAX
    }
    #[inline]
    fn is_nonzero(self) -> bool {
        self != 0
    }
    #[inline]
    fn to_code(self) -> i64 {
        u64::try_from(self).unwrap_or(u64::MAX).cast_signed()
    }
}

/// A C length type: a slice's length converted for C (`from_usize`) and a
/// length C wrote converted back (`to_usize`), both checked. Sealed: the
/// wrapper builds slices from the answer, so a user type may not implement it
/// (a user `TryFrom` impl could lie).
///
/// ```compile_fail,E0277
/// #[derive(Clone, Copy)]
/// struct Liar;
/// impl ffi_runtime::__private::Length for Liar {
///     fn from_usize(_: usize) -> Option<Self> { Some(Liar) }
///     fn to_usize(self) -> Option<usize> { Some(usize::MAX) }
/// }
/// ```
#[diagnostic::on_unimplemented(
    message = "a length must be a primitive integer type, found `{Self}`",
    label = "not a primitive integer",
    note = "declare the length parameter with the C integer type (`usize`, `c_int`, `u32`, ...)"
)]
pub trait Length: Copy + sealed::Sealed {
    /// `n` as this type, `None` when it does not fit.
    fn from_usize(n: usize) -> Option<Self>;
    /// This value as a count, `None` when negative or above `usize::MAX`.
    fn to_usize(self) -> Option<usize>;
}

macro_rules! length {
    ($($ty:ty),*) => {$(
        impl Length for $ty {
            #[inline]
            fn from_usize(n: usize) -> Option<Self> {
                <$ty>::try_from(n).ok()
            }
            #[inline]
            fn to_usize(self) -> Option<usize> {
                usize::try_from(self).ok()
            }
        }
    )*};
}

length!(
    i8, i16, i32, i64, i128, isize, u8, u16, u32, u64, u128, usize
);

/// A compile-time proof that a safe wrapper may hand `T` to C (by value, by
/// reference or in a slice). Costs nothing at run time.
#[inline(always)]
pub const fn passed_to_c<T: ?Sized + PointerFree>() {}

/// A compile-time proof that C may write a `T` for Rust to read.
#[inline(always)]
pub const fn written_by_c<T: AnyBitPattern>() {}

/// Both: C reads and writes a `T` (`&mut T`, a slice C fills in place).
#[inline(always)]
pub const fn shared_with_c<T: PointerFree + AnyBitPattern>() {}

/// What a C function may return to a safe wrapper: a type valid for every bit
/// pattern, or `bool` (C's `_Bool` is returned as 0 or 1 by every ABI). A Rust
/// enum is refused: C may return any integer in an enum. Sealed: users make their
/// types qualify through `AnyBitPattern`, whose impls are checked.
#[diagnostic::on_unimplemented(
    message = "C may return (or pass to a callback) a value of `{Self}` that is not valid in Rust",
    label = "not valid for every value C may hand over",
    note = "declare the C type (an integer instead of a Rust enum) and convert after the call, or make the wrapper `#[ffi(unsafe)]`",
    note = "for your own `#[repr(C)]` struct: `#[derive(ffi_runtime::AnyBitPattern)]`"
)]
pub trait ReturnedByC: returned::Sealed {}

mod returned {
    use crate::AnyBitPattern;

    pub trait Sealed {}
    impl<T: AnyBitPattern> Sealed for T {}
    impl Sealed for bool {}
}

impl<T: AnyBitPattern> ReturnedByC for T {}
impl ReturnedByC for bool {}

/// A compile-time proof that a safe wrapper may hand the `T` C returned to its
/// caller. Costs nothing at run time.
#[inline(always)]
pub const fn returned_by_c<T: ReturnedByC>() {}

/// An array C handed out for the caller to free (`#[out_slice(len, free = f)]`):
/// freed when dropped, after the copy or on any early return, once.
pub struct OwnedArray<T, F: FnMut(*mut T)> {
    pointer: *mut T,
    free: F,
}

impl<T, F: FnMut(*mut T)> OwnedArray<T, F> {
    /// Takes `pointer` (NULL, or an array `free` frees).
    pub fn new(pointer: *mut T, free: F) -> Self {
        OwnedArray { pointer, free }
    }

    /// The array, still owned.
    #[must_use]
    pub fn pointer(&self) -> *const T {
        self.pointer
    }
}

impl<T, F: FnMut(*mut T)> Drop for OwnedArray<T, F> {
    fn drop(&mut self) {
        if !self.pointer.is_null() {
            (self.free)(self.pointer);
        }
    }
}

/// `count` elements of `T` as a slice length, `None` when their size would pass
/// `isize::MAX` (no array is that big: the count C wrote is wrong, and
/// `slice::from_raw_parts` must never see it).
#[inline]
#[must_use]
pub fn array_length<T>(count: usize) -> Option<usize> {
    let limit = isize::MAX.unsigned_abs() / size_of::<T>().max(1);
    (count <= limit).then_some(count)
}

/// A handle type whose one lifetime parameter is `'a`: implemented by
/// `#[derive(Owned)]` for `Name<'a>`, so `H: HoldsBorrow<'a>` proves that `H`
/// is that type with that lifetime, not an alias that dropped it (a value of
/// an ADT cannot outlive its lifetime arguments). `#[slice(len, held_by = h)]`
/// relies on it.
///
/// # Safety
/// `Self` cannot outlive `'a`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot hold a borrow for `'a`: it is not a handle type with that one lifetime parameter",
    label = "kept by this handle after the call",
    note = "declare the handle `#[derive(Owned)] struct Reader<'a>(NonNull<raw::archive>, PhantomData<&'a [u8]>)` and name it with the slice's lifetime: `#[handle(&mut Reader<'a>)]`"
)]
pub unsafe trait HoldsBorrow<'a> {}

/// A symbol name the macro wrote as `"name\0"`, as a C string (an empty one if
/// it is not one: the lookup then finds nothing).
#[must_use]
pub fn c_str(name: &'static str) -> &'static CStr {
    CStr::from_bytes_with_nul(name.as_bytes()).unwrap_or(c"")
}

/// The error of a wrapper of a loaded block whose function is not there: the
/// library did not load (every name tried), or lacks the symbol.
#[cold]
#[must_use]
pub fn unavailable_error(site: &'static Site, why: String) -> Error {
    Error::new(site, crate::error::Kind::Argument, 0).with_message(why.into_boxed_str())
}

/// A compile-time proof that a `safe static` may be read from any thread, and
/// holds a value valid whatever C stored (a Rust enum, a function pointer C
/// chose, would not be).
#[inline(always)]
pub const fn shared_static<T: Sync + ReturnedByC>() {}

/// A function C hands to Rust (an argument of a callback) that safe code may
/// call: a safe `extern "C" fn` whose arguments carry no pointer (C's `free`
/// would otherwise be called with any address) and whose result is valid.
/// `unsafe extern "C" fn` needs no proof: calling it needs `unsafe`.
#[diagnostic::on_unimplemented(
    message = "C hands the closure `{Self}`, which safe code could call with a pointer C never made",
    label = "a safe function pointer from C",
    note = "declare it `unsafe extern \"C\" fn(..)`: calling it then takes `unsafe` and its C contract"
)]
pub trait CallableFromRust: callable::Sealed {}

/// Sealed: the wrapper trusts it (safe code calls what it admits), and a user's
/// own `Option` would otherwise pass for a function pointer.
mod callable {
    pub trait Sealed {}
}

/// A compile-time proof that a function pointer C passes may be called safely.
#[inline(always)]
pub const fn callable_from_rust<T: CallableFromRust>() {}

macro_rules! callable {
    ($($arg:ident)*) => {
        impl<R, $($arg),*> callable::Sealed for extern "C" fn($($arg),*) -> R {}
        impl<R, $($arg),*> callable::Sealed for Option<extern "C" fn($($arg),*) -> R> {}
        impl<R, $($arg),*> callable::Sealed for unsafe extern "C" fn($($arg),*) -> R {}
        impl<R, $($arg),*> callable::Sealed for Option<unsafe extern "C" fn($($arg),*) -> R> {}
        impl<R: ReturnedByC, $($arg: PointerFree),*> CallableFromRust for extern "C" fn($($arg),*) -> R {}
        impl<R: ReturnedByC, $($arg: PointerFree),*> CallableFromRust for Option<extern "C" fn($($arg),*) -> R> {}
        impl<R, $($arg),*> CallableFromRust for unsafe extern "C" fn($($arg),*) -> R {}
        impl<R, $($arg),*> CallableFromRust for Option<unsafe extern "C" fn($($arg),*) -> R> {}
    };
}

callable!();
callable!(A);
callable!(A B);
callable!(A B C);
callable!(A B C D);
callable!(A B C D E);
callable!(A B C D E F);
callable!(A B C D E F G);
callable!(A B C D E F G H);
callable!(A B C D E F G H I);
callable!(A B C D E F G H I J);
callable!(A B C D E F G H I J K);
callable!(A B C D E F G H I J K L);

/// A compile-time proof that the declared type `T` is the type the marker names
/// (`Option<&U>` spelled in a declaration is core's `Option` of a reference, not a
/// user's type of that name). Costs nothing at run time.
#[inline(always)]
pub const fn same_type<T: ?Sized>(_: PhantomData<T>) {}

/// The exact type a pointer points to, inferred without coercion (a
/// `*const [u8; 4]` stays one): with [`same_type`], the check that a static
/// declared by reference (`sys = path`) has the real item's type.
#[inline]
#[must_use]
pub const fn pointee<T: ?Sized>(_: *const T) -> PhantomData<T> {
    PhantomData
}

/// Whether a handle type is an `ExclusiveHandle`, for the compile-time refusal
/// of lending one out (`borrowed = &H`, `#[out(&'a H)]`): a `Borrowed` of it
/// would be a second way to the object its owner's `&mut` claims to exclude.
/// The inherent `EXCLUSIVE` exists only where `H: ExclusiveHandle`, and then
/// shadows the trait's `false`.
pub struct Lending<H: ?Sized>(PhantomData<H>);

/// The default answer of [`Lending`]: not exclusive.
pub trait NotExclusive {
    /// `false`, unless the inherent constant shadows it.
    const EXCLUSIVE: bool = false;
}

impl<H: ?Sized> NotExclusive for Lending<H> {}

impl<H: crate::ExclusiveHandle> Lending<H> {
    /// The handle type claims exclusivity.
    pub const EXCLUSIVE: bool = true;
}

/// A compile-time proof that a handle keeping a slice (`held_by = h`) is the
/// only way to its C object: a clone (`dup`) or a copy C lends out elsewhere
/// could outlive the slice the handle's lifetime ties it to.
#[diagnostic::on_unimplemented(
    message = "`{Self}` keeps a borrowed slice (`held_by`), so it must be the only way to its C object",
    label = "not an exclusive handle",
    note = "add `#[owned(exclusive)]` to the handle: C never lends the object out through another function, and no `dup` shares it (a second way to the object could outlive the slice)"
)]
pub trait HeldByExclusive {}

impl<H: crate::ExclusiveHandle> HeldByExclusive for H {}

/// See [`HeldByExclusive`].
#[inline(always)]
pub const fn held_by_exclusive<H: HeldByExclusive>() {}

/// A compile-time proof of `HoldsBorrow<'a>`, at the declaration.
#[inline(always)]
pub const fn holds_borrow<'a, H: HoldsBorrow<'a>>() {}

/// A compile-time proof that `string = borrow(h)` lends a string from a handle
/// no other value shares (a `dup` may share the C object: see `ExclusiveHandle`).
#[inline(always)]
pub const fn exclusive_handle<H: crate::ExclusiveHandle>() {}

/// `errno`: reads errno first thing (nothing runs between the C call's return and
/// this read but the failure test) and builds the error in line: two registers,
/// the site's address and the errno. An out-of-line constructor cost more
/// (callgrind, `close(-1)`: 35 instructions a call against 33, `access` with a
/// `&str`: 70 against 64) than the code it kept out of the wrappers (a call to
/// `__errno_location` and a load).
#[inline]
#[must_use]
pub fn last_errno_error(site: &'static Site) -> Error {
    // Empty and inlined: it cannot touch errno, and leaves no code behind.
    failure_path();
    Error::inline(site, Kind::Errno, Errno::last().raw())
}

/// Marks the path that calls it unlikely, so the compiler lays the success path
/// out straight (`core::hint::cold_path` is newer than the crate's minimum Rust).
/// Inlined, it costs nothing: the call of an empty `#[inline(never)]` function
/// that did the same cost 2 instructions a failure (callgrind, `close(-1)`: 33
/// against 31), and the layout is the one `cold_path` gives (`close(-1)` 31,
/// `clock_gettime` 26 either way; with no mark at all, the success path of
/// `clock_gettime` costs 27).
#[cold]
#[inline(always)]
fn failure_path() {}

/// `errno`, with the errno already read.
#[cold]
#[inline(never)]
#[must_use]
pub fn errno_error(site: &'static Site, errno: Errno) -> Error {
    Error::inline(site, Kind::Errno, errno.raw())
}

/// `neg_errno`: `-ret` is the errno when it is a positive `c_int`; otherwise the
/// value is kept as a code (never negated into an overflow).
#[cold]
#[inline(never)]
#[must_use]
pub fn neg_errno_error(site: &'static Site, ret: i64) -> Error {
    match ret
        .checked_neg()
        .filter(|errno| *errno > 0 && c_int::try_from(*errno).is_ok())
    {
        Some(errno) => Error::new(site, Kind::Errno, errno),
        None => Error::new(site, Kind::Code, ret),
    }
}

/// `ret_errno`: the returned value is the errno when it is a positive `c_int`.
#[cold]
#[inline(never)]
#[must_use]
pub fn ret_errno_error(site: &'static Site, ret: i64) -> Error {
    if ret > 0 && c_int::try_from(ret).is_ok() {
        Error::new(site, Kind::Errno, ret)
    } else {
        Error::new(site, Kind::Code, ret)
    }
}

/// `zero`: the status code.
#[cold]
#[inline(never)]
#[must_use]
pub fn code_error(site: &'static Site, code: i64) -> Error {
    Error::new(site, Kind::Code, code)
}

/// A `&str` argument with a NUL byte: refused before the call (C would see the
/// string end early).
#[cold]
#[inline(never)]
#[must_use]
pub fn interior_nul_error(site: &'static Site, parameter: &'static str, position: usize) -> Error {
    Error::new(site, Kind::Argument, 0).with_message(
        format!("argument `{parameter}` contains a NUL byte at index {position}").into_boxed_str(),
    )
}

/// A slice longer than its C length type can count: refused before the call.
#[cold]
#[inline(never)]
#[must_use]
pub fn length_error(
    site: &'static Site,
    slice: &'static str,
    length: &'static str,
    elements: usize,
) -> Error {
    Error::new(site, Kind::Argument, 0).with_message(
        format!("argument `{slice}` has {elements} elements, more than `{length}` can count")
            .into_boxed_str(),
    )
}

/// `string = utf8`: the returned C string is not UTF-8.
#[cold]
#[inline(never)]
#[must_use]
pub fn utf8_error(site: &'static Site, invalid: core::str::Utf8Error) -> Error {
    Error::new(site, Kind::Argument, 0).with_message(
        format!(
            "returned a string that is not UTF-8 (valid up to byte {})",
            invalid.valid_up_to()
        )
        .into_boxed_str(),
    )
}

/// `#[out_slice]`: C wrote a length that is no element count (negative).
#[cold]
#[inline(never)]
#[must_use]
pub fn invalid_length_error(site: &'static Site, parameter: &'static str) -> Error {
    Error::new(site, Kind::Argument, 0)
        .with_message(format!("wrote an invalid length for `{parameter}`").into_boxed_str())
}

/// `nonnull`: the function returned NULL.
#[cold]
#[inline(never)]
#[must_use]
pub fn null_error(site: &'static Site) -> Error {
    Error::new(site, Kind::Null, 0)
}

/// Copies the C string of a `message` getter into `error`. NULL or an empty
/// string adds nothing; invalid UTF-8 is replaced.
///
/// # Safety
///
/// `message` is NULL or points to a NUL-terminated string that stays valid and
/// unchanged for the duration of this call.
#[cold]
#[inline(never)]
#[must_use]
pub unsafe fn with_message(error: Error, message: *const c_char) -> Error {
    if message.is_null() {
        return error;
    }
    // SAFETY: not NULL, and the caller promises a live NUL-terminated string.
    let text = unsafe { CStr::from_ptr(message) };
    if text.is_empty() {
        return error;
    }
    error.with_message(text.to_string_lossy().into())
}

#[cfg(test)]
mod tests {
    use super::*;

    static SITE: Site = Site { function: "f" };

    #[test]
    fn sentinels() {
        assert!((-1i32).is_errno_sentinel());
        assert!(!0i32.is_errno_sentinel());
        assert!(u32::MAX.is_errno_sentinel());
        assert!(usize::MAX.is_errno_sentinel());
        assert!(!(-2isize).is_errno_sentinel());
        assert!((-2isize).is_negative());
        assert_eq!(u64::MAX.to_code(), -1);
        assert_eq!((-7i8).to_code(), -7);
    }

    #[test]
    fn lengths_are_checked() {
        assert_eq!(<i8 as Length>::from_usize(127), Some(127));
        assert_eq!(<i8 as Length>::from_usize(128), None);
        assert_eq!(<u8 as Length>::from_usize(255), Some(255));
        assert_eq!(<u8 as Length>::from_usize(256), None);
        assert_eq!(<i32 as Length>::from_usize(usize::MAX), None);
        assert_eq!(<u32 as Length>::from_usize(usize::MAX), None);
        assert_eq!(<usize as Length>::from_usize(usize::MAX), Some(usize::MAX));
        assert_eq!(<isize as Length>::from_usize(usize::MAX), None);
        assert_eq!(
            <i128 as Length>::from_usize(usize::MAX),
            Some(i128::try_from(usize::MAX).unwrap())
        );
        assert_eq!(<i32 as Length>::to_usize(-1), None);
        assert_eq!(<i8 as Length>::to_usize(i8::MIN), None);
        assert_eq!(<isize as Length>::to_usize(-1), None);
        assert_eq!(<i128 as Length>::to_usize(-1), None);
        assert_eq!(<i32 as Length>::to_usize(0), Some(0));
        assert_eq!(<i32 as Length>::to_usize(i32::MAX), Some(0x7fff_ffff));
        assert_eq!(<u128 as Length>::to_usize(u128::MAX), None);
        assert_eq!(<i128 as Length>::to_usize(i128::MAX), None);
        assert_eq!(
            <u64 as Length>::to_usize(u64::MAX),
            usize::try_from(u64::MAX).ok()
        );
        assert_eq!(<usize as Length>::to_usize(usize::MAX), Some(usize::MAX));
    }

    #[test]
    fn neg_errno_never_overflows() {
        let error = neg_errno_error(&SITE, i64::MIN);
        assert_eq!(error.code(), Some(i64::MIN));
        assert_eq!(error.errno(), None);
        let too_wide = -(i64::from(c_int::MAX)) - 5;
        assert_eq!(neg_errno_error(&SITE, too_wide).code(), Some(too_wide));
        assert_eq!(neg_errno_error(&SITE, -4).errno(), Some(Errno::from_raw(4)));
    }

    #[test]
    fn ret_errno_keeps_odd_values_as_codes() {
        assert_eq!(
            ret_errno_error(&SITE, 22).errno(),
            Some(Errno::from_raw(22))
        );
        assert_eq!(ret_errno_error(&SITE, -3).code(), Some(-3));
        assert_eq!(ret_errno_error(&SITE, i64::MAX).code(), Some(i64::MAX));
    }

    #[test]
    fn messages() {
        // SAFETY: NULL is allowed.
        let error = unsafe { with_message(code_error(&SITE, 1), core::ptr::null()) };
        assert_eq!(error.message(), None);
        // SAFETY: a live C string literal.
        let error = unsafe { with_message(code_error(&SITE, 1), c"".as_ptr()) };
        assert_eq!(error.message(), None);
        let bytes = b"caf\xe9\0";
        // SAFETY: NUL-terminated bytes, alive for the call.
        let error = unsafe { with_message(null_error(&SITE), bytes.as_ptr().cast()) };
        assert_eq!(error.message(), Some("caf\u{fffd}"));
        assert_eq!(error.to_string(), "f: caf\u{fffd}");
    }

    #[test]
    fn display_formats() {
        assert_eq!(code_error(&SITE, -3).to_string(), "f: failed with code -3");
        assert_eq!(null_error(&SITE).to_string(), "f: returned NULL");
        assert_eq!(
            errno_error(&SITE, Errno::from_raw(0)).to_string(),
            "f: failed without setting errno"
        );
        // SAFETY: a live C string literal.
        let error = unsafe { with_message(code_error(&SITE, 1), c"no such table: t".as_ptr()) };
        assert_eq!(error.to_string(), "f: no such table: t (code 1)");
    }

    #[test]
    #[cfg(not(miri))] // Miri's strerror_r has its own texts, not glibc's.
    fn display_with_errno() {
        let error = errno_error(&SITE, Errno::from_raw(libc::EBADF));
        assert_eq!(error.to_string(), "f: Bad file descriptor (os error 9)");
        // SAFETY: a live C string literal.
        let error = unsafe { with_message(error, c"refused".as_ptr()) };
        assert_eq!(
            error.to_string(),
            "f: refused: Bad file descriptor (os error 9)"
        );
    }
}

/// The names of the locals an expansion declares, as functions: a wrapper's body
/// glob-imports them, so that a user's `static __ret` (or `const`, or unit
/// struct) in the calling module cannot capture a `let __ret` (E0530) — the
/// import is nearer. A function name does not stop a `let` from binding.
#[allow(non_snake_case)]
pub mod hygiene {
    macro_rules! names {
        ($($name:ident)*) => {$(
            #[doc(hidden)]
            pub fn $name() {}
        )*};
    }
    names! {
        __ret __error __value __ptr __count __copy __text __invalid __length
        __position __pointer __buffer __capacity __capacity_n __written __needed
        __bytes __closure __caught __state __filling __slot __string
        __names __library __wanted __found
        __arg0 __arg1 __arg2 __arg3 __arg4 __arg5 __arg6 __arg7 __arg8 __arg9
        __arg10 __arg11 __arg12 __arg13 __arg14 __arg15 __arg16 __arg17 __arg18
        __arg19 __arg20 __arg21 __arg22 __arg23 __arg24 __arg25 __arg26 __arg27
        __arg28 __arg29 __arg30 __arg31
    }
}

/// A C pointer type named through a typedef (bindgen's `pub type gzFile =
/// *mut gzFile_s;`): `nonnull`, `owned = H` and `borrowed = &H` on a return the
/// macro cannot see is a pointer ask the compiler through this trait, so an
/// integer typedef is refused rather than tested as if it were an address.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is returned under `nonnull`, `owned` or `borrowed`, but it is not a raw pointer",
    label = "not `*mut T` or `*const T`",
    note = "`nonnull` is for pointer returns; use `errno`, `zero` or `neg_errno` for an integer"
)]
pub trait RawPointer: Copy + raw_pointer::Sealed {
    /// What the pointer addresses.
    type Target;
    /// The pointer as `*mut` (`NonNull::new` and `Handle::from_raw` take one).
    fn into_mut(self) -> *mut Self::Target;
}

/// Sealed: the wrapper trusts `into_mut` (its result becomes a handle).
mod raw_pointer {
    pub trait Sealed {}
    impl<T> Sealed for *mut T {}
    impl<T> Sealed for *const T {}
}

impl<T> RawPointer for *mut T {
    type Target = T;
    #[inline]
    fn into_mut(self) -> *mut T {
        self
    }
}

impl<T> RawPointer for *const T {
    type Target = T;
    #[inline]
    fn into_mut(self) -> *mut T {
        self.cast_mut()
    }
}

/// One byte: the element of what a wrapper hands C as bytes (a C string, a
/// string buffer, a `void *` slice). Sealed: lengths are counted in bytes on
/// the strength of it, so a `c_char` or `c_void` of the user's own (a
/// `type c_char = u32;`, a `struct c_void { .. }`) is refused.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is taken for a byte here (a C string, a string buffer or a `void *` slice), but it is not one",
    label = "not `u8`, `i8` or `core::ffi::c_void`",
    note = "declare the C `char`/`void` with `std::ffi::c_char`/`std::ffi::c_void`; for an array of other elements use `#[slice(len)]` on a pointer to them"
)]
pub trait Byte: byte::Sealed {}

mod byte {
    pub trait Sealed {}
    impl Sealed for u8 {}
    impl Sealed for i8 {}
    impl Sealed for core::ffi::c_void {}
}

impl Byte for u8 {}
impl Byte for i8 {}
impl Byte for core::ffi::c_void {}

/// A compile-time proof that `T` is one byte (see [`Byte`]).
#[inline(always)]
pub const fn byte<T: Byte + ?Sized>() {}
