//! The one place an instance is made: every path that finds one (a rule's
//! match, a follow-up denial) hands its reading here, and this applies the
//! rule's origin policy, the citation and the quote the same way for all.

use std::ops::Range;

use crate::kinds::{FigureKey, Reading, RuleInfo, RuleKind};
use crate::model::{
    Article, ArticleId, Attribution, Citation, Document, Factuality, Hedge, Instance, OriginPolicy,
    RuleId, Sentence, SentenceKind, Slot, Speakers, StanceReading, Value,
};
use crate::provenance;

/// What a path read from sentences `first..=last` of an article for one rule.
#[derive(Debug, Clone)]
pub struct Draft {
    /// The rule.
    pub rule_idx: RuleId,
    /// First and last sentence index of the instance.
    pub sentences: (u32, u32),
    /// Byte span, inside the quote, of the words that made it an instance.
    pub matched: Range<usize>,
    /// Affirm or deny, and why.
    pub stance: StanceReading,
    /// Every typed value in the quote.
    pub values: Vec<Value>,
    /// What the rule's kind read from the values.
    pub reading: Reading,
    /// Who says it; `None` for the article's own voice.
    pub attribution: Option<Attribution>,
    /// A hedge bearing on the claim.
    pub hedge: Option<Hedge>,
    /// Its speech act and certainty.
    pub factuality: Factuality,
    /// The roles a pattern filled.
    pub slots: Vec<Slot>,
}

/// The instances `draft` makes in `article` for `rule`: one, and one more
/// for each further figure its reading gives (another qualifier term of the
/// same sentence); none when its sentences lie outside the article.
pub fn instances(
    rule: &RuleInfo,
    speakers: &Speakers,
    article: &Article,
    mut draft: Draft,
) -> Vec<Instance> {
    let more = std::mem::take(&mut draft.reading.more);
    let mut drafts = vec![draft.clone()];
    drafts.extend(more.into_iter().map(|figure| {
        let mut extra = draft.clone();
        extra.reading.figure_value = figure.value;
        extra.reading.figure_key = figure.key;
        extra.reading.key_inherited = figure.inherited;
        extra
    }));
    drafts
        .into_iter()
        .filter_map(|draft| instance(rule, speakers, article, draft))
        .collect()
}

/// The sentence before `sentence_idx` and the nearest heading above it
/// (within 200 sentences), where a keyed figure rule looks for a key its
/// sentence does not write; empty for other rules.
pub fn context<'a>(rule: &RuleInfo, article: &'a Article, sentence_idx: u32) -> Vec<&'a str> {
    let keyed = matches!(&rule.kind, RuleKind::Figure(spec) if spec.key != FigureKey::None);
    if !keyed {
        return Vec::new();
    }
    let text = |sentence: &Sentence| article.text.get(sentence.start..sentence.end);
    let before = article
        .sentences
        .get(..sentence_idx as usize)
        .unwrap_or(&[]);
    let previous = before
        .last()
        .filter(|sentence| matches!(sentence.kind, SentenceKind::Body | SentenceKind::Heading))
        .and_then(text);
    let heading = before
        .iter()
        .rev()
        .take(200)
        .find(|sentence| sentence.kind == SentenceKind::Heading)
        .and_then(text);
    previous.into_iter().chain(heading).collect()
}

/// The instance `draft` makes in `article` for `rule`; `None` when its
/// sentences lie outside the article.
pub fn instance(
    rule: &RuleInfo,
    speakers: &Speakers,
    article: &Article,
    draft: Draft,
) -> Option<Instance> {
    let (first_idx, last_idx) = draft.sentences;
    let first = article.sentences.get(first_idx as usize)?;
    let last = article.sentences.get(last_idx as usize)?;
    let quote = article.text.get(first.start..last.end)?;
    let origin = origin(
        rule.origin,
        speakers,
        draft.attribution.as_ref(),
        &article.document,
    );
    Some(Instance {
        citation: Citation {
            doc: ArticleId(0),
            byte_start: first.start,
            byte_end: last.end,
            line: first.line,
            column: first.column,
        },
        rule: draft.rule_idx,
        quote: quote.to_string(),
        match_start: draft.matched.start,
        match_end: draft.matched.end,
        stance: draft.stance,
        values: draft.values,
        figure_value: draft.reading.figure_value,
        figure_key: draft.reading.figure_key,
        key_inherited: draft.reading.key_inherited,
        attribution: draft.attribution,
        hedge: draft.hedge,
        factuality: draft.factuality,
        slots: draft.slots,
        origin,
        repeat: first.repeat_of.is_some(),
    })
}

/// The independent source of an instance under a rule's origin policy: the
/// speaker (else the outlet) by default, always the outlet for `publisher`.
/// A speaker the registry names (as written, by its key, its person or its
/// institution) is that registry entry.
pub fn origin(
    policy: OriginPolicy,
    speakers: &Speakers,
    attribution: Option<&Attribution>,
    document: &Document,
) -> String {
    if let (OriginPolicy::Speaker, Some(attribution)) = (policy, attribution) {
        let speaker = attribution.speaker.as_str();
        let candidates = [
            Some(provenance::normalize(speaker)),
            Some(provenance::speaker_key(speaker)),
            provenance::person(speaker).map(provenance::normalize),
            provenance::represented(speaker).map(provenance::normalize),
        ];
        if let Some(id) = candidates
            .iter()
            .flatten()
            .find_map(|key| speakers.by_alias.get(key))
        {
            return id.clone();
        }
    }
    match policy {
        OriginPolicy::Speaker => provenance::origin(attribution, document),
        OriginPolicy::Publisher => provenance::origin(None, document),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(policy: OriginPolicy, speaker: Option<&str>, document: &Document, expected: &str) {
        let attribution = speaker.map(|speaker| Attribution {
            speaker: speaker.to_string(),
            cue: "said".to_string(),
            direct: false,
            affiliation: None,
        });
        let speakers = Speakers {
            by_alias: [("beijing".to_string(), "china".to_string())]
                .into_iter()
                .collect(),
        };
        assert_eq!(
            origin(policy, &speakers, attribution.as_ref(), document),
            expected,
            "{policy:?} {speaker:?}"
        );
    }

    #[test]
    fn the_policy_decides_between_speaker_and_outlet() {
        let document = Document {
            id: "wire-copy".to_string(),
            publisher: Some("Daily Planet".to_string()),
            derived_from: Some("Reuters".to_string()),
            ..Document::default()
        };
        check(OriginPolicy::Speaker, Some("US officials"), &document, "us");
        check(OriginPolicy::Speaker, None, &document, "reuters");
        check(OriginPolicy::Speaker, Some("Beijing"), &document, "china");
        check(
            OriginPolicy::Publisher,
            Some("Beijing"),
            &document,
            "reuters",
        );
        check(
            OriginPolicy::Publisher,
            Some("US officials"),
            &document,
            "reuters",
        );
        let own = Document {
            id: "own".to_string(),
            ..Document::default()
        };
        check(
            OriginPolicy::Publisher,
            Some("Moscow and Beijing"),
            &own,
            "own",
        );
    }
}
