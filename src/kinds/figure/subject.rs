//! Binds a figure's candidate values to their subject: the noun a count
//! counts or the matched word it follows, the values listed with it, and
//! whether its clause is about another event than the rule's.
//!
//! Matches: "The ferry disaster left 30 wounded and 12 dead."  (12 counts
//! "dead", a matched word; 30 counts "wounded", another noun)
//! Matches: "Tremors of magnitude 5.8 and 6.1 followed."  (5.8 and 6.1 are
//! listed together: one figure each)
//! Ignores: "That spill released 3,000 barrels." after a sentence about an
//! earlier spill (another event).

use std::ops::Range;

use crate::model::{Value, ValueKind};
use crate::text::stem::stem;
use crate::text::{grammar, saying};
use crate::values::words;

/// How closely a value is tied to the rule's matched words; lower is closer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Tie {
    /// The value stands inside a match or counts a matched word ("12 dead",
    /// "1712 buildings have collapsed").
    Counts,
    /// The value follows a matched word ("magnitude 5.8", "killed 30
    /// people", "a depth of 10 km").
    Follows,
    /// Nothing ties it either way.
    Loose,
    /// A count bound to a verb of its own that is no matched word: the
    /// subject of one ("two people died" for a count of missiles) or its
    /// object ("…, killing two").
    Elsewhere,
    /// A count of another noun than the rule's words ("30 wounded" for a
    /// death toll).
    Other,
}

impl Tie {
    /// Whether the value is bound to a matched word: it counts it or
    /// follows it.
    pub fn binds(self) -> bool {
        matches!(self, Tie::Counts | Tie::Follows)
    }
}

/// Whether `value` is a part of a count written before it, introduced as
/// one: "39 people, including four children", "50 dead, among them five
/// children", "of whom 12 were soldiers", "five of them children". A
/// part is a whole number right after its cue (past words of its bound,
/// "including at least four"): "including a 7.5-magnitude temblor" names
/// one thing with a value, no part of a count.
pub fn is_part(quote: &str, value: &Value) -> bool {
    if value.low.fract() != 0.0 {
        return false;
    }
    let mut before: Vec<String> = words_before(quote, value.start, 7)
        .into_iter()
        .map(|word| quote[word].to_ascii_lowercase())
        .collect();
    while before
        .last()
        .is_some_and(|word| BOUND_WORDS.contains(&word.as_str()))
    {
        before.pop();
    }
    // "the list includes the names of six children": a noun that stands
    // for the persons (their names, bodies) is read through.
    if let [.., the, noun, of] = before.as_slice() {
        if the == "the"
            && of == "of"
            && ["names", "bodies", "identities", "remains"].contains(&noun.as_str())
        {
            before.truncate(before.len() - 3);
        }
    }
    let last = before.last().map(String::as_str);
    let pair = before
        .len()
        .checked_sub(2)
        .and_then(|at| before.get(at))
        .map(String::as_str)
        .zip(last);
    // "Among those killed in the attack were five children", "Among the
    // dead were a couple who left behind four children": the sentence opens
    // with the whole and names members of it after its verb, so every count
    // of that clause after the verb is a part (or of something else), never
    // the whole.
    let among = among_members(quote, value.start);
    let introduced = last.is_some_and(|word| PART_CUES.contains(&word))
        || pair.is_some_and(|pair| PART_PAIRS.contains(&pair))
        || among
        || in_aside_of_count(quote, value.start);
    let after: Vec<String> = quote
        .get(value.end..)
        .unwrap_or("")
        .split_whitespace()
        .take(2)
        .map(str::to_ascii_lowercase)
        .collect();
    introduced
        || matches!(
            after.get(1).map(String::as_str),
            Some("whom" | "them" | "those")
        ) && after[0] == "of"
        || conjoined_to_part(quote, value)
}

/// Whether `value` is the next conjunct of a part: "including 50 women
/// and 21 children", "among them 30 adults and 9 children" (the count
/// before "and", with at most two words of its noun between, is a part).
fn conjoined_to_part(quote: &str, value: &Value) -> bool {
    let before = words_before(quote, value.start, 4);
    let [noun @ .., and] = before.as_slice() else {
        return false;
    };
    if !quote[and.clone()].eq_ignore_ascii_case("and") || noun.is_empty() || noun.len() > 2 {
        return false;
    }
    // The words of the noun reach back to a number: the conjunct before.
    let head = quote
        .get(..noun[0].start)
        .unwrap_or("")
        .trim_end_matches(' ');
    let digits = head
        .trim_end_matches(|ch: char| ch.is_ascii_digit() || ch == ',' || ch == '.')
        .len();
    if digits == head.len() || !head.ends_with(|ch: char| ch.is_ascii_digit()) {
        return false;
    }
    let mut previous = value.clone();
    previous.start = digits;
    previous.end = head.len();
    is_part(quote, &previous)
}

/// How many words before an aside's opening mark `in_aside_of_count`
/// reads for the count it describes ("Three people —", "Five of the
/// injured (").
const ASIDE_HEAD_WORDS: usize = 4;

/// Whether byte `start` stands inside an aside set off by dashes or
/// brackets right after a count's noun phrase, which says who they are:
/// "Three people — a 41-year-old man and his two sons — were killed",
/// "Five workers (two of them women) died". Its counts are members of the
/// count before it, never the count.
fn in_aside_of_count(quote: &str, start: usize) -> bool {
    let head = quote.get(..start).unwrap_or("");
    let Some(open) = head.rfind(['—', '–', '(']) else {
        return false;
    };
    // The dash of a range ("5–7 guards") joins two numbers: no aside.
    let digit_beside = head
        .get(..open)
        .is_some_and(|before| before.ends_with(|ch: char| ch.is_ascii_digit()))
        || head
            .get(open..)
            .and_then(|aside| aside.chars().nth(1))
            .is_some_and(|ch| ch.is_ascii_digit());
    if digit_beside || head.get(open..).is_some_and(|aside| aside.contains(')')) {
        return false;
    }
    let before: Vec<&str> = tokens(head.get(..open).unwrap_or(""))
        .map(|(_, token)| token)
        .collect();
    let from = before.len().saturating_sub(ASIDE_HEAD_WORDS);
    let Some(number) = before[from..].iter().rposition(|word| {
        word.starts_with(|ch: char| ch.is_ascii_digit()) || words::number_word(word).is_some()
    }) else {
        return false;
    };
    before[from + number + 1..]
        .iter()
        .all(|word| word.starts_with(char::is_alphabetic))
}

/// Whether `value` counts a part of the rule's own count, told apart by
/// what is said of it: "two of the dead were store employees", "ten of
/// those killed were unidentified" (the part's "of" phrase holds a matched
/// word, what its verb says of it holds none), or "two children were among
/// those killed" (the count's own noun holds no matched word, the phrase
/// "among" opens after its verb does). The rule's count is the whole: a
/// reader takes no value of it from the part. A rule whose matched word
/// says what the part is ("two of the dead were children" for a count of
/// the children killed, "two children were among the dead") keeps it.
pub fn part_of_matched(quote: &str, value: &Value, matched: &[Range<usize>]) -> bool {
    let hit = |span: &Range<usize>| {
        matched
            .iter()
            .any(|found| found.start < span.end && span.start < found.end)
    };
    let Some(rest) = quote.get(value.end..) else {
        return false;
    };
    let cut = crate::text::floor_boundary(rest, rest.len().min(PREDICATE_BYTES));
    // The count's clause: its words up to the first mark that ends one;
    // quotation marks inside it ("two of those killed \"were men\"") are
    // skipped.
    let clause: Vec<(Range<usize>, String)> = tokens(rest.get(..cut).unwrap_or(""))
        .filter(|(_, token)| !token.starts_with(['"', '“', '”', '‘', '’', '«', '»']))
        .take_while(|(_, token)| token.starts_with(is_word_char))
        .map(|(at, token)| {
            let start = value.end + at;
            (start..start + token.len(), token.to_lowercase())
        })
        .collect();
    let word = |idx: usize| clause.get(idx).map_or("", |(_, word)| word.as_str());
    let span_of = |from: usize, to: usize| -> Option<Range<usize>> {
        let first = clause.get(from)?;
        let last = clause.get(to.checked_sub(1)?)?;
        (from < to).then_some(first.0.start..last.0.end)
    };
    // The verb after the count's phrase: an auxiliary, or a verb in -ed
    // that is no matched word ("five of the injured died": four letters
    // are enough).
    let verb_from = |from: usize| {
        (from..clause.len().min(from + PREDICATE_REACH)).find(|at| {
            let (span, word) = &clause[*at];
            grammar::is_auxiliary(word)
                || (*at > from && word.ends_with("ed") && word.len() >= 4 && !hit(span))
        })
    };
    if word(0) == "of" {
        let from = if ["the", "those", "these", "its", "their"].contains(&word(1)) {
            2
        } else {
            1
        };
        // "Doctors examined 30 of the deceased": with no verb after it the
        // part is what the clause before does something to, still a part
        // of the whole the matched word names.
        // Only after a determiner, and its noun right after it ("4 of
        // whom later died" and "12 of them children" are no such part),
        // and with no matched word after it ("27 of its campers died":
        // the matched verb says what befell the count).
        let Some(verb) = verb_from(from) else {
            let after = span_of(3, clause.len().min(3 + PREDICATE_REACH));
            return from == 2
                && span_of(2, 3).is_some_and(|whole| hit(&whole))
                && !after.is_some_and(|after| hit(&after));
        };
        let whole = span_of(from, verb);
        let numbered = (from..verb).any(|at| word(at).starts_with(|ch: char| ch.is_ascii_digit()));
        let said = span_of(verb, clause.len().min(verb + PREDICATE_REACH + 2));
        return !numbered
            && whole.is_some_and(|whole| hit(&whole))
            && !said.is_some_and(|said| hit(&said));
    }
    // "Among the dead are three coastguard members killed when the roof
    // fell": a member of the whole a matched word names after "Among",
    // however its own clause repeats the rule's verb, unless its own noun
    // is a matched word ("Among the dead were five children" for a rule of
    // the children killed).
    if among_members(quote, value.start) {
        let opening = quote.len()
            - quote
                .trim_start_matches(|ch: char| !ch.is_alphanumeric())
                .len();
        let whole = matched
            .iter()
            .any(|found| opening <= found.start && found.end <= value.start);
        let own = clause
            .iter()
            .take_while(|(span, word)| {
                !hit(span) && !grammar::is_auxiliary(word) && !grammar::is_relative(word)
            })
            .count();
        let named = clause.get(own).is_some_and(|(span, word)| {
            hit(span) && !word.ends_with("ed") && !grammar::is_past_participle(word)
        });
        return whole && !named;
    }
    // "two 10-year-old children were among (those) killed".
    let Some(verb) =
        (0..clause.len().min(PREDICATE_REACH)).find(|at| grammar::is_passive_auxiliary(word(*at)))
    else {
        return false;
    };
    if word(verb + 1) != "among" {
        return false;
    }
    let own = span_of(0, verb);
    let from = verb + 2;
    let from = if ["the", "those", "these"].contains(&word(from)) {
        from + 1
    } else {
        from
    };
    let whole = span_of(from, clause.len().min(from + 3));
    whole.is_some_and(|whole| hit(&whole)) && !own.is_some_and(|own| hit(&own))
}

/// Whether a value at `start` lies in the members a sentence opening with
/// "Among <the whole>" names after its verb ("were", "are", "was", "is",
/// "included"), before the list ends (`member_list_ends`).
fn among_members(quote: &str, start: usize) -> bool {
    let opening = quote.len()
        - quote
            .trim_start_matches(|ch: char| !ch.is_alphanumeric())
            .len();
    if !quote
        .get(opening..opening + 6)
        .is_some_and(|head| head.eq_ignore_ascii_case("among "))
    {
        return false;
    }
    let Some(head) = quote.get(opening..start) else {
        return false;
    };
    let verb = tokens(head).find(|(_, word)| {
        ["were", "are", "was", "is", "included"].contains(&word.to_ascii_lowercase().as_str())
    });
    verb.is_some_and(|(at, word)| !member_list_ends(&head[at + word.len()..]))
}

/// Whether the list of members that `list` opens (the words after "Among
/// <the whole> were") ends within it: at a clause boundary (";", ":",
/// ", but", ", while"), at a verb of saying ("…, and officials said the
/// flood had killed 14 people") or at ", and" opening a clause of its own,
/// a new subject with its verb ("…, and the storm left 14 dead") rather
/// than one more member ("…, and a teacher who had lost 3 sons").
fn member_list_ends(list: &str) -> bool {
    let lower: Vec<String> = tokens(list).map(|(_, word)| word.to_lowercase()).collect();
    lower.iter().enumerate().any(|(idx, word)| {
        let after_comma = idx > 0 && lower[idx - 1] == ",";
        match word.as_str() {
            ";" | ":" => true,
            "but" | "while" | "whereas" => after_comma,
            "and" if after_comma => lower[idx + 1..]
                .iter()
                .map(String::as_str)
                .take_while(|word| !grammar::is_relative(word) && *word != ",")
                .any(|word| {
                    grammar::is_auxiliary(word)
                        || grammar::is_past_participle(word)
                        || matches!(word, "he" | "she" | "they" | "it" | "we")
                }),
            word => saying::is(word, saying::CUE),
        }
    })
}

/// Whether `value` is where a change started, not the amount it reached:
/// "from" right before it, after a verb of change or "up"/"down" ("the
/// toll rose from 39 to 52", "up from 30 on Friday") or after the value
/// reached ("rose to 52 from 39"), past the words of its bound ("dropped
/// from over 160 to three").
pub fn is_former(quote: &str, value: &Value) -> bool {
    // "dropped from over 160 to three": the words of the old value's bound
    // stand between "from" and its number.
    let head = before_bound(quote, value);
    let Some(rest) = head
        .strip_suffix("from")
        .or_else(|| head.strip_suffix("From"))
        .filter(|rest| rest.is_empty() || rest.ends_with(' '))
    else {
        return false;
    };
    let rest = rest.trim_end();
    if rest.ends_with(|ch: char| ch.is_ascii_digit()) {
        return true;
    }
    if rest
        .rsplit(|ch: char| !ch.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .take(2)
        .any(words::is_change_word)
    {
        return true;
    }
    // "revised the official death toll from 48 to 41": a verb of change
    // with its object between it and "from N to M" sets the amount to M,
    // so N is where the change started. The verb is read back to a mark,
    // over at most `FORMER_REACH` words.
    reaches_to_number(quote, value.end) && {
        let clause = rest
            .rsplit([',', ';', ':', '(', '"', '“', '—', '–'])
            .next()
            .unwrap_or("");
        clause
            .rsplit(|ch: char| !ch.is_alphanumeric())
            .filter(|word| !word.is_empty())
            .take(FORMER_REACH)
            .any(words::is_change_word)
    }
}

/// The text before `value` and the words of its bound ("over", "nearly"),
/// trimmed: "dropped from over 160" gives "dropped from".
fn before_bound<'a>(quote: &'a str, value: &Value) -> &'a str {
    let mut head = quote.get(..value.start).unwrap_or("").trim_end();
    while let Some(rest) = BOUND_WORDS.iter().find_map(|bound| {
        let rest = head.get(..head.len().checked_sub(bound.len())?)?;
        let word = head.get(rest.len()..)?;
        (word.eq_ignore_ascii_case(bound) && rest.ends_with(' ')).then_some(rest)
    }) {
        head = rest.trim_end();
    }
    head
}

/// Whether `value` counts the agents of a deed, right after "by" (past
/// the words of its bound): "the raid by 300 police", "attacked by 40
/// gunmen". It tells how many acted, not how many the deed befell.
pub fn counts_agents(quote: &str, value: &Value) -> bool {
    let head = before_bound(quote, value);
    head.get(head.len().saturating_sub(3)..)
        .is_some_and(|tail| tail.eq_ignore_ascii_case(" by") || head.eq_ignore_ascii_case("by"))
}

/// Whether a trigger names whose `value` is, where a sentence sets
/// several holders' values side by side: a possessive right before it
/// ("against Smith's 31 per cent", past the words of its bound) or "for"
/// after it and at most an "of the N" phrase ("35 per cent for Smith", "35
/// per cent of the vote for Smith").
pub fn held_by(quote: &str, value: &Value, triggers: &[Range<usize>]) -> bool {
    let head = before_bound(quote, value);
    let owner = ["'s", "’s", "s'", "s’"]
        .iter()
        .find_map(|mark| head.strip_suffix(mark).map(|rest| rest.len() + 1));
    // A plural possessive ("the rebels' 40") keeps its "s" in the trigger.
    if owner.is_some_and(|end| {
        triggers
            .iter()
            .any(|span| span.end == end || span.end + 1 == end)
    }) {
        return true;
    }
    let rest = quote.get(value.end..).unwrap_or("");
    let words: Vec<(usize, &str)> = tokens(rest).take(6).collect();
    let of_phrase = match words.as_slice() {
        [(_, of), (_, "the"), (_, noun), ..] if of.eq_ignore_ascii_case("of") && is_word(noun) => 3,
        [(_, of), (_, noun), ..] if of.eq_ignore_ascii_case("of") && is_word(noun) => 2,
        _ => 0,
    };
    let [(_, word), (at, _), ..] = words.get(of_phrase..).unwrap_or(&[]) else {
        return false;
    };
    word.eq_ignore_ascii_case("for") && triggers.iter().any(|span| span.start == value.end + at)
}

/// Whether `value` is the standard a figure is compared with, an earlier
/// or another count it is set against: within `STANDARD_REACH` words after
/// "higher than", "an increase over", "compared with" and the like, in its
/// clause, with no other number between ("the toll of 32 was higher than
/// the 20 first reported", "an increase over what the ministry said were
/// 20", "45 dead, compared with 20 last year"). "more than 20", "fewer than
/// 20" bound a figure and compare it with nothing.
pub fn compared_against(quote: &str, value: &Value) -> bool {
    let from = crate::text::floor_boundary(quote, value.start.saturating_sub(PREDICATE_BYTES));
    let head = quote.get(from..value.start).unwrap_or("");
    let clause = head
        .rsplit([';', ':', '(', '—', '–'])
        .next()
        .unwrap_or(head);
    let toks: Vec<String> = tokens(clause)
        .map(|(_, token)| token.to_ascii_lowercase())
        .collect();
    let opens = |at: usize| {
        let word = toks[at].as_str();
        let before = at.checked_sub(1).map_or("", |prev| toks[prev].as_str());
        (word == "than" && COMPARATIVES.contains(&before))
            || (word == "over" && CHANGES_OVER.contains(&before))
            || (["with", "to"].contains(&word) && before == "compared")
    };
    let Some(opener) = (0..toks.len()).rev().find(|at| opens(*at)) else {
        return false;
    };
    let between = &toks[opener + 1..];
    between.len() <= STANDARD_REACH
        && between
            .iter()
            .all(|token| is_word(token) && !token.starts_with(|ch: char| ch.is_ascii_digit()))
}

/// How many words may stand between a comparison's opener and its
/// standard ("an increase over what the ministry had said were 20").
const STANDARD_REACH: usize = 8;

/// Comparatives that set a figure against the one after "than".
#[rustfmt::skip]
const COMPARATIVES: [&str; 8] = [
    "higher", "lower", "greater", "larger", "bigger", "smaller", "above", "below",
];

/// Nouns of change that set a figure against the one after "over".
const CHANGES_OVER: [&str; 4] = ["increase", "rise", "jump", "drop"];

/// Whether `token` is a word, not a mark.
fn is_word(token: &str) -> bool {
    token.starts_with(char::is_alphanumeric)
}

/// How many words before "from N to M" a verb of change may stand: the
/// verb and its object ("lowered the number of people killed").
const FORMER_REACH: usize = 8;

/// Whether "to" and a number follow byte `end` ("from 48 to 41", "to
/// about 41", "to forty-one").
fn reaches_to_number(quote: &str, end: usize) -> bool {
    let mut after = tokens(quote.get(end..).unwrap_or(""));
    if !after
        .next()
        .is_some_and(|(_, word)| word.eq_ignore_ascii_case("to"))
    {
        return false;
    }
    after
        .find(|(_, word)| {
            !BOUND_WORDS
                .iter()
                .any(|bound| bound.eq_ignore_ascii_case(word))
        })
        .is_some_and(|(_, word)| {
            word.starts_with(|ch: char| ch.is_ascii_digit())
                || words::number_word(&word.to_ascii_lowercase()).is_some()
        })
}

/// Whether `value` is the level a matched word's amount reached or was set
/// to ("…, taking the number of injured to 51", "the toll rose to 52"):
/// the total, which a count of a part before it in the clause does not
/// outrank.
pub fn is_level(quote: &str, value: &Value, matched: &[Range<usize>]) -> bool {
    level_of(quote, value).is_some_and(|head| {
        matched
            .iter()
            .any(|found| found.start < head.span.end && head.span.start < found.end)
    })
}

/// Whether `value` counts those in other places than the event's own: its
/// clause, before any mark, places it "in", "from", "at" or "across" other
/// places ("14 people from other counties were confirmed dead", "10 other
/// deaths were reported in other parts of the state"). It is a remainder
/// beside the count of the event's place, not its total.
pub fn counts_elsewhere(quote: &str, value: &Value, matched: &[Range<usize>]) -> bool {
    let rest = quote.get(value.end..).unwrap_or("");
    let cut = crate::text::floor_boundary(rest, rest.len().min(PREDICATE_BYTES));
    // The count's own clause: not past a mark, another number, a clause
    // word or a phrase of motion ("the 40 injured were taken to hospitals
    // in other cities", "died as the fire spread across other floors").
    let clause: Vec<String> = tokens(rest.get(..cut).unwrap_or(""))
        .take(PREDICATE_REACH + 4)
        .map(|(_, token)| token.to_lowercase())
        .take_while(|token| {
            token.starts_with(char::is_alphabetic)
                && !CLAUSE_WORDS.contains(&token.as_str())
                && !["to", "into", "toward", "towards", "onto"].contains(&token.as_str())
        })
        .collect();
    clause.windows(3).any(|run| {
        ["in", "from", "at", "across"].contains(&run[0].as_str())
            && run[1] == "other"
            && run[2].starts_with(char::is_alphabetic)
    }) || in_some_places(quote, value)
        || population(quote, value, matched)
}

