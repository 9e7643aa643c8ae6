//! Whose age an age is: "N-year-old" belongs to the person its noun phrase
//! names, and a rule asks the age of one person, so an age of someone else
//! in the sentence answers nothing.
//!
//! The edges, each a rule of news English:
//! - a rule whose `all` terms name who did the act ("suspect", "driver",
//!   "gunman") asks a perpetrator's age; a person the act befell is a
//!   victim: the subject of "died", "lost their lives" or a passive of
//!   harm ("an 83-year-old woman and a 54-year-old man were killed"), the
//!   object of a verb of harm ("killing a 70-year-old man"), or what a
//!   victim noun is said to be ("the two who died were a 37-year-old woman
//!   and …", "the victims have been identified as …");
//! - an age set off by a comma after a noun of another person than the
//!   rule's ("her mother, a 37-year-old woman") is that person's.

use std::ops::Range;

use crate::model::Value;
use crate::text::grammar;
use crate::values::words as vocab;

/// Nouns of one who did an act: a rule whose `all` terms name one asks
/// about perpetrators.
#[rustfmt::skip]
const PERPETRATORS: [&str; 24] = [
    "suspect", "suspects", "driver", "attacker", "attackers", "gunman", "gunmen",
    "perpetrator", "perpetrators", "assailant", "assailants", "shooter", "shooters", "killer",
    "bomber", "bombers", "culprit", "accused", "defendant", "assassin", "hijacker", "hijackers",
    "arsonist", "stabber",
];

/// Whether a rule term names who did the act (one of its words is a
/// perpetrator noun: "suspect", "the driver").
pub fn names_perpetrator(term: &str) -> bool {
    term.split(|ch: char| !ch.is_alphanumeric()).any(|word| {
        PERPETRATORS
            .iter()
            .any(|noun| noun.eq_ignore_ascii_case(word))
    })
}

/// Verbs whose subject is who died.
const DIED: [&str; 5] = ["died", "perished", "succumbed", "drowned", "die"];

/// Participles of harm: after a form of "be" their subject suffered it.
#[rustfmt::skip]
const HARMED: [&str; 10] = [
    "killed", "injured", "wounded", "hurt", "murdered", "stabbed", "shot", "hit", "crushed",
    "struck",
];

/// Verbs of harm whose object, right after them, suffered it.
#[rustfmt::skip]
const HARMING: [&str; 12] = [
    "killing", "killed", "kills", "injuring", "injured", "wounding", "wounded", "hitting",
    "striking", "murdering", "murdered", "stabbing",
];

/// Words that name the victims a copula or "as" then says who they are.
#[rustfmt::skip]
const VICTIM_WORDS: [&str; 6] = ["victims", "victim", "dead", "deceased", "died", "fatalities"];

/// Words that stand between a subject and its verb without changing who
/// did what ("have both died", "were reportedly killed").
#[rustfmt::skip]
const BETWEEN: [&str; 9] = [
    "both", "also", "reportedly", "later", "all", "allegedly", "each", "subsequently", "since",
];

/// A word of the sentence, lower-cased, with its byte span.
struct Word {
    span: Range<usize>,
    lower: String,
}

/// The words and marks of `quote` (`subject::tokens`), lower-cased.
fn read_words(quote: &str) -> Vec<Word> {
    super::subject::marks_and_words(quote)
        .map(|(at, token)| Word {
            span: at..at + token.len(),
            lower: token.to_lowercase(),
        })
        .collect()
}

/// The index of the last word of the age written at word `idx`
/// ("83-year-old", "two year old", "2-year old"), if one is.
fn age_at(words: &[Word], idx: usize) -> Option<usize> {
    let word = |at: usize| words.get(at).map_or("", |word| word.lower.as_str());
    let lower = word(idx);
    if lower.contains("-year-old") || lower.contains("-years-old") {
        return Some(idx);
    }
    if (lower.ends_with("-year") || lower.ends_with("-years")) && word(idx + 1) == "old" {
        return Some(idx + 1);
    }
    (matches!(word(idx + 1), "year" | "years") && word(idx + 2) == "old").then_some(idx + 2)
}

/// The noun phrase of the age at word `idx` (ending at word `last`): from
/// its determiner to the end of its noun, at most three words after the
/// age, stopping at a mark, a function word, an auxiliary or a verb of
/// death or harm ("a 54-year-old man", "a 24-year-old Afghan asylum
/// seeker").
fn phrase(words: &[Word], idx: usize, last: usize) -> Range<usize> {
    let start = match idx.checked_sub(1).and_then(|before| words.get(before)) {
        Some(word) if grammar::is_determiner(&word.lower) => idx - 1,
        _ => idx,
    };
    let mut end = last + 1;
    while end < words.len() && end <= last + 3 {
        let lower = words[end].lower.as_str();
        let stops = !lower.starts_with(char::is_alphabetic)
            || vocab::is_function_word(lower)
            || grammar::is_auxiliary(lower)
            || DIED.contains(&lower)
            || HARMED.contains(&lower)
            || matches!(lower, "lost" | "who" | "which" | "were" | "had" | "have");
        if stops {
            break;
        }
        end += 1;
    }
    start..end
}

