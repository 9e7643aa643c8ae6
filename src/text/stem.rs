//! Word stems: the form every inflection of a word shares, so "supplied",
//! "supplies" and "supplying" compare equal, and "sold" with "sell".
//!
//! Lower case, then a table of irregular forms mapped to their lemma, then
//! Snowball English. Role patterns (`rulebook::pattern`) compare words by it,
//! and the figure reader (`kinds::figure::subject`) tells one event's words by it.

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::OnceLock;

use rust_stemmers::{Algorithm, Stemmer};

/// Irregular forms and the lemma they stem as.
pub const IRREGULAR: &[(&str, &str)] = &[
    ("sold", "sell"),
    ("sent", "send"),
    ("gave", "give"),
    ("given", "give"),
    ("bought", "buy"),
    ("made", "make"),
    ("struck", "strike"),
    ("blew", "blow"),
    ("blown", "blow"),
    ("brought", "bring"),
    ("built", "build"),
    ("took", "take"),
    ("taken", "take"),
    ("shot", "shoot"),
    ("fought", "fight"),
    ("led", "lead"),
    ("lent", "lend"),
    ("sought", "seek"),
    ("won", "win"),
    ("held", "hold"),
    ("met", "meet"),
    ("paid", "pay"),
    ("told", "tell"),
    ("said", "say"),
    ("began", "begin"),
    ("begun", "begin"),
    ("hit", "hit"),
    ("flew", "fly"),
    ("flown", "fly"),
    ("drove", "drive"),
    ("driven", "drive"),
    ("wrote", "write"),
    ("written", "write"),
    ("stole", "steal"),
    ("stolen", "steal"),
    ("withdrew", "withdraw"),
    ("withdrawn", "withdraw"),
];

/// The stem every form of a word shares: lower case, irregular forms
/// mapped to their lemma, then Snowball English. A thread remembers the
/// words it has stemmed (the figure reader stems a sentence's words again
/// for each of its values), up to `MAX_REMEMBERED` of them.
pub fn stem(word: &str) -> String {
    let remembered = STEMS.try_with(|cell| {
        let mut seen = cell.try_borrow_mut().ok()?;
        if let Some(known) = seen.get(word) {
            return Some(known.to_string());
        }
        let found = stem_anew(word);
        if seen.len() >= MAX_REMEMBERED {
            seen.clear();
        }
        seen.insert(word.into(), found.as_str().into());
        Some(found)
    });
    remembered.ok().flatten().unwrap_or_else(|| stem_anew(word))
}

/// How many words a thread's memory of stems holds before it is cleared.
const MAX_REMEMBERED: usize = 16_384;

thread_local! {
    /// The stems a thread has made, by the word as written.
    static STEMS: RefCell<HashMap<Box<str>, Box<str>, foldhash::fast::RandomState>> =
        RefCell::new(HashMap::default());
}

/// `stem`, made from the word.
fn stem_anew(word: &str) -> String {
    static STEMMER: OnceLock<Stemmer> = OnceLock::new();
    let lower = word.to_lowercase();
    let lemma = IRREGULAR
        .iter()
        .find(|(form, _)| *form == lower)
        .map_or(lower.as_str(), |(_, lemma)| lemma);
    STEMMER
        .get_or_init(|| Stemmer::create(Algorithm::English))
        .stem(lemma)
        .into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(word: &str, expected: &str) {
        assert_eq!(stem(word), expected, "word: {word}");
    }

    #[test]
    fn inflections_share_a_stem_and_irregular_forms_their_lemma() {
        for (word, expected) in [
            ("supplied", "suppli"),
            ("Supplies", "suppli"),
            ("supplying", "suppli"),
            ("howitzers", "howitz"),
            ("sold", "sell"),
            ("SOLD", "sell"),
            ("withdrawn", "withdraw"),
            ("claimed", "claim"),
        ] {
            check(word, expected);
        }
    }
}
