//! Tolls: a noun of people that a count of casualties counts, or that
//! names whose casualties a noun of harm counts.
//!
//! Matches: "seven people were killed in the attack", "51 civilians were
//!          killed", "the strike killed at least seven people", "causing
//!          civilian deaths", "the biggest civilian death toll"
//! Ignores: "the strike that killed civilians" (no count: it says who was
//!          hit), "300 people were sheltering in the theatre" (no harm),
//!          "seven people were evacuated when the strike killed two" (the
//!          harm is another clause's)
//!
//! A toll says how many were hurt, which a figure rule reads. Its noun of
//! people names the victims counted, not a party of a proposition: "seven
//! people were killed in a Russian missile attack" reports deaths; it does
//! not say the attack was aimed at civilians, whatever word list stands for
//! them; nor does "the attack caused civilian deaths". The rulebook leaves
//! such a hit out of a proposition's terms (`Rulebook::not_only_aside`).

use std::ops::Range;

use crate::values::words;

/// Nouns of people a toll counts ("civilian" as in "one civilian", and as
/// the modifier of "civilian deaths").
#[rustfmt::skip]
const PEOPLE: [&str; 17] = [
    "people", "persons", "person", "civilians", "civilian", "residents", "inhabitants",
    "individuals", "citizens", "villagers", "passengers", "children", "adults", "men", "women",
    "victims", "others",
];

/// Nouns of harm a noun of people may modify: "civilian deaths", "civilian
/// death toll".
#[rustfmt::skip]
const HARM_NOUNS: [&str; 10] = [
    "deaths", "death", "casualties", "casualty", "injuries", "fatalities", "toll", "tolls",
    "victims", "dead",
];

/// Words of harm done to people: the predicate of a toll.
#[rustfmt::skip]
const HARM: [&str; 16] = [
    "killed", "kill", "kills", "killing", "died", "die", "dies", "dead", "wounded", "wounding",
    "injured", "injuring", "hurt", "perished", "hospitalised", "hospitalized",
];

/// Scale words that count people without a digit: "dozens of people".
const SCALES: [&str; 5] = ["dozens", "hundreds", "thousands", "scores", "tens"];

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
/// Ukrainian civilians"), and between a verb of harm and its count
/// ("killed at least seven people").
const MODIFIER_REACH: usize = 3;

/// Whether the hit at `span` of `quote` names victims: the noun of people a
/// toll counts (`counted_victims`), or a noun of people modifying a noun of
/// harm ("civilian deaths", "civilian death tolls").
pub(crate) fn names_victims(quote: &str, span: &Range<usize>) -> bool {
    counted_victims(quote, span) || modifies_harm(quote, span)
}

/// Whether the hit at `span` ends in a noun of people and the next word,
/// after one space, is a noun of harm.
fn modifies_harm(quote: &str, span: &Range<usize>) -> bool {
    let Some(hit) = quote.get(span.clone()) else {
        return false;
    };
    let people = hit
        .rsplit(|ch: char| !ch.is_alphanumeric())
        .find(|word| !word.is_empty())
        .is_some_and(|noun| {
            PEOPLE
                .iter()
                .any(|person| person.eq_ignore_ascii_case(noun))
        });
    let next = quote
        .get(span.end..)
        .unwrap_or("")
        .strip_prefix(' ')
        .and_then(|rest| rest.split(|ch: char| !ch.is_alphanumeric()).next())
        .unwrap_or("");
    people
        && HARM_NOUNS
            .iter()
            .any(|harm| harm.eq_ignore_ascii_case(next))
}

/// Whether the hit at `span` of `quote` is the noun of people a count of
/// casualties counts: a count (digits, a number word, "dozens of") at most
/// a few words before it, and a word of harm after it in its clause ("were
/// killed", "died") or just before the count ("killed at least seven",
/// "left dozens of residents injured").
fn counted_victims(quote: &str, span: &Range<usize>) -> bool {
    let Some(hit) = quote.get(span.clone()) else {
        return false;
    };
    let noun = hit
        .rsplit(|ch: char| !ch.is_alphanumeric())
        .find(|word| !word.is_empty())
        .unwrap_or("");
    if !PEOPLE
        .iter()
        .any(|person| person.eq_ignore_ascii_case(noun))
    {
        return false;
    }
    let before = tokens(quote.get(..span.start).unwrap_or(""));
    let Some(count) = count_before(&before) else {
        return false;
    };
    let harmed_before = before
        .get(count.saturating_sub(MODIFIER_REACH)..count)
        .unwrap_or(&[])
        .iter()
        .any(|word| is_harm(word) || word.eq_ignore_ascii_case("left"));
    harmed_before || harmed_after(&tokens(quote.get(span.end..).unwrap_or("")))
}

