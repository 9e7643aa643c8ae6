//! Collects the proper names of an article, for the name-variant check.
//!
//! A name is a capitalised word of letters (with at least one lower-case
//! letter, so acronyms are left out) that does not open its sentence;
//! a possessive `'s` is dropped. Furniture is never read.

use std::collections::{BTreeMap, HashMap};

use crate::corpus::Source;
use crate::model::{
    Article, ArticleId, Citation, Finding, FindingKind, NameCount, Sentence, SentenceKind,
};
use crate::text::Columns;

/// The article's names, each with its count and first citation, sorted by name.
pub fn mentions(article: &Article) -> Vec<NameCount> {
    let mut seen: BTreeMap<&str, (Citation, u32)> = BTreeMap::new();
    let mut columns = Columns::new(&article.text);
    each_name(article, |name, sentence| {
        seen.entry(name)
            .and_modify(|(_, count)| *count += 1)
            .or_insert_with(|| (citation(sentence, &mut columns), 1));
    });
    seen.into_iter()
        .map(|(name, (citation, count))| NameCount {
            name: name.to_string(),
            count,
            citations: vec![citation],
        })
        .collect()
}

/// A name, its count, and its citations with their article index.
pub type Tallied = (String, u32, Vec<(usize, Citation)>);

/// Names tallied over many articles (one tally per thread, merged at the
/// end): per name its count and the first citation of each of the
/// `keep` earliest articles, by their index in the corpus.
#[derive(Debug, Default)]
pub struct Tally {
    /// By name; foldhash, as the name is hashed at every mention (the
    /// order never shows: `merge` sorts).
    names: HashMap<String, Entry, foldhash::fast::RandomState>,
}

#[derive(Debug)]
struct Entry {
    count: u32,
    /// The last article that added to it, so only its first mention cites.
    last: usize,
    /// (article index, first citation there), at most `keep`, any order.
    citations: Vec<(usize, Citation)>,
}

impl Tally {
    /// Adds the names of `article`, the corpus's article number `source_idx`,
    /// keeping at most `keep` citations per name. Articles may come in any
    /// order, but each only once.
    pub fn add(&mut self, article: &Article, source_idx: usize, keep: usize) {
        self.add_mapped(article, source_idx, keep, |at| at);
    }

    /// `add`, with citation byte offsets mapped by `file_offset` (from the
    /// decoded text into the file's bytes).
    pub fn add_mapped(
        &mut self,
        article: &Article,
        source_idx: usize,
        keep: usize,
        file_offset: impl Fn(usize) -> usize,
    ) {
        let mut columns = Columns::new(&article.text);
        each_name(article, |name, sentence| {
            let entry = match self.names.get_mut(name) {
                Some(entry) => entry,
                None => self.names.entry(name.to_string()).or_insert(Entry {
                    count: 0,
                    last: usize::MAX,
                    citations: Vec::new(),
                }),
            };
            entry.count += 1;
            if entry.last != source_idx {
                entry.last = source_idx;
                // Already `keep` earlier articles: this one's citation would
                // be sorted last and cut, so it is not made (its column
                // counted) at all.
                if entry.citations.len() >= keep
                    && entry
                        .citations
                        .iter()
                        .all(|(source, _)| *source < source_idx)
                {
                    return;
                }
                let mut cited = citation(sentence, &mut columns);
                cited.byte_start = file_offset(cited.byte_start);
                cited.byte_end = file_offset(cited.byte_end);
                entry.citations.push((source_idx, cited));
                if entry.citations.len() > keep {
                    entry.citations.sort_unstable_by_key(|(source, _)| *source);
                    entry.citations.truncate(keep);
                }
            }
        });
    }

    /// Merges per-thread tallies into names sorted by name, each with its
    /// citations sorted by article index (`doc` still unset).
    pub fn merge(tallies: Vec<Tally>, keep: usize) -> Vec<Tallied> {
        let mut merged: BTreeMap<String, (u32, Vec<(usize, Citation)>)> = BTreeMap::new();
        for tally in tallies {
            for (name, entry) in tally.names {
                let slot = merged.entry(name).or_default();
                slot.0 += entry.count;
                slot.1.extend(entry.citations);
            }
        }
        merged
            .into_iter()
            .map(|(name, (count, mut citations))| {
                citations.sort_unstable_by_key(|(source, _)| *source);
                citations.truncate(keep);
                (name, count, citations)
            })
            .collect()
    }
}

