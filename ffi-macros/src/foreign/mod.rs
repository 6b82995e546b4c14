//! The implementation of `#[foreign]`, over `proc_macro2` so that tests, snapshot
//! printers and fuzzers can call [`expand`] directly (they include this directory
//! with `#[path]`; modules here refer to each other through `super::` for that).
//!
//! The pipeline follows the model proc-macro crates: [`ast`] parses the extern block
//! into our own representation that keeps the original syntax for spans, [`check`]
//! validates it as a separate pass collecting every error, and [`expand`] writes the
//! raw module and the safe wrappers ([`wrapper`], [`docs`]). On errors, [`fallback`]
//! still emits every name.

/// `quote!` with mixed-site hygiene: the locals a wrapper declares (`__ret`,
/// `__error`, ...) cannot see or shadow the user's names, while paths to items still
/// resolve where the macro was called.
macro_rules! mixed {
    ($($tt:tt)*) => {
        ::quote::quote_spanned!(::proc_macro2::Span::mixed_site()=> $($tt)*)
    };
}

mod args;
mod ast;
mod attrs;
mod buffers;
mod callbacks;
mod check;
mod diagnostic;
mod docs;
mod expand;
mod fallback;
mod params;
mod returns;
mod strings;
mod types;
mod wrapper;

/// Expands `#[foreign(args)] input`. Never panics: every problem becomes a
/// `compile_error!` in the returned tokens.
pub fn expand(
    args: proc_macro2::TokenStream,
    input: proc_macro2::TokenStream,
) -> proc_macro2::TokenStream {
    expand::foreign(args, input)
}
