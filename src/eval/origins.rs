//! Counted origins (#14, "Done when"): no corroboration or contradiction may
//! count one story twice through its copies, or count a bare generic head
//! as a source of its own. Checked on every beat, whatever its labels say.
//!
//! Per side of each corroborated or contradiction finding, the instances that
//! take a side are grouped by the source they count as
//! (`provenance::independent` of their origin). Then:
//! - *a copy counted twice*: two sources given by disjoint sets of articles
//!   and either all those articles are copies of one another as the engine
//!   linked them (`copy_of`), or one sentence (folded) gives both sources in
//!   two articles of one family: linked copies and articles sharing their
//!   `derived_from`. Two articles sharing `derived_from` alone may be two
//!   stories of one wire, whose different speakers are different sources;
//! - *an unresolved generic head*: a source whose origin is its speaker's own
//!   words (`provenance::speaker_key`), where the speaker as written is a
//!   pronoun or a generic head as the attribution code reads one
//!   (`attribution::is_generic_head`: "the ministry", "the official", "the
//!   report", "he") and so was resolved to no one.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use super::fold;
use super::score::{takes_side, Emitted, EmittedInstance};
use crate::provenance::{attribution::is_generic_head, independent, speaker_key};

/// One miscounted source of a finding.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Miscount {
    /// The finding id (`f3a9c0d1`).
    pub finding: String,
    /// `corroborated` or `contradiction`.
    pub kind: String,
    /// The side's label (`affirm`, `deny`, a value).
    pub side: String,
    /// `copy-counted-twice` or `unresolved-generic-head`.
    pub problem: &'static str,
    /// The sources concerned, each with the documents that give it:
    /// `ministry (doc-a)`, or two for a copy counted twice.
    pub sources: Vec<String>,
}

/// Per source of a side: the instances that give it.
type Sources<'a> = BTreeMap<&'a str, Vec<&'a EmittedInstance>>;

/// Every miscounted source of the corroborations and contradictions of
/// `emitted`, in finding order, then side, then source.
pub fn check(emitted: &Emitted) -> Vec<Miscount> {
    let copies = families(emitted, false);
    let families = families(emitted, true);
    let instances: BTreeMap<&str, &EmittedInstance> = emitted
        .instances
        .iter()
        .map(|instance| (instance.id.as_str(), instance))
        .collect();
    let mut found = Vec::new();
    let counted = emitted
        .findings
        .iter()
        .filter(|finding| ["corroborated", "contradiction"].contains(&finding.kind.as_str()));
    for finding in counted {
        for side in &finding.sides {
            let mut sources: Sources<'_> = BTreeMap::new();
            for instance in side
                .instances
                .iter()
                .filter_map(|id| instances.get(id.as_str()))
                .filter(|instance| takes_side(instance))
            {
                sources
                    .entry(independent(&instance.origin))
                    .or_default()
                    .push(instance);
            }
            let mut miscount = |problem, listed: Vec<String>| {
                found.push(Miscount {
                    finding: finding.id.clone(),
                    kind: finding.kind.clone(),
                    side: side.label.clone(),
                    problem,
                    sources: listed,
                });
            };
            for (source, given) in &sources {
                if given.iter().any(|instance| unresolved_head(instance)) {
                    miscount("unresolved-generic-head", vec![listed(source, given)]);
                }
            }
            let entries: Vec<_> = sources.iter().collect();
            for (idx, (a, a_given)) in entries.iter().enumerate() {
                for (b, b_given) in &entries[idx + 1..] {
                    if counted_twice(a_given, b_given, &copies, &families) {
                        miscount(
                            "copy-counted-twice",
                            vec![listed(a, a_given), listed(b, b_given)],
                        );
                    }
                }
            }
        }
    }
    found
}

/// `source (doc-a, doc-b)`: a source with the documents that give it.
fn listed(source: &str, given: &[&EmittedInstance]) -> String {
    let docs: BTreeSet<&str> = given.iter().map(|instance| instance.doc.as_str()).collect();
    let docs: Vec<&str> = docs.into_iter().collect();
    format!("{source} ({})", docs.join(", "))
}

