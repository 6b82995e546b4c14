//! Caller-allocated output buffers: allocate, call, grow and call again while C
//! says the buffer is too small, up to a maximum.
//!
//! Input: `#[buffer(size, initial = 2, grow_on = ERANGE)] buf: *mut c_char, size: usize`
//! (`getcwd`). Output (inside the wrapper, paths shortened):
//! ```text
//! let mut __capacity: usize = 2;
//! loop {
//!     let mut __buffer = zeroed_buffer::<u8>(__capacity);
//!     let __capacity_n = __capacity; // a `usize` length; others go through `Length`
//!     let __ret = unsafe { raw::getcwd(__buffer.as_mut_ptr().cast(), __capacity_n) };
//!     if __ret.is_null() {
//!         let __error = last_errno_error(&Site { function: "getcwd" });
//!         if should_grow(&__error, libc::ERANGE, &mut __capacity, 1048576) { continue; }
//!         return Err(__error);
//!     }
//!     match buffer_string(__buffer) { .. break Ok(text) .. or grow and loop }
//! }
//! ```

use super::syntax::ast::{BufferParam, Function, Param};
use super::syntax::types;
use super::{Lowering, moved};
use proc_macro2::TokenStream;
use quote::ToTokens;
use syn::Type;

/// A buffer too small (its `grow_on` errno or `grow_on_code` status) is grown and
/// the call retried: the failure branch starts with that test.
pub(crate) fn with_buffer_retry(lowering: &Lowering<'_>, release: TokenStream) -> TokenStream {
    let private = &lowering.private;
    let function = lowering.function;
    match function.buffer() {
        Some((_, buffer)) => {
            let max = buffer.max;
            let by_errno = buffer.grow_on.as_ref().map(|errno| {
                body!(lowering => #private::should_grow(&__error, #private::libc::#errno, &mut __capacity, #max))
            });
            let by_code = buffer.grow_on_code.map(
                |code| body!(lowering => #private::should_grow_code(&__error, #code, &mut __capacity, #max)),
            );
            let length_type = function.buffer_length().and_then(|(_, in_out)| in_out);
            let by_length = length_type
                .filter(|_| buffer.grow_to_length)
                .map(|length_type| {
                    body! { lowering =>
                        #private::grow_to(
                            &mut __capacity,
                            <#length_type as #private::Length>::to_usize(__capacity_n),
                            #max,
                        )
                    }
                });
            let tests: Vec<TokenStream> = by_errno
                .into_iter()
                .chain(by_code)
                .chain(by_length)
                .collect();
            if tests.is_empty() {
                release
            } else {
                mixed! {
                    if #(#tests)||* {
                        continue;
                    }
                    #release
                }
            }
        }
        None => release,
    }
}

/// The declared element type when the buffer holds elements of it (an in/out
/// `*mut L` length counts them), `None` when it holds bytes (a string, or
/// `void *`); the proofs then require the declared element to be a byte.
pub(crate) fn typed_elements<'a>(function: &Function, param: &'a Param) -> Option<&'a Type> {
    let pointer = types::as_pointer(&param.ty)?;
    (function.has_in_out_buffer_length() && !types::is_c_void(&pointer.elem))
        .then_some(&*pointer.elem)
}

