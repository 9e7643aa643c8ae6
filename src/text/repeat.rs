//! Links pull quotes to the body sentences they repeat.
//!
//! Both texts are normalised to words: lower case, quotes dropped, dashes
//! and other punctuation folded to spaces. A pull quote repeats a body
//! sentence when its words appear in that sentence in order, allowing at
//! most a quarter of the pull quote's words to be missing (editors trim and
//! reword pull quotes: seed 000 prints "between Russia and China" where the
//! body says "between the two states"). Pull quotes under six words must
//! appear whole. The first body sentence that qualifies wins.

use crate::model::{Sentence, SentenceKind};

/// The shortest pull quote, in words, that may differ from its body sentence.
const MIN_FUZZY_WORDS: usize = 6;

/// Largest word-pair table computed for one comparison.
const MAX_CELLS: usize = 1 << 20;

/// Sets `repeat_of` on every pull quote of `sentences` that repeats a body sentence.
pub fn mark(text: &str, sentences: &mut [Sentence]) {
    if !sentences.iter().any(|s| s.kind == SentenceKind::PullQuote) {
        return;
    }
    let bodies: Vec<(usize, Vec<String>)> = sentences
        .iter()
        .enumerate()
        .filter(|(_, s)| s.kind == SentenceKind::Body)
        .map(|(idx, s)| (idx, words(text.get(s.start..s.end).unwrap_or_default())))
        .collect();
    for sentence in sentences.iter_mut() {
        if sentence.kind != SentenceKind::PullQuote {
            continue;
        }
        let quote = words(text.get(sentence.start..sentence.end).unwrap_or_default());
        sentence.repeat_of = bodies
            .iter()
            .find(|(_, body)| repeats(&quote, body))
            .map(|(idx, _)| *idx as u32);
    }
}

/// Whether the pull quote's words appear in `body`, in order, closely enough.
fn repeats(quote: &[String], body: &[String]) -> bool {
    if quote.is_empty() || quote.len() * body.len() > MAX_CELLS {
        return false;
    }
    let common = common_subsequence(quote, body);
    if quote.len() < MIN_FUZZY_WORDS {
        return common == quote.len() && body.windows(quote.len()).any(|w| w == quote);
    }
    common * 4 >= quote.len() * 3
}

/// The length of the longest common subsequence of two word lists.
fn common_subsequence(a: &[String], b: &[String]) -> usize {
    let mut row = vec![0usize; b.len() + 1];
    for word in a {
        let mut diagonal = 0;
        for (j, other) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = if word == other {
                diagonal + 1
            } else {
                above.max(row[j])
            };
            diagonal = above;
        }
    }
    row[b.len()]
}

/// Lower-cased words, with quotes removed and other punctuation as spaces.
fn words(text: &str) -> Vec<String> {
    let mut folded = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\'' | '’' | '‘' | '"' | '“' | '”' | '`' | '«' | '»' => {}
            c if c.is_alphanumeric() => folded.extend(c.to_lowercase()),
            _ => folded.push(' '),
        }
    }
    folded.split_whitespace().map(str::to_owned).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Whether `quote` repeats `body`.
    fn check(quote: &str, body: &str, expected: bool) {
        assert_eq!(
            repeats(&words(quote), &words(body)),
            expected,
            "quote: {quote:?}, body: {body:?}"
        );
    }

    #[test]
    fn seed_000_pull_quotes_repeat_their_body_sentences() {
        check(
            "Strategic collaboration between Russia and China in a contested, future-oriented domain like satellite technology could have serious implications for Ukraine",
            "Strategic collaboration between the two states in a contested, future-oriented domain like satellite technology could have serious implications for Ukraine, despite claims that such cooperation is in pursuit of “peaceful goals”.",
            true,
        );
        check(
            "Ukraine and its Western partners should prepare for the potential expansion of Russo-Chinese technological collaboration on the battlefield",
            "Concurrently, Ukraine should prepare for the potential expansion of Russo-Chinese technological collaboration on the battlefield – and so should the West, given that the impacts of such cooperation will extend to its ongoing lines of support.",
            true,
        );
    }

    #[test]
    fn normalisation_folds_quotes_dashes_and_case() {
        check(
            "China’s “neutral” stance—firm",
            "CHINAS neutral STANCE – firm.",
            true,
        );
        check(
            "Peaceful goals",
            "Despite claims of “peaceful goals”.",
            true,
        );
    }

    #[test]
    fn different_sentences_are_not_repeats() {
        check(
            "Strategic collaboration between Russia and China in a contested, future-oriented domain like satellite technology could have serious implications for Ukraine",
            "Satellite technology, another instrument capable of augmenting Russia’s military performance, is already the focus of intense Russo-Chinese collaboration.",
            false,
        );
        check("Peaceful goals", "Goals that are peaceful.", false);
        check("", "Anything.", false);
    }
}
