//! Factuality: whether an instance asserts its claim, reports it, denies it,
//! or only speculates, asks, warns, plans or distances itself (FactBank's
//! event factuality, kept small), and how sure it is.
//!
//! Matches: "Analysts say China could supply drones to Russia."  (speculation, possible)
//! Ignores: "China supplied drones to Russia, officials said."    (report, certain: a side)
//!
//! Decisions, in order, on the words before the claim's first phrase (its
//! clause and what frames it, see `text::clause`): a question ("?",
//! "whether"); a conditional (the claim inside an "if" or "unless" clause,
//! not the concessive "even if"); a warning or urging ("warned … against",
//! "urged … not to"); an insinuation ("appeared to hint that", a speaker's
//! "suggested that"), a suspicion or theory ("suspicions grew that …", "the
//! theory that …", unless backed) or an order ("received orders to kill"),
//! in the claim's clause or between its phrases, and a claim named as the
//! topic of a question or of an investigation of someone ("questions about
//! X", "under investigation for X": a question); a check of a report
//! ("attempting to verify Russia's claims of …": a question); a plan ("plans to", "intends
//! to", "vowed to"), unless it is a third party's past intention reported
//! ("the terrorists planned to flee, the FSB said": a probable report);
//! distancing ("purportedly", "sought to portray", a doubt of the claim:
//! "voiced doubt about reports of …", "… with a grain of salt"; "an
//! alleged/suspected X attack"); a speculative hedge ("could", "may",
//! "might") in scope; an evidential of appearance over the claim
//! ("appearing to show", "seem to have captured", "apparently",
//! "seemingly": probable, a side; "did not seem to be" a probable denial;
//! "may appear to" a possibility); an uncredited expectation ("was expected
//! to", "had been favoured to": a prediction); a "will" before a verb of
//! inquiry ("will investigate": a plan); a prediction ("will" before the claim
//! in the outlet's own voice, not "will not"); a future seen from a
//! promise, threat or fear ("promising that those affected would be
//! compensated": a plan; "worried that it would lead to …": a speculation).
//! A reported "will" or "would" ("police said they would continue to
//! investigate") is the speaker's commitment: a probable report, a side,
//! unless the verb governing its clause promises, fears or knows it, a
//! condition of its own clause conditions it ("would flood if the dam
//! broke"), an open question word holds it ("no one can tell how … will"),
//! or a causative with an event for its subject makes it a forecast's
//! effect ("the delay would force the farmers to sell"). A speaker who
//! "did not deny or confirm" it leaves it open (a question), and "evidence
//! of alleged interference" withholds it as "the alleged" does. Otherwise a
//! denial when the stance denies
//! (a rebuttal too: "dismissed the report as", "had no knowledge of"), a
//! report when someone is quoted, else an assertion; a "likely",
//! "reportedly" or "believed to" hedge makes it probable, and so do the
//! probable negatives "unlikely to", "ostensibly" and "so-called" of a
//! denial. Only assertions, reports and denials that are certain or probable
//! take a side.

use std::ops::Range;

use crate::model::{
    Attribution, Certainty, DenialClass, Factuality, Hedge, SpeechAct, Stance, StanceReading,
};
use crate::text::clause::{ClauseKind, Clauses, Lower};
use crate::text::{grammar, saying};

/// How many words before the claim a plan or distancing cue may stand.
const CUE_WORDS: usize = 8;

/// The factuality of a claim whose phrases sit at `claim_spans` in `quote`.
pub fn read(
    quote: &str,
    clauses: &Clauses,
    claim_spans: &[Range<usize>],
    stance: &StanceReading,
    attribution: Option<&Attribution>,
    hedge: Option<&Hedge>,
    doubt_withholds: bool,
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
        cue: Some(cue.into()),
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
    // "refused to confirm or deny the report, but said …": only the words
    // of the claim's own stretch, after the last comma, colon or semicolon.
    let stretch = before.rsplit([',', ';', ':']).next().unwrap_or("");
    let stretch: Vec<&str> = stretch
        .split(|ch: char| !(ch.is_alphanumeric() || ch == '-' || ch == '\''))
        .filter(|word| !word.is_empty())
        .collect();
    if let Some(cue) = left_open(&stretch) {
        return framed(SpeechAct::Question, Certainty::Underspecified, cue);
    }
    if let Some(cue) = asked_wh(&stretch, &words_of(quote.get(first..).unwrap_or(""))) {
        return framed(SpeechAct::Question, Certainty::Underspecified, cue);
    }
    // A claim phrase that is the stance's own cue ("cast doubt", "questioned")
    // frames the claim rather than stating it: "cast doubt as to whether
    // Prigozhin had actually died" asks whether he died.
    let stance_cue = stance.cue.as_deref().map(str::to_lowercase);
    let content_first = claim_spans
        .iter()
        .filter(|span| {
            let phrase = quote.get((*span).clone()).map(str::to_lowercase);
            phrase.is_none() || phrase != stance_cue
        })
        .map(|span| span.start)
        .min()
        .unwrap_or(first);
    if content_first > first {
        let framing_words = words_of(quote.get(first..content_first).unwrap_or(""));
        if framing_words
            .iter()
            .rev()
            .take(CUE_WORDS)
            .any(|word| word == "whether")
        {
            return framed(SpeechAct::Question, Certainty::Underspecified, "whether");
        }
    }
    // Conditions and warnings bear on the claim's own clause: the words after
    // the last comma, semicolon or colon before it ("Asked if the deal was
    // secret, Peskov said …" is no condition on what Peskov said).
    let clause_start = before.rfind([',', ';', ':']).map_or(0, |at| at + 1);
    let clause: Vec<&str> = before[clause_start..]
        .split(|ch: char| !(ch.is_alphanumeric() || ch == '-' || ch == '\''))
        .filter(|word| !word.is_empty())
        .collect();
    let claim_clause = clauses.at(first);
    let framing = clauses.ancestry(claim_clause);
    let opened_by = |openers: &[&str]| {
        framing.iter().find_map(|idx| {
            let found = clauses.clauses.get(*idx)?;
            (found.kind == ClauseKind::Subordinate && openers.contains(&found.opener.as_str()))
                .then(|| {
                    (
                        found.opener.clone(),
                        found.spans.first().map_or(0, |span| span.start),
                    )
                })
        })
    };
    if let Some((cue, _)) = opened_by(&["whether"]) {
        return framed(SpeechAct::Question, Certainty::Underspecified, &cue);
    }
    // "even if", "as if": concessive or comparative, no condition.
    let conditional = opened_by(&["if", "unless"]).filter(|(_, at)| {
        let head = quote.get(..*at).unwrap_or("").to_lowercase();
        let head = head.trim_end();
        !(head.ends_with("even") || head.ends_with(" as"))
    });
    if let Some((cue, at)) = conditional {
        let words_after: Vec<String> = quote
            .get(at..)
            .unwrap_or("")
            .split(|ch: char| !(ch.is_alphanumeric() || ch == '-' || ch == '\''))
            .filter(|word| !word.is_empty())
            .skip(1)
            .take(3)
            .map(str::to_lowercase)
            .collect();
        let words_after: Vec<&str> = words_after.iter().map(String::as_str).collect();
        if !rhetorical_if(&words_after) {
            return framed(SpeechAct::Conditional, Certainty::Underspecified, &cue);
        }
    }
    // "A coup is when the army seizes power": a definition says what would
    // count as one whenever it happens, no claim that it did ("the worst
    // moment was when …" dates an event: a past copula is no definition,
    // and "that's when …", "this is where …" point at a time or place of
    // the story: a noun must be defined).
    let defined = framing.iter().find_map(|idx| {
        let found = clauses.clauses.get(*idx)?;
        let at = found.spans.first()?.start;
        let head = quote.get(..at)?.trim_end().to_lowercase();
        let mut words = head.rsplit(|ch: char| ch.is_whitespace());
        let copula = words
            .next()
            .is_some_and(|word| ["is", "are"].contains(&word));
        let defined_noun = words
            .next()
            .is_some_and(|word| !DEICTIC_SUBJECTS.contains(&word.trim_matches(['“', '"'])));
        (["when", "where"].contains(&found.opener.as_str()) && copula && defined_noun)
            .then(|| found.opener.clone())
    });
    if let Some(cue) = defined {
        return framed(SpeechAct::Conditional, Certainty::Underspecified, &cue);
    }
    if let Some(cue) = condition_then(quote, first) {
        return framed(SpeechAct::Conditional, Certainty::Underspecified, cue);
    }
    if let Some(cue) = elliptical_condition(quote) {
        return framed(SpeechAct::Conditional, Certainty::Underspecified, cue);
    }
    if let Some(cue) = estimate_in_hedge(quote.get(..first).unwrap_or("")) {
        return framed(SpeechAct::Speculation, Certainty::Possible, cue);
    }
    // An urging before the claim reaches into it: "call on the security
    // forces to refrain from using lethal force" urges over the claim
    // "security forces … lethal force" as over "lethal force" alone.
    let claim_end = claim_spans
        .iter()
        .map(|span| span.end)
        .max()
        .unwrap_or(first);
    let inside = words_of(quote.get(first..claim_end).unwrap_or(""));
    let mut urged = clause.clone();
    urged.extend(inside.iter().map(Lower::as_str));
    if let Some(cue) = warning(&urged, clause.len()) {
        return framed(SpeechAct::Warning, Certainty::Underspecified, cue);
    }
    // A past intention of a third party ("the terrorists planned to flee to
    // Ukraine, the FSB said") is the account of what they did, a probable
    // report; the planner's own plan ("officials plan to …", "Moscow
    // intends to …", "he said he intended to …") is only a plan.
    // Insinuations, suspicions and directives bear on the claim from inside
    // its own clause (after the last comma before it) or from between its
    // phrases: "his statement appeared to hint that the plane was brought
    // down", "the FSB received orders to kill Prigozhin".
    let clause_near = &clause[clause.len().saturating_sub(CUE_WORDS)..];
    let last_end = claim_spans
        .iter()
        .map(|span| span.end)
        .max()
        .unwrap_or(first);
    // Not across a sentence break that the splitter missed
    // ("…an assassination.A preliminary US intelligence assessment…").
    let region_start = quote
        .get(first..last_end)
        .and_then(|region| region.rfind(['.', ';', '!', '?']))
        .map_or(first, |at| first + at + 1);
    let mut between = words_of(quote.get(region_start..last_end).unwrap_or(""));
    between.extend(
        words_of(quote.get(last_end..).unwrap_or(""))
            .into_iter()
            .take(1),
    );
    let cue_words: Vec<&str> = clause_near
        .iter()
        .copied()
        .chain(between.iter().map(Lower::as_str))
        .collect();
    if let Some(cue) = insinuation(&cue_words) {
        return framed(SpeechAct::Speculation, Certainty::Possible, cue);
    }
    if stance.stance != Stance::Deny {
        if let Some(cue) = suspicion(&cue_words)
            .or_else(|| suspicion_of(clause_near))
            .or_else(|| suspecting(clause_near))
            .or_else(|| suspected_later(quote, claim_spans, region_start))
            .or_else(|| feared(quote, claim_spans))
            .or_else(|| possible_that(clause_near))
            .or_else(|| possible_cause(quote, clauses, claim_spans))
        {
            return framed(SpeechAct::Speculation, Certainty::Possible, cue);
        }
        if let Some(cue) = asked_about(quote, claim_spans) {
            return framed(SpeechAct::Question, Certainty::Underspecified, cue);
        }
        if let Some(cue) = circulated(&cue_words) {
            return framed(SpeechAct::Distancing, Certainty::Underspecified, cue);
        }
    }
    if let Some(cue) = assumption(clause_near) {
        return framed(SpeechAct::Speculation, Certainty::Possible, cue);
    }
    if let Some(seeming) = appearance(clause_near) {
        // An evidential of appearance ("appears to have started in the
        // kitchen", "footage appearing to show", "the rebels seem to have
        // captured the city") says the evidence points to the claim: the
        // holder leans to it, probable as "likely" is, a side (FactBank's
        // PR+; tests/eval/README.md, "an evidential of appearance takes a
        // side"). A negated seeming ("did not seem to be motivated") is a
        // probable denial (PR-). Only a modal of possibility over the
        // seeming ("may appear to", "could seem") keeps it possible.
        if let Some(modal) = seeming.modal {
            return framed(SpeechAct::Speculation, Certainty::Possible, modal);
        }
        let act = if stance.stance == Stance::Deny {
            SpeechAct::Denial
        } else if attribution.is_some() {
            SpeechAct::Report
        } else {
            SpeechAct::Assertion
        };
        return framed(act, Certainty::Probable, seeming.verb);
    }
    if let Some(cue) = verification(&cue_words) {
        return framed(SpeechAct::Question, Certainty::Underspecified, cue);
    }
    if let Some(cue) = directive(&cue_words) {
        return framed(SpeechAct::Plan, Certainty::Underspecified, cue);
    }
    // A credited expectation is the speaker's commitment (the bank's
    // convention 4), read below as a reported "will" is; not one whose
    // subject is the speaker ("defense attorneys are expected to deny").
    if let Some((cue, subject)) = expectation(&cue_words) {
        let expected_of_speaker = attribution.is_some_and(|said| {
            said.speaker
                .split_whitespace()
                .next_back()
                .is_some_and(|head| {
                    subject.is_some_and(|subject| head.eq_ignore_ascii_case(subject))
                })
        });
        if attribution.is_none() || expected_of_speaker {
            return framed(SpeechAct::Prediction, Certainty::Underspecified, cue);
        }
    }
    let mut reported_plan = None;
    // The claim's own verb, past the start of its first phrase ("the 14
    // people who died"): a wish before it is for something else.
    let own_verb = claim_spans
        .iter()
        .filter(|span| span.start > first)
        .flat_map(|span| words_of(quote.get(span.clone()).unwrap_or("")))
        .any(|word| {
            crate::text::grammar::is_past_participle(&word)
                || (word.len() >= 4 && word.ends_with("ed"))
        });
    if let Some(cue) = cue_in(&near, plan_word).or_else(|| desire_in(&near, own_verb)) {
        if !reported_intention(&near, cue, attribution) {
            return framed(SpeechAct::Plan, Certainty::Underspecified, cue);
        }
        reported_plan = Some(cue.to_string());
    }
    if let Some(cue) = cue_in(&near, |word| DISTANCING.contains(&word)) {
        return framed(SpeechAct::Distancing, Certainty::Underspecified, cue);
    }
    // A denial by doubt ("Kyiv doubted that the drones were Ukrainian")
    // stays a denial.
    if stance.stance != Stance::Deny {
        if let Some(cue) = doubt(&clause, quote.get(last_end..).unwrap_or("")) {
            return framed(SpeechAct::Distancing, Certainty::Underspecified, cue);
        }
    }
    // A claim only named by a noun of claiming, after a doubt of it was
    // looked for ("questioned claims that …" is the doubter's distance).
    if stance.stance != Stance::Deny {
        if let Some((act, cue)) = named_claim(&words, attribution.is_some()) {
            let certainty = match act {
                SpeechAct::Speculation => Certainty::Possible,
                _ => Certainty::Underspecified,
            };
            return framed(act, certainty, cue);
        }
    }
    if doubt_withholds {
        if let Some(cue) = modifier(quote, claim_spans, DOUBTING_MODIFIERS) {
            return framed(SpeechAct::Distancing, Certainty::Underspecified, cue);
        }
    }
    // "could not rule out foreign attacks", "no official confirmation
    // that": the stance's cancelled negation of a ruling out or of a
    // confirmation leaves the claim a possibility.
    // A denial taken back by a later admission ("ruled out arson but later
    // admitted …") is no cancelled negation: its cue holds no negation.
    if let Some(cue) = stance.cue.as_deref().filter(|cue| {
        let cue = cue.to_lowercase();
        let negated = cue
            .split(|ch: char| !(ch.is_alphanumeric() || ch == '\'' || ch == '’'))
            .any(|word| {
                ["no", "not", "never", "cannot"].contains(&word)
                    || word.ends_with("n't")
                    || word.ends_with("n’t")
            });
        stance.stance == Stance::Affirm
            && negated
            && (cue.contains("rule out")
                || cue.contains("ruled out")
                || cue.contains("ruling out")
                || cue.contains("exclud")
                || cue.contains("confirmation")
                || cue
                    .rsplit(|ch: char| !ch.is_alphanumeric())
                    .find(|word| !word.is_empty())
                    .is_some_and(|last| crate::provenance::stance::UNCLAIMED.contains(&last)))
    }) {
        return framed(SpeechAct::Speculation, Certainty::Possible, cue);
    }
    if let Some(cue) = modifier(quote, claim_spans, SPECULATIVE_MODIFIERS)
        .filter(|cue| !hedged_denied(quote, stance, &cue.to_lowercase()))
    {
        return framed(SpeechAct::Speculation, Certainty::Possible, cue);
    }
    let hedge_cue = hedge
        .map(|hedge| hedge.cue.as_str().to_lowercase())
        .filter(|_| !counterfactual(quote, hedge))
        .filter(|cue| !impossible(quote, stance, cue))
        .filter(|cue| !hedged_denied(quote, stance, cue));
    if let Some(cue) = hedge_cue.as_deref().filter(|cue| SPECULATIVE.contains(cue)) {
        return framed(SpeechAct::Speculation, Certainty::Possible, cue);
    }
    // A reported "will" or "would" about the claim's own event ("officials
    // said the plant would reopen", "the court said it will seek to
    // ensure …") is the speaker's commitment: a probable report or denial,
    // a side (FactBank's PR+/PR-). Only the outlet's own "will" predicts,
    // and a future someone expects, fears, promises or threatens stays
    // what that verb makes it.
    let committed = |cue: &str| {
        let act = if stance.stance == Stance::Deny {
            SpeechAct::Denial
        } else {
            SpeechAct::Report
        };
        framed(act, Certainty::Probable, cue)
    };
    // Only the verb that governs the claim's clause frames its future:
    // the words of its own stretch and those between its phrases, not a
    // word after the claim ("…, warning that delays could continue") nor
    // one in an apposition or relative clause on the speaker ("Police,
    // who were warned about the rally, said …").
    let framing_words: Vec<&str> = clause
        .iter()
        .copied()
        .chain(
            between
                .iter()
                .take(between.len().saturating_sub(1))
                .map(Lower::as_str),
        )
        .collect();
    let speaker_head = attribution
        .and_then(|said| said.speaker.split_whitespace().next_back())
        .map(str::to_lowercase);
    let caused = caused(&framing_words, &between, speaker_head.as_deref());
    // What a commitment would be, unless a condition under the claim's
    // clause makes it conditional or an open question word holds it.
    let commitment = |cue: &str| {
        if let Some(condition) = condition_under(quote, clauses, first, last_end) {
            return framed(SpeechAct::Conditional, Certainty::Underspecified, condition);
        }
        match open_wh(&clause) {
            Some((true, verb)) => framed(SpeechAct::Question, Certainty::Underspecified, verb),
            Some((false, _)) => framed(SpeechAct::Prediction, Certainty::Underspecified, cue),
            None => committed(cue),
        }
    };
    if let Some(cue) = planned_inquiry(&clause, &inside) {
        return framed(SpeechAct::Plan, Certainty::Underspecified, cue);
    }
    if prediction(&clause) {
        return match future_frame(&framing_words, &words) {
            Some(SpeechAct::Plan) => framed(SpeechAct::Plan, Certainty::Underspecified, "will"),
            None if attribution.is_some_and(|said| !promise(said)) && !caused => commitment("will"),
            _ => framed(SpeechAct::Prediction, Certainty::Underspecified, "will"),
        };
    }
    let reported = attribution.is_some_and(|said| !promise(said));
    if let Some(act) = reported_future(&clause, &between, &framing_words, &words, reported) {
        return match act {
            SpeechAct::Speculation => framed(act, Certainty::Possible, "would"),
            SpeechAct::Report if caused => {
                framed(SpeechAct::Prediction, Certainty::Underspecified, "would")
            }
            SpeechAct::Report => commitment("would"),
            _ => framed(act, Certainty::Underspecified, "would"),
        };
    }
    let act = if stance.stance == Stance::Deny {
        SpeechAct::Denial
    } else if attribution.is_some() {
        SpeechAct::Report
    } else {
        SpeechAct::Assertion
    };
    // "unlikely to", "ostensibly", "so-called": a probable negative.
    let doubted =
        stance.cue.as_deref().map(str::to_lowercase).filter(|cue| {
            stance.stance == Stance::Deny && PROBABLE_NEGATIVES.contains(&cue.as_str())
        });
    // "the blast, widely attributed to a gas leak,": what many hold,
    // credited to no one, is probable.
    let widely = widely_held(&cue_words)
        .filter(|_| !widely_aside_only(quote, claim_spans))
        .map(str::to_string);
    match doubted.or(hedge_cue).or(reported_plan).or(widely) {
        Some(cue) => Factuality {
            act,
            certainty: Certainty::Probable,
            cue: Some(cue.into()),
        },
        None => Factuality {
            act,
            certainty: Certainty::Certain,
            cue: None,
        },
    }
}

