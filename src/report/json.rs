//! The JSON wire format, documented field by field.

use serde::Serialize;

use super::Report;

/// Bumped whenever a field is added, removed or changes meaning.
pub const SCHEMA_VERSION: u32 = 1;

#[derive(Serialize)]
struct Wire<'a> {
    schema_version: u32,
    documents: &'a [crate::model::Document],
}

/// Renders `report` as pretty JSON with a trailing newline.
pub fn render(report: &Report<'_>) -> String {
    let wire = Wire {
        schema_version: SCHEMA_VERSION,
        documents: report.documents,
    };
    let mut out = serde_json::to_string_pretty(&wire).expect("wire types serialize without error");
    out.push('\n');
    out
}
