//! The subject of a verb of saying whatever its head noun: "Russian-backed
//! separatists said Friday that …", "The separatists said that …" speak as
//! "Separatists said" does. A closed list of speaker nouns cannot know every
//! group that speaks; the clause's shape can: a noun phrase that opens its
//! clause and is followed by a verb of saying is that verb's subject.

use super::{is_pronoun, is_speaker_noun, is_weak_verb, Reader, MAX_SPEAKER};
use crate::model::Attribution;
use crate::provenance::cues::Hit;
use crate::text::saying;
use crate::values::token::TokenKind;

/// Words after which a new clause, and so a new subject, begins.
const CLAUSE_OPENERS: &[&str] = &[
    "that", "but", "while", "whereas", "although", "though", "and",
];

impl Reader<'_> {
    fn word_at(&self, idx: usize) -> &str {
        self.tokens
            .get(idx)
            .map_or("", |token| token.text(self.text))
    }

    /// Whether a noun phrase starting at token `first` opens its clause:
    /// the sentence's start, after a symbol (a dateline's dash, a credit's
    /// slash, a comma) or after a word that opens a clause ("that", "but").
    pub(super) fn opens_clause_at(&self, first: usize) -> bool {
        let Some(prev) = first.checked_sub(1) else {
            return true;
        };
        let Some(token) = self.tokens.get(prev) else {
            return false;
        };
        match token.kind {
            TokenKind::Symbol => !["’", "'", "-", "&", "."].contains(&token.text(self.text)),
            TokenKind::Word => CLAUSE_OPENERS
                .iter()
                .any(|opener| opener.eq_ignore_ascii_case(token.text(self.text))),
            TokenKind::Number => false,
        }
    }

    /// Whether the verb at token `verb` reports speech only: a weak verb
    /// ("confirmed", "found") also tells of deeds, so its subject needs a
    /// speaker's head noun ("The collapse confirmed that …" is no report).
    fn strong_verb(&self, verb: usize) -> bool {
        let cue = self.word_at(verb).to_lowercase();
        !is_weak_verb(cue.as_str())
    }

    /// Whether the phrase at tokens `first..=head` speaks as the subject of
    /// the strong verb of saying at token `verb` whatever its lower-case
    /// head: it opens its clause.
    pub(super) fn any_head_speaks(&self, first: usize, head: usize, verb: usize) -> bool {
        let word = self.word_at(head);
        let noun = self
            .tokens
            .get(head)
            .is_some_and(|token| token.kind == TokenKind::Word)
            && word.len() > 2
            && word.starts_with(char::is_lowercase)
            && word.chars().all(char::is_alphabetic)
            && !is_pronoun(word);
        // A verb inside the phrase makes it a clause, not a subject
        // ("Analysts doubted Russia's claim"); "Russian-backed" is an adjective.
        let verb_inside = (first..head).any(|idx| {
            let text = self.word_at(idx);
            text.len() > 3
                && text.ends_with("ed")
                && text.starts_with(char::is_lowercase)
                && !idx
                    .checked_sub(1)
                    .is_some_and(|prev| ["-", "–"].contains(&self.word_at(prev)))
        });
        let possessive = head
            .checked_sub(1)
            .is_some_and(|prev| ["’", "'"].contains(&self.word_at(prev)));
        let noun = noun && !verb_inside && !possessive;
        noun && verb > head && self.strong_verb(verb) && self.opens_speaking_clause(first, verb)
    }

    /// Whether a subject at token `first` of the verb at token `verb` opens
    /// its clause and the verb is a strong verb of saying.
    pub(super) fn opens_speaking_clause(&self, first: usize, verb: usize) -> bool {
        self.opens_clause_at(first) && self.strong_verb(verb)
    }

    /// The start of a short left conjunct joined by "and" to the subject
    /// starting at token `first` ("The Russian military and pro-Moscow
    /// separatists claimed"): the conjunct ends in a speaker noun or a
    /// name and opens the clause.
    pub(super) fn left_conjunct(&self, first: usize, verb: usize) -> Option<usize> {
        let and = first.checked_sub(1)?;
        if !self.word_at(and).eq_ignore_ascii_case("and") {
            return None;
        }
        let head = and.checked_sub(1)?;
        let head_word = self.word_at(head);
        let named = self
            .tokens
            .get(head)
            .is_some_and(|token| token.kind == TokenKind::Word)
            && (is_speaker_noun(head_word) || head_word.starts_with(char::is_uppercase));
        if !named {
            return None;
        }
        let mut start = head;
        while let Some(prev) = start.checked_sub(1) {
            if !self.in_noun_phrase(prev) || head - prev >= 4 {
                break;
            }
            start = prev;
        }
        (verb - start <= MAX_SPEAKER && self.opens_speaking_clause(start, verb)).then_some(start)
    }
}

