//! The lowering half of `#[foreign]`: from a checked function to its safe
//! wrapper. [`wrapper`] assembles it from the parts its children lower
//! (parameters, out slots, the success test and returned pointers, strings,
//! buffers, callbacks, docs). Each part takes the one [`Lowering`] context of the
//! wrapper, which offers what they share: the runtime path, the call site, the
//! error conversion, the return local, and [`Lowering::raw_call`], the only place
//! that spells a call of a raw item.

mod buffers;
mod callbacks;
mod docs;
mod outs;
mod params;
mod pointers;
mod proofs;
mod returns;
mod strings;
mod wrapper;

use super::syntax;
use proc_macro2::{Group, Ident, Span, TokenStream, TokenTree};
use quote::ToTokens;
use std::fmt::Write as _;
use syn::Path;
use syn::spanned::Spanned;
use syntax::args::Convention;
use syntax::ast::{Block, Function, Reporting};
use syntax::types;

pub(crate) use wrapper::wrapper;

/// What a convention adds after the call: the failure test with its early return,
/// the `Ok` value without out-parameters, and the types.
pub(crate) struct SuccessTest {
    pub(crate) guard: TokenStream,
    pub(crate) value: TokenStream,
    pub(crate) ok_type: TokenStream,
    /// `None` when the wrapper returns the value itself (`unchecked`).
    pub(crate) err_type: Option<TokenStream>,
}

/// What every part of one wrapper's lowering needs.
pub(crate) struct Lowering<'a> {
    pub(crate) block: &'a Block,
    pub(crate) function: &'a Function,
    /// The convention and message in force for the function.
    pub(crate) reporting: Reporting<'a>,
    /// Where `ffi_runtime` is (`crate = ..`).
    pub(crate) krate: &'a Path,
    /// `__ffi`, the wrapper body's alias of `#krate::__private` (mixed-site).
    /// The signature, outside the body, gets the full path ([`Lowering::in_signature`]).
    pub(crate) private: Ident,
}

impl<'a> Lowering<'a> {
    pub(crate) fn new(block: &'a Block, function: &'a Function) -> Self {
        let krate = &block.args.krate;
        Lowering {
            block,
            function,
            reporting: function.reporting(&block.args),
            krate,
            private: alias(),
        }
    }

    /// `use #krate::__private::{self as __ffi, hygiene::{__ret, ..}};`, when
    /// `body` uses the alias (every body that declares a local does). The
    /// `hygiene` names are functions named like the body's locals, imported
    /// nearer than anything of the user's, so that a user's `static __ret` (or
    /// const, or unit struct) cannot capture `let __ret`. A name the function's
    /// own parameters take is left out: the import would shadow the parameter.
    pub(crate) fn alias_import(&self, body: &TokenStream) -> TokenStream {
        let mut mentions = Mentions::default();
        mentions.scan(body.clone());
        if !mentions.alias {
            return TokenStream::new();
        }
        let mut locals = mentions.locals;
        locals.retain(|local| {
            self.function
                .params
                .iter()
                .all(|param| param.ident.as_ref().is_none_or(|name| name != local))
        });
        locals.sort();
        let locals = locals
            .iter()
            .map(|local| Ident::new(local, Span::mixed_site()));
        let krate = self.krate;
        let alias = alias();
        mixed! {
            #[allow(unused_imports)]
            use #krate::__private::{self as #alias, hygiene::{#(#locals),*}};
        }
    }

