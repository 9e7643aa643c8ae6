//! One line per finding, for editors, grep and CI logs: `line`
//! (`path:line:col: kind [rule] message (id)`, like Vale's `line` and ruff's
//! `concise`) and `github` (workflow commands that GitHub Actions shows as
//! annotations on the article).
//!
//! The position is the finding's first piece of evidence (by article, line and
//! column); the path is the article's file as given on the command line.
//! Against a baseline the status follows the id: `(f3a9c0d1, new)`. The
//! rule's instances that take no side (the finding's mentions) close the
//! message, still on the finding's one line: `Mentions: path:9:1
//! (speculation).`

use super::{evidence, mention_act, Report};
use crate::model::{Finding, Severity};
use crate::vocab::Named;

/// Every finding as `path:line:col: kind [rule] message (id)`, one a line.
pub fn render(report: &Report<'_>) -> String {
    let mut out = String::new();
    for (idx, finding) in report.findings.iter().enumerate() {
        let (path, line, column) = position(report, finding);
        out.push_str(&format!(
            "{}:{line}:{column}: {} [{}] {}{} ({})\n",
            one_line(&super::clean(path)),
            finding.kind.name(),
            rule_of(report, finding),
            one_line(&finding.explanation),
            super::clean(&mentions(report, finding)),
            tag(report, idx)
        ));
    }
    out
}

/// Every finding as a GitHub Actions workflow command:
/// `::warning file=…,line=…,col=…,title=…::message`.
pub fn github(report: &Report<'_>) -> String {
    let mut out = String::new();
    for (idx, finding) in report.findings.iter().enumerate() {
        let (path, line, column) = position(report, finding);
        let level = match finding.severity {
            Severity::High => "error",
            Severity::Medium => "warning",
            Severity::Low | Severity::Info => "notice",
        };
        let title = format!(
            "{} [{}] {}",
            finding.kind.name(),
            rule_of(report, finding),
            tag(report, idx)
        );
        out.push_str(&format!(
            "::{level} file={},line={line},col={column},title={}::{}\n",
            escape_property(path),
            escape_property(&title),
            escape_data(&format!(
                "{}{}",
                finding.explanation,
                mentions(report, finding)
            ))
        ));
    }
    out
}

/// ` Mentions: path:line:col (speculation), ….` for a finding with
/// mentions (every one: they are few), else nothing.
fn mentions(report: &Report<'_>, finding: &Finding) -> String {
    let all: Vec<String> = finding
        .mentions
        .iter()
        .filter_map(|idx| report.instance(*idx))
        .map(|instance| {
            format!(
                "{}:{}:{} ({})",
                one_line(report.doc_path(instance.citation.doc)),
                instance.citation.line,
                instance.citation.column,
                mention_act(instance)
            )
        })
        .collect();
    if all.is_empty() {
        String::new()
    } else {
        format!(" Mentions: {}.", all.join(", "))
    }
}

/// The rule id, or `-` for a name variant.
fn rule_of<'a>(report: &'a Report<'_>, finding: &Finding) -> &'a str {
    finding.rule.map_or("-", |rule| report.rule_id(rule))
}

/// The id, and the baseline status when there is one.
fn tag(report: &Report<'_>, idx: usize) -> String {
    let id = report.finding_id(idx);
    match report
        .identities
        .get(idx)
        .and_then(|identity| identity.baseline.as_ref())
    {
        Some(mark) => format!("{id}, {}", mark.status.name()),
        None => id.to_string(),
    }
}

/// The file, line and column of the finding's first piece of evidence.
fn position<'a>(report: &'a Report<'_>, finding: &Finding) -> (&'a str, u32, u32) {
    match evidence(report, finding).first() {
        Some(first) => (
            report.doc_path(first.citation.doc),
            first.citation.line,
            first.citation.column,
        ),
        None => ("?", 1, 1),
    }
}

/// `text` with every run of whitespace (line breaks included) as one space.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A workflow command's message: `%`, CR and LF escaped.
fn escape_data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// A workflow command's property value: also `:` and `,`.
fn escape_property(text: &str) -> String {
    escape_data(text).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str, data: &str, property: &str) {
        assert_eq!(escape_data(text), data, "text: {text}");
        assert_eq!(escape_property(text), property, "text: {text}");
    }

    #[test]
    fn workflow_commands_are_escaped() {
        check(
            "70%, said\nhe: yes",
            "70%25, said%0Ahe: yes",
            "70%25%2C said%0Ahe%3A yes",
        );
        check("plain", "plain", "plain");
    }

    #[test]
    fn a_message_is_one_line() {
        assert_eq!(one_line("two\n  lines\r\n"), "two lines");
    }
}
