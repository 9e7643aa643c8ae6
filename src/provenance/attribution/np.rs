//! The subject noun phrase of a verb of saying, read by a small chunker.
//!
//! The verb's clause is cut at commas into segments. A segment that opens
//! with a preposition, a subordinator, an adverb or a participle is an
//! adverbial ("Following statements by Polish media and officials about …,",
//! "In a statement on Tuesday,", "Speaking at the G20 summit in Bali,") and is
//! skipped. The subject is the noun phrase of the segment that holds the
//! verb when that segment is a noun phrase and words that may stand between
//! a subject and its verb ("the Russian Foreign Ministry denied", "Three U.S.
//! officials who spoke on conditions of anonymity told"); else the first
//! segment that is a noun phrase, when every segment after it is an
//! apposition, a relative clause or an adverbial ("Israel, which …, denied",
//! "Marcin Lebiedowicz, spokesman for …, had confirmed"). The subject of a
//! relative clause is its antecedent, the longest noun phrase that ends
//! before it ("those of Poland and NATO, which both said" → "Poland and
//! NATO").
//!
//! A noun phrase (`Reader::np_end`): an optional determiner or quantifier
//! ("the", "many", "three", "its"), then words that are no function word:
//! adjectives, nouns and names alike, with possessives ("Poland’s"),
//! initials ("U.S."), hyphens, an acronym in brackets ("(NATO)"), "of"
//! phrases, a title's "for"/"to" ("spokesman for …") and coordination
//! ("Polish and NATO assessments"). It stops at a preposition, which starts
//! a phrase attached elsewhere, at a determiner after its first word (where
//! a verb's object begins: "… contradicted those of …") and at an adverb
//! after its head.

use super::{Reader, Subject, MAX_SPEAKER, PERSON_HEADS, RELATIVE_REACH, SKIPS};
use crate::text::grammar::{is_auxiliary, is_determiner, is_preposition, is_relative};
use crate::values::token::Token;
use crate::values::token::TokenKind;
use crate::values::words::is_weekday;

/// Other function words that end a noun phrase: conjunctions, relative
/// words, auxiliaries, pronouns, negation and adverbs of time.
const FUNCTION_WORDS: &[&str] = &[
    "but",
    "or",
    "nor",
    "so",
    "yet",
    "because",
    "although",
    "though",
    "while",
    "whereas",
    "if",
    "when",
    "where",
    "whether",
    "unless",
    "that",
    "which",
    "who",
    "whom",
    "whose",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "has",
    "have",
    "had",
    "do",
    "does",
    "did",
    "will",
    "would",
    "shall",
    "should",
    "can",
    "could",
    "may",
    "might",
    "must",
    "not",
    "it",
    "he",
    "she",
    "they",
    "we",
    "i",
    "you",
    "there",
    "also",
    "further",
    "then",
    "now",
    "still",
    "again",
    "already",
    "even",
    "later",
    "earlier",
    "yesterday",
    "today",
    "tonight",
    "however",
    "meanwhile",
    "thus",
    "therefore",
    "having",
    "and",
    "both",
    "either",
    "neither",
];

/// Whether the word `text` (`low` lower-cased) is a lower-case participle
/// in "-ing" ("assisting", "working").
fn participle(low: &str, text: &str) -> bool {
    low.len() > 4 && low.ends_with("ing") && text.starts_with(char::is_lowercase)
}

/// Whether `low`, a lower-case word, is a function word.
fn function_word(low: &str) -> bool {
    is_preposition(low) || FUNCTION_WORDS.contains(&low)
}

/// Words that open an adverbial segment besides prepositions: subordinators
/// and sentence adverbs.
const OPENERS: &[&str] = &[
    "however",
    "meanwhile",
    "later",
    "earlier",
    "today",
    "yesterday",
    "tonight",
    "now",
    "then",
    "still",
    "also",
    "separately",
    "instead",
    "indeed",
    "moreover",
    "furthermore",
    "accordingly",
    "thus",
    "so",
    "but",
    "and",
    "yet",
    "although",
    "though",
    "while",
    "whereas",
    "because",
    "if",
    "when",
    "once",
    "as",
    "after",
    "before",
    "since",
    "unless",
    "until",
    "according",
];

/// Symbols that end a clause for the subject reader.
const BOUNDARIES: &[&str] = &[";", ":", "“", "”", "\"", "—", "–", "«", "»", "(", ")"];

/// Sentence adverbs that may open a clause before its subject: "Currently
/// police say …", "Separately, the ministry said …".
const OPENING_ADVERBS: &[&str] = &[
    "currently",
    "initially",
    "previously",
    "separately",
    "additionally",
    "subsequently",
    "meanwhile",
    "now",
];

impl<'a> Reader<'a> {
    /// The token ranges between commas, in order (the last one ends at
    /// the sentence's end).
    fn comma_segments(&self) -> Vec<(usize, usize)> {
        let mut segments = Vec::new();
        let mut from = 0;
        for idx in 0..self.tokens.len() {
            if self.is_symbol(idx, &[","]) {
                segments.push((from, idx));
                from = idx + 1;
            }
        }
        segments.push((from, self.tokens.len()));
        segments
    }

