//! `#[derive(Owned)]`: an owning handle over a C object.
//!
//! Input:
//! ```text
//! #[derive(Owned)]
//! #[owned(drop = raw::tls_free)]
//! #[repr(transparent)]
//! pub struct Tls(NonNull<raw::tls>);
//! ```
//! Output: inherent `unsafe fn from_raw(*mut raw::tls) -> Option<Tls>`, `as_ptr`,
//! `into_raw`, (`try_clone` and `Clone` with `dup = f`, `close` with `fallible`),
//! `Drop` calling `raw::tls_free` once, `Debug`, and `unsafe impl Handle`. No `Send`
//! or `Sync`: the pointer field keeps the type `!Send + !Sync` unless the user
//! writes the `unsafe impl` the C library allows.
//!
//! Nothing but `from_raw` (unsafe) may make a value, and no value but the one
//! `from_raw` made may free the pointer, so: the field must be private (another
//! module could write `Tls(NonNull::dangling())` otherwise), and without `dup` the
//! type must not be `Clone` (a derived `Clone` copies the pointer, and both copies
//! free it): a compile-time check refuses it. With the `exclusive` claim (C never
//! lends the object out elsewhere; no `dup`) the type is also `ExclusiveHandle`.
//!
//! `drop = f` is the user's claim that `f` frees the pointer, once: the
//! `unsafe impl Handle` resting on it is spanned at those words, so that
//! `#![forbid(unsafe_code)]` reports it (see `claimed_unsafe_impl`).

use super::{Newtype, assert_not_implemented, both, claimed_unsafe_impl, crate_path, newtype};
use proc_macro2::{Span, TokenStream};
use quote::{ToTokens, quote};
use syn::spanned::Spanned;
use syn::{DeriveInput, GenericArgument, Ident, Path, PathArguments, Type, Visibility};

/// The type's name and generics, as every impl needs them.
struct Shape<'a> {
    name: &'a Ident,
    header: &'a TokenStream,
    this: &'a TokenStream,
    where_clause: Option<&'a syn::WhereClause>,
    markers: &'a TokenStream,
}

struct Options {
    drop: Option<Path>,
    /// The spans of `drop` and of the destructor path's last token: the claim.
    drop_claim: (Span, Span),
    dup: Option<Path>,
    /// `exclusive`: the claim that C never lends the object out elsewhere.
    exclusive: Option<Span>,
    fallible: bool,
    krate: Path,
}

