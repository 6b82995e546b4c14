//! Messages of `tests/ui/out_slices`.

use super::{spanned_with_help, with_help};
use quote::ToTokens;

pub(crate) fn free_without_slice(func: &syn::Ident) -> syn::Error {
    with_help(
        func.span(),
        "`free = f` frees a returned array after it is copied, and needs `slice = len`",
        "add `slice = len` naming the count C writes; a returned string is freed with `string = free(f)`",
    )
}

pub(crate) fn returned_slice_not_pointer(length: &syn::Ident) -> syn::Error {
    with_help(
        length.span(),
        "`slice = len` copies the array a returned pointer addresses, but this function returns no pointer",
        "declare the return as C does, e.g. `-> *const u8`, or use `#[out_slice(len)]` when C writes the pointer to a parameter",
    )
}

pub(crate) fn returned_slice_conflict(length: &syn::Ident) -> syn::Error {
    with_help(
        length.span(),
        "`slice = len` cannot be combined with `string`, `owned` or `borrowed`: each says what the returned pointer is",
        "keep the one that describes the return",
    )
}

pub(crate) fn returned_slice_convention(length: &syn::Ident, convention: &str) -> syn::Error {
    with_help(
        length.span(),
        format!(
            "`slice = len` needs the returned pointer tested for NULL, which `{convention}` does not do"
        ),
        "add `nonnull` (or `errno`, when the function sets errno with its NULL)",
    )
}

pub(crate) fn out_slice_shape(ty: impl ToTokens) -> syn::Error {
    spanned_with_help(
        ty,
        "`#[out_slice(len)]` needs the `*mut *const T` slot C writes the array's address into",
        "declare it as C does, e.g. `items: *mut *const Item, count: *mut usize`",
    )
}

pub(crate) fn out_slice_length_not_pointer(ty: impl ToTokens) -> syn::Error {
    spanned_with_help(
        ty,
        "the length of an `#[out_slice]` or a returned `slice` is written by C, so it is a `*mut` integer",
        "declare it as C does, e.g. `count: *mut usize`",
    )
}

pub(crate) fn out_slice_convention(attr: impl ToTokens, convention: &str) -> syn::Error {
    spanned_with_help(
        attr,
        format!(
            "`#[out_slice]` needs a convention that returns `ffi_runtime::Error`, not `{convention}`"
        ),
        "use errno, neg_errno, ret_errno, zero or nonnull: that is how the wrapper knows C wrote the pair",
    )
}
