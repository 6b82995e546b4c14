//! Out-parameters: slots of the wrapper's frame that C writes (`#[out]` values,
//! `#[out(H)]` handles, `#[out_slice]` pairs), declared before the call, read
//! after the success test, released on failure.

use super::Lowering;
use super::syntax::args::Convention;
use super::syntax::ast::Function;
use super::syntax::types;
use proc_macro2::{Ident, TokenStream};
use quote::ToTokens;
use syn::{Path, Type};

/// The slots of `#[out_slice(length)] name: *mut *const T`; `None` when `check`
/// already reported the length parameter.
pub(crate) fn out_slice<'a>(
    function: &'a Function,
    name: &'a Ident,
    ty: &'a Type,
    elem: &'a Type,
    length: &'a Ident,
    free: Option<&'a Ident>,
) -> Option<Out<'a>> {
    let slot = types::as_pointer(ty).map(|outer| &*outer.elem)?;
    let length_type = function
        .param(length)
        .and_then(|other| types::as_pointer(&other.ty))
        .map(|pointer| &*pointer.elem)?;
    Some(Out {
        name,
        kind: OutKind::Slice {
            elem,
            slot,
            length,
            length_type,
            free,
        },
    })
}

/// An out-parameter: a slot of the wrapper's frame that C writes.
pub(crate) struct Out<'a> {
    pub(crate) name: &'a Ident,
    pub(crate) kind: OutKind<'a>,
}