/// Gives the first mention of each side of every name-variant finding (the
/// spelling's first occurrence in document order: mentions come sorted by
/// citation) its sentence, read again from the article's file in `sources`
/// (indexed by document). The scan keeps only each mention's sentence span,
/// never its text, so each cited article is read once more here, after the
/// findings exist. A mention whose file no longer reads, or whose span no
/// longer holds a sentence with the name, keeps no quote.
pub fn quote_first_mentions(findings: &mut [Finding], sources: &[Source]) {
    let mut wanted: BTreeMap<ArticleId, Vec<(usize, usize)>> = BTreeMap::new();
    for (finding_idx, finding) in findings.iter().enumerate() {
        if finding.kind != FindingKind::NameVariant {
            continue;
        }
        for (side_idx, side) in finding.sides.iter().enumerate() {
            if let Some(first) = side.mentions.first() {
                wanted
                    .entry(first.citation.doc)
                    .or_default()
                    .push((finding_idx, side_idx));
            }
        }
    }
    for (doc, places) in wanted {
        let Some(loaded) = sources
            .get(doc.index())
            .and_then(|source| crate::corpus::read(source).ok())
        else {
            continue;
        };
        let Some(article) = loaded.article else {
            continue;
        };
        for (finding_idx, side_idx) in places {
            let Some(mention) = findings
                .get_mut(finding_idx)
                .and_then(|finding| finding.sides.get_mut(side_idx))
                .and_then(|side| side.mentions.first_mut())
            else {
                continue;
            };
            let start = loaded.offsets.text_offset(mention.citation.byte_start);
            let end = loaded.offsets.text_offset(mention.citation.byte_end);
            let is_sentence = article
                .sentences
                .iter()
                .any(|sentence| sentence.start == start && sentence.end == end);
            mention.quote = article
                .text
                .get(start..end)
                .filter(|quote| is_sentence && quote.contains(mention.name.as_str()))
                .map(str::to_string);
        }
    }
}

/// The citation of a whole sentence (`doc` unset), its column counted by
/// `columns` (names come in text order, so each line is counted once).
fn citation(sentence: &Sentence, columns: &mut Columns<'_>) -> Citation {
    Citation {
        doc: ArticleId(0),
        byte_start: sentence.start,
        byte_end: sentence.end,
        line: sentence.line,
        column: columns.of(sentence),
    }
}

/// Calls `found(name, sentence)` for every name of every non-furniture
/// sentence of `article`, in text order.
fn each_name<'a>(article: &'a Article, mut found: impl FnMut(&'a str, &'a Sentence)) {
    for sentence in &article.sentences {
        if sentence.kind == SentenceKind::Furniture {
            continue;
        }
        let Some(text) = article.text.get(sentence.start..sentence.end) else {
            continue;
        };
        let mut first = true;
        each_raw_word(text, |raw, capital| {
            // Once the opening word is passed, a word with no capital letter
            // holds no name: most words are not trimmed, split or checked.
            if !first && !capital {
                return;
            }
            emit(raw, &mut |word| {
                if std::mem::take(&mut first) {
                    return;
                }
                if is_name(word) {
                    found(word, sentence);
                }
            });
        });
    }
}

/// Calls `found` with each word of `text`: runs of letters and apostrophes,
/// quotes trimmed, a trailing possessive dropped, empty ones skipped. ASCII
/// is classified byte by byte; other characters are decoded.
#[cfg(test)]
fn each_word<'a>(text: &'a str, mut found: impl FnMut(&'a str)) {
    each_raw_word(text, |raw, _| emit(raw, &mut found));
}

/// Calls `found(raw, capital)` with each run of letters and apostrophes of
/// `text` (hyphens between letters joined), before `emit` trims and splits
/// it; `capital` is false when it is ASCII without an upper-case letter, so
/// no word `emit` makes of it can be a name.
fn each_raw_word<'a>(text: &'a str, mut found: impl FnMut(&'a str, bool)) {
    let bytes = text.as_bytes();
    let mut pos = 0;
    let mut start: Option<usize> = None;
    let mut capital = false;
    while pos < bytes.len() {
        // Runs that change nothing, skipped by class: lower-case ASCII
        // letters inside a word (they neither end it nor make it capital),
        // ASCII bytes outside one that open none (a hyphen joins only
        // inside a word).
        let skip = if start.is_some() { LOWER } else { OPENS_NONE };
        while bytes
            .get(pos)
            .is_some_and(|&byte| CLASSES[usize::from(byte)] == skip)
        {
            pos += 1;
        }
        let Some(&byte) = bytes.get(pos) else {
            break;
        };
        let (is_word, width) = if byte.is_ascii() {
            // A hyphen between two letters joins them: "Jean-Claude".
            let joins = byte == b'-'
                && start.is_some()
                && pos > 0
                && bytes[pos - 1].is_ascii_alphabetic()
                && bytes.get(pos + 1).is_some_and(u8::is_ascii_alphabetic);
            (byte.is_ascii_alphabetic() || byte == b'\'' || joins, 1)
        } else {
            let ch = text[pos..].chars().next().unwrap_or(' ');
            (ch.is_alphabetic() || ch == '\u{2019}', ch.len_utf8())
        };
        match (is_word, start) {
            (true, None) => {
                start = Some(pos);
                capital = byte.is_ascii_uppercase() || !byte.is_ascii();
            }
            (true, Some(_)) => capital |= byte.is_ascii_uppercase() || !byte.is_ascii(),
            (false, Some(from)) => {
                found(&text[from..pos], capital);
                start = None;
            }
            (false, None) => {}
        }
        pos += width;
    }
    if let Some(from) = start {
        found(&text[from..], capital);
    }
}

