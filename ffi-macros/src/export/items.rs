//! Which items of the module are exported, under which C names.
//!
//! Exported: `pub fn`s; `pub fn`s of inherent impls of the module's exported
//! structs; `#[repr(C)]` structs with named fields (C sees them whole);
//! `#[ffi(opaque)]` structs (handles); `pub const`s of integer types. Everything
//! else (private helpers, an error enum, trait impls) stays Rust-only.
//! `#[ffi(skip)]` keeps a `pub fn` Rust-only.

use super::error;
use super::signature::{self, ExportedFn, cfgs, snake_case, unraw};
use proc_macro2::{Ident, Span};
use quote::quote;
use syn::spanned::Spanned;
use syn::{Attribute, Fields, ImplItem, Item, ItemMod, ItemStruct, Type, Visibility};

/// Everything the module exports.
pub(super) struct Exports {
    pub prefix: String,
    /// Where the user claims the C names are unique (the prefix's span).
    pub claim: Span,
    pub constants: Vec<Constant>,
    pub structs: Vec<ValueStruct>,
    pub handles: Vec<Handle>,
    pub functions: Vec<ExportedFn>,
}

/// A `pub const` of an integer type.
pub(super) struct Constant {
    pub ident: Ident,
    pub c_name: String,
    pub doc: String,
    pub cfgs: Vec<Attribute>,
}

/// A `#[repr(C)]` struct.
pub(super) struct ValueStruct {
    pub ident: Ident,
    pub c_name: String,
    pub doc: String,
    pub fields: Vec<(Ident, Type)>,
    pub cfgs: Vec<Attribute>,
}

/// An `#[ffi(opaque)]` struct.
pub(super) struct Handle {
    pub ident: Ident,
    pub c_name: String,
    pub doc: String,
    pub cfgs: Vec<Attribute>,
}

const INTEGERS: &[&str] = &[
    "i8", "i16", "i32", "i64", "isize", "u8", "u16", "u32", "u64", "usize",
];

