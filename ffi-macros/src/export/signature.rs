//! One exported function's signature, read into C parameters and a result.
//!
//! Refused here, with the fix: generic, `async`, `unsafe` or `extern` functions,
//! C-variadics, `impl Trait`, patterns as parameters, `self` by value, and C
//! names two parameters would share. Types are not judged here: the shim's
//! trait bounds judge them.

use super::error;
use proc_macro2::{Ident, Span, TokenStream, TokenTree};
use quote::{ToTokens, quote};
use syn::spanned::Spanned;
use syn::{Attribute, FnArg, GenericArgument, Pat, PathArguments, ReturnType, Signature, Type};

/// An exported function or method.
pub(super) struct ExportedFn {
    /// The symbol and the name in the header.
    pub c_name: String,
    /// The Rust function, as the shim calls it (`super::count`,
    /// `<super::Tokenizer>::next`).
    pub callee: TokenStream,
    /// The documentation, one string.
    pub doc: String,
    /// `&self` or `&mut self`, as the type it lends.
    pub receiver: Option<Param>,
    /// The other parameters.
    pub params: Vec<Param>,
    /// What a call gives back.
    pub result: Returns,
    /// The function's name, for spans.
    pub ident: Ident,
    /// Its `#[cfg]`s (and its impl's), repeated on the shim and its prototype.
    pub cfgs: Vec<Attribute>,
}

/// One Rust parameter and its C form.
pub(super) struct Param {
    /// The name of the shim's parameter.
    pub ident: Ident,
    /// The name in C (and in error messages): the Rust name without `r#`.
    pub c_name: String,
    /// How it crosses.
    pub shape: Shape,
    /// The type's span, for the errors of its trait bounds.
    pub span: Span,
}

/// How a parameter crosses: decided by spelling only for the two-argument
/// forms, whose conversions are typed functions.
pub(super) enum Shape {
    /// `&str`: `const char *name, size_t name_len`.
    Str,
    /// `&[T]` / `&mut [T]`: `const T *name, size_t name_len`.
    Slice { element: TokenStream, mutable: bool },
    /// Anything else, one C argument through `Arg`: the type as written (for
    /// the conversion, lifetimes inferred) and with `'static` lifetimes (for
    /// the shim's signature).
    Arg {
        written: TokenStream,
        fixed: TokenStream,
    },
}

/// What a call gives back.
pub(super) struct Returns {
    /// The Rust function returns a `Result`.
    pub fallible: bool,
    /// The value C gets through `out`, with `'static` lifetimes; `None` for `()`.
    pub value: Option<TokenStream>,
    /// The value type's span.
    pub span: Span,
}

