//! `#[derive(PointerFree)]` and `#[derive(AnyBitPattern)]` on the user's own
//! `#[repr(C)]` structs, and the plain-data traits of `#[derive(Value)]` newtypes.
//!
//! The crate denies unsafe code: these derives are checked, not claimed, so the
//! `unsafe impl`s they generate must not trip `unsafe_code` (neither may a `Value`
//! without `any_value`); `any_value` is a claim, accepted only where the type says
//! `#[allow(unsafe_code)]`. It also denies the strict lints the expansion promises
//! to pass.
#![deny(
    unsafe_code,
    warnings,
    missing_docs,
    unsafe_op_in_unsafe_fn,
    clippy::pedantic,
    rust_2018_idioms
)]

use ffi_runtime::{AnyBitPattern, PointerFree, Value};

/// A point, as C declares it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PointerFree, AnyBitPattern)]
#[repr(C)]
pub struct Point {
    /// Abscissa.
    pub x: i32,
    /// Ordinate.
    pub y: i32,
}

/// Nested structs, arrays, floats, padding (`u8` then `u64`) and a tuple struct.
#[derive(Clone, Copy, PointerFree, AnyBitPattern)]
#[repr(C)]
pub struct Shape(pub u8, pub u64, pub [Point; 3], pub f64);

/// Pointer-free, but C must not write it: a `bool` has invalid values.
#[derive(Clone, Copy, PointerFree)]
#[repr(C)]
pub struct Flags {
    /// Some flag.
    pub verbose: bool,
    /// A code point.
    pub mark: char,
}

/// A transparent wrapper, with an unsized tail (pointer-free is `?Sized`).
#[derive(PointerFree)]
#[repr(transparent)]
pub struct Bytes([u8]);

/// A unit struct.
#[derive(Clone, Copy, PointerFree, AnyBitPattern)]
#[repr(C)]
pub struct Empty;

/// `crate = "path"` for crates that re-export ffi-runtime.
mod reexport {
    pub use ffi_runtime as ffi;
}

/// Through a re-export of the runtime.
#[derive(Clone, Copy, PointerFree, AnyBitPattern)]
#[plain(crate = "crate::reexport::ffi")]
#[repr(C, align(16))]
pub struct Aligned {
    /// A value.
    pub value: u32,
}

/// A value newtype: pointer-free (passed to C), but not `AnyBitPattern` (only the
/// unsafe `from_raw` makes one).
#[derive(Value, Clone, Copy)]
#[repr(transparent)]
pub struct ClockId(libc::clockid_t);

/// Every value harmless: `AnyBitPattern` as well.
#[derive(Value, Clone, Copy)]
#[value(any_value)]
#[allow(unsafe_code)]
#[repr(transparent)]
pub struct Priority(i32);

/// Every value harmless, but not `Copy`: not `AnyBitPattern` (its supertrait).
#[derive(Value)]
#[value(any_value)]
#[allow(unsafe_code)]
#[repr(transparent)]
pub struct Nice(i32);

/// A value newtype over a pointer type: allowed, but not pointer-free.
#[derive(Value, Clone, Copy)]
#[repr(transparent)]
pub struct Token(*mut u8);

/// Whether `$ty` implements `$bound`, answered at compile time: the inherent
/// `IMPLEMENTED` exists only where the bound holds, and then wins over the
/// trait's `false`.
macro_rules! implements {
    ($ty:ty: $($bound:tt)+) => {{
        struct Probe<T: ?Sized>(core::marker::PhantomData<T>);
        #[allow(dead_code)]
        trait Fallback {
            const IMPLEMENTED: bool = false;
        }
        impl<T: ?Sized> Fallback for Probe<T> {}
        #[allow(dead_code)]
        impl<T: ?Sized + $($bound)+> Probe<T> {
            const IMPLEMENTED: bool = true;
        }
        Probe::<$ty>::IMPLEMENTED
    }};
}