/// Whether the instance's origin is its speaker's own words and the speaker
/// a pronoun or generic head that no registry entry names ("the
/// opposition" declared as `[speaker.opposition]` is an origin).
fn unresolved_head(instance: &EmittedInstance) -> bool {
    instance.attribution.as_ref().is_some_and(|attribution| {
        counts_unresolved_head(
            &attribution.speaker,
            attribution.entry.as_deref(),
            &instance.origin,
        )
    })
}

/// Whether an instance of origin `origin`, said by `speaker` (as written)
/// that the registry entry `entry` names or not, counts an unresolved
/// generic head as its source: the origin is the speaker's own words and the
/// speaker a pronoun or generic head that no entry names.
pub fn counts_unresolved_head(speaker: &str, entry: Option<&str>, origin: &str) -> bool {
    entry.is_none() && is_generic_head(speaker.trim()) && speaker_key(speaker) == origin
}

/// Whether sources given by `a` and `b` are one story counted twice (see the
/// module doc).
fn counted_twice(
    a: &[&EmittedInstance],
    b: &[&EmittedInstance],
    copies: &BTreeMap<&str, &str>,
    families: &BTreeMap<&str, &str>,
) -> bool {
    let docs = |given: &[&EmittedInstance]| -> BTreeSet<String> {
        given.iter().map(|instance| instance.doc.clone()).collect()
    };
    let (a_docs, b_docs) = (docs(a), docs(b));
    if !a_docs.is_disjoint(&b_docs) {
        return false;
    }
    let family_of = |map: &BTreeMap<&str, &str>, doc: &str| -> String {
        map.get(doc)
            .map_or(doc.to_string(), |root| (*root).to_string())
    };
    let all_copies = a_docs
        .iter()
        .chain(&b_docs)
        .map(|doc| family_of(copies, doc))
        .collect::<BTreeSet<_>>()
        .len()
        == 1;
    all_copies
        || a.iter().any(|x| {
            b.iter().any(|y| {
                family_of(families, &x.doc) == family_of(families, &y.doc)
                    && fold(&x.quote) == fold(&y.quote)
            })
        })
}

/// Each document id's family: the smallest id of the documents it is joined
/// to through `copy_of` and, when `derived` is set, a shared `derived_from`.
fn families(emitted: &Emitted, derived: bool) -> BTreeMap<&str, &str> {
    fn root<'a>(parent: &BTreeMap<&'a str, &'a str>, mut node: &'a str) -> &'a str {
        while let Some(&up) = parent.get(node).filter(|&&up| up != node) {
            node = up;
        }
        node
    }
    fn join<'a>(parent: &mut BTreeMap<&'a str, &'a str>, a: &'a str, b: &'a str) {
        let (a, b) = (root(parent, a), root(parent, b));
        if a != b {
            let (low, high) = if a < b { (a, b) } else { (b, a) };
            parent.insert(high, low);
        }
    }
    let mut parent: BTreeMap<&str, &str> = BTreeMap::new();
    let mut by_derived: BTreeMap<&str, &str> = BTreeMap::new();
    for document in &emitted.documents {
        let id = document.id.as_str();
        parent.entry(id).or_insert(id);
        if let Some(original) = document.copy_of.as_ref().map(|copy| copy.original.as_str()) {
            parent.entry(original).or_insert(original);
            join(&mut parent, id, original);
        }
        if let Some(derived_from) = document.derived_from.as_deref().filter(|_| derived) {
            let first = *by_derived.entry(derived_from).or_insert(id);
            join(&mut parent, id, first);
        }
    }
    let ids: Vec<&str> = parent.keys().copied().collect();
    ids.into_iter().map(|id| (id, root(&parent, id))).collect()
}

#[cfg(test)]
mod tests {
    use serde_json::{json, Value};

