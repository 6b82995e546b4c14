//! One safe wrapper per C function.
//!
//! Input (block default `errno`):
//! ```text
//! pub fn getrlimit(resource: c_int, #[out] rlim: *mut libc::rlimit) -> c_int;
//! ```
//! Output:
//! ```text
//! #[inline]
//! pub fn getrlimit(resource: c_int) -> Result<libc::rlimit, ::ffi_runtime::Error> {
//!     let mut rlim = MaybeUninit::<libc::rlimit>::uninit();
//!     let __ret = unsafe { raw::getrlimit(resource, MaybeUninit::as_mut_ptr(&mut rlim)) };
//!     if <c_int as IntReturn>::is_errno_sentinel(__ret) {
//!         let __error = last_errno_error(&Site { function: "getrlimit" });
//!         return Err(__error);
//!     }
//!     Ok(unsafe { MaybeUninit::assume_init(rlim) })
//! }
//! ```
//! (paths shortened: the expansion writes every runtime name through
//! `::ffi_runtime::__private`, so that user items named `Result` or `core` cannot
//! capture them).

use super::args::{BlockArgs, Convention};
use super::ast::{Block, Function, HandleParam, Param, ParamRole, Reporting};
use super::buffers;
use super::docs;
use super::params::{Parameters, out_type, out_value, parameters};
use super::returns;
use super::strings;
use super::types;
use proc_macro2::{Ident, Span, TokenStream};
use quote::ToTokens;
use syn::{Path, Type};

