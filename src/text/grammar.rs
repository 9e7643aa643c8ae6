//! Closed word classes of English that several readers test: the words
//! that open a relative clause, the auxiliaries of a passive, the past
//! participles that do not end in "-ed", the auxiliaries of a verb group,
//! the personal pronouns, the determiners and quantifiers that open a noun
//! phrase and the prepositions.
//!
//! One list per class, so a clause, a role pattern and a speaker's noun
//! phrase decide the same word the same way. Every test takes a lower-case
//! word.

/// The wh-words that open a relative clause ("the rocket which landed",
/// "officials who spoke"); "that", which also opens a complement, is
/// `is_relative`'s only addition.
const WH_RELATIVES: &[&str] = &["which", "who", "whom", "whose", "where"];

/// Whether `word` is a wh-word that opens a relative clause ("which",
/// "who", "whom", "whose", "where"), never a complement.
pub fn is_wh_relative(word: &str) -> bool {
    WH_RELATIVES.contains(&word)
}

/// Whether `word` may open a relative clause: a wh-relative or "that".
pub fn is_relative(word: &str) -> bool {
    word == "that" || is_wh_relative(word)
}

/// The forms of "be" that make a passive with a participle after them:
/// "was shot down", "were built", "has been hit", "will be struck".
const PASSIVE_AUXILIARIES: &[&str] = &["was", "were", "is", "are", "been", "be"];

/// Whether `word` is a form of "be" that makes a passive ("was", "were",
/// "is", "are", "been", "be").
pub fn is_passive_auxiliary(word: &str) -> bool {
    PASSIVE_AUXILIARIES.contains(&word)
}

/// The forms of "be".
const BE: &[&str] = &["is", "are", "was", "were", "be", "been", "being"];

/// Whether `word` is a form of "be" ("is", "were", "been", "being").
pub fn is_be(word: &str) -> bool {
    BE.contains(&word)
}

/// The forms of "be", "have" and "do" and the modals, which stand before
/// a verb in its group ("were killed", "has said", "could have died").
#[rustfmt::skip]
const AUXILIARIES: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did",
    "will", "would", "shall", "should", "can", "could", "may", "might", "must",
];

/// Whether `word` is an auxiliary: a form of "be", "have" or "do", or a
/// modal ("will", "could", "must").
pub fn is_auxiliary(word: &str) -> bool {
    AUXILIARIES.contains(&word)
}

/// Past participles that do not end in "-ed" ("children", "women" and
/// "fifteen" end in "-en" and are none).
#[rustfmt::skip]
const IRREGULAR_PARTICIPLES: &[&str] = &[
    "shot", "hit", "hurt", "struck", "built", "made", "brought", "sent", "sold", "held", "found",
    "caught", "set", "put", "left", "lost", "kept", "led", "swept", "blown", "shown", "taken",
    "given", "seen", "known", "drawn", "driven", "written", "beaten", "broken", "chosen", "fallen",
    "hidden", "shaken", "stolen", "thrown", "sworn", "torn", "born",
];

/// Whether `word` is a past participle: a word of more than four letters
/// in "-ed" ("killed", "trapped"; not "red", "bed") or an irregular one
/// ("shot", "struck", "blown").
pub fn is_past_participle(word: &str) -> bool {
    (word.len() > 4 && word.ends_with("ed")) || IRREGULAR_PARTICIPLES.contains(&word)
}

/// Irregular past tenses not ending in "-ed" and not in
/// `IRREGULAR_PARTICIPLES` ("fled", "took", "went"). Some are participles
/// too ("told", "fought", "paid"): after a negated participle a second one
/// of these is read as the clause's own verb ("troops not deployed in the
/// city fled"), which the passive participles of `is_past_participle`
/// already are ("-ed" pasts such as "opened" need no entry).
#[rustfmt::skip]
const IRREGULAR_PASTS: &[&str] = &[
    "fled", "took", "went", "came", "ran", "gave", "fought", "stood", "fell", "rose", "saw",
    "told", "said", "began", "blew", "flew", "drove", "wrote", "stole", "withdrew", "broke",
    "spoke", "chose", "froze", "hid", "shook", "threw", "swore", "tore", "wore", "got", "met",
    "paid", "sat", "lay", "ate", "drew", "grew", "knew", "sank", "sought", "bought", "won",
    "became", "did", "had", "was", "were",
];

/// Whether `word` is one of `IRREGULAR_PASTS`: an irregular past tense
/// not ending in "-ed" ("fled", "took", "went"; "held" and "struck" are in
/// `IRREGULAR_PARTICIPLES`).
pub fn is_irregular_past(word: &str) -> bool {
    IRREGULAR_PASTS.contains(&word)
}

/// Personal pronouns and possessives of the first and third person, which
/// refer back to someone named before: a report that opens with one may be
/// about its speaker ("Moscow said that its forces …").
const PERSONAL_PRONOUNS: &[&str] = &[
    "it",
    "its",
    "itself",
    "they",
    "their",
    "them",
    "themselves",
    "he",
    "his",
    "she",
    "her",
    "we",
    "our",
    "us",
    "i",
    "my",
];

