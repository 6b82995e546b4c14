//! `#[callback(data, on_panic = EXPR, destroy = hook | leak, send, sync)]` on a
//! function-pointer parameter: what it says, read (checked in
//! `check::callbacks`, lowered in `lower::callbacks`).

use super::args::{flag, key_of, value_with};
use super::diagnostic::{self, Errors};
use super::types;
use syn::parse::Parse;
use syn::spanned::Spanned;
use syn::{Attribute, Expr, Ident, Token, Type, TypeFnPtr};

const KEYS: &[&str] = &["on_panic", "destroy", "leak", "send", "sync", "same_thread"];

/// `#[callback(data, on_panic = EXPR, destroy = hook | leak, send, sync)]`.
pub(crate) struct CallbackParam {
    /// The `void *user_data` parameter C passes back to the callback.
    pub(crate) data: Ident,
    /// What the trampoline returns when the closure panicked.
    pub(crate) on_panic: Option<Expr>,
    /// `None`: scoped to the call. `Some`: C keeps it after the call.
    pub(crate) registered: Option<Registration>,
    /// C may call it from another thread (one call at a time): `F: Send`.
    /// Registered callbacks are `Send` unless `same_thread` says otherwise.
    pub(crate) send: bool,
    /// `same_thread`: the claim that C calls a registered callback only on the
    /// thread that registered it, so the closure need not be `Send`.
    pub(crate) same_thread: Option<proc_macro2::Span>,
    /// C may call it from several threads at once: `F: Fn + Sync`.
    pub(crate) sync: bool,
    /// The attribute did not parse (already reported): only its user-data name
    /// is known.
    pub(crate) broken: bool,
    pub(crate) attr: Attribute,
    /// Attributes on the callback's own arguments: what the closure gets in
    /// their place.
    pub(crate) views: Vec<ArgumentView>,
}

/// `#[slice(len)]`, `#[cstr]` (with `#[nullable]`) or `#[fill(N)]` on an
/// argument inside the callback's type.
pub(crate) struct ArgumentView {
    /// The argument's position in the callback's type.
    pub(crate) position: usize,
    pub(crate) kind: ViewKind,
    pub(crate) attr: Attribute,
}

pub(crate) enum ViewKind {
    /// `#[slice(len)] p: *const T, len: L`: the closure gets `&[T]` (`&mut [T]`
    /// for `*mut T`, bytes for `void *`) in place of both.
    Slice(Ident),
    /// `#[cstr] p: *const c_char`: `&CStr` (`Option<&CStr>` if `nullable`).
    CStr { nullable: bool },
    /// `#[fill(N)] p: *mut *const c_void`: a buffer of `N` bytes the state
    /// keeps; the closure fills it and returns the count, C reads the bytes at
    /// the address written to `*p` until it calls again.
    Fill(Expr),
}

/// What may be written on a callback's argument, and the parameter attributes
/// that may not (reported with the ones that may, not left to rustc).
const ARGUMENT_ATTRS: &[&str] = &[
    "slice",
    "cstr",
    "nullable",
    "fill",
    "str",
    "out",
    "handle",
    "null",
    "buffer",
    "out_slice",
    "callback",
    "signature",
];

/// Takes the attributes off the arguments of the function-pointer type in `ty`
/// (they would be unknown to rustc in the raw declaration).
pub(crate) fn take_views(ty: &mut Type, errors: &mut Errors) -> Vec<ArgumentView> {
    let Some(bare) = fn_type_mut(ty) else {
        return Vec::new();
    };
    let mut views: Vec<ArgumentView> = Vec::new();
    for (position, argument) in bare.inputs.iter_mut().enumerate() {
        let (ours, kept): (Vec<Attribute>, Vec<Attribute>) = std::mem::take(&mut argument.attrs)
            .into_iter()
            .partition(|attr| {
                attr.path()
                    .get_ident()
                    .is_some_and(|ident| ARGUMENT_ATTRS.iter().any(|name| ident == name))
            });
        argument.attrs = kept;
        for attr in ours {
            let Some(kind) = parse_view(&attr, errors) else {
                continue;
            };
            let earlier = views.iter_mut().find(|view| view.position == position);
            match (earlier, kind) {
                (None, kind) => views.push(ArgumentView {
                    position,
                    kind,
                    attr,
                }),
                // `#[cstr] #[nullable]`, in either order.
                (Some(view), ViewKind::CStr { nullable })
                    if matches!(view.kind, ViewKind::CStr { .. }) =>
                {
                    if let ViewKind::CStr { nullable: first } = &mut view.kind
                        && *first != nullable
                    {
                        *first = true;
                    } else {
                        errors.push(diagnostic::duplicate_key(
                            attr.pound_token.span,
                            "this attribute",
                        ));
                    }
                }
                (Some(_), _) => errors.push(diagnostic::duplicate_key(
                    attr.pound_token.span,
                    "an attribute on this argument",
                )),
            }
        }
    }
    views
}

fn parse_view(attr: &Attribute, errors: &mut Errors) -> Option<ViewKind> {
    let name = attr.path().get_ident()?.to_string();
    let parsed = match (name.as_str(), &attr.meta) {
        ("slice", syn::Meta::List(_)) => attr.parse_args::<Ident>().map(ViewKind::Slice),
        ("fill", syn::Meta::List(_)) => attr.parse_args::<Expr>().map(ViewKind::Fill),
        ("cstr", syn::Meta::Path(_)) => Ok(ViewKind::CStr { nullable: false }),
        ("nullable", syn::Meta::Path(_)) => Ok(ViewKind::CStr { nullable: true }),
        _ => Err(diagnostic::bad_callback_view(attr)),
    };
    parsed
        .map_err(|_| errors.push(diagnostic::bad_callback_view(attr)))
        .ok()
}

