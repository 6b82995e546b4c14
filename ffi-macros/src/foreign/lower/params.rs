//! Lowering the parameters: what the wrapper takes, what it prepares before the
//! call (`&str` copies, slice lengths), what it passes to C, and the out-parameter
//! slots it reads after the success test.

use super::outs::{self, Out, OutKind};
use super::syntax::ast::{HandleParam, HandleUse, Param, Role, Slot, is_failure_out};
use super::syntax::types;
use super::{ALIAS, Lowering, callbacks, strings};
use proc_macro2::{Ident, TokenStream};
use quote::ToTokens;
use syn::Type;

/// The wrapper's parameters, the raw call's arguments, and the out-parameters.
pub(crate) struct Parameters<'a> {
    pub(crate) inputs: Vec<TokenStream>,
    /// Statements that prepare arguments before the call (`&str` conversions).
    pub(crate) conversions: Vec<TokenStream>,
    pub(crate) call_args: Vec<TokenStream>,
    pub(crate) outs: Vec<Out<'a>>,
    /// Type parameters of the wrapper (one per closure: `ComparFn: FnMut(..)`).
    pub(crate) generics: Vec<TokenStream>,
    /// Scoped callback states, finished right after the call (resuming a
    /// closure's panic): (state type, state local).
    pub(crate) after_call: Vec<(TokenStream, Ident)>,
}

pub(crate) fn parameters<'a>(lowering: &Lowering<'a>) -> Parameters<'a> {
    let function = lowering.function;
    let mut parameters = Parameters {
        inputs: Vec::new(),
        conversions: Vec::new(),
        call_args: Vec::new(),
        outs: Vec::new(),
        generics: Vec::new(),
        after_call: Vec::new(),
    };
    // What each callback passes for itself, its user data and its destroy hook.
    let callbacks = callbacks::lower_all(lowering);
    parameters.generics.extend(callbacks.generics);
    parameters.after_call.extend(callbacks.finish);
    for param in &function.params {
        // check() rejected parameters without a plain name.
        let Some(name) = &param.ident else { continue };
        let ty = &param.ty;
        let callback_slot = matches!(
            param.slot,
            Some(Slot::CallbackData(_) | Slot::DestroyHook(_))
        );
        if matches!(param.role, Role::Callback(_)) || callback_slot {
            let inputs = callbacks::named(&callbacks.inputs, name);
            parameters
                .inputs
                .extend(inputs.map(|input| lowering.in_signature(input)));
            parameters
                .call_args
                .extend(callbacks::named(&callbacks.arguments, name));
            continue;
        }
        if let Some((slot, argument)) = length_slot(lowering, param, name) {
            parameters.conversions.extend(slot);
            parameters.call_args.push(argument);
            continue;
        }
        if let Some(Slot::SliceLength(index)) = param.slot {
            let slice = &function.params[index];
            let (conversion, argument) = slice_length(lowering, name, ty, slice);
            parameters.conversions.push(conversion);
            parameters.call_args.push(argument);
            continue;
        }
        let Some((input, argument)) = by_role(
            lowering,
            param,
            name,
            &mut parameters.outs,
            &mut parameters.conversions,
        ) else {
            continue;
        };
        // The signature, outside the body, spells the runtime's path in full:
        // an input that may name the alias is rewritten; the user's own
        // `name: Type` is not walked when its type surely does not.
        let plain = matches!(param.role, Role::Plain | Role::Callback(_))
            && *name != ALIAS
            && types::surely_without(ty, ALIAS);
        parameters.inputs.extend(input.map(|input| {
            if plain {
                input
            } else {
                lowering.in_signature(input)
            }
        }));
        parameters.call_args.push(argument);
    }
    // Last, after every conversion that can return early: a registered closure
    // is boxed for C only when the call is certain to happen.
    parameters.conversions.extend(callbacks.setup);
    parameters
}

