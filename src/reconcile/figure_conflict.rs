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
//! 8"), a range ("between 60% and 80%") or a vague plural that overlaps none
//! of those clusters is a cluster of its own; then each other one joins the
//! one cluster it overlaps, or agrees with each of several and takes no
//! side (as do open values of neighbouring clusters that overlap each
//! other). So the sides of a conflict never overlap, and the finding says
//! how far apart their nearest values are, and how many origins give each
//! value.

use std::collections::{BTreeMap, BTreeSet};

use super::{join_origins, ClaimGroup};
use crate::kinds::{FigureSpec, Tolerance};
use crate::model::{
    Bound, Finding, FindingKind, Grain, Period, PubDate, Severity, Side, Status, Value, ValueKind,
};
use crate::values::{format_number, in_unit, unit_mismatch};

/// Values of one figure that agree with each other.
#[derive(Debug, Clone, PartialEq)]
pub struct Cluster {
    /// Lowest point of the cluster's intervals.
    pub low: f64,
    /// Highest point of the cluster's intervals.
    pub high: f64,
    /// Member instances, in citation order.
    pub members: Vec<u32>,
    /// True for an open value, range or vague plural that overlaps several
    /// clusters ("at least 8" beside 16 and 29): it agrees with each, takes
    /// no side and is listed in the distribution only.
    pub straddles: bool,
    /// True when every member comes from a sentence that lists it beside a
    /// value of another cluster ("tremors of magnitude 5.8 and 6.1"): the
    /// sentence gives the values to two things, so it disputes nothing.
    pub listed: bool,
}

impl Cluster {
    /// Whether the cluster is a side of a dispute: neither an open value
    /// agreeing with several clusters nor values only listed beside another.
    pub fn takes_side(&self) -> bool {
        !self.straddles && !self.listed
    }
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
        let Some((low, high)) = in_rule_unit(value, spec) else {
            continue;
        };
        let (low, high) = widened(low, high, spec.tolerance);
        if low.is_nan() || high.is_nan() {
            continue;
        }
        by_key
            .entry(instance.figure_key.as_deref().cloned())
            .or_default()
            .push((low, high, *idx));
    }
    by_key
        .into_iter()
        .map(|(key, entries)| {
            let mut clusters = clusters(group, entries);
            let flags = listed(group, &clusters);
            for (cluster, listed) in clusters.iter_mut().zip(flags) {
                cluster.listed = listed;
            }
            (key, clusters)
        })
        .collect()
}

/// The figure conflicts of `group`: one per key whose values fall into more
/// than one cluster, when more than one origin gave them. The explanation
/// is the distribution: each side's values with their origins, the values
/// that agree with several sides, the values only listed beside another in
/// one sentence, and the majority when most origins give one side.
pub fn check(group: &ClaimGroup<'_>, spec: &FigureSpec, buckets: &Buckets) -> Vec<Finding> {
    let mut findings = Vec::new();
    for (key, clusters) in buckets {
        let (sides, rest): (Vec<&Cluster>, Vec<&Cluster>) =
            clusters.iter().partition(|cluster| cluster.takes_side());
        if sides.len() < 2 {
            continue;
        }
        let all: Vec<u32> = sides
            .iter()
            .flat_map(|cluster| cluster.members.iter().copied())
            .collect();
        if group.reports(&all).len() < 2 {
            continue;
        }
        let side_of = |cluster: &Cluster| {
            let mut members = cluster.members.clone();
            members.sort_unstable();
            Side {
                label: label(group, &members),
                instances: members,
                mentions: Vec::new(),
            }
        };
        let sides: Vec<Side> = sides.into_iter().map(side_of).collect();
        let reading = |side: &Side| {
            let origins = group.origins(&side.instances);
            format!(
                "{} in {} ({})",
                side.label,
                plural_origins(origins.len()),
                join_origins(origins)
            )
        };
        let readings: Vec<String> = sides.iter().map(reading).collect();
        let others = |straddles: bool, what: &str| {
            let listed: Vec<String> = rest
                .iter()
                .filter(|cluster| cluster.straddles == straddles)
                .map(|cluster| reading(&side_of(cluster)))
                .collect();
            if listed.is_empty() {
                String::new()
            } else {
                format!("; {what}: {}", listed.join(", "))
            }
        };
        let scope = match key {
            None => String::new(),
            Some(period) => format!(" for {period}"),
        };
        let gap = gap(group, spec, &sides)
            .map(|gap| format!("; the nearest values are {gap} apart"))
            .unwrap_or_default();
        let when = timeline(group, spec, &sides).unwrap_or_default();
        findings.push(Finding {
            kind: FindingKind::FigureConflict,
            rule: Some(group.rule_idx),
            claim: group.rule.claim.clone(),
            status: Status::Disputed,
            severity: Severity::High,
            class: None,
            explanation: format!(
                "Sources give different values for \u{201c}{}\u{201d}{scope}: {}{}{}{}{gap}.{when}",
                group.rule.claim,
                readings.join(" against "),
                majority(group, &sides),
                others(true, "agreeing with more than one of them"),
                others(false, "listed beside another value in the same sentence"),
            ),
            sides,
            mentions: Vec::new(),
        });
    }
    findings
}

