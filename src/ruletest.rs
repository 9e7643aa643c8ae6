//! `claimcheck rules test`: runs every rule's examples through the real
//! per-article pipeline and reports true/false positives and negatives per rule.

use comfy_table::{presets::UTF8_FULL_CONDENSED, Cell, CellAlignment, Table};

use crate::matcher;
use crate::model::{Article, Document, Instance, RuleId};
use crate::provenance::Analyzer;
use crate::rulebook::{Example, Rule, Rulebook};
use crate::vocab::Named;

/// The outcome of a rule test run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    /// The per-rule report, printed on stdout.
    pub report: String,
    /// True when every example passed and every rule has examples of both kinds.
    pub passed: bool,
}

/// Runs every example of every rule, or only of the rules in `only` when it
/// is not empty.
pub fn run(rulebook: &Rulebook, only: &[String]) -> Outcome {
    let analyzer = Analyzer::new(&rulebook.lexicon).with_speakers(&rulebook.speakers);
    let mut table = Table::new();
    table.load_preset(UTF8_FULL_CONDENSED);
    table.set_header(["rule", "examples", "TP", "FP", "FN", "wrong", "status"]);
    let mut failures = Vec::new();
    let mut n_failed_rules = 0;
    for (rule_idx, rule) in rulebook.rules.iter().enumerate() {
        if !only.is_empty() && !only.contains(&rule.info.id) {
            continue;
        }
        let mut tally = Tally::default();
        for example in &rule.examples {
            let instances = instances(rulebook, &analyzer, RuleId(rule_idx as u32), &example.text);
            if let Some(problem) = judge(example, &instances, &mut tally) {
                failures.push(format!(
                    "{}:{}: rule {}: {problem}\n    {}",
                    rule.source(),
                    example.line,
                    rule.info.id,
                    example.text
                ));
            }
        }
        let mut status = "ok".to_string();
        for (missing, present) in [
            ("matching example", tally.n_positive > 0),
            ("near-miss example (`match = false`)", tally.n_negative > 0),
        ] {
            if !present {
                failures.push(format!(
                    "{}:{}: rule {}: has no {missing}",
                    rule.source(),
                    rule.info.line,
                    rule.info.id
                ));
                status = format!(
                    "no {}",
                    if tally.n_positive == 0 {
                        "match example"
                    } else {
                        "near-miss"
                    }
                );
            }
        }
        if tally.n_fp + tally.n_fn + tally.n_wrong > 0 {
            status = "FAIL".to_string();
        }
        if status != "ok" {
            n_failed_rules += 1;
        }
        table.add_row(row(rule, &tally, &status));
    }
    for column in 1..6 {
        if let Some(column) = table.column_mut(column) {
            column.set_cell_alignment(CellAlignment::Right);
        }
    }
    let mut report = format!("{table}\n");
    let tested: Vec<_> = rulebook
        .rules
        .iter()
        .filter(|rule| only.is_empty() || only.contains(&rule.info.id))
        .collect();
    let n_examples: usize = tested.iter().map(|rule| rule.examples.len()).sum();
    if failures.is_empty() {
        report.push_str(&format!(
            "{} rules, {n_examples} examples: all passed\n",
            tested.len()
        ));
    } else {
        report.push_str("\nfailures:\n");
        for failure in &failures {
            report.push_str(failure);
            report.push('\n');
        }
        report.push_str(&format!(
            "\n{} rules, {n_examples} examples: {n_failed_rules} rule(s) failed\n",
            tested.len()
        ));
    }
    Outcome {
        report,
        passed: failures.is_empty(),
    }
}

#[derive(Debug, Default)]
struct Tally {
    n_positive: usize,
    n_negative: usize,
    n_tp: usize,
    n_fp: usize,
    n_fn: usize,
    n_wrong: usize,
}

fn row(rule: &Rule, tally: &Tally, status: &str) -> Vec<Cell> {
    vec![
        Cell::new(&rule.info.id),
        Cell::new(rule.examples.len()),
        Cell::new(tally.n_tp),
        Cell::new(tally.n_fp),
        Cell::new(tally.n_fn),
        Cell::new(tally.n_wrong),
        Cell::new(status),
    ]
}

