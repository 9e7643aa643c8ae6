//! `claimcheck eval`: the fixture in `tests/fixtures/eval/` scored against its
//! labels, and against copies of them with one planted change each.

use std::path::{Path, PathBuf};
use std::process::Output;

use serde_json::Value;

use crate::support::{fixture, run, stderr, stdout};

/// The fixture's labels with every `from` replaced by its `to` (each must occur), in a
/// temporary directory that lives as long as the returned guard.
fn labels_with(edits: &[(&str, &str)]) -> (tempfile::TempDir, PathBuf) {
    let mut text =
        std::fs::read_to_string(fixture("eval/labels.toml")).expect("the fixture labels read");
    for (from, to) in edits {
        assert!(text.contains(from), "the fixture labels contain {from:?}");
        text = text.replace(from, to);
    }
    let dir = tempfile::tempdir().expect("a temporary directory");
    let path = dir.path().join("labels.toml");
    std::fs::write(&path, text).expect("the labels write");
    (dir, path)
}

/// Runs eval on the fixture with `labels` and `extra` arguments.
fn eval(labels: &Path, extra: &[&str]) -> Output {
    let rules = fixture("eval/rules");
    let corpus = fixture("eval/corpus");
    let mut args = vec![
        "eval",
        "--rules",
        rules.to_str().expect("a UTF-8 path"),
        "--corpus",
        corpus.to_str().expect("a UTF-8 path"),
        "--labels",
        labels.to_str().expect("a UTF-8 path"),
    ];
    args.extend_from_slice(extra);
    run(&args)
}

/// The JSON report of eval with `labels`, and its exit code.
fn report(labels: &Path) -> (Value, Option<i32>) {
    let output = eval(labels, &["--format", "json"]);
    let json = serde_json::from_slice(&output.stdout).unwrap_or_else(|err| {
        panic!(
            "eval --format json prints JSON ({err}): {}{}",
            stdout(&output),
            stderr(&output)
        )
    });
    (json, output.status.code())
}

#[test]
fn correct_labels_score_one_and_exit_zero() {
    let (json, code) = report(&fixture("eval/labels.toml"));
    assert_eq!(code, Some(0), "{json:#}");
    assert_eq!(json["schema_version"], 4);
    assert_eq!(json["mention_sides"], serde_json::json!([]), "{json:#}");
    assert_eq!(
        json["miscounted_origins"],
        serde_json::json!([]),
        "{json:#}"
    );
    assert_eq!(json["instances"]["precision"], 1.0, "{json:#}");
    assert_eq!(json["instances"]["recall"], 1.0, "{json:#}");
    assert_eq!(json["instances"]["judged"], 4, "{json:#}");
    assert_eq!(json["findings"]["precision"], 1.0, "{json:#}");
    assert_eq!(json["findings"]["recall"], 1.0, "{json:#}");
    assert_eq!(json["passed"], true);
    let table = eval(&fixture("eval/labels.toml"), &[]);
    assert_eq!(table.status.code(), Some(0), "{}", stderr(&table));
    let table = stdout(&table);
    assert!(
        table.contains("instance precision 1.000 (4/4)   recall 1.000 (4/4)"),
        "{table}"
    );
    assert!(
        table
            .contains("origins: 0 miscounted (copy counted twice or unresolved generic head) ok\n"),
        "{table}"
    );
    // The one unjudged instance comes out as a table to paste.
    assert!(
        table.contains("[[instance]]\ndoc = \"courier\"\ntext = \"Residents said the bridge was shut to lorries all week.\"\nrule = \"marlow-bridge-closed\"\n"),
        "{table}"
    );
}

#[test]
fn a_flipped_stance_lowers_precision_and_fails_the_threshold() {
    let (_dir, labels) = labels_with(&[("stance = \"deny\"", "stance = \"affirm\"")]);
    let (json, code) = report(&labels);
    assert_eq!(json["instances"]["precision"], 0.75, "{json:#}");
    assert_eq!(json["instances"]["errors"]["stance"], 1, "{json:#}");
    let wrong = &json["wrong_instances"][0];
    assert_eq!(wrong["doc"], "gazette", "{json:#}");
    assert_eq!(wrong["errors"][0]["expected"], "affirm", "{json:#}");
    assert_eq!(wrong["errors"][0]["got"], "deny", "{json:#}");
    assert_eq!(code, Some(1), "instance_precision 0.75 < 0.9");
}

#[test]
fn a_sentence_labelled_with_another_rule_is_a_rule_error() {
    let (_dir, labels) = labels_with(&[(
        "text = \"The council denied that Marlow Bridge was closed\"\nrule = \"marlow-bridge-closed\"",
        "text = \"The council denied that Marlow Bridge was closed\"\nrule = \"none\"",
    )]);
    let (json, code) = report(&labels);
    assert_eq!(json["instances"]["precision"], 0.75, "{json:#}");
    assert_eq!(json["instances"]["errors"]["rule"], 1, "{json:#}");
    assert_eq!(json["wrong_instances"][0]["errors"][0]["field"], "rule");
    assert_eq!(json["wrong_instances"][0]["errors"][0]["expected"], "none");
    assert_eq!(code, Some(1));
}