/// Reads `sig`; `self_type` is the impl's type for methods.
pub(super) fn read(
    sig: &Signature,
    attrs: &[Attribute],
    c_name: String,
    callee: TokenStream,
    self_type: Option<&Ident>,
    errors: &mut Vec<syn::Error>,
) -> Option<ExportedFn> {
    let before = errors.len();
    refuse_kinds(sig, errors);
    let mut receiver = None;
    let mut params = Vec::new();
    for input in &sig.inputs {
        match input {
            FnArg::Receiver(taken) => match (self_type, &taken.kind) {
                (Some(self_type), syn::ReceiverKind::Reference(_, lifetime, mutability)) => {
                    if let Some(lifetime) = lifetime
                        .as_ref()
                        .filter(|lifetime| lifetime.ident == "static")
                    {
                        errors.push(error(
                            lifetime.span(),
                            &format!(
                                "`{}`: C lends the handle for the call only, not `'static`",
                                sig.ident
                            ),
                            "take `&self` or `&mut self`",
                        ));
                    }
                    let mutable = mutability.is_some();
                    let ty = if mutable {
                        quote!(&mut #self_type)
                    } else {
                        quote!(&#self_type)
                    };
                    // The C name may be a Rust keyword (`Type` -> `type`): the
                    // shim's own name for it is fixed and hygienic.
                    let ident = Ident::new("__receiver", Span::mixed_site());
                    receiver = Some(Param {
                        ident,
                        c_name: snake_case(&unraw(self_type)),
                        span: taken.span(),
                        shape: Shape::Arg {
                            fixed: rewrite(ty.clone(), None, true),
                            written: ty,
                        },
                    });
                }
                _ => errors.push(error(
                    taken.span(),
                    &format!(
                        "`{}`: an exported method takes `&self` or `&mut self`",
                        sig.ident
                    ),
                    "C frees a handle with the generated `_free`; take `&self` or `&mut self` here",
                )),
            },
            FnArg::Typed(typed) => {
                let Pat::Ident(pattern) = &*typed.pat else {
                    errors.push(error(
                        typed.pat.span(),
                        &format!(
                            "`{}`: a parameter of an exported function needs a name",
                            sig.ident
                        ),
                        "write `name: Type`: the name is the C parameter's",
                    ));
                    continue;
                };
                refuse_impl_trait(&typed.ty, &sig.ident, errors);
                refuse_static(&typed.ty, &sig.ident, &pattern.ident, errors);
                params.push(Param {
                    ident: pattern.ident.clone(),
                    c_name: unraw(&pattern.ident),
                    shape: shape(&typed.ty, self_type),
                    span: typed.ty.span(),
                });
            }
        }
    }
    let result = returns(&sig.output, self_type, &sig.ident, errors);
    check_names(
        sig,
        receiver.iter().chain(&params),
        result.value.is_some(),
        errors,
    );
    (errors.len() == before).then(|| ExportedFn {
        c_name,
        callee,
        doc: doc_string(attrs),
        receiver,
        params,
        result,
        ident: sig.ident.clone(),
        cfgs: cfgs(attrs),
    })
}

fn refuse_kinds(sig: &Signature, errors: &mut Vec<syn::Error>) {
    let name = &sig.ident;
    let refusals: [(Option<Span>, &str, &str); 5] = [
        (
            sig.generics.lt_token.map(|token| token.span),
            "cannot be generic: C calls one symbol of one signature",
            "write a function for each type C uses, with elided lifetimes",
        ),
        (
            sig.asyncness.map(|token| token.span),
            "cannot be `async`: C calls it and waits for the result",
            "export a function that blocks (e.g. on a runtime's `block_on`)",
        ),
        (
            match sig.safety {
                syn::Safety::Unsafe(token) => Some(token.span),
                _ => None,
            },
            "cannot be `unsafe`: C cannot know, let alone keep, its contract",
            "make it safe, checking what it needs inside",
        ),
        (
            sig.abi.as_ref().map(Spanned::span),
            "must be a plain Rust function: #[export] writes the `extern \"C\"` shim",
            "remove the `extern` ABI",
        ),
        (
            sig.variadic.as_ref().map(Spanned::span),
            "cannot be variadic",
            "take a slice (`&[T]`) instead",
        ),
    ];
    for (span, message, help) in refusals {
        if let Some(span) = span {
            errors.push(error(span, &format!("`{name}` {message}"), help));
        }
    }
}

fn refuse_impl_trait(ty: &Type, function: &Ident, errors: &mut Vec<syn::Error>) {
    if let Some(span) = find_ident(ty.to_token_stream(), "impl") {
        errors.push(error(
            span,
            &format!("`{function}`: `impl Trait` has no C type"),
            "name a concrete type: C calls one symbol of one signature",
        ));
    }
}

/// `'static` spelled in a parameter: C's memory lives for the call. (Behind an
/// alias it is refused by the borrow checker: the conversion is tied to the
/// call's lifetime.)
fn refuse_static(ty: &Type, function: &Ident, param: &Ident, errors: &mut Vec<syn::Error>) {
    if let Some(span) = find_ident(ty.to_token_stream(), "static") {
        errors.push(error(
            span,
            &format!("`{function}`: `{param}` borrows C's memory, which lives for the call only, not `'static`"),
            "remove the lifetime, and copy what must outlive the call (`to_owned()`)",
        ));
    }
}

fn find_ident(tokens: TokenStream, name: &str) -> Option<Span> {
    tokens.into_iter().find_map(|token| match token {
        TokenTree::Ident(ident) if ident == name => Some(ident.span()),
        TokenTree::Group(group) => find_ident(group.stream(), name),
        _ => None,
    })
}

fn shape(ty: &Type, self_type: Option<&Ident>) -> Shape {
    if let Type::Reference(reference) = ty {
        let mutable = reference.mutability.is_some();
        match &*reference.elem {
            Type::Path(path) if path.qself.is_none() && path.path.is_ident("str") && !mutable => {
                return Shape::Str;
            }
            Type::Slice(slice) => {
                let element = rewrite(slice.elem.to_token_stream(), self_type, false);
                return Shape::Slice { element, mutable };
            }
            _ => {}
        }
    }
    let written = rewrite(ty.to_token_stream(), self_type, false);
    Shape::Arg {
        fixed: rewrite(written.clone(), None, true),
        written,
    }
}

fn returns(
    output: &ReturnType,
    self_type: Option<&Ident>,
    function: &Ident,
    errors: &mut Vec<syn::Error>,
) -> Returns {
    let ReturnType::Type(_, ty) = output else {
        return Returns {
            fallible: false,
            value: None,
            span: Span::call_site(),
        };
    };
    refuse_impl_trait(ty, function, errors);
    let (fallible, value) = match result_value(ty) {
        Some(value) => (true, value),
        None => (false, &**ty),
    };
    let unit = matches!(value, Type::Tuple(tuple) if tuple.elems.is_empty());
    let span = value.span();
    let value = (!unit).then(|| rewrite(value.to_token_stream(), self_type, true));
    Returns {
        fallible,
        value,
        span,
    }
}

/// `T` of a return type spelled `Result<T, E>` (or an alias `io::Result<T>`).
/// Spelling suffices: the shim matches on `core::result::Result`, so another
/// type named `Result` does not compile.
fn result_value(ty: &Type) -> Option<&Type> {
    let Type::Path(path) = ty else { return None };
    let last = path.path.segments.last()?;
    if last.ident != "Result" {
        return None;
    }
    let PathArguments::AngleBracketed(arguments) = &last.arguments else {
        return None;
    };
    match arguments.args.first()? {
        GenericArgument::Type(value) => Some(value),
        _ => None,
    }
}

/// Two C parameters of one name (`text` and a `text_len` the length of
/// `text: &str` would take, or `out`) would not compile in C.
fn check_names<'a>(
    sig: &Signature,
    params: impl Iterator<Item = &'a Param>,
    has_out: bool,
    errors: &mut Vec<syn::Error>,
) {
    let mut seen: Vec<String> = Vec::new();
    for param in params {
        let mut names = vec![param.c_name.clone()];
        if matches!(param.shape, Shape::Str | Shape::Slice { .. }) {
            names.push(format!("{}_len", param.c_name));
        }
        if has_out {
            names.retain(|name| {
                let clash = name == "out";
                if clash {
                    errors.push(error(
                        param.ident.span(),
                        &format!(
                            "`{}`: `out` is the C parameter that receives the result",
                            sig.ident
                        ),
                        "rename this parameter",
                    ));
                }
                !clash
            });
        }
        for name in names {
            if seen.contains(&name) {
                errors.push(error(
                    param.ident.span(),
                    &format!("`{}`: two C parameters would be named `{name}`", sig.ident),
                    "rename this parameter (a `&str` or slice `x` also takes `x_len`)",
                ));
            }
            seen.push(name);
        }
    }
}

/// Replaces `Self` with the impl's type and, with `statics`, every lifetime
/// (written or elided after `&`) with `'static`: the shim's signature names
/// the C-side types of the parameters, which no lifetime changes.
pub(super) fn rewrite(
    tokens: TokenStream,
    self_type: Option<&Ident>,
    statics: bool,
) -> TokenStream {
    let mut out = TokenStream::new();
    let mut tokens = tokens.into_iter().peekable();
    while let Some(token) = tokens.next() {
        match token {
            TokenTree::Ident(ident) if ident == "Self" && self_type.is_some() => {
                // The impl's type, where the user wrote `Self` (for errors).
                let mut replaced = self_type.cloned().unwrap_or_else(|| ident.clone());
                replaced.set_span(ident.span());
                out.extend([TokenTree::Ident(replaced)]);
            }
            TokenTree::Punct(punct) if statics && punct.as_char() == '\'' => {
                let span = punct.span();
                let _name = tokens.next();
                out.extend(quote::quote_spanned!(span=> 'static));
            }
            TokenTree::Punct(punct) if statics && punct.as_char() == '&' => {
                let span = punct.span();
                out.extend([TokenTree::Punct(punct)]);
                let lifetime_follows =
                    matches!(tokens.peek(), Some(TokenTree::Punct(next)) if next.as_char() == '\'');
                if !lifetime_follows {
                    out.extend(quote::quote_spanned!(span=> 'static));
                }
            }
            TokenTree::Group(group) => {
                let mut rewritten = proc_macro2::Group::new(
                    group.delimiter(),
                    rewrite(group.stream(), self_type, statics),
                );
                rewritten.set_span(group.span());
                out.extend([TokenTree::Group(rewritten)]);
            }
            other => out.extend([other]),
        }
    }
    out
}

/// The `///` documentation as one string, a leading space of each line removed.
pub(super) fn doc_string(attrs: &[Attribute]) -> String {
    let lines: Vec<String> = attrs
        .iter()
        .filter(|attr| attr.path().is_ident("doc"))
        .filter_map(|attr| match &attr.meta {
            syn::Meta::NameValue(pair) => match &pair.value {
                syn::Expr::Lit(syn::ExprLit {
                    lit: syn::Lit::Str(text),
                    ..
                }) => Some(text.value()),
                _ => None,
            },
            _ => None,
        })
        .flat_map(|text| text.lines().map(str::to_owned).collect::<Vec<_>>())
        .map(|line| {
            line.strip_prefix(' ')
                .map_or_else(|| line.clone(), str::to_owned)
        })
        .collect();
    lines.join("\n").trim().to_owned()
}

/// The `#[cfg(..)]` attributes among `attrs`.
pub(super) fn cfgs(attrs: &[Attribute]) -> Vec<Attribute> {
    attrs
        .iter()
        .filter(|attr| attr.path().is_ident("cfg"))
        .cloned()
        .collect()
}

/// The name without `r#` (`r#type` -> `type`): C has no raw identifiers.
pub(super) fn unraw(ident: &Ident) -> String {
    syn::ext::IdentExt::unraw(ident).to_string()
}

/// `HttpParser` -> `http_parser`, `URLParser` -> `url_parser`.
pub(super) fn snake_case(name: &str) -> String {
    let chars: Vec<char> = name.chars().collect();
    let mut out = String::new();
    for (index, &c) in chars.iter().enumerate() {
        if c.is_uppercase() && index > 0 {
            let previous = chars[index - 1];
            let next_lower = chars.get(index + 1).is_some_and(|next| next.is_lowercase());
            if previous.is_lowercase()
                || previous.is_ascii_digit()
                || (previous.is_uppercase() && next_lower)
            {
                out.push('_');
            }
        }
        out.extend(c.to_lowercase());
    }
    out
}
