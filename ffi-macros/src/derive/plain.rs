//! `#[derive(PointerFree)]` and `#[derive(AnyBitPattern)]`: a user's `#[repr(C)]`
//! struct is pointer-free (resp. valid for every bit pattern) when each of its
//! fields is. Checked, not claimed: the derive implements the trait and proves,
//! at compile time, the trait for every field's type.
//!
//! Input:
//! ```text
//! #[derive(Clone, Copy, PointerFree, AnyBitPattern)]
//! #[repr(C)]
//! pub struct Point { x: i32, y: i32 }
//! ```
//! Output:
//! ```text
//! unsafe impl ::ffi_runtime::PointerFree for Point {}
//! const _: () = {
//!     const fn field_is_pointer_free<T: ?Sized + ::ffi_runtime::PointerFree>() {}
//!     field_is_pointer_free::<i32>();
//!     field_is_pointer_free::<i32>();
//! };
//! ```
//! Each check carries its field type's spans, so the trait's
//! `#[diagnostic::on_unimplemented]` message lands on the offending field.
//!
//! Refused: enums (a Rust enum hides invalid values; C's enums are integers),
//! unions, a struct without `#[repr(C)]`/`#[repr(transparent)]` (Rust may reorder
//! its fields), `packed` (a reference to a field may be misaligned, and safe
//! wrappers lend references), and generic parameters (a lifetime means a
//! reference field, which is a pointer; type parameters would need bounds the
//! derive cannot state soundly for every use).

use super::crate_path;
use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};
use syn::spanned::Spanned;
use syn::{Attribute, Data, DeriveInput, Path};

#[derive(Clone, Copy)]
pub(super) enum Plain {
    PointerFree,
    AnyBitPattern,
}

impl Plain {
    fn name(self) -> &'static str {
        match self {
            Plain::PointerFree => "PointerFree",
            Plain::AnyBitPattern => "AnyBitPattern",
        }
    }
}

pub(super) fn expand(input: &DeriveInput, which: Plain) -> syn::Result<TokenStream> {
    let derive = which.name();
    let mut errors: Vec<syn::Error> = Vec::new();
    let krate = match options(&input.attrs) {
        Ok(krate) => krate,
        Err(error) => {
            errors.push(error);
            syn::parse_quote!(::ffi_runtime)
        }
    };
    let fields = match &input.data {
        Data::Struct(data) => Some(&data.fields),
        Data::Enum(data) => {
            errors.push(syn::Error::new_spanned(
                data.enum_token,
                format!(
                    "#[derive({derive})] needs a struct, not an enum\n= help: a Rust enum has values C can break \
                     (any other integer is undefined behavior); declare the C enum's integer type, \
                     e.g. a `#[derive(Value)]` newtype with `#[value(constants(..))]`"
                ),
            ));
            None
        }
        Data::Union(data) => {
            errors.push(syn::Error::new_spanned(
                data.union_token,
                format!(
                    "#[derive({derive})] needs a struct, not a union\n= help: implement the trait yourself \
                     (`unsafe impl`) after checking every variant"
                ),
            ));
            None
        }
    };
    if let Some(error) = repr_error(input, derive) {
        errors.push(error);
    }
    if !input.generics.params.is_empty() {
        errors.push(syn::Error::new_spanned(
            &input.generics,
            format!(
                "#[derive({derive})] does not support generic parameters\n= help: a lifetime means a reference \
                 field, which is a pointer; write the struct for the C type's concrete field types"
            ),
        ));
    }
    if let Some(combined) = errors.into_iter().reduce(|mut all, error| {
        all.combine(error);
        all
    }) {
        return Err(combined);
    }
    let Some(fields) = fields else {
        return Err(syn::Error::new_spanned(&input.ident, "a struct has fields"));
    };
    let name = &input.ident;
    let private = quote!(#krate::__private);
    let (check, impl_item) = match which {
        Plain::PointerFree => (
            quote!(const fn field_is_pointer_free<T: ?Sized + #private::PointerFree>() {}),
            quote! {
                // SAFETY: checked, not claimed: the struct is repr(C) or
                // repr(transparent) (checked), so a value is its fields' bytes and
                // padding, and every field's type is pointer-free (the const below
                // fails to compile otherwise).
                #[automatically_derived]
                unsafe impl #private::PointerFree for #name {}
            },
        ),
        Plain::AnyBitPattern => (
            quote!(const fn field_is_any_bit_pattern<T: #private::AnyBitPattern>() {}),
            quote! {
                // SAFETY: checked, not claimed: the struct is repr(C) or
                // repr(transparent) and not packed (checked), so its bytes are its
                // fields' bytes and padding (which is never read as a value), and
                // every field's type is valid for every bit pattern (the const
                // below fails to compile otherwise). `Copy` is the user's derive.
                #[automatically_derived]
                unsafe impl #private::AnyBitPattern for #name {}
            },
        ),
    };
    let check_name = match which {
        Plain::PointerFree => quote!(field_is_pointer_free),
        Plain::AnyBitPattern => quote!(field_is_any_bit_pattern),
    };
    let checks: Vec<TokenStream> = fields
        .iter()
        .map(|field| {
            let ty = &field.ty;
            quote_spanned!(ty.span()=> #check_name::<#ty>();)
        })
        .collect();
    let checks = (!checks.is_empty()).then(|| {
        quote! {
            const _: () = {
                #check
                #(#checks)*
            };
        }
    });
    Ok(quote! {
        #impl_item
        #checks
    })
}

/// The error for a missing `#[repr(C)]`/`#[repr(transparent)]` or a `packed`.
fn repr_error(input: &DeriveInput, derive: &str) -> Option<syn::Error> {
    let mut layout = false;
    let mut packed = None;
    for attr in input
        .attrs
        .iter()
        .filter(|attr| attr.path().is_ident("repr"))
    {
        let _ = attr.parse_nested_meta(|meta| {
            if meta.path.is_ident("C") || meta.path.is_ident("transparent") {
                layout = true;
            } else if meta.path.is_ident("packed") {
                packed = Some(meta.path.span());
            }
            if meta.input.peek(syn::token::Paren) {
                // `packed(2)`, `align(8)`: skip the argument.
                let content;
                syn::parenthesized!(content in meta.input);
                content.parse::<TokenStream>()?;
            }
            Ok(())
        });
    }
    if let Some(span) = packed {
        return Some(syn::Error::new(
            span,
            format!(
                "#[derive({derive})] refuses `packed`\n= help: a reference to a field of a packed struct may be \
                 misaligned, and safe wrappers lend references; remove `packed` (add explicit padding fields \
                 if C's layout needs them)"
            ),
        ));
    }
    (!layout).then(|| {
        syn::Error::new_spanned(
            &input.ident,
            format!(
                "#[derive({derive})] needs `#[repr(C)]` or `#[repr(transparent)]`\n= help: add `#[repr(C)]` above \
                 the type: without it Rust may reorder the fields, and C would see another layout"
            ),
        )
    })
}

/// `#[plain(crate = "path")]`, the only key.
fn options(attrs: &[Attribute]) -> syn::Result<Path> {
    let mut krate = syn::parse_quote!(::ffi_runtime);
    for attr in attrs.iter().filter(|attr| attr.path().is_ident("plain")) {
        attr.parse_nested_meta(|meta| {
            if meta.path.is_ident("crate") {
                krate = crate_path(&meta.value()?.parse()?)?;
                Ok(())
            } else {
                Err(meta
                    .error("unknown key in #[plain]\n= help: the only key is `crate = \"path\"`"))
            }
        })?;
    }
    Ok(krate)
}
