//! Messages of `tests/ui/signature`.

use super::{spanned_with_help, with_help};
use proc_macro2::Span;
use quote::ToTokens;

pub(crate) fn const_fn(token: impl ToTokens) -> syn::Error {
    spanned_with_help(token, "a C function cannot be `const`", "remove `const`")
}

pub(crate) fn async_fn(token: impl ToTokens) -> syn::Error {
    spanned_with_help(
        token,
        "a C function cannot be `async`",
        "remove `async`; call the wrapper from async code through a blocking task if it blocks",
    )
}

pub(crate) fn fn_abi(abi: impl ToTokens) -> syn::Error {
    spanned_with_help(
        abi,
        "a function in an extern block takes the block's ABI",
        "remove the ABI here and put it on the block: `unsafe extern \"C\" { ... }`",
    )
}

pub(crate) fn generic_fn(generics: impl ToTokens) -> syn::Error {
    spanned_with_help(
        generics,
        "a C function cannot be generic",
        "declare one function per concrete type, with `#[link_name]` if they share a symbol",
    )
}

pub(crate) fn variadic(dots: impl ToTokens) -> syn::Error {
    spanned_with_help(
        dots,
        "a variadic C function cannot get a wrapper (a Rust function cannot be variadic)",
        "add `#[ffi(raw)]` to keep only the raw declaration, callable as `raw::name` in unsafe code",
    )
}

pub(crate) fn receiver(receiver: impl ToTokens) -> syn::Error {
    spanned_with_help(
        receiver,
        "a C function has no `self` parameter",
        "declare the handle as a normal parameter, e.g. `ctx: *mut tls`",
    )
}

pub(crate) fn pattern_param(pat: impl ToTokens) -> syn::Error {
    spanned_with_help(
        pat,
        "the parameters of a wrapped C function need plain names",
        "name the parameter, e.g. `fd: c_int`; the wrapper's parameters take these names",
    )
}

pub(crate) fn raw_with_unsafe(span: Span) -> syn::Error {
    with_help(
        span,
        "`raw` and `unsafe` conflict: `raw` emits no wrapper",
        "keep `raw` for no wrapper, or `unsafe` for an `unsafe fn` wrapper",
    )
}

pub(crate) fn reference_return(ty: impl ToTokens) -> syn::Error {
    spanned_with_help(
        ty,
        "a C function cannot return a Rust reference: nothing says how long it lives",
        "return a raw pointer; `nonnull` or `errno` turn it into `NonNull<T>`",
    )
}

pub(crate) fn duplicate_function(ident: &syn::Ident) -> syn::Error {
    with_help(
        ident.span(),
        format!("`{ident}` is declared twice: both would get a wrapper of that name"),
        "rename one and give it `#[link_name = \"...\"]` if both bind the same C symbol",
    )
}

pub(crate) fn safe_static_mut(token: impl ToTokens, name: &syn::Ident) -> syn::Error {
    spanned_with_help(
        token,
        format!(
            "`{name}` is declared `safe static mut`: reading it without `unsafe` races with whoever writes it"
        ),
        "drop `safe` (reads then need `unsafe`), or drop `mut` if neither C nor Rust ever writes it",
    )
}
