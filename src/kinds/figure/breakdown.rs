//! A breakdown with no written total: "45 adults and 5 children died"
//! states 50 dead. A list of exact counts of disjoint groups of people,
//! joined only by commas, "and" or "as well as", that the sentence gives as
//! the whole of what a figure rule counts states the rule's figure: its sum
//! (`tests/eval/README.md`, "Convention: a breakdown with no written
//! total").
//!
//! The edges, each a rule of news English:
//! - a part is no whole: a list after "including", "among", "of whom" (or
//!   set off by a colon, a dash or a parenthesis after a count: "two victims
//!   — a man and a woman") gives parts of a total written before, which
//!   wins;
//! - an addition is no whole: "three more dead … one adult and two
//!   children", "also", "other", "another", "further";
//! - parts under different predicates are not joined ("killed two adults
//!   and injured 10 children" is no list), nor is a vague part ("45 adults
//!   and dozens of children") or a count of no people ("two men and three
//!   cars");
//! - a rule whose matched words name one of the parts ("children" for a
//!   rule of the children killed) takes its part, not the sum.

use std::ops::Range;

use super::subject;
use crate::model::{Bound, Value, ValueKind};

/// The sum of a breakdown: the values it replaces (indices into the
/// sentence's values, in order), the byte span of the whole list and its
/// total.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sum {
    /// The values of the list, `values[parts]` (a part written "one" has none).
    pub parts: Range<usize>,
    /// The list's span in the sentence, from its first count to its last noun.
    pub span: Range<usize>,
    /// The sum of its counts.
    pub total: u64,
}

/// Words that introduce a part of a count written before ("of whom" and
/// its kin are read as pairs).
const PART_CUES: [&str; 6] = [
    "including",
    "includes",
    "include",
    "included",
    "among",
    "incl",
];

/// Words before a list read for a part cue.
const CUE_WORDS: usize = 6;

/// Words that mark a count as added to one written before.
#[rustfmt::skip]
const ADDED: [&str; 8] = [
    "more", "other", "others", "also", "another", "further", "additional", "extra",
];

/// Plural nouns of people `subject::names_people` does not read by their
/// ending.
#[rustfmt::skip]
const PEOPLE: [&str; 28] = [
    "men", "women", "children", "adults", "boys", "girls", "infants", "babies", "minors",
    "elderly", "teenagers", "teens", "kids", "police", "pupils", "guards", "troops", "nurses",
    "pilgrims", "relatives", "parents", "sons", "daughters", "wives", "husbands", "guests",
    "tourists", "crew",
];

/// Nouns of one person, besides `figure::PERSONS`, which "a", "an" or
/// "one" counts as one part of a breakdown ("11 passengers and a pilot");
/// no noun of a group ("a family of four").
#[rustfmt::skip]
const MORE_PERSONS: [&str; 45] = [
    "infant", "toddler", "adult", "pilot", "conductor", "pedestrian", "cyclist", "motorcyclist",
    "biker", "rider", "motorist", "bystander", "passer-by", "passerby", "onlooker", "cleaner",
    "labourer", "laborer", "farmer", "student", "teacher", "worker", "employee", "guard",
    "soldier", "officer", "policeman", "firefighter", "rescuer", "volunteer", "journalist",
    "tourist", "mother", "father", "relative", "wife", "husband", "son", "daughter", "brother",
    "sister", "grandmother", "grandfather", "pharmacist", "paramedic",
];

/// Most words a part's noun phrase holds ("18 school students").
const NOUN_WORDS: usize = 3;

/// Bytes before a list read for a count it would be the parts of.
const TOTAL_REACH: usize = 80;