    /// An instance: id, document, origin, speaker as written (if any), quote.
    type Row<'a> = (&'a str, &'a str, &'a str, Option<&'a str>, &'a str);

    /// Runs the check on documents (id, `derived_from`, `copy_of`) and one
    /// corroboration of `rows` on one side, and compares `problem: sources`.
    fn check(
        documents: &[(&str, Option<&str>, Option<&str>)],
        rows: &[Row<'_>],
        expected: &[&str],
    ) {
        let documents: Vec<Value> = documents
            .iter()
            .map(|(id, derived, copy)| {
                json!({"id": id, "derived_from": derived,
                       "copy_of": copy.map(|original| json!({"original": original}))})
            })
            .collect();
        let instances: Vec<Value> = rows
            .iter()
            .map(|(id, doc, origin, speaker, quote)| {
                json!({"id": id, "rule": "r", "doc": doc, "line": 1, "column": 1,
                       "byte_start": 0, "byte_end": 1, "quote": quote, "stance": "affirm",
                       "attribution": speaker.map(|speaker| json!({"speaker": speaker})),
                       "origin": origin, "repeat": false})
            })
            .collect();
        let ids: Vec<&str> = rows.iter().map(|row| row.0).collect();
        let report = json!({
            "rules": [{"id": "r"}],
            "documents": documents,
            "instances": instances,
            "findings": [
                {"id": "f1", "kind": "corroborated", "rule": "r", "instances": ids,
                 "sides": [{"label": "affirm", "instances": ids}]},
                {"id": "f2", "kind": "unsupported", "rule": "r", "instances": ids,
                 "sides": [{"label": "affirm", "instances": ids}]},
            ],
        });
        let emitted: super::Emitted = serde_json::from_value(report).expect("a report");
        let found: Vec<String> = super::check(&emitted)
            .into_iter()
            .map(|miscount| {
                assert_eq!(
                    miscount.finding, "f1",
                    "only corroborations and contradictions"
                );
                format!("{}: {}", miscount.problem, miscount.sources.join(" and "))
            })
            .collect();
        assert_eq!(found, expected);
    }

    const WIRE: &str = "The patrol flew over the Sea of Japan on Tuesday.";
    const REWRITE: &str = "The patrol crossed the Sea of Japan on Tuesday, the ministry said.";

    #[test]
    fn a_copy_in_its_own_voice_counted_as_its_own_outlet_is_caught() {
        check(
            &[("gazette", None, Some("wire")), ("wire", None, None)],
            &[
                ("i1", "wire", "thames wire", None, WIRE),
                ("i2", "gazette", "marlow gazette", None, WIRE),
            ],
            &["copy-counted-twice: marlow gazette (gazette) and thames wire (wire)"],
        );
        // Counted once, as the engine does: no problem.
        check(
            &[("gazette", None, Some("wire")), ("wire", None, None)],
            &[
                ("i1", "wire", "thames wire", None, WIRE),
                ("i2", "gazette", "thames wire", None, WIRE),
            ],
            &[],
        );
    }

    #[test]
    fn one_sentence_of_one_wire_counted_twice_is_caught() {
        let documents = [("a", Some("AFP"), None), ("b", Some("AFP"), None)];
        check(
            &documents,
            &[
                (
                    "i1",
                    "a",
                    "ministry of defence",
                    Some("the Ministry of Defence"),
                    WIRE,
                ),
                (
                    "i2",
                    "b",
                    "afp",
                    None,
                    &WIRE.replace("on Tuesday", "on  Tuesday"),
                ),
            ],
            &["copy-counted-twice: afp (b) and ministry of defence (a)"],
        );
        // Two stories of one wire quoting two speakers are two sources.
        check(
            &documents,
            &[
                (
                    "i1",
                    "a",
                    "ministry of defence",
                    Some("the Ministry of Defence"),
                    WIRE,
                ),
                ("i2", "b", "coast guard", Some("the Coast Guard"), REWRITE),
            ],
            &[],
        );
    }

    #[test]
    fn a_generic_head_or_pronoun_as_origin_is_caught() {
        let documents = [("a", None, None), ("b", None, None)];
        check(
            &documents,
            &[
                ("i1", "a", "ministry", Some("the ministry"), REWRITE),
                ("i2", "b", "he", Some("he"), WIRE),
            ],
            &[
                "unresolved-generic-head: he (b)",
                "unresolved-generic-head: ministry (a)",
            ],
        );
        // Resolved heads, named groups and the outlet's own voice are sources.
        check(
            &documents,
            &[
                (
                    "i1",
                    "a",
                    "japanese defence ministry",
                    Some("the ministry"),
                    REWRITE,
                ),
                ("i2", "b", "survivors", Some("survivors"), WIRE),
                ("i3", "b", "thames wire", None, REWRITE),
            ],
            &[],
        );
    }
}
