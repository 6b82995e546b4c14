//! The keys of `#[foreign(...)]` on the block and of `#[ffi(...)]` on a function.
//!
//! Parsing keeps going after a wrong key (its value is skipped), so that one pass
//! reports every mistake of an attribute.

use super::diagnostic::{self, Errors};
use proc_macro2::{Span, TokenStream, TokenTree};
use quote::ToTokens;
use syn::ext::IdentExt;
use syn::meta::ParseNestedMeta;
use syn::parse::{Parse, ParseStream, Parser};
use syn::spanned::Spanned;
use syn::{Ident, LitStr, Path, Token, Type, parenthesized, token};

pub(crate) const LINK_KINDS: &[&str] = &["static", "dylib", "framework", "raw-dylib"];

pub(crate) fn is_valid_lib(lib: &LitStr) -> bool {
    let name = lib.value();
    !name.is_empty() && !name.contains('\0')
}

pub(crate) fn is_valid_kind(kind: &LitStr) -> bool {
    LINK_KINDS.contains(&kind.value().as_str())
}

const BLOCK_KEYS: &[&str] = &[
    "unsafe",
    "sys",
    "load",
    "load_feature",
    "lib",
    "kind",
    "raw",
    "crate",
    "error",
    "message",
    "errno",
    "neg_errno",
    "neg_code",
    "ret_errno",
    "zero",
    "nonnull",
    "check",
    "unchecked",
];
const FN_KEYS: &[&str] = &[
    "raw",
    "optional",
    "version",
    "unsafe",
    "safe",
    "no_message",
    "owned",
    "borrowed",
    "string",
    "slice",
    "free",
    "message",
    "errno",
    "neg_errno",
    "neg_code",
    "ret_errno",
    "zero",
    "nonnull",
    "check",
    "unchecked",
];

/// How a C function reports failure (README, "Conventions").
#[derive(Clone)]
pub(crate) enum Convention {
    Errno,
    NegErrno,
    /// `neg_code`: negative is an error code of the library's own (libarchive's
    /// `ARCHIVE_FATAL`, PCRE2's match errors), non-negative the value.
    NegCode,
    RetErrno,
    Zero,
    NonNull,
    Check(Box<Type>),
    Unchecked,
}

impl Convention {
    pub(crate) fn name(&self) -> &'static str {
        match self {
            Convention::Errno => "errno",
            Convention::NegErrno => "neg_errno",
            Convention::NegCode => "neg_code",
            Convention::RetErrno => "ret_errno",
            Convention::Zero => "zero",
            Convention::NonNull => "nonnull",
            Convention::Check(_) => "check",
            Convention::Unchecked => "unchecked",
        }
    }

    /// Whether failures produce an `ffi_runtime::Error` (which can carry a message).
    pub(crate) fn makes_runtime_error(&self) -> bool {
        !matches!(self, Convention::Check(_) | Convention::Unchecked)
    }
}

/// Who keeps a returned `const char *` alive (`string = ..`).
#[derive(Clone)]
pub(crate) enum ReturnedString {
    /// `static`: a string literal or table entry: `&'static CStr`.
    Static,
    /// `copy`: copied into a `CString` at once.
    Copy,
    /// `utf8`: copied into a `String`; invalid UTF-8 is an `Err`.
    Utf8,
    /// `lossy`: copied into a `String`, invalid UTF-8 replaced.
    Lossy,
    /// `free(f)`: the caller owns it; copied into a `CString`, then freed with `f`.
    Free(Ident),
    /// `borrow(param)`: valid until the next call on the handle `param`, which the
    /// wrapper borrows mutably: `&'a CStr` for the `'a` of that borrow.
    Borrow(Ident),
}

/// `message = f(param)` or `message = f()`.
#[derive(Clone)]
pub(crate) struct Message {
    pub(crate) func: Ident,
    pub(crate) arg: Option<Ident>,
    pub(crate) span: Span,
}

/// The keys a block and a function share: the convention and the message getter,
/// as written (a function's are resolved against its block's in `ast::Reporting`).
#[derive(Clone, Default)]
pub(crate) struct ConventionKeys {
    pub(crate) convention: Option<(Convention, Span)>,
    pub(crate) message: Option<Message>,
}

