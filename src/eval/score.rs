//! Judges the check's instances against the instance labels and matches its
//! findings with the expected and forbidden ones.
//!
//! Judged: an instance on a labelled sentence. It is correct when a label on
//! that sentence has its rule and every judged field agrees; else each wrong
//! field is one error (`rule`, `stance`, `side`, `speaker`, `origin`, `value`,
//! `key`). Unjudged: an instance on no labelled sentence, and an unmatched
//! finding of a kind not listed in `[findings] complete`.
//!
//! The types below are also the JSON wire format of `eval --format json`,
//! documented field by field. Any change to a field bumps `SCHEMA_VERSION`.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use super::labels::{FindingLabel, InstanceLabel, Labels, Measure, Pos, Universe};
use super::{fold, normalize_name};

/// Bumped whenever a field of the eval report is added, removed or changes meaning.
pub const SCHEMA_VERSION: u32 = 4;

/// The fields of the check's JSON report (`report::json`) that eval reads.
/// Other fields are ignored, so the check's format may grow without eval.
#[derive(Debug, Clone, Deserialize)]
pub struct Emitted {
    /// The rulebook's rules.
    pub rules: Vec<EmittedRule>,
    /// The documents, for their copy links.
    #[serde(default)]
    pub documents: Vec<EmittedDocument>,
    /// Every instance, in citation order.
    pub instances: Vec<EmittedInstance>,
    /// Every finding, in finding order.
    pub findings: Vec<EmittedFinding>,
}

/// A document of the check's report: what links it to its copies.
#[derive(Debug, Clone, Deserialize)]
pub struct EmittedDocument {
    /// Document id.
    pub id: String,
    /// The outlet or story its front matter says it is derived from.
    #[serde(default)]
    pub derived_from: Option<String>,
    /// The earlier article the engine found it repeats, if any.
    #[serde(default)]
    pub copy_of: Option<EmittedCopyOf>,
}

/// The `copy_of` of an emitted document.
#[derive(Debug, Clone, Deserialize)]
pub struct EmittedCopyOf {
    /// Id of the original document.
    pub original: String,
}

/// A rule of the check's report.
#[derive(Debug, Clone, Deserialize)]
pub struct EmittedRule {
    /// Rule id.
    pub id: String,
}

/// An instance of the check's report.
#[derive(Debug, Clone, Deserialize)]
pub struct EmittedInstance {
    /// `i1`, `i2`, …
    pub id: String,
    /// Rule id.
    pub rule: String,
    /// Document id.
    pub doc: String,
    /// 1-based line of the sentence.
    pub line: u32,
    /// 1-based column of the sentence.
    pub column: u32,
    /// Byte offset of the sentence in the article.
    pub byte_start: usize,
    /// Byte offset one past the sentence.
    pub byte_end: usize,
    /// The whole sentence.
    pub quote: String,
    /// `affirm` or `deny`.
    pub stance: String,
    /// A figure rule's normalised value, else null.
    pub figure: Option<String>,
    /// A figure rule's key, else null.
    pub key: Option<String>,
    /// Who says it, null for the article's own voice.
    pub attribution: Option<EmittedAttribution>,
    /// The independent source behind it.
    pub origin: String,
    /// A pull quote repeating its own article.
    pub repeat: bool,
    /// Whether it counts as a side (schema 2), absent before.
    #[serde(default)]
    pub side: Option<bool>,
    /// The speech act that carries it (`assertion`, `speculation`, …),
    /// absent before the check wrote factuality.
    #[serde(default)]
    pub speech_act: Option<String>,
    /// How sure it is (`certain`, `probable`, `possible`,
    /// `underspecified`), absent before the check wrote factuality.
    #[serde(default)]
    pub certainty: Option<String>,
}

/// The attribution of an emitted instance.
#[derive(Debug, Clone, Deserialize)]
pub struct EmittedAttribution {
    /// The speaker as written.
    pub speaker: String,
    /// The speaker registry entry the speaker is, if any.
    #[serde(default)]
    pub entry: Option<String>,
}

/// A finding of the check's report.
#[derive(Debug, Clone, Deserialize)]
pub struct EmittedFinding {
    /// The finding id (`f3a9c0d1`).
    pub id: String,
    /// Kind, kebab-case.
    pub kind: String,
    /// Rule id, null for name variants.
    pub rule: Option<String>,
    /// Every instance id involved.
    pub instances: Vec<String>,
    /// The sides with their instance ids (and, for name variants, mentions).
    pub sides: Vec<EmittedSide>,
}

/// One side of an emitted finding.
#[derive(Debug, Clone, Deserialize)]
pub struct EmittedSide {
    /// affirm, deny, a value, or a spelling.
    pub label: String,
    /// Instance ids.
    pub instances: Vec<String>,
    /// For name variants: where the spelling was seen.
    #[serde(default)]
    pub mentions: Vec<EmittedMention>,
}

/// Where a name was seen.
#[derive(Debug, Clone, Deserialize)]
pub struct EmittedMention {
    /// Document id.
    pub doc: String,
    /// 1-based line.
    pub line: u32,
    /// 1-based column.
    pub column: u32,
}

/// The whole eval report.
#[derive(Debug, Clone, Serialize)]
pub struct Score {
    /// Version of this format.
    pub schema_version: u32,
    /// The labels file, as given on the command line.
    pub labels: String,
    /// Instance counts and figures.
    pub instances: InstanceScore,
    /// One row per rule that is labelled or emitted, sorted by rule id.
    pub rules: Vec<RuleScore>,
    /// Finding counts and figures, with one row per kind.
    pub findings: FindingScore,
    /// Every threshold of the labels file, in the order the format lists them.
    pub thresholds: Vec<ThresholdResult>,
    /// False when a figure falls below its threshold or an origin is
    /// miscounted (eval exits 1).
    pub passed: bool,
    /// Judged instances with at least one error, in citation order.
    pub wrong_instances: Vec<WrongInstance>,
    /// Labels with a rule that no correct instance recalls, in file order.
    pub missed_instances: Vec<MissedInstance>,
    /// Instances on no labelled sentence, in citation order.
    pub unjudged_instances: Vec<UnjudgedInstance>,
    /// Expected findings that were not emitted, in file order.
    pub missed_findings: Vec<MissedFinding>,
    /// Emitted findings that are forbidden or not expected, in finding order.
    pub false_findings: Vec<FalseFinding>,
    /// Emitted findings that no entry judges, in finding order.
    pub unjudged_findings: Vec<CitedFinding>,
    /// Instances standing as a side of a finding that only mention its
    /// claim: a speculation, conditional, question, warning, plan,
    /// distancing or prediction, a possible or underspecified certainty, an
    /// instance that takes no side, or one whose label says `side = false`.
    /// More of them than `max_mention_sides` fails the eval (schema 3).
    pub mention_sides: Vec<MentionSide>,
    /// The labels file's `[thresholds] max_mention_sides` (0 when absent).
    pub max_mention_sides: usize,
    /// Sources of corroborations and contradictions counted wrongly (a copy
    /// counted twice, an unresolved generic head; `eval/origins.rs`), in
    /// finding order (schema 3). Any makes eval fail.
    pub miscounted_origins: Vec<super::origins::Miscount>,
}

