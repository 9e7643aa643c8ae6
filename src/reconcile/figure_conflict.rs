//! Figure conflict: two origins give values for the same figure and key that
//! disagree beyond the rule's tolerance.
//!
//! Seen: "about 70%" in one article and "60%" in another, for 2014–2018.
//! Not seen: "2019" against "October 2019" (they overlap at the year grain),
//! or "at least 12" against "15".
//!
//! Each value is the interval its bound allows (`values::interval`: "about
//! 70%" is 67.9–72.1%, "at least 12" is 12 and up, "hundreds" 200–999),
//! widened by half the rule's tolerance on each side; two values agree when
//! their intervals overlap. Bounded intervals are sorted and swept into
//! clusters of overlapping values, which is linear after the sort (a chain
//! of close values forms one cluster). A value open on one side ("at least
//! 8"), a range ("between 60% and 80%") or a vague plural then joins the one
//! cluster it overlaps; one that overlaps several agrees with each and takes
//! no side; one that overlaps none is a cluster of its own. So the sides of a conflict never overlap, and the finding
//! says how far apart their nearest values are, and how many origins give
//! each value.

use std::collections::BTreeMap;

use super::{join_origins, ClaimGroup};
use crate::kinds::{FigureSpec, Tolerance};
use crate::model::{Bound, Finding, FindingKind, Period, Severity, Side, Status, Value, ValueKind};
use crate::values::format_number;

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
        let Some(value) = figure_value(group, *idx) else {
            continue;
        };
        let (low, high) = widened(value, spec.tolerance);
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
        .map(|(key, entries)| (key, clusters(group, entries)))
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
        if group.origins(&all).len() < 2 {
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
                let origins = group.origins(&side.instances);
                let n_origins = origins.len();
                let noun = if n_origins == 1 { "origin" } else { "origins" };
                format!(
                    "{} in {n_origins} {noun} ({})",
                    side.label,
                    join_origins(origins)
                )
            })
            .collect();
        let scope = match key {
            None => String::new(),
            Some(period) => format!(" for {period}"),
        };
        let gap = gap(group, &sides)
            .map(|gap| format!("; the nearest values are {gap} apart"))
            .unwrap_or_default();
        findings.push(Finding {
            kind: FindingKind::FigureConflict,
            rule: Some(group.rule_idx),
            claim: group.rule.claim.clone(),
            status: Status::Disputed,
            severity: Severity::High,
            class: None,
            explanation: format!(
                "Sources give different values for \u{201c}{}\u{201d}{scope}: {}{gap}.",
                group.rule.claim,
                readings.join(" against ")
            ),
            sides,
            mentions: Vec::new(),
        });
    }
    findings
}

/// The distinct values of `members` with their bounds, joined: "70%",
/// "at least 12" or "2019, 2019-10".
pub fn label(group: &ClaimGroup<'_>, members: &[u32]) -> String {
    let mut values: Vec<String> = members
        .iter()
        .filter_map(|idx| figure_value(group, *idx))
        .map(display)
        .collect();
    values.sort_unstable();
    values.dedup();
    values.join(", ")
}

/// A value as a reader says it: its bound, then its normalised form; a
/// vague plural as written ("hundreds").
pub fn display(value: &Value) -> String {
    if value.bound == Bound::Vague {
        return value.text.to_lowercase();
    }
    let prefix = match value.bound {
        Bound::Exact | Bound::Between | Bound::Vague => "",
        Bound::AtLeast => "at least ",
        Bound::AtMost => "at most ",
        Bound::MoreThan => "more than ",
        Bound::LessThan => "less than ",
        Bound::Approximately => "about ",
        Bound::Nearly => "nearly ",
    };
    format!("{prefix}{}", value.normalized)
}

/// The value instance `idx` gives for its figure.
fn figure_value<'a>(group: &ClaimGroup<'a>, idx: u32) -> Option<&'a Value> {
    let instance = group.instance(idx);
    instance
        .figure_value
        .and_then(|value_idx| instance.values.get(value_idx))
}

