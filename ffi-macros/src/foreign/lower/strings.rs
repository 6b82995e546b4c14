//! C string parameters: `&CStr` as it is, `&str` made NUL-terminated for the call
//! (`#[str]`), and both as `Option` for a C string that may be NULL (`#[nullable]`).
//!
//! Input: `#[str] path: *const c_char`. Output (the wrapper takes `path: &str`):
//! ```text
//! let mut __slot = StrArg::new();
//! let path = match StrArg::set(&mut __slot, path) {
//!     Ok(string) => string,
//!     Err(position) => return Err(interior_nul_error(&Site { .. }, "path", position)),
//! };
//! ... raw::f(NulTerminated::as_ptr(&path)) ...
//! ```
//! The slot lives until the wrapper returns, and the `NulTerminated` borrows it,
//! so the pointer outlives the call; it is filled in place, with no copy of the
//! buffer, and creating it stores nothing.
//! `#[str(len)]` passes the `&str`'s pointer and its length, with no copy.

use super::Lowering;
use super::syntax::ast::StringParam;
use proc_macro2::{Ident, TokenStream};
use quote::ToTokens;

/// What the wrapper does with one C string parameter.
pub(crate) struct LoweredString {
    /// The wrapper's parameter.
    pub(crate) input: TokenStream,
    /// Statements before the call (the `&str` conversion), possibly none.
    pub(crate) conversion: TokenStream,
    /// The `*const c_char` passed to C.
    pub(crate) argument: TokenStream,
}

pub(crate) fn string_param(
    lowering: &Lowering<'_>,
    name: &Ident,
    string: &StringParam,
) -> LoweredString {
    let private = &lowering.private;
    let (utf8, nullable) = (string.utf8.is_some(), string.nullable.is_some());
    let null = mixed!(#private::core::ptr::null());
    if !utf8 {
        let (input, argument) = if nullable {
            (
                mixed!(#name: #private::Option<&#private::CStr>),
                body!(lowering => match #name {
                    #private::Some(__text) => #private::CStr::as_ptr(__text),
                    #private::None => #null,
                }),
            )
        } else {
            (
                mixed!(#name: &#private::CStr),
                mixed!(#private::CStr::as_ptr(#name)),
            )
        };
        return LoweredString {
            input,
            conversion: TokenStream::new(),
            argument,
        };
    }
    let str_type = mixed!(#private::core::primitive::str);
    if string.length.is_some() {
        // `#[str(len)]`: C reads the bytes by their count; no NUL, no copy.
        return LoweredString {
            input: mixed!(#name: &#str_type),
            conversion: TokenStream::new(),
            argument: mixed!(<#str_type>::as_ptr(#name).cast()),
        };
    }
    // The slot is a local of its own (hygienic: no user name can meet it; a
    // second string parameter's slot shadows it, and it lives on, borrowed, until
    // the wrapper returns). Kept apart from the text, the `&str` stays in
    // registers: only the slot's address is taken.
    let parameter = name.to_string();
    let site = lowering.site();
    let error = lowering.convert_error(
        body!(lowering => #private::interior_nul_error(#site, #parameter, __position)),
    );
    let set = |text: TokenStream| {
        body! { lowering =>
            match #private::StrArg::set(&mut __slot, #text) {
                #private::Ok(__string) => __string,
                #private::Err(__position) => return #private::Err(#error),
            }
        }
    };
    let (input, value) = if nullable {
        let set_text = set(body!(lowering => __text));
        (
            mixed!(#name: #private::Option<&#str_type>),
            body!(lowering => match #name {
                #private::Some(__text) => #set_text,
                #private::None => #private::NulTerminated::null(),
            }),
        )
    } else {
        (mixed!(#name: &#str_type), set(name.to_token_stream()))
    };
    LoweredString {
        input,
        conversion: body! { lowering =>
            let mut __slot = #private::StrArg::new();
            let #name = #value;
        },
        argument: mixed!(#private::NulTerminated::as_ptr(&#name)),
    }
}
