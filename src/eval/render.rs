//! Prints an eval score: a plain-text report for people, JSON for machines.
//!
//! The report ends with the unjudged instances as `[[instance]]` tables to paste
//! into the labels file: the engine's reading is commented out, so a labeller
//! reads the sentence and writes what it says, never the engine's guess unread.

use std::fmt::Write;

use super::score::{CitedFinding, FieldError, Score, UnjudgedInstance};

/// The score as pretty JSON with a trailing newline (the format is documented
/// on the types in `eval/score.rs`).
pub fn json(score: &Score) -> serde_json::Result<String> {
    let mut out = serde_json::to_string_pretty(score)?;
    out.push('\n');
    Ok(out)
}

/// The score as a readable report.
pub fn table(score: &Score) -> String {
    let mut out = String::new();
    let instances = &score.instances;
    let _ = writeln!(
        out,
        "eval {}: {} instance labels ({} with a rule, {} none), {} instances emitted ({} judged, {} unjudged), {} findings expected, {} emitted",
        score.labels,
        instances.labelled + instances.labelled_none,
        instances.labelled,
        instances.labelled_none,
        instances.emitted,
        instances.judged,
        instances.unjudged,
        score.findings.expected,
        score.findings.emitted,
    );
    let _ = writeln!(
        out,
        "instance precision {}   recall {}   found {}",
        figure(instances.precision, instances.correct, instances.judged),
        figure(instances.recall, instances.recalled, instances.labelled),
        figure(instances.found_rate, instances.found, instances.labelled),
    );
    let errors = &instances.errors;
    let _ = writeln!(
        out,
        "errors: rule {}, stance {}, side {}, speaker {}, origin {}, value {}, key {}",
        errors.rule,
        errors.stance,
        errors.side,
        errors.speaker,
        errors.origin,
        errors.value,
        errors.key
    );
    let _ = writeln!(
        out,
        "figure values: value and key right {} of judged figure instances",
        figure(
            instances.figure_accuracy,
            instances.figures_right,
            instances.figures_judged
        ),
    );
    let _ = writeln!(
        out,
        "finding precision {}   recall {}",
        figure(
            score.findings.precision,
            score.findings.matched,
            score.findings.matched + score.findings.false_
        ),
        figure(
            score.findings.recall,
            score.findings.matched,
            score.findings.expected
        ),
    );
    let _ = writeln!(
        out,
        "sides that only mention the claim (speculation, conditional, question, warning, plan): {}{} {}",
        score.mention_sides.len(),
        match score.max_mention_sides {
            0 => String::new(),
            max => format!(" (at most {max})"),
        },
        if score.mention_sides.len() <= score.max_mention_sides {
            "ok"
        } else {
            "FAIL"
        }
    );
    for threshold in &score.thresholds {
        let _ = writeln!(
            out,
            "threshold {} {:.3}: {} {}",
            threshold.name,
            threshold.min,
            threshold
                .value
                .map_or("n/a".to_owned(), |v| format!("{v:.3}")),
            if threshold.passed { "ok" } else { "FAIL" }
        );
    }
    miscounted_origins(&mut out, score);
    rules_table(&mut out, score);
    kinds_table(&mut out, score);
    lists(&mut out, score);
    out
}

/// The count of miscounted origins (`eval/origins.rs`), one line, then
/// one line per case.
fn miscounted_origins(out: &mut String, score: &Score) {
    let cases = &score.miscounted_origins;
    let _ = writeln!(
        out,
        "origins: {} miscounted (copy counted twice or unresolved generic head) {}",
        cases.len(),
        if cases.is_empty() { "ok" } else { "FAIL" }
    );
    for case in cases {
        let _ = writeln!(
            out,
            "- {} {} side {}: {}: {}",
            case.finding,
            case.kind,
            case.side,
            case.problem,
            case.sources.join(" and ")
        );
    }
}

/// The per-rule table.
fn rules_table(out: &mut String, score: &Score) {
    let mut rows = vec![row(&[
        "rule",
        "labelled",
        "emitted",
        "judged",
        "correct",
        "found",
        "precision",
        "recall",
    ])];
    for rule in &score.rules {
        rows.push(vec![
            rule.rule.clone(),
            rule.labelled.to_string(),
            rule.emitted.to_string(),
            rule.judged.to_string(),
            rule.correct.to_string(),
            rule.found.to_string(),
            short(rule.precision),
            short(rule.recall),
        ]);
    }
    let _ = write!(out, "\nInstances by rule\n{}", columns(&rows));
}

