//! `message = f(param)`: a getter of this block, called with a parameter the
//! wrapper still holds after the call.

use super::super::args::Convention;
use super::super::ast::{Block, Function, HandleUse, Param, Role, Slot};
use super::super::diagnostic::{self, Errors};
use std::collections::HashMap;

pub(super) fn check(
    block: &Block,
    function: &Function,
    by_name: &HashMap<&str, &Function>,
    errors: &mut Errors,
) {
    let reporting = function.reporting(&block.args);
    // A block's message getter cannot reach a function whose convention
    // builds no `ffi_runtime::Error` (`check = T`): say so rather than drop it.
    if let (Some(message), None, Convention::Check(_), None) = (
        &block.args.reporting.message,
        &function.args.reporting.message,
        &reporting.convention,
        function.args.no_message,
    ) {
        errors.push(diagnostic::block_message_on_check(
            reporting.convention_span,
            &message.func,
        ));
    }
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
    let getter = by_name.get(message.func.to_string().as_str());
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
            Some(param) if matches!(param.role, Role::Out(_)) => {
                errors.push(diagnostic::message_param_is_out(arg));
            }
            Some(param)
                if param
                    .handle()
                    .is_some_and(|handle| handle.usage == HandleUse::Take) =>
            {
                errors.push(diagnostic::message_param_is_taken(arg));
            }
            // The getter gets the value the wrapper passed: a parameter the
            // wrapper fills itself (NULL, a callback's state, a buffer, a slot
            // C writes) has no such value under its name.
            Some(param) if !message_argument_allowed(param) => {
                errors.push(diagnostic::message_param_not_passed(arg));
            }
            Some(_) => {}
        }
    }
}

/// A parameter whose value, as passed to C, the message getter can be given.
fn message_argument_allowed(param: &Param) -> bool {
    let slot_ok = matches!(param.slot, None | Some(Slot::SliceLength(_)));
    let role_ok = matches!(
        param.role,
        Role::Plain | Role::String(_) | Role::Handle(_) | Role::OutHandle { .. }
    );
    slot_ok && role_ok
}