/// The interval a value allows, widened by half the tolerance on each side.
fn widened(value: &Value, tolerance: Tolerance) -> (f64, f64) {
    let slack = |at: f64| match tolerance {
        Tolerance::Exact => 0.0,
        Tolerance::Absolute(amount) => amount / 2.0,
        Tolerance::Relative(fraction) if at.is_finite() => at.abs() * fraction / 2.0,
        Tolerance::Relative(_) => 0.0,
    };
    (value.min - slack(value.min), value.max + slack(value.max))
}

/// Bounded intervals swept into clusters; open ones placed after (see the
/// module comment).
fn clusters(group: &ClaimGroup<'_>, entries: Vec<(f64, f64, u32)>) -> Vec<Cluster> {
    let by_start = |a: &(f64, f64, u32), b: &(f64, f64, u32)| {
        a.0.total_cmp(&b.0)
            .then(a.1.total_cmp(&b.1))
            .then(a.2.cmp(&b.2))
    };
    let (mut bounded, mut open): (Vec<_>, Vec<_>) = entries
        .into_iter()
        .partition(|(low, high, idx)| low.is_finite() && high.is_finite() && !loose(group, *idx));
    bounded.sort_by(by_start);
    open.sort_by(by_start);
    let mut clusters = sweep(&bounded);
    let mut alone = Vec::new();
    for entry in open {
        let (low, high, idx) = entry;
        let mut overlapping = clusters
            .iter_mut()
            .filter(|cluster| low <= cluster.high && cluster.low <= high);
        match (overlapping.next(), overlapping.next()) {
            (Some(cluster), None) => {
                cluster.low = cluster.low.min(low);
                cluster.high = cluster.high.max(high);
                cluster.members.push(idx);
            }
            (Some(_), Some(_)) => {}
            (None, _) => alone.push(entry),
        }
    }
    clusters.extend(sweep(&alone));
    clusters.sort_by(|a, b| a.low.total_cmp(&b.low).then(a.members.cmp(&b.members)));
    for cluster in &mut clusters {
        cluster.members.sort_unstable();
    }
    clusters
}

