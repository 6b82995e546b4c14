//! The success test a convention adds after the call: the failure branch (the
//! runtime error, read first thing; the message; what is released; the early
//! return), the `Ok` value without out-parameters, and the wrapper's types.
//! Returned pointers are tested in [`super::pointers`].

use super::syntax::args::Convention;
use super::syntax::ast::{Param, Role};
use super::syntax::types;
use super::{Lowering, SuccessTest, moved, pointers, strings};
use proc_macro2::{Ident, Span, TokenStream, TokenTree};
use quote::ToTokens;
use syn::Type;

pub(crate) fn success_test(
    lowering: &Lowering<'_>,
    return_type: &Type,
    release: TokenStream,
) -> SuccessTest {
    let private = &lowering.private;
    let ty = return_type;
    let constructor = match &lowering.reporting.convention {
        Convention::Check(checker) => return check_test(lowering, checker, ty),
        Convention::Unchecked => {
            let returns_value = types::returned(&lowering.function.sig.output).is_some();
            return SuccessTest {
                guard: TokenStream::new(),
                // Not recorded here: the value is used only in a wrapper that
                // tests something (a `&str` argument), whose call statement
                // binds `__ret` and records it.
                value: if returns_value {
                    Ident::new("__ret", Span::mixed_site()).into_token_stream()
                } else {
                    mixed!(())
                },
                ok_type: ty.to_token_stream(),
                err_type: None,
            };
        }
        convention => convention,
    };
    let ret = lowering.ret();
    let ret_argument = lowering.ret_argument();
    let name = match constructor {
        // The constructor reads errno before anything else runs.
        Convention::Errno => "last_errno_error",
        Convention::NegErrno => "neg_errno_error",
        Convention::RetErrno => "ret_errno_error",
        Convention::Zero | Convention::NegCode => "code_error",
        _ => "null_error",
    };
    let name = Ident::new(name, Span::mixed_site());
    let symbol = &lowering.function.symbol;
    let code = matches!(
        constructor,
        Convention::NegErrno | Convention::RetErrno | Convention::Zero | Convention::NegCode
    )
    .then(|| mixed!(, <#ty as #private::IntReturn>::to_code #ret_argument));
    // One template: each stream a template makes is an allocation, grown, moved
    // and freed.
    let constructor = mixed!(#private::#name(&#private::Site { function: #symbol } #code));
    let failure = failure(lowering, constructor, release);
    let err_type = Some(lowering.error_type());
    // check() allows pointer returns only with `errno` and `nonnull`, and a
    // typedef taken for a pointer only with `nonnull`.
    if let Some(pointer) = pointers::ReturnedPointer::of(lowering) {
        return pointers::pointer_test(lowering, pointer, failure, err_type);
    }
    let failure = moved(failure);
    let (returns_value, trait_name, test) = match &lowering.reporting.convention {
        Convention::NegErrno | Convention::NegCode => (true, "SignedReturn", "is_negative"),
        Convention::RetErrno | Convention::Zero => (false, "IntReturn", "is_nonzero"),
        _ => (true, "IntReturn", "is_errno_sentinel"),
    };
    let (value, ok_type) = if returns_value {
        (ret.to_token_stream(), ty.to_token_stream())
    } else {
        let unit = TokenTree::Group(lowering.no_arguments());
        (unit.clone().into(), unit.into())
    };
    let (trait_name, test) = (
        Ident::new(trait_name, Span::mixed_site()),
        Ident::new(test, Span::mixed_site()),
    );
    SuccessTest {
        guard: mixed! {
            if <#ty as #private::#trait_name>::#test #ret_argument {
                #failure
            }
        },
        value,
        ok_type,
        err_type,
    }
}

/// `check = Type`: the user's `Check` impl decides, and its error is returned as is.
fn check_test(lowering: &Lowering<'_>, checker: &Type, ty: &Type) -> SuccessTest {
    let krate = lowering.krate;
    let private = &lowering.private;
    let check_impl = mixed!(<#checker as #krate::Check<#ty>>);
    let argument = if types::returned(&lowering.function.sig.output).is_some() {
        lowering.ret().to_token_stream()
    } else {
        mixed!(())
    };
    SuccessTest {
        guard: body! { lowering =>
            let __value = match #check_impl::check(#argument) {
                #private::Ok(__value) => __value,
                #private::Err(__error) => return #private::Err(__error),
            };
        },
        value: body!(lowering => __value),
        ok_type: mixed!(#check_impl::Output),
        err_type: Some(mixed!(#check_impl::Error)),
    }
}

/// The failure branch: build the runtime error (errno was read first, inside
/// `constructor`), add the message, release what C handed out, convert to the
/// user's error type, return.
fn failure(lowering: &Lowering<'_>, constructor: TokenStream, release: TokenStream) -> TokenStream {
    let private = &lowering.private;
    let function = lowering.function;
    let with_message = lowering.reporting.message.map(|message| {
        let param = message.arg.as_ref().and_then(|arg| function.param(arg));
        let argument = param.map(|param| message_argument(lowering, param));
        let getter = moved(lowering.raw_call(&message.func, argument));
        // SAFETY (of the generated block): `message = f(..)` is the user's promise that
        // `f`, declared in this block, returns NULL or a NUL-terminated string valid
        // until the next call into the library; `with_message` copies it before
        // anything else runs. Its argument is a value the wrapper just passed to C,
        // or the handle C wrote to an out-parameter (asked only when not NULL).
        let with_message = moved(body! { lowering =>
            unsafe { #private::with_message(__error, #getter) }
        });
        match param
            .filter(|param| matches!(param.role, Role::OutHandle { .. }))
            .and_then(|param| param.ident.as_ref())
        {
            Some(out) => body! { lowering =>
                let __error = if #out.is_null() { __error } else { #with_message };
            },
            None => body!(lowering => let __error = #with_message;),
        }
    });
    let values = failure_values(lowering);
    if with_message.is_none() && release.is_empty() && values.is_none() {
        // Nothing runs between the error and the return: it is the returned
        // expression, errno still read first thing.
        let converted = moved(lowering.convert_error(constructor));
        return mixed!(return #private::Err(#converted););
    }
    let converted = values.map_or_else(
        || lowering.convert_error(body!(lowering => __error)),
        |values| {
            let krate = lowering.krate;
            body!(lowering => #krate::Failed::with_values(__error, #values))
        },
    );
    let (constructor, release) = (moved(constructor), moved(release));
    let (with_message, converted) = (with_message.map(moved), moved(converted));
    body! { lowering =>
        let __error = #constructor;
        #with_message
        #release
        return #private::Err(#converted);
    }
}

/// The values of the `#[out(on_failure)]` parameters (a tuple for several).
fn failure_values(lowering: &Lowering<'_>) -> Option<TokenStream> {
    let private = &lowering.private;
    // SAFETY (of the generated blocks): each slot was zeroed before the call and
    // its type is proven `AnyBitPattern`: initialized whatever C wrote.
    let values: Vec<TokenStream> = lowering
        .function
        .failure_outs()
        .filter_map(|param| param.ident.as_ref())
        .map(|name| mixed!(unsafe { #private::MaybeUninit::assume_init(#name) }))
        .collect();
    match values.as_slice() {
        [] => None,
        [one] => Some(one.clone()),
        several => Some(mixed!((#(#several),*))),
    }
}

/// The raw value of a parameter, as the message getter takes it.
fn message_argument(lowering: &Lowering<'_>, param: &Param) -> TokenStream {
    let krate = lowering.krate;
    let arg = param.ident.as_ref();
    match (&param.role, arg) {
        (Role::String(string), Some(name)) => {
            strings::string_param(lowering, name, string).argument
        }
        (Role::String(_), None) => TokenStream::new(),
        (Role::Handle(handle), _) => {
            let handle = &handle.handle;
            mixed!(<#handle as #krate::Handle>::as_ptr(#arg))
        }
        _ => arg.to_token_stream(),
    }
}

/// The convention's failure test on `__ret`, as an expression: what decides,
/// when a callback's panic resumes before the test runs, whether C failed (and so
/// did not take a handle it takes only on success). `None` without a test.
pub(crate) fn failed(lowering: &Lowering<'_>) -> Option<TokenStream> {
    let private = &lowering.private;
    let ty = types::returned(&lowering.function.sig.output)?;
    if let Some(pointer) = pointers::ReturnedPointer::of(lowering) {
        let null_test = matches!(
            lowering.reporting.convention,
            Convention::Errno | Convention::NonNull
        );
        return null_test.then(|| pointer.is_null(lowering));
    }
    let test = match lowering.reporting.convention {
        Convention::Errno => mixed!(<#ty as #private::IntReturn>::is_errno_sentinel),
        Convention::NegErrno | Convention::NegCode => {
            mixed!(<#ty as #private::SignedReturn>::is_negative)
        }
        Convention::RetErrno | Convention::Zero => mixed!(<#ty as #private::IntReturn>::is_nonzero),
        _ => return None,
    };
    let ret = lowering.ret();
    Some(mixed!(#test(#ret)))
}
