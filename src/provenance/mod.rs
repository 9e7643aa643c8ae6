//! Provenance of an instance: its stance, who says it, how sure, and its origin.
//!
//! Built-in cue lists (see `cues`) make an empty lexicon work; the
//! rulebook's `[lexicon]` lists extend them. Each call is one automaton pass
//! over the sentence plus a linear walk over its tokens.

pub mod attribution;
pub mod claim;
pub mod cues;
pub mod factuality;
pub mod hedge;
pub mod stance;

use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::ops::Range;
use std::sync::{Arc, OnceLock};

use aho_corasick::AhoCorasick;

use crate::model::Lexicon;
use crate::model::{Article, Attribution, Document, Factuality, Hedge, Instance, StanceReading};
use crate::text::clause::Clauses;
use cues::Cues;

/// Stance, attribution and hedge detection, compiled once from the lexicon.
#[derive(Debug, Clone)]
pub struct Analyzer {
    cues: Cues,
}

impl Analyzer {
    /// Compiles the built-in cue lists extended by the lexicon's.
    pub fn new(lexicon: &Lexicon) -> Analyzer {
        Analyzer {
            cues: Cues::new(lexicon),
        }
    }

    /// This analyzer with the speaker registry's aliases: a declared alias
    /// speaks as the subject of a cue wherever it stands ("Yesterday the
    /// separatists said …" with "separatists" declared).
    pub fn with_speakers(self, speakers: &crate::model::Speakers) -> Analyzer {
        Analyzer {
            cues: self.cues.with_aliases(speakers.by_alias.keys().cloned()),
        }
    }

    /// What `quote` (the text of sentences from `sentence_idx` of `article`
    /// on) says about any claim in it: its cues and who says it. Read once and
    /// shared by every rule that matches the same sentences.
    /// `clauses` is `quote` split into clauses (`text::clause::split`).
    pub fn read(
        &self,
        article: &Article,
        sentence_idx: usize,
        quote: &str,
        clauses: Arc<Clauses>,
    ) -> QuoteReading {
        let attribution = self.attribution(article, sentence_idx);
        // A reciprocal report's parties, where its subject is written.
        let parties = attribution
            .as_ref()
            .filter(|found| attribution::is_reciprocal(&found.cue))
            .and_then(|found| {
                let at = quote.find(found.speaker.as_str())?;
                Some(attribution::parties(&found.speaker, at))
            })
            .unwrap_or_default();
        let hits = self.cues.hits(quote);
        QuoteReading {
            frames: attribution::frames(
                &self.cues,
                article,
                sentence_idx,
                &clauses,
                (quote, &hits),
            ),
            hits,
            clauses,
            attribution,
            parties,
        }
    }

    /// Remembers, while the guard lives, what each sentence of `article`
    /// attributes in itself, so reading several of its sentences reads each
    /// sentence before them once (a pronoun looks back for its speaker).
    pub fn remember<'a>(&'a self, article: &'a Article) -> attribution::Remembering<'a> {
        attribution::memo_remember(&self.cues, article)
    }

    /// Who says the claim at `claim` (a byte range of the text of sentence
    /// `sentence_idx`), read as the matcher reads the speaker of an instance
    /// on that one sentence, with this analyzer's cues and registry: the
    /// speaker bank scores this (`eval::speakers`).
    pub fn speaker_of(
        &self,
        article: &Article,
        sentence_idx: usize,
        claim: Range<usize>,
    ) -> Option<Attribution> {
        let sentence = article.sentences.get(sentence_idx)?;
        let quote = article.text.get(sentence.start..sentence.end)?;
        let clauses = Arc::new(crate::text::clause::split(quote));
        self.read(article, sentence_idx, quote, clauses)
            .attribution_for(&[claim], &[0])
    }

    /// How sentence `sentence_idx` of `article` bears on the claim at
    /// `claim` (a byte range of the sentence's text), read as the matcher
    /// reads an instance on that one sentence (`QuoteReading::claim`) with
    /// this analyzer's cues, as a proposition without rule-specific denial
    /// phrases, the claim's words standing in for the rule's terms
    /// (`QuoteReading::claim_words`); `None` when it would make no instance.
    /// The factuality bank scores this (`eval::factuality`).
    pub fn factuality_of(
        &self,
        article: &Article,
        sentence_idx: usize,
        claim: Range<usize>,
    ) -> Option<claim::ClaimReading> {
        let sentence = article.sentences.get(sentence_idx)?;
        let quote = article.text.get(sentence.start..sentence.end)?;
        let clauses = Arc::new(crate::text::clause::split(quote));
        let reading = self.read(article, sentence_idx, quote, clauses);
        let spans = reading.claim_words(quote, &claim);
        let of_span: Vec<u16> = (0..spans.len())
            .map(|idx| u16::try_from(idx).unwrap_or(u16::MAX))
            .collect();
        reading.claim(
            quote,
            &claim::Claim {
                spans: &spans,
                terms: stance::ClaimTerms {
                    of_span: &of_span,
                    n_all: spans.len(),
                    any: false,
                },
                deny: &[],
                kind: crate::kinds::ClaimKind::Proposition,
            },
        )
    }

    /// Who `article` quotes as saying its sentence `sentence_idx`, or `None`
    /// when the article says it in its own voice.
    pub fn attribution(&self, article: &Article, sentence_idx: usize) -> Option<Attribution> {
        attribution::find(&self.cues, article, sentence_idx)
    }

    /// The words read for the genders of names while every sentence of
    /// `article` is attributed, as the matcher reads it (issue 17's work
    /// tests: linear in the article).
    pub fn gender_work(&self, article: &Article) -> u64 {
        attribution::gender_work(&self.cues, article)
    }

    /// The stance of `sentence` towards a claim whose phrases sit at
    /// `claim_spans`, given the rule's denial cues at `deny_spans`.
    #[cfg(test)]
    pub(crate) fn stance(
        &self,
        sentence: &str,
        claim_spans: &[Range<usize>],
        terms: &stance::ClaimTerms<'_>,
        deny_spans: &[Range<usize>],
    ) -> StanceReading {
        stance::read(
            sentence,
            &crate::text::clause::split(sentence),
            &self.cues.hits(sentence),
            claim_spans,
            terms,
            deny_spans,
        )
    }

    /// The hedge word in `sentence`, if any.
    #[cfg(test)]
    pub(crate) fn hedge(&self, sentence: &str) -> Option<Hedge> {
        hedge::find(sentence, &self.cues.hits(sentence))
    }

    /// The hedge in `sentence` that bears on the claim at `claim_spans`.
    #[cfg(test)]
    pub(crate) fn hedge_in_scope(
        &self,
        sentence: &str,
        claim_spans: &[Range<usize>],
    ) -> Option<Hedge> {
        hedge::find_in_scope(sentence, &self.cues.hits(sentence), claim_spans, None)
    }

    /// The attribution written inside `sentence` alone, without context.
    #[cfg(test)]
    pub(crate) fn attribution_in(&self, sentence: &str) -> Option<Attribution> {
        attribution::in_sentence(sentence, &self.cues.hits(sentence))
    }
}

/// What provenance reads from one quote whatever the rule: its cues (kept
/// inside this module) and its attribution.
#[derive(Debug, Clone)]
pub struct QuoteReading {
    hits: Vec<cues::Hit>,
    /// The quote's clauses, split once for every rule that matches it.
    clauses: Arc<Clauses>,
    /// Who says it; `None` for the article's own voice.
    pub attribution: Option<Attribution>,
    /// Parts of its first sentence another frame governs (`attribution::frames`).
    pub(crate) frames: Vec<attribution::Frame>,
    /// The parties of a reciprocal report ("Ukraine and Russia blamed each
    /// other"), each with where it is written in the quote.
    parties: Vec<(Range<usize>, String)>,
}

impl QuoteReading {
    /// Who says the claim whose phrases sit at `claim_spans` (`terms[i]` the
    /// rule term of `claim_spans[i]`, `all` terms first): each phrase
    /// belongs to the innermost frame that holds it (else to the sentence's
    /// attribution, `attribution`); the frame with the most phrases of the
    /// claim's first term speaks, then the one with the most phrases, then
    /// the wider ("… a railway station, which local authorities said had
    /// killed 39 people": the death is the authorities' words).
    pub fn attribution_for(
        &self,
        claim_spans: &[Range<usize>],
        terms: &[u16],
    ) -> Option<Attribution> {
        let found = self.frame_for(claim_spans, terms)?;
        Some(self.accuser(found, claim_spans))
    }

    /// A reciprocal report split per party: in "Ukraine and Russia blamed
    /// each other for shelling the plant", the claim whose words hold
    /// "Russia" (its actor) is Ukraine's, and the other way round. The one
    /// party the claim's words leave free speaks; otherwise the whole
    /// subject does.
    fn accuser(&self, found: Attribution, claim_spans: &[Range<usize>]) -> Attribution {
        if self.parties.len() < 2 || !attribution::is_reciprocal(&found.cue) {
            return found;
        }
        let overlaps = |party: &Range<usize>| {
            claim_spans
                .iter()
                .any(|span| span.start < party.end && party.start < span.end)
        };
        let mut free = self.parties.iter().filter(|(at, _)| !overlaps(at));
        match (free.next(), free.next()) {
            (Some((_, party)), None) if party != &found.speaker => Attribution {
                speaker: party.clone(),
                ..found
            },
            _ => found,
        }
    }

