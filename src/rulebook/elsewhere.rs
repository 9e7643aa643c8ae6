//! Another event: a noun phrase that sets its event apart from the one a
//! proposition is about.
//!
//! Matches: "He recalled previous attacks by the occupiers on civilian
//!          targets", "in a separate strike on the port", "unlike the
//!          earlier floods in the valley", "killed in another strike"
//!          "Russia has already violated the border four times this year"
//!          (a perfect that tallies its occasions), "the blast came a day
//!          after a fire at a depot killed three" (what the event came after),
//!          "In 2019, a fire at a textile factory killed 17 workers", "A
//!          March gas explosion at a mine killed 40" (a background sentence)
//! Ignores: "her previous statement on the strike" (a statement about the
//!          event, not another event), "the strike was a separate attack on
//!          civilians" (a copula: the same event described), "Russia carried
//!          out another strike on Sumy" (a bare "another": maybe this very
//!          event), "the attack on other cities", "blamed each other for
//!          shelling", "two hours earlier the strike hit", "The explosion
//!          on Saturday killed 40" (the story's own event)
//!
//! The rulebook leaves a hit inside such a phrase out of a proposition's
//! terms (`Rulebook::not_only_aside`): the words name the other event,
//! not the one the rule tracks.

use std::ops::Range;

use crate::kinds::figure::{
    background_event, came_after, is_old_year, marks_other_event, sets_apart_after, words,
};

/// Words that may set the event of the noun after them apart, as the
/// figure reader reads them (`kinds::figure::marks_other_event`: "previous
/// attacks", "an earlier strike", "a separate raid"; "another" and
/// "similar" only after "in", "during" or "after",
/// `kinds::figure::sets_apart_after`: "killed in another strike").
#[rustfmt::skip]
const MARKERS: [&str; 7] = [
    "previous", "prior", "earlier", "separate", "separately", "another", "similar",
];

/// Nouns of events a marker sets apart, in the singular; a plural adds
/// "s" or "es".
#[rustfmt::skip]
const EVENTS: [&str; 25] = [
    "attack", "strike", "airstrike", "shelling", "bombing", "raid", "assault", "incident",
    "explosion", "blast", "crash", "shooting", "massacre", "disaster", "flood", "earthquake",
    "quake", "fire", "spill", "collapse", "case", "trial", "election", "offensive", "occurrence",
];

/// Verbs of being: a marked noun after one (and an article) describes the
/// same event ("was a separate attack on civilians" is no phrase about
/// another event to leave out: it says what the event was).
#[rustfmt::skip]
const COPULAS: [&str; 11] = [
    "is", "was", "are", "were", "be", "been", "being", "it's", "that's", "it’s", "that’s",
];

/// Words that end a phrase about another event.
const PHRASE_ENDS: [char; 8] = [',', ';', ':', '.', '—', '–', '(', ')'];

