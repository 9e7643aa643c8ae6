//! Cue words for stance, hedge and attribution, found in one automaton pass.
//!
//! Built-in lists cover common English news wording; the rulebook lexicon
//! extends them. Matching is ASCII case-insensitive and whole-word only, so
//! "may" is not found in "Mayor".

use std::collections::BTreeMap;
use std::ops::Range;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};

use crate::model::Lexicon;
use crate::text::saying;

/// What a cue word can be: a set of `DENIAL`, `NEGATION`, `HEDGE`, `SOURCE`
/// and `SPEECH` ("denied" is a denial and a speech verb).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CueKinds(u8);

impl CueKinds {
    /// Whether every kind of `other` is in this set.
    pub fn contains(self, other: CueKinds) -> bool {
        self.0 & other.0 == other.0 && other.0 != 0
    }
}

impl std::ops::BitOr for CueKinds {
    type Output = CueKinds;
    fn bitor(self, other: CueKinds) -> CueKinds {
        CueKinds(self.0 | other.0)
    }
}

impl std::ops::BitOrAssign for CueKinds {
    fn bitor_assign(&mut self, other: CueKinds) {
        self.0 |= other.0;
    }
}

/// A denial word: its subject rejects the claim.
pub const DENIAL: CueKinds = CueKinds(1);
/// A negation word: "not", "never", "won't".
pub const NEGATION: CueKinds = CueKinds(2);
/// A hedge word: "reportedly", "could".
pub const HEDGE: CueKinds = CueKinds(4);
/// A cue that introduces its speaker: "according to".
pub const SOURCE: CueKinds = CueKinds(8);
/// A speech verb whose speaker is its subject, or follows it: "said".
pub const SPEECH: CueKinds = CueKinds(16);

/// One cue found in a sentence: what it can be, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    /// What the cue can be.
    pub kinds: CueKinds,
    /// Byte span inside the sentence.
    pub span: Range<usize>,
}

/// Whether `after`, the words after a negated "could" or "can", say the
/// most there is rather than that something is not so: "be" or "been"
/// (after an optional "have") and a comparative ("the team could not have
/// been happier", "the message could not be clearer"), or "agree more".
/// A comparative that moves away ("could not be further from the truth")
/// is no such word: that still denies.
pub fn emphatic_after(after: &str) -> bool {
    let mut words = after
        .split_whitespace()
        .map(|word| {
            word.trim_matches(|ch: char| !ch.is_alphanumeric())
                .to_lowercase()
        })
        .skip_while(|word| word == "have")
        .take(2);
    match (words.next().as_deref(), words.next().as_deref()) {
        (Some("be" | "been"), Some(word)) => EMPHATIC_COMPARATIVES.contains(&word),
        (Some("agree"), Some("more")) => true,
        _ => false,
    }
}

/// Comparatives after "could not be" that say the most there is.
const EMPHATIC_COMPARATIVES: &[&str] = &[
    "more", "better", "worse", "happier", "prouder", "clearer", "greater", "higher", "stronger",
    "closer", "bigger", "easier", "simpler", "starker", "plainer",
];

/// The compiled cue lists.
#[derive(Debug, Clone)]
pub struct Cues {
    automaton: Option<AhoCorasick>,
    kinds: Vec<CueKinds>,
    /// The rulebook's speaker aliases (normalised, `provenance::normalize`):
    /// such a phrase speaks as the subject of a cue whatever its head.
    aliases: std::collections::BTreeSet<String>,
}

const DENIALS: &[&str] = &[
    "deny",
    "denies",
    "denied",
    "denying",
    "reject",
    "rejects",
    "rejected",
    "rejecting",
    "refute",
    "refutes",
    "refuted",
    "debunk",
    "debunks",
    "debunked",
    "dismissed as",
    "dismissed",
    "dismisses",
    "rebut",
    "rebutted",
    "rebuts",
    "rebutting",
    "rebuffed",
    "rule out",
    "rules out",
    "ruled out",
    "ruling out",
    "no knowledge of",
    "unaware of",
];

const NEGATIONS: &[&str] = &[
    "not",
    "never",
    "no",
    "neither",
    "nor",
    "none",
    "nothing",
    "cannot",
    "don't",
    "doesn't",
    "didn't",
    "won't",
    "wouldn't",
    "can't",
    "couldn't",
    "hasn't",
    "haven't",
    "hadn't",
    "isn't",
    "aren't",
    "wasn't",
    "weren't",
    "shouldn't",
    "mustn't",
    "no longer",
    "without",
];

