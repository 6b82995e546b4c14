//! Messages of `tests/ui/params`.

use super::{spanned_with_help, with_help};
use quote::ToTokens;

pub(crate) fn unannotated_pointer(
    ty: impl ToTokens,
    function: &syn::Ident,
    param: &str,
) -> syn::Error {
    spanned_with_help(
        ty,
        format!(
            "`{function}`: a safe wrapper cannot pass `{param}`, a raw pointer it knows nothing about"
        ),
        "say what C does with it: `#[out]` (C writes a value), `#[out(H)]` (a new handle), `#[handle(&H)]`/`#[handle(&mut H)]`/`#[handle(H)]` (an owned handle), \
         `#[slice(len)]` (an array of `len`), `#[buffer(len)]` (C fills it), `#[out_slice(len)]` (C writes an array's address), \
         `#[cstr]`/`#[str]` on `*const c_char` (a string), `#[null]` (always NULL), the user data of a `#[callback(data)]`, \
         or `&T`/`&mut T`/`Option<&T>` (C only borrows it); `#[ffi(unsafe)]` makes an `unsafe fn` wrapper that passes it through, `#[ffi(raw)]` no wrapper",
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

pub(crate) fn null_not_pointer(ty: impl ToTokens) -> syn::Error {
    spanned_with_help(
        ty,
        "`#[null]` passes NULL, which needs a pointer (or `Option<extern \"C\" fn(..)>`) parameter",
        "declare the parameter as C does, e.g. `tail: *mut *const c_char`",
    )
}

pub(crate) fn unwinding_fn_pointer(abi: impl ToTokens) -> syn::Error {
    spanned_with_help(
        abi,
        "a safe wrapper cannot hand C a function that may unwind: a panic in it would unwind through C's frames",
        "declare the function pointer `extern \"C\" fn(..)` (a panic then aborts instead of unwinding), use `#[callback(..)]` (panics are caught), or `#[ffi(unsafe)]`",
    )
}

/// `*const c_char` in a function that also takes a value that may be its length.
pub(crate) fn c_string_with_length(
    ty: impl ToTokens,
    function: &syn::Ident,
    name: &str,
    length: &str,
) -> syn::Error {
    spanned_with_help(
        ty,
        format!(
            "`{function}` takes `{name}: *const c_char` and `{length}`, which may be its length: say how C reads `{name}`"
        ),
        format!(
            "`#[cstr] {name}` when C reads up to the NUL (the wrapper takes `&CStr`), `#[str] {name}` for a `&str` copied with a NUL, \
             `#[str({length})] {name}` when C reads `{length}` bytes (the wrapper takes `&str` and passes its length), or `#[ffi(unsafe)]`"
        ),
    )
}

pub(crate) fn unsafe_fn_pointer(token: impl ToTokens) -> syn::Error {
    spanned_with_help(
        token,
        "a safe wrapper cannot hand C an `unsafe fn`: safe code can name any unsafe function (`libc::free`), whose preconditions C's call would not keep",
        "declare the function pointer `extern \"C\" fn(..)` (a safe function is sound for every argument of its types), use `#[callback(..)]` for a closure, or `#[ffi(unsafe)]`",
    )
}

pub(crate) fn reserved_param_name(name: &syn::Ident) -> syn::Error {
    with_help(
        name.span(),
        "`__ffi` is the name a wrapper gives the runtime's support module",
        "rename the parameter (the C declaration's names are the wrapper's parameter names)",
    )
}
