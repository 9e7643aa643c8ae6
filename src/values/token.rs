//! Splits a sentence into words, numbers and single symbols, with byte spans.
//!
//! One pass, one allocation: the token vector. Words are runs of alphabetic
//! characters, numbers are runs of ASCII digits with inner `,` or `.`, and
//! every other non-space character is a symbol of its own.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

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

/// Every token of `text`, in order. ASCII is classified byte by byte;
/// other characters are decoded (the same classes: `char::is_whitespace`,
/// `char::is_alphabetic`).
pub fn tokenize(text: &str) -> Vec<Token> {
    let bytes = text.as_bytes();
    let mut tokens = Vec::with_capacity(text.len() / 4 + 1);
    let mut glued = false;
    let mut at = 0;
    while let Some(&byte) = bytes.get(at) {
        let start = at;
        let kind;
        if byte.is_ascii() {
            at += 1;
            if is_ascii_space(byte) {
                glued = false;
                continue;
            }
            if byte.is_ascii_digit() {
                kind = TokenKind::Number;
                let mut seen_dot = false;
                while let Some(&next) = bytes.get(at) {
                    let separator = (next == b',' || (next == b'.' && !seen_dot))
                        && bytes.get(at + 1).is_some_and(u8::is_ascii_digit);
                    if next.is_ascii_digit() || separator {
                        seen_dot |= next == b'.';
                        at += 1;
                    } else {
                        break;
                    }
                }
            } else if byte.is_ascii_alphabetic() {
                kind = TokenKind::Word;
                at = word_end(text, at);
            } else {
                kind = TokenKind::Symbol;
            }
        } else {
            let Some(ch) = text.get(at..).and_then(|rest| rest.chars().next()) else {
                break;
            };
            at += ch.len_utf8();
            if ch.is_whitespace() {
                glued = false;
                continue;
            }
            if ch.is_alphabetic() {
                kind = TokenKind::Word;
                at = word_end(text, at);
            } else {
                kind = TokenKind::Symbol;
            }
        }
        tokens.push(Token {
            kind,
            start,
            end: at,
            glued,
        });
        glued = true;
    }
    tokens
}

/// How many texts `shared` keeps per thread.
const RECENT_TEXTS: usize = 8;

thread_local! {
    /// The texts `shared` tokenised last on this thread, oldest first.
    static RECENT: RefCell<VecDeque<(String, Rc<[Token]>)>> =
        RefCell::new(VecDeque::with_capacity(RECENT_TEXTS));
}

/// The tokens of `text`, as `tokenize` gives them, shared: the readers of
/// one candidate sentence (its attribution, its reporting frames, its
/// values) each ask for the same text, so a thread keeps the last few texts
/// it tokenised and gives their tokens again for an equal text.
pub fn shared(text: &str) -> Rc<[Token]> {
    RECENT.with(|recent| {
        let mut recent = recent.borrow_mut();
        if let Some((_, tokens)) = recent.iter().rev().find(|(known, _)| known == text) {
            return tokens.clone();
        }
        let tokens: Rc<[Token]> = tokenize(text).into();
        if recent.len() >= RECENT_TEXTS {
            recent.pop_front();
        }
        recent.push_back((text.to_string(), tokens.clone()));
        tokens
    })
}

/// Whether an ASCII byte is white space as `char::is_whitespace` has it
/// (tab to carriage return, and space; `u8::is_ascii_whitespace` leaves
/// out the vertical tab).
fn is_ascii_space(byte: u8) -> bool {
    matches!(byte, b'\t'..=b'\r' | b' ')
}

/// Where the run of alphabetic characters from byte `at` of `text` ends.
fn word_end(text: &str, mut at: usize) -> usize {
    let bytes = text.as_bytes();
    while let Some(&byte) = bytes.get(at) {
        if byte.is_ascii_alphabetic() {
            at += 1;
        } else if byte.is_ascii() {
            break;
        } else {
            match text.get(at..).and_then(|rest| rest.chars().next()) {
                Some(ch) if ch.is_alphabetic() => at += ch.len_utf8(),
                _ => break,
            }
        }
    }
    at
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

    /// `tokenize` as it was written first, a char at a time: the reference
    /// the byte classes are held to.
    fn reference(text: &str) -> Vec<Token> {
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

    proptest::proptest! {
        #[test]
        fn byte_classes_split_as_chars_do(
            text in "([ \t\x0B\x0C\r\n\u{85}\u{a0}\u{2009}\u{3000}.,0-9a-zA-Z%$–’éßİΣ٣中\u{301}-]|\\PC){0,60}",
        ) {
            proptest::prop_assert_eq!(tokenize(&text), reference(&text), "text: {:?}", text);
        }

        /// Shared tokens are the text's own, however texts repeat and leave
        /// the thread's memory (a short alphabet repeats them).
        #[test]
        fn shared_tokens_are_the_texts_own(texts in proptest::collection::vec("[ab 1.,]{0,3}", 0..40)) {
            for text in &texts {
                proptest::prop_assert_eq!(&shared(text)[..], &tokenize(text)[..], "text: {:?}", text);
            }
        }
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
