//! Groups instances by rule and reports where articles disagree.
//!
//! Nothing here reads files or fails: odd input becomes a finding, not an error.
//! Every check works on sorted data and sorts what it returns, and none
//! compares instances pairwise: groups are bucketed and swept.

mod contradiction;
mod corroborated;
mod figure_conflict;
mod invalid_value;
mod name_variant;
mod unsupported;

pub use name_variant::work as name_variant_work;

use std::collections::{BTreeMap, BTreeSet};

use crate::kinds::{RuleInfo, RuleKind};
use crate::model::{Document, Finding, Instance, NameConfig, NameCount, RuleId, Speakers};
use crate::vocab::Named;

/// Everything the reconciler looks at.
#[derive(Debug, Clone, Copy)]
pub struct Input<'a> {
    /// The rules, in rulebook order.
    pub rules: &'a [RuleInfo],
    /// Settings for the name-variant check.
    pub names: &'a NameConfig,
    /// Documents, sorted by path.
    pub documents: &'a [Document],
    /// Instances, sorted by citation then rule.
    pub instances: &'a [Instance],
    /// Proper names with their counts, sorted by name.
    pub names_seen: &'a [NameCount],
    /// The rulebook's speaker registry, which says who is a party
    /// (`ClaimGroup::is_party`).
    pub speakers: &'a Speakers,
}

/// The instances of one rule that can count as sources: pull quotes that
/// repeat their own article are left out.
#[derive(Debug, Clone)]
pub struct ClaimGroup<'a> {
    /// The rule.
    pub rule_idx: RuleId,
    /// The rule.
    pub rule: &'a RuleInfo,
    /// Indexes into `instances`, in citation order.
    pub members: Vec<u32>,
    /// All instances of the scan.
    pub instances: &'a [Instance],
    /// All documents of the scan.
    pub documents: &'a [Document],
    /// The rulebook's speaker registry.
    pub speakers: &'a Speakers,
    /// What each source of the group counts as (`ClaimGroup::settle`).
    counted: BTreeMap<&'a str, Vec<&'a str>>,
}