/// Whether instance `idx` gives a range or a vague plural ("between 60% and
/// 80%", "hundreds"): like an open value, it joins the one cluster it
/// overlaps rather than chaining two together.
fn loose(group: &ClaimGroup<'_>, idx: u32) -> bool {
    figure_value(group, idx)
        .is_some_and(|value| matches!(value.bound, Bound::Between | Bound::Vague))
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

/// How far apart the nearest values of neighbouring sides are, as written
/// (before the tolerance): "10 percentage points", "31 days", "1.5 km".
fn gap(group: &ClaimGroup<'_>, sides: &[Side]) -> Option<String> {
    let values = |side: &Side| -> Vec<&Value> {
        side.instances
            .iter()
            .filter_map(|idx| figure_value(group, *idx))
            .collect()
    };
    let mut nearest: Option<(f64, &Value)> = None;
    for pair in sides.windows(2) {
        let (lower, upper) = (values(&pair[0]), values(&pair[1]));
        let top = lower
            .iter()
            .map(|value| value.max)
            .fold(f64::NEG_INFINITY, f64::max);
        let Some(bottom) = upper.iter().min_by(|a, b| a.min.total_cmp(&b.min)) else {
            continue;
        };
        let gap = bottom.min - top;
        if gap.is_finite() && gap > 0.0 && nearest.is_none_or(|(best, _)| gap < best) {
            nearest = Some((gap, bottom));
        }
    }
    let (gap, value) = nearest?;
    let rounded = format_number((gap * 1000.0).round() / 1000.0);
    let unit = match (value.kind, value.unit.as_deref()) {
        (ValueKind::Percent, _) => " percentage points".to_string(),
        (ValueKind::Year | ValueKind::Date | ValueKind::Range, _) => {
            if gap == 1.0 {
                " day".to_string()
            } else {
                " days".to_string()
            }
        }
        (_, Some(unit)) => format!(" {unit}"),
        (_, None) => String::new(),
    };
    Some(format!("{rounded}{unit}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kinds::{FigureKey, RuleKind};
    use crate::model::{Grain, Instance, Stance, ValueKind};
    use crate::reconcile::testing::{group_of, instance, number, proposition};
    use crate::values::day_number;
    use crate::values::interval;

    fn spec(value: ValueKind, tolerance: Tolerance) -> FigureSpec {
        FigureSpec {
            value,
            key: FigureKey::Period,
            tolerance,
            min: None,
            max: None,
            unit: None,
            exclude: Vec::new(),
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
        let about = bounded(
            number(ValueKind::Percent, 70.0, 70.0, "70%"),
            Bound::Approximately,
        );
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

    /// `value` written with `bound`.
    fn bounded(mut value: Value, bound: Bound) -> Value {
        value.bound = bound;
        (value.min, value.max) = interval(value.kind, value.low, value.high, bound);
        value
    }

    fn count(doc: u32, origin: &str, number_: f64, bound: Bound) -> Instance {
        let text = format_number(number_);
        let value = bounded(number(ValueKind::Count, number_, number_, &text), bound);
        with_value(doc, origin, value, "")
    }

    #[test]
    fn about_seventy_five_and_about_seventy_conflict() {
        let about = |doc, origin, percent: f64| {
            let text = format!("{percent}%");
            let value = number(ValueKind::Percent, percent, percent, &text);
            with_value(doc, origin, bounded(value, Bound::Approximately), "")
        };
        let (_, findings) = check_values(
            spec(ValueKind::Percent, Tolerance::Exact),
            &[about(0, "a", 75.0), about(1, "b", 70.0)],
        );
        assert_eq!(findings.len(), 1);
        assert_eq!(findings[0].sides[0].label, "about 70%");
        assert!(
            findings[0]
                .explanation
                .ends_with("the nearest values are 0.65 percentage points apart."),
            "{}",
            findings[0].explanation
        );
    }

    #[test]
    fn at_least_twelve_agrees_with_fifteen_but_not_with_ten() {
        let exact = Tolerance::Exact;
        let (_, findings) = check_values(
            spec(ValueKind::Count, exact),
            &[
                count(0, "a", 12.0, Bound::AtLeast),
                count(1, "b", 15.0, Bound::Exact),
            ],
        );
        assert!(findings.is_empty());
        let (_, findings) = check_values(
            spec(ValueKind::Count, exact),
            &[
                count(0, "a", 12.0, Bound::AtLeast),
                count(1, "b", 10.0, Bound::Exact),
            ],
        );
        assert_eq!(findings.len(), 1);
        assert_eq!(findings[0].sides[1].label, "at least 12");
    }

    #[test]
    fn an_open_value_between_two_sides_takes_neither() {
        // "at least 8" agrees with both 16 and 29, which conflict.
        let (buckets, findings) = check_values(
            spec(ValueKind::Count, Tolerance::Exact),
            &[
                count(0, "a", 8.0, Bound::AtLeast),
                count(1, "b", 16.0, Bound::Exact),
                count(2, "c", 29.0, Bound::Exact),
                count(3, "d", 29.0, Bound::Exact),
            ],
        );
        assert_eq!(findings.len(), 1);
        let labels: Vec<&str> = findings[0]
            .sides
            .iter()
            .map(|side| side.label.as_str())
            .collect();
        assert_eq!(labels, ["16", "29"]);
        assert_eq!(buckets[&None].len(), 2);
        assert!(
            findings[0].explanation.contains(": 16 in 1 origin (b) against 29 in 2 origins (c and d); the nearest values are 13 apart."),
            "{}",
            findings[0].explanation
        );
    }

    #[test]
    fn vague_plurals_and_ranges_overlap_what_they_contain() {
        let vague = bounded(
            number(ValueKind::Count, 200.0, 999.0, "200..999"),
            Bound::Vague,
        );
        let (_, findings) = check_values(
            spec(ValueKind::Count, Tolerance::Exact),
            &[
                with_value(0, "a", vague.clone(), ""),
                count(1, "b", 450.0, Bound::Exact),
            ],
        );
        assert!(findings.is_empty());
        let (_, findings) = check_values(
            spec(ValueKind::Count, Tolerance::Exact),
            &[
                with_value(0, "a", vague, ""),
                count(1, "b", 1500.0, Bound::Exact),
            ],
        );
        assert_eq!(findings.len(), 1);
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