/// The byte ranges of `quote` that tell of another event: from a marker
/// whose noun (next, or after one more word: "previous Russian attacks")
/// is a noun of events and whose words the figure reader takes for another
/// event, to the next mark that ends a phrase (`PHRASE_ENDS`) or the end.
/// "another" and "similar" start one only after "in", "during" or "after"
/// (and an article); a bare "another strike" may be the
/// event itself ("Russia carried out another strike on Sumy"), and "each
/// other" or "one another" is none. "Other" and "past" are no markers
/// ("other towns", "the past week"), nor is "earlier" without an article
/// ("two hours earlier the strike hit"). A marker after a verb of being
/// (and an article) starts none. A background sentence of another event
/// ("A March gas explosion at a mine in Tabas killed more than 40 people",
/// "In 2019, a fire at a textile factory killed 17 workers",
/// `kinds::figure::background_event`) is one too, up to its first mark;
/// a year in it is another event's when it is two or more before the year
/// the article was `published` (none without it). The quote's words and
/// marks are read once.
pub(crate) fn other_events(quote: &str, published: Option<i32>) -> Vec<Range<usize>> {
    let words: Vec<(usize, &str)> = words(quote).collect();
    let ends: Vec<usize> = quote
        .char_indices()
        .filter(|(_, ch)| PHRASE_ENDS.contains(ch))
        .map(|(at, _)| at)
        .collect();
    let lower = |at: usize| {
        words
            .get(at)
            .map(|(_, word)| word.to_ascii_lowercase())
            .unwrap_or_default()
    };
    let mut found = Vec::new();
    for (idx, (start, word)) in words.iter().enumerate() {
        let marker = word.to_ascii_lowercase();
        if !MARKERS.contains(&marker.as_str()) {
            continue;
        }
        let prev = idx.checked_sub(1).map_or(String::new(), lower);
        let names_event = (idx + 1..=idx + 2)
            .filter_map(|at| words.get(at))
            .any(|(_, noun)| is_event(noun));
        if !names_event {
            continue;
        }
        // The words before the marker, past an article.
        let article = ["a", "an", "the", "yet"].contains(&prev.as_str());
        let head = if article {
            idx.checked_sub(1)
        } else {
            Some(idx)
        };
        let before = head
            .and_then(|head| head.checked_sub(1))
            .map_or(String::new(), lower);
        if COPULAS.contains(&before.as_str()) {
            continue;
        }
        let from = head.and_then(|head| head.checked_sub(1)).unwrap_or(0);
        let window = (from..=idx + 2)
            .map(lower)
            .collect::<Vec<String>>()
            .join(" ");
        let cue = if marker == "another" || marker == "similar" {
            ["in", "during", "after"].contains(&before.as_str()) && sets_apart_after(&window)
        } else {
            marks_other_event(&window)
        };
        if !cue {
            continue;
        }
        let next = ends.partition_point(|end| end < start);
        let mut end = ends.get(next).copied().unwrap_or(quote.len());
        // "In a similar occurrence last year, rains caused floods": a
        // phrase that opens the sentence before its comma sets the scene
        // of the whole sentence, up to a semicolon.
        let opens = head == Some(1) && ["in", "during"].contains(&before.as_str());
        if opens && quote.get(end..).is_some_and(|rest| rest.starts_with(',')) {
            end = quote
                .get(end..)
                .and_then(|rest| rest.find(';'))
                .map_or(quote.len(), |at| end + at);
        }
        found.push(*start..end);
    }
    found.extend(repeated(quote, &words, &ends));
    // "The blast came a day after a fire at a depot killed three".
    if let Some(after) = came_after(quote) {
        let next = ends.partition_point(|end| *end < after);
        found.push(after..ends.get(next).copied().unwrap_or(quote.len()));
    }
    // "In 2019, a fire at a textile factory killed 17 workers."
    // The article's own year is its publication's.
    let own: Vec<i32> = published.into_iter().collect();
    found.extend(background_event(quote, |year| is_old_year(&own, year)));
    found.sort_by_key(|range| (range.start, range.end));
    found
}

