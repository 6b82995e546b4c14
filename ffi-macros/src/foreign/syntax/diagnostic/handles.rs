//! Messages of `tests/ui/handles`.

use super::{spanned_with_help, with_help};
use proc_macro2::Span;
use quote::ToTokens;

pub(crate) fn bad_handle(attr: impl ToTokens) -> syn::Error {
    spanned_with_help(
        attr,
        "`#[handle]` names the handle type and how the wrapper takes it",
        "write `#[handle(&Db)]` (C borrows it), `#[handle(&mut Db)]` (C may change it), `#[handle(Db)]` (C takes ownership) or `#[handle(Db, on_success)]` (C takes it when the call succeeds)",
    )
}

pub(crate) fn handle_with_out(attr: impl ToTokens) -> syn::Error {
    spanned_with_help(
        attr,
        "`#[handle]` and `#[out]` conflict",
        "use `#[out(Handle)]` for an out-parameter that receives a new handle",
    )
}

pub(crate) fn handle_not_pointer(ty: impl ToTokens) -> syn::Error {
    spanned_with_help(
        ty,
        "`#[handle]` needs the C pointer the handle wraps",
        "declare the parameter as C does, e.g. `db: *mut sqlite3`, and the handle type in the attribute",
    )
}

pub(crate) fn out_handle_not_pointer_pointer(ty: impl ToTokens) -> syn::Error {
    spanned_with_help(
        ty,
        "`#[out(Handle)]` needs a `*mut *mut T` parameter",
        "C writes the new handle's pointer through it, as `sqlite3_open(.., sqlite3 **db)` does",
    )
}

pub(crate) fn owned_needs_null_test(span: Span, convention: &str) -> syn::Error {
    with_help(
        span,
        format!(
            "`owned` needs a convention that rejects NULL, and this function uses `{convention}`"
        ),
        "use `nonnull` or `errno` (NULL with errno set): a handle never holds NULL",
    )
}

pub(crate) fn owned_and_borrowed(ty: impl ToTokens) -> syn::Error {
    spanned_with_help(
        ty,
        "`owned` and `borrowed` conflict: the caller either owns the returned handle or borrows it",
        "keep `owned = H` when the caller must free it, `borrowed = &H` when something else keeps it alive",
    )
}

pub(crate) fn borrowed_not_reference(ty: impl ToTokens) -> syn::Error {
    spanned_with_help(
        ty,
        "`borrowed` takes the handle as a shared reference",
        "write `borrowed = &Db`, or `borrowed = &'a Db` to tie it to a parameter declared `#[handle(&'a ..)]`",
    )
}

pub(crate) fn owned_not_pointer(ty: impl ToTokens) -> syn::Error {
    spanned_with_help(
        ty,
        "`owned = Handle` needs the function to return the C pointer",
        "declare the return type as C does, e.g. `-> *mut tls`; a pointer typedef such as `gzFile` needs `nonnull`",
    )
}

pub(crate) fn out_handle_convention(span: Span, convention: &str) -> syn::Error {
    with_help(
        span,
        format!(
            "`#[out(Handle)]` needs a convention that returns `ffi_runtime::Error`, not `{convention}`"
        ),
        "use errno, neg_errno, ret_errno, zero or nonnull: a NULL handle on success is reported as an `Error`",
    )
}

pub(crate) fn on_success_not_taken(key: &syn::Ident) -> syn::Error {
    with_help(
        key.span(),
        "`on_success` says when C takes ownership of a handle, and this one is only borrowed",
        "write `#[handle(H, on_success)]` for a handle C takes (and frees) only when the call succeeds",
    )
}

pub(crate) fn on_success_convention(attr: impl ToTokens, convention: &str) -> syn::Error {
    spanned_with_help(
        attr,
        format!(
            "`on_success` needs a convention that tells failure apart, and this function uses `{convention}`"
        ),
        "use errno, neg_errno, ret_errno, zero or nonnull: on failure the wrapper still owns the handle and frees it",
    )
}

pub(crate) fn lifetime_only_in_output(
    lifetime: &syn::Lifetime,
    function: &syn::Ident,
) -> syn::Error {
    with_help(
        lifetime.apostrophe,
        format!(
            "`{lifetime}` appears in what `{function}` returns but in none of its parameters: the caller could pick `'static`"
        ),
        format!(
            "name it in the handle the result borrows from, e.g. `#[handle(&{lifetime} Db)] db: *mut sqlite3`"
        ),
    )
}

pub(crate) fn out_lent_mut(ty: impl ToTokens) -> syn::Error {
    spanned_with_help(
        ty,
        "`#[out(&mut H)]` would lend a handle C keeps owning as exclusive, which nothing guarantees",
        "write `#[out(&'a H)]` for a handle C lends out (`archive_read_next_header`'s entry), or `#[out(H)]` for one the caller owns",
    )
}
