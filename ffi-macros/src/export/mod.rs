//! The implementation of `#[export]`: Rust functions of a module exported to C,
//! each through an `extern "C"` shim, with a `const` description of every
//! export for the header.
//!
//! Input:
//! ```text
//! #[export(prefix = "tok_")]
//! pub mod api {
//!     pub fn count(text: &str) -> Result<usize, Error> { .. }
//! }
//! ```
//! Output (abridged):
//! ```text
//! pub mod api {
//!     pub fn count(text: &str) -> Result<usize, Error> { .. }
//!     pub mod c_api {
//!         use super::*;
//!         #[unsafe(export_name = "tok_count")]
//!         pub unsafe extern "C" fn tok_count(text: *const u8, text_len: usize,
//!             out: *mut <usize as Returned>::Abi) -> i32 {
//!             run("tok_count", |scope| { /* checks, the call, the write */ })
//!         }
//!         pub const MODULE: Module = Module { prefix: "tok_", items: &[..] };
//!     }
//! }
//! ```
//!
//! The syntax half ([`items`], [`signature`]) reads the module into
//! [`items::Exports`], collecting every error; the lowering half ([`shim`],
//! [`layout`], [`c_api`]) writes the code. Which C type each Rust type becomes
//! is decided by trait impls in `ffi_runtime::export`, checked by the compiler
//! on the types, except for the two-argument forms `&str`, `&[T]`, `&mut [T]`.

mod c_api;
mod items;
mod layout;
mod shim;
mod signature;

use proc_macro2::{Span, TokenStream};
use quote::quote;
use syn::meta::ParseNestedMeta;
use syn::{ItemMod, LitStr};

/// Expands `#[export(args)] input`. Never panics: every problem becomes a
/// `compile_error!`, and the module is kept so that its own code still
/// compiles (and reports its own errors).
pub fn expand(args: TokenStream, input: TokenStream) -> TokenStream {
    if let Some(span) = crate::foreign::too_deep(input.clone()) {
        return error(
            span,
            "this module nests deeper than #[export] reads",
            "move the deep code out of the module",
        )
        .to_compile_error();
    }
    let module: ItemMod = match syn::parse2(input) {
        Ok(module) => module,
        Err(_) => {
            return error(
                Span::call_site(),
                "#[export] goes on an inline module",
                "write `#[export(prefix = \"name_\")] pub mod api { .. }` around the functions C calls",
            )
            .to_compile_error();
        }
    };
    let mut errors: Vec<syn::Error> = Vec::new();
    let (prefix, claim) = parse_args(args, &mut errors);
    let (module, mut exports) = items::read(module, &prefix, &mut errors);
    exports.claim = claim;
    let c_api = c_api::module(&exports);
    let compile_errors = errors.iter().map(syn::Error::to_compile_error);
    let ItemMod {
        attrs,
        vis,
        unsafety,
        mod_token,
        ident,
        content,
        semi,
    } = module;
    let items = content.map(|(_, items)| items).unwrap_or_default();
    quote! {
        #(#attrs)*
        #vis #unsafety #mod_token #ident {
            #(#items)*
            #c_api
            #(#compile_errors)*
        }
        #semi
    }
}

/// `prefix = "tok_"`: a C identifier's start, or empty; and the span of the
/// claim that the names are unique (the prefix, or the attribute).
fn parse_args(args: TokenStream, errors: &mut Vec<syn::Error>) -> (String, Span) {
    let mut prefix = String::new();
    let mut claim = Span::call_site();
    let parser = syn::meta::parser(|meta: ParseNestedMeta<'_>| {
        if meta.path.is_ident("prefix") {
            let literal: LitStr = meta.value()?.parse()?;
            let value = literal.value();
            let valid = value.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
                && !value.starts_with(|c: char| c.is_ascii_digit());
            if !valid {
                return Err(syn::Error::new_spanned(
                    &literal,
                    "#[export]: `prefix` must be the start of a C identifier (letters, digits, `_`)\n\
                     = help: e.g. `prefix = \"tok_\"`",
                ));
            }
            prefix = value;
            claim = literal.span();
            Ok(())
        } else {
            Err(meta.error(
                "#[export] takes `prefix = \"name_\"`\n= help: e.g. `#[export(prefix = \"tok_\")]`",
            ))
        }
    });
    if let Err(error) = syn::parse::Parser::parse2(parser, args) {
        errors.push(error);
    }
    (prefix, claim)
}

/// `#[unsafe(export_name = "..")]`, spanned at the user's claim (the prefix):
/// the name's uniqueness is the user's claim, and rustc's `unsafe_code` lint
/// reports it there (`#![forbid(unsafe_code)]` refuses the module).
pub(crate) fn export_name(name: &str, claim: Span) -> TokenStream {
    quote::quote_spanned!(claim=> #[unsafe(export_name = #name)])
}

/// An error with a `= help:` line, the form every message of the crate has.
pub(crate) fn error(span: Span, message: &str, help: &str) -> syn::Error {
    syn::Error::new(span, format!("{message}\n= help: {help}"))
}
