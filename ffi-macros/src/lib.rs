//! Procedural macros of `ffi-runtime`. Depend on `ffi-runtime`, which re-exports them;
//! this crate's paths are not a stable interface.

mod derive;
mod export;
mod foreign;

use proc_macro::TokenStream;

/// Turns an `extern` block of C declarations into a `raw` module holding the block
/// unchanged and one safe wrapper per function. Every key, parameter form and the
/// claim each makes: the `ffi_runtime::reference` module (the README, on docs.rs).
#[proc_macro_attribute]
pub fn foreign(args: TokenStream, input: TokenStream) -> TokenStream {
    foreign::expand(args.into(), input.into()).into()
}

/// Exports the `pub fn`s of a module to C through `extern "C"` shims, with a
/// description of the C header (`c_api::MODULE`): see `ffi_runtime::export`
/// and the reference's "Exports" section.
#[proc_macro_attribute]
pub fn export(args: TokenStream, input: TokenStream) -> TokenStream {
    export::expand(args.into(), input.into()).into()
}

/// An owning handle over a C object: `#[derive(Owned)] #[owned(drop = raw::free_fn)]
/// #[repr(transparent)] struct Name(NonNull<raw::c_type>);`. See the `ffi-runtime`
/// crate docs.
///
/// Keys of `#[owned(..)]`: `drop = f` (required: the C function that frees the
/// pointer, called exactly once, by `Drop`), `dup = f` (a C function returning a
/// new handle for the same object, or NULL: `try_clone` and `Clone`), `fallible`
/// (the destructor returns a status: `close(self) -> Result`), `exclusive` (a
/// claim: C never lends the object out through another function), `crate = "path"`.
///
/// `drop = f` is a claim the compiler cannot check ("`f` frees this pointer,
/// once"): the `unsafe impl Handle` it makes is reported by
/// `#![forbid(unsafe_code)]`/`#![deny(unsafe_code)]` at `drop = f` (put
/// `#[allow(unsafe_code)]` on the type to accept it under `deny`). The derive checks
/// the rest: the field is private, and without `dup` the type does not implement
/// `Clone` (a clone would free the pointer twice). With `exclusive` (and no
/// `dup`, which may be reference counting) the type implements
/// `ExclusiveHandle`: `&mut self` excludes every other call on the object, and
/// `#[foreign]` refuses to lend such a handle out.
#[proc_macro_derive(Owned, attributes(owned))]
pub fn derive_owned(input: TokenStream) -> TokenStream {
    derive::owned(input.into()).into()
}

/// A newtype over a plain C value: `#[derive(Value)] #[repr(transparent)]
/// struct Name(c_type);`. See the `ffi-runtime` crate docs.
///
/// Keys of `#[value(..)]`: `any_value` (every value of the field type is harmless
/// wherever the newtype is passed: `from_raw` becomes safe, the field may be public,
/// and the type is `AnyBitPattern` when it is `Copy` and its field type is),
/// `constants(NAME = expr, ..)`, `crate = "path"`.
///
/// The newtype is `PointerFree` when its field type is, so safe wrappers pass it
/// to C. Without `any_value` only the unsafe `from_raw` makes a value: the derive
/// refuses a public field and checks that the type is neither `Default` nor
/// `AnyBitPattern`. `any_value` is a claim: `#![forbid(unsafe_code)]` reports it.
#[proc_macro_derive(Value, attributes(value))]
pub fn derive_value(input: TokenStream) -> TokenStream {
    derive::value(input.into()).into()
}

/// Implements `ffi_runtime::PointerFree` for a `#[repr(C)]` or
/// `#[repr(transparent)]` struct whose every field type is `PointerFree` (checked
/// at compile time; the error names the field). A safe wrapper may then hand the
/// struct to C by value, by reference or in a slice. Key: `#[plain(crate = "path")]`.
/// Enums, unions, `packed` and generic parameters are refused.
///
/// Checked, not claimed: `#![forbid(unsafe_code)]` accepts it.
#[proc_macro_derive(PointerFree, attributes(plain))]
pub fn derive_pointer_free(input: TokenStream) -> TokenStream {
    derive::pointer_free(input.into()).into()
}

/// Implements `ffi_runtime::AnyBitPattern` for a `#[repr(C)]` or
/// `#[repr(transparent)]` struct whose every field type is `AnyBitPattern`
/// (checked at compile time; the error names the field). C may then write the
/// struct for Rust to read (out-parameters, buffers). The struct must also be
/// `Copy` (derive it). Key: `#[plain(crate = "path")]`. Enums, unions, `packed`
/// and generic parameters are refused.
///
/// Checked, not claimed: `#![forbid(unsafe_code)]` accepts it.
#[proc_macro_derive(AnyBitPattern, attributes(plain))]
pub fn derive_any_bit_pattern(input: TokenStream) -> TokenStream {
    derive::any_bit_pattern(input.into()).into()
}
