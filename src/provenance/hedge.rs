//! Hedges: words that weaken a claim without denying it.
//!
//! Matches: "Chinese companies reportedly supplying Russia with assault rifles" ("reportedly")
//! Ignores: "Mayor Sobyanin met them in May 2019."                              (a name, a month)
//!
//! The first hedge of the sentence wins, unless a later one in scope is a
//! modal of possibility ("indications suggest it may have been …"). A
//! capitalised "May" inside a sentence, or before a number, is the month.

use std::ops::Range;

use crate::model::Hedge;
use crate::provenance::cues::{emphatic_after, Hit, HEDGE};
use crate::text::clause::{ClauseKind, Clauses};

/// The first hedge among `hits` of `sentence`.
pub fn find(sentence: &str, hits: &[Hit]) -> Option<Hedge> {
    hits.iter()
        .filter(|hit| hit.kinds.contains(HEDGE))
        .filter_map(|hit| Some((hit, sentence.get(hit.span.clone())?)))
        .find(|(hit, cue)| !is_month(sentence, hit, cue))
        .map(|(_, cue)| Hedge { cue: cue.into() })
}

/// The hedge of `sentence` that bears on a claim at `claim_spans`: one lying
/// between the claim's phrases, or at most `SCOPE_WORDS` words before the first
/// of them with no clause break ("Chinese companies reportedly supplying").
/// A hedge after the claim, or across a comma, belongs to another clause
/// ("... since 2011 and reportedly imported radios"). Without claim spans
/// the first hedge of the sentence wins.
///
/// With `terms` (the rule term of each claim span, as `RuleMatch::terms`),
/// a hedge bears on the claim only when every term has a span in the
/// hedge's clause or in what that clause reports: in "China may become a
/// major supplier to Russia …, as well as systems where China has an edge
/// over Russia" the "may" does not reach the edge, said in a relative
/// clause.
pub fn find_in_scope(
    sentence: &str,
    hits: &[Hit],
    claim_spans: &[Range<usize>],
    scope: Option<(&Clauses, &[u16])>,
) -> Option<Hedge> {
    let (Some(first), Some(last)) = (
        claim_spans.iter().map(|span| span.start).min(),
        claim_spans.iter().map(|span| span.end).max(),
    ) else {
        return find(sentence, hits);
    };
    let mut in_scope = hits
        .iter()
        .filter(|hit| hit.kinds.contains(HEDGE))
        .filter_map(|hit| Some((hit, sentence.get(hit.span.clone())?)))
        .filter(|(hit, cue)| !is_month(sentence, hit, cue))
        .filter(|(hit, _)| !in_apposition(sentence, &hit.span))
        .filter(|(hit, cue)| !emphatic(sentence, &hit.span, cue))
        .filter(|(hit, _)| {
            let inside = first <= hit.span.start && hit.span.end <= last;
            (inside
                || leads_into(sentence, &hit.span, first)
                    && !names_in_adjunct(sentence, &hit.span, first))
                && scope.is_none_or(|(clauses, terms)| {
                    governs_every_term(sentence, clauses, terms, claim_spans, &hit.span)
                })
        })
        .map(|(_, cue)| cue);
    // "Early indications suggest the blast may have been caused by …": of
    // the hedges that bear on the claim the first wins, unless a later one
    // makes it a possibility ("may", "could"): a probable possibility is a
    // possibility (FactBank's nested modality takes the weaker).
    let first_cue = in_scope.next()?;
    let speculative = |cue: &str| {
        SPECULATIVE_MODALS
            .iter()
            .any(|modal| cue.eq_ignore_ascii_case(modal))
    };
    let cue = if speculative(first_cue) {
        first_cue
    } else {
        in_scope.find(|cue| speculative(cue)).unwrap_or(first_cue)
    };
    Some(Hedge { cue: cue.into() })
}

/// Modal hedges that make a claim a possibility, which outrank a hedge of
/// probability before them in scope.
const SPECULATIVE_MODALS: [&str; 3] = ["could", "may", "might"];

