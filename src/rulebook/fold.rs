//! The text the automata search: an article ASCII-lowercased, with its quote
//! marks at word edges left out and every run of whitespace read as one
//! space, and the map from its offsets back to the article's.
//!
//! A phrase sees through scare quotes ("the \"so-called\" strike", "denied the
//! “fake” report", "‘Baseless’") and through double spaces, tabs and line
//! breaks inside it, as it sees through the case of ASCII letters. A quote
//! mark inside a word ("Russia's", "a\"b") is kept, and so is a single quote
//! after a word that no single quote opened before it on its line (the
//! apostrophe of "the Russians' claims"); a quote mark is never left out
//! where that would join two words ("a\"'b" keeps its apostrophe). Hits are
//! mapped back to the article's offsets, so every span a match reports is
//! the text as written (quotes inside it included).
//!
//! The folded text is one copy of the article, as the ASCII-lowercased copy
//! it replaces was: a single line break or tab becomes a space in place, and
//! only bytes left out (a quote mark at a word's edge, a whitespace run's
//! second byte on, the tail of a multi-byte space) cost a jump in the map.
//! Runs of plain ASCII (no quote mark, no whitespace but single spaces) are
//! copied and lowercased whole.

use std::ops::Range;

/// `text` as the automata search it, with the map back.
#[derive(Debug, Clone, Default)]
pub(crate) struct Folded {
    /// The folded text.
    pub(crate) text: String,
    /// Where bytes were left out: per run, (the article offset of the first
    /// byte kept after it, its folded offset), sorted. Empty when nothing
    /// was left out: the offsets are the article's.
    jumps: Vec<(usize, usize)>,
}

/// Double quote marks, left out wherever they touch a word's edge.
fn is_double_quote(ch: char) -> bool {
    matches!(ch, '"' | '“' | '”' | '„' | '‟' | '«' | '»' | '″')
}

/// Single quote marks, left out when they open a word or close one that a
/// single quote opened.
fn is_single_quote(ch: char) -> bool {
    matches!(ch, '\'' | '‘' | '’' | '‛' | '‹' | '›')
}

fn is_word(ch: char) -> bool {
    ch.is_alphanumeric() || ch == '_'
}

/// Whether folding may change `ch` (a quote mark or whitespace other than a
/// plain space): a literal is found in the folded text as written only
/// between such characters.
pub(crate) fn touches(ch: char) -> bool {
    is_double_quote(ch) || is_single_quote(ch) || (ch.is_whitespace() && ch != ' ')
}

/// An ASCII byte the fold copies as it is (but for case): no quote mark, no
/// whitespace (a space is plain unless it follows whitespace).
fn is_plain(byte: u8) -> bool {
    byte.is_ascii() && !matches!(byte, b'"' | b'\'') && !byte.is_ascii_whitespace()
}

/// The end of the run of plain bytes of `bytes` from `at` (plain: `is_plain`,
/// or a space that follows no space; `after_space` says whether the byte
/// before `at` is one), eight bytes at a time while no byte of eight may end
/// it, then byte by byte.
fn plain_run_end(bytes: &[u8], at: usize, after_space: bool) -> usize {
    let mut end = at;
    let mut space = after_space;
    while let Some(chunk) = bytes.get(end..end + 8) {
        let Ok(chunk) = <[u8; 8]>::try_from(chunk) else {
            break;
        };
        let word = u64::from_le_bytes(chunk);
        // Bytes that may end the run: not ASCII, below 0x20 (whitespace
        // but the space, and control bytes, which the byte loop then
        // judges), quote marks; a space after a space.
        let stops = (word & HIGHS) | below(word, 0x20) | equal(word, b'"') | equal(word, b'\'');
        let spaces = equal(word, b' ');
        let after = (spaces << 8) | if space { 0x80 } else { 0 };
        if stops | (spaces & after) != 0 {
            break;
        }
        space = spaces >> 63 != 0;
        end += 8;
    }
    while let Some(&byte) = bytes.get(end) {
        if byte == b' ' {
            if space {
                break;
            }
            space = true;
        } else if is_plain(byte) {
            space = false;
        } else {
            break;
        }
        end += 1;
    }
    end
}

/// The high bit of each byte of a word.
const HIGHS: u64 = 0x8080_8080_8080_8080;
/// The low bit of each byte of a word.
const LOWS: u64 = 0x0101_0101_0101_0101;

/// The high bit set in each byte of `word` below `bound` (at most 0x80):
/// a byte's low seven bits plus `0x80 - bound` reach its high bit (never
/// carrying into the next byte) exactly when they are at least `bound`.
fn below(word: u64, bound: u8) -> u64 {
    let add = LOWS * u64::from(0x80 - bound);
    !(((word & !HIGHS) + add) | word) & HIGHS
}

