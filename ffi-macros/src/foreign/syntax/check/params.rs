//! One parameter on its own: its type fits its role.

use super::super::ast::{Function, Param, Role, could_be_length};
use super::super::callback::fn_type;
use super::super::diagnostic::{self, Errors};
use super::super::types;

pub(super) fn check(function: &Function, param: &Param, errors: &mut Errors) {
    let in_out_buffer = function.has_in_out_buffer_length();
    if param.ident.is_none() {
        errors.push(diagnostic::pattern_param(&param.pat));
    }
    let ty = &param.ty;
    match &param.role {
        Role::OutSlice { .. } => {
            if !types::is_pointer_to_pointer(ty) {
                errors.push(diagnostic::out_slice_shape(ty));
            }
        }
        Role::Buffer(_) => {
            // Strings need bytes; an in/out length (checked with the function)
            // may count elements of any type.
            let writes_bytes = types::as_pointer(ty).is_some_and(|ptr| {
                types::is_mut(ptr)
                    && (types::is_c_char(&ptr.elem)
                        || types::is_u8(&ptr.elem)
                        || types::is_c_void(&ptr.elem)
                        || in_out_buffer)
            });
            if !writes_bytes {
                errors.push(diagnostic::buffer_not_char_pointer(ty));
            }
        }
        Role::Slice { held_by, .. } => {
            if types::as_pointer(ty).is_none() {
                errors.push(diagnostic::slice_not_pointer(ty));
            }
            if let Some(holder) = held_by
                && function.held_lifetime(holder).is_none()
            {
                errors.push(diagnostic::held_by_not_handle(holder));
            }
        }
        Role::String(string) => {
            if let Some(attr) = string.attr()
                && !types::is_c_string(ty)
            {
                let writes = types::as_pointer(ty)
                    .is_some_and(|ptr| types::is_mut(ptr) && types::is_c_char(&ptr.elem));
                errors.push(diagnostic::string_attr_not_c_string(attr, writes));
            }
            match (&string.cstr, &string.utf8, &string.nullable) {
                (Some(cstr), Some(_), _) => {
                    errors.push(diagnostic::conflicting_param_attrs(cstr, "str", "cstr"));
                }
                (_, Some(utf8), Some(_)) if string.length.is_some() => {
                    errors.push(diagnostic::conflicting_param_attrs(
                        utf8, "nullable", "str(len)",
                    ));
                }
                _ => {}
            }
        }
        Role::Null(_) => {
            let optional = matches!(fn_type(ty), Some((_, true)));
            if types::as_pointer(ty).is_none() && !optional {
                errors.push(diagnostic::null_not_pointer(ty));
            }
        }
        Role::Handle(_) => {
            // A path may be a pointer typedef (bindgen's `gzFile`): the compiler
            // then checks it is the handle's pointer type.
            if types::as_pointer(ty).is_none() && !matches!(types::peel(ty), syn::Type::Path(_)) {
                errors.push(diagnostic::handle_not_pointer(ty));
            }
        }
        Role::OutHandle { handle, .. } => {
            if !types::is_pointer_to_pointer(ty) {
                errors.push(diagnostic::out_handle_not_pointer_pointer(ty));
            }
            if let syn::Type::Reference(reference) = handle
                && reference.mutability.is_some()
            {
                errors.push(diagnostic::out_lent_mut(handle));
            }
        }
        Role::Out(_) => match types::as_pointer(ty) {
            Some(ptr) if types::is_mut(ptr) => {
                if let Some(what) = types::invalid_out_target(&ptr.elem) {
                    errors.push(diagnostic::out_invalid_target(&ptr.elem, what));
                }
            }
            _ => errors.push(diagnostic::out_not_mut_pointer(ty)),
        },
        Role::Plain => check_plain(function, param, errors),
        // Checked with the function, in `callbacks`.
        Role::Callback(_) => {}
    }
}

/// A parameter passed as it is: not a function that may unwind, not a raw
/// pointer (nor a type holding one), and not a C string next to a value that
/// could be its length.
fn check_plain(function: &Function, param: &Param, errors: &mut Errors) {
    let unsafe_wrapper = function.is_unsafe_wrapper();
    let ty = &param.ty;
    if let Some((bare, _)) = fn_type(ty)
        && let Some(abi) = &bare.abi
        && abi
            .name
            .as_ref()
            .is_some_and(|name| name.value().ends_with("-unwind"))
        && !unsafe_wrapper
    {
        errors.push(diagnostic::unwinding_fn_pointer(abi));
    }
    if let Some((bare, _)) = fn_type(ty)
        && let Some(token) = &bare.unsafety
        && !function.is_unsafe_wrapper()
    {
        errors.push(diagnostic::unsafe_fn_pointer(token));
    }
    if unsafe_wrapper {
        return;
    }
    if types::is_c_string(ty) {
        let name = param
            .ident
            .as_ref()
            .map(ToString::to_string)
            .unwrap_or_default();
        let length = function
            .params
            .iter()
            .find(|other| could_be_length(other))
            .and_then(|other| other.ident.as_ref())
            .map(ToString::to_string)
            .unwrap_or_default();
        errors.push(diagnostic::c_string_with_length(
            ty,
            &function.ident,
            &name,
            &length,
        ));
    } else if let Some(pointer) = types::find_raw_pointer(ty) {
        let name = param
            .ident
            .as_ref()
            .map(ToString::to_string)
            .unwrap_or_default();
        errors.push(diagnostic::unannotated_pointer(
            pointer,
            &function.ident,
            &name,
        ));
    }
}
