//! Splits a sentence into words, numbers and single symbols, with byte spans.
//!
//! One pass, one allocation: the token vector. Words are runs of alphabetic
//! characters, numbers are runs of ASCII digits with inner `,` or `.`, and
//! every other non-space character is a symbol of its own.

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// A run of alphabetic characters: "Beijing", "R", "s".
    Word,
    /// Digits with inner separators: "2019", "3.4", "1,000".
    Number,
    /// Any other single non-space character: "%", "$", "–", "”".
    Symbol,
}

/// One token: its kind, byte span, and whether it touches the previous token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// Word, number or symbol.
    pub kind: TokenKind,
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset one past the last character.
    pub end: usize,
    /// True when no whitespace separates this token from the previous one.
    pub glued: bool,
}

impl Token {
    /// The token's text inside `text` (empty if the span is somehow invalid).
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.start..self.end).unwrap_or("")
    }
}

/// Every token of `text`, in order.
pub fn tokenize(text: &str) -> Vec<Token> {
    let bytes = text.as_bytes();
    let mut tokens = Vec::with_capacity(text.len() / 4 + 1);
    let mut glued = false;
    let mut chars = text.char_indices().peekable();
    while let Some((start, ch)) = chars.next() {
        if ch.is_whitespace() {
            glued = false;
            continue;
        }
        let kind;
        let mut end = start + ch.len_utf8();
        if ch.is_ascii_digit() {
            kind = TokenKind::Number;
            let mut seen_dot = false;
            while let Some(&(idx, next)) = chars.peek() {
                let separator = (next == ',' || (next == '.' && !seen_dot))
                    && bytes.get(idx + 1).is_some_and(u8::is_ascii_digit);
                if next.is_ascii_digit() || separator {
                    seen_dot |= next == '.';
                    end = idx + 1;
                    chars.next();
                } else {
                    break;
                }
            }
        } else if ch.is_alphabetic() {
            kind = TokenKind::Word;
            while let Some(&(idx, next)) = chars.peek() {
                if next.is_alphabetic() {
                    end = idx + next.len_utf8();
                    chars.next();
                } else {
                    break;
                }
            }
        } else {
            kind = TokenKind::Symbol;
        }
        tokens.push(Token {
            kind,
            start,
            end,
            glued,
        });
        glued = true;
    }
    tokens
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str, expected: &[(&str, TokenKind, bool)]) {
        let tokens = tokenize(text);
        let got: Vec<(&str, TokenKind, bool)> = tokens
            .iter()
            .map(|token| (token.text(text), token.kind, token.glued))
            .collect();
        assert_eq!(got, expected, "text: {text}");
    }

    #[test]
    fn splits_numbers_words_and_symbols() {
        use TokenKind::{Number, Symbol, Word};
        check(
            "S-400 at 3.4–3.8 GHz, 1,000.",
            &[
                ("S", Word, false),
                ("-", Symbol, true),
                ("400", Number, true),
                ("at", Word, false),
                ("3.4", Number, false),
                ("–", Symbol, true),
                ("3.8", Number, true),
                ("GHz", Word, false),
                (",", Symbol, true),
                ("1,000", Number, false),
                (".", Symbol, true),
            ],
        );
    }
}
