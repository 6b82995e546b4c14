//! Messages of `tests/ui/conventions`.

use super::{spanned_with_help, with_help};
use proc_macro2::Span;
use quote::ToTokens;

pub(crate) fn conflicting_conventions(span: Span, first: &str, second: &str) -> syn::Error {
    with_help(
        span,
        format!("conflicting conventions `{first}` and `{second}`"),
        "a function has one way of reporting failure: keep one convention",
    )
}

pub(crate) fn convention_needs(
    ty: impl ToTokens,
    convention: &str,
    needs: &str,
    help: &str,
) -> syn::Error {
    spanned_with_help(ty, format!("`{convention}` needs {needs}"), help)
}

pub(crate) fn convention_on_unit(span: Span, convention: &str) -> syn::Error {
    with_help(
        span,
        format!("`{convention}` needs a return value to test, and this function returns nothing"),
        "a function that cannot fail takes `#[ffi(unchecked)]`, which also overrides a block's default convention",
    )
}