/// Abbreviated titles whose dot is no sentence end: "Lt. Gen. Igor
/// Konashenkov", "Dr. Hans Kluge".
const TITLE_ABBREVIATIONS: &[&str] = &[
    "lt", "gen", "col", "maj", "capt", "sgt", "adm", "brig", "cmdr", "dr", "mr", "mrs", "ms",
    "prof", "sen", "rep", "gov", "rev",
];

/// Whether `word` (before a dot) is an abbreviated title.
pub(super) fn title_abbreviation(word: &str) -> bool {
    word.starts_with(char::is_uppercase)
        && TITLE_ABBREVIATIONS.contains(&word.to_lowercase().as_str())
}

impl Reader<'_> {
    /// Whether the phrase from token `first` is a title chain ending in a
    /// name: lower-case title or speaker words ("ministry spokesman"), then
    /// capitalised words to the end of the clause ("…, said ministry
    /// spokesman Igor Konashenkov.").
    pub(super) fn titled_name_after(&self, first: usize) -> bool {
        let mut idx = first;
        let mut lower = 0;
        while let Some(token) = self.tokens.get(idx) {
            let text = token.text(self.text);
            if token.kind != TokenKind::Word || text.starts_with(char::is_uppercase) {
                break;
            }
            let key = text.to_lowercase();
            if !(crate::provenance::TITLE_WORDS.contains(&key.as_str()) || is_speaker_noun(text)) {
                return false;
            }
            lower += 1;
            idx += 1;
        }
        lower > 0
            && lower <= 3
            && self.tokens.get(idx).is_some_and(|token| {
                token.kind == TokenKind::Word
                    && token.text(self.text).starts_with(char::is_uppercase)
            })
    }
}

