//! The CI formats: SARIF validated against the SARIF 2.1.0 schema, `line`
//! and `github`, each finding once, at its evidence.

use std::collections::BTreeSet;

use crate::support::{fixture, json_of, run, stderr, stdout};

fn output_of(format: &str) -> String {
    let output = run(&["check", "--format", format]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    stdout(&output)
}

/// `(id, fingerprint, pieces of evidence)` of every finding of the JSON report.
fn findings() -> Vec<(String, String, usize)> {
    let json = json_of(&run(&["check", "--format", "json"]));
    json["findings"]
        .as_array()
        .expect("findings is an array")
        .iter()
        .map(|finding| {
            let pieces = finding["sides"]
                .as_array()
                .expect("sides is an array")
                .iter()
                .map(|side| {
                    side["instances"].as_array().map_or(0, Vec::len)
                        + side["mentions"].as_array().map_or(0, Vec::len)
                })
                .sum();
            (
                finding["id"].as_str().unwrap_or("").to_string(),
                finding["fingerprint"].as_str().unwrap_or("").to_string(),
                pieces,
            )
        })
        .collect()
}

#[test]
fn sarif_is_valid_against_the_schema_with_a_result_per_finding() {
    let schema_text =
        std::fs::read_to_string(fixture("sarif-schema-2.1.0.json")).expect("the vendored schema");
    let schema: serde_json::Value = serde_json::from_str(&schema_text).expect("the schema is JSON");
    let validator = jsonschema::validator_for(&schema).expect("the schema compiles");
    let sarif: serde_json::Value =
        serde_json::from_str(&output_of("sarif")).expect("--format sarif prints JSON");
    let errors: Vec<String> = validator
        .iter_errors(&sarif)
        .map(|error| format!("{} at {}", error, error.instance_path))
        .collect();
    assert!(errors.is_empty(), "{}", errors.join("\n"));

    let results = sarif["runs"][0]["results"]
        .as_array()
        .expect("results is an array");
    let expected = findings();
    assert_eq!(results.len(), expected.len());
    for (result, (id, fingerprint, pieces)) in results.iter().zip(&expected) {
        assert_eq!(result["properties"]["id"], id.as_str());
        assert_eq!(
            result["partialFingerprints"]["claimcheck/v1"],
            fingerprint.as_str()
        );
        let locations = result["locations"].as_array().expect("locations");
        assert_eq!(locations.len(), *pieces, "finding {id}");
        for location in locations {
            let uri = location["physicalLocation"]["artifactLocation"]["uri"]
                .as_str()
                .unwrap_or("");
            assert!(uri.starts_with("corpus/"), "{uri}");
        }
        let rule_index = result["ruleIndex"].as_u64().expect("a rule index") as usize;
        assert_eq!(
            sarif["runs"][0]["tool"]["driver"]["rules"][rule_index]["id"],
            result["ruleId"]
        );
    }

    // A schema that can fail: the same log without its version is invalid.
    let mut broken = sarif.clone();
    broken["version"] = serde_json::Value::from("2.0.0");
    assert!(!validator.is_valid(&broken));
}

#[test]
fn line_format_prints_each_finding_once_at_a_real_file() {
    let text = output_of("line");
    let expected = findings();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), expected.len(), "{text}");
    let kinds: BTreeSet<&str> = [
        "contradiction",
        "figure-conflict",
        "unsupported",
        "corroborated",
        "invalid-value",
        "name-variant",
    ]
    .into();
    for (line, (id, _, _)) in lines.iter().zip(&expected) {
        let mut parts = line.splitn(4, ':');
        let path = parts.next().unwrap_or("");
        let number: u32 = parts
            .next()
            .and_then(|n| n.parse().ok())
            .expect("a line number");
        let column: u32 = parts.next().and_then(|n| n.parse().ok()).expect("a column");
        assert!(number >= 1 && column >= 1, "{line}");
        assert!(crate::support::root().join(path).is_file(), "{line}");
        let rest = parts.next().unwrap_or("");
        let kind = rest.trim_start().split(' ').next().unwrap_or("");
        assert!(kinds.contains(kind), "{line}");
        assert!(rest.contains(" ["), "{line}");
        assert!(line.ends_with(&format!("({id})")), "{line}");
    }
}

