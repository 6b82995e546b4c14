//! Messages of `tests/ui/slices`.

use super::{spanned_with_help, with_help};
use quote::ToTokens;

/// `name`: `slice`, `out_slice` or `str`.
pub(crate) fn bad_slice(attr: impl ToTokens, name: &str) -> syn::Error {
    let example = match name {
        "out_slice" => "#[out_slice(count)] items: *mut *const T, count: *mut usize",
        "str" => "#[str(len)] text: *const c_char, len: usize",
        _ => "#[slice(len)] data: *const u8, len: usize",
    };
    spanned_with_help(
        attr,
        format!("`#[{name}(..)]` first names the parameter that holds the length"),
        format!("write `{example}`"),
    )
}

pub(crate) fn slice_not_pointer(ty: impl ToTokens) -> syn::Error {
    spanned_with_help(
        ty,
        "`#[slice(..)]` needs the C pointer to the first element",
        "declare it as C does: `*const T` (the wrapper takes `&[T]`) or `*mut T` (`&mut [T]`)",
    )
}

pub(crate) fn missing_length(length: &syn::Ident, function: &syn::Ident) -> syn::Error {
    with_help(
        length.span(),
        format!(
            "`{length}`, named as the length of a slice or buffer, is not a parameter of `{function}`"
        ),
        "name the parameter that carries the element count or the capacity",
    )
}

pub(crate) fn length_not_integer(ty: impl ToTokens) -> syn::Error {
    spanned_with_help(
        ty,
        "a slice's length parameter must be an integer",
        "declare the C count type, e.g. `len: usize` or `count: c_int`; the wrapper converts the slice length with `try_from`",
    )
}

pub(crate) fn length_shared(length: &syn::Ident) -> syn::Error {
    with_help(
        length.span(),
        format!("`{length}` is already the length of another slice"),
        "give each slice a length parameter of its own",
    )
}

pub(crate) fn held_by_not_handle(holder: &syn::Ident) -> syn::Error {
    with_help(
        holder.span(),
        format!(
            "`held_by = {holder}` needs `{holder}` to be a `#[handle(&mut H<'a>)]` parameter whose handle type names one lifetime"
        ),
        "declare the handle with the lifetime of what it keeps (`struct Reader<'a>(NonNull<raw::archive>, PhantomData<&'a [u8]>)`) and write `#[handle(&mut Reader<'a>)] a: *mut archive`; `&mut`, since through `&H<'a>` the borrow could look shorter than it is",
    )
}
