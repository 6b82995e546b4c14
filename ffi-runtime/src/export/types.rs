//! Which Rust types cross into an exported function, as which C types.
//!
//! The macro decides nothing from how a type is spelled, except for the
//! two-argument forms `&str`, `&[T]` and `&mut [T]`, whose conversions are
//! typed functions. Every other parameter goes through [`Arg`], so an alias,
//! a `Self` or a type the macro never heard of is checked by the compiler on
//! the type itself.

use core::ffi::{CStr, c_char};
use core::marker::PhantomData;

use super::args::{Region, pointer_arg};
use super::call::{Failure, Scope};

/// A C type as the header spells it: a base name, whether the base is
/// `const`, and how many pointers to it (`const char *` is `char`, const, 1).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Decl {
    /// The base type's name.
    pub base: Base,
    /// `const` on the base type (`const T *`).
    pub base_const: bool,
    /// Pointer levels.
    pub depth: u8,
}

/// A C type name, either complete (`int32_t`, `tok_span`) or to be prefixed
/// with the module's prefix when rendered (the runtime's `bytes`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Base {
    /// Rendered as written.
    Named(&'static str),
    /// Rendered after the module's prefix.
    Prefixed(&'static str),
}

impl Decl {
    /// A value of the named type.
    #[must_use]
    pub const fn named(name: &'static str) -> Self {
        Self {
            base: Base::Named(name),
            base_const: false,
            depth: 0,
        }
    }

    /// A pointer to a value of this type, `const` if `to_const`.
    #[must_use]
    pub const fn pointer(self, to_const: bool) -> Self {
        Self {
            base: self.base,
            base_const: self.base_const || to_const,
            depth: self.depth + 1,
        }
    }
}

/// A Rust type C passes and receives by value or reads and writes through a
/// pointer, with the C type of the same layout and call ABI: the integers,
/// `f32`, `f64`, and `#[repr(C)]` structs of them declared in an `#[export]`
/// module.
///
/// # Safety
///
/// `C_NAME` names a C type of the same size, alignment and call ABI, and every
/// bit pattern C may write into a value of that C type is a valid `Self`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` has no C type an exported function could pass",
    label = "not an integer, float or exported `#[repr(C)]` struct",
    note = "exported functions take integers, floats, `bool`, `&str`, `&[T]`, `&mut [T]`, `&CStr`, `&T`/`&mut T`/`Option<&T>` of such types and of `#[ffi(opaque)]` handles",
    note = "a `#[repr(C)]` struct of integers and floats declared in the `#[export]` module is one"
)]
pub unsafe trait CValue: Copy + 'static {
    /// The C type's name.
    const C_NAME: &'static str;
}

macro_rules! c_values {
    ($($ty:ty => $name:literal),* $(,)?) => {$(
        // SAFETY: the fixed-width C types have exactly these layouts, and every
        // bit pattern is a valid Rust integer or float.
        unsafe impl CValue for $ty {
            const C_NAME: &'static str = $name;
        }
    )*};
}

c_values!(
    i8 => "int8_t", i16 => "int16_t", i32 => "int32_t", i64 => "int64_t",
    u8 => "uint8_t", u16 => "uint16_t", u32 => "uint32_t", u64 => "uint64_t",
    usize => "size_t", isize => "ptrdiff_t", f32 => "float", f64 => "double",
);

/// An exported opaque handle: C holds it only as `prefix_name *`, made by the
/// type's exported constructor and given back to its `_free`.
///
/// # Safety
///
/// Implemented by `#[export]` only: pointers C passes as this type came from
/// `Box::into_raw` of a `Box<Self>` the module returned.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not an exported handle",
    note = "mark the struct `#[ffi(opaque)]` inside the `#[export]` module"
)]
pub unsafe trait Opaque: 'static {
    /// The C type's name, with the module's prefix.
    const C_NAME: &'static str;
}

/// What C may point to: a [`CValue`] or an [`Opaque`] handle.
///
/// # Safety
///
/// `C_NAME` names the C type a `const T *` / `T *` of the header points to,
/// and a pointer C passes to it is read as `&Self`/`&mut Self` only when it is
/// one C was allowed to create (any bytes for a `CValue`; a handle for an
/// `Opaque`).
#[diagnostic::on_unimplemented(
    message = "C cannot point to a `{Self}`",
    note = "an exported function borrows integers, floats, exported `#[repr(C)]` structs and `#[ffi(opaque)]` handles"
)]
pub unsafe trait Pointee: 'static {
    /// The pointed-to C type's name.
    const C_NAME: &'static str;
}

// SAFETY: a `CValue` is valid for any bytes C wrote.
unsafe impl<T: CValue> Pointee for T {
    const C_NAME: &'static str = T::C_NAME;
}

