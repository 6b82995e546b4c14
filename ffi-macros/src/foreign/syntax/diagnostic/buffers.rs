//! Messages of `tests/ui/buffers`.

use super::{spanned_with_help, with_help};
use proc_macro2::Span;
use quote::ToTokens;

pub(crate) fn buffer_not_char_pointer(ty: impl ToTokens) -> syn::Error {
    spanned_with_help(
        ty,
        "`#[buffer(..)]` needs the `*mut c_char` (or `*mut u8`) that C writes the string into",
        "declare it as C does, e.g. `buf: *mut c_char, size: usize`; arrays of other elements need an in/out count (`count: *mut c_int`)",
    )
}

pub(crate) fn buffer_conflict(attr: impl ToTokens) -> syn::Error {
    spanned_with_help(
        attr,
        "a function with a `#[buffer]` takes one buffer and no other out-parameter",
        "its `Ok` value is the string written into the buffer; bind the other outputs by hand with `#[ffi(unsafe)]`",
    )
}

pub(crate) fn buffer_convention(span: Span, convention: &str) -> syn::Error {
    with_help(
        span,
        format!(
            "`#[buffer]` needs a convention that returns `ffi_runtime::Error`, not `{convention}`"
        ),
        "use errno, neg_errno, ret_errno, zero or nonnull: that is how the wrapper knows C wrote the buffer",
    )
}

pub(crate) fn length_returned_convention(attr: impl ToTokens) -> syn::Error {
    spanned_with_help(
        attr,
        "`length_returned` reads the byte count from the return value, which needs `errno` or `neg_errno`",
        "use the convention under which the function returns the count on success, as `readlink` does with `errno`",
    )
}

pub(crate) fn size_returned_convention(attr: impl ToTokens) -> syn::Error {
    spanned_with_help(
        attr,
        "`size_returned` reads the size the string needs from the return value, which needs `errno`, `neg_errno` or `unchecked`",
        "use the convention under which the function returns that size: `errno` for an `snprintf`-style function that returns -1 and sets errno, `unchecked` for one that cannot fail (`strxfrm`)",
    )
}

pub(crate) fn size_returned_shape(attr: impl ToTokens) -> syn::Error {
    spanned_with_help(
        attr,
        "`size_returned` goes with a string buffer whose capacity is passed by value",
        "remove `length_returned`/`grow_to_length`, and pass the capacity as `len: usize` (not `*mut`), as `snprintf(buf, len, ..)` takes it",
    )
}

pub(crate) fn buffer_bounds(span: Span) -> syn::Error {
    with_help(
        span,
        "#[buffer] needs 0 < initial <= max",
        "e.g. `#[buffer(len, initial = 64, max = 65536)]`",
    )
}

pub(crate) fn buffer_without_length(attr: impl ToTokens) -> syn::Error {
    spanned_with_help(
        attr,
        "`#[buffer(..)]` first names the parameter that holds the buffer's capacity",
        "write `#[buffer(len)] buf: *mut c_char, len: usize`, then any keys: `initial = N`, `max = N`, `grow_on = ERRNO`, ..",
    )
}