impl Reader<'_> {
    /// The speaker of a reporting clause that closes its sentence after a
    /// fronted source cue: "According to preliminary data, 40 people were
    /// killed …, Russia's Federal Security Service reported." — the clause's
    /// subject speaks; what it cites only backs its words, unless an outlet
    /// reports what a body it names says (see below). `speech` follows
    /// `source`; the verb's subject comes after the last comma before it, and
    /// nothing but a short adjunct ("on Sunday", "in a statement") follows it.
    fn closing_clause_over_source(&self, speech: &Hit, source: &Hit) -> Option<Attribution> {
        let between = self.text.get(source.span.end..speech.span.start)?;
        let (_, last_clause) = between.rsplit_once(',')?;
        let after = self.text.get(speech.span.end..)?;
        let closes = !after.contains([',', ';', ':', '"', '“', '”'])
            && after.split_whitespace().count() <= 6
            && !after
                .split(|ch: char| !ch.is_alphabetic())
                .any(|word| word.eq_ignore_ascii_case("that"));
        if !closes {
            return self.fronted_source_over_speech(speech, source, between, after);
        }
        let found = self.speech(speech)?;
        let speaker = found.speaker.to_lowercase();
        // "…, Jane Roe, the government spokesperson, told AFP.": an
        // apposition closing before the verb leaves the clause of its name.
        let last_clause = match between.trim_end().strip_suffix(',') {
            Some(head) if last_clause.trim().is_empty() => head
                .rsplit(',')
                .nth(1)
                .filter(|_| found.affiliation.is_some())
                .unwrap_or(last_clause),
            _ => last_clause,
        };
        if !last_clause.to_lowercase().contains(&speaker) {
            return None;
        }
        // "…, according to the National Police, Suspilne reports.": an
        // outlet's verb of reporting relays the words of the body it names
        // (National Police ← Suspilne), as "X reported that Y said" does.
        let relays = saying::is(&found.cue, saying::RELAYS);
        let held = relays
            .then(|| self.source(source))
            .flatten()
            .filter(|held| {
                let named = held
                    .speaker
                    .split_whitespace()
                    .enumerate()
                    .any(|(at, word)| {
                        word.starts_with(char::is_uppercase)
                            && (at > 0 || !super::common_opener(word))
                    });
                // "according to the flotilla's own tracking data": a
                // possessor holds what is its own.
                let owned = held.speaker.contains("'s ") || held.speaker.contains("’s ");
                (named || owned) && held.reported_by.is_none() && held.speaker != found.speaker
            });
        Some(match held {
            Some(held) => Attribution {
                reported_by: Some(found.speaker),
                ..held
            },
            None => found,
        })
    }

    /// The speaker of a verb of saying that opens the main clause after a
    /// fronted source cue: "According to The Daily Star, the minister wrote
    /// on X on Sunday that …" — the source reports what the verb's subject
    /// says, so the subject is the innermost holder (the minister ← The
    /// Daily Star), as in "X reported that Y said". The cue's phrase ends at
    /// the only comma before the verb, the subject fills the clause from
    /// there to the verb, and the verb reports a "that" clause after at most
    /// a short adjunct ("told reporters", "on Sunday"); "According to
    /// witnesses, the soldiers said nothing and …" names no claim of theirs.
    fn fronted_source_over_speech(
        &self,
        speech: &Hit,
        source: &Hit,
        between: &str,
        after: &str,
    ) -> Option<Attribution> {
        let (cited, clause) = between.split_once(',')?;
        if cited.contains([';', ':', '"', '“', '”']) || clause.contains([',', ';', ':']) {
            return None;
        }
        // A "that" within seven words, before any mark: the verb reports a clause.
        after
            .split([',', ';', ':', '"', '“', '”'])
            .next()
            .unwrap_or("")
            .split_whitespace()
            .take(7)
            .position(|word| word.eq_ignore_ascii_case("that"))?;
        let found = self.speech(speech)?;
        let clause = clause.trim().to_lowercase();
        let speaker = found.speaker.to_lowercase();
        if found.reported_by.is_some() || found.direct || !clause.ends_with(&speaker) {
            return None;
        }
        let reporter = self.source(source)?;
        // "According to a statement by the fire chief, the initial inquiry
        // showed that …": a document the subject is only the evidence of
        // the one the cue names, who speaks.
        if super::is_evidence(&found.speaker) && !super::is_evidence(&reporter.speaker) {
            return Some(reporter);
        }
        Some(Attribution {
            reported_by: Some(reporter.speaker),
            ..found
        })
    }

    /// The speaker of a verb of saying whose "that" clause holds a source
    /// cue: "The General Staff emphasized that according to the information
    /// provided by the commander, …" — the cue is part of what the General
    /// Staff says, so the General Staff speaks. `speech` and `source` are the
    /// first speech verb and source cue outside quotes.
    pub(super) fn speech_over_source(&self, speech: &Hit, source: &Hit) -> Option<Attribution> {
        if source.span.start <= speech.span.start {
            return self.closing_clause_over_source(speech, source);
        }
        let between = self.text.get(speech.span.end..source.span.start)?;
        let complement = between
            .split(|ch: char| !ch.is_alphabetic())
            .any(|word| word == "that");
        // "Biden said the missile … was unlikely fired from Russia, according
        // to the RFE/RL.": a source cue set off at the end reports the
        // speaker's words: Biden ← RFE/RL.
        // "…,” Biden said as per USA Today": right after the verb too.
        let chained = (between.trim_end().ends_with(',') || between.trim().is_empty())
            && !between.contains([';', ':']);
        if chained {
            let reporter = self.source(source)?;
            let found = self.speech(speech)?;
            // "…, TASS reported, citing Rogov.": the one cited holds the
            // words and the verb's subject reports them: Rogov ← TASS. One
            // who "said, citing" survivors says it on their word.
            let cue = self.text.get(source.span.clone()).map(str::to_lowercase);
            let cites = matches!(cue.as_deref(), Some("citing" | "quoting"));
            let reports = saying::is(&found.cue, saying::RELAYS);
            // "…, Russian news agencies reported on Sunday, citing a
            // Kremlin source": a short time adjunct may stand between.
            // "wrote a letter on Monday, citing safety concerns": an object
            // between is no adjunct, and "citing" gives the grounds.
            let adjunct = between.trim().strip_suffix(',').is_some_and(|words| {
                words.split_whitespace().count() <= 4
                    && words.split_whitespace().next().is_none_or(|first| {
                        let low = first.to_lowercase();
                        ADVERBIAL_OPENERS.contains(&low.as_str())
                            || low.ends_with("ly")
                            || crate::values::words::is_weekday(first)
                    })
            });
            if cites && adjunct && found.reported_by.is_none() {
                return Some(if reports {
                    Attribution {
                        speaker: reporter.speaker,
                        reported_by: Some(found.speaker.clone()),
                        ..found
                    }
                } else {
                    found
                });
            }
            return Some(Attribution {
                reported_by: found.reported_by.clone().or(Some(reporter.speaker)),
                ..found
            });
        }
        if !complement || between.contains([',', ';', ':']) {
            return None;
        }
        self.speech(speech)
    }
}

