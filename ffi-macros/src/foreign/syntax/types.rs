//! What the macro can tell about a type from its syntax alone. Anything it cannot
//! tell (a typedef) is left to the trait bounds of `ffi_runtime::__private`.

use syn::{GenericArgument, PathArguments, PointerMutability, ReturnType, Type, TypePtr};

/// Looks through `(T)` and invisible groups.
pub(crate) fn peel(ty: &Type) -> &Type {
    match ty {
        Type::Paren(inner) => peel(&inner.elem),
        Type::Group(inner) => peel(&inner.elem),
        _ => ty,
    }
}

/// The returned type, or `None` for `()` and no return type.
pub(crate) fn returned(output: &ReturnType) -> Option<&Type> {
    match output {
        ReturnType::Type(_, ty) if !is_unit(ty) => Some(ty),
        _ => None,
    }
}

fn is_unit(ty: &Type) -> bool {
    matches!(peel(ty), Type::Tuple(tuple) if tuple.elems.is_empty())
}

pub(crate) fn is_mut(ptr: &TypePtr) -> bool {
    matches!(ptr.mutability, PointerMutability::Mut(_))
}

/// `*mut *mut T` or `*mut *const T`: a slot C writes a pointer into.
pub(crate) fn is_pointer_to_pointer(ty: &Type) -> bool {
    as_pointer(ty)
        .filter(|outer| is_mut(outer))
        .and_then(|outer| as_pointer(&outer.elem))
        .is_some()
}

/// `c_void` (any path ending in it): an array of it is bytes.
pub(crate) fn is_c_void(ty: &Type) -> bool {
    matches!(peel(ty), Type::Path(path)
        if path.path.segments.last().is_some_and(|last| last.ident == "c_void"))
}

pub(crate) fn is_usize(ty: &Type) -> bool {
    matches!(peel(ty), Type::Path(path) if path.path.is_ident("usize"))
}

pub(crate) fn is_u8(ty: &Type) -> bool {
    matches!(peel(ty), Type::Path(path) if path.path.is_ident("u8"))
}

pub(crate) fn as_pointer(ty: &Type) -> Option<&TypePtr> {
    match peel(ty) {
        Type::Ptr(ptr) => Some(ptr),
        _ => None,
    }
}

/// Whether `ty` surely holds no identifier `name` (nor a lifetime of that
/// name), told from its syntax without printing it: paths (with their type
/// and lifetime arguments and `qself`), pointers, references, slices, tuples,
/// parentheses and `!` are looked through; anything else (an array, whose
/// length is an expression, a function pointer, a macro, a trait object) may
/// hold it.
pub(crate) fn surely_without(ty: &Type, name: &str) -> bool {
    match ty {
        Type::Path(path) => {
            path.qself
                .as_ref()
                .is_none_or(|qself| surely_without(&qself.ty, name))
                && path.path.segments.iter().all(|segment| {
                    segment.ident != name
                        && match &segment.arguments {
                            PathArguments::None => true,
                            PathArguments::AngleBracketed(arguments) => {
                                arguments.args.iter().all(|argument| match argument {
                                    GenericArgument::Type(ty) => surely_without(ty, name),
                                    GenericArgument::Lifetime(lifetime) => lifetime.ident != name,
                                    _ => false,
                                })
                            }
                            PathArguments::Parenthesized(_) => false,
                        }
                })
        }
        Type::Ptr(pointer) => surely_without(&pointer.elem, name),
        Type::Reference(reference) => {
            reference
                .lifetime
                .as_ref()
                .is_none_or(|lifetime| lifetime.ident != name)
                && surely_without(&reference.elem, name)
        }
        Type::Slice(slice) => surely_without(&slice.elem, name),
        Type::Tuple(tuple) => tuple.elems.iter().all(|ty| surely_without(ty, name)),
        Type::Paren(inner) => surely_without(&inner.elem, name),
        Type::Group(inner) => surely_without(&inner.elem, name),
        Type::Never(_) => true,
        _ => false,
    }
}

/// The last path segment's name when the type is a plain path without arguments.
fn simple_name(ty: &Type) -> Option<&syn::Ident> {
    match peel(ty) {
        Type::Path(path) if path.qself.is_none() => {
            let last = path.path.segments.last()?;
            last.arguments.is_none().then_some(&last.ident)
        }
        _ => None,
    }
}

/// Whether `f` holds for the text of the type's simple name (false without one).
fn simple_name_is(ty: &Type, f: impl FnOnce(&str) -> bool) -> bool {
    simple_name(ty).is_some_and(|name| with_text(name, f))
}

