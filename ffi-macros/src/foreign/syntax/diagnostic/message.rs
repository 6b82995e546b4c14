//! Messages of `tests/ui/message`.

use super::closest;
use super::with_help;
use proc_macro2::Span;

pub(crate) fn message_param_is_taken(param: &syn::Ident) -> syn::Error {
    with_help(
        param.span(),
        format!("`message` cannot read from `{param}`: the function takes ownership of it"),
        "pass a parameter the function only borrows",
    )
}

pub(crate) fn message_without_failure(span: Span, convention: &str) -> syn::Error {
    with_help(
        span,
        format!("`message` has no use with `{convention}`"),
        "`message` adds text to an `ffi_runtime::Error`: use it with errno, neg_errno, ret_errno, zero or nonnull",
    )
}

pub(crate) fn unknown_message_fn(func: &syn::Ident, known: &[&str]) -> syn::Error {
    let help = match closest(&func.to_string(), known) {
        Some(close) => format!("did you mean `{close}`?"),
        None => "declare the message function (e.g. `fn tls_error(ctx: *mut tls) -> *const c_char;`) in this block".to_owned(),
    };
    with_help(
        func.span(),
        format!("`message` names `{func}`, which is not a function of this block"),
        help,
    )
}

pub(crate) fn message_arity(func: &syn::Ident, takes: usize, given: usize) -> syn::Error {
    with_help(
        func.span(),
        format!("`{func}` takes {takes} argument(s), but `message` passes {given}"),
        "write `message = f()` for a getter without arguments, `message = f(param)` for one taking a parameter of this function",
    )
}

pub(crate) fn unknown_message_param(param: &syn::Ident, function: &syn::Ident) -> syn::Error {
    with_help(
        param.span(),
        format!("`message` passes `{param}`, which is not a parameter of `{function}`"),
        "name one of the function's parameters",
    )
}

pub(crate) fn message_param_is_out(param: &syn::Ident) -> syn::Error {
    with_help(
        param.span(),
        format!("`message` cannot read from `{param}`: it is an out-parameter"),
        "pass an input parameter, such as the handle the function was called on",
    )
}

pub(crate) fn message_without_call(span: Span) -> syn::Error {
    with_help(
        span,
        "`message` calls a function of this block",
        "write `message = f()` or `message = f(param)`",
    )
}

pub(crate) fn message_arguments(span: Span) -> syn::Error {
    with_help(
        span,
        "`message` passes at most one parameter",
        "write `message = f(param)` with a parameter of this function",
    )
}

pub(crate) fn no_message_with_message(span: Span) -> syn::Error {
    with_help(
        span,
        "`no_message` and `message = ..` conflict",
        "`no_message` turns off the block's message getter for this function; keep one of them",
    )
}

pub(crate) fn block_message_on_check(span: Span, getter: &syn::Ident) -> syn::Error {
    with_help(
        span,
        format!(
            "the block's `message = {getter}(..)` cannot apply here: `check = Type` returns its own error, which has no room for it"
        ),
        "add `#[ffi(no_message)]` to this function (its check type reports the failure), or use a built-in convention",
    )
}

pub(crate) fn message_param_not_passed(param: &syn::Ident) -> syn::Error {
    with_help(
        param.span(),
        format!(
            "`message` cannot pass `{param}`: the wrapper fills it itself (NULL, a closure's state, a buffer or a slot C writes), and has no such value to give the getter"
        ),
        "pass a parameter the caller gives the wrapper, such as the handle the function was called on",
    )
}
