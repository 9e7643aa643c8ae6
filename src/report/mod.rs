//! Renders a check's results: a table for people, JSON for machines, Markdown for tickets.

pub mod json;
pub mod markdown;
pub mod table;

use crate::kinds::RuleInfo;
use crate::model::{Document, Finding, Instance};

/// Everything a report shows, already sorted and filtered.
#[derive(Debug, Clone, Copy)]
pub struct Report<'a> {
    /// Documents, sorted by path.
    pub documents: &'a [Document],
    /// Rules, in rulebook order.
    pub rules: &'a [RuleInfo],
    /// Instances, sorted by citation then rule.
    pub instances: &'a [Instance],
    /// Findings to show.
    pub findings: &'a [Finding],
}

impl Report<'_> {
    /// The id of rule `idx`, or `?` for an index outside the rulebook.
    pub fn rule_id(&self, idx: u32) -> &str {
        self.rules
            .get(idx as usize)
            .map_or("?", |rule| rule.id.as_str())
    }

    /// The id of document `idx`, or `?` for an index outside the corpus.
    pub fn doc_id(&self, idx: u32) -> &str {
        self.documents
            .get(idx as usize)
            .map_or("?", |document| document.id.as_str())
    }
}

/// The output formats of `claimcheck check`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// A conflict table for people.
    Table,
    /// Versioned JSON for machines.
    Json,
    /// Markdown for an editorial ticket.
    Markdown,
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
    }
}
