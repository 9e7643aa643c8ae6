//! Provenance of an instance: its stance, who says it, how sure, and its origin.
//!
//! Built-in cue lists (see `cues`) make an empty lexicon work; the
//! rulebook's `[lexicon]` lists extend them. Each call is one automaton pass
//! over the sentence plus a linear walk over its tokens.

pub mod attribution;
pub mod cues;
pub mod hedge;
pub mod stance;

use std::ops::Range;

use crate::model::Lexicon;
use crate::model::{Article, Attribution, Document, Hedge, StanceReading};
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

    /// What `quote` (the text of sentences from `sentence_idx` of `article`
    /// on) says about any claim in it: its cues and who says it. Read once and
    /// shared by every rule that matches the same sentences.
    pub fn read(&self, article: &Article, sentence_idx: usize, quote: &str) -> QuoteReading {
        QuoteReading {
            hits: self.cues.hits(quote),
            attribution: self.attribution(article, sentence_idx),
        }
    }

    /// Who `article` quotes as saying its sentence `sentence_idx`, or `None`
    /// when the article says it in its own voice.
    pub fn attribution(&self, article: &Article, sentence_idx: usize) -> Option<Attribution> {
        attribution::find(&self.cues, article, sentence_idx)
    }

    /// The stance of `sentence` towards a claim whose phrases sit at
    /// `claim_spans`, given the rule's denial cues at `deny_spans`.
    #[cfg(test)]
    pub(crate) fn stance(
        &self,
        sentence: &str,
        claim_spans: &[Range<usize>],
        deny_spans: &[Range<usize>],
    ) -> StanceReading {
        stance::read(sentence, &self.cues.hits(sentence), claim_spans, deny_spans)
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
        hedge::find_in_scope(sentence, &self.cues.hits(sentence), claim_spans)
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
    /// Who says it; `None` for the article's own voice.
    pub attribution: Option<Attribution>,
}

impl QuoteReading {
    /// The stance of `quote` towards a claim whose phrases sit at
    /// `claim_spans`, given the rule's denial cues at `deny_spans` (byte
    /// ranges inside `quote`, the text this reading was made from).
    pub fn stance(
        &self,
        quote: &str,
        claim_spans: &[Range<usize>],
        deny_spans: &[Range<usize>],
    ) -> StanceReading {
        stance::read(quote, &self.hits, claim_spans, deny_spans)
    }

    /// The hedge in `quote` that bears on the claim at `claim_spans`.
    pub fn hedge(&self, quote: &str, claim_spans: &[Range<usize>]) -> Option<Hedge> {
        hedge::find_in_scope(quote, &self.hits, claim_spans)
    }
}

/// The independent source behind an instance: the speaker if any, else the
/// article's publisher followed through `derived_from`, else the document id.
pub fn origin(attribution: Option<&Attribution>, document: &Document) -> String {
    if let Some(attribution) = attribution {
        return speaker_key(&attribution.speaker);
    }
    let source = document
        .derived_from
        .as_deref()
        .or(document.publisher.as_deref())
        .unwrap_or(&document.id);
    normalize(source)
}

/// The origin of a quoted speaker: a single named person is keyed by surname,
/// so "Russian President Vladimir Putin", "Putin" and "President Putin" are
/// one source; groups ("US officials", "Moscow and Beijing") keep every word.
pub fn speaker_key(speaker: &str) -> String {
    let words: Vec<&str> = speaker.split_whitespace().collect();
    let is_group = words
        .iter()
        .any(|word| word.eq_ignore_ascii_case("and") || word.contains([',', '&']));
    let is_institution = words.iter().any(|word| {
        let word = word
            .trim_matches(|ch: char| !ch.is_alphanumeric())
            .to_lowercase();
        INSTITUTION_WORDS.contains(&word.as_str()) || word.ends_with("'s") || word.ends_with("’s")
    });
    match words.last() {
        Some(last)
            if !is_group
                && !is_institution
                && last.chars().next().is_some_and(char::is_uppercase) =>
        {
            normalize(last)
        }
        _ => normalize(speaker),
    }
}

/// Words that make a capitalised speaker an institution, not a person.
const INSTITUTION_WORDS: &[&str] = &[
    "ministry",
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
];

/// Lower case, curly apostrophes straightened, a leading "the" and
/// surrounding punctuation dropped, inner whitespace collapsed.
pub fn normalize(name: &str) -> String {
    let lower = name
        .trim_matches(|ch: char| ch.is_whitespace() || ",.;:“”\"'‘’".contains(ch))
        .to_lowercase()
        .replace(['’', '‘'], "'");
    let lower = lower.strip_prefix("the ").unwrap_or(&lower);
    lower.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_named_person_is_one_origin_however_titled() {
        assert_eq!(speaker_key("Russian President Vladimir Putin"), "putin");
        assert_eq!(speaker_key("Putin"), "putin");
        assert_eq!(speaker_key("M. Taylor Fravel"), "fravel");
        assert_eq!(speaker_key("US officials"), "us officials");
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
