//! Factuality: whether an instance asserts its claim, reports it, denies it,
//! or only speculates, asks, warns, plans or distances itself (FactBank's
//! event factuality, kept small), and how sure it is.
//!
//! Matches: "Analysts say China could supply drones to Russia."  (speculation, possible)
//! Ignores: "China supplied drones to Russia, officials said."    (report, certain: a side)
//!
//! Decisions, in order, on the words before the claim's first phrase (its
//! clause and what frames it): a question ("?", "whether"); a conditional
//! ("if", "unless"); a warning or urging ("warned … against", "urged … not
//! to"); a plan ("plans to", "intends to", "vowed to"); distancing
//! ("ostensibly", "so-called"); a speculative hedge ("could", "may",
//! "might", "unlikely") in scope. Otherwise a denial when the stance denies,
//! a report when someone is quoted, else an assertion; a "likely",
//! "reportedly" or "believed to" hedge makes it probable. Only assertions,
//! reports and denials that are certain or probable take a side.

use std::ops::Range;

use crate::model::{Attribution, Certainty, Factuality, Hedge, SpeechAct, Stance, StanceReading};

/// How many words before the claim a plan or distancing cue may stand.
const CUE_WORDS: usize = 8;

/// The factuality of a claim whose phrases sit at `claim_spans` in `quote`.
pub fn read(
    quote: &str,
    claim_spans: &[Range<usize>],
    stance: &StanceReading,
    attribution: Option<&Attribution>,
    hedge: Option<&Hedge>,
) -> Factuality {
    let first = claim_spans.iter().map(|span| span.start).min().unwrap_or(0);
    let before = quote.get(..first).unwrap_or("").to_lowercase();
    let words: Vec<&str> = before
        .split(|ch: char| !(ch.is_alphanumeric() || ch == '-' || ch == '\''))
        .filter(|word| !word.is_empty())
        .collect();
    let near: Vec<&str> = words.iter().rev().take(CUE_WORDS).rev().copied().collect();
    let framed = |act: SpeechAct, certainty: Certainty, cue: &str| Factuality {
        act,
        certainty,
        cue: Some(cue.to_string()),
    };
    if quote
        .trim_end()
        .trim_end_matches(['"', '”', '’', '\''])
        .ends_with('?')
    {
        return framed(SpeechAct::Question, Certainty::Underspecified, "?");
    }
    if near.contains(&"whether") {
        return framed(SpeechAct::Question, Certainty::Underspecified, "whether");
    }
    // Conditions and warnings bear on the claim's own clause: the words after
    // the last comma, semicolon or colon before it ("Asked if the deal was
    // secret, Peskov said …" is no condition on what Peskov said).
    let clause_start = before.rfind([',', ';', ':']).map_or(0, |at| at + 1);
    let clause: Vec<&str> = before[clause_start..]
        .split(|ch: char| !(ch.is_alphanumeric() || ch == '-' || ch == '\''))
        .filter(|word| !word.is_empty())
        .collect();
    let conditional = clause
        .iter()
        .enumerate()
        .find(|(idx, word)| ["if", "unless"].contains(*word) && !rhetorical_if(&clause[idx + 1..]));
    if let Some((_, cue)) = conditional {
        return framed(SpeechAct::Conditional, Certainty::Underspecified, cue);
    }
    if let Some(cue) = warning(&clause) {
        return framed(SpeechAct::Warning, Certainty::Underspecified, cue);
    }
    if let Some(cue) = cue_in(&near, PLANS) {
        return framed(SpeechAct::Plan, Certainty::Underspecified, cue);
    }
    if let Some(cue) = cue_in(&near, DISTANCING) {
        return framed(SpeechAct::Distancing, Certainty::Underspecified, cue);
    }
    let hedge_cue = hedge
        .map(|hedge| hedge.cue.to_lowercase())
        .filter(|_| !counterfactual(quote, hedge));
    if let Some(cue) = hedge_cue.as_deref().filter(|cue| SPECULATIVE.contains(cue)) {
        return framed(SpeechAct::Speculation, Certainty::Possible, cue);
    }
    let act = if stance.stance == Stance::Deny {
        SpeechAct::Denial
    } else if attribution.is_some() {
        SpeechAct::Report
    } else {
        SpeechAct::Assertion
    };
    match hedge_cue {
        Some(cue) => Factuality {
            act,
            certainty: Certainty::Probable,
            cue: Some(cue),
        },
        None => Factuality {
            act,
            certainty: Certainty::Certain,
            cue: None,
        },
    }
}

