//! Credits written outside the sentence they credit: a later sentence whose
//! only content is the credit of what came before ("S. This was reported by
//! X."), and a line that introduces what follows it ("Source: X" above a
//! "Quote:" or "Details:" section, "X replied:" above the reply).
//!
//! Matches: "The toll reached 35. This was reported by the prosecutor's office." (the office)
//! Matches: "The dam burst. The regional police writes about it."                 (the police)
//! Matches: "The dam burst. The governor said this on Telegram, Reuters reports." (the governor)
//! Matches: "Roads were shut.⏎Source: State Emergency Service"                     (the service)
//! Matches: "Source: Anna Weber, mayor, on Telegram⏎Quote: \"Roads are shut.\""   (Anna Weber)
//! Ignores: "The river rose. This was a blow to the farmers.", "Russia denies this."
//!
//! The reach (`tests/eval/README.md`, "Convention: a sentence credited by the
//! next"): a credit covers the sentences of its own paragraph before it, or,
//! when it opens a paragraph, the whole paragraph right before it; no further,
//! and never more than `REACH` sentences back. A sentence that names its own
//! holder stops it. A credit before its content reaches forward only what it
//! introduces (at most `REACH` sentences), up to "Background:", "Update:", a
//! heading or a sentence that names another holder.

use std::borrow::Cow;

use crate::model::{Article, Attribution, Credit, SentenceKind};
use crate::provenance::cues::{Cues, DENIAL};
use crate::text::{grammar, saying};

/// The most sentences a credit reaches over, back or forward.
const REACH: usize = 16;

/// Demonstratives that stand for what came before ("This was reported by").
const DEMONSTRATIVES: &[&str] = &["this", "that", "it", "these", "those"];
/// A demonstrative subject contracted with "is" ("That's according to X").
const CONTRACTED: &[&str] = &["that's", "that’s", "this's", "it's", "it’s"];
/// Nouns that, after "the", "this" or "these", stand for what came before
/// ("The information comes from …", "These figures were confirmed by …").
const CONTENT_NOUNS: &[&str] = &[
    "information",
    "figures",
    "figure",
    "data",
    "news",
    "numbers",
    "details",
    "report",
];
/// Verbs of making a work: with "it", the work, not a report of what came
/// before ("It was written by William Shakespeare").
const AUTHORSHIP: &[&str] = &[
    "wrote",
    "writes",
    "written",
    "posted",
    "posts",
    "published",
    "publishes",
    "tweeted",
];
/// Words that open a holder who is no one ("confirmed by nobody").
const NEGATIVE: &[&str] = &["nobody", "no", "none", "nothing", "neither", "no-one"];
/// Heads of a holder besides the speaker nouns: people and bodies that
/// report ("the information comes from journalists").
const HOLDER_NOUNS: &[&str] = &[
    "journalist",
    "reporter",
    "correspondent",
    "outlet",
    "publication",
    "channel",
    "station",
    "portal",
    "website",
    "headquarters",
    "command",
    "staff",
    "hospital",
    "eyewitness",
    "people",
    "representative",
    "spokesperson",
    "press",
    "inspectorate",
    "prosecutors",
    "rescuers",
    "services",
];
/// Words that open an adjunct clause ("after the attack destroyed …").
const SUBORDINATORS: &[&str] = &[
    "after", "before", "when", "while", "since", "until", "because", "as", "once",
];
/// Whom a "told" tells.
const AUDIENCE: &[&str] = &[
    "reporters",
    "journalists",
    "correspondents",
    "media",
    "press",
    "the",
    "a",
    "news",
    "conference",
    "briefing",
];
/// Words that open a time, place or channel adjunct ("on Telegram", "at a
/// press conference", "that same day").
const ADJUNCT: &[&str] = &[
    "on",
    "at",
    "in",
    "during",
    "via",
    "through",
    "while",
    "after",
    "before",
    "later",
    "earlier",
    "today",
    "yesterday",
    "tonight",
    "this",
    "that",
    "when",
    "to",
];
/// Words after "that" or "this" that make it a time ("that same day").
const TIMES: &[&str] = &[
    "same",
    "day",
    "morning",
    "evening",
    "afternoon",
    "night",
    "week",
    "month",
    "year",
];
/// Phrases inside a credit's agent that name the holder it cites ("X with
/// reference to Y": Y holds the words).
const CITING: &[&str] = &[
    "with reference to ",
    "referring to ",
    "citing ",
    "quoting ",
    "in reference to ",
];

/// Whether sentence `at` opens a paragraph (a line break before it).
fn opens_paragraph(article: &Article, at: usize) -> bool {
    let Some(before) = at.checked_sub(1) else {
        return true;
    };
    match (article.sentences.get(before), article.sentences.get(at)) {
        (Some(prev), Some(this)) => article
            .text
            .get(prev.end..this.start)
            .is_none_or(|gap| gap.contains('\n')),
        _ => true,
    }
}

/// The credit of sentence `idx` written outside it: by a later sentence,
/// else by a line that introduces it; with the index of that sentence.
pub(super) fn find(cues: &Cues, article: &Article, idx: usize) -> Option<(Attribution, usize)> {
    by_later(cues, article, idx).or_else(|| introduced(cues, article, idx))
}

/// The credit of sentence `idx` by a later sentence of its paragraph, or by
/// one that opens the next paragraph; none past a sentence that names its
/// own holder.
pub(super) fn by_later(cues: &Cues, article: &Article, idx: usize) -> Option<(Attribution, usize)> {
    if section(super::sentence_text(article, idx)?).is_some() {
        return None;
    }
    if let Some(found) = closing_tag(article, idx) {
        return Some(found);
    }
    let last = (idx + 1 + REACH).min(article.sentences.len());
    for next in idx + 1..last {
        if let Some(found) = credit(cues, article, next) {
            // A "Quote:" or "Details:" section is its source line's: a
            // credit in a paragraph after it (the next block's "Source:")
            // does not reach back into it.
            if opens_paragraph(article, next) && in_content_section(article, idx) {
                return None;
            }
            return Some((found, next));
        }
        if opens_paragraph(article, next) || holds_own(cues, article, next) {
            return None;
        }
    }
    None
}