const HEDGES: &[&str] = &[
    "reportedly",
    "allegedly",
    "purportedly",
    "supposedly",
    "apparently",
    "seemingly",
    "evidently",
    "by all appearances",
    "claimed",
    "claims",
    "could",
    "may",
    "might",
    "likely",
    "unlikely",
    "possibly",
    "probably",
    "perhaps",
    "maybe",
    "rumoured",
    "rumored",
    "suspected",
    "believed to",
    "said to be",
    "appears to",
    "seems to",
];

const SOURCES: &[&str] = &[
    "according to",
    "as per",
    "as reported by",
    "as cited by",
    "citing",
    "documents reviewed by",
    "as stated by",
    "per",
];

impl Cues {
    /// Compiles the built-in lists extended by `lexicon`.
    pub fn new(lexicon: &Lexicon) -> Cues {
        let mut table: BTreeMap<String, CueKinds> = BTreeMap::new();
        let mut add = |words: &mut dyn Iterator<Item = &str>, kind: CueKinds| {
            for word in words {
                let word = word.trim().to_lowercase();
                if word.is_empty() {
                    continue;
                }
                if word.contains('\'') {
                    *table.entry(word.replace('\'', "’")).or_default() |= kind;
                }
                *table.entry(word).or_default() |= kind;
            }
        };
        add(&mut DENIALS.iter().copied(), DENIAL);
        add(&mut NEGATIONS.iter().copied(), NEGATION);
        add(&mut HEDGES.iter().copied(), HEDGE);
        add(&mut SOURCES.iter().copied(), SOURCE);
        add(
            &mut saying::words(saying::CUE | saying::PARTICIPLE | saying::AFTER_QUOTE),
            SPEECH,
        );
        add(&mut lexicon.denial.iter().map(String::as_str), DENIAL);
        add(&mut lexicon.negation.iter().map(String::as_str), NEGATION);
        add(&mut lexicon.hedge.iter().map(String::as_str), HEDGE);
        // A lexicon attribution cue ending in "to" or "by" names its speaker after it.
        for cue in &lexicon.attribution {
            let lower = cue.trim().to_lowercase();
            let kind = if lower.ends_with(" to") || lower.ends_with(" by") {
                SOURCE
            } else {
                SPEECH
            };
            add(&mut std::iter::once(lower.as_str()), kind);
        }
        let (patterns, kinds): (Vec<String>, Vec<CueKinds>) = table.into_iter().unzip();
        let automaton = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            // A few hundred cues: a DFA is small and about twice as fast
            // in overlapping search as the default NFA.
            .kind(Some(AhoCorasickKind::DFA))
            .build(&patterns)
            .ok();
        Cues {
            automaton,
            kinds,
            aliases: std::collections::BTreeSet::new(),
        }
    }

    /// These cues with the rulebook's speaker aliases, normalised.
    pub fn with_aliases(mut self, aliases: impl IntoIterator<Item = String>) -> Cues {
        self.aliases.extend(aliases);
        self
    }

    /// Whether `key` (normalised) is a speaker alias of the rulebook.
    pub fn is_alias(&self, key: &str) -> bool {
        self.aliases.contains(key)
    }

