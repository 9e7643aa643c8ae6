//! The conflict table for people (comfy-table): one row per finding, each
//! side's sources with `article:line` and a quote trimmed around the match.

use std::collections::BTreeMap;

use comfy_table::{presets, Attribute, Cell, Color, ContentArrangement, Table};

use super::Report;
use crate::model::{Finding, FindingKind, Instance, Severity, Side};

/// How many citations a side shows before "and N more".
const MAX_CITATIONS: usize = 3;
/// Characters of context kept before the match in a trimmed quote.
const QUOTE_BEFORE: usize = 40;
/// Characters kept from the match start in a trimmed quote.
const QUOTE_AFTER: usize = 90;

/// How the table is drawn: width and colour.
#[derive(Debug, Clone, Copy, Default)]
pub struct Style {
    /// Table width in columns; `None` fits the terminal.
    pub width: Option<u16>,
    /// Whether to use colour.
    pub color: bool,
}

/// Renders `report` as a table followed by a one-line summary.
pub fn render(report: &Report<'_>, style: &Style) -> String {
    let mut out = String::new();
    if report.findings.is_empty() {
        out.push_str("No findings.\n");
    } else {
        out.push_str(&table(report, style).to_string());
        out.push('\n');
    }
    out.push_str(&summary(report));
    out.push('\n');
    out
}

/// The counts line under the table.
pub fn summary(report: &Report<'_>) -> String {
    let mut counts: BTreeMap<FindingKind, usize> = BTreeMap::new();
    for finding in report.findings {
        *counts.entry(finding.kind).or_default() += 1;
    }
    let kinds: Vec<String> = counts
        .iter()
        .map(|(kind, n)| format!("{n} {}", kind_name(*kind)))
        .collect();
    let detail = if kinds.is_empty() {
        String::new()
    } else {
        format!(" ({})", kinds.join(", "))
    };
    format!(
        "{} finding{}{detail} from {} instance{} in {} article{}.",
        report.findings.len(),
        if report.findings.len() == 1 { "" } else { "s" },
        report.instances.len(),
        if report.instances.len() == 1 { "" } else { "s" },
        report.documents.len(),
        if report.documents.len() == 1 { "" } else { "s" },
    )
}

/// The kebab-case name of a finding kind, as in JSON and on the command line.
pub fn kind_name(kind: FindingKind) -> &'static str {
    match kind {
        FindingKind::Contradiction => "contradiction",
        FindingKind::FigureConflict => "figure-conflict",
        FindingKind::Unsupported => "unsupported",
        FindingKind::Corroborated => "corroborated",
        FindingKind::InvalidValue => "invalid-value",
        FindingKind::NameVariant => "name-variant",
    }
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

fn table(report: &Report<'_>, style: &Style) -> Table {
    let mut table = Table::new();
    table.load_preset(presets::UTF8_FULL_CONDENSED);
    if style.color {
        table.enforce_styling();
    } else {
        table.force_no_tty();
    }
    table.set_content_arrangement(ContentArrangement::Dynamic);
    if let Some(width) = style.width {
        table.set_width(width);
    }
    table.set_header(vec!["#", "Finding", "Claim", "Sources", "Status"]);
    for (idx, finding) in report.findings.iter().enumerate() {
        table.add_row(vec![
            Cell::new(format!("f{}", idx + 1)),
            kind_cell(finding, style.color),
            Cell::new(format!("{}\n{}", finding.claim, finding.explanation)),
            Cell::new(sources(report, finding)),
            Cell::new(format!(
                "{}\n{}",
                status_name(finding),
                severity_name(finding.severity)
            )),
        ]);
    }
    table
}

fn sources(report: &Report<'_>, finding: &Finding) -> String {
    let mut lines = Vec::new();
    for side in &finding.sides {
        lines.push(format!("{}:", side.label));
        lines.extend(
            side_lines(report, side)
                .into_iter()
                .map(|line| format!("  {line}")),
        );
    }
    lines.join("\n")
}

fn kind_cell(finding: &Finding, color: bool) -> Cell {
    let cell = Cell::new(kind_name(finding.kind));
    if !color {
        return cell;
    }
    let cell = cell.add_attribute(Attribute::Bold);
    match finding.severity {
        Severity::High => cell.fg(Color::Red),
        Severity::Medium => cell.fg(Color::Yellow),
        Severity::Low => cell.fg(Color::Cyan),
        Severity::Info => cell.fg(Color::Green),
    }
}

/// The kebab-case name of a finding's status.
pub fn status_name(finding: &Finding) -> &'static str {
    match finding.status {
        crate::model::Status::Supported => "supported",
        crate::model::Status::Disputed => "disputed",
        crate::model::Status::NotEnoughInfo => "not-enough-info",
    }
}

/// The kebab-case name of a severity.
pub fn severity_name(severity: Severity) -> &'static str {
    match severity {
        Severity::Info => "info",
        Severity::Low => "low",
        Severity::Medium => "medium",
        Severity::High => "high",
    }
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