/// The credit of sentence `idx` by a tag in parentheses that closes its
/// paragraph ("… would be overturned. (The New York Times)"): the paragraph
/// is quoted from that outlet, so every sentence of it that names no holder
/// of its own is the outlet's, a sentence between them that does (read
/// before this) notwithstanding. A tag alone on its line, a picture
/// credit or a page's label ("(Read More)") credits nothing.
fn closing_tag(article: &Article, idx: usize) -> Option<(Attribution, usize)> {
    let last = (idx + 1..(idx + 1 + REACH).min(article.sentences.len()))
        .take_while(|&next| !opens_paragraph(article, next))
        .last()?;
    // The paragraph must end at the tag.
    if article.sentences.get(last + 1).is_some() && !opens_paragraph(article, last + 1) {
        return None;
    }
    let tag = super::sentence_text(article, last)?.trim();
    let name = tag
        .strip_prefix('(')?
        .trim_end_matches('.')
        .strip_suffix(')')?
        .trim();
    let words: Vec<&str> = name.split_whitespace().collect();
    // A name: capitalised words and the small words inside names ("The
    // Times of India"), no figure, date or punctuation of a clause.
    let named = (1..=6).contains(&words.len())
        && name.starts_with(char::is_uppercase)
        && words.iter().all(|word| {
            word.starts_with(char::is_uppercase) || ["of", "and", "the", "&"].contains(word)
        })
        && !name.contains(|ch: char| ch.is_numeric() || "()/:;,\"“”".contains(ch))
        && !picture_credit(name)
        && !crate::text::is_furniture_line(name);
    named.then(|| {
        let found = Attribution {
            speaker: name.to_string(),
            cue: "credit".to_string(),
            credit: Credit::Later,
            ..Attribution::default()
        };
        (found, last)
    })
}

/// Whether sentence `at` names its own holder (in it, or around the
/// quotation it sits in).
fn holds_own(cues: &Cues, article: &Article, at: usize) -> bool {
    super::own(cues, article, at).is_some() || super::quoted(cues, article, at).is_some()
}

/// Whether sentence `idx` sits in a "Quote:" or "Details:" section: the
/// paragraph it is in opens with that label.
fn in_content_section(article: &Article, idx: usize) -> bool {
    let first = (0..=idx)
        .rev()
        .find(|&at| opens_paragraph(article, at))
        .unwrap_or(0);
    super::sentence_text(article, first).and_then(section) == Some(Section::Content)
}

/// The section labels of a house style that sets a source line above its
/// content ("Quote:", "Details:", "Background:").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Section {
    /// "Quote:", "Details:": what the source line above says.
    Content,
    /// "Background:", "Update:": the outlet's own.
    Outlet,
}

/// The section label that opens `text`, if any.
fn section(text: &str) -> Option<Section> {
    let (label, _) = text.trim_start().split_once(':')?;
    match label.trim().to_lowercase().as_str() {
        "quote" | "details" => Some(Section::Content),
        "background" | "update" | "updated" => Some(Section::Outlet),
        _ => None,
    }
}

/// The credit of sentence `idx` by a line before it that introduces it: a
/// source line above the "Quote:" or "Details:" section it sits in, or a
/// sentence ending in a colon of saying ("X replied:") whose next paragraph
/// it is in.
fn introduced(cues: &Cues, article: &Article, idx: usize) -> Option<(Attribution, usize)> {
    let introduced = |found: Attribution| Attribution {
        credit: Credit::Introduced,
        ..found
    };
    // The section label seen last going back (the one `idx` sits under).
    let own_text = super::sentence_text(article, idx)?;
    let mut label = section(own_text);
    // The line that opens the section `idx` sits in.
    let mut opening = label.map(|_| own_text);
    if label == Some(Section::Outlet) {
        return None;
    }
    let mut paragraphs = usize::from(opens_paragraph(article, idx));
    for prev in (idx.saturating_sub(REACH)..idx).rev() {
        let sentence = article.sentences.get(prev)?;
        let text = super::sentence_text(article, prev)?;
        if sentence.kind == SentenceKind::Heading {
            return None;
        }
        if let Some(found) = super::source_line(text) {
            // A "Details:" section is in the writer's words, a "Quote:"
            // section the source's.
            let quoted = opening.is_some_and(|text| {
                text.trim_start()
                    .get(..5)
                    .is_some_and(|label| label.eq_ignore_ascii_case("quote"))
            });
            let found = Attribution {
                direct: quoted,
                quote: if quoted {
                    crate::model::QuoteKind::Direct
                } else {
                    crate::model::QuoteKind::Indirect
                },
                ..found
            };
            return (label == Some(Section::Content)).then(|| (introduced(found), prev));
        }
        match section(text) {
            Some(Section::Outlet) => return None,
            Some(Section::Content) => {
                // "Details: Police said …" names another holder.
                if holds_own(cues, article, prev) {
                    return None;
                }
                label = Some(Section::Content);
                opening = opening.or(Some(text));
                if opens_paragraph(article, prev) {
                    paragraphs += 1;
                }
                continue;
            }
            None => {}
        }
        // "When asked …, Trump replied:⏎They made a mistake.": the words
        // of the paragraph after a colon of saying are the speaker's.
        let colon = text.trim_end().ends_with(':');
        if colon && paragraphs == 1 && label.is_none() {
            let found = super::own(cues, article, prev).filter(|found| found.cue != "source")?;
            return Some((introduced(found), prev));
        }
        if holds_own(cues, article, prev) {
            return None;
        }
        if opens_paragraph(article, prev) {
            paragraphs += 1;
        }
        if label.is_none() && paragraphs > 1 {
            return None;
        }
    }
    None
}

/// The attribution of sentence `at` when its only content is the credit of
/// what came before it: a source line, or a demonstrative or a left-out
/// object of a verb of saying ("This was reported by X", "X said this on
/// Telegram", "X writes about it", "That's according to X", "The
/// information comes from X", "X told reporters that same day").
fn credit(cues: &Cues, article: &Article, at: usize) -> Option<Attribution> {
    // Each sentence is read for its credit by the up to `REACH` before it.
    super::memo::recall(cues, article, at, super::memo::Reading::Credit, || {
        credit_read(cues, article, at)
    })
}

/// `credit`, read from the sentence.
fn credit_read(cues: &Cues, article: &Article, at: usize) -> Option<Attribution> {
    let sentence = article.sentences.get(at)?;
    if sentence.kind == SentenceKind::Heading {
        return None;
    }
    let text = super::sentence_text(article, at)?;
    // What a later sentence credits is in the writer's words.
    let later = |found: Attribution| Attribution {
        credit: Credit::Later,
        direct: false,
        quote: crate::model::QuoteKind::Indirect,
        ..found
    };
    if let Some(found) = super::source_line(text) {
        return Some(later(found));
    }
    let found = credit_clause(cues, text)?;
    // "This comes from the same playbook", "confirmed by nobody": the
    // holder is someone, a person or a body, as a speaker is.
    if !holder(&found.speaker) {
        return None;
    }
    // "This was denied by the governor": a denial reports nothing of what
    // came before.
    let denial = cues
        .hits(&found.cue)
        .iter()
        .any(|hit| hit.kinds.contains(DENIAL));
    let demonstrative = DEMONSTRATIVES.contains(&found.speaker.to_lowercase().as_str());
    (!denial && !demonstrative && !found.speaker.is_empty()).then(|| later(found))
}

/// The words of `text` lowercased, each with its byte range (borrowed from
/// `text` when already lower case: most are).
type Words<'t> = Vec<(Cow<'t, str>, std::ops::Range<usize>)>;

