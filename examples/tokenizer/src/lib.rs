//! A tokenizer for small expression languages, written in Rust and called from
//! C: `include/tokenizer.h` is generated from the `#[export]` module below,
//! `c/demo.c` uses it, and `tests/c_demo.rs` builds and runs the demo against
//! the cdylib and the staticlib.
//!
//! ```text
//! total = price * 1.2 + "tax"   ->   word `total`, punct `=`, word `price`, ...
//! ```

mod scan;

pub use scan::ScanError;

/// The C interface: every `pub fn` here is a C function `tok_<name>`.
#[ffi_runtime::export(prefix = "tok_")]
pub mod api {
    use super::ScanError;
    use super::scan::Scanner;

    /// A name: letters, digits and `_`, not starting with a digit.
    pub const KIND_WORD: u32 = 1;
    /// A decimal number, with an optional fraction.
    pub const KIND_NUMBER: u32 = 2;
    /// A double-quoted string (`\"` and `\\` escape).
    pub const KIND_STRING: u32 = 3;
    /// Any other single character.
    pub const KIND_PUNCT: u32 = 4;

    /// The status of a string without its closing quote.
    pub const ERR_UNTERMINATED: i32 = 2;
    /// The status of a token array too small for the text.
    pub const ERR_NO_ROOM: i32 = 3;
    /// The status of a token that does not belong to the text.
    pub const ERR_NOT_A_TOKEN: i32 = 4;

    /// One token: its kind, where it starts (1-based line and column) and its
    /// bytes in the text (`start`, `len`).
    #[repr(C)]
    #[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
    pub struct Token {
        /// One of the `TOK_KIND_` constants.
        pub kind: u32,
        /// The line, from 1.
        pub line: u32,
        /// The column in characters, from 1.
        pub column: u32,
        /// The offset of the first byte.
        pub start: usize,
        /// The length in bytes.
        pub len: usize,
    }

    /// A tokenizer over its own copy of a text: one token per `tok_tokenizer_next`.
    #[ffi(opaque)]
    pub struct Tokenizer {
        text: String,
        scanner: Scanner,
    }

    impl Tokenizer {
        /// A tokenizer over a copy of `text`.
        #[must_use]
        pub fn new(text: &str) -> Self {
            Self {
                text: text.to_owned(),
                scanner: Scanner::default(),
            }
        }

        /// Reads the next token into `token`; answers `false` at the end of the
        /// text (and leaves `token` alone).
        ///
        /// # Errors
        ///
        /// An unterminated string, with its line and column.
        pub fn next(&mut self, token: &mut Token) -> Result<bool, ScanError> {
            match self.scanner.next_token(&self.text)? {
                Some(next) => {
                    *token = next;
                    Ok(true)
                }
                None => Ok(false),
            }
        }

        /// The text of a token this tokenizer produced, as a string to give back
        /// with `tok_string_free`.
        ///
        /// # Errors
        ///
        /// A token that does not lie on character boundaries of the text.
        pub fn text(&self, token: &Token) -> Result<String, ScanError> {
            let end = token
                .start
                .checked_add(token.len)
                .ok_or(ScanError::NotAToken)?;
            self.text
                .get(token.start..end)
                .map(str::to_owned)
                .ok_or(ScanError::NotAToken)
        }

        /// How many tokens were read so far.
        #[must_use]
        pub fn count(&self) -> usize {
            self.scanner.count()
        }
    }

    /// Reads every token of `text` into `tokens`; answers how many.
    ///
    /// # Errors
    ///
    /// An unterminated string, or more tokens than `tokens` holds (the message
    /// says how many are needed).
    pub fn tokenize(text: &str, tokens: &mut [Token]) -> Result<usize, ScanError> {
        let mut scanner = Scanner::default();
        let mut written = 0;
        while let Some(token) = scanner.next_token(text)? {
            if let Some(slot) = tokens.get_mut(written) {
                *slot = token;
            }
            written += 1;
        }
        if written > tokens.len() {
            return Err(ScanError::NoRoom { needed: written });
        }
        Ok(written)
    }

    /// The name of a token kind (`"word"`), as a string to give back with
    /// `tok_string_free`.
    ///
    /// # Errors
    ///
    /// An unknown kind.
    pub fn kind_name(kind: u32) -> Result<String, String> {
        let name = match kind {
            KIND_WORD => "word",
            KIND_NUMBER => "number",
            KIND_STRING => "string",
            KIND_PUNCT => "punct",
            _ => return Err(format!("no token kind {kind}")),
        };
        Ok(name.to_owned())
    }
}
