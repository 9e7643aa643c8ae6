//! Unsupported: a claim asserted by one origin only, in the article's own
//! voice, and corroborated nowhere else in the corpus.
//!
//! Seen: "About 70% of China's weapons imports come from Russia." in one article only.
//! Not seen: a claim only one source makes but attributes to a source it names
//! ("according to US officials"); a holder that names no one ("multiple
//! sources confirmed", "officials said") is no more support than the own voice
//! (`provenance::names_its_source`, as for corroborations).

use super::ClaimGroup;
use crate::model::{Finding, FindingKind, Severity, Side, Status};

/// The unsupported finding for `group`, if it has exactly one origin and no
/// instance names its source.
pub fn check(group: &ClaimGroup<'_>) -> Option<Finding> {
    let origins = group.origins(&group.members);
    let origin = match origins.first() {
        Some(origin) if origins.len() == 1 => *origin,
        _ => return None,
    };
    let instances: Vec<_> = group
        .members
        .iter()
        .map(|idx| group.instance(*idx))
        .collect();
    // "…, multiple sources confirmed to Amu": a holder that names no one
    // tells where the outlet had its words no more than its own voice does.
    if instances
        .iter()
        .any(|instance| crate::provenance::names_its_source(instance))
    {
        return None;
    }
    let hedges: Vec<&str> = instances
        .iter()
        .map(|instance| instance.hedge.as_ref().map(|hedge| hedge.cue.as_str()))
        .collect::<Option<Vec<_>>>()
        .unwrap_or_default();
    let voice = if instances
        .iter()
        .any(|instance| instance.attribution.is_some())
    {
        "credited to no named source"
    } else {
        "in its own voice"
    };
    let (severity, explanation) = if hedges.is_empty() {
        (
            Severity::Medium,
            format!(
                "Only {origin} asserts \u{201c}{}\u{201d}, {voice}, and no other source in the corpus backs it.",
                group.rule.claim
            ),
        )
    } else {
        (
            Severity::Low,
            format!(
                "Only {origin} reports \u{201c}{}\u{201d}, hedged (\u{201c}{}\u{201d}), and no other source in the corpus backs it.",
                group.rule.claim, hedges[0]
            ),
        )
    };
    Some(Finding {
        kind: FindingKind::Unsupported,
        rule: Some(group.rule_idx),
        claim: group.rule.claim.clone(),
        status: Status::NotEnoughInfo,
        severity,
        class: None,
        explanation,
        sides: vec![Side {
            label: origin.to_string(),
            instances: group.members.clone(),
            mentions: Vec::new(),
        }],
        mentions: Vec::new(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Attribution, Hedge, Instance, Stance};
    use crate::reconcile::testing::{group_of, instance, proposition};

    fn check_group(instances: &[Instance]) -> Option<Finding> {
        let rule = proposition("share");
        let group = group_of(&rule, instances);
        check(&group)
    }

    #[test]
    fn a_bare_single_source_claim_is_unsupported() {
        let finding =
            check_group(&[instance(0, 3, "tech-ties", Stance::Affirm)]).expect("unsupported");
        assert_eq!(finding.severity, Severity::Medium);
        assert_eq!(finding.sides[0].label, "tech-ties");
    }

    /// An instance of origin `origin` that `speaker` says, with `cue`.
    fn attributed(origin: &str, speaker: &str, cue: &str) -> Instance {
        let mut attributed = instance(0, 3, origin, Stance::Affirm);
        attributed.attribution = Some(std::sync::Arc::new(Attribution {
            speaker: speaker.to_string(),
            cue: cue.to_string(),
            direct: false,
            ..Attribution::default()
        }));
        attributed
    }

    #[test]
    fn an_attributed_claim_is_not_unsupported() {
        let attributed = attributed("us officials", "US officials", "according to");
        assert_eq!(check_group(&[attributed]), None);
    }

    #[test]
    fn a_claim_only_unnamed_sources_hold_is_unsupported() {
        let unnamed = attributed("amu", "multiple sources", "confirmed");
        let finding = check_group(&[unnamed]).expect("unsupported");
        assert_eq!(finding.sides[0].label, "amu");
        assert!(
            finding.explanation.contains("no named source"),
            "{}",
            finding.explanation
        );
    }

    #[test]
    fn two_origins_are_not_unsupported() {
        assert_eq!(
            check_group(&[
                instance(0, 3, "a", Stance::Affirm),
                instance(1, 3, "b", Stance::Affirm)
            ]),
            None
        );
    }

    #[test]
    fn a_hedged_only_claim_is_unsupported_with_low_severity() {
        let mut hedged = instance(0, 3, "a", Stance::Affirm);
        hedged.hedge = Some(Hedge {
            cue: "reportedly".into(),
        });
        let finding = check_group(&[hedged]).expect("unsupported");
        assert_eq!(finding.severity, Severity::Low);
        assert!(
            finding.explanation.contains("reportedly"),
            "{}",
            finding.explanation
        );
    }
}
