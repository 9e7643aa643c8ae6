//! Scores factuality reading against the factuality bank (`tests/factuality/`, #13).
//!
//! The bank holds verbatim passages of real articles on many stories and,
//! for chosen claims in them, how the sentence bears on the claim, labelled
//! by reading: its stance (affirm or deny), whether it takes a side (a
//! certain or probable assertion, report or denial) and, where labelled, the
//! speech act. A beat measures one story; the bank measures factuality
//! reading across dozens. Its decisions, in order:
//! - each file parses and every fragment is found as in the speaker bank
//!   (`eval::bank`: `deny_unknown_fields`, an unknown `stance` or `act`
//!   value, a passage id used twice in the bank, a `text` not found exactly
//!   once in its passage, a `claim` not found exactly once in its `text`,
//!   each an error naming file:line:col); `claim` is required;
//! - each passage is read as an article (`text::read`, the corpus's reader),
//!   and each claim is read as the matcher reads an instance of it
//!   (`Analyzer::factuality_of`, the matcher's own `QuoteReading::claim`)
//!   with the built-in cues only: a bank has no rulebook, so no lexicon and
//!   no rule denial phrases, and the words of the claim fragment, less the
//!   cue and function words, stand in for the rule's terms
//!   (`QuoteReading::claim_words`);
//! - an entry's stance is right when the engine reads the label's stance (a
//!   sentence the engine makes no instance of, `no instance`, has none),
//!   its side when `Factuality::takes_side` equals `side`, its act (where
//!   labelled) when the engine's speech act has the label's name, as the
//!   check's JSON writes it; it is *right* when stance and side are;
//! - `bank.toml`'s `[thresholds]` hold the floor of `right` and, if given,
//!   of `stance`, `side` and `act`; a figure below its floor fails the run.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::ops::Range;
use std::path::Path;

use anyhow::Context;
use serde::{Deserialize, Serialize};
use toml::Spanned;

use super::bank::{self, figure, ratio, BankFile, Passages, Source};
use super::Format;
use crate::model::{Lexicon, SpeechAct, Stance};
use crate::provenance::claim::ClaimReading;
use crate::provenance::Analyzer;
use crate::vocab::Named;

/// Version of the JSON this module prints; bumped when a field changes meaning.
const SCHEMA: u32 = 1;

/// What the table and JSON write for a claim the engine makes no instance of.
const NO_INSTANCE: &str = "none";

/// The printed result and whether the bank met its thresholds.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    /// The report, ending in a newline.
    pub output: String,
    /// False when a figure falls below its threshold in `bank.toml`.
    pub passed: bool,
}

/// Scores every bank file under `path` (a file, or a directory of `.toml`
/// files whose `bank.toml` holds the thresholds), printed as `format`.
pub fn run(path: &Path, format: Format) -> anyhow::Result<Outcome> {
    let (files, thresholds) = bank::files(path)?;
    let thresholds = match thresholds {
        Some(file) => read_thresholds(&file)?,
        None => BTreeMap::new(),
    };
    let analyzer = Analyzer::new(&Lexicon::default());
    let mut ids = bank::Ids::default();
    let mut score = Score {
        schema: SCHEMA,
        ..Score::default()
    };
    for file in &files {
        score_file(&analyzer, file, &mut ids, &mut score)?;
    }
    score.finish(thresholds);
    let output = match format {
        Format::Table => table(&score),
        Format::Json => {
            let mut json = serde_json::to_string_pretty(&score)
                .context("rendering the factuality bank score")?;
            json.push('\n');
            json
        }
    };
    Ok(Outcome {
        output,
        passed: score.passed,
    })
}

/// One figure: how many entries were right of how many judged.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
struct Figure {
    right: usize,
    of: usize,
    /// `right / of`, none of none.
    ratio: Option<f64>,
}

impl Figure {
    fn add(&mut self, right: bool) {
        self.right += usize::from(right);
        self.of += 1;
        self.ratio = ratio(self.right, self.of);
    }
}

impl std::fmt::Display for Figure {
    /// `0.750 (3/4)`.
    fn fmt(&self, out: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(out, "{} ({}/{})", figure(self.ratio), self.right, self.of)
    }
}

