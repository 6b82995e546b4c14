//! Lowering the parameters: what the wrapper takes, what it prepares before the
//! call (`&str` copies, slice lengths), what it passes to C, and the out-parameter
//! slots it reads after the success test.

use super::ast::{Block, Function, HandleParam, HandleUse, Param, ParamRole};
use super::callbacks;
use super::strings;
use super::wrapper::{convert_error, site};
use proc_macro2::{Ident, Span, TokenStream};
use quote::ToTokens;
use syn::{Path, Type};

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

pub(crate) fn parameters<'a>(function: &'a Function, block: &Block) -> Parameters<'a> {
    let krate = &block.args.krate;
    let private = mixed!(#krate::__private);
    let handle_trait = mixed!(#krate::Handle);
    let mut parameters = Parameters {
        inputs: Vec::new(),
        conversions: Vec::new(),
        call_args: Vec::new(),
        outs: Vec::new(),
        generics: Vec::new(),
        after_call: Vec::new(),
    };
    // What each callback passes for itself, its user data and its destroy hook.
    let callbacks = callbacks::lower_all(block, function);
    parameters.generics.extend(callbacks.generics);
    parameters.after_call.extend(callbacks.finish);
    for param in &function.params {
        // check() rejected parameters without a plain name.
        let Some(name) = &param.ident else { continue };
        let ty = &param.ty;
        if param.callback.is_some() || callbacks::is_callback_slot(function, param) {
            parameters
                .inputs
                .extend(callbacks::named(&callbacks.inputs, name));
            parameters
                .call_args
                .extend(callbacks::named(&callbacks.arguments, name));
            continue;
        }
        if let Some((slot, argument)) = length_slot(function, param, name, krate) {
            parameters.conversions.extend(slot);
            parameters.call_args.push(argument);
            continue;
        }
        if let Some(slice) = function.slice_of_length(param) {
            let (conversion, argument) = slice_length(name, ty, slice, block, function);
            parameters.conversions.push(conversion);
            parameters.call_args.push(argument);
            continue;
        }
        let (input, argument) = match param.role(function.is_unsafe_wrapper()) {
            ParamRole::Out(target) => {
                parameters.outs.push(Out {
                    name,
                    kind: OutKind::Value(target),
                });
                (None, mixed!(#private::MaybeUninit::as_mut_ptr(&mut #name)))
            }
            ParamRole::OutHandle(handle) => {
                parameters.outs.push(Out {
                    name,
                    kind: OutKind::Handle(handle),
                });
                (None, mixed!(&mut #name))
            }
            ParamRole::Handle(HandleParam {
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
                    mixed!(<#handle as #handle_trait>::#method(#name)),
                )
            }
            ParamRole::CString { utf8, nullable } => {
                let string = strings::string_param(name, utf8, nullable, block, function);
                parameters.conversions.push(string.conversion);
                (Some(string.input), string.argument)
            }
            ParamRole::Slice { elem, mutable } => {
                if mutable {
                    (
                        Some(mixed!(#name: &mut [#elem])),
                        mixed!(<[#elem]>::as_mut_ptr(#name)),
                    )
                } else {
                    (
                        Some(mixed!(#name: &[#elem])),
                        mixed!(<[#elem]>::as_ptr(#name)),
                    )
                }
            }
            ParamRole::Buffer => (None, mixed!(<[_]>::as_mut_ptr(&mut __buffer).cast())),
            ParamRole::OutSlice { elem, length } => {
                parameters
                    .outs
                    .extend(out_slice(function, name, ty, elem, length));
                (None, mixed!(&mut #name))
            }
            ParamRole::Pass => (Some(mixed!(#name: #ty)), mixed!(#name)),
        };
        parameters.inputs.extend(input);
        parameters.call_args.push(argument);
    }
    // Last, after every conversion that can return early: a registered closure
    // is boxed for C only when the call is certain to happen.
    parameters.conversions.extend(callbacks.setup);
    parameters
}

/// The length argument of a `#[slice(len)]` parameter: the slice's length,
/// converted with `try_from` into the C type (never `as`); too long is an `Err`.
fn slice_length(
    length: &Ident,
    length_type: &Type,
    slice: &Param,
    block: &Block,
    function: &Function,
) -> (TokenStream, TokenStream) {
    let krate = &block.args.krate;
    let private = mixed!(#krate::__private);
    let converted = quote::format_ident!("__{}_n", length, span = Span::mixed_site());
    let slice_name = slice.ident.as_ref();
    let names = (
        slice_name.map(ToString::to_string).unwrap_or_default(),
        length.to_string(),
    );
    let (slice_text, length_text) = names;
    let site = site(&private, &function.symbol);
    let error = convert_error(
        &block.args,
        &mixed!(#private::length_error(#site, #slice_text, #length_text, __elements)),
    );
    let conversion = mixed! {
        let #converted = {
            let __elements = <[_]>::len(#slice_name);
            match <#length_type as #private::TryFrom<usize>>::try_from(__elements) {
                #private::Ok(__length) => __length,
                #private::Err(_) => return #private::Err(#error),
            }
        };
    };
    (conversion, mixed!(#converted))
}

/// A length the wrapper fills itself, not its caller: a buffer's capacity, the
/// count C writes for a returned array, an out slice's length. Returns the slot's
/// declaration (if it needs one here) and the argument passed to C.
fn length_slot(
    function: &Function,
    param: &Param,
    name: &Ident,
    krate: &Path,
) -> Option<(Option<TokenStream>, TokenStream)> {
    if function.is_buffer_length(param) {
        // The wrapper's loop converts the buffer's capacity (see buffers.rs); an
        // in/out length is passed by pointer and read back after the call.
        let in_out = matches!(function.buffer_length(), Some((_, Some(_))));
        let argument = if in_out {
            mixed!(&mut __capacity_n)
        } else {
            mixed!(__capacity_n)
        };
        return Some((None, argument));
    }
    if function.is_returned_slice_length(param) {
        // C writes the count of the returned array here (`slice = len`).
        let slot = super::types::as_pointer(&param.ty).map(|pointer| {
            let count = &pointer.elem;
            mixed! {
                let mut #name: #count = <#count as #krate::__private::Default>::default();
            }
        });
        return Some((slot, mixed!(&mut #name)));
    }
    // The length slot, declared with the `#[out_slice]` pointer slot.
    function
        .out_slice_of_length(param)
        .map(|_| (None, mixed!(&mut #name)))
}

/// The slots of `#[out_slice(length)] name: *mut *const T`; `None` when `check`
/// already reported the length parameter.
fn out_slice<'a>(
    function: &'a Function,
    name: &'a Ident,
    ty: &'a Type,
    elem: &'a Type,
    length: &'a Ident,
) -> Option<Out<'a>> {
    let slot = super::types::as_pointer(ty).map(|outer| &*outer.elem)?;
    let length_type = function
        .params
        .iter()
        .find(|other| other.ident.as_ref() == Some(length))
        .and_then(|other| super::types::as_pointer(&other.ty))
        .map(|pointer| &*pointer.elem)?;
    Some(Out {
        name,
        kind: OutKind::Slice {
            elem,
            slot,
            length,
            length_type,
        },
    })
}

/// An out-parameter: a slot of the wrapper's frame that C writes.
pub(crate) struct Out<'a> {
    name: &'a Ident,
    kind: OutKind<'a>,
}

enum OutKind<'a> {
    /// `#[out] p: *mut T`: a `MaybeUninit<T>`.
    Value(&'a Type),
    /// `#[out(H)] p: *mut *mut T`: a pointer initialized to NULL, then an owned `H`.
    Handle(&'a Type),
    /// `#[out_slice(len)] p: *mut *const T, len: *mut L`: a NULL pointer slot and
    /// a zero length slot, then a `Vec<T>` copy.
    Slice {
        elem: &'a Type,
        slot: &'a Type,
        length: &'a Ident,
        length_type: &'a Type,
    },
}

impl Out<'_> {
    pub(crate) fn declaration(&self, krate: &Path) -> TokenStream {
        let private = mixed!(#krate::__private);
        let name = self.name;
        match self.kind {
            OutKind::Value(ty) => mixed!(let mut #name = #private::MaybeUninit::<#ty>::uninit();),
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
        }
    }

    /// After the success test, first step: the out handle becomes an owned
    /// `Option<H>` (every one of them, before any early return, so that a NULL in
    /// one slot does not leak the handle in another).
    pub(crate) fn own_handle(&self, krate: &Path) -> TokenStream {
        let OutKind::Handle(handle) = self.kind else {
            return TokenStream::new();
        };
        let name = self.name;
        // SAFETY (of the generated block): the slot was NULL before the call and
        // C reported success, so it holds NULL or a new handle that `#[out(H)]`
        // says the caller now owns; `from_raw` takes that ownership once.
        mixed! {
            let #name = unsafe { <#handle as #krate::Handle>::from_raw(#name) };
        }
    }

    /// Second step: a NULL handle after success is an error; an out slice is
    /// copied out of C's memory.
    pub(crate) fn require_handle(&self, block: &Block, function: &Function) -> TokenStream {
        if let OutKind::Slice {
            elem,
            length,
            length_type,
            ..
        } = self.kind
        {
            return self.copy_slice(block, function, elem, length, length_type);
        }
        let OutKind::Handle(_) = self.kind else {
            return TokenStream::new();
        };
        let krate = &block.args.krate;
        let private = mixed!(#krate::__private);
        let name = self.name;
        let site = site(&private, &function.symbol);
        let error = convert_error(&block.args, &mixed!(#private::null_error(#site)));
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
        block: &Block,
        function: &Function,
        elem: &Type,
        length: &Ident,
        length_type: &Type,
    ) -> TokenStream {
        let krate = &block.args.krate;
        let private = mixed!(#krate::__private);
        let name = self.name;
        let site = site(&private, &function.symbol);
        let parameter = name.to_string();
        let null = convert_error(&block.args, &mixed!(#private::null_error(#site)));
        let bad_length = convert_error(
            &block.args,
            &mixed!(#private::invalid_length_error(#site, #parameter)),
        );
        mixed! {
            let #name: #private::Vec<#elem> = {
                let __count = match <usize as #private::TryFrom<#length_type>>::try_from(#length) {
                    #private::Ok(__count) => __count,
                    #private::Err(_) => return #private::Err(#bad_length),
                };
                if #name.is_null() {
                    if __count != 0 {
                        return #private::Err(#null);
                    }
                    #private::Vec::new()
                } else {
                    // SAFETY: `#[out_slice(len)]` is the user's promise that on
                    // success C wrote a pointer to `len` initialized, aligned
                    // elements that stay valid until this copy is made.
                    <[#elem]>::to_vec(unsafe { #private::core::slice::from_raw_parts(#name, __count) })
                }
            };
        }
    }

    /// On the failure path: a handle C wrote anyway is freed (after the message).
    pub(crate) fn release(&self, krate: &Path) -> TokenStream {
        let OutKind::Handle(handle) = self.kind else {
            return TokenStream::new();
        };
        let private = mixed!(#krate::__private);
        let name = self.name;
        // SAFETY (of the generated block): as in `take_handle`: NULL or a handle the
        // caller owns, which C APIs like `sqlite3_open` write even on failure.
        mixed! {
            #private::core::mem::drop(unsafe { <#handle as #krate::Handle>::from_raw(#name) });
        }
    }
}

/// The out values after the success test passed.
pub(crate) fn out_value(outs: &[Out<'_>], krate: &Path) -> Option<TokenStream> {
    let values = outs.iter().map(|out| {
        let name = out.name;
        match out.kind {
            OutKind::Value(_) => mixed!(#krate::__private::MaybeUninit::assume_init(#name)),
            OutKind::Handle(_) | OutKind::Slice { .. } => mixed!(#name),
        }
    });
    let values: Vec<TokenStream> = values.collect();
    let value = match values.as_slice() {
        [] => return None,
        [single] => single.clone(),
        _ => mixed!((#(#values),*)),
    };
    // SAFETY (of the generated block): reached only after the convention's success
    // test passed, and a C function that reports success has written its
    // out-parameters (the promise `#[out]` states); check() rejected target types
    // with invalid bit patterns (bool, references, NonNull, fn pointers).
    if outs.iter().any(|out| matches!(out.kind, OutKind::Value(_))) {
        Some(mixed!(unsafe { #value }))
    } else {
        Some(value)
    }
}

pub(crate) fn out_type(outs: &[Out<'_>], krate: &Path) -> TokenStream {
    let types: Vec<TokenStream> = outs
        .iter()
        .map(|out| match out.kind {
            OutKind::Value(ty) | OutKind::Handle(ty) => ty.to_token_stream(),
            OutKind::Slice { elem, .. } => mixed!(#krate::__private::Vec<#elem>),
        })
        .collect();
    match types.as_slice() {
        [single] => single.clone(),
        _ => mixed!((#(#types),*)),
    }
}
