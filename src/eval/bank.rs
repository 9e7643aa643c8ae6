//! What every label bank shares (the speaker bank `tests/speakers/`, the
//! factuality bank `tests/factuality/`): its files, its verbatim passages read
//! as articles, its labelled fragments found in them, and its errors.
//!
//! A bank is a file, or a directory of story files (`*.toml`) whose
//! `bank.toml` holds the thresholds. Every problem names `file:line:col`:
//! bad TOML or an unknown field (`deny_unknown_fields`), a passage id used
//! twice in the bank, a sentence naming no passage of its file, a `text`
//! that does not occur exactly once in its passage, a `claim` that does not
//! occur exactly once in its `text` (compared folded, `eval::fold`), a
//! threshold outside 0..=1.

use std::collections::BTreeMap;
use std::ops::Range;
use std::path::{Path, PathBuf};

use anyhow::Context;
use serde::de::DeserializeOwned;
use serde::Deserialize;
use toml::Spanned;

use super::Folded;
use crate::model::{Article, Document};
use crate::text::LineIndex;

/// The file of a bank directory that holds the bank's thresholds.
pub const THRESHOLDS_FILE: &str = "bank.toml";

/// The story files of the bank at `path` in path order, and its thresholds
/// file if it has one (a single file has none).
pub fn files(path: &Path) -> anyhow::Result<(Vec<PathBuf>, Option<PathBuf>)> {
    if !path.is_dir() {
        return Ok((vec![path.to_path_buf()], None));
    }
    let mut files = Vec::new();
    let mut thresholds = None;
    let entries =
        std::fs::read_dir(path).with_context(|| format!("reading the bank {}", path.display()))?;
    for entry in entries {
        let entry = entry.with_context(|| format!("reading the bank {}", path.display()))?;
        let file = entry.path();
        if file.extension().is_none_or(|ext| ext != "toml") {
            continue;
        }
        if file.file_name().is_some_and(|name| name == THRESHOLDS_FILE) {
            thresholds = Some(file);
        } else {
            files.push(file);
        }
    }
    files.sort();
    Ok((files, thresholds))
}

/// One bank file's text, to parse and to name positions in.
pub struct Source {
    path: PathBuf,
    text: String,
    index: LineIndex,
}

impl Source {
    /// Reads the bank file at `path`; `what` names it in the error.
    pub fn read(path: &Path, what: &str) -> anyhow::Result<Source> {
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("reading {what} {}", path.display()))?;
        Ok(Source {
            path: path.to_path_buf(),
            index: LineIndex::new(&text),
            text,
        })
    }

    /// The file's TOML as `T`, or its first problem as `file:line:col: message`.
    pub fn parse<T: DeserializeOwned>(&self) -> anyhow::Result<T> {
        toml::from_str(&self.text).map_err(|err| {
            anyhow::anyhow!(
                "{}: {}",
                self.at(err.span().map_or(0, |span| span.start)),
                err.message().trim()
            )
        })
    }

    /// `file:line:col` of byte `offset` of the file.
    pub fn at(&self, offset: usize) -> String {
        let (line, column) = self.locate(offset);
        format!("{}:{line}:{column}", self.path.display())
    }

    /// The 1-based line and column of byte `offset` of the file.
    pub fn locate(&self, offset: usize) -> (u32, u32) {
        self.index.locate(&self.text, offset)
    }

    /// The file as named on the command line.
    pub fn name(&self) -> String {
        self.path.display().to_string()
    }

    /// The fraction a threshold `name` gives, checked to lie in 0..=1.
    pub fn fraction(&self, name: &str, value: &Spanned<f64>) -> anyhow::Result<f64> {
        let min = *value.get_ref();
        if !(0.0..=1.0).contains(&min) {
            anyhow::bail!(
                "{}: {name} must lie in 0..=1, found {min}",
                self.at(value.span().start)
            );
        }
        Ok(min)
    }
}

/// One story's bank file as written: its passages and its labelled
/// sentences, whose fields each kind of bank gives (`S`).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BankFile<S> {
    /// What the story is, in one line.
    pub story: String,
    /// The passages, read with `Passages::read`.
    #[serde(default)]
    pub passage: Vec<PassageToml>,
    /// The labelled sentences.
    #[serde(default = "Vec::new")]
    pub sentence: Vec<S>,
}

/// One `[[passage]]` as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PassageToml {
    id: Spanned<String>,
    publisher: Option<String>,
    #[allow(dead_code)]
    date: Option<String>,
    url: Option<String>,
    text: String,
}

/// One passage read as an article, with its folded text.
pub struct Passage {
    /// The passage as the corpus reader reads an article (`text::read`).
    pub article: Article,
    folded: Folded,
}

/// Where each passage id of a bank was first written (`file:line:col`).
#[derive(Debug, Default)]
pub struct Ids(BTreeMap<String, String>);

/// The passages of one bank file, by id.
pub struct Passages(Vec<(String, Passage)>);