pub(crate) struct BlockArgs {
    /// `unsafe`: every wrapper is an `unsafe fn` unless its function says
    /// `#[ffi(safe)]` (bulk declarations, such as bindgen output).
    pub(crate) unsafe_default: Option<Span>,
    pub(crate) lib: Option<LitStr>,
    pub(crate) kind: Option<LitStr>,
    /// `sys = path`: the functions are `path`'s (a -sys crate, or a module that
    /// `include!`s bindgen output); the block only declares the ones it wraps,
    /// each checked against the real item, and links nothing.
    pub(crate) sys: Option<Path>,
    /// `load = ["libz.so.1", "libz.so"]`: the library is loaded at run time
    /// (the first name that loads), not linked.
    pub(crate) load: Option<(Vec<LitStr>, Span)>,
    /// `load_feature = "dynamic"`: loaded when the crate's Cargo feature is on,
    /// linked (`lib`, `sys`) when it is off; the wrappers are the same.
    pub(crate) load_feature: Option<LitStr>,
    pub(crate) raw_mod: Ident,
    pub(crate) krate: Path,
    pub(crate) error: Option<Type>,
    pub(crate) reporting: ConventionKeys,
}

#[derive(Default)]
pub(crate) struct FnArgs {
    pub(crate) reporting: ConventionKeys,
    pub(crate) raw: Option<Span>,
    /// `optional` (loaded blocks): the symbol may be missing without failing the
    /// load; the wrapper then returns `Err`, and `has_<name>()` says which.
    pub(crate) optional: Option<Span>,
    /// `version = "GLIBC_2.2.5"` (loaded blocks): the symbol's version, looked
    /// up with `dlvsym` on glibc.
    pub(crate) version: Option<LitStr>,
    pub(crate) unsafe_wrapper: Option<Span>,
    /// `safe`: a safe wrapper in a block whose default is `unsafe`.
    pub(crate) safe: Option<Span>,
    /// `no_message`: the block's `message = ..` does not apply (a constructor
    /// has no handle to ask).
    pub(crate) no_message: Option<Span>,
    /// `owned = Handle`: the returned pointer becomes an owned handle.
    pub(crate) owned: Option<Type>,
    /// `borrowed = &Handle` (or `&'a Handle`): the returned pointer is lent out.
    pub(crate) borrowed: Option<Type>,
    /// `string = ..`: how long the returned C string lives.
    pub(crate) string: Option<(ReturnedString, Span)>,
    /// `slice = len`: the returned pointer addresses `len` elements, a count C
    /// writes through the parameter `len: *mut L`; the `Ok` value is a copy.
    pub(crate) returned_slice: Option<Ident>,
    /// `free = f` (with `slice`): the caller owns the returned array, and `f`
    /// (declared in the block) frees it after the copy.
    pub(crate) free: Option<Ident>,
}

impl BlockArgs {
    fn new() -> Self {
        BlockArgs {
            unsafe_default: None,
            lib: None,
            kind: None,
            sys: None,
            load: None,
            load_feature: None,
            raw_mod: Ident::new("raw", Span::call_site()),
            krate: syn::parse_quote!(::ffi_runtime),
            error: None,
            reporting: ConventionKeys::default(),
        }
    }
}

/// Parses `#[foreign(...)]`. Semantic mistakes go to `errors`; the returned value
/// holds what was understood, defaults elsewhere.
pub(crate) fn parse_block_args(tokens: TokenStream, errors: &mut Errors) -> BlockArgs {
    let mut args = BlockArgs::new();
    let mut seen = Vec::new();
    let parser = syn::meta::parser(|meta| {
        let Some(key) = key_of(&meta, "#[foreign]", BLOCK_KEYS, errors)? else {
            return Ok(());
        };
        if seen.contains(&key) {
            errors.push(diagnostic::duplicate_key(meta.path.span(), &key));
            return skip_value(&meta);
        }
        seen.push(key.clone());
        match key.as_str() {
            "unsafe" => flag(&meta, "unsafe", &mut args.unsafe_default, errors)?,
            "lib" => args.lib = string_value(&meta, "lib", "\"z\"", errors)?,
            "load" => {
                let span = meta.path.span();
                args.load = value_with(
                    &meta,
                    "load",
                    "[\"libz.so.1\", \"libz.so\"]",
                    errors,
                    |input| {
                        let content;
                        syn::bracketed!(content in input);
                        let names =
                            content.parse_terminated(<LitStr as Parse>::parse, Token![,])?;
                        Ok(names.into_iter().collect::<Vec<_>>())
                    },
                )?
                .map(|names| (names, span));
            }
            "load_feature" => {
                args.load_feature = string_value(&meta, "load_feature", "\"dynamic\"", errors)?;
            }
            "sys" => {
                args.sys = value_with(&meta, "sys", "libz_sys", errors, Path::parse_mod_style)?;
            }
            "kind" => args.kind = string_value(&meta, "kind", "\"static\"", errors)?,
            "raw" => {
                if let Some(ident) =
                    value_with(&meta, "raw", "raw_sys", errors, <Ident as Parse>::parse)?
                {
                    args.raw_mod = ident;
                }
            }
            "crate" => {
                if let Some(lit) = string_value(&meta, "crate", "\"::ffi_runtime\"", errors)? {
                    match lit.parse::<Path>() {
                        Ok(path) => args.krate = path,
                        Err(_) => errors.push(diagnostic::bad_crate_path(&lit)),
                    }
                }
            }
            "error" => {
                args.error = value_with(&meta, "error", "MyError", errors, Type::without_plus)?;
            }
            _ => return parse_reporting_key(&meta, &key, &mut args.reporting, errors),
        }
        Ok(())
    });
    if let Err(error) = parser.parse2(tokens) {
        errors.push(error);
    }
    args
}

