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
//! unless `#[value(any_value)]` declares every value harmless), `Debug`, the
//! constants as associated `const`s, `PointerFree` where the field type is (so a
//! safe wrapper passes the value to C), and with `any_value`, `AnyBitPattern` where
//! the field type is and the newtype is `Copy` (so C may write one).
//!
//! Without `any_value`, `from_raw` is the only way in, so nothing else may make a
//! value: the field must be private, and the type must not be `Default` (the
//! field's default may be a value C rejects) nor `AnyBitPattern` (C, or a zeroed
//! value, would make any value); compile-time checks refuse both.
//!
//! `any_value` is the user's claim that every value is harmless: the
//! `unsafe impl AnyBitPattern` resting on it is spanned at that word, so that
//! `#![forbid(unsafe_code)]` reports it (see `claimed_unsafe_impl`).

use super::{assert_not_implemented, both, claimed_unsafe_impl, crate_path, newtype};
use proc_macro2::{Span, TokenStream};
use quote::{ToTokens, quote};
use syn::{DeriveInput, Expr, Ident, Path, Visibility};

struct Options {
    /// The span of `any_value`, when given: the claim.
    any_value: Option<Span>,
    constants: Vec<(Ident, Expr)>,
    krate: Path,
}

pub(super) fn expand(input: &DeriveInput) -> syn::Result<TokenStream> {
    let options = options(input);
    let field = newtype(input, "Value", "the C type", false).map(|newtype| newtype.field);
    let (options, field) = both(options, field)?;
    if options.any_value.is_none() && !matches!(field.vis, Visibility::Inherited) {
        return Err(syn::Error::new_spanned(
            &field.vis,
            "#[derive(Value)] needs the field to be private, unless every value is harmless\n= help: remove the visibility: \
             code that can write the field makes any value without the unsafe `from_raw`; or add `#[value(any_value)]` \
             if C accepts every value",
        ));
    }
    let name = &input.ident;
    let raw = &field.ty;
    let krate = &options.krate;
    let private = quote!(#krate::__private);
    let type_name = name.to_string();
    let raw_name = raw.to_token_stream().to_string().replace(' ', "");
    let from_raw = if options.any_value.is_some() {
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
    let plain = plain_impls(input, raw, options.any_value, krate);
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

        #plain
    })
}

/// `PointerFree` (and with `any_value`, `AnyBitPattern`) where the field type has
/// it; without `any_value`, the checks that the type is neither `Default` nor
/// `AnyBitPattern`.
///
/// The `for<'__ffi>` in the where clauses keeps an impl whose bound fails from
/// being an error (rustc rejects a false bound without generics, not one under a
/// binder): a `Value` over a type that is not pointer-free simply is not
/// `PointerFree`.
fn plain_impls(
    input: &DeriveInput,
    raw: &syn::Type,
    any_value: Option<Span>,
    krate: &Path,
) -> TokenStream {
    let name = &input.ident;
    let private = quote!(#krate::__private);
    let pointer_free = quote! {
        // SAFETY: a repr(transparent) newtype (checked) is its field's bytes, and
        // the where clause requires the field's type to be pointer-free.
        #[automatically_derived]
        unsafe impl #private::PointerFree for #name
        where
            for<'__ffi> #raw: #private::PointerFree,
        {}
    };
    let Some(claim) = any_value else {
        let default = assert_not_implemented(
            &quote!(#name),
            &quote!(#private::Default),
            &format!(
                "#[derive(Value)] on a type that implements `Default`: the field's default is a value \
                 made without the unsafe `from_raw`\n= help: remove `Default` (and any `impl Default for {name}`); \
                 name the default with `#[value(constants(DEFAULT = ..))]`, or add `#[value(any_value)]` if C \
                 accepts every value"
            ),
            name.span(),
            krate,
        );
        let any_bit_pattern = assert_not_implemented(
            &quote!(#name),
            &quote!(#private::AnyBitPattern),
            &format!(
                "#[derive(Value)] on a type that implements `AnyBitPattern`: C (or a zeroed value) would \
                 make a value without the unsafe `from_raw`\n= help: remove `AnyBitPattern` (and any \
                 `impl AnyBitPattern for {name}`); add `#[value(any_value)]` if C accepts every value"
            ),
            name.span(),
            krate,
        );
        return quote! {
            #pointer_free
            #default
            #any_bit_pattern
        };
    };
    // SAFETY: a repr(transparent) newtype (checked) is valid for every bit pattern
    // its field is (the where clause), and `any_value` is the user's claim that
    // every such value is harmless wherever the type is passed; the `unsafe`
    // keyword is spanned at that claim.
    let any_bit_pattern = claimed_unsafe_impl(
        (claim, claim),
        &input.attrs,
        &quote! {
            impl #private::AnyBitPattern for #name
            where
                for<'__ffi> #name: #private::core::marker::Copy,
                for<'__ffi> #raw: #private::AnyBitPattern,
        },
        TokenStream::new(),
    );
    quote! {
        #pointer_free
        #any_bit_pattern
    }
}

fn options(input: &DeriveInput) -> syn::Result<Options> {
    let mut options = Options {
        any_value: None,
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
                options.any_value = Some(meta.path.require_ident()?.span());
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