/// The high bit set in each byte of `word` equal to `byte`.
fn equal(word: u64, byte: u8) -> u64 {
    below(word ^ (LOWS * u64::from(byte)), 1)
}

/// The folded text as it is written: the bytes, the map and what the next
/// character needs to know of the last one kept.
struct Writer {
    out: String,
    jumps: Vec<(usize, usize)>,
    /// The article offset the next byte written stands for unless a jump
    /// says otherwise.
    expected: usize,
    /// Whether the last byte written is a space (a whitespace run's).
    after_space: bool,
    /// Whether the last character written is a word character.
    after_word: bool,
}

impl Writer {
    /// Writes `bytes` (whole characters), standing for the article's bytes
    /// from `at` on.
    fn write(&mut self, at: usize, piece: &str) {
        if at != self.expected {
            self.jumps.push((at, self.out.len()));
        }
        self.out.push_str(piece);
        self.expected = at + piece.len();
    }
}

/// Folds `text`: ASCII letters lowercased, quote marks at word edges left
/// out, each whitespace run one space (a run that only quote marks left
/// out separate counts as one).
pub(crate) fn fold(text: &str) -> Folded {
    let bytes = text.as_bytes();
    let mut writer = Writer {
        out: String::with_capacity(bytes.len()),
        jumps: Vec::new(),
        expected: 0,
        after_space: false,
        after_word: false,
    };
    // Whether a single quote opened a word on this line and is not closed
    // yet.
    let mut open_single = false;
    let mut at = 0;
    while at < bytes.len() {
        // A run of plain bytes, copied whole.
        let end = plain_run_end(bytes, at, writer.after_space);
        if end > at {
            let start = writer.out.len();
            writer.write(at, text.get(at..end).unwrap_or_default());
            writer.out[start..].make_ascii_lowercase();
            let last = bytes[end - 1];
            writer.after_space = last == b' ';
            writer.after_word = last.is_ascii_alphanumeric() || last == b'_';
            at = end;
        }
        // One character that is not plain.
        let Some(ch) = text.get(at..).and_then(|rest| rest.chars().next()) else {
            break;
        };
        let next = at + ch.len_utf8();
        let word_after = text
            .get(next..)
            .and_then(|rest| rest.chars().next())
            .is_some_and(is_word);
        if ch.is_whitespace() {
            if ch == '\n' {
                open_single = false;
            }
            if !writer.after_space {
                // One space, standing for the character (its first byte: a
                // multi-byte space's other bytes are left out).
                writer.write(at, " ");
                writer.after_space = true;
                writer.after_word = false;
            }
        } else {
            let keep = if is_double_quote(ch) {
                writer.after_word && word_after
            } else if is_single_quote(ch) {
                if !writer.after_word && word_after {
                    open_single = true;
                    false
                } else if writer.after_word && !word_after && open_single {
                    open_single = false;
                    false
                } else {
                    true
                }
            } else {
                true
            };
            if keep {
                let mut buf = [0; 4];
                writer.write(at, ch.encode_utf8(&mut buf));
                writer.after_space = false;
                writer.after_word = is_word(ch);
            }
        }
        at = next;
    }
    Folded {
        text: writer.out,
        jumps: writer.jumps,
    }
}

impl Folded {
    /// The article offset of the folded byte at `folded` (a byte written).
    pub(crate) fn start_in_text(&self, folded: usize) -> usize {
        let idx = self.jumps.partition_point(|(_, at)| *at <= folded);
        match idx.checked_sub(1).and_then(|idx| self.jumps.get(idx)) {
            Some((text_at, folded_at)) => text_at + (folded - folded_at),
            None => folded,
        }
    }

    /// The article offset just after the character of `text` that holds the
    /// folded byte before `folded` (the end of a hit: past the whole of a
    /// multi-byte space that a hit's last space stands for).
    pub(crate) fn end_in_text(&self, text: &str, folded: usize) -> usize {
        match folded.checked_sub(1) {
            Some(last) => crate::text::ceil_boundary(text, self.start_in_text(last) + 1),
            None => 0,
        }
    }

    /// The folded offset of the article offset `at`: of the first byte kept
    /// at or after it.
    pub(crate) fn in_folded(&self, at: usize) -> usize {
        let idx = self.jumps.partition_point(|(text_at, _)| *text_at <= at);
        let folded = match idx.checked_sub(1).and_then(|idx| self.jumps.get(idx)) {
            Some((text_at, folded_at)) => folded_at + (at - text_at),
            None => at,
        };
        // Inside a run left out: the next kept byte.
        match self.jumps.get(idx) {
            Some((_, next_folded)) => folded.min(*next_folded),
            None => folded.min(self.text.len()),
        }
    }

