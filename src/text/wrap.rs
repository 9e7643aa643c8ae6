//! Finds the line breaks inside hard-wrapped paragraphs (wire copy broken at
//! about 70 columns), which read as spaces, not as the end of a sentence.
//!
//! A break is *soft* when a wrapping program made it: the line before it is
//! prose that does not end a sentence, and the first word of the line after
//! it would not have fit on it. The width is the longest line of the block
//! of non-blank lines around it, and only a width that text is wrapped at
//! counts (30 to 100 characters): a block with a longer line is paragraphs
//! written one per line. Every other break stays a hard one: around a
//! heading, a list item (its own wrapped, more indented continuation
//! excepted), page furniture, a separator, a pull quote, a quote block, a
//! table row, an HTML tag or comment, a line that is more indented than the
//! one before it (a new paragraph), and after the first line of the text
//! (its title).

use std::ops::Range;

use super::{furniture, heading_span, pull_quote_span, Line, Lines, BOM};

/// The narrowest and widest widths, in characters, that text is wrapped at.
const WRAP_WIDTHS: std::ops::RangeInclusive<usize> = 30..=100;

/// One line as the wrapping test sees it.
struct Shape {
    line: Line,
    /// Width in characters, without trailing whitespace.
    width: usize,
    /// Leading whitespace, in characters.
    indent: usize,
    /// Characters of the first word.
    first_word: usize,
    kind: Kind,
    /// The line ends a sentence (`.`, `!` or `?`, closing marks after it).
    ends_sentence: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Blank,
    /// Running text.
    Prose,
    /// A list item: `- `, `* `, `+ `, `• `, `1. `, `1) `.
    Item,
    /// Anything else: a break next to it is hard.
    Other,
}

/// The byte ranges of the soft line breaks of `text` (`\n` or `\r\n`), in
/// order. Front matter has none.
pub fn soft_breaks(text: &str) -> Vec<Range<usize>> {
    let front_end = super::front_matter_end(text);
    let shapes: Vec<Shape> = Lines::new(text)
        .filter(|line| front_end.is_none_or(|end| line.start > end))
        .map(|line| shape(text, line))
        .collect();
    let title = shapes.iter().position(|shape| shape.kind != Kind::Blank);
    let mut breaks = Vec::new();
    for block in shapes.split(|shape| shape.kind == Kind::Blank) {
        let width = block.iter().map(|shape| shape.width).max().unwrap_or(0);
        if !WRAP_WIDTHS.contains(&width) {
            continue;
        }
        for pair in block.windows(2) {
            let [before, after] = pair else {
                continue;
            };
            let first_of_text =
                title.is_some_and(|idx| shapes.get(idx).is_some_and(|t| t.line == before.line));
            // A lone `\r` (old Mac line ends) stays hard, so that a break
            // read as spaces is always put back as written (`\n` or `\r\n`).
            let lone_cr = text.get(before.line.end..after.line.start) == Some("\r");
            if !first_of_text && !lone_cr && is_soft(before, after, width) {
                breaks.push(before.line.end..after.line.start);
            }
        }
    }
    breaks
}

/// Whether the break between `before` and `after` (lines of one block whose
/// longest line is `width` characters) is soft.
fn is_soft(before: &Shape, after: &Shape, width: usize) -> bool {
    let continues = match (before.kind, after.kind) {
        (Kind::Prose, Kind::Prose) => after.indent <= before.indent,
        (Kind::Item, Kind::Prose) => after.indent > before.indent,
        _ => false,
    };
    continues && !before.ends_sentence && before.width + 1 + after.first_word > width
}

/// Measures and classifies one line.
fn shape(text: &str, line: Line) -> Shape {
    let content = text
        .get(line.start..line.end)
        .unwrap_or_default()
        .trim_start_matches(BOM)
        .trim_end();
    let trimmed = content.trim_start();
    let indent = content.len() - trimmed.len();
    let first_word = trimmed
        .split_whitespace()
        .next()
        .map_or(0, |word| word.chars().count());
    let core = trimmed.trim_end_matches(['"', '\'', '”', '’', ')', ']', '*', '_']);
    Shape {
        line,
        width: content.chars().count(),
        indent,
        first_word,
        kind: kind(content, trimmed),
        ends_sentence: core.ends_with(['.', '!', '?']),
    }
}