/// The per-kind findings table.
fn kinds_table(out: &mut String, score: &Score) {
    let mut rows = vec![row(&[
        "kind",
        "complete",
        "expected",
        "emitted",
        "matched",
        "false",
        "unjudged",
        "precision",
        "recall",
    ])];
    for kind in &score.findings.kinds {
        rows.push(vec![
            kind.kind.clone(),
            if kind.complete { "yes" } else { "no" }.to_owned(),
            kind.expected.to_string(),
            kind.emitted.to_string(),
            kind.matched.to_string(),
            kind.false_.to_string(),
            kind.unjudged.to_string(),
            short(kind.precision),
            short(kind.recall),
        ]);
    }
    let _ = write!(out, "\nFindings by kind\n{}", columns(&rows));
}

/// Misses, false findings, wrong, missed and unjudged instances.
fn lists(out: &mut String, score: &Score) {
    section(out, "Missed findings", score.missed_findings.len());
    for missed in &score.missed_findings {
        let evidence: Vec<String> = missed.evidence.iter().map(|e| format!("{e:?}")).collect();
        let evidence = if evidence.is_empty() {
            String::new()
        } else {
            format!(": evidence {}", evidence.join(", "))
        };
        let _ = writeln!(
            out,
            "- {} {} (expected at {}){evidence}",
            missed.kind,
            rule_or_dash(&missed.rule),
            missed.label,
        );
    }
    section(out, "False findings", score.false_findings.len());
    for false_finding in &score.false_findings {
        let why = match &false_finding.label {
            Some(label) => format!("forbidden at {label}"),
            None => "not expected".to_owned(),
        };
        let _ = writeln!(out, "- {} ({why})", cited(&false_finding.finding));
    }
    if !score.mention_sides.is_empty() {
        section(
            out,
            "Sides that only mention the claim",
            score.mention_sides.len(),
        );
    }
    for mention in &score.mention_sides {
        let _ = writeln!(
            out,
            "- {} {} {} side {}: {} {}:{}:{} ({})\n  \u{201c}{}\u{201d}",
            mention.finding,
            mention.kind,
            mention.rule.as_deref().unwrap_or("-"),
            mention.side,
            mention.instance,
            mention.doc,
            mention.line,
            mention.column,
            mention.why,
            mention.quote
        );
    }
    section(out, "Unjudged findings", score.unjudged_findings.len());
    for finding in &score.unjudged_findings {
        let _ = writeln!(out, "- {}", cited(finding));
    }
    section(out, "Wrong instances", score.wrong_instances.len());
    for wrong in &score.wrong_instances {
        let errors: Vec<String> = wrong.errors.iter().map(field_error).collect();
        let _ = writeln!(
            out,
            "- {} {}:{}:{} {} (label at {}): {}\n  \u{201c}{}\u{201d}",
            wrong.id,
            wrong.doc,
            wrong.line,
            wrong.column,
            wrong.rule,
            wrong.label,
            errors.join("; "),
            wrong.quote
        );
    }
    section(out, "Missed instances", score.missed_instances.len());
    for missed in &score.missed_instances {
        let why = if missed.wrong.is_empty() {
            "not emitted".to_owned()
        } else {
            format!("emitted wrong as {}", missed.wrong.join(", "))
        };
        let _ = writeln!(
            out,
            "- {} {} {:?} {}: {why}",
            missed.label, missed.doc, missed.text, missed.rule
        );
    }
    section(
        out,
        "Unjudged instances (check each reading, then paste into the labels)",
        score.unjudged_instances.len(),
    );
    for instance in &score.unjudged_instances {
        out.push_str(&paste(instance));
    }
}

