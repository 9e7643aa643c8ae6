//! Splits an article's text into sentences with byte spans, lines and columns,
//! and marks page furniture and repeated pull quotes.
//!
//! The text is read line by line (`\n`, `\r\n` and a lone `\r` each end a line,
//! as an editor shows them). A line is, in this order of tests:
//! - front matter (a YAML `---` or TOML `+++` block at the top): every line is furniture;
//! - blank: no sentence;
//! - a separator (`---`, `***`, `___`): furniture;
//! - a Markdown heading (`### Title`): one heading sentence, without the `#`s;
//! - a pull quote (`` ___`...`___ ``): one pull-quote sentence, without the marks;
//! - page furniture (see `furniture`): one furniture sentence;
//! - else body text, split into sentences (see `split`), where a furniture
//!   prefix glued to the text (a stock ticker, "Leave a Comment") becomes its
//!   own furniture sentence.
//!
//! A line break ends a sentence, except a *soft* one inside a hard-wrapped
//! paragraph (see `wrap`), which reads as a space: `read` replaces it with
//! spaces, byte for byte, so offsets stay those of the text as written, and
//! lines and columns are counted in the text as written. Spans never hold
//! leading or trailing whitespace, a UTF-8 byte order mark, or enclosing
//! emphasis marks (`_..._`). Columns count characters from 1 and do not count
//! a byte order mark.

pub mod clause;
pub mod estimate;
pub mod fnv;
pub mod frame;
mod furniture;
pub mod grammar;
mod repeat;
pub mod saying;
mod split;
pub mod stem;
mod wrap;

use std::ops::Range;

use memchr::memchr2;

use crate::model::{Sentence, SentenceKind};

pub(crate) use furniture::is_furniture_line;

/// The UTF-8 byte order mark.
pub const BOM: char = '\u{FEFF}';

/// Splits `text` into sentences, in order, with their kinds.
///
/// Spans are in bounds, on character boundaries, increasing and never overlap.
/// A sentence across a soft line break holds it (`read` blanks it).
pub fn segment(text: &str) -> Vec<Sentence> {
    let breaks = wrap::soft_breaks(text);
    if breaks.is_empty() {
        return segment_lines(text);
    }
    let mut reading = text.to_owned();
    blank(&mut reading, &breaks);
    let mut sentences = segment_lines(&reading);
    relocate(&reading, &breaks, &mut sentences);
    sentences
}

/// Splits `text` into sentences like `segment` and replaces each soft line
/// break (inside a hard-wrapped paragraph) with as many spaces, so that a
/// phrase across one reads as written on one line. Returns the sentences,
/// lines and columns those of the text as written, and the breaks replaced.
pub fn read(text: &mut String) -> (Vec<Sentence>, Vec<Range<usize>>) {
    let breaks = wrap::soft_breaks(text);
    blank(text, &breaks);
    let mut sentences = segment_lines(text);
    if !breaks.is_empty() {
        relocate(text, &breaks, &mut sentences);
    }
    (sentences, breaks)
}

/// Replaces the bytes of each of `breaks` (ASCII line breaks) with spaces.
fn blank(text: &mut String, breaks: &[Range<usize>]) {
    if breaks.is_empty() {
        return;
    }
    let mut bytes = std::mem::take(text).into_bytes();
    for range in breaks {
        if let Some(slot) = bytes.get_mut(range.clone()) {
            if slot.iter().all(|&b| b == b'\n' || b == b'\r') {
                slot.fill(b' ');
            }
        }
    }
    // ASCII bytes replaced by ASCII bytes: still UTF-8.
    *text = String::from_utf8(bytes)
        .unwrap_or_else(|err| String::from_utf8_lossy(err.as_bytes()).into_owned());
}

/// Sets the line (and the offset that line starts) of each of `sentences` (segmented from
/// `reading`, where `breaks` were blanked) to those of the text as written,
/// where each of `breaks` ends a line. One pass: sentences are in order.
fn relocate(reading: &str, breaks: &[Range<usize>], sentences: &mut [Sentence]) {
    let mut starts: Vec<usize> = LineIndex::new(reading).starts;
    starts.extend(breaks.iter().map(|range| range.end));
    starts.sort_unstable();
    let mut line_idx = 0;
    for sentence in sentences {
        while starts
            .get(line_idx + 1)
            .is_some_and(|&start| start <= sentence.start)
        {
            line_idx += 1;
        }
        sentence.line = line_idx as u32 + 1;
        sentence.line_start = starts.get(line_idx).copied().unwrap_or(0);
    }
}

/// `segment` without soft line breaks: every line break ends a sentence.
fn segment_lines(text: &str) -> Vec<Sentence> {
    let mut sentences = Vec::new();
    let front_end = front_matter_end(text).unwrap_or(0);
    for line in Lines::new(text) {
        let mut cursor = Cursor::new(text, line.start);
        let content = &text[line.start..line.end];
        if line.start < front_end {
            push_trimmed(
                &mut sentences,
                &mut cursor,
                line.start,
                line.end,
                line.number,
                SentenceKind::Furniture,
            );
            continue;
        }
        segment_line(
            &mut sentences,
            &mut cursor,
            content,
            line.start,
            line.number,
        );
    }
    repeat::mark(text, &mut sentences);
    sentences
}