impl<'a> ClaimGroup<'a> {
    /// The instance behind a member index.
    pub fn instance(&self, idx: u32) -> &'a Instance {
        &self.instances[idx as usize]
    }

    /// "Counted once: B repeats 15 passages of A." for each article among
    /// `members` that copies another among them, or an empty string.
    pub fn counted_once(&self, members: &[u32]) -> String {
        let document_of = |idx: &u32| self.documents.get(self.instance(*idx).citation.doc.index());
        let docs: BTreeSet<&str> = members
            .iter()
            .filter_map(|idx| Some(document_of(idx)?.id.as_str()))
            .collect();
        let copies: BTreeSet<String> = members
            .iter()
            .filter_map(|idx| {
                let document = document_of(idx)?;
                let copy = document.copy_of.as_ref()?;
                // Only when both articles are among the finding's own.
                docs.contains(copy.original.as_str()).then_some(())?;
                Some(format!(
                    "{} repeats {} passages of {}",
                    document.id, copy.shared, copy.original
                ))
            })
            .collect();
        if copies.is_empty() {
            return String::new();
        }
        format!(
            " Counted once: {}.",
            copies.into_iter().collect::<Vec<_>>().join("; ")
        )
    }

    /// A group of `members` (indexes into `instances`) of rule `rule`, with
    /// what each source counts as settled once for the whole group
    /// (`ClaimGroup::settle`), so every subset counts it alike.
    pub fn new(
        rule_idx: RuleId,
        rule: &'a RuleInfo,
        members: Vec<u32>,
        instances: &'a [Instance],
        documents: &'a [Document],
        speakers: &'a Speakers,
    ) -> ClaimGroup<'a> {
        let mut group = ClaimGroup {
            rule_idx,
            rule,
            members,
            instances,
            documents,
            speakers,
            counted: BTreeMap::new(),
        };
        group.counted = group.settle();
        group
    }

    /// What each source of the group (`provenance::source_of` of a member)
    /// counts as. A body a party runs (`provenance::run_by`: "the Hamas-run
    /// health authority", "Russian-installed officials") counts as the party
    /// when the party is itself a source of the group. A coordination
    /// ("poland and nato", "poland, germany and nato"; split by
    /// `provenance::conjuncts`) counts as its conjuncts when each is a source
    /// of the group, a party (`is_party`) or a registry entry, and one of them
    /// is a source of the group beside it: so it adds no origin beside
    /// sources counted already, and is never counted apart from them. Else it
    /// is one origin, as one sentence of one article gives it ("moscow and
    /// beijing" alone, "ukrainian blogger and politician anatoly shariy").
    fn settle(&self) -> BTreeMap<&'a str, Vec<&'a str>> {
        use crate::provenance::{conjuncts, independent, run_by, source_of};
        let speakers: &'a Speakers = self.speakers;
        let raw: BTreeSet<&'a str> = self
            .members
            .iter()
            .map(|idx| source_of(self.instance(*idx)))
            .collect();
        let own = |source: &'a str| -> &'a str {
            run_by(source)
                .filter(|owner| raw.contains(owner))
                .unwrap_or(source)
        };
        let single: BTreeSet<&'a str> = raw.iter().map(|source| own(source)).collect();
        let known = |part: &'a str| -> Option<&'a str> {
            let part = own(independent(part));
            if single.contains(part) || self.is_party(part) {
                return Some(part);
            }
            let id = speakers.by_alias.get(part)?;
            Some(independent(speakers.affiliation.get(id).unwrap_or(id)))
        };
        raw.iter()
            .map(|source| {
                let owned = own(source);
                let parts = conjuncts(owned);
                let counted = (parts.len() > 1)
                    .then(|| parts.into_iter().map(known).collect::<Option<Vec<_>>>())
                    .flatten()
                    .filter(|parts| parts.iter().any(|part| single.contains(part)));
                (*source, counted.unwrap_or_else(|| vec![owned]))
            })
            .collect()
    }

    /// The distinct independent sources of `members`, sorted: what each
    /// counts as in the group (`ClaimGroup::settle`: a state's organs and
    /// officials as the state, a body a party runs as the party, a
    /// coordination of known sources as its conjuncts).
    pub fn origins(&self, members: &[u32]) -> BTreeSet<&'a str> {
        members
            .iter()
            .flat_map(|idx| {
                let source = crate::provenance::source_of(self.instance(*idx));
                self.counted
                    .get(source)
                    .cloned()
                    .unwrap_or_else(|| vec![source])
            })
            .collect()
    }

    /// The independent source `instance` counts as: `provenance::source_of`,
    /// or the party that runs the body it names when the party is a source
    /// of the group (see `ClaimGroup::settle`), so a party's bodies do not
    /// corroborate the party. A coordination is itself here.
    pub fn source(&self, instance: &'a Instance) -> &'a str {
        let source = crate::provenance::source_of(instance);
        match self.counted.get(source).map(Vec::as_slice) {
            Some([counted]) => counted,
            _ => source,
        }
    }

    /// Whether `source` (one of `origins`) is a party to the story, whose
    /// claims outlets relay: a state (a country, its organs and officials),
    /// or a registry entry that belongs to another (`affiliation`) or that
    /// another belongs to ("russia" when "fsb" is affiliated to it).
    pub fn is_party(&self, source: &str) -> bool {
        crate::provenance::is_country(source)
            || self.speakers.affiliation.contains_key(source)
            || self
                .speakers
                .affiliation
                .values()
                .any(|affiliation| affiliation == source)
    }

    /// The distinct reports among `members`: a source as one outlet carries
    /// it (an article, or the original a copy repeats). Two outlets giving
    /// one source's figure differently are two reports of it: one of them
    /// misreports it ("4.395" and "14" cubic km, both from the ministry).
    pub fn reports(&self, members: &[u32]) -> BTreeSet<(&'a str, &'a str)> {
        members
            .iter()
            .map(|idx| {
                let instance = self.instance(*idx);
                let document = self.documents.get(instance.citation.doc.index());
                let outlet = document.map_or("", |document| {
                    document
                        .copy_of
                        .as_ref()
                        .map_or(document.id.as_str(), |copy| copy.original.as_str())
                });
                (self.source(instance), outlet)
            })
            .collect()
    }
}