#[test]
fn structs_of_plain_fields_get_the_traits() {
    assert!(implements!(Point: ffi_runtime::PointerFree));
    assert!(implements!(Point: ffi_runtime::AnyBitPattern));
    assert!(implements!(Shape: ffi_runtime::PointerFree));
    assert!(implements!(Shape: ffi_runtime::AnyBitPattern));
    assert!(implements!(Flags: ffi_runtime::PointerFree));
    assert!(!implements!(Flags: ffi_runtime::AnyBitPattern));
    assert!(implements!(Bytes: ffi_runtime::PointerFree));
    assert!(implements!(Empty: ffi_runtime::PointerFree));
    assert!(implements!(Empty: ffi_runtime::AnyBitPattern));
    assert!(implements!(Aligned: ffi_runtime::PointerFree));
    assert!(implements!(Aligned: ffi_runtime::AnyBitPattern));
    // Arrays of them, through the runtime's impls.
    assert!(implements!([Point; 4]: ffi_runtime::AnyBitPattern));
}

#[test]
fn value_newtypes_are_pointer_free_and_any_bit_pattern_only_with_any_value() {
    assert!(implements!(ClockId: ffi_runtime::PointerFree));
    assert!(!implements!(ClockId: ffi_runtime::AnyBitPattern));
    assert!(implements!(Priority: ffi_runtime::PointerFree));
    assert!(implements!(Priority: ffi_runtime::AnyBitPattern));
    assert!(implements!(Nice: ffi_runtime::PointerFree));
    assert!(!implements!(Nice: ffi_runtime::AnyBitPattern));
    assert!(!implements!(Token: ffi_runtime::PointerFree));
    assert_eq!(Priority::from_raw(3).as_raw(), 3);
    assert_eq!(Nice::from_raw(-2).as_raw(), -2);
    assert!(Token::MARKER.is_null());
}

impl Token {
    /// Keeps the type used without unsafe code.
    const MARKER: *mut u8 = core::ptr::null_mut();
}

#[test]
fn the_derives_keep_the_layout() {
    assert_eq!(size_of::<Point>(), 8);
    assert_eq!(align_of::<Aligned>(), 16);
    let shape = Shape(1, 2, [Point { x: 3, y: 4 }; 3], 5.0);
    let copy = shape;
    assert_eq!(copy.2[1], Point { x: 3, y: 4 });
    assert_eq!(shape.0 + copy.0, 2);
}

/// The derives, run on token streams (the same source as the proc macro).
#[cfg(not(miri))]
#[path = "../../ffi-macros/src/derive/mod.rs"]
#[allow(dead_code, unreachable_pub, clippy::pedantic)]
mod derive;

#[cfg(not(miri))]
mod expansion {
    use super::derive;

    fn pretty(tokens: &proc_macro2::TokenStream) -> String {
        let file: syn::File = syn::parse2(tokens.clone()).expect("the expansion parses as a file");
        prettyplease::unparse(&file)
    }

    /// The expansion reads like what a person would write: one `unsafe impl`, one
    /// check per field at the field's type.
    #[test]
    fn pointer_free_expansion_is_readable() {
        let input: proc_macro2::TokenStream = "
            #[repr(C)]
            pub struct Point { x: i32, y: [u8; 4] }
        "
        .parse()
        .expect("tokens");
        let expected = "\
#[automatically_derived]
unsafe impl ::ffi_runtime::__private::PointerFree for Point {}
const _: () = {
    const fn field_is_pointer_free<T: ?Sized + ::ffi_runtime::__private::PointerFree>() {}
    field_is_pointer_free::<i32>();
    field_is_pointer_free::<[u8; 4]>();
};
";
        assert_eq!(pretty(&derive::pointer_free(input)), expected);
    }

    #[test]
    fn any_bit_pattern_expansion_is_readable() {
        let input: proc_macro2::TokenStream = "
            #[plain(crate = \"my::ffi\")]
            #[repr(transparent)]
            pub struct Wrapper(u64);
        "
        .parse()
        .expect("tokens");
        let expected = "\
#[automatically_derived]
unsafe impl my::ffi::__private::AnyBitPattern for Wrapper {}
const _: () = {
    const fn field_is_any_bit_pattern<T: my::ffi::__private::AnyBitPattern>() {}
    field_is_any_bit_pattern::<u64>();
};
";
        assert_eq!(pretty(&derive::any_bit_pattern(input)), expected);
    }
}
