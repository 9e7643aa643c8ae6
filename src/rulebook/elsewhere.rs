//! Another event: a noun phrase that sets its event apart from the one a
//! proposition is about.
//!
//! Matches: "He recalled previous attacks by the occupiers on civilian
//!          targets", "in a separate strike on the port", "unlike earlier
//!          floods in the valley"
//! Ignores: "her previous statement on the strike" (a statement about the
//!          event, not another event), "the strike was another attack on
//!          civilians" (a copula: the same event described), "the attack on
//!          other cities"
//!
//! The rulebook leaves a hit inside such a phrase out of a proposition's
//! terms (`Rulebook::not_only_elsewhere`): the words name the other event,
//! not the one the rule tracks.

use std::ops::Range;

/// Words that set the event of the noun after them apart.
#[rustfmt::skip]
const MARKERS: [&str; 8] = [
    "previous", "prior", "earlier", "past", "separate", "similar", "another", "other",
];

/// Nouns of events a marker sets apart, in the singular; a plural adds
/// "s" or "es".
#[rustfmt::skip]
const EVENTS: [&str; 24] = [
    "attack", "strike", "airstrike", "shelling", "bombing", "raid", "assault", "incident",
    "explosion", "blast", "crash", "shooting", "massacre", "disaster", "flood", "earthquake",
    "quake", "fire", "spill", "collapse", "case", "trial", "election", "offensive",
];

/// Verbs of being: a marked noun after one describes the same event ("was
/// another attack on civilians").
const COPULAS: [&str; 8] = ["is", "was", "are", "were", "be", "been", "being", "'s"];

/// The byte ranges of `quote` that tell of another event: from a marker
/// whose noun (next, or after one more word: "previous Russian attacks")
/// is a noun of events, to the next mark that ends a phrase (`,` `;` `:`
/// `.` a dash or a bracket) or the end. A marker right after a verb of
/// being starts none.
pub(crate) fn other_events(quote: &str) -> Vec<Range<usize>> {
    let words = words(quote);
    let mut found = Vec::new();
    for (idx, (start, word)) in words.iter().enumerate() {
        if !MARKERS
            .iter()
            .any(|marker| marker.eq_ignore_ascii_case(word))
        {
            continue;
        }
        let after_copula = idx
            .checked_sub(1)
            .and_then(|prev| words.get(prev))
            .is_some_and(|(_, prev)| COPULAS.iter().any(|be| be.eq_ignore_ascii_case(prev)));
        // "a separate", "an earlier": the article is no copula's.
        if after_copula {
            continue;
        }
        let names_event = (idx + 1..=idx + 2)
            .filter_map(|at| words.get(at))
            .any(|(_, noun)| is_event(noun));
        if !names_event {
            continue;
        }
        let rest = quote.get(*start..).unwrap_or("");
        let end = rest
            .find([',', ';', ':', '.', '—', '–', '(', ')'])
            .map_or(quote.len(), |at| start + at);
        found.push(*start..end);
    }
    found
}

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

/// Each word (letters, digits, hyphens, apostrophes) with its start, in
/// order; marks between them are left out.
fn words(text: &str) -> Vec<(usize, &str)> {
    let mut found = Vec::new();
    let mut start: Option<usize> = None;
    for (at, ch) in text.char_indices() {
        if ch.is_alphanumeric() || ch == '-' || ch == '\'' || ch == '’' {
            start.get_or_insert(at);
        } else if let Some(from) = start.take() {
            found.push((from, &text[from..at]));
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

    /// The texts of the stretches of `sentence` about another event.
    fn check(sentence: &str, expected: &[&str]) {
        let got: Vec<&str> = other_events(sentence)
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
            "Unlike earlier floods in the valley, this one came at night.",
            &["earlier floods in the valley"],
        );
        check(
            "The court cited prior Russian cases against the firm.",
            &["prior Russian cases against the firm"],
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
        check("The strike on Sumy is another attack on civilians.", &[]);
        // Other places, other people.
        check("The missiles hit the city and other towns nearby.", &[]);
        check(
            "Ukraine and Russia blamed each other for the attack on the plant.",
            &[],
        );
        check(
            "The council earlier said Russian forces bombed a theatre.",
            &[],
        );
    }
}