/// Whether `value` is the population of a place a noun of places takes
/// with "of" right before it, the phrase ending at the value or a noun of
/// inhabitants: "Bogo, a coastal city of 90,000, …", "a town of some
/// 12,000 people". It counts who live there, not who the event befell;
/// unless the noun of the place is a `matched` word (a rule of the people
/// living in a village reads "a village of 300").
fn population(quote: &str, value: &Value, matched: &[Range<usize>]) -> bool {
    let before = words_before(quote, value.start, 3);
    let lower = |idx: usize| {
        before.get(idx).map_or(String::new(), |word| {
            quote[word.clone()].to_ascii_lowercase()
        })
    };
    let n = before.len();
    // "of 90,000", "of some 90,000", "of about 90,000".
    let of = (1..=2)
        .filter_map(|back| n.checked_sub(back))
        .find(|at| lower(*at) == "of")
        .filter(|at| {
            *at + 1 == n
                || ["some", "about", "around", "nearly", "roughly"].contains(&lower(n - 1).as_str())
        });
    let Some(of) = of else {
        return false;
    };
    let place = of.checked_sub(1).map(lower).unwrap_or_default();
    let place_matched = of
        .checked_sub(1)
        .and_then(|at| before.get(at))
        .is_some_and(|word| {
            matched
                .iter()
                .any(|found| found.start < word.end && word.start < found.end)
        });
    if place_matched
        || !(is_place_noun(&place) || ["nation", "capital", "metropolis"].contains(&place.as_str()))
    {
        return false;
    }
    let rest = quote.get(value.end..).unwrap_or("");
    let mut next = tokens(rest).map(|(_, token)| token.to_ascii_lowercase());
    match next.next() {
        None => true,
        Some(token) if !token.starts_with(char::is_alphabetic) => true,
        Some(token) => {
            ["people", "residents", "inhabitants", "souls"].contains(&token.as_str())
                && next
                    .next()
                    .is_none_or(|after| !after.starts_with(char::is_alphabetic))
        }
    }
}

/// Whether `value` counts those in some of a set of places, a regional
/// part beside the others, not the total: its clause places it "in",
/// "across" or "throughout" some of them ("in three of the five districts,
/// 40 people died", "25 were killed across two of the four provinces",
/// "in most of the villages"), or it is how many places that phrase takes
/// or takes them of.
fn in_some_places(quote: &str, value: &Value) -> bool {
    // Read near the value only, from a word's start: offsets are `near`'s.
    let from = crate::text::floor_boundary(quote, value.start.saturating_sub(PREDICATE_BYTES));
    let from = if from == 0 {
        0
    } else {
        quote
            .get(from..value.start)
            .and_then(|head| head.find(' '))
            .map_or(value.start, |space| from + space + 1)
    };
    let to = crate::text::ceil_boundary(quote, (value.end + PREDICATE_BYTES).min(quote.len()));
    let Some(near) = quote.get(from..to) else {
        return false;
    };
    if !crate::text::holds_ascii_word(near, "of") {
        return false;
    }
    let lower = near.to_ascii_lowercase();
    let (start, end) = (value.start - from, value.end - from);
    let toks: Vec<(usize, &str)> = tokens(&lower).collect();
    let is_word = |token: &str| token.starts_with(char::is_alphanumeric);
    // Each phrase "in Q of (the) …" to the end of its noun phrase (a mark
    // or a clause word).
    let phrases = toks.windows(3).filter_map(|run| {
        let some = run[1].1.starts_with(|ch: char| ch.is_ascii_digit())
            || words::number_word(run[1].1).is_some()
            || SOME_OF.contains(&run[1].1);
        (["in", "across", "throughout"].contains(&run[0].1) && some && run[2].1 == "of")
            .then_some(run[0].0)
    });
    let between = |from: usize, to: usize| lower.get(from..to).unwrap_or("");
    phrases.into_iter().any(|phrase| {
        let rest = &toks[toks.partition_point(|(at, _)| *at < phrase)..];
        let phrase_end = rest
            .iter()
            .skip(3)
            .take(PREDICATE_REACH)
            .find(|(_, token)| !is_word(token) || CLAUSE_WORDS.contains(token))
            .map_or(lower.len(), |(at, _)| *at);
        // Some of a set of places: a place noun in the phrase, past "in Q
        // of" ("in some of the heaviest fighting" takes no place).
        let places = rest
            .iter()
            .skip(3)
            .take_while(|(at, _)| *at < phrase_end)
            .any(|(_, token)| is_place_noun(token));
        if !places {
            return false;
        }
        if phrase <= start && end <= phrase_end {
            return true;
        }
        if phrase_end <= start {
            // An opening phrase: only a comma and the value's bound between.
            let gap = between(phrase_end, start);
            gap.trim_start().starts_with(',')
                && tokens(gap)
                    .skip(1)
                    .all(|(_, word)| BOUND_WORDS.contains(&word) || word == "a")
        } else {
            // After the count, in its clause: no mark, clause word or other
            // number between.
            end <= phrase
                && tokens(between(end, phrase)).all(|(_, word)| {
                    is_word(word)
                        && !CLAUSE_WORDS.contains(&word)
                        && !word.starts_with(|ch: char| ch.is_ascii_digit())
                })
        }
    })
}

/// Whether `value` stands in an absolute phrase that gives unnamed others'
/// estimate, "with some (others, many) estimating …" ("feared the toll
/// would climb, with some estimating as many as 300 dead"): the figure is
/// theirs, not the speaker's, and yields to one the speaker gives.
pub fn estimated_by_others(quote: &str, value: &Value) -> bool {
    let from = crate::text::floor_boundary(quote, value.start.saturating_sub(PREDICATE_BYTES));
    let Some(head) = quote.get(from..value.start) else {
        return false;
    };
    if !crate::text::holds_ascii_word(head, "with") {
        return false;
    }
    let lower = head.to_ascii_lowercase();
    let toks: Vec<&str> = tokens(&lower).map(|(_, token)| token).collect();
    // The last "with Q (…) V-ing" before the value, no mark but a comma
    // after its verb.
    (0..toks.len())
        .rev()
        .find_map(|at| crate::text::estimate::estimate_verb(&toks[at..]).map(|verb| at + verb))
        .is_some_and(|verb| {
            toks[verb + 1..]
                .iter()
                .all(|token| token.starts_with(char::is_alphanumeric) || *token == ",")
        })
}

/// Whether `word` (lower case) names a place, or places, that a region is
/// divided into or made of: "districts", "province", "villages".
fn is_place_noun(word: &str) -> bool {
    let singular = word
        .strip_suffix("ies")
        .map(|stem| format!("{stem}y"))
        .or_else(|| word.strip_suffix('s').map(str::to_string))
        .unwrap_or_else(|| word.to_string());
    PLACE_NOUNS.contains(&word) || PLACE_NOUNS.contains(&singular.as_str())
}

/// Places a region is divided into or made of (singular).
#[rustfmt::skip]
const PLACE_NOUNS: &[&str] = &[
    "area", "borough", "camp", "canton", "city", "commune", "community", "constituency",
    "country", "county", "department", "district", "governorate", "island", "locality",
    "location", "municipality", "neighborhood", "neighbourhood", "oblast", "parish", "place",
    "prefecture", "province", "region", "settlement", "site", "state", "suburb", "territory",
    "town", "township", "valley", "village", "ward", "zone",
];

/// Words that take some of a set ("in most of the villages").
const SOME_OF: [&str; 6] = ["some", "most", "several", "many", "half", "parts"];

/// Whether `value` counts a subset ranked by degree, the top or bottom of
/// a group: a superlative right after it ("the four most critically
/// injured", "the three worst-hit towns", "the 10 least affected"). It
/// names how many are ranked, not how many there are.
pub fn ranked_subset(quote: &str, value: &Value) -> bool {
    let rest = quote.get(value.end..).unwrap_or("");
    let cut = crate::text::floor_boundary(rest, rest.len().min(24));
    // The next token, not past a mark: "killed 12, most of them
    // children" ranks nothing.
    tokens(rest.get(..cut).unwrap_or(""))
        .next()
        .is_some_and(|(_, word)| {
            let head = word.split('-').next().unwrap_or("");
            SUPERLATIVES
                .iter()
                .any(|superlative| head.eq_ignore_ascii_case(superlative))
        })
}

/// Whether `value` counts people by where they are cared for now, not by
/// what befell them: its own verb, after its noun phrase (or ", who"), is
/// "remain" or a form of "be" with a phrase of care ("seven injured
/// passengers remain hospitalised", "64 others are being treated abroad",
/// "the two others, who are in serious condition"). They are the patients
/// still in hospital, a part of the injured. A matched word in that
/// predicate keeps the count ("28 people are in critical condition" for a
/// rule of the critically injured), and so does the whole a part is
/// taken of ("five of the 11 wounded are in serious condition").
pub fn in_care(quote: &str, value: &Value, matched: &[Range<usize>]) -> bool {
    // "Five of the 11 wounded are in serious condition": the whole a part
    // is taken of counts all of them.
    if partitive_whole(quote, value.start) {
        return false;
    }
    let rest = quote.get(value.end..).unwrap_or("");
    let cut = crate::text::floor_boundary(rest, rest.len().min(PREDICATE_BYTES));
    let words: Vec<(usize, &str)> = tokens(rest.get(..cut).unwrap_or(""))
        .take(PREDICATE_REACH + 8)
        .collect();
    let lower = |at: usize| {
        words
            .get(at)
            .map_or(String::new(), |(_, word)| word.to_lowercase())
    };
    let mut n = 0;
    // A relative clause's own verb is skipped ("12 people who were hurt
    // are in stable condition").
    let mut relative = false;
    let verb = loop {
        let Some((_, token)) = words.get(n) else {
            return false;
        };
        let word = lower(n);
        if CARE_VERBS.contains(&word.as_str()) {
            if !relative {
                break n;
            }
            relative = false;
        } else if ["who", "which", "that"].contains(&word.as_str()) {
            relative = true;
        }
        if *token == "," && lower(n + 1) == "who" {
            n += 2;
            continue;
        }
        if !token.starts_with(is_word_char)
            || (word != "who" && CLAUSE_WORDS.contains(&word.as_str()))
            || n >= PREDICATE_REACH
        {
            return false;
        }
        n += 1;
    };
    let mut at = verb + 1;
    while ["still", "currently", "now", "all"].contains(&lower(at).as_str()) {
        at += 1;
    }
    let phrase: Vec<String> = (at..at + 3).map(lower).collect();
    let Some(care) = CARE.iter().find(|care| {
        care.split(' ')
            .zip(&phrase)
            .all(|(want, got)| want == got.as_str())
    }) else {
        return false;
    };
    // "hospitalised" is a state only after "remain" or a present "be":
    // "39 were hospitalised" may count the injured taken in.
    if care.starts_with("hospitali") && ["was", "were"].contains(&lower(verb).as_str()) {
        return false;
    }
    let n_words = care.split(' ').count();
    let span = |idx: usize| {
        words
            .get(idx)
            .map(|(start, word)| value.end + start..value.end + start + word.len())
    };
    let (Some(first), Some(last)) = (span(verb), span(at + n_words - 1)) else {
        return false;
    };
    !matched
        .iter()
        .any(|found| found.start < last.end && first.start < found.end)
}

/// The verbs of a state `in_care` reads after a count.
const CARE_VERBS: [&str; 7] = ["remain", "remains", "remained", "are", "is", "was", "were"];

/// Phrases of care after such a verb (lower case, words apart by one space).
#[rustfmt::skip]
const CARE: [&str; 21] = [
    "hospitalized", "hospitalised", "being treated", "receiving treatment", "receiving medical",
    "undergoing treatment", "under treatment", "under medical", "in hospital", "in the hospital",
    "in hospitals", "in intensive care", "in critical", "in serious", "in stable", "in a critical",
    "in a serious", "in a stable", "on life support", "on ventilators", "being cared",
];

/// Superlatives that rank a counted group ("the four most critically
/// injured", "the two hardest-hit districts").
#[rustfmt::skip]
const SUPERLATIVES: [&str; 10] = [
    "most", "least", "worst", "best", "hardest", "largest", "biggest", "deadliest", "severest",
    "highest",
];

/// Whether `value` counts those hurt to a degree: a count whose own verb
/// group, right after it, holds an adverb of degree ("six were seriously
/// injured", "three are in critical condition" is not read), a grade of a
/// whole count said before it ("85 were injured, six were seriously
/// injured"), not the whole.
pub fn graded(quote: &str, value: &Value) -> bool {
    let after: Vec<String> = quote
        .get(value.end..)
        .unwrap_or("")
        .split_whitespace()
        .take(4)
        .map(|word| {
            word.trim_matches(|ch: char| !ch.is_alphanumeric())
                .to_ascii_lowercase()
        })
        .collect();
    let Some(verb) = after
        .iter()
        .position(|word| ["were", "was", "are", "is", "been"].contains(&word.as_str()))
    else {
        return false;
    };
    verb <= 1
        && after
            .get(verb + 1)
            .is_some_and(|word| DEGREES.contains(&word.as_str()))
}

/// Adverbs of how badly someone was hurt.
#[rustfmt::skip]
const DEGREES: [&str; 8] = [
    "seriously", "critically", "severely", "gravely", "badly", "slightly", "lightly", "mildly",
];

/// Whether `value` is an amount added to a figure rather than the figure:
/// a count with "more", "additional", "further" or "extra" right after it
/// ("the toll rose to 52 as five more died in hospital"), not "more than".
pub fn is_increment(quote: &str, value: &Value) -> bool {
    let mut after = quote
        .get(value.end..)
        .unwrap_or("")
        .split(|ch: char| !ch.is_alphanumeric())
        .filter(|word| !word.is_empty());
    let next = after.next().unwrap_or("");
    let then = after.next().unwrap_or("");
    ["more", "additional", "further", "extra"]
        .iter()
        .any(|cue| next.eq_ignore_ascii_case(cue))
        && !then.eq_ignore_ascii_case("than")
}

/// Whether `value` reports new events added to a count given before, not
/// the count: "N more" with no count before it in the sentence (after one,
/// "more" is "others": "51 were killed, six more were injured" is the
/// injured count). It is an addition in two cases:
/// - in a rule of the dead or injured, wherever it stands ("Three more
///   people died in hospital", "pulled the bodies of two more people from
///   the rubble"), but not in one of the missing still to find ("13 more
///   are missing" is a count);
/// - in any rule counting people, opening its clause as the subject of an
///   event ("Unfortunately, two more suspects were arrested"), unless what
///   is said of it is a state at the time of writing ("there may be 5 more
///   people under the rubble"); as the object of a verb or preposition
///   outside the dead and injured it is a count ("issued warrants for 114
///   more people").
///
/// "Another 324 were injured" after a toll of the dead names the injured
/// besides the dead as often as new injured, so only "more" marks an
/// addition.
pub fn adds_to_earlier(
    quote: &str,
    values: &[Value],
    value: &Value,
    people: bool,
    families: &[usize],
) -> bool {
    if !is_increment(quote, value)
        || values
            .iter()
            .any(|other| other.end <= value.start && other.kind == ValueKind::Count)
    {
        return false;
    }
    if !families.is_empty() && !families.contains(&MISSING) {
        return true;
    }
    if !people {
        return false;
    }
    let before: Vec<String> = quote
        .get(..value.start)
        .unwrap_or("")
        .split_whitespace()
        .map(|word| word.to_ascii_lowercase())
        .collect();
    let opens_clause = before.last().is_none_or(|last| {
        last.ends_with([',', ';', ':', '.', '"', '\u{201c}'])
            || CLAUSE_WORDS.contains(&last.as_str())
    });
    // The clause after the count, to its first mark.
    let rest = quote.get(value.end..).unwrap_or("");
    let clause = rest.split([',', ';', ':']).next().unwrap_or("");
    let state = |word: &str| STATE_WORDS.contains(&word.to_ascii_lowercase().as_str());
    let stated =
        clause.split_whitespace().any(state) || before.iter().rev().take(3).any(|word| state(word));
    opens_clause && !stated
}

/// Words that make what is said of a count a state at the time of writing
/// ("are missing", "remain in hospital", "may be under the rubble").
#[rustfmt::skip]
const STATE_WORDS: [&str; 9] = [
    "are", "is", "remain", "remains", "be", "may", "might", "could", "still",
];

/// Whether `value` counts others than a count before it: "others" or
/// "other" right after it ("while four people died on the spot, nine
/// others died in hospital", "nine other people"), the rest of a whole
/// that no number states.
pub fn counts_others(quote: &str, value: &Value) -> bool {
    words_after(quote, value.end, 1)
        .first()
        .is_some_and(|word| {
            ["others", "other"].contains(&quote[word.clone()].to_ascii_lowercase().as_str())
        })
}

/// Whether `value` is a figure given earlier that the sentence says was
/// since corrected: a verb of report or estimate with an adverb of earlier
/// time right before it ("previously reported at 48", "the toll, initially
/// put at 48, was corrected", "earlier given as 48"), in a sentence that
/// names a correction. A figure the correction gave is another value ("now
/// stands at 41"); what was first reported, once corrected, is no one's
/// figure.
pub fn superseded(quote: &str, value: &Value) -> bool {
    let mut before: Vec<String> = words_before(quote, value.start, 6)
        .into_iter()
        .map(|word| quote[word].to_ascii_lowercase())
        .collect();
    while before.last().is_some_and(|word| {
        BOUND_WORDS.contains(&word.as_str()) || ["as", "to", "be"].contains(&word.as_str())
    }) {
        before.pop();
    }
    let Some((verb, head)) = before.split_last() else {
        return false;
    };
    let earlier = head
        .iter()
        .rev()
        .take(3)
        .any(|word| EARLIER.contains(&word.as_str()));
    earlier
        && FIRST_REPORTED.contains(&verb.as_str())
        && tokens(quote).any(|(_, word)| {
            CORRECTIONS
                .iter()
                .any(|correction| correction.eq_ignore_ascii_case(word))
        })
}

/// Adverbs that set a report before a later one ("previously reported").
const EARLIER: [&str; 5] = ["previously", "initially", "earlier", "originally", "first"];

/// Verbs that give a figure as reported or estimated ("reported at 48",
/// "put at 48", "given as 48").
#[rustfmt::skip]
const FIRST_REPORTED: [&str; 10] = [
    "reported", "put", "given", "estimated", "announced", "stated", "listed", "counted", "set",
    "placed",
];

/// Words that name the correction of a figure given earlier.
#[rustfmt::skip]
const CORRECTIONS: [&str; 13] = [
    "corrected", "correction", "revised", "revision", "amended", "adjusted", "lowered", "raised",
    "reduced", "downgraded", "updated", "rectified", "retracted",
];

/// Whether `value` counts those of a group who have reached a stage that
/// only some of it may have reached yet, by a verb that is none of the
/// rule's matched `spans`: the dead identified ("12 victims have been
/// identified", "identified 12 bodies", "confirmed the identities of 12
/// victims"), the dead buried ("90 victims have been buried, while 12 are
/// yet to be buried") or the hurt discharged ("900 who had been injured
/// have been discharged", "released from hospital"). Such a count is a part of the
/// group, not its size. A count written as the whole group ("the
/// identities of the 10 people who died", "all 900 injured have been
/// discharged") is its size.
pub fn counts_stage(quote: &str, value: &Value, spans: &[Range<usize>]) -> bool {
    let unmatched = |word: &Range<usize>| {
        !spans
            .iter()
            .any(|span| span.start < word.end && word.start < span.end)
    };
    let lower = |word: &Range<usize>| quote[word.clone()].to_ascii_lowercase();
    let mut before = words_before(quote, value.start, 6);
    while before
        .last()
        .is_some_and(|word| BOUND_WORDS.contains(&lower(word).as_str()))
    {
        before.pop();
    }
    if before
        .last()
        .is_some_and(|word| WHOLE_MARKS.contains(&lower(word).as_str()))
    {
        return false;
    }
    let noun = words_after(quote, value.end, 3);
    let of_dead = noun
        .iter()
        .any(|word| IDENTIFIED_DEAD.contains(&lower(word).as_str()));
    let stage = |word: &Range<usize>, next: Option<&str>| {
        let word_lower = lower(word);
        unmatched(word)
            && match word_lower.as_str() {
                "identified" => of_dead,
                "discharged" => true,
                // "90 victims have been buried", "12 are yet to be buried";
                // not "buried under the rubble" or "buried alive", which
                // tell how they died or were trapped.
                "buried" => match next.map(str::to_ascii_lowercase).as_deref() {
                    Some("under" | "beneath" | "alive" | "by" | "inside" | "underneath") => false,
                    Some("in") => of_dead,
                    _ => true,
                },
                "released" => next.is_some_and(|next| next.eq_ignore_ascii_case("from")),
                _ => false,
            }
    };
    // "identified 12 victims", "discharged 900 patients", "the identities
    // of 12 victims".
    let object = match before.as_slice() {
        [.., noun, of] if lower(of) == "of" => {
            lower(noun) == "identities" && of_dead && unmatched(noun)
        }
        [.., verb] => stage(verb, None),
        [] => false,
    };
    if object {
        return true;
    }
    // "12 victims have been identified", "900 who had been injured have
    // been discharged": a passive of the stage in the count's own clause,
    // before a mark or another number.
    let rest = quote.get(value.end..).unwrap_or("");
    let clause: Vec<(usize, &str)> = tokens(rest)
        .take_while(|(_, word)| {
            word.starts_with(is_word_char)
                && !word.starts_with(|ch: char| ch.is_ascii_digit())
                && words::number_word(&word.to_ascii_lowercase()).is_none()
                && !["while", "but", "whereas"].contains(&word.to_ascii_lowercase().as_str())
        })
        .take(STAGE_REACH)
        .collect();
    clause.iter().enumerate().skip(1).any(|(idx, (at, word))| {
        let range = value.end + at..value.end + at + word.len();
        let next = clause.get(idx + 1).map(|(_, next)| *next);
        grammar::is_be(&clause[idx - 1].1.to_ascii_lowercase()) && stage(&range, next)
    })
}

