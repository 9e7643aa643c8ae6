//! Figure conflict: two origins give values for the same figure and key that
//! disagree beyond the rule's tolerance.
//!
//! Seen: "about 70%" in one article and "60%" in another, for 2014–2018.
//! Not seen: "2019" against "October 2019" (they overlap at the year grain).
//!
//! Each value becomes an interval: its span as written (a range, or a year's
//! first to last day), widened by its approximation word ("about": ±5%,
//! "nearly": down to 90%, "more than": up to 110%) and by half the rule's
//! tolerance on each side, so two values agree when their intervals overlap.
//! Intervals are sorted and swept into clusters of overlapping values, which
//! is linear after the sort; a chain of close values forms one cluster.

use std::collections::BTreeMap;

use super::{join_origins, ClaimGroup};
use crate::kinds::{FigureSpec, Tolerance};
use crate::model::{Approx, Finding, FindingKind, Period, Severity, Side, Status, Value};

/// Values of one figure that agree with each other.
#[derive(Debug, Clone, PartialEq)]
pub struct Cluster {
    /// Lowest point of the cluster's intervals.
    pub low: f64,
    /// Highest point of the cluster's intervals.
    pub high: f64,
    /// Member instances, in citation order.
    pub members: Vec<u32>,
}

/// Clusters per figure key (a period, or `None` when the rule has no key).
pub type Buckets = BTreeMap<Option<Period>, Vec<Cluster>>;

/// Sorts the group's values by key and sweeps them into clusters.
pub fn cluster(group: &ClaimGroup<'_>, spec: &FigureSpec) -> Buckets {
    let mut by_key: BTreeMap<Option<Period>, Vec<(f64, f64, u32)>> = BTreeMap::new();
    for idx in &group.members {
        let instance = group.instance(*idx);
        let Some(value) = instance
            .figure_value
            .and_then(|value_idx| instance.values.get(value_idx))
        else {
            continue;
        };
        let (low, high) = interval(value, spec.tolerance);
        if low.is_nan() || high.is_nan() {
            continue;
        }
        by_key
            .entry(instance.figure_key.clone())
            .or_default()
            .push((low, high, *idx));
    }
    by_key
        .into_iter()
        .map(|(key, mut entries)| {
            entries.sort_by(|a, b| {
                a.0.total_cmp(&b.0)
                    .then(a.1.total_cmp(&b.1))
                    .then(a.2.cmp(&b.2))
            });
            (key, sweep(&entries))
        })
        .collect()
}

/// The figure conflicts of `group`: one per key whose values fall into more
/// than one cluster, when more than one origin gave them.
pub fn check(group: &ClaimGroup<'_>, buckets: &Buckets) -> Vec<Finding> {
    let mut findings = Vec::new();
    for (key, clusters) in buckets {
        if clusters.len() < 2 {
            continue;
        }
        let all: Vec<u32> = clusters
            .iter()
            .flat_map(|cluster| cluster.members.iter().copied())
            .collect();
        if group.reports(&all).len() < 2 {
            continue;
        }
        let sides: Vec<Side> = clusters
            .iter()
            .map(|cluster| {
                let mut members = cluster.members.clone();
                members.sort_unstable();
                Side {
                    label: label(group, &members),
                    instances: members,
                    mentions: Vec::new(),
                }
            })
            .collect();
        let readings: Vec<String> = sides
            .iter()
            .map(|side| {
                format!(
                    "{} ({})",
                    side.label,
                    join_origins(group.origins(&side.instances))
                )
            })
            .collect();
        let scope = match key {
            None => String::new(),
            Some(period) => format!(" for {period}"),
        };
        findings.push(Finding {
            kind: FindingKind::FigureConflict,
            rule: Some(group.rule_idx),
            claim: group.rule.claim.clone(),
            status: Status::Disputed,
            severity: Severity::High,
            class: None,
            explanation: format!(
                "Sources give different values for \u{201c}{}\u{201d}{scope}: {}.",
                group.rule.claim,
                readings.join(" against ")
            ),
            sides,
        });
    }
    findings
}

