//! The JSON wire format, documented field by field.
//!
//! Ids come from content, not positions (`report::fingerprint`): an
//! instance's from its rule, document and offsets, a finding's from its
//! fingerprint, so adding a rule or an article renumbers nothing else. Any
//! change to a field bumps `SCHEMA_VERSION`.

use std::io::Write;

use serde::{Serialize, Serializer};

use super::fingerprint::{Identity, ShortIds};
use super::Report;
use crate::model::{Document, Finding};

/// Bumped whenever a field is added, removed or changes meaning.
pub const SCHEMA_VERSION: u32 = 6;

/// The findings shown and their identities, made when the writer reaches
/// them (`write_pending`).
pub type Pending<'a> = Box<dyn FnOnce() -> (Vec<Finding>, Vec<Identity>) + 'a>;

/// The documents, serialised one at a time.
struct Documents<'a>(&'a [Document]);

impl Serialize for Documents<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.0.iter().map(document_wire))
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

/// Writes one instance as `serde_json`'s pretty printer writes an object at
/// nesting `level`, field by field straight into `out` (no wire struct, no
/// id or key string of its own): where, what was quoted, and its provenance.
fn write_instance<W: Write>(
    out: &mut W,
    level: usize,
    report: &Report<'_>,
    ids: &ShortIds,
    idx: usize,
    instance: &crate::model::Instance,
) -> std::io::Result<()> {
    let figure = instance.figure();
    let mut object = Object::open(out, level)?;
    // Schema 3: `i` and at least 7 hex digits of a hash of the rule id, the
    // document id and the sentence and match offsets (was `i1`, `i2`, … in
    // citation order): the same whatever other rules or articles exist.
    write_instance_id(object.key("id")?, ids, idx)?;
    // Rule id.
    object.field("rule", report.rule_id(instance.rule))?;
    // Document id.
    object.field("doc", report.doc_id(instance.citation.doc))?;
    // 1-based line of the sentence start.
    object.field("line", &instance.citation.line)?;
    // 1-based column (characters) of the sentence start.
    object.field("column", &instance.citation.column)?;
    // Byte offset of the sentence in the article file.
    object.field("byte_start", &instance.citation.byte_start)?;
    // Byte offset one past the sentence.
    object.field("byte_end", &instance.citation.byte_end)?;
    // The whole sentence.
    object.field("quote", &*instance.quote.text())?;
    // `affirm` or `deny`.
    object.field("stance", &instance.stance.stance)?;
    // The cue that made a denial ("denied", "will not"), else null.
    object.field("stance_cue", &instance.stance.cue.as_deref())?;
    // `negation` or `antonymy` for a denial, else null.
    object.field("stance_class", &instance.stance.class)?;
    // Every typed value in the sentence: `{kind, text, normalized, grain,
    // approx, bound, inferred, interval}` (`write_value`).
    let out = object.key("values")?;
    write_array(out, level + 1, &instance.values, |out, level, _, value| {
        write_value(out, level, value)
    })?;
    // For a figure rule: the value that answers it (normalised), else null.
    // Its display text, as in schema 1; `figure_bound` and `figure_interval`
    // say what it allows.
    object.field("figure", &figure.map(|value| value.normalized.as_str()))?;
    // Schema 3: the bound of the figure's value (see `values[].bound`), else
    // null.
    object.field("figure_bound", &figure.map(|value| value.bound))?;
    // Schema 3: true when the figure's value is a date completed from the
    // article's date (see `values[].inferred`).
    object.field(
        "figure_inferred",
        &figure.is_some_and(|value| value.inferred),
    )?;
    // Schema 3: the interval the figure's value allows (see
    // `values[].interval`), else null.
    let out = object.key("figure_interval")?;
    match figure {
        Some(value) => write_interval(out, level + 1, value)?,
        None => out.write_all(b"null")?,
    }
    // For a figure rule with a key: the key (a period "2014..2018", a
    // qualifier term "second strike", or `unspecified` when neither the
    // sentence nor its context writes one), else null.
    match &instance.figure_key {
        Some(key) => object.field("key", &Displayed(key))?,
        None => object.field("key", &())?,
    }
    // Schema 3: true when the key was read from the sentence before or the
    // heading because the instance's sentence writes none.
    object.field("key_inherited", &instance.key_inherited)?;
    // Who says it, or null when the article says it in its own voice
    // (`write_attribution`).
    let out = object.key("attribution")?;
    match &instance.attribution {
        Some(attribution) => write_attribution(out, level + 1, attribution)?,
        None => out.write_all(b"null")?,
    }
    // The hedge word, or null.
    object.field(
        "hedge",
        &instance.hedge.as_ref().map(|hedge| hedge.cue.as_str()),
    )?;
    // The independent source behind the instance.
    object.field("origin", &*instance.origin)?;
    // True for a pull quote repeating its own article (never a second source).
    object.field("repeat", &instance.repeat)?;
    // Schema 2: the speech act that carries the claim: `assertion`, `report`,
    // `denial`, `speculation`, `conditional`, `question`, `warning`, `plan`,
    // `distancing` or `prediction`.
    object.field("speech_act", &instance.factuality.act)?;
    // Schema 2: `certain`, `probable`, `possible` or `underspecified`.
    object.field("certainty", &instance.factuality.certainty)?;
    // Schema 2: the word that decided the speech act or certainty, or null.
    object.field("factuality_cue", &instance.factuality.cue.as_deref())?;
    // Schema 2: whether the instance counts as a side and an origin (a
    // certain or probable assertion, report or denial that is not a
    // pull-quote repeat); other instances are listed, never counted.
    object.field(
        "side",
        &(instance.factuality.takes_side() && !instance.repeat),
    )?;
    // The roles a rule's pattern filled (`agent`, `act`, `recipient`,
    // `theme`, …), in pattern order: `{role, text, start, end}` with byte
    // offsets inside `quote` (the role as the pattern names it, the words
    // that filled it, their start and one past their end). Absent for rules
    // without patterns.
    if !instance.slots.is_empty() {
        let out = object.key("slots")?;
        write_array(out, level + 1, &instance.slots, |out, level, _, slot| {
            let mut object = Object::open(out, level)?;
            object.field("role", &*slot.role)?;
            object.field("text", &*slot.text)?;
            object.field("start", &slot.start)?;
            object.field("end", &slot.end)?;
            object.close()
        })?;
    }
    object.close()
}

