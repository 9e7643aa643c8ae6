//! Contradiction: one origin affirms what another denies.
//!
//! Seen: "According to US officials, Russia requested Chinese military aid"
//! against "Moscow and Beijing both deny the reports" (two speakers, one article).
//! Not seen: one origin that both affirms and denies (that is one source hedging).

use std::collections::BTreeMap;

use super::{join_origins, plural, ClaimGroup};
use crate::model::{DenialClass, Finding, FindingKind, Severity, Side, Stance, Status};
use crate::vocab::Named;

/// The contradiction in `group`, if two different origins take opposite stances.
pub fn check(group: &ClaimGroup<'_>) -> Option<Finding> {
    let (affirm, deny): (Vec<u32>, Vec<u32>) = group
        .members
        .iter()
        .partition(|idx| group.instance(**idx).stance.stance == Stance::Affirm);
    let affirm_origins = group.origins(&affirm);
    let deny_origins = group.origins(&deny);
    let disagree = affirm_origins
        .iter()
        .any(|a| deny_origins.iter().any(|d| a != d));
    if !disagree {
        return None;
    }
    let class = class_of(group, &deny);
    // An origin on both sides disputes nothing by itself: the disagreement
    // is between the others, and the editor is told which.
    let both: Vec<&str> = affirm_origins
        .intersection(&deny_origins)
        .copied()
        .collect();
    let both = if both.is_empty() {
        String::new()
    } else {
        format!(
            " On both sides: {} (a source that affirms and denies it disagrees with no one by itself).",
            join_origins(both)
        )
    };
    let explanation = format!(
        "Sources disagree on \u{201c}{}\u{201d}: {} affirm{} it ({}) and {} den{} it ({}).{both}{}",
        group.rule.claim,
        plural(affirm_origins.len(), "origin"),
        if affirm_origins.len() == 1 { "s" } else { "" },
        join_origins(affirm_origins.iter().copied()),
        plural(deny_origins.len(), "origin"),
        if deny_origins.len() == 1 { "ies" } else { "y" },
        join_origins(deny_origins.iter().copied()),
        group.counted_once(&group.members),
    );
    Some(Finding {
        kind: FindingKind::Contradiction,
        rule: Some(group.rule_idx),
        claim: group.rule.claim.clone(),
        status: Status::Disputed,
        severity: Severity::High,
        class: Some(class),
        explanation,
        sides: vec![
            Side {
                label: Stance::Affirm.name().to_string(),
                instances: affirm,
                mentions: Vec::new(),
            },
            Side {
                label: Stance::Deny.name().to_string(),
                instances: deny,
                mentions: Vec::new(),
            },
        ],
        mentions: Vec::new(),
    })
}

/// The most common denial class among `deny`; ties go to antonymy.
fn class_of(group: &ClaimGroup<'_>, deny: &[u32]) -> DenialClass {
    let mut counts: BTreeMap<DenialClass, usize> = BTreeMap::new();
    for idx in deny {
        let class = group
            .instance(*idx)
            .stance
            .class
            .unwrap_or(DenialClass::Antonymy);
        *counts.entry(class).or_default() += 1;
    }
    let negation = counts.get(&DenialClass::Negation).copied().unwrap_or(0);
    let antonymy = counts.get(&DenialClass::Antonymy).copied().unwrap_or(0);
    if negation > antonymy {
        DenialClass::Negation
    } else {
        DenialClass::Antonymy
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Instance;
    use crate::reconcile::testing::{group_of, instance, proposition};

    fn check_group(instances: &[Instance]) -> Option<Finding> {
        let rule = proposition("aid");
        let group = group_of(&rule, instances);
        check(&group)
    }

    #[test]
    fn two_speakers_in_one_article_contradict() {
        let mut deny = instance(0, 2, "moscow and beijing", Stance::Deny);
        deny.stance.class = Some(DenialClass::Antonymy);
        let finding = check_group(&[instance(0, 2, "us officials", Stance::Affirm), deny])
            .expect("a contradiction");
        assert_eq!(finding.kind, FindingKind::Contradiction);
        assert_eq!(finding.class, Some(DenialClass::Antonymy));
        assert_eq!(finding.sides[0].instances, vec![0]);
        assert_eq!(finding.sides[1].instances, vec![1]);
        // "us officials" are the US state's: counted and named as "us".
        assert!(
            finding.explanation.contains("affirms it (us)"),
            "{}",
            finding.explanation
        );
    }

    #[test]
    fn one_origin_on_both_sides_is_not_a_contradiction() {
        let found = check_group(&[
            instance(0, 1, "reuters", Stance::Affirm),
            instance(1, 4, "reuters", Stance::Deny),
        ]);
        assert_eq!(found, None);
    }

    #[test]
    fn an_origin_on_both_sides_is_named() {
        let finding = check_group(&[
            instance(0, 1, "russia", Stance::Affirm),
            instance(1, 4, "ukraine", Stance::Affirm),
            instance(2, 2, "ukraine", Stance::Deny),
        ])
        .expect("a contradiction");
        assert_eq!(
            finding.explanation,
            "Sources disagree on \u{201c}claim aid\u{201d}: 2 origins affirm it (russia and ukraine) and 1 origin denies it (ukraine). On both sides: ukraine (a source that affirms and denies it disagrees with no one by itself)."
        );
    }

    #[test]
    fn agreement_is_not_a_contradiction() {
        let found = check_group(&[
            instance(0, 1, "a", Stance::Affirm),
            instance(1, 4, "b", Stance::Affirm),
        ]);
        assert_eq!(found, None);
    }

    #[test]
    fn negations_outnumbering_denials_give_the_negation_class() {
        let mut first = instance(1, 3, "b", Stance::Deny);
        first.stance.class = Some(DenialClass::Negation);
        let mut second = instance(2, 3, "c", Stance::Deny);
        second.stance.class = Some(DenialClass::Negation);
        let finding = check_group(&[instance(0, 1, "a", Stance::Affirm), first, second])
            .expect("a contradiction");
        assert_eq!(finding.class, Some(DenialClass::Negation));
    }
}