/// Whether the hedge `cue` at `hedge` is the "could" or "can" of an
/// emphatic negated comparative (`cues::emphatic_after`): "the team could
/// not have been happier" says it was as happy as can be, no possibility.
fn emphatic(sentence: &str, hedge: &Range<usize>, cue: &str) -> bool {
    if !["could", "can"]
        .iter()
        .any(|modal| cue.eq_ignore_ascii_case(modal))
    {
        return false;
    }
    let after = sentence.get(hedge.end..).unwrap_or("");
    let rest = ["n't", "n’t", "not"].iter().find_map(|negation| {
        after
            .trim_start()
            .strip_prefix(negation)
            .filter(|rest| rest.starts_with(char::is_whitespace))
    });
    rest.is_some_and(emphatic_after)
}

/// Whether the hedge at `hedge` opens a verbless apposition set off by
/// commas or dashes ("an explosion aboard the plane, possibly a bomb,
/// brought down the plane"): it hedges the apposition's noun phrase, not
/// the clause of its host.
fn in_apposition(sentence: &str, hedge: &Range<usize>) -> bool {
    let before = sentence.get(..hedge.start).unwrap_or("").trim_end();
    if !before.ends_with([',', '—', '–']) {
        return false;
    }
    let after = sentence.get(hedge.end..).unwrap_or("");
    let Some(close) = after.find([',', '—', '–']) else {
        return false;
    };
    let words: Vec<&str> = after[..close].split_whitespace().collect();
    let noun_phrase = words
        .first()
        .is_some_and(|word| APPOSITION_OPENERS.contains(&word.to_lowercase().as_str()));
    let verbless = words.iter().all(|word| {
        let word = word.to_lowercase();
        !APPOSITION_VERBS.contains(&word.as_str())
            && !word.ends_with("ed")
            && !word.ends_with("ing")
    });
    (1..=5).contains(&words.len()) && noun_phrase && verbless
}

/// Words that open the noun phrase of an apposition.
const APPOSITION_OPENERS: &[&str] = &["a", "an", "the", "some", "one", "two", "several"];

/// Verbs that make a comma-set phrase a clause, not an apposition.
const APPOSITION_VERBS: &[&str] = &[
    "is", "was", "were", "are", "be", "been", "has", "have", "had", "will", "would", "did",
];

/// How many words (the opener's included) may stand before a hedge in a
/// relative clause's verb group ("which was allegedly").
const VERB_GROUP_WORDS: usize = 3;

/// Whether the clause of the hedge at `hedge` governs a span of every term
/// (`terms[i]` is the term of `claim_spans[i]`); true when the two lists do
/// not pair up (a role pattern's slots). A relative clause ("who", "which",
/// "that") predicates of its antecedent, so a hedge in it governs the
/// antecedent's span too, the claim phrase right before its opener:
/// "suggesting negligence that may have contributed to the accident" says
/// only that negligence may have contributed (a "that" the clause splitter
/// took for a complement's, after the noun, is read the same).
fn governs_every_term(
    sentence: &str,
    clauses: &Clauses,
    terms: &[u16],
    claim_spans: &[Range<usize>],
    hedge: &Range<usize>,
) -> bool {
    if terms.len() != claim_spans.len() || terms.is_empty() {
        return true;
    }
    let hedge_clause = clauses.at(hedge.start);
    let relative_start = clauses
        .clauses
        .get(hedge_clause)
        .filter(|clause| match clause.kind {
            ClauseKind::Relative => ["who", "which", "that"].contains(&clause.opener.as_str()),
            // A "that" after a noun the verb of saying takes as its object
            // ("suggesting negligence that may have …") opens a relative
            // clause on the noun, however the splitter took it.
            ClauseKind::Complement => clause.opener == "that",
            _ => false,
        })
        .and_then(|_| clauses.start(hedge_clause))
        // The hedge in the relative's own verb group, right after its
        // opener ("that may have", "which was allegedly"): a hedge further
        // on may belong to a clause the splitter ran on into.
        .filter(|start| {
            sentence
                .get(*start..hedge.start)
                .is_some_and(|head| head.split_whitespace().count() <= VERB_GROUP_WORDS)
        });
    // Not an antecedent a negative quantifier empties ("there were no
    // military objects that could have been a target" says there were none).
    let antecedent = |span: &Range<usize>| {
        let quantified = sentence
            .get(..span.start)
            .unwrap_or("")
            .split_whitespace()
            .rev()
            .take(3)
            .any(|word| ["no", "any", "none"].contains(&word.to_lowercase().as_str()));
        relative_start.is_some_and(|start| {
            span.end <= start
                && !quantified
                && sentence
                    .get(span.end..start)
                    .is_some_and(|gap| gap.trim_matches([' ', ',']).is_empty())
        })
    };
    terms.iter().all(|term| {
        terms.iter().zip(claim_spans).any(|(other, span)| {
            other == term
                && (clauses.governed_by(clauses.at(span.start), hedge_clause) || antecedent(span))
        })
    })
}