/// The distinct normalised values of `members`, joined: "70%" or "2019, 2019-10".
pub fn label(group: &ClaimGroup<'_>, members: &[u32]) -> String {
    let mut values: Vec<&str> = members
        .iter()
        .filter_map(|idx| {
            let instance = group.instance(*idx);
            instance
                .figure_value
                .and_then(|value_idx| instance.values.get(value_idx))
        })
        .map(|value| value.normalized.as_str())
        .collect();
    values.sort_unstable();
    values.dedup();
    values.join(", ")
}

/// The interval a value allows, widened by its approximation and the tolerance.
fn interval(value: &Value, tolerance: Tolerance) -> (f64, f64) {
    let (mut low, mut high) = if value.low <= value.high {
        (value.low, value.high)
    } else {
        (value.high, value.low)
    };
    match value.approx {
        None => {}
        Some(Approx::About) => {
            low -= low.abs() * 0.05;
            high += high.abs() * 0.05;
        }
        Some(Approx::AtMost) => low -= low.abs() * 0.1,
        Some(Approx::AtLeast) => high += high.abs() * 0.1,
    }
    let slack = |at: f64| match tolerance {
        Tolerance::Exact => 0.0,
        Tolerance::Absolute(amount) => amount / 2.0,
        Tolerance::Relative(fraction) => at.abs() * fraction / 2.0,
    };
    (low - slack(low), high + slack(high))
}

