//! Invalid value: a value that cannot be true as written.
//!
//! Seen: "during (1956-1665) the divergence of interests stalled their relations"
//! (a range that ends before it starts), a share of 140%, a past event dated
//! after the article was published.
//! Not seen: "2014–2018" (in order), "a fourfold increase" (not a share).

use std::collections::BTreeSet;

use super::Input;
use crate::kinds::{FigureSpec, RuleKind};
use crate::model::{
    ArticleId, Document, Finding, FindingKind, PubDate, Severity, Side, Status, Value, ValueKind,
};
use crate::values::{day_number, in_unit, unit_mismatch};

/// Every impossible value, once per place in the corpus (several rules
/// matching one sentence report its bad range once, under the first rule).
pub fn check(input: &Input<'_>) -> Vec<Finding> {
    let mut seen: BTreeSet<(ArticleId, usize, usize)> = BTreeSet::new();
    let mut findings = Vec::new();
    for (idx, instance) in input.instances.iter().enumerate() {
        if instance.repeat {
            continue;
        }
        let Some(rule) = input.rules.get(instance.rule.index()) else {
            continue;
        };
        let spec = match &rule.kind {
            RuleKind::Figure(spec) => Some(spec),
            RuleKind::Proposition => None,
        };
        let document = input.documents.get(instance.citation.doc.index());
        for (value_idx, value) in instance.values.iter().enumerate() {
            let is_figure = instance.is_figure(value_idx);
            let Some(reason) = problem(value, spec.filter(|_| is_figure), document) else {
                continue;
            };
            if !seen.insert((
                instance.citation.doc,
                instance.citation.byte_start,
                value.start,
            )) {
                continue;
            }
            findings.push(Finding {
                kind: FindingKind::InvalidValue,
                rule: Some(instance.rule),
                claim: rule.claim.clone(),
                status: Status::Disputed,
                severity: Severity::Medium,
                class: None,
                explanation: format!(
                    "\u{201c}{}\u{201d} cannot be right as written: {reason}.",
                    value.text
                ),
                sides: vec![Side {
                    label: value.text.to_string(),
                    instances: vec![idx as u32],
                    mentions: Vec::new(),
                }],
                mentions: Vec::new(),
            });
        }
    }
    findings
}

/// Why `value` cannot be true, if it cannot. Plausible bounds and the
/// article-date check apply only to the value a figure rule selected.
fn problem(
    value: &Value,
    figure: Option<&FigureSpec>,
    document: Option<&Document>,
) -> Option<String> {
    if !value.low.is_finite() || !value.high.is_finite() {
        return Some("the number is too large to be a real figure".to_string());
    }
    if value.low > value.high {
        return Some("the range ends before it starts".to_string());
    }
    let spec = figure?;
    if let (Some(unit), Some(expected)) = (value.unit.as_deref(), spec.unit.as_deref()) {
        if unit_mismatch(unit, expected) {
            return Some(format!(
                "it is in {unit}, which is not a unit of the rule's {expected}"
            ));
        }
    }
    // A value that cannot be put in the rule's unit ("45 degrees" for °C)
    // is not held against its bounds.
    let in_rule_unit = |number: f64| match (value.unit.as_deref(), spec.unit.as_deref()) {
        (Some(unit), Some(expected)) => in_unit(number, unit, expected),
        _ => Some(number),
    };
    let highest = in_rule_unit(value.low.max(value.high));
    if let Some(max) = spec
        .max
        .filter(|max| highest.is_some_and(|number| number > *max))
    {
        return Some(format!(
            "it is above the largest plausible value, {}",
            trim(max)
        ));
    }
    let lowest = in_rule_unit(value.low.min(value.high));
    if let Some(min) = spec
        .min
        .filter(|min| lowest.is_some_and(|number| number < *min))
    {
        return Some(format!(
            "it is below the smallest plausible value, {}",
            trim(min)
        ));
    }
    let dated = matches!(
        value.kind,
        ValueKind::Year | ValueKind::Date | ValueKind::Range
    );
    let published = document.and_then(|document| document.date).map(last_day);
    match published {
        // A date completed from the article's date ("next Monday") is not
        // a misprint when it falls after it.
        Some(published) if dated && !value.inferred && value.low > published as f64 => {
            Some("it is dated after the article was published".to_string())
        }
        _ => None,
    }
}

/// Day number of the last day of `date`: December 31 of a year, day 31 of a
/// month. For a month of fewer days that is a day or three into the next
/// month; this is the reading the text dates had, kept so no finding moves.
fn last_day(date: PubDate) -> i64 {
    let month = date.month().map_or(12, u32::from);
    let day = date.day().map_or(31, u32::from);
    day_number(i64::from(date.year()), month, day)
}

