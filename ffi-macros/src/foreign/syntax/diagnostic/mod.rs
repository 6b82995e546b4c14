//! Error collection and the one catalog of messages: every rejection `#[foreign]`
//! makes is written in this module's children, one per feature (named like the
//! `tests/ui/` folders that show them), each with a help line that names the fix.
//! The messages take plain values and import nothing of the macro.

use proc_macro2::{Span, TokenStream};
use quote::ToTokens;
use std::fmt::Display;

mod block;
mod buffers;
mod callbacks;
mod conventions;
mod handles;
mod message;
mod out;
mod out_slices;
mod params;
mod signature;
mod slices;
mod string_returns;
mod strings;

pub(crate) use block::*;
pub(crate) use buffers::*;
pub(crate) use callbacks::*;
pub(crate) use conventions::*;
pub(crate) use handles::*;
pub(crate) use message::*;
pub(crate) use out::*;
pub(crate) use out_slices::*;
pub(crate) use params::*;
pub(crate) use signature::*;
pub(crate) use slices::*;
pub(crate) use string_returns::*;
pub(crate) use strings::*;

/// Collects errors across a phase so that the user sees all of them at once.
#[derive(Default)]
pub(crate) struct Errors {
    errors: Vec<syn::Error>,
}

impl Errors {
    pub(crate) fn push(&mut self, error: syn::Error) {
        self.errors.push(error);
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.errors.is_empty()
    }

    pub(crate) fn len(&self) -> usize {
        self.errors.len()
    }

    pub(crate) fn to_compile_errors(&self) -> TokenStream {
        self.errors
            .iter()
            .map(syn::Error::to_compile_error)
            .collect()
    }
}

/// An error whose message ends with a `help:` line naming the fix.
pub(super) fn with_help(span: Span, message: impl Display, help: impl Display) -> syn::Error {
    syn::Error::new(span, format!("{message}\n= help: {help}"))
}

pub(super) fn spanned_with_help(
    tokens: impl ToTokens,
    message: impl Display,
    help: impl Display,
) -> syn::Error {
    syn::Error::new_spanned(tokens, format!("{message}\n= help: {help}"))
}

/// The known word nearest to `word`, if it is a plausible typo.
pub(super) fn closest<'a>(word: &str, known: &[&'a str]) -> Option<&'a str> {
    known
        .iter()
        .map(|candidate| (edit_distance(word, candidate), *candidate))
        .filter(|(distance, candidate)| *distance <= candidate.len().max(3) / 3 + 1)
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, candidate)| candidate)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut current = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let substitution = previous[j] + usize::from(ca != *cb);
            current.push(substitution.min(previous[j + 1] + 1).min(current[j] + 1));
        }
        previous = current;
    }
    previous[b.len()]
}

#[cfg(test)]
mod tests {
    use super::{closest, edit_distance};

    #[test]
    fn distance_counts_edits() {
        assert_eq!(edit_distance("errno", "errno"), 0);
        assert_eq!(edit_distance("erno", "errno"), 1);
        assert_eq!(edit_distance("zreo", "zero"), 2);
    }

    #[test]
    fn suggests_only_near_words() {
        let known = ["errno", "neg_errno", "zero"];
        assert_eq!(closest("erno", &known), Some("errno"));
        assert_eq!(closest("negerrno", &known), Some("neg_errno"));
        assert_eq!(closest("completely_else", &known), None);
    }
}