/// The work pull-quote repeat detection does on `text` (words hashed and
/// compared), which tests hold linear in the article.
pub fn repeat_work(text: &str) -> u64 {
    let mut sentences = segment(text);
    repeat::mark(text, &mut sentences)
}

/// The 1-based column, in characters, of `sentence`'s start in `text` (a
/// byte order mark at the start of the text is not counted). Counted on
/// demand, from the start of its line: segmentation counts no columns, since
/// only the few sentences that are cited need one.
pub fn column(text: &str, sentence: &Sentence) -> u32 {
    Cursor::new(text, sentence.line_start).column(sentence.start)
}

/// Columns of many sentences of one text, asked for in text order: each
/// line's characters are counted once, resuming from the last sentence asked
/// (any order is still right, only slower).
pub struct Columns<'a> {
    text: &'a str,
    line_start: usize,
    cursor: Cursor<'a>,
}

impl<'a> Columns<'a> {
    /// Columns of sentences of `text`.
    pub fn new(text: &'a str) -> Columns<'a> {
        Columns {
            text,
            line_start: 0,
            cursor: Cursor::new(text, 0),
        }
    }

    /// The column of `sentence` (as `column` gives it).
    pub fn of(&mut self, sentence: &Sentence) -> u32 {
        if sentence.line_start != self.line_start || sentence.start < self.cursor.pos {
            self.line_start = sentence.line_start;
            self.cursor = Cursor::new(self.text, sentence.line_start);
        }
        self.cursor.column(sentence.start)
    }
}

/// The 1-based line and column (in characters) of byte `offset` in `text`.
///
/// An offset inside a character or past the end is moved back to the nearest
/// character boundary. A byte order mark at the start is not counted. This
/// indexes the whole text: to locate many offsets, build a `LineIndex` once.
pub fn line_col(text: &str, offset: usize) -> (u32, u32) {
    LineIndex::new(text).locate(text, offset)
}

/// Where each line of a text starts, for locating many offsets quickly.
#[derive(Debug, Clone, Default)]
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    /// Indexes the line starts of `text` (`\n`, `\r\n` and lone `\r` end lines).
    pub fn new(text: &str) -> LineIndex {
        let mut starts = vec![0];
        starts.extend(Lines::new(text).skip(1).map(|line| line.start));
        LineIndex { starts }
    }

    /// The 1-based line of byte `offset` (a line break is on the line it ends).
    pub fn line(&self, offset: usize) -> u32 {
        self.starts.partition_point(|&start| start <= offset).max(1) as u32
    }

    /// The 1-based line and column (in characters) of byte `offset` in `text`,
    /// which must be the text this index was built from.
    pub fn locate(&self, text: &str, offset: usize) -> (u32, u32) {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line_idx = self.starts.partition_point(|&start| start <= offset).max(1) - 1;
        let line_start = self.starts.get(line_idx).copied().unwrap_or(0);
        let mut cursor = Cursor::new(text, line_start);
        (line_idx as u32 + 1, cursor.column(offset))
    }
}

/// Byte `at` of `text` moved back to the nearest character boundary (`at`
/// itself when it is one; 0 at most).
pub fn floor_boundary(text: &str, mut at: usize) -> usize {
    while at > 0 && !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// Byte `at` of `text` moved forward to the nearest character boundary (`at`
/// itself when it is one; `text.len()` at most past the end).
pub fn ceil_boundary(text: &str, mut at: usize) -> usize {
    while at < text.len() && !text.is_char_boundary(at) {
        at += 1;
    }
    at
}

/// Whether `text` holds `word` (ASCII, in lower case) in any ASCII case.
/// A cheap test before a reading that looks for `word` among the tokens of
/// `text` lowercased (`str::to_lowercase`): a token lowercases to `word`
/// only where this finds it, since no character but an ASCII letter
/// lowercases to an ASCII letter other than "k" (the Kelvin sign does).
pub fn holds_ascii_word(text: &str, word: &str) -> bool {
    debug_assert!(word
        .bytes()
        .all(|byte| byte.is_ascii_lowercase() && byte != b'k'));
    let (hay, needle) = (text.as_bytes(), word.as_bytes());
    let Some((&first, rest)) = needle.split_first() else {
        return true;
    };
    memchr::memchr2_iter(first, first.to_ascii_uppercase(), hay).any(|at| {
        hay.get(at + 1..at + needle.len())
            .is_some_and(|tail| tail.eq_ignore_ascii_case(rest))
    })
}

/// The end of a Jekyll front-matter block: the byte offset just after its
/// closing `---` (or `...`) line, without the line break.
///
/// The block must open on the first line (after a byte order mark) with `---`
/// alone, and close with `---` or `...` alone on a later line.
pub fn front_matter_end(text: &str) -> Option<usize> {
    let mut lines = Lines::new(text);
    let first = lines.next()?;
    let opening = text[first.start..first.end]
        .trim_start_matches(BOM)
        .trim_end();
    let closings: &[&str] = match opening {
        "---" => &["---", "..."],
        "+++" => &["+++"],
        _ => return None,
    };
    lines
        .find(|line| closings.contains(&text[line.start..line.end].trim_end()))
        .map(|line| line.end)
}

/// One line of a text: its byte span without the line break, and its number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Line {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset of the line break (or the end of the text).
    pub end: usize,
    /// 1-based line number.
    pub number: u32,
}