/// Writes the findings as an array at nesting `level`, each as
/// `write_finding` does.
fn write_findings<W: Write>(
    out: &mut W,
    level: usize,
    report: &Report<'_>,
    ids: &ShortIds,
) -> std::io::Result<()> {
    write_array(out, level, report.findings, |out, level, idx, finding| {
        write_finding(out, level, report, ids, idx, finding)
    })
}

/// Writes one finding as `serde_json`'s pretty printer writes an object at
/// nesting `level`, field by field straight into `out`.
fn write_finding<W: Write>(
    out: &mut W,
    level: usize,
    report: &Report<'_>,
    ids: &ShortIds,
    idx: usize,
    finding: &Finding,
) -> std::io::Result<()> {
    let identity = report.identities.get(idx);
    let mut object = Object::open(out, level)?;
    // Schema 3: `f` and the first 7 (or more, to stay unique) hex digits of
    // `fingerprint` (was `f1`, `f2`, … in finding order).
    object.field("id", report.finding_id(idx))?;
    // Schema 3: 16 hex digits hashing the finding's kind, rule id, claim key
    // and normalised evidence (stance, figure value and sentence text of
    // each instance, spellings of each mention), never positions or article
    // names: the same finding has the same fingerprint in every run.
    object.field(
        "fingerprint",
        identity.map_or("?", |identity| identity.fingerprint.as_str()),
    )?;
    // Schema 3: against `check --baseline`: `{status, decision, note}`,
    // else null. `status` is `new`, `known` or `changed`.
    let out = object.key("baseline")?;
    match identity.and_then(|identity| identity.baseline.as_ref()) {
        Some(mark) => {
            let mut object = Object::open(out, level + 1)?;
            object.field("status", &mark.status)?;
            object.field("decision", &mark.decision)?;
            object.field("note", &mark.note)?;
            object.close()?;
        }
        None => out.write_all(b"null")?,
    }
    // The finding kind (kebab-case).
    object.field("kind", &finding.kind)?;
    // Rule id, null for name variants.
    object.field("rule", &finding.rule.map(|rule| report.rule_id(rule)))?;
    // The claim text.
    object.field("claim", &*finding.claim)?;
    // supported, disputed or not-enough-info.
    object.field("status", &finding.status)?;
    // info, low, medium or high.
    object.field("severity", &finding.severity)?;
    // For contradictions: negation or antonymy; else null.
    object.field("class", &finding.class)?;
    // One sentence a person can read aloud.
    object.field("explanation", &*finding.explanation)?;
    // Every instance id involved, in citation order.
    let mut all: Vec<u32> = finding
        .sides
        .iter()
        .flat_map(|side| side.instances.iter().copied())
        .collect();
    all.sort_unstable();
    all.dedup();
    write_instance_ids(object.key("instances")?, level + 1, ids, &all)?;
    // The sides, each with its label and instance ids.
    let out = object.key("sides")?;
    write_array(out, level + 1, &finding.sides, |out, level, _, side| {
        let mut object = Object::open(out, level)?;
        // affirm, deny, a value, or a spelling.
        object.field("label", &*side.label)?;
        // Instance ids.
        write_instance_ids(object.key("instances")?, level + 1, ids, &side.instances)?;
        // For name variants: where the spelling was seen: `{doc, line,
        // column, quote?}`.
        let out = object.key("mentions")?;
        write_array(out, level + 1, &side.mentions, |out, level, _, mention| {
            let mut object = Object::open(out, level)?;
            // Document id.
            object.field("doc", report.doc_id(mention.citation.doc))?;
            // 1-based line.
            object.field("line", &mention.citation.line)?;
            // 1-based column.
            object.field("column", &mention.citation.column)?;
            // The whole sentence, as written: on the first mention of each
            // spelling; absent on the others or when the file no longer
            // reads.
            if let Some(quote) = mention.quote.as_deref() {
                object.field("quote", quote)?;
            }
            object.close()
        })?;
        object.close()
    })?;
    // Instance ids of the rule's instances that take no side (speculation,
    // conditionals, questions, warnings, plans, distancing, predictions):
    // listed for the editor, never counted as an origin or a side. Absent
    // when there are none.
    if !finding.mentions.is_empty() {
        write_instance_ids(object.key("mentions")?, level + 1, ids, &finding.mentions)?;
    }
    object.close()
}

