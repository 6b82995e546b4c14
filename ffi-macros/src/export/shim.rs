//! The `extern "C"` shim of one exported function, and the `const` prototype
//! describing it, both from the same types.
//!
//! ```text
//! #[unsafe(export_name = "tok_count")]
//! pub unsafe extern "C" fn tok_count(text: *const u8, text_len: usize,
//!     limit: <u32 as ArgAbi>::Abi, out: *mut <usize as Returned>::Abi) -> i32 {
//!     run("tok_count", |scope| {
//!         check_out(out)?;
//!         disjoint(&[(slice_region(text, text_len, false), "text"), (<u32 as ArgAbi>::region(limit), "limit")])?;
//!         let text = unsafe { str_arg(text, text_len, scope, "text") }?;
//!         let limit = unsafe { <u32 as Arg<'_>>::from_abi(limit, scope, "limit") }?;
//!         let value = match super::count(text, limit) { Ok(v) => v, Err(e) => return Err(Failure::error(e)) };
//!         let value = <usize as Returned>::into_abi(value)?;
//!         unsafe { out.write(value) };
//!         Ok(())
//!     })
//! }
//! ```

use super::signature::{ExportedFn, Param, Shape};
use proc_macro2::{Ident, Span, TokenStream};
use quote::{quote, quote_spanned};

