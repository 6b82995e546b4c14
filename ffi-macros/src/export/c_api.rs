//! The generated `c_api` module: every shim, the runtime's entry points under
//! the module's prefix, and `MODULE`, the header's description.

use super::items::Exports;
use super::layout;
use super::shim;
use proc_macro2::{Span, TokenStream};
use quote::quote;
use syn::Ident;

pub(super) fn module(exports: &Exports) -> TokenStream {
    let structs = exports.structs.iter().map(layout::value_struct);
    let handles = exports
        .handles
        .iter()
        .map(|handle| layout::handle(handle, exports.claim));
    let runtime = runtime_entry_points(&exports.prefix, exports.claim);
    let shims = exports
        .functions
        .iter()
        .map(|function| shim::shim(function, exports.claim));
    let description = describe(exports);
    quote! {
        /// The C entry points of this module, and `MODULE`, what its header declares
        /// (`ffi_runtime::export::Header`).
        #[allow(unused_imports, clippy::wildcard_imports)]
        pub mod c_api {
            use super::*;
            #(#structs)*
            #(#handles)*
            #runtime
            #(#shims)*
            #description
        }
    }
}

fn name(prefix: &str, name: &str) -> (String, Ident) {
    let full = format!("{prefix}{name}");
    let ident = Ident::new(&full, Span::call_site());
    (full, ident)
}

// The runtime's entry points' documentation, in the Rust docs and the header.
const CODE_DOC: &str = "The status code of this thread's last call, 0 if it succeeded.";
const MESSAGE_DOC: &str = "The message of this thread's last failed call, naming the function;\n\
                           NULL if it succeeded. Valid until the next call on this thread.";
const STRING_FREE_DOC: &str =
    "Frees a string a function of this module returned; NULL is accepted.";
const BYTES_FREE_DOC: &str =
    "Frees bytes a function of this module returned; NULL data is accepted.";

fn runtime_entry_points(prefix: &str, claim: Span) -> TokenStream {
    let (code, code_ident) = name(prefix, "last_error_code");
    let (message, message_ident) = name(prefix, "last_error_message");
    let (string_free, string_free_ident) = name(prefix, "string_free");
    let (bytes_free, bytes_free_ident) = name(prefix, "bytes_free");
    let [code, message, string_free, bytes_free] =
        [code, message, string_free, bytes_free].map(|name| super::export_name(&name, claim));
    quote! {
        #[doc = #CODE_DOC]
        #code
        #[allow(non_snake_case)]
        pub extern "C" fn #code_ident() -> i32 {
            ::ffi_runtime::export::last_error_code()
        }

        #[doc = #MESSAGE_DOC]
        #message
        #[allow(non_snake_case)]
        pub extern "C" fn #message_ident() -> *const ::core::ffi::c_char {
            ::ffi_runtime::export::last_error_message()
        }

        #[doc = #STRING_FREE_DOC]
        ///
        /// # Safety
        ///
        /// `text` is NULL or such a string, not freed before.
        #string_free
        #[allow(non_snake_case)]
        pub unsafe extern "C" fn #string_free_ident(text: *mut ::core::ffi::c_char) {
            // SAFETY: the caller's promise, which is `string_free`'s.
            unsafe { ::ffi_runtime::export::string_free(text) }
        }

        #[doc = #BYTES_FREE_DOC]
        ///
        /// # Safety
        ///
        /// `bytes` is as returned (or has NULL `data`), not freed before.
        #bytes_free
        #[allow(non_snake_case)]
        pub unsafe extern "C" fn #bytes_free_ident(bytes: ::ffi_runtime::export::Bytes) {
            // SAFETY: the caller's promise, which is `bytes_free`'s.
            unsafe { ::ffi_runtime::export::bytes_free(bytes) }
        }
    }
}

fn runtime_descriptions(prefix: &str) -> Vec<TokenStream> {
    let function = |name: &str, doc: &str, returns: TokenStream, params: TokenStream| {
        let full = format!("{prefix}{name}");
        quote! {
            ::ffi_runtime::export::Item::Function(::ffi_runtime::export::Function {
                name: #full,
                doc: #doc,
                returns: #returns,
                params: &[#params],
            })
        }
    };
    let decl = quote!(::ffi_runtime::export::Decl);
    vec![
        function(
            "last_error_code",
            CODE_DOC,
            quote!(#decl::named("int32_t")),
            TokenStream::new(),
        ),
        function(
            "last_error_message",
            MESSAGE_DOC,
            quote!(#decl::named("char").pointer(true)),
            TokenStream::new(),
        ),
        function(
            "string_free",
            STRING_FREE_DOC,
            quote!(#decl::named("void")),
            quote!(::ffi_runtime::export::Param { name: "text", decl: #decl::named("char").pointer(false) }),
        ),
        function(
            "bytes_free",
            BYTES_FREE_DOC,
            quote!(#decl::named("void")),
            quote!(::ffi_runtime::export::Param {
                name: "bytes",
                decl: #decl { base: ::ffi_runtime::export::Base::Prefixed("bytes"), base_const: false, depth: 0 },
            }),
        ),
    ]
}

fn describe(exports: &Exports) -> TokenStream {
    let prefix = &exports.prefix;
    let mut items: Vec<TokenStream> = Vec::new();
    for constant in &exports.constants {
        let (ident, c_name, doc) = (&constant.ident, &constant.c_name, &constant.doc);
        let cfgs = &constant.cfgs;
        items.push(quote! {
            #(#cfgs)*
            ::ffi_runtime::export::Item::Constant(::ffi_runtime::export::Constant {
                name: #c_name,
                doc: #doc,
                value: || ::ffi_runtime::export::__private::constant(#ident),
            })
        });
    }
    items.extend(exports.structs.iter().map(layout::describe_struct));
    items.extend(exports.handles.iter().map(layout::describe_handle));
    items.extend(runtime_descriptions(prefix));
    for function in &exports.functions {
        let (c_name, doc) = (&function.c_name, &function.doc);
        let params = shim::prototype_params(function);
        let cfgs = &function.cfgs;
        items.push(quote! {
            #(#cfgs)*
            ::ffi_runtime::export::Item::Function(::ffi_runtime::export::Function {
                name: #c_name,
                doc: #doc,
                returns: ::ffi_runtime::export::Decl::named("int32_t"),
                params: &[#(#params),*],
            })
        });
    }
    items.extend(exports.handles.iter().map(layout::describe_free));
    quote! {
        /// What this module exports, for `ffi_runtime::export::Header`.
        pub const MODULE: ::ffi_runtime::export::Module = ::ffi_runtime::export::Module {
            prefix: #prefix,
            items: &[#(#items),*],
        };
    }
}
