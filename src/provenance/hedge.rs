//! Hedges: words that weaken a claim without denying it.
//!
//! Matches: "Chinese companies reportedly supplying Russia with assault rifles" ("reportedly")
//! Ignores: "Mayor Sobyanin met them in May 2019."                              (a name, a month)
//!
//! The first hedge of the sentence wins. A capitalised "May" inside a
//! sentence, or before a number, is the month.

use crate::model::Hedge;
use crate::provenance::cues::{Hit, HEDGE};

/// The first hedge among `hits` of `sentence`.
pub fn find(sentence: &str, hits: &[Hit]) -> Option<Hedge> {
    hits.iter()
        .filter(|hit| hit.kinds & HEDGE != 0)
        .filter_map(|hit| Some((hit, sentence.get(hit.span.clone())?)))
        .find(|(hit, cue)| !is_month(sentence, hit, cue))
        .map(|(_, cue)| Hedge {
            cue: cue.to_string(),
        })
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