fn words(text: &str) -> Words<'_> {
    let mut out = Vec::new();
    let mut start = None;
    for (at, ch) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        let part = ch.is_alphanumeric() || ch == '\'' || ch == '’' || ch == '-' || ch == '.';
        let part = part && !(ch == '.' && at + 1 >= text.len());
        match (part, start) {
            (true, None) => start = Some(at),
            (false, Some(from)) => {
                let word = text[from..at].trim_end_matches('.');
                let lower =
                    if word.is_ascii() && !word.bytes().any(|byte| byte.is_ascii_uppercase()) {
                        Cow::Borrowed(word)
                    } else {
                        Cow::Owned(word.to_lowercase())
                    };
                out.push((lower, from..from + word.len()));
                start = None;
            }
            _ => {}
        }
    }
    out
}

/// Where `needle` first occurs in `text`, ASCII letters compared without
/// case: a byte offset into `text` itself (lowercasing the whole text would
/// shift offsets after a letter whose lowercase is longer, "İ").
fn find_ascii(text: &str, needle: &str) -> Option<usize> {
    let needle = needle.as_bytes();
    if needle.is_empty() {
        return Some(0);
    }
    text.as_bytes()
        .windows(needle.len())
        .position(|window| window.eq_ignore_ascii_case(needle))
        .filter(|&at| text.is_char_boundary(at))
}

/// `text` without a fronted relay ("As Censor.NET informs, …", "According
/// to Censor.NET, …"): the offset where the credit's own clause starts.
fn after_relay(text: &str) -> usize {
    let trimmed = text.trim_start();
    let lead = text.len() - trimmed.len();
    // No character but an ASCII one lowercases to these letters.
    let opens = |prefix: &str| {
        trimmed
            .get(..prefix.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(prefix))
    };
    let relayed = opens("as ") || opens("according to ");
    match text.get(lead..).and_then(|rest| rest.find(", ")) {
        Some(comma) if relayed => lead + comma + 2,
        _ => lead,
    }
}

/// The credit a sentence `text` gives of what came before, read from its
/// own clause, or `None` when it is no such credit.
fn credit_clause(cues: &Cues, text: &str) -> Option<Attribution> {
    let start = after_relay(text);
    let rest = text.get(start..)?;
    let list = words(rest);
    let word = |at: usize| list.get(at).map(|(word, _)| word.as_ref());
    let is = |at: usize, set: &[&str]| word(at).is_some_and(|word| set.contains(&word));
    let credits = |at: usize| word(at).is_some_and(|word| saying::is(word, saying::CREDITS));
    // The demonstrative subject: "This", "These figures", "The information".
    let contracted = is(0, CONTRACTED);
    let subject_end = if (is(0, DEMONSTRATIVES) && !is(1, CONTENT_NOUNS)) || contracted {
        Some(1)
    } else if is(0, &["the", "this", "these", "that"]) && is(1, CONTENT_NOUNS) {
        Some(2)
    } else if is(0, &["their", "his", "her", "its"]) && disclosed(&list, 2) {
        // "Twenty suspects were held. Their arrest was disclosed by the
        // police chief": an event owned by those just named, made known by
        // a holder, is what came before.
        Some(2)
    } else {
        None
    };
    if let Some(verb) = subject_end {
        // "That's according to X", "This is according to X".
        let according = |at: usize| word(at) == Some("according") && word(at + 1) == Some("to");
        if (contracted && according(1)) || (is(verb, &["is", "was"]) && according(verb + 1)) {
            let from = if contracted { 3 } else { verb + 3 };
            return agent(rest, &list, from, "according to");
        }
        // "The information comes from X".
        if is(verb, &["comes", "come", "came"]) && word(verb + 1) == Some("from") {
            return agent(rest, &list, verb + 2, "comes from");
        }
        // "This was reported by X", "This is stated in the investigation
        // of X", "this was reported to the agency by X".
        let be = ["is", "was", "were", "are", "has", "have", "had", "been"];
        let mut at = verb;
        while is(at, &be) {
            at += 1;
        }
        // "It was written by William Shakespeare": "it" is the work.
        if is(0, &["it", "it's", "it’s"]) && is(at, AUTHORSHIP) {
            return None;
        }
        if at > verb && credits(at) {
            let cue = word(at)?.to_string();
            let clause_end = list.get(at)?.1.end;
            let tail = rest.get(clause_end..)?;
            let comma = tail.find([',', ';']).map_or(tail.len(), |comma| comma);
            let head = tail.get(..comma)?;
            let by = head
                .find(" by ")
                .map(|by| by + 4)
                .or_else(|| head.strip_prefix(" in ").map(|_| 4))
                .or_else(|| head.find(" in the ").map(|found| found + 4))?;
            // "It was announced by the mayor that schools would close": an
            // extraposed "that" clause is content of its own.
            if find_ascii(head.get(by..)?, " that ").is_some() {
                return None;
            }
            let mine = agent_at(rest, clause_end + by, &cue)?;
            if mine.reported_by.is_some() {
                return Some(mine);
            }
            // The sentence reader keeps a title apart from the name ("by
            // Mayor Anna Weber": Anna Weber, the mayor), not a description
            // after it ("a source in the police").
            let clause = rest.get(..clause_end + comma)?;
            let read = super::in_sentence_from(clause, &cues.hits(clause), false, Some(cues))
                .filter(|read| {
                    !read.speaker.is_empty()
                        && mine
                            .speaker
                            .to_lowercase()
                            .ends_with(&clean(&read.speaker).to_lowercase())
                        && !DEMONSTRATIVES.contains(&read.speaker.to_lowercase().as_str())
                });
            return Some(read.unwrap_or(mine));
        }
        return None;
    }
    // "X said this on Telegram", "X writes about it", "X confirmed the
    // information": a verb of saying whose object is what came before.
    let verb = (1..list.len()).find(|&at| credits(at))?;
    let mut object = verb + 1;
    if word(object) == Some("about") {
        object += 1;
    }
    let demonstrative = if is(object, DEMONSTRATIVES) {
        let after = word(object + 1);
        let closes = list
            .get(object)
            .is_some_and(|(_, span)| rest.get(span.end..).is_some_and(ends_clause));
        // "that" only closing its clause ("X said that."): before more
        // words it opens what is said. "this week" is a time, no object.
        let adjunct =
            word(object) != Some("that") && after.is_some_and(|after| ADJUNCT.contains(&after));
        // "X said this in Kyiv after the attack destroyed the station": an
        // adjunct with a clause of its own is content of its own.
        let clause_end = list.get(object).map_or(rest.len(), |(_, span)| {
            rest.get(span.end..)
                .and_then(|tail| tail.find([',', ';']))
                .map_or(rest.len(), |comma| span.end + comma)
        });
        let tail: Vec<&str> = list
            .iter()
            .skip(object + 1)
            .take_while(|(_, span)| span.start < clause_end)
            .map(|(word, _)| word.as_ref())
            .collect();
        // "The newspaper published it": "it" is the work.
        let work = word(object) == Some("it") && object == verb + 1 && is(verb, AUTHORSHIP);
        (closes || adjunct)
            && !after.is_some_and(|after| TIMES.contains(&after))
            && !(adjunct && has_clause(&tail))
            && !work
    } else {
        is(object, &["the", "this", "these"]) && is(object + 1, CONTENT_NOUNS)
    };
    let bare = !demonstrative && bare_credit(rest, &list, verb);
    if !demonstrative && !bare {
        return None;
    }
    // The clause runs to the first comma after the verb ("…said this in a
    // post on Telegram, according to Ukrinform").
    let verb_end = list.get(verb)?.1.end;
    let end = rest
        .get(verb_end..)?
        .find([',', ';'])
        .map_or(rest.len(), |comma| verb_end + comma);
    let clause = rest.get(..end)?;
    let verb_at = list.get(verb)?.1.clone();
    let read = super::in_sentence_from(clause, &cues.hits(clause), false, Some(cues));
    // Its speaker is the verb's subject, before it.
    let before = |found: &Attribution| {
        find_ascii(clause, &found.speaker).is_some_and(|at| at < verb_at.start)
    };
    if let Some(found) = read.filter(before) {
        return Some(found);
    }
    // "The National Police writes about it": the subject, as written.
    let subject = clause.get(..verb_at.start)?.trim();
    let words = subject.split_whitespace().count();
    let named = subject.starts_with(char::is_uppercase)
        && (1..=super::MAX_SPEAKER).contains(&words)
        && !subject.contains([',', '"', '“', '”', ':', ';']);
    let cue = clause.get(verb_at)?.to_string();
    named.then(|| Attribution {
        speaker: super::mid_sentence(subject, 0),
        cue,
        ..Attribution::default()
    })
}