/// How many words after a count its clause is read for a verb of stage.
const STAGE_REACH: usize = 10;

/// Words right before a count that write it as a whole group ("the 10
/// people who died", "all 900 injured").
const WHOLE_MARKS: [&str; 7] = ["the", "all", "those", "these", "their", "its", "both"];

/// Nouns of the dead whose identification counts a part of them.
#[rustfmt::skip]
const IDENTIFIED_DEAD: [&str; 8] = [
    "victims", "bodies", "dead", "deceased", "remains", "casualties", "fatalities", "corpses",
];

/// Whether the matched word at `hit` names the cause of a death, no injury
/// of its own: "succumbed to their injuries", "died of his wounds", "died
/// from injuries sustained in the blast".
pub fn cause_of_death(quote: &str, hit: &Range<usize>) -> bool {
    let before = words_before(quote, hit.start, 3);
    let lower: Vec<String> = before
        .iter()
        .map(|span| quote.get(span.clone()).unwrap_or("").to_lowercase())
        .collect();
    let mut at = lower.len();
    if at > 0 && (grammar::is_definite(&lower[at - 1]) || lower[at - 1] == "multiple") {
        at -= 1;
    }
    let pair = |verb: &[&str], preposition: &[&str]| {
        at >= 2
            && preposition.contains(&lower[at - 1].as_str())
            && verb.contains(&lower[at - 2].as_str())
    };
    pair(&["succumbed", "succumbing", "succumb", "succumbs"], &["to"])
        || pair(&["died", "dying", "die", "dies"], &["of", "from"])
}

/// Whether the matched word at `hit` names members of a count with no
/// number of their own: after a share or a cue of a part ("15 lives,
/// mostly children", "the majority of them children", "most of them
/// children", "including women and children", "among them children"),
/// with only nouns, "and", "or" and commas between. Such members are a
/// vague part of the count: "15 killed, mostly children" says how many
/// died, not how many children.
pub fn vague_part(quote: &str, hit: &Range<usize>) -> bool {
    let before = words_before(quote, hit.start, VAGUE_PART_REACH);
    let lower: Vec<String> = before
        .iter()
        .map(|span| quote.get(span.clone()).unwrap_or("").to_lowercase())
        .collect();
    // The words between the cue and the hit hold no number (`words_before`
    // reads letters only, so a digit ends the run).
    let Some(cue) = lower.iter().rposition(|word| {
        matches!(
            word.as_str(),
            "mostly"
                | "mainly"
                | "largely"
                | "predominantly"
                | "primarily"
                | "chiefly"
                | "including"
                | "them"
                | "whom"
        )
    }) else {
        return false;
    };
    let cued = match lower[cue].as_str() {
        // "the majority of them", "most of them", "many of whom", "among
        // them".
        "them" | "whom" => {
            cue >= 1
                && (lower[cue - 1] == "among"
                    || (lower[cue - 1] == "of"
                        && cue >= 2
                        && matches!(
                            lower[cue - 2].as_str(),
                            "majority" | "most" | "many" | "half" | "all"
                        )))
        }
        _ => true,
    };
    let between = &before[cue + 1..];
    let numberless = between.iter().zip(&lower[cue + 1..]).all(|(span, word)| {
        words::number_word(word).is_none()
            && !["a", "an", "one"].contains(&word.as_str())
            && quote
                .get(span.end..hit.start)
                .is_some_and(|gap| !gap.contains(|ch: char| ch.is_ascii_digit()))
    });
    let gap_clean = quote
        .get(before.get(cue).map_or(hit.start, |span| span.end)..hit.start)
        .is_some_and(|gap| {
            gap.chars()
                .all(|ch| ch.is_alphabetic() || ch == ' ' || ch == ',' || ch == '-')
        });
    cued && numberless && gap_clean
}

/// Verbs of staying in a state that, like an auxiliary, open the predicate
/// of a count whose noun is left out ("six remain missing").
const REMAIN: [&str; 4] = ["remain", "remains", "remained", "stay"];

/// Whether `word` (lower case) opens a predicate: an auxiliary, a past
/// participle or a verb of remaining.
fn opens_predicate(word: &str) -> bool {
    grammar::is_auxiliary(word)
        || grammar::is_past_participle(word)
        || REMAIN.contains(&word)
        || word == "died"
}

/// The noun phrase of the count `earlier` that `value`, coordinated after
/// it by "and", counts too, its own noun left out: in "13 tourists were
/// injured and six remain missing" six counts tourists, and in "40 guards
/// were killed and around 30 (others) wounded" 30 counts guards. `earlier`
/// has a noun of its own and then its predicate; `value` stands right after
/// "and" (past the words of its bound) and opens its predicate, or is
/// followed by "others" or "more" ("and 30 others wounded"). `None` when
/// the sentence is no such pair.
pub fn elided_noun(quote: &str, earlier: &Value, value: &Value) -> Option<Range<usize>> {
    let between = quote.get(earlier.end..value.start)?;
    if between.contains([';', ':', '(', ')', '—', '–', '.']) {
        return None;
    }
    let mut words: Vec<(Range<usize>, String)> = tokens(between)
        .map(|(at, token)| {
            let start = earlier.end + at;
            (start..start + token.len(), token.to_ascii_lowercase())
        })
        .collect();
    while words
        .last()
        .is_some_and(|(_, word)| BOUND_WORDS.contains(&word.as_str()))
    {
        words.pop();
    }
    if words.pop().is_none_or(|(_, word)| word != "and") {
        return None;
    }
    // "13 tourists were injured": a noun phrase of letters, then the
    // predicate, which holds no comma ("13 tourists, four of them …").
    let verb = words.iter().position(|(_, word)| opens_predicate(word))?;
    let noun = &words[..verb];
    let plain = |word: &str| word.chars().all(char::is_alphabetic);
    if noun.is_empty() || noun.len() > 4 || !words.iter().all(|(_, word)| plain(word)) {
        return None;
    }
    let next = words_after(quote, value.end, 1)
        .into_iter()
        .next()
        .map(|span| quote.get(span).unwrap_or("").to_ascii_lowercase())?;
    let elided = opens_predicate(&next) || next == "others" || next == "more";
    // Counts of one kind only: "300 houses were destroyed and 12 killed"
    // counts no houses in 12.
    let kind_of = |words: &mut dyn Iterator<Item = &str>| {
        words
            .map(|word| {
                if DAMAGE.contains(&word) {
                    Some(Harmed::Things)
                } else {
                    event_family(word).map(|_| Harmed::People)
                }
            })
            .find(Option::is_some)
            .flatten()
    };
    let earlier_kind = kind_of(&mut words[verb..].iter().map(|(_, word)| word.as_str()));
    let later: Vec<String> = words_after(quote, value.end, ELIDED_PREDICATE_WORDS)
        .into_iter()
        .map(|span| quote.get(span).unwrap_or("").to_ascii_lowercase())
        .collect();
    let later_kind = kind_of(&mut later.iter().map(String::as_str));
    let mixed = matches!(
        (earlier_kind, later_kind),
        (Some(Harmed::Things), Some(Harmed::People)) | (Some(Harmed::People), Some(Harmed::Things))
    );
    (elided && !mixed).then(|| noun[0].0.start..noun[noun.len() - 1].0.end)
}

/// What a predicate of harm says befell a count: people (killed, injured,
/// missing: `EVENT_FAMILIES`) or things (`DAMAGE`).
#[derive(Clone, Copy)]
enum Harmed {
    People,
    Things,
}

/// Past participles of damage to things, whose subject is no person.
#[rustfmt::skip]
const DAMAGE: [&str; 14] = [
    "destroyed", "damaged", "flooded", "collapsed", "razed", "flattened", "gutted", "submerged",
    "demolished", "levelled", "leveled", "inundated", "torched", "wrecked",
];

/// How many words after a count with its noun left out `elided_noun` reads
/// for its predicate ("and four are still missing").
const ELIDED_PREDICATE_WORDS: usize = 4;

/// How many words before a matched word `vague_part` reads for its cue
/// ("including women, the elderly and children").
const VAGUE_PART_REACH: usize = 5;

/// Verbs of holding something in a scene: a count that is their object
/// counts what is held, whatever its noun ("a woman was found dead holding
/// two children").
/// "Carrying" is left out: a vehicle "carrying 44 passengers" gives the
/// count aboard.
#[rustfmt::skip]
const HOLDING: [&str; 9] = [
    "holding", "clutching", "cradling", "hugging", "embracing", "shielding", "grasping",
    "gripping", "clasping",
];

/// Whether `value` is the object of a verb of holding (`HOLDING`) that
/// stands right before it, past the words of its bound and a possessive
/// ("holding her two children"), and that is no matched word.
fn held(quote: &str, value: &Value, hit: &dyn Fn(&Range<usize>) -> bool) -> bool {
    words_before(quote, value.start, 4)
        .into_iter()
        .rev()
        .find(|word| {
            let word = quote.get(word.clone()).unwrap_or("").to_ascii_lowercase();
            !BOUND_WORDS.contains(&word.as_str())
                && !["her", "his", "their"].contains(&word.as_str())
        })
        .is_some_and(|verb| {
            HOLDING.contains(
                &quote
                    .get(verb.clone())
                    .unwrap_or("")
                    .to_ascii_lowercase()
                    .as_str(),
            ) && !hit(&verb)
        })
}

/// Words of a value's bound that may stand between a part's cue and its
/// number ("including at least four").
const BOUND_WORDS: [&str; 11] = [
    "at", "least", "most", "about", "around", "some", "nearly", "almost", "more", "than", "over",
];

/// Words that introduce a part of a count written before ("the dead
/// include six children", "the 40 injured included 12 police officers").
const PART_CUES: [&str; 5] = ["including", "includes", "include", "included", "incl"];

/// Word pairs that introduce a part of a count written before.
const PART_PAIRS: [(&str, &str); 6] = [
    ("among", "them"),
    ("among", "whom"),
    ("among", "those"),
    ("of", "whom"),
    ("of", "which"),
    ("of", "these"),
];

/// How `value` is tied to the `matched` words of `quote`: a count's
/// subject is the noun right after it (past "more", "other" …), so the
/// words after it decide first, then the verb it is the subject of
/// (`predicate`); a value with no noun of its own takes the words before
/// it, up to a coordinator ("and", "but", "while", "or").
pub fn tie(quote: &str, value: &Value, matched: &[Range<usize>]) -> Tie {
    let hit = |span: &Range<usize>| {
        matched
            .iter()
            .any(|found| found.start < span.end && span.start < found.end)
    };
    if hit(&(value.start..value.end)) {
        return Tie::Counts;
    }
    // "A woman was found dead holding two children": the object of a verb
    // of holding counts those held, not the harmed, whatever its noun.
    if held(quote, value, &hit) {
        return Tie::Elsewhere;
    }
    let after = words_after(quote, part_noun(quote, value.end), 4);
    if let Some(last) = after.last() {
        if hit(&(value.end..last.end)) {
            // "…, killing 51 people" for a count of the people living in a
            // village: a matched noun that only says they are people
            // leaves the count to the participle of result it follows.
            let generic_only = after.iter().filter(|word| hit(word)).all(|word| {
                GENERIC
                    .iter()
                    .any(|generic| generic.eq_ignore_ascii_case(&quote[word.clone()]))
            });
            // A participle that names the rule's own event ("killing" for a
            // rule of the dead) keeps the count.
            // So does "claiming 44 lives": to claim lives is to kill.
            let other_event = |verb: Range<usize>| {
                let claims_lives = stem(&quote[verb.clone()]) == "claim"
                    && after
                        .iter()
                        .any(|word| hit(word) && quote[word.clone()].eq_ignore_ascii_case("lives"));
                !hit(&verb)
                    && !claims_lives
                    && !matched.iter().any(|found| {
                        quote
                            .get(found.clone())
                            .unwrap_or("")
                            .split(|ch: char| !ch.is_alphanumeric())
                            .any(|word| same_event(word, &quote[verb.clone()]))
                    })
            };
            if generic_only && result_participle(quote, value).is_some_and(other_event) {
                return Tie::Elsewhere;
            }
            return Tie::Counts;
        }
    }
    // "53 Ukrainian prisoners of war were killed": the count is the subject
    // of the matched verb, however long its noun phrase; in "12 of the 40
    // soldiers were killed" 40 is the whole a part is taken of, not it.
    if !partitive_whole(quote, value.start)
        && (predicate(quote, value.end).is_some_and(|verb| hit(&conjoined(quote, verb)))
            || bare_verb(quote, value).is_some_and(|verb| hit(&verb)))
    {
        return Tie::Counts;
    }
    let noun_span = after.iter().find(|word| {
        !MODIFIERS
            .iter()
            .any(|skip| skip.eq_ignore_ascii_case(&quote[(*word).clone()]))
    });
    let noun = noun_span.map(|word| &quote[word.clone()]);
    // "victims" counts people only beside a word of the rule's event
    // ("killed 12 victims", "23 victims died"): "the fraud left 300
    // victims" counts the fraud's.
    let victims = noun_span.is_some_and(|span| {
        quote[span.clone()].eq_ignore_ascii_case("victims")
            && (words_before(quote, value.start, 1).first().is_some_and(hit) || {
                // The clause's next words, as far as a count's verb is
                // read ("23 victims of the attack on Friday died").
                let rest = quote.get(span.end..).unwrap_or("");
                let stop = rest
                    .find([',', ';', '.', ':', '(', ')'])
                    .unwrap_or(rest.len());
                let end = tokens(&rest[..stop])
                    .take(PREDICATE_REACH)
                    .last()
                    .map_or(0, |(at, word)| at + word.len());
                end > 0 && hit(&(span.end..span.end + end))
            })
    });
    // A count of things is a whole number: "7.8 earthquake" counts none.
    let other = value.kind == ValueKind::Count
        && value.low.fract() == 0.0
        && noun.is_some_and(|noun| {
            !AUXILIARIES.iter().any(|aux| aux.eq_ignore_ascii_case(noun))
                && !GENERIC
                    .iter()
                    .any(|generic| generic.eq_ignore_ascii_case(noun))
                // "the deaths of over 100 Palestinians": a count of people
                // by nationality counts people, whatever the rule's noun.
                && !crate::values::is_demonym(noun)
        })
        && !victims;
    // "The blast killed 40 workers": the object of a matched verb right
    // before the count counts those it befell, whatever its noun of
    // people, when no matched word names a kind of people itself (a rule
    // of the militants killed reads "killing nine guards" as others').
    let befell = other
        && noun.is_some_and(|noun| names_people(noun) && event_family(noun).is_none())
        && words_before(quote, value.start, 1)
            .first()
            .is_some_and(|word| hit(word) && !names_people(&quote[word.clone()]))
        && !matched.iter().any(|found| {
            quote
                .get(found.clone())
                .is_some_and(|text| text.split_whitespace().any(names_people))
        });
    if befell {
        return Tie::Follows;
    }
    if other {
        return Tie::Other;
    }
    // "The death toll from the missile attack has increased to 10": the
    // level a change reached is the amount of its subject's head, which
    // here names no matched word (a count of missiles gets none).
    if let Some(head) = level_of(quote, value) {
        if hit(&head.span) {
            return Tie::Follows;
        }
        if head.named {
            return Tie::Elsewhere;
        }
    }
    // "40 were killed and 75 wounded": a word of another conjunct does not
    // reach past "and" to the count that opens its own.
    let mut before = words_before(quote, value.start, 3);
    if let Some(at) = before
        .iter()
        .rposition(|word| COORDINATORS.contains(&quote[word.clone()].to_ascii_lowercase().as_str()))
    {
        before.drain(..=at);
    }
    match before.first() {
        Some(first) if hit(&(first.start..value.start)) => Tie::Follows,
        _ if reached(quote, value, &hit) => Tie::Follows,
        _ if value.kind == ValueKind::Count && !partitive_whole(quote, value.start) => {
            // "Thousands of Chinese officers have studied …": a matched
            // word in the count's own noun phrase binds it to the rule.
            let subject_of = predicate(quote, value.end)
                .or_else(|| bare_verb(quote, value))
                .filter(|verb| !hit(&(value.end..verb.start)));
            if subject_of.is_some() || object_of(quote, value) {
                Tie::Elsewhere
            } else {
                Tie::Loose
            }
        }
        _ => Tie::Loose,
    }
}

/// The span of `verb` with a verb joined to it by "and" or "or" ("were
/// killed and injured").
fn conjoined(quote: &str, verb: Range<usize>) -> Range<usize> {
    let rest = quote.get(verb.end..).unwrap_or("");
    let mut next = tokens(rest);
    let joiner = next.next();
    // Past adverbs (at most three, so a count costs bounded work): "were
    // injured and later died" joins "died".
    let word = next
        .take(4)
        .find(|(_, word)| !is_adverb(&word.to_lowercase()));
    match (joiner, word) {
        (Some((_, joiner)), Some((at, word)))
            if ["and", "or"].contains(&joiner.to_ascii_lowercase().as_str())
                && word.starts_with(char::is_alphabetic) =>
        {
            verb.start..verb.end + at + word.len()
        }
        _ => verb,
    }
}

/// Whether the lower-cased `word` is an adverb read past between a verb's
/// auxiliary and the verb, or after "and" ("were also injured", "and later
/// died"): a word in -ly or one of a few of time and degree.
fn is_adverb(word: &str) -> bool {
    (word.len() > 4 && word.ends_with("ly"))
        || ["also", "now", "later", "since", "not", "still"].contains(&word)
}

/// Words in -ing or -ed that are no verb taking a count as its object.
/// Verbs of reaching an amount ("the toll climbed, reaching 57") take the
/// figure's own amount as their object.
#[rustfmt::skip]
const NOT_VERBS: [&str; 22] = [
    "including", "excluding", "during", "according", "following", "regarding", "concerning",
    "hundred", "reaching", "reached", "totalling", "totaling", "totalled", "totaled",
    "numbering", "numbered", "exceeding", "exceeded", "topping", "topped", "surpassing",
    "surpassed",
];

/// Whether a count is the object of a verb in -ing or -ed written right
/// before it, past the words of its bound ("…, killing at least two",
/// "killed two people"); "an estimated 30" is an adjective, no verb.
fn object_of(quote: &str, value: &Value) -> bool {
    let before = words_before(quote, value.start, 4);
    let mut words = before.iter().rev().map(|word| &quote[word.clone()]);
    let Some(verb) = words.find(|word| {
        !BOUND_WORDS
            .iter()
            .any(|bound| bound.eq_ignore_ascii_case(word))
    }) else {
        return false;
    };
    let lower = verb.to_ascii_lowercase();
    let article = words
        .next()
        .is_some_and(|word| ["a", "an", "the"].contains(&word.to_ascii_lowercase().as_str()));
    lower.len() >= 5
        && (lower.ends_with("ing") || lower.ends_with("ed"))
        && !NOT_VERBS.contains(&lower.as_str())
        && !article
}

/// The participle in -ing after a comma whose object the count is, past
/// the words of its bound ("…, killing 51 people", "…, injuring at least
/// 12"): the result of the clause before.
fn result_participle(quote: &str, value: &Value) -> Option<Range<usize>> {
    let before = words_before(quote, value.start, 4);
    let verb = before.iter().rev().find(|word| {
        !BOUND_WORDS
            .iter()
            .any(|bound| bound.eq_ignore_ascii_case(&quote[(*word).clone()]))
    })?;
    let lower = quote[verb.clone()].to_ascii_lowercase();
    let after_comma = quote
        .get(..verb.start)
        .unwrap_or("")
        .trim_end()
        .ends_with(',');
    (after_comma
        && lower.len() >= 5
        && lower.ends_with("ing")
        && !NOT_VERBS.contains(&lower.as_str()))
    .then(|| verb.clone())
}

/// Stems (`rulebook::pattern::stem`) that name one event in different
/// words: a death is what "killed", "died", "dead" and "deaths" tell.
const EVENT_FAMILIES: [&[&str]; 3] = [
    &[
        "kill", "die", "dead", "death", "fatal", "fatality", "perish", "bodi", "corps",
    ],
    &["injur", "injuri", "wound", "hurt"],
    &["miss", "unaccount"],
];

/// The family of `EVENT_FAMILIES` that names the missing.
pub const MISSING: usize = 2;

/// The family of `EVENT_FAMILIES` the word `word` names, by index.
/// "Lives" is the dead's ("claimed 44 lives"), not the stem of "live".
fn event_family(word: &str) -> Option<usize> {
    if word.eq_ignore_ascii_case("lives") {
        return Some(0);
    }
    let stem = stem(word);
    EVENT_FAMILIES
        .iter()
        .position(|family| family.contains(&stem.as_str()))
}

