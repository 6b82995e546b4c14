//! What a returned pointer becomes once the convention tested it: a `NonNull`,
//! an owned or borrowed handle (`owned = H`, `borrowed = &H`), a C string
//! (`string = ..`), or a copy of the array it addresses (`slice = len`).

use super::syntax::args::{Convention, FnArgs, ReturnedString};
use super::syntax::types;
use super::{Lowering, SuccessTest, moved};
use proc_macro2::{Ident, TokenStream};
use quote::{ToTokens, quote_spanned};
use syn::spanned::Spanned;
use syn::{Type, TypePtr};

/// A returned pointer: spelled `*mut T`/`*const T`, or (under `nonnull`) a
/// typedef the compiler proves is one through `RawPointer` (bindgen's `gzFile`).
#[derive(Clone, Copy)]
pub(crate) enum ReturnedPointer<'a> {
    Spelled(&'a TypePtr),
    Typedef(&'a Type),
}

impl<'a> ReturnedPointer<'a> {
    /// The function's returned pointer, if it returns one. A path is taken for a
    /// pointer typedef only under `nonnull`, the claim that the return is a
    /// pointer; with any other convention it is an integer.
    pub(crate) fn of(lowering: &Lowering<'a>) -> Option<Self> {
        let ty = types::returned(&lowering.function.sig.output)?;
        if let Some(pointer) = types::as_pointer(ty) {
            return Some(Self::Spelled(pointer));
        }
        let typedef = types::may_be_pointer_typedef(ty);
        (typedef && matches!(lowering.reporting.convention, Convention::NonNull))
            .then_some(Self::Typedef(ty))
    }

    /// What the pointer addresses.
    fn target(self, private: &Ident) -> TokenStream {
        match self {
            Self::Spelled(pointer) => pointer.elem.to_token_stream(),
            // Spanned at the type, where a non-pointer typedef is reported.
            Self::Typedef(ty) => quote_spanned!(ty.span()=> <#ty as #private::RawPointer>::Target),
        }
    }

    /// Whether `__ret` is NULL.
    pub(crate) fn is_null(self, lowering: &Lowering<'_>) -> TokenStream {
        match self {
            Self::Spelled(_) => {
                let ret = lowering.ret();
                mixed!(#ret.is_null())
            }
            Self::Typedef(_) => {
                let pointer = self.as_mut(lowering);
                mixed!(#pointer.is_null())
            }
        }
    }

    /// `__ret` as a `*mut T` (`NonNull::new` and `Handle::from_raw` take one).
    fn as_mut(self, lowering: &Lowering<'_>) -> TokenStream {
        match self {
            Self::Spelled(pointer) => as_mut(lowering, pointer),
            Self::Typedef(ty) => {
                let private = &lowering.private;
                let ret = lowering.ret();
                quote_spanned!(ty.span()=> <#ty as #private::RawPointer>::into_mut(#ret))
            }
        }
    }
}

/// The test of a returned pointer: NULL runs `failure`.
pub(crate) fn pointer_test(
    lowering: &Lowering<'_>,
    pointer: ReturnedPointer<'_>,
    failure: TokenStream,
    err_type: Option<TokenStream>,
) -> SuccessTest {
    let args = &lowering.function.args;
    if let Some((string, _)) = &args.string {
        return string_test(lowering, string, failure, err_type);
    }
    // `check::returns` refuses `slice = len` on a typedef return.
    if let (Some(length), ReturnedPointer::Spelled(spelled)) = (&args.returned_slice, pointer) {
        return slice_test(lowering, spelled, length, failure, err_type);
    }
    null_test(lowering, pointer, returned_handle(args), failure, err_type)
}

/// How a returned pointer becomes a handle (`owned = H`, `borrowed = &H`).
#[derive(Clone, Copy)]
enum ReturnedHandle<'a> {
    Owned(&'a Type),
    Borrowed(&'a syn::TypeReference),
}

fn returned_handle(args: &FnArgs) -> Option<ReturnedHandle<'_>> {
    if let Some(Type::Reference(reference)) = &args.borrowed {
        return Some(ReturnedHandle::Borrowed(reference));
    }
    args.owned.as_ref().map(ReturnedHandle::Owned)
}

/// With `owned = H` or `borrowed = &H`, the pointer becomes a handle instead.
fn null_test(
    lowering: &Lowering<'_>,
    pointer: ReturnedPointer<'_>,
    returned: Option<ReturnedHandle<'_>>,
    failure: TokenStream,
    err_type: Option<TokenStream>,
) -> SuccessTest {
    let failure = moved(failure);
    let krate = lowering.krate;
    let private = &lowering.private;
    let elem = moved(pointer.target(private));
    let as_mut = moved(pointer.as_mut(lowering));
    let (test, ok_type) = match returned {
        // SAFETY (of the generated block): `borrowed = &H` is the user's promise that
        // the returned handle (or NULL) stays valid, and is freed by nobody, for as
        // long as the reference parameters it is tied to (elided `'_`, or the named
        // lifetime) are borrowed.
        Some(ReturnedHandle::Borrowed(reference)) => {
            let handle = &reference.elem;
            let lifetime = reference
                .lifetime
                .as_ref()
                .map_or_else(|| mixed!('_), ToTokens::to_token_stream);
            (
                mixed!((unsafe { #krate::Borrowed::<#handle>::from_raw(#as_mut) })),
                mixed!(#krate::Borrowed<#lifetime, #handle>),
            )
        }
        // SAFETY (of the generated block): `owned = H` is the user's promise that the
        // function returns a new handle (or NULL) that the caller owns.
        Some(ReturnedHandle::Owned(handle)) => (
            mixed!((unsafe { <#handle as #krate::Handle>::from_raw(#as_mut) })),
            handle.to_token_stream(),
        ),
        None => (
            mixed!(#private::NonNull::new(#as_mut)),
            mixed!(#private::NonNull<#elem>),
        ),
    };
    let test = moved(test);
    SuccessTest {
        guard: body! { lowering =>
            let #private::Some(__ptr) = #test else {
                #failure
            };
        },
        value: body!(lowering => __ptr),
        ok_type,
        err_type,
    }
}

/// `string = ..` on a `const char *` return: NULL is the failure; otherwise a
/// `&CStr` for as long as the source keeps it, or a `CString` copy.
fn string_test(
    lowering: &Lowering<'_>,
    string: &ReturnedString,
    failure: TokenStream,
    err_type: Option<TokenStream>,
) -> SuccessTest {
    let failure = moved(failure);
    let function = lowering.function;
    let private = &lowering.private;
    let ret = lowering.ret();
    // SAFETY (of the generated blocks): `string = ..` is the user's promise that a
    // non-NULL return is a NUL-terminated string that stays valid for the lifetime
    // the key names: forever (`static`), until the next call on a handle the wrapper
    // borrows mutably for the returned lifetime (`borrow`), or until freed (`copy`
    // and `free` copy it first).
    let borrowed = body!(lowering => unsafe { #private::CStr::from_ptr(__ptr.as_ptr()) });
    let (value, ok_type) = match string {
        ReturnedString::Static => (borrowed, mixed!(&'static #private::CStr)),
        ReturnedString::Borrow(source) => {
            let lifetime = function.borrow_lifetime(source);
            (borrowed, mixed!(&#lifetime #private::CStr))
        }
        ReturnedString::Copy => (
            mixed!(#private::CStr::to_owned(#borrowed)),
            mixed!(#private::CString),
        ),
        ReturnedString::Utf8 => {
            let site = lowering.site();
            let error =
                lowering.convert_error(body!(lowering => #private::utf8_error(#site, __invalid)));
            (
                body! { lowering =>
                    match #private::CStr::to_str(#borrowed) {
                        #private::Ok(__text) => #private::String::from(__text),
                        #private::Err(__invalid) => return #private::Err(#error),
                    }
                },
                mixed!(#private::String),
            )
        }
        ReturnedString::Lossy => (
            mixed!(#private::String::from(#private::CStr::to_string_lossy(#borrowed))),
            mixed!(#private::String),
        ),
        ReturnedString::Free(free) => {
            let free = lowering.raw_call(free, [body!(lowering => __ptr.as_ptr().cast())]);
            (
                body! { lowering => {
                    let __copy = #private::CStr::to_owned(#borrowed);
                    // SAFETY: `string = free(f)` promises the caller owns the string
                    // and `f` frees it; it is freed once, after the copy.
                    unsafe { #free };
                    __copy
                }},
                mixed!(#private::CString),
            )
        }
    };
    let returns_mut = types::returned(&function.sig.output)
        .and_then(types::as_pointer)
        .is_some_and(types::is_mut);
    let as_mut = if returns_mut {
        ret.to_token_stream()
    } else {
        mixed!(<*const #private::c_char>::cast_mut(#ret))
    };
    // Copied (and freed) right after the test, before any out-parameter's
    // check can return early and leave the string behind.
    SuccessTest {
        guard: body! { lowering =>
            let #private::Some(__ptr) = #private::NonNull::new(#as_mut) else {
                #failure
            };
            let __value = #value;
        },
        value: body!(lowering => __value),
        ok_type,
        err_type,
    }
}

/// `slice = len`: a non-NULL pointer to `len` elements (the count C wrote through
/// the `len` parameter), copied into a `Vec<T>`; a count that is no `usize` is an
/// error. NULL is the convention's failure, so `from_raw_parts` never sees it.
fn slice_test(
    lowering: &Lowering<'_>,
    pointer: &TypePtr,
    length: &syn::Ident,
    failure: TokenStream,
    err_type: Option<TokenStream>,
) -> SuccessTest {
    let failure = moved(failure);
    let function = lowering.function;
    let private = &lowering.private;
    let elem = &pointer.elem;
    let as_mut = as_mut(lowering, pointer);
    let count_type = function
        .param(length)
        .and_then(|param| types::as_pointer(&param.ty))
        .map(|count| count.elem.to_token_stream())
        .unwrap_or_default();
    let site = lowering.site();
    let parameter = length.to_string();
    let bad_length =
        lowering.convert_error(mixed!(#private::invalid_length_error(#site, #parameter)));
    // SAFETY (of the generated block): `free = f` promises the caller owns the
    // array and `f` frees it; every path frees it once (after the copy, or before
    // reporting a bad count).
    let release = function.args.free.as_ref().map(|free| {
        let free = lowering.raw_call(free, [body!(lowering => __ptr.as_ptr().cast())]);
        mixed!(unsafe { #free };)
    });
    let copy = copied_array(lowering, elem, release.clone());
    SuccessTest {
        guard: body! { lowering =>
            let #private::Some(__ptr) = #private::NonNull::new(#as_mut) else {
                #failure
            };
            let __count = <#count_type as #private::Length>::to_usize(#length);
            let __count = match __count.and_then(#private::array_length::<#elem>) {
                #private::Some(__count) => __count,
                #private::None => {
                    #release
                    return #private::Err(#bad_length);
                }
            };
            // Copied (and freed) at once, before any out-parameter's check
            // can return early and leave the array behind.
            let __value = #copy;
        },
        value: body!(lowering => __value),
        ok_type: mixed!(#private::Vec<#elem>),
        err_type,
    }
}

/// The copy of a returned array, then its release (`free = f`).
fn copied_array(lowering: &Lowering<'_>, elem: &Type, release: Option<TokenStream>) -> TokenStream {
    let private = &lowering.private;
    // SAFETY (of the generated block): `slice = len` is the user's promise that
    // a non-NULL return points to `len` initialized, aligned elements that stay
    // valid until this copy is made.
    match release {
        Some(release) => body! { lowering => {
            let __copy = <[#elem]>::to_vec(unsafe {
                #private::core::slice::from_raw_parts(__ptr.as_ptr(), __count)
            });
            #release
            __copy
        }},
        None => body! { lowering =>
            <[#elem]>::to_vec(unsafe {
                #private::core::slice::from_raw_parts(__ptr.as_ptr(), __count)
            })
        },
    }
}

/// What a returned pointer the caller owns becomes when a scoped callback's
/// panic resumes right after the call: freed, so that nothing C handed out
/// leaks (the value is never tested, so NULL is checked here).
pub(crate) fn release_returned(lowering: &Lowering<'_>) -> Option<TokenStream> {
    let function = lowering.function;
    function.callbacks().next()?;
    let args = &function.args;
    let private = &lowering.private;
    let as_mut = ReturnedPointer::of(lowering)?.as_mut(lowering);
    let free = match (&args.string, &args.free) {
        (Some((ReturnedString::Free(free), _)), _) | (None, Some(free)) => Some(free),
        _ => None,
    };
    if let Some(free) = free {
        let ret = lowering.ret();
        let free = lowering.raw_call(free, [mixed!(#as_mut.cast())]);
        // SAFETY (of the generated block): `string = free(f)` / `free = f` is the
        // user's promise that a non-NULL return is the caller's, freed with `f`;
        // the panic resuming after this means nothing else will free it.
        return Some(mixed! {
            if !#ret.is_null() {
                unsafe { #free };
            }
        });
    }
    let krate = lowering.krate;
    let owned = args.owned.as_ref()?;
    // SAFETY (of the generated block): `owned = H` is the user's promise that the
    // function returns a new handle (or NULL) that the caller owns.
    Some(mixed! {
        #private::core::mem::drop(unsafe { <#owned as #krate::Handle>::from_raw(#as_mut) });
    })
}

/// `__ret` as a `*mut T` (`NonNull::new` and `Handle::from_raw` take one).
fn as_mut(lowering: &Lowering<'_>, pointer: &TypePtr) -> TokenStream {
    let ret = lowering.ret();
    let elem = &pointer.elem;
    if types::is_mut(pointer) {
        ret.to_token_stream()
    } else {
        mixed!(<*const #elem>::cast_mut(#ret))
    }
}
