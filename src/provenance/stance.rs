//! Stance: whether a sentence affirms or denies a claim, and the cue that decides.
//!
//! Matches: "Beijing has declared that it will not send weapons to Russia." (deny, "will not")
//! Ignores: "Russia requested Chinese military aid."                         (affirm)
//!
//! In order: a rule's denial cue, then a denial word ("denied"), both
//! `Antonymy`; then a negation at most a few words before a claim phrase with
//! no clause break between, `Negation`. A negation right before a denial word
//! ("did not deny", "never denied") cancels both and affirms. "unlikely to"
//! negates what follows as probably not so (FactBank's probable-negative):
//! a denial whose certainty `factuality` reads as probable. The writer's
//! "ostensibly" or "so-called" before the claim doubts it: a denial too.

use std::cell::OnceCell;
use std::ops::Range;

use crate::model::{DenialClass, Short, Stance, StanceReading};
use crate::provenance::cues::{emphatic_after, CueKinds, Hit, DENIAL, HEDGE, NEGATION};
use crate::text::clause::{self, ClauseKind, Clauses, Token};
use crate::text::{grammar, saying};

/// How many words may separate a negation from the claim phrase it governs.
const SCOPE_WORDS: usize = 6;

/// How many words may separate a denial word from the claim phrase it denies
/// ("denied any involvement in these military advancements").
const DENIAL_SCOPE_WORDS: usize = 8;

/// Verbs that negate what follows them ("dissuade X from supplying"): after a
/// negation they make a double negative, which affirms.
const PREVENTION_VERBS: &[&str] = &[
    "dissuade",
    "prevent",
    "stop",
    "deter",
    "impede",
    "hinder",
    "block",
    "bar",
    "restrain",
    "discourage",
];

/// Auxiliaries written as part of a negation cue: "will not", "has not".
const AUXILIARIES: &[&str] = &[
    "will", "would", "did", "does", "do", "has", "have", "had", "is", "are", "was", "were", "can",
    "could", "should", "may", "might", "must", "shall",
];

/// Words that open a new clause and so end a negation's scope.
const CLAUSE_WORDS: &[&str] = &[
    "but", "although", "though", "while", "whereas", "which", "who", "because", "however",
];

/// Which of a rule's terms each claim span is of: by its index among the
/// rule's `all` then `any` terms (`of_span`, parallel to the claim spans;
/// empty when a role pattern placed them), how many `all` terms there are
/// and whether there are `any` terms.
#[derive(Debug, Clone, Copy, Default)]
pub struct ClaimTerms<'a> {
    /// The term of each claim span.
    pub of_span: &'a [u16],
    /// How many `all` terms the rule has.
    pub n_all: usize,
    /// Whether the rule has `any` terms (one of them must hold).
    pub any: bool,
}

impl ClaimTerms<'_> {
    /// Whether the claim spans at `indices` hold an `all` term and an
    /// `any` term (every `all` term when the rule has no `any` terms).
    fn partial(&self, indices: &[usize]) -> bool {
        let term = |idx: &usize| self.of_span.get(*idx).map(|term| usize::from(*term));
        if !self.any {
            return self.complete(indices);
        }
        indices
            .iter()
            .any(|idx| term(idx).is_some_and(|term| term < self.n_all))
            && indices
                .iter()
                .any(|idx| term(idx).is_some_and(|term| term >= self.n_all))
    }

    /// Whether the claim spans at `indices` hold every `all` term (of a
    /// rule that has some).
    fn all_terms(&self, indices: &[usize]) -> bool {
        let term = |idx: &usize| self.of_span.get(*idx).map(|term| usize::from(*term));
        self.n_all > 0
            && (0..self.n_all).all(|all| indices.iter().any(|idx| term(idx) == Some(all)))
    }

    /// Whether the claim spans at `indices` hold the claim on their own:
    /// a span of every `all` term and one of an `any` term.
    fn complete(&self, indices: &[usize]) -> bool {
        let term = |idx: &usize| self.of_span.get(*idx).map(|term| usize::from(*term));
        !indices.is_empty()
            && (0..self.n_all).all(|all| indices.iter().any(|idx| term(idx) == Some(all)))
            && (!self.any
                || indices
                    .iter()
                    .any(|idx| term(idx).is_some_and(|term| term >= self.n_all)))
    }
}

/// The stance of `sentence` given its cue hits, claim spans (with the terms
/// they are of) and the rule's deny spans.
pub fn read(
    sentence: &str,
    clauses: &Clauses,
    hits: &[Hit],
    claim_spans: &[Range<usize>],
    terms: &ClaimTerms<'_>,
    deny_spans: &[Range<usize>],
) -> StanceReading {
    let governs = |cue: &Range<usize>, target: &Range<usize>, max_words: usize| {
        governs(sentence, clauses, cue, target, max_words)
    };
    // The sentence's tokens and its counterfactual antecedent, read once
    // (when first needed), whatever the number of negations examined.
    let sentence_tokens: OnceCell<Vec<Token<'_>>> = OnceCell::new();
    let tokens = || tokens_of(sentence, &sentence_tokens);
    let antecedent: OnceCell<Option<Range<usize>>> = OnceCell::new();
    let antecedent = || {
        antecedent
            .get_or_init(|| counterfactual_if(sentence, &sentence_tokens, clauses, claim_spans))
            .clone()
    };
    let mut doubts = writer_doubts(sentence);
    doubts.extend(falsely_said(sentence));
    let negations: Vec<&Hit> = hits
        .iter()
        .chain(doubts.iter())
        .filter(|hit| {
            let unlikely = hit.kinds.contains(HEDGE)
                && sentence
                    .get(hit.span.clone())
                    .is_some_and(|cue| cue.eq_ignore_ascii_case("unlikely"));
            (hit.kinds.contains(NEGATION) || unlikely) && !is_idiom(sentence, &hit.span)
        })
        // A negation the rule wrote into its own phrase is what the claim
        // says ("no blind strike", "could not have been unaware"), no
        // denial of it.
        .filter(|hit| !claim_spans.iter().any(|span| contains(span, &hit.span)))
        .collect();
    // A rule's denial cue denies a claim in its clause, or in one it reports
    // or that reports it ("Allegations that Russia struck are untrue"), not
    // one of a coordinate clause ("Israel denied it was involved and released
    // evidence it said showed the blast was caused by a rocket").
    let in_claim_scope = |cue: &Range<usize>| {
        claim_spans.is_empty()
            || claim_spans
                .iter()
                .any(|claim| clauses.same_scope(cue.start, claim.start))
    };
    let denials = deny_spans
        .iter()
        .filter(|cue| in_claim_scope(cue) && !off_predicate(sentence, claim_spans, cue))
        .cloned()
        .chain(
            hits.iter()
                .filter(|hit| hit.kinds.contains(DENIAL))
                .filter(|hit| !claim_spans.iter().any(|span| contains(span, &hit.span)))
                .filter(|hit| {
                    claim_spans.is_empty()
                        || claim_spans
                            .iter()
                            .any(|claim| governs(&hit.span, claim, DENIAL_SCOPE_WORDS))
                })
                .map(|hit| hit.span.clone()),
        )
        .filter(|span| {
            sentence.get(span.clone()).is_some()
                && !asserted_apart(clauses, claim_spans, terms, span)
                && !emphatic(sentence, span)
                && !dismissed_as(sentence, claim_spans, span)
                && !dismisses_someone(tokens(), span)
        });
    let mut cancelled: Option<Range<usize>> = None;
    for denial in denials {
        match negations.iter().find(|hit| governs(&hit.span, &denial, 2)) {
            Some(negation) => {
                let start = cue_start(sentence, &negation.span);
                cancelled.get_or_insert(start..denial.end);
            }
            None => match later_admission(sentence, &denial) {
                // "initially rejected their involvement, but later
                // acknowledged their role": the last word stands.
                Some(end) => {
                    cancelled.get_or_insert(denial.start..end);
                }
                None => return deny(sentence, denial, DenialClass::Antonymy),
            },
        }
    }
    if may_judge_false(sentence) {
        if let Some(span) = judged_false(tokens(), claim_spans) {
            return deny(sentence, span, DenialClass::Antonymy);
        }
    }
    for negation in &negations {
        if cancelled
            .as_ref()
            .is_some_and(|span| contains(span, &negation.span))
        {
            continue;
        }
        if let Some(end) = negated_modifier(tokens(), &negation.span, claim_spans) {
            // "some deaths came from looting by gangs not linked to the
            // protests": a negated participle after a noun restricts that
            // noun; it does not deny the claim said before it.
            let start = cue_start(sentence, &negation.span);
            cancelled.get_or_insert(start..end);
            continue;
        }
        if reproached(sentence, clauses, &negation.span) {
            // "accused the government of not enforcing building
            // regulations": the negation is what is alleged.
            continue;
        }
        if let Some((end, passive)) = left_possible_after(sentence, &negation.span) {
            // "could not rule out foreign attacks", "no confirmation that":
            // the negation negates the ruling out or the confirmation, and
            // the claim it governs (or, passive, the subject
            // of its clause: "an attack cannot be ruled out") is left
            // possible, not denied; one in another clause it does not bear
            // on at all.
            if claim_spans.is_empty()
                || claim_spans.iter().any(|claim| {
                    governs(&negation.span, claim, SCOPE_WORDS)
                        || passive
                            && claim.end <= negation.span.start
                            && clauses.same_scope(claim.start, negation.span.start)
                })
            {
                let start = cue_start(sentence, &negation.span);
                cancelled.get_or_insert(start..end);
            }
            continue;
        }
        if let Some(end) = unclaimed_after(sentence, &negation.span) {
            // "did not suggest it was sabotage", "has not claimed that
            // …", "no suggestion that …": no one says the claim, which
            // neither affirms nor denies it.
            if claim_spans.is_empty()
                || claim_spans
                    .iter()
                    .any(|claim| governs(&negation.span, claim, SCOPE_WORDS))
            {
                let start = cue_start(sentence, &negation.span);
                cancelled.get_or_insert(start..end);
            }
            continue;
        }
        if let Some(end) = contrasted(sentence, tokens(), &negation.span, claim_spans) {
            // "did not strike fighters but civilians": the negation
            // governs what "but" replaces, not the claim said of its
            // replacement.
            let start = cue_start(sentence, &negation.span);
            cancelled.get_or_insert(start..end);
            continue;
        }
        if let Some(end) = factive_after(sentence, &negation.span).filter(|end| {
            !claim_spans.is_empty() && claim_spans.iter().all(|claim| claim.start >= *end)
        }) {
            // "the crew did not realise the autopilot was on": a factive
            // verb presupposes its clause whatever its polarity (a claim
            // that holds the verb, "did not [know that …]", is the knowing,
            // and denied).
            let start = cue_start(sentence, &negation.span);
            cancelled.get_or_insert(start..end);
            continue;
        }
        if let Some(end) = prevention_after(sentence, &negation.span) {
            // "has not dissuaded Chinese companies from supplying": two negatives affirm.
            let start = cue_start(sentence, &negation.span);
            cancelled.get_or_insert(start..end);
            continue;
        }
        // Without claim spans the whole sentence is the claim. "without"
        // heads an adjunct: it negates a claim written inside it ("escaped
        // without injuries"), not the clause it hangs on ("shelled the
        // town without warning, killing three").
        let adjunct = sentence
            .get(negation.span.clone())
            .is_some_and(|cue| cue.eq_ignore_ascii_case("without"));
        let in_scope = claim_spans.is_empty()
            || if adjunct {
                without_scope(sentence, &negation.span, claim_spans).is_some_and(|claim| {
                    governs(&negation.span, claim, SCOPE_WORDS)
                        && !beyond_predicate(sentence, &negation.span, claim)
                })
            } else {
                claim_spans.iter().any(|claim| {
                    governs(&negation.span, claim, SCOPE_WORDS)
                        && !beyond_predicate(sentence, &negation.span, claim)
                })
            };
        if in_scope {
            let start = cue_start(sentence, &negation.span);
            if let Some(antecedent) =
                antecedent().filter(|antecedent| contains(antecedent, &negation.span))
            {
                // "would have held if the roof had not been repaired": a
                // negated counterfactual antecedent presupposes the claim.
                cancelled.get_or_insert(antecedent.start..negation.span.end);
                continue;
            }
            return deny(sentence, start..negation.span.end, DenialClass::Negation);
        }
    }
    if cancelled.is_none() {
        if let Some(span) = prevented(sentence, clauses, claim_spans) {
            return deny(sentence, span, DenialClass::Antonymy);
        }
        if let Some(span) = antecedent() {
            return deny(sentence, span, DenialClass::Negation);
        }
    }
    StanceReading {
        stance: Stance::Affirm,
        cue: cancelled.and_then(|span| sentence.get(span).map(Short::from)),
        class: None,
    }
}

/// The tokens of `sentence`, made the first time they are asked for.
fn tokens_of<'c, 's>(sentence: &'s str, tokens: &'c OnceCell<Vec<Token<'s>>>) -> &'c [Token<'s>] {
    tokens.get_or_init(|| clause::tokens(sentence))
}

/// The antecedent of a counterfactual conditional that holds every claim
/// span: an "if" clause in the pluperfect ("had been renovated", "had
/// known") whose sentence says what "would have" (or "would not have",
/// "could have", "might have") happened. It presupposes that the claim did
/// not happen (FactBank's CT- for the antecedent): "the collapse would not
/// have happened if the roof had been repaired" says the roof was not
/// repaired. The span from "if" to the end of "had" (and of a "not" or
/// "never" after it). Not "even if", nor a
/// condition in the present or simple past ("if the roof was repaired").
fn counterfactual_if<'s>(
    sentence: &'s str,
    tokens: &OnceCell<Vec<Token<'s>>>,
    clauses: &Clauses,
    claim_spans: &[Range<usize>],
) -> Option<Range<usize>> {
    let first = claim_spans.first()?;
    let ancestry = clauses.ancestry(clauses.at(first.start));
    let condition = ancestry.into_iter().find(|idx| {
        clauses
            .clauses
            .get(*idx)
            .is_some_and(|clause| clause.kind == ClauseKind::Subordinate && clause.opener == "if")
    })?;
    let held = claim_spans.iter().all(|span| {
        clauses
            .ancestry(clauses.at(span.start))
            .contains(&condition)
    });
    let clause = clauses.clauses.get(condition)?;
    let (start, end) = (clause.spans.first()?.start, clause.spans.last()?.end);
    let lower = sentence.to_ascii_lowercase();
    let head = lower.get(..start)?.trim_end();
    let opens = lower.get(start..end)?;
    let if_at = start + opens.find("if")?;
    // "even if" concedes; "asked if", "unclear if", "did not say if"
    // ask whether, no condition.
    let before_if = lower
        .get(..if_at)?
        .split(|ch: char| !ch.is_alphanumeric())
        .rfind(|word| !word.is_empty())
        .unwrap_or("");
    if !held || head.ends_with("even") || before_if == "even" || ASKS_IF.contains(&before_if) {
        return None;
    }
    let words: Vec<(usize, &str)> = tokens_of(sentence, tokens)
        .iter()
        .filter(|token| token.word && if_at <= token.span.start && token.span.end <= end)
        .map(|token| (token.span.start, token.lower.as_str()))
        .collect();
    let had = words.iter().enumerate().find_map(|(idx, (at, word))| {
        let pluperfect =
            *word == "had"
                && words.iter().skip(idx + 1).take(3).any(|(_, next)| {
                    *next == "been" || crate::text::grammar::is_past_participle(next)
                });
        // "had not", "had never": the negation is part of the antecedent.
        let end = match words.get(idx + 1) {
            Some((next_at, next)) if ["not", "never"].contains(next) => next_at + next.len(),
            _ => at + word.len(),
        };
        pluperfect.then_some(end)
    })?;
    let outside = format!("{} {}", lower.get(..start)?, lower.get(end..)?);
    let apodosis = [
        "would have",
        "would not have",
        "wouldn't have",
        "would never have",
        "could have",
        "might have",
        "would've",
    ]
    .iter()
    .any(|modal| outside.contains(modal));
    apodosis.then_some(if_at..had)
}

/// Words after which "if" asks whether: "asked if", "unclear if",
/// "did not say if", "to establish if".
const ASKS_IF: &[&str] = &[
    "ask",
    "asked",
    "asking",
    "asks",
    "wonder",
    "wondered",
    "wondering",
    "know",
    "knew",
    "known",
    "knows",
    "say",
    "said",
    "says",
    "tell",
    "told",
    "establish",
    "determine",
    "clear",
    "unclear",
    "see",
    "check",
    "checked",
    "checking",
    "verify",
    "confirm",
    "confirmed",
    "sure",
    "certain",
    "decide",
    "investigate",
    "investigating",
    "question",
    "questioned",
    "doubt",
    "out",
];

