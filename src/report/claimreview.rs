//! schema.org `ClaimReview` JSON-LD for a newsroom's fact-check pipeline:
//! one review per contradiction, figure conflict and unsupported assertion.
//!
//! The output is a JSON array; each element stands alone (its own
//! `@context`), so it can be embedded in the page that publishes it. Fields
//! (Google's required and recommended ones):
//! - `claimReviewed`: the rule's claim, cut at a word to at most 75 characters;
//! - `itemReviewed`: a `Claim` with one `appearance` per article of the
//!   finding (a `CreativeWork` with the article's url, else its path, and its
//!   headline, date, publisher and authors when known) and `firstAppearance`,
//!   the earliest dated one, whose date is the claim's `datePublished` (when
//!   it entered public discourse; both omitted when no article has a date);
//!   the claim's `author` is left out: a claim several outlets carry has no
//!   one author the tool could name without guessing;
//! - `reviewRating`: a `Rating` whose `alternateName` is the finding's verdict
//!   ("Disputed", "Figures disagree", "Unsupported": the status read with the
//!   kind, as the table's verdict), or, with `--baseline`, the reviewer's
//!   decision when it overrules the engine ("Dismissed", "False positive");
//! - `reviewBody`: the finding's explanation;
//! - `author`, `url` (the publisher's url with `#` and the finding id) and
//!   `datePublished`: from `--claimreview-author`, `--claimreview-url` and
//!   `--claimreview-date`, omitted when not given (the tool never guesses
//!   who publishes a review, where, or when).

use std::collections::BTreeSet;

use serde_json::{json, Map, Value};

use super::fingerprint::Decision;
use super::{verdict, Report};
use crate::model::{ArticleId, Finding, FindingKind, PubDate};

/// Longest `claimReviewed`, in characters.
pub const MAX_CLAIM_CHARS: usize = 75;

/// Who publishes the reviews, where and when: all optional.
#[derive(Debug, Clone, Copy, Default)]
pub struct Publisher<'a> {
    /// The organisation that publishes the reviews (`author.name`).
    pub author: Option<&'a str>,
    /// The page the reviews are published on; each review's `url` is this
    /// with `#` and the finding id (`#f3a9c0d1`).
    pub url: Option<&'a str>,
    /// When the reviews are published.
    pub date: Option<PubDate>,
}

/// Writes the reviews of `report` as a pretty-printed JSON array.
pub fn write(report: &Report<'_>, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    let reviews: Vec<Value> = report
        .findings
        .iter()
        .enumerate()
        .filter(|(_, finding)| reviewed(finding.kind))
        .map(|(idx, finding)| review(report, idx, finding))
        .collect();
    serde_json::to_writer_pretty(&mut *out, &reviews)?;
    out.write_all(b"\n")
}

/// Whether a finding kind gets a review: what a fact-checker would rate.
fn reviewed(kind: FindingKind) -> bool {
    match kind {
        FindingKind::Contradiction | FindingKind::FigureConflict | FindingKind::Unsupported => true,
        FindingKind::Corroborated | FindingKind::InvalidValue | FindingKind::NameVariant => false,
    }
}

/// One `ClaimReview`.
fn review(report: &Report<'_>, idx: usize, finding: &Finding) -> Value {
    let id = report.finding_id(idx);
    let mut review = Map::new();
    review.insert("@context".into(), json!("https://schema.org"));
    review.insert("@type".into(), json!("ClaimReview"));
    review.insert("claimReviewed".into(), json!(short_claim(&finding.claim)));
    review.insert("itemReviewed".into(), claim(report, finding));
    review.insert(
        "reviewRating".into(),
        json!({
            "@type": "Rating",
            "alternateName": rating(report, idx, finding),
        }),
    );
    review.insert("reviewBody".into(), json!(finding.explanation));
    if let Some(author) = report.publisher.author {
        review.insert(
            "author".into(),
            json!({"@type": "Organization", "name": author}),
        );
    }
    if let Some(url) = report.publisher.url {
        review.insert("url".into(), json!(format!("{url}#{id}")));
    }
    if let Some(date) = report.publisher.date {
        review.insert("datePublished".into(), json!(date.to_string()));
    }
    Value::Object(review)
}

