//! Attribution: who an article quotes as saying a sentence, and how.
//!
//! Matches: "According to US officials, Russia requested Chinese military aid." (US officials)
//! Ignores: "About 70% of China's weapons imports come from Russia."             (own voice)
//!
//! Inside one sentence, in order: a source cue followed by its speaker
//! ("according to X"), a speech verb followed by its speaker after a quote or
//! comma ("…,” said X"), a speech verb preceded by its subject ("X said",
//! "X has formally denied", "X in October 2019 articulated"). "X and
//! documents reviewed by Y" becomes "X and Y". Across sentences: a pronoun
//! speaker takes the nearest named speaker of the six sentences before, and
//! a sentence inside a quotation takes the speaker of the sentence that
//! closes or opened it (direct).

use crate::model::{Article, Attribution};
use crate::provenance::cues::{Cues, Hit, SOURCE, SPEECH};
use crate::values::token::{tokenize, Token, TokenKind};
use crate::values::words;

/// How many sentences back a pronoun looks for its speaker.
const PRONOUN_REACH: usize = 6;
/// How many sentences a quotation is followed forward or back.
const QUOTE_REACH: usize = 4;
/// How far back, in bytes, an open quotation is looked for.
const QUOTE_WINDOW: usize = 4096;
/// Longest speaker, in tokens.
const MAX_SPEAKER: usize = 10;

/// The attribution of sentence `idx` of `article`, across sentences.
pub fn find(cues: &Cues, article: &Article, idx: usize) -> Option<Attribution> {
    match own(cues, article, idx) {
        Some(found) if is_pronoun(&found.speaker) => Some(resolve(cues, article, idx, found)),
        Some(found) => Some(found),
        None => quoted(cues, article, idx),
    }
}

/// The attribution written inside `sentence` alone.
pub fn in_sentence(sentence: &str, hits: &[Hit]) -> Option<Attribution> {
    let tokens = tokenize(sentence);
    let reader = Reader {
        text: sentence,
        tokens: &tokens,
    };
    if let Some(found) = hits
        .iter()
        .filter(|hit| hit.kinds & SOURCE != 0)
        .find_map(|hit| reader.source(hit))
    {
        return Some(found);
    }
    // A capitalised verb is a name: "the United States".
    hits.iter()
        .filter(|hit| hit.kinds & SPEECH != 0)
        .filter(|hit| {
            sentence
                .get(hit.span.clone())
                .is_some_and(|cue| cue.starts_with(char::is_lowercase))
        })
        .find_map(|hit| reader.speech(hit))
}

fn sentence_text(article: &Article, idx: usize) -> Option<&str> {
    let sentence = article.sentences.get(idx)?;
    article.text.get(sentence.start..sentence.end)
}

fn own(cues: &Cues, article: &Article, idx: usize) -> Option<Attribution> {
    let text = sentence_text(article, idx)?;
    in_sentence(text, &cues.hits(text))
}

/// Replaces a pronoun speaker by the nearest named speaker before it.
fn resolve(cues: &Cues, article: &Article, idx: usize, found: Attribution) -> Attribution {
    let named = (idx.saturating_sub(PRONOUN_REACH)..idx)
        .rev()
        .filter_map(|prev| own(cues, article, prev))
        .find(|prev| !is_pronoun(&prev.speaker))
        .map(|prev| prev.speaker);
    // Failing a speaker, the name that opens one of the three sentences before.
    let named = named.or_else(|| {
        (idx.saturating_sub(3)..idx)
            .rev()
            .find_map(|prev| leading_name(sentence_text(article, prev)?))
    });
    match named {
        Some(speaker) => Attribution { speaker, ..found },
        None => found,
    }
}

/// The capitalised name a sentence opens with, after an optional opening
/// phrase and comma: "First, Koffman established…" → "Koffman".
fn leading_name(sentence: &str) -> Option<String> {
    let tokens = tokenize(sentence);
    let comma = tokens
        .iter()
        .take(8)
        .position(|token| token.text(sentence) == ",");
    let first = comma.map_or(0, |comma| comma + 1);
    let mut last = None;
    for (idx, token) in tokens.iter().enumerate().skip(first).take(4) {
        let text = token.text(sentence);
        if token.kind != TokenKind::Word || !text.starts_with(char::is_uppercase) {
            break;
        }
        last = Some(idx);
    }
    let last = last?;
    let opener = tokens.get(first)?.text(sentence);
    let common = [
        "The", "This", "These", "That", "It", "In", "A", "An", "But", "And", "He", "She",
    ];
    let verb_follows = tokens.get(last + 1).is_some_and(|next| {
        next.kind == TokenKind::Word && next.text(sentence).starts_with(char::is_lowercase)
    });
    if common.contains(&opener) || !verb_follows {
        return None;
    }
    let start = tokens.get(first)?.start;
    let end = tokens.get(last)?.end;
    sentence.get(start..end).map(str::to_string)
}

