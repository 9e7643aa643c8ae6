//! Corroborated: two or more independent origins agree.
//!
//! A corroboration is reported even when other origins dispute the claim (a
//! contradiction, a figure conflict): the editor sees that one side is backed
//! by several sources, and its status is then `disputed`.
//!
//! An outlet's own voice, or a speaker that names no one ("officials"), is
//! not counted beside a *party* the side names: a state (its organs and
//! officials), or a registry entry with an `affiliation` or that others are
//! affiliated to. It relays that party's claim ("Russian troops shelled the
//! plant" in a Ukrainian site's own words is Ukraine's claim again). Beside
//! only neutral named origins (an investigator, an analyst), or with none
//! named, outlets count as origins of their own. A body a party runs,
//! controls or installs ("the Hamas-run health authority", "Russian-installed
//! officials") counts as that party, and a coordination of known sources
//! ("Poland and NATO, which both said …") as each of them, so it adds no
//! origin beside them (`ClaimGroup::settle`). A figure is relayed only
//! where it is disputed (one party's toll against another's); a number no
//! one disputes, and the date or time of the event, outlets state as the
//! record. Whoever is named: an article that credits a side to a named
//! speaker and also gives it in its own voice (a headline over the
//! ministry's words) is one source, the named one.
//!
//! Seen: two articles from different publishers both saying Russia sold China the S-400.
//! Not seen: a pull quote repeating its own article, two copies of one wire
//! story (they share an origin, so they count once), a ministry's claim and a
//! news site repeating it in its own voice, or a figure only a denial gives.

use std::collections::{BTreeMap, BTreeSet};

use super::figure_conflict::{label, Buckets};
use super::{join_origins, ClaimGroup};
use crate::kinds::RuleKind;
use crate::model::{Finding, FindingKind, OriginPolicy, Severity, Side, Stance, Status, ValueKind};
use crate::provenance;
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
                    // A denial's figure is the figure of the claim it denies
                    // ("denied Russia's claims that … two drones"), which
                    // its speaker does not give.
                    let mut members: Vec<u32> = cluster
                        .members
                        .iter()
                        .copied()
                        .filter(|idx| group.instance(*idx).stance.stance == Stance::Affirm)
                        .collect();
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
    let Counted {
        origins,
        relays,
        echoes,
    } = counted(group, &members, disputed);
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
            "{} independent origins agree on \u{201c}{}\u{201d}{what}: {}{}.{}{}{}{}",
            origins.len(),
            group.rule.claim,
            join_origins(origins.iter().copied()),
            if disputed {
                "; other origins dispute it"
            } else {
                ""
            },
            relayed(&relays),
            echoed(&echoes),
            group.counted_once(&members),
            unnamed_origins(group, &members, &origins)
        ),
        sides: vec![Side {
            label: label.to_string(),
            instances: members,
            mentions: Vec::new(),
        }],
        mentions: Vec::new(),
    })
}

/// The sources a corroboration counts among `members`, and the relays it
/// does not count beside them.
struct Counted<'a> {
    /// The independent sources (`ClaimGroup::origins`) of the members that
    /// name who says the claim, or of all members when none names a party.
    origins: BTreeSet<&'a str>,
    /// The sources of members that name no one (an outlet's own voice, an
    /// unnamed speaker), when others name someone, and that are not among
    /// `origins`.
    relays: BTreeSet<&'a str>,
    /// The sources of members that name no one in an article that credits
    /// the same side to a named speaker elsewhere, and that are not among
    /// `origins`: the article repeats its own source.
    echoes: BTreeSet<&'a str>,
}