/// Whether `word` is a personal pronoun or possessive of the first or third
/// person ("it", "their", "we", "my"; not "you").
pub fn is_personal_pronoun(word: &str) -> bool {
    PERSONAL_PRONOUNS.contains(&word)
}

/// Articles, demonstratives and possessives: the determiners that say
/// which one a noun phrase names.
#[rustfmt::skip]
const DEFINITE: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our",
];

/// Quantifiers and small counts that may open a noun phrase.
#[rustfmt::skip]
const QUANTIFIERS: &[&str] = &[
    "many", "some", "several", "all", "most", "few", "each", "every", "one", "another", "two",
    "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds",
    "various",
];

/// Whether `word` is a determiner or quantifier that may open a noun phrase
/// ("the", "its", "several", "another", "three"); "that", which as often
/// opens a clause, is none.
pub fn is_determiner(word: &str) -> bool {
    (word != "that" && DEFINITE.contains(&word)) || QUANTIFIERS.contains(&word)
}

/// Whether the lower-cased `word` is an article, demonstrative or
/// possessive ("the", "that", "its"): it opens a noun phrase and says
/// which one.
pub fn is_definite(word: &str) -> bool {
    DEFINITE.contains(&word)
}

/// Prepositions: each opens a phrase of its own ("in Kyiv", "amid the
/// war", "following the attack").
#[rustfmt::skip]
const PREPOSITIONS: &[&str] = &[
    "in", "on", "at", "by", "with", "from", "about", "into", "over", "after", "before", "during",
    "since", "under", "against", "between", "through", "without", "within", "near", "amid",
    "following", "despite", "toward", "towards", "across", "around", "via", "per", "like", "than",
    "upon", "as", "to", "for", "of",
];

/// Whether `word` is a preposition ("in", "amid", "following").
pub fn is_preposition(word: &str) -> bool {
    PREPOSITIONS.contains(&word)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Whether `class` answers `expected` for each of `words`.
    fn check(class: fn(&str) -> bool, words: &[&str], expected: bool) {
        for word in words {
            assert_eq!(class(word), expected, "word: {word:?}");
        }
    }

    #[test]
    fn that_opens_a_relative_but_is_no_wh_word() {
        let wh = ["which", "who", "whom", "whose", "where"];
        check(is_wh_relative, &wh, true);
        check(is_relative, &wh, true);
        check(is_wh_relative, &["that"], false);
        check(is_relative, &["that"], true);
        let none = ["what", "when", "and", "Which", ""];
        check(is_wh_relative, &none, false);
        check(is_relative, &none, false);
    }

    #[test]
    fn the_forms_of_be_are_only_be() {
        let be = ["is", "are", "was", "were", "be", "been", "being"];
        check(is_be, &be, true);
        check(is_auxiliary, &be, true);
        check(
            is_be,
            &["has", "had", "will", "remains", "Is", "beings", ""],
            false,
        );
    }

    #[test]
    fn a_passive_is_a_form_of_be_and_a_participle() {
        let be = ["was", "were", "is", "are", "been", "be"];
        check(is_passive_auxiliary, &be, true);
        check(is_past_participle, &be, false);
        let participles = [
            "killed", "trapped", "shot", "struck", "lost", "built", "blown",
        ];
        check(is_past_participle, &participles, true);
        check(is_passive_auxiliary, &participles, false);
        let neither = [
            "being", "has", "red", "bed", "children", "fifteen", "shooting",
        ];
        check(is_passive_auxiliary, &neither, false);
        check(is_past_participle, &neither, false);
    }

    #[test]
    fn auxiliaries_are_be_have_do_and_the_modals() {
        check(
            is_auxiliary,
            &["being", "has", "did", "will", "could", "must"],
            true,
        );
        check(
            is_auxiliary,
            &["not", "also", "said", "get", "Was", ""],
            false,
        );
    }

    #[test]
    fn personal_pronouns_of_the_first_and_third_person() {
        let pronouns = [
            "it",
            "its",
            "they",
            "them",
            "themselves",
            "her",
            "we",
            "us",
            "i",
            "my",
        ];
        check(is_personal_pronoun, &pronouns, true);
        check(
            is_personal_pronoun,
            &["you", "that", "the", "It", ""],
            false,
        );
    }

    #[test]
    fn prepositions_open_a_phrase() {
        check(
            is_preposition,
            &["in", "amid", "following", "towards", "of"],
            true,
        );
        check(is_preposition, &["that", "the", "and", "In", ""], false);
    }

    #[test]
    fn determiners_open_a_noun_phrase() {
        let determiners = [
            "the", "an", "those", "their", "several", "another", "three", "dozens",
        ];
        check(is_determiner, &determiners, true);
        check(
            is_determiner,
            &["and", "by", "it", "The", "eleven", ""],
            false,
        );
    }
}
