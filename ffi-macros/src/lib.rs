//! Procedural macros of `ffi-runtime`. Depend on `ffi-runtime`, which re-exports them;
//! this crate's paths are not a stable interface.
//!
//! The pipeline follows the model proc-macro crates: [`ast`] parses the extern block
//! into our own representation that keeps the original syntax for spans, [`check`]
//! validates it as a separate pass collecting every error, and [`expand`] writes the
//! raw module and the safe wrappers. On errors, [`fallback`] still emits the names.

mod args;
mod ast;
mod attrs;
mod check;
mod diagnostic;
mod docs;
mod expand;
mod fallback;
mod types;
mod wrapper;

use proc_macro::TokenStream;

/// Turns an `extern` block of C declarations into a `raw` module holding the block
/// unchanged and one safe wrapper per function. See the `ffi-runtime` crate docs.
#[proc_macro_attribute]
pub fn foreign(args: TokenStream, input: TokenStream) -> TokenStream {
    expand::foreign(args.into(), input.into()).into()
}
