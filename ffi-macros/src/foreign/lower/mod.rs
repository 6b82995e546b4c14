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
use proc_macro2::{Delimiter, Group, Ident, Span, TokenStream, TokenTree};
use quote::ToTokens;
use std::cell::{Cell, RefCell};
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

/// Tokens every wrapper of a block writes the same (only mixed-site template
/// tokens, nothing of the user's): built once and shared, each wrapper taking
/// a copy of the few tokens outside their groups (a group is shared by
/// reference counting, its tokens not copied).
pub(crate) struct Shared {
    /// `#[inline] #[allow(non_snake_case, clippy::too_many_arguments)]`.
    attributes: TokenStream,
    /// `#krate::Error`, the error type of most wrappers.
    runtime_error: TokenStream,
    /// `-> #krate::__private::Result`, which most signatures' outputs start
    /// with (syn printed the crate path for every wrapper).
    pub(crate) returns_result: TokenStream,
    /// `(__ret)`, the argument of the success tests.
    ret_argument: Group,
    /// `()`: no arguments, the unit value.
    no_arguments: Group,
    /// The body's alias import ([`Lowering::alias_import`]) for each set of
    /// imported locals (bits as in [`Lowering::locals`]) met so far.
    imports: RefCell<Vec<(u64, TokenStream)>>,
}

