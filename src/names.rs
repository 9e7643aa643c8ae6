//! Collects the proper names of an article, for the name-variant check.
//!
//! A name is a capitalised word of letters (with at least one lower-case
//! letter, so acronyms are left out) that does not open its sentence;
//! a possessive `'s` is dropped. Furniture is never read.

use std::collections::BTreeMap;

use crate::model::{Article, ArticleId, Citation, NameCount, SentenceKind};

/// The article's names, each with its count and first citation, sorted by name.
pub fn mentions(article: &Article) -> Vec<NameCount> {
    let mut seen: BTreeMap<&str, (Citation, u32)> = BTreeMap::new();
    for sentence in &article.sentences {
        if sentence.kind == SentenceKind::Furniture {
            continue;
        }
        let Some(text) = article.text.get(sentence.start..sentence.end) else {
            continue;
        };
        let citation = Citation {
            doc: ArticleId(0),
            byte_start: sentence.start,
            byte_end: sentence.end,
            line: sentence.line,
            column: sentence.column,
        };
        for name in words(text).skip(1).filter(|word| is_name(word)) {
            seen.entry(name)
                .and_modify(|(_, count)| *count += 1)
                .or_insert((citation, 1));
        }
    }
    seen.into_iter()
        .map(|(name, (citation, count))| NameCount {
            name: name.to_string(),
            count,
            citations: vec![citation],
        })
        .collect()
}

/// The words of `text`: runs of letters, with a trailing possessive dropped.
fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|ch: char| !ch.is_alphabetic() && ch != '\'' && ch != '\u{2019}')
        .map(|word| {
            let word = word.trim_matches(|ch| ch == '\'' || ch == '\u{2019}');
            word.strip_suffix("'s")
                .or_else(|| word.strip_suffix("\u{2019}s"))
                .unwrap_or(word)
        })
        .filter(|word| !word.is_empty())
}

fn is_name(word: &str) -> bool {
    let mut chars = word.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    first.is_uppercase()
        && word.chars().count() >= 3
        && word.chars().all(char::is_alphabetic)
        && word.chars().any(char::is_lowercase)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Document, Sentence};

    fn check(text: &str, expected: &[(&str, u32)]) {
        let article = Article {
            document: Document::default(),
            text: text.to_string(),
            sentences: vec![Sentence {
                start: 0,
                end: text.len(),
                line: 1,
                column: 1,
                kind: SentenceKind::Body,
                repeat_of: None,
            }],
        };
        let found: Vec<(String, u32)> = mentions(&article)
            .into_iter()
            .map(|name| (name.name, name.count))
            .collect();
        let expected: Vec<(String, u32)> = expected
            .iter()
            .map(|(name, count)| (name.to_string(), *count))
            .collect();
        assert_eq!(found, expected, "text: {text}");
    }

    #[test]
    fn names_inside_a_sentence_are_collected() {
        check(
            "First, Koffman established the outline, as Mike Kofman discussed.",
            &[("Koffman", 1), ("Kofman", 1), ("Mike", 1)],
        );
    }

    #[test]
    fn possessives_and_acronyms() {
        check(
            "Then Vladimir Putin’s GLONASS met Putin's R&D.",
            &[("Putin", 2), ("Vladimir", 1)],
        );
    }
}
