//! Messages of `tests/ui/callbacks`.

use super::{spanned_with_help, with_help};
use quote::ToTokens;

pub(crate) fn callback_not_fn(ty: impl ToTokens) -> syn::Error {
    spanned_with_help(
        ty,
        "#[callback] needs the function-pointer type written out, to generate the trampoline C calls",
        "write it as C declares it, e.g. `compar: extern \"C\" fn(a: *const c_void, b: *const c_void, data: *mut c_void) -> c_int` (or in `Option<..>`); for a type alias (bindgen's), keep it and spell the type out in `#[signature(Option<unsafe extern \"C\" fn(..) -> c_int>)]`",
    )
}

pub(crate) fn callback_without_abi(ty: impl ToTokens) -> syn::Error {
    spanned_with_help(
        ty,
        "a callback C calls needs a C ABI; this is a Rust function pointer",
        "write `extern \"C\" fn(..)`",
    )
}

pub(crate) fn callback_for_lifetimes(lifetimes: impl ToTokens) -> syn::Error {
    spanned_with_help(
        lifetimes,
        "#[callback] does not take `for<..>` lifetimes",
        "elide them (`fn(&T, *mut c_void)`): the closure then accepts references of any lifetime",
    )
}

pub(crate) fn callback_user_data_arg(ty: impl ToTokens) -> syn::Error {
    spanned_with_help(
        ty,
        "#[callback] finds the closure through the callback's `*mut c_void` argument, and this callback has none or several",
        "declare the user-data argument as `*mut c_void` and every other pointer argument with its own type (`*const c_void`, `*const T`, `&T`)",
    )
}

pub(crate) fn callback_needs_on_panic(attr: impl ToTokens) -> syn::Error {
    spanned_with_help(
        attr,
        "this callback returns a value: say what C gets when the closure panics (the panic then resumes after the call)",
        "add `on_panic = VALUE`, the value the C function treats as \"stop\" or neutral, e.g. `#[callback(data, on_panic = 1)]` for sqlite3_exec, `on_panic = 0` for a comparator",
    )
}

pub(crate) fn callback_data_not_pointer(ty: impl ToTokens) -> syn::Error {
    spanned_with_help(
        ty,
        "the user-data parameter of a #[callback] is a raw pointer the wrapper fills",
        "declare it as C does: `data: *mut c_void`",
    )
}

pub(crate) fn callback_missing_param(name: &syn::Ident, function: &syn::Ident) -> syn::Error {
    with_help(
        name.span(),
        format!("`{name}`, named by #[callback], is not a parameter of `{function}`"),
        "name the `void *` parameter C passes back to the callback (and, for `destroy`, the function-pointer parameter C calls to free it)",
    )
}

pub(crate) fn callback_bad_destroy(name: &syn::Ident) -> syn::Error {
    with_help(
        name.span(),
        format!(
            "`destroy = {name}` needs `{name}` to be a C function pointer with one `*mut c_void` argument, the user data"
        ),
        "declare it as C does: `destroy: Option<extern \"C\" fn(data: *mut c_void)>`, or with the other arguments C passes (`extern \"C\" fn(archive: *mut archive, data: *mut c_void) -> c_int`)",
    )
}

pub(crate) fn callback_with_buffer(attr: impl ToTokens) -> syn::Error {
    spanned_with_help(
        attr,
        "a #[callback] cannot be combined with a #[buffer]: the buffer's retries would call C again with a closure already used",
        "wrap this function with `#[ffi(unsafe)]`, or by hand around its raw declaration",
    )
}

pub(crate) fn callback_without_data(attr: impl ToTokens) -> syn::Error {
    spanned_with_help(
        attr,
        "#[callback] first names the `void *` parameter C passes back to the callback",
        "write `#[callback(data, ..)] f: extern \"C\" fn(.., data: *mut c_void), data: *mut c_void`",
    )
}

pub(crate) fn callback_shared_slot(name: &syn::Ident, what: &str) -> syn::Error {
    with_help(
        name.span(),
        format!("`{name}` is already the {what} of another #[callback] of this function"),
        "each closure needs a user-data slot (and destroy hook) of its own; a C API that passes one pointer to several callbacks (sqlite3_create_function's `pApp`) is bound by hand around its raw declaration, or with `#[ffi(unsafe)]`",
    )
}

pub(crate) fn callback_too_many_args(ty: impl ToTokens) -> syn::Error {
    spanned_with_help(
        ty,
        "#[callback] supports callbacks of up to 32 arguments",
        "bind this one by hand around its raw declaration",
    )
}