#[test]
fn github_format_prints_one_workflow_command_per_finding() {
    let text = output_of("github");
    let expected = findings();
    assert_eq!(text.lines().count(), expected.len());
    for line in text.lines() {
        assert!(
            [
                "::error file=corpus/",
                "::warning file=corpus/",
                "::notice file=corpus/"
            ]
            .iter()
            .any(|start| line.starts_with(start)),
            "{line}"
        );
        assert!(line.contains(",line=") && line.contains(",col="), "{line}");
    }
}

/// A name variant quotes, for each spelling, the sentence of its first
/// mention in document order, in every format that quotes evidence; through
/// shards too, and a spelling whose file changed after the scan shows its
/// location alone (#14 item 5).
#[test]
fn a_name_variant_quotes_a_sentence_for_each_spelling() {
    let dir = tempfile::tempdir().expect("a scratch folder");
    let corpus = dir.path().join("corpus");
    std::fs::create_dir_all(&corpus).expect("the corpus folder can be made");
    let first = "The talks opened in Zurich on Monday, officials said.";
    let later = "Later that week Zurich hosted a dinner for the delegates.";
    let other = "Delegates flew to Zürich on Tuesday for the second round.";
    std::fs::write(corpus.join("a.txt"), format!("{first}\n\n{later}\n")).expect("written");
    std::fs::write(corpus.join("b.txt"), format!("{other}\n")).expect("written");
    let rules = crate::support::root().join("golden/issue-14-name-folding/rules");
    let (rules, corpus_arg) = (rules.display().to_string(), corpus.display().to_string());
    let check = |format: &str| {
        let output = run(&[
            "check",
            "--rules",
            &rules,
            "--corpus",
            &corpus_arg,
            "--format",
            format,
        ]);
        assert!(
            output.status.code().is_some_and(|code| code <= 1),
            "{}",
            stderr(&output)
        );
        stdout(&output)
    };
    let json = json_of(&run(&[
        "check",
        "--rules",
        &rules,
        "--corpus",
        &corpus_arg,
        "--format",
        "json",
    ]));
    let finding = &json["findings"][0];
    assert_eq!(finding["kind"], "name-variant", "{json}");
    let quotes: Vec<Vec<&str>> = finding["sides"]
        .as_array()
        .expect("sides")
        .iter()
        .map(|side| {
            side["mentions"]
                .as_array()
                .expect("mentions")
                .iter()
                .filter_map(|mention| mention["quote"].as_str())
                .collect()
        })
        .collect();
    assert_eq!(quotes, vec![vec![first], vec![other]]);
    for format in ["table", "markdown", "sarif"] {
        let text = check(format);
        for quote in [first, other] {
            assert!(text.contains(quote), "{format} quotes {quote:?}:\n{text}");
        }
        assert!(
            !text.contains(later),
            "{format} quotes the first mention only:\n{text}"
        );
    }
    // The HTML page shows whole articles too: the quotes are its blockquotes.
    let html = check("html");
    for quote in [first, other] {
        let marked = quote
            .replacen("Zurich", "<mark class=\"matched\">Zurich</mark>", 1)
            .replacen("Zürich", "<mark class=\"matched\">Zürich</mark>", 1);
        let block = format!("<blockquote><span class=\"sentence\">{marked}</span></blockquote>");
        assert!(html.contains(&block), "html quotes {quote:?}:\n{html}");
    }
    // Scanned in two shards, reconciled: the same bytes as `check`.
    let shards: Vec<String> = (1..=2)
        .map(|idx| {
            let file = dir
                .path()
                .join(format!("s{idx}.jsonl"))
                .display()
                .to_string();
            let split = format!("{idx}/2");
            let output = run(&[
                "scan",
                "--rules",
                &rules,
                "--corpus",
                &corpus_arg,
                "--shard",
                &split,
                "-o",
                &file,
            ]);
            assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
            file
        })
        .collect();
    let reconcile = || {
        let mut args = vec!["reconcile", "--rules", &rules, "--format", "table"];
        args.extend(shards.iter().map(String::as_str));
        stdout(&run(&args))
    };
    assert_eq!(reconcile(), check("table"));
    // The file rewritten after its scan: its spelling keeps its location only.
    std::fs::write(corpus.join("b.txt"), "Something else entirely now.\n").expect("written");
    let text = reconcile();
    assert!(text.contains(first) && !text.contains(other), "{text}");
    assert!(text.contains("b:1:1"), "{text}");
}
