//! Reads `labels.toml`: what a careful reader sees in a corpus, for `eval`.
//!
//! The format is documented in `tests/eval/README.md`. Loading checks the
//! syntax and the field types (one error, as `labels.toml:LINE:COL: ...`);
//! `validate` then checks every label against the rulebook and the articles
//! and reports every problem at once, sorted by position.

use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;
use std::path::{Path, PathBuf};

use anyhow::Context;
use serde::Deserialize;
use toml::Spanned;

use super::{fold, Folded};
use crate::diag::OneOrMany;

/// A position in the labels file: 1-based line and column (characters).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord)]
pub struct Pos {
    /// 1-based line.
    pub line: u32,
    /// 1-based column, in characters.
    pub column: u32,
}

/// A loaded labels file, not yet checked against the corpus.
#[derive(Debug, Clone, Default)]
pub struct Labels {
    /// The file, as given on the command line.
    pub path: PathBuf,
    /// Every `[[instance]]`, in file order.
    pub instances: Vec<InstanceLabel>,
    /// Every `[[finding]]`, in file order.
    pub findings: Vec<FindingLabel>,
    /// Every `[[forbidden]]`, in file order.
    pub forbidden: Vec<FindingLabel>,
    /// `[findings] complete`: kinds whose expected findings are all listed.
    pub complete: Vec<(String, Pos)>,
    /// `[thresholds]`, in the order of `Measure::ALL`; absent ones left out.
    pub thresholds: Vec<Threshold>,
    /// `[thresholds] max_mention_sides`: how many sides of findings may only
    /// mention their claim before the eval fails (0 when absent).
    pub max_mention_sides: usize,
}

/// One `[[instance]]`: what one sentence carries for one rule.
#[derive(Debug, Clone, Default)]
pub struct InstanceLabel {
    /// Document id.
    pub doc: String,
    /// Where `doc` is written.
    pub doc_pos: Pos,
    /// The fragment as written.
    pub text: String,
    /// The fragment folded (see `eval::fold`).
    pub folded: String,
    /// Where `text` is written; labels are cited by this position.
    pub text_pos: Pos,
    /// Byte span of the fragment in its article, set by `validate`.
    pub span: Range<usize>,
    /// Rule id, or `none`.
    pub rule: String,
    /// Where `rule` is written.
    pub rule_pos: Pos,
    /// `affirm` or `deny`, when judged.
    pub stance: Option<String>,
    /// Whether the sentence counts as a side, when judged.
    pub side: Option<bool>,
    /// Accepted speakers ("none" for the article's own voice), when judged.
    pub speaker: Option<Vec<String>>,
    /// Accepted origins, when judged.
    pub origin: Option<Vec<String>>,
    /// The normalised figure value, when judged.
    pub value: Option<String>,
    /// The figure's key, when judged.
    pub key: Option<String>,
}

/// One `[[finding]]` or `[[forbidden]]` entry.
#[derive(Debug, Clone, Default)]
pub struct FindingLabel {
    /// Finding kind, kebab-case.
    pub kind: String,
    /// Where `kind` is written; entries are cited by this position.
    pub kind_pos: Pos,
    /// Rule id, empty for name variants.
    pub rule: String,
    /// Where `rule` is written.
    pub rule_pos: Pos,
    /// Evidence fragments as written, with their folded forms and positions.
    pub evidence: Vec<Evidence>,
}

/// One evidence fragment of a finding entry.
#[derive(Debug, Clone, Default)]
pub struct Evidence {
    /// As written.
    pub text: String,
    /// Folded (see `eval::fold`).
    pub folded: String,
    /// Where it is written.
    pub pos: Pos,
}

/// One `[thresholds]` entry.
#[derive(Debug, Clone, PartialEq)]
pub struct Threshold {
    /// The figure it is a floor for.
    pub measure: Measure,
    /// The lowest passing figure, in 0..=1.
    pub min: f64,
    /// Where it is written.
    pub pos: Pos,
}