/// The shim.
pub(super) fn shim(function: &ExportedFn, claim: Span) -> TokenStream {
    let c_name = &function.c_name;
    let shim = Ident::new(c_name, function.ident.span());
    let scope = Ident::new("__scope", Span::mixed_site());
    let out = Ident::new("out", Span::mixed_site());
    let params: Vec<&Param> = function.receiver.iter().chain(&function.params).collect();
    let inputs = params.iter().map(|param| c_inputs(param));
    let value_span = function.result.span;
    let out_input = function.result.value.as_ref().map(|value| {
        quote_spanned!(value_span=> #out: *mut <#value as ::ffi_runtime::export::Returned>::Abi,)
    });
    let check_out = out_input
        .is_some()
        .then(|| quote!(::ffi_runtime::export::__private::check_out(#out)?;));
    let disjoint = disjoint(&params);
    let conversions = params.iter().map(|param| conversion(param, &scope));
    let arguments = params.iter().map(|param| &param.ident);
    let callee = &function.callee;
    let call = if function.result.fallible {
        quote! {
            match #callee(#(#arguments),*) {
                ::core::result::Result::Ok(value) => value,
                ::core::result::Result::Err(error) => {
                    return ::core::result::Result::Err(::ffi_runtime::export::Failure::error(error));
                }
            }
        }
    } else {
        quote!(#callee(#(#arguments),*))
    };
    let finish = match &function.result.value {
        Some(value) => quote_spanned! {value_span=>
            let value = <#value as ::ffi_runtime::export::Returned>::into_abi(value)?;
            // SAFETY: `out` was checked to be non-NULL and aligned; the header's
            // contract is that it points to memory for one value C lets us write.
            unsafe { #out.write(value) };
        },
        None => TokenStream::new(),
    };
    let bind = function.result.value.as_ref().map(|_| quote!(let value =));
    let docs = rust_docs(function);
    let cfgs = &function.cfgs;
    let export_name = super::export_name(c_name, claim);
    quote! {
        #(#cfgs)*
        #docs
        #export_name
        #[allow(non_snake_case, clippy::too_many_arguments, clippy::not_unsafe_ptr_arg_deref)]
        pub unsafe extern "C" fn #shim(#(#inputs)* #out_input) -> i32 {
            ::ffi_runtime::export::run(#c_name, |#scope| {
                #check_out
                #disjoint
                #(#conversions)*
                #bind #call;
                #finish
                ::core::result::Result::Ok(())
            })
        }
    }
}

fn rust_docs(function: &ExportedFn) -> TokenStream {
    let first = format!(
        " C entry point of `{}`: see the header for its parameters.",
        function.callee.to_string().replace(' ', "")
    );
    quote! {
        #[doc = #first]
        ///
        /// # Safety
        ///
        /// As the header states: every pointer is NULL only where allowed, aligned,
        /// and points to what its type says for the whole call (an array of the
        /// given length, a handle not yet freed, `out` to writable memory).
    }
}

/// The shim's parameters for one Rust parameter.
fn c_inputs(param: &Param) -> TokenStream {
    let ident = &param.ident;
    let length = length_ident(param);
    match &param.shape {
        Shape::Str => quote!(#ident: *const u8, #length: usize,),
        Shape::Slice { element, mutable } => {
            let pointer = if *mutable {
                quote!(*mut #element)
            } else {
                quote!(*const #element)
            };
            quote!(#ident: #pointer, #length: usize,)
        }
        Shape::Arg { fixed, .. } => {
            quote_spanned!(param.span=> #ident: <#fixed as ::ffi_runtime::export::ArgAbi>::Abi,)
        }
    }
}

/// The overlap check, when two parameters could lend memory.
fn disjoint(params: &[&Param]) -> Option<TokenStream> {
    if params.len() < 2 {
        return None;
    }
    let regions = params.iter().map(|param| {
        let ident = &param.ident;
        let name = &param.c_name;
        let length = length_ident(param);
        let region = match &param.shape {
            Shape::Str | Shape::Slice { mutable: false, .. } => {
                quote!(::ffi_runtime::export::__private::slice_region(#ident, #length, false))
            }
            Shape::Slice { mutable: true, .. } => {
                quote!(::ffi_runtime::export::__private::slice_region(#ident.cast_const(), #length, true))
            }
            // SAFETY: `#ident` is as C passed it, under the header's contract
            // (`region` may read a string's length).
            Shape::Arg { fixed, .. } => {
                quote!(unsafe { <#fixed as ::ffi_runtime::export::ArgAbi>::region(#ident) })
            }
        };
        quote!((#region, #name))
    });
    Some(quote!(::ffi_runtime::export::disjoint(&[#(#regions),*])?;))
}

/// The conversion of one parameter, shadowing the C argument.
fn conversion(param: &Param, scope: &Ident) -> TokenStream {
    let ident = &param.ident;
    let name = &param.c_name;
    let length = length_ident(param);
    let converted = match &param.shape {
        Shape::Str => quote! {
            // SAFETY: the header's contract for `const char *ptr, size_t len`: NULL
            // (refused unless the length is 0) or `len` bytes C does not write
            // during the call; the `&str` lives for the call (`scope`).
            unsafe { ::ffi_runtime::export::__private::str_arg(#ident, #length, #scope, #name) }
        },
        Shape::Slice { mutable: false, .. } => quote! {
            // SAFETY: as for `&str`: `len` values of the element type C does not
            // write during the call; any bytes are a valid element (`CValue`).
            unsafe { ::ffi_runtime::export::__private::slice_arg(#ident, #length, #scope, #name) }
        },
        Shape::Slice { mutable: true, .. } => quote! {
            // SAFETY: as for `&[T]`, and nothing else reads or writes the array
            // during the call: other arguments were checked not to overlap it.
            unsafe { ::ffi_runtime::export::__private::slice_mut_arg(#ident, #length, #scope, #name) }
        },
        Shape::Arg { written, .. } => {
            // Spanned at the parameter's type: a type that cannot live only for
            // the call (`&'static T` behind an alias) is reported there.
            quote_spanned! {param.span=>
                // SAFETY: `Arg` is implemented only where the header's contract for
                // the C type (`ArgAbi::C`) makes the conversion sound; a borrow
                // lives for the call only (`scope`).
                unsafe { <#written as ::ffi_runtime::export::Arg<'_>>::from_abi(#ident, #scope, #name) }
            }
        }
    };
    quote!(let #ident = #converted?;)
}

/// The prototype's parameter descriptions.
pub(super) fn prototype_params(function: &ExportedFn) -> Vec<TokenStream> {
    let mut out = Vec::new();
    for param in function.receiver.iter().chain(&function.params) {
        let name = param.c_name.clone();
        let length = format!("{name}_len");
        let size = quote!(::ffi_runtime::export::Decl::named("size_t"));
        match &param.shape {
            Shape::Str => {
                out.push(describe(
                    &name,
                    &quote!(::ffi_runtime::export::Decl::named("char").pointer(true)),
                ));
                out.push(describe(&length, &size));
            }
            Shape::Slice { element, mutable } => {
                let to_const = !mutable;
                let decl = quote!(::ffi_runtime::export::Decl::named(
                    <#element as ::ffi_runtime::export::CValue>::C_NAME
                ).pointer(#to_const));
                out.push(describe(&name, &decl));
                out.push(describe(&length, &size));
            }
            Shape::Arg { fixed, .. } => {
                out.push(describe(
                    &name,
                    &quote!(<#fixed as ::ffi_runtime::export::ArgAbi>::C),
                ));
            }
        }
    }
    if let Some(value) = &function.result.value {
        let span = function.result.span;
        let decl =
            quote_spanned!(span=> <#value as ::ffi_runtime::export::Returned>::C.pointer(false));
        out.push(describe("out", &decl));
    }
    out
}

/// The length parameter of a `&str` or slice: `<c name>_len`.
fn length_ident(param: &Param) -> Ident {
    Ident::new(&format!("{}_len", param.c_name), param.ident.span())
}

fn describe(name: &str, decl: &TokenStream) -> TokenStream {
    quote!(::ffi_runtime::export::Param { name: #name, decl: #decl })
}
