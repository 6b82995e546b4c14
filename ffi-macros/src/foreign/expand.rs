//! The expansion of `#[foreign]`: parse, check, then the raw module and the wrappers.
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

use super::args;
use super::ast::{self, Block};
use super::attrs;
use super::check;
use super::diagnostic::{self, Errors};
use super::fallback;
use super::wrapper;
use proc_macro2::TokenStream;
use quote::quote;
use std::collections::HashSet;
use syn::{FnArg, ForeignItem, ItemForeignMod, Visibility, parse_quote};

pub(crate) fn foreign(args: TokenStream, input: TokenStream) -> TokenStream {
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
    let mut names = HashSet::new();
    let wrappers = block.functions.iter().zip(valid).map(|(function, valid)| {
        // A second declaration of a name was reported; one wrapper (or stub) of the
        // name is what the user's code can see.
        let duplicate = !names.insert(&function.ident);
        if function.is_raw_only() || duplicate {
            TokenStream::new()
        } else if block_is_valid && valid {
            wrapper::wrapper(&block, function)
        } else {
            fallback::stub(&block, function)
        }
    });
    let errors = errors.to_compile_errors();
    quote! {
        #errors
        #raw_module
        #(#wrappers)*
    }
}

/// The block as written, in a module of its own so that wrappers can take the names.
fn raw_module(block: &Block) -> TokenStream {
    let mut raw = block.raw.clone();
    let mut names = HashSet::new();
    raw.items.retain(|item| match item {
        // Reported by check; kept, they would only add rustc's errors to ours.
        ForeignItem::Fn(item) => {
            let duplicate = !names.insert(item.sig.ident.clone());
            !duplicate && item.sig.generics.params.is_empty()
        }
        _ => true,
    });
    for item in &mut raw.items {
        match item {
            ForeignItem::Fn(item) => {
                item.vis = visibility_one_level_down(&item.vis);
                drop_what_check_reported(item);
            }
            ForeignItem::Static(item) => item.vis = visibility_one_level_down(&item.vis),
            ForeignItem::Type(item) => item.vis = visibility_one_level_down(&item.vis),
            _ => {}
        }
    }
    let link = link_attribute(block);
    let ItemForeignMod {
        attrs,
        unsafety,
        abi,
        items,
        ..
    } = raw;
    // syn keeps a block's inner attributes (`#![...]` inside the braces) with the
    // outer ones; each must be printed back on its own side of the brace.
    let (inner, outer): (Vec<_>, Vec<_>) = attrs
        .into_iter()
        .partition(|attr| matches!(attr.style, syn::AttrStyle::Inner(_)));
    let module = &block.args.raw_mod;
    quote! {
        /// Raw declarations of the C functions, exactly as declared: callable in
        /// `unsafe` code. The functions of the same names outside this module are
        /// their safe wrappers.
        #[allow(missing_docs)]
        pub mod #module {
            #[allow(unused_imports, clippy::wildcard_imports)]
            use super::*;

            #(#outer)*
            #link
            #[deny(improper_ctypes)]
            #unsafety #abi {
                #(#inner)*
                #(#items)*
            }
        }
    }
}

/// Removes from a declaration what `check` already reported and rustc would report
/// again (`const`, `async`, generics, `self`, patterns, `cfg_attr` hiding our
/// attributes). A valid declaration is left exactly as written.
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

fn drop_what_check_reported(item: &mut syn::ForeignItemFn) {
    let sig = &mut item.sig;
    sig.constness = None;
    sig.asyncness = None;
    sig.abi = None;
    sig.generics = syn::Generics::default();
    let inputs = std::mem::take(&mut sig.inputs);
    for mut input in inputs {
        if let FnArg::Typed(typed) = &mut input {
            if ast::plain_name(&typed.pat).is_none() {
                *typed.pat = parse_quote!(_);
            }
            attrs::drop_hidden(&mut typed.attrs);
            sig.inputs.push(input);
        }
    }
    attrs::drop_hidden(&mut item.attrs);
}

/// `#[link]` from `lib` and `kind`; values `check` rejected are left out, so that
/// rustc does not report them a second time.
fn link_attribute(block: &Block) -> TokenStream {
    let lib = block
        .args
        .lib
        .as_ref()
        .filter(|lib| args::is_valid_lib(lib));
    let kind = block
        .args
        .kind
        .as_ref()
        .filter(|kind| args::is_valid_kind(kind));
    match (lib, kind) {
        (Some(lib), Some(kind)) => quote!(#[link(name = #lib, kind = #kind)]),
        (Some(lib), None) => quote!(#[link(name = #lib)]),
        (None, _) => TokenStream::new(),
    }
}

/// The visibility in the raw module that equals `vis` in the user's module: the raw
/// module is one level deeper, so "private" there must be `pub(super)`.
fn visibility_one_level_down(vis: &Visibility) -> Visibility {
    match vis {
        Visibility::Inherited => parse_quote!(pub(super)),
        Visibility::Public(_) => vis.clone(),
        Visibility::Restricted(restricted) => {
            let path = &restricted.path;
            let first = path
                .segments
                .first()
                .map(|segment| segment.ident.to_string());
            match first.as_deref() {
                Some("self") => {
                    let rest = path.segments.iter().skip(1);
                    parse_quote!(pub(in super #(::#rest)*))
                }
                Some("super") => parse_quote!(pub(in super::#path)),
                _ => vis.clone(),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::visibility_one_level_down;
    use quote::ToTokens;
    use syn::{Visibility, parse_quote};

    fn down(vis: &Visibility) -> String {
        visibility_one_level_down(vis).to_token_stream().to_string()
    }

    #[test]
    fn private_becomes_visible_to_the_parent() {
        assert_eq!(down(&Visibility::Inherited), "pub (super)");
        assert_eq!(down(&parse_quote!(pub(self))), "pub (in super)");
        assert_eq!(down(&parse_quote!(pub(super))), "pub (in super :: super)");
        assert_eq!(down(&parse_quote!(pub(crate))), "pub (crate)");
        assert_eq!(down(&parse_quote!(pub)), "pub");
    }
}
