//! Clauses: a sentence split into the clauses that scope its negation,
//! modality and cues.
//!
//! Matches: "The ministry denied involvement and suggested foreign agents were behind it."
//!          (main "The ministry denied involvement", coordinate "and suggested …",
//!          complement "foreign agents were behind it")
//! Ignores: "China and Russia held joint drills."   (one clause: "and" joins two names)
//!
//! One left-to-right pass over the words and marks, with a stack of open
//! clauses. Semicolons and "but" start a coordinate clause; "and"/"or"
//! before a verb, a pronoun or an auxiliary coordinate verb phrases; colons
//! start an elaboration; dashes and parentheses enclose a parenthetical;
//! quotation marks a quote; "which"/"who" a relative clause; "because",
//! "if", "although", "whether" … a subordinate clause; "that" or a bare clause
//! after a reporting verb ("said that …", "Kyiv says Russia …") a complement.
//! A relative or subordinate clause opened after a comma, or at the start,
//! ends at the next comma. Clauses are a heuristic reading of punctuation and
//! function words, not a parse; the cost is one pass over the sentence.

use std::borrow::Cow;
use std::collections::HashMap;
use std::ops::Range;
use std::sync::Arc;

use super::grammar;
use super::saying::{self, BARE, CUE, OPENS_CLAUSE, REPORTS};
use crate::model::{PubDate, Values};

/// What a clause is to the clause it hangs from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ClauseKind {
    /// The sentence's first clause.
    Main,
    /// After a semicolon, "but", or "and"/"or" before a verb phrase.
    Coordinate,
    /// After a colon.
    Elaboration,
    /// Inside parentheses or a pair of dashes.
    Parenthetical,
    /// Inside quotation marks.
    Quote,
    /// After "which", "who", "whose", "whom", "where", or "that" after a noun.
    Relative,
    /// After "because", "if", "although", "while", "whether", "unless" ….
    Subordinate,
    /// What a reporting verb reports: "said that …", "says Russia …".
    Complement,
}

/// One clause: its kind, the clause it hangs from, and the word or mark
/// that opened it. Its text may be interrupted by nested clauses.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Clause {
    /// What it is.
    pub kind: ClauseKind,
    /// The clause it hangs from (`None` for the main clause).
    pub parent: Option<usize>,
    /// The opener as written, lower case ("which", "if", ";", "(", "said").
    pub opener: String,
    /// Byte spans of its text, in order (nested clauses cut it).
    pub spans: Vec<Range<usize>>,
}

/// A sentence's clauses; `at` tells which clause a byte offset is in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Clauses {
    /// Clauses in the order they open; clause 0 is the main clause.
    pub clauses: Vec<Clause>,
    /// (start, clause) for each contiguous stretch, by start.
    stretches: Vec<(usize, usize)>,
}

impl Clauses {
    /// The clause holding byte `offset`.
    pub fn at(&self, offset: usize) -> usize {
        match self
            .stretches
            .binary_search_by(|(start, _)| start.cmp(&offset))
        {
            Ok(idx) => self.stretches[idx].1,
            Err(0) => 0,
            Err(idx) => self.stretches[idx - 1].1,
        }
    }

    /// Where clause `idx` opens: the start of its first stretch.
    pub fn start(&self, idx: usize) -> Option<usize> {
        self.clauses
            .get(idx)
            .and_then(|clause| clause.spans.first())
            .map(|span| span.start)
    }

    /// The kind of clause `idx` (main when out of range).
    pub fn kind(&self, idx: usize) -> ClauseKind {
        self.clauses
            .get(idx)
            .map_or(ClauseKind::Main, |clause| clause.kind)
    }

    /// Clause `idx` and every clause it hangs from, innermost first. A
    /// clause hangs from one split before it (`split`), so the chain holds
    /// each clause once; it stops at a parent not before its child, which
    /// guards against a loop in linear time (a test of each parent against
    /// the whole chain made a sentence of 10,000 nested relative clauses
    /// quadratic per call).
    pub fn ancestry(&self, idx: usize) -> Vec<usize> {
        #[cfg(test)]
        ANCESTRY_CALLS.with(|calls| calls.set(calls.get() + 1));
        let mut chain = vec![idx];
        let mut at = idx;
        while let Some(parent) = self.clauses.get(at).and_then(|clause| clause.parent) {
            if parent >= at {
                break;
            }
            chain.push(parent);
            at = parent;
        }
        chain
    }

    /// Whether `inner` is `outer` or lies inside it through complements and
    /// quotes only: what `outer`'s predicate governs ("no evidence that China
    /// supplied drones", "said: …"). An elaboration after a colon is not
    /// governed ("talks were not enough: they moved on to air strikes").
    pub fn governed_by(&self, inner: usize, outer: usize) -> bool {
        let mut at = inner;
        loop {
            if at == outer {
                return true;
            }
            let Some(clause) = self.clauses.get(at) else {
                return false;
            };
            let reported = matches!(clause.kind, ClauseKind::Complement | ClauseKind::Quote);
            match clause.parent {
                Some(parent) if reported && parent != at => at = parent,
                _ => return false,
            }
        }
    }

    /// Whether offsets `a` and `b` are in one clause, or one is in a
    /// complement (or quote) of the other's clause: a reporting frame and
    /// what it reports ("X said that …") read as one.
    pub fn same_scope(&self, a: usize, b: usize) -> bool {
        let (a, b) = (self.at(a), self.at(b));
        self.governed_by(a, b) || self.governed_by(b, a)
    }
}

/// Words that open a subordinate clause.
const SUBORDINATORS: &[&str] = &[
    "because", "although", "though", "whereas", "while", "if", "unless", "whether", "when",
    "whenever", "once", "lest",
];

/// Subject pronouns and auxiliaries: after "and"/"or" they start a new clause.
const CLAUSE_STARTS: &[&str] = &[
    "it", "they", "he", "she", "we", "i", "you", "is", "are", "was", "were", "has", "have", "had",
    "will", "would", "could", "can", "did", "does", "do", "may", "might", "must", "should",
    "shall", "then", "also",
];

/// Common verbs not ending in "-ed" that start a verb phrase after "and".
const VERBS: &[&str] = &[
    "said",
    "says",
    "sent",
    "sends",
    "sold",
    "sells",
    "told",
    "gave",
    "gives",
    "made",
    "makes",
    "took",
    "takes",
    "began",
    "became",
    "denies",
    "claims",
    "suggests",
    "warns",
    "urges",
    "supplies",
    "accuses",
    "blames",
    "calls",
    "says",
    "insists",
    "rejects",
    "vows",
    "plans",
    "struck",
    "blew",
    "built",
    "bought",
    "left",
    "held",
    "kept",
    "met",
    "won",
    "lost",
    "put",
    "dismisses",
    "promises",
    "flew",
    "fled",
    "fell",
    "ran",
    "went",
    "came",
    "rose",
    "broke",
    "fought",
    "threw",
];

/// One word or mark of the sentence.
#[derive(Debug, Clone)]
pub(crate) struct Token<'a> {
    pub span: Range<usize>,
    pub text: &'a str,
    pub lower: Lower<'a>,
    pub word: bool,
}