/// Writes the wire ids of the instances at `indexes` (`ShortIds::write`;
/// `?` for an index it has no id for) as an array at nesting `level`.
fn write_instance_ids<W: Write>(
    out: &mut W,
    level: usize,
    ids: &ShortIds,
    indexes: &[u32],
) -> std::io::Result<()> {
    write_array(out, level, indexes, |out, _, _, &idx| {
        write_instance_id(out, ids, idx as usize)
    })
}

/// Writes the wire id of the instance at `idx` as a JSON string
/// (`ShortIds::write`; `"?"` when it has none).
fn write_instance_id<W: Write>(out: &mut W, ids: &ShortIds, idx: usize) -> std::io::Result<()> {
    out.write_all(b"\"")?;
    if !ids.write(idx, out)? {
        out.write_all(b"?")?;
    }
    out.write_all(b"\"")
}

/// A value: `{kind, text, normalized, grain, approx, bound, inferred,
/// interval}`.
fn write_value<W: Write>(
    out: &mut W,
    level: usize,
    value: &crate::model::Value,
) -> std::io::Result<()> {
    let mut object = Object::open(out, level)?;
    // percent, count, money, quantity, year, date or range.
    object.field("kind", &value.kind)?;
    // As written.
    object.field("text", &*value.text)?;
    // Canonical form ("70%", "2019-10", "2014..2018").
    object.field("normalized", &*value.normalized)?;
    // year, month or day for dates; null for numbers.
    object.field("grain", &value.grain)?;
    // about, at-least or at-most; null when exact (schema 1; `bound` says
    // more).
    object.field("approx", &value.approx)?;
    // Schema 3: how the number bounds the quantity: `exact`, `at-least`,
    // `at-most`, `more-than`, `less-than`, `approximately`, `nearly`,
    // `between` (a range: "3–5", "between 12,000 and 40,000") or `vague`
    // ("hundreds of": 200 to 999).
    object.field("bound", &value.bound)?;
    // Schema 3: true for a date completed from the article's date ("March
    // 3", "in June", "on Monday", "yesterday"): the text writes no year.
    object.field("inferred", &value.inferred)?;
    // Schema 3: the quantities the value allows, which figure conflicts
    // compare (two values agree when their intervals, widened by the rule's
    // tolerance, overlap).
    let out = object.key("interval")?;
    write_interval(out, level + 1, value)?;
    object.close()
}

