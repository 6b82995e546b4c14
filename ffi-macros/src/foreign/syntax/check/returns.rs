//! What the function returns fits its convention, and what the convention's
//! keys (`owned`, `borrowed`, `string`, `slice`) make of the returned pointer.

use super::super::args::{Convention, ReturnedString};
use super::super::ast::{Block, BufferParam, Function, Role};
use super::super::diagnostic::{self, Errors};
use super::super::types;
use proc_macro2::Span;
use syn::Type;

pub(super) fn check(block: &Block, function: &Function, errors: &mut Errors) {
    let returned = types::returned(&function.sig.output);
    if let Some(ty) = returned
        && matches!(types::peel(ty), Type::Reference(_))
    {
        errors.push(diagnostic::reference_return(ty));
        return;
    }
    let reporting = function.reporting(&block.args);
    let convention = reporting.convention;
    let name = convention.name();
    let span = reporting.convention_span;
    check_handles(function, &convention, span, errors);
    if let Some(attr) = function.params.iter().find_map(|param| match &param.role {
        Role::OutSlice { attr, .. } => Some(attr),
        _ => None,
    }) && !convention.makes_runtime_error()
    {
        errors.push(diagnostic::out_slice_convention(attr, convention.name()));
    }
    if let Some((_, buffer)) = function.buffer() {
        check_buffer_returns(function, buffer, &convention, span, errors);
    }
    if let Convention::Unchecked = &convention {
        if let Some(out) = function.outs().find_map(|param| param.out_attr()) {
            errors.push(diagnostic::out_without_convention(out));
        }
        return;
    }
    let Some(ty) = returned else {
        if !matches!(convention, Convention::Check(_)) {
            errors.push(diagnostic::convention_on_unit(span, name));
        }
        return;
    };
    if matches!(types::peel(ty), Type::Never(_)) {
        // A block's convention does not apply (see `Function::reporting`); an
        // explicit one has nothing to test.
        errors.push(diagnostic::convention_on_unit(span, name));
        return;
    }
    let pointer = types::as_pointer(ty).is_some();
    let float = types::is_float(ty);
    let mismatch = match &convention {
        Convention::Errno if float => Some((
            "an integer or pointer return: a float has no failure value",
            "use `check = MyCheck` with a `Check<f64>` impl, or `unchecked`",
        )),
        Convention::NegErrno | Convention::NegCode if float || pointer => Some((
            "a signed integer return",
            "`neg_errno` is for functions returning `-errno` on failure, like Linux syscalls",
        )),
        Convention::RetErrno | Convention::Zero if float || pointer => Some((
            "an integer status return",
            "use `nonnull` or `errno` for a function returning a pointer",
        )),
        // A path may be a pointer typedef (bindgen's `gzFile`): the wrapper then
        // asks the compiler (`RawPointer`), which refuses an integer typedef.
        Convention::NonNull if !pointer && !types::may_be_pointer_typedef(ty) => Some((
            "a pointer return (`*mut T` or `*const T`)",
            "use `errno`, `zero` or `neg_errno` for an integer return",
        )),
        _ => None,
    };
    if let Some((needs, help)) = mismatch {
        errors.push(diagnostic::convention_needs(ty, name, needs, help));
    }
}

/// `string = ..`: a C string return, a convention that rejects NULL, and a source
/// that keeps it alive as long as the wrapper's return type says.
fn check_returned_string(
    function: &Function,
    string: &ReturnedString,
    span: proc_macro2::Span,
    convention: &Convention,
    errors: &mut Errors,
) {
    let returns_c_string = types::returned(&function.sig.output)
        .and_then(types::as_pointer)
        .is_some_and(|pointer| types::is_c_char(&pointer.elem));
    if !returns_c_string {
        errors.push(diagnostic::string_not_c_string(span));
    }
    if !matches!(convention, Convention::Errno | Convention::NonNull) {
        errors.push(diagnostic::string_needs_null_test(span));
    }
    if let ReturnedString::Borrow(source) = string
        && function.borrow_lifetime(source).is_none()
    {
        errors.push(diagnostic::string_borrow_source(source));
    }
}

