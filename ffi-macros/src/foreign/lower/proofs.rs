//! What the types of a wrapper must prove, checked by the compiler rather than
//! read from their spelling (an alias, a macro or a struct field can hide a
//! pointer; a Rust enum or `bool` has invalid values): every type the wrapper
//! hands to C by value, by reference or in a slice is `PointerFree`, and every
//! type C writes for Rust to read is `AnyBitPattern`. The proofs are calls of
//! empty `const fn`s in an inline `const` block: nothing is left at run time.
//!
//! Input: `fn getrlimit(resource: c_int, #[out] rlim: *mut libc::rlimit) -> c_int;`
//! Output (first thing in the wrapper's body):
//! ```text
//! const {
//!     __ffi::passed_to_c::<c_int>();
//!     __ffi::written_by_c::<libc::rlimit>();
//! }
//! ```
//! A type that fails gets the trait's `on_unimplemented` message, at the type
//! in the user's declaration.

use super::syntax::args::ReturnedString;
use super::syntax::ast::{Function, Role, Slot};
use super::syntax::callback::{CallbackParam, ViewKind, fn_type, user_data_position};
use super::syntax::types;
use super::{Lowering, buffers, moved};
use proc_macro2::{Ident, Span, TokenStream};
use quote::ToTokens;
use syn::{GenericArgument, PathArguments, Type};

/// What C does with a value of the type.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Use {
    /// Reads it (by value, `&T`, `&[T]`): no pointer C could follow.
    Read,
    /// Writes it for Rust to read: valid for every bit pattern.
    Written,
    /// Both (`&mut T`, `&mut [T]`).
    ReadAndWritten,
    /// Handed to Rust by C as a value (a callback's argument): `ReturnedByC`.
    FromC,
    /// A function C hands to Rust: `CallableFromRust`.
    Callable,
    /// The element of what the wrapper hands C as bytes (a C string, a string
    /// buffer, a `void *` slice): one byte, so the lengths count right.
    Byte,
}