/// How many words a hedge may stand before the claim it weakens.
const SCOPE_WORDS: usize = 6;

/// True when the hedge at `span` stands at most `SCOPE_WORDS` words before
/// `claim_start`, with no clause break between.
fn leads_into(sentence: &str, span: &Range<usize>, claim_start: usize) -> bool {
    if span.end > claim_start || claim_start - span.end > 48 * (SCOPE_WORDS + 1) {
        return false;
    }
    let Some(between) = sentence.get(span.end..claim_start) else {
        return false;
    };
    !between.contains([',', ';', ':', '—', '–', '(', ')'])
        && between.split_whitespace().count() <= SCOPE_WORDS
}

/// Auxiliaries a modal's verb phrase may open with.
const AUXILIARIES: &[&str] = &["have", "has", "had", "be", "been", "being"];

/// Prepositions of an adjunct that names an event as known: "in last
/// week's strike", "after the attack", "during the raid".
const ADJUNCT_PREPOSITIONS: &[&str] = &[
    "in",
    "during",
    "after",
    "following",
    "from",
    "since",
    "under",
    "amid",
];

/// Stems of verbs whose adjunct names a cause or an origin ("resulted
/// from", "stemmed from", "was caused by", "came after"): a hedge on them
/// weakens that adjunct too.
const CAUSE_VERBS: &[&str] = &[
    "result", "stem", "caus", "came", "come", "originat", "aris", "arose", "deriv", "trigger",
    "sparked", "began", "begun", "start",
];

/// Modal hedges: they weaken a past event only in the perfect ("could
/// have died"); "could be killed in a strike" speculates about the strike.
const MODALS: &[&str] = &["could", "may", "might", "would", "should", "can"];

/// Whether the hedge at `span`, before the claim at `claim_start`, weakens
/// only its own verb while the claim is named after it in an adjunct of
/// that verb: in "300 people could have died in last week's Russian strike
/// on a theatre" the deaths are possible, the strike is taken as known
/// ("reportedly died in the strike" too). A modal counts only in the
/// perfect; the adjunct's preposition stands at most four words before the
/// claim with no "to", "that" or "and" between ("allegedly decided in 2020
/// to limit cooperation" hedges the limiting).
fn names_in_adjunct(sentence: &str, span: &Range<usize>, claim_start: usize) -> bool {
    let (Some(between), Some(cue)) = (
        sentence.get(span.end..claim_start),
        sentence.get(span.clone()),
    ) else {
        return false;
    };
    let words: Vec<String> = between
        .split(|ch: char| !(ch.is_alphanumeric() || ch == '\'' || ch == '’'))
        .filter(|word| !word.is_empty())
        .map(str::to_lowercase)
        .collect();
    if MODALS.contains(&cue.to_lowercase().as_str())
        && words.first().is_none_or(|word| word != "have")
    {
        return false;
    }
    let Some(verb_at) = words
        .iter()
        .position(|word| !AUXILIARIES.contains(&word.as_str()))
    else {
        return false;
    };
    let Some(preposition) = words
        .iter()
        .rposition(|word| ADJUNCT_PREPOSITIONS.contains(&word.as_str()))
        .filter(|at| *at > verb_at)
    else {
        return false;
    };
    // "may have resulted from Russian shelling": a verb of cause makes its
    // adjunct the very thing that is uncertain.
    let causes = words
        .get(verb_at)
        .is_some_and(|verb| CAUSE_VERBS.iter().any(|stem| verb.starts_with(stem)));
    let noun_phrase = &words[preposition + 1..];
    !causes
        && noun_phrase.len() <= 4
        && noun_phrase
            .iter()
            .all(|word| !matches!(word.as_str(), "to" | "that" | "and" | "which" | "who"))
}