/// Whether the hedge `cue` stands only inside what a word of denial
/// denies: "denied reports that the blast may have been linked to missile
/// fuel" denies the report, hedge and all, with certainty; the "may" is
/// the report's, not the denier's. The denial's cue stands before the
/// hedge's first whole word, and no hedge word before it ("officials may
/// deny …" stays hedged).
fn hedged_denied(quote: &str, stance: &StanceReading, cue: &str) -> bool {
    if stance.stance != Stance::Deny || stance.class != Some(DenialClass::Antonymy) {
        return false;
    }
    let Some(denial) = stance.cue.as_deref().map(str::to_lowercase) else {
        return false;
    };
    let lower = quote.to_lowercase();
    let Some(denial_at) = lower.find(&denial) else {
        return false;
    };
    let hedge_at = lower
        .match_indices(cue)
        .map(|(at, _)| at)
        .find(|at| crate::provenance::cues::is_whole_word(&lower, *at, at + cue.len()));
    hedge_at.is_some_and(|at| at > denial_at + denial.len())
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
    let lower = quote.to_ascii_lowercase();
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

/// Whether the speculative hedge `cue` is the modal of the stance's own
/// negation, "could not" (with "have" or "be" after it): a
/// negated possibility says the claim is not so, as "couldn't" does
/// (FactBank's CT-), so it is a denial, not a speculation: "our munition
/// could not have ignited a fire of this size", "the drones could not be
/// intercepted". "may not" and "might not" leave it possible, and a
/// negated verb of knowing or telling ("could not confirm", "could not
/// say") denies nothing of the claim.
fn impossible(quote: &str, stance: &StanceReading, cue: &str) -> bool {
    if stance.stance != Stance::Deny || cue != "could" {
        return false;
    }
    // The cue may open on an adverb before the modal: "alone could not".
    let negation = stance.cue.as_deref().map(str::to_lowercase);
    if !negation.is_some_and(|negation| negation.ends_with("could not")) {
        return false;
    }
    // Every "could not" of the sentence: one whose verb knows or tells
    // ("could not confirm …, but said it could not have …") may be the
    // stance's own.
    let lower = quote.to_lowercase();
    lower.match_indices("could not").all(|(at, found)| {
        lower[at + found.len()..]
            .split(|ch: char| !ch.is_alphanumeric())
            .filter(|word| !word.is_empty())
            .find(|word| !MODAL_FILLERS.contains(word))
            .is_some_and(|verb| !UNKNOWING.iter().any(|stem| verb.starts_with(stem)))
    })
}

/// Words between a negated modal and its verb.
const MODAL_FILLERS: &[&str] = &["have", "be", "been", "yet", "immediately", "independently"];

/// Stems of verbs whose negated "could" leaves the claim unknown, not
/// denied: "could not confirm", "could not say", "could not be verified";
/// and of a mind that cannot hold it or wait for it ("could not be sure
/// the shells started the fire", "could not believe", "could not wait").
const UNKNOWING: &[&str] = &[
    "sure",
    "certain",
    "believ",
    "imagin",
    "understand",
    "wait",
    "help",
    "confirm",
    "verif",
    "say",
    "said",
    "tell",
    "told",
    "know",
    "determin",
    "establish",
    "identif",
    "explain",
    "find",
    "found",
    "rule",
    "ruled",
    "exclud",
    "comment",
    "see",
    "seen",
    "assess",
    "ascertain",
    "corroborat",
    "specif",
    "disclos",
    "provid",
    "giv",
    "recall",
    "remember",
];

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

/// Subjects that point at a time or place of the story rather than name
/// what is defined: "that is when", "this is where", "here is where".
const DEICTIC_SUBJECTS: &[&str] = &["this", "that", "it", "here", "there", "which", "now"];

/// Hedges that make a claim a possibility, not a probability; an estimate
/// added after one shares it (`estimate_in_hedge`).
const SPECULATIVE: &[&str] = &[
    "could", "may", "might", "possibly", "perhaps", "maybe", "rumoured", "rumored",
];

/// Denial cues that deny as probably, not certainly, so.
const PROBABLE_NEGATIVES: &[&str] = &["unlikely", "ostensibly", "so-called"];

/// Whether the claim's clause words (`clause`, before the claim) predict it:
/// "will" or "'ll" at most `PREDICTION_WORDS` words before the claim, not
/// followed by a negation ("will encourage the Kremlin to provide"; "will
/// not send" is a denial, kept as one), with no preposition between: the
/// claim in "will face murder charges for the deaths of 298 people" or
/// "there will be a meeting for relatives of the 193 who died" is taken as
/// given, not predicted.
fn prediction(clause: &[&str]) -> bool {
    let start = clause.len().saturating_sub(PREDICTION_WORDS + 1);
    clause.iter().enumerate().skip(start).any(|(idx, word)| {
        let rest = &clause[idx + 1..];
        // "there will be a meeting for …" takes its object as given; "will
        // be held", "will be at half-mast" predict their own predicate.
        let existential = idx.checked_sub(1).and_then(|at| clause.get(at)) == Some(&"there");
        matches!(*word, "will" | "ll")
            && !rest.first().is_some_and(|next| {
                ["not", "no", "never", "n't"].contains(next)
                    || (LIGHT_VERBS.contains(next) && (*next != "be" || existential))
            })
            && !rest.iter().any(|word| PREPOSITIONS.contains(word))
    })
}

/// Verbs after "will" whose object carries a claim taken as given ("will
/// face murder charges", "there will be a meeting for relatives of the 193").
const LIGHT_VERBS: &[&str] = &["be", "face", "have", "hold", "see", "mark", "include"];

/// How many words before the claim a predicting "will" may stand.
const PREDICTION_WORDS: usize = 4;

/// Prepositions that put the claim outside the predicted predicate.
const PREPOSITIONS: &[&str] = &[
    "for", "of", "over", "about", "into", "after", "amid", "despite", "from", "in", "on", "at",
    "with", "since", "by",
];

/// "police said they would continue to investigate", "promising that those
/// affected would be compensated", "worried that the attack would lead to
/// …": a "would" of the future as seen from a past saying, promise or fear
/// (the complement of "said", "promised", "feared"), in the claim's clause
/// (`clause`, at most `PREDICTION_WORDS` words before the claim) or between
/// its phrases (`between`, a claim written from its subject). What someone
/// said would happen is the speaker's commitment, a report (the bank's
/// convention 4); what someone promised, threatened or warned would happen
/// is a plan; what someone feared or thought would happen, a speculation. Not "would have" (a
/// counterfactual, or a report of a deed: "claims that Ukraine would have
/// tried"), not a negated "would" ("would never shoot" rebuts), and only
/// where a frame stands before it: a `reported` claim, or a word of
/// promising or fearing among `words` (the sentence before the claim).
fn reported_future(
    clause: &[&str],
    between: &[Lower<'_>],
    framing: &[&str],
    words: &[&str],
    reported: bool,
) -> Option<SpeechAct> {
    let start = clause.len().saturating_sub(PREDICTION_WORDS + 1);
    // "The Ukrainian leadership was well aware that … the servicemen would
    // be transported": a "would" inside what the claim's own verb of
    // knowing takes is that clause's future, not the claim's. A verb of
    // saying's "would" is the claim's own ("The army said that it would
    // open the dam" is a plan, as without "that").
    let complement = between.iter().enumerate().position(|(idx, word)| {
        word == "that"
            && idx
                .checked_sub(1)
                .and_then(|before| between.get(before))
                .is_some_and(|before| KNOWING.contains(&before.as_str()))
    });
    let between = &between[..complement.unwrap_or(between.len())];
    let candidates: Vec<&str> = clause[start..]
        .iter()
        .copied()
        .chain(between.iter().map(Lower::as_str))
        .collect();
    let found = candidates.iter().enumerate().any(|(idx, word)| {
        let next = candidates.get(idx + 1).copied().unwrap_or("");
        *word == "would" && !["have", "not", "no", "never", "n't"].contains(&next)
    });
    if !found {
        return None;
    }
    match future_frame(framing, words) {
        Some(SpeechAct::Speculation) => Some(SpeechAct::Speculation),
        Some(_) => Some(SpeechAct::Plan),
        None => reported.then_some(SpeechAct::Report),
    }
}

/// Verbs of causing or letting: a claim in what a predicted cause "will
/// encourage", "will allow" or "will force" someone to do is the effect
/// of a forecast, not anyone's commitment.
const CAUSATIVES: &[&str] = &[
    "encourage",
    "allow",
    "enable",
    "force",
    "lead",
    "push",
    "prompt",
    "cause",
    "let",
];

/// A speaker whose cue is a promise or threat ("…, Putin assured").
fn promise(said: &Attribution) -> bool {
    promising(&said.cue.to_lowercase())
}

/// The verb that frames a future: the last verb of fearing, expecting,
/// promising, threatening, knowing or saying among `framing` (the words of
/// the claim's own stretch before it and those between its phrases, in
/// order), the one that governs the claim's clause. A fear or expectation
/// ("worried that", "anticipate that") makes a speculation; a promise,
/// threat, warning or knowledge ("promising that", "threatened that",
/// "warned that", "was aware that") a plan; a plain verb of saying ("said
/// they would", even after "…, who had expected a quick deal, said") none.
fn future_frame(framing: &[&str], words: &[&str]) -> Option<SpeechAct> {
    let governing = |word: &&str| {
        if FEARS.contains(word) || HOPES.contains(word) {
            Some(Some(SpeechAct::Speculation))
        } else if promising(word) || KNOWING.contains(word) {
            // "was well aware that … would be transported": the future of
            // what was known, as it was planned.
            Some(Some(SpeechAct::Plan))
        } else {
            (crate::text::saying::is(word, crate::text::saying::CUE)
                && !NAMING_NOUNS.contains(word))
            .then_some(None)
        }
    };
    // A stretch with no verb of its own ("was well aware that, in
    // accordance with established practice, the servicemen would …") is
    // governed across the adjunct's comma: the last verb of fearing,
    // promising or knowing before it (a participle of saying there,
    // "established practice", governs nothing).
    framing.iter().rev().find_map(governing).or_else(|| {
        words
            .iter()
            .rev()
            .take(CUE_WORDS * 2)
            .find_map(|word| governing(word).filter(Option::is_some))
    })?
}

/// Whether a causative verb ("will allow", "would force") in the claim's
/// clause makes the claim the effect of a forecast: only when its subject,
/// the word before the modal, is an event's noun phrase ("a long drought
/// will force the farmers to sell"), not a pronoun or the speaker ("the
/// ministry said it will allow journalists in" is its commitment).
/// `framing` is the claim's stretch and `between` its phrases with one
/// word after.
fn caused(framing: &[&str], between: &[Lower<'_>], speaker_head: Option<&str>) -> bool {
    let words: Vec<&str> = framing
        .iter()
        .copied()
        .chain(between.iter().map(Lower::as_str))
        .collect();
    words.iter().enumerate().any(|(idx, word)| {
        if !CAUSATIVES.contains(word) {
            return false;
        }
        let modal = (idx.saturating_sub(2)..idx)
            .rev()
            .find(|at| matches!(words[*at], "will" | "would" | "ll"));
        let Some(subject) = modal.and_then(|at| at.checked_sub(1)).map(|at| words[at]) else {
            return false;
        };
        !SUBJECT_PRONOUNS.contains(&subject)
            && !["that", "and", "said", "says"].contains(&subject)
            && Some(subject) != speaker_head
    })
}

/// Pronouns that, as the subject of a reported future, stand for the
/// speaker or a party (`caused`).
const SUBJECT_PRONOUNS: &[&str] = &["it", "they", "he", "she", "we", "i", "you", "who"];

/// The opener of a condition under the claim's own clause ("would flood
/// if the dam broke", "said that unless the rebels surrender, it will
/// shell the town"): a subordinate clause opened by "if", "unless" or
/// "once" whose parent is the claim's clause, or such a word (or "only
/// when") after the claim in its own stretch, up to the next comma or
/// mark. Not "even if" or "as if".
fn condition_under(
    quote: &str,
    clauses: &Clauses,
    first: usize,
    last_end: usize,
) -> Option<&'static str> {
    const OPENERS: &[&str] = &["if", "unless", "once"];
    let own = clauses.at(first);
    let child = clauses.clauses.iter().find_map(|found| {
        if found.kind != ClauseKind::Subordinate || found.parent != Some(own) {
            return None;
        }
        let opener = OPENERS.iter().find(|opener| found.opener == **opener)?;
        // Only the word before the clause is read ("even if", "as if"), so
        // a sentence of many clauses costs no more than its length.
        let start = found.spans.first()?.start;
        let head = quote.get(..start).unwrap_or("").trim_end();
        let before = head
            .rsplit(|ch: char| !ch.is_alphanumeric())
            .next()
            .unwrap_or("");
        (!(before.eq_ignore_ascii_case("even") || before.eq_ignore_ascii_case("as")))
            .then_some(*opener)
    });
    if child.is_some() {
        return child;
    }
    let tail = quote.get(last_end..).unwrap_or("");
    let tail = tail
        .split([',', ';', ':', '.', '!', '?'])
        .next()
        .unwrap_or("");
    let tail = words_of(tail);
    tail.iter().enumerate().find_map(|(idx, word)| {
        let prev = idx.checked_sub(1).map(|at| tail[at].as_str());
        let next = tail.get(idx + 1).map(Lower::as_str);
        match word.as_str() {
            "if" | "unless" if !matches!(prev, Some("even" | "as")) => {
                OPENERS.iter().find(|opener| word == *opener).copied()
            }
            "once" if !matches!(next, None | Some("again" | "more" | "before")) => Some("once"),
            "when" if prev == Some("only") => Some("when"),
            _ => None,
        }
    })
}

/// A future inside a clause opened by a question word right after a verb
/// of knowing, telling or saying ("no one can tell how the blackout will
/// affect …", "did not say when the talks would resume", "explained how
/// the pumps will protect …"), with no other verb of saying after the
/// question word: no commitment to it. Whether the verb is negated (an open
/// question) and the verb. `clause` is the claim's stretch before it.
fn open_wh<'a>(clause: &[&'a str]) -> Option<(bool, &'a str)> {
    let wh = clause
        .iter()
        .rposition(|word| QUESTION_WORDS.contains(word) || *word == "when")?;
    let verb = *clause.get(wh.checked_sub(1)?)?;
    let knowing = KNOWING.contains(&verb)
        || crate::text::saying::is(verb, crate::text::saying::CUE)
        || [
            "tell",
            "explain",
            "explained",
            "unclear",
            "sure",
            "certain",
            "clear",
        ]
        .contains(&verb);
    let answered = clause[wh + 1..]
        .iter()
        .any(|word| crate::text::saying::is(word, crate::text::saying::CUE));
    if !knowing || answered {
        return None;
    }
    let negated = clause[..wh - 1].iter().rev().take(4).any(|word| {
        ["no", "not", "never", "nobody", "cannot", "unclear"].contains(word)
            || word.ends_with("n't")
    }) || verb == "unclear";
    Some((negated, verb))
}

/// Verbs and adjectives of knowing, whose "that" clause is what is known;
/// not verbs of telling ("told", "warned"), whose clause is what was said.
const KNOWING: &[&str] = &[
    "aware",
    "knew",
    "know",
    "knows",
    "known",
    "realised",
    "realized",
    "understood",
];

/// Verbs and adjectives of fearing or supposing whose "that" clause holds a
/// future seen from the past: "worried that the attack would lead to …"
/// (a verb of hoping, `HOPES`, "hoped that", does as well).
const FEARS: &[&str] = &[
    "feared",
    "fears",
    "fear",
    "worried",
    "worries",
    "afraid",
    "concerned",
    "thought",
    "expected",
    "anticipate",
    "anticipates",
    "expect",
    "expects",
    "predicted",
    "predicts",
];

/// Words of pledging: their "that" clause holds a pledge ("promised that
/// every family would be rehoused"), their "to" a plan ("vowed to").
const PLEDGES: &[&str] = &[
    "promised",
    "promising",
    "promises",
    "pledged",
    "pledging",
    "pledges",
    "vowed",
    "vowing",
    "vows",
    "assured",
    "assuring",
    "undertook",
];

/// Words of threatening, whose "that" clause holds a threat.
const THREATS: &[&str] = &["threatened", "threatening", "threatens"];

/// Words of warning: "warned that it would open the dam" (a threat's
/// future, `promising`), "warned … against" (a warning, `warning`).
const WARNINGS: &[&str] = &["warned", "warns", "warn", "warning"];

/// Words of urging or cautioning: "urged … not to" (a warning).
const URGINGS: &[&str] = &["urged", "urges", "urge", "cautioned"];

/// Whether `word` pledges, threatens or warns: what its "that" clause says
/// will happen is a plan, not a commitment reported.
fn promising(word: &str) -> bool {
    PLEDGES.contains(&word) || THREATS.contains(&word) || WARNINGS.contains(&word)
}

/// Participles of attributing or holding that "widely" makes common
/// belief ("widely attributed to", "widely blamed on", "widely seen as").
const HELD: &[&str] = &[
    "attributed",
    "blamed",
    "believed",
    "thought",
    "seen",
    "considered",
    "regarded",
    "assumed",
    "suspected",
    "linked",
];

/// "widely" before a participle of attributing or holding among `words`
/// (the claim's clause and the words between its phrases): "the blast,
/// widely attributed to a gas leak," credits the cause to no one in
/// particular, a probable assertion (FactBank PR+ of an unnamed source).
fn widely_held<'a>(words: &[&'a str]) -> Option<&'a str> {
    words.windows(2).find_map(|pair| {
        let [widely, held] = pair else {
            return None;
        };
        (*widely == "widely" && HELD.contains(held)).then_some(*widely)
    })
}

/// Whether every "widely" + `HELD` participle of `quote` opens an aside
/// set off by a comma, dash or bracket that holds none of the claim's
/// phrases: "The strike, widely seen as a warning, hit a power plant" holds
/// the view "a warning" widely, while the main clause ("the strike hit a
/// power plant") stays the writer's own. An aside that holds a claim phrase
/// ("The fire, widely attributed to faulty wiring, gutted the market") or
/// a "widely" in the main clause ("was widely blamed on") makes it probable.
fn widely_aside_only(quote: &str, claim_spans: &[Range<usize>]) -> bool {
    let lower = quote.to_lowercase();
    let mut found = false;
    for (at, _) in lower.match_indices("widely ") {
        let rest = lower.get(at + "widely ".len()..).unwrap_or("");
        let held = rest
            .split(|ch: char| !ch.is_alphanumeric())
            .next()
            .is_some_and(|word| HELD.contains(&word));
        if !held {
            continue;
        }
        found = true;
        let set_off = lower
            .get(..at)
            .unwrap_or("")
            .trim_end()
            .ends_with([',', '—', '–', '(']);
        let end = rest
            .find([',', ';', '—', '–', ')', '.'])
            .map_or(lower.len(), |off| at + "widely ".len() + off);
        let holds_claim = claim_spans
            .iter()
            .any(|span| span.start < end && span.end > at);
        if !set_off || holds_claim {
            return false;
        }
    }
    found
}

/// The fear or hedge that an estimate added after a comma with "with some
/// estimating" shares: "Aid workers fear the number of missing could grow,
/// with some estimating 300 missing", "the flood may have reached the
/// town, with others putting the displaced at 4,000". The aside elaborates
/// what was feared or supposed and is no more certain than it; with no
/// fear or hedge before it, it is said. `before` is the text before the
/// claim, in its own case: "May" capitalised after the stretch's first
/// word, or before a number, is the month ("Fighting resumed in May, with
/// officials putting the toll at 300" is said), and a word of expecting
/// that is also a participle or a noun ("expected", "thought",
/// "concerned") hedges only with the "that" or "to" of what is expected
/// close after it, not after "than" or "as" ("higher than expected", "the
/// officials concerned", "the thought of").
fn estimate_in_hedge(before: &str) -> Option<&'static str> {
    let comma = before.rfind(',')?;
    let aside = words_of(before.get(comma + 1..)?);
    crate::text::estimate::estimate_verb(&aside)?;
    // The fear or hedge of the clause before, in its own sentence stretch.
    let head = before.get(..comma)?;
    let head = head.rsplit([';', ':', '.']).next().unwrap_or(head);
    let cased: Vec<&str> = head
        .split(|ch: char| !(ch.is_alphanumeric() || ch == '-' || ch == '\''))
        .filter(|word| !word.is_empty())
        .collect();
    let lower: Vec<String> = cased.iter().map(|word| word.to_lowercase()).collect();
    lower.iter().enumerate().find_map(|(idx, word)| {
        let hedge = FEARS
            .iter()
            .chain(SPECULATIVE)
            .find(|hedge| **hedge == word.as_str())
            .copied()?;
        let month = cased.get(idx).is_some_and(|cased| {
            *cased == "May"
                && (idx > 0
                    || lower
                        .get(idx + 1)
                        .is_some_and(|next| next.starts_with(|ch: char| ch.is_ascii_digit())))
        });
        let after = lower.get(idx + 1..).unwrap_or(&[]);
        let compared = idx
            .checked_sub(1)
            .and_then(|at| lower.get(at))
            .is_some_and(|prev| ["than", "as"].contains(&prev.as_str()));
        let expecting = !PARTICIPLE_FEARS.contains(&hedge)
            || (!compared
                && after
                    .iter()
                    .take(4)
                    .any(|next| ["that", "to"].contains(&next.as_str())));
        (!month && expecting).then_some(hedge)
    })
}

/// Words of `FEARS` that are also participles or nouns ("higher than
/// expected", "the officials concerned", "the thought of"): a fear only
/// with the "that" or "to" of what is feared after them.
const PARTICIPLE_FEARS: &[&str] = &["expected", "thought", "concerned"];

/// Whether `word` frames a plan with the "to" after it.
fn plan_word(word: &str) -> bool {
    PLANS.contains(&word) || PLEDGES.contains(&word) || AGREEMENTS.contains(&word)
}

/// Words of agreeing or committing: what they take with "to" ("the parties
/// agreed to cut the allowance", "reaffirmed their commitment to scaling
/// back perks") or "for" ("agreed for the perks to be revoked") is to be
/// done, a plan, even when the agreement is announced as made. A dated,
/// completed decision ("the allowance was cut on Monday") is no agreement.
const AGREEMENTS: &[&str] = &[
    "agreed",
    "agrees",
    "agree",
    "agreeing",
    "commitment",
    "commitments",
    "committed",
    "commits",
];

/// A claim named only as the content of a noun of claiming right before it
/// ("allegations that X", "its claims X"), which nobody in the sentence
/// states: with no proof of the claims yet ("is yet to produce evidence
/// proving its claims X", "without proof of the allegations that X") it is a
/// speculation; with no speaker at all ("includes allegations that some
/// staff took part", "in light of allegations Russia interfered") a report
/// that names no holder, so no side. `words` are the sentence's words before
/// the claim; a claim whose holder the sentence names ("Kiev's allegations
/// that …", `reported`) keeps its report. The act and the noun.
fn named_claim<'a>(words: &[&'a str], reported: bool) -> Option<(SpeechAct, &'a str)> {
    let n = words.len();
    let at = (n.saturating_sub(5)..n)
        .rev()
        .find(|idx| NAMING_NOUNS.contains(&words[*idx]))?;
    // Right before the claim, or its clause's subject between
    // ("allegations that some staff took part", "its claims the rebels …").
    let rest = &words[at + 1..];
    let subject = match rest {
        ["that", subject @ ..] => subject,
        subject => subject,
    };
    if subject.len() > 3 {
        return None;
    }
    let frame = &words[at.saturating_sub(CUE_WORDS)..at];
    let unproven = frame.iter().any(|word| PROOF_WORDS.contains(word))
        && frame
            .iter()
            .any(|word| ["yet", "no", "without", "failed", "lack", "lacks"].contains(word));
    if unproven {
        return Some((SpeechAct::Speculation, words[at]));
    }
    (!reported).then_some((SpeechAct::Report, words[at]))
}

