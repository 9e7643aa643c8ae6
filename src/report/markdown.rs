//! Markdown for pasting into an editorial ticket: one section per finding.

use super::{clean, side_lines, summary, Report};
use crate::vocab::Named;

/// Renders `report` as Markdown.
pub fn render(report: &Report<'_>) -> String {
    let mut out = String::from("# claimcheck findings\n\n");
    out.push_str(&summary(report));
    out.push('\n');
    for (idx, finding) in report.findings.iter().enumerate() {
        out.push_str(&format!(
            "\n## f{} \u{b7} {} \u{b7} {}\n\n",
            idx + 1,
            finding.kind.name(),
            escape(&clean(&finding.claim))
        ));
        out.push_str(&format!(
            "**{}**, severity {}. {}\n\n",
            finding.status.name(),
            finding.severity.name(),
            escape(&clean(&finding.explanation))
        ));
        for side in &finding.sides {
            out.push_str(&format!("- **{}**\n", escape(&clean(&side.label))));
            for line in side_lines(report, side) {
                out.push_str(&format!("  - {}\n", escape(&line)));
            }
        }
    }
    out
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

    #[test]
    fn formatting_characters_are_escaped() {
        assert_eq!(
            escape("___`a`___ [x] *y*"),
            "\\_\\_\\_\\`a\\`\\_\\_\\_ \\[x\\] \\*y\\*"
        );
    }
}
