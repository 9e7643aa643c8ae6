//! Renders a check's results: a table for people, JSON for machines, Markdown for tickets.

pub mod fingerprint;
pub mod json;
pub mod line;
pub mod markdown;
pub mod sarif;
pub mod table;

use std::collections::BTreeMap;

use crate::kinds::RuleInfo;
use crate::model::{ArticleId, Document, Finding, FindingKind, Instance, RuleId, Side};
use crate::vocab::Named;

/// How many citations a side shows before "and N more".
const MAX_CITATIONS: usize = 3;
/// Characters of context kept before the match in a trimmed quote.
const QUOTE_BEFORE: usize = 40;
/// Characters kept from the match start in a trimmed quote.
const QUOTE_AFTER: usize = 90;

/// Everything a report shows, already sorted and filtered.
#[derive(Debug, Clone, Copy)]
pub struct Report<'a> {
    /// Documents, sorted by path.
    pub documents: &'a [Document],
    /// Per document (same order), its file as given on the command line,
    /// with `/` separators: what `line`, `github` and `sarif` name.
    pub paths: &'a [String],
    /// Rules, in rulebook order.
    pub rules: &'a [RuleInfo],
    /// Instances, sorted by citation then rule.
    pub instances: &'a [Instance],
    /// Findings to show.
    pub findings: &'a [Finding],
    /// The identity of each finding to show (same length and order), from
    /// `fingerprint::identify` over every finding before any filter.
    pub identities: &'a [fingerprint::Identity],
}

impl Report<'_> {
    /// The id of `rule`, or `?` for a rule outside the rulebook.
    pub fn rule_id(&self, rule: RuleId) -> &str {
        self.rules
            .get(rule.index())
            .map_or("?", |info| info.id.as_str())
    }

    /// The short id of the finding at `idx` (`f3a9c0d1`), or `?` past the end.
    pub fn finding_id(&self, idx: usize) -> &str {
        self.identities
            .get(idx)
            .map_or("?", |identity| identity.id.as_str())
    }

    /// The file of `article` as given on the command line, else its path in
    /// the corpus, else `?`.
    pub fn doc_path(&self, article: ArticleId) -> &str {
        match self.paths.get(article.index()) {
            Some(path) => path,
            None => self
                .documents
                .get(article.index())
                .map_or("?", |document| document.path.as_str()),
        }
    }

    /// The id of `article`'s document, or `?` for an article outside the corpus.
    pub fn doc_id(&self, article: ArticleId) -> &str {
        self.documents
            .get(article.index())
            .map_or("?", |document| document.id.as_str())
    }
}

/// The output formats of `claimcheck check`.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize, clap::ValueEnum,
)]
#[serde(rename_all = "kebab-case")]
pub enum Format {
    /// A conflict table for people.
    Table,
    /// Versioned JSON for machines.
    Json,
    /// Markdown for an editorial ticket.
    Markdown,
    /// SARIF 2.1.0 for code-scanning tools.
    Sarif,
    /// One line per finding: `path:line:col: kind [rule] message`.
    Line,
    /// GitHub Actions workflow annotations.
    Github,
}

/// Writes `report` in `format` to `out`.
pub fn write(
    report: &Report<'_>,
    format: Format,
    style: &table::Style,
    out: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    match format {
        Format::Table => out.write_all(table::render(report, style).as_bytes()),
        Format::Json => json::write(report, out),
        Format::Markdown => out.write_all(markdown::render(report).as_bytes()),
        Format::Sarif => sarif::write(report, out),
        Format::Line => out.write_all(line::render(report).as_bytes()),
        Format::Github => out.write_all(line::github(report).as_bytes()),
    }
}

/// One piece of a finding's evidence: an instance or a name mention.
#[derive(Debug, Clone, Copy)]
pub struct Evidence<'a> {
    /// The label of its side ("affirm", "70%", a spelling).
    pub label: &'a str,
    /// Where it was seen.
    pub citation: &'a crate::model::Citation,
    /// The instance, `None` for a name mention.
    pub instance: Option<&'a Instance>,
}

/// Every piece of `finding`'s evidence, sorted by article, line and column.
pub fn evidence<'a>(report: &Report<'a>, finding: &'a Finding) -> Vec<Evidence<'a>> {
    let mut all: Vec<Evidence<'a>> = Vec::new();
    for side in &finding.sides {
        all.extend(
            side.instances
                .iter()
                .filter_map(|idx| report.instances.get(*idx as usize))
                .map(|instance| Evidence {
                    label: &side.label,
                    citation: &instance.citation,
                    instance: Some(instance),
                }),
        );
        all.extend(side.mentions.iter().map(|mention| Evidence {
            label: &side.label,
            citation: &mention.citation,
            instance: None,
        }));
    }
    all.sort_by(|a, b| {
        (a.citation.doc, a.citation.line, a.citation.column).cmp(&(
            b.citation.doc,
            b.citation.line,
            b.citation.column,
        ))
    });
    all
}