/// The breakdown holding `values[chosen]`, when it states the whole of what
/// the rule counts: two or more parts, no part cue or addition around it,
/// no total written just before it, no part named by the rule's `triggers`
/// (its `all` terms: "children" for a rule of the children killed; an `any`
/// term such as "passengers" only places the count).
pub fn sum(quote: &str, values: &[Value], chosen: usize, triggers: &[Range<usize>]) -> Option<Sum> {
    let value = values.get(chosen)?;
    if !exact_count(value) {
        return None;
    }
    let list = lists(quote, values).find(|list| list.parts.end > chosen)?;
    if !list.parts.contains(&chosen) {
        return None;
    }
    whole(quote, values, list, triggers)
}

/// The breakdown of a sentence that writes no count, each of its parts one
/// person ("an 83-year-old woman and a 61-year-old man were killed" is 2),
/// that one of the rule's `triggers` governs: its object right after it
/// ("killing a nurse and a child"), or its subject right before it, only
/// auxiliaries and adverbs between ("a man and a woman have reportedly
/// died"; "those who died were a man and a woman").
pub fn sum_of_persons(quote: &str, values: &[Value], triggers: &[Range<usize>]) -> Option<Sum> {
    let list = lists(quote, values).find(|list| {
        list.items >= 2
            && triggers.iter().any(|span| {
                let between = if span.end <= list.span.start {
                    quote.get(span.end..list.span.start)
                } else {
                    quote.get(list.span.end..span.start)
                };
                between.is_some_and(only_auxiliaries)
            })
    })?;
    whole(quote, values, list, triggers)
}

/// Whether `text` holds only spaces, auxiliaries ("were", "have") and
/// adverbs ("reportedly", "both").
fn only_auxiliaries(text: &str) -> bool {
    text.split(' ').all(|word| {
        let lower = word.to_ascii_lowercase();
        word.is_empty()
            || crate::text::grammar::is_auxiliary(&lower)
            || (lower.len() > 4
                && lower.ends_with("ly")
                && lower.bytes().all(|byte| byte.is_ascii_lowercase()))
            || ["both", "all", "since"].contains(&lower.as_str())
    })
}

/// `list` as a sum, unless the sentence gives it as parts or an addition,
/// or the rule names one of its parts.
fn whole(quote: &str, values: &[Value], list: List, triggers: &[Range<usize>]) -> Option<Sum> {
    if list.items < 2 || quote.to_ascii_lowercase().contains("respectively") {
        return None;
    }
    let names_part = triggers.iter().any(|span| {
        span.start < list.span.end
            && list.span.start < span.end
            && !values[list.parts.clone()]
                .iter()
                .any(|part| part.start <= span.start && span.end <= part.end)
            && !subject::names_people_only(quote.get(span.clone()).unwrap_or(""))
    });
    let inside = quote.get(list.span.clone()).unwrap_or("");
    // "Six health workers, four doctors, a nurse and a pharmacist": a
    // first count that the rest add up to is their total, the rest its
    // breakdown.
    let broken_down = list.items >= 3 && list.total == list.first * 2;
    if names_part || broken_down || has_word(inside, &ADDED) || after_total(quote, values, &list) {
        return None;
    }
    Some(Sum {
        parts: list.parts,
        span: list.span,
        total: list.total,
    })
}

/// The lists of the sentence, left to right, each read from an exact count
/// or an indefinite article ("a driver") and skipping past the one before,
/// so the sentence is read once.
fn lists<'a>(quote: &'a str, values: &'a [Value]) -> impl Iterator<Item = List> + 'a {
    let mut starts = values
        .iter()
        .enumerate()
        .filter(|(_, value)| exact_count(value))
        .map(|(idx, value)| (value.start, idx))
        .chain(articles(quote).map(|at| (at, values.partition_point(|value| value.start < at))))
        .collect::<Vec<_>>();
    starts.sort_unstable();
    let mut past = 0;
    starts.into_iter().filter_map(move |(at, idx)| {
        if at < past {
            return None;
        }
        let list = list_from(quote, values, at, idx);
        past = past.max(list.span.end).max(at + 1);
        Some(list)
    })
}

