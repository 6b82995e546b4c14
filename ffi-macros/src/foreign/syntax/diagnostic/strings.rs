//! Messages of `tests/ui/strings`.

use super::spanned_with_help;
use quote::ToTokens;

/// `writes`: the parameter is a `*mut c_char`, which C may write through.
pub(crate) fn string_attr_not_c_string(attr: impl ToTokens, writes: bool) -> syn::Error {
    let (message, help) = if writes {
        (
            "`#[str]`/`#[nullable]` would hand C a string it may write through `*mut c_char`",
            "a `&str` is read-only: declare a buffer parameter instead, or keep the pointer and use `#[ffi(unsafe)]`",
        )
    } else {
        (
            "`#[str]` and `#[nullable]` apply to `*const c_char` parameters",
            "declare the C string as `*const c_char`",
        )
    };
    spanned_with_help(attr, message, help)
}
