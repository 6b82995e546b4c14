//! The expansion of `#[foreign]`: parse, check, then the raw module and the
//! wrappers (or, for functions with errors, their stubs).
//!
//! Input:
//! ```text
//! #[foreign(lib = "c", errno)]
//! unsafe extern "C" { pub fn close(fd: c_int) -> c_int; }
//! ```
//! Output:
//! ```text
//! pub mod raw {
//!     use super::*;
//!     #[link(name = "c")]
//!     #[deny(improper_ctypes)]
//!     unsafe extern "C" { pub fn close(fd: c_int) -> c_int; }
//! }
//! pub fn close(fd: c_int) -> Result<c_int, ::ffi_runtime::Error> { /* see wrapper.rs */ }
//! ```

use super::fallback;
use super::lower;
use super::raw_module::{raw_module, reexports};
use super::syntax::args;
use super::syntax::ast::Block;
use super::syntax::check;
use super::syntax::depth;
use super::syntax::diagnostic::{self, Errors};
use proc_macro2::TokenStream;
use quote::quote;
use std::collections::HashSet;
use syn::ItemForeignMod;

pub(crate) fn foreign(args: TokenStream, input: TokenStream) -> TokenStream {
    for tokens in [&args, &input] {
        if let Some(span) = depth::too_deep(tokens.clone()) {
            return diagnostic::nested_too_deep(span, depth::MAX_NESTING).to_compile_error();
        }
    }
    // Parsed as an extern block only: syn never parses a function body (whose
    // nesting depth rustc allows, with a growing stack, beyond what syn's
    // recursive parser survives: found by the fuzzer).
    let raw: ItemForeignMod = match syn::parse2(input.clone()) {
        Ok(raw) => raw,
        Err(error) if looks_like_extern_block(&input) => return error.to_compile_error(),
        // The item is not echoed: rustc checked it parses, but our callers
        // (fuzzer, mutation test) pass anything, and telling the two apart would
        // take the very parse this avoids.
        Err(_) => return diagnostic::not_an_extern_block(input).to_compile_error(),
    };
    let mut errors = Errors::default();
    let args = args::parse_block_args(args, &mut errors);
    let block = Block::from_syn(args, raw, &mut errors);
    check::check_block(&block, &mut errors);
    let block_is_valid = errors.is_empty();
    let valid = check::check_functions(&block, &mut errors);

    let raw_module = raw_module(&block);
    let reexports = reexports(&block);
    let mut names = HashSet::new();
    let wrappers = block.functions.iter().zip(valid).map(|(function, valid)| {
        // A second declaration of a name was reported; one wrapper (or stub) of the
        // name is what the user's code can see.
        let duplicate = !names.insert(&function.ident);
        if function.is_raw_only() || duplicate {
            TokenStream::new()
        } else if block_is_valid && valid {
            lower::wrapper(&block, function)
        } else {
            fallback::stub(&block, function)
        }
    });
    let errors = errors.to_compile_errors();
    quote! {
        #errors
        #raw_module
        #reexports
        #(#wrappers)*
    }
}

/// `extern "ABI" { .. }` at the top level of the item (after its attributes and
/// qualifiers): a parse error is then inside the block, and syn's own message is
/// the useful one.
fn looks_like_extern_block(input: &TokenStream) -> bool {
    use proc_macro2::{Delimiter, TokenTree};
    let tokens: Vec<TokenTree> = input.clone().into_iter().collect();
    tokens.iter().enumerate().any(|(index, token)| {
        let TokenTree::Ident(ident) = token else {
            return false;
        };
        if ident != "extern" {
            return false;
        }
        let mut rest = tokens[index + 1..].iter();
        let next = match rest.next() {
            Some(TokenTree::Literal(_)) => rest.next(),
            other => other,
        };
        matches!(next, Some(TokenTree::Group(group)) if group.delimiter() == Delimiter::Brace)
    })
}
