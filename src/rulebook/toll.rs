//! Tolls: a noun of people that a count of casualties counts.
//!
//! Matches: "seven people were killed in the attack", "the strike killed at
//!          least seven people", "dozens of people drowned", "the blast left
//!          dozens of people injured"
//! Ignores: "the strike killed 45 civilians" (a noun that says who was hit:
//!          the claim itself), "the strike that killed people" (no count),
//!          "300 people were sheltering in the theatre" (no harm), "seven
//!          people were evacuated when the strike killed two" (the harm is
//!          another clause's), "after the strike killed two, 30 people
//!          sheltered" (a mark between), "on 9 May people were killed" (a
//!          date, no count), "the strike left 300 people without power"
//!
//! A toll says how many were hurt, which a figure rule reads. A noun of
//! people that says nothing of who they are ("people", "individuals",
//! `kinds::figure::names_people_only`) names only the victims counted, not
//! a party of a proposition: "seven people were killed in a Russian missile
//! attack" reports deaths; it does not say the attack was aimed at
//! civilians, whatever word list stands for them. A noun that states a
//! status ("civilians", "children", "soldiers") is what a proposition may
//! claim, count or none, and is never left out. The rulebook leaves a hit
//! on such a counted noun out of a proposition's terms
//! (`Rulebook::not_only_aside`).
//!
//! Each quote is read once (`victims`): its words and its values (the
//! matcher's own, `values::extract_dated` through `clause::Cache::values`,
//! which tells counts from dates and years), then fixed windows around each
//! noun of people.

use std::ops::Range;

use crate::kinds::figure::names_people_only;
use crate::model::{Value, ValueKind};

/// Words of harm done to people: the predicate of a toll, whatever the
/// event (a strike, a flood, a fire, an execution).
#[rustfmt::skip]
const HARM: [&str; 28] = [
    "killed", "kill", "kills", "killing", "died", "die", "dies", "dead", "wounded", "wounding",
    "injured", "injuring", "hurt", "perished", "hospitalised", "hospitalized", "drowned",
    "burned", "burnt", "shot", "executed", "buried", "missing", "dying", "drowning", "slain",
    "murdered", "massacred",
];

/// Words that end the clause a toll's predicate may stand in.
#[rustfmt::skip]
const CLAUSE_ENDS: [&str; 14] = [
    "when", "after", "while", "as", "because", "but", "and", "or", "who", "which", "that",
    "before", "since", "if",
];

/// How many words after the noun its predicate may stand: "seven people
/// including a six-year-old child were killed".
const PREDICATE_REACH: usize = 10;

/// How many words may stand between a count and its noun ("seven more
/// Ukrainian people", "dozens of people"), and between a verb of harm and
/// its count ("killed at least seven people").
const MODIFIER_REACH: usize = 3;

/// The byte ranges of `quote` that are nouns of people a count of
/// casualties counts: a noun that says nothing of who the people are, a
/// count (of `values`, the quote's, kind count) at most `MODIFIER_REACH` words
/// before it with no mark or clause word between, and a word of harm after
/// the noun in its clause ("were killed", "died") or just before the count
/// in the count's clause ("killed at least seven").
pub(crate) fn victims(quote: &str, values: &[Value]) -> Vec<Range<usize>> {
    let words = tokens(quote);
    // Whether each token lies in a count (values come in order of position).
    let mut counts = values
        .iter()
        .filter(|value| value.kind == ValueKind::Count)
        .peekable();
    let counted: Vec<bool> = words
        .iter()
        .map(|(start, _)| {
            while counts.next_if(|value| value.end <= *start).is_some() {}
            counts
                .peek()
                .is_some_and(|value| value.start <= *start && *start < value.end)
        })
        .collect();
    let mut found = Vec::new();
    for (idx, (start, word)) in words.iter().enumerate() {
        if !names_people_only(&word.to_ascii_lowercase()) {
            continue;
        }
        let Some(count) = count_before(&words, &counted, idx) else {
            continue;
        };
        let harmed_before = (count.saturating_sub(MODIFIER_REACH)..count)
            .rev()
            .map_while(|at| words.get(at).filter(|(_, word)| is_word(word)))
            .any(|(_, word)| is_harm(word));
        if harmed_before || harmed_after(words.get(idx + 1..).unwrap_or(&[])) {
            found.push(*start..start + word.len());
        }
    }
    found
}