pub(crate) fn callback_slot_with_role(name: &syn::Ident) -> syn::Error {
    with_help(
        name.span(),
        format!(
            "`{name}` is a callback's user data or destroy hook, which the wrapper fills, and it has another role"
        ),
        "give the user data and the destroy hook parameters of their own, without attributes (`#[null]`, `#[out]`, `#[callback]`, ..) and not named by another callback",
    )
}

pub(crate) fn callback_leak_and_destroy(span: proc_macro2::Span) -> syn::Error {
    with_help(
        span,
        "`leak` and `destroy = hook` both say how the closure ends",
        "keep `destroy = hook` when C calls a hook to let go of the callback, `leak` when it never does",
    )
}

pub(crate) fn bad_callback_view(attr: impl ToTokens) -> syn::Error {
    spanned_with_help(
        attr,
        "an attribute on a callback's argument is `#[slice(len)]`, `#[cstr]`, `#[nullable]` or `#[fill(N)]`",
        "`#[slice(len)] buf: *const c_void, len: usize` gives the closure `&[u8]`; `#[cstr] name: *const c_char` gives `&CStr`; `#[fill(65536)] out: *mut *const c_void` lends it a buffer to fill",
    )
}

pub(crate) fn views_without_callback(attr: impl ToTokens) -> syn::Error {
    spanned_with_help(
        attr,
        "attributes on a function pointer's arguments describe what a closure gets, and this parameter is not a `#[callback]`",
        "add `#[callback(data, ..)]` to the parameter, or remove the attribute",
    )
}

pub(crate) fn bad_signature(attr: impl ToTokens) -> syn::Error {
    spanned_with_help(
        attr,
        "#[signature(..)] takes the function-pointer type the parameter's alias stands for",
        "copy it from the alias: `#[signature(Option<unsafe extern \"C\" fn(*mut archive, *mut c_void) -> c_int>)]`; the compiler checks that the two agree",
    )
}

pub(crate) fn callback_group_disagrees(attr: impl ToTokens, data: &syn::Ident) -> syn::Error {
    spanned_with_help(
        attr,
        format!(
            "the callbacks sharing `{data}` share one state, and this one says otherwise of how it ends or how it is called"
        ),
        "give every callback of the state the same `destroy = hook` (or `leak`, or neither: scoped) and the same `sync`",
    )
}

pub(crate) fn callback_group_send(attr: impl ToTokens, data: &syn::Ident) -> syn::Error {
    spanned_with_help(
        attr,
        format!(
            "the scoped callbacks sharing `{data}` are guarded as one closure, on one thread: `send` would let C call two of them on two threads at once"
        ),
        "drop `send`, or give each callback its own user data",
    )
}

pub(crate) fn callback_duplicate_argument(name: &syn::Ident) -> syn::Error {
    with_help(
        name.span(),
        format!(
            "two arguments of this callback are called `{name}`, and an attribute finds its length by name"
        ),
        "give the callback's arguments distinct names",
    )
}

pub(crate) fn callback_fill_scoped(attr: impl ToTokens) -> syn::Error {
    spanned_with_help(
        attr,
        "`#[fill(N)]` lends a buffer C reads after the callback returns, even after the wrapper returns; a scoped callback's state ends with the wrapper",
        "register the callback (`destroy = hook` or `leak`): the buffer then lives as long as C may read it",
    )
}

pub(crate) fn callback_view_length(length: &syn::Ident) -> syn::Error {
    with_help(
        length.span(),
        format!("`{length}` is not another plain argument of this callback"),
        "name the integer argument that holds the slice's length: `#[slice(len)] buf: *const c_void, len: usize`",
    )
}

pub(crate) fn callback_view_type(attr: impl ToTokens, ty: &syn::Type) -> syn::Error {
    spanned_with_help(
        attr,
        format!(
            "this attribute does not fit the argument type `{}`",
            ty.to_token_stream()
        ),
        "`#[slice(len)]` takes `*const T` or `*mut T`, `#[cstr]` a `*const c_char`, `#[fill(N)]` a `*mut *const c_void`; none goes on the user data or on a slice's length",
    )
}

pub(crate) fn callback_fill_sync(attr: impl ToTokens) -> syn::Error {
    spanned_with_help(
        attr,
        "`#[fill(N)]` lends one buffer, which a `sync` callback would fill from several threads at once",
        "drop `sync`",
    )
}

pub(crate) fn callback_fill_count(attr: impl ToTokens) -> syn::Error {
    spanned_with_help(
        attr,
        "`#[fill(N)]` needs the callback to return the count of bytes it filled",
        "declare the C return type (`-> la_ssize_t`)",
    )
}
