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
use super::ast::{Block, Function, ParamRole, Reporting};
use super::docs;
use super::types;
use proc_macro2::{Ident, Span, TokenStream};
use quote::{ToTokens, quote_spanned};
use syn::{Path, Type, TypePtr};

/// `quote!` with mixed-site hygiene: the locals the wrapper declares (`__ret`,
/// `__error`, ...) cannot see or shadow the user's names, while paths to items still
/// resolve where the macro was called.
macro_rules! mixed {
    ($($tt:tt)*) => {
        quote_spanned!(Span::mixed_site()=> $($tt)*)
    };
}

pub(crate) fn wrapper(block: &Block, function: &Function) -> TokenStream {
    let args = &block.args;
    let krate = &args.krate;
    let private = mixed!(#krate::__private);
    let unsafe_wrapper = function.is_unsafe_wrapper();
    let reporting = function.reporting(args);

    let mut inputs = Vec::new();
    let mut call_args = Vec::new();
    let mut out_locals = Vec::new();
    let mut out_types = Vec::new();
    for param in &function.params {
        // check() rejected parameters without a plain name.
        let Some(name) = &param.ident else { continue };
        let ty = &param.ty;
        match param.role(unsafe_wrapper) {
            ParamRole::Out(target) => {
                out_locals.push(name);
                out_types.push(target);
                call_args.push(mixed!(#private::MaybeUninit::as_mut_ptr(&mut #name)));
            }
            ParamRole::CString => {
                inputs.push(mixed!(#name: &#private::CStr));
                call_args.push(mixed!(#private::CStr::as_ptr(#name)));
            }
            ParamRole::Pass => {
                inputs.push(mixed!(#name: #ty));
                call_args.push(mixed!(#name));
            }
        }
    }

    let ret = ret_ident();
    let raw_mod = &args.raw_mod;
    let ident = &function.ident;
    let raw_call = mixed!(#raw_mod::#ident(#(#call_args),*));
    // SAFETY (of the generated block): the extern block is the C truth: the user
    // declared this signature for the C function and, by not asking for
    // `#[ffi(unsafe)]`, promised that the function is sound to call with any values of
    // the wrapper's parameter types. Every argument is such a value: references and
    // `&CStr` borrowed for the whole call, out-pointers into `MaybeUninit` locals of
    // this frame that outlive the call. In an `unsafe fn` wrapper (`#[ffi(unsafe)]`)
    // the caller takes on the C function's contract, stated in its `# Safety` docs.
    let call = if function.declared_safe {
        raw_call
    } else {
        mixed!(unsafe { #raw_call })
    };
    let returned = types::returned(&function.sig.output);
    let unchecked = matches!(reporting.convention, Convention::Unchecked);
    let call_statement = if unchecked && out_locals.is_empty() {
        // Nothing to test: the call is the whole body.
        call
    } else if returned.is_some() {
        mixed!(let #ret = #call;)
    } else {
        mixed!(#call;)
    };

    let return_type: Type = match returned {
        Some(ty) => ty.clone(),
        None => syn::parse_quote!(()),
    };
    let test = success_test(block, function, &reporting, &return_type);
    let outs = out_value(&out_locals, &private);
    let (value, ok_type) = match outs {
        Some(value) => (value, out_type(&out_types)),
        None => (test.value, test.ok_type),
    };
    let output = match test.err_type {
        Some(err_type) => {
            let value = mixed!(#private::Ok(#value));
            (mixed!(-> #private::Result<#ok_type, #err_type>), value)
        }
        None if returned.is_some() => (mixed!(-> #ok_type), TokenStream::new()),
        None => (TokenStream::new(), TokenStream::new()),
    };
    let (signature_output, body_value) = output;
    let guard = test.guard;
    let out_declarations = out_locals
        .iter()
        .zip(&out_types)
        .map(|(name, ty)| mixed!(let mut #name = #private::MaybeUninit::<#ty>::uninit();));

    let vis = &function.vis;
    let unsafety = unsafe_wrapper.then(|| mixed!(unsafe));
    let cfgs = &function.cfgs;
    let docs = docs::wrapper_docs(block, function, &reporting);
    mixed! {
        #docs
        #(#cfgs)*
        #[inline]
        #[allow(non_snake_case, clippy::too_many_arguments)]
        #vis #unsafety fn #ident(#(#inputs),*) #signature_output {
            #(#out_declarations)*
            #call_statement
            #guard
            #body_value
        }
    }
}

/// `__ret`, invisible to the user's names (mixed-site hygiene).
fn ret_ident() -> Ident {
    Ident::new("__ret", Span::mixed_site())
}

/// What a convention adds after the call: the failure test with its early return,
/// the `Ok` value without out-parameters, and the types.
struct SuccessTest {
    guard: TokenStream,
    value: TokenStream,
    ok_type: TokenStream,
    /// `None` when the wrapper returns the value itself (`unchecked`).
    err_type: Option<TokenStream>,
}

fn success_test(
    block: &Block,
    function: &Function,
    reporting: &Reporting<'_>,
    return_type: &Type,
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
            return SuccessTest {
                guard: TokenStream::new(),
                value: ret.to_token_stream(),
                ok_type: ty.to_token_stream(),
                err_type: None,
            };
        }
    };
    let failure = failure(block, function, reporting, &constructor);
    let err_type = Some(runtime_error_type(&block.args));
    // check() allows pointer returns only with `errno` and `nonnull`.
    if let Some(pointer) = types::as_pointer(ty) {
        return null_test(&private, pointer, &failure, err_type);
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

/// `errno` and `nonnull` on a pointer return: `NonNull<T>` on success.
fn null_test(
    private: &TokenStream,
    pointer: &TypePtr,
    failure: &TokenStream,
    err_type: Option<TokenStream>,
) -> SuccessTest {
    let ret = ret_ident();
    let elem = &pointer.elem;
    let as_mut = if types::is_mut(pointer) {
        ret.to_token_stream()
    } else {
        mixed!(<*const #elem>::cast_mut(#ret))
    };
    SuccessTest {
        guard: mixed! {
            let #private::Some(__ptr) = #private::NonNull::new(#as_mut) else {
                #failure
            };
        },
        value: mixed!(__ptr),
        ok_type: mixed!(#private::NonNull<#elem>),
        err_type,
    }
}

/// The failure branch: build the runtime error (errno was read first, inside
/// `constructor`), add the message, convert to the user's error type, return.
fn failure(
    block: &Block,
    function: &Function,
    reporting: &Reporting<'_>,
    constructor: &TokenStream,
) -> TokenStream {
    let args = &block.args;
    let krate = &args.krate;
    let private = mixed!(#krate::__private);
    let with_message = reporting.message.map(|message| {
        let raw_mod = &args.raw_mod;
        let getter = &message.func;
        let argument = message
            .arg
            .as_ref()
            .map(|arg| message_argument(function, arg, &private));
        // SAFETY (of the generated block): `message = f(..)` is the user's promise that
        // `f`, declared in this block, returns NULL or a NUL-terminated string valid
        // until the next call into the library; `with_message` copies it before
        // anything else runs. Its argument is a value the wrapper just passed to C.
        mixed! {
            let __error = unsafe { #private::with_message(__error, #raw_mod::#getter(#argument)) };
        }
    });
    let converted = match &args.error {
        Some(user_error) => mixed!(<#user_error as #private::From<#krate::Error>>::from(__error)),
        None => mixed!(__error),
    };
    mixed! {
        let __error = #constructor;
        #with_message
        return #private::Err(#converted);
    }
}

fn message_argument(function: &Function, arg: &Ident, private: &TokenStream) -> TokenStream {
    let param = function
        .params
        .iter()
        .find(|param| param.ident.as_ref() == Some(arg));
    match param.map(|param| param.role(function.is_unsafe_wrapper())) {
        Some(ParamRole::CString) => mixed!(#private::CStr::as_ptr(#arg)),
        _ => arg.to_token_stream(),
    }
}

fn site(private: &TokenStream, symbol: &str) -> TokenStream {
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

/// The out values after the success test passed.
fn out_value(locals: &[&Ident], private: &TokenStream) -> Option<TokenStream> {
    let values = locals
        .iter()
        .map(|name| mixed!(#private::MaybeUninit::assume_init(#name)));
    // SAFETY (of the generated block): reached only after the convention's success
    // test passed, and a C function that reports success has written its
    // out-parameters (the promise `#[out]` states); check() rejected target types
    // with invalid bit patterns (bool, references, NonNull, fn pointers).
    match locals {
        [] => None,
        [_] => Some(mixed!(unsafe { #(#values)* })),
        _ => Some(mixed!(unsafe { (#(#values),*) })),
    }
}

fn out_type(types: &[&Type]) -> TokenStream {
    match types {
        [single] => single.to_token_stream(),
        _ => mixed!((#(#types),*)),
    }
}