/// The ages of one sentence, read once for all its values: its words, the
/// noun phrase of each age (`phrase`) with the word the age is written at,
/// and the lists those phrases are joined into where only "and", "or" and
/// commas stand between them ("an 83-year-old woman and a 54-year-old
/// man"), each list's first and last phrase.
pub struct Ages {
    words: Vec<Word>,
    /// (word the age is written at, its noun phrase), in order.
    phrases: Vec<(usize, Range<usize>)>,
    /// For each phrase, the first and last phrase of its list.
    lists: Vec<(usize, usize)>,
}

impl Ages {
    /// Reads the words and the ages of `quote`.
    pub fn new(quote: &str) -> Ages {
        let words = read_words(quote);
        let mut phrases: Vec<(usize, Range<usize>)> = Vec::new();
        let mut at = 0;
        while at < words.len() {
            if let Some(last) = age_at(&words, at) {
                phrases.push((at, phrase(&words, at, last)));
                at = last + 1;
            } else {
                at += 1;
            }
        }
        let joined = |left: &Range<usize>, right: &Range<usize>| {
            left.end <= right.start
                && words[left.end..right.start]
                    .iter()
                    .all(|word| matches!(word.lower.as_str(), "and" | "or" | ","))
        };
        let mut lists = vec![(0, 0); phrases.len()];
        let mut first = 0;
        for idx in 0..phrases.len() {
            if idx == 0 || !joined(&phrases[idx - 1].1, &phrases[idx].1) {
                first = idx;
            }
            lists[idx].0 = first;
        }
        let mut last = phrases.len();
        for idx in (0..phrases.len()).rev() {
            if idx + 1 == phrases.len() || !joined(&phrases[idx].1, &phrases[idx + 1].1) {
                last = idx;
            }
            lists[idx].1 = last;
        }
        Ages {
            words,
            phrases,
            lists,
        }
    }

    /// The list holding the age written at word `idx` and that age's own
    /// phrase, if an age is written there.
    fn list_of(&self, idx: usize) -> Option<(Range<usize>, Range<usize>)> {
        let own = self
            .phrases
            .binary_search_by_key(&idx, |(at, _)| *at)
            .ok()?;
        let (first, last) = self.lists[own];
        Some((
            self.phrases[first].1.start..self.phrases[last].1.end,
            self.phrases[own].1.clone(),
        ))
    }
}

/// Whether the persons of the words `list` suffered the act: the subject
/// of a verb of death or a passive of harm after them, the object of a
/// verb of harm right before them, or what a victim noun before a copula,
/// "as" or "include" is said to be.
fn victims(words: &[Word], list: &Range<usize>) -> bool {
    let word = |at: usize| words.get(at).map_or("", |word| word.lower.as_str());
    let mut at = list.end;
    let mut passive = false;
    while grammar::is_auxiliary(word(at)) || BETWEEN.contains(&word(at)) {
        passive |= grammar::is_be(word(at));
        at += 1;
    }
    let verb = word(at);
    if DIED.contains(&verb)
        || (passive && HARMED.contains(&verb))
        || (verb == "lost" && matches!(word(at + 2), "lives" | "life"))
    {
        return true;
    }
    let Some(before) = list.start.checked_sub(1) else {
        return false;
    };
    let cue = word(before);
    if HARMING.contains(&cue) {
        return true;
    }
    if cue == "," {
        return before
            .checked_sub(1)
            .is_some_and(|noun| VICTIM_WORDS.contains(&word(noun)));
    }
    let copula = grammar::is_be(cue) || matches!(cue, "as" | "include" | "included" | "including");
    if !copula {
        return false;
    }
    // The victim noun of the clause before: back to a mark that ends one.
    words[..before]
        .iter()
        .rev()
        .take_while(|word| !matches!(word.lower.as_str(), ";" | ":" | "."))
        .any(|word| VICTIM_WORDS.contains(&word.lower.as_str()))
}

