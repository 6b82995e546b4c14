//! The scanner: one token at a time over a text the caller keeps.

use crate::api::{
    ERR_NO_ROOM, ERR_NOT_A_TOKEN, ERR_UNTERMINATED, KIND_NUMBER, KIND_PUNCT, KIND_STRING,
    KIND_WORD, Token,
};
use std::fmt;

/// Why the text cannot be tokenized.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ScanError {
    /// A string without its closing quote, starting here.
    Unterminated {
        /// Its line, from 1.
        line: u32,
        /// Its column, from 1.
        column: u32,
    },
    /// The token array is too small.
    NoRoom {
        /// How many tokens the text has.
        needed: usize,
    },
    /// A token that is not a slice of the text.
    NotAToken,
}

impl fmt::Display for ScanError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Unterminated { line, column } => {
                write!(
                    f,
                    "unterminated string starting at line {line}, column {column}"
                )
            }
            Self::NoRoom { needed } => {
                write!(f, "the text has {needed} tokens, more than the array holds")
            }
            Self::NotAToken => f.write_str("the token does not belong to this text"),
        }
    }
}

impl std::error::Error for ScanError {}

impl ffi_runtime::export::ExportError for ScanError {
    fn code(&self) -> i32 {
        match self {
            Self::Unterminated { .. } => ERR_UNTERMINATED,
            Self::NoRoom { .. } => ERR_NO_ROOM,
            Self::NotAToken => ERR_NOT_A_TOKEN,
        }
    }
}

/// Where the scanner is in the text.
#[derive(Debug)]
pub struct Scanner {
    offset: usize,
    line: u32,
    column: u32,
    count: usize,
}

impl Default for Scanner {
    fn default() -> Self {
        Self {
            offset: 0,
            line: 1,
            column: 1,
            count: 0,
        }
    }
}

impl Scanner {
    /// Tokens read so far.
    pub fn count(&self) -> usize {
        self.count
    }

    /// The next token of `text`, `None` at its end.
    pub fn next_token(&mut self, text: &str) -> Result<Option<Token>, ScanError> {
        while let Some(c) = self.peek(text) {
            if !c.is_whitespace() {
                break;
            }
            self.advance(c);
        }
        let Some(first) = self.peek(text) else {
            return Ok(None);
        };
        let (start, line, column) = (self.offset, self.line, self.column);
        let kind = if first.is_alphabetic() || first == '_' {
            self.take_while(text, |c| c.is_alphanumeric() || c == '_');
            KIND_WORD
        } else if first.is_ascii_digit() {
            self.take_while(text, |c| c.is_ascii_digit());
            let rest = &text[self.offset..];
            if rest.starts_with('.') && rest[1..].starts_with(|c: char| c.is_ascii_digit()) {
                self.advance('.');
                self.take_while(text, |c| c.is_ascii_digit());
            }
            KIND_NUMBER
        } else if first == '"' {
            self.string(text, line, column)?;
            KIND_STRING
        } else {
            self.advance(first);
            KIND_PUNCT
        };
        self.count += 1;
        Ok(Some(Token {
            kind,
            line,
            column,
            start,
            len: self.offset - start,
        }))
    }

    fn string(&mut self, text: &str, line: u32, column: u32) -> Result<(), ScanError> {
        self.advance('"');
        let mut escaped = false;
        while let Some(c) = self.peek(text) {
            self.advance(c);
            match (escaped, c) {
                (false, '"') => return Ok(()),
                (false, '\\') => escaped = true,
                _ => escaped = false,
            }
        }
        Err(ScanError::Unterminated { line, column })
    }

    fn peek(&self, text: &str) -> Option<char> {
        text[self.offset..].chars().next()
    }

    fn advance(&mut self, c: char) {
        self.offset += c.len_utf8();
        if c == '\n' {
            self.line += 1;
            self.column = 1;
        } else {
            self.column += 1;
        }
    }

    fn take_while(&mut self, text: &str, keep: impl Fn(char) -> bool) {
        while let Some(c) = self.peek(text).filter(|&c| keep(c)) {
            self.advance(c);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(u32, &str)> {
        let mut scanner = Scanner::default();
        let mut out = Vec::new();
        while let Some(token) = scanner.next_token(text).unwrap() {
            out.push((token.kind, &text[token.start..token.start + token.len]));
        }
        out
    }

    #[test]
    fn words_numbers_strings_and_punctuation() {
        assert_eq!(
            kinds("total = größe * 1.25 + \"a \\\" b\";"),
            [
                (KIND_WORD, "total"),
                (KIND_PUNCT, "="),
                (KIND_WORD, "größe"),
                (KIND_PUNCT, "*"),
                (KIND_NUMBER, "1.25"),
                (KIND_PUNCT, "+"),
                (KIND_STRING, "\"a \\\" b\""),
                (KIND_PUNCT, ";"),
            ]
        );
        assert_eq!(kinds("1."), [(KIND_NUMBER, "1"), (KIND_PUNCT, ".")]);
    }

    #[test]
    fn lines_and_columns_count_characters() {
        let mut scanner = Scanner::default();
        let text = "ä\n  b";
        scanner.next_token(text).unwrap();
        let b = scanner.next_token(text).unwrap().unwrap();
        assert_eq!((b.line, b.column), (2, 3));
    }

    #[test]
    fn unterminated_string_names_where_it_starts() {
        let mut scanner = Scanner::default();
        let text = "x\n  \"open";
        scanner.next_token(text).unwrap();
        assert_eq!(
            scanner.next_token(text),
            Err(ScanError::Unterminated { line: 2, column: 3 })
        );
    }
}