/// The end of an admission that takes back the denial at `denial`: "but"
/// (after a comma or not), at most two adverbs of time and a verb of
/// admitting, with no subject of its own ("initially denied the charges
/// but later admitted them", "rejected their involvement, but later
/// acknowledged their role"). Another subject ("but Kyiv confirmed it")
/// is another speaker's word, left to the denial.
fn later_admission(sentence: &str, denial: &Range<usize>) -> Option<usize> {
    let rest = sentence.get(denial.end..)?;
    let mut words = Vec::new();
    let mut start = None;
    for (at, ch) in rest
        .char_indices()
        .chain(std::iter::once((rest.len(), ' ')))
    {
        match (ch.is_alphanumeric(), start) {
            (true, None) => start = Some(at),
            (false, Some(from)) => {
                words.push((from, at, rest[from..at].to_ascii_lowercase()));
                start = None;
            }
            _ => {}
        }
    }
    let but = words.iter().position(|(_, _, word)| word == "but")?;
    let mut idx = but + 1;
    while words
        .get(idx)
        .is_some_and(|(_, _, word)| LATER.contains(&word.as_str()))
        && idx < but + 3
    {
        idx += 1;
    }
    let (_, end, verb) = words.get(idx)?;
    // An admission of something new ("denied striking the hospital but
    // confirmed a strike on a nearby barracks") takes nothing back.
    let something_new = words.get(idx + 1).is_some_and(|(_, _, next)| {
        ["a", "an", "another", "other", "some"].contains(&next.as_str())
    });
    (!something_new && ADMISSIONS.iter().any(|stem| verb.starts_with(stem)))
        .then_some(denial.end + end)
}

/// Adverbs of time between "but" and a later admission.
const LATER: &[&str] = &[
    "later",
    "eventually",
    "subsequently",
    "then",
    "finally",
    "since",
    "has",
    "have",
    "had",
    "now",
];

/// Stems of verbs of admitting.
const ADMISSIONS: &[&str] = &["acknowledg", "admit", "confess", "conced", "confirm"];

/// A prevention verb and its "from" before a claim phrase it keeps from
/// happening ("may deter China from providing overt military aid", "stopped
/// Moscow from buying"): the verb, its object (at most four words), "from"
/// and the claim phrase at most two words after it, in one clause scope. A
/// negated prevention ("has not dissuaded … from supplying") affirms and is
/// read before.
fn prevented(
    sentence: &str,
    clauses: &Clauses,
    claim_spans: &[Range<usize>],
) -> Option<Range<usize>> {
    let mut words: Vec<Range<usize>> = Vec::new();
    let mut start = None;
    for (at, ch) in sentence
        .char_indices()
        .chain(std::iter::once((sentence.len(), ' ')))
    {
        match (ch.is_alphanumeric() || ch == '-' || ch == '\'', start) {
            (true, None) => start = Some(at),
            (false, Some(from)) => {
                words.push(from..at);
                start = None;
            }
            _ => {}
        }
    }
    let word = |idx: usize| {
        words
            .get(idx)
            .and_then(|span| sentence.get(span.clone()))
            .map(str::to_ascii_lowercase)
    };
    (0..words.len()).find_map(|idx| {
        let lower = word(idx)?;
        let verb = PREVENTION_VERBS.iter().any(|stem| {
            lower == *stem
                || lower
                    .strip_prefix(stem)
                    .is_some_and(|ending| PREVENTION_ENDINGS.contains(&ending))
        });
        if !verb {
            return None;
        }
        let from = (idx + 1..(idx + 6).min(words.len()))
            .find(|at| word(*at).as_deref() == Some("from"))?;
        let from_span = words.get(from)?;
        let verb_span = words.get(idx)?;
        let reach = words.get((from + 2).min(words.len() - 1))?.end;
        claim_spans
            .iter()
            .any(|claim| {
                from_span.end <= claim.start
                    && claim.start <= reach
                    && clauses.same_scope(verb_span.start, claim.start)
            })
            .then_some(verb_span.start..from_span.end)
    })
}

/// Endings of the prevention verbs ("deterred", "prevents", "stopping").
const PREVENTION_ENDINGS: &[&str] = &[
    "s", "es", "ed", "d", "ing", "red", "ring", "ped", "ping", "ring", "rred", "rring",
];

/// Whether the claim is said whole in clauses of its own that the denial
/// `cue` does not reach: the claim spans outside the cue's scope, in main,
/// coordinate or reported clauses reached from where they meet the cue's
/// clause through no relative, subordinate or parenthetical clause (which
/// only qualify), hold every `all` term and an `any` term. "Duda ruled out
/// that the missile was launched from Russia and said, "it is most likely
/// an anti-ballistic missile used by the Ukrainian defense forces"" denies
/// one claim and asserts the other; "Israel denied it was involved and
/// released evidence it said showed the blast was caused by a rocket" says
/// no Israel apart from the denial, so it still denies Israel's part.
fn asserted_apart(
    clauses: &Clauses,
    claim_spans: &[Range<usize>],
    terms: &ClaimTerms<'_>,
    cue: &Range<usize>,
) -> bool {
    let cue_chain = clauses.ancestry(clauses.at(cue.start));
    let apart: Vec<usize> = claim_spans
        .iter()
        .enumerate()
        .filter(|(_, claim)| {
            if clauses.same_scope(cue.start, claim.start) {
                return false;
            }
            clauses
                .ancestry(clauses.at(claim.start))
                .iter()
                .take_while(|idx| !cue_chain.contains(idx))
                .all(|idx| {
                    !matches!(
                        clauses.kind(*idx),
                        ClauseKind::Relative | ClauseKind::Subordinate | ClauseKind::Parenthetical
                    )
                })
        })
        .map(|(idx, _)| idx)
        .collect();
    // The slots of a role pattern (no terms to tell them by) say the claim
    // apart only all together: in "Ukraine denied any involvement, saying
    // Moscow could use it for further escalation" the theme alone stands
    // apart, and the denial holds.
    if terms.of_span.is_empty() || terms.of_span.len() != claim_spans.len() {
        return !apart.is_empty() && apart.len() == claim_spans.len();
    }
    if terms.complete(&apart) {
        return true;
    }
    // "Moscow denied Kiev's allegations that Russian forces raided the
    // theater building, noting that members of the Azov battalion blew up
    // the building": a coordinate verb's own report asserts a claim apart
    // when it holds an `any` term and an `all` term, and each `all` term it
    // leaves out stands in what is denied, after the cue (the theater). One
    // left to the denier ("Israel denied it was involved and released
    // evidence it said showed the blast was caused by a rocket") keeps the
    // denial of the denier's own part.
    let after_cue: Vec<usize> = (0..claim_spans.len())
        .filter(|idx| claim_spans[*idx].start >= cue.end)
        .collect();
    let reported: Vec<usize> = apart
        .iter()
        .copied()
        .filter(|idx| {
            claim_spans
                .get(*idx)
                .is_some_and(|claim| reported_apart(clauses, &cue_chain, claim.start))
        })
        .collect();
    let mut whole = reported.clone();
    whole.extend(after_cue);
    // "Russia denied targeting the hospital, saying it had been hit by a
    // Ukrainian air defence missile": a report that holds every `all` term
    // asserts them apart, its `any` term standing in what is denied.
    (terms.partial(&reported) || terms.all_terms(&reported)) && terms.complete(&whole)
}

/// Whether the clause at `at` is a complement of a coordinate clause that
/// is not the cue's (`cue_chain`): what a second verb of saying reports
/// (", noting that …", "and said that …").
fn reported_apart(clauses: &Clauses, cue_chain: &[usize], at: usize) -> bool {
    let chain: Vec<usize> = clauses
        .ancestry(clauses.at(at))
        .into_iter()
        .take_while(|idx| !cue_chain.contains(idx))
        .collect();
    // ", saying it had been hit by …": a participle of saying opens a
    // coordinate clause whose complement has no "that" to split it off.
    let saying_participle = chain.first().is_some_and(|idx| {
        clauses.kind(*idx) == ClauseKind::Coordinate
            && clauses
                .clauses
                .get(*idx)
                .is_some_and(|clause| SAYING_PARTICIPLES.contains(&clause.opener.as_str()))
    });
    saying_participle
        || chain.windows(2).any(|pair| {
            clauses.kind(pair[0]) == ClauseKind::Complement
                && clauses.kind(pair[1]) == ClauseKind::Coordinate
        })
}

/// Participles of saying that open a coordinate clause reporting its own
/// claim (", saying …", ", insisting …").
const SAYING_PARTICIPLES: &[&str] = &[
    "saying",
    "adding",
    "noting",
    "claiming",
    "insisting",
    "arguing",
    "stating",
    "asserting",
    "explaining",
    "alleging",
];

/// Copulas: they predicate a word of denial of what stands before them
/// ("the accusations are false").
const COPULAS: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "being", "remain", "remains",
];

/// Verbs of calling: they predicate a word of denial of their object,
/// before or after it ("described as lies", "called the claims a
/// provocation"), and deny only when that word calls it false; the verb
/// before a claim whose judgement follows it ("branded reports of X as
/// fake": `judged_false`). The follow-up reader asks the same of a verb of
/// calling that opens a sentence (`called_false`). The verbs of naming
/// (`NAMING`) call their object a judgement with "as" or without it; those
/// here need the "as" ("described X as lies", never "described X lies").
pub(crate) fn is_calling(word: &str) -> bool {
    NAMING.contains(&word) || CALLING_AS.contains(&word)
}

/// Verbs of calling that take their judgement only after "as".
const CALLING_AS: &[&str] = &[
    "described",
    "describes",
    "describing",
    "brand",
    "characterised",
    "characterized",
    "cited",
];

/// Verbs of dismissing: a denial of their own, whose object a word of
/// denial after it may be said of too ("dismissed the claims as lies").
const DISMISSING: &[&str] = &[
    "dismissed",
    "dismisses",
    "dismissing",
    "denounced",
    "denounces",
    "denouncing",
    "rejected",
];

/// Whether the lower-cased `word` predicates a word of denial of what it
/// stands by: a verb of calling or dismissing, or "as".
fn brands(word: &str) -> bool {
    word == "as" || is_calling(word) || DISMISSING.contains(&word)
}

/// Whether the verb of calling at byte `verb_start` of `sentence`, its
/// object ending at `object_end`, calls that object false (`branded_as`):
/// "It described these claims as baseless", "The ministry called the
/// reports a fabrication"; not "as credible", nor "as not false".
pub(crate) fn called_false(sentence: &str, verb_start: usize, object_end: usize) -> bool {
    branded_as(&clause::tokens(sentence), object_end, verb_start).is_some()
}

/// Whether the rule's denial cue at `cue`, a word of denial without a
/// negation ("lies", "provocation", "fabrication"), stands after every claim
/// phrase with nothing that predicates it of them: "… the brutal massacre he
/// committed by bombing the hospital through his usual fabrication of lies"
/// says the other side lies, it does not deny the massacre. "Kiev's claims
/// that a Russian missile hit Kramatorsk are not true" has its copula (and a
/// negation of its own).
fn off_predicate(sentence: &str, claim_spans: &[Range<usize>], cue: &Range<usize>) -> bool {
    let Some(last) = claim_spans.iter().map(|span| span.end).max() else {
        return false;
    };
    let Some(text) = sentence.get(cue.clone()) else {
        return false;
    };
    let negated = text.split(|ch: char| !ch.is_alphanumeric()).any(|word| {
        ["not", "no", "none", "never", "nor", "without"]
            .iter()
            .any(|negation| word.eq_ignore_ascii_case(negation))
    }) || text.contains("n't")
        || text.contains("n’t");
    if negated || cue.start < last {
        return false;
    }
    let first = claim_spans.iter().map(|span| span.start).min().unwrap_or(0);
    let has = |text: &str, words: fn(&str) -> bool| {
        text.split(|ch: char| !ch.is_alphanumeric())
            .any(|word| words(&word.to_ascii_lowercase()))
    };
    // A copula or verb of calling between the claim and the word, or a verb
    // of calling before the claim ("called the accusations … a provocation").
    let between = sentence.get(last..cue.start).unwrap_or("");
    // A claim noun before the claim's last phrase, with nothing but the
    // claim between it and the word ("Kremlin says claims it ordered Wagner
    // chief's death an 'absolute lie'", a headline's elided copula): the
    // word is said of the claims.
    let claim_noun = sentence
        .get(..last)
        .unwrap_or("")
        .split(|ch: char| !ch.is_alphanumeric())
        .any(|word| {
            CLAIM_NOUNS
                .iter()
                .any(|noun| word.eq_ignore_ascii_case(noun))
        });
    let short_gap = between.split_whitespace().count() <= CLAIM_NOUN_GAP;
    !(has(between, |word| COPULAS.contains(&word))
        || has(between, brands)
        || has(sentence.get(..first).unwrap_or(""), brands)
        || (claim_noun && short_gap))
}

/// How many words may stand between a claim noun's claim and the word of
/// denial said of it (the claim's object: "ordered Wagner chief's death an").
const CLAIM_NOUN_GAP: usize = 6;

/// Nouns of a claim that a word of denial after it may be said of, and
/// that a judgement of falsity bears on (`judged_false`).
const CLAIM_NOUNS: &[&str] = &[
    "claim",
    "claims",
    "report",
    "reports",
    "reporting",
    "allegation",
    "allegations",
    "accusation",
    "accusations",
    "assertion",
    "assertions",
    "suggestion",
    "suggestions",
    "rumour",
    "rumours",
    "rumor",
    "rumors",
    "story",
    "stories",
    "statement",
    "statements",
    "charge",
    "charges",
    "narrative",
    "comments",
    "news",
];

/// The writer's doubt cues in `sentence` ("ostensibly", "so-called"), as
/// negation hits: they deny what they modify.
fn writer_doubts(sentence: &str) -> Vec<Hit> {
    let lower = sentence.to_ascii_lowercase();
    WRITER_DOUBTS
        .iter()
        .flat_map(|cue| {
            lower.match_indices(cue).filter_map(|(at, found)| {
                let end = at + found.len();
                let starts = lower[..at]
                    .chars()
                    .next_back()
                    .is_none_or(|ch| !ch.is_alphanumeric());
                let ends = lower[end..]
                    .chars()
                    .next()
                    .is_none_or(|ch| !ch.is_alphanumeric());
                (starts && ends).then_some(Hit {
                    kinds: NEGATION | CueKinds::default(),
                    span: at..end,
                })
            })
        })
        .collect()
}

/// Words by which the writer doubts what they modify.
const WRITER_DOUBTS: &[&str] = &["ostensibly", "so-called"];

/// "Officials falsely stated that the man had a criminal record", "police
/// wrongly identified him as the gunman", "it was reported erroneously
/// that …": an adverb of falsity on a verb of saying, next to it on
/// either side, is the writer's judgement that what was said is not so, a
/// denial of the claim it governs (as negation hits, the adverb and the
/// verb together). So is one on a verb of believing ("mistakenly believed
/// the fault was a power cut", "having wrongly assessed a power fault").
/// On any other verb it judges the act, not a claim ("was
/// wrongly imprisoned", "mistakenly bombed a school" say that it happened).
pub(crate) fn falsely_said(sentence: &str) -> Vec<Hit> {
    if !may_hold_falsity(sentence) {
        return Vec::new();
    }
    let tokens = clause::tokens(sentence);
    let words: Vec<&Token<'_>> = tokens.iter().filter(|token| token.word).collect();
    words
        .windows(2)
        .filter_map(|pair| {
            let [left, right] = pair else {
                return None;
            };
            let said = |token: &Token<'_>| {
                SAYING_STEMS.iter().any(|stem| {
                    token.lower.starts_with(stem) && token.lower.len() <= stem.len() + 3
                })
            };
            let adjacent = sentence
                .get(left.span.end..right.span.start)
                .is_some_and(|gap| gap.chars().all(char::is_whitespace));
            let falsity = |token: &Token<'_>| FALSITY.contains(&token.lower.as_str());
            (adjacent && (falsity(left) && said(right) || said(left) && falsity(right))).then(
                || Hit {
                    kinds: NEGATION | CueKinds::default(),
                    span: left.span.start..right.span.end,
                },
            )
        })
        .collect()
}

/// Whether `sentence` may hold an adverb of `FALSITY` as a word, tested
/// before it is tokenised (most sentences hold none): a token lowercases to
/// one only where the sentence holds its letters after its last "k" in any
/// ASCII case, since no character but an ASCII letter lowercases to an ASCII
/// letter other than "k" (the Kelvin sign does). Every adverb ends in "y",
/// so only the bytes before a "y" are compared.
fn may_hold_falsity(sentence: &str) -> bool {
    let bytes = sentence.as_bytes();
    memchr::memchr2_iter(b'y', b'Y', bytes).any(|last| {
        FALSITY.iter().any(|word| {
            let tail = word.rsplit('k').next().unwrap_or_default().as_bytes();
            (last + 1)
                .checked_sub(tail.len())
                .and_then(|start| bytes.get(start..=last))
                .is_some_and(|found| found.eq_ignore_ascii_case(tail))
        })
    })
}

/// Adverbs by which the writer says that what was said is false.
const FALSITY: &[&str] = &[
    "falsely",
    "wrongly",
    "erroneously",
    "mistakenly",
    "incorrectly",
    "inaccurately",
    "untruthfully",
];

