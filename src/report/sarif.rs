//! SARIF 2.1.0 for code-scanning tools (GitHub code scanning, editors).
//!
//! One run; the driver's rules are the rulebook's rules, then `name-variant`
//! for the findings no rule makes. One result per finding: its rule, a level
//! from its severity (high `error`, medium `warning`, else `note`), its
//! explanation, one location for every piece of evidence (article file as
//! given on the command line, line and column in code points, the sentence as
//! snippet, the side as message), one related location for every mention
//! (an instance of the rule that takes no side; its speech act as message),
//! its fingerprint in `partialFingerprints`
//! (`claimcheck/v1`), `baselineState` against `check --baseline` (new `new`,
//! known `unchanged`, changed `updated`), and the finding's id, kind, status
//! and severity as properties. Serde structs written here, camelCase as the
//! schema spells it; `tests/it/formats.rs` validates the output against the
//! vendored schema.

use std::io::Write;

use serde::Serialize;

use super::fingerprint::BaselineStatus;
use super::{evidence, mention_act, Report};
use crate::model::{Finding, Severity};
use crate::vocab::Named;

/// The schema a SARIF file names.
const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";
/// The rule id of findings no rule makes.
const NAME_VARIANT: &str = "name-variant";

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Log<'a> {
    #[serde(rename = "$schema")]
    schema: &'static str,
    version: &'static str,
    runs: Vec<Run<'a>>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Run<'a> {
    tool: Tool<'a>,
    results: Vec<SarifResult<'a>>,
    column_kind: &'static str,
}