/// The four figures, for the bank and for each file.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
struct Figures {
    /// Stance and side both right.
    right: Figure,
    stance: Figure,
    side: Figure,
    /// Over the entries that label an act.
    act: Figure,
}

impl Figures {
    /// The figure a threshold names.
    fn named(&self, name: &str) -> Option<Figure> {
        match name {
            "right" => Some(self.right),
            "stance" => Some(self.stance),
            "side" => Some(self.side),
            "act" => Some(self.act),
            _ => None,
        }
    }
}

/// One scored file of the bank.
#[derive(Debug, Clone, PartialEq, Serialize)]
struct FileScore {
    path: String,
    story: String,
    #[serde(flatten)]
    figures: Figures,
}

/// A claim as labelled or as read: stance (`none` when the engine makes no
/// instance), side and speech act.
#[derive(Debug, Clone, PartialEq, Serialize)]
struct Reading {
    stance: String,
    side: bool,
    /// The speech act's name as the check's JSON writes it; for a label,
    /// none when it does not label one.
    act: Option<String>,
}

/// One entry read wrong in stance, side or act.
#[derive(Debug, Clone, PartialEq, Serialize)]
struct Wrong {
    file: String,
    /// Line and column of the entry's `text`.
    line: u32,
    column: u32,
    /// The label's sentence fragment as the passage writes it, the claim in
    /// brackets.
    text: String,
    label: Reading,
    read: Reading,
    /// The engine's certainty, if it made an instance.
    certainty: Option<String>,
    /// The cue that decided the reading (the factuality's, else the stance's).
    cue: Option<String>,
}

/// Entries by labelled side, then by side read.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
struct SideConfusion {
    labelled_side: SideReads,
    labelled_no_side: SideReads,
}

/// Entries by side read.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
struct SideReads {
    read_side: usize,
    read_no_side: usize,
}

impl SideConfusion {
    fn add(&mut self, labelled: bool, read: bool) {
        let reads = if labelled {
            &mut self.labelled_side
        } else {
            &mut self.labelled_no_side
        };
        if read {
            reads.read_side += 1;
        } else {
            reads.read_no_side += 1;
        }
    }
}

/// What the bank scored: figures, confusion counts, files in path order,
/// then the wrong entries sorted by file and line.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
struct Score {
    schema: u32,
    entries: usize,
    #[serde(flatten)]
    figures: Figures,
    /// Entries by labelled side and side read.
    side_confusion: SideConfusion,
    /// Labelled act → act read (`none`: no instance) → entries.
    act_confusion: BTreeMap<String, BTreeMap<String, usize>>,
    /// The thresholds of `bank.toml`, by figure.
    thresholds: BTreeMap<String, f64>,
    /// The figures below their threshold.
    failed: Vec<String>,
    passed: bool,
    files: Vec<FileScore>,
    wrong: Vec<Wrong>,
}

impl Score {
    /// Sorts the wrong entries and holds the figures to `thresholds`.
    fn finish(&mut self, thresholds: BTreeMap<String, f64>) {
        self.wrong
            .sort_by(|a, b| (&a.file, a.line, a.column).cmp(&(&b.file, b.line, b.column)));
        self.failed = thresholds
            .iter()
            .filter(|(name, min)| {
                self.figures
                    .named(name)
                    .is_some_and(|figure| figure.ratio.unwrap_or(0.0) < **min)
            })
            .map(|(name, _)| name.clone())
            .collect();
        self.passed = self.failed.is_empty();
        self.thresholds = thresholds;
    }
}

/// `bank.toml` as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ThresholdsFile {
    thresholds: Option<Thresholds>,
}

/// The floors: `right` always (when the table is written), the others if given.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Thresholds {
    right: Spanned<f64>,
    stance: Option<Spanned<f64>>,
    side: Option<Spanned<f64>>,
    act: Option<Spanned<f64>>,
}

/// One labelled claim as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct SentenceToml {
    passage: Spanned<String>,
    text: Spanned<String>,
    claim: Spanned<String>,
    stance: Stance,
    side: bool,
    act: Option<SpeechAct>,
    #[allow(dead_code)]
    note: Option<String>,
}

