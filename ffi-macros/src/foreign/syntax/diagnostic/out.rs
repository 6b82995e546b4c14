//! Messages of `tests/ui/out`.

use super::spanned_with_help;
use quote::ToTokens;

pub(crate) fn out_not_mut_pointer(ty: impl ToTokens) -> syn::Error {
    spanned_with_help(
        ty,
        "`#[out]` needs a `*mut T` parameter",
        "C writes the out value through the pointer: declare it `*mut T`",
    )
}

pub(crate) fn out_invalid_target(ty: impl ToTokens, what: &str) -> syn::Error {
    spanned_with_help(
        ty,
        format!(
            "`#[out]` cannot produce {what}: C may write a bit pattern that is not a valid value"
        ),
        "declare the C type (an integer, a raw pointer, a `#[repr(C)]` struct) and convert it after the call",
    )
}

pub(crate) fn out_without_convention(out: impl ToTokens) -> syn::Error {
    spanned_with_help(
        out,
        "an out-parameter needs a convention: without a success test nobody knows C wrote it",
        "add a convention that says how the function reports failure, e.g. `#[ffi(errno)]`, `#[ffi(zero)]` or `#[ffi(check = MyCheck)]`",
    )
}

pub(crate) fn out_on_raw(out: impl ToTokens) -> syn::Error {
    spanned_with_help(
        out,
        "`#[out]` has no effect on a function kept raw",
        "remove `#[out]`, or remove `#[ffi(raw)]` to get a wrapper",
    )
}

pub(crate) fn out_with_args(attr: impl ToTokens) -> syn::Error {
    spanned_with_help(
        attr,
        "`#[out]` takes no arguments, or the type of the handle it receives",
        "write `#[out]` for a value, `#[out(Handle)]` for a new owned handle",
    )
}

pub(crate) fn failure_out_convention(attr: impl ToTokens) -> syn::Error {
    spanned_with_help(
        attr,
        "#[out(on_failure)] puts what C wrote into the error (`ffi_runtime::Failed<V>`), which needs a convention that builds an `Error` (`errno`, `zero`, `nonnull`, `neg_code`, ..), no block `error = T`, and no `#[buffer]`",
        "use such a convention, or read the value yourself around the raw declaration",
    )
}