    /// The attribution of the frame that governs most of the claim.
    fn frame_for(&self, claim_spans: &[Range<usize>], terms: &[u16]) -> Option<Attribution> {
        if self.frames.is_empty() {
            return self.attribution.clone();
        }
        // The narrowest frame that holds the phrase's start; a frame of the
        // article's own voice inside a sentence with a speaker (an opening
        // adverbial) only when it holds the phrase's end too: a phrase that
        // runs out of it (the whole sentence, from its opening adverbial to
        // its report) is the sentence's.
        let innermost = |span: &Range<usize>| {
            self.frames
                .iter()
                .enumerate()
                .filter(|(_, frame)| frame.scope.contains(&span.start))
                .filter(|(_, frame)| {
                    frame.attribution.is_some()
                        || self.attribution.is_none()
                        || span.end <= frame.scope.end
                })
                .min_by_key(|(_, frame)| frame.scope.len())
                .map(|(idx, _)| idx)
        };
        let trigger = terms.iter().min();
        // Per frame: phrases of the first term, phrases.
        let mut counts: BTreeMap<Option<usize>, (usize, usize)> = BTreeMap::new();
        for (idx, span) in claim_spans.iter().enumerate() {
            let count = counts.entry(innermost(span)).or_default();
            if terms.len() == claim_spans.len() && terms.get(idx) == trigger {
                count.0 += 1;
            }
            count.1 += 1;
        }
        let width = |frame: Option<usize>| {
            frame
                .and_then(|idx| self.frames.get(idx))
                .map_or(usize::MAX, |frame| frame.scope.len())
        };
        let best = counts
            .iter()
            .max_by(|(a, count_a), (b, count_b)| {
                count_a
                    .cmp(count_b)
                    .then_with(|| width(**a).cmp(&width(**b)))
                    .then_with(|| b.cmp(a))
            })
            .map(|(frame, _)| *frame);
        match best.flatten().and_then(|idx| self.frames.get(idx)) {
            Some(frame) => frame.attribution.clone(),
            None => self.attribution.clone(),
        }
    }

    /// The stance of `quote` towards a claim whose phrases sit at
    /// `claim_spans`, given the rule's denial cues at `deny_spans` (byte
    /// ranges inside `quote`, the text this reading was made from).
    pub fn stance(
        &self,
        quote: &str,
        claim_spans: &[Range<usize>],
        terms: &stance::ClaimTerms<'_>,
        deny_spans: &[Range<usize>],
    ) -> StanceReading {
        stance::read(
            quote,
            &self.clauses,
            &self.hits,
            claim_spans,
            terms,
            deny_spans,
        )
    }

    /// Whether `quote` abstains from the claim at `claim_spans`: its only
    /// negations negate a verb of judging blame (see `stance::abstains`).
    pub fn abstains(&self, quote: &str, claim_spans: &[Range<usize>]) -> bool {
        stance::abstains(quote, &self.clauses, &self.hits, claim_spans)
    }

    /// The factuality of the claim at `claim_spans` in `quote`, given its
    /// stance, attribution (`attribution_for`) and hedge; `doubt_withholds`
    /// for a claim the writer's "alleged" withholds (see `factuality::read`).
    pub fn factuality(
        &self,
        quote: &str,
        claim_spans: &[Range<usize>],
        stance: &StanceReading,
        attribution: Option<&Attribution>,
        hedge: Option<&Hedge>,
        doubt_withholds: bool,
    ) -> Factuality {
        factuality::read(
            quote,
            &self.clauses,
            claim_spans,
            stance,
            attribution,
            hedge,
            doubt_withholds,
        )
    }

    /// The hedge in `quote` that bears on the claim at `claim_spans`, whose
    /// rule terms are `terms` (see `hedge::find_in_scope`).
    pub fn hedge(&self, quote: &str, claim_spans: &[Range<usize>], terms: &[u16]) -> Option<Hedge> {
        hedge::find_in_scope(quote, &self.hits, claim_spans, Some((&self.clauses, terms)))
    }
}

/// The independent source behind an instance: the speaker if any, else the
/// article's outlet (see `outlet`).
pub fn origin(attribution: Option<&Attribution>, document: &Document) -> String {
    if let Some(speaker) = attribution.and_then(origin_speaker) {
        return speaker_key(speaker);
    }
    outlet(document, None)
}

/// The outlet an article's own voice is: `derived_from`, else the wire
/// service its text credits (`credit`), else its publisher, else the host of
/// its url ("www.dutchnews.nl" → "dutchnews.nl"), else its document id.
pub fn outlet(document: &Document, credit: Option<&str>) -> String {
    if let Some(source) = document
        .derived_from
        .as_deref()
        .or(credit)
        .or(document.publisher.as_deref())
    {
        return normalize(without_host(source));
    }
    document
        .url
        .as_deref()
        .and_then(url_host)
        .map_or_else(|| normalize(&document.id), normalize)
}

/// An outlet's name without the web address written after it in
/// parentheses: "Dhaka Tribune (dhakatribune.com)" is the outlet another
/// article says it is derived from as "Dhaka Tribune". A parenthesis that
/// is no host ("FOX 2 St. Louis (Nexstar Media)") is kept.
fn without_host(name: &str) -> &str {
    let trimmed = name.trim_end();
    trimmed
        .strip_suffix(')')
        .and_then(|rest| rest.rsplit_once('('))
        .filter(|(outlet, host)| {
            !outlet.trim().is_empty() && host.contains('.') && !host.contains(char::is_whitespace)
        })
        .map_or(trimmed, |(outlet, _)| outlet.trim_end())
}

/// The host of a url without its scheme, port and a leading "www.".
fn url_host(url: &str) -> Option<&str> {
    let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
    let host = rest.split(['/', '?', '#', ':']).next()?;
    let host = host.strip_prefix("www.").unwrap_or(host);
    (!host.is_empty() && host.contains('.')).then_some(host)
}

/// The wire service an article's text credits, in its first two or last
/// three sentences: a dateline "(Reuters) -" or "/TASS/", a closing "— with
/// AFP", "AFP contributed to this report", "carrying a Reuters report", or
/// Reuters' "(Reporting by …)" signature.
pub fn credit(article: &Article) -> Option<&'static str> {
    let n_sentences = article.sentences.len();
    let text_of = |idx: usize| {
        let sentence = article.sentences.get(idx)?;
        article.text.get(sentence.start..sentence.end)
    };
    let opening = (0..n_sentences.min(2)).filter_map(text_of);
    let dateline = opening.into_iter().find_map(|text| {
        first_wire(text, |before, after| {
            (before.ends_with('(') && after.starts_with(')'))
                || (before.ends_with('/') && after.starts_with('/'))
        })
    });
    if dateline.is_some() {
        return dateline;
    }
    let closing = (n_sentences.saturating_sub(3)..n_sentences).filter_map(text_of);
    closing.into_iter().find_map(|text| {
        if text.contains("(Reporting by") {
            return Some("Reuters");
        }
        first_wire(text, |before, after| {
            before.ends_with("with ")
                || after.starts_with(" contributed to this report")
                || after.starts_with(" contributed reporting")
                || ((before.ends_with("carrying a ") || before.ends_with("carrying an "))
                    && after.starts_with(" report"))
        })
    })
}

/// The outlet of the first of `WIRES` written in `text` with `credited`
/// true of the text before and after it. One pass of an automaton over the
/// text: `credit` runs for every instance whose origin is its outlet.
fn first_wire(text: &str, credited: impl Fn(&str, &str) -> bool) -> Option<&'static str> {
    static NAMES: OnceLock<Option<AhoCorasick>> = OnceLock::new();
    let names = NAMES
        .get_or_init(|| AhoCorasick::new(WIRES.iter().map(|(name, _)| name)).ok())
        .as_ref()?;
    names
        .find_overlapping_iter(text)
        .filter(|found| {
            let (before, after) = (text.get(..found.start()), text.get(found.end()..));
            before
                .zip(after)
                .is_some_and(|(before, after)| credited(before, after))
        })
        .map(|found| found.pattern().as_usize())
        .min()
        .and_then(|idx| WIRES.get(idx))
        .map(|(_, wire)| *wire)
}

/// Wire services as credit lines write them, and the outlet each is.
const WIRES: &[(&str, &str)] = &[
    ("Reuters", "Reuters"),
    ("AFP", "AFP"),
    ("Agence France-Presse", "AFP"),
    ("AP", "AP"),
    ("Associated Press", "AP"),
    ("TASS", "TASS"),
    ("Interfax", "Interfax"),
    ("Xinhua", "Xinhua"),
    ("Anadolu", "Anadolu"),
    ("Bloomberg", "Bloomberg"),
    ("dpa", "dpa"),
    ("UPI", "UPI"),
    ("Sputnik", "Sputnik"),
    ("Ukrinform", "Ukrinform"),
    ("Kyodo", "Kyodo"),
    ("Yonhap", "Yonhap"),
];

/// The words an attribution's origin is read from: the named speaker a
/// pronoun, generic head or surname stands for ("Kremlin spokesman Dmitry
/// Peskov" for "Peskov"), else the one who reports an unnamed speaker's
/// words ("the SBU" for "one of the men, described by the SBU as a Russian
/// soldier"), else the speaker as written; `None` for a generic head that
/// stands for no one named ("the report" with no report named before it),
/// which is never an origin of its own.
pub fn origin_speaker(attribution: &Attribution) -> Option<&str> {
    // "it" for an unresolved "the ministry" refers to the head, no name.
    if attribution.unresolved {
        return None;
    }
    if quotes_the_press(attribution) {
        return None;
    }
    if let Some(named) = &attribution.refers_to {
        // "The groups" after "a joint statement by 12 groups": the authors.
        let named = attribution::document_holder(named).unwrap_or(named);
        return Some(spokesperson_for(attribution, named));
    }
    // "TASS reported that Russian-appointed officials said …", "Interfax
    // quoted the Russian-installed Enerhodar authorities as saying …": a
    // named group or body holds its words; "one of the men", "an alleged
    // Russian soldier", "documents" name no one, and the one who reports
    // them is the source.
    let names_no_one = |speaker: &str| {
        person(speaker).is_none()
            && (!speaker.contains(char::is_uppercase)
                || attribution::private_people(speaker)
                || (attribution::is_unnamed(speaker) && attribution::unnamed_person(speaker)))
    };
    match &attribution.reported_by {
        Some(reporter) if names_no_one(&attribution.speaker) => Some(reporter),
        // "One of the US and Western officials" speaks for the group.
        _ => Some(
            attribution::partitive_whole(&attribution.speaker)
                .or_else(|| maker(&attribution.speaker))
                // "a joint statement by 12 groups": its authors hold it.
                .or_else(|| attribution::document_holder(&attribution.speaker))
                .unwrap_or_else(|| spokesperson_for(attribution, &attribution.speaker)),
        ),
    }
}