/// Nouns of claiming whose "that" clause (or bare clause) names a claim.
const NAMING_NOUNS: &[&str] = &[
    "claims",
    "claim",
    "allegations",
    "allegation",
    "accusations",
    "assertions",
    "assertion",
];

/// Words of saying that are nouns as often as verbs: what a refusal
/// refuses to confirm ("declined to confirm or deny media reports that").
const SAYING_NOUNS: &[&str] = &["report", "reports", "claim", "claims"];

/// Words of proof whose lack leaves a claim unproven.
const PROOF_WORDS: &[&str] = &[
    "evidence",
    "proof",
    "proving",
    "prove",
    "proved",
    "substantiate",
    "substantiating",
];

/// "did not deny or confirm", "neither confirmed nor denied", "refusing to
/// confirm or deny": a speaker who leaves the claim open takes no side on
/// it; the first of the pair, when "or" or "nor" joins a word of confirming
/// and a word of denying (in either order) among the words before the claim;
/// failing that, a word of refusing before "to" or "from" and a word of
/// confirming, verifying or commenting ("declined to verify reports …").
fn left_open<'a>(words: &[&'a str]) -> Option<&'a str> {
    let confirming =
        |word: &str| ["confirm", "confirmed", "confirms", "confirming"].contains(&word);
    let denying = |word: &str| ["deny", "denied", "denies", "denying"].contains(&word);
    // "declined to confirm reports that …", "refrained from verifying":
    // one who will not say either way takes no side.
    let refusing = |word: &str| {
        [
            "declined",
            "declines",
            "declining",
            "refused",
            "refuses",
            "refusing",
            "refrained",
            "refrains",
            "refraining",
        ]
        .contains(&word)
    };
    let settling = |word: &str| {
        confirming(word) || ["verify", "verifying", "comment", "commenting"].contains(&word)
    };
    // "Officials who declined to comment said …": a verb of saying after
    // the refusal says the claim; a noun of saying ("confirm reports that",
    // "comment on the claims", "deny media reports that" after a modifier)
    // is what is refused: a word that is a noun of saying as well as a verb
    // ("reports", "claims") is a verb only after a pronoun ("it reports").
    let said_after = |from: usize| {
        words
            .get(from..)
            .unwrap_or(&[])
            .iter()
            .enumerate()
            .any(|(idx, word)| {
                let prev = idx
                    .checked_add(from)
                    .and_then(|at| at.checked_sub(1))
                    .and_then(|at| words.get(at))
                    .copied()
                    .unwrap_or("");
                let noun = SAYING_NOUNS.contains(word) && !grammar::is_personal_pronoun(prev);
                saying::is(word, saying::CUE)
                    && !(noun
                        || grammar::is_determiner(prev)
                        || grammar::is_definite(prev)
                        || grammar::is_preposition(prev)
                        || settling(prev)
                        || denying(prev))
            })
    };
    let paired = words.windows(3).enumerate().find_map(|(at, triple)| {
        let [first, joint, second] = triple else {
            return None;
        };
        let paired =
            (confirming(first) && denying(second)) || (denying(first) && confirming(second));
        (paired && ["or", "nor"].contains(joint) && !said_after(at + 3)).then_some(*first)
    });
    // "declined to confirm any role but reiterated claims that …": a
    // second verb joined after the refusal says the claim.
    let joined = |word: &&str| ["but", "yet", "and", "while", "though", "although"].contains(word);
    let own = words
        .iter()
        .rposition(joined)
        .map_or(words, |at| &words[at + 1..]);
    let own_from = words.len() - own.len();
    paired.or_else(|| {
        own.windows(3).enumerate().find_map(|(at, triple)| {
            let [first, joint, second] = triple else {
                return None;
            };
            (refusing(first)
                && ["to", "from"].contains(joint)
                && settling(second)
                && !said_after(own_from + at + 3))
            .then_some(*first)
        })
    })
}

/// Words (or the first word of a phrase, checked with its next) that frame a
/// plan; the words of pledging (`PLEDGES`, "vowed to", "pledged to") frame
/// one too (`plan_word`).
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
    "prepares",
    "preparing",
];

/// Words by which the writer keeps a distance from what follows.
const DISTANCING: &[&str] = &["purportedly", "supposedly", "portray"];

/// "If the speculation is correct, and it is Valieva who tested positive,
/// then the committee will lose its gold": a sentence that opens with "if"
/// or "unless" and names its consequence after ", then" is a condition
/// whole: every clause before "then" (a second condition joined by "and"
/// included) and what follows from them. The cue, for a claim starting at
/// `first` after the opening "if".
fn condition_then(quote: &str, first: usize) -> Option<&'static str> {
    let lower = quote.to_ascii_lowercase();
    let head = lower.trim_start_matches(|ch: char| !ch.is_alphanumeric());
    let cue = ["if", "unless"].into_iter().find(|cue| {
        head.strip_prefix(cue)
            .is_some_and(|rest| rest.starts_with(' '))
    })?;
    let opening = lower.len() - head.len() + cue.len();
    let then = lower.find(", then ")?;
    (first >= opening && then > opening).then_some(cue)
}

/// An elliptical condition opening the sentence ("If confirmed, the attack
/// would be the deadliest airstrike", "If true, …"): an "if" or "unless"
/// with at most two words and no subject before its comma conditions the
/// whole sentence.
fn elliptical_condition(quote: &str) -> Option<&'static str> {
    let head = quote.trim_start_matches(|ch: char| !ch.is_alphanumeric());
    let (opening, _) = head.split_once(',')?;
    let mut words = opening.split_whitespace();
    let cue = match words.next()?.to_ascii_lowercase().as_str() {
        "if" => "if",
        "unless" => "unless",
        _ => return None,
    };
    let rest: Vec<String> = words.map(str::to_ascii_lowercase).collect();
    let subject = rest.iter().any(|word| {
        [
            "it", "they", "he", "she", "we", "i", "you", "this", "that", "the", "a", "an",
        ]
        .contains(&word.as_str())
    });
    (!rest.is_empty() && rest.len() <= 2 && !subject).then_some(cue)
}

/// Adjectives by which the writer withholds the event they modify: "an
/// alleged Russian rocket attack" does not say that Russia attacked.
const DOUBTING_MODIFIERS: &[&str] = &["alleged", "purported", "supposed", "presumed", "suspected"];

/// Prepositions after which a doubting adjective opens the noun phrase of
/// the event: "evidence of alleged interference", "an investigation into
/// alleged removal" (not "about": "statements … about alleged Russian
/// missiles hitting" is what a denial answers).
const DOUBT_PREPOSITIONS: &[&str] = &["of", "into"];

/// Nouns of inquiring, whose "into" or "of" phrase names what is to be
/// found out ("an inquiry into the alleged use of force").
const INQUIRIES: &[&str] = &[
    "inquiry",
    "inquiries",
    "investigation",
    "investigations",
    "probe",
    "probes",
    "enquiry",
    "examination",
];

/// Adjectives that make the event they modify a possibility: "after the
/// possible impact of two stray rockets" does not say that they hit.
const SPECULATIVE_MODIFIERS: &[&str] = &["possible", "potential"];

/// The adjective of `cues` (`DOUBTING_MODIFIERS`, `SPECULATIVE_MODIFIERS`)
/// after an article or a possessive, opening a noun phrase that holds two
/// claim phrases or more, or the whole claim: the event itself ("an alleged
/// Russian rocket attack", a one-phrase claim in "the alleged incursion
/// comes at a moment of tension", "citing his potential mental illness"),
/// not one party to it ("an alleged Russian soldier claims that …"), nor a
/// verb ("he alleged that"). A possibility's phrase takes the "of" phrase after
/// its head ("the possible impact of two stray rockets") and must hold most
/// of the claim; a doubt's does not reach past "of" ("dismissed … reports
/// about the alleged fall of Russian missiles" still denies).
fn modifier(
    quote: &str,
    claim_spans: &[Range<usize>],
    cues: &[&'static str],
) -> Option<&'static str> {
    let lower = quote.to_ascii_lowercase();
    cues.iter().copied().find(|cue| {
        lower.match_indices(cue).any(|(at, _)| {
            let end = at + cue.len();
            let before: Vec<&str> = lower[..at].split_whitespace().rev().take(1).collect();
            // After an article, or (for a doubt) a preposition, the
            // adjective opens a noun phrase ("evidence of alleged Russian
            // interference"), never the verb "alleged".
            // A possibility also opens the object of a participle ("has
            // shown potential extremist motivation", "reported possible
            // gas leaks"), of a preposition ("an investigation into
            // possible fraud") or of a verb of checking ("to investigate
            // potential falsification", "police probe possible sabotage"),
            // which takes no article.
            let article = before.first().is_some_and(|word| {
                ["a", "an", "the", "this", "that"].contains(word)
                    || POSSESSIVES.contains(word)
                    || cues == DOUBTING_MODIFIERS && DOUBT_PREPOSITIONS.contains(word)
                    || cues == SPECULATIVE_MODIFIERS
                        && (crate::text::grammar::is_past_participle(word)
                            || crate::text::grammar::is_preposition(word)
                            || VERIFICATIONS.contains(word))
            });
            let bounded = lower[end..].starts_with(' ');
            if !(article && bounded) {
                return false;
            }
            // "an inquiry into the alleged use of force by police": what an
            // inquiry is called into is withheld whole, its "of" and "by"
            // phrases too.
            let inquired = cues == DOUBTING_MODIFIERS && {
                let back: Vec<&str> = lower[..at].split_whitespace().rev().take(3).collect();
                let skip = usize::from(
                    back.first()
                        .is_some_and(|word| ["a", "an", "the"].contains(word)),
                );
                back.get(skip)
                    .is_some_and(|word| DOUBT_PREPOSITIONS.contains(word))
                    && back
                        .get(skip + 1)
                        .is_some_and(|word| INQUIRIES.contains(word))
            };
            // The noun phrase: up to five words, to a preposition, relative
            // or mark, past one "of" right after its head.
            let mut np_end = end + 1;
            let mut of_taken = false;
            for (n_words, word) in lower[end + 1..].split_inclusive(' ').enumerate() {
                let bare = word.trim();
                let ends = NP_ENDS.contains(&bare.trim_end_matches([',', '.', ';', ':']));
                let speculative = cues == SPECULATIVE_MODIFIERS;
                if inquired && ["of", "by"].contains(&bare) && n_words > 0 && n_words < 5 {
                    of_taken = true;
                    np_end += word.len();
                    continue;
                }
                if bare == "of" && speculative && !of_taken && n_words > 0 && n_words < 5 {
                    of_taken = true;
                    np_end += word.len();
                    continue;
                }
                if n_words >= 5 + usize::from(of_taken) * 4 || bare.is_empty() || ends {
                    break;
                }
                np_end += word.len();
                if bare.ends_with([',', '.', ';', ':']) {
                    break;
                }
            }
            let n_held = claim_spans
                .iter()
                .filter(|span| end <= span.start && span.start < np_end)
                .count();
            // A possibility bears on the claim only where its phrase is
            // most of the claim: in "two people have died … after the
            // possible impact of two stray rockets" the deaths are no
            // possibility.
            let most = cues != SPECULATIVE_MODIFIERS || 2 * n_held > claim_spans.len();
            (n_held >= 2 || (n_held == 1 && claim_spans.len() == 1)) && most
        })
    })
}

/// Possessive determiners, which open a noun phrase as an article does
/// ("his potential mental illness", "their alleged incursion").
const POSSESSIVES: &[&str] = &["his", "her", "its", "their", "our", "my", "your"];

/// Words that end a noun phrase after a doubting adjective.
const NP_ENDS: &[&str] = &[
    "on", "in", "at", "from", "of", "by", "with", "to", "for", "that", "which", "who", "and",
    "was", "were", "is", "are", "has", "had", "claims", "said", "says",
];

/// The first of `cues` among `words`, when it is followed by "to" (plans) or stands alone.
fn cue_in<'a>(words: &[&'a str], is_cue: impl Fn(&str) -> bool) -> Option<&'a str> {
    words.iter().enumerate().find_map(|(idx, word)| {
        if !is_cue(word) {
            return None;
        }
        let plan = plan_word(word);
        let to_follows = words
            .get(idx + 1)
            .is_some_and(|next| *next == "to" || (*next == "for" && AGREEMENTS.contains(word)));
        (!plan || to_follows).then_some(*word)
    })
}

/// "NHTSA wants Tesla to provide …", "who wants Moldova to join the EU":
/// a verb of wanting with its "to" at most `DESIRE_REACH` words after it
/// (the one who is to act between them); the verb. What is wished is what
/// the verb after "to" does: not a claim after a word of saying past it
/// ("Residents who hope to return said the army opened the dam"), nor a
/// claim with a verb of its own (`own_verb`) after a verb after "to" that
/// is not the claim's ("seeking to identify the 14 people who died").
fn desire_in<'a>(words: &[&'a str], own_verb: bool) -> Option<&'a str> {
    words.iter().enumerate().find_map(|(idx, word)| {
        if !DESIRES.contains(word) && !HOPES.contains(word) {
            return None;
        }
        let to = words
            .iter()
            .enumerate()
            .skip(idx + 1)
            .take(DESIRE_REACH)
            .find(|(_, next)| **next == "to")?
            .0;
        let after = &words[to + 1..];
        let said = after
            .iter()
            .any(|next| crate::text::saying::is(next, crate::text::saying::CUE));
        let other_verb = own_verb && !after.is_empty();
        (!said && !other_verb).then_some(*word)
    })
}

/// Verbs of wanting: what they take ("wants Moldova to join the EU",
/// "hoped to reach a deal") is wished for, not done: a plan.
const DESIRES: &[&str] = &[
    "wants", "want", "wanted", "wanting", "seeks", "seek", "seeking",
];

/// Verbs of hoping: a wish with "to" ("hoped to reach a deal", `DESIRES`),
/// a hoped-for future with "that" ("hoped that the talks would", `FEARS`).
const HOPES: &[&str] = &["hopes", "hope", "hoped", "hoping"];

/// How many words after a verb of wanting its "to" may stand.
const DESIRE_REACH: usize = 4;

/// "Budanov said when asked what is currently known about the 65
/// prisoners …", "reporters asked who had fired", "it is still unclear what
/// sparked the blazes": a claim inside a question put to someone or left
/// open, and no word of saying after the question word to answer it. The
/// question word stands right after the verb of asking, its "about" or its
/// object pronoun ("asked him what", "asked about who"), after a noun
/// object unless `rest` (the words from the claim on) makes the asking a
/// request ("asked residents who fled the flood to stay away": a relative
/// clause), or after an adjective of what no
/// one knows ("unclear", "unknown") with a linking verb or "it" before it
/// ("it is unknown who"; "Unknown gunmen who stormed …" asks nothing). The
/// cue is the verb of asking or the adjective.
fn asked_wh<'a>(words: &[&'a str], rest: &[Lower<'_>]) -> Option<&'a str> {
    words.iter().enumerate().find_map(|(idx, word)| {
        let lower = word.to_lowercase();
        let adjective = UNKNOWN.contains(&lower.as_str());
        // "vowed to find out who caused the blast", "trying to establish
        // what happened": a search for the answer asks it; a verb of
        // finding in the past ("established what caused it") tells it.
        let found_out = lower == "out"
            && idx
                .checked_sub(1)
                .and_then(|prev| words.get(prev))
                .is_some_and(|prev| FINDING_OUT.contains(&prev.to_lowercase().as_str()));
        if !ASKING.contains(&lower.as_str())
            && !SEEKING.contains(&lower.as_str())
            && !found_out
            && !adjective
        {
            return None;
        }
        if adjective {
            let linked = words[..idx].iter().rev().take(3).any(|before| {
                let before = before.to_lowercase();
                before == "it" || LINKING.contains(&before.as_str())
            });
            if !linked {
                return None;
            }
        }
        let next = |at: usize| words.get(at).map(|next| next.to_lowercase());
        let is_wh =
            |at: usize| next(at).is_some_and(|next| QUESTION_WORDS.contains(&next.as_str()));
        let mut wh = idx + 1;
        if next(wh).is_some_and(|next| {
            next == "about" || (!adjective && OBJECT_PRONOUNS.contains(&next.as_str()))
        }) {
            wh += 1;
        }
        let seeking = found_out || SEEKING.contains(&lower.as_str());
        if !is_wh(wh) && seeking {
            // "to determine the people who died": a relative, no question.
            return None;
        }
        if !is_wh(wh) {
            // A noun object between: "asked the minister who had fired" asks,
            // "asked residents who fled the flood to stay away" requests, its
            // "who" a relative.
            let object = (wh + 1..=idx + 3)
                .find(|at| is_wh(*at))
                .filter(|_| !adjective);
            let requested = rest
                .windows(2)
                .any(|pair| pair[0] == "to" && !crate::text::grammar::is_determiner(&pair[1]));
            wh = object.filter(|_| !requested)?;
        }
        let answered = words
            .iter()
            .skip(wh + 1)
            .any(|next| crate::text::saying::is(&next.to_lowercase(), crate::text::saying::CUE));
        (!answered).then_some(*word)
    })
}

/// Verbs of asking.
#[rustfmt::skip]
const ASKING: &[&str] = &[
    "asked", "asking", "ask", "asks", "wondered", "wondering", "inquired", "enquired",
];

/// Verbs of finding out, before their "out": "find out who".
const FINDING_OUT: &[&str] = &["find", "finding", "figure", "figuring"];

/// Verbs of seeking an answer, not past: "to establish what happened".
#[rustfmt::skip]
const SEEKING: &[&str] = &[
    "establish", "establishing", "determine", "determining", "ascertain", "ascertaining",
];

/// Adjectives of what no one knows yet ("it is still unclear what sparked
/// the blazes").
const UNKNOWN: &[&str] = &["unclear", "unknown", "uncertain"];

/// Linking verbs that make an adjective of not knowing a predicate ("it is
/// unknown who", "the cause remains unclear").
#[rustfmt::skip]
const LINKING: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "being", "remains", "remain", "remained",
    "seems", "seemed", "became", "becomes",
];

/// Object pronouns that may stand between a verb of asking and its
/// question ("asked him what").
const OBJECT_PRONOUNS: &[&str] = &["him", "her", "them", "us", "me", "you"];

/// Words that open an embedded question.
const QUESTION_WORDS: &[&str] = &["what", "who", "whom", "how", "why", "where", "which"];

/// The lowercase words of `text`.
fn words_of(text: &str) -> Vec<Lower<'_>> {
    text.split(|ch: char| !(ch.is_alphanumeric() || ch == '-' || ch == '\''))
        .filter(|word| !word.is_empty())
        .map(Lower::of)
        .collect()
}

/// "his statement appeared to hint that …", "she implied that …": the
/// speaker suggests the claim without saying it; the cue word, when a
/// "that" (or "at") follows it among `words`.
fn insinuation<'a>(words: &[&'a str]) -> Option<&'a str> {
    words.iter().enumerate().find_map(|(idx, word)| {
        let next = words.get(idx + 1)?;
        // "Our preliminary analysis suggests that …": evidence that
        // suggests indicates; only a speaker's suggestion hints.
        let evidence = word.starts_with("suggest")
            && words[..idx]
                .iter()
                .rev()
                .find(|prev| !["also", "strongly", "further", "now"].contains(prev))
                .is_some_and(|prev| EVIDENCE.contains(prev));
        (INSINUATIONS.contains(word) && ["that", "at"].contains(next) && !evidence).then_some(*word)
    })
}

/// Nouns of evidence or its analysis: what they suggest, they indicate.
const EVIDENCE: &[&str] = &[
    "analysis",
    "analyses",
    "evidence",
    "findings",
    "data",
    "results",
    "assessment",
    "assessments",
    "investigation",
    "study",
    "studies",
    "images",
    "imagery",
    "footage",
    "photos",
    "photographs",
    "video",
    "videos",
    "intelligence",
    "tests",
    "report",
    "reports",
    "signs",
    "indications",
];

/// Verbs by which a speaker suggests what they do not say.
const INSINUATIONS: &[&str] = &[
    "hint",
    "hints",
    "hinted",
    "hinting",
    "insinuate",
    "insinuates",
    "insinuated",
    "implied",
    "implies",
    "imply",
    "suggest",
    "suggests",
    "suggested",
    "suggesting",
];

/// "suspicions grew that the Russian leader was behind …", "amid
/// speculation that …": a belief or rumour noun whose "that" clause holds
/// the claim, at most one verb between ("grew", "mounted"), with nobody
/// confirming it; the noun.
fn suspicion<'a>(words: &[&'a str]) -> Option<&'a str> {
    words.iter().enumerate().find_map(|(idx, word)| {
        if !is_suspicion(word) {
            return None;
        }
        // "that" opens the noun's content, a clause of its own subject,
        // not a relative clause whose subject the noun is ("the scenario
        // that unfolded when the dam broke", "a theory that was floated"):
        // then a verb comes straight after "that".
        let that_at = match words.get(idx + 1..) {
            Some(["that", ..]) => idx + 1,
            Some([_, "that", ..]) => idx + 2,
            _ => return None,
        };
        let that_follows = words.get(that_at + 1).is_none_or(|next| {
            !(crate::text::grammar::is_auxiliary(next)
                || crate::text::grammar::is_past_participle(next))
        });
        (that_follows && !backed(&words[..idx])).then_some(*word)
    })
}

/// "raised suspicions of sabotage", "alleged the possibility of a planned
/// conspiracy", "amid speculation of a cover-up": a belief or rumour noun
/// whose "of" phrase holds the claim (its first phrase at most
/// `OF_REACH` words after "of"), not one someone backs ("confirmed
/// suspicions of poisoning"), nor an account ("the official version of
/// events", "the scenario of the exercise"); the noun.
fn suspicion_of<'a>(words: &[&'a str]) -> Option<&'a str> {
    let n = words.len();
    let at = words.iter().rposition(|word| *word == "of")?;
    if n - at - 1 > OF_REACH {
        return None;
    }
    let noun = words.get(at.checked_sub(1)?)?;
    let account = ["version", "versions", "scenario"].contains(noun);
    let belief = is_suspicion(noun) || FEARS_OF.contains(noun);
    (belief && !account && !backed(&words[..at - 1])).then_some(*noun)
}