    /// `tokens` (a parameter, a bound, the return type) with the alias replaced
    /// by the full path: the signature is outside the body that declares it.
    pub(crate) fn in_signature(&self, tokens: TokenStream) -> TokenStream {
        let krate = self.krate;
        tokens
            .into_iter()
            .map(|token| match token {
                TokenTree::Ident(ident) if ident == ALIAS => mixed!(#krate::__private),
                TokenTree::Group(group) => {
                    let mut replaced =
                        Group::new(group.delimiter(), self.in_signature(group.stream()));
                    replaced.set_span(group.span());
                    TokenTree::Group(replaced).into()
                }
                other => other.into(),
            })
            .collect()
    }

    /// A call of the raw item `name` of this block with `arguments`: the C
    /// function itself, its message getter, or the function that frees what it
    /// returned. The caller puts it in an `unsafe` block with its reason.
    pub(crate) fn raw_call(
        &self,
        name: &Ident,
        arguments: impl IntoIterator<Item = TokenStream>,
    ) -> TokenStream {
        let raw_mod = &self.block.args.raw_mod;
        let arguments = arguments.into_iter();
        mixed!(#raw_mod::#name(#(#arguments),*))
    }

    /// The function's call site, for errors: a constant struct expression behind
    /// `&`, promoted to a `'static` (one read-only value per wrapper, nothing
    /// built at run time).
    pub(crate) fn site(&self) -> TokenStream {
        let private = &self.private;
        let symbol = &self.function.symbol;
        mixed!(&#private::Site { function: #symbol })
    }

    /// `error = Type`: a runtime error converted into the user's type.
    /// With `check = Type`, the check's error type takes it (an argument the
    /// wrapper refused, for a function whose failures `Type` reports): that type
    /// then needs `From<ffi_runtime::Error>`.
    pub(crate) fn convert_error(&self, error: &TokenStream) -> TokenStream {
        let krate = self.krate;
        let private = &self.private;
        if self.function.failure_outs().next().is_some() {
            // An error C did not report (an argument refused before the call):
            // no values.
            return mixed!(<#krate::Failed<_> as #private::From<#krate::Error>>::from(#error));
        }
        if let (Some(check_error), Convention::Check(checker)) =
            (self.check_error(), &self.reporting.convention)
        {
            // Spanned at the check type: a type without the `From` is named there.
            let from = quote::quote_spanned!(checker.span()=> #private::From<#krate::Error>);
            return mixed!(<#check_error as #from>::from(#error));
        }
        match &self.block.args.error {
            Some(user_error) => {
                mixed!(<#user_error as #private::From<#krate::Error>>::from(#error))
            }
            None => error.clone(),
        }
    }

    /// `<Type as Check<R>>::Error` for a `check = Type` function.
    fn check_error(&self) -> Option<TokenStream> {
        let Convention::Check(checker) = &self.reporting.convention else {
            return None;
        };
        let krate = self.krate;
        let returned = types::returned(&self.function.sig.output)
            .map_or_else(|| mixed!(()), ToTokens::to_token_stream);
        Some(mixed!(<#checker as #krate::Check<#returned>>::Error))
    }

    /// The error type of wrappers whose failures are runtime errors.
    pub(crate) fn error_type(&self) -> TokenStream {
        if let Some(check_error) = self.check_error() {
            return check_error;
        }
        let failure_types: Vec<&syn::Type> = self
            .function
            .failure_outs()
            .filter_map(|param| syntax::types::as_pointer(&param.ty))
            .map(|pointer| &*pointer.elem)
            .collect();
        if !failure_types.is_empty() {
            let krate = self.krate;
            return match failure_types.as_slice() {
                [one] => mixed!(#krate::Failed<#one>),
                several => mixed!(#krate::Failed<(#(#several),*)>),
            };
        }
        match &self.block.args.error {
            Some(user_error) => user_error.to_token_stream(),
            None => {
                let krate = self.krate;
                mixed!(#krate::Error)
            }
        }
    }
}

const ALIAS: &str = "__ffi";

/// The body's short name of the runtime's `__private` module.
pub(crate) fn alias() -> Ident {
    Ident::new(ALIAS, Span::mixed_site())
}

/// The names of the locals a body may declare (`__private::hygiene` has a
/// function of each name).
const LOCALS: &[&str] = &[
    "__ret",
    "__error",
    "__value",
    "__ptr",
    "__count",
    "__copy",
    "__text",
    "__invalid",
    "__length",
    "__position",
    "__pointer",
    "__buffer",
    "__capacity",
    "__capacity_n",
    "__written",
    "__needed",
    "__bytes",
    "__closure",
    "__caught",
    "__state",
    "__filling",
    "__slot",
    "__string",
];

/// What a body mentions: the alias, and the locals of [`LOCALS`] (and
/// `__argN`). One walk over the tokens, one formatting of each name into a
/// reused buffer: the walk copies the body's tokens (a `TokenStream` is iterated
/// by value), and it ran twice, with a `String` per identifier, for a sixth of
/// the expansion time.
#[derive(Default)]
struct Mentions {
    alias: bool,
    locals: Vec<String>,
    name: String,
}

impl Mentions {
    fn scan(&mut self, tokens: TokenStream) {
        for token in tokens {
            match token {
                TokenTree::Ident(ident) => self.ident(&ident),
                TokenTree::Group(group) => self.scan(group.stream()),
                _ => {}
            }
        }
    }

    fn ident(&mut self, ident: &Ident) {
        self.name.clear();
        let _ = write!(self.name, "{ident}");
        let name = self.name.as_str();
        // Every name looked for starts so; most identifiers do not.
        if !name.starts_with("__") {
            return;
        }
        if name == ALIAS {
            self.alias = true;
            return;
        }
        let argument = name
            .strip_prefix("__arg")
            .is_some_and(|index| index.parse::<u8>().is_ok_and(|index| index < 32));
        if (argument || LOCALS.contains(&name)) && !self.locals.iter().any(|local| local == name) {
            self.locals.push(name.to_owned());
        }
    }
}

/// `__ret`, the raw call's return value, invisible to the user's names
/// (mixed-site hygiene).
pub(crate) fn ret_ident() -> Ident {
    Ident::new("__ret", Span::mixed_site())
}
