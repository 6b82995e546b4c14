//! C string parameters: `&CStr` as it is, `&str` made NUL-terminated for the call
//! (`#[str]`), and both as `Option` for a C string that may be NULL (`#[nullable]`).
//!
//! Input: `#[str] path: *const c_char`. Output (the wrapper takes `path: &str`):
//! ```text
//! let mut __path_c = StrArg::new();
//! let __path_p = match StrArg::set(&mut __path_c, path) {
//!     Ok(pointer) => pointer,
//!     Err(position) => return Err(nul_error(&Site { .. }, "path", position)),
//! };
//! ... raw::f(__path_p) ...
//! ```
//! The slot `__path_c` lives until the wrapper returns, so the pointer outlives the
//! call; it is filled in place, with no copy of the buffer.

use super::Lowering;
use super::syntax::ast::StringParam;
use proc_macro2::{Ident, Span, TokenStream};
use quote::format_ident;

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
    let slot = format_ident!("__{}_c", name, span = Span::mixed_site());
    let parameter = name.to_string();
    let site = lowering.site();
    let error = lowering.convert_error(&mixed!(#private::nul_error(#site, #parameter, __position)));
    let set = |text: TokenStream| {
        mixed! {
            match #private::StrArg::set(&mut #slot, #text) {
                #private::Ok(__pointer) => __pointer,
                #private::Err(__position) => return #private::Err(#error),
            }
        }
    };
    let pointer = format_ident!("__{}_p", name, span = Span::mixed_site());
    let (input, value) = if nullable {
        let set_text = set(mixed!(__text));
        (
            mixed!(#name: #private::Option<&#private::core::primitive::str>),
            mixed!(match #name {
                #private::Some(__text) => #set_text,
                #private::None => #null,
            }),
        )
    } else {
        (
            mixed!(#name: &#private::core::primitive::str),
            set(mixed!(#name)),
        )
    };
    LoweredString {
        input,
        conversion: mixed! {
            let mut #slot = #private::StrArg::new();
            let #pointer = #value;
        },
        argument: mixed!(#pointer),
    }
}