pub(crate) enum OutKind<'a> {
    /// `#[out] p: *mut T`: a `MaybeUninit<T>`.
    Value(&'a Type),
    /// `#[out(H)] p: *mut *mut T`: a pointer initialized to NULL, then an owned `H`.
    Handle(&'a Type),
    /// `#[out(&'a H)] p: *mut *mut T`: the same slot, then a `Borrowed<'a, H>` of
    /// a handle C keeps owning (libarchive's entries).
    Lent(&'a syn::TypeReference),
    /// `#[out_slice(len)] p: *mut *const T, len: *mut L`: a NULL pointer slot and
    /// a zero length slot, then a `Vec<T>` copy.
    Slice {
        elem: &'a Type,
        slot: &'a Type,
        length: &'a Ident,
        length_type: &'a Type,
        /// `free = f`: the function of the block that frees the array.
        free: Option<&'a Ident>,
    },
}

impl Out<'_> {
    pub(crate) fn declaration(&self, lowering: &Lowering<'_>) -> TokenStream {
        let krate = lowering.krate;
        let private = &lowering.private;
        let name = self.name;
        match self.kind {
            // A user's `Check` impl is a safe trait: its `Ok` does not prove that C
            // wrote the slot. Zeroed, the slot holds a valid value either way
            // (the type is `AnyBitPattern`, of which all-zero is one).
            OutKind::Value(ty) if matches!(lowering.reporting.convention, Convention::Check(_)) => {
                let no_arguments = lowering.no_arguments();
                mixed!(let mut #name = #private::MaybeUninit::<#ty>::zeroed #no_arguments;)
            }
            OutKind::Value(ty) => {
                let no_arguments = lowering.no_arguments();
                mixed!(let mut #name = #private::MaybeUninit::<#ty>::uninit #no_arguments;)
            }
            // NULL first, so that the slot is initialized whatever C does with it.
            OutKind::Slice {
                slot,
                length,
                length_type,
                ..
            } => mixed! {
                let mut #name: #slot = #private::core::ptr::null_mut();
                let mut #length: #length_type = <#length_type as #private::Default>::default();
            },
            OutKind::Handle(handle) => mixed! {
                let mut #name: *mut <#handle as #krate::Handle>::Raw = #private::core::ptr::null_mut();
            },
            OutKind::Lent(reference) => {
                let handle = &reference.elem;
                mixed! {
                    let mut #name: *mut <#handle as #krate::Handle>::Raw = #private::core::ptr::null_mut();
                }
            }
        }
    }

    /// After the success test, first step: the out handle becomes an owned
    /// `Option<H>` (every one of them, before any early return, so that a NULL in
    /// one slot does not leak the handle in another).
    pub(crate) fn own_handle(&self, lowering: &Lowering<'_>) -> TokenStream {
        let krate = lowering.krate;
        let name = self.name;
        if let OutKind::Slice {
            slot,
            free: Some(free),
            ..
        } = self.kind
        {
            return own_array(lowering, name, slot, free);
        }
        if let OutKind::Lent(reference) = self.kind {
            let handle = &reference.elem;
            // SAFETY (of the generated block): `#[out(&'a H)]` is the user's
            // promise that on success C wrote NULL or a handle it keeps owning,
            // alive for as long as the inputs naming `'a` are borrowed; the
            // `Borrowed` never frees it.
            return mixed! {
                let #name = unsafe { #krate::Borrowed::<#handle>::from_raw(#name) };
            };
        }
        let OutKind::Handle(handle) = self.kind else {
            return TokenStream::new();
        };
        // SAFETY (of the generated block): the slot was NULL before the call and
        // C reported success, so it holds NULL or a new handle that `#[out(H)]`
        // says the caller now owns; `from_raw` takes that ownership once.
        mixed! {
            let #name = unsafe { <#handle as #krate::Handle>::from_raw(#name) };
        }
    }

    /// Second step: a NULL handle after success is an error; an out slice is
    /// copied out of C's memory.
    pub(crate) fn require_handle(&self, lowering: &Lowering<'_>) -> TokenStream {
        if let OutKind::Slice {
            elem,
            slot,
            length,
            length_type,
            free,
        } = self.kind
        {
            return self.copy_slice(lowering, elem, (slot, length, length_type), free);
        }
        let (OutKind::Handle(_) | OutKind::Lent(_)) = self.kind else {
            return TokenStream::new();
        };
        let private = &lowering.private;
        let name = self.name;
        let site = lowering.site();
        let error = lowering.convert_error(mixed!(#private::null_error(#site)));
        mixed! {
            let #private::Some(#name) = #name else {
                return #private::Err(#error);
            };
        }
    }

    /// `(pointer, length)` from C into a `Vec<T>`: `(NULL, 0)` is empty without
    /// touching `from_raw_parts`; `(NULL, n > 0)` and a length that is no count are
    /// errors.
    fn copy_slice(
        &self,
        lowering: &Lowering<'_>,
        elem: &Type,
        (slot, length, length_type): (&Type, &Ident, &Type),
        free: Option<&Ident>,
    ) -> TokenStream {
        let private = &lowering.private;
        let name = self.name;
        // An owned array (`free = f`) is an `OwnedArray` by now (`own_handle`),
        // which frees it when dropped, whatever path the wrapper takes.
        let pointer = if free.is_some() {
            mixed!(#name.pointer())
        } else {
            let _ = slot;
            mixed!(#name)
        };
        let site = lowering.site();
        let parameter = name.to_string();
        let null = lowering.convert_error(mixed!(#private::null_error(#site)));
        let bad_length =
            lowering.convert_error(mixed!(#private::invalid_length_error(#site, #parameter)));
        body! { lowering =>
            let #name: #private::Vec<#elem> = {
                let __count = <#length_type as #private::Length>::to_usize(#length);
                let __count = match __count.and_then(#private::array_length::<#elem>) {
                    #private::Some(__count) => __count,
                    #private::None => return #private::Err(#bad_length),
                };
                if #pointer.is_null() {
                    if __count != 0 {
                        return #private::Err(#null);
                    }
                    #private::Vec::new()
                } else {
                    // SAFETY: `#[out_slice(len)]` is the user's promise that on
                    // success C wrote a pointer to `len` initialized, aligned
                    // elements that stay valid until this copy is made.
                    <[#elem]>::to_vec(unsafe {
                        #private::core::slice::from_raw_parts(#pointer, __count)
                    })
                }
            };
        }
    }

    /// On the failure path: a handle C wrote anyway is freed (after the message).
    pub(crate) fn release(&self, krate: &Path) -> TokenStream {
        let OutKind::Handle(handle) = self.kind else {
            return TokenStream::new();
        };
        let private = super::alias();
        let name = self.name;
        // SAFETY (of the generated block): as in `own_handle`: NULL or a handle the
        // caller owns, which C APIs like `sqlite3_open` write even on failure.
        mixed! {
            #private::core::mem::drop(unsafe { <#handle as #krate::Handle>::from_raw(#name) });
        }
    }
}

/// The out values after the success test passed, each, and whether reading
/// them needs `unsafe` (`assume_init`).
pub(crate) fn out_values(outs: &[Out<'_>]) -> (Vec<TokenStream>, bool) {
    let values = outs.iter().map(|out| {
        let name = out.name;
        match out.kind {
            OutKind::Value(_) => {
                let private = super::alias();
                mixed!(#private::MaybeUninit::assume_init(#name))
            }
            OutKind::Handle(_) | OutKind::Lent(_) | OutKind::Slice { .. } => mixed!(#name),
        }
    });
    let reads_uninit = outs.iter().any(|out| matches!(out.kind, OutKind::Value(_)));
    (values.collect(), reads_uninit)
}

/// The types of the out values.
pub(crate) fn out_types(outs: &[Out<'_>], krate: &Path) -> Vec<TokenStream> {
    outs.iter()
        .map(|out| match out.kind {
            OutKind::Value(ty) | OutKind::Handle(ty) => ty.to_token_stream(),
            OutKind::Lent(reference) => {
                let handle = &reference.elem;
                let lifetime = reference
                    .lifetime
                    .as_ref()
                    .map_or_else(|| mixed!('_), ToTokens::to_token_stream);
                mixed!(#krate::Borrowed<#lifetime, #handle>)
            }
            OutKind::Slice { elem, .. } => {
                let private = super::alias();
                mixed!(#private::Vec<#elem>)
            }
        })
        .collect()
}

/// `#[out_slice(len, free = f)]`, first step after the success test (before any
/// early return): the slot becomes an `OwnedArray` that frees it with `f` when
/// dropped.
fn own_array(lowering: &Lowering<'_>, name: &Ident, slot: &Type, free: &Ident) -> TokenStream {
    let private = &lowering.private;
    let pointer = match types::as_pointer(slot) {
        Some(pointer) if !types::is_mut(pointer) => mixed!(#name.cast_mut()),
        _ => mixed!(#name),
    };
    let call = lowering.raw_call(free, [body!(lowering => __pointer.cast())]);
    // SAFETY (of the generated block): `#[out_slice(len, free = f)]` is the
    // user's promise that on success the caller owns the array C handed out, and
    // that `f` frees it; `OwnedArray` calls this once, for a non-NULL pointer.
    body! { lowering =>
        let #name = #private::OwnedArray::new(#pointer, |__pointer| unsafe { #call });
    }
}

/// When a callback's panic resumes before the success test: an owned array C
/// handed out in a call that did not fail is freed (`failed` is the test).
pub(crate) fn release_arrays_on_panic(
    lowering: &Lowering<'_>,
    outs: &[Out<'_>],
    failed: &TokenStream,
) -> TokenStream {
    let releases: TokenStream = outs
        .iter()
        .filter_map(|out| match out.kind {
            OutKind::Slice {
                slot,
                free: Some(free),
                ..
            } => {
                let name = out.name;
                let pointer = match types::as_pointer(slot) {
                    Some(pointer) if !types::is_mut(pointer) => mixed!(#name.cast_mut().cast()),
                    _ => mixed!(#name.cast()),
                };
                let call = lowering.raw_call(free, [pointer]);
                // SAFETY (of the generated block): as in `own_array`.
                Some(mixed! {
                    if !#name.is_null() {
                        unsafe { #call };
                    }
                })
            }
            _ => None,
        })
        .collect();
    if releases.is_empty() {
        releases
    } else {
        mixed!(if !(#failed) { #releases })
    }
}
