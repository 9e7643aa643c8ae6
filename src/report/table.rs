//! The conflict table for people (comfy-table): one row per finding, each
//! side's sources with `article:line` and a quote trimmed around the match.

use comfy_table::{presets, Attribute, Cell, Color, ContentArrangement, Table};

use super::{clean, side_lines, summary, Report};
use crate::model::{Finding, Severity};
use crate::vocab::Named;

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
            Cell::new(clean(&format!(
                "{}\n{}",
                finding.claim, finding.explanation
            ))),
            Cell::new(sources(report, finding)),
            Cell::new(format!(
                "{}\n{}",
                finding.status.name(),
                finding.severity.name()
            )),
        ]);
    }
    table
}

fn sources(report: &Report<'_>, finding: &Finding) -> String {
    let mut lines = Vec::new();
    for side in &finding.sides {
        lines.push(format!("{}:", clean(&side.label)));
        lines.extend(
            side_lines(report, side)
                .into_iter()
                .map(|line| format!("  {line}")),
        );
    }
    lines.join("\n")
}

fn kind_cell(finding: &Finding, color: bool) -> Cell {
    let cell = Cell::new(finding.kind.name());
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