/// A figure of the score that a `[thresholds]` entry can hold to a floor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Measure {
    /// The instances' precision.
    InstancePrecision,
    /// The instances' recall.
    InstanceRecall,
    /// The findings' precision.
    FindingPrecision,
    /// The findings' recall.
    FindingRecall,
    /// The share of judged figure instances whose value and key are both
    /// right (`InstanceScore::figure_accuracy`).
    FigureValues,
}

impl Measure {
    /// Every measure, in the order a labels file's thresholds are listed.
    pub const ALL: [Measure; 5] = [
        Measure::InstancePrecision,
        Measure::InstanceRecall,
        Measure::FindingPrecision,
        Measure::FindingRecall,
        Measure::FigureValues,
    ];

    /// Its key in `[thresholds]` and its name in eval's output.
    pub fn name(self) -> &'static str {
        match self {
            Measure::InstancePrecision => "instance_precision",
            Measure::InstanceRecall => "instance_recall",
            Measure::FindingPrecision => "finding_precision",
            Measure::FindingRecall => "finding_recall",
            Measure::FigureValues => "figure_values",
        }
    }
}

/// What `validate` needs to know about the corpus and the rulebook.
#[derive(Debug, Clone, Default)]
pub struct Universe {
    /// Every rule id of the rulebook.
    pub rules: BTreeSet<String>,
    /// Every document id, with its folded text.
    pub texts: BTreeMap<String, DocText>,
    /// Every finding kind, kebab-case.
    pub kinds: BTreeSet<String>,
}

/// One article's text as eval searches it.
#[derive(Debug, Clone, Default)]
pub struct DocText {
    /// The folded text, with offsets back into the article.
    pub folded: Folded,
    /// Byte spans of sentences that carry no instance: furniture, and pull
    /// quotes repeating a sentence of the article.
    pub excluded: Vec<Range<usize>>,
    /// Start of every sentence as the engine splits them, in order: two
    /// labels of one rule starting in one sentence are a duplicate.
    pub sentence_starts: Vec<usize>,
    /// The article's text, to turn a cited line and column into an offset.
    pub text: String,
}

impl DocText {
    /// The spans of `fragment` (folded) outside the excluded sentences.
    pub fn occurrences(&self, fragment: &str) -> Vec<Range<usize>> {
        self.folded
            .find_all(fragment)
            .into_iter()
            .filter(|span| {
                !self
                    .excluded
                    .iter()
                    .any(|excluded| excluded.start <= span.start && span.start < excluded.end)
            })
            .collect()
    }

    /// The byte span of the sentence that starts at 1-based `line` and
    /// character `column` (a name mention's citation), if there is one.
    pub fn sentence_at(&self, line: u32, column: u32) -> Option<Range<usize>> {
        let line_start = if line <= 1 {
            0
        } else {
            self.text
                .match_indices('\n')
                .nth(line as usize - 2)
                .map(|(at, _)| at + 1)?
        };
        let rest = self.text.get(line_start..)?;
        let offset = line_start
            + rest
                .char_indices()
                .nth(column.saturating_sub(1) as usize)
                .map_or(rest.len(), |(at, _)| at);
        let idx = self.sentence_of(offset);
        let start = *self.sentence_starts.get(idx)?;
        let end = self
            .sentence_starts
            .get(idx + 1)
            .copied()
            .unwrap_or(self.text.len());
        Some(start..end)
    }

    /// The index of the sentence holding byte `offset`.
    fn sentence_of(&self, offset: usize) -> usize {
        self.sentence_starts
            .partition_point(|start| *start <= offset)
            .saturating_sub(1)
    }
}

/// Reads and parses the labels file at `path`.
pub fn load(path: &Path) -> anyhow::Result<Labels> {
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("reading labels {}", path.display()))?;
    parse(&text, path)
}

