//! The conflict table for people (comfy-table).

use super::Report;

/// How the table is drawn: width and colour.
#[derive(Debug, Clone, Copy, Default)]
pub struct Style {
    /// Terminal width; `None` draws at natural width.
    pub width: Option<u16>,
    /// Whether to use colour.
    pub color: bool,
}

/// Renders `report` as a table.
pub fn render(report: &Report<'_>, style: &Style) -> String {
    let _ = style;
    format!("{} findings\n", report.findings.len())
}
