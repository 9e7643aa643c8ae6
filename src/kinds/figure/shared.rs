//! A value two figure rules take in one sentence: which rule it answers.
//!
//! Each figure rule reads its sentence alone, so a number that one rule's
//! words count is often taken by another rule whose words stand elsewhere in
//! the sentence. A value goes to the rules whose `all` terms its own phrase
//! binds (`subject::binding`: its noun phrase, its verb, the word it
//! follows): a rule with a term bound nowhere near it yields to a rule whose
//! every term is, and a rule whose bound words another's cover and outnumber
//! yields to that one.
//!
//! Yields: "132 people were killed in police raids" for a count of police
//! officers killed (to the toll of the dead); "four police officers were
//! killed" for the toll of the dead (to the count of officers killed).
//! Keeps both: "killing all 10 passengers onboard" for the dead and for
//! those aboard.

use std::ops::Range;

use crate::model::Value;

use super::{subject, Matched};

/// How one figure rule's matched words bind the value its instance took.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Binding {
    /// Whether every `all` term of the rule has a hit the value's phrase binds.
    pub complete: bool,
    /// The bound hits (byte spans inside the sentence).
    pub hits: Vec<Range<usize>>,
}

/// How `value` is bound to the trigger words of `matched` (a rule with
/// `n_all` `all` terms); none for a rule with no `all` terms or whose
/// triggers are a role pattern's slots: its words say nothing of the value.
pub fn binding(quote: &str, value: &Value, matched: &Matched<'_>, n_all: usize) -> Option<Binding> {
    // "three of them died": the part's noun is the whole's, written before.
    let anaphor = quote.get(value.end..).is_some_and(|rest| {
        let rest = rest.trim_start().to_ascii_lowercase();
        ["of them", "of whom", "of those", "of these", "of which"]
            .iter()
            .any(|cue| rest.starts_with(cue))
    });
    if n_all == 0 || anaphor || matched.groups.len() != matched.triggers.len() {
        return None;
    }
    let bound = subject::binding(quote, value, matched.triggers);
    let complete = (0..n_all).all(|group| {
        bound.iter().any(|&idx| {
            matched
                .groups
                .get(idx)
                .is_some_and(|term| usize::from(*term) == group)
        })
    });
    let hits = bound
        .iter()
        .filter_map(|&idx| matched.triggers.get(idx).cloned())
        .collect();
    Some(Binding { complete, hits })
}

