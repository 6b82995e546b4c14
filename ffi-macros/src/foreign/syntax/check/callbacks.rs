//! `#[callback(data, ..)]`: a function-pointer type written out with a C ABI and
//! one `*mut c_void` user-data argument, a user-data parameter (and destroy hook)
//! of this function, and `on_panic` where C needs an answer.

use super::super::ast::{Function, Param, Role, Slot};
use super::super::callback::{
    CallbackParam, Registration, ViewKind, argument_position, fn_type, user_data_position,
};
use super::super::diagnostic::{self, Errors};
use super::super::types;

pub(super) fn check(
    function: &Function,
    index: usize,
    param: &Param,
    callback: &CallbackParam,
    errors: &mut Errors,
) {
    if callback.broken {
        return;
    }
    check_group(function, index, callback, errors);
    let Some((bare, _)) = fn_type(&param.ty) else {
        errors.push(diagnostic::callback_not_fn(&param.ty));
        return;
    };
    if bare.abi.is_none() {
        errors.push(diagnostic::callback_without_abi(bare));
    }
    // The trampoline keeps the declared ABI: an unwinding one would let what
    // runs outside the guard unwind into C.
    if let Some(abi) = &bare.abi
        && abi
            .name
            .as_ref()
            .is_some_and(|name| name.value().ends_with("-unwind"))
    {
        errors.push(diagnostic::unwinding_fn_pointer(abi));
    }
    if let Some(lifetimes) = &bare.lifetimes {
        errors.push(diagnostic::callback_for_lifetimes(lifetimes));
    }
    if let Some(variadic) = &bare.variadic {
        errors.push(diagnostic::variadic(variadic.dots));
    }
    if user_data_position(bare).is_none() {
        errors.push(diagnostic::callback_user_data_arg(bare));
    }
    if bare.inputs.len() > 32 {
        errors.push(diagnostic::callback_too_many_args(bare));
    }
    let returns_value = types::returned(&bare.output).is_some();
    if returns_value && callback.registered.is_none() && callback.on_panic.is_none() {
        errors.push(diagnostic::callback_needs_on_panic(&callback.attr));
    }
    match function.param(&callback.data) {
        // The slot is this callback's alone, and has no role of its own: the
        // wrapper fills it with the closure's state.
        Some(data) if !matches!(data.role, Role::Plain) => {
            errors.push(diagnostic::callback_slot_with_role(&callback.data));
        }
        // The slot names the group's first callback.
        Some(data) if !matches!(data.slot, Some(Slot::CallbackData(_))) => {
            errors.push(diagnostic::callback_shared_slot(
                &callback.data,
                "destroy hook",
            ));
        }
        Some(data) if types::as_pointer(&data.ty).is_some() => {}
        Some(data) => errors.push(diagnostic::callback_data_not_pointer(&data.ty)),
        None => errors.push(diagnostic::callback_missing_param(
            &callback.data,
            &function.ident,
        )),
    }
    if let Some(Registration::Destroy(hook)) = &callback.registered {
        let hook_param = function.param(hook);
        let hook_fn = hook_param.map(|hook| fn_type(&hook.ty));
        match hook_fn {
            None => errors.push(diagnostic::callback_missing_param(hook, &function.ident)),
            Some(_)
                if hook_param.is_some_and(|param| {
                    !matches!(param.slot, Some(Slot::DestroyHook(_)))
                        || !matches!(param.role, Role::Plain)
                }) =>
            {
                errors.push(diagnostic::callback_slot_with_role(hook));
            }
            Some(Some((bare, _)))
                if user_data_position(bare).is_some()
                    && bare.abi.as_ref().is_some_and(|abi| {
                        !abi.name
                            .as_ref()
                            .is_some_and(|name| name.value().ends_with("-unwind"))
                    }) => {}
            Some(_) => errors.push(diagnostic::callback_bad_destroy(hook)),
        }
    }
    if function.buffer().is_some() {
        errors.push(diagnostic::callback_with_buffer(&callback.attr));
    }
    check_views(bare, callback, errors);
}

