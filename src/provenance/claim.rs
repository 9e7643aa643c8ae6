//! One claim's reading in its quote, as an instance gets it: stance, hedge,
//! speaker and factuality, and so whether it takes a side.
//!
//! The matcher reads every instance through `QuoteReading::claim`, and the
//! factuality bank (`eval::factuality`, through `Analyzer::factuality_of`)
//! reads its labelled claims through the same function, so the bank scores
//! the engine's own reading. A bank has no rule: `claim_words` says what
//! stands in for a rule's terms there.

use std::ops::Range;

use super::cues::{Hit, DENIAL, HEDGE, NEGATION};
use super::stance::ClaimTerms;
use super::QuoteReading;
use crate::kinds::ClaimKind;
use crate::model::{Attribution, DenialClass, Factuality, Hedge, Stance, StanceReading};

/// A claim in a quote, as a rule match gives it.
#[derive(Debug, Clone, Copy)]
pub struct Claim<'a> {
    /// Byte ranges inside the quote of the claim's phrases.
    pub spans: &'a [Range<usize>],
    /// Which rule term each span is of.
    pub terms: ClaimTerms<'a>,
    /// The rule's own denial cues found in the quote.
    pub deny: &'a [Range<usize>],
    /// The rule's kind: whether a bare negation denies it and the writer's
    /// "alleged" withholds it.
    pub kind: ClaimKind,
}

/// How a quote bears on one claim: what an instance of it records.
#[derive(Debug, Clone, PartialEq)]
pub struct ClaimReading {
    /// Affirmed or denied, with the cue.
    pub stance: StanceReading,
    /// The hedge that bears on the claim.
    pub hedge: Option<Hedge>,
    /// Who says it (`QuoteReading::attribution_for`); `None` for the
    /// article's own voice.
    pub attribution: Option<Attribution>,
    /// Speech act and certainty; `Factuality::takes_side` says whether it
    /// counts as a side of a finding.
    pub factuality: Factuality,
}

impl QuoteReading {
    /// How `quote` (the text this reading was made from) bears on `claim`,
    /// or `None` when it makes no instance of it: its only negations negate
    /// a verb of judging blame (`abstains`), or it is what a negated verb of
    /// telling leaves untold (`factuality::untold`: "did not specify if"). A negation does not deny a claim
    /// of a kind it does not deny (`ClaimKind::negation_denies`): it affirms.
    pub fn claim(&self, quote: &str, claim: &Claim<'_>) -> Option<ClaimReading> {
        let mut stance = self.stance(quote, claim.spans, &claim.terms, claim.deny);
        // A rule's own denial cue that is a bare negation ("no") denies as a
        // negation does, and abstains as one: "made no mention of prisoners
        // of war" under `deny = ["no"]` says nothing of them.
        let negating = stance.class == Some(DenialClass::Negation)
            || stance.cue.as_deref().is_some_and(is_bare_negation);
        if stance.class == Some(DenialClass::Negation) && !claim.kind.negation_denies() {
            stance = StanceReading {
                stance: Stance::Affirm,
                cue: None,
                class: None,
            };
        } else if stance.stance == Stance::Deny
            && negating
            && claim.kind.negation_denies()
            && self.abstains(quote, claim.spans)
        {
            return None;
        }
        // "did not specify if …": an untold answer is no instance.
        if super::factuality::untold(quote, claim.spans) {
            return None;
        }
        let hedge = self.hedge(quote, claim.spans, claim.terms.of_span);
        let attribution = self.attribution_for(claim.spans, claim.terms.of_span);
        let factuality = self.factuality(
            quote,
            claim.spans,
            &stance,
            attribution.as_ref(),
            hedge.as_ref(),
            claim.kind.doubt_withholds(),
        );
        Some(ClaimReading {
            stance,
            hedge,
            attribution,
            factuality,
        })
    }

    /// The words of `claim` (a byte range of `quote`) that stand in for a
    /// rule's terms when no rule names them: each word is a term of its own,
    /// as a rule that writes every word of the claim as an `all` term,
    /// except the cue words the reading itself weighs (a negation, a denial
    /// or a hedge the cue lists find: "not", "denied", "could") and the
    /// function words no rule names as a term (articles, auxiliaries and
    /// modals, "to", "of", "and", prepositions). So in "the plant was never
    /// hit" the claim is "plant" and "hit", and the "never" before "hit"
    /// denies it as it would deny a rule's match. A claim of nothing but
    /// such words is its whole range.
    pub(crate) fn claim_words(&self, quote: &str, claim: &Range<usize>) -> Vec<Range<usize>> {
        let cue = |word: &Range<usize>| {
            self.hits.iter().any(|hit: &Hit| {
                (hit.kinds.contains(NEGATION)
                    || hit.kinds.contains(DENIAL)
                    || hit.kinds.contains(HEDGE))
                    && hit.span.start < word.end
                    && word.start < hit.span.end
            })
        };
        let words: Vec<Range<usize>> = words_in(quote, claim)
            .into_iter()
            .filter(|word| {
                let lower = quote.get(word.clone()).unwrap_or("").to_lowercase();
                !FUNCTION_WORDS.contains(&lower.as_str()) && !cue(word)
            })
            .collect();
        if words.is_empty() {
            vec![claim.clone()]
        } else {
            words
        }
    }
}