/// Every finding, sorted by kind, then rule, then claim.
pub fn reconcile(input: &Input<'_>) -> Vec<Finding> {
    let mut findings = Vec::new();
    for group in groups(input) {
        match &group.rule.kind {
            RuleKind::Proposition => {
                let contradiction = contradiction::check(&group);
                findings.extend(corroborated::check_proposition(
                    &group,
                    contradiction.is_some(),
                ));
                findings.extend(contradiction);
            }
            RuleKind::Figure(spec) => {
                let buckets = figure_conflict::cluster(&group, spec);
                findings.extend(figure_conflict::check(&group, spec, &buckets));
                findings.extend(corroborated::check_figure(&group, &buckets));
            }
        }
        findings.extend(unsupported::check(&group));
    }
    list_mentions(input, &mut findings);
    findings.extend(invalid_value::check(input));
    findings.extend(name_variant::check(input.names_seen, input.names));
    findings.sort();
    findings
}

/// Lists with each finding about a rule the rule's instances that take no
/// side (speculation, conditionals, questions, warnings, plans, distancing,
/// predictions; pull-quote repeats excepted), and says in the explanation
/// that they were not counted.
fn list_mentions(input: &Input<'_>, findings: &mut [Finding]) {
    let mut by_rule: BTreeMap<RuleId, Vec<u32>> = BTreeMap::new();
    for (idx, instance) in input.instances.iter().enumerate() {
        if !instance.repeat && !instance.factuality.takes_side() {
            by_rule.entry(instance.rule).or_default().push(idx as u32);
        }
    }
    for finding in findings {
        let Some(mentions) = finding.rule.and_then(|rule| by_rule.get(&rule)) else {
            continue;
        };
        let acts: BTreeSet<&str> = mentions
            .iter()
            .filter_map(|idx| input.instances.get(*idx as usize))
            .map(|instance| instance.factuality.act.name())
            .collect();
        finding.explanation.push_str(&format!(
            " Not counted: {} that take{} no side ({}), listed as mentions.",
            plural(mentions.len(), "instance"),
            if mentions.len() == 1 { "s" } else { "" },
            join_origins(acts),
        ));
        finding.mentions = mentions.clone();
    }
}

/// Groups instances by rule; a figure's group holds only instances with a value.
fn groups<'a>(input: &Input<'a>) -> Vec<ClaimGroup<'a>> {
    let mut by_rule: BTreeMap<RuleId, Vec<u32>> = BTreeMap::new();
    for (idx, instance) in input.instances.iter().enumerate() {
        let Some(rule) = input.rules.get(instance.rule.index()) else {
            continue;
        };
        let counts = match rule.kind {
            RuleKind::Proposition => true,
            RuleKind::Figure(_) => instance.figure_value.is_some(),
        };
        // Speculation, questions, warnings, plans and conditionals are no side.
        if counts && !instance.repeat && instance.factuality.takes_side() {
            by_rule.entry(instance.rule).or_default().push(idx as u32);
        }
    }
    by_rule
        .into_iter()
        .filter_map(|(rule_idx, members)| {
            let rule = input.rules.get(rule_idx.index())?;
            Some(ClaimGroup::new(
                rule_idx,
                rule,
                members,
                input.instances,
                input.documents,
                input.speakers,
            ))
        })
        .collect()
}

/// Joins origins for an explanation: "a", "a and b", "a, b and c".
pub(crate) fn join_origins<'a>(origins: impl IntoIterator<Item = &'a str>) -> String {
    let origins: Vec<&str> = origins.into_iter().collect();
    match origins.split_last() {
        None => String::new(),
        Some((last, [])) => (*last).to_string(),
        Some((last, rest)) => format!("{} and {}", rest.join(", "), last),
    }
}