/// An interval: `{min, max}`, inclusive. Numbers are in the value's unit
/// (percent points, the currency, the unit); years, dates and periods are
/// day numbers (days since 1970-01-01) of their first and last day. A side
/// with no limit is null: "at least 12" is `{min: 12, max: null}`; "up to
/// 9" is `{min: 0, max: 9}` (counts, shares, amounts and quantities are
/// never negative); "about 70%" is 3% either side; "nearly 30" is 27 to 30.
fn write_interval<W: Write>(
    out: &mut W,
    level: usize,
    value: &crate::model::Value,
) -> std::io::Result<()> {
    let mut object = Object::open(out, level)?;
    // The smallest quantity allowed, or null when unbounded below.
    object.field("min", &Some(value.min).filter(|min| min.is_finite()))?;
    // The largest quantity allowed, or null when unbounded above.
    object.field("max", &Some(value.max).filter(|max| max.is_finite()))?;
    object.close()
}

/// An attribution: `{speaker, cue, direct, quote, refers_to, unresolved,
/// reported_by, affiliation, entry, entry_affiliation, credit}`.
fn write_attribution<W: Write>(
    out: &mut W,
    level: usize,
    attribution: &crate::model::Attribution,
) -> std::io::Result<()> {
    let mut object = Object::open(out, level)?;
    // The speaker as written.
    object.field("speaker", &*attribution.speaker)?;
    // The attribution cue ("according to", "said").
    object.field("cue", &*attribution.cue)?;
    // True for a direct quote.
    object.field("direct", &attribution.direct)?;
    // Schema 4: `direct`, `indirect` or `mixed` (the writer's words with a
    // quoted fragment).
    object.field("quote", &attribution.quote)?;
    // Schema 4: the named speaker of the article that a pronoun, a generic
    // head ("the ministry") or a surname stands for, else null.
    object.field("refers_to", &attribution.refers_to)?;
    // Schema 4: true for a generic head ("the report") that stands for no
    // named speaker: never an origin of its own (the outlet is).
    object.field("unresolved", &attribution.unresolved)?;
    // Schema 4: who the sentence says reports the speaker's words (the next
    // link of the source chain: "the SBU" for "one of the men, described by
    // the SBU as a Russian soldier"), else null.
    object.field("reported_by", &attribution.reported_by)?;
    // Schema 4: what an apposition says the speaker is, else null.
    object.field("affiliation", &attribution.affiliation)?;
    // Schema 4: the speaker registry entry (`[speaker.<id>]`) the speaker
    // is, else null.
    object.field("entry", &attribution.entry)?;
    // Schema 4: the entry's `affiliation`, the entry it counts as when
    // sources are counted, else null.
    object.field("entry_affiliation", &attribution.entry_affiliation)?;
    // Schema 6: where the credit is written: `own` (in the sentence or
    // around its quotation), `later` (a later sentence credits it: "S.
    // This was reported by X.") or `introduced` (an earlier line introduces
    // it: "Source: X" above a "Quote:" or "Details:" section).
    object.field("credit", &attribution.credit)?;
    object.close()
}