impl Passages {
    /// Reads the passages of `source` as articles, each id new to the bank
    /// (`ids`, which keeps them).
    pub fn read(
        source: &Source,
        passages: Vec<PassageToml>,
        ids: &mut Ids,
    ) -> anyhow::Result<Passages> {
        let mut read = Vec::new();
        for passage in passages {
            let id = passage.id.get_ref().clone();
            let at = source.at(passage.id.span().start);
            if let Some(first) = ids.0.get(&id) {
                anyhow::bail!("{at}: passage id `{id}` is used twice (first at {first})");
            }
            ids.0.insert(id.clone(), at);
            let mut body = passage.text;
            let (sentences, breaks) = crate::text::read(&mut body);
            let folded = Folded::new(&body);
            let document = Document {
                id: id.clone(),
                path: source.name(),
                publisher: passage.publisher,
                url: passage.url,
                ..Document::default()
            };
            let article = Article {
                document,
                text: body,
                sentences,
                breaks,
            };
            read.push((id, Passage { article, folded }));
        }
        Ok(Passages(read))
    }

    /// Finds a label's fragments: the passage named `passage`, the one
    /// occurrence of `text` in it and the one occurrence of `claim` (if any)
    /// in that, each error naming where the label writes it.
    pub fn locate(
        &self,
        source: &Source,
        passage: &Spanned<String>,
        text: &Spanned<String>,
        claim: Option<&Spanned<String>>,
    ) -> anyhow::Result<Located<'_>> {
        let Some((_, found)) = self.0.iter().find(|(id, _)| id == passage.get_ref()) else {
            anyhow::bail!(
                "{}: no passage `{}` in this file",
                source.at(passage.span().start),
                passage.get_ref()
            );
        };
        let span =
            only_occurrence(&found.folded, text.get_ref(), "its passage").map_err(|problem| {
                anyhow::anyhow!("{}: the sentence {problem}", source.at(text.span().start))
            })?;
        let claim = match claim {
            Some(claim) => {
                let within = Folded::new(found.article.text.get(span.clone()).unwrap_or(""));
                let inner = only_occurrence(&within, claim.get_ref(), "its sentence").map_err(
                    |problem| {
                        anyhow::anyhow!("{}: the claim {problem}", source.at(claim.span().start))
                    },
                )?;
                span.start + inner.start..span.start + inner.end
            }
            None => span.clone(),
        };
        Ok(Located {
            article: &found.article,
            text: span,
            claim,
        })
    }
}

/// A label's fragments found in their passage.
pub struct Located<'a> {
    /// The passage, read as an article.
    pub article: &'a Article,
    /// Byte range of the label's `text` in the article.
    pub text: Range<usize>,
    /// Byte range of its `claim` (its `text` when it gives none).
    pub claim: Range<usize>,
}

impl Located<'_> {
    /// The index of the sentence of the article that holds the claim's start
    /// and the claim's range inside that sentence's text (cut at its end).
    pub fn in_sentence(&self) -> Option<(usize, Range<usize>)> {
        let idx = sentence_at(self.article, self.claim.start)?;
        let sentence = self.article.sentences.get(idx)?;
        let start = self.claim.start.saturating_sub(sentence.start);
        let end = self
            .claim
            .end
            .min(sentence.end)
            .saturating_sub(sentence.start)
            .max(start);
        Some((idx, start..end))
    }

    /// The text of the sentence that holds the claim's start.
    pub fn sentence(&self) -> &str {
        sentence_at(self.article, self.claim.start)
            .and_then(|idx| self.article.sentences.get(idx))
            .and_then(|sentence| self.article.text.get(sentence.start..sentence.end))
            .unwrap_or("")
    }
}

/// The one span of `fragment` (folded) in `folded`, or what is wrong.
/// `within` names what `folded` is, for the message.
fn only_occurrence(folded: &Folded, fragment: &str, within: &str) -> Result<Range<usize>, String> {
    let spans = folded.find_all(&super::fold(fragment));
    match spans.as_slice() {
        [span] => Ok(span.clone()),
        [] => Err(format!("`{fragment}` is not in {within}")),
        _ => Err(format!(
            "`{fragment}` occurs {} times in {within}",
            spans.len()
        )),
    }
}

/// The index of the sentence of `article` that holds byte `at`.
fn sentence_at(article: &Article, at: usize) -> Option<usize> {
    article
        .sentences
        .iter()
        .position(|sentence| (sentence.start..sentence.end.max(sentence.start + 1)).contains(&at))
}

/// `part / whole`, none of none.
pub fn ratio(part: usize, whole: usize) -> Option<f64> {
    (whole > 0).then(|| part as f64 / whole as f64)
}

/// A ratio as printed: three decimals, `n/a` for none.
pub fn figure(value: Option<f64>) -> String {
    value.map_or_else(|| "n/a".to_owned(), |value| format!("{value:.3}"))
}