/// "1 origin" / "3 origins".
pub(crate) fn plural(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

#[cfg(test)]
mod tests {
    use super::testing::{instance, proposition};
    use super::*;
    use crate::model::{Certainty, Factuality, FindingKind, SpeechAct, Stance};

    /// Reconciles `instances` of one proposition rule and returns, per
    /// finding, its kind, its mention indexes and its explanation's tail.
    fn check(instances: &[Instance], expected: &[(FindingKind, &[u32], &str)]) {
        let rules = [proposition("p")];
        let input = Input {
            rules: &rules,
            names: &NameConfig::default(),
            documents: &[],
            instances,
            names_seen: &[],
            speakers: &Speakers::default(),
        };
        let got: Vec<(FindingKind, Vec<u32>, String)> = reconcile(&input)
            .into_iter()
            .map(|finding| {
                let tail = finding
                    .explanation
                    .find(" Not counted")
                    .map_or(String::new(), |at| {
                        finding.explanation[at + 1..].to_string()
                    });
                (finding.kind, finding.mentions, tail)
            })
            .collect();
        let expected: Vec<(FindingKind, Vec<u32>, String)> = expected
            .iter()
            .map(|(kind, mentions, tail)| (*kind, mentions.to_vec(), tail.to_string()))
            .collect();
        assert_eq!(got, expected);
    }

    fn speaking(mut instance: Instance, act: SpeechAct) -> Instance {
        instance.factuality = Factuality {
            act,
            certainty: Certainty::Underspecified,
            cue: None,
        };
        instance
    }

    #[test]
    fn instances_without_a_side_are_listed_as_mentions_never_counted() {
        let instances = [
            instance(0, 1, "reuters", Stance::Affirm),
            instance(1, 1, "ap", Stance::Affirm),
            speaking(
                instance(2, 1, "analysts", Stance::Affirm),
                SpeechAct::Speculation,
            ),
            speaking(instance(3, 1, "nato", Stance::Deny), SpeechAct::Warning),
        ];
        check(
            &instances,
            &[(
                FindingKind::Corroborated,
                &[2, 3],
                "Not counted: 2 instances that take no side (speculation and warning), listed as mentions.",
            )],
        );
        // A speculation alone makes no finding at all.
        check(
            &[speaking(
                instance(0, 1, "analysts", Stance::Affirm),
                SpeechAct::Speculation,
            )],
            &[],
        );
    }
}

#[cfg(test)]
pub(crate) mod testing {
    //! Builders for reconciler tests.

    use crate::kinds::{RuleInfo, RuleKind};
    use crate::model::{ArticleId, Citation, Instance, RuleId, Speakers, Stance, Value, ValueKind};

    /// A group of every instance in `instances`, for rule 0.
    pub fn group_of<'a>(rule: &'a RuleInfo, instances: &'a [Instance]) -> super::ClaimGroup<'a> {
        static NO_SPEAKERS: std::sync::OnceLock<Speakers> = std::sync::OnceLock::new();
        group_in(rule, instances, NO_SPEAKERS.get_or_init(Speakers::default))
    }

    /// A group of every instance in `instances`, for rule 0, under the
    /// speaker registry `speakers`.
    pub fn group_in<'a>(
        rule: &'a RuleInfo,
        instances: &'a [Instance],
        speakers: &'a Speakers,
    ) -> super::ClaimGroup<'a> {
        super::ClaimGroup::new(
            RuleId(0),
            rule,
            (0..instances.len() as u32).collect(),
            instances,
            &[],
            speakers,
        )
    }

    /// A proposition rule with id `id`.
    pub fn proposition(id: &str) -> RuleInfo {
        RuleInfo {
            id: id.to_string(),
            claim: format!("claim {id}"),
            file: "test.toml".to_string(),
            line: 1,
            kind: RuleKind::Proposition,
            origin: crate::model::OriginPolicy::Speaker,
        }
    }

    /// An instance of rule 0 in document `doc` at `line`, from `origin`.
    pub fn instance(doc: u32, line: u32, origin: &str, stance: Stance) -> Instance {
        let mut instance = Instance::bare(&format!("sentence {line}"), origin);
        instance.citation = Citation {
            doc: ArticleId(doc),
            byte_start: line as usize * 100,
            byte_end: line as usize * 100 + 50,
            line,
            column: 1,
        };
        instance.match_end = 8;
        instance.stance.stance = stance;
        instance
    }

    /// A number value.
    pub fn number(kind: ValueKind, low: f64, high: f64, text: &str) -> Value {
        Value::number(kind, low, high, text)
    }
}
