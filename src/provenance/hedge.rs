//! Hedges: words that weaken a claim without denying it.
//!
//! Matches: "Chinese companies reportedly supplying Russia with assault rifles" ("reportedly")
//! Ignores: "Mayor Sobyanin met them in May 2019."                              (a name, a month)
//!
//! The first hedge of the sentence wins. A capitalised "May" inside a
//! sentence, or before a number, is the month.

use std::ops::Range;

use crate::model::Hedge;
use crate::provenance::cues::{Hit, HEDGE};

/// The first hedge among `hits` of `sentence`.
pub fn find(sentence: &str, hits: &[Hit]) -> Option<Hedge> {
    hits.iter()
        .filter(|hit| hit.kinds.contains(HEDGE))
        .filter_map(|hit| Some((hit, sentence.get(hit.span.clone())?)))
        .find(|(hit, cue)| !is_month(sentence, hit, cue))
        .map(|(_, cue)| Hedge {
            cue: cue.to_string(),
        })
}

/// The hedge of `sentence` that bears on a claim at `claim_spans`: one lying
/// between the claim's phrases, or at most `SCOPE_WORDS` words before the first
/// of them with no clause break ("Chinese companies reportedly supplying").
/// A hedge after the claim, or across a comma, belongs to another clause
/// ("... since 2011 and reportedly imported radios"). Without claim spans
/// the first hedge of the sentence wins.
pub fn find_in_scope(sentence: &str, hits: &[Hit], claim_spans: &[Range<usize>]) -> Option<Hedge> {
    let (Some(first), Some(last)) = (
        claim_spans.iter().map(|span| span.start).min(),
        claim_spans.iter().map(|span| span.end).max(),
    ) else {
        return find(sentence, hits);
    };
    hits.iter()
        .filter(|hit| hit.kinds.contains(HEDGE))
        .filter_map(|hit| Some((hit, sentence.get(hit.span.clone())?)))
        .filter(|(hit, cue)| !is_month(sentence, hit, cue))
        .find(|(hit, _)| {
            let inside = first <= hit.span.start && hit.span.end <= last;
            inside || leads_into(sentence, &hit.span, first)
        })
        .map(|(_, cue)| Hedge {
            cue: cue.to_string(),
        })
}

/// How many words a hedge may stand before the claim it weakens.
const SCOPE_WORDS: usize = 6;

/// True when the hedge at `span` stands at most `SCOPE_WORDS` words before
/// `claim_start`, with no clause break between.
fn leads_into(sentence: &str, span: &Range<usize>, claim_start: usize) -> bool {
    if span.end > claim_start || claim_start - span.end > 48 * (SCOPE_WORDS + 1) {
        return false;
    }
    let Some(between) = sentence.get(span.end..claim_start) else {
        return false;
    };
    !between.contains([',', ';', ':', '—', '–', '(', ')'])
        && between.split_whitespace().count() <= SCOPE_WORDS
}

/// True for "May" the month: capitalised mid-sentence, or followed by a number.
fn is_month(sentence: &str, hit: &Hit, cue: &str) -> bool {
    if cue != "May" {
        return false;
    }
    let at_start = sentence.get(..hit.span.start).is_some_and(|head| {
        head.trim_start_matches(|ch: char| !ch.is_alphanumeric())
            .is_empty()
    });
    let before_number = sentence.get(hit.span.end..).is_some_and(|tail| {
        tail.trim_start()
            .starts_with(|ch: char| ch.is_ascii_digit())
    });
    !at_start || before_number
}

#[cfg(test)]
mod tests {
    use crate::model::Lexicon;
    use crate::provenance::Analyzer;

    fn analyzer() -> Analyzer {
        Analyzer::new(&Lexicon::default())
    }

    fn check(sentence: &str, expected: Option<&str>) {
        let hedge = analyzer().hedge(sentence);
        assert_eq!(
            hedge.as_ref().map(|hedge| hedge.cue.as_str()),
            expected,
            "sentence: {sentence}"
        );
    }

    fn check_scoped(sentence: &str, claim: &[&str], expected: Option<&str>) {
        let spans: Vec<std::ops::Range<usize>> = claim
            .iter()
            .map(|phrase| {
                let start = sentence
                    .find(phrase)
                    .expect("test phrase is in its sentence");
                start..start + phrase.len()
            })
            .collect();
        let hedge = analyzer().hedge_in_scope(sentence, &spans);
        assert_eq!(
            hedge.as_ref().map(|hedge| hedge.cue.as_str()),
            expected,
            "sentence: {sentence}"
        );
    }

    #[test]
    fn a_hedge_counts_only_for_the_claim_it_bears_on() {
        let angstrem = "The Russian Azart manufacturer, Angstrem, has collaborated with Huawei since 2011 and reportedly imported almost fully assembled Azart radios from China.";
        check_scoped(angstrem, &["Angstrem", "collaborated", "Huawei"], None);
        check_scoped(angstrem, &["Azart radios", "China"], Some("reportedly"));
        let chipset = "Despite a 2017 joint agreement between Moscow and Beijing to develop a GLONASS/Beidou navigation chipset, Beijing allegedly decided in 2020 to limit cooperation.";
        check_scoped(
            chipset,
            &["Moscow", "GLONASS/Beidou navigation chipset"],
            None,
        );
        check_scoped(chipset, &["limit cooperation"], Some("allegedly"));
        check_scoped(
            "Nonetheless, this has not dissuaded Chinese companies from reportedly supplying Russia with assault rifles.",
            &["Chinese companies", "supplying Russia"],
            Some("reportedly"),
        );
    }

    #[test]
    fn hedges() {
        check(
            "Nonetheless, this has not dissuaded Chinese companies from reportedly supplying Russia with assault rifles.",
            Some("reportedly"),
        );
        check(
            "Russia has repeatedly tested GLONASS/Beidou compatibility on Russian transport routes along the Belt and Road corridor; tentative results from 2017 and 2018 claimed improved satellite navigation in 100% of monitored cases, allegedly surpassing individual results from GLONASS.",
            Some("claimed"),
        );
        check(
            "Beijing allegedly decided in 2020 to limit cooperation on some GLONASS chipsets.",
            Some("allegedly"),
        );
        check(
            "Military analysts say China could significantly aid the Russian invasion.",
            Some("could"),
        );
        check(
            "China may hesitate to take advantage of the war in Ukraine.",
            Some("may"),
        );
        check(
            "Ukraine is likely to bring them closer together.",
            Some("likely"),
        );
        check("The Mayor met them in May 2019.", None);
        check("May 2019 was busy.", None);
        check(
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
}
