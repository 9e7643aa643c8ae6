//! The JSON wire format, documented field by field.
//!
//! Ids come from content, not positions (`report::fingerprint`): an
//! instance's from its rule, document and offsets, a finding's from its
//! fingerprint, so adding a rule or an article renumbers nothing else. Any
//! change to a field bumps `SCHEMA_VERSION`.

use std::cell::RefCell;
use std::io::Write;

use serde::{Serialize, Serializer};

use super::fingerprint::{Identity, ShortIds};
use super::Report;
use crate::model::{
    Approx, Bound, Certainty, Credit, DenialClass, Document, Finding, FindingKind, Grain,
    QuoteKind, Severity, SpeechAct, Stance, Status, ValueKind,
};

/// Bumped whenever a field is added, removed or changes meaning.
pub const SCHEMA_VERSION: u32 = 6;

/// The whole document.
#[derive(Serialize)]
struct Wire<'a> {
    /// Version of this format.
    schema_version: u32,
    /// The rules of the rulebook, in rulebook order.
    rules: Vec<RuleWire<'a>>,
    /// The articles, sorted by path.
    documents: Documents<'a>,
    /// Every instance of every rule, in citation order.
    instances: Instances<'a>,
    /// The findings shown (after `--kind`, `--rule` and `--focus`).
    findings: LaterFindings<'a>,
}

/// The findings shown and their identities, made when the writer reaches
/// them (`write_pending`).
pub type Pending<'a> = Box<dyn FnOnce() -> (Vec<Finding>, Vec<Identity>) + 'a>;

/// The report's findings, or those `pending` makes once the rules, documents
/// and instances before them are written.
struct LaterFindings<'a> {
    report: &'a Report<'a>,
    ids: &'a ShortIds,
    pending: RefCell<Option<Pending<'a>>>,
}

impl Serialize for LaterFindings<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let Some(pending) = self.pending.borrow_mut().take() else {
            return Findings(self.report, self.ids).serialize(serializer);
        };
        let (findings, identities) = pending();
        let report = Report {
            findings: &findings,
            identities: &identities,
            ..*self.report
        };
        Findings(&report, self.ids).serialize(serializer)
    }
}

/// The documents, serialised one at a time.
struct Documents<'a>(&'a [Document]);

impl Serialize for Documents<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.0.iter().map(document_wire))
    }
}

/// The instances, serialised one at a time so an archive's instances are
/// never all held as wire structs at once; with their ids.
struct Instances<'a>(&'a Report<'a>, &'a ShortIds);

impl Serialize for Instances<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let report = self.0;
        serializer.collect_seq(
            report
                .instances
                .iter()
                .enumerate()
                .map(|(idx, instance)| instance_wire(report, self.1, idx, instance)),
        )
    }
}

/// The findings, serialised one at a time, with the instance ids.
struct Findings<'a>(&'a Report<'a>, &'a ShortIds);

impl Serialize for Findings<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let report = self.0;
        serializer.collect_seq(
            report
                .findings
                .iter()
                .enumerate()
                .map(|(idx, finding)| finding_wire(report, self.1, idx, finding)),
        )
    }
}

/// An article: `{id, path, title, publisher, authors, date, url, derived_from}`,
/// from the manifest and front matter; what neither gives is null, never guessed.
#[derive(Serialize)]
struct DocumentWire<'a> {
    /// Short stable id: the manifest's `id`, else the file stem.
    id: &'a str,
    /// Path relative to the corpus root, with `/` separators.
    path: &'a str,
    /// Title from the manifest, front matter, or first non-empty line; else null.
    title: Option<&'a str>,
    /// Outlet that published the article, or null.
    publisher: Option<&'a str>,
    /// Authors in byline order (possibly empty).
    authors: &'a [String],
    /// Publication date as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, or null.
    date: Option<String>,
    /// Where the article was published, or null.
    url: Option<&'a str>,
    /// The outlet whose report this article rewrites (a wire story), or null.
    derived_from: Option<&'a str>,
    /// Schema 2: the earlier article of the corpus whose text this one
    /// repeats (found by text reuse), or null. Its own-voice instances take
    /// that article's origin, so the two count once.
    copy_of: Option<CopyOfWire<'a>>,
}