/// Where the words "a" and "an" start in `quote`.
fn articles(quote: &str) -> impl Iterator<Item = usize> + '_ {
    quote.char_indices().filter_map(|(at, ch)| {
        let starts = at == 0 || !quote[..at].ends_with(char::is_alphanumeric);
        (starts && (ch == 'a' || ch == 'A') && is_article(word_at(quote, at))).then_some(at)
    })
}

/// Whether `word` is a possessive determiner of a person ("her mother",
/// "his son").
fn is_possessive(word: &str) -> bool {
    ["her", "his", "their"]
        .iter()
        .any(|possessive| word.eq_ignore_ascii_case(possessive))
}

/// Whether `word` is an indefinite article.
fn is_article(word: &str) -> bool {
    word.eq_ignore_ascii_case("a") || word.eq_ignore_ascii_case("an")
}

/// A list of counts of people read from one count on.
struct List {
    parts: Range<usize>,
    span: Range<usize>,
    items: usize,
    total: u64,
    /// The count of the first part.
    first: u64,
}

/// The list that starts at byte `at`, where `values[next]` is the first
/// value at or after it: each part a count (an exact value, or "one" after
/// the first) and a noun phrase of people, or an indefinite article and a
/// noun of one person ("a driver", "a 61-year-old man"), joined by ", ",
/// " and ", ", and ", " as well as ". Its `parts` are every value inside it
/// (an age's too).
fn list_from(quote: &str, values: &[Value], mut at: usize, mut next: usize) -> List {
    let mut list = List {
        parts: next..next,
        span: at..at,
        items: 0,
        total: 0,
        first: 0,
    };
    loop {
        let word = word_at(quote, at);
        let (count, number_end, one) = match values.get(next) {
            Some(value) if value.start == at && exact_count(value) => {
                next += 1;
                (value.low as u64, value.end, false)
            }
            _ if list.items > 0 && word.eq_ignore_ascii_case("one") => (1, at + word.len(), true),
            // "a girl and her mother": after the first person, a possessive
            // before a noun of one person is that person.
            _ if list.items > 0 && is_possessive(word) => (1, at + word.len(), true),
            _ if is_article(word) => (1, at + word.len(), true),
            _ => break,
        };
        // A noun that only says they are people ("25 people, and 90
        // people have …") names no group of a breakdown; one person does
        // ("one unidentified person").
        let single = person_noun(quote, number_end).filter(|_| count == 1);
        let noun_end = match (single, one) {
            (Some(end), _) => end,
            (None, true) => break,
            (None, false) => match people_noun(quote, number_end) {
                Some(end) if !subject::names_people_only(last_word(quote, end)) => end,
                _ => break,
            },
        };
        while values.get(next).is_some_and(|value| value.start < noun_end) {
            next += 1;
        }
        // A part too big to be a count of people (past 2^53, where a
        // float stops holding every whole number) makes no breakdown: the
        // article's number is kept as written, never summed into a wrong
        // or wrapped total.
        match list
            .total
            .checked_add(count)
            .filter(|_| count < EXACT_LIMIT)
        {
            Some(total) => list.total = total,
            None => {
                list.items = 0;
                break;
            }
        }
        if list.items == 0 {
            list.first = count;
        }
        list.items += 1;
        list.parts.end = next;
        list.span.end = noun_end;
        match separator(quote, noun_end) {
            Some(item) => at = item,
            None => break,
        }
    }
    list
}

/// The first whole number an `f64` count no longer holds exactly (2^53).
const EXACT_LIMIT: u64 = 1 << 53;

/// Whether `value` is an exact whole count.
fn exact_count(value: &Value) -> bool {
    value.kind == ValueKind::Count
        && value.bound == Bound::Exact
        && value.low == value.high
        && value.low.fract() == 0.0
        && value.low >= 0.0
}