/// Parses one `#[ffi(...)]` attribute into `args` (several attributes merge).
pub(crate) fn parse_fn_args(attr: &syn::Attribute, args: &mut FnArgs, errors: &mut Errors) {
    let result = attr.parse_nested_meta(|meta| {
        let Some(key) = key_of(&meta, "#[ffi]", FN_KEYS, errors)? else {
            return Ok(());
        };
        match key.as_str() {
            "raw" => flag(&meta, "raw", &mut args.raw, errors),
            "optional" => flag(&meta, "optional", &mut args.optional, errors),
            "version" => {
                args.version = string_value(&meta, "version", "\"GLIBC_2.2.5\"", errors)?;
                Ok(())
            }
            "unsafe" => flag(&meta, "unsafe", &mut args.unsafe_wrapper, errors),
            "safe" => flag(&meta, "safe", &mut args.safe, errors),
            "no_message" => flag(&meta, "no_message", &mut args.no_message, errors),
            "string" => {
                let span = meta.path.span();
                if args.string.is_some() {
                    errors.push(diagnostic::duplicate_key(span, "string"));
                    return skip_value(&meta);
                }
                args.string = value_with(&meta, "string", "copy", errors, parse_returned_string)?
                    .map(|string| (string, span));
                Ok(())
            }
            "slice" => {
                if args.returned_slice.is_some() {
                    errors.push(diagnostic::duplicate_key(meta.path.span(), "slice"));
                    return skip_value(&meta);
                }
                args.returned_slice =
                    value_with(&meta, "slice", "len", errors, <Ident as Parse>::parse)?;
                Ok(())
            }
            "free" => {
                if args.free.is_some() {
                    errors.push(diagnostic::duplicate_key(meta.path.span(), "free"));
                    return skip_value(&meta);
                }
                args.free = value_with(&meta, "free", "free", errors, <Ident as Parse>::parse)?;
                Ok(())
            }
            "owned" | "borrowed" => {
                let slot = if key == "owned" {
                    &mut args.owned
                } else {
                    &mut args.borrowed
                };
                if slot.is_some() {
                    errors.push(diagnostic::duplicate_key(meta.path.span(), &key));
                    return skip_value(&meta);
                }
                *slot = value_with(&meta, &key, "Db", errors, Type::without_plus)?;
                Ok(())
            }
            _ => parse_reporting_key(&meta, &key, &mut args.reporting, errors),
        }
    });
    if let Err(error) = result {
        errors.push(error);
    }
}

/// The key as a string, or `None` (error recorded, value skipped) when unknown.
pub(super) fn key_of(
    meta: &ParseNestedMeta<'_>,
    place: &str,
    known: &[&str],
    errors: &mut Errors,
) -> syn::Result<Option<String>> {
    let key = match meta.path.get_ident() {
        Some(ident) => ident.to_string(),
        None => meta.path.to_token_stream().to_string().replace(' ', ""),
    };
    if known.contains(&key.as_str()) && meta.path.get_ident().is_some() {
        return Ok(Some(key));
    }
    errors.push(diagnostic::unknown_key(
        meta.path.span(),
        &key,
        place,
        known,
    ));
    skip_value(meta)?;
    Ok(None)
}

fn parse_reporting_key(
    meta: &ParseNestedMeta<'_>,
    key: &str,
    reporting: &mut ConventionKeys,
    errors: &mut Errors,
) -> syn::Result<()> {
    let span = meta.path.span();
    if key == "message" {
        if reporting.message.is_some() {
            errors.push(diagnostic::duplicate_key(span, key));
            return skip_value(meta);
        }
        reporting.message = value_with(meta, "message", "f(param)", errors, |input| {
            parse_message(input, span)
        })?;
        return Ok(());
    }
    let convention = match key {
        "errno" => Convention::Errno,
        "neg_errno" => Convention::NegErrno,
        "neg_code" => Convention::NegCode,
        "ret_errno" => Convention::RetErrno,
        "zero" => Convention::Zero,
        "nonnull" => Convention::NonNull,
        "unchecked" => Convention::Unchecked,
        "check" => match value_with(meta, "check", "MyCheck", errors, Type::without_plus)? {
            Some(ty) => Convention::Check(Box::new(ty)),
            None => return Ok(()),
        },
        // Callers route only convention keys and `message` here.
        _ => return skip_value(meta),
    };
    if !matches!(convention, Convention::Check(_)) && has_value(meta) {
        errors.push(diagnostic::takes_no_value(span, key));
        return skip_value(meta);
    }
    match &reporting.convention {
        Some((first, _)) if first.name() == key => {
            errors.push(diagnostic::duplicate_key(span, key));
        }
        Some((first, _)) => {
            errors.push(diagnostic::conflicting_conventions(span, first.name(), key));
        }
        None => reporting.convention = Some((convention, span)),
    }
    Ok(())
}