/// A text-reuse link: `{original, shared_passages}`.
#[derive(Serialize)]
struct CopyOfWire<'a> {
    /// Id of the original document.
    original: &'a str,
    /// Sampled runs of eight words the two articles share.
    shared_passages: u32,
}

/// A rule: `{id, kind, claim, file, line}`.
#[derive(Serialize)]
struct RuleWire<'a> {
    /// Rule id.
    id: &'a str,
    /// `proposition` or `figure`.
    kind: &'static str,
    /// The short claim text.
    claim: &'a str,
    /// Rule file relative to the rules directory.
    file: &'a str,
    /// Line of the rule's table in that file.
    line: u32,
}

/// An instance: where, what was quoted, and its provenance.
#[derive(Serialize)]
struct InstanceWire<'a> {
    /// Schema 3: `i` and at least 7 hex digits of a hash of the rule id,
    /// the document id and the sentence and match offsets (was `i1`, `i2`, …
    /// in citation order): the same whatever other rules or articles exist.
    id: String,
    /// Rule id.
    rule: &'a str,
    /// Document id.
    doc: &'a str,
    /// 1-based line of the sentence start.
    line: u32,
    /// 1-based column (characters) of the sentence start.
    column: u32,
    /// Byte offset of the sentence in the article file.
    byte_start: usize,
    /// Byte offset one past the sentence.
    byte_end: usize,
    /// The whole sentence.
    quote: std::borrow::Cow<'a, str>,
    /// `affirm` or `deny`.
    stance: Stance,
    /// The cue that made a denial ("denied", "will not"), else null.
    stance_cue: Option<&'a str>,
    /// `negation` or `antonymy` for a denial, else null.
    stance_class: Option<DenialClass>,
    /// Every typed value in the sentence.
    values: Vec<ValueWire<'a>>,
    /// For a figure rule: the value that answers it (normalised), else null.
    /// Its display text, as in schema 1; `figure_bound` and
    /// `figure_interval` say what it allows.
    figure: Option<&'a str>,
    /// Schema 3: the bound of the figure's value (see `values[].bound`), else null.
    figure_bound: Option<Bound>,
    /// Schema 3: true when the figure's value is a date completed from the
    /// article's date (see `values[].inferred`).
    figure_inferred: bool,
    /// Schema 3: the interval the figure's value allows (see
    /// `values[].interval`), else null.
    figure_interval: Option<IntervalWire>,
    /// For a figure rule with a key: the key (a period "2014..2018", a
    /// qualifier term "second strike", or `unspecified` when neither the
    /// sentence nor its context writes one), else null.
    key: Option<String>,
    /// Schema 3: true when the key was read from the sentence before or the
    /// heading because the instance's sentence writes none.
    key_inherited: bool,
    /// Who says it, or null when the article says it in its own voice.
    attribution: Option<AttributionWire<'a>>,
    /// The hedge word, or null.
    hedge: Option<&'a str>,
    /// The independent source behind the instance.
    origin: &'a str,
    /// True for a pull quote repeating its own article (never a second source).
    repeat: bool,
    /// Schema 2: the speech act that carries the claim: `assertion`, `report`,
    /// `denial`, `speculation`, `conditional`, `question`, `warning`, `plan`,
    /// `distancing` or `prediction`.
    speech_act: SpeechAct,
    /// Schema 2: `certain`, `probable`, `possible` or `underspecified`.
    certainty: Certainty,
    /// Schema 2: the word that decided the speech act or certainty, or null.
    factuality_cue: Option<&'a str>,
    /// Schema 2: whether the instance counts as a side and an origin (a certain
    /// or probable assertion, report or denial that is not a pull-quote
    /// repeat); other instances are listed, never counted.
    side: bool,
    /// The roles a rule's pattern filled (`agent`, `act`, `recipient`,
    /// `theme`, …), in pattern order: `{role, text, start, end}` with byte
    /// offsets inside `quote`. Absent for rules without patterns.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    slots: Vec<SlotWire<'a>>,
}

/// A role a pattern filled.
#[derive(Serialize)]
struct SlotWire<'a> {
    /// The role as the pattern names it.
    role: &'a str,
    /// The words that filled it.
    text: &'a str,
    /// Byte offset inside the quote.
    start: usize,
    /// One past the end.
    end: usize,
}