/// An instance on a side of a finding that only mentions the claim.
#[derive(Debug, Clone, Serialize)]
pub struct MentionSide {
    /// The finding id.
    pub finding: String,
    /// Its kind, kebab-case.
    pub kind: String,
    /// Its rule, null for name variants.
    pub rule: Option<String>,
    /// The side's label.
    pub side: String,
    /// Instance id.
    pub instance: String,
    /// Document id.
    pub doc: String,
    /// 1-based line.
    pub line: u32,
    /// 1-based column.
    pub column: u32,
    /// Why it only mentions the claim: the engine's speech act or
    /// certainty, `takes no side`, or the label at `labels.toml:L:C`.
    pub why: String,
    /// The whole sentence.
    pub quote: String,
}

/// Speech acts that carry a claim as a fact; every other one only
/// mentions it.
const ASSERTING: &[&str] = &["assertion", "report", "denial"];

/// Certainties that let a speech act take a side.
const SURE: &[&str] = &["certain", "probable"];

/// Why `instance`, on a side of a finding, only mentions its claim, if it
/// does: by the engine's own reading, else by the label on its sentence
/// for its rule (`side = false`).
fn mention_only(
    instance: &EmittedInstance,
    labels: &Labels,
    at: &dyn Fn(Pos) -> String,
) -> Option<String> {
    if let Some(act) = instance
        .speech_act
        .as_deref()
        .filter(|act| !ASSERTING.contains(act))
    {
        return Some(format!("speech act {act}"));
    }
    if let Some(certainty) = instance
        .certainty
        .as_deref()
        .filter(|certainty| !SURE.contains(certainty))
    {
        return Some(format!("certainty {certainty}"));
    }
    if !takes_side(instance) {
        return Some("takes no side".to_owned());
    }
    labels
        .instances
        .iter()
        .find(|label| {
            label.doc == instance.doc
                && label.rule == instance.rule
                && label.side == Some(false)
                && overlaps(&label.span, instance)
        })
        .map(|label| format!("label at {} says side = false", at(label.text_pos)))
}

/// The instances on the sides of `emitted`'s findings that only mention
/// their claim (see `mention_only`), in finding order.
fn mention_sides(
    labels: &Labels,
    emitted: &Emitted,
    at: &dyn Fn(Pos) -> String,
) -> Vec<MentionSide> {
    let by_id: BTreeMap<&str, &EmittedInstance> = emitted
        .instances
        .iter()
        .map(|instance| (instance.id.as_str(), instance))
        .collect();
    let mut found = Vec::new();
    for finding in &emitted.findings {
        for side in &finding.sides {
            for id in &side.instances {
                let Some(instance) = by_id.get(id.as_str()) else {
                    continue;
                };
                if let Some(why) = mention_only(instance, labels, at) {
                    found.push(MentionSide {
                        finding: finding.id.clone(),
                        kind: finding.kind.clone(),
                        rule: finding.rule.clone(),
                        side: side.label.clone(),
                        instance: id.clone(),
                        doc: instance.doc.clone(),
                        line: instance.line,
                        column: instance.column,
                        why,
                        quote: instance.quote.clone(),
                    });
                }
            }
        }
    }
    found
}

/// Instance counts and figures.
#[derive(Debug, Clone, Default, Serialize)]
pub struct InstanceScore {
    /// Labels with a rule (not `none`).
    pub labelled: usize,
    /// Labels with `rule = "none"`.
    pub labelled_none: usize,
    /// Every emitted instance.
    pub emitted: usize,
    /// Emitted instances on a labelled sentence.
    pub judged: usize,
    /// Emitted instances on no labelled sentence.
    pub unjudged: usize,
    /// Judged instances with no error.
    pub correct: usize,
    /// Labels with a rule on whose sentence that rule was emitted, right or wrong.
    pub found: usize,
    /// Labels with a rule that a correct instance recalls.
    pub recalled: usize,
    /// `correct / judged`, null when nothing was judged.
    pub precision: Option<f64>,
    /// `recalled / labelled`, null when nothing is labelled.
    pub recall: Option<f64>,
    /// `found / labelled`, null when nothing is labelled.
    pub found_rate: Option<f64>,
    /// Errors of judged instances, by type.
    pub errors: ErrorCounts,
    /// Judged instances of a figure rule on a label of that rule that gives
    /// a `value` or `key`.
    pub figures_judged: usize,
    /// Of those, the ones whose value and key are both right.
    pub figures_right: usize,
    /// `figures_right / figures_judged`, null when no figure was judged.
    pub figure_accuracy: Option<f64>,
}

/// Errors by type; an instance with two wrong fields counts twice.
#[derive(Debug, Clone, Default, Serialize)]
pub struct ErrorCounts {
    /// Emitted on a labelled sentence whose labels name other rules (or `none`).
    pub rule: usize,
    /// Affirm for deny or the reverse.
    pub stance: usize,
    /// Taken as a side when it is not one, or the reverse.
    pub side: usize,
    /// Another speaker.
    pub speaker: usize,
    /// Another origin.
    pub origin: usize,
    /// Another figure value.
    pub value: usize,
    /// Another figure key.
    pub key: usize,
}

