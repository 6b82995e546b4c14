//! `#[derive(Owned)]` and `#[derive(Value)]`: newtypes over C handles and C values.
//! Both need `#[repr(transparent)]` and exactly one field; the shared checks live
//! here, each derive in its own module.

mod owned;
mod value;

use proc_macro2::TokenStream;
use quote::ToTokens;
use syn::{Attribute, DeriveInput, Field, Fields, LitStr, Path};

pub fn owned(input: TokenStream) -> TokenStream {
    run(input, owned::expand)
}

pub fn value(input: TokenStream) -> TokenStream {
    run(input, value::expand)
}

fn run(input: TokenStream, expand: fn(&DeriveInput) -> syn::Result<TokenStream>) -> TokenStream {
    // The derive does not replace the type, so on error only the errors are emitted.
    match syn::parse2::<DeriveInput>(input).and_then(|input| expand(&input)) {
        Ok(tokens) => tokens,
        Err(error) => error.to_compile_error(),
    }
}

/// The one field of `struct Name(T);`, after checking `#[repr(transparent)]`.
fn single_field<'a>(input: &'a DeriveInput, derive: &str, shape: &str) -> syn::Result<&'a Field> {
    let mut errors = Vec::new();
    if !is_repr_transparent(&input.attrs) {
        errors.push(syn::Error::new_spanned(
            &input.ident,
            format!(
                "#[derive({derive})] needs `#[repr(transparent)]`\n= help: add `#[repr(transparent)]` above the struct: \
                 C sees the newtype exactly as {shape}"
            ),
        ));
    }
    if !input.generics.params.is_empty() {
        errors.push(syn::Error::new_spanned(
            &input.generics,
            format!(
                "#[derive({derive})] does not support generic types\n= help: one newtype per C type"
            ),
        ));
    }
    let field = match &input.data {
        syn::Data::Struct(data) => match &data.fields {
            Fields::Unnamed(fields) if fields.unnamed.len() == 1 => fields.unnamed.first(),
            _ => None,
        },
        _ => None,
    };
    if field.is_none() {
        errors.push(syn::Error::new_spanned(
            input.to_token_stream(),
            format!("#[derive({derive})] needs a tuple struct with one field\n= help: write `struct Name({shape});`"),
        ));
    }
    match (
        errors.into_iter().reduce(|mut all, error| {
            all.combine(error);
            all
        }),
        field,
    ) {
        (Some(errors), _) => Err(errors),
        (None, Some(field)) => Ok(field),
        (None, None) => Err(syn::Error::new_spanned(
            &input.ident,
            "unreachable: no field",
        )),
    }
}

fn is_repr_transparent(attrs: &[Attribute]) -> bool {
    attrs
        .iter()
        .filter(|attr| attr.path().is_ident("repr"))
        .any(|attr| {
            let mut transparent = false;
            let _ = attr.parse_nested_meta(|meta| {
                transparent |= meta.path.is_ident("transparent");
                Ok(())
            });
            transparent
        })
}

/// `crate = "path"` of a derive attribute.
fn crate_path(lit: &LitStr) -> syn::Result<Path> {
    lit.parse().map_err(|_| {
        syn::Error::new_spanned(
            lit,
            "`crate` must be a path to the ffi-runtime crate\n= help: write e.g. `crate = \"::my_reexport::ffi\"`",
        )
    })
}