fn parse_returned_string(input: ParseStream<'_>) -> syn::Result<ReturnedString> {
    let kind = Ident::parse_any(input)?;
    let argument = if input.peek(token::Paren) {
        let content;
        parenthesized!(content in input);
        Some(content.parse::<Ident>()?)
    } else {
        None
    };
    match (kind.to_string().as_str(), argument) {
        ("static", None) => Ok(ReturnedString::Static),
        ("copy", None) => Ok(ReturnedString::Copy),
        ("utf8", None) => Ok(ReturnedString::Utf8),
        ("lossy", None) => Ok(ReturnedString::Lossy),
        ("free", Some(free)) => Ok(ReturnedString::Free(free)),
        ("borrow", Some(handle)) => Ok(ReturnedString::Borrow(handle)),
        _ => Err(diagnostic::unknown_string_kind(kind.span())),
    }
}

fn parse_message(input: ParseStream<'_>, span: Span) -> syn::Result<Message> {
    let func: Ident = input.parse()?;
    if !input.peek(token::Paren) {
        return Err(diagnostic::message_without_call(func.span()));
    }
    let content;
    parenthesized!(content in input);
    let arg: Option<Ident> = if content.is_empty() {
        None
    } else {
        Some(content.parse()?)
    };
    if !content.is_empty() {
        return Err(diagnostic::message_arguments(content.span()));
    }
    Ok(Message { func, arg, span })
}

pub(super) fn flag(
    meta: &ParseNestedMeta<'_>,
    key: &str,
    slot: &mut Option<Span>,
    errors: &mut Errors,
) -> syn::Result<()> {
    let span = meta.path.span();
    if has_value(meta) {
        errors.push(diagnostic::takes_no_value(span, key));
        return skip_value(meta);
    }
    if slot.is_some() {
        errors.push(diagnostic::duplicate_key(span, key));
    }
    *slot = Some(span);
    Ok(())
}

fn string_value(
    meta: &ParseNestedMeta<'_>,
    key: &str,
    example: &str,
    errors: &mut Errors,
) -> syn::Result<Option<LitStr>> {
    value_with(meta, key, example, errors, <LitStr as Parse>::parse)
}

/// Parses `= value` with `parse`; a missing `=` or a value that does not parse is
/// recorded, and the rest of the value skipped so the next keys are still read.
pub(super) fn value_with<T>(
    meta: &ParseNestedMeta<'_>,
    key: &str,
    example: &str,
    errors: &mut Errors,
    parse: impl FnOnce(ParseStream<'_>) -> syn::Result<T>,
) -> syn::Result<Option<T>> {
    if !meta.input.peek(Token![=]) {
        errors.push(diagnostic::needs_value(meta.path.span(), key, example));
        skip_value(meta)?;
        return Ok(None);
    }
    let input = meta.value()?;
    match parse(input) {
        Ok(value) if input.is_empty() || input.peek(Token![,]) => Ok(Some(value)),
        Ok(_) => {
            errors.push(diagnostic::after_value(input.span(), key));
            skip_rest(input)?;
            Ok(None)
        }
        Err(error) => {
            errors.push(error);
            skip_rest(input)?;
            Ok(None)
        }
    }
}

pub(super) fn has_value(meta: &ParseNestedMeta<'_>) -> bool {
    meta.input.peek(Token![=]) || meta.input.peek(token::Paren)
}

pub(super) fn skip_value(meta: &ParseNestedMeta<'_>) -> syn::Result<()> {
    if meta.input.peek(Token![=]) {
        meta.input.parse::<Token![=]>()?;
        skip_rest(meta.input)
    } else if meta.input.peek(token::Paren) {
        meta.input.parse::<TokenTree>().map(drop)
    } else {
        Ok(())
    }
}

fn skip_rest(input: ParseStream<'_>) -> syn::Result<()> {
    while !input.is_empty() && !input.peek(Token![,]) {
        input.parse::<TokenTree>()?;
    }
    Ok(())
}