fn read_thresholds(path: &Path) -> anyhow::Result<BTreeMap<String, f64>> {
    let source = Source::read(path, "bank thresholds")?;
    let parsed: ThresholdsFile = source.parse()?;
    let mut thresholds = BTreeMap::new();
    let Some(Thresholds {
        right,
        stance,
        side,
        act,
    }) = parsed.thresholds
    else {
        return Ok(thresholds);
    };
    for (name, value) in [
        ("right", Some(right)),
        ("stance", stance),
        ("side", side),
        ("act", act),
    ] {
        if let Some(value) = value {
            thresholds.insert(name.to_owned(), source.fraction(name, &value)?);
        }
    }
    Ok(thresholds)
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
    let mut figures = Figures::default();
    for label in file.sentence {
        let located = passages.locate(&source, &label.passage, &label.text, Some(&label.claim))?;
        let read = located
            .in_sentence()
            .and_then(|(idx, claim)| analyzer.factuality_of(located.article, idx, claim));
        let read_stance = read.as_ref().map(|read| read.stance.stance);
        let read_side = read
            .as_ref()
            .is_some_and(|read| read.factuality.takes_side());
        let read_act = read.as_ref().map(|read| read.factuality.act);
        let stance_right = read_stance == Some(label.stance);
        let side_right = read_side == label.side;
        figures.stance.add(stance_right);
        figures.side.add(side_right);
        figures.right.add(stance_right && side_right);
        score.side_confusion.add(label.side, read_side);
        let act_right = label.act.map(|act| {
            let right = read_act == Some(act);
            figures.act.add(right);
            *score
                .act_confusion
                .entry(act.name().to_owned())
                .or_default()
                .entry(read_act.map_or(NO_INSTANCE, |act| act.name()).to_owned())
                .or_default() += 1;
            right
        });
        if stance_right && side_right && act_right != Some(false) {
            continue;
        }
        let (line, column) = source.locate(label.text.span().start);
        score.wrong.push(Wrong {
            file: source.name(),
            line,
            column,
            text: bracketed(located.article.text.as_str(), &located.text, &located.claim),
            label: Reading {
                stance: label.stance.name().to_owned(),
                side: label.side,
                act: label.act.map(|act| act.name().to_owned()),
            },
            read: Reading {
                stance: read_stance
                    .map_or(NO_INSTANCE, |stance| stance.name())
                    .to_owned(),
                side: read_side,
                act: Some(read_act.map_or(NO_INSTANCE, |act| act.name()).to_owned()),
            },
            certainty: read
                .as_ref()
                .map(|read| read.factuality.certainty.name().to_owned()),
            cue: read.as_ref().and_then(cue),
        });
    }
    score.entries += figures.right.of;
    for (total, part) in [
        (&mut score.figures.right, figures.right),
        (&mut score.figures.stance, figures.stance),
        (&mut score.figures.side, figures.side),
        (&mut score.figures.act, figures.act),
    ] {
        total.right += part.right;
        total.of += part.of;
        total.ratio = ratio(total.right, total.of);
    }
    score.files.push(FileScore {
        path: source.name(),
        story: file.story,
        figures,
    });
    Ok(())
}

/// The cue that decided a reading: the factuality's, else the stance's.
fn cue(read: &ClaimReading) -> Option<String> {
    read.factuality
        .cue
        .as_deref()
        .or(read.stance.cue.as_deref())
        .map(str::to_owned)
}