impl Shared {
    pub(crate) fn new(block: &Block) -> Self {
        let krate = &block.args.krate;
        let ret = Ident::new("__ret", Span::mixed_site());
        Shared {
            runtime_error: mixed!(#krate::Error),
            returns_result: mixed!(-> #krate::__private::Result),
            attributes: mixed! {
                #[inline]
                #[allow(non_snake_case, clippy::too_many_arguments)]
            },
            imports: RefCell::new(Vec::new()),
            ret_argument: mixed_group(mixed!(#ret)),
            no_arguments: mixed_group(TokenStream::new()),
        }
    }

    /// The wrapper's attributes that every wrapper has.
    pub(crate) fn attributes(&self) -> TokenStream {
        self.attributes.clone()
    }
}

/// What every part of one wrapper's lowering needs.
pub(crate) struct Lowering<'a> {
    pub(crate) block: &'a Block,
    pub(crate) shared: &'a Shared,
    pub(crate) function: &'a Function,
    /// The convention and message in force for the function.
    pub(crate) reporting: Reporting<'a>,
    /// Where `ffi_runtime` is (`crate = ..`).
    pub(crate) krate: &'a Path,
    /// `__ffi`, the wrapper body's alias of `#krate::__private` (mixed-site).
    /// The signature, outside the body, gets the full path ([`Lowering::in_signature`]).
    pub(crate) private: Ident,
    /// The locals the body's templates named so far ([`body!`]), one bit each:
    /// [`LOCALS`] from bit 0, `__argN` at bit 32 + N.
    locals: Cell<u64>,
}

impl<'a> Lowering<'a> {
    pub(crate) fn new(block: &'a Block, shared: &'a Shared, function: &'a Function) -> Self {
        let krate = &block.args.krate;
        Lowering {
            block,
            shared,
            function,
            reporting: function.reporting(&block.args),
            krate,
            private: alias(),
            locals: Cell::new(0),
        }
    }

    /// Records locals a template names (bits as in [`Lowering::locals`]).
    pub(crate) fn mention(&self, locals: u64) {
        self.locals.set(self.locals.get() | locals);
    }

    /// `__ret`, the raw call's return value, invisible to the user's names
    /// (mixed-site hygiene).
    pub(crate) fn ret(&self) -> Ident {
        self.mention(named_locals("__ret"));
        Ident::new("__ret", Span::mixed_site())
    }

    /// `(__ret)`, shared by the block's wrappers (a group is copied by
    /// reference counting).
    pub(crate) fn ret_argument(&self) -> Group {
        self.mention(named_locals("__ret"));
        self.shared.ret_argument.clone()
    }

    /// `()`, shared by the block's wrappers.
    pub(crate) fn no_arguments(&self) -> Group {
        self.shared.no_arguments.clone()
    }

    /// `__arg0`, `__arg1`, ...: the parameters of a function the body declares
    /// for C to call (a callback's trampoline, a destroy hook), one per argument.
    pub(crate) fn arguments(&self, count: usize) -> Vec<Ident> {
        (0..count)
            .map(|index| {
                if index < 32 {
                    self.mention(1 << (32 + index));
                }
                quote::format_ident!("__arg{}", index, span = Span::mixed_site())
            })
            .collect()
    }

    /// `use #krate::__private::{self as __ffi, hygiene::{__ret, ..}};`, when
    /// `body` (the body's statements) uses the alias (every body that declares a
    /// local does; every body with `proofs` does). The `hygiene` names are functions named like the
    /// body's locals, imported nearer than anything of the user's, so that a
    /// user's `static __ret` (or const, or unit struct) cannot capture `let
    /// __ret`. A name the function's own parameters take is left out: the import
    /// would shadow the parameter.
    ///
    /// The locals are those the body's templates recorded ([`body!`]): the body
    /// is not walked (iterating a stream copies its tokens, and the walk was a
    /// tenth of the expansion time), except for the alias of a body without
    /// proofs, a short one.
    pub(crate) fn alias_import(&self, body: &[TokenStream], proofs: bool) -> TokenStream {
        let uses_alias = proofs || {
            let mut mentions = Mentions::default();
            mentions.scan_all(body);
            mentions.alias
        };
        let locals = self.imported_locals();
        #[cfg(all(test, debug_assertions))]
        self.check_recorded(body, uses_alias, &local_names(locals));
        if !uses_alias {
            return TokenStream::new();
        }
        let mut imports = self.shared.imports.borrow_mut();
        if let Some((_, import)) = imports.iter().find(|(key, _)| *key == locals) {
            return import.clone();
        }
        let import = self.write_alias_import(&local_names(locals));
        imports.push((locals, import.clone()));
        import
    }

    /// The import of the alias and of `locals` (sorted names).
    fn write_alias_import(&self, locals: &[String]) -> TokenStream {
        let krate = self.krate;
        let alias = alias();
        let mut locals = locals
            .iter()
            .map(|local| Ident::new(local, Span::mixed_site()));
        // As short as the names allow: no braces for one, no `hygiene` for none.
        match (locals.next(), locals.len()) {
            (None, _) => mixed! {
                #[allow(unused_imports)]
                use #krate::__private as #alias;
            },
            (Some(local), 0) => mixed! {
                #[allow(unused_imports)]
                use #krate::__private::{self as #alias, hygiene::#local};
            },
            (Some(first), _) => mixed! {
                #[allow(unused_imports)]
                use #krate::__private::{self as #alias, hygiene::{#first, #(#locals),*}};
            },
        }
    }

    /// The recorded locals the body imports (bits as in [`Lowering::locals`]):
    /// those no parameter takes (the import would shadow the parameter).
    fn imported_locals(&self) -> u64 {
        let recorded = self.locals.get();
        let mut imported = recorded;
        for bit in (0..64).filter(|bit| recorded & (1 << bit) != 0) {
            let taken = self.function.params.iter().any(|param| {
                param
                    .ident
                    .as_ref()
                    .is_some_and(|name| match LOCALS.get(bit) {
                        Some(local) => name == local,
                        None => *name == format!("__arg{}", bit - 32),
                    })
            });
            if taken {
                imported &= !(1 << bit);
            }
        }
        imported
    }

    /// The names of `locals` the body imports, sorted: those no parameter
    /// takes (tests only: the walk's names, compared with the records).
    #[cfg(all(test, debug_assertions))]
    fn imported(&self, mut locals: Vec<String>) -> Vec<String> {
        locals.retain(|local| {
            self.function
                .params
                .iter()
                .all(|param| param.ident.as_ref().is_none_or(|name| name != local))
        });
        locals.sort();
        locals
    }

    /// Tests only (the snapshot and mutation tests, which include this module;
    /// not the optimized expansion bench): the recorded locals are exactly those
    /// the body names, and the alias is used exactly when the body names it (the
    /// walk the records replace).
    #[cfg(all(test, debug_assertions))]
    fn check_recorded(&self, body: &[TokenStream], uses_alias: bool, imported: &[String]) {
        let mut mentions = Mentions::default();
        mentions.scan_all(body);
        assert_eq!(
            (mentions.alias, self.imported(mentions.locals)),
            (uses_alias, imported.to_vec()),
            "the alias and the locals the body of `{}` names, recorded",
            self.function.ident
        );
    }

    /// Tests only, as [`Lowering::check_recorded`]: the signature is outside
    /// the body that declares the alias, and names the runtime by its path.
    #[cfg(all(test, debug_assertions))]
    pub(crate) fn check_signature(&self, signature: &TokenStream) {
        let mut mentions = Mentions::default();
        mentions.scan(signature.clone());
        assert!(
            !mentions.alias,
            "the signature of `{}` names the alias",
            self.function.ident
        );
    }

    /// `tokens` (a parameter, a bound, the return type) with the alias replaced
    /// by the full path: the signature is outside the body that declares it.
    pub(crate) fn in_signature(&self, tokens: TokenStream) -> TokenStream {
        if tokens.is_empty() {
            return tokens;
        }
        let mut replaced = TokenStream::new();
        self.replace_alias(tokens, &mut replaced);
        replaced
    }

    /// [`Lowering::in_signature`] into one stream: each token moved, not made a
    /// stream of its own and collected.
    fn replace_alias(&self, tokens: TokenStream, replaced: &mut TokenStream) {
        for token in tokens {
            match token {
                TokenTree::Ident(ident) if ident == ALIAS => {
                    let krate = self.krate;
                    replaced.extend(mixed!(#krate::__private));
                }
                TokenTree::Group(group) => {
                    let (delimiter, span) = (group.delimiter(), group.span());
                    // The group let go first: its stream, no longer shared, is
                    // then iterated by moving its tokens instead of copying them.
                    let stream = group.stream();
                    drop(group);
                    let mut inner = TokenStream::new();
                    self.replace_alias(stream, &mut inner);
                    let mut group = Group::new(delimiter, inner);
                    group.set_span(span);
                    replaced.extend([TokenTree::Group(group)]);
                }
                other => replaced.extend([other]),
            }
        }
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
        let arguments = arguments.into_iter().map(moved);
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
    pub(crate) fn convert_error(&self, error: TokenStream) -> TokenStream {
        let krate = self.krate;
        let private = &self.private;
        if self.block.args.error.is_none()
            && !matches!(self.reporting.convention, Convention::Check(_))
            && self.function.failure_outs().next().is_none()
        {
            return error;
        }
        let error = moved(error);
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
            None => mixed!(#error),
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
            None => self.shared.runtime_error.clone(),
        }
    }
}

/// A stream that a template takes by moving its tokens: `#moved` leaves it
/// empty (a second `#moved` adds nothing), where an interpolated `TokenStream`
/// is copied token by token, each identifier a new allocation, and the
/// original dropped later. For a wrapper's large pieces, each built once and
/// placed once: copying them at every level of nesting was most of the
/// expansion time.
pub(crate) struct Moved(Cell<Option<TokenStream>>);

pub(crate) fn moved(tokens: TokenStream) -> Moved {
    Moved(Cell::new(Some(tokens)))
}

impl ToTokens for Moved {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        let Some(moved) = self.0.take() else { return };
        // First in its group (`unsafe { #call }`), the stream is the group's.
        if tokens.is_empty() {
            *tokens = moved;
        } else {
            tokens.extend([moved]);
        }
    }
}

/// A parenthesized group of `tokens`, mixed-site like the templates' groups.
fn mixed_group(tokens: TokenStream) -> Group {
    let mut group = Group::new(Delimiter::Parenthesis, tokens);
    group.set_span(Span::mixed_site());
    group
}

/// The names of `locals` (bits as in [`Lowering::locals`]), sorted.
fn local_names(locals: u64) -> Vec<String> {
    let listed = LOCALS
        .iter()
        .enumerate()
        .filter(|(bit, _)| locals & (1 << bit) != 0)
        .map(|(_, name)| (*name).to_owned());
    let arguments = (0..32)
        .filter(|index| locals & (1 << (32 + index)) != 0)
        .map(|index| format!("__arg{index}"));
    let mut names: Vec<String> = listed.chain(arguments).collect();
    names.sort();
    names
}

const ALIAS: &str = "__ffi";

/// The body's short name of the runtime's `__private` module.
pub(crate) fn alias() -> Ident {
    Ident::new(ALIAS, Span::mixed_site())
}

/// The names of the locals a body may declare (`__private::hygiene` has a
/// function of each name).
pub(crate) const LOCALS: &[&str] = &[
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

/// Which of [`LOCALS`] the text of a template (`stringify!`) names, as bits
/// (bit `i` for `LOCALS[i]`): evaluated when this crate compiles, by
/// [`mixed!`] and [`body!`].
pub(crate) const fn named_locals(template: &str) -> u64 {
    const fn is_ident_byte(byte: u8) -> bool {
        byte == b'_' || byte.is_ascii_alphanumeric()
    }
    const fn is(bytes: &[u8], start: usize, end: usize, name: &str) -> bool {
        let name = name.as_bytes();
        if end - start != name.len() {
            return false;
        }
        let mut at = 0;
        while at < name.len() {
            if bytes[start + at] != name[at] {
                return false;
            }
            at += 1;
        }
        true
    }
    let bytes = template.as_bytes();
    let mut named = 0;
    let mut start = 0;
    while start < bytes.len() {
        if !is_ident_byte(bytes[start]) {
            start += 1;
            continue;
        }
        let mut end = start;
        while end < bytes.len() && is_ident_byte(bytes[end]) {
            end += 1;
        }
        // Every local starts so; few other words do.
        if end - start > 2 && bytes[start] == b'_' && bytes[start + 1] == b'_' {
            let mut index = 0;
            while index < LOCALS.len() {
                if is(bytes, start, end, LOCALS[index]) {
                    named |= 1 << index;
                }
                index += 1;
            }
        }
        start = end;
    }
    named
}

/// What a body mentions: the alias, and the locals of [`LOCALS`] (and
/// `__argN`), by a walk over its tokens (which copies them: a `TokenStream` is
/// iterated by value). Only for a body without proofs, which may not use the
/// alias, and, in tests, to check what the templates recorded.
#[derive(Default)]
struct Mentions {
    alias: bool,
    locals: Vec<String>,
    name: String,
}

impl Mentions {
    fn scan_all(&mut self, pieces: &[TokenStream]) {
        for piece in pieces {
            self.scan(piece.clone());
        }
    }

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