/// The counts line under a report: findings by kind, instances, articles.
pub fn summary(report: &Report<'_>) -> String {
    let mut counts: BTreeMap<FindingKind, usize> = BTreeMap::new();
    for finding in report.findings {
        *counts.entry(finding.kind).or_default() += 1;
    }
    let kinds: Vec<String> = counts
        .iter()
        .map(|(kind, n)| format!("{n} {}", kind.name()))
        .collect();
    let detail = if kinds.is_empty() {
        String::new()
    } else {
        format!(" ({})", kinds.join(", "))
    };
    format!(
        "{} finding{}{detail} from {} instance{} in {} article{}.{}",
        report.findings.len(),
        if report.findings.len() == 1 { "" } else { "s" },
        report.instances.len(),
        if report.instances.len() == 1 { "" } else { "s" },
        report.documents.len(),
        if report.documents.len() == 1 { "" } else { "s" },
        baseline_counts(report),
    )
}

/// " Against the baseline: 1 new, 2 changed, 45 known." or nothing without one.
fn baseline_counts(report: &Report<'_>) -> String {
    let mut counts: BTreeMap<fingerprint::BaselineStatus, usize> = BTreeMap::new();
    for identity in report.identities {
        if let Some(mark) = &identity.baseline {
            *counts.entry(mark.status).or_default() += 1;
        }
    }
    if counts.is_empty() {
        return String::new();
    }
    let counts: Vec<String> = counts
        .iter()
        .map(|(status, n)| format!("{n} {}", status.name()))
        .collect();
    format!(" Against the baseline: {}.", counts.join(", "))
}

/// One source line: `origin — doc:line “…quote…”`.
pub fn citation_line(report: &Report<'_>, instance: &Instance) -> String {
    format!(
        "{} \u{2014} {}:{} \u{201c}{}\u{201d}",
        instance.origin,
        report.doc_id(instance.citation.doc),
        instance.citation.line,
        trimmed_quote(instance)
    )
}

/// The side's citations, one per line, with "and N more" past the limit.
pub fn side_lines(report: &Report<'_>, side: &Side) -> Vec<String> {
    let mut lines: Vec<String> = side
        .instances
        .iter()
        .filter_map(|idx| report.instances.get(*idx as usize))
        .take(MAX_CITATIONS)
        .map(|instance| citation_line(report, instance))
        .collect();
    lines.extend(side.mentions.iter().take(MAX_CITATIONS).map(|mention| {
        format!(
            "{}:{}:{}",
            report.doc_id(mention.citation.doc),
            mention.citation.line,
            mention.citation.column
        )
    }));
    let total = side.instances.len() + side.mentions.len();
    if total > lines.len() {
        lines.push(format!("\u{2026} and {} more", total - lines.len()));
    }
    lines
}

/// The quote trimmed to a window around the match, on character boundaries.
pub fn trimmed_quote(instance: &Instance) -> String {
    let quote = instance.quote.as_str();
    let at = floor_boundary(quote, instance.match_start.min(quote.len()));
    let before: Vec<(usize, char)> = quote[..at].char_indices().collect();
    let start = if before.len() > QUOTE_BEFORE {
        before[before.len() - QUOTE_BEFORE].0
    } else {
        0
    };
    let end = quote[at..]
        .char_indices()
        .nth(QUOTE_AFTER)
        .map_or(quote.len(), |(offset, _)| at + offset);
    let mut out = String::new();
    if start > 0 {
        out.push('\u{2026}');
    }
    out.push_str(quote[start..end].trim());
    if end < quote.len() {
        out.push('\u{2026}');
    }
    out
}

fn floor_boundary(text: &str, mut at: usize) -> usize {
    while at > 0 && !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(quote: &str, match_start: usize, expected: &str) {
        assert_eq!(
            trimmed_quote(&instance_at(quote, match_start)),
            expected,
            "quote: {quote}"
        );
    }

    fn instance_at(quote: &str, match_start: usize) -> Instance {
        let mut instance = Instance::bare(quote, "o");
        instance.match_start = match_start;
        instance.match_end = match_start;
        instance
    }

    #[test]
    fn a_short_quote_is_kept_whole() {
        check(
            "Moscow and Beijing both deny the reports.",
            0,
            "Moscow and Beijing both deny the reports.",
        );
    }

    #[test]
    fn a_long_quote_is_trimmed_around_the_match() {
        let quote = format!("{}China sent drones{}", "x".repeat(60), "y".repeat(120));
        let trimmed = trimmed_quote(&instance_at(&quote, 60));
        assert!(
            trimmed.starts_with('\u{2026}') && trimmed.ends_with('\u{2026}'),
            "{trimmed}"
        );
        assert!(trimmed.contains("China sent drones"), "{trimmed}");
    }

    #[test]
    fn a_match_inside_a_multibyte_character_does_not_panic() {
        check("“Quoted” text", 1, "“Quoted” text");
    }
}