#[test]
fn a_sentence_the_engine_does_not_match_lowers_recall() {
    let absent = "[[instance]]\ndoc = \"courier\"\ntext = \"Traffic over the river crossing had stopped\"\nrule = \"marlow-bridge-closed\"\nstance = \"affirm\"\n\n[findings]";
    let (_dir, labels) = labels_with(&[("[findings]", absent)]);
    let (json, code) = report(&labels);
    assert_eq!(json["instances"]["recall"], 0.8, "{json:#}");
    assert_eq!(json["instances"]["precision"], 1.0, "{json:#}");
    let missed = &json["missed_instances"][0];
    assert_eq!(
        missed["text"],
        "Traffic over the river crossing had stopped"
    );
    assert_eq!(
        missed["wrong"],
        Value::Array(Vec::new()),
        "not emitted at all"
    );
    assert_eq!(code, Some(1), "instance_recall 0.8 < 0.9");
}

#[test]
fn a_threshold_fails_only_above_its_figure() {
    let absent = "[[instance]]\ndoc = \"courier\"\ntext = \"Traffic over the river crossing had stopped\"\nrule = \"marlow-bridge-closed\"\n\n[findings]";
    for (threshold, expected) in [("0.8", Some(0)), ("0.81", Some(1))] {
        let (_dir, labels) = labels_with(&[
            ("[findings]", absent),
            (
                "instance_recall = 0.9",
                &format!("instance_recall = {threshold}"),
            ),
        ]);
        let output = eval(&labels, &[]);
        assert_eq!(
            output.status.code(),
            expected,
            "instance_recall = {threshold} on a recall of 0.8: {}",
            stdout(&output)
        );
    }
}

#[test]
fn bad_labels_are_reported_with_line_and_column_and_exit_two() {
    let (_dir, labels) = labels_with(&[
        ("closed on Monday\"", "closed on Sunday\""),
        ("doc = \"gazette\"", "doc = \"gazete\""),
        (
            "kind = \"figure-conflict\"\nrule = \"elmstead-homes-flooded-share\"",
            "kind = \"figure-conflict\"\nrule = \"elmstead-flood\"",
        ),
    ]);
    let output = eval(&labels, &[]);
    assert_eq!(output.status.code(), Some(2), "{}", stdout(&output));
    assert!(output.stdout.is_empty(), "no report: {}", stdout(&output));
    let stderr = stderr(&output);
    let at = |pos: &str| format!("{}:{pos}: ", labels.display());
    let expected = [
        format!(
            "{}text `Marlow Bridge was closed on Sunday` is not in the text of `ledger`",
            at("7:8")
        ),
        format!("{}unknown document `gazete`", at("23:7")),
        format!("{}unknown document `gazete`", at("30:7")),
        format!(
            "{}evidence `Marlow Bridge was closed on Sunday` is in no article of the corpus",
            at("46:13")
        ),
        format!("{}unknown rule `elmstead-flood`", at("50:8")),
        "5 problem(s) in".to_owned(),
    ];
    let mut from = 0;
    for line in &expected {
        let found = stderr[from..]
            .find(line.as_str())
            .unwrap_or_else(|| panic!("{line:?} after byte {from} in:\n{stderr}"));
        from += found + line.len();
    }
}

#[test]
fn json_and_table_are_identical_at_one_and_eight_threads() {
    let labels = fixture("eval/labels.toml");
    for format in ["json", "table"] {
        let one = eval(&labels, &["--format", format, "--threads", "1"]);
        let eight = eval(&labels, &["--format", format, "--threads", "8"]);
        assert_eq!(one.status.code(), Some(0), "{}", stderr(&one));
        assert!(!one.stdout.is_empty());
        assert_eq!(
            stdout(&one),
            stdout(&eight),
            "format {format}: --threads 1 and 8 differ"
        );
    }
    let json = eval(&labels, &["--format", "json", "--threads", "1"]);
    let parsed: Value = serde_json::from_slice(&json.stdout).expect("JSON");
    assert_eq!(parsed["schema_version"], 4);
}

#[test]
fn a_side_whose_label_only_mentions_the_claim_fails_the_eval() {
    let (_dir, labels) = labels_with(&[(
        "stance = \"deny\"\nside = true",
        "stance = \"deny\"\nside = false",
    )]);
    let (json, code) = report(&labels);
    assert_eq!(code, Some(1), "{json:#}");
    assert_eq!(json["passed"], false, "{json:#}");
    let mentions = json["mention_sides"].as_array().expect("a list");
    assert!(
        mentions
            .iter()
            .any(|mention| mention["doc"] == "gazette" && mention["rule"] == "marlow-bridge-closed"),
        "{json:#}"
    );
    let text = eval(&labels, &[]);
    assert!(
        stdout(&text).contains("sides that only mention the claim (speculation, conditional, question, warning, plan): 1 FAIL"),
        "{}",
        stdout(&text)
    );
}