/// Whether `attribution` credits the press in general (`generic_press`)
/// and stands for no one named before it: the article's own origin.
pub(crate) fn quotes_the_press(attribution: &Attribution) -> bool {
    attribution.refers_to.is_none() && generic_press(&attribution.speaker)
}

/// Whether `speaker` is the press in general, no outlet in particular:
/// a head of the press or its reports ("local media", "media reports",
/// "reports", "local news outlets") with no capitalised word to name one.
/// Such a holder is no origin of its own: what an article relays from it
/// is the article's (its outlet's, or the outlet it is derived from).
pub(crate) fn generic_press(speaker: &str) -> bool {
    const HEADS: &[&str] = &[
        "media",
        "press",
        "reports",
        "outlets",
        "news",
        "newspapers",
        "papers",
        "broadcasters",
        "channels",
        "websites",
        "portals",
    ];
    // "state media", "state-run television", "official media": the
    // state's own outlets, one voice, not the press in general.
    const OWNED: &[&str] = &[
        "state",
        "state-run",
        "state-owned",
        "state-controlled",
        "official",
        "government",
        "government-run",
    ];
    let words: Vec<&str> = speaker.split_whitespace().collect();
    let owned = words
        .iter()
        .any(|word| OWNED.contains(&word.to_lowercase().as_str()));
    !owned
        && words
            .last()
            .is_some_and(|head| HEADS.contains(&head.to_lowercase().as_str()))
        && !words
            .iter()
            .any(|word| word.starts_with(char::is_uppercase) && !attribution::common_opener(word))
}

/// Who made a document named by its maker before its head: "Associated
/// Press" for "An Associated Press investigation", "AP" for "AP evidence",
/// "Kremlin" for "the Kremlin statement"; `None` when a lower-case word or
/// the possessor's name is not capitalised.
pub(crate) fn maker(speaker: &str) -> Option<&str> {
    let (rest, head) = speaker.trim_end().rsplit_once(' ')?;
    let head = head.to_lowercase();
    let document = attribution::is_document(&head) || head == "evidence";
    if !document {
        return None;
    }
    let rest = ["the ", "The ", "a ", "A ", "an ", "An "]
        .iter()
        .find_map(|article| rest.strip_prefix(article))
        .unwrap_or(rest);
    // "Energoatom's statement": the possessor made it.
    let rest = ["'s", "’s"]
        .iter()
        .find_map(|mark| rest.strip_suffix(mark))
        .unwrap_or(rest);
    let named = !rest.is_empty()
        && rest.split_whitespace().all(|word| {
            word.starts_with(char::is_uppercase) && !word.ends_with("'s") && !word.ends_with("’s")
        });
    named.then_some(rest)
}

/// The institution a named spokesperson `named` speaks for, by the title
/// the attribution notes ("Artem Dekhtyarenko" with "spokesman for
/// Ukraine's Security Service"), else `named` itself.
fn spokesperson_for<'a>(attribution: &'a Attribution, named: &'a str) -> &'a str {
    attribution
        .affiliation
        .as_deref()
        .filter(|_| person(named).is_some())
        .and_then(spoken_for)
        .unwrap_or(named)
}

/// The origin of a quoted speaker: a named person is keyed by their name
/// without titles, so "Russian President Vladimir Putin" and "Vladimir Putin"
/// are one source ("Putin" alone joins them through `canonical_names`);
/// groups ("US officials", "Moscow and Beijing") and institutions keep every
/// word. Diacritics are folded ("Erdoğan" = "Erdogan").
pub fn speaker_key(speaker: &str) -> String {
    KEYS.with(|keys| {
        let mut keys = keys.borrow_mut();
        if let Some(key) = keys.get(speaker) {
            return key.clone();
        }
        if keys.len() >= MAX_KEYS {
            keys.clear();
        }
        let key = key_of(speaker);
        keys.insert(speaker.to_string(), key.clone());
        key
    })
}

/// The origin keys a thread has computed, by speaker as written: an
/// article's speakers repeat, and the registry's aliases are keyed for every
/// speaker no alias names as written (`matcher::build`). Forgotten once it
/// holds `MAX_KEYS` speakers.
const MAX_KEYS: usize = 10_000;

thread_local! {
    static KEYS: RefCell<HashMap<String, String, foldhash::fast::RandomState>> =
        RefCell::new(HashMap::default());
}

/// `speaker_key` computed.
fn key_of(speaker: &str) -> String {
    if let Some(affiliation) = represented(speaker) {
        let affiliation = normalize(affiliation);
        // "a senior Ukrainian presidential official": a rank names no one,
        // and a nationality with only adjectives of office after it
        // ("Ukrainian presidential") is the state.
        let unranked = ["senior ", "top ", "high-ranking ", "junior "]
            .iter()
            .fold(affiliation.as_str(), |rest, rank| {
                rest.strip_prefix(rank).unwrap_or(rest)
            });
        let state = unranked.split_once(' ').and_then(|(demonym, rest)| {
            let office = rest
                .split(' ')
                .all(|word| word.len() > 4 && word.ends_with("al"));
            DEMONYMS
                .iter()
                .find(|(name, _)| *name == demonym)
                .filter(|_| office)
        });
        return match DEMONYMS
            .iter()
            .find(|(demonym, _)| *demonym == unranked)
            .or(state)
        {
            Some((_, country)) => (*country).to_string(),
            None => affiliation,
        };
    }
    let key = collective(normalize(person(speaker).unwrap_or(speaker)));
    // "a top official" is "top official"; "the quake's survivors" are
    // "survivors": an article or a common noun's possessive names no one.
    let key = ["a ", "an "]
        .iter()
        .find_map(|article| key.strip_prefix(article))
        .map_or(key.clone(), str::to_string);
    match key.split_once("'s ") {
        Some((owner, group))
            if !owner.contains(' ')
                && group.ends_with('s')
                && !group.contains(' ')
                && generic_owner(speaker, owner) =>
        {
            group.to_string()
        }
        _ => key,
    }
}

/// Whether the possessor `owner` (a key's word) is written in lower case in
/// `speaker`: a common noun ("the quake's"), not a name ("Ukraine's").
fn generic_owner(speaker: &str, owner: &str) -> bool {
    speaker.split_whitespace().any(|word| {
        let bare = word
            .trim_end_matches("'s")
            .trim_end_matches("’s")
            .to_string();
        bare.starts_with(char::is_lowercase) && normalize(&bare) == owner
    })
}

/// A collective noun's members speak: "a team of international legal
/// experts" and "an international team of legal experts" are both
/// "international legal experts" (the collective's own adjectives first);
/// "a group of analysts" is "analysts". Other keys are returned as they are.
fn collective(key: String) -> String {
    let words: Vec<&str> = key.split(' ').collect();
    let start = usize::from(
        words
            .first()
            .is_some_and(|first| ["a", "an", "one"].contains(first)),
    );
    let noun = words
        .iter()
        .enumerate()
        .skip(start)
        .take(4)
        .find(|(idx, word)| COLLECTIVES.contains(word) && words.get(idx + 1) == Some(&"of"));
    let Some((noun, _)) = noun else {
        return key;
    };
    let members = &words[noun + 2..];
    if members.is_empty() {
        return key;
    }
    let mut folded: Vec<&str> = words[start..noun].to_vec();
    folded.extend(members);
    folded.join(" ")
}

/// Nouns of a group that speaks through its members, for `collective`.
const COLLECTIVES: &[&str] = &["team", "group", "panel", "coalition", "body", "network"];

/// The institution a speaker speaks for, when the speaker is its voice rather
/// than a source of its own: a spokesperson ("Kremlin spokesman Dmitry
/// Peskov", "a Chinese foreign ministry spokeswoman") or unnamed officials ("a
/// Ukrainian interior ministry official", "US officials") speak for what
/// comes before their role word. A named official with an office of their own
/// ("Acting Governor Vladimir Saldo") stays a person.
pub fn represented(speaker: &str) -> Option<&str> {
    // ASCII lower-casing keeps byte offsets, so positions found in `lower`
    // cut `speaker` at the same places ("İzmir" lower-cases to more bytes).
    let lower = speaker.to_ascii_lowercase();
    if lower
        .split_whitespace()
        .any(|word| word == "and" || word.contains([',', '&']))
    {
        return None;
    }
    let role = REPRESENTING_ROLES.iter().find_map(|role| {
        let at = lower.find(role)?;
        let ends_word = lower[at + role.len()..]
            .chars()
            .next()
            .is_none_or(|ch| !ch.is_alphanumeric());
        let starts_word = lower[..at]
            .chars()
            .next_back()
            .is_none_or(|ch| !ch.is_alphanumeric());
        (starts_word && ends_word).then_some((at, role.len()))
    });
    let (at, len) = role?;
    let named = speaker
        .get(at + len..)
        .is_some_and(|rest| rest.trim_start().starts_with(char::is_uppercase));
    let is_official = lower[at..].starts_with("official");
    if is_official && named {
        return None;
    }
    let mut before = speaker.get(..at)?.trim();
    let mut had_determiner = false;
    // Determiners name nothing: "the", "these", "a", "some".
    while let Some((first, rest)) = before.split_once(' ') {
        let determiner = ["a", "an", "the", "these", "those", "this", "that", "some"]
            .iter()
            .any(|word| word.eq_ignore_ascii_case(first));
        if !determiner {
            break;
        }
        had_determiner = true;
        before = rest.trim_start();
    }
    if ["a", "an", "the", "these", "those", "this", "that", "some"]
        .iter()
        .any(|word| word.eq_ignore_ascii_case(before))
    {
        return None;
    }
    let before = before.trim_end_matches("'s").trim_end_matches("’s").trim();
    // "Military officials" (capitalised only as a sentence opens): no
    // institution is named. A capital after the first word, an acronym, or a
    // country names one.
    let mut words = before.split_whitespace();
    let first = words.next().unwrap_or("");
    let named = words.any(|word| word.starts_with(char::is_uppercase))
        || (first.len() > 1
            && first
                .chars()
                .all(|ch| ch.is_uppercase() || !ch.is_alphabetic()))
        || (had_determiner && first.starts_with(char::is_uppercase))
        || country_at(&normalize(first)).is_some();
    let generic = [
        "senior", "top", "two", "three", "several", "some", "other", "western",
    ];
    let bare = before.to_lowercase();
    (named && !generic.contains(&bare.as_str())).then_some(before)
}