/// Parses labels `text`, read from `path`.
pub fn parse(text: &str, path: &Path) -> anyhow::Result<Labels> {
    let index = crate::text::LineIndex::new(text);
    let pos = |offset: usize| {
        let (line, column) = index.locate(text, offset);
        Pos { line, column }
    };
    let file: LabelsFile = toml::from_str(text).map_err(|err| {
        let at = pos(err.span().map_or(0, |span| span.start));
        anyhow::anyhow!(
            "{}:{}:{}: {}",
            path.display(),
            at.line,
            at.column,
            err.message().trim()
        )
    })?;
    let instances = file
        .instance
        .into_iter()
        .map(|label| InstanceLabel {
            doc_pos: pos(label.doc.span().start),
            doc: label.doc.into_inner(),
            folded: fold(label.text.get_ref()),
            text_pos: pos(label.text.span().start),
            span: 0..0,
            text: label.text.into_inner(),
            rule_pos: pos(label.rule.span().start),
            rule: label.rule.into_inner(),
            stance: label.stance.map(|stance| stance.name().to_owned()),
            side: label.side,
            speaker: label.speaker.map(OneOrMany::into_vec),
            origin: label.origin.map(OneOrMany::into_vec),
            value: label.value,
            key: label.key,
        })
        .collect();
    let finding = |entry: FindingToml| FindingLabel {
        kind_pos: pos(entry.kind.span().start),
        kind: entry.kind.into_inner(),
        rule_pos: pos(entry.rule.span().start),
        rule: entry.rule.into_inner(),
        evidence: entry
            .evidence
            .unwrap_or_default()
            .into_iter()
            .map(|fragment| Evidence {
                folded: fold(fragment.get_ref()),
                pos: pos(fragment.span().start),
                text: fragment.into_inner(),
            })
            .collect(),
    };
    let findings = file.finding.into_iter().map(finding).collect();
    let forbidden = file.forbidden.into_iter().map(finding).collect();
    let complete = file
        .findings
        .map(|table| table.complete)
        .unwrap_or_default()
        .into_iter()
        .map(|kind| (kind.get_ref().clone(), pos(kind.span().start)))
        .collect();
    let thresholds = file.thresholds.unwrap_or_default();
    let max_mention_sides = thresholds.max_mention_sides.unwrap_or(0);
    let thresholds = Measure::ALL
        .into_iter()
        .filter_map(|measure| {
            thresholds.min(measure).map(|min| Threshold {
                measure,
                pos: pos(min.span().start),
                min: *min.get_ref(),
            })
        })
        .collect();
    Ok(Labels {
        path: path.to_path_buf(),
        instances,
        findings,
        forbidden,
        complete,
        thresholds,
        max_mention_sides,
    })
}