/// Whether `value` counts those an event of another family befell than
/// every family the rule's `matched` words name: its noun ("over 100
/// injured", "dozens more injured", "seven injured patients") or the verb
/// it is the subject of ("five people remain missing" is read by
/// `predicate`: "12 were wounded") names the injured to a rule of the dead,
/// the dead to a rule of the missing. A reader takes no death toll from a
/// count of the injured. A rule whose words name no family (a count of
/// casualties, of missiles) is left to the other ties.
/// `families` are those the `matched` words name (`families_of`), read
/// once per sentence by the caller: a sentence of many values stems its
/// matched words once, not once per value.
pub fn counts_other_family(
    quote: &str,
    value: &Value,
    matched: &[Range<usize>],
    families: &[usize],
) -> bool {
    let hit = |span: &Range<usize>| {
        matched
            .iter()
            .any(|found| found.start < span.end && span.start < found.end)
    };
    if families.is_empty() {
        return false;
    }
    // The count's noun phrase, with a noun joined to it by "and" or "or"
    // ("dozens of killed and injured"), and its verb with one joined to it
    // ("were killed and injured"): each names those it counts.
    // The noun phrase ends where a clause or a verb begins: in "three
    // people who were injured later died" the relative clause says who
    // they were, and what is said of them is "died".
    let mut noun = words_after(quote, part_noun(quote, value.end), 4);
    if let Some(cut) = noun.iter().position(|span| {
        let word = quote.get(span.clone()).unwrap_or("").to_lowercase();
        grammar::is_relative(&word) || grammar::is_auxiliary(&word)
    }) {
        noun.truncate(cut);
    }
    // Only a noun of an event joins one ("killed and injured"): in "killing
    // four people and wounding 38" the word after "and" opens a verb phrase.
    let joined = noun.last().and_then(|last| {
        event_family(quote.get(last.clone())?)?;
        let rest = quote.get(last.end..)?;
        let mut next = tokens(rest);
        let (_, joiner) = next.next()?;
        let (at, word) = next.next()?;
        (["and", "or"].contains(&joiner.to_ascii_lowercase().as_str())
            && word.starts_with(char::is_alphabetic))
        .then(|| last.end + at..last.end + at + word.len())
    });
    let verb = predicate(quote, value.end)
        .filter(|_| !partitive_whole(quote, value.start))
        .map(|verb| conjoined(quote, verb));
    let spans: Vec<Range<usize>> = noun.into_iter().chain(joined).chain(verb).collect();
    if spans.iter().any(hit) {
        return false;
    }
    let named: Vec<usize> = spans
        .iter()
        .flat_map(|span| {
            quote
                .get(span.clone())
                .unwrap_or("")
                .split(|ch: char| !ch.is_alphanumeric())
                .filter_map(event_family)
                .collect::<Vec<usize>>()
        })
        .collect();
    !named.is_empty() && named.iter().all(|family| !families.contains(family))
}

/// Whether `value` is a magnitude of another quake than the rule asks
/// about: a value that "magnitude" or "Richter" marks (`magnitude_of`:
/// "magnitude 5", "a magnitude of 6.1", "5.2 magnitude", "6.0-magnitude",
/// "measuring 6.1") measures the quake it qualifies and counts nothing.
/// So it is no figure of a rule that counts people ("Friday's
/// magnitude 5 quake killed some 900 people" gives the toll 900), nor of a
/// rule whose `triggers` leave out the quake noun it qualifies ("new
/// aftershocks following Sunday's 6.1 magnitude earthquake" gives a rule of
/// the aftershocks nothing); a magnitude whose quake noun is not written
/// beside it is left to the other ties.
pub fn measures_other_quake(
    quote: &str,
    value: &Value,
    triggers: &[Range<usize>],
    families: &[usize],
) -> bool {
    let Some(quake) = magnitude_of(quote, value) else {
        return false;
    };
    // Whether the rule counts people (`counts_people`), a quake noun read
    // as none ("tremors" ends as "survivors" does); a toll counts the
    // people a disaster killed ("the toll from the 7.1-magnitude quake").
    let people = !families.is_empty()
        || triggers.iter().any(|span| {
            words(quote.get(span.clone()).unwrap_or("")).any(|(_, word)| {
                (names_people(word) && !quake_noun(word))
                    || ["toll", "tolls"].contains(&word.to_ascii_lowercase().as_str())
            })
        });
    let hit = |range: &Range<usize>| {
        triggers
            .iter()
            .any(|span| span.start < range.end && range.start < span.end)
    };
    // A rule that names a quake of its own (a trigger holding a quake
    // noun) asks about that one; a trigger holding the value itself (a
    // regex that reads it, "a second 7.6 magnitude") takes it.
    let names_quake = triggers
        .iter()
        .any(|span| words(quote.get(span.clone()).unwrap_or("")).any(|(_, word)| quake_noun(word)));
    people
        || quake.is_some_and(|noun| names_quake && !hit(&noun) && !hit(&(value.start..value.end)))
}

/// Whether `word` is a noun of an earthquake (`QUAKE_NOUNS`), singular,
/// plural or possessive ("the quake's").
fn quake_noun(word: &str) -> bool {
    let lower = word.trim_matches('-').to_ascii_lowercase();
    let lower = lower
        .strip_suffix("'s")
        .or_else(|| lower.strip_suffix("’s"))
        .unwrap_or(&lower);
    QUAKE_NOUNS.contains(&lower.strip_suffix('s').unwrap_or(lower))
}

/// Whether `value` is a magnitude, and then the quake noun it qualifies
/// (its byte range), if one is written beside it: the first of
/// `MAGNITUDE_AFTER` words after the value ("a magnitude 5 quake", "the
/// 6.1 magnitude earthquake"), else the nearest of `MAGNITUDE_BEFORE`
/// words before it ("the quake, of magnitude 6", "the quake measured 6.1").
/// A value is a magnitude when "magnitude", "Richter", "measuring" or
/// "measured" stands right before it (through "of", "a" or "at"), or
/// "magnitude" or "on the Richter scale" right after it (through a hyphen).
fn magnitude_of(quote: &str, value: &Value) -> Option<Option<Range<usize>>> {
    let marker = |word: &str| {
        let lower = word.trim_matches('-').to_ascii_lowercase();
        MAGNITUDE_MARKERS.contains(&lower.as_str())
    };
    let before: Vec<(usize, &str)> = words(quote.get(..value.start).unwrap_or("")).collect();
    let after: Vec<(usize, &str)> = words(quote.get(value.end..).unwrap_or(""))
        .take(MAGNITUDE_AFTER + 3)
        .map(|(at, word)| (value.end + at, word))
        .collect();
    let lower = |word: &str| word.trim_matches('-').to_ascii_lowercase();
    // Only spaces, hyphens and the words read may stand between the value
    // and its marker: "magnitude 5", not "magnitude. 5".
    let glued = |from: usize, to: usize| {
        quote
            .get(from..to)
            .is_some_and(|between| between.chars().all(|ch| ch == ' ' || ch == '-'))
    };
    let marked_before = before
        .iter()
        .rev()
        .take(3)
        .skip_while(|(_, word)| ["of", "a", "at"].contains(&lower(word).as_str()))
        .take(1)
        .any(|(at, word)| {
            let measuring = ["measuring", "measured"].contains(&lower(word).as_str());
            (marker(word) || measuring)
                && quote
                    .get(at + word.len()..value.start)
                    .is_some_and(|between| {
                        between.split([' ', '-']).all(|gap| {
                            ["", "of", "a", "at"].contains(&gap.to_ascii_lowercase().as_str())
                        })
                    })
        });
    let marked_after = after.first().is_some_and(|(at, word)| {
        glued(value.end, *at) && marker(word)
            || lower(word) == "on"
                && after
                    .get(2)
                    .is_some_and(|(_, word)| lower(word) == "richter")
    });
    if !marked_before && !marked_after {
        return None;
    }
    let quake = |(at, word): &(usize, &str)| {
        quake_noun(word)
            .then(|| at + word.len() - word.trim_start_matches('-').len()..at + word.len())
    };
    let next = after
        .iter()
        .skip_while(|(_, word)| {
            let lower = lower(word);
            marker(word) || ["on", "the", "scale"].contains(&lower.as_str())
        })
        .take(MAGNITUDE_AFTER)
        .take_while(|(_, word)| !words::is_function_word(word))
        .find_map(quake);
    let prev = || before.iter().rev().take(MAGNITUDE_BEFORE).find_map(quake);
    Some(next.or_else(prev))
}

/// Words that mark a value as a magnitude (`magnitude_of`).
const MAGNITUDE_MARKERS: [&str; 2] = ["magnitude", "richter"];

/// Nouns of an earthquake, singular: what a magnitude measures.
#[rustfmt::skip]
const QUAKE_NOUNS: [&str; 7] = [
    "earthquake", "quake", "aftershock", "foreshock", "tremor", "temblor", "shock",
];

/// How many words after a magnitude (and its marker) its quake noun may
/// stand ("the 6.1 magnitude undersea earthquake").
const MAGNITUDE_AFTER: usize = 2;

/// How many words before a magnitude its quake noun may stand ("the quake
/// had a magnitude of 6").
const MAGNITUDE_BEFORE: usize = 5;

/// Whether `value` counts things for a rule that counts people: a count
/// of another noun (`Tie::Other`) whose first words (up to three, to a
/// function word) name no people and no matched word ("15 buildings",
/// "three ambulances", "16 relatives of the missing" all name what they
/// count, and none of it is the rule's), unless it is the object of a
/// matched verb ("killed 2 guards"). A noun of the reports or cases of
/// something counts its "of" phrase ("43 reports of missing people"), and
/// an amount noun measures what it names ("the 100-to-300 spectrum").
pub fn counts_things(quote: &str, value: &Value, matched: &[Range<usize>]) -> bool {
    let hit = |span: &Range<usize>| {
        matched
            .iter()
            .any(|found| found.start < span.end && span.start < found.end)
    };
    // "The attack killed 2 guards": the object of a matched verb is what
    // the rule counts, whatever its noun.
    if matched
        .iter()
        .any(|found| found.end <= value.start && object_after(quote, found, value))
    {
        return false;
    }
    // "The dead were 12 pilgrims", "the toll stood at 12": what a matched
    // word is said to be, or the level it stands at, is its count.
    if complement_of_matched(quote, value, matched) || is_level(quote, value, matched) {
        return false;
    }
    let noun = words_after(quote, part_noun(quote, value.end), 3);
    let Some(first) = noun.first() else {
        return false;
    };
    let lower = quote.get(first.clone()).unwrap_or("").to_lowercase();
    if AMOUNT_HEADS.contains(&lower.as_str()) || RANGE_NOUNS.contains(&lower.as_str()) {
        return false;
    }
    let last = noun.last().map_or(first.end, |last| last.end);
    let of_phrase = quote
        .get(last..)
        .and_then(|rest| rest.strip_prefix(" of "))
        .is_some();
    if of_phrase && INSTANCE_NOUNS.contains(&lower.as_str()) {
        return false;
    }
    !noun.iter().any(|span| {
        hit(span) || MODIFIERS.contains(&quote[span.clone()].to_lowercase().as_str())
            || names_people(&quote[span.clone()])
            // "dozens of killed and injured": those an event befell.
            || event_family(&quote[span.clone()]).is_some()
    })
}

/// Whether `value` is the complement of a copula whose subject holds a
/// matched word ("the dead were 12 pilgrims", "those killed are at least
/// 12 kids"): it says how many the matched word names.
fn complement_of_matched(quote: &str, value: &Value, matched: &[Range<usize>]) -> bool {
    let before = words_before(quote, value.start, 6);
    let lower = |at: usize| quote.get(before[at].clone()).unwrap_or("").to_lowercase();
    let mut at = before.len();
    while at > 0 && BOUND_WORDS.contains(&lower(at - 1).as_str()) {
        at -= 1;
    }
    let Some(verb) = at.checked_sub(1).and_then(|idx| before.get(idx)) else {
        return false;
    };
    ["were", "are", "was", "is"].contains(&lower(at - 1).as_str())
        && matched
            .iter()
            .any(|found| found.end <= verb.start && same_clause(quote, found.start, value.start))
}

/// Nouns of the reports or cases of something, which count what their "of"
/// phrase names ("43 reports of missing people", "12 cases of cholera").
const INSTANCE_NOUNS: [&str; 4] = ["reports", "cases", "report", "case"];

/// Nouns of a span of amounts, which a range measures ("the 100-to-300
/// spectrum", "the 50 to 60 range").
const RANGE_NOUNS: [&str; 4] = ["spectrum", "range", "bracket", "mark"];

/// Whether `matched` holds a word that names people or an event that
/// befalls them (`families` non-empty): the rule counts people, so a
/// count of things is none of its figure.
pub fn counts_people(quote: &str, matched: &[Range<usize>], families: &[usize]) -> bool {
    !families.is_empty()
        || matched.iter().any(|span| {
            quote
                .get(span.clone())
                .unwrap_or("")
                .split(|ch: char| !ch.is_alphanumeric())
                .any(|word| names_people(word) || acts_on_people(word))
        })
}

/// Whether `word` names an act only people undergo ("arrests", "detained",
/// "abducted"): a rule of it counts people, so "a coalition of 12 rights
/// organisations accused the police of arbitrary arrests" gives it no count.
fn acts_on_people(word: &str) -> bool {
    let lower = word.to_lowercase();
    ACTS_ON_PEOPLE.iter().any(|act| lower.starts_with(act))
}

/// Word beginnings of acts only people undergo.
const ACTS_ON_PEOPLE: [&str; 6] = [
    "arrest",
    "detain",
    "detention",
    "abduct",
    "kidnap",
    "deport",
];

/// Whether one of the `matched` words names the people a rule counts by a
/// group of its own ("militants", "fighters", "gunmen"), no noun any victim
/// takes ("people", "victims", "civilians", "the dead") nor a nationality:
/// a count of another noun (`Tie::Other`, "killing 9–11 guards") counts
/// others than the rule's.
pub fn names_group(quote: &str, matched: &[Range<usize>]) -> bool {
    matched.iter().any(|span| {
        let word = quote.get((*span).clone()).unwrap_or("");
        !word.contains(char::is_whitespace)
            && names_people(word)
            && !is_person(&word.to_lowercase())
            && !GROUPS.contains(&word.to_lowercase().as_str())
            && !crate::values::is_demonym(word)
            && event_family(word).is_none()
    })
}

/// The families of `EVENT_FAMILIES` the `matched` words name, sorted and
/// without repeats.
pub fn families_of(quote: &str, matched: &[Range<usize>]) -> Vec<usize> {
    let mut families: Vec<usize> = matched
        .iter()
        .filter_map(|span| quote.get(span.clone()))
        .flat_map(|text| text.split(|ch: char| !ch.is_alphanumeric()))
        .filter_map(event_family)
        .collect();
    families.sort_unstable();
    families.dedup();
    families
}

/// Whether the words `a` and `b` name one event: the same stem, or stems
/// of one family of `EVENT_FAMILIES` ("killing" and "dead").
fn same_event(a: &str, b: &str) -> bool {
    let (a, b) = (stem(a), stem(b));
    !a.is_empty()
        && (a == b
            || EVENT_FAMILIES
                .iter()
                .any(|family| family.contains(&a.as_str()) && family.contains(&b.as_str())))
}

/// The verb in -ed right after a count of people with no auxiliary ("two
/// people died on Tuesday").
fn bare_verb(quote: &str, value: &Value) -> Option<Range<usize>> {
    let after = words_after(quote, value.end, 2);
    let noun = after.first()?;
    // "Four people — a woman and her three children — died": past an aside
    // set off by dashes or brackets right after the noun.
    let verb = match after.get(1) {
        Some(verb) => verb.clone(),
        None => {
            let rest = quote.get(noun.end..)?;
            let trimmed = rest.trim_start();
            let opener = trimmed.chars().next()?;
            let closer = match opener {
                '—' | '–' => opener,
                '(' => ')',
                _ => return None,
            };
            let inner = trimmed.get(opener.len_utf8()..)?;
            let close = inner.find(closer)?;
            let resume = quote.len() - inner.len() + close + closer.len_utf8();
            words_after(quote, resume, 1).first()?.clone()
        }
    };
    let generic = GENERIC
        .iter()
        .any(|generic| generic.eq_ignore_ascii_case(&quote[noun.clone()]));
    let lower = quote[verb.clone()].to_ascii_lowercase();
    (generic && lower.len() >= 4 && lower.ends_with("ed")).then_some(verb)
}

/// Whether the words at `hit` tell what `value` counts: one of the first
/// two words after it, past "more", "other" … ("three missing", "five more
/// went missing"), or the verb it is the subject of ("12 were missing").
/// Words that hold the value itself ("36 others") name the sentence, not a
/// value: they belong to none.
pub fn owns(quote: &str, value: &Value, hit: &Range<usize>) -> bool {
    #[cfg(test)]
    OWNS_CALLS.with(|calls| calls.set(calls.get() + 1));
    let overlaps = |span: &Range<usize>| span.start < hit.end && hit.start < span.end;
    if overlaps(&(value.start..value.end)) {
        return false;
    }
    let noun = words_after(quote, part_noun(quote, value.end), 4)
        .into_iter()
        .skip_while(|word| {
            MODIFIERS
                .iter()
                .any(|modifier| modifier.eq_ignore_ascii_case(&quote[word.clone()]))
        })
        .take(2)
        .any(|word| overlaps(&word));
    let verb = predicate(quote, value.end).filter(|_| !partitive_whole(quote, value.start));
    noun || verb.as_ref().is_some_and(overlaps)
}

/// Whether `value` is the object of the word at `hit`, written right after
/// it past the words of its bound ("injured 30", "injuring at least 38",
/// "wounded more than 40").
pub fn object_after(quote: &str, hit: &Range<usize>, value: &Value) -> bool {
    let Some(between) = quote.get(hit.end..value.start) else {
        return false;
    };
    if between.len() > 24 || between.contains(|ch: char| !ch.is_alphabetic() && ch != ' ') {
        return false;
    }
    between.split_whitespace().all(|word| {
        BOUND_WORDS
            .iter()
            .any(|bound| bound.eq_ignore_ascii_case(word))
    })
}

/// The indices of the `matched` spans the count `value` is bound to by its
/// own phrase: a match it stands in, the noun phrase it counts and the verb
/// it is the subject of. "eight prison staff were also injured" binds
/// "staff" and "injured", where "75 wounded" binds "wounded" alone.
pub fn bound<'a>(
    quote: &str,
    value: &Value,
    matched: &'a [Range<usize>],
) -> impl Iterator<Item = usize> + 'a {
    // The noun phrase of the whole a part is taken of ends before the verb,
    // which is the part's: "six of the 31 dead were children" binds 31 to
    // "dead" only.
    let whole = partitive_whole(quote, value.start);
    let mut noun_words = words_after(quote, part_noun(quote, value.end), 4);
    if whole {
        if let Some(cut) = noun_words.iter().position(|span| {
            grammar::is_auxiliary(&quote.get(span.clone()).unwrap_or("").to_lowercase())
        }) {
            noun_words.truncate(cut);
        }
    }
    // So does a count's noun phrase before a verb of inclusion: "the 15
    // dead include six children" binds 15 to "dead" only, the children
    // being the part's.
    if let Some(cut) = noun_words.iter().position(|span| {
        PART_CUES.contains(
            &quote
                .get(span.clone())
                .unwrap_or("")
                .to_lowercase()
                .as_str(),
        )
    }) {
        noun_words.truncate(cut);
    }
    let noun = noun_words.last().map(|last| value.end..last.end);
    let verb = predicate(quote, value.end)
        .or_else(|| {
            shared_predicate(
                quote,
                value,
                noun.as_ref().map_or(value.end, |noun| noun.end),
            )
        })
        .filter(|_| !whole);
    let beneficiary = beneficiary(quote, value);
    let overlaps = |found: &Range<usize>, span: &Range<usize>| {
        found.start < span.end && span.start < found.end
    };
    // A match the value stands in ("400 and 150 people") binds it too.
    let own = Some(value.start..value.end);
    matched
        .iter()
        .enumerate()
        .filter(move |(_, found)| {
            [&own, &noun, &verb, &beneficiary]
                .into_iter()
                .flatten()
                .any(|span| overlaps(found, span))
        })
        .map(|(idx, _)| idx)
}

/// The indices of the `matched` spans `value`'s own phrase binds, read more
/// widely than `bound`: besides a match it stands in, its noun phrase and its
/// verb, a matched word among the three words right before it in its own
/// conjunct ("killing nine children", "magnitude 6.9") and the head of the
/// amount it is the level of ("the toll has risen to 75"). A matched word
/// elsewhere in the sentence ("132 people were killed in police raids" for
/// "police") is no part of it.
pub fn binding(quote: &str, value: &Value, matched: &[Range<usize>]) -> Vec<usize> {
    let overlaps = |found: &Range<usize>, span: &Range<usize>| {
        found.start < span.end && span.start < found.end
    };
    let mut before = words_before(quote, value.start, 3);
    if let Some(at) = before
        .iter()
        .rposition(|word| COORDINATORS.contains(&quote[word.clone()].to_ascii_lowercase().as_str()))
    {
        before.drain(..=at);
    }
    let before = before.first().map(|first| first.start..value.start);
    let head = level_of(quote, value).map(|head| head.span);
    let relative = relative_verb(quote, value);
    let mut found: Vec<usize> = bound(quote, value, matched).collect();
    found.extend(
        matched
            .iter()
            .enumerate()
            .filter(|(_, span)| {
                [&before, &head, &relative]
                    .into_iter()
                    .flatten()
                    .any(|near| overlaps(span, near))
            })
            .map(|(idx, _)| idx),
    );
    found.sort_unstable();
    found.dedup();
    found
}

/// The verb of a relative clause on a count's noun phrase, past its
/// auxiliaries and adverbs: "died" in "four police officers who died",
/// "killed" in "three soldiers who were later killed".
fn relative_verb(quote: &str, value: &Value) -> Option<Range<usize>> {
    let rest = quote.get(value.end..)?;
    // Bounded: the noun phrase is read within a few words of the count.
    let words: Vec<(usize, &str)> = tokens(rest).take(10).collect();
    let relative = words
        .iter()
        .take(6)
        .take_while(|(_, word)| word.starts_with(char::is_alphabetic))
        .position(|(_, word)| ["who", "that"].contains(&word.to_ascii_lowercase().as_str()))
        .filter(|at| *at > 0)?;
    words
        .iter()
        .skip(relative + 1)
        .take(4)
        .take_while(|(_, word)| word.starts_with(char::is_alphabetic))
        .find(|(_, word)| {
            let lower = word.to_ascii_lowercase();
            !(is_adverb(&lower) || grammar::is_auxiliary(&lower))
        })
        .map(|(at, word)| value.end + at..value.end + at + word.len())
}