/// One rule's instance figures.
#[derive(Debug, Clone, Default, Serialize)]
pub struct RuleScore {
    /// Rule id.
    pub rule: String,
    /// Labels with this rule.
    pub labelled: usize,
    /// Emitted instances of this rule.
    pub emitted: usize,
    /// Those on a labelled sentence.
    pub judged: usize,
    /// Those judged correct.
    pub correct: usize,
    /// Labels whose sentence has an instance of this rule.
    pub found: usize,
    /// Labels recalled by a correct instance.
    pub recalled: usize,
    /// `correct / judged`, null when nothing was judged.
    pub precision: Option<f64>,
    /// `recalled / labelled`, null when nothing is labelled.
    pub recall: Option<f64>,
}

/// Finding counts and figures.
#[derive(Debug, Clone, Default, Serialize)]
pub struct FindingScore {
    /// `[[finding]]` entries.
    pub expected: usize,
    /// Emitted findings.
    pub emitted: usize,
    /// Expected findings matched one-to-one with emitted ones.
    pub matched: usize,
    /// False findings.
    #[serde(rename = "false")]
    pub false_: usize,
    /// Emitted findings no entry judges.
    pub unjudged: usize,
    /// `matched / (matched + false)`, null when both are 0.
    pub precision: Option<f64>,
    /// `matched / expected`, null when nothing is expected.
    pub recall: Option<f64>,
    /// The same per kind, for every kind that is expected, forbidden,
    /// listed as complete or emitted, sorted by kind.
    pub kinds: Vec<KindScore>,
}

/// One finding kind's figures.
#[derive(Debug, Clone, Default, Serialize)]
pub struct KindScore {
    /// Kind, kebab-case.
    pub kind: String,
    /// Whether `[findings] complete` lists it.
    pub complete: bool,
    /// `[[finding]]` entries of this kind.
    pub expected: usize,
    /// Emitted findings of this kind.
    pub emitted: usize,
    /// Matched.
    pub matched: usize,
    /// False.
    #[serde(rename = "false")]
    pub false_: usize,
    /// Unjudged.
    pub unjudged: usize,
    /// `matched / (matched + false)`, null when both are 0.
    pub precision: Option<f64>,
    /// `matched / expected`, null when nothing is expected.
    pub recall: Option<f64>,
}

/// One threshold and whether the figure meets it.
#[derive(Debug, Clone, Serialize)]
pub struct ThresholdResult {
    /// The measure's name (`labels::Measure::name`): `instance_precision`,
    /// `instance_recall`, `finding_precision`, `finding_recall` or, since
    /// schema 4, `figure_values` (the instances' `figure_accuracy`).
    pub name: &'static str,
    /// The threshold.
    pub min: f64,
    /// The figure, null when its denominator is 0 (never fails).
    pub value: Option<f64>,
    /// False when the figure is below the threshold.
    pub passed: bool,
}

/// A judged instance with errors.
#[derive(Debug, Clone, Serialize)]
pub struct WrongInstance {
    /// Instance id.
    pub id: String,
    /// Document id.
    pub doc: String,
    /// 1-based line.
    pub line: u32,
    /// 1-based column.
    pub column: u32,
    /// The emitted rule.
    pub rule: String,
    /// The emitted quote.
    pub quote: String,
    /// The label it was judged against, as `labels.toml:LINE:COL` of its `text`.
    pub label: String,
    /// The wrong fields, in the order rule, stance, side, speaker, origin, value, key.
    pub errors: Vec<FieldError>,
}

/// One wrong field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FieldError {
    /// rule, stance, side, speaker, origin, value or key.
    pub field: &'static str,
    /// What the label says (alternatives joined with ` | `).
    pub expected: String,
    /// What the engine emitted (`none` for no speaker, value or key).
    pub got: String,
}

/// A label with a rule that no correct instance recalls.
#[derive(Debug, Clone, Serialize)]
pub struct MissedInstance {
    /// The label, as `labels.toml:LINE:COL` of its `text`.
    pub label: String,
    /// Document id.
    pub doc: String,
    /// The label's fragment.
    pub text: String,
    /// The label's rule.
    pub rule: String,
    /// Ids of instances of that rule on the sentence, all wrong; empty when none was emitted.
    pub wrong: Vec<String>,
}

/// An instance on no labelled sentence, with the engine's reading.
#[derive(Debug, Clone, Serialize)]
pub struct UnjudgedInstance {
    /// Instance id.
    pub id: String,
    /// Document id.
    pub doc: String,
    /// 1-based line.
    pub line: u32,
    /// 1-based column.
    pub column: u32,
    /// Rule id.
    pub rule: String,
    /// The whole sentence.
    pub quote: String,
    /// affirm or deny.
    pub stance: String,
    /// Whether the engine takes it as a side.
    pub side: bool,
    /// The speaker, `none` for the article's own voice.
    pub speaker: String,
    /// The origin.
    pub origin: String,
    /// A figure's normalised value, else null.
    pub value: Option<String>,
    /// A figure's key, else null.
    pub key: Option<String>,
}

/// An expected finding that was not emitted.
#[derive(Debug, Clone, Serialize)]
pub struct MissedFinding {
    /// The entry, as `labels.toml:LINE:COL` of its `kind`.
    pub label: String,
    /// Kind.
    pub kind: String,
    /// Rule id, empty for name variants.
    pub rule: String,
    /// The evidence fragments.
    pub evidence: Vec<String>,
}

/// A false finding.
#[derive(Debug, Clone, Serialize)]
pub struct FalseFinding {
    /// `forbidden` (it matches a `[[forbidden]]` entry) or `not-expected` (a
    /// complete kind, and it matches no `[[finding]]`).
    pub reason: &'static str,
    /// For `forbidden`: the entry, as `labels.toml:LINE:COL`; else null.
    pub label: Option<String>,
    /// The finding and where its instances are.
    pub finding: CitedFinding,
}

/// An emitted finding with its citations.
#[derive(Debug, Clone, Serialize)]
pub struct CitedFinding {
    /// Finding id.
    pub id: String,
    /// Kind.
    pub kind: String,
    /// Rule id, null for name variants.
    pub rule: Option<String>,
    /// Every instance (or name mention) of every side, in side order.
    pub citations: Vec<Citation>,
}