/// The instances of `rule` the real pipeline finds in `text`.
fn instances(rulebook: &Rulebook, analyzer: &Analyzer, rule: RuleId, text: &str) -> Vec<Instance> {
    let mut text = text.to_string();
    let (sentences, breaks) = crate::text::read(&mut text);
    let article = Article {
        document: Document {
            id: "example".to_string(),
            path: "example".to_string(),
            ..Document::default()
        },
        text,
        sentences,
        breaks,
    };
    matcher::scan_article(rulebook, analyzer, &article)
        .instances
        .into_iter()
        .filter(|instance| instance.rule == rule)
        .collect()
}

/// Counts one example and says what went wrong, if anything.
fn judge(example: &Example, instances: &[Instance], tally: &mut Tally) -> Option<String> {
    if !example.matches {
        tally.n_negative += 1;
        if let Some(instance) = instances.first() {
            tally.n_fp += 1;
            return Some(format!(
                "expected no match, got a match on {:?}",
                matched_text(instance)
            ));
        }
        return None;
    }
    tally.n_positive += 1;
    let Some(instance) = instances.first() else {
        tally.n_fn += 1;
        return Some("expected a match, got none".to_string());
    };
    tally.n_tp += 1;
    let mut problems = Vec::new();
    if let Some(expected) = example.stance {
        let got = instance.stance.stance;
        if got != expected {
            problems.push(format!(
                "expected stance {}, got {}",
                expected.name(),
                got.name()
            ));
        }
    }
    if let Some(expected) = &example.value {
        let got = instance.figure().map(|value| value.normalized.as_str());
        if got != Some(expected.as_str()) {
            problems.push(format!(
                "expected value {expected}, got {}",
                got.unwrap_or("no value")
            ));
        }
    }
    if problems.is_empty() {
        return None;
    }
    tally.n_wrong += 1;
    Some(problems.join("; "))
}

fn matched_text(instance: &Instance) -> String {
    let quote = instance.quote.text();
    quote.get(instance.matched()).unwrap_or(&quote).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Stance, Value, ValueKind};

    fn instance(stance: Stance, value: Option<&str>) -> Instance {
        let quote = "Between 2014 and 2018, about 70% of China's weapons imports came from Russia.";
        let values: Vec<Value> = value
            .map(|normalized| Value::number(ValueKind::Percent, 70.0, 70.0, normalized).at(29))
            .into_iter()
            .collect();
        let mut instance = Instance::bare(quote, "example");
        instance.match_start = 36;
        instance.match_end = 76;
        instance.stance.stance = stance;
        instance.figure_value = (!values.is_empty()).then_some(0);
        instance.values = values.into();
        instance
    }

    fn check(example: Example, instances: &[Instance], expected: Option<&str>) {
        let mut tally = Tally::default();
        assert_eq!(
            judge(&example, instances, &mut tally).as_deref(),
            expected,
            "example: {}",
            example.text
        );
    }

    fn example(matches: bool, stance: Option<Stance>, value: Option<&str>) -> Example {
        Example {
            text: "Between 2014 and 2018, about 70% of China's weapons imports came from Russia."
                .to_string(),
            matches,
            stance,
            value: value.map(str::to_string),
            line: 3,
        }
    }

    #[test]
    fn examples_are_judged_on_match_stance_and_value() {
        let found = [instance(Stance::Affirm, Some("70%"))];
        check(
            example(true, Some(Stance::Affirm), Some("70%")),
            &found,
            None,
        );
        check(
            example(true, Some(Stance::Deny), Some("75%")),
            &found,
            Some("expected stance deny, got affirm; expected value 75%, got 70%"),
        );
        check(
            example(true, None, None),
            &[],
            Some("expected a match, got none"),
        );
        check(
            example(false, None, None),
            &found,
            Some("expected no match, got a match on \"China's weapons imports came from Russia\""),
        );
        check(example(false, None, None), &[], None);
        check(
            example(true, None, Some("70%")),
            &[instance(Stance::Affirm, None)],
            Some("expected value 70%, got no value"),
        );
    }
}
