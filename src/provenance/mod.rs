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

use crate::model::{Article, Attribution, Document, Hedge, StanceReading};
use crate::rulebook::Lexicon;
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

    /// The stance of `sentence` towards a claim whose phrases sit at
    /// `claim_spans`, given the rule's denial cues found at `deny_spans`
    /// (all spans are byte ranges inside `sentence`).
    pub fn stance(
        &self,
        sentence: &str,
        claim_spans: &[Range<usize>],
        deny_spans: &[Range<usize>],
    ) -> StanceReading {
        stance::read(sentence, &self.cues.hits(sentence), claim_spans, deny_spans)
    }

    /// The hedge word in `sentence`, if any.
    pub fn hedge(&self, sentence: &str) -> Option<Hedge> {
        hedge::find(sentence, &self.cues.hits(sentence))
    }

    /// Who `article` quotes as saying its sentence `sentence_idx`, or `None`
    /// when the article says it in its own voice.
    pub fn attribution(&self, article: &Article, sentence_idx: usize) -> Option<Attribution> {
        attribution::find(&self.cues, article, sentence_idx)
    }

    /// The attribution written inside `sentence` alone, without context.
    pub fn attribution_in(&self, sentence: &str) -> Option<Attribution> {
        attribution::in_sentence(sentence, &self.cues.hits(sentence))
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
