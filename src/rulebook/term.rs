//! Terms: what a rule looks for, compiled from their TOML strings into
//! literal phrases (for the automaton) and size-limited regexes.

use regex::{Regex, RegexBuilder};

/// Largest compiled size of one regex term, in bytes.
pub(crate) const REGEX_SIZE_LIMIT: usize = 1 << 20;

/// What a hit does for its rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) enum Role {
    /// A positive term: `all` terms first, then `any` terms, by index.
    Term(u16),
    /// A `not` term: its presence vetoes the match.
    Not,
    /// A `not_inside` phrase: hits inside it do not count.
    NotInside,
    /// A denial cue.
    Deny,
}

/// One literal phrase: ASCII-lowercase, `’` written as `'`, single spaces.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) struct Literal {
    /// The phrase without its trailing `*`.
    pub text: String,
    /// True for `suppl*`: the last word may continue.
    pub prefix: bool,
}

/// One term: alternatives, any of which satisfies it.
#[derive(Debug, Clone, Default)]
pub(crate) struct Term {
    /// Literal alternatives.
    pub literals: Vec<Literal>,
    /// Regex alternatives.
    pub regexes: Vec<Regex>,
}

impl Term {
    /// Adds the alternatives of `other`.
    pub fn extend(&mut self, other: &Term) {
        self.literals.extend(other.literals.iter().cloned());
        self.regexes.extend(other.regexes.iter().cloned());
    }
}

/// A rule's compiled terms, by role.
#[derive(Debug, Clone, Default)]
pub(crate) struct RuleTerms {
    /// Every one must match.
    pub all: Vec<Term>,
    /// At least one must match (when not empty).
    pub any: Vec<Term>,
    /// None may match.
    pub not: Vec<Term>,
    /// Hits inside these do not count.
    pub not_inside: Vec<Term>,
    /// Denial cues.
    pub deny: Vec<Term>,
    /// Sentences a match may spread over (1 = one sentence).
    pub window: u32,
}

impl RuleTerms {
    /// Every term with its role, in a fixed order.
    pub fn with_roles(&self) -> impl Iterator<Item = (Role, &Term)> {
        let positive = self
            .all
            .iter()
            .chain(self.any.iter())
            .enumerate()
            .map(move |(idx, term)| (Role::Term(idx as u16), term));
        positive
            .chain(self.not.iter().map(|term| (Role::Not, term)))
            .chain(self.not_inside.iter().map(|term| (Role::NotInside, term)))
            .chain(self.deny.iter().map(|term| (Role::Deny, term)))
    }

    /// True when the automaton alone can tell where the rule may match: an
    /// `all` term made only of literals, or an `any` made only of literals.
    pub fn anchored(&self) -> bool {
        self.all.iter().any(|term| term.regexes.is_empty())
            || (!self.any.is_empty() && self.any.iter().all(|term| term.regexes.is_empty()))
    }
}

/// Compiles a phrase (`"military aid"`, `"suppl*"`); `Err` says what is wrong.
pub(crate) fn phrase(raw: &str) -> Result<Literal, String> {
    let normalized = raw
        .replace('’', "'")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let (text, prefix) = match normalized.strip_suffix('*') {
        Some(stem) => (stem.trim_end().to_string(), true),
        None => (normalized, false),
    };
    if text.contains('*') {
        return Err(format!(
            "`*` may only end a phrase, found it inside `{raw}`"
        ));
    }
    if text.is_empty() {
        return Err("empty term".to_string());
    }
    if prefix && text.ends_with(' ') {
        return Err(format!("`*` must follow a word in `{raw}`"));
    }
    Ok(Literal {
        text: text.to_ascii_lowercase(),
        prefix,
    })
}

/// Compiles a regex term's pattern (without its `re:`); `Err` says what is wrong.
pub(crate) fn regex(pattern: &str) -> Result<Regex, String> {
    if pattern.is_empty() {
        return Err("empty regex".to_string());
    }
    let regex = RegexBuilder::new(pattern)
        .case_insensitive(true)
        .size_limit(REGEX_SIZE_LIMIT)
        .build()
        .map_err(|err| match err {
            regex::Error::CompiledTooBig(limit) => {
                format!("regex `{pattern}` exceeds the size limit of {limit} bytes")
            }
            other => {
                let text = other.to_string();
                let reason = text
                    .lines()
                    .rev()
                    .find(|line| !line.trim().is_empty())
                    .unwrap_or("invalid")
                    .trim()
                    .trim_start_matches("error: ")
                    .to_string();
                format!("invalid regex `{pattern}`: {reason}")
            }
        })?;
    if regex.is_match("") {
        return Err(format!("regex `{pattern}` matches the empty string"));
    }
    Ok(regex)
}

/// The spellings of a literal the automaton looks for: as written, and with
/// every `'` written `’`.
pub(crate) fn variants(literal: &Literal) -> Vec<String> {
    if literal.text.contains('\'') {
        vec![literal.text.clone(), literal.text.replace('\'', "’")]
    } else {
        vec![literal.text.clone()]
    }
}

/// True for the characters words are made of.
pub(crate) fn is_word(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(raw: &str, expected: Result<(&str, bool), &str>) {
        let got = phrase(raw).map(|literal| (literal.text, literal.prefix));
        let expected = expected
            .map(|(text, prefix)| (text.to_string(), prefix))
            .map_err(str::to_string);
        assert_eq!(got, expected, "phrase: {raw}");
    }

    #[test]
    fn phrases_are_normalised() {
        check("Military   Aid", Ok(("military aid", false)));
        check(
            "China’s foreign ministry",
            Ok(("china's foreign ministry", false)),
        );
        check("suppl*", Ok(("suppl", true)));
        check("  ", Err("empty term"));
        check("*", Err("empty term"));
        check(
            "sup*ply",
            Err("`*` may only end a phrase, found it inside `sup*ply`"),
        );
    }

    #[test]
    fn regexes_are_checked() {
        assert!(regex(r"\bS-?400s?\b").is_ok());
        assert_eq!(
            regex("a*").err().as_deref(),
            Some("regex `a*` matches the empty string")
        );
        assert!(regex("(unclosed")
            .unwrap_err()
            .starts_with("invalid regex `(unclosed`: "));
        assert!(regex(r"\w{1000}{1000}").unwrap_err().contains("size limit"));
    }

    #[test]
    fn apostrophes_get_a_curly_variant() {
        let literal = phrase("China's").expect("valid phrase");
        assert_eq!(variants(&literal), vec!["china's", "china’s"]);
    }
}