/// Verbs of making known whose passive, after a possessive and an event
/// noun ("Their arrest was disclosed by …", "His death was confirmed by
/// …"), credits what came before; verbs of doing ("Their attack was
/// claimed by …") do not.
const DISCLOSING: &[&str] = &["disclosed", "announced", "revealed", "confirmed"];

/// Whether the words of `list` from `at` are a passive verb of making known
/// (`DISCLOSING`) and its agent: a form of "be", the verb, "by".
fn disclosed(list: &Words<'_>, at: usize) -> bool {
    let word = |at: usize| list.get(at).map(|(word, _)| word.as_ref());
    ["was", "were", "has", "have", "had", "is", "are"].contains(&word(at).unwrap_or(""))
        && (at + 1..at + 3).any(|verb| {
            DISCLOSING.contains(&word(verb).unwrap_or("")) && word(verb + 1) == Some("by")
        })
}

/// Whether `rest` (what follows a word) closes its clause: the sentence's
/// end or a comma.
fn ends_clause(rest: &str) -> bool {
    let rest = rest.trim_start();
    rest.is_empty() || rest.starts_with([',', '.', ';', '!'])
}

/// Whether the verb of saying at word `verb` of `text` has its object left
/// out, with at most an audience and a time, place or channel after it
/// ("Trump told reporters that same day.", "Police said on Monday.").
fn bare_credit(text: &str, list: &Words<'_>, verb: usize) -> bool {
    let word = |at: usize| list.get(at).map(|(word, _)| word.as_ref());
    // "… are said to be in critical condition" is a passive of saying with
    // its own content, no credit.
    let passive = verb
        .checked_sub(1)
        .and_then(word)
        .is_some_and(|before| ["is", "are", "was", "were", "be", "been"].contains(&before));
    if !word(verb).is_some_and(|word| saying::is(word, saying::CREDITS_BARE))
        || passive
        || word(verb + 1) == Some("to")
    {
        return false;
    }
    // The subject is a name or a short noun phrase, no clause of its own.
    let before = list
        .get(verb)
        .and_then(|(_, span)| text.get(..span.start))
        .unwrap_or("");
    if before.contains([',', '"', '“', '”', ':']) || verb > 8 {
        return false;
    }
    let after = list
        .get(verb)
        .and_then(|(_, span)| text.get(span.end..))
        .unwrap_or("");
    if after.contains(['"', '“', '”', ':']) {
        return false;
    }
    let mut at = verb + 1;
    if word(verb) == Some("told") {
        let from = at;
        while word(at).is_some_and(|word| AUDIENCE.contains(&word)) {
            at += 1;
        }
        if at == from {
            return false;
        }
    }
    // What is left is an adjunct: "that same day", "on Telegram"; no
    // clause of its own ("said on Monday that …", "said it would …").
    let rest: Vec<&str> = (at..list.len()).filter_map(word).collect();
    if has_clause(&rest) || after.contains(',') {
        return false;
    }
    match rest.first() {
        None => true,
        Some(&"that" | &"this") => rest.get(1).is_some_and(|next| TIMES.contains(next)),
        Some(first) => ADJUNCT.contains(first) && rest.len() <= 10,
    }
}

/// Whether the words `rest` after a verb of saying (lowercased) hold a
/// clause of their own ("that …", "it would …", "after the attack
/// destroyed the station"), not only an adjunct ("that same day", "on
/// Telegram", "after the meeting").
fn has_clause(rest: &[&str]) -> bool {
    const FINITE: &[&str] = &[
        "is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "may", "might",
        "can", "it", "he", "she", "they", "we", "i", "there", "whether", "how", "what", "if",
    ];
    const DETERMINERS: &[&str] = &[
        "the", "a", "an", "its", "his", "her", "their", "our", "this", "that", "these", "those",
    ];
    rest.iter().enumerate().any(|(at, word)| {
        let time = rest.get(at + 1).is_some_and(|next| TIMES.contains(next));
        // A subordinator, then a noun phrase and a past verb: "after the
        // attack destroyed"; "after the occupied city" is a phrase.
        let subordinate = SUBORDINATORS.contains(word)
            && rest.get(at + 1..).is_some_and(|after| {
                after.windows(2).take(4).any(|pair| {
                    let [noun, verb] = pair else { return false };
                    verb.len() > 4
                        && verb.ends_with("ed")
                        && !noun.ends_with("ed")
                        && !DETERMINERS.contains(noun)
                        && !SUBORDINATORS.contains(noun)
                })
            });
        (*word == "that" && !time) || FINITE.contains(word) || subordinate
    })
}