/// A token's lowercase form: the sentence's own text when it is lowercase
/// already (most words, every mark), so a token costs no allocation then.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Lower<'a>(Cow<'a, str>);

impl<'a> Lower<'a> {
    /// `text` lowercased as `str::to_lowercase` does.
    pub(crate) fn of(text: &'a str) -> Self {
        if !text.is_ascii() {
            Lower(Cow::Owned(text.to_lowercase()))
        } else if text.bytes().any(|byte| byte.is_ascii_uppercase()) {
            Lower(Cow::Owned(text.to_ascii_lowercase()))
        } else {
            Lower(Cow::Borrowed(text))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::ops::Deref for Lower<'_> {
    type Target = str;

    fn deref(&self) -> &str {
        &self.0
    }
}

impl PartialEq<&str> for Lower<'_> {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

impl PartialEq<str> for Lower<'_> {
    fn eq(&self, other: &str) -> bool {
        self.0 == other
    }
}

pub(crate) fn tokens(sentence: &str) -> Vec<Token<'_>> {
    // About one token in four bytes of news text: grown once at most,
    // instead of a doubling per power of two.
    let mut out = Vec::with_capacity(sentence.len() / 4 + 1);
    let mut chars = sentence.char_indices().peekable();
    while let Some((at, ch)) = chars.next() {
        if ch.is_alphanumeric() {
            let mut end = at + ch.len_utf8();
            while let Some(&(next_at, next)) = chars.peek() {
                let inner = matches!(next, '-' | '\'' | '’' | '.' | ',')
                    && sentence[next_at + next.len_utf8()..]
                        .chars()
                        .next()
                        .is_some_and(|after| {
                            after.is_alphanumeric()
                                && (next != ',' && next != '.' || after.is_ascii_digit())
                        });
                if next.is_alphanumeric() || inner {
                    end = next_at + next.len_utf8();
                    chars.next();
                } else {
                    break;
                }
            }
            let text = &sentence[at..end];
            out.push(Token {
                span: at..end,
                text,
                lower: Lower::of(text),
                word: true,
            });
        } else if !ch.is_whitespace() {
            let end = at + ch.len_utf8();
            let text = &sentence[at..end];
            out.push(Token {
                span: at..end,
                text,
                lower: Lower(Cow::Borrowed(text)),
                word: false,
            });
        }
    }
    out
}