pub(crate) fn proofs(lowering: &Lowering<'_>) -> TokenStream {
    let function = lowering.function;
    let unsafe_wrapper = function.is_unsafe_wrapper();
    let (mut proofs, same_types) = parameter_proofs(function);
    // What C returns reaches the caller (unless it is a pointer the convention
    // or the keys turn into something else, or the wrapper is `unsafe`).
    let returned_value = types::returned(&function.sig.output).filter(|ty| {
        !unsafe_wrapper
            && types::as_pointer(ty).is_none()
            && !matches!(types::peel(ty), Type::Never(_))
    });
    let returned_array = function
        .args
        .returned_slice
        .as_ref()
        .and_then(|_| types::returned(&function.sig.output))
        .and_then(types::as_pointer);
    if let Some(pointer) = returned_array {
        proofs.push((Use::Written, &*pointer.elem));
    }
    // `string = ..` reads the returned pointer as a C string of bytes.
    if let Some(pointer) = function
        .args
        .string
        .as_ref()
        .and_then(|_| types::returned(&function.sig.output))
        .and_then(types::as_pointer)
    {
        proofs.push((Use::Byte, &*pointer.elem));
    }
    // `string = borrow(h)` lends a string until the next call on `h`: only a
    // handle no clone shares (`ExclusiveHandle`) makes `&mut h` exclude that call.
    let exclusive = match &function.args.string {
        Some((ReturnedString::Borrow(source), _)) => function
            .param(source)
            .and_then(|param| param.handle())
            .map(|handle| &handle.handle),
        _ => None,
    };
    if proofs.is_empty() && exclusive.is_none() && returned_value.is_none() {
        return TokenStream::new();
    }
    let private = &lowering.private;
    let no_arguments = lowering.no_arguments();
    let mut returned_last = None;
    let exclusive = exclusive.map(|handle| moved(mixed!(#private::exclusive_handle::<#handle>();)));
    // Last: in the calls' template when nothing comes between.
    let returned_value = match returned_value {
        Some(ty) if same_types.is_empty() && exclusive.is_none() => {
            returned_last = Some(ty);
            None
        }
        returned_value => returned_value.map(|ty| moved(mixed!(#private::returned_by_c::<#ty>();))),
    };
    let same_types = same_types.into_iter().map(|(declared, usage, lent)| {
        let reference = match usage {
            Use::ReadAndWritten => mixed!(&mut #lent),
            _ => mixed!(&#lent),
        };
        mixed!(#private::same_type::<#declared>(#private::PhantomData::<#private::Option<#reference>>);)
    });
    // One proof per (use, type): `c_int` twice says nothing more.
    // Compared by the types' text, formatted only when two proofs have the
    // same use (most wrappers have one proof of each use, or none).
    if proofs.len() > 1 {
        let mut kept: Vec<(Use, &Type, Option<String>)> = Vec::new();
        for (usage, ty) in proofs.drain(..) {
            let mut text = None;
            let duplicate = kept.iter_mut().any(|(kept_usage, kept_type, kept_text)| {
                *kept_usage == usage
                    && match (one_name(kept_type), one_name(ty)) {
                        (Some(kept_name), Some(name)) => kept_name == name,
                        _ => {
                            kept_text.get_or_insert_with(|| kept_type.to_token_stream().to_string())
                                == text.get_or_insert_with(|| ty.to_token_stream().to_string())
                        }
                    }
            });
            if !duplicate {
                kept.push((usage, ty, text));
            }
        }
        proofs.extend(kept.into_iter().map(|(usage, ty, _)| (usage, ty)));
    }
    // One template for the calls (a template per call was a stream each, moved
    // into the block's).
    proofs.extend(returned_last.map(|ty| (Use::FromC, ty)));
    let (functions, types): (Vec<Ident>, Vec<&Type>) = proofs
        .into_iter()
        .map(|(usage, ty)| {
            let function = match usage {
                Use::Read => "passed_to_c",
                Use::Written => "written_by_c",
                Use::ReadAndWritten => "shared_with_c",
                Use::FromC => "returned_by_c",
                Use::Callable => "callable_from_rust",
                Use::Byte => "byte",
            };
            (Ident::new(function, Span::mixed_site()), ty)
        })
        .unzip();
    mixed! {
        const {
            #(#private::#functions::<#types>#no_arguments;)*
            #(#same_types)*
            #exclusive
            #returned_value
        }
    }
}

/// The type's name when it is one identifier (`c_int`): two such types are
/// the same text exactly when their identifiers are the same.
fn one_name(ty: &Type) -> Option<&Ident> {
    match ty {
        Type::Path(path) if path.qself.is_none() && path.path.leading_colon.is_none() => {
            match path.path.segments.first() {
                Some(segment) if path.path.segments.len() == 1 && segment.arguments.is_none() => {
                    Some(&segment.ident)
                }
                _ => None,
            }
        }
        _ => None,
    }
}

/// What each parameter's type must prove, and the declared `Option<&T>` types
/// to be asserted core's.
type SameType<'a> = (&'a Type, Use, &'a Type);

fn parameter_proofs(function: &Function) -> (Vec<(Use, &Type)>, Vec<SameType<'_>>) {
    let unsafe_wrapper = function.is_unsafe_wrapper();
    let mut proofs = Vec::new();
    let mut same_types = Vec::new();
    for param in &function.params {
        let ty = &param.ty;
        match (&param.role, param.slot) {
            // Lengths are integers (the sealed `Length` trait), user data and
            // destroy hooks are the wrapper's own values.
            (_, Some(slot)) if !matches!(slot, Slot::SliceLength(_)) => {}
            (Role::Callback(_), _) => {
                if let Some((bare, _)) = fn_type(ty) {
                    let data = user_data_position(bare);
                    arguments_from_c(bare, data, &mut proofs, &mut same_types);
                    if let Role::Callback(callback) = &param.role {
                        byte_views(bare, callback, &mut proofs);
                    }
                }
            }
            (Role::Plain, _) if !unsafe_wrapper && fn_type(ty).is_some() => {
                if let Some((bare, _)) = fn_type(ty) {
                    arguments_from_c(bare, None, &mut proofs, &mut same_types);
                }
                // `Option<..>` is read by its name: an alias of that name may be
                // another type, so the declared type is proved as a whole.
                if is_option(ty) {
                    proofs.push((Use::Read, ty));
                }
            }
            (Role::Plain, _) if !unsafe_wrapper => {
                if let Some((usage, lent)) = passed_value(ty) {
                    if is_option(ty) && !std::ptr::eq(lent, types::peel(ty)) {
                        same_types.push((ty, usage, lent));
                    }
                    proofs.push((usage, lent));
                }
            }
            (Role::Out(_), _) => {
                if let Some(pointer) = types::as_pointer(ty) {
                    proofs.push((Use::Written, &*pointer.elem));
                }
            }
            (Role::Buffer(_), _) => {
                if let Some(element) = buffers::typed_elements(function, param) {
                    proofs.push((Use::Written, element));
                } else if let Some(pointer) = types::as_pointer(ty) {
                    proofs.push((Use::Byte, &*pointer.elem));
                }
            }
            (Role::String(_), _) => {
                if let Some(pointer) = types::as_pointer(ty) {
                    proofs.push((Use::Byte, &*pointer.elem));
                }
            }
            (Role::Slice { .. }, _) => {
                if let Some(pointer) = types::as_pointer(ty) {
                    let usage = if types::is_c_void(&pointer.elem) {
                        // `void *` slices are bytes (`&[u8]`).
                        Use::Byte
                    } else if types::is_mut(pointer) {
                        Use::ReadAndWritten
                    } else {
                        Use::Read
                    };
                    proofs.push((usage, &*pointer.elem));
                }
            }
            (Role::OutSlice { .. }, _) => {
                let element =
                    types::as_pointer(ty).and_then(|outer| types::as_pointer(&outer.elem));
                if let Some(element) = element {
                    proofs.push((Use::Written, &*element.elem));
                }
            }
            _ => {}
        }
    }
    (proofs, same_types)
}

/// A handle lent out (`borrowed = &H`, `#[out(&'a H)]`) must not be one whose
/// owner's `&mut` claims to exclude every other way to the object: a constant
/// item next to the wrapper (evaluated even if the wrapper is never called),
/// with the handle's lifetimes taken as `'static`.
pub(crate) fn lending_checks(lowering: &Lowering<'_>) -> TokenStream {
    let private = &lowering.private;
    let krate = lowering.krate;
    let cfgs = &lowering.function.cfgs;
    lent_handles(lowering.function)
        .into_iter()
        .map(|handle| {
            let message = format!(
                "`{}` is an exclusive handle (`#[owned(exclusive)]`): C lending it out here contradicts that claim; drop `exclusive` from the handle",
                handle.to_token_stream()
            );
            let handle = static_lifetimes(handle.to_token_stream());
            mixed! {
                #(#cfgs)*
                const _: () = {
                    use #krate::__private::{self as #private, NotExclusive as _};
                    if #private::Lending::<#handle>::EXCLUSIVE {
                        #private::core::panic!(#message);
                    }
                };
            }
        })
        .collect()
}

/// `#[slice(len, held_by = h)]` borrows the slice for the lifetime `'a` that
/// `h`'s handle type `H` names: the wrapper's `where H: HoldsBorrow<'a>` asks
/// the compiler that `H` is a handle type whose one lifetime parameter is `'a`
/// (implemented by `#[derive(Owned)]`), so that no value of it outlives the
/// slice, whatever alias spells it.
pub(crate) fn held_bounds(lowering: &Lowering<'_>) -> TokenStream {
    let private = &lowering.private;
    let bounds: Vec<TokenStream> = held_handles(lowering.function)
        .into_iter()
        .map(|(handle, lifetime)| mixed!(#handle: #private::HoldsBorrow<#lifetime>))
        .collect();
    if bounds.is_empty() {
        TokenStream::new()
    } else {
        mixed!(where #(#bounds),*)
    }
}

/// And that `H` is covariant in `'a`: the handle can then only be seen with a
/// shorter borrow, never a longer one (a contravariant `H<'short>` would become
/// an `H<'static>` that outlives the slice). A function next to the wrapper that
/// the compiler checks and nothing calls.
pub(crate) fn held_covariance(lowering: &Lowering<'_>) -> TokenStream {
    let cfgs = &lowering.function.cfgs;
    held_handles(lowering.function)
        .into_iter()
        .map(|(handle, lifetime)| {
            // Spanned at the handle type: a handle that is not covariant fails
            // here, at the user's `#[handle(&mut H<'a>)]`, in a function whose
            // name says what is wrong.
            let span = syn::spanned::Spanned::span(handle);
            let long = syn::Lifetime::new("'__long", span);
            let short = syn::Lifetime::new("'__short", span);
            let longer = replace_lifetime(handle.to_token_stream(), &lifetime, &long);
            let shorter = replace_lifetime(handle.to_token_stream(), &lifetime, &short);
            let private = super::alias();
            let check = quote::quote_spanned! {span=>
                #[allow(dead_code, non_snake_case, single_use_lifetimes)]
                fn held_by_needs_the_handle_covariant_in_its_lifetime<#long: #short, #short>(
                    handle: #longer,
                ) -> #shorter {
                    handle
                }
            };
            // At the declaration, not only at each call: the handle type holds
            // a borrow for its lifetime, and is the only way to its C object.
            // The runtime's path respanned too: a region error points at the
            // first token of the call.
            let krate = respan(lowering.krate.to_token_stream(), span);
            let holds = quote::quote_spanned! {span=>
                #[allow(dead_code, single_use_lifetimes)]
                fn held_by_needs_a_handle_holding_its_lifetime<#long>() {
                    #krate::__private::holds_borrow::<#long, #longer>();
                }
            };
            let exclusive = static_lifetimes(handle.to_token_stream());
            let exclusive = quote::quote_spanned! {span=>
                #private::held_by_exclusive::<#exclusive>();
            };
            let krate = lowering.krate;
            mixed! {
                #(#cfgs)*
                const _: () = {
                    use #krate::__private as #private;
                    #check
                    #holds
                    #exclusive
                };
            }
        })
        .collect()
}

/// `tokens`, every one spanned at `span`.
fn respan(tokens: TokenStream, span: proc_macro2::Span) -> TokenStream {
    tokens
        .into_iter()
        .map(|mut token| {
            if let proc_macro2::TokenTree::Group(group) = &token {
                let mut inner =
                    proc_macro2::Group::new(group.delimiter(), respan(group.stream(), span));
                inner.set_span(span);
                token = proc_macro2::TokenTree::Group(inner);
            }
            token.set_span(span);
            token
        })
        .collect()
}

/// The handle types that keep a slice, with the lifetime they keep it for.
fn held_handles(function: &Function) -> Vec<(&Type, syn::Lifetime)> {
    function
        .params
        .iter()
        .filter_map(|param| match &param.role {
            Role::Slice {
                held_by: Some(holder),
                ..
            } => {
                let handle = &function.param(holder)?.handle()?.handle;
                Some((handle, function.held_lifetime(holder)?))
            }
            _ => None,
        })
        .collect()
}

/// `tokens` with the lifetime `from` written as `to`.
fn replace_lifetime(tokens: TokenStream, from: &syn::Lifetime, to: &syn::Lifetime) -> TokenStream {
    let mut out = TokenStream::new();
    let mut tokens = tokens.into_iter().peekable();
    while let Some(token) = tokens.next() {
        match token {
            proc_macro2::TokenTree::Punct(punct) if punct.as_char() == '\'' => {
                match tokens.peek() {
                    Some(proc_macro2::TokenTree::Ident(name)) if *name == from.ident => {
                        tokens.next();
                        out.extend(to.to_token_stream());
                    }
                    _ => out.extend([proc_macro2::TokenTree::Punct(punct)]),
                }
            }
            proc_macro2::TokenTree::Group(group) => {
                let mut inner = proc_macro2::Group::new(
                    group.delimiter(),
                    replace_lifetime(group.stream(), from, to),
                );
                inner.set_span(group.span());
                out.extend([proc_macro2::TokenTree::Group(inner)]);
            }
            other => out.extend([other]),
        }
    }
    out
}

/// `tokens` with every lifetime made `'static`.
fn static_lifetimes(tokens: TokenStream) -> TokenStream {
    let mut after_apostrophe = false;
    tokens
        .into_iter()
        .map(|token| {
            let replaced = match &token {
                proc_macro2::TokenTree::Ident(ident) if after_apostrophe => {
                    proc_macro2::TokenTree::Ident(proc_macro2::Ident::new("static", ident.span()))
                }
                proc_macro2::TokenTree::Group(group) => {
                    let mut inner = proc_macro2::Group::new(
                        group.delimiter(),
                        static_lifetimes(group.stream()),
                    );
                    inner.set_span(group.span());
                    proc_macro2::TokenTree::Group(inner)
                }
                other => other.clone(),
            };
            after_apostrophe =
                matches!(&token, proc_macro2::TokenTree::Punct(punct) if punct.as_char() == '\'');
            replaced
        })
        .collect()
}

/// The handle types the function lends out.
fn lent_handles(function: &Function) -> Vec<&Type> {
    let mut lent: Vec<&Type> = function
        .params
        .iter()
        .filter_map(|param| match &param.role {
            Role::OutHandle {
                handle: Type::Reference(reference),
                ..
            } => Some(&*reference.elem),
            _ => None,
        })
        .collect();
    if let Some(Type::Reference(reference)) = &function.args.borrowed {
        lent.push(&reference.elem);
    }
    lent
}

/// The arguments C passes to a function the wrapper hands it (a callback's
/// trampoline, or a safe `extern "C" fn` of the user's): a value C chose, so
/// `ReturnedByC` like a return value; behind a reference, `AnyBitPattern`. The
/// user data (the trampoline's own) and function pointers are left out.
fn arguments_from_c<'a>(
    bare: &'a syn::TypeFnPtr,
    user_data: Option<usize>,
    proofs: &mut Vec<(Use, &'a Type)>,
    same_types: &mut Vec<SameType<'a>>,
) {
    for (index, argument) in bare.inputs.iter().enumerate() {
        if Some(index) == user_data {
            continue;
        }
        // A function C hands over: safe to call only with pointer-free
        // arguments (else C's `free` gets any address), or declared `unsafe`.
        if fn_type(&argument.ty).is_some() {
            proofs.push((Use::Callable, &argument.ty));
            continue;
        }
        let passed = passed_value(&argument.ty);
        // `Option<&T>` is taken for "NULL or a reference" only if it is core's.
        if let Some((usage, lent)) = passed
            && is_option(&argument.ty)
            && !std::ptr::eq(lent, types::peel(&argument.ty))
        {
            same_types.push((&argument.ty, usage, lent));
        }
        match passed {
            // `&mut T`: the closure may write a `T` C then reads (a pointer it
            // would follow): pointer-free too.
            Some((Use::ReadAndWritten, lent)) => proofs.push((Use::ReadAndWritten, lent)),
            Some((_, lent)) if !std::ptr::eq(lent, types::peel(&argument.ty)) => {
                proofs.push((Use::Written, lent));
            }
            _ => proofs.push((Use::FromC, &argument.ty)),
        }
    }
    // What the closure (or the function) returns, C reads and may follow.
    if let Some(returned) = types::returned(&bare.output) {
        proofs.push((Use::Read, returned));
    }
}

/// The bytes a callback's annotated argument is read as (`#[cstr]`, `#[fill]`,
/// a `void *` `#[slice]`): one byte each, whatever the type is named.
fn byte_views<'a>(
    bare: &'a syn::TypeFnPtr,
    callback: &CallbackParam,
    proofs: &mut Vec<(Use, &'a Type)>,
) {
    for view in &callback.views {
        let Some(pointer) = bare
            .inputs
            .iter()
            .nth(view.position)
            .and_then(|argument| types::as_pointer(&argument.ty))
        else {
            continue;
        };
        let element = match &view.kind {
            ViewKind::Fill(_) => types::as_pointer(&pointer.elem).map(|inner| &*inner.elem),
            ViewKind::CStr { .. } => Some(&*pointer.elem),
            ViewKind::Slice(_) => types::is_c_void(&pointer.elem).then_some(&*pointer.elem),
        };
        proofs.extend(element.map(|element| (Use::Byte, element)));
    }
}

/// A parameter passed as it is: the value, or what a reference lends C. A
/// function pointer written out is C's to call (check refuses one that could
/// unwind into C).
fn passed_value(ty: &Type) -> Option<(Use, &Type)> {
    let ty = types::peel(ty);
    if fn_type(ty).is_some() {
        return None;
    }
    let lent = match ty {
        Type::Reference(reference) => Some(reference),
        Type::Path(path) if path.qself.is_none() => {
            let last = path.path.segments.last()?;
            match (&last.arguments, last.ident == "Option") {
                (PathArguments::AngleBracketed(args), true) if args.args.len() == 1 => {
                    match args.args.first() {
                        Some(GenericArgument::Type(Type::Reference(reference))) => Some(reference),
                        _ => None,
                    }
                }
                _ => None,
            }
        }
        _ => None,
    };
    Some(match lent {
        Some(reference) if reference.mutability.is_some() => {
            (Use::ReadAndWritten, &*reference.elem)
        }
        Some(reference) => (Use::Read, &*reference.elem),
        None => (Use::Read, ty),
    })
}

/// `Option<&T>` is recognized by its spelling: the proof also asserts that the
/// type so spelled is core's `Option` of a reference (a user's own `Option` would
/// fail to compile).
fn is_option(ty: &Type) -> bool {
    matches!(types::peel(ty), Type::Path(_))
}