/// Words no rule names as a claim term.
const FUNCTION_WORDS: &[&str] = &[
    "a", "an", "the", "is", "are", "was", "were", "be", "been", "being", "am", "has", "have",
    "had", "having", "do", "does", "did", "will", "would", "shall", "should", "can", "could",
    "may", "might", "must", "to", "of", "and", "or", "in", "on", "at", "by", "for", "with", "from",
    "into", "as",
];

/// What may join the letters of a word but neither opens nor ends it.
const EDGES: [char; 3] = ['-', '\'', '’'];

/// The words inside `range` of `quote`: runs of letters and digits, with
/// the hyphens and apostrophes inside them.
fn words_in(quote: &str, range: &Range<usize>) -> Vec<Range<usize>> {
    let Some(text) = quote.get(range.clone()) else {
        return Vec::new();
    };
    let inner = |ch: char| ch.is_alphanumeric() || matches!(ch, '-' | '\'' | '’');
    let mut words = Vec::new();
    let mut start: Option<usize> = None;
    for (at, ch) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        match (inner(ch), start) {
            (true, None) => start = Some(at),
            (false, Some(from)) => {
                let run = &text[from..at];
                let trimmed = run.trim_start_matches(EDGES);
                let word = trimmed.trim_end_matches(EDGES);
                if word.chars().any(char::is_alphanumeric) {
                    let begin = range.start + from + (run.len() - trimmed.len());
                    words.push(begin..begin + word.len());
                }
                start = None;
            }
            _ => {}
        }
    }
    words
}

/// Whether a stance cue is a bare negation word ("no", "not", "never").
fn is_bare_negation(cue: &str) -> bool {
    ["no", "not", "never", "none"]
        .iter()
        .any(|word| cue.eq_ignore_ascii_case(word))
}

#[cfg(test)]
mod tests {
    use crate::model::{Article, Document, Lexicon};
    use crate::provenance::Analyzer;
    use crate::vocab::Named;

    /// Reads the claim written in brackets in `text` (one sentence, read as
    /// the corpus reader reads an article) through `Analyzer::factuality_of`
    /// and compares "stance act certainty side|no-side cue" (the factuality's
    /// cue, else the stance's, `-` for none), or "no instance", and the claim
    /// words that stand in for its terms, joined by `|`.
    fn check(text: &str, expected: &str, words: &str) {
        let open = text.find('[').expect("a [claim]");
        let close = text.find(']').expect("a [claim]");
        let mut body = text.replace(['[', ']'], "");
        let (sentences, breaks) = crate::text::read(&mut body);
        let article = Article {
            document: Document::default(),
            text: body,
            sentences,
            breaks,
        };
        assert_eq!(article.sentences.len(), 1, "one sentence: {text}");
        let analyzer = Analyzer::new(&Lexicon::default());
        let claim = open..close - 1;
        let got = match analyzer.factuality_of(&article, 0, claim.clone()) {
            None => "no instance".to_owned(),
            Some(read) => format!(
                "{} {} {} {} {}",
                read.stance.stance.name(),
                read.factuality.act.name(),
                read.factuality.certainty.name(),
                if read.factuality.takes_side() {
                    "side"
                } else {
                    "no-side"
                },
                read.factuality
                    .cue
                    .as_deref()
                    .or(read.stance.cue.as_deref())
                    .unwrap_or("-")
            ),
        };
        assert_eq!(got, expected, "{text}");
        let quote = &article.text;
        let reading = analyzer.read(
            &article,
            0,
            quote,
            std::sync::Arc::new(crate::text::clause::split(quote)),
        );
        let got_words: Vec<&str> = reading
            .claim_words(quote, &claim)
            .into_iter()
            .map(|span| &quote[span])
            .collect();
        assert_eq!(got_words.join("|"), words, "{text}");
    }

