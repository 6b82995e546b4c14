//! `#[derive(Value)]`: a newtype over a plain C value (`ClockId(clockid_t)`), so that
//! a bare integer cannot be passed where the C API means one kind of value.
//!
//! Input:
//! ```text
//! #[derive(Value)]
//! #[value(constants(REALTIME = libc::CLOCK_REALTIME))]
//! #[repr(transparent)]
//! pub struct ClockId(libc::clockid_t);
//! ```
//! Output: `const fn as_raw(&self) -> libc::clockid_t`, `from_raw` (an `unsafe fn`
//! unless `#[value(any_value)]` declares every value harmless), `Debug`, and the
//! constants as associated `const`s.

use super::{both, crate_path, newtype};
use proc_macro2::TokenStream;
use quote::{ToTokens, quote};
use syn::{DeriveInput, Expr, Ident, Path};

struct Options {
    any_value: bool,
    constants: Vec<(Ident, Expr)>,
    krate: Path,
}

pub(super) fn expand(input: &DeriveInput) -> syn::Result<TokenStream> {
    let options = options(input);
    let field = newtype(input, "Value", "the C type", false).map(|newtype| newtype.field);
    let (options, field) = both(options, field)?;
    let name = &input.ident;
    let raw = &field.ty;
    let krate = &options.krate;
    let private = quote!(#krate::__private);
    let type_name = name.to_string();
    let raw_name = raw.to_token_stream().to_string().replace(' ', "");
    let from_raw = if options.any_value {
        let doc = format!(" Wraps a `{raw_name}`; every value is valid (`#[value(any_value)]`).");
        quote! {
            #[doc = #doc]
            #[inline]
            #[must_use]
            pub const fn from_raw(value: #raw) -> Self {
                #name(value)
            }
        }
    } else {
        let doc = format!(" Wraps a `{raw_name}`.");
        quote! {
            #[doc = #doc]
            ///
            /// # Safety
            ///
            /// `value` is one the C API accepts wherever this type is passed: the
            /// safe wrappers taking it rely on that.
            #[inline]
            #[must_use]
            pub const unsafe fn from_raw(value: #raw) -> Self {
                #name(value)
            }
        }
    };
    let constants = options.constants.iter().map(|(constant, value)| {
        let doc = format!(
            " `{}`.",
            value.to_token_stream().to_string().replace(' ', "")
        );
        quote! {
            #[doc = #doc]
            pub const #constant: Self = #name(#value);
        }
    });
    let as_raw_doc = format!(" The `{raw_name}` C sees.");
    Ok(quote! {
        impl #name {
            #(#constants)*

            #from_raw

            #[doc = #as_raw_doc]
            #[inline]
            #[must_use]
            pub const fn as_raw(&self) -> #raw {
                self.0
            }
        }

        #[automatically_derived]
        impl #private::fmt::Debug for #name {
            fn fmt(&self, f: &mut #private::fmt::Formatter<'_>) -> #private::fmt::Result {
                f.debug_tuple(#type_name).field(&self.0).finish()
            }
        }
    })
}

fn options(input: &DeriveInput) -> syn::Result<Options> {
    let mut options = Options {
        any_value: false,
        constants: Vec::new(),
        krate: syn::parse_quote!(::ffi_runtime),
    };
    for attr in input
        .attrs
        .iter()
        .filter(|attr| attr.path().is_ident("value"))
    {
        attr.parse_nested_meta(|meta| {
            if meta.path.is_ident("any_value") {
                options.any_value = true;
            } else if meta.path.is_ident("constants") {
                meta.parse_nested_meta(|constant| {
                    let ident = constant.path.require_ident()?.clone();
                    let value: Expr = constant.value()?.parse()?;
                    options.constants.push((ident, value));
                    Ok(())
                })?;
            } else if meta.path.is_ident("crate") {
                options.krate = crate_path(&meta.value()?.parse()?)?;
            } else {
                return Err(meta.error(
                    "unknown key in #[value]\n= help: the keys are `any_value`, `constants(NAME = value, ...)`, `crate = \"path\"`",
                ));
            }
            Ok(())
        })?;
    }
    Ok(options)
}
