//! Word stems: the form every inflection of a word shares, so "supplied",
//! "supplies" and "supplying" compare equal, and "sold" with "sell".
//!
//! Lower case, then a table of irregular forms mapped to their lemma, then
//! Snowball English. Role patterns (`rulebook::pattern`) compare words by it,
//! and the figure reader (`kinds::figure::subject`) tells one event's words by it.

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
/// mapped to their lemma, then Snowball English.
pub fn stem(word: &str) -> String {
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

/// The other number of a lower-case word: the plural, or third person, of
/// a word that has no suffix ("wound" → "wounds", "injury" → "injuries",
/// "crash" → "crashes"), the singular of a plural ("howitzers" →
/// "howitzer", "bodies" → "body"). Sorted, without `word`.
///
/// Only the "-s" inflection: a past or a gerund is as often an adjective or
/// a noun of another sense ("speeding" → "speed" as in "high-speed",
/// "missing" → "missed", "collided" → "colliding" in a clause of its own),
/// so rule writers list those forms themselves; measured on the eval beats,
/// adding them cost 35 wrong instances for 7 found. A candidate is kept only
/// when Snowball gives it `word`'s stem, so a word whose stem other words
/// share by accident ("us" and "uses") gets none. Words of fewer than three
/// letters, with anything but ASCII lower-case letters, or in "-ed",
/// "-ing" or "-ss" have none.
pub fn inflections(word: &str) -> Vec<String> {
    if word.len() < 3
        || !word.bytes().all(|byte| byte.is_ascii_lowercase())
        || word.ends_with("ed")
        || word.ends_with("ing")
        || word.ends_with("ss")
    {
        return Vec::new();
    }
    let target = stem(word);
    let mut forms = Vec::new();
    if let Some(base) = word.strip_suffix("ies") {
        forms.push(format!("{base}y"));
    } else if let Some(base) = word.strip_suffix("es") {
        forms.push(base.to_string());
        forms.push(format!("{base}e"));
    } else if let Some(base) = word.strip_suffix('s') {
        forms.push(base.to_string());
    } else {
        forms.push(plural(word));
    }
    forms.retain(|form| form.len() >= 3 && form != word && stem(form) == target);
    forms.sort();
    forms.dedup();
    forms
}

/// The regular plural (or third person) of a word: "-es" after a sibilant,
/// "-ies" for a final consonant + "y", else "-s".
fn plural(word: &str) -> String {
    let consonant_y = word
        .strip_suffix('y')
        .filter(|rest| rest.ends_with(|c: char| !matches!(c, 'a' | 'e' | 'i' | 'o' | 'u')));
    match consonant_y {
        Some(rest) => format!("{rest}ies"),
        None if word.ends_with(['s', 'x', 'z']) || word.ends_with("ch") || word.ends_with("sh") => {
            format!("{word}es")
        }
        None => format!("{word}s"),
    }
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

    fn check_forms(word: &str, expected: &[&str]) {
        let forms = inflections(word);
        for form in expected {
            assert!(
                forms.iter().any(|got| got == form),
                "{word}: {form} not in {forms:?}"
            );
        }
    }

    #[test]
    fn a_word_has_its_other_number() {
        check_forms("wound", &["wounds"]);
        check_forms("wounds", &["wound"]);
        check_forms("injuries", &["injury"]);
        check_forms("injury", &["injuries"]);
        check_forms("howitzer", &["howitzers"]);
        check_forms("howitzers", &["howitzer"]);
        check_forms("crash", &["crashes"]);
        check_forms("crashes", &["crash"]);
        check_forms("strikes", &["strike"]);
        check_forms("bodies", &["body"]);
        check_forms("kill", &["kills"]);
    }

    #[test]
    fn pasts_gerunds_and_words_in_ss_have_none() {
        for word in [
            "wounded", "speeding", "missing", "collided", "dying", "press", "mass",
        ] {
            assert_eq!(inflections(word), Vec::<String>::new(), "word: {word}");
        }
    }

    #[test]
    fn short_words_names_and_stems_shared_by_accident_have_none() {
        for word in ["us", "un", "U.S.", "Kyiv", "S-400"] {
            assert_eq!(inflections(word), Vec::<String>::new(), "word: {word}");
        }
        assert!(!inflections("us").iter().any(|form| form == "uses"));
        assert!(!inflections("news").iter().any(|form| form == "new"));
    }
}