/// The index in `before` of a count of the noun after its last word: a
/// number, or a scale word with "of", with at most `MODIFIER_REACH` - 1
/// words between (no clause word, no mark).
fn count_before(before: &[&str]) -> Option<usize> {
    for back in 1..=MODIFIER_REACH {
        let at = before.len().checked_sub(back)?;
        let word = before.get(at)?;
        if is_count(word) {
            return Some(at);
        }
        let scale_of = word.eq_ignore_ascii_case("of")
            && at
                .checked_sub(1)
                .and_then(|prev| before.get(prev))
                .is_some_and(|prev| SCALES.iter().any(|scale| scale.eq_ignore_ascii_case(prev)));
        if scale_of {
            return at.checked_sub(1);
        }
        let modifier = word.chars().all(|ch| ch.is_alphanumeric() || ch == '-')
            && !CLAUSE_ENDS.iter().any(|end| end.eq_ignore_ascii_case(word));
        if !modifier {
            return None;
        }
    }
    None
}

/// Whether a word of harm follows in the noun's clause, before a mark or
/// a word that opens another clause.
fn harmed_after(after: &[&str]) -> bool {
    for word in after.iter().take(PREDICATE_REACH) {
        if is_harm(word) {
            return true;
        }
        let ends = CLAUSE_ENDS.iter().any(|end| end.eq_ignore_ascii_case(word))
            || word.starts_with(|ch: char| !ch.is_alphanumeric());
        if ends {
            return false;
        }
    }
    false
}

/// Digits ("51", "1,200") or a number word ("seven").
fn is_count(word: &str) -> bool {
    word.starts_with(|ch: char| ch.is_ascii_digit()) || words::number_word(word).is_some()
}

fn is_harm(word: &str) -> bool {
    HARM.iter().any(|harm| harm.eq_ignore_ascii_case(word))
}

/// Words (letters, digits, hyphens, apostrophes, a digit group's commas)
/// and single marks, in order.
fn tokens(text: &str) -> Vec<&str> {
    let mut found = Vec::new();
    let mut start: Option<usize> = None;
    for (at, ch) in text.char_indices() {
        let digit_comma = ch == ','
            && start.is_some_and(|from| {
                text.get(from..at)
                    .is_some_and(|word| word.chars().all(|ch| ch.is_ascii_digit() || ch == ','))
            })
            && text[at + 1..].starts_with(|next: char| next.is_ascii_digit());
        if ch.is_alphanumeric() || ch == '-' || ch == '\'' || ch == '’' || digit_comma {
            start.get_or_insert(at);
            continue;
        }
        if let Some(from) = start.take() {
            found.push(&text[from..at]);
        }
        if !ch.is_whitespace() {
            found.push(&text[at..at + ch.len_utf8()]);
        }
    }
    if let Some(from) = start {
        found.push(&text[from..]);
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Whether the first occurrence of `noun` in `sentence` names victims.
    fn check(sentence: &str, noun: &str, expected: bool) {
        let start = sentence.find(noun).unwrap_or(0);
        let span = start..start + noun.len();
        assert_eq!(
            names_victims(sentence, &span),
            expected,
            "sentence: {sentence}, noun: {noun}"
        );
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
            "According to the latest data, 51 civilians were killed, six more were injured.",
            "civilians",
            true,
        );
        check(
            "The flood killed at least 1,200 villagers in the valley.",
            "villagers",
            true,
        );
        check(
            "The blast left dozens of residents injured.",
            "residents",
            true,
        );
        check(
            "Four more civilians died in hospital overnight.",
            "civilians",
            true,
        );
    }

    #[test]
    fn a_noun_of_people_without_a_count_or_harm_is_no_toll() {
        // No count: it says who was hit.
        check(
            "The missile strike that killed civilians was condemned.",
            "civilians",
            false,
        );
        check(
            "People were going to church when the attack took place.",
            "People",
            false,
        );
        // No harm.
        check(
            "Some 300 people were sheltering in the theatre.",
            "people",
            false,
        );
        check(
            "Two civilians were evacuated from the village.",
            "civilians",
            false,
        );
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
        // No noun of people.
        check("Seven soldiers were killed.", "soldiers", false);
        // A clause word between the count and the noun.
        check(
            "The toll rose to 12 after people were killed.",
            "people",
            false,
        );
    }

    #[test]
    fn a_noun_of_people_modifying_a_noun_of_harm_names_victims() {
        check(
            "A missile hit the square, causing civilian deaths and injuries.",
            "civilian",
            true,
        );
        check(
            "It was one of the biggest civilian death tolls in any single strike.",
            "civilian",
            true,
        );
        check(
            "The floods caused civilian casualties in three provinces.",
            "civilian",
            true,
        );
        // A noun of people that is a target, or the head of its phrase.
        check(
            "The army struck civilian areas near the port.",
            "civilian",
            false,
        );
        check(
            "Attacks directed against civilian objects are prohibited.",
            "civilian",
            false,
        );
        check(
            "Civilians, deaths and injuries were reported.",
            "Civilians",
            false,
        );
    }
}