/// `f` of the identifier's text, written on the stack when it is short (as
/// type names are): no string allocated, as `to_string` does.
pub(crate) fn with_text<R>(ident: &syn::Ident, f: impl FnOnce(&str) -> R) -> R {
    struct Short {
        bytes: [u8; 32],
        len: usize,
    }
    impl std::fmt::Write for Short {
        fn write_str(&mut self, text: &str) -> std::fmt::Result {
            let end = self.len + text.len();
            let slot = self.bytes.get_mut(self.len..end).ok_or(std::fmt::Error)?;
            slot.copy_from_slice(text.as_bytes());
            self.len = end;
            Ok(())
        }
    }
    let mut short = Short {
        bytes: [0; 32],
        len: 0,
    };
    if std::fmt::Write::write_fmt(&mut short, format_args!("{ident}")).is_ok()
        && let Ok(text) = std::str::from_utf8(&short.bytes[..short.len])
    {
        return f(text);
    }
    f(&ident.to_string())
}

pub(crate) fn is_float(ty: &Type) -> bool {
    simple_name_is(ty, |name| {
        matches!(name, "f32" | "f64" | "c_float" | "c_double")
    })
}

/// Whether a type is named like an integer (a primitive or `core::ffi`'s), so
/// surely no pointer, whatever a typedef elsewhere may be.
fn is_integer_name(ty: &Type) -> bool {
    simple_name_is(ty, |name| {
        matches!(
            name,
            "i8" | "i16"
                | "i32"
                | "i64"
                | "i128"
                | "isize"
                | "u8"
                | "u16"
                | "u32"
                | "u64"
                | "u128"
                | "usize"
                | "c_char"
                | "c_schar"
                | "c_uchar"
                | "c_short"
                | "c_ushort"
                | "c_int"
                | "c_uint"
                | "c_long"
                | "c_ulong"
                | "c_longlong"
                | "c_ulonglong"
                | "bool"
        )
    })
}

/// A returned type that may be a pointer typedef (bindgen's `gzFile`): a path
/// not named like an integer or float. Whether it is one is left to the
/// compiler (`RawPointer`).
pub(crate) fn may_be_pointer_typedef(ty: &Type) -> bool {
    matches!(peel(ty), Type::Path(_)) && !is_integer_name(ty) && !is_float(ty)
}

/// What a reference (or `Option` of one) points to, else the type itself.
pub(crate) fn lent_or_self(ty: &Type) -> &Type {
    match peel(ty) {
        Type::Reference(reference) => lent_or_self(&reference.elem),
        Type::Path(path) if path.qself.is_none() => {
            let lent = path.path.segments.last().and_then(|last| {
                let PathArguments::AngleBracketed(args) = &last.arguments else {
                    return None;
                };
                match (last.ident == "Option", args.args.first()) {
                    (true, Some(GenericArgument::Type(inner @ Type::Reference(_)))) => {
                        Some(lent_or_self(inner))
                    }
                    _ => None,
                }
            });
            lent.unwrap_or(ty)
        }
        other => other,
    }
}

/// A type that may be an integer: a path that is not a float, `bool`, `char`,
/// an `Option` or a function pointer (a typedef such as `size_t` is assumed to be
/// one: the weaker claim).
pub(crate) fn may_be_integer(ty: &Type) -> bool {
    let Type::Path(path) = peel(ty) else {
        return false;
    };
    let Some(last) = path.path.segments.last() else {
        return false;
    };
    !is_float(ty)
        && !with_text(&last.ident, |name| {
            matches!(name, "bool" | "char" | "Option" | "NonNull")
        })
}

pub(crate) fn is_c_char(ty: &Type) -> bool {
    simple_name_is(ty, |name| name == "c_char")
}

/// `*const c_char`: a C string the wrapper takes as `&CStr`.
pub(crate) fn is_c_string(ty: &Type) -> bool {
    as_pointer(ty).is_some_and(|ptr| !is_mut(ptr) && is_c_char(&ptr.elem))
}

/// The first raw pointer anywhere inside `ty`, except inside function-pointer
/// signatures (a callback's own parameters are C's business).
pub(crate) fn find_raw_pointer(ty: &Type) -> Option<&Type> {
    match ty {
        Type::Ptr(_) => Some(ty),
        Type::Paren(inner) => find_raw_pointer(&inner.elem),
        Type::Group(inner) => find_raw_pointer(&inner.elem),
        Type::Reference(reference) => find_raw_pointer(&reference.elem),
        Type::Array(array) => find_raw_pointer(&array.elem),
        Type::Slice(slice) => find_raw_pointer(&slice.elem),
        Type::Tuple(tuple) => tuple.elems.iter().find_map(find_raw_pointer),
        Type::Path(path) => {
            path.path
                .segments
                .iter()
                .find_map(|segment| match &segment.arguments {
                    PathArguments::AngleBracketed(args) => {
                        args.args.iter().find_map(|arg| match arg {
                            GenericArgument::Type(inner) => find_raw_pointer(inner),
                            _ => None,
                        })
                    }
                    _ => None,
                })
        }
        _ => None,
    }
}

