//! Validation, a pass of its own: everything the expansion relies on is established
//! here, and every violation is reported, not just the first.

use super::args::{self, BlockArgs, Convention, ReturnedString};
use super::ast::{Block, BufferParam, Function, HandleParam, HandleUse, Param};
use super::callbacks;
use super::diagnostic::{self, Errors};
use super::types;
use proc_macro2::Span;
use std::collections::{HashMap, HashSet};
use syn::{ItemForeignMod, Type};

const ABIS: &[&str] = &["C", "C-unwind", "system", "system-unwind"];

/// Checks what applies to the whole block: its ABI and its `#[foreign]` keys.
pub(crate) fn check_block(block: &Block, errors: &mut Errors) {
    check_abi(&block.raw, errors);
    check_args(&block.args, errors);
}

/// Checks each function; returns, per function, whether it can get its real wrapper.
pub(crate) fn check_functions(block: &Block, errors: &mut Errors) -> Vec<bool> {
    let by_name: HashMap<String, &Function> = block
        .functions
        .iter()
        .map(|function| (function.ident.to_string(), function))
        .collect();
    let mut names = HashSet::new();
    block
        .functions
        .iter()
        .map(|function| {
            let before = errors.len();
            if !names.insert(&function.ident) {
                errors.push(diagnostic::duplicate_function(&function.ident));
            }
            check_function(block, function, &by_name, errors);
            !function.broken && errors.len() == before
        })
        .collect()
}

fn check_abi(raw: &ItemForeignMod, errors: &mut Errors) {
    if let Some(name) = &raw.abi.name {
        let value = name.value();
        if !ABIS.contains(&value.as_str()) {
            errors.push(diagnostic::unsupported_abi(name, &value));
        }
    }
}

fn check_args(args: &BlockArgs, errors: &mut Errors) {
    if let Some(lib) = args.lib.as_ref().filter(|lib| !args::is_valid_lib(lib)) {
        errors.push(diagnostic::bad_lib(lib));
    }
    if let Some(kind) = &args.kind {
        if !args::is_valid_kind(kind) {
            errors.push(diagnostic::bad_kind(kind, &kind.value()));
        } else if args.lib.is_none() {
            errors.push(diagnostic::kind_without_lib(kind.span()));
        }
    }
    if let (Some(message), Some((convention, _))) =
        (&args.reporting.message, &args.reporting.convention)
        && !convention.makes_runtime_error()
    {
        errors.push(diagnostic::message_without_failure(
            message.span,
            convention.name(),
        ));
    }
}

fn check_function(
    block: &Block,
    function: &Function,
    by_name: &HashMap<String, &Function>,
    errors: &mut Errors,
) {
    check_signature_shape(function, errors);
    if let (Some(raw), Some(_)) = (function.args.raw, function.args.unsafe_wrapper) {
        errors.push(diagnostic::raw_with_unsafe(raw));
    }
    if function.is_raw_only() {
        for out in function.outs().filter_map(|param| param.out.as_ref()) {
            errors.push(diagnostic::out_on_raw(out));
        }
        return;
    }
    if let Some(variadic) = &function.sig.variadic {
        errors.push(diagnostic::variadic(variadic.dots));
    }
    for param in &function.params {
        // A buffer's or out slice's length slot is the wrapper's to fill.
        if let Some(callback) = &param.callback {
            callbacks::check(function, param, callback, errors);
            continue;
        }
        if !function.is_buffer_length(param)
            && function.out_slice_of_length(param).is_none()
            && !function.is_returned_slice_length(param)
            && !callbacks::is_callback_slot(function, param)
        {
            let in_out_buffer = matches!(function.buffer_length(), Some((_, Some(_))));
            check_param(param, function.is_unsafe_wrapper(), in_out_buffer, errors);
        }
    }
    check_slice_lengths(function, errors);
    check_return(block, function, errors);
    check_message(block, function, by_name, errors);
    if let Some((ReturnedString::Free(free), _)) = &function.args.string
        && !by_name.contains_key(&free.to_string())
    {
        errors.push(diagnostic::unknown_free_fn(free, "string = free"));
    }
    if let Some(free) = &function.args.free {
        if function.args.slice.is_none() {
            errors.push(diagnostic::free_without_slice(free));
        } else if !by_name.contains_key(&free.to_string()) {
            errors.push(diagnostic::unknown_free_fn(free, "free = "));
        }
    }
}

