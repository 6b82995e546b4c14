//! The attributes of one parameter (`#[out]`, `#[handle(..)]`, `#[str]`,
//! `#[nullable]`, `#[slice(..)]`, `#[buffer(..)]`, `#[out_slice(..)]`,
//! `#[callback(..)]`), read into its [`Role`]. Key lists are read with
//! `parse_nested_meta`, like `#[ffi(..)]`: a bad key is reported and skipped, and
//! the rest is still read. Two attributes that each give the parameter a role
//! conflict, except `#[str]` with `#[nullable]`.

use super::args::{flag, key_of, skip_value, value_with};
use super::ast::{self, BufferParam, HandleParam, HandleUse, Param, Role, StringParam, plain_name};
use super::attrs;
use super::callback;
use super::diagnostic::{self, Errors};
use syn::meta::ParseNestedMeta;
use syn::parse::Parse;
use syn::spanned::Spanned;
use syn::{Attribute, Ident, LitInt, Token, Type};

const BUFFER_KEYS: &[&str] = &[
    "initial",
    "max",
    "grow_on",
    "grow_on_code",
    "length_returned",
    "size_returned",
    "grow_to_length",
];

pub(crate) fn from_syn(typed: &mut syn::PatType, errors: &mut Errors) -> Param {
    let (misplaced, ours): (Vec<_>, Vec<_>) = attrs::take(
        &mut typed.attrs,
        |attr| attrs::is_ffi(attr) || attrs::is_param_attr(attr),
        errors,
    )
    .into_iter()
    .partition(attrs::is_ffi);
    for attr in misplaced {
        errors.push(diagnostic::ffi_on_param(&attr));
    }
    // `#[signature(T)]`: the function-pointer type an alias stands for, read in
    // the alias's place (the raw declaration keeps the alias, and passing the
    // trampoline to it makes the compiler check that the two agree).
    let (signatures, ours): (Vec<_>, Vec<_>) = ours
        .into_iter()
        .partition(|attr| attr.path().is_ident("signature"));
    let mut signature = None;
    for attr in signatures {
        match attr.parse_args::<Type>() {
            Ok(ty) if callback::fn_type(&ty).is_some() && signature.is_none() => {
                signature = Some(Box::new(ty));
            }
            Ok(_) if signature.is_some() => {
                errors.push(diagnostic::duplicate_key(
                    attr.pound_token.span,
                    "#[signature]",
                ));
            }
            _ => errors.push(diagnostic::bad_signature(&attr)),
        }
    }
    let mut role = Role::Plain;
    // The attribute that gave `role`, for the conflict message.
    let mut first: Option<String> = None;
    for attr in ours {
        let name = attrs::name(&attr);
        let Some(parsed) = parse_one(attr, &name, &mut role, errors) else {
            continue;
        };
        if matches!(role, Role::Plain) {
            role = parsed;
            first = Some(name);
            continue;
        }
        let Some(attr) = role_attr(&parsed) else {
            continue;
        };
        let first = first.as_deref().unwrap_or_default();
        let error = if first == name {
            diagnostic::duplicate_key(attr.pound_token.span, &format!("#[{name}]"))
        } else if [first, name.as_str()].contains(&"handle")
            && [first, name.as_str()].contains(&"out")
        {
            diagnostic::handle_with_out(attr)
        } else {
            diagnostic::conflicting_param_attrs(attr, first, &name)
        };
        errors.push(error);
    }
    let ident = plain_name(&typed.pat).cloned();
    if let Some(ident) = ident.as_ref().filter(|ident| *ident == "__ffi") {
        errors.push(diagnostic::reserved_param_name(ident));
    }
    // Without `#[signature]`, the type is the raw item's own, taken from it
    // (and put back by `Block::restore_raw` once the wrappers are written):
    // cloning the parameters was a fifth of reading the block.
    let from_raw = signature.is_none();
    let mut ty = signature.map_or_else(
        || std::mem::replace(&mut *typed.ty, placeholder_type()),
        |ty| *ty,
    );
    if let Role::Callback(callback) = &mut role {
        callback.views = callback::take_views(&mut ty, errors);
        // Written out in the declaration, the attributes come off the raw item too.
        if !from_raw {
            callback::take_views(&mut typed.ty, &mut Errors::default());
        }
    } else {
        let views = callback::take_views(&mut ty, &mut Errors::default());
        if !from_raw {
            callback::take_views(&mut typed.ty, &mut Errors::default());
        }
        if let Some(view) = views.first() {
            errors.push(diagnostic::views_without_callback(&view.attr));
        }
    }
    Param {
        ident,
        pat: std::mem::replace(&mut *typed.pat, placeholder_pat()),
        ty,
        ty_from_raw: from_raw,
        role,
        slot: None,
    }
}

/// What a raw parameter holds while its parts are taken (nothing allocated).
pub(crate) fn placeholder_type() -> Type {
    Type::Infer(syn::TypeInfer {
        attrs: Vec::new(),
        underscore_token: Token![_](proc_macro2::Span::call_site()),
    })
}