/// Whether `value` is the subject of a verb of its own (`predicate`, with
/// a verb joined to it) that holds no `matched` word: "58 people are still
/// being treated" after a toll of the dead.
pub fn subject_of_other_verb(quote: &str, value: &Value, matched: &[Range<usize>]) -> bool {
    !partitive_whole(quote, value.start)
        && predicate(quote, value.end).is_some_and(|verb| {
            let verb = conjoined(quote, verb);
            !matched
                .iter()
                .any(|found| found.start < verb.end && verb.start < found.end)
        })
}

/// The verb a count shares with a count coordinated after it, whose noun
/// phrase ends at byte `end`: "19 of its soldiers and more than 150
/// insurgents were killed" says both were killed, each count of its own
/// noun. Not a count that is the object of a verb before it ("killed 12
/// soldiers and 30 more were injured"), where "and" opens a clause.
fn shared_predicate(quote: &str, value: &Value, end: usize) -> Option<Range<usize>> {
    if object_of(quote, value) {
        return None;
    }
    let rest = quote.get(end..)?;
    let mut words = tokens(rest);
    let (_, joiner) = words.next()?;
    if !joiner.eq_ignore_ascii_case("and") {
        return None;
    }
    let (at, number) = words.find(|(_, word)| {
        !BOUND_WORDS
            .iter()
            .any(|bound| bound.eq_ignore_ascii_case(word))
    })?;
    let counts =
        number.starts_with(|ch: char| ch.is_ascii_digit()) || words::number_word(number).is_some();
    counts.then(|| predicate(quote, end + at + number.len()))?
}

/// Whether `value`, a sum of money, is paid for whom or what a `matched`
/// word names: its "for" phrase (`beneficiary`) holds one ("Rs 3 lakh for
/// the deceased's next of kin", not "Rs 25,000 for the injured").
pub fn paid_for_matched(quote: &str, value: &Value, matched: &[Range<usize>]) -> bool {
    beneficiary(quote, value).is_some_and(|phrase| {
        matched
            .iter()
            .any(|found| found.start < phrase.end && phrase.start < found.end)
    })
}

/// The "for" phrase right after a sum of money, which names whom or what
/// it is paid for ("Rs 3 lakh for the next of kin of each deceased and Rs
/// 25,000 for the injured", "$2,000 to each family of the dead"): up to a
/// mark, a coordinator or a number, within `PREDICATE_BYTES`.
fn beneficiary(quote: &str, value: &Value) -> Option<Range<usize>> {
    if value.kind != ValueKind::Money {
        return None;
    }
    let rest = quote.get(value.end..)?;
    let cut = crate::text::floor_boundary(rest, rest.len().min(PREDICATE_BYTES));
    let mut words = tokens(rest.get(..cut)?);
    let (_, first) = words.next()?;
    if !["for", "to", "each", "per"].contains(&first.to_ascii_lowercase().as_str()) {
        return None;
    }
    let mut end = value.end;
    for (at, word) in words {
        let lower = word.to_ascii_lowercase();
        if !word.starts_with(char::is_alphabetic) || CLAUSE_WORDS.contains(&lower.as_str()) {
            break;
        }
        end = value.end + at + word.len();
    }
    (end > value.end).then_some(value.end..end)
}

/// The verb a count written at byte `end` is the subject of: past its noun
/// phrase ("Ukrainian prisoners of war"), an auxiliary, adverbs and the
/// participle or verb after them ("were also injured", "have died"), inside
/// its own clause (no mark, another number, coordinator, relative pronoun
/// or subordinator before the auxiliary: "12 of the 40 soldiers were
/// killed" gives 12 no verb, "after two soldiers were killed" ends 30's
/// clause in "shot 30 militants after …"), with fewer than
/// `PREDICATE_REACH` words before the auxiliary.
fn predicate(quote: &str, end: usize) -> Option<Range<usize>> {
    let rest = quote.get(end..)?;
    // Bounded: a verb is read within `PREDICATE_BYTES` of the count, so a
    // sentence of many values costs linear work.
    let cut = crate::text::floor_boundary(rest, rest.len().min(PREDICATE_BYTES));
    let rest = rest.get(..cut)?;
    let mut aux: Option<usize> = None;
    // The words before the current one: a number after "of" or "of the" is
    // the whole a part is taken of ("12 of the 40 soldiers were killed").
    let mut before: [&str; 2] = ["", ""];
    let words: Vec<(usize, &str)> = tokens(rest).take(PREDICATE_REACH + 12).collect();
    let mut raised = false;
    // "Three people, including a boy who died today, were injured", "Three
    // people — a man and his two sons — were killed", "Five people (two of
    // them children) were hurt": the part or aside set off by commas,
    // dashes or brackets after the noun phrase is skipped, to the mark
    // that closes it before the verb's auxiliary.
    let (mut skip_to, mut skipped) = (0, 0);
    for (n, (start, token)) in words.iter().copied().enumerate() {
        if n < skip_to {
            continue;
        }
        let word_at = |at: usize| words.get(at).map_or("", |(_, word)| *word);
        let closer = match token {
            "," if word_at(n + 1).eq_ignore_ascii_case("including") => Some(","),
            "—" | "–" => Some(token),
            "(" => Some(")"),
            _ => None,
        };
        if let Some(closer) = closer.filter(|_| aux.is_none()) {
            if let Some(close) = (n + 1..words.len()).find(|at| {
                word_at(*at) == closer && grammar::is_auxiliary(&word_at(at + 1).to_lowercase())
            }) {
                skip_to = close + 1;
                skipped = skip_to - n;
                continue;
            }
        }
        let whole = token.starts_with(|ch: char| ch.is_ascii_digit())
            && (before[1].eq_ignore_ascii_case("of")
                || (before[0].eq_ignore_ascii_case("of")
                    && ["the", "those", "its", "their"].contains(&before[1])));
        if !token.starts_with(char::is_alphabetic) && !whole {
            return None;
        }
        before = [before[1], token];
        let at = end + start;
        let lower = token.to_lowercase();
        let lower = lower.as_str();
        match aux {
            Some(_) if raised && lower == "to" => {}
            // Past adverbs and auxiliaries ("were also injured").
            Some(_) if is_adverb(lower) || crate::text::grammar::is_auxiliary(lower) => {}
            Some(first) => {
                // "51 people are known to have been killed": a verb of
                // knowing or saying in the passive raises the count to the
                // infinitive's subject, whose verb is the one.
                let to_follows = words
                    .get(n + 1)
                    .is_some_and(|(_, next)| next.eq_ignore_ascii_case("to"));
                if !raised && to_follows && RAISING.contains(&lower) {
                    raised = true;
                    continue;
                }
                // "14 people were reported dead", "were pronounced dead",
                // "are listed as missing": a verb of saying or declaring
                // in the passive takes what they are said to be along.
                if RAISING.contains(&lower) || DECLARING.contains(&lower) {
                    let next = n
                        + 1
                        + usize::from(
                            words
                                .get(n + 1)
                                .is_some_and(|(_, next)| next.eq_ignore_ascii_case("as")),
                        );
                    if let Some((start, said)) = words.get(next).filter(|(_, said)| {
                        said.starts_with(char::is_alphabetic) && !words::is_function_word(said)
                    }) {
                        return Some(first..end + start + said.len());
                    }
                }
                return Some(first..at + token.len());
            }
            None if n - skipped >= PREDICATE_REACH || CLAUSE_WORDS.contains(&lower) => return None,
            None if crate::text::grammar::is_auxiliary(lower) => aux = Some(at),
            None => {}
        }
    }
    None
}

/// Whether a count written at byte `start` is the whole a part is taken
/// of: after "N of", "N of the", "N of those", "N of its", "N of their"
/// ("12 of the 40 soldiers", "five of the 40 soldiers").
fn partitive_whole(quote: &str, start: usize) -> bool {
    let head = quote.get(..start).unwrap_or("");
    let mut words = head.split_whitespace().rev();
    let mut word = words.next().unwrap_or("");
    if ["the", "those", "its", "their"].contains(&word.to_ascii_lowercase().as_str()) {
        word = words.next().unwrap_or("");
    }
    if !word.eq_ignore_ascii_case("of") {
        return false;
    }
    words.next().is_some_and(|part| {
        part.starts_with(|ch: char| ch.is_ascii_digit()) || words::number_word(part).is_some()
    })
}

/// Whether `part` is the part a partitive takes of `whole`, the value
/// right after it: "six of the 31 dead", "12 of 40 soldiers".
pub fn part_of_whole_after(quote: &str, part: &Value, whole: &Value) -> bool {
    let between = quote
        .get(part.end..whole.start)
        .unwrap_or("")
        .to_ascii_lowercase();
    let between: Vec<&str> = between.split_whitespace().collect();
    matches!(
        between.as_slice(),
        ["of"] | ["of", "the" | "those" | "its" | "their"]
    ) && partitive_whole(quote, whole.start)
}

/// A sentence with its ASCII lower case, made once for the readers of each
/// of its values (the two have the same byte offsets).
#[derive(Clone, Copy)]
pub struct Lowered<'a> {
    /// The sentence as written.
    pub text: &'a str,
    /// `text` in ASCII lower case (`lowered`), byte for byte.
    pub lower: &'a str,
}

/// `quote` lower-cased, once per sentence.
pub fn lowered(quote: &str) -> String {
    #[cfg(test)]
    LOWERED_BYTES.with(|read| read.set(read.get() + quote.len()));
    quote.to_ascii_lowercase()
}

/// What a partitive says of its part `part`, up to the end of the clause:
/// "five of the 11 wounded are in serious condition" (after the whole's
/// noun phrase, from its verb) or "of the 40 passengers on board, 12
/// managed to escape" (the whole set before, after a comma). Its words are
/// the part's: the part counts those who are in serious condition, who
/// escaped. `None` for a count that is no such part.
pub fn said_of_part(quote: &Lowered<'_>, part: &Value) -> Option<Range<usize>> {
    let Lowered {
        text: quote,
        lower: lower_all,
    } = *quote;
    let lower = lower_all.get(part.end..)?;
    let from = if let Some(rest) = lower
        .strip_prefix(" of the ")
        .or_else(|| lower.strip_prefix(" of those "))
        .or_else(|| lower.strip_prefix(" of "))
    {
        // "M of the N X <verb> …": the verb after the whole's noun phrase
        // (the word right after N may be a participle of it: "the 11
        // wounded individuals are").
        if !rest.starts_with(|ch: char| ch.is_ascii_digit())
            && rest
                .split_whitespace()
                .next()
                .is_none_or(|word| words::number_word(word).is_none())
        {
            return None;
        }
        let whole_at = part.end + (lower.len() - rest.len());
        let (at, _) = tokens(quote.get(whole_at..)?)
            .take(7)
            .skip(2)
            .take_while(|(_, word)| word.starts_with(char::is_alphabetic))
            .find(|(_, word)| opens_predicate(&word.to_ascii_lowercase()))?;
        whole_at + at
    } else {
        // "Of the 40 passengers on board, 12 …": the whole opens the
        // sentence or a clause, a comma right before the part.
        let head = quote.get(..part.start)?.trim_end();
        let head = head.strip_suffix(',')?;
        let open = lower_all.get(..head.len())?.rfind("of the ")?;
        let opens = head
            .get(..open)
            .is_some_and(|before| before.trim_end().is_empty() || before.trim_end().ends_with(','));
        let whole = head.get(open + "of the ".len()..)?;
        let numbered = whole.starts_with(|ch: char| ch.is_ascii_digit())
            || whole
                .split_whitespace()
                .next()
                .is_some_and(|word| words::number_word(word).is_some());
        if !opens || !numbered || whole.contains(',') {
            return None;
        }
        part.end
    };
    let rest = quote.get(from..)?;
    let end = [",", ";", ".", ":", " and ", " while ", " but "]
        .iter()
        .filter_map(|mark| rest.find(mark))
        .min()
        .unwrap_or(rest.len());
    Some(from..from + end)
}

/// Whether `value` is the part a fronted partitive of the dead takes: "Of
/// the 15 postmortems conducted so far, 14 victims died from gunshot
/// wounds", "Of the 30 dead, 12 were children". The whole opens the
/// sentence or a clause and counts the dead or their examinations, so the
/// part is a share of them by cause or kind, never the toll ("Of the 40
/// passengers on board, 12 died" counts the dead in its part).
pub fn part_of_fronted_dead(quote: &str, value: &Value) -> bool {
    let Some(head) = quote.get(..value.start) else {
        return false;
    };
    let Some(head) = head.trim_end().strip_suffix(',') else {
        return false;
    };
    let lower = head.to_ascii_lowercase();
    let Some(open) = lower.rfind("of the ") else {
        return false;
    };
    let opens = lower
        .get(..open)
        .is_some_and(|before| before.trim_end().is_empty() || before.trim_end().ends_with(','));
    let whole = lower.get(open + "of the ".len()..).unwrap_or("");
    let mut found = whole.split_whitespace();
    let numbered = found.next().is_some_and(|word| {
        word.starts_with(|ch: char| ch.is_ascii_digit()) || words::number_word(word).is_some()
    });
    opens
        && numbered
        && !whole.contains(',')
        && found
            .take(3)
            .any(|word| DEAD_WHOLES.contains(&word.trim_matches(|ch: char| !ch.is_alphanumeric())))
}

/// Nouns of the dead, or of the examinations of their bodies, that a
/// fronted partitive's whole may count (`part_of_fronted_dead`).
#[rustfmt::skip]
const DEAD_WHOLES: [&str; 12] = [
    "dead", "deceased", "victims", "bodies", "fatalities", "deaths", "corpses", "postmortems",
    "post-mortems", "autopsies", "killed", "remains",
];

/// Whether `ch` belongs to a word of `tokens`: a letter, digit, hyphen or
/// apostrophe.
fn is_word_char(ch: char) -> bool {
    ch.is_alphanumeric() || matches!(ch, '-' | '\'' | '’')
}

/// The words of `text` with their byte offsets, in order: `tokens` without
/// its punctuation marks.
pub(crate) fn words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    tokens(text).filter(|(_, token)| token.starts_with(is_word_char))
}

/// `tokens`, for the other readers of a figure's sentence.
pub(super) fn marks_and_words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    tokens(text)
}

/// The words and punctuation marks of `text` with their byte offsets, in
/// order and read lazily: a word is a run of letters, digits, hyphens and
/// apostrophes; any other mark but a space is a token of its own.
fn tokens(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut at = 0;
    std::iter::from_fn(move || {
        let (start, ch) = loop {
            let ch = char_at(text, at)?;
            if !ch.is_whitespace() {
                break (at, ch);
            }
            at += ch.len_utf8();
        };
        let mut stop = start + ch.len_utf8();
        if is_word_char(ch) {
            while let Some(next) = char_at(text, stop).filter(|next| is_word_char(*next)) {
                stop += next.len_utf8();
            }
        }
        at = stop;
        Some((start, text.get(start..stop).unwrap_or("")))
    })
}

/// The character of `text` at byte `at` (a character boundary): an ASCII
/// byte read on the spot, another character decoded; `None` at the end.
fn char_at(text: &str, at: usize) -> Option<char> {
    match text.as_bytes().get(at) {
        Some(&byte) if byte.is_ascii() => Some(char::from(byte)),
        Some(_) => text.get(at..).and_then(|rest| rest.chars().next()),
        None => None,
    }
}

/// Whether `value` is the level a matched word's amount reached: after a
/// verb of change or of standing and "to"/"at", with the matched word up to
/// four words before the verb ("the toll later rose to 52", "the number of
/// dead now stands at 57").
fn reached(quote: &str, value: &Value, hit: &dyn Fn(&Range<usize>) -> bool) -> bool {
    let before = words_before(quote, value.start, 6);
    let n = before.len();
    let text = |idx: usize| before.get(idx).map_or("", |word| &quote[word.clone()]);
    let level = n >= 3
        && ["to", "at"].contains(&text(n - 1))
        && (words::is_change_word(text(n - 2))
            || ["stands", "stood", "stand", "standing"].contains(&text(n - 2)));
    level
        && before
            .first()
            .is_some_and(|first| hit(&(first.start..before[n - 2].start)))
}

/// The head of the subject whose amount a value is the level of: "the
/// death toll" in "The death toll from the strike has risen to 52", "the
/// number of people killed" in "The number of people killed in the attack
/// increased to 8".
struct Head {
    /// From the subject's first word to the word before its first
    /// preposition (past the "of" of an amount noun).
    span: Range<usize>,
    /// Whether the head names what it measures (a word besides determiners
    /// and amount nouns: "death toll" does, "the toll" does not).
    named: bool,
}

/// The head of the subject `value` is the level of: the value after "to"
/// or "at" and a verb of change or standing ("has increased to 10", "now
/// stands at 57"). Read backwards from the verb: its noun phrase, past each
/// prepositional phrase on it ("The death toll [from the attack] [on
/// Kramatorsk] has increased"), to the first one no preposition opens; an
/// amount noun takes its "of" phrase along ("the number of people killed").
fn level_of(quote: &str, value: &Value) -> Option<Head> {
    let before = words_before(quote, value.start, 24);
    let n = before.len();
    let lower = |idx: usize| {
        before.get(idx).map_or(String::new(), |word| {
            quote[word.clone()].to_ascii_lowercase()
        })
    };
    let last_word = lower(n.checked_sub(1)?);
    // "…, bringing the death toll to 15", "put the toll at 40": a verb
    // that makes its object's amount change or stand takes the value after
    // "to"/"at" as the level of that object.
    if ["to", "at"].contains(&last_word.as_str()) {
        if let Some(head) = object_level(&before, &lower) {
            return Some(head);
        }
    }
    // "The number of casualties has reached 35": a verb of reaching takes
    // the level as its object, with no "to".
    let reaching = REACHING.contains(&last_word.as_str()) || words::is_exceeding(&last_word);
    let mut verb = if reaching { n - 1 } else { n.checked_sub(2)? };
    // "has gone up to 23": the particle's verb is the verb of change.
    if !reaching
        && verb > 0
        && ["up", "down"].contains(&lower(verb).as_str())
        && words::is_change_word(&lower(verb - 1))
    {
        verb -= 1;
    }
    let standing = ["stands", "stood", "stand", "standing"].contains(&lower(verb).as_str());
    if !reaching
        && (!["to", "at"].contains(&last_word.as_str())
            || !(words::is_change_word(&lower(verb)) || standing))
    {
        return None;
    }
    // Auxiliaries and adverbs before the verb ("has now risen").
    while verb > 0 && {
        let word = lower(verb - 1);
        crate::text::grammar::is_auxiliary(&word)
            || ["now", "later", "since", "also", "further", "again"].contains(&word.as_str())
            || (word.len() > 4 && word.ends_with("ly"))
    } {
        verb -= 1;
    }
    let stops = |word: &str| {
        PREPOSITIONS.contains(&word)
            || CLAUSE_WORDS.contains(&word)
            || crate::text::grammar::is_auxiliary(word)
            || (words::is_function_word(word) && !grammar::is_definite(word))
    };
    // The noun phrase ending before `end`: back to a determiner (kept) or
    // a word that stops it.
    // "Milestone School and College": an "and" between two capitalised
    // words joins the words of one name, no clauses.
    let capitalised = |idx: usize| {
        before
            .get(idx)
            .is_some_and(|word| quote[word.clone()].starts_with(|ch: char| ch.is_uppercase()))
    };
    let in_name =
        |idx: usize| lower(idx) == "and" && idx > 0 && capitalised(idx - 1) && capitalised(idx + 1);
    let phrase_start = |end: usize| {
        let mut at = end;
        while at > 0 {
            let word = lower(at - 1);
            if grammar::is_definite(&word) {
                return at - 1;
            }
            if stops(&word) && !in_name(at - 1) {
                break;
            }
            at -= 1;
        }
        at
    };
    let mut end = verb;
    let mut start = phrase_start(end);
    loop {
        if start > 1 && start < end && PREPOSITIONS.contains(&lower(start - 1).as_str()) {
            end = start - 1;
            start = phrase_start(end);
            continue;
        }
        // "The death toll from the blast and the fire rose to 65": a
        // phrase joined by "and"/"or" to a preposition's object is a second
        // object of that preposition, not the subject.
        if start > 2 && start < end && ["and", "or"].contains(&lower(start - 1).as_str()) {
            let joined = phrase_start(start - 1);
            if joined > 1
                && joined < start - 1
                && PREPOSITIONS.contains(&lower(joined - 1).as_str())
            {
                end = joined - 1;
                start = phrase_start(end);
                continue;
            }
        }
        // "The death toll from the quake that struck the island has risen
        // to 41": a relative clause after the subject's noun is no part of
        // its head; the head is the noun the clause modifies.
        if let Some(relative) = relative_opening(start, &lower) {
            end = relative;
            start = phrase_start(end);
            continue;
        }
        break;
    }
    // Reading back reached the first word read: only the opening of a
    // clause there (the text's start or a mark) makes it the subject's.
    let opened = quote
        .get(..before.first()?.start)
        .unwrap_or("")
        .trim_end()
        .chars()
        .next_back()
        .is_none_or(|ch| matches!(ch, ',' | ';' | ':' | '.' | '(' | '"' | '“' | '—' | '–'));
    if start >= end || (start == 0 && !opened) {
        return None;
    }
    // "the number of people killed": past the amount noun's "of".
    let mut last = end;
    if AMOUNT_HEADS.contains(&lower(end - 1).as_str()) && lower(end) == "of" {
        last = end + 1;
        while last < verb && !stops(&lower(last)) {
            last += 1;
        }
    }
    let named = (start..last).any(|at| {
        let word = lower(at);
        !grammar::is_definite(&word) && !AMOUNT_HEADS.contains(&word.as_str()) && word != "of"
    });
    let (first, final_word) = (before.get(start)?, before.get(last - 1)?);
    Some(Head {
        span: first.start..final_word.end,
        named,
    })
}