/// The word of letters ending at byte `end`.
fn last_word(quote: &str, end: usize) -> &str {
    let head = quote.get(..end).unwrap_or("");
    let start = head
        .char_indices()
        .rev()
        .find(|(_, ch)| !(ch.is_alphabetic() || *ch == '-'))
        .map_or(0, |(at, ch)| at + ch.len_utf8());
    &head[start..]
}

/// The word of letters starting at byte `at`.
fn word_at(quote: &str, at: usize) -> &str {
    let rest = quote.get(at..).unwrap_or("");
    let end = rest
        .find(|ch: char| !ch.is_alphabetic())
        .unwrap_or(rest.len());
    &rest[..end]
}

/// The end of the noun phrase of people right after a count ending at
/// `from` ("school students", "crew", "Italians"): up to `NOUN_WORDS` words
/// of letters (or hyphens), the last of which names people.
fn people_noun(quote: &str, from: usize) -> Option<usize> {
    noun_phrase(quote, from, |word| {
        PEOPLE.contains(&word.to_lowercase().as_str()) || subject::names_people(word)
    })
}

/// The end of the noun phrase of one person right after "a", "an" or "one"
/// ending at `from` ("driver", "61-year-old man", "unidentified person").
fn person_noun(quote: &str, from: usize) -> Option<usize> {
    noun_phrase(quote, from, |word| {
        let lower = word.to_lowercase();
        super::PERSONS.contains(&lower.as_str()) || MORE_PERSONS.contains(&lower.as_str())
    })
}

/// The end of the noun phrase right after `from`: up to `NOUN_WORDS` words
/// (letters, digits of an age or size hyphened to them: "61-year-old"), the
/// last of which is a `head`.
fn noun_phrase(quote: &str, from: usize, head: impl Fn(&str) -> bool) -> Option<usize> {
    let mut at = from;
    for _ in 0..NOUN_WORDS {
        let rest = quote.get(at..)?;
        let gap = rest.len() - rest.trim_start_matches(' ').len();
        if gap != 1 {
            return None;
        }
        let word_start = at + gap;
        let word = quote.get(word_start..)?;
        let len = word
            .find(|ch: char| !(ch.is_alphanumeric() || ch == '-'))
            .unwrap_or(word.len());
        let word = &word[..len];
        let number = word.starts_with(|ch: char| ch.is_ascii_digit()) && !word.contains('-');
        if word.is_empty() || number || ["and", "of", "as", "or", "were", "have"].contains(&word) {
            return None;
        }
        at = word_start + len;
        if head(word) {
            return Some(at);
        }
    }
    None
}

/// Where the next part starts after a part ending at `at`, when only a
/// list's joiner stands between them.
fn separator(quote: &str, at: usize) -> Option<usize> {
    let rest = quote.get(at..)?;
    [", as well as ", " as well as ", ", and ", ", ", " and "]
        .iter()
        .find(|joiner| rest.starts_with(*joiner))
        .map(|joiner| at + joiner.len())
}

/// Whether `text` holds one of `words` as a word.
fn has_word(text: &str, words: &[&str]) -> bool {
    text.split(|ch: char| !ch.is_alphabetic())
        .any(|word| words.iter().any(|cue| word.eq_ignore_ascii_case(cue)))
}