/// One unjudged instance as an `[[instance]]` table with the engine's reading
/// commented out.
fn paste(instance: &UnjudgedInstance) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "\n# {} {}:{}:{}",
        instance.id, instance.doc, instance.line, instance.column
    );
    let _ = writeln!(out, "[[instance]]");
    let _ = writeln!(out, "doc = {}", toml_string(&instance.doc));
    let _ = writeln!(out, "text = {}", toml_string(&instance.quote));
    let _ = writeln!(out, "rule = {}", toml_string(&instance.rule));
    let _ = writeln!(out, "# The engine's reading:");
    let _ = writeln!(out, "# stance = {}", toml_string(&instance.stance));
    let _ = writeln!(out, "# side = {}", instance.side);
    let _ = writeln!(out, "# speaker = {}", toml_string(&instance.speaker));
    let _ = writeln!(out, "# origin = {}", toml_string(&instance.origin));
    if let Some(value) = &instance.value {
        let _ = writeln!(out, "# value = {}", toml_string(value));
    }
    if let Some(key) = &instance.key {
        let _ = writeln!(out, "# key = {}", toml_string(key));
    }
    out
}

/// A TOML basic string, escaped.
fn toml_string(text: &str) -> String {
    toml::Value::String(text.to_owned()).to_string()
}

fn cited(finding: &CitedFinding) -> String {
    let citations: Vec<String> = finding
        .citations
        .iter()
        .map(|citation| {
            format!(
                "{}: {}:{}:{}",
                citation.side, citation.doc, citation.line, citation.column
            )
        })
        .collect();
    format!(
        "{} {} {}: {}",
        finding.id,
        finding.kind,
        rule_or_dash(finding.rule.as_deref().unwrap_or("")),
        citations.join(", ")
    )
}

fn field_error(error: &FieldError) -> String {
    format!(
        "{} expected {}, got {}",
        error.field, error.expected, error.got
    )
}

fn rule_or_dash(rule: &str) -> &str {
    if rule.is_empty() {
        "-"
    } else {
        rule
    }
}

fn section(out: &mut String, title: &str, n: usize) {
    let _ = writeln!(out, "\n{title}: {n}");
}

/// `0.857 (6/7)`, or `n/a (0/0)`.
fn figure(value: Option<f64>, numerator: usize, denominator: usize) -> String {
    format!("{} ({numerator}/{denominator})", short(value))
}

fn short(value: Option<f64>) -> String {
    value.map_or("n/a".to_owned(), |value| format!("{value:.3}"))
}

fn row(cells: &[&str]) -> Vec<String> {
    cells.iter().map(|cell| cell.to_string()).collect()
}

/// Rows as left-aligned columns (the first) and right-aligned numbers.
fn columns(rows: &[Vec<String>]) -> String {
    let n_columns = rows.iter().map(Vec::len).max().unwrap_or(0);
    let widths: Vec<usize> = (0..n_columns)
        .map(|idx| {
            rows.iter()
                .filter_map(|row| row.get(idx))
                .map(|cell| cell.chars().count())
                .max()
                .unwrap_or(0)
        })
        .collect();
    let mut out = String::new();
    for row in rows {
        let mut line = String::new();
        for (idx, cell) in row.iter().enumerate() {
            let width = widths[idx];
            if idx == 0 {
                let _ = write!(line, "{cell:<width$}");
            } else {
                let _ = write!(line, "  {cell:>width$}");
            }
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(rows: &[&[&str]], expected: &str) {
        let rows: Vec<Vec<String>> = rows.iter().map(|cells| row(cells)).collect();
        assert_eq!(columns(&rows), expected);
    }

    #[test]
    fn columns_align() {
        check(
            &[&["rule", "n"], &["bridge-closed", "12"]],
            "rule            n\nbridge-closed  12\n",
        );
        check(&[], "");
    }

    #[test]
    fn pasted_instances_escape_their_quotes() {
        let instance = UnjudgedInstance {
            id: "i1".to_owned(),
            doc: "a".to_owned(),
            line: 3,
            column: 1,
            rule: "r".to_owned(),
            quote: "He said \"no\" \\ twice.".to_owned(),
            stance: "deny".to_owned(),
            side: true,
            speaker: "none".to_owned(),
            origin: "a".to_owned(),
            value: None,
            key: None,
        };
        let text = paste(&instance);
        let table: toml::Table = toml::from_str(&text).expect("the pasted table parses");
        let pasted = table
            .get("instance")
            .and_then(|instances| instances.get(0))
            .and_then(|instance| instance.get("text"))
            .and_then(toml::Value::as_str);
        assert_eq!(pasted, Some(instance.quote.as_str()), "{text}");
    }
}