/// Whether `word` is an adjective of nationality ("Russian", "Chinese"), in
/// any case: an entry of `DEMONYMS` other than its country's own name
/// ("Iran", "NATO") or an abbreviation ("U.S.", "EU").
pub fn is_demonym(word: &str) -> bool {
    word.chars().all(char::is_alphabetic)
        && DEMONYMS
            .iter()
            .any(|(demonym, country)| demonym != country && demonym.eq_ignore_ascii_case(word))
}

/// Adjectives that name a country's government when they are a whole
/// affiliation ("Chinese officials" speak for China).
const DEMONYMS: &[(&str, &str)] = &[
    ("american", "us"),
    ("u.s.", "us"),
    ("us", "us"),
    ("chinese", "china"),
    ("russian", "russia"),
    ("ukrainian", "ukraine"),
    ("british", "uk"),
    ("u.k.", "uk"),
    ("french", "france"),
    ("german", "germany"),
    ("dutch", "netherlands"),
    ("turkish", "turkey"),
    ("syrian", "syria"),
    ("iranian", "iran"),
    ("israeli", "israel"),
    ("indian", "india"),
    ("japanese", "japan"),
    ("australian", "australia"),
    ("malaysian", "malaysia"),
    ("polish", "poland"),
    ("italian", "italy"),
    ("spanish", "spain"),
    ("canadian", "canada"),
    ("european", "eu"),
    ("eu", "eu"),
    ("nato", "nato"),
    ("pakistani", "pakistan"),
    ("north korean", "north korea"),
    ("south korean", "south korea"),
    ("taiwanese", "taiwan"),
    ("belarusian", "belarus"),
    ("egyptian", "egypt"),
    ("saudi", "saudi arabia"),
    ("azerbaijani", "azerbaijan"),
    ("armenian", "armenia"),
    ("lebanese", "lebanon"),
    ("yemeni", "yemen"),
    ("sudanese", "sudan"),
    ("malian", "mali"),
    ("slovak", "slovakia"),
    ("iraqi", "iraq"),
    ("qatari", "qatar"),
    ("hungarian", "hungary"),
    ("azerbaijan", "azerbaijan"),
    ("armenia", "armenia"),
    ("lebanon", "lebanon"),
    ("yemen", "yemen"),
    ("sudan", "sudan"),
    ("mali", "mali"),
    ("slovakia", "slovakia"),
    ("iraq", "iraq"),
    ("qatar", "qatar"),
    ("hungary", "hungary"),
    ("china", "china"),
    ("russia", "russia"),
    ("ukraine", "ukraine"),
    ("turkey", "turkey"),
    ("syria", "syria"),
    ("iran", "iran"),
    ("israel", "israel"),
    ("india", "india"),
    ("japan", "japan"),
    ("germany", "germany"),
    ("france", "france"),
    ("britain", "uk"),
    ("uk", "uk"),
    ("united states", "us"),
    ("malaysia", "malaysia"),
    ("australia", "australia"),
    ("netherlands", "netherlands"),
];

/// Capitals and seats of government, which stand for their state in news
/// copy: counted as the state (`independent`), shown as written.
const SEATS: &[(&str, &str)] = &[
    ("beijing", "china"),
    ("moscow", "russia"),
    ("kremlin", "russia"),
    ("kyiv", "ukraine"),
    ("kiev", "ukraine"),
    ("washington", "us"),
    ("white house", "us"),
    ("ankara", "turkey"),
    ("damascus", "syria"),
    ("tehran", "iran"),
    ("london", "uk"),
    ("downing street", "uk"),
    ("paris", "france"),
    ("berlin", "germany"),
    ("tokyo", "japan"),
    ("kuala lumpur", "malaysia"),
    ("canberra", "australia"),
];

/// The source an origin counts as when sources are counted: the country for
/// a country or one of its state organs ("china's foreign ministry",
/// "russian military", "russian ministry of defense" → one source each per
/// state, since a government and its ministries do not corroborate each
/// other), else the origin itself. Instances keep their own origin; only the
/// count of independent sources uses this.
pub fn independent(origin: &str) -> &str {
    let Some((country, rest)) = country_at(origin) else {
        return origin;
    };
    let organ = rest.is_empty()
        || STATE_ORGANS.iter().any(|organ| {
            rest == *organ
                || rest
                    .strip_suffix(organ)
                    .is_some_and(|before| before.ends_with(' '))
                || rest
                    .strip_prefix(organ)
                    .is_some_and(|after| after.starts_with(" of "))
        })
        || STATE_VOICES.iter().any(|voice| {
            rest == *voice
                || rest
                    .strip_prefix(voice)
                    .is_some_and(|after| after.starts_with(' '))
        });
    if organ {
        country
    } else {
        origin
    }
}

/// Suffixes that make the word before them the owner of what they describe:
/// "Hamas-run", "Russian-controlled", "Moscow-installed", "rebel-held".
/// `run_by` reads who runs a speaking body with them; the matcher reads who
/// rules a place unnamed officials are in ("officials in Hamas-ruled Gaza").
/// Not "-led": a "Dutch-led international team" has members of other states.
pub(crate) const OWNED: &[&str] = &[
    "-run",
    "-controlled",
    "-installed",
    "-appointed",
    "-ruled",
    "-held",
];

/// The party that runs, controls, installs, appoints or rules the body an
/// origin names, as `independent` gives it: "hamas" for "hamas-run health
/// authority", "russia" for "russian-installed officials" and "kremlin-run
/// media"; `None` when the owning word does not modify the origin's head:
/// after the head ("a resident in Hamas-run Gaza", "doctors across Hamas-run
/// Gaza", "people who fled Hamas-run Gaza" live in a place Hamas runs, and
/// speak for no one but themselves), or before a possessive or a place the
/// compound describes ("Russian-controlled Crimea's Tatar leaders",
/// "Russian-controlled Donetsk region's governor"). "-appointed" makes a body
/// its appointer's only when it is an office of the state (`ORGAN_HEADS`:
/// "Russian-appointed officials"); a commission, a panel or a judge is
/// appointed to judge on its own. Whether the owner is a party to the story
/// is the caller's to decide ("state-run media" names none).
pub fn run_by(origin: &str) -> Option<&str> {
    const CLAUSE: &[&str] = &["who", "whom", "whose", "which", "that"];
    let opens_phrase =
        |word: &str| crate::kinds::figure::PREPOSITIONS.contains(&word) || CLAUSE.contains(&word);
    let words: Vec<&str> = origin.split(' ').collect();
    let at = words
        .iter()
        .position(|word| opens_phrase(word) || OWNED.iter().any(|suffix| word.ends_with(suffix)))?;
    let (owner, suffix) = OWNED
        .iter()
        .find_map(|suffix| Some((words[at].strip_suffix(suffix)?, *suffix)))?;
    // The words the compound modifies, up to the head.
    let rest: Vec<&str> = words[at + 1..]
        .iter()
        .take_while(|word| !opens_phrase(word))
        .copied()
        .collect();
    let head = rest.last()?;
    let possessive = rest
        .iter()
        .any(|word| word.ends_with("'s") || word.ends_with("\u{2019}s"));
    // "Russian-controlled Ukraine …", "… Donetsk region officials": the
    // compound describes a place, not the body.
    let place = rest.first().is_some_and(|word| country_at(word).is_some())
        || rest
            .iter()
            .skip(1)
            .any(|word| attribution::PLACE_NOUNS.contains(word));
    let office = suffix != "-appointed" || ORGAN_HEADS.contains(head);
    (!owner.is_empty() && !possessive && !place && office).then(|| independent(owner))
}

/// The conjuncts of a coordination, split on commas and "and": "poland,
/// germany and nato" gives "poland", "germany" and "nato"; one part when
/// there is none. Whether the parts are speakers of their own is the
/// caller's to decide (by the registry, or the sources it counts).
pub fn conjuncts(text: &str) -> Vec<&str> {
    text.split(',')
        .flat_map(|part| part.split(" and "))
        .map(str::trim)
        .filter(|part| !part.is_empty())
        .collect()
}

