//! Scores speaker reading against the speaker bank (`tests/speakers/`, #14).
//!
//! The bank holds verbatim passages of real articles on many stories and,
//! for chosen sentences, who says the claim, labelled by reading. A beat
//! measures one story at a time; the bank measures speaker reading across
//! dozens of them. Its decisions, in order:
//! - each file parses (`eval::bank`: `deny_unknown_fields`), every `passage` a sentence
//!   names exists, and every `text` occurs exactly once in its passage and
//!   every `claim` inside its `text` (folded, `eval::fold`); else an error
//!   naming file:line:col;
//! - each passage is read as an article (`text::read`, the corpus's reader),
//!   and a sentence's speaker is read as the matcher reads the speaker of
//!   an instance on that sentence (`Analyzer::speaker_of`) with the claim's
//!   span (the whole sentence when no `claim` is given), with the built-in
//!   cues only: a bank has no rulebook, so no lexicon and no speaker
//!   registry, and it scores the speaker, not the origin;
//! - the speaker is right when the speaker as written, or the named speaker
//!   a pronoun or generic head stands for (`refers_to`), is one of the
//!   label's forms (`normalize_name`), or when both the label and the engine
//!   say `none` (the outlet's own voice).

use std::path::Path;

use anyhow::Context;
use serde::{Deserialize, Serialize};
use toml::Spanned;

use super::bank::{self, figure, ratio, BankFile, Passages, Source};
use super::{normalize_name, Format};
use crate::diag::OneOrMany;
use crate::model::{Attribution, Lexicon};
use crate::provenance::Analyzer;

/// Version of the JSON this module prints; bumped when a field changes meaning.
const SCHEMA: u32 = 1;

/// The printed result and whether the bank met its threshold.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    /// The report, ending in a newline.
    pub output: String,
    /// False when the accuracy falls below `speaker_accuracy`.
    pub passed: bool,
}

/// One scored file of the bank.
#[derive(Debug, Clone, PartialEq, Serialize)]
struct FileScore {
    path: String,
    story: String,
    sentences: usize,
    right: usize,
}

/// One sentence whose speaker was read wrong.
#[derive(Debug, Clone, PartialEq, Serialize)]
struct Wrong {
    /// `file:line:col` of the label's `text`.
    at: String,
    sentence: String,
    expected: Vec<String>,
    /// The speaker as written, `none` for the outlet's own voice.
    got: String,
    /// The named speaker `got` stands for, if the engine resolved one.
    refers_to: Option<String>,
    /// The cue that attributed it.
    cue: Option<String>,
}

/// What the bank scored: per file, in path order, then the wrong sentences.
#[derive(Debug, Clone, PartialEq, Serialize)]
struct Score {
    schema: u32,
    files: Vec<FileScore>,
    sentences: usize,
    right: usize,
    accuracy: Option<f64>,
    /// Sentences labelled `none`, and how many of them the engine read so.
    own_voice: usize,
    own_voice_right: usize,
    threshold: Option<f64>,
    passed: bool,
    wrong: Vec<Wrong>,
}

