//! The raw module: the block as written, less our attributes, in a module of
//! its own next to the wrappers, so that the wrappers can take the functions'
//! names while the raw items stay callable in `unsafe` code.
//!
//! Input: `#[foreign(lib = "c")] unsafe extern "C" { pub fn close(fd: c_int) -> c_int; }`.
//! Output:
//! ```text
//! pub mod raw {
//!     use super::*;
//!     #[link(name = "c")]
//!     #[deny(improper_ctypes)]
//!     unsafe extern "C" { pub fn close(fd: c_int) -> c_int; }
//! }
//! ```

use super::syntax::args;
use super::syntax::ast::{self, Block};
use super::syntax::attrs;
use proc_macro2::{Delimiter, Group, TokenStream};
use quote::{ToTokens, TokenStreamExt, quote};
use std::collections::{HashMap, HashSet};
use syn::{FnArg, ForeignItem, ItemForeignMod, ReturnType, Type, Visibility, parse_quote};

/// The blocks as written (`raw`, taken from `block`: emitted, not copied), in
/// a module of their own so that wrappers can take the names.
pub(crate) fn raw_module(
    block: &Block,
    raw: Vec<ItemForeignMod>,
    extra: &TokenStream,
) -> TokenStream {
    let mut names = HashSet::new();
    let blocks: Vec<(TokenStream, TokenStream)> = raw
        .into_iter()
        .map(|raw| extern_block(block, raw, &mut names))
        .collect();
    let (blocks, sync_proofs): (Vec<_>, Vec<_>) = blocks.into_iter().unzip();
    let module = &block.args.raw_mod;
    quote! {
        /// Raw declarations of the C functions, exactly as declared: callable in
        /// `unsafe` code. The functions of the same names outside this module are
        /// their safe wrappers.
        #[allow(missing_docs)]
        pub mod #module {
            #[allow(unused_imports, clippy::wildcard_imports)]
            use super::*;

            #(#blocks)*
            #extra
        }
        #(#sync_proofs)*
    }
}