pub(crate) fn wrapper(block: &Block, function: &Function) -> TokenStream {
    let args = &block.args;
    let krate = &args.krate;
    let private = mixed!(#krate::__private);
    let unsafe_wrapper = function.is_unsafe_wrapper();
    let reporting = function.reporting(args);

    let Parameters {
        inputs,
        conversions,
        call_args,
        outs,
        generics,
        after_call,
    } = parameters(function, block);
    // A `&str` argument can hold a NUL byte: such a wrapper returns a `Result` even
    // without a convention.
    let fallible_arguments = function.has_fallible_arguments();

    let raw_mod = &args.raw_mod;
    let ident = &function.ident;
    let raw_call = mixed!(#raw_mod::#ident(#(#call_args),*));
    // SAFETY (of the generated block): the extern block is the C truth: the user
    // declared this signature for the C function and, by not asking for
    // `#[ffi(unsafe)]`, promised that the function is sound to call with any values of
    // the wrapper's parameter types. Every argument is such a value: references and
    // `&CStr` borrowed for the whole call, `&str` copies held in locals until it
    // returns, slices as their pointer and their own length (`#[slice(len)]` is the
    // promise that C accesses at most `len` elements), a zeroed buffer the wrapper
    // owns with its true capacity (`#[buffer(len)]` promises C writes at most `len`
    // bytes), out-pointers into locals of this frame that outlive the call. In an
    // `unsafe fn` wrapper (`#[ffi(unsafe)]`) the caller takes on the C function's
    // contract, stated in its `# Safety` docs.
    let call = if function.declared_safe {
        raw_call
    } else {
        mixed!(unsafe { #raw_call })
    };
    let returned = types::returned(&function.sig.output);
    let unchecked = matches!(reporting.convention, Convention::Unchecked);
    let tested = !(unchecked && outs.is_empty() && !fallible_arguments);
    // On failure, out handles C wrote anyway are freed (after the message); so
    // are they when a callback's panic resumes instead of the wrapper returning.
    let release: TokenStream = outs.iter().map(|out| out.release(krate)).collect();
    let after_call = finish_callbacks(&after_call, &release);
    let call_statement = call_statement(call, returned.is_some(), tested, &after_call);

    let return_type: Type = match returned {
        Some(ty) => ty.clone(),
        None => syn::parse_quote!(()),
    };
    let release = buffers::with_buffer_retry(function, krate, release);
    let test = success_test(block, function, &reporting, &return_type, &release);
    let handles_owned = outs.iter().map(|out| out.own_handle(krate));
    let handles_required = outs.iter().map(|out| out.require_handle(block, function));
    let guard = test.guard;
    let guard = mixed!(#guard #(#handles_owned)* #(#handles_required)*);
    let (value, ok_type) = match (out_value(&outs, krate), function.buffer()) {
        (_, Some((param, buffer)))
            if buffer.length_returned || matches!(function.buffer_length(), Some((_, Some(_)))) =>
        {
            let element = match (buffer.length_returned, types::as_pointer(&param.ty)) {
                (false, Some(pointer)) => pointer.elem.to_token_stream(),
                _ => mixed!(u8),
            };
            (test.value, mixed!(#private::Vec<#element>))
        }
        (_, Some(_)) => (test.value, mixed!(#private::CString)),
        (Some(value), None) => (value, out_type(&outs, krate)),
        (None, None) => (test.value, test.ok_type),
    };
    let err_type = match test.err_type {
        None if fallible_arguments => Some(runtime_error_type(args)),
        err_type => err_type,
    };
    let output = match err_type {
        Some(err_type) => {
            let value = mixed!(#private::Ok(#value));
            (mixed!(-> #private::Result<#ok_type, #err_type>), value)
        }
        None if returned.is_some() => (mixed!(-> #ok_type), TokenStream::new()),
        None => (TokenStream::new(), TokenStream::new()),
    };
    let (signature_output, body_value) = output;
    let body = mixed! {
        #call_statement
        #guard
        #body_value
    };
    let body = match function.buffer() {
        Some((param, buffer)) => {
            let call_and_test = mixed!(#call_statement #guard);
            buffers::buffer_loop(block, function, param, buffer, &call_and_test)
        }
        None => body,
    };
    let out_declarations = outs.iter().map(|out| out.declaration(krate));

    let lifetimes = named_lifetimes(function);
    let lifetimes = lifetimes.iter().map(ToTokens::to_token_stream);
    let generics: Vec<TokenStream> = lifetimes.chain(generics).collect();
    let generics = (!generics.is_empty()).then(|| mixed!(<#(#generics),*>));
    let vis = &function.vis;
    let unsafety = unsafe_wrapper.then(|| mixed!(unsafe));
    let cfgs = &function.cfgs;
    let docs = docs::wrapper_docs(block, function, &reporting);
    mixed! {
        #docs
        #(#cfgs)*
        #[inline]
        #[allow(non_snake_case, clippy::too_many_arguments)]
        #vis #unsafety fn #ident #generics(#(#inputs),*) #signature_output {
            #(#conversions)*
            #(#out_declarations)*
            #body
        }
    }
}

/// After the call, each scoped callback resumes its closure's panic; first, the
/// out handles C wrote are released (nobody else will).
fn finish_callbacks(states: &[(TokenStream, Ident)], release: &TokenStream) -> TokenStream {
    states
        .iter()
        .map(|(state_type, state)| {
            if release.is_empty() {
                mixed!(#state_type::finish(#state);)
            } else {
                mixed!(#state_type::finish_releasing(#state, || { #release });)
            }
        })
        .collect()
}

/// The call, with `__ret` bound when something tests it, followed by what runs
/// right after (resuming a callback's panic). Untested, the call is the body.
fn call_statement(
    call: TokenStream,
    returns: bool,
    tested: bool,
    after_call: &TokenStream,
) -> TokenStream {
    let ret = ret_ident();
    match (tested, returns, after_call.is_empty()) {
        (false, _, true) => call,
        (false, true, false) => mixed!(let #ret = #call; #after_call #ret),
        (_, true, _) => mixed!(let #ret = #call; #after_call),
        (_, false, _) => mixed!(#call; #after_call),
    }
}

/// `__ret`, invisible to the user's names (mixed-site hygiene).
pub(crate) fn ret_ident() -> Ident {
    Ident::new("__ret", Span::mixed_site())
}

/// What a convention adds after the call: the failure test with its early return,
/// the `Ok` value without out-parameters, and the types.
pub(crate) struct SuccessTest {
    pub(crate) guard: TokenStream,
    pub(crate) value: TokenStream,
    pub(crate) ok_type: TokenStream,
    /// `None` when the wrapper returns the value itself (`unchecked`).
    pub(crate) err_type: Option<TokenStream>,
}

fn success_test(
    block: &Block,
    function: &Function,
    reporting: &Reporting<'_>,
    return_type: &Type,
    release: &TokenStream,
) -> SuccessTest {
    let krate = &block.args.krate;
    let private = mixed!(#krate::__private);
    let ret = ret_ident();
    let ty = return_type;
    let site = site(&private, &function.symbol);
    let code = mixed!(<#ty as #private::IntReturn>::to_code(#ret));
    let constructor = match &reporting.convention {
        // The cold constructor reads errno before anything else runs.
        Convention::Errno => mixed!(#private::last_errno_error(#site)),
        Convention::NegErrno => mixed!(#private::neg_errno_error(#site, #code)),
        Convention::RetErrno => mixed!(#private::ret_errno_error(#site, #code)),
        Convention::Zero => mixed!(#private::code_error(#site, #code)),
        Convention::NonNull => mixed!(#private::null_error(#site)),
        Convention::Check(checker) => return check_test(block, function, checker, ty),
        Convention::Unchecked => {
            let returns_value = types::returned(&function.sig.output).is_some();
            return SuccessTest {
                guard: TokenStream::new(),
                value: if returns_value {
                    ret.to_token_stream()
                } else {
                    mixed!(())
                },
                ok_type: ty.to_token_stream(),
                err_type: None,
            };
        }
    };
    let failure = failure(block, function, reporting, &constructor, release);
    let err_type = Some(runtime_error_type(&block.args));
    // check() allows pointer returns only with `errno` and `nonnull`.
    if let Some(pointer) = types::as_pointer(ty) {
        return returns::pointer_test(block, function, pointer, &failure, err_type);
    }
    let (test, value, ok_type) = match &reporting.convention {
        Convention::NegErrno => (
            mixed!(<#ty as #private::SignedReturn>::is_negative),
            ret.to_token_stream(),
            ty.to_token_stream(),
        ),
        Convention::RetErrno | Convention::Zero => (
            mixed!(<#ty as #private::IntReturn>::is_nonzero),
            mixed!(()),
            mixed!(()),
        ),
        _ => (
            mixed!(<#ty as #private::IntReturn>::is_errno_sentinel),
            ret.to_token_stream(),
            ty.to_token_stream(),
        ),
    };
    SuccessTest {
        guard: mixed! {
            if #test(#ret) {
                #failure
            }
        },
        value,
        ok_type,
        err_type,
    }
}

/// `check = Type`: the user's `Check` impl decides, and its error is returned as is.
fn check_test(block: &Block, function: &Function, checker: &Type, ty: &Type) -> SuccessTest {
    let krate = &block.args.krate;
    let private = mixed!(#krate::__private);
    let check_impl = mixed!(<#checker as #krate::Check<#ty>>);
    let argument = if types::returned(&function.sig.output).is_some() {
        ret_ident().to_token_stream()
    } else {
        mixed!(())
    };
    SuccessTest {
        guard: mixed! {
            let __value = match #check_impl::check(#argument) {
                #private::Ok(__value) => __value,
                #private::Err(__error) => return #private::Err(__error),
            };
        },
        value: mixed!(__value),
        ok_type: mixed!(#check_impl::Output),
        err_type: Some(mixed!(#check_impl::Error)),
    }
}

/// The failure branch: build the runtime error (errno was read first, inside
/// `constructor`), add the message, convert to the user's error type, return.
fn failure(
    block: &Block,
    function: &Function,
    reporting: &Reporting<'_>,
    constructor: &TokenStream,
    release: &TokenStream,
) -> TokenStream {
    let args = &block.args;
    let krate = &args.krate;
    let private = mixed!(#krate::__private);
    let with_message = reporting.message.map(|message| {
        let raw_mod = &args.raw_mod;
        let getter = &message.func;
        let param = message.arg.as_ref().and_then(|arg| {
            function
                .params
                .iter()
                .find(|param| param.ident.as_ref() == Some(arg))
        });
        let argument = param.map(|param| message_argument(block, function, param));
        // SAFETY (of the generated block): `message = f(..)` is the user's promise that
        // `f`, declared in this block, returns NULL or a NUL-terminated string valid
        // until the next call into the library; `with_message` copies it before
        // anything else runs. Its argument is a value the wrapper just passed to C,
        // or the handle C wrote to an out-parameter (asked only when not NULL).
        let with_message = mixed! {
            unsafe { #private::with_message(__error, #raw_mod::#getter(#argument)) }
        };
        match param
            .filter(|param| param.out_handle.is_some())
            .and_then(|param| param.ident.as_ref())
        {
            Some(out) => mixed! {
                let __error = if #out.is_null() { __error } else { #with_message };
            },
            None => mixed!(let __error = #with_message;),
        }
    });
    let converted = convert_error(args, &mixed!(__error));
    mixed! {
        let __error = #constructor;
        #with_message
        #release
        return #private::Err(#converted);
    }
}

/// `error = Type`: the runtime error converted into the user's type.
pub(crate) fn convert_error(args: &BlockArgs, error: &TokenStream) -> TokenStream {
    let krate = &args.krate;
    match &args.error {
        Some(user_error) => {
            mixed!(<#user_error as #krate::__private::From<#krate::Error>>::from(#error))
        }
        None => error.clone(),
    }
}

/// The raw value of a parameter, as the message getter takes it.
fn message_argument(block: &Block, function: &Function, param: &Param) -> TokenStream {
    let krate = &block.args.krate;
    let arg = param.ident.as_ref();
    match param.role(function.is_unsafe_wrapper()) {
        ParamRole::CString { .. } => {
            let name = param.ident.as_ref();
            let found = name.map(|name| {
                let role = param.role(function.is_unsafe_wrapper());
                let ParamRole::CString { utf8, nullable } = role else {
                    return TokenStream::new();
                };
                strings::string_param(name, utf8, nullable, block, function).argument
            });
            found.unwrap_or_default()
        }
        ParamRole::Handle(HandleParam { handle, .. }) => {
            mixed!(<#handle as #krate::Handle>::as_ptr(#arg))
        }
        _ => arg.to_token_stream(),
    }
}

pub(crate) fn site(private: &TokenStream, symbol: &str) -> TokenStream {
    // A constant struct expression behind `&` is promoted to a `'static`: one
    // read-only value per wrapper, nothing built at run time.
    mixed!(&#private::Site { function: #symbol })
}

fn runtime_error_type(args: &BlockArgs) -> TokenStream {
    match &args.error {
        Some(user_error) => user_error.to_token_stream(),
        None => {
            let krate: &Path = &args.krate;
            mixed!(#krate::Error)
        }
    }
}

/// The lifetimes the user named in handle types (`#[handle(&'db Db)]`,
/// `#[out(Stmt<'db>)]`): the wrapper declares them, which ties a returned handle
/// to the one it borrows from.
fn named_lifetimes(function: &Function) -> Vec<syn::Lifetime> {
    let written = function.params.iter().flat_map(|param| {
        let handle = param.handle.as_ref().map(|handle| &handle.written);
        handle.into_iter().chain(param.out_handle.as_ref())
    });
    let mut lifetimes: Vec<syn::Lifetime> = Vec::new();
    let returned = function.args.owned.iter().chain(&function.args.borrowed);
    for ty in written.chain(returned) {
        collect_lifetimes(ty.to_token_stream(), &mut lifetimes);
    }
    lifetimes
}

fn collect_lifetimes(tokens: TokenStream, lifetimes: &mut Vec<syn::Lifetime>) {
    let mut tokens = tokens.into_iter().peekable();
    while let Some(token) = tokens.next() {
        match token {
            proc_macro2::TokenTree::Punct(punct) if punct.as_char() == '\'' => {
                if let Some(proc_macro2::TokenTree::Ident(name)) = tokens.peek() {
                    let lifetime = syn::Lifetime {
                        apostrophe: punct.span(),
                        ident: name.clone(),
                    };
                    let named = name != "_" && name != "static";
                    if named && !lifetimes.contains(&lifetime) {
                        lifetimes.push(lifetime);
                    }
                }
            }
            proc_macro2::TokenTree::Group(group) => collect_lifetimes(group.stream(), lifetimes),
            _ => {}
        }
    }
}