/// A value: `{kind, text, normalized, grain, approx, bound, interval}`.
#[derive(Serialize)]
struct ValueWire<'a> {
    /// percent, count, money, quantity, year, date or range.
    kind: ValueKind,
    /// As written.
    text: &'a str,
    /// Canonical form ("70%", "2019-10", "2014..2018").
    normalized: &'a str,
    /// year, month or day for dates; null for numbers.
    grain: Option<Grain>,
    /// about, at-least or at-most; null when exact (schema 1; `bound` says more).
    approx: Option<Approx>,
    /// Schema 3: how the number bounds the quantity: `exact`, `at-least`,
    /// `at-most`, `more-than`, `less-than`, `approximately`, `nearly`,
    /// `between` (a range: "3–5", "between 12,000 and 40,000") or `vague`
    /// ("hundreds of": 200 to 999).
    bound: Bound,
    /// Schema 3: true for a date completed from the article's date ("March
    /// 3", "in June", "on Monday", "yesterday"): the text writes no year.
    inferred: bool,
    /// Schema 3: the quantities the value allows, which figure conflicts
    /// compare (two values agree when their intervals, widened by the rule's
    /// tolerance, overlap).
    interval: IntervalWire,
}

/// An interval: `{min, max}`, inclusive. Numbers are in the value's unit
/// (percent points, the currency, the unit); years, dates and periods are
/// day numbers (days since 1970-01-01) of their first and last day. A side
/// with no limit is null: "at least 12" is `{min: 12, max: null}`; "up to
/// 9" is `{min: 0, max: 9}` (counts, shares, amounts and quantities are
/// never negative); "about 70%" is 3% either side; "nearly 30" is 27 to 30.
#[derive(Serialize)]
struct IntervalWire {
    /// The smallest quantity allowed, or null when unbounded below.
    min: Option<f64>,
    /// The largest quantity allowed, or null when unbounded above.
    max: Option<f64>,
}

impl IntervalWire {
    fn of(value: &crate::model::Value) -> IntervalWire {
        IntervalWire {
            min: Some(value.min).filter(|min| min.is_finite()),
            max: Some(value.max).filter(|max| max.is_finite()),
        }
    }
}

/// An attribution: `{speaker, cue, direct, quote, refers_to, unresolved,
/// reported_by, affiliation, entry, entry_affiliation, credit}`.
#[derive(Serialize)]
struct AttributionWire<'a> {
    /// The speaker as written.
    speaker: &'a str,
    /// The attribution cue ("according to", "said").
    cue: &'a str,
    /// True for a direct quote.
    direct: bool,
    /// Schema 4: `direct`, `indirect` or `mixed` (the writer's words with a
    /// quoted fragment).
    quote: QuoteKind,
    /// Schema 4: the named speaker of the article that a pronoun, a generic
    /// head ("the ministry") or a surname stands for, else null.
    refers_to: Option<&'a str>,
    /// Schema 4: true for a generic head ("the report") that stands for no
    /// named speaker: never an origin of its own (the outlet is).
    unresolved: bool,
    /// Schema 4: who the sentence says reports the speaker's words (the next
    /// link of the source chain: "the SBU" for "one of the men, described by
    /// the SBU as a Russian soldier"), else null.
    reported_by: Option<&'a str>,
    /// Schema 4: what an apposition says the speaker is, else null.
    affiliation: Option<&'a str>,
    /// Schema 4: the speaker registry entry (`[speaker.<id>]`) the speaker
    /// is, else null.
    entry: Option<&'a str>,
    /// Schema 4: the entry's `affiliation`, the entry it counts as when
    /// sources are counted, else null.
    entry_affiliation: Option<&'a str>,
    /// Schema 6: where the credit is written: `own` (in the sentence or
    /// around its quotation), `later` (a later sentence credits it: "S.
    /// This was reported by X.") or `introduced` (an earlier line introduces
    /// it: "Source: X" above a "Quote:" or "Details:" section).
    credit: Credit,
}

