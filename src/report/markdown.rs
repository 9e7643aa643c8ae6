//! Markdown for pasting into an editorial ticket.

use super::Report;

/// Renders `report` as Markdown.
pub fn render(report: &Report<'_>) -> String {
    format!("# claimcheck\n\n{} findings\n", report.findings.len())
}