/// The class of a lower-case ASCII letter in `CLASSES`.
const LOWER: u8 = 1;
/// The class of an ASCII byte that opens no word: neither a letter nor an
/// apostrophe.
const OPENS_NONE: u8 = 2;

/// Per byte, its class for `each_raw_word`'s skips (0: any other byte).
static CLASSES: [u8; 256] = {
    let mut classes = [0; 256];
    let mut byte = 0;
    while byte < 128 {
        classes[byte] = match byte as u8 {
            b'a'..=b'z' => LOWER,
            b'A'..=b'Z' | b'\'' => 0,
            _ => OPENS_NONE,
        };
        byte += 1;
    }
    classes
};

/// Trims quotes and a possessive from a raw word and passes it on unless
/// empty. A hyphenated word whose parts all start with a capital is one name
/// ("Jean-Claude", "Rostov-on-Don" is not); any other passes on its parts
/// ("Russian-made" as "Russian" and "made", "al-Assad" as "al" and "Assad").
fn emit<'a>(raw: &'a str, found: &mut impl FnMut(&'a str)) {
    if raw.contains('-') {
        let whole = raw
            .split('-')
            .all(|part| part.starts_with(|ch: char| ch.is_uppercase()));
        if !whole {
            for part in raw.split('-') {
                emit(part, found);
            }
            return;
        }
    }
    let word = raw.trim_matches(|ch| ch == '\'' || ch == '\u{2019}');
    let word = word
        .strip_suffix("'s")
        .or_else(|| word.strip_suffix("\u{2019}s"))
        .unwrap_or(word);
    if !word.is_empty() {
        found(word);
    }
}

