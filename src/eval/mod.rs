//! Scores a check against a labels file: instance precision and recall, and
//! findings expected, missed and false, by kind.
//!
//! eval reads the check's JSON wire format, the very bytes `check --format json`
//! prints, so it scores what users see and does not depend on the internal types
//! of the stages before it. No earlier stage imports this module. Its decisions,
//! in order:
//! - the labels load (`labels`) and are checked against the rulebook and the
//!   articles, re-read and split into sentences as the matcher does;
//! - each fragment is found in its article's text, folded (`fold`), so a label
//!   never depends on how the engine splits sentences (a hard-wrapped line, a
//!   quote); it must occur once outside furniture and repeated pull quotes;
//! - an emitted instance is *on* a label when their documents are equal and
//!   the instance's byte span overlaps the fragment's;
//! - `score` judges instances and matches findings; `origins` checks that no
//!   corroboration or contradiction counts a copy twice or an unresolved
//!   generic head; `render` prints a table or JSON.

pub mod bank;
pub mod factuality;
pub mod labels;
mod origins;
mod render;
mod score;
pub mod speakers;

use std::collections::BTreeSet;
use std::path::PathBuf;

use anyhow::Context;

use crate::model::SentenceKind;
use labels::{Labels, Universe};
pub use origins::counts_unresolved_head;

/// The output formats of `claimcheck eval`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// A readable report, with unjudged instances as TOML to paste into the labels.
    Table,
    /// Versioned JSON for machines (documented on the types in `eval/score.rs`).
    Json,
}

/// One evaluation: the labels, the corpus they describe and the check's JSON.
#[derive(Debug, Clone, Copy)]
pub struct Job<'a> {
    /// The loaded labels file.
    pub labels: &'a Labels,
    /// The `--corpus` paths the check ran on, re-read to check fragments.
    pub corpus: &'a [PathBuf],
    /// The check's report in the JSON wire format (`report::json`), every finding kept.
    pub report_json: &'a [u8],
    /// How to print the result.
    pub format: Format,
}

/// The printed result and whether every figure met its threshold.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    /// The report, ending in a newline.
    pub output: String,
    /// False when a figure falls below its threshold in the labels file.
    pub passed: bool,
}

/// Checks the labels against the corpus and the rulebook, scores the report
/// and renders it. Fails with every labels problem (`labels.toml:LINE:COL: ...`).
pub fn run(job: &Job<'_>) -> anyhow::Result<Outcome> {
    let emitted: score::Emitted =
        serde_json::from_slice(job.report_json).context("reading the check's JSON report")?;
    let universe = universe(job.corpus, &emitted)?;
    let labels = job.labels.validate(&universe)?;
    let score = score::score(&labels, &emitted, &universe);
    let output = match job.format {
        Format::Table => render::table(&score),
        Format::Json => render::json(&score).context("rendering the eval report as JSON")?,
    };
    Ok(Outcome {
        output,
        passed: score.passed,
    })
}

/// Folds text for comparison: whitespace runs become one space (and the ends
/// are trimmed), curly quotes and apostrophes become straight ones
/// (‘ ’ ʼ → ', “ ” → "), and letters are lower-cased. Dashes stay as written.
pub fn fold(text: &str) -> String {
    Folded::new(text).text
}

/// Folded text with, for each of its bytes, the byte offset in the original
/// of the character it came from, so a fragment found in the folded text has
/// a span in the original.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Folded {
    /// The folded text (see `fold`).
    pub text: String,
    /// Per byte of `text`, then one past its end: offsets into the original.
    offsets: Vec<usize>,
}

impl Folded {
    /// Folds `original`, keeping where each folded byte came from.
    pub fn new(original: &str) -> Folded {
        let mut folded = Folded {
            text: String::with_capacity(original.len()),
            offsets: Vec::with_capacity(original.len() + 1),
        };
        let lead = original.len() - original.trim_start().len();
        let mut space: Option<usize> = None;
        for (at, c) in original.trim().char_indices() {
            let at = lead + at;
            if c.is_whitespace() {
                space.get_or_insert(at);
                continue;
            }
            if let Some(space_at) = space.take() {
                folded.push(space_at, ' ');
            }
            match c {
                '\u{2018}' | '\u{2019}' | '\u{02BC}' => folded.push(at, '\''),
                '\u{201C}' | '\u{201D}' => folded.push(at, '"'),
                _ => c.to_lowercase().for_each(|lower| folded.push(at, lower)),
            }
        }
        folded.offsets.push(original.trim_end().len());
        folded
    }

    fn push(&mut self, at: usize, c: char) {
        self.text.push(c);
        self.offsets.extend(std::iter::repeat_n(at, c.len_utf8()));
    }

