//! How deep a macro input may nest before it is refused: syn parses types and
//! expressions recursively, and a proc macro runs on the compiler's stack (a
//! debug-built syn takes tens of KiB a level; rustc itself gives up near 400).
//! The scan is iterative over runs and recursive only over groups, bounded by the
//! limit. Shared with the derives (included there by path).

use proc_macro2::{Span, TokenStream, TokenTree};

/// Levels of nesting allowed: groups (`(..)`, `[..]`, `{..}`), angle brackets
/// (`Option<Option<T>>`) and type prefixes (`&&T`, `*const *const T`).
pub(crate) const MAX_NESTING: usize = 64;

/// The first token nested deeper than `MAX_NESTING`, if any.
pub(crate) fn too_deep(tokens: TokenStream) -> Option<Span> {
    scan(tokens, 0)
}

fn scan(tokens: TokenStream, groups: usize) -> Option<Span> {
    if groups > MAX_NESTING {
        return Some(Span::call_site());
    }
    // `&`/`*` levels in a row (`mut`, `const` and lifetimes between them neither
    // count nor break the run), and open angle brackets.
    let mut run = 0usize;
    let mut angles = 0usize;
    let mut previous: Option<char> = None;
    for token in tokens {
        match &token {
            TokenTree::Punct(punct) => match punct.as_char() {
                '&' | '*' => run += 1,
                '<' => angles += 1,
                // `->` and `=>` close nothing.
                '>' if !matches!(previous, Some('-' | '=')) => angles = angles.saturating_sub(1),
                '\'' => {}
                _ => run = 0,
            },
            // (Compared only within a run: most identifiers are not.)
            TokenTree::Ident(ident)
                if previous == Some('\'') || (run > 0 && (ident == "mut" || ident == "const")) => {}
            _ => run = 0,
        }
        previous = match &token {
            TokenTree::Punct(punct) => Some(punct.as_char()),
            _ => None,
        };
        if run > MAX_NESTING || groups + angles > MAX_NESTING {
            return Some(token.span());
        }
        if let TokenTree::Group(group) = token
            && let Some(span) = scan(group.stream(), groups + angles + 1)
        {
            return Some(span);
        }
    }
    None
}
