//! `#[derive(Owned)]` and `#[derive(Value)]`: newtypes over C handles and C values.
//! Both need `#[repr(transparent)]` and exactly one field; the shared checks live
//! here, each derive in its own module. `#[derive(PointerFree)]` and
//! `#[derive(AnyBitPattern)]` check a `#[repr(C)]` struct's fields (module `plain`).
//!
//! Two kinds of `unsafe impl` come out of these derives. A *checked* one
//! (`PointerFree` from its fields) is sound whatever the user wrote, and keeps the
//! macro's call-site spans, so rustc's `unsafe_code` lint ignores it like any other
//! external macro output. A *claimed* one (`Handle` rests on `drop = f` freeing the
//! pointer once; `AnyBitPattern` of a value newtype rests on `any_value`) is only as
//! sound as the user's words, so its `unsafe` keyword and braces carry the spans of
//! those words ([`claimed_unsafe_impl`]): `#![forbid(unsafe_code)]` reports it there.

// The same file as `foreign::syntax::depth`: the derives are also included on
// their own (by path) in tests, where `crate::foreign` does not exist.
#[allow(clippy::duplicate_mod)]
#[path = "../foreign/syntax/depth.rs"]
mod depth;
mod owned;
mod plain;
mod value;

use proc_macro2::{Delimiter, Group, Span, TokenStream};
use quote::{ToTokens, quote, quote_spanned};
use syn::{Attribute, DeriveInput, Field, Fields, LitStr, Path};

pub fn owned(input: TokenStream) -> TokenStream {
    run(input, owned::expand)
}

pub fn value(input: TokenStream) -> TokenStream {
    run(input, value::expand)
}

pub fn pointer_free(input: TokenStream) -> TokenStream {
    run(input, |input| {
        plain::expand(input, plain::Plain::PointerFree)
    })
}

pub fn any_bit_pattern(input: TokenStream) -> TokenStream {
    run(input, |input| {
        plain::expand(input, plain::Plain::AnyBitPattern)
    })
}

fn run(input: TokenStream, expand: fn(&DeriveInput) -> syn::Result<TokenStream>) -> TokenStream {
    // Refused before syn parses it: a proc macro runs on the compiler's stack.
    if let Some(span) = depth::too_deep(input.clone()) {
        return syn::Error::new(
            span,
            format!(
                "this item nests types or expressions more than {} deep\n= help: name the deep type with a type alias outside the item",
                depth::MAX_NESTING
            ),
        )
        .to_compile_error();
    }
    // The derive does not replace the type, so on error only the errors are emitted.
    match syn::parse2::<DeriveInput>(input).and_then(|input| expand(&input)) {
        Ok(tokens) => tokens,
        Err(error) => error.to_compile_error(),
    }
}

/// The checked shape of `struct Name(T, PhantomData<..>...);`.
struct Newtype<'a> {
    field: &'a Field,
    /// How many `PhantomData` fields follow (handles that borrow another).
    markers: usize,
}

/// The first field of `struct Name(T);`, after checking `#[repr(transparent)]`.
/// With `markers`, lifetime parameters and trailing `PhantomData` fields are
/// allowed (`struct Stmt<'db>(NonNull<raw::stmt>, PhantomData<&'db Db>);`).
fn newtype<'a>(
    input: &'a DeriveInput,
    derive: &str,
    shape: &str,
    markers: bool,
) -> syn::Result<Newtype<'a>> {
    let mut errors: Vec<syn::Error> = Vec::new();
    if !is_repr_transparent(&input.attrs) {
        errors.push(syn::Error::new_spanned(
            &input.ident,
            format!(
                "#[derive({derive})] needs `#[repr(transparent)]`\n= help: add `#[repr(transparent)]` above the struct: \
                 C sees the newtype exactly as {shape}"
            ),
        ));
    }
    let only_lifetimes = input
        .generics
        .params
        .iter()
        .all(|param| matches!(param, syn::GenericParam::Lifetime(_)));
    let generics_allowed = input.generics.params.is_empty() || (markers && only_lifetimes);
    if !generics_allowed {
        errors.push(syn::Error::new_spanned(
            &input.generics,
            format!("#[derive({derive})] does not support type or const parameters\n= help: one newtype per C type"),
        ));
    }
    let fields: Vec<&Field> = match &input.data {
        syn::Data::Struct(data) => match &data.fields {
            Fields::Unnamed(fields) => fields.unnamed.iter().collect(),
            _ => Vec::new(),
        },
        _ => Vec::new(),
    };
    let shape_ok = match fields.split_first() {
        Some((_, [])) => true,
        Some((_, rest)) => markers && rest.iter().all(|field| is_phantom_data(&field.ty)),
        None => false,
    };
    if !shape_ok {
        let extra = if markers {
            ", then only `PhantomData` fields"
        } else {
            ""
        };
        errors.push(syn::Error::new_spanned(
            input.to_token_stream(),
            format!("#[derive({derive})] needs a tuple struct with one field{extra}\n= help: write `struct Name({shape});`"),
        ));
    }
    if let Some(combined) = errors.into_iter().reduce(|mut all, error| {
        all.combine(error);
        all
    }) {
        return Err(combined);
    }
    match fields.split_first() {
        Some((field, rest)) => Ok(Newtype {
            field,
            markers: rest.len(),
        }),
        None => Err(syn::Error::new_spanned(
            &input.ident,
            "a tuple struct needs a field",
        )),
    }
}