fn fn_type_mut(ty: &mut Type) -> Option<&mut TypeFnPtr> {
    match ty {
        Type::Group(group) => fn_type_mut(&mut group.elem),
        Type::Paren(paren) => fn_type_mut(&mut paren.elem),
        Type::FnPtr(bare) => Some(bare),
        Type::Path(path) if path.qself.is_none() => {
            let last = path.path.segments.last_mut()?;
            if last.ident != "Option" {
                return None;
            }
            let syn::PathArguments::AngleBracketed(args) = &mut last.arguments else {
                return None;
            };
            match args.args.first_mut()? {
                syn::GenericArgument::Type(Type::FnPtr(bare)) => Some(bare),
                _ => None,
            }
        }
        _ => None,
    }
}

/// How a registered callback's closure is freed.
pub(crate) enum Registration {
    /// C calls the parameter's function with the user data once, when it lets go.
    Destroy(Ident),
    /// Never: the closure lives as long as the process.
    Leak,
}

/// Reads the attribute; a bad key is reported and skipped (the callback is then
/// `broken`, so that check adds nothing to what was said). `None` without a
/// user-data name.
pub(crate) fn parse(attr: Attribute, errors: &mut Errors) -> Option<CallbackParam> {
    let before = errors.len();
    let mut data: Option<Ident> = None;
    let mut on_panic = None;
    let mut registered = None;
    let (mut send, mut sync, mut leak, mut same_thread) = (None, None, None, None);
    let result = attr.parse_nested_meta(|meta| {
        if data.is_none()
            && let (Some(ident), false) = (meta.path.get_ident(), meta.input.peek(Token![=]))
        {
            data = Some(ident.clone());
            return Ok(());
        }
        let Some(key) = key_of(&meta, "#[callback]", KEYS, errors)? else {
            return Ok(());
        };
        match key.as_str() {
            "on_panic" => {
                if on_panic.is_some() {
                    errors.push(diagnostic::duplicate_key(meta.path.span(), "on_panic"));
                }
                on_panic = value_with(&meta, "on_panic", "0", errors, <Expr as Parse>::parse)?;
            }
            "destroy" => {
                if registered.is_some() {
                    errors.push(diagnostic::duplicate_key(meta.path.span(), "destroy"));
                }
                registered = value_with(&meta, "destroy", "hook", errors, <Ident as Parse>::parse)?
                    .map(Registration::Destroy);
            }
            "leak" => flag(&meta, "leak", &mut leak, errors)?,
            "send" => flag(&meta, "send", &mut send, errors)?,
            "same_thread" => flag(&meta, "same_thread", &mut same_thread, errors)?,
            _ => flag(&meta, "sync", &mut sync, errors)?,
        }
        Ok(())
    });
    if let Err(error) = result {
        errors.push(error);
    }
    if let Some(span) = leak {
        // `leak` and `destroy = hook` say opposite things of the closure's end.
        if registered.is_some() {
            errors.push(diagnostic::callback_leak_and_destroy(span));
        }
        registered = Some(Registration::Leak);
    }
    let Some(data) = data else {
        errors.push(diagnostic::callback_without_data(&attr));
        return None;
    };
    Some(CallbackParam {
        data,
        on_panic,
        registered,
        send: send.is_some(),
        same_thread,
        sync: sync.is_some(),
        broken: errors.len() > before,
        attr,
        views: Vec::new(),
    })
}

/// The function-pointer type written out in `ty`, and whether it is in an
/// `Option`.
pub(crate) fn fn_type(ty: &Type) -> Option<(&TypeFnPtr, bool)> {
    match types::peel(ty) {
        Type::FnPtr(bare) => Some((bare, false)),
        Type::Path(path) if path.qself.is_none() => {
            let last = path.path.segments.last()?;
            if last.ident != "Option" {
                return None;
            }
            let syn::PathArguments::AngleBracketed(args) = &last.arguments else {
                return None;
            };
            match args.args.first()? {
                syn::GenericArgument::Type(Type::FnPtr(bare)) => Some((bare, true)),
                _ => None,
            }
        }
        _ => None,
    }
}

/// The position of the callback's `*mut c_void` user-data argument, when there
/// is exactly one.
pub(crate) fn user_data_position(bare: &TypeFnPtr) -> Option<usize> {
    let mut found = bare
        .inputs
        .iter()
        .enumerate()
        .filter(|(_, arg)| is_void_pointer(&arg.ty));
    let (position, _) = found.next()?;
    found.next().is_none().then_some(position)
}

fn is_void_pointer(ty: &Type) -> bool {
    types::as_pointer(ty)
        .is_some_and(|pointer| types::is_mut(pointer) && types::is_c_void(&pointer.elem))
}

/// The position of the callback's argument called `name`.
pub(crate) fn argument_position(bare: &syn::TypeFnPtr, name: &syn::Ident) -> Option<usize> {
    bare.inputs.iter().position(|argument| {
        argument
            .name
            .as_ref()
            .is_some_and(|(ident, _)| ident == name)
    })
}