/// When the articles of a conflict were published, as far as it tells why
/// the values differ: " Reports of one day disagree: 48 and 51 on
/// 2023-10-05." when two sides are given in articles of the same day (a
/// dispute, whatever came later), else, for a count whose every side was
/// of whole things published after the side below it, " Each later report gives a higher
/// count (51 on 2023-10-05, …, 59 on 2023-10-12): a count updated over
/// time, to be weighed by date." (a running count, or a later revision).
/// Nothing when an article of a side has no day.
fn timeline(group: &ClaimGroup<'_>, spec: &FigureSpec, sides: &[Side]) -> Option<String> {
    let days = |side: &Side| -> Option<BTreeSet<PubDate>> {
        side.instances
            .iter()
            .map(|idx| {
                let document = group
                    .documents
                    .get(group.instance(*idx).citation.doc.index())?;
                document.date.filter(|date| date.day().is_some())
            })
            .collect()
    };
    let days: Vec<BTreeSet<PubDate>> = sides.iter().map(days).collect::<Option<_>>()?;
    // The first day on which two sides are given, with those sides.
    let mut by_day: BTreeMap<PubDate, Vec<&str>> = BTreeMap::new();
    for (side, dates) in sides.iter().zip(&days) {
        for date in dates {
            by_day.entry(*date).or_default().push(side.label.as_str());
        }
    }
    if let Some((date, labels)) = by_day.iter().find(|(_, labels)| labels.len() > 1) {
        return Some(format!(
            " Reports of one day disagree: {} on {date}.",
            join_origins(labels.iter().copied())
        ));
    }
    let rising = days.windows(2).all(|pair| {
        matches!((pair[0].last(), pair[1].first()), (Some(last), Some(first)) if last < first)
    });
    // A count of things: whole numbers ("magnitude 5.8" is no count).
    let whole = sides.iter().flat_map(|side| &side.instances).all(|idx| {
        figure_value(group, *idx).is_some_and(|value| {
            [value.low, value.high]
                .iter()
                .all(|end| !end.is_finite() || end.fract() == 0.0)
        })
    });
    if spec.value != ValueKind::Count || !whole || !rising {
        return None;
    }
    let steps: Vec<String> = sides
        .iter()
        .zip(&days)
        .filter_map(|(side, dates)| Some(format!("{} on {}", side.label, dates.first()?)))
        .collect();
    Some(format!(
        " Each later report gives a higher count ({}): a count updated over time, to be weighed by date.",
        steps.join(", ")
    ))
}