/// The source an instance counts as: `independent` of its origin, or the
/// state whose organ or office its speaker holds by apposition or title
/// ("Lt. Gen. Nikolai Parshin, chief of the Missile and Artillery
/// Directorate at the Russian Defense Ministry", "Ukrainian Health Minister
/// Viktor Liashko" count as Russia and Ukraine), so a state's officials do
/// not corroborate the state.
pub fn source_of(instance: &Instance) -> &str {
    // A registry entry with an affiliation counts as that entry ("sbu" as
    // "ukraine"), unless a copy gave the instance another origin.
    let by_entry = instance.attribution.as_ref().and_then(|attribution| {
        let entry = attribution.entry.as_deref()?;
        (entry == instance.origin)
            .then_some(attribution.entry_affiliation.as_deref())
            .flatten()
    });
    if let Some(affiliation) = by_entry {
        return independent(affiliation);
    }
    let by_affiliation = instance.attribution.as_ref().and_then(|attribution| {
        let speaks_for_itself =
            origin_speaker(attribution).map(speaker_key).as_deref() == Some(&instance.origin);
        let affiliation = attribution.affiliation.as_deref()?;
        // A former officer speaks for himself, not for the state he served.
        let former = ["former", "ex-", "retired", "defected"]
            .iter()
            .any(|word| affiliation.to_lowercase().contains(word));
        (speaks_for_itself && !former)
            .then_some(affiliation)
            .and_then(state_in)
    });
    by_affiliation.unwrap_or_else(|| independent(&instance.origin))
}

/// Whether an instance names who says it: a registry entry, a person, or a
/// body or group with a name ("the FSB", "Ukrainian officials"). Not the
/// article's own voice, a generic head that stands for no one named ("the
/// report"), nor a speaker whose words name no one ("officials", "local
/// authorities", "a top official"; a capital that only opens the sentence,
/// "Officials said", names no one either). Such an instance tells where the
/// outlet had its words from no more than its own voice does.
pub fn names_its_source(instance: &Instance) -> bool {
    let Some(attribution) = instance.attribution.as_deref() else {
        return false;
    };
    if attribution.entry.is_some() {
        return true;
    }
    origin_speaker(attribution).is_some_and(|speaker| {
        speaker.split_whitespace().enumerate().any(|(idx, word)| {
            word.starts_with(char::is_uppercase) && (idx > 0 || !attribution::common_opener(word))
        })
    })
}

/// Whether `speaker` names no one by name: an unnamed person or group
/// described by a head noun ("US officials", "a source", "a French military
/// source", "the official"), not a named person or body.
pub fn unnamed_speaker(speaker: &str) -> bool {
    let head = speaker
        .split_whitespace()
        .next_back()
        .map(str::to_lowercase)
        .unwrap_or_default();
    const HEADS: &[&str] = &[
        "source",
        "sources",
        "official",
        "officials",
        "diplomat",
        "diplomats",
        "insider",
        "insiders",
    ];
    person(speaker).is_none_or(|name| name != speaker)
        && (HEADS.contains(&head.as_str()) || attribution::unnamed_person(speaker))
}

/// The state named by "<country or demonym> … <organ>" anywhere in `text`
/// ("at the Russian Defense Ministry" → russia).
pub(crate) fn state_in(text: &str) -> Option<&'static str> {
    let folded = normalize(text);
    let starts = std::iter::once(0).chain(folded.match_indices(' ').map(|(at, _)| at + 1));
    starts.into_iter().find_map(|start| {
        let (country, after) = country_at(folded.get(start..)?)?;
        let organ = after
            .split(' ')
            .take(3)
            .any(|word| ORGAN_HEADS.contains(&word));
        organ.then_some(country)
    })
}

/// `name` with the country it opens with (by name, demonym, possessive or
/// seat) written as that country: "Russia's Defence Ministry" and "Russian
/// Defence Ministry" are both "russia defence ministry"; `None` when it
/// opens with no country or is one alone.
pub fn country_fold(name: &str) -> Option<String> {
    let key = normalize(name);
    let (country, rest) = country_at(&key)?;
    (!rest.is_empty()).then(|| format!("{country} {rest}"))
}

/// Whether `key` (an origin key) is a country, a demonym or a seat of
/// government alone: a place, never a person's surname.
pub fn is_country(key: &str) -> bool {
    country_at(key).is_some_and(|(_, rest)| rest.is_empty())
}

/// The country (by name, demonym or seat of government) that `text` starts
/// with, and the rest after it (a possessive "'s" dropped), when it ends a word.
pub(crate) fn country_at(text: &str) -> Option<(&'static str, &str)> {
    // Only the names that start with the text's first byte are read, in
    // their order (`DEMONYMS`, then `SEATS`).
    type Names = [Vec<(&'static str, &'static str)>; 256];
    static BY_FIRST: std::sync::LazyLock<Names> = std::sync::LazyLock::new(|| {
        let mut by_first: Names = std::array::from_fn(|_| Vec::new());
        for &(name, country) in DEMONYMS.iter().chain(SEATS) {
            if let Some(first) = name.bytes().next() {
                by_first[usize::from(first)].push((name, country));
            }
        }
        by_first
    });
    let first = text.bytes().next()?;
    BY_FIRST[usize::from(first)]
        .iter()
        .find_map(|(name, country)| {
            let rest = text.strip_prefix(name)?;
            let rest = rest.strip_prefix("'s").unwrap_or(rest);
            (rest.is_empty() || rest.starts_with(' ')).then_some((*country, rest.trim()))
        })
}

/// Head words of a state organ, for `state_in`.
const ORGAN_HEADS: &[&str] = &[
    "ministry",
    "administration",
    "military",
    "army",
    "government",
    "embassy",
    "forces",
    "navy",
    "authorities",
    "officials",
    "directorate",
    "intelligence",
    "kremlin",
    "president",
    "presidency",
    "prime",
    "premier",
    "minister",
    "leader",
];

/// Words that name a state organ after a country: "foreign ministry",
/// "ministry of defense", "armed forces".
const STATE_ORGANS: &[&str] = &[
    "ministry",
    "military",
    "army",
    "armed forces",
    "government",
    "embassy",
    "officials",
    "authorities",
    "navy",
    "air force",
    "defence ministry",
    "defense ministry",
];

/// Words after a country that name who speaks for the state, opening the
/// rest of an origin: its leaders by title ("russian president vladimir
/// putin", "ukrainian president") and the voices that carry its line
/// ("russian state media", "russian propagandists"). Counted as the state,
/// as its organs are.
const STATE_VOICES: &[&str] = &[
    "president",
    "presidency",
    "prime minister",
    "premier",
    "leader",
    "foreign minister",
    "defence minister",
    "defense minister",
    "state media",
    "state television",
    "state tv",
    "propagandists",
];

/// Roles whose words are their institution's.
const REPRESENTING_ROLES: &[&str] = &[
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "press secretary",
    "press service",
    "officials",
    "official",
];

/// The person a speaker names, if it names one: the run of capitalised
/// words that ends it, after any title or descriptor ("Kremlin spokesman
/// Dmitry Peskov" → "Dmitry Peskov", "Russian President Vladimir Putin" →
/// "Vladimir Putin", "Putin" → "Putin"). `None` for groups ("Moscow and
/// Beijing"), institutions ("China's Foreign Ministry", "Associated Press")
/// and lower-case heads ("US officials").
pub fn person(speaker: &str) -> Option<&str> {
    let words: Vec<(usize, &str)> = speaker
        .split_whitespace()
        .map(|word| (word.as_ptr() as usize - speaker.as_ptr() as usize, word))
        .collect();
    let is_group = words
        .iter()
        .any(|(_, word)| word.eq_ignore_ascii_case("and") || word.contains([',', '&']));
    if is_group {
        return None;
    }
    let mut first = words.len();
    for (idx, (_, word)) in words.iter().enumerate().rev() {
        let bare = word
            .trim_matches(|ch: char| !ch.is_alphanumeric())
            .to_lowercase();
        let capital = word.chars().next().is_some_and(char::is_uppercase);
        let stop = !capital
            || TITLE_WORDS.contains(&bare.as_str())
            || word.ends_with("'s")
            || word.ends_with("’s");
        if INSTITUTION_WORDS.contains(&bare.as_str()) {
            // "Associated Press", "the Foreign Ministry": not a person.
            return None;
        }
        if stop {
            // "the Ministry of Defense of the Russian Federation": a
            // determiner opens the name of a place or body, not a person's.
            if ["the", "a", "an"].contains(&bare.as_str()) {
                return None;
            }
            // "Ukraine's Ministry of Internal Affairs": the capitalised
            // words after an institution's "of" name what it is of.
            let of_institution = ["of", "for"].contains(&bare.as_str())
                && idx
                    .checked_sub(1)
                    .and_then(|prev| words.get(prev))
                    .is_some_and(|(_, prev)| {
                        let prev = prev
                            .trim_matches(|ch: char| !ch.is_alphanumeric())
                            .to_lowercase();
                        INSTITUTION_WORDS.contains(&prev.as_str())
                    });
            if of_institution {
                return None;
            }
            break;
        }
        first = idx;
    }
    let (start, _) = *words.get(first)?;
    let (last_start, last) = *words.last()?;
    speaker.get(start..last_start + last.len())
}