/// The lines of a text; `\n`, `\r\n` and a lone `\r` each end a line.
#[derive(Debug, Clone)]
pub struct Lines<'a> {
    bytes: &'a [u8],
    pos: usize,
    number: u32,
    done: bool,
}

impl<'a> Lines<'a> {
    /// Iterates over the lines of `text`. An empty text has one empty line.
    pub fn new(text: &'a str) -> Lines<'a> {
        Lines {
            bytes: text.as_bytes(),
            pos: 0,
            number: 0,
            done: false,
        }
    }
}

impl Iterator for Lines<'_> {
    type Item = Line;

    fn next(&mut self) -> Option<Line> {
        if self.done {
            return None;
        }
        let start = self.pos;
        self.number += 1;
        let rest = self.bytes.get(start..).unwrap_or_default();
        let end = match memchr2(b'\n', b'\r', rest) {
            Some(idx) => {
                let end = start + idx;
                let crlf = self.bytes[end] == b'\r' && self.bytes.get(end + 1) == Some(&b'\n');
                self.pos = end + if crlf { 2 } else { 1 };
                end
            }
            None => {
                self.done = true;
                self.bytes.len()
            }
        };
        Some(Line {
            start,
            end,
            number: self.number,
        })
    }
}

#[cfg(test)]
thread_local! {
    /// How many bytes `Cursor::column` counted on this thread: a test bounds
    /// the work of an article's columns by it.
    pub static COLUMN_BYTES: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// Counts columns along one line, resuming from the last position asked.
struct Cursor<'a> {
    /// The text (a span is sliced from it, never decoded again).
    text: &'a str,
    bytes: &'a [u8],
    /// Where the line starts.
    line_start: usize,
    pos: usize,
    column: u32,
}