impl Binding {
    /// Whether a rule bound to the value this way leaves it to a rule bound
    /// as `other`: `other` binds every term and this does not, or both bind
    /// every term and `other`'s bound words cover this one's and add more
    /// ("five people seriously injured" is the seriously injured's, not the
    /// injured's).
    pub fn yields_to(&self, other: &Binding) -> bool {
        if !other.complete || other.hits.is_empty() {
            return false;
        }
        if !self.complete {
            return true;
        }
        let covers = |span: &Range<usize>, by: &[Range<usize>]| {
            by.iter()
                .any(|hit| hit.start <= span.start && span.end <= hit.end)
        };
        let overlaps = |span: &Range<usize>, by: &[Range<usize>]| {
            by.iter()
                .any(|hit| hit.start < span.end && span.start < hit.end)
        };
        self.hits.iter().all(|hit| covers(hit, &other.hits))
            && other.hits.iter().any(|hit| !overlaps(hit, &self.hits))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Whether, in `sentence`, the rule whose `all` terms are `loser` yields
    /// the value written `number` to the rule whose terms are `winner`
    /// (each term a list of phrases, matched as whole words).
    fn check(sentence: &str, number: &str, loser: &[&[&str]], winner: &[&[&str]], expected: bool) {
        let values = crate::values::extract(sentence);
        let value = values
            .iter()
            .find(|value| sentence.get(value.start..value.end) == Some(number))
            .unwrap_or_else(|| panic!("no value {number} in: {sentence}"));
        let bind = |terms: &[&[&str]]| {
            let (triggers, groups) = hits(sentence, terms);
            binding(
                sentence,
                value,
                &Matched {
                    spans: &triggers,
                    triggers: &triggers,
                    excluded: &[],
                    groups: &groups,
                },
                terms.len(),
            )
        };
        let yields = match (bind(loser), bind(winner)) {
            (Some(loser), Some(winner)) => loser.yields_to(&winner),
            _ => false,
        };
        assert_eq!(yields, expected, "sentence: {sentence}");
    }

    /// The whole-word hits of each term's phrases, with the term of each.
    fn hits(sentence: &str, terms: &[&[&str]]) -> (Vec<Range<usize>>, Vec<u16>) {
        let lower = sentence.to_lowercase();
        let mut found: Vec<(Range<usize>, u16)> = Vec::new();
        for (group, phrases) in terms.iter().enumerate() {
            for phrase in *phrases {
                for (at, _) in lower.match_indices(&phrase.to_lowercase()) {
                    let end = at + phrase.len();
                    let edge = |idx: Option<char>| idx.is_none_or(|ch| !ch.is_alphanumeric());
                    if edge(lower[..at].chars().next_back()) && edge(lower[end..].chars().next()) {
                        found.push((at..end, u16::try_from(group).unwrap_or(u16::MAX)));
                    }
                }
            }
        }
        found.sort_by_key(|(span, _)| (span.start, span.end));
        found.into_iter().unzip()
    }

    const DEAD: &[&str] = &["killed", "dead", "died"];
    const OFFICERS: &[&str] = &["police officers", "officers", "police"];

    #[test]
    fn a_term_in_another_phrase_leaves_the_value_to_the_rule_bound_whole() {
        check(
            "The public defender said 132 people were killed in Tuesday's police raids.",
            "132",
            &[OFFICERS, DEAD],
            &[DEAD],
            true,
        );
        check(
            "Authorities said 60 gang members died in the raid, but residents accused the police.",
            "60",
            &[OFFICERS, DEAD],
            &[DEAD],
            true,
        );
        check(
            "Officials warned that the toll could rise, with at least 150 reported injured.",
            "150",
            &[&["toll"]],
            &[&["injured"]],
            true,
        );
        // The level a change reached is its subject's: "killed" binds 8.
        check(
            "The number of people killed in the missile attack increased to 8.",
            "8",
            &[&["missile"]],
            &[DEAD],
            true,
        );
        check(
            "The magnitude 6.9 quake that shook the island left damaged homes.",
            "6.9",
            &[&["homes"]],
            &[&["magnitude"]],
            true,
        );
    }

    #[test]
    fn a_rule_whose_bound_words_cover_another_s_takes_the_value() {
        check(
            "A source told reporters that four police officers were also killed.",
            "four",
            &[DEAD],
            &[OFFICERS, DEAD],
            true,
        );
        check(
            "The crash left five people seriously injured, while another five had minor wounds.",
            "five",
            &[&["injured"]],
            &[&["seriously"], &["injured"]],
            true,
        );
        check(
            "The missile struck a playground, killing nine children.",
            "nine",
            &[&["killing", "killed"]],
            &[&["children"], &["killing", "killed"]],
            true,
        );
    }

    #[test]
    fn a_relative_clause_binds_the_verb_of_its_count() {
        check(
            "The governor posted photos of four police officers who were killed in the raid.",
            "four",
            &[DEAD],
            &[OFFICERS, DEAD],
            true,
        );
        check(
            "Funerals began for three soldiers who died in the ambush.",
            "three",
            &[DEAD],
            &[&["soldiers"], DEAD],
            true,
        );
    }

    #[test]
    fn rules_bound_alike_or_apart_keep_the_value() {
        // A part named by "of them" counts the whole's noun: no rule's words
        // say more of it than another's.
        check(
            "In all, 21 children were injured, three of them died and 18 are in hospital.",
            "three",
            &[&["children"], DEAD],
            &[DEAD],
            false,
        );
        // Bound the same way: neither outranks the other.
        check(
            "Officials said 30 died in the town.",
            "30",
            &[DEAD],
            &[DEAD],
            false,
        );
        // Each binds words the other does not: the dead and those aboard.
        check(
            "The plane crashed, killing all 10 passengers onboard.",
            "10",
            &[&["killing"]],
            &[&["passengers"], &["onboard"]],
            false,
        );
        // The other rule binds none of its terms: nothing outranks.
        check(
            "Rescuers said the missile attack left the city and 8 families were moved.",
            "8",
            &[&["missile"]],
            &[&["rescuers"]],
            false,
        );
        // The rule with the far term never takes the value from the bound one.
        check(
            "The public defender said 132 people were killed in police raids.",
            "132",
            &[DEAD],
            &[OFFICERS, DEAD],
            false,
        );
    }
}
