//! Messages of `tests/ui/params`.

use super::spanned_with_help;
use quote::ToTokens;

pub(crate) fn unannotated_pointer(ty: impl ToTokens) -> syn::Error {
    spanned_with_help(
        ty,
        "a safe wrapper cannot pass a raw pointer it knows nothing about",
        "mark an out-parameter `#[out]`, use `*const c_char` for a C string (the wrapper takes `&CStr`), \
         `&T`/`&mut T`/`Option<&T>` for a pointer C only borrows, `#[ffi(unsafe)]` for an `unsafe fn` \
         wrapper that passes raw pointers through, or `#[ffi(raw)]` for no wrapper",
    )
}

pub(crate) fn flag_with_args(attr: impl ToTokens) -> syn::Error {
    spanned_with_help(
        attr,
        "this attribute takes no arguments",
        "write `#[str]` or `#[nullable]` alone",
    )
}

pub(crate) fn ffi_on_param(attr: impl ToTokens) -> syn::Error {
    spanned_with_help(
        attr,
        "`#[ffi(...)]` goes on the function, not on a parameter",
        "move it above `fn`; parameters take `#[out]`",
    )
}

pub(crate) fn conflicting_param_attrs(
    attr: impl ToTokens,
    first: &str,
    second: &str,
) -> syn::Error {
    spanned_with_help(
        attr,
        format!("`#[{second}]` conflicts with `#[{first}]` on the same parameter"),
        "a parameter has one role: keep the attribute that says what C does with it",
    )
}
