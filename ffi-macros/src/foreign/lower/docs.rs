//! The wrapper's documentation: the raw item's docs, then generated sections that
//! say what the wrapper adds (`# Errors`, and `# Safety` for `unsafe fn` wrappers).

use super::Lowering;
use super::syntax::args::Convention;
use super::syntax::ast::{Function, Reporting};
use super::syntax::types;
use proc_macro2::{Literal, TokenStream};
use quote::quote;
use std::fmt::Write as _;

pub(crate) fn wrapper_docs(lowering: &Lowering<'_>) -> TokenStream {
    let (block, function, reporting) = (lowering.block, lowering.function, &lowering.reporting);
    let symbol = &function.symbol;
    let docs = &function.docs;
    // One `#[doc]` literal of paragraphs (rustdoc joins doc attributes with
    // newlines, so this reads as the separate lines did): a tenth of the tokens,
    // one string to escape.
    let mut text = Paragraphs {
        text: String::with_capacity(512),
        after_docs: !docs.is_empty(),
    };
    if docs.is_empty() {
        push_all(text.next(), &[" Calls the C function `", symbol, "`."]);
    }
    let mut outs = function
        .outs()
        .filter_map(|param| param.ident.as_ref())
        .peekable();
    if let Some(first) = outs.next() {
        let several = outs.peek().is_some();
        let line = text.next();
        let _ = write!(
            line,
            " On success returns what C wrote to the out-parameter{} `{first}`",
            if several { "s" } else { "" }
        );
        for out in outs {
            let _ = write!(line, ", `{out}`");
        }
        line.push('.');
    }
    errors_section(function, reporting, &mut text);
    if let Some(panics) = panics_section(function) {
        text.next().push_str(" # Panics");
        text.next().push_str(&panics);
    }
    if function.is_unsafe_wrapper() {
        text.next().push_str(" # Safety");
        text.next().push_str(&safety_section(function));
    }
    let _ = write!(
        text.next(),
        " The raw declaration is [`{}::{}`].",
        block.args.raw_mod,
        function.ident
    );
    let text = doc_literal(&text.text);
    quote! {
        #(#docs)*
        #[doc = #text]
    }
}

/// The string literal of `text`: raw (`r"..."`, with as many `#` as a `"#`
/// in the text needs), so that nothing is escaped and the literal is read
/// back (`Literal` parses its text) a byte at a time; the general escape
/// (`Literal::string`) takes a character-class lookup per character, and a
/// plain literal is read back a character at a time with its escapes. A raw
/// string cannot hold a lone carriage return: such a text is escaped.
fn doc_literal(text: &str) -> Literal {
    if text.contains('\r') {
        return Literal::string(text);
    }
    // After each `"` in the text, the `#` that follow: one more closes.
    let mut hashes = 0;
    let mut rest = text;
    while let Some(at) = rest.find('"') {
        rest = &rest[at + 1..];
        let run = rest.len() - rest.trim_start_matches('#').len();
        hashes = hashes.max(run + 1);
    }
    let mut repr = String::with_capacity(text.len() + 2 * hashes + 3);
    repr.push('r');
    repr.extend(std::iter::repeat_n('#', hashes));
    repr.push('"');
    repr.push_str(text);
    repr.push('"');
    repr.extend(std::iter::repeat_n('#', hashes));
    repr.parse().unwrap_or_else(|_| Literal::string(text))
}

fn push_all(text: &mut String, parts: &[&str]) {
    for part in parts {
        text.push_str(part);
    }
}

/// Doc paragraphs separated by a blank line, and by one from the raw item's
/// docs before the first.
struct Paragraphs {
    text: String,
    after_docs: bool,
}

impl Paragraphs {
    /// The text, ready for the next paragraph.
    fn next(&mut self) -> &mut String {
        if !self.text.is_empty() {
            self.text.push_str("\n\n");
        } else if self.after_docs {
            self.text.push('\n');
        }
        &mut self.text
    }
}

/// The `# Errors` section, none for `unchecked`.
fn errors_section(function: &Function, reporting: &Reporting<'_>, paragraphs: &mut Paragraphs) {
    let symbol = function.symbol.as_str();
    let returned = types::returned(&function.sig.output);
    let pointer = returned.is_some_and(|ty| types::as_pointer(ty).is_some());
    let (before, after) = match &reporting.convention {
        Convention::Errno if pointer => {
            (" Returns `Err` carrying `errno` when `", "` returns NULL.")
        }
        Convention::Errno => (
            " Returns `Err` carrying `errno` when `",
            "` returns -1 (the maximum value, for an unsigned return type).",
        ),
        Convention::NegCode => (
            " Returns `Err` carrying the code when `",
            "` returns a negative value.",
        ),
        Convention::NegErrno => (
            " Returns `Err` when `",
            "` returns a negative value `-e`; the error carries `errno` `e`.",
        ),
        Convention::RetErrno => (
            " Returns `Err` when `",
            "` returns nonzero; that value is the `errno` it carries.",
        ),
        Convention::Zero => (
            " Returns `Err` carrying the status code when `",
            "` returns nonzero.",
        ),
        Convention::NonNull => (" Returns `Err` when `", "` returns NULL."),
        Convention::Check(_) => (
            " Returns `Err` when the `check` type rejects the value `",
            "` returns.",
        ),
        Convention::Unchecked => return,
    };
    paragraphs.next().push_str(" # Errors");
    let text = paragraphs.next();
    push_all(text, &[before, symbol, after]);
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

#[cfg(test)]
mod tests {
    use super::doc_literal;

    #[test]
    fn doc_literals_hold_their_text() {
        for text in [
            " Calls `f`.\n\n # Errors",
            "",
            "\"",
            "a \"# b \"## c\"",
            "ends with \"#",
            "tab\there, \\ and \u{0} and \u{7f}",
            "lone \r carriage return",
            "\r\n",
        ] {
            let literal: syn::LitStr =
                syn::parse2(proc_macro2::TokenTree::from(doc_literal(text)).into()).unwrap();
            assert_eq!(literal.value(), text);
        }
    }
}
