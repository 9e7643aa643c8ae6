//! Dress: a kind of people named only by what someone wore or posed as.
//!
//! Matches: "killed by men wearing army uniforms", "gunmen in military
//!          fatigues", "people wearing the uniforms of the national armed
//!          forces", "attackers dressed as police officers", "men posing as
//!          soldiers"
//! Ignores: "soldiers in uniform opened fire" (the soldiers are the head),
//!          "the army handed out uniforms" (the army acts), "police said the
//!          men wore masks" (no dress named by a kind of people)
//!
//! Clothes of a kind of people say who the wearers looked like, not who
//! they were: "killed by men wearing army uniforms" does not say the army
//! killed them. The rulebook leaves a hit inside such a phrase out of a
//! proposition's terms (`Rulebook::not_only_aside`), unless the rule also
//! matched the clothes' noun there (a rule about the uniforms themselves).

use std::borrow::Cow;
use std::ops::Range;

/// Nouns of dress that a kind of people may modify ("army uniforms") or
/// take as an "of" phrase ("the uniforms of the police").
/// Not "outfit", which news text uses for an armed group ("a militant
/// outfit carried out the attack").
#[rustfmt::skip]
const DRESS: [&str; 14] = [
    "uniform", "uniforms", "fatigues", "clothing", "clothes", "gear", "attire", "garb",
    "camouflage", "insignia", "vests", "vest", "helmets", "regalia",
];

/// Forces and services whose dress others may wear: a modifier of a noun of
/// dress names a kind of people only with one of these in it ("army
/// uniforms", "police-style fatigues", "national armed forces uniforms");
/// "a suicide vest", "protective gear" name no wearer.
#[rustfmt::skip]
const FORCES: [&str; 17] = [
    "army", "armed", "forces", "military", "militia", "navy", "naval", "police", "gendarmerie",
    "security", "troops", "soldiers", "soldier", "guard", "guards", "marine", "marines",
];

/// Verbs that make their object what someone only looked like: "dressed as
/// police officers", "posing as soldiers".
#[rustfmt::skip]
const POSING: [&str; 6] = [
    "dressed", "disguised", "posing", "posed", "masquerading", "impersonating",
];

/// How many words before a noun of dress may modify it ("national army
/// uniforms"), and how many words an "of" phrase or a posing verb's object
/// may hold ("the uniforms of the national armed forces").
const MODIFIER_REACH: usize = 3;
const OBJECT_REACH: usize = 5;

/// Words that end a modifier or an object read back or forth: function
/// words of another phrase, verbs of wearing, and clause words.
#[rustfmt::skip]
const STOPS: [&str; 30] = [
    "in", "on", "at", "by", "with", "wearing", "wore", "worn", "wear", "and", "or", "but", "who",
    "which", "that", "when", "while", "as", "from", "to", "for", "into", "had", "have", "has",
    "was", "were", "is", "are", "after",
];

/// One phrase of dress: its byte range and that of its noun of dress.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Worn {
    /// The whole phrase: the modifier and the noun, the noun and its "of"
    /// phrase, or a posing verb and its object.
    pub phrase: Range<usize>,
    /// The noun of dress, or the posing verb.
    pub noun: Range<usize>,
}