impl<'a> Cursor<'a> {
    fn new(text: &'a str, line_start: usize) -> Cursor<'a> {
        let bytes = text.as_bytes();
        let pos = if line_start == 0 && text.starts_with(BOM) {
            BOM.len_utf8()
        } else {
            line_start
        };
        Cursor {
            text,
            bytes,
            line_start,
            pos,
            column: 1,
        }
    }

    /// The column of `offset`, which must not be before the last one asked.
    fn column(&mut self, offset: usize) -> u32 {
        if offset > self.pos {
            let chunk = self.bytes.get(self.pos..offset).unwrap_or_default();
            #[cfg(test)]
            COLUMN_BYTES.with(|counted| counted.set(counted.get() + chunk.len()));
            let n_chars = chunk.iter().filter(|&&b| b & 0xC0 != 0x80).count();
            self.column += n_chars as u32;
            self.pos = offset;
        }
        self.column
    }
}

/// Segments one line (not front matter) starting at byte `base`.
fn segment_line(
    sentences: &mut Vec<Sentence>,
    cursor: &mut Cursor,
    content: &str,
    base: usize,
    line: u32,
) {
    let (content, base) = match content.strip_prefix(BOM) {
        Some(rest) => (rest, base + BOM.len_utf8()),
        None => (content, base),
    };
    let trimmed = content.trim();
    if trimmed.is_empty() {
        return;
    }
    let end = base + content.trim_end().len();
    if furniture::is_separator(trimmed) || furniture::is_furniture_line(trimmed) {
        push_trimmed(sentences, cursor, base, end, line, SentenceKind::Furniture);
        return;
    }
    let whole = heading_span(content)
        .map(|span| (span, SentenceKind::Heading))
        .or_else(|| pull_quote_span(content).map(|span| (span, SentenceKind::PullQuote)));
    if let Some(((start, stop), kind)) = whole {
        // A heading or pull quote is one sentence, but no longer than a
        // body sentence may be (see `split::MAX_SENTENCE_BYTES`).
        split::bounded(&content[start..stop], |lo, hi| {
            push_trimmed(
                sentences,
                cursor,
                base + start + lo,
                base + start + hi,
                line,
                kind,
            );
        });
        return;
    }
    let mut body_start = base;
    let lead = content.len() - content.trim_start().len();
    let prefix = furniture::furniture_prefix(&content[lead..]);
    if prefix > 0 {
        let stop = base + lead + prefix;
        push_trimmed(sentences, cursor, base, stop, line, SentenceKind::Furniture);
        body_start = stop;
    }
    let body = &content[body_start - base..];
    split::sentences(body, |start, stop| {
        push_body(
            sentences,
            cursor,
            body_start + start,
            body_start + stop,
            line,
        );
    });
}

/// Pushes one body sentence, splitting off leading HTML tags (`<excerpt/>`)
/// and marking comment-form sentences as furniture.
fn push_body(
    sentences: &mut Vec<Sentence>,
    cursor: &mut Cursor,
    start: usize,
    end: usize,
    line: u32,
) {
    let text = cursor.text.get(start..end).unwrap_or_default();
    let tags = furniture::leading_tags(text);
    if tags > 0 {
        push_trimmed(
            sentences,
            cursor,
            start,
            start + tags,
            line,
            SentenceKind::Furniture,
        );
    }
    let rest = &text[tags..];
    let kind = if furniture::is_furniture_sentence(rest.trim()) {
        SentenceKind::Furniture
    } else {
        SentenceKind::Body
    };
    let (lo, hi) = trim_emphasis(rest);
    push_trimmed(
        sentences,
        cursor,
        start + tags + lo,
        start + tags + hi,
        line,
        kind,
    );
}

/// Pushes `start..end` after trimming whitespace and a byte order mark.
fn push_trimmed(
    sentences: &mut Vec<Sentence>,
    cursor: &mut Cursor,
    start: usize,
    end: usize,
    line: u32,
    kind: SentenceKind,
) {
    let Some(text) = cursor.text.get(start..end) else {
        return;
    };
    let trimmed_start = text.trim_start_matches(|c: char| c.is_whitespace() || c == BOM);
    let lo = start + (text.len() - trimmed_start.len());
    let hi = lo + trimmed_start.trim_end().len();
    push_span(sentences, cursor, lo, hi, line, kind);
}

/// Pushes an already trimmed, non-empty span.
fn push_span(
    sentences: &mut Vec<Sentence>,
    cursor: &mut Cursor,
    start: usize,
    end: usize,
    line: u32,
    kind: SentenceKind,
) {
    if start >= end {
        return;
    }
    sentences.push(Sentence {
        start,
        end,
        line,
        line_start: cursor.line_start,
        kind,
        repeat_of: None,
    });
}

/// The span of a Markdown heading's text (`### Title ##` → `Title`).
fn heading_span(content: &str) -> Option<(usize, usize)> {
    let lead = content.len() - content.trim_start().len();
    let rest = &content[lead..];
    let hashes = rest.len() - rest.trim_start_matches('#').len();
    if hashes == 0 || hashes > 6 {
        return None;
    }
    let after = &rest[hashes..];
    if !after.starts_with([' ', '\t']) {
        return None;
    }
    let title = after.trim().trim_end_matches('#').trim_end();
    if title.is_empty() {
        return None;
    }
    let start = lead + hashes + (after.len() - after.trim_start().len());
    Some((start, start + title.len()))
}

/// The span of a pull quote's text: `` ___`text`___ `` or `___text___`.
fn pull_quote_span(content: &str) -> Option<(usize, usize)> {
    let trimmed = content.trim();
    let lead = content.len() - content.trim_start().len();
    let open = trimmed.len() - trimmed.trim_start_matches('_').len();
    let close = trimmed.len() - trimmed.trim_end_matches('_').len();
    if open == 0 || close == 0 || open + close >= trimmed.len() {
        return None;
    }
    let inner = &trimmed[open..trimmed.len() - close];
    let (inner, marks) = match inner.strip_prefix('`').and_then(|s| s.strip_suffix('`')) {
        Some(quoted) => (quoted, 1),
        None if open >= 3 && close >= 3 => (inner, 0),
        None => return None,
    };
    let text = inner.trim();
    if text.is_empty() {
        return None;
    }
    let start = lead + open + marks + (inner.len() - inner.trim_start().len());
    Some((start, start + text.len()))
}

/// Drops emphasis marks that enclose a whole sentence (`_text._` → `text.`).
fn trim_emphasis(text: &str) -> (usize, usize) {
    let lead_ws = text.len() - text.trim_start().len();
    let inner = text.trim();
    let open = inner.len() - inner.trim_start_matches(['_', '*']).len();
    let close = inner.len() - inner.trim_end_matches(['_', '*']).len();
    if open > 0
        && open == close
        && open + close < inner.len()
        && inner[..open] == inner[inner.len() - close..]
    {
        let core = &inner[open..inner.len() - close];
        if core.trim() == core {
            return (lead_ws + open, lead_ws + inner.len() - close);
        }
    }
    (lead_ws, lead_ws + inner.len())
}

/// Lower case, diacritics folded ("Erdoğan" → "erdogan"), curly apostrophes
/// straightened, a leading "the" and surrounding punctuation dropped, inner
/// whitespace collapsed.
pub fn name_key(name: &str) -> String {
    use unicode_normalization::{char::is_combining_mark, UnicodeNormalization};
    let trimmed = name.trim_matches(|ch: char| ch.is_whitespace() || ",.;:“”\"'‘’".contains(ch));
    // ASCII has nothing to decompose, no combining mark and no curly
    // apostrophe: it is only lowercased.
    let lower = if trimmed.is_ascii() {
        trimmed.to_ascii_lowercase()
    } else {
        trimmed
            .nfd()
            .filter(|ch| !is_combining_mark(*ch))
            .collect::<String>()
            .to_lowercase()
            .replace(['’', '‘'], "'")
    };
    let lower = lower.strip_prefix("the ").unwrap_or(&lower);
    lower.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A name folded past its spelling: `name_key`, hyphens as spaces, then in
/// each word a Slavic "-skiy"/"-skyi"/"-skii" ending as "-sky", a final
/// "-iy"/"-ii" as "-y" ("Dmitriy", "Andrii"), doubled letters single
/// ("Zelenskyy", "Koffman"), a final "-i" of a word of six letters or more
/// as "-y" ("Sergei", "Dmitri"; not "Sunni") and
/// a "y" between vowels dropped ("Dostoyevsky"). Two
/// spellings with one fold are one name transliterated two ways: "Zürich" /
/// "Zurich", "Dostoevsky" / "Dostoyevsky", "Zelensky" / "Zelenskyy" /
/// "Zelenskiy".
pub fn name_fold(name: &str) -> String {
    let key = name_key(name).replace('-', " ");
    key.split_whitespace()
        .map(fold_word)
        .collect::<Vec<_>>()
        .join(" ")
}

/// One word of `name_fold`.
fn fold_word(word: &str) -> String {
    // Endings first, so a doubled "ii" is still seen ("Andrii").
    let word = ["skiy", "skyi", "skii"]
        .iter()
        .find_map(|ending| word.strip_suffix(ending))
        .map(|stem| format!("{stem}sky"))
        .or_else(|| {
            ["iy", "ii"]
                .iter()
                .find_map(|ending| word.strip_suffix(ending))
                .filter(|stem| stem.chars().count() > 2)
                .map(|stem| format!("{stem}y"))
        })
        .unwrap_or_else(|| word.to_string());
    let mut single = String::with_capacity(word.len());
    for ch in word.chars() {
        if !single.ends_with(ch) {
            single.push(ch);
        }
    }
    // A final "i" is the "y" of another transliteration ("Sergei" /
    // "Sergey", "Dmitri" / "Dmitry", "Vitali" / "Vitalii") in a word of six
    // letters or more; in a shorter one it is an English spelling of its
    // own ("Sunni" / "Sunny", "Kerri" / "Kerry").
    if single.chars().count() >= 6 {
        if let Some(stem) = single.strip_suffix('i') {
            single = format!("{stem}y");
        }
    }
    let vowel = |ch: Option<char>| ch.is_some_and(|ch| "aeiou".contains(ch));
    let chars: Vec<char> = single.chars().collect();
    chars
        .iter()
        .enumerate()
        .filter(|(at, ch)| {
            let between =
                *at > 0 && vowel(chars.get(at - 1).copied()) && vowel(chars.get(at + 1).copied());
            !(**ch == 'y' && between)
        })
        .map(|(_, ch)| *ch)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn transliterations_fold_to_one_name() {
        let check = |a: &str, b: &str, same: bool| {
            assert_eq!(
                name_fold(a) == name_fold(b),
                same,
                "{a} / {b}: {} / {}",
                name_fold(a),
                name_fold(b)
            );
        };
        check("Zürich", "Zurich", true);
        check("Dostoevsky", "Dostoyevsky", true);
        check("Zelensky", "Zelenskyy", true);
        check("Zelensky", "Zelenskiy", true);
        check("Volodymyr Zelenskyy", "Volodymyr Zelensky", true);
        check("Dmitriy Peskov", "Dmitry Peskov", true);
        check("Andrii Yermak", "Andriy Yermak", true);
        check("Sergei Dubinsky", "Sergey Dubinsky", true);
        check("Vitalii Klitschko", "Vitali Klitschko", true);
        check("Dmitri", "Dmitry", true);
        check("Recep Tayyip Erdoğan", "Recep Tayyip Erdogan", true);
        check("Jean-Claude Juncker", "Jean Claude Juncker", true);
        check("Sunni", "Sunny", false);
        check("Kerry", "Kerri", false);
        check("Russia", "Russian", false);
        check("Minister", "Ministry", false);
        check("Kherson", "Kharkiv", false);
    }

    #[test]
    fn name_keys_fold_case_marks_quotes_and_the() {
        let check = |name: &str, expected: &str| {
            assert_eq!(name_key(name), expected, "{name:?}");
        };
        check("  The Kremlin, ", "kremlin");
        check("\"U.S.  State Department\"", "u.s. state department");
        check("Erdoğan", "erdogan");
        check("“Zürich’s Police”", "zurich's police");
        check("the  ", "the");
        check("", "");
    }

    #[test]
    fn ascii_words_are_found_in_any_case() {
        let check = |text: &str, word: &str, expected: bool| {
            assert_eq!(holds_ascii_word(text, word), expected, "{text:?} {word:?}");
        };
        check("Twelve are FEARED dead", "feared", true);
        check("Feared", "feared", true);
        check("they fear it", "feared", false);
        check("fearE", "feared", false);
        check("", "feared", false);
        check("a possible cause", "possible", true);
        check("Érdoğan's pOtential", "potential", true);
    }

    /// Segments `text` and compares (quote, line, column, kind) of every sentence.
    fn check(text: &str, expected: &[(&str, u32, u32, SentenceKind)]) {
        let sentences = segment(text);
        let got: Vec<(&str, u32, u32, SentenceKind)> = sentences
            .iter()
            .map(|s| (&text[s.start..s.end], s.line, column(text, s), s.kind))
            .collect();
        assert_eq!(got, expected, "text: {text:?}");
        let mut columns = Columns::new(text);
        for sentence in &sentences {
            assert_eq!(columns.of(sentence), column(text, sentence));
            assert_eq!(
                line_col(text, sentence.start),
                (sentence.line, column(text, sentence)),
                "line_col of {sentence:?}"
            );
        }
    }

    use SentenceKind::{Body, Furniture, Heading, PullQuote};

    #[test]
    fn a_heading_longer_than_a_sentence_may_be_is_read_in_pieces() {
        // 1,200 words of 4 bytes in a heading: pieces cut at a space, each
        // at most `split::MAX_SENTENCE_BYTES`, all headings on line 1.
        let words = "Dam ".repeat(1200);
        let text = format!("# {}\n", words.trim_end());
        let cut = 2 + 4 * (split::MAX_SENTENCE_BYTES / 4) - 1;
        let first = &text[2..cut];
        let second = &text[cut + 1..text.len() - 1];
        check(
            &text,
            &[(first, 1, 3, Heading), (second, 1, cut as u32 + 2, Heading)],
        );
    }

    #[test]
    fn a_hard_wrapped_paragraph_reads_across_its_line_breaks() {
        let text = "Title\n\nKYIV, June 6 (Reuters) - Ukraine accused Russia on Tuesday of\nblowing up the dam. Russia’s defence ministry denied it and\nsaid Ukrainian forces shelled it.\n\n## A heading that is not joined to the line after it\nThe ministry said\n";
        check(
            text,
            &[
                ("Title", 1, 1, Body),
                (
                    "KYIV, June 6 (Reuters) - Ukraine accused Russia on Tuesday of\nblowing up the dam.",
                    3,
                    1,
                    Body,
                ),
                (
                    "Russia’s defence ministry denied it and\nsaid Ukrainian forces shelled it.",
                    4,
                    21,
                    Body,
                ),
                ("A heading that is not joined to the line after it", 7, 4, Heading),
                ("The ministry said", 8, 1, Body),
            ],
        );
        let mut reading = text.replace('\n', "\r\n");
        let (sentences, breaks) = read(&mut reading);
        assert_eq!(breaks, [70..72, 133..135]);
        assert_eq!(
            &reading[sentences[2].start..sentences[2].end],
            "Russia’s defence ministry denied it and  said Ukrainian forces shelled it."
        );
        assert_eq!(
            (sentences[2].line, column(&reading, &sentences[2])),
            (4, 21)
        );
    }

    #[test]
    fn empty_and_blank_texts_have_no_sentences() {
        check("", &[]);
        check("  \n\t\r\n  \r ", &[]);
        check("\u{FEFF}", &[]);
    }

    #[test]
    fn sentence_without_final_period_is_kept() {
        check(
            "Pei Lin Wu in Taipei, Taiwan contributed to this report",
            &[(
                "Pei Lin Wu in Taipei, Taiwan contributed to this report",
                1,
                1,
                Body,
            )],
        );
    }

    #[test]
    fn abbreviations_do_not_end_sentences() {
        check(
            "He emphasized the importance of the U.S. regaining leadership positions. Finally, Edmonds conducted Russia-China space cooperation.",
            &[
                ("He emphasized the importance of the U.S. regaining leadership positions.", 1, 1, Body),
                ("Finally, Edmonds conducted Russia-China space cooperation.", 1, 74, Body),
            ],
        );
        check(
            "“It would be a big deal,” said M. Taylor Fravel, an expert at MIT. Dr. Smith met Mr. Jones, e.g. in St. Petersburg, i.e. Russia.",
            &[
                ("“It would be a big deal,” said M. Taylor Fravel, an expert at MIT.", 1, 1, Body),
                ("Dr. Smith met Mr. Jones, e.g. in St. Petersburg, i.e. Russia.", 1, 68, Body),
            ],
        );
        check(
            "Whether or not China becomes directly involved in Russian President Vladimir Putin’s invasion of Ukraine, it matters. See No. 5 on the list.",
            &[
                ("Whether or not China becomes directly involved in Russian President Vladimir Putin’s invasion of Ukraine, it matters.", 1, 1, Body),
                ("See No. 5 on the list.", 1, 119, Body),
            ],
        );
    }

    #[test]
    fn dotted_abbreviation_ends_a_sentence_before_a_starter() {
        check(
            "Troops left the U.S. The war went on.",
            &[
                ("Troops left the U.S.", 1, 1, Body),
                ("The war went on.", 1, 22, Body),
            ],
        );
    }

    #[test]
    fn decimals_do_not_end_sentences() {
        check(
            "Huawei and MTS implemented a pilot 5G network reaching data transfer speeds of 5.6 Gbps – a record. It rose to 38.02.",
            &[
                ("Huawei and MTS implemented a pilot 5G network reaching data transfer speeds of 5.6 Gbps – a record.", 1, 1, Body),
                ("It rose to 38.02.", 1, 101, Body),
            ],
        );
    }

    #[test]
    fn sentence_ends_after_a_closing_quote() {
        check(
            "Putin termed the feud as “first technological war of the coming digital age.” Huawei, thus, intends not to rely on the US.",
            &[
                ("Putin termed the feud as “first technological war of the coming digital age.”", 1, 1, Body),
                ("Huawei, thus, intends not to rely on the US.", 1, 79, Body),
            ],
        );
        check(
            "He said \"no.\" Then he left! Why? Nobody knows.",
            &[
                ("He said \"no.\"", 1, 1, Body),
                ("Then he left!", 1, 15, Body),
                ("Why?", 1, 29, Body),
                ("Nobody knows.", 1, 34, Body),
            ],
        );
    }

    #[test]
    fn newline_ends_a_sentence_and_lowercase_continues_one() {
        check(
            "Introduction to the Collaboration\nRecent reports have unveiled a collaboration. a senior executive. analyst at CNA",
            &[
                ("Introduction to the Collaboration", 1, 1, Body),
                ("Recent reports have unveiled a collaboration. a senior executive. analyst at CNA", 2, 1, Body),
            ],
        );
    }

    #[test]
    fn headings_emphasis_and_tags() {
        check(
            "### Reaching Out: Improving Connectivity with 5G\n\n_Ever since Russia invaded Ukraine in February 2022, China has kept the world in suspense._ <excerpt/> _While China remains hesitant._",
            &[
                ("Reaching Out: Improving Connectivity with 5G", 1, 5, Heading),
                ("Ever since Russia invaded Ukraine in February 2022, China has kept the world in suspense.", 3, 2, Body),
                ("<excerpt/>", 3, 93, Furniture),
                ("While China remains hesitant.", 3, 105, Body),
            ],
        );
        check(
            "__Roman Kolodii__ is an expert in international security.",
            &[(
                "__Roman Kolodii__ is an expert in international security.",
                1,
                1,
                Body,
            )],
        );
    }

    #[test]
    fn pull_quotes_are_marked_and_repeats_linked() {
        let text = "The war rages on.\n\n___`Ukraine and its Western partners should prepare for the potential expansion of Russo-Chinese technological collaboration on the battlefield`___\n\nConcurrently, Ukraine should prepare for the potential expansion of Russo-Chinese technological collaboration on the battlefield – and so should the West.";
        check(
            text,
            &[
                ("The war rages on.", 1, 1, Body),
                ("Ukraine and its Western partners should prepare for the potential expansion of Russo-Chinese technological collaboration on the battlefield", 3, 5, PullQuote),
                ("Concurrently, Ukraine should prepare for the potential expansion of Russo-Chinese technological collaboration on the battlefield – and so should the West.", 5, 1, Body),
            ],
        );
        let sentences = segment(text);
        assert_eq!(sentences[1].repeat_of, Some(2));
        assert_eq!(sentences[0].repeat_of, None);
    }

    #[test]
    fn front_matter_and_separators_are_furniture() {
        check(
            "---\nlayout: post\ntitle : Hi-Tech, High Risk?\n---\n\nText here.\n\n---\n",
            &[
                ("---", 1, 1, Furniture),
                ("layout: post", 2, 1, Furniture),
                ("title : Hi-Tech, High Risk?", 3, 1, Furniture),
                ("---", 4, 1, Furniture),
                ("Text here.", 6, 1, Body),
                ("---", 8, 1, Furniture),
            ],
        );
    }

    #[test]
    fn seed_furniture_lines() {
        check(
            "AGL38.02▲ 0.08 (0.00%)AIRLINK197.36▲ 3.45 (0.02%)DFML35.74▼ -0.72 (-0.02%)\n\nChinese and Russian technological ties\n\nShare\nTweet\nWhatsApp\nShare on Linkedin\n[tta_listen_btn]\n\nDost Muhammad Barrech",
            &[
                ("AGL38.02▲ 0.08 (0.00%)AIRLINK197.36▲ 3.45 (0.02%)DFML35.74▼ -0.72 (-0.02%)", 1, 1, Furniture),
                ("Chinese and Russian technological ties", 3, 1, Body),
                ("Share", 5, 1, Furniture),
                ("Tweet", 6, 1, Furniture),
                ("WhatsApp", 7, 1, Furniture),
                ("Share on Linkedin", 8, 1, Furniture),
                ("[tta_listen_btn]", 9, 1, Furniture),
                ("Dost Muhammad Barrech", 11, 1, Body),
            ],
        );
        check(
            "Picture: Chinese Military (Photo by Li Sanhong)\n\nLeave a Reply\n\nRelated Posts\n\nGet Alerts",
            &[
                ("Picture: Chinese Military (Photo by Li Sanhong)", 1, 1, Furniture),
                ("Leave a Reply", 3, 1, Furniture),
                ("Related Posts", 5, 1, Furniture),
                ("Get Alerts", 7, 1, Furniture),
            ],
        );
    }

    #[test]
    fn furniture_glued_to_text_is_split_off() {
        check(
            "Leave a CommentThe war went on.",
            &[
                ("Leave a Comment", 1, 1, Furniture),
                ("The war went on.", 1, 16, Body),
            ],
        );
        check(
            "AGL38.02▲ 0.08 (0.00%)BOP9.54▲ 0.22 (0.02%)Your email address will not be published. Required fields are marked *",
            &[
                ("AGL38.02▲ 0.08 (0.00%)BOP9.54▲ 0.22 (0.02%)", 1, 1, Furniture),
                ("Your email address will not be published.", 1, 44, Furniture),
                ("Required fields are marked *", 1, 86, Furniture),
            ],
        );
    }

    #[test]
    fn crlf_lone_cr_and_bom_positions() {
        check(
            "\u{FEFF}First line.\r\nSecond – “line”. Third.\rFourth",
            &[
                ("First line.", 1, 1, Body),
                ("Second – “line”.", 2, 1, Body),
                ("Third.", 2, 18, Body),
                ("Fourth", 3, 1, Body),
            ],
        );
        check("\u{FEFF}# Title\r\n", &[("Title", 1, 3, Heading)]);
    }

    #[test]
    fn line_col_of_arbitrary_offsets() {
        let text = "\u{FEFF}ab\r\nc’d\re";
        assert_eq!(line_col(text, 0), (1, 1));
        assert_eq!(line_col(text, 3), (1, 1));
        assert_eq!(line_col(text, 4), (1, 2));
        assert_eq!(line_col(text, 7), (2, 1));
        assert_eq!(line_col(text, 9), (2, 2));
        assert_eq!(line_col(text, 11), (2, 3));
        assert_eq!(line_col(text, 12), (2, 4));
        assert_eq!(line_col(text, 13), (3, 1));
        assert_eq!(line_col(text, 99), (3, 2));
    }

    #[test]
    fn seeds_segment_sanely() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
        let text = std::fs::read_to_string(dir.join("000_a3fc1f49633f88ae.txt"))
            .expect("seed 000 is in the repository");
        let sentences = segment(&text);
        let quotes: Vec<&Sentence> = sentences.iter().filter(|s| s.kind == PullQuote).collect();
        assert_eq!(quotes.len(), 2);
        for quote in quotes {
            let body = quote
                .repeat_of
                .expect("both pull quotes of seed 000 repeat the body");
            let body = &sentences[body as usize];
            assert_eq!(body.kind, Body);
            assert!(
                text[body.start..body.end].contains("future-oriented")
                    || text[body.start..body.end].contains("Concurrently, Ukraine should prepare")
            );
        }
        let n_front = sentences.iter().filter(|s| s.line <= 10).count();
        assert!(sentences
            .iter()
            .filter(|s| s.line <= 10)
            .all(|s| s.kind == Furniture));
        assert_eq!(n_front, 10);
    }

    mod props {
        use super::super::*;
        use proptest::prelude::*;

        /// A naive line and column: count breaks and characters before `offset`.
        fn naive(text: &str, offset: usize) -> (u32, u32) {
            let mut line = 1;
            let mut column = 1;
            for (idx, c) in text[..offset].char_indices() {
                match c {
                    '\r' if text.as_bytes().get(idx + 1) == Some(&b'\n') => column += 1,
                    '\r' | '\n' => {
                        line += 1;
                        column = 1;
                    }
                    BOM if idx == 0 => {}
                    _ => column += 1,
                }
            }
            (line, column)
        }

        fn check_spans(text: &str) -> Result<(), TestCaseError> {
            let sentences = segment(text);
            let mut reading = text.to_owned();
            let (read, breaks) = read(&mut reading);
            prop_assert_eq!(&read, &sentences);
            prop_assert_eq!(reading.len(), text.len());
            for range in &breaks {
                prop_assert!(matches!(&text[range.clone()], "\n" | "\r\n"));
                prop_assert!(reading[range.clone()].bytes().all(|b| b == b' '));
            }
            let mut last_end = 0;
            for sentence in &sentences {
                prop_assert!(sentence.start < sentence.end);
                prop_assert!(sentence.end <= text.len());
                prop_assert!(sentence.start >= last_end);
                prop_assert!(text.is_char_boundary(sentence.start));
                prop_assert!(text.is_char_boundary(sentence.end));
                // Read with its soft line breaks as spaces, a sentence holds none.
                let quote = &reading[sentence.start..sentence.end];
                prop_assert_eq!(quote.trim(), quote);
                prop_assert!(!quote.contains(['\n', '\r']));
                prop_assert_eq!(
                    naive(text, sentence.start),
                    (sentence.line, column(text, sentence))
                );
                prop_assert_eq!(
                    line_col(text, sentence.start),
                    (sentence.line, column(text, sentence))
                );
                if let Some(idx) = sentence.repeat_of {
                    prop_assert_eq!(sentences[idx as usize].kind, SentenceKind::Body);
                }
                last_end = sentence.end;
            }
            Ok(())
        }

        proptest! {
            #[test]
            fn spans_are_valid_on_article_like_text(
                text in "(?s)[a-zA-Z .!?\"“”’_#`*\r\n\t\u{FEFF}é5—–<>\\[\\]▲()%-]{0,160}"
            ) {
                check_spans(&text)?;
            }

            #[test]
            fn spans_are_valid_on_any_text(text in any::<String>()) {
                check_spans(&text)?;
            }

            #[test]
            fn line_col_matches_a_naive_count(text in "(?s)[ab\r\n\u{FEFF}é]{0,40}", offset in 0usize..50) {
                let mut offset = offset.min(text.len());
                while !text.is_char_boundary(offset) {
                    offset -= 1;
                }
                prop_assert_eq!(line_col(&text, offset), naive(&text, offset));
            }
        }
    }
}