/// Whether a noun of `victims` may end `hit`: its last run of ASCII letters
/// names people only. A necessary condition, so a match none of whose hits
/// passes it needs no `victims`: such a noun is a whole token of ASCII
/// letters (`names_people_only`'s words are), so the character before it,
/// if any, is no letter, and the noun is the hit's last run of letters.
pub(crate) fn may_end_in_victim(hit: &str) -> bool {
    let letters = hit
        .trim_end_matches(|ch: char| ch.is_ascii_alphabetic())
        .len();
    hit.get(letters..).is_some_and(names_people_only)
}

/// The index of the first token of the count of the noun at `idx`: the
/// nearest token in a count among the `MODIFIER_REACH` before it, with no
/// mark and no clause word between.
fn count_before(words: &[(usize, &str)], counted: &[bool], idx: usize) -> Option<usize> {
    for back in 1..=MODIFIER_REACH {
        let at = idx.checked_sub(back)?;
        if counted.get(at).copied().unwrap_or(false) {
            let mut first = at;
            while first > 0 && counted.get(first - 1).copied().unwrap_or(false) {
                first -= 1;
            }
            return Some(first);
        }
        let (_, word) = words.get(at)?;
        if !is_word(word) || CLAUSE_ENDS.iter().any(|end| end.eq_ignore_ascii_case(word)) {
            return None;
        }
    }
    None
}

/// Whether a word of harm follows in the noun's clause, before a mark or
/// a word that opens another clause.
fn harmed_after(after: &[(usize, &str)]) -> bool {
    for (_, word) in after.iter().take(PREDICATE_REACH) {
        if is_harm(word) {
            return true;
        }
        if !is_word(word) || CLAUSE_ENDS.iter().any(|end| end.eq_ignore_ascii_case(word)) {
            return false;
        }
    }
    false
}

fn is_harm(word: &str) -> bool {
    HARM.iter().any(|harm| harm.eq_ignore_ascii_case(word))
}

/// Whether a token is a word, not a mark.
fn is_word(token: &str) -> bool {
    token.starts_with(char::is_alphanumeric)
}