/// Where one instance or mention of a finding's side is.
#[derive(Debug, Clone, Serialize)]
pub struct Citation {
    /// The side's label.
    pub side: String,
    /// Instance id, null for a name mention.
    pub instance: Option<String>,
    /// Document id.
    pub doc: String,
    /// 1-based line.
    pub line: u32,
    /// 1-based column.
    pub column: u32,
}

/// Whether an emitted instance counts as a side of a claim.
///
/// Schema 2 writes `side` on every instance; a report without it (schema 1)
/// counted every instance that is not a pull-quote repeat as a side.
pub fn takes_side(instance: &EmittedInstance) -> bool {
    instance.side.unwrap_or(!instance.repeat)
}

/// Scores `emitted` against `labels`, which were validated against the same corpus.
pub fn score(labels: &Labels, emitted: &Emitted, universe: &Universe) -> Score {
    let at = |pos: Pos| format!("{}:{}:{}", labels.path.display(), pos.line, pos.column);
    let instances = judge_instances(labels, emitted, &at);
    let findings = match_findings(labels, emitted, universe, &at);
    let thresholds: Vec<ThresholdResult> = labels
        .thresholds
        .iter()
        .map(|threshold| {
            let value = match threshold.measure {
                Measure::InstancePrecision => instances.score.precision,
                Measure::InstanceRecall => instances.score.recall,
                Measure::FindingPrecision => findings.score.precision,
                Measure::FindingRecall => findings.score.recall,
                Measure::FigureValues => instances.score.figure_accuracy,
            };
            ThresholdResult {
                name: threshold.measure.name(),
                min: threshold.min,
                value,
                passed: value.is_none_or(|value| value >= threshold.min),
            }
        })
        .collect();
    let mention_sides = mention_sides(labels, emitted, &at);
    let miscounted_origins = super::origins::check(emitted);
    Score {
        schema_version: SCHEMA_VERSION,
        labels: labels.path.display().to_string(),
        passed: thresholds.iter().all(|threshold| threshold.passed)
            && mention_sides.len() <= labels.max_mention_sides
            && miscounted_origins.is_empty(),
        instances: instances.score,
        rules: instances.rules,
        findings: findings.score,
        thresholds,
        wrong_instances: instances.wrong,
        missed_instances: instances.missed,
        unjudged_instances: instances.unjudged,
        missed_findings: findings.missed,
        false_findings: findings.false_findings,
        unjudged_findings: findings.unjudged,
        mention_sides,
        max_mention_sides: labels.max_mention_sides,
        miscounted_origins,
    }
}

/// What `judge_instances` finds.
struct InstanceResults {
    score: InstanceScore,
    rules: Vec<RuleScore>,
    wrong: Vec<WrongInstance>,
    missed: Vec<MissedInstance>,
    unjudged: Vec<UnjudgedInstance>,
}

/// Judges every emitted instance and works out which labels are recalled.
fn judge_instances(
    labels: &Labels,
    emitted: &Emitted,
    at: &dyn Fn(Pos) -> String,
) -> InstanceResults {
    let mut by_doc: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (idx, label) in labels.instances.iter().enumerate() {
        by_doc.entry(&label.doc).or_default().push(idx);
    }
    let mut score = InstanceScore::default();
    let mut rules: BTreeMap<String, RuleScore> = BTreeMap::new();
    let mut found = vec![false; labels.instances.len()];
    let mut recalled = vec![false; labels.instances.len()];
    let mut wrong_of_label: Vec<Vec<String>> = vec![Vec::new(); labels.instances.len()];
    let mut wrong = Vec::new();
    let mut unjudged = Vec::new();
    for instance in &emitted.instances {
        score.emitted += 1;
        let row = rule_row(&mut rules, &instance.rule);
        row.emitted += 1;
        let on: Vec<usize> = by_doc
            .get(instance.doc.as_str())
            .into_iter()
            .flatten()
            .copied()
            .filter(|idx| overlaps(&labels.instances[*idx].span, instance))
            .collect();
        if on.is_empty() {
            score.unjudged += 1;
            unjudged.push(unjudged_of(instance));
            continue;
        }
        score.judged += 1;
        row.judged += 1;
        let same: Vec<usize> = on
            .iter()
            .copied()
            .filter(|idx| labels.instances[*idx].rule == instance.rule)
            .collect();
        let (label_idx, errors) = if same.is_empty() {
            let expected: BTreeSet<&str> = on
                .iter()
                .map(|idx| labels.instances[*idx].rule.as_str())
                .collect();
            let error = FieldError {
                field: "rule",
                expected: expected.into_iter().collect::<Vec<_>>().join(" | "),
                got: instance.rule.clone(),
            };
            (on[0], vec![error])
        } else {
            let mut best: Option<(usize, Vec<FieldError>)> = None;
            for idx in same {
                let errors = judge(&labels.instances[idx], instance);
                found[idx] = true;
                if errors.is_empty() {
                    recalled[idx] = true;
                } else {
                    wrong_of_label[idx].push(instance.id.clone());
                }
                if best
                    .as_ref()
                    .is_none_or(|(_, best)| errors.len() < best.len())
                {
                    best = Some((idx, errors));
                }
            }
            let best = best.expect("`same` is not empty");
            let label = &labels.instances[best.0];
            if label.value.is_some() || label.key.is_some() {
                score.figures_judged += 1;
                if !best
                    .1
                    .iter()
                    .any(|error| matches!(error.field, "value" | "key"))
                {
                    score.figures_right += 1;
                }
            }
            best
        };
        if errors.is_empty() {
            score.correct += 1;
            row.correct += 1;
            continue;
        }
        for error in &errors {
            count_error(&mut score.errors, error.field);
        }
        wrong.push(WrongInstance {
            id: instance.id.clone(),
            doc: instance.doc.clone(),
            line: instance.line,
            column: instance.column,
            rule: instance.rule.clone(),
            quote: instance.quote.clone(),
            label: at(labels.instances[label_idx].text_pos),
            errors,
        });
    }
    let mut missed = Vec::new();
    for (idx, label) in labels.instances.iter().enumerate() {
        if label.rule == "none" {
            score.labelled_none += 1;
            continue;
        }
        score.labelled += 1;
        let row = rule_row(&mut rules, &label.rule);
        row.labelled += 1;
        if found[idx] {
            score.found += 1;
            row.found += 1;
        }
        if recalled[idx] {
            score.recalled += 1;
            row.recalled += 1;
        } else {
            missed.push(MissedInstance {
                label: at(label.text_pos),
                doc: label.doc.clone(),
                text: label.text.clone(),
                rule: label.rule.clone(),
                wrong: std::mem::take(&mut wrong_of_label[idx]),
            });
        }
    }
    score.precision = ratio(score.correct, score.judged);
    score.recall = ratio(score.recalled, score.labelled);
    score.found_rate = ratio(score.found, score.labelled);
    score.figure_accuracy = ratio(score.figures_right, score.figures_judged);
    let rules = rules
        .into_values()
        .map(|row| RuleScore {
            precision: ratio(row.correct, row.judged),
            recall: ratio(row.recalled, row.labelled),
            ..row
        })
        .collect();
    InstanceResults {
        score,
        rules,
        wrong,
        missed,
        unjudged,
    }
}