fn check_signature_shape(function: &Function, errors: &mut Errors) {
    let sig = &function.sig;
    if let Some(token) = &sig.constness {
        errors.push(diagnostic::const_fn(token));
    }
    if let Some(token) = &sig.asyncness {
        errors.push(diagnostic::async_fn(token));
    }
    if let Some(abi) = &sig.abi {
        errors.push(diagnostic::fn_abi(abi));
    }
    if !sig.generics.params.is_empty() || sig.generics.where_clause.is_some() {
        errors.push(diagnostic::generic_fn(&sig.generics));
    }
}

fn check_param(param: &Param, unsafe_wrapper: bool, in_out_buffer: bool, errors: &mut Errors) {
    if param.ident.is_none() {
        errors.push(diagnostic::pattern_param(&param.pat));
    }
    if param.out_slice.is_some() {
        let pointer_to_pointer = types::as_pointer(&param.ty)
            .filter(|outer| types::is_mut(outer))
            .and_then(|outer| types::as_pointer(&outer.elem))
            .is_some();
        if !pointer_to_pointer {
            errors.push(diagnostic::out_slice_shape(&param.ty));
        }
        return;
    }
    if param.buffer.is_some() {
        // Strings need bytes; an in/out length (checked with the function) may
        // count elements of any type.
        let writes_bytes = types::as_pointer(&param.ty).is_some_and(|ptr| {
            types::is_mut(ptr) && (types::is_c_char(&ptr.elem) || is_u8(&ptr.elem) || in_out_buffer)
        });
        if !writes_bytes {
            errors.push(diagnostic::buffer_not_char_pointer(&param.ty));
        }
        return;
    }
    if param.slice.is_some() {
        if types::as_pointer(&param.ty).is_none() {
            errors.push(diagnostic::slice_not_pointer(&param.ty));
        }
        return;
    }
    if let Some(attr) = param.text.as_ref().or(param.nullable.as_ref()) {
        if !types::is_c_string(&param.ty) {
            errors.push(diagnostic::string_attr_not_c_string(attr, &param.ty));
        }
        return;
    }
    if let Some(HandleParam { attr, .. }) = &param.handle {
        if param.out.is_some() {
            errors.push(diagnostic::handle_with_out(attr));
        } else if types::as_pointer(&param.ty).is_none() {
            errors.push(diagnostic::handle_not_pointer(&param.ty));
        }
        return;
    }
    if param.out_handle.is_some() {
        let pointer_to_pointer = types::as_pointer(&param.ty)
            .filter(|outer| types::is_mut(outer))
            .and_then(|outer| types::as_pointer(&outer.elem))
            .is_some();
        if !pointer_to_pointer {
            errors.push(diagnostic::out_handle_not_pointer_pointer(&param.ty));
        }
        return;
    }
    if param.out.is_some() {
        match types::as_pointer(&param.ty) {
            Some(ptr) if types::is_mut(ptr) => {
                if let Some(what) = types::invalid_out_target(&ptr.elem) {
                    errors.push(diagnostic::out_invalid_target(&ptr.elem, what));
                }
            }
            _ => errors.push(diagnostic::out_not_mut_pointer(&param.ty)),
        }
        return;
    }
    if unsafe_wrapper || types::is_c_string(&param.ty) {
        return;
    }
    if let Some(pointer) = types::find_raw_pointer(&param.ty) {
        errors.push(diagnostic::unannotated_pointer(pointer));
    }
}