/// A finding.
#[derive(Serialize)]
struct FindingWire<'a> {
    /// Schema 3: `f` and the first 7 (or more, to stay unique) hex digits of
    /// `fingerprint` (was `f1`, `f2`, … in finding order).
    id: String,
    /// Schema 3: 16 hex digits hashing the finding's kind, rule id, claim key
    /// and normalised evidence (stance, figure value and sentence text of
    /// each instance, spellings of each mention), never positions or article
    /// names: the same finding has the same fingerprint in every run.
    fingerprint: &'a str,
    /// Schema 3: against `check --baseline`: `{status, decision, note}`,
    /// else null. `status` is `new`, `known` or `changed`.
    baseline: Option<&'a crate::report::fingerprint::BaselineMark>,
    /// The finding kind (kebab-case).
    kind: FindingKind,
    /// Rule id, null for name variants.
    rule: Option<&'a str>,
    /// The claim text.
    claim: &'a str,
    /// supported, disputed or not-enough-info.
    status: Status,
    /// info, low, medium or high.
    severity: Severity,
    /// For contradictions: negation or antonymy; else null.
    class: Option<DenialClass>,
    /// One sentence a person can read aloud.
    explanation: &'a str,
    /// Every instance id involved, in citation order.
    instances: Vec<String>,
    /// The sides, each with its label and instance ids.
    sides: Vec<SideWire<'a>>,
    /// Instance ids of the rule's instances that take no side (speculation,
    /// conditionals, questions, warnings, plans, distancing, predictions):
    /// listed for the editor, never counted as an origin or a side. Absent
    /// when there are none.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    mentions: Vec<String>,
}

/// One side of a finding.
#[derive(Serialize)]
struct SideWire<'a> {
    /// affirm, deny, a value, or a spelling.
    label: &'a str,
    /// Instance ids.
    instances: Vec<String>,
    /// For name variants: where the spelling was seen.
    mentions: Vec<MentionWire<'a>>,
}

/// Where a name was seen: `{doc, line, column, quote?}`.
#[derive(Serialize)]
struct MentionWire<'a> {
    /// Document id.
    doc: &'a str,
    /// 1-based line.
    line: u32,
    /// 1-based column.
    column: u32,
    /// The whole sentence, as written: on the first mention of each
    /// spelling; absent on the others or when the file no longer reads.
    #[serde(skip_serializing_if = "Option::is_none")]
    quote: Option<&'a str>,
}

/// Writes `report` as pretty JSON with a trailing newline.
pub fn write(report: &Report<'_>, out: &mut dyn Write) -> std::io::Result<()> {
    write_findings_later(report, None, out)
}

/// Writes `head` as `write` does, but for its findings and their identities,
/// which `pending` makes when the rules, documents and instances before them
/// are written (so what makes them may run while those are written): the
/// bytes of `write` on `head` with those findings.
pub fn write_pending<'a>(
    head: &Report<'a>,
    pending: Pending<'a>,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    write_findings_later(head, Some(pending), out)
}

fn write_findings_later<'a>(
    report: &Report<'a>,
    pending: Option<Pending<'a>>,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let ids = super::fingerprint::instance_ids(report);
    let wire = Wire {
        schema_version: SCHEMA_VERSION,
        rules: report
            .rules
            .iter()
            .map(|rule| RuleWire {
                id: &rule.id,
                kind: rule.kind.name(),
                claim: &rule.claim,
                file: &rule.file,
                line: rule.line,
            })
            .collect(),
        documents: Documents(report.documents),
        instances: Instances(report, &ids),
        findings: LaterFindings {
            report,
            ids: &ids,
            pending: RefCell::new(pending),
        },
    };
    // serde_json writes a few bytes at a time: a buffer it can reach without
    // dynamic dispatch saves a virtual call per write.
    let mut buffered = std::io::BufWriter::with_capacity(1 << 16, &mut *out);
    serde_json::to_writer_pretty(&mut buffered, &wire).map_err(std::io::Error::from)?;
    buffered.write_all(b"\n")?;
    buffered.flush()
}

fn document_wire(document: &Document) -> DocumentWire<'_> {
    DocumentWire {
        id: &document.id,
        path: &document.path,
        title: document.title.as_deref(),
        publisher: document.publisher.as_deref(),
        authors: &document.authors,
        date: document.date.map(|date| date.to_string()),
        url: document.url.as_deref(),
        derived_from: document.derived_from.as_deref(),
        copy_of: document.copy_of.as_ref().map(|copy| CopyOfWire {
            original: &copy.original,
            shared_passages: copy.shared,
        }),
    }
}

