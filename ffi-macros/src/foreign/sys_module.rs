//! The raw module of a block by reference (`#[foreign(sys = path)]`): the
//! functions are the -sys crate's (or a module's that `include!`s bindgen
//! output), so the raw module re-exports them instead of declaring them, links
//! nothing, and each declaration of the block is checked against the real item.
//!
//! Input: `#[foreign(sys = libz_sys, zero)] unsafe extern "C" { pub fn compress(dest: *mut u8, ..) -> c_int; }`.
//! Output:
//! ```text
//! pub mod raw {
//!     pub use libz_sys::compress;
//! }
//! const _: () = {
//!     // E0308 here (at the declaration) when a parameter or the return differs,
//!     // E0425 when `libz_sys` has no `compress` (with rustc's closest name).
//!     let _: unsafe extern "C" fn(*mut u8, ..) -> c_int = libz_sys::compress;
//! };
//! ```

use super::raw_module::visibility_one_level_down;
use super::syntax::ast::Block;
use super::syntax::attrs;
use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote, quote_spanned};
use syn::{FnArg, ForeignItem, Path, parse_quote};

/// The raw module of re-exports, and the checks of each declaration against
/// the item it names.
pub(crate) fn sys_module(block: &Block, sys: &Path, extra: &TokenStream) -> TokenStream {
    let module = &block.args.raw_mod;
    let krate = &block.args.krate;
    let in_raw = path_from_raw_module(sys);
    let mut reexports = Vec::new();
    let mut checks = Vec::new();
    for raw in &block.raw {
        let block_cfgs: Vec<_> = raw.attrs.iter().filter(|a| attrs::is_cfg(a)).collect();
        for item in &raw.items {
            let (item_attrs, vis, ident, check) = match item {
                ForeignItem::Fn(item) => {
                    let target = target_name(&item.attrs, &item.sig.ident);
                    let check = function_check(raw, item, module);
                    (&item.attrs, &item.vis, &item.sig.ident, (target, check))
                }
                ForeignItem::Static(item) => {
                    let target = target_name(&item.attrs, &item.ident);
                    let ty = &item.ty;
                    let (ident, span) = (&item.ident, item.ident.span());
                    // A function nothing calls: the compiler checks that the
                    // item's type is exactly the declared one (no unsizing).
                    // SAFETY (of the generated block): the address of an
                    // extern static is taken, never read, in a function that
                    // is never called.
                    let check = quote_spanned! {span=>
                        #[allow(dead_code, unused_unsafe)]
                        fn declared_type_of_the_static() {
                            // Inferred from the item alone (no expected type
                            // to coerce to), then compared.
                            let found = #krate::__private::pointee(
                                unsafe { &raw const #module::#ident },
                            );
                            #krate::__private::same_type::<#ty>(found);
                        }
                    };
                    (&item.attrs, &item.vis, &item.ident, (target, check))
                }
                _ => continue,
            };
            let (target, check) = check;
            let cfgs: Vec<_> = item_attrs.iter().filter(|a| attrs::is_cfg(a)).collect();
            let vis = visibility_one_level_down(vis);
            let rename = (target != *ident).then(|| quote!(as #ident));
            // The imported name at the declaration: a missing item is reported
            // there, with rustc's closest name.
            let in_raw = respanned(&in_raw, ident.span());
            reexports.push(quote! {
                #(#block_cfgs)*
                #(#cfgs)*
                #vis use #in_raw::#target #rename;
            });
            checks.push(quote! {
                #(#block_cfgs)*
                #(#cfgs)*
                const _: () = { #check };
            });
        }
    }
    quote! {
        /// The C functions this block wraps, re-exported from where they are
        /// declared (`sys = ..`): callable in `unsafe` code. The functions of
        /// the same names outside this module are their safe wrappers.
        #[allow(missing_docs, unused_imports)]
        pub mod #module {
            // A `sys` path that names a module of the block's own (`ffi`) is
            // found through the block's names.
            #[allow(clippy::wildcard_imports)]
            use super::*;
            #(#reexports)*
            #extra
        }
        #(#checks)*
    }
}

/// The item's name in the -sys crate: its `link_name` (bindgen's `\u{1}`
/// prefix dropped) when it has one, so that a declaration can take another
/// Rust name; else its own.
fn target_name(item_attrs: &[syn::Attribute], ident: &syn::Ident) -> syn::Ident {
    attrs::link_name(item_attrs)
        .map(|name| name.trim_start_matches('\u{1}').to_owned())
        .and_then(|name| syn::parse_str::<syn::Ident>(&name).ok())
        .map_or_else(
            || ident.clone(),
            |name| format_ident!("{}", name, span = ident.span()),
        )
}

/// `let _: unsafe extern "C" fn(..) -> R = raw::f;`, spanned at the
/// declaration: the declared signature is the one the wrappers were built on,
/// and the coercion holds only if the item they call (the re-export, whatever
/// `path` resolved to there) has exactly it.
fn function_check(
    raw: &syn::ItemForeignMod,
    item: &syn::ForeignItemFn,
    module: &syn::Ident,
) -> TokenStream {
    let abi = &raw.abi;
    let span = item.sig.ident.span();
    let inputs = item.sig.inputs.iter().filter_map(|input| match input {
        FnArg::Typed(typed) => Some(&typed.ty),
        FnArg::Receiver(_) => None,
    });
    let variadic = item.sig.variadic.as_ref().map(|_| quote!(, ...));
    let output = &item.sig.output;
    let declared = quote_spanned!(span=> unsafe #abi fn(#(#inputs),* #variadic) #output);
    let ident = &item.sig.ident;
    let mut module = module.clone();
    module.set_span(span);
    quote_spanned! {span=>
        let _: #declared = #module::#ident;
    }
}

/// `path`, every segment at `span`.
fn respanned(path: &Path, span: Span) -> Path {
    let mut path = path.clone();
    for segment in &mut path.segments {
        segment.ident.set_span(span);
    }
    path
}

/// `sys` as written in the block's module, seen from the raw module one level
/// down: `self::ffi` is `super::ffi` there, `super::ffi` is `super::super::ffi`;
/// a crate name or `crate::..` is the same everywhere.
fn path_from_raw_module(sys: &Path) -> Path {
    let first = sys
        .segments
        .first()
        .map(|segment| segment.ident.to_string());
    match first.as_deref() {
        _ if sys.leading_colon.is_some() => sys.clone(),
        Some("self") => {
            let rest = sys.segments.iter().skip(1);
            parse_quote!(super #(::#rest)*)
        }
        Some("super") => parse_quote!(super::#sys),
        _ => sys.clone(),
    }
}