/// What the wrapper takes and passes for a parameter with its own role; `None`
/// for one that check rejected.
fn by_role<'a>(
    lowering: &Lowering<'a>,
    param: &'a Param,
    name: &'a Ident,
    outs: &mut Vec<Out<'a>>,
    conversions: &mut Vec<TokenStream>,
) -> Option<(Option<TokenStream>, TokenStream)> {
    let function = lowering.function;
    let krate = lowering.krate;
    let private = &lowering.private;
    let ty = &param.ty;
    let argument = match &param.role {
        Role::Out(attr) if is_failure_out(attr) => {
            // Zeroed: read on failure whatever C did, as a valid `T`
            // (`AnyBitPattern`, proven).
            let target = types::as_pointer(ty).map(|pointer| &*pointer.elem)?;
            conversions.push(mixed!(let mut #name = #private::MaybeUninit::<#target>::zeroed();));
            (None, mixed!(#private::MaybeUninit::as_mut_ptr(&mut #name)))
        }
        Role::Out(_) => {
            // check() made sure it is a `*mut T`.
            let target = types::as_pointer(ty).map(|pointer| &*pointer.elem)?;
            outs.push(Out {
                name,
                kind: OutKind::Value(target),
            });
            (None, mixed!(#private::MaybeUninit::as_mut_ptr(&mut #name)))
        }
        Role::OutHandle { handle, .. } => {
            let kind = match handle {
                Type::Reference(reference) => OutKind::Lent(reference),
                owned => OutKind::Handle(owned),
            };
            outs.push(Out { name, kind });
            (None, mixed!(&mut #name))
        }
        Role::Handle(HandleParam {
            on_success: true,
            handle,
            written,
            ..
        }) => {
            // C takes it only if the call succeeds: until then the wrapper keeps
            // it, unowned by Drop; the failure branch frees it (`release`).
            conversions.push(mixed!(let #name = #private::ManuallyDrop::new(#name);));
            (
                Some(mixed!(#name: #written)),
                mixed!(<#handle as #krate::Handle>::as_ptr(&*#name)),
            )
        }
        Role::Handle(HandleParam {
            usage,
            handle,
            written,
            ..
        }) => {
            let method = match usage {
                HandleUse::Shared | HandleUse::Mut => mixed!(as_ptr),
                HandleUse::Take => mixed!(into_raw),
            };
            (
                Some(mixed!(#name: #written)),
                mixed!(<#handle as #krate::Handle>::#method(#name)),
            )
        }
        Role::Null(_) => {
            let Some(pointer) = types::as_pointer(ty) else {
                // `Option<extern "C" fn(..)>`: NULL is `None`.
                return Some((None, mixed!(#private::None)));
            };
            if types::is_mut(pointer) {
                (None, mixed!(#private::core::ptr::null_mut()))
            } else {
                (None, mixed!(#private::core::ptr::null()))
            }
        }
        Role::String(string) => {
            let string = strings::string_param(lowering, name, string);
            conversions.push(string.conversion);
            (Some(string.input), string.argument)
        }
        Role::Slice { held_by, .. } => {
            let held = held_by
                .as_ref()
                .and_then(|holder| function.held_lifetime(holder));
            slice_argument(name, ty, held.as_ref())?
        }
        Role::Buffer(_) => (
            None,
            body!(lowering => <[_]>::as_mut_ptr(&mut __buffer).cast()),
        ),
        Role::OutSlice { length, free, .. } => {
            let elem = types::as_pointer(ty)
                .and_then(|outer| types::as_pointer(&outer.elem))
                .map(|inner| &*inner.elem);
            if let Some(elem) = elem {
                outs.extend(outs::out_slice(
                    function,
                    name,
                    ty,
                    elem,
                    length,
                    free.as_ref(),
                ));
            }
            (None, mixed!(&mut #name))
        }
        Role::Plain | Role::Callback(_) => (Some(mixed!(#name: #ty)), mixed!(#name)),
    };
    Some(argument)
}

/// `#[slice(len)] p: *const T`: the wrapper takes `&[T]` (`&mut [T]` for
/// `*mut T`) and passes its pointer; `held_by = h` borrows it for the lifetime
/// `h`'s handle type names (`&'a [T]`).
fn slice_argument(
    name: &Ident,
    ty: &Type,
    held: Option<&syn::Lifetime>,
) -> Option<(Option<TokenStream>, TokenStream)> {
    // check() made sure it is a pointer.
    let pointer = types::as_pointer(ty)?;
    // `void *` (as bindgen writes it) is an array of bytes.
    let (elem, cast) = if types::is_c_void(&pointer.elem) {
        (mixed!(u8), mixed!(.cast()))
    } else {
        (pointer.elem.to_token_stream(), TokenStream::new())
    };
    Some(if types::is_mut(pointer) {
        (
            Some(mixed!(#name: &#held mut [#elem])),
            mixed!(<[#elem]>::as_mut_ptr(#name)#cast),
        )
    } else {
        (
            Some(mixed!(#name: &#held [#elem])),
            mixed!(<[#elem]>::as_ptr(#name)#cast),
        )
    })
}

/// The length argument of a `#[slice(len)]` (or `#[str(len)]`) parameter: the
/// slice's length, converted into the C type by the sealed `Length` trait
/// (never `as`, and no user impl can lie about it); too long is an `Err`. A
/// `usize` length is the slice's own. The local takes the length parameter's
/// name, which the wrapper's caller never sees.
fn slice_length(
    lowering: &Lowering<'_>,
    length: &Ident,
    length_type: &Type,
    slice: &Param,
) -> (TokenStream, TokenStream) {
    let private = &lowering.private;
    let slice_name = slice.ident.as_ref();
    let elements = match &slice.role {
        Role::String(_) => mixed!(<#private::core::primitive::str>::len(#slice_name)),
        _ => mixed!(<[_]>::len(#slice_name)),
    };
    if types::is_usize(length_type) {
        return (mixed!(let #length: usize = #elements;), mixed!(#length));
    }
    let slice_text = slice_name.map(ToString::to_string).unwrap_or_default();
    let length_text = length.to_string();
    let site = lowering.site();
    let error = lowering.convert_error(mixed!(#private::length_error(
        #site,
        #slice_text,
        #length_text,
        #elements
    )));
    let conversion = body! { lowering =>
        let #length = match <#length_type as #private::Length>::from_usize(#elements) {
            #private::Some(__length) => __length,
            #private::None => return #private::Err(#error),
        };
    };
    (conversion, mixed!(#length))
}

/// A length the wrapper fills itself, not its caller: a buffer's capacity, the
/// count C writes for a returned array, an out slice's length. Returns the slot's
/// declaration (if it needs one here) and the argument passed to C.
fn length_slot(
    lowering: &Lowering<'_>,
    param: &Param,
    name: &Ident,
) -> Option<(Option<TokenStream>, TokenStream)> {
    let private = &lowering.private;
    let slot = param.slot?;
    if slot == Slot::BufferLength {
        // The wrapper's loop converts the buffer's capacity (see buffers.rs); an
        // in/out length is passed by pointer and read back after the call.
        let argument = if lowering.function.has_in_out_buffer_length() {
            body!(lowering => &mut __capacity_n)
        } else {
            body!(lowering => __capacity_n)
        };
        return Some((None, argument));
    }
    if slot == Slot::ReturnedSliceLength {
        // C writes the count of the returned array here (`slice = len`).
        let slot = types::as_pointer(&param.ty).map(|pointer| {
            let count = &pointer.elem;
            mixed! {
                let mut #name: #count = <#count as #private::Default>::default();
            }
        });
        return Some((slot, mixed!(&mut #name)));
    }
    // The length slot, declared with the `#[out_slice]` pointer slot.
    matches!(slot, Slot::OutSliceLength(_)).then(|| (None, mixed!(&mut #name)))
}

/// On failure, the handles C takes only when it succeeds (`#[handle(H,
/// on_success)]`) are still the wrapper's: freed here, once. `failed` is the
/// failure test, for a release that runs before it (a callback's panic resuming).
pub(crate) fn release_not_taken(
    lowering: &Lowering<'_>,
    failed: Option<&TokenStream>,
) -> TokenStream {
    let private = &lowering.private;
    let releases: TokenStream = lowering
        .function
        .params
        .iter()
        .filter(|param| matches!(&param.role, Role::Handle(handle) if handle.on_success))
        .filter_map(|param| param.ident.as_ref())
        .map(|name| mixed!(#private::ManuallyDrop::into_inner(#name);))
        .collect();
    match failed {
        Some(failed) if !releases.is_empty() => mixed!(if #failed { #releases }),
        _ => releases,
    }
}
