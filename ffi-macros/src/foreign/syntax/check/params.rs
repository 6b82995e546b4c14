//! One parameter on its own: its type fits its role.

use super::super::ast::{Param, Role};
use super::super::diagnostic::{self, Errors};
use super::super::types;

pub(super) fn check(param: &Param, unsafe_wrapper: bool, in_out_buffer: bool, errors: &mut Errors) {
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
                    && (types::is_c_char(&ptr.elem) || types::is_u8(&ptr.elem) || in_out_buffer)
            });
            if !writes_bytes {
                errors.push(diagnostic::buffer_not_char_pointer(ty));
            }
        }
        Role::Slice { .. } => {
            if types::as_pointer(ty).is_none() {
                errors.push(diagnostic::slice_not_pointer(ty));
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
        }
        Role::Handle(_) => {
            if types::as_pointer(ty).is_none() {
                errors.push(diagnostic::handle_not_pointer(ty));
            }
        }
        Role::OutHandle { .. } => {
            if !types::is_pointer_to_pointer(ty) {
                errors.push(diagnostic::out_handle_not_pointer_pointer(ty));
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
        Role::Plain => {
            if !unsafe_wrapper
                && !types::is_c_string(ty)
                && let Some(pointer) = types::find_raw_pointer(ty)
            {
                errors.push(diagnostic::unannotated_pointer(pointer));
            }
        }
        // Checked with the function, in `callbacks`.
        Role::Callback(_) => {}
    }
}