/// The clauses of `quote` that count the occasions of a perfect ("Russia
/// has already violated the border four times this year", "the plant has
/// been shelled several times", "they have used them hundreds of times"):
/// a tally of earlier events, not a report of one. A clause runs between
/// the marks of `PHRASE_ENDS` and the coordinators "but" and "while"
/// ("had violated it four times this year but today's incursion …" leaves
/// today's incursion its own). "Twice" and "once" count no such tally
/// ("it had a licence only twice"), nor does a multiple ("five times its
/// average", "three times as many").
fn repeated(quote: &str, words: &[(usize, &str)], ends: &[usize]) -> Vec<Range<usize>> {
    let lower = |at: usize| {
        words
            .get(at)
            .map(|(_, word)| word.to_ascii_lowercase())
            .unwrap_or_default()
    };
    let mut found: Vec<Range<usize>> = Vec::new();
    for (idx, (start, word)) in words.iter().enumerate() {
        if !word.eq_ignore_ascii_case("times") || idx == 0 {
            continue;
        }
        let mut count = idx - 1;
        if lower(count) == "of" && count > 0 {
            count -= 1;
        }
        let amount = lower(count);
        let counts = amount.chars().all(|ch| ch.is_ascii_digit())
            || crate::values::words::number_word(&amount).is_some_and(|n| n >= 2.0)
            || OCCASIONS.contains(&amount.as_str());
        if !counts || MULTIPLE_NEXT.contains(&lower(idx + 1).as_str()) {
            continue;
        }
        let breaks = |at: usize| ["but", "while"].contains(&lower(at).as_str());
        let after_mark = ends.partition_point(|end| *end < *start);
        let mark_before = after_mark
            .checked_sub(1)
            .and_then(|at| ends.get(at))
            .copied();
        let mut first = idx;
        while first > 0
            && !breaks(first - 1)
            && mark_before.is_none_or(|mark| words.get(first - 1).is_some_and(|(at, _)| *at > mark))
        {
            first -= 1;
        }
        let perfect = (first..count).any(|at| ["has", "have", "had"].contains(&lower(at).as_str()));
        if !perfect {
            continue;
        }
        let mark_after = ends.get(after_mark).copied().unwrap_or(quote.len());
        let coordinator = (idx + 1..words.len())
            .take_while(|at| words.get(*at).is_some_and(|(at, _)| *at < mark_after))
            .find(|at| breaks(*at))
            .and_then(|at| words.get(at))
            .map(|(at, _)| *at);
        let from = words.get(first).map_or(0, |(at, _)| *at);
        let to = coordinator.map_or(mark_after, |at| at.saturating_sub(1));
        found.push(from..to.max(from));
    }
    found
}

/// Words of an indefinite number of occasions before "times" ("several
/// times", "hundreds of times").
#[rustfmt::skip]
const OCCASIONS: [&str; 9] = [
    "several", "many", "multiple", "numerous", "countless", "dozens", "hundreds", "thousands",
    "repeated",
];

/// Words after "N times" that make it a multiple, no count of occasions
/// ("five times its average", "three times as many", "ten times more").
#[rustfmt::skip]
const MULTIPLE_NEXT: [&str; 14] = [
    "its", "their", "the", "his", "her", "as", "more", "higher", "larger", "greater", "bigger",
    "that", "what", "than",
];