/// A speaker read as a noun phrase whose head is a person named after a
/// title chain: the title (with the institution or place it is of) and the
/// person. "Turkish President Recep Tayyip Erdogan" → ("Turkish President",
/// "Recep Tayyip Erdogan"); "spokesman for Ukraine's Security Service Artem
/// Dekhtyarenko" → ("spokesman for Ukraine's Security Service", "Artem
/// Dekhtyarenko"); "Mayor of Kramatorsk Oleksandr Honcharenko" → ("Mayor of
/// Kramatorsk", "Oleksandr Honcharenko"). `None` when no title word comes
/// before the name ("Palestinian militant group Islamic Jihad"), for groups,
/// institutions and bare names.
pub fn titled(speaker: &str) -> Option<(&str, &str)> {
    let words: Vec<(usize, &str)> = speaker
        .split_whitespace()
        .map(|word| (word.as_ptr() as usize - speaker.as_ptr() as usize, word))
        .collect();
    let bare = |word: &str| {
        word.trim_matches(|ch: char| !ch.is_alphanumeric())
            .to_lowercase()
    };
    // "Flood Relief and Rescue Services DG P Suresh Menon": a conjunction
    // inside the body a title is of joins no speakers: at least two words
    // of that body (no determiner, no demonym: "Russia and Turkish
    // President …" are two) stand between it and the first title word. One
    // after the first title word does ("Secretary Antony Blinken and …").
    let first_title = words
        .iter()
        .position(|(_, word)| {
            bare(word)
                .split('-')
                .any(|part| TITLE_WORDS.contains(&part))
        })
        .unwrap_or(0);
    let inside_body = |at: usize| {
        let body = words.get(at + 1..first_title).unwrap_or(&[]);
        body.len() >= 2
            && body.iter().all(|(_, word)| {
                !["the", "a", "an", "its", "their"].contains(&bare(word).as_str())
                    && !is_demonym(word)
                    && country_at(&normalize(word)).is_none()
            })
    };
    // "Minister of State for Interior and Narcotics Control Talal
    // Chaudhry": an "and" inside the "of" or "for" phrase of a title joins
    // the names of what the title is of, not two speakers: a title word,
    // then "of" or "for" and one or two capitalised words before the
    // "and", and after it capitalised words only, none a title's, at least
    // two for the body and two for the name ("Minister of Health Ana Lopez
    // and Interior Minister …", "… and Juan Perez" are two).
    let capitalised = |word: &str| word.starts_with(char::is_uppercase);
    let inside_title_of = |at: usize| {
        let Some(link) = words
            .get(..at)
            .unwrap_or(&[])
            .iter()
            .rposition(|(_, word)| ["of", "for"].contains(word))
        else {
            return false;
        };
        let titled_link = words.get(..link).unwrap_or(&[]).iter().any(|(_, word)| {
            bare(word)
                .split('-')
                .any(|part| TITLE_WORDS.contains(&part))
        });
        let body = words.get(link + 1..at).unwrap_or(&[]);
        let after = words.get(at + 1..).unwrap_or(&[]);
        titled_link
            && (1..=2).contains(&body.len())
            && body.iter().all(|(_, word)| capitalised(word))
            && after.len() >= 4
            && after.iter().all(|(_, word)| {
                capitalised(word)
                    && !bare(word)
                        .split('-')
                        .any(|part| TITLE_WORDS.contains(&part))
            })
    };
    let is_group = words.iter().enumerate().any(|(at, (_, word))| {
        (word.eq_ignore_ascii_case("and") && !inside_body(at) && !inside_title_of(at))
            || word.contains([',', '&'])
    });
    if is_group {
        return None;
    }
    // A word of a person's name: capitalised and written in lower case
    // after its capital ("Kyrylenko", "Al-Qidra"), or an initial ("M.");
    // never an acronym ("SBU"), a title, a possessive or an institution.
    let name_word = |word: &str| {
        let mut chars = word.chars();
        let capital = chars.next().is_some_and(char::is_uppercase);
        let lower_after = word.chars().skip(1).any(char::is_lowercase);
        let initial = word.len() == 2 && word.ends_with('.');
        let key = bare(word);
        capital
            && (lower_after || initial)
            && !key.split('-').any(|part| TITLE_WORDS.contains(&part))
            && !INSTITUTION_WORDS.contains(&key.as_str())
            && !word.ends_with("'s")
            && !word.ends_with("’s")
    };
    let mut first = words.len();
    while first > 0
        && words
            .get(first - 1)
            .is_some_and(|(_, word)| name_word(word))
    {
        first -= 1;
    }
    // "Health Secretary T Arul Das", "Chief Minister RK Menon": initials
    // written without dots open the name when a title's head comes right
    // before them (an acronym is never set between a title and a name);
    // "Deputy CM Shivakumar" is a title's abbreviation after its modifier.
    let initials = |word: &str| {
        (1..=3).contains(&word.len())
            && word.chars().all(|ch| ch.is_ascii_uppercase())
            && !TITLE_WORDS.contains(&bare(word).as_str())
    };
    let mut opening = first;
    while first < words.len()
        && opening > 0
        && words
            .get(opening - 1)
            .is_some_and(|(_, word)| initials(word))
    {
        opening -= 1;
    }
    let titled_before = |at: usize| {
        at.checked_sub(1)
            .and_then(|prev| words.get(prev))
            .is_some_and(|(_, word)| {
                let word = bare(word);
                !TITLE_MODIFIERS.contains(&word.as_str())
                    && word.split('-').any(|part| TITLE_WORDS.contains(&part))
            })
    };
    if opening < first && titled_before(opening) {
        first = opening;
    }
    if first == words.len() || first == 0 {
        return None;
    }
    // "the Ministry of Defense of the Russian Federation": a determiner
    // opens a name of a place or body, never a person's.
    let determiner = words
        .get(first - 1)
        .is_some_and(|(_, word)| ["the", "a", "an"].contains(&bare(word).as_str()));
    // "the Senate Committee on Foreign Relations": capitalised words after
    // a preposition other than a title's "of", "for" or "to" are a name's,
    // not a person's.
    let preposition = words[..first]
        .iter()
        .rev()
        .find(|(_, word)| word.starts_with(char::is_lowercase))
        .is_some_and(|(_, word)| {
            ["on", "in", "at", "by", "with", "from", "against"].contains(word)
        });
    if determiner || preposition {
        return None;
    }
    // "Mayor of Kramatorsk Oleksandr Honcharenko", "spokesman for Hamas
    // Hazem Qassem": after "of"/"for"/"to", the run opens with what the
    // title is of; the person is its last two words (a country opening it
    // is the place: "President of Turkey Recep Tayyip Erdogan").
    let link = words.get(first - 1).is_some_and(|(_, word)| {
        ["of", "for", "to"].contains(word) || (*word == "and" && inside_title_of(first - 1))
    });
    if link {
        let run = words.len() - first;
        let country = words
            .get(first)
            .is_some_and(|(_, word)| country_at(&normalize(word)).is_some());
        if country && run >= 2 {
            first += 1;
        } else if run >= 3 {
            first = words.len() - 2;
        } else {
            return None;
        }
    }
    let (start, _) = *words.get(first)?;
    let (last_start, last) = *words.last()?;
    let person = speaker.get(start..last_start + last.len())?;
    let title = speaker.get(..start)?.trim_end();
    // "UN Secretary-General Antonio Guterres": a hyphenated title too.
    let has_title = words[..first].iter().any(|(_, word)| {
        bare(word)
            .split('-')
            .any(|part| TITLE_WORDS.contains(&part))
    });
    // "noted journalist Hamid Mir", "City of Johannesburg manager Floyd
    // Brink": a lower-case noun set right before a full name is a false
    // title, a description the name's holder bears; the person speaks.
    let false_title = words.len() - first >= 2
        && words
            .get(first - 1)
            .is_some_and(|(_, word)| role_noun(word));
    (has_title || false_title).then_some((title, person))
}

/// Whether `word` can be the head of a false title: a lower-case noun of a
/// person's role, by its ending ("journalist", "historian", "manager",
/// "editor", "consultant") or one of a few kin and role words ("aide",
/// "friend"); never a body's description ("militant group", "broadcaster",
/// "carrier"), whose name is no person's.
fn role_noun(word: &str) -> bool {
    #[rustfmt::skip]
    const ROLES: &[&str] = &[
        "aide", "friend", "colleague", "wife", "husband", "son", "daughter", "nurse", "student",
        "resident", "cousin", "uncle", "aunt", "nephew", "niece", "veteran", "survivor",
    ];
    #[rustfmt::skip]
    const BODIES: &[&str] = &[
        "broadcaster", "carrier", "operator", "monitor", "newspaper", "regulator", "insurer",
        "lender", "maker", "manufacturer", "developer", "publisher", "provider", "retailer",
        "distributor", "contractor", "supplier", "producer", "exporter", "importer", "center",
        "centre", "computer", "tracker", "server", "charter", "shelter", "border", "water", "tower",
        "order", "paper", "letter", "flyer", "poster", "trailer", "reactor", "sector", "factor",
        "motor", "corridor", "river", "chamber", "register",
    ];
    word.chars().all(|ch| ch.is_ascii_lowercase())
        && (ROLES.contains(&word)
            || (word.len() >= 5
                && ["ist", "ian", "er", "or", "ant"]
                    .iter()
                    .any(|end| word.ends_with(end))
                && !BODIES.contains(&word)))
}

/// The institution a title says its holder speaks for, when the holder is
/// its voice: "Kremlin spokesman" → "Kremlin", "spokesman for Ukraine's
/// Security Service" → "Ukraine's Security Service"; `None` for other
/// titles ("Turkish President", "head of the Donetsk administration").
pub fn spoken_for(title: &str) -> Option<&str> {
    if let Some(org) = represented(title) {
        return Some(org);
    }
    let lower = title.to_ascii_lowercase();
    let role_end = [
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "press secretary",
    ]
    .iter()
    .find_map(|role| {
        let at = lower.find(role)?;
        Some(at + role.len())
    })?;
    let rest = title.get(role_end..)?;
    let org = ["for ", "of ", "at "]
        .iter()
        .find_map(|link| rest.trim_start().strip_prefix(link))?
        .trim();
    let org = ["the ", "The "]
        .iter()
        .find_map(|the| org.strip_prefix(the))
        .unwrap_or(org);
    org.starts_with(char::is_uppercase).then_some(org)
}

/// Maps each person origin of `names` that is a shorter form of exactly one
/// longer name with the same surname ("erdogan", "tayyip erdogan") to that
/// name ("recep tayyip erdogan"), so one person is one origin across the
/// corpus. Surnames shared by two different full names are left alone.
pub fn canonical_names<'a>(names: impl IntoIterator<Item = &'a str>) -> BTreeMap<String, String> {
    let mut by_surname: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for name in names {
        if let Some(surname) = name.split(' ').next_back() {
            by_surname.entry(surname).or_default().insert(name);
        }
    }
    let mut canonical = BTreeMap::new();
    for group in by_surname.values() {
        let Some(longest) = group
            .iter()
            .max_by(|a, b| a.len().cmp(&b.len()).then_with(|| b.cmp(a)))
        else {
            continue;
        };
        let compatible = group
            .iter()
            .all(|name| name == longest || longest.ends_with(&format!(" {name}")));
        if compatible {
            for name in group.iter().filter(|name| *name != longest) {
                canonical.insert((*name).to_string(), (*longest).to_string());
            }
        }
    }
    canonical
}

