//! The wrapper's documentation: the raw item's docs, then generated sections that
//! say what the wrapper adds (`# Errors`, and `# Safety` for `unsafe fn` wrappers).

use super::Lowering;
use super::syntax::args::Convention;
use super::syntax::ast::{Function, Reporting};
use super::syntax::types;
use proc_macro2::TokenStream;
use quote::quote;
use std::fmt::Write as _;

pub(crate) fn wrapper_docs(lowering: &Lowering<'_>) -> TokenStream {
    let (block, function, reporting) = (lowering.block, lowering.function, &lowering.reporting);
    let symbol = &function.symbol;
    let raw_path = format!("{}::{}", block.args.raw_mod, function.ident);
    let mut lines: Vec<String> = Vec::new();
    if function.docs.is_empty() {
        lines.push(format!(" Calls the C function `{symbol}`."));
    }
    let outs: Vec<String> = function
        .outs()
        .filter_map(|param| param.ident.as_ref().map(|ident| format!("`{ident}`")))
        .collect();
    if !outs.is_empty() {
        separate(&mut lines, &function.docs);
        lines.push(format!(
            " On success returns what C wrote to the out-parameter{} {}.",
            if outs.len() == 1 { "" } else { "s" },
            outs.join(", ")
        ));
    }
    if let Some(errors) = errors_section(function, reporting) {
        separate(&mut lines, &function.docs);
        lines.push(" # Errors".to_owned());
        separate(&mut lines, &function.docs);
        lines.push(errors);
    }
    if let Some(panics) = panics_section(function) {
        separate(&mut lines, &function.docs);
        lines.push(" # Panics".to_owned());
        separate(&mut lines, &function.docs);
        lines.push(panics);
    }
    if function.is_unsafe_wrapper() {
        separate(&mut lines, &function.docs);
        lines.push(" # Safety".to_owned());
        separate(&mut lines, &function.docs);
        lines.push(safety_section(function));
    }
    separate(&mut lines, &function.docs);
    lines.push(format!(" The raw declaration is [`{raw_path}`]."));
    let docs = &function.docs;
    quote! {
        #(#docs)*
        #(#[doc = #lines])*
    }
}

/// A blank doc line between paragraphs, none before the first.
fn separate(lines: &mut Vec<String>, docs: &[syn::Attribute]) {
    if !lines.is_empty() || !docs.is_empty() {
        lines.push(String::new());
    }
}

fn errors_section(function: &Function, reporting: &Reporting<'_>) -> Option<String> {
    let symbol = &function.symbol;
    let returned = types::returned(&function.sig.output);
    let pointer = returned.is_some_and(|ty| types::as_pointer(ty).is_some());
    let mut text = match &reporting.convention {
        Convention::Errno if pointer => {
            format!(" Returns `Err` carrying `errno` when `{symbol}` returns NULL.")
        }
        Convention::Errno => format!(
            " Returns `Err` carrying `errno` when `{symbol}` returns -1 \
             (the maximum value, for an unsigned return type)."
        ),
        Convention::NegCode => {
            format!(" Returns `Err` carrying the code when `{symbol}` returns a negative value.")
        }
        Convention::NegErrno => format!(
            " Returns `Err` when `{symbol}` returns a negative value `-e`; the error carries `errno` `e`."
        ),
        Convention::RetErrno => {
            format!(
                " Returns `Err` when `{symbol}` returns nonzero; that value is the `errno` it carries."
            )
        }
        Convention::Zero => {
            format!(" Returns `Err` carrying the status code when `{symbol}` returns nonzero.")
        }
        Convention::NonNull => format!(" Returns `Err` when `{symbol}` returns NULL."),
        Convention::Check(_) => {
            format!(" Returns `Err` when the `check` type rejects the value `{symbol}` returns.")
        }
        Convention::Unchecked => return None,
    };
    if let Some(message) = reporting.message {
        let argument = message
            .arg
            .as_ref()
            .map(ToString::to_string)
            .unwrap_or_default();
        let _ = write!(
            text,
            " The error's message is read from `{}({argument})`.",
            message.func
        );
    }
    Some(text)
}

/// Scoped callbacks resume their closure's panic once C has returned; registered
/// ones run later, where a panic answers `on_panic` or aborts.
fn panics_section(function: &Function) -> Option<String> {
    let named = |registered: bool| -> Vec<String> {
        function
            .callbacks()
            .filter(|(_, _, callback)| callback.registered.is_some() == registered)
            .filter_map(|(_, param, _)| param.ident.as_ref().map(|name| format!("`{name}`")))
            .collect()
    };
    let (scoped, registered) = (named(false), named(true));
    let mut text = Vec::new();
    if !scoped.is_empty() {
        text.push(format!(
            " If {} panics, C gets its `on_panic` value and the panic resumes here once `{}` has returned.",
            scoped.join(" or "),
            function.symbol
        ));
    }
    if !registered.is_empty() {
        text.push(format!(
            " {} runs later, called by C: a panic there answers its `on_panic` value, or aborts the process when it has none.",
            registered.join(" or ")
        ));
    }
    (!text.is_empty()).then(|| text.join("\n"))
}

fn safety_section(function: &Function) -> String {
    let pointers: Vec<String> = function
        .params
        .iter()
        .filter(|param| param.out_attr().is_none() && types::find_raw_pointer(&param.ty).is_some())
        .filter_map(|param| param.ident.as_ref().map(|ident| format!("`{ident}`")))
        .collect();
    let symbol = &function.symbol;
    if pointers.is_empty() {
        format!(" The caller must uphold the contract of the C function `{symbol}`.")
    } else {
        format!(
            " The caller must uphold the contract of the C function `{symbol}` for the raw \
             pointer{} {}: valid for the accesses it makes, for as long as it uses them.",
            if pointers.len() == 1 { "" } else { "s" },
            pointers.join(", ")
        )
    }
}