/// The words of `text` (a range of `article`) on one line, the `claim`
/// inside it in brackets.
fn bracketed(article: &str, text: &Range<usize>, claim: &Range<usize>) -> String {
    let part = |range: Range<usize>| article.get(range).unwrap_or("");
    let marked = format!(
        "{}[{}]{}",
        part(text.start..claim.start),
        part(claim.clone()),
        part(claim.end..text.end)
    );
    marked.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn table(score: &Score) -> String {
    let mut out = String::new();
    let width = score
        .files
        .iter()
        .map(|file| file.path.len())
        .max()
        .unwrap_or(4)
        .max(4);
    let _ = writeln!(
        out,
        "{:width$}  entries  right  stance  side    act  story",
        "file"
    );
    for file in &score.files {
        let figures = &file.figures;
        let _ = writeln!(
            out,
            "{:width$}  {:>7}  {:>5}  {:>6}  {:>5}  {:>5}  {}",
            file.path,
            figures.right.of,
            figure(figures.right.ratio),
            figure(figures.stance.ratio),
            figure(figures.side.ratio),
            figure(figures.act.ratio),
            file.story
        );
    }
    let figures = &score.figures;
    let _ = writeln!(
        out,
        "right {}   stance {}   side {}   act {} in {} files",
        figures.right,
        figures.stance,
        figures.side,
        figures.act,
        score.files.len()
    );
    let _ = writeln!(out, "\nSide (labelled × read)  read side  read no side");
    for (name, reads) in [
        ("side", score.side_confusion.labelled_side),
        ("no side", score.side_confusion.labelled_no_side),
    ] {
        let _ = writeln!(
            out,
            "{name:23}  {:>9}  {:>12}",
            reads.read_side, reads.read_no_side
        );
    }
    if !score.act_confusion.is_empty() {
        let _ = writeln!(out, "\nAct (labelled: right/labelled; read instead)");
        for (act, reads) in &score.act_confusion {
            let labelled: usize = reads.values().sum();
            let right = reads.get(act).copied().unwrap_or(0);
            let instead: Vec<String> = reads
                .iter()
                .filter(|(read, _)| *read != act)
                .map(|(read, n)| format!("{read} {n}"))
                .collect();
            let line = format!(
                "{act:12} {:>9}  {}",
                format!("{right}/{labelled}"),
                instead.join(", ")
            );
            let _ = writeln!(out, "{}", line.trim_end());
        }
    }
    if !score.thresholds.is_empty() {
        out.push('\n');
    }
    for (name, min) in &score.thresholds {
        let verdict = if score.failed.contains(name) {
            "FAIL"
        } else {
            "ok"
        };
        let got = figures.named(name).and_then(|figure| figure.ratio);
        let _ = writeln!(out, "threshold {name} {min:.3}: {} {verdict}", figure(got));
    }
    if !score.wrong.is_empty() {
        let _ = writeln!(out, "\nWrong entries: {}", score.wrong.len());
    }
    let reading = |reading: &Reading| {
        if reading.stance == NO_INSTANCE {
            return "no instance".to_owned();
        }
        let side = if reading.side { "side" } else { "no side" };
        match &reading.act {
            Some(act) => format!("{}, {side}, {act}", reading.stance),
            None => format!("{}, {side}", reading.stance),
        }
    };
    for wrong in &score.wrong {
        let cue = wrong
            .cue
            .as_ref()
            .map_or_else(|| "no cue".to_owned(), |cue| format!("cue \"{cue}\""));
        let _ = writeln!(
            out,
            "{}:{}: {} — label {}; read {} ({cue})",
            wrong.file,
            wrong.line,
            wrong.text,
            reading(&wrong.label),
            reading(&wrong.read),
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const PASSAGE: &str = "[[passage]]\nid = \"wire-1\"\npublisher = \"Wire\"\ntext = \"\"\"\nThe ministry denied that its troops had shelled the plant.\n\nA spokesman said repairs could take a week.\n\nThe plant has six reactors.\n\"\"\"\n";

    /// Scores a bank of `story.toml` (made of `PASSAGE` and `sentences`)
    /// and, when `thresholds` is not empty, `bank.toml`, as its table or the
    /// error; each of `expected` must be in it, paths shortened to file names.
    fn check(sentences: &str, thresholds: &str, expected: &[&str]) {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("story.toml");
        std::fs::write(&path, format!("story = \"a test\"\n{PASSAGE}{sentences}")).expect("write");
        if !thresholds.is_empty() {
            std::fs::write(dir.path().join("bank.toml"), thresholds).expect("write");
        }
        let shorten = |text: String| text.replace(&format!("{}/", dir.path().display()), "");
        let got = match run(dir.path(), Format::Table) {
            Ok(outcome) => shorten(format!("passed {}\n{}", outcome.passed, outcome.output)),
            Err(err) => shorten(format!("error: {err:#}")),
        };
        for want in expected {
            assert!(got.contains(want), "missing {want:?} in\n{got}");
        }
    }

    const DENIED: &str = "[[sentence]]\npassage = \"wire-1\"\ntext = \"denied that its troops had shelled the plant\"\nclaim = \"its troops had shelled the plant\"\nstance = \"deny\"\nside = true\nact = \"denial\"\n";

    const COULD: &str = "\n[[sentence]]\npassage = \"wire-1\"\ntext = \"A spokesman said repairs could take a week.\"\nclaim = \"repairs could take a week\"\nstance = \"affirm\"\nside = false\nact = \"speculation\"\n";

    #[test]
    fn scores_stance_side_and_act_of_each_entry() {
        check(
            &format!("{DENIED}{COULD}"),
            "",
            &[
                "passed true",
                "story.toml        2  1.000   1.000  1.000  1.000  a test",
                "right 1.000 (2/2)   stance 1.000 (2/2)   side 1.000 (2/2)   act 1.000 (2/2) in 1 files",
                "side                             1             0\nno side                          0             1",
                "denial             1/1\nspeculation        1/1",
            ],
        );
    }

    #[test]
    fn lists_a_wrong_entry_with_its_line_claim_and_cue() {
        check(
            &format!("{DENIED}{}", COULD.replace("side = false", "side = true")),
            "[thresholds]\nright = 0.9\nact = 0.5\n",
            &[
                "passed false",
                "right 0.500 (1/2)   stance 1.000 (2/2)   side 0.500 (1/2)   act 1.000 (2/2)",
                "side                             1             1\nno side                          0             0",
                "threshold act 0.500: 1.000 ok\nthreshold right 0.900: 0.500 FAIL",
                "Wrong entries: 1\nstory.toml:22: A spokesman said [repairs could take a week]. — label affirm, side, speculation; read affirm, no side, speculation (cue \"could\")",
            ],
        );
    }

    #[test]
    fn a_wrong_act_alone_is_listed_but_the_entry_stays_right() {
        check(
            &DENIED.replace("act = \"denial\"", "act = \"report\""),
            "",
            &[
                "right 1.000 (1/1)   stance 1.000 (1/1)   side 1.000 (1/1)   act 0.000 (0/1)",
                "report             0/1  denial 1",
                "story.toml:14: denied that [its troops had shelled the plant] — label deny, side, report; read deny, side, denial (cue \"denied\")",
            ],
        );
    }

    #[test]
    fn rejects_an_unknown_value_and_a_missing_claim() {
        check(
            &DENIED.replace("\"deny\"", "\"denied\""),
            "",
            &["error: story.toml:16:10: unknown variant `denied`, expected `affirm` or `deny`"],
        );
        check(
            &DENIED.replace("act = \"denial\"", "act = \"rebuttal\""),
            "",
            &["error: story.toml:18:7: unknown variant `rebuttal`, expected one of"],
        );
        check(
            &DENIED.replace("claim = \"its troops had shelled the plant\"\n", ""),
            "",
            &["error: story.toml:12:1: missing field `claim`"],
        );
    }

    #[test]
    fn rejects_a_claim_outside_its_text_and_a_text_outside_its_passage() {
        check(
            &DENIED.replace("claim = \"its troops", "claim = \"the ministry's troops"),
            "",
            &["error: story.toml:15:9: the claim `the ministry's troops had shelled the plant` is not in its sentence"],
        );
        check(
            &COULD.replace("claim = \"repairs could take a week\"", "claim = \"a\""),
            "",
            &["error: story.toml:16:9: the claim `a` occurs 6 times in its sentence"],
        );
        check(
            &DENIED.replace("text = \"denied that", "text = \"rejected that"),
            "",
            &["error: story.toml:14:8: the sentence `rejected that its troops had shelled the plant` is not in its passage"],
        );
    }

    #[test]
    fn rejects_a_threshold_out_of_range_or_missing_right() {
        check(
            DENIED,
            "[thresholds]\nright = 80\n",
            &["error: bank.toml:2:9: right must lie in 0..=1, found 80"],
        );
        check(
            DENIED,
            "[thresholds]\nside = 0.8\n",
            &["error: bank.toml:1:1: missing field `right`"],
        );
    }

    #[test]
    fn brackets_the_claim_inside_its_text() {
        let article = "He said  the plant\nwas hit, twice.";
        assert_eq!(
            bracketed(article, &(0..article.len()), &(9..26)),
            "He said [the plant was hit], twice."
        );
        assert_eq!(
            bracketed(article, &(3..26), &(3..7)),
            "[said] the plant was hit"
        );
    }
}
