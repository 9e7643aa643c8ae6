//! Links pull quotes to the body sentences they repeat.
//!
//! Both texts are normalised to words: lower case, quotes dropped, dashes
//! and other punctuation folded to spaces. A pull quote repeats a body
//! sentence when its words appear in that sentence in order, allowing at
//! most a quarter of the pull quote's words to be missing (editors trim and
//! reword pull quotes: seed 000 prints "between Russia and China" where the
//! body says "between the two states"). Pull quotes under six words must
//! appear whole. The nearest body sentence that qualifies wins.

use crate::model::{Sentence, SentenceKind};

/// The shortest pull quote, in words, that may differ from its body sentence.
const MIN_FUZZY_WORDS: usize = 6;

/// How many body sentences on each side of a pull quote are compared with it.
const WINDOW: usize = 500;

/// Work allowed for one article: a base any real article stays far below,
/// plus this much per word of its body and pull quotes. Past it, pull quotes
/// are no longer compared (an article built to be slow keeps its pull quotes
/// as sentences of their own), so the work is linear in the article.
const BUDGET_BASE: u64 = 4_000_000;
const BUDGET_PER_WORD: u64 = 64;

/// Sets `repeat_of` on every pull quote of `sentences` that repeats a body
/// sentence, and returns the work done (words hashed, words compared), which
/// tests hold linear in the article.
///
/// Words are compared as 32-bit hashes; the body sentences nearest to the pull
/// quote are tried first, at most `WINDOW` on each side.
pub fn mark(text: &str, sentences: &mut [Sentence]) -> u64 {
    if !sentences.iter().any(|s| s.kind == SentenceKind::PullQuote) {
        return 0;
    }
    let bodies: Vec<usize> = (0..sentences.len())
        .filter(|&idx| sentences[idx].kind == SentenceKind::Body)
        .collect();
    // Word hashes of each body and pull-quote sentence, computed once.
    let words: Vec<Vec<u32>> = sentences
        .iter()
        .map(|sentence| {
            let mut out = Vec::new();
            if matches!(sentence.kind, SentenceKind::Body | SentenceKind::PullQuote) {
                hash_words(
                    text.get(sentence.start..sentence.end).unwrap_or_default(),
                    &mut out,
                );
            }
            out
        })
        .collect();
    let n_words: u64 = words.iter().map(|words| words.len() as u64).sum();
    let budget = BUDGET_BASE + BUDGET_PER_WORD * n_words;
    let mut work = n_words;
    let mut marks = Vec::new();
    for idx in 0..sentences.len() {
        if sentences[idx].kind != SentenceKind::PullQuote {
            continue;
        }
        let quote = &words[idx];
        let mut set = quote.clone();
        set.sort_unstable();
        set.dedup();
        let split = bodies.partition_point(|&body| body < idx);
        let mut budget = Budget {
            spent: &mut work,
            limit: budget,
        };
        let found = nearest_first(&bodies, split, idx)
            .find(|&body| repeats(quote, &set, &words[body], &mut marks, &mut budget));
        sentences[idx].repeat_of = found.map(|body| body as u32);
    }
    work
}

/// The work spent on an article's pull quotes, and its limit.
struct Budget<'a> {
    spent: &'a mut u64,
    limit: u64,
}

impl Budget<'_> {
    /// Spends `cost` if the budget allows it.
    fn spend(&mut self, cost: usize) -> bool {
        let after = *self.spent + cost as u64;
        if after > self.limit {
            return false;
        }
        *self.spent = after;
        true
    }
}

/// Body sentence indexes around the pull quote at `idx` (which would sit at
/// `split` among them), nearest first, the earlier one on a tie.
fn nearest_first(bodies: &[usize], split: usize, idx: usize) -> impl Iterator<Item = usize> + '_ {
    let mut before = bodies[..split].iter().rev().take(WINDOW).peekable();
    let mut after = bodies[split..].iter().take(WINDOW).peekable();
    std::iter::from_fn(move || match (before.peek(), after.peek()) {
        (Some(&&b), Some(&&a)) if idx - b <= a - idx => before.next().copied(),
        (Some(_), Some(_)) | (None, _) => after.next().copied(),
        (Some(_), None) => before.next().copied(),
    })
}