fn trim(number: f64) -> String {
    let text = format!("{number}");
    text.strip_suffix(".0").map(str::to_string).unwrap_or(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kinds::{FigureKey, RuleInfo, Tolerance};
    use crate::model::{NameConfig, Stance};
    use crate::reconcile::testing::{instance, number, proposition};

    fn check_one(rule: RuleInfo, value: Value, figure: bool, date: Option<&str>) -> Vec<Finding> {
        let mut instance = instance(0, 1, "a", Stance::Affirm);
        instance.values = vec![value].into();
        instance.figure_value = figure.then_some(0);
        let documents = [Document {
            id: "a".into(),
            date: date.map(|date| PubDate::parse(date).expect("a test date is valid")),
            ..Document::default()
        }];
        let rules = [rule];
        check(&Input {
            rules: &rules,
            names: &NameConfig::default(),
            documents: &documents,
            instances: &[instance],
            names_seen: &[],
            speakers: &crate::model::Speakers::default(),
        })
    }

    fn figure(value: ValueKind, max: Option<f64>) -> RuleInfo {
        let mut rule = proposition("f");
        rule.kind = RuleKind::Figure(FigureSpec {
            value,
            key: FigureKey::None,
            tolerance: Tolerance::Exact,
            min: Some(0.0),
            max,
            unit: None,
            exclude: Vec::new(),
            vague: crate::kinds::Vague::None,
            perpetrator: false,
        });
        rule
    }

    #[test]
    fn a_reversed_range_is_invalid_in_any_rule() {
        let range = number(
            ValueKind::Range,
            day_number(1956, 1, 1) as f64,
            day_number(1665, 12, 31) as f64,
            "1956-1665",
        );
        let findings = check_one(proposition("p"), range, false, None);
        assert_eq!(findings.len(), 1);
        assert!(
            findings[0].explanation.contains("ends before it starts"),
            "{}",
            findings[0].explanation
        );
    }

    #[test]
    fn a_share_over_a_hundred_percent_is_invalid() {
        let findings = check_one(
            figure(ValueKind::Percent, Some(100.0)),
            number(ValueKind::Percent, 140.0, 140.0, "140%"),
            true,
            None,
        );
        assert_eq!(findings.len(), 1);
    }

    #[test]
    fn a_temperature_is_held_against_bounds_in_the_rule_unit() {
        let celsius = || {
            let mut rule = figure(ValueKind::Quantity, Some(60.0));
            if let RuleKind::Figure(spec) = &mut rule.kind {
                spec.unit = Some("°C".to_string());
            }
            rule
        };
        let temperature = |amount: f64, unit: &str| {
            let mut value = number(ValueKind::Quantity, amount, amount, "t");
            value.unit = Some(unit.into());
            value
        };
        // 113 °F is 45 °C; "95 degrees" may be Fahrenheit: no finding.
        assert!(check_one(celsius(), temperature(113.0, "°F"), true, None).is_empty());
        assert!(check_one(celsius(), temperature(95.0, "°"), true, None).is_empty());
        assert_eq!(
            check_one(celsius(), temperature(150.0, "°F"), true, None).len(),
            1
        );
    }

    #[test]
    fn bounds_apply_only_to_the_selected_figure_value() {
        let findings = check_one(
            figure(ValueKind::Percent, Some(100.0)),
            number(ValueKind::Percent, 140.0, 140.0, "140%"),
            false,
            None,
        );
        assert!(findings.is_empty());
    }

    #[test]
    fn a_year_after_publication_is_invalid() {
        let year = number(
            ValueKind::Year,
            day_number(2031, 1, 1) as f64,
            day_number(2031, 12, 31) as f64,
            "2031",
        );
        let findings = check_one(
            figure(ValueKind::Year, None),
            year,
            true,
            Some("2024-03-01"),
        );
        assert_eq!(findings.len(), 1);
        assert!(
            findings[0].explanation.contains("after the article"),
            "{}",
            findings[0].explanation
        );
    }

    #[test]
    fn the_last_day_at_every_grain() {
        let last = |date: &str| last_day(PubDate::parse(date).expect("a test date is valid"));
        assert_eq!(last("2024-03-01"), day_number(2024, 3, 1));
        assert_eq!(last("2024-03"), day_number(2024, 3, 31));
        assert_eq!(last("2024"), day_number(2024, 12, 31));
    }
}