    /// The spans in the original of every occurrence of `fragment` (folded),
    /// overlapping occurrences included.
    pub fn find_all(&self, fragment: &str) -> Vec<std::ops::Range<usize>> {
        if fragment.is_empty() {
            return Vec::new();
        }
        let mut spans = Vec::new();
        let mut from = 0;
        while let Some(found) = self.text.get(from..).and_then(|rest| rest.find(fragment)) {
            let start = from + found;
            let end = start + fragment.len();
            if let (Some(&first), Some(&last)) = (self.offsets.get(start), self.offsets.get(end)) {
                // `last` is where the character after the fragment starts;
                // the fragment ends at most there.
                spans.push(first..last.max(first + 1));
            }
            from = start
                + self
                    .text
                    .get(start..)
                    .and_then(|rest| rest.chars().next())
                    .map_or(1, char::len_utf8);
        }
        spans
    }
}

/// A speaker or an origin, for comparison: folded, with a leading "the " dropped.
pub fn normalize_name(name: &str) -> String {
    let folded = fold(name);
    match folded.strip_prefix("the ") {
        Some(rest) => rest.to_owned(),
        None => folded,
    }
}

/// The rule ids and finding kinds there are, and the sentences of every article.
fn universe(corpus_paths: &[PathBuf], emitted: &score::Emitted) -> anyhow::Result<Universe> {
    let kinds: BTreeSet<String> = <crate::model::FindingKind as clap::ValueEnum>::value_variants()
        .iter()
        .filter_map(clap::ValueEnum::to_possible_value)
        .map(|value| value.get_name().to_owned())
        .collect();
    let mut universe = Universe {
        rules: emitted.rules.iter().map(|rule| rule.id.clone()).collect(),
        kinds,
        ..Universe::default()
    };
    let corpus = crate::corpus::discover(corpus_paths)?;
    for source in &corpus.sources {
        // Warnings were printed by the check, which read the same files.
        let Some(article) = crate::corpus::read(source)?.article else {
            continue;
        };
        let excluded = article
            .sentences
            .iter()
            .filter(|sentence| {
                sentence.kind == SentenceKind::Furniture || sentence.repeat_of.is_some()
            })
            .map(|sentence| sentence.start..sentence.end)
            .collect();
        universe.texts.insert(
            article.document.id,
            labels::DocText {
                folded: Folded::new(&article.text),
                excluded,
                sentence_starts: article
                    .sentences
                    .iter()
                    .map(|sentence| sentence.start)
                    .collect(),
                text: article.text.clone(),
            },
        );
    }
    Ok(universe)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Holds `fold(text)` to `folded`, `normalize_name(text)` to `name`, and
    /// each fragment's spans found through `Folded` to the original text
    /// they cover.
    fn check(text: &str, folded: &str, name: &str, fragments: &[(&str, &[&str])]) {
        assert_eq!(fold(text), folded, "fold({text:?})");
        assert_eq!(normalize_name(text), name, "normalize_name({text:?})");
        let found = Folded::new(text);
        for (fragment, expected) in fragments {
            let got: Vec<&str> = found
                .find_all(fragment)
                .into_iter()
                .map(|span| &text[span])
                .collect();
            assert_eq!(&got, expected, "fragment {fragment:?} in {text:?}");
        }
    }

    #[test]
    fn folding_and_names() {
        let rows = [
            (
                "  Russia\u{2019}s \n\t \u{201C}NO\u{201D} ",
                "russia's \"no\"",
                "russia's \"no\"",
            ),
            (
                "it\u{02BC}s \u{2018}a\u{2019} 2014\u{2013}2018",
                "it's 'a' 2014\u{2013}2018",
                "it's 'a' 2014\u{2013}2018",
            ),
            ("", "", ""),
            ("The  Council", "the council", "council"),
            ("theodore", "theodore", "theodore"),
            (
                "China\u{2019}s foreign ministry",
                "china's foreign ministry",
                "china's foreign ministry",
            ),
        ];
        for (text, folded, name) in rows {
            check(text, folded, name, &[]);
        }
    }

    #[test]
    fn fragments_are_found_across_line_breaks_with_their_file_spans() {
        // A hard-wrapped wire story: the sentence spans two lines.
        let text = "Officials said the \u{201C}Buk\u{201D} was\nfired  from Pervomaisk.\nThe BUK was fired.";
        let folded = "officials said the \"buk\" was fired from pervomaisk. the buk was fired.";
        check(
            text,
            folded,
            folded,
            &[
                (
                    "\"buk\" was fired from",
                    &["\u{201C}Buk\u{201D} was\nfired  from"],
                ),
                ("buk was fired", &["BUK was fired"]),
                ("was fired", &["was\nfired", "was fired"]),
                ("nowhere", &[]),
            ],
        );
    }
}