/// The speaker of a sentence that sits inside a quotation.
fn quoted(cues: &Cues, article: &Article, idx: usize) -> Option<Attribution> {
    let sentence = article.sentences.get(idx)?;
    let text = sentence_text(article, idx)?;
    let open_before = quote_depth(&article.text, sentence.start) > 0;
    if !open_before && !text.trim_start().starts_with(['“', '"']) {
        return None;
    }
    let direct = |found: Attribution| Attribution {
        direct: true,
        ..found
    };
    if quote_depth(&article.text, sentence.end) > 0 {
        // The quotation goes on: its closing sentence names the speaker.
        let last = (idx + QUOTE_REACH).min(article.sentences.len());
        for next in idx + 1..last {
            if let Some(found) = own(cues, article, next).filter(|found| found.direct) {
                return Some(direct(found));
            }
        }
    }
    (idx.saturating_sub(QUOTE_REACH)..idx)
        .rev()
        .filter_map(|prev| own(cues, article, prev))
        .find(|found| found.direct && !is_pronoun(&found.speaker))
        .map(direct)
}

/// How many quotations are open at byte `at`, counted from the start of its line.
fn quote_depth(text: &str, at: usize) -> usize {
    let Some(head) = text.get(..at) else {
        return 0;
    };
    // Look back at most `QUOTE_WINDOW` bytes, so long lines stay linear.
    let mut from = at.saturating_sub(QUOTE_WINDOW);
    while !head.is_char_boundary(from) {
        from += 1;
    }
    let head = head.get(from..).unwrap_or("");
    let line = head
        .rfind('\n')
        .map_or(head, |newline| &head[newline + 1..]);
    let mut depth = 0usize;
    let mut straight_open = false;
    for ch in line.chars() {
        match ch {
            '“' => depth += 1,
            '”' => depth = depth.saturating_sub(1),
            '"' => straight_open = !straight_open,
            _ => {}
        }
    }
    depth + usize::from(straight_open)
}

fn is_pronoun(speaker: &str) -> bool {
    ["he", "she", "they", "we"]
        .iter()
        .any(|pronoun| pronoun.eq_ignore_ascii_case(speaker))
}

/// Speech verbs that also describe deeds ("discussed collaboration"): a
/// speaker only with "as" before, or "that", "in", a colon, comma or quote after.
const WEAK_VERBS: &[&str] = &[
    "discussed",
    "announced",
    "announces",
    "declared",
    "assessed",
    "estimated",
    "estimates",
    "reported",
    "revealed",
    "reveals",
    "disclosed",
    "discloses",
    "confirmed",
    "confirms",
    "acknowledged",
    "put it",
    "pointed out",
    "emphasized",
    "emphasised",
];

/// Words that end a speaker when walking back from its verb.
const STOPS: &[&str] = &[
    "that", "which", "who", "whom", "as", "while", "although", "though", "but", "if", "when",
    "because", "since", "despite", "after", "before", "or", "so", "where", "whether", "than",
    "for", "with", "in", "on", "at", "to", "by", "from", "it", "this", "there", "is", "are", "was",
    "were", "also", "not",
];

/// Words skipped between a speaker and its verb.
const SKIPS: &[&str] = &[
    "has",
    "have",
    "had",
    "also",
    "both",
    "further",
    "once",
    "then",
    "now",
    "still",
    "again",
    "all",
    "even",
    "already",
    "later",
    "earlier",
    "repeatedly",
    "previously",
    "formally",
];

/// Head words that make a lower-case noun phrase a speaker.
const SPEAKER_NOUNS: &[&str] = &[
    "officials",
    "official",
    "analysts",
    "analyst",
    "experts",
    "expert",
    "sources",
    "source",
    "ministry",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "intelligence",
    "report",
    "reports",
    "government",
    "diplomats",
    "researchers",
    "study",
    "documents",
    "media",
    "agency",
    "minister",
    "president",
    "skeptics",
    "critics",
    "observers",
    "statement",
    "military",
    "army",
    "navy",
    "scholars",
    "commentators",
    "authorities",
    "police",
    "embassy",
    "he",
    "she",
    "they",
    "we",
];