impl Labels {
    /// Checks every label against `universe`: rule ids, document ids, kinds,
    /// thresholds, and that each fragment occurs exactly once in the text of
    /// its document (evidence: somewhere in the corpus). Returns the labels
    /// with the span of each fragment, or fails with every problem, one per
    /// line, sorted by position.
    pub fn validate(&self, universe: &Universe) -> anyhow::Result<Labels> {
        let mut located = self.clone();
        let mut problems: Vec<(Pos, String)> = Vec::new();
        // (doc, sentence index, rule) → the text position of its label.
        let mut seen: BTreeMap<(&str, usize, &str), Pos> = BTreeMap::new();
        for (label_idx, label) in self.instances.iter().enumerate() {
            if label.rule != "none" && !universe.rules.contains(&label.rule) {
                problems.push((label.rule_pos, format!("unknown rule `{}`", label.rule)));
            }
            let Some(doc_text) = universe.texts.get(&label.doc) else {
                problems.push((label.doc_pos, format!("unknown document `{}`", label.doc)));
                continue;
            };
            if label.folded.is_empty() {
                problems.push((label.text_pos, "empty text fragment".to_owned()));
                continue;
            }
            let hits = doc_text.occurrences(&label.folded);
            match hits.as_slice() {
                [] => problems.push((
                    label.text_pos,
                    format!(
                        "text `{}` is not in the text of `{}`",
                        label.text, label.doc
                    ),
                )),
                [span] => {
                    if let Some(located) = located.instances.get_mut(label_idx) {
                        located.span = span.clone();
                    }
                    if let Some(first) = seen.insert(
                        (&label.doc, doc_text.sentence_of(span.start), &label.rule),
                        label.text_pos,
                    ) {
                        problems.push((
                            label.text_pos,
                            format!(
                                "sentence already labelled with rule `{}` at line {}",
                                label.rule, first.line
                            ),
                        ));
                    }
                }
                many => problems.push((
                    label.text_pos,
                    format!(
                        "text `{}` occurs {} times in `{}`: quote more of the sentence",
                        label.text,
                        many.len(),
                        label.doc
                    ),
                )),
            }
        }
        problems.extend(none_conflicts(&seen));
        for entry in self.findings.iter().chain(&self.forbidden) {
            problems.extend(self.finding_problems(entry, universe));
        }
        for (kind, pos) in &self.complete {
            if !universe.kinds.contains(kind) {
                problems.push((*pos, unknown_kind(kind, universe)));
            }
        }
        for threshold in &self.thresholds {
            if !(0.0..=1.0).contains(&threshold.min) {
                problems.push((
                    threshold.pos,
                    format!(
                        "{} = {} is not between 0 and 1",
                        threshold.measure.name(),
                        threshold.min
                    ),
                ));
            }
        }
        if problems.is_empty() {
            return Ok(located);
        }
        problems.sort();
        problems.dedup();
        let lines: Vec<String> = problems
            .iter()
            .map(|(pos, message)| {
                format!(
                    "{}:{}:{}: {message}",
                    self.path.display(),
                    pos.line,
                    pos.column
                )
            })
            .collect();
        anyhow::bail!(
            "{}\n{} problem(s) in {}",
            lines.join("\n"),
            problems.len(),
            self.path.display()
        )
    }

    /// The problems of one `[[finding]]` or `[[forbidden]]` entry.
    fn finding_problems(&self, entry: &FindingLabel, universe: &Universe) -> Vec<(Pos, String)> {
        let mut problems = Vec::new();
        if !universe.kinds.contains(&entry.kind) {
            problems.push((entry.kind_pos, unknown_kind(&entry.kind, universe)));
        }
        if entry.kind == "name-variant" {
            if !entry.rule.is_empty() {
                problems.push((
                    entry.rule_pos,
                    "a name-variant finding has no rule: write `rule = \"\"`".to_owned(),
                ));
            }
        } else if !universe.rules.contains(&entry.rule) {
            problems.push((entry.rule_pos, format!("unknown rule `{}`", entry.rule)));
        }
        for evidence in &entry.evidence {
            let found = universe
                .texts
                .values()
                .any(|doc_text| !doc_text.occurrences(&evidence.folded).is_empty());
            if !found {
                problems.push((
                    evidence.pos,
                    format!(
                        "evidence `{}` is in no article of the corpus",
                        evidence.text
                    ),
                ));
            }
        }
        problems
    }
}

/// A sentence labelled `none` and also with a rule.
fn none_conflicts(seen: &BTreeMap<(&str, usize, &str), Pos>) -> Vec<(Pos, String)> {
    let mut problems = Vec::new();
    for ((doc, idx, rule), pos) in seen {
        if *rule != "none" {
            continue;
        }
        for ((other_doc, other_idx, other_rule), other_pos) in seen {
            if other_doc == doc && other_idx == idx && *other_rule != "none" {
                problems.push((
                    *pos,
                    format!(
                        "sentence labelled `none` is also labelled with rule `{other_rule}` at line {}",
                        other_pos.line
                    ),
                ));
            }
        }
    }
    problems
}

fn unknown_kind(kind: &str, universe: &Universe) -> String {
    let known: Vec<String> = universe.kinds.iter().map(|k| format!("`{k}`")).collect();
    format!(
        "unknown finding kind `{kind}`, expected one of {}",
        known.join(", ")
    )
}

/// The whole labels file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct LabelsFile {
    #[serde(default)]
    instance: Vec<InstanceToml>,
    #[serde(default)]
    finding: Vec<FindingToml>,
    #[serde(default)]
    forbidden: Vec<FindingToml>,
    findings: Option<FindingsToml>,
    thresholds: Option<ThresholdsToml>,
}