fn check_buffer_returns(
    function: &Function,
    buffer: &BufferParam,
    convention: &Convention,
    span: Span,
    errors: &mut Errors,
) {
    let counts = matches!(
        convention,
        Convention::Errno | Convention::NegErrno | Convention::NegCode
    );
    let unchecked = matches!(convention, Convention::Unchecked);
    if buffer.size_returned {
        let in_out = function.has_in_out_buffer_length();
        if buffer.length_returned || in_out || buffer.grow_to_length {
            errors.push(diagnostic::size_returned_shape(&buffer.attr));
        } else if !(counts || unchecked) {
            errors.push(diagnostic::size_returned_convention(&buffer.attr));
        }
        return;
    }
    if !convention.makes_runtime_error() {
        errors.push(diagnostic::buffer_convention(span, convention.name()));
    } else if buffer.length_returned && !counts {
        errors.push(diagnostic::length_returned_convention(&buffer.attr));
    }
}

fn check_handles(
    function: &Function,
    convention: &Convention,
    span: proc_macro2::Span,
    errors: &mut Errors,
) {
    if function
        .params
        .iter()
        .any(|param| matches!(param.role, Role::OutHandle { .. }))
        && matches!(convention, Convention::Check(_))
    {
        errors.push(diagnostic::out_handle_convention(span, convention.name()));
    }
    for param in &function.params {
        if let Role::Handle(handle) = &param.role
            && handle.on_success
            && !convention.makes_runtime_error()
        {
            errors.push(diagnostic::on_success_convention(
                &handle.attr,
                convention.name(),
            ));
        }
    }
    let args = &function.args;
    if let Some((string, span)) = &args.string {
        check_returned_string(function, string, *span, convention, errors);
    }
    if let Some(length) = &args.returned_slice {
        check_returned_slice(function, length, convention, errors);
    }
    if let (Some(_), Some(borrowed)) = (&args.owned, &args.borrowed) {
        errors.push(diagnostic::owned_and_borrowed(borrowed));
    }
    if let Some(borrowed) = &args.borrowed
        && !matches!(borrowed, Type::Reference(reference) if reference.mutability.is_none())
    {
        errors.push(diagnostic::borrowed_not_reference(borrowed));
    }
    let Some(owned) = args.owned.as_ref().or(args.borrowed.as_ref()) else {
        return;
    };
    match types::returned(&function.sig.output) {
        Some(ty) if types::as_pointer(ty).is_some() => {
            if !matches!(convention, Convention::Errno | Convention::NonNull) {
                errors.push(diagnostic::owned_needs_null_test(span, convention.name()));
            }
        }
        // A pointer typedef: `nonnull` says it is a pointer, and the compiler
        // checks that through `RawPointer`.
        Some(ty)
            if types::may_be_pointer_typedef(ty) && matches!(convention, Convention::NonNull) => {}
        Some(ty) => errors.push(diagnostic::owned_not_pointer(ty)),
        None => errors.push(diagnostic::owned_not_pointer(owned)),
    }
}

/// `slice = len` copies the array a returned pointer addresses: it needs a
/// pointer return whose NULL is tested, and no other use of that pointer.
fn check_returned_slice(
    function: &Function,
    length: &syn::Ident,
    convention: &Convention,
    errors: &mut Errors,
) {
    let args = &function.args;
    let pointer = types::returned(&function.sig.output).and_then(types::as_pointer);
    if pointer.is_none() {
        errors.push(diagnostic::returned_slice_not_pointer(length));
    } else if args.string.is_some() || args.owned.is_some() || args.borrowed.is_some() {
        errors.push(diagnostic::returned_slice_conflict(length));
    } else if !matches!(convention, Convention::Errno | Convention::NonNull) {
        errors.push(diagnostic::returned_slice_convention(
            length,
            convention.name(),
        ));
    }
}
