//! Closed word classes of English that several readers test: the words
//! that open a relative clause, the auxiliaries of a passive and the past
//! participles that do not end in "-ed".
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

#[cfg(test)]
mod tests {
    use super::*;

    /// `word`'s answers from `is_wh_relative` and `is_relative`.
    fn check(word: &str, wh_relative: bool, relative: bool) {
        assert_eq!(is_wh_relative(word), wh_relative, "wh-relative: {word}");
        assert_eq!(is_relative(word), relative, "relative: {word}");
    }

    #[test]
    fn that_opens_a_relative_but_is_no_wh_word() {
        for word in ["which", "who", "whom", "whose", "where"] {
            check(word, true, true);
        }
        check("that", false, true);
        for word in ["what", "when", "and", "Which", ""] {
            check(word, false, false);
        }
    }
}