/// The rating's name: the reviewer's decision in the baseline when it
/// overrules the engine ("Dismissed", "False positive"), else the verdict.
fn rating(report: &Report<'_>, idx: usize, finding: &Finding) -> String {
    let decision = report
        .identities
        .get(idx)
        .and_then(|identity| identity.baseline.as_ref())
        .and_then(|mark| mark.decision);
    match decision {
        Some(Decision::Dismissed) => "Dismissed".to_string(),
        Some(Decision::FalsePositive) => "False positive".to_string(),
        Some(Decision::Accepted) | None => capitalised(&verdict(finding)),
    }
}

/// The `Claim` reviewed: an appearance per article, the earliest dated first.
fn claim(report: &Report<'_>, finding: &Finding) -> Value {
    let docs: BTreeSet<ArticleId> = finding
        .sides
        .iter()
        .flat_map(|side| side.instances.iter())
        .filter_map(|idx| report.instance(*idx))
        .map(|instance| instance.citation.doc)
        .collect();
    let appearances: Vec<Value> = docs.iter().map(|doc| appearance(report, *doc)).collect();
    let first = docs
        .iter()
        .filter_map(|doc| {
            let date = report.documents.get(doc.index())?.date?;
            Some((date, *doc))
        })
        .min();
    let mut claim = Map::new();
    claim.insert("@type".into(), json!("Claim"));
    claim.insert("appearance".into(), Value::Array(appearances));
    if let Some((date, doc)) = first {
        claim.insert("datePublished".into(), json!(date.to_string()));
        claim.insert("firstAppearance".into(), appearance(report, doc));
    }
    Value::Object(claim)
}

/// One article as a `CreativeWork`: its url (else its path) and what the
/// metadata knows.
fn appearance(report: &Report<'_>, doc: ArticleId) -> Value {
    let mut work = Map::new();
    work.insert("@type".into(), json!("CreativeWork"));
    let Some(document) = report.documents.get(doc.index()) else {
        return Value::Object(work);
    };
    work.insert(
        "url".into(),
        json!(document.url.as_deref().unwrap_or(&document.path)),
    );
    if let Some(title) = &document.title {
        work.insert("headline".into(), json!(title));
    }
    if let Some(date) = document.date {
        work.insert("datePublished".into(), json!(date.to_string()));
    }
    if let Some(publisher) = &document.publisher {
        work.insert(
            "publisher".into(),
            json!({"@type": "Organization", "name": publisher}),
        );
    }
    if !document.authors.is_empty() {
        let authors: Vec<Value> = document
            .authors
            .iter()
            .map(|name| json!({"@type": "Person", "name": name}))
            .collect();
        work.insert("author".into(), Value::Array(authors));
    }
    Value::Object(work)
}

/// `claim` cut at a word to at most `MAX_CLAIM_CHARS` characters, "…" included.
fn short_claim(claim: &str) -> String {
    let claim = claim.trim();
    if claim.chars().count() <= MAX_CLAIM_CHARS {
        return claim.to_string();
    }
    let keep: String = claim.chars().take(MAX_CLAIM_CHARS - 1).collect();
    let cut = match keep.rfind(char::is_whitespace) {
        Some(space) if space > 0 => &keep[..space],
        _ => keep.as_str(),
    };
    format!("{}\u{2026}", cut.trim_end_matches([',', ';', ':', ' ']))
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(claim: &str, expected: &str) {
        assert_eq!(short_claim(claim), expected, "claim: {claim}");
        assert!(short_claim(claim).chars().count() <= MAX_CLAIM_CHARS);
    }

    #[test]
    fn a_short_claim_is_kept() {
        check(
            "Russia sold China Su-35 fighter jets",
            "Russia sold China Su-35 fighter jets",
        );
    }

    #[test]
    fn a_long_claim_is_cut_at_a_word() {
        check(
            "China supplies weapons, drones, components or experts to Russia, and also many other things",
            "China supplies weapons, drones, components or experts to Russia, and also\u{2026}",
        );
    }

    #[test]
    fn a_claim_of_one_long_word_is_cut_inside_it() {
        check(&"x".repeat(100), &format!("{}\u{2026}", "x".repeat(74)));
    }
}
