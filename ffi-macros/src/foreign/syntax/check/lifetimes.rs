//! Lifetimes a wrapper's output names (`#[out(Stmt<'db>)]`, `owned = H<'a>`,
//! `borrowed = &'a H`) must come from one of its inputs (`#[handle(&'db Db)]`):
//! a lifetime that appears only in the output is the caller's to pick, and
//! `'static` would let the result outlive what it borrows.

use super::super::ast::{Function, Role};
use super::super::diagnostic::{self, Errors};
use super::super::types::named_lifetimes;
use quote::ToTokens;

pub(super) fn check(function: &Function, errors: &mut Errors) {
    let mut inputs = Vec::new();
    for param in &function.params {
        if let Role::Handle(handle) = &param.role {
            inputs.extend(named_lifetimes(handle.written.to_token_stream()));
        }
    }
    let mut outputs = Vec::new();
    for param in &function.params {
        if let Role::OutHandle { handle, .. } = &param.role {
            outputs.extend(named_lifetimes(handle.to_token_stream()));
        }
    }
    for returned in function.args.owned.iter().chain(&function.args.borrowed) {
        outputs.extend(named_lifetimes(returned.to_token_stream()));
    }
    let mut reported = Vec::new();
    for lifetime in outputs {
        if !inputs.contains(&lifetime) && !reported.contains(&lifetime) {
            errors.push(diagnostic::lifetime_only_in_output(
                &lifetime,
                &function.ident,
            ));
            reported.push(lifetime);
        }
    }
}
