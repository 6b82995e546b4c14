//! Sorting the attributes of a declaration: ours (`#[ffi]`, `#[out]`, ..) are taken out,
//! `doc` (also under `cfg_attr`) and `cfg` are copied onto the wrapper, everything
//! else stays on the raw item.

use super::diagnostic::{self, Errors};
use proc_macro2::TokenTree;
use syn::parse::ParseStream;
use syn::punctuated::Punctuated;
use syn::{Attribute, Meta, Token};

pub(crate) fn is_ffi(attr: &Attribute) -> bool {
    attr.path().is_ident("ffi")
}

/// The parameter attributes of `#[foreign]`.
const PARAM_ATTRS: &[&str] = &[
    "out",
    "handle",
    "str",
    "cstr",
    "nullable",
    "null",
    "slice",
    "buffer",
    "out_slice",
    "callback",
    "signature",
];

pub(crate) fn is_param_attr(attr: &Attribute) -> bool {
    attr.path()
        .get_ident()
        .is_some_and(|ident| PARAM_ATTRS.iter().any(|name| ident == name))
}

/// The attribute's name, as written (`out`, `slice`, ..).
pub(crate) fn name(attr: &Attribute) -> String {
    attr.path()
        .get_ident()
        .map(ToString::to_string)
        .unwrap_or_default()
}

/// A doc attribute: `#[doc = ..]` (`///`), or a `#[cfg_attr(predicate, doc =
/// ..)]` that adds only docs (`#[cfg_attr(doc, doc = include_str!(..))]`), which
/// the wrapper copies as it stands, predicate and all.
pub(crate) fn is_doc(attr: &Attribute) -> bool {
    attr.path().is_ident("doc") || (attr.path().is_ident("cfg_attr") && adds_only_docs(attr))
}

fn adds_only_docs(attr: &Attribute) -> bool {
    attr.parse_args_with(|input: ParseStream<'_>| {
        input.parse::<Meta>()?;
        input.parse::<Token![,]>()?;
        let added = Punctuated::<Meta, Token![,]>::parse_terminated(input)?;
        Ok(!added.is_empty() && added.iter().all(|meta| meta.path().is_ident("doc")))
    })
    .unwrap_or(false)
}

pub(crate) fn is_must_use(attr: &Attribute) -> bool {
    attr.path().is_ident("must_use")
}

pub(crate) fn is_cfg(attr: &Attribute) -> bool {
    attr.path().is_ident("cfg")
}

pub(crate) fn link_name(attrs: &[Attribute]) -> Option<String> {
    attrs.iter().find_map(|attr| match &attr.meta {
        Meta::NameValue(pair) if pair.path.is_ident("link_name") => match &pair.value {
            syn::Expr::Lit(syn::ExprLit {
                lit: syn::Lit::Str(name),
                ..
            }) => {
                // bindgen prefixes some names with `\u{1}` (no further mangling);
                // the C symbol is what follows.
                let name = name.value();
                Some(name.strip_prefix('\u{1}').unwrap_or(&name).to_owned())
            }
            _ => None,
        },
        _ => None,
    })
}

/// Removes our attributes from `attrs` and returns them. `#[cfg_attr(.., ffi(..))]`
/// would hide them from us (attribute macros run before `cfg_attr` expands), so it
/// is rejected rather than silently ignored.
pub(crate) fn take(
    attrs: &mut Vec<Attribute>,
    ours: fn(&Attribute) -> bool,
    errors: &mut Errors,
) -> Vec<Attribute> {
    for attr in attrs.iter() {
        if let Some(name) = hidden_in_cfg_attr(attr) {
            errors.push(diagnostic::cfg_attr_hides(attr, name));
        }
    }
    let (taken, kept) = std::mem::take(attrs).into_iter().partition(ours);
    *attrs = kept;
    taken
}

/// Removes the `cfg_attr`s that `take` reported.
pub(crate) fn drop_hidden(attrs: &mut Vec<Attribute>) {
    attrs.retain(|attr| hidden_in_cfg_attr(attr).is_none());
}

fn hidden_in_cfg_attr(attr: &Attribute) -> Option<&'static str> {
    let Meta::List(list) = &attr.meta else {
        return None;
    };
    if !list.path.is_ident("cfg_attr") {
        return None;
    }
    list.tokens
        .clone()
        .into_iter()
        .find_map(|token| match token {
            TokenTree::Ident(ident) if ident == "ffi" => Some("ffi"),
            TokenTree::Ident(ident) => PARAM_ATTRS.iter().copied().find(|name| ident == name),
            _ => None,
        })
}