/// "A power cut at the rally has raised suspicions of foul play", "the
/// narrow venue of the rally led her to suspect foul play": a noun of
/// suspicion or rumour whose "of" phrase (`suspicion_of`), or a "to
/// suspect" (`suspecting`), stands right before a later phrase of the
/// claim, after a first one that only places it (a phrase from
/// `region_start` on, in the claim's sentence). A fear or a risk of it, a
/// charge ("arrested on suspicion of spying", "are suspected of
/// homicide") or someone's working belief ("they suspected poisoning") is
/// left to the readings of the words before the first phrase; the noun or
/// verb.
fn suspected_later(
    quote: &str,
    claim_spans: &[Range<usize>],
    region_start: usize,
) -> Option<&'static str> {
    let first = claim_spans.iter().map(|span| span.start).min()?;
    claim_spans
        .iter()
        .filter(|span| span.start > first && span.start > region_start)
        .find_map(|span| {
            // The words before the phrase, from the sentence's start, so the
            // word before a cue is read even before the region; the cue
            // itself must stand after the first phrase.
            let lowered = quote.get(..span.start)?.to_lowercase();
            let found: Vec<(usize, &str)> = crate::kinds::figure::words(&lowered).collect();
            let words: Vec<&str> = found.iter().map(|(_, word)| *word).collect();
            let at_of = |cue: &str| words.iter().rposition(|word| *word == cue);
            let placed = |at: usize| {
                found
                    .get(at)
                    .is_some_and(|(start, _)| *start > first && *start >= region_start)
            };
            let prev = |at: usize| at.checked_sub(1).and_then(|prev| words.get(prev)).copied();
            let noun = suspicion_of(&words)
                .filter(|noun| at_of(noun).is_some_and(|at| placed(at) && prev(at) != Some("on")));
            let verb = suspecting(&words)
                .filter(|verb| at_of(verb).is_some_and(|at| placed(at) && prev(at) == Some("to")));
            let cue = noun.or(verb)?;
            std::iter::once("suspect")
                .chain(SUSPECTED_NOUNS.iter().copied())
                .find(|known| *known == cue)
        })
}

/// Nouns of suspicion or rumour: what `suspected_later` gives beside "suspect"
/// (not an account, a possibility or a fear), and part of `is_suspicion`.
const SUSPECTED_NOUNS: &[&str] = &[
    "suspicion",
    "suspicions",
    "speculation",
    "speculations",
    "rumours",
    "rumors",
    "rumour",
    "rumor",
    "theory",
    "theories",
    "hypothesis",
    "hypotheses",
];

/// Nouns of fearing or of risk whose "of" phrase holds what is feared,
/// not what happened: "sparked fears of ethnically motivated violence",
/// "warning the risk of further atrocities is mounting".
const FEARS_OF: &[&str] = &["fears", "fear", "risk", "risks"];

/// Whether a belief noun after `before` (the words before it) is one
/// someone backs, and so no longer only a belief: a verb of backing among
/// the two words before the noun past its determiners and modifiers
/// ("confirmed suspicions that", "findings supporting the theory that",
/// "confirmed widespread suspicions of poisoning"), not a verb that only
/// sounds like one ("provoked suspicions", "backlash over the theory").
fn backed(before: &[&str]) -> bool {
    before
        .iter()
        .rev()
        .filter(|prev| !BELIEF_DETERMINERS.contains(prev))
        .take(2)
        .any(|prev| {
            BACKING.iter().any(|stem| {
                prev.strip_prefix(stem)
                    .is_some_and(|ending| BACKING_ENDINGS.contains(&ending))
            })
        })
}

/// Determiners before a belief noun, passed over by `backed`.
const BELIEF_DETERMINERS: &[&str] = &[
    "the", "a", "an", "their", "his", "her", "its", "our", "these", "those", "this", "that",
];

/// The endings a stem of `BACKING` takes as a verb ("confirm", "confirms",
/// "confirmed", "confirming"; "prov" + "ed", "en", "ing").
const BACKING_ENDINGS: &[&str] = &["", "e", "es", "s", "ed", "en", "ing", "d"];

/// How many words an "of" phrase of suspicion may hold before the claim.
const OF_REACH: usize = 3;

/// "raising questions about the attack's motive", "the driver remains under
/// investigation for failing to stop", "he was investigated over the
/// payments": the claim named as the topic of a question or as the deed
/// someone is investigated for is asked, not stated (the bank's
/// "investigation into"). A noun of asking and a preposition of topic, or
/// "under investigation" or a passive "investigated" or "probed" and "for"
/// or "over", in the claim's own stretch (after the last comma before it)
/// or between its phrases, with a claim phrase at most `OF_REACH` words
/// after the preposition. The noun or verb.
fn asked_about(quote: &str, claim_spans: &[Range<usize>]) -> Option<&'static str> {
    let first = claim_spans.iter().map(|span| span.start).min()?;
    let last_end = claim_spans.iter().map(|span| span.end).max()?;
    let from = quote
        .get(..first)?
        .rfind([',', ';', ':'])
        .map_or(0, |at| at + 1);
    let words: Vec<(usize, Lower<'_>)> = crate::kinds::figure::words(quote.get(from..last_end)?)
        .map(|(at, word)| (from + at, Lower::of(word)))
        .collect();
    let word = |idx: usize| words.get(idx).map_or("", |(_, word)| word.as_str());
    words.iter().enumerate().find_map(|(idx, (at, prep))| {
        let head = word(idx.checked_sub(1)?);
        let before = idx.checked_sub(2).map_or("", word);
        let asked = QUESTION_NOUNS
            .iter()
            .find(|noun| **noun == head && TOPIC_PREPOSITIONS.contains(&prep.as_str()));
        let suspected = || {
            let under = head == "investigation" && before == "under";
            let passive = crate::text::grammar::is_be(before);
            INVESTIGATED.iter().find(|verb| {
                **verb == head && (under || passive) && ["for", "over"].contains(&prep.as_str())
            })
        };
        let cue = asked.or_else(suspected)?;
        let reach_end = words
            .get(idx + 1 + OF_REACH)
            .map_or(last_end, |(end, _)| *end);
        claim_spans
            .iter()
            .any(|span| *at < span.start && span.start < reach_end)
            .then_some(*cue)
    })
}

/// Nouns of asking whose topic phrase names a claim: "questions about".
const QUESTION_NOUNS: &[&str] = &["question", "questions", "queries"];

/// Prepositions that open the topic of a question.
const TOPIC_PREPOSITIONS: &[&str] = &["about", "over", "surrounding", "regarding", "concerning"];

/// What someone is "under" or is passively put to for a suspected deed:
/// "under investigation for", "was investigated over", "is being probed for".
const INVESTIGATED: &[&str] = &[
    "investigation",
    "investigated",
    "probed",
    "scrutinised",
    "scrutinized",
];

/// "led the senator to suspect foul play", "they suspected arson", "he is
/// suspected of …", "officials suspect that …": a verb of suspecting whose
/// object or "that" clause is the claim (at most "that" or "of" and an
/// article between the verb and the claim); the verb. The verb is read only after "to", a
/// pronoun, an auxiliary or a copula, or before "that": otherwise the word
/// is as likely a noun or an adjective ("the 34 suspects detained", "killed
/// suspected militants").
fn suspecting<'a>(words: &[&'a str]) -> Option<&'a str> {
    let at = head_before_claim(
        words,
        &["suspect", "suspects", "suspected", "suspecting"],
        &["that", "of", "the", "a", "an"],
    )?;
    let verb = words.get(at + 1) == Some(&"that")
        || at
            .checked_sub(1)
            .and_then(|prev| words.get(prev))
            .is_some_and(|prev| {
                SUSPECTING_AFTER.contains(prev) || crate::text::grammar::is_auxiliary(prev)
            });
    verb.then(|| words[at])
}

/// Where a word of `heads` stands among the last three `words` before the
/// claim with only `fillers` ("that", an article) after it: the first such.
fn head_before_claim(words: &[&str], heads: &[&str], fillers: &[&str]) -> Option<usize> {
    let n = words.len();
    (n.saturating_sub(3)..n).find(|idx| {
        words.get(*idx).is_some_and(|word| heads.contains(word))
            && words[idx + 1..].iter().all(|rest| fillers.contains(rest))
    })
}

/// Words after which "suspect" is a verb.
const SUSPECTING_AFTER: &[&str] = &[
    "to",
    "i",
    "we",
    "they",
    "he",
    "she",
    "you",
    "who",
    "also",
    "still",
    "now",
    "strongly",
    "long",
    "initially",
    "first",
];

/// "it is possible that structural changes were made", "it is quite
/// possible the plane was hit": a copula and an adjective of possibility
/// ending the words before the claim (with "that" or not); the adjective.
fn possible_that<'a>(words: &[&'a str]) -> Option<&'a str> {
    let at = head_before_claim(words, POSSIBLE, &["that", "the", "a", "an", "its", "their"])?;
    let copula = words[at.saturating_sub(3)..at]
        .iter()
        .any(|word| ["is", "was", "be", "it's", "seems", "remains"].contains(word));
    let negated = words[at.saturating_sub(3)..at]
        .iter()
        .any(|word| ["not", "no", "never"].contains(word) || word.ends_with("n't"));
    (copula && !negated).then(|| words[at])
}

/// "At least 12 workers are feared dead", "twenty people are feared to
/// have died", "were feared trapped": a count or an event that is only
/// feared is not known, a possibility (the figure's value is still read);
/// the verb. The fear bears on a claim phrase at most `FEARED_WORDS` words
/// after it, not on one past a word that opens another event ("are
/// feared dead after the theatre was struck" fears the dead, not the
/// strike); not "the feared secret police" (no copula before it).
fn feared(quote: &str, claim_spans: &[Range<usize>]) -> Option<&'static str> {
    if !crate::text::holds_ascii_word(quote, "feared") {
        return None;
    }
    let tokens = crate::text::clause::tokens(quote);
    let words: Vec<_> = tokens.iter().filter(|token| token.word).collect();
    words.windows(2).enumerate().find_map(|(idx, pair)| {
        let [copula, verb] = pair else {
            return None;
        };
        if verb.lower != "feared" || !crate::text::grammar::is_be(&copula.lower) {
            return None;
        }
        let governed = words
            .iter()
            .skip(idx + 2)
            .take(FEARED_WORDS)
            .take_while(|word| !FEAR_ENDS.contains(&word.lower.as_str()))
            .any(|word| {
                claim_spans
                    .iter()
                    .any(|span| span.start <= word.span.start && word.span.end <= span.end)
            });
        governed.then_some("feared")
    })
}

/// How many words after "feared" its claim phrase may start.
const FEARED_WORDS: usize = 4;

/// Words that open another event after "feared".
const FEAR_ENDS: &[&str] = &[
    "after",
    "when",
    "as",
    "because",
    "since",
    "where",
    "while",
    "before",
    "following",
    "in",
    "at",
    "on",
];

/// Adjectives of possibility after a copula.
const POSSIBLE: &[&str] = &["possible", "conceivable", "plausible"];

/// "Israel suggests a secondary detonation as a potential cause of the
/// fire", "one possible explanation is the breakage of a cable": a cause
/// the words only hold possible, "possible" or "potential" before a noun of
/// cause ("cause", "explanation", "reason", …), with the claim's phrase
/// before "as" ("X as a possible cause of Y") or after its copula ("the
/// possible cause was X"); the adjective. A cause someone names as
/// found ("investigators found the cause was X") is no such phrase.
fn possible_cause(
    quote: &str,
    clauses: &Clauses,
    claim_spans: &[Range<usize>],
) -> Option<&'static str> {
    if !SPECULATIVE_MODIFIERS
        .iter()
        .any(|cue| crate::text::holds_ascii_word(quote, cue))
    {
        return None;
    }
    let lower = quote.to_ascii_lowercase();
    let tokens = crate::text::clause::tokens(quote);
    let words: Vec<(usize, usize, &str)> = tokens
        .iter()
        .filter(|token| token.word)
        .map(|token| (token.span.start, token.span.end, token.lower.as_str()))
        .collect();
    let first = claim_spans.iter().map(|span| span.start).min()?;
    words.iter().enumerate().find_map(|(idx, (_, _, word))| {
        let cue = SPECULATIVE_MODIFIERS.iter().find(|cue| *cue == word)?;
        let (_, noun_end, noun) = words.get(idx + 1)?;
        if !CAUSE_NOUNS.contains(noun) {
            return None;
        }
        // "X as (a) possible cause": the claim's first phrase before "as",
        // in the same stretch (no mark between) and clause ("the man killed
        // his neighbour and named jealousy as a possible motive" states the
        // killing).
        let as_at = words[..idx]
            .iter()
            .rev()
            .take(2)
            .find(|(_, _, prev)| *prev == "as")
            .filter(|_| {
                words
                    .get(idx.saturating_sub(1))
                    .is_some_and(|(_, _, prev)| ["as", "a", "the"].contains(prev))
            });
        let named_before = as_at.is_some_and(|(as_start, _, _)| {
            first < *as_start
                && !lower[first..*as_start].contains([',', ';', ':', '.'])
                && clauses.at(first) == clauses.at(*as_start)
        });
        // "the possible cause is X" (not "the possible culprit of the
        // blast", whose claim is the blast).
        let named_after = matches!(words.get(idx + 2), Some((_, _, "is" | "was")))
            && claim_spans.iter().any(|span| {
                *noun_end <= span.start
                    && lower
                        .get(*noun_end..span.start)
                        .is_some_and(|gap| gap.split_whitespace().count() <= 4)
            });
        (named_before || named_after).then_some(*cue)
    })
}

/// Nouns of a cause or explanation.
const CAUSE_NOUNS: &[&str] = &[
    "cause",
    "causes",
    "explanation",
    "explanations",
    "reason",
    "reasons",
    "culprit",
    "trigger",
    "source",
    "origin",
    "motive",
];

/// "Information began to circulate online that …", "a message circulated
/// on social media attributing the blackout to …": what circulates is
/// passed around, held by no one, and takes no side (a rumour's
/// distance). The verb must have no object of its own and no one named
/// by "by": "officials circulated a map showing …", "the army circulated
/// leaflets saying …" and "a message circulated by the ministry says …"
/// are someone's act. So the verb ends the words or a word of place, manner
/// or content follows it; the verb.
fn circulated<'a>(words: &[&'a str]) -> Option<&'a str> {
    words.iter().enumerate().find_map(|(idx, word)| {
        let verb = ["circulate", "circulates", "circulated", "circulating"].contains(word);
        let objectless = words
            .get(idx + 1)
            .is_none_or(|next| CIRCULATING_NEXT.contains(next));
        (verb && objectless).then_some(*word)
    })
}

/// Words after an intransitive "circulate": where, how or what.
const CIRCULATING_NEXT: &[&str] = &[
    "online", "on", "in", "among", "across", "through", "around", "via", "widely", "freely",
    "quickly", "rapidly", "that", "after", "since", "for", "over", "about",
];

/// Stems of verbs that back a belief.
const BACKING: &[&str] = &[
    "confirm",
    "support",
    "back",
    "bolster",
    "strengthen",
    "reinforc",
    "prov",
    "corroborat",
];

/// Whether `word` is a noun of an unconfirmed belief, or of what is only
/// possible ("the possibility that weapons stored nearby caught fire"): an
/// account or possibility (`ACCOUNT_NOUNS`) or a suspicion or rumour
/// (`SUSPECTED_NOUNS`).
fn is_suspicion(word: &str) -> bool {
    ACCOUNT_NOUNS.contains(&word) || SUSPECTED_NOUNS.contains(&word)
}

/// Accounts and possibilities among the nouns of `is_suspicion`.
const ACCOUNT_NOUNS: &[&str] = &[
    "version",
    "versions",
    "possibility",
    "possibilities",
    "prospect",
    "scenario",
];

/// "Most observers have long assumed Ukraine was behind the attack", "it
/// was widely presumed that …": a verb of assuming whose complement holds
/// the claim (at most one word, "that", between it and the end of the words
/// before the claim); the verb. An assumption is a belief nobody states as
/// fact, whoever holds it.
fn assumption<'a>(words: &[&'a str]) -> Option<&'a str> {
    let n = words.len();
    words
        .iter()
        .enumerate()
        .rev()
        .take_while(|(idx, _)| n - idx <= 3)
        .find_map(|(idx, word)| {
            let rest = &words[idx + 1..];
            let complement = rest.len() <= 2 && rest.iter().filter(|w| **w == "that").count() <= 1;
            (ASSUMPTIONS.contains(word) && complement).then_some(*word)
        })
}

/// "videos appearing to show militants dragging hostages", "the rebels seem
/// to have captured the city", "their presence appears nefarious": a verb of
/// seeming raised over the claim's predicate (its "to" after it, or the
/// claim right after it), which grades the claim as the evidence shows it.
/// Not "it appears that …", a frame of assessment that reports the claim
/// ("based on what we know, it appears that the rocket was fired from
/// Gaza"), nor a verb of seeming followed by anything else ("appeared in
/// court"). The verb, among the last words of the claim's own stretch
/// (`words`, before the claim), with a modal of possibility over it.
fn appearance<'a>(words: &[&'a str]) -> Option<Seeming<'a>> {
    let n = words.len();
    words.iter().enumerate().rev().find_map(|(idx, word)| {
        if !SEEMING.contains(word) {
            return None;
        }
        let governs = match words.get(idx + 1) {
            Some(next) => *next == "to" && n - idx <= SEEMING_REACH,
            // Right before the claim: "appears nefarious", not the
            // participle ("the appearing witness").
            None => !word.ends_with("ing"),
        };
        // "may appear to", "could seem": at most two words before the verb.
        let modal = words[idx.saturating_sub(2)..idx]
            .iter()
            .copied()
            .find(|word| SPECULATIVE.contains(word));
        governs.then_some(Seeming { verb: word, modal })
    })
}

/// A verb of seeming over the claim (`appearance`).
struct Seeming<'a> {
    verb: &'a str,
    /// A modal of possibility over the seeming ("may appear to have"),
    /// which keeps the claim a possibility.
    modal: Option<&'a str>,
}

/// Verbs of seeming: what they govern only looks so.
const SEEMING: &[&str] = &[
    "appear",
    "appears",
    "appeared",
    "appearing",
    "seem",
    "seems",
    "seemed",
    "seeming",
];

/// How many words before the claim a verb of seeming with its "to" or
/// "that" may stand ("appeared to be carried out", "appearing to show drone
/// footage of").
const SEEMING_REACH: usize = 6;

/// "The US is attempting to verify Russia's claims of Ukrainian
/// involvement", "police are investigating allegations that …": a verb of
/// checking whose object, at most three words on, is a report noun holding
/// the claim; the claim is what is being checked, asked, not stated. The
/// verb.
fn verification<'a>(words: &[&'a str]) -> Option<&'a str> {
    words.iter().enumerate().find_map(|(idx, word)| {
        let object = words.iter().skip(idx + 1).take(4);
        (VERIFICATIONS.contains(word) && object.clone().any(|next| REPORT_NOUNS.contains(next)))
            .then_some(*word)
    })
}

/// "voiced doubt about reports of a drone attack", "questioned claims that
/// …", "take the report of an attack with a grain of salt": a doubt whose
/// object holds the claim (a doubt word among the claim's clause words
/// before it, at most `CUE_WORDS` back, not "no doubt", "without doubt",
/// "beyond doubt"), or a
/// "… of salt" after it. The cue.
fn doubt<'a>(words: &[&'a str], after: &str) -> Option<&'a str> {
    let near = words.len().saturating_sub(CUE_WORDS);
    let found = words.iter().enumerate().skip(near).find_map(|(idx, word)| {
        // "no doubt", "beyond doubt", "no reason to doubt that …".
        let certain = words
            .get(idx.saturating_sub(3)..idx)
            .unwrap_or(&[])
            .iter()
            .any(|prev| ["no", "not", "without", "beyond", "little", "never"].contains(prev));
        (DOUBTS.contains(word) && !certain).then_some(*word)
    });
    if found.is_some() {
        return found;
    }
    let after = after.to_lowercase();
    ["grain of salt", "pinch of salt", "shaker of salt"]
        .iter()
        .any(|salt| after.contains(salt))
        .then_some("of salt")
}

/// Words of doubting what follows.
const DOUBTS: &[&str] = &[
    "doubt",
    "doubts",
    "doubted",
    "doubting",
    "questioned",
    "questioning",
    "skeptical",
    "sceptical",
    "skepticism",
    "scepticism",
];

/// Verbs of checking a report.
const VERIFICATIONS: &[&str] = &[
    "verify",
    "verifying",
    "investigate",
    "investigating",
    "investigates",
    "probe",
    "probing",
    "examine",
    "examining",
    "check",
    "checking",
    "assess",
    "assessing",
    "evaluate",
    "evaluating",
];

/// Nouns of a report or accusation whose content is the claim.
const REPORT_NOUNS: &[&str] = &[
    "claim",
    "claims",
    "report",
    "reports",
    "allegation",
    "allegations",
    "accusation",
    "accusations",
    "assertion",
    "assertions",
];

/// Verbs of assuming, guessing or speculating.
const ASSUMPTIONS: &[&str] = &[
    "assume",
    "assumes",
    "assumed",
    "assuming",
    "presume",
    "presumes",
    "presumed",
    "speculate",
    "speculates",
    "speculated",
    "guess",
    "guessed",
    "surmised",
];

/// "the FSB received orders to kill Prigozhin": an order to do something
/// is a directive, not the deed; the noun, when "to" follows it and it is
/// no "in order to" of purpose.
fn directive<'a>(words: &[&'a str]) -> Option<&'a str> {
    words.iter().enumerate().find_map(|(idx, word)| {
        let to_follows = words.get(idx + 1).is_some_and(|next| *next == "to");
        let purpose = idx
            .checked_sub(1)
            .and_then(|prev| words.get(prev))
            .is_some_and(|prev| *prev == "in");
        (DIRECTIVES.contains(word) && to_follows && !purpose).then_some(*word)
    })
}