    /// Every whole-word cue in `sentence`, in order of start, longest first.
    pub fn hits(&self, sentence: &str) -> Vec<Hit> {
        let Some(automaton) = &self.automaton else {
            return Vec::new();
        };
        let mut hits: Vec<Hit> = automaton
            .find_overlapping_iter(sentence)
            .filter(|found| is_whole_word(sentence, found.start(), found.end()))
            .filter(|found| {
                let word = sentence.get(found.start()..found.end()).unwrap_or("");
                !NOUN_OR_VERB
                    .iter()
                    .any(|noun| noun.eq_ignore_ascii_case(word))
                    || reads_as_verb(
                        sentence.get(..found.start()).unwrap_or(""),
                        sentence.get(found.end()..).unwrap_or(""),
                    )
            })
            // "…, per Fox 9." credits; "40 per cent", "$5 per day" divide.
            .filter(|found| {
                let cue = sentence.get(found.start()..found.end()).unwrap_or("");
                !cue.eq_ignore_ascii_case("per")
                    || credits_per(
                        sentence.get(..found.start()).unwrap_or(""),
                        sentence.get(found.end()..).unwrap_or(""),
                    )
            })
            // "Norway rules out arson" frames; "was ruled out of the match",
            // "rules out of bounds" are no phrasal verb of saying.
            .filter(|found| {
                let cue = sentence.get(found.start()..found.end()).unwrap_or("");
                let after = sentence.get(found.end()..).unwrap_or("");
                !(cue.to_lowercase().ends_with(" out")
                    && after
                        .split_whitespace()
                        .next()
                        .is_some_and(|word| word.eq_ignore_ascii_case("of")))
            })
            // "Ford recalled that model after reports …": a "that" before a
            // noun is a demonstrative, no clause reported.
            .filter(|found| {
                let cue = sentence.get(found.start()..found.end()).unwrap_or("");
                !(cue.to_lowercase().ends_with(" that")
                    && saying::demonstrative_that(sentence.get(found.end()..).unwrap_or("")))
            })
            // "“We called for an hour,” he recalled.": a verb that reports
            // only straight after a quotation and its speaker.
            .filter(|found| {
                let cue = sentence.get(found.start()..found.end()).unwrap_or("");
                saying::uses(&cue.to_lowercase()).is_none_or(|uses| uses != saying::AFTER_QUOTE)
                    || after_quotation(sentence.get(..found.start()).unwrap_or(""))
            })
            // "X informed reporters that …" tells; "was informed that",
            // "informed sources", "an informed decision" do not.
            .filter(|found| {
                let cue = sentence.get(found.start()..found.end()).unwrap_or("");
                !INFORMS.iter().any(|word| word.eq_ignore_ascii_case(cue))
                    || informs_that(
                        sentence.get(..found.start()).unwrap_or(""),
                        sentence.get(found.end()..).unwrap_or(""),
                    )
            })
            .map(|found| {
                let mut kinds = self
                    .kinds
                    .get(found.pattern().as_usize())
                    .copied()
                    .unwrap_or_default();
                // "denied claims of collusion", "its initial report that
                // cited …": after a determiner or a verb that takes it as
                // its object, a word of saying is a noun, no verb.
                if kinds.contains(SPEECH)
                    && noun_place(
                        sentence.get(..found.start()).unwrap_or(""),
                        sentence.get(found.start()..found.end()).unwrap_or(""),
                    )
                {
                    kinds = CueKinds(kinds.0 & !SPEECH.0);
                }
                Hit {
                    kinds,
                    span: found.start()..found.end(),
                }
            })
            .filter(|hit| hit.kinds != CueKinds::default())
            .collect();
        hits.sort_by(|a, b| {
            a.span
                .start
                .cmp(&b.span.start)
                .then(b.span.end.cmp(&a.span.end))
        });
        hits
    }
}

/// Words that make the word of saying after them a noun: determiners and
/// possessives ("the claims", "its report"), and verbs that take words as
/// their object ("denied claims of …", "rejected reports that …").
const BEFORE_A_NOUN: &[&str] = &[
    "the",
    "a",
    "an",
    "its",
    "their",
    "his",
    "her",
    "our",
    "these",
    "those",
    "such",
    "denied",
    "denies",
    "deny",
    "rejected",
    "rejects",
    "dismissed",
    "dismisses",
    "refuted",
    "refutes",
    "disputed",
    "disputes",
    "contradicted",
    "contradicts",
];

/// Adjectives that a noun of saying takes between its determiner and
/// itself: "its initial report", "the latest reports".
const BEFORE_A_NOUN_ADJ: &[&str] = &[
    "initial",
    "earlier",
    "latest",
    "previous",
    "preliminary",
    "final",
    "first",
    "new",
    "own",
    "recent",
    "unconfirmed",
    "conflicting",
];

/// Whether `word`, a word of saying that is also a noun ("claims",
/// "reports", "report"), stands in a noun's place after `before`: right
/// after a word of `BEFORE_A_NOUN`, or after one and an adjective of
/// `BEFORE_A_NOUN_ADJ`.
fn noun_place(before: &str, word: &str) -> bool {
    let word = word.to_lowercase();
    if ![
        "claim",
        "claims",
        "report",
        "reports",
        "estimate",
        "estimates",
    ]
    .contains(&word.as_str())
    {
        return false;
    }
    let mut words = before
        .split_whitespace()
        .rev()
        .map(|word| word.to_lowercase());
    let Some(last) = words.next() else {
        return false;
    };
    let last_is = |list: &[&str], word: &str| list.contains(&word);
    last_is(BEFORE_A_NOUN, &last)
        || (last_is(BEFORE_A_NOUN_ADJ, &last)
            && words.next().is_some_and(|word| {
                last_is(BEFORE_A_NOUN, &word) || word.ends_with("'s") || word.ends_with("’s")
            }))
}

