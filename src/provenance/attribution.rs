//! Attribution: who an article quotes as saying a sentence, and how.
//!
//! Matches: "According to US officials, Russia requested Chinese military aid." (US officials)
//! Ignores: "About 70% of China's weapons imports come from Russia."             (own voice)
//!
//! Inside one sentence, in order: a source cue followed by its speaker
//! ("according to X", unless a reporting clause closes the sentence: "According
//! to Y, …, X reported." is X's), a speech verb followed by its speaker after a quote or
//! comma ("…,” said X"), a speech verb preceded by its subject ("X said",
//! "X has formally denied", "X in October 2019 articulated"). "X and
//! documents reviewed by Y" becomes "X and Y". Across sentences: a pronoun
//! speaker refers to (`refers_to`) the nearest compatible named speaker of
//! the six sentences before (it keeps its own word, as labels and readers
//! see it in the sentence), and
//! a sentence inside a quotation takes the speaker of the sentence that
//! closes or opened it (direct).

use std::cell::RefCell;
use std::ops::Range;

use crate::model::{Article, Attribution, QuoteKind, SentenceKind};
use crate::provenance::cues::{Cues, Hit, SOURCE, SPEECH};
use crate::text::clause::{ClauseKind, Clauses};
use crate::text::grammar;
use crate::text::saying;
use crate::values::token::{tokenize, Token, TokenKind};
use crate::values::words;

mod credit;
mod later;
mod np;

pub use later::in_supplement;
mod subject;

pub use memo::{remember as memo_remember, Remembering};

/// The attributions written in an article's sentences (`own`) and the
/// credits later sentences give (`later::credit`), kept while the article is
/// read: a pronoun or generic head looks back through up to
/// `ANTECEDENT_REACH` sentences for its speaker, a sentence forward through
/// up to `later::REACH` for its credit, and each candidate sentence of an
/// article would read those again.
mod memo {
    use std::cell::RefCell;
    use std::collections::HashMap;
    use std::marker::PhantomData;
    use std::rc::Rc;

    use crate::model::{Article, Attribution};
    use crate::provenance::cues::Cues;

    /// The article (and cues) being remembered, by address: they are
    /// borrowed for as long as the `Remembering` lives, so cannot move.
    struct Memo {
        article: *const Article,
        cues: *const Cues,
        own: HashMap<usize, Option<Attribution>>,
        credit: HashMap<usize, Option<Attribution>>,
        places: Option<Rc<super::PlaceWords>>,
        genders: Option<Rc<super::Genders>>,
        spelled: Option<Rc<super::SpelledOut>>,
    }

    /// Which reading of a sentence is remembered.
    #[derive(Debug, Clone, Copy)]
    pub(super) enum Reading {
        /// `own`: the attribution written in the sentence.
        Own,
        /// `later::credit`: what the sentence credits of what came before.
        Credit,
    }

    impl Memo {
        fn table(&mut self, reading: Reading) -> &mut HashMap<usize, Option<Attribution>> {
            match reading {
                Reading::Own => &mut self.own,
                Reading::Credit => &mut self.credit,
            }
        }
    }

    thread_local! {
        static MEMO: RefCell<Option<Memo>> = const { RefCell::new(None) };
    }

    /// While it lives, `own` of `article` with `cues` is read once per
    /// sentence on this thread.
    pub struct Remembering<'a> {
        previous: Option<Memo>,
        _borrow: PhantomData<(&'a Article, &'a Cues)>,
    }

    /// Remembers the own attributions of `article`'s sentences.
    pub fn remember<'a>(cues: &'a Cues, article: &'a Article) -> Remembering<'a> {
        let memo = Memo {
            article,
            cues,
            own: HashMap::new(),
            credit: HashMap::new(),
            places: None,
            genders: None,
            spelled: None,
        };
        Remembering {
            previous: MEMO.with(|cell| cell.replace(Some(memo))),
            _borrow: PhantomData,
        }
    }

    impl Drop for Remembering<'_> {
        fn drop(&mut self) {
            let previous = self.previous.take();
            MEMO.with(|cell| cell.replace(previous));
        }
    }

    fn is(memo: &Memo, cues: &Cues, article: &Article) -> bool {
        std::ptr::eq(memo.article, article) && std::ptr::eq(memo.cues, cues)
    }

    /// `reading` of sentence `idx`: the remembered one when `article` is
    /// remembered and it was read before, else `read()` (then remembered).
    pub(super) fn recall(
        cues: &Cues,
        article: &Article,
        idx: usize,
        reading: Reading,
        read: impl FnOnce() -> Option<Attribution>,
    ) -> Option<Attribution> {
        let known = MEMO.with(|cell| {
            let mut memo = cell.borrow_mut();
            let memo = memo.as_mut().filter(|memo| is(memo, cues, article))?;
            memo.table(reading).get(&idx).cloned()
        });
        if let Some(known) = known {
            return known;
        }
        // Not borrowed while reading: `read` may recall other sentences.
        let found = read();
        MEMO.with(|cell| {
            if let Some(memo) = cell
                .borrow_mut()
                .as_mut()
                .filter(|memo| is(memo, cues, article))
            {
                memo.table(reading).insert(idx, found.clone());
            }
        });
        found
    }

    /// The place words of `article`, read once while it is remembered.
    pub(super) fn places(cues: &Cues, article: &Article) -> Rc<super::PlaceWords> {
        once(
            cues,
            article,
            |memo| &mut memo.places,
            || super::PlaceWords::read(&article.text),
        )
    }

    /// The gender evidence of `article`, read once while it is remembered.
    pub(super) fn genders(cues: &Cues, article: &Article) -> Rc<super::Genders> {
        once(
            cues,
            article,
            |memo| &mut memo.genders,
            || super::Genders::read(&article.text),
        )
    }

    /// The names `article` spells out, read once while it is remembered.
    pub(super) fn spelled(cues: &Cues, article: &Article) -> Rc<super::SpelledOut> {
        once(
            cues,
            article,
            |memo| &mut memo.spelled,
            || super::SpelledOut::read(&article.text),
        )
    }

    /// What `read` reads of the whole of `article`: the one kept in `slot`
    /// when `article` is remembered and it was read before, else `read()`
    /// (then kept).
    fn once<T>(
        cues: &Cues,
        article: &Article,
        slot: fn(&mut Memo) -> &mut Option<Rc<T>>,
        read: impl FnOnce() -> T,
    ) -> Rc<T> {
        let known = MEMO.with(|cell| {
            let mut memo = cell.borrow_mut();
            let memo = memo.as_mut().filter(|memo| is(memo, cues, article))?;
            slot(memo).clone()
        });
        if let Some(known) = known {
            return known;
        }
        let found = Rc::new(read());
        MEMO.with(|cell| {
            if let Some(memo) = cell
                .borrow_mut()
                .as_mut()
                .filter(|memo| is(memo, cues, article))
            {
                *slot(memo) = Some(Rc::clone(&found));
            }
        });
        found
    }
}

/// How many sentences back a pronoun looks for its speaker.
const PRONOUN_REACH: usize = 6;
/// How many sentences back a generic head or a surname looks for the named
/// speaker it stands for.
const ANTECEDENT_REACH: usize = 40;
/// How many sentences a quotation is followed forward or back.
const QUOTE_REACH: usize = 4;
/// How many sentences forward an open quotation is followed to the
/// sentence that closes it and names its speaker.
const QUOTED_SENTENCES: usize = 12;
/// How far back, in bytes, an open quotation is looked for.
const QUOTE_WINDOW: usize = 4096;
/// How far back, in tokens, a participle looks for its clause's subject.
const MAX_CLAUSE_BACK: usize = 30;
/// Longest speaker, in tokens ("the U.K. and U.S." is 10).
const MAX_SPEAKER: usize = 12;
/// Tokens a relative clause between a speaker and its verb may take
/// ("Israel, which … , denied").
const RELATIVE_REACH: usize = 50;

/// The attribution of sentence `idx` of `article`, across sentences: its
/// own, else that of the quotation it sits in; a pronoun, a generic head or
/// a surname then resolved to the named speaker it stands for.
pub fn find(cues: &Cues, article: &Article, idx: usize) -> Option<Attribution> {
    let (found, at) = match own(cues, article, idx) {
        Some(found) if falsely_said(article, idx, &found) => return None,
        Some(found) => (found, idx),
        None => quoted(cues, article, idx).or_else(|| later::find(cues, article, idx))?,
    };
    Some(resolve(cues, article, at, found))
}

/// Whether the writer calls what `found` says false with an adverb on its
/// verb ("Officials falsely stated that …"): the sentence is then the
/// outlet's own denial, no one's report (see `stance::falsely_said`).
fn falsely_said(article: &Article, idx: usize, found: &Attribution) -> bool {
    let Some(text) = article
        .sentences
        .get(idx)
        .and_then(|sentence| article.text.get(sentence.start..sentence.end))
    else {
        return false;
    };
    let cue = found.cue.to_lowercase();
    super::stance::falsely_said(text).iter().any(|hit| {
        text.get(hit.span.clone())
            .is_some_and(|judged| judged.to_lowercase().contains(&cue))
    })
}

/// Where the clause of a supplement opening at `start` ends: at the next
/// coordinated clause ("…, which flooded the town, and the dam burst at
/// noon") or semicolon, else at the end of `text`.
fn adjunct_end(text: &str, start: usize) -> usize {
    const BOUNDARIES: &[&str] = &[
        ", and ",
        ", but ",
        ", or ",
        ", while ",
        ", whereas ",
        ", so ",
        ", yet ",
        "; ",
    ];
    let rest = text.get(start..).unwrap_or("");
    BOUNDARIES
        .iter()
        .filter_map(|boundary| rest.find(boundary))
        .min()
        .map_or(text.len(), |at| start + at)
}

/// The attribution written inside `sentence` alone.
pub fn in_sentence(sentence: &str, hits: &[Hit]) -> Option<Attribution> {
    in_sentence_from(sentence, hits, false, None)
}

/// The attribution written inside `sentence`, which opens inside a
/// quotation when `open` (its first straight quotation mark closes it).
fn in_sentence_from(
    sentence: &str,
    hits: &[Hit],
    open: bool,
    registry: Option<&Cues>,
) -> Option<Attribution> {
    let unbulleted = unbullet(sentence);
    let sentence = unbulleted.as_ref();
    let tokens = crate::values::token::shared(sentence);
    let reader = Reader::new(sentence, &tokens, registry);
    // Cues inside a quotation belong to the quoted speech, not to its speaker.
    let quoted = quoted_regions(sentence, open);
    let outside = |hit: &&Hit| {
        let idx = quoted.partition_point(|region| region.end <= hit.span.start);
        quoted
            .get(idx)
            .is_none_or(|region| hit.span.start < region.start)
    };
    // "The company has denied reports, citing local media, that …": the
    // denier speaks; what it cites is not the speaker. A verb that says
    // nothing ("the judges dismissed the appeal, citing a lack of
    // evidence": a rejecting verb of no words) leaves the citing to credit
    // what is cited to its subject.
    // A verb's reading depends on its span alone, and the passes below ask
    // for the same verbs again: each is read once.
    let speeches: RefCell<Vec<(Range<usize>, Option<Attribution>)>> = RefCell::default();
    let speech = |hit: &Hit| {
        let known = speeches
            .borrow()
            .iter()
            .find(|(span, _)| *span == hit.span)
            .map(|(_, found)| found.clone());
        known.unwrap_or_else(|| {
            let found = reader.speech(hit);
            speeches
                .borrow_mut()
                .push((hit.span.clone(), found.clone()));
            found
        })
    };
    let first_speech = hits
        .iter()
        .filter(|hit| hit.kinds.contains(SPEECH))
        .filter(outside)
        .find(|hit| {
            let citing = sentence
                .get(hit.span.clone())
                .is_some_and(|cue| cue.eq_ignore_ascii_case("citing"));
            citing || speech(hit).is_some()
        })
        .map(|hit| hit.span.start);
    let cites_after_speech = |hit: &&Hit| {
        let citing = sentence
            .get(hit.span.clone())
            .is_some_and(|cue| cue.eq_ignore_ascii_case("citing"));
        citing && first_speech.is_some_and(|start| start < hit.span.start)
    };
    let first_source = hits
        .iter()
        .filter(|hit| hit.kinds.contains(SOURCE))
        .find(outside);
    // "Local officials citing witness accounts said …": the subject of
    // the verb of saying speaks; what it cites is the ground of its words.
    let cited_by_subject = || {
        let citing = hits.iter().filter(outside).find(|hit| {
            hit.kinds.contains(SOURCE)
                && sentence
                    .get(hit.span.clone())
                    .is_some_and(|cue| cue == "citing")
        })?;
        let verb = hits
            .iter()
            .filter(|hit| hit.kinds.contains(SPEECH) && hit.span.start > citing.span.end)
            .find(outside)?;
        reader.citing_subject(citing, verb)
    };
    let found = source_line(sentence)
        .or_else(|| document_opening(sentence))
        .or_else(|| credit::title_case_says(sentence))
        .or_else(|| reader.accuser_after_whom())
        .or_else(|| reader.free_relative_holder())
        .or_else(|| opening_holder(sentence))
        .or_else(|| reader.reciprocal())
        .or_else(cited_by_subject)
        .or_else(|| {
            let speech = hits
                .iter()
                .filter(|hit| hit.kinds.contains(SPEECH))
                .filter(outside)
                .find(|hit| {
                    sentence
                        .get(hit.span.clone())
                        .is_some_and(|cue| cue.starts_with(char::is_lowercase))
                })?;
            reader.speech_over_source(speech, first_source?)
        })
        .or_else(|| {
            hits.iter()
                .filter(|hit| hit.kinds.contains(SOURCE))
                .filter(outside)
                .filter(|hit| !cites_after_speech(hit))
                .find_map(|hit| reader.source(hit))
        })
        .or_else(|| {
            // A capitalised verb is a name: "the United States".
            let verbs = || {
                hits.iter()
                    .filter(|hit| hit.kinds.contains(SPEECH))
                    .filter(outside)
                    .filter(|hit| {
                        sentence.get(hit.span.clone()).is_some_and(|cue| {
                            cue.starts_with(char::is_lowercase)
                                || credit::title_case_verb(sentence, &cue.to_lowercase())
                        })
                    })
            };
            // "One of the officials who described the assessment said …":
            // the verb of a relative clause describes the speaker; the main
            // verb is the cue.
            // "…, killing 12 in what the governor said was an attack, local
            // media reported.": a free relative of saying holds only its own
            // clause; a later verb of saying holds the sentence.
            let outer = verbs()
                .filter(|hit| !reader.restrictive_relative(hit) && !reader.free_relative(hit))
                .find_map(|hit| Some((hit, speech(hit)?)))
                .or_else(|| {
                    verbs()
                        .filter(|hit| !reader.restrictive_relative(hit))
                        .find_map(|hit| Some((hit, speech(hit)?)))
                })
                .or_else(|| verbs().find_map(|hit| Some((hit, speech(hit)?))))?;
            let outer = reader.admission_credited(outer, verbs());
            Some(reader.innermost(outer, verbs()))
        })
        .or_else(|| credit::headline_credit(sentence))
        .or_else(|| credit::document_reads(sentence))
        .or_else(|| reader.possessed_claim())
        .or_else(|| reader.statement_made())
        .or_else(|| reader.examined_record())
        .or_else(|| reader.evidence_holder())
        .or_else(|| reader.criticism_from().map(|(found, _)| found))
        .or_else(|| reader.published_document())
        .or_else(|| reader.quoting_subject(&quoted))
        .or_else(|| credit::relayed_via(sentence))?;
    Some(finish(found, &quoted))
}

/// The holder named in a sentence that opens with a document of theirs, by
/// "by" or "from" after the document's noun (and a participle of making or
/// giving it): "A report broadcast by Channel Nine showed …", "Testimonies
/// gathered by Freedom Watch from survivors indicate …", "Initial
/// assessments by the United Nations regarding the flood revealed …", "A
/// preliminary report from the flood body, the RFIB, has revealed …" (the
/// name in apposition), or set off by commas before the verb: "The official
/// toll, announced on Sunday by the prosecutor in Zenda, was around sixty".
/// An adverbial segment may open the sentence ("From an earlier count of
/// 72, a report from the council showed …").
fn document_opening(sentence: &str) -> Option<Attribution> {
    // "A report by the UN showed 40 dead, the ministry said.": a closing
    // credit holds the sentence, the document only its own clause.
    let tail = sentence
        .trim_end()
        .trim_end_matches(['.', '"', '”'])
        .rsplit(',')
        .next()
        .unwrap_or_default()
        .trim();
    let tail_words: Vec<&str> = tail.split_whitespace().collect();
    let closing = tail_words.len() > 1
        && (tail.to_lowercase().starts_with("according to ")
            || tail_words
                .last()
                .is_some_and(|word| saying::is(word, saying::CUE)));
    if closing && sentence.contains(',') {
        return None;
    }
    const NOUNS: &[&str] = &[
        "report",
        "reports",
        "assessment",
        "assessments",
        "findings",
        "testimony",
        "testimonies",
        "account",
        "accounts",
        "toll",
        "tally",
        "count",
        "figures",
        "data",
        "estimate",
        "estimates",
    ];
    const GIVING: &[&str] = &["announced", "given", "broadcast", "gathered", "collected"];
    const ADJUNCTS: &[&str] = &[
        "from",
        "regarding",
        "about",
        "concerning",
        "into",
        "on",
        "over",
        "after",
    ];
    const SHOWING: &[&str] = &[
        "show",
        "shows",
        "showed",
        "shown",
        "indicate",
        "indicated",
        "indicates",
        "reveal",
        "reveals",
        "revealed",
        "suggest",
        "suggests",
        "suggested",
        "found",
        "concluded",
        "estimate",
        "estimated",
        "said",
        "says",
        "stated",
        "put",
        "puts",
    ];
    let words: Vec<&str> = sentence.split_whitespace().collect();
    let low = |at: usize| -> String {
        words.get(at).map_or_else(String::new, |word| {
            word.trim_end_matches([',', '.']).to_lowercase()
        })
    };
    let clean = |word: &&str| !word.contains([';', ':', '“', '”', '"']);
    // An opening adverbial segment: a preposition, words, a comma.
    let mut start = 0;
    if grammar::is_preposition(&low(0)) {
        start = 1 + (0..words.len().min(10)).find(|at| words[*at].ends_with(','))?;
    }
    let mut at = start;
    if ["a", "an", "the"].contains(&low(at).as_str()) {
        at += 1;
    }
    // Up to two lower-case modifiers ("preliminary", "official"), or a
    // capitalised one opening the sentence ("Initial assessments").
    let noun = (at..(at + 3).min(words.len())).find(|idx| NOUNS.contains(&low(*idx).as_str()))?;
    let modifiers_ok = (at..noun)
        .all(|idx| words[idx].starts_with(char::is_lowercase) || (idx == start && idx == at))
        && !words[at..noun].iter().any(|word| word.ends_with(','));
    if !modifiers_ok || !words.get(start..=noun)?.iter().all(clean) {
        return None;
    }
    // "The official account of the flood, released by …": an "of" phrase
    // before the comma.
    let tail = if low(noun + 1) == "of" && !words[noun].ends_with(',') {
        (noun + 2..words.len().min(noun + 6))
            .find(|idx| words[*idx].ends_with(','))
            .unwrap_or(noun)
    } else {
        noun
    };
    let set_off = words[tail].ends_with(',');
    let (by, cue) = if set_off {
        // ", announced on Sunday by X,": a participle, at most three words
        // of time, then "by".
        let participle = low(tail + 1);
        if !GIVING.contains(&participle.as_str()) && !RELEASE_VERBS.contains(&participle.as_str()) {
            return None;
        }
        let by = (tail + 2..(tail + 6).min(words.len())).find(|idx| low(*idx) == "by")?;
        (by, participle)
    } else {
        let participle = low(noun + 1);
        let given =
            GIVING.contains(&participle.as_str()) || RELEASE_VERBS.contains(&participle.as_str());
        let by = if given { noun + 2 } else { noun + 1 };
        // "from" names a holder after a document ("a report from the
        // council"), never after a count of what happened ("the death toll
        // from the floods").
        let counted =
            ["toll", "tally", "count", "account", "accounts"].contains(&low(noun).as_str());
        if !["by", "from"].contains(&low(by).as_str())
            || (given && low(by) != "by")
            || (counted && low(by) != "by")
        {
            return None;
        }
        let verb = (by + 1..words.len().min(by + 20)).find(|idx| {
            words[*idx].starts_with(char::is_lowercase) && SHOWING.contains(&low(*idx).as_str())
        })?;
        // No clause of its own stands between the holder and the verb.
        let own = words.get(by + 1..verb)?.iter().all(|word| {
            let lower = word.to_lowercase();
            clean(word)
                && !grammar::is_relative(&lower)
                && !["and", "but", "while"].contains(&lower.as_str())
        });
        if !own {
            return None;
        }
        (by, low(verb))
    };
    // The holder: to the first comma, or a word that opens an adjunct or
    // a verb; a name set off by commas after it is the holder's name.
    let first = by + 1;
    let mut last = first;
    while last < words.len() {
        let word = words[last];
        let lower = low(last);
        if last > first
            && (word.starts_with(char::is_lowercase)
                && (ADJUNCTS.contains(&lower.as_str())
                    || SHOWING.contains(&lower.as_str())
                    || grammar::is_auxiliary(&lower)))
        {
            last -= 1;
            break;
        }
        if word.ends_with(',') || !clean(&word) {
            break;
        }
        last += 1;
    }
    let last = last.min(words.len().checked_sub(1)?);
    let mut holder: Vec<&str> = words.get(first..=last)?.to_vec();
    if !set_off && words[last].ends_with(',') {
        // "… body, the RFIB, has revealed": the name in apposition.
        let close = (last + 1..words.len().min(last + 6)).find(|idx| words[*idx].ends_with(','))?;
        let name = words.get(last + 1..=close)?;
        let capital = name
            .iter()
            .filter(|word| word.starts_with(char::is_uppercase))
            .count();
        if capital == 0 || !name.iter().all(clean) {
            return None;
        }
        holder = name.to_vec();
    }
    let mut speaker = holder.join(" ");
    speaker = speaker.trim_end_matches([',', '.']).to_string();
    // "the National Flood Council (NFC)": the acronym restates the name.
    if let Some((bare, acronym)) = speaker.rsplit_once(" (") {
        if acronym.ends_with(')') {
            speaker = bare.to_string();
        }
    }
    let content: Vec<&str> = speaker
        .split_whitespace()
        .filter(|word| !["the", "a", "an"].contains(&word.to_lowercase().as_str()))
        .collect();
    let named = content.iter().any(|word| {
        word.starts_with(char::is_uppercase) || is_speaker_noun(word.trim_end_matches("’s"))
    });
    if !named || content.is_empty() || content.len() > MAX_SPEAKER {
        return None;
    }
    Some(Attribution {
        speaker,
        cue,
        ..Attribution::default()
    })
}

/// The holder a sentence opens with when words after its head describe
/// it before the verb of saying: "Officials familiar with the matter
/// said" (a tie set after the head: the holder as written), "Nurses
/// caring for survivors said" (a participle: its head speaks, as
/// "Doctors treating survivors" does), "Data from three hospital sources
/// show" (information from a holder: the holder). The head is a speaker
/// or person noun, or a noun of information before "from" or "by".
fn opening_holder(sentence: &str) -> Option<Attribution> {
    const TIES: &[&str] = &["familiar", "close", "briefed", "knowledgeable", "loyal"];
    const SHOWING: &[&str] = &[
        "show",
        "shows",
        "showed",
        "estimate",
        "estimated",
        "indicate",
        "indicated",
        "suggest",
        "suggested",
        "put",
    ];
    const PEOPLE: &[&str] = &["people", "individuals", "persons"];
    let words: Vec<&str> = sentence.split_whitespace().take(16).collect();
    let low = |word: &str| word.to_lowercase();
    let clean = |word: &&str| !word.contains([',', ';', ':', '“', '”', '"', '(', ')']);
    let holder_noun = |word: &str| {
        let lower = low(word);
        let singular = lower.strip_suffix('s').unwrap_or(&lower);
        is_speaker_noun(word) || words::is_person_noun(singular) || PEOPLE.contains(&lower.as_str())
    };
    // The verb of saying (or showing) and what stands before it.
    let verb = words.iter().position(|word| {
        word.starts_with(char::is_lowercase) && {
            let lower = crate::text::clause::Lower::of(word);
            saying::is(&lower, saying::CUE) || SHOWING.contains(&lower.as_str())
        }
    })?;
    let before = words.get(..verb)?;
    if before.len() < 3 || !before.iter().all(clean) || !words[0].starts_with(char::is_uppercase) {
        return None;
    }
    let cue = low(words[verb]);
    let speaker = |from: usize, to: usize| {
        Some(Attribution {
            speaker: words.get(from..to)?.join(" "),
            cue: cue.clone(),
            ..Attribution::default()
        })
    };
    // "Data from three hospital sources show".
    if INFORMATION.contains(&low(words[0]).as_str())
        && ["from", "by"].contains(&low(before[1]).as_str())
        && SHOWING.contains(&cue.as_str())
    {
        return speaker(2, verb);
    }
    // The head: one to three words, the last a holder noun, then the tie
    // or participle and a preposition.
    let modifier = (1..before.len().min(4)).find(|at| {
        let word = low(before[*at]);
        (TIES.contains(&word.as_str()) || (word.len() > 4 && word.ends_with("ing")))
            && before
                .get(at + 1)
                .is_some_and(|next| grammar::is_preposition(&low(next)))
    })?;
    if !holder_noun(before[modifier - 1]) || !saying::is(&cue, saying::CUE) {
        return None;
    }
    // The verb of saying is the head's own: no finite verb or relative
    // word of another clause stands between ("Soldiers firing into the
    // crowd were filmed by residents who reported …" is no soldiers' word).
    let own_verb = before
        .get(modifier + 1..)
        .unwrap_or(&[])
        .iter()
        .all(|word| {
            let lower = low(word);
            !grammar::is_auxiliary(&lower) && !grammar::is_relative(&lower)
        });
    if !own_verb {
        return None;
    }
    if TIES.contains(&low(before[modifier]).as_str()) {
        speaker(0, verb)
    } else {
        speaker(0, modifier)
    }
}

/// `sentence` with the marker of a list item that opens it ("- ", "• ",
/// "— ") blanked out, byte for byte, so that offsets into it still hold:
/// the marker is no part of the speaker or of the clause.
fn unbullet(sentence: &str) -> std::borrow::Cow<'_, str> {
    let start = sentence.len() - sentence.trim_start().len();
    let rest = &sentence[start..];
    let marker = ['-', '•', '*', '–', '—', '·', '▪']
        .into_iter()
        .find(|marker| rest.starts_with(*marker));
    match marker {
        Some(marker) if rest[marker.len_utf8()..].starts_with(char::is_whitespace) => {
            let mut blanked = String::with_capacity(sentence.len());
            blanked.push_str(&sentence[..start]);
            blanked.push_str(&" ".repeat(marker.len_utf8()));
            blanked.push_str(&rest[marker.len_utf8()..]);
            std::borrow::Cow::Owned(blanked)
        }
        _ => std::borrow::Cow::Borrowed(sentence),
    }
}

/// A found attribution as the output gives it: a titled person as the
/// person, with the title as the affiliation, and how its words are quoted.
fn finish(found: Attribution, quoted: &[Range<usize>]) -> Attribution {
    let found = match bare_speaker(&found.speaker) {
        Some(bare) if bare != found.speaker => Attribution {
            speaker: bare.to_string(),
            ..found
        },
        _ => found,
    };
    // "Interior Minister Vit Rakusan and police chief Martin Vondrasek
    // said", "Greek officials and the IOM say": the first of two holders
    // speaks for both.
    let found = match lead_holder(&found.speaker, &found.cue) {
        Some(lead) => Attribution {
            speaker: lead.to_string(),
            ..found
        },
        None => found,
    };
    // "Turkish President Recep Tayyip Erdogan": the person speaks; the
    // title is noted as the affiliation.
    let found = match super::titled(&found.speaker) {
        Some((title, person)) => Attribution {
            speaker: person.to_string(),
            affiliation: found
                .affiliation
                .clone()
                .or_else(|| Some(title.to_string())),
            ..found
        },
        None => match described_name(&found.speaker).or_else(|| person_of(&found.speaker)) {
            // "Russian state media RIA Novosti": the outlet speaks; the
            // description is its affiliation. "Anna Berg of the city's
            // fire service": the person speaks for the body after "of".
            Some((description, name)) => Attribution {
                speaker: name,
                affiliation: found.affiliation.clone().or(Some(description)),
                ..found
            },
            None => found,
        },
    };
    let quote = if found.direct {
        QuoteKind::Direct
    } else if quoted.is_empty() {
        QuoteKind::Indirect
    } else {
        QuoteKind::Mixed
    };
    Attribution { quote, ..found }
}

/// Channels a speaker speaks on ("FBI Director Kash Patel on X called …").
const CHANNELS: &[&str] = &[
    "x",
    "twitter",
    "facebook",
    "telegram",
    "instagram",
    "tiktok",
    "youtube",
    "social media",
    "television",
    "state television",
    "state tv",
    "radio",
];

/// `speaker` without what is no part of who speaks: a dash left from a
/// dateline before it ("Jan. 8 (UPI) -- The NTSB on Sunday said" → "The
/// NTSB"), the channel it speaks on after it ("FBI Director Kash Patel on
/// X") and a day that dates the words ("according to investigators
/// Thursday"). `None` when nothing would be left.
fn bare_speaker(speaker: &str) -> Option<&str> {
    let mut bare = speaker.trim_start_matches(['-', '–', '—', ' ']);
    // "80-year-old incumbent Pedro Gomes", "year-old incumbent …": an age
    // before a name is no part of who speaks, nor what is left of one.
    for mark in ["year-old ", "years-old ", "year old "] {
        let Some(at) = bare.find(mark) else {
            continue;
        };
        let age = bare.get(..at).unwrap_or("").trim_end_matches('-');
        let rest = bare.get(at + mark.len()..).unwrap_or("").trim();
        let number = age.chars().all(|ch| ch.is_ascii_digit())
            || words::number_word(&age.to_lowercase()).is_some();
        if number && !rest.is_empty() {
            bare = rest;
        }
    }
    // "citing information from the local police": the holder the
    // information comes from.
    if let Some((noun, holder)) = bare.split_once(" from ") {
        let noun = noun.to_lowercase();
        let noun = noun.strip_prefix("the ").unwrap_or(&noun);
        if INFORMATION.contains(&noun) && !holder.trim().is_empty() {
            bare = holder;
        }
    }
    if let Some((before, channel)) = bare.rsplit_once(" on ") {
        if CHANNELS.contains(&channel.to_lowercase().as_str()) && !before.trim().is_empty() {
            bare = before;
        }
    }
    if let Some((before, day)) = bare.rsplit_once(' ') {
        if words::is_weekday(day) && !before.trim().is_empty() {
            bare = before;
        }
    }
    let bare = bare.trim();
    (!bare.is_empty()).then_some(bare)
}

/// The first of two holders that `speaker` joins with "and", when each is
/// a holder in its own right: a titled person and another titled person or
/// a phrase with its own article ("FBI Director Kash Patel and Deputy
/// Director Dan Bongino", "Mayor Anna Berg and the city's police chief"),
/// or any holder and a phrase with its own article ("Greek officials
/// and the IOM", "police sources and a Reuters witness"). `None` for a
/// reciprocal report (`cue`: each party accuses the other), lists with
/// commas, bare coordinations that read as one group ("Police and
/// prosecutors", "the Netherlands and Australia", "Western nations and
/// Japan") and names of one body ("the Ministry of Land, Infrastructure
/// and Transport").
fn lead_holder<'s>(speaker: &'s str, cue: &str) -> Option<&'s str> {
    if is_reciprocal(cue) {
        return None;
    }
    let (first, second) = speaker.split_once(" and ")?;
    if first.trim().is_empty() || first.contains(',') || second.contains(" and ") {
        return None;
    }
    // A possessive points back to the first ("Russia and its proxy
    // officials"): one side, said whole.
    const OWN_DETERMINERS: &[&str] = &["the", "a", "an"];
    let opens_own = second
        .split_whitespace()
        .next()
        .is_some_and(|word| OWN_DETERMINERS.contains(&word.to_lowercase().as_str()));
    let titled_first = super::titled(first).is_some();
    let titled_second = super::titled(second).is_some();
    // "the Ministry of Energy and the Environment", "a spokesman for the
    // army and the police": after "of" or "for" the "and" joins what the
    // preposition takes, unless a person follows it ("the head of the
    // agency and the city's police chief").
    // "The Ministry of Defence and the UN": an acronym or a country after
    // it is a holder of its own.
    let inside_phrase = [" of ", " for "]
        .iter()
        .any(|preposition| first.contains(preposition))
        && !titled_second
        && !names_person(second)
        && !holds_of_its_own(second);
    let both = !inside_phrase && (opens_own || (titled_first && titled_second));
    (both && !is_pronoun(first.trim())).then_some(first.trim())
}

/// Whether holder `phrase` names a body of its own: an acronym ("the UN",
/// "NATO", "the U.N.") or a country ("the United States").
fn holds_of_its_own(phrase: &str) -> bool {
    let trimmed = phrase.trim().trim_end_matches(['.', ',']);
    let bare = ["the ", "The "]
        .iter()
        .find_map(|article| trimmed.strip_prefix(article))
        .unwrap_or(trimmed);
    let letters: String = bare.chars().filter(|ch| *ch != '.').collect();
    let acronym = letters.chars().count() >= 2 && letters.chars().all(|ch| ch.is_ascii_uppercase());
    acronym || super::is_country(&super::normalize(bare))
}

/// Whether holder `phrase` names a person or people by its head word ("the
/// city's police chief", "a spokesman", "residents").
fn names_person(phrase: &str) -> bool {
    let head = phrase
        .split_whitespace()
        .next_back()
        .map(|word| {
            word.trim_matches(|ch: char| !ch.is_alphanumeric())
                .to_lowercase()
        })
        .unwrap_or_default();
    let singular = head.strip_suffix('s').unwrap_or(&head);
    // "the Interior", "the Defence": a modifier of a title, no head of one.
    let title =
        |word: &str| super::TITLE_WORDS.contains(&word) && !super::TITLE_MODIFIERS.contains(&word);
    unnamed_person(phrase) || title(&head) || title(singular)
}

/// Head words of a description written before a body's name ("state media
/// RIA Novosti", "the think tank ISW", "broadcaster NHK").
const DESCRIPTOR_HEADS: &[&str] = &[
    "media",
    "agency",
    "newspaper",
    "daily",
    "broadcaster",
    "outlet",
    "television",
    "channel",
    "tank",
    "company",
    "firm",
    "website",
    "portal",
    "monitor",
    "ngo",
    "carrier",
    "airline",
    "operator",
    "station",
];

/// A body's name after its description ("Russian state media RIA Novosti"
/// → ("Russian state media", "RIA Novosti"), "local radio station Radio
/// ZET"): the description ends in a lower-case head of `DESCRIPTOR_HEADS`,
/// the name after it is capitalised words only. `None` for a list of
/// speakers or anything else.
fn described_name(speaker: &str) -> Option<(String, String)> {
    let words: Vec<&str> = speaker.split_whitespace().collect();
    if words
        .iter()
        .any(|word| *word == "and" || word.contains(','))
    {
        return None;
    }
    let head = words
        .iter()
        .rposition(|word| word.starts_with(char::is_lowercase))?;
    let name = words.get(head + 1..).filter(|name| !name.is_empty())?;
    let capitalised = name.iter().all(|word| {
        word.starts_with(|ch: char| ch.is_uppercase() || ch.is_ascii_digit())
            && !word.ends_with("'s")
            && !word.ends_with("’s")
    });
    (capitalised && DESCRIPTOR_HEADS.contains(&words[head]))
        .then(|| (words[..=head].join(" "), name.join(" ")))
}

/// A person's full name and the body an "of" phrase after it says they
/// belong to ("Anna Berg of the city's fire service" → ("the city's fire
/// service", "Anna Berg")): the name is two to four capitalised words, no
/// institution's, and "of" is followed by a determiner, a possessive or a
/// capital. `None` for a body's name ("Bank of England", "the University
/// of Leeds") or a group.
fn person_of(speaker: &str) -> Option<(String, String)> {
    let (name, body) = speaker.split_once(" of ")?;
    let opens_body = body.split_whitespace().next().is_some_and(|word| {
        ["the", "a", "an", "its", "his", "her", "their"].contains(&word)
            || word.starts_with(char::is_uppercase)
            || word.ends_with("'s")
            || word.ends_with("’s")
    });
    // "State Interior Minister Thomas Strobl of Baden-Württemberg": a
    // titled person of a place or body is the person; title and body are
    // the affiliation.
    if let Some((title, person)) = super::titled(name) {
        let place = body.split_whitespace().next().is_some_and(|word| {
            word.starts_with(char::is_uppercase) && !word.ends_with("'s") && !word.ends_with("’s")
        });
        return (place && !body.contains(" and ") && person.split_whitespace().count() >= 2)
            .then(|| (format!("{title} of {body}"), person.to_string()));
    }
    let whole_person = super::person(name) == Some(name);
    (opens_body
        && whole_person
        && is_personal_name(name)
        && super::titled(name).is_none()
        && !body.contains(" and "))
    .then(|| (body.to_string(), name.to_string()))
}

/// The part of a sentence one reported-speech frame governs, and who speaks
/// there (`None`: the article's own voice).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Frame {
    /// Byte range inside the sentence.
    pub scope: Range<usize>,
    /// Its speaker, resolved as `find` resolves the sentence's.
    pub attribution: Option<Attribution>,
}

/// The frames of sentence `idx` of `article` that govern only part of it,
/// so a match inside one takes its speaker rather than the sentence's
/// (`find`): a second speaker in a relative, coordinate or subordinate
/// clause ("…, which local authorities said had killed 39 people", "… but
/// Israel's military blamed a rocket"); the own voice outside the relative
/// clause that holds the sentence's only frame ("… published a call in which
/// a soldier claims …"); the own voice in the time adjunct after a noun of
/// saying ("criticism from survivors about … in the first days of Turkey's
/// biggest disaster"). `clauses` is the sentence (or the quote it opens)
/// split into clauses, and `quote_hits` the cue hits of that quote (when
/// it is the sentence alone, they are the sentence's). Empty when one
/// speaker holds the whole sentence.
pub fn frames(
    cues: &Cues,
    article: &Article,
    idx: usize,
    clauses: &Clauses,
    quote_hits: (&str, &[Hit]),
) -> Vec<Frame> {
    let Some(sentence) = article.sentences.get(idx) else {
        return Vec::new();
    };
    let Some(text) = article.text.get(sentence.start..sentence.end) else {
        return Vec::new();
    };
    let open = quote_depth(&article.text, sentence.start) > 0;
    let (quote, quote_hits) = quote_hits;
    let read;
    let hits: &[Hit] = if quote == text {
        quote_hits
    } else {
        read = cues.hits(text);
        &read
    };
    let tokens = crate::values::token::shared(text);
    let reader = Reader::new(text, &tokens, Some(cues));
    let quoted = quoted_regions(text, open);
    let outside = |hit: &Hit| {
        let at = quoted.partition_point(|region| region.end <= hit.span.start);
        quoted
            .get(at)
            .is_none_or(|region| hit.span.start < region.start)
    };
    // "…, killing at least two as Polish President Andrzej Duda confirms
    // that …": a frame opened by "as" is a subordinate clause whatever the
    // clause splitter makes of "as".
    // "…, in what the militants say is a protest against …": a free
    // relative clause of saying reports only what it holds, the rest is the
    // article's own voice, as after "as".
    let after_as = |cue_start: usize, speaker: &str| {
        text.get(..cue_start)
            .map(str::trim_end)
            .and_then(|before| before.strip_suffix(speaker))
            .is_some_and(|rest| {
                let rest = rest.trim_end();
                // "He was taken to a hospital, and the Secret Service
                // said …": a clause of its own after a whole clause (not
                // a list of speakers: "Officials, doctors, and residents").
                let conjunct = [", and", ", but", ";"].iter().any(|mark| {
                    rest.strip_suffix(mark)
                        .is_some_and(|before| before.split_whitespace().nth(4).is_some())
                });
                rest.len() > 3
                    && (rest.ends_with(" as")
                        || rest.ends_with(" what")
                        || rest.ends_with(" what’s")
                        || conjunct)
            })
    };
    // Every frame a speech verb or source cue makes, with its clause.
    let found: Vec<(usize, usize, Attribution)> = hits
        .iter()
        .filter(|hit| outside(hit))
        .filter(|hit| {
            hit.kinds.contains(SOURCE)
                || (hit.kinds.contains(SPEECH)
                    && text
                        .get(hit.span.clone())
                        .is_some_and(|cue| cue.starts_with(char::is_lowercase)))
        })
        .filter_map(|hit| {
            let found = if hit.kinds.contains(SOURCE) {
                reader.source(hit)
            } else {
                reader.speech(hit)
            }?;
            Some((clauses.at(hit.span.start), hit.span.end, found))
        })
        .collect();
    let mut frames = Vec::new();
    if found.is_empty() {
        // A noun of saying governs what it is about, not the time adjunct after it.
        if let Some((_, end)) = reader.criticism_from() {
            frames.push(Frame {
                scope: end..text.len(),
                attribution: None,
            });
        }
        // "Kyiv will mourn those killed in the strike, which claimed 20
        // lives. Source: X": a later sentence credits what this one asserts
        // (its causes and restrictive descriptions too: "due to the attack
        // on a hospital"), but a background supplement is the writer's own
        // (tests/eval/README.md, the convention's limit 4).
        let credited_after = || {
            own(cues, article, idx).is_none()
                && self::quoted(cues, article, idx).is_none()
                && later::by_later(cues, article, idx).is_some()
        };
        let starts = later::supplements(text);
        if !starts.is_empty() && credited_after() {
            for start in starts {
                frames.push(Frame {
                    scope: start..adjunct_end(text, start),
                    attribution: None,
                });
            }
        }
        return frames;
    }
    let extents = extents(clauses);
    let scoped = |clause: usize| {
        matches!(
            clauses.kind(clause),
            ClauseKind::Relative | ClauseKind::Coordinate | ClauseKind::Subordinate
        )
    };
    // "A day after at least 133 people died …, Putin claimed that …",
    // "Regarding the fireworks that caused the fire, the minister said …":
    // an adverbial that opens the sentence before the first frame's speaker
    // is the article's own voice, not what the speaker reports.
    if let Some((_, cue_end, first)) = found.first() {
        let cue_start = cue_end.saturating_sub(first.cue.len());
        // The speaker reports what follows its verb ("…, officials said on
        // Monday" reports the clause before it).
        let after = text.get(*cue_end..).unwrap_or("");
        let reports_after = !nothing_reported(after) && after.split_whitespace().nth(3).is_some();
        if let Some(end) = reader
            .fronted_adjunct(cue_start, &first.speaker)
            .filter(|_| reports_after)
        {
            frames.push(Frame {
                scope: 0..end,
                attribution: None,
            });
        }
    }
    // "The minister, Jane Doe, confirmed …, but she denies that …": a
    // pronoun subject of a later frame stands first for the sentence's own
    // nearest earlier speaker it can refer to, as any pronoun does for the
    // sentences before.
    let later_pronoun = found
        .iter()
        .skip(1)
        .any(|(_, _, found)| is_pronoun(&found.speaker));
    let mut earlier = Earlier::default();
    let resolve_finished = |found: Attribution| resolve(cues, article, idx, found);
    for (at, (clause, cue_end, attribution)) in found.iter().enumerate() {
        if let Some((prev, (_, _, speaker))) = at
            .checked_sub(1)
            .and_then(|prev| Some((prev, found.get(prev)?)))
            .filter(|_| later_pronoun)
        {
            let speaker = earlier.resolve(finish(speaker.clone(), &quoted), resolve_finished);
            earlier.note(prev, speaker);
        }
        // A frame's speaker finished and resolved; a pronoun first as the
        // earlier speaker it stands for.
        let resolved = |attribution: Attribution| {
            earlier.resolve(finish(attribution, &quoted), resolve_finished)
        };
        // The sentence's own frame (the first) holds the sentence unless it
        // sits in a relative clause; a later one holds its own clause. Its
        // speaker opens that clause ("which local authorities said", "but
        // Israel's military blamed"), else the clause is not its own ("…
        // the areas that need help, he said"); a pronoun there is the
        // sentence's own speaker again ("evidence it said showed").
        let relative = clauses.kind(*clause) == ClauseKind::Relative;
        let opened_by_as = cue_end
            .checked_sub(attribution.cue.len())
            .is_some_and(|start| after_as(start, &attribution.speaker));
        // "…, despite Moscow previously stating that …": a gerund with a
        // subject of its own after a preposition reports only what it
        // governs, as after "as".
        let opened_by_gerund = saying::is(&attribution.cue, saying::PARTICIPLE)
            && cue_end
                .checked_sub(attribution.cue.len())
                .and_then(|start| reader.first_token(start))
                .and_then(|verb| reader.gerund_subject(verb))
                .and_then(|(first, end)| reader.slice(first, end))
                .is_some_and(|subject| subject == attribution.speaker);
        let reports_after = !nothing_reported(text.get(*cue_end..).unwrap_or(""));
        if at == 0 && opened_by_as && !reports_after {
            // "At least 12 people died, as county officials said on
            // Monday": an "as" that reports nothing after its verb stands
            // for the clause before it, which the speaker says.
            frames.push(Frame {
                scope: 0..text.len(),
                attribution: Some(resolved(attribution.clone())),
            });
            continue;
        }
        if at > 0 && (opened_by_as || opened_by_gerund) && reports_after {
            // "…, an Israeli source said as Gaza health authorities said
            // more than 104 people were killed", "…, with Hezbollah earlier
            // saying the pagers were its members'": a later frame opened by
            // "as" or a gerund with a subject of its own holds what its verb
            // reports; the rest keeps the sentence's speaker.
            frames.push(Frame {
                scope: *cue_end..text.len(),
                attribution: Some(resolved(attribution.clone())),
            });
            continue;
        }
        // "…, killing 12 in what the governor said was an attack, local
        // media reported": a free relative of saying before a closing
        // credit holds what it reports up to that credit's speaker; the
        // credit holds the sentence.
        let closing_credit = (at == 0 && opened_by_as)
            .then(|| {
                found.iter().skip(1).find_map(|(_, later_end, later)| {
                    let later_start = later_end.checked_sub(later.cue.len())?;
                    let before = text.get(*cue_end..later_start)?.trim_end();
                    let speaker_at = cue_end + before.strip_suffix(later.speaker.as_str())?.len();
                    let comma = text.get(..speaker_at)?.trim_end().strip_suffix(',')?.len();
                    nothing_reported(text.get(*later_end..).unwrap_or("")).then_some(comma)
                })
            })
            .flatten()
            .filter(|end| *end > *cue_end);
        if let Some(end) = closing_credit {
            frames.push(Frame {
                scope: *cue_end..end,
                attribution: Some(resolved(attribution.clone())),
            });
            continue;
        }
        if at == 0 && (opened_by_as || opened_by_gerund) {
            // The main clause is the article's own voice; the frame holds
            // what its verb reports, to the end of the sentence.
            frames.push(Frame {
                scope: 0..text.len(),
                attribution: None,
            });
            frames.push(Frame {
                scope: *cue_end..text.len(),
                attribution: Some(resolved(attribution.clone())),
            });
            continue;
        }
        // "… were wounded during what Israel says was a stampede": a later
        // free relative of saying holds what its verb reports, whatever
        // clause the splitter puts it in; the rest keeps its speaker. So
        // does a relative "that" whose subject is left out of what its verb
        // reports ("a blaze that health officials reported killed 45").
        let gap_after = |after: Option<&str>| {
            let word = after
                .and_then(|after| after.split_whitespace().next())
                .unwrap_or("");
            word.starts_with(char::is_lowercase)
                && (grammar::is_auxiliary(word) || grammar::is_past_participle(word))
        };
        let free_relative = at > 0
            && cue_end
                .checked_sub(attribution.cue.len())
                .and_then(|start| text.get(..start))
                .and_then(|before| before.trim_end().strip_suffix(attribution.speaker.as_str()))
                .is_some_and(|rest| {
                    let rest = rest.trim_end();
                    rest.ends_with(" what")
                        || rest.ends_with(" what’s")
                        || (rest.ends_with(" that") && gap_after(text.get(*cue_end..)))
                });
        if free_relative {
            frames.push(Frame {
                scope: *cue_end..text.len(),
                attribution: Some(resolved(attribution.clone())),
            });
            continue;
        }
        // "Some members condemned Russia for the attack, which killed 40":
        // a verb that takes only a noun phrase judges what it names; a
        // relative clause set off by a comma after it is the article's
        // own voice (what it adds about the thing judged).
        if at == 0 && saying::is(&attribution.cue, saying::JUDGES) {
            frames.extend(
                (0..clauses.clauses.len())
                    .filter(|other| clauses.kind(*other) == ClauseKind::Relative)
                    .filter_map(|other| extent(&extents, other, text.len()))
                    .filter(|span| span.start >= *cue_end)
                    .filter(|span| {
                        let before = text.get(..span.start).map_or("", str::trim_end);
                        let opener = text.get(span.start..).map_or("", str::trim_start);
                        before.ends_with(',')
                            && ["which ", "who "]
                                .iter()
                                .any(|word| opener.starts_with(word))
                    })
                    .map(|scope| Frame {
                        scope,
                        attribution: None,
                    }),
            );
        }
        // "Rubiales said Hermoso consented to the kiss but she denied it":
        // a "he" or "she" that opens a coordinate clause of its own is the
        // subject of a new report, and stands for the person named nearest
        // before it in the sentence (the subject of the reported clause, not
        // the reporter).
        let pronoun_clause = (at > 0
            && mention(&attribution.speaker) == Mention::PersonPronoun
            && clauses.kind(*clause) == ClauseKind::Coordinate)
            .then(|| {
                let cue_start = cue_end.checked_sub(attribution.cue.len())?;
                let before = text.get(..cue_start)?.trim_end();
                let pronoun = before.len().checked_sub(attribution.speaker.len())?;
                let name = last_person_named_or(text, pronoun, |word| {
                    full_name_before(article, idx, word)
                })?;
                (before.get(pronoun..) == Some(attribution.speaker.as_str()))
                    .then_some((name, pronoun))
            })
            .flatten();
        if (at == 0 && relative && !prepositional_relative(text, clauses, *clause))
            || !scoped(*clause)
            || (at > 0 && is_pronoun(&attribution.speaker) && pronoun_clause.is_none())
            || !opens_clause(text, clauses, *clause, &attribution.speaker)
        {
            continue;
        }
        // The frame holds what its verb reports, after it; its speaker
        // before the verb is part of the clause around it ("while Israel
        // said …": "Israel" is no claim of Israel's).
        // A pronoun's clause is its own whole ("she denied it"): the pronoun
        // names no claim.
        let from = pronoun_clause
            .as_ref()
            .map_or(*cue_end, |(_, pronoun)| *pronoun);
        let Some(scope) = extent(&extents, *clause, text.len())
            .map(|scope| scope.start.max(from)..scope.end)
            .filter(|scope| !scope.is_empty())
        else {
            continue;
        };
        if at == 0 {
            // The rest of the sentence: the article's own voice around a
            // relative clause after a preposition; after a leading
            // subordinate or coordinate clause, the speaker of the first
            // frame outside one ("Although Moscow denies involvement, Kyiv
            // says Russia blew up the dam").
            let rest = found
                .iter()
                .skip(1)
                .find(|(other, _, found)| !scoped(*other) && !is_pronoun(&found.speaker))
                .map(|(_, _, found)| resolved(found.clone()));
            // "A missile landed …, killing two, as Polish President Andrzej
            // Duda confirms that …": a subordinate clause after the main
            // one reports only what it governs; the main clause is the
            // article's own voice.
            // "He was taken to a hospital, and the Secret Service said he
            // was safe": so does a coordinate clause after the first.
            let trailing = matches!(
                clauses.kind(*clause),
                ClauseKind::Subordinate | ClauseKind::Coordinate
            ) && extent(&extents, *clause, text.len())
                .is_some_and(|span| span.start > 0);
            if relative || rest.is_some() || trailing {
                frames.push(Frame {
                    scope: 0..text.len(),
                    attribution: rest.filter(|_| !relative),
                });
            }
        }
        let attribution = match pronoun_clause {
            Some((name, _)) => Attribution {
                refers_to: Some(name),
                ..finish(attribution.clone(), &quoted)
            },
            None => resolved(attribution.clone()),
        };
        frames.push(Frame {
            scope,
            attribution: Some(attribution),
        });
    }
    // "The crash, which claimed 36 lives, was caused by pilot error, the
    // committee found": a background supplement inside what a frame
    // reports is the writer's own.
    // "Russia, which has accused Kyiv of …, did not comment": a supplement
    // that holds a verb of saying is a frame of its own.
    frames.extend(
        later::framed_supplements(text)
            .into_iter()
            .chain(later::event_supplements(text))
            .filter(|scope| !found.iter().any(|(_, cue_end, _)| scope.contains(cue_end)))
            .map(|scope| Frame {
                scope,
                attribution: None,
            }),
    );
    frames
}

/// The nearest speakers (resolved) of a sentence's earlier frames that a
/// pronoun subject of a later frame may stand for: a person, anything else
/// named; each with the frame's position, so "they" takes the nearer.
#[derive(Default)]
struct Earlier {
    person: Option<(usize, Attribution)>,
    other: Option<(usize, Attribution)>,
}

impl Earlier {
    /// Notes `found`, the resolved speaker of the frame before frame `at`.
    fn note(&mut self, at: usize, found: Attribution) {
        // What the speaker stands for: a name it refers to, else its words
        // (a head or pronoun that found no name stays of its own kind).
        let kind = match found.refers_to.as_deref() {
            Some(named) => mention(named),
            None => mention(&found.speaker),
        };
        let named = Attribution {
            speaker: found
                .refers_to
                .clone()
                .unwrap_or_else(|| found.speaker.clone()),
            ..found.clone()
        };
        let (person, other) = match kind {
            Mention::Named | Mention::Surname => (
                compatible(Mention::PersonPronoun, "", &named),
                compatible(Mention::ThingPronoun, "", &named),
            ),
            Mention::PersonPronoun | Mention::PersonHead => (true, false),
            Mention::ThingPronoun | Mention::ThingHead => (false, true),
            Mention::AnyPronoun => (false, false),
        };
        if person {
            self.person = Some((at, found));
        } else if other {
            self.other = Some((at, found));
        }
    }

    /// `found` (finished) resolved: a pronoun as the earlier speaker it
    /// stands for, else by `resolve`.
    fn resolve(
        &self,
        found: Attribution,
        resolve: impl Fn(Attribution) -> Attribution,
    ) -> Attribution {
        self.refer(&found).unwrap_or_else(|| resolve(found))
    }

    /// `found`, a pronoun subject of a later frame, as the earlier speaker
    /// it stands for; `None` when it is no pronoun or none was noted.
    fn refer(&self, found: &Attribution) -> Option<Attribution> {
        let prev = match mention(&found.speaker) {
            Mention::PersonPronoun => self.person.as_ref(),
            Mention::ThingPronoun => self.other.as_ref(),
            Mention::AnyPronoun => [self.person.as_ref(), self.other.as_ref()]
                .into_iter()
                .flatten()
                .max_by_key(|(at, _)| *at),
            _ => None,
        }
        .map(|(_, prev)| prev)?;
        Some(Attribution {
            refers_to: Some(
                prev.refers_to
                    .clone()
                    .unwrap_or_else(|| prev.speaker.clone()),
            ),
            affiliation: prev.affiliation.clone(),
            unresolved: prev.unresolved && found.reported_by.is_none(),
            ..found.clone()
        })
    }
}

/// Nouns of time after "in" or "at" that name when, not where ("officials
/// in the morning").
const TIME_NOUNS: &[&str] = &[
    "morning",
    "afternoon",
    "evening",
    "night",
    "time",
    "weekend",
    "end",
    "start",
    "meantime",
    "past",
    "moment",
    "least",
    "first",
];

/// The most pieces between spaces a short adjunct after a verb of saying
/// may have (six words and marks set apart by spaces).
const ADJUNCT_PIECES: usize = 12;

/// Whether `after`, the text after a verb of saying, reports nothing: at
/// most a short adjunct of time, place or means ("on Monday", "in a
/// statement", "late on Friday") and the sentence's closing marks.
/// Reads at most `ADJUNCT_PIECES` pieces between spaces, so a sentence of
/// many frames costs linear work: more is no short adjunct.
fn nothing_reported(after: &str) -> bool {
    let pieces: Vec<&str> = after.split_whitespace().take(ADJUNCT_PIECES + 1).collect();
    if pieces.len() > ADJUNCT_PIECES {
        return false;
    }
    let words: Vec<String> = pieces
        .iter()
        .map(|word| {
            word.trim_matches(|ch: char| !ch.is_alphanumeric())
                .to_lowercase()
        })
        .filter(|word| !word.is_empty())
        .collect();
    let Some(first) = words.first() else {
        return true;
    };
    let adjunct = [
        "on",
        "in",
        "at",
        "via",
        "through",
        "during",
        "late",
        "earlier",
        "later",
        "last",
        "this",
        "yesterday",
        "today",
        "tonight",
    ]
    .contains(&first.as_str())
        || pieces
            .first()
            .map(|word| word.trim_matches(|ch: char| !ch.is_alphanumeric()))
            .is_some_and(crate::values::words::is_weekday);
    adjunct
        && words.len() <= 6
        && !words.iter().any(|word| word == "that")
        && !after.contains([',', ';', ':'])
}

/// Whether clause `clause` is a relative clause after a preposition ("a
/// call in which a soldier claims …"): what it says is not about the noun it
/// hangs from, as "an alliance, which officials say is unnecessary" is.
fn prepositional_relative(text: &str, clauses: &Clauses, clause: usize) -> bool {
    let Some(start) = clauses
        .start(clause)
        .filter(|_| clauses.kind(clause) == ClauseKind::Relative)
    else {
        return false;
    };
    let before = text.get(..start).unwrap_or("").trim_end();
    let head = text.get(start..).unwrap_or("").trim_start();
    let word = before
        .rsplit(|ch: char| !ch.is_alphabetic())
        .next()
        .unwrap_or("");
    let preposition = [
        "in", "on", "at", "from", "by", "through", "under", "with", "during",
    ]
    .contains(&word.to_lowercase().as_str());
    // The clause may open at the preposition itself.
    let opens_with = [
        "in which",
        "on which",
        "at which",
        "from which",
        "by which",
        "in whom",
    ]
    .iter()
    .any(|phrase| head.to_lowercase().starts_with(phrase));
    preposition || opens_with
}

/// Whether `speaker` is the first thing clause `clause` of `text` says
/// after its opening words ("which", "in which", "but", "while").
fn opens_clause(text: &str, clauses: &Clauses, clause: usize, speaker: &str) -> bool {
    let Some(start) = clauses.start(clause) else {
        return false;
    };
    let mut rest = text.get(start..).unwrap_or("");
    loop {
        let trimmed = rest.trim_start_matches(|ch: char| ch.is_whitespace() || ch == ',');
        let word_end = trimmed
            .find(|ch: char| !ch.is_alphabetic())
            .unwrap_or(trimmed.len());
        let word = &trimmed[..word_end];
        let opener = [
            "which", "who", "whom", "that", "but", "and", "while", "whereas", "although", "though",
            "in", "where", "as", "yet", "after", "before", "since", "until",
        ]
        .iter()
        .any(|opener| opener.eq_ignore_ascii_case(word));
        if !opener || word.is_empty() {
            rest = trimmed;
            break;
        }
        rest = &trimmed[word_end..];
    }
    rest.get(..speaker.len())
        .is_some_and(|head| head.eq_ignore_ascii_case(speaker))
}

/// The byte range each clause and the clauses inside it (those whose
/// `Clauses::ancestry` holds it) cover: (first start, last end), folded
/// once from the last clause to the first, since a clause hangs from one
/// before it. Read per frame, each clause's reach gathered anew made a
/// sentence of many frames and nested clauses cubic.
fn extents(clauses: &Clauses) -> Vec<(usize, usize)> {
    let mut covered: Vec<(usize, usize)> = clauses
        .clauses
        .iter()
        .map(|clause| {
            clause
                .spans
                .iter()
                .fold((usize::MAX, 0), |(start, end), span| {
                    (start.min(span.start), end.max(span.end))
                })
        })
        .collect();
    for idx in (0..covered.len()).rev() {
        let parent = clauses.clauses.get(idx).and_then(|clause| clause.parent);
        let (Some(parent), Some(&(start, end))) = (parent, covered.get(idx)) else {
            continue;
        };
        if parent < idx {
            if let Some(outer) = covered.get_mut(parent) {
                *outer = (outer.0.min(start), outer.1.max(end));
            }
        }
    }
    covered
}

/// The byte range clause `clause` and the clauses inside it cover, within
/// the first `len` bytes (`extents` gives each clause's).
fn extent(extents: &[(usize, usize)], clause: usize, len: usize) -> Option<Range<usize>> {
    let &(start, end) = extents.get(clause)?;
    (start < end && start < len).then(|| start..end.min(len))
}

/// A credit line that names the source of the quotations after it:
/// "Source: Mayor of Kramatorsk Oleksandr Honcharenko". Direct, so the
/// quoted paragraphs that follow take its speaker.
fn source_line(sentence: &str) -> Option<Attribution> {
    let rest = ["Source:", "Sources:", "SOURCE:"]
        .iter()
        .find_map(|label| sentence.trim_start().strip_prefix(label))?
        .trim()
        .trim_end_matches('.');
    let (speaker, affiliation, reported_by) = later::source_holder(rest)?;
    Some(Attribution {
        speaker,
        cue: "source".to_string(),
        direct: true,
        affiliation,
        reported_by,
        ..Attribution::default()
    })
}

/// Byte ranges of `sentence` inside quotation marks, in order. A closing
/// mark with no opening one closes a quotation opened before the sentence
/// (so does the first straight mark when the sentence opens inside one);
/// an opening mark never closed runs to the end.
fn quoted_regions(sentence: &str, open_at_start: bool) -> Vec<Range<usize>> {
    let mut regions = Vec::new();
    let mut open: Option<usize> = open_at_start.then_some(0);
    // The marks are '"' and '“' and '”' (E2 80 9C, E2 80 9D in UTF-8, whose
    // lead byte 0xE2 starts a character wherever it stands).
    let bytes = sentence.as_bytes();
    for idx in memchr::memchr2_iter(b'"', 0xE2, bytes) {
        let mark = if bytes.get(idx) == Some(&b'"') {
            '"'
        } else {
            match bytes.get(idx + 1..idx + 3) {
                Some([0x80, 0x9C]) => '“',
                Some([0x80, 0x9D]) => '”',
                _ => continue,
            }
        };
        match mark {
            '“' => {
                open.get_or_insert(idx);
            }
            '”' => {
                regions.push(open.take().unwrap_or(0)..idx);
            }
            _ => match open.take() {
                Some(start) => regions.push(start..idx),
                None => open = Some(idx),
            },
        }
    }
    if let Some(start) = open {
        regions.push(start..sentence.len());
    }
    // Merge overlaps (a stray closing mark after an earlier region).
    let mut merged: Vec<Range<usize>> = Vec::with_capacity(regions.len());
    for region in regions {
        match merged.last_mut() {
            Some(last) if region.start <= last.end => last.end = last.end.max(region.end),
            _ => merged.push(region),
        }
    }
    merged
}

/// Whether the sentences before `idx` call person `name` a woman (`true`)
/// or a man (`false`), as `Genders` reads the article (once while it is
/// remembered). `None` when they say nothing, or both.
fn gendered_female(cues: &Cues, article: &Article, idx: usize, name: &str) -> Option<bool> {
    let start = article.sentences.get(idx)?.start;
    memo::genders(cues, article).female(name, start)
}

/// What an article says of the gender of each capitalised word (a
/// surname): by an honorific before it ("Ms. Silva", "Mr Khan") or by the
/// gendered pronoun that follows it within a few words of its sentence
/// ("Maria Silva said she saw"), each with the byte offset where the
/// evidence ends. A pronoun inside a quotation after the name is the
/// speaker's word for someone else ("Silva said: “He fired”"), and so is
/// one in the clause the name reports when that clause holds an object or
/// possessive of the other gender too, the reporter ("Maria Silva said he
/// shot at her"); a subject of the other gender is a third person ("James
/// Zook said his sister … she lives").
#[derive(Debug, Default)]
pub(crate) struct Genders {
    /// Lower-case surname → (end of the evidence, female).
    evidence: std::collections::HashMap<String, Vec<(usize, bool)>>,
}

thread_local! {
    /// Words `Genders::read` has read on this thread (`gender_work`).
    static GENDER_WORDS: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// The words read for the genders of names while each sentence of `article`
/// is attributed with `cues`, the article remembered as the matcher
/// remembers it: once per article, so linear in its length however many
/// pronouns it holds (issue 17's work tests).
pub fn gender_work(cues: &Cues, article: &Article) -> u64 {
    let before = GENDER_WORDS.with(std::cell::Cell::get);
    let _remembering = memo::remember(cues, article);
    for idx in 0..article.sentences.len() {
        let _ = find(cues, article, idx);
    }
    GENDER_WORDS.with(std::cell::Cell::get) - before
}

impl Genders {
    fn read(text: &str) -> Genders {
        const REACH: usize = 6;
        let words: Vec<(usize, &str)> = text
            .split_whitespace()
            .map(|word| (word.as_ptr() as usize - text.as_ptr() as usize, word))
            .collect();
        GENDER_WORDS.with(|read| read.set(read.get() + words.len() as u64));
        let bare = |word: &str| {
            word.trim_matches(|ch: char| !ch.is_alphanumeric())
                .to_lowercase()
        };
        let gender = |word: &str| match bare(word).as_str() {
            "she" | "her" | "hers" | "herself" => Some(true),
            "he" | "him" | "his" | "himself" => Some(false),
            _ => None,
        };
        let ends = |word: &str| word.ends_with(['.', '!', '?']);
        let mut found = Genders::default();
        for (at, &(offset, word)) in words.iter().enumerate() {
            if !word
                .trim_start_matches(|ch: char| !ch.is_alphanumeric())
                .starts_with(char::is_uppercase)
            {
                continue;
            }
            let surname = bare(word);
            if surname.is_empty() {
                continue;
            }
            let mut said = Vec::new();
            let end = offset + word.len();
            match at.checked_sub(1).and_then(|before| words.get(before)) {
                Some((_, before)) if ["ms", "mrs", "miss"].contains(&bare(before).as_str()) => {
                    said.push((end, true));
                }
                Some((_, before)) if bare(before) == "mr" => said.push((end, false)),
                _ => {}
            }
            // The pronoun after the name in its own sentence.
            let mut reported = false;
            for (offset, word) in words.iter().skip(at + 1).take(REACH) {
                if word.contains(['“', '"']) {
                    break;
                }
                reported |= saying::is(&bare(word), saying::REPORTS);
                if let Some(female) = gender(word) {
                    // The rest of the reported clause, to the sentence's end.
                    let other = reported
                        && words
                            .iter()
                            .skip_while(|(at, _)| at <= offset)
                            .take_while(|(_, word)| !word.contains(['“', '"']))
                            .scan(false, |done, (_, word)| {
                                let this = (!*done).then_some(*word);
                                *done = ends(word);
                                this
                            })
                            .any(|word| {
                                // "he shot at her": an object of the other
                                // gender is the one who reports; a subject
                                // ("his sister … she lives") is another.
                                let subject = ["he", "she"].contains(&bare(word).as_str());
                                gender(word) == Some(!female) && !subject
                            });
                    if !other {
                        said.push((offset + word.len(), female));
                    }
                    break;
                }
                if ends(word) {
                    break;
                }
            }
            if !said.is_empty() {
                found.evidence.entry(surname).or_default().extend(said);
            }
        }
        found
    }

    /// What the text before byte `before` says of person `name`'s gender
    /// (its last word, the surname).
    fn female(&self, name: &str, before: usize) -> Option<bool> {
        let surname = name.split_whitespace().next_back()?.to_lowercase();
        let (mut female, mut male) = (false, false);
        for &(end, is_female) in self.evidence.get(&surname)?.iter() {
            if end <= before {
                if is_female {
                    female = true;
                } else {
                    male = true;
                }
            }
        }
        (female != male).then_some(female)
    }
}

/// The names of bodies an article spells out, by their initials: "the
/// World Health Organization" under "WHO", "United Nations High
/// Commissioner for Refugees" under "UNHCR" (capitalised words, with "of",
/// "for", "and", "on", "the" between them left out of the initials), each
/// with the byte offset where it ends.
#[derive(Debug, Default)]
pub(crate) struct SpelledOut {
    names: std::collections::HashMap<String, Vec<(usize, String)>>,
}

impl SpelledOut {
    /// Longest name read, in words.
    const MAX_WORDS: usize = 10;

    fn read(text: &str) -> SpelledOut {
        const LINKS: &[&str] = &["of", "for", "and", "on", "the", "de"];
        let words: Vec<(usize, &str)> = text
            .split(|ch: char| !(ch.is_alphanumeric() || ch == '-' || ch == '’' || ch == '\''))
            .filter(|word| !word.is_empty())
            .map(|word| (word.as_ptr() as usize - text.as_ptr() as usize, word))
            .collect();
        let capital = |word: &str| {
            word.starts_with(char::is_uppercase)
                && word.chars().skip(1).any(char::is_lowercase)
                && !word.contains(['’', '\''])
        };
        let mut found = SpelledOut::default();
        for start in 0..words.len() {
            if !words.get(start).is_some_and(|(_, word)| capital(word)) {
                continue;
            }
            let mut initials = String::new();
            for end in start..words.len().min(start + Self::MAX_WORDS) {
                let Some(&(at, word)) = words.get(end) else {
                    break;
                };
                if capital(word) {
                    initials.extend(word.chars().next());
                } else if !LINKS.contains(&word) {
                    break;
                }
                // Contiguous: only spaces between the words.
                let next_gap = words.get(end + 1).map(|(next, _)| {
                    text.get(at + word.len()..*next)
                        .is_some_and(|gap| gap.chars().all(|ch| ch == ' '))
                });
                let last = next_gap != Some(true)
                    || !words
                        .get(end + 1)
                        .is_some_and(|(_, next)| capital(next) || LINKS.contains(next));
                if capital(word) && last && initials.chars().count() >= 2 {
                    let from = words.get(start).map_or(0, |(from, _)| *from);
                    if let Some(name) = text.get(from..at + word.len()) {
                        found
                            .names
                            .entry(initials.to_uppercase())
                            .or_default()
                            .push((at + word.len(), name.to_string()));
                    }
                }
                if next_gap != Some(true) {
                    break;
                }
            }
        }
        found
    }

    /// The last name spelled out before byte `before` whose initials are
    /// `acronym` ("WHO", "U.N.H.C.R." as "UNHCR").
    fn before(&self, acronym: &str, before: usize) -> Option<&str> {
        let key: String = acronym.chars().filter(|ch| *ch != '.').collect();
        self.names
            .get(&key)?
            .iter()
            .rev()
            .find(|(end, _)| *end <= before)
            .map(|(_, name)| name.as_str())
    }
}

/// The name an acronym speaker ("WHO", "the UNHCR") stands for, spelled out
/// in the article before sentence `idx`: one origin however it is written.
fn spelled_out(cues: &Cues, article: &Article, idx: usize, speaker: &str) -> Option<String> {
    let bare = ["the ", "The "]
        .iter()
        .find_map(|the| speaker.strip_prefix(the))
        .unwrap_or(speaker)
        .trim();
    let letters: String = bare.chars().filter(|ch| *ch != '.').collect();
    // Three letters at least ("UN" has too many readings), and none the
    // rulebook's registry declares as written.
    let acronym = (3..=8).contains(&letters.chars().count())
        && letters.chars().all(|ch| ch.is_ascii_uppercase());
    if !acronym || cues.is_alias(&super::normalize(bare)) {
        return None;
    }
    let start = article.sentences.get(idx)?.start;
    memo::spelled(cues, article)
        .before(&letters, start)
        .map(str::to_string)
}

fn sentence_text(article: &Article, idx: usize) -> Option<&str> {
    let sentence = article.sentences.get(idx)?;
    article.text.get(sentence.start..sentence.end)
}

fn own(cues: &Cues, article: &Article, idx: usize) -> Option<Attribution> {
    memo::recall(cues, article, idx, memo::Reading::Own, || {
        own_read(cues, article, idx)
    })
}

/// `own`, read from the sentence.
fn own_read(cues: &Cues, article: &Article, idx: usize) -> Option<Attribution> {
    let sentence = article.sentences.get(idx)?;
    let text = article.text.get(sentence.start..sentence.end)?;
    // A heading is a headline whatever ends it: "Energoatom: Russian
    // shelling poses threat to the plant." credits Energoatom.
    let text = match sentence.kind {
        SentenceKind::Heading => text.strip_suffix('.').unwrap_or(text),
        _ => text,
    };
    let open = quote_depth(&article.text, sentence.start) > 0;
    let found = in_sentence_from(text, &cues.hits(text), open, Some(cues))?;
    (!place_label(cues, article, text, &found)).then_some(found)
}

/// The words of an article written as a place ("in Kramatorsk", "the city
/// of Kramatorsk") and as a speaker ("Weber said"), whole words only.
#[derive(Debug, Default)]
pub(crate) struct PlaceWords {
    places: std::collections::HashSet<String>,
    speakers: std::collections::HashSet<String>,
}

impl PlaceWords {
    fn read(text: &str) -> PlaceWords {
        const SAID: &[&str] = &["said", "says", "told", "added", "announced", "stated"];
        const PLACE_NOUNS: &[&str] = &["city", "town", "village", "region", "province"];
        let words: Vec<&str> = text.split_whitespace().collect();
        let bare = |word: &str| {
            word.trim_matches(|ch: char| !ch.is_alphanumeric() && ch != '\'' && ch != '’')
                .trim_end_matches(['\'', '’'])
                .to_string()
        };
        let mut found = PlaceWords::default();
        for (at, pair) in words.windows(2).enumerate() {
            let [word, next] = pair else { continue };
            let before = at.checked_sub(1).and_then(|at| words.get(at));
            let opens = ["in", "near", "at"].contains(word)
                || (*word == "of" && before.is_some_and(|noun| PLACE_NOUNS.contains(noun)));
            if opens {
                found.places.insert(bare(next));
            }
            if SAID.contains(next) && !word.ends_with(|ch: char| ",.;:".contains(ch)) {
                found.speakers.insert(bare(word));
            }
        }
        found
    }
}

/// Whether a headline's leading label is the place the story happens in,
/// not who speaks: "Kramatorsk: Russian missile strike hits restaurants"
/// where the article writes "in Kramatorsk" or "the city of Kramatorsk" (a
/// place, not a state or seat of
/// government, which speak), "Brazil: Bolsonaro supporters storm Brazilian
/// government buildings" (the claim names the place again by its
/// adjective).
fn place_label(cues: &Cues, article: &Article, text: &str, found: &Attribution) -> bool {
    if found.cue != "headline" {
        return false;
    }
    let Some(claim) = text
        .trim_start()
        .strip_prefix(found.speaker.as_str())
        .and_then(|rest| rest.strip_prefix(": "))
    else {
        return false;
    };
    let label = found.speaker.as_str();
    if label.contains(' ') || label.chars().count() < 4 {
        return false;
    }
    let adjective = claim.split_whitespace().any(|word| {
        word.len() > label.len() && word.starts_with(label) && word.starts_with(char::is_uppercase)
    });
    // Read once per article: a label written as a place, and never as a
    // person or body that speaks.
    let words = memo::places(cues, article);
    let key = super::normalize(label);
    let place = !super::is_country(&key)
        && !cues.is_alias(&key)
        && words.places.contains(label)
        && !words.speakers.contains(label);
    adjective || place
}

/// What a speaker as written needs before it names a source.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mention {
    /// A name or a group: a source as it stands.
    Named,
    /// "he", "she": the last person named.
    PersonPronoun,
    /// "it": the last institution named.
    ThingPronoun,
    /// "they", "we": the last speaker named.
    AnyPronoun,
    /// "the governor", "the spokesperson": the last person named, one with
    /// that title first.
    PersonHead,
    /// "the ministry", "the team", "the report": the last institution named,
    /// one with that head word first.
    ThingHead,
    /// "Peskov": the fuller name written before ("Kremlin spokesman Dmitry
    /// Peskov"), which keeps the title and affiliation.
    Surname,
}

/// The whole a partitive speaker is one or some of: "the officials" for
/// "One of the officials", "US and Western officials" for "one of the US and
/// Western officials"; `None` for any other speaker.
pub(crate) fn partitive_whole(speaker: &str) -> Option<&str> {
    let (quantifier, rest) = speaker.split_once(' ')?;
    let whole = rest.strip_prefix("of ")?;
    let quantifier = quantifier.to_lowercase();
    let counts = [
        "one", "two", "three", "four", "five", "some", "several", "many", "most", "each",
    ]
    .contains(&quantifier.as_str());
    if !counts || whole.split_whitespace().count() < 2 {
        return None;
    }
    // "the officials" keeps its determiner (a generic head); "the US and
    // Western officials" is the named group.
    let named = whole
        .split_whitespace()
        .skip(1)
        .any(|word| word.starts_with(char::is_uppercase));
    match whole.split_once(' ') {
        Some((first, rest)) if named && first.eq_ignore_ascii_case("the") => Some(rest),
        _ => Some(whole),
    }
}

/// How `speaker` refers: a name, a pronoun, a generic head or a lone surname.
fn mention(speaker: &str) -> Mention {
    let lower = speaker.to_lowercase();
    match lower.as_str() {
        "he" | "she" | "him" | "her" => return Mention::PersonPronoun,
        "it" => return Mention::ThingPronoun,
        "they" | "we" | "them" | "us" => return Mention::AnyPronoun,
        _ => {}
    }
    // "One of the officials" refers as "the officials" does.
    if let Some(whole) = partitive_whole(speaker) {
        return mention(whole);
    }
    let words: Vec<&str> = speaker.split_whitespace().collect();
    if let [word] = words.as_slice() {
        let capital = word.starts_with(char::is_uppercase);
        let acronym = word
            .chars()
            .filter(|ch| ch.is_alphabetic())
            .all(char::is_uppercase);
        // "Residents", "Officials" opening a sentence: a group, not a surname.
        let title = super::TITLE_WORDS.contains(&lower.as_str()) || is_speaker_noun(word);
        return if capital && !acronym && !title && !super::is_country(&super::normalize(word)) {
            Mention::Surname
        } else {
            Mention::Named
        };
    }
    // A generic head: a determiner, then only lower-case words or titles
    // ("the Acting Governor"), ending in a speaker noun or title.
    let Some((first, rest)) = words.split_first() else {
        return Mention::Named;
    };
    let definite = ["the", "this", "that", "these", "those"]
        .iter()
        .any(|word| word.eq_ignore_ascii_case(first));
    let bare = |word: &str| {
        word.trim_end_matches("'s")
            .trim_end_matches("’s")
            .trim_matches(|ch: char| !ch.is_alphanumeric())
            .to_lowercase()
    };
    // Only titles between the determiner and the head: "the county
    // engineer" or "the environment ministry" describe someone, they do
    // not point back.
    // "the leader of the state", "the head of the region": a title whose
    // "of" phrase names nothing is as generic as the title.
    let rest = match rest.iter().position(|word| *word == "of") {
        Some(of)
            if rest[of + 1..]
                .iter()
                .all(|word| word.starts_with(char::is_lowercase)) =>
        {
            &rest[..of]
        }
        _ => rest,
    };
    let Some((head, modifiers)) = rest.split_last() else {
        return Mention::Named;
    };
    let head = bare(head);
    // "the Ukrainian president": a nationality before a person's title
    // points back to the holder named before, as the title alone does.
    let person_title =
        PERSON_HEADS.contains(&head.as_str()) || super::TITLE_WORDS.contains(&head.as_str());
    let generic = modifiers.iter().all(|word| {
        super::TITLE_WORDS.contains(&bare(word).as_str()) || (person_title && nationality(word))
    });
    if !definite || !generic || ["source", "sources"].contains(&head.as_str()) {
        return Mention::Named;
    }
    if PERSON_HEADS.contains(&head.as_str()) || super::TITLE_WORDS.contains(&head.as_str()) {
        Mention::PersonHead
    } else if is_speaker_noun(&head) || THING_HEADS.contains(&head.as_str()) {
        Mention::ThingHead
    } else {
        Mention::Named
    }
}

/// The pronoun that stands for the person whose own office `speaker` is:
/// "he" for "his office", "she" for "her ministry" (an office, ministry,
/// administration, government, campaign or press service that speaks for
/// its holder). `None` for anything else ("his lawyer" is a person of their
/// own, "his party" a body of its own).
fn possessor_pronoun(speaker: &str) -> Option<&'static str> {
    const OWN_OFFICES: &[&str] = &[
        "office",
        "ministry",
        "administration",
        "government",
        "campaign",
        "cabinet",
        "press office",
        "press service",
        "press team",
        "media office",
    ];
    let lower = speaker.trim().to_lowercase();
    let (owner, office) = lower.split_once(' ')?;
    let pronoun = match owner {
        "his" => "he",
        "her" => "she",
        _ => return None,
    };
    OWN_OFFICES.contains(&office).then_some(pronoun)
}

/// Whether `word` is an adjective of nationality: a listed demonym, or a
/// capitalised word of a demonym's ending ("Lithuanian", "Sudanese",
/// "Kuwaiti", "Slovenian").
fn nationality(word: &str) -> bool {
    super::is_demonym(word)
        || (word.starts_with(char::is_uppercase)
            && word.len() > 4
            && word.chars().all(char::is_alphabetic)
            && ["ian", "ean", "ese", "ish", "an", "i"]
                .iter()
                .any(|ending| word.ends_with(ending)))
}

/// Words of a tie whose "to" keeps the body tied to inside the phrase of
/// the one tied ("a source close to the ministry", "a person with ties to
/// the army"): that one speaks.
const TIES: &[&str] = &["close", "ties", "links", "connections", "connected"];

/// Head words of a generic person: "the official", "the spokeswoman".
const PERSON_HEADS: &[&str] = &[
    "official",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "man",
    "woman",
    "soldier",
];

/// Whether unnamed `speaker` is a person or people ("an alleged Russian
/// soldier", "one of the men", "a local resident") rather than a body ("the
/// Russian-installed Enerhodar authorities"), by its head word.
pub(crate) fn unnamed_person(speaker: &str) -> bool {
    let head = speaker
        .split_whitespace()
        .next_back()
        .map(|word| {
            word.trim_matches(|ch: char| !ch.is_alphanumeric())
                .to_lowercase()
        })
        .unwrap_or_default();
    let singular = head.strip_suffix('s').unwrap_or(&head);
    PERSON_HEADS.contains(&head.as_str())
        || PERSON_HEADS.contains(&singular)
        || UNNAMED_PEOPLE.contains(&head.as_str())
}

/// Whether unnamed `speaker` is private people ("residents", "Ukrainian
/// residents", "Russian soldiers", "one of the men", "sources"), not
/// officials or spokespeople who speak for a body ("Russian-appointed
/// officials"), by its head word, whatever its capitals.
pub(crate) fn private_people(speaker: &str) -> bool {
    let head = speaker
        .split_whitespace()
        .next_back()
        .map(|word| {
            word.trim_matches(|ch: char| !ch.is_alphanumeric())
                .to_lowercase()
        })
        .unwrap_or_default();
    let singular = head.strip_suffix('s').unwrap_or(&head);
    ["man", "woman", "soldier"].contains(&singular) || UNNAMED_PEOPLE.contains(&head.as_str())
}

/// Plural and other heads of unnamed people besides `PERSON_HEADS`.
const UNNAMED_PEOPLE: &[&str] = &[
    "men",
    "women",
    "people",
    "person",
    "resident",
    "residents",
    "witness",
    "witnesses",
    "source",
    "sources",
    "survivor",
    "survivors",
    "prisoner",
    "prisoners",
];

/// Head words of a generic institution or document besides the speaker nouns.
const THING_HEADS: &[&str] = &[
    "findings",
    "investigation",
    "statement",
    "report",
    "ministry",
    "service",
];

/// Resolves a pronoun, a generic head or a lone surname at sentence `idx`
/// to the named speaker it stands for: each keeps its words and gains
/// `refers_to`; a pronoun or generic head that finds none is `unresolved`.
fn resolve(cues: &Cues, article: &Article, idx: usize, found: Attribution) -> Attribution {
    let kind = mention(&found.speaker);
    // A single name the rulebook's registry declares as written ("Blick")
    // is that source: no fuller name is looked for ("Photo Credits Blick").
    if kind == Mention::Surname && cues.is_alias(&super::normalize(&found.speaker)) {
        return found;
    }
    match kind {
        Mention::Named => {
            // "Governor Ahmed Bello visited the site. His office said …":
            // a person's own office speaks for the person the pronoun
            // stands for.
            // "A source from his administration said …": an unnamed
            // member of that office, the same.
            let member_of = || {
                let text = sentence_text(article, idx)?;
                let rest = text.get(text.find(found.speaker.as_str())? + found.speaker.len()..)?;
                let office = ["from ", "in ", "within ", "close to ", "inside "]
                    .iter()
                    .find_map(|link| rest.trim_start().strip_prefix(link))?;
                let office: String = office
                    .split_whitespace()
                    .take(3)
                    .collect::<Vec<_>>()
                    .join(" ");
                let office = office.trim_end_matches([',', '.', ';', ':']);
                // The office's words end at a verb or a comma.
                (1..=3).rev().find_map(|words| {
                    let phrase: Vec<&str> = office.split(' ').take(words).collect();
                    possessor_pronoun(&phrase.join(" "))
                })
            };
            let pronoun = possessor_pronoun(&found.speaker).or_else(|| {
                (is_unnamed(&found.speaker) && unnamed_person(&found.speaker))
                    .then(member_of)
                    .flatten()
            });
            if let Some(pronoun) = pronoun {
                let person = resolve(
                    cues,
                    article,
                    idx,
                    Attribution {
                        speaker: pronoun.to_string(),
                        ..found.clone()
                    },
                );
                // A capitalised common noun opening a sentence before
                // ("Data from …", "Nurses …") is no person.
                let common = |named: &str| {
                    let lower = named.to_lowercase();
                    let singular = lower.strip_suffix('s').unwrap_or(&lower);
                    is_speaker_noun(named) || is_record(named) || words::is_person_noun(singular)
                };
                if let Some(named) = person.refers_to.filter(|named| !common(named)) {
                    return Attribution {
                        refers_to: Some(named),
                        affiliation: person.affiliation,
                        ..found
                    };
                }
            }
            // "The World Health Organization said …. WHO said …": one body.
            if let Some(name) = spelled_out(cues, article, idx, &found.speaker) {
                return Attribution {
                    refers_to: Some(name),
                    ..found
                };
            }
            // "A rights group said on Wednesday …. The National Commission
            // for Human Rights told AFP …": an indefinite group in a lead
            // is the one body the next sentences name as a speaker.
            if let Some(body) = introduced_body(cues, article, idx, &found.speaker) {
                return Attribution {
                    refers_to: Some(body),
                    ..found
                };
            }
            // "The Azerbaijani ministry said": the body of that state named
            // before with that head word.
            if let Some(named) = state_head_referent(cues, article, idx, &found.speaker) {
                return Attribution {
                    refers_to: Some(named),
                    ..found
                };
            }
            // "The US-based think tank added": a description of the body
            // named just before.
            if let Some(named) = described_referent(cues, article, idx, &found.speaker) {
                return Attribution {
                    refers_to: Some(named),
                    ..found
                };
            }
            // "Residents there": the residents of the place named just before.
            if let Some(place) = place_of_group(article, idx, &found.speaker) {
                return Attribution {
                    refers_to: Some(format!("{place} {}", found.speaker.to_lowercase())),
                    ..found
                };
            }
            // "Israel's military has completed a review …, the military
            // spokesperson said": the spokesperson of a body described by
            // its head word speaks for the body named with that word.
            if let Some(body) = body_of_spokesperson(article, idx, &found.speaker) {
                return Attribution {
                    refers_to: Some(body),
                    ..found
                };
            }
            // "the airline's European chief": an unnamed officer speaks for
            // the institution, named before ("Malaysia Airlines").
            match institution_of_officer(article, idx, &found.speaker) {
                Some(institution) => Attribution {
                    refers_to: Some(institution),
                    ..found
                },
                None => found,
            }
        }
        Mention::PersonPronoun | Mention::ThingPronoun | Mention::AnyPronoun => {
            // "The security firm Ambrey said …. “…,” he recalled.": "he"
            // or "she" never stands for a name the article calls a body,
            // nor for a demonym ("British maritime security firm …").
            // Nor "he" for a person the article calls "she" before, nor
            // "she" for one it calls "he".
            let pronoun_female = match found.speaker.to_lowercase().as_str() {
                "he" | "him" => Some(false),
                "she" | "her" => Some(true),
                _ => None,
            };
            // Nor for a place the article writes as one ("In Kaduna, the
            // governor spoke. He said …").
            let places = (kind == Mention::PersonPronoun).then(|| memo::places(cues, article));
            let person_ok = |name: &str| {
                kind != Mention::PersonPronoun
                    || !(described_as_body(article, idx, name)
                        || super::is_demonym(name)
                        || pronoun_female.is_some_and(|female| {
                            gendered_female(cues, article, idx, name) == Some(!female)
                        })
                        || places
                            .as_ref()
                            .is_some_and(|places| places.places.contains(name)))
            };
            // "The SBU offered no details. It said …": "it" is first the
            // institution a sentence just before opens with.
            // "The Polish government convened its security council, and it
            // said …": first the institution that opens the sentence itself.
            let own_opening = (kind == Mention::ThingPronoun)
                .then(|| sentence_text(article, idx).and_then(np::opening_institution))
                .flatten()
                .map(|speaker| (speaker, None));
            // "…, the defence ministry said. “…,” it said.": with no
            // ministry named before, "it" carries on the head's words and
            // is as unresolved as the head (a registry alias still names it).
            let head_before = (kind == Mention::ThingPronoun
                && own_opening.is_none()
                && found.reported_by.is_none())
            .then(|| subject::previous_unresolved_head(cues, article, idx))
            .flatten();
            if let Some((head, unresolved)) = head_before {
                return Attribution {
                    refers_to: Some(head),
                    unresolved,
                    ..found
                };
            }
            let previous = own_opening.or_else(|| {
                (kind == Mention::ThingPronoun)
                    .then(|| subject::previous_institution(cues, article, idx))
                    .flatten()
            });
            // Then the institution that opens one of the two sentences
            // before ("Poland's foreign ministry summoned …. It said …").
            let previous = previous.or_else(|| {
                (kind == Mention::ThingPronoun)
                    .then(|| {
                        (idx.saturating_sub(2)..idx)
                            .rev()
                            .find_map(|prev| np::opening_institution(sentence_text(article, prev)?))
                            .map(|speaker| (speaker, None))
                    })
                    .flatten()
            });
            let leading = previous.or_else(|| {
                (kind == Mention::ThingPronoun)
                    .then(|| {
                        (idx.saturating_sub(2)..idx)
                            .rev()
                            .find_map(|prev| leading_institution(sentence_text(article, prev)?))
                            .map(|speaker| (speaker, None))
                    })
                    .flatten()
            });
            // "Houthi militants have launched drones …, in what they say
            // is a protest": the group a sentence opens with is the "they"
            // of a clause later in it; so is the institution ("Armenia's
            // foreign ministry called for …, in what they describe as …").
            let leading = leading.or_else(|| {
                (kind == Mention::AnyPronoun)
                    .then(|| {
                        let text = sentence_text(article, idx)?;
                        np::opening_group(text)
                            .or_else(|| np::opening_institution(text))
                            .map(|speaker| (speaker, None))
                    })
                    .flatten()
            });
            // "Navalny has been behind bars since …, when he returned …":
            // the person a sentence opens with is the "he" or "she" of a
            // clause later in it.
            let leading = leading.or_else(|| {
                (kind == Mention::PersonPronoun)
                    .then(|| {
                        let name = leading_name(sentence_text(article, idx)?)?;
                        let person = super::person(&name)
                            .is_some_and(|person| !super::is_country(&super::normalize(person)));
                        // A name written before, not a capitalised opener
                        // ("Road closures made it hard …, he said").
                        let start = article.sentences.get(idx)?.start;
                        let named_before = article.text.get(..start)?.contains(name.as_str());
                        (person && named_before && person_ok(&name)).then_some((name, None))
                    })
                    .flatten()
            });
            let named = leading.or_else(|| {
                antecedent(cues, article, idx, PRONOUN_REACH, |prev| {
                    compatible(kind, &found.speaker, prev) && person_ok(&prev.speaker)
                })
                .map(|prev| (prev.speaker, prev.affiliation))
            });
            // Failing a speaker, the name that opens one of the three sentences before.
            let named = named.or_else(|| {
                if kind == Mention::ThingPronoun {
                    return None;
                }
                // Never a word inside a quotation ("“… Eternal memory!
                // Condolences …,” he wrote."): the speaker is outside it.
                // Nor a headline's, whose capitals are its style ("Strike
                // on base").
                (idx.saturating_sub(3)..idx)
                    .rev()
                    .filter(|prev| !in_quotation(article, *prev))
                    .filter(|prev| {
                        article
                            .sentences
                            .get(*prev)
                            .is_some_and(|sentence| sentence.kind != SentenceKind::Heading)
                    })
                    .find_map(|prev| {
                        leading_name(sentence_text(article, prev)?).filter(|name| person_ok(name))
                    })
                    .map(|speaker| (speaker, None))
            });
            // Then the last person named as a subject in the three
            // sentences before ("… the UN Vasily Nebenzya distinguished
            // himself …. This time he tried …").
            let named = named.or_else(|| {
                (kind == Mention::PersonPronoun)
                    .then(|| {
                        (idx.saturating_sub(3)..idx).rev().find_map(|prev| {
                            let heading = article
                                .sentences
                                .get(prev)
                                .is_none_or(|sentence| sentence.kind == SentenceKind::Heading);
                            if heading || in_quotation(article, prev) {
                                return None;
                            }
                            let text = sentence_text(article, prev)?;
                            last_person_named(text, text.len())
                                .filter(|name| person_ok(name))
                                .map(|name| (name, None))
                        })
                    })
                    .flatten()
            });
            // Then the last person quoted further back.
            let named = named.or_else(|| {
                (kind == Mention::PersonPronoun)
                    .then(|| {
                        antecedent(cues, article, idx, ANTECEDENT_REACH, |prev| {
                            compatible(kind, &found.speaker, prev) && person_ok(&prev.speaker)
                        })
                        .map(|prev| (prev.speaker, prev.affiliation))
                    })
                    .flatten()
            });
            match named {
                // The pronoun keeps its word and refers to the name; "… Pikal
                // said. … he said": to "Ozel Pikal", as the surname does.
                Some((speaker, affiliation)) => Attribution {
                    refers_to: Some(
                        (mention(&speaker) == Mention::Surname)
                            .then(|| full_name_before(article, idx, &speaker))
                            .flatten()
                            .unwrap_or(speaker),
                    ),
                    affiliation,
                    ..found
                },
                // A pronoun that stands for no one named is no source of its own.
                None => Attribution {
                    unresolved: found.reported_by.is_none(),
                    ..found
                },
            }
        }
        Mention::PersonHead | Mention::ThingHead | Mention::Surname => {
            // A head word written in the named speaker is the better match.
            let head = found
                .speaker
                .split_whitespace()
                .next_back()
                .map(str::to_lowercase)
                .unwrap_or_default();
            // "the investigators" repeats "Investigation Team": a stem will do.
            let stem: String = head.chars().take(6).collect();
            let matching = |prev: &Attribution| {
                // "Radio Zet reported … According to the report, …": a
                // document is the report its verb made.
                // Whoever made it, a person or an institution.
                let made = DOCUMENT_NOUNS.contains(&head.as_str()) && prev.cue.contains(&stem);
                let repeats = prev.speaker.to_lowercase().contains(&stem)
                    || prev
                        .affiliation
                        .as_ref()
                        .is_some_and(|title| title.to_lowercase().contains(&stem));
                let described = kind == Mention::ThingHead
                    && super::person(&prev.speaker).is_none()
                    && is_unnamed(&prev.speaker);
                made || (repeats && (compatible(kind, &found.speaker, prev) || described))
            };
            // Failing that, a person's title ("the governor" for Saldo), a document or
            // may name what it stands for otherwise; an
            // institution ("the company") must repeat its head word.
            let document = DOCUMENT_NOUNS.contains(&head.as_str()) || head == "documents";
            let loose = kind == Mention::PersonHead || document;
            let named = antecedent(cues, article, idx, ANTECEDENT_REACH, matching).or_else(|| {
                loose
                    .then(|| {
                        antecedent(cues, article, idx, ANTECEDENT_REACH, |prev| {
                            let named = prev.speaker.contains(char::is_uppercase)
                                && !prev.speaker.contains(" and ");
                            compatible(kind, &found.speaker, prev)
                                && (kind == Mention::PersonHead || named)
                        })
                    })
                    .flatten()
            });
            // "Human Rights Watch condemned the raid. “…,” the group
            // said.": a body's head word after its determiner describes
            // the body quoted by name just before (`described_referent`).
            let named = named.or_else(|| {
                (kind == Mention::ThingHead)
                    .then(|| described_referent(cues, article, idx, &found.speaker))
                    .flatten()
                    .map(|speaker| Attribution {
                        speaker,
                        ..Attribution::default()
                    })
            });
            let institution = (kind == Mention::ThingHead && !document && named.is_none())
                .then(|| subject::named_before(article, idx, &found.speaker))
                .flatten()
                .unwrap_or_default();
            let named = named.or_else(|| {
                (!institution.is_empty()).then(|| Attribution {
                    speaker: institution.clone(),
                    ..Attribution::default()
                })
            });
            // A referent that is the head word again ("Council" of a
            // headline for "the council") names no one: still unresolved.
            let named = named.filter(|prev| {
                kind == Mention::Surname
                    || super::speaker_key(prev.refers_to.as_deref().unwrap_or(&prev.speaker))
                        != super::speaker_key(&found.speaker)
            });
            match named {
                Some(prev) => Attribution {
                    affiliation: found.affiliation.clone().or(prev.affiliation),
                    refers_to: Some(prev.refers_to.unwrap_or(prev.speaker)),
                    ..found
                },
                // "Gerashchenko" after "Anton Gerashchenko" was named, not quoted.
                None if kind == Mention::Surname => Attribution {
                    refers_to: full_name_before(article, idx, &found.speaker),
                    ..found
                },
                // "… the interior ministry said. …, the ministry said": with
                // no body named, a shorter head carries on the fuller
                // description just before that ends in its head word, as
                // unresolved as it (a registry alias still names it).
                None if kind == Mention::ThingHead && found.reported_by.is_none() => {
                    let fuller = subject::previous_unresolved_head(cues, article, idx).filter(
                        |(before, _)| {
                            let last = before.split_whitespace().next_back().unwrap_or("");
                            last.eq_ignore_ascii_case(&head)
                                && super::speaker_key(before) != super::speaker_key(&found.speaker)
                        },
                    );
                    Attribution {
                        refers_to: fuller.map(|(before, _)| before),
                        unresolved: true,
                        ..found
                    }
                }
                None => Attribution {
                    unresolved: found.reported_by.is_none(),
                    ..found
                },
            }
        }
    }
}

/// The named body that a state's generic head ("the Azerbaijani ministry",
/// "the Israeli military": a determiner, a demonym, a speaker noun) of
/// sentence `idx` stands for: the last speaker before that repeats the head
/// word and names that state or none ("the Ministry of Defence", not
/// "Armenia's defence ministry"). `None` leaves the head as it stands, a
/// source of its state.
fn state_head_referent(
    cues: &Cues,
    article: &Article,
    idx: usize,
    speaker: &str,
) -> Option<String> {
    let [determiner, demonym, head] = speaker.split_whitespace().collect::<Vec<_>>()[..] else {
        return None;
    };
    if !determiner.eq_ignore_ascii_case("the")
        || !head.starts_with(char::is_lowercase)
        || !(is_speaker_noun(head) || THING_HEADS.contains(&head))
    {
        return None;
    }
    let demonym = super::normalize(demonym);
    let (state, rest) = super::country_at(&demonym)?;
    if !rest.is_empty() {
        return None;
    }
    let stem: String = head.to_lowercase().chars().take(6).collect();
    let own_key = super::speaker_key(speaker);
    antecedent(cues, article, idx, ANTECEDENT_REACH, |prev| {
        prev.speaker.to_lowercase().contains(&stem)
            && super::person(&prev.speaker).is_none()
            && super::state_in(&prev.speaker).is_none_or(|named| named == state)
            && super::speaker_key(&prev.speaker) != own_key
    })
    .map(|prev| prev.refers_to.unwrap_or(prev.speaker))
}

/// Head words of a body that a definite description may name ("the rebel
/// group", "the US-based think tank", "the Islamist faction", "the NGO").
const BODY_HEADS: &[&str] = &[
    "ngo",
    "group",
    "tank",
    "faction",
    "firm",
    "company",
    "organisation",
    "organization",
    "movement",
    "militia",
    "alliance",
    "coalition",
    "watchdog",
    "charity",
    "outlet",
    "carrier",
    "airline",
    "operator",
    "monitor",
    "network",
    "institute",
    "broadcaster",
    "regulator",
    "insurer",
    "lender",
    "bank",
];

/// Whether the article before sentence `idx` calls the speaker `name` a
/// body: a body word inside the name ("security firm Ambrey"), just before
/// it ("the firm Ambrey said") or heading an apposition after it ("Ambrey,
/// a British security firm, said").
fn described_as_body(article: &Article, idx: usize, name: &str) -> bool {
    /// How many words an apposition after the name may have.
    const APPOSITION_WORDS: usize = 6;
    let is_body = |word: &str| {
        let word = word
            .trim_matches(|ch: char| !ch.is_alphanumeric())
            .to_lowercase();
        BODY_HEADS.contains(&word.as_str())
    };
    if name.split_whitespace().any(is_body) {
        return true;
    }
    let Some(head) = article
        .sentences
        .get(idx)
        .and_then(|sentence| article.text.get(..sentence.start))
    else {
        return false;
    };
    let name = super::person(name).unwrap_or(name);
    head.match_indices(name).any(|(at, _)| {
        let before = head.get(..at).unwrap_or("");
        let after = head.get(at + name.len()..).unwrap_or("");
        let named_body = before.split_whitespace().next_back().is_some_and(is_body);
        let apposition = after.strip_prefix(", ").is_some_and(|rest| {
            let words: Vec<&str> = rest.split_whitespace().take(APPOSITION_WORDS).collect();
            let opens = words
                .first()
                .is_some_and(|word| ["a", "an", "the"].contains(&word.to_lowercase().as_str()));
            let end = words
                .iter()
                .position(|word| word.ends_with([',', '.', ';']));
            opens
                && end
                    .and_then(|end| words.get(end))
                    .is_some_and(|word| is_body(word))
        });
        named_body || apposition
    })
}

/// How many sentences back a description looks for the body it describes.
const DESCRIPTION_REACH: usize = 3;

/// The named body that a definite description of sentence `idx` stands
/// for: "the rebel group" or "the US-based think tank" (a determiner,
/// modifiers in lower case or hyphenated, a body's head word) after a body
/// was quoted by a name in one of the three sentences before ("CSP-PSD",
/// "The Institute for the Study of War (ISW)"). The name must not be of
/// another kind of body ("the regional administration" is not the "Defence
/// Ministry"): its head word is the description's, or no speaker noun.
fn described_referent(cues: &Cues, article: &Article, idx: usize, speaker: &str) -> Option<String> {
    let words: Vec<&str> = speaker.split_whitespace().collect();
    let (first, rest) = words.split_first()?;
    let (head, modifiers) = rest.split_last()?;
    let head = head.to_lowercase();
    let described = first.eq_ignore_ascii_case("the")
        && modifiers.len() <= 3
        && modifiers
            .iter()
            .all(|word| word.starts_with(char::is_lowercase) || word.contains('-'))
        && BODY_HEADS.contains(&head.as_str());
    if !described {
        return None;
    }
    let stem: String = head.chars().take(5).collect();
    let own_key = super::speaker_key(speaker);
    // The body quoted last, if it is of the description's kind: a
    // description does not reach past another body to an earlier one.
    let name_of = |prev: &Attribution| prev.refers_to.clone().unwrap_or(prev.speaker.clone());
    let body = antecedent(cues, article, idx, DESCRIPTION_REACH, |prev| {
        let name = name_of(prev);
        let named = name.starts_with(char::is_uppercase)
            || name
                .split_whitespace()
                .skip(1)
                .any(|word| word.starts_with(char::is_uppercase));
        named
            && mention(&name) == Mention::Named
            && (body_name(&name) || !is_personal_name(&name))
            && !is_unnamed(&name)
            // Two speakers, not one name of a list ("… for Peace, Security and Development").
            && (!name.contains(" and ") || name.contains(','))
            && super::speaker_key(&name) != own_key
    })?;
    let name = name_of(&body);
    let name_head = name
        .split_whitespace()
        .rfind(|word| !word.starts_with('('))
        .unwrap_or("")
        .to_lowercase();
    let kind_fits = name_head.starts_with(&stem)
        || !(is_speaker_noun(&name_head) || THING_HEADS.contains(&name_head.as_str()));
    kind_fits.then_some(name)
}

/// Words that make a capitalised name a body's though it reads like a
/// person's ("Human Rights Watch", "Amnesty International", "Doctors
/// Without Borders", "Save the Children Fund").
const BODY_NAME_WORDS: &[&str] = &[
    "international",
    "watch",
    "rights",
    "without",
    "borders",
    "cross",
    "crescent",
    "foundation",
    "fund",
    "trust",
    "society",
    "association",
    "federation",
    "network",
    "coalition",
    "league",
    "front",
    "movement",
    "observatory",
];

/// Whether capitalised `name` holds a word of a body's name
/// (`BODY_NAME_WORDS`).
fn body_name(name: &str) -> bool {
    name.split_whitespace()
        .any(|word| BODY_NAME_WORDS.contains(&word.to_lowercase().as_str()))
}

/// The place a bare group speaker ("Residents", "survivors") of sentence
/// `idx` stands in when the sentence writes it "<group> there": the last
/// place named before it in the sentence or the one before ("Hatay" in
/// "… visited the hard-hit Hatay province, …. Residents there have
/// criticised …").
fn place_of_group(article: &Article, idx: usize, speaker: &str) -> Option<String> {
    let bare = !speaker.contains(' ') && is_speaker_noun(speaker) && speaker.ends_with('s');
    if !bare {
        return None;
    }
    let text = sentence_text(article, idx)?;
    let at = text.find(&format!("{speaker} there"))?;
    let before = idx
        .checked_sub(1)
        .and_then(|prev| sentence_text(article, prev))
        .unwrap_or("");
    let head = format!("{before} {}", &text[..at]);
    let words: Vec<&str> = head
        .split(|ch: char| !ch.is_alphanumeric() && ch != '-')
        .filter(|word| !word.is_empty())
        .collect();
    words.windows(2).rev().find_map(|pair| {
        let [name, next] = pair else {
            return None;
        };
        let named = name.starts_with(char::is_uppercase) && name.len() > 2;
        let place = PLACE_NOUNS.contains(&next.to_lowercase().as_str());
        (named && place).then(|| (*name).to_string())
    })
}

/// The institution an unnamed officer of sentence `idx` speaks for: for
/// "the airline's European chief" (a generic possessor, then only lower-case
/// words or titles), the name before it in the sentence or the three before
/// whose words repeat the possessor's head ("Malaysia Airlines").
fn institution_of_officer(article: &Article, idx: usize, speaker: &str) -> Option<String> {
    let rest = speaker
        .strip_prefix("the ")
        .or_else(|| speaker.strip_prefix("The "))?;
    let (owner, title) = rest.split_once("'s ").or_else(|| rest.split_once("’s "))?;
    let owner_is_generic = !owner.contains(' ') && owner.starts_with(char::is_lowercase);
    let title_words: Vec<&str> = title.split_whitespace().collect();
    let officer = title_words
        .last()
        .is_some_and(|head| super::TITLE_WORDS.contains(&head.to_lowercase().as_str()))
        && title_words.iter().all(|word| {
            super::TITLE_WORDS.contains(&word.to_lowercase().as_str())
                || word.chars().all(char::is_alphabetic)
        });
    if !owner_is_generic || !officer || owner.chars().count() < 4 {
        return None;
    }
    let stem: String = owner.chars().take(6).collect();
    let text = sentence_text(article, idx)?;
    let here = text.find(speaker).map_or(text, |at| &text[..at]);
    let before = (idx.saturating_sub(3)..idx).filter_map(|prev| sentence_text(article, prev));
    std::iter::once(here)
        .chain(before.collect::<Vec<_>>().into_iter().rev())
        .find_map(|text| named_with(text, &stem))
}

/// The body that "the <body word> spokesperson" (or spokesman,
/// spokeswoman) of sentence `idx` speaks for: the last "<Name>'s <body
/// word>" or "<demonym> <body word>" written before it in the sentence or
/// the three before ("Israel's military" for "the military spokesperson").
fn body_of_spokesperson(article: &Article, idx: usize, speaker: &str) -> Option<String> {
    let [determiner, body, role] = speaker.split_whitespace().collect::<Vec<_>>()[..] else {
        return None;
    };
    let spokesperson = ["spokesperson", "spokesman", "spokeswoman"].contains(&role);
    if !determiner.eq_ignore_ascii_case("the")
        || !spokesperson
        || !body.starts_with(char::is_lowercase)
        || !(is_speaker_noun(body) || BODY_HEADS.contains(&body) || THING_HEADS.contains(&body))
    {
        return None;
    }
    let text = sentence_text(article, idx)?;
    let here = text.find(speaker).map_or(text, |at| &text[..at]);
    let before = (idx.saturating_sub(3)..idx).filter_map(|prev| sentence_text(article, prev));
    std::iter::once(here)
        .chain(before.collect::<Vec<_>>().into_iter().rev())
        .find_map(|text| owned_body(text, body))
}

/// The last "<Name>'s <body>" or "<demonym> <body>" in `text` that ends
/// its noun phrase: not "Russian military drones" or "Hamas's military
/// wing", where the body word modifies another noun. When what follows is
/// neither punctuation, a verb nor a function word, it names no body.
fn owned_body(text: &str, body: &str) -> Option<String> {
    const FOLLOWERS: &[&str] = &[
        "has",
        "have",
        "had",
        "is",
        "was",
        "are",
        "were",
        "will",
        "would",
        "could",
        "can",
        "may",
        "might",
        "did",
        "does",
        "and",
        "or",
        "on",
        "in",
        "at",
        "to",
        "for",
        "from",
        "after",
        "also",
        "later",
        "earlier",
        "hit",
        "struck",
        "shot",
        "found",
        "began",
        "took",
        "made",
        "spokesman",
        "spokeswoman",
        "spokesperson",
    ];
    // Each word with whether punctuation closes it ("military," ends its
    // phrase).
    let words: Vec<(&str, bool, bool)> = text
        .split_whitespace()
        .map(|word| {
            let bare = word.trim_matches(|ch: char| ",;:()“”\"".contains(ch));
            let closed = word.ends_with(|ch: char| ",;:.)”\"".contains(ch));
            let opened = word.starts_with(|ch: char| "(“\"".contains(ch));
            (bare, closed, opened)
        })
        .filter(|(word, _, _)| !word.is_empty())
        .collect();
    let ends_phrase = |at: usize| {
        let (_, closed, _) = words[at];
        closed
            || words.get(at + 1).is_none_or(|(next, _, opened)| {
                *opened || {
                    let next = next.trim_end_matches('.').to_lowercase();
                    FOLLOWERS.contains(&next.as_str())
                        || next.ends_with("ed")
                        || saying::is(&next, saying::CUE)
                }
            })
    };
    (1..words.len()).rev().find_map(|at| {
        let ((owner, _, _), (head, _, _)) = (words[at - 1], words[at]);
        let head_fits = head.trim_end_matches('.').eq_ignore_ascii_case(body) && ends_phrase(at);
        let possessor = ["'s", "’s"]
            .iter()
            .find_map(|mark| owner.strip_suffix(mark))
            .is_some_and(|name| name.starts_with(char::is_uppercase));
        (head_fits && (possessor || nationality(owner)))
            .then(|| format!("{owner} {}", head.trim_end_matches('.')))
    })
}

/// The last run of capitalised words in `text` that holds a word starting
/// with `stem` (lower case): "Malaysia Airlines" for "airlin".
fn named_with(text: &str, stem: &str) -> Option<String> {
    // A list's separator ends a name ("… State Administration; Velm
    // Prosecutor’s Office"): the last part with a hit is read.
    text.rsplit([';', ':', '(', ')'])
        .find_map(|part| named_with_in(part, stem))
}

/// `named_with` within one part of a text, no separator inside.
fn named_with_in(text: &str, stem: &str) -> Option<String> {
    // An apostrophe inside a word keeps it whole ("Prosecutor’s Office",
    // "O’Hara"): split there, "s" would break the run of capitals.
    let words: Vec<&str> = text
        .split(|ch: char| !ch.is_alphanumeric() && !['-', '\'', '’'].contains(&ch))
        .map(|word| word.trim_matches(['\'', '’']))
        .filter(|word| !word.is_empty())
        .collect();
    let capital = |word: &&str| word.starts_with(char::is_uppercase);
    let hit = words
        .iter()
        .rposition(|word| capital(word) && word.to_lowercase().starts_with(stem))?;
    let first = words[..hit]
        .iter()
        .rposition(|word| !capital(word))
        .map_or(0, |at| at + 1);
    let last = words[hit..]
        .iter()
        .position(|word| !capital(word))
        .map_or(words.len(), |at| hit + at);
    Some(words[first..last].join(" "))
}

/// Nouns that follow a place's name: "Hatay province".
pub(super) const PLACE_NOUNS: &[&str] = &[
    "province",
    "city",
    "region",
    "district",
    "town",
    "village",
    "county",
    "state",
    "prefecture",
];

/// The holder named after a document noun that opens `speaker`: "an
/// international investigation team" in "the findings of an international
/// investigation team", "the New York Times" in "a recent investigation by
/// the New York Times".
pub(crate) fn document_holder(speaker: &str) -> Option<&str> {
    let words: Vec<(usize, &str)> = speaker
        .split(' ')
        .scan(0, |at, word| {
            let start = *at;
            *at += word.len() + 1;
            Some((start, word))
        })
        .collect();
    let noun = words.iter().take(4).position(|(_, word)| {
        let word = word.to_lowercase();
        DOCUMENT_NOUNS.contains(&word.as_str()) || RELEASED_NOUNS.contains(&word.as_str())
    })?;
    let (_, link) = words.get(noun + 1)?;
    // "the news released by the State Emergency Service": who released it.
    if RELEASE_VERBS.contains(link) {
        let (_, by) = words.get(noun + 2)?;
        let (start, _) = words.get(noun + 3)?;
        return (*by == "by").then(|| &speaker[*start..]);
    }
    let document = words
        .get(noun)
        .is_some_and(|(_, word)| DOCUMENT_NOUNS.contains(&word.to_lowercase().as_str()));
    let (start, _) = words.get(noun + 2)?;
    (document && ["of", "by", "from"].contains(link)).then(|| &speaker[*start..])
}

/// Nouns of information: what a holder gives out ("the latest data",
/// "data from three hospital sources").
const INFORMATION: &[&str] = &["data", "information", "figures", "statistics", "estimates"];

/// Whether `speaker` is information that names no holder: a noun of data
/// with only modifiers of time, status or extent before it ("the latest
/// data", "preliminary figures", "updated information"). A noun before it
/// names its body ("police data", "hospital figures").
fn bare_information(speaker: &str) -> bool {
    const UNNAMING: &[&str] = &[
        "latest",
        "preliminary",
        "updated",
        "official",
        "unofficial",
        "new",
        "newest",
        "initial",
        "available",
        "current",
        "recent",
        "early",
        "earlier",
        "first",
        "final",
        "provisional",
        "revised",
        "further",
        "additional",
        "most",
        "publicly",
        "the",
        "a",
        "an",
    ];
    let words: Vec<&str> = speaker.split_whitespace().collect();
    let Some((head, modifiers)) = words.split_last() else {
        return false;
    };
    INFORMATION.contains(&head.to_lowercase().as_str())
        && modifiers.len() <= 3
        && modifiers.iter().enumerate().all(|(at, word)| {
            UNNAMING.contains(word) || (at == 0 && ["The", "A", "An"].contains(word))
        })
}

/// Nouns of news given out, besides `DOCUMENT_NOUNS`, whose releaser is
/// their source when a participle names it ("the news released by …").
const RELEASED_NOUNS: &[&str] = &[
    "news",
    "information",
    "update",
    "updates",
    "bulletin",
    "tally",
    "sheet",
    "toll",
];

/// Participles of giving out news that name its source with "by": "the
/// figures published by the ministry".
const RELEASE_VERBS: &[&str] = &[
    "released",
    "issued",
    "published",
    "posted",
    "provided",
    "compiled",
    "shared",
    "circulated",
];

/// Verbs whose object, a noun of accusing, makes a report reciprocal:
/// "traded accusations".
const TRADE_VERBS: &[&str] = &[
    "trade",
    "traded",
    "trades",
    "trading",
    "exchange",
    "exchanged",
    "exchanges",
    "exchanging",
    "swapped",
];

/// Whether `word` (lower case) is a verb of trading or exchanging, which
/// with "accusations" or "blame" makes a reciprocal report ("Ukraine and
/// Russia traded accusations").
pub(crate) fn is_trade_verb(word: &str) -> bool {
    TRADE_VERBS.contains(&word)
}

/// Words between a reciprocal report's subject and its verb.
const RECIPROCAL_SKIPS: &[&str] = &[
    "have",
    "has",
    "had",
    "are",
    "were",
    "each",
    "both",
    "again",
    "also",
    "repeatedly",
];

/// Nouns of accusing that a trade verb makes reciprocal.
const RECIPROCAL_NOUNS: &[&str] = &[
    "accusations",
    "allegations",
    "blame",
    "charges",
    "recriminations",
];

/// Whether `cue` reports a reciprocal accusation ("blamed each other",
/// "traded accusations"): each party of its subject accuses the other.
pub fn is_reciprocal(cue: &str) -> bool {
    cue.ends_with(" each other")
        || cue.ends_with(" one another")
        || cue.ends_with(" the other")
        || TRADE_VERBS.iter().any(|verb| {
            cue.strip_prefix(verb)
                .is_some_and(|rest| rest.starts_with(' '))
        })
}

/// The parties of a reciprocal report's subject `speaker` as written at
/// `at` of its sentence: each conjunct ("Ukraine", "Russia-installed local
/// officials") with its byte range.
pub fn parties(speaker: &str, at: usize) -> Vec<(Range<usize>, String)> {
    let mut parties = Vec::new();
    let mut from = 0;
    let push = |start: usize, end: usize, parties: &mut Vec<(Range<usize>, String)>| {
        let part = &speaker[start..end];
        let trimmed = part.trim();
        let skip = part.len() - part.trim_start().len();
        if !trimmed.is_empty() {
            let begin = at + start + skip;
            parties.push((begin..begin + trimmed.len(), trimmed.to_string()));
        }
    };
    for (idx, _) in speaker.match_indices([',', ' ']) {
        let rest = &speaker[idx..];
        let sep = if rest.starts_with(", and ") {
            ", and ".len()
        } else if rest.starts_with(" and ") {
            " and ".len()
        } else if rest.starts_with(", ") {
            ", ".len()
        } else {
            continue;
        };
        if idx < from {
            continue;
        }
        push(from, idx, &mut parties);
        from = idx + sep;
    }
    push(from, speaker.len(), &mut parties);
    parties
}

/// Nouns for what a source issues: its findings, report or investigation.
const DOCUMENT_NOUNS: &[&str] = &[
    "findings",
    "finding",
    "investigation",
    "report",
    "study",
    "analysis",
    "review",
    "probe",
    "assessment",
    "inquiry",
    "examination",
    "statement",
    "data",
    "figures",
    "tally",
];

/// Records that show what they hold, as a document does, when they are the
/// subject of a verb of showing ("video footage suggests", "witness
/// accounts indicate", "satellite images show").
const RECORD_NOUNS: &[&str] = &[
    "footage",
    "video",
    "image",
    "imagery",
    "photo",
    "photograph",
    "account",
    "record",
    "document",
    "recording",
    "testimony",
    "testimonies",
    "reading",
];

/// Whether `speaker` is headed by a document or record noun ("the initial
/// inquiry", "the investigation", "the preliminary examination"): what it
/// "shows" or "found" is evidence of the one who cites it, not a holder of
/// its own.
pub(crate) fn is_evidence(speaker: &str) -> bool {
    speaker
        .split_whitespace()
        .last()
        .is_some_and(|head| is_record(head.trim_matches(|ch: char| !ch.is_alphanumeric())))
}

/// Whether `head` is a document or a record noun, singular or plural: the
/// holder, as written, of what a verb of showing says ("police reports
/// indicate", "satellite images show").
pub(crate) fn is_record(head: &str) -> bool {
    let lower = head.to_lowercase();
    let singular = lower.strip_suffix('s').unwrap_or(&lower);
    is_document(&lower)
        || RECORD_NOUNS.contains(&lower.as_str())
        || RECORD_NOUNS.contains(&singular)
}

/// Whether `head` is a document noun, singular or plural ("assessments").
pub(crate) fn is_document(head: &str) -> bool {
    let lower = head.to_lowercase();
    let singular = lower.strip_suffix('s').unwrap_or(&lower);
    DOCUMENT_NOUNS.contains(&lower.as_str()) || DOCUMENT_NOUNS.contains(&singular)
}

/// Whether `speaker`, as written, is a pronoun or a generic head ("the
/// ministry", "the official", "the report", "he", "they") as `resolve`
/// reads one: words that point back to someone named, never a source of
/// their own.
pub fn is_generic_head(speaker: &str) -> bool {
    !matches!(mention(speaker), Mention::Named | Mention::Surname)
}

/// Whether `speaker` names no one: a generic head ("the man", "one of the
/// men", "a Russian soldier") rather than a name or a group.
pub fn is_unnamed(speaker: &str) -> bool {
    let mut words = speaker.split_whitespace();
    let first = words.next().unwrap_or("");
    let head_lower = words
        .next_back()
        .is_some_and(|word| word.starts_with(char::is_lowercase));
    let determiner = ["the", "a", "an", "one", "another"]
        .iter()
        .any(|word| word.eq_ignore_ascii_case(first));
    (determiner && head_lower) || !matches!(mention(speaker), Mention::Named | Mention::Surname)
}

/// Whether `speaker` is an unnamed crowd counted by a quantifier and
/// nothing else ("many people in Ukraine", "some observers", "others",
/// "everyone"): in a report inside a report, no holder of its own.
fn vague_holder(speaker: &str) -> bool {
    let lower = speaker.to_lowercase();
    let mut words = lower.split_whitespace();
    let first = words.next().unwrap_or("");
    let second = words.next();
    let alone = [
        "others",
        "people",
        "everyone",
        "everybody",
        "many",
        "some",
        "most",
    ];
    if second.is_none() {
        return alone.contains(&first);
    }
    let quantifier = [
        "many",
        "some",
        "most",
        "several",
        "numerous",
        "various",
        "countless",
        "few",
        "lots",
        "plenty",
    ];
    let head = second.unwrap_or("");
    // "Many Ukrainian officials" names a body; "many people" no one.
    let crowd = [
        "people",
        "observers",
        "others",
        "users",
        "commentators",
        "residents",
        "citizens",
    ];
    // "some of them", "many of the people" are a crowd; "some of the
    // Ukrainian commanders" name a body.
    let partitive = head == "of"
        && words
            .find(|word| *word != "the")
            .is_some_and(|word| ["them", "those", "us"].contains(&word) || crowd.contains(&word));
    quantifier.contains(&first) && (crowd.contains(&head) || partitive)
}

/// The nearest named speaker of the `reach` sentences before `idx` that
/// `accept` takes.
fn antecedent(
    cues: &Cues,
    article: &Article,
    idx: usize,
    reach: usize,
    accept: impl Fn(&Attribution) -> bool,
) -> Option<Attribution> {
    (idx.saturating_sub(reach)..idx)
        .rev()
        .filter_map(|prev| own(cues, article, prev))
        .filter(|prev| matches!(mention(&prev.speaker), Mention::Named | Mention::Surname))
        .find(|prev| accept(prev))
}

/// Whether the named speaker `prev` can be what `speaker` (of kind `kind`)
/// stands for.
fn compatible(kind: Mention, speaker: &str, prev: &Attribution) -> bool {
    // "Russia" is a capitalised word but no person.
    // "the General Staff of the Armed Forces of Ukraine" ends in a country,
    // not a person's name.
    // "Officials say …": a capitalised speaker noun that opens a sentence
    // is a group, not a person's name.
    // "broadcaster BR", "the AP": a name all in capitals is an acronym of a
    // body, never a person's.
    let is_person = super::person(&prev.speaker).is_some_and(|name| {
        !super::is_country(&super::normalize(name))
            && (name.contains(' ') || !common_opener(name))
            && name.contains(char::is_lowercase)
            && !["the ", "The "].iter().any(|the| name.starts_with(the))
            // "Human Rights" of "the Ruritania Commission on Human
            // Rights", "Amnesty International": a body's name.
            && !body_name(name)
    });
    let unnamed = is_unnamed(&prev.speaker);
    match kind {
        Mention::Named => true,
        Mention::AnyPronoun => !unnamed,
        Mention::PersonPronoun | Mention::PersonHead => is_person && !unnamed,
        Mention::ThingPronoun | Mention::ThingHead => !is_person && !unnamed,
        Mention::Surname => super::person(&prev.speaker).is_some_and(|name| {
            name.len() > speaker.len()
                && name
                    .split_whitespace()
                    .any(|word| super::normalize(word) == super::normalize(speaker))
        }),
    }
}

/// The fuller name that a lone surname of sentence `idx` was first written
/// with earlier in the article: "Anton Gerashchenko" for "Gerashchenko".
fn full_name_before(article: &Article, idx: usize, surname: &str) -> Option<String> {
    let start = article.sentences.get(idx)?.start;
    let head = article.text.get(..start)?;
    head.match_indices(surname).find_map(|(at, _)| {
        let ends_word = head[at + surname.len()..]
            .chars()
            .next()
            .is_none_or(|ch| !ch.is_alphanumeric());
        if !ends_word {
            return None;
        }
        // Up to two capitalised words just before, one space apart.
        let mut from = at;
        for _ in 0..2 {
            let Some(before) = head.get(..from).and_then(|before| before.strip_suffix(' ')) else {
                break;
            };
            let word_start = before
                .char_indices()
                .rev()
                .find(|(_, ch)| !ch.is_alphabetic())
                .map_or(0, |(at, ch)| at + ch.len_utf8());
            let Some(word) = before.get(word_start..) else {
                break;
            };
            let is_given = word.starts_with(char::is_uppercase)
                && word.chars().count() > 1
                && !super::TITLE_WORDS.contains(&word.to_lowercase().as_str())
                && !["The", "A", "An", "In", "On", "At"].contains(&word);
            if !is_given {
                break;
            }
            from = word_start;
        }
        (from < at).then(|| head[from..at + surname.len()].to_string())
    })
}

/// The institution a sentence opens with as its subject: "the SBU" in "The
/// SBU offered no further details", "the Security Service of Ukraine (SBU)".
fn leading_institution(sentence: &str) -> Option<String> {
    let tokens = tokenize(sentence);
    // "A tanker either saw flares …": an indefinite article introduces
    // something new, never a named institution.
    if ["A", "An"].contains(&tokens.first()?.text(sentence)) {
        return None;
    }
    let first = usize::from(tokens.first()?.text(sentence) == "The");
    let mut last = None;
    let mut idx = first;
    while let Some(token) = tokens.get(idx) {
        let text = token.text(sentence);
        let capital = token.kind == TokenKind::Word && text.starts_with(char::is_uppercase);
        let link = last.is_some() && ["of", "for", "("].contains(&text);
        let close = text == ")";
        if capital || close {
            last = Some(idx);
        } else if !link {
            break;
        }
        idx += 1;
    }
    let last = last?;
    let verb_follows = tokens.get(last + 1).is_some_and(|next| {
        next.kind == TokenKind::Word && next.text(sentence).starts_with(char::is_lowercase)
    });
    let start = tokens.get(first)?.start;
    let end = tokens.get(last)?.end;
    let name = sentence.get(start..end)?;
    let acronym = name
        .chars()
        .filter(|ch| ch.is_alphabetic())
        .all(char::is_uppercase);
    let institution =
        (first == 1 || acronym || super::person(name).is_none()) && !name.contains(['“', '"']);
    (verb_follows && institution && last >= first).then(|| {
        if first == 1 {
            format!("the {name}")
        } else {
            name.to_string()
        }
    })
}

/// The capitalised name a sentence opens with, after an optional opening
/// phrase and comma: "First, Koffman established…" → "Koffman".
fn leading_name(sentence: &str) -> Option<String> {
    let tokens = tokenize(sentence);
    let comma = tokens
        .iter()
        .take(8)
        .position(|token| token.text(sentence) == ",");
    // "Brigadier General Anna Berg, Director of Information, issued …": a
    // name set off before its apposition is the name, not an opening
    // phrase.
    let capital_word = |token: &Token| {
        token.kind == TokenKind::Word && token.text(sentence).starts_with(char::is_uppercase)
    };
    let named_before = comma.filter(|comma| {
        *comma >= 2
            && tokens.get(..*comma).is_some_and(|before| {
                before.iter().all(capital_word)
                    && before
                        .first()
                        .is_some_and(|opener| !opening_function_word(opener.text(sentence)))
                    && named_person(sentence, before)
            })
    });
    if let Some(comma) = named_before {
        let start = tokens.first()?.start;
        let end = tokens.get(comma - 1)?.end;
        return sentence.get(start..end).map(str::to_string);
    }
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
    let function_word = opening_function_word(opener);
    let verb_follows = tokens.get(last + 1).is_some_and(|next| {
        next.kind == TokenKind::Word && next.text(sentence).starts_with(char::is_lowercase)
    });
    if function_word || !verb_follows {
        return None;
    }
    let start = tokens.get(first)?.start;
    let end = tokens.get(last)?.end;
    sentence.get(start..end).map(str::to_string)
}

/// Whether the capitalised words `before` a comma name a person: a personal
/// name or a phrase with a title word ("Brigadier General Anna Berg"), not
/// a time ("Late Sunday Evening") nor a plural ("North Shore Residents").
fn named_person(sentence: &str, before: &[Token]) -> bool {
    const TIMES: &[&str] = &[
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "late",
        "early",
        "morning",
        "evening",
        "afternoon",
        "night",
        "today",
        "yesterday",
    ];
    let words: Vec<String> = before
        .iter()
        .map(|token| token.text(sentence).to_lowercase())
        .collect();
    if words.iter().any(|word| TIMES.contains(&word.as_str())) {
        return false;
    }
    let (Some(start), Some(end)) = (before.first(), before.last()) else {
        return false;
    };
    let Some(phrase) = sentence.get(start.start..end.end) else {
        return false;
    };
    let titled = words
        .iter()
        .any(|word| super::TITLE_WORDS.contains(&word.as_str()));
    let plural = words
        .last()
        .is_some_and(|word| is_speaker_noun(word) && word.ends_with('s'));
    !plural && (titled || super::person(phrase).is_some())
}

/// Whether `opener`, a capitalised word, is a function word or pronoun
/// that opens a phrase, not a name: "As a result of …", "After the strike
/// …", "We …".
fn opening_function_word(opener: &str) -> bool {
    let low = opener.to_lowercase();
    grammar::is_preposition(&low)
        || grammar::is_determiner(&low)
        || grammar::is_personal_pronoun(&low)
        || ["that", "but", "and", "you"].contains(&low.as_str())
        || SUBORDINATORS.contains(&low.as_str())
}

/// Words that open a clause or adverbial, never a name, capitalised as a
/// sentence opens.
const SUBORDINATORS: &[&str] = &[
    "as",
    "after",
    "before",
    "since",
    "while",
    "when",
    "if",
    "although",
    "though",
    "because",
    "thus",
    "so",
    "however",
    "meanwhile",
    "then",
    "still",
    "yet",
    "once",
];

/// The last person's name written in `text` before `before` (a byte
/// offset), followed by a lower-case word (its verb): a title may precede
/// it ("Russia's permanent representative to the UN Vasily Nebenzya
/// distinguished himself …" → "Vasily Nebenzya").
fn last_person_named(text: &str, before: usize) -> Option<String> {
    last_person_named_or(text, before, |_| None)
}

/// `last_person_named`, taking also a lone word that `surname` gives a full
/// name for ("Hermoso", the surname of "Jenni Hermoso" named before).
fn last_person_named_or(
    text: &str,
    before: usize,
    surname: impl Fn(&str) -> Option<String>,
) -> Option<String> {
    let head = text.get(..before)?;
    let tokens = tokenize(head);
    let capital = |idx: usize| {
        tokens.get(idx).is_some_and(|token| {
            token.kind == TokenKind::Word && token.text(head).starts_with(char::is_uppercase)
        })
    };
    let lower_word = |idx: usize| {
        tokens.get(idx).is_some_and(|token| {
            token.kind == TokenKind::Word && token.text(head).starts_with(char::is_lowercase)
        })
    };
    (1..tokens.len()).rev().find_map(|last| {
        if !capital(last) || capital(last + 1) || !lower_word(last + 1) {
            return None;
        }
        let mut first = last;
        while first > 0 && last - first < 3 && capital(first - 1) {
            first -= 1;
        }
        let words: Vec<&str> = (first..=last)
            .filter_map(|idx| tokens.get(idx).map(|token| token.text(head)))
            .collect();
        // A title ("President", "Minister") is no part of the name.
        let start = words
            .iter()
            .position(|word| !super::TITLE_WORDS.contains(&word.to_lowercase().as_str()))?;
        let name = words.get(start..)?.join(" ");
        let ok = is_personal_name(&name)
            && super::person(&name) == Some(name.as_str())
            && !name.split_whitespace().any(common_opener);
        if ok {
            return Some(name);
        }
        (words.len() == 1 && !common_opener(&name))
            .then(|| surname(&name))
            .flatten()
    })
}

/// The speaker of a sentence that sits inside a quotation, and the index
/// of the sentence that names it: the one that closes the quotation, else
/// the one that opened it.
fn quoted(cues: &Cues, article: &Article, idx: usize) -> Option<(Attribution, usize)> {
    let sentence = article.sentences.get(idx)?;
    let text = sentence_text(article, idx)?;
    let open_before = quote_depth(&article.text, sentence.start) > 0;
    if !open_before && !opens_with_quote(text) {
        return None;
    }
    let direct = |found: Attribution| Attribution {
        direct: true,
        quote: QuoteKind::Direct,
        ..found
    };
    if quote_depth(&article.text, sentence.end) > 0 {
        // The quotation goes on: its closing sentence names the speaker,
        // however many sentences it runs ("“S1. S2. S3. S4. S5,” he wrote.").
        let last = (idx + QUOTED_SENTENCES).min(article.sentences.len());
        for next in idx + 1..last {
            if let Some(found) = own(cues, article, next).filter(|found| found.direct) {
                return Some((direct(found), next));
            }
            // Past the sentence that closes it, another quotation begins.
            let closes = article
                .sentences
                .get(next)
                .is_none_or(|sentence| quote_depth(&article.text, sentence.end) == 0);
            if closes {
                break;
            }
        }
    }
    // Back to the speaker who opened it: quoted paragraphs that run on
    // without a new speaker ("Source: X", then two paragraphs of quotation)
    // do not count towards the reach.
    let mut unquoted = 0;
    for prev in (idx.saturating_sub(QUOTE_REACH * 4)..idx).rev() {
        let quoted = in_quotation(article, prev);
        // "X said: “S1. S2.”": the sentence that opens the quotation
        // after its verb of saying names the speaker of every sentence in
        // it. "X said S. ¶ “S1. S2.”": a quotation that opens its paragraph
        // and is credited nowhere is the words of the speaker of the
        // sentence just before it.
        let opens_here = !quoted
            && article
                .sentences
                .get(prev)
                .is_some_and(|sentence| quote_depth(&article.text, sentence.end) > 0);
        let runs_on = !quoted && unquoted == 0 && opens_paragraph(article, prev + 1);
        if let Some(found) = own(cues, article, prev) {
            if found.direct || opens_here || runs_on {
                return Some((direct(found), prev));
            }
        }
        if !quoted {
            unquoted += 1;
            if unquoted >= QUOTE_REACH {
                break;
            }
        }
    }
    None
}

/// Whether sentence `idx` of `article` sits inside a quotation: one open
/// at its start, or one it opens with.
fn in_quotation(article: &Article, idx: usize) -> bool {
    article.sentences.get(idx).is_some_and(|sentence| {
        quote_depth(&article.text, sentence.start) > 0
            || sentence_text(article, idx).is_some_and(opens_with_quote)
    })
}

/// Whether sentence `text` opens with a quotation mark: a double one, or a
/// single one around the whole sentence ("'Many homes were burnt.'", a
/// running quote some outlets set in single marks); a lone apostrophe
/// ("'90s") opens none.
fn opens_with_quote(text: &str) -> bool {
    let text = text.trim();
    let single = text.starts_with(['‘', '\''])
        && text
            .trim_end_matches(['’', '\''])
            .ends_with(['.', '!', '?', ','])
        && text.len() > 2
        && text.ends_with(['’', '\'']);
    text.starts_with(['“', '"']) || single
}

/// Whether sentence `idx` of `article` opens a paragraph with a quotation
/// mark: a line break before it, and nothing but blanks between.
fn opens_paragraph(article: &Article, idx: usize) -> bool {
    let Some(sentence) = article.sentences.get(idx) else {
        return false;
    };
    let Some(before) = article.text.get(..sentence.start) else {
        return false;
    };
    let line_start =
        before.trim_end_matches([' ', '\t']).ends_with('\n') || before.trim().is_empty();
    line_start
        && sentence_text(article, idx).is_some_and(|text| text.trim_start().starts_with(['“', '"']))
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
    // Each open mark, and whether it may run past its sentence. Only the
    // bytes that start a mark are visited: '"', and the 0xE2 that leads
    // '“' (E2 80 9C) and '”' (E2 80 9D).
    let mut open: Vec<bool> = Vec::new();
    let mut straight: Option<bool> = None;
    let bytes = line.as_bytes();
    for pos in memchr::memchr2_iter(b'"', 0xE2, bytes) {
        match bytes.get(pos..pos + 3) {
            Some([0xE2, 0x80, 0x9C]) => open.push(runs_on(line.get(..pos).unwrap_or(""))),
            Some([0xE2, 0x80, 0x9D]) => {
                open.pop();
            }
            _ if bytes.get(pos) != Some(&b'"') => {}
            _ if straight.is_some() => straight = None,
            // "5'10\"": a straight mark after a digit is an inch mark (a
            // character before it that is no ASCII digit ends in no such byte).
            _ if !pos
                .checked_sub(1)
                .and_then(|before| bytes.get(before))
                .is_some_and(u8::is_ascii_digit) =>
            {
                straight = Some(runs_on(line.get(..pos).unwrap_or("")));
            }
            _ => {}
        }
    }
    open.iter().filter(|runs| **runs).count() + usize::from(straight == Some(true))
}

/// Whether a quotation mark opened after `before` (its line up to the
/// mark) may run past the end of its sentence: one that opens its line or
/// sentence, or follows a colon, comma or dash, or a word of saying
/// ("said: “…", "wrote “…", "that “…"). One after a noun ("called the plan
/// “a disaster") quotes a phrase of its own sentence.
fn runs_on(before: &str) -> bool {
    let before = before.trim_end();
    if !before.ends_with(char::is_alphanumeric) {
        return true;
    }
    let word = before
        .rsplit(|ch: char| !ch.is_alphanumeric())
        .next()
        .unwrap_or("")
        .to_lowercase();
    // A verb that only credits what came before ("published", "state") is
    // no word that a quotation follows.
    let credits_only = saying::CREDITS | saying::CREDITS_BARE;
    saying::uses(&word).is_some_and(|uses| uses & !credits_only != 0)
        || ["that", "as"].contains(&word.as_str())
}

/// Whether `noun` (lower case) names people or harm done to them ("dead",
/// "men", "victims", "children"): a court sentences such an object
/// ("condemned the two men to 12 years").
fn counts_harm_or_people(noun: &str) -> bool {
    #[rustfmt::skip]
    const COUNTED: &[&str] = &[
        "dead", "killed", "injured", "wounded", "hurt", "missing", "deaths", "death",
        "casualties", "fatalities", "injuries", "victims", "people", "persons", "civilians",
        "children", "men", "women", "bodies", "arrests", "arrested", "detained", "detentions",
        "evacuated", "hospitalised", "hospitalized", "displaced", "survivors", "soldiers",
        "officers", "residents",
    ];
    let singular = noun.strip_suffix('s').unwrap_or(noun);
    COUNTED.contains(&noun) || words::is_person_noun(singular)
}

fn is_pronoun(speaker: &str) -> bool {
    ["he", "she", "they", "we", "it", "him", "her", "them", "us"]
        .iter()
        .any(|pronoun| pronoun.eq_ignore_ascii_case(speaker))
}

/// Verbs of criticising that also name a blow ("slammed into a wall"):
/// they report only with a ground after their object ("slammed the
/// government for …").
const BLOW_VERBS: &[&str] = &["slammed", "slams", "blasted", "blasts"];

/// Speech verbs that also describe deeds ("discussed collaboration"): a
/// speaker only with "as" before, or "that", "in", a colon, comma or quote after.
const WEAK_VERBS: &[&str] = &[
    "specified",
    "discussed",
    "announced",
    "announces",
    "declared",
    "assessed",
    "estimated",
    "estimates",
    "reveal",
    "revealed",
    "reveals",
    "disclosed",
    "discloses",
    "confirmed",
    "confirms",
    "acknowledged",
    "put it",
    "found",
    "finds",
    "determined",
    "established",
    "ruled",
    "concluded",
    "concludes",
    "maintained",
    "maintains",
    "charged",
    "posted",
    "suggest",
    "suggested",
    "suggests",
    "indicate",
    "indicates",
    "indicated",
    "show",
    "shows",
    "showed",
    "mentioned",
    "repeated",
    "replied",
];

/// Weak verbs of holding a view: with a "that" clause after them, only a
/// holder is their subject ("Roe's camp maintains that …").
const HOLDING_VERBS: &[&str] = &["maintained", "maintains", "acknowledged", "mentioned"];

/// Whether `verb` (lower case) is a weak verb of saying: one of
/// `WEAK_VERBS` or of the counting verbs (`COUNTING_VERBS`), which are weak
/// too.
pub(super) fn is_weak_verb(verb: &str) -> bool {
    WEAK_VERBS.contains(&verb) || COUNTING_VERBS.contains(&verb)
}

/// Whether `head` (lower case) names unnamed people who count or estimate:
/// a head of unnamed people ("residents", "survivors") or an agentive
/// plural ("villagers", "volunteers", "activists", "physicians").
fn counting_people(head: &str) -> bool {
    const AGENTIVE: &[&str] = &["ers", "ors", "ists", "ians", "ants", "ents", "eers"];
    unnamed_person(head) || (head.len() > 5 && AGENTIVE.iter().any(|end| head.ends_with(end)))
}

/// Whether `speaker` is a negated quantifier ("No group", "no one",
/// "nobody", "none of the parties", "neither side"): it names no holder.
fn no_one(speaker: &str) -> bool {
    let first = speaker
        .split_whitespace()
        .next()
        .unwrap_or("")
        .to_lowercase();
    ["no", "nobody", "none", "neither", "no-one"].contains(&first.as_str())
}

/// Weak verbs of counting: with a speaker for subject and a count for
/// object, the count is the speaker's tally (`Reader::counted_by_speaker`).
const COUNTING_VERBS: &[&str] = &[
    "counted",
    "documented",
    "recorded",
    "tallied",
    "listed",
    "registered",
    "logged",
    "estimate",
    "revised",
    "measured",
];

/// Weak verbs of making known: with a speaker for subject, what follows is
/// that speaker's claim whatever its form.
const CONVEYING_VERBS: &[&str] = &[
    "announced",
    "announces",
    "confirmed",
    "confirms",
    "declared",
    "disclosed",
    "discloses",
    "acknowledged",
];

/// Whether `phrase` is a title with a determiner, or an office title
/// (`office_title`), naming an office rather than its holder: "the
/// spokesman of the HUR intelligence service", "a senior official", "Kano
/// State Governor".
fn is_title_phrase(phrase: &str) -> bool {
    let mut words = phrase.split_whitespace();
    let possessive = |word: &str| word.ends_with("'s") || word.ends_with("’s");
    // "the spokesman of …", "Mariupol's deputy mayor", "its chief".
    let determiner = words.next().is_some_and(|word| {
        ["the", "a", "an", "its", "his", "her", "their"].contains(&word.to_lowercase().as_str())
            || possessive(word)
    });
    // "Amnesty International's Secretary General": a possessor of two or
    // three capitalised words.
    let determiner = determiner || {
        let all: Vec<&str> = phrase.split_whitespace().collect();
        let owner = all.iter().position(|word| possessive(word));
        let named = owner.is_some_and(|owner| {
            (1..=2).contains(&owner)
                && all[..=owner]
                    .iter()
                    .all(|word| word.starts_with(char::is_uppercase))
        });
        if let Some(owner) = owner.filter(|_| named) {
            words = phrase.split_whitespace();
            words.nth(owner);
        }
        named
    };
    let head = words
        .take_while(|word| !["of", "for", "at", "to"].contains(word))
        .last()
        .map(str::to_lowercase);
    let titled = head.is_some_and(|head| {
        PERSON_HEADS.contains(&head.as_str()) || super::TITLE_WORDS.contains(&head.as_str())
    });
    (determiner && titled) || office_title(phrase)
}

/// Whether `phrase` is an office written as a capitalised title with no
/// determiner: the place or body of the office, then the title, then its
/// remit ("Kano State Governor", "Lagos State Commissioner for Health",
/// "Rivers Police Public Relations Officer"). At least two words before the
/// remit, each capitalised, so one title word alone ("Governor") or a
/// person's titled name ("Governor Abba Musa": a name after the title) is
/// no such phrase.
fn office_title(phrase: &str) -> bool {
    let office: Vec<&str> = phrase
        .split_whitespace()
        .take_while(|word| !["of", "for", "at", "to"].contains(word))
        .collect();
    let Some((head, before)) = office.split_last() else {
        return false;
    };
    let head = head.to_lowercase();
    let title = super::TITLE_WORDS.contains(&head.as_str())
        && !super::TITLE_MODIFIERS.contains(&head.as_str());
    title
        && !before.is_empty()
        && office.iter().all(|word| {
            word.starts_with(char::is_uppercase)
                && word.chars().all(|ch| ch.is_alphabetic() || ch == '-')
        })
}

/// Whether `phrase` describes rather than names: a determiner, then two to
/// four words in lower case ("the rebel movement", "the US-based company").
fn is_description(phrase: &str) -> bool {
    let words: Vec<&str> = phrase.split_whitespace().collect();
    let Some((first, rest)) = words.split_first() else {
        return false;
    };
    ["the", "a", "an"].contains(&first.to_lowercase().as_str())
        && (2..=4).contains(&rest.len())
        && rest
            .iter()
            .all(|word| word.starts_with(char::is_lowercase) || word.contains('-'))
        && !rest
            .last()
            .is_some_and(|head| is_speaker_noun(head) && head.ends_with('s'))
}

/// Whether `phrase` describes one person or thing without naming it: a
/// determiner or a possessor of one to three capitalised words, then one to
/// four lower-case words headed by a singular ("his main opponent",
/// "Ruritania's main opposition candidate", "the victim's mother").
fn describes_one(phrase: &str) -> bool {
    let words: Vec<&str> = phrase.split_whitespace().collect();
    let determiner = |word: &str| {
        ["the", "a", "an", "his", "her", "its", "their"].contains(&word.to_lowercase().as_str())
    };
    let lower = |word: &&str| word.chars().all(|ch| ch.is_lowercase() || ch == '-');
    let possessive = |word: &&str| word.ends_with("'s") || word.ends_with("’s");
    let capital = |word: &&str| word.starts_with(char::is_uppercase);
    // The head's words start after the determiner or the possessor.
    let from = match words.iter().take(3).position(possessive) {
        Some(owner) => {
            let named = words[..=owner].iter().all(capital);
            let described = owner > 0
                && determiner(words[0])
                && words[1..=owner].iter().all(|word| {
                    word.chars()
                        .all(|ch| ch.is_lowercase() || "-'’".contains(ch))
                });
            if !(named || described) {
                return false;
            }
            owner + 1
        }
        None if words.first().is_some_and(|word| determiner(word)) => 1,
        None => return false,
    };
    let rest = words.get(from..).unwrap_or_default();
    (1..=4).contains(&rest.len())
        && rest.iter().all(lower)
        && rest
            .last()
            .is_some_and(|head| !head.ends_with('s') || head.ends_with("ss"))
}

/// Whether `phrase` is a kind of group with no determiner, written as a
/// sentence opens ("Rights group", "Aid agency"): a capitalised first word,
/// then one or two lower-case words, the last a group's head.
fn bare_group_kind(phrase: &str) -> bool {
    const GROUP_HEADS: &[&str] = &[
        "group",
        "organisation",
        "organization",
        "watchdog",
        "charity",
        "agency",
        "monitor",
        "body",
        "ngo",
    ];
    let words: Vec<&str> = phrase.split_whitespace().collect();
    let Some((first, rest)) = words.split_first() else {
        return false;
    };
    first.starts_with(char::is_uppercase)
        && !["The", "A", "An"].contains(first)
        && (1..=2).contains(&rest.len())
        && rest.iter().all(|word| word.starts_with(char::is_lowercase))
        && rest
            .last()
            .is_some_and(|head| GROUP_HEADS.contains(&head.to_lowercase().as_str()))
}

/// Whether `phrase`, set in apposition to a kind of group, is the group's
/// name: one to six words, each capitalised or a short function word,
/// opening with a capital ("Human Rights Watch", "Doctors Without Borders").
fn names_group(phrase: &str) -> bool {
    let words: Vec<&str> = phrase.split_whitespace().collect();
    (1..=6).contains(&words.len())
        && words
            .first()
            .is_some_and(|word| word.starts_with(char::is_uppercase))
        && words.iter().all(|word| {
            word.starts_with(char::is_uppercase) || ["of", "for", "and", "the"].contains(word)
        })
}

/// Whether `phrase`, a subject that opens its sentence at token `first`,
/// describes a group with no determiner: two or three words, only the
/// sentence's first capitalised, headed by a plural that is no speaker noun
/// ("Government allies, the Northern Militia, accused …").
fn bare_description(phrase: &str, first: usize) -> bool {
    let words: Vec<&str> = phrase.split_whitespace().collect();
    let Some((head, _)) = words.split_last() else {
        return false;
    };
    first == 0
        && (2..=3).contains(&words.len())
        && !grammar::is_determiner(&words[0].to_lowercase())
        && words[1..]
            .iter()
            .all(|word| word.chars().all(|ch| ch.is_lowercase() || ch == '-'))
        && head.ends_with('s')
        && !is_speaker_noun(head)
}

/// Whether `speaker` is a record the outlet says it verified ("Verified
/// footage shows …", "authenticated video"): the outlet's own evidence, no
/// holder.
fn verified_record(speaker: &str) -> bool {
    let words: Vec<&str> = speaker.split_whitespace().collect();
    let (Some(first), Some(head)) = (words.first(), words.last()) else {
        return false;
    };
    words.len() <= 3
        && ["verified", "authenticated", "geolocated"].contains(&first.to_lowercase().as_str())
        && is_record(head)
}

/// Whether `phrase`, set in apposition, names a body: capitalised words, no
/// person's name or title.
fn names_body(phrase: &str) -> bool {
    let capitals = phrase
        .split_whitespace()
        .filter(|word| word.starts_with(char::is_uppercase))
        .count();
    capitals >= 2
        && !is_personal_name(phrase)
        && !is_title_phrase(phrase)
        && super::person(phrase).is_none_or(|_| phrase.contains('('))
}

/// Whether `phrase` is a person's name: two to four capitalised words
/// ("Andriy Yusov"), no country or institution word.
fn is_personal_name(phrase: &str) -> bool {
    let words: Vec<&str> = phrase.split_whitespace().collect();
    (2..=4).contains(&words.len())
        && words.iter().all(|word| {
            word.starts_with(char::is_uppercase)
                && word
                    .chars()
                    .all(|ch| ch.is_alphabetic() || ch == '-' || ch == '.')
        })
        && !super::is_country(&super::normalize(phrase))
        && !words.iter().any(|word| is_speaker_noun(word))
}

/// Verbs of rejecting that report speech only when their object is words
/// ("dismissed reports", "questioned the version that …").
const REJECTING_VERBS: &[&str] = &["dismissed", "dismisses", "questioned"];

/// How many words after a reduced passive's "by" its "as" may stand ("an
/// act decried by the main rights groups as a massacre").
const JUDGED_AS_REACH: usize = 6;

/// Verbs of repeating a claim another holds: their subject makes it its
/// own ("reiterated Islamabad's claims that …", `Reader::possessed_claim`).
const REPEATING_VERBS: &[&str] = &[
    "echoed",
    "echoes",
    "reiterated",
    "reiterates",
    "repeated",
    "repeats",
];

/// Verbs of witnessing whose object a bare verb follows: "The election saw
/// both Doe and his rival claim victory".
const WITNESSING: &[&str] = &["saw", "sees", "see", "watched", "witnessed"];

/// Means of speaking after "by" ("confirmed by phone, …"): no agent.
const MEANS: &[&str] = &[
    "phone",
    "telephone",
    "email",
    "e-mail",
    "letter",
    "video",
    "radio",
];

/// Verbs of contacting people, whose object's words the subject gathers:
/// "Amnesty interviewed witnesses who reported …" (`Reader::interviewed`).
const CONTACT_VERBS: &[&str] = &[
    "interviewed",
    "interviews",
    "surveyed",
    "surveys",
    "polled",
    "spoke",
    "speaks",
    "talked",
    "talks",
    "met",
    "contacted",
    "heard",
    "consulted",
];

/// Verbs of admitting: what a suspect admits is an event that a closing
/// reporting clause credits (`Reader::admission_credited`).
const ADMITTING: &[&str] = &["admit", "admits", "admitted"];

/// Nouns of words or belief a verb of rejecting takes as its object.
const WORDS_REJECTED: &[&str] = &[
    "accusations",
    "account",
    "allegation",
    "allegations",
    "assertion",
    "assertions",
    "claim",
    "claims",
    "idea",
    "notion",
    "report",
    "reports",
    "rumors",
    "rumours",
    "speculation",
    "statement",
    "statements",
    "suggestion",
    "suggestions",
    "theory",
    "version",
];

/// Speech verbs whose speaker is only ever their subject: what follows them
/// is their object ("…, blames NATO for the crisis").
const SUBJECT_ONLY: &[&str] = &[
    "accused",
    "accuses",
    "blamed",
    "blames",
    "alleged",
    "alleges",
    "charged",
    "found",
    "finds",
    "ruled",
    "determined",
    "admitted",
    "admits",
    "conceded",
    "concedes",
    "suggested",
    "suggests",
    "posted",
    "tweeted",
    "concluded",
    "concludes",
    "testified",
    "maintained",
    "maintains",
    "called",
    "calls",
    "view",
    "views",
    "blame",
    "accuse",
    "allege",
    "rejected",
    "rejects",
    "refuted",
    "refutes",
    "debunk",
    "debunked",
    "debunks",
    "traced",
    "tracked",
    // "…,” Andriy Yusov, of …, told Reuters.": the one told follows.
    "told",
    "tells",
];

/// Nouns of warning a light verb issues: "issued a warning against …"
/// (`Reader::warned_or_counted`).
const WARNING_NOUNS: &[&str] = &["warning", "appeal", "alert", "advisory", "plea", "caution"];

/// Nouns of a count a light verb gives with its number: "given a tally of
/// 20 deaths" (`Reader::warned_or_counted`).
const COUNT_NOUNS: &[&str] = &["tally", "figure", "count", "toll", "estimate"];

/// Nouns of saying whose possessor speaks: "Russia's claim that …".
const CLAIM_NOUNS: &[&str] = &[
    "assertion",
    "claim",
    "claims",
    "allegation",
    "allegations",
    "accusation",
    "accusations",
    "insistence",
    "contention",
    "argument",
    "suggestion",
    "admission",
    "denial",
    "assessment",
    "conclusion",
];

/// Nouns of saying whose source follows "from": "criticism from survivors".
const FROM_NOUNS: &[&str] = &[
    "criticism",
    "criticisms",
    "accusations",
    "accusation",
    "complaints",
    "condemnation",
    "warnings",
    "allegations",
    "claims",
];

/// Phrases that open a time adjunct, which says when, not what was said.
const TIME_ADJUNCTS: &[&str] = &[
    " in the first ",
    " in the early ",
    " in the days ",
    " during ",
    " since ",
    " until ",
];

/// Participles whose "by" names who reports an unnamed speaker's words.
const REPORTER_VERBS: &[&str] = &[
    "described",
    "identified",
    "quoted",
    "cited",
    "named",
    "presented",
];

/// Verbs of making someone's words public: "published a call in which …".
const PUBLISH_VERBS: &[&str] = &[
    "published",
    "released",
    "posted",
    "aired",
    "shared",
    "issued",
    "obtained",
    "intercepted",
    "broadcast",
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
    "always",
    "long",
    "meanwhile",
    "however",
    "separately",
    "subsequently",
    "initially",
    "thus",
    "therefore",
    "having",
];

/// Connectives set off by commas between a speaker and its verb.
const CONNECTIVES: &[&str] = &[
    "however",
    "meanwhile",
    "though",
    "too",
    "also",
    "instead",
    "in turn",
    "in response",
    "in contrast",
    "by contrast",
    "for its part",
    "for their part",
    "for his part",
    "for her part",
    "on the other hand",
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
    "side",
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
    "authority",
    "police",
    "embassy",
    "investigator",
    "prosecutor",
    "team",
    "board",
    "court",
    "judge",
    "tribunal",
    "council",
    "commission",
    "committee",
    "panel",
    "chief",
    "head",
    "director",
    "governor",
    "mayor",
    "resident",
    "witness",
    "survivor",
    "rescuer",
    "engineer",
    "scientist",
    "seismologist",
    "architect",
    "officer",
    "soldier",
    "company",
    "firm",
    "airline",
    "operator",
    "service",
    "office",
    "department",
    "administration",
    "opposition",
    "party",
    "lawmaker",
    "legislator",
    "group",
    "movement",
    "alliance",
    "coalition",
    "organisation",
    "organization",
    "monitor",
    "leader",
    "television",
    "broadcaster",
    "radio",
    "newspaper",
    "survey",
    "centre",
    "center",
    "institute",
    "bureau",
    "activist",
    "victim",
    "doctor",
    "lawyer",
    "attorney",
    "medic",
    "candidate",
    "challenger",
    "premier",
    "ministries",
    "he",
    "she",
    "they",
    "we",
];

/// How many sentences forward an indefinite group looks for the body it
/// introduces.
const INTRODUCED_REACH: usize = 3;

/// The body that the indefinite group `speaker` of sentence `idx` stands
/// for ("a rights group", "an aid organisation"): the one named
/// institution (capitalised words, one an institution's word: "the
/// National Commission for Human Rights") that speaks in the next
/// `INTRODUCED_REACH` sentences; `None` when none or several do.
fn introduced_body(cues: &Cues, article: &Article, idx: usize, speaker: &str) -> Option<String> {
    const GROUPS: &[&str] = &[
        "group",
        "organisation",
        "organization",
        "watchdog",
        "charity",
        "coalition",
        "alliance",
        "association",
        "union",
        "monitor",
        "body",
    ];
    const INSTITUTIONS: &[&str] = &[
        "Commission",
        "Council",
        "Committee",
        "Group",
        "Organisation",
        "Organization",
        "Watch",
        "Union",
        "Association",
        "Centre",
        "Center",
        "Network",
        "Coalition",
        "Alliance",
        "Movement",
        "Foundation",
        "Institute",
        "League",
        "Federation",
        "Observatory",
        "Society",
        "Collective",
    ];
    // A generic head joins only a body of its own kind: "a union" the
    // "National Union of Journalists", never "a rights group" the
    // "European Union".
    const UNIONS: &[&str] = &["Union", "Federation", "Confederation", "Association"];
    let of_kind = |head: &str, word: &str| match head {
        "union" => UNIONS.contains(&word),
        _ => word != "Union" && INSTITUTIONS.contains(&word),
    };
    let words: Vec<&str> = speaker.split_whitespace().collect();
    let (first, rest) = words.split_first()?;
    let (head, modifiers) = rest.split_last()?;
    let indefinite = ["a", "an"].contains(&first.to_lowercase().as_str());
    // "a Burkinabe human rights organisation": one capitalised word of
    // nationality or place may open the modifiers.
    let lower_from = usize::from(
        modifiers
            .first()
            .is_some_and(|word| word.starts_with(char::is_uppercase)),
    );
    if !indefinite
        || modifiers.len() > 3
        || !GROUPS.contains(head)
        || !modifiers
            .iter()
            .skip(lower_from)
            .all(|word| word.starts_with(char::is_lowercase))
    {
        return None;
    }
    let mut bodies: Vec<String> = (idx + 1..=idx + INTRODUCED_REACH)
        .filter_map(|next| own(cues, article, next))
        .filter_map(|found| {
            let name = found
                .speaker
                .strip_prefix("the ")
                .or_else(|| found.speaker.strip_prefix("The "))
                .unwrap_or(&found.speaker)
                .to_string();
            // "the Collective Against Impunity (CAI)": the acronym after the
            // name is no part of it.
            let name = match name.rsplit_once(" (") {
                Some((bare, acronym)) if acronym.ends_with(')') => bare.to_string(),
                _ => name,
            };
            let words: Vec<&str> = name.split_whitespace().collect();
            let named = words.len() >= 2
                && words.iter().all(|word| {
                    word.starts_with(char::is_uppercase)
                        || ["of", "for", "on", "and", "the"].contains(word)
                })
                && words.iter().any(|word| of_kind(head, word));
            named.then_some(name)
        })
        .collect();
    bodies.sort();
    bodies.dedup();
    match bodies.as_slice() {
        [body] => Some(body.clone()),
        _ => None,
    }
}

/// Whether `head` names one who stands in a contest, or a person: such a
/// subject declares who won ("the challenger declared victory").
fn contestant(head: &str) -> bool {
    const CONTESTANTS: &[&str] = &[
        "candidate",
        "challenger",
        "rival",
        "incumbent",
        "contender",
        "opponent",
        "frontrunner",
        "nominee",
    ];
    let lower = head.to_lowercase();
    let singular = lower.strip_suffix('s').unwrap_or(&lower);
    CONTESTANTS.contains(&singular) || words::is_person_noun(singular)
}

/// Whether a lower-case head word makes a noun phrase a speaker: one of
/// `SPEAKER_NOUNS`, singular or plural ("governments", "investigators").
fn is_speaker_noun(head: &str) -> bool {
    let lower = head.to_lowercase();
    let singular = lower
        .strip_suffix("ies")
        .map(|stem| format!("{stem}y"))
        .or_else(|| lower.strip_suffix('s').map(str::to_string));
    // "witnesses", "coaches": a plural in "-es" after a sibilant.
    let sibilant = lower
        .strip_suffix("sses")
        .map(|stem| format!("{stem}ss"))
        .or_else(|| lower.strip_suffix("ches").map(|stem| format!("{stem}ch")));
    SPEAKER_NOUNS.iter().any(|noun| {
        *noun == lower || singular.as_deref() == Some(*noun) || sibilant.as_deref() == Some(*noun)
    })
}

/// A capitalised first word that is no name: a speaker noun ("Officials")
/// or a determiner or adjective that opens unnamed groups ("Local",
/// "Senior", "Some").
pub(crate) fn common_opener(word: &str) -> bool {
    const OPENERS: &[&str] = &[
        "the",
        "a",
        "an",
        "some",
        "many",
        "several",
        "other",
        "local",
        "senior",
        "top",
        "two",
        "three",
        "unnamed",
        "regional",
        "municipal",
        "city",
        "provincial",
        "health",
    ];
    is_speaker_noun(word)
        || OPENERS
            .iter()
            .any(|opener| opener.eq_ignore_ascii_case(word))
}

/// A subject's first and last token, and its appositive's, if any.
type Subject = (usize, usize, Option<(usize, usize)>);

struct Reader<'a> {
    text: &'a str,
    tokens: &'a [Token],
    /// The cues with the rulebook's speaker aliases, if any.
    registry: Option<&'a Cues>,
    /// Each token lowercased, made once (`Reader::low`).
    lows: np::Lows,
}

impl<'a> Reader<'a> {
    /// "according to X": the speaker runs to the next clause break.
    fn source(&self, hit: &Hit) -> Option<Attribution> {
        let last = self.last_token(hit.span.end)?;
        // "The ministry released casualty figures, citing over 80 dead": a
        // "citing" whose object is a figure states it, as "saying" would;
        // the subject of its clause speaks, and no source is cited.
        // "The judges dismissed six appeals, citing a lack of evidence": a
        // "citing" whose object is a ground names a reason, not a source.
        if self.low(last) == "citing" && (self.figure_at(last + 1) || self.ground_at(last + 1)) {
            let verb = self.first_token(hit.span.start)?;
            let comma = verb.checked_sub(1)?;
            if !self.is_symbol(comma, &[","]) {
                return None;
            }
            // "Subsequently, the Gaza Ministry of Health released …": past
            // a fronted adverbial, the phrase that opens the clause.
            let (first, end) = self.clause_subject(comma).or_else(|| {
                (1..comma)
                    .rev()
                    .filter(|start| self.is_symbol(start - 1, &[","]))
                    .find_map(|start| self.opening_subject(start, comma))
            })?;
            return Some(Attribution {
                speaker: self.slice(first, end)?.to_string(),
                cue: self.low(last).to_string(),
                ..Attribution::default()
            });
        }
        // "Mr Diallo, who according to his own count won 60 per cent": a
        // count of one's own is its possessor's, in a relative clause the
        // one it describes; the holder phrase ends at its noun, never runs
        // into the verb after it.
        if let Some(noun) = self.own_count(last + 1) {
            let cue = self.text.get(hit.span.clone())?.to_lowercase();
            let who = self
                .first_token(hit.span.start)?
                .checked_sub(1)
                .filter(|who| self.low(*who) == "who");
            let comma = who
                .and_then(|who| who.checked_sub(1))
                .filter(|comma| self.is_symbol(*comma, &[","]));
            let (first, end) = comma
                .and_then(|comma| self.antecedent_np(comma))
                .unwrap_or((last + 1, noun));
            return Some(Attribution {
                speaker: self.slice(first, end)?.to_string(),
                cue,
                ..Attribution::default()
            });
        }
        // "according to data released on Friday by the health ministry",
        // "according to figures shared with the paper by two aid officials":
        // who gave the information out holds it, past when and to whom.
        if let Some((first, end)) = self
            .released_agent(last + 1)
            .and_then(|by| self.speaker_after(by + 1))
        {
            return Some(Attribution {
                speaker: self.slice(first, end)?.to_string(),
                cue: self.text.get(hit.span.clone())?.to_lowercase(),
                ..Attribution::default()
            });
        }
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
        // "the findings of a team", "a recent investigation by the New York
        // Times": the one who holds the document is the source.
        let speaker = document_holder(&speaker).unwrap_or(&speaker).to_string();
        // "According to the latest data, 51 civilians were killed": figures
        // that no one is said to hold name no source.
        if bare_information(&speaker) {
            return None;
        }
        // "according to the head of the UN mission in Ukraine, Danielle
        // Bell.": the person named in apposition to a title speaks.
        if let Some(name) = self
            .closing_apposition(end)
            .filter(|_| is_title_phrase(&speaker))
        {
            return Some(Attribution {
                speaker: name,
                cue: self.text.get(hit.span.clone())?.to_lowercase(),
                affiliation: Some(speaker),
                ..Attribution::default()
            });
        }
        // "according to the broadcaster XYZ, which cited the interior
        // minister": the innermost holder speaks, the one cited by the source.
        if let Some((cited, cited_end)) = self.cited_after(end) {
            return Some(Attribution {
                speaker: self.slice(cited, cited_end)?.to_string(),
                cue: self.text.get(hit.span.clone())?.to_lowercase(),
                reported_by: Some(speaker),
                ..Attribution::default()
            });
        }
        Some(Attribution {
            speaker,
            cue: self.text.get(hit.span.clone())?.to_lowercase(),
            direct: false,
            ..Attribution::default()
        })
    }

    /// Whether a ground, not a source, opens at token `at`: up to four
    /// lower-case words before an "of" or the end of the phrase, one a noun
    /// or adjective of reasons ("a lack of evidence", "safety concerns",
    /// "insufficient evidence", "security reasons"), none a speaker noun.
    fn ground_at(&self, at: usize) -> bool {
        const GROUNDS: &[&str] = &[
            "lack",
            "absence",
            "insufficient",
            "concern",
            "concerns",
            "reason",
            "reasons",
            "grounds",
            "risk",
            "risks",
            "fears",
            "threat",
            "threats",
            "need",
            "irregularities",
            "shortcomings",
            "delays",
            "failure",
            "failures",
            "violations",
            "breaches",
        ];
        let words: Vec<usize> = (at..at + 4)
            .take_while(|idx| {
                self.kind(*idx) == Some(TokenKind::Word)
                    && !["of", "and", "that", "which", "as", "in", "for"].contains(&self.low(*idx))
            })
            .collect();
        words.iter().any(|idx| GROUNDS.contains(&self.low(*idx)))
            && words.iter().all(|idx| {
                let word = self.low(*idx);
                !self.capital_word(*idx) && !is_speaker_noun(word) && !is_record(word)
            })
    }

    /// Whether a figure opens at token `at`: a number, or one after a word
    /// of approximation ("over 80", "more than 700", "at least 12").
    fn figure_at(&self, at: usize) -> bool {
        const APPROXIMATE: &[&str] = &[
            "over",
            "more",
            "than",
            "at",
            "least",
            "about",
            "nearly",
            "almost",
            "around",
            "some",
            "up",
            "to",
            "roughly",
            "approximately",
            "fewer",
            "less",
        ];
        let number = |idx: usize| {
            self.tokens
                .get(idx)
                .is_some_and(|token| token.kind == TokenKind::Number)
        };
        // "citing 12 witnesses", "citing 3 documents": a count of sources
        // names them; it states no figure.
        let counts_sources = |idx: usize| {
            let noun = self.low(idx + 1);
            is_speaker_noun(noun) || is_record(noun)
        };
        (at..at + 3)
            .take_while(|&idx| idx == at || APPROXIMATE.contains(&self.low(idx - 1)))
            .any(|idx| {
                number(idx)
                    && !counts_sources(idx)
                    && (at..idx).all(|word| APPROXIMATE.contains(&self.low(word)))
            })
    }

    /// The person's name set in apposition after the phrase ending at token
    /// `end`, past a place it is in ("…, in Ukraine, Danielle Bell."): two to
    /// four capitalised words after a comma that close the sentence.
    fn closing_apposition(&self, end: usize) -> Option<String> {
        let (first, last) = self.closing_apposition_span(end)?;
        self.slice(first, last).map(str::to_string)
    }

    /// `closing_apposition` as the first and last token of the name.
    fn closing_apposition_span(&self, end: usize) -> Option<(usize, usize)> {
        let mut idx = end + 1;
        if ["in", "at", "for"].contains(&self.low(idx)) {
            idx += 1;
            while self
                .tokens
                .get(idx)
                .is_some_and(|token| token.text(self.text).starts_with(char::is_uppercase))
            {
                idx += 1;
            }
        }
        if !self.is_symbol(idx, &[","]) {
            return None;
        }
        let first = idx + 1;
        let mut last = first;
        while self.tokens.get(last + 1).is_some_and(|token| {
            token.kind == TokenKind::Word && token.text(self.text).starts_with(char::is_uppercase)
        }) {
            last += 1;
        }
        let closes = self.tokens.get(last + 1).is_none_or(|next| {
            next.kind == TokenKind::Symbol && [".", ","].contains(&next.text(self.text))
        });
        let name = self.slice(first, last)?;
        (closes && is_personal_name(name)).then_some((first, last))
    }

    /// The end of the subject at tokens `first..=end` without the place of
    /// its office: "State Interior Minister John Keller of Bavaria" is John
    /// Keller, a title and a person's name of two words or more, and "of
    /// Bavaria" says where the office is, no part of the name ("Secretary
    /// General of NATO", "the Ministry of Defence" keep theirs).
    fn office_place_cut(&self, first: usize, end: usize) -> usize {
        let Some(of) = (first + 1..end).find(|&idx| self.low(idx) == "of") else {
            return end;
        };
        let place = (of + 1..=end).all(|idx| self.capital_word(idx));
        let titled_person = self.slice(first, of - 1).is_some_and(|phrase| {
            super::person(phrase).is_some_and(|name| {
                name.len() < phrase.len() && name.split_whitespace().count() >= 2
            })
        });
        if place && titled_person {
            of - 1
        } else {
            end
        }
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
        // "X called for a tribunal", "called on Y to": a demand, not a report;
        // but one to stop what Y does holds that Y does it (`demands_a_stop`).
        // "Tehran urged Baghdad to stop shelling": an urging is a demand,
        // which holds only that what it asks to stop is done.
        let demand = (["called", "calls"].contains(&cue.as_str())
            && self.tokens.get(last + 1).is_some_and(|next| {
                ["for", "on", "off", "up", "in", "out"].contains(&next.text(self.text))
            })
            && !self.demands_a_stop(last + 1))
            || (["urged", "urges"].contains(&cue.as_str()) && !self.asks_to_stop(last + 1));
        // "…, described by the SBU as a Russian soldier": a passive modifier
        // of a noun, not a report of the sentence.
        let by_after = self
            .tokens
            .get(last + 1)
            .is_some_and(|next| next.text(self.text) == "by");
        // "The court condemned him to death": a sentence, not a judgement
        // spoken.
        let sentenced = cue.starts_with("condemn") && self.sentenced_after(last);
        // "… expressed surprise at the soldier’s assertion that …": the
        // claim judged is the possessor's words.
        let judges_words = saying::is(&cue, saying::JUDGES) && self.possessed_claim().is_some();
        // A verb of judging speaks only with its object right after it:
        // "Losses expressed in dollars rose" is a participle with a
        // preposition after it, "Shoppers bought branded goods" one inside
        // a noun phrase after another verb.
        // A passive's "by" names who judges ("was condemned by the bar
        // association as unlawful").
        // "…, an act decried by rights groups as a massacre": a reduced
        // passive of judging with its agent and its "as" is the agent's
        // judgement, as "which was decried by rights groups as …" is.
        let judged_as = saying::is(&cue, saying::JUDGES)
            && self.low(last + 1) == "by"
            && (last + 2..(last + 2 + JUDGED_AS_REACH).min(self.tokens.len()))
                .take_while(|idx| self.kind(*idx) == Some(TokenKind::Word))
                .any(|idx| self.low(idx) == "as");
        let passive_by = self.low(last + 1) == "by" && (judged_as || self.passive(verb, &cue));
        let no_judgement = saying::is(&cue, saying::JUDGES)
            && (self.tokens.get(last + 1).is_some_and(|next| {
                grammar::is_preposition(&next.text(self.text).to_lowercase()) && !passive_by
            }) || verb
                .checked_sub(1)
                .is_some_and(|prev| self.verb_before_judging(prev)));
        if demand
            || self.unjudged(&cue, last)
            || sentenced
            || judges_words
            || no_judgement
            || self.claims_lives(&cue, last)
            || self.negated(verb)
            || self.directive(&cue, last)
            || (comma_before && by_after && !judged_as)
            || (self.modifier_use(verb) && !judged_as && !self.gerund_after_preposition(&cue, verb))
            || self.sentential_which(verb)
        {
            return None;
        }
        // "The raid, blamed on the security forces, took place last week",
        // "a fire attributed to faulty wiring": a verb of blaming with "on"
        // or "to" right after it has no object of its own, so it is a
        // passive participle; with no agent after "by" it has no holder,
        // and the thing blamed is none ("blamed on Monday" dates an active
        // verb).
        let blamed_on = saying::is(&cue, saying::ACCUSES)
            && ["on", "to"].contains(&self.low(last + 1))
            && !self.slice(last + 2, last + 2).is_some_and(|word| {
                words::is_weekday(word) || words::month(word).is_some()
            })
            // "poisoning that he blamed on the Kremlin": an object relative
            // has its subject before the verb, and speaks.
            && !verb
                .checked_sub(1)
                .is_some_and(|prev| is_pronoun(self.low(prev)))
            && !(verb.saturating_sub(6)..verb)
                .any(|idx| ["that", "which", "whom"].contains(&self.low(idx)));
        if blamed_on && !self.passive(verb, &cue) {
            let (first, end) = self.agent_after(last + 1, true)?;
            return Some(Attribution {
                speaker: self.slice(first, end)?.to_string(),
                cue,
                ..Attribution::default()
            });
        }
        // "Erdogan blamed for the devastation by opposition", "was blamed
        // by Western countries on Russia": the one blamed is no speaker; the
        // agent after "by", if any, is.
        if judged_as || self.passive(verb, &cue) {
            let (first, end) = self.agent_after(last + 1, saying::is(&cue, saying::ACCUSES))?;
            // "… was reported by state media, which cited the prison
            // service": the prison service <- state media.
            if let Some((cited, cited_end)) = self.cited_after(end) {
                return Some(Attribution {
                    speaker: self.slice(cited, cited_end)?.to_string(),
                    cue,
                    reported_by: Some(self.slice(first, end)?.to_string()),
                    ..Attribution::default()
                });
            }
            return Some(Attribution {
                speaker: self.slice(first, end)?.to_string(),
                cue,
                ..Attribution::default()
            });
        }
        // "The agency cited documents that said …": documents ← agency.
        if ["cited", "cites", "quoted", "quotes"].contains(&cue.as_str()) {
            // "Lusa, which cites witnesses on the ground, says …": a
            // relative clause's citing names the holder of its main
            // clause's words (`cited_after`), no report of its own.
            let relative = verb.checked_sub(2).is_some_and(|comma| {
                self.is_symbol(comma, &[","]) && ["which", "who"].contains(&self.low(comma + 1))
            });
            // Its closing comma, then the main clause's verb.
            let closed = (last + 1..self.tokens.len().min(last + 12))
                .find(|idx| self.is_symbol(*idx, &[","]))
                .is_some_and(|comma| {
                    self.kind(comma + 1) == Some(TokenKind::Word)
                        && self
                            .slice(comma + 1, comma + 1)
                            .is_some_and(|word| word.starts_with(char::is_lowercase))
                });
            if relative && closed && self.cited_after(verb.saturating_sub(3)).is_some() {
                return None;
            }
            if let Some(found) = self.cited(verb, last, &cue) {
                return Some(found);
            }
        }
        if saying::is(&cue, saying::PARTICIPLE) {
            // "…, saying …", "went further by conceding that …".
            // "… by conceding that …", "… after saying that …": a
            // preposition or subordinator before the participle.
            let by_before = verb.checked_sub(1).is_some_and(|prev| {
                self.tokens.get(prev).is_some_and(|token| {
                    ["by", "after", "before", "while", "when", "without"]
                        .contains(&token.text(self.text))
                })
            });
            // "…, adding to the confusion": a contribution, not speech.
            let adding_to = cue == "adding"
                && self
                    .tokens
                    .get(last + 1)
                    .is_some_and(|next| next.text(self.text) == "to");
            // "critics are blaming poor construction": a progressive's
            // subject speaks.
            let progressive = verb.checked_sub(1).is_some_and(|prev| {
                self.tokens.get(prev).is_some_and(|token| {
                    ["is", "are", "was", "were"].contains(&token.text(self.text))
                })
            });
            if progressive && !adding_to {
                let accusing = ["blaming", "accusing", "alleging"].contains(&cue.as_str());
                let (first, end, _) = self.subject_of(verb - 1, accusing)?;
                // "people across Turkey": a place after a common noun is no speaker.
                let capital = |idx: usize| {
                    self.slice(idx, idx)
                        .is_some_and(|word| word.starts_with(char::is_uppercase))
                };
                if capital(end) && !capital(first) {
                    return None;
                }
                return Some(Attribution {
                    speaker: self.slice(first, end)?.to_string(),
                    cue,
                    ..Attribution::default()
                });
            }
            // "despite Moscow previously stating that …", "with Hezbollah
            // earlier saying …": a gerund with a subject of its own after
            // a preposition; the name between them speaks.
            if let Some((first, end)) = self.gerund_subject(verb) {
                return Some(Attribution {
                    speaker: self.slice(first, end)?.to_string(),
                    cue,
                    direct: false,
                    ..Attribution::default()
                });
            }
            if (!comma_before && !by_before) || adding_to {
                return None;
            }
            let (first, end) = self.clause_subject(verb.checked_sub(1)?)?;
            return Some(Attribution {
                speaker: self.slice(first, end)?.to_string(),
                cue,
                direct: false,
                ..Attribution::default()
            });
        }
        // "…, blames NATO": an accusing verb's object follows it, never its speaker.
        let inverts = !SUBJECT_ONLY.contains(&cue.as_str());
        // "…, Kavalec, chief of the mission, said Tuesday": a day or a
        // month right after the verb dates it; the speaker stands before.
        let dated = self.tokens.get(last + 1).is_some_and(|after| {
            let word = after.text(self.text);
            words::is_weekday(word) || words::month(word).is_some()
        });
        // "…, reported on Sunday the Ministry of Defense": a time adjunct
        // between the verb and its speaker. A verb that ends the sentence
        // ("…, AP evidence suggests") has its speaker before it.
        let inverted_at = self.time_after(last + 1).unwrap_or(last);
        let after = self.tokens.get(inverted_at + 1);
        // "…, 40 bodies were found – said Musa.": a spaced dash before a
        // closing verb of saying credits as a comma does.
        let dash_before = verb
            .checked_sub(1)
            .is_some_and(|idx| self.is_symbol(idx, &["–", "—"]));
        let credit_before = quote_before || comma_before || dash_before;
        if let (true, Some(after)) = (inverts && !dated && credit_before, after) {
            let last = inverted_at;
            let word = after.text(self.text);
            // "…,” said the ministry.", "…,” said one of the men on the
            // recording": after a quotation, a determiner opens the speaker.
            let determiner = grammar::is_determiner(&word.to_lowercase());
            let named = after.kind == TokenKind::Word
                && (word.starts_with(char::is_uppercase)
                    || self.titled_name_after(last + 1)
                    || (quote_before && (is_pronoun(word) || determiner))
                    || (determiner && self.capital_after(last + 1))
                    // "…, said the fire chief.", "…, says acting mayor": a
                    // phrase headed by a speaker noun or a title that closes
                    // the sentence (checked below).
                    || ((determiner || word.starts_with(char::is_lowercase))
                        && !is_pronoun(word)));
            // "…, said Peskov." — but not "X, a former officer, said Russia sold …".
            let closes = |end: usize| {
                self.tokens
                    .get(end + 1)
                    .is_none_or(|next| next.kind == TokenKind::Symbol)
            };
            // A name, not a clause: every word capitalised but for connectors.
            let is_name = |first: usize, end: usize| {
                (first..=end).all(|idx| {
                    self.tokens.get(idx).is_some_and(|token| {
                        let text = token.text(self.text);
                        token.kind != TokenKind::Word
                            || text.starts_with(char::is_uppercase)
                            || ["of", "the", "and", "for", "de", "al"].contains(&text)
                            || self.titled_name_after(idx)
                            // "Lyon's police chief Marie Dubois": a
                            // possessive's "s", with its head after it.
                            || (text == "s"
                                && idx > first
                                && idx < end
                                && self.is_symbol(idx - 1, &["’", "'"]))
                    })
                })
            };
            // "…, claimed the Ukrainian side.", "…, said the fire chief.",
            // "…, says acting mayor": a definite or bare phrase of lower-case
            // words headed by a speaker noun or a title that closes the
            // sentence.
            let definite_speaker = |first: usize, end: usize| {
                let head = self.low(end);
                let bare = (first..=end).all(|idx| {
                    self.tokens.get(idx).is_some_and(|token| {
                        token.kind == TokenKind::Word
                            && token.text(self.text).starts_with(char::is_lowercase)
                    })
                });
                // "…, warns UN aid chief", "…, says Kremlin spokesman": a
                // name or acronym that only modifies lower-case words
                // headed by a title.
                let modified = end > first
                    && self.capital_word(first)
                    && (first + 1..=end).all(|idx| {
                        self.tokens.get(idx).is_some_and(|token| {
                            token.kind == TokenKind::Word
                                && token.text(self.text).starts_with(char::is_lowercase)
                        })
                    });
                (self.low(first) == "the" || bare || modified)
                    && (is_speaker_noun(head) || ((bare || modified) && super::is_title_word(head)))
            };
            // "…,” said Moore to FOX 5.", "…,” said the NGO in a statement
            // posted on X.": after a quotation, a phrase of whom it was
            // said to, where or when follows the speaker.
            // "…, reported the Herald on Monday.": after a comma, a time
            // that closes the sentence.
            let adjunct = |at: usize| {
                (quote_before
                    && ["to", "in", "on", "at", "during", "after", "from"].contains(&self.low(at)))
                    || self.time_after(at).is_some_and(|time| {
                        closes(time) || self.is_symbol(time, &[","]) && closes(time + 1)
                    })
            };
            let after_speaker = self
                .speaker_after(last + 1)
                .map(|(first, end)| {
                    let cut = (first + 1..=end).find(|idx| adjunct(*idx));
                    (first, cut.map_or(end, |cut| cut - 1))
                })
                .filter(|(first, end)| {
                    let unnamed =
                        quote_before && is_unnamed(self.slice(*first, *end).unwrap_or(""));
                    unnamed
                        || ((closes(*end) || adjunct(*end + 1))
                            && (is_name(*first, *end) || definite_speaker(*first, *end)))
                });
            if let (true, Some((first, end))) = (named, after_speaker) {
                let speaker = self.slice(first, end)?.to_string();
                return Some(Attribution {
                    reported_by: self.reporter_after(end + 1),
                    speaker,
                    cue,
                    direct: quote_before,
                    ..Attribution::default()
                });
            }
        }
        // A verb of counting speaks with a count or a "that" clause only
        // ("a car registered in Poland", "an official estimate." report
        // nothing).
        if COUNTING_VERBS.contains(&cue.as_str()) && !self.counted_by_speaker(&cue, verb, last) {
            return None;
        }
        // "The report estimated the toll was lower": a document does
        // nothing but report.
        if is_weak_verb(cue.as_str())
            && !self.reports(verb, last)
            && !self.document_subject(verb)
            && !self.conveyed_by_speaker(&cue, verb, last)
            && !self.inquiry_finds(&cue, verb)
            && !self.declares_outcome(&cue, last)
            && !COUNTING_VERBS.contains(&cue.as_str())
        {
            return None;
        }
        // "The Pentagon dismissed reports that …", "Gray Zone questioned the
        // authorities' version that …": a verb of rejecting speaks only of
        // words ("the court dismissed the case", "police questioned the
        // driver" do not).
        if REJECTING_VERBS.contains(&cue.as_str()) && !self.rejects_words(last) {
            return None;
        }
        // "Opposition leader X slammed the government for negligence": a
        // verb that also names a blow criticises only with its object and a
        // ground after it ("The truck slammed into a wall", "Waves slammed
        // the coast on Monday" report nothing).
        if BLOW_VERBS.contains(&cue.as_str()) && !self.criticism_ground(last) {
            return None;
        }
        // "Architects view the collapse as a symbol of …": a judgement, only
        // with its "as" (not "rescuers view the site").
        if ["view", "views"].contains(&cue.as_str()) && !self.as_after(last) {
            return None;
        }
        // "AFAD put the magnitude at 7.4": an estimate, only with "at" a figure.
        if cue == "put" && !self.at_figure(last) {
            return None;
        }
        // "Erdogan visited Kahramanmaras, …, and said …": the sentence's
        // subject. "He declined to discuss the motive, but said …", "… gave
        // a figure of 320, but later said …": a verb joined by "but", or
        // after one adverb, shares it too.
        let adverb = verb.checked_sub(1).is_some_and(|prev| {
            let low = self.low(prev);
            ["later", "also", "then", "earlier", "again", "subsequently"].contains(&low)
        });
        let conjunction = verb
            .checked_sub(1 + usize::from(adverb))
            .filter(|conj| ["and", "but"].contains(&self.low(*conj)));
        if let Some(conj) = conjunction {
            let (first, end) = self.clause_subject(conj)?;
            return Some(Attribution {
                speaker: self.slice(first, end)?.to_string(),
                cue,
                ..Attribution::default()
            });
        }
        let accusing = ["blame", "accuse", "allege"].contains(&cue.as_str());
        let (first, end, appositive) = self
            .np_subject(verb)
            .filter(|(first, end, _)| self.np_speaks(*first, *end, verb))
            .or_else(|| self.subject_of(verb, accusing))?;
        // "Rafiq Khan, the family's driver also blamed …": an apposition
        // whose closing comma is left out still describes the name that
        // opens the sentence, and the name speaks.
        let (first, end, appositive) = match appositive {
            None => self
                .unclosed_apposition(first)
                .map_or((first, end, None), |name_end| {
                    (0, name_end, Some((first, end)))
                }),
            Some(_) => (first, end, appositive),
        };
        // "Amnesty interviewed victims and witnesses who reported …": the
        // people a verb of contacting names, whose relative clause holds
        // the verb of saying, speak; its subject reports them.
        let (first, interviewer) = match self.interviewed(first, end, verb) {
            Some((people, reporter)) => (people, Some(reporter)),
            // "witnesses interviewed by Amnesty say …": the people the
            // reduced passive describes speak; its agent reports them.
            None => match self.interviewed_by(first) {
                Some(people) => (people, self.slice(first, end).map(str::to_string)),
                None => (first, None),
            },
        };
        // "The election saw both Doe and his rival claim victory": the
        // object of a verb of witnessing is the subject of the bare verb of
        // saying after it.
        let bare = !cue.ends_with("ed") && !cue.ends_with('s') && !cue.contains(' ');
        let first = (first + 1..end)
            .rev()
            .find(|idx| bare && WITNESSING.contains(&self.low(*idx)))
            .map_or(first, |saw| saw + 1);
        // "in what Russia says was …": "what" opens the free relative
        // clause; it is no part of its speaker.
        // "… and halt what they describe as …": so is what comes before it.
        let first = (first..end)
            .rev()
            .find(|idx| self.low(*idx) == "what")
            .map_or(first, |what| what + 1);
        // "a recording of a call he said the police intercepted": a subject
        // pronoun is never inside a noun phrase; it opens the clause of its
        // verb (a relative clause with its "that" left out), unless it is a
        // conjunct ("the minister and he said").
        let pronoun_opens = end > first
            && ["he", "she", "they", "we", "i"].contains(&self.low(end))
            && !["and", "or", ","].contains(&self.low(end - 1));
        let first = if pronoun_opens { end } else { first };
        // "… were hurt in the crush Weber said": after a preposition's
        // object, a name that follows a common noun with no comma between
        // is the subject of the verb of saying (its comma left out); "the
        // spokesman Peskov" keeps a title or speaker noun before the name.
        let object_of_preposition = first.checked_sub(1).is_some_and(|prev| {
            let word = self.low(prev);
            grammar::is_preposition(word) && word != "as"
        });
        let capital = |idx: usize| {
            self.tokens.get(idx).is_some_and(|token| {
                token.kind == TokenKind::Word
                    && token.text(self.text).starts_with(char::is_uppercase)
            })
        };
        let name_start = (first..=end)
            .rev()
            .take_while(|&idx| capital(idx))
            .last()
            .filter(|&start| {
                start > first
                    && self.tokens.get(start - 1).is_some_and(|token| {
                        let word = token.text(self.text);
                        // Not a possessive's "s" ("the Prime Minister’s Office").
                        token.kind == TokenKind::Word
                            && word.chars().count() > 2
                            && word.starts_with(char::is_lowercase)
                            && !grammar::is_determiner(word)
                            && !grammar::is_preposition(word)
                            && !["and", "or", "but", "nor"].contains(&word)
                            && !is_speaker_noun(word)
                            && !super::is_title_word(word)
                    })
            });
        let first = match name_start {
            Some(start) if object_of_preposition => start,
            _ => first,
        };
        let end = self.office_place_cut(first, end);
        let speaker = self.slice(first, end)?;
        // "No group has claimed responsibility", "Nobody denied it": a
        // negated quantifier names no one who holds anything.
        if no_one(speaker) || verified_record(speaker) {
            return None;
        }
        // "The SBU published a call in which a soldier claims …": the soldier
        // ← the SBU.
        let reported_by = self.publisher_before(first).or(interviewer);
        let speaker = mid_sentence(speaker, first);
        let (speaker, affiliation) = self.apposed(speaker, (first, end, appositive));
        // "Lusa, which cites witnesses on the ground, says …": the one the
        // subject's relative clause cites holds the words; the subject
        // reports them.
        let relative_cites =
            self.is_symbol(end + 1, &[","]) && ["which", "who"].contains(&self.low(end + 2));
        // What is cited must be able to speak ("witnesses", "Reuters"), not
        // a reason ("which cited weak demand") or nobody ("no source").
        let can_speak = |(cited, cited_end): &(usize, usize)| {
            self.slice(*cited, *cited_end).is_some_and(|phrase| {
                let mut words = phrase.split_whitespace();
                words
                    .next()
                    .is_some_and(|first| !first.eq_ignore_ascii_case("no"))
                    && phrase
                        .split_whitespace()
                        .any(|word| word.starts_with(char::is_uppercase) || is_speaker_noun(word))
            })
        };
        if let Some((cited, cited_end)) = self
            .cited_after(end)
            .filter(|_| relative_cites && reported_by.is_none())
            .filter(can_speak)
        {
            return Some(Attribution {
                speaker: self.slice(cited, cited_end)?.to_string(),
                cue,
                reported_by: Some(speaker),
                ..Attribution::default()
            });
        }
        let quote_near = first
            .checked_sub(1)
            .is_some_and(|idx| self.is_symbol(idx, &["”", "\""]))
            || first.checked_sub(2).is_some_and(|idx| {
                self.is_symbol(idx, &["”", "\""]) && self.is_symbol(idx + 1, &[","])
            })
            || (last + 1..=last + 2).any(|idx| self.is_symbol(idx, &["“", "\""]));
        // "Aftenposten wrote on Monday, citing union leaders, that …": an
        // outlet's verb of reporting with "citing" right after it (and its
        // time) names the innermost holder (the convention's limit 5); the
        // outlet relays. One who "said, citing" survivors says it on their
        // word; a denier's "citing" gives its grounds.
        if let Some((cited, cited_end)) = saying::is(&cue, saying::RELAYS)
            .then(|| self.cited_after(self.time_after(last + 1).unwrap_or(last)))
            .flatten()
            .filter(|_| reported_by.is_none())
        {
            return Some(Attribution {
                speaker: self.slice(cited, cited_end)?.to_string(),
                cue,
                reported_by: Some(speaker),
                ..Attribution::default()
            });
        }
        Some(Attribution {
            speaker,
            cue,
            direct: quote_near,
            affiliation,
            reported_by,
            ..Attribution::default()
        })
    }

    /// A subject's speaker and affiliation, with what its appositive
    /// names: "the spokesman of the HUR intelligence service, Andriy Yusov,"
    /// is Andriy Yusov of that title; `speaker` is the subject as written.
    fn apposed(
        &self,
        speaker: String,
        (first, end, appositive): Subject,
    ) -> (String, Option<String>) {
        let affiliation = appositive
            .and_then(|(from, to)| self.slice(from, to))
            .map(str::to_string);
        // "the spokesman of the HUR intelligence service, Andriy Yusov,
        // said": the person named in apposition to a title speaks; the
        // title is the affiliation.
        let (speaker, affiliation) = match affiliation {
            Some(name) if is_title_phrase(&speaker) && is_personal_name(&name) => {
                (name, Some(speaker))
            }
            // "Ruritania's main opposition candidate, Jane Roe, has accused
            // …", "his main opponent, Jane Roe, also claimed …": the person
            // named in apposition to a description of one person speaks.
            Some(name) if describes_one(&speaker) && is_personal_name(&name) => {
                (name, Some(speaker))
            }
            // "Rights group, Freedom Watch, says": the body named in
            // apposition to a bare kind of group speaks.
            Some(name) if bare_group_kind(&speaker) && names_group(&name) => (name, Some(speaker)),
            // "The rebel movement, the Permanent Strategic Framework (CSP-PSD),
            // said": the body named in apposition to a description speaks.
            Some(name)
                if (is_description(&speaker) || bare_description(&speaker, first))
                    && names_body(&name) =>
            {
                // Its name as written, without the acronym after it.
                let bare = match name.rsplit_once(" (") {
                    Some((bare, acronym)) if acronym.ends_with(')') => bare.to_string(),
                    _ => name,
                };
                (bare, Some(speaker))
            }
            other => (speaker, other),
        };
        // "Vasily Nebenzya, the Russian Federation's Permanent
        // Representative to the UN, said": the person named before a title
        // in apposition speaks; the title is the affiliation.
        let (speaker, affiliation) = match self.name_before_apposition(first, end) {
            Some(name) if affiliation.is_none() && is_title_phrase(&speaker) => {
                (name.to_string(), Some(speaker))
            }
            _ => (speaker, affiliation),
        };
        (speaker, affiliation)
    }

    /// The person's name that tokens `first..=end` (a title set off by
    /// commas) stand in apposition to: two to four capitalised words before
    /// the comma at `first - 1`, opening the sentence or after a comma.
    fn name_before_apposition(&self, first: usize, end: usize) -> Option<&'a str> {
        let comma = first.checked_sub(1)?;
        let closed = self.is_symbol(end + 1, &[","]) || self.appositive_dash(end + 1);
        if !self.is_symbol(comma, &[","]) || !closed {
            return None;
        }
        let last = comma.checked_sub(1)?;
        let capital = |idx: usize| {
            self.tokens.get(idx).is_some_and(|token| {
                token.kind == TokenKind::Word
                    && token.text(self.text).starts_with(char::is_uppercase)
            })
        };
        let mut start = last;
        while start > 0 && last - start < 4 && capital(start - 1) {
            start -= 1;
        }
        let opens = start == 0 || self.is_symbol(start - 1, &[","]);
        let name = self.slice(start, last)?;
        // "In Kherson, the regional governor, said": a capitalised
        // preposition or determiner opens a phrase, not a name.
        let function_word = name.split_whitespace().any(|word| {
            let low = word.to_lowercase();
            crate::text::grammar::is_preposition(&low)
                || crate::text::grammar::is_determiner(&low)
                || common_opener(word)
        });
        (capital(last) && opens && !function_word && is_personal_name(name)).then_some(name)
    }

    /// Whether the cue at token `verb` is a passive participle: after a
    /// form of "be" ("was blamed", "has been accused"), or an accusing verb
    /// followed at once by what it is for ("Erdogan blamed for …").
    fn passive(&self, verb: usize, cue: &str) -> bool {
        if !cue.ends_with("ed") || cue.contains(' ') {
            return false;
        }
        let mut idx = verb;
        let before = loop {
            let Some(prev) = idx.checked_sub(1) else {
                break "";
            };
            let text = self
                .tokens
                .get(prev)
                .map_or("", |token| token.text(self.text));
            let adverb = text.len() > 4 && text.ends_with("ly")
                || [
                    "also", "not", "widely", "later", "earlier", "already", "first",
                ]
                .contains(&text);
            if !adverb {
                break text;
            }
            idx = prev;
        };
        // "As previously stated by the prime minister, …": "as" with a
        // participle is a passive clause too.
        let be = ["was", "were", "is", "are", "been", "being", "be", "as"]
            .iter()
            .any(|form| form.eq_ignore_ascii_case(before));
        let accusing = ["blamed", "accused", "charged"].contains(&cue);
        // "The fire, attributed to a faulty cable, spread": what a cause is
        // put down to follows a reduced passive at once.
        let reduced = (accusing
            && self
                .tokens
                .get(verb + 1)
                .is_some_and(|next| ["for", "of", "over", "by"].contains(&next.text(self.text))))
            || (cue == "attributed" && self.low(verb + 1) == "to");
        be || reduced
    }

    /// The agent of a passive from token `from`: the words after the first
    /// "by" of its clause ("by Western countries on Russia" → "Western
    /// countries"); of a verb of accusing (`accusing`), without what the
    /// agent accuses of.
    fn agent_after(&self, from: usize, accusing: bool) -> Option<(usize, usize)> {
        let by = (from..self.tokens.len().min(from + 14))
            .take_while(|idx| {
                self.tokens.get(*idx).is_some_and(|token| {
                    let text = token.text(self.text);
                    !["that", ",", ";", ":", "“", "\"", "”"].contains(&text)
                })
            })
            .find(|idx| {
                self.tokens
                    .get(*idx)
                    .is_some_and(|token| token.text(self.text) == "by")
            })?;
        let next = self.tokens.get(by + 1)?;
        // "by saying …", "by 2025": no agent.
        let text = next.text(self.text);
        if next.kind != TokenKind::Word || text.ends_with("ing") {
            return None;
        }
        let (first, end) = self.speaker_after(by + 1)?;
        // "accused by an MP of 'disrespecting' the town", "blamed by
        // residents for the delays": what the agent accuses or blames is no
        // part of it ("by the Government of Ukraine" is one name).
        let cut = (first + 1..=end).filter(|_| accusing).find(|idx| {
            ["of", "for", "over"].contains(&self.low(*idx))
                && self.tokens.get(idx + 1).is_none_or(|after| {
                    let word = after.text(self.text);
                    after.kind != TokenKind::Word || !word.starts_with(char::is_uppercase)
                })
        });
        // "identified by the air force as a cruise missile": what the agent
        // judges it to be is no part of it.
        let cut = cut.or_else(|| (first + 1..=end).find(|idx| self.low(*idx) == "as"));
        match cut {
            Some(cut) => Some((first, cut - 1)),
            None => Some((first, end)),
        }
    }

    /// The comma or dash that opens an apposition holding a list, when the
    /// comma at `comma` is one of the list's: the nearest comma or dash
    /// before, within `RELATIVE_REACH` tokens, that is followed by "a" or
    /// "an" and a description with a relative or "including" before
    /// `comma` ("—a coalition that includes the rebels, armed groups, and
    /// parties—").
    fn list_apposition_open(&self, comma: usize) -> Option<usize> {
        if matches!(self.low(comma + 1), "a" | "an") {
            return None;
        }
        let opener = |idx: usize| {
            (self.is_symbol(idx, &[","]) || self.appositive_dash(idx))
                && matches!(self.low(idx + 1), "a" | "an")
        };
        let open = (comma.saturating_sub(RELATIVE_REACH)..comma)
            .rev()
            .find(|idx| opener(*idx))?;
        let described = (open + 2..comma).any(|idx| {
            matches!(
                self.low(idx),
                "that" | "which" | "who" | "including" | "includes" | "include"
            )
        });
        described.then_some(open)
    }

    /// Whether the token at `idx` is a dash that sets off a phrase (" — ",
    /// "Hezbollah- an ally"), not a hyphen inside a word ("Russian-backed").
    fn appositive_dash(&self, idx: usize) -> bool {
        // "the Freedom Alliance—a coalition …—denied": an em dash set
        // close before a lower-case word sets off a phrase too.
        let close_em_dash = self.is_symbol(idx, &["—"])
            && self.tokens.get(idx + 1).is_some_and(|next| {
                next.kind == TokenKind::Word && next.text(self.text).starts_with(char::is_lowercase)
            });
        self.is_symbol(idx, &["—", "–", "-"])
            && (close_em_dash || self.tokens.get(idx + 1).is_some_and(|next| !next.glued))
            && (self.is_symbol(idx, &["—", "–"])
                || self.tokens.get(idx).is_some_and(|dash| !dash.glued)
                || self.tokens.get(idx + 1).is_some_and(|next| {
                    next.kind == TokenKind::Word
                        && next.text(self.text).starts_with(char::is_lowercase)
                }))
    }

    /// The noun phrase that the agent ending at token `end` cites or quotes
    /// in a clause right after it ("state media, which further cited the
    /// prison service of the region", "Interfax, citing the ministry").
    fn cited_after(&self, end: usize) -> Option<(usize, usize)> {
        let mut idx = end + 1;
        if self.is_symbol(idx, &[","]) {
            idx += 1;
        }
        if ["which", "who"].contains(&self.low(idx)) {
            idx += 1;
            while ["further", "also", "then", "in", "turn"].contains(&self.low(idx))
                || self.low(idx).ends_with("ly")
            {
                idx += 1;
            }
            if !["cited", "cites", "quoted", "quotes"].contains(&self.low(idx)) {
                return None;
            }
        } else if self.low(idx) != "citing" {
            return None;
        }
        let first = idx + 1;
        let last = self.np_end(first, self.tokens.len())?;
        // "citing the state's interior minister, John Keller.": the person
        // named in apposition to a title is the one cited.
        if let Some(name) = self
            .closing_apposition_span(last)
            .filter(|_| self.slice(first, last).is_some_and(is_title_phrase))
        {
            return Some(name);
        }
        Some((first, last))
    }

    /// A person who opens the sentence as its subject and whose words it
    /// quotes in a short fragment, with no verb of saying: "Turkish President
    /// Recep Tayyip Erdoğan on Wednesday linked deaths … to “destiny’s plan,”
    /// …" (a mixed quotation). A fragment of at most eight words, after the
    /// subject; a place, an institution or a group is no such subject.
    fn quoting_subject(&self, quoted: &[Range<usize>]) -> Option<Attribution> {
        let mut end = None;
        for (idx, token) in self.tokens.iter().enumerate().take(6) {
            let capital = token.kind == TokenKind::Word
                && token.text(self.text).starts_with(char::is_uppercase);
            if !capital {
                break;
            }
            end = Some(idx);
        }
        let end = end?;
        let next = self.tokens.get(end + 1)?;
        if next.kind != TokenKind::Word || !next.text(self.text).starts_with(char::is_lowercase) {
            return None;
        }
        let speaker = self.slice(0, end)?;
        // A full name ("Recep Tayyip Erdoğan"), not a lone word ("The",
        // "Ukraine", "Rescuers") nor a determiner's phrase ("The Russian
        // occupiers").
        let opener = self.tokens.first()?.text(self.text);
        if grammar::is_determiner(&opener.to_lowercase()) {
            return None;
        }
        let name = super::person(speaker)?;
        if !name.contains(' ') {
            return None;
        }
        let after = self.tokens.get(end)?.end;
        let fragment = quoted.iter().any(|region| {
            region.start > after
                && self
                    .text
                    .get(region.clone())
                    .is_some_and(|words| (1..=8).contains(&words.split_whitespace().count()))
        });
        fragment.then(|| Attribution {
            speaker: speaker.to_string(),
            cue: "quoted".to_string(),
            ..Attribution::default()
        })
    }

    /// "The SBU received new evidence indicating that …", "Investigators
    /// have obtained data showing …": who holds the evidence of what
    /// follows speaks, the subject of a verb of obtaining or having.
    fn evidence_holder(&self) -> Option<Attribution> {
        const HOLDING: &[&str] = &[
            "received",
            "obtained",
            "gathered",
            "collected",
            "has",
            "have",
            "had",
            "found",
            "uncovered",
        ];
        const EVIDENCE: &[&str] = &["evidence", "information", "data", "intelligence", "proof"];
        const SHOWING: &[&str] = &["indicating", "showing", "suggesting", "proving", "that"];
        (0..self.tokens.len()).find_map(|verb| {
            if !HOLDING.contains(&self.low(verb)) {
                return None;
            }
            let noun = (verb + 1..self.tokens.len().min(verb + 4))
                .find(|idx| EVIDENCE.contains(&self.low(*idx)))?;
            let between_ok = (verb + 1..noun).all(|idx| {
                self.tokens.get(idx).is_some_and(|token| {
                    token.kind == TokenKind::Word
                        && token.text(self.text).starts_with(char::is_lowercase)
                })
            });
            if !between_ok || !SHOWING.contains(&self.low(noun + 1)) {
                return None;
            }
            let (first, end, _) = self
                .np_subject(verb)
                .filter(|(first, end, _)| self.np_speaks(*first, *end, verb))
                .or_else(|| self.subject_before(verb))?;
            let speaker = self.slice(first, end)?;
            let speaker = mid_sentence(speaker, first);
            Some(Attribution {
                speaker,
                cue: self.slice(verb, noun)?.to_lowercase(),
                ..Attribution::default()
            })
        })
    }

    /// The subject of the verb at token `verb`, or, when the verb follows
    /// "and"/"but" in a coordination of verb phrases ("X declined to
    /// confirm it but reiterated …"), the subject that opens the sentence
    /// before the first of them.
    fn shared_subject(&self, verb: usize) -> Option<Subject> {
        if !["and", "but"].contains(&self.low(verb.checked_sub(1)?)) {
            return self.subject_before(verb);
        }
        (1..verb - 1).find_map(|first_verb| {
            // The first verb: a word in the past tense ("declined",
            // "refused") after its subject.
            let token = self.tokens.get(first_verb)?;
            let text = token.text(self.text);
            if token.kind != TokenKind::Word
                || !text.starts_with(char::is_lowercase)
                || !text.ends_with("ed")
            {
                return None;
            }
            self.subject_before(first_verb)
                .filter(|(from, _, _)| *from == 0)
        })
    }

    /// "the soldier's assertion that …", "Russia's claim that …": the
    /// possessor of a noun of saying followed by "that" speaks.
    fn possessed_claim(&self) -> Option<Attribution> {
        (3..self.tokens.len()).find_map(|noun| {
            let word = |idx: usize| {
                self.tokens
                    .get(idx)
                    .map_or("", |token| token.text(self.text))
            };
            let said = CLAIM_NOUNS.contains(&self.low(noun))
                && word(noun + 1) == "that"
                && word(noun - 1) == "s"
                && self.is_symbol(noun - 2, &["’", "'"]);
            if !said {
                return None;
            }
            let end = noun - 3;
            let mut first = end + 1;
            // The head, then capitalised words and determiners before it:
            // not the verb of the clause ("Analysts doubted Russia's").
            while let Some(prev) = first.checked_sub(1) {
                let text = word(prev);
                let part = prev == end
                    || text.starts_with(char::is_uppercase)
                    || ["the", "a", "an"].contains(&text)
                    || self
                        .tokens
                        .get(prev)
                        .is_some_and(|token| token.kind == TokenKind::Symbol);
                if end + 1 - prev > MAX_SPEAKER || !part || !self.in_noun_phrase(prev) {
                    break;
                }
                first = prev;
            }
            let head = self.tokens.get(end)?;
            let valid = first <= end
                && head.kind == TokenKind::Word
                && (head.text(self.text).starts_with(char::is_uppercase)
                    || is_speaker_noun(head.text(self.text))
                    || PERSON_HEADS.contains(&head.text(self.text)));
            if !valid {
                return None;
            }
            // "… but reiterated Islamabad's claims that …": one who repeats
            // or echoes a claim makes it their own; the verb's subject
            // speaks.
            let repeated = first
                .checked_sub(1)
                .filter(|verb| REPEATING_VERBS.contains(&self.low(*verb)))
                .and_then(|verb| Some((verb, self.shared_subject(verb)?)));
            if let Some((verb, subject)) = repeated {
                let (from, to, _) = subject;
                let speaker = mid_sentence(self.slice(from, to)?, from);
                let (speaker, affiliation) = self.apposed(speaker, subject);
                return Some(Attribution {
                    speaker,
                    affiliation,
                    cue: self.low(verb).to_string(),
                    ..Attribution::default()
                });
            }
            let speaker = self.slice(first, end)?;
            let speaker = mid_sentence(speaker, first);
            Some(Attribution {
                speaker,
                cue: format!("{} that", word(noun).to_lowercase()),
                ..Attribution::default()
            })
        })
    }

    /// The name that possesses what follows it, opening at token `first`:
    /// one to four capitalised words, then "'s" ("Khan's", "Andry
    /// Rajoelina’s"): its first and last tokens.
    fn name_possessor(&self, first: usize) -> Option<(usize, usize)> {
        let capital = |idx: usize| {
            self.tokens.get(idx).is_some_and(|token| {
                token.kind == TokenKind::Word
                    && token.text(self.text).starts_with(char::is_uppercase)
            })
        };
        let end = (first..first + 4).take_while(|idx| capital(*idx)).last()?;
        (self.is_symbol(end + 1, &["’", "'"]) && self.low(end + 2) == "s").then_some((first, end))
    }

    /// "Russia made a statement that …", "he issued a tirade that …", "the
    /// firm issued a statement clarifying that …": the subject of a light
    /// verb whose object is a noun of saying followed by "that" or a
    /// participle of saying speaks, as the subject of the verb of saying would.
    fn statement_made(&self) -> Option<Attribution> {
        const LIGHT_VERBS: &[&str] = &[
            "made",
            "makes",
            "make",
            "issued",
            "issues",
            "issue",
            "released",
            "delivered",
            "gave",
            "given",
        ];
        const STATEMENT_NOUNS: &[&str] = &[
            "statement",
            "announcement",
            "tirade",
            "speech",
            "assurance",
            "pledge",
            "declaration",
        ];
        let word = |idx: usize| self.low(idx);
        (1..self.tokens.len()).find_map(|verb| {
            if !LIGHT_VERBS.contains(&word(verb)) {
                return None;
            }
            let determiner = ["a", "an", "the", "its", "his", "her", "their"];
            // "released Khan's statement calling …": the one whose
            // statement it is speaks, not the one who releases it.
            let possessor = (!determiner.contains(&word(verb + 1)))
                .then(|| self.name_possessor(verb + 1))
                .flatten();
            if possessor.is_none() && !determiner.contains(&word(verb + 1)) {
                return None;
            }
            let opens = possessor.map_or(verb + 2, |(_, end)| end + 3);
            // Up to two modifiers, then the noun and "that".
            let noun = (opens..opens + 3).find(|idx| {
                let noun = word(*idx);
                STATEMENT_NOUNS.contains(&noun)
                    || CLAIM_NOUNS.contains(&noun)
                    || WARNING_NOUNS.contains(&noun)
                    || COUNT_NOUNS.contains(&noun)
            })?;
            let plain = (opens..noun).all(|idx| {
                self.tokens.get(idx).is_some_and(|token| {
                    token.kind == TokenKind::Word
                        && token.text(self.text).starts_with(char::is_lowercase)
                })
            });
            // "issued a statement clarifying that …", "… confirming 3
            // deaths", "… calling the vote a fraud": a participle of saying
            // after the noun says it too.
            let said = word(noun + 1) == "that"
                || saying::is(word(noun + 1), saying::PARTICIPLE)
                || saying::is(word(noun + 1), saying::OPENS_CLAUSE)
                || self.warned_or_counted(noun);
            if !plain || !said {
                return None;
            }
            if let Some((first, end)) = possessor {
                let speaker = self.slice(first, end)?;
                return Some(Attribution {
                    speaker: speaker.to_string(),
                    cue: format!("{} a {}", word(verb), word(noun)),
                    ..Attribution::default()
                });
            }
            let (first, end, _) = self.subject_before(verb)?;
            let speaker = self.slice(first, end)?;
            let speaker = mid_sentence(speaker, first);
            Some(Attribution {
                speaker,
                cue: format!("{} a {}", word(verb), word(noun)),
                ..Attribution::default()
            })
        })
    }

    /// "Channel 4 Verify analysed new videos showing soldiers beating
    /// detainees": the subject of a verb of examining whose object is a
    /// record followed by "showing" (or "that show") holds what the record
    /// shows, as a maker of evidence does.
    fn examined_record(&self) -> Option<Attribution> {
        const EXAMINING: &[&str] = &[
            "analysed",
            "analyzed",
            "examined",
            "reviewed",
            "verified",
            "geolocated",
        ];
        (1..self.tokens.len()).find_map(|verb| {
            if !EXAMINING.contains(&self.low(verb)) {
                return None;
            }
            let record = (verb + 1..verb + 5).find(|idx| is_record(self.low(*idx)))?;
            let plain = (verb + 1..record).all(|idx| {
                self.tokens.get(idx).is_some_and(|token| {
                    token.kind == TokenKind::Word
                        && token.text(self.text).starts_with(char::is_lowercase)
                })
            });
            let shows = self.low(record + 1) == "showing"
                || (["that", "which"].contains(&self.low(record + 1))
                    && ["show", "shows", "showed"].contains(&self.low(record + 2)));
            if !plain || !shows {
                return None;
            }
            let (first, end, _) = self.subject_before(verb)?;
            // "Channel 4 Verify": a number inside a name is part of it.
            let first = match first.checked_sub(2) {
                Some(name)
                    if self.kind(name + 1) == Some(TokenKind::Number)
                        && self.capital_word(name) =>
                {
                    name
                }
                _ => first,
            };
            let speaker = mid_sentence(self.slice(first, end)?, first);
            Some(Attribution {
                speaker,
                cue: self.low(verb).to_string(),
                ..Attribution::default()
            })
        })
    }

    /// "…, whom the report accused of working with militias": the subject
    /// of a verb of accusing inside a relative clause opened by "whom"
    /// holds the accusation (the one accused is what "whom" refers to).
    /// The subject is a determiner's phrase or a capitalised name of up to
    /// four words.
    fn accuser_after_whom(&self) -> Option<Attribution> {
        (0..self.tokens.len()).find_map(|whom| {
            if self.low(whom) != "whom" {
                return None;
            }
            let first = whom + 1;
            let verb = (first + 1..first + 5).find(|idx| {
                (saying::is(self.low(*idx), saying::ACCUSES)
                    || ["alleged", "alleges", "suspected", "suspects", "suspect"]
                        .contains(&self.low(*idx)))
                    && self.tokens.get(*idx).is_some_and(|token| {
                        token.kind == TokenKind::Word
                            && token.text(self.text).starts_with(char::is_lowercase)
                    })
            })?;
            let determined = grammar::is_determiner(self.low(first));
            let words = (first..verb).all(|idx| {
                self.tokens.get(idx).is_some_and(|token| {
                    token.kind == TokenKind::Word
                        && (determined || token.text(self.text).starts_with(char::is_uppercase))
                })
            });
            let of = ["of", "for"].contains(&self.low(verb + 1));
            // "The minister, whom the opposition accused of lying, said …":
            // a verb of saying outside the relative clause holds the
            // sentence.
            let end = (verb..self.tokens.len())
                .find(|idx| self.low(*idx) == ",")
                .unwrap_or(self.tokens.len());
            let outer_saying = (0..whom).chain(end..self.tokens.len()).any(|idx| {
                saying::is(self.low(idx), saying::CUE)
                    && self.tokens.get(idx).is_some_and(|token| {
                        token.kind == TokenKind::Word
                            && token.text(self.text).starts_with(char::is_lowercase)
                    })
            });
            if outer_saying || !(words && of && (determined || self.capital_word(first))) {
                return None;
            }
            Some(Attribution {
                speaker: self.slice(first, verb - 1)?.to_string(),
                cue: self.low(verb).to_string(),
                ..Attribution::default()
            })
        })
    }

    /// "Several rights groups have voiced concern over what they say is a
    /// campaign of forced removals": "they" of a free relative of saying
    /// stands for the phrase that opens the sentence as the subject of its
    /// verb (up to five words, then an auxiliary or a past tense), which
    /// holds what the relative says.
    fn free_relative_holder(&self) -> Option<Attribution> {
        let what = (0..self.tokens.len()).find(|idx| {
            self.low(*idx) == "what"
                && ["they", "it"].contains(&self.low(idx + 1))
                && saying::is(self.low(idx + 2), saying::CUE)
        })?;
        let verb = (1..6.min(what)).find(|idx| {
            let word = self.low(*idx);
            grammar::is_auxiliary(word) || (word.len() > 4 && word.ends_with("ed"))
        })?;
        let plain = (0..verb).all(|idx| {
            self.tokens.get(idx).is_some_and(|token| {
                let low = self.low(idx);
                token.kind == TokenKind::Word
                    && !grammar::is_preposition(low)
                    && !SUBORDINATORS.contains(&low)
                    && !is_pronoun(low)
            })
        });
        let head = self.low(verb - 1);
        let agrees = match self.low(what + 1) {
            "they" => head.ends_with('s') || is_speaker_noun(head),
            _ => !head.ends_with('s'),
        };
        // "Police said officers were attacked by what they called …": a
        // verb of saying before the relative holds the sentence; so does one
        // after it ("Residents escaped what they said was gunfire, police
        // said.").
        let saying_word = |idx: usize| {
            saying::is(self.low(idx), saying::CUE)
                && self.tokens.get(idx).is_some_and(|token| {
                    token.kind == TokenKind::Word
                        && token.text(self.text).starts_with(char::is_lowercase)
                })
        };
        let outer_saying = (0..what)
            .chain(what + 3..self.tokens.len())
            .any(saying_word);
        if !plain || !agrees || outer_saying {
            return None;
        }
        Some(Attribution {
            speaker: mid_sentence(self.slice(0, verb - 1)?, 0),
            cue: self.low(what + 2).to_string(),
            ..Attribution::default()
        })
    }

    /// Whether the noun at token `noun` is a warning with what it warns of
    /// ("issued a warning against building on riverbanks", "an appeal to
    /// residents") or a count with its number ("given a tally of 20
    /// deaths", "gave a figure of 1,200"): the one who issues or gives it
    /// says so, as the subject of "warned" or "put the toll at" would.
    fn warned_or_counted(&self, noun: usize) -> bool {
        let word = self.low(noun);
        if WARNING_NOUNS.contains(&word) {
            return ["against", "about", "over", "of", "to", "for", "on"]
                .contains(&self.low(noun + 1));
        }
        COUNT_NOUNS.contains(&word)
            && self.low(noun + 1) == "of"
            && self
                .tokens
                .get(noun + 2)
                .is_some_and(|token| token.kind == TokenKind::Number)
    }

    /// "X told residents not to be alarmed", "told them to leave": an
    /// instruction to someone, not a report of what the sentence says.
    fn directive(&self, cue: &str, last: usize) -> bool {
        if !["told", "tells", "tell"].contains(&cue) {
            return false;
        }
        // The one told: up to four words, none of them "that".
        (last + 1..self.tokens.len().min(last + 6))
            .map_while(|idx| {
                let token = self.tokens.get(idx)?;
                let text = token.text(self.text);
                (token.kind == TokenKind::Word && !text.eq_ignore_ascii_case("that"))
                    .then_some((idx, text))
            })
            .any(|(idx, text)| {
                // "told reporters during a visit to the site": "to" before a
                // determiner is a preposition, no infinitive.
                let infinitive = |at: usize| {
                    self.tokens
                        .get(at)
                        .is_some_and(|token| token.text(self.text) == "to")
                        && self.tokens.get(at + 1).is_some_and(|next| {
                            next.kind == TokenKind::Word
                                && next.text(self.text).starts_with(char::is_lowercase)
                                && !grammar::is_determiner(next.text(self.text))
                        })
                };
                idx > last + 1 && (infinitive(idx) || (text == "not" && infinitive(idx + 1)))
            })
    }

    /// Whether the cue `cue` at token `verb` is a participle of saying after
    /// a preposition or subordinator ("after saying that …", "by conceding
    /// that …"): a gerund whose subject is its clause's, no modifier.
    fn gerund_after_preposition(&self, cue: &str, verb: usize) -> bool {
        saying::is(cue, saying::PARTICIPLE)
            && verb.checked_sub(1).is_some_and(|prev| {
                ["by", "after", "before", "while", "when", "without"].contains(&self.low(prev))
            })
    }

    /// Whether the verb of judging or identifying `cue` ending at token
    /// `last` lacks the "as" that makes it a judgement: "rights groups
    /// qualify the attacks as war crimes", "identified by the air force as a
    /// cruise missile", "labelled the strike as a crime" speak; "qualified
    /// for the final", "qualified as a doctor", "identified three suspects"
    /// are deeds.
    fn unjudged(&self, cue: &str, last: usize) -> bool {
        const JUDGED_AS: &[&str] = &[
            "qualified",
            "qualifies",
            "qualify",
            "label",
            "labelled",
            "labeled",
            "labels",
            "identified",
            "identifies",
        ];
        if !JUDGED_AS.contains(&cue) {
            return false;
        }
        let as_at = (last + 1..self.tokens.len().min(last + 12))
            .take_while(|idx| !self.is_symbol(*idx, &[".", ",", ";", ":", "!", "?"]))
            .find(|idx| self.low(*idx) == "as");
        as_at.is_none_or(|at| at == last + 1)
    }

    /// Whether the cue `cue` ending at token `last` is "claim" taking a
    /// toll for its object ("the strike, which claimed the lives of 20
    /// people", "the floods have claimed 40 lives"): a death, not a claim.
    fn claims_lives(&self, cue: &str, last: usize) -> bool {
        if !cue.starts_with("claim") {
            return false;
        }
        (last + 1..self.tokens.len().min(last + 6))
            .map(|idx| self.low(idx))
            .find(|word| {
                ![
                    "the", "at", "least", "more", "than", "over", "about", "nearly", "some",
                    "almost", "another", "a", "further",
                ]
                .contains(word)
                    && !word.chars().all(|ch| ch.is_ascii_digit() || ch == ',')
                    && !words::is_number_part(word)
                    && words::vague_plural(word).is_none()
                    && !["of", "dozen", "score", "scores"].contains(word)
            })
            .is_some_and(|word| {
                ["lives", "life", "victims", "casualties", "fatalities"].contains(&word)
            })
    }

    /// Whether the cue at token `verb` is negated ("has not said whether",
    /// "did not confirm", "has not yet been revealed by"): no one says what
    /// a negated verb of saying would report.
    fn negated(&self, verb: usize) -> bool {
        let mut idx = verb;
        for _ in 0..3 {
            let Some(prev) = idx.checked_sub(1) else {
                return false;
            };
            let low = self.low(prev);
            if ["not", "never", "n't", "t"].contains(&low) {
                // "didn't": the tokenizer may keep "t" after an apostrophe.
                return low != "t"
                    || prev
                        .checked_sub(1)
                        .is_some_and(|at| self.is_symbol(at, &["’", "'"]));
            }
            if ![
                "yet",
                "been",
                "be",
                "ever",
                "publicly",
                "immediately",
                "officially",
            ]
            .contains(&low)
            {
                return false;
            }
            idx = prev;
        }
        false
    }

    /// "X cited documents that said …": the documents speak, reported by X.
    fn cited(&self, verb: usize, last: usize, cue: &str) -> Option<Attribution> {
        let (first, end) = self.speaker_after(last + 1)?;
        // "TASS quoted Rogov as saying …": Rogov's words ← TASS.
        let as_saying = (first + 1..=end + 1).find(|idx| {
            self.low(*idx) == "as"
                && ["saying", "stating", "telling", "writing"].contains(&self.low(idx + 1))
        });
        if let Some(as_at) = as_saying {
            let (from, to, _) = self.subject_before(verb)?;
            return Some(Attribution {
                speaker: self.slice(first, as_at - 1)?.to_string(),
                cue: cue.to_string(),
                reported_by: Some(self.slice(from, to)?.to_string()),
                ..Attribution::default()
            });
        }
        // "…, AFP quoted police sources.": a credit that closes the
        // sentence after what it credits; the ones quoted hold the words.
        let closes = self
            .tokens
            .get(end + 1)
            .is_none_or(|next| self.is_symbol(end + 1, &["."]) && next.kind == TokenKind::Symbol);
        if closes {
            if let Some((from, to, _)) = self.subject_before(verb) {
                if from
                    .checked_sub(1)
                    .is_some_and(|comma| self.is_symbol(comma, &[","]))
                {
                    return Some(Attribution {
                        speaker: self.slice(first, end)?.to_string(),
                        cue: cue.to_string(),
                        reported_by: Some(self.slice(from, to)?.to_string()),
                        ..Attribution::default()
                    });
                }
            }
        }
        let link = self.tokens.get(end + 1)?.text(self.text);
        let said = self.tokens.get(end + 2)?.text(self.text).to_lowercase();
        let nested = ["that", "which", "who"].contains(&link)
            && [
                "said",
                "say",
                "says",
                "showed",
                "show",
                "shows",
                "indicated",
                "suggested",
            ]
            .contains(&said.as_str());
        if !nested {
            return None;
        }
        let (from, to, _) = self.subject_before(verb)?;
        Some(Attribution {
            speaker: self.slice(first, end)?.to_string(),
            cue: cue.to_string(),
            reported_by: Some(self.slice(from, to)?.to_string()),
            ..Attribution::default()
        })
    }

    /// The first token of the people a verb of contacting names inside the
    /// subject `first..=end` of the verb of saying at token `verb`, which
    /// opens a restrictive relative clause ("Amnesty interviewed victims
    /// and witnesses who reported …", "the team spoke to residents who
    /// said …"), and the contacting verb's subject, who reports them.
    fn interviewed(&self, first: usize, end: usize, verb: usize) -> Option<(usize, String)> {
        let relative = verb.checked_sub(1)?;
        if relative != end + 1 || !["who", "that"].contains(&self.low(relative)) {
            return None;
        }
        let contact = (first + 1..end)
            .rev()
            .find(|idx| CONTACT_VERBS.contains(&self.low(*idx)))?;
        let people =
            contact + 1 + usize::from(["to", "with", "from"].contains(&self.low(contact + 1)));
        if people > end {
            return None;
        }
        let reporter = self.slice(first, contact - 1)?;
        Some((people, mid_sentence(reporter, first)))
    }

    /// The first token of the people a reduced passive of contacting
    /// describes right before the agent at token `first` ("witnesses
    /// interviewed by Amnesty say …").
    fn interviewed_by(&self, first: usize) -> Option<usize> {
        let by = first.checked_sub(1)?;
        let contact = by.checked_sub(1)?;
        if self.low(by) != "by" || !CONTACT_VERBS.contains(&self.low(contact)) {
            return None;
        }
        let (people, _) = self.antecedent_np(contact)?;
        Some(people)
    }

    /// Who published what a speaker at token `first` says, when the speaker
    /// opens a relative clause ("… published a call in which a soldier
    /// claims …"): the subject of the publishing verb before it.
    fn publisher_before(&self, first: usize) -> Option<String> {
        let which = first.checked_sub(1)?;
        let relative = self.tokens.get(which)?.text(self.text) == "which"
            && self.tokens.get(which.checked_sub(1)?)?.text(self.text) == "in";
        if !relative {
            return None;
        }
        (which.saturating_sub(12)..which)
            .rev()
            .filter(|idx| {
                self.tokens.get(*idx).is_some() && PUBLISH_VERBS.contains(&self.low(*idx))
            })
            .find_map(|verb| {
                let (from, to, _) = self.subject_before(verb)?;
                self.slice(from, to).map(str::to_string)
            })
    }

    /// Whether "as" follows token `last` in its clause, within twelve tokens.
    fn as_after(&self, last: usize) -> bool {
        (last + 1..self.tokens.len().min(last + 13))
            .map_while(|idx| {
                let token = self.tokens.get(idx)?;
                (token.kind != TokenKind::Symbol
                    || ["’", "'", "-"].contains(&token.text(self.text)))
                .then(|| token.text(self.text))
            })
            .any(|text| text == "as")
    }

    /// Whether "at" and a number follow token `last` within ten tokens.
    fn at_figure(&self, last: usize) -> bool {
        // "at around 60", "at least 100", "at more than 40": up to two words
        // of approximation between "at" and the figure.
        const APPROXIMATE: &[&str] = &[
            "around",
            "about",
            "least",
            "nearly",
            "roughly",
            "some",
            "over",
            "almost",
            "approximately",
            "more",
            "than",
            "close",
            "to",
        ];
        (last + 1..self.tokens.len().min(last + 10)).any(|idx| {
            self.tokens
                .get(idx)
                .is_some_and(|token| token.text(self.text) == "at")
                && (idx + 1..self.tokens.len().min(idx + 4))
                    .find(|at| !APPROXIMATE.contains(&self.low(*at)))
                    .and_then(|at| self.tokens.get(at))
                    .is_some_and(|next| next.kind == TokenKind::Number)
        })
    }

    /// Whether the token after `idx` is a capitalised word: "the" in "said
    /// the New York Times".
    fn capital_after(&self, idx: usize) -> bool {
        self.tokens.get(idx + 1).is_some_and(|token| {
            token.kind == TokenKind::Word && token.text(self.text).starts_with(char::is_uppercase)
        })
    }

    /// Who the rest of the sentence from token `from` says reports the
    /// speaker's words: "described by the SBU as a Russian soldier",
    /// "identified by police as", "quoted by Interfax".
    fn reporter_after(&self, from: usize) -> Option<String> {
        // "…, who the SBU described as a Russian soldier".
        let who = (from..self.tokens.len().min(from + 4)).find(|idx| {
            self.tokens
                .get(*idx)
                .is_some_and(|token| ["who", "whom"].contains(&token.text(self.text)))
        });
        if let Some(who) = who {
            let verb = (who + 2..self.tokens.len().min(who + 8))
                .find(|idx| REPORTER_VERBS.contains(&self.low(*idx)));
            if let Some(verb) = verb {
                return self.slice(who + 1, verb - 1).map(str::to_string);
            }
        }
        let by = (from..self.tokens.len().min(from + 12)).find(|idx| {
            self.tokens.get(*idx).is_some_and(|token| {
                let text = token.text(self.text);
                text == "by"
                    && idx
                        .checked_sub(1)
                        .and_then(|prev| self.tokens.get(prev))
                        .is_some_and(|prev| {
                            REPORTER_VERBS.contains(&prev.text(self.text).to_lowercase().as_str())
                        })
            })
        })?;
        let (first, end) = self.speaker_after(by + 1)?;
        // "by the SBU as a Russian soldier": the reporter ends before "as".
        let end = (first..=end)
            .find(|idx| {
                self.tokens
                    .get(*idx)
                    .is_some_and(|token| token.text(self.text) == "as")
            })
            .and_then(|idx| idx.checked_sub(1))
            .unwrap_or(end);
        (end >= first)
            .then(|| self.slice(first, end).map(str::to_string))
            .flatten()
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
        // "… , the team revealed on Thursday." / "… , the board concluded."
        let time_after = ["on", ".", "last", "this", "yesterday", "today", "earlier"]
            .contains(&after)
            || words::is_weekday(after);
        // "confirmed to the BBC that …", "revealed to reporters that …": the
        // one told, then what is told.
        let told_that = after == "to"
            && (last + 2..(last + 8).min(self.tokens.len()))
                .take_while(|idx| self.kind(*idx) == Some(TokenKind::Word))
                .any(|idx| self.low(idx) == "that");
        // "…, two officials confirmed to Reuters.": after a comma, a
        // subject and its verb whose one told (a name, a determiner's phrase
        // or a speaker noun, never an infinitive: "confirmed to be children")
        // closes the sentence confirm what came before them.
        let told_closing = after == "to"
            && (self.capital_word(last + 2)
                || grammar::is_determiner(self.low(last + 2))
                || is_speaker_noun(self.low(last + 2)))
            && {
                let end = (last + 2..self.tokens.len().min(last + 9))
                    .find(|idx| {
                        self.kind(*idx) != Some(TokenKind::Word) || self.low(*idx) == "that"
                    })
                    .unwrap_or(self.tokens.len());
                end > last + 2
                    && (end == self.tokens.len()
                        || (self.is_symbol(end, &["."]) && end + 1 == self.tokens.len()))
                    && (last + 3..end).all(|idx| !grammar::is_determiner(self.low(idx)))
                    && self
                        .np_subject(verb)
                        .is_some_and(|(first, _, _)| first > 0 && self.is_symbol(first - 1, &[","]))
            };
        // "Doe confirmed by phone, “…”": the means of speaking, then the
        // words.
        let by_means = after == "by"
            && MEANS.contains(&self.low(last + 2))
            && (self.low(last + 3) == "that" || self.is_symbol(last + 3, &[",", ":", "“", "\""]));
        // "“…,” the command announced via Telegram": what a verb right
        // after a quotation and its subject reports is the quotation.
        let after_quotation = self
            .np_subject(verb)
            .is_some_and(|(first, _, _)| self.closes_quotation_before(first));
        as_before
            || time_after
            || told_that
            || by_means
            || self.told_bare_clause(after, last)
            || told_closing
            || after_quotation
            || ["that", "in", ":", ",", "“", "\"", "there"].contains(&after)
    }

    /// Whether, after the verb ending at token `last` and `after` ("to"),
    /// the one told is a name or a speaker noun and a bare clause follows:
    /// "confirmed to Reuters the toll had risen to 80" ("that" left out).
    /// The clause's subject is a determiner and up to three lower-case
    /// words, its verb an auxiliary.
    fn told_bare_clause(&self, after: &str, last: usize) -> bool {
        if after != "to" {
            return false;
        }
        let told = last + 2;
        let clause = if self.capital_word(told) {
            (told..told + 3)
                .take_while(|idx| self.capital_word(*idx))
                .last()
                .map_or(told, |end| end + 1)
        } else if is_speaker_noun(self.low(told)) {
            told + 1
        } else {
            return false;
        };
        if !grammar::is_determiner(self.low(clause)) {
            return false;
        }
        (clause + 1..clause + 4)
            .take_while(|idx| {
                self.kind(*idx) == Some(TokenKind::Word)
                    && !grammar::is_auxiliary(self.low(*idx))
                    && self.low(*idx) != "that"
            })
            .last()
            .is_some_and(|end| grammar::is_auxiliary(self.low(end + 1)))
    }

    /// Whether the verb of declaring at token `last` declares who won:
    /// "declared victory", "has declared himself the winner", "declared the
    /// incumbent winner of the vote". Its subject holds that claim, as it
    /// would with "said he won" (a declaring of anything else, "declared a
    /// state of emergency", is a deed). The word of winning is in what is
    /// declared: no preposition, conjunction or verb of saying before it
    /// ("declared the festival open as the winner of last year's award
    /// looked on" declares no winner).
    pub(super) fn declares_outcome(&self, cue: &str, last: usize) -> bool {
        const OUTCOME: &[&str] = &["winner", "winners", "victor", "victorious"];
        const JOINS: &[&str] = &["and", "or", "but", "as", "while", "when", "after", "that"];
        if !["declared", "declares", "declare", "declaring"].contains(&cue) {
            return false;
        }
        ["victory", "win"].contains(&self.low(last + 1))
            || (last + 1..(last + 8).min(self.tokens.len()))
                .take_while(|idx| {
                    let word = self.low(*idx);
                    self.kind(*idx) == Some(TokenKind::Word)
                        && !grammar::is_preposition(word)
                        && !JOINS.contains(&word)
                        && !saying::is(word, saying::CUE)
                })
                .any(|idx| OUTCOME.contains(&self.low(idx)))
    }

    /// Whether the verb of making known at token `verb` ("announced",
    /// "confirmed", "revealed") has a speaker for its subject, who then says
    /// what its object or bare clause holds ("Syrian state television
    /// confirmed the consulate had been attacked", "Russia announced the
    /// termination of the deal"); a finding's subject ("the inquiry
    /// revealed a flaw") needs "that" or a time after it (`reports`).
    fn conveyed_by_speaker(&self, cue: &str, verb: usize, last: usize) -> bool {
        // What is made known opens with a determiner ("announced the
        // launch of …") or the verb closes its clause with a time
        // ("announced after a session of …"); a bare word after it is a
        // headline's passive ("Prigozhin confirmed dead") or no report.
        let opens = self.tokens.get(last + 1).is_some_and(|next| {
            [
                "the",
                "a",
                "an",
                "its",
                "their",
                "his",
                "her",
                "our",
                "this",
                "these",
                "those",
                "after",
                "during",
                "following",
            ]
            .contains(&next.text(self.text))
        });
        // "announced compensation of …", "announces relief for victims' kin":
        // a bare noun phrase of up to three words that a "for" or "of" goes
        // on ("Prigozhin confirmed dead in crash" is a headline's passive; a
        // count, "announced three days of mourning", is no report).
        let lower_word = |idx: usize| {
            self.kind(idx) == Some(TokenKind::Word)
                && self
                    .tokens
                    .get(idx)
                    .is_some_and(|token| token.text(self.text).starts_with(char::is_lowercase))
                && !grammar::is_preposition(self.low(idx))
        };
        let bare_noun = lower_word(last + 1)
            && words::number_word(self.low(last + 1)).is_none()
            && (last + 2..last + 5)
                .take_while(|&idx| lower_word(idx) || ["of", "for"].contains(&self.low(idx)))
                .any(|idx| ["of", "for"].contains(&self.low(idx)));
        let opens = opens || bare_noun;
        // "announced 32 dead", "confirmed at least 40 deaths": a count of
        // what is made known (not a year it names: "announced 2024 as …").
        let counts = self.count_after(last);
        // "Russia announced it had launched …": a subject pronoun and its
        // verb open a bare clause ("confirmed it on Monday" has none).
        let clause = ["he", "she", "it", "they", "we"].contains(&self.low(last + 1))
            && self.tokens.get(last + 2).is_some_and(|token| {
                let text = token.text(self.text);
                token.kind == TokenKind::Word
                    && text.starts_with(char::is_lowercase)
                    && !grammar::is_preposition(text)
                    && !grammar::is_determiner(text)
            });
        // "DIG Ravi Kumar confirmed forensic tests showed …", "confirmed
        // troops had entered the town": a bare noun phrase of up to three
        // lower-case words, then an auxiliary or a verb of reporting, is the
        // subject of a bare clause.
        let bare_clause = (last + 1..last + 4)
            .take_while(|&idx| {
                lower_word(idx)
                    && !grammar::is_determiner(self.low(idx))
                    && !grammar::is_auxiliary(self.low(idx))
                    && !saying::is(self.low(idx), saying::REPORTS)
            })
            .last()
            .is_some_and(|end| {
                let verb = self.low(end + 1);
                grammar::is_auxiliary(verb) || saying::is(verb, saying::CUE | saying::REPORTS)
            });
        (opens || counts || clause || bare_clause)
            && CONVEYING_VERBS.contains(&cue)
            && self.speaker_subject(verb)
    }

    /// Whether the verb of counting or measuring at token `verb` ("counted",
    /// "documented", "recorded", "tallied", "listed", "registered",
    /// "logged", "estimate", "revised", "measured") has a speaker for its
    /// subject and a count or a figure for its object: "A rights group
    /// counted 84 bodies", "The council listed 31 deaths", "The villagers
    /// estimate the toll to be close to 50", "The institute revised the
    /// magnitude to 6.1": a tally made known is the counter's report. A
    /// count that is no figure ("The town recorded its hottest day"), or a
    /// subject that is no speaker ("The tremor measured 6.0"), reports
    /// nothing.
    fn counted_by_speaker(&self, cue: &str, verb: usize, last: usize) -> bool {
        // A figure set "to" or "at" a number a few words on: "revised the
        // magnitude to 6.1", "measured the tremor at magnitude 6.0",
        // "estimate the toll to be close to 50".
        let figure_set = || {
            (last + 1..(last + 9).min(self.tokens.len()))
                .take_while(|&idx| self.kind(idx) != Some(TokenKind::Symbol))
                .any(|idx| {
                    ["to", "at"].contains(&self.low(idx))
                        && (idx + 1..(idx + 5).min(self.tokens.len())).any(|at| {
                            self.kind(at) == Some(TokenKind::Number)
                                || words::number_word(self.low(at)).is_some()
                        })
                })
        };
        // "estimate" is a verb only after a plural subject ("The villagers
        // estimate"); "the official estimate", "the UN estimate" are nouns.
        let plural = || {
            self.np_subject(verb)
                .or_else(|| self.subject_before(verb))
                .is_some_and(|(_, end, _)| {
                    let head = self.low(end);
                    (head.ends_with('s') && !head.ends_with("ss"))
                        || ["police", "people", "they", "we"].contains(&head)
                })
        };
        let that = self.low(last + 1) == "that";
        let object = match cue {
            "estimate" => (self.count_after(last) || figure_set() || that) && plural(),
            "revised" | "measured" => self.count_after(last) || figure_set(),
            _ if COUNTING_VERBS.contains(&cue) => self.count_after(last) || that,
            _ => false,
        };
        object
            && (self.speaker_subject(verb)
                || self
                    .np_subject(verb)
                    .or_else(|| self.subject_before(verb))
                    .is_some_and(|(_, end, _)| counting_people(self.low(end))))
    }

    /// Whether the subject of the verb at token `verb` is a speaker: its
    /// head a name or a speaker noun, no document and no pronoun.
    fn speaker_subject(&self, verb: usize) -> bool {
        self.np_subject(verb)
            .or_else(|| self.subject_before(verb))
            .is_some_and(|(first, end, _)| {
                let head = self
                    .tokens
                    .get(end)
                    .map_or("", |token| token.text(self.text));
                let head = if head == ")" {
                    // "Matus Sutaj Estok (Voice-SD) announced".
                    (first..end)
                        .rev()
                        .find(|idx| self.is_symbol(*idx, &["("]))
                        .and_then(|open| open.checked_sub(1))
                        .and_then(|idx| self.tokens.get(idx))
                        .map_or("", |token| token.text(self.text))
                } else {
                    head
                };
                (head.starts_with(char::is_uppercase) || is_speaker_noun(head))
                    && !is_document(head)
                    && !is_pronoun(head)
            })
    }

    /// Whether the verb of finding `cue` at token `verb` has a body of
    /// inquiry for its subject ("the investigation committee formed over
    /// the crash found the pilot's error", "the inquiry concluded …"): what
    /// such a body finds is its finding, whatever the form of its object
    /// ("police found the body", "investigators found guns" are deeds).
    fn inquiry_finds(&self, cue: &str, verb: usize) -> bool {
        const FINDING_VERBS: &[&str] = &[
            "found",
            "finds",
            "concluded",
            "concludes",
            "determined",
            "established",
        ];
        const INQUIRY_HEADS: &[&str] = &[
            "committee",
            "commission",
            "inquiry",
            "investigation",
            "probe",
            "panel",
            "review",
            "audit",
            "report",
            "study",
        ];
        // "the committee found a new chair": finding something new is
        // getting it, a deed.
        let gets_new = self.low(verb + 1) == "new"
            || (["a", "an"].contains(&self.low(verb + 1)) && self.low(verb + 2) == "new");
        FINDING_VERBS.contains(&cue)
            && !gets_new
            && self
                .np_subject(verb)
                .or_else(|| self.subject_of(verb, false))
                .is_some_and(|(_, end, _)| INQUIRY_HEADS.contains(&self.low(end)))
    }

    /// The subject of a gerund of saying at token `verb` that a preposition
    /// opens: one to four capitalised words between "despite", "with",
    /// "after", "before" or "without" and the gerund, an adverb ("earlier",
    /// "previously") allowed before it ("despite Moscow previously stating").
    fn gerund_subject(&self, verb: usize) -> Option<(usize, usize)> {
        let mut end = verb.checked_sub(1)?;
        let adverb = self.low(end);
        // "despite Italy stating": an adverb is lower case.
        let lower = self
            .tokens
            .get(end)
            .is_some_and(|token| token.text(self.text).starts_with(char::is_lowercase));
        if lower
            && (adverb.ends_with("ly") || ["earlier", "later", "also", "again"].contains(&adverb))
        {
            end = end.checked_sub(1)?;
        }
        let capital = |idx: usize| {
            self.tokens.get(idx).is_some_and(|token| {
                token.kind == TokenKind::Word
                    && token.text(self.text).starts_with(char::is_uppercase)
            })
        };
        let opens =
            |idx: usize| ["despite", "with", "after", "before", "without"].contains(&self.low(idx));
        if !capital(end) {
            // "with the fire chief saying …", "despite local officials
            // stating …": a noun phrase whose head is a speaker noun or a
            // document, from the preposition to the gerund.
            let head = self.low(end);
            if !(is_speaker_noun(head) || is_document(head)) {
                return None;
            }
            let preposition = (end.saturating_sub(MAX_SPEAKER)..end)
                .rev()
                .take_while(|idx| self.kind(*idx) == Some(TokenKind::Word))
                .find(|idx| opens(*idx))?;
            return (self.np_end(preposition + 1, end + 1) == Some(end))
                .then_some((preposition + 1, end));
        }
        let mut first = end;
        while first > 0 && end - first < 3 && capital(first - 1) {
            first -= 1;
        }
        let preposition = first.checked_sub(1)?;
        opens(preposition).then_some((first, end))
    }

    /// Whether token `prev`, right before a verb of judging, is a verb of
    /// its own, so the verb of judging sits inside a noun phrase: a
    /// lower-case word that is no speaker noun, adverb or auxiliary, after
    /// a participle form ("losses incurred expressed …") or after a
    /// capitalised word that is no determiner ("Shoppers bought branded
    /// goods"; "The bishop condemned", "Pope Francis condemned" speak).
    fn verb_before_judging(&self, prev: usize) -> bool {
        let Some(token) = self.tokens.get(prev) else {
            return false;
        };
        let text = token.text(self.text);
        if token.kind != TokenKind::Word
            || !text.starts_with(char::is_lowercase)
            || grammar::is_auxiliary(text)
            || is_speaker_noun(text)
            || is_pronoun(text)
            || text.ends_with("ly")
            || [
                "also", "then", "again", "later", "earlier", "already", "too", "not",
            ]
            .contains(&text)
        {
            return false;
        }
        let capital_before = prev.checked_sub(1).is_some_and(|before| {
            self.tokens.get(before).is_some_and(|token| {
                let before = token.text(self.text);
                token.kind == TokenKind::Word
                    && before.starts_with(char::is_uppercase)
                    && !grammar::is_determiner(&before.to_lowercase())
            })
        });
        grammar::is_past_participle(text) || capital_before
    }

    /// Whether the words after the verb ending at token `last` are a court's
    /// sentence: a person for object ("him", "the two men", "Smith"), then
    /// "to death", "to prison", "to life" or "to N years" ("condemned the
    /// decision to expel …" judges a decision).
    fn sentenced_after(&self, last: usize) -> bool {
        let Some(to) = (last + 2..last + 7)
            .take_while(|idx| !self.is_symbol(*idx, &[",", ";", "."]))
            .find(|idx| self.low(*idx) == "to")
        else {
            return false;
        };
        let object = self.low(to - 1);
        let personal = ["him", "her", "them", "me", "us"].contains(&object)
            || self.tokens.get(to - 1).is_some_and(|token| {
                token.kind == TokenKind::Word
                    && token.text(self.text).starts_with(char::is_uppercase)
            })
            || counts_harm_or_people(object)
            || is_speaker_noun(object);
        let term = self.low(to + 1);
        let term = ["death", "prison", "jail", "life", "execution", "hanging"].contains(&term)
            || self.tokens.get(to + 1).is_some_and(|token| {
                token.kind == TokenKind::Number
                    || words::number_word(&token.text(self.text).to_lowercase()).is_some()
            });
        personal && term
    }

    /// Whether a count opens the words after token `last`: a number or a
    /// number word, after a bound ("at least", "more than", "nearly") if
    /// any, followed by a lower-case word that is not "as" ("32 dead",
    /// "two arrests", "at least 40 deaths").
    fn count_after(&self, last: usize) -> bool {
        let mut at = last + 1;
        if ["at", "more", "fewer", "less"].contains(&self.low(at))
            && ["least", "most", "than"].contains(&self.low(at + 1))
        {
            at += 2;
        } else if ["nearly", "almost", "about", "around", "some", "over"].contains(&self.low(at)) {
            at += 1;
        }
        let number = self.tokens.get(at).is_some_and(|token| {
            token.kind == TokenKind::Number
                || (token.kind == TokenKind::Word
                    && words::number_word(&token.text(self.text).to_lowercase()).is_some())
        });
        // What is counted is made known ("32 dead", "two arrests", "three
        // sightings"), not a span of time or a sum declared ("three days of
        // mourning for the 23 people killed": the toll is the outlet's).
        let counted = self.tokens.get(at + 1).is_some_and(|token| {
            let text = token.text(self.text);
            let low = text.to_lowercase();
            token.kind == TokenKind::Word
                && text.starts_with(char::is_lowercase)
                && text != "as"
                && words::duration_unit(&low).is_none()
                && words::multiplier_word(&low).is_none()
                && words::currency_word(&low).is_none()
                && !words::is_money_noun(&low)
        });
        number && counted
    }

    /// Whether the object of the verb of rejecting ending at token `last`
    /// is words: a noun of words among its next four words, or a "that"
    /// clause among its next eight ("dismissed reports as “inaccurate”
    /// Thursday that …").
    fn rejects_words(&self, last: usize) -> bool {
        let words: Vec<&str> = self
            .tokens
            .iter()
            .enumerate()
            .skip(last + 1)
            .take_while(|(_, token)| {
                token.kind != TokenKind::Symbol
                    || ![".", ";", ":", "!", "?"].contains(&token.text(self.text))
            })
            .filter(|(_, token)| token.kind == TokenKind::Word)
            .take(8)
            .map(|(idx, _)| self.low(idx))
            .collect();
        // "dismissed sabotage as a factor": what is dismissed is judged
        // to be something, a judgement spoken; "dismissed him as coach",
        // "dismissed Smith as manager": a person dismissed from a post.
        let person = self.tokens.get(last + 1).is_some_and(|token| {
            let word = token.text(self.text);
            token.kind == TokenKind::Word
                && (["him", "her", "them"].contains(&word)
                    || (word.starts_with(char::is_uppercase)
                        && (last + 2..last + 5)
                            .take_while(|idx| self.low(*idx) != "as")
                            .all(|idx| {
                                self.slice(idx, idx)
                                    .is_some_and(|next| next.starts_with(char::is_uppercase))
                            })))
        });
        let judged = !person && words.iter().take(4).any(|word| *word == "as");
        words
            .iter()
            .take(4)
            .any(|word| WORDS_REJECTED.contains(word))
            || judged
            || words.contains(&"that")
    }

    /// Whether the cue `hit` is the verb of a restrictive relative clause:
    /// "who" or "that" right before it, with no comma before them ("the
    /// officials who described the assessment said …").
    fn restrictive_relative(&self, hit: &Hit) -> bool {
        let Some(verb) = self.first_token(hit.span.start) else {
            return false;
        };
        let Some(relative) = verb.checked_sub(1) else {
            return false;
        };
        let word = self
            .tokens
            .get(relative)
            .map_or("", |token| token.text(self.text));
        ["who", "that"].contains(&word)
            && relative
                .checked_sub(1)
                .and_then(|prev| self.tokens.get(prev))
                .is_some_and(|prev| prev.kind == TokenKind::Word)
    }

    /// Whether the demand whose particle ("on", "for") is token `particle`
    /// asks its addressee to stop doing something ("called on Kabul to stop
    /// harbouring militants", "called for Moscow to end its attacks on
    /// cities"): a verb of stopping presupposes the act it stops, which the
    /// one who demands holds to be done. "Called for a tribunal", "called on
    /// both sides to agree" presuppose nothing and report nothing, and a
    /// stop asked by a coordinated verb ("called for calm and urged Lima to
    /// halt …") is not this demand's.
    fn demands_a_stop(&self, particle: usize) -> bool {
        ["on", "for"].contains(&self.low(particle)) && self.asks_to_stop(particle + 1)
    }

    /// Whether the words from token `addressee` name who is asked and ask
    /// them to stop what they do ("Baghdad to stop shelling", "Moscow to
    /// end its attacks"), in one run of words with no "and", "or", "but".
    fn asks_to_stop(&self, addressee: usize) -> bool {
        (addressee..self.tokens.len().min(addressee + 7))
            .take_while(|idx| {
                (self.kind(*idx) == Some(TokenKind::Word)
                    && !["and", "or", "but"].contains(&self.low(*idx)))
                    || self.is_symbol(*idx, &["“", "\""])
            })
            .any(|idx| {
                self.low(idx) == "to"
                    && ["stop", "end", "cease", "halt"].contains(&self.low(idx + 1))
            })
    }

    /// Whether the verb of saying of `hit` is that of a free relative ("in
    /// what the governor said was an attack", "what Kyiv calls"): a "what"
    /// opens its subject of at most five words.
    fn free_relative(&self, hit: &Hit) -> bool {
        let Some(verb) = self.first_token(hit.span.start) else {
            return false;
        };
        (verb.saturating_sub(6)..verb)
            .rev()
            .take_while(|idx| self.kind(*idx) == Some(TokenKind::Word))
            .any(|idx| self.low(idx) == "what")
    }

    /// The speaker tokens from `first` to the next clause break.
    fn speaker_after(&self, first: usize) -> Option<(usize, usize)> {
        let mut end = None;
        // "a statement by the state flood relief and rescue services
        // director general P Suresh Menon": a name that a long title chain
        // runs up to is read whole, past `MAX_SPEAKER` (by at most four
        // words).
        let mut limit = first + MAX_SPEAKER;
        while limit < first + MAX_SPEAKER + 4
            && self.tokens.get(limit).is_some_and(|token| {
                token.kind == TokenKind::Word
                    && token.text(self.text).starts_with(char::is_uppercase)
            })
            && limit.checked_sub(1).is_some_and(|prev| {
                let word = self.low(prev);
                super::TITLE_WORDS.contains(&word)
                    || self
                        .slice(prev, prev)
                        .is_some_and(|word| word.starts_with(char::is_uppercase))
            })
        {
            limit += 1;
        }
        for idx in first..limit.min(self.tokens.len()) {
            let token = self.tokens.get(idx)?;
            let text = token.text(self.text);
            let stop = match token.kind {
                TokenKind::Symbol => match text {
                    "." => !self.after_initial(idx),
                    "’" | "'" | "&" | "-" => false,
                    _ => true,
                },
                TokenKind::Word => {
                    ([
                        "who", "which", "that", "in", "on", "at", "up", "until", "since",
                        "during", "listing", "adding",
                    ]
                    .iter()
                        .any(|stop| stop.eq_ignore_ascii_case(text))
                        && !self.name_link(idx))
                        // "citing information from local police last
                        // Friday": a time phrase is no part of a holder.
                        || (idx > first && self.time_opens(idx))
                        // A participle ends the speaker: "the findings of a team
                        // released …", but not "documents reviewed by Reuters"
                        // nor "Russian-installed officials".
                        || (idx > first
                            && text.len() > 4
                            && text.ends_with("ed")
                            && text.starts_with(char::is_lowercase)
                            && !self.is_symbol(idx - 1, &["-"])
                            && !self.follows_documents(idx)
                            && !self.released_by(idx)
                            // "the unnamed source", "an unidentified
                            // official", "an updated tally": an adjective
                            // before a speaker noun, or between a
                            // determiner and its noun.
                            && !self.tokens.get(idx + 1).is_some_and(|next| {
                                let next = next.text(self.text);
                                is_speaker_noun(next)
                                    || unnamed_person(next)
                                    || (grammar::is_determiner(self.low(idx - 1))
                                        && next.starts_with(char::is_lowercase)
                                        && !grammar::is_preposition(next)
                                        && !["and", "or", "that", "which"].contains(&next))
                            }))
                }
                // "per Fox 9.", "according to Channel 12,": a number that
                // closes a capitalised name is part of it.
                TokenKind::Number => {
                    let named = idx > first
                        && self
                            .slice(idx - 1, idx - 1)
                            .is_some_and(|word| word.starts_with(char::is_uppercase));
                    let closes = self
                        .tokens
                        .get(idx + 1)
                        .is_none_or(|next| next.kind == TokenKind::Symbol);
                    !(named && closes)
                }
            };
            if stop {
                // "according to officials in Italy", "…, said residents at
                // the camp.": a bare group of office holders or witnesses
                // keeps the place it speaks from when the place ends the
                // phrase.
                if let Some(place) = end.and_then(|last| self.group_place(first, last)) {
                    end = Some(place);
                }
                break;
            }
            end = Some(idx);
        }
        // "by Vice President Mohsen Mansouri and on state television": a
        // conjunction whose conjunct was cut off is no part of the speaker.
        while let Some(last) = end.filter(|last| *last > first) {
            if !["and", "or"].contains(&self.low(last)) {
                break;
            }
            end = Some(last - 1);
        }
        let end = end?;
        // "as stated by the Prime Minister of the Republic, Christian
        // Mickoski, …": a title with a determiner, then the holder's name
        // set off by commas, is that person.
        if let Some(name) = self.named_holder(first, end) {
            return Some(name);
        }
        Some((first, end))
    }

    /// The byte offset of the comma that ends an adverbial opening the
    /// sentence, when `speaker`, the subject of the verb of saying at byte
    /// `cue_start`, follows that comma at once: the adverbial opens with a
    /// preposition, a subordinator or a participle ("As the police detained
    /// …,", "Regarding the use of …,") or with a span of time before one
    /// ("A day after …,", "Hours before …,"), and holds four words or more.
    fn fronted_adjunct(&self, cue_start: usize, speaker: &str) -> Option<usize> {
        if speaker.is_empty() {
            return None;
        }
        let before = self.text.get(..cue_start)?;
        let speaker_at = before.rfind(speaker)?;
        let comma = before.get(..speaker_at)?.trim_end();
        if !comma.ends_with(',') {
            return None;
        }
        let comma_at = comma.len() - 1;
        let first_comma = self
            .tokens
            .iter()
            .position(|token| token.kind == TokenKind::Symbol && token.text(self.text) == ",")?;
        let words = self
            .tokens
            .iter()
            .take_while(|token| token.start < comma_at)
            .filter(|token| token.kind == TokenKind::Word)
            .count();
        let span_of_time = [
            "day", "days", "week", "weeks", "hour", "hours", "month", "months", "year", "years",
            "minutes", "moments",
        ]
        .contains(&self.low(1))
            && ["after", "before", "since"].contains(&self.low(2));
        // Only an adverbial that asserts something: a subordinate clause
        // or a phrase about an event ("As the police detained …", "Amid the
        // outrage over the deaths of …", "Regarding the fireworks which
        // caused …"), not a frame of time or manner ("As of Sunday",
        // "Speaking to reporters", "In a statement", "At least 20 …").
        let opener = self.low(0);
        let asserts = [
            "as",
            "after",
            "when",
            "while",
            "because",
            "since",
            "although",
            "though",
            "amid",
            "amidst",
            "despite",
            "following",
            "regarding",
            "over",
        ]
        .contains(&opener)
            && !["of", "well", "soon", "part"].contains(&self.low(1));
        let opens = (self.adverbial(0, first_comma) && asserts) || span_of_time;
        (opens && words >= 4).then_some(comma_at)
    }

    /// The name set off by a comma after the title phrase at tokens
    /// `first..=end` ("the head of the regional administration, Oleh
    /// Syniehubov,"): one to four capitalised words that end at a comma or
    /// at the end of the sentence.
    fn named_holder(&self, first: usize, end: usize) -> Option<(usize, usize)> {
        if !self.is_symbol(end + 1, &[","]) || !is_title_phrase(self.slice(first, end)?) {
            return None;
        }
        let name = end + 2;
        let mut last = name;
        while last + 1 < self.tokens.len() && last < name + 4 && self.capital_word(last + 1) {
            last += 1;
        }
        let closes = self
            .tokens
            .get(last + 1)
            .is_none_or(|next| next.kind == TokenKind::Symbol && next.text(self.text) != "’");
        (self.capital_word(name) && last > name && closes).then_some((name, last))
    }

    /// Whether token `idx` is a capitalised word.
    fn capital_word(&self, idx: usize) -> bool {
        self.tokens.get(idx).is_some_and(|token| {
            token.kind == TokenKind::Word && token.text(self.text).starts_with(char::is_uppercase)
        })
    }

    /// The last token of the place after the bare group at tokens
    /// `first..=last` ("officials" + "in Italy", "residents" + "at the
    /// camp") when "in" or "at" and a noun phrase follow it and end the
    /// phrase, short enough to be one speaker.
    fn group_place(&self, first: usize, last: usize) -> Option<usize> {
        if !["in", "at"].contains(&self.low(last + 1)) || !self.bare_group(first, last + 1) {
            return None;
        }
        let start = if self.low(last + 2) == "the" {
            last + 3
        } else {
            last + 2
        };
        if self
            .tokens
            .get(start)
            .is_some_and(|token| TIME_NOUNS.contains(&token.text(self.text)))
        {
            return None;
        }
        let limit = (first + MAX_SPEAKER).min(self.tokens.len());
        let place = self.np_end(start, limit)?;
        let closes = self
            .tokens
            .get(place + 1)
            .is_none_or(|next| next.kind == TokenKind::Symbol);
        closes.then_some(place)
    }

    /// The subject of the verb at token `verb` (first and last token),
    /// skipping adverbs, a time phrase and an appositive between them; with
    /// the appositive's tokens ("…, chief of the directorate, said").
    fn subject_before(&self, verb: usize) -> Option<Subject> {
        self.subject_of(verb, false)
    }

    /// The subject of the verb at token `verb`, as `subject_before`; with
    /// `any_head`, a noun phrase with any head word speaks (the subject of
    /// "blame" or "accuse" is the accuser, whatever it is called: "the
    /// Russian propagandists blame …").
    fn subject_of(&self, verb: usize, any_head: bool) -> Option<Subject> {
        let mut idx = verb.checked_sub(1)?;
        let mut appositive_skipped = false;
        let mut appositive = None;
        let mut after_connective = false;
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
            } else if text == ")" {
                // "Turkey's Disaster and Emergency Management Authority (AFAD) put".
                let open = (idx.saturating_sub(6)..idx)
                    .rev()
                    .find(|prev| self.is_symbol(*prev, &["("]))?;
                idx = open.checked_sub(1)?;
            } else if ["week", "month", "year", "weekend", "morning", "evening"].contains(&text)
                && idx.checked_sub(1).is_some_and(|prev| {
                    self.tokens.get(prev).is_some_and(|token| {
                        ["this", "last", "next"].contains(&token.text(self.text))
                    })
                })
            {
                // "Kemal Kilicdaroglu this week blamed …".
                idx = idx.checked_sub(2)?;
            } else if words::is_weekday(text) || ["today", "yesterday", "tonight"].contains(&text) {
                // "X on Friday published": the time phrase is not the subject.
                idx = idx.checked_sub(1)?;
                if self
                    .tokens
                    .get(idx)
                    .is_some_and(|token| token.text(self.text) == "on")
                {
                    idx = idx.checked_sub(1)?;
                    // "The UN late on Saturday gave …".
                    if ["late", "early"].contains(&self.low(idx)) {
                        idx = idx.checked_sub(1)?;
                    }
                }
            } else if token.kind == TokenKind::Number || words::month(text).is_some() {
                idx = self.time_phrase_start(idx)?.checked_sub(1)?;
            } else if (text == "which" || text == "who")
                && idx
                    .checked_sub(1)
                    .is_some_and(|prev| self.is_symbol(prev, &[","]))
            {
                // "Russia, which has accused Kyiv …": the speaker is what the clause describes.
                idx = idx.checked_sub(2)?;
                break;
            } else if let Some(comma) = self.connective_before(idx) {
                // "Israel …, however, denied": a connective between commas
                // is no appositive; the comma before it is read instead.
                idx = comma;
                after_connective = true;
            } else if (text == "," || self.appositive_dash(idx)) && !appositive_skipped {
                appositive_skipped = true;
                // "Hezbollah — an ally of Hamas — said", "Hezbollah- an ally
                // of Hamas, said": a dash opens an apposition as a comma does.
                let comma = (idx.saturating_sub(RELATIVE_REACH)..idx)
                    .rev()
                    .find(|prev| {
                        (self.is_symbol(*prev, &[","]) && !self.name_list_comma(*prev))
                            || self.appositive_dash(*prev)
                    });
                // "the Freedom Alliance, a coalition that includes the
                // rebels, armed factions, and civic groups, has rejected":
                // the commas of a list inside the apposition are no opening.
                let comma = comma.map(|comma| self.list_apposition_open(comma).unwrap_or(comma));
                let Some(comma) = comma else {
                    // "The army, for its part, said": the connective's own
                    // comma follows the speaker.
                    if after_connective {
                        idx = idx.checked_sub(1)?;
                        break;
                    }
                    return None;
                };
                let relative = self
                    .tokens
                    .get(comma + 1)
                    .is_some_and(|token| ["which", "who"].contains(&token.text(self.text)));
                if relative {
                    // "Israel, which has been pounding Gaza since … on
                    // October 7, denied": the speaker is what a relative
                    // clause of any length describes.
                    idx = comma.checked_sub(1)?;
                    break;
                }
                if after_connective {
                    idx = idx.checked_sub(1)?;
                    break;
                }
                if idx - comma > 20 {
                    return None;
                }
                appositive = (comma + 1 < idx).then(|| (comma + 1, idx - 1));
                idx = comma.checked_sub(1)?;
            } else {
                break;
            }
        }
        let mut end = idx;
        // "It said it had opened an investigation": a pronoun subject alone.
        if self
            .tokens
            .get(end)
            .is_some_and(|token| token.text(self.text).eq_ignore_ascii_case("it"))
        {
            return Some((end, end, appositive));
        }
        let mut first = end + 1;
        loop {
            if end + 1 - first >= MAX_SPEAKER {
                return None;
            }
            let Some(prev) = first.checked_sub(1) else {
                break;
            };
            if !self.in_noun_phrase(prev) || self.opens_phrase(first, prev) {
                break;
            }
            first = prev;
        }
        if first > end {
            return None;
        }
        // "An unclassified US intelligence report seen by Reuters
        // estimated": the document a participle phrase modifies is the
        // subject, not the agent of the participle.
        if let Some((start, participle)) = self.document_before_agent(first) {
            first = start;
            end = participle - 1;
        }
        // "Russia and its proxy officials in Ukraine have blamed": the
        // speaker noun before a place is the speaker's head.
        let mut head_at = end;
        if let Some(prep) = first.checked_sub(1) {
            // "in Kherson", "in the Gaza Strip".
            let named = |at: usize| {
                self.tokens
                    .get(at)
                    .is_some_and(|token| token.text(self.text).starts_with(char::is_uppercase))
            };
            let the = self
                .tokens
                .get(first)
                .is_some_and(|token| token.text(self.text) == "the");
            let place = self
                .tokens
                .get(prep)
                .is_some_and(|token| ["in", "at"].contains(&token.text(self.text)))
                && (named(first) || (the && named(first + 1)));
            // Any lower-case head when the phrase opens its clause
            // ("Russian-backed separatists in Ukraine said"), checked below.
            let noun_before = prep.checked_sub(1).is_some_and(|noun| {
                self.tokens.get(noun).is_some_and(|token| {
                    token.kind == TokenKind::Word
                        && (is_speaker_noun(token.text(self.text))
                            || token.text(self.text).starts_with(char::is_lowercase))
                })
            }) || prep
                .checked_sub(1)
                .and_then(|close| self.name_acronym_open(close))
                .is_some();
            if place && noun_before {
                // Walk back at most `MAX_SPEAKER` tokens from the verb; a
                // noun phrase longer than that is no speaker of its own.
                let mut start = prep;
                let mut too_long = false;
                while let Some(prev) = start.checked_sub(1) {
                    // "The rebel Liberation Front (LF) in Mali says": the
                    // name's bracketed acronym is part of its phrase.
                    if let Some(open) = self.name_acronym_open(prev) {
                        start = open;
                        continue;
                    }
                    if !self.in_noun_phrase(prev) {
                        break;
                    }
                    if end + 1 - prev > MAX_SPEAKER {
                        too_long = true;
                        break;
                    }
                    start = prev;
                }
                // Too long to be one speaker: not the place alone either.
                if too_long {
                    return None;
                }
                // The place says where the speaker is, not who: "Russia
                // and its proxy officials" speak. Unnamed office holders
                // are who the place makes them ("Officials in Hamas-ruled
                // Gaza"): the place stays.
                let group = self
                    .tokens
                    .get(prep - 1)
                    .is_some_and(|noun| is_speaker_noun(noun.text(self.text)))
                    || self.opens_speaking_clause(start, verb);
                if start < prep && group {
                    if !self.bare_group(start, prep) {
                        end = prep - 1;
                    }
                    first = start;
                    // "Liberation Front (LF)": the name before its acronym
                    // is the head.
                    head_at = self
                        .name_acronym_open(prep - 1)
                        .map_or(prep - 1, |open| open - 1);
                }
            }
        }
        // "The Russian military and pro-Moscow separatists claimed".
        if let Some(start) = self.left_conjunct(first, verb) {
            first = start;
        }
        let head = self.tokens.get(head_at)?.text(self.text);
        // A document speaks as a subject of its own ("A report, seen by
        // Reuters, estimated"), not as the object of a preposition ("experts
        // assisting in their investigation said").
        let opens_clause = first
            .checked_sub(1)
            .and_then(|prev| self.tokens.get(prev))
            .is_none_or(|prev| prev.kind != TokenKind::Word);
        // "The U.K. and U.S. say": an abbreviation ends in its dot.
        let abbreviation = head == "." && self.after_initial(head_at);
        let determined = self
            .tokens
            .get(first)
            .is_some_and(|token| grammar::is_determiner(&token.text(self.text).to_lowercase()))
            && first < head_at;
        let valid = abbreviation
            || (self.tokens.get(head_at)?.kind == TokenKind::Word
                && (head.starts_with(char::is_uppercase)
                    || is_speaker_noun(head)
                    || (any_head && determined && !is_pronoun(head))
                    || self.any_head_speaks(first, head_at, verb)
                    || self.registered(first, end)
                    || (is_record(head) && opens_clause)));
        valid.then_some((first, end, appositive))
    }

    /// The token of the "(" whose acronym closes at token `close` (")"),
    /// after a capitalised name: "Liberation Front (LF)".
    fn name_acronym_open(&self, close: usize) -> Option<usize> {
        if !self.is_symbol(close, &[")"]) {
            return None;
        }
        let acronym = close.checked_sub(1)?;
        let open = acronym.checked_sub(1)?;
        let name = open.checked_sub(1)?;
        let capitalised = |idx: usize| {
            self.tokens.get(idx).is_some_and(|token| {
                token.kind == TokenKind::Word
                    && token.text(self.text).starts_with(char::is_uppercase)
            })
        };
        (self.is_symbol(open, &["("]) && capitalised(acronym) && capitalised(name)).then_some(open)
    }

    /// The last token of a person's name that opens the sentence and is
    /// followed by a comma and the definite or possessive phrase at token
    /// `first` ("Rafiq Khan, the family's driver …"): two or more
    /// capitalised words, none a preposition, a time or a determiner ("On
    /// Monday, the driver …", "In Dhaka, the driver …" open no name).
    fn unclosed_apposition(&self, first: usize) -> Option<usize> {
        let comma = first.checked_sub(1)?;
        if !self.is_symbol(comma, &[","]) || comma < 2 {
            return None;
        }
        let described = grammar::is_determiner(self.low(first))
            || ["his", "her", "their"].contains(&self.low(first));
        let name = (0..comma).all(|idx| {
            self.tokens.get(idx).is_some_and(|token| {
                let text = token.text(self.text);
                let low = self.low(idx);
                token.kind == TokenKind::Word
                    && text.starts_with(char::is_uppercase)
                    && !grammar::is_preposition(low)
                    && !grammar::is_determiner(low)
                    && !words::is_weekday(text)
                    && words::month(text).is_none()
                    && !STOPS.contains(&low)
            })
        });
        (described && name && super::person(self.slice(0, comma - 1)?).is_some())
            .then_some(comma - 1)
    }

    /// Whether the subject before the verb at token `verb` is a document
    /// ("An unclassified U.S. intelligence report, seen by Reuters,
    /// estimated").
    fn document_subject(&self, verb: usize) -> bool {
        let Some((first, end, _)) = self.subject_before(verb).or_else(|| self.np_subject(verb))
        else {
            return false;
        };
        // "Police reports indicate", "video footage suggests", "satellite
        // images show": a record holds what it shows, as written.
        // "footage reportedly shows": what an unnamed report says the
        // record shows; the record holds nothing as written.
        let hearsay = (end + 1..verb).any(|idx| self.low(idx) == "reportedly");
        let document = self.tokens.get(end).is_some_and(|head| {
            let head = head.text(self.text);
            is_document(head) || (is_record(head) && !hearsay)
        });
        // "…, AP evidence suggests": evidence its maker names.
        document || self.slice(first, end).and_then(super::maker).is_some()
    }

    /// For an agent at token `agent` after "<document> <participle> by"
    /// ("a report seen by Reuters", "an assessment obtained by AP"): the
    /// first token of the document's noun phrase and the participle's token.
    fn document_before_agent(&self, agent: usize) -> Option<(usize, usize)> {
        let word = |idx: usize| {
            self.tokens
                .get(idx)
                .map_or("", |token| token.text(self.text))
        };
        let by = agent.checked_sub(1)?;
        let participle = by.checked_sub(1)?;
        let head = participle.checked_sub(1)?;
        let is_participle = crate::text::grammar::is_past_participle(word(participle))
            && word(participle).starts_with(char::is_lowercase);
        let document = DOCUMENT_NOUNS.contains(&word(head).to_lowercase().as_str());
        if word(by) != "by" || !is_participle || !document {
            return None;
        }
        let mut start = head;
        while let Some(prev) = start.checked_sub(1) {
            if !self.in_noun_phrase(prev) || head - prev >= MAX_SPEAKER {
                break;
            }
            start = prev;
        }
        Some((start, participle))
    }

    /// The comma that opens a connective set off by commas and closed by the
    /// comma at token `comma` ("…, however, denied", "…, for its part,
    /// said").
    fn connective_before(&self, comma: usize) -> Option<usize> {
        if !self.is_symbol(comma, &[","]) {
            return None;
        }
        let open = (comma.saturating_sub(4)..comma)
            .rev()
            .find(|prev| self.is_symbol(*prev, &[","]))?;
        let words: Vec<&str> = (open + 1..comma)
            .map(|idx| {
                self.tokens
                    .get(idx)
                    .map_or("", |token| token.text(self.text))
            })
            .collect();
        let phrase = words.join(" ").to_lowercase();
        CONNECTIVES.contains(&phrase.as_str()).then_some(open)
    }

    /// Whether tokens `start..end` are an unnamed group of office holders
    /// ("Officials", "local health officials"): lower-case words only (the
    /// sentence's first may be a capitalised `common_opener`), ending in a
    /// plural speaker noun.
    fn bare_group(&self, start: usize, end: usize) -> bool {
        let Some(head) = end.checked_sub(1).and_then(|last| self.tokens.get(last)) else {
            return false;
        };
        let head = head.text(self.text);
        let plural = head.ends_with('s') && is_speaker_noun(head);
        plural
            && (start..end).all(|idx| {
                self.tokens.get(idx).is_some_and(|token| {
                    token.kind == TokenKind::Word
                        && (token.text(self.text).starts_with(char::is_lowercase)
                            || (idx == 0 && common_opener(token.text(self.text))))
                })
            })
    }

    /// The subject of the clause that ends before token `before`: the nearest
    /// capitalised name (or speaker noun, or pronoun) that opens the sentence
    /// or follows a comma and is followed by a lower-case word ("On a visit,
    /// Erdogan hit back, saying …" → "Erdogan").
    fn clause_subject(&self, before: usize) -> Option<(usize, usize)> {
        let openers = [
            "The", "This", "These", "That", "It", "In", "A", "An", "But", "And", "On", "At", "As",
            "For", "After", "Before", "When", "While", "If", "Since", "During", "With", "From",
        ];
        let name_at = |start: usize| -> Option<(usize, usize)> {
            let word = self.tokens.get(start)?.text(self.text);
            if !word.starts_with(char::is_uppercase) || openers.contains(&word) {
                return None;
            }
            let mut end = start;
            while end + 1 < before
                && end - start < 3
                && self.tokens.get(end + 1).is_some_and(|token| {
                    token.kind == TokenKind::Word
                        && token.text(self.text).starts_with(char::is_uppercase)
                })
            {
                end += 1;
            }
            // "Ukrainian officials disputed …": a lower-case speaker noun
            // after a capitalised adjective is the head of the subject,
            // not its verb.
            let head_follows = end + 2 < before
                && self.tokens.get(end + 1).is_some_and(|token| {
                    let text = token.text(self.text);
                    token.kind == TokenKind::Word
                        && text.starts_with(char::is_lowercase)
                        && (is_speaker_noun(text) || unnamed_person(text))
                });
            if head_follows {
                end += 1;
            }
            // "Government officials in Ruritania updated …, saying": the
            // named place of the holders' office.
            if let Some(place) = self.holder_place(start, end, before) {
                end = place;
            }
            let next = self.tokens.get(end + 1)?;
            let verb_follows = end + 1 < before
                && next.kind == TokenKind::Word
                && next.text(self.text).starts_with(char::is_lowercase);
            verb_follows.then_some((start, end))
        };
        // A pronoun subject: "But he appeared to go further by conceding …".
        let pronoun_at = |start: usize| -> Option<(usize, usize)> {
            let word = self.tokens.get(start)?.text(self.text);
            let next = self.tokens.get(start + 1)?;
            let verb_follows = start + 1 < before
                && next.kind == TokenKind::Word
                && next.text(self.text).starts_with(char::is_lowercase);
            if is_pronoun(word) {
                return verb_follows.then_some((start, start));
            }
            // "The ministry ended the briefing by saying …".
            let near = || {
                if !word.eq_ignore_ascii_case("the") {
                    return None;
                }
                let head = (start + 1..before.min(start + 4)).find(|idx| {
                    self.tokens.get(*idx).is_some_and(|token| {
                        token.kind == TokenKind::Word && is_speaker_noun(token.text(self.text))
                    })
                })?;
                let verb_follows = self.tokens.get(head + 1).is_some_and(|next| {
                    head + 1 < before
                        && next.kind == TokenKind::Word
                        && next.text(self.text).starts_with(char::is_lowercase)
                });
                verb_follows.then_some((start, head))
            };
            near().or_else(|| self.described_subject(start, before))
        };
        // The sentence's own subject first ("Erdogan visited A, B and C,
        // saying …"; after "But" or "And"), then the nearest clause that
        // opens after a comma, at most `MAX_CLAUSE_BACK` tokens back (linear
        // in long sentences).
        let conjunction = self
            .tokens
            .first()
            .is_some_and(|token| ["But", "And", "Yet", "So"].contains(&token.text(self.text)));
        let opening = usize::from(conjunction);
        if let Some(found) = name_at(opening).or_else(|| pronoun_at(opening)) {
            return Some(found);
        }
        (before.saturating_sub(MAX_CLAUSE_BACK)..before)
            .rev()
            .filter(|start| *start > 0 && self.is_symbol(start - 1, &[","]))
            .find_map(name_at)
            .or_else(|| self.opening_subject(opening, before))
    }

    /// A subject of up to six words that an article opens and a speaker
    /// noun heads, past a possessive or a name before it ("The mayor's
    /// office defended the response, saying …", "A White House
    /// spokesperson defended the review, adding …"), followed by its verb
    /// before token `before`: a lower-case word that is no speaker noun and
    /// no preposition or conjunction.
    fn described_subject(&self, start: usize, before: usize) -> Option<(usize, usize)> {
        const LINKS: &[&str] = &[
            "of", "and", "or", "in", "at", "on", "for", "to", "from", "with", "who", "which",
            "that",
        ];
        if !["the", "a", "an"].contains(&self.low(start)) {
            return None;
        }
        let lower_word = |idx: usize| {
            self.tokens.get(idx).is_some_and(|token| {
                token.kind == TokenKind::Word
                    && token.text(self.text).starts_with(char::is_lowercase)
            })
        };
        let head = (start + 1..before.min(start + 7))
            .take_while(|idx| {
                self.kind(*idx) == Some(TokenKind::Word) || self.is_symbol(*idx, &["'", "’"])
            })
            .find(|idx| {
                let next = idx + 1;
                self.kind(*idx) == Some(TokenKind::Word)
                    && is_speaker_noun(self.low(*idx))
                    && next < before
                    && lower_word(next)
                    && !is_speaker_noun(self.low(next))
                    && !LINKS.contains(&self.low(next))
            })?;
        Some((start, head))
    }

    /// The noun phrase that opens the sentence (from token `opening`) as
    /// the subject of a verb before token `before`, for a name the capitals
    /// alone do not read ("Kenya's President William Ruto thanked …"): a
    /// phrase with a capitalised word, followed by a lower-case verb.
    fn opening_subject(&self, opening: usize, before: usize) -> Option<(usize, usize)> {
        // The phrase reads on into the verb ("… Ruto thanked"): it ends at
        // its last capitalised word.
        let end = (opening..=self.np_end(opening, before)?)
            .rev()
            .find(|idx| {
                self.tokens
                    .get(*idx)
                    .is_some_and(|token| token.text(self.text).starts_with(char::is_uppercase))
            })?;
        let verb_follows = self.tokens.get(end + 1).is_some_and(|next| {
            end + 1 < before
                && next.kind == TokenKind::Word
                && next.text(self.text).starts_with(char::is_lowercase)
                && !["of", "and", "or", "in", "at", "on", "for"].contains(&next.text(self.text))
        });
        let opener = self.tokens.get(opening).is_some_and(|token| {
            ["The", "This", "These", "That", "It", "A", "An"].contains(&token.text(self.text))
        });
        (verb_follows && !opener).then_some((opening, end))
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
                if text.eq_ignore_ascii_case("and") || text == "&" {
                    // "U.K. and U.S.": the dot of an initial counts as its letter.
                    let capital = |at: Option<usize>| {
                        at.is_some_and(|at| {
                            self.tokens.get(at).is_some_and(|token| {
                                token.text(self.text).starts_with(char::is_uppercase)
                            }) || (self.is_symbol(at, &["."]) && self.after_initial(at))
                        })
                    };
                    // "Russia and its proxy officials".
                    // "Britain and the U.S.".
                    let possessive = self.tokens.get(idx + 1).is_some_and(|next| {
                        ["its", "their", "his", "her"].contains(&next.text(self.text))
                            || (next.text(self.text) == "the" && capital(Some(idx + 2)))
                    });
                    return capital(idx.checked_sub(1)) && (capital(Some(idx + 1)) || possessive);
                }
                // "spokesman for Ukraine's Security Service", "an adviser to
                // the president": a title's "for" or "to" stays in its phrase.
                let title_link = ["for", "to"].contains(&text)
                    && idx
                        .checked_sub(1)
                        .and_then(|prev| self.tokens.get(prev))
                        .is_some_and(|prev| {
                            let word = prev.text(self.text).to_lowercase();
                            super::TITLE_WORDS.contains(&word.as_str())
                                || PERSON_HEADS.contains(&word.as_str())
                                // "a source close to the group", "a person
                                // with ties to the army".
                                || (TIES.contains(&word.as_str()) && text == "to")
                        });
                // "a person with ties to the army", "a source with
                // knowledge of the talks": the tie describes the person,
                // who speaks, not the body tied to.
                let tie = text == "with"
                    && self.tokens.get(idx + 1).is_some_and(|next| {
                        let word = next.text(self.text).to_lowercase();
                        TIES.contains(&word.as_str()) || word == "knowledge"
                    });
                title_link
                    || tie
                    || self.name_link(idx)
                    || (!STOPS.iter().any(|stop| stop.eq_ignore_ascii_case(text))
                        && !words::is_weekday(text))
            }
            TokenKind::Symbol => match text {
                "’" | "'" => {
                    self.name_apostrophe(idx)
                        || self
                            .tokens
                            .get(idx + 1)
                            .is_some_and(|next| next.glued && next.text(self.text) == "s")
                }
                "." => self.after_initial(idx),
                "," => self.name_list_comma(idx),
                "-" | "&" => token.glued,
                _ => false,
            },
            // "A 38-year-old man said": a number glued by a hyphen to the
            // word after it is a modifier ("38-year-old", "12-member").
            TokenKind::Number => {
                self.tokens
                    .get(idx + 1)
                    .is_some_and(|next| next.glued && next.text(self.text) == "-")
                    && self
                        .tokens
                        .get(idx + 2)
                        .is_some_and(|word| word.glued && word.kind == TokenKind::Word)
            }
        }
    }

    /// Whether a lower-case article at token `first` opens its noun phrase,
    /// so the word `prev` before it is no part of it ("Now the JIT traced"):
    /// only a preposition or a conjunction links an article into a longer
    /// phrase ("head of the ministry", "Britain and the U.S.").
    fn opens_phrase(&self, first: usize, prev: usize) -> bool {
        let word = |idx: usize| {
            self.tokens
                .get(idx)
                .map_or("", |token| token.text(self.text))
        };
        ["the", "a", "an"].contains(&word(first))
            && ![
                "of", "for", "to", "and", "at", "in", "on", "by", "from", "with", "&",
            ]
            .contains(&word(prev).to_lowercase().as_str())
    }

    /// "Erdogan has faced criticism from the quake's survivors about …": the
    /// ones a noun of saying comes from speak (up to a preposition).
    fn criticism_from(&self) -> Option<(Attribution, usize)> {
        let word = |idx: usize| {
            self.tokens
                .get(idx)
                .map_or("", |token| token.text(self.text))
        };
        let noun = (0..self.tokens.len())
            .find(|idx| FROM_NOUNS.contains(&self.low(*idx)) && word(idx + 1) == "from")?;
        let first = noun + 2;
        let mut end = None;
        for idx in first..(first + MAX_SPEAKER).min(self.tokens.len()) {
            let text = word(idx);
            let token = self.tokens.get(idx)?;
            let part = match token.kind {
                // A preposition or a "that" ends the noun phrase read forward.
                TokenKind::Word => {
                    !grammar::is_preposition(text) && text != "that" && !STOPS.contains(&text)
                }
                TokenKind::Symbol => ["’", "'"].contains(&text),
                TokenKind::Number => false,
            };
            if !part {
                break;
            }
            end = Some(idx);
        }
        let end = end?;
        let head = word(end);
        let named = head.starts_with(char::is_uppercase) || is_speaker_noun(head);
        // What it is about ends at a comma or a time adjunct.
        let after = self.tokens.get(end)?.end;
        let rest = self.text.get(after..)?;
        let scope_end = std::iter::once(rest.find([',', ';']))
            .chain(TIME_ADJUNCTS.iter().map(|adjunct| rest.find(adjunct)))
            .flatten()
            .min()
            .map_or(self.text.len(), |at| after + at);
        named.then(|| {
            (
                Attribution {
                    speaker: self.slice(first, end).unwrap_or_default().to_string(),
                    cue: format!("{} from", word(noun).to_lowercase()),
                    ..Attribution::default()
                },
                scope_end,
            )
        })
    }

    /// "An international team of legal experts … released preliminary
    /// findings supporting the theory that …": whoever publishes a document
    /// that says what follows speaks.
    fn published_document(&self) -> Option<Attribution> {
        let word = |idx: usize| {
            self.tokens
                .get(idx)
                .map_or("", |token| token.text(self.text))
        };
        (1..self.tokens.len()).find_map(|verb| {
            let cue = word(verb);
            if !PUBLISH_VERBS.contains(&cue) || ["posted", "shared"].contains(&cue) {
                return None;
            }
            let noun = (verb + 1..self.tokens.len().min(verb + 4)).find(|idx| {
                DOCUMENT_NOUNS.contains(&self.low(*idx)) || word(*idx) == "documents"
            })?;
            let says = [
                "that",
                "which",
                "showing",
                "saying",
                "suggesting",
                "supporting",
                "indicating",
                "concluding",
                "finding",
                ":",
            ]
            .contains(&word(noun + 1));
            if !says {
                return None;
            }
            let (first, end, _) = self
                .np_subject(verb)
                .or_else(|| self.subject_before(verb))?;
            Some(Attribution {
                speaker: self.slice(first, end)?.to_string(),
                cue: cue.to_string(),
                ..Attribution::default()
            })
        })
    }

    /// Whether token `idx` is a participle of giving out news with "by"
    /// after it and a document noun before it ("the news released by").
    fn released_by(&self, idx: usize) -> bool {
        let word = |at: usize| {
            self.tokens
                .get(at)
                .filter(|token| token.kind == TokenKind::Word)
                .map(|_| self.low(at))
        };
        let Some(noun) = idx.checked_sub(1).and_then(word) else {
            return false;
        };
        word(idx).is_some_and(|verb| RELEASE_VERBS.contains(&verb))
            && word(idx + 1).is_some_and(|by| by == "by")
            && (is_document(noun) || RELEASED_NOUNS.contains(&noun))
    }

    /// The noun of a count of one's own opening at token `at`: a possessive
    /// pronoun, "own" if written, then a noun of counting ("his own count",
    /// "their tally", "its own figures").
    fn own_count(&self, at: usize) -> Option<usize> {
        const COUNTS: &[&str] = &[
            "count",
            "tally",
            "figures",
            "estimate",
            "estimates",
            "calculations",
            "numbers",
            "data",
            "records",
        ];
        if !["his", "her", "their", "its"].contains(&self.low(at)) {
            return None;
        }
        let noun = at + 1 + usize::from(self.low(at + 1) == "own");
        COUNTS.contains(&self.low(noun)).then_some(noun)
    }

    /// The "by" that names who gave out the information opening at token
    /// `at`: a noun of documents, records or news within its first four
    /// words, a participle of giving out or gathering, then at most eight
    /// words of when and to whom, no comma between ("figures shared with the
    /// newspaper on Monday by", "data released on Friday by").
    fn released_agent(&self, at: usize) -> Option<usize> {
        let word = |idx: usize| self.kind(idx) == Some(TokenKind::Word);
        let noun = (at..at + 4).take_while(|idx| word(*idx)).find(|idx| {
            let noun = self.low(*idx);
            is_document(noun)
                || RELEASED_NOUNS.contains(&noun)
                || ["statistics", "numbers", "estimates", "count"].contains(&noun)
                // "testimonies collected by the Citizens' Front": a record
                // gathered is its gatherer's.
                || is_record(noun)
        })?;
        let verb = noun + 1;
        if !RELEASE_VERBS.contains(&self.low(verb))
            && !["collected", "gathered"].contains(&self.low(verb))
        {
            return None;
        }
        (verb + 1..verb + 10)
            .take_while(|idx| {
                (word(*idx) || self.kind(*idx) == Some(TokenKind::Number))
                    && !["that", "which", "who", "and", "but"].contains(&self.low(*idx))
            })
            .find(|idx| self.low(*idx) == "by")
            .filter(|by| word(by + 1))
    }

    /// True when the word before token `idx` is "documents" ("documents reviewed by").
    fn follows_documents(&self, idx: usize) -> bool {
        idx.checked_sub(1)
            .and_then(|prev| self.tokens.get(prev))
            .is_some_and(|prev| prev.text(self.text).eq_ignore_ascii_case("documents"))
    }

    /// True for the dot of an initial: "M." in "M. Taylor Fravel".
    /// Whether the apostrophe at token `idx` is inside a surname ("O’Hara",
    /// "D'Souza"): glued to a lone capital letter before it and to a
    /// capitalised word after it.
    fn name_apostrophe(&self, idx: usize) -> bool {
        let mark = self.tokens.get(idx);
        let next = self.tokens.get(idx + 1);
        mark.is_some_and(|mark| mark.glued && ["’", "'"].contains(&mark.text(self.text)))
            && next.is_some_and(|next| {
                next.glued
                    && next.kind == TokenKind::Word
                    && next.text(self.text).starts_with(char::is_uppercase)
            })
            && idx
                .checked_sub(1)
                .and_then(|prev| self.tokens.get(prev))
                .is_some_and(|prev| {
                    let text = prev.text(self.text);
                    prev.kind == TokenKind::Word
                        && text.chars().count() == 1
                        && text.starts_with(char::is_uppercase)
                })
    }

    fn after_initial(&self, idx: usize) -> bool {
        idx.checked_sub(1)
            .and_then(|prev| self.tokens.get(prev))
            .is_some_and(|prev| {
                let text = prev.text(self.text);
                prev.kind == TokenKind::Word
                    && ((text.chars().count() == 1 && text.starts_with(char::is_uppercase))
                        || subject::title_abbreviation(text))
            })
    }

    /// The last token of a time adjunct that opens at token `from` ("on
    /// Sunday", "on September 25", "yesterday", "late on Friday"), with the
    /// comma after it, if any.
    /// Whether a time phrase opens at token `idx`: a day's name ("Friday"),
    /// "yesterday", "today", "tonight", or "last", "this", "next" or
    /// "earlier" before a day, a month or a noun of time ("last week",
    /// "earlier this month").
    fn time_opens(&self, idx: usize) -> bool {
        let word = self.slice(idx, idx).unwrap_or("");
        let timed = |at: usize| {
            let next = self.slice(at, at).unwrap_or("");
            words::is_weekday(next)
                || words::month(next).is_some()
                || TIME_NOUNS.contains(&self.low(at))
                || ["week", "month", "year", "day"].contains(&self.low(at))
        };
        words::is_weekday(word)
            // Lower case: "USA Today" is a name.
            || ["yesterday", "today", "tonight"].contains(&word)
            || (["last", "this", "next"].contains(&self.low(idx)) && timed(idx + 1))
            || (self.low(idx) == "earlier"
                && (timed(idx + 1) || (self.low(idx + 1) == "this" && timed(idx + 2))))
    }

    fn time_after(&self, from: usize) -> Option<usize> {
        let mut idx = from;
        if ["late", "early", "earlier", "later"].contains(&self.low(idx))
            && self.low(idx + 1) == "on"
        {
            idx += 1;
        }
        let last = match self.low(idx) {
            "yesterday" | "today" | "tonight" | "earlier" | "later" => idx,
            "on" => {
                let word = self.slice(idx + 1, idx + 1)?;
                if words::is_weekday(word) {
                    idx + 1
                } else if words::month(word).is_some() {
                    let day = self
                        .tokens
                        .get(idx + 2)
                        .is_some_and(|token| token.kind == TokenKind::Number);
                    if day {
                        idx + 2
                    } else {
                        idx + 1
                    }
                } else {
                    return None;
                }
            }
            _ => return None,
        };
        Some(if self.is_symbol(last + 1, &[","]) {
            last + 1
        } else {
            last
        })
    }

    /// The innermost holder of a chain of reports (FactBank's source
    /// chain): in "TASS reported that Russian-appointed officials said that
    /// Ukraine shelled the plant", the officials hold the claim and TASS
    /// reports their words. `outer` is the first frame read, at its verb;
    /// a verb of saying that opens its "that" complement with a subject of
    /// its own is the next link.
    fn innermost<'h>(
        &self,
        outer: (&'h Hit, Attribution),
        verbs: impl Iterator<Item = &'h Hit>,
    ) -> Attribution {
        let (hit, found) = outer;
        let Some(last) = self.last_token(hit.span.end) else {
            return found;
        };
        // Only a complement "that" right after the verb (or after "on
        // Sunday"): "X said that Y said …".
        let that = self
            .time_after(last + 1)
            .unwrap_or(last)
            .checked_add(1)
            .filter(|at| self.low(*at) == "that");
        let (Some(that), false) = (that, found.direct) else {
            return found;
        };
        let inner = verbs
            .filter(|next| next.span.start > hit.span.end)
            .find_map(|next| {
                let at = self.first_token(next.span.start)?;
                let (first, _, _) = self.np_subject(at)?;
                // The inner subject opens the complement.
                (first == that + 1).then(|| self.speech(next)).flatten()
            });
        match inner {
            // "He said that many people in Ukraine have stated that …": an
            // unnamed crowd names no holder; the outer speaker asserts it.
            // "The minister said that the investigation found …": a
            // document is the evidence the speaker cites.
            Some(inner) if vague_holder(&inner.speaker) || is_evidence(&inner.speaker) => found,
            Some(inner) if inner.reported_by.is_none() && !is_pronoun(&inner.speaker) => {
                Attribution {
                    reported_by: Some(found.speaker),
                    ..inner
                }
            }
            _ => found,
        }
    }

    /// "A man has admitted to setting the fire and investigators have
    /// established a motive, a prosecutor said on Monday.": an admission
    /// told in a sentence that a closing reporting clause credits is an
    /// event the closing clause's speaker reports, and that speaker speaks
    /// for the whole sentence. The closing clause follows the sentence's
    /// last comma with its subject and verb, and nothing but a short adjunct
    /// ("on Monday", "in a statement") after the verb.
    fn admission_credited<'h>(
        &self,
        outer: (&'h Hit, Attribution),
        mut verbs: impl Iterator<Item = &'h Hit>,
    ) -> (&'h Hit, Attribution) {
        let admits = self
            .text
            .get(outer.0.span.clone())
            .is_some_and(|cue| ADMITTING.contains(&cue.to_lowercase().as_str()));
        if !admits {
            return outer;
        }
        let closing = verbs.find(|hit| {
            hit.span.start > outer.0.span.end
                && self.text.get(hit.span.end..).is_some_and(|after| {
                    let words: Vec<&str> = after
                        .split(|ch: char| !ch.is_alphanumeric())
                        .filter(|word| !word.is_empty())
                        .collect();
                    !after.contains([',', ';', ':', '"', '“', '”'])
                        && words.len() <= 6
                        && words.first().is_none_or(|first| {
                            subject::ADVERBIAL_OPENERS.contains(&first.to_lowercase().as_str())
                                || crate::values::words::is_weekday(first)
                        })
                })
        });
        let Some(closing) = closing else {
            return outer;
        };
        let subject = self
            .text
            .get(outer.0.span.end..closing.span.start)
            .and_then(|between| between.rsplit_once(','))
            .map(|(_, subject)| subject.to_lowercase());
        // "…, and the regulator said on Friday": a coordinate clause is no
        // credit of the one before.
        let coordinate = |subject: &str| {
            subject
                .split_whitespace()
                .next()
                .is_some_and(|first| ["and", "but", "or", "while"].contains(&first))
        };
        match (subject, self.speech(closing)) {
            (Some(subject), Some(found))
                if !found.direct
                    && !coordinate(&subject)
                    && subject.contains(&found.speaker.to_lowercase()) =>
            {
                (closing, found)
            }
            _ => outer,
        }
    }

    /// The speaker of "X citing Y said …": X, the noun phrase before
    /// "citing" when nothing but the cited noun phrase stands between it and
    /// the verb of saying `verb` ("…, citing Y, said" is read elsewhere).
    fn citing_subject(&self, citing: &Hit, verb: &Hit) -> Option<Attribution> {
        let at = self.first_token(citing.span.start)?;
        let verb_at = self.first_token(verb.span.start)?;
        let before = self.tokens.get(at.checked_sub(1)?)?;
        if before.kind != TokenKind::Word {
            return None;
        }
        // Only the cited words between "citing" and the verb: no comma,
        // no clause of their own.
        let plain = (at + 1..verb_at).all(|idx| {
            self.tokens.get(idx).is_some_and(|token| {
                token.kind != TokenKind::Symbol || self.is_symbol(idx, &["’", "'", "-"])
            }) && !["that", "who", "which"].contains(&self.low(idx))
        });
        if !plain || verb_at <= at + 1 {
            return None;
        }
        let cue = self.text.get(verb.span.clone())?.to_lowercase();
        if !cue.starts_with(char::is_lowercase) || self.passive(verb_at, &cue) {
            return None;
        }
        let (first, end, _) = self.np_subject(at)?;
        let speaker = self.slice(first, end)?;
        let speaker = mid_sentence(speaker, first);
        Some(Attribution {
            speaker,
            cue,
            ..Attribution::default()
        })
    }

    /// A reciprocal report: "Ukraine and Russia blamed each other for …",
    /// "Kyiv and Moscow have traded accusations of …". Its subject is the
    /// coordination of the parties, each of whom accuses the other (the
    /// speaker of one claim is the party that is not its actor, see
    /// `QuoteReading::attribution_for`); the cue keeps the reciprocal.
    fn reciprocal(&self) -> Option<Attribution> {
        let n_tokens = self.tokens.len();
        let (verb, cue) = (0..n_tokens).find_map(|idx| {
            let word = self.low(idx);
            let next = self.low(idx + 1);
            let pair = (next, self.low(idx + 2));
            let each_other =
                matches!(pair, ("each", "other")) || matches!(pair, ("one", "another"));
            if each_other && saying::is(word, saying::ACCUSES) {
                let cue = format!("{word} {} {}", pair.0, pair.1);
                return Some((idx, cue));
            }
            // "Kyiv and Moscow have each accused the other of …".
            let each_before = idx
                .checked_sub(1)
                .is_some_and(|prev| self.low(prev) == "each");
            let the_other = next == "the" && self.low(idx + 2) == "other";
            if each_before && the_other && saying::is(word, saying::ACCUSES) {
                return Some((idx, format!("{word} the other")));
            }
            // "traded accusations", "exchanged mutual accusations".
            let trades = TRADE_VERBS.contains(&word);
            let noun = (idx + 1..=idx + 2).find(|at| RECIPROCAL_NOUNS.contains(&self.low(*at)));
            match noun {
                Some(at) if trades => Some((idx, format!("{word} {}", self.low(at)))),
                _ => None,
            }
        })?;
        let (first, mut end, _) = self
            .np_subject(verb)
            .or_else(|| self.subject_of(verb, true))?;
        // "Kyiv and Moscow have each accused …": the subject ends before
        // its auxiliary and quantifier.
        while end > first && RECIPROCAL_SKIPS.contains(&self.low(end)) {
            end -= 1;
        }
        let speaker = self.slice(first, end)?;
        let speaker = mid_sentence(speaker, first);
        Some(Attribution {
            speaker,
            cue,
            ..Attribution::default()
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

/// A speaker phrase as it reads mid-sentence: "The SBU" opening the
/// sentence (its first token, `first`, is the sentence's first) is "the
/// SBU" elsewhere.
fn mid_sentence(phrase: &str, first: usize) -> String {
    match phrase.strip_prefix("The ") {
        Some(rest) if first == 0 => format!("the {rest}"),
        _ => phrase.to_string(),
    }
}
#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Lexicon;
    use crate::model::{Credit, Document, Sentence, SentenceKind, Stance};
    use crate::provenance::Analyzer;
    use proptest::prelude::*;

    /// Expected attribution of the sentence starting with a prefix: speaker, cue, direct.
    type Case<'a> = (&'a str, Option<(&'a str, &'a str, bool)>);

    fn analyzer() -> Analyzer {
        Analyzer::new(&Lexicon::default())
    }

    /// Splits `text` at line breaks and after `.`, `?` or `!` (and a closing
    /// quote) followed by a space, except after an initial such as "M.".
    fn article(text: &str) -> Article {
        let mut sentences = Vec::new();
        let mut start = 0;
        let push = |from: usize, to: usize, sentences: &mut Vec<Sentence>| {
            let piece = &text[from..to];
            let trimmed = piece.trim();
            if !trimmed.is_empty() {
                let offset = from + piece.find(trimmed).expect("trimmed text is inside");
                // "# Headline": a heading, its text after the marker.
                let (offset, trimmed, kind) = match trimmed.strip_prefix("# ") {
                    Some(rest) => (offset + 2, rest, SentenceKind::Heading),
                    None => (offset, trimmed, SentenceKind::Body),
                };
                sentences.push(Sentence {
                    start: offset,
                    end: offset + trimmed.len(),
                    line: 1,
                    line_start: 0,
                    kind,
                    repeat_of: None,
                });
            }
        };
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        for (pos, &(idx, ch)) in chars.iter().enumerate() {
            let next = chars.get(pos + 1).map(|&(_, next)| next);
            if ch == '\n' {
                push(start, idx, &mut sentences);
                start = idx + 1;
            } else if matches!(ch, '.' | '?' | '!') {
                let mut end = idx + 1;
                let mut after = next;
                if matches!(after, Some('”' | '"')) {
                    end += after.map_or(0, char::len_utf8);
                    after = chars.get(pos + 2).map(|&(_, next)| next);
                }
                let initial = pos >= 2
                    && chars[pos - 1].1.is_uppercase()
                    && !chars[pos - 2].1.is_alphanumeric();
                if after.is_some_and(char::is_whitespace) && !initial {
                    push(start, end, &mut sentences);
                    start = end;
                }
            }
        }
        push(start, text.len(), &mut sentences);
        Article {
            document: Document::default(),
            text: text.to_string(),
            sentences,
            breaks: Vec::new(),
        }
    }

    #[test]
    fn a_pronoun_that_recalls_or_continues_after_a_quotation_is_the_last_person() {
        for cue in ["recalled", "continued", "added", "explained"] {
            let text = format!(
                "Rafiq Khan said the crews came late. “We waited for an hour,” he {cue}.\n"
            );
            check_resolved(&text, "“We waited", ("he", Some("Rafiq Khan"), None, false));
        }
        // "He" is never a name the article calls a body.
        for text in [
            "Rafiq Khan said the crews came late. The security firm Ambrey said the ship was hit. “We waited for an hour,” he recalled.\n",
            "Rafiq Khan said the crews came late. Ambrey, a British security firm, said the ship was hit. “We waited for an hour,” he added.\n",
            "Rafiq Khan said the crews came late. British maritime security firm Ambrey said the ship was hit. “We waited for an hour,” he recalled.\n",
        ] {
            check_resolved(text, "“We waited", ("he", Some("Rafiq Khan"), None, false));
        }
        let text = "The ferry sank at noon. “The water came in fast,” Maria Lopez recalled.\n";
        check(text, "“The water", Some(("Maria Lopez", "recalled", true)));
        // Not after a quotation, recalling reports nothing.
        let text = "Rafiq Khan said the crews came late. He recalled the flood of 2018.\n";
        check(text, "He recalled", None);
    }

    #[test]
    fn one_tied_to_a_body_speaks_not_the_body() {
        // "with ties to", "with links to", "with knowledge of": the tie
        // describes the one who speaks.
        for (text, speaker) in [
            (
                "A person with ties to the army said the ship was seized.",
                "A person with ties to the army",
            ),
            (
                "A man with links to the Revolutionary Guard said the tanker was held.",
                "A man with links to the Revolutionary Guard",
            ),
            (
                "A source with knowledge of the talks said the deal had collapsed.",
                "A source with knowledge of the talks",
            ),
            (
                "An aide with close ties to the governor said the budget was cut.",
                "An aide with close ties to the governor",
            ),
        ] {
            check(text, text, Some((speaker, "said", false)));
        }
        // The body itself speaking is the body.
        let text = "The Revolutionary Guard said the tanker was held.";
        check(text, text, Some(("the Revolutionary Guard", "said", false)));
    }

    #[test]
    fn a_long_title_chain_before_a_name_leaves_the_person_speaking() {
        // The title (a body with "and" inside it, a lower-case title, an
        // abbreviated "DG") is the affiliation; the person speaks.
        for (text, speaker, cue) in [
            (
                "According to a statement by the Kerala flood relief and rescue services director general P Suresh Menon, the boat capsized at dawn.",
                "P Suresh Menon",
                "according to",
            ),
            (
                "According to the state fire and rescue services director general Anil Kumar, the ferry sank at noon.",
                "Anil Kumar",
                "according to",
            ),
            (
                "Kerala Flood Relief and Rescue Services DG P Suresh Menon confirmed that the boat capsized at dawn.",
                "P Suresh Menon",
                "confirmed",
            ),
            (
                "Coast Guard and Marine Rescue Services DG R K Nair said the ferry sank at noon.",
                "R K Nair",
                "said",
            ),
        ] {
            check(text, text, Some((speaker, cue, false)));
        }
        // Two speakers joined before a title stay two.
        let text = "Russia and Turkish President Recep Erdogan said the ferry sank at noon.";
        check(
            text,
            text,
            Some(("Russia and Turkish President Recep Erdogan", "said", false)),
        );
    }

    #[test]
    fn an_and_inside_a_titles_of_phrase_joins_the_body_not_two_speakers() {
        let text =
            "Minister of State for Health and Family Welfare Anita Rao said the clinic had closed.";
        check(text, text, Some(("Anita Rao", "said", false)));
        // A name before the "and" makes two speakers: the first, a titled
        // person with another titled person, speaks for both.
        let text = "Minister of Health Ana Lopez and Juan Perez said the clinic had closed.";
        check(
            text,
            text,
            Some(("Minister of Health Ana Lopez and Juan Perez", "said", false)),
        );
        let text = "Minister of Health Ana Lopez and Interior Minister Juan Perez said the clinic had closed.";
        check(text, text, Some(("Ana Lopez", "said", false)));
    }

    #[test]
    fn the_first_of_two_holders_each_in_its_own_right_speaks() {
        for (text, speaker, cue) in [
            (
                "Transport Minister Ana Lopez and fire chief Juan Perez told reporters the bridge had fallen.",
                "Ana Lopez",
                "told",
            ),
            (
                "Local officials and the Red Cross said the bridge had fallen.",
                "Local officials",
                "said",
            ),
            (
                "Nine people died, hospital staff and a Reuters reporter said.",
                "hospital staff",
                "said",
            ),
            (
                "Nine people died, according to local media and a regional hospital.",
                "local media",
                "according to",
            ),
        ] {
            check(text, text, Some((speaker, cue, false)));
        }
        // One group, one body's name, two parties of a reciprocal report,
        // and a place before a titled person stay whole.
        for (text, speaker, cue) in [
            (
                "Police and prosecutors said the bridge had fallen.",
                "Police and prosecutors",
                "said",
            ),
            (
                "The Netherlands and Australia said the plane was shot down.",
                "the Netherlands and Australia",
                "said",
            ),
            (
                "The Ministry of Land, Infrastructure and Transport said the runway was closed.",
                "the Ministry of Land, Infrastructure and Transport",
                "said",
            ),
            (
                "Ukraine and the separatists accused each other of shelling the plant.",
                "Ukraine and the separatists",
                "accused each other",
            ),
            (
                "Russia and Turkish President Recep Erdogan said the ferry sank at noon.",
                "Russia and Turkish President Recep Erdogan",
                "said",
            ),
        ] {
            check(text, text, Some((speaker, cue, false)));
        }
    }

    #[test]
    fn an_and_inside_a_holders_of_or_for_phrase_joins_its_objects() {
        // "of"/"for" before the "and": the conjunction joins what the
        // preposition takes, one body or one spokesperson for both.
        for (text, speaker) in [
            (
                "The Ministry of Energy and the Environment said the dam was safe.",
                "the Ministry of Energy and the Environment",
            ),
            (
                "A spokesman for the army and the police said the road was open.",
                "A spokesman for the army and the police",
            ),
            (
                "The dam was safe, the Department of Water and the Interior said.",
                "the Department of Water and the Interior",
            ),
        ] {
            check(text, text, Some((speaker, "said", false)));
        }
        // A person after the "and" is a second holder: the first speaks.
        let text = "A spokesman for the army and a police officer said the road was open.";
        check(
            text,
            text,
            Some(("A spokesman for the army", "said", false)),
        );
        // So is a body of its own, an acronym or a country: two holders.
        for text in [
            "The Ministry of Defence and the UN said the road was open.",
            "The Ministry of Defence and the United States said the road was open.",
        ] {
            check(text, text, Some(("the Ministry of Defence", "said", false)));
        }
    }

    #[test]
    fn a_bodys_own_name_after_a_title_word_is_no_person() {
        // "General" before "Hospital", "Interior" before "Affairs": words
        // of a body's name, not a title before a surname.
        for (text, speaker, cue) in [
            (
                "A spokeswoman for the Lakeside General Hospital said it had received nine patients.",
                "A spokeswoman for the Lakeside General Hospital",
                "said",
            ),
            (
                "The Secretary General of the General Directorate of Interior Affairs stated that nine people died.",
                "the Secretary General of the General Directorate of Interior Affairs",
                "stated",
            ),
            (
                "Nine people died, the Chief Minister's Press Wing said today.",
                "the Chief Minister's Press Wing",
                "said",
            ),
        ] {
            check(text, text, Some((speaker, cue, false)));
        }
    }

    #[test]
    fn verbs_of_pointing_hinting_and_recounting_report_their_subjects_view() {
        for (text, speaker, cue) in [
            (
                "A spokesperson for the regional rescue agency pointed to faulty wiring as the cause of the fire.",
                "A spokesperson for the regional rescue agency",
                "pointed to",
            ),
            (
                "Investigators hinted at a larger plot behind the attack.",
                "Investigators",
                "hinted",
            ),
            (
                "Survivors recounted chaos as the gunmen opened fire.",
                "Survivors",
                "recounted",
            ),
        ] {
            check(text, text, Some((speaker, cue, false)));
        }
    }

    #[test]
    fn a_participle_of_reporting_speaks_for_a_described_subject() {
        // "…, saying", "…, adding", "…, reporting" after a clause whose
        // subject is a speaker noun past a possessive or a name.
        for (text, speaker, cue) in [
            (
                "The mayor's office defended the response, saying the crews arrived within minutes.",
                "The mayor's office",
                "saying",
            ),
            (
                "A City Hall spokesperson defended the review, adding that the deal was safe.",
                "A City Hall spokesperson",
                "adding",
            ),
            (
                "The rights group has also voiced concern, reporting that at least 40 people may have been killed.",
                "The rights group",
                "reporting",
            ),
        ] {
            check(text, text, Some((speaker, cue, false)));
        }
        // A subject that is no speaker noun speaks for nothing.
        let text = "The fire's smoke spread across the town, saying nothing of the cause.";
        check(text, text, None);
    }

    #[test]
    fn an_ing_word_before_a_speaker_noun_modifies_it() {
        let text = "Senior Italian doping officials said the sample showed an outside source.";
        check(
            text,
            text,
            Some(("Senior Italian doping officials", "said", false)),
        );
        // After the head, a participle still ends the phrase.
        let text = "Officials working at the port said the blast was an accident.";
        check(text, text, Some(("Officials", "said", false)));
    }

    #[test]
    fn an_inquiry_under_a_named_speaker_is_the_speakers_evidence() {
        for (text, speaker, cue) in [
            (
                "According to a statement by fire services director general Anil Kumar, the initial inquiry showed that the cause of the fire was a short circuit.",
                "Anil Kumar",
                "according to",
            ),
            (
                "Speaking to reporters, government spokeswoman Maria Lopez stated that the investigation found no evidence of sabotage.",
                "Maria Lopez",
                "stated",
            ),
        ] {
            check(text, text, Some((speaker, cue, false)));
        }
        // Alone, the inquiry holds what it shows; under a speaker, people
        // who find are holders of their own.
        let text = "The first inquiry showed that the cause of the blaze was a short circuit.";
        check(text, text, Some(("the first inquiry", "showed", false)));
        let text = "Anna Berg said that police investigators found that the fire was arson.";
        check(text, text, Some(("police investigators", "found", false)));
    }

    #[test]
    fn a_verb_of_saying_joined_by_but_or_after_an_adverb_shares_the_subject() {
        for (text, speaker, cue) in [
            (
                "He declined to discuss the motive, but said that the police had known the suspect.",
                "He",
                "said",
            ),
            (
                "The minister visited the site and later told reporters that nine people had died.",
                "The minister",
                "told",
            ),
            (
                "Police closed the road and said two officers were hurt.",
                "Police",
                "said",
            ),
        ] {
            check(text, text, Some((speaker, cue, false)));
        }
    }

    #[test]
    fn a_description_of_the_place_in_an_apposition_leaves_the_name_speaking() {
        let text =
            "Eva Holm, the mayor of Umea, a town in Sweden, told reporters the bridge collapsed.";
        check(text, text, Some(("Eva Holm", "told", false)));
        // A description of a person in its place is still an apposition.
        let text =
            "Eva Holm, the mayor of Umea, a former judge, told reporters the bridge collapsed.";
        check(text, text, Some(("Eva Holm", "told", false)));
    }

    #[test]
    fn a_place_noun_that_modifies_a_persons_head_is_the_persons_description() {
        // "a village elder", "a town councillor": the place noun modifies
        // the head; the person and the description are kept.
        for (text, description) in [
            (
                "Ahmed Khan, a village elder, said the road was cut.",
                "a village elder",
            ),
            (
                "Maria Silva, a city council member, said the road was cut.",
                "a city council member",
            ),
        ] {
            let article = article(text);
            let found = analyzer()
                .attribution(&article, 0)
                .expect("the sentence is attributed");
            assert_eq!(
                (found.speaker.as_str(), found.affiliation.as_deref()),
                (
                    text.split(',').next().unwrap_or_default(),
                    Some(description)
                ),
                "{text}"
            );
        }
    }

    #[test]
    fn an_ing_word_after_a_speaker_noun_opens_a_participle_not_a_name() {
        // "Doctors treating survivors": the head speaks; "treating" opens
        // a participle, as "living near" does. Before the head, an "-ing"
        // word still modifies it ("Italian doping officials").
        for (text, speaker, cue) in [
            (
                "Doctors treating survivors said the water was unsafe.",
                "Doctors",
                "said",
            ),
            (
                "Medics treating the wounded told reporters the water was unsafe.",
                "Medics",
                "told",
            ),
            (
                "Italian doping officials said the samples were clean.",
                "Italian doping officials",
                "said",
            ),
        ] {
            check(text, text, Some((speaker, cue, false)));
        }
    }

    #[test]
    fn he_or_she_never_stands_for_a_person_the_article_genders_otherwise() {
        // The article calls Maria Silva "she" (or "Ms."): "he" is the man
        // named after her, and "she" is still she.
        for text in [
            "Maria Silva said she saw soldiers fire. Ahmed Khan was also there. He denied it.",
            "Ms. Silva said soldiers fired. Ahmed Khan was also there. He denied it.",
        ] {
            check_resolved(text, "He denied", ("He", Some("Ahmed Khan"), None, false));
        }
        let text = "Maria Silva said she saw soldiers fire. Ahmed Khan was also there. She denied that the crowd was armed.";
        check_resolved(
            text,
            "She denied",
            ("She", Some("Maria Silva"), None, false),
        );
        // With no word of her gender, the last speaker stands as before.
        let text = "Maria Silva said soldiers fired. Ahmed Khan was also there. He denied it.";
        check_resolved(text, "He denied", ("He", Some("Maria Silva"), None, false));
        // A pronoun in the clause she reports, beside one of the other
        // gender, or in her quoted words, is someone else: no word of her
        // gender, so "she" is still she.
        for text in [
            "Maria Silva said he shot at her. Ahmed Khan was also there. She denied that the crowd was armed.",
            "Maria Silva told reporters he had fired at her. Ahmed Khan was also there. She denied that the crowd was armed.",
            "Maria Silva said: “He fired at us.” Ahmed Khan was also there. She denied that the crowd was armed.",
        ] {
            check_resolved(
                text,
                "She denied",
                ("She", Some("Maria Silva"), None, false),
            );
        }
    }

    #[test]
    fn a_name_is_gendered_only_by_the_text_before_the_sentence() {
        let text = "Ms. Silva spoke. Mr Khan said he left. Silva said he shot at her.";
        let genders = Genders::read(text);
        let at = |prefix: &str| text.find(prefix).unwrap_or(usize::MAX);
        assert_eq!(genders.female("Maria Silva", 0), None);
        assert_eq!(genders.female("Maria Silva", at("Mr Khan")), Some(true));
        assert_eq!(genders.female("Ahmed Khan", at("Mr Khan")), None);
        assert_eq!(genders.female("Ahmed Khan", at("Silva said")), Some(false));
        // "he" beside "her" in what Silva reports says nothing of her.
        assert_eq!(genders.female("Maria Silva", text.len()), Some(true));
        // A subject of the other gender later in the clause is another.
        let text = "James Zook said his sister was on the plane and she was fine.";
        assert_eq!(
            Genders::read(text).female("James Zook", text.len()),
            Some(false)
        );
    }

    #[test]
    fn a_dateline_dash_a_channel_and_a_day_are_no_part_of_the_speaker() {
        for (text, speaker, cue) in [
            (
                "WASHINGTON (UPI) -- The NTSB on Sunday said it found the door plug.",
                "The NTSB",
                "said",
            ),
            (
                "Fire Chief Anna Berg on X called the blaze a tragedy.",
                "Anna Berg",
                "called",
            ),
            (
                "The ferry was overloaded, according to investigators Thursday.",
                "investigators",
                "according to",
            ),
        ] {
            check(text, text, Some((speaker, cue, false)));
        }
    }

    #[test]
    fn a_capitalised_title_set_before_its_holder_in_commas_is_the_holders() {
        let text = "Regional Health Director, Anna Berg, emphasized the urgency of swift action.";
        check(text, text, Some(("Anna Berg", "emphasized", false)));
    }

    #[test]
    fn a_titled_person_of_a_place_is_the_person() {
        let text = "Regional Health Minister Anna Berg of Lower Saxony told reporters the clinic had closed.";
        check(text, text, Some(("Anna Berg", "told", false)));
    }

    #[test]
    fn a_name_speaks_past_an_apposition_missing_its_closing_comma() {
        for (text, speaker) in [
            (
                "Rafiq Khan, the family’s driver also blamed the delay on the crews.",
                "Rafiq Khan",
            ),
            (
                "Maria Lopez, the ship's cook also blamed the fire on the crew.",
                "Maria Lopez",
            ),
            (
                "Rafiq Khan, the family's driver, also blamed the delay.",
                "Rafiq Khan",
            ),
        ] {
            check(text, text, Some((speaker, "blamed", false)));
        }
        // A fronted time or place is no name before an apposition.
        for text in [
            "On Monday, the ship’s cook also blamed the delay on the crews.",
            "In Dhaka, the ship’s cook also blamed the delay on the crews.",
        ] {
            check(text, text, Some(("the ship’s cook", "blamed", false)));
        }
    }

    #[test]
    fn an_agency_quoting_someone_as_saying_credits_the_one_quoted() {
        // Already handled: the one quoted speaks, not the agency.
        for (text, prefix, speaker) in [
            (
                "The boat capsized at dawn, ANI news agency quoted Menon as saying.",
                "The boat",
                "Menon",
            ),
            (
                "PTI quoted the official as saying the dam held.",
                "PTI",
                "the official",
            ),
            (
                "Reuters quoted Anil Kumar as saying the ferry was overloaded.",
                "Reuters",
                "Anil Kumar",
            ),
        ] {
            check(text, prefix, Some((speaker, "quoted", false)));
        }
    }

    #[test]
    fn an_object_relative_of_saying_is_its_own_subjects() {
        // Already handled: "a result X said was rigged", "a figure X has
        // dismissed": the relative clause's subject holds it.
        for (text, speaker, cue) in [
            (
                "Hassan won with 98% of the vote, a result the opposition party Chadema said was rigged.",
                "the opposition party Chadema",
                "said",
            ),
            (
                "The ruling party won results that opposition groups have dismissed as fraudulent.",
                "opposition groups",
                "dismissed",
            ),
            (
                "The floods left 40 dead, a toll the local authorities said was too low.",
                "the local authorities",
                "said",
            ),
        ] {
            check(text, text, Some((speaker, cue, false)));
        }
    }

    #[test]
    fn a_wire_credit_line_is_no_speaker_of_the_sentences() {
        // Already handled: "(Maxim News)" or "- Maxim News" names the
        // outlet's source, not the holder of a sentence without one.
        for (text, prefix) in [
            ("(Maxim News) The dam burst at noon.", "(Maxim News)"),
            ("The dam burst at noon.\n- Maxim News", "The dam"),
            (
                "Two ferries sank in the storm.\n— Harbour Wire",
                "Two ferries",
            ),
        ] {
            check(text, prefix, None);
        }
    }

    #[test]
    fn a_saying_the_writer_calls_false_is_the_outlets_denial() {
        // "falsely stated", "wrongly claimed": the writer speaks, denying
        // what was said; without the adverb the officials are credited.
        for text in [
            "Officials falsely stated that the driver had a criminal record.",
            "The ministry wrongly claimed that the convoy carried weapons.",
        ] {
            check(text, text, None);
        }
        check(
            "Officials stated that the driver had a criminal record.",
            "Officials",
            Some(("Officials", "stated", false)),
        );
    }

    #[test]
    fn a_false_title_before_a_full_name_is_the_persons_description() {
        // "veteran reporter Amina Wafula": the lower-case noun before a
        // full name describes its holder; the person speaks.
        check(
            "Kenya's veteran reporter Amina Wafula said the vote was delayed.",
            "Kenya's",
            Some(("Amina Wafula", "said", false)),
        );
        check(
            "Town of Eastbrook manager Peter Lund said the bridge would reopen.",
            "Town",
            Some(("Peter Lund", "said", false)),
        );
        // A description before a body's acronym stays whole.
        check(
            "The think tank ISW said the advance had stalled.",
            "The think",
            Some(("ISW", "said", false)),
        );
    }

    #[test]
    fn praising_and_crediting_voice_a_judgement() {
        // Verbs of praise take a noun phrase: their subject voices it.
        check(
            "The fire chief praised the volunteers who pulled six people from the river.",
            "The fire",
            Some(("the fire chief", "praised", false)),
        );
        check(
            "Mayor Lena Ortiz credited the early warning for the low toll.",
            "Mayor",
            Some(("Lena Ortiz", "credited", false)),
        );
        check(
            "The rail union hailed the deal as a victory for workers.",
            "The rail",
            Some(("the rail union", "hailed", false)),
        );
        // A sentence with no such verb keeps the writer's voice.
        check(
            "The volunteers pulled six people from the river.",
            "The volunteers",
            None,
        );
    }

    #[test]
    fn a_full_name_of_a_body_is_the_person() {
        // "Anna Berg of the city's fire service": the person speaks; the
        // "of" phrase is the body she belongs to.
        check(
            "Anna Berg of the city’s fire service said four people were rescued.",
            "Anna Berg",
            Some(("Anna Berg", "said", false)),
        );
        check(
            "Tomas Varga of Hungary's water authority said the river had peaked.",
            "Tomas",
            Some(("Tomas Varga", "said", false)),
        );
        // A body's name with "of" stays whole.
        check(
            "The Bank of Tolland said the outage was fixed.",
            "The Bank",
            Some(("the Bank of Tolland", "said", false)),
        );
    }

    #[test]
    fn informing_someone_that_is_a_verb_of_saying() {
        check(
            "The coast guard informed reporters that two boats sank.",
            "The coast",
            Some(("the coast guard", "informed", false)),
        );
        check(
            "A hospital official informed the families that three patients had died.",
            "A hospital",
            Some(("A hospital official", "informed", false)),
        );
        check(
            "The family was informed that the body had been recovered.",
            "The family",
            None,
        );
    }

    #[test]
    fn a_tally_counted_or_estimated_by_a_speaker_is_its_report() {
        for (text, speaker, cue) in [
            (
                "A regional aid group counted 57 bodies, among them 11 children, near the mine.",
                "A regional aid group",
                "counted",
            ),
            (
                "The provincial relief board listed 26 deaths and 70 injuries as of Friday.",
                "the provincial relief board",
                "listed",
            ),
            (
                "The district health office documented 19 cases of typhoid at the shelter.",
                "the district health office",
                "documented",
            ),
            (
                "Local volunteers tallied 35 graves along the road.",
                "Local volunteers",
                "tallied",
            ),
            (
                "The aid agency recorded 640 flooded homes in two days.",
                "the aid agency",
                "recorded",
            ),
            (
                "The harbour workers estimate the number of missing at more than 60.",
                "the harbour workers",
                "estimate",
            ),
            (
                "Medics logged at least 90 patients overnight.",
                "Medics",
                "logged",
            ),
        ] {
            check(text, text, Some((speaker, cue, false)));
        }
        // A count that is no figure, a subject that is no speaker, a
        // passive with no agent and "estimate" as a noun report nothing.
        for text in [
            "The city recorded its wettest month on record.",
            "The quake measured 5.8 on the scale.",
            "Twelve people were listed as missing.",
            "Thirty deaths were recorded in the valley.",
            "The official estimate puts the toll at 45.",
            "The village counted the hours until help came.",
            "Nine people died, though officials have not released an official estimate.",
        ] {
            check(text, text, None);
        }
        // A participle of counting after a noun modifies it: the speaker
        // is the one who says.
        let text = "The patrol stopped a red van registered in Spain near the border, the prosecutor said.";
        check(text, text, Some(("the prosecutor", "said", false)));
    }

    #[test]
    fn a_body_that_revises_or_measures_a_figure_reports_it() {
        let text = "The National Seismic Bureau said the tremor struck before dawn. \
The bureau later revised the magnitude to 5.9, adding that aftershocks were likely. \
The survey initially measured the quake at magnitude 6.2.";
        check_resolved(
            text,
            "The bureau later",
            (
                "the bureau",
                Some("the National Seismic Bureau"),
                None,
                false,
            ),
        );
        check(text, "The survey", Some(("the survey", "measured", false)));
    }

    #[test]
    fn a_sentence_adverb_between_a_subject_and_its_verb_is_no_speaker() {
        for (text, speaker, cue) in [
            (
                "Lina Park, a spokeswoman for the agency, meanwhile said in a statement that the dam held.",
                "Lina Park",
                "said",
            ),
            (
                "Colonel Ravi Das, the garrison commander, separately told reporters that six soldiers died.",
                "Ravi Das",
                "told",
            ),
            (
                "Omar Haddad, head of the port authority, however insisted that the cargo was safe.",
                "Omar Haddad",
                "insisted",
            ),
        ] {
            check(text, text, Some((speaker, cue, false)));
        }
    }

    #[test]
    fn a_negated_quantifier_or_an_agentless_blaming_names_no_holder() {
        for text in [
            "No faction has claimed responsibility for the blast.",
            "Nobody has claimed the bombing so far.",
            "None of the armed groups claimed the ambush.",
            "The ambush, blamed on rebel fighters, left nine dead.",
            "The blaze, attributed to faulty wiring, gutted the market hall.",
        ] {
            check(text, text, None);
        }
        // The agent of the passive, a subject that names someone, and a
        // day after an active verb of blaming keep their holder.
        for (text, speaker) in [
            (
                "The ambush, blamed on rebel fighters by the army, left nine dead.",
                "the army",
            ),
            ("The rebels blamed the army for the ambush.", "the rebels"),
        ] {
            check(text, text, Some((speaker, "blamed", false)));
        }
    }

    #[test]
    fn a_subject_that_debunks_claims_holds_the_denial() {
        for (text, speaker, cue) in [
            (
                "The ministry has debunked claims that the flood was caused by a dam release, insisting both dams are intact.",
                "the ministry",
                "debunked",
            ),
            (
                "The fire brigade debunks rumours that arson started the blaze.",
                "the fire brigade",
                "debunks",
            ),
        ] {
            check(text, text, Some((speaker, cue, false)));
        }
    }

    #[test]
    fn a_time_phrase_after_a_cited_holder_is_no_part_of_it() {
        for (text, speaker) in [
            (
                "The governor, citing figures from the fire service last week, said 12 homes burned.",
                "the fire service",
            ),
            (
                "The mayor, citing data from the water board on Sunday, said the dam held.",
                "the water board",
            ),
            (
                "The minister, citing reports from local police yesterday, said two were held.",
                "reports from local police",
            ),
        ] {
            check(text, text, Some((speaker, "citing", false)));
        }
    }

    #[test]
    fn outer_verb_of_saying_holds_over_relative_and_document_readers() {
        for (text, speaker, cue) in [
            (
                "Police said officers were attacked by what they called rioters.",
                "Police",
                "said",
            ),
            (
                "Residents escaped what they said was gunfire, police said.",
                "police",
                "said",
            ),
            (
                "Doctors said nurses were threatened by what they called looters.",
                "Doctors",
                "said",
            ),
            (
                "The minister, whom the opposition accused of lying, said the vote was fair.",
                "the minister",
                "said",
            ),
            (
                "The clerk, whom the auditors accused of fraud, resigned on Monday, the bank said.",
                "the bank",
                "said",
            ),
            (
                "The coach, whom the league accused of bribery, said he would appeal.",
                "the coach",
                "said",
            ),
            (
                "A report by the UN showed 40 dead, the ministry said.",
                "the ministry",
                "said",
            ),
            (
                "A count by the Red Cross showed 12 missing, the governor said.",
                "the governor",
                "said",
            ),
        ] {
            check(text, text, Some((speaker, cue, false)));
        }
    }

    #[test]
    fn pronoun_skips_a_time_or_plural_before_a_comma() {
        for (text, prefix, speaker) in [
            (
                "Mayor Tom Hill visited the coast on Monday. Late Sunday Evening, heavy rain hit the coast. He said 40 homes were lost.",
                "He said",
                "Mayor Tom Hill",
            ),
            (
                "Governor Ann Lee toured the area. North Shore Residents, angry at the delays, marched downtown. She said the roads would reopen.",
                "She said",
                "Governor Ann Lee",
            ),
            (
                "Senator Ray Cole flew in on Friday. Early Saturday Morning, the river burst its banks. He said the town was cut off.",
                "He said",
                "Senator Ray Cole",
            ),
        ] {
            let pronoun = &prefix[..prefix.len() - " said".len()];
            check_resolved(text, prefix, (pronoun, Some(speaker), None, false));
        }
    }

    /// Checks the attribution of the sentence of `text` that starts with `prefix`.
    pub(super) fn check(text: &str, prefix: &str, expected: Option<(&str, &str, bool)>) {
        check_with(&analyzer(), text, prefix, expected);
    }

    /// `check` with the analyzer `analyzer` (one with a speaker registry).
    fn check_with(
        analyzer: &Analyzer,
        text: &str,
        prefix: &str,
        expected: Option<(&str, &str, bool)>,
    ) {
        let article = article(text);
        let idx = article
            .sentences
            .iter()
            .position(|sentence| article.text[sentence.start..].starts_with(prefix))
            .expect("test sentence is in its article");
        let found = analyzer.attribution(&article, idx);
        let got = found
            .as_ref()
            .map(|found| (found.speaker.as_str(), found.cue.as_str(), found.direct));
        assert_eq!(got, expected, "sentence: {prefix}");
        // Read as the matcher reads an article, each sentence's own
        // attribution remembered: every sentence reads the same.
        let _remembering = analyzer.remember(&article);
        for idx in 0..article.sentences.len() {
            let alone = {
                let other = article.clone();
                analyzer.attribution(&other, idx)
            };
            assert_eq!(
                analyzer.attribution(&article, idx),
                alone,
                "sentence {idx} remembered, in: {text}"
            );
        }
        assert_eq!(analyzer.attribution(&article, idx), found);
    }

    const CNN: &str = "If war had broken out, Yu, now a political scientist at the University of Wittenberg in Ohio, says he probably would have faced advanced Soviet battle tanks with nothing more than a machine gun.\n\nHis experience shows how far China-Russia military ties have progressed since that dispute. “When you talk about the military-military relationship, it’s not just about arms sales or joint exercises; it is very extensive and developed gradually,” he said.\n\nAccording to US officials, Russia requested Chinese military aid shortly after the invasion began. Moscow and Beijing both deny the reports.\n\nMilitary analysts say China could significantly aid the Russian invasion by providing basic supplies.\n\nThese restrictions suggest that “deliveries are usually likely in the near term — if Beijing makes the strategic decision to move even closer to Moscow,” said M. Taylor Fravel, director of the Security Studies Program at the Massachusetts Institute of Technology.\n\n“From that moment on, we have seen the sale of top-notch, first-class, and state-of-the-art Russian weapons technology to China,” said Sarah Kirchberger, a scientist at Kiel University in Germany. “Previously, Russia was only willing to sell things that were older, at least one generation older, than what it would sell to other customers and what it would use itself.”\n\nThere is little public information about these initiatives. “Undersea technology is not so easy to share with others,” Kirchberger said. “That would really indicate a whole new level of collaboration, if it’s really true.”\n\nChina may hesitate to take advantage of the war in Ukraine to expand military ties. While Chinese officials say normal trade with Russia will continue, Beijing has taken a wait-and-see approach to the conflict.\n\nAs Yu, of the University of Wittenberg, put it: “When two friends fight, are you going to give one of them a knife?”\n";

    #[test]
    fn attribution_in_cnn_seed() {
        let cases: [Case; 12] = [
            ("If war", Some(("Yu", "says", false))),
            ("“When you talk", Some(("he", "said", true))),
            (
                "According to US",
                Some(("US officials", "according to", false)),
            ),
            (
                "Moscow and Beijing",
                Some(("Moscow and Beijing", "deny", false)),
            ),
            (
                "Military analysts",
                Some(("Military analysts", "say", false)),
            ),
            (
                "These restrictions",
                Some(("M. Taylor Fravel", "said", true)),
            ),
            ("“From that", Some(("Sarah Kirchberger", "said", true))),
            ("“Previously", Some(("Sarah Kirchberger", "said", true))),
            ("“Undersea", Some(("Kirchberger", "said", true))),
            ("“That would", Some(("Kirchberger", "said", true))),
            ("While Chinese", Some(("Chinese officials", "say", false))),
            ("As Yu", Some(("Yu", "put it", true))),
        ];
        for (prefix, expected) in cases {
            check(CNN, prefix, expected);
        }
        check(CNN, "His experience", None);
        check(CNN, "China may hesitate", None);
    }

    #[test]
    fn attribution_in_other_seeds() {
        let text = "According to European security officials and documents reviewed by Reuters, Chinese experts have actively contributed to the advancement of military drones in Russia.\nThe report further reveals that Kupol has received shipments of Chinese-made attack and surveillance drones through Russian intermediary TSK Vektor.\nChina’s foreign ministry has formally denied any involvement in these military advancements, asserting that the country maintains a “neutral and fair position” regarding the conflict in Ukraine.\nUkrainian military intelligence previously disclosed that components for Russia’s D-30SN universal glide bomb were procured from foreign companies.\nRussian President Putin in October 2019 articulated that Russia was ready to aid China in developing a missile defence warning system.\nFor example, as Mike Kofman discussed in his article, joint military exercises in recent years Both frequency and scale have increased significantly.\nBetween 2014 and 2018, About 70% of China’s weapons imports come from Russia, including advanced air defense systems and fighter jets.\n";
        let cases: [Case; 7] = [
            (
                "According to European",
                Some((
                    "European security officials and Reuters",
                    "according to",
                    false,
                )),
            ),
            ("The report", Some(("the report", "reveals", false))),
            (
                "China’s foreign",
                Some(("China’s foreign ministry", "denied", false)),
            ),
            (
                "Ukrainian military",
                Some(("Ukrainian military intelligence", "disclosed", false)),
            ),
            ("Russian President", Some(("Putin", "articulated", false))),
            ("For example", Some(("Mike Kofman", "discussed", false))),
            ("Between 2014", None),
        ];
        for (prefix, expected) in cases {
            check(text, prefix, expected);
        }
    }

    #[test]
    fn reporting_verbs_passives_and_institutional_speakers() {
        // Shapes from the MH17, Kakhovka dam and earthquake beats, made up.
        let text = "Western governments believe the separatists fired the missile.\n\
The launcher came from a brigade in Kursk, the Joint Investigation Team revealed on Thursday.\n\
The missile was fired from a field near the village, the board concluded.\n\
The team found that the launcher had crossed the border.\n\
A jet crashed near the border, a regional police official was quoted as saying by a news agency.\n\
Gerashchenko was quoted as saying: the plane was hit at cruising altitude.\n\
Most of the passengers were Dutch, the airline's European chief said.\n\
On Friday the Netherlands and Australia announced that they hold Moscow responsible.\n\
The dam was destroyed, according to the findings of a panel released on Wednesday.\n\
Opposition parties have accused the government of not enforcing building rules.\n\
The ministry refuses to comment, blames NATO for the crisis and calls for talks.\n\
Residents said rescue teams arrived days late.\n";
        let cases: [Case; 12] = [
            ("Western", Some(("Western governments", "believe", false))),
            (
                "The launcher",
                Some(("the Joint Investigation Team", "revealed", false)),
            ),
            ("The missile", Some(("the board", "concluded", false))),
            ("The team", Some(("the team", "found", false))),
            (
                "A jet",
                Some(("a regional police official", "was quoted as saying", false)),
            ),
            (
                "Gerashchenko",
                Some(("Gerashchenko", "was quoted as saying", false)),
            ),
            (
                "Most of",
                Some(("the airline's European chief", "said", false)),
            ),
            (
                "On Friday",
                Some(("the Netherlands and Australia", "announced", false)),
            ),
            ("The dam", Some(("a panel", "according to", false))),
            ("Opposition", Some(("Opposition parties", "accused", false))),
            ("The ministry", None),
            ("Residents", Some(("Residents", "said", false))),
        ];
        for (prefix, expected) in cases {
            check(text, prefix, expected);
        }
    }

    #[test]
    fn a_place_after_the_speaker_says_where_unless_it_names_the_group() {
        // Shapes from the Gaza hospital beat, made up with other places.
        let text = "The Russian-installed administration in the Zaporizhzhia region says at least 12 people died.\n\
Officials in Russian-held Donetsk blamed a Ukrainian rocket for the fire.\n\
Local health officials in the Kherson region said the water was unsafe.\n\
Russian officials in Crimea said the bridge was hit by drones.\n";
        let cases: [Case; 4] = [
            (
                "The Russian-installed",
                Some(("the Russian-installed administration", "says", false)),
            ),
            (
                "Officials in",
                Some(("Officials in Russian-held Donetsk", "blamed", false)),
            ),
            (
                "Local health",
                Some((
                    "Local health officials in the Kherson region",
                    "said",
                    false,
                )),
            ),
            (
                "Russian officials",
                Some(("Russian officials", "said", false)),
            ),
        ];
        for (prefix, expected) in cases {
            check(text, prefix, expected);
        }
    }

    #[test]
    fn a_long_relative_clause_keeps_its_speaker() {
        let text = "Russia, which has been shelling the region since its forces withdrew from the west bank of the river in November last year, denied it destroyed the dam.\n\
The plant, which lies on the river, flooded overnight.\n\
Kyiv, which has been defending the city since Russian troops crossed the border in February last year, however, blamed Moscow for the blast.\n\
The army, for its part, said the dam was mined.\n\
In Kherson, the regional governor, meanwhile, said the water was rising.\n";
        let cases: [Case; 5] = [
            ("Russia, which", Some(("Russia", "denied", false))),
            ("The plant", None),
            ("Kyiv, which", Some(("Kyiv", "blamed", false))),
            ("The army", Some(("the army", "said", false))),
            ("In Kherson", Some(("the regional governor", "said", false))),
        ];
        for (prefix, expected) in cases {
            check(text, prefix, expected);
        }
    }

    #[test]
    fn a_document_reports_with_any_reporting_verb() {
        let text = "A classified Ukrainian military assessment, seen by the BBC on Friday, estimated the flooding would last weeks.\n\
A leaked UN report obtained by AP yesterday concluded that the dam was mined.\n\
The engineers estimated the repairs at two years.\n";
        let cases: [Case; 3] = [
            (
                "A classified",
                Some((
                    "A classified Ukrainian military assessment",
                    "estimated",
                    false,
                )),
            ),
            ("A leaked", Some(("A leaked UN report", "concluded", false))),
            ("The engineers", None),
        ];
        for (prefix, expected) in cases {
            check(text, prefix, expected);
        }
    }

    #[test]
    fn participles_relative_clauses_characterisations_and_demands() {
        let text = "On a visit to the coast, one of the worst-hit regions, Ozturk hit back, saying the tents had arrived.\n\
Residents there have criticised the response, saying rescuers were slow to arrive.\n\
Moscow, which has accused Kyiv of destroying the bridge, did not comment.\n\
Kremlin spokesman Dmitry Peskov called the blast a deliberate sabotage.\n\
Britain calls for an international tribunal on the crash.\n\
As stated by the environment ministry, the reservoir lost 72% of its water.\n\
The army pulled back, adding to the confusion.\n\
Ozturk visited Adana, Hatay and Osmaniye on Wednesday, saying aid would arrive.\n\
Zelensky hit back on Monday, saying the dam was mined.\n\
Igor Girkin, a former intelligence officer, said Russia sold the launcher.\n";
        let cases: [Case; 10] = [
            ("On a visit", Some(("Ozturk", "saying", false))),
            ("Residents", Some(("Residents", "saying", false))),
            ("Moscow", Some(("Moscow", "accused", false))),
            ("Kremlin", Some(("Dmitry Peskov", "called", false))),
            ("Britain", None),
            (
                "As stated",
                Some(("the environment ministry", "as stated by", false)),
            ),
            ("The army", None),
            ("Ozturk visited", Some(("Ozturk", "saying", false))),
            ("Zelensky", Some(("Zelensky", "saying", false))),
            ("Igor Girkin", Some(("Igor Girkin", "said", false))),
        ];
        for (prefix, expected) in cases {
            check(text, prefix, expected);
        }
    }

    #[test]
    fn pronoun_takes_the_name_that_opens_a_recent_sentence() {
        let text = "First, Koffman established the outline of the Russian-Chinese defense relationship. He emphatically pointed out that more information about Russia-China exchanges is needed.\nFinally, Edmonds conducted Russia-China space cooperation. He believes that Russia and China cooperate in space. Since 2014, Russia and China have discussed collaboration.\n";
        check(text, "He emphatically", Some(("He", "pointed out", false)));
        check_resolved(
            text,
            "He emphatically",
            ("He", Some("Koffman"), None, false),
        );
        check_resolved(text, "He believes", ("He", Some("Edmonds"), None, false));
        check(text, "Since 2014", None);
        check(
            "Washington is concerned about the upcoming U.S. election. The United States seems likely to be caught in long-term competition.",
            "The United",
            None,
        );
    }

    /// Checks what the sentence of `text` starting with `prefix` resolves
    /// to: speaker, `refers_to`, `reported_by`, `unresolved`.
    fn check_resolved(
        text: &str,
        prefix: &str,
        expected: (&str, Option<&str>, Option<&str>, bool),
    ) {
        let article = article(text);
        let idx = article
            .sentences
            .iter()
            .position(|sentence| article.text[sentence.start..].starts_with(prefix))
            .expect("test sentence is in its article");
        let found = analyzer()
            .attribution(&article, idx)
            .unwrap_or_else(|| panic!("the sentence is attributed: {prefix}"));
        let got = (
            found.speaker.as_str(),
            found.refers_to.as_deref(),
            found.reported_by.as_deref(),
            found.unresolved,
        );
        assert_eq!(got, expected, "sentence: {prefix}");
    }

    #[test]
    fn passives_name_their_agent_not_the_one_blamed() {
        let text = "Erdogan blamed for scale of Turkey’s earthquake devastation by opposition\n\
The downing of the plane was blamed by Western countries on Russia.\n\
The Kyiv government has been widely accused of shelling the dam.\n\
Builders were charged over the collapses by prosecutors in Adana.\n\
Russia blamed Ukraine for the attack.\n\
The ministry was quoted as saying that 35 settlements were flooded.\n";
        check(
            text,
            "Erdogan blamed",
            Some(("opposition", "blamed", false)),
        );
        check(
            text,
            "The downing",
            Some(("Western countries", "blamed", false)),
        );
        check(text, "The Kyiv", None);
        // A bare group keeps the place it speaks from.
        check(
            text,
            "Builders",
            Some(("prosecutors in Adana", "charged", false)),
        );
        check(text, "Russia blamed", Some(("Russia", "blamed", false)));
        check(
            text,
            "The ministry",
            Some(("the ministry", "was quoted as saying", false)),
        );
    }

    #[test]
    fn by_and_a_participle_reports_the_subject() {
        let text = "Turkish President Recep Tayyip Erdogan admitted on Friday that the rescue effort did not go as quickly as hoped.\n\
But he appeared to go one step further by conceding that his teams could have responded more quickly.\n\
The ministry ended the briefing by saying that 35 settlements were flooded.\n\
Rescuers reached the town by crossing the river.\n";
        check_resolved(
            text,
            "But he",
            ("he", Some("Recep Tayyip Erdogan"), None, false),
        );
        check(
            text,
            "The ministry",
            Some(("The ministry", "saying", false)),
        );
        check(text, "Rescuers", None);
    }

    #[test]
    fn a_subject_with_a_participle_phrase_before_its_verb() {
        let text = "A team of international legal experts assisting Ukraine's prosecutors in their investigation said in preliminary findings on Friday it was highly likely the collapse was caused by explosives.\n\
In addition, local officials working with the relief teams in the flooded districts said 35 settlements were under water.\n\
Water levels rising in the city said little about the dam.\n";
        check(
            text,
            "A team",
            Some(("A team of international legal experts", "said", false)),
        );
        check(
            text,
            "In addition",
            Some(("local officials", "said", false)),
        );
        check(text, "Water levels", None);
    }

    #[test]
    fn frames_of_telling_posting_and_statements() {
        let text =
            "Mahathir told reporters at a government event that the investigation was political.\n\
The dam was blown up from the inside, Zelensky tweeted on Tuesday.\n\
Ukraine’s SBU posted a recording on Telegram showing the call.\n\
The SBU posted that the recording proved Russia was behind the blast.\n\
In a statement, the Kremlin said Ukraine had sabotaged the dam.\n\
The ministry said in a statement that 35 settlements were flooded.\n\
And architects view the Ronesans tower's collapse as a symbol of lax building standards.\n\
Rescuers view the site from a crane.\n";
        check(text, "Mahathir", Some(("Mahathir", "told", false)));
        check(text, "The dam", Some(("Zelensky", "tweeted", false)));
        check(text, "Ukraine’s SBU posted a", None);
        check(text, "The SBU posted", Some(("the SBU", "posted", false)));
        check(text, "In a statement", Some(("the Kremlin", "said", false)));
        check(text, "The ministry", Some(("the ministry", "said", false)));
        check(text, "And architects", Some(("architects", "view", false)));
        check(text, "Rescuers", None);
    }

    #[test]
    fn bare_groups_speak_and_there_names_their_place() {
        let text = "Erdogan visited the especially hard-hit Hatay province, where more than 3,300 people died. Residents there have criticised the government's efforts, saying rescuers were slow to arrive.\n\
Residents said the water rose within an hour.\n";
        check_resolved(
            text,
            "Residents there",
            ("Residents", Some("Hatay residents"), None, false),
        );
        check_resolved(text, "Residents said", ("Residents", None, None, false));
    }

    #[test]
    fn an_unnamed_officer_speaks_for_the_institution_named_before() {
        let text = "AMSTERDAM, July 17 Most of the 283 passengers aboard the Malaysia Airlines jet that crashed over eastern Ukraine on Thursday were Dutch, the airline's European chief said.\n\
The company's spokesman said the plant would reopen.\n";
        check_resolved(
            text,
            "AMSTERDAM",
            (
                "the airline's European chief",
                Some("Malaysia Airlines"),
                None,
                false,
            ),
        );
        check_resolved(
            text,
            "The company",
            ("the company's spokesman", None, None, false),
        );
    }

    #[test]
    fn the_possessor_of_a_claim_speaks() {
        let text = "The other man on the line expressed surprise at the soldier’s assertion that Russian forces had destroyed the dam.\n\
Analysts doubted Russia's claim that Ukraine had shelled the dam.\n\
The river's level that morning was recorded at the dam.\n";
        check(
            text,
            "The other",
            Some(("the soldier", "assertion that", false)),
        );
        check(text, "Analysts", Some(("Russia", "claim that", false)));
        check(text, "The river", None);
        // A country before it is no person the soldier could be.
        check_resolved(
            "Russia, which has accused Kyiv of destroying the dam, did not comment.\n\
Russia denied it.\n\
The other man expressed surprise at the soldier’s assertion that Russian forces had destroyed the dam.\n",
            "The other",
            ("the soldier", None, None, true),
        );
    }

    #[test]
    fn a_person_quoted_in_a_fragment_is_the_speaker() {
        let text = "Turkish President Recep Tayyip Erdoğan on Wednesday linked deaths in a massive earthquake to “destiny’s plan,” a phrase often used by the president.\n\
Ukraine on Tuesday linked the blast to “ecocide” and asked for help.\n\
The ministry on Tuesday linked the blast to “ecocide”.\n\
Rescuers pulled a girl from the rubble in the “ground zero” of the quake.\n";
        check(
            text,
            "Turkish",
            Some(("Recep Tayyip Erdoğan", "quoted", false)),
        );
        check(text, "Ukraine", None);
        check(text, "The ministry", None);
        check(text, "Rescuers", None);
    }

    #[test]
    fn told_someone_to_act_is_no_report() {
        let text = "When the water began submerging entire communities, the Russian-appointed administration in Kherson told residents not to be alarmed.\n\
Police told families to leave their homes as the river rose.\n\
The mayor told reporters that 35 settlements were flooded.\n\
Saldo told Russian state television the water would keep rising.\n";
        check(text, "When the water", None);
        check(text, "Police told", None);
        check(text, "The mayor", Some(("the mayor", "told", false)));
        check(text, "Saldo told", Some(("Saldo", "told", false)));
    }

    #[test]
    fn a_pronoun_for_a_surname_refers_to_the_full_name() {
        let text = "In the Turkish city of Malatya former journalist Ozel Pikal, who took part in the rescue efforts, said he thinks some of the victims froze to death.\n\
“As of today, there is no hope left in Malatya,” Pikal said by telephone.\n\
Road closures made it hard to access all the areas that need help, he said.\n";
        check_resolved(text, "Road", ("he", Some("Ozel Pikal"), None, false));
    }

    #[test]
    fn generic_heads_and_surnames_resolve_to_the_named_speaker() {
        let text = "About 1,500 people have been evacuated, Acting Governor Vladimir Saldo said on Wednesday.\n\
The Acting Governor specified that 35 settlements were flooded.\n\
Ukraine’s environment ministry said the reservoir had lost most of its water.\n\
The ministry added that fish stocks had been wiped out.\n\
\"All responsibility lies with the Kyiv regime,\" Kremlin spokesman Dmitry Peskov said.\n\
\"The dam was mined,\" Peskov said.\n\
The report said the launcher came from Kursk.\n";
        check_resolved(
            text,
            "The Acting",
            ("the Acting Governor", Some("Vladimir Saldo"), None, false),
        );
        check_resolved(
            text,
            "The ministry",
            (
                "the ministry",
                Some("Ukraine’s environment ministry"),
                None,
                false,
            ),
        );
        check_resolved(
            text,
            "\"The dam",
            ("Peskov", Some("Dmitry Peskov"), None, false),
        );
        // "The report" is the last institution's; with none before it, it
        // is no source of its own.
        check_resolved(
            text,
            "The report",
            (
                "the report",
                Some("Ukraine’s environment ministry"),
                None,
                false,
            ),
        );
        check_resolved(
            "The report said the launcher came from Kursk.",
            "The report",
            ("the report", None, None, true),
        );
    }

    #[test]
    fn a_title_chain_keeps_the_person_and_notes_the_title() {
        let text = "At least 39 people were killed in the attack on the station, spokesman for Ukraine's Security Service Artem Dekhtyarenko said earlier Friday.\n\
Turkish President Recep Tayyip Erdogan admitted on Friday that the rescue effort did not go as quickly as hoped.\n\
Meanwhile, head of the Donetsk military-civilian administration Pavlo Kyrylenko said at least 87 people were injured.\n\
Palestinian militant group Islamic Jihad denied the accusation.\n";
        check(
            text,
            "At least",
            Some(("Artem Dekhtyarenko", "said", false)),
        );
        check(
            text,
            "Turkish",
            Some(("Recep Tayyip Erdogan", "admitted", false)),
        );
        check(text, "Meanwhile", Some(("Pavlo Kyrylenko", "said", false)));
        check(
            text,
            "Palestinian",
            Some(("Palestinian militant group Islamic Jihad", "denied", false)),
        );
        let article = article(text);
        let found = analyzer().attribution(&article, 0);
        assert_eq!(
            found.and_then(|found| found.affiliation).as_deref(),
            Some("spokesman for Ukraine's Security Service")
        );
    }

    #[test]
    fn ranks_and_police_titles_before_a_name_are_no_part_of_it() {
        let text = "Assistant Chief Constable Jane Moss said four people were hurt.\n\
Detective Superintendent Alan Hart said the driver was arrested.\n\
Brigadier Tom Reed said the convoy was hit.\n\
The army's spokesperson, Lt Gen Omar Aziz, said the camps were struck.\n";
        check(text, "Assistant", Some(("Jane Moss", "said", false)));
        check(text, "Detective", Some(("Alan Hart", "said", false)));
        check(text, "Brigadier", Some(("Tom Reed", "said", false)));
        check(text, "The army's", Some(("Omar Aziz", "said", false)));
    }

    #[test]
    fn credit_lines_and_quoted_paragraphs_that_run_on() {
        let text = "The occupiers hit the railway station with a missile.\n\
Source: Mayor of Kramatorsk Oleksandr Honcharenko\n\
“According to preliminary data, 45 adults and 5 children died. About 100 people were injured. Many people are operated on by 30 surgeons at once.”\n\
“This is a deliberate attack on the railway. About 4,000 people were at the station at the time of the shelling.”\n\
“They are destroying the civilian population,” the president said.\n";
        check(
            text,
            "“According",
            Some(("Oleksandr Honcharenko", "source", true)),
        );
        check(
            text,
            "About 100",
            Some(("Oleksandr Honcharenko", "source", true)),
        );
        check(
            text,
            "About 4,000",
            Some(("Oleksandr Honcharenko", "source", true)),
        );
        // The paragraph right before a source line is the source's too
        // (tests/eval/README.md, "Convention: a sentence credited by the
        // next"), in the writer's words.
        check(
            text,
            "The occupiers",
            Some(("Mayor of Kramatorsk Oleksandr Honcharenko", "source", false)),
        );
    }

    #[test]
    fn frames_of_rejecting_blaming_tracing_criticism_and_findings() {
        let text = "MOSCOW (Sputnik - 08th April, 2022) The Russian Defense Ministry rejected Kiev's statements that a Russian rocket hit the station.\n\
The Russian occupiers hit the railway station by “Tochka-U” missile.\n\
Meanwhile, the Russian propagandists blame the Ukrainian side for what happened.\n\
Secular opposition leader Kemal Kilicdaroglu this week blamed the collapses on profiteers.\n\
Now the JIT traced the missile system to the 53rd brigade.\n\
Critics are blaming poor construction for the collapses.\n\
Builders, engineers and people across Turkey are blaming the code.\n\
Erdogan has faced criticism from the quake's survivors about the slow response.\n\
In addition, an international team of legal experts assisting Ukraine’s prosecutors released preliminary findings supporting the theory that the dam was blown up.\n\
The head of the regional administration Pavlo Kyrylenko stated this on Telegram.\n\
He clarified that 98 people have been taken to hospitals.\n";
        check(
            text,
            "MOSCOW",
            Some(("The Russian Defense Ministry", "rejected", false)),
        );
        check(text, "The Russian occupiers", None);
        check(
            text,
            "Meanwhile",
            Some(("the Russian propagandists", "blame", false)),
        );
        check(
            text,
            "Secular",
            Some(("Kemal Kilicdaroglu", "blamed", false)),
        );
        check(text, "Now the JIT", Some(("the JIT", "traced", false)));
        check(text, "Critics are", Some(("Critics", "blaming", false)));
        check(text, "Builders", None);
        check(
            text,
            "Erdogan has faced",
            Some(("the quake's survivors", "criticism from", false)),
        );
        check(
            text,
            "In addition",
            Some(("an international team of legal experts", "released", false)),
        );
        check_resolved(
            text,
            "He clarified",
            ("He", Some("Pavlo Kyrylenko"), None, false),
        );
    }

    /// Checks who says the words `claim` of the sentence of `text` that
    /// starts with `prefix` (the speaker of the frame that holds them).
    #[test]
    fn a_toll_claimed_a_negated_cue_and_an_accusers_object_name_no_speaker() {
        let text = "Relief groups said the strike on the port city, which claimed the lives of at least 14 people, also cut power.\n\
The floods have claimed more than 40 lives across the province.\n\
The coroner has not said whether the death was accidental.\n\
A cause of the fire has not yet been revealed by investigators.\n\
The mayor was accused by a senator of misleading the public about the spill.\n\
The airline was blamed by stranded passengers for the delays.\n\
Prosecutors established that the driver had been drinking.\n\
The rebels claimed the ambush killed 14 soldiers.\n\
The closure was announced by the head of the port authority, Reuters reports.\n";
        check(
            text,
            "Relief groups",
            Some(("Relief groups", "said", false)),
        );
        check(text, "The floods", None);
        // A toll of victims, in figures or in words.
        let tolls = "The blaze has claimed about thirty lives.\n\
The storm claimed 12 victims, officials said.\n\
The heat wave claimed hundreds of lives.\n";
        check(tolls, "The blaze", None);
        check(tolls, "The heat", None);
        check_span(
            tolls,
            "The storm",
            &["claimed 12 victims"],
            Some("officials"),
        );
        check(text, "The coroner", None);
        check(text, "A cause", None);
        check(text, "The mayor", Some(("a senator", "accused", false)));
        check(
            text,
            "The airline",
            Some(("stranded passengers", "blamed", false)),
        );
        check(
            text,
            "Prosecutors",
            Some(("Prosecutors", "established", false)),
        );
        check(text, "The rebels", Some(("the rebels", "claimed", false)));
        check(
            text,
            "The closure",
            Some(("the head of the port authority", "announced", false)),
        );
    }

    #[test]
    fn a_title_with_a_bare_of_phrase_or_a_nationality_points_back() {
        let text = "President Gitanas Nauseda said the drones had crossed from Belarus.\n\
The leader of the state added that the army was on alert.\n\
The Lithuanian president said the border would stay closed.\n";
        check_resolved(
            text,
            "The leader",
            (
                "the leader of the state",
                Some("Gitanas Nauseda"),
                None,
                false,
            ),
        );
        check_resolved(
            text,
            "The Lithuanian",
            (
                "the Lithuanian president",
                Some("Gitanas Nauseda"),
                None,
                false,
            ),
        );
    }

    #[test]
    fn frames_of_many_nested_clauses_read_each_clause_once() {
        // Each frame gathered the reach of its clause by walking every
        // clause's ancestry: a 25 KB sentence of 500 frames in nested
        // relative clauses took 54 s (cubic).
        let text = format!(
            "Russian forces struck the hypermarket{}.\n",
            " and 5 people were killed, which the governor said".repeat(300)
        );
        let article = article(&text);
        let sentence = &article.sentences[0];
        let quote = &article.text[sentence.start..sentence.end];
        let clauses = std::sync::Arc::new(crate::text::clause::split(quote));
        let n_clauses = clauses.clauses.len();
        crate::text::clause::ANCESTRY_CALLS.with(|calls| calls.set(0));
        let reading = analyzer().read(&article, 0, quote, clauses);
        let calls = crate::text::clause::ANCESTRY_CALLS.with(std::cell::Cell::get);
        assert!(!reading.frames.is_empty());
        assert!(
            calls <= n_clauses,
            "{calls} ancestry walks for {n_clauses} clauses"
        );
    }

    fn check_span(text: &str, prefix: &str, claims: &[&str], expected: Option<&str>) {
        let found = span_attribution(text, prefix, claims);
        let got = found.as_ref().map(|found| found.speaker.as_str());
        assert_eq!(got, expected, "sentence: {prefix}, claim: {claims:?}");
    }

    /// `check_span` of the speaker, the name it refers to and whether it
    /// stays unresolved.
    fn check_span_refers(
        text: &str,
        prefix: &str,
        claims: &[&str],
        expected: (&str, Option<&str>, bool),
    ) {
        let found = span_attribution(text, prefix, claims);
        let got = found.as_ref().map(|found| {
            (
                found.speaker.as_str(),
                found.refers_to.as_deref(),
                found.unresolved,
            )
        });
        assert_eq!(got, Some(expected), "sentence: {prefix}, claim: {claims:?}");
    }

    /// Who says the phrases `claims` of the sentence of `text` that starts
    /// with `prefix`.
    fn span_attribution(text: &str, prefix: &str, claims: &[&str]) -> Option<Attribution> {
        let article = article(text);
        let idx = article
            .sentences
            .iter()
            .position(|sentence| article.text[sentence.start..].starts_with(prefix))
            .expect("test sentence is in its article");
        let sentence = &article.sentences[idx];
        let quote = &article.text[sentence.start..sentence.end];
        let spans: Vec<Range<usize>> = claims
            .iter()
            .map(|claim| {
                let at = quote.find(claim).expect("claim is in its sentence");
                at..at + claim.len()
            })
            .collect();
        let clauses = std::sync::Arc::new(crate::text::clause::split(quote));
        let reading = analyzer().read(&article, idx, quote, clauses);
        let terms: Vec<u16> = (0..spans.len()).map(|term| term as u16).collect();
        reading.attribution_for(&spans, &terms)
    }

    #[test]
    fn a_demand_to_stop_an_act_holds_that_it_is_done() {
        let text = "Tehran, while not confirming involvement, called on Baghdad “to stop hosting armed groups on its soil.”\n\
The envoy called for Moscow to end its attacks on populated areas.\n\
The mayor called on both sides to agree to a truce.\n\
Lawmakers called for an inquiry into the fire.\n";
        check(text, "Tehran", Some(("Tehran", "called", false)));
        check(text, "The envoy", Some(("the envoy", "called", false)));
        check(text, "The mayor", None);
        check(text, "Lawmakers", None);
        // An urging is the same demand: to stop an act holds that it is done.
        let text = "Ankara urged Damascus to stop shelling the border villages.\n\
The minister urges both sides to agree to a truce.\n\
Critics urged the council to hold an inquiry into the fire.\n";
        check(text, "Ankara", Some(("Ankara", "urged", false)));
        check(text, "The minister", None);
        check(text, "Critics", None);
    }

    #[test]
    fn an_office_s_place_a_possessive_title_and_a_cited_person_in_apposition() {
        // "of <place>" after a title and a name says where the office is;
        // an inverted "said" before a possessive title and a name; the
        // innermost holder of "which cited" and of "citing <title>, <name>".
        let text = "A van hit a bus stop on Monday, Regional Police Chief Anna Berger of Tyrol, where Innsbruck lies, told reporters.\n\
The van had been stolen, said Graz's deputy mayor Karl Huber.\n\
Nine people were hurt, according to the regional broadcaster ORF, which cited the state's health minister, Eva Lang.\n\
Two were in a critical state, the newspaper reported, citing the city's fire chief, Peter Maier.\n\
The driver fled, according to the state broadcaster.\n";
        check(text, "A van", Some(("Anna Berger", "told", false)));
        check(text, "The van", Some(("Karl Huber", "said", false)));
        check(text, "Nine", Some(("Eva Lang", "according to", false)));
        check(text, "Two were", Some(("Peter Maier", "reported", false)));
        check(
            text,
            "The driver",
            Some(("the state broadcaster", "according to", false)),
        );
        check_resolved(
            text,
            "Nine",
            (
                "Eva Lang",
                None,
                Some("the regional broadcaster ORF"),
                false,
            ),
        );
    }

    #[test]
    fn a_verb_of_making_known_takes_a_bare_clause_and_a_participle_after_a_determiner_is_no_verb() {
        // "confirmed <bare noun phrase> <verb>": the noun phrase is the
        // subject of a bare clause, not the object confirmed.
        let text = "Inspector Anil Rao confirmed blood tests showed the driver was drunk.\n\
The governor confirmed troops had entered the town.\n\
The governor confirmed heavy losses in the town.\n\
The toll has risen to 14, up from the previously reported 9.\n\
The officially announced figure was 40.\n\
Rescuers elaborated that the tunnel had collapsed twice.\n\
They further elaborated that the pilots had not left the airspace.\n";
        check(text, "Inspector", Some(("Anil Rao", "confirmed", false)));
        check(
            text,
            "The governor confirmed troops",
            Some(("the governor", "confirmed", false)),
        );
        check(text, "The governor confirmed heavy", None);
        check(text, "The toll", None);
        check(text, "The officially", None);
        check(text, "Rescuers", Some(("Rescuers", "elaborated", false)));
        check(text, "They further", Some(("They", "elaborated", false)));
    }

    #[test]
    fn a_credit_to_an_outlet_a_subject_relative_and_a_relative_of_saying_hold_their_claims() {
        let text = "Rahim Jan was killed in a drone strike in Kunar on Friday night, two officials confirmed to Reuters.\n\
Nine of the dead were later confirmed to be children.\n\
A Red Cross team that visited the hospital said it saw dozens of burn injuries.\n\
A gunman opened fire at a market in Quetta on Monday, killing 12 people in what the provincial governor said was likely a targeted attack, local media reported.\n\
The army said on Monday its shells alone could not have caused a fire that local health officials reported killed 30 people.\n";
        check(
            text,
            "Rahim Jan",
            Some(("two officials", "confirmed", false)),
        );
        check(text, "Nine of the dead", None);
        check(
            text,
            "A Red Cross team",
            Some(("A Red Cross team", "said", false)),
        );
        let gunman = "A gunman";
        check_span(text, gunman, &["killing 12 people"], Some("local media"));
        check_span(
            text,
            gunman,
            &["likely a targeted attack"],
            Some("the provincial governor"),
        );
        let army = "The army said";
        check_span(
            text,
            army,
            &["killed 30 people"],
            Some("local health officials"),
        );
        check_span(
            text,
            army,
            &["could not have caused a fire"],
            Some("the army"),
        );
    }

    #[test]
    fn a_free_relative_or_a_later_conjunct_of_saying_holds_only_its_own_clause() {
        let text = "Militants have fired rockets at the town since March, in what they say is retaliation for the raids.\n\
Three drones hit the refinery overnight in what Kyiv says was a strike on military fuel stocks.\n\
The senator was flown to a clinic, and her office said she was recovering.\n";
        let first = "Militants have";
        check_span(text, first, &["retaliation for the raids"], Some("they"));
        check_span(text, first, &["fired rockets at the town"], None);
        let second = "Three drones";
        check_span(text, second, &["Three drones hit the refinery"], None);
        check_span(
            text,
            second,
            &["a strike on military fuel stocks"],
            Some("Kyiv"),
        );
        let third = "The senator";
        check_span(text, third, &["The senator was flown to a clinic"], None);
        check_span(text, third, &["she was recovering"], Some("her office"));
    }

    #[test]
    fn a_pronoun_subject_of_a_later_frame_is_the_sentences_earlier_speaker() {
        let text = "The Minister of the Interior, Jane Doe, confirmed on Tuesday that the inquiry remains open and that no cause is ruled out, but she denies that it was sabotage.\n\
The county sheriff, John Reyes, said the road was closed, but he denies that the bridge failed.\n\
Anna Weber and Tom Brandt confirmed that the count was finished, but they deny that ballots were lost.\n";
        check_span_refers(
            text,
            "The Minister",
            &["it was sabotage"],
            ("she", Some("Jane Doe"), false),
        );
        check_span(
            text,
            "The Minister",
            &["no cause is ruled out"],
            Some("Jane Doe"),
        );
        check_span_refers(
            text,
            "The county",
            &["the bridge failed"],
            ("he", Some("John Reyes"), false),
        );
        check_span_refers(
            text,
            "Anna Weber",
            &["ballots were lost"],
            ("they", Some("Anna Weber and Tom Brandt"), false),
        );
        // "it" never stands for a person, nor "the ministry" for one.
        let text = "Maria Lopez confirmed that the inquiry remains open, but it denies that the fire was arson.\n\
Maria Lopez said that the dam held, but the ministry denies that the fire was arson.\n";
        check_span_refers(
            text,
            "Maria Lopez confirmed",
            &["the fire was arson"],
            ("it", None, true),
        );
        check_span_refers(
            text,
            "Maria Lopez said",
            &["the fire was arson"],
            ("the ministry", None, true),
        );
    }

    #[test]
    fn a_short_adjunct_after_a_verb_of_saying_reports_nothing_read_in_bounded_pieces() {
        for (after, expected) in [
            ("", true),
            (" on Monday.", true),
            (" in a statement late on Friday.", true),
            (" Tuesday.", true),
            (" that 12 people died.", false),
            (" on Monday, adding that 12 died.", false),
            (
                " in a statement on the website of the county office.",
                false,
            ),
        ] {
            assert_eq!(nothing_reported(after), expected, "{after:?}");
        }
        // Many frames in one sentence: each reads a few pieces of the rest,
        // not all of it.
        let long = " on".repeat(ADJUNCT_PIECES + 1);
        assert!(!nothing_reported(&long));
        let text = format!(
            "Officials said the dam held{}.\n",
            ", and residents said that the river rose".repeat(400)
        );
        check_span(&text, "Officials", &["the dam held"], Some("Officials"));
    }

    #[test]
    fn an_as_clause_that_reports_nothing_after_its_verb_credits_the_clause_before() {
        let text = "At least 12 people died in the flooding, as county officials said on Monday.\n\
Two jurors were dismissed, as the court clerk reported.\n\
The polls closed at eight, as election officials said turnout was high.\n";
        let first = "At least";
        check_span(text, first, &["12 people died"], Some("county officials"));
        check_span(
            text,
            "Two jurors",
            &["jurors were dismissed"],
            Some("the court clerk"),
        );
        // An "as" whose verb reports a clause of its own keeps the rest in
        // the article's own voice.
        let third = "The polls";
        check_span(text, third, &["polls closed at eight"], None);
        check_span(
            text,
            third,
            &["turnout was high"],
            Some("election officials"),
        );
    }

    #[test]
    fn a_later_frame_opened_by_as_or_by_a_gerund_with_its_own_subject_holds_what_it_reports() {
        let text = "Troops fired warning shots, an army source said on Thursday as health officials said more than 100 people were killed.\n\
The governor said the levee held, with the fire chief saying that 30 people were still missing.\n\
The minister said nine people were killed, with Hezbollah earlier saying the pagers were its own.\n";
        let first = "Troops fired";
        check_span(
            text,
            first,
            &["Troops fired warning shots"],
            Some("an army source"),
        );
        check_span(
            text,
            first,
            &["more than 100 people were killed"],
            Some("health officials"),
        );
        let second = "The governor";
        check_span(text, second, &["the levee held"], Some("the governor"));
        check_span(
            text,
            second,
            &["30 people were still missing"],
            Some("the fire chief"),
        );
        let third = "The minister";
        check_span(
            text,
            third,
            &["nine people were killed"],
            Some("the minister"),
        );
        check_span(text, third, &["the pagers were its own"], Some("Hezbollah"));
        // "suggesting" with a subject of its own after "with" reports too.
        let text = "The fire killed nine people, according to state media, with an official suggesting the blaze was caused by faulty wiring.\n";
        let first = "The fire";
        check_span(
            text,
            first,
            &["the blaze was caused by faulty wiring"],
            Some("an official"),
        );
        check_span(
            text,
            first,
            &["The fire killed nine people"],
            Some("state media"),
        );
    }

    #[test]
    fn a_subject_keeps_its_plural_possessive_its_counted_of_phrase_and_a_group_its_place() {
        let text = "The legislative director of the State Teachers’ Union acknowledged that staff were short.\n\
Relatives of the 21 people killed at Lincoln High School said they want answers.\n\
Officials at the hospital said four patients were in critical condition.\n\
Officials at the time said nothing.\n\
Forty homes were flooded, according to officials in the county.\n\
The tally rose, according to residents at the camp, on Friday.\n";
        check(
            text,
            "The legislative",
            Some((
                "the legislative director of the State Teachers’ Union",
                "acknowledged",
                false,
            )),
        );
        check(
            text,
            "Relatives",
            Some(("Relatives of the 21 people", "said", false)),
        );
        check(
            text,
            "Officials at the hospital",
            Some(("Officials at the hospital", "said", false)),
        );
        check(
            text,
            "Officials at the time",
            Some(("Officials", "said", false)),
        );
        check(
            text,
            "Forty homes",
            Some(("officials in the county", "according to", false)),
        );
        check(
            text,
            "The tally",
            Some(("residents at the camp", "according to", false)),
        );
    }

    #[test]
    fn a_passive_of_saying_after_as_speaks_and_a_title_set_off_by_its_holder_is_the_holder() {
        let text = "As previously stated by the chairman of the county board, John Smith, the polls open at seven.\n\
Turnout was 61 percent, according to the head of the electoral commission, Maria Lopez.\n\
The verdict was later confirmed in a statement by the court clerk.\n\
The count was confirmed by Governor Anna Reyes and on state television.\n\
The river is rising, as reported by the weather service.\n";
        check(text, "As previously", Some(("John Smith", "stated", false)));
        check(
            text,
            "Turnout",
            Some(("Maria Lopez", "according to", false)),
        );
        check(
            text,
            "The verdict",
            Some(("the court clerk", "confirmed", false)),
        );
        check(text, "The count", Some(("Anna Reyes", "confirmed", false)));
        check(
            text,
            "The river",
            Some(("the weather service", "as reported by", false)),
        );
    }

    #[test]
    fn an_opening_adverbial_that_asserts_is_the_own_voice_before_the_report() {
        let text = "A day after at least 30 people died in the flood, the governor claimed that the levee had held.\n\
As the police detained a dozen officials, the mayor said that there would be no mercy for those responsible.\n\
Speaking to reporters on Monday, the judge said that the jury had reached a verdict.\n\
As the storm pounded the coast on Monday, residents said they heard loud explosions.\n";
        let first = "A day after";
        check_span(text, first, &["30 people died"], None);
        check_span(text, first, &["the levee had held"], Some("the governor"));
        let second = "As the police";
        check_span(text, second, &["detained a dozen officials"], None);
        check_span(text, second, &["no mercy"], Some("the mayor"));
        // A frame of manner or time asserts nothing of its own.
        check_span(
            text,
            "Speaking",
            &["Speaking to reporters"],
            Some("the judge"),
        );
        // The whole sentence, from its adverbial to its report, is the
        // speaker's.
        let fourth = "As the storm";
        check_span(
            text,
            fourth,
            &[text.lines().nth(3).unwrap_or("")],
            Some("residents"),
        );
    }

    #[test]
    fn a_verb_of_making_known_reports_after_the_one_told() {
        let text = "Maria Lopez confirmed to the BBC that turnout was 60 percent.\n\
The inquiry revealed to reporters that the brakes had failed.\n\
The council confirmed to residents the closure of the bridge.\n";
        check(text, "Maria", Some(("Maria Lopez", "confirmed", false)));
        check(
            text,
            "The inquiry",
            Some(("the inquiry", "revealed", false)),
        );
        check(text, "The council", None);
    }

    #[test]
    fn a_lower_case_speaker_phrase_after_its_verb_closes_the_sentence() {
        let text = "Twelve homes were lost, said the fire chief.\n\
Over 20 killed in floods in the valley, says acting mayor\n\
The levee broke overnight, say local residents\n\
The jury was dismissed, said the judge in a statement.\n";
        check(text, "Twelve", Some(("the fire chief", "said", false)));
        check(text, "Over 20", Some(("acting mayor", "says", false)));
        check(text, "The levee", Some(("local residents", "say", false)));
    }

    #[test]
    fn verbs_of_mentioning_repeating_and_replying_speak_only_when_they_report() {
        let text = "The mayor replied to the letter on Monday, and twelve homes were lost.\n\
The sheriff mentioned the floods in a speech, and the bridge was closed.\n\
The judge repeated the question before the jury left.\n\
He replied that the vote was fair.\n\
Twelve homes were lost, the mayor replied.\n";
        check(text, "The mayor", None);
        check(text, "The sheriff", None);
        check(text, "The judge", None);
        check(text, "He replied", Some(("He", "replied", false)));
        check(text, "Twelve", Some(("the mayor", "replied", false)));
    }

    #[test]
    fn verbs_of_mentioning_repeating_replying_and_reporting_speak() {
        let text = "Governor Anna Reyes said on Monday that the levee had held.\n\
She repeated that the warnings were issued on time.\n\
The judge replied that the motion was denied.\n\
The engineer also mentioned that the bridge on Route 9 was closed.\n\
Forty homes were lost, as local officials report.\n\
The report was published on Monday.\n";
        check(text, "She repeated", Some(("She", "repeated", false)));
        check(text, "The judge", Some(("the judge", "replied", false)));
        check(
            text,
            "The engineer",
            Some(("the engineer", "mentioned", false)),
        );
        check(
            text,
            "Forty homes",
            Some(("local officials", "report", false)),
        );
        check(text, "The report was", None);
    }

    #[test]
    fn a_verb_that_judges_a_noun_phrase_speaks_but_not_its_comma_relative() {
        let text = "The flood agency announced 32 dead and 99 injured.\n\
Regional officials confirmed at least 40 deaths on Sunday.\n\
The council announced 2024 as the year of the river.\n\
The bishop condemned the raid, which destroyed 12 homes.\n\
The bishop condemned a raid that destroyed 12 homes.\n\
The court condemned him to death.\n\
Senator Ana Ruiz branded the ruling a disgrace.\n\
Governor Tom Lee expressed concern that the levee would fail.\n";
        check(
            text,
            "The flood agency",
            Some(("the flood agency", "announced", false)),
        );
        check(
            text,
            "Regional officials",
            Some(("Regional officials", "confirmed", false)),
        );
        check(text, "The council", None);
        check_span(
            text,
            "The bishop condemned the",
            &["destroyed 12 homes"],
            None,
        );
        check_span(
            text,
            "The bishop condemned the",
            &["condemned the raid"],
            Some("the bishop"),
        );
        check_span(
            text,
            "The bishop condemned a",
            &["destroyed 12 homes"],
            Some("the bishop"),
        );
        check(text, "The court", None);
        check(
            text,
            "Senator Ana Ruiz",
            Some(("Ana Ruiz", "branded", false)),
        );
        check(
            text,
            "Governor Tom Lee",
            Some(("Tom Lee", "expressed", false)),
        );
    }

    #[test]
    fn a_body_named_with_of_is_no_person_and_a_gerund_speaks_for_its_subject() {
        // "Internal Affairs" after "Ministry of" names what the ministry is
        // of: "the ministry" after it refers to the ministry.
        let text = "Two people died when the dam broke, the country's Ministry of Water Resources has said.\n\
Forty homes were flooded, the ministry said in a post.\n";
        check_resolved(
            text,
            "Forty homes",
            (
                "the ministry",
                Some("the country's Ministry of Water Resources"),
                None,
                false,
            ),
        );
        let text = "However, Chilean officials disputed the account, stating that the fire began at the port.\n\
Peru announced it had closed the border on Friday.\n\
Police confirmed it on Monday.\n\
Hundreds of homes burned this week despite Lima previously stating that the fires were under control.\n";
        check(
            text,
            "However",
            Some(("Chilean officials", "stating", false)),
        );
        check(text, "Peru", Some(("Peru", "announced", false)));
        check(text, "Police", None);
        let despite = "Hundreds of homes";
        check_span(
            text,
            despite,
            &["the fires were under control"],
            Some("Lima"),
        );
        check_span(text, despite, &["Hundreds of homes burned"], None);
    }

    #[test]
    fn they_in_a_later_clause_is_the_group_the_sentence_opens_with() {
        let text = "Local reporters said the market was shelled at dawn.\n\
Sudan's paramilitary Rapid Support Forces have shelled the city since May, in what they say is a response to army air strikes.\n\
Chile's foreign ministry has called for calm and an end to what they describe as an illegal blockade of the port.\n\
Chile's navy has called for calm and urged Lima to halt what they describe as an illegal blockade of the port.\n";
        check_resolved(
            text,
            "Sudan's",
            (
                "they",
                Some("Sudan's paramilitary Rapid Support Forces"),
                None,
                false,
            ),
        );
        check_resolved(
            text,
            "Chile's",
            ("they", Some("Chile's foreign ministry"), None, false),
        );
        check_resolved(
            text,
            "Chile's navy",
            ("they", Some("Chile's navy"), None, false),
        );
    }

    #[test]
    fn a_name_linked_by_for_the_is_one_speaker() {
        let text =
            "The Centre for the Study of Armed Conflict said the front line had not moved.\n";
        check(
            text,
            "The Centre",
            Some(("the Centre for the Study of Armed Conflict", "said", false)),
        );
    }

    #[test]
    fn a_definite_description_of_a_body_is_the_body_just_named() {
        let text = "The Centre for Information Resilience (CIR) said the footage was filmed in Bakhmut.\n\
The London-based research group added that the tanks were Russian.\n\
Ukraine's Defence Ministry said its troops had held the line.\n\
The Kyiv-based rights group reported two people wounded.\n\
The rebel movement, the Front for Liberation, Justice and Unity (FLJU), said in a statement that it had seized two trucks.\n\
The rebel group also said it had shot down a drone.\n\
Doctors Without Borders (MSF) said its clinic had been looted.\n\
“Our staff were forced to leave,” said the NGO in a statement.\n";
        check_resolved(
            text,
            "The London-based",
            (
                "the London-based research group",
                Some("the Centre for Information Resilience"),
                None,
                false,
            ),
        );
        // A ministry is no group: the description stays as it stands.
        check_resolved(
            text,
            "The rebel group",
            (
                "the rebel group",
                Some("the Front for Liberation, Justice and Unity"),
                None,
                false,
            ),
        );
        check_resolved(
            text,
            "“Our staff",
            ("the NGO", Some("Doctors Without Borders"), None, false),
        );
        check_resolved(
            text,
            "The Kyiv-based",
            ("the Kyiv-based rights group", None, None, false),
        );
    }

    #[test]
    fn a_speaker_after_a_quotation_ends_before_to_whom_and_where() {
        let text = "“The crews are still searching the river,” said Harris to local reporters.\n\
“Our clinic in the north was looted twice,” said the charity in a statement posted on Sunday.\n";
        check(text, "“The crews", Some(("Harris", "said", true)));
        check(text, "“Our clinic", Some(("the charity", "said", true)));
    }

    #[test]
    fn a_participle_of_saying_after_another_verb_reports_the_subjects_words() {
        let text = "Kenya's President William Ruto thanked the mediators for their work on the truce, saying in a statement the government would honour the deal.\n\
At the briefing, Ortiz urged regulators to extend the recording time to 25 hours after saying that the cockpit recording had been overwritten.\n";
        check_span(
            text,
            "Kenya's",
            &["the government would honour the deal"],
            Some("William Ruto"),
        );
        check(text, "At the briefing", Some(("Ortiz", "saying", false)));
        check_span(
            text,
            "At the briefing",
            &["the cockpit recording had been overwritten"],
            Some("Ortiz"),
        );
    }

    #[test]
    fn a_body_named_after_its_description_speaks_by_name() {
        let text = "Chinese state media Xinhua said the talks would resume in May.\n\
The floods cut two roads, local radio station Radio Sarajevo said.\n";
        check(text, "Chinese", Some(("Xinhua", "said", false)));
        check(text, "The floods", Some(("Radio Sarajevo", "said", false)));
    }

    #[test]
    fn a_person_in_apposition_after_according_to_a_title_speaks() {
        let text = "The shelter was most likely hit by an artillery shell, according to the head of the UN monitoring mission in Sudan, Maria Keller.\n";
        check(
            text,
            "The shelter",
            Some(("Maria Keller", "according to", false)),
        );
    }

    #[test]
    fn who_holds_evidence_of_a_claim_speaks_it() {
        let text = "Meanwhile, the National Police received new evidence indicating that the convoy was hit by a drone.\n\
Rescuers have found the bodies of two children.\n";
        check(
            text,
            "Meanwhile",
            Some(("the National Police", "received new evidence", false)),
        );
        check(text, "Rescuers", None);
        let text = "By the morning of July 9, rescue work was completed. Simultaneously, the Security Service of Ukraine (SSU) received new evidence indicating that Russia struck the hospital with a Kh-101 missile.\n";
        check(
            text,
            "Simultaneously",
            Some((
                "the Security Service of Ukraine",
                "received new evidence",
                false,
            )),
        );
    }

    #[test]
    fn a_report_in_a_clause_of_time_is_its_own_speakers() {
        let text = "Rebels said they had killed dozens of soldiers near the border, after the army said it had lost two soldiers.\n\
Zelensky said he was ready for talks shortly after the Kremlin said it had received a proposal from Ankara.\n\
Konashenkov said the convoy was hit after the attack on the depot near Kharkiv.\n";
        let first = "Rebels said they had killed";
        check_span(
            text,
            first,
            &["they had killed dozens of soldiers"],
            Some("Rebels"),
        );
        check_span(text, first, &["it had lost two soldiers"], Some("the army"));
        let second = "Zelensky said";
        check_span(text, second, &["he was ready for talks"], Some("Zelensky"));
        check_span(
            text,
            second,
            &["it had received a proposal"],
            Some("the Kremlin"),
        );
        // "after the attack" is a phrase: Konashenkov says all of it.
        check_span(
            text,
            "Konashenkov said",
            &["the convoy was hit after the attack"],
            Some("Konashenkov"),
        );
    }

    #[test]
    fn a_reciprocal_report_gives_each_claim_to_the_party_that_accuses() {
        let text = "Ukraine and Russia-installed local officials blamed each other for a renewed shelling of the nuclear plant on Thursday.\n\
However, Ukraine and Russia blaming each other for the attack on the nuclear plant.\n\
Kyiv and Moscow have traded accusations of recent strikes on the facility.\n";
        check(
            text,
            "Ukraine and Russia-installed",
            Some((
                "Ukraine and Russia-installed local officials",
                "blamed each other",
                false,
            )),
        );
        check(
            text,
            "However",
            Some(("Ukraine and Russia", "blaming each other", false)),
        );
        check(
            text,
            "Kyiv and Moscow",
            Some(("Kyiv and Moscow", "traded accusations", false)),
        );
        let rows: [(&str, &[&str], &str); 6] = [
            (
                "Ukraine and Russia-installed",
                &["Ukraine", "shelling", "plant"],
                "Russia-installed local officials",
            ),
            (
                "Ukraine and Russia-installed",
                &["Russia", "shelling", "plant"],
                "Ukraine",
            ),
            ("However", &["Russia", "attack", "plant"], "Ukraine"),
            ("However", &["Ukraine", "attack", "plant"], "Russia"),
            (
                "Kyiv and Moscow",
                &["Kyiv", "strikes", "facility"],
                "Moscow",
            ),
            // A claim that names neither party is the whole subject's.
            (
                "Kyiv and Moscow",
                &["strikes", "facility"],
                "Kyiv and Moscow",
            ),
        ];
        for (prefix, claims, speaker) in rows {
            check_span(text, prefix, claims, Some(speaker));
        }
    }

    #[test]
    fn each_accused_the_other_and_quoted_as_saying() {
        let text = "Kyiv and Moscow have each accused the other of shelling the plant.\n\
Russia's TASS news agency quoted Russian-installed officials as saying Ukrainian forces shelled the plant.\n\
Ukrainian troops shelled the plant on Monday, according to Russian-installed officials.\n";
        check(
            text,
            "Kyiv and Moscow",
            Some(("Kyiv and Moscow", "accused the other", false)),
        );
        check_span(
            text,
            "Kyiv and Moscow",
            &["Moscow", "shelling", "plant"],
            Some("Kyiv"),
        );
        // One who "said, citing" others says it on their word.
        let citing =
            "Russian forces bombed the theatre, local authorities said, citing survivors.\n\
Mariupol's deputy mayor, Sergei Orlov, told CNN that Russia bombed the theatre.\n";
        check_resolved(
            citing,
            "Russian forces",
            ("local authorities", None, None, false),
        );
        // A possessive opens a title as a determiner does: the person named
        // in apposition speaks.
        check(citing, "Mariupol's", Some(("Sergei Orlov", "told", false)));
        // "X quoted Y as saying": Y's words, reported by X.
        check_resolved(
            text,
            "Russia's TASS",
            (
                "Russian-installed officials",
                None,
                Some("Russia's TASS news agency"),
                false,
            ),
        );
        // After a comma, a definite speaker closing the sentence speaks.
        let closing = "Russian troops shelled the plant, claimed the Ukrainian side.\n";
        check(
            closing,
            "Russian troops",
            Some(("the Ukrainian side", "claimed", false)),
        );
        // A participle joined by a hyphen is part of the speaker's name.
        check(
            text,
            "Ukrainian troops",
            Some(("Russian-installed officials", "according to", false)),
        );
    }

    #[test]
    fn a_time_adjunct_stands_between_the_verb_and_the_speaker_after_it() {
        let text = "During the day, Ukrainian artillery fired 59 shells at the settlements near the plant, the Russian army suppressed the enemy firepower, reported On Sunday, the Ministry of Defense of the Russian Federation.\n\
The strike killed three people, announced yesterday, the State Emergency Service of Ukraine.\n";
        check(
            text,
            "During the day",
            Some((
                "the Ministry of Defense of the Russian Federation",
                "reported",
                false,
            )),
        );
        check(
            text,
            "The strike",
            Some(("the State Emergency Service of Ukraine", "announced", false)),
        );
        // The statement that follows is the ministry's, named just before.
        let text = "MOSCOW, September 25. Ukrainian artillery fired 59 shells at the town, reported On Sunday, the Ministry of Defense of the Russian Federation.\n\
“The artillery fire once again bombarded the town. Ukrainian artillery fired 59 shots during the day,” the statement said.\n";
        check_resolved(
            text,
            "“The artillery",
            (
                "the statement",
                Some("the Ministry of Defense of the Russian Federation"),
                None,
                false,
            ),
        );
    }

    #[test]
    fn a_heading_credits_its_speaker_whatever_ends_it() {
        let text = "# Energoatom: Russian shelling poses threat to the nuclear plant's radiation safety.\n\
Energoatom: Russian shelling poses threat to the nuclear plant's radiation safety.\n";
        check(text, "Energoatom", Some(("Energoatom", "headline", false)));
        // The same words as a body sentence are prose.
        let body =
            "Energoatom: Russian shelling poses threat to the nuclear plant's radiation safety.\n";
        check(body, "Energoatom", None);
    }

    #[test]
    fn a_report_of_a_report_is_held_by_its_innermost_speaker() {
        let text = "On other hand, Russia’s TASS news agency reported that Russian-appointed officials said that Ukraine shelled the plant twice.\n\
Interfax reported on Tuesday that the city was shelled, the mayor said.\n\
Ukrainian forces shelled the plant overnight, TASS reported, citing Vladimir Rogov.\n";
        check_resolved(
            text,
            "On other hand",
            (
                "Russian-appointed officials",
                None,
                Some("Russia’s TASS news agency"),
                false,
            ),
        );
        check(
            text,
            "On other hand",
            Some(("Russian-appointed officials", "said", false)),
        );
        // A verb of saying after the complement is no link of its chain.
        check(text, "Interfax", Some(("Interfax", "reported", false)));
        // "…, X reported, citing Y": Y's words, reported by X.
        check_resolved(
            text,
            "Ukrainian forces",
            ("Vladimir Rogov", None, Some("TASS"), false),
        );
    }

    #[test]
    fn the_one_cited_or_quoted_holds_the_words_of_a_chain() {
        let text = "The levee failed overnight, local radio stations reported on Monday, citing a county source.\n\
The Tass agency quoted the unnamed official as saying that the dam held.\n\
At least nine hikers were rescued from the ridge, AFP quoted park rangers.\n";
        check_resolved(
            text,
            "The levee",
            ("a county source", None, Some("local radio stations"), false),
        );
        check_resolved(
            text,
            "The Tass",
            ("the unnamed official", None, Some("The Tass agency"), false),
        );
        check_resolved(
            text,
            "At least nine",
            ("park rangers", None, Some("AFP"), false),
        );
    }

    #[test]
    fn a_tally_of_or_issued_by_a_body_is_the_body_s() {
        let text = "The flood killed 41 people, according to an updated tally of the Civil Defence Agency up to noon.\n\
The storm left 90 dead, according to a provisional balance sheet issued by the Interior Ministry at 7 pm.\n";
        check(
            text,
            "The flood",
            Some(("the Civil Defence Agency", "according to", false)),
        );
        check(
            text,
            "The storm",
            Some(("the Interior Ministry", "according to", false)),
        );
    }

    #[test]
    fn an_unnamed_crowd_inside_a_report_leaves_it_to_the_outer_speaker() {
        let text = "Kremlin spokesman Dmitry Peskov said Russian forces do not strike residential buildings.\n\
He also said that many people in Ukraine have stated that the building was hit by an air defence missile.\n\
Governor Oleksandr Prokudin said that some observers believe the dam was mined weeks earlier.\n\
Reuters reported that Ukrainian officials said that the bridge was struck by a truck bomb.\n\
Many people in the city have said that the shelling came from the south.\n\
AFP reported that some of the Ukrainian commanders said that the bridge was mined.\n";
        check(text, "He also said", Some(("He", "said", false)));
        check(
            text,
            "Governor Oleksandr",
            Some(("Oleksandr Prokudin", "said", false)),
        );
        // A named group inside a report holds its words.
        check(
            text,
            "Reuters reported",
            Some(("Ukrainian officials", "said", false)),
        );
        // Outside a report, the crowd is the speaker it names.
        check(text, "Many people", Some(("Many people", "said", false)));
        // A partitive of a named group is no crowd.
        check(
            text,
            "AFP reported",
            Some(("some of the Ukrainian commanders", "said", false)),
        );
    }

    #[test]
    fn an_object_pronoun_takes_the_speaker_before_it() {
        let text = "IAEA chief Rafael Grossi has left the plant, Energoatom has said.\n\
\"Most of the delegation members left the plant with him,\" the company said in a statement.\n\
According to him, currently five representatives of the IAEA mission have remained at the plant.\n";
        check_resolved(
            text,
            "According to him",
            ("him", Some("Energoatom"), None, false),
        );
    }

    #[test]
    fn evidence_its_maker_names_speaks() {
        let text = "Closer to 600 people died in the theatre bombing, AP evidence suggests.\n\
AP evidence shows closer to 600 people died in the theatre bombing.\n\
Evidence suggests twin Russian airstrikes deliberately targeted the theatre.\n";
        check(
            text,
            "Closer to 600",
            Some(("AP evidence", "suggests", false)),
        );
        check(text, "AP evidence", Some(("AP evidence", "shows", false)));
        // Evidence that no one named made is no speaker.
        check(text, "Evidence", None);
    }

    #[test]
    fn a_subject_citing_a_source_speaks() {
        let text = "Local officials citing witness accounts said up to 300 people are feared dead after the theatre was struck.\n\
The company has denied reports, citing local media, that it sold the data.\n\
The mayor, citing police, said the gunmen had fled.\n";
        check(
            text,
            "Local officials",
            Some(("Local officials", "said", false)),
        );
        check(text, "The company", Some(("the company", "denied", false)));
    }

    #[test]
    fn each_clause_keeps_its_own_speaker() {
        let text = "The Russian Defense Ministry on Friday said it did not launch any rocket attack on a railway station in the city of Kramatorsk, which local authorities said had killed at least 39 people.\n\
The health ministry claimed that Israel was behind the attack on the hospital but Israel's military blamed a malfunctioning rocket fired by Islamic Jihad.\n\
Ukraine’s SBU security service on Friday published an intercepted phone call in which an alleged Russian soldier claims that the explosion was organized by a Russian sabotage group.\n\
Erdogan has faced criticism from the quake's survivors about an insufficient number of rescuers in the first days of Turkey's biggest disaster in nearly a century.\n\
Most of the passengers aboard the jet that crashed on Thursday were Dutch, the airline's European chief said.\n\
The partnership ends with a formal military alliance, which Chinese officials say is unnecessary.\n\
Israel denied it was involved and released evidence it said showed the blast was caused by a rocket misfired by Islamic Jihad.\n\
The Netherlands and Australia announced in May that they believe the missile came from Kursk.\n\
Gaza’s health ministry blamed an Israeli air strike, while Israel said the blast was caused by a failed rocket launch.\n\
Although Moscow denies any involvement, Kyiv says Russia blew up the dam.\n";
        let cases: [(&str, &[&str], Option<&str>); 19] = [
            (
                "The Russian",
                &["did not launch"],
                Some("the Russian Defense Ministry"),
            ),
            (
                "The Russian",
                &["killed at least 39"],
                Some("local authorities"),
            ),
            (
                "The health",
                &["Israel was behind"],
                Some("the health ministry"),
            ),
            (
                "The health",
                &["malfunctioning rocket"],
                Some("Israel's military"),
            ),
            (
                "Ukraine’s SBU",
                &["organized by a Russian"],
                Some("an alleged Russian soldier"),
            ),
            ("Ukraine’s SBU", &["intercepted phone call"], None),
            (
                "Erdogan has",
                &["insufficient number"],
                Some("the quake's survivors"),
            ),
            ("Erdogan has", &["biggest disaster"], None),
            (
                "Most of",
                &["were Dutch"],
                Some("the airline's European chief"),
            ),
            (
                "Israel denied",
                &["misfired by Islamic Jihad"],
                Some("Israel"),
            ),
            (
                "The partnership",
                &["formal military alliance"],
                Some("Chinese officials"),
            ),
            (
                "The Netherlands",
                &["came from Kursk"],
                Some("the Netherlands and Australia"),
            ),
            (
                "The Russian",
                &["killed", "railway station", "rocket attack"],
                Some("local authorities"),
            ),
            (
                "The health",
                &["rocket", "hospital", "Islamic Jihad"],
                Some("Israel's military"),
            ),
            (
                "The health",
                &["Israel was", "hospital", "Israel's military"],
                Some("the health ministry"),
            ),
            (
                "Gaza’s",
                &["Israeli air strike", "blast", "Israel said"],
                Some("Gaza’s health ministry"),
            ),
            (
                "Gaza’s",
                &["failed rocket", "blast", "Israel said"],
                Some("Israel"),
            ),
            ("Although", &["Russia blew up", "dam"], Some("Kyiv")),
            ("Although", &["involvement"], Some("Moscow")),
        ];
        for (prefix, claims, expected) in cases {
            check_span(text, prefix, claims, expected);
        }
    }

    #[test]
    fn pronouns_take_a_compatible_speaker() {
        let text = "The Security Service of Ukraine said a sabotage group blew up the dam.\n\
The SBU offered no further details of the conversation. It said it had opened a criminal case.\n\
Kremlin spokesman Dmitry Peskov called the blast a deliberate sabotage. He added that Kyiv must be held responsible.\n";
        check_resolved(text, "It said", ("It", Some("the SBU"), None, false));
        check_resolved(text, "He added", ("He", Some("Dmitry Peskov"), None, false));
    }

    #[test]
    fn quotations_that_run_over_sentences_take_their_speaker() {
        let text = "\"We have survived the most difficult hours. The situation in the flooding zone is under control,\" Saldo said.\n\
\"As of now, 1,500 people have been evacuated. Shelters have been deployed,\" the governor said.\n";
        check(text, "The situation", Some(("Saldo", "said", true)));
        check(text, "\"We have", Some(("Saldo", "said", true)));
        check_resolved(
            text,
            "\"As of now",
            ("the governor", Some("Saldo"), None, false),
        );
    }

    #[test]
    fn a_quotation_its_speaker_opens_or_that_runs_on_is_theirs() {
        // The quotation opens after the verb of saying and a colon.
        let text = "The mayor, Anna Berg, said on local radio: “The river rose overnight. Two bridges are closed.”\n";
        check(text, "Two bridges", Some(("Anna Berg", "said", true)));
        // Five sentences before the one that credits them.
        let text = "\"The count rose to 20 overnight. A man died in hospital. Doctors did what they could. Rest in peace! Our thoughts are with the family,\" the governor wrote.\n";
        check(text, "\"The count", Some(("the governor", "wrote", true)));
        // A quoted paragraph credited nowhere, after its speaker's sentence.
        let text = "Fire chief Tom Hale said three homes burned.\n\"Crews worked through the night. Nobody was hurt.\"\nThe road reopened on Monday.\n";
        check(text, "Nobody", Some(("Tom Hale", "said", true)));
        check(text, "\"Crews", Some(("Tom Hale", "said", true)));
        check(text, "The road", None);
        // Not a quotation that opens in the middle of its paragraph.
        let text = "Fire chief Tom Hale said three homes burned.\nThe road reopened on Monday, and \"life goes on.\"\n";
        check(text, "The road", None);
    }

    #[test]
    fn a_pronoun_never_stands_for_a_word_inside_a_quotation() {
        let text = "The storm passed on Sunday.\n\"We saw the water come in. Eternal gratitude goes to the crews,\" she said.\n";
        check_resolved(text, "Eternal", ("she", None, None, true));
        check_resolved(text, "\"We saw", ("she", None, None, true));
        let text = "The vigil was held on Sunday.\n“Anna Berg was the kindest of us. We will miss her,” he wrote.\n";
        check_resolved(text, "“Anna", ("he", None, None, true));
        check_resolved(text, "We will", ("he", None, None, true));
        let text = "The vigil was held on Sunday.\n“Rest in peace, Anna Berg. We will miss her,” he wrote.\n";
        check_resolved(text, "“Rest", ("he", None, None, true));
        check_resolved(text, "We will", ("he", None, None, true));
    }

    #[test]
    fn source_chains_name_who_reports_the_words() {
        let text = "Ukraine’s SBU security service on Friday published an intercepted phone call in which an alleged Russian soldier claims that the explosion was organized by a sabotage group.\n\
“That was our sabotage group,” said one of the men on the recording, described by the SBU as a Russian soldier.\n\
The agency cited documents that said the plant built the engine.\n\
The company has denied reports, citing local media, that it sold the data.\n\
According to a recent investigation by the New York Times, the dam was crippled by an explosion.\n\
The plane was shot down, according to the findings of an international investigation team released on Wednesday.\n\
“The evidence clearly suggests the dam was crippled,” stated the New York Times.\n";
        check_resolved(
            text,
            "Ukraine’s SBU",
            (
                "an alleged Russian soldier",
                None,
                Some("Ukraine’s SBU security service"),
                false,
            ),
        );
        check_resolved(
            text,
            "“That was",
            ("one of the men", None, Some("the SBU"), false),
        );
        check_resolved(
            text,
            "The agency",
            ("documents", None, Some("The agency"), false),
        );
        check(text, "The company", Some(("the company", "denied", false)));
        check(
            text,
            "According to a recent",
            Some(("the New York Times", "according to", false)),
        );
        check(
            text,
            "The plane",
            Some(("an international investigation team", "according to", false)),
        );
        check(
            text,
            "“The evidence",
            Some(("the New York Times", "stated", true)),
        );
    }

    #[test]
    fn news_released_by_a_body_is_that_bodys() {
        let text = "According to the news released by the Ukrainian State Emergency Situations Agency, as of 21:00 local time on the 16th, the incident has caused 40 deaths.\n\
According to figures published by the regional health department, 12 people were wounded.\n\
According to the findings released on Monday, the missile was a Kh-22.\n";
        check(
            text,
            "According to the news",
            Some((
                "the Ukrainian State Emergency Situations Agency",
                "according to",
                false,
            )),
        );
        check(
            text,
            "According to figures",
            Some(("the regional health department", "according to", false)),
        );
        // A participle with no "by" after it still ends the speaker.
        check(
            text,
            "According to the findings",
            Some(("the findings", "according to", false)),
        );
    }

    #[test]
    fn abbreviations_places_and_adverbs_keep_the_speaker_whole() {
        let text = "The U.K. and U.S. say the firm shipped parts to the plant.\n\
Russia and its proxy officials in Ukraine have blamed Kyiv for destroying the dam.\n\
Russia has always denied involvement in the downing of the plane.\n";
        check(text, "The U.K.", Some(("the U.K. and U.S.", "say", false)));
        check(
            text,
            "Russia and",
            Some(("Russia and its proxy officials", "blamed", false)),
        );
        check(text, "Russia has", Some(("Russia", "denied", false)));
        // A noun phrase before the place longer than a speaker can be is no
        // speaker, and neither is the place alone.
        check(
            "Several senior regional emergency management service flood response coordination department team officials in Kherson have warned that the water is rising.",
            "Several",
            None,
        );
    }

    #[test]
    fn a_proper_name_keeps_its_for_on_and_listed_words() {
        let text = "The Syrian Observatory for Human Rights said at least 12 fighters were killed.\n\
The Ministry of Culture, Youth, Sports and Media said the stadium would reopen.\n\
Japan's Ministry of Land, Infrastructure and Transport said the runway would reopen.\n\
The Senate Committee on Foreign Relations said the sale would go ahead.\n\
The armed coalition, the Strategic Framework for Peace, Security and Development (CSP-PSD), said it had seized trucks.\n";
        check(
            text,
            "The Syrian",
            Some(("the Syrian Observatory for Human Rights", "said", false)),
        );
        check(
            text,
            "Japan's",
            Some((
                "Japan's Ministry of Land, Infrastructure and Transport",
                "said",
                false,
            )),
        );
        check(
            text,
            "The Ministry",
            Some((
                "the Ministry of Culture, Youth, Sports and Media",
                "said",
                false,
            )),
        );
        check(
            text,
            "The Senate",
            Some(("the Senate Committee on Foreign Relations", "said", false)),
        );
        // The name in apposition to a description speaks, whole.
        check(
            text,
            "The armed",
            Some((
                "the Strategic Framework for Peace, Security and Development",
                "said",
                false,
            )),
        );
    }

    #[test]
    fn a_speaker_that_announces_or_confirms_says_its_object() {
        let text = "Syrian state television confirmed the consulate building had been attacked.\n\
Russia announced the termination of the grain deal.\n\
Wagner chief confirmed dead after plane crash.\n\
Armenia's Defence Ministry has announced the start of a military exercise near the border.\n\
The police have charged the gunman, Interior Minister Matus Ravas (Smer-SD) announced after a session of the government.\n\
The scan confirmed a fracture in his left leg.\n";
        check(
            text,
            "Syrian",
            Some(("Syrian state television", "confirmed", false)),
        );
        check(text, "Russia", Some(("Russia", "announced", false)));
        check(
            text,
            "Armenia's",
            Some(("Armenia's Defence Ministry", "announced", false)),
        );
        check(
            text,
            "The police",
            Some(("Matus Ravas", "announced", false)),
        );
        check(text, "The scan", None);
        check(text, "Wagner chief", None);
    }

    #[test]
    fn as_per_credits_its_source_like_according_to() {
        let text = "As per the BBC, the colony lies 60 kilometres north of the Arctic Circle.\n\
The prison has a culture of collective punishment, as per local rights groups.\n\
“We will find out exactly what happened,” Biden said as per USA Today\n";
        check(text, "As per", Some(("the BBC", "as per", false)));
        check(
            text,
            "The prison",
            Some(("local rights groups", "as per", false)),
        );
        check_resolved(text, "“We will", ("Biden", None, Some("USA Today"), false));
    }

    #[test]
    fn a_source_close_to_a_group_is_the_source() {
        let text = "Two commanders were among the dead, a source close to the militia told AFP.\n\
Sources close to the investigation said the device had been planted months earlier.\n";
        check(
            text,
            "Two commanders",
            Some(("a source close to the militia", "told", false)),
        );
        check(
            text,
            "Sources close",
            Some(("Sources close to the investigation", "said", false)),
        );
    }

    #[test]
    fn a_day_after_the_verb_is_no_inverted_speaker() {
        let text = "The monitors will stay in the region, Anna Kavalec, chief of the observer mission, said Tuesday.\n";
        check(text, "The monitors", Some(("Anna Kavalec", "said", false)));
    }

    #[test]
    fn a_state_generic_head_refers_to_that_state_body_named_before() {
        let text = "According to the Ministry of Defence, the army has launched an operation in the region.\n\
Armenia's defence ministry said that claims of Armenian fire did not correspond with reality.\n\
The Azerbaijani ministry said that Armenia has been mining the territories.\n\
The Lebanese army said it had deployed troops to the border.\n";
        check_resolved(
            text,
            "The Azerbaijani",
            (
                "the Azerbaijani ministry",
                Some("the Ministry of Defence"),
                None,
                false,
            ),
        );
        // No body with that head word before: the head stands as it is.
        check_resolved(
            text,
            "The Lebanese",
            ("the Lebanese army", None, None, false),
        );
    }

    #[test]
    fn a_passive_agent_that_cites_a_source_reports_it() {
        let text = "The death of the jailed activist was reported by state media which further cited the prison service of the region where he was held.\n\
The strike was confirmed by Interfax, citing the regional administration.\n";
        check_resolved(
            text,
            "The death",
            (
                "the prison service of the region",
                None,
                Some("state media"),
                false,
            ),
        );
        check_resolved(
            text,
            "The strike",
            ("the regional administration", None, Some("Interfax"), false),
        );
    }

    #[test]
    fn a_bullet_marker_is_no_part_of_the_speaker() {
        let text = "- Russian leaders accused the mercenary chief of an attempted coup.\n\
- Officials in Rostov said the headquarters had been seized.\n\
• The Belarusian government said it had reached a deal with him.\n\
— Regional officials said the convoy had turned back.\n";
        check(
            text,
            "- Russian",
            Some(("Russian leaders", "accused", false)),
        );
        check(
            text,
            "- Officials",
            Some(("Officials in Rostov", "said", false)),
        );
        check(
            text,
            "• The",
            Some(("the Belarusian government", "said", false)),
        );
        check(
            text,
            "— Regional",
            Some(("Regional officials", "said", false)),
        );
    }

    #[test]
    fn an_adverb_between_subject_and_verb_is_no_part_of_the_subject() {
        let text = "In a statement on Tuesday, the Azerbaijani Defense Ministry stated that the operation had begun.\n\
The statement further clarified that only military installations will be targeted.\n";
        check_resolved(
            text,
            "The statement",
            (
                "the statement",
                Some("the Azerbaijani Defense Ministry"),
                None,
                false,
            ),
        );
    }

    #[test]
    fn a_capitalised_preposition_inside_a_name_keeps_the_name_whole() {
        let text = "The medical aid group Doctors Without Borders suspended its work at the hospital on Sunday.\n\
It said the team could not verify whether anyone was killed.\n";
        check_resolved(
            text,
            "It said",
            (
                "It",
                Some("the medical aid group Doctors Without Borders"),
                None,
                false,
            ),
        );
    }

    #[test]
    fn an_indefinite_article_opens_no_institution() {
        let text = "The security firm Ambrey said it had received reports of an incident.\n\
A tanker saw missile trails, while a bulk carrier detected three small boats.\n\
“Ambrey assessed this event was separate from the earlier one,” it said.\n";
        check_resolved(
            text,
            "“Ambrey",
            ("it", Some("the security firm Ambrey"), None, false),
        );
    }

    #[test]
    fn a_dash_sets_off_an_apposition_as_a_comma_does() {
        let text =
            "Hezbollah — an ally of Hamas — said Israel was fully responsible for the blasts.\n\
Hezbollah- an ally of Hamas, said Israel was fully responsible for the blasts.\n\
Russian-backed officials said the plant had been shelled.\n";
        check(text, "Hezbollah —", Some(("Hezbollah", "said", false)));
        check(text, "Hezbollah-", Some(("Hezbollah", "said", false)));
        check(
            text,
            "Russian-backed",
            Some(("Russian-backed officials", "said", false)),
        );
    }

    #[test]
    fn he_in_a_later_clause_is_the_person_the_sentence_opens_with() {
        let text = "Opposition leader Alexei Navalny died in the colony on Friday.\n\
Navalny has been behind bars since January 2021, when he returned to Moscow after a poisoning that he blamed on the Kremlin.\n";
        check_resolved(
            text,
            "Navalny has",
            ("he", Some("Alexei Navalny"), None, false),
        );
    }

    #[test]
    fn estimates_coordinated_verbs_and_names_written_before() {
        let text = "Turkey’s Disaster and Emergency Management Authority (AFAD) put the magnitude of the quake at 7.4 near the city.\n\
The agency put pressure on builders.\n\
Erdoğan on Wednesday visited Kahramanmaraş, a city near the epicenter, and said in a statement that 8,574 people had died.\n\
The plane came down near Donetsk, Anton Gerashchenko wrote on Facebook.\n\
Gerashchenko was quoted as saying the plane was hit by a missile.\n\
“That was our sabotage group,” said one of the men, who the SBU described as a Russian soldier.\n\
Erdogan acknowledged there had been difficulties with the initial response.\n";
        check(
            text,
            "Turkey’s",
            Some((
                "Turkey’s Disaster and Emergency Management Authority",
                "put",
                false,
            )),
        );
        check(text, "The agency", None);
        check(text, "Erdoğan on", Some(("Erdoğan", "said", false)));
        check_resolved(
            text,
            "Gerashchenko was",
            ("Gerashchenko", Some("Anton Gerashchenko"), None, false),
        );
        check_resolved(
            text,
            "“That was",
            ("one of the men", None, Some("the SBU"), false),
        );
        check(
            text,
            "Erdogan acknowledged",
            Some(("Erdogan", "acknowledged", false)),
        );
    }

    #[test]
    fn a_name_after_a_curly_quote_is_read_on_char_boundaries() {
        // "“" is three bytes: the word before a surname starts after it.
        let text = "The talks were “Hard Yu” at best.\nYu said the talks had failed.\n";
        check_resolved(text, "Yu said the", ("Yu", Some("Hard Yu"), None, false));
    }

    #[test]
    fn a_pronoun_with_no_one_before_it_is_unresolved() {
        check_resolved(
            "He said rescuers had been slowed by a storm.",
            "He said",
            ("He", None, None, true),
        );
    }

    #[test]
    fn a_head_that_finds_only_its_own_word_is_unresolved() {
        // The headline's "Council" names no council: "the council" stays
        // unresolved, so the outlet, not "council", is its origin.
        check_resolved(
            "Council disputes bridge reports\n\nThe council denied that Marlow Bridge was closed for the whole week.\n",
            "The council denied",
            ("the council", None, None, true),
        );
    }

    #[test]
    fn speech_inside_a_quotation_is_not_the_speaker() {
        let text = "“Beijing said it would not send arms,” Kirchberger said.\n";
        check(text, "“Beijing", Some(("Kirchberger", "said", true)));
        let text = "“According to Moscow, nothing was sent,” said Paul Schwartz.\n";
        check(text, "“According", Some(("Paul Schwartz", "said", true)));
    }

    #[test]
    fn they_takes_the_speaker_of_the_sentence_before() {
        let text = "China’s foreign ministry has formally denied any involvement in these military advancements, asserting that the country maintains a “neutral and fair position” regarding the conflict in Ukraine. They emphasized their commitment to controlling dual-use exports.\n";
        check_resolved(
            text,
            "They emphasized",
            ("They", Some("China’s foreign ministry"), None, false),
        );
    }

    #[test]
    fn open_quotation_keeps_its_speaker() {
        let text = "Beijing answered on Monday. “China will not send weapons. It never has. Nor will it start now,” said Wang Wenbin, a ministry spokesman. The ministry has said so before.\n";
        let wang = Some(("Wang Wenbin", "said", true));
        check(text, "“China will", wang);
        check(text, "It never", wang);
        check(text, "Nor will", wang);
        check(text, "Beijing answered", None);
        check(text, "The ministry", Some(("the ministry", "said", false)));
    }

    #[test]
    fn headline_credits_name_their_speaker() {
        // A news headline credits its claim to a speaker after a final colon
        // or dash, or before a leading colon; a title-case verb of saying is
        // a verb there, not a name.
        let text = "40 Ukrainian POWs killed by Ukrainian missile strike on Donetsk prison: Russia\nGeneral Staff: Russians deliberately struck prison in Olenivka, where Ukrainian POWs were held\nAccuracy of strike on Yelenovka shows it was preplanned by Kiev — Russian investigators\nRussia Says Ukraine POWs Killed by Kyiv Strikes on Jail\nRussian missile downed Malaysia Airlines flight MH17: investigation team\nDeath toll: 40\nThe prison was hit at night: the barrack burned down.\nFSS about shooting in \"Crocus City Hall\": terrorists wanted to escape to Ukraine, \"had relevant contacts on Ukrainian side\"\nThe lesson about the night: \"we heard two blasts and then silence\"\n";
        check(text, "40 Ukrainian", Some(("Russia", "headline", false)));
        check(
            text,
            "General Staff:",
            Some(("General Staff", "headline", false)),
        );
        check(
            text,
            "Accuracy of",
            Some(("Russian investigators", "headline", false)),
        );
        check(text, "Russia Says", Some(("Russia", "says", false)));
        check(
            text,
            "Russian missile downed",
            Some(("investigation team", "headline", false)),
        );
        check(text, "Death toll", None);
        check(text, "The prison was hit", None);
        check(text, "FSS about", Some(("FSS", "headline", false)));
        check(text, "The lesson about", None);
        // A lone speaker noun after the dash credits an unnamed source; a
        // lone common noun credits no one.
        let text = "Strike on the Saky air base an operation by military intelligence – sources\nCrimean bridge reopens to traffic after the blast – photos\n";
        check(
            text,
            "Strike on the Saky",
            Some(("sources", "headline", false)),
        );
        check(text, "Crimean bridge reopens", None);
    }

    #[test]
    fn the_subject_that_opens_a_clause_of_saying_speaks_whatever_its_head() {
        let text = "KYIV, Ukraine (AP) — Russian-backed separatists said Friday that a Ukrainian attack hit a prison.\n(Newser) – Russian-backed separatists in Ukraine said Friday that an attack killed 53 prisoners—but Ukraine blamed the attack on Russian forces.\nShafaq News / The Russian military and pro-Moscow separatists claimed Friday that Ukrainian forces shelled a prison.\nThe separatists said that the toll had risen.\nThe collapse confirmed that the dam was weak.\nRussia struck the prison and guards said nothing.\n";
        check(
            text,
            "KYIV",
            Some(("Russian-backed separatists", "said", false)),
        );
        check(
            text,
            "(Newser)",
            Some(("Russian-backed separatists", "said", false)),
        );
        check(
            text,
            "Shafaq",
            Some((
                "The Russian military and pro-Moscow separatists",
                "claimed",
                false,
            )),
        );
        check(
            text,
            "The separatists",
            Some(("the separatists", "said", false)),
        );
        check(text, "The collapse", None);
    }

    #[test]
    fn an_inverted_speaker_keeps_its_title_chain() {
        let text = "The attack also injured 75 Ukrainian POWs, said Russian Defense Ministry spokesman Igor Konashenkov.\nThe strike killed 40, said ministry spokesman Igor Konashenkov.\n";
        check(
            text,
            "The attack",
            Some(("Igor Konashenkov", "said", false)),
        );
        check(
            text,
            "The strike",
            Some(("Igor Konashenkov", "said", false)),
        );
    }

    #[test]
    fn a_verb_of_saying_before_according_to_keeps_its_subject() {
        let text = "The General Staff emphasized that according to the information provided by the commander, the Armed Forces of Ukraine did not launch strikes on the area.\n";
        check(
            text,
            "The General Staff",
            Some(("the General Staff", "emphasized", false)),
        );
    }

    #[test]
    fn a_generic_head_refers_to_the_institution_named_before() {
        let text = "Denis Pushilin said the toll rose to 53, up from an earlier Russian Defense Ministry figure of 40. The ministry also said 75 others were wounded. The company said nothing.\n";
        check_resolved(
            text,
            "The ministry also",
            (
                "the ministry",
                Some("Russian Defense Ministry"),
                None,
                false,
            ),
        );
        check_resolved(text, "The company", ("the company", None, None, true));
    }

    #[test]
    fn it_takes_the_institution_quoted_just_before() {
        let text = "Russia: 40 Ukrainian POWs killed by Ukrainian missile strike on Donetsk prison\n\nRussia's defence ministry said Ukraine struck a prison with HIMARS rockets on Friday, killing 40 Ukrainian prisoners of war.\n\nReuters could not immediately verify battlefield reports. \"A missile strike was carried out on a pre-trial detention center in the area of the settlement of Olenivka,\" the defence ministry said in its daily briefing.\n\nAs a result of the strike, \"40 Ukrainian prisoners of war were killed and 75 wounded,\" and eight prison staff were also injured, it added.\n";
        check_resolved(
            text,
            "As a result",
            ("it", Some("Russia's defence ministry"), None, false),
        );
    }

    #[test]
    fn a_statement_that_reads_a_quotation_speaks_for_its_author() {
        let text = "The General Staff of the Armed Forces of Ukraine said in a statement on Facebook, Ukrinform reports.\n\n\"The Armed Forces of the Russian Federation carried out a targeted artillery shelling of a penitentiary facility,\" the statement reads.\n";
        check_resolved(
            text,
            "\"The Armed Forces",
            (
                "the statement",
                Some("the General Staff of the Armed Forces of Ukraine"),
                None,
                false,
            ),
        );
        // A description that names no one to resolve to is left alone.
        check(
            "\"He read the letter,\" the book reads.\n",
            "\"He read",
            None,
        );
    }

    #[test]
    fn a_declared_alias_speaks_wherever_it_is_the_subject() {
        let speakers = crate::model::Speakers {
            by_alias: [("separatists".to_string(), "dpr".to_string())]
                .into_iter()
                .collect(),
            ..crate::model::Speakers::default()
        };
        let registry = analyzer().with_speakers(&speakers);
        let text = "Yesterday the separatists said the toll had risen to 53.\n";
        check_with(
            &registry,
            text,
            "Yesterday",
            Some(("the separatists", "said", false)),
        );
        check(text, "Yesterday", None);
    }

    #[test]
    fn the_subject_noun_phrase_of_a_verb_of_saying_is_read_by_its_clause() {
        let cases: &[Case] = &[
            // A fronted prepositional phrase is skipped, whatever it holds;
            // "alleged" after a preposition is no verb.
            (
                "Following statements by Polish media and officials about alleged Russian missiles hitting near Przewodów on Tuesday, the Russian Foreign Ministry denied carrying out such strikes.",
                Some(("the Russian Foreign Ministry", "denied", false)),
            ),
            // A relative clause without commas stands between subject and verb.
            (
                "Three U.S. officials who spoke on conditions of anonymity told the Associated Press that the missile was fired by Ukrainian troops.",
                Some(("Three U.S. officials", "told", false)),
            ),
            (
                "Two engineers who inspected the plant last month told reporters that the turbine hall had been mined.",
                Some(("Two engineers", "told", false)),
            ),
            // The antecedent of "which" speaks; "those of X" is X.
            (
                "Zelensky's comments contradicted those of Poland and NATO, which both said the explosion was likely caused by a Ukrainian air defence missile.",
                Some(("Poland and NATO", "said", false)),
            ),
            (
                "The finding matched the view of several independent weapons researchers, who said the crater pointed to a rocket fired from the east.",
                Some(("several independent weapons researchers", "said", false)),
            ),
        ];
        for (text, expected) in cases {
            check(text, &text[..20], *expected);
        }
    }

    #[test]
    fn verbs_of_reporting_and_showing_take_their_subject() {
        let cases: &[Case] = &[
            (
                "Many media outlets reported yesterday that Russia had fired the missile.",
                Some(("Many media outlets", "reported", false)),
            ),
            (
                "On Tuesday, Polish authorities reported the downing of two suspected Russian missiles near the town of Przewodów.",
                Some(("Polish authorities", "reported", false)),
            ),
            (
                "Initial Polish and NATO assessments show that it was a Ukrainian air defense missile.",
                Some(("Initial Polish and NATO assessments", "show", false)),
            ),
            // "which" after a comma may stand for the clause before a verb of evidence.
            (
                "The Kremlin keeps selling advanced jets to Beijing, which shows that Moscow no longer fears copying.",
                None,
            ),
            // A possessive is followed by its head, whatever its ending.
            (
                "The death toll has risen to 18, the Kherson Region’s acting governor Vladimir Saldo reported on Thursday.",
                Some(("Vladimir Saldo", "reported", false)),
            ),
        ];
        for (text, expected) in cases {
            check(text, &text[..20], *expected);
        }
    }

    #[test]
    fn it_takes_the_institution_that_opens_its_sentence_or_one_before() {
        let text = "Residents of the village told reporters they heard two explosions. The Polish government convened its security council, and it said later that the missile was Russian-made.\nPoland's foreign ministry summoned the Russian ambassador on Tuesday. It said a Russian-made missile had killed two citizens.\nThe Kremlin denied any role. The company, Huawei, opened a research centre in Moscow in 2020. Last year it said it employed 1,500 engineers in Russia.\n";
        let rows = [
            ("The Polish government", "the Polish government"),
            ("It said a Russian-made", "Poland's foreign ministry"),
            ("Last year", "Huawei"),
        ];
        // A generic head opening the sentence before stands for the name
        // before it.
        let service = "Ukraine's domestic security service said on Friday it had intercepted a call. The service posted the recording on its channel. It said Russian forces blew up the dam.\n";
        check_resolved(
            service,
            "It said",
            (
                "It",
                Some("Ukraine's domestic security service"),
                None,
                false,
            ),
        );
        for (prefix, named) in rows {
            let article = article(text);
            let idx = article
                .sentences
                .iter()
                .position(|sentence| article.text[sentence.start..].starts_with(prefix))
                .expect("test sentence is in its article");
            let found = analyzer().attribution(&article, idx);
            assert_eq!(
                found.and_then(|found| found.refers_to).as_deref(),
                Some(named),
                "sentence: {prefix}"
            );
        }
    }

    #[test]
    fn a_document_head_is_the_report_its_verb_made() {
        let text = "\"The wreckage has no relation to Russian weapons,\" the statement reads.\nPoland’s Radio Zet reported on Tuesday that two missiles hit grain dryers in the village. According to the report, two people were killed in the incident.\n";
        check_resolved(
            text,
            "According to the report",
            ("the report", Some("Poland’s Radio Zet"), None, false),
        );
    }

    #[test]
    fn conviction_and_a_trailing_source_frame_their_speaker() {
        let text = "President of Ukraine Volodymyr Zelensky is convinced that the rocket that fell in Poland on Tuesday was not Ukrainian. \"I have no doubt that it was not our rocket,\" he told reporters in Kyiv on Wednesday. \"I believe that it was a Russian missile,\" the president stressed.\nThe mayor has no doubt that the levee will hold.\n";
        check(
            text,
            "President of Ukraine",
            Some(("Volodymyr Zelensky", "is convinced", false)),
        );
        check(
            text,
            "The mayor",
            Some(("the mayor", "has no doubt", false)),
        );
        // The pronoun and the generic head take the person now quoted before.
        check_resolved(
            text,
            "\"I have no doubt",
            ("he", Some("Volodymyr Zelensky"), None, false),
        );
        check_resolved(
            text,
            "\"I believe",
            ("the president", Some("Volodymyr Zelensky"), None, false),
        );
        // A frame opened by "as" after the main clause governs only what it
        // reports; the main clause is the article's own voice.
        let text = "A missile landed outside the village of Przewodow, killing at least two, as Polish President Andrzej Duda confirms that the missile was made in Russia.\n";
        check_span(text, "A missile", &["killing at least two"], None);
        check_span(text, "A missile", &["made in Russia"], Some("Andrzej Duda"));
        // "…, according to Y" after a verb of saying with its own subject:
        // the subject speaks, Y reports it.
        check_resolved(
            "Speaking at the G20 summit in Bali, U.S. President Joe Biden said the missile that landed in Poland was unlikely to have been fired from Russia, according to the RFE/RL.\n",
            "Speaking",
            ("Joe Biden", None, Some("the RFE"), false),
        );
    }

    #[test]
    fn one_who_repeats_a_claim_of_another_speaks() {
        let text = "Pakistan's army spokesperson, Lt Gen Omar Rauf, declined to confirm any involvement but reiterated Islamabad's claims that militants operate from Afghan soil.\n\
The ministry's spokesman, Ali Nadir, repeated Tehran's claim that the camp housed fighters.\n\
Senator Jane Moss echoed the army's assertion that the drones came from the north.\n\
Analysts doubted Russia's claim that the dam collapsed on its own.\n\
Iran's army spokesperson, Lt Gen Omar Rauf, said militants operate from Afghan soil.\n";
        // The one who repeats is read as the one who says it.
        for prefix in ["Pakistan's army", "Iran's army"] {
            check_span(
                text,
                prefix,
                &["militants operate from Afghan soil"],
                Some("Omar Rauf"),
            );
        }
        check_span(
            text,
            "The ministry's",
            &["the camp housed fighters"],
            Some("Ali Nadir"),
        );
        check_span(
            text,
            "Senator Jane",
            &["the drones came from the north"],
            Some("Jane Moss"),
        );
        // A verb of doubting keeps the claim the possessor's.
        check_span(
            text,
            "Analysts doubted",
            &["the dam collapsed on its own"],
            Some("Russia"),
        );
    }

    #[test]
    fn a_closing_credit_speaks_for_an_admission_inside() {
        let text = "A Syrian man has admitted to setting the fire and investigators have established a political motive, a prosecutor said on Monday.\n\
A local teenager has admitted planting the device, the prosecutor's office said on Friday.\n\
The firm admitted that the alarm had failed, and the regulator said on Friday.\n\
The firm admitted the alarm had failed, the regulator said it would investigate.\n\
The minister admits the roads were closed.\n";
        let claims = ["setting the fire", "a political motive"];
        for claim in claims {
            check_span(text, "A Syrian", &[claim], Some("a prosecutor"));
        }
        check_span(
            text,
            "A local",
            &["planting the device"],
            Some("the prosecutor's office"),
        );
        // No closing credit: the one who admits speaks.
        check_span(
            text,
            "The firm admitted that",
            &["the alarm had failed"],
            Some("the firm"),
        );
        check_span(
            text,
            "The firm admitted the",
            &["the alarm had failed"],
            Some("the firm"),
        );
        check_span(
            text,
            "The minister",
            &["the roads were closed"],
            Some("the minister"),
        );
    }

    #[test]
    fn a_fronted_according_to_reports_the_speaker_of_the_main_clause() {
        // The source cited reports what the verb's subject says: the
        // subject is the innermost holder.
        let text = "According to The Daily Star, the minister wrote on X on Sunday that the bridge had been closed.\n\
According to Reuters, the health minister said on Monday that 40 people had died.\n\
According to local media, Governor Anna Kell told reporters that the fire was deliberate.\n\
According to witnesses, the soldiers said nothing and opened fire on the crowd near the market.\n";
        check_resolved(
            text,
            "According to The Daily",
            ("the minister", None, Some("The Daily Star"), false),
        );
        check_resolved(
            text,
            "According to Reuters",
            ("the health minister", None, Some("Reuters"), false),
        );
        check_resolved(
            text,
            "According to local",
            ("Anna Kell", None, Some("local media"), false),
        );
        // A verb with a noun phrase for object reports nothing of its own:
        // the cited source holds the claim.
        check_resolved(
            text,
            "According to witnesses",
            ("witnesses", None, None, false),
        );
        check_resolved(
            "According to officials, the blast destroyed the plant, the mayor said on Friday.\n",
            "According to officials",
            ("the mayor", None, None, true),
        );
    }

    #[test]
    fn a_closing_reporting_clause_outranks_a_fronted_according_to() {
        // The clause's own speaker closes the sentence; what it relies on
        // opens it.
        let text = "According to preliminary data, 40 people were killed and more than 100 injured as a result of mass shooting at Crocus City Hall in the Moscow region, Russia’s Federal Security Service reported.\n\
According to witnesses, the convoy was hit twice near the border, the regional governor said on Sunday.\n\
According to the ministry, the dam was destroyed at night.\n";
        check(
            text,
            "According to preliminary",
            Some(("Russia’s Federal Security Service", "reported", false)),
        );
        check(
            text,
            "According to witnesses",
            Some(("the regional governor", "said", false)),
        );
        check(
            text,
            "According to the ministry",
            Some(("the ministry", "according to", false)),
        );
    }

    #[test]
    fn verbs_of_dismissing_assuring_and_questioning_take_their_subject() {
        let text = "The Pentagon dismissed reports as “inaccurate” Thursday that Wagner Group chief Yevgeny Prigozhin’s private jet was shot down near Moscow.\n\
The Kremlin dismissed rumours on Friday that it ordered the assassination of the Wagner chief.\n\
The court dismissed the case against the two pilots.\n\
Also, the FSS of the Russian Federation assures that after the terrorist attack, the criminals intended to cross the border.\n\
Gray Zone questioned the authorities’ version that Prigozhin was on the passenger list of the first plane.\n\
Police questioned the driver of the truck for two hours.\n";
        check(
            text,
            "The Pentagon",
            Some(("the Pentagon", "dismissed", false)),
        );
        check(
            text,
            "The Kremlin",
            Some(("the Kremlin", "dismissed", false)),
        );
        check(text, "The court", None);
        check(
            text,
            "Also, the FSS",
            Some(("the FSS of the Russian Federation", "assures", false)),
        );
        check(text, "Gray Zone", Some(("Gray Zone", "questioned", false)));
        check(text, "Police questioned", None);
    }

    #[test]
    fn a_partitive_speaker_resolves_and_keys_as_its_whole() {
        // "One of the officials" points back to the officials named before;
        // "one of the US and Western officials" speaks for that group.
        let text = "The plane was downed by an explosion, according to US and Western officials.\n\
One of the officials, who were not authorised to comment, said that the explosion fell in line with a long history.\n\
One of the US and Western officials who described the assessment said that Prigozhin was targeted.\n";
        check_resolved(
            text,
            "One of the officials",
            (
                "One of the officials",
                Some("US and Western officials"),
                None,
                false,
            ),
        );
        let article = article(text);
        let found = analyzer()
            .attribution(&article, 2)
            .expect("the sentence is attributed");
        assert_eq!(
            crate::provenance::origin_speaker(&found),
            Some("US and Western officials")
        );
        // The group named only inside another speaker's sentence.
        let text = "A preliminary US intelligence assessment has found that the crash was caused by an explosion, according to US and Western officials.\n\
One of the officials, who were not authorised to comment, said that the explosion fell in line with a long history.\n";
        check_resolved(
            text,
            "One of the officials",
            (
                "One of the officials",
                Some("US and Western officials"),
                None,
                false,
            ),
        );
        assert_eq!(
            partitive_whole("Some of the residents"),
            Some("the residents")
        );
        assert_eq!(partitive_whole("One Direction"), None);
        assert_eq!(partitive_whole("Two of them"), None);
    }

    #[test]
    fn a_partitive_subject_with_a_relative_clause_speaks_with_the_main_verb() {
        let text = "One of the US and Western officials who described the initial US assessment said it determined that Prigozhin was very likely targeted.\n\
One of the officials, who were not authorised to comment, said that the explosion fell in line with the Kremlin's long history.\n\
Two of the engineers who inspected the dam told reporters that the turbine hall had been mined.\n\
The officials who described the assessment said that the plane was downed by an explosion.\n";
        check(
            text,
            "One of the US",
            Some(("One of the US and Western officials", "said", false)),
        );
        check(
            text,
            "One of the officials",
            Some(("One of the officials", "said", false)),
        );
        check(
            text,
            "Two of the engineers",
            Some(("Two of the engineers", "told", false)),
        );
        check(
            text,
            "The officials",
            Some(("the officials", "said", false)),
        );
    }

    #[test]
    fn a_demonstrative_passive_of_saying_credits_the_sentence_before() {
        let text = "Water levels in the Dnipro rose by two metres overnight. \
This was reported by the State Emergency Service.\n\
The city closed the embankment due to the flooding of the old town. \
This was stated by Mayor Anna Weber, the city's press office reports.\n\
The river burst its banks. This was a blow to the farmers.\n";
        check(
            text,
            "Water levels",
            Some(("the State Emergency Service", "reported", false)),
        );
        // "This" names no one: a sentence after that says no one said it
        // credits nothing.
        check(text, "The river", None);
        // What the credited sentence asserts is the speaker's, the cause it
        // gives too (a restrictive part of what is credited); a background
        // supplement is the writer's own.
        check_span(
            text,
            "The city closed",
            &["closed the embankment"],
            Some("Anna Weber"),
        );
        check_span(
            text,
            "The city closed",
            &["flooding of the old town"],
            Some("Anna Weber"),
        );
        let text = "The town will mourn those killed in the flood, which claimed 20 lives, and the dam burst at noon. \
This was reported by the State Emergency Service.\n";
        check_span(text, "The town will", &["claimed 20 lives"], None);
        check_span(
            text,
            "The town will",
            &["dam burst at noon"],
            Some("the State Emergency Service"),
        );
    }

    #[test]
    fn a_later_credit_reaches_its_paragraph_back_to_a_sentence_with_its_own_holder() {
        let text = "The council said the bridge was safe. The river rose by two metres. \
The dam burst at noon. This was reported by the State Emergency Service.\n\
The roads were closed.\n";
        // Back over its paragraph, not past a sentence that names its holder.
        check(
            text,
            "The dam burst",
            Some(("the State Emergency Service", "reported", false)),
        );
        check(
            text,
            "The river rose",
            Some(("the State Emergency Service", "reported", false)),
        );
        check(
            text,
            "The council said",
            Some(("the council", "said", false)),
        );
        // A credit after its content never reaches forward.
        check(text, "The roads", None);
        // Opening a paragraph, it reaches the whole paragraph before, no
        // further, and never a headline above a body paragraph.
        let text = "# Flood closes the old town\n\
The dam burst at noon.\n\
The river rose by two metres. Roads were closed.\n\
The regional police writes about it.\n";
        check(
            text,
            "Roads were",
            Some(("the regional police", "writes", false)),
        );
        check(
            text,
            "The river",
            Some(("the regional police", "writes", false)),
        );
        check(text, "The dam burst", None);
        check(text, "Flood closes", None);
        // A headline that is the paragraph right before: the body opens
        // with the credit.
        let text = "# The dam was probably breached by a mine\n\
This is reported by the regional radio station, citing a source in the police.\n";
        check(
            text,
            "The dam was",
            Some(("a source in the police", "reported", false)),
        );
    }

    #[test]
    fn every_wording_of_a_credit_of_what_came_before() {
        let credits = [
            (
                "The mayor said this on Telegram, Reuters reports.",
                "the mayor",
                "said",
            ),
            (
                "The regional police writes about it.",
                "the regional police",
                "writes",
            ),
            (
                "This is stated in the report of the river authority.",
                "the report of the river authority",
                "stated",
            ),
            (
                "That’s according to the weather service.",
                "the weather service",
                "according to",
            ),
            (
                "The information comes from the highway department.",
                "the highway department",
                "comes from",
            ),
            (
                "These figures were confirmed by the health ministry.",
                "the health ministry",
                "confirmed",
            ),
            (
                "As the agency informs, this was reported to it by a source in the police.",
                "a source in the police",
                "reported",
            ),
            (
                "Governor Anna Weber told reporters that same day.",
                "Anna Weber",
                "told",
            ),
            (
                "This was reported by \"River Radio\" with reference to the city police.",
                "the city police",
                "reported",
            ),
        ];
        for (credit, speaker, cue) in credits {
            let text = format!("The dam burst at noon. {credit}\n");
            check(&text, "The dam", Some((speaker, cue, false)));
        }
        // Content of its own is no credit of what came before.
        for other in [
            "Russia denies this.",
            "The mayor said this week that roads were shut.",
            "The mayor said on Monday that roads were shut.",
            "This was a blow to the farmers.",
            "Officials reported no casualties.",
            "At least 28 people are said to be in critical condition.",
        ] {
            let text = format!("The dam burst at noon. {other}\n");
            check(&text, "The dam", None);
        }
    }

    #[test]
    fn a_source_line_credits_the_paragraph_before_and_the_sections_it_heads() {
        let text = "Roads in the old town were shut after the dam burst. Two people are missing.\n\
Source: Anna Weber, Mayor of Riverton, on Telegram; State Emergency Service on Facebook\n\
Quote: \"The water has reached the square.\"\n\
Details: Forty homes were flooded. The school was evacuated.\n\
Background: The dam was built in 1961.\n";
        for prefix in ["Roads in", "Two people", "Details:", "The school"] {
            check(text, prefix, Some(("Anna Weber", "source", false)));
        }
        check(text, "Quote:", Some(("Anna Weber", "source", true)));
        check(text, "Background:", None);
        // A sentence that names another holder ends the section.
        let text = "Source: Anna Weber, Mayor of Riverton\n\
Details: Police said the bridge was closed. The school was evacuated.\n";
        check(text, "The school", None);
        check(text, "Source:", Some(("Anna Weber", "source", true)));
        // "X replied:" introduces the paragraph after it.
        let text = "Asked about the flood, Weber said:\n\
The dam was old. Nobody listened.\n\
Repairs will take a year.\n";
        check(text, "The dam was", Some(("Weber", "said", false)));
        check(text, "Nobody listened", Some(("Weber", "said", false)));
        check(text, "Repairs", None);
    }

    #[test]
    fn the_attribution_says_a_later_sentence_or_an_earlier_line_credits_it() {
        let text = "The dam burst at noon. This was reported by the State Emergency Service.\n\
Source: Anna Weber\n\
Quote: \"The water has reached the square.\"\n";
        let article = article(text);
        let credit = |idx: usize| {
            analyzer()
                .attribution(&article, idx)
                .map(|found| found.credit)
        };
        assert_eq!(credit(0), Some(Credit::Later));
        assert_eq!(credit(1), Some(Credit::Own));
        assert_eq!(credit(3), Some(Credit::Introduced));
    }

    #[test]
    fn a_demonstrative_passive_of_denial_credits_nothing() {
        // A denial is no report of what the sentence before says: it stays
        // in the outlet's voice.
        let text = "The dam burst on Tuesday night. \
This was denied by the regional governor.\n\
The bridge was closed to traffic. \
This was rejected by Mayor Anna Weber on Monday.\n";
        check(text, "The dam burst", None);
        check(text, "The bridge", None);
    }

    #[test]
    fn a_demonstrative_credits_only_the_agent_of_a_passive_of_saying() {
        // A participle of doing or causing reports nothing, and a speaker
        // elsewhere in the sentence speaks of "this", not of the sentence
        // before.
        let text = "The bridge collapsed shortly after midnight. \
This has forced 2,000 people from their homes, Governor Tom Brown said.\n\
The river rose by a metre. \
This was followed by a second surge, police said.\n\
The road was flooded. \
This was caused by heavy rain, the mayor said.\n\
The levee failed at noon. \
That was announced on Tuesday by the regional governor.\n";
        check(text, "The bridge collapsed", None);
        check(text, "The river rose", None);
        check(text, "The road was", None);
        check(
            text,
            "The levee failed",
            Some(("the regional governor", "announced", false)),
        );
        // A long agent phrase, and a source the agent cites, still credit.
        let text = "The city refused to extend the deal. \
This was stated by the press secretary of the regional governor Anna Weber, TASS reports.\n\
The plane was shot down by a missile. \
This is reported by France Info radio station, citing a source in military circles.\n";
        check(
            text,
            "The city refused",
            Some(("Anna Weber", "stated", false)),
        );
        // The source it cites, whole ("a source in French military circles").
        check(
            text,
            "The plane",
            Some(("a source in military circles", "reported", false)),
        );
    }

    #[test]
    fn it_carries_on_an_unresolved_head_not_a_name_further_back() {
        let text = "The city on Monday blamed the utility for the blackout. \
Power failed across the district at noon, the energy ministry said. \
\"Two substations were damaged by the storm,\" it said. \
\"The lines are being checked,\" it continued. \
Repairs will take a week, it said.\n";
        for prefix in ["\"Two substations", "Repairs"] {
            check_resolved(
                text,
                prefix,
                ("it", Some("the energy ministry"), None, false),
            );
        }
        let text = text.replace("the energy ministry", "the ministry");
        check_resolved(&text, "Repairs", ("it", Some("the ministry"), None, true));
    }

    #[test]
    fn a_capitalised_group_that_opens_a_sentence_is_no_person_for_he() {
        let text = "Officials say the flood reached the village at dawn. \
In a message on his account, Smith shared a picture of the square. \
He said that 48 homes had been lost.\n";
        check_resolved(text, "He said", ("He", Some("Smith"), None, false));
    }

    #[test]
    fn a_headline_label_that_is_the_place_credits_no_one() {
        let text = "# Valencia: Flash floods sweep cars through the streets\n\
Rescuers searched for the missing in Valencia on Wednesday.\n\
# Peru: Peruvian police clash with protesters in the capital\n\
# Energoatom: Russian shelling poses a threat to the plant\n";
        check(text, "Valencia:", None);
        check(text, "Peru:", None);
        check(text, "Energoatom:", Some(("Energoatom", "headline", false)));
        // A label written after "in" only as part of another word, or one
        // the article has speak, is no place.
        let text = "# Biden: We will rebuild the bridge\n\
The president spoke in Biden's home town of Scranton on Friday.\n\
# Weber: The levee will hold\n\
Weber said crews worked through the night. Sandbags were piled at Weber Street.\n";
        check(text, "Biden:", Some(("Biden", "headline", false)));
        check(text, "Weber:", Some(("Weber", "headline", false)));
    }

    #[test]
    fn an_outlet_reporting_a_named_body_relays_its_words() {
        let text = "As of 22:00, the floods had killed three people, including a child, and injured 42, according to the National Police, Suspilne reports.\n\
According to preliminary data, 40 homes were lost, the State Emergency Service reported.\n";
        check_resolved(
            text,
            "As of",
            ("the National Police", None, Some("Suspilne"), false),
        );
        check(
            text,
            "According to preliminary",
            Some(("the State Emergency Service", "reported", false)),
        );
    }

    #[test]
    fn a_spokesperson_of_a_described_body_speaks_for_the_body_named() {
        let text = "Peru's army has completed a review of the landslide, which found that most victims died in their homes, the army spokesman said on Sunday.\n\
The company spokeswoman said the mine was closed.\n";
        check_resolved(
            text,
            "Peru's army",
            ("the army spokesman", Some("Peru's army"), None, false),
        );
        // No body named with the head word: the description stands.
        check_resolved(
            text,
            "The company",
            ("the company spokeswoman", None, None, false),
        );
        // "Russian military" and "Hamas's military" modify another noun
        // (drones, wing): they are no body, often the other side's.
        let text = "Russian military drones hit the port overnight, the military spokesman said.\n\
Rockets fired by Hamas's military wing hit Ashkelon, the military spokesman said.\n\
Israel's military struck a depot in Rafah, the military spokesman said.\n";
        for prefix in ["Russian military", "Rockets fired"] {
            check_resolved(text, prefix, ("the military spokesman", None, None, false));
        }
        check_resolved(
            text,
            "Israel's military",
            (
                "the military spokesman",
                Some("Israel's military"),
                None,
                false,
            ),
        );
    }

    #[test]
    fn figures_that_no_one_holds_name_no_source() {
        let text = "According to the latest data, 51 people were killed in the floods.\n\
According to updated figures from the regional administration, 60 homes were lost.\n\
According to preliminary data, 40 people were killed, the State Emergency Service reported.\n\
According to police data, 12 people were killed in the floods.\n\
According to hospital figures, 30 people were injured.\n\
According to army estimates, 200 homes were destroyed.\n";
        check(text, "According to the latest", None);
        // A noun before the data names its body.
        for (prefix, speaker) in [
            ("According to police", "police data"),
            ("According to hospital", "hospital figures"),
            ("According to army", "army estimates"),
        ] {
            check(text, prefix, Some((speaker, "according to", false)));
        }
        check(
            text,
            "According to updated",
            Some(("the regional administration", "according to", false)),
        );
        check(
            text,
            "According to preliminary",
            Some(("the State Emergency Service", "reported", false)),
        );
    }

    #[test]
    fn the_subject_of_a_light_verb_and_a_noun_of_saying_speaks() {
        let text =
            "Subsequently, the utility made a statement that the outage was caused by the storm.\n\
At the council meeting, he issued a tirade that the mayor had ignored the warnings.\n\
The firm made a profit that surprised analysts.\n";
        check(
            text,
            "Subsequently",
            Some(("the utility", "made a statement", false)),
        );
        check(
            text,
            "At the council",
            Some(("he", "issued a tirade", false)),
        );
        check(text, "The firm", None);
    }

    #[test]
    fn he_is_the_person_named_as_a_subject_not_a_capitalised_opener() {
        let text = "As a result of the floods, 52 people died and five more went missing.\n\
The county's chief engineer Maria Santos distinguished herself with a new claim about the dam.\n\
This time she tried to justify the closure of the spillway.\n\
Thus, at a meeting of the council, she issued a statement that the levee had held.\n";
        check_resolved(text, "Thus", ("she", Some("Maria Santos"), None, false));
    }

    #[test]
    fn recalled_that_reports_and_a_recall_of_goods_does_not() {
        let text = "Peskov recalled that the strikes are against places connected with military infrastructure.\n\
The carmaker recalled 10,000 vehicles over faulty brakes.\n";
        check(text, "Peskov", Some(("Peskov", "recalled that", false)));
        check(text, "The carmaker", None);
        // "that" before a noun with no verb of its own is a demonstrative:
        // no clause is reported.
        let text = "Ford recalled that model after reports of a brake fault.\n\
Weber recalled that day in 2014 with pride.\n\
Weber recalled that troops had fired on the crowd.\n";
        check(text, "Ford", None);
        check(text, "Weber recalled that day", None);
        check(
            text,
            "Weber recalled that troops",
            Some(("Weber", "recalled that", false)),
        );
    }

    #[test]
    fn a_name_before_a_title_in_apposition_speaks() {
        let text = "- Vasily Nebenzya, the Russian Federation’s Permanent Representative to the UN, said at a meeting of the Security Council on Monday 9 October that the dam had been mined.\n\
On Tuesday, Maria Santos, the chief engineer, told reporters the pumps had failed.\n";
        check(text, "- Vasily", Some(("Vasily Nebenzya", "said", false)));
        check(text, "On Tuesday", Some(("Maria Santos", "told", false)));
    }

    #[test]
    fn an_acronym_in_brackets_stays_inside_its_noun_phrase() {
        let text = "A World Health Organization (WHO) team visiting the hospital reported a shortage of fuel.\n\
The Federal Emergency Management Agency (FEMA) said on Friday that 300 homes were lost.\n";
        check(
            text,
            "A World",
            Some(("A World Health Organization (WHO) team", "reported", false)),
        );
        check(
            text,
            "The Federal",
            Some(("the Federal Emergency Management Agency", "said", false)),
        );
    }

    #[test]
    fn a_later_free_relative_of_saying_holds_what_it_reports() {
        let text = "A team of doctors at the clinic reported dozens of burns among patients hurt on Thursday during what the police say was a gas leak at the plant.\n";
        check_span(text, "A team", &["gas leak"], Some("the police"));
        check_span(
            text,
            "A team",
            &["dozens of burns"],
            Some("A team of doctors at the clinic"),
        );
    }

    #[test]
    fn the_one_told_never_speaks_and_a_named_apposition_keeps_the_person() {
        let text = "KYIV (Reuters) - Ukraine was not involved in the attack, a spokesman for Kyiv's military spy agency said on Saturday.\n\
\"This is of course another lie from the Russian special services,\" Andriy Yusov, of the Defence Ministry's Main Directorate of Intelligence, told Reuters.\n\
He added: \"Ukraine was of course not involved in this terror attack.\"\n\
The claim is an \"absolutely false and absurd statement,\" the spokesman of the HUR intelligence service, Andriy Yusov, said on Saturday.\n\
The minister, a former general, said the border was closed.\n";
        check(text, "\"This is", Some(("Andriy Yusov", "told", true)));
        check_resolved(text, "He added", ("He", Some("Andriy Yusov"), None, false));
        let article = article(text);
        let found = analyzer()
            .attribution(&article, 3)
            .expect("the sentence is attributed");
        assert_eq!(
            (found.speaker.as_str(), found.affiliation.as_deref()),
            (
                "Andriy Yusov",
                Some("the spokesman of the HUR intelligence service")
            )
        );
        check(text, "The minister", Some(("the minister", "said", false)));
    }

    /// `quote_depth` as first written, a character at a time: the byte scan
    /// must count the same.
    fn quote_depth_by_chars(text: &str, at: usize) -> usize {
        let head = &text[..at];
        let mut from = at.saturating_sub(QUOTE_WINDOW);
        while !head.is_char_boundary(from) {
            from += 1;
        }
        let head = &head[from..];
        let line = head
            .rfind('\n')
            .map_or(head, |newline| &head[newline + 1..]);
        let mut open: Vec<bool> = Vec::new();
        let mut straight: Option<bool> = None;
        let mut prev = None;
        for (pos, ch) in line.char_indices() {
            match ch {
                '“' => open.push(runs_on(&line[..pos])),
                '”' => {
                    open.pop();
                }
                '"' if straight.is_some() => straight = None,
                '"' if !prev.is_some_and(|prev: char| prev.is_ascii_digit()) => {
                    straight = Some(runs_on(&line[..pos]));
                }
                _ => {}
            }
            prev = Some(ch);
        }
        open.iter().filter(|runs| **runs).count() + usize::from(straight == Some(true))
    }

    /// `quoted_regions`' marks as a scan of `char_indices` found them
    /// before the byte search, merged the same way.
    fn quoted_regions_by_chars(sentence: &str, open_at_start: bool) -> Vec<Range<usize>> {
        let mut regions = Vec::new();
        let mut open: Option<usize> = open_at_start.then_some(0);
        for (idx, ch) in sentence.char_indices() {
            match ch {
                '“' => {
                    open.get_or_insert(idx);
                }
                '”' => regions.push(open.take().unwrap_or(0)..idx),
                '"' => match open.take() {
                    Some(start) => regions.push(start..idx),
                    None => open = Some(idx),
                },
                _ => {}
            }
        }
        if let Some(start) = open {
            regions.push(start..sentence.len());
        }
        let mut merged: Vec<Range<usize>> = Vec::new();
        for region in regions {
            match merged.last_mut() {
                Some(last) if region.start <= last.end => last.end = last.end.max(region.end),
                _ => merged.push(region),
            }
        }
        merged
    }

    proptest! {
        #[test]
        fn quoted_regions_are_those_a_scan_of_characters_finds(
            sentence in "([a\" “”‘’–—…€]){0,40}|\\PC{0,60}",
            open in proptest::bool::ANY,
        ) {
            prop_assert_eq!(
                quoted_regions(&sentence, open),
                quoted_regions_by_chars(&sentence, open)
            );
        }
    }

    proptest! {
        /// `np::Lows` gives each token lowercased (`str::to_lowercase`),
        /// whether the sentence is ASCII (one lowercased copy) or not.
        #[test]
        fn lows_are_the_tokens_lowercased(
            pieces in proptest::collection::vec(
                "(Said|THE Plan|5,000|İstanbul|ΣΟΦΙΑ|Élysée|’s|“|\\.| |\t|\u{a0}|x)",
                0..30,
            )
        ) {
            let text = pieces.concat();
            let tokens = tokenize(&text);
            let lows = np::Lows::new(&text, &tokens);
            for (idx, token) in tokens.iter().enumerate() {
                prop_assert_eq!(lows.get(idx), token.text(&text).to_lowercase(), "{:?}", text);
            }
            prop_assert_eq!(lows.get(tokens.len()), "");
        }

        #[test]
        fn quote_depth_counts_as_char_by_char(
            pieces in proptest::collection::vec(
                "(said|the plan|5|10|é|“|”|\"|‘|’|—|:|,|\n| |\u{2014}|\u{201E})",
                0..60,
            )
        ) {
            let text = pieces.concat();
            for (at, _) in text.char_indices().chain([(text.len(), ' ')]) {
                prop_assert_eq!(quote_depth(&text, at), quote_depth_by_chars(&text, at), "{:?} at {}", text, at);
            }
        }

        #[test]
        fn never_panics_on_quotes_and_cues(
            words in proptest::collection::vec(
                "(said|he|not|never|denied|May|may|according to|Yu|“|”|\"|,|\\.|’s|X|2019|no|did|which|but|while|in which|Source:|criticism from|blame|the|spokesman for|released findings that|Although)",
                0..40,
            )
        ) {
            let analyzer = analyzer();
            let text = words.join(" ");
            let article = article(&text);
            let claim = [text.len() / 2..text.len(), text.len()..text.len()];
            for idx in 0..article.sentences.len() {
                if let Some(found) = analyzer.attribution(&article, idx) {
                    prop_assert!(!found.speaker.is_empty());
                }
                // Frames lie inside their sentence and name a speaker.
                let sentence = &article.sentences[idx];
                let quote = &article.text[sentence.start..sentence.end];
                let clauses = std::sync::Arc::new(crate::text::clause::split(quote));
                let reading = analyzer.read(&article, idx, quote, clauses);
                for frame in &reading.frames {
                    prop_assert!(frame.scope.end <= quote.len());
                    prop_assert!(frame.attribution.as_ref().is_none_or(|found| !found.speaker.is_empty()));
                }
                let _ = reading.attribution_for(&claim, &[0, 1]);
            }
            let reading = analyzer.stance(&text, &claim, &Default::default(), &[]);
            prop_assert_eq!(reading.class.is_some(), reading.stance == Stance::Deny);
            let _ = analyzer.hedge(&text);
        }

        #[test]
        fn never_panics(sentence in "\\PC{0,120}", a in 0usize..130, b in 0usize..130) {
            let analyzer = analyzer();
            let (low, high) = (a.min(b), a.max(b));
            let claim = vec![low..high, high..high.saturating_add(1)];
            let deny = vec![high..high.saturating_add(3), low..low];
            let _ = analyzer.stance(&sentence, &claim, &Default::default(), &deny);
            let _ = analyzer.hedge(&sentence);
            let _ = analyzer.attribution_in(&sentence);
            let article = article(&sentence);
            for idx in 0..article.sentences.len() + 1 {
                let _ = analyzer.attribution(&article, idx);
                let clauses = std::sync::Arc::new(crate::text::clause::split(&sentence));
                let reading = analyzer.read(&article, idx, &sentence, clauses);
                let _ = reading.attribution_for(&claim, &[1, 0]);
            }
        }
    }
    #[test]
    fn verbs_of_judging_speak_only_with_an_object_after_them() {
        check(
            "Shoppers bought branded goods, which cost 20% more than last year.\n",
            "Shoppers",
            None,
        );
        check(
            "Losses expressed in dollars rose by 12 percent.\n",
            "Losses",
            None,
        );
        let text = "Hundreds of homes burned this week despite Lima stating that the fires were under control.\n";
        check_span(text, "Hundreds", &["Hundreds of homes burned"], None);
    }

    #[test]
    fn a_count_of_days_or_money_announced_is_no_claim_of_the_toll() {
        check(
            "President Zelensky announced three days of mourning for the 23 people killed in the strike.\n",
            "President",
            None,
        );
        check(
            "The ministry announced 32 dead on Sunday.\n",
            "The ministry",
            Some(("the ministry", "announced", false)),
        );
    }

    #[test]
    fn a_quotation_runs_on_only_from_a_colon_or_a_verb_of_saying() {
        let inch = "Police said the suspect is 5'10\" and fled on foot. The car was found in a ditch. Officers searched the area overnight.\n";
        check(inch, "The car", None);
        check(inch, "Officers", None);
        let noun = "The mayor called the plan “a disaster. The council voted 5-2 on Monday. Work starts in May,” said Jane Roe.\n";
        check(noun, "The council", None);
        // A verb that only credits what came before takes a title, not a
        // quotation that runs on.
        let title = "The paper published “Our Town. The council voted 5-2 on Monday. Work starts in May,” said Jane Roe.\n";
        check(title, "The council", None);
    }

    #[test]
    fn a_name_ending_in_ly_is_no_adverb() {
        for name in ["Italy", "Kelly"] {
            let text = format!(
                "Hundreds of homes burned this week despite {name} stating that the fires were under control.\n"
            );
            check_span(
                &text,
                "Hundreds",
                &["the fires were under control"],
                Some(name),
            );
        }
    }

    #[test]
    fn condemned_to_is_a_court_sentence_only_with_a_person_and_a_term() {
        check(
            "The European Union condemned the decision to expel the ambassadors.\n",
            "The European",
            Some(("the European Union", "condemned", false)),
        );
        check("The court condemned him to death.\n", "The court", None);
        check(
            "A judge condemned the two men to 12 years in prison.\n",
            "A judge",
            None,
        );
    }

    #[test]
    fn per_a_name_set_off_by_a_comma_credits_like_according_to() {
        check(
            "The suspect fled the scene on foot, per KTV News.\n",
            "The suspect",
            Some(("KTV News", "per", false)),
        );
        check(
            "The driver was 41 years old, per Channel 4.\n",
            "The driver",
            Some(("Channel 4", "per", false)),
        );
        check(
            "Per the AP, two people died in the blast.\n",
            "Per",
            Some(("the AP", "per", false)),
        );
        check("Prices rose 4 per cent in May.\n", "Prices", None);
        check("Each family gets one meal per day.\n", "Each", None);
    }

    #[test]
    fn a_background_supplement_inside_a_report_is_the_writers() {
        // A relative set off by commas before its clause's predicate.
        let text = "The bridge collapse, which claimed 14 lives, was caused by corrosion, an inquiry has found.\n";
        check_span(text, "The bridge", &["claimed 14 lives"], None);
        check_span(
            text,
            "The bridge",
            &["caused by corrosion"],
            Some("an inquiry"),
        );
        // A participle of harm on a restrictive relative's referent.
        let text = "A crack appeared before the passage of a bus that crashed on Monday, causing the deaths of 9 people, according to a report by the road agency.\n";
        check_span(text, "A crack", &["the deaths of 9 people"], None);
        // A participle of harm on an event inside the words denied.
        let text = "The ministry has denied the rumour of hiding the toll of the fire at the depot, leaving 11 people dead.\n";
        check_span(text, "The ministry", &["11 people dead"], None);
        // A participle that carries the main event on is reported.
        let text = "Officials said a shell hit the market, killing 7 people.\n";
        check_span(text, "Officials", &["killing 7 people"], Some("Officials"));
        let text =
            "The army claimed Monday that rebels shelled a depot, killing at least 6 guards.\n";
        check_span(text, "The army", &["at least 6 guards"], Some("the army"));
        // A supplement with a verb of saying is a frame of its own.
        let text = "Norway, which has accused Oslo of the fire, did not comment.\n";
        check_span(text, "Norway", &["accused Oslo"], Some("Norway"));
    }

    #[test]
    fn an_apostrophe_inside_a_name_keeps_it_whole() {
        // A surname with an apostrophe after its initial letter.
        for mark in ["\u{2019}", "'"] {
            let text = format!("All the hikers were found alive, O{mark}Leary said.\n");
            let name = format!("O{mark}Leary");
            check(&text, "All", Some((name.as_str(), "said", false)));
            let text = format!("Chief Dana D{mark}Amato said the road would reopen.\n");
            let name = format!("Dana D{mark}Amato");
            check(&text, "Chief", Some((name.as_str(), "said", false)));
        }
        // A body named with a possessive inside its name, standing for a
        // generic head later.
        let text = "The toll rose to 12.\n\nSource: Ivan Petrov, Head of Velm Oblast Administration; Velm Oblast Prosecutor\u{2019}s Office\n\nDetails: Later, the prosecutor's office reported that the toll had risen to 14.\n";
        check_span_refers(
            text,
            "Details",
            &["risen to 14"],
            (
                "the prosecutor's office",
                Some("Velm Oblast Prosecutor\u{2019}s Office"),
                false,
            ),
        );
    }

    #[test]
    fn a_shorter_head_carries_on_the_fuller_unresolved_one_before() {
        let text = "Two people were hurt when a shell hit the port of Velm, the interior ministry said on Monday.\n\nCranes had been loading grain at the time, the ministry said.\n";
        check_span_refers(
            text,
            "Cranes",
            &["loading grain"],
            ("the ministry", Some("the interior ministry"), true),
        );
        // Another head word carries nothing on.
        let text = "Two people were hurt when a shell hit the port of Velm, the interior ministry said on Monday.\n\nCranes had been loading grain at the time, the agency said.\n";
        check_span_refers(
            text,
            "Cranes",
            &["loading grain"],
            ("the agency", None, true),
        );
    }

    #[test]
    fn a_toll_relative_without_a_comma_on_an_event_in_a_phrase_is_the_writers() {
        // "that" and a verb of harm with a toll, on a noun reached by a
        // preposition: the writer's description of the event.
        let text = "The envoy has denounced a rocket attack on the harbour that killed at least 9 and wounded 40 as cowardly, urging restraint.\n";
        check_span(text, "The envoy", &["at least 9"], None);
        check_span(text, "The envoy", &["wounded 40"], None);
        let text = "The prosecutor said Tuesday 6 people face charges after the warehouse blaze that claimed 31 lives.\n";
        check_span(text, "The prosecutor", &["31 lives"], None);
        check_span(
            text,
            "The prosecutor",
            &["6 people"],
            Some("the prosecutor"),
        );
        // The clause ends at a subordinator: what follows is reported.
        let text = "The navy said its review of an incident that left 12 sailors dead as the ship docked found no fault.\n";
        check_span(text, "The navy", &["12 sailors dead"], None);
        check_span(text, "The navy", &["found no fault"], Some("the navy"));
        // … and at the predicate of the clause whose subject it describes.
        let text = "The admiral said that, based on early radar data, the blast which killed 3 fishermen was most likely caused by a stray mine.\n";
        check_span(text, "The admiral", &["3 fishermen"], None);
        check_span(
            text,
            "The admiral",
            &["caused by a stray mine"],
            Some("the admiral"),
        );
        // On the reported clause's own object (after a past form) the toll
        // is the reported event's; a claim of words is no toll.
        let text = "Officials said rebels shelled a depot that killed 4 guards.\n";
        check_span(text, "Officials", &["4 guards"], Some("Officials"));
        let text = "Police said they were hunting members of the cell that claimed responsibility for 3 bombings.\n";
        check_span(text, "Police", &["3 bombings"], Some("Police"));
    }

    #[test]
    fn a_supplement_on_an_event_named_in_a_phrase_is_the_writers() {
        // A relative set off by a comma that runs to the sentence's end.
        let text = "The mayor criticized the slow response to the flood in the valley, which claimed 12 lives, including 3 children.\n";
        check_span(text, "The mayor", &["claimed 12 lives"], None);
        check_span(text, "The mayor", &["including 3 children"], None);
        check_span(text, "The mayor", &["the slow response"], Some("the mayor"));
        let text = "According to the governor, the army erred during the Tuesday raid, which killed more than 8 people.\n";
        check_span(text, "According", &["more than 8 people"], None);
        // A "where" relative on a place reached by a phrase.
        let text = "The fire chief said smoke spread from noon, with hundreds reaching the pier, where at least 9 people were killed.\n";
        check_span(text, "The fire", &["at least 9 people"], None);
        check_span(text, "The fire", &["smoke spread"], Some("the fire chief"));
        let text =
            "Officials said the crowd had been told to leave the square, where 6 people died.\n";
        check_span(text, "Officials", &["6 people died"], None);
        // A clause between a pair of dashes.
        let text = "Guards said they had asked the club to shut the hall -- where a fire claimed 14 lives in May -- but the club refused.\n";
        check_span(text, "Guards", &["claimed 14 lives"], None);
        let text = "Per the ministry, the gunmen of the mall attack \u{2014} which has left at least 20 people dead \u{2014} fled north.\n";
        check_span(text, "Per the", &["at least 20 people dead"], None);
        // The reported event's own result stays the holder's.
        let text = "Officials said a shell hit the market, where 7 people died.\n";
        check_span(text, "Officials", &["7 people died"], Some("Officials"));
        let text = "Police said rebels bombed a depot, killing 4 guards.\n";
        check_span(text, "Police", &["4 guards"], Some("Police"));
        // A supplement that reports is no description.
        let text = "The army said it had ended a review of the raid, which found that 5 people were killed by a stampede.\n";
        check_span(
            text,
            "The army",
            &["5 people were killed"],
            Some("the army"),
        );
    }

    #[test]
    fn verbs_of_revealing_ruling_out_and_finding_frame_their_object() {
        check(
            "Officials reveal that two workers may still be missing.\n",
            "Officials",
            Some(("Officials", "reveal", false)),
        );
        check(
            "Norway rules out arson in deadly depot fire\n",
            "Norway",
            Some(("Norway", "rules out", false)),
        );
        check(
            "Justice Minister Kari Holm dismissed arson as a cause of the depot fire.\n",
            "Justice",
            Some(("Kari Holm", "dismissed", false)),
        );
        check(
            "The court dismissed the case on Monday.\n",
            "The court",
            None,
        );
        check(
            "The club dismissed Tom Berg as manager on Monday.\n",
            "The club",
            None,
        );
        check("The board dismissed him as chairman.\n", "The board", None);
        check(
            "The coast guard cautioned sailors not to leave port, as winds will rise.\n",
            "The coast",
            Some(("the coast guard", "cautioned", false)),
        );
        check(
            "The county's sheriff, Dana Moe, whose brother was a firefighter, characterized the fire as arson.\n",
            "The county",
            Some(("Dana Moe", "characterized", false)),
        );
        check(
            "With deep sorrow, the club authority confirms the deaths of 12 players.\n",
            "With",
            Some(("the club authority", "confirms", false)),
        );
        // A body of inquiry finds what its object names; a deed is found.
        check(
            "The inquiry panel formed over the depot fire here found the owner's negligence and urged new rules.\n",
            "The inquiry",
            Some(("the inquiry panel", "found", false)),
        );
        check("Police found the body of the driver.\n", "Police", None);
        check("The committee found a new chair.\n", "The committee", None);
        check(
            "Investigators found guns near the truck, the chief said.\n",
            "Investigators",
            Some(("the chief", "said", false)),
        );
    }

    #[test]
    fn an_outlet_that_relays_names_the_innermost_holder() {
        check(
            "The depot was hit during a drill, Aftenposten wrote on March 3, citing the local union.\n",
            "The depot",
            Some(("the local union", "wrote", false)),
        );
        check(
            "Aftenposten wrote on Monday, citing local union leaders, that the alarms were broken.\n",
            "Aftenposten",
            Some(("local union leaders", "wrote", false)),
        );
        check(
            "According to the club's own ticket records, 900 fans were inside, NRK reported.\n",
            "According",
            Some(("the club's own ticket records", "according to", false)),
        );
        check(
            "The depot burned for hours, TASS reported Sunday, citing a local official.\n",
            "The depot",
            Some(("a local official", "reported", false)),
        );
        // A verb of writing with an object: "citing" gives grounds.
        check(
            "Officials wrote a letter on Monday, citing safety concerns.\n",
            "Officials",
            Some(("Officials", "wrote", false)),
        );
        // Figures no one holds, and one who says on another's word.
        check(
            "According to preliminary data, 900 fans were inside, NRK reported.\n",
            "According",
            Some(("NRK", "reported", false)),
        );
        check(
            "Officials said, citing survivors, that the boat capsized.\n",
            "Officials",
            Some(("Officials", "said", false)),
        );
    }

    #[test]
    fn a_record_shows_what_it_holds_as_written() {
        check(
            "Witness accounts and video footage suggest that a heater started the fire.\n",
            "Witness",
            Some(("Witness accounts and video footage", "suggest", false)),
        );
        check(
            "Satellite images indicate the dam was hit twice.\n",
            "Satellite",
            Some(("Satellite images", "indicate", false)),
        );
        check(
            "Police reports indicate that 30 people died.\n",
            "Police",
            Some(("Police reports", "indicate", false)),
        );
        // What a record "reportedly" shows is an unnamed report's; a bare
        // "evidence" is the writer's inference.
        check(
            "Camera footage reportedly shows no soldiers at the site.\n",
            "Camera",
            None,
        );
        check(
            "Evidence suggests the dam was hit twice.\n",
            "Evidence",
            None,
        );
        check("The gauge indicated 40 degrees.\n", "The gauge", None);
    }

    #[test]
    fn judging_as_and_speaking_of_are_saying() {
        check(
            "Rights groups qualify these attacks as war crimes.\n",
            "Rights",
            Some(("Rights groups", "qualify", false)),
        );
        check(
            "Aid agencies labelled the strike as a massacre.\n",
            "Aid",
            Some(("Aid agencies", "labelled", false)),
        );
        check(
            "The missile was identified by the air force as a cruise missile.\n",
            "The missile",
            Some(("the air force", "identified", false)),
        );
        check(
            "Earlier, officials had spoken of 90 injured.\n",
            "Earlier",
            Some(("officials", "spoken of", false)),
        );
        // No "as", or "as" right after the verb: a deed.
        check("Italy qualified for the final on Sunday.\n", "Italy", None);
        check("She qualified as a doctor in 1990.\n", "She", None);
        check("Police identified three suspects.\n", "Police", None);
    }

    #[test]
    fn a_headline_closed_by_a_holder_and_a_plain_verb_is_the_holders() {
        let text = "12 hurt, 40 held after stadium clashes, officials confirm\n\nThe clashes began on Sunday.\n";
        check(text, "12 hurt", Some(("officials", "confirm", false)));
        let text = "Two killed in market blast, police confirm\n\nThe blast came at noon.\n";
        check(text, "Two killed", Some(("police", "confirm", false)));
    }

    #[test]
    fn a_place_after_a_named_holder_and_its_acronym_is_no_holder() {
        for (text, speaker) in [
            (
                "The rebel Liberation Front (LF) in Mali says it has detained two of its commanders.\n",
                "the rebel Liberation Front (LF)",
            ),
            (
                "The National Unity Party (NUP) in Chad says 14 of its members were held.\n",
                "the National Unity Party (NUP)",
            ),
        ] {
            check(text, text, Some((speaker, "says", false)));
        }
    }

    #[test]
    fn a_dash_before_a_closing_verb_of_saying_credits_its_holder() {
        for (text, speaker) in [
            (
                "But according to the latest estimates, 40 bodies were found – said Musa.\n",
                "Musa",
            ),
            (
                "Nine more homes were lost overnight — said Dana Reyes.\n",
                "Dana Reyes",
            ),
        ] {
            check(text, text, Some((speaker, "said", false)));
        }
    }

    #[test]
    fn a_name_in_apposition_to_a_bare_plural_description_holds() {
        for (text, speaker) in [
            (
                "Government allies, the Northern Militia, accused the rebels of executing prisoners.\n",
                "the Northern Militia",
            ),
            (
                "Rebel allies, the Southern Militia, accused the police of torture.\n",
                "the Southern Militia",
            ),
        ] {
            check(text, text, Some((speaker, "accused", false)));
        }
    }

    #[test]
    fn a_list_inside_an_apposition_is_no_part_of_the_holder() {
        for (text, cue) in [
            (
                "Meanwhile, the Freedom Alliance—a coalition that includes the rebels, armed groups, and parties—denied the allegations.\n",
                "denied",
            ),
            (
                "Meanwhile, the Freedom Alliance, a coalition that includes the rebels, armed factions, political parties, and civic groups, has rejected claims of abuses.\n",
                "rejected",
            ),
        ] {
            check(text, text, Some(("the Freedom Alliance", cue, false)));
        }
        let text = "The Harbour Union, an alliance which includes dockers, drivers and pilots, said the strike would go on.\n";
        check(text, text, Some(("the Harbour Union", "said", false)));
    }

    #[test]
    fn an_outlet_reporting_under_a_closing_according_to_is_the_innermost_holder() {
        for (text, speaker) in [
            (
                "At least 40 people have died, The Associated Press reports, according to Daily Mirror.\n",
                "The Associated Press",
            ),
            (
                "Two ferries sank near the port, Reuters reports, according to the Evening Post.\n",
                "Reuters",
            ),
        ] {
            check(text, text, Some((speaker, "reports", false)));
        }
    }

    #[test]
    fn a_bare_clause_confirmed_to_someone_is_the_confirmers() {
        for (text, speaker) in [
            (
                "The State Emergency Agency (SEMA) confirmed to Reuters the toll had risen to 80.\n",
                "the State Emergency Agency",
            ),
            (
                "Police confirmed to CNN the suspect had been arrested near the border.\n",
                "Police",
            ),
        ] {
            check(text, text, Some((speaker, "confirmed", false)));
        }
    }

    #[test]
    fn one_who_analysed_records_holds_what_they_show() {
        for (text, speaker, cue) in [
            (
                "Channel 4 Verify analysed new videos showing soldiers beating detainees.\n",
                "Channel 4 Verify",
                "analysed",
            ),
            (
                "The Centre for Information Resilience verified footage that shows drones striking a hospital.\n",
                "the Centre for Information Resilience",
                "verified",
            ),
        ] {
            check(text, text, Some((speaker, cue, false)));
        }
        // A record with nothing it shows: no holder.
        check(
            "Investigators reviewed the footage.\n",
            "Investigators",
            None,
        );
    }

    #[test]
    fn a_body_name_runs_on_across_on_and_its_remit() {
        for (text, speaker) in [
            (
                "Twelve people died, according to the state-funded Ghana Commission on Human Rights.\n",
                "the state-funded Ghana Commission on Human Rights",
            ),
            (
                "Nine towns flooded, according to the Regional Committee on Water Safety.\n",
                "the Regional Committee on Water Safety",
            ),
        ] {
            check(text, text, Some((speaker, "according to", false)));
        }
        // A day after "on" dates the source's words.
        let text = "Nine towns flooded, according to the Regional Committee on Monday.\n";
        check(
            text,
            text,
            Some(("the Regional Committee", "according to", false)),
        );
    }

    #[test]
    fn the_subject_of_an_accusation_after_whom_holds_it() {
        for (text, speaker, cue) in [
            (
                "It was unclear whether the toll included soldiers, whom the report accused of working with militias.\n",
                "the report",
                "accused",
            ),
            (
                "The victims included guards, whom the inquiry alleged of colluding with smugglers.\n",
                "the inquiry",
                "alleged",
            ),
        ] {
            check(text, text, Some((speaker, cue, false)));
        }
    }

    #[test]
    fn a_record_the_outlet_verified_holds_nothing() {
        for text in [
            "Verified footage shows a fighter shooting unarmed men.\n",
            "Authenticated video shows police beating a protester.\n",
        ] {
            check(text, text, None);
        }
        // An unmarked record holds what it shows, as written.
        let text = "Satellite images show fresh craters near the market.\n";
        check(text, text, Some(("Satellite images", "show", false)));
    }

    #[test]
    fn they_of_a_free_relative_of_saying_is_the_sentence_subject() {
        for (text, speaker) in [
            (
                "Several rights groups have voiced concern over what they say is a campaign of forced removals.\n",
                "Several rights groups",
            ),
            (
                "Two aid agencies raised alarm over what they said was a wave of evictions.\n",
                "Two aid agencies",
            ),
        ] {
            check(text, text, Some((speaker, if text.contains("say ") { "say" } else { "said" }, false)));
        }
    }

    #[test]
    fn late_or_early_before_a_day_is_no_part_of_the_subject() {
        let text = "The agency late on Sunday gave a first figure of 75 dead.\n";
        check(text, text, Some(("the agency", "gave a figure", false)));
        let text = "The ministry early on Friday denied that troops had crossed the border.\n";
        check(text, text, Some(("the ministry", "denied", false)));
    }

    #[test]
    fn a_warning_issued_or_a_count_given_is_its_issuers() {
        for (text, speaker, cue) in [
            (
                "The deputy governor also issued a warning against building on riverbanks.\n",
                "the deputy governor",
                "issued a warning",
            ),
            (
                "The port authority issued a new warning about toxic fumes near the docks.\n",
                "the port authority",
                "issued a warning",
            ),
            (
                "The commission, an independent rights body, had earlier given a tally of 20 deaths.\n",
                "the commission",
                "given a tally",
            ),
            (
                "The health ministry gave a figure of 1,200 injured on Friday.\n",
                "the health ministry",
                "gave a figure",
            ),
        ] {
            check(text, text, Some((speaker, cue, false)));
        }
        // A count with no number, a warning with nothing it warns of.
        check("The coach gave a count of the votes.\n", "The coach", None);
        check("The referee issued a warning.\n", "The referee", None);
    }

    #[test]
    fn a_statement_issued_with_a_participle_of_saying_is_its_issuers() {
        check(
            "The company has issued a statement clarifying that the blast was not caused by a boiler.\n",
            "The company",
            Some(("the company", "issued a statement", false)),
        );
    }

    #[test]
    fn an_inverted_credit_closes_the_sentence() {
        check(
            "The fire killed 30 people, with about 50 injured, reports the Herald.\n",
            "The fire",
            Some(("the Herald", "reports", false)),
        );
        check(
            "The fire killed 30 people, reported the Herald on Monday.\n",
            "The fire",
            Some(("the Herald", "reported", false)),
        );
        // A noun after a comma: no credit.
        check(
            "The toll rose to 30, reports of looting spread.\n",
            "The toll",
            None,
        );
    }

    #[test]
    fn a_he_or_she_that_opens_a_coordinate_report_is_the_person_named_nearest() {
        let text = "Maria Lopez chairs the board.\n\nWeber said Lopez approved the plan but she denied it.\n";
        check_span_refers(
            text,
            "Weber",
            &["she denied it"],
            ("she", Some("Maria Lopez"), false),
        );
        check_span(text, "Weber", &["Lopez approved the plan"], Some("Weber"));
        // "it" opens no report of a person's.
        let text = "Weber said Lopez approved the plan but it was never signed.\n";
        check_span(text, "Weber", &["it was never signed"], Some("Weber"));
    }

    #[test]
    fn a_subject_pronoun_opens_the_clause_of_its_verb_of_saying() {
        let text = "Kim spoke on Monday. Kim then played a tape of a call he said the police recorded, which showed the plan.\n";
        check(text, "Kim then", Some(("he", "said", false)));
        // A conjunct keeps the whole subject.
        let text = "The minister and he said the plan was ready.\n";
        check(
            text,
            "The minister",
            Some(("the minister and he", "said", false)),
        );
    }

    #[test]
    fn a_name_after_a_prepositions_object_with_no_comma_is_the_speaker() {
        let text = "Most people were hurt in the crush Weber said.\n";
        check(text, "Most", Some(("Weber", "said", false)));
        // A title, a connective or a possessive before the name keeps the phrase.
        let text =
            "As the President of Ukraine Volodymyr Zelenskyy said, the attack was planned.\n";
        check(text, "As", Some(("Volodymyr Zelenskyy", "said", false)));
        let text = "His words contradicted those of Poland and NATO, which both said the missile was Ukrainian.\n";
        check(text, "His", Some(("Poland and NATO", "said", false)));
    }

    #[test]
    fn citing_a_figure_states_it() {
        let text = "Subsequently, the Health Ministry released casualty figures, citing over 80 dead and 700 injured.\n";
        check(text, "Sub", Some(("the Health Ministry", "citing", false)));
        let text = "The ministry released its figures, citing 80 dead.\n";
        check(
            text,
            "The ministry",
            Some(("The ministry", "citing", false)),
        );
        // A holder after "citing" is the source, counted or not.
        let text = "Eighty people died, the agency said, citing local officials.\n";
        check(text, "Eighty", Some(("the agency", "said", false)));
        // A count of sources after "citing" names them: no figure is
        // stated, so the clause's subject is no speaker by it.
        for text in [
            "The ministry raised the toll to 80, citing 12 officials.\n",
            "The ministry raised the toll to 80, citing at least 3 documents.\n",
        ] {
            check(text, "The ministry", None);
        }
    }

    #[test]
    fn a_he_or_she_never_stands_for_an_outlet() {
        let text = "Interior Minister Anna Berger said the site was safe. The gunman was known to police, broadcaster BR reported. She rejected claims that the alarm had failed.\n";
        check_span_refers(
            text,
            "She",
            &["the alarm had failed"],
            ("She", Some("Anna Berger"), false),
        );
        let text = "Mayor Tom Reed said the roads were closed. According to The Daily Star, the dam held. He rejected claims that the dam was weak.\n";
        check_span_refers(
            text,
            "He",
            &["the dam was weak"],
            ("He", Some("Tom Reed"), false),
        );
    }

    #[test]
    fn initials_after_a_title_are_part_of_the_name() {
        let text = "Health Secretary T Arul Das said 27 people had died.\n";
        check(text, "Health", Some(("T Arul Das", "said", false)));
        let text = "Chief Minister RK Menon told reporters that the toll had risen.\n";
        check(text, "Chief", Some(("RK Menon", "told", false)));
    }

    #[test]
    fn a_verb_of_criticising_that_names_a_blow_reports_only_with_a_ground() {
        let rows = [
            (
                "Opposition leader Ravi Kumar slammed the government for negligence in providing security.\n",
                Some(("Ravi Kumar", "slammed", false)),
            ),
            (
                "Critics blasted the plan as reckless and expensive.\n",
                Some(("Critics", "blasted", false)),
            ),
            (
                "The senator criticized the agency over its slow response.\n",
                Some(("the senator", "criticized", false)),
            ),
            ("The truck slammed into a wall, killing two people.\n", None),
            ("Waves slammed the coast on Monday, destroying 40 homes.\n", None),
            ("A rocket blasted the roof of the school on Monday.\n", None),
        ];
        for (text, expected) in rows {
            check(text, &text[..5], expected);
        }
    }

    #[test]
    fn a_bare_noun_that_goes_on_with_of_or_for_is_made_known() {
        let text =
            "Prime Minister Anil Rao announced compensation of 2 lakh rupees for the families.\n";
        check(text, "Prime", Some(("Anil Rao", "announced", false)));
        let text = "PM Rao announces relief for victims' kin\n\nThe fire broke out at noon.\n";
        check(text, "PM Rao", Some(("Rao", "announces", false)));
        // A headline's passive names no speaker.
        let text = "Prigozhin confirmed dead in plane crash\n\nThe jet came down at noon.\n";
        check(text, "Prigozhin", None);
    }

    #[test]
    fn a_verb_right_after_a_quotation_reports_it() {
        let text = "“We will rebuild,” the rebel command announced via Telegram on Sunday.\n";
        check(text, "“We", Some(("the rebel command", "announced", true)));
        // Without a quotation, a weak verb needs a speaker for its subject.
        let text = "The collapse confirmed that the bridge was weak.\n";
        check(text, "The collapse", None);
    }

    #[test]
    fn an_office_title_set_off_before_the_name_leaves_the_person_speaking() {
        // A place and a capitalised title with no determiner, then the
        // name between commas: the person speaks, the title is theirs.
        for (text, speaker, cue) in [
            (
                "Kaduna State Governor, Musa Bello, on Friday confirmed that 12 people died.",
                "Musa Bello",
                "confirmed",
            ),
            (
                "Ogun State Commissioner for Works, Adaeze Obi, said the bridge would reopen.",
                "Adaeze Obi",
                "said",
            ),
            (
                "Plateau Police Public Relations Officer, Grace Danjuma, said six suspects were held.",
                "Grace Danjuma",
                "said",
            ),
            // A place of one word and the title, with no "State".
            (
                "Enugu Governor, Chidi Okeke, said the road was shut.",
                "Chidi Okeke",
                "said",
            ),
        ] {
            check(text, text, Some((speaker, cue, false)));
        }
        // A body, not a title, before the commas keeps its own words; a
        // title word that only modifies is no office ("State Deputy").
        for (text, speaker) in [
            (
                "Kaduna State Police Command, Musa Bello, said six suspects were held.",
                "Kaduna State Police Command",
            ),
            (
                "Kaduna State Deputy, Musa Bello, said six suspects were held.",
                "Kaduna State Deputy",
            ),
        ] {
            check(text, text, Some((speaker, "said", false)));
        }
    }

    #[test]
    fn remarking_and_attributing_a_cause_report_their_subject() {
        let text =
            "Rafiq Khan said the crews came late. “There is no sign of that,” he remarked.\n";
        check(text, "“There is", Some(("he", "remarked", true)));
        // An aside between the subject and its verb is no speaker.
        for (text, speaker, cue) in [
            (
                "Adeyemi, like many traders, attributed the blaze to a faulty generator.",
                "Adeyemi",
                "attributed",
            ),
            (
                "The health agency attributes the outbreak to dirty water.",
                "the health agency",
                "attributes",
            ),
        ] {
            check(text, text, Some((speaker, cue, false)));
        }
        // A passive with no agent, or one reduced to a modifier, credits no one.
        for text in [
            "The fire was attributed to a faulty cable.",
            "The blaze, attributed to a faulty cable, spread to ten shops.",
        ] {
            check(text, text, None);
        }
    }

    #[test]
    fn a_bare_body_head_after_a_quote_stands_for_the_body_quoted_before() {
        for (text, body) in [
            (
                "Human Rights Watch condemned the raid. “The killing of 30 people was a crime,” the group said.\n",
                "Human Rights Watch",
            ),
            (
                "Doctors Without Borders said its clinic was hit. “Two nurses died,” the organisation said.\n",
                "Doctors Without Borders",
            ),
        ] {
            let head = if text.contains("the group") {
                "the group"
            } else {
                "the organisation"
            };
            check_resolved(text, "“", (head, Some(body), None, false));
        }
        // A body of another kind quoted before ("the army") is not the group.
        let text = "The army said it killed 20 fighters. “We lost no one,” the group said.\n";
        check_resolved(text, "“We lost", ("the group", None, None, true));
    }

    #[test]
    fn a_headline_credit_after_a_comma_names_a_title_modified_by_a_name() {
        for (text, speaker, cue) in [
            (
                "# Aid cuts slowing flood relief, warns UN aid chief\n",
                "UN aid chief",
                "warns",
            ),
            (
                "# Talks with rebels have stalled, says Kremlin spokesman\n",
                "Kremlin spokesman",
                "says",
            ),
            (
                "Aid cuts are slowing flood relief, warned UN aid chief.",
                "UN aid chief",
                "warned",
            ),
        ] {
            check(
                text,
                text.trim_start_matches("# "),
                Some((speaker, cue, false)),
            );
        }
        // A name that modifies a common noun that is no title is no speaker.
        let text = "# Aid cuts slowing flood relief, says UN report\n";
        check(text, "Aid cuts", Some(("UN report", "says", false)));
        let text = "Floods cut the town off, leaving UN aid trucks stranded.";
        check(text, text, None);
    }

    #[test]
    fn a_running_quote_in_single_marks_is_its_holders() {
        for (text, prefix, speaker) in [
            (
                "Amnesty said: “Soldiers opened fire on the crowd.”\n'Many homes were burnt.'\n",
                "'Many",
                "Amnesty",
            ),
            (
                "The mayor Anna Weber said: “The river rose overnight.”\n‘Two bridges are gone.’\n",
                "‘Two",
                "Anna Weber",
            ),
        ] {
            check(text, prefix, Some((speaker, "said", true)));
        }
        // An apostrophe that opens a word, or a phrase in marks, is no quote.
        let text = "Amnesty said: “Soldiers opened fire on the crowd.”\n'90s-era tanks were seen in the town.\n";
        check(text, "'90s", None);
        let text =
            "Amnesty said: “Soldiers opened fire on the crowd.”\n'Operation Dawn' began at noon.\n";
        check(text, "'Operation", None);
    }

    #[test]
    fn one_who_declines_to_confirm_is_the_holder() {
        for (text, speaker, cue) in [
            (
                "The minister declined to confirm reports that troops fired on the crowd.",
                "the minister",
                "declined to confirm",
            ),
            (
                "The ministry refused to confirm reports that the convoy was hit.",
                "the ministry",
                "refused to confirm",
            ),
            (
                "Police declined to verify claims that the suspect had fled abroad.",
                "Police",
                "declined to verify",
            ),
        ] {
            check(text, text, Some((speaker, cue, false)));
        }
        // Declining to comment "except to say" or "beyond saying" what
        // follows reports it.
        for (text, speaker, cue) in [
            (
                "The army declined to comment except to say that the road was closed.",
                "the army",
                "declined to comment except to say",
            ),
            (
                "A hospital spokesman declined to comment beyond saying two patients had died.",
                "A hospital spokesman",
                "declined to comment beyond saying",
            ),
        ] {
            check(text, text, Some((speaker, cue, false)));
        }
        // Declining something else reports nothing.
        let text = "The bank declined to lend the firm more money.";
        check(text, text, None);
    }

    #[test]
    fn one_who_declares_who_won_holds_it() {
        for (text, speaker) in [
            (
                "The former mayor has declared himself the winner of the ballot.",
                "the former mayor",
            ),
            (
                "Opposition leader Ana Pereira declared victory late on Sunday.",
                "Ana Pereira",
            ),
            (
                "The electoral commission has declared the incumbent winner of the runoff.",
                "the electoral commission",
            ),
            (
                "The rival candidate declared himself victorious before the count ended.",
                "the rival candidate",
            ),
        ] {
            check(text, text, Some((speaker, "declared", false)));
        }
    }

    #[test]
    fn information_given_out_is_held_by_who_gave_it() {
        for (text, speaker) in [
            (
                "At least 45 people drowned, according to figures shared with the paper on Tuesday by three UN officials.",
                "three UN officials",
            ),
            (
                "Admissions rose by a fifth, according to data released on Thursday by the statistics office.",
                "the statistics office",
            ),
            (
                "Nine villages were cut off, according to a tally provided to reporters by the district council.",
                "the district council",
            ),
        ] {
            check(text, text, Some((speaker, "according to", false)));
        }
        // One's own count is its possessor's, and ends at its noun.
        let text = "Ms Okoro, who according to her own tally took 58 per cent, urged her rival to concede.";
        check(text, text, Some(("Okoro", "according to", false)));
    }

    #[test]
    fn citing_a_ground_credits_the_clause_subject() {
        for (text, speaker) in [
            (
                "The tribunal threw out four complaints, citing a lack of evidence.",
                "The tribunal",
            ),
            (
                "The ministry suspended the licence, citing safety concerns.",
                "The ministry",
            ),
        ] {
            check(text, text, Some((speaker, "citing", false)));
        }
        // Citing a source still names it.
        let text = "Ten people died in the blast, citing hospital officials.";
        check(text, text, Some(("hospital officials", "citing", false)));
    }

    #[test]
    fn an_absolute_with_its_own_speaker_holds_what_it_reports() {
        let text = "The ministry said dozens died, with witnesses saying at least 200 bodies lay in the streets.\n\
The charity said about 30 were held, with lawyers reporting as many as 600 detainees.\n";
        check_span(
            text,
            "The ministry",
            &["at least 200 bodies lay in the streets"],
            Some("witnesses"),
        );
        check_span(text, "The ministry", &["dozens died"], Some("the ministry"));
        check_span(
            text,
            "The charity",
            &["as many as 600 detainees"],
            Some("lawyers"),
        );
    }

    #[test]
    fn he_or_she_never_stands_for_a_place_or_a_headline_word() {
        let text = "# Blast at depot\n\nIn Kaduna, the commissioner visited the site. He said six people died.\n";
        let article = article(text);
        let idx = article
            .sentences
            .iter()
            .position(|sentence| article.text[sentence.start..].starts_with("He said"))
            .expect("test sentence is in its article");
        let found = analyzer().attribution(&article, idx);
        let refers_to = found.as_ref().and_then(|found| found.refers_to.as_deref());
        assert!(!matches!(refers_to, Some("Kaduna" | "Blast")), "{found:?}");
    }

    #[test]
    fn one_who_goes_on_claiming_holds_the_claim() {
        for (text, speaker, cue) in [
            (
                "Mr Adeyemi continues to claim that the ballots were miscounted.",
                "Adeyemi",
                "continues to claim",
            ),
            (
                "The mayor kept insisting that the river defences would hold.",
                "the mayor",
                "kept insisting",
            ),
            (
                "The coach went on to say that the referee had been biased.",
                "the coach",
                "went on to say",
            ),
        ] {
            check(text, text, Some((speaker, cue, false)));
        }
    }

    #[test]
    fn an_age_before_a_name_is_no_part_of_the_speaker() {
        let text = "72-year-old incumbent Maria Lopes said she would stand again.";
        check(text, text, Some(("incumbent Maria Lopes", "said", false)));
    }

    #[test]
    fn a_reason_cited_after_a_verb_of_no_words_is_its_subjects() {
        // "dismissed the appeal" says nothing; the "citing" after it credits
        // the cited reason to the subject.
        let text = "The judges dismissed the appeal, citing a lack of evidence of fraud.";
        check(text, text, Some(("The judges", "citing", false)));
        // A verb that speaks keeps the sentence.
        let text = "The company has denied reports, citing local media, that it sold arms.";
        check(text, text, Some(("the company", "denied", false)));
    }

    #[test]
    fn a_passive_judgement_in_a_relative_clause_is_its_agents() {
        let text = "Troops fired on the march, which is being decried by activists as a massacre.";
        check_span(text, text, &["Troops", "massacre"], Some("activists"));
        check_span(text, text, &["massacre"], Some("activists"));
        // A reduced relative or an appositive of the same judgement.
        let text = "Soldiers killed 30 villagers, an act decried by rights groups as a massacre.";
        check_span(text, text, &["killed", "massacre"], Some("rights groups"));
        let text = "Troops opened fire in an attack condemned by the opposition as a massacre.";
        check_span(text, text, &["Troops", "massacre"], Some("the opposition"));
    }

    #[test]
    fn a_passive_verb_of_judging_names_its_agent() {
        let text = "The decree was condemned by the opposition as unconstitutional.";
        check(text, text, Some(("the opposition", "condemned", false)));
        let text = "The verdict was hailed by rights groups as a turning point.";
        check(text, text, Some(("rights groups", "hailed", false)));
        // A participle with a preposition after it judges nothing.
        let text = "Losses expressed in dollars rose sharply.";
        check(text, text, None);
    }

    #[test]
    fn an_indefinite_group_in_a_lead_is_the_one_body_named_next() {
        let text =
            "A rights group said on Thursday that 20 protesters had been killed in the capital.\n\
The Coalition for Civil Liberties told Reuters that police had fired live rounds.\n";
        check_resolved(
            text,
            "A rights group",
            (
                "A rights group",
                Some("Coalition for Civil Liberties"),
                None,
                false,
            ),
        );
        // Two bodies named next: neither is known to be the group.
        let text = "An aid group said on Monday that the camp was flooded.\n\
The Refugee Council said 300 tents were lost.\n\
The Medical Aid Foundation said two children had drowned.\n";
        check_resolved(text, "An aid group", ("An aid group", None, None, false));
        // A body of another kind is not the group: a union of states is no
        // rights group, a union of workers is a union.
        let text =
            "A rights group said on Thursday that 20 protesters had been killed in the capital.\n\
The European Union said it was alarmed by the killings.\n";
        check_resolved(
            text,
            "A rights group",
            ("A rights group", None, None, false),
        );
        let text = "A union said on Thursday that 20 miners had been killed in the shaft.\n\
The National Union of Mineworkers told Reuters that the shaft had flooded.\n";
        check_resolved(
            text,
            "A union",
            (
                "A union",
                Some("National Union of Mineworkers"),
                None,
                false,
            ),
        );
    }

    #[test]
    fn an_outlet_informing_via_a_source_relays_it() {
        for (text, speaker, outlet) in [
            (
                "Report informs via Blick that a man died in hospital.",
                "Blick",
                "Report",
            ),
            (
                "The leader left the country after weeks of protests, Report informs via Bloomberg.",
                "Bloomberg",
                "Report",
            ),
        ] {
            check_resolved(text, text, (speaker, None, Some(outlet), false));
        }
        // A channel carries the speaker's own words.
        let text = "The ministry informs via Telegram that the road is closed.";
        check(text, text, None);
    }

    #[test]
    fn a_persons_own_office_speaks_for_the_person() {
        let text = "Ahmed Bello said the bridge was unsafe. His office said 12 people had died.";
        check_resolved(
            text,
            "His office",
            ("His office", Some("Ahmed Bello"), None, false),
        );
        let text = "Maria Silva said the bridge was unsafe. Her ministry said 12 people had died.";
        check_resolved(
            text,
            "Her ministry",
            ("Her ministry", Some("Maria Silva"), None, false),
        );
    }

    #[test]
    fn an_acronym_spelled_out_before_is_the_body_it_spells() {
        let text =
            "The World Health Organization said cases were rising. WHO said 30 people had died.";
        check_resolved(
            text,
            "WHO said",
            ("WHO", Some("World Health Organization"), None, false),
        );
        let text = "The United Nations High Commissioner for Refugees said 300 people had fled. \
The UNHCR said the camps were full.";
        check_resolved(
            text,
            "The UNHCR",
            (
                "the UNHCR",
                Some("United Nations High Commissioner for Refugees"),
                None,
                false,
            ),
        );
        // Never spelled out: the acronym stands as written.
        let text = "The ministry said cases were rising. WHO said 30 people had died.";
        check_resolved(text, "WHO said", ("WHO", None, None, false));
    }

    #[test]
    fn a_holder_described_after_its_head_speaks() {
        // "familiar with", a participle: what follows the head describes
        // the holder, who speaks.
        for (text, speaker, cue) in [
            (
                "Officials familiar with the matter said the talks had stalled.",
                "Officials familiar with the matter",
                "said",
            ),
            (
                "Nurses caring for survivors said the water was unsafe.",
                "Nurses",
                "said",
            ),
            (
                "Data from three hospital sources show that 40 people died.",
                "three hospital sources",
                "show",
            ),
            (
                "Data from two United Nations sources estimate that at least 48 people died.",
                "two United Nations sources",
                "estimate",
            ),
            (
                "People close to the minister said the talks had stalled.",
                "People close to the minister",
                "said",
            ),
        ] {
            check(text, text, Some((speaker, cue, false)));
        }
        // The head names no holder: no one.
        let text = "Roads leading to the coast said nothing of the flood.";
        check(text, text, None);
        // The verb of saying belongs to another clause: not the head's.
        let text = "Troops firing on the marchers were photographed by locals who reported that nine died.";
        check(text, text, None);
    }

    #[test]
    fn a_statement_released_by_another_is_its_makers() {
        let text = "The party released Khan's statement calling the vote a fraud.";
        check(text, text, Some(("Khan", "released a statement", false)));
        // Its own statement: the subject speaks.
        let text = "The party released a statement calling the vote a fraud.";
        check(
            text,
            text,
            Some(("the party", "released a statement", false)),
        );
    }

    #[test]
    fn an_unnamed_member_of_a_persons_office_speaks_for_the_person() {
        let text = "Ahmed Bello said the bridge was unsafe. A source from his administration told AFP that 12 people had died.";
        check_resolved(
            text,
            "A source",
            ("A source", Some("Ahmed Bello"), None, false),
        );
        // An office of no one named: no person.
        let text = "The bridge was unsafe. A source from the administration told AFP that 12 people had died.";
        check_resolved(text, "A source", ("A source", None, None, false));
    }

    #[test]
    fn a_single_name_the_registry_declares_is_no_surname() {
        let text =
            "Photo Credits Blick. The fire spread fast. Report informs via Blick that a man died.";
        let idx = 2;
        let found = |analyzer: &Analyzer| {
            analyzer
                .attribution(&article(text), idx)
                .and_then(|found| found.refers_to)
        };
        // Read as a surname, a fuller name before stands for it.
        assert_eq!(found(&analyzer()).as_deref(), Some("Photo Credits Blick"));
        let speakers = crate::model::Speakers {
            by_alias: [("blick".to_string(), "blick".to_string())]
                .into_iter()
                .collect(),
            ..crate::model::Speakers::default()
        };
        assert_eq!(found(&analyzer().with_speakers(&speakers)), None);
    }

    #[test]
    fn a_holder_keeps_the_named_place_of_its_office() {
        let text = "The public prosecutor in Ruritania yesterday spoke of 40 people killed by the water.\n\
A spokesman for the Ruritanian government in Zenda said no one had died on the bridge.\n\
Police in Nara prefecture in western Japan said they would review security measures.\n\
Government officials in Ruritania updated the death toll, saying on Wednesday that 16 people died.\n\
Zenda and its allied officials in Ruritania have blamed the army for the flood.\n\
The Zenda-run health authority in Ruritania said 45 people were killed.\n";
        check(
            text,
            "The public prosecutor",
            Some(("the public prosecutor in Ruritania", "spoke of", false)),
        );
        check(
            text,
            "A spokesman",
            Some((
                "A spokesman for the Ruritanian government in Zenda",
                "said",
                false,
            )),
        );
        check(
            text,
            "Police in Nara",
            Some(("Police in Nara prefecture in western Japan", "said", false)),
        );
        check(
            text,
            "Government officials",
            Some(("Government officials in Ruritania", "saying", false)),
        );
        // The place may belong to one conjunct only.
        check(
            text,
            "Zenda and",
            Some(("Zenda and its allied officials", "blamed", false)),
        );
        // A ruler's compound adjective names no holder of its own, as a
        // nationality does ("Russian officials in Crimea").
        check(
            text,
            "The Zenda-run",
            Some(("the Zenda-run health authority in Ruritania", "said", false)),
        );
    }

    #[test]
    fn a_name_in_apposition_to_a_bare_group_or_a_possessed_title_speaks() {
        let text =
            "Rights group, Freedom Watch, says at least 90 civilians were killed by the flood.\n\
Freedom Watch's Secretary General, Anna Berg, said that the army opened the dam.\n";
        check(text, "Rights group", Some(("Freedom Watch", "says", false)));
        check(text, "Freedom Watch's", Some(("Anna Berg", "said", false)));
    }

    #[test]
    fn information_from_a_holder_is_the_holders() {
        let text = "The prosecutor, citing information from the local police, said the victims drowned in the river.\n";
        check(
            text,
            text.trim(),
            Some(("the local police", "citing", false)),
        );
    }

    #[test]
    fn a_document_that_opens_the_sentence_names_its_holder() {
        let text = "A report broadcast by Channel Nine showed the place where the flood killed 109 people.\n\
Testimonies gathered by Freedom Watch from survivors indicate that the dam was opened by soldiers.\n\
Initial assessments by the United Nations regarding the flood revealed that 5,230 homes were destroyed.\n\
A preliminary report from Ruritania's flood investigating body, the RFIB, has revealed that a dam failure caused the floods.\n\
From an earlier count of 72, a report from the National Flood Council (NFC) showed four deaths were removed from the tally.\n\
The official toll, announced on Sunday by the public prosecutor in Zenda, was around sixty.\n\
The official account of the flood, released by a local prosecutor's office, said about 60 people died.\n\
The death toll from devastating floods that struck the valley could reach 200, the mayor said.\n";
        check(text, "A report", Some(("Channel Nine", "showed", false)));
        check(
            text,
            "Testimonies",
            Some(("Freedom Watch", "indicate", false)),
        );
        check(
            text,
            "Initial",
            Some(("the United Nations", "revealed", false)),
        );
        check(text, "A preliminary", Some(("the RFIB", "revealed", false)));
        check(
            text,
            "From an earlier",
            Some(("the National Flood Council", "showed", false)),
        );
        check(
            text,
            "The official toll",
            Some(("the public prosecutor in Zenda", "announced", false)),
        );
        check(
            text,
            "The official account",
            Some(("a local prosecutor's office", "released", false)),
        );
        // A toll "from" what happened names no holder.
        check(text, "The death toll", Some(("the mayor", "said", false)));
    }

    #[test]
    fn pointing_the_finger_accuses() {
        let text = "Villagers said on Saturday that the dead included women and children. They pointed the finger at the army.\n";
        check_resolved(
            text,
            "They pointed",
            ("They", Some("Villagers"), None, false),
        );
    }

    #[test]
    fn an_indefinite_group_of_a_nation_is_the_body_named_next() {
        let text = "A Ruritanian human rights organization counted 136 dead in the valley.\n\
\"Our teams recorded 136 bodies,\" the Collective Against Impunity (CAI) said in a statement.\n";
        check_resolved(
            text,
            "A Ruritanian",
            (
                "A Ruritanian human rights organization",
                Some("Collective Against Impunity"),
                None,
                false,
            ),
        );
    }

    #[test]
    fn a_pronoun_takes_the_name_set_off_before_its_apposition() {
        let text = "The Flood Defence Headquarters (FDHQ) has unequivocally denied allegations that soldiers opened the dam.\n\
Brigadier General Anna Berg, Director of Defence Information, issued a statement on Tuesday in Zenda.\n\
\"There is no credible evidence of sabotage,\" he remarked.\n";
        check(
            text,
            "The Flood",
            Some(("the Flood Defence Headquarters", "denied", false)),
        );
        check_resolved(
            text,
            "\"There is",
            ("he", Some("Brigadier General Anna Berg"), None, false),
        );
    }

    #[test]
    fn putting_a_toll_at_an_approximate_figure_is_an_estimate() {
        let text = "Ruritania state’s Governor Carl Castor put the death toll at around 60 on Wednesday, but warned that the real figure was likely higher.\n\
State media put the death toll at least 100, with 150 wounded.\n\
The army put the blame on the rebels.\n";
        check(text, "Ruritania", Some(("Carl Castor", "put", false)));
        check(text, "State media", Some(("State media", "put", false)));
        check(text, "The army", None);
    }

    #[test]
    fn a_word_of_saying_after_a_determiner_or_a_rejecting_verb_is_a_noun() {
        // "denied claims of …": the denier speaks, never "the police have
        // denied" before a verb "claims".
        let text = "While the police have denied claims of collusion with armed gangs, a report by a rights group contradicts this stance.\n";
        check_span(
            text,
            "While the police",
            &["collusion with armed gangs"],
            Some("the police"),
        );
        // "its initial report that cited …": a noun, no verb of saying.
        check(
            "Updating its initial report that cited 10 deaths, the commission also stated that at least 532 people were arrested.\n",
            "Updating",
            Some(("the commission", "stated", false)),
        );
    }

    #[test]
    fn a_claim_noun_before_a_relative_clause_without_that_is_no_speaker() {
        // "an allegation X has denied", "a figure X has dismissed": X
        // speaks, not "an allegation X".
        check_span(
            "Fears grew over armed men mingling with the troops during the protests—an allegation Ruritanian police have denied.\n",
            "Fears grew",
            &["armed men mingling with the troops"],
            Some("Ruritanian police"),
        );
        check_span(
            "About 700 people have been killed, the opposition says — a figure the government has dismissed as isolated incidents.\n",
            "About 700",
            &["About 700 people have been killed"],
            Some("the opposition"),
        );
        // The relative clause has a verb of its own before the cue: its
        // subject is no speaker ("the Kremlin made", "the police gave").
        for text in [
            "A claim the Kremlin made on Monday said the drone came from Ukraine.\n",
            "A number the police gave said 300 were arrested.\n",
        ] {
            check(text, "A ", None);
        }
    }

    #[test]
    fn a_sentence_adverb_before_the_subject_is_no_part_of_it() {
        check(
            "Currently police say that the fire was set on purpose.\n",
            "Currently",
            Some(("police", "say", false)),
        );
        // "Earlier reports" is a noun phrase: "earlier" stays.
        check(
            "Earlier reports said that at least 20 died.\n",
            "Earlier",
            Some(("Earlier reports", "said", false)),
        );
    }

    #[test]
    fn a_report_after_a_named_body_is_the_bodys() {
        check_resolved(
            "The Ruritania Commission on Human Rights said the death toll rose to 31.\nThe report on Tuesday stated that another 107 people were hurt.\n",
            "The report",
            (
                "the report",
                Some("the Ruritania Commission on Human Rights"),
                None,
                false,
            ),
        );
    }

    #[test]
    fn told_reporters_with_a_place_after_to_is_no_directive() {
        // "to" before a determiner opens a place, not an instruction.
        for (text, speaker) in [
            (
                "“I want to tell my compatriots that the situation is under control,” President John Doe told reporters during a visit to the site.",
                "John Doe",
            ),
            (
                "“The roads are open again,” Mary Fox told journalists on a trip to the border.",
                "Mary Fox",
            ),
        ] {
            check(text, text, Some((speaker, "told", true)));
        }
        // An instruction still is one.
        let text = "The mayor told residents to leave the area.";
        check(text, text, None);
    }

    #[test]
    fn a_closing_credit_with_an_apposition_holds_over_a_fronted_ground() {
        // "according to the first elements" names the evidence; the name
        // set off before its title and the verb that closes the sentence
        // holds it.
        let text = "According to the first elements, the fire is “not criminal”, Jane Roe, the government spokesperson, told AFP earlier.";
        check(text, text, Some(("Jane Roe", "told", true)));
        let text = "According to early findings, the blast was accidental, Tom Hill, the fire chief, said.";
        check(text, text, Some(("Tom Hill", "said", false)));
    }

    #[test]
    fn a_name_in_apposition_to_a_description_of_one_person_speaks() {
        for (text, speaker, cue) in [
            (
                "Ruritania's main opposition candidate, Jane Roe, has accused the president of faking a coup.",
                "Jane Roe",
                "accused",
            ),
            (
                "However, his main opponent, Jane Roe, also claimed victory.",
                "Jane Roe",
                "claimed",
            ),
            (
                "The victim's mother, Ann Lee, said the school had ignored the threats.",
                "Ann Lee",
                "said",
            ),
        ] {
            check(text, text, Some((speaker, cue, false)));
        }
    }

    #[test]
    fn a_discourse_adverb_before_the_verb_is_no_part_of_the_holder() {
        for (text, speaker, cue, direct) in [
            (
                "The former head of state thus dismisses as “fake news” claims suggesting that he staged the coup.",
                "the former head of state",
                "dismisses",
                true,
            ),
            (
                "The minister therefore said the plant was closed.",
                "the minister",
                "said",
                false,
            ),
        ] {
            check(text, text, Some((speaker, cue, direct)));
        }
    }

    #[test]
    fn an_age_glued_to_its_noun_stays_in_the_speaker() {
        let text = "A 38-year-old man stated: “On June 26, a group of soldiers attacked me.”";
        check(text, text, Some(("A 38-year-old man", "stated", true)));
        let text = "A 12-member panel said the bridge was unsafe.";
        check(text, text, Some(("A 12-member panel", "said", false)));
    }

    #[test]
    fn the_people_a_contacting_verb_names_speak_in_their_relative_clause() {
        let text = "Amnesty interviewed victims and witnesses who reported unlawful killings by security personnel.";
        check(
            text,
            text,
            Some(("victims and witnesses", "reported", false)),
        );
        let found = analyzer()
            .attribution(&article(text), 0)
            .expect("the sentence is attributed");
        assert_eq!(found.reported_by.as_deref(), Some("Amnesty"));
        let text = "The mission surveyed residents who said the water was unsafe.";
        check(text, text, Some(("residents", "said", false)));
    }

    #[test]
    fn a_means_of_speaking_after_by_is_no_agent() {
        let text =
            "Following gunfire near the palace, Doe confirmed by phone, “I have been deposed.”";
        check(text, text, Some(("Doe", "confirmed", false)));
        // An agent still is one.
        let text = "The deaths were confirmed by the police.";
        check(text, text, Some(("the police", "confirmed", false)));
    }

    #[test]
    fn a_title_case_headline_reports_at_least_a_count() {
        let text = "Amnesty International Reports at Least Three Deaths in Protests";
        check(
            text,
            text,
            Some(("Amnesty International", "reports", false)),
        );
    }

    #[test]
    fn a_holder_maintains_a_that_clause_whatever_its_head() {
        let text = "Roe's camp maintains that early counts pointed to a clear lead.";
        check(text, text, Some(("Roe's camp", "maintains", false)));
        // A weak verb with no "that" still reports nothing.
        let text = "The city maintains the roads in winter.";
        check(text, text, None);
    }

    #[test]
    fn people_interviewed_by_a_group_speak_and_the_group_reports_them() {
        let text = "Witnesses interviewed by Amnesty say lethal force, including bullet wounds, was the true cause.";
        check(
            text,
            text,
            Some(("Witnesses interviewed by Amnesty", "say", false)),
        );
        let found = analyzer()
            .attribution(&article(text), 0)
            .expect("the sentence is attributed");
        assert_eq!(found.reported_by.as_deref(), Some("Amnesty"));
    }

    #[test]
    fn records_gathered_by_a_group_are_the_group_s() {
        let text = "According to testimonies collected by the Citizens' Front, several of the bodies had bullet wounds.";
        check(
            text,
            text,
            Some(("the Citizens' Front", "according to", false)),
        );
        let text =
            "According to accounts gathered by Amnesty International, police fired on the crowd.";
        check(
            text,
            text,
            Some(("Amnesty International", "according to", false)),
        );
    }

    #[test]
    fn the_one_a_subject_s_relative_clause_cites_holds_its_words() {
        let text = "Lusa, which cites witnesses on the ground, says that shots have been heard since noon.";
        check(text, text, Some(("witnesses", "says", false)));
        let found = analyzer()
            .attribution(&article(text), 0)
            .expect("the sentence is attributed");
        assert_eq!(found.reported_by.as_deref(), Some("Lusa"));
        // A reason or nobody cited is no holder: the subject speaks.
        let text = "The firm, which cited weak demand, said profits fell.";
        check(text, text, Some(("the firm", "said", false)));
        let text = "The ministry, which quoted no source, said the toll was 40.";
        check(text, text, Some(("the ministry", "said", false)));
    }

    #[test]
    fn a_perfect_participle_s_having_is_no_speaker() {
        let text = "The vote count was halted, with both the president's camp and his rival, Jane Roe, having claimed victory.";
        check(text, text, Some(("Jane Roe", "claimed", false)));
    }

    #[test]
    fn the_one_seen_to_speak_is_the_subject_of_the_bare_verb() {
        let text = "The election saw both Doe and his rival claim victory.";
        check(text, text, Some(("both Doe and his rival", "claim", false)));
        let text = "Reporters watched the minister deny the charges.";
        check(text, text, Some(("the minister", "deny", false)));
    }

    #[test]
    fn a_documents_authors_after_by_are_read_whole() {
        let text = "A joint statement by 12 Ruritanian civil society and human rights groups also accused the police of beating civilians.";
        check(
            text,
            text,
            Some((
                "A joint statement by 12 Ruritanian civil society and human rights groups",
                "accused",
                false,
            )),
        );
    }
}