/// Whether `speaker`, the holder a credit names, is someone: no negative
/// quantifier ("nobody", "no one"), and a name or a head that is a person
/// or a body ("the regional police", "a source in the police"), not a
/// thing ("a leak", "the same playbook").
fn holder(speaker: &str) -> bool {
    let words: Vec<String> = speaker
        .split_whitespace()
        .map(|word| {
            word.trim_matches(|ch: char| !ch.is_alphanumeric())
                .to_lowercase()
        })
        .collect();
    let first = words.first().map_or("", String::as_str);
    if NEGATIVE.contains(&first) || speaker.to_lowercase().starts_with("no one") {
        return false;
    }
    if speaker
        .split_whitespace()
        .any(|word| word.starts_with(|ch: char| ch.is_uppercase() || ch.is_numeric()))
    {
        return true;
    }
    // The head: the last word before a preposition ("a source in the
    // police"), else the last word.
    let head = words
        .iter()
        .position(|word| {
            ["of", "in", "at", "from", "for", "with", "on", "close"].contains(&word.as_str())
        })
        .map_or(words.last(), |at| {
            at.checked_sub(1).and_then(|at| words.get(at))
        });
    head.is_some_and(|head| {
        let singular = head.strip_suffix('s').unwrap_or(head);
        super::is_speaker_noun(head)
            || super::is_document(head)
            || HOLDER_NOUNS.contains(&head.as_str())
            || HOLDER_NOUNS.contains(&singular)
            || super::super::person(speaker).is_some()
    })
}

/// The holder a credit names from word `from` of `text` to its clause's end
/// (a comma or the sentence's end): "the FSS" of "…by the FSS, Censor.NET
/// informs"; the one it cites when it cites ("Radio Svoboda with reference
/// to Cherkasy police": Cherkasy police, reported by Radio Svoboda).
fn agent(text: &str, list: &Words<'_>, from: usize, cue: &str) -> Option<Attribution> {
    agent_at(text, list.get(from)?.1.start, cue)
}

/// `agent` from byte `from`.
fn agent_at(text: &str, from: usize, cue: &str) -> Option<Attribution> {
    let tail = text.get(from..)?;
    let cut = |part: &str| {
        part.find([',', ';', '('])
            .map_or(part, |end| &part[..end])
            .trim()
            .trim_end_matches('.')
            .trim()
            .to_string()
    };
    // The holder ends where a time, place or channel adjunct opens ("by
    // Zelensky at a press conference in Warsaw").
    let adjunct = |part: &str| {
        [
            " at ",
            " on ",
            " during ",
            " via ",
            " while ",
            " after ",
            " today",
            " yesterday",
            " in a ",
            " in an ",
            " in his ",
            " in her ",
            " in its ",
            " in their ",
            " that ",
        ]
        .iter()
        .filter_map(|marker| find_ascii(part, marker))
        .min()
        .map_or(part, |end| part.get(..end).unwrap_or(part))
        .to_string()
    };
    let mut holder = adjunct(&cut(tail));
    // "by the head of the Ministry of Internal Affairs, Ihor Klymenko": a
    // title with a determiner, then its holder's name set off by a comma,
    // is that person.
    if super::is_title_phrase(&holder) {
        if let Some(name) = tail
            .get(holder.len()..)
            .and_then(|rest| rest.trim_start().strip_prefix(','))
            .map(|rest| adjunct(&cut(rest)))
            .filter(|name| {
                let words: Vec<&str> = name.split_whitespace().collect();
                (2..=4).contains(&words.len())
                    && words
                        .iter()
                        .all(|word| word.starts_with(char::is_uppercase))
            })
        {
            holder = name;
        }
    }
    let mut reported_by = None;
    if let Some((at, phrase)) = CITING
        .iter()
        .filter_map(|phrase| find_ascii(&holder, phrase).map(|at| (at, *phrase)))
        .min()
    {
        let cited = holder
            .get(at + phrase.len()..)
            .unwrap_or("")
            .trim()
            .to_string();
        reported_by = Some(clean(holder.get(..at).unwrap_or("")));
        holder = cited;
    } else if let Some(next) = tail
        .find(", ")
        .and_then(|comma| tail.get(comma + 2..))
        .filter(|next| CITING.iter().any(|phrase| next.starts_with(phrase)))
    {
        // "by France Info radio station, citing a source in French military
        // circles": the source it cites holds the words.
        let phrase = CITING.iter().find(|phrase| next.starts_with(**phrase))?;
        reported_by = Some(clean(&holder));
        holder = adjunct(&cut(next.get(phrase.len()..).unwrap_or("")));
    }
    let holder = clean(&holder);
    let words = holder.split_whitespace().count();
    if !(1..=super::MAX_SPEAKER).contains(&words) {
        return None;
    }
    Some(Attribution {
        speaker: holder,
        cue: cue.to_string(),
        reported_by: reported_by.filter(|by| !by.is_empty()),
        ..Attribution::default()
    })
}

