//! Procedural macros of `ffi-runtime`. Depend on `ffi-runtime`, which re-exports them;
//! this crate's paths are not a stable interface.

mod derive;
mod foreign;

use proc_macro::TokenStream;

/// Turns an `extern` block of C declarations into a `raw` module holding the block
/// unchanged and one safe wrapper per function. See the `ffi-runtime` crate docs.
#[proc_macro_attribute]
pub fn foreign(args: TokenStream, input: TokenStream) -> TokenStream {
    foreign::expand(args.into(), input.into()).into()
}

/// An owning handle over a C object: `#[derive(Owned)] #[owned(drop = raw::free_fn)]
/// #[repr(transparent)] struct Name(NonNull<raw::c_type>);`. See the `ffi-runtime`
/// crate docs.
#[proc_macro_derive(Owned, attributes(owned))]
pub fn derive_owned(input: TokenStream) -> TokenStream {
    derive::owned(input.into()).into()
}

/// A newtype over a plain C value: `#[derive(Value)] #[repr(transparent)]
/// struct Name(c_type);`. See the `ffi-runtime` crate docs.
#[proc_macro_derive(Value, attributes(value))]
pub fn derive_value(input: TokenStream) -> TokenStream {
    derive::value(input.into()).into()
}
