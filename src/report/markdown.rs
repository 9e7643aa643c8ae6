//! Markdown for pasting into an editorial ticket: the summary, one section
//! per finding in the table's order, and the unsupported assertions as one
//! list, one line each (`--all-unsupported` gives them sections too).

use super::{
    citation_line, mention_lines, sections, side_lines, summary, verdict, Report, Section, Shown,
    MENTIONS_LABEL,
};
use crate::model::Finding;
use crate::vocab::Named;

/// Renders `report` as Markdown.
pub fn render(report: &Report<'_>) -> String {
    let mut out = String::from("# claimcheck findings\n\n");
    out.push_str(&summary(report));
    out.push('\n');
    for section in sections(report) {
        match section {
            Section::Full(shown) => out.push_str(&full(report, shown)),
            Section::Unsupported(group) => out.push_str(&unsupported(report, &group)),
        }
    }
    out
}

/// One finding: heading, verdict and explanation, each side's citations.
fn full(report: &Report<'_>, shown: Shown<'_>) -> String {
    let finding = shown.finding;
    let mut out = format!(
        "\n## {} \u{b7} {} \u{b7} {}\n\n",
        shown.label(),
        finding.kind.name(),
        escape(&finding.claim)
    );
    out.push_str(&format!(
        "**{}**, severity {}. {}\n\n",
        verdict(finding),
        finding.severity.name(),
        escape(&finding.explanation)
    ));
    for side in &finding.sides {
        out.push_str(&format!("- **{}**\n", escape(&side.label)));
        for line in side_lines(report, side) {
            out.push_str(&format!("  - {}\n", escape(&line)));
        }
    }
    let mentions = mention_lines(report, finding);
    if !mentions.is_empty() {
        out.push_str(&format!("- *{MENTIONS_LABEL}*\n"));
        for line in mentions {
            out.push_str(&format!("  - {}\n", escape(&line)));
        }
    }
    out
}

/// The unsupported assertions as one list: id, severity, claim, citation
/// and excerpt of its first instance.
fn unsupported(report: &Report<'_>, group: &[Shown<'_>]) -> String {
    let mut out = format!(
        "\n## Unsupported assertions ({})\n\nEach is backed by one source only.\n\n",
        group.len()
    );
    for shown in group {
        out.push_str(&format!(
            "- {} \u{b7} {} \u{b7} **{}** \u{2014} {}\n",
            shown.label(),
            shown.finding.severity.name(),
            escape(&shown.finding.claim),
            escape(&evidence(report, shown.finding))
        ));
    }
    out
}

/// The first citation of a finding with its excerpt (the focus article's
/// when it has one), and how many more there are.
fn evidence(report: &Report<'_>, finding: &Finding) -> String {
    let instances: Vec<_> = finding
        .sides
        .iter()
        .flat_map(|side| side.instances.iter())
        .filter_map(|idx| report.instance(*idx))
        .collect();
    let Some(first) = instances
        .iter()
        .find(|instance| Some(instance.citation.doc) == report.focus)
        .or(instances.first())
    else {
        return String::new();
    };
    if instances.len() > 1 {
        format!(
            "{} (+{} more)",
            citation_line(report, first),
            instances.len() - 1
        )
    } else {
        citation_line(report, first)
    }
}

/// Escapes the characters Markdown would read as formatting.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        if matches!(
            ch,
            '\\' | '*' | '_' | '`' | '[' | ']' | '<' | '>' | '#' | '|'
        ) {
            out.push('\\');
        }
        out.push(ch);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str, expected: &str) {
        assert_eq!(escape(text), expected, "text: {text}");
    }

    #[test]
    fn formatting_characters_are_escaped() {
        check(
            "___`a`___ [x] *y*",
            "\\_\\_\\_\\`a\\`\\_\\_\\_ \\[x\\] \\*y\\*",
        );
    }
}