/// What a corroboration of `members` counts: when a member that names who
/// says the claim (`provenance::names_its_source`) names a party
/// (`ClaimGroup::is_party`), only the named members' sources are origins and
/// the rest relay them; else every member's source is one. Relays are
/// looked for in a proposition, and in a figure only where it is `disputed`
/// (an undisputed number stated by outlets is the record, one value of a
/// dispute in an outlet's own voice is the party's that gives it) and is no
/// date or time. A rule whose origin is the publisher counts every member.
///
/// Whatever the party: a member that names no one in an article that
/// credits the same side to a named speaker elsewhere (a headline's "up to
/// 50 officers killed" over "up to 50 officers were killed, the ministry
/// said") is that article repeating its own source, never a second origin
/// (`Counted::echoes`); a date or time is still the article's record.
fn counted<'a>(group: &ClaimGroup<'a>, members: &[u32], disputed: bool) -> Counted<'a> {
    let (relays_a_party, echoes_count) = match &group.rule.kind {
        RuleKind::Figure(spec) => {
            let record = matches!(spec.value, ValueKind::Date | ValueKind::Time);
            (disputed && !record, record)
        }
        RuleKind::Proposition => (true, false),
    };
    let (named, unnamed): (Vec<u32>, Vec<u32>) = members
        .iter()
        .partition(|idx| provenance::names_its_source(group.instance(**idx)));
    let origins = group.origins(&named);
    let party = origins.iter().any(|source| group.is_party(source));
    if group.rule.origin == OriginPolicy::Publisher {
        return Counted {
            origins: group.origins(members),
            relays: BTreeSet::new(),
            echoes: BTreeSet::new(),
        };
    }
    if !relays_a_party || !party {
        let credited: BTreeSet<_> = named
            .iter()
            .map(|idx| group.instance(*idx).citation.doc)
            .collect();
        let (echoing, alone): (Vec<u32>, Vec<u32>) = unnamed.iter().partition(|idx| {
            !echoes_count && credited.contains(&group.instance(**idx).citation.doc)
        });
        let origins: BTreeSet<&str> = origins.union(&group.origins(&alone)).copied().collect();
        let echoes = group
            .origins(&echoing)
            .into_iter()
            .filter(|source| !origins.contains(source))
            .collect();
        return Counted {
            origins,
            relays: BTreeSet::new(),
            echoes,
        };
    }
    let relays = group
        .origins(&unnamed)
        .into_iter()
        .filter(|source| !origins.contains(source))
        .collect();
    Counted {
        origins,
        relays,
        echoes: BTreeSet::new(),
    }
}

/// " Unnamed sources …: us (“US officials”) and france info (“a source”,
/// reported by France Info radio station)." for the origins among
/// `origins` that members give through an unnamed speaker, or an empty
/// string. Such a speaker counts as what its description names (a state, a
/// body: "US officials" are the US) or, naming none, as the one who reports
/// it, so two differently described unnamed sources are two origins.
fn unnamed_origins(group: &ClaimGroup<'_>, members: &[u32], origins: &BTreeSet<&str>) -> String {
    let mut given: BTreeMap<&str, BTreeSet<String>> = BTreeMap::new();
    for idx in members {
        let instance = group.instance(*idx);
        let source = group.source(instance);
        let Some(attribution) = instance.attribution.as_deref() else {
            continue;
        };
        // Only where the origin is not the description itself ("officials"
        // counted as "officials" says nothing new).
        if !origins.contains(source)
            || !provenance::unnamed_speaker(&attribution.speaker)
            || provenance::normalize(&attribution.speaker) == source
        {
            continue;
        }
        let reporter = attribution
            .reported_by
            .as_ref()
            .map_or(String::new(), |by| format!(", reported by {by}"));
        given
            .entry(source)
            .or_default()
            .insert(format!("\u{201c}{}\u{201d}{reporter}", attribution.speaker));
    }
    if given.is_empty() {
        return String::new();
    }
    let listed: Vec<String> = given
        .iter()
        .map(|(source, speakers)| {
            let speakers: Vec<&str> = speakers.iter().map(String::as_str).collect();
            format!("{source} ({})", speakers.join("; "))
        })
        .collect();
    format!(
        " Unnamed sources count as what their descriptions name or, naming nothing, as who reports them: {}.",
        join_origins(listed.iter().map(String::as_str))
    )
}

/// " Not counted as origins: babel and censor.net, which name no source." or
/// an empty string.
fn relayed(relays: &BTreeSet<&str>) -> String {
    if relays.is_empty() {
        return String::new();
    }
    format!(
        " Not counted as {}: {}, which name{} no source (an outlet's own voice or an unnamed speaker relays the parties named).",
        if relays.len() == 1 { "an origin" } else { "origins" },
        join_origins(relays.iter().copied()),
        if relays.len() == 1 { "s" } else { "" },
    )
}