/// Stems of verbs of saying, claiming or reporting that an adverb of
/// falsity judges (a stem takes at most three letters of ending:
/// "stated", "claiming", "reports").
const SAYING_STEMS: &[&str] = &[
    "said",
    "say",
    "stat",
    "claim",
    "report",
    "assert",
    "allege",
    "alleging",
    "announc",
    "insist",
    "declar",
    "told",
    "tell",
    "wrote",
    "writ",
    "post",
    "accus",
    "identif",
    "describ",
    "label",
    "blam",
    "attribut",
    "suggest",
    "portray",
    "present",
    "depict",
    "characteri",
    "brand",
    // Verbs of believing: "mistakenly believed the fault was a power cut",
    // "having wrongly assessed a power fault" say it was not so.
    "believ",
    "assum",
    "assess",
    "thought",
    "think",
    "conclud",
];

fn deny(sentence: &str, span: Range<usize>, class: DenialClass) -> StanceReading {
    StanceReading {
        stance: Stance::Deny,
        cue: sentence.get(span).map(Short::from),
        class: Some(class),
    }
}

/// True when `target` starts at most `max_words` words after `cue`, with no
/// clause break in between, in the cue's clause or one it governs (a
/// complement or quote: "no evidence that China supplied", not "denied
/// involvement and suggested foreign agents were behind it").
fn governs(
    sentence: &str,
    clauses: &Clauses,
    cue: &Range<usize>,
    target: &Range<usize>,
    max_words: usize,
) -> bool {
    if target.start < cue.end {
        return false;
    }
    if !clauses.governed_by(clauses.at(target.start), clauses.at(cue.start)) {
        return false;
    }
    // A few words are never this long; the bound keeps the check constant-time.
    if target.start - cue.end > 48 * (max_words + 1) {
        return false;
    }
    let Some(between) = sentence.get(cue.end..target.start) else {
        return false;
    };
    if between.contains([',', ';', ':', '—', '–', '(', ')', '“', '”', '"']) {
        return false;
    }
    let mut n_words = 0;
    for word in between.split_whitespace() {
        if CLAUSE_WORDS
            .iter()
            .any(|clause| clause.eq_ignore_ascii_case(word))
        {
            return false;
        }
        n_words += 1;
    }
    n_words <= max_words
}

/// "whether or not", "not only", "not least", "no doubt", "no matter",
/// "nothing more than": no negation. Nor is a negated equative comparison
/// ("did not go as quickly as hoped", "not 'as quick' as hoped"): it says
/// that something fell short, which affirms a claim of shortfall.
fn is_idiom(sentence: &str, span: &Range<usize>) -> bool {
    let before = sentence.get(..span.start).unwrap_or("");
    let after = sentence.get(span.end..).unwrap_or("");
    if negated_comparison(after) || emphatic(sentence, span) {
        return true;
    }
    let next = after.split_whitespace().next().unwrap_or("");
    let prev = before.split_whitespace().next_back().unwrap_or("");
    let cue = sentence.get(span.clone()).unwrap_or("");
    // "Doctors Without Borders" (a capitalised "Without" inside a
    // sentence names something), "not without", "without (a) doubt",
    // "without which": no negation of a claim.
    if cue.eq_ignore_ascii_case("without") {
        let named = cue.starts_with('W') && !before.trim().is_empty();
        let doubt = after
            .split_whitespace()
            .take(2)
            .any(|word| word.eq_ignore_ascii_case("doubt"));
        return named
            || doubt
            || prev.eq_ignore_ascii_case("not")
            || ["which", "whom", "whose"]
                .iter()
                .any(|word| next.eq_ignore_ascii_case(word));
    }
    (cue.eq_ignore_ascii_case("not")
        && (prev.eq_ignore_ascii_case("or")
            || ["least", "necessarily", "without"]
                .iter()
                .any(|word| next.eq_ignore_ascii_case(word))
            || crate::text::clause::not_only(prev, after)))
        || (cue.eq_ignore_ascii_case("no")
            && ["doubt", "matter", "less", "fewer", "sooner"]
                .iter()
                .any(|word| next.eq_ignore_ascii_case(word)))
        || (cue.eq_ignore_ascii_case("nothing")
            && ["more", "but", "less", "short"]
                .iter()
                .any(|word| next.eq_ignore_ascii_case(word)))
}

/// Whether the negation at `span` is a negated "could" or "can" whose
/// comparative says the most there is (`cues::emphatic_after`), not that
/// the claim is not so: "the team could not have been happier".
fn emphatic(sentence: &str, span: &Range<usize>) -> bool {
    let cue = sentence.get(span.clone()).unwrap_or("").to_lowercase();
    let modal = sentence
        .get(..span.start)
        .and_then(|before| before.split_whitespace().next_back())
        .unwrap_or("")
        .to_lowercase();
    let modal_cue = [
        "cannot",
        "couldn't",
        "couldn’t",
        "can't",
        "can’t",
        "could not",
        "can not",
    ]
    .contains(&cue.as_str())
        || (cue == "not" && ["could", "can"].contains(&modal.as_str()));
    modal_cue && emphatic_after(sentence.get(span.end..).unwrap_or(""))
}

/// Whether `after` (the text after a negation) holds "as X as" or "as X Y as"
/// within its next ten words, before any clause break.
fn negated_comparison(after: &str) -> bool {
    let words: Vec<String> = after
        .split_whitespace()
        .take_while(|word| !word.starts_with([',', ';', ':']))
        .take(10)
        .map(|word| {
            word.trim_matches(|ch: char| !ch.is_alphanumeric())
                .to_ascii_lowercase()
        })
        .collect();
    words.iter().enumerate().any(|(idx, word)| {
        word == "as"
            && words
                .get(idx + 2..(idx + 4).min(words.len()))
                .is_some_and(|rest| rest.iter().any(|word| word == "as"))
    })
}