pub(super) fn expand(input: &DeriveInput) -> syn::Result<TokenStream> {
    let options = options(input);
    let field = newtype(input, "Owned", "`NonNull<raw_type>`", true);
    let (options, field) = both(options, field)?;
    let Newtype { field, markers } = field;
    let raw = pointee(field)?;
    if let (Some(span), Some(_)) = (options.exclusive, &options.dup) {
        return Err(syn::Error::new(
            span,
            "`exclusive` and `dup` conflict: clones made by `dup` may share the C object\n= help: keep `exclusive` only for a handle no other value (nor `dup`) reaches",
        ));
    }
    let Some(destructor) = &options.drop else {
        return Err(syn::Error::new_spanned(
            &input.ident,
            "#[derive(Owned)] needs the C function that frees the handle\n= help: add `#[owned(drop = raw::name_free)]`",
        ));
    };
    let name = &input.ident;
    let (impl_generics, ty_generics, where_clause) = input.generics.split_for_impl();
    let this = quote!(#name #ty_generics);
    let header = quote!(#impl_generics);
    let krate = &options.krate;
    let markers = (0..markers).map(|_| quote!(, #krate::__private::PhantomData));
    let markers = quote!(#(#markers)*);
    let private = quote!(#krate::__private);
    let type_name = name.to_string();
    let destructor_name = path_name(destructor);
    let drop_doc = format!(" Frees the handle with `{destructor_name}`, exactly once.");

    let shape = Shape {
        name,
        header: &header,
        this: &this,
        where_clause,
        markers: &markers,
    };
    let handle_impl = handle_impl(&shape, raw, krate, options.drop_claim, &input.attrs);
    let holds_borrow = holds_borrow(input, krate);
    let clone = match &options.dup {
        Some(dup) => clone_impl(&shape, dup, krate),
        None => not_clone(input, &shape, krate, options.exclusive.is_some()),
    };
    let fallible_close = options
        .fallible
        .then(|| close_impl(&shape, destructor, krate));
    let from_raw_doc = format!(
        " Takes ownership of `pointer`: the new `{type_name}` frees it with `{destructor_name}`. `None` when it is NULL."
    );
    let from_raw_safety = if options.exclusive.is_none() {
        " `pointer` is NULL or a live handle that nothing else frees."
    } else {
        " `pointer` is NULL or a live handle that nothing else frees, nor uses while the \
         new value owns it: the type is an `ExclusiveHandle`, so `&mut self` must exclude \
         every other call on the C object."
    };
    Ok(quote! {
        #[allow(single_use_lifetimes)]
        impl #header #this #where_clause {
            #[doc = #from_raw_doc]
            ///
            /// # Safety
            ///
            #[doc = #from_raw_safety]
            #[inline]
            #[must_use]
            pub unsafe fn from_raw(pointer: *mut #raw) -> #private::Option<Self> {
                match #private::NonNull::new(pointer) {
                    #private::Some(pointer) => #private::Some(Self(pointer #markers)),
                    #private::None => #private::None,
                }
            }

            /// The handle's pointer, still owned by `self`: valid while `self` lives.
            #[inline]
            #[must_use]
            pub fn as_ptr(&self) -> *mut #raw {
                self.0.as_ptr()
            }

            /// Gives up ownership: the caller is now responsible for freeing it.
            #[inline]
            #[must_use]
            pub fn into_raw(self) -> *mut #raw {
                let this = #private::ManuallyDrop::new(self);
                this.0.as_ptr()
            }
        }

        #[automatically_derived]
        impl #header #private::Drop for #this #where_clause {
            #[doc = #drop_doc]
            fn drop(&mut self) {
                // SAFETY: `self` owns a live handle (from_raw's contract, NonNull
                // field), and `drop` runs once; `into_raw` skips it.
                let _ = unsafe { #destructor(self.0.as_ptr()) };
            }
        }

        #[automatically_derived]
        impl #header #private::fmt::Debug for #this #where_clause {
            fn fmt(&self, f: &mut #private::fmt::Formatter<'_>) -> #private::fmt::Result {
                f.debug_tuple(#type_name).field(&self.0).finish()
            }
        }

        #handle_impl
        #holds_borrow

        #clone
        #fallible_close
    })
}

/// `Name<'a>` with `'a` its only generic parameter: `HoldsBorrow<'a>`, which
/// `#[slice(len, held_by = h)]` asks of the handle that keeps a slice.
fn holds_borrow(input: &DeriveInput, krate: &Path) -> Option<TokenStream> {
    let mut params = input.generics.params.iter();
    let (Some(syn::GenericParam::Lifetime(only)), None) = (params.next(), params.next()) else {
        return None;
    };
    let (name, lifetime) = (&input.ident, &only.lifetime);
    // SAFETY: `Name<'a>` is an ADT whose lifetime argument is `'a`, and a type
    // outlives a region only if its arguments do: no value of it outlives `'a`.
    Some(quote! {
        #[automatically_derived]
        unsafe impl<#lifetime> #krate::__private::HoldsBorrow<#lifetime> for #name<#lifetime> {}
    })
}

/// The C type of the handle's field, which must be private and `NonNull<T>`.
fn pointee(field: &syn::Field) -> syn::Result<&Type> {
    if !matches!(field.vis, Visibility::Inherited) {
        return Err(syn::Error::new_spanned(
            &field.vis,
            "#[derive(Owned)] needs the handle's field to be private\n= help: remove the visibility: code that can write the field \
             can make a handle of any pointer, which `Drop` then frees; `from_raw` (unsafe) is the way in",
        ));
    }
    non_null_target(&field.ty).ok_or_else(|| {
        syn::Error::new_spanned(
            &field.ty,
            "#[derive(Owned)] needs the field to be `NonNull<T>`, T being the C type\n= help: write `struct Name(NonNull<raw::c_type>);`; \
             NonNull makes a NULL handle impossible",
        )
    })
}

/// `unsafe impl Handle`, forwarding to the inherent methods; spanned at the
/// user's `drop = f`, the claim it rests on.
fn handle_impl(
    shape: &Shape<'_>,
    raw: &Type,
    krate: &Path,
    claim: (Span, Span),
    attrs: &[syn::Attribute],
) -> TokenStream {
    let Shape {
        header,
        this,
        where_clause,
        ..
    } = shape;
    let private = quote!(#krate::__private);
    // SAFETY: the methods below own, lend and release the pointer as `Handle`
    // requires (the field is private and the type not `Clone` but through `dup`,
    // both checked), the type is a repr(transparent) NonNull (checked), and `Drop`
    // frees the pointer once with the function `drop = f` names: the user's claim,
    // which the `unsafe` keyword is spanned at.
    claimed_unsafe_impl(
        claim,
        attrs,
        &quote!(impl #header #krate::Handle for #this #where_clause),
        quote! {
            type Raw = #raw;

            #[inline]
            unsafe fn from_raw(pointer: *mut #raw) -> #private::Option<Self> {
                // SAFETY: forwarded contract.
                unsafe { Self::from_raw(pointer) }
            }

            #[inline]
            fn as_ptr(&self) -> *mut #raw {
                Self::as_ptr(self)
            }

            #[inline]
            fn into_raw(self) -> *mut #raw {
                Self::into_raw(self)
            }
        },
    )
}

/// Without `dup`: a compile-time check that the type is not `Clone`; with the
/// `exclusive` claim, `ExclusiveHandle`.
fn not_clone(input: &DeriveInput, shape: &Shape<'_>, krate: &Path, exclusive: bool) -> TokenStream {
    let Shape {
        name,
        header,
        this,
        where_clause,
        ..
    } = shape;
    // `Stmt<'db>` is checked as `Stmt<'static>`: a derived `Clone` is for every
    // lifetime.
    let lifetimes = input.generics.lifetimes().map(|_| quote!('static));
    let checked = if input.generics.params.is_empty() {
        quote!(#name)
    } else {
        quote!(#name<#(#lifetimes),*>)
    };
    let message = format!(
        "#[derive(Owned)] on a type that implements `Clone`: a clone copies the pointer, and each copy \
         frees it (double free)\n= help: remove `Clone` from `#[derive(..)]` (and any `impl Clone for {name}`); \
         to duplicate the C object, add `#[owned(dup = raw::name_dup)]`, which implements `Clone` through it"
    );
    let not_clone = assert_not_implemented(
        &checked,
        &quote!(#krate::__private::Clone),
        &message,
        name.span(),
        krate,
    );
    // SAFETY: `exclusive` is the user's claim that C never lends the object out
    // through another function (no `Borrowed` of it exists, and the `#[foreign]`
    // lending forms refuse exclusive handles); each value is then the only way
    // to it: the field is private (checked), so only `from_raw` makes a value,
    // and its contract excludes any other owner or user of the pointer; the type
    // is not `Clone` (checked above) and has no `dup`.
    let exclusive = exclusive.then(|| {
        quote! {
            #[automatically_derived]
            unsafe impl #header #krate::ExclusiveHandle for #this #where_clause {}
        }
    });
    quote! {
        #not_clone
        #exclusive
    }
}

/// `dup = f`: `try_clone`, and `Clone` for the common case where it cannot fail.
fn clone_impl(shape: &Shape<'_>, dup: &Path, krate: &Path) -> TokenStream {
    let Shape {
        name,
        header,
        this,
        where_clause,
        markers,
    } = shape;
    let private = quote!(#krate::__private);
    let type_name = name.to_string();
    let dup_name = path_name(dup);
    let try_clone_doc = format!(" A new handle from `{dup_name}`.");
    let panic_message = format!("{dup_name} returned NULL while cloning a {type_name}");
    quote! {
        #[allow(single_use_lifetimes)]
        impl #header #this #where_clause {
            #[doc = #try_clone_doc]
            ///
            /// # Errors
            ///
            /// When the C function returns NULL.
            #[inline]
            pub fn try_clone(&self) -> #private::Result<Self, #krate::Error> {
                // SAFETY: `dup = ..` is the user's promise that this function takes
                // a live handle and returns a new owned one (or NULL); `self`
                // keeps the handle alive for the call.
                let __pointer = unsafe { #dup(self.0.as_ptr()) };
                match #private::NonNull::new(__pointer) {
                    #private::Some(__pointer) => #private::Ok(Self(__pointer #markers)),
                    #private::None => #private::Err(#private::null_error(&#private::Site { function: #dup_name })),
                }
            }
        }

        #[automatically_derived]
        impl #header #private::Clone for #this #where_clause {
            /// # Panics
            ///
            /// When the C function returns NULL (it is out of memory), as
            /// `Vec::clone` does; `try_clone` returns the error instead.
            fn clone(&self) -> Self {
                match self.try_clone() {
                    #private::Ok(clone) => clone,
                    #private::Err(_) => #private::core::panic!(#panic_message),
                }
            }
        }
    }
}

/// `fallible`: the destructor returns a status; `close` reports it.
fn close_impl(shape: &Shape<'_>, destructor: &Path, krate: &Path) -> TokenStream {
    let Shape {
        header,
        this,
        where_clause,
        ..
    } = shape;
    let private = quote!(#krate::__private);
    let destructor_name = path_name(destructor);
    let close_doc = format!(
        " Frees the handle with `{destructor_name}` and reports its status, which `Drop` ignores."
    );
    quote! {
        #[allow(single_use_lifetimes)]
        impl #header #this #where_clause {
            #[doc = #close_doc]
            ///
            /// # Errors
            ///
            /// When the C function returns nonzero; the handle is freed
            /// either way, so it is consumed.
            #[inline]
            pub fn close(self) -> #private::Result<(), #krate::Error> {
                let __pointer = self.into_raw();
                // SAFETY: `into_raw` gave up ownership of a live handle, which is
                // freed here once (`drop = ..` names the C destructor).
                let __status = unsafe { #destructor(__pointer) };
                if #private::IntReturn::is_nonzero(__status) {
                    return #private::Err(#private::code_error(
                        &#private::Site { function: #destructor_name },
                        #private::IntReturn::to_code(__status),
                    ));
                }
                #private::Ok(())
            }
        }
    }
}

fn options(input: &DeriveInput) -> syn::Result<Options> {
    let mut options = Options {
        drop: None,
        drop_claim: (Span::call_site(), Span::call_site()),
        dup: None,
        exclusive: None,
        fallible: false,
        krate: syn::parse_quote!(::ffi_runtime),
    };
    for attr in input
        .attrs
        .iter()
        .filter(|attr| attr.path().is_ident("owned"))
    {
        attr.parse_nested_meta(|meta| {
            if meta.path.is_ident("drop") {
                let destructor: Path = meta.value()?.parse()?;
                let last = destructor
                    .segments
                    .last()
                    .map_or_else(|| destructor.span(), |segment| segment.ident.span());
                options.drop_claim = (meta.path.span(), last);
                options.drop = Some(destructor);
            } else if meta.path.is_ident("dup") {
                options.dup = Some(meta.value()?.parse()?);
            } else if meta.path.is_ident("fallible") {
                options.fallible = true;
            } else if meta.path.is_ident("exclusive") {
                options.exclusive = Some(meta.path.span());
            } else if meta.path.is_ident("crate") {
                options.krate = crate_path(&meta.value()?.parse()?)?;
            } else {
                return Err(meta.error(
                    "unknown key in #[owned]\n= help: the keys are `drop = path`, `dup = path`, `exclusive`, `fallible`, `crate = \"path\"`",
                ));
            }
            Ok(())
        })?;
    }
    Ok(options)
}

/// `T` of a field typed `NonNull<T>` (any path ending in `NonNull`).
fn non_null_target(ty: &Type) -> Option<&Type> {
    let Type::Path(path) = ty else { return None };
    let last = path.path.segments.last()?;
    if last.ident != "NonNull" {
        return None;
    }
    let PathArguments::AngleBracketed(args) = &last.arguments else {
        return None;
    };
    match args.args.first() {
        Some(GenericArgument::Type(target)) if args.args.len() == 1 => Some(target),
        _ => None,
    }
}

/// The C function's name, for messages: the last segment of its path.
fn path_name(path: &Path) -> String {
    path.segments.last().map_or_else(
        || path.to_token_stream().to_string(),
        |segment| segment.ident.to_string(),
    )
}