struct Reader<'a> {
    text: &'a str,
    tokens: &'a [Token],
}

impl<'a> Reader<'a> {
    /// "according to X": the speaker runs to the next clause break.
    fn source(&self, hit: &Hit) -> Option<Attribution> {
        let last = self.last_token(hit.span.end)?;
        let (first, end) = self.speaker_after(last + 1)?;
        let speaker = self.slice(first, end)?;
        let speaker = [
            "documents reviewed by ",
            "documents seen by ",
            "documents obtained by ",
        ]
        .iter()
        .fold(speaker.to_string(), |speaker, phrase| {
            speaker.replace(phrase, "")
        });
        Some(Attribution {
            speaker,
            cue: self.text.get(hit.span.clone())?.to_lowercase(),
            direct: false,
        })
    }

    /// A speech verb with its speaker after ("said X") or before ("X said").
    fn speech(&self, hit: &Hit) -> Option<Attribution> {
        let verb = self.first_token(hit.span.start)?;
        let last = self.last_token(hit.span.end)?;
        let cue = self.text.get(hit.span.clone())?.to_lowercase();
        let quote_before = (1..=2).any(|back| {
            verb.checked_sub(back)
                .is_some_and(|idx| self.is_symbol(idx, &["”", "\""]))
        });
        let comma_before = verb
            .checked_sub(1)
            .is_some_and(|idx| self.is_symbol(idx, &[","]));
        if quote_before || comma_before {
            let after = self.tokens.get(last + 1)?;
            let word = after.text(self.text);
            let named = after.kind == TokenKind::Word
                && (word.starts_with(char::is_uppercase) || (quote_before && is_pronoun(word)));
            if named {
                let (first, end) = self.speaker_after(last + 1)?;
                let speaker = self.slice(first, end)?.to_string();
                return Some(Attribution {
                    speaker,
                    cue,
                    direct: quote_before,
                });
            }
        }
        if WEAK_VERBS.contains(&cue.as_str()) && !self.reports(verb, last) {
            return None;
        }
        let (first, end) = self.subject_before(verb)?;
        let speaker = self.slice(first, end)?;
        let speaker = match speaker.strip_prefix("The ") {
            Some(rest) if first == 0 => format!("the {rest}"),
            _ => speaker.to_string(),
        };
        let quote_near = first
            .checked_sub(1)
            .is_some_and(|idx| self.is_symbol(idx, &["”", "\""]))
            || first.checked_sub(2).is_some_and(|idx| {
                self.is_symbol(idx, &["”", "\""]) && self.is_symbol(idx + 1, &[","])
            })
            || (last + 1..=last + 2).any(|idx| self.is_symbol(idx, &["“", "\""]));
        Some(Attribution {
            speaker,
            cue,
            direct: quote_near,
        })
    }

    /// True when a weak verb at `verb..=last` reports speech: "as X
    /// discussed", "X disclosed that", "X announced in 2019 that".
    fn reports(&self, verb: usize, last: usize) -> bool {
        let after = self
            .tokens
            .get(last + 1)
            .map_or("", |token| token.text(self.text));
        let as_before = (verb.saturating_sub(4)..verb).any(|idx| {
            self.tokens
                .get(idx)
                .is_some_and(|token| token.text(self.text).eq_ignore_ascii_case("as"))
        });
        as_before || ["that", "in", ":", ",", "“", "\""].contains(&after)
    }

    /// The speaker tokens from `first` to the next clause break.
    fn speaker_after(&self, first: usize) -> Option<(usize, usize)> {
        let mut end = None;
        for idx in first..(first + MAX_SPEAKER).min(self.tokens.len()) {
            let token = self.tokens.get(idx)?;
            let text = token.text(self.text);
            let stop = match token.kind {
                TokenKind::Symbol => match text {
                    "." => !self.after_initial(idx),
                    "’" | "'" | "&" | "-" => false,
                    _ => true,
                },
                TokenKind::Word => ["who", "which", "that", "in", "on", "listing", "adding"]
                    .iter()
                    .any(|stop| stop.eq_ignore_ascii_case(text)),
                TokenKind::Number => true,
            };
            if stop {
                break;
            }
            end = Some(idx);
        }
        end.map(|end| (first, end))
    }