/// Sweeps sorted intervals into clusters of overlapping ones.
fn sweep(entries: &[(f64, f64, u32)]) -> Vec<Cluster> {
    let mut clusters: Vec<Cluster> = Vec::new();
    for (low, high, idx) in entries {
        match clusters.last_mut() {
            Some(cluster) if *low <= cluster.high => {
                cluster.high = cluster.high.max(*high);
                cluster.members.push(*idx);
            }
            _ => clusters.push(Cluster {
                low: *low,
                high: *high,
                members: vec![*idx],
            }),
        }
    }
    clusters
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kinds::{FigureKey, RuleKind};
    use crate::model::{Grain, Instance, Stance, ValueKind};
    use crate::reconcile::testing::{group_of, instance, number, proposition};
    use crate::values::day_number;

    fn spec(value: ValueKind, tolerance: Tolerance) -> FigureSpec {
        FigureSpec {
            value,
            key: FigureKey::Period,
            tolerance,
            min: None,
            max: None,
            unit: None,
        }
    }

    /// An instance with one value, the figure's, for period `key` ("" for none).
    fn with_value(doc: u32, origin: &str, value: Value, key: &str) -> Instance {
        let mut instance = instance(doc, 1, origin, Stance::Affirm);
        instance.values = vec![value];
        instance.figure_value = Some(0);
        instance.figure_key = period(key);
        instance
    }

    fn period(key: &str) -> Option<Period> {
        (!key.is_empty()).then(|| Period::Written(key.to_string()))
    }

    fn check_values(spec: FigureSpec, instances: &[Instance]) -> (Buckets, Vec<Finding>) {
        let mut rule = proposition("share");
        rule.kind = RuleKind::Figure(spec.clone());
        let group = group_of(&rule, instances);
        let buckets = cluster(&group, &spec);
        let findings = check(&group, &buckets);
        (buckets, findings)
    }

    fn year(text: &str, y: i64) -> Value {
        let mut value = number(
            ValueKind::Year,
            day_number(y, 1, 1) as f64,
            day_number(y, 12, 31) as f64,
            text,
        );
        value.grain = Some(Grain::Year);
        value
    }

    #[test]
    fn seventy_and_sixty_percent_conflict() {
        let (_, findings) = check_values(
            spec(ValueKind::Percent, Tolerance::Absolute(2.0)),
            &[
                with_value(
                    0,
                    "a",
                    number(ValueKind::Percent, 70.0, 70.0, "70%"),
                    "2014..2018",
                ),
                with_value(
                    1,
                    "b",
                    number(ValueKind::Percent, 60.0, 60.0, "60%"),
                    "2014..2018",
                ),
            ],
        );
        assert_eq!(findings.len(), 1);
        assert_eq!(findings[0].sides[0].label, "60%");
        assert_eq!(findings[0].sides[1].label, "70%");
        assert!(
            findings[0]
                .explanation
                .contains("\u{201d} for 2014..2018: "),
            "{}",
            findings[0].explanation
        );
    }

    #[test]
    fn values_without_a_period_conflict_as_unspecified() {
        let mut instances = [
            with_value(0, "a", number(ValueKind::Percent, 70.0, 70.0, "70%"), ""),
            with_value(1, "b", number(ValueKind::Percent, 60.0, 60.0, "60%"), ""),
        ];
        for instance in &mut instances {
            instance.figure_key = Some(Period::Unspecified);
        }
        let (_, findings) = check_values(
            spec(ValueKind::Percent, Tolerance::Absolute(2.0)),
            &instances,
        );
        assert_eq!(findings.len(), 1);
        assert!(
            findings[0]
                .explanation
                .contains("\u{201d} for unspecified: "),
            "{}",
            findings[0].explanation
        );
    }

    #[test]
    fn about_seventy_and_seventy_two_agree_within_tolerance() {
        let mut about = number(ValueKind::Percent, 70.0, 70.0, "70%");
        about.approx = Some(Approx::About);
        let (buckets, findings) = check_values(
            spec(ValueKind::Percent, Tolerance::Absolute(1.0)),
            &[
                with_value(0, "a", about, "k"),
                with_value(1, "b", number(ValueKind::Percent, 72.0, 72.0, "72%"), "k"),
            ],
        );
        assert!(findings.is_empty());
        assert_eq!(buckets[&period("k")].len(), 1);
    }

    #[test]
    fn a_year_and_a_month_of_that_year_agree() {
        let mut october = number(
            ValueKind::Date,
            day_number(2019, 10, 1) as f64,
            day_number(2019, 10, 31) as f64,
            "October 2019",
        );
        october.grain = Some(Grain::Month);
        let (_, findings) = check_values(
            spec(ValueKind::Date, Tolerance::Exact),
            &[
                with_value(0, "a", year("2019", 2019), ""),
                with_value(1, "b", october, ""),
            ],
        );
        assert!(findings.is_empty());
    }

    #[test]
    fn different_keys_never_conflict() {
        let (buckets, findings) = check_values(
            spec(ValueKind::Percent, Tolerance::Exact),
            &[
                with_value(
                    0,
                    "a",
                    number(ValueKind::Percent, 70.0, 70.0, "70%"),
                    "2014..2018",
                ),
                with_value(
                    1,
                    "b",
                    number(ValueKind::Percent, 60.0, 60.0, "60%"),
                    "2009..2013",
                ),
            ],
        );
        assert!(findings.is_empty());
        assert_eq!(buckets.len(), 2);
    }

    #[test]
    fn one_origin_disagreeing_with_itself_is_not_a_conflict() {
        let (_, findings) = check_values(
            spec(ValueKind::Year, Tolerance::Exact),
            &[
                with_value(0, "a", year("2018", 2018), ""),
                with_value(0, "a", year("2019", 2019), ""),
            ],
        );
        assert!(findings.is_empty());
    }

    #[test]
    fn a_hundred_thousand_values_sweep_into_clusters() {
        let instances: Vec<Instance> = (0..100_000u32)
            .map(|n| {
                let percent = f64::from(60 + (n % 3) * 5);
                with_value(
                    n,
                    &format!("o{}", n % 7),
                    number(ValueKind::Percent, percent, percent, "x"),
                    "k",
                )
            })
            .collect();
        let (buckets, findings) = check_values(
            spec(ValueKind::Percent, Tolerance::Absolute(1.0)),
            &instances,
        );
        assert_eq!(buckets[&period("k")].len(), 3);
        assert_eq!(findings.len(), 1);
    }
}