/// "; most origins (4 of 5) give 31" when one side has more than half of
/// the origins of all sides and more than any other side; else nothing.
fn majority(group: &ClaimGroup<'_>, sides: &[Side]) -> String {
    let all: Vec<u32> = sides
        .iter()
        .flat_map(|side| side.instances.iter().copied())
        .collect();
    let n_all = group.origins(&all).len();
    let counts: Vec<usize> = sides
        .iter()
        .map(|side| group.origins(&side.instances).len())
        .collect();
    let Some((best, n_best)) = counts
        .iter()
        .enumerate()
        .max_by_key(|(idx, n)| (**n, std::cmp::Reverse(*idx)))
    else {
        return String::new();
    };
    let unique = counts.iter().filter(|n| *n == n_best).count() == 1;
    if unique && 2 * n_best > n_all {
        format!(
            "; most origins ({n_best} of {n_all}) give {}",
            sides[best].label
        )
    } else {
        String::new()
    }
}

/// Per cluster, whether every member comes from a sentence that lists it
/// beside a value in another cluster of the key (same article, sentence
/// and rule); see `Cluster::listed`.
fn listed(group: &ClaimGroup<'_>, clusters: &[Cluster]) -> Vec<bool> {
    let sentence = |idx: u32| {
        let citation = &group.instance(idx).citation;
        (citation.doc, citation.byte_start)
    };
    let mut clusters_of: BTreeMap<_, BTreeSet<usize>> = BTreeMap::new();
    for (cluster_idx, cluster) in clusters.iter().enumerate() {
        if cluster.straddles {
            continue;
        }
        for member in &cluster.members {
            clusters_of
                .entry(sentence(*member))
                .or_default()
                .insert(cluster_idx);
        }
    }
    clusters
        .iter()
        .enumerate()
        .map(|(cluster_idx, cluster)| {
            cluster.members.iter().all(|member| {
                clusters_of
                    .get(&sentence(*member))
                    .is_some_and(|found| found.iter().any(|other| *other != cluster_idx))
            })
        })
        .collect()
}

/// "1 origin", "4 origins".
fn plural_origins(n: usize) -> String {
    if n == 1 {
        "1 origin".to_string()
    } else {
        format!("{n} origins")
    }
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
        return value.text.as_str().to_lowercase();
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
    instance.figure()
}

/// The interval a value allows in the rule's `unit`: converted when the
/// value is in another unit of the same dimension ("11 mi" for km, "113
/// °F" for °C), `None` when it measures something else (an invalid value
/// reports that) or cannot be put in the rule's unit ("45 degrees" for °C).
fn in_rule_unit(value: &Value, spec: &FigureSpec) -> Option<(f64, f64)> {
    let (Some(unit), Some(expected)) = (value.unit.as_deref(), spec.unit.as_deref()) else {
        return Some((value.min, value.max));
    };
    if unit_mismatch(unit, expected) {
        return None;
    }
    Some((
        in_unit(value.min, unit, expected)?,
        in_unit(value.max, unit, expected)?,
    ))
}

/// An interval widened by half the tolerance on each side.
fn widened(min: f64, max: f64, tolerance: Tolerance) -> (f64, f64) {
    let slack = |at: f64| match tolerance {
        Tolerance::Exact => 0.0,
        Tolerance::Absolute(amount) => amount / 2.0,
        Tolerance::Relative(fraction) if at.is_finite() => at.abs() * fraction / 2.0,
        Tolerance::Relative(_) => 0.0,
    };
    (min - slack(min), max + slack(max))
}