fn instance_wire<'a>(
    report: &'a Report<'a>,
    ids: &ShortIds,
    idx: usize,
    instance: &'a crate::model::Instance,
) -> InstanceWire<'a> {
    let figure = instance.figure();
    InstanceWire {
        id: instance_id(ids, idx as u32),
        rule: report.rule_id(instance.rule),
        doc: report.doc_id(instance.citation.doc),
        line: instance.citation.line,
        column: instance.citation.column,
        byte_start: instance.citation.byte_start,
        byte_end: instance.citation.byte_end,
        quote: instance.quote.text(),
        stance: instance.stance.stance,
        stance_cue: instance.stance.cue.as_deref(),
        stance_class: instance.stance.class,
        values: instance
            .values
            .iter()
            .map(|value| ValueWire {
                kind: value.kind,
                text: &value.text,
                normalized: &value.normalized,
                grain: value.grain,
                approx: value.approx,
                bound: value.bound,
                inferred: value.inferred,
                interval: IntervalWire::of(value),
            })
            .collect(),
        figure: figure.map(|value| value.normalized.as_str()),
        figure_bound: figure.map(|value| value.bound),
        figure_inferred: figure.is_some_and(|value| value.inferred),
        figure_interval: figure.map(IntervalWire::of),
        key: instance.figure_key.as_ref().map(ToString::to_string),
        key_inherited: instance.key_inherited,
        attribution: instance
            .attribution
            .as_ref()
            .map(|attribution| AttributionWire {
                speaker: &attribution.speaker,
                cue: &attribution.cue,
                direct: attribution.direct,
                quote: attribution.quote,
                refers_to: attribution.refers_to.as_deref(),
                unresolved: attribution.unresolved,
                reported_by: attribution.reported_by.as_deref(),
                affiliation: attribution.affiliation.as_deref(),
                entry: attribution.entry.as_deref(),
                entry_affiliation: attribution.entry_affiliation.as_deref(),
                credit: attribution.credit,
            }),
        hedge: instance.hedge.as_ref().map(|hedge| hedge.cue.as_str()),
        origin: &instance.origin,
        repeat: instance.repeat,
        speech_act: instance.factuality.act,
        certainty: instance.factuality.certainty,
        factuality_cue: instance.factuality.cue.as_deref(),
        side: instance.factuality.takes_side() && !instance.repeat,
        slots: instance
            .slots
            .iter()
            .map(|slot| SlotWire {
                role: &slot.role,
                text: &slot.text,
                start: slot.start,
                end: slot.end,
            })
            .collect(),
    }
}

fn finding_wire<'a>(
    report: &'a Report<'a>,
    ids: &ShortIds,
    idx: usize,
    finding: &'a crate::model::Finding,
) -> FindingWire<'a> {
    let identity = report.identities.get(idx);
    FindingWire {
        id: report.finding_id(idx).to_string(),
        fingerprint: identity.map_or("?", |identity| identity.fingerprint.as_str()),
        baseline: identity.and_then(|identity| identity.baseline.as_ref()),
        kind: finding.kind,
        rule: finding.rule.map(|rule| report.rule_id(rule)),
        claim: &finding.claim,
        status: finding.status,
        severity: finding.severity,
        class: finding.class,
        explanation: &finding.explanation,
        instances: {
            let mut all: Vec<u32> = finding
                .sides
                .iter()
                .flat_map(|side| side.instances.iter().copied())
                .collect();
            all.sort_unstable();
            all.dedup();
            all.into_iter().map(|idx| instance_id(ids, idx)).collect()
        },
        sides: finding
            .sides
            .iter()
            .map(|side| SideWire {
                label: &side.label,
                instances: side
                    .instances
                    .iter()
                    .map(|idx| instance_id(ids, *idx))
                    .collect(),
                mentions: side
                    .mentions
                    .iter()
                    .map(|mention| MentionWire {
                        doc: report.doc_id(mention.citation.doc),
                        line: mention.citation.line,
                        column: mention.citation.column,
                        quote: mention.quote.as_deref(),
                    })
                    .collect(),
            })
            .collect(),
        mentions: finding
            .mentions
            .iter()
            .map(|idx| instance_id(ids, *idx))
            .collect(),
    }
}

/// The wire id of the instance at `idx`, from `fingerprint::instance_ids`.
fn instance_id(ids: &ShortIds, idx: u32) -> String {
    ids.get(idx as usize).unwrap_or_else(|| "?".to_string())
}