/// "If there is one person responsible, it is Erdogan": an emphatic
/// assertion, not a condition.
fn rhetorical_if(after: &[&str]) -> bool {
    matches!(
        after,
        ["there", "is" | "was", "one" | "anyone" | "anything", ..]
            | ["anyone", ..]
            | ["anything", ..]
    )
}

/// "could have responded more quickly", "should have been prevented": a
/// counterfactual says what did not happen, which asserts a shortfall; it is
/// no speculation.
fn counterfactual(quote: &str, hedge: Option<&Hedge>) -> bool {
    let Some(hedge) = hedge else {
        return false;
    };
    let lower = quote.to_lowercase();
    let cue = hedge.cue.to_lowercase();
    if !["could", "should", "would"].contains(&cue.as_str()) {
        return false;
    }
    lower
        .match_indices(&format!("{cue} have "))
        .any(|(at, found)| {
            lower[at + found.len()..]
                .split_whitespace()
                .take(4)
                .any(|word| {
                    COUNTERFACTUAL_WORDS
                        .contains(&word.trim_matches(|ch: char| !ch.is_alphanumeric()))
                })
        })
}

/// Words after "could have" that make it counterfactual criticism.
const COUNTERFACTUAL_WORDS: &[&str] = &[
    "more",
    "better",
    "faster",
    "sooner",
    "earlier",
    "quicker",
    "quickly",
    "prevented",
    "avoided",
    "saved",
    "reduced",
    "stopped",
];

/// Hedges that make a claim a possibility, not a probability.
const SPECULATIVE: &[&str] = &[
    "could", "may", "might", "possibly", "perhaps", "unlikely", "rumoured", "rumored",
];

/// Words (or the first word of a phrase, checked with its next) that frame a plan.
const PLANS: &[&str] = &[
    "plans",
    "plan",
    "planned",
    "planning",
    "intends",
    "intend",
    "intended",
    "aims",
    "aim",
    "vowed",
    "vows",
    "pledged",
    "pledges",
    "promised",
    "promises",
    "prepares",
    "preparing",
];

/// Words by which the writer keeps a distance from what follows.
const DISTANCING: &[&str] = &[
    "ostensibly",
    "so-called",
    "purportedly",
    "supposedly",
    "portray",
];

/// The first of `cues` among `words`, when it is followed by "to" (plans) or stands alone.
fn cue_in<'a>(words: &[&'a str], cues: &[&str]) -> Option<&'a str> {
    words.iter().enumerate().find_map(|(idx, word)| {
        if !cues.contains(word) {
            return None;
        }
        let plan = PLANS.contains(word);
        let to_follows = words.get(idx + 1).is_some_and(|next| *next == "to");
        (!plan || to_follows).then_some(*word)
    })
}