/// Whether the pull quote's words appear in `body`, in order, closely
/// enough; `false` once `budget` cannot pay for the comparison.
fn repeats(
    quote: &[u32],
    set: &[u32],
    body: &[u32],
    marks: &mut Vec<bool>,
    budget: &mut Budget,
) -> bool {
    if quote.is_empty() {
        return false;
    }
    let exact = quote.len() < MIN_FUZZY_WORDS;
    let need = if exact {
        quote.len()
    } else {
        (quote.len() * 3).div_ceil(4)
    };
    if body.len() < need || !budget.spend(body.len() + quote.len()) {
        return false;
    }
    // Cheap necessary condition: enough quote words occur in the body at all.
    marks.clear();
    marks.resize(set.len(), false);
    for word in body {
        if let Ok(pos) = set.binary_search(word) {
            marks[pos] = true;
        }
    }
    let present = quote
        .iter()
        .filter(|word| set.binary_search(word).is_ok_and(|pos| marks[pos]))
        .count();
    if present < need || !budget.spend(quote.len() * body.len()) {
        return false;
    }
    if exact {
        return body.windows(quote.len()).any(|window| window == quote);
    }
    common_subsequence(quote, body) >= need
}

/// The length of the longest common subsequence of two word lists.
fn common_subsequence(a: &[u32], b: &[u32]) -> usize {
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

/// Appends the FNV-1a hash of each lower-cased word of `text`: quotes are
/// dropped inside words, other punctuation separates them.
fn hash_words(text: &str, out: &mut Vec<u32>) {
    const OFFSET: u32 = 0x811C_9DC5;
    const PRIME: u32 = 0x0100_0193;
    let mut hash = OFFSET;
    let mut in_word = false;
    for c in text.chars() {
        if c.is_ascii() {
            if c.is_ascii_alphanumeric() {
                hash = (hash ^ u32::from(c.to_ascii_lowercase() as u8)).wrapping_mul(PRIME);
                in_word = true;
                continue;
            }
            if c != '\'' && c != '"' && c != '`' {
                if in_word {
                    out.push(hash);
                }
                hash = OFFSET;
                in_word = false;
            }
            continue;
        }
        match c {
            '\'' | '’' | '‘' | '"' | '“' | '”' | '`' | '«' | '»' => {}
            c if c.is_alphanumeric() => {
                for lower in c.to_lowercase() {
                    hash = (hash ^ lower as u32).wrapping_mul(PRIME);
                }
                in_word = true;
            }
            _ => {
                if in_word {
                    out.push(hash);
                }
                hash = OFFSET;
                in_word = false;
            }
        }
    }
    if in_word {
        out.push(hash);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Whether `quote` repeats `body`.
    fn check(quote: &str, body: &str, expected: bool) {
        let (mut quote_words, mut body_words) = (Vec::new(), Vec::new());
        hash_words(quote, &mut quote_words);
        hash_words(body, &mut body_words);
        let mut set = quote_words.clone();
        set.sort_unstable();
        set.dedup();
        let mut spent = 0;
        let mut budget = Budget {
            spent: &mut spent,
            limit: BUDGET_BASE,
        };
        assert_eq!(
            repeats(
                &quote_words,
                &set,
                &body_words,
                &mut Vec::new(),
                &mut budget
            ),
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
    fn nearest_body_sentences_come_first() {
        let bodies = [0, 1, 3, 4, 9];
        let order: Vec<usize> = nearest_first(&bodies, 2, 2).collect();
        assert_eq!(order, [1, 3, 0, 4, 9]);
        assert_eq!(
            nearest_first(&bodies, 5, 10).collect::<Vec<_>>(),
            [9, 4, 3, 1, 0]
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