fn is_phantom_data(ty: &syn::Type) -> bool {
    matches!(ty, syn::Type::Path(path) if path.path.segments.last().is_some_and(|segment| segment.ident == "PhantomData"))
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

/// An `unsafe impl` that rests on a claim of the user (`drop = f`, `any_value`):
/// `unsafe` carries the span of the claim's first token and the braces the span of
/// its last, so the item's span is the user's own tokens. rustc's `unsafe_code`
/// lint reports an item by its span and drops reports inside external macro
/// output; with these spans `#![forbid(unsafe_code)]` points at the claim.
/// Everything between keeps the call-site spans (no lint sees the methods).
/// `allow(unsafe_code)` on the type is repeated here, where it takes effect.
fn claimed_unsafe_impl(
    (first, last): (Span, Span),
    attrs: &[Attribute],
    head: &TokenStream,
    body: TokenStream,
) -> TokenStream {
    // The attributes too carry the claim's span, in case they count in the item's.
    let unsafe_token = quote_spanned!(first=> unsafe);
    let derived = quote_spanned!(first=> #[automatically_derived]);
    let mut body = Group::new(Delimiter::Brace, body);
    body.set_span(last);
    let allow = allows_unsafe_code(attrs).then(|| quote_spanned!(first=> #[allow(unsafe_code)]));
    quote! {
        #allow
        #derived
        #unsafe_token #head #body
    }
}

/// Whether `#[allow(unsafe_code)]` (alone or in a list) is on the type.
fn allows_unsafe_code(attrs: &[Attribute]) -> bool {
    attrs
        .iter()
        .filter(|attr| attr.path().is_ident("allow"))
        .any(|attr| {
            let mut found = false;
            let _ = attr.parse_nested_meta(|meta| {
                found |= meta.path.is_ident("unsafe_code");
                Ok(())
            });
            found
        })
}

/// A compile-time check, hidden in a `const _`, that `ty` does not implement
/// `bound`: the inherent `IMPLEMENTED` of `__FfiProbe<T>` exists only where `T: bound`
/// and then shadows the trait's `false` (inherent associated items win when their
/// impl applies). If it is `true`, const evaluation fails with `message`, spanned
/// at `span` (the type's name). Works for types with lifetimes when `ty` names
/// them `'static`.
fn assert_not_implemented(
    ty: &TokenStream,
    bound: &TokenStream,
    message: &str,
    span: Span,
    krate: &Path,
) -> TokenStream {
    let private = quote!(#krate::__private);
    let fail = quote_spanned!(span=> #private::core::panic!(#message));
    quote! {
        const _: () = {
            #[allow(dead_code)]
            struct __FfiProbe<T: ?Sized>(#private::PhantomData<T>);
            #[allow(dead_code)]
            trait __FfiNotImplemented {
                const IMPLEMENTED: bool = false;
            }
            impl<T: ?Sized> __FfiNotImplemented for __FfiProbe<T> {}
            #[allow(dead_code)]
            impl<T: ?Sized + #bound> __FfiProbe<T> {
                const IMPLEMENTED: bool = true;
            }
            if __FfiProbe::<#ty>::IMPLEMENTED {
                #fail
            }
        };
    }
}

/// Both results, or every error of the two.
fn both<A, B>(first: syn::Result<A>, second: syn::Result<B>) -> syn::Result<(A, B)> {
    match (first, second) {
        (Ok(first), Ok(second)) => Ok((first, second)),
        (Err(mut first), Err(second)) => {
            first.combine(second);
            Err(first)
        }
        (Err(error), _) | (_, Err(error)) => Err(error),
    }
}