fn is_name(word: &str) -> bool {
    let mut chars = word.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    first.is_uppercase()
        && word.chars().count() >= 3
        && word.chars().all(|ch| ch.is_alphabetic() || ch == '-')
        && word.chars().any(char::is_lowercase)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Document;

    fn check(text: &str, expected: &[(&str, u32)]) {
        let article = Article {
            document: Document::default(),
            text: text.to_string(),
            sentences: vec![Sentence {
                start: 0,
                end: text.len(),
                line: 1,
                line_start: 0,
                kind: SentenceKind::Body,
                repeat_of: None,
            }],
            breaks: Vec::new(),
        };
        let found: Vec<(String, u32)> = mentions(&article)
            .into_iter()
            .map(|name| (name.name, name.count))
            .collect();
        let expected: Vec<(String, u32)> = expected
            .iter()
            .map(|(name, count)| (name.to_string(), *count))
            .collect();
        assert_eq!(found, expected, "text: {text}");
    }

    #[test]
    fn names_inside_a_sentence_are_collected() {
        check(
            "First, Koffman established the outline, as Mike Kofman discussed.",
            &[("Koffman", 1), ("Kofman", 1), ("Mike", 1)],
        );
        // A lower-case opening word is the one left out; words without a
        // capital, skipped unread, never are names; "al-Assad" has one.
        check(
            "in Moscow, Putin met al-Assad's envoy and Ivan’s son.",
            &[("Assad", 1), ("Ivan", 1), ("Moscow", 1), ("Putin", 1)],
        );
    }

    #[test]
    fn hyphenated_names_stay_whole() {
        check(
            "Then Jean-Claude Juncker met al-Assad beside Russian-made jets.",
            &[
                ("Assad", 1),
                ("Jean-Claude", 1),
                ("Juncker", 1),
                ("Russian", 1),
            ],
        );
    }

    #[test]
    fn possessives_and_acronyms() {
        check(
            "Then Vladimir Putin’s GLONASS met Putin's R&D.",
            &[("Putin", 2), ("Vladimir", 1)],
        );
    }

    /// The words as first defined, through `str::split` (a hyphen between
    /// two letters kept; a hyphenated word whose parts are not all capitalised
    /// split into them).
    fn reference_words(text: &str) -> Vec<&str> {
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        let joined: Vec<usize> = chars
            .windows(3)
            .filter(|w| {
                w[1].1 == '-' && w[0].1.is_ascii_alphabetic() && w[2].1.is_ascii_alphabetic()
            })
            .map(|w| w[1].0)
            .collect();
        let mut words: Vec<&str> = Vec::new();
        let mut from = None;
        for (at, ch) in text.char_indices().chain([(text.len(), ' ')]) {
            let word = ch.is_alphabetic() || ch == '\'' || ch == '\u{2019}' || joined.contains(&at);
            match (word, from) {
                (true, None) => from = Some(at),
                (false, Some(start)) => {
                    let raw: &str = &text[start..at];
                    let whole = !raw.contains('-')
                        || raw
                            .split('-')
                            .all(|part| part.starts_with(char::is_uppercase));
                    if whole {
                        words.push(raw);
                    } else {
                        words.extend(raw.split('-'));
                    }
                    from = None;
                }
                _ => {}
            }
        }
        words
            .into_iter()
            .map(|word| {
                let word = word.trim_matches(|ch| ch == '\'' || ch == '\u{2019}');
                word.strip_suffix("'s")
                    .or_else(|| word.strip_suffix("\u{2019}s"))
                    .unwrap_or(word)
            })
            .filter(|word| !word.is_empty())
            .collect()
    }

    #[test]
    fn the_byte_scan_splits_words_as_str_split_does() {
        for text in [
            "",
            "'' ’ Erdoğan’s İstanbul, O'Neill's ‘Zürich’ x2y ΣΊΣΥΦΟΣ—Kyiv's.",
            "rock'n'roll 'quoted' Putin’s’ ’s 's R&D Ünal\u{301}e",
            "Jean-Claude met al-Assad in Russian-made jets, -x- a--b Rostov-on-Don Nur-Sultan's",
        ] {
            let mut words = Vec::new();
            each_word(text, |word| words.push(word));
            assert_eq!(words, reference_words(text), "text: {text}");
        }
    }

    proptest::proptest! {
        #[test]
        fn raw_words_and_their_capitals_are_the_reference_ones(
            pieces in proptest::collection::vec(
                proptest::prop_oneof![
                    proptest::strategy::Just("abc"), proptest::strategy::Just("Kyiv"),
                    proptest::strategy::Just("x"), proptest::strategy::Just("Q"),
                    proptest::strategy::Just(" "), proptest::strategy::Just("-"),
                    proptest::strategy::Just("'"), proptest::strategy::Just("’"),
                    proptest::strategy::Just("'s"), proptest::strategy::Just("é"),
                    proptest::strategy::Just("Ü"), proptest::strategy::Just("—"),
                    proptest::strategy::Just("9"), proptest::strategy::Just(", "),
                    proptest::strategy::Just("\u{301}"),
                ],
                0..24,
            ),
        ) {
            let text = pieces.concat();
            let mut words = Vec::new();
            each_word(&text, |word| words.push(word));
            proptest::prop_assert_eq!(words, reference_words(&text));
            // A raw word is capital when it holds an upper-case ASCII
            // letter or a character that is not ASCII.
            let mut raws = Vec::new();
            each_raw_word(&text, |raw, capital| raws.push((raw, capital)));
            for (raw, capital) in raws {
                let expected = raw.bytes().any(|byte| byte.is_ascii_uppercase() || !byte.is_ascii());
                proptest::prop_assert_eq!(capital, expected, "{:?}", raw);
            }
        }
    }

    #[test]
    fn tallies_keep_the_earliest_articles_in_any_order() {
        let article = |text: &str| Article {
            document: Document::default(),
            text: text.to_string(),
            sentences: crate::text::segment(text),
            breaks: Vec::new(),
        };
        let texts = [
            "So Kofman said. Then Kofman left.",
            "Then Kofman came.",
            "And Putin spoke.",
            "Then Kofman and Putin met.",
        ];
        let mut forward = Tally::default();
        for (idx, text) in texts.iter().enumerate() {
            forward.add(&article(text), idx, 2);
        }
        let (mut odd, mut even) = (Tally::default(), Tally::default());
        for (idx, text) in texts.iter().enumerate().rev() {
            let tally = if idx % 2 == 1 { &mut odd } else { &mut even };
            tally.add(&article(text), idx, 2);
        }
        let summary = |tallies: Vec<Tally>| -> Vec<(String, u32, Vec<usize>)> {
            Tally::merge(tallies, 2)
                .into_iter()
                .map(|(name, count, citations)| {
                    (name, count, citations.iter().map(|(idx, _)| *idx).collect())
                })
                .collect()
        };
        let expected = vec![
            ("Kofman".to_string(), 4, vec![0, 1]),
            ("Putin".to_string(), 2, vec![2, 3]),
        ];
        assert_eq!(summary(vec![forward]), expected);
        assert_eq!(summary(vec![odd, even]), expected);
    }
}