/// The index of the relative pronoun ("that", "which", "who") that opens
/// a short relative clause ending at word `start` (the clause's verb and
/// up to `RELATIVE_REACH` words before the phrase at `start`, as in "that
/// struck the island", "which had hit the town"), when a noun stands before
/// the pronoun: the words before `start` are then the noun it modifies.
fn relative_opening(start: usize, lower: &dyn Fn(usize) -> String) -> Option<usize> {
    let first = lower(start);
    // "that struck the island": the pronoun, then the clause's verb (the
    // phrase read may start at it, as in "which swept through the town",
    // or at the pronoun itself, which a determiner's "that" opens: "the
    // quake that struck Cebu has risen").
    (start.saturating_sub(RELATIVE_REACH + 1)..=start)
        .rev()
        .find(|at| ["that", "which", "who"].contains(&lower(*at).as_str()))
        .filter(|at| {
            let noun = at.checked_sub(1).map(lower).unwrap_or_default();
            let verb = lower(*at + 1);
            *at > 0
                && !noun.is_empty()
                && !words::is_function_word(&noun)
                && !PREPOSITIONS.contains(&noun.as_str())
                && !CLAUSE_WORDS.contains(&noun.as_str())
                && saying::uses(&noun).is_none()
                && !words::is_function_word(&verb)
                && !grammar::is_definite(&verb)
                // "the toll that the flood caused": an object's relative
                // clause opens with its subject, not read here (with the
                // pronoun at `start`, its next word is that subject).
                && (*at == start || *at + 1 < start || !grammar::is_definite(&first))
                && ((*at + 1)..start).all(|inner| !CLAUSE_WORDS.contains(&lower(inner).as_str()))
        })
}

/// How many words a relative clause's verb group may hold before the
/// phrase that ends it ("that had struck", "which was felt across").
const RELATIVE_REACH: usize = 4;

/// The head of the object of a verb that sets an amount (`SETTING`), when
/// the words `before` a value end "<verb> <object> to" or "… at": "bringing
/// the number of victims of this attack to 56" gives "the number of
/// victims". The object is a noun phrase of at most eight words opened by
/// a determiner; past an amount noun's "of" it runs to its first
/// preposition, as a subject's head does (`level_of`).
fn object_level(before: &[Range<usize>], lower: &dyn Fn(usize) -> String) -> Option<Head> {
    let to = before.len().checked_sub(1)?;
    let setter = (to.saturating_sub(9)..to)
        .rev()
        .find(|at| SETTING.contains(&lower(*at).as_str()))?;
    let start = setter + 1;
    if start >= to || !grammar::is_definite(&lower(start)) {
        return None;
    }
    let opens = |at: usize| {
        let word = lower(at);
        PREPOSITIONS.contains(&word.as_str()) || CLAUSE_WORDS.contains(&word.as_str())
    };
    // Nothing between the verb and "to" may open a clause ("bringing the
    // injured who were trapped to …" is no amount).
    if (start..to).any(|at| CLAUSE_WORDS.contains(&lower(at).as_str())) {
        return None;
    }
    let mut end = (start + 1..to).find(|at| opens(*at)).unwrap_or(to);
    if AMOUNT_HEADS.contains(&lower(end - 1).as_str()) && lower(end) == "of" {
        end = (end + 2..to).find(|at| opens(*at)).unwrap_or(to);
    }
    let named = (start..end).any(|at| {
        let word = lower(at);
        !grammar::is_definite(&word) && !AMOUNT_HEADS.contains(&word.as_str()) && word != "of"
    });
    let (first, final_word) = (before.get(start)?, before.get(end - 1)?);
    Some(Head {
        span: first.start..final_word.end,
        named,
    })
}

/// Verbs that set the amount of their object, whose level follows "to" or
/// "at" after it ("bringing the toll to 15", "put the death toll at 40").
#[rustfmt::skip]
const SETTING: [&str; 16] = [
    "bring", "brings", "bringing", "brought", "take", "takes", "taking", "took", "raise",
    "raises", "raising", "push", "pushing", "pushed", "put", "putting",
];

/// Verbs of reaching that take the level as their object ("the number of
/// casualties has reached 35"); so do the verbs of exceeding
/// (`values::words::is_exceeding`), whose level is a lower bound.
const REACHING: [&str; 4] = ["reached", "reaches", "reach", "reaching"];

/// Nouns of an amount, which measure what their "of" or modifier names.
const AMOUNT_HEADS: [&str; 9] = [
    "number", "toll", "count", "total", "tally", "figure", "amount", "level", "numbers",
];

/// Prepositions that open a phrase on a subject's noun (or a speaker's:
/// `provenance::run_by`).
#[rustfmt::skip]
pub(crate) const PREPOSITIONS: [&str; 34] = [
    "of", "from", "in", "on", "at", "after", "for", "by", "since", "during", "near", "with",
    "among", "across", "over", "into", "following", "against", "toward", "towards", "inside",
    "outside", "under", "through", "about", "between", "amid", "amidst", "within", "behind",
    "beyond", "upon", "via", "throughout",
];

/// Where the noun a count counts starts after byte `end`: past "of
/// them", "of whom" or "of those" ("five of them children"), or past the
/// "of" of a vague plural number ("dozens of injuries", "hundreds of
/// wounded" count injuries and wounded), else `end`.
fn part_noun(quote: &str, end: usize) -> usize {
    let rest = quote.get(end..).unwrap_or("").as_bytes();
    // Only the bytes compared are read: a sentence of many values costs
    // linear work.
    let starts_with = |cue: &str| {
        rest.get(..cue.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(cue.as_bytes()))
    };
    let vague = quote
        .get(..end)
        .unwrap_or("")
        .rsplit(|ch: char| !ch.is_alphabetic())
        .next()
        .is_some_and(|word| {
            VAGUE_PLURALS
                .iter()
                .any(|plural| word.eq_ignore_ascii_case(plural))
        });
    if vague && starts_with(" of ") && !starts_with(" of the") {
        return end + " of".len();
    }
    [
        " of them ",
        " of whom ",
        " of those ",
        " of its ",
        " of their ",
    ]
    .iter()
    .find(|cue| starts_with(cue))
    .map_or(end, |cue| end + cue.len() - 1)
}

/// Numbers in words that take "of" before what they count ("dozens of
/// injuries", "hundreds of wounded").
const VAGUE_PLURALS: [&str; 6] = [
    "dozens",
    "scores",
    "tens",
    "hundreds",
    "thousands",
    "millions",
];

/// The values listed with `values[chosen]` in one run ("5.8 and 6.1",
/// "400, 150 and 90 people"): those of `candidates` joined to it only by
/// commas and "and", in order of position, `chosen` included.
pub fn listed(quote: &str, values: &[Value], candidates: &[usize], chosen: usize) -> Vec<usize> {
    let mut sorted: Vec<usize> = candidates.to_vec();
    sorted.sort_by_key(|idx| values.get(*idx).map_or(0, |value| value.start));
    let Some(at) = sorted.iter().position(|idx| *idx == chosen) else {
        return vec![chosen];
    };
    let joined = |a: usize, b: usize| match (values.get(a), values.get(b)) {
        (Some(first), Some(second)) => quote
            .get(first.end..second.start)
            .is_some_and(only_separators),
        _ => false,
    };
    let mut first = at;
    while first > 0 && joined(sorted[first - 1], sorted[first]) {
        first -= 1;
    }
    let mut last = at;
    while last + 1 < sorted.len() && joined(sorted[last], sorted[last + 1]) {
        last += 1;
    }
    sorted[first..=last].to_vec()
}

/// Whether the clause of `value` is about another event than the one the
/// rule tracks: a past event it names ("the 1999 quake", "an earlier
/// spill", "a quake which struck Izmit in 1999", "the last time"), one it
/// sets apart ("in a separate attack", "another strike", "a similar
/// missile hit Donetsk"), or a sentence opening on "That"/"Those" + noun
/// right after a sentence that named one ("That spill released 3,000
/// barrels.").
/// `recent` holds the years of the article's own event (see `Context`); a
/// year is old when it is none of them and two or more before the latest.
/// Only the `EVENT_REACH` bytes on either side of the value are read, so a
/// sentence of thousands of values costs linear work.
pub fn other_event(quote: &str, value: &Value, previous: Option<&str>, recent: &[i32]) -> bool {
    let year = Recent(recent);
    let (near, offset) = near(quote, value.start, EVENT_REACH);
    let clause = clause_of(near, value.start.saturating_sub(offset));
    let clause = clause.start + offset..clause.end + offset;
    let text = quote.get(clause.clone()).unwrap_or("");
    let at = value.start.saturating_sub(clause.start);
    let before = text.get(..at).unwrap_or("");
    if past_event(before, &year) || came_after(before).is_some() {
        return true;
    }
    // "A March gas explosion at a mine in Tabas killed more than 40
    // people": the value in a background event's clause (read only near
    // the sentence's start, where such a clause opens).
    // So is a value inside that clause's subject ("In 2019, a magnitude
    // 6.5 quake struck").
    if value.start <= EVENT_REACH {
        let opening = quote
            .get(..crate::text::floor_boundary(quote, (2 * EVENT_REACH).min(quote.len())))
            .unwrap_or("");
        let background = background_event(opening, |written| year.old(written));
        if background.is_some_and(|range| range.end >= value.start) {
            return true;
        }
    }
    // "a 7.6 magnitude earthquake which struck Izmit in 1999".
    let after = text.get(at..).unwrap_or("");
    let lower = after.to_ascii_lowercase();
    if set_apart_after(&lower) {
        return true;
    }
    // "a deadly storm that killed at least 27 people last week", "20 were
    // killed earlier this month when a bus caught fire": an event brought
    // in by an indefinite article and set in a time before the story's.
    if dated_indefinite_event(text, at) {
        return true;
    }
    let relative = [" which ", " that ", " when "]
        .iter()
        .filter_map(|cue| lower.find(cue))
        .min();
    if let Some(from) = relative {
        if old_year_after_in(after.get(from..).unwrap_or(""), &year) {
            return true;
        }
    }
    // "About 38 percent of buildings are projected to be damaged when the
    // fault moves. Experts estimate up to 50,000 deaths.": a sentence with
    // no verb of the past after one that projects a scenario tells of the
    // scenario, not of an event that happened.
    if previous.is_some_and(projects) && !tells_past(quote) {
        return true;
    }
    let opening: Vec<&str> = quote.split_whitespace().take(2).collect();
    // "On this day in 2022, a strike hit the mall. Then, the occupiers
    // killed 21 people.": "Then" goes on with the event told before.
    let then = opening.first() == Some(&"Then,");
    let demonstrative = matches!(opening.first(), Some(&("That" | "Those")))
        && opening.get(1).is_some_and(|word| {
            word.starts_with(|ch: char| ch.is_ascii_lowercase())
                && word.chars().all(char::is_alphabetic)
                && !AUXILIARIES.iter().any(|aux| aux == word)
        });
    // "Its toll was put at 3,000" after a background sentence of an
    // earlier quake: the pronoun takes up the event the sentence before
    // told of.
    let possessive = matches!(opening.first(), Some(&("Its" | "Their")));
    (demonstrative || possessive || then)
        && previous.is_some_and(|previous| {
            past_event(previous, &year)
                || background_event(previous, |written| year.old(written)).is_some()
        })
}

/// Whether `text` projects a scenario: a word of projection or simulation
/// ("are projected to be damaged", "a worst-case scenario").
fn projects(text: &str) -> bool {
    words(text).any(|(_, word)| {
        let lower = word.to_ascii_lowercase();
        [
            "projected",
            "projection",
            "projections",
            "scenario",
            "scenarios",
            "simulation",
            "simulations",
        ]
        .contains(&lower.as_str())
    })
}

/// Whether `text` tells of something past or so far: a form of "be" or
/// "have" of the past or perfect, a verb in "-ed" or another past
/// participle, or "so far", "already", "to date".
fn tells_past(text: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    if ["so far", "already", "to date"]
        .iter()
        .any(|cue| lower.contains(cue))
    {
        return true;
    }
    let past = words(&lower).any(|(_, word)| {
        ["was", "were", "has", "have", "had", "died", "left"].contains(&word)
            || (word.len() > 4 && word.ends_with("ed"))
            || grammar::is_past_participle(word)
    });
    past
}

/// The byte offset in `text` of an "after" that opens another event: the
/// one the sentence's event is said to come after ("The Kurnool crash
/// comes less than two weeks after 19 people were killed in a bus fire",
/// "The blast came a day after a fire at a depot killed three"). The verb
/// is a form of "come" at most `CAME_GAP` words before "after" (the time
/// between them), and its subject, at most `CAME_GAP` words before it,
/// holds a noun of events (`EVENT_NOUNS`): "the arrest came two days after
/// 19 people were killed" tells of the event itself.
pub(crate) fn came_after(text: &str) -> Option<usize> {
    let found: Vec<(usize, &str)> = words(text).collect();
    let lower = |at: usize| {
        found
            .get(at)
            .map_or(String::new(), |(_, word)| word.to_ascii_lowercase())
    };
    (0..found.len()).find_map(|after| {
        if lower(after) != "after" {
            return None;
        }
        let verb = (after.saturating_sub(CAME_GAP + 1)..after)
            .rev()
            .find(|at| ["come", "comes", "came", "coming"].contains(&lower(*at).as_str()))?;
        (verb.saturating_sub(CAME_GAP)..verb)
            .any(|at| {
                let noun = lower(at);
                EVENT_NOUNS
                    .iter()
                    .any(|event| noun == *event || noun.strip_prefix(event) == Some("s"))
            })
            .then(|| found.get(after).map_or(0, |(at, _)| *at))
    })
}

/// The byte range of `text` (a sentence) that tells of another event in a
/// background sentence of its own: a clause whose subject is an indefinite
/// noun of events ("a fire", "a gas explosion") set in another time, either
/// by a word between the article and the noun ("A March gas explosion at a
/// mine in Tabas killed more than 40 people", "a similar bus fire", "a
/// 2019 blaze") or by the time that opens the sentence ("In 2019, a fire at
/// a textile factory killed 17 workers", "Last year, a bus fire killed 20",
/// "Two years ago, a blast …"). The range runs from the sentence's start
/// to the first mark after the noun that ends a phrase (`BACKGROUND_ENDS`).
/// A definite subject ("The explosion on Saturday killed 40", "the blast,
/// the deadliest since 2019, killed 40") is the story's event; a day of the
/// week or a month with its day ("an April 26 explosion", "On Saturday, an
/// explosion") dates the story's own event; a bare "another" may be the
/// event itself. `old` says whether a year is before the story's.
pub(crate) fn background_event(text: &str, old: impl Fn(i32) -> bool) -> Option<Range<usize>> {
    let mut found = numbers_whole(text, tokens(text).take(2 * BACKGROUND_OPENING));
    found.truncate(BACKGROUND_OPENING);
    let is_mark = |token: &str| !token.starts_with(is_word_char);
    // Opening quotation marks stand before the sentence's first word.
    let first = found.iter().position(|(_, token)| !is_mark(token))?;
    let article = |at: usize| {
        found
            .get(at)
            .is_some_and(|(_, word)| ["a", "an"].contains(&word.to_ascii_lowercase().as_str()))
    };
    let (subject, opening) = if article(first) {
        (first, first..first)
    } else {
        // A time before a comma, then the subject.
        let comma =
            (first..found.len()).find(|at| found.get(*at).is_some_and(|(_, t)| is_mark(t)))?;
        let opening = first..comma;
        let is_comma = found.get(comma).is_some_and(|(_, token)| *token == ",");
        if !is_comma || !article(comma + 1) || !past_time(&found, opening.clone(), &old) {
            return None;
        }
        (comma + 1, opening)
    };
    let noun = (subject + 1..=subject + BACKGROUND_MODIFIERS + 1).find(|at| {
        found.get(*at).is_some_and(|(_, word)| {
            let lower = word.to_ascii_lowercase();
            EVENT_NOUNS
                .iter()
                .any(|event| lower == *event || lower.strip_prefix(event) == Some("s"))
        })
    })?;
    // The words between the article and the noun are its modifiers: no mark.
    if (subject + 1..noun).any(|at| found.get(at).is_none_or(|(_, token)| is_mark(token))) {
        return None;
    }
    let dated_noun = (subject + 1..noun).any(|at| {
        let word = found.get(at).map_or("", |(_, word)| *word);
        let next = found.get(at + 1).map_or("", |(_, word)| *word);
        month_or_old_year(word, next, &old) || word.eq_ignore_ascii_case("similar")
    });
    if opening.is_empty() && !dated_noun {
        return None;
    }
    let from = found.get(opening.start).map_or(0, |(at, _)| *at);
    let after = found.get(noun).map_or(0, |(at, _)| *at);
    let end = text
        .get(after..)
        .and_then(|rest| rest.find(BACKGROUND_ENDS))
        .map_or(text.len(), |at| after + at);
    Some(from..end)
}