/// Whether `word` (lower case) is a title or descriptor that comes before a
/// person's name ("minister", "mayor").
pub(crate) fn is_title_word(word: &str) -> bool {
    TITLE_WORDS.contains(&word)
}

/// Titles and descriptors that come before a person's name.
const TITLE_WORDS: &[&str] = &[
    "president",
    "minister",
    "premier",
    "governor",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "secretary",
    "chancellor",
    "leader",
    "chief",
    "general",
    "mayor",
    "senator",
    "ambassador",
    "envoy",
    "director",
    "prosecutor",
    "judge",
    "commander",
    "adviser",
    "advisor",
    "head",
    "chairman",
    "chairwoman",
    "chair",
    "officer",
    "professor",
    "dr",
    "mr",
    "mrs",
    "ms",
    "sen",
    "rep",
    "gov",
    "gen",
    "col",
    "lt",
    "king",
    "queen",
    "prince",
    "pope",
    "vice",
    "deputy",
    "acting",
    "prime",
    "foreign",
    "interior",
    "defence",
    "defense",
    "official",
    "analyst",
    "expert",
    "founder",
    "ceo",
    "representative",
    "lawmaker",
    "mp",
    "colonel",
    "major",
    "captain",
    "lieutenant",
    "sergeant",
    "admiral",
    "marshal",
    "commissioner",
    "coordinator",
    "rapporteur",
    "sheriff",
    "attorney",
    "superintendent",
    "inspector",
    "dean",
    "adm",
    "rear",
    "brig",
    "maj",
    "capt",
    "sgt",
    "cmdr",
    "pm",
    "cm",
    "collector",
    "magistrate",
    "constable",
    "assistant",
    "detective",
    "brigadier",
    "commodore",
    // Director general, director general of police, inspector general.
    "dg",
    "dgp",
    "igp",
];

/// Title words that modify the title after them ("Deputy CM", "Vice
/// President"), never its head.
#[rustfmt::skip]
const TITLE_MODIFIERS: &[&str] = &[
    "vice", "deputy", "acting", "prime", "foreign", "interior", "defence", "defense", "rear",
    "assistant", "detective",
];

/// Words that make a capitalised speaker an institution, not a person.
const INSTITUTION_WORDS: &[&str] = &[
    "ministry",
    "staff",
    "department",
    "office",
    "agency",
    "institute",
    "university",
    "service",
    "council",
    "committee",
    "program",
    "programme",
    "center",
    "centre",
    "group",
    "army",
    "force",
    "forces",
    "intelligence",
    "company",
    "firm",
    "corporation",
    "bank",
    "government",
    "administration",
    "kremlin",
    "pentagon",
    "commission",
    "news",
    "times",
    "post",
    "journal",
    "press",
    "team",
    "board",
    "tribunal",
    "court",
    "party",
    "parties",
    "union",
    "organization",
    "organisation",
    "alliance",
    "survey",
    "ministries",
    "police",
    "reuters",
    // Nouns of a body's own name ("the Vancouver General Hospital", "the
    // General Directorate of Interior Affairs", "the Chief Adviser's Press
    // Wing"): never a person's.
    "hospital",
    "affairs",
    "wing",
    "directorate",
    "bureau",
    "authority",
    "secretariat",
    "embassy",
    "municipality",
    "foundation",
    "association",
    "federation",
    "headquarters",
    "command",
];