/// Bounded intervals swept into clusters; open ones placed after (see the
/// module comment).
///
/// The sides of a conflict never overlap: an open value that overlaps no
/// bounded cluster is a cluster of its own (swept with the others like
/// it) before any open value joins one, so "at least 200" beside 471 and
/// "between 100 and 300" agrees with both; an open value joins the one
/// cluster whose own values it overlaps, and two open values that joined
/// neighbouring clusters and overlap each other agree with both sides.
fn clusters(group: &ClaimGroup<'_>, entries: Vec<(f64, f64, u32)>) -> Vec<Cluster> {
    let by_start = |a: &(f64, f64, u32), b: &(f64, f64, u32)| {
        a.0.total_cmp(&b.0)
            .then(a.1.total_cmp(&b.1))
            .then(a.2.cmp(&b.2))
    };
    let finest = entries
        .iter()
        .filter_map(|(_, _, idx)| figure_value(group, *idx).and_then(|value| value.grain))
        .max();
    let (mut bounded, mut open): (Vec<_>, Vec<_>) =
        entries.into_iter().partition(|(low, high, idx)| {
            low.is_finite() && high.is_finite() && !loose(group, *idx, finest)
        });
    bounded.sort_by(by_start);
    open.sort_by(by_start);
    let mut anchors = sweep(&bounded);
    let (alone, placed): (Vec<_>, Vec<_>) = open
        .into_iter()
        .partition(|(low, high, _)| overlapping(&anchors, *low, *high).is_empty());
    anchors.extend(sweep(&alone));
    anchors.sort_by(|a, b| a.low.total_cmp(&b.low));
    let mut joined: Vec<Vec<(f64, f64, u32)>> = vec![Vec::new(); anchors.len()];
    let mut straddling = Vec::new();
    for entry in placed {
        let found = overlapping(&anchors, entry.0, entry.1);
        if found.len() == 1 {
            joined[found.start].push(entry);
        } else {
            straddling.push(entry);
        }
    }
    // Anchors are disjoint and an open value overlaps only its own, so two
    // sides can overlap only through open values of neighbours.
    for next in 1..anchors.len() {
        let here = next - 1;
        let right = joined[here]
            .iter()
            .map(|entry| entry.1)
            .fold(anchors[here].high, f64::max);
        let left = joined[next]
            .iter()
            .map(|entry| entry.0)
            .fold(anchors[next].low, f64::min);
        if right < left {
            continue;
        }
        let (stay, go): (Vec<_>, Vec<_>) = joined[here].drain(..).partition(|entry| entry.1 < left);
        joined[here] = stay;
        straddling.extend(go);
        let (stay, go): (Vec<_>, Vec<_>) =
            joined[next].drain(..).partition(|entry| entry.0 > right);
        joined[next] = stay;
        straddling.extend(go);
    }
    let mut clusters: Vec<Cluster> = anchors
        .into_iter()
        .zip(joined)
        .map(|(mut cluster, joined)| {
            for (low, high, idx) in joined {
                cluster.low = cluster.low.min(low);
                cluster.high = cluster.high.max(high);
                cluster.members.push(idx);
            }
            cluster
        })
        .collect();
    straddling.sort_by(by_start);
    clusters.extend(straddling.into_iter().map(|(low, high, idx)| Cluster {
        low,
        high,
        members: vec![idx],
        straddles: true,
        listed: false,
    }));
    clusters.sort_by(|a, b| a.low.total_cmp(&b.low).then(a.members.cmp(&b.members)));
    for cluster in &mut clusters {
        cluster.members.sort_unstable();
    }
    clusters
}

/// The clusters, sorted and disjoint, that the interval `low..=high`
/// overlaps, as a range of their indices.
fn overlapping(clusters: &[Cluster], low: f64, high: f64) -> std::ops::Range<usize> {
    let first = clusters.partition_point(|cluster| cluster.high < low);
    let last = clusters.partition_point(|cluster| cluster.low <= high);
    first..last.max(first)
}

/// Whether instance `idx` gives a range, a vague plural or a date coarser
/// than the finest one of its key ("between 60% and 80%", "hundreds", "June"
/// beside "June 5" and "June 6"): like an open value, it joins the one
/// cluster it overlaps rather than chaining two together.
fn loose(group: &ClaimGroup<'_>, idx: u32, finest: Option<Grain>) -> bool {
    figure_value(group, idx).is_some_and(|value| {
        matches!(value.bound, Bound::Between | Bound::Vague) || value.grain < finest
    })
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
                straddles: false,
                listed: false,
            }),
        }
    }
    clusters
}

