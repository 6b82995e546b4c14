//! Validation, a pass of its own: everything the expansion relies on is established
//! here, and every violation is reported, not just the first. Parsing already
//! reported what a single attribute gets wrong; this pass checks how the parts of
//! a declaration fit together.

mod callbacks;
mod lengths;
mod lifetimes;
mod message;
mod params;
mod returns;

use super::args::{self, BlockArgs, ReturnedString};
use super::ast::{self, Block, Function, Role, Slot};
use super::diagnostic::{self, Errors};
use std::collections::HashMap;
use syn::{ItemForeignMod, LitStr};

const ABIS: &[&str] = &["C", "C-unwind", "system", "system-unwind"];

/// Checks what applies to the whole block: its ABI and its `#[foreign]` keys.
pub(crate) fn check_block(block: &Block, errors: &mut Errors) {
    for raw in &block.raw {
        check_abi(raw, errors);
    }
    check_args(&block.args, errors);
    for raw in &block.raw {
        check_statics(raw, errors);
        if block.args.load.is_some() {
            for item in &raw.items {
                if let syn::ForeignItem::Static(item) = item {
                    errors.push(diagnostic::loaded_static(&item.ident));
                }
            }
        }
    }
}

/// A `safe static` is read without `unsafe`: it cannot be `mut` (C writes it
/// while Rust reads it), and its type must be `Sync` (proven after the raw
/// module, on the type).
fn check_statics(raw: &ItemForeignMod, errors: &mut Errors) {
    for item in &raw.items {
        if let syn::ForeignItem::Static(item) = item
            && !ast::static_reparses(item)
        {
            errors.push(diagnostic::static_not_a_declaration(&item.ident));
            continue;
        }
        if let syn::ForeignItem::Static(item) = item
            && matches!(item.safety, syn::Safety::Safe(_))
            && let syn::StaticMutability::Mut(token) = &item.mutability
        {
            errors.push(diagnostic::safe_static_mut(token, &item.ident));
        }
    }
}