/// The wrong fields of `instance` against a label with its rule.
fn judge(label: &InstanceLabel, instance: &EmittedInstance) -> Vec<FieldError> {
    let mut errors = Vec::new();
    let mut compare =
        |field: &'static str, expected: &[String], got: &str, norm: fn(&str) -> String| {
            if !expected
                .iter()
                .any(|alternative| norm(alternative) == norm(got))
            {
                errors.push(FieldError {
                    field,
                    expected: expected.join(" | "),
                    got: got.to_owned(),
                });
            }
        };
    if let Some(stance) = &label.stance {
        compare(
            "stance",
            std::slice::from_ref(stance),
            &instance.stance,
            fold,
        );
    }
    // A pull-quote repeat is never a side by design: the label's `side`
    // describes the body sentence it repeats, so it is not judged here.
    if let Some(side) = label.side.filter(|_| !instance.repeat) {
        let got = takes_side(instance).to_string();
        compare("side", &[side.to_string()], &got, fold);
    }
    if let Some(speaker) = &label.speaker {
        let got = instance
            .attribution
            .as_ref()
            .map_or("none", |attribution| attribution.speaker.as_str());
        compare("speaker", speaker, got, normalize_name);
    }
    if let Some(origin) = &label.origin {
        compare("origin", origin, &instance.origin, normalize_name);
    }
    if let Some(value) = &label.value {
        let got = instance.figure.as_deref().unwrap_or("none");
        compare("value", std::slice::from_ref(value), got, fold);
    }
    if let Some(key) = &label.key {
        let got = instance.key.as_deref().unwrap_or("none");
        compare("key", std::slice::from_ref(key), got, fold);
    }
    errors
}

fn rule_row<'a>(rules: &'a mut BTreeMap<String, RuleScore>, rule: &str) -> &'a mut RuleScore {
    rules.entry(rule.to_owned()).or_insert_with(|| RuleScore {
        rule: rule.to_owned(),
        ..RuleScore::default()
    })
}

fn count_error(counts: &mut ErrorCounts, field: &str) {
    let count = match field {
        "rule" => &mut counts.rule,
        "stance" => &mut counts.stance,
        "side" => &mut counts.side,
        "speaker" => &mut counts.speaker,
        "origin" => &mut counts.origin,
        "value" => &mut counts.value,
        _ => &mut counts.key,
    };
    *count += 1;
}

fn unjudged_of(instance: &EmittedInstance) -> UnjudgedInstance {
    UnjudgedInstance {
        id: instance.id.clone(),
        doc: instance.doc.clone(),
        line: instance.line,
        column: instance.column,
        rule: instance.rule.clone(),
        quote: instance.quote.clone(),
        stance: instance.stance.clone(),
        side: takes_side(instance),
        speaker: instance
            .attribution
            .as_ref()
            .map_or_else(|| "none".to_owned(), |a| a.speaker.clone()),
        origin: instance.origin.clone(),
        value: instance.figure.clone(),
        key: instance.key.clone(),
    }
}

/// What `match_findings` finds.
struct FindingResults {
    score: FindingScore,
    missed: Vec<MissedFinding>,
    false_findings: Vec<FalseFinding>,
    unjudged: Vec<CitedFinding>,
}