/// How far apart the nearest values of neighbouring sides are, as written
/// (before the tolerance): "10 percentage points", "31 days", "1.5 km".
fn gap(group: &ClaimGroup<'_>, spec: &FigureSpec, sides: &[Side]) -> Option<String> {
    // Each side's values as intervals in the rule's unit.
    let intervals = |side: &Side| -> Vec<(f64, f64, &Value)> {
        side.instances
            .iter()
            .filter_map(|idx| figure_value(group, *idx))
            .filter_map(|value| in_rule_unit(value, spec).map(|(min, max)| (min, max, value)))
            .collect()
    };
    let mut nearest: Option<(f64, &Value)> = None;
    for pair in sides.windows(2) {
        let (lower, upper) = (intervals(&pair[0]), intervals(&pair[1]));
        let top = lower
            .iter()
            .map(|(_, max, _)| *max)
            .fold(f64::NEG_INFINITY, f64::max);
        let Some((bottom, _, value)) = upper.iter().min_by(|a, b| a.0.total_cmp(&b.0)) else {
            continue;
        };
        let gap = bottom - top;
        if gap.is_finite() && gap > 0.0 && nearest.is_none_or(|(best, _)| gap < best) {
            nearest = Some((gap, *value));
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
        (ValueKind::Time, _) => " minutes".to_string(),
        (_, Some(unit)) => format!(" {}", spec.unit.as_deref().unwrap_or(unit)),
        (_, None) => String::new(),
    };
    Some(format!("{rounded}{unit}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kinds::{FigureKey, RuleKind};
    use crate::model::{Document, Grain, Instance, Stance, ValueKind};
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
            vague: crate::kinds::Vague::None,
            perpetrator: false,
        }
    }

    /// An instance with one value, the figure's, for period `key` ("" for none).
    /// An instance whose value is `amount` in `unit` ("17.9 km").
    fn quantity(doc: u32, origin: &str, amount: f64, unit: &str) -> Instance {
        let mut value = number(
            ValueKind::Quantity,
            amount,
            amount,
            &format!("{amount} {unit}"),
        );
        value.unit = Some(unit.into());
        with_value(doc, origin, value, "")
    }

    fn with_value(doc: u32, origin: &str, value: Value, key: &str) -> Instance {
        let mut instance = instance(doc, 1, origin, Stance::Affirm);
        instance.values = vec![value].into();
        instance.figure_value = Some(0);
        instance.figure_key = period(key).map(Box::new);
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
        let findings = check(&group, &spec, &buckets);
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

    /// The explanation's closing sentence on when the articles were
    /// published, for exact counts `(value, doc)` in documents published on
    /// the days `dates` ("" for none).
    fn check_timeline(counts: &[(f64, u32)], dates: &[&str], expected: &str) {
        let documents: Vec<Document> = dates
            .iter()
            .enumerate()
            .map(|(idx, date)| Document {
                id: format!("d{idx}"),
                date: PubDate::parse(date).ok(),
                ..Document::default()
            })
            .collect();
        let origins = ["a", "b", "c", "d", "e", "f"];
        let instances: Vec<Instance> = counts
            .iter()
            .zip(origins)
            .map(|((value, doc), origin)| count(*doc, origin, *value, Bound::Exact))
            .collect();
        let spec = spec(ValueKind::Count, Tolerance::Exact);
        let mut rule = proposition("toll");
        rule.kind = RuleKind::Figure(spec.clone());
        let mut group = group_of(&rule, &instances);
        group.documents = &documents;
        let findings = check(&group, &spec, &cluster(&group, &spec));
        assert_eq!(findings.len(), 1, "{counts:?}");
        let explanation = &findings[0].explanation;
        let tail = explanation
            .find(" apart.")
            .map_or("", |at| &explanation[at + " apart.".len()..]);
        assert_eq!(tail, expected, "{explanation}");
    }

    #[test]
    fn a_conflict_says_whether_reports_of_one_day_disagree_or_a_count_rose() {
        // 48 and 51 on 5 October, 59 a week later: the same day disagrees.
        check_timeline(
            &[(48.0, 0), (51.0, 1), (59.0, 2)],
            &["2023-10-05", "2023-10-05", "2023-10-12"],
            " Reports of one day disagree: 48 and 51 on 2023-10-05.",
        );
        // 1,712 on the day, 6,217 the next, 6,744 the day after: a running count.
        check_timeline(
            &[(1712.0, 0), (6217.0, 1), (6744.0, 2)],
            &["2023-02-06", "2023-02-07", "2023-02-08"],
            " Each later report gives a higher count (1712 on 2023-02-06, 6217 on 2023-02-07, 6744 on 2023-02-08): a count updated over time, to be weighed by date.",
        );
        // A lower count published later, or an article without a day: nothing.
        check_timeline(
            &[(1712.0, 1), (6217.0, 0)],
            &["2023-02-06", "2023-02-07"],
            "",
        );
        check_timeline(&[(48.0, 0), (59.0, 1)], &["2023-10-05", "2023-10"], "");
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
            instance.figure_key = Some(Box::new(Period::Unspecified));
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
    fn a_coordination_counts_alike_on_its_side_and_among_all() {
        // Side 31: "Poland and NATO" and NATO; side 29: Poland. The
        // coordination is Poland and NATO on its side as among all sides,
        // so the side's origins are among all sides' origins.
        let (_, findings) = check_values(
            spec(ValueKind::Count, Tolerance::Exact),
            &[
                count(0, "poland and nato", 31.0, Bound::Exact),
                count(1, "nato", 31.0, Bound::Exact),
                count(2, "poland", 29.0, Bound::Exact),
            ],
        );
        assert_eq!(findings.len(), 1);
        let explanation = &findings[0].explanation;
        assert!(
            explanation.contains(
                "29 in 1 origin (poland) against 31 in 2 origins (nato and poland); \
                 most origins (2 of 2) give 31;"
            ),
            "{explanation}"
        );
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

    /// Checks exact counts, one instance each, from origins named "a", "b"
    /// … in order: the labels of the sides of the one conflict (none when
    /// `sides` is empty), how many values agree with several sides, and the
    /// explanation, when given.
    fn check_counts(
        counts: &[(f64, Bound)],
        sides: &[&str],
        n_straddling: usize,
        explanation: Option<&str>,
    ) {
        let origins = ["a", "b", "c", "d", "e", "f"];
        let instances: Vec<Instance> = counts
            .iter()
            .zip(origins)
            .enumerate()
            .map(|(doc, ((value, bound), origin))| count(doc as u32, origin, *value, *bound))
            .collect();
        let (buckets, findings) =
            check_values(spec(ValueKind::Count, Tolerance::Exact), &instances);
        let straddling = buckets
            .values()
            .flatten()
            .filter(|cluster| cluster.straddles)
            .count();
        assert_eq!(straddling, n_straddling, "{counts:?}");
        if sides.is_empty() {
            assert!(findings.is_empty(), "{counts:?}: {findings:?}");
            return;
        }
        assert_eq!(findings.len(), 1, "{counts:?}");
        let labels: Vec<&str> = findings[0]
            .sides
            .iter()
            .map(|side| side.label.as_str())
            .collect();
        assert_eq!(labels, sides, "{counts:?}");
        if let Some(explanation) = explanation {
            assert_eq!(findings[0].explanation, explanation, "{counts:?}");
        }
    }

    #[test]
    fn at_least_twelve_agrees_with_fifteen_but_not_with_ten() {
        check_counts(
            &[(12.0, Bound::AtLeast), (15.0, Bound::Exact)],
            &[],
            0,
            None,
        );
        check_counts(
            &[(12.0, Bound::AtLeast), (10.0, Bound::Exact)],
            &["10", "at least 12"],
            0,
            None,
        );
    }

    #[test]
    fn an_open_value_between_two_sides_takes_neither() {
        // "at least 8" agrees with both 16 and 29, which conflict.
        check_counts(
            &[
                (8.0, Bound::AtLeast),
                (16.0, Bound::Exact),
                (29.0, Bound::Exact),
                (29.0, Bound::Exact),
            ],
            &["16", "29"],
            1,
            Some("Sources give different values for \u{201c}claim share\u{201d}: 16 in 1 origin (b) against 29 in 2 origins (c and d); most origins (2 of 3) give 29; agreeing with more than one of them: at least 8 in 1 origin (a); the nearest values are 13 apart."),
        );
    }

    #[test]
    fn no_two_sides_overlap_whatever_order_open_values_come_in() {
        // "471 were killed", "at least 200", "at least 500" and US
        // intelligence's "between 100 and 300": at least 200 agrees with
        // 100..300 and with 471, so it takes no side; 100..300 is a side.
        let between = |doc, origin| {
            let value = bounded(
                number(ValueKind::Count, 100.0, 300.0, "100..300"),
                Bound::Between,
            );
            with_value(doc, origin, value, "")
        };
        let (buckets, findings) = check_values(
            spec(ValueKind::Count, Tolerance::Exact),
            &[
                count(0, "a", 471.0, Bound::Exact),
                count(1, "b", 200.0, Bound::AtLeast),
                count(2, "c", 500.0, Bound::AtLeast),
                between(3, "d"),
            ],
        );
        assert_eq!(findings.len(), 1);
        let labels: Vec<&str> = findings[0]
            .sides
            .iter()
            .map(|side| side.label.as_str())
            .collect();
        assert_eq!(labels, ["100..300", "471", "at least 500"]);
        let straddling: Vec<&Cluster> = buckets[&None]
            .iter()
            .filter(|cluster| cluster.straddles)
            .collect();
        assert_eq!(straddling.len(), 1);
        assert_eq!(straddling[0].members, [1]);
        // Two ranges that joined neighbouring sides and overlap each other
        // ("440..480" beside 471, "478..520" beside 500) agree with both and
        // take no side.
        let range = |doc, origin, low, high| {
            let text = format!("{low}..{high}");
            let value = number(ValueKind::Count, low, high, &text);
            with_value(doc, origin, bounded(value, Bound::Between), "")
        };
        let (buckets, findings) = check_values(
            spec(ValueKind::Count, Tolerance::Exact),
            &[
                count(0, "a", 471.0, Bound::Exact),
                count(1, "b", 500.0, Bound::Exact),
                range(2, "c", 440.0, 480.0),
                range(3, "d", 478.0, 520.0),
            ],
        );
        assert_eq!(findings.len(), 1);
        let straddling = buckets[&None]
            .iter()
            .filter(|cluster| cluster.straddles)
            .count();
        assert_eq!(straddling, 2);
    }

    #[test]
    fn a_majority_against_an_outlier_is_named_with_every_value() {
        // 31 in four origins, 29 in one, and "at least 8", which agrees with both.
        check_counts(
            &[
                (31.0, Bound::Exact),
                (31.0, Bound::Exact),
                (31.0, Bound::Exact),
                (31.0, Bound::Exact),
                (29.0, Bound::Exact),
                (8.0, Bound::AtLeast),
            ],
            &["29", "31"],
            1,
            Some("Sources give different values for \u{201c}claim share\u{201d}: 29 in 1 origin (e) against 31 in 4 origins (a, b, c and d); most origins (4 of 5) give 31; agreeing with more than one of them: at least 8 in 1 origin (f); the nearest values are 2 apart."),
        );
    }

    #[test]
    fn values_listed_in_one_sentence_dispute_nothing() {
        // "Tremors of magnitude 5.8 and 6.1" in one sentence; another origin says 5.8.
        let magnitude = |doc, origin, value: f64| {
            let text = format_number(value);
            with_value(
                doc,
                origin,
                number(ValueKind::Count, value, value, &text),
                "",
            )
        };
        let listed = [
            magnitude(0, "a", 5.8),
            magnitude(0, "a", 6.1),
            magnitude(1, "b", 5.8),
        ];
        let (_, findings) =
            check_values(spec(ValueKind::Count, Tolerance::Absolute(0.05)), &listed);
        assert!(findings.is_empty(), "{findings:?}");
        let mut disputed = listed.to_vec();
        disputed.push(magnitude(2, "c", 7.0));
        let (_, findings) =
            check_values(spec(ValueKind::Count, Tolerance::Absolute(0.05)), &disputed);
        assert_eq!(findings.len(), 1);
        assert!(
            findings[0].explanation.contains(
                "5.8 in 2 origins (a and b) against 7 in 1 origin (c); most origins (2 of 3) give 5.8; listed beside another value in the same sentence: 6.1 in 1 origin (a)"
            ),
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
    fn a_month_takes_no_side_between_two_of_its_days() {
        let date = |text: &str, first: u32, last: u32, grain| {
            let mut value = number(
                ValueKind::Date,
                day_number(2023, 6, first) as f64,
                day_number(2023, 6, last) as f64,
                text,
            );
            value.grain = Some(grain);
            value
        };
        let (_, findings) = check_values(
            spec(ValueKind::Date, Tolerance::Exact),
            &[
                with_value(0, "a", date("2023-06", 1, 30, Grain::Month), ""),
                with_value(1, "b", date("2023-06-05", 5, 5, Grain::Day), ""),
                with_value(2, "c", date("2023-06-06", 6, 6, Grain::Day), ""),
            ],
        );
        assert_eq!(findings.len(), 1);
        let labels: Vec<&str> = findings[0]
            .sides
            .iter()
            .map(|side| side.label.as_str())
            .collect();
        assert_eq!(labels, ["2023-06-05", "2023-06-06"]);
        assert!(findings[0]
            .explanation
            .ends_with("the nearest values are 1 day apart."));
    }

    #[test]
    fn values_in_other_units_are_converted_or_left_out() {
        let mut km = spec(ValueKind::Quantity, Tolerance::Absolute(0.5));
        km.unit = Some("km".to_string());
        let (buckets, findings) = check_values(
            km.clone(),
            &[
                quantity(0, "a", 17.9, "km"),
                quantity(1, "b", 11.0, "mi"),
                quantity(2, "c", 5.0, "GHz"),
            ],
        );
        assert!(findings.is_empty(), "{findings:?}");
        assert_eq!(buckets[&None].len(), 1);
        assert_eq!(buckets[&None][0].members, [0, 1]);
        let (_, findings) = check_values(
            km,
            &[quantity(0, "a", 17.9, "km"), quantity(1, "b", 10.0, "mi")],
        );
        assert_eq!(findings.len(), 1);
    }

    #[test]
    fn fahrenheit_converts_and_bare_degrees_are_left_out() {
        let mut celsius = spec(ValueKind::Quantity, Tolerance::Absolute(1.0));
        celsius.unit = Some("°C".to_string());
        // "45C", "113F" (45 °C) and "45 degrees" (°C or °F?): no conflict.
        let (buckets, findings) = check_values(
            celsius.clone(),
            &[
                quantity(0, "a", 45.0, "°C"),
                quantity(1, "b", 113.0, "°F"),
                quantity(2, "c", 45.0, "°"),
            ],
        );
        assert!(findings.is_empty(), "{findings:?}");
        assert_eq!(buckets[&None].len(), 1);
        assert_eq!(buckets[&None][0].members, [0, 1]);
        let (_, findings) = check_values(
            celsius,
            &[quantity(0, "a", 45.0, "°C"), quantity(1, "b", 95.0, "°F")],
        );
        assert_eq!(findings.len(), 1);
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