/// Whether the age `value` is not the age a rule asks: of a victim when
/// `perpetrator` (the rule's terms name who did the act), or of a person
/// whose noun, set off by a comma before the age's phrase, is no trigger
/// ("her mother, a 37-year-old woman"), when the phrase names no trigger
/// either. `triggers` are the rule's matched trigger words.
pub fn of_someone_else(
    ages: &Ages,
    value: &Value,
    triggers: &[Range<usize>],
    perpetrator: bool,
) -> bool {
    let words = &ages.words;
    // The word the value starts in: words are in order and apart.
    let idx = words.partition_point(|word| word.span.end <= value.start);
    if words
        .get(idx)
        .is_none_or(|word| value.start < word.span.start)
    {
        return false;
    }
    let Some((list, own)) = ages.list_of(idx) else {
        return false;
    };
    if perpetrator && victims(words, &list) {
        return true;
    }
    let triggered = |range: Range<usize>| {
        words[range].iter().any(|word| {
            triggers
                .iter()
                .any(|hit| hit.start < word.span.end && word.span.start < hit.end)
        })
    };
    let antecedent = own
        .start
        .checked_sub(2)
        .filter(|noun| words.get(noun + 1).is_some_and(|mark| mark.lower == ","));
    antecedent.is_some_and(|noun| {
        vocab::is_person_noun(&words[noun].lower)
            && !triggered(noun..noun + 1)
            && !triggered(own.clone())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Whether the age written `age` in `sentence` belongs to someone else
    /// than the rule asks, for a rule that matched every occurrence of
    /// `terms` and asks a perpetrator's age when `perpetrator`.
    fn check(sentence: &str, age: &str, terms: &[&str], perpetrator: bool, expected: bool) {
        let values = crate::values::extract(sentence);
        let at = sentence
            .find(age)
            .unwrap_or_else(|| panic!("no {age} in {sentence}"));
        let value = values
            .iter()
            .find(|value| value.start <= at && at < value.end.max(value.start + 1))
            .unwrap_or_else(|| panic!("no value at {age} in {sentence}: {values:?}"));
        let matched = super::super::term_spans(sentence, terms);
        assert_eq!(
            of_someone_else(&Ages::new(sentence), value, &matched, perpetrator),
            expected,
            "{sentence} ({age})"
        );
    }

    #[test]
    fn a_perpetrator_rule_takes_no_victims_age() {
        for (sentence, age) in [
            (
                "Police said a 71-year-old woman and a 45-year-old man were killed.",
                "45",
            ),
            (
                "A 62-year-old man and a 19-year-old woman lost their lives in the crash.",
                "62",
            ),
            (
                "The car ploughed into the market, killing a 70-year-old man.",
                "70",
            ),
            (
                "The two people who died were a 66-year-old woman and a 48-year-old man.",
                "48",
            ),
            (
                "The victims have been identified as a 55-year-old man and his wife.",
                "55",
            ),
            (
                "A 30-year-old man has died of his injuries, police said.",
                "30",
            ),
        ] {
            check(sentence, age, &["man"], true, true);
        }
        // The same ages for a rule of the victims' ages are theirs.
        check(
            "Police said a 71-year-old woman and a 45-year-old man were killed.",
            "45",
            &["man"],
            false,
            false,
        );
        // Near misses: the perpetrator's own age.
        for sentence in [
            "The driver, a 45-year-old man, was arrested at the scene.",
            "A 45-year-old man was detained after the attack that killed two people.",
            "The suspect is a 45-year-old man who killed two people.",
            "Police identified the attacker as a 45-year-old man.",
            "A 45-year-old man drove into the crowd, killing two.",
        ] {
            check(
                sentence,
                "45",
                &["man", "driver", "suspect", "attacker"],
                true,
                false,
            );
        }
    }

    #[test]
    fn an_age_set_off_after_another_persons_noun_is_theirs() {
        check(
            "The girl and her mother, a 41-year-old nurse, died in hospital.",
            "41",
            &["girl"],
            false,
            true,
        );
        check(
            "The boy's father, a 52-year-old teacher, was also hurt.",
            "52",
            &["boy"],
            false,
            true,
        );
        // Near misses: the noun before the comma, or the phrase, is the
        // rule's own.
        check(
            "The suspect, a 29-year-old local man, was held.",
            "29",
            &["suspect"],
            true,
            false,
        );
        check(
            "Her daughter, a 4-year-old girl, died on Sunday.",
            "4",
            &["girl"],
            false,
            false,
        );
        check(
            "A 4-year-old girl and her 37-year-old mother died.",
            "4",
            &["girl"],
            false,
            false,
        );
    }

    #[test]
    fn perpetrator_terms_are_told_by_their_words() {
        assert!(names_perpetrator("suspect"));
        assert!(names_perpetrator("the Driver"));
        assert!(!names_perpetrator("man"));
        assert!(!names_perpetrator("victims"));
    }
}