/// Cues that are as often a noun ("media reports said", "reports about",
/// "the report"): a cue only where `reads_as_verb` finds a verb's place.
const NOUN_OR_VERB: &[&str] = &["report", "reports"];

/// Whether a word of `NOUN_OR_VERB` between `before` and `after` is a
/// verb: at the end of its sentence after a comma or a quotation (", the
/// Investigative Committee reports."; "Council disputes bridge reports" is
/// a noun), or before "that" or a count ("Russia reports three killed").
fn reads_as_verb(before: &str, after: &str) -> bool {
    let rest = after.trim_start();
    let next = rest
        .split(|ch: char| !ch.is_alphanumeric())
        .next()
        .unwrap_or("")
        .to_lowercase();
    let count = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens",
        "hundreds",
    ];
    // "reports at least 12 dead" counts; "reports at the time said" is a noun.
    // A title-case headline capitalises it: "Amnesty Reports at Least …".
    let at_least = next == "at"
        && rest
            .split_whitespace()
            .nth(1)
            .is_some_and(|word| ["least", "most"].contains(&word.to_lowercase().as_str()));
    // "Kyiv reports that …" is a verb; "reports that surfaced on Monday
    // said …" hold a verb of saying of their own later, so "reports" is
    // their subject noun there.
    let that_clause = next == "that" && !has_saying_verb(rest.get(4..).unwrap_or(""));
    let inverted = before.contains([',', '”', '"']);
    // "…, reports the Herald.", "…, reports Reuters.": right after a comma
    // or a quotation, a name follows the verb that credits.
    let set_off = before.trim_end().ends_with([',', '”', '"']);
    let mut words = rest.split_whitespace();
    let named = |word: Option<&str>| word.is_some_and(|word| word.starts_with(char::is_uppercase));
    let first = words.next();
    let credits = set_off
        && (named(first)
            || (first.is_some_and(|word| word.eq_ignore_ascii_case("the")) && named(words.next())));
    // "…, The Associated Press reports, according to the Mirror.": a
    // closing credit of its own after the comma.
    let credited_on = rest.strip_prefix(',').is_some_and(|on| {
        let on = on.trim_start().to_lowercase();
        ["according to ", "citing ", "quoting ", "per "]
            .iter()
            .any(|cue| on.starts_with(cue))
    });
    (inverted && (rest.is_empty() || rest.starts_with(['.', '!', ';']) || credited_on))
        || credits
        || that_clause
        || next.starts_with(|ch: char| ch.is_ascii_digit())
        || count.contains(&next.as_str())
        || at_least
}

/// Whether a "per" between `before` and `after` names who reports, as
/// "according to" does: it opens the sentence or follows a comma, a dash or
/// a bracket, and a name follows it ("…, per CBS News.", "Per the AP, …",
/// "(per a statement from the club)"). After a figure or a noun it divides
/// ("40 per cent", "$5 per day", "per capita").
fn credits_per(before: &str, after: &str) -> bool {
    const HOLDER_NOUNS: &[&str] = &["report", "reports", "statement", "source", "sources"];
    let before = before.trim_end();
    let set_off = before.is_empty() || before.ends_with([',', '(', '—', '–', ';', ':']);
    // "Per capita", "per annum", "per se": Latin, never a holder.
    const LATIN: &[&str] = &["capita", "annum", "se", "cent", "diem", "mille"];
    let mut words = after.split_whitespace();
    let first = words.next().unwrap_or("");
    if LATIN.contains(&first.trim_end_matches(',').to_lowercase().as_str()) {
        return false;
    }
    let named = |word: &str| word.starts_with(|ch: char| ch.is_uppercase());
    let holder = named(first)
        || (["the", "a", "an"].contains(&first.to_lowercase().as_str())
            && words.next().is_some_and(|word| {
                named(word) || HOLDER_NOUNS.contains(&word.trim_end_matches(','))
            }));
    set_off && holder
}

/// Verbs of informing: a cue only as `informs_that` reads them.
const INFORMS: &[&str] = &["informed", "informs"];