/// Whether `word` is a noun of events, singular or plural.
fn is_event(word: &str) -> bool {
    let lower = word.to_ascii_lowercase();
    EVENTS.iter().any(|event| {
        lower == *event
            || lower
                .strip_prefix(event)
                .is_some_and(|rest| rest == "s" || rest == "es")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The texts of the stretches of `sentence` about another event.
    fn check(sentence: &str, expected: &[&str]) {
        let got: Vec<&str> = other_events(sentence, Some(2025))
            .into_iter()
            .filter_map(|range| sentence.get(range))
            .collect();
        assert_eq!(got, expected, "sentence: {sentence}");
    }

    #[test]
    fn a_marked_noun_of_events_tells_of_another_event() {
        check(
            "He recalled previous attacks by the occupiers on civilian targets in Ukraine, saying that more would follow.",
            &["previous attacks by the occupiers on civilian targets in Ukraine"],
        );
        check(
            "Two people died in a separate strike on the port.",
            &["separate strike on the port"],
        );
        check(
            "Unlike the earlier floods in the valley, this one came at night.",
            &["earlier floods in the valley"],
        );
        check(
            "The court cited prior Russian cases against the firm.",
            &["prior Russian cases against the firm"],
        );
        // A phrase that opens the sentence before its comma sets the scene
        // of all of it, up to a semicolon.
        check(
            "In a similar occurrence last year, heavy rains and a dam collapse caused floods in the north.",
            &["similar occurrence last year, heavy rains and a dam collapse caused floods in the north."],
        );
        check(
            "During a separate raid, police shot two men; the city stayed calm.",
            &["separate raid, police shot two men"],
        );
    }

    #[test]
    fn a_marker_without_a_noun_of_events_or_after_a_copula_tells_of_none() {
        // A statement about the event is no other event.
        check(
            "This marks a shift from her previous statement on the strike.",
            &[],
        );
        check(
            "Erdogan repeated an earlier admission of shortcomings.",
            &[],
        );
        // The same event, described.
        check(
            "The strike on Sumy was a separate attack on civilians.",
            &[],
        );
        check("It's a separate attack on the port.", &[]);
        check("The strike is yet another attack on civilians.", &[]);
        check(
            "Russia carried out another strike on civilians in Sumy.",
            &[],
        );
        // Other places, other people.
        check("The missiles hit the city and other towns nearby.", &[]);
        check("Other attacks on the city followed.", &[]);
        check(
            "Ukraine and Russia blamed each other for shelling near the plant.",
            &[],
        );
        check(
            "Kyiv and Moscow accused one another of strikes on the plant.",
            &[],
        );
        check(
            "The council earlier said Russian forces bombed a theatre.",
            &[],
        );
        // A time before the event, not another event.
        check("Two hours earlier the strike hit a square.", &[]);
    }

    #[test]
    fn a_perfect_that_counts_its_occasions_tells_of_earlier_events() {
        check(
            "\"Moscow has already breached our waters three times this year, which is unacceptable.",
            &["Moscow has already breached our waters three times this year"],
        );
        check(
            "The minister said the plant had been shelled several times since May.",
            &["The minister said the plant had been shelled several times since May"],
        );
        // A coordinated clause of its own keeps its words.
        check(
            "The army had crossed the line 12 times this year but Friday's raid was the boldest.",
            &["The army had crossed the line 12 times this year"],
        );
        // Twice, once, a multiple, or no perfect: no tally of occasions.
        check("The club had a licence only twice.", &[]);
        check("Traders have sold five times the usual volume.", &[]);
        check("The jets crossed the border three times on Friday.", &[]);
    }

    #[test]
    fn what_the_event_came_after_is_another_event() {
        check(
            "The blast came a day after a fire at a depot killed three workers, police said.",
            &["after a fire at a depot killed three workers"],
        );
        check("The arrest came hours after the strike on the square.", &[]);
    }

    #[test]
    fn a_background_sentence_of_an_earlier_event_tells_of_another_event() {
        // A month, an old year or "similar" between the article and the
        // noun of events, or a past time opening the sentence: the clause
        // up to its first mark.
        for (sentence, other) in [
            (
                "A March gas explosion at a mine in Tabas killed more than 40 people.",
                "A March gas explosion at a mine in Tabas killed more than 40 people",
            ),
            (
                "In 2019, a fire at a textile factory in the same district killed 17 workers.",
                "In 2019, a fire at a textile factory in the same district killed 17 workers",
            ),
            (
                "Last year, a similar bus fire in Rajasthan killed 20 passengers.",
                "Last year, a similar bus fire in Rajasthan killed 20 passengers",
            ),
            (
                "Two years ago, an explosion at a fuel depot left nine dead, police said.",
                "Two years ago, an explosion at a fuel depot left nine dead",
            ),
            (
                "\"A 2018 blaze at the market killed 30 traders.",
                "A 2018 blaze at the market killed 30 traders",
            ),
        ] {
            check(sentence, &[other]);
        }
    }

    #[test]
    fn the_storys_own_event_is_no_background_event() {
        // A definite subject, a day of the week, a month with its day, a
        // recent year, no mark of time, a bare "another", "last week".
        for sentence in [
            "The explosion on Saturday killed 40 people.",
            "The blast, the deadliest since 2019, killed 40 people.",
            "In March, the blast killed 40 people.",
            "On Saturday, an explosion at the port killed 40 people.",
            "An April 26 explosion at the port killed 57 people.",
            "In 2024, a fire at the plant killed 17 workers.",
            "A huge explosion at the port near Bandar Abbas killed 40 people.",
            "Another explosion hit the port, killing 40.",
            "Last week, an explosion at the port killed 40.",
        ] {
            check(sentence, &[]);
        }
    }

    #[test]
    fn another_event_after_a_preposition_tells_of_another_event() {
        check(
            "Two people were killed in another strike on the port, officials said.",
            &["another strike on the port"],
        );
        check(
            "Five died during a similar attack on Kharkiv.",
            &["similar attack on Kharkiv"],
        );
    }
}