/// Why C may not write an arbitrary bit pattern into a `T`, for the types whose
/// validity invariant is visible in the syntax.
pub(crate) fn invalid_out_target(ty: &Type) -> Option<&'static str> {
    match peel(ty) {
        Type::Reference(_) => Some("a reference"),
        Type::FnPtr(_) => {
            Some("a function pointer (it cannot be NULL; use `Option<extern \"C\" fn(..)>`)")
        }
        Type::Never(_) => Some("`!`"),
        other => match simple_name(other).map(ToString::to_string).as_deref() {
            Some("bool") => Some("a `bool` (only 0 and 1 are valid)"),
            Some("char") => Some("a `char` (only Unicode scalar values are valid)"),
            _ => match other {
                Type::Path(path)
                    if path
                        .path
                        .segments
                        .last()
                        .is_some_and(|s| s.ident == "NonNull") =>
                {
                    Some("a `NonNull` (C may write NULL)")
                }
                _ => None,
            },
        },
    }
}

/// The named lifetimes in `tokens` (`'db`, not `'_` or `'static`), each once.
pub(crate) fn named_lifetimes(tokens: proc_macro2::TokenStream) -> Vec<syn::Lifetime> {
    let mut lifetimes = Vec::new();
    collect_lifetimes(tokens, &mut lifetimes);
    lifetimes
}

fn collect_lifetimes(tokens: proc_macro2::TokenStream, lifetimes: &mut Vec<syn::Lifetime>) {
    let mut tokens = tokens.into_iter().peekable();
    while let Some(token) = tokens.next() {
        match token {
            proc_macro2::TokenTree::Punct(punct) if punct.as_char() == '\'' => {
                if let Some(proc_macro2::TokenTree::Ident(name)) = tokens.peek() {
                    let lifetime = syn::Lifetime {
                        apostrophe: punct.span(),
                        ident: name.clone(),
                    };
                    let named = name != "_" && name != "static";
                    if named && !lifetimes.contains(&lifetime) {
                        lifetimes.push(lifetime);
                    }
                }
            }
            proc_macro2::TokenTree::Group(group) => collect_lifetimes(group.stream(), lifetimes),
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use syn::parse_quote;

    #[test]
    fn identifier_text_is_to_string() {
        let long = "a_name_longer_than_the_thirty_two_bytes_on_the_stack";
        for ident in [
            syn::Ident::new("c_int", proc_macro2::Span::call_site()),
            syn::Ident::new(long, proc_macro2::Span::call_site()),
            syn::Ident::new_raw("type", proc_macro2::Span::call_site()),
        ] {
            assert_eq!(with_text(&ident, str::to_owned), ident.to_string());
        }
    }

    #[test]
    fn names_the_alias_or_surely_not() {
        assert!(surely_without(
            &parse_quote!(*mut Option<&'a [c_int]>),
            "__ffi"
        ));
        assert!(!surely_without(&parse_quote!(__ffi::c_int), "__ffi"));
        assert!(!surely_without(&parse_quote!(&'__ffi c_int), "__ffi"));
        assert!(!surely_without(&parse_quote!(Vec<(u8, __ffi)>), "__ffi"));
        // Not looked into: an array's length is an expression.
        assert!(!surely_without(&parse_quote!([u8; 4]), "__ffi"));
    }

    #[test]
    fn recognizes_c_strings() {
        assert!(is_c_string(&parse_quote!(*const c_char)));
        assert!(is_c_string(&parse_quote!(*const std::ffi::c_char)));
        assert!(!is_c_string(&parse_quote!(*mut c_char)));
        assert!(!is_c_string(&parse_quote!(*const u8)));
    }

    #[test]
    fn finds_nested_pointers_but_not_in_callbacks() {
        assert!(find_raw_pointer(&parse_quote!(Option<*mut T>)).is_some());
        assert!(find_raw_pointer(&parse_quote!(&[*const u8; 2])).is_some());
        assert!(find_raw_pointer(&parse_quote!(Option<extern "C" fn(*mut T)>)).is_none());
        assert!(find_raw_pointer(&parse_quote!(c_int)).is_none());
    }

    #[test]
    fn flags_out_targets_with_invalid_bit_patterns() {
        assert!(invalid_out_target(&parse_quote!(bool)).is_some());
        assert!(invalid_out_target(&parse_quote!(&u8)).is_some());
        assert!(invalid_out_target(&parse_quote!(core::ptr::NonNull<u8>)).is_some());
        assert!(invalid_out_target(&parse_quote!(*mut u8)).is_none());
        assert!(invalid_out_target(&parse_quote!(libc::rlimit)).is_none());
    }
}