/// As [`placeholder_type`], for the pattern.
pub(crate) fn placeholder_pat() -> syn::Pat {
    syn::Pat::Wild(syn::PatWild {
        attrs: Vec::new(),
        underscore_token: Token![_](proc_macro2::Span::call_site()),
    })
}

/// The attribute that gave a role.
fn role_attr(role: &Role) -> Option<&Attribute> {
    match role {
        Role::Out(attr)
        | Role::OutHandle { attr, .. }
        | Role::Slice { attr, .. }
        | Role::OutSlice { attr, .. }
        | Role::Null(attr) => Some(attr),
        Role::Handle(handle) => Some(&handle.attr),
        Role::String(string) => string.attr(),
        Role::Buffer(buffer) => Some(&buffer.attr),
        Role::Callback(callback) => Some(&callback.attr),
        Role::Plain => None,
    }
}

/// Reads `attr` into a role; `None` when it is wrong beyond use (already
/// reported), or when it was `#[str]`/`#[nullable]` merged into the string role
/// already read.
fn parse_one(attr: Attribute, name: &str, role: &mut Role, errors: &mut Errors) -> Option<Role> {
    match name {
        "out" => Some(parse_out(attr, errors)),
        "handle" => parse_handle(attr, errors),
        "str" | "cstr" | "nullable" => Some(parse_string(attr, name, role, errors)?),
        "null" => {
            if !matches!(attr.meta, syn::Meta::Path(_)) {
                errors.push(diagnostic::flag_with_args(&attr));
            }
            Some(Role::Null(attr))
        }
        "slice" => {
            let (length, held_by) = parse_length_and_free(&attr, name, errors)?;
            Some(Role::Slice {
                length,
                held_by,
                attr,
            })
        }
        "out_slice" => {
            let (length, free) = parse_length_and_free(&attr, name, errors)?;
            Some(Role::OutSlice { length, free, attr })
        }
        "buffer" => parse_buffer(&attr, errors).map(Role::Buffer),
        "callback" => callback::parse(attr, errors).map(Role::Callback),
        _ => None,
    }
}

/// `#[str]`, `#[str(len)]`, `#[cstr]`, `#[nullable]`: they combine into one
/// string role (`None` when merged into the one already read).
fn parse_string(attr: Attribute, name: &str, role: &mut Role, errors: &mut Errors) -> Option<Role> {
    let mut length = None;
    match (&attr.meta, name) {
        (syn::Meta::Path(_), _) => {}
        (syn::Meta::List(_), "str") => length = parse_length(&attr, name, errors),
        _ => errors.push(diagnostic::flag_with_args(&attr)),
    }
    let mut fresh = StringParam {
        utf8: None,
        nullable: None,
        cstr: None,
        length: None,
    };
    let merged = matches!(role, Role::String(_));
    let string = match role {
        Role::String(string) => string,
        _ => &mut fresh,
    };
    let slot = match name {
        "str" => &mut string.utf8,
        "cstr" => &mut string.cstr,
        _ => &mut string.nullable,
    };
    if slot.is_some() {
        errors.push(diagnostic::duplicate_key(
            attr.pound_token.span,
            "this attribute",
        ));
    }
    *slot = Some(attr);
    if length.is_some() {
        string.length = length;
    }
    if merged {
        None
    } else {
        Some(Role::String(fresh))
    }
}

/// `#[out]`, `#[out(on_failure)]` or `#[out(Handle)]`.
fn parse_out(attr: Attribute, errors: &mut Errors) -> Role {
    match &attr.meta {
        syn::Meta::Path(_) => Role::Out(attr),
        _ if ast::is_failure_out(&attr) => Role::Out(attr),
        syn::Meta::List(_) => match attr.parse_args_with(Type::without_plus) {
            Ok(handle) => Role::OutHandle { handle, attr },
            Err(_) => {
                errors.push(diagnostic::out_with_args(&attr));
                Role::Out(attr)
            }
        },
        syn::Meta::NameValue(_) => {
            errors.push(diagnostic::out_with_args(&attr));
            Role::Out(attr)
        }
    }
}

/// `#[handle(&H)]`, `#[handle(&mut H)]`, `#[handle(H)]`, `#[handle(H, on_success)]`.
fn parse_handle(attr: Attribute, errors: &mut Errors) -> Option<Role> {
    let parsed = attr.parse_args_with(|input: syn::parse::ParseStream<'_>| {
        let written = Type::without_plus(input)?;
        let on_success = if input.is_empty() {
            None
        } else {
            input.parse::<Token![,]>()?;
            let key: Ident = input.parse()?;
            if key != "on_success" {
                return Err(syn::Error::new(key.span(), "unknown key"));
            }
            Some(key)
        };
        Ok((written, on_success))
    });
    let Ok((written, on_success)) = parsed else {
        errors.push(diagnostic::bad_handle(&attr));
        return None;
    };
    let (usage, handle) = match &written {
        Type::Reference(reference) if reference.mutability.is_some() => {
            (HandleUse::Mut, (*reference.elem).clone())
        }
        Type::Reference(reference) => (HandleUse::Shared, (*reference.elem).clone()),
        owned => (HandleUse::Take, owned.clone()),
    };
    if let (Some(key), false) = (&on_success, usage == HandleUse::Take) {
        errors.push(diagnostic::on_success_not_taken(key));
    }
    Some(Role::Handle(HandleParam {
        usage,
        handle,
        written,
        on_success: on_success.is_some(),
        attr,
    }))
}