    /// The subject of the verb at token `verb`, skipping adverbs, a time
    /// phrase and an appositive between them.
    fn subject_before(&self, verb: usize) -> Option<(usize, usize)> {
        let mut idx = verb.checked_sub(1)?;
        let mut appositive_skipped = false;
        loop {
            let token = self.tokens.get(idx)?;
            let text = token.text(self.text);
            let skip = token.kind == TokenKind::Word
                && (SKIPS.iter().any(|skip| skip.eq_ignore_ascii_case(text))
                    || (text.len() > 4
                        && text.ends_with("ly")
                        && text.starts_with(char::is_lowercase)));
            if skip {
                idx = idx.checked_sub(1)?;
            } else if token.kind == TokenKind::Number || words::month(text).is_some() {
                idx = self.time_phrase_start(idx)?.checked_sub(1)?;
            } else if text == "," && !appositive_skipped {
                appositive_skipped = true;
                let comma = (idx.saturating_sub(20)..idx)
                    .rev()
                    .find(|prev| self.is_symbol(*prev, &[","]))?;
                idx = comma.checked_sub(1)?;
            } else {
                break;
            }
        }
        let end = idx;
        let mut first = end + 1;
        loop {
            if end + 1 - first >= MAX_SPEAKER {
                return None;
            }
            let Some(prev) = first.checked_sub(1) else {
                break;
            };
            if !self.in_noun_phrase(prev) {
                break;
            }
            first = prev;
        }
        if first > end {
            return None;
        }
        let head = self.tokens.get(end)?.text(self.text);
        let valid = self.tokens.get(end)?.kind == TokenKind::Word
            && (head.starts_with(char::is_uppercase)
                || SPEAKER_NOUNS
                    .iter()
                    .any(|noun| noun.eq_ignore_ascii_case(head)));
        valid.then_some((first, end))
    }

    /// Start of "in October 2019", "on 19 August, 2019" ending at `idx`.
    fn time_phrase_start(&self, idx: usize) -> Option<usize> {
        (idx.saturating_sub(5)..idx).rev().find(|prev| {
            let text = self
                .tokens
                .get(*prev)
                .map_or("", |token| token.text(self.text));
            ["in", "on", "at", "during", "since"].contains(&text)
        })
    }

    fn in_noun_phrase(&self, idx: usize) -> bool {
        let Some(token) = self.tokens.get(idx) else {
            return false;
        };
        let text = token.text(self.text);
        match token.kind {
            TokenKind::Word => {
                if text == "and" || text == "&" {
                    let capital = |at: Option<usize>| {
                        at.and_then(|at| self.tokens.get(at)).is_some_and(|token| {
                            token.text(self.text).starts_with(char::is_uppercase)
                        })
                    };
                    return capital(idx.checked_sub(1)) && capital(Some(idx + 1));
                }
                !STOPS.iter().any(|stop| stop.eq_ignore_ascii_case(text))
            }
            TokenKind::Symbol => match text {
                "’" | "'" => self
                    .tokens
                    .get(idx + 1)
                    .is_some_and(|next| next.glued && next.text(self.text) == "s"),
                "." => self.after_initial(idx),
                "-" | "&" => token.glued,
                _ => false,
            },
            TokenKind::Number => false,
        }
    }

    /// True for the dot of an initial: "M." in "M. Taylor Fravel".
    fn after_initial(&self, idx: usize) -> bool {
        idx.checked_sub(1)
            .and_then(|prev| self.tokens.get(prev))
            .is_some_and(|prev| {
                let text = prev.text(self.text);
                prev.kind == TokenKind::Word
                    && text.chars().count() == 1
                    && text.starts_with(char::is_uppercase)
            })
    }

    fn is_symbol(&self, idx: usize, symbols: &[&str]) -> bool {
        self.tokens.get(idx).is_some_and(|token| {
            token.kind == TokenKind::Symbol && symbols.contains(&token.text(self.text))
        })
    }

    fn first_token(&self, start: usize) -> Option<usize> {
        let idx = self.tokens.partition_point(|token| token.start < start);
        self.tokens
            .get(idx)
            .filter(|token| token.start == start)
            .map(|_| idx)
    }

    fn last_token(&self, end: usize) -> Option<usize> {
        self.tokens
            .partition_point(|token| token.end <= end)
            .checked_sub(1)
    }

    fn slice(&self, first: usize, last: usize) -> Option<&'a str> {
        let start = self.tokens.get(first)?.start;
        let end = self.tokens.get(last)?.end;
        self.text.get(start..end)
    }
}
