//! C string parameters: `&CStr` as it is, `&str` made NUL-terminated for the call
//! (`#[str]`), and both as `Option` for a C string that may be NULL (`#[nullable]`).
//!
//! Input: `#[str] path: *const c_char`. Output (the wrapper takes `path: &str`):
//! ```text
//! let __path_c = match StrArg::new(path) {
//!     Ok(argument) => argument,
//!     Err(position) => return Err(nul_error(&Site { .. }, "path", position)),
//! };
//! ... raw::f(StrArg::as_ptr(&__path_c)) ...
//! ```
//! `__path_c` lives until the wrapper returns, so the pointer outlives the call.

use super::ast::{Block, Function};
use super::wrapper::{convert_error, site};
use proc_macro2::{Ident, Span, TokenStream};
use quote::{format_ident, quote_spanned};

macro_rules! mixed {
    ($($tt:tt)*) => {
        quote_spanned!(Span::mixed_site()=> $($tt)*)
    };
}

/// What the wrapper does with one C string parameter.
pub(crate) struct StringParam {
    /// The wrapper's parameter.
    pub(crate) input: TokenStream,
    /// Statements before the call (the `&str` conversion), possibly none.
    pub(crate) conversion: TokenStream,
    /// The `*const c_char` passed to C.
    pub(crate) argument: TokenStream,
}

pub(crate) fn string_param(
    name: &Ident,
    utf8: bool,
    nullable: bool,
    block: &Block,
    function: &Function,
) -> StringParam {
    let krate = &block.args.krate;
    let private = mixed!(#krate::__private);
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
        return StringParam {
            input,
            conversion: TokenStream::new(),
            argument,
        };
    }
    let converted = format_ident!("__{}_c", name, span = Span::mixed_site());
    let parameter = name.to_string();
    let site = site(&private, &function.symbol);
    let error = convert_error(
        &block.args,
        &mixed!(#private::nul_error(#site, #parameter, __position)),
    );
    let convert = |text: TokenStream| {
        mixed! {
            match #private::StrArg::new(#text) {
                #private::Ok(__argument) => __argument,
                #private::Err(__position) => return #private::Err(#error),
            }
        }
    };
    if nullable {
        let converted_text = convert(mixed!(__text));
        StringParam {
            input: mixed!(#name: #private::Option<&#private::core::primitive::str>),
            conversion: mixed! {
                let #converted = match #name {
                    #private::Some(__text) => #private::Some(#converted_text),
                    #private::None => #private::None,
                };
            },
            argument: mixed!(match &#converted {
                #private::Some(__argument) => #private::StrArg::as_ptr(__argument),
                #private::None => #null,
            }),
        }
    } else {
        let converted_name = convert(mixed!(#name));
        StringParam {
            input: mixed!(#name: &#private::core::primitive::str),
            conversion: mixed!(let #converted = #converted_name;),
            argument: mixed!(#private::StrArg::as_ptr(&#converted)),
        }
    }
}