/// The length parameter named first in `#[slice(len)]` / `#[out_slice(len)]`.
fn parse_length(attr: &Attribute, name: &str, errors: &mut Errors) -> Option<Ident> {
    parse_length_and_free(attr, name, errors).map(|(length, _)| length)
}

/// The length named first, and for `#[out_slice]` a `free = f` key (the
/// function of this block that frees the array C handed out), for `#[slice]` a
/// `held_by = h` key (the handle parameter that keeps the slice).
fn parse_length_and_free(
    attr: &Attribute,
    name: &str,
    errors: &mut Errors,
) -> Option<(Ident, Option<Ident>)> {
    let place = format!("#[{name}]");
    let known: &[&str] = match name {
        "out_slice" => &["free"],
        "slice" => &["held_by"],
        _ => &[],
    };
    let mut length = None;
    let mut free = None;
    let result = attr.parse_nested_meta(|meta| {
        if length.is_none()
            && !meta.input.peek(Token![=])
            && !meta.input.peek(syn::token::Paren)
            && let Some(ident) = meta.path.get_ident()
        {
            length = Some(ident.clone());
            return Ok(());
        }
        if let Some(key) = key_of(&meta, &place, known, errors)? {
            free = value_with(&meta, &key, "h", errors, <Ident as Parse>::parse)?;
        }
        Ok(())
    });
    match (result, length) {
        (Ok(()), Some(length)) => Some((length, free)),
        _ => {
            errors.push(diagnostic::bad_slice(attr, name));
            None
        }
    }
}

/// `#[buffer(len, initial = 256, max = 1048576, grow_on = ERANGE, ..)]`.
fn parse_buffer(attr: &Attribute, errors: &mut Errors) -> Option<BufferParam> {
    let mut buffer = BufferParam {
        length: Ident::new("len", attr.pound_token.span),
        initial: 256,
        max: 1 << 20,
        grow_on: None,
        grow_on_code: None,
        length_returned: false,
        size_returned: false,
        grow_to_length: false,
        attr: attr.clone(),
    };
    let mut length = None;
    let mut bound_span = None;
    let mut seen: Vec<String> = Vec::new();
    let result = attr.parse_nested_meta(|meta| {
        if length.is_none()
            && seen.is_empty()
            && let (Some(ident), false) = (meta.path.get_ident(), meta.input.peek(Token![=]))
        {
            length = Some(ident.clone());
            seen.push(String::new());
            return Ok(());
        }
        let Some(key) = key_of(&meta, "#[buffer]", BUFFER_KEYS, errors)? else {
            return Ok(());
        };
        if seen.contains(&key) {
            errors.push(diagnostic::duplicate_key(meta.path.span(), &key));
            return skip_value(&meta);
        }
        seen.push(key.clone());
        buffer_key(&meta, &key, &mut buffer, &mut bound_span, errors)
    });
    if let Err(error) = result {
        errors.push(error);
    }
    let Some(length) = length else {
        errors.push(diagnostic::buffer_without_length(attr));
        return None;
    };
    buffer.length = length;
    if buffer.initial == 0 || buffer.initial > buffer.max {
        let span = bound_span.unwrap_or_else(|| buffer.length.span());
        errors.push(diagnostic::buffer_bounds(span));
    }
    Some(buffer)
}

fn buffer_key(
    meta: &ParseNestedMeta<'_>,
    key: &str,
    buffer: &mut BufferParam,
    bound_span: &mut Option<proc_macro2::Span>,
    errors: &mut Errors,
) -> syn::Result<()> {
    let mut set = |slot: &mut bool| {
        let mut given = None;
        let result = flag(meta, key, &mut given, errors);
        *slot |= given.is_some();
        result
    };
    match key {
        "length_returned" => set(&mut buffer.length_returned),
        "size_returned" => set(&mut buffer.size_returned),
        "grow_to_length" => set(&mut buffer.grow_to_length),
        "initial" | "max" => {
            let Some(value) = value_with(meta, key, "256", errors, <LitInt as Parse>::parse)?
            else {
                return Ok(());
            };
            *bound_span = Some(value.span());
            match value.base10_parse() {
                Ok(parsed) if key == "initial" => buffer.initial = parsed,
                Ok(parsed) => buffer.max = parsed,
                Err(error) => errors.push(error),
            }
            Ok(())
        }
        "grow_on" => {
            buffer.grow_on = value_with(meta, key, "ERANGE", errors, <Ident as Parse>::parse)?;
            Ok(())
        }
        _ => {
            buffer.grow_on_code = value_with(meta, key, "-5", errors, |input| {
                let negative = input.parse::<Option<Token![-]>>()?.is_some();
                let code: i64 = input.parse::<LitInt>()?.base10_parse()?;
                Ok(if negative { -code } else { code })
            })?;
            Ok(())
        }
    }
}
