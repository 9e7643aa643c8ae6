//! Counting sources (#14) on every eval beat and the golden copy cases: no
//! corroboration or contradiction counts a copy's own voice as an origin of
//! its own, or takes an unresolved generic head ("the report", "he" with no
//! one named before) as an origin.

use std::collections::BTreeMap;

use claimcheck::eval::counts_unresolved_head;
use serde_json::Value;

use crate::support::{json_of, root, run};

/// `--rules` and `--corpus` of each corpus checked: the default corpus, each
/// beat of `tests/eval/` and the golden cases of copies.
fn corpora() -> Vec<(String, String)> {
    let mut corpora = vec![("rules".to_string(), "corpus".to_string())];
    let mut beats: Vec<String> = std::fs::read_dir(root().join("tests/eval"))
        .expect("tests/eval is readable")
        .filter_map(|entry| entry.ok().map(|entry| entry.path()))
        .filter(|path| path.join("corpus").is_dir())
        .filter_map(|path| Some(path.file_name()?.to_string_lossy().into_owned()))
        .collect();
    beats.sort();
    for beat in beats {
        let dir = format!("tests/eval/{beat}");
        corpora.push((format!("{dir}/rules"), format!("{dir}/corpus")));
    }
    for case in ["wire-copies", "issue-14-copies", "speaker-registry-merge"] {
        let dir = format!("golden/{case}");
        corpora.push((format!("{dir}/rules"), format!("{dir}/corpus")));
    }
    corpora
}

/// A name as an origin key: lower case, a leading "the " dropped.
fn key(name: &str) -> String {
    let lower = name.trim().to_lowercase();
    lower.strip_prefix("the ").unwrap_or(&lower).to_string()
}

/// The outlet a document's own voice is, as far as its metadata says:
/// `derived_from`, else its publisher, else its id.
fn outlet(document: &Value) -> String {
    let field = |name: &str| document[name].as_str().filter(|text| !text.is_empty());
    key(field("derived_from")
        .or_else(|| field("publisher"))
        .or_else(|| field("id"))
        .unwrap_or(""))
}

/// What is wrong with the origins of the corroborations and contradictions of
/// one check report: one line per instance.
fn miscounted(report: &Value) -> Vec<String> {
    let documents: BTreeMap<&str, &Value> = report["documents"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|document| Some((document["id"].as_str()?, document)))
        .collect();
    let instances: BTreeMap<&str, &Value> = report["instances"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|instance| Some((instance["id"].as_str()?, instance)))
        .collect();
    let mut problems = Vec::new();
    let counted = report["findings"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|finding| {
            ["corroborated", "contradiction"].contains(&finding["kind"].as_str().unwrap_or(""))
        });
    for finding in counted {
        let ids = finding["instances"].as_array().into_iter().flatten();
        for instance in ids.filter_map(|id| instances.get(id.as_str()?)) {
            let origin = instance["origin"].as_str().unwrap_or("");
            let attribution = &instance["attribution"];
            let at = format!(
                "{} {}:{} (finding {})",
                instance["id"], instance["doc"], instance["line"], finding["id"]
            );
            // A head the rulebook's registry declares (`entry`) names an
            // origin: "the opposition" as an alias of `[speaker.opposition]`.
            let unresolved = attribution["speaker"].as_str().is_some_and(|speaker| {
                counts_unresolved_head(speaker, attribution["entry"].as_str(), origin)
            });
            if unresolved {
                problems.push(format!("{at}: the unresolved {attribution} is its origin"));
            }
            let Some(document) = instance["doc"].as_str().and_then(|doc| documents.get(doc)) else {
                continue;
            };
            let original = document["copy_of"]["original"]
                .as_str()
                .and_then(|original| documents.get(original));
            if let (Some(original), true) = (original, attribution.is_null()) {
                let own = outlet(document);
                if origin == own && own != outlet(original) {
                    problems.push(format!(
                        "{at}: a copy of {} counts its own voice as {origin}",
                        original["id"]
                    ));
                }
            }
        }
    }
    problems
}

#[test]
fn no_finding_counts_a_copy_twice_or_an_unresolved_head() {
    let mut problems = Vec::new();
    for (rules, corpus) in corpora() {
        let output = run(&[
            "check", "--rules", &rules, "--corpus", &corpus, "--format", "json",
        ]);
        let report = json_of(&output);
        let found = miscounted(&report);
        problems.extend(
            found
                .into_iter()
                .map(|problem| format!("{corpus}: {problem}")),
        );
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn a_copy_counted_as_its_own_outlet_is_caught() {
    let report = serde_json::json!({
        "documents": [
            {"id": "wire", "publisher": "Thames Wire", "derived_from": null, "copy_of": null},
            {"id": "gazette", "publisher": "Marlow Gazette", "derived_from": null,
             "copy_of": {"original": "wire", "shared_passages": 7}},
        ],
        "instances": [
            {"id": "i1", "doc": "wire", "line": 3, "origin": "thames wire", "attribution": null},
            {"id": "i2", "doc": "gazette", "line": 3, "origin": "marlow gazette", "attribution": null},
            {"id": "i3", "doc": "gazette", "line": 5, "origin": "report",
             "attribution": {"speaker": "The report", "unresolved": true}},
        ],
        "findings": [{"id": "f1", "kind": "corroborated", "instances": ["i1", "i2", "i3"]}],
    });
    let problems = miscounted(&report);
    assert_eq!(problems.len(), 2, "{problems:?}");
    assert!(problems[0].contains("a copy of \"wire\" counts its own voice as marlow gazette"));
    assert!(problems[1].contains("unresolved"));
}