/// Whether the claim at `claim_spans` in `quote` is only what a negated
/// verb of telling leaves untold: "the officers did not specify if they had
/// taken the president into custody", "he did not say whether the bridge
/// would be among the topics". Withholding the answer to a polar question
/// neither affirms nor denies it, so the sentence is no instance of the
/// claim. A check that failed ("could not confirm whether he died") is no
/// withholding: it stays a question, a mention.
pub(crate) fn untold(quote: &str, claim_spans: &[Range<usize>]) -> bool {
    let first = claim_spans.iter().map(|span| span.start).min().unwrap_or(0);
    let before = quote.get(..first).unwrap_or("").to_lowercase();
    // The claim's own stretch, after the last mark before it.
    let stretch = before
        .rsplit([',', ';', ':', '(', '—', '–'])
        .next()
        .unwrap_or("");
    let words: Vec<&str> = stretch
        .split(|ch: char| !(ch.is_alphanumeric() || ch == '\'' || ch == '’'))
        .filter(|word| !word.is_empty())
        .collect();
    let Some(at) = words
        .iter()
        .rposition(|word| ["if", "whether"].contains(word))
        .filter(|at| words.len() - at - 1 <= UNTOLD_REACH)
    else {
        return false;
    };
    // "did not reveal whether it paid and said [12 were hurt]": a clause
    // joined after the "if" or "whether" is told, not left open.
    if words
        .get(at + 1..)
        .unwrap_or_default()
        .iter()
        .any(|word| UNTOLD_STOPS.contains(word))
    {
        return false;
    }
    let Some(verb) = at.checked_sub(1) else {
        return false;
    };
    let negated = |idx: usize| {
        words.get(idx).is_some_and(|word| {
            ["not", "never"].contains(word) || word.ends_with("n't") || word.ends_with("n’t")
        })
    };
    // "did not immediately say whether": one adverb may stand between.
    let adverb = verb
        .checked_sub(1)
        .and_then(|idx| words.get(idx))
        .is_some_and(|word| word.len() > 4 && word.ends_with("ly"));
    TELLING.contains(&words[verb])
        && (verb.checked_sub(1).is_some_and(negated)
            || adverb && verb.checked_sub(2).is_some_and(negated))
}

/// Words that end an untold "if" or "whether" clause before the claim: a
/// joined clause or a time clause of its own.
const UNTOLD_STOPS: &[&str] = &[
    "and", "but", "when", "while", "after", "before", "then", "so",
];

/// How many words may stand between an untold "if" or "whether" and the
/// claim's first phrase.
const UNTOLD_REACH: usize = 6;

/// Verbs of telling whose negation leaves their "if" or "whether" untold
/// (not verbs of checking: "could not confirm whether" failed to settle it).
const TELLING: &[&str] = &[
    "say",
    "said",
    "specify",
    "specified",
    "indicate",
    "indicated",
    "disclose",
    "disclosed",
    "reveal",
    "revealed",
    "clarify",
    "clarified",
    "state",
    "stated",
    "mention",
    "mentioned",
    "tell",
    "told",
];

/// "authorities will investigate how it occurred", "investigators will
/// closely examine the records": a "will" before a verb of inquiry, at the
/// end of the claim's clause (`clause`) or opening the claim (`inside`), is
/// the inquirers' intention, a plan, whoever reports it.
fn planned_inquiry<'a>(clause: &[&'a str], inside: &[Lower<'_>]) -> Option<&'a str> {
    let tail = clause.len().saturating_sub(2);
    let words: Vec<&str> = clause[tail..]
        .iter()
        .copied()
        .chain(inside.iter().take(3).map(Lower::as_str))
        .collect();
    let at = words.iter().position(|word| *word == "will")?;
    let mut verb = at + 1;
    if words
        .get(verb)
        .is_some_and(|word| word.len() > 4 && word.ends_with("ly"))
    {
        verb += 1;
    }
    let inquiring = words.get(verb).is_some_and(|word| INQUIRING.contains(word));
    // The cue is a word of `clause` when the "will" stands there.
    let cue = clause[tail..].get(at).copied().unwrap_or("will");
    inquiring.then_some(cue)
}

/// Verbs of inquiry whose future is an intention of the inquirers.
const INQUIRING: &[&str] = &[
    "investigate",
    "examine",
    "probe",
    "inspect",
    "inquire",
    "review",
    "audit",
];

/// "Doe had been favoured to win", "is expected to reopen": a raising
/// predicate of expectation after a form of "be" and before "to" forecasts
/// the verb it governs, which no one yet states (a prediction, when no one
/// is credited with it).
/// Gives the cue and the word before the verb group, its subject's last
/// word.
fn expectation<'a>(words: &[&'a str]) -> Option<(&'a str, Option<&'a str>)> {
    words.windows(3).enumerate().find_map(|(at, window)| {
        let [be, word, to] = window else {
            return None;
        };
        if !(BE_FORMS.contains(be) && EXPECTATIONS.contains(word) && *to == "to") {
            return None;
        }
        // "was favoured to win but [12 fans were killed]": a clause joined
        // after the forecast verb is not forecast.
        if words
            .get(at + 3..)
            .unwrap_or_default()
            .iter()
            .any(|word| UNTOLD_STOPS.contains(word))
        {
            return None;
        }
        let subject = words[..at]
            .iter()
            .rev()
            .find(|word| !BE_FORMS.contains(word) && !["had", "has", "have"].contains(word))
            .copied();
        Some((*word, subject))
    })
}

/// Forms of "be" before a raising predicate of expectation.
const BE_FORMS: &[&str] = &["is", "are", "was", "were", "be", "been", "being"];

/// Participles of expectation whose infinitive is only forecast.
const EXPECTATIONS: &[&str] = &[
    "expected",
    "favoured",
    "favored",
    "tipped",
    "predicted",
    "projected",
    "forecast",
    "poised",
];

/// Nouns of a directive whose infinitive is the thing ordered.
const DIRECTIVES: &[&str] = &["orders", "order", "instructions", "instruction"];

/// Whether the plan `cue` among `words` (the words before the claim) is a
/// past intention of a third party: "planned"/"intended" or "was/were
/// planning", "had planned", whose planner (the word before the verb) is
/// neither a first or singular pronoun nor a word of the speaker's name.
fn reported_intention(words: &[&str], cue: &str, attribution: Option<&Attribution>) -> bool {
    let Some(at) = words.iter().rposition(|word| *word == cue) else {
        return false;
    };
    let mut subject_at = at;
    let past = match cue {
        "planned" | "intended" | "wanted" | "sought" | "hoped" => true,
        "planning" | "preparing" => {
            let aux = words[..at]
                .iter()
                .rev()
                .find(|word| !ADVERBS_IN_VERB_GROUP.contains(word));
            aux.is_some_and(|aux| ["was", "were"].contains(aux))
        }
        _ => false,
    };
    if !past {
        return false;
    }
    // Step back over the auxiliaries and adverbs of the verb group to the planner.
    while subject_at > 0 {
        let prev = words[subject_at - 1];
        if ADVERBS_IN_VERB_GROUP.contains(&prev) || ["was", "were", "had"].contains(&prev) {
            subject_at -= 1;
        } else {
            break;
        }
    }
    let Some(planner) = subject_at.checked_sub(1).map(|idx| words[idx]) else {
        return false;
    };
    if OWN_PLANNERS.contains(&planner) {
        return false;
    }
    let speaker = attribution.map(|found| found.speaker.to_lowercase());
    let speaks = speaker.as_deref().is_some_and(|speaker| {
        speaker
            .split(|ch: char| !(ch.is_alphanumeric() || ch == '-' || ch == '\''))
            .any(|word| word == planner)
    });
    // "they" stands for the speaker when a speaker is named in the sentence
    // ("officials said they planned to …"), for a third party otherwise.
    let they_speak = planner == "they" && attribution.is_some();
    !(speaks || they_speak)
}

/// Adverbs that may stand inside a verb group before a plan verb.
const ADVERBS_IN_VERB_GROUP: &[&str] = &["reportedly", "allegedly", "apparently", "also", "had"];

/// Planners whose plan is the speaker's own (or cannot be told from it).
const OWN_PLANNERS: &[&str] = &["i", "we", "he", "she", "it", "you", "that", "to", "and"];

/// "warned … against", "urged … not to", "cautioned … against": the cue word.
///
/// "call(ed) on/upon X to …" urges as "urged X to" does (not "to stop"
/// or "to cease", which presuppose what is to stop), and an urging's "to"
/// may stand further off when a verb of holding back follows it ("urged
/// the police and the army to refrain from using force"). The cue stands
/// among the first `before` words (the clause before the claim); the words
/// after them are the claim's own, where its "to" may stand.
fn warning<'a>(words: &[&'a str], before: usize) -> Option<&'a str> {
    let at = words
        .iter()
        .enumerate()
        .take(before)
        .position(|(idx, word)| {
            WARNINGS.contains(word)
                || URGINGS.contains(word)
                || (CALLS.contains(word)
                    && words
                        .get(idx + 1)
                        .is_some_and(|next| ["on", "upon"].contains(next)))
        })?;
    let rest = words.get(at + 1..)?;
    let urging = words[at].starts_with("urg") || CALLS.contains(&words[at]);
    let refraining = rest
        .windows(2)
        .take(URGING_REACH)
        .any(|pair| pair[0] == "to" && REFRAINING.contains(&pair[1]));
    // "called on Kabul to stop harbouring militants" presupposes that it
    // harbours them (a change of state presupposes the state): the claim
    // under it stays the caller's side.
    let presupposed = CALLS.contains(&words[at])
        && rest
            .windows(2)
            .take(URGING_REACH)
            .any(|pair| pair[0] == "to" && CEASING.contains(&pair[1]));
    // Only a refraining reaches far into the claim's own words; but the
    // urged party may open the claim ("urged Beijing not to supply …" with
    // the claim from "Beijing"), so the words just after the cue count
    // as its own, however early the claim starts.
    let own_end = before.max(at + 1 + OBJECT_REACH).min(words.len());
    let own = words.get(at + 1..own_end.max(at + 1)).unwrap_or(&[]);
    let against = own.contains(&"against")
        || own.windows(2).any(|pair| pair == ["not", "to"])
        || (urging && !presupposed && (own.iter().take(4).any(|word| *word == "to") || refraining));
    against.then_some(words[at])
}

/// Forms of "call" that, before "on" or "upon", urge.
const CALLS: &[&str] = &["call", "calls", "called", "calling"];

/// Verbs of holding back after an urging's "to": "refrain from", "desist
/// from", "avoid" (no presupposition that it is being done).
const REFRAINING: &[&str] = &["refrain", "desist", "avoid", "abstain"];

/// Verbs of ceasing after a call's "to": "stop", "cease", "halt", "end"
/// presuppose what is to cease.
const CEASING: &[&str] = &["stop", "cease", "halt", "end", "quit"];

/// How many words after a warning's or urging's cue its object and its
/// "against" or "not to" may stand, inside the claim or not.
const OBJECT_REACH: usize = 5;