    pub(super) fn new(
        text: &'a str,
        tokens: &'a [Token],
        registry: Option<&'a crate::provenance::cues::Cues>,
    ) -> Reader<'a> {
        Reader {
            text,
            tokens,
            registry,
            lows: Lows::new(text, tokens),
        }
    }

    /// Token `idx` lowercased (`str::to_lowercase`); empty past the last.
    pub(super) fn low(&self, idx: usize) -> &str {
        self.lows.get(idx)
    }

    pub(super) fn kind(&self, idx: usize) -> Option<TokenKind> {
        self.tokens.get(idx).map(|token| token.kind)
    }

    /// A word that may stand inside a noun phrase: no function word, no
    /// determiner, and no lower-case adverb in "-ly" once the phrase has a
    /// head.
    fn np_word(&self, idx: usize, has_head: bool) -> bool {
        let Some(token) = self.tokens.get(idx) else {
            return false;
        };
        let text = token.text(self.text);
        let low = text.to_lowercase();
        match token.kind {
            TokenKind::Word => {
                let capital = text.starts_with(char::is_uppercase);
                // "officials reportedly said", "experts assisting Ukraine's
                // prosecutors said": an adverb or a participle after the
                // head ends the phrase.
                // "Italian doping officials", "the mining company": an
                // "-ing" word right before a speaker noun modifies it,
                // unless a speaker noun heads the phrase before it: then
                // it opens a participle ("Doctors treating survivors").
                let speaker_noun = |at: usize| {
                    self.tokens.get(at).is_some_and(|word| {
                        word.kind == TokenKind::Word && super::is_speaker_noun(word.text(self.text))
                    })
                };
                let modifier = text.ends_with("ing")
                    && speaker_noun(idx + 1)
                    && !idx.checked_sub(1).is_some_and(speaker_noun);
                let adverb = !capital
                    && has_head
                    && text.len() > 4
                    && (text.ends_with("ly") || (text.ends_with("ing") && !modifier));
                // "Doctors Without Borders", "Reporters Without Borders": a
                // capitalised preposition between a name's words is one of them.
                let named_link = capital
                    && is_preposition(&low)
                    && idx
                        .checked_sub(1)
                        .is_some_and(|prev| self.capitalised(prev))
                    && self.capitalised(idx + 1);
                let function = !named_link && (function_word(&low) || is_determiner(&low));
                // "US", "IT" written in capitals are names, not words.
                let acronym = text.len() > 1 && text.chars().all(|ch| ch.is_uppercase());
                (acronym || !function) && !adverb && !is_weekday(text)
            }
            TokenKind::Number => false,
            TokenKind::Symbol => false,
        }
    }

    /// The last token of the noun phrase that starts at token `first`, if one
    /// does, read no further than token `limit` (exclusive).
    pub(super) fn np_end(&self, first: usize, limit: usize) -> Option<usize> {
        let mut idx = first;
        // Determiners and quantifiers ("the", "three", "many").
        while idx < limit
            && (is_determiner(self.low(idx)) || self.kind(idx) == Some(TokenKind::Number))
            && idx < first + 2
        {
            idx += 1;
        }
        let mut end: Option<usize> = None;
        // "One of the officials", "two of the men": a quantifier before "of"
        // is the head of a partitive, the "of" phrase its complement.
        if idx > first
            && self.low(idx) == "of"
            && ![
                "the", "a", "an", "this", "these", "those", "its", "their", "his", "her", "our",
            ]
            .contains(&self.low(idx - 1))
        {
            end = Some(idx - 1);
        }
        // A possessive is followed by its head ("the Kherson Region’s acting
        // governor"): the word after it is a modifier, whatever its ending.
        let mut after_possessive = false;
        while idx < limit && idx + 1 - first <= MAX_SPEAKER {
            let text = self.low(idx);
            if end.is_some() && self.reduced_relative(idx) {
                break;
            }
            if self.np_word(idx, end.is_some() && !after_possessive) {
                end = Some(idx);
                idx += 1;
                after_possessive = false;
                continue;
            }
            let Some(last) = end else {
                break;
            };
            match self.kind(idx) {
                // "Poland’s", "U.S.", "Russian-backed".
                Some(TokenKind::Symbol) => {
                    let glued_next = self
                        .tokens
                        .get(idx + 1)
                        .is_some_and(|next| next.glued && next.kind == TokenKind::Word);
                    let plural_possessive = (text == "’" || text == "'")
                        && self.tokens.get(idx).is_some_and(|mark| mark.glued)
                        && self.low(idx - 1).ends_with('s')
                        && !glued_next
                        && self.np_word(idx + 1, false);
                    if self.name_apostrophe(idx) {
                        // "O’Hara": one surname.
                        end = Some(idx + 1);
                        idx += 2;
                    } else if (text == "’" || text == "'") && glued_next && self.low(idx + 1) == "s"
                    {
                        end = Some(idx + 1);
                        idx += 2;
                        after_possessive = true;
                    } else if plural_possessive {
                        // "the National Weather Service Employees’ Union".
                        end = Some(idx);
                        idx += 1;
                        after_possessive = true;
                    } else if text == "." && self.after_initial(idx) {
                        end = Some(idx);
                        idx += 1;
                    } else if text == "," && self.name_list_comma(idx) {
                        // "Ministry of Land, Infrastructure and Transport".
                        idx += 1;
                    } else if (text == "-" || text == "&") && glued_next {
                        // "Russian-speaking", "Hamas-ruled".
                        end = Some(idx + 1);
                        idx += 2;
                    } else if text == "(" {
                        // "North Atlantic Treaty Organization (NATO)", "(CSP-PSD)".
                        let close = (idx + 1..limit.min(idx + 6))
                            .find(|close| self.is_symbol(*close, &[")"]))?;
                        end = Some(close);
                        idx = close + 1;
                    } else {
                        break;
                    }
                }
                Some(TokenKind::Word) => {
                    let head = self.low(last);
                    let title =
                        super::super::TITLE_WORDS.contains(&head) || PERSON_HEADS.contains(&head);
                    // "of Ukraine", "for the Hrubieszow Fire Brigade", "and NATO".
                    let link = text == "of"
                        || (title && (text == "for" || text == "to"))
                        // "a source close to the group".
                        || (head == "close" && text == "to")
                        // "a joint statement by 12 civil society and rights
                        // groups": a document's "by" names its authors.
                        || (super::is_document(head) && text == "by")
                        || self.name_link(idx)
                        || text == "and"
                        || text == "&";
                    if !link {
                        break;
                    }
                    let mut next = idx + 1;
                    if ["and", "of", "for", "to", "by"].contains(&text) {
                        // "of the ministry", "and its allies".
                        if ["the", "its", "their", "his", "her", "a", "an"]
                            .contains(&self.low(next))
                        {
                            next += 1;
                        }
                    }
                    // "Relatives of the 21 people": a count after the
                    // determiner.
                    if self.kind(next) == Some(TokenKind::Number) && self.np_word(next + 1, false) {
                        next += 1;
                    }
                    if next >= limit || !self.np_word(next, false) {
                        break;
                    }
                    idx = next;
                }
                _ => break,
            }
        }
        // A phrase longer than that is no speaker of its own.
        if idx + 1 - first > MAX_SPEAKER && self.np_word(idx, true) {
            return None;
        }
        end
    }

    /// Whether token `idx` opens a reduced relative clause after a noun: a
    /// lower-case past participle and a preposition of place ("the 21
    /// people murdered at the school", "residents trapped in the valley"),
    /// or, after a speaker noun, any preposition ("the committee formed
    /// over the crash", "the panel set up after the fire").
    fn reduced_relative(&self, idx: usize) -> bool {
        let text = self
            .tokens
            .get(idx)
            .map_or("", |token| token.text(self.text));
        let next = self.low(idx + 1);
        let after_speaker = idx
            .checked_sub(1)
            .is_some_and(|head| super::is_speaker_noun(self.low(head)));
        text.len() > 4
            && text.ends_with("ed")
            && text.starts_with(char::is_lowercase)
            && (["at", "in", "from"].contains(&next)
                || (after_speaker && is_preposition(next) && next != "by"))
    }

    /// Whether tokens `from..to` may stand between a subject and its verb:
    /// auxiliaries, adverbs, a day ("on Tuesday", "this week"), a
    /// prepositional phrase ("in Kyiv") or a relative clause ("who spoke on
    /// conditions of anonymity").
    fn between_subject_and_verb(&self, from: usize, to: usize) -> bool {
        let mut idx = from;
        while idx < to {
            let low = self.low(idx);
            let text = self
                .tokens
                .get(idx)
                .map_or("", |token| token.text(self.text));
            // Auxiliaries and negation stand between a subject and its verb.
            if is_auxiliary(low)
                || ["not", "also", "both"].contains(&low)
                || SKIPS.contains(&low)
                || (text.len() > 4 && text.ends_with("ly") && text.starts_with(char::is_lowercase))
                || is_weekday(text)
                || ["yesterday", "today", "tonight", "on", "here"].contains(&low)
            {
                idx += 1;
            } else if ["this", "last", "next"].contains(&low)
                && ["week", "month", "year", "weekend", "morning", "evening"]
                    .contains(&self.low(idx + 1))
            {
                idx += 2;
            } else if is_relative(low) && idx == from {
                // A relative clause without commas runs to the verb, short
                // and with no clause break.
                return to - idx <= 15 && (idx..to).all(|at| !self.is_symbol(at, &[",", ";", ":"]));
            } else if participle(low, text)
                && idx == from
                && from
                    .checked_sub(1)
                    .is_some_and(|head| super::is_speaker_noun(self.low(head)))
            {
                // "local officials working with the relief teams in the
                // flooded districts said": a participle phrase after a
                // speaker noun runs to the verb, short and with no clause
                // break ("Water levels rising in the city said little" has no
                // speaker).
                return to - idx <= 15
                    && (idx..to).all(|at| {
                        !self.is_symbol(at, &[",", ";", ":", "“", "\"", "”"])
                            && !["that", "which", "who", "whom"].contains(&self.low(at))
                    });
            } else if self.reduced_relative(idx) {
                // "relatives of the 21 people murdered at the school said",
                // "the committee formed over the crash found".
                match self.np_end(idx + 2, to) {
                    Some(end) => idx = end + 1,
                    None => return false,
                }
            } else if ["in", "at", "from"].contains(&low) || participle(low, text) {
                // "officials in Kyiv", "experts at the institute", "experts
                // assisting Ukraine's prosecutors".
                match self.np_end(idx + 1, to) {
                    Some(end) => idx = end + 1,
                    None => return false,
                }
            } else if text == "(" {
                let Some(close) = (idx + 1..to.min(idx + 6)).find(|at| self.is_symbol(*at, &[")"]))
                else {
                    return false;
                };
                idx = close + 1;
            } else {
                return false;
            }
        }
        true
    }

    /// Whether the segment at tokens `first..end` (exclusive) is an
    /// adverbial: it opens with a preposition, a subordinator, a sentence
    /// adverb or a participle ("Speaking at …").
    pub(super) fn adverbial(&self, first: usize, end: usize) -> bool {
        if first >= end {
            return false;
        }
        let Some(token) = self.tokens.get(first) else {
            return false;
        };
        let text = token.text(self.text);
        let low = text.to_lowercase();
        let preposition = is_preposition(&low);
        let adverb = text.len() > 4 && low.ends_with("ly");
        let participle = low.len() > 4 && low.ends_with("ing");
        token.kind == TokenKind::Number
            || preposition
            || OPENERS.contains(&low.as_str())
            || adverb
            || participle
            || is_weekday(text)
            || crate::values::words::month(text).is_some()
    }

    /// The subject of the verb of saying at token `verb`, read forward from
    /// the start of its clause (see the module's doc); with the apposition
    /// after it, if any.
    pub(super) fn np_subject(&self, verb: usize) -> Option<Subject> {
        // The clause starts after the nearest boundary symbol; a relative
        // word before the verb makes the antecedent the subject.
        // Bounded: the clause is read at most `RELATIVE_REACH` tokens back,
        // so a long sentence of many verbs of saying costs linear work.
        let mut start = verb.saturating_sub(RELATIVE_REACH);
        let mut skip_to = None;
        for idx in (start..verb).rev() {
            if skip_to.is_some_and(|open| idx >= open) {
                continue;
            }
            // "A United Nations (UN) team visiting …": an acronym in
            // brackets after a name is part of its noun phrase.
            if let Some(open) = self.acronym_open(idx, verb) {
                skip_to = Some(open);
                continue;
            }
            if self.is_symbol(idx, BOUNDARIES) {
                start = idx + 1;
                break;
            }
            let low = self.low(idx);
            if ["which", "who"].contains(&low)
                && self.between_subject_and_verb(idx + 1, verb)
                && idx > 0
                && self.is_symbol(idx - 1, &[","])
            {
                let (first, end) = self.antecedent_np(idx - 1)?;
                return Some((first, end, None));
            }
            if ["that", "but", "while", "whereas"].contains(&low)
                && idx > 0
                && !self.subject_relative_that(idx)
            {
                start = idx + 1;
                break;
            }
            // "…, as the court clerk reported": "as" opens the clause of its
            // subject when no comma stands between it and the verb.
            if low == "as" && idx > 0 && !(idx + 1..verb).any(|at| self.is_symbol(at, &[","])) {
                start = idx + 1;
                break;
            }
        }
        if start >= verb {
            return None;
        }
        // Segments between commas, the last one ending at the verb.
        let mut segments = Vec::new();
        let mut from = start;
        for idx in start..verb {
            if self.is_symbol(idx, &[","]) && !self.name_list_comma(idx) {
                segments.push((from, idx));
                from = idx + 1;
            }
        }
        segments.push((from, verb));
        // "Both the alliance … and the government": the coordinator is no
        // part of the first conjunct.
        for segment in &mut segments {
            if ["both", "either", "neither"].contains(&self.low(segment.0)) {
                segment.0 += 1;
            }
        }
        // "…, an allegation Kenyan police have denied": a noun of claiming
        // or counting before a relative clause without "that" is its
        // object; the clause's subject speaks.
        // "Currently police say …": a sentence adverb opening the segment
        // is no part of its subject.
        if let Some(last) = segments.last_mut() {
            last.0 = self.after_object_head(last.0, last.1);
            if last.0 + 1 < last.1 && OPENING_ADVERBS.contains(&self.low(last.0)) {
                last.0 += 1;
            }
        }
        let (last_from, last_to) = *segments.last()?;
        if !self.adverbial(last_from, last_to) {
            if let Some(end) = self.np_end(last_from, last_to) {
                if self.between_subject_and_verb(end + 1, last_to) {
                    let end = self.with_place(last_from, end, last_to)?;
                    return Some((last_from, end, None));
                }
            }
        }
        // "X, <apposition>, <relative clause>, said": the last segment
        // holds nothing but what stands between a subject and its verb.
        if segments.len() < 2 || !self.between_subject_and_verb(last_from, last_to) {
            return None;
        }
        let inner = &segments[..segments.len() - 1];
        let subject = inner
            .iter()
            .position(|(from, to)| !self.adverbial(*from, *to))?;
        let (first, to) = inner[subject];
        let end = self.np_end(first, to)?;
        if end + 1 != to {
            return None;
        }
        let mut appositive = None;
        for (from, to) in inner.iter().skip(subject + 1) {
            // "…, and the Polish government, in Warsaw, noted": a conjunct.
            let conjunct =
                ["and", "or"].contains(&self.low(*from)) && self.np_end(from + 1, *to).is_some();
            if conjunct {
                continue;
            }
            // "Eva Holm, the mayor of Umea, a town in Sweden, told …": a
            // description of the place just named describes the place.
            if self.place_description(*from, *to) {
                continue;
            }
            let relative = is_relative(self.low(*from));
            let noun_phrase = self.np_end(*from, *to).is_some_and(|end| end + 1 == *to);
            if noun_phrase && appositive.is_none() {
                appositive = Some((*from, to - 1));
            } else if !(relative || noun_phrase || self.adverbial(*from, *to)) {
                return None;
            }
        }
        Some((first, end, appositive))
    }

    /// Where the subject of a relative clause without "that" starts when
    /// tokens `from..to` open with "a" or "an" and a noun of claiming or
    /// counting ("an allegation the army has denied", "a figure the
    /// government disputes"): after the noun, when a capitalised word or a
    /// determiner follows it; else `from`.
    fn after_object_head(&self, from: usize, to: usize) -> usize {
        const OBJECT_HEADS: &[&str] = &[
            "allegation",
            "accusation",
            "claim",
            "charge",
            "assertion",
            "figure",
            "toll",
            "number",
            "version",
            "account",
        ];
        if !["a", "an"].contains(&self.low(from)) || !OBJECT_HEADS.contains(&self.low(from + 1)) {
            return from;
        }
        let subject = from + 2;
        let opens_np = self.capitalised(subject)
            || [
                "the",
                "its",
                "his",
                "her",
                "their",
                "police",
                "officials",
                "authorities",
            ]
            .contains(&self.low(subject));
        // The relative clause's own verb is the cue ("an allegation the army
        // has denied"): only auxiliaries stand between its subject and
        // `to`; "A claim the Kremlin made on Monday said …" has a verb of
        // its own there, so the whole phrase is the subject.
        const AUXILIARIES: &[&str] = &[
            "has",
            "have",
            "had",
            "is",
            "are",
            "was",
            "were",
            "been",
            "also",
            "since",
            "not",
            "never",
            "repeatedly",
            "strongly",
        ];
        // … and that verb rejects what the noun names: the noun is its
        // object ("an allegation X has denied", "a figure X disputes").
        const REJECTING: &[&str] = &[
            "deni", "deny", "dismiss", "reject", "disput", "contest", "refut", "question",
            "challeng", "doubt",
        ];
        let rejects = REJECTING.iter().any(|stem| self.low(to).starts_with(stem));
        let bare = rejects
            && self
                .np_end(subject, to)
                .is_some_and(|last| (last + 1..to).all(|idx| AUXILIARIES.contains(&self.low(idx))));
        if subject < to && opens_np && bare {
            subject
        } else {
            from
        }
    }

    /// Whether tokens `from..to` describe a place as a kind of place with
    /// "a" or "an" ("a town in Valencia", "a small city near Kyiv", "an
    /// island off Greece"), set off after the place's name; never a person
    /// described by a place noun before the head ("a village elder").
    fn place_description(&self, from: usize, to: usize) -> bool {
        const PLACE_NOUNS: &[&str] = &[
            "town",
            "city",
            "village",
            "region",
            "province",
            "district",
            "suburb",
            "port",
            "country",
            "state",
            "county",
            "municipality",
            "island",
            "settlement",
            "hamlet",
        ];
        // The place noun heads the phrase: the phrase or a preposition
        // follows it ("a village elder", "a city council member" describe
        // a person).
        let head = |idx: usize| {
            PLACE_NOUNS.contains(&self.low(idx))
                && (idx + 1 == to
                    || is_preposition(self.low(idx + 1))
                    || self.low(idx + 1) == "off")
        };
        ["a", "an"].contains(&self.low(from))
            && (from + 1..to.min(from + 3)).any(head)
            && self
                .tokens
                .get(from.checked_sub(2).unwrap_or(usize::MAX))
                .is_some_and(|token| token.text(self.text).starts_with(char::is_uppercase))
    }

    /// Whether the "that" at token `idx` opens a relative clause whose
    /// subject it is, after the noun it modifies: a finite verb follows it
    /// ("A Red Cross team that visited the ward said …", "the unit that had
    /// treated them reported …"). A "that" after a word of saying, or one
    /// followed by a subject of its own ("said that the team …", "a fire that
    /// officials reported …"), opens a clause of its own.
    fn subject_relative_that(&self, idx: usize) -> bool {
        let noun_before = idx.checked_sub(1).is_some_and(|prev| {
            let low = self.low(prev);
            self.kind(prev) == Some(TokenKind::Word)
                && !function_word(low)
                && !is_determiner(low)
                && !is_preposition(low)
                && crate::text::saying::uses(low).is_none()
        });
        let next = self.low(idx + 1);
        let finite = self.kind(idx + 1) == Some(TokenKind::Word)
            && self
                .tokens
                .get(idx + 1)
                .is_some_and(|token| token.text(self.text).starts_with(char::is_lowercase))
            && (is_auxiliary(next) || (next.len() > 4 && next.ends_with("ed")));
        noun_before && finite
    }

    /// Where the brackets open that close at token `close` around one
    /// acronym after a capitalised word and before the noun phrase's
    /// lower-case head: "(UN)" in "United Nations (UN) team".
    fn acronym_open(&self, close: usize, verb: usize) -> Option<usize> {
        let head_after = close + 1 < verb
            && self.tokens.get(close + 1).is_some_and(|token| {
                let text = token.text(self.text);
                let low = text.to_lowercase();
                token.kind == TokenKind::Word
                    && text.starts_with(char::is_lowercase)
                    && !function_word(&low)
                    && !is_auxiliary(&low)
            });
        if !self.is_symbol(close, &[")"]) || !head_after {
            return None;
        }
        let open = close.checked_sub(2)?;
        let acronym = self.tokens.get(close - 1).is_some_and(|token| {
            let text = token.text(self.text);
            token.kind == TokenKind::Word
                && text.chars().filter(|ch| ch.is_alphabetic()).count() >= 2
                && text
                    .chars()
                    .filter(|ch| ch.is_alphabetic())
                    .all(char::is_uppercase)
        });
        let named = open
            .checked_sub(1)
            .is_some_and(|name| self.capitalised(name));
        (self.is_symbol(open, &["("]) && acronym && named).then_some(open)
    }

    /// The end of the subject at tokens `first..=end` with the place after
    /// it when the subject is a bare group of office holders, who speak for
    /// the place ("Officials in Hamas-ruled Gaza said"); `end` otherwise;
    /// `None` when the group with its place is too long to be a speaker.
    fn with_place(&self, first: usize, end: usize, verb: usize) -> Option<usize> {
        // "Officials in Hamas-ruled Gaza", "officials at the hospital", not
        // "officials at the time".
        let place = ["in", "at"].contains(&self.low(end + 1))
            && self.tokens.get(end + 2).is_some_and(|token| {
                token.text(self.text).starts_with(char::is_uppercase)
                    || (self.low(end + 2) == "the"
                        && self.tokens.get(end + 3).is_some_and(|next| {
                            let next = next.text(self.text);
                            next.starts_with(char::is_uppercase)
                                || (self.np_word(end + 3, false)
                                    && !super::TIME_NOUNS.contains(&next))
                        }))
            });
        if !place {
            return Some(end);
        }
        if !self.bare_group(first, end + 1) {
            // "The public prosecutor in Ruritania said", "a spokesman for
            // the government in Zenda said": a holder named by a speaker
            // noun keeps the named place of its office.
            return Some(self.holder_place(first, end, verb).unwrap_or(end));
        }
        let start = if self.low(end + 2) == "the" {
            end + 3
        } else {
            end + 2
        };
        // Too long with its place to be one speaker: not without it either.
        self.np_end(start, verb)
            .filter(|place| place + 1 - first <= MAX_SPEAKER)
    }

    /// The end of the named place after a holder at tokens `first..=end`
    /// whose head is a speaker noun ("the public prosecutor" + "in
    /// Ruritania", "a spokesman for the government" + "in Zenda",
    /// "survivors" + "in northern Ruritania"): "in", an optional compass
    /// adjective, then capitalised words up to the verb's side of the
    /// subject; `None` when the place is no name, or too long.
    pub(super) fn holder_place(&self, first: usize, end: usize, verb: usize) -> Option<usize> {
        const COMPASS: &[&str] = &["northern", "southern", "eastern", "western", "central"];
        let head = self.low(end);
        // "Russia and its proxy officials in Ukraine": the place may belong
        // to one conjunct only.
        let coordinated = (first..end).any(|idx| ["and", "or"].contains(&self.low(idx)));
        // "Russian officials in Crimea": a holder named by a name or
        // nationality before its head is in the place, not of it ("the
        // Hamas-run health authority in Gaza" is of it).
        let title_end = (first..end)
            .find(|idx| ["for", "of"].contains(&self.low(*idx)))
            .unwrap_or(end);
        let named = (first..title_end).any(|idx| {
            self.tokens.get(idx).is_some_and(|token| {
                let text = token.text(self.text);
                let compound = text.contains('-') || self.is_symbol(idx + 1, &["-"]);
                crate::provenance::is_demonym(text)
                    || (text.starts_with(char::is_uppercase)
                        && !compound
                        && !super::common_opener(text))
            })
        });
        if !super::is_speaker_noun(head)
            || ["he", "she", "they", "we"].contains(&head)
            || coordinated
            || named
        {
            return None;
        }
        let name = |idx: usize| {
            idx < verb
                && self.tokens.get(idx).is_some_and(|token| {
                    let text = token.text(self.text);
                    token.kind == TokenKind::Word
                        && text.starts_with(char::is_uppercase)
                        && !is_weekday(text)
                        && crate::values::words::month(text).is_none()
                })
        };
        // "in Nara prefecture in western Japan": a place, its kind of
        // place after it, and the place it lies in.
        let mut last = None;
        let mut at = end;
        while self.low(at + 1) == "in" {
            let start = if COMPASS.contains(&self.low(at + 2)) {
                at + 3
            } else {
                at + 2
            };
            if !name(start) {
                break;
            }
            let mut place = (start..verb).take_while(|idx| name(*idx)).last()?;
            if place + 1 < verb && super::PLACE_NOUNS.contains(&self.low(place + 1)) {
                place += 1;
            }
            last = Some(place);
            at = place;
        }
        // A name after the place ("Head of the District Administration in
        // Zenda region Anna Berg") is the holder's own: no place is read.
        last.filter(|last| last + 1 - first <= MAX_SPEAKER && !name(last + 1))
    }

    /// Whether the weak verb at token `verb` follows ", which": "which" may
    /// stand for the whole clause before, evidence rather than a speaker
    /// ("…, which shows that Russia can …").
    pub(super) fn sentential_which(&self, verb: usize) -> bool {
        if !super::is_weak_verb(self.low(verb)) {
            return false;
        }
        (verb.saturating_sub(4)..verb).any(|idx| {
            self.low(idx) == "which"
                && idx > 0
                && self.is_symbol(idx - 1, &[","])
                && self.between_subject_and_verb(idx + 1, verb)
        })
    }

    /// Whether the cue at token `verb` is a noun or a modifier, not a verb:
    /// it follows a determiner, a possessive or a preposition ("Kiev’s
    /// claims", "the alleged", "about alleged Russian missiles").
    pub(super) fn modifier_use(&self, verb: usize) -> bool {
        let Some(prev) = verb.checked_sub(1) else {
            return false;
        };
        let low = self.low(prev);
        let possessive = low == "s"
            && prev
                .checked_sub(1)
                .is_some_and(|apostrophe| self.is_symbol(apostrophe, &["’", "'"]));
        let preposition = is_preposition(low) && !["as", "by", "to", "like", "than"].contains(&low);
        let determiner = is_determiner(low) && !["all", "both"].contains(&low);
        // "up from the previously reported 10", "the widely reported
        // strike": a determiner and an adverb in "-ly" before it.
        let adverb_after_determiner = low.len() > 4
            && low.ends_with("ly")
            && prev.checked_sub(1).is_some_and(|det| {
                let det = self.low(det);
                is_determiner(det) && !["all", "both"].contains(&det)
            });
        possessive || preposition || determiner || adverb_after_determiner
    }

    /// Whether the noun phrase at tokens `first..=end` speaks as the subject
    /// of the verb at token `verb`: any phrase for a strong verb of saying;
    /// for a weak one ("confirmed", "found", "showed") a name, a speaker
    /// noun, a document or a declared alias ("The collapse confirmed that …"
    /// is no report).
    pub(super) fn np_speaks(&self, first: usize, end: usize, verb: usize) -> bool {
        let head = self
            .tokens
            .get(end)
            .map_or("", |token| token.text(self.text));
        let cue = self.low(verb);
        // "Twenty-eight people are said to be in critical condition": a
        // passive's subject is what is said, not who says it.
        let passive = verb
            .checked_sub(1)
            .is_some_and(|prev| crate::text::grammar::is_be(self.low(prev)));
        if passive {
            return false;
        }
        // A verb of criticising that also names a blow needs a name or a
        // speaker noun for its subject ("The truck slammed …").
        if super::BLOW_VERBS.contains(&cue) {
            return head.starts_with(char::is_uppercase) || super::is_speaker_noun(head);
        }
        !super::is_weak_verb(cue)
            // "Roe's camp maintains that …": a verb of holding a view with
            // its "that" clause needs a holder for subject.
            || (super::HOLDING_VERBS.contains(&cue) && self.low(verb + 1) == "that")
            || self.closes_quotation_before(first)
            || head.starts_with(char::is_uppercase)
            || super::is_speaker_noun(head)
            || super::is_record(head)
            || self
                .slice(first, end)
                .and_then(crate::provenance::maker)
                .is_some()
            || self.registered(first, end)
            // "The villagers estimate the toll at 50": people who count.
            || (super::COUNTING_VERBS.contains(&cue) && super::counting_people(&head.to_lowercase()))
            // "The challenger has declared himself the winner": one who
            // stands for office declares who won.
            || (self.declares_outcome(cue, verb) && super::contestant(head))
    }

    /// Whether the verb at token `verb` takes an object and then the ground
    /// of a criticism, in the same clause: "slammed the government for its
    /// negligence", "blasted the plan as reckless".
    pub(super) fn criticism_ground(&self, verb: usize) -> bool {
        let object = verb + 1;
        self.kind(object) == Some(TokenKind::Word)
            && !is_preposition(self.low(object))
            && (object + 1..(object + 8).min(self.tokens.len()))
                .take_while(|&idx| self.kind(idx) == Some(TokenKind::Word))
                .any(|idx| ["for", "over", "as"].contains(&self.low(idx)))
    }

    /// Whether a quotation closes right before token `first` ("“…,” the
    /// command announced"): the phrase from `first` is the subject of the
    /// verb that reports that quotation, whatever verb of saying it is.
    pub(super) fn closes_quotation_before(&self, first: usize) -> bool {
        let quote = |idx: usize| self.is_symbol(idx, &["”", "\""]);
        first.checked_sub(1).is_some_and(|prev| {
            quote(prev) || (self.is_symbol(prev, &[","]) && prev.checked_sub(1).is_some_and(quote))
        })
    }

    /// Whether the word at token `idx` is a capitalised word (a name's word).
    fn capitalised(&self, idx: usize) -> bool {
        self.kind(idx) == Some(TokenKind::Word)
            && self.tokens.get(idx).is_some_and(|token| {
                let text = token.text(self.text);
                text.starts_with(char::is_uppercase)
                    && !is_weekday(text)
                    && crate::values::words::month(text).is_none()
            })
    }

    /// Whether the "for" or "on" at token `idx` links the words of one
    /// proper name ("the Syrian Observatory for Human Rights", "the Senate
    /// Committee on Foreign Relations"): a capitalised word on each side.
    pub(super) fn name_link(&self, idx: usize) -> bool {
        // "Institute for the Study of War": "the" may open the name's tail.
        let next = if self.low(idx + 1) == "the" {
            idx + 2
        } else {
            idx + 1
        };
        ["for", "on"].contains(&self.low(idx))
            && idx
                .checked_sub(1)
                .is_some_and(|prev| self.capitalised(prev))
            && self.capitalised(next)
    }

    /// Whether the comma at token `idx` separates the items of a list inside
    /// one proper name ("Ministry of Land, Infrastructure and Transport",
    /// "Framework for Peace, Security and Development"): a capitalised word
    /// before it that an "of" or "for" ties to the name's head, and after it
    /// only capitalised words and commas up to an "and" and its last item.
    pub(super) fn name_list_comma(&self, idx: usize) -> bool {
        let Some(before) = idx.checked_sub(1) else {
            return false;
        };
        // Back over the items' words and commas to the "of" or "for" that
        // ties the list to its head.
        let mut at = before;
        while at > 0
            && before - at < MAX_SPEAKER
            && (self.capitalised(at) || (self.is_symbol(at, &[","]) && self.capitalised(at - 1)))
        {
            at -= 1;
        }
        let tied = at < before
            && ["of", "for"].contains(&self.low(at))
            && at.checked_sub(1).is_some_and(|head| self.capitalised(head));
        if !tied {
            return false;
        }
        // Forward over items to "and" and one more capitalised word.
        let mut next = idx + 1;
        let mut words = 0;
        while next < self.tokens.len() && next <= idx + MAX_SPEAKER {
            if self.capitalised(next) {
                words += 1;
            } else if self.low(next) == "and" {
                return words > 0 && self.capitalised(next + 1);
            } else if !(self.is_symbol(next, &[","]) && words > 0) {
                return false;
            }
            next += 1;
        }
        false
    }

    /// The longest noun phrase that ends at token `end` (a relative clause's
    /// antecedent); "those of X" and "that of X" are X.
    pub(super) fn antecedent_np(&self, end: usize) -> Option<(usize, usize)> {
        let end = end.checked_sub(1)?;
        let first = (end.saturating_sub(MAX_SPEAKER)..=end)
            .find(|first| self.np_end(*first, end + 1) == Some(end))?;
        let demonstrative =
            ["those", "that"].contains(&self.low(first)) && self.low(first + 1) == "of";
        if demonstrative && first + 2 <= end {
            return Some((first + 2, end));
        }
        Some((first, end))
    }
}

