//! Baselines: the reviewed findings of an earlier run, in a TOML file, so CI
//! fails only on what is new.
//!
//! ```toml
//! version = 1
//!
//! [[finding]]
//! fingerprint = "3a9c0d1e2f4b5a6c"   # required: report::fingerprint
//! id = "f3a9c0d1"                    # for people; not read
//! kind = "contradiction"             # required
//! rule = "china-military-aid"        # absent for a name variant
//! key = "2014..2018"                 # the claim key, absent when empty
//! claim = "China supplies weapons"   # for people; not read
//! seen = ["hi-tech-high-risk:14"]    # for people; not read
//! decision = "accepted"              # accepted, dismissed or false-positive
//! note = "checked with the desk"     # free text
//! ```
//!
//! Against a baseline each finding is, in this order of matching (each entry
//! matches at most one finding, findings in finding order, entries in file
//! order):
//! 1. `known`: an entry has its fingerprint;
//! 2. `changed`: an entry left over has its kind, rule and claim key (the same
//!    claim, reported again with other evidence or values);
//! 3. `new`: neither.
//!
//! Entries that match no finding are stale: the finding is gone.

use std::path::Path;

use anyhow::Context;
use serde::{Deserialize, Serialize};

use crate::model::FindingKind;
use crate::report::fingerprint::{BaselineMark, BaselineStatus, Decision, Identity};
use crate::report::Report;

/// The version written in a baseline file and the only one read.
pub const VERSION: u32 = 1;

/// A baseline file.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Baseline {
    /// Version of the file format.
    pub version: u32,
    /// The reviewed findings.
    #[serde(default)]
    pub finding: Vec<Entry>,
}

/// One reviewed finding.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    /// The finding's fingerprint.
    pub fingerprint: String,
    /// The finding's short id when it was written, for people; not read.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The finding kind.
    pub kind: FindingKind,
    /// The rule id, absent for a name variant.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rule: Option<String>,
    /// The claim key, absent when empty.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// The claim text, for people.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub claim: Option<String>,
    /// Where the evidence was seen (`doc:line`), for people.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub seen: Vec<String>,
    /// The reviewer's decision.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decision: Option<Decision>,
    /// The reviewer's note.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// Reads and checks a baseline file; every problem names `file:line:col`.
pub fn load(path: &Path) -> anyhow::Result<Baseline> {
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("reading baseline {}", path.display()))?;
    parse(&text, path)
}

/// Parses baseline `text`, read from `path`.
pub fn parse(text: &str, path: &Path) -> anyhow::Result<Baseline> {
    let baseline: Baseline = toml::from_str(text).map_err(|err| {
        let (line, col) = crate::text::line_col(text, err.span().map_or(0, |span| span.start));
        anyhow::anyhow!("{}:{line}:{col}: {}", path.display(), err.message().trim())
    })?;
    if baseline.version != VERSION {
        anyhow::bail!(
            "{}: baseline version {} is not {VERSION}, the only one this claimcheck reads",
            path.display(),
            baseline.version
        );
    }
    Ok(baseline)
}

/// Marks each identity against `baseline` (module comment) and returns the
/// stale entries, in file order.
pub fn mark<'b>(baseline: &'b Baseline, identities: &mut [Identity]) -> Vec<&'b Entry> {
    let entries = &baseline.finding;
    let mut used = vec![false; entries.len()];
    let mut pending = Vec::new();
    for (idx, identity) in identities.iter_mut().enumerate() {
        match take(entries, &mut used, |entry| {
            entry.fingerprint == identity.fingerprint
        }) {
            Some(entry) => identity.baseline = Some(mark_of(BaselineStatus::Known, entry)),
            None => pending.push(idx),
        }
    }
    for idx in pending {
        let identity = &mut identities[idx];
        let same_claim = |entry: &Entry| {
            entry.kind == identity.kind
                && entry.rule.as_deref().unwrap_or("") == identity.rule
                && entry.key.as_deref().unwrap_or("") == identity.key
        };
        let mark = match take(entries, &mut used, same_claim) {
            Some(entry) => mark_of(BaselineStatus::Changed, entry),
            None => BaselineMark {
                status: BaselineStatus::New,
                decision: None,
                note: None,
            },
        };
        identity.baseline = Some(mark);
    }
    entries
        .iter()
        .zip(used)
        .filter(|(_, used)| !used)
        .map(|(entry, _)| entry)
        .collect()
}

/// A baseline of every finding of `report`, keeping the decision and note of
/// each finding `previous` knows (or that changed since it).
pub fn build(report: &Report<'_>, previous: Option<&Baseline>) -> Baseline {
    let mut identities = report.identities.to_vec();
    if let Some(previous) = previous {
        mark(previous, &mut identities);
    }
    let finding = report
        .findings
        .iter()
        .zip(&identities)
        .map(|(finding, identity)| {
            let mark = identity.baseline.as_ref();
            Entry {
                fingerprint: identity.fingerprint.clone(),
                id: Some(identity.id.clone()),
                kind: identity.kind,
                rule: (!identity.rule.is_empty()).then(|| identity.rule.clone()),
                key: (!identity.key.is_empty()).then(|| identity.key.clone()),
                claim: Some(finding.claim.clone()),
                seen: seen(report, finding),
                decision: mark.and_then(|mark| mark.decision),
                note: mark.and_then(|mark| mark.note.clone()),
            }
        })
        .collect();
    Baseline {
        version: VERSION,
        finding,
    }
}