/// The `tokens` of `text` with each number whose decimal point or
/// thousands comma splits it read as one word ("a magnitude 6.5 quake",
/// "some 3,000 homes"): a mark right between two runs of digits.
fn numbers_whole<'a>(
    text: &'a str,
    tokens: impl Iterator<Item = (usize, &'a str)>,
) -> Vec<(usize, &'a str)> {
    let digits = |token: &str| !token.is_empty() && token.bytes().all(|b| b.is_ascii_digit());
    let mut out: Vec<(usize, &'a str)> = Vec::new();
    let mut tokens = tokens.peekable();
    while let Some((at, token)) = tokens.next() {
        let joins = [".", ","].contains(&token)
            && out.last().is_some_and(|(start, last)| {
                start + last.len() == at && digits(last.rsplit([',', '.']).next().unwrap_or(""))
            })
            && tokens.peek().is_some_and(|(next, word)| {
                *next == at + 1 && word.starts_with(|ch: char| ch.is_ascii_digit())
            });
        if joins {
            if let (Some(last), Some((next, word))) = (out.last_mut(), tokens.next()) {
                last.1 = text.get(last.0..next + word.len()).unwrap_or(last.1);
            }
            continue;
        }
        out.push((at, token));
    }
    out
}

/// Whether the words of `found` in `span`, which open a sentence before
/// its comma, name a time before the story's event: a month on its own
/// ("In March"), a year `old` says is before the story's ("In 2019"),
/// "last year" or "last decade", or years "ago" ("Two years ago"). A day
/// of the week ("On Saturday"), a month with its day ("On April 26"),
/// "last week" or "earlier today" may be the story's own time.
fn past_time(found: &[(usize, &str)], span: Range<usize>, old: impl Fn(i32) -> bool) -> bool {
    let words: Vec<&str> = span
        .filter_map(|at| found.get(at).map(|(_, word)| *word))
        .collect();
    if words.is_empty() || words.len() > BACKGROUND_OPENING_WORDS {
        return false;
    }
    let lower: Vec<String> = words.iter().map(|word| word.to_ascii_lowercase()).collect();
    words.iter().enumerate().any(|(idx, word)| {
        let next = words.get(idx + 1).copied().unwrap_or("");
        let prev = idx.checked_sub(1).and_then(|prev| lower.get(prev));
        let last = word.eq_ignore_ascii_case("last")
            && PAST_SPANS.contains(&next.to_ascii_lowercase().as_str());
        let ago = word.eq_ignore_ascii_case("ago")
            && prev.is_some_and(|prev| {
                PAST_SPANS
                    .iter()
                    .any(|span| prev.trim_end_matches('s') == *span)
            });
        month_or_old_year(word, next, &old) || last || ago
    })
}

/// Whether `word` (before `next`) is a month on its own ("March", not
/// "April 26") or a year `old` says is before the story's.
fn month_or_old_year(word: &str, next: &str, old: impl Fn(i32) -> bool) -> bool {
    let month = crate::values::words::month(word).is_some()
        && !next.starts_with(|ch: char| ch.is_ascii_digit());
    month || (word.len() == 4 && word.parse::<i32>().is_ok_and(old))
}

/// How many tokens of a sentence `background_event` reads: an opening time,
/// its comma and the subject.
const BACKGROUND_OPENING: usize = 16;

/// How many words an opening time before a background event's subject may
/// have ("In March last year").
const BACKGROUND_OPENING_WORDS: usize = 6;

/// How many modifiers may stand between a background event's article and
/// its noun ("a similar bus fire", "A March gas explosion").
const BACKGROUND_MODIFIERS: usize = 3;

/// Marks that end the phrase of a background event.
const BACKGROUND_ENDS: [char; 7] = [',', ';', ':', '.', '—', '–', '('];

/// Nouns of time after "last" that name a time before the story's
/// ("last year"), singular as before "ago" ("two years ago"). "Last week"
/// or "a month ago" may open a follow-up's retelling of the story's own
/// event.
const PAST_SPANS: [&str; 2] = ["year", "decade"];

/// How many words may stand between the subject's noun, "come" and
/// "after" (`came_after`).
const CAME_GAP: usize = 5;

/// Nouns of events that may be the subject of "came after" (singular).
#[rustfmt::skip]
const EVENT_NOUNS: [&str; 27] = [
    "attack", "strike", "shelling", "bombing", "raid", "incident", "explosion", "blast", "crash",
    "shooting", "disaster", "tragedy", "accident", "fire", "blaze", "collapse", "flood",
    "earthquake", "quake", "stampede", "derailment", "collision", "storm", "typhoon", "cyclone",
    "hurricane", "landslide",
];

/// How many bytes on either side of a value `other_event` reads for a
/// sign of another event (about 170 words): a clause read whole for each
/// value made a sentence of thousands of counts quadratic.
const EVENT_REACH: usize = 1024;

/// The part of `text` within `reach` bytes of byte `at` (moved outward to
/// character boundaries), and the offset where it starts.
fn near(text: &str, at: usize, reach: usize) -> (&str, usize) {
    let start = crate::text::floor_boundary(text, at.saturating_sub(reach));
    let end = crate::text::ceil_boundary(text, at.saturating_add(reach).min(text.len()));
    (text.get(start..end).unwrap_or(""), start)
}

/// Words that stand between a count and its noun: "12 more dead".
const MODIFIERS: [&str; 7] = [
    "more",
    "other",
    "additional",
    "further",
    "new",
    "confirmed",
    "reported",
];

/// Verbs and function words after a count, which then counts no noun of
/// its own ("16 were killed", "rose to 16 on Tuesday").
const AUXILIARIES: [&str; 30] = [
    "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would",
    "could", "may", "might", "did", "do", "does", "said", "says", "and", "or", "but", "of", "in",
    "on", "at", "from", "to", "by",
];

/// Words that join two clauses or conjuncts: a count after one opens its
/// own ("40 were killed and 75 wounded").
const COORDINATORS: [&str; 4] = ["and", "but", "while", "or"];

/// Words that end a count's own clause before its verb: coordinators,
/// relative pronouns and subordinators ("30 people who were sheltering",
/// "shot 30 militants after two soldiers were killed").
#[rustfmt::skip]
const CLAUSE_WORDS: [&str; 22] = [
    "and", "but", "while", "or", "who", "which", "that", "whose", "whom", "where", "when", "as",
    "after", "before", "because", "since", "if", "until", "than", "though", "although", "once",
];

/// Passive verbs of knowing and saying, and adjectives, that raise a count
/// to the subject of the infinitive after them ("are known to have been
/// killed", "were feared to have died", "are likely to have died").
#[rustfmt::skip]
const RAISING: [&str; 15] = [
    "known", "believed", "said", "reported", "thought", "feared", "understood", "presumed",
    "confirmed", "estimated", "expected", "alleged", "assumed", "likely", "suspected",
];

/// Passive verbs of declaring that take what their subject is declared to
/// be after them ("were pronounced dead", "are listed as missing"), as the
/// verbs of `RAISING` do ("were reported dead").
const DECLARING: [&str; 3] = ["declared", "pronounced", "listed"];

/// How many words after a count its verb's auxiliary may stand: fewer than
/// this many words between them.
const PREDICATE_REACH: usize = 8;

/// How many bytes after a count its verb is looked for.
pub const PREDICATE_BYTES: usize = 200;

#[cfg(test)]
thread_local! {
    /// How many times `owns` ran on this thread: a test bounds the work of
    /// a sentence by it.
    pub static OWNS_CALLS: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

#[cfg(test)]
thread_local! {
    /// How many bytes `clause_of` read on this thread: a test bounds the
    /// work of a sentence by it.
    pub static CLAUSE_BYTES: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
    /// How many bytes of a sentence the reading of its parts lower-cased
    /// on this thread: a test bounds the work of a sentence by it.
    pub static LOWERED_BYTES: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// The `GENERIC` nouns that say nothing of who the people are: no status
/// (civilians, children, soldiers), no place (residents), no sex.
const UNMARKED: [&str; 7] = [
    "people",
    "persons",
    "person",
    "others",
    "individuals",
    "lives",
    "souls",
];

/// Whether `word` is a noun of people that says nothing of who they are
/// ("people", "others", "individuals"; not "civilians", "children"): it
/// tells one count from another no more than the number does.
pub(crate) fn names_people_only(word: &str) -> bool {
    UNMARKED
        .iter()
        .any(|generic| generic.eq_ignore_ascii_case(word))
}

/// Whether `text` names a past event other than an article's by a cue word
/// ("previous attacks", "an earlier strike", "a separate raid"; `past_event`
/// without the years of the article's event, so no year counts as old).
pub(crate) fn marks_other_event(text: &str) -> bool {
    past_event(text, &Recent(&[]))
}

/// `set_apart_after` of the lower-cased `lower`: "in a separate attack",
/// "during another strike".
pub(crate) fn sets_apart_after(lower: &str) -> bool {
    set_apart_after(lower)
}

/// Nouns any count of people may take without naming what it counts.
const GENERIC: [&str; 18] = [
    "people",
    "persons",
    "person",
    "others",
    "individuals",
    "residents",
    "civilians",
    "inhabitants",
    "men",
    "women",
    "children",
    "citizens",
    "nationals",
    "passengers",
    "adults",
    "lives",
    "souls",
    "times",
];

/// Whether `text` names a past event other than the article's: "previous",
/// "prior", "an earlier" + noun, "the last time", or a named past event
/// ("the 1999 quake") in an old year, or an old year whose "when" clause
/// tells of it ("since 1992, when 167 died"). "A year ago" is no
/// sign: an article often looks back on its own event ("One year ago today
/// MH17 was downed").
fn past_event(text: &str, year: &Recent<'_>) -> bool {
    let lower = text.to_ascii_lowercase();
    let tokens: Vec<&str> = lower
        .split(|ch: char| !ch.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .collect();
    let timely = |word: Option<&&str>| word.is_some_and(|word| TIME_NOUNS.contains(word));
    let year_before = |written: i32| year.before_latest(written);
    for (idx, word) in tokens.iter().enumerate() {
        let next = tokens.get(idx + 1);
        let prev = idx.checked_sub(1).and_then(|prev| tokens.get(prev));
        let cue = match *word {
            "previous" => !timely(next),
            "prior" => next.is_some_and(|next| *next != "to") && !timely(next),
            "earlier" => {
                prev.is_some_and(|prev| ["an", "the", "that"].contains(prev)) && !timely(next)
            }
            "last" => prev == Some(&"the") && next == Some(&"time"),
            // "On this day in 2022, …", "On this day last year": an
            // anniversary tells of the event it recalls.
            "this" => {
                prev == Some(&"on")
                    && next == Some(&"day")
                    && match (tokens.get(idx + 2), tokens.get(idx + 3)) {
                        (Some(&"in"), Some(year)) => {
                            year.len() == 4
                                && year.parse::<i32>().is_ok_and(|written| {
                                    (1000..3000).contains(&written) && year_before(written)
                                })
                        }
                        (Some(&"last"), Some(span)) => PAST_SPANS.contains(span),
                        (Some(count), Some(span)) => {
                            tokens.get(idx + 4) == Some(&"ago")
                                && (count.parse::<u32>().is_ok()
                                    || words::number_word(count).is_some())
                                && span.trim_end_matches('s') == "year"
                        }
                        _ => false,
                    }
            }
            "separate" | "separately" => true,
            // "another strike", not "another 324 people" nor "another five",
            // nor another of the event's victims ("another victim died").
            "another" | "similar" => next.is_some_and(|next| {
                next.chars().all(char::is_alphabetic)
                    && words::number_word(next).is_none()
                    && !AMOUNT_NOUNS.contains(next)
                    && !is_person(next)
            }),
            _ => false,
        };
        if cue {
            return true;
        }
        let old = word.len() == 4 && word.parse::<i32>().is_ok_and(|written| year.old(written));
        // "the 1999 quake", not "since the 1999 quake" or "in 1999 elections".
        let named = old
            && prev.is_some_and(|prev| ["the", "a", "an", "that", "its"].contains(prev))
            && next.is_some_and(|next| next.chars().all(char::is_alphabetic))
            && !idx
                .checked_sub(2)
                .and_then(|before| tokens.get(before))
                .is_some_and(|before| COMPARED.contains(before));
        // "the worst since 1992, when 167 people died": the clause tells
        // of the old year's event.
        let when = old && next == Some(&"when");
        // "Until now the deadliest raid was in 2021, when 25 people died":
        // a superlative set against a year's "when" clause compares the
        // story with a past event, however recent that year; not the
        // latest of the event's own years.
        let year_written = word.len() == 4
            && word.parse::<i32>().is_ok_and(|written| {
                (1000..3000).contains(&written) && year.before_latest(written)
            });
        // So is one placed "in" a year whose relative clause tells of it:
        // "the highest toll came in a raid in 2021 that left 28 dead" (not
        // "the deadliest since 2019 that the city has seen").
        let tells_of_year = next == Some(&"when")
            || (prev == Some(&"in") && next.is_some_and(|next| ["that", "which"].contains(next)));
        let compared_when = year_written
            && tells_of_year
            && tokens[..idx]
                .iter()
                .any(|before| SUPERLATIVES.contains(before));
        if named || when || compared_when {
            return true;
        }
    }
    false
}

/// Words after "another" or "similar" that make it an amount or a
/// comparison of amounts, not another event ("another one", "a similar
/// number").
const AMOUNT_NOUNS: [&str; 20] = [
    "one",
    "few",
    "several",
    "dozen",
    "dozens",
    "hundred",
    "hundreds",
    "thousand",
    "thousands",
    "number",
    "amount",
    "figure",
    "toll",
    "count",
    "share",
    "proportion",
    "percentage",
    "rate",
    "level",
    "scale",
];

/// Whether the lower-cased text after a value sets its event apart: "in",
/// "during" or "after" + "a separate", "another" or "a similar" ("12
/// were killed in a separate attack on Sloviansk").
fn set_apart_after(lower: &str) -> bool {
    let tokens: Vec<&str> = lower
        .split(|ch: char| !ch.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .collect();
    let word = |at: usize| tokens.get(at).copied().unwrap_or("");
    (0..tokens.len()).any(|at| {
        let preposition = ["in", "during", "after"].contains(&word(at));
        let cue = |word: &str| ["separate", "another", "similar"].contains(&word);
        // "after another victim died overnight" is one more of the event's
        // dead, no other event.
        let cue_at = if ["a", "an"].contains(&word(at + 1)) {
            at + 2
        } else {
            at + 1
        };
        preposition && cue(word(cue_at)) && !is_person(word(cue_at + 1))
    })
}

/// Whether the clause `text` tells of another event than the story's
/// around byte `at` (a value's offset in it): an event brought in by an
/// indefinite article before the value ("a deadly storm that killed at
/// least 27 people", "sparked a fire on a bus …, killing 20") or after
/// it by "when a" ("20 were killed … when a bus caught fire") or "in a"
/// and a noun of events ("killed 1,200 in a raid last October"), in a
/// clause set in a time before the story's ("last week", "last month",
/// "last September", "earlier this month", "early this year"). An event
/// of the story is definite or dated by its day ("the fire last week",
/// "on Friday, when a missile hit"); an indefinite one after "since" or
/// "than" is one the story's is compared with, not the value's.
fn dated_indefinite_event(text: &str, at: usize) -> bool {
    let written: Vec<(usize, &str)> = words(text).collect();
    let found: Vec<(usize, String)> = written
        .iter()
        .map(|(start, word)| (*start, word.to_ascii_lowercase()))
        .collect();
    let word = |idx: usize| found.get(idx).map_or("", |(_, word)| word.as_str());
    // A time long before the story's ("last year", "last October") sets an
    // event apart alone; a recent one ("last week", "earlier this month")
    // is often the story's own, told in a later article, so it needs a
    // word that sets the event apart ("another", "already", "similar").
    let long_ago = (0..found.len()).any(|idx| match word(idx) {
        "last" => {
            [
                "year", "decade", "spring", "summer", "autumn", "fall", "winter",
            ]
            .contains(&word(idx + 1))
                || written
                    .get(idx + 1)
                    .is_some_and(|(_, month)| words::month(month).is_some())
        }
        _ => false,
    });
    let recent = (0..found.len()).any(|idx| match word(idx) {
        "last" => ["week", "month"].contains(&word(idx + 1)),
        "earlier" | "early" => {
            word(idx + 1) == "this" && ["month", "year"].contains(&word(idx + 2))
        }
        _ => false,
    });
    let set_apart = (0..found.len()).any(|idx| {
        [
            "another", "other", "separate", "similar", "already", "previous", "prior",
        ]
        .contains(&word(idx))
    });
    if !(long_ago || recent && set_apart) {
        return false;
    }
    let is_event = |noun: &str| {
        EVENT_NOUNS
            .iter()
            .any(|event| noun == *event || noun.strip_prefix(event) == Some("s"))
    };
    (0..found.len()).any(|idx| {
        if !["a", "an"].contains(&word(idx)) {
            return false;
        }
        let start = found.get(idx).map_or(0, |(start, _)| *start);
        let compared = idx
            .checked_sub(1)
            .is_some_and(|prev| ["since", "than", "like"].contains(&word(prev)));
        if compared {
            return false;
        }
        let introduced = start < at
            && (idx + 1..=idx + BACKGROUND_MODIFIERS + 1).any(|noun| {
                is_event(word(noun))
                    && text
                        .get(start..found.get(noun).map_or(start, |(end, _)| *end))
                        .is_some_and(|between| !between.contains([',', ';', ':']))
            });
        // "killed 1,200 people in a raid last October": the event the
        // count happened in.
        let after = start > at
            && idx > 0
            && ["when", "in", "during"].contains(&word(idx - 1))
            && (word(idx - 1) == "when"
                || (idx + 1..=idx + BACKGROUND_MODIFIERS + 1).any(|noun| is_event(word(noun))));
        introduced || after
    })
}

/// Whether `value` is a number in parentheses right after a name ("Kiambu
/// (8), Nairobi (6)", "Rajendra Kumar (67)"): the name's own number, its
/// part of a breakdown or a person's age, never the count of the whole. A
/// number word before the brackets is the number written twice ("twenty
/// (20) people").
pub fn named_in_brackets(quote: &str, value: &Value) -> bool {
    let Some(before) = quote.get(..value.start) else {
        return false;
    };
    let Some(before) = before.trim_end().strip_suffix('(') else {
        return false;
    };
    let closed = quote
        .get(value.end..)
        .is_some_and(|after| after.trim_start().starts_with(')'));
    let name = before
        .trim_end()
        .rsplit(|ch: char| ch.is_whitespace())
        .next()
        .unwrap_or("");
    closed
        && name.starts_with(|ch: char| ch.is_uppercase())
        && name
            .chars()
            .all(|ch| ch.is_alphabetic() || matches!(ch, '-' | '\'' | '’'))
        && words::number_word(&name.to_lowercase()).is_none()
}

/// Whether `word` may name people a count counts: a noun of people or of
/// one victim, a nationality, a group of people ("crew", "family"), or a
/// plural of an agent or member ("workers", "tourists", "students").
/// "All the measures taken" quantifies no people.
pub(crate) fn names_people(word: &str) -> bool {
    let lower = word.to_lowercase();
    is_person(&lower)
        || crate::values::is_demonym(word)
        || GROUPS.contains(&lower.as_str())
        || ["ers", "ors", "ists", "ians", "ants", "ents", "ees", "men"]
            .iter()
            .any(|suffix| lower.len() > suffix.len() + 2 && lower.ends_with(suffix))
}

/// Nouns of a group of people.
#[rustfmt::skip]
const GROUPS: [&str; 12] = [
    "crew", "staff", "family", "families", "population", "village", "town", "team", "members",
    "guests", "youngsters", "youth",
];

/// Whether the lower-cased `word` names a person or people, one of an
/// event's victims ("another victim", "another man").
fn is_person(word: &str) -> bool {
    GENERIC.contains(&word) || PERSON_NOUNS.contains(&word)
}

/// Nouns of one or more persons besides `GENERIC`.
#[rustfmt::skip]
const PERSON_NOUNS: [&str; 26] = [
    "victim", "victims", "casualty", "casualties", "man", "woman", "child", "boy", "girl",
    "baby", "resident", "civilian", "patient", "soldier", "soldiers", "person", "body",
    "bodies", "wounded", "injured", "survivor", "pensioner", "suspect", "suspects", "official",
    "officials",
];

/// Whether `text` writes "in YEAR" with an old year.
fn old_year_after_in(text: &str, year: &Recent<'_>) -> bool {
    let lower = text.to_ascii_lowercase();
    let tokens: Vec<&str> = lower
        .split(|ch: char| !ch.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .collect();
    tokens.windows(2).any(|pair| {
        pair[0] == "in"
            && pair[1].len() == 4
            && pair[1]
                .parse::<i32>()
                .is_ok_and(|written| year.old(written))
    })
}

/// The years of the article's own event.
struct Recent<'a>(&'a [i32]);

impl Recent<'_> {
    /// Whether `year` is before the latest of the event's years, or any
    /// year when none is known.
    fn before_latest(&self, year: i32) -> bool {
        self.0.iter().max().is_none_or(|latest| year < *latest)
    }

    /// Whether `year` is none of the event's years and two or more before
    /// the latest of them; never without any.
    fn old(&self, year: i32) -> bool {
        let latest = self.0.iter().max();
        latest.is_some_and(|latest| (1000..latest - 1).contains(&year)) && !self.0.contains(&year)
    }
}

/// Whether `year` is old against the years `recent` of the article's own
/// event (`Recent::old`): the one test of an old year, for figures and for
/// the propositions `rulebook::elsewhere` reads.
pub fn is_old_year(recent: &[i32], year: i32) -> bool {
    Recent(recent).old(year)
}

/// Nouns after "previous", "prior" or "earlier" that make a time of this
/// event ("the previous day") or an older word on it ("an earlier toll",
/// "previous reports", "an earlier version of this story").
const TIME_NOUNS: [&str; 36] = [
    "day",
    "days",
    "night",
    "nights",
    "week",
    "weeks",
    "month",
    "months",
    "year",
    "years",
    "hour",
    "hours",
    "evening",
    "morning",
    "afternoon",
    "estimate",
    "estimates",
    "toll",
    "tolls",
    "count",
    "counts",
    "report",
    "reports",
    "figure",
    "figures",
    "tally",
    "version",
    "versions",
    "statement",
    "statements",
    "story",
    "article",
    "update",
    "updates",
    "forecast",
    "forecasts",
];

/// Words before "the 1999 quake" that compare with it rather than name the
/// event a figure is about.
const COMPARED: [&str; 9] = [
    "since", "than", "after", "before", "until", "from", "like", "unlike", "to",
];

/// Where the phrase of a count that goes on past byte `from` ends: before
/// the first mark, coordinator or preposition after it, a parenthesis
/// read whole ("seven dead (including a child)" ends before "and 144
/// injured", "52 people died" before "out of a village of 300"), else at
/// the end of `quote`.
pub fn phrase_end(quote: &str, from: usize) -> usize {
    let rest = quote.get(from..).unwrap_or("");
    let mut depth = 0usize;
    for (at, token) in tokens(rest) {
        match token {
            "(" => depth += 1,
            ")" => depth = depth.saturating_sub(1),
            _ if depth > 0 => {}
            _ if !token.starts_with(char::is_alphanumeric) => return from + at,
            _ => {
                let lower = token.to_ascii_lowercase();
                if COORDINATORS.contains(&lower.as_str())
                    || grammar::is_preposition(&lower)
                    || matches!(lower.as_str(), "whereas" | "out")
                {
                    return from + at;
                }
            }
        }
    }
    quote.len()
}

/// Where the phrase of the count `value` ends (`phrase_end`), past the
/// "of them", "of whom" or "of those" of a part ("12 of whom were children").
pub fn count_phrase_end(quote: &str, value: &Value) -> usize {
    phrase_end(quote, part_noun(quote, value.end))
}

/// Whether bytes `a` and `b` of `quote` stand in one clause (split at ";"
/// and before "while", "whereas" and ", but", as `clause_of`).
pub fn same_clause(quote: &str, a: usize, b: usize) -> bool {
    clause_of(quote, a) == clause_of(quote, b)
}

/// The byte span of the clause holding `at`: clauses split at ";" and
/// before "while", "whereas" and ", but" (as `Clauses`).
fn clause_of(quote: &str, at: usize) -> Range<usize> {
    #[cfg(test)]
    CLAUSE_BYTES.with(|read| read.set(read.get() + quote.len()));
    let lower = quote.to_ascii_lowercase();
    let mut starts: Vec<usize> = lower
        .match_indices(';')
        .map(|(found, _)| found + 1)
        .chain(
            [" while ", " whereas ", ", but "]
                .iter()
                .flat_map(|cue| lower.match_indices(cue).map(|(found, _)| found + 1)),
        )
        .collect();
    starts.sort_unstable();
    let start = starts
        .iter()
        .rev()
        .find(|start| **start <= at)
        .copied()
        .unwrap_or(0);
    let end = starts
        .iter()
        .find(|start| **start > at)
        .copied()
        .unwrap_or(quote.len());
    start..end
}

/// Whether the text between two values holds only commas and "and".
fn only_separators(between: &str) -> bool {
    let words: Vec<&str> = between
        .split(|ch: char| ch.is_whitespace() || ch == ',')
        .filter(|word| !word.is_empty())
        .collect();
    !between.trim().is_empty() && words.iter().all(|word| *word == "and" || *word == "&")
}

/// Up to `n` words right after byte `at`, stopping at a function word (the
/// words of a count's noun phrase), at punctuation or at a number.
fn words_after(quote: &str, at: usize, n: usize) -> Vec<Range<usize>> {
    let mut found = Vec::new();
    let mut idx = at;
    let bytes = quote.as_bytes();
    while found.len() < n {
        while bytes.get(idx).is_some_and(|byte| *byte == b' ') {
            idx += 1;
        }
        let rest = quote.get(idx..).unwrap_or("");
        let len: usize = rest
            .chars()
            .take_while(|ch| ch.is_alphabetic() || *ch == '-' || *ch == '\'')
            .map(char::len_utf8)
            .sum();
        if len == 0 {
            break;
        }
        let word = &quote[idx..idx + len];
        // "85 Ukrainian and foreign soldiers": adjectives of origin joined
        // by "and" or "or" modify one noun, which the count counts.
        let joins_adjectives = ["and", "or"].contains(&word)
            && found.last().is_some_and(|last: &Range<usize>| {
                let last = &quote[last.clone()];
                last.starts_with(char::is_uppercase) && !last.ends_with('s')
            });
        if joins_adjectives {
            found.push(idx..idx + len);
            idx += len;
            continue;
        }
        if words::is_function_word(word) && !found.is_empty() {
            break;
        }
        if words::is_function_word(word) && !MODIFIERS.contains(&word) {
            break;
        }
        found.push(idx..idx + len);
        idx += len;
    }
    found
}

/// Up to `n` words right before byte `at`, nearest last, stopping at
/// punctuation or a number; the first is the farthest.
fn words_before(quote: &str, at: usize, n: usize) -> Vec<Range<usize>> {
    let mut found = Vec::new();
    let mut end = at;
    let bytes = quote.as_bytes();
    while found.len() < n {
        while end > 0 && bytes.get(end - 1).is_some_and(|byte| *byte == b' ') {
            end -= 1;
        }
        let head = quote.get(..end).unwrap_or("");
        let len: usize = head
            .chars()
            .rev()
            .take_while(|ch| ch.is_alphabetic() || *ch == '-' || *ch == '\'')
            .map(char::len_utf8)
            .sum();
        if len == 0 {
            break;
        }
        found.insert(0, end - len..end);
        end -= len;
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn binding_never_panics(sentence in "\\PC{0,80}", previous in "\\PC{0,40}") {
            let values = crate::values::extract(&sentence);
            let all: Vec<usize> = (0..values.len()).collect();
            let matched = 0..sentence.len() / 2;
            if sentence.is_char_boundary(matched.start) && sentence.is_char_boundary(matched.end) {
                cause_of_death(&sentence, &matched);
            }
            for (idx, value) in values.iter().enumerate() {
                tie(&sentence, value, std::slice::from_ref(&matched));
                bound(&sentence, value, std::slice::from_ref(&matched)).count();
                let run = listed(&sentence, &values, &all, idx);
                prop_assert!(run.contains(&idx));
                other_event(&sentence, value, Some(&previous), &[2023]);
                is_part(&sentence, value);
                is_former(&sentence, value);
                is_increment(&sentence, value);
                adds_to_earlier(&sentence, &values, value, true, &[0]);
                in_care(&sentence, value, std::slice::from_ref(&matched));
                part_of_matched(&sentence, value, std::slice::from_ref(&matched));
                counts_elsewhere(&sentence, value, std::slice::from_ref(&matched));
                ranked_subset(&sentence, value);
                held_by(&sentence, value, std::slice::from_ref(&matched));
                compared_against(&sentence, value);
                counts_agents(&sentence, value);
                is_level(&sentence, value, std::slice::from_ref(&matched));
                counts_things(&sentence, value, std::slice::from_ref(&matched));
                let spans = std::slice::from_ref(&matched);
                counts_other_family(&sentence, value, spans, &families_of(&sentence, spans));
                object_after(&sentence, &matched, value);
                names_people(&value.text);
            }
        }
    }

    /// The tie of the value written `value` in `sentence`, the rule having
    /// matched `terms` there.
    fn check(sentence: &str, terms: &[&str], value: &str, expected: Tie) {
        let values = crate::values::extract(sentence);
        let found = values
            .iter()
            .find(|found| found.text == value)
            .unwrap_or_else(|| panic!("no value {value} in {sentence}: {values:?}"));
        let matched: Vec<Range<usize>> = terms
            .iter()
            .filter_map(|term| sentence.find(term).map(|at| at..at + term.len()))
            .collect();
        assert_eq!(
            tie(sentence, found, &matched),
            expected,
            "{value} in {sentence}"
        );
    }

    #[test]
    fn a_count_is_tied_to_the_noun_it_counts() {
        let left = "The ferry disaster left 30 wounded and 12 dead.";
        check(left, &["ferry", "dead"], "12", Tie::Counts);
        check(left, &["ferry", "dead"], "30", Tie::Other);
        let rebels = "Rebels killed 30 wounded and 12 dead in the raid.";
        check(rebels, &["killed", "dead"], "30", Tie::Other);
        check(rebels, &["killed", "dead"], "12", Tie::Counts);
        let toll = "The quake killed 1,500 people and left 48 villages without power.";
        check(toll, &["killed"], "1,500", Tie::Follows);
        check(toll, &["killed"], "48", Tie::Other);
        check(
            "Officials said 12 people have died in Kherson.",
            &["died"],
            "12",
            Tie::Counts,
        );
        check(
            "A magnitude 7.8 earthquake struck before dawn.",
            &["magnitude"],
            "7.8",
            Tie::Follows,
        );
        check(
            "It struck at a depth of 17.9 km under the province.",
            &["depth"],
            "17.9 km",
            Tie::Follows,
        );
        // A count of people by nationality counts people; a vague plural
        // counts what its "of" names.
        check(
            "The deaths of over 100 Palestinians and injuries to 750 others shocked the world.",
            &["deaths"],
            "100",
            Tie::Follows,
        );
        check(
            "The strike killed 52 Ukrainians.",
            &["killed"],
            "52",
            Tie::Follows,
        );
        let dozens = "The hospital confirmed ten deaths and dozens of injuries from the shelling.";
        check(dozens, &["injuries"], "dozens", Tie::Counts);
        check(dozens, &["injuries"], "ten", Tie::Other);
        // The level a change reached is its subject's amount: past the
        // phrases on the subject's noun, to its head.
        let level =
            "The death toll from the Russian missile attack on Kramatorsk has increased to 10.";
        check(level, &["death toll"], "10", Tie::Follows);
        check(level, &["missile", "Kramatorsk"], "10", Tie::Elsewhere);
        check(
            "Alekseyenko said on the Telegram messaging app the death toll had risen to 29 people.",
            &["death toll"],
            "29",
            Tie::Follows,
        );
        let number = "The number of people killed in the attack on the city increased to 8.";
        check(number, &["killed"], "8", Tie::Follows);
        check(number, &["attack"], "8", Tie::Elsewhere);
        let reached = "Officials said 39 people had died, but the toll later rose to 52.";
        check(reached, &["toll"], "52", Tie::Follows);
        check(
            "The number of dead now stands at 57.",
            &["dead"],
            "57",
            Tie::Follows,
        );
        check(
            "About 70% of China's weapons imports came from Russia.",
            &["imports"],
            "70%",
            Tie::Loose,
        );
    }

    #[test]
    fn the_level_a_verb_sets_or_reaches_is_its_objects_or_subjects_amount() {
        // "bringing X to N", "put X at N": N is the amount of the object X,
        // so a count of the injured gets nothing from a death toll's level.
        let bringing = "A woman hurt in the flood died on Sunday, bringing the death toll to 15.";
        check(bringing, &["hurt"], "15", Tie::Elsewhere);
        check(bringing, &["death toll"], "15", Tie::Follows);
        let victims = "A man who was injured in the blast has died in hospital, bringing the \
                       number of victims of the attack to 56.";
        check(victims, &["injured"], "56", Tie::Elsewhere);
        check(victims, &["victims"], "56", Tie::Follows);
        let put = "The court put the number of defendants at 12.";
        check(put, &["defendants"], "12", Tie::Follows);
        check(put, &["convicted"], "12", Tie::Elsewhere);
        // "has reached 35": a verb of reaching takes the level as its object.
        let reached = "Another voter died of his injuries, and the total number of casualties \
                       has reached 35 people.";
        check(reached, &["injuries"], "35", Tie::Elsewhere);
        check(reached, &["casualties"], "35", Tie::Follows);
        // A relative clause on the subject's noun, opened by "that" right
        // before its verb, is no part of the head ("that struck Cebu" is
        // not what rose); nor is the particle of "gone up" the verb.
        let relative = "The death toll from the earthquake that struck Cebu has risen to 69.";
        check(relative, &["death toll"], "69", Tie::Follows);
        check(
            "The death toll in the quake that hit northern Mindoro last week has reached 72.",
            &["death toll"],
            "72",
            Tie::Follows,
        );
        check(
            "The number of dead in the border town has gone up to 23.",
            &["dead"],
            "23",
            Tie::Follows,
        );
        check(
            "The number of ballots cast in the district topped 40,000.",
            &["ballots"],
            "40,000",
            Tie::Follows,
        );
    }

    #[test]
    fn a_count_a_place_takes_with_of_is_its_population() {
        let elsewhere = |sentence: &str, value: &str| {
            let values = crate::values::extract(sentence);
            let found = values
                .iter()
                .find(|found| found.text == value)
                .unwrap_or_else(|| panic!("no value {value} in {sentence}: {values:?}"));
            counts_elsewhere(sentence, found, &[])
        };
        assert!(elsewhere(
            "Most of the dead were in Tarlo, a mountain town of 12,000, where the toll could rise.",
            "12,000"
        ));
        assert!(elsewhere(
            "The quake hit Vara, a port city of some 250,000 people, at dawn.",
            "250,000"
        ));
        assert!(!elsewhere(
            "The fire killed 12 people in the town of Vara.",
            "12"
        ));
        assert!(!elsewhere(
            "The village of 40 houses lost 12 residents.",
            "40"
        ));
        // A rule that matched the place's noun reads its population.
        let sentence = "In all, 52 people died out of a village of 300.";
        let values = crate::values::extract(sentence);
        let found = values.iter().find(|found| found.text == "300");
        let village = sentence.find("village").map(|at| at..at + 7);
        assert!(found.is_some_and(|found| !counts_elsewhere(sentence, found, village.as_slice())));
    }

    #[test]
    fn a_count_of_people_a_matched_verb_takes_is_what_it_befell() {
        let sentence = "The blast killed 40 workers and injured 33 others.";
        check(sentence, &["killed"], "40", Tie::Follows);
        // A rule naming a kind of people reads others as others.
        check(
            "The militants stormed the post, killing nine guards.",
            &["militants", "killing"],
            "nine",
            Tie::Other,
        );
        // Not things.
        check("The flood killed 40 cattle.", &["killed"], "40", Tie::Other);
    }

    #[test]
    fn a_count_a_verb_of_its_own_binds_is_tied_elsewhere() {
        let killing =
            "Russian missiles crossed into NATO member Poland, killing at least two people.";
        check(killing, &["missiles"], "two", Tie::Elsewhere);
        check(killing, &["missiles", "killing"], "two", Tie::Follows);
        let died = "Polish media reported that two people died after a projectile struck.";
        check(died, &["projectile"], "two", Tie::Elsewhere);
        check(died, &["died"], "two", Tie::Counts);
        let were = "Officials said 12 people were evacuated after the missile fell.";
        check(were, &["missile"], "12", Tie::Elsewhere);
        // A vague plural counts the noun its "of" names: no verb of its own.
        check(
            "Thousands of Chinese officers have studied at Russian military academies.",
            &["Chinese", "officers", "Russian", "military academies"],
            "Thousands",
            Tie::Counts,
        );
        // A participle of result after a comma binds a count that a matched
        // generic noun ("people") says nothing more of.
        let killing = "Officials said a Russian missile slammed into a cafe in a village on Thursday, killing 51 people during a wake.";
        check(killing, &["people", "village"], "51", Tie::Elsewhere);
        check(killing, &["people", "killing"], "51", Tie::Counts);
        // A participle of the rule's own event, however the rule words it,
        // keeps the count: "killing" for a rule of the dead.
        let storm = "The storm hit the town on Tuesday, killing 14 people, and the dead included two children.";
        check(storm, &["people", "dead"], "14", Tie::Counts);
        check(storm, &["people", "town"], "14", Tie::Elsewhere);
        let hurt = "The storm hit the town on Tuesday, injuring 14 people, and the dead included two children.";
        check(hurt, &["people", "dead"], "14", Tie::Elsewhere);
        check(
            "About 330 people live in the village, the governor said.",
            &["people", "village"],
            "330",
            Tie::Counts,
        );
        // A passive verb of knowing raises the count to its infinitive.
        let known = "As of now, 51 people are known to have been killed.";
        check(known, &["killed"], "51", Tie::Counts);
        check(known, &["strike"], "51", Tie::Elsewhere);
        check(
            "Ten people were feared to have died in the blast.",
            &["died"],
            "Ten",
            Tie::Counts,
        );
        // A vague plural counts the noun after its "of".
        let injuries =
            "The hospital confirmed ten deaths and dozens of injuries from the shelling.";
        check(injuries, &["injuries"], "dozens", Tie::Counts);
        check(injuries, &["injuries"], "ten", Tie::Other);
        // Of another noun, as before: the verb it is the subject of decides.
        check(
            "Dozens of Palestinians were treated after getting wounded.",
            &["wounded"],
            "Dozens",
            Tie::Elsewhere,
        );
        let both = "Hundreds of people were reportedly killed and injured when an airstrike struck the hospital.";
        check(both, &["injured", "hospital"], "Hundreds", Tie::Counts);
        // An adjective in -ed, a part's cue and a toll's level bind nothing.
        for (sentence, value) in [
            (
                "The missile strike killed an estimated 30 in the town.",
                "30",
            ),
            (
                "At least 39 people, including four children, died in the strike.",
                "four",
            ),
            (
                "The toll from the flooding after the blast at the dam has risen to 16.",
                "16",
            ),
            (
                "The toll from the blast climbed overnight, reaching 57.",
                "57",
            ),
        ] {
            check(sentence, &["strike", "blast"], value, Tie::Loose);
        }
    }

    /// The values listed with the one written `value` in `sentence`.
    fn listed_with(sentence: &str, value: &str) -> Vec<String> {
        let values = crate::values::extract(sentence);
        let all: Vec<usize> = (0..values.len()).collect();
        let chosen = values
            .iter()
            .position(|found| found.text == value)
            .unwrap_or_else(|| panic!("no value {value} in {sentence}"));
        listed(sentence, &values, &all, chosen)
            .into_iter()
            .map(|idx| values[idx].text.to_string())
            .collect()
    }

    #[test]
    fn values_joined_by_and_are_listed_together() {
        assert_eq!(
            listed_with("Tremors of magnitude 5.8 and 6.1 shook the town.", "5.8"),
            ["5.8", "6.1"]
        );
        assert_eq!(
            listed_with("Centres where 400, 150 and 90 people work.", "150"),
            ["400", "150", "90"]
        );
        assert_eq!(
            listed_with("The raid left 30 wounded and 12 dead.", "12"),
            ["12"]
        );
        assert_eq!(
            listed_with("Rebels killed 30 and injured 12 on Monday.", "30"),
            ["30"]
        );
    }

    /// Whether the figure written `value` in `sentence` is about another
    /// event, after `previous`, in an article of 2023.
    fn other(previous: Option<&str>, sentence: &str, value: &str) -> bool {
        let values = crate::values::extract(sentence);
        let found = values
            .iter()
            .find(|found| found.text == value)
            .unwrap_or_else(|| panic!("no value {value} in {sentence}: {values:?}"));
        other_event(sentence, found, previous, &[2022, 2023])
    }

    #[test]
    fn a_sentence_of_thousands_of_counts_is_read_near_each() {
        // Each value's clause was read whole: a sentence of 8,000 counts
        // took 10 s, quadratic.
        let sentence = format!(
            "Officials said{} in a separate attack.",
            " 7 people died and".repeat(2_000)
        );
        let values = crate::values::extract(&sentence);
        assert!(values.len() >= 2_000);
        CLAUSE_BYTES.with(|read| read.set(0));
        let apart = values
            .iter()
            .filter(|value| other_event(&sentence, value, None, &[2023]))
            .count();
        let read = CLAUSE_BYTES.with(std::cell::Cell::get);
        // Only the counts near "in a separate attack" are set apart.
        assert!(apart > 0 && apart < 100, "{apart} set apart");
        assert!(
            read <= values.len() * (2 * EVENT_REACH + 8),
            "{read} bytes read for {} values",
            values.len()
        );
    }

    #[test]
    fn a_count_after_a_projected_scenario_tells_of_the_scenario() {
        let projected =
            "About 40 percent of homes are projected to collapse when the fault ruptures.";
        assert!(other(
            Some(projected),
            "Planners estimate up to 20,000 deaths in the capital.",
            "20,000"
        ));
        // A verb of the past tells of what happened.
        assert!(!other(
            Some(projected),
            "The March quake killed 40 people in the town.",
            "40"
        ));
        assert!(!other(
            Some(projected),
            "So far 40 deaths are confirmed.",
            "40"
        ));
        // With no projection before it, an estimate is a report.
        assert!(!other(
            Some("Rescuers worked through the night."),
            "Planners estimate up to 20,000 deaths in the capital.",
            "20,000"
        ));
    }

    #[test]
    fn a_value_about_another_event_is_told_apart() {
        let spill = Some("In 2019 an earlier spill off Lagos fouled the beaches.");
        let barrels = "3,000 barrels";
        assert!(other(spill, "That spill released 3,000 barrels.", barrels));
        assert!(!other(
            Some("A tanker ran aground off Brest on Monday."),
            "That spill released 3,000 barrels.",
            barrels
        ));
        assert!(!other(spill, "The spill released 3,000 barrels.", barrels));
        assert!(other(
            None,
            "The 1999 quake killed 17,000 people.",
            "17,000"
        ));
        assert!(other(
            None,
            "It was the worst on record since a 7.6 magnitude earthquake which struck Izmit in 1999.",
            "7.6"
        ));
        assert!(other(
            None,
            "The previous eruption, in the same valley, buried 40 homes.",
            "40"
        ));
        assert!(other(
            None,
            "The last time the dam burst, 300 people were evacuated.",
            "300"
        ));
        assert!(!other(
            None,
            "One year ago today flight MH17 was downed, killing 298 passengers and crew.",
            "298"
        ));
        // Another of the event's victims is no other event.
        let another = "The death toll from the missile strike on the village rose to 52 on Friday after another victim died overnight in hospital.";
        assert!(!other(None, another, "52"));
        assert!(other(
            None,
            "The toll rose to 52 on Friday after another strike on the village.",
            "52"
        ));
        assert!(!other(
            None,
            "After another woman died in hospital, the toll rose to 57.",
            "57"
        ));
        // A superlative against a year's "when" clause: a past event, even
        // one of the year before.
        assert!(other(
            None,
            "Until now the deadliest flood in the province was in 2022, when 25 people drowned.",
            "25"
        ));
        assert!(other(
            None,
            "It is the worst mine collapse since 2009, when 61 miners died.",
            "61"
        ));
        assert!(other_event(
            "Before this, the deadliest attack was in 2021, when 14 soldiers died.",
            &crate::values::extract(
                "Before this, the deadliest attack was in 2021, when 14 soldiers died."
            )
            .into_iter()
            .find(|value| value.text == "14")
            .expect("the sentence writes 14"),
            None,
            &[]
        ));
        assert!(other(
            None,
            "So far the highest toll came at a mine in 2019 that killed 40 workers.",
            "40"
        ));
        assert!(!other(
            None,
            "The collapse, the deadliest since 2019 that the region has seen, killed 40 workers.",
            "40"
        ));
        // No superlative, or the event's own latest year: the story's own.
        assert!(!other(
            None,
            "The river rose in 2023, when 25 people drowned.",
            "25"
        ));
        // A 2019 article whose lede names 2014: "the 2014 disaster" is its own event.
        let sentence = "The 2014 disaster killed 298 people.";
        let values = crate::values::extract(sentence);
        let toll = values
            .iter()
            .find(|value| value.text == "298")
            .expect("the sentence writes 298");
        assert!(!other_event(sentence, toll, None, &[2014, 2018, 2019]));
        assert!(other_event(sentence, toll, None, &[2018, 2019]));
        assert!(!other_event(sentence, toll, None, &[]));
        assert!(!other(
            None,
            "The quake killed 17,000 people, more than the 1999 quake.",
            "17,000"
        ));
        assert!(!other(
            None,
            "In 2021, Huawei and MTS launched 5G networks across 14 locations.",
            "14"
        ));
        assert!(!other(
            None,
            "On the previous day, 500 people were evacuated.",
            "500"
        ));
        assert!(!other(
            None,
            "The toll rose to 3,000 from an earlier estimate.",
            "3,000"
        ));
        assert!(!other(
            None,
            "The deadliest quake since the 1939 Erzincan quake killed 5,000 people.",
            "5,000"
        ));
        // An event set apart: "separate", "another" or "similar" + noun.
        assert!(other(
            None,
            "In a separate attack on Sloviansk, 12 people were killed.",
            "12"
        ));
        assert!(other(
            None,
            "Twelve people were killed in another strike on Sloviansk.",
            "Twelve"
        ));
        assert!(other(
            None,
            "A missile of a similar type hit the city of Donetsk on March 14, killing 17 people.",
            "17"
        ));
        assert!(other(
            None,
            "The crash killed 71 people, the worst in Nepal since 1992, when 167 people died near Kathmandu.",
            "167"
        ));
        assert!(!other(
            None,
            "The crash killed 71 people, the worst in Nepal since 1992, when 167 people died near Kathmandu.",
            "71"
        ));
        assert!(!other(
            None,
            "Another 324 people were injured in the explosion.",
            "324"
        ));
        assert!(!other(
            None,
            "A similar number, 40 people, were injured.",
            "40"
        ));
    }

    /// `tokens` as a scan of `char_indices` read it before the byte scan.
    fn char_tokens(text: &str) -> Vec<(usize, &str)> {
        let mut chars = text.char_indices().peekable();
        std::iter::from_fn(move || {
            let (start, ch) = chars.find(|(_, ch)| !ch.is_whitespace())?;
            let mut stop = start + ch.len_utf8();
            if is_word_char(ch) {
                while let Some((at, next)) = chars.next_if(|(_, next)| is_word_char(*next)) {
                    stop = at + next.len_utf8();
                }
            }
            Some((start, text.get(start..stop).unwrap_or("")))
        })
        .collect()
    }

    proptest! {
        #[test]
        fn tokens_read_as_the_char_scan_did(
            text in "[ a-zA-Z09,.;'’\\-\t\n\u{b}\u{a0}\u{2009}éΣ٣—]{0,60}|\\PC{0,60}"
        ) {
            prop_assert_eq!(tokens(&text).collect::<Vec<_>>(), char_tokens(&text));
        }
    }
}