/// The C side of a parameter that is one C argument.
///
/// # Safety
///
/// `Abi` is passed by the C calling convention exactly as the C type `C`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be a parameter of an exported function",
    label = "no C argument converts to this type",
    note = "exported functions take integers, floats, `bool`, `&str`, `&[T]`, `&mut [T]`, `&CStr`, `Option<&CStr>`, and `&T`/`&mut T`/`Option<&T>`/`Option<&mut T>` of integers, floats, exported `#[repr(C)]` structs and `#[ffi(opaque)]` handles"
)]
pub unsafe trait ArgAbi {
    /// The type the `extern "C"` function takes.
    type Abi: Copy;
    /// The C declaration of the argument.
    const C: Decl;

    /// The memory the argument lends, for the overlap check between arguments.
    ///
    /// # Safety
    ///
    /// `abi` was passed by C under the header's contract (a string's length
    /// is read).
    #[inline]
    unsafe fn region(abi: Self::Abi) -> Region {
        let _ = abi;
        Region::NONE
    }
}

/// The conversion of one C argument to the Rust parameter, for one call.
///
/// `'scope` is the call: a parameter borrowing C's memory implements
/// `Arg<'scope>` only for its own lifetime, so a function asking for
/// `&'static T` does not compile instead of keeping C's pointer past the call.
///
/// # Safety
///
/// `from_abi` returns a value valid for `'scope` from any argument C may pass
/// by the header's contract (a live, aligned pointer to a value of the pointee
/// or NULL where the type says so), and `Err` for what it can detect otherwise.
pub unsafe trait Arg<'scope>: ArgAbi + Sized {
    /// Converts the argument `name`.
    ///
    /// # Errors
    ///
    /// [`INVALID_ARGUMENT`](super::INVALID_ARGUMENT) for what the checks see
    /// (NULL, misalignment).
    ///
    /// # Safety
    ///
    /// `abi` was passed by C under the header's contract for this parameter.
    unsafe fn from_abi(
        abi: Self::Abi,
        scope: Scope<'scope>,
        name: &'static str,
    ) -> Result<Self, Failure>;
}

macro_rules! by_value {
    ($($ty:ty),*) => {$(
        // SAFETY: `CValue` promises the call ABI of `C_NAME`.
        unsafe impl ArgAbi for $ty {
            type Abi = $ty;
            const C: Decl = Decl::named(<$ty as CValue>::C_NAME);
        }

        // SAFETY: any bits are a valid value.
        unsafe impl<'scope> Arg<'scope> for $ty {
            #[inline]
            unsafe fn from_abi(abi: $ty, _: Scope<'scope>, _: &'static str) -> Result<Self, Failure> {
                Ok(abi)
            }
        }
    )*};
}

by_value!(i8, i16, i32, i64, u8, u16, u32, u64, usize, isize, f32, f64);

// SAFETY: C's `bool` (`_Bool`) is one byte passed as an integer argument, as a
// `u8` is; reading it as `u8` means a C caller passing something other than 0
// or 1 gets `true`, never an invalid Rust `bool`.
unsafe impl ArgAbi for bool {
    type Abi = u8;
    const C: Decl = Decl::named("bool");
}

// SAFETY: every `u8` maps to a valid `bool`.
unsafe impl<'scope> Arg<'scope> for bool {
    #[inline]
    unsafe fn from_abi(abi: u8, _: Scope<'scope>, _: &'static str) -> Result<Self, Failure> {
        Ok(abi != 0)
    }
}

macro_rules! pointer_args {
    ($($ty:ty, $abi:ty, $const:literal, $mutable:literal, |$p:ident| $convert:expr);* $(;)?) => {$(
        // SAFETY: a data pointer is passed as the C pointer `const T *`/`T *`.
        unsafe impl<'a, T: Pointee> ArgAbi for $ty {
            type Abi = $abi;
            const C: Decl = Decl::named(T::C_NAME).pointer($const);

            #[inline]
            unsafe fn region(abi: $abi) -> Region {
                // NULL lends nothing (two NULL `Option`s do not overlap).
                if abi.is_null() {
                    return Region::NONE;
                }
                Region::at(abi.addr(), size_of::<T>(), $mutable)
            }
        }

        // SAFETY: `pointer_arg` refuses misaligned pointers, and NULL unless the
        // type is an `Option`; the header's contract (a live `T` that nothing else
        // writes during the call, for a `Pointee` either a C value or a handle
        // Rust made) covers the rest, and the reference lives for the call only
        // (`'a` is `'scope`).
        unsafe impl<'a, T: Pointee> Arg<'a> for $ty {
            #[inline]
            unsafe fn from_abi(abi: $abi, _: Scope<'a>, name: &'static str) -> Result<Self, Failure> {
                let $p = abi;
                $convert(name)
            }
        }
    )*};
}

