//! Lengths: each `#[slice(len)]`, `#[buffer(len)]`, `#[out_slice(len)]` and
//! `slice = len` names an integer parameter of its own (a `*mut` integer where C
//! writes it); a buffer is the function's only output.

use super::super::ast::{Function, Role};
use super::super::diagnostic::{self, Errors};
use super::super::types;
use std::collections::HashSet;
use syn::{Ident, Type};

/// A parameter named as a length: may it be an in/out `*mut L`, must it be?
struct Claim<'a> {
    length: &'a Ident,
    in_out_allowed: bool,
    in_out_required: bool,
}

pub(super) fn check(function: &Function, errors: &mut Errors) {
    let buffers: Vec<_> = function
        .params
        .iter()
        .filter_map(|param| match &param.role {
            Role::Buffer(buffer) => Some(buffer),
            _ => None,
        })
        .collect();
    if let [_, second, ..] = buffers.as_slice() {
        errors.push(diagnostic::buffer_conflict(&second.attr));
    } else if let (Some(buffer), true) = (buffers.first(), function.outs().next().is_some()) {
        errors.push(diagnostic::buffer_conflict(&buffer.attr));
    }
    let mut claims = Vec::new();
    for param in &function.params {
        let length = match &param.role {
            Role::Slice { length, .. } => Some(length),
            Role::String(string) => string.length.as_ref(),
            _ => None,
        };
        if let Some(length) = length {
            claims.push(Claim {
                length,
                in_out_allowed: false,
                in_out_required: false,
            });
        }
    }
    claims.extend(buffers.iter().map(|buffer| Claim {
        length: &buffer.length,
        in_out_allowed: true,
        in_out_required: false,
    }));
    for param in &function.params {
        if let Role::OutSlice { length, .. } = &param.role {
            claims.push(Claim {
                length,
                in_out_allowed: true,
                in_out_required: true,
            });
        }
    }
    claims.extend(function.args.returned_slice.iter().map(|length| Claim {
        length,
        in_out_allowed: true,
        in_out_required: true,
    }));
    let mut used = HashSet::new();
    for claim in claims {
        check_claim(function, &claim, &mut used, errors);
    }
}

fn check_claim(
    function: &Function,
    claim: &Claim<'_>,
    used: &mut HashSet<String>,
    errors: &mut Errors,
) {
    let length = claim.length;
    let target = function.params.iter().find(|param| {
        param.ident.as_ref() == Some(length)
            && !matches!(
                param.role,
                Role::Slice { .. } | Role::Buffer(_) | Role::OutSlice { .. }
            )
    });
    let Some(target) = target else {
        errors.push(diagnostic::missing_length(length, &function.ident));
        return;
    };
    if !used.insert(length.to_string()) {
        errors.push(diagnostic::length_shared(length));
    }
    // A length is a plain parameter the wrapper fills; one with a role of its
    // own (an out, a handle, a string, a callback) would lose its argument.
    let annotated = !matches!(target.role, Role::Plain);
    // A buffer's length may be an in/out `*mut L`: C reads the capacity and
    // writes the length it used.
    let in_out = types::as_pointer(&target.ty).is_some_and(types::is_mut);
    if claim.in_out_required && !in_out {
        errors.push(diagnostic::out_slice_length_not_pointer(&target.ty));
        return;
    }
    let ty = match types::as_pointer(&target.ty) {
        Some(pointer) if claim.in_out_allowed && types::is_mut(pointer) => {
            types::peel(&pointer.elem)
        }
        _ => types::peel(&target.ty),
    };
    let not_integer = matches!(
        ty,
        Type::Ptr(_) | Type::Reference(_) | Type::Tuple(_) | Type::Array(_) | Type::FnPtr(_)
    ) || types::is_float(ty);
    if annotated || not_integer {
        errors.push(diagnostic::length_not_integer(&target.ty));
    }
}