/// The phrases of dress in `quote`, in order.
pub(crate) fn worn(quote: &str) -> Vec<Worn> {
    // Words only: a mark between two words keeps them apart (`apart`).
    let words: Vec<(usize, &str)> = super::toll::tokens(quote)
        .into_iter()
        .filter(|(_, word)| word.starts_with(char::is_alphanumeric))
        .collect();
    // Most words are lower case already: borrowed, no allocation.
    let lower: Vec<Cow<'_, str>> = words
        .iter()
        .map(|(_, word)| {
            if word.bytes().any(|byte| byte.is_ascii_uppercase()) {
                Cow::Owned(word.to_ascii_lowercase())
            } else {
                Cow::Borrowed(*word)
            }
        })
        .collect();
    let stop = |idx: usize| {
        lower
            .get(idx)
            .is_none_or(|word| STOPS.contains(&word.as_ref()))
    };
    // Whether a mark stands between token `a` and token `b` (a < b).
    let apart = |a: usize, b: usize| {
        let (Some((start, word)), Some((end, _))) = (words.get(a), words.get(b)) else {
            return true;
        };
        quote
            .get(start + word.len()..*end)
            .is_none_or(|between| between.chars().any(|ch| !ch.is_whitespace()))
    };
    let span = |from: usize, to: usize| {
        let (start, _) = words[from];
        let (end, word) = words[to];
        start..end + word.len()
    };
    let mut found = Vec::new();
    for (idx, word) in lower.iter().enumerate() {
        let dress = DRESS.contains(&unstyled(word));
        let posing = POSING.contains(&word.as_ref());
        if !dress && !posing {
            continue;
        }
        if dress {
            // "army uniforms", "police-style uniforms".
            // A word that may modify the noun: no stop, verb form or
            // function word ("armed" of "armed forces" is one).
            let modifies = |at: usize| {
                let word = lower.get(at).map_or("", |word| word.as_ref());
                let verb = word.ends_with("ing") || (word.ends_with("ed") && word != "armed");
                !stop(at) && !verb && !crate::values::words::is_function_word(word)
            };
            let mut first = idx;
            while first > 0
                && idx - (first - 1) <= MODIFIER_REACH
                && !apart(first - 1, first)
                && modifies(first - 1)
            {
                first -= 1;
            }
            let of_a_force = (first..idx).any(|at| {
                lower
                    .get(at)
                    .is_some_and(|word| FORCES.contains(&unstyled(word)))
            });
            if first < idx && of_a_force {
                found.push(Worn {
                    phrase: span(first, idx),
                    noun: span(idx, idx),
                });
            }
        }
        // "the uniforms of the armed forces", "dressed as police officers".
        let opener = if dress { "of" } else { "as" };
        let object = if posing && word == "impersonating" {
            Some(idx + 1)
        } else {
            (lower.get(idx + 1).map(|word| word.as_ref()) == Some(opener) && !apart(idx, idx + 1))
                .then_some(idx + 2)
        };
        if let Some(object) = object.filter(|at| *at < words.len() && !apart(*at - 1, *at)) {
            let mut last = object;
            while last + 1 < words.len()
                && last + 1 - object < OBJECT_REACH
                && !stop(last + 1)
                && !apart(last, last + 1)
            {
                last += 1;
            }
            found.push(Worn {
                phrase: span(idx, last),
                noun: span(idx, idx),
            });
        }
    }
    found
}

/// `word` without its "-style" endings ("police-style" is "police"), as
/// `trim_end_matches("-style")` cuts them, with no searcher built per word.
fn unstyled(word: &str) -> &str {
    let mut rest = word;
    while let Some(stem) = rest.strip_suffix("-style") {
        rest = stem;
    }
    rest
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Whether the first occurrence of `word` in `sentence` lies in a
    /// phrase of dress (`worn`).
    fn check(sentence: &str, word: &str, expected: bool) {
        let start = sentence.find(word).unwrap_or(usize::MAX);
        let end = start.saturating_add(word.len());
        let got = worn(sentence)
            .iter()
            .any(|worn| worn.phrase.start <= start && end <= worn.phrase.end);
        assert_eq!(got, expected, "sentence: {sentence}, word: {word}");
    }

    #[test]
    fn unstyled_cuts_as_trim_end_matches_does() {
        for word in [
            "police",
            "police-style",
            "army-style-style",
            "-style",
            "style",
            "",
        ] {
            assert_eq!(
                unstyled(word),
                word.trim_end_matches("-style"),
                "word: {word}"
            );
        }
    }

    #[test]
    fn a_kind_of_people_that_names_what_someone_wore_is_dress() {
        check(
            "The villagers were shot by gunmen wearing army uniforms, a survivor said.",
            "army",
            true,
        );
        check(
            "Witnesses described assailants in police-style fatigues.",
            "police",
            true,
        );
        check(
            "The raiders wore the uniforms of the national armed forces.",
            "armed forces",
            true,
        );
        check(
            "Men dressed as police officers stopped the bus at dawn.",
            "police",
            true,
        );
        check(
            "Two men posing as soldiers robbed the farmers.",
            "soldiers",
            true,
        );
    }

    #[test]
    fn a_kind_of_people_that_acts_or_heads_its_phrase_is_no_dress() {
        check(
            "Soldiers in uniform opened fire on the crowd.",
            "Soldiers",
            false,
        );
        check(
            "The army handed out uniforms to the recruits.",
            "army",
            false,
        );
        check(
            "Police said the men wore masks and gloves.",
            "Police",
            false,
        );
        check(
            "The uniforms were found near the barracks. The army denied involvement.",
            "army",
            false,
        );
    }

    #[test]
    fn dress_that_names_no_force_and_an_armed_outfit_are_no_dress() {
        // A vest or gear named by what it does, not by who wears it.
        check(
            "The blast was set off by a bomber wearing a suicide vest.",
            "suicide",
            false,
        );
        check(
            "Rescuers in protective gear searched the rubble.",
            "protective",
            false,
        );
        // "outfit" is an armed group as often as a set of clothes.
        check(
            "A rebel militant outfit attacked the convoy, officials said.",
            "militant",
            false,
        );
        // A force's dress is still dress.
        check("Gunmen in navy camouflage stormed the port.", "navy", true);
    }
}