/// Checks each function; returns, per function, whether it can get its real wrapper.
/// `clashing`: per function, whether it clashes with an earlier one
/// ([`Function::clashing`], which the expansion needs too).
/// `names`: each function's name as text ([`Function::names`]).
pub(crate) fn check_functions(
    block: &Block,
    names: &[String],
    clashing: &[bool],
    errors: &mut Errors,
) -> Vec<bool> {
    // The last function of each name.
    let by_name: HashMap<&str, &Function> = names
        .iter()
        .map(String::as_str)
        .zip(&block.functions)
        .collect();
    block
        .functions
        .iter()
        .zip(clashing)
        .map(|(function, &clashing)| {
            let before = errors.len();
            if clashing {
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
    // Loaded, the library is found at run time: linking it too, or taking its
    // functions from a -sys crate, says the opposite.
    if let (Some(feature), None) = (&args.load_feature, &args.load) {
        errors.push(diagnostic::load_without_names(feature.span()));
    }
    if let Some((names, span)) = &args.load {
        if names.is_empty() {
            errors.push(diagnostic::load_without_names(*span));
        }
        for name in names {
            let text = name.value();
            if text.is_empty() || text.contains('\0') {
                errors.push(diagnostic::bad_load_name(name));
            }
        }
        // With a feature, `lib`/`kind`/`sys` say how the block links when the
        // feature is off.
        if args.load_feature.is_some() {
            return;
        }
        let others = [
            ("lib", args.lib.as_ref().map(LitStr::span)),
            ("kind", args.kind.as_ref().map(LitStr::span)),
            ("sys", args.sys.as_ref().map(syn::spanned::Spanned::span)),
        ];
        for (key, other) in others {
            if let Some(other) = other {
                errors.push(diagnostic::load_with_link_key(other, key));
            }
        }
    }
    // By reference, the -sys crate links the library: a second `#[link]` could
    // bring in a second copy of it.
    if let Some(sys) = &args.sys {
        for (key, span) in [
            ("lib", args.lib.as_ref().map(LitStr::span)),
            ("kind", args.kind.as_ref().map(LitStr::span)),
        ] {
            if let Some(span) = span {
                errors.push(diagnostic::sys_with_link_key(span, key, sys));
            }
        }
    }
    if let Some(lib) = args.lib.as_ref().filter(|lib| !args::is_valid_lib(lib)) {
        errors.push(diagnostic::bad_lib(lib));
    }
    if let Some(kind) = &args.kind {
        if !args::is_valid_kind(kind) {
            errors.push(diagnostic::bad_kind(kind, &kind.value(), args::LINK_KINDS));
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
    by_name: &HashMap<&str, &Function>,
    errors: &mut Errors,
) {
    check_signature_shape(function, errors);
    if let (None, Some(version)) = (&block.args.load, &function.args.version) {
        errors.push(diagnostic::optional_without_load(version.span()));
    }
    if block.args.load.is_some() {
        check_loaded_function(block, function, errors);
    }
    match (&block.args.load, function.args.optional) {
        (None, Some(span)) => errors.push(diagnostic::optional_without_load(span)),
        (Some(_), _) if function.sig.variadic.is_some() => {
            errors.push(diagnostic::loaded_variadic(&function.ident));
        }
        _ => {}
    }
    // By reference, `link_name` names the item in the -sys crate: a Rust path
    // segment, not any symbol.
    if block.args.sys.is_some() {
        let name = function.symbol.trim_start_matches('\u{1}');
        if syn::parse_str::<syn::Ident>(name).is_err() {
            errors.push(diagnostic::sys_link_name(&function.ident, name));
        }
    }
    if let (Some(raw), Some(_)) = (function.args.raw, function.args.unsafe_wrapper) {
        errors.push(diagnostic::raw_with_unsafe(raw));
    }
    if let (Some(span), Some(_)) = (function.args.no_message, &function.args.reporting.message) {
        errors.push(diagnostic::no_message_with_message(span));
    }
    if function.is_raw_only() {
        for out in function.outs().filter_map(|param| param.out_attr()) {
            errors.push(diagnostic::out_on_raw(out));
        }
        return;
    }
    if let Some(variadic) = &function.sig.variadic {
        // No wrapper can be variadic, safe or `unsafe`: the only form is raw,
        // and the parameters need no further checks.
        errors.push(diagnostic::variadic(variadic.dots));
        return;
    }
    for (index, param) in function.params.iter().enumerate() {
        if let Role::Callback(callback) = &param.role {
            callbacks::check(function, index, param, callback, errors);
            continue;
        }
        // A length C writes, a callback's user data or destroy hook: the
        // wrapper's to fill. A slice's length is checked as a parameter too.
        if param
            .slot
            .is_some_and(|slot| !matches!(slot, Slot::SliceLength(_)))
        {
            continue;
        }
        params::check(function, param, errors);
    }
    lengths::check(function, errors);
    // `#[out(on_failure)]` values travel in `Failed<V>`: an error type of the
    // framework's own, built where the convention builds its `Error`.
    if let Some(out) = function.failure_outs().find_map(|param| param.out_attr()) {
        let reporting = function.reporting(&block.args);
        if matches!(
            reporting.convention,
            args::Convention::Check(_) | args::Convention::Unchecked
        ) || block.args.error.is_some()
            || function.buffer().is_some()
        {
            errors.push(diagnostic::failure_out_convention(out));
        }
    }
    lifetimes::check(function, errors);
    returns::check(block, function, errors);
    message::check(block, function, by_name, errors);
    // A function the wrapper calls besides its own (a message getter, a free
    // function) must be there whenever the wrapper's is: an optional one could
    // be missing, and its raw call would panic inside a safe wrapper.
    if block.args.load.is_some() {
        for helper in helpers(block, function) {
            if by_name
                .get(helper.to_string().as_str())
                .is_some_and(|other| other.args.optional.is_some())
            {
                errors.push(diagnostic::optional_helper(helper));
            }
        }
    }
    if let Some((ReturnedString::Free(free), _)) = &function.args.string
        && !by_name.contains_key(free.to_string().as_str())
    {
        errors.push(diagnostic::unknown_free_fn(free, "string = free"));
    }
    for param in &function.params {
        if let Role::OutSlice {
            free: Some(free), ..
        } = &param.role
            && !by_name.contains_key(free.to_string().as_str())
        {
            errors.push(diagnostic::unknown_free_fn(free, "free = "));
        }
    }
    if let Some(free) = &function.args.free {
        if function.args.returned_slice.is_none() {
            errors.push(diagnostic::free_without_slice(free));
        } else if !by_name.contains_key(free.to_string().as_str()) {
            errors.push(diagnostic::unknown_free_fn(free, "free = "));
        }
    }
}

/// A loaded block's function: a version and a symbol name that `dlvsym` can
/// take, a name the raw module does not use itself, and no `safe fn` (its raw
/// function is an `unsafe fn` through the table).
fn check_loaded_function(block: &Block, function: &Function, errors: &mut Errors) {
    if let Some(version) = &function.args.version {
        let text = version.value();
        if text.is_empty() || text.contains('\0') {
            errors.push(diagnostic::bad_load_name(version));
        }
    }
    if function.symbol.contains('\0') || function.symbol.trim_start_matches('\u{1}').is_empty() {
        errors.push(diagnostic::loaded_reserved(
            &function.ident,
            "a symbol name without NUL",
        ));
    }
    let name = function.ident.to_string();
    let clashes = ["load", "load_from"].contains(&name.as_str())
        || name.starts_with("__")
        || name
            .strip_prefix("has_")
            .is_some_and(|other| block.functions.iter().any(|f| f.ident == other));
    if clashes {
        errors.push(diagnostic::loaded_reserved(
            &function.ident,
            "a name the raw module does not use (`load`, `load_from`, `has_<another>`, `__..`)",
        ));
    }
    if function.declared_safe {
        errors.push(diagnostic::loaded_reserved(
            &function.ident,
            "an `unsafe` declaration (not `safe fn`: its raw function calls through the table)",
        ));
    }
}

/// The other functions of the block a wrapper calls: its message getter and
/// the functions that free what C handed out.
fn helpers<'a>(block: &'a Block, function: &'a Function) -> Vec<&'a syn::Ident> {
    let mut helpers = Vec::new();
    if function.args.no_message.is_none()
        && let Some(message) = function.args.reporting.message.as_ref().or(block
            .args
            .reporting
            .message
            .as_ref())
    {
        helpers.push(&message.func);
    }
    if let Some((ReturnedString::Free(free), _)) = &function.args.string {
        helpers.push(free);
    }
    helpers.extend(&function.args.free);
    for param in &function.params {
        if let Role::OutSlice {
            free: Some(free), ..
        } = &param.role
        {
            helpers.push(free);
        }
    }
    helpers
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