/// Reads `sentence` (no registry) for what it opens with: `read` gets the
/// reader, the sentence's comma segments and the index of the first one
/// that is no fronted adverbial ("On Monday, …").
fn opening<T>(
    sentence: &str,
    read: impl FnOnce(&Reader<'_>, &[(usize, usize)], usize) -> Option<T>,
) -> Option<T> {
    let tokens = crate::values::token::tokenize(sentence);
    let reader = Reader::new(sentence, &tokens, None);
    let segments = reader.comma_segments();
    let at = segments
        .iter()
        .position(|(from, to)| !reader.adverbial(*from, *to))?;
    read(&reader, &segments, at)
}

/// The group a sentence opens with as its subject, for a "they" later in
/// it ("Yemen's Houthi militants, who control much of Yemen, have launched
/// drones since November, in what they say is a protest"): a plural noun
/// phrase, after any adverbial, with a speaker noun for head or a name in
/// it, followed by its verb or by a comma (an apposition or a relative
/// clause).
pub(super) fn opening_group(sentence: &str) -> Option<String> {
    opening(sentence, |reader, segments, at| {
        let &(first, to) = segments.get(at)?;
        opening_group_in(reader, first, to)
    })
}

fn opening_group_in(reader: &Reader<'_>, first: usize, to: usize) -> Option<String> {
    let (sentence, tokens) = (reader.text, reader.tokens);
    let end = reader.np_end(first, to)?;
    let head = tokens.get(end)?.text(sentence);
    let plural = head.len() > 3 && head.ends_with('s') && !head.ends_with("ss");
    let named = (first..end).any(|idx| reader.capitalised(idx) && idx > 0);
    let verb_follows = end + 1 == to
        || tokens.get(end + 1).is_some_and(|next| {
            next.kind == TokenKind::Word && next.text(sentence).starts_with(char::is_lowercase)
        });
    let name = reader.slice(first, end)?;
    (plural && verb_follows && (named || super::is_speaker_noun(head)))
        .then(|| super::mid_sentence(name, first))
}

/// The singular institution that opens `sentence` as its subject, after
/// fronted adverbials, for a later "it" to stand for: "Poland's foreign
/// ministry summoned …", "The Polish government convened …, and it said",
/// "The company, Huawei, opened …" (the name in apposition). The shortest
/// noun phrase with an institution's head that a lower-case word (its verb)
/// follows.
pub(super) fn opening_institution(sentence: &str) -> Option<String> {
    opening(sentence, opening_institution_in)
}

fn opening_institution_in(
    reader: &Reader<'_>,
    segments: &[(usize, usize)],
    at: usize,
) -> Option<String> {
    let (sentence, tokens) = (reader.text, reader.tokens);
    let &(first, to) = segments.get(at)?;
    let institution = |first: usize, end: usize| -> Option<String> {
        let head = tokens.get(end)?.text(sentence);
        let name = reader.slice(first, end)?;
        let acronym = head.len() > 1 && head.chars().all(|ch| ch.is_uppercase());
        let noun = head.starts_with(char::is_lowercase)
            && super::is_speaker_noun(head)
            && !head.ends_with('s');
        let opener = ["last", "next", "this", "that"].contains(&reader.low(first))
            || OPENERS.contains(&reader.low(first));
        let named = head.starts_with(char::is_uppercase)
            && (acronym || crate::provenance::person(name).is_none());
        // "The SBU" opening a sentence is "the SBU" elsewhere.
        let name = super::mid_sentence(name, first);
        (!opener && (noun || named)).then_some(name)
    };
    // "The service posted …": a generic head stands for someone named
    // before; the older rules find whom.
    let institution = |first: usize, end: usize| {
        institution(first, end).filter(|name| super::mention(name) == super::Mention::Named)
    };
    let end = reader.np_end(first, to)?;
    if end + 1 == to {
        // "The company, Huawei, opened …": the name in apposition to a
        // generic institution.
        let generic = tokens.get(end).is_some_and(|head| {
            let head = head.text(sentence);
            head.starts_with(char::is_lowercase) && super::is_speaker_noun(head)
        });
        if !generic {
            return None;
        }
        let &(name_from, name_to) = segments.get(at + 1)?;
        let name = reader
            .np_end(name_from, name_to)
            .filter(|end| end + 1 == name_to)
            .and_then(|end| reader.slice(name_from, end))
            .filter(|name| name.starts_with(char::is_uppercase))?;
        return Some(name.to_string());
    }
    (first..=end).find_map(|end| {
        let verb_follows = tokens.get(end + 1).is_some_and(|next| {
            next.kind == TokenKind::Word && next.text(sentence).starts_with(char::is_lowercase)
        });
        verb_follows.then(|| institution(first, end)).flatten()
    })
}

/// Each token of a sentence lowercased, made once per sentence: the readers
/// ask for the same few tokens many times (it was an allocation each).
pub(super) struct Lows {
    /// The sentence lowercased when it is ASCII (one pass, the tokens'
    /// spans unchanged); else the lowercased tokens end to end.
    text: String,
    /// Each token's span in `text`.
    spans: Vec<(usize, usize)>,
}

impl Lows {
    pub(super) fn new(text: &str, tokens: &[Token]) -> Lows {
        if text.is_ascii() {
            return Lows {
                text: text.to_ascii_lowercase(),
                spans: tokens
                    .iter()
                    .map(|token| (token.start, token.end))
                    .collect(),
            };
        }
        let mut lows = Lows {
            text: String::with_capacity(text.len()),
            spans: Vec::with_capacity(tokens.len()),
        };
        for token in tokens {
            let word = token.text(text);
            let from = lows.text.len();
            if word.is_ascii() {
                lows.text.push_str(word);
                if let Some(added) = lows.text.get_mut(from..) {
                    added.make_ascii_lowercase();
                }
            } else {
                lows.text.push_str(&word.to_lowercase());
            }
            lows.spans.push((from, lows.text.len()));
        }
        lows
    }

    pub(super) fn get(&self, idx: usize) -> &str {
        self.spans
            .get(idx)
            .and_then(|&(start, end)| self.text.get(start..end))
            .unwrap_or("")
    }
}
