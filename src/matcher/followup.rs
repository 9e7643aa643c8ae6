//! Follow-up denials: a sentence that denies the previous sentence's claim
//! without restating it.
//!
//! Matches: "According to US officials, Russia requested Chinese military aid
//! shortly after the invasion began. Moscow and Beijing both deny the reports."
//! (the second sentence denies the first's claim; its subject is the denier)
//! Ignores: "Moscow denies everything." (no anaphoric object: "the reports",
//! "the claims", "these allegations", "it")

use std::sync::LazyLock;

use regex::Regex;

use crate::model::{Attribution, DenialClass, Stance, StanceReading};

static FOLLOWUP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?ix)
        ^\s*(?:but|however|yet)?,?\s*
        (?P<speaker>[\p{L}][\p{L}\p{M}'’.\-\ ]{1,80}?)\s+
        (?:(?:have|has|had|both|all|also|each|repeatedly|formally|strongly|flatly|quickly|since|swiftly)\s+)*
        (?P<cue>deny|denies|denied|reject|rejects|rejected|dismiss|dismisses|dismissed|refute|refutes|refuted)\s+
        (?:(?:the|these|those|such|this|that|any\ such)\s+(?:reports?|claims?|allegations?|accusations?|suggestions?|charges?|accounts?)\b|it\b|this\b)",
    )
    .expect("the follow-up denial pattern is valid")
});

/// A necessary condition of `FOLLOWUP`: the start of one of its cues, folded
/// the same way. Its `\b`s make `FOLLOWUP` fall back to a slow engine on
/// non-ASCII text; this literal search skips most sentences first.
static CUE_START: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)den|rej|dism|refut").expect("the follow-up cue pattern is valid")
});

/// The denial in `sentence` of whatever the previous sentence claimed: its
/// stance reading and its denier, when the sentence is such a denial.
pub fn denial(sentence: &str) -> Option<(StanceReading, Attribution)> {
    // The lazy DFA answers "no" fast; captures (a slower engine) run only on a match.
    if !CUE_START.is_match(sentence) || !FOLLOWUP.is_match(sentence) {
        return None;
    }
    let caps = FOLLOWUP.captures(sentence)?;
    let speaker = caps.name("speaker")?.as_str().trim();
    let cue = caps.name("cue")?.as_str();
    if speaker.split_whitespace().count() > 8 {
        return None;
    }
    Some((
        StanceReading {
            stance: Stance::Deny,
            cue: Some(cue.to_string()),
            class: Some(DenialClass::Antonymy),
        },
        Attribution {
            speaker: speaker.to_string(),
            cue: cue.to_string(),
            direct: false,
        },
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(sentence: &str, expected: Option<(&str, &str)>) {
        let found = denial(sentence);
        let found = found
            .as_ref()
            .map(|(_, attribution)| (attribution.speaker.as_str(), attribution.cue.as_str()));
        assert_eq!(found, expected, "sentence: {sentence}");
    }

    #[test]
    fn a_denial_of_the_reports_names_its_denier() {
        check(
            "Moscow and Beijing both deny the reports.",
            Some(("Moscow and Beijing", "deny")),
        );
    }

    #[test]
    fn perfect_tense_and_other_objects() {
        check(
            "Beijing has repeatedly denied the allegations.",
            Some(("Beijing", "denied")),
        );
        check(
            "The Kremlin rejected these claims on Monday.",
            Some(("The Kremlin", "rejected")),
        );
        check(
            "China's foreign ministry denied it.",
            Some(("China's foreign ministry", "denied")),
        );
    }

    #[test]
    fn a_denial_without_an_anaphoric_object_is_not_a_follow_up() {
        check("Moscow denies everything.", None);
        check("Beijing denied supplying drones to Moscow.", None);
    }

    #[test]
    fn a_long_clause_is_not_a_speaker() {
        check(
            "After a long meeting in the capital with many officials from many ministries and agencies they denied the reports.",
            None,
        );
    }
}