/// How many words after an urging its "to" and verb of ceasing may stand.
const URGING_REACH: usize = 10;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{DenialClass, Short};

    /// Reads `sentence` with the claim at `claim` and compares (act, certainty, cue, side).
    fn check(
        sentence: &str,
        claim: &str,
        deny: Option<&str>,
        speaker: Option<&str>,
        hedge: Option<&str>,
        expected: (SpeechAct, Certainty, Option<&str>, bool),
    ) {
        // Several claim phrases are written "a|b".
        let spans: Vec<Range<usize>> = claim
            .split('|')
            .map(|phrase| {
                let start = sentence.find(phrase).expect("the claim is in the sentence");
                start..start + phrase.len()
            })
            .collect();
        let stance = StanceReading {
            stance: if deny.is_some() {
                Stance::Deny
            } else {
                Stance::Affirm
            },
            cue: deny.map(Short::from),
            class: deny.map(|_| DenialClass::Antonymy),
        };
        let attribution = speaker.map(|speaker| Attribution {
            speaker: speaker.to_string(),
            cue: "said".to_string(),
            direct: false,
            ..Attribution::default()
        });
        let hedge = hedge.map(|cue| Hedge { cue: cue.into() });
        let got = read(
            sentence,
            &crate::text::clause::split(sentence),
            &spans,
            &stance,
            attribution.as_ref(),
            hedge.as_ref(),
            true,
        );
        assert_eq!(
            (got.act, got.certainty, got.cue.as_deref(), got.takes_side()),
            expected,
            "sentence: {sentence}"
        );
    }

    /// Checks that each (sentence, claim), with no denial, speaker or
    /// hedge, is read as `expected`.
    fn each_unattributed(
        cases: &[(&str, &str)],
        expected: (SpeechAct, Certainty, Option<&str>, bool),
    ) {
        for (sentence, claim) in cases {
            check(sentence, claim, None, None, None, expected);
        }
    }

    /// Checks that each (sentence, claim, speaker, cue) is read as a
    /// possible speculation by `cue`, taking no side.
    fn speculations(cases: &[(&str, &str, Option<&str>, &str)]) {
        for (sentence, claim, speaker, cue) in cases {
            check(
                sentence,
                claim,
                None,
                *speaker,
                None,
                (
                    SpeechAct::Speculation,
                    Certainty::Possible,
                    Some(cue),
                    false,
                ),
            );
        }
    }

    #[test]
    fn a_hedge_inside_a_denied_report_is_the_reports() {
        use Certainty::*;
        use SpeechAct::*;
        // The "may" of a denied report is the report's: the denial is
        // certain, a side.
        for (sentence, claim, deny, hedge) in [
            (
                "A spokesman denied reports that the blast may have been linked to missile fuel.",
                "missile fuel",
                "denied",
                Some("may"),
            ),
            (
                "The army rejected claims that its shells might have started the fire.",
                "shells|started the fire",
                "rejected",
                Some("might"),
            ),
            (
                "The ministry denied reports of a possible leak at the depot.",
                "leak",
                "denied",
                None,
            ),
        ] {
            check(
                sentence,
                claim,
                Some(deny),
                Some("the speaker"),
                hedge,
                (Denial, Certain, None, true),
            );
        }
        // Near miss: a hedge on the denial itself stays the denier's.
        check(
            "Officials may deny that missile fuel was stored at the port.",
            "missile fuel",
            Some("deny"),
            Some("Officials"),
            Some("may"),
            (Speculation, Possible, Some("may"), false),
        );
    }

    #[test]
    fn a_call_to_hold_back_is_a_warning_and_a_call_to_stop_presupposes() {
        use Certainty::*;
        use SpeechAct::*;
        each_unattributed(
            &[(
                "We call on the security forces to refrain from using excessive force.",
                "excessive force",
            )],
            (Warning, Underspecified, Some("call"), false),
        );
        each_unattributed(
            &[(
                "The council called upon the militia to desist from shelling the town.",
                "shelling",
            )],
            (Warning, Underspecified, Some("called"), false),
        );
        each_unattributed(
            &[(
                "Rights groups urged the police and the army in the capital to refrain from using live ammunition.",
                "live ammunition",
            )],
            (Warning, Underspecified, Some("urged"), false),
        );
        // A claim whose phrases hold the urged ones as well: the urging
        // still frames it.
        check(
            "\"We call on the security forces to refrain from using lethal force,\" it stated.",
            "security forces|lethal force",
            None,
            Some("it"),
            None,
            (Warning, Underspecified, Some("call"), false),
        );
        // In a quote with its speaker after it, and "avoid".
        check(
            "\"We call on the guards to refrain from firing on the marchers,\" the commission said.",
            "firing on the marchers",
            None,
            Some("the commission"),
            None,
            (Warning, Underspecified, Some("call"), false),
        );
        check(
            "The envoy urged both armies to avoid shelling the old city, his office said.",
            "shelling the old city",
            None,
            Some("his office"),
            None,
            (Warning, Underspecified, Some("urged"), false),
        );
        // Near misses: "to stop" presupposes what is to stop; a report of
        // the act is a side.
        check(
            "Islamabad called on Kabul to stop harbouring militants on its soil.",
            "harbouring|militants",
            None,
            Some("Islamabad"),
            None,
            (Report, Certain, None, true),
        );
        check(
            "The ministry said the security forces had used excessive force.",
            "excessive force",
            None,
            Some("The ministry"),
            None,
            (Report, Certain, None, true),
        );
    }

    #[test]
    fn a_negated_could_denies_as_couldnt_does() {
        use Certainty::*;
        use SpeechAct::*;
        // "could not (have)" says it was not possible: a certain denial, a
        // side, as "couldn't" is.
        for (sentence, claim) in [
            (
                "\"The shells could not have started a fire this large,\" the colonel said.",
                "shells|started|fire",
            ),
            (
                "Police said the balloons could not be shot down over the city.",
                "balloons|shot down",
            ),
            (
                "The company says its cables could not have caused the outage.",
                "cables|caused|outage",
            ),
        ] {
            check(
                sentence,
                claim,
                Some("could not"),
                Some("the speaker"),
                Some("could"),
                (Denial, Certain, None, true),
            );
        }
        // The stance's cue may open on an adverb before the modal.
        check(
            "Our shells alone could not have started a fire this large.",
            "shells|started|fire",
            Some("alone could not"),
            None,
            Some("could"),
            (Denial, Certain, None, true),
        );
        // "may not" and "might not" leave it possible.
        check(
            "The company says its cables may not have caused the outage.",
            "cables|caused|outage",
            Some("may not"),
            Some("The company"),
            Some("may"),
            (Speculation, Possible, Some("may"), false),
        );
        // A negated verb of knowing leaves the claim unknown, not denied;
        // so does a mind that cannot hold it or wait for it, and any
        // "could not" of the sentence that knows or tells.
        for sentence in [
            "Officials said they could not confirm that the cables caused the outage.",
            "Officials said it could not be verified that the cables caused the outage.",
            "Officials said they could not be sure the cables caused the outage.",
            "Officials said they could not believe the cables caused the outage.",
            "Officials could not confirm the report but said the cables could not have caused the outage.",
        ] {
            check(
                sentence,
                "cables|caused|outage",
                Some("could not"),
                Some("Officials"),
                Some("could"),
                (Speculation, Possible, Some("could"), false),
            );
        }
    }

    #[test]
    fn possibilities_versions_and_what_circulates_take_no_side() {
        use Certainty::*;
        use SpeechAct::*;
        // "it is possible that X": a possibility, whoever says it.
        for sentence in [
            "An engineer told reporters that it is possible that the pillars were weakened during the works.",
            "It is quite possible the pillars were weakened during the works.",
        ] {
            check(
                sentence,
                "pillars|weakened",
                None,
                Some("An engineer"),
                None,
                (Speculation, Possible, Some("possible"), false),
            );
        }
        // Negated, it is no possibility of the claim (the stance reads it).
        check(
            "The engineer said the pillars were weakened during the works.",
            "pillars|weakened",
            None,
            Some("The engineer"),
            None,
            (Report, Certain, None, true),
        );
        // A possibility as the bare object of a participle.
        speculations(&[
            (
                "Police said the driver has shown potential extremist motivation.",
                "driver|extremist|motivation",
                Some("Police"),
                "potential",
            ),
            (
                "Inspectors have found possible structural damage to the bridge.",
                "structural|damage|bridge",
                None,
                "possible",
            ),
        ]);
        // A cause held only possible.
        check(
            "Police suggest a gas leak as potential cause of the explosion",
            "gas leak|cause|explosion",
            None,
            None,
            None,
            (Speculation, Possible, Some("potential"), false),
        );
        check(
            "One possible explanation is the failure of a valve that fed the boiler.",
            "failure of a valve",
            None,
            None,
            None,
            (Speculation, Possible, Some("possible"), false),
        );
        // A cause held possible in a clause of its own leaves the claim of
        // another clause stated.
        check(
            "Police said the man shot his neighbour and named jealousy as a possible motive.",
            "man|shot|neighbour",
            None,
            Some("Police"),
            None,
            (Report, Certain, None, true),
        );
        // A cause found is no possibility.
        check(
            "Investigators said the cause of the explosion was a gas leak.",
            "cause|explosion|gas leak",
            None,
            Some("Investigators"),
            None,
            (Report, Certain, None, true),
        );
        // A count or death only feared is a possibility.
        each_unattributed(
            &[
                (
                    "At least 12 workers are feared dead after the blast.",
                    "workers|dead|blast",
                ),
                (
                    "Twenty people are feared to have died in the explosion.",
                    "people|died|explosion",
                ),
                (
                    "Nine miners were feared killed, officials said.",
                    "miners|killed",
                ),
            ],
            (Speculation, Possible, Some("feared"), false),
        );
        // The fear bears on the dead, not on the event after them.
        check(
            "Up to 40 people are feared dead after the depot was struck by a missile.",
            "depot|struck|missile",
            None,
            None,
            None,
            (Assertion, Certain, None, true),
        );
        // A feared force is no fear of the claim.
        check(
            "The feared militia killed 12 workers after the blast.",
            "militia|killed|workers",
            None,
            None,
            None,
            (Assertion, Certain, None, true),
        );
        // "a version that X": one account among others.
        check(
            "There was a version that the soldiers came under fire while lining up.",
            "fire|lining up",
            None,
            None,
            None,
            (Speculation, Possible, Some("version"), false),
        );
        // What circulates is held by no one.
        for (sentence, cue) in [
            ("Information began to circulate online that the bridge was mined.", "circulate"),
            (
                "The operator denied it was behind a message circulated on social media blaming the outage on a storm.",
                "circulated",
            ),
        ] {
            let claim = if sentence.contains("bridge") {
                "bridge|mined"
            } else {
                "blaming the outage on a storm"
            };
            check(sentence, claim, None, None, None, (Distancing, Underspecified, Some(cue), false));
        }
        // Someone who circulates a document acts, and so does one named
        // by "by".
        for sentence in [
            "The ministry circulated a map showing that the bridge was mined.",
            "The army circulated leaflets saying the bridge was mined.",
            "A leaflet was circulated by the army saying the bridge was mined.",
        ] {
            check(
                sentence,
                "bridge|mined",
                None,
                None,
                None,
                (Assertion, Certain, None, true),
            );
        }
    }

    #[test]
    fn a_would_below_the_claims_verb_of_knowing_is_not_the_claims() {
        use Certainty::*;
        use SpeechAct::*;
        let aware = "\"The Ukrainian leadership was well aware that, in accordance with established practice, the Ukrainian servicemen to be exchanged would be transported by military transport aircraft to Belgorod aerodrome today,\" it said.";
        check(
            aware,
            "Ukrainian leadership|well aware|transported",
            None,
            Some("it"),
            None,
            (Report, Certain, None, true),
        );
        // The servicemen's transport itself is the future of what was known.
        check(
            aware,
            "Ukrainian servicemen|transported",
            None,
            Some("it"),
            None,
            (Plan, Underspecified, Some("would"), false),
        );
    }

    #[test]
    fn an_inquiry_that_will_be_made_is_a_plan() {
        use Certainty::*;
        use SpeechAct::*;
        // Shapes17 R7: "will investigate" is the investigators' intention,
        // reported or not (the bank's `plan` item), not an inquiry made.
        check(
            "The president said the cause of the fire was unclear, but authorities will investigate how it occurred.",
            "investigate",
            None,
            Some("The president"),
            None,
            (Plan, Underspecified, Some("will"), false),
        );
        check(
            "Federal investigators will closely examine the aircraft's maintenance records.",
            "will closely examine the aircraft's maintenance records",
            None,
            None,
            None,
            (Plan, Underspecified, Some("will"), false),
        );
        // Another reported "will" stays the speaker's commitment.
        check(
            "The water board said the two pumping stations will reopen on Monday.",
            "reopen on Monday",
            None,
            Some("The water board"),
            None,
            (Report, Probable, Some("will"), true),
        );
    }

    #[test]
    fn a_would_after_a_verb_of_saying_is_the_speakers_commitment() {
        use Certainty::*;
        use SpeechAct::*;
        // Convention 4 of tests/factuality (sixth session): a reported
        // "would" about the claim's own event is a side.
        for sentence in [
            "The army said that it would open the dam on Friday.",
            "The army said it would open the dam on Friday.",
        ] {
            check(
                sentence,
                "army|open|dam",
                None,
                Some("The army"),
                None,
                (Report, Probable, Some("would"), true),
            );
        }
        // A threat or warning of what it would do stays a plan.
        check(
            "The army warned that it would open the dam on Friday.",
            "army|open|dam",
            None,
            Some("The army"),
            None,
            (Plan, Underspecified, Some("would"), false),
        );
    }

    #[test]
    fn a_reported_future_under_a_condition_is_conditional() {
        use Certainty::*;
        use SpeechAct::*;
        // A condition after, before or around the claim's own clause makes
        // the reported future a conditional, no side.
        for (sentence, claim) in [
            ("The engineer said the town would flood if the dam broke.", "flood"),
            ("The minister said he would resign if the report found wrongdoing.", "resign"),
            (
                "The ministry said the rules would take effect in January unless parliament objected.",
                "take effect",
            ),
            ("The army said that unless the rebels surrender, it will shell the town.", "shell the town"),
            ("The utility said power would return once the lines were repaired.", "power would return"),
        ] {
            let cue = ["if", "unless", "once"]
                .into_iter()
                .find(|cue| sentence.contains(&format!(" {cue} ")));
            check(
                sentence,
                claim,
                None,
                Some("The speaker"),
                None,
                (Conditional, Underspecified, cue, false),
            );
        }
        // A condition on something else leaves the commitment.
        check(
            "If the weather holds, the race starts at noon, and officials said the roads would reopen at six.",
            "reopen at six",
            None,
            Some("officials"),
            None,
            (Report, Probable, Some("would"), true),
        );
    }

    #[test]
    fn a_future_in_an_open_wh_clause_is_no_commitment() {
        use Certainty::*;
        use SpeechAct::*;
        check(
            "No one can tell how the blackout will affect the hospitals, the mayor said.",
            "affect the hospitals",
            None,
            Some("the mayor"),
            None,
            (Question, Underspecified, Some("tell"), false),
        );
        check(
            "The ministry did not say when the talks would resume.",
            "talks would resume",
            None,
            Some("The ministry"),
            None,
            (Question, Underspecified, Some("say"), false),
        );
        check(
            "The mayor explained how the new pumps will protect the houses.",
            "protect the houses",
            None,
            Some("The mayor"),
            None,
            (Prediction, Underspecified, Some("will"), false),
        );
    }

    #[test]
    fn only_the_verb_governing_the_claims_clause_frames_its_future() {
        use Certainty::*;
        use SpeechAct::*;
        for (sentence, claim) in [
            (
                "The missile struck without warning, and officials said they would rebuild the school.",
                "rebuild the school",
            ),
            (
                "The airline said it would compensate the passengers, warning that delays could continue.",
                "compensate the passengers",
            ),
            (
                "Police, who were warned about the rally, said they would investigate the clashes.",
                "investigate the clashes",
            ),
            (
                "The ministry, known for its caution, said the plant would reopen next week.",
                "reopen next week",
            ),
            (
                "The minister, who had earlier expected a quick deal, said the talks would resume on Monday.",
                "resume on Monday",
            ),
        ] {
            check(
                sentence,
                claim,
                None,
                Some("The speaker"),
                None,
                (Report, Probable, Some("would"), true),
            );
        }
        // The governing verb still frames it.
        check(
            "The governor promised that every family will be rehoused by winter.",
            "rehoused by winter",
            None,
            Some("The governor"),
            None,
            (Plan, Underspecified, Some("will"), false),
        );
        check(
            "Residents feared that the river would burst its banks.",
            "burst its banks",
            None,
            None,
            None,
            (Speculation, Possible, Some("would"), false),
        );
    }

    #[test]
    fn a_causative_counts_only_with_an_event_for_its_subject() {
        use Certainty::*;
        use SpeechAct::*;
        check(
            "The ministry said it will allow journalists into the site.",
            "journalists into the site",
            None,
            Some("The ministry"),
            None,
            (Report, Probable, Some("will"), true),
        );
        check(
            "Police said they would let residents return to their homes.",
            "residents return",
            None,
            Some("Police"),
            None,
            (Report, Probable, Some("would"), true),
        );
        check(
            "The delay would force the farmers to sell their herds, an economist said.",
            "farmers|sell their herds",
            None,
            Some("an economist"),
            None,
            (Prediction, Underspecified, Some("would"), false),
        );
    }

    #[test]
    fn maybe_makes_a_possibility() {
        // Shapes17 R4: the hedge "maybe" is "perhaps", a speculation, no side.
        for (sentence, claim, speaker) in [
            ("“Maybe it was a ceremonial coup.”", "coup", None),
            (
                "Maybe the fire was set on purpose, a resident said.",
                "fire was set",
                Some("a resident"),
            ),
        ] {
            check(
                sentence,
                claim,
                None,
                speaker,
                Some("maybe"),
                (
                    SpeechAct::Speculation,
                    Certainty::Possible,
                    Some("maybe"),
                    false,
                ),
            );
        }
    }

    #[test]
    fn a_favourite_to_win_is_predicted_not_reported() {
        use Certainty::*;
        use SpeechAct::*;
        // Shapes17 R5: a raising predicate of expectation ("favoured to",
        // "expected to", "tipped to") before the claim's verb forecasts
        // it: a prediction, no side.
        for (sentence, claim, cue) in [
            (
                "Doe had been favoured to win a second term.",
                "Doe|win",
                "favoured",
            ),
            (
                "Doe was expected to win a second term.",
                "Doe|win",
                "expected",
            ),
            (
                "The ruling party's candidate is tipped to win the run-off.",
                "candidate|win",
                "tipped",
            ),
            (
                "The dam is projected to reopen next spring.",
                "dam|reopen",
                "projected",
            ),
        ] {
            check(
                sentence,
                claim,
                None,
                None,
                None,
                (Prediction, Underspecified, Some(cue), false),
            );
        }
        // A credited expectation is the speaker's commitment, unless the
        // speaker is the one expected to act.
        check(
            "The report is expected to be made public next week, the sources told reporters.",
            "report|made public",
            None,
            Some("the sources"),
            None,
            (Report, Certain, None, true),
        );
        check(
            "Defense attorneys are expected to deny the charges.",
            "deny the charges",
            None,
            Some("Defense attorneys"),
            None,
            (Prediction, Underspecified, Some("expected"), false),
        );
        // A clause joined after the forecast verb is not forecast.
        check(
            "The ferry was expected to arrive at noon but sank near the port.",
            "sank near the port",
            None,
            None,
            None,
            (Assertion, Certain, None, true),
        );
        check(
            "The president was poised to sign the bill when protesters stormed the building.",
            "protesters stormed the building",
            None,
            None,
            None,
            (Assertion, Certain, None, true),
        );
        // A passive that is no expectation ("was forced to") states the deed.
        check(
            "Doe was forced to resign after the vote.",
            "Doe|resign",
            None,
            None,
            None,
            (Assertion, Certain, None, true),
        );
    }

    #[test]
    fn a_reported_will_is_a_commitment_and_the_outlets_own_a_prediction() {
        use Certainty::*;
        use SpeechAct::*;
        // Shapes of the repository's real text, made up: a reported "will"
        // or "would" takes a side, however the report is framed.
        check(
            "The water board said the two pumping stations will reopen on Monday.",
            "reopen on Monday",
            None,
            Some("The water board"),
            None,
            (Report, Probable, Some("will"), true),
        );
        check(
            "\"We will publish the full audit next week,\" the mayor said.",
            "publish the full audit",
            None,
            Some("the mayor"),
            None,
            (Report, Probable, Some("will"), true),
        );
        check(
            "The league announced that the final would be played behind closed doors.",
            "played behind closed doors",
            None,
            Some("The league"),
            None,
            (Report, Probable, Some("would"), true),
        );
        check(
            "The ministry said the new rules would not apply to farmers.",
            "apply to farmers",
            Some("would not"),
            Some("The ministry"),
            None,
            (Denial, Certain, None, true),
        );
        // The outlet's own "will", an expected future and a promise do not.
        check(
            "A day of mourning will be held in the town on Sunday.",
            "held in the town",
            None,
            None,
            None,
            (Prediction, Underspecified, Some("will"), false),
        );
        check(
            "\"I anticipate that the number of claims will rise,\" the regulator said.",
            "rise",
            None,
            Some("the regulator"),
            None,
            (Prediction, Underspecified, Some("will"), false),
        );
        check(
            "A long drought will force the farmers to sell their herds, an economist at the bank said.",
            "farmers|sell their herds",
            None,
            Some("an economist at the bank"),
            None,
            (Prediction, Underspecified, Some("will"), false),
        );
        check(
            "The governor promised that every family would be rehoused by winter.",
            "rehoused by winter",
            None,
            Some("The governor"),
            None,
            (Plan, Underspecified, Some("would"), false),
        );
    }

    #[test]
    fn a_wish_holds_only_the_verb_after_its_to() {
        use Certainty::*;
        use SpeechAct::*;
        check(
            "Police are still seeking to identify the 14 people who died in the flood.",
            "14 people|died",
            None,
            None,
            None,
            (Assertion, Certain, None, true),
        );
        check(
            "Families hope to bury the 14 people killed in the flood this week.",
            "14 people|killed",
            None,
            None,
            None,
            (Assertion, Certain, None, true),
        );
        check(
            "Police, who want to question the driver, said 14 people died in the flood.",
            "14 people|died",
            None,
            Some("Police"),
            None,
            (Report, Certain, None, true),
        );
        check(
            "Residents who hope to return said the army opened the dam.",
            "army|opened|dam",
            None,
            Some("Residents"),
            None,
            (Report, Certain, None, true),
        );
        // What is wished: the verb after "to" is the claim's.
        check(
            "Officials hope to evacuate 300 people from the valley.",
            "evacuate|300 people",
            None,
            None,
            None,
            (Plan, Underspecified, Some("hope"), false),
        );
    }

    #[test]
    fn a_relative_who_is_no_question() {
        use Certainty::*;
        use SpeechAct::*;
        check(
            "Unknown gunmen who stormed the village killed 14 people.",
            "killed|14 people",
            None,
            None,
            None,
            (Assertion, Certain, None, true),
        );
        check(
            "Police asked residents who fled the flood to stay away from the river.",
            "fled|flood",
            None,
            None,
            None,
            (Assertion, Certain, None, true),
        );
        // Questions: the question word right after the verb of asking (or
        // its pronoun), or after "it is unknown".
        check(
            "Reporters asked who had opened the dam.",
            "opened|dam",
            None,
            None,
            None,
            (Question, Underspecified, Some("asked"), false),
        );
        check(
            "Reporters asked them who had opened the dam.",
            "opened|dam",
            None,
            None,
            None,
            (Question, Underspecified, Some("asked"), false),
        );
        check(
            "It is unknown who opened the dam.",
            "opened|dam",
            None,
            None,
            None,
            (Question, Underspecified, Some("unknown"), false),
        );
    }

    #[test]
    fn a_wish_is_a_plan_and_a_third_partys_past_wish_is_reported() {
        use Certainty::*;
        use SpeechAct::*;
        check(
            "NHTSA wants Tesla to provide information and documents by July 1.",
            "provide information",
            None,
            None,
            None,
            (Plan, Underspecified, Some("wants"), false),
        );
        check(
            "Sandu, who is pro-Western and wants Moldova to join the EU by 2030, won the vote.",
            "join the EU",
            None,
            None,
            None,
            (Plan, Underspecified, Some("wants"), false),
        );
        check(
            "FSS about shooting in Crocus City Hall: terrorists wanted to escape to Ukraine, the FSB said.",
            "escape to Ukraine",
            None,
            Some("the FSB"),
            None,
            (Report, Probable, Some("wanted"), true),
        );
    }

    #[test]
    fn a_claim_in_a_question_put_to_someone_takes_no_side() {
        use Certainty::*;
        use SpeechAct::*;
        check(
            "So, unfortunately, I don't have an answer yet,\" Budanov said when asked what is currently known about the 65 prisoners who were supposed to be flying on board the IL-76.",
            "prisoners|on board",
            None,
            Some("Budanov"),
            None,
            (Question, Underspecified, Some("asked"), false),
        );
        check(
            "Reporters asked the minister who had fired on the crowd near the trucks.",
            "fired on the crowd",
            None,
            None,
            None,
            (Question, Underspecified, Some("asked"), false),
        );
        // A question no one can answer yet is one too.
        check(
            "Officials blamed arson for several fires, although it is still unclear what sparked the country's largest blazes.",
            "sparked the country's largest blazes",
            None,
            None,
            None,
            (Question, Underspecified, Some("unclear"), false),
        );
        // A search for the answer asks too; a finding in the past tells,
        // and a relative after a noun object asks nothing.
        for (sentence, claim, cue) in [
            (
                "The mayor vowed to find out who caused the blast at the depot.",
                "caused the blast",
                Some("out"),
            ),
            (
                "Engineers are working to establish what brought the tower down.",
                "brought the tower down",
                Some("establish"),
            ),
            (
                "Inspectors established what brought the tower down.",
                "brought the tower down",
                None,
            ),
            (
                "Teams are working to determine the number of people who died in the flood.",
                "died|flood",
                None,
            ),
        ] {
            let expected = match cue {
                Some(cue) => (Question, Underspecified, Some(cue), false),
                None => (Assertion, Certain, None, true),
            };
            check(sentence, claim, None, None, None, expected);
        }
        // Answered after the question: the answer states it.
        check(
            "Asked what had happened, the governor said Russian missiles hit the cafe.",
            "Russian missiles hit",
            None,
            Some("the governor"),
            None,
            (Report, Certain, None, true),
        );
    }

    #[test]
    fn speech_acts_of_sentences_from_the_eval_beats() {
        use Certainty::*;
        use SpeechAct::*;
        // Speculation: a modal hedge in the claim's clause.
        check(
            "Russian-installed authorities in southern Ukraine on Friday reported more casualties from the flood triggered by the destruction of a key dam, and said the water could keep rising for more than a week.",
            "water",
            None,
            Some("Russian-installed authorities"),
            Some("could"),
            (Speculation, Possible, Some("could"), false),
        );
        check(
            "But officials at the United Nations warn that the final fatalities number may be closer to 50,000.",
            "fatalities",
            None,
            Some("officials at the United Nations"),
            Some("may"),
            (Speculation, Possible, Some("may"), false),
        );
        check(
            "The organization believes that the death toll could reach 50 thousand people.",
            "death toll",
            None,
            Some("The organization"),
            Some("could"),
            (Speculation, Possible, Some("could"), false),
        );
        check(
            "In addition, the rise of China may harm Russia's interests in key regions such as Central Asia and the Arctic.",
            "harm Russia",
            None,
            None,
            Some("may"),
            (Speculation, Possible, Some("may"), false),
        );
        // A counterfactual "could have" is no speculation.
        check(
            "But he appeared to go one step further by conceding that his teams could have responded more quickly.",
            "responded more quickly",
            None,
            Some("he"),
            Some("could"),
            (Report, Certain, None, true),
        );
        // A hedged finding of an assessment is a probable report: a side.
        check(
            "The strike was more likely caused by an errant rocket fired from Gaza, the Defence department said based on analysis of open source and classified reporting.",
            "errant rocket",
            None,
            Some("the Defence department"),
            Some("likely"),
            (Report, Probable, Some("likely"), true),
        );
        // Question: the headline ends in "?".
        check(
            "Given the potentially serious impact on Russian-Chinese defense cooperation may be closer for the United States, what measures can be taken to slow and/or limit the extent of such cooperation?",
            "Russian-Chinese defense cooperation",
            None,
            None,
            None,
            (Question, Underspecified, Some("?"), false),
        );
        // Conditional: the claim inside an "if" clause.
        // An elliptical condition ("If confirmed,") conditions its whole sentence.
        check(
            "If confirmed, the attack on the al-Ahli Hospital in Gaza City would be by far the deadliest Israeli airstrike in five wars fought since 2008.",
            "attack|Hospital|Israeli airstrike",
            None,
            None,
            None,
            (Conditional, Underspecified, Some("if"), false),
        );
        check(
            "Asked if the deal was secret, Peskov said Moscow had signed it in 2019.",
            "signed it",
            None,
            Some("Peskov"),
            None,
            (Report, Certain, None, true),
        );
        // Prediction: "will" before the claim in its clause.
        check(
            "However, in the following days, new victims will refer to hospitals, so the number of victims may change.",
            "refer to hospitals",
            None,
            None,
            None,
            (Prediction, Underspecified, Some("will"), false),
        );
        // Report and assertion: certain, a side.
        check(
            "Turkey has detained or issued arrest warrants for about 130 people believed to be involved in the construction of buildings that collapsed in earthquakes and killed their inhabitants, the AP news agency reported.",
            "arrest warrants",
            None,
            Some("the AP news agency"),
            None,
            (Report, Certain, None, true),
        );
        check(
            "Another 109 people were wounded when two Russian rockets struck the train station.",
            "Russian rockets struck",
            None,
            None,
            None,
            (Assertion, Certain, None, true),
        );
    }

    #[test]
    fn speech_acts_of_real_looking_sentences() {
        use Certainty::*;
        use SpeechAct::*;
        check(
            "Analysts say China could supply drones to Russia.",
            "supply drones",
            None,
            Some("Analysts"),
            Some("could"),
            (Speculation, Possible, Some("could"), false),
        );
        check(
            "China supplied drones to Russia, officials said.",
            "supplied drones",
            None,
            Some("officials"),
            None,
            (Report, Certain, None, true),
        );
        check(
            "The ministry denied supplying drones to Russia.",
            "supplying drones",
            Some("denied"),
            Some("The ministry"),
            None,
            (Denial, Certain, None, true),
        );
        check(
            "Reporters asked whether the firm will send parts to the army.",
            "send parts",
            None,
            None,
            None,
            (Question, Underspecified, Some("whether"), false),
        );
        check(
            "Will the dam hold for another week?",
            "dam hold",
            None,
            None,
            None,
            (Question, Underspecified, Some("?"), false),
        );
        check(
            "If Beijing sends weapons, the West will respond.",
            "sends weapons",
            None,
            None,
            None,
            (Conditional, Underspecified, Some("if"), false),
        );
        check(
            "The minister warned the company against selling drones to the regime.",
            "selling drones",
            None,
            Some("The minister"),
            None,
            (Warning, Underspecified, Some("warned"), false),
        );
        check(
            "Washington urged Beijing not to supply weapons to Moscow.",
            "supply weapons",
            None,
            Some("Washington"),
            None,
            (Warning, Underspecified, Some("urged"), false),
        );
        // The urged party opens the claim (a rule term such as "Beijing"):
        // the "not to" and "against" after it stand inside the claim.
        for (sentence, claim, speaker, cue) in [
            (
                "Washington urged Beijing not to supply weapons to Moscow.",
                "Beijing not to supply weapons to Moscow",
                "Washington",
                "urged",
            ),
            (
                "Washington warned Beijing against supplying weapons to Moscow.",
                "Beijing against supplying weapons to Moscow",
                "Washington",
                "warned",
            ),
            (
                "Brussels urged the Turkish government not to ship drones to Tehran.",
                "Turkish government not to ship drones to Tehran",
                "Brussels",
                "urged",
            ),
            (
                "Paris cautioned Ankara against selling jets to Damascus.",
                "Ankara against selling jets to Damascus",
                "Paris",
                "cautioned",
            ),
        ] {
            check(
                sentence,
                claim,
                None,
                Some(speaker),
                None,
                (Warning, Underspecified, Some(cue), false),
            );
        }
        check(
            "Officials plan to evacuate the towns downstream by Friday.",
            "evacuate the towns",
            None,
            Some("Officials"),
            None,
            (Plan, Underspecified, Some("plan"), false),
        );
        // A past intention of a third party, reported: the account of what
        // they did, a probable side.
        check(
            "The terrorists who attacked Crocus City Hall in Moscow Region on Friday evening planned to flee to Ukraine, the FSB security service said in a statement on Saturday.",
            "flee to Ukraine",
            None,
            Some("the FSB security service"),
            None,
            (Report, Probable, Some("planned"), true),
        );
        check(
            "Russian dictator Vladimir Putin claims that the terrorists who opened fire at the Crocus City Hall concert hall intended to flee to Ukraine.",
            "flee to Ukraine",
            None,
            Some("Russian dictator Vladimir Putin"),
            None,
            (Report, Probable, Some("intended"), true),
        );
        check(
            "It has also been reported that the suspects intended to flee to Ukraine.",
            "flee to Ukraine",
            None,
            None,
            None,
            (Assertion, Probable, Some("intended"), true),
        );
        check(
            "They were reportedly planning to cross the Russian-Ukrainian border and had contacts on the other side.",
            "Russian-Ukrainian border",
            None,
            None,
            None,
            (Assertion, Probable, Some("planning"), true),
        );
        // A doubt cast on whether the claim holds asks it: no side.
        check(
            "The aircraft was downed by anti-aircraft defences over the Tver region, the Telegram channel Gray Zone reported, but it cast doubt as to whether Prigozhin had actually died.",
            "cast doubt|Prigozhin|actually died",
            Some("cast doubt"),
            Some("the Telegram channel Gray Zone"),
            None,
            (Question, Underspecified, Some("whether"), false),
        );
        // Disputing an account is a denial, a side.
        check(
            "Gray Zone questioned the authorities’ version that Prigozhin was on the passenger list of the first plane and was killed.",
            "questioned|Prigozhin|killed",
            Some("questioned"),
            Some("Gray Zone"),
            None,
            (Denial, Certain, None, true),
        );
        // A hint suggests the claim without saying it.
        check(
            "While Putin noted that the probe was still ongoing and stopped short of saying what caused the crash, his statement appeared to hint that the plane was brought down by an accidental grenade explosion.",
            "crash|plane|grenade explosion",
            None,
            Some("Putin"),
            None,
            (Speculation, Possible, Some("hint"), false),
        );
        // A suspicion that grew is nobody's assertion; a rumour denied is a denial.
        check(
            "Prigozhin was eulogised by Putin, even as suspicions grew that the Russian leader was behind a Wednesday crash that many saw as an assassination.",
            "Putin|Russian leader|behind",
            None,
            None,
            None,
            (Speculation, Possible, Some("suspicions"), false),
        );
        // A charge a first phrase places is no suspicion of the claim.
        for (sentence, claim) in [
            (
                "Two managers of the bar are suspected of involuntary homicide, authorities said.",
                "managers|homicide",
            ),
            (
                "Dozens of staff were arrested on suspicion of spying for Israel, authorities said.",
                "staff|spying",
            ),
            (
                "Dozens of staff were arrested on suspicion of spying for Israel, authorities said.",
                "suspicion|spying",
            ),
        ] {
            check(
                sentence,
                claim,
                None,
                Some("authorities"),
                None,
                (Report, Certain, None, true),
            );
        }
        // A suspicion of the event, a bare one, or a hint at it: no side.
        speculations(&[
            (
                "The blackout and the empty road led the senator to suspect foul play.",
                "foul play",
                None,
                "suspect",
            ),
            (
                "The sudden fire has raised suspicions of sabotage, according to the union.",
                "sabotage",
                Some("the union"),
                "suspicions",
            ),
            // So when a first phrase of the claim only places it.
            (
                "A power cut at the rally has raised suspicions of foul play, according to the senator.",
                "rally|foul play",
                Some("the senator"),
                "suspicions",
            ),
            (
                "At the rally, a power cut and a narrow venue led the senator to suspect foul play.",
                "rally|foul play",
                None,
                "suspect",
            ),
            // A fear of the event is a mention of it.
            (
                "The capture of the city has sparked fears of ethnically motivated violence.",
                "ethnically motivated violence",
                None,
                "fears",
            ),
            (
                "The fall of the port raised fresh fears of reprisal killings by the militia.",
                "reprisal killings",
                None,
                "fears",
            ),
            (
                "The army said it had withdrawn, with the UN warning the risk of further atrocities is mounting.",
                "further atrocities",
                Some("the UN"),
                "risk",
            ),
            (
                "Rebels said they had pulled back, with aid groups warning the risk of new massacres was growing.",
                "new massacres",
                Some("aid groups"),
                "risk",
            ),
            (
                "The opposition alleged the possibility of a planned conspiracy by the guards.",
                "planned conspiracy",
                None,
                "possibility",
            ),
            (
                "The mayor also hinted at a wider plot behind the collapse.",
                "plot|collapse",
                None,
                "hinted",
            ),
            (
                "They suspected arson after the warehouse burned twice in a month.",
                "arson",
                None,
                "suspected",
            ),
            (
                "Investigators suspect that the brakes were cut.",
                "brakes|cut",
                Some("Investigators"),
                "suspect",
            ),
        ]);
        // A suspicion confirmed, a version of events or a suspect named is
        // no such hedge.
        check(
            "The autopsy confirmed suspicions of poisoning.",
            "poisoning",
            None,
            None,
            None,
            (Assertion, Certain, None, true),
        );
        // One rule of backing for both shapes of suspicion: past a
        // modifier ("widespread"), not a verb that only starts like one.
        for (sentence, claim, backed) in [
            (
                "The report confirmed widespread suspicions that the dam was mined.",
                "dam|mined",
                true,
            ),
            (
                "The report confirmed widespread suspicions of sabotage.",
                "sabotage",
                true,
            ),
            (
                "The blackout provoked suspicions that the grid was hacked.",
                "grid|hacked",
                false,
            ),
            (
                "The blackout provoked suspicions of sabotage.",
                "sabotage",
                false,
            ),
        ] {
            let expected = if backed {
                (Assertion, Certain, None, true)
            } else {
                (Speculation, Possible, Some("suspicions"), false)
            };
            check(sentence, claim, None, None, None, expected);
        }
        check(
            "Police arrested the suspected gunman after the shooting at the mall.",
            "shooting|mall",
            None,
            None,
            None,
            (Assertion, Certain, None, true),
        );
        check(
            "Among the 12 suspects detained are two former ministers.",
            "12|detained",
            None,
            None,
            None,
            (Assertion, Certain, None, true),
        );
        // An assumption is nobody's assertion, however long held.
        check(
            "Most observers have long assumed Ukraine was behind the attack, although Kiev has largely declined to comment on the incident.",
            "Ukraine|behind|attack",
            None,
            None,
            None,
            (Speculation, Possible, Some("assumed"), false),
        );
        check(
            "It was widely presumed that the militants planted the bomb on the bridge.",
            "militants|bomb|bridge",
            None,
            None,
            None,
            (Speculation, Possible, Some("presumed"), false),
        );
        // A verb of assuming that does not frame the claim leaves it asserted.
        check(
            "The agency assumed control of the bridge after Ukraine carried out the attack.",
            "Ukraine|attack",
            None,
            None,
            None,
            (Assertion, Certain, None, true),
        );
        // Not across a sentence break the splitter missed.
        check(
            "Prigozhin was eulogised by Putin, even as suspicions grew that the Russian leader was behind a Wednesday crash.A preliminary US intelligence assessment concluded that the plane was downed by an intentional explosion.",
            "Prigozhin|plane|intentional explosion",
            None,
            Some("A preliminary US intelligence assessment"),
            None,
            (Report, Certain, None, true),
        );
        check(
            "The Kremlin dismissed rumours that it ordered the assassination of Wagner chief Yevgeny Prigozhin.",
            "Kremlin|ordered the assassination",
            Some("dismissed"),
            Some("The Kremlin"),
            None,
            (Denial, Certain, None, true),
        );
        // An order to do a thing is not the deed; "in order to" is purpose.
        check(
            "On June 30, head of Ukrainian military intelligence said the FSB received orders to kill Prigozhin in a large-scale operation.",
            "FSB|orders",
            None,
            Some("head of Ukrainian military intelligence"),
            None,
            (Plan, Underspecified, Some("orders"), false),
        );
        check(
            "Officials said Russian forces blew up the dam in order to slow the Ukrainian counteroffensive.",
            "Russian forces|blew up the dam|slow the Ukrainian",
            None,
            Some("Officials"),
            None,
            (Report, Certain, None, true),
        );
        // The speaker's own plan, present or past, stays a plan.
        check(
            "The minister said he intended to send more aid to the flooded region.",
            "send more aid",
            None,
            Some("The minister"),
            None,
            (Plan, Underspecified, Some("intended"), false),
        );
        check(
            "Kyiv planned to send more aid to the flooded region, the ministry said.",
            "send more aid",
            None,
            Some("Kyiv"),
            None,
            (Plan, Underspecified, Some("planned"), false),
        );
        check(
            "Officials said they planned to evacuate the towns downstream by Friday.",
            "evacuate the towns",
            None,
            Some("Officials"),
            None,
            (Plan, Underspecified, Some("planned"), false),
        );
        check(
            "China ostensibly pursues a policy of neutrality on the war.",
            "policy of neutrality",
            Some("ostensibly"),
            None,
            None,
            (Denial, Probable, Some("ostensibly"), true),
        );
        check(
            "The agency purportedly stays neutral on the war.",
            "stays neutral",
            None,
            None,
            Some("purportedly"),
            (Distancing, Underspecified, Some("purportedly"), false),
        );
        // The writer's "possible" before the event makes it a possibility.
        check(
            "At least two people have died in the Polish town of Przewodow, near the Ukrainian border, after the possible impact of two stray rockets, local radio station Radio ZET has advanced.",
            "impact|rockets",
            None,
            Some("local radio station Radio ZET"),
            None,
            (Speculation, Possible, Some("possible"), false),
        );
        check(
            "At least two people have died in the Polish town of Przewodow after the possible impact of two stray rockets.",
            "died|Przewodow|impact|rockets",
            None,
            None,
            None,
            (Assertion, Certain, None, true),
        );
        check(
            "Officials named the possible culprit of the blast at the plant.",
            "blast|plant",
            None,
            None,
            None,
            (Assertion, Certain, None, true),
        );
        // The writer's "alleged" before the event withholds it.
        check(
            "The death toll climbed to 57 on Sunday from an alleged Russian rocket attack Friday on a crowded train station, Ukrainian officials said.",
            "Russian|rocket|attack",
            None,
            Some("Ukrainian officials"),
            None,
            (Distancing, Underspecified, Some("alleged"), false),
        );
        check(
            "An intercepted call in which an alleged Russian soldier claims that the explosion was organized by a Russian sabotage group.",
            "Russian|explosion|organized",
            None,
            Some("an alleged Russian soldier"),
            None,
            (Report, Certain, None, true),
        );
        check(
            "He alleged that Russian troops blew up the dam.",
            "Russian troops",
            None,
            Some("He"),
            None,
            (Report, Certain, None, true),
        );
        check(
            "The missile was likely fired from rebel-held territory.",
            "fired from",
            None,
            None,
            Some("likely"),
            (Assertion, Probable, Some("likely"), true),
        );
        check(
            "Chinese firms reportedly shipped rifles to Russia.",
            "shipped rifles",
            None,
            None,
            Some("reportedly"),
            (Assertion, Probable, Some("reportedly"), true),
        );
        check(
            "The dam was destroyed on Tuesday morning.",
            "dam was destroyed",
            None,
            None,
            None,
            (Assertion, Certain, None, true),
        );
        check(
            "Military analysts say China is unlikely to send anything but basic supplies.",
            "send anything",
            Some("unlikely"),
            Some("Military analysts"),
            Some("unlikely"),
            (Denial, Probable, Some("unlikely"), true),
        );
    }

    #[test]
    fn clauses_decide_conditions_questions_and_predictions() {
        use Certainty::*;
        use SpeechAct::*;
        check(
            "The West will respond if Beijing sends weapons to Moscow, officials said.",
            "sends weapons",
            None,
            Some("officials"),
            None,
            (Conditional, Underspecified, Some("if"), false),
        );
        check(
            "\"If the international investigative team is indeed interested in tracking down the real culprits of the MH17 catastrophe, its members would better rely on facts,\" the Russian Defense Ministry said.",
            "real culprits",
            None,
            Some("the Russian Defense Ministry"),
            None,
            (Conditional, Underspecified, Some("if"), false),
        );
        check(
            "Asked if the deal was secret, Peskov said Russia had sold the S-400 to China.",
            "sold the S-400",
            None,
            Some("Peskov"),
            None,
            (Report, Certain, None, true),
        );
        check(
            "Cooperation is likely to bring major challenges, even if their relationship has not yet established a formal alliance.",
            "formal alliance",
            Some("has not"),
            None,
            None,
            (Denial, Certain, None, true),
        );
        check(
            "If there is one person responsible for the collapses, it is the contractor.",
            "person responsible",
            None,
            None,
            None,
            (Assertion, Certain, None, true),
        );
        check(
            "It is unclear whether the shipments of Chinese drones ever reached Russia.",
            "shipments of Chinese drones",
            None,
            None,
            None,
            (Question, Underspecified, Some("whether"), false),
        );
        check(
            "A protracted break with the West will encourage the Kremlin to provide even more sophisticated systems to China, said Paul Schwartz.",
            "Kremlin",
            None,
            Some("Paul Schwartz"),
            None,
            (Prediction, Underspecified, Some("will"), false),
        );
        check(
            "Beijing has declared that it will not send weapons to Russia or Ukraine.",
            "send weapons",
            Some("will not"),
            Some("Beijing"),
            None,
            (Denial, Certain, None, true),
        );
    }

    #[test]
    fn a_prediction_governs_its_predicate_only() {
        use Certainty::*;
        use SpeechAct::*;
        check(
            "On Monday there will be a closed meeting for relatives of the 193 Dutch nationals who died.",
            "193 Dutch",
            None,
            None,
            None,
            (Assertion, Certain, None, true),
        );
        check(
            "Three Russians and one Ukrainian will face murder charges for the deaths of 298 people aboard the flight.",
            "murder charges",
            None,
            None,
            None,
            (Assertion, Certain, None, true),
        );
        check(
            "Russia will deliver more S-400 batteries to China next year.",
            "deliver more S-400",
            None,
            None,
            None,
            (Prediction, Underspecified, Some("will"), false),
        );
    }

    #[test]
    fn rebuttals_warnings_plans_and_distancing() {
        use Certainty::*;
        use SpeechAct::*;
        check(
            "The Kremlin dismissed the report of drone shipments as disinformation.",
            "drone shipments",
            Some("dismissed"),
            Some("The Kremlin"),
            None,
            (Denial, Certain, None, true),
        );
        check(
            "The ministry said it had no knowledge of any shipments of drones to Russia.",
            "shipments of drones",
            Some("no knowledge of"),
            Some("The ministry"),
            None,
            (Denial, Certain, None, true),
        );
        check(
            "The US warned China against supplying lethal aid to Russia.",
            "supplying lethal aid",
            None,
            Some("The US"),
            None,
            (Warning, Underspecified, Some("warned"), false),
        );
        check(
            "Brussels urged member states not to buy Russian gas.",
            "buy Russian gas",
            None,
            Some("Brussels"),
            None,
            (Warning, Underspecified, Some("urged"), false),
        );
        check(
            "Moscow intends to buy more S-400 batteries for its own army.",
            "S-400 batteries",
            None,
            None,
            None,
            (Plan, Underspecified, Some("intends"), false),
        );
        // An agreement or commitment to do something is a plan, even when
        // announced as made.
        check(
            "The two unions had agreed to suspend the strike, the minister said.",
            "suspend the strike",
            None,
            Some("the minister"),
            None,
            (Plan, Underspecified, Some("agreed"), false),
        );
        check(
            "The council announced that members have agreed for the car allowances to be withdrawn.",
            "car allowances to be withdrawn",
            None,
            None,
            None,
            (Plan, Underspecified, Some("agreed"), false),
        );
        check(
            "Both leaders reaffirmed their commitment to reopening the border crossing.",
            "reopening the border crossing",
            None,
            None,
            None,
            (Plan, Underspecified, Some("commitment"), false),
        );
        check(
            "The Kremlin vowed to rebuild the dam within a year.",
            "rebuild the dam",
            None,
            Some("The Kremlin"),
            None,
            (Plan, Underspecified, Some("vowed"), false),
        );
        check(
            "State media sought to portray the blast as Ukrainian sabotage.",
            "Ukrainian sabotage",
            None,
            None,
            None,
            (Distancing, Underspecified, Some("portray"), false),
        );
        check(
            "Officials said the so-called humanitarian convoy carried ammunition.",
            "humanitarian convoy",
            Some("so-called"),
            Some("Officials"),
            None,
            (Denial, Probable, Some("so-called"), true),
        );
    }

    #[test]
    fn suggestions_theories_suspected_events_and_checks_take_no_side() {
        use Certainty::*;
        use SpeechAct::*;
        // A suggestion is no statement of fact.
        check(
            "The Ukrainian president suggested that Russia staged the attack to rally its people.",
            "Russia|staged|attack",
            None,
            Some("The Ukrainian president"),
            None,
            (Speculation, Possible, Some("suggested"), false),
        );
        check(
            "The defence lawyer suggested that the police had planted the knife.",
            "police|planted|knife",
            None,
            Some("The defence lawyer"),
            None,
            (Speculation, Possible, Some("suggested"), false),
        );
        // A theory or hypothesis holds its claim as a belief.
        check(
            "U.S. intelligence has a low level of confidence in the theory that the Kremlin orchestrated the attack.",
            "Kremlin|orchestrated|attack",
            None,
            None,
            None,
            (Speculation, Possible, Some("theory"), false),
        );
        check(
            "Engineers are testing the hypothesis that a faulty valve flooded the tunnel.",
            "faulty valve|flooded|tunnel",
            None,
            None,
            None,
            (Speculation, Possible, Some("hypothesis"), false),
        );
        // A suspected event is withheld like an alleged one.
        check(
            "Blinken said he was aware of reports of a suspected Ukrainian drone attack on the Kremlin.",
            "Ukrainian|drone|Kremlin",
            None,
            Some("Blinken"),
            None,
            (Distancing, Underspecified, Some("suspected"), false),
        );
        // What is being checked is not stated.
        check(
            "The US is attempting to verify Russia's claims of Ukrainian involvement in the attack, US media reported.",
            "Ukrainian|involvement|attack",
            None,
            Some("US media"),
            None,
            (Question, Underspecified, Some("verify"), false),
        );
        check(
            "Election officials are investigating allegations that ballots were destroyed in two counties.",
            "ballots|destroyed",
            None,
            None,
            None,
            (Question, Underspecified, Some("investigating"), false),
        );
        // A doubt of the claim's report is no side.
        check(
            "US Secretary of State Blinken voiced doubt Wednesday about reports of a drone attack on the Kremlin by Ukraine.",
            "drone|Kremlin|Ukraine",
            None,
            Some("US Secretary of State Blinken"),
            None,
            (Distancing, Underspecified, Some("doubt"), false),
        );
        check(
            "Blinken Says Take Kremlin Report of Drone Attack by Kyiv With 'Shaker of Salt'",
            "Drone|Attack|Kyiv",
            None,
            Some("Blinken"),
            None,
            (Distancing, Underspecified, Some("of salt"), false),
        );
        check(
            "Residents questioned claims that the dam had been inspected last year.",
            "dam|inspected",
            None,
            None,
            None,
            (Distancing, Underspecified, Some("questioned"), false),
        );
        // "No doubt" is certainty.
        check(
            "There is no doubt that they are remnants of a guided anti-aircraft missile from Ukraine's S-300 system.",
            "anti-aircraft missile|Ukraine",
            None,
            None,
            None,
            (Assertion, Certain, None, true),
        );
        // Evidence that suggests indicates, and a backed theory is a finding.
        check(
            "Our preliminary analysis suggests that the incident was likely caused by a Ukrainian air defence missile.",
            "Ukrainian air defence missile",
            None,
            Some("Our preliminary analysis"),
            Some("likely"),
            (Report, Probable, Some("likely"), true),
        );
        check(
            "Experts released preliminary findings supporting the theory that the dam collapse was caused by explosives planted by Russians.",
            "dam|explosives|Russians",
            None,
            Some("Experts"),
            None,
            (Report, Certain, None, true),
        );
        // A plain report of the deed still takes a side.
        check(
            "Investigators said the police had planted the knife.",
            "police|planted|knife",
            None,
            Some("Investigators"),
            None,
            (Report, Certain, None, true),
        );
    }

    #[test]
    fn a_future_seen_from_a_past_saying_is_a_commitment_a_plan_or_a_fear() {
        use Certainty::*;
        use SpeechAct::*;
        // "would" in what someone said: the speaker's commitment, a side
        // (convention 4 of tests/factuality); in what someone promised: a
        // plan, no side.
        check(
            "An initial review had found no sign of foul play, but police said they would continue to investigate after requests from the family.",
            "continue to investigate",
            None,
            Some("police"),
            None,
            (Report, Probable, Some("would"), true),
        );
        check(
            "The minister said an independent commission would examine the contracts in the coming weeks.",
            "commission|examine the contracts",
            None,
            Some("The minister"),
            None,
            (Report, Probable, Some("would"), true),
        );
        // A promise names no speaker the attribution finds.
        check(
            "Army officials have met village elders, promising that the families affected would be compensated.",
            "families affected|compensated",
            None,
            None,
            None,
            (Plan, Underspecified, Some("would"), false),
        );
        // What someone feared would happen: a speculation.
        check(
            "Engineers were worried that the rising water would breach the second dam within days.",
            "breach the second dam",
            None,
            None,
            None,
            (Speculation, Possible, Some("would"), false),
        );
        // Not a counterfactual or reported "would have", not a negated
        // "would", not a "would" in the writer's own voice.
        check(
            "Obviously, the Ukrainian army would never shoot at a prison like that.",
            "shoot at a prison",
            Some("never"),
            None,
            None,
            (Denial, Certain, None, true),
        );
        check(
            "Zelensky denied on Wednesday Russia's claims that Ukraine would have tried to carry out a drone strike on the Kremlin.",
            "drone strike",
            Some("denied"),
            Some("Zelensky"),
            None,
            (Denial, Certain, None, true),
        );
        check(
            "Without the new pumps the reservoir would drain within a month.",
            "reservoir|drain",
            None,
            None,
            None,
            (Assertion, Certain, None, true),
        );
    }

    #[test]
    fn neither_confirming_nor_denying_leaves_the_claim_open() {
        use Certainty::*;
        use SpeechAct::*;
        check(
            "A spokesman for the militia did not deny or confirm the governor's killing on Wednesday.",
            "governor's killing",
            None,
            Some("A spokesman for the militia"),
            None,
            (Question, Underspecified, Some("deny"), false),
        );
        check(
            "The ministry neither confirmed nor denied that its drones had struck the convoy.",
            "drones had struck the convoy",
            None,
            Some("The ministry"),
            None,
            (Question, Underspecified, Some("confirmed"), false),
        );
        // One who declines or refrains from confirming, verifying or
        // commenting takes no side either.
        for (sentence, cue) in [
            (
                "The minister declined to confirm reports that soldiers fired on the crowd.",
                "declined",
            ),
            (
                "She refrained from verifying claims that soldiers fired on the crowd.",
                "refrained",
            ),
            (
                "The army refused to comment on reports that soldiers fired on the crowd.",
                "refused",
            ),
        ] {
            check(
                sentence,
                "soldiers fired on the crowd",
                None,
                Some("The minister"),
                None,
                (Question, Underspecified, Some(cue), false),
            );
        }
        // A noun of saying after a modifier is the refused claim's own noun,
        // no verb that says it.
        for sentence in [
            "The ministry declined to confirm or deny media reports that soldiers fired on the crowd.",
            "The army would neither confirm nor deny persistent claims that soldiers fired on the crowd.",
        ] {
            check(
                sentence,
                "soldiers fired on the crowd",
                None,
                Some("The ministry"),
                None,
                (Question, Underspecified, Some("confirm"), false),
            );
        }
        // A claim said by a second verb after the refusal is said.
        check(
            "The army declined to confirm any role but repeated claims that soldiers fired on the crowd.",
            "soldiers fired on the crowd",
            None,
            Some("The army"),
            None,
            (Report, Certain, None, true),
        );
        // Declining something else, before a comma, leaves the claim alone.
        check(
            "The bank declined to comment, but said soldiers fired on the crowd.",
            "soldiers fired on the crowd",
            None,
            Some("The bank"),
            None,
            (Report, Certain, None, true),
        );
        // A refusal that a verb of saying follows holds only what it
        // refuses: the claim is what is said after it.
        for sentence in [
            "Officials who declined to comment on the inquiry said soldiers fired on the crowd.",
            "The mayor, having refused to confirm the toll earlier, now says soldiers fired on the crowd.",
            "A spokesman who would neither confirm nor deny the leak told reporters soldiers fired on the crowd.",
        ] {
            check(
                sentence,
                "soldiers fired on the crowd",
                None,
                Some("Officials"),
                None,
                (Report, Certain, None, true),
            );
        }
        // A denial and a confirmation of two things is no open question.
        check(
            "The army denied the strike and confirmed that the convoy had been hit by a mine.",
            "convoy had been hit",
            None,
            Some("The army"),
            None,
            (Report, Certain, None, true),
        );
    }

    #[test]
    fn an_evidential_of_appearance_makes_what_it_governs_probable() {
        use Certainty::*;
        use SpeechAct::*;
        // The outlet's own seeming: its probable assertion, a side.
        check(
            "The ministry released footage appearing to show soldiers looting a depot.",
            "soldiers|looting",
            None,
            None,
            None,
            (Assertion, Probable, Some("appearing"), true),
        );
        // "it appears that" frames an assessment: a report.
        check(
            "Based on what we know, it appears that the hackers altered the records, the agency said.",
            "hackers|altered",
            None,
            Some("the agency"),
            None,
            (Report, Certain, None, true),
        );
        check(
            "The militia seem to have seized the airport.",
            "seized|airport",
            None,
            None,
            None,
            (Assertion, Probable, Some("seem"), true),
        );
        check(
            "The sightings appear suspicious, the mayor said.",
            "suspicious",
            None,
            Some("the mayor"),
            None,
            (Report, Probable, Some("appear"), true),
        );
        check(
            "Investigators said on Monday that the crash appears to have been caused by ice on the wings.",
            "caused by ice",
            None,
            Some("Investigators"),
            None,
            (Report, Probable, Some("appears"), true),
        );
        check(
            "The charity said many marchers appeared to have been shot by soldiers.",
            "shot by soldiers",
            None,
            Some("The charity"),
            None,
            (Report, Probable, Some("appeared"), true),
        );
        // A modal of possibility over the seeming keeps it possible.
        check(
            "The leak may appear to have begun at a joint.",
            "begun at a joint",
            None,
            None,
            None,
            (Speculation, Possible, Some("may"), false),
        );
        // Appearing somewhere is no verb of seeming.
        check(
            "The minister appeared in court on charges of fraud.",
            "court|fraud",
            None,
            None,
            None,
            (Assertion, Certain, None, true),
        );
    }

    #[test]
    fn seemingly_grades_and_an_alleged_event_after_of_or_into_withholds_the_claim() {
        use Certainty::*;
        use SpeechAct::*;
        // "seemingly", "evidently" grade the claim probable: a side.
        check(
            "Local leaders seemingly begged the company to restore the service before the attack.",
            "begged the company",
            None,
            None,
            Some("seemingly"),
            (Assertion, Probable, Some("seemingly"), true),
        );
        check(
            "The guards evidently opened the gate from inside.",
            "opened the gate",
            None,
            None,
            Some("evidently"),
            (Assertion, Probable, Some("evidently"), true),
        );
        check(
            "The court annulled the vote on Friday, saying it had received evidence of alleged Russian interference.",
            "Russian|interference",
            None,
            Some("The court"),
            None,
            (Distancing, Underspecified, Some("alleged"), false),
        );
        check(
            "He was held in connection with an investigation into alleged unauthorized removal of classified documents.",
            "unauthorized|removal",
            None,
            None,
            None,
            (Distancing, Underspecified, Some("alleged"), false),
        );
        // A call for an inquiry into "the alleged" deed takes no side on it.
        check(
            "The OSCE has called for an inquiry into the alleged killing of protesters by soldiers.",
            "killing|soldiers",
            None,
            Some("The OSCE"),
            None,
            (Distancing, Underspecified, Some("alleged"), false),
        );
        check(
            "Lawyers demanded a probe into the alleged beating of detainees by prison guards, the paper reported.",
            "beating|guards",
            None,
            Some("the paper"),
            None,
            (Distancing, Underspecified, Some("alleged"), false),
        );
        // "about" an alleged event is what a denial answers: it still denies.
        check(
            "Following statements by Polish officials about alleged Russian missiles hitting near the border, the ministry denied carrying out such strikes.",
            "Russian|missiles",
            Some("denied"),
            Some("the ministry"),
            None,
            (Denial, Certain, None, true),
        );
    }

    #[test]
    fn a_possibility_checked_or_after_a_preposition_is_a_speculation() {
        use Certainty::*;
        use SpeechAct::*;
        for sentence in [
            "Prosecutors opened an investigation into possible election fraud in the capital.",
            "The commission asked prosecutors to investigate potential election fraud in the capital.",
            "The ship was held as police probe possible election fraud in the capital.",
        ] {
            let cue = if sentence.contains("potential") {
                "potential"
            } else {
                "possible"
            };
            check(
                sentence,
                "election|fraud",
                None,
                None,
                None,
                (Speculation, Possible, Some(cue), false),
            );
        }
        // "as soon as possible" opens no noun phrase.
        check(
            "Officials said election fraud would be punished as soon as possible.",
            "election|fraud",
            None,
            Some("Officials"),
            None,
            (Report, Probable, Some("would"), true),
        );
    }

    #[test]
    fn a_negated_ruling_out_is_a_speculation() {
        use Certainty::*;
        use SpeechAct::*;
        // The factuality of `claim` in `sentence` under an affirming stance
        // whose cue is `cue` (as the stance reader leaves it).
        let read_with_cue = |sentence: &str, claim: &str, cue: &str| {
            let start = sentence.find(claim).expect("the claim");
            let span = start..start + claim.len();
            let stance = StanceReading {
                stance: Stance::Affirm,
                cue: Some(Short::from(cue)),
                class: None,
            };
            read(
                sentence,
                &crate::text::clause::split(sentence),
                std::slice::from_ref(&span),
                &stance,
                None,
                None,
                true,
            )
        };
        // The stance keeps the cancelled negation as its cue.
        let got = read_with_cue(
            "Investigators said they did not rule out sabotage in two of the cases.",
            "sabotage",
            "did not rule out",
        );
        assert_eq!(
            (got.act, got.certainty, got.cue.as_deref(), got.takes_side()),
            (Speculation, Possible, Some("did not rule out"), false)
        );
        // A negated saying leaves the claim unsaid: no side, as "no
        // confirmation that" is.
        for (sentence, claim, cue) in [
            (
                "The authorities did not suggest it was sabotage.",
                "sabotage",
                "did not suggest",
            ),
            (
                "Officials have not claimed the reactor was hit.",
                "reactor was hit",
                "have not claimed",
            ),
        ] {
            let got = read_with_cue(sentence, claim, cue);
            assert_eq!(
                (got.act, got.certainty, got.cue.as_deref(), got.takes_side()),
                (Speculation, Possible, Some(cue), false),
                "{sentence}"
            );
        }
        // Not saying whether is a question left open.
        check(
            "Officials did not say whether the warehouse fire was arson.",
            "fire|arson",
            None,
            Some("Officials"),
            None,
            (Question, Underspecified, Some("whether"), false),
        );
        // A ruling out taken back by a later admission affirms, as a side.
        let sentence =
            "Police initially ruled out arson but later admitted the fire was set deliberately.";
        let got = read_with_cue(
            sentence,
            "fire was set",
            "ruled out arson but later admitted",
        );
        assert!(got.takes_side(), "{sentence}: {got:?}");
    }

    #[test]
    fn the_clause_of_a_noun_of_possibility_is_only_possible() {
        use Certainty::*;
        use SpeechAct::*;
        check(
            "Engineers are looking into the possibility that a faulty valve caused the flooding.",
            "faulty valve|caused",
            None,
            None,
            None,
            (Speculation, Possible, Some("possibility"), false),
        );
        check(
            "Prosecutors raised the possibility that the clerk had destroyed the ballots, the court heard.",
            "destroyed the ballots",
            None,
            Some("the court"),
            None,
            (Speculation, Possible, Some("possibility"), false),
        );
        check(
            "Detectives are working on the theory that the fire was started by a heater.",
            "fire|started by a heater",
            None,
            None,
            None,
            (Speculation, Possible, Some("theory"), false),
        );
        // No "that" clause of such a noun: the claim stands.
        check(
            "After weighing every possibility, the panel found that a faulty valve caused the flooding.",
            "faulty valve|caused",
            None,
            None,
            None,
            (Assertion, Certain, None, true),
        );
        // A denial of it stays a denial.
        check(
            "The utility denied the possibility that a faulty valve caused the flooding.",
            "faulty valve|caused",
            Some("denied"),
            None,
            None,
            (Denial, Certain, None, true),
        );
    }

    #[test]
    fn a_relative_clause_on_a_noun_of_possibility_is_not_its_content() {
        use Certainty::*;
        use SpeechAct::*;
        // "that" with a verb straight after it opens a relative clause on
        // the noun: what follows is told, not supposed.
        for (sentence, claim) in [
            (
                "The scenario that unfolded when the dam broke shocked residents.",
                "dam broke",
            ),
            (
                "It was a scenario that played out across the region as rivers burst their banks.",
                "rivers burst their banks",
            ),
            (
                "The theory that was floated on Monday collapsed when the levee broke.",
                "levee broke",
            ),
        ] {
            check(
                sentence,
                claim,
                None,
                None,
                None,
                (Assertion, Certain, None, true),
            );
        }
        // The content clause of its own subject stays only possible.
        check(
            "Officials are weighing the prospect that the levee broke under the weight of debris.",
            "levee broke",
            None,
            None,
            None,
            (Speculation, Possible, Some("prospect"), false),
        );
    }

    #[test]
    fn a_claim_only_named_by_a_noun_of_claiming_takes_no_side() {
        use Certainty::*;
        use SpeechAct::*;
        // Unproven claims: a speculation, whoever holds them.
        check(
            "The army has yet to produce evidence proving its claims the rebels stored weapons in the school.",
            "rebels|stored weapons",
            None,
            Some("The army"),
            None,
            (Speculation, Possible, Some("claims"), false),
        );
        check(
            "The ministry is still yet to release proof of its claims that the militia has a command post under the clinic.",
            "militia|command post",
            None,
            None,
            None,
            (Speculation, Possible, Some("claims"), false),
        );
        // Allegations nobody in the sentence makes: named, not reported.
        check(
            "A leaked dossier that prompted donors to halt funds includes allegations that some staff took part in the raid.",
            "took part in the raid",
            None,
            None,
            None,
            (Report, Underspecified, Some("allegations"), false),
        );
        check(
            "The vote has hit stumbling blocks in light of allegations Moscow interfered.",
            "Moscow interfered",
            None,
            None,
            None,
            (Report, Underspecified, Some("allegations"), false),
        );
        // A holder named in the sentence keeps the report, and a denial of
        // the allegations is a side.
        check(
            "Kyiv's allegations that Russian forces shelled the plant were repeated on Monday.",
            "Russian forces|shelled",
            None,
            Some("Kyiv"),
            None,
            (Report, Certain, None, true),
        );
        check(
            "Moscow denied the allegations that its forces shelled the plant.",
            "forces|shelled",
            Some("denied"),
            None,
            None,
            (Denial, Certain, None, true),
        );
    }

    #[test]
    fn a_definition_says_nothing_of_the_event() {
        use Certainty::*;
        use SpeechAct::*;
        // "A coup is when …", "a massacre is where …": what would count as
        // one, whenever it happens; no claim that it did.
        for (sentence, claim, cue) in [
            (
                "“A blockade is when the navy stops every ship from docking,” the envoy said.",
                "the navy stops every ship",
                "when",
            ),
            (
                "A cover-up is where officials hide what the inquiry found.",
                "officials hide what the inquiry found",
                "where",
            ),
        ] {
            check(
                sentence,
                claim,
                None,
                None,
                None,
                (Conditional, Underspecified, Some(cue), false),
            );
        }
        // A "when" of time after a copula dates the event: it is said.
        check(
            "The worst moment was when the navy stopped every ship from docking.",
            "the navy stopped every ship",
            None,
            None,
            None,
            (Assertion, Certain, None, true),
        );
        // So does a pointing subject: "that's when", "this is where".
        for (sentence, claim) in [
            (
                "That's when soldiers opened fire on the marchers.",
                "soldiers opened fire",
            ),
            (
                "This is where soldiers opened fire on the marchers.",
                "soldiers opened fire",
            ),
            (
                "It is when the guards left that the prisoners escaped.",
                "the guards left",
            ),
        ] {
            check(
                sentence,
                claim,
                None,
                None,
                None,
                (Assertion, Certain, None, true),
            );
        }
    }

    #[test]
    fn an_estimate_added_with_some_keeps_the_fear_it_adds_to() {
        use Certainty::*;
        use SpeechAct::*;
        // "…, with some estimating N": the estimate elaborates the fear or
        // the hedge before it and is no more certain than it.
        for (sentence, cue) in [
            (
                "Aid workers fear the number of missing could grow, with some estimating 300 missing.",
                "fear",
            ),
            (
                "The flood may have reached the lower town, with others putting the displaced at 4,000.",
                "may",
            ),
        ] {
            let claim = if sentence.contains("300") {
                "300 missing"
            } else {
                "displaced at 4,000"
            };
            check(
                sentence,
                claim,
                None,
                None,
                None,
                (Speculation, Possible, Some(cue), false),
            );
        }
        // With no fear or hedge before it, the estimate is said.
        check(
            "Rescuers reached the lower town, with some estimating 300 missing.",
            "300 missing",
            None,
            None,
            None,
            (Assertion, Certain, None, true),
        );
    }

    #[test]
    fn an_estimate_after_the_month_may_or_a_participle_is_said() {
        // "May" the month, "than expected", "the officials concerned" and
        // "the thought of" are no fear or hedge for the estimate to share.
        for (sentence, claim) in [
            (
                "Fighting resumed in May, with officials putting the toll at 300.",
                "toll at 300",
            ),
            (
                "The river rose faster than expected, with some putting the displaced at 4,000.",
                "displaced at 4,000",
            ),
            (
                "Rescuers met the families concerned, with others estimating 200 missing.",
                "200 missing",
            ),
            (
                "The thought of another quake kept people outside, with some estimating 90 dead.",
                "90 dead",
            ),
        ] {
            check(
                sentence,
                claim,
                None,
                None,
                None,
                (SpeechAct::Assertion, Certainty::Certain, None, true),
            );
        }
        // A fear of what is to come still hedges the estimate.
        check(
            "Officials expected the toll to rise, with some putting it at 300 dead.",
            "300 dead",
            None,
            None,
            None,
            (
                SpeechAct::Speculation,
                Certainty::Possible,
                Some("expected"),
                false,
            ),
        );
    }

    #[test]
    fn what_is_widely_blamed_is_a_probable_uncredited_assertion() {
        use Certainty::*;
        use SpeechAct::*;
        // Background attribution ("widely attributed to", "widely blamed
        // on"): what many hold, credited to no one, not the writer's own
        // certain word.
        for (sentence, claim) in [
            (
                "The fire, widely attributed to faulty wiring, gutted the market.",
                "fire|faulty wiring",
            ),
            (
                "The raids, widely blamed on a rebel faction, have emptied the valley.",
                "raids|rebel faction",
            ),
        ] {
            check(
                sentence,
                claim,
                None,
                None,
                None,
                (Assertion, Probable, Some("widely"), true),
            );
        }
        // A widely held view in an aside is the aside's: the main clause
        // around it stays the writer's certain assertion.
        check(
            "The strike, widely seen as a warning, hit a power plant.",
            "strike|power plant",
            None,
            None,
            None,
            (Assertion, Certain, None, true),
        );
        check(
            "The raid, widely seen as a warning to Kyiv, hit a power plant.",
            "raid|warning to Kyiv",
            None,
            None,
            None,
            (Assertion, Probable, Some("widely"), true),
        );
        // "widely" of an extent ("the fire spread widely") hedges nothing.
        check(
            "The fire from faulty wiring spread widely through the market.",
            "fire|faulty wiring",
            None,
            None,
            None,
            (Assertion, Certain, None, true),
        );
    }

    #[test]
    fn if_then_conditions_every_clause_of_the_sentence() {
        use Certainty::*;
        use SpeechAct::*;
        let sentence = "If the reports are correct, and it was the skater who tested positive, then the team will lose its gold medal.";
        check(
            sentence,
            "skater|tested positive",
            None,
            None,
            None,
            (Conditional, Underspecified, Some("if"), false),
        );
        check(
            sentence,
            "team|lose its gold medal",
            None,
            None,
            None,
            (Conditional, Underspecified, Some("if"), false),
        );
        // Without "then" the consequence is not read as conditioned here,
        // and a sentence that does not open with "if" is no condition.
        check(
            "The skater tested positive, and if the appeal fails she will miss the event.",
            "skater|tested positive",
            None,
            None,
            None,
            (Assertion, Certain, None, true),
        );
    }

    #[test]
    fn a_doubt_under_a_denial_or_a_negation_and_an_open_question_in_another_clause() {
        use Certainty::*;
        use SpeechAct::*;
        // A denial by doubt stays a denial.
        check(
            "Kyiv doubted that the drones were Ukrainian.",
            "drones|Ukrainian",
            Some("doubted"),
            Some("Kyiv"),
            None,
            (Denial, Certain, None, true),
        );
        // "no reason to doubt" is certainty.
        check(
            "Officials said there was no reason to doubt that Russian missiles hit the hospital.",
            "Russian missiles|hit|hospital",
            None,
            Some("Officials"),
            None,
            (Report, Certain, None, true),
        );
        // Refusing to confirm or deny one thing leaves open only that thing.
        check(
            "The ministry refused to confirm or deny the report, but said Russian drones hit the depot.",
            "Russian drones|hit|depot",
            None,
            Some("The ministry"),
            None,
            (Report, Certain, None, true),
        );
        // A word that only starts like "deny" pairs with nothing.
        check(
            "The company would neither confirm nor dent its forecast as shares fell on the flood.",
            "shares fell",
            None,
            None,
            None,
            (Assertion, Certain, None, true),
        );
    }

    #[test]
    fn a_negated_seeming_is_a_probable_denial() {
        use Certainty::*;
        use SpeechAct::*;
        // "did not seem to be", "doesn't appear to": no sign of the claim
        // was seen, a probable denial whoever says it (as "no sign of").
        for (sentence, claim, negation, speaker) in [
            (
                "While the driver did not seem to be ideologically motivated, prosecutors said he had a record.",
                "ideologically|motivated",
                "did not",
                None,
            ),
            (
                "Although there doesn't seem to be a political motive, the police said the man was known to them.",
                "political|motive",
                "doesn't",
                None,
            ),
            (
                "Although there doesn’t seem to be a political motive, the police said the man was known to them.",
                "political|motive",
                "doesn’t",
                None,
            ),
            (
                "The gunman did not appear to have acted on orders, officials said.",
                "acted|orders",
                "did not",
                Some("officials"),
            ),
        ] {
            let cue = if sentence.contains("appear") {
                "appear"
            } else {
                "seem"
            };
            check(
                sentence,
                claim,
                Some(negation),
                speaker,
                None,
                (Denial, Probable, Some(cue), true),
            );
        }
        // Without its negation the outlet's own seeming is its probable
        // assertion.
        check(
            "The driver seemed to be motivated by politics.",
            "motivated|politics",
            None,
            None,
            None,
            (Assertion, Probable, Some("seemed"), true),
        );
    }

    #[test]
    fn a_claim_named_as_the_topic_of_a_question_or_investigation_is_asked() {
        use Certainty::*;
        use SpeechAct::*;
        for (sentence, claim, cue) in [
            (
                "New evidence emerged, raising questions about the political motivation of the attack.",
                "political|motivation",
                "questions",
            ),
            (
                "The bus driver remains under investigation for failing to spot the obstruction.",
                "driver|failing",
                "investigation",
            ),
            (
                "The mayor was investigated over payments to the contractor.",
                "payments|contractor",
                "investigated",
            ),
        ] {
            each_unattributed(
                &[(sentence, claim)],
                (Question, Underspecified, Some(cue), false),
            );
        }
        // A question in another stretch, or whose topic is not the claim,
        // asks nothing of it.
        check(
            "Answering questions about the fire, the chief said the wiring caused it.",
            "wiring|caused",
            None,
            Some("the chief"),
            None,
            (Report, Certain, None, true),
        );
        check(
            "The minister took questions about the budget after the storm destroyed the bridge.",
            "storm|destroyed|bridge",
            None,
            None,
            None,
            (Assertion, Certain, None, true),
        );
        // An investigation of the event, no suspect's deed, is no question.
        check(
            "The driver was arrested for speeding after the crash.",
            "driver|speeding",
            None,
            None,
            None,
            (Assertion, Certain, None, true),
        );
    }

    #[test]
    fn a_doubt_or_possibility_modifying_the_whole_claim_withholds_it() {
        use Certainty::*;
        use SpeechAct::*;
        // A claim of one phrase, all of it in the modified noun phrase.
        check(
            "The alleged incursion comes at a moment of increased tension.",
            "incursion",
            None,
            None,
            None,
            (Distancing, Underspecified, Some("alleged"), false),
        );
        // A possessive opens the noun phrase as an article does.
        check(
            "Investigators suggested a lack of motive, citing his potential mental illness.",
            "mental illness",
            None,
            Some("Investigators"),
            None,
            (Speculation, Possible, Some("potential"), false),
        );
        check(
            "Their alleged incursion into the airspace drew protests.",
            "incursion|airspace",
            None,
            None,
            None,
            (Distancing, Underspecified, Some("alleged"), false),
        );
        // One phrase of several is one party, not the event.
        check(
            "The alleged spy said the drones crossed the border.",
            "spy|drones|crossed",
            None,
            Some("The alleged spy"),
            None,
            (Report, Certain, None, true),
        );
        // The modified noun phrase holds none of the claim.
        check(
            "The alleged spy said the incursion happened at night.",
            "incursion",
            None,
            Some("The alleged spy"),
            None,
            (Report, Certain, None, true),
        );
    }
}