/// Words that open a short adverbial of time or place after a verb of
/// saying ("reported on Sunday", "wrote late on Monday", "said earlier").
pub(super) const ADVERBIAL_OPENERS: &[&str] = &[
    "on",
    "in",
    "at",
    "late",
    "early",
    "earlier",
    "later",
    "yesterday",
    "today",
    "tonight",
    "overnight",
    "also",
    "last",
    "this",
    "again",
];

/// How many sentences back a generic head ("the ministry") looks for an
/// institution named with its head word but never quoted.
const NAMED_REACH: usize = 3;

/// The institution a generic head `speaker` of sentence `idx` ("the
/// ministry") stands for when no speaker before repeats its head word: the
/// last capitalised name holding that word, earlier in the sentence or in
/// the `NAMED_REACH` sentences before, quoted or not ("… up from an earlier
/// Russian Defense Ministry figure of 40. The ministry also said …").
pub(super) fn named_before(
    article: &crate::model::Article,
    idx: usize,
    speaker: &str,
) -> Option<String> {
    let head = speaker.split_whitespace().next_back()?.to_lowercase();
    let stem: String = head.chars().take(6).collect();
    if stem.chars().count() < 4 {
        return None;
    }
    let text = super::sentence_text(article, idx)?;
    let here = text.find(speaker).map_or("", |at| &text[..at]);
    let before: Vec<&str> = (idx.saturating_sub(NAMED_REACH)..idx)
        .filter_map(|prev| super::sentence_text(article, prev))
        .collect();
    std::iter::once(here)
        .chain(before.into_iter().rev())
        .find_map(|text| super::named_with(text, &stem).or_else(|| group_with(text, &head)))
}

/// The last group written with the plural `head` after capitalised
/// modifiers in `text`: "US and Western officials" in "…, according to US
/// and Western officials." for "the officials".
fn group_with(text: &str, head: &str) -> Option<String> {
    if !head.ends_with('s') || head.contains(char::is_uppercase) {
        return None;
    }
    let words: Vec<&str> = text
        .split(|ch: char| !ch.is_alphanumeric() && ch != '-' && ch != '.')
        .map(|word| word.trim_end_matches('.'))
        .filter(|word| !word.is_empty())
        .collect();
    let at = words.iter().rposition(|word| *word == head)?;
    let mut first = at;
    while let Some(prev) = first.checked_sub(1) {
        let word = words[prev];
        if !(word.starts_with(char::is_uppercase) || word == "and") {
            break;
        }
        first = prev;
    }
    while words.get(first).is_some_and(|word| *word == "and") {
        first += 1;
    }
    (first < at).then(|| words[first..=at].join(" "))
}