/// Callbacks that name the same user data share one state (libarchive's
/// opener, reader and closer get one `client_data`): they must agree on how it
/// ends and how it is called.
fn check_group(function: &Function, index: usize, callback: &CallbackParam, errors: &mut Errors) {
    let hook = |callback: &CallbackParam| match &callback.registered {
        Some(Registration::Destroy(hook)) => Some(hook.clone()),
        _ => None,
    };
    let mut group = 1;
    for (_, _, earlier) in function.callbacks().filter(|(other, _, _)| *other < index) {
        if earlier.data == callback.data {
            group += 1;
            // One state, so one end for it (a `leak` member freed by another's
            // hook, or a scoped one dropped while C keeps the other, would be a
            // use after free), and one way to call it.
            if !same_end(earlier, callback) || earlier.sync != callback.sync {
                errors.push(diagnostic::callback_group_disagrees(
                    &callback.attr,
                    &callback.data,
                ));
            }
        } else if let (Some(mine), Some(theirs)) = (hook(callback), hook(earlier))
            && mine == theirs
        {
            errors.push(diagnostic::callback_shared_slot(&mine, "destroy hook"));
        }
    }
    // Callbacks of one scoped state share its non-atomic guard: C calling two
    // of them on two threads at once would race on it.
    if group > 1
        && callback.registered.is_none()
        && function
            .callbacks()
            .any(|(_, _, other)| other.data == callback.data && other.send)
    {
        errors.push(diagnostic::callback_group_send(
            &callback.attr,
            &callback.data,
        ));
    }
}

/// Whether two callbacks end the same way: both scoped, both `leak`, or both
/// freed by the same destroy hook.
fn same_end(one: &CallbackParam, other: &CallbackParam) -> bool {
    match (&one.registered, &other.registered) {
        (None, None) | (Some(Registration::Leak), Some(Registration::Leak)) => true,
        (Some(Registration::Destroy(a)), Some(Registration::Destroy(b))) => a == b,
        _ => false,
    }
}

/// `#[slice(len)]`, `#[cstr]` and `#[fill(N)]` on the callback's arguments: each
/// on a pointer of the right shape, a length that is another plain argument,
/// and never the user data.
fn check_views(bare: &syn::TypeFnPtr, callback: &CallbackParam, errors: &mut Errors) {
    let data = user_data_position(bare);
    // A length is found by its name: two arguments of one name would make it
    // ambiguous.
    if !callback.views.is_empty() {
        let names: Vec<&syn::Ident> = bare
            .inputs
            .iter()
            .filter_map(|argument| argument.name.as_ref().map(|(name, _)| name))
            .collect();
        for (at, name) in names.iter().enumerate() {
            if names[..at].contains(name) {
                errors.push(diagnostic::callback_duplicate_argument(name));
            }
        }
    }
    let lengths: Vec<usize> = callback
        .views
        .iter()
        .filter_map(|view| match &view.kind {
            ViewKind::Slice(length) => argument_position(bare, length),
            _ => None,
        })
        .collect();
    for view in &callback.views {
        let Some(argument) = bare.inputs.iter().nth(view.position) else {
            continue;
        };
        let pointer = types::as_pointer(&argument.ty);
        let fits = match &view.kind {
            _ if Some(view.position) == data || lengths.contains(&view.position) => false,
            ViewKind::Slice(length) => {
                let length_position = argument_position(bare, length);
                if length_position.is_none_or(|position| {
                    Some(position) == data
                        || position == view.position
                        || callback
                            .views
                            .iter()
                            .any(|other| other.position == position)
                }) {
                    errors.push(diagnostic::callback_view_length(length));
                }
                pointer.is_some()
            }
            ViewKind::CStr { .. } => pointer.is_some_and(|pointer| !types::is_mut(pointer)),
            ViewKind::Fill(_) => {
                if callback.sync {
                    errors.push(diagnostic::callback_fill_sync(&view.attr));
                }
                // C reads the buffer after the call: it must outlive the
                // wrapper's frame, which only a registered state does.
                if callback.registered.is_none() {
                    errors.push(diagnostic::callback_fill_scoped(&view.attr));
                }
                if types::returned(&bare.output).is_none() {
                    errors.push(diagnostic::callback_fill_count(&view.attr));
                }
                pointer.is_some_and(|outer| {
                    types::is_mut(outer)
                        && types::as_pointer(&outer.elem).is_some_and(|inner| !types::is_mut(inner))
                })
            }
        };
        if !fits {
            errors.push(diagnostic::callback_view_type(&view.attr, &argument.ty));
        }
    }
}
