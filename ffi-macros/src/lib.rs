//! Procedural macros of `ffi-runtime`. Depend on `ffi-runtime`, which re-exports them;
//! this crate's paths are not a stable interface.

mod foreign;

use proc_macro::TokenStream;

/// Turns an `extern` block of C declarations into a `raw` module holding the block
/// unchanged and one safe wrapper per function. See the `ffi-runtime` crate docs.
#[proc_macro_attribute]
pub fn foreign(args: TokenStream, input: TokenStream) -> TokenStream {
    foreign::expand(args.into(), input.into()).into()
}