/// One `[[instance]]` as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct InstanceToml {
    doc: Spanned<String>,
    text: Spanned<String>,
    rule: Spanned<String>,
    stance: Option<StanceToml>,
    side: Option<bool>,
    speaker: Option<OneOrMany>,
    origin: Option<OneOrMany>,
    value: Option<String>,
    key: Option<String>,
    #[allow(dead_code)]
    note: Option<String>,
}

/// `affirm` or `deny`.
#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(rename_all = "kebab-case")]
enum StanceToml {
    Affirm,
    Deny,
}

impl StanceToml {
    fn name(self) -> &'static str {
        match self {
            StanceToml::Affirm => "affirm",
            StanceToml::Deny => "deny",
        }
    }
}

/// One `[[finding]]` or `[[forbidden]]` as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct FindingToml {
    kind: Spanned<String>,
    rule: Spanned<String>,
    evidence: Option<Vec<Spanned<String>>>,
    #[allow(dead_code)]
    note: Option<String>,
}

/// `[findings]`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct FindingsToml {
    #[serde(default)]
    complete: Vec<Spanned<String>>,
}

/// `[thresholds]`: a field per `Measure`, named as `Measure::name` (a unit
/// test holds the two spellings together), and `max_mention_sides`.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct ThresholdsToml {
    instance_precision: Option<Spanned<f64>>,
    instance_recall: Option<Spanned<f64>>,
    finding_precision: Option<Spanned<f64>>,
    finding_recall: Option<Spanned<f64>>,
    figure_values: Option<Spanned<f64>>,
    max_mention_sides: Option<usize>,
}