/// True for "May" the month: capitalised mid-sentence, or followed by a number.
fn is_month(sentence: &str, hit: &Hit, cue: &str) -> bool {
    if cue != "May" {
        return false;
    }
    let at_start = sentence.get(..hit.span.start).is_some_and(|head| {
        head.trim_start_matches(|ch: char| !ch.is_alphanumeric())
            .is_empty()
    });
    let before_number = sentence.get(hit.span.end..).is_some_and(|tail| {
        tail.trim_start()
            .starts_with(|ch: char| ch.is_ascii_digit())
    });
    !at_start || before_number
}

#[cfg(test)]
mod tests {
    use crate::model::Lexicon;
    use crate::provenance::Analyzer;

    fn analyzer() -> Analyzer {
        Analyzer::new(&Lexicon::default())
    }

    fn check(sentence: &str, expected: Option<&str>) {
        let hedge = analyzer().hedge(sentence);
        assert_eq!(
            hedge.as_ref().map(|hedge| hedge.cue.as_str()),
            expected,
            "sentence: {sentence}"
        );
    }

    fn check_scoped(sentence: &str, claim: &[&str], expected: Option<&str>) {
        let spans: Vec<std::ops::Range<usize>> = claim
            .iter()
            .map(|phrase| {
                let start = sentence
                    .find(phrase)
                    .expect("test phrase is in its sentence");
                start..start + phrase.len()
            })
            .collect();
        let hedge = analyzer().hedge_in_scope(sentence, &spans);
        assert_eq!(
            hedge.as_ref().map(|hedge| hedge.cue.as_str()),
            expected,
            "sentence: {sentence}"
        );
    }

    /// The hedge `find_in_scope` finds for the claim whose terms are
    /// `claim`: (term index, phrase) pairs, each phrase's first occurrence
    /// after the previous one.
    fn check_terms(sentence: &str, claim: &[(u16, &str)], expected: Option<&str>) {
        let mut from = 0;
        let mut spans = Vec::new();
        for (_, phrase) in claim {
            let start = from
                + sentence[from..]
                    .find(phrase)
                    .expect("test phrase is in its sentence");
            spans.push(start..start + phrase.len());
            from = start + phrase.len();
        }
        let terms: Vec<u16> = claim.iter().map(|(term, _)| *term).collect();
        let clauses = crate::text::clause::split(sentence);
        let hits = crate::provenance::cues::Cues::new(&Lexicon::default()).hits(sentence);
        let hedge = super::find_in_scope(sentence, &hits, &spans, Some((&clauses, &terms)));
        assert_eq!(
            hedge.as_ref().map(|hedge| hedge.cue.as_str()),
            expected,
            "sentence: {sentence}"
        );
    }

    #[test]
    fn the_could_of_a_negated_comparative_is_no_hedge() {
        // "could not have been happier": as happy as can be.
        check_scoped(
            "The coach said the team could not have been happier with the result.",
            &["team", "happier"],
            None,
        );
        check_scoped(
            "The coach said the team couldn't be more pleased with the result.",
            &["team", "pleased"],
            None,
        );
        check_scoped(
            "The coach said the team could not have won the title.",
            &["team", "won the title"],
            Some("could"),
        );
    }