/// Whether a verb of `INFORMS` between `before` and `after` tells someone a
/// clause: an active verb (no "was", "been", "well" or determiner before it:
/// "an informed choice that …" is an adjective) whose object
/// of one to six words, opening with no preposition, is followed by "that"
/// ("The club informed the league that …"; "informs via a paper that …"
/// relays).
fn informs_that(before: &str, after: &str) -> bool {
    let prev = before.split_whitespace().next_back().map(|word| {
        word.trim_matches(|ch: char| !ch.is_alphanumeric())
            .to_lowercase()
    });
    let passive = prev.is_some_and(|word| {
        [
            "was", "were", "been", "be", "being", "is", "are", "am", "well", "get", "got",
        ]
        .contains(&word.as_str())
            || crate::text::grammar::is_determiner(&word)
    }) || before.ends_with('-');
    // "informs via Blick that …": a relay, not the one informed.
    let relayed = after
        .split_whitespace()
        .next()
        .is_some_and(|word| crate::text::grammar::is_preposition(&word.to_lowercase()));
    let that = after
        .split_whitespace()
        .take(7)
        .take_while(|word| !word.ends_with([',', ';', ':', '.']))
        .enumerate()
        .any(|(idx, word)| idx >= 1 && word.eq_ignore_ascii_case("that"));
    !passive && !relayed && that
}

/// Whether `text` holds a verb of saying or surfacing as a word ("said",
/// "denied", "surfaced"): a sign that a noun "reports" before it is that
/// verb's subject.
fn has_saying_verb(text: &str) -> bool {
    text.split(|ch: char| !ch.is_alphabetic()).any(|word| {
        matches!(
            word,
            "said" | "say" | "says" | "denied" | "surfaced" | "claimed" | "suggested"
        )
    })
}

/// Whether `before` ends with a closing quotation mark after a comma or an
/// end mark, then at most four words of a speaker: "“…,” he", "“…!”
/// Rafiq Khan", "“…,”" (the speaker after the verb).
fn after_quotation(before: &str) -> bool {
    const MAX_WORDS: usize = 4;
    let before = before.trim_end();
    let Some(quote) = before.rfind(['”', '"', '’']) else {
        return false;
    };
    let (quoted, speaker) = before.split_at(quote);
    let speaker = speaker
        .get(speaker.chars().next().map_or(0, char::len_utf8)..)
        .unwrap_or("");
    let closed = quoted
        .chars()
        .next_back()
        .is_some_and(|mark| [',', '.', '!', '?', '—', '–'].contains(&mark));
    let words: Vec<&str> = speaker.split_whitespace().collect();
    closed
        && words.len() <= MAX_WORDS
        && words.iter().all(|word| {
            word.chars()
                .all(|ch| ch.is_alphabetic() || ['.', '-', '\'', '’'].contains(&ch))
        })
}