impl ThresholdsToml {
    /// The floor written for `measure`, if any.
    fn min(&self, measure: Measure) -> Option<&Spanned<f64>> {
        match measure {
            Measure::InstancePrecision => self.instance_precision.as_ref(),
            Measure::InstanceRecall => self.instance_recall.as_ref(),
            Measure::FindingPrecision => self.finding_precision.as_ref(),
            Measure::FindingRecall => self.finding_recall.as_ref(),
            Measure::FigureValues => self.figure_values.as_ref(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn universe() -> Universe {
        Universe {
            rules: ["bridge-closed".to_owned()].into_iter().collect(),
            texts: [(
                "ledger".to_owned(),
                DocText {
                    folded: Folded::new(
                        "The Marlow Bridge was closed on Monday.\nThe council said the bridge was\nclosed.",
                    ),
                    excluded: Vec::new(),
                    sentence_starts: vec![0, 40],
                    text: "The Marlow Bridge was closed on Monday.\nThe council said the bridge was\nclosed.".to_string(),
                },
            )]
            .into_iter()
            .collect(),
            kinds: ["contradiction".to_owned(), "name-variant".to_owned()]
                .into_iter()
                .collect(),
        }
    }

    /// Parses and validates `text` and compares the error message, or `Ok`.
    fn check(text: &str, expected: Result<(), &str>) {
        let got =
            parse(text, Path::new("labels.toml")).and_then(|labels| labels.validate(&universe()));
        match (got, expected) {
            (Ok(_), Ok(())) => {}
            (Err(err), Err(message)) => assert_eq!(format!("{err:#}"), message, "labels: {text}"),
            (got, expected) => panic!("labels {text}: got {got:?}, expected {expected:?}"),
        }
    }

    #[test]
    fn a_cited_line_and_column_name_their_sentence() {
        let text = &universe().texts["ledger"];
        let rows = [
            ((1, 1), Some(0..40)),
            ((2, 1), Some(40..text.text.len())),
            ((9, 1), None),
        ];
        for ((line, column), expected) in rows {
            assert_eq!(text.sentence_at(line, column), expected, "{line}:{column}");
        }
    }

    #[test]
    fn a_valid_file_loads() {
        check(
            "[[instance]]\ndoc = \"ledger\"\ntext = \"closed on  MONDAY\"\nrule = \"bridge-closed\"\nstance = \"affirm\"\nspeaker = [\"none\", \"the council\"]\n\n[[finding]]\nkind = \"contradiction\"\nrule = \"bridge-closed\"\nevidence = [\"council said\"]\n\n[findings]\ncomplete = [\"contradiction\"]\n\n[thresholds]\ninstance_precision = 0.5\n",
            Ok(()),
        );
        check("", Ok(()));
    }

    #[test]
    fn syntax_and_field_errors_name_line_and_column() {
        check(
            "[[instance]]\ndoc = \"ledger\"\ntext = \"closed\"\nrule = \"bridge-closed\"\nstnce = \"deny\"\n",
            Err("labels.toml:5:1: unknown field `stnce`, expected one of `doc`, `text`, `rule`, `stance`, `side`, `speaker`, `origin`, `value`, `key`, `note`"),
        );
        check(
            "[[instance]]\ndoc = \"ledger\"\ntext = \"closed\"\nrule = \"bridge-closed\"\nstance = \"denies\"\n",
            Err("labels.toml:5:10: unknown variant `denies`, expected `affirm` or `deny`"),
        );
    }

    #[test]
    fn every_problem_is_reported_sorted() {
        check(
            "[[instance]]\ndoc = \"ledger\"\ntext = \"bridge was closed\"\nrule = \"bridge-open\"\n\n[[instance]]\ndoc = \"gazette\"\ntext = \"x\"\nrule = \"none\"\n\n[[instance]]\ndoc = \"ledger\"\ntext = \"reopened\"\nrule = \"none\"\n\n[[finding]]\nkind = \"contradicton\"\nrule = \"bridge-closed\"\nevidence = [\"nowhere at all\"]\n\n[thresholds]\nfinding_recall = 1.5\n",
            Err("labels.toml:3:8: text `bridge was closed` occurs 2 times in `ledger`: quote more of the sentence\n\
labels.toml:4:8: unknown rule `bridge-open`\n\
labels.toml:7:7: unknown document `gazette`\n\
labels.toml:13:8: text `reopened` is not in the text of `ledger`\n\
labels.toml:17:8: unknown finding kind `contradicton`, expected one of `contradiction`, `name-variant`\n\
labels.toml:19:13: evidence `nowhere at all` is in no article of the corpus\n\
labels.toml:22:18: finding_recall = 1.5 is not between 0 and 1\n\
7 problem(s) in labels.toml"),
        );
    }

    #[test]
    fn every_measure_is_read_from_its_key_and_an_unknown_key_is_an_error() {
        for measure in Measure::ALL {
            let name = measure.name();
            check(
                &format!("[thresholds]\n{name} = 2.0\n"),
                Err(&format!(
                    "labels.toml:2:{}: {name} = 2 is not between 0 and 1\n1 problem(s) in labels.toml",
                    name.len() + 4
                )),
            );
        }
        check(
            "[thresholds]\ninstance_recal = 0.5\n",
            Err("labels.toml:2:1: unknown field `instance_recal`, expected one of `instance_precision`, `instance_recall`, `finding_precision`, `finding_recall`, `figure_values`, `max_mention_sides`"),
        );
    }

    #[test]
    fn a_sentence_labelled_twice_or_none_and_a_rule_is_a_problem() {
        check(
            "[[instance]]\ndoc = \"ledger\"\ntext = \"on Monday\"\nrule = \"bridge-closed\"\n\n[[instance]]\ndoc = \"ledger\"\ntext = \"Marlow Bridge\"\nrule = \"bridge-closed\"\n\n[[instance]]\ndoc = \"ledger\"\ntext = \"council said\"\nrule = \"none\"\n\n[[instance]]\ndoc = \"ledger\"\ntext = \"the bridge was closed.\"\nrule = \"bridge-closed\"\n",
            Err("labels.toml:8:8: sentence already labelled with rule `bridge-closed` at line 3\n\
labels.toml:13:8: sentence labelled `none` is also labelled with rule `bridge-closed` at line 18\n\
2 problem(s) in labels.toml"),
        );
    }
}