    #[test]
    fn a_modal_of_possibility_outranks_a_hedge_of_probability_before_it() {
        check_scoped(
            "Officials said the blast was likely caused by chemicals, which may have been stored badly.",
            &["blast", "caused"],
            Some("likely"),
        );
        check_scoped(
            "The blast was likely caused by chemicals that could have leaked.",
            &["blast", "caused", "chemicals"],
            Some("likely"),
        );
        check_scoped(
            "Reportedly the explosion may have been caused by stored chemicals.",
            &["explosion", "caused", "chemicals"],
            Some("may"),
        );
        check_scoped(
            "The explosion was likely caused by stored chemicals.",
            &["explosion", "caused", "chemicals"],
            Some("likely"),
        );
    }

    #[test]
    fn a_hedge_reaches_only_terms_its_clause_governs() {
        let schwartz = "“At the same time, China may become a major supplier to Russia of underlying military technologies and components, as well as systems where China has an edge — sometimes a significant lead — over Russia,” said Schwartz.";
        check_terms(
            schwartz,
            &[
                (0, "China"),
                (1, "Russia"),
                (0, "China"),
                (2, "an edge"),
                (1, "Russia"),
            ],
            None,
        );
        check_terms(
            schwartz,
            &[(0, "China"), (1, "supplier"), (2, "Russia")],
            Some("may"),
        );
        check_terms(
            "Russia-China cooperation is likely to bring major challenges to the United States, even if their relationship has not yet established a formal alliance.",
            &[(0, "Russia"), (1, "China"), (2, "formal alliance")],
            None,
        );
        check_terms(
            "Analysts say China could supply drones to Russia, which uses them in Ukraine.",
            &[(0, "China"), (1, "supply"), (2, "Russia")],
            Some("could"),
        );
    }

    #[test]
    fn a_hedge_in_a_relative_clause_reaches_its_antecedent() {
        // The relative predicates of its antecedent: only that negligence
        // may have contributed ("that" read as a complement's or a relative's).
        check_terms(
            "Officials said fines failed to bring compliance, suggesting negligence that may have contributed to the accident.",
            &[(0, "negligence"), (1, "contributed")],
            Some("may"),
        );
        check_terms(
            "The crash was blamed on a cargo door, which may have opened in flight.",
            &[(0, "door"), (1, "opened")],
            Some("may"),
        );
        check_terms(
            "Troops shot down a military transport plane, which was allegedly carrying prisoners.",
            &[(0, "plane"), (1, "carrying prisoners")],
            Some("allegedly"),
        );
        // Not an antecedent a negative quantifier empties.
        check_terms(
            "They said there were no military objects that could have been a target.",
            &[(0, "military objects"), (1, "target")],
            None,
        );
        // Nor a hedge past the relative's verb group, in a clause it may
        // run on into.
        check_terms(
            "The minister said that, based on early findings, the strike which killed two farmers was most likely to have been caused by a stray missile.",
            &[(0, "strike"), (1, "killed"), (2, "missile")],
            None,
        );
    }

    #[test]
    fn maybe_hedges_as_perhaps_does() {
        // Shapes17 R4: "maybe" opening a clause is a hedge of possibility.
        check("“Maybe it was a ceremonial coup.”", Some("Maybe"));
        check(
            "The depot was maybe never inspected, an engineer said.",
            Some("maybe"),
        );
    }

    #[test]
    fn a_hedge_opening_an_apposition_hedges_only_the_apposition() {
        let bomb = "US officials, who spoke on the condition of anonymity, believe an explosion aboard the plane, possibly a bomb, brought down the plane.";
        check_scoped(bomb, &["explosion", "plane", "bomb", "plane"], None);
        check_scoped(
            "Investigators said a device, perhaps a grenade, exploded in the cabin.",
            &["device", "grenade", "exploded"],
            None,
        );
        // A hedge that opens a clause after the comma still governs it.
        check_scoped(
            "The jet fell near Kuzhenkino, possibly after an explosion on board.",
            &["jet", "explosion"],
            Some("possibly"),
        );
        check_scoped(
            "The plane crashed, possibly a bomb was planted on board.",
            &["plane", "bomb"],
            Some("possibly"),
        );
    }

