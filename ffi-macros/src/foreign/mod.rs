//! The implementation of `#[foreign]`, over `proc_macro2` so that tests, snapshot
//! printers and fuzzers can call [`expand`] directly (they include this directory
//! with `#[path]`; modules here refer to each other through `super::` for that).
//!
//! The pipeline follows the model proc-macro crates, in two halves. The syntax
//! half ([`syntax`]) parses the extern block into our own representation that
//! keeps the original syntax for spans, and validates it in a separate pass that
//! collects every error; it knows nothing of how wrappers are written. The
//! lowering half ([`lower`]) writes one safe wrapper per checked function.
//! [`expand`] runs both and writes the raw module ([`raw_module`]); on errors,
//! [`fallback`] still emits every name.

/// `quote!` with mixed-site hygiene: the locals a wrapper declares (`__ret`,
/// `__error`, ...) cannot see or shadow the user's names, while paths to items still
/// resolve where the macro was called.
///
/// A template that names one of those locals does not compile here: it is
/// written [`body!`], which records the names for the wrapper's import of them.
macro_rules! mixed {
    ($($tt:tt)*) => {{
        const {
            assert!(
                $crate::foreign::lower::named_locals(stringify!($($tt)*)) == 0,
                "a template naming a wrapper's local (`__ret`, ..) is written `body!(lowering => ..)`",
            );
        }
        ::quote::quote_spanned!(::proc_macro2::Span::mixed_site()=> $($tt)*)
    }};
}

/// [`mixed!`] for a template of a wrapper's body that names its locals (`__ret`,
/// `__error`, ...): `body!(lowering => let __error = ..;)` records them in the
/// lowering, for the body's import of their namesakes
/// (`Lowering::alias_import`). Which names a template has is read from its
/// text when this crate compiles; nothing is scanned at expansion time.
macro_rules! body {
    ($lowering:expr => $($tt:tt)*) => {{
        $lowering.mention(const { $crate::foreign::lower::named_locals(stringify!($($tt)*)) });
        ::quote::quote_spanned!(::proc_macro2::Span::mixed_site()=> $($tt)*)
    }};
}

mod expand;
mod fallback;
mod load_module;
mod lower;
mod raw_module;
mod syntax;
mod sys_module;

/// Expands `#[foreign(args)] input`. Never panics: every problem becomes a
/// `compile_error!` in the returned tokens.
pub fn expand(
    args: proc_macro2::TokenStream,
    input: proc_macro2::TokenStream,
) -> proc_macro2::TokenStream {
    expand::foreign(args, input)
}

/// Whether `tokens` nest deeper than syn's recursive parser is given (shared
/// with `#[export]`, which parses whole function bodies).
#[allow(dead_code)] // unused where this directory is included by path
pub(crate) fn too_deep(tokens: proc_macro2::TokenStream) -> Option<proc_macro2::Span> {
    syntax::depth::too_deep(tokens)
}
