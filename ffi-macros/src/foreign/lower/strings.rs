//! C string parameters: `&CStr` as it is, `&str` made NUL-terminated for the call
//! (`#[str]`), and both as `Option` for a C string that may be NULL (`#[nullable]`).
//!
//! Input: `#[str] path: *const c_char`. Output (the wrapper takes `path: &str`):
//! ```text
//! let mut path = (StrArg::new(), path);
//! let path = match StrArg::set(&mut path.0, path.1) {
//!     Ok(pointer) => pointer,
//!     Err(position) => return Err(interior_nul_error(&Site { .. }, "path", position)),
//! };
//! ... raw::f(path) ...
//! ```
//! The slot (the first, shadowed `path`) lives until the wrapper returns, so the
//! pointer outlives the call; it is filled in place, with no copy of the buffer.
//! `#[str(len)]` passes the `&str`'s pointer and its length, with no copy.

use super::Lowering;
use super::syntax::ast::StringParam;
use proc_macro2::{Ident, TokenStream};

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
                mixed!(match #name {
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
    // The slot and the text are kept in one local of the parameter's name (a
    // name nothing else in the wrapper takes); the pointer into the slot then
    // shadows it, and the slot lives, shadowed, until the wrapper returns.
    let parameter = name.to_string();
    let site = lowering.site();
    let error = lowering
        .convert_error(&mixed!(#private::interior_nul_error(#site, #parameter, __position)));
    let set = |text: TokenStream| {
        mixed! {
            match #private::StrArg::set(&mut #name.0, #text) {
                #private::Ok(__pointer) => __pointer,
                #private::Err(__position) => return #private::Err(#error),
            }
        }
    };
    let (input, value) = if nullable {
        let set_text = set(mixed!(__text));
        (
            mixed!(#name: #private::Option<&#str_type>),
            mixed!(match #name.1 {
                #private::Some(__text) => #set_text,
                #private::None => #null,
            }),
        )
    } else {
        (mixed!(#name: &#str_type), set(mixed!(#name.1)))
    };
    LoweredString {
        input,
        conversion: mixed! {
            let mut #name = (#private::StrArg::new(), #name);
            let #name = #value;
        },
        argument: mixed!(#name),
    }
}
