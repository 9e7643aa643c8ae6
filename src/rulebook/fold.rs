//! The text the automata search: an article ASCII-lowercased, with its quote
//! marks at word edges left out and every run of whitespace read as one
//! space, and the map from its offsets back to the article's.
//!
//! A phrase sees through scare quotes ("the \"so-called\" strike", "denied the
//! “fake” report", "‘Baseless’") and through double spaces, tabs and line
//! breaks inside it, as it sees through the case of ASCII letters. A quote
//! mark inside a word ("Russia's", "a\"b") is kept, and so is a single quote
//! after a word that no single quote opened before it on its line (the
//! apostrophe of "the Russians' claims"). Hits are mapped back to the
//! article's offsets, so every span a match reports is the text as written
//! (quotes inside it included).

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

/// Folds `text`: ASCII letters lowercased, quote marks at word edges left
/// out, each whitespace run one space (a run that only quote marks left
/// out separate counts as one).
pub(crate) fn fold(text: &str) -> Folded {
    let simple = text.bytes().all(|byte| {
        byte.is_ascii() && !matches!(byte, b'"' | b'\'') && !byte.is_ascii_whitespace()
            || byte == b' '
    }) && !text.contains("  ");
    if simple {
        return Folded {
            text: text.to_ascii_lowercase(),
            jumps: Vec::new(),
        };
    }
    let mut out = String::with_capacity(text.len());
    let mut jumps: Vec<(usize, usize)> = Vec::new();
    // The article offset the next byte written stands for unless a jump says
    // otherwise; whether the last byte written is a space (a run's); whether
    // a single quote opened a word on this line and is not closed yet.
    let mut expected = 0;
    let mut after_space = false;
    let mut open_single = false;
    let mut before: Option<char> = None;
    let mut chars = text.char_indices().peekable();
    while let Some((at, ch)) = chars.next() {
        let word_before = before.is_some_and(is_word);
        let word_after = chars.peek().is_some_and(|(_, next)| is_word(*next));
        before = Some(ch);
        let keep = if ch.is_whitespace() {
            if ch == '\n' {
                open_single = false;
            }
            !after_space
        } else if is_double_quote(ch) {
            word_before && word_after
        } else if is_single_quote(ch) {
            if !word_before && word_after {
                open_single = true;
                false
            } else if word_before && !word_after && open_single {
                open_single = false;
                false
            } else {
                true
            }
        } else {
            true
        };
        if !keep {
            continue;
        }
        if at != expected {
            jumps.push((at, out.len()));
        }
        if ch.is_whitespace() {
            // One space, standing for the character's first byte.
            out.push(' ');
            after_space = true;
            expected = at + 1;
        } else {
            out.push(ch.to_ascii_lowercase());
            after_space = false;
            expected = at + ch.len_utf8();
        }
    }
    Folded { text: out, jumps }
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

    /// The article offset just after the folded byte before `folded` (the
    /// end of a hit).
    pub(crate) fn end_in_text(&self, folded: usize) -> usize {
        match folded.checked_sub(1) {
            Some(last) => self.start_in_text(last) + 1,
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

    /// Folds `text` and checks the folded text, and that every folded byte
    /// maps back to the same byte of `text` (but for case and spaces).
    fn check(text: &str, expected: &str) {
        let folded = fold(text);
        assert_eq!(folded.text, expected, "text: {text:?}");
        for (at, byte) in folded.text.bytes().enumerate() {
            let back = folded.start_in_text(at);
            let original = text.as_bytes()[back];
            if byte == b' ' {
                assert!(
                    (original as char).is_whitespace() || original >= 0x80,
                    "{text:?}: folded {at} maps to {back}"
                );
            } else {
                assert_eq!(original.to_ascii_lowercase(), byte, "{text:?}: folded {at}");
            }
            assert_eq!(folded.in_folded(back), at, "{text:?}: article {back}");
        }
    }

    #[test]
    fn scare_quotes_and_whitespace_runs_fold() {
        check("The Army said", "the army said");
        check(
            "denied the \"so-called\" strike",
            "denied the so-called strike",
        );
        check("called it a “fake” report", "called it a fake report");
        check("reacts: ‘Baseless’ claims", "reacts: baseless claims");
        check(
            "a fake  report,\nofficials\t said",
            "a fake report, officials said",
        );
        check("a\u{a0}fake report", "a fake report");
        check("the \" fake \" report", "the fake report");
    }

    #[test]
    fn apostrophes_inside_and_after_words_stay() {
        check("Russia's claim", "russia's claim");
        check("the Russians' claims", "the russians' claims");
        check("didn’t say", "didn’t say");
        check("a\"b", "a\"b");
    }

    #[test]
    fn ranges_map_both_ways() {
        let text = "He said \"fake  news\" again.";
        let folded = fold(text);
        assert_eq!(folded.text, "he said fake news again.");
        let start = folded.text.find("fake news").unwrap();
        let end = start + "fake news".len();
        assert_eq!(
            &text[folded.start_in_text(start)..folded.end_in_text(end)],
            "fake  news"
        );
        // An article offset inside a run left out maps to the next byte kept.
        let quote = text.find('"').unwrap();
        assert_eq!(folded.in_folded(quote), start);
        assert_eq!(folded.range_in_folded(0..text.len()), 0..folded.text.len());
    }
}