/// "warned … against", "urged … not to", "cautioned … against": the cue word.
fn warning<'a>(words: &[&'a str]) -> Option<&'a str> {
    let at = words.iter().position(|word| {
        [
            "warned",
            "warns",
            "warn",
            "warning",
            "urged",
            "urges",
            "urge",
            "cautioned",
        ]
        .contains(word)
    })?;
    let rest = words.get(at + 1..)?;
    let against = rest.contains(&"against")
        || rest.windows(2).any(|pair| pair == ["not", "to"])
        || (words[at].starts_with("urg") && rest.iter().take(4).any(|word| *word == "to"));
    against.then_some(words[at])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::DenialClass;

    /// Reads `sentence` with the claim at `claim` and compares (act, certainty, cue, side).
    fn check(
        sentence: &str,
        claim: &str,
        deny: bool,
        speaker: Option<&str>,
        hedge: Option<&str>,
        expected: (SpeechAct, Certainty, Option<&str>, bool),
    ) {
        let start = sentence.find(claim).expect("the claim is in the sentence");
        let stance = StanceReading {
            stance: if deny { Stance::Deny } else { Stance::Affirm },
            cue: None,
            class: deny.then_some(DenialClass::Antonymy),
        };
        let attribution = speaker.map(|speaker| Attribution {
            speaker: speaker.to_string(),
            cue: "said".to_string(),
            direct: false,
            ..Attribution::default()
        });
        let hedge = hedge.map(|cue| Hedge {
            cue: cue.to_string(),
        });
        let got = read(
            sentence,
            std::slice::from_ref(&(start..start + claim.len())),
            &stance,
            attribution.as_ref(),
            hedge.as_ref(),
        );
        assert_eq!(
            (got.act, got.certainty, got.cue.as_deref(), got.takes_side()),
            expected,
            "sentence: {sentence}"
        );
    }

    #[test]
    fn speech_acts_of_real_looking_sentences() {
        use Certainty::*;
        use SpeechAct::*;
        check(
            "Analysts say China could supply drones to Russia.",
            "supply drones",
            false,
            Some("Analysts"),
            Some("could"),
            (Speculation, Possible, Some("could"), false),
        );
        check(
            "China supplied drones to Russia, officials said.",
            "supplied drones",
            false,
            Some("officials"),
            None,
            (Report, Certain, None, true),
        );
        check(
            "The ministry denied supplying drones to Russia.",
            "supplying drones",
            true,
            Some("The ministry"),
            None,
            (Denial, Certain, None, true),
        );
        check(
            "Reporters asked whether the firm will send parts to the army.",
            "send parts",
            false,
            None,
            None,
            (Question, Underspecified, Some("whether"), false),
        );
        check(
            "Will the dam hold for another week?",
            "dam hold",
            false,
            None,
            None,
            (Question, Underspecified, Some("?"), false),
        );
        check(
            "If Beijing sends weapons, the West will respond.",
            "sends weapons",
            false,
            None,
            None,
            (Conditional, Underspecified, Some("if"), false),
        );
        check(
            "The minister warned the company against selling drones to the regime.",
            "selling drones",
            false,
            Some("The minister"),
            None,
            (Warning, Underspecified, Some("warned"), false),
        );
        check(
            "Washington urged Beijing not to supply weapons to Moscow.",
            "supply weapons",
            false,
            Some("Washington"),
            None,
            (Warning, Underspecified, Some("urged"), false),
        );
        check(
            "Officials plan to evacuate the towns downstream by Friday.",
            "evacuate the towns",
            false,
            Some("Officials"),
            None,
            (Plan, Underspecified, Some("plan"), false),
        );
        check(
            "China ostensibly pursues a policy of neutrality on the war.",
            "policy of neutrality",
            false,
            None,
            None,
            (Distancing, Underspecified, Some("ostensibly"), false),
        );
        check(
            "The missile was likely fired from rebel-held territory.",
            "fired from",
            false,
            None,
            Some("likely"),
            (Assertion, Probable, Some("likely"), true),
        );
        check(
            "Chinese firms reportedly shipped rifles to Russia.",
            "shipped rifles",
            false,
            None,
            Some("reportedly"),
            (Assertion, Probable, Some("reportedly"), true),
        );
        check(
            "The dam was destroyed on Tuesday morning.",
            "dam was destroyed",
            false,
            None,
            None,
            (Assertion, Certain, None, true),
        );
        check(
            "Military analysts say China is unlikely to send anything but basic supplies.",
            "send anything",
            false,
            Some("Military analysts"),
            Some("unlikely"),
            (Speculation, Possible, Some("unlikely"), false),
        );
    }
}