/// " Not counted as an origin: pravda.ru, whose own voice repeats what the
/// same article credits to a named source." or an empty string.
fn echoed(echoes: &BTreeSet<&str>) -> String {
    if echoes.is_empty() {
        return String::new();
    }
    format!(
        " Not counted as {}: {}, whose own voice{} repeat{} what the same article credits to a named source.",
        if echoes.len() == 1 { "an origin" } else { "origins" },
        join_origins(echoes.iter().copied()),
        if echoes.len() == 1 { "" } else { "s" },
        if echoes.len() == 1 { "s" } else { "" },
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kinds::{FigureKey, FigureSpec, RuleInfo, Tolerance};
    use crate::model::{Attribution, Instance, Speakers, Value};
    use crate::reconcile::figure_conflict::cluster;
    use crate::reconcile::testing::{group_in, instance, number, proposition};

    /// Checks the explanations of the corroborations the reconciler finds
    /// among `instances` of `rule` (a figure's clustered first) under the
    /// speaker registry whose entries belong to others as `affiliations`
    /// says.
    fn check(
        rule: &RuleInfo,
        affiliations: &[(&str, &str)],
        instances: &[Instance],
        expected: &[&str],
    ) {
        let speakers = Speakers {
            affiliation: affiliations
                .iter()
                .map(|(entry, party)| (entry.to_string(), party.to_string()))
                .collect(),
            ..Speakers::default()
        };
        let group = group_in(rule, instances, &speakers);
        let findings = match &rule.kind {
            RuleKind::Proposition => check_proposition(&group, false),
            RuleKind::Figure(spec) => check_figure(&group, &cluster(&group, spec)),
        };
        let got: Vec<&str> = findings
            .iter()
            .map(|finding| finding.explanation.as_str())
            .collect();
        assert_eq!(got, expected);
    }

    /// `instance` said by `speaker`, the registry entry `entry` (with its
    /// affiliation) when given, which is then its origin.
    fn said(mut instance: Instance, speaker: &str, entry: Option<(&str, &str)>) -> Instance {
        if let Some((id, _)) = entry {
            instance.origin = id.into();
        }
        instance.attribution = Some(std::sync::Arc::new(Attribution {
            speaker: speaker.to_string(),
            cue: "said".to_string(),
            entry: entry.map(|(id, _)| id.to_string()),
            entry_affiliation: entry
                .map(|(_, party)| party.to_string())
                .filter(|party| !party.is_empty()),
            ..Attribution::default()
        }));
        instance
    }

    /// A figure rule on counts of people, or on dates when `dates`.
    fn figure(dates: bool) -> RuleInfo {
        let mut rule = proposition("toll");
        rule.kind = RuleKind::Figure(FigureSpec {
            value: if dates {
                ValueKind::Date
            } else {
                ValueKind::Count
            },
            key: FigureKey::Period,
            tolerance: Tolerance::Exact,
            min: None,
            max: None,
            unit: None,
            exclude: Vec::new(),
            vague: crate::kinds::Vague::None,
            perpetrator: false,
        });
        rule
    }

    /// `instance` giving the figure `value`.
    fn giving(mut instance: Instance, value: Value) -> Instance {
        instance.values = vec![value].into();
        instance.figure_value = Some(0);
        instance
    }

    fn count(n: f64) -> Value {
        number(ValueKind::Count, n, n, &n.to_string())
    }

    #[test]
    fn two_origins_corroborate() {
        check(
            &proposition("s400"),
            &[],
            &[
                instance(0, 1, "a", Stance::Affirm),
                instance(1, 9, "b", Stance::Affirm),
            ],
            &["2 independent origins agree on \u{201c}claim s400\u{201d}: a and b."],
        );
    }

    #[test]
    fn two_differently_described_unnamed_sources_are_two_origins() {
        // "US officials" (in the New York Times) are the US; "a source" in
        // France Info's report names no one, so France Info, who reports
        // it, is the origin: two origins, and the explanation says why.
        let mut us = said(instance(0, 1, "us", Stance::Affirm), "US officials", None);
        let mut french = said(
            instance(1, 9, "france info", Stance::Affirm),
            "a source",
            None,
        );
        for (instance, reporter) in [
            (&mut us, "The New York Times"),
            (&mut french, "France Info"),
        ] {
            if let Some(attribution) = instance.attribution.as_mut() {
                std::sync::Arc::make_mut(attribution).reported_by = Some(reporter.to_string());
            }
        }
        check(
            &proposition("patriot"),
            &[],
            &[us, french],
            &["2 independent origins agree on \u{201c}claim patriot\u{201d}: france info and us. \
Unnamed sources count as what their descriptions name or, naming nothing, as who reports them: \
france info (\u{201c}a source\u{201d}, reported by France Info) and us (\u{201c}US officials\u{201d}, \
reported by The New York Times)."],
        );
    }

    #[test]
    fn a_shared_denial_is_named_as_one() {
        check(
            &proposition("s400"),
            &[],
            &[
                instance(0, 1, "a", Stance::Deny),
                instance(1, 9, "b", Stance::Deny),
            ],
            &["2 independent origins agree on \u{201c}claim s400\u{201d} (denying it): a and b."],
        );
    }

    #[test]
    fn two_copies_of_one_wire_story_do_not_corroborate() {
        check(
            &proposition("s400"),
            &[],
            &[
                instance(0, 1, "reuters", Stance::Affirm),
                instance(1, 9, "reuters", Stance::Affirm),
            ],
            &[],
        );
    }

    #[test]
    fn an_outlets_own_voice_relays_the_party_it_agrees_with() {
        let general_staff = Some(("ukrainian general staff", "ukraine"));
        let ukraine = said(
            instance(0, 1, "", Stance::Affirm),
            "the General Staff of Ukraine",
            general_staff,
        );
        // "It should be recalled that … the Russian Armed Forces carried
        // out …" in two Ukrainian sites' own words is Ukraine's claim again.
        let own_voices = [
            instance(1, 1, "censor.net", Stance::Affirm),
            instance(2, 1, "babel", Stance::Affirm),
        ];
        let mut instances = vec![ukraine.clone()];
        instances.extend(own_voices.iter().cloned());
        check(&proposition("p"), &[], &instances, &[]);
        // A second party is a second origin; the outlets are still none.
        instances.push(said(
            instance(3, 1, "", Stance::Affirm),
            "Danielle Bell",
            Some(("un monitoring mission", "")),
        ));
        check(
            &proposition("p"),
            &[],
            &instances,
            &["2 independent origins agree on \u{201c}claim p\u{201d}: ukraine and un monitoring mission. Not counted as origins: babel and censor.net, which name no source (an outlet's own voice or an unnamed speaker relays the parties named)."],
        );
        // Beside a named origin that is no party (an analyst), an outlet's
        // own analysis is an origin of its own.
        let analyst = said(
            instance(3, 1, "sarah kirchberger", Stance::Affirm),
            "Sarah Kirchberger",
            None,
        );
        check(
            &proposition("p"),
            &[],
            &[analyst, own_voices[0].clone()],
            &["2 independent origins agree on \u{201c}claim p\u{201d}: censor.net and sarah kirchberger."],
        );
    }

    #[test]
    fn an_unnamed_speaker_relays_a_party_the_registry_declares() {
        // "hamas" is a party: the registry affiliates the ministry to it.
        let ministry = said(
            instance(0, 1, "", Stance::Affirm),
            "the Gaza health ministry",
            Some(("gaza health ministry", "hamas")),
        );
        let locals = said(
            instance(1, 1, "local authorities", Stance::Affirm),
            "local authorities",
            None,
        );
        let officials = said(
            instance(2, 1, "officials", Stance::Affirm),
            "Officials",
            None,
        );
        let instances = [ministry, locals, officials];
        check(
            &proposition("p"),
            &[("gaza health ministry", "hamas")],
            &instances,
            &[],
        );
        // Without the registry's word, the ministry is no party.
        check(
            &proposition("p"),
            &[],
            &instances,
            &["3 independent origins agree on \u{201c}claim p\u{201d}: hamas, local authorities and officials."],
        );
    }

    #[test]
    fn a_body_a_party_runs_relays_the_party() {
        // "Gaza's health ministry said 45 were killed" (the registry's
        // entry, affiliated to Hamas) and "The Hamas-run health authority
        // in Gaza said 45 people were killed", its alias cut short: one
        // origin, Hamas.
        let ministry = said(
            instance(0, 1, "", Stance::Affirm),
            "Gaza's health ministry",
            Some(("gaza health ministry", "hamas")),
        );
        let authority = said(
            instance(1, 1, "hamas-run health authority", Stance::Affirm),
            "the Hamas-run health authority",
            None,
        );
        let affiliations = [("gaza health ministry", "hamas")];
        check(
            &proposition("p"),
            &affiliations,
            &[ministry.clone(), authority.clone()],
            &[],
        );
        // A state's installed officials are the state's ("Russian-installed
        // officials said Ukraine shelled the plant"), beside its ministry.
        let installed = said(
            instance(2, 1, "russian-installed officials", Stance::Affirm),
            "Russian-installed officials",
            None,
        );
        let defence = said(
            instance(3, 1, "", Stance::Affirm),
            "the Russian defence ministry",
            Some(("russian defence ministry", "russia")),
        );
        check(
            &proposition("p"),
            &[("russian defence ministry", "russia")],
            &[installed, defence],
            &[],
        );
        // A body run by no party is an origin of its own ("the state-run
        // RIA news agency" names no state), and so is a resident "in
        // Hamas-run Gaza", whom Hamas does not run.
        let media = said(
            instance(4, 1, "state-run ria news agency", Stance::Affirm),
            "the state-run RIA news agency",
            None,
        );
        let resident = said(
            instance(5, 1, "resident in hamas-run gaza", Stance::Affirm),
            "a resident in Hamas-run Gaza",
            None,
        );
        check(
            &proposition("p"),
            &affiliations,
            &[ministry, media, resident],
            &["3 independent origins agree on \u{201c}claim p\u{201d}: hamas, resident in hamas-run gaza and state-run ria news agency."],
        );
    }

    #[test]
    fn a_coordination_of_counted_origins_adds_none() {
        // "Zelensky's comments contradicted those of Poland and NATO, which
        // both said …" beside Duda (Poland) and Stoltenberg (NATO).
        let both = said(
            instance(0, 1, "poland and nato", Stance::Affirm),
            "Poland and NATO",
            None,
        );
        let duda = said(
            instance(1, 1, "poland", Stance::Affirm),
            "Andrzej Duda",
            Some(("poland", "")),
        );
        let stoltenberg = said(
            instance(2, 1, "nato", Stance::Affirm),
            "Jens Stoltenberg",
            Some(("nato", "")),
        );
        check(
            &proposition("p"),
            &[],
            &[both.clone(), duda.clone(), stoltenberg],
            &["2 independent origins agree on \u{201c}claim p\u{201d}: nato and poland."],
        );
        // Beside Poland alone, the coordination adds NATO, a party.
        check(
            &proposition("p"),
            &[],
            &[both, duda.clone()],
            &["2 independent origins agree on \u{201c}claim p\u{201d}: nato and poland."],
        );
        // Split on commas too: "Poland, Germany and NATO".
        let three = said(
            instance(3, 1, "poland, germany and nato", Stance::Affirm),
            "Poland, Germany and NATO",
            None,
        );
        check(
            &proposition("p"),
            &[],
            &[three, duda],
            &["3 independent origins agree on \u{201c}claim p\u{201d}: germany, nato and poland."],
        );
        // A coordination of no known sources is one origin.
        let blogger = said(
            instance(
                4,
                1,
                "ukrainian blogger and politician anatoly shariy",
                Stance::Affirm,
            ),
            "Ukrainian blogger and politician Anatoly Shariy",
            None,
        );
        let poland = said(
            instance(5, 1, "poland", Stance::Affirm),
            "Andrzej Duda",
            Some(("poland", "")),
        );
        check(
            &proposition("p"),
            &[],
            &[blogger, poland],
            &["2 independent origins agree on \u{201c}claim p\u{201d}: poland and ukrainian blogger and politician anatoly shariy."],
        );
        // Nor does one sentence's "Moscow and Beijing" make two origins
        // when neither says the claim elsewhere.
        let both = said(
            instance(6, 1, "moscow and beijing", Stance::Affirm),
            "Moscow and Beijing",
            None,
        );
        let analyst = said(
            instance(7, 1, "sarah kirchberger", Stance::Affirm),
            "Sarah Kirchberger",
            None,
        );
        check(
            &proposition("p"),
            &[],
            &[both, analyst],
            &["2 independent origins agree on \u{201c}claim p\u{201d}: moscow and beijing and sarah kirchberger."],
        );
    }

    #[test]
    fn an_owner_counts_only_as_a_source_of_the_group() {
        // "An Israeli-appointed commission of inquiry found the army at
        // fault" beside the army: an inquiry is no office of the state
        // that appoints it, so it is an origin of its own.
        let commission = said(
            instance(
                0,
                1,
                "israeli-appointed commission of inquiry",
                Stance::Affirm,
            ),
            "An Israeli-appointed commission of inquiry",
            None,
        );
        let army = said(
            instance(1, 1, "", Stance::Affirm),
            "the Israeli military",
            Some(("idf", "israel")),
        );
        check(
            &proposition("p"),
            &[("idf", "israel")],
            &[commission, army],
            &["2 independent origins agree on \u{201c}claim p\u{201d}: israel and israeli-appointed commission of inquiry."],
        );
        // Russian-installed officials beside Ukraine alone: Russia says
        // nothing else in the group, so the officials stay as written.
        let installed = said(
            instance(2, 1, "russian-installed officials", Stance::Affirm),
            "Russian-installed officials",
            None,
        );
        let ukraine = said(
            instance(3, 1, "ukraine", Stance::Affirm),
            "Volodymyr Zelensky",
            Some(("ukraine", "")),
        );
        check(
            &proposition("p"),
            &[],
            &[installed, ukraine],
            &["2 independent origins agree on \u{201c}claim p\u{201d}: russian-installed officials and ukraine."],
        );
    }

    #[test]
    fn a_disputed_figure_in_an_outlets_own_voice_is_the_partys() {
        let party = |doc: u32, origin: &str, n: f64| {
            giving(
                said(instance(doc, 1, origin, Stance::Affirm), "Russia", None),
                count(n),
            )
        };
        let mut instances = vec![
            party(0, "russia", 8.0),
            giving(instance(1, 1, "tass", Stance::Affirm), count(8.0)),
            giving(instance(2, 1, "1lurer", Stance::Affirm), count(8.0)),
        ];
        // Undisputed, the number is the record the outlets state.
        check(
            &figure(false),
            &[],
            &instances,
            &["3 independent origins agree on \u{201c}claim toll\u{201d} on 8: 1lurer, russia and tass."],
        );
        instances.push(said(
            giving(instance(3, 1, "ukraine", Stance::Affirm), count(40.0)),
            "Ukraine",
            None,
        ));
        check(&figure(false), &[], &instances, &[]);
    }

    #[test]
    fn an_article_repeating_its_own_named_source_is_no_second_origin() {
        // Pravda.ru's headline "up to 50 officers annihilated" over its own
        // "up to 50 officers were killed, the ministry said": one source.
        let ministry = |doc: u32| {
            giving(
                said(
                    instance(doc, 5, "russian defence ministry", Stance::Affirm),
                    "the Russian Defence Ministry",
                    None,
                ),
                count(50.0),
            )
        };
        let headline = giving(instance(0, 1, "pravda.ru", Stance::Affirm), count(50.0));
        check(&figure(false), &[], &[headline.clone(), ministry(0)], &[]);
        // An outlet that credits no one in its article still counts.
        check(
            &figure(false),
            &[],
            &[
                headline.clone(),
                ministry(0),
                giving(instance(1, 1, "ap", Stance::Affirm), count(50.0)),
            ],
            &["2 independent origins agree on \u{201c}claim toll\u{201d} on 50: ap and russia. Not counted as an origin: pravda.ru, whose own voice repeats what the same article credits to a named source."],
        );
        // The same in a proposition with no party named.
        let headline = instance(0, 1, "pravda.ru", Stance::Affirm);
        let credited = said(
            instance(0, 5, "un monitoring mission", Stance::Affirm),
            "the UN monitoring mission",
            None,
        );
        check(&proposition("p"), &[], &[headline, credited], &[]);
    }

    #[test]
    fn outlets_that_agree_on_the_day_are_independent() {
        let day = |doc: u32, origin: &str, named: bool, day: f64| {
            let dated = giving(
                instance(doc, 1, origin, Stance::Affirm),
                number(ValueKind::Date, day, day, "Friday"),
            );
            if named {
                said(dated, "Russia", None)
            } else {
                dated
            }
        };
        check(
            &figure(true),
            &[],
            &[
                day(0, "russia", true, 100.0),
                day(1, "rt", false, 100.0),
                day(2, "ians", false, 100.0),
                day(3, "censor.net", false, 99.0),
            ],
            &["3 independent origins agree on \u{201c}claim toll\u{201d} on Friday: ians, rt and russia; other origins dispute it."],
        );
    }

    #[test]
    fn a_denial_gives_no_figure() {
        // "Zelensky denied Russia's claims that … two Ukrainian drones".
        let russia = said(instance(0, 1, "russia", Stance::Affirm), "Russia", None);
        let zelensky = said(
            instance(1, 1, "ukraine", Stance::Deny),
            "Volodymyr Zelensky",
            None,
        );
        check(
            &figure(false),
            &[],
            &[giving(russia, count(2.0)), giving(zelensky, count(2.0))],
            &[],
        );
    }
}