/// Words (letters, digits, hyphens, apostrophes, a digit group's commas
/// and points) and single marks, each with its start, in order.
pub(super) fn tokens(text: &str) -> Vec<(usize, &str)> {
    let mut found = Vec::new();
    let mut start: Option<usize> = None;
    let mut digits = false;
    for (at, ch) in text.char_indices() {
        let in_number = (ch == ',' || ch == '.')
            && digits
            && text
                .get(at + 1..)
                .is_some_and(|rest| rest.starts_with(|next: char| next.is_ascii_digit()));
        if ch.is_alphanumeric() || ch == '-' || ch == '\'' || ch == '’' || in_number {
            if start.is_none() {
                digits = true;
            }
            start.get_or_insert(at);
            digits = digits && (ch.is_ascii_digit() || in_number);
            continue;
        }
        if let Some(from) = start.take() {
            found.push((from, &text[from..at]));
        }
        if !ch.is_whitespace() {
            found.push((at, &text[at..at + ch.len_utf8()]));
        }
    }
    if let Some(from) = start {
        found.push((from, &text[from..]));
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Whether the first occurrence of `noun` in `sentence` is a counted
    /// victim; and that every hit ending in a counted victim passes
    /// `may_end_in_victim`.
    fn check(sentence: &str, noun: &str, expected: bool) {
        let start = sentence.find(noun).unwrap_or(usize::MAX);
        let found = victims(sentence, &crate::values::extract(sentence));
        let got = found.iter().any(|found| found.start == start);
        assert_eq!(got, expected, "sentence: {sentence}, noun: {noun}");
        for victim in found {
            for from in (0..=victim.start).filter(|at| sentence.is_char_boundary(*at)) {
                let hit = sentence.get(from..victim.end).unwrap_or("");
                assert!(may_end_in_victim(hit), "hit: {hit}");
            }
        }
    }

    #[test]
    fn a_hit_ending_in_no_noun_of_people_needs_no_victims() {
        for hit in ["civilian targets", "the people's", "peoples", "people-", ""] {
            assert!(!may_end_in_victim(hit), "hit: {hit}");
        }
        assert!(may_end_in_victim("seven People"));
    }

    #[test]
    fn a_counted_noun_of_people_with_harm_is_a_toll() {
        check(
            "Seven people were killed in a missile attack on the city.",
            "people",
            true,
        );
        check(
            "At least 90 people were wounded in the strike, 12 of whom were children.",
            "people",
            true,
        );
        check(
            "As a result of this shelling, seven people died, including a boy.",
            "people",
            true,
        );
        check("Seven people including a six-year-old child were killed and 90 wounded when a missile struck.", "people", true);
        check(
            "The flood killed at least 1,200 people in the valley.",
            "people",
            true,
        );
        check("The blast left dozens of people injured.", "people", true);
        check(
            "Four more people died in hospital overnight.",
            "people",
            true,
        );
        check(
            "Dozens of people drowned when the dam burst.",
            "people",
            true,
        );
        check(
            "Three individuals were executed in the square.",
            "individuals",
            true,
        );
        check("Nine people are missing after the fire.", "people", true);
    }

    #[test]
    fn a_noun_that_says_who_was_hit_is_no_toll() {
        // The count proves the claim; it does not replace it.
        check(
            "The strike killed 45 civilians in Sumy.",
            "civilians",
            false,
        );
        check(
            "Russian forces killed seven civilians in Bucha.",
            "civilians",
            false,
        );
        check("Hundreds of civilians were killed.", "civilians", false);
        check(
            "Moscow denied that its strike killed 45 civilians.",
            "civilians",
            false,
        );
        check("Seven soldiers were killed.", "soldiers", false);
        check(
            "The ministry said the strike caused no civilian casualties.",
            "civilian",
            false,
        );
        check(
            "A missile hit the square, causing civilian deaths and injuries.",
            "civilian",
            false,
        );
    }

    #[test]
    fn a_noun_of_people_without_a_count_or_harm_is_no_toll() {
        // No count: it says who was hit.
        check(
            "The missile strike that killed people was condemned.",
            "people",
            false,
        );
        check(
            "People were going to church when the attack took place.",
            "People",
            false,
        );
        // A date or a year is no count.
        check(
            "On 9 May people were killed in the square.",
            "people",
            false,
        );
        check("In 2022 people died in the flood.", "people", false);
        // No harm.
        check(
            "Some 300 people were sheltering in the theatre.",
            "people",
            false,
        );
        check("The strike left 300 people without power.", "people", false);
        check(
            "Seven people left the city before the strike killed two.",
            "people",
            false,
        );
        // The harm is another clause's.
        check(
            "Seven people were evacuated when the strike killed two soldiers.",
            "people",
            false,
        );
        check(
            "After the strike killed two, 30 people sheltered in the metro.",
            "people",
            false,
        );
        // A clause word between the count and the noun.
        check(
            "The toll rose to 12 after people were killed.",
            "people",
            false,
        );
    }

    #[test]
    fn a_quote_of_many_nouns_is_read_in_one_pass() {
        let sentence = "Two people were killed and ".repeat(2_000);
        assert_eq!(
            victims(&sentence, &crate::values::extract(&sentence)).len(),
            2_000
        );
    }
}
