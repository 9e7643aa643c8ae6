//! Sentence splitting through the binary: seed sentences that hold
//! abbreviations, decimals, curly quotes and pull quotes come out whole,
//! with the line and column an editor sees.

use crate::support::{run, stderr};

/// (document id, line, column, the sentence's start, the sentence's end).
/// A full stop before a lower-case word does not end a sentence (the seeds'
/// garbled "a senior executive. analyst"), so "Afghanistan. remuneration." stays one.
type Expected = (&'static str, u64, u64, &'static str, &'static str);

const EXPECTED: &[Expected] = &[
    (
        "hi-tech-high-risk",
        23,
        219,
        "In 2021, Huawei and MTS",
        "a record for Russia at the time.",
    ),
    (
        "hi-tech-high-risk",
        29,
        5,
        "Strategic collaboration between Russia and China",
        "could have serious implications for Ukraine",
    ),
    (
        "hi-tech-high-risk",
        42,
        359,
        "Coupled with the anticipated construction",
        "leveraging satellite cooperation with China against Ukraine.",
    ),
    (
        "china-russia-military-ties",
        7,
        1,
        "Whether or not China becomes",
        "much like the 2014 annexation of Crimea.",
    ),
    (
        "china-russia-military-ties",
        23,
        1,
        "These restrictions suggest that",
        "at the Massachusetts Institute of Technology.",
    ),
    (
        "sino-russian-defense-cooperation",
        5,
        286,
        "Although the growing confrontation",
        "killing of U.S. troops in Afghanistan. remuneration.",
    ),
];

#[test]
fn seed_sentences_with_abbreviations_and_quotes_stay_whole() {
    let output = run(&[
        "check",
        "--rules",
        "tests/fixtures/sentences",
        "--format",
        "json",
    ]);
    assert!(
        output.status.code().is_some_and(|code| code <= 1),
        "{}",
        stderr(&output)
    );
    let report: serde_json::Value =
        serde_json::from_slice(&output.stdout).expect("check prints JSON");
    let instances = report["instances"]
        .as_array()
        .expect("instances is an array");
    for (doc, line, column, start, end) in EXPECTED {
        let found = instances.iter().find(|instance| {
            instance["doc"] == *doc
                && instance["quote"]
                    .as_str()
                    .is_some_and(|quote| quote.starts_with(start))
        });
        let Some(instance) = found else {
            panic!("no instance in {doc} starting {start:?}; instances: {instances:#?}");
        };
        let quote = instance["quote"].as_str().unwrap_or_default();
        assert!(
            quote.ends_with(end),
            "{doc}: sentence cut or overrun: {quote:?}"
        );
        assert_eq!(
            (instance["line"].as_u64(), instance["column"].as_u64()),
            (Some(*line), Some(*column)),
            "{doc}: {quote}"
        );
    }
}