/// Lower case, diacritics folded ("Erdoğan" → "erdogan"), curly apostrophes
/// straightened, a leading "the" and surrounding punctuation dropped, inner
/// whitespace collapsed (see `text::name_key`).
pub fn normalize(name: &str) -> String {
    crate::text::name_key(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_collective_is_its_members() {
        for (speaker, key) in [
            (
                "A team of international legal experts",
                "international legal experts",
            ),
            (
                "an international team of legal experts",
                "international legal experts",
            ),
            ("a group of analysts", "analysts"),
            ("the Joint Investigation Team", "joint investigation team"),
            ("the team", "team"),
        ] {
            assert_eq!(speaker_key(speaker), key, "{speaker}");
        }
    }

    #[test]
    fn a_named_person_is_one_origin_however_titled() {
        assert_eq!(
            speaker_key("Russian President Vladimir Putin"),
            "vladimir putin"
        );
        assert_eq!(speaker_key("Putin"), "putin");
        assert_eq!(speaker_key("M. Taylor Fravel"), "m. taylor fravel");
        assert_eq!(speaker_key("Kremlin spokesman Dmitry Peskov"), "kremlin");
        assert_eq!(
            speaker_key("Acting Governor Vladimir Saldo"),
            "vladimir saldo"
        );
        assert_eq!(
            speaker_key("a Ukrainian interior ministry official"),
            "ukrainian interior ministry"
        );
        assert_eq!(
            speaker_key("a Chinese foreign ministry spokeswoman"),
            "chinese foreign ministry"
        );
        // A rank names no one; a nationality with adjectives of office is the state.
        assert_eq!(
            speaker_key("A senior Ukrainian presidential official"),
            "ukraine"
        );
        assert_eq!(speaker_key("a top Israeli official"), "israel");
        assert_eq!(speaker_key("senior officials"), "senior officials");
        assert_eq!(speaker_key("officials"), "officials");
        assert_eq!(speaker_key("The officials"), "officials");
        assert_eq!(speaker_key("Military officials"), "military officials");
        assert_eq!(
            speaker_key("the İzmir governor’s spokesman"),
            "izmir governor"
        );
        assert_eq!(
            speaker_key("European security officials and Reuters"),
            "european security officials and reuters"
        );
        assert_eq!(
            speaker_key("Turkey’s vice president Fuat Oktay"),
            "fuat oktay"
        );
        assert_eq!(
            speaker_key("Malaysia Airlines senior vice president Huib Gorter"),
            "huib gorter"
        );
        assert_eq!(speaker_key("Recep Tayyip Erdoğan"), "recep tayyip erdogan");
        assert_eq!(
            speaker_key("the Joint Investigation Team"),
            "joint investigation team"
        );
        assert_eq!(speaker_key("US officials"), "us");
        assert_eq!(speaker_key("Chinese officials"), "china");
        assert_eq!(speaker_key("Moscow and Beijing"), "moscow and beijing");
        assert_eq!(
            speaker_key("China’s foreign ministry"),
            "china's foreign ministry"
        );
        assert_eq!(
            speaker_key("China’s Foreign Ministry"),
            "china's foreign ministry"
        );
        assert_eq!(speaker_key("Associated Press"), "associated press");
        assert_eq!(speaker_key("a top official"), "top official");
        assert_eq!(speaker_key("the quake's survivors"), "survivors");
        assert_eq!(
            speaker_key("Ukraine's Security Service"),
            "ukraine's security service"
        );
    }

    #[test]
    fn a_reported_speaker_is_the_origin_unless_it_names_no_one() {
        let reported = |speaker: &str| Attribution {
            speaker: speaker.to_string(),
            cue: "said".to_string(),
            reported_by: Some("Interfax".to_string()),
            ..Attribution::default()
        };
        let rows = [
            (
                "the Russian-installed Enerhodar authorities",
                "the Russian-installed Enerhodar authorities",
            ),
            ("Russian-appointed officials", "Russian-appointed officials"),
            ("the Mariupol city council", "the Mariupol city council"),
            ("an alleged Russian soldier", "Interfax"),
            ("one of the men", "Interfax"),
            ("documents", "Interfax"),
            // Private people name no one, whatever their capitals.
            ("Ukrainian residents", "Interfax"),
            ("Enerhodar residents", "Interfax"),
            ("Russian soldiers", "Interfax"),
        ];
        for (speaker, expected) in rows {
            assert_eq!(
                origin_speaker(&reported(speaker)),
                Some(expected),
                "{speaker}"
            );
        }
    }

    #[test]
    fn an_outlet_is_named_without_its_web_address() {
        for (name, expected) in [
            ("Dhaka Tribune (dhakatribune.com)", "Dhaka Tribune"),
            (
                "Prothom Alo English (en.prothomalo.com) ",
                "Prothom Alo English",
            ),
            (
                "FOX 2 St. Louis (Nexstar Media)",
                "FOX 2 St. Louis (Nexstar Media)",
            ),
            ("(dhakatribune.com)", "(dhakatribune.com)"),
            ("Reuters", "Reuters"),
            ("Ukrinform (", "Ukrinform ("),
        ] {
            assert_eq!(without_host(name), expected, "{name}");
        }
    }

    /// Checks `origin_speaker` of each `(speaker, expected)` row, said with
    /// `cue`.
    fn origins_of(cue: &str, rows: &[(&str, Option<&str>)]) {
        for (speaker, expected) in rows {
            let said = Attribution {
                speaker: speaker.to_string(),
                cue: cue.to_string(),
                ..Attribution::default()
            };
            assert_eq!(origin_speaker(&said), *expected, "{speaker}");
        }
    }

    #[test]
    fn a_documents_authors_are_its_origin() {
        origins_of(
            "accused",
            &[
                (
                    "A joint statement by 12 Ruritanian civil society and human rights groups",
                    Some("12 Ruritanian civil society and human rights groups"),
                ),
                ("Amnesty", Some("Amnesty")),
            ],
        );
        let said = Attribution {
            speaker: "The groups".to_string(),
            cue: "said".to_string(),
            refers_to: Some("A joint statement by 12 rights groups".to_string()),
            ..Attribution::default()
        };
        assert_eq!(origin_speaker(&said), Some("12 rights groups"));
    }

    #[test]
    fn the_press_in_general_is_no_origin() {
        let rows = [
            ("local media", None),
            ("media reports", None),
            ("Local media", None),
            ("reports", None),
            ("local news outlets", None),
            // A named outlet, or the press of a named country, is one.
            ("Polish media", Some("Polish media")),
            ("the Dhaka Tribune", Some("the Dhaka Tribune")),
            ("local officials", Some("local officials")),
        ];
        origins_of("reported", &rows);
    }

    #[test]
    fn a_document_named_by_its_maker_is_the_maker_s() {
        let rows = [
            (
                "An Associated Press investigation",
                Some("Associated Press"),
            ),
            ("AP Investigation", Some("AP")),
            ("AP evidence", Some("AP")),
            ("the Kremlin statement", Some("Kremlin")),
            ("a recent investigation", Some("a recent investigation")),
            ("Russia's investigation", Some("Russia")),
            ("Energoatom’s statement", Some("Energoatom")),
            ("the ministry's report", Some("the ministry's report")),
            ("Associated Press", Some("Associated Press")),
        ];
        origins_of("found", &rows);
    }

    #[test]
    fn a_title_chain_names_a_person_and_a_spokesperson_their_institution() {
        let rows = [
            (
                "Turkish President Recep Tayyip  Erdogan",
                Some(("Turkish President", "Recep Tayyip  Erdogan")),
            ),
            (
                "spokesman for Ukraine's Security Service Artem Dekhtyarenko",
                Some((
                    "spokesman for Ukraine's Security Service",
                    "Artem Dekhtyarenko",
                )),
            ),
            (
                "Mayor of Kramatorsk Oleksandr Honcharenko",
                Some(("Mayor of Kramatorsk", "Oleksandr Honcharenko")),
            ),
            (
                "head of the Donetsk military-civilian administration Pavlo Kyrylenko",
                Some((
                    "head of the Donetsk military-civilian administration",
                    "Pavlo Kyrylenko",
                )),
            ),
            (
                "UN Secretary-General Antonio Guterres",
                Some(("UN Secretary-General", "Antonio Guterres")),
            ),
            (
                "Israeli military spokesman Rear Adm. Daniel Hagari",
                Some(("Israeli military spokesman Rear Adm.", "Daniel Hagari")),
            ),
            ("Palestinian militant group Islamic Jihad", None),
            // Initials without dots after a title's head open the name; an
            // abbreviated title after its modifier does not.
            (
                "Health Secretary T Arul Das",
                Some(("Health Secretary", "T Arul Das")),
            ),
            (
                "State Chief Minister RK Menon",
                Some(("State Chief Minister", "RK Menon")),
            ),
            (
                "District Collector M S Priya",
                Some(("District Collector", "M S Priya")),
            ),
            ("Deputy CM Shivakumar", Some(("Deputy CM", "Shivakumar"))),
            // A lower-case noun right before a full name is a false title;
            // before a single name, or a participle, it is not.
            (
                "Kenya's veteran reporter Amina Wafula",
                Some(("Kenya's veteran reporter", "Amina Wafula")),
            ),
            (
                "Town of Eastbrook manager Peter Lund",
                Some(("Town of Eastbrook manager", "Peter Lund")),
            ),
            ("the reporter Wafula", None),
            ("state broadcaster Radio Sonora", None),
            ("reports published Peter Lund", None),
            (
                "Vermont Gov. Anne Holt",
                Some(("Vermont Gov.", "Anne Holt")),
            ),
            ("chief of the Israel Defense Forces", None),
            ("Recep Tayyip Erdogan", None),
            ("the Mayor of Kramatorsk", None),
            ("the Ministry of Defense of the Russian Federation", None),
            // A body's own name is no person's after a title word.
            ("The Flood Defence Headquarters", None),
            ("the Defence Command", None),
        ];
        for (speaker, expected) in rows {
            assert_eq!(titled(speaker), expected, "{speaker}");
        }
        let document = Document::default();
        let said = |speaker: &str, title: &str| Attribution {
            speaker: speaker.to_string(),
            cue: "said".to_string(),
            affiliation: Some(title.to_string()),
            ..Attribution::default()
        };
        let spokesman = said(
            "Artem Dekhtyarenko",
            "spokesman for Ukraine's Security Service",
        );
        assert_eq!(
            origin(Some(&spokesman), &document),
            "ukraine's security service"
        );
        let kremlin = said("Dmitry Peskov", "Kremlin spokesman");
        assert_eq!(origin(Some(&kremlin), &document), "kremlin");
        let president = said("Recep Tayyip Erdogan", "Turkish President");
        assert_eq!(origin(Some(&president), &document), "recep tayyip erdogan");
    }

    #[test]
    fn a_state_and_its_organs_count_as_one_source() {
        let rows = [
            ("china's foreign ministry", "china"),
            ("russian ministry of defense", "russia"),
            ("russian military", "russia"),
            ("russia", "russia"),
            ("ukraine's interior ministry", "ukraine"),
            ("us", "us"),
            (
                "russian intelligence analysts",
                "russian intelligence analysts",
            ),
            ("china daily", "china daily"),
            ("vladimir putin", "vladimir putin"),
            ("beijing", "china"),
            ("kremlin", "russia"),
            ("moscow and beijing", "moscow and beijing"),
            // A leader by title, and the voices that carry the state's line.
            ("russian president vladimir putin", "russia"),
            ("ukrainian president", "ukraine"),
            ("russian propagandists", "russia"),
            (
                "russian presidential candidate",
                "russian presidential candidate",
            ),
        ];
        for (origin, expected) in rows {
            assert_eq!(independent(origin), expected, "{origin}");
        }
    }

    #[test]
    fn a_body_names_who_runs_it() {
        for (origin, owner) in [
            ("hamas-run health authority", Some("hamas")),
            ("russian-installed officials", Some("russia")),
            ("russia-installed local officials", Some("russia")),
            ("moscow-appointed administration", Some("russia")),
            ("state-run media", Some("state")),
            ("russian-appointed officials", Some("russia")),
            (
                "russian-appointed administration in kherson",
                Some("russia"),
            ),
            ("russian-installed enerhodar authorities", Some("russia")),
            // After the head, the word qualifies a place, not the speaker.
            ("resident in hamas-run gaza", None),
            ("doctors across hamas-run gaza", None),
            ("families throughout hamas-run gaza", None),
            ("people who fled hamas-run gaza", None),
            // Before a possessive or a place, the compound describes that.
            ("russian-controlled crimea's tatar leaders", None),
            (
                "russian-controlled donetsk region's ukrainian governor",
                None,
            ),
            ("russian-controlled donetsk region officials", None),
            ("russian-controlled ukraine officials", None),
            // An appointed inquiry is no office of its appointer.
            ("israeli-appointed commission of inquiry", None),
            ("kremlin-appointed judge", None),
            ("iranian-backed militia", None),
            ("-run media", None),
            ("hamas", None),
        ] {
            assert_eq!(run_by(origin), owner, "{origin}");
        }
    }

    #[test]
    fn an_official_of_a_state_counts_as_the_state() {
        let mut instance =
            Instance::bare("He said the missile never left Ukraine.", "nikolai parshin");
        instance.attribution = Some(std::sync::Arc::new(Attribution {
            speaker: "Lt. Gen. Nikolai Parshin".to_string(),
            cue: "told".to_string(),
            direct: false,
            affiliation: Some(
                "chief of the Missile and Artillery Directorate at the Russian Defense Ministry"
                    .to_string(),
            ),
            ..Attribution::default()
        }));
        assert_eq!(source_of(&instance), "russia");
        instance.attribution = Some(std::sync::Arc::new(Attribution {
            speaker: "Sarah Kirchberger".to_string(),
            cue: "said".to_string(),
            direct: true,
            affiliation: Some("a scientist at Kiel University in Germany".to_string()),
            ..Attribution::default()
        }));
        instance.origin = "sarah kirchberger".into();
        assert_eq!(source_of(&instance), "sarah kirchberger");
        // A title names the office: "Ukrainian Health Minister Viktor Liashko".
        instance.attribution = Some(std::sync::Arc::new(Attribution {
            speaker: "Viktor Liashko".to_string(),
            cue: "announced".to_string(),
            affiliation: Some("Ukrainian Health Minister".to_string()),
            ..Attribution::default()
        }));
        instance.origin = "viktor liashko".into();
        assert_eq!(source_of(&instance), "ukraine");
    }

    #[test]
    fn a_surname_joins_the_one_full_name_it_ends() {
        let canonical = canonical_names([
            "recep tayyip erdogan",
            "tayyip erdogan",
            "erdogan",
            "andrei alekseyenko",
            "vitaly alekseyenko",
            "alekseyenko",
            "putin",
        ]);
        let rows: Vec<(&str, &str)> = canonical
            .iter()
            .map(|(from, to)| (from.as_str(), to.as_str()))
            .collect();
        assert_eq!(
            rows,
            [
                ("erdogan", "recep tayyip erdogan"),
                ("tayyip erdogan", "recep tayyip erdogan"),
            ]
        );
    }

    #[test]
    fn origin_prefers_speaker_then_source_then_publisher() {
        let document = Document {
            id: "004".to_string(),
            publisher: Some("Pakistan Observer".to_string()),
            derived_from: Some("The Reuters".to_string()),
            ..Document::default()
        };
        let speaker = Attribution {
            speaker: "China’s Foreign  Ministry".to_string(),
            cue: "denied".to_string(),
            direct: false,
            ..Attribution::default()
        };
        assert_eq!(
            origin(Some(&speaker), &document),
            "china's foreign ministry"
        );
        assert_eq!(origin(None, &document), "reuters");
        let plain = Document {
            id: "003".to_string(),
            ..Document::default()
        };
        assert_eq!(origin(None, &plain), "003");
    }
}