/// "Claims that the army shelled the market are baseless", "reports of a
/// second blast were unfounded", "the suggestion that rebels fired is
/// simply not credible", "branded reports of torture as fabricated",
/// "false claims that the storm was engineered": a judgement of falsity on a report whose content holds
/// the claim denies the claim (`Antonymy`), whoever makes it. The report is
/// a noun of claiming ("claims", "reports", "the allegation") right before
/// the claim with its "that", "of" or "about" (`report_before`), or what a
/// verb of branding takes as its object; the judgement is the noun's
/// predicate after the claim (a form of "be", "appear", "seem" or
/// "remain" and a word of falsity, or a negated word of truth: "is false",
/// "has been debunked", "isn't credible", "is not supported by evidence";
/// not across a clause opened after a comma, a colon or a semicolon), a
/// branding "as" and a word of falsity after the claim, or an adjective of
/// falsity on the noun. A negated word of
/// falsity ("is not false") judges nothing. The span of the judgement.
fn judged_false(tokens: &[Token<'_>], claim_spans: &[Range<usize>]) -> Option<Range<usize>> {
    let first = claim_spans.iter().map(|span| span.start).min()?;
    let last = claim_spans.iter().map(|span| span.end).max()?;
    let words: Vec<&Token<'_>> = tokens.iter().filter(|token| token.word).collect();
    let opens = words.iter().position(|word| word.span.start >= first)?;
    // The branding verb before the claim: "branded (the reports of) X as
    // fake", "cited X as incorrect", "called claims of X nonsense".
    let branding = |end: usize| {
        words
            .get(end.saturating_sub(CALLING_REACH)..end)?
            .iter()
            .rev()
            .find(|word| word.lower != "as" && brands(word.lower.as_str()))
    };
    // Or before the report noun whose "that", "of" or "about" phrase holds
    // the claim, as far back again: "called the reports that the company
    // bribed officials a witch hunt".
    let report_noun = || {
        (opens.saturating_sub(2 * CALLING_REACH)..opens)
            .rev()
            .find(|&at| {
                words
                    .get(at)
                    .is_some_and(|word| CLAIM_NOUNS.contains(&word.lower.as_str()))
                    && words
                        .get(at + 1)
                        .is_some_and(|next| ["that", "of", "about"].contains(&next.lower.as_str()))
            })
    };
    let branded = branding(opens).or_else(|| report_noun().and_then(branding));
    if let Some(verb) = branded {
        if let Some(judgement) = branded_as(tokens, last, verb.span.start) {
            return Some(judgement);
        }
    }
    let noun = report_before(&words[..opens])?;
    let noun_at = words[..opens]
        .iter()
        .rposition(|word| word.span == noun.span)?;
    // An adjective of falsity on the noun: "false claims that …".
    if let Some(adjective) = noun_at
        .checked_sub(1)
        .and_then(|idx| words.get(idx))
        .filter(|word| FALSE_ADJECTIVES.contains(&word.lower.as_str()))
    {
        return Some(adjective.span.start..noun.span.end);
    }
    predicate_of(tokens, last)
}

/// Whether `sentence` may hold a judgement of falsity on a report
/// (`judged_false`): the stem of a report noun or of a branding verb, a
/// cheap test before its tokens are read.
fn may_judge_false(sentence: &str) -> bool {
    // One pass of an automaton over the stems, not a pass per stem.
    static JUDGED: std::sync::LazyLock<Option<aho_corasick::AhoCorasick>> =
        std::sync::LazyLock::new(|| {
            aho_corasick::AhoCorasick::builder()
                .ascii_case_insensitive(true)
                .build(JUDGED_STEMS)
                .ok()
        });
    match JUDGED.as_ref() {
        Some(judged) => judged.is_match(sentence),
        None => JUDGED_STEMS
            .iter()
            .any(|stem| crate::text::holds_ascii_word(sentence, stem)),
    }
}

/// Stems of `CLAIM_NOUNS` and verbs of calling (`is_calling`; no "k":
/// `holds_ascii_word`).
const JUDGED_STEMS: &[&str] = &[
    "claim",
    "report",
    "allegation",
    "accusation",
    "assertion",
    "suggestion",
    "rumo",
    "stor",
    "statement",
    "charge",
    "narrative",
    "comments",
    "news",
    "brand",
    "describ",
    "label",
    "dismiss",
    "denounc",
    "characteri",
    "reject",
    "cited",
    "call",
    "term",
];

/// How many words before the claim a verb of branding may stand ("branded
/// the reports of torture in the camp as …").
const CALLING_REACH: usize = 4;

/// The noun of claiming whose content the claim is: among the last four
/// words before the claim, followed by "that", "of" or "about" (and an
/// article), or by a verb of spreading and one of them ("false claims
/// circulate about …").
fn report_before<'t, 's>(words: &[&'t Token<'s>]) -> Option<&'t Token<'s>> {
    let n = words.len();
    (n.saturating_sub(4)..n).find_map(|idx| {
        let noun = words.get(idx)?;
        if !CLAIM_NOUNS.contains(&noun.lower.as_str()) {
            return None;
        }
        let rest: Vec<&str> = words[idx + 1..]
            .iter()
            .map(|word| word.lower.as_str())
            .collect();
        let rest = match rest.as_slice() {
            [spread, rest @ ..] if SPREADING.contains(spread) => rest,
            rest => rest,
        };
        let content = match rest {
            [] => false,
            [connector, rest @ ..] => {
                ["that", "of", "about"].contains(connector)
                    && rest.iter().all(|word| CONTENT_FILLERS.contains(word))
            }
        };
        content.then_some(*noun)
    })
}

/// Words between a report noun's connector and the claim: "reports of an
/// attack", "claims that the army …".
const CONTENT_FILLERS: &[&str] = &["a", "an", "the", "any", "some", "such", "alleged"];

/// Verbs by which reports spread, between the noun and its "about".
const SPREADING: &[&str] = &[
    "circulate",
    "circulates",
    "circulated",
    "circulating",
    "spread",
    "spreading",
    "swirl",
    "swirled",
    "swirling",
];

/// After a branding verb before the claim: its "as" and a word of falsity
/// at most three words after the claim ("branded reports of X as 'fake'"),
/// or, for a verb of naming, the word of falsity itself ("called claims of
/// X nonsense"). The span from the verb to the word.
fn branded_as(tokens: &[Token<'_>], last: usize, verb_start: usize) -> Option<Range<usize>> {
    let verb = tokens.iter().find(|token| token.span.start == verb_start)?;
    let naming = NAMING.contains(&verb.lower.as_str());
    let mut seen = 0;
    let mut as_seen = false;
    let from = tokens.partition_point(|token| token.span.start < last);
    for (at, token) in tokens.iter().enumerate().skip(from) {
        if !token.word {
            if [",", ";", ":", "."].contains(&token.text) {
                return None;
            }
            continue;
        }
        let word = token.lower.as_str();
        // "called the reports not baseless": a negated word of falsity
        // judges nothing.
        if ["not", "never", "hardly"].contains(&word) {
            return None;
        }
        if let Some(end) = false_word_end(tokens, at, word).filter(|_| as_seen || naming) {
            return Some(verb_start..end);
        }
        if word == "as" {
            as_seen = true;
            continue;
        }
        if as_seen && !JUDGEMENT_FILLERS.contains(&word) {
            return None;
        }
        seen += 1;
        if seen > 3 {
            return None;
        }
    }
    None
}

/// The predicate that judges a report false, in the words from `from` (the
/// end of the claim) to the report's verb: at most `PREDICATE_REACH` words
/// on, past a parenthetical set off by dashes or brackets, not past a
/// clause opened after a comma, colon or semicolon.
fn predicate_of(tokens: &[Token<'_>], from: usize) -> Option<Range<usize>> {
    let mut n_words = 0;
    let mut aside: Option<&str> = None;
    let mut verb: Option<usize> = None;
    let mut negated = false;
    let mut after_comma = false;
    let first = tokens.partition_point(|token| token.span.start < from);
    for (at, token) in tokens.iter().enumerate().skip(first) {
        let text = token.text;
        if let Some(closer) = aside {
            if text == closer {
                aside = None;
            }
            continue;
        }
        if !token.word {
            match text {
                "—" | "–" | "-" if verb.is_none() => aside = Some(text),
                "(" if verb.is_none() => aside = Some(")"),
                ";" | ":" | "." | "?" | "!" => return None,
                "," => after_comma = true,
                _ => {}
            }
            continue;
        }
        let word = token.lower.as_str();
        if after_comma && verb.is_none() && CLAUSE_WORDS.contains(&word) {
            return None;
        }
        after_comma = false;
        n_words += 1;
        if n_words > PREDICATE_REACH {
            return None;
        }
        let Some(start) = verb else {
            if links(word) || NEGATED_LINKS.contains(&word) {
                verb = Some(token.span.start);
                negated = NEGATED_LINKS.contains(&word);
            }
            continue;
        };
        if ["not", "never"].contains(&word) {
            negated = true;
            continue;
        }
        if let Some(end) = false_word_end(tokens, at, word) {
            return (!negated).then_some(start..end);
        }
        if PASSIVE_REJECTIONS.contains(&word) {
            return (!negated).then_some(start..token.span.end);
        }
        if TRUTH.contains(&word) {
            return negated.then_some(start..token.span.end);
        }
        if !(JUDGEMENT_FILLERS.contains(&word) || links(word)) {
            return None;
        }
    }
    None
}

/// How many words after the claim its report's predicate may end.
const PREDICATE_REACH: usize = 12;

/// Whether `word` links a report to a judgement of it: a copula or one of
/// `MORE_LINKS`.
fn links(word: &str) -> bool {
    COPULAS.contains(&word) || MORE_LINKS.contains(&word)
}

/// Verbs besides the copulas that link a report to a judgement of it
/// ("appeared unproven", "has been debunked", "proved false").
#[rustfmt::skip]
const MORE_LINKS: &[&str] = &[
    "has", "have", "had", "appear", "appears", "appeared", "seem", "seems", "seemed", "remained",
    "proved", "proven",
];

/// Negated forms of the copulas, written as one word.
const NEGATED_LINKS: &[&str] = &[
    "isn't",
    "isn’t",
    "aren't",
    "aren’t",
    "wasn't",
    "wasn’t",
    "weren't",
    "weren’t",
    "hasn't",
    "hasn’t",
    "haven't",
    "haven’t",
];

/// Words that may stand between a copula (or a branding "as") and its
/// judgement: "simply", "completely", "yet another", "a", "pure".
const JUDGEMENT_FILLERS: &[&str] = &[
    "a",
    "an",
    "also",
    "all",
    "simply",
    "completely",
    "totally",
    "entirely",
    "absolutely",
    "wholly",
    "utterly",
    "clearly",
    "patently",
    "obviously",
    "just",
    "yet",
    "another",
    "pure",
    "utter",
    "outright",
    "complete",
    "total",
    "nothing",
    "but",
    "more",
    "than",
    "being",
    "been",
    "now",
    "widely",
    "since",
    "later",
    "quickly",
    "roundly",
    "thoroughly",
    "categorically",
    "and",
];

/// Words of falsity that judge a report: "baseless", "a lie", "fabricated".
const FALSE_WORDS: &[&str] = &[
    "baseless",
    "groundless",
    "unfounded",
    "false",
    "untrue",
    "fabricated",
    "fabrication",
    "fabrications",
    "fake",
    "fiction",
    "fictitious",
    "bogus",
    "nonsense",
    "lie",
    "lies",
    "hoax",
    "incorrect",
    "inaccurate",
    "unsubstantiated",
    "unproven",
    "disinformation",
    "misinformation",
    "absurd",
    "ridiculous",
    "debunked",
    "discredited",
    // A judgement of a report as a malicious invention: "called the
    // reports a smear", "propaganda", "a witch hunt" (`false_word_end`).
    "smear",
    "slander",
    "slanderous",
    "propaganda",
    "witch-hunt",
];

/// Where the judgement ends when the word at `at` of `tokens`, lower-cased
/// as `word`, judges a report false: a word of `FALSE_WORDS` (its end), or
/// "witch" before "hunt" ("called the reports a witch hunt": the end of
/// "hunt").
fn false_word_end(tokens: &[Token<'_>], at: usize, word: &str) -> Option<usize> {
    let token = tokens.get(at)?;
    if FALSE_WORDS.contains(&word) {
        return Some(token.span.end);
    }
    (word == "witch")
        .then(|| {
            tokens
                .get(at + 1..)?
                .iter()
                .find(|token| token.word)
                .filter(|next| next.lower == "hunt")
                .map(|next| next.span.end)
        })
        .flatten()
}

/// Passive verbs of rejection after a copula: "were refuted by", "has been
/// denied".
const PASSIVE_REJECTIONS: &[&str] = &["refuted", "denied", "dismissed", "rejected", "disproved"];

/// Words of truth that judge a report false when negated: "is not true",
/// "isn't credible", "was not supported by evidence".
const TRUTH: &[&str] = &[
    "true",
    "credible",
    "accurate",
    "correct",
    "supported",
    "substantiated",
    "borne",
];

/// Adjectives of falsity on a report noun: "false claims that …".
const FALSE_ADJECTIVES: &[&str] = &[
    "false",
    "baseless",
    "groundless",
    "unfounded",
    "fake",
    "bogus",
    "fabricated",
    "untrue",
    "debunked",
    "discredited",
    "unsubstantiated",
    "spurious",
];

/// Verbs of branding that name their judgement without "as" ("called
/// claims of a chemical attack nonsense", "branded the accusations lies")
/// or with it: the verbs of calling (`is_calling`) but those of
/// `CALLING_AS`.
#[rustfmt::skip]
const NAMING: &[&str] = &[
    "called", "calls", "calling", "termed", "terms", "branded", "brands", "branding", "labelled",
    "labeled", "labels", "labelling", "labeling",
];

/// Where the cue starts, including an auxiliary right before "not" or "never".
fn cue_start(sentence: &str, span: &Range<usize>) -> usize {
    let before = sentence.get(..span.start).unwrap_or("");
    let trimmed = before.trim_end();
    let Some(word) = trimmed.split_whitespace().next_back() else {
        return span.start;
    };
    let cue = sentence.get(span.clone()).unwrap_or("");
    let negates_verb = cue.eq_ignore_ascii_case("not") || cue.eq_ignore_ascii_case("never");
    if negates_verb && AUXILIARIES.iter().any(|aux| aux.eq_ignore_ascii_case(word)) {
        trimmed.len() - word.len()
    } else {
        span.start
    }
}

/// "not X but Y": the end of the "but" (and of a "rather" or "instead"
/// after it) when the negation at `negation` is answered within its clause
/// by a verbless "but" phrase that holds a claim span, while X, the words
/// between the negation's first word and the "but", holds none: "the army
/// did not strike fighters but civilians" affirms that it struck
/// civilians. The word right after the negation (its verb: "strike") is
/// shared by X and Y. "Not only X but also Y" is an idiom read elsewhere;
/// "did not strike civilians but fighters" still denies.
fn contrasted(
    sentence: &str,
    tokens: &[Token<'_>],
    negation: &Range<usize>,
    claim_spans: &[Range<usize>],
) -> Option<usize> {
    let after = tokens.partition_point(|token| token.span.start < negation.end);
    let rest = tokens.get(after..)?;
    // The stretch up to the clause's end (a comma may stand before "but").
    let stretch: Vec<_> = rest
        .iter()
        .take_while(|token| token.word || !matches!(token.text, "." | ";" | ":" | "?" | "!"))
        .collect();
    let words: Vec<_> = stretch.iter().filter(|token| token.word).collect();
    let but = words
        .iter()
        .take(SCOPE_WORDS + 2)
        .position(|token| token.lower == "but")?;
    let verb_end = words.first()?.span.end;
    let but_token = words.get(but)?;
    if but < 2 {
        return None;
    }
    let mut end = but_token.span.end;
    let mut replacement = words.get(but + 1..)?.iter().peekable();
    if let Some(adverb) =
        replacement.next_if(|token| ["rather", "instead"].contains(&token.lower.as_str()))
    {
        end = adverb.span.end;
    }
    if replacement
        .peek()
        .is_some_and(|token| token.lower == "also")
    {
        return None;
    }
    // Y: up to its first comma, with no verb of its own.
    let y_start = replacement.peek()?.span.start;
    let y_end = stretch
        .iter()
        .find(|token| token.span.start > y_start && token.text == ",")
        .map_or(sentence.len(), |comma| comma.span.start);
    let subject = replacement
        .peek()
        .is_some_and(|token| crate::text::grammar::is_personal_pronoun(&token.lower));
    let verbless = !subject
        && replacement
            .take_while(|token| token.span.start < y_end)
            .all(|token| !crate::text::grammar::is_auxiliary(&token.lower));
    let in_y = claim_spans
        .iter()
        .any(|span| y_start <= span.start && span.end <= y_end);
    let in_x = claim_spans
        .iter()
        .any(|span| verb_end <= span.start && span.start < but_token.span.start);
    (verbless && in_y && !in_x).then_some(end)
}

/// The end of a prevention verb ("dissuaded", "impeded") among the three
/// words right after `negation`, if there is one ("nor has it impeded").
fn prevention_after(sentence: &str, negation: &Range<usize>) -> Option<usize> {
    let after = sentence.get(negation.end..)?;
    let mut words = Vec::with_capacity(3);
    let mut start = None;
    for (at, ch) in after.char_indices() {
        match (ch.is_whitespace(), start) {
            (false, None) => start = Some(at),
            (true, Some(from)) => {
                words.push(from..at);
                start = None;
                if words.len() == 3 {
                    break;
                }
            }
            _ => {}
        }
    }
    if let (Some(from), true) = (start, words.len() < 3) {
        words.push(from..after.len());
    }
    words.into_iter().find_map(|word| {
        let lower = after.get(word.clone())?.to_ascii_lowercase();
        PREVENTION_VERBS
            .iter()
            .any(|verb| lower.starts_with(verb))
            .then_some(negation.end + word.end)
    })
}

/// The end of "rule out" or "exclude" right after `negation`, at most one
/// "be"/"been" between ("could not rule out", "cannot be ruled out", "did
/// not exclude"), or of "confirmation" after at most two words ("no
/// official confirmation that …"): a negated ruling out, or a missing
/// confirmation, leaves the claim possible. The end, and whether it is
/// passive.
fn left_possible_after(sentence: &str, negation: &Range<usize>) -> Option<(usize, bool)> {
    let rest = sentence.get(negation.end..)?;
    let after = rest.trim_start();
    let mut offset = rest.len() - after.len();
    let mut words = Vec::with_capacity(4);
    for word in after.split_inclusive(char::is_whitespace).take(4) {
        let kept = word
            .trim_end()
            .trim_end_matches(|ch: char| !ch.is_alphanumeric());
        words.push((
            kept.to_ascii_lowercase(),
            negation.end + offset + kept.len(),
        ));
        offset += word.len();
    }
    let skip = usize::from(
        words
            .first()
            .is_some_and(|(word, _)| ["be", "been"].contains(&word.as_str())),
    );
    let (verb, verb_end) = words.get(skip)?;
    if let Some((_, end)) = words
        .iter()
        .take(3)
        .find(|(word, _)| word == "confirmation")
    {
        return Some((*end, false));
    }
    let passive = skip == 1;
    if verb.starts_with("exclud") {
        return Some((*verb_end, passive));
    }
    let (particle, end) = words.get(skip + 1)?;
    (["rule", "rules", "ruled", "ruling"].contains(&verb.as_str()) && particle == "out")
        .then_some((*end, passive))
}

/// The end of a factive verb right after `negation`, at most one word
/// between ("did not realise", "was not aware that", "never noticed",
/// "didn't know the"), whose clause follows it: the verb presupposes that
/// clause, so the negation denies the knowing, not what was known. Not
/// before "whether", "if", "of" or "about" (an open question or a thing
/// not known of: "was not aware of any strike").
fn factive_after(sentence: &str, negation: &Range<usize>) -> Option<usize> {
    let rest = sentence.get(negation.end..)?;
    let after = rest.trim_start();
    let mut at = negation.end + rest.len() - after.len();
    let mut words = after
        .split_inclusive(char::is_whitespace)
        .filter(|word| !word.trim().is_empty());
    for idx in 0..2 {
        let word = words.next()?;
        let bare = word.trim_end();
        let kept = bare.trim_end_matches(|ch: char| !ch.is_alphanumeric());
        let lower = kept.to_ascii_lowercase();
        if FACTIVE.contains(&lower.as_str()) {
            let following: Vec<String> = words
                .by_ref()
                .take(CLAUSE_REACH)
                .map(|word| {
                    word.trim()
                        .trim_matches(|ch: char| !ch.is_alphanumeric())
                        .to_ascii_lowercase()
                })
                .collect();
            let next = following.first().map_or("", String::as_str);
            let open = [
                "whether", "if", "of", "about", "how", "why", "what", "who", "when",
            ]
            .contains(&next);
            // "did not know Marielle": to know a person or a thing is no
            // clause; "know" and "aware" take theirs with "that". "did not
            // notice any cracks", "did not realise a profit": an object, no
            // clause; a clause without "that" has a finite verb of its own
            // ("did not realise the valve was open").
            let needs_that = ["know", "knew", "aware"].contains(&lower.as_str());
            let clause = next == "that"
                || (!needs_that
                    && !OBJECT_OPENERS.contains(&next)
                    && following.iter().skip(1).any(|word| {
                        grammar::is_auxiliary(word)
                            || grammar::is_past_participle(word)
                            || grammar::is_irregular_past(word)
                    }));
            return (!open && clause && kept.len() == bare.len()).then_some(at + kept.len());
        }
        if kept.len() < bare.len() || idx >= 1 || !(lower == "be" || lower.ends_with("ly")) {
            return None;
        }
        at += word.len();
    }
    None
}

/// How many words after a factive verb `factive_after` reads for its
/// clause's own verb.
const CLAUSE_REACH: usize = 7;

/// Words that open an object, not a clause, after a factive verb ("did not
/// notice any cracks", "did not realise a profit").
const OBJECT_OPENERS: [&str; 7] = ["any", "a", "an", "no", "some", "much", "many"];

/// Factive verbs and adjectives: what their clause says is so, whether
/// they are negated or not.
#[rustfmt::skip]
const FACTIVE: &[&str] = &[
    "realise", "realize", "realised", "realized", "know", "knew", "notice", "noticed", "aware",
    "regret", "regretted", "regrets",
];

/// Verbs and nouns of saying whose negation says that no one makes the
/// claim: "did not suggest it was sabotage", "has not claimed that …",
/// "there is no suggestion that …". Not "indicate" or "sign" (no sign of
/// X denies X, by the bank's convention) nor verbs of judging blame
/// (`ABSTENTION_VERBS`).
pub(crate) const UNCLAIMED: &[&str] = &[
    "say",
    "said",
    "says",
    "suggest",
    "suggested",
    "suggests",
    "suggestion",
    "suggestions",
    "claim",
    "claimed",
    "claims",
    "allege",
    "alleged",
    "alleges",
    "allegation",
    "allegations",
    "assert",
    "asserted",
    "specify",
    "specified",
    "stated",
];

/// The end of a verb or noun of saying (`UNCLAIMED`) right after
/// `negation`, at most two words between them ("did not say", "has not
/// publicly claimed", "no suggestion", "did not yet say"): the negation
/// negates the saying, not the claim said.
fn unclaimed_after(sentence: &str, negation: &Range<usize>) -> Option<usize> {
    let rest = sentence.get(negation.end..)?;
    let mut at = negation.end;
    for (idx, word) in rest.split_inclusive(char::is_whitespace).enumerate() {
        let bare = word.trim_end();
        let kept = bare.trim_end_matches(|ch: char| !ch.is_alphanumeric());
        let lower = kept.to_ascii_lowercase();
        // A mark after the word ends the phrase ("did not say, but …").
        let closed = kept.len() < bare.len();
        if UNCLAIMED.contains(&lower.as_str()) {
            return Some(at + kept.len());
        }
        let between = lower.is_empty()
            || BEFORE_VERB.contains(&lower.as_str())
            || lower.ends_with("ly")
            || ["any", "official", "explicit"].contains(&lower.as_str());
        if idx >= 2 || closed || !between {
            return None;
        }
        at += word.len();
    }
    None
}

/// Stems of verbs of dismissing that ascribe a property with "as":
/// "dismissed the vote as a sham".
const DISMISSALS: &[&str] = &["dismiss", "reject", "denounc", "decri", "decry"];

/// How many words may stand between "as" and the claim a dismissal
/// ascribes ("as a political sham").
const AS_FILLERS: usize = 3;

/// How many words may stand between a verb of dismissing and its "as".
const DISMISSAL_REACH: usize = 8;

/// Whether the word of denial at `cue` dismisses its object as the claim:
/// a verb of dismissing whose "as" phrase (up to the next mark) holds a
/// claim phrase. "results that critics dismissed as fraudulent", "the
/// vote, which observers rejected as a sham" say the results were
/// fraudulent and the vote a sham; "dismissed claims of fraud as baseless"
/// still denies the fraud (no claim phrase after "as").
fn dismissed_as(sentence: &str, claim_spans: &[Range<usize>], cue: &Range<usize>) -> bool {
    let Some(text) = sentence.get(cue.clone()) else {
        return false;
    };
    let lower = text.to_lowercase();
    if !DISMISSALS.iter().any(|stem| lower.starts_with(stem)) {
        return false;
    }
    let Some(rest) = sentence.get(cue.end..) else {
        return false;
    };
    let phrase_end = cue.end
        + rest
            .find([',', ';', ':', '.', '!', '?'])
            .unwrap_or(rest.len());
    // The claim opens the "as" phrase, at most `AS_FILLERS` words after
    // "as" and no judgement or report noun before it: "dismissed as 'fake'
    // reports that the army shelled the town" judges the reports.
    let in_phrase = |from: usize| {
        claim_spans
            .iter()
            .filter(|claim| claim.start >= from && claim.start < phrase_end)
            .map(|claim| claim.start)
            .min()
            .is_some_and(|start| {
                let before: Vec<String> = sentence
                    .get(from..start)
                    .unwrap_or("")
                    .split(|ch: char| !ch.is_alphanumeric())
                    .filter(|word| !word.is_empty())
                    .map(str::to_ascii_lowercase)
                    .collect();
                before.len() <= AS_FILLERS
                    && !before.iter().any(|word| {
                        FALSE_WORDS.contains(&word.as_str()) || CLAIM_NOUNS.contains(&word.as_str())
                    })
            })
    };
    // A cue that holds its "as" ("dismissed as").
    if lower.ends_with(" as") {
        return in_phrase(cue.end);
    }
    let mut at = cue.end;
    let mut previous = String::new();
    for (idx, word) in rest.split_inclusive(char::is_whitespace).enumerate() {
        if idx > DISMISSAL_REACH || at >= phrase_end {
            return false;
        }
        let bare = word
            .trim()
            .trim_matches(|ch: char| !ch.is_alphanumeric())
            .to_ascii_lowercase();
        if bare == "as" && !["such", "well"].contains(&previous.as_str()) {
            return in_phrase(at + word.len());
        }
        previous = bare;
        at += word.len();
    }
    false
}

/// Stems of verbs of reproach: what follows them is the reproach.
const REPROACH_VERBS: &[&str] = &["accus", "blam", "criticis", "criticiz", "fault", "condemn"];

/// Whether the negation at `negation` is part of what a verb of reproach
/// before it alleges: "accused the government of not enforcing building
/// regulations", "blamed the collapses on profiteers who were not following
/// construction codes". The verb stands earlier in the negation's clause or
/// in a clause that clause hangs from as a relative clause, complement or
/// quote (not a coordinate one: "blamed Kyiv but did not give proof"), and
/// is not negated itself.
fn reproached(sentence: &str, clauses: &Clauses, negation: &Range<usize>) -> bool {
    let mut at = clauses.at(negation.start);
    loop {
        let Some(clause) = clauses.clauses.get(at) else {
            return false;
        };
        for span in &clause.spans {
            let end = span.end.min(negation.start);
            let Some(text) = sentence.get(span.start..end.max(span.start)) else {
                continue;
            };
            let words: Vec<String> = text
                .split(|ch: char| !ch.is_alphanumeric() && ch != '\'' && ch != '’')
                .filter(|word| !word.is_empty())
                .map(str::to_lowercase)
                .collect();
            let found = words.iter().enumerate().any(|(idx, word)| {
                REPROACH_VERBS.iter().any(|stem| word.starts_with(stem))
                    && !words[idx.saturating_sub(2)..idx].iter().any(|before| {
                        matches!(before.as_str(), "not" | "never" | "to" | "no")
                            || before.ends_with("n't")
                    })
            });
            if found {
                return true;
            }
        }
        let hangs = matches!(
            clause.kind,
            ClauseKind::Relative | ClauseKind::Complement | ClauseKind::Quote
        );
        match clause.parent {
            Some(parent) if hangs && parent != at => at = parent,
            _ => return false,
        }
    }
}

/// Verbs of judging who is to blame, and of confirming or commenting on a
/// claim: negated, they say no judgement was made ("the report did not
/// specifically blame any group", "the remit of the board was not to
/// address questions of responsibility", "Ukraine has not officially
/// confirmed its involvement", "Kyiv did not comment on the blast"), which
/// neither affirms nor denies the claim.
const ABSTENTION_VERBS: &[&str] = &[
    "confirm",
    "acknowledg",
    "comment",
    "blam",
    "accus",
    "address",
    "determin",
    "assign",
    "apportion",
    "attribut",
    "identif",
    "mention",
];

/// Words that may stand between a negation and the verb it negates.
const BEFORE_VERB: &[&str] = &["to", "be", "yet", "even", "seek", "sought", "try", "tried"];

/// Whether the negation at `negation` negates a verb of judging blame (see
/// `ABSTENTION_VERBS`), at most three words after it.
fn abstention_after(sentence: &str, negation: &Range<usize>) -> bool {
    let Some(after) = sentence.get(negation.end..) else {
        return false;
    };
    for word in after
        .split(|ch: char| !(ch.is_alphanumeric() || ch == '-'))
        .filter(|word| !word.is_empty())
        .take(4)
    {
        let lower = word.to_lowercase();
        if ABSTENTION_VERBS.iter().any(|verb| lower.starts_with(verb)) {
            return true;
        }
        if !(BEFORE_VERB.contains(&lower.as_str()) || lower.ends_with("ly")) {
            return false;
        }
    }
    false
}

/// Whether `sentence` abstains from the claim at `claim_spans`: every
/// negation in its scope negates a verb of judging blame ("The report did
/// not specifically blame any group for the tragedy"). Such a sentence is no
/// instance: making no accusation neither affirms nor denies one.
pub fn abstains(
    sentence: &str,
    clauses: &Clauses,
    hits: &[Hit],
    claim_spans: &[Range<usize>],
) -> bool {
    let in_scope: Vec<&Hit> = hits
        .iter()
        .filter(|hit| hit.kinds.contains(NEGATION) && !is_idiom(sentence, &hit.span))
        .filter(|hit| {
            claim_spans.iter().any(|claim| {
                governs(sentence, clauses, &hit.span, claim, SCOPE_WORDS)
                    && !beyond_predicate(sentence, &hit.span, claim)
            })
        })
        .collect();
    !in_scope.is_empty()
        && in_scope
            .iter()
            .all(|hit| abstention_after(sentence, &hit.span))
}

/// Prepositions that, after a negated predicate, start a phrase the negation
/// does not reach: "no charges have been filed over the fraud" does not deny
/// the fraud, and "no force was used during his arrest" presupposes the
/// arrest (a temporal adjunct's event).
const BEYOND_PREDICATE: &[&str] = &[
    "over",
    "about",
    "into",
    "despite",
    "amid",
    "regarding",
    "during",
    "after",
    "following",
];

/// Whether the claim at `claim` lies in a prepositional phrase after the
/// predicate the negation at `negation` governs: a verb ("filed", "been
/// charged", "made") then one of `BEYOND_PREDICATE` between them.
fn beyond_predicate(sentence: &str, negation: &Range<usize>, claim: &Range<usize>) -> bool {
    let Some(between) = sentence.get(negation.end..claim.start) else {
        return false;
    };
    let words: Vec<String> = between
        .split_whitespace()
        .map(|word| {
            word.trim_matches(|ch: char| !ch.is_alphanumeric())
                .to_ascii_lowercase()
        })
        .collect();
    let verb = words.iter().position(|word| {
        word.len() > 3 && (word.ends_with("ed") || word.ends_with("en"))
            || ["made", "brought", "laid", "held", "found", "done"].contains(&word.as_str())
    });
    verb.is_some_and(|at| {
        words[at + 1..]
            .iter()
            .any(|word| BEYOND_PREDICATE.contains(&word.as_str()))
    })
}

/// The claim's event term when it lies inside the adjunct a "without" at
/// `cue` heads (up to the next comma, mark or clause word): its first span
/// that is not a figure ("All 120 passengers escaped without injuries",
/// spans [120, injuries], denies the injuries). A claim whose event term
/// stands before the "without" ("shelled the village without warning") is
/// the clause it hangs on, not negated.
fn without_scope<'s>(
    sentence: &str,
    cue: &Range<usize>,
    claim_spans: &'s [Range<usize>],
) -> Option<&'s Range<usize>> {
    let figure = |span: &Range<usize>| {
        sentence.get(span.clone()).is_some_and(|text| {
            text.split_whitespace().all(|word| {
                let word = word.trim_matches(|ch: char| !ch.is_alphanumeric());
                word.chars()
                    .all(|ch| ch.is_ascii_digit() || ch == ',' || ch == '.')
                    || crate::values::words::number_word(&word.to_lowercase()).is_some()
            })
        })
    };
    let event = claim_spans
        .iter()
        .filter(|span| !figure(span))
        .min_by_key(|span| span.start)?;
    let tail = sentence.get(cue.end..)?;
    let mut end = cue.end
        + tail
            .find([',', ';', ':', '.', '!', '?'])
            .unwrap_or(tail.len());
    let mut at = cue.end;
    for word in tail.split_inclusive(char::is_whitespace) {
        if at >= end {
            break;
        }
        let bare = word
            .trim_matches(|ch: char| !ch.is_alphanumeric())
            .to_ascii_lowercase();
        if at > cue.end && CLAUSE_WORDS.contains(&bare.as_str()) {
            end = end.min(at);
            break;
        }
        at += word.len();
    }
    (event.start >= cue.end && event.start < end).then_some(event)
}

/// The forms of "dismiss" that can remove someone from a post.
const DISMISS_FORMS: &[&str] = &["dismiss", "dismissed", "dismisses", "dismissing"];

/// Heads of an object that one is dismissed from a post: people and the
/// bodies they sit on, besides the title words (`provenance::is_title_word`)
/// and their plurals.
#[rustfmt::skip]
const OFFICE_HOLDERS: &[&str] = &[
    "cabinet", "government", "officials", "staff", "employees", "workers", "board", "team",
    "coach", "manager", "aides", "deputies", "generals", "guards", "council", "crew", "players",
    "teachers", "doctors", "nurses", "him", "her",
];

/// Words that end an object noun phrase after "dismissed".
#[rustfmt::skip]
const OBJECT_ENDS: &[&str] = &[
    "as", "of", "on", "after", "over", "for", "in", "from", "at", "following", "amid", "with",
    "and", "or", "that", "who", "which", "to", "by", "during", "last", "this", "earlier",
    "yesterday", "today", "before", "because", "when", "while", "ahead", "days", "weeks",
    "hours", "but", "saying", "citing", "accusing", "blaming", "without",
];

/// Whether the denial word at `cue` is "dismiss" in its sense of removing
/// someone from a post: its object is a person or a body ("dismissed his
/// entire cabinet", "dismissed the police chief", "dismissed army chief
/// John Smith", "dismissed him"), or it is followed by "from" ("was
/// dismissed from his post"). Such a sentence denies nothing: "The
/// president dismissed his cabinet after protests left 12 dead" says the
/// protests left 12 dead. "Dismissed the report as", "dismissed claims
/// that …" still deny.
fn dismisses_someone(tokens: &[Token<'_>], cue: &Range<usize>) -> bool {
    let Some(at) = tokens
        .iter()
        .position(|token| token.span.start == cue.start)
    else {
        return false;
    };
    let Some(verb) = tokens.get(at).filter(|token| token.span.end == cue.end) else {
        return false;
    };
    if !DISMISS_FORMS.contains(&verb.lower.as_str()) {
        return false;
    }
    let mut phrase: Vec<&Token<'_>> = Vec::new();
    for token in &tokens[at + 1..] {
        let lower = token.lower.as_str();
        if !token.word || OBJECT_ENDS.contains(&lower) {
            if lower == "as" {
                return false;
            }
            break;
        }
        phrase.push(token);
        if phrase.len() > 6 {
            return false;
        }
    }
    let office = |word: &str| {
        let word = word.trim_end_matches("'s").trim_end_matches("’s");
        OFFICE_HOLDERS.contains(&word)
            || crate::provenance::is_title_word(word)
            || word
                .strip_suffix('s')
                .is_some_and(crate::provenance::is_title_word)
    };
    let Some(head) = phrase.last() else {
        // "was dismissed from his post"; "the police chief was dismissed
        // after …".
        let from = tokens
            .get(at + 1)
            .is_some_and(|next| next.lower.as_str() == "from");
        let passive = at >= 2
            && tokens.get(at - 1).is_some_and(|aux| {
                ["was", "were", "been", "being", "be", "is", "are"].contains(&aux.lower.as_str())
            })
            && tokens
                .get(at - 2)
                .is_some_and(|subject| subject.word && office(subject.lower.as_str()))
            // "Claims by the police chief were dismissed": the claims were.
            && !tokens[at.saturating_sub(8)..at]
                .iter()
                .any(|word| CLAIM_NOUNS.contains(&word.lower.as_str()));
        return from || passive;
    };
    if ["him", "her"].contains(&head.lower.as_str()) {
        return phrase.len() == 1;
    }
    if office(head.lower.as_str()) {
        return true;
    }
    // A name after a title: "dismissed army chief John Smith".
    head.text.starts_with(char::is_uppercase)
        && phrase
            .iter()
            .any(|word| word.text.starts_with(char::is_lowercase) && office(word.lower.as_str()))
}

/// Participles a negated noun modifier may have that do not end in "-ed".
#[rustfmt::skip]
const PARTICIPLES: &[&str] = &[
    "known", "seen", "given", "taken", "shown", "held", "found", "made", "paid", "built",
    "bound", "sent", "born", "hit", "hurt", "struck", "caught", "driven", "brought", "meant",
];

/// Words that cannot be the noun a negated participle modifies: after them
/// "not" negates a verb ("police did not fire", "it was not linked").
#[rustfmt::skip]
const NOT_NOUNS: &[&str] = &[
    "it", "this", "that", "they", "he", "she", "we", "i", "you", "there", "who", "which",
    "and", "or", "but", "if", "whether", "why", "also", "still", "yet", "so", "as", "than",
    "get", "got", "gets", "become", "became", "seem", "seemed", "seems", "appear", "appeared",
    "remain", "remained", "remains", "being", "been", "be", "or", "certainly", "just",
];

/// The end of the participle when the negation at `negation` opens a
/// negated participle modifying the noun before it ("gangs not linked to
/// the protests", "residents not yet evacuated from the area") and a claim
/// phrase stands before that noun: the modifier narrows the noun, it does
/// not deny the claim said before it ("Protesters were killed by police,
/// but some deaths came from looting by gangs not linked to the protests").
fn negated_modifier(
    tokens: &[Token<'_>],
    negation: &Range<usize>,
    claim_spans: &[Range<usize>],
) -> Option<usize> {
    let at = tokens
        .iter()
        .position(|token| token.span.start == negation.start)?;
    let cue = tokens.get(at)?;
    if cue.lower.as_str() != "not" || cue.span.end != negation.end {
        return None;
    }
    let noun = tokens.get(at.checked_sub(1)?)?;
    let noun_lower = noun.lower.as_str();
    if !noun.word
        || AUXILIARIES.contains(&noun_lower)
        || NOT_NOUNS.contains(&noun_lower)
        || noun_lower.ends_with("ly")
        || noun_lower.ends_with("n't")
    {
        return None;
    }
    let mut next = at + 1;
    if tokens
        .get(next)
        .is_some_and(|token| ["yet", "directly", "officially"].contains(&token.lower.as_str()))
    {
        next += 1;
    }
    let participle = tokens.get(next).filter(|token| token.word)?;
    let word = participle.lower.as_str();
    if !(word.len() >= 4 && word.ends_with("ed") || PARTICIPLES.contains(&word))
        || predicated(tokens, at - 1, next)
    {
        return None;
    }
    claim_spans
        .iter()
        .any(|claim| claim.end <= noun.span.start)
        .then_some(participle.span.end)
}

/// Most words a noun phrase may have before its noun when a negated
/// participle after it is its predicate (`predicated`).
const PREDICATE_PHRASE_WORDS: usize = 3;

/// Whether the negated participle at token `participle` is the predicate
/// of the noun at token `noun`, not a modifier that narrows it: the noun
/// phrase follows a "with" that opens the sentence or follows a comma (an
/// absolute clause: "…, with the main clinic not damaged"), or it opens the
/// sentence (a determiner first, or names alone) and no verb follows the
/// participle before the next mark (a headline leaves its "is" out:
/// "Kharkiv clinic not hit by strike, army says"). "Police beat students
/// not involved" has a verb before its noun, "Gangs not linked to the
/// protests looted shops" a verb after its participle. A verb after it is a
/// participle or "-ed" past, an irregular past ("fled", "took"), an
/// auxiliary, a verb of saying ("say", "remain" as `STAYING`), or a word
/// that a determiner follows with no preposition between ("troops not
/// deployed in Kherson hold the line": a noun phrase takes no object).
fn predicated(tokens: &[Token<'_>], noun: usize, participle: usize) -> bool {
    let mut start = noun;
    while start > 0 && noun - start < PREDICATE_PHRASE_WORDS {
        let Some(prev) = tokens.get(start - 1) else {
            break;
        };
        let word = prev.lower.as_str();
        if !prev.word
            || grammar::is_preposition(word)
            || grammar::is_auxiliary(word)
            || grammar::is_past_participle(word)
        {
            break;
        }
        start -= 1;
    }
    let opens = |at: usize| {
        tokens
            .get(..at)
            .is_some_and(|before| !before.iter().any(|token| token.word))
    };
    if start > 0
        && tokens
            .get(start - 1)
            .is_some_and(|with| with.lower == "with")
    {
        let before = start - 1;
        return opens(before)
            || before
                .checked_sub(1)
                .and_then(|comma| tokens.get(comma))
                .is_some_and(|comma| comma.text == ",");
    }
    let phrase = tokens.get(start..noun).unwrap_or(&[]);
    let named = phrase
        .iter()
        .all(|word| word.text.starts_with(char::is_uppercase));
    let determined = phrase
        .first()
        .is_some_and(|word| grammar::is_determiner(word.lower.as_str()));
    if !opens(start) || !(named || determined) {
        return false;
    }
    // The word before, from the participle on.
    let mut prev: Option<&str> = None;
    for token in tokens.iter().skip(participle + 1) {
        if !token.word {
            if [",", ";", ":", ".", "—", "–"].contains(&token.text) {
                return true;
            }
            continue;
        }
        let word = token.lower.as_str();
        if grammar::is_past_participle(word)
            || grammar::is_auxiliary(word)
            || grammar::is_irregular_past(word)
            || saying::is(word, saying::CUE)
            || STAYING.contains(&word)
        {
            return false;
        }
        if grammar::is_definite(word) || grammar::is_determiner(word) {
            let object = prev.is_some_and(|prev: &str| {
                !(grammar::is_preposition(prev)
                    || grammar::is_definite(prev)
                    || grammar::is_determiner(prev)
                    || ["and", "or", "but", "not", "yet"].contains(&prev))
            });
            if object {
                return false;
            }
        }
        prev = Some(word);
    }
    true
}

/// Verbs of staying that take no object: "troops not deployed in Kherson
/// remain on alert".
const STAYING: &[&str] = &[
    "remain",
    "remains",
    "stay",
    "stays",
    "continue",
    "continues",
];

fn contains(outer: &Range<usize>, inner: &Range<usize>) -> bool {
    outer.start <= inner.start && inner.end <= outer.end
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Lexicon;
    use crate::provenance::Analyzer;
    use proptest::prelude::*;

    fn analyzer() -> Analyzer {
        Analyzer::new(&Lexicon::default())
    }

    /// Byte span of `phrase` inside `sentence`.
    fn span(sentence: &str, phrase: &str) -> Range<usize> {
        let start = sentence
            .find(phrase)
            .expect("test phrase is in its sentence");
        start..start + phrase.len()
    }

    /// The stance of `sentence` towards the claim phrases `claim`, each its
    /// own `all` term, or written "N=phrase" for a phrase of `all` term N
    /// (0-based), "any=phrase" for one of an `any` term, or "slot=phrase"
    /// for a slot of a role pattern (no terms).
    fn check(
        sentence: &str,
        claim: &[&str],
        deny: &[&str],
        expected: (Stance, Option<&str>, Option<DenialClass>),
    ) {
        let parsed: Vec<(Option<&str>, &str)> = claim
            .iter()
            .map(|phrase| match phrase.split_once('=') {
                Some((term, phrase)) => (Some(term), phrase),
                None => (None, *phrase),
            })
            .collect();
        let numbered = parsed.iter().any(|(term, _)| term.is_some());
        let n_all = if numbered {
            parsed
                .iter()
                .filter_map(|(term, _)| term.and_then(|term| term.parse::<usize>().ok()))
                .max()
                .map_or(0, |max| max + 1)
        } else {
            parsed.len()
        };
        let of_span: Vec<u16> = parsed
            .iter()
            .enumerate()
            .map(|(idx, (term, _))| {
                let term = match term {
                    Some("any") => n_all,
                    Some("slot") => idx,
                    Some(term) => term.parse().expect("a term number"),
                    None => idx,
                };
                u16::try_from(term).expect("few terms")
            })
            .collect();
        // "slot=phrase": a role pattern's slot, with no terms.
        let slots = parsed.iter().any(|(term, _)| *term == Some("slot"));
        let terms = if slots {
            ClaimTerms::default()
        } else {
            ClaimTerms {
                of_span: &of_span,
                n_all,
                any: parsed.iter().any(|(term, _)| *term == Some("any")),
            }
        };
        let claim: Vec<Range<usize>> = parsed
            .iter()
            .map(|(_, phrase)| span(sentence, phrase))
            .collect();
        let deny: Vec<Range<usize>> = deny.iter().map(|phrase| span(sentence, phrase)).collect();
        let reading = analyzer().stance(sentence, &claim, &terms, &deny);
        let got = (reading.stance, reading.cue.as_deref(), reading.class);
        assert_eq!(got, expected, "sentence: {sentence}");
    }

    #[test]
    fn a_report_judged_false_denies_its_content() {
        use DenialClass::Antonymy;
        let rows: [(&str, &[&str], Option<&str>); 19] = [
            (
                "Claims that the army shelled the market are baseless, the ministry said.",
                &["army", "shelled", "market"],
                Some("are baseless"),
            ),
            (
                "The report that the mayor fled the city is false.",
                &["mayor", "fled"],
                Some("is false"),
            ),
            (
                "Reports of a second blast at the depot were unfounded.",
                &["second", "blast"],
                Some("were unfounded"),
            ),
            (
                "The claim that the dam was sabotaged has since been debunked by engineers.",
                &["dam", "sabotaged"],
                Some("has since been debunked"),
            ),
            (
                "The suggestion that rebels fired the rocket – a theory aired on state TV – simply isn't credible.",
                &["rebels", "fired", "rocket"],
                Some("isn't credible"),
            ),
            (
                "Accusations that the firm bribed officials were rejected by the court.",
                &["firm", "bribed"],
                Some("were rejected"),
            ),
            (
                "The ministry branded reports of torture in the camp as 'fabricated'.",
                &["torture", "camp"],
                Some("branded reports of torture in the camp as 'fabricated"),
            ),
            (
                "Officials called claims of a chemical attack nonsense.",
                &["chemical", "attack"],
                Some("called claims of a chemical attack nonsense"),
            ),
            // A judgement of a malicious invention: a witch hunt, a smear,
            // propaganda.
            (
                "The company called the reports that it bribed officials a witch hunt.",
                &["bribed", "officials"],
                Some("called the reports that it bribed officials a witch hunt"),
            ),
            (
                "The minister branded claims of abuse at the camp as a smear.",
                &["abuse", "camp"],
                Some("branded claims of abuse at the camp as a smear"),
            ),
            (
                "The chief executive called allegations that the firm's managers paid bribes \"fake news\".",
                &["paid", "bribes"],
                Some("called allegations that the firm's managers paid bribes \"fake"),
            ),
            (
                "The minister called the reports that the army shelled the market accurate.",
                &["army", "shelled", "market"],
                None,
            ),
            (
                "Reports that the army shelled the market are propaganda, the ministry said.",
                &["army", "shelled", "market"],
                Some("are propaganda"),
            ),
            (
                "False rumours about migrants eating pets spread online.",
                &["migrants", "eating", "pets"],
                Some("False rumours"),
            ),
            // A negated word of falsity, a confirmation, a clause of its
            // own after a comma, a falsity said of something else.
            (
                "Claims that the army shelled the market are not false, the monitors said.",
                &["army", "shelled", "market"],
                None,
            ),
            (
                "Reports that the bridge collapsed were confirmed by police.",
                &["bridge", "collapsed"],
                None,
            ),
            (
                "Reports that the army shelled the market spread, but officials were wrong about the toll.",
                &["army", "shelled", "market"],
                None,
            ),
            (
                "The false claims are being spread by local activists.",
                &["spread", "activists"],
                None,
            ),
            (
                "The army shelled the market in what officials called a war crime.",
                &["army", "shelled", "market"],
                None,
            ),
        ];
        for (sentence, claim, cue) in rows {
            let expected = match cue {
                Some(cue) => (Stance::Deny, Some(cue), Some(Antonymy)),
                None => (Stance::Affirm, None, None),
            };
            check(sentence, claim, &[], expected);
        }
    }

    #[test]
    fn without_negates_the_claim_inside_its_adjunct_only() {
        use DenialClass::Negation;
        // A figure span before the "without" leaves its event term inside.
        check(
            "All 120 passengers escaped without injuries.",
            &["120", "injuries"],
            &[],
            (Stance::Deny, Some("without"), Some(Negation)),
        );
        check(
            "The army confirmed the strike without giving details.",
            &["confirmed", "strike"],
            &[],
            (Stance::Affirm, None, None),
        );
        // Made-up shapes of the repository's real text: the claim inside
        // the "without" phrase is denied ...
        check(
            "All 120 passengers escaped without serious injuries, the airline said.",
            &["serious injuries"],
            &[],
            (Stance::Deny, Some("without"), Some(Negation)),
        );
        check(
            "The pesticide has been sprayed for decades without similar harm to bees.",
            &["harm to bees"],
            &[],
            (Stance::Deny, Some("without"), Some(Negation)),
        );
        check(
            "The ministry confirmed the recall without giving any figures.",
            &["giving", "figures"],
            &[],
            (Stance::Deny, Some("without"), Some(Negation)),
        );
        // ... not the clause it hangs on, a name, or "not without".
        check(
            "Troops shelled the village without warning, killing three.",
            &["shelled", "village"],
            &[],
            (Stance::Affirm, None, None),
        );
        check(
            "The army stormed the hospital without a warrant in the early hours.",
            &["stormed", "hospital", "early hours"],
            &[],
            (Stance::Affirm, None, None),
        );
        check(
            "A nurse with Doctors Without Borders said the clinic was hit twice.",
            &["clinic", "hit"],
            &[],
            (Stance::Affirm, None, None),
        );
        check(
            "The vote was not without irregularities, observers said.",
            &["irregularities"],
            &[],
            (Stance::Affirm, None, None),
        );
    }

    #[test]
    fn negation_in_scope_denies() {
        check(
            "Despite backing Moscow politically and diplomatically, Beijing has declared that it will not send weapons to Russia or Ukraine.",
            &["send weapons", "Russia"],
            &[],
            (Stance::Deny, Some("will not"), Some(DenialClass::Negation)),
        );
        check(
            "Russia-China cooperation, especially in the field of defense, is likely to bring major challenges to the United States in the next five to ten years, even if their relationship has not yet established a formal alliance.",
            &["formal alliance"],
            &[],
            (Stance::Deny, Some("has not"), Some(DenialClass::Negation)),
        );
        check(
            "There is no evidence that China supplied drones to Russia.",
            &["China supplied"],
            &[],
            (Stance::Deny, Some("no"), Some(DenialClass::Negation)),
        );
        check(
            "Beijing won’t send weapons.",
            &["send weapons"],
            &[],
            (Stance::Deny, Some("won’t"), Some(DenialClass::Negation)),
        );
    }

    #[test]
    fn a_word_of_denial_after_branding_judges_only_what_is_branded() {
        // ", branding X as misinformation" opens a clause of its own: the
        // word of denial judges X, not the claim of the main clause.
        for opener in ["branding", "dismissing", "labelling"] {
            let sentence = format!(
                "The ministry says it struck a fuel depot, {opener} the governor's criticism as misinformation."
            );
            check(
                &sentence,
                &["0=struck", "1=fuel depot"],
                &["misinformation"],
                (Stance::Affirm, None, None),
            );
        }
        // What is branded is denied.
        check(
            "The ministry said it struck a fuel depot, branding reports of a strike on the school as misinformation.",
            &["0=strike", "1=school"],
            &["misinformation"],
            (Stance::Deny, Some("misinformation"), Some(DenialClass::Antonymy)),
        );
    }

    #[test]
    fn not_x_but_y_denies_x_only() {
        // The negation governs what "but" replaces; the claim said of the
        // replacement is affirmed.
        for (sentence, claim, cue) in [
            (
                "The army did not strike fighters but civilians in their homes, witnesses said.",
                ["strike", "civilians"],
                "did not strike fighters but",
            ),
            (
                "The army did not strike fighters, but civilians.",
                ["strike", "civilians"],
                "did not strike fighters, but",
            ),
            (
                "The targets were not army barracks, but homes and schools.",
                ["targets", "homes"],
                "were not army barracks, but",
            ),
            (
                "Officials said the blast was not an accident but rather a deliberate attack.",
                ["blast", "deliberate attack"],
                "was not an accident but rather",
            ),
        ] {
            check(sentence, &claim, &[], (Stance::Affirm, Some(cue), None));
        }
        // A claim said of X is denied, and so is one whose "but" clause
        // has a verb of its own.
        for (sentence, claim, cue) in [
            (
                "The army did not strike civilians but fighters.",
                ["strike", "civilians"],
                "did not",
            ),
            (
                "The blast was not a deliberate attack but an accident.",
                ["blast", "deliberate attack"],
                "was not",
            ),
            (
                "The army did not strike fighters, but it shelled civilians.",
                ["strike", "civilians"],
                "did not",
            ),
        ] {
            check(
                sentence,
                &claim,
                &[],
                (Stance::Deny, Some(cue), Some(DenialClass::Negation)),
            );
        }
    }

    #[test]
    fn a_negated_could_with_a_comparative_says_the_most_there_is() {
        // "could not have been happier": as happy as can be, no denial,
        // whether "could not" is the rule's cue or a negation.
        for (sentence, claim, deny) in [
            (
                "The coach said the team could not have been happier with the result.",
                "happier",
                &["could not"][..],
            ),
            (
                "The coach said the team couldn't have been happier with the result.",
                "happier",
                &[][..],
            ),
            (
                "The coach said the team could not be more pleased with the result.",
                "pleased",
                &[][..],
            ),
        ] {
            check(
                sentence,
                &["team", claim],
                deny,
                (Stance::Affirm, None, None),
            );
        }
        // Moving away still denies, and so does a plain negated modal.
        check(
            "The coach said the team could not be further from winning the title.",
            &["team", "winning the title"],
            &["could not"],
            (Stance::Deny, Some("could not"), Some(DenialClass::Antonymy)),
        );
        check(
            "The coach said the team could not have won the title.",
            &["team", "won the title"],
            &["could not"],
            (Stance::Deny, Some("could not"), Some(DenialClass::Antonymy)),
        );
    }

    #[test]
    fn a_counterfactual_antecedent_says_the_claim_did_not_happen() {
        // "would not have happened if X had been done": X was not done.
        check(
            "The minister told the broadcaster that the collapse would not have happened if the roof had also been repaired.",
            &["roof", "repaired"],
            &[],
            (Stance::Deny, Some("if the roof had"), Some(DenialClass::Negation)),
        );
        check(
            "If the pumps had been switched on, the cellar would have stayed dry.",
            &["pumps", "switched on"],
            &[],
            (
                Stance::Deny,
                Some("If the pumps had"),
                Some(DenialClass::Negation),
            ),
        );
        // A negated antecedent presupposes the claim.
        check(
            "The cellar would have stayed dry if the pumps had not been switched off.",
            &["pumps", "switched off"],
            &[],
            (Stance::Affirm, Some("if the pumps had not"), None),
        );
        // An "if" that asks whether conditions nothing, so denies nothing.
        for sentence in [
            "Investigators are trying to establish if the pumps had been switched on, which would have kept the cellar dry.",
            "It is unclear if the pumps had been switched on; engineers said they would have helped.",
            "Asked if the pumps had been switched on, the mayor said the cellar would have flooded anyway.",
            "Officials did not say if the pumps had been switched on, or whether it would have helped.",
        ] {
            check(sentence, &["pumps", "switched on"], &[], (Stance::Affirm, None, None));
        }
        // An open condition, and "even if", deny nothing.
        for (sentence, claim) in [
            (
                "The collapse will be investigated if the roof was repaired last year.",
                ["roof", "repaired"],
            ),
            (
                "The cellar would have flooded even if the pumps had been switched on.",
                ["pumps", "switched on"],
            ),
            (
                "The engineer said the roof had been repaired, and the collapse would have happened anyway.",
                ["roof", "repaired"],
            ),
        ] {
            check(sentence, &claim, &[], (Stance::Affirm, None, None));
        }
    }

    #[test]
    fn a_negation_inside_the_claims_own_phrase_is_the_claim() {
        check(
            "Ukrainian President Volodymyr Zelenskiy said the incident was a deliberate attack on civilians and \"no blind strike\".",
            &["0=deliberate", "0=no blind", "any=attack"],
            &[],
            (Stance::Affirm, None, None),
        );
        check(
            "This was no blind strike.\"",
            &["0=no blind", "any=strike"],
            &[],
            (Stance::Affirm, None, None),
        );
        check(
            "\"Russian troops could not have been unaware of where they were hitting.",
            &["0=could not have been unaware", "any=hitting"],
            &[],
            (Stance::Affirm, None, None),
        );
        // A negation outside the phrase still denies it.
        check(
            "The Kremlin said it was not a deliberate strike.",
            &["0=deliberate", "any=strike"],
            &[],
            (Stance::Deny, Some("was not"), Some(DenialClass::Negation)),
        );
    }

    #[test]
    fn a_negated_prevention_verb_affirms() {
        check(
            "Nonetheless, this has not dissuaded Chinese companies from reportedly supplying Russia with assault rifles.",
            &["Chinese companies", "supplying Russia"],
            &[],
            (Stance::Affirm, Some("has not dissuaded"), None),
        );
    }

    #[test]
    fn nor_before_a_prevention_verb_affirms() {
        check(
            "This has not dissuaded companies, nor has it impeded China’s collaboration with Russia on 5G.",
            &["China’s collaboration", "Russia"],
            &[],
            (Stance::Affirm, Some("has not dissuaded"), None),
        );
    }

    #[test]
    fn a_denial_word_outside_the_claim_scope_does_not_deny() {
        check(
            "China’s foreign ministry has formally denied any involvement in these military advancements, asserting that the country maintains a “neutral and fair position” regarding the conflict in Ukraine.",
            &["country maintains a", "neutral and fair position"],
            &[],
            (Stance::Affirm, None, None),
        );
        check(
            "China’s foreign ministry has formally denied any involvement in these military advancements.",
            &["China", "military advancements"],
            &[],
            (Stance::Deny, Some("denied"), Some(DenialClass::Antonymy)),
        );
    }

    #[test]
    fn negation_out_of_scope_affirms() {
        let affirm = (Stance::Affirm, None, None);
        check(
            "According to US officials, Russia requested Chinese military aid shortly after the invasion began.",
            &["Russia requested", "military aid"],
            &[],
            affirm,
        );
        check(
            "Whether or not China becomes directly involved in Russian President Vladimir Putin’s invasion of Ukraine, the conflict will be an important milestone.",
            &["invasion of Ukraine"],
            &[],
            affirm,
        );
        check(
            "It is not just about arms sales, but China sends drones.",
            &["sends drones"],
            &[],
            affirm,
        );
        check(
            "China did not hesitate, but it sends drones to Russia.",
            &["sends drones"],
            &[],
            affirm,
        );
        // "unlikely to" denies what it governs (probably not), nothing else.
        check(
            "Military analysts say China could significantly aid the Russian invasion, but are unlikely to send anything but basic supplies.",
            &["send anything"],
            &[],
            (Stance::Deny, Some("unlikely"), Some(DenialClass::Negation)),
        );
        check(
            "Military analysts say China could significantly aid the Russian invasion, but are unlikely to send anything but basic supplies.",
            &["China", "aid the Russian invasion"],
            &[],
            affirm,
        );
    }

    #[test]
    fn denial_words_deny() {
        check(
            "Moscow and Beijing both deny the reports.",
            &["the reports"],
            &[],
            (Stance::Deny, Some("deny"), Some(DenialClass::Antonymy)),
        );
        check(
            "China’s foreign ministry has formally denied any involvement in these military advancements, asserting that the country maintains a “neutral and fair position” regarding the conflict in Ukraine.",
            &["involvement"],
            &["neutral and fair position"],
            // The rule's cue is in the participle clause, not the claim's:
            // "denied" denies the involvement.
            (Stance::Deny, Some("denied"), Some(DenialClass::Antonymy)),
        );
        check(
            "China’s foreign ministry has formally denied any involvement in these military advancements.",
            &["involvement"],
            &[],
            (Stance::Deny, Some("denied"), Some(DenialClass::Antonymy)),
        );
    }

    #[test]
    fn debunking_claims_denies_them() {
        for (sentence, claim, cue) in [
            (
                "The ministry has debunked claims that the flood was caused by a dam release, insisting both dams are intact.",
                "caused by a dam release",
                "debunked",
            ),
            (
                "Police debunk rumours that the mayor fled the city.",
                "mayor fled",
                "debunk",
            ),
        ] {
            check(
                sentence,
                &[claim],
                &[],
                (Stance::Deny, Some(cue), Some(DenialClass::Antonymy)),
            );
        }
    }

    #[test]
    fn double_negation_affirms() {
        check(
            "Beijing did not deny supplying drones to Moscow.",
            &["supplying drones"],
            &["deny"],
            (Stance::Affirm, Some("did not deny"), None),
        );
        check(
            "Beijing never denied supplying drones to Moscow.",
            &["supplying drones"],
            &[],
            (Stance::Affirm, Some("never denied"), None),
        );
    }

    #[test]
    fn idioms_do_not_negate() {
        let affirm = (Stance::Affirm, None, None);
        check(
            "No matter who wins the election in November, the United States seems likely to compete with Russia.",
            &["compete with Russia"],
            &[],
            affirm,
        );
        check(
            "Yu says he would have faced Soviet tanks with nothing more than a machine gun.",
            &["machine gun"],
            &[],
            affirm,
        );
        // A negated comparison says something fell short: it affirms the shortfall.
        check(
            "The governor admitted that the rescue effort did not go as quickly as hoped.",
            &["rescue effort"],
            &[],
            affirm,
        );
        check(
            "Minister admits evacuation not 'as fast' as planned",
            &["evacuation"],
            &[],
            affirm,
        );
        check(
            "We were not able to speed up our interventions as quickly as we had desired.",
            &["speed up"],
            &[],
            affirm,
        );
        check(
            "The convoy did not reach the city as planned.",
            &["reach the city"],
            &[],
            (Stance::Deny, Some("did not"), Some(DenialClass::Negation)),
        );
    }

    #[test]
    fn negation_governs_its_own_clause_and_predicate() {
        let affirm = (Stance::Affirm, None, None);
        let sentence =
            "The ministry denied involvement and suggested foreign agents were behind it.";
        check(
            sentence,
            &["involvement"],
            &[],
            (Stance::Deny, Some("denied"), Some(DenialClass::Antonymy)),
        );
        check(sentence, &["foreign agents", "behind it"], &[], affirm);
        check(
            "No charges have been filed over the fraud at the state bank.",
            &["fraud"],
            &[],
            affirm,
        );
        // Shapes17 R3: a temporal adjunct after the negated predicate
        // presupposes its event ("no force was used during his arrest"
        // says he was arrested).
        check(
            "Doe described the events as a coup and said no force was used during his arrest.",
            &["his", "arrest"],
            &[],
            affirm,
        );
        check(
            "No shots were fired after the detention of the mayor, police said.",
            &["detention", "mayor"],
            &[],
            affirm,
        );
        check(
            "No force was used during the arrests.",
            &["force"],
            &[],
            (Stance::Deny, Some("No"), Some(DenialClass::Negation)),
        );
        check(
            "No charges have been filed against the contractors.",
            &["charges"],
            &[],
            (Stance::Deny, Some("No"), Some(DenialClass::Negation)),
        );
        check(
            "Talks were not enough for them: they moved on to air strikes.",
            &["air strikes"],
            &[],
            affirm,
        );
        check(
            "Beijing has not criticised Moscow; Chinese firms sent drones to Russia.",
            &["sent drones", "Russia"],
            &[],
            affirm,
        );
        check(
            "The agency, which has not commented, said Chinese firms sent drones to Russia.",
            &["sent drones"],
            &[],
            affirm,
        );
        check(
            "Kyiv says it did not strike the dam.",
            &["strike the dam"],
            &[],
            (Stance::Deny, Some("did not"), Some(DenialClass::Negation)),
        );
        check(
            "The Kremlin denied that Russian forces had destroyed the hydroelectric station.",
            &["Russian forces", "destroyed"],
            &[],
            (Stance::Deny, Some("denied"), Some(DenialClass::Antonymy)),
        );
        check(
            "Moscow denied the charge (which Kyiv repeated) and blamed Ukraine for the blast.",
            &["blamed Ukraine", "blast"],
            &[],
            affirm,
        );
    }

    #[test]
    fn a_rule_denial_cue_denies_only_a_claim_in_its_scope() {
        let affirm = (Stance::Affirm, None, None);
        let sentence = "Israel denied it was involved and released live video, audio and other evidence it said showed the blast was caused by a rocket misfired by Islamic Jihad, another Palestinian militant group.";
        check(
            sentence,
            &["rocket", "blast", "misfired", "Islamic Jihad"],
            &["denied"],
            affirm,
        );
        check(
            sentence,
            &["Israel", "involved"],
            &["denied"],
            (Stance::Deny, Some("denied"), Some(DenialClass::Antonymy)),
        );
        check(
            "Israel has said the blast was caused by a failed rocket launch by the Palestinian Islamic Jihad militant group, which denied blame.",
            &["rocket launch", "blast", "Islamic Jihad"],
            &["denied"],
            affirm,
        );
        // A cue after the claim it reports still denies it.
        // A headline's elided copula: the word is said of the claims.
        check(
            "Kremlin says claims it ordered Wagner chief ’s death an ‘absolute lie’",
            &["Kremlin", "ordered"],
            &["absolute lie"],
            (
                Stance::Deny,
                Some("absolute lie"),
                Some(DenialClass::Antonymy),
            ),
        );
        // A claim noun far from the word predicates nothing of it.
        check(
            "Reports say Putin ordered the strike on the plane in the middle of a long summer of threats and lies.",
            &["Putin", "ordered"],
            &["lies"],
            (Stance::Affirm, None, None),
        );
        check(
            "Allegations by the Ukrainian side that Russia carried out the attack are \"provocation and absolutely untrue,\" the ministry said in a statement.",
            &["Russia", "attack"],
            &["absolutely untrue"],
            (Stance::Deny, Some("absolutely untrue"), Some(DenialClass::Antonymy)),
        );
        check(
            "Kiev’s claims that a Russian missile hit Kramatorsk are not true, the Russian defense ministry said.",
            &["Russian missile", "Kramatorsk"],
            &["not true"],
            (Stance::Deny, Some("not true"), Some(DenialClass::Antonymy)),
        );
    }

    #[test]
    fn a_denial_of_one_clause_leaves_a_claim_asserted_in_another() {
        let affirm = (Stance::Affirm, None, None);
        check(
            "Today, Polish President Andrzej Duda ruled out that the missile was launched from Russia and said, \"it is most likely an anti-ballistic missile used by the Ukrainian defense forces.\"",
            &["0=missile was", "0=anti-ballistic missile", "any=Ukrainian defense forces"],
            &["ruled out"],
            affirm,
        );
        check(
            "Stoltenberg said Wednesday that the missile attack in Poland was probably caused by Ukrainian air defense, and ruled out a Russian attack on the military alliance.",
            &["0=missile attack", "0=Russian attack", "any=Ukrainian air defense"],
            &["ruled out"],
            affirm,
        );
        // The clause apart lacks a term of the claim ("Israel"): the
        // denial stands.
        check(
            "Israel denied it was involved and released live video, audio and other evidence it said showed the blast was caused by a rocket misfired by Islamic Jihad, another Palestinian militant group.",
            &["0=Israel", "1=blast", "any=caused by"],
            &["denied"],
            (Stance::Deny, Some("denied"), Some(DenialClass::Antonymy)),
        );
        // A second verb's report asserts a claim apart, sharing the
        // theater the denial names.
        check(
            "In a statement on Wednesday, Moscow denied Kiev’s allegations that Russian forces carried out a raid on the dramatic theater building in Mariupol, noting that members of the Azov battalion blew up the building.",
            &["0=Azov", "1=theater building", "any=blew up"],
            &["denied"],
            affirm,
        );
        // A second verb's report holding every `all` term asserts it apart,
        // its `any` term standing in the denied clause.
        check(
            "President Volodymyr Zelensky’s chief of staff Andriy Yermak said on Monday that Russia denied targeting the hospital, saying it had been hit by fragments of a Ukrainian air defence missile.",
            &["0=Ukrainian air defence missile", "any=hospital"],
            &["denied"],
            affirm,
        );
        check(
            "The company denied dumping waste in the river, saying the spill had come from a burst municipal sewer.",
            &["0=municipal sewer", "any=river"],
            &["denied"],
            affirm,
        );
        // A role pattern's slots: one slot apart does not take the claim
        // out of the denial.
        check(
            "Ukraine denied any involvement, saying Moscow could use it for further escalation of the war.",
            &["slot=Ukraine", "slot=involvement", "slot=Moscow"],
            &["denied"],
            (Stance::Deny, Some("denied"), Some(DenialClass::Antonymy)),
        );
        // A later admission by the same subject takes the denial back.
        check(
            "The Ukrainian authorities initially rejected their involvement in the incident, but later acknowledged their role in the attack.",
            &["0=Ukrainian authorities", "0=involvement", "any=incident"],
            &["rejected"],
            (Stance::Affirm, Some("rejected their involvement in the incident, but later acknowledged"), None),
        );
        check(
            "The defendant initially denied the theft but eventually admitted taking the money.",
            &["0=theft"],
            &["denied"],
            (
                Stance::Affirm,
                Some("denied the theft but eventually admitted"),
                None,
            ),
        );
        // Confirming something else leaves the denial.
        check(
            "Russia denied striking the hospital but confirmed a strike on a nearby barracks.",
            &["0=hospital"],
            &["denied"],
            (Stance::Deny, Some("denied"), Some(DenialClass::Antonymy)),
        );
        // Another subject's confirmation leaves the denial.
        check(
            "Moscow denied the strike, but Kyiv confirmed it.",
            &["0=strike"],
            &["denied"],
            (Stance::Deny, Some("denied"), Some(DenialClass::Antonymy)),
        );
        // What only qualifies the denied claim does not take it apart.
        check(
            "Russia denied the strike on the village, which killed two people.",
            &["0=Russia", "1=strike", "any=killed"],
            &["denied"],
            (Stance::Deny, Some("denied"), Some(DenialClass::Antonymy)),
        );
        check(
            "It is unlikely in the minds of the trajectory that it was fired from Russia.",
            &["fired", "Russia"],
            &["unlikely"],
            (Stance::Deny, Some("unlikely"), Some(DenialClass::Antonymy)),
        );
    }

    #[test]
    fn a_prevention_keeps_its_claim_from_happening() {
        check(
            "While the threat of sanctions may deter China from providing overt military aid to Russia in Ukraine, a protracted break with the West will encourage the Kremlin to provide more.",
            &["China", "providing", "military aid", "Russia"],
            &[],
            (Stance::Deny, Some("deter China from"), Some(DenialClass::Antonymy)),
        );
        check(
            "Washington has stopped the firm from shipping drones to Moscow.",
            &["shipping", "drones", "Moscow"],
            &[],
            (
                Stance::Deny,
                Some("stopped the firm from"),
                Some(DenialClass::Antonymy),
            ),
        );
        // Negated, it affirms; a "from" of place is no prevention.
        check(
            "Nonetheless, this has not dissuaded Chinese companies from reportedly supplying Russia with drones.",
            &["Chinese", "supplying", "drones", "Russia"],
            &[],
            (Stance::Affirm, Some("has not dissuaded"), None),
        );
        check(
            "The drones shipped from China reached Russia's army.",
            &["drones", "shipped", "China", "Russia"],
            &[],
            (Stance::Affirm, None, None),
        );
    }

    #[test]
    fn a_word_of_denial_denies_what_it_is_said_of() {
        let affirm = (Stance::Affirm, None, None);
        check(
            "\"The Zionist enemy is trying hard to evade its responsibility for the brutal massacre he committed by bombing the Baptist Arab National Hospital in Gaza through his usual fabrication of lies, and through pointing the finger of blame at the Islamic Jihad movement in Palestine,\" it said in a statement Wednesday.",
            &["Zionist", "massacre", "committed", "Hospital"],
            &["lies"],
            affirm,
        );
        check(
            "Allegations by the Ukrainian side that Russia carried out the attack are \"provocation and absolutely untrue,\" the ministry said in a statement.",
            &["Russia", "attack"],
            &["provocation"],
            (Stance::Deny, Some("provocation"), Some(DenialClass::Antonymy)),
        );
        check(
            "Islamic Jihad described as lies the Israeli army's accusations that it fired the rocket that hit the hospital.",
            &["rocket", "hit", "hospital"],
            &["lies"],
            (Stance::Deny, Some("lies"), Some(DenialClass::Antonymy)),
        );
        check(
            "Moscow called the accusations that its forces shelled the station a provocation.",
            &["forces", "shelled", "station"],
            &["provocation"],
            (
                Stance::Deny,
                Some("provocation"),
                Some(DenialClass::Antonymy),
            ),
        );
    }

    #[test]
    fn a_negation_inside_a_reproach_is_what_is_alleged() {
        let affirm = (Stance::Affirm, None, None);
        check(
            "Secular opposition leader Kemal Kilicdaroglu this week blamed the huge number of buildings that toppled in the termor and its aftershock on state-connected \"profiteers\" who were not following proper construction codes.",
            &["toppled", "profiteers", "construction codes"],
            &[],
            affirm,
        );
        check(
            "Opposition parties have accused President Tayyip Erdogan’s government of not enforcing building regulations.",
            &["government", "building regulations"],
            &[],
            affirm,
        );
        check(
            "Critics faulted the agency for never inspecting the dam.",
            &["inspecting the dam"],
            &[],
            affirm,
        );
        // Not a reproach of its own: a coordinate clause, or a negated reproach.
        check(
            "Kyiv blamed Moscow but the dam was not blown up by Russian troops.",
            &["blown up", "Russian troops"],
            &[],
            (Stance::Deny, Some("was not"), Some(DenialClass::Negation)),
        );
        check(
            "Kyiv has not blamed Moscow; Russian troops did not blow up the dam.",
            &["Russian troops", "blow up"],
            &[],
            (Stance::Deny, Some("did not"), Some(DenialClass::Negation)),
        );
    }

    #[test]
    fn writer_doubt_and_unlikely_deny() {
        check(
            "Nearly a month later, the war has tested the limits of Beijing’s support as China ostensibly pursues a policy of neutrality even as it refuses to criticize the Kremlin.",
            &["China", "neutrality"],
            &[],
            (Stance::Deny, Some("ostensibly"), Some(DenialClass::Negation)),
        );
        check(
            "The so-called humanitarian convoy carried ammunition.",
            &["humanitarian convoy"],
            &[],
            (Stance::Deny, Some("so-called"), Some(DenialClass::Negation)),
        );
        check(
            "Skeptics continue to argue that Russia and China are unlikely to reach a formal alliance.",
            &["Russia", "formal alliance"],
            &[],
            (Stance::Deny, Some("unlikely"), Some(DenialClass::Negation)),
        );
        check(
            "Beijing dismissed reports that it sent drones to Moscow.",
            &["sent drones", "Moscow"],
            &[],
            (Stance::Deny, Some("dismissed"), Some(DenialClass::Antonymy)),
        );
        check(
            "The ministry said it had no knowledge of any drone shipments to Russia.",
            &["drone shipments", "Russia"],
            &[],
            (
                Stance::Deny,
                Some("no knowledge of"),
                Some(DenialClass::Antonymy),
            ),
        );
        check(
            "Beijing is unlikely to send weapons to Moscow, analysts say.",
            &["send weapons", "Moscow"],
            &[],
            (Stance::Deny, Some("unlikely"), Some(DenialClass::Negation)),
        );
        // An adverb of falsity on a verb of saying: the writer denies what
        // was said; on another verb it leaves the act stated.
        check(
            "Officials falsely stated that the driver had a criminal record.",
            &["driver", "criminal record"],
            &[],
            (
                Stance::Deny,
                Some("falsely stated"),
                Some(DenialClass::Negation),
            ),
        );
        check(
            "The ministry wrongly claimed that the convoy carried weapons.",
            &["convoy", "carried weapons"],
            &[],
            (
                Stance::Deny,
                Some("wrongly claimed"),
                Some(DenialClass::Negation),
            ),
        );
        check(
            "Local media reported erroneously that the mayor had resigned.",
            &["mayor", "resigned"],
            &[],
            (
                Stance::Deny,
                Some("reported erroneously"),
                Some(DenialClass::Negation),
            ),
        );
        // A negated factive verb leaves its clause true.
        check(
            "The engineers did not realise the valve was open.",
            &["valve", "open"],
            &[],
            (Stance::Affirm, Some("did not realise"), None),
        );
        check(
            "The mayor was not aware that the bridge had cracked.",
            &["bridge", "cracked"],
            &[],
            (Stance::Affirm, Some("was not aware"), None),
        );
        check(
            "Residents never noticed the dam was leaking.",
            &["dam", "leaking"],
            &[],
            (Stance::Affirm, Some("never noticed"), None),
        );
        // An object after "notice" or "realise" is no clause: the negation
        // denies it ("any cracks", "the cracks", "a profit").
        check(
            "The surveyors did not notice any cracks in the pier.",
            &["cracks"],
            &[],
            (Stance::Deny, Some("did not"), Some(DenialClass::Negation)),
        );
        check(
            "Guards did not notice the ladder behind the fence.",
            &["ladder"],
            &[],
            (Stance::Deny, Some("did not"), Some(DenialClass::Negation)),
        );
        check(
            "Witnesses did not notice the red van near the gate.",
            &["van"],
            &[],
            (Stance::Deny, Some("did not"), Some(DenialClass::Negation)),
        );
        check(
            "The company did not realise a profit from the toll road.",
            &["profit"],
            &[],
            (Stance::Deny, Some("did not"), Some(DenialClass::Negation)),
        );
        // Nor on "know" with an object, nor on a claim that holds the
        // factive verb (the knowing itself is denied).
        check(
            "The driver said he did not know the victim.",
            &["driver", "know the victim"],
            &[],
            (Stance::Deny, Some("did not"), Some(DenialClass::Negation)),
        );
        check(
            "The coach did not know that the pills held a banned drug.",
            &["know that the pills"],
            &[],
            (Stance::Deny, Some("did not"), Some(DenialClass::Negation)),
        );
        // Not before an open question (no factive cue: the question is
        // read as such elsewhere), nor on a verb of no fact.
        check(
            "The engineers did not know whether the valve was open.",
            &["valve", "open"],
            &[],
            (Stance::Affirm, None, None),
        );
        check(
            "The engineers did not believe the valve was open.",
            &["valve", "open"],
            &[],
            (Stance::Deny, Some("did not"), Some(DenialClass::Negation)),
        );
        // So does one on a verb of believing.
        check(
            "The pilots mistakenly believed the alarm was a sensor fault.",
            &["alarm", "sensor fault"],
            &[],
            (
                Stance::Deny,
                Some("mistakenly believed"),
                Some(DenialClass::Negation),
            ),
        );
        check(
            "Having wrongly assumed a gas leak, the crew evacuated the tower.",
            &["gas leak"],
            &[],
            (
                Stance::Deny,
                Some("wrongly assumed"),
                Some(DenialClass::Negation),
            ),
        );
        // `may_hold_falsity` looks only before a "y".
        assert!(FALSITY.iter().all(|word| word.ends_with('y')));
        // Any case, the Kelvin sign among its letters too.
        check(
            "Officials MISTA\u{212A}ENLY stated that the driver had a criminal record.",
            &["driver", "criminal record"],
            &[],
            (
                Stance::Deny,
                Some("MISTA\u{212A}ENLY stated"),
                Some(DenialClass::Negation),
            ),
        );
        check(
            "The army mistakenly bombed a school in the north.",
            &["bombed", "school"],
            &[],
            (Stance::Affirm, None, None),
        );
        check(
            "The activist was wrongly imprisoned for three years.",
            &["activist", "imprisoned"],
            &[],
            (Stance::Affirm, None, None),
        );
        // Litotes affirms.
        check(
            "It is not unlikely that Russia and China will reach a formal alliance.",
            &["formal alliance"],
            &[],
            (Stance::Affirm, None, None),
        );
    }

    #[test]
    fn a_negated_judgement_of_blame_abstains() {
        let cues = crate::provenance::cues::Cues::new(&Lexicon::default());
        for (sentence, claim, expected) in [
            ("The remit of the board was not to address questions of responsibility and the report did not specifically blame any group for the tragedy, to Russian-backed separatists or to Ukrainian forces.", &["responsibility", "Russian"][..], true),
            ("The report did not accuse Moscow of shooting down the plane.", &["Moscow", "shooting down"], true),
            ("Investigators have not yet determined responsibility for the downing.", &["responsibility"], true),
            ("Russia is not responsible for the downing of MH17.", &["Russia", "responsible"], false),
            ("Moscow did not supply the missile launcher, the ministry said.", &["Moscow", "supply"], false),
            ("Russia has not been blamed by anyone except Kyiv, and it did not fire the missile.", &["Russia", "fire the missile"], false),
            // Not confirming, acknowledging or commenting is no denial.
            ("Ukraine has not officially confirmed its involvement in the bridge blast, but some Ukrainian officials have celebrated the damage.", &["Ukraine", "involvement", "blast"], true),
            ("Kyiv did not acknowledge responsibility for the strike on the bridge.", &["Kyiv", "responsibility", "strike"], true),
            ("The ministry has not commented on the reports of its role in the attack.", &["ministry", "role", "attack"], true),
            ("Ukraine was not involved in the bridge blast and has not confirmed anything else.", &["Ukraine", "involved", "blast"], false),
            // Not mentioning the claim says nothing of it.
            ("However, Ukraine's general staff said the plane was transporting missiles for Russia's S-300 air defence systems and made no mention of prisoners of war.", &["prisoners of war", "plane"], true),
            ("The statement did not mention any prisoners on board the plane.", &["prisoners", "on board"], true),
        ] {
            let spans: Vec<Range<usize>> = claim.iter().map(|phrase| span(sentence, phrase)).collect();
            let clauses = crate::text::clause::split(sentence);
            assert_eq!(
                abstains(sentence, &clauses, &cues.hits(sentence), &spans),
                expected,
                "sentence: {sentence}"
            );
        }
    }

    #[test]
    fn a_negated_saying_is_no_denial_of_what_is_not_said() {
        // "did not suggest/say/claim that X": no one says X, which leaves X
        // neither affirmed nor denied (the factuality reads no side).
        for (sentence, claim, cue) in [
            (
                "The authorities did not suggest it was sabotage.",
                "sabotage",
                "did not suggest",
            ),
            (
                "Police have not publicly claimed that the fire was arson.",
                "arson",
                "have not publicly claimed",
            ),
            (
                "The governor never said the levee was breached on purpose.",
                "breached",
                "never said",
            ),
            (
                "There is no suggestion that the pilots were drunk.",
                "drunk",
                "no suggestion",
            ),
        ] {
            check(sentence, &[claim], &[], (Stance::Affirm, Some(cue), None));
        }
        // Near misses: the negation is the claim's own, with the saying
        // after it or with no saying at all.
        check(
            "The fire was not arson, police said.",
            &["arson"],
            &[],
            (Stance::Deny, Some("was not"), Some(DenialClass::Negation)),
        );
        check(
            "Police said the blast was not sabotage.",
            &["sabotage"],
            &[],
            (Stance::Deny, Some("was not"), Some(DenialClass::Negation)),
        );
    }

    #[test]
    fn a_cause_given_in_an_attributing_clause_is_not_denied() {
        // ", attributing X to Y" opens a clause of its own: the denial
        // before it does not reach the cause it gives.
        for (sentence, claim) in [
            (
                "The ministry ruled out foreign involvement, attributing the blast to human error.",
                "human error",
            ),
            (
                "Officials denied any foreign hand, attributing the fire to carelessness by workers.",
                "carelessness",
            ),
        ] {
            check(sentence, &[claim], &[], (Stance::Affirm, None, None));
        }
        // Near misses: what the denial governs stays denied.
        check(
            "The ministry ruled out foreign involvement, attributing the blast to human error.",
            &["foreign involvement"],
            &[],
            (Stance::Deny, Some("ruled out"), Some(DenialClass::Antonymy)),
        );
        check(
            "The ministry denied that negligence was behind the blast.",
            &["negligence"],
            &[],
            (Stance::Deny, Some("denied"), Some(DenialClass::Antonymy)),
        );
    }

    #[test]
    fn dismissing_something_as_the_claim_affirms_the_claim() {
        // "dismissed X as <the claim>": the dismisser says X is what the
        // claim says.
        for (sentence, claim) in [
            (
                "results that opposition groups have dismissed as fraudulent",
                "fraudulent",
            ),
            (
                "The vote, which critics rejected as a sham, was held on Sunday.",
                "sham",
            ),
            (
                "The opposition denounced the count as rigged from the start.",
                "rigged",
            ),
        ] {
            check(sentence, &[claim], &[], (Stance::Affirm, None, None));
        }
        // Near misses: a claim dismissed as false is denied.
        check(
            "The commission dismissed claims of fraud as baseless.",
            &["fraud"],
            &[],
            (Stance::Deny, Some("dismissed"), Some(DenialClass::Antonymy)),
        );
        check(
            "Moscow dismissed as fake reports that the vote was rigged.",
            &["rigged"],
            &[],
            (
                Stance::Deny,
                Some("dismissed as"),
                Some(DenialClass::Antonymy),
            ),
        );
    }

    proptest! {
        #[test]
        fn may_judge_false_finds_what_a_scan_per_stem_finds(
            sentence in "(Claim|REPORT|rumour|stor|k|x|é|’| ){0,12}|\\PC{0,80}"
        ) {
            let per_stem = JUDGED_STEMS
                .iter()
                .any(|stem| crate::text::holds_ascii_word(&sentence, stem));
            prop_assert_eq!(may_judge_false(&sentence), per_stem);
        }

        #[test]
        fn never_panics(sentence in "\\PC{0,120}", a in 0usize..130, b in 0usize..130) {
            let (low, high) = (a.min(b), a.max(b));
            let claim = [low..high, high..high.saturating_add(1)];
            let deny = [high..high.saturating_add(3), low..low];
            let reading = analyzer().stance(&sentence, &claim, &ClaimTerms::default(), &deny);
            prop_assert_eq!(reading.class.is_some(), reading.stance == Stance::Deny);
        }
    }

    #[test]
    fn a_negated_ruling_out_leaves_the_claim_possible_and_rebut_denies() {
        check(
            "Investigators said they could not rule out sabotage in two of the cases.",
            &["sabotage"],
            &[],
            (Stance::Affirm, Some("could not rule out"), None),
        );
        check(
            "A deliberate attack on the pipeline cannot be ruled out, the ministry said.",
            &["deliberate attack", "pipeline"],
            &[],
            (Stance::Affirm, Some("cannot be ruled out"), None),
        );
        // A ruling out in another clause does not bear on the claim.
        check(
            "The agency said it was unlikely that a foreign state had built such a device, but that it could not rule out attacks in a few cases.",
            &["foreign state", "built"],
            &[],
            (Stance::Deny, Some("unlikely"), Some(DenialClass::Negation)),
        );
        // A ruling out is a word of denial of its own, without a rule's cue.
        check(
            "The grid operator on Tuesday ruled out a cyberattack as the cause of the outage.",
            &["cyberattack"],
            &[],
            (Stance::Deny, Some("ruled out"), Some(DenialClass::Antonymy)),
        );
        // A ruling out without a negation still denies (the rule's cue).
        check(
            "Duda ruled out that the missile was launched from Russia.",
            &["missile", "launched from Russia"],
            &["ruled out"],
            (Stance::Deny, Some("ruled out"), Some(DenialClass::Antonymy)),
        );
        check(
            "There has been no official confirmation that the skater is the subject of the positive test.",
            &["skater", "positive test"],
            &[],
            (Stance::Affirm, Some("no official confirmation"), None),
        );
        check(
            "A biographer has come out to rebut Ukrainian claims that the billionaire sabotaged a drone attack.",
            &["sabotaged", "drone attack"],
            &[],
            (Stance::Deny, Some("rebut"), Some(DenialClass::Antonymy)),
        );
    }

    #[test]
    fn dismissing_a_person_or_body_from_office_denies_nothing() {
        use Stance::Affirm;
        let rows: [(&str, &[&str]); 6] = [
            (
                "The governor dismissed his entire cabinet on Tuesday after riots over bread prices left 9 dead.",
                &["riots", "dead"],
            ),
            (
                "The club dismissed its coach after fans were injured in the stampede.",
                &["fans", "injured"],
            ),
            (
                "The ministry dismissed two senior officials after soldiers fired on the crowd.",
                &["soldiers", "fired"],
            ),
            (
                "The army chief was dismissed from his post after troops shot protesters.",
                &["troops", "shot"],
            ),
            (
                "The mayor dismissed police chief Tom Reyes after officers beat students.",
                &["officers", "beat"],
            ),
            (
                "The police chief was dismissed after officers beat students.",
                &["officers", "beat"],
            ),
        ];
        for (sentence, claim) in rows {
            check(sentence, claim, &[], (Affirm, None, None));
            // A rule's own denial word "dismissed" reads the same.
            check(sentence, claim, &["dismissed"], (Affirm, None, None));
        }
        // Dismissing a claim, a report or an account still denies it.
        let denied: [(&str, &[&str]); 4] = [
            (
                "The ministry dismissed reports that soldiers fired on the crowd.",
                &["soldiers", "fired"],
            ),
            (
                "The minister dismissed claims that police shot protesters as baseless.",
                &["police", "shot"],
            ),
            (
                "Officials dismissed the governor's account that troops fired first.",
                &["troops", "fired"],
            ),
            (
                "Allegations by the police chief were dismissed after troops shot protesters.",
                &["troops", "shot"],
            ),
        ];
        for (sentence, claim) in denied {
            check(
                sentence,
                claim,
                &[],
                (Stance::Deny, Some("dismissed"), Some(DenialClass::Antonymy)),
            );
        }
    }

    #[test]
    fn a_negated_participle_after_a_noun_denies_no_claim_before_it() {
        use Stance::{Affirm, Deny};
        let rows: [(&str, &[&str], &str); 4] = [
            (
                "Protesters were shot by police, but some of the dead were killed by gangs not linked to the marches, the group said.",
                &["shot", "police", "marches"],
                "not linked",
            ),
            (
                "Villagers were killed by soldiers, while other deaths were caused by militias not tied to the army.",
                &["killed", "soldiers", "army"],
                "not tied",
            ),
            (
                "Police beat students not involved in the protest.",
                &["Police", "beat", "protest"],
                "not involved",
            ),
            (
                "Troops burned homes, and some residents not yet evacuated from the village died.",
                &["Troops", "burned", "village"],
                "not yet evacuated",
            ),
        ];
        for (sentence, claim, cue) in rows {
            check(sentence, claim, &[], (Affirm, Some(cue), None));
        }
        // A negated verb, or a modifier with no claim before its noun,
        // still denies.
        check(
            "The gangs were not linked to the protests.",
            &["gangs", "linked", "protests"],
            &[],
            (Deny, Some("were not"), Some(DenialClass::Negation)),
        );
        check(
            "Gangs not linked to the protests looted shops.",
            &["linked", "protests"],
            &[],
            (Deny, Some("not"), Some(DenialClass::Negation)),
        );
        // An irregular past, a present tense or a verb taking an object after
        // the participle's phrase is the sentence's own verb: the participle
        // only narrows its noun.
        for sentence in [
            "The Russian troops not deployed in Kherson fled the city.",
            "The Russian troops not deployed in Kherson hold the city.",
            "The Russian troops not deployed in Kherson say they left the city.",
            "The Russian troops not deployed in Kherson remain near the city.",
        ] {
            check(
                sentence,
                &["Russian", "city"],
                &[],
                (Affirm, Some("not deployed"), None),
            );
        }
        // A negated participle that is its noun's predicate denies: after
        // "with" (an absolute clause) or after a noun phrase that opens the
        // sentence with no verb of its own after it (a headline's "is" left
        // out).
        for (sentence, claim) in [
            (
                "Strikes hit the district overnight, with the main clinic not damaged.",
                &["Strikes", "clinic", "damaged"][..],
            ),
            (
                "Kharkiv clinic not hit by strike, army says",
                &["Kharkiv", "clinic", "hit"][..],
            ),
            (
                "The city's depot not struck in raid, ministry says",
                &["city", "depot", "struck"][..],
            ),
        ] {
            check(
                sentence,
                claim,
                &[],
                (Deny, Some("not"), Some(DenialClass::Negation)),
            );
        }
    }

    #[test]
    fn not_one_thing_but_also_another_affirms_both() {
        use Stance::{Affirm, Deny};
        for (sentence, claim) in [
            (
                "The deaths resulted not from police fire alone but also from stampedes.",
                ["deaths", "police fire"],
            ),
            (
                "The injuries were caused not solely by tear gas but by a crush at the gate as well.",
                ["injuries", "tear gas"],
            ),
            (
                "The victims died not simply from gunfire, but also from the smoke.",
                ["died", "gunfire"],
            ),
        ] {
            check(sentence, &claim, &[], (Affirm, None, None));
        }
        // "not X but Y" replaces X.
        check(
            "The deaths resulted not from police fire but from stampedes.",
            &["deaths", "police fire"],
            &[],
            (Deny, Some("not"), Some(DenialClass::Negation)),
        );
        // A "not" after an auxiliary negates its verb; a "too" inside the
        // "but" clause is a degree word.
        for sentence in [
            "Police did not fire on the protesters, but also arrested 40 of them.",
            "Police did not fire on the protesters, but the crowd was too large to control.",
        ] {
            check(
                sentence,
                &["Police", "fire", "protesters"],
                &[],
                (Deny, Some("did not"), Some(DenialClass::Negation)),
            );
        }
    }
}
