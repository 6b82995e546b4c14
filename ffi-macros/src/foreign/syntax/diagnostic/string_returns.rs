//! Messages of `tests/ui/string_returns`.

use super::with_help;
use proc_macro2::Span;

pub(crate) fn string_not_c_string(span: Span) -> syn::Error {
    with_help(
        span,
        "`string = ..` needs the function to return `*const c_char` (or `*mut c_char`)",
        "declare the return type as C does",
    )
}

pub(crate) fn string_needs_null_test(span: Span) -> syn::Error {
    with_help(
        span,
        "`string = ..` needs `nonnull` or `errno`: a NULL return is then an `Err`",
        "add the convention the C function documents for NULL",
    )
}

pub(crate) fn string_borrow_source(name: &syn::Ident) -> syn::Error {
    with_help(
        name.span(),
        format!(
            "`string = borrow({name})` needs `{name}` to be a mutable borrow with a named lifetime"
        ),
        format!(
            "declare it `#[handle(&'a mut H)] {name}: *mut T` (or `{name}: &'a mut T`): the string stays valid only \
             until the next call on `{name}`, which the `&mut` borrow rules out; with a shared borrow, \
             another call could free it: use `string = copy` instead"
        ),
    )
}

/// `key` is how the free function was named: `string = free` or `free = `.
pub(crate) fn unknown_free_fn(func: &syn::Ident, key: &str) -> syn::Error {
    let named = if key == "string = free" {
        format!("`string = free({func})`")
    } else {
        format!("`free = {func}`")
    };
    with_help(
        func.span(),
        format!("{named} names `{func}`, which is not a function of this block"),
        "declare the C function that frees it (e.g. `fn free(p: *mut c_void);`) in this block",
    )
}

pub(crate) fn unknown_string_kind(span: Span) -> syn::Error {
    with_help(
        span,
        "unknown `string` lifetime",
        "write `string = static`, `copy`, `utf8`, `lossy`, `free(f)` or `borrow(handle)`",
    )
}