#[derive(Serialize)]
struct Tool<'a> {
    driver: Driver<'a>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Driver<'a> {
    name: &'static str,
    semantic_version: &'static str,
    rules: Vec<RuleDescriptor<'a>>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct RuleDescriptor<'a> {
    id: &'a str,
    short_description: Text<'a>,
}

#[derive(Serialize)]
struct Text<'a> {
    text: std::borrow::Cow<'a, str>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifResult<'a> {
    rule_id: &'a str,
    rule_index: usize,
    level: &'static str,
    message: Text<'a>,
    locations: Vec<Location<'a>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    related_locations: Vec<RelatedLocation<'a>>,
    partial_fingerprints: Fingerprints<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    baseline_state: Option<&'static str>,
    properties: Properties<'a>,
}

#[derive(Serialize)]
struct Fingerprints<'a> {
    #[serde(rename = "claimcheck/v1")]
    claimcheck: &'a str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Properties<'a> {
    id: &'a str,
    finding_kind: &'static str,
    status: &'static str,
    severity: &'static str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Location<'a> {
    physical_location: PhysicalLocation<'a>,
    message: Text<'a>,
}

/// A mention's location: its message (the speech act, "not counted") is
/// built, not borrowed.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct RelatedLocation<'a> {
    id: usize,
    physical_location: PhysicalLocation<'a>,
    message: OwnedText,
}

#[derive(Serialize)]
struct OwnedText {
    text: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PhysicalLocation<'a> {
    artifact_location: ArtifactLocation,
    region: Region<'a>,
}

#[derive(Serialize)]
struct ArtifactLocation {
    uri: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Region<'a> {
    start_line: u32,
    start_column: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    snippet: Option<Text<'a>>,
}

/// Writes `report` as pretty SARIF 2.1.0 JSON with a trailing newline.
pub fn write(report: &Report<'_>, out: &mut dyn Write) -> std::io::Result<()> {
    let mut rules: Vec<RuleDescriptor<'_>> = report
        .rules
        .iter()
        .map(|rule| RuleDescriptor {
            id: &rule.id,
            short_description: Text {
                text: (&rule.claim).into(),
            },
        })
        .collect();
    rules.push(RuleDescriptor {
        id: NAME_VARIANT,
        short_description: Text {
            text: "One name spelt several ways across the corpus".into(),
        },
    });
    let name_variant_index = rules.len() - 1;
    let results = report
        .findings
        .iter()
        .enumerate()
        .map(|(idx, finding)| result(report, idx, finding, name_variant_index))
        .collect();
    let log = Log {
        schema: SCHEMA,
        version: "2.1.0",
        runs: vec![Run {
            tool: Tool {
                driver: Driver {
                    name: "claimcheck",
                    semantic_version: env!("CARGO_PKG_VERSION"),
                    rules,
                },
            },
            results,
            column_kind: "unicodeCodePoints",
        }],
    };
    let mut buffered = std::io::BufWriter::with_capacity(1 << 16, &mut *out);
    serde_json::to_writer_pretty(&mut buffered, &log).map_err(std::io::Error::from)?;
    buffered.write_all(b"\n")?;
    buffered.flush()
}

fn result<'a>(
    report: &'a Report<'a>,
    idx: usize,
    finding: &'a Finding,
    name_variant_index: usize,
) -> SarifResult<'a> {
    let (rule_id, rule_index) = match finding.rule {
        Some(rule) => (report.rule_id(rule), rule.index()),
        None => (NAME_VARIANT, name_variant_index),
    };
    let identity = report.identities.get(idx);
    let locations = evidence(report, finding)
        .into_iter()
        .map(|piece| Location {
            physical_location: PhysicalLocation {
                artifact_location: ArtifactLocation {
                    uri: uri(report.doc_path(piece.citation.doc)),
                },
                region: Region {
                    start_line: piece.citation.line.max(1),
                    start_column: piece.citation.column.max(1),
                    snippet: piece.quote.map(|text| Text { text }),
                },
            },
            message: Text {
                text: std::borrow::Cow::Borrowed(piece.label),
            },
        })
        .collect();
    let related_locations = finding
        .mentions
        .iter()
        .filter_map(|idx| report.instance(*idx))
        .enumerate()
        .map(|(id, instance)| RelatedLocation {
            id,
            physical_location: PhysicalLocation {
                artifact_location: ArtifactLocation {
                    uri: uri(report.doc_path(instance.citation.doc)),
                },
                region: Region {
                    start_line: instance.citation.line.max(1),
                    start_column: instance.citation.column.max(1),
                    snippet: Some(Text {
                        text: instance.quote.text(),
                    }),
                },
            },
            message: OwnedText {
                text: format!(
                    "mention: {}, takes no side, not counted",
                    mention_act(instance)
                ),
            },
        })
        .collect();
    SarifResult {
        rule_id,
        rule_index,
        level: match finding.severity {
            Severity::High => "error",
            Severity::Medium => "warning",
            Severity::Low | Severity::Info => "note",
        },
        message: Text {
            text: (&finding.explanation).into(),
        },
        locations,
        related_locations,
        partial_fingerprints: Fingerprints {
            claimcheck: identity.map_or("", |identity| identity.fingerprint.as_str()),
        },
        baseline_state: identity
            .and_then(|identity| identity.baseline.as_ref())
            .map(|mark| match mark.status {
                BaselineStatus::New => "new",
                BaselineStatus::Known => "unchanged",
                BaselineStatus::Changed => "updated",
            }),
        properties: Properties {
            id: report.finding_id(idx),
            finding_kind: finding.kind.name(),
            status: finding.status.name(),
            severity: finding.severity.name(),
        },
    }
}

/// A relative path as a URI reference: every byte but unreserved characters
/// and `/` percent-encoded.
fn uri(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for byte in path.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~/".contains(&byte) {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(path: &str, expected: &str) {
        assert_eq!(uri(path), expected, "path: {path}");
    }

    #[test]
    fn paths_become_uri_references() {
        check("corpus/001_a.txt", "corpus/001_a.txt");
        check("my corpus/é.md", "my%20corpus/%C3%A9.md");
        check("a:b#c?.txt", "a%3Ab%23c%3F.txt");
    }
}