fn kind(content: &str, trimmed: &str) -> Kind {
    if trimmed.is_empty() {
        return Kind::Blank;
    }
    if is_item(trimmed) {
        return Kind::Item;
    }
    let other = furniture::is_separator(trimmed)
        || furniture::is_furniture_line(trimmed)
        || furniture::furniture_prefix(trimmed) > 0
        || heading_span(content).is_some()
        || pull_quote_span(content).is_some()
        || trimmed.starts_with(['>', '|', '<'])
        || trimmed.contains("<!--")
        || !trimmed.chars().any(char::is_alphanumeric);
    if other {
        Kind::Other
    } else {
        Kind::Prose
    }
}

/// Whether a trimmed line opens a list item.
fn is_item(trimmed: &str) -> bool {
    let mut chars = trimmed.chars();
    match chars.next() {
        Some('-' | '*' | '+' | '•' | '–' | '—') => {
            chars.next().is_some_and(char::is_whitespace)
        }
        Some(digit) if digit.is_ascii_digit() => {
            let digits = trimmed.bytes().take_while(u8::is_ascii_digit).count();
            let rest = &trimmed[digits..];
            digits <= 3
                && (rest.starts_with(". ") || rest.starts_with(") ") || rest.starts_with(".\t"))
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Renders each soft break as the text around it: `…before|after…`
    /// (ten bytes each side).
    fn check(text: &str, expected: &[&str]) {
        let got: Vec<String> = soft_breaks(text)
            .iter()
            .map(|range| {
                let from = text[..range.start]
                    .char_indices()
                    .rev()
                    .nth(9)
                    .map_or(0, |(at, _)| at);
                let to = text[range.end..]
                    .char_indices()
                    .nth(10)
                    .map_or(text.len(), |(at, _)| range.end + at);
                format!("{}|{}", &text[from..range.start], &text[range.end..to])
            })
            .collect();
        assert_eq!(got, expected, "text: {text:?}");
    }

    const WIRE: &str = "Title of the story\n\nKYIV, June 6 (Reuters) - Ukraine accused Russia on Tuesday of blowing\nup the Kakhovka dam in the south, and the Russian defence ministry\ndenied it.\n\nMoscow said the dam was shelled by Ukrainian forces overnight, and\nthe water rose.\n";

    #[test]
    fn wire_copy_paragraphs_join_their_lines() {
        check(
            WIRE,
            &[
                "of blowing|up the Kak",
                "e ministry|denied it.",
                "night, and|the water ",
            ],
        );
        check(
            &WIRE.replace('\n', "\r\n"),
            &[
                "of blowing|up the Kak",
                "e ministry|denied it.",
                "night, and|the water ",
            ],
        );
    }

    #[test]
    fn a_line_with_room_for_the_next_word_ends_there() {
        // "Drones" fits after "Key facts", so the break is the writer's.
        check(
            "Title\n\nKey facts\nDrones were sent to Russia from China in the spring, officials said\non Monday in Kyiv.\n",
            &["cials said|on Monday "],
        );
    }

    #[test]
    fn a_sentence_end_the_title_and_paragraphs_one_per_line_stay_hard() {
        check(
            "A title that is long enough to be wrapped at seventy columns of text\nand this line would otherwise continue it, for the test to show.\n",
            &[],
        );
        check(
            "Title\n\nRussia denied the report of the agency, the ministry said today.\nChina said nothing about the report of the agency on that day.\n",
            &[],
        );
        let long = "word ".repeat(30);
        check(&format!("Title\n\n{long}\n{long}\n"), &[]);
    }

    #[test]
    fn headings_items_furniture_and_indented_paragraphs_stay_hard() {
        check(
            "Title\n\n## A heading that runs on without any stop at its end at all\nThe first paragraph starts right under the heading and\n- a list item that is long enough that it was wrapped at the\n  width, continued here\n- another item\n   An indented new paragraph after the items, long enough\nShare\n",
            &["ped at the|  width, c"],
        );
        check(
            "Title\n\nThe text goes on and on about the report from Kyiv, until\n<!-- claimcheck: ignore-next-line -->\nthe next line is hidden from the check by the comment above.\n",
            &[],
        );
    }

    #[test]
    fn front_matter_has_no_soft_break() {
        check(
            "---\ntitle: A story that is long enough to wrap at some width, yes\nauthors: a person, another person, a third one, someone\n---\nTitle\n\nText that wraps at the width of about fifty characters\nlike this.\n",
            &["characters|like this."],
        );
    }
}