/// Spaces enough for the deepest nesting the hand-written part reaches.
const INDENT: &[u8] = b"                                ";

/// Writes the indentation of nesting `level` (two spaces a level).
fn indent<W: Write>(out: &mut W, level: usize) -> std::io::Result<()> {
    out.write_all(INDENT.get(..2 * level).unwrap_or(INDENT))
}

/// An object being written as `serde_json`'s pretty printer writes one at
/// nesting `level`: `{`, each field on its own line one level deeper, `}`
/// on a line of its own (`{}` when it has no field).
struct Object<'w, W: Write> {
    out: &'w mut W,
    level: usize,
    empty: bool,
}

impl<'w, W: Write> Object<'w, W> {
    fn open(out: &'w mut W, level: usize) -> std::io::Result<Self> {
        out.write_all(b"{")?;
        Ok(Object {
            out,
            level,
            empty: true,
        })
    }

    /// Writes the separator, indentation and `"name": ` of the next field,
    /// and returns the writer for its value.
    fn key(&mut self, name: &str) -> std::io::Result<&mut W> {
        self.out
            .write_all(if self.empty { b"\n" } else { b",\n" })?;
        self.empty = false;
        indent(self.out, self.level + 1)?;
        self.out.write_all(b"\"")?;
        self.out.write_all(name.as_bytes())?;
        self.out.write_all(b"\": ")?;
        Ok(self.out)
    }

    /// Writes a field whose value is a scalar, an option of one or a string:
    /// `serde_json` writes those alike at any nesting.
    fn field<T: Serialize + ?Sized>(&mut self, name: &str, value: &T) -> std::io::Result<()> {
        let out = self.key(name)?;
        serde_json::to_writer(out, value).map_err(std::io::Error::from)
    }

    fn close(self) -> std::io::Result<()> {
        if !self.empty {
            self.out.write_all(b"\n")?;
            indent(self.out, self.level)?;
        }
        self.out.write_all(b"}")
    }
}

/// Writes `items` as an array at nesting `level` as `serde_json`'s pretty
/// printer does (`[]` when empty), each by `each` one level deeper, with
/// its position.
fn write_array<W: Write, T>(
    out: &mut W,
    level: usize,
    items: &[T],
    mut each: impl FnMut(&mut W, usize, usize, &T) -> std::io::Result<()>,
) -> std::io::Result<()> {
    out.write_all(b"[")?;
    for (idx, item) in items.iter().enumerate() {
        out.write_all(if idx == 0 { b"\n" } else { b",\n" })?;
        indent(out, level + 1)?;
        each(out, level + 1, idx, item)?;
    }
    if !items.is_empty() {
        out.write_all(b"\n")?;
        indent(out, level)?;
    }
    out.write_all(b"]")
}

/// A value written as the JSON string of its `Display` text.
struct Displayed<'a, T: std::fmt::Display>(&'a T);