/// Matches expected findings one-to-one with emitted ones (a maximum matching,
/// so one entry's choice never steals another's only candidate), then judges
/// the emitted findings left over.
fn match_findings(
    labels: &Labels,
    emitted: &Emitted,
    universe: &Universe,
    at: &dyn Fn(Pos) -> String,
) -> FindingResults {
    let instances: BTreeMap<&str, &EmittedInstance> = emitted
        .instances
        .iter()
        .map(|instance| (instance.id.as_str(), instance))
        .collect();
    let quotes = Evidence {
        instances,
        universe,
    };
    let candidates: Vec<Vec<usize>> = labels
        .findings
        .iter()
        .map(|entry| {
            (0..emitted.findings.len())
                .filter(|idx| matches(entry, &emitted.findings[*idx], &quotes))
                .collect()
        })
        .collect();
    let mut owner: Vec<Option<usize>> = vec![None; emitted.findings.len()];
    for entry_idx in 0..labels.findings.len() {
        let mut seen = vec![false; emitted.findings.len()];
        augment(entry_idx, &candidates, &mut seen, &mut owner);
    }
    let complete: BTreeSet<&str> = labels
        .complete
        .iter()
        .map(|(kind, _)| kind.as_str())
        .collect();
    let mut kinds: BTreeMap<String, KindScore> = BTreeMap::new();
    let kind_row = |kinds: &mut BTreeMap<String, KindScore>, kind: &str| {
        kinds.entry(kind.to_owned()).or_insert_with(|| KindScore {
            kind: kind.to_owned(),
            complete: complete.contains(kind),
            ..KindScore::default()
        });
    };
    for kind in labels.complete.iter().map(|(kind, _)| kind.as_str()) {
        kind_row(&mut kinds, kind);
    }
    for entry in &labels.forbidden {
        kind_row(&mut kinds, &entry.kind);
    }
    let mut results = FindingResults {
        score: FindingScore::default(),
        missed: Vec::new(),
        false_findings: Vec::new(),
        unjudged: Vec::new(),
    };
    let matched: BTreeSet<usize> = owner.iter().flatten().copied().collect();
    for (idx, entry) in labels.findings.iter().enumerate() {
        kind_row(&mut kinds, &entry.kind);
        let row = kinds.get_mut(&entry.kind).expect("the row was just added");
        row.expected += 1;
        if matched.contains(&idx) {
            row.matched += 1;
        } else {
            results.missed.push(MissedFinding {
                label: at(entry.kind_pos),
                kind: entry.kind.clone(),
                rule: entry.rule.clone(),
                evidence: entry.evidence.iter().map(|e| e.text.clone()).collect(),
            });
        }
    }
    for (idx, finding) in emitted.findings.iter().enumerate() {
        kind_row(&mut kinds, &finding.kind);
        let row = kinds
            .get_mut(&finding.kind)
            .expect("the row was just added");
        row.emitted += 1;
        if owner[idx].is_some() {
            continue;
        }
        let forbidden = labels
            .forbidden
            .iter()
            .find(|entry| matches(entry, finding, &quotes));
        let cited = cite(finding, &quotes);
        if let Some(entry) = forbidden {
            row.false_ += 1;
            results.false_findings.push(FalseFinding {
                reason: "forbidden",
                label: Some(at(entry.kind_pos)),
                finding: cited,
            });
        } else if complete.contains(finding.kind.as_str()) {
            row.false_ += 1;
            results.false_findings.push(FalseFinding {
                reason: "not-expected",
                label: None,
                finding: cited,
            });
        } else {
            row.unjudged += 1;
            results.unjudged.push(cited);
        }
    }
    let mut score = FindingScore::default();
    for row in kinds.values_mut() {
        row.precision = ratio(row.matched, row.matched + row.false_);
        row.recall = ratio(row.matched, row.expected);
        score.expected += row.expected;
        score.emitted += row.emitted;
        score.matched += row.matched;
        score.false_ += row.false_;
        score.unjudged += row.unjudged;
    }
    score.precision = ratio(score.matched, score.matched + score.false_);
    score.recall = ratio(score.matched, score.expected);
    score.kinds = kinds.into_values().collect();
    results.score = score;
    results
}

/// Whether `finding` has the entry's kind and rule and every evidence
/// fragment overlaps the sentence of one of its instances.
fn matches(entry: &FindingLabel, finding: &EmittedFinding, quotes: &Evidence<'_>) -> bool {
    entry.kind == finding.kind
        && entry.rule == finding.rule.as_deref().unwrap_or("")
        && entry.evidence.iter().all(|evidence| {
            let in_instance = finding.instances.iter().any(|id| {
                quotes.instances.get(id.as_str()).is_some_and(|instance| {
                    quotes
                        .universe
                        .texts
                        .get(&instance.doc)
                        .is_some_and(|doc_text| {
                            doc_text
                                .occurrences(&evidence.folded)
                                .iter()
                                .any(|span| overlaps(span, instance))
                        })
                })
            });
            // A name variant cites name mentions, not instances.
            let in_mention = finding
                .sides
                .iter()
                .flat_map(|side| &side.mentions)
                .any(|mention| {
                    quotes
                        .universe
                        .texts
                        .get(&mention.doc)
                        .is_some_and(|doc_text| {
                            doc_text
                                .sentence_at(mention.line, mention.column)
                                .is_some_and(|sentence| {
                                    doc_text.occurrences(&evidence.folded).iter().any(|span| {
                                        span.start < sentence.end && sentence.start < span.end
                                    })
                                })
                        })
                });
            in_instance || in_mention
        })
}

/// What evidence fragments are looked up in: the emitted instances by id,
/// and the articles' texts.
struct Evidence<'a> {
    instances: BTreeMap<&'a str, &'a EmittedInstance>,
    universe: &'a Universe,
}

/// Whether the byte span `span` of a fragment overlaps the sentence of `instance`.
fn overlaps(span: &std::ops::Range<usize>, instance: &EmittedInstance) -> bool {
    span.start < instance.byte_end && instance.byte_start < span.end
}

/// Kuhn's augmenting path: tries to give entry `entry_idx` an emitted finding,
/// moving earlier entries to other candidates when needed.
fn augment(
    entry_idx: usize,
    candidates: &[Vec<usize>],
    seen: &mut [bool],
    owner: &mut [Option<usize>],
) -> bool {
    for &finding_idx in &candidates[entry_idx] {
        if seen[finding_idx] {
            continue;
        }
        seen[finding_idx] = true;
        let free = match owner[finding_idx] {
            None => true,
            Some(other) => augment(other, candidates, seen, owner),
        };
        if free {
            owner[finding_idx] = Some(entry_idx);
            return true;
        }
    }
    false
}

fn cite(finding: &EmittedFinding, quotes: &Evidence<'_>) -> CitedFinding {
    let mut citations = Vec::new();
    for side in &finding.sides {
        for id in &side.instances {
            if let Some(instance) = quotes.instances.get(id.as_str()) {
                citations.push(Citation {
                    side: side.label.clone(),
                    instance: Some(id.clone()),
                    doc: instance.doc.clone(),
                    line: instance.line,
                    column: instance.column,
                });
            }
        }
        for mention in &side.mentions {
            citations.push(Citation {
                side: side.label.clone(),
                instance: None,
                doc: mention.doc.clone(),
                line: mention.line,
                column: mention.column,
            });
        }
    }
    CitedFinding {
        id: finding.id.clone(),
        kind: finding.kind.clone(),
        rule: finding.rule.clone(),
        citations,
    }
}