/// The institution that speaks in the sentence just before sentence `idx`,
/// for an "it" that carries its words on ("…,” the defence ministry said in
/// its daily briefing. … , it added."): that sentence's speaker, named or a
/// generic head resolved to the name it stands for; never a person.
pub(super) fn previous_institution(
    cues: &crate::provenance::cues::Cues,
    article: &crate::model::Article,
    idx: usize,
) -> Option<(String, Option<String>)> {
    use super::{mention, Mention};
    let prev = idx.checked_sub(1)?;
    let found = super::own(cues, article, prev)?;
    if !matches!(mention(&found.speaker), Mention::Named | Mention::ThingHead) {
        return None;
    }
    let found = super::resolve(cues, article, prev, found);
    let named = found.refers_to.clone().unwrap_or(found.speaker.clone());
    let institution = !found.unresolved
        && crate::provenance::person(&named).is_none()
        && !super::is_unnamed(&named);
    institution.then_some((named, found.affiliation))
}

/// The description of a body that speaks in the sentence just before
/// sentence `idx` and stands for no one named ("the defence ministry said.
/// … , it said.", "the energy ministry said"), for an "it" that carries its
/// words on: the "it" is that description, not an institution named further
/// back, and unresolved when the description is (true with it).
pub(super) fn previous_unresolved_head(
    cues: &crate::provenance::cues::Cues,
    article: &crate::model::Article,
    idx: usize,
) -> Option<(String, bool)> {
    use super::{mention, Mention};
    let mut idx = idx;
    // An "it" before that carries such a head on carries it further, over
    // at most `PRONOUN_REACH` sentences.
    for _ in 0..super::PRONOUN_REACH {
        let prev = idx.checked_sub(1)?;
        // The sentence before speaks in its own words or, a quotation "…,”
        // it continued.", in those of the sentence its quotation runs on
        // from (one opened before: one that sentence `idx` closes is
        // `idx`'s own).
        let (found, at) = match super::own(cues, article, prev) {
            Some(found) => (found, prev),
            None => super::quoted(cues, article, prev).filter(|(_, at)| *at < prev)?,
        };
        match mention(&found.speaker) {
            Mention::ThingHead => {
                let found = super::resolve(cues, article, at, found);
                return found.unresolved.then_some((found.speaker, true));
            }
            Mention::Named => {
                let definite = found
                    .speaker
                    .split_whitespace()
                    .next()
                    .is_some_and(|first| first.eq_ignore_ascii_case("the"));
                let described = definite
                    && super::is_unnamed(&found.speaker)
                    && crate::provenance::person(&found.speaker).is_none();
                let found = super::resolve(cues, article, at, found);
                return (described && found.refers_to.is_none() && !found.unresolved)
                    .then_some((found.speaker, false));
            }
            Mention::ThingPronoun
                if found.reported_by.is_none()
                    && super::sentence_text(article, at)
                        .and_then(super::np::opening_institution)
                        .is_none() =>
            {
                idx = at;
            }
            _ => return None,
        }
    }
    None
}

impl Reader<'_> {
    /// Whether tokens `first..=end` are a speaker alias the rulebook
    /// declares ("the separatists" with "separatists" declared), so they
    /// speak as a cue's subject whatever their head and wherever they stand.
    pub(super) fn registered(&self, first: usize, end: usize) -> bool {
        let (Some(registry), Some(phrase)) = (self.registry, self.slice(first, end)) else {
            return false;
        };
        let bare = ["the ", "The "]
            .iter()
            .find_map(|article| phrase.strip_prefix(article))
            .unwrap_or(phrase);
        registry.is_alias(&crate::provenance::normalize(bare))
    }
}