/// Whether the "that" at `pos` follows a verb of saying and a short adjunct
/// of at most four words that opens with a preposition, in one stretch of
/// words: "also wrote on Telegram that at least three strikes were near the
/// facility" reports what was written.
fn reported_past_adjunct(tokens: &[Token<'_>], pos: usize) -> bool {
    let Some(before) = tokens.get(pos.saturating_sub(5)..pos) else {
        return false;
    };
    let run = before
        .iter()
        .rposition(|word| !word.word)
        .map_or(0, |at| at + 1);
    let words: Vec<&str> = before
        .iter()
        .skip(run)
        .map(|word| word.lower.as_str())
        .collect();
    saying::then_adjunct(&words, REPORTS)
}

/// Whether the word at `pos` ("after", "before", "since", "until") opens a
/// clause of its own with a speaker and a verb of saying: "…, after the army
/// said it had lost two soldiers" reports the army's words, where "after the
/// attack" is a phrase. The subject is one to six words in one stretch, with
/// no other verb of saying before its verb.
fn reported_after(tokens: &[Token<'_>], pos: usize) -> bool {
    let opens = tokens
        .get(pos)
        .is_some_and(|word| TEMPORAL_OPENERS.contains(&word.lower.as_str()));
    opens
        && (2..=7).any(|ahead| {
            let Some(subject) = tokens.get(pos + 1..pos + ahead) else {
                return false;
            };
            let verb = tokens.get(pos + ahead).is_some_and(|word| {
                word.word && !word.lower.ends_with("ing") && saying::is(&word.lower, CUE | REPORTS)
            });
            verb && subject.iter().all(|word| {
                word.word
                    && !saying::is(&word.lower, CUE)
                    && !["that", "it", "which", "who"].contains(&word.lower.as_str())
            }) && subject
                .iter()
                .any(|word| word.text.chars().any(char::is_alphabetic))
        })
}

/// Words of time that open a clause of their own before a speaker and a
/// verb of saying (`reported_after`).
const TEMPORAL_OPENERS: &[&str] = &["after", "before", "since", "until"];

/// Where a bare clause starts after the verb of saying at `pos` and "on"
/// and a day ("said on Tuesday Ukrainian forces were …"): the byte its
/// first word starts at, when that word can open a clause (not "that",
/// which opens its own, nor a preposition or a mark).
fn after_day(tokens: &[Token<'_>], pos: usize) -> Option<usize> {
    if tokens.get(pos + 1)?.lower != "on"
        || !crate::values::words::is_weekday(&tokens.get(pos + 2)?.lower)
    {
        return None;
    }
    let mut at = pos + 3;
    if tokens.get(at).is_some_and(|word| {
        matches!(
            word.lower.as_str(),
            "night" | "morning" | "evening" | "afternoon"
        )
    }) {
        at += 1;
    }
    let first = tokens.get(at)?;
    let opens = first.word
        && !matches!(
            first.lower.as_str(),
            "that"
                | "in"
                | "at"
                | "to"
                | "of"
                | "on"
                | "and"
                | "after"
                | "before"
                | "during"
                | "with"
                | "for"
                | "by"
                | "from"
                | "as"
                | "while"
                | "when"
        );
    opens.then_some(first.span.start)
}

/// Copulas after an expletive "it" ("it is unlikely that …").
const EXPLETIVE_COPULAS: &[&str] = &[
    "is", "was", "seems", "seemed", "remains", "remained", "appears", "appeared", "looks", "be",
    "been", "became", "becomes",
];

/// Whether the "that" at `pos` opens the subject clause of an expletive
/// "it" and a copula a few words before it, in the same stretch of words:
/// "it's unlikely in the minds of the trajectory that it was fired from
/// Russia" reports what is unlikely, as "said that" reports what is said.
fn extraposed(tokens: &[Token<'_>], pos: usize) -> bool {
    let from = pos.saturating_sub(10);
    let Some(before) = tokens.get(from..pos) else {
        return false;
    };
    for (idx, token) in before.iter().enumerate().rev() {
        if !token.word || grammar::is_relative(&token.lower) {
            return false;
        }
        let copula = |at: usize| {
            before
                .get(at)
                .is_some_and(|next| EXPLETIVE_COPULAS.contains(&next.lower.as_str()))
        };
        let expletive = matches!(token.lower.as_str(), "it's" | "it’s")
            || (token.lower == "it" && copula(idx + 1));
        if expletive {
            // Something stands between the copula and "that".
            let first_after = if token.lower == "it" {
                idx + 2
            } else {
                idx + 1
            };
            return first_after < before.len();
        }
    }
    false
}

/// The clauses of every quote of one article, split once each, and the
/// reporting frames (`text::frame::speakers`) of each, found once: the rule
/// patterns, scope checks, stance and factuality of every rule matching the
/// same quote share them.
#[derive(Debug, Default)]
pub struct Cache {
    /// By the quote's byte range in the article.
    split: HashMap<(usize, usize), Arc<Clauses>>,
    /// By the quote's byte range in the article.
    speakers: HashMap<(usize, usize), Arc<[Range<usize>]>>,
    /// The article's date, which completes the dates of `values`.
    published: Option<PubDate>,
    /// By the quote's byte range in the article.
    values: HashMap<(usize, usize), Values>,
}

impl Cache {
    /// The cache of an article published on `published` (what completes
    /// its dates without a year, `values::extract_dated`).
    pub fn dated(published: Option<PubDate>) -> Cache {
        Cache {
            published,
            ..Cache::default()
        }
    }

    /// The year the article was published, if its date is known.
    pub fn published_year(&self) -> Option<i32> {
        self.published.map(|date| i32::from(date.year()))
    }

    /// The values of `quote`, the article's text at `at`
    /// (`values::extract_dated` with the article's date), read once for
    /// the rulebook's tolls and the matcher's instances alike.
    pub fn values(&mut self, at: Range<usize>, quote: &str) -> Values {
        let published = self.published;
        self.values
            .entry((at.start, at.end))
            .or_insert_with(|| crate::values::extract_dated(quote, published).into())
            .clone()
    }

    /// The clauses of `quote`, the article's text at `at`.
    pub fn get(&mut self, at: Range<usize>, quote: &str) -> Arc<Clauses> {
        self.split
            .entry((at.start, at.end))
            .or_insert_with(|| Arc::new(split(quote)))
            .clone()
    }

    /// `text::frame::speakers` of `quote`, the article's text at `at`.
    pub fn speakers(&mut self, at: Range<usize>, quote: &str) -> Arc<[Range<usize>]> {
        if let Some(found) = self.speakers.get(&(at.start, at.end)) {
            return found.clone();
        }
        // One tokenisation for the split (when it is not held yet) and the frames.
        let tokens = tokens(quote);
        let clauses = self
            .split
            .entry((at.start, at.end))
            .or_insert_with(|| Arc::new(split_tokens(quote, &tokens)))
            .clone();
        let found: Arc<[Range<usize>]> =
            super::frame::speakers_tokens(quote, &clauses, &tokens).into();
        self.speakers.insert((at.start, at.end), found.clone());
        found
    }
}

/// An open clause on the stack, and what closes it.
#[derive(Debug, Clone, Copy)]
struct Open {
    idx: usize,
    /// Closed by the next comma.
    comma_ends: bool,
}

#[cfg(test)]
thread_local! {
    /// How many times `Clauses::ancestry` ran on this thread: a test bounds
    /// the work of a sentence by it.
    pub static ANCESTRY_CALLS: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// Splits `sentence` into clauses.
pub fn split(sentence: &str) -> Clauses {
    split_tokens(sentence, &tokens(sentence))
}

/// `split` of `sentence`, already cut into its `tokens`.
fn split_tokens(sentence: &str, tokens: &[Token<'_>]) -> Clauses {
    let mut clauses = vec![Clause {
        kind: ClauseKind::Main,
        parent: None,
        opener: String::new(),
        spans: Vec::new(),
    }];
    let mut stack = vec![Open {
        idx: 0,
        comma_ends: false,
    }];
    let mut stretches: Vec<(usize, usize)> = vec![(0, 0)];
    let mut in_double_quote = false;
    let mut open = |clauses: &mut Vec<Clause>,
                    stack: &mut Vec<Open>,
                    stretches: &mut Vec<(usize, usize)>,
                    kind: ClauseKind,
                    parent: usize,
                    opener: &str,
                    at: usize,
                    comma_ends: bool| {
        clauses.push(Clause {
            kind,
            parent: Some(parent),
            opener: opener.to_lowercase(),
            spans: Vec::new(),
        });
        let idx = clauses.len() - 1;
        stack.push(Open { idx, comma_ends });
        stretches.push((at, idx));
    };
    let resume = |stack: &[Open], stretches: &mut Vec<(usize, usize)>, at: usize| {
        if let Some(top) = stack.last() {
            stretches.push((at, top.idx));
        }
    };
    let top = |stack: &[Open]| stack.last().map_or(0, |open| open.idx);
    for (pos, token) in tokens.iter().enumerate() {
        let prev = pos.checked_sub(1).and_then(|idx| tokens.get(idx));
        let next = tokens.get(pos + 1);
        let after_comma = prev.is_none_or(|prev| prev.text == ",");
        let at = token.span.start;
        if !token.word {
            match token.text {
                ";" => {
                    // Back to the outermost clause of the quote, parenthesis or sentence.
                    while stack.len() > 1
                        && !matches!(
                            clauses[top(&stack)].kind,
                            ClauseKind::Quote | ClauseKind::Parenthetical
                        )
                    {
                        stack.pop();
                    }
                    let parent = top(&stack);
                    open(
                        &mut clauses,
                        &mut stack,
                        &mut stretches,
                        ClauseKind::Coordinate,
                        parent,
                        ";",
                        token.span.end,
                        false,
                    );
                }
                ":" => {
                    let parent = top(&stack);
                    let kind = if prev.is_some_and(|prev| saying::is(&prev.lower, REPORTS)) {
                        ClauseKind::Complement
                    } else {
                        ClauseKind::Elaboration
                    };
                    open(
                        &mut clauses,
                        &mut stack,
                        &mut stretches,
                        kind,
                        parent,
                        ":",
                        token.span.end,
                        false,
                    );
                }
                "(" | "[" => {
                    let parent = top(&stack);
                    open(
                        &mut clauses,
                        &mut stack,
                        &mut stretches,
                        ClauseKind::Parenthetical,
                        parent,
                        token.text,
                        token.span.end,
                        false,
                    );
                }
                ")" | "]" => {
                    close_through(&clauses, &mut stack, |clause| {
                        clause.kind == ClauseKind::Parenthetical && clause.opener != "—"
                    });
                    resume(&stack, &mut stretches, token.span.end);
                }
                "—" | "–" => {
                    let dash_open = stack.iter().rposition(|open| {
                        clauses[open.idx].kind == ClauseKind::Parenthetical
                            && clauses[open.idx].opener == "—"
                    });
                    match dash_open {
                        Some(depth) if depth > 0 => {
                            stack.truncate(depth);
                            resume(&stack, &mut stretches, token.span.end);
                        }
                        _ => {
                            let parent = top(&stack);
                            open(
                                &mut clauses,
                                &mut stack,
                                &mut stretches,
                                ClauseKind::Parenthetical,
                                parent,
                                "—",
                                token.span.end,
                                false,
                            );
                        }
                    }
                }
                "“" | "‘" => {
                    let parent = top(&stack);
                    open(
                        &mut clauses,
                        &mut stack,
                        &mut stretches,
                        ClauseKind::Quote,
                        parent,
                        "“",
                        token.span.end,
                        false,
                    );
                }
                "”" => {
                    close_through(&clauses, &mut stack, |clause| {
                        clause.kind == ClauseKind::Quote
                    });
                    resume(&stack, &mut stretches, token.span.end);
                }
                "\"" => {
                    if in_double_quote {
                        close_through(&clauses, &mut stack, |clause| {
                            clause.kind == ClauseKind::Quote
                        });
                        resume(&stack, &mut stretches, token.span.end);
                    } else {
                        let parent = top(&stack);
                        open(
                            &mut clauses,
                            &mut stack,
                            &mut stretches,
                            ClauseKind::Quote,
                            parent,
                            "“",
                            token.span.end,
                            false,
                        );
                    }
                    in_double_quote = !in_double_quote;
                }
                "." | "!" | "?"
                    if sentence[token.span.end..].starts_with(char::is_whitespace)
                        && next.is_some_and(|next| {
                            next.text
                                .starts_with(|ch: char| ch.is_uppercase() || "“\"‘(".contains(ch))
                        }) =>
                {
                    // A new sentence (a window of several): a new main clause.
                    clauses.push(Clause {
                        kind: ClauseKind::Main,
                        parent: None,
                        opener: token.text.to_string(),
                        spans: Vec::new(),
                    });
                    stack.clear();
                    stack.push(Open {
                        idx: clauses.len() - 1,
                        comma_ends: false,
                    });
                    stretches.push((token.span.end, clauses.len() - 1));
                    in_double_quote = false;
                }
                "," => {
                    let mut closed = false;
                    while stack.len() > 1 && stack.last().is_some_and(|open| open.comma_ends) {
                        stack.pop();
                        closed = true;
                    }
                    if closed {
                        resume(&stack, &mut stretches, token.span.start);
                    }
                }
                _ => {}
            }
            continue;
        }
        let word = token.lower.as_str();
        let next_lower = next.map_or("", |next| next.lower.as_str());
        let next_is_word = next.is_some_and(|next| next.word);
        if ends_subject_relative(tokens, pos, &clauses, &stack, &stretches) {
            // "The rocket that landed on the building was shot down": the
            // passive after a relative clause on its subject is its
            // clause's own verb.
            stack.pop();
            resume(&stack, &mut stretches, at);
        }
        if grammar::is_wh_relative(word) && pos > 0 {
            let parent = top(&stack);
            open(
                &mut clauses,
                &mut stack,
                &mut stretches,
                ClauseKind::Relative,
                parent,
                token.text,
                at,
                after_comma,
            );
        } else if (SUBORDINATORS.contains(&word) || reported_after(tokens, pos))
            && !(word == "while" && next_lower == "also")
            && (word != "once" || after_comma)
            && !(word == "whether" && next_lower == "or")
        {
            let parent = top(&stack);
            open(
                &mut clauses,
                &mut stack,
                &mut stretches,
                ClauseKind::Subordinate,
                parent,
                token.text,
                at,
                true,
            );
        } else if word == "that" && pos > 0 {
            let after_report = prev.is_some_and(|prev| saying::is(&prev.lower, REPORTS))
                || pos >= 2
                    && tokens.get(pos - 2).is_some_and(|word| {
                        // "rules out that": the noun "rules" reports nothing.
                        saying::is(&word.lower, REPORTS)
                            || (word.lower == "rules"
                                && prev.is_some_and(|prev| prev.lower == "out"))
                    })
                    && prev.is_some_and(|prev| prev.word && !prev.lower.ends_with("ly"))
                || reported_past_adjunct(tokens, pos);
            let after_noun = prev.is_some_and(|prev| prev.word)
                && next_is_word
                && (CLAUSE_STARTS.contains(&next_lower)
                    || next_lower.ends_with("ed")
                    || VERBS.contains(&next_lower)
                    || (next_lower.ends_with('s')
                        && tokens.get(pos + 2).is_some_and(|object| {
                            ["it", "the", "a", "an", "them", "its", "their"]
                                .contains(&object.lower.as_str())
                        })));
            let kind = if after_report || extraposed(tokens, pos) {
                Some(ClauseKind::Complement)
            } else if after_noun {
                Some(ClauseKind::Relative)
            } else {
                None
            };
            if let Some(kind) = kind {
                let parent = top(&stack);
                open(
                    &mut clauses,
                    &mut stack,
                    &mut stretches,
                    kind,
                    parent,
                    "that",
                    at,
                    kind == ClauseKind::Relative && after_comma,
                );
            }
        } else if starts_coordinate(word, after_comma, pos, next)
            && !not_only_but(sentence, tokens, pos)
        {
            coordinate(&mut clauses, &mut stack, &mut stretches, token, &mut open);
        } else if saying::is(word, BARE)
            && next_is_word
            && !matches!(
                next_lower,
                "that" | "it" | "so" | "on" | "in" | "at" | "to" | "of" | "he" | "she" | "they"
            )
            && prev.is_some_and(|prev| prev.word)
        {
            // "Kyiv says Russia blew up the dam": the rest is what is said.
            if let Some(next) = next {
                let parent = top(&stack);
                open(
                    &mut clauses,
                    &mut stack,
                    &mut stretches,
                    ClauseKind::Complement,
                    parent,
                    token.text,
                    next.span.start,
                    false,
                );
            }
        } else if let Some(start) = saying::is(word, BARE)
            .then(|| after_day(tokens, pos))
            .flatten()
            .filter(|_| prev.is_some_and(|prev| prev.word))
        {
            // "officials said on Tuesday Ukrainian forces were shelling the
            // city": the day dates the saying, the rest is what is said.
            let parent = top(&stack);
            open(
                &mut clauses,
                &mut stack,
                &mut stretches,
                ClauseKind::Complement,
                parent,
                token.text,
                start,
                false,
            );
        }
    }
    stretches.sort_by_key(|(start, _)| *start);
    // A later stretch starting at the same byte wins (the innermost clause).
    let mut merged: Vec<(usize, usize)> = Vec::with_capacity(stretches.len());
    for (start, idx) in stretches {
        match merged.last_mut() {
            Some(last) if last.0 == start => last.1 = idx,
            _ => merged.push((start, idx)),
        }
    }
    for (pos, (start, idx)) in merged.iter().enumerate() {
        let end = merged
            .get(pos + 1)
            .map_or(sentence.len(), |(next, _)| *next);
        if let Some(clause) = clauses.get_mut(*idx) {
            if start < &end {
                clause.spans.push(*start..end);
            }
        }
    }
    Clauses {
        clauses,
        stretches: merged,
    }
}

/// Most words a subject may have before a relative clause on it ends with
/// its clause's passive verb.
const SUBJECT_WORDS: usize = 5;

/// Whether the word at `pos` is a passive ("was shot down", "were built")
/// that ends the open restrictive relative clause on its clause's subject
/// and continues that clause: the relative clause holds at least one word
/// before it, the clause it hangs from has at most `SUBJECT_WORDS` words
/// before it ("The rocket that landed on the building was shot down",
/// "Buildings that collapsed were built before 1999"), and a past
/// participle follows, perhaps after an adverb. So does a modal after a
/// verb of the relative clause ("A fault that had not moved in centuries
/// could have triggered the quake").
fn ends_subject_relative(
    tokens: &[Token<'_>],
    pos: usize,
    clauses: &[Clause],
    stack: &[Open],
    stretches: &[(usize, usize)],
) -> bool {
    let Some(token) = tokens.get(pos) else {
        return false;
    };
    let modal = MODALS.contains(&token.lower.as_str());
    if !(grammar::is_passive_auxiliary(&token.lower) || modal) || stack.len() < 2 {
        return false;
    }
    // The cheap test first: a participle must follow, perhaps after an
    // adverb; or a word after a modal.
    let participle = grammar::is_past_participle;
    let follows = |offset: usize| {
        tokens
            .get(pos + offset)
            .filter(|token| token.word)
            .map(|token| token.lower.as_str())
    };
    let passive = follows(1).is_some_and(participle)
        || (follows(1).is_some_and(|word| word.ends_with("ly"))
            && follows(2).is_some_and(participle));
    if !(passive || (modal && follows(1).is_some())) {
        return false;
    }
    let (Some(open), Some(parent)) = (stack.last(), stack.get(stack.len() - 2)) else {
        return false;
    };
    let relative = clauses.get(open.idx);
    if open.comma_ends || relative.is_none_or(|found| found.kind != ClauseKind::Relative) {
        return false;
    }
    let start_of = |idx: usize| {
        stretches
            .iter()
            .find(|(_, held)| *held == idx)
            .map(|(start, _)| *start)
    };
    let (Some(relative_start), Some(parent_start)) = (start_of(open.idx), start_of(parent.idx))
    else {
        return false;
    };
    // Words from byte `from` up to `to`, counted up to `most` at most: the
    // tokens are in text order, so this reads at most `most` words.
    let words_in = |from: usize, to: usize, most: usize| {
        let first = tokens.partition_point(|token| token.span.start < from);
        tokens
            .get(first..)
            .unwrap_or(&[])
            .iter()
            .take_while(|token| token.span.start < to)
            .filter(|token| token.word)
            .take(most)
            .count()
    };
    // "A fault that had not moved in centuries could have triggered the
    // quake": a modal after the relative clause's own verb is its
    // subject's clause's verb ("the missile which could reach Berlin" has
    // no verb before its modal: the modal is the relative clause's).
    let verb_before = || {
        let first = tokens.partition_point(|token| token.span.start < relative_start);
        tokens
            .get(first..)
            .unwrap_or(&[])
            .iter()
            .take_while(|found| found.span.start < token.span.start)
            .skip(1)
            .any(|found| {
                found.word
                    && (grammar::is_auxiliary(&found.lower)
                        || grammar::is_past_participle(&found.lower)
                        || grammar::is_irregular_past(&found.lower))
            })
    };
    words_in(relative_start, token.span.start, 2) >= 2
        && words_in(parent_start, relative_start, SUBJECT_WORDS + 1) <= SUBJECT_WORDS
        && (passive || verb_before())
}

/// Modals that may start the verb group of a subject's clause after a
/// relative clause on that subject (`ends_subject_relative`).
const MODALS: [&str; 8] = [
    "could", "may", "might", "can", "would", "will", "should", "must",
];

/// Whether `word` opens a coordinate clause: "but", ", yet", "and"/"or"/"nor"
/// before a pronoun, an auxiliary or a verb, or a participle after a comma
/// (", saying …").
fn starts_coordinate(word: &str, after_comma: bool, pos: usize, next: Option<&Token<'_>>) -> bool {
    let next_lower = next.map_or("", |next| next.lower.as_str());
    let next_is_word = next.is_some_and(|next| next.word);
    // A capitalised word is a name ("Tom and Rose"), no verb.
    let lowercase = next.is_some_and(|next| !next.text.starts_with(char::is_uppercase));
    let verb_follows = next_is_word
        && (CLAUSE_STARTS.contains(&next_lower)
            || lowercase
                && (VERBS.contains(&next_lower)
                    || (next_lower.ends_with("ed") && next_lower.len() > 4)));
    word == "but"
        || (word == "yet" && after_comma)
        || (matches!(word, "and" | "or" | "nor") && verb_follows)
        || (after_comma && pos > 0 && saying::is(word, OPENS_CLAUSE))
}

/// How many words may stand between a "not" and the "but" of its "not only
/// … but (also)" ("not from police fire alone but also from stampedes":
/// four), counted the same way by `but_also_after` and `not_only_but`.
const NOT_ONLY_REACH: usize = 10;

/// How many words of "but also …", "but … too" or "but … as well" a reader
/// of the pair looks at past the words between: the "but" and two more
/// ("but also from", "but homes too").
const BUT_PHRASE_WORDS: usize = 3;

/// The words after a "not" that make it "not only": "not just at the crowd,
/// but at the homes nearby" says both.
const ONLY_WORDS: &[&str] = &["only", "just", "merely", "solely", "simply", "purely"];

/// Whether the "not" that `before` (the word before it) and `after` (the
/// text after it) surround opens a "not only … but (also)" pair, which adds
/// rather than denies: an "only" word after it ("not only", "not just"), or
/// a "but also" (or "but … too", "but … as well") within `NOT_ONLY_REACH`
/// words and before any clause mark when no auxiliary stands before the
/// "not" ("The deaths resulted not from police fire alone but also from
/// stampedes"). After an auxiliary the "not" negates its verb and the "but
/// also" adds a deed of its own ("did not fire on the crowd, but also
/// arrested the wounded"). The one reading of the pair for the clause
/// splitter and for stance.
pub fn not_only(before: &str, after: &str) -> bool {
    let next = after
        .split_whitespace()
        .next()
        .unwrap_or("")
        .trim_matches(|ch: char| !ch.is_alphanumeric())
        .to_ascii_lowercase();
    ONLY_WORDS.contains(&next.as_str())
        || (!grammar::is_auxiliary(&before.to_ascii_lowercase()) && but_also_after(after))
}

/// Whether `after`, the text after a "not", goes on to "but also" (or "but
/// … too", "but … as well") within `NOT_ONLY_REACH` words and before any
/// clause mark: "not X but also Y" says both X and Y, where "not X but Y"
/// replaces X.
fn but_also_after(after: &str) -> bool {
    // The words up to the first clause mark, the word holding it included
    // ("as well."), and whether the phrase ended there.
    let mut words = Vec::new();
    let mut closed = true;
    for (idx, word) in after.split_inclusive(char::is_whitespace).enumerate() {
        if idx == NOT_ONLY_REACH + BUT_PHRASE_WORDS {
            closed = false;
            break;
        }
        let mark = word.contains([';', ':', '.', '—', '–', '(']);
        words.push(
            word.trim_matches(|ch: char| !ch.is_alphanumeric())
                .to_ascii_lowercase(),
        );
        if mark {
            break;
        }
    }
    let Some(but) = words.iter().position(|word| word == "but") else {
        return false;
    };
    // "but … too" and "but … as well" close the phrase: a "too" inside it
    // ("but the crowd was too large") is a degree word.
    let closing = closed
        && words.len() > but + 2
        && words
            .last()
            .is_some_and(|word| word == "too" || word == "well");
    but <= NOT_ONLY_REACH && (words.get(but + 1).is_some_and(|word| word == "also") || closing)
}

/// Whether the "but" at `pos` closes a "not only … but (also)" pair
/// (`not_only`): the nearest "not" before it in the same stretch (no mark
/// but a comma between). "The deaths resulted not only from police fire
/// but also from stampedes" is one clause that says both.
fn not_only_but(sentence: &str, tokens: &[Token<'_>], pos: usize) -> bool {
    if tokens
        .get(pos)
        .is_none_or(|token| token.lower.as_str() != "but")
    {
        return false;
    }
    let mut n_words = 0;
    for idx in (0..pos).rev() {
        let Some(token) = tokens.get(idx) else {
            return false;
        };
        if !token.word {
            if token.text == "," {
                continue;
            }
            return false;
        }
        n_words += 1;
        // The words between and the "not" itself.
        if n_words > NOT_ONLY_REACH + 1 {
            return false;
        }
        if token.lower.as_str() == "not" {
            let before = idx
                .checked_sub(1)
                .and_then(|prev| tokens.get(prev))
                .map_or("", |prev| prev.lower.as_str());
            return not_only(before, sentence.get(token.span.end..).unwrap_or(""));
        }
    }
    false
}

/// Pops open clauses through the innermost one `closes` accepts (never the main clause).
fn close_through(clauses: &[Clause], stack: &mut Vec<Open>, closes: impl Fn(&Clause) -> bool) {
    if let Some(depth) = stack
        .iter()
        .rposition(|open| clauses.get(open.idx).is_some_and(&closes))
    {
        if depth > 0 {
            stack.truncate(depth);
        }
    }
}

type OpenFn<'f> = dyn FnMut(
        &mut Vec<Clause>,
        &mut Vec<Open>,
        &mut Vec<(usize, usize)>,
        ClauseKind,
        usize,
        &str,
        usize,
        bool,
    ) + 'f;

/// Starts a coordinate clause at `token`: subordinate and relative clauses
/// end, and the new clause is a sibling of the clause they hang from.
fn coordinate(
    clauses: &mut Vec<Clause>,
    stack: &mut Vec<Open>,
    stretches: &mut Vec<(usize, usize)>,
    token: &Token<'_>,
    open: &mut OpenFn<'_>,
) {
    while stack.len() > 1
        && stack.last().is_some_and(|top| {
            clauses.get(top.idx).is_some_and(|clause| {
                matches!(
                    clause.kind,
                    ClauseKind::Relative | ClauseKind::Subordinate | ClauseKind::Complement
                )
            })
        })
    {
        stack.pop();
    }
    let current = stack.last().map_or(0, |open| open.idx);
    let parent = clauses
        .get(current)
        .and_then(|clause| clause.parent)
        .filter(|_| clauses[current].kind == ClauseKind::Coordinate)
        .unwrap_or(current);
    if clauses[current].kind == ClauseKind::Coordinate {
        stack.pop();
    }
    open(
        clauses,
        stack,
        stretches,
        ClauseKind::Coordinate,
        parent,
        token.text,
        token.span.start,
        false,
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Splits `sentence` and compares each clause's kind and text (its
    /// stretches joined by " | ", trimmed) with `expected`.
    fn check(sentence: &str, expected: &[(ClauseKind, &str)]) {
        let clauses = split(sentence);
        let got: Vec<(ClauseKind, String)> = clauses
            .clauses
            .iter()
            .map(|clause| {
                let text: Vec<&str> = clause
                    .spans
                    .iter()
                    .map(|span| {
                        sentence[span.clone()].trim_matches(|ch: char| {
                            ch.is_whitespace() || ",;:()[]—–“”\"".contains(ch)
                        })
                    })
                    .filter(|text| !text.is_empty())
                    .collect();
                (clause.kind, text.join(" | "))
            })
            .collect();
        let expected: Vec<(ClauseKind, String)> = expected
            .iter()
            .map(|(kind, text)| (*kind, text.to_string()))
            .collect();
        assert_eq!(got, expected, "sentence: {sentence}");
    }

    use ClauseKind::*;

    #[test]
    fn a_participle_that_judges_after_a_comma_opens_a_clause() {
        check(
            "The ministry says it struck a depot, branding the criticism as lies.",
            &[
                (ClauseKind::Main, "The ministry says it struck a depot"),
                (ClauseKind::Coordinate, "branding the criticism as lies."),
            ],
        );
    }

    #[test]
    fn and_before_an_irregular_past_opens_a_clause() {
        check(
            "The drones could not be intercepted and flew over the base for hours.",
            &[
                (ClauseKind::Main, "The drones could not be intercepted"),
                (ClauseKind::Coordinate, "and flew over the base for hours."),
            ],
        );
        // A capitalised word after "and" is a name, not a verb.
        check(
            "Police questioned Tom and Rose about the fire.",
            &[(
                ClauseKind::Main,
                "Police questioned Tom and Rose about the fire.",
            )],
        );
        check(
            "Police questioned Ali and Held about the fire.",
            &[(
                ClauseKind::Main,
                "Police questioned Ali and Held about the fire.",
            )],
        );
    }

    #[test]
    fn quotes_parentheticals_and_elaborations_from_the_eval_beats() {
        check(
            "“Our armed forces do not use missiles of this type,” Peskov told reporters.",
            &[
                (Main, "Peskov told reporters."),
                (Quote, "Our armed forces do not use missiles of this type"),
            ],
        );
        check(
            "The death toll (which the ministry gave as 471) was disputed.",
            &[
                (Main, "The death toll | was disputed."),
                (Parenthetical, ""),
                (Relative, "which the ministry gave as 471"),
            ],
        );
        check(
            "The Russian ministry gave its reason: the missile was of a type used only by the Ukrainian military.",
            &[
                (Main, "The Russian ministry gave its reason"),
                (Elaboration, "the missile was of a type used only by the Ukrainian military."),
            ],
        );
        check(
            "Kyiv says the dam was mined — a charge Moscow rejects — and blew up on Tuesday.",
            &[
                (Main, "Kyiv says"),
                (Complement, "the dam was mined"),
                (Parenthetical, "a charge Moscow rejects"),
                (Coordinate, "and blew up on Tuesday."),
            ],
        );
    }

    #[test]
    fn one_clause_when_and_joins_names() {
        check(
            "China and Russia held joint naval exercises in the South China Sea.",
            &[(
                Main,
                "China and Russia held joint naval exercises in the South China Sea.",
            )],
        );
        check(
            "Russia sold Su-35 fighter jets and S-400 missile systems to China.",
            &[(
                Main,
                "Russia sold Su-35 fighter jets and S-400 missile systems to China.",
            )],
        );
    }

    #[test]
    fn coordination_of_verb_phrases() {
        check(
            "The ministry denied involvement and suggested foreign agents were behind it.",
            &[
                (Main, "The ministry denied involvement"),
                (Coordinate, "and suggested"),
                (Complement, "foreign agents were behind it."),
            ],
        );
        check(
            "Beijing has backed Moscow politically but it has not sent weapons.",
            &[
                (Main, "Beijing has backed Moscow politically"),
                (Coordinate, "but it has not sent weapons."),
            ],
        );
        check(
            "Angstrem has collaborated with Huawei since 2011 and reportedly imported almost fully assembled Azart radios from China.",
            &[(
                Main,
                "Angstrem has collaborated with Huawei since 2011 and reportedly imported almost fully assembled Azart radios from China.",
            )],
        );
        check(
            "Talks were not enough for them, and they moved on to air strikes.",
            &[
                (Main, "Talks were not enough for them"),
                (Coordinate, "and they moved on to air strikes."),
            ],
        );
    }

    #[test]
    fn semicolons_colons_and_dashes() {
        check(
            "Talks were not enough for them: they moved on to air strikes.",
            &[
                (Main, "Talks were not enough for them"),
                (Elaboration, "they moved on to air strikes."),
            ],
        );
        check(
            "Russia tested GLONASS on transport routes; results claimed improved navigation.",
            &[
                (Main, "Russia tested GLONASS on transport routes"),
                (Coordinate, "results claimed improved navigation."),
            ],
        );
        check(
            "China has an edge — sometimes a significant lead — over Russia.",
            &[
                (Main, "China has an edge | over Russia."),
                (Parenthetical, "sometimes a significant lead"),
            ],
        );
        check(
            "The evidence clearly suggests the dam was crippled by an explosion set off by the side that controls it: Russia.",
            &[
                (Main, "The evidence clearly suggests"),
                (
                    Complement,
                    "the dam was crippled by an explosion set off by the side",
                ),
                (Relative, "that controls it"),
                (Elaboration, "Russia."),
            ],
        );
    }

    #[test]
    fn parentheses_and_quotes() {
        check(
            "They (the Ukrainians) didn’t strike it.",
            &[
                (Main, "They | didn’t strike it."),
                (Parenthetical, "the Ukrainians"),
            ],
        );
        check(
            "“That was our sabotage group,” said one of the men.",
            &[
                (Main, "said one of the men."),
                (Quote, "That was our sabotage group"),
            ],
        );
        check(
            "Peskov said \"all responsibility lies with the Kyiv regime\" on Tuesday.",
            &[
                (Main, "Peskov said | on Tuesday."),
                (Quote, "all responsibility lies with the Kyiv regime"),
            ],
        );
    }

    #[test]
    fn relative_clauses() {
        check(
            "The agency, which ostensibly stays neutral, sold parts to the army.",
            &[
                (Main, "The agency | sold parts to the army."),
                (Relative, "which ostensibly stays neutral"),
            ],
        );
        check(
            "Blame fell on state-connected profiteers who were not following proper construction codes.",
            &[
                (Main, "Blame fell on state-connected profiteers"),
                (Relative, "who were not following proper construction codes."),
            ],
        );
        // A passive after a relative clause on the subject is the verb of
        // the subject's clause.
        check(
            "Buildings that collapsed were built before 1999.",
            &[
                (Main, "Buildings | were built before 1999."),
                (Relative, "that collapsed"),
            ],
        );
        check(
            "The missile which brought down the entrance of a building was shot down by air defence.",
            &[
                (Main, "The missile | was shot down by air defence."),
                (Relative, "which brought down the entrance of a building"),
            ],
        );
        // So is a modal after the relative clause's own verb, not one that
        // is its only verb.
        check(
            "Experts said a fault that had not moved in 400 years could have triggered the quake.",
            &[
                (Main, "Experts said"),
                (Complement, "a fault | could have triggered the quake."),
                (Relative, "that had not moved in 400 years"),
            ],
        );
        check(
            "The missile which could reach Berlin was tested.",
            &[
                (Main, "The missile | was tested."),
                (Relative, "which could reach Berlin"),
            ],
        );
        // Not a relative clause on a subject, nor one after a comma, nor a
        // copula.
        check(
            "Officials blamed the officer who said the missile was fired from Ukraine.",
            &[
                (Main, "Officials blamed the officer"),
                (Relative, "who said"),
                (Complement, "the missile was fired from Ukraine."),
            ],
        );
        check(
            "The rocket that struck the block was a Kh-22.",
            &[
                (Main, "The rocket"),
                (Relative, "that struck the block was a Kh-22."),
            ],
        );
        check(
            "China may supply components, as well as systems where China has an edge over Russia.",
            &[
                (Main, "China may supply components, as well as systems"),
                (Relative, "where China has an edge over Russia."),
            ],
        );
        check(
            "Residents fled to areas where the water had not yet reached.",
            &[
                (Main, "Residents fled to areas"),
                (Relative, "where the water had not yet reached."),
            ],
        );
    }

    #[test]
    fn subordinate_clauses() {
        check(
            "If Beijing sends weapons, the West will respond.",
            &[
                (Main, "the West will respond."),
                (Subordinate, "If Beijing sends weapons"),
            ],
        );
        check(
            "Reporters asked whether the firm will send parts to the army.",
            &[
                (Main, "Reporters asked"),
                (Subordinate, "whether the firm will send parts to the army."),
            ],
        );
        check(
            "The West will respond if Beijing sends weapons, officials said.",
            &[
                (Main, "The West will respond | officials said."),
                (Subordinate, "if Beijing sends weapons"),
            ],
        );
        check(
            "Whether or not China becomes directly involved, the conflict will be a milestone.",
            &[(
                Main,
                "Whether or not China becomes directly involved, the conflict will be a milestone.",
            )],
        );
    }

    #[test]
    fn what_is_unlikely_or_ruled_out_is_a_complement() {
        check(
            "It is unlikely in the minds of the trajectory that it was fired from Russia.",
            &[
                (Main, "It is unlikely in the minds of the trajectory"),
                (Complement, "that it was fired from Russia."),
            ],
        );
        check(
            "Polish President Andrzej Duda ruled out that the missile was launched from Russia.",
            &[
                (Main, "Polish President Andrzej Duda ruled out"),
                (Complement, "that the missile was launched from Russia."),
            ],
        );
        check(
            "The president rules out that the missile was launched from Russia.",
            &[
                (Main, "The president rules out"),
                (Complement, "that the missile was launched from Russia."),
            ],
        );
        // The noun "rules" reports nothing: its "that" opens a relative clause.
        check(
            "Airlines must follow the new rules that were published on Monday.",
            &[
                (Main, "Airlines must follow the new rules"),
                (Relative, "that were published on Monday."),
            ],
        );
        // A relative clause after a noun stays one where no expletive "it"
        // stands before it.
        check(
            "Investigators found parts of the missile that struck the farm.",
            &[
                (Main, "Investigators found parts of the missile"),
                (Relative, "that struck the farm."),
            ],
        );
    }

    #[test]
    fn reporting_frames_and_complements() {
        check(
            "Beijing has declared that it will not send weapons to Russia.",
            &[
                (Main, "Beijing has declared"),
                (Complement, "that it will not send weapons to Russia."),
            ],
        );
        check(
            "Kyiv says Russia blew up the dam.",
            &[(Main, "Kyiv says"), (Complement, "Russia blew up the dam.")],
        );
        check(
            "There is no evidence that China supplied drones to Russia.",
            &[
                (Main, "There is no evidence"),
                (Complement, "that China supplied drones to Russia."),
            ],
        );
        check(
            "China supplied drones to Russia, officials said, adding that more would follow.",
            &[
                (Main, "China supplied drones to Russia, officials said"),
                (Coordinate, "adding"),
                (Complement, "that more would follow."),
            ],
        );
    }

    #[test]
    fn a_dated_or_placed_saying_still_reports() {
        check(
            "Vladimir Rogov also wrote on Telegram that at least three strikes were near the facility.",
            &[
                (Main, "Vladimir Rogov also wrote on Telegram"),
                (Complement, "that at least three strikes were near the facility."),
            ],
        );
        check(
            "The governor said in a statement that the dam was mined.",
            &[
                (Main, "The governor said in a statement"),
                (Complement, "that the dam was mined."),
            ],
        );
        check(
            "Russian-installed officials said on Tuesday Ukrainian forces were shelling the city.",
            &[
                (Main, "Russian-installed officials said on Tuesday"),
                (Complement, "Ukrainian forces were shelling the city."),
            ],
        );
        check(
            "Kyiv said on Monday night that Russia blew up the dam.",
            &[
                (Main, "Kyiv said on Monday night"),
                (Complement, "that Russia blew up the dam."),
            ],
        );
        // A day that dates no saying, and a saying whose day is followed
        // by a preposition, open nothing.
        check(
            "Talks said to resume on Friday in Geneva collapsed.",
            &[(Main, "Talks said to resume on Friday in Geneva collapsed.")],
        );
        check(
            "The agency said on Friday in Vienna the mission had left.",
            &[(
                Main,
                "The agency said on Friday in Vienna the mission had left.",
            )],
        );
    }

    #[test]
    fn scope_joins_a_frame_and_its_complement_only() {
        let sentence =
            "The ministry denied involvement and suggested foreign agents were behind it.";
        let clauses = split(sentence);
        let at = |phrase: &str| sentence.find(phrase).expect("phrase in sentence");
        assert!(clauses.same_scope(at("denied"), at("involvement")));
        assert!(!clauses.same_scope(at("denied"), at("foreign agents")));
        assert!(clauses.same_scope(at("suggested"), at("foreign agents")));
        let sentence = "There is no evidence that China supplied drones to Russia.";
        let clauses = split(sentence);
        let at = |phrase: &str| sentence.find(phrase).expect("phrase in sentence");
        assert!(clauses.same_scope(at("no"), at("China")));
        let main = clauses.at(at("no"));
        assert!(clauses.governed_by(clauses.at(at("drones")), main));
        assert!(!clauses.governed_by(main, clauses.at(at("drones"))));
    }

    #[test]
    fn each_sentence_of_a_window_is_its_own_main_clause() {
        let text = "Kupol received Chinese-made drones. This intermediary is under sanctions.";
        check(
            text,
            &[
                (Main, "Kupol received Chinese-made drones."),
                (Main, "This intermediary is under sanctions."),
            ],
        );
        let clauses = split(text);
        let at = |phrase: &str| text.find(phrase).expect("phrase in text");
        assert!(!clauses.same_scope(at("Kupol"), at("sanctions")));
        let colon = "Talks were not enough for them: they moved on to air strikes.";
        let clauses = split(colon);
        let at = |phrase: &str| colon.find(phrase).expect("phrase in text");
        assert!(!clauses.same_scope(at("not"), at("air strikes")));
    }

    #[test]
    fn never_panics_on_marks_alone() {
        for sentence in [
            "", ")", "”", "— —", ";;", ", which", "\"", "and", ": :", "(((", "é",
        ] {
            let clauses = split(sentence);
            assert!(!clauses.clauses.is_empty());
            let _ = clauses.at(sentence.len());
        }
    }

    #[test]
    fn the_cache_splits_each_quote_once() {
        let text = "Kyiv says Russia blew up the dam. Moscow denied it.";
        let mut cache = Cache::default();
        let first = cache.get(0..33, &text[..33]);
        let again = cache.get(0..33, &text[..33]);
        let second = cache.get(34..text.len(), &text[34..]);
        assert!(Arc::ptr_eq(&first, &again));
        assert_eq!(*first, split(&text[..33]));
        assert_eq!(*second, split(&text[34..]));
    }

    #[test]
    fn the_cache_reads_each_quotes_values_once_with_the_articles_date() {
        let text = "Three people died on Monday. Two more died later.";
        let mut cache = Cache::dated(PubDate::parse("2025-11-20").ok());
        let first = cache.values(0..28, &text[..28]);
        let again = cache.values(0..28, &text[..28]);
        assert!(Arc::ptr_eq(&first, &again));
        assert_eq!(
            &*first,
            &crate::values::extract_dated(&text[..28], PubDate::parse("2025-11-20").ok())[..]
        );
        assert!(first.iter().any(|value| value.inferred), "Monday is dated");
        let undated = Cache::default().values(0..28, &text[..28]);
        assert!(!undated.iter().any(|value| value.inferred));
    }

    #[test]
    fn not_only_but_also_is_one_clause() {
        check(
            "The deaths resulted not only from police fire but also from stampedes.",
            &[(
                Main,
                "The deaths resulted not only from police fire but also from stampedes.",
            )],
        );
        check(
            "Troops fired not just at the crowd, but at the homes nearby.",
            &[(
                Main,
                "Troops fired not just at the crowd, but at the homes nearby.",
            )],
        );
        check(
            "The blast came not from a bomb alone but also from a gas leak.",
            &[(
                Main,
                "The blast came not from a bomb alone but also from a gas leak.",
            )],
        );
    }

    #[test]
    fn not_only_reaches_ten_words_to_its_but() {
        // Ten words between "not" and "but": one clause that says both.
        let ten = "The deaths resulted not only from the fire set by police in the square but also from stampedes.";
        check(ten, &[(Main, ten)]);
        // Eleven: too far for a pair; the "but" opens a clause of its own.
        check(
            "The deaths resulted not only from the fire set by police in the old square but also from stampedes.",
            &[
                (
                    Main,
                    "The deaths resulted not only from the fire set by police in the old square",
                ),
                (Coordinate, "but also from stampedes."),
            ],
        );
    }

    #[test]
    fn but_without_not_only_opens_a_clause() {
        check(
            "Police fired on the crowd but also beat the wounded.",
            &[
                (Main, "Police fired on the crowd"),
                (Coordinate, "but also beat the wounded."),
            ],
        );
        // "did not X, but also Y": the "not" after an auxiliary negates its
        // verb, and the "but also" adds a deed of its own.
        check(
            "The guards did not fire on the crowd, but also arrested the wounded.",
            &[
                (Main, "The guards did not fire on the crowd"),
                (Coordinate, "but also arrested the wounded."),
            ],
        );
        check(
            "Police did not fire on the crowd in the square today, but soldiers did.",
            &[
                (Main, "Police did not fire on the crowd in the square today"),
                (Coordinate, "but soldiers did."),
            ],
        );
    }
}