/// `#[buffer(len)]`: allocate, call, and grow on "too small" (the `grow_on`
/// errno, or a buffer C filled without a NUL) up to `max`; the `Ok` value is the
/// C string C wrote.
pub(crate) fn buffer_loop(
    lowering: &Lowering<'_>,
    param: &Param,
    buffer: &BufferParam,
    call_and_test: TokenStream,
) -> TokenStream {
    let call_and_test = moved(call_and_test);
    let function = lowering.function;
    let private = &lowering.private;
    let site = lowering.site();
    let name = param
        .ident
        .as_ref()
        .map(ToString::to_string)
        .unwrap_or_default();
    let length = buffer.length.to_string();
    // check() made sure the length parameter exists.
    let (length_type, in_out) = match function.buffer_length() {
        Some((_, Some(pointee))) => (pointee.to_token_stream(), true),
        Some((length, None)) => (length.ty.to_token_stream(), false),
        None => (TokenStream::new(), false),
    };
    let (initial, max) = (buffer.initial, buffer.max);
    let too_long = lowering.convert_error(
        body!(lowering => #private::length_error(#site, #name, #length, __capacity)),
    );
    let truncated = lowering.convert_error(mixed!(#private::truncated_error(#site, #name, #max)));
    let element =
        typed_elements(function, param).map_or_else(|| mixed!(u8), ToTokens::to_token_stream);
    let return_type = types::returned(&function.sig.output).map(ToTokens::to_token_stream);
    let result = if let (true, Some(return_type)) = (buffer.size_returned, &return_type) {
        // The length the whole string needs, without its NUL (`snprintf`): less
        // than the capacity means it fit; otherwise grow to exactly that plus the
        // NUL and call again. A size that cannot be a `usize` is no size at all.
        body! { lowering =>
            let __needed = <#return_type as #private::Length>::to_usize(__ret);
            match __needed {
                #private::Some(__needed) if __needed < __capacity => {
                    match #private::buffer_string(__buffer) {
                        #private::Some(__text) => break #private::Ok(__text),
                        #private::None => return #private::Err(#truncated),
                    }
                }
                __needed => {
                    let __needed = __needed.and_then(|__needed| __needed.checked_add(1));
                    if !#private::grow_to(&mut __capacity, __needed, #max) {
                        return #private::Err(#truncated);
                    }
                }
            }
        }
    } else if let (true, Some(return_type)) = (buffer.length_returned, &return_type) {
        // The count C returned: all of the buffer means it may have been cut off
        // (readlink does not say), so grow and call again.
        body! { lowering =>
            let __written = <#return_type as #private::Length>::to_usize(__ret);
            match __written {
                #private::Some(__written) if __written < __capacity => {
                    match #private::written_bytes(__buffer, __written) {
                        #private::Some(__bytes) => break #private::Ok(__bytes),
                        #private::None => return #private::Err(#truncated),
                    }
                }
                _ => {
                    if !#private::grow(&mut __capacity, #max) {
                        return #private::Err(#truncated);
                    }
                }
            }
        }
    } else if in_out {
        // C wrote the length it used through the in/out pointer: checked against
        // the buffer, never trusted blindly.
        body! { lowering =>
            let __written = <#length_type as #private::Length>::to_usize(__capacity_n);
            match __written.and_then(|__written| #private::written_bytes(__buffer, __written)) {
                #private::Some(__bytes) => break #private::Ok(__bytes),
                #private::None => return #private::Err(#truncated),
            }
        }
    } else {
        body! { lowering =>
            match #private::buffer_string(__buffer) {
                #private::Some(__text) => break #private::Ok(__text),
                #private::None => {
                    if !#private::grow(&mut __capacity, #max) {
                        return #private::Err(#truncated);
                    }
                }
            }
        }
    };
    let capacity = capacity_conversion(lowering, &length_type, in_out, &too_long);
    body! { lowering =>
        let mut __capacity: usize = #initial;
        loop {
            let mut __buffer = #private::zeroed_buffer::<#element>(__capacity);
            #capacity
            #call_and_test
            #result
        }
    }
}

/// `__capacity_n`, the capacity as C's length type: itself for a `usize` passed
/// by value, else through the sealed `Length` conversion (too long is an `Err`).
fn capacity_conversion(
    lowering: &Lowering<'_>,
    length_type: &TokenStream,
    in_out: bool,
    too_long: &TokenStream,
) -> TokenStream {
    let private = &lowering.private;
    let mutability = in_out.then(|| mixed!(mut));
    match lowering.function.buffer_length() {
        Some((length, None)) if types::is_usize(&length.ty) => {
            body!(lowering => let __capacity_n: #length_type = __capacity;)
        }
        _ => body! { lowering =>
            let #mutability __capacity_n = match <#length_type as #private::Length>::from_usize(__capacity) {
                #private::Some(__length) => __length,
                #private::None => return #private::Err(#too_long),
            };
        },
    }
}
