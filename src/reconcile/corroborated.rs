//! Corroborated: two or more independent origins agree.
//!
//! A corroboration is reported even when other origins dispute the claim (a
//! contradiction, a figure conflict): the editor sees that one side is backed
//! by several sources, and its status is then `disputed`.
//!
//! Seen: two articles from different publishers both saying Russia sold China the S-400.
//! Not seen: a pull quote repeating its own article, or two copies of one wire
//! story (they share an origin, so they count once).

use std::collections::BTreeSet;

use super::figure_conflict::{label, Buckets};
use super::{join_origins, ClaimGroup};
use crate::model::{Finding, FindingKind, Severity, Side, Stance, Status};
use crate::vocab::Named;

/// Corroborations of a proposition: one per stance that two or more origins
/// take, `disputed` when `contradicted`.
pub fn check_proposition(group: &ClaimGroup<'_>, contradicted: bool) -> Vec<Finding> {
    [Stance::Affirm, Stance::Deny]
        .into_iter()
        .filter_map(|stance| {
            let members: Vec<u32> = group
                .members
                .iter()
                .copied()
                .filter(|idx| group.instance(*idx).stance.stance == stance)
                .collect();
            let what = match stance {
                Stance::Affirm => "",
                Stance::Deny => " (denying it)",
            };
            corroboration(group, members, stance.name(), what, contradicted)
        })
        .collect()
}

/// Corroborations of a figure: one per cluster of agreeing values that two
/// or more origins gave, `disputed` when its key has other clusters that
/// take a side (so "31 in 4 origins, 29 in 1" reports both the conflict and
/// the corroborated 31; a value only listed beside it disputes nothing).
pub fn check_figure(group: &ClaimGroup<'_>, buckets: &Buckets) -> Vec<Finding> {
    buckets
        .values()
        .flat_map(|clusters| {
            let disputed = clusters
                .iter()
                .filter(|cluster| cluster.takes_side())
                .count()
                > 1;
            clusters
                .iter()
                .filter(|cluster| !cluster.straddles)
                .filter_map(move |cluster| {
                    let mut members = cluster.members.clone();
                    members.sort_unstable();
                    let label = label(group, &members);
                    corroboration(group, members, &label, &format!(" on {label}"), disputed)
                })
        })
        .collect()
}

/// A corroboration of `members` when two or more origins gave them: the side
/// is labelled `label`, and `what` follows the claim in the explanation.
fn corroboration(
    group: &ClaimGroup<'_>,
    members: Vec<u32>,
    label: &str,
    what: &str,
    disputed: bool,
) -> Option<Finding> {
    let origins: BTreeSet<&str> = group.origins(&members);
    if origins.len() < 2 {
        return None;
    }
    Some(Finding {
        kind: FindingKind::Corroborated,
        rule: Some(group.rule_idx),
        claim: group.rule.claim.clone(),
        status: if disputed {
            Status::Disputed
        } else {
            Status::Supported
        },
        severity: Severity::Info,
        class: None,
        explanation: format!(
            "{} independent origins agree on \u{201c}{}\u{201d}{what}: {}{}.{}",
            origins.len(),
            group.rule.claim,
            join_origins(origins.iter().copied()),
            if disputed {
                "; other origins dispute it"
            } else {
                ""
            },
            group.counted_once(&members)
        ),
        sides: vec![Side {
            label: label.to_string(),
            instances: members,
            mentions: Vec::new(),
        }],
        mentions: Vec::new(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Instance;
    use crate::reconcile::testing::{group_of, instance, proposition};

    fn check_group(instances: &[Instance]) -> Vec<Finding> {
        let rule = proposition("s400");
        let group = group_of(&rule, instances);
        check_proposition(&group, false)
    }

    #[test]
    fn two_origins_corroborate() {
        let findings = check_group(&[
            instance(0, 1, "a", Stance::Affirm),
            instance(1, 9, "b", Stance::Affirm),
        ]);
        assert_eq!(findings.len(), 1);
        assert_eq!(findings[0].sides[0].instances, vec![0, 1]);
        assert!(
            findings[0].explanation.starts_with("2 independent origins"),
            "{}",
            findings[0].explanation
        );
    }

    #[test]
    fn a_shared_denial_is_named_as_one() {
        let findings = check_group(&[
            instance(0, 1, "a", Stance::Deny),
            instance(1, 9, "b", Stance::Deny),
        ]);
        assert_eq!(findings.len(), 1);
        assert_eq!(findings[0].sides[0].label, "deny");
        assert!(
            findings[0].explanation.contains("\u{201d} (denying it): "),
            "{}",
            findings[0].explanation
        );
    }

    #[test]
    fn two_copies_of_one_wire_story_do_not_corroborate() {
        let findings = check_group(&[
            instance(0, 1, "reuters", Stance::Affirm),
            instance(1, 9, "reuters", Stance::Affirm),
        ]);
        assert!(findings.is_empty());
    }
}