    #[test]
    fn an_untold_answer_is_no_instance() {
        // Shapes17 R1: "did not specify if X" says nothing of X.
        check(
            "The officers did not specify if [they had taken the president into custody].",
            "no instance",
            "they|taken|president|custody",
        );
        check(
            "He did not immediately say whether [the bridge would be among the topics].",
            "no instance",
            "bridge|among|topics",
        );
        // A clause joined after the "whether" is not untold: it stays an
        // instance. (The "whether" still reads it as a question, a
        // mention, as before the untold reading existed: not yet right.)
        check(
            "The company did not reveal whether it paid the ransom and said [12 staff were hurt].",
            "affirm question underspecified no-side whether",
            "12|staff|hurt",
        );
        // A check that failed leaves a question, a mention.
        check(
            "A reporter saw one person shot but could not confirm whether [he died].",
            "affirm question underspecified no-side whether",
            "he|died",
        );
    }

    #[test]
    fn a_rules_bare_negation_cue_abstains_where_a_negation_would() {
        // `deny = ["no"]`: "made no mention of" says nothing of the claim,
        // "there were no prisoners" denies it.
        for (text, claim, expected) in [
            (
                "However, Ukraine's general staff said the plane was transporting missiles and made no mention of prisoners of war.",
                ["prisoners of war", "plane"],
                None,
            ),
            (
                "Danilov said there were no prisoners of war on the plane.",
                ["prisoners of war", "plane"],
                Some(crate::model::Stance::Deny),
            ),
        ] {
            let mut body = text.to_string();
            let (sentences, breaks) = crate::text::read(&mut body);
            let article = Article {
                document: Document::default(),
                text: body,
                sentences,
                breaks,
            };
            let quote = article.text.as_str();
            let reading = Analyzer::new(&Lexicon::default()).read(
                &article,
                0,
                quote,
                std::sync::Arc::new(crate::text::clause::split(quote)),
            );
            let span = |phrase: &str| {
                let at = quote.find(phrase).expect("the phrase is in the text");
                at..at + phrase.len()
            };
            let spans = [span(claim[0]), span(claim[1])];
            let no = quote.find(" no ").map(|at| at + 1..at + 3).expect("a no");
            let got = reading
                .claim(
                    quote,
                    &super::Claim {
                        spans: &spans,
                        terms: crate::provenance::stance::ClaimTerms {
                            of_span: &[0, 1],
                            n_all: 1,
                            any: true,
                        },
                        deny: std::slice::from_ref(&no),
                        kind: crate::kinds::ClaimKind::Proposition,
                    },
                )
                .map(|read| read.stance.stance);
            assert_eq!(got, expected, "{text}");
        }
    }

    #[test]
    fn a_plain_statement_is_asserted_and_a_credited_one_reported() {
        check(
            "[The plant lost power] on Monday.",
            "affirm assertion certain side -",
            "plant|lost|power",
        );
        check(
            "[The plant lost power] on Monday, the operator said.",
            "affirm report certain side -",
            "plant|lost|power",
        );
    }

    #[test]
    fn a_negation_inside_the_claim_denies_it() {
        check(
            "Rescue crews said [the plant was never hit] by the rockets.",
            "deny denial certain side was never",
            "plant|hit",
        );
        check(
            "The port authority said [full details were not immediately available].",
            "deny denial certain side were not",
            "full|details|immediately|available",
        );
    }

    #[test]
    fn a_denial_verb_before_the_claim_denies_it() {
        check(
            "The company denied [that its drones were sold to the army].",
            "deny denial certain side denied",
            "that|its|drones|sold|army",
        );
    }

    #[test]
    fn a_hedge_inside_the_claim_makes_it_speculation_without_a_side() {
        check(
            "Analysts say [the firm could supply the army] within months.",
            "affirm speculation possible no-side could",
            "firm|supply|army",
        );
    }

    #[test]
    fn questions_conditions_and_predictions_take_no_side() {
        check(
            "The mayor asked whether [the bridge had collapsed].",
            "affirm question underspecified no-side whether",
            "bridge|collapsed",
        );
        check(
            "If [the dam breaks], the valley will flood.",
            "affirm conditional underspecified no-side if",
            "dam|breaks",
        );
        check(
            "Analysts expect that the ministry [will send more troops].",
            "affirm prediction underspecified no-side will",
            "send|more|troops",
        );
        // A reported "will" is the speaker's commitment (convention 4 of
        // tests/factuality): a side.
        check(
            "Officials said the ministry [will send more troops].",
            "affirm report probable side will",
            "send|more|troops",
        );
    }

    #[test]
    fn a_negated_judgement_of_blame_makes_no_instance() {
        check(
            "The report did not blame any group for [the fire].",
            "no instance",
            "fire",
        );
    }

    #[test]
    fn a_claim_of_function_words_only_is_its_whole_range() {
        // The negation inside the one span governs no claim word after it.
        check(
            "Asked if they had struck first, they said they [had not].",
            "affirm report certain side -",
            "had not",
        );
    }
}