    #[test]
    fn a_modal_weakens_its_verb_not_the_event_its_adjunct_names() {
        let feared = "Ukrainian officials said Friday they feared 300 people could have died in last week's Russian strike on a theatre where hundreds were sheltering.";
        check_scoped(feared, &["Russian", "strike", "theatre"], None);
        check_scoped(
            "Dozens may have been trapped after the Russian attack on the station.",
            &["Russian", "attack", "station"],
            None,
        );
        // A verb of cause makes its adjunct the uncertain part.
        check_scoped(
            "The fire may have resulted from Russian shelling of the plant.",
            &["Russian", "shelling", "plant"],
            Some("may"),
        );
        check_scoped(
            "The damage reportedly stemmed from a Russian strike on the station.",
            &["Russian", "strike", "station"],
            Some("reportedly"),
        );
        // A modal not in the perfect, a claim that holds the verb's subject,
        // an existential, or a claim that is the verb's own object, stays
        // hedged.
        check_scoped(
            "Civilians could be killed in a Russian strike on the theatre.",
            &["Russian", "strike", "theatre"],
            Some("could"),
        );
        check_scoped(
            "The theatre could have been hit in a Russian strike.",
            &["theatre", "Russian", "strike"],
            Some("could"),
        );
        check_scoped(
            "Officials said there could be a Russian strike on the theatre.",
            &["Russian", "strike", "theatre"],
            Some("could"),
        );
        check_scoped(
            "Analysts say Moscow could supply drones to Tehran.",
            &["supply", "drones"],
            Some("could"),
        );
    }

    #[test]
    fn a_hedge_counts_only_for_the_claim_it_bears_on() {
        let angstrem = "The Russian Azart manufacturer, Angstrem, has collaborated with Huawei since 2011 and reportedly imported almost fully assembled Azart radios from China.";
        check_scoped(angstrem, &["Angstrem", "collaborated", "Huawei"], None);
        check_scoped(angstrem, &["Azart radios", "China"], Some("reportedly"));
        let chipset = "Despite a 2017 joint agreement between Moscow and Beijing to develop a GLONASS/Beidou navigation chipset, Beijing allegedly decided in 2020 to limit cooperation.";
        check_scoped(
            chipset,
            &["Moscow", "GLONASS/Beidou navigation chipset"],
            None,
        );
        check_scoped(chipset, &["limit cooperation"], Some("allegedly"));
        check_scoped(
            "Nonetheless, this has not dissuaded Chinese companies from reportedly supplying Russia with assault rifles.",
            &["Chinese companies", "supplying Russia"],
            Some("reportedly"),
        );
    }

    #[test]
    fn hedges() {
        check(
            "Nonetheless, this has not dissuaded Chinese companies from reportedly supplying Russia with assault rifles.",
            Some("reportedly"),
        );
        check(
            "Russia has repeatedly tested GLONASS/Beidou compatibility on Russian transport routes along the Belt and Road corridor; tentative results from 2017 and 2018 claimed improved satellite navigation in 100% of monitored cases, allegedly surpassing individual results from GLONASS.",
            Some("claimed"),
        );
        check(
            "Beijing allegedly decided in 2020 to limit cooperation on some GLONASS chipsets.",
            Some("allegedly"),
        );
        check(
            "Military analysts say China could significantly aid the Russian invasion.",
            Some("could"),
        );
        check(
            "China may hesitate to take advantage of the war in Ukraine.",
            Some("may"),
        );
        check(
            "Ukraine is likely to bring them closer together.",
            Some("likely"),
        );
        check("The Mayor met them in May 2019.", None);
        check("May 2019 was busy.", None);
        check(
            "About 70% of China’s weapons imports come from Russia.",
            None,
        );
        let lexicon = Lexicon {
            hedge: vec!["it is understood".to_string()],
            ..Lexicon::default()
        };
        let hedge = Analyzer::new(&lexicon).hedge("It is understood that Kupol got drones.");
        assert_eq!(
            hedge.map(|hedge| hedge.cue),
            Some("It is understood".into())
        );
    }
}