fn check_return(block: &Block, function: &Function, errors: &mut Errors) {
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
    if let Some((_, attr)) = function
        .params
        .iter()
        .find_map(|param| param.out_slice.as_ref())
        && !convention.makes_runtime_error()
    {
        errors.push(diagnostic::out_slice_convention(attr, convention.name()));
    }
    if let Some((_, buffer)) = function.buffer() {
        check_buffer_returns(function, buffer, &convention, span, errors);
    }
    let fallible = function.params.iter().find_map(|param| {
        param
            .text
            .as_ref()
            .or(param.slice.as_ref().map(|(_, attr)| attr))
    });
    if let (Convention::Check(_), Some(text)) = (&convention, fallible) {
        errors.push(diagnostic::str_with_check(text));
    }
    if let Convention::Unchecked = &convention {
        if let Some(out) = function.outs().find_map(|param| param.out.as_ref()) {
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
    let pointer = types::as_pointer(ty).is_some();
    let float = types::is_float(ty);
    let mismatch = match &convention {
        Convention::Errno if float => Some((
            "an integer or pointer return: a float has no failure value",
            "use `check = MyCheck` with a `Check<f64>` impl, or `unchecked`",
        )),
        Convention::NegErrno if float || pointer => Some((
            "a signed integer return",
            "`neg_errno` is for functions returning `-errno` on failure, like Linux syscalls",
        )),
        Convention::RetErrno | Convention::Zero if float || pointer => Some((
            "an integer status return",
            "use `nonnull` or `errno` for a function returning a pointer",
        )),
        Convention::NonNull if !pointer => Some((
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
        && borrow_lifetime(function, source).is_none()
    {
        errors.push(diagnostic::string_borrow_source(source));
    }
}

/// The named lifetime of `&'a mut ..` parameter `source`, if it is one.
pub(crate) fn borrow_lifetime<'a>(
    function: &'a Function,
    source: &syn::Ident,
) -> Option<&'a syn::Lifetime> {
    let param = function
        .params
        .iter()
        .find(|param| param.ident.as_ref() == Some(source))?;
    let written = param
        .handle
        .as_ref()
        .map_or(&*param.ty, |handle| &handle.written);
    match types::peel(written) {
        Type::Reference(reference) if reference.mutability.is_some() => reference.lifetime.as_ref(),
        _ => None,
    }
}

fn is_u8(ty: &Type) -> bool {
    matches!(types::peel(ty), Type::Path(path) if path.path.is_ident("u8"))
}

/// What a buffer's return value means has to fit the convention: a count
/// (`length_returned`) or a needed size (`size_returned`) is the success value of
/// `errno`/`neg_errno`; a needed size may also come from a function that cannot
/// fail (`strxfrm`, `unchecked`).
fn check_buffer_returns(
    function: &Function,
    buffer: &BufferParam,
    convention: &Convention,
    span: Span,
    errors: &mut Errors,
) {
    let counts = matches!(convention, Convention::Errno | Convention::NegErrno);
    let unchecked = matches!(convention, Convention::Unchecked);
    if buffer.size_returned {
        let in_out = matches!(function.buffer_length(), Some((_, Some(_))));
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

/// Each `#[slice(len)]` and `#[buffer(len)]` names an integer parameter of its own;
/// a buffer is the function's only output.
fn check_slice_lengths(function: &Function, errors: &mut Errors) {
    let mut used = HashSet::new();
    let buffers: Vec<_> = function
        .params
        .iter()
        .filter_map(|param| param.buffer.as_ref())
        .collect();
    if let [_, second, ..] = buffers.as_slice() {
        errors.push(diagnostic::buffer_conflict(&second.attr));
    } else if let (Some(buffer), true) = (buffers.first(), function.outs().next().is_some()) {
        errors.push(diagnostic::buffer_conflict(&buffer.attr));
    }
    let slice_lengths = function.params.iter().filter_map(|param| {
        param
            .slice
            .as_ref()
            .map(|(length, _)| (length, false, false))
    });
    let buffer_lengths = buffers.iter().map(|buffer| (&buffer.length, true, false));
    let out_slice_lengths = function.params.iter().filter_map(|param| {
        param
            .out_slice
            .as_ref()
            .map(|(length, _)| (length, true, true))
    });
    let returned_length = function
        .args
        .slice
        .iter()
        .map(|length| (length, true, true));
    for (length, in_out_allowed, in_out_required) in slice_lengths
        .chain(buffer_lengths)
        .chain(out_slice_lengths)
        .chain(returned_length)
    {
        let target = function.params.iter().find(|param| {
            param.ident.as_ref() == Some(length)
                && param.slice.is_none()
                && param.buffer.is_none()
                && param.out_slice.is_none()
        });
        let Some(target) = target else {
            errors.push(diagnostic::missing_length(length, &function.ident));
            continue;
        };
        if !used.insert(length.to_string()) {
            errors.push(diagnostic::length_shared(length));
        }
        let annotated = target.out.is_some() || target.handle.is_some() || target.text.is_some();
        // A buffer's length may be an in/out `*mut L`: C reads the capacity and
        // writes the length it used.
        let in_out = types::as_pointer(&target.ty).is_some_and(types::is_mut);
        if in_out_required && !in_out {
            errors.push(diagnostic::out_slice_length_not_pointer(&target.ty));
            continue;
        }
        let ty = match types::as_pointer(&target.ty) {
            Some(pointer) if in_out_allowed && types::is_mut(pointer) => types::peel(&pointer.elem),
            _ => types::peel(&target.ty),
        };
        let not_integer = matches!(
            ty,
            Type::Ptr(_) | Type::Reference(_) | Type::Tuple(_) | Type::Array(_)
        ) || types::is_float(ty);
        if annotated || not_integer {
            errors.push(diagnostic::length_not_integer(&target.ty));
        }
    }
}

/// `#[out(Handle)]` and `owned = Handle` build handles only from a tested pointer.
fn check_handles(
    function: &Function,
    convention: &Convention,
    span: proc_macro2::Span,
    errors: &mut Errors,
) {
    if function
        .params
        .iter()
        .any(|param| param.out_handle.is_some())
        && matches!(convention, Convention::Check(_))
    {
        errors.push(diagnostic::out_handle_convention(span, convention.name()));
    }
    let args = &function.args;
    if let Some((string, span)) = &args.string {
        check_returned_string(function, string, *span, convention, errors);
    }
    if let Some(length) = &args.slice {
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

fn check_message(
    block: &Block,
    function: &Function,
    by_name: &HashMap<String, &Function>,
    errors: &mut Errors,
) {
    let reporting = function.reporting(&block.args);
    let Some(message) = reporting.message else {
        return;
    };
    if !reporting.convention.makes_runtime_error() {
        errors.push(diagnostic::message_without_failure(
            message.span,
            reporting.convention.name(),
        ));
        return;
    }
    let getter = by_name.get(&message.func.to_string());
    let Some(getter) = getter else {
        let known: Vec<String> = block
            .functions
            .iter()
            .map(|f| f.ident.to_string())
            .collect();
        let known: Vec<&str> = known.iter().map(String::as_str).collect();
        errors.push(diagnostic::unknown_message_fn(&message.func, &known));
        return;
    };
    let given = usize::from(message.arg.is_some());
    if getter.params.len() != given {
        errors.push(diagnostic::message_arity(
            &message.func,
            getter.params.len(),
            given,
        ));
    }
    if let Some(arg) = &message.arg {
        match function
            .params
            .iter()
            .find(|param| param.ident.as_ref() == Some(arg))
        {
            None => errors.push(diagnostic::unknown_message_param(arg, &function.ident)),
            Some(param) if param.out.is_some() && param.out_handle.is_none() => {
                errors.push(diagnostic::message_param_is_out(arg));
            }
            Some(param)
                if param
                    .handle
                    .as_ref()
                    .is_some_and(|handle| handle.usage == HandleUse::Take) =>
            {
                errors.push(diagnostic::message_param_is_taken(arg));
            }
            Some(_) => {}
        }
    }
}