fn ratio(numerator: usize, denominator: usize) -> Option<f64> {
    (denominator > 0).then(|| numerator as f64 / denominator as f64)
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use serde_json::{json, Value};

    use super::*;

    /// An emitted instance: `(doc, rule, quote, stance, speaker)`.
    type Row<'a> = (&'a str, &'a str, &'a str, &'a str, Option<&'a str>);

    /// Scores `instances` and `findings` (`(kind, rule, instance numbers)`)
    /// against `labels` and compares a one-line summary.
    fn check(labels: &str, instances: &[Row], findings: &[(&str, &str, &[usize])], expected: &str) {
        let labels = super::super::labels::parse(labels, Path::new("labels.toml"))
            .expect("the test labels parse");
        let (universe, spans) = articles(&labels, instances);
        let labels = labels
            .validate(&universe)
            .unwrap_or_else(|err| panic!("the test labels are valid: {err:#}"));
        let instances: Vec<Value> = instances
            .iter()
            .zip(&spans)
            .enumerate()
            .map(|(idx, ((doc, rule, quote, stance, speaker), span))| {
                json!({
                    "id": format!("i{}", idx + 1), "rule": rule, "doc": doc,
                    "line": idx + 1, "column": 1, "quote": quote, "stance": stance,
                    "byte_start": span.start, "byte_end": span.end,
                    "figure": null, "key": null, "origin": speaker.unwrap_or(doc),
                    "attribution": speaker.map(|speaker| json!({"speaker": speaker})),
                    "repeat": false,
                })
            })
            .collect();
        let findings: Vec<Value> = findings
            .iter()
            .enumerate()
            .map(|(idx, (kind, rule, members))| {
                let ids: Vec<String> = members.iter().map(|n| format!("i{n}")).collect();
                json!({
                    "id": format!("f{}", idx + 1), "kind": kind,
                    "rule": (!rule.is_empty()).then_some(rule), "instances": ids,
                    "sides": [{"label": "affirm", "instances": ids}],
                })
            })
            .collect();
        let emitted: Emitted = serde_json::from_value(json!({
            "rules": [], "instances": instances, "findings": findings,
        }))
        .expect("the test report deserialises");
        let score = score(&labels, &emitted, &universe);
        assert_eq!(
            summary(&score),
            expected,
            "labels: {}",
            labels.path.display()
        );
    }

    /// The articles the rows and labels imply: per document, one line per
    /// distinct emitted quote, then one per label fragment no quote holds;
    /// with the byte span of each row's quote.
    fn articles(labels: &Labels, rows: &[Row]) -> (Universe, Vec<std::ops::Range<usize>>) {
        let mut texts: BTreeMap<String, String> = BTreeMap::new();
        let mut add = |doc: &str, line: &str| -> std::ops::Range<usize> {
            let text = texts.entry(doc.to_owned()).or_default();
            if let Some(at) = text.find(line) {
                return at..at + line.len();
            }
            let at = text.len();
            text.push_str(line);
            text.push('\n');
            at..at + line.len()
        };
        let spans: Vec<_> = rows
            .iter()
            .map(|(doc, _, quote, _, _)| add(doc, quote))
            .collect();
        for label in &labels.instances {
            let held = rows.iter().any(|(doc, _, quote, _, _)| {
                *doc == label.doc && fold(quote).contains(&label.folded)
            });
            if !held {
                add(&label.doc, &label.text);
            }
        }
        let universe = Universe {
            rules: labels
                .instances
                .iter()
                .map(|label| label.rule.clone())
                .chain(rows.iter().map(|row| row.1.to_owned()))
                .chain(labels.findings.iter().map(|entry| entry.rule.clone()))
                .collect(),
            texts: texts
                .into_iter()
                .map(|(doc, text)| {
                    let sentence_starts = std::iter::once(0)
                        .chain(text.match_indices('\n').map(|(at, _)| at + 1))
                        .collect();
                    let doc_text = super::super::labels::DocText {
                        folded: super::super::Folded::new(&text),
                        excluded: Vec::new(),
                        sentence_starts,
                        text: text.clone(),
                    };
                    (doc, doc_text)
                })
                .collect(),
            kinds: [
                "contradiction",
                "corroborated",
                "figure-conflict",
                "unsupported",
                "name-variant",
            ]
            .into_iter()
            .map(str::to_owned)
            .collect(),
        };
        (universe, spans)
    }

    /// Counts and every listed problem, in a line.
    fn summary(score: &Score) -> String {
        let figure = |value: Option<f64>| value.map_or("n/a".to_owned(), |v| format!("{v:.2}"));
        let errors: Vec<String> = score
            .wrong_instances
            .iter()
            .flat_map(|wrong| {
                wrong
                    .errors
                    .iter()
                    .map(|e| format!("{}:{}({}/{})", wrong.id, e.field, e.expected, e.got))
            })
            .collect();
        let falses: Vec<String> = score
            .false_findings
            .iter()
            .map(|f| format!("{}:{}", f.finding.id, f.reason))
            .collect();
        let mentions: Vec<String> = score
            .mention_sides
            .iter()
            .map(|mention| format!("{}:{}", mention.finding, mention.instance))
            .collect();
        let mentions = if mentions.is_empty() {
            String::new()
        } else {
            format!("; mention sides [{}]", mentions.join(" "))
        };
        format!(
            "p {} r {} found {}; errors [{}]; unjudged {}; findings p {} r {} missed {} false [{}] unjudged {}{mentions}; passed {}",
            figure(score.instances.precision),
            figure(score.instances.recall),
            score.instances.found,
            errors.join(" "),
            score.instances.unjudged,
            figure(score.findings.precision),
            figure(score.findings.recall),
            score.missed_findings.len(),
            falses.join(" "),
            score.findings.unjudged,
            score.passed,
        )
    }

    const CLOSED: &str = "[[instance]]\ndoc = \"a\"\ntext = \"bridge was  closed\"\nrule = \"closed\"\nstance = \"affirm\"\nspeaker = [\"the council\", \"council officials\"]\nside = true\n";
    const DENIED: &str = "[[instance]]\ndoc = \"b\"\ntext = \"denied that\"\nrule = \"closed\"\nstance = \"deny\"\nspeaker = \"none\"\n";

    #[test]
    fn right_readings_are_correct_and_other_sentences_unjudged() {
        check(
            &format!("{CLOSED}{DENIED}"),
            &[
                ("a", "closed", "The bridge was closed, the Council said.", "affirm", Some("The Council")),
                ("b", "closed", "It denied that the bridge was closed.", "deny", None),
                ("b", "closed", "The bridge was closed.", "affirm", None),
            ],
            &[],
            "p 1.00 r 1.00 found 2; errors []; unjudged 1; findings p n/a r n/a missed 0 false [] unjudged 0; passed true",
        );
    }

    #[test]
    fn wrong_fields_and_wrong_rules_are_errors() {
        let none = "[[instance]]\ndoc = \"a\"\ntext = \"reopened\"\nrule = \"none\"\n";
        check(
            &format!("{CLOSED}{DENIED}{none}"),
            &[
                ("a", "closed", "The bridge was closed, the Council said.", "deny", Some("Mayor")),
                ("a", "closed", "The bridge reopened.", "affirm", None),
                ("b", "open", "It denied that the bridge was closed.", "deny", None),
            ],
            &[],
            "p 0.00 r 0.00 found 1; errors [i1:stance(affirm/deny) i1:speaker(the council | council officials/Mayor) i2:rule(none/closed) i3:rule(closed/open)]; unjudged 0; findings p n/a r n/a missed 0 false [] unjudged 0; passed true",
        );
    }

    #[test]
    fn a_side_that_only_mentions_the_claim_fails() {
        let might = "[[instance]]\ndoc = \"a\"\ntext = \"might close the bridge\"\nrule = \"closed\"\nstance = \"affirm\"\nside = false\n";
        let rows: &[Row] = &[
            (
                "a",
                "closed",
                "The council might close the bridge.",
                "affirm",
                None,
            ),
            (
                "b",
                "closed",
                "It denied that the bridge was closed.",
                "deny",
                None,
            ),
        ];
        check(
            &format!("{might}{DENIED}"),
            rows,
            &[("contradiction", "closed", &[1, 2])],
            "p 0.50 r 0.50 found 2; errors [i1:side(false/true)]; unjudged 0; findings p n/a r n/a missed 0 false [] unjudged 1; mention sides [f1:i1]; passed false",
        );
        // Listed with the finding but on no side, it is no failure.
        check(
            &format!("{might}{DENIED}"),
            rows,
            &[("contradiction", "closed", &[2])],
            "p 0.50 r 0.50 found 2; errors [i1:side(false/true)]; unjudged 0; findings p n/a r n/a missed 0 false [] unjudged 1; passed true",
        );
        // A beat that allows one (`max_mention_sides = 1`) passes with one.
        check(
            &format!("{might}{DENIED}[thresholds]\nmax_mention_sides = 1\n"),
            rows,
            &[("contradiction", "closed", &[1, 2])],
            "p 0.50 r 0.50 found 2; errors [i1:side(false/true)]; unjudged 0; findings p n/a r n/a missed 0 false [] unjudged 1; mention sides [f1:i1]; passed true",
        );
    }

    #[test]
    fn a_missing_instance_lowers_recall_only() {
        check(
            &format!("{CLOSED}{DENIED}"),
            &[("a", "closed", "The bridge was closed, the council said.", "affirm", Some("council officials"))],
            &[],
            "p 1.00 r 0.50 found 1; errors []; unjudged 0; findings p n/a r n/a missed 0 false [] unjudged 0; passed true",
        );
    }

    #[test]
    fn findings_match_one_to_one_by_kind_rule_and_evidence() {
        let labels = "[[finding]]\nkind = \"contradiction\"\nrule = \"closed\"\nevidence = [\"denied\"]\n\n[[finding]]\nkind = \"contradiction\"\nrule = \"closed\"\n\n[[forbidden]]\nkind = \"corroborated\"\nrule = \"closed\"\n\n[findings]\ncomplete = [\"contradiction\"]\n";
        let instances: &[Row] = &[
            ("a", "closed", "The bridge was closed.", "affirm", None),
            ("b", "closed", "It denied that.", "deny", None),
        ];
        // The entry without evidence must not take the only finding with a denial.
        check(
            labels,
            instances,
            &[("contradiction", "closed", &[1, 2]), ("contradiction", "closed", &[1])],
            "p n/a r n/a found 0; errors []; unjudged 2; findings p 1.00 r 1.00 missed 0 false [] unjudged 0; passed true",
        );
        check(
            labels,
            instances,
            &[
                ("contradiction", "closed", &[1]),
                ("corroborated", "closed", &[1]),
                ("unsupported", "closed", &[1]),
                ("contradiction", "other", &[1]),
            ],
            "p n/a r n/a found 0; errors []; unjudged 2; findings p 0.33 r 0.50 missed 1 false [f2:forbidden f4:not-expected] unjudged 1; passed true",
        );
    }

    #[test]
    fn a_figure_value_threshold_fails_on_wrong_values_and_never_without_figures() {
        // The label gives a value; the check emitted none, so the one judged
        // figure is wrong: figure values 0.00 of 1.
        let valued = "[[instance]]\ndoc = \"a\"\ntext = \"bridge was  closed\"\nrule = \"closed\"\nvalue = \"12\"\n";
        let threshold = "[thresholds]\nfigure_values = 0.9\n";
        check(
            &format!("{valued}{threshold}"),
            &[("a", "closed", "The bridge was closed.", "affirm", None)],
            &[],
            "p 0.00 r 0.00 found 1; errors [i1:value(12/none)]; unjudged 0; findings p n/a r n/a missed 0 false [] unjudged 0; passed false",
        );
        // No label gives a value: no figure is judged, and n/a never fails.
        check(
            &format!("{CLOSED}{threshold}"),
            &[("a", "closed", "The bridge was closed.", "affirm", Some("council"))],
            &[],
            "p 1.00 r 1.00 found 1; errors []; unjudged 0; findings p n/a r n/a missed 0 false [] unjudged 0; passed true",
        );
    }

    #[test]
    fn thresholds_fail_below_and_never_on_na() {
        let thresholds =
            "[thresholds]\ninstance_precision = 0.9\ninstance_recall = 0.5\nfinding_recall = 1.0\n";
        check(
            &format!("{CLOSED}{DENIED}{thresholds}"),
            &[("a", "closed", "The bridge was closed.", "affirm", Some("council"))],
            &[],
            "p 1.00 r 0.50 found 1; errors []; unjudged 0; findings p n/a r n/a missed 0 false [] unjudged 0; passed true",
        );
        check(
            &format!("{CLOSED}{DENIED}{thresholds}"),
            &[("a", "closed", "The bridge was closed.", "deny", Some("council"))],
            &[],
            "p 0.00 r 0.00 found 1; errors [i1:stance(affirm/deny)]; unjudged 0; findings p n/a r n/a missed 0 false [] unjudged 0; passed false",
        );
    }
}