impl<T: std::fmt::Display> Serialize for Displayed<'_, T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self.0)
    }
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
    let rules: Vec<RuleWire<'_>> = report
        .rules
        .iter()
        .map(|rule| RuleWire {
            id: &rule.id,
            kind: rule.kind.name(),
            claim: &rule.claim,
            file: &rule.file,
            line: rule.line,
        })
        .collect();
    // Written a few bytes at a time: a buffer reached without dynamic
    // dispatch saves a virtual call per write.
    let mut buffered = std::io::BufWriter::with_capacity(1 << 16, &mut *out);
    let out = &mut buffered;
    // The whole document, as `serde_json::to_writer_pretty` wrote it from
    // one struct: the instances by hand (`write_instance`), the rest by
    // `serde_json` one level deep (`nested`).
    let mut document = Object::open(out, 0)?;
    // Version of this format.
    document.field("schema_version", &SCHEMA_VERSION)?;
    // The rules of the rulebook, in rulebook order.
    nested(document.key("rules")?, &rules)?;
    // The articles, sorted by path.
    nested(document.key("documents")?, &Documents(report.documents))?;
    // Every instance of every rule, in citation order, written one at a
    // time so an archive's instances are never held as wire values.
    let out = document.key("instances")?;
    write_array(out, 1, report.instances, |out, level, idx, instance| {
        write_instance(out, level, report, &ids, idx, instance)
    })?;
    // The findings shown (after `--kind`, `--rule` and `--focus`), made now
    // when they are pending.
    let out = document.key("findings")?;
    match pending {
        Some(pending) => {
            let (findings, identities) = pending();
            let report = Report {
                findings: &findings,
                identities: &identities,
                ..*report
            };
            write_findings(out, 1, &report, &ids)?;
        }
        None => write_findings(out, 1, report, &ids)?,
    }
    document.close()?;
    buffered.write_all(b"\n")?;
    buffered.flush()
}

/// Writes `value` with `serde_json`'s pretty printer as the value of a field
/// of the document (one level deep): a `PrettyFormatter` that has opened the
/// document's object indents as it would have inside it.
fn nested<W: Write, T: Serialize + ?Sized>(out: &mut W, value: &T) -> std::io::Result<()> {
    let mut formatter = serde_json::ser::PrettyFormatter::new();
    serde_json::ser::Formatter::begin_object(&mut formatter, &mut std::io::sink())?;
    let mut serializer = serde_json::Serializer::with_formatter(out, formatter);
    value
        .serialize(&mut serializer)
        .map_err(std::io::Error::from)
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Writes `value` through the hand-written path (`Object`, `write_array`,
    /// scalars by `Object::field`) and compares it with `serde_json`'s pretty
    /// printer, and the same one level deep with `nested`.
    fn check(value: serde_json::Value) {
        fn by_hand(out: &mut Vec<u8>, level: usize, value: &serde_json::Value) {
            match value {
                serde_json::Value::Object(map) => {
                    let mut object = Object::open(out, level).expect("writes to a Vec");
                    for (name, field) in map {
                        let out = object.key(name).expect("writes to a Vec");
                        by_hand(out, level + 1, field);
                    }
                    object.close().expect("writes to a Vec");
                }
                serde_json::Value::Array(items) => {
                    write_array(out, level, items, |out, level, _, item| {
                        by_hand(out, level, item);
                        Ok(())
                    })
                    .expect("writes to a Vec");
                }
                scalar => serde_json::to_writer(out, scalar).expect("writes to a Vec"),
            }
        }
        let mut got = Vec::new();
        by_hand(&mut got, 0, &value);
        let expected = serde_json::to_string_pretty(&value).expect("a Value serialises");
        assert_eq!(String::from_utf8_lossy(&got), expected);

        let mut got = Vec::new();
        let mut document = Object::open(&mut got, 0).expect("writes to a Vec");
        nested(document.key("field").expect("writes to a Vec"), &value).expect("writes");
        document.close().expect("writes to a Vec");
        let expected = serde_json::to_string_pretty(&serde_json::json!({ "field": value }))
            .expect("a Value serialises");
        assert_eq!(String::from_utf8_lossy(&got), expected);
    }

    #[test]
    fn objects_and_arrays_are_written_as_serde_json_writes_them() {
        check(serde_json::json!({
            "id": "i971b8df",
            "line": 35,
            "quote": "\u{201c}Tab\there,\u{201d} said \"Ann\" \\ \u{7}",
            "empty": [],
            "none": null,
            "values": [
                {"min": 1.0, "max": null, "interval": {"min": -0.5, "max": 1e21}},
                {"nested": [[], [{}], [1, [2, []]]]}
            ],
            "object": {},
            "yes": true
        }));
        check(serde_json::json!([]));
        check(serde_json::json!({}));
    }
}