/// `baseline` as TOML, with a header saying what the file is.
pub fn render(baseline: &Baseline) -> anyhow::Result<String> {
    let body = toml::to_string(baseline).context("writing the baseline as TOML")?;
    Ok(format!(
        "# claimcheck baseline: the findings of a reviewed run. `claimcheck check --baseline FILE`\n\
         # marks each finding new, known or changed and --fail-on counts only new and changed ones.\n\
         # Give an entry `decision = \"accepted\" | \"dismissed\" | \"false-positive\"` and a `note`;\n\
         # `claimcheck baseline` keeps them when it rewrites the file.\n\n{body}"
    ))
}

/// `doc:line` of each piece of a finding's evidence, sorted, without repeats.
fn seen(report: &Report<'_>, finding: &crate::model::Finding) -> Vec<String> {
    let mut seen: Vec<(&str, u32)> = finding
        .sides
        .iter()
        .flat_map(|side| {
            let instances = side
                .instances
                .iter()
                .filter_map(|idx| report.instances.get(*idx as usize))
                .map(|instance| &instance.citation);
            instances.chain(side.mentions.iter().map(|mention| &mention.citation))
        })
        .map(|citation| (report.doc_id(citation.doc), citation.line))
        .collect();
    seen.sort();
    seen.dedup();
    seen.into_iter()
        .map(|(doc, line)| format!("{doc}:{line}"))
        .collect()
}

/// The first entry not yet used that `same` accepts, now used.
fn take<'b>(
    entries: &'b [Entry],
    used: &mut [bool],
    same: impl Fn(&Entry) -> bool,
) -> Option<&'b Entry> {
    let idx = (0..entries.len()).find(|idx| !used[*idx] && same(&entries[*idx]))?;
    used[idx] = true;
    Some(&entries[idx])
}

fn mark_of(status: BaselineStatus, entry: &Entry) -> BaselineMark {
    BaselineMark {
        status,
        decision: entry.decision,
        note: entry.note.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn identity(fingerprint: &str, rule: &str, key: &str) -> Identity {
        Identity {
            fingerprint: fingerprint.to_string(),
            id: format!("f{fingerprint}"),
            kind: FindingKind::Contradiction,
            rule: rule.to_string(),
            key: key.to_string(),
            baseline: None,
        }
    }

    fn entry(fingerprint: &str, rule: &str, key: &str) -> Entry {
        Entry {
            fingerprint: fingerprint.to_string(),
            id: None,
            kind: FindingKind::Contradiction,
            rule: Some(rule.to_string()),
            key: (!key.is_empty()).then(|| key.to_string()),
            claim: None,
            seen: Vec::new(),
            decision: Some(Decision::Accepted),
            note: None,
        }
    }

    fn check(entries: Vec<Entry>, found: &[(&str, &str, &str)], expected: &[&str], stale: &[&str]) {
        let baseline = Baseline {
            version: VERSION,
            finding: entries,
        };
        let mut identities: Vec<Identity> = found
            .iter()
            .map(|(fingerprint, rule, key)| identity(fingerprint, rule, key))
            .collect();
        let left = mark(&baseline, &mut identities);
        let statuses: Vec<&str> = identities
            .iter()
            .map(
                |identity| match identity.baseline.as_ref().map(|mark| mark.status) {
                    Some(BaselineStatus::New) => "new",
                    Some(BaselineStatus::Known) => "known",
                    Some(BaselineStatus::Changed) => "changed",
                    None => "none",
                },
            )
            .collect();
        assert_eq!(statuses, expected, "found: {found:?}");
        let left: Vec<&str> = left
            .iter()
            .map(|entry| entry.fingerprint.as_str())
            .collect();
        assert_eq!(left, stale, "found: {found:?}");
    }

    #[test]
    fn a_fingerprint_is_known_before_a_claim_is_changed() {
        check(
            vec![entry("a", "r", ""), entry("b", "r", "")],
            &[("c", "r", ""), ("b", "r", "")],
            &["changed", "known"],
            &[],
        );
    }

    #[test]
    fn an_entry_matches_one_finding_and_the_rest_are_stale() {
        check(
            vec![entry("a", "r", ""), entry("z", "gone", "")],
            &[("a", "r", ""), ("a", "r", ""), ("d", "s", "")],
            &["known", "new", "new"],
            &["z"],
        );
    }

    #[test]
    fn another_claim_key_is_new() {
        check(
            vec![entry("a", "r", "2014")],
            &[("b", "r", "2019")],
            &["new"],
            &["a"],
        );
    }

    #[test]
    fn a_bad_file_names_line_and_column() {
        let err = parse(
            "version = 1\n[[finding]]\nfingerprint = \"a\"\nkind = \"contradiction\"\ndecison = \"accepted\"\n",
            Path::new("base.toml"),
        )
        .expect_err("an unknown key is an error");
        assert!(
            err.to_string()
                .starts_with("base.toml:5:1: unknown field `decison`"),
            "{err}"
        );
    }
}