/// Reads the module; returns it with `#[ffi(..)]` attributes removed.
pub(super) fn read(
    mut module: ItemMod,
    prefix: &str,
    errors: &mut Vec<syn::Error>,
) -> (ItemMod, Exports) {
    let mut exports = Exports {
        prefix: prefix.to_owned(),
        claim: Span::call_site(),
        constants: Vec::new(),
        structs: Vec::new(),
        handles: Vec::new(),
        functions: Vec::new(),
    };
    let Some((_, items)) = &mut module.content else {
        errors.push(error(
            module.ident.span(),
            "#[export] needs the module's items inline",
            "write `pub mod api { .. }` with the exported functions inside",
        ));
        return (module, exports);
    };
    for item in items.iter_mut() {
        if let Item::Struct(definition) = item {
            read_struct(definition, prefix, &mut exports, errors);
        }
    }
    for item in items.iter_mut() {
        match item {
            Item::Fn(function) => {
                let skip = take_skip(&mut function.attrs, errors);
                if is_public(&function.vis) && !skip {
                    let name = &function.sig.ident;
                    let c_name = format!("{prefix}{}", unraw(name));
                    let callee = quote!(super::#name);
                    let read = signature::read(
                        &function.sig,
                        &function.attrs,
                        c_name,
                        callee,
                        None,
                        errors,
                    );
                    exports.functions.extend(read);
                }
            }
            Item::Impl(block) => read_impl(block, prefix, &mut exports, errors),
            Item::Const(constant) if is_public(&constant.vis) => {
                let integer = matches!(&*constant.ty, Type::Path(path) if INTEGERS.iter().any(|name| path.path.is_ident(name)));
                if integer {
                    exports.constants.push(Constant {
                        c_name: format!("{prefix}{}", unraw(&constant.ident)).to_uppercase(),
                        ident: constant.ident.clone(),
                        doc: signature::doc_string(&constant.attrs),
                        cfgs: cfgs(&constant.attrs),
                    });
                }
            }
            _ => {}
        }
    }
    check_unique(&mut exports, errors);
    order_structs(&mut exports.structs);
    (module, exports)
}

fn is_public(vis: &Visibility) -> bool {
    matches!(vis, Visibility::Public(_))
}

fn read_struct(
    definition: &mut ItemStruct,
    prefix: &str,
    exports: &mut Exports,
    errors: &mut Vec<syn::Error>,
) {
    let opaque = take_opaque(&mut definition.attrs, errors);
    let repr_c = repr(&definition.attrs, errors);
    if !opaque && !repr_c {
        return;
    }
    let ident = definition.ident.clone();
    let c_name = format!("{prefix}{}", snake_case(&unraw(&ident)));
    let item_cfgs = cfgs(&definition.attrs);
    let doc = signature::doc_string(&definition.attrs);
    if definition.generics.lt_token.is_some() {
        errors.push(error(
            definition.generics.span(),
            &format!("`{ident}`: an exported struct cannot be generic"),
            "C sees one type: export a struct without parameters (a handle owns its data, with no lifetime)",
        ));
        return;
    }
    if opaque {
        exports.handles.push(Handle {
            ident,
            c_name,
            doc,
            cfgs: item_cfgs,
        });
        return;
    }
    let Fields::Named(named) = &definition.fields else {
        errors.push(error(
            definition.ident.span(),
            &format!("`{ident}`: a struct C sees whole needs named fields"),
            "name the fields (C refers to them by name), or mark it `#[ffi(opaque)]`",
        ));
        return;
    };
    if named.named.is_empty() {
        errors.push(error(
            definition.ident.span(),
            &format!("`{ident}`: a struct C sees whole needs a field"),
            "C has no empty structs: add a field, or mark it `#[ffi(opaque)]`",
        ));
        return;
    }
    // C reads and writes every field: an invariant a private field keeps would
    // not hold for values C makes.
    if let Some(private) = named.named.iter().find(|field| !is_public(&field.vis)) {
        errors.push(error(
            private.span(),
            &format!("`{ident}`: C reads and writes every field of a struct it sees whole, so every field is `pub`"),
            "make the fields `pub`, or mark the struct `#[ffi(opaque)]` to keep them private",
        ));
        return;
    }
    let fields = named
        .named
        .iter()
        .filter_map(|field| Some((field.ident.clone()?, field.ty.clone())))
        .collect();
    exports.structs.push(ValueStruct {
        ident,
        c_name,
        doc,
        fields,
        cfgs: item_cfgs,
    });
}

/// `#[repr(C)]` exactly: `packed` or `align` would need C extensions to match.
fn repr(attrs: &[Attribute], errors: &mut Vec<syn::Error>) -> bool {
    let mut repr_c = false;
    for attr in attrs.iter().filter(|attr| attr.path().is_ident("repr")) {
        let _ = attr.parse_nested_meta(|meta| {
            if meta.path.is_ident("C") {
                repr_c = true;
            } else if meta.path.is_ident("packed") || meta.path.is_ident("align") {
                errors.push(error(
                    meta.path.span(),
                    "an exported struct cannot be `packed` or `align(N)`",
                    "C99 has no portable spelling of it: use plain `#[repr(C)]`",
                ));
            }
            if meta.input.peek(syn::token::Paren) {
                let _ = meta.input.parse::<proc_macro2::Group>();
            }
            Ok(())
        });
    }
    repr_c
}

fn read_impl(
    block: &mut syn::ItemImpl,
    prefix: &str,
    exports: &mut Exports,
    errors: &mut Vec<syn::Error>,
) {
    let Type::Path(self_path) = &*block.self_ty else {
        return;
    };
    let Some(self_type) = self_path.path.get_ident().cloned() else {
        return;
    };
    let known = exports
        .handles
        .iter()
        .map(|handle| &handle.ident)
        .chain(exports.structs.iter().map(|value| &value.ident));
    if block.trait_.is_some() || !known.into_iter().any(|ident| *ident == self_type) {
        return;
    }
    let generic = block.generics.lt_token.is_some();
    let type_name = snake_case(&unraw(&self_type));
    let impl_cfgs = cfgs(&block.attrs);
    for item in &mut block.items {
        let ImplItem::Fn(method) = item else { continue };
        let skip = take_skip(&mut method.attrs, errors);
        if !is_public(&method.vis) || skip {
            continue;
        }
        if generic {
            errors.push(error(
                block.generics.span(),
                &format!("`{self_type}`: the methods of a generic impl cannot be exported"),
                "export them from an impl without parameters",
            ));
            return;
        }
        let name = &method.sig.ident;
        let c_name = format!("{prefix}{type_name}_{}", unraw(name));
        let callee = quote!(<super::#self_type>::#name);
        let read = signature::read(
            &method.sig,
            &method.attrs,
            c_name,
            callee,
            Some(&self_type),
            errors,
        );
        exports.functions.extend(read.map(|mut function| {
            function.cfgs.splice(0..0, impl_cfgs.iter().cloned());
            function
        }));
    }
}

fn take_opaque(attrs: &mut Vec<Attribute>, errors: &mut Vec<syn::Error>) -> bool {
    take_flag(attrs, "opaque", errors)
}

fn take_skip(attrs: &mut Vec<Attribute>, errors: &mut Vec<syn::Error>) -> bool {
    take_flag(attrs, "skip", errors)
}

/// Removes `#[ffi(flag)]` attributes, answering whether `flag` was among them.
fn take_flag(attrs: &mut Vec<Attribute>, flag: &str, errors: &mut Vec<syn::Error>) -> bool {
    let mut found = false;
    attrs.retain(|attr| {
        if !attr.path().is_ident("ffi") {
            return true;
        }
        let result = attr.parse_nested_meta(|meta| {
            if meta.path.is_ident(flag) {
                found = true;
                Ok(())
            } else if meta.path.is_ident("opaque") || meta.path.is_ident("skip") {
                Err(meta.error(format!(
                    "`#[ffi({})]` does not apply here\n= help: `opaque` goes on a struct, `skip` on a `pub fn`",
                    meta.path.get_ident().map(ToString::to_string).unwrap_or_default()
                )))
            } else {
                Err(meta.error(
                    "#[export] modules take `#[ffi(opaque)]` on a struct and `#[ffi(skip)]` on a `pub fn`",
                ))
            }
        });
        if let Err(error) = result {
            errors.push(error);
        }
        false
    });
    found
}

/// Names the runtime functions take, then every export's: a second one of a
/// name would be a second symbol of that name, so it is reported and left out.
fn check_unique(exports: &mut Exports, errors: &mut Vec<syn::Error>) {
    let prefix = &exports.prefix;
    let mut taken: Vec<String> = [
        "last_error_code",
        "last_error_message",
        "string_free",
        "bytes_free",
    ]
    .iter()
    .map(|name| format!("{prefix}{name}"))
    .collect();
    taken.push(format!("{prefix}bytes"));
    // The header's own `#define`s.
    taken.extend(
        ["OK", "ERROR", "PANIC", "INVALID_ARGUMENT", "INVALID_RESULT"]
            .iter()
            .map(|name| format!("{prefix}{name}").to_uppercase()),
    );
    let mut claim = |name: String, span: Span| {
        if taken.contains(&name) {
            errors.push(error(
                span,
                &format!("the C name `{name}` is taken in this module"),
                "rename the item, or `#[ffi(skip)]` it (the runtime's functions, each handle's `_free` and each type take their names)",
            ));
            return false;
        }
        taken.push(name);
        true
    };
    exports
        .constants
        .retain(|constant| claim(constant.c_name.clone(), constant.ident.span()));
    for value in &exports.structs {
        claim(value.c_name.clone(), value.ident.span());
    }
    for handle in &exports.handles {
        claim(handle.c_name.clone(), handle.ident.span());
        claim(format!("{}_free", handle.c_name), handle.ident.span());
    }
    exports
        .functions
        .retain(|function| claim(function.c_name.clone(), function.ident.span()));
}

/// Structs in an order C accepts: each after the structs its fields hold
/// (declaration order otherwise). A cycle is impossible (the struct would be
/// infinite), so the walk ends.
fn order_structs(structs: &mut Vec<ValueStruct>) {
    let mut ordered: Vec<ValueStruct> = Vec::with_capacity(structs.len());
    let mut pending: Vec<ValueStruct> = std::mem::take(structs);
    while !pending.is_empty() {
        let ready = pending
            .iter()
            .position(|value| {
                value.fields.iter().all(|(_, ty)| {
                    let Type::Path(path) = ty else { return true };
                    let Some(last) = path.path.segments.last() else {
                        return true;
                    };
                    !pending
                        .iter()
                        .any(|other| other.ident == last.ident && other.ident != value.ident)
                })
            })
            .unwrap_or(0);
        ordered.push(pending.remove(ready));
    }
    *structs = ordered;
}