    /// `range` of the article as a range of the folded text.
    pub(crate) fn range_in_folded(&self, range: Range<usize>) -> Range<usize> {
        self.in_folded(range.start)..self.in_folded(range.end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Folds `text` and checks the folded text and the map: every folded
    /// character maps back to the same character of `text` (but for ASCII
    /// case, and whitespace read as a space), in order, on char boundaries;
    /// every folded range maps to a range of `text` on char boundaries that
    /// holds exactly the characters it folds from; two word characters the
    /// fold makes neighbours were neighbours in `text`; and the article
    /// offset of each folded character maps back to it. `expected` is the
    /// folded text, or `None` to check the map only (the property test).
    fn check(text: &str, expected: Option<&str>) -> Result<(), TestCaseError> {
        let folded = fold(text);
        if let Some(expected) = expected {
            prop_assert_eq!(&folded.text, expected, "text: {:?}", text);
        }
        let chars: Vec<(usize, char)> = folded.text.char_indices().collect();
        let mut previous: Option<(usize, char)> = None;
        for &(at, ch) in &chars {
            let back = folded.start_in_text(at);
            prop_assert!(
                text.is_char_boundary(back),
                "{:?}: folded {} -> {}",
                text,
                at,
                back
            );
            let original = text.get(back..).and_then(|rest| rest.chars().next());
            let Some(original) = original else {
                return Err(TestCaseError::fail(format!(
                    "{text:?}: folded {at} -> {back}"
                )));
            };
            if ch == ' ' {
                prop_assert!(original.is_whitespace(), "{:?}: folded {}", text, at);
            } else {
                prop_assert_eq!(
                    original.to_ascii_lowercase(),
                    ch,
                    "{:?}: folded {}",
                    text,
                    at
                );
            }
            prop_assert_eq!(folded.in_folded(back), at, "{:?}: article {}", text, back);
            if let Some((before_back, before)) = previous {
                prop_assert!(before_back < back, "{:?}: folded {} out of order", text, at);
                if is_word(before) && is_word(ch) {
                    prop_assert_eq!(
                        before_back + before.len_utf8(),
                        back,
                        "{:?}: folded {} joins two words",
                        text,
                        at
                    );
                }
            }
            previous = Some((back, ch));
        }
        // Every range of whole folded characters, as a hit is.
        for (i, &(start, _)) in chars.iter().enumerate() {
            for &(last, ch) in chars.iter().skip(i) {
                let end = last + ch.len_utf8();
                let text_start = folded.start_in_text(start);
                let text_end = folded.end_in_text(text, end);
                let piece = text.get(text_start..text_end);
                prop_assert!(
                    piece.is_some(),
                    "{:?}: {}..{} -> {}..{}",
                    text,
                    start,
                    end,
                    text_start,
                    text_end
                );
                // The piece folds to the hit but for the quote marks and
                // spaces its edges see differently alone.
                let refolded: String = fold(piece.unwrap_or_default())
                    .text
                    .chars()
                    .filter(|ch| !touches(*ch) && *ch != ' ')
                    .collect();
                let hit: String = folded.text[start..end]
                    .chars()
                    .filter(|ch| !touches(*ch) && *ch != ' ')
                    .collect();
                prop_assert_eq!(refolded, hit, "{:?}: {}..{}", text, start, end);
                // The last character of the hit ends the piece.
                let last_back = folded.start_in_text(last);
                let last_char = text.get(last_back..).and_then(|rest| rest.chars().next());
                prop_assert_eq!(
                    last_char.map(|last| last_back + last.len_utf8()),
                    Some(text_end),
                    "{:?}: {}..{}",
                    text,
                    start,
                    end
                );
            }
        }
        prop_assert_eq!(folded.range_in_folded(0..text.len()), 0..folded.text.len());
        Ok(())
    }

    fn folds(text: &str, expected: &str) {
        if let Err(err) = check(text, Some(expected)) {
            panic!("{err}");
        }
    }

    #[test]
    fn scare_quotes_and_whitespace_runs_fold() {
        folds("The Army said", "the army said");
        folds(
            "denied the \"so-called\" strike",
            "denied the so-called strike",
        );
        folds("called it a “fake” report", "called it a fake report");
        folds("reacts: ‘Baseless’ claims", "reacts: baseless claims");
        folds(
            "a fake  report,\nofficials\t said",
            "a fake report, officials said",
        );
        folds("a\u{a0}fake report", "a fake report");
        folds("the \" fake \" report", "the fake report");
        // A CRLF line break (or a soft break read as two spaces) is one space.
        folds("fake\r\nreport", "fake report");
        folds("fake \u{2003} report\u{3000}", "fake report ");
    }

    #[test]
    fn apostrophes_inside_and_after_words_stay() {
        folds("Russia's claim", "russia's claim");
        folds("the Russians' claims", "the russians' claims");
        folds("didn’t say", "didn’t say");
        folds("a\"b", "a\"b");
        // No quote mark is left out where that would join two words.
        folds("a\"'b", "a'b");
        folds("a”‘b", "a‘b");
        // A line break closes nothing opened on the line before.
        folds("'Fake\nnews' ok", "fake news' ok");
    }

    #[test]
    fn ranges_map_both_ways() {
        let text = "He said \"fake  news\" again.";
        let folded = fold(text);
        assert_eq!(folded.text, "he said fake news again.");
        let start = folded.text.find("fake news").unwrap();
        let end = start + "fake news".len();
        assert_eq!(
            &text[folded.start_in_text(start)..folded.end_in_text(text, end)],
            "fake  news"
        );
        // An article offset inside a run left out maps to the next byte kept.
        let quote = text.find('"').unwrap();
        assert_eq!(folded.in_folded(quote), start);
        assert_eq!(folded.range_in_folded(0..text.len()), 0..folded.text.len());
        // A hit ending on a multi-byte space ends after the whole space (the
        // run's first, which the folded space stands for).
        let text = "fake\u{a0}\u{a0}";
        let folded = fold(text);
        assert_eq!(folded.text, "fake ");
        assert_eq!(folded.end_in_text(text, 5), "fake\u{a0}".len());
    }

    #[test]
    fn plain_ascii_folds_in_place() {
        // No byte left out: no jump, the folded offsets are the article's.
        let text = "The Army's\nreport, said:\tno (it was) fine.";
        let folded = fold(text);
        assert_eq!(folded.text, "the army's report, said: no (it was) fine.");
        assert!(folded.jumps.is_empty());
    }

    /// `plain_run_end` byte by byte, as it ends a run.
    fn plain_run_end_bytewise(bytes: &[u8], at: usize, after_space: bool) -> usize {
        let mut space = after_space;
        let run = bytes[at..].iter().take_while(|&&byte| {
            let plain = (byte == b' ' && !space) || is_plain(byte);
            space = byte == b' ';
            plain
        });
        at + run.count()
    }

    #[test]
    fn runs_end_where_the_byte_loop_ends_them() {
        let text = "Said \"so\"  it's\tfine:\x01\x0b ok é. The end of it all, \r\nsaid.";
        let bytes = text.as_bytes();
        for at in 0..bytes.len() {
            for after_space in [false, true] {
                assert_eq!(
                    plain_run_end(bytes, at, after_space),
                    plain_run_end_bytewise(bytes, at, after_space),
                    "{at} {after_space}"
                );
            }
        }
    }

    proptest! {
        #[test]
        fn runs_end_as_byte_by_byte(
            bytes in proptest::collection::vec(
                prop_oneof![
                    Just(b' '), Just(b'a'), Just(b'Z'), Just(b'"'), Just(b'\''), Just(b'\n'),
                    Just(b'\t'), Just(b'\r'), Just(0x0b), Just(0x0c), Just(0x01), Just(0x1f),
                    Just(0x21), Just(0x7f), Just(0x80), Just(0xc3), Just(0xff), any::<u8>(),
                ],
                0..40,
            ),
            after_space in any::<bool>(),
        ) {
            for at in 0..=bytes.len() {
                prop_assert_eq!(
                    plain_run_end(&bytes, at, after_space),
                    plain_run_end_bytewise(&bytes, at, after_space)
                );
            }
        }

        #[test]
        fn offsets_map_back_onto_char_boundaries_and_cover_the_hit(
            pieces in proptest::collection::vec(
                prop_oneof![
                    Just("fake"), Just("News"), Just("é"), Just("Ü"), Just("🙂"), Just(" "),
                    Just("  "), Just("\n"), Just("\r\n"), Just("\t"), Just("\u{a0}"),
                    Just("\u{2003}"), Just("\u{3000}"), Just("\""), Just("“"), Just("”"),
                    Just("'"), Just("‘"), Just("’"), Just("«"), Just("»"), Just("."),
                    Just("-"), Just("—"), Just("_"), Just("9"), Just("s"),
                ],
                0..24,
            ),
        ) {
            check(&pieces.concat(), None)?;
        }
    }
}
