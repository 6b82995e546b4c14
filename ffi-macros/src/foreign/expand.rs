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
use super::load_module::load_module;
use super::lower;
use super::raw_module::{raw_module, reexports};
use super::syntax;
use super::syntax::args;
use super::syntax::ast::Block;
use super::syntax::check;
use super::syntax::depth;
use super::syntax::diagnostic::{self, Errors};
use super::sys_module::sys_module;
use proc_macro2::{Delimiter, Group, TokenStream};
use quote::quote;
use syn::{Item, ItemForeignMod, ItemMod};

pub(crate) fn foreign(args: TokenStream, input: TokenStream) -> TokenStream {
    for tokens in [&args, &input] {
        if let Some(span) = depth::too_deep(tokens.clone()) {
            return diagnostic::nested_too_deep(span, depth::MAX_NESTING).to_compile_error();
        }
    }
    // Parsed as an extern block (or a module of them) only: syn never parses a
    // function body of an item `#[foreign]` does not take (whose nesting depth
    // rustc allows, with a growing stack, beyond what syn's recursive parser
    // survives: found by the fuzzer).
    let (raw, module) = match syn::parse2::<ItemForeignMod>(input.clone()) {
        Ok(raw) => (vec![raw], None),
        Err(error) if looks_like_extern_block(&input) => return error.to_compile_error(),
        Err(_) if looks_like_module(&input) => match split_module(input) {
            Ok((raw, module)) => (raw, Some(module)),
            Err(error) => return error.to_compile_error(),
        },
        // The item is not echoed: rustc checked it parses, but our callers
        // (fuzzer, mutation test) pass anything, and telling the two apart would
        // take the very parse this avoids.
        Err(_) => return diagnostic::not_an_extern_block(input).to_compile_error(),
    };
    let mut errors = Errors::default();
    let args = args::parse_block_args(args, &mut errors);
    let mut block = Block::from_syn(args, raw, &mut errors);
    check::check_block(&block, &mut errors);
    let block_is_valid = errors.is_empty();
    let names = syntax::ast::Function::names(&block.functions);
    let clashing = syntax::ast::Function::clashing(&block.functions, &names);
    let valid = check::check_functions(&block, &names, &clashing, &mut errors);
    drop(names);

    let reexports = reexports(&block);
    let shared = lower::Shared::new(&block);
    let wrappers: TokenStream = block
        .functions
        .iter()
        .zip(valid)
        .zip(clashing)
        .map(|((function, valid), duplicate)| {
            // A second declaration of a name was reported; one wrapper (or stub) of the
            // name is what the user's code can see.
            if function.is_raw_only() || duplicate {
                TokenStream::new()
            } else if block_is_valid && valid {
                lower::wrapper(&block, &shared, function)
            } else {
                fallback::stub(&block, function)
            }
        })
        .collect();
    // The raw items get back what the functions took from them.
    block.restore_raw();
    // Last: a declared raw module takes the block's items (no copy of them).
    let loaded = (block.args.load.as_ref()).map(|(names, _)| load_module(&block, names));
    let raw_module = match (loaded, block.args.load_feature.clone()) {
        (Some(loaded), Some(feature)) => {
            let queries = linked_queries(&block);
            let linked = linked_module(&mut block, &queries);
            let mut both = under_cfg(loaded, &quote!(#[cfg(feature = #feature)]));
            both.extend(under_cfg(linked, &quote!(#[cfg(not(feature = #feature))])));
            both
        }
        (Some(loaded), None) => loaded,
        (None, _) => linked_module(&mut block, &TokenStream::new()),
    };
    // Collected from the owned streams, not interpolated: `quote!` copies an
    // interpolated stream token by token, and the wrappers are most of the
    // output. Collected, not extended: `collect` appends each stream's tokens
    // at once, where `extend` pushes them one at a time.
    let expansion: TokenStream = [errors.to_compile_errors(), raw_module, reexports, wrappers]
        .into_iter()
        .collect();
    match module {
        // `#[foreign] mod bindings { .. }`: the module's other items stay, and
        // its blocks share one raw module (bindgen writes one block a function).
        Some(module) => {
            let ItemMod {
                attrs,
                vis,
                unsafety,
                mod_token,
                ident,
                ..
            } = &module.item;
            let others = &module.others;
            // syn keeps the module's inner attributes (`#![..]`) with the outer
            // ones: each goes back on its own side of the brace.
            let (inner, outer): (Vec<_>, Vec<_>) = attrs
                .iter()
                .partition(|attr| matches!(attr.style, syn::AttrStyle::Inner(_)));
            let mut content = quote! {
                #(#inner)*
                #(#others)*
            };
            content.extend(expansion);
            let content = Group::new(Delimiter::Brace, content);
            quote! {
                #(#outer)*
                #vis #unsafety #mod_token #ident #content
            }
        }
        None => expansion,
    }
}

/// A module under `#[foreign]`: the module, its extern blocks, its other items.
struct Module {
    item: ItemMod,
    others: Vec<Item>,
}

/// Splits `mod name { .. }` into its extern blocks and the rest.
fn split_module(input: TokenStream) -> syn::Result<(Vec<ItemForeignMod>, Module)> {
    let mut item: ItemMod = syn::parse2(input)?;
    let Some((_, items)) = item.content.take() else {
        return Err(diagnostic::module_without_body(&item.ident));
    };
    let (blocks, others): (Vec<Item>, Vec<Item>) = items
        .into_iter()
        .partition(|item| matches!(item, Item::ForeignMod(_)));
    let blocks: Vec<ItemForeignMod> = blocks
        .into_iter()
        .filter_map(|item| match item {
            Item::ForeignMod(block) => Some(block),
            _ => None,
        })
        .collect();
    if blocks.is_empty() {
        return Err(diagnostic::module_without_block(&item.ident));
    }
    Ok((blocks, Module { item, others }))
}

/// `mod name { .. }` at the top level of the item (after its attributes and
/// visibility).
fn looks_like_module(input: &TokenStream) -> bool {
    use proc_macro2::TokenTree;
    let tokens: Vec<TokenTree> = input.clone().into_iter().collect();
    tokens.windows(3).any(|window| {
        matches!(&window[0], TokenTree::Ident(ident) if ident == "mod")
            && matches!(&window[1], TokenTree::Ident(_))
            && matches!(&window[2], TokenTree::Group(group) if group.delimiter() == Delimiter::Brace)
    })
}
/// `extern "ABI" { .. }` at the top level of the item (after its attributes and
/// qualifiers): a parse error is then inside the block, and syn's own message is
/// the useful one.
fn looks_like_extern_block(input: &TokenStream) -> bool {
    use proc_macro2::TokenTree;
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

/// The raw module of a linked block: by reference or declared (taking the
/// block's items), with `extra` items in it.
fn linked_module(block: &mut Block, extra: &TokenStream) -> TokenStream {
    match &block.args.sys {
        Some(sys) => sys_module(block, sys, extra),
        None => {
            let raw = std::mem::take(&mut block.raw);
            raw_module(block, raw, extra)
        }
    }
}

/// In the linked form of a block with `load_feature`, the queries the loaded
/// form has: every function is there.
fn linked_queries(block: &Block) -> TokenStream {
    block
        .functions
        .iter()
        .map(|function| {
            let has = quote::format_ident!("has_{}", function.ident);
            let cfgs = &function.cfgs;
            quote! {
                #(#cfgs)*
                /// Linked: always `true`.
                #[allow(non_snake_case)]
                #[must_use]
                pub fn #has() -> bool {
                    true
                }
            }
        })
        .collect()
}

/// Each item of `tokens` under `cfg` (the output of a module generator is a
/// list of items).
fn under_cfg(tokens: TokenStream, cfg: &TokenStream) -> TokenStream {
    match syn::parse2::<syn::File>(tokens.clone()) {
        Ok(file) => file.items.iter().map(|item| quote!(#cfg #item)).collect(),
        Err(_) => tokens,
    }
}