/// One extern block as written, and the proofs its `safe static`s need.
fn extern_block(
    block: &Block,
    mut raw: ItemForeignMod,
    names: &mut HashSet<(String, String)>,
) -> (TokenStream, TokenStream) {
    raw.items.retain(|item| match item {
        // A static that does not re-parse (`crate<i32>` as a type, from the
        // fuzzer) was reported; kept, rustc would only fail to read the output.
        ForeignItem::Static(item) => ast::static_reparses(item),
        // Reported by check; kept, they would only add rustc's errors to ours.
        ForeignItem::Fn(item) => {
            // Declarations of one name under different `cfg`s are kept (at most
            // one is compiled); an exact duplicate was reported.
            let cfgs: String = item
                .attrs
                .iter()
                .filter(|attr| attrs::is_cfg(attr))
                .map(|attr| quote::ToTokens::to_token_stream(attr).to_string())
                .collect();
            let duplicate = !names.insert((item.sig.ident.to_string(), cfgs));
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
        brace_token,
    } = raw;
    // syn keeps a block's inner attributes (`#![...]` inside the braces) with the
    // outer ones; each must be printed back on its own side of the brace.
    let (inner, outer): (Vec<_>, Vec<_>) = attrs
        .into_iter()
        .partition(|attr| matches!(attr.style, syn::AttrStyle::Inner(_)));
    // Always `unsafe extern`, the `unsafe` on the user's own tokens (theirs, or
    // their `extern`'s span): the declarations are the user's unchecked claim, so
    // `#![forbid(unsafe_code)]` must see it; and an edition 2021 `extern "C"`
    // block stays valid next to `safe fn` items (`unsafe extern` is accepted in
    // every edition).
    let unsafety = unsafety.unwrap_or_else(|| syn::Token![unsafe](abi.extern_token.span));
    // A `safe static` is shared by every thread without `unsafe`: its type is
    // proven `Sync` (and valid whatever C stored), whatever its spelling.
    let krate = &block.args.krate;
    let sync_proofs: Vec<TokenStream> = items
        .iter()
        .filter_map(|item| match item {
            ForeignItem::Static(item) if matches!(item.safety, syn::Safety::Safe(_)) => {
                let ty = &item.ty;
                Some(quote!(#krate::__private::shared_static::<#ty>();))
            }
            _ => None,
        })
        .collect();
    let sync_proofs = if sync_proofs.is_empty() {
        TokenStream::new()
    } else {
        quote! {
            const _: () = {
                #(#sync_proofs)*
            };
        }
    };
    // The items moved into the output, not copied ([`print_fn`]).
    let mut content = quote!(#(#inner)*);
    for item in items {
        match item {
            ForeignItem::Fn(item) => print_fn(item, &mut content),
            item => item.to_tokens(&mut content),
        }
    }
    // The braces keep the user's span too: the block's span is then the user's,
    // where the lint reports (a span from this macro's expansion is muted).
    let mut body = Group::new(Delimiter::Brace, content);
    body.set_span(brace_token.span.join());
    let extern_block = quote! {
        #(#outer)*
        #link
        #[deny(improper_ctypes)]
        #unsafety #abi #body
    };
    (extern_block, sync_proofs)
}

/// Appends `item` as syn prints it (`ToTokens`), moving its identifiers into
/// `tokens` where the syntax is the common one (a parameter's plain name, a
/// type that is a path without generic arguments, or a pointer to one) and
/// printing the rest as syn does: printing by reference copies every
/// identifier (an allocation each) of an item dropped right after.
fn print_fn(item: syn::ForeignItemFn, tokens: &mut TokenStream) {
    for attr in &item.attrs {
        if matches!(attr.style, syn::AttrStyle::Outer) {
            attr.to_tokens(tokens);
        }
    }
    item.vis.to_tokens(tokens);
    let sig = item.sig;
    sig.constness.to_tokens(tokens);
    sig.asyncness.to_tokens(tokens);
    sig.safety.to_tokens(tokens);
    sig.abi.to_tokens(tokens);
    sig.fn_token.to_tokens(tokens);
    tokens.append(sig.ident);
    sig.generics.to_tokens(tokens);
    let mut inputs = TokenStream::new();
    let trailing = sig.inputs.empty_or_trailing();
    for pair in sig.inputs.into_pairs() {
        let (input, comma) = pair.into_tuple();
        match input {
            FnArg::Typed(typed) => print_typed(typed, &mut inputs),
            input @ FnArg::Receiver(_) => input.to_tokens(&mut inputs),
        }
        comma.to_tokens(&mut inputs);
    }
    if let Some(variadic) = &sig.variadic {
        if !trailing {
            <syn::Token![,]>::default().to_tokens(&mut inputs);
        }
        variadic.to_tokens(&mut inputs);
    }
    let mut inputs = Group::new(Delimiter::Parenthesis, inputs);
    inputs.set_span(sig.paren_token.span.join());
    tokens.append(inputs);
    if let ReturnType::Type(arrow, ty) = sig.output {
        arrow.to_tokens(tokens);
        print_type(*ty, tokens);
    }
    sig.generics.where_clause.to_tokens(tokens);
    item.semi_token.to_tokens(tokens);
}

/// A parameter as syn prints it, its plain name and its type moved ([`print_fn`]).
fn print_typed(typed: syn::PatType, tokens: &mut TokenStream) {
    for attr in &typed.attrs {
        if matches!(attr.style, syn::AttrStyle::Outer) {
            attr.to_tokens(tokens);
        }
    }
    match *typed.pat {
        syn::Pat::Ident(pat)
            if pat.attrs.is_empty()
                && pat.by_ref.is_none()
                && pat.mutability.is_none()
                && pat.subpat.is_none() =>
        {
            tokens.append(pat.ident);
        }
        pat => pat.to_tokens(tokens),
    }
    typed.colon_token.to_tokens(tokens);
    print_type(*typed.ty, tokens);
}

/// A type as syn prints it, moved when it is a path without generic arguments
/// or a pointer to one ([`print_fn`]).
fn print_type(ty: Type, tokens: &mut TokenStream) {
    match ty {
        Type::Path(syn::TypePath {
            qself: None, path, ..
        }) if path
            .segments
            .iter()
            .all(|segment| segment.arguments.is_none()) =>
        {
            path.leading_colon.to_tokens(tokens);
            for pair in path.segments.into_pairs() {
                let (segment, colons) = pair.into_tuple();
                tokens.append(segment.ident);
                colons.to_tokens(tokens);
            }
        }
        Type::Ptr(pointer) => {
            pointer.star_token.to_tokens(tokens);
            pointer.mutability.to_tokens(tokens);
            print_type(*pointer.elem, tokens);
        }
        ty => ty.to_tokens(tokens),
    }
}

/// Removes from a declaration what `check` already reported and rustc would report
/// again (`const`, `async`, generics, `self`, patterns, `cfg_attr` hiding our
/// attributes). A valid declaration is left exactly as written.
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
pub(crate) fn visibility_one_level_down(vis: &Visibility) -> Visibility {
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

/// The items that get no wrapper (`#[ffi(raw)]` functions, variadics, statics,
/// types) are re-exported next to the wrappers, under their own names and
/// visibility: code that called them before the block got `#[foreign]` still
/// compiles (`open(..)`, `errno_location`, `FILE`).
pub(crate) fn reexports(block: &Block) -> TokenStream {
    let module = &block.args.raw_mod;
    let mut seen = HashSet::new();
    // The first function of each name, as a search from the start finds it;
    // only a raw-only one is re-exported. Few functions are: their names are
    // compared as they are (no string made per function) unless they are many.
    let raw_only: Vec<String> = (block.functions.iter())
        .filter(|function| function.is_raw_only())
        .map(|function| function.ident.to_string())
        .collect();
    let by_name = (raw_only.len() > 16).then(|| {
        let mut by_name: HashMap<String, &ast::Function> = HashMap::new();
        for function in &block.functions {
            by_name
                .entry(function.ident.to_string())
                .or_insert(function);
        }
        by_name
    });
    let first_of = |ident: &syn::Ident| match &by_name {
        Some(by_name) => by_name.get(&ident.to_string()).copied(),
        None if raw_only.iter().any(|name| ident == name) => block
            .functions
            .iter()
            .find(|function| function.ident == *ident),
        None => None,
    };
    block
        .raw
        .iter()
        .flat_map(|raw| raw.items.iter().map(move |item| (&raw.attrs, item)))
        .filter_map(|(block_attrs, item)| {
            let (attrs, vis, ident) = match item {
                ForeignItem::Fn(item) => {
                    let function = first_of(&item.sig.ident)?;
                    // A variadic without `#[ffi(raw)]` was reported, and its
                    // stub takes the name.
                    if !function.is_raw_only() || !item.sig.generics.params.is_empty() {
                        return None;
                    }
                    (&item.attrs, &item.vis, &item.sig.ident)
                }
                ForeignItem::Static(item) => (&item.attrs, &item.vis, &item.ident),
                ForeignItem::Type(item) => (&item.attrs, &item.vis, &item.ident),
                _ => return None,
            };
            // The block's cfgs hold for its items: one name may be declared in
            // blocks under exclusive cfgs (bindgen's per-target output).
            let cfgs: Vec<_> = block_attrs
                .iter()
                .chain(attrs)
                .filter(|attr| attrs::is_cfg(attr))
                .collect();
            if !seen.insert((ident.clone(), quote!(#(#cfgs)*).to_string())) {
                return None;
            }
            Some(quote! {
                #(#cfgs)*
                #[allow(unused_imports)]
                #vis use self::#module::#ident;
            })
        })
        .collect()
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