/// True when the span neither starts nor ends inside a word. A contraction
/// suffix ("n't") may start inside one.
pub fn is_whole_word(text: &str, start: usize, end: usize) -> bool {
    let before = text.get(..start).and_then(|head| head.chars().next_back());
    let after = text.get(end..).and_then(|tail| tail.chars().next());
    let suffix = text
        .get(start..end)
        .is_some_and(|cue| cue.starts_with("n'") || cue.starts_with("n’"));
    (suffix || !before.is_some_and(char::is_alphanumeric))
        && !after.is_some_and(char::is_alphanumeric)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(sentence: &str, kind: CueKinds, expected: &[&str]) {
        let cues = Cues::new(&Lexicon::default());
        let found: Vec<&str> = cues
            .hits(sentence)
            .into_iter()
            .filter(|hit| hit.kinds.contains(kind))
            .map(|hit| &sentence[hit.span])
            .collect();
        assert_eq!(found, expected, "sentence: {sentence}");
    }

    #[test]
    fn reports_is_a_cue_only_in_a_verbs_place() {
        let rows: [(&str, &[&str]); 10] = [
            (
                "Russia reports three killed in Crimean bridge blast",
                &["reports"],
            ),
            (
                "At least three people were killed, Russia’s Investigative Committee reports.",
                &["reports"],
            ),
            ("The ministry reports that 40 people died.", &["reports"]),
            ("Kyiv reports that the plant was shelled.", &["reports"]),
            ("Kyiv reports at least 12 dead.", &["reports"]),
            (
                "Media reports at the time said the drone was Iranian.",
                &["said"],
            ),
            (
                "Reports that surfaced on Monday said the drone was Iranian.",
                &["said"],
            ),
            ("Council disputes bridge reports", &[]),
            (
                "The comments come after multiple U.S. media reports said the plane was downed.",
                &["said"],
            ),
            (
                "The ministry dismissed Polish media reports about missiles.",
                &["dismissed"],
            ),
        ];
        for (sentence, expected) in rows {
            check(sentence, SPEECH, expected);
        }
    }

    #[test]
    fn a_word_of_saying_in_a_nouns_place_is_no_verb() {
        let rows: [(&str, &[&str]); 4] = [
            ("The police have denied claims of collusion.", &["denied"]),
            (
                "Updating its initial report that cited 10 deaths, the commission also stated that 532 were arrested.",
                &["cited", "stated"],
            ),
            ("The army rejected reports that it shelled the market.", &["rejected"]),
            ("Russia claims the strike hit a depot.", &["claims"]),
        ];
        for (sentence, expected) in rows {
            check(sentence, SPEECH, expected);
        }
    }

    #[test]
    fn reports_at_least_in_a_title_case_headline_is_a_verb() {
        check(
            "Amnesty International Reports at Least Three Deaths in Protests",
            SPEECH,
            &["Reports"],
        );
        check(
            "Police Report at Least Two Dead After Blast",
            SPEECH,
            &["Report"],
        );
        check(
            "Media reports at the time said the drone was Iranian.",
            SPEECH,
            &["said"],
        );
    }

    #[test]
    fn per_is_a_source_only_when_set_off_before_a_name() {
        check("The suspect fled on foot, per KTV News.", SOURCE, &["per"]);
        check("Per the AP, two people died.", SOURCE, &["Per"]);
        check(
            "Ten homes burned (per a statement from the county).",
            SOURCE,
            &["per"],
        );
        check("Prices rose 4 per cent, officials said.", SOURCE, &[]);
        check("Rations were cut to one meal per day.", SOURCE, &[]);
        check("Spending per Capita rose.", SOURCE, &[]);
        check("Per Capita Income Rises in Ohio", SOURCE, &[]);
        check("Per Annum, Rents Rose, Report Says", SOURCE, &[]);
    }

    #[test]
    fn informed_tells_only_an_object_a_clause() {
        check(
            "The coast guard informed reporters that two boats sank.",
            SPEECH,
            &["informed"],
        );
        check(
            "A club official informs the league that the match is off.",
            SPEECH,
            &["informs"],
        );
        check(
            "The family was informed that the body had been recovered.",
            SPEECH,
            &[],
        );
        check("Informed sources expect a deal.", SPEECH, &[]);
        check(
            "The site informs via a local paper that two died.",
            SPEECH,
            &[],
        );
        check("Voters made an informed choice that day.", SPEECH, &[]);
    }

    #[test]
    fn ruling_out_of_is_no_verb_of_saying() {
        check(
            "Norway rules out arson in the fire.",
            SPEECH,
            &["rules out"],
        );
        check("The club rules out of bounds any fan.", SPEECH, &[]);
    }

    #[test]
    fn recalled_and_continued_report_only_after_a_quotation() {
        for sentence in [
            "“We waited for an hour,” he recalled.",
            "“We waited for an hour,” Rafiq Khan recalled.",
            "“We waited for an hour,” recalled Khan.",
            "“Then the water rose!” she continued.",
        ] {
            let cue = if sentence.contains("recalled") {
                "recalled"
            } else {
                "continued"
            };
            check(sentence, SPEECH, &[cue]);
        }
        // Elsewhere they report nothing.
        for sentence in [
            "Ford recalled the model after reports of a fault.",
            "The fighting continued through the night.",
            "The “safe” cars were recalled.",
            "The vote was “no”, and the talks continued.",
        ] {
            check(sentence, SPEECH, &[]);
        }
    }

    #[test]
    fn whole_words_only() {
        check("The Mayor may visit; nothing else.", HEDGE, &["may"]);
        check(
            "It won’t and didn't, notably.",
            NEGATION,
            &["won’t", "didn't"],
        );
    }

    #[test]
    fn lexicon_extends_the_lists() {
        let lexicon = Lexicon {
            hedge: vec!["Rumour has it".to_string()],
            attribution: vec!["as quoted by".to_string()],
            ..Lexicon::default()
        };
        let cues = Cues::new(&lexicon);
        let hits = cues.hits("Rumour has it, as quoted by Reuters.");
        assert_eq!(hits[0].kinds, HEDGE);
        assert_eq!(hits[1].kinds, SOURCE);
        let lexicon = Lexicon {
            negation: vec!["n't".to_string()],
            ..Lexicon::default()
        };
        let sentence = "They mustn't go.";
        let found: Vec<&str> = Cues::new(&lexicon)
            .hits(sentence)
            .into_iter()
            .map(|hit| &sentence[hit.span])
            .collect();
        assert_eq!(found, ["mustn't", "n't"]);
    }
}