/// Whether the list gives the parts of a count written before it or adds
/// to one: a part cue among the `CUE_WORDS` words before it in its clause
/// ("including", "among the 27 deceased there were", "of whom"), an
/// addition right before it ("three more"), or a count in the
/// `TOTAL_REACH` bytes before it that a colon, dash or parenthesis sets the
/// list off from ("two victims — a man and …").
fn after_total(quote: &str, values: &[Value], list: &List) -> bool {
    let start = list.span.start;
    let mut from = start.saturating_sub(TOTAL_REACH);
    while !quote.is_char_boundary(from) {
        from -= 1;
    }
    let before = quote.get(from..start).unwrap_or("");
    let clause = [",", ";", ":", "(", "—", "–", " - "]
        .iter()
        .filter_map(|mark| before.rfind(mark).map(|at| at + mark.len()))
        .max()
        .map_or(before, |at| &before[at..]);
    let words: Vec<&str> = clause
        .split(|ch: char| !ch.is_alphabetic())
        .filter(|word| !word.is_empty())
        .collect();
    let last = |n: usize| &words[words.len().saturating_sub(n)..];
    let cue = last(CUE_WORDS)
        .iter()
        .any(|word| PART_CUES.iter().any(|cue| word.eq_ignore_ascii_case(cue)))
        || last(CUE_WORDS).windows(2).any(|pair| {
            pair[0].eq_ignore_ascii_case("of")
                && ["whom", "them", "these", "which", "those"]
                    .iter()
                    .any(|word| pair[1].eq_ignore_ascii_case(word))
        });
    let added = last(2)
        .iter()
        .any(|word| ADDED.iter().any(|cue| word.eq_ignore_ascii_case(cue)));
    if cue || added {
        return true;
    }
    let set_off = before.trim_end().ends_with([':', '(', '—', '–', '-', ';']);
    set_off
        && values[..list.parts.start]
            .iter()
            .any(|value| value.kind == ValueKind::Count && value.end > from)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The sum `sum` reads in `sentence` for the count at `chosen` (its
    /// text; `sum_of_persons` when it is empty: the sentence writes no
    /// count), when the rule matched every occurrence of `terms`.
    fn check(sentence: &str, chosen: &str, terms: &[&str], expected: Option<u64>) {
        let values = crate::values::extract(sentence);
        let matched = super::super::term_spans(sentence, terms);
        let got = if chosen.is_empty() {
            sum_of_persons(sentence, &values, &matched)
        } else {
            let idx = values
                .iter()
                .position(|value| value.text == chosen)
                .unwrap_or_else(|| panic!("no value {chosen} in {sentence}: {values:?}"));
            sum(sentence, &values, idx, &matched)
        };
        assert_eq!(got.map(|found| found.total), expected, "{sentence}");
    }

    #[test]
    fn a_first_count_the_rest_add_up_to_is_their_total() {
        check(
            "Six health workers, four doctors, a nurse and a pharmacist were abducted.",
            "Six",
            &["abducted"],
            None,
        );
        check(
            "Nine aid workers, five drivers, three nurses and a guard were kidnapped.",
            "Nine",
            &["kidnapped"],
            None,
        );
        // Parts that do not add up to the first stay a breakdown.
        check(
            "Ten adults, three children and a baby died in the fire.",
            "Ten",
            &["died"],
            Some(14),
        );
    }

    #[test]
    fn a_part_too_big_to_count_people_makes_no_breakdown() {
        check(
            "20000000000000000000 adults and 5 children died in the fire.",
            "5",
            &["died"],
            None,
        );
        check(
            "10000000000000000000 adults and 10000000000000000000 children died.",
            "10000000000000000000",
            &["died"],
            None,
        );
        check(
            "45 adults and 5 children died in the fire.",
            "45",
            &["died"],
            Some(50),
        );
    }

    #[test]
    fn a_or_one_before_a_noun_of_one_person_is_a_part_of_one() {
        check(
            "So far, 14 workers and a teacher have died.",
            "14",
            &["died"],
            Some(15),
        );
        // Road users and onlookers are persons too.
        check(
            "So far, 9 passengers and a motorcyclist's pillion rider have died.",
            "9",
            &["died"],
            Some(10),
        );
        check(
            "So far, 15 passengers and a biker have died.",
            "15",
            &["died"],
            Some(16),
        );
        check(
            "Police said 6 workers and a bystander were killed.",
            "6",
            &["killed"],
            Some(7),
        );
        check(
            "The van was carrying 20 workers, three children and one unnamed person.",
            "20",
            &["carrying"],
            Some(24),
        );
        check(
            "A 90-year-old man and a 12-year-old girl were killed when the roof fell.",
            "",
            &["killed"],
            Some(2),
        );
        check(
            "The blast in the yard, killing a nurse and an elderly patient.",
            "",
            &["killing"],
            Some(2),
        );
        check(
            "A guard and 4 prisoners were injured.",
            "4",
            &["injured"],
            Some(5),
        );
        // A noun of a group or of things is no one person.
        check("A family and a man were injured.", "", &["injured"], None);
        check(
            "A truck and a car were destroyed, killing the driver.",
            "",
            &["killing"],
            None,
        );
        // One person alone is no list; the list must be in the rule's clause.
        check("A woman died in the fire.", "", &["died"], None);
        check("A man and a woman also died.", "", &["died"], None);
        check(
            "Police arrested a man and a woman after the crash killed passengers.",
            "",
            &["killed"],
            None,
        );
        // Parts after a cue, an addition, or a written total are no whole.
        check(
            "Six died, including a pilot and a child.",
            "",
            &["died"],
            None,
        );
        check("An additional man and a woman died.", "", &["died"], None);
        check(
            "Two bodies were found — a man and a woman.",
            "",
            &["found"],
            None,
        );
        // A rule that names a part takes the part.
        check(
            "A woman and a child were killed.",
            "",
            &["child", "killed"],
            None,
        );
    }

    #[test]
    fn a_list_of_disjoint_groups_under_one_predicate_is_summed() {
        check(
            "45 adults and 5 children died in the fire.",
            "5",
            &["died"],
            Some(50),
        );
        check(
            "Police said 280 passengers and 15 crew have been killed.",
            "15",
            &["killed"],
            Some(295),
        );
        check(
            "The school confirmed the deaths of 12 pupils, three teachers and two guards.",
            "12",
            &["deaths"],
            Some(17),
        );
        check(
            "The school confirmed the deaths of 12 pupils, as well as three teachers and two guards.",
            "three",
            &["deaths"],
            Some(17),
        );
        check(
            "The mayor said the missing are four men, two women, and one child.",
            "four",
            &["missing"],
            Some(7),
        );
    }

    #[test]
    fn a_possessive_before_a_noun_of_one_person_is_one_more_person() {
        check(
            "A 4-year-old boy and his father have died after the crash.",
            "",
            &["died"],
            Some(2),
        );
        check(
            "A nurse and her 63-year-old husband were killed in the blast.",
            "",
            &["killed"],
            Some(2),
        );
        // A possessive before a plural or a count is no one person.
        check(
            "A woman and her children were killed.",
            "",
            &["killed"],
            None,
        );
        check("His father died in 2019.", "", &["died"], None);
    }

    #[test]
    fn parts_additions_and_written_totals_are_not_summed() {
        // A part after a cue.
        check(
            "The fire killed 30 people, including 12 children and 4 women.",
            "12",
            &["killed"],
            None,
        );
        check(
            "Officials said that among the 27 deceased there were 11 women, 10 men and 6 children.",
            "11",
            &["deceased"],
            None,
        );
        // An addition.
        check(
            "Three more dead were found: one adult and two children.",
            "two",
            &["dead"],
            None,
        );
        check(
            "Rescuers found two more men and three other women dead.",
            "two",
            &["dead"],
            None,
        );
        // A written total the list is set off from.
        check(
            "Two victims — three adults and two children — died.",
            "three",
            &["died"],
            None,
        );
        // Different predicates, a vague part, no people.
        check(
            "The strike killed two adults and injured 10 children.",
            "two",
            &["killed"],
            None,
        );
        check(
            "45 adults and dozens of children died.",
            "45",
            &["died"],
            None,
        );
        check(
            "The storm killed two men and wrecked 30 cars.",
            "two",
            &["killed"],
            None,
        );
        // A rule that names a part takes the part.
        check(
            "45 adults and 5 children died in the fire.",
            "5",
            &["children", "died"],
            None,
        );
        check(
            "400 and 150 workers died, respectively.",
            "400",
            &["died"],
            None,
        );
    }
}
