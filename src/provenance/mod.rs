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
    use crate::model::{DenialClass, Sentence, SentenceKind, Stance};
    use proptest::prelude::*;

    /// Expected attribution of the sentence starting with a prefix: speaker, cue, direct.
    type Case<'a> = (&'a str, Option<(&'a str, &'a str, bool)>);

    fn analyzer() -> Analyzer {
        Analyzer::new(&Lexicon::default())
    }

    /// Byte span of `phrase` inside `sentence`.
    fn span(sentence: &str, phrase: &str) -> Range<usize> {
        let start = sentence
            .find(phrase)
            .expect("test phrase is in its sentence");
        start..start + phrase.len()
    }

    fn check_stance(
        sentence: &str,
        claim: &[&str],
        deny: &[&str],
        expected: (Stance, Option<&str>, Option<DenialClass>),
    ) {
        let claim: Vec<Range<usize>> = claim.iter().map(|phrase| span(sentence, phrase)).collect();
        let deny: Vec<Range<usize>> = deny.iter().map(|phrase| span(sentence, phrase)).collect();
        let reading = analyzer().stance(sentence, &claim, &deny);
        let got = (reading.stance, reading.cue.as_deref(), reading.class);
        assert_eq!(got, expected, "sentence: {sentence}");
    }

    fn check_hedge(sentence: &str, expected: Option<&str>) {
        let hedge = analyzer().hedge(sentence);
        assert_eq!(
            hedge.as_ref().map(|hedge| hedge.cue.as_str()),
            expected,
            "sentence: {sentence}"
        );
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
                sentences.push(Sentence {
                    start: offset,
                    end: offset + trimmed.len(),
                    line: 1,
                    column: 1,
                    kind: SentenceKind::Body,
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
        }
    }

    /// Checks the attribution of the sentence of `text` that starts with `prefix`.
    fn check_attribution(text: &str, prefix: &str, expected: Option<(&str, &str, bool)>) {
        let article = article(text);
        let idx = article
            .sentences
            .iter()
            .position(|sentence| article.text[sentence.start..].starts_with(prefix))
            .expect("test sentence is in its article");
        let found = analyzer().attribution(&article, idx);
        let got = found
            .as_ref()
            .map(|found| (found.speaker.as_str(), found.cue.as_str(), found.direct));
        assert_eq!(got, expected, "sentence: {prefix}");
    }

    #[test]
    fn negation_in_scope_denies() {
        check_stance(
            "Despite backing Moscow politically and diplomatically, Beijing has declared that it will not send weapons to Russia or Ukraine.",
            &["send weapons", "Russia"],
            &[],
            (Stance::Deny, Some("will not"), Some(DenialClass::Negation)),
        );
        check_stance(
            "Russia-China cooperation, especially in the field of defense, is likely to bring major challenges to the United States in the next five to ten years, even if their relationship has not yet established a formal alliance.",
            &["formal alliance"],
            &[],
            (Stance::Deny, Some("has not"), Some(DenialClass::Negation)),
        );
        check_stance(
            "There is no evidence that China supplied drones to Russia.",
            &["China supplied"],
            &[],
            (Stance::Deny, Some("no"), Some(DenialClass::Negation)),
        );
        check_stance(
            "Beijing won’t send weapons.",
            &["send weapons"],
            &[],
            (Stance::Deny, Some("won’t"), Some(DenialClass::Negation)),
        );
    }

    #[test]
    fn negation_out_of_scope_affirms() {
        let affirm = (Stance::Affirm, None, None);
        check_stance(
            "According to US officials, Russia requested Chinese military aid shortly after the invasion began.",
            &["Russia requested", "military aid"],
            &[],
            affirm,
        );
        check_stance(
            "Whether or not China becomes directly involved in Russian President Vladimir Putin’s invasion of Ukraine, the conflict will be an important milestone.",
            &["invasion of Ukraine"],
            &[],
            affirm,
        );
        check_stance(
            "It is not just about arms sales, but China sends drones.",
            &["sends drones"],
            &[],
            affirm,
        );
        check_stance(
            "China did not hesitate, but it sends drones to Russia.",
            &["sends drones"],
            &[],
            affirm,
        );
        // "unlikely" hedges, it does not deny.
        check_stance(
            "Military analysts say China could significantly aid the Russian invasion, but are unlikely to send anything but basic supplies.",
            &["send anything"],
            &[],
            affirm,
        );
    }

    #[test]
    fn denial_words_deny() {
        check_stance(
            "Moscow and Beijing both deny the reports.",
            &["the reports"],
            &[],
            (Stance::Deny, Some("deny"), Some(DenialClass::Antonymy)),
        );
        check_stance(
            "China’s foreign ministry has formally denied any involvement in these military advancements, asserting that the country maintains a “neutral and fair position” regarding the conflict in Ukraine.",
            &["involvement"],
            &["neutral and fair position"],
            (Stance::Deny, Some("neutral and fair position"), Some(DenialClass::Antonymy)),
        );
        check_stance(
            "China’s foreign ministry has formally denied any involvement in these military advancements.",
            &["involvement"],
            &[],
            (Stance::Deny, Some("denied"), Some(DenialClass::Antonymy)),
        );
    }

    #[test]
    fn double_negation_affirms() {
        check_stance(
            "Beijing did not deny supplying drones to Moscow.",
            &["supplying drones"],
            &["deny"],
            (Stance::Affirm, Some("did not deny"), None),
        );
        check_stance(
            "Beijing never denied supplying drones to Moscow.",
            &["supplying drones"],
            &[],
            (Stance::Affirm, Some("never denied"), None),
        );
    }

    #[test]
    fn hedges() {
        check_hedge(
            "Nonetheless, this has not dissuaded Chinese companies from reportedly supplying Russia with assault rifles.",
            Some("reportedly"),
        );
        check_hedge(
            "Russia has repeatedly tested GLONASS/Beidou compatibility on Russian transport routes along the Belt and Road corridor; tentative results from 2017 and 2018 claimed improved satellite navigation in 100% of monitored cases, allegedly surpassing individual results from GLONASS.",
            Some("claimed"),
        );
        check_hedge(
            "Beijing allegedly decided in 2020 to limit cooperation on some GLONASS chipsets.",
            Some("allegedly"),
        );
        check_hedge(
            "Military analysts say China could significantly aid the Russian invasion.",
            Some("could"),
        );
        check_hedge(
            "China may hesitate to take advantage of the war in Ukraine.",
            Some("may"),
        );
        check_hedge(
            "Ukraine is likely to bring them closer together.",
            Some("likely"),
        );
        check_hedge("The Mayor met them in May 2019.", None);
        check_hedge("May 2019 was busy.", None);
        check_hedge(
            "About 70% of China’s weapons imports come from Russia.",
            None,
        );
        let lexicon = Lexicon {
            hedge: vec!["it is understood".to_string()],
            ..Lexicon::default()
        };
        let hedge = Analyzer::new(&lexicon).hedge("It is understood that Kupol got drones.");
        assert_eq!(
            hedge.map(|hedge| hedge.cue),
            Some("It is understood".to_string())
        );
    }

    const CNN: &str = "If war had broken out, Yu, now a political scientist at the University of Wittenberg in Ohio, says he probably would have faced advanced Soviet battle tanks with nothing more than a machine gun.\n\nHis experience shows how far China-Russia military ties have progressed since that dispute. “When you talk about the military-military relationship, it’s not just about arms sales or joint exercises; it is very extensive and developed gradually,” he said.\n\nAccording to US officials, Russia requested Chinese military aid shortly after the invasion began. Moscow and Beijing both deny the reports.\n\nMilitary analysts say China could significantly aid the Russian invasion by providing basic supplies.\n\nThese restrictions suggest that “deliveries are usually likely in the near term — if Beijing makes the strategic decision to move even closer to Moscow,” said M. Taylor Fravel, director of the Security Studies Program at the Massachusetts Institute of Technology.\n\n“From that moment on, we have seen the sale of top-notch, first-class, and state-of-the-art Russian weapons technology to China,” said Sarah Kirchberger, a scientist at Kiel University in Germany. “Previously, Russia was only willing to sell things that were older, at least one generation older, than what it would sell to other customers and what it would use itself.”\n\nThere is little public information about these initiatives. “Undersea technology is not so easy to share with others,” Kirchberger said. “That would really indicate a whole new level of collaboration, if it’s really true.”\n\nChina may hesitate to take advantage of the war in Ukraine to expand military ties. While Chinese officials say normal trade with Russia will continue, Beijing has taken a wait-and-see approach to the conflict.\n\nAs Yu, of the University of Wittenberg, put it: “When two friends fight, are you going to give one of them a knife?”\n";

    #[test]
    fn attribution_in_cnn_seed() {
        let cases: [Case; 12] = [
            ("If war", Some(("Yu", "says", false))),
            ("“When you talk", Some(("Yu", "said", true))),
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
            check_attribution(CNN, prefix, expected);
        }
        check_attribution(CNN, "His experience", None);
        check_attribution(CNN, "China may hesitate", None);
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
            (
                "Russian President",
                Some(("Russian President Putin", "articulated", false)),
            ),
            ("For example", Some(("Mike Kofman", "discussed", false))),
            ("Between 2014", None),
        ];
        for (prefix, expected) in cases {
            check_attribution(text, prefix, expected);
        }
    }

    #[test]
    fn pronoun_takes_the_name_that_opens_a_recent_sentence() {
        let text = "First, Koffman established the outline of the Russian-Chinese defense relationship. He emphatically pointed out that more information about Russia-China exchanges is needed.\nFinally, Edmonds conducted Russia-China space cooperation. He believes that Russia and China cooperate in space. Since 2014, Russia and China have discussed collaboration.\n";
        check_attribution(
            text,
            "He emphatically",
            Some(("Koffman", "pointed out", false)),
        );
        check_attribution(text, "He believes", Some(("Edmonds", "believes", false)));
        check_attribution(text, "Since 2014", None);
        check_attribution(
            "Washington is concerned about the upcoming U.S. election. The United States seems likely to be caught in long-term competition.",
            "The United",
            None,
        );
    }

    #[test]
    fn open_quotation_keeps_its_speaker() {
        let text = "Beijing answered on Monday. “China will not send weapons. It never has. Nor will it start now,” said Wang Wenbin, a ministry spokesman. The ministry has said so before.\n";
        let wang = Some(("Wang Wenbin", "said", true));
        check_attribution(text, "“China will", wang);
        check_attribution(text, "It never", wang);
        check_attribution(text, "Nor will", wang);
        check_attribution(text, "Beijing answered", None);
        check_attribution(text, "The ministry", Some(("the ministry", "said", false)));
    }

    #[test]
    fn idioms_do_not_negate() {
        let affirm = (Stance::Affirm, None, None);
        check_stance(
            "No matter who wins the election in November, the United States seems likely to compete with Russia.",
            &["compete with Russia"],
            &[],
            affirm,
        );
        check_stance(
            "Yu says he would have faced Soviet tanks with nothing more than a machine gun.",
            &["machine gun"],
            &[],
            affirm,
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

    proptest! {
        #[test]
        fn never_panics_on_quotes_and_cues(
            words in proptest::collection::vec(
                "(said|he|not|never|denied|May|may|according to|Yu|“|”|\"|,|\\.|’s|X|2019|no|did)",
                0..40,
            )
        ) {
            let analyzer = analyzer();
            let text = words.join(" ");
            let article = article(&text);
            for idx in 0..article.sentences.len() {
                if let Some(found) = analyzer.attribution(&article, idx) {
                    prop_assert!(!found.speaker.is_empty());
                }
            }
            let claim = [text.len() / 2..text.len(), text.len()..text.len()];
            let reading = analyzer.stance(&text, &claim, &[]);
            prop_assert_eq!(reading.class.is_some(), reading.stance == Stance::Deny);
            let _ = analyzer.hedge(&text);
        }

        #[test]
        fn never_panics(sentence in "\\PC{0,120}", a in 0usize..130, b in 0usize..130) {
            let analyzer = analyzer();
            let (low, high) = (a.min(b), a.max(b));
            let claim = vec![low..high, high..high.saturating_add(1)];
            let deny = vec![high..high.saturating_add(3), low..low];
            let _ = analyzer.stance(&sentence, &claim, &deny);
            let _ = analyzer.hedge(&sentence);
            let _ = analyzer.attribution_in(&sentence);
            let article = article(&sentence);
            for idx in 0..article.sentences.len() + 1 {
                let _ = analyzer.attribution(&article, idx);
            }
        }
    }
}