pointer_args!(
    &'a T, *const T, true, false, |p| |name| {
        pointer_arg(p, false, name)?;
        // SAFETY: as above, and not NULL.
        Ok(unsafe { &*p })
    };
    &'a mut T, *mut T, false, true, |p| |name| {
        pointer_arg(p.cast_const(), false, name)?;
        // SAFETY: as above, and not NULL.
        Ok(unsafe { &mut *p })
    };
    Option<&'a T>, *const T, true, false, |p| |name| {
        pointer_arg(p, true, name)?;
        // SAFETY: as above; NULL is `None`.
        Ok(unsafe { p.as_ref() })
    };
    Option<&'a mut T>, *mut T, false, true, |p| |name| {
        pointer_arg(p.cast_const(), true, name)?;
        // SAFETY: as above; NULL is `None`.
        Ok(unsafe { p.as_mut() })
    };
);

// SAFETY: a `const char *` is a data pointer.
unsafe impl ArgAbi for &CStr {
    type Abi = *const c_char;
    const C: Decl = Decl::named("char").pointer(true);

    #[inline]
    unsafe fn region(abi: *const c_char) -> Region {
        if abi.is_null() {
            return Region::NONE;
        }
        // SAFETY: a NUL-terminated string (the caller's promise): its bytes and
        // the NUL are what the `&CStr` lends, for the overlap check.
        let length = unsafe { CStr::from_ptr(abi) }.count_bytes();
        Region::at(abi.addr(), length + 1, false)
    }
}

// SAFETY: NULL is refused; the header's contract is a NUL-terminated string
// that C does not change during the call, which is `CStr::from_ptr`'s.
unsafe impl<'a> Arg<'a> for &'a CStr {
    #[inline]
    unsafe fn from_abi(
        abi: *const c_char,
        _: Scope<'a>,
        name: &'static str,
    ) -> Result<Self, Failure> {
        if abi.is_null() {
            return Err(Failure::null(name));
        }
        // SAFETY: as above.
        Ok(unsafe { CStr::from_ptr(abi) })
    }
}

// SAFETY: a `const char *` is a data pointer.
unsafe impl ArgAbi for Option<&CStr> {
    type Abi = *const c_char;
    const C: Decl = Decl::named("char").pointer(true);

    #[inline]
    unsafe fn region(abi: *const c_char) -> Region {
        if abi.is_null() {
            return Region::NONE;
        }
        // SAFETY: a NUL-terminated string (the caller's promise): its bytes and
        // the NUL are what the `&CStr` lends, for the overlap check.
        let length = unsafe { CStr::from_ptr(abi) }.count_bytes();
        Region::at(abi.addr(), length + 1, false)
    }
}

// SAFETY: as for `&CStr`, with NULL as `None`.
unsafe impl<'a> Arg<'a> for Option<&'a CStr> {
    #[inline]
    unsafe fn from_abi(abi: *const c_char, _: Scope<'a>, _: &'static str) -> Result<Self, Failure> {
        // SAFETY: as above.
        Ok((!abi.is_null()).then(|| unsafe { CStr::from_ptr(abi) }))
    }
}

/// Autoref probe answering whether a handle type is `Sync`, for the header's
/// notes: `(&SyncProbe::<T>(PhantomData)).is_sync()` with [`IsSync`] and [`NotSync`]
/// in scope picks `IsSync` when `T: Sync`.
pub struct SyncProbe<T: ?Sized>(pub PhantomData<T>);
/// As [`SyncProbe`], for `Send`.
pub struct SendProbe<T: ?Sized>(pub PhantomData<T>);

/// Answers `true` for a `Sync` type.
pub trait IsSync {
    /// `true`.
    fn is_sync(&self) -> bool {
        true
    }
}
impl<T: ?Sized + Sync> IsSync for SyncProbe<T> {}

/// Answers `false` when [`IsSync`] does not apply.
pub trait NotSync {
    /// `false`.
    fn is_sync(&self) -> bool {
        false
    }
}
impl<T: ?Sized> NotSync for &SyncProbe<T> {}

/// Answers `true` for a `Send` type.
pub trait IsSend {
    /// `true`.
    fn is_send(&self) -> bool {
        true
    }
}
impl<T: ?Sized + Send> IsSend for SendProbe<T> {}

/// Answers `false` when [`IsSend`] does not apply.
pub trait NotSend {
    /// `false`.
    fn is_send(&self) -> bool {
        false
    }
}
impl<T: ?Sized> NotSend for &SendProbe<T> {}