/// `[thresholds]` of the bank's `bank.toml`.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct ThresholdsFile {
    #[serde(default)]
    thresholds: Thresholds,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct Thresholds {
    speaker_accuracy: Option<Spanned<f64>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct SentenceToml {
    passage: Spanned<String>,
    text: Spanned<String>,
    claim: Option<Spanned<String>>,
    speaker: OneOrMany,
    #[allow(dead_code)]
    note: Option<String>,
}

/// Scores every bank file under `path` (a file, or a directory of `.toml`
/// files whose `bank.toml` holds the thresholds), printed as `format`.
pub fn run(path: &Path, format: Format) -> anyhow::Result<Outcome> {
    let (files, thresholds) = bank::files(path)?;
    let thresholds = thresholds
        .as_deref()
        .map(read_thresholds)
        .transpose()?
        .flatten();
    let analyzer = Analyzer::new(&Lexicon::default());
    let mut score = Score {
        schema: SCHEMA,
        files: Vec::new(),
        sentences: 0,
        right: 0,
        accuracy: None,
        own_voice: 0,
        own_voice_right: 0,
        threshold: None,
        passed: true,
        wrong: Vec::new(),
    };
    let mut ids = bank::Ids::default();
    for file in &files {
        score_file(&analyzer, file, &mut ids, &mut score)?;
    }
    score.accuracy = ratio(score.right, score.sentences);
    if let Some(threshold) = thresholds {
        score.threshold = Some(threshold);
        score.passed = score.accuracy.unwrap_or(0.0) >= threshold;
    }
    let output = match format {
        Format::Table => table(&score),
        Format::Json => {
            let mut json =
                serde_json::to_string_pretty(&score).context("rendering the bank score")?;
            json.push('\n');
            json
        }
    };
    Ok(Outcome {
        output,
        passed: score.passed,
    })
}

fn read_thresholds(path: &Path) -> anyhow::Result<Option<f64>> {
    let source = Source::read(path, "bank thresholds")?;
    let parsed: ThresholdsFile = source.parse()?;
    parsed
        .thresholds
        .speaker_accuracy
        .map(|threshold| source.fraction("speaker_accuracy", &threshold))
        .transpose()
}

fn score_file(
    analyzer: &Analyzer,
    path: &Path,
    ids: &mut bank::Ids,
    score: &mut Score,
) -> anyhow::Result<()> {
    let source = Source::read(path, "bank file")?;
    let file: BankFile<SentenceToml> = source.parse()?;
    let passages = Passages::read(&source, file.passage, ids)?;
    let mut file_score = FileScore {
        path: source.name(),
        story: file.story,
        sentences: 0,
        right: 0,
    };
    for label in file.sentence {
        let located =
            passages.locate(&source, &label.passage, &label.text, label.claim.as_ref())?;
        let expected = label.speaker.into_vec();
        let attribution = located
            .in_sentence()
            .and_then(|(idx, claim)| analyzer.speaker_of(located.article, idx, claim));
        let right = judge(&expected, attribution.as_ref());
        file_score.sentences += 1;
        if expected.iter().any(|form| normalize_name(form) == "none") {
            score.own_voice += 1;
            score.own_voice_right += usize::from(right);
        }
        if right {
            file_score.right += 1;
        } else {
            score.wrong.push(Wrong {
                at: source.at(label.text.span().start),
                sentence: located.sentence().to_owned(),
                expected,
                got: attribution
                    .as_ref()
                    .map_or_else(|| "none".to_owned(), |a| a.speaker.clone()),
                refers_to: attribution.as_ref().and_then(|a| a.refers_to.clone()),
                cue: attribution.as_ref().map(|a| a.cue.clone()),
            });
        }
    }
    score.sentences += file_score.sentences;
    score.right += file_score.right;
    score.files.push(file_score);
    Ok(())
}

/// Whether the engine's reading names one of the label's `expected` forms.
fn judge(expected: &[String], attribution: Option<&Attribution>) -> bool {
    let forms: Vec<String> = expected.iter().map(|form| normalize_name(form)).collect();
    match attribution {
        None => forms.iter().any(|form| form == "none"),
        Some(attribution) => [Some(&attribution.speaker), attribution.refers_to.as_ref()]
            .into_iter()
            .flatten()
            .any(|name| forms.contains(&normalize_name(name))),
    }
}

fn table(score: &Score) -> String {
    use std::fmt::Write as _;
    let mut out = String::new();
    let width = score
        .files
        .iter()
        .map(|file| file.path.len())
        .max()
        .unwrap_or(4)
        .max(4);
    let _ = writeln!(out, "{:width$}  sentences  right  accuracy  story", "file");
    for file in &score.files {
        let _ = writeln!(
            out,
            "{:width$}  {:>9}  {:>5}  {:>8}  {}",
            file.path,
            file.sentences,
            file.right,
            figure(ratio(file.right, file.sentences)),
            file.story
        );
    }
    let _ = writeln!(
        out,
        "speaker right {} ({}/{}) in {} files; own voice {}/{}",
        figure(score.accuracy),
        score.right,
        score.sentences,
        score.files.len(),
        score.own_voice_right,
        score.own_voice
    );
    if let Some(threshold) = score.threshold {
        let verdict = if score.passed { "ok" } else { "FAIL" };
        let _ = writeln!(
            out,
            "threshold speaker_accuracy {threshold:.3}: {} {verdict}",
            figure(score.accuracy)
        );
    }
    if !score.wrong.is_empty() {
        let _ = writeln!(out, "\nWrong speakers: {}", score.wrong.len());
    }
    for wrong in &score.wrong {
        let refers = wrong
            .refers_to
            .as_ref()
            .map(|name| format!(" (for {name})"))
            .unwrap_or_default();
        let cue = wrong
            .cue
            .as_ref()
            .map(|cue| format!(", cue `{cue}`"))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "- {}: expected {}, got {}{refers}{cue}\n  “{}”",
            wrong.at,
            wrong.expected.join(" | "),
            wrong.got,
            wrong.sentence
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const PASSAGE: &str = "[[passage]]\nid = \"wire-1\"\npublisher = \"Wire\"\ntext = \"\"\"\nThe ministry denied the report on Monday.\n\nA spokesman for the ministry, Ivan Petrov, said the plant was never hit. He added that repairs would take a week.\n\nThe plant has six reactors.\n\"\"\"\n";

    /// Scores a bank file made of `PASSAGE` and `sentences`, as its table,
    /// or the error.
    fn check(sentences: &str, expected: &[&str]) {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("story.toml");
        std::fs::write(&path, format!("story = \"a test\"\n{PASSAGE}{sentences}")).expect("write");
        let got = match run(&path, Format::Table) {
            Ok(outcome) => outcome
                .output
                .replace(&path.display().to_string(), "story.toml"),
            Err(err) => {
                format!("error: {err:#}").replace(&path.display().to_string(), "story.toml")
            }
        };
        for want in expected {
            assert!(got.contains(want), "missing {want:?} in\n{got}");
        }
    }

    #[test]
    fn scores_named_pronoun_and_own_voice_speakers() {
        check(
            "[[sentence]]\npassage = \"wire-1\"\ntext = \"said the plant was never hit\"\nspeaker = [\"Ivan Petrov\", \"Petrov\"]\n\n[[sentence]]\npassage = \"wire-1\"\ntext = \"The plant has six reactors.\"\nspeaker = \"none\"\n",
            &["speaker right 1.000 (2/2) in 1 files; own voice 1/1"],
        );
    }

    #[test]
    fn a_pronoun_is_right_by_the_name_it_stands_for() {
        let forms = ["Ivan Petrov".to_owned(), "Petrov".to_owned()];
        let pronoun = Attribution {
            speaker: "He".to_owned(),
            refers_to: Some("Ivan Petrov".to_owned()),
            ..Attribution::default()
        };
        assert!(judge(&forms, Some(&pronoun)));
        let unresolved = Attribution {
            speaker: "He".to_owned(),
            ..Attribution::default()
        };
        assert!(!judge(&forms, Some(&unresolved)));
        assert!(!judge(&forms, None));
        assert!(judge(&["none".to_owned()], None));
        let titled = Attribution {
            speaker: "the Petrov".to_owned(),
            ..Attribution::default()
        };
        assert!(judge(&forms, Some(&titled)), "a leading `the` is dropped");
    }

    #[test]
    fn lists_a_wrong_speaker_with_its_label_position() {
        check(
            "[[sentence]]\npassage = \"wire-1\"\ntext = \"The plant has six reactors.\"\nspeaker = \"Ivan Petrov\"\n",
            &["speaker right 0.000 (0/1)", "- story.toml:14:8: expected Ivan Petrov, got none"],
        );
    }

    #[test]
    fn rejects_a_fragment_not_in_its_passage() {
        check(
            "[[sentence]]\npassage = \"wire-1\"\ntext = \"the plant was shelled\"\nspeaker = \"none\"\n",
            &["error: story.toml:14:8: the sentence `the plant was shelled` is not in its passage"],
        );
    }

    #[test]
    fn rejects_an_unknown_passage_and_an_unknown_field() {
        check(
            "[[sentence]]\npassage = \"wire-2\"\ntext = \"six reactors\"\nspeaker = \"none\"\n",
            &["error: story.toml:13:11: no passage `wire-2` in this file"],
        );
        check(
            "[[sentence]]\npassage = \"wire-1\"\ntext = \"six reactors\"\nspeakr = \"none\"\n",
            &["error: story.toml:15:1: unknown field `speakr`"],
        );
    }

    #[test]
    fn a_claim_fragment_must_lie_in_its_sentence() {
        check(
            "[[sentence]]\npassage = \"wire-1\"\ntext = \"said the plant was never hit\"\nclaim = \"six reactors\"\nspeaker = \"none\"\n",
            &["error: story.toml:15:9: the claim `six reactors` is not in its sentence"],
        );
    }
}