/// A holder as written, without the quotation marks or a bracketed gloss
/// around a name ("\"Radio Svoboda\" [\"Radio Liberty\"]").
fn clean(holder: &str) -> String {
    let holder = holder.find('[').map_or(holder, |at| &holder[..at]);
    holder
        .replace(['"', '“', '”'], "")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The holder a source line names ("Source: Oleh Syniehubov, Head of Kharkiv
/// Oblast Military Administration, on Telegram"): its first source (of
/// several, "A; B; C"), without the channel, with what an apposition says it
/// is; the source it cites holds the words ("Dnipro City Council, referring
/// to the State Emergency Service"): (holder, affiliation, reported by).
pub(super) fn source_holder(line: &str) -> Option<(String, Option<String>, Option<String>)> {
    if picture_credit(line) {
        return None;
    }
    let first = line.split(';').next()?.trim();
    let channel = |part: &str| {
        let cut = part
            .rfind(" on ")
            .filter(|at| part[at + 4..].split_whitespace().count() <= 3)
            .map_or(part, |at| &part[..at]);
        cut.trim().to_string()
    };
    let mut parts = first.split(", ");
    let mut holder = channel(parts.next()?);
    let mut affiliation = None;
    let mut reported_by = None;
    for part in parts {
        let part = part.trim();
        if let Some(phrase) = CITING.iter().find(|phrase| part.starts_with(**phrase)) {
            reported_by = Some(holder);
            holder = channel(&part[phrase.len()..]);
            affiliation = None;
        } else if part.starts_with("on ") {
            continue;
        } else if affiliation.is_none() && reported_by.is_none() {
            affiliation = Some(channel(part));
        }
    }
    let words = holder.split_whitespace().count();
    ((1..=super::MAX_SPEAKER).contains(&words) && holder.starts_with(char::is_uppercase))
        .then_some((holder, affiliation.filter(|it| !it.is_empty()), reported_by))
}

/// Whether a source line names a picture's credit, not the text's: a
/// picture agency or a photographer ("Getty Images", "AP Photo/Efrem
/// Lukatsky", "Reuters/Gleb Garanich").
fn picture_credit(line: &str) -> bool {
    const PICTURE: &[&str] = &[
        "photo",
        "photos",
        "photograph",
        "image",
        "images",
        "picture",
        "pictures",
        "shutterstock",
        "getty",
    ];
    let first = line.split([';', ',']).next().unwrap_or("");
    // "AP Photo/Efrem Lukatsky", "Reuters/Gleb Garanich": one word of
    // letters before the slash and a name after it; a link
    // ("t.me/dsns", "https://…") or two outlets ("Suspilne/Ukrinform") is
    // no picture credit by its slash alone.
    let agency_slash = first.split_once('/').is_some_and(|(agency, name)| {
        let agency = agency.trim();
        agency.split_whitespace().count() == 1
            && agency.chars().all(char::is_alphabetic)
            && name.split_whitespace().count() >= 2
    });
    agency_slash
        || line.split(|ch: char| !ch.is_alphanumeric()).any(|word| {
            PICTURE
                .iter()
                .any(|picture| word.eq_ignore_ascii_case(picture))
        })
}

/// Where the background supplements of a sentence credited by a later one
/// open, to the end of their clause: a non-restrictive relative clause that
/// describes a referent by a fact known apart ("…, which claimed the lives
/// of at least 20 people"; Potts 2005: the writer's own commitment), not
/// one that carries the news on ("…, which as a result fell on a house").
pub(super) fn supplements(text: &str) -> Vec<usize> {
    const OPENERS: &[&str] = &[", which ", ", where ", ", who ", ", whom ", ", whose "];
    const ONWARD: &[&str] = &[
        "as a result",
        "then",
        "subsequently",
        "later",
        "in turn",
        "thus",
    ];
    OPENERS
        .iter()
        .flat_map(|opener| {
            text.match_indices(opener)
                .map(move |(at, _)| (at, at + opener.len()))
        })
        .filter(|(_, after)| {
            let rest = text.get(*after..).unwrap_or("").to_lowercase();
            !ONWARD.iter().any(|onward| rest.starts_with(onward))
        })
        .map(|(at, _)| at + 2)
        .collect()
}

/// Participles that describe an event by its harm after a comma ("…,
/// killing 20", "…, leaving 27 people dead", "…, causing 45 deaths").
const HARM_PARTICIPLES: &[&str] = &[
    "killing", "leaving", "causing", "claiming", "injuring", "wounding",
];

/// Nouns of words that a verb of denying takes as its object: what is
/// denied is the words ("denied the rumour of …").
const WORDS_DENIED: &[&str] = &[
    "rumour",
    "rumours",
    "rumor",
    "rumors",
    "reports",
    "report",
    "claims",
    "claim",
    "allegations",
    "allegation",
    "accusations",
    "speculation",
];

/// The background supplements of a sentence that holds a frame of its own,
/// each as the range of its words: what the writer adds about a referent,
/// not what the frame reports (`tests/eval/README.md`, the convention's
/// limit 4; Potts 2005: a supplement is the writer's commitment even inside
/// reported speech).
///
/// - A non-restrictive relative clause set off by commas before the
///   predicate of its clause: "The crash, which claimed 36 lives, was
///   caused by pilot error, the committee found."
/// - A participle of harm that describes the referent of a restrictive
///   relative clause before it ("… of a train that derailed on Sunday,
///   causing 45 deaths, according to …") or an event named inside the
///   words a denial takes ("denied the rumour of hiding the toll of the
///   crash, leaving 27 dead").
///
/// A participle that carries the main event on ("officials said a missile
/// hit the house, killing 20") and a relative that carries the news on
/// ("…, which as a result fell on a house") are what the frame reports.
pub(super) fn framed_supplements(text: &str) -> Vec<std::ops::Range<usize>> {
    let next_comma = |from: usize| {
        text.get(from..)
            .and_then(|rest| rest.find(", "))
            .map(|at| from + at)
    };
    let word_after = |at: usize| {
        text.get(at..)
            .and_then(|rest| rest.split_whitespace().next())
            .unwrap_or("")
    };
    let predicate = |word: &str| {
        grammar::is_auxiliary(word)
            || (word.starts_with(char::is_lowercase) && word.len() > 4 && word.ends_with("ed"))
    };
    let relatives = supplements(text).into_iter().filter_map(|start| {
        let close = next_comma(start)?;
        (close < super::adjunct_end(text, start) && predicate(word_after(close + 2)))
            .then_some(start..close)
    });
    let participles = text.match_indices(", ").filter_map(|(comma, _)| {
        let start = comma + 2;
        if !HARM_PARTICIPLES.contains(&word_after(start)) {
            return None;
        }
        let clause_start = text.get(..comma)?.rfind(", ").map_or(0, |at| at + 2);
        let clause = text.get(clause_start..comma)?;
        let denied = text.get(..comma)?;
        let described = restrictive_relative(clause) || denies_words(denied);
        let end = next_comma(start)
            .unwrap_or(text.len())
            .min(super::adjunct_end(text, start));
        described.then_some(start..end)
    });
    let mut found: Vec<std::ops::Range<usize>> = relatives.chain(participles).collect();
    found.sort_by_key(|range| (range.start, range.end));
    found
}

/// Words of harm whose presence makes a supplement one that describes an
/// event by its toll ("which claimed 18 lives", "where 30 people were
/// killed", "which has left at least 93 people dead").
const HARM_WORDS: &[&str] = &[
    "killed", "claimed", "died", "dead", "lives", "injured", "wounded", "killing",
];

/// The supplements of a sentence that describe an event it names inside a
/// phrase (`tests/eval/README.md`, "a supplement inside a report"), each
/// as the range of its words: a relative set off by a comma that runs to
/// the end of its clause ("… during the flood, which killed 12 people.";
/// "… reached the square, where 9 people died"), or a clause between a
/// pair of dashes ("… to close the pier -- where a crush claimed 8 lives
/// -- but …"), that holds a word of harm and no verb of saying. The noun it describes must be
/// reached from a preposition or a verb that is not a past form ("during
/// the flood", "to close the pier"): after one ("a shell hit the market,
/// where 7 died") the toll is the reported event's own result.
pub(super) fn event_supplements(text: &str) -> Vec<std::ops::Range<usize>> {
    // A supplement that reports ("which concluded that …") is a frame of
    // its own, not a description ("claimed" of lives is harm, not saying).
    let harmful = |range: &std::ops::Range<usize>| {
        text.get(range.clone()).is_some_and(|words| {
            let words: Vec<String> = words
                .split(|ch: char| !ch.is_alphanumeric())
                .map(str::to_lowercase)
                .collect();
            words.iter().any(|word| HARM_WORDS.contains(&word.as_str()))
                && !words
                    .iter()
                    .filter(|word| !HARM_WORDS.contains(&word.as_str()))
                    .any(|word| word == "that" || saying::is(word, saying::REPORTS))
        })
    };
    let relatives = supplements(text).into_iter().filter_map(|start| {
        let opener = text.get(start..)?.split_whitespace().next()?;
        ["which", "where"]
            .contains(&opener)
            .then(|| start..super::adjunct_end(text, start))
    });
    let dashes = [" -- ", " — ", " – "].into_iter().flat_map(|open| {
        let marks: Vec<usize> = text.match_indices(open).map(|(at, _)| at).collect();
        marks
            .chunks_exact(2)
            .map(|pair| pair[0] + open.len()..pair[1])
            .collect::<Vec<_>>()
    });
    let mut found: Vec<std::ops::Range<usize>> = relatives
        .chain(dashes)
        .filter(|range| harmful(range) && named_in_a_phrase(text, range.start))
        .chain(restrictive_tolls(text))
        .collect();
    found.sort_by_key(|range| (range.start, range.end));
    found
}

/// Verbs of harm that a toll relative opens with ("that killed 7", "that
/// claimed 59 lives", "that left 100 dead", "that has killed 12").
const TOLL_VERBS: &[&str] = &["killed", "claimed", "left", "wounded", "injured"];

/// Words of extent before a toll's number ("at least", "more than", "the
/// lives of").
const TOLL_LEAD: &[&str] = &[
    "at", "least", "more", "than", "over", "about", "nearly", "almost", "up", "to", "some", "the",
    "its", "their", "lives", "of", "around",
];

/// Words that end a toll relative without a comma: what follows them is the
/// sentence going on ("… that killed 7 as crowds rushed …", "… that left 9
/// dead when …").
const TOLL_ENDS: &[&str] = &[
    "as", "when", "while", "after", "before", "but", "because", "since", "until",
];

/// Restrictive relatives that describe an event named inside a phrase by
/// its toll, with no comma to set them off ("condemned the attack on the
/// square that killed 7 and wounded 20", "after the blaze that claimed 59
/// lives"; `tests/eval/README.md`, "a supplement inside a report": the test
/// is what the clause does, not its punctuation), each as the range from
/// the relative word to the end of its clause (a comma, a clause boundary or
/// a subordinator, or the auxiliary of the predicate the relative's noun
/// is the subject of: "the strike which killed 2 was caused by …"). The relative's verb must be one of harm right after
/// "that" or "which" (an auxiliary between: "that has killed"), and
/// "claimed" must take a toll, not words ("that claimed responsibility").
fn restrictive_tolls(text: &str) -> Vec<std::ops::Range<usize>> {
    let words: Vec<(usize, &str)> = text
        .split(' ')
        .scan(0, |at, word| {
            let start = *at;
            *at += word.len() + 1;
            Some((start, word))
        })
        .filter(|(_, word)| !word.is_empty())
        .collect();
    let bare = |word: &str| {
        word.trim_matches(|ch: char| !ch.is_alphanumeric())
            .to_lowercase()
    };
    let mut found = Vec::new();
    for (at, &(start, word)) in words.iter().enumerate() {
        let relative = bare(word);
        // "that" right after a noun: no comma before it ("fire, which" is
        // `event_supplements`' own), no punctuation closing it.
        let after_noun = at
            .checked_sub(1)
            .and_then(|prev| words.get(prev))
            .is_some_and(|(_, prev)| prev.chars().all(char::is_alphanumeric));
        if !["that", "which"].contains(&relative.as_str())
            || !after_noun
            || !word.chars().all(char::is_alphabetic)
        {
            continue;
        }
        let mut verb_at = at + 1;
        if words
            .get(verb_at)
            .is_some_and(|(_, next)| ["has", "have", "had"].contains(&bare(next).as_str()))
        {
            verb_at += 1;
        }
        let Some((_, verb)) = words.get(verb_at) else {
            continue;
        };
        let verb = bare(verb);
        if !TOLL_VERBS.contains(&verb.as_str()) {
            continue;
        }
        // The object opens with a number, after words of extent ("at
        // least", "more than", "the lives of").
        let counted = words
            .iter()
            .skip(verb_at + 1)
            .map(|(_, word)| bare(word))
            .find(|word| !TOLL_LEAD.contains(&word.as_str()))
            .is_some_and(|word| {
                word.chars().any(|ch| ch.is_ascii_digit())
                    || crate::values::words::number_word(&word).is_some()
                    || ["dozens", "hundreds", "scores"].contains(&word.as_str())
            });
        if !counted || !named_in_a_phrase(text, start) {
            continue;
        }
        let end = words
            .iter()
            .skip(verb_at + 1)
            .find(|(_, word)| {
                let next = bare(word);
                word.starts_with(char::is_lowercase)
                    && (TOLL_ENDS.contains(&next.as_str()) || grammar::is_auxiliary(&next))
            })
            .map_or(text.len(), |(at, _)| at.saturating_sub(1));
        let comma = text
            .get(start..)
            .and_then(|rest| rest.find([',', ';', ':']))
            .map_or(text.len(), |at| start + at);
        let end = end.min(comma).min(super::adjunct_end(text, start));
        found.push(start..end);
    }
    found
}

/// Whether the noun phrase that ends before the supplement opening at
/// `start` is governed by a preposition or by a verb that is not a past
/// form: the nearest such word within six words before it decides.
fn named_in_a_phrase(text: &str, start: usize) -> bool {
    let before = text.get(..start).unwrap_or("");
    let words = before
        .split_whitespace()
        .map(|word| {
            word.trim_matches(|ch: char| !ch.is_alphanumeric())
                .to_lowercase()
        })
        .filter(|word| !word.is_empty());
    for word in words.rev().skip(1).take(6) {
        if grammar::is_preposition(&word) {
            return true;
        }
        if grammar::is_past_participle(&word)
            || saying::is(&word, saying::REPORTS)
            || word.ends_with("ed")
        {
            return false;
        }
        if word.ends_with("ing") {
            return true;
        }
    }
    false
}

/// Whether `clause` holds a restrictive relative clause: "that", "which"
/// or "who" right after a noun (no comma, no verb of saying or day before
/// it: "said that", "claimed Friday that" open what is said) and before a
/// verb ("a train that derailed", "the missile that hit").
fn restrictive_relative(clause: &str) -> bool {
    let words: Vec<&str> = clause.split_whitespace().collect();
    words.windows(3).any(|window| {
        let [before, relative, verb] = [window[0], window[1], window[2]];
        let before_lower = before.to_lowercase();
        ["that", "which", "who"].contains(&relative)
            && before.chars().all(char::is_alphabetic)
            && !saying::is(&before_lower, saying::REPORTS)
            && !crate::values::words::is_weekday(before)
            && crate::values::words::month(before).is_none()
            && !["so", "such", "now", "and", "but", "today", "yesterday"]
                .contains(&before_lower.as_str())
            && (grammar::is_auxiliary(verb)
                || grammar::is_past_participle(verb)
                || (verb.len() > 3 && verb.ends_with('s') && verb.starts_with(char::is_lowercase)))
    })
}

/// Whether `text` holds a verb of denying with a noun of words for its
/// object ("has denied the rumour", "dismissed reports").
fn denies_words(text: &str) -> bool {
    let words: Vec<String> = text
        .split_whitespace()
        .map(|word| word.to_lowercase())
        .collect();
    words.iter().enumerate().any(|(at, word)| {
        [
            "denied",
            "denies",
            "dismissed",
            "dismisses",
            "rejected",
            "rejects",
            "refuted",
        ]
        .contains(&word.as_str())
            && words
                .iter()
                .skip(at + 1)
                .take(2)
                .any(|object| WORDS_DENIED.contains(&object.as_str()))
    })
}

/// Whether byte `at` of sentence `text` lies in a background supplement
/// (`supplements`), to the end of its clause: a figure there ("…, which
/// claimed the lives of at least 20 people") is the writer's, not what a
/// later sentence credits.
pub fn in_supplement(text: &str, at: usize) -> bool {
    supplements(text)
        .into_iter()
        .any(|start| (start..super::adjunct_end(text, start)).contains(&at))
}

#[cfg(test)]
mod tests {
    use super::super::tests::check;

    #[test]
    fn a_tag_in_parentheses_that_closes_a_paragraph_credits_its_sentences() {
        let text = "Flooding shut the bridge. The council said repairs would take a month. The toll road stays open. (The Evening Courier)\n\nTraffic was light on Monday.\n";
        for prefix in ["Flooding", "The toll"] {
            check(text, prefix, Some(("The Evening Courier", "credit", false)));
        }
        // A sentence with its own holder keeps it; the next paragraph is
        // not reached.
        check(text, "The council", Some(("the council", "said", false)));
        check(text, "Traffic", None);
        // Alone on its line, a figure, or a picture credit: no credit.
        for text in [
            "Flooding shut the bridge.\n(The Evening Courier)\n",
            "Flooding shut the bridge. (Updated 2024)\n",
            "Flooding shut the bridge. (AP Photo)\n",
            "Flooding shut the bridge. (see map below)\n",
            "Flooding shut the bridge. (Read More)\n",
            "Flooding shut the bridge. (Advertisement)\n",
        ] {
            check(text, "Flooding", None);
        }
    }

    #[test]
    fn a_letter_whose_lowercase_is_longer_does_not_shift_the_agent() {
        // "İ" lowercases to two characters: offsets found in the lowercase
        // text cut the original at the wrong byte (it panicked).
        let text = "Shelling killed two. This was reported by İİİİİİİ today.\n";
        check(text, "Shelling", Some(("İİİİİİİ", "reported", false)));
        let text = "Shelling killed two. This was reported by İİİİ Radio citing the police.\n";
        check(text, "Shelling", Some(("the police", "reported", false)));
        let text = "Shelling killed two. İİİİ Ivanenko said this on Telegram.\n";
        check(text, "Shelling", Some(("İİİİ Ivanenko", "said", false)));
    }

    #[test]
    fn a_credit_by_a_title_set_off_by_its_holder_names_the_holder() {
        let text = "Forty homes were flooded. This was announced by the head of the county emergency office, Maria Lopez.\n";
        check(text, "Forty", Some(("Maria Lopez", "announced", false)));
        let text = "Turnout was 61 percent. This was reported by the head of the electoral commission, Anna Weber, on the air of a TV channel.\n";
        check(text, "Turnout", Some(("Anna Weber", "reported", false)));
        // A list after the title is no name of its holder.
        let text = "Forty homes were flooded. This was announced by the head of the office, police and firefighters.\n";
        check(
            text,
            "Forty",
            Some(("the head of the office", "announced", false)),
        );
    }

    #[test]
    fn a_section_under_a_source_line_is_not_reached_by_the_next_source_line() {
        let text = "Source: Anna Weber, mayor\n\
Details: Forty homes were flooded. The school was evacuated.\n\
Source: State Emergency Service\n\
Quote: \"The water is falling.\"\n";
        for prefix in ["Details:", "The school"] {
            check(text, prefix, Some(("Anna Weber", "source", false)));
        }
        check(
            text,
            "Quote:",
            Some(("State Emergency Service", "source", true)),
        );
    }

    #[test]
    fn quote_labels_are_read_whatever_their_case() {
        let text = "Source: Anna Weber, mayor\n\
QUOTE: \"The water is falling.\"\n";
        check(text, "QUOTE:", Some(("Anna Weber", "source", true)));
    }

    #[test]
    fn a_sentence_with_content_or_holder_of_its_own_credits_nothing_before() {
        for other in [
            // "it" with a verb of authorship stands for a work, not a report.
            "It was written by William Shakespeare.",
            "It was published by a local printer.",
            // An extraposed "it … that S" has content of its own.
            "It was announced by the mayor that schools would close.",
            "It was reported by Ukrainska Pravda that 3 died.",
            // A holder that is no person or body, or no one.
            "The information comes from a leak.",
            "This comes from the same playbook.",
            "The figures were confirmed by nobody.",
            // An adjunct with a clause of its own.
            "Zelensky said this in Kyiv after the attack destroyed the station.",
        ] {
            let text = format!("The dam burst at noon. {other}\n");
            check(&text, "The dam", None);
        }
        // "it" with a verb of saying or reporting does credit.
        let text = "The dam burst at noon. It was reported by the regional police.\n";
        check(
            text,
            "The dam",
            Some(("the regional police", "reported", false)),
        );
        let text = "The dam burst at noon. Zelensky said this in Kyiv after the meeting.\n";
        check(text, "The dam", Some(("Zelensky", "said", false)));
    }

    #[test]
    fn a_photo_credit_is_no_credit_of_the_text() {
        for credit in [
            "Source: Getty Images",
            "Source: AP Photo/Efrem Lukatsky",
            "Source: Reuters/Gleb Garanich",
        ] {
            let text = format!("Rescuers pulled a child from the rubble.\n{credit}\n");
            check(&text, "Rescuers", None);
        }
        let text = "Rescuers pulled a child from the rubble.\nSource: State Emergency Service\n";
        check(
            text,
            "Rescuers",
            Some(("State Emergency Service", "source", false)),
        );
        // A slash in a link or between two outlets makes no photo credit.
        let text = "Rescuers pulled a child from the rubble.\nSource: Suspilne/Ukrinform\n";
        check(
            text,
            "Rescuers",
            Some(("Suspilne/Ukrinform", "source", false)),
        );
    }

    #[test]
    fn a_possessed_event_made_known_by_a_holder_credits_what_came_before() {
        for (text, speaker, cue) in [
            (
                "Ten suspects have been detained. Their detention was disclosed by the state police commissioner, Ali Musa.\n",
                "Ali Musa",
                "disclosed",
            ),
            (
                "The governor died on Monday. His death was announced by the state government.\n",
                "the state government",
                "announced",
            ),
        ] {
            check(text, text.split('.').next().unwrap_or(""), Some((speaker, cue, false)));
        }
        // A deed claimed, or a verb with no agent, credits nothing.
        for text in [
            "Ten soldiers died. Their killing was claimed by a rebel group.\n",
            "Ten suspects have been detained. Their detention was disclosed on Monday.\n",
        ] {
            check(text, text.split('.').next().unwrap_or(""), None);
        }
    }
}
