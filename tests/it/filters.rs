//! `--fail-on` against the display filters, and unknown rule ids and kinds.

use crate::support::{json_of, run, stderr, stdout};

fn kinds(args: &[&str]) -> (Option<i32>, Vec<String>) {
    let mut all = vec!["check", "--format", "json"];
    all.extend_from_slice(args);
    let output = run(&all);
    let json = json_of(&output);
    let kinds = json["findings"]
        .as_array()
        .expect("findings is an array")
        .iter()
        .map(|finding| finding["kind"].as_str().unwrap_or("").to_string())
        .collect();
    (output.status.code(), kinds)
}

#[test]
fn fail_on_sees_findings_the_display_filters_hide() {
    let (code, shown) = kinds(&["--kind", "unsupported", "--fail-on", "contradiction"]);
    assert_eq!(code, Some(1));
    assert!(!shown.is_empty() && shown.iter().all(|kind| kind == "unsupported"));
    let (code, shown) = kinds(&[
        "--rule",
        "russia-sold-china-s400",
        "--fail-on",
        "contradiction",
    ]);
    assert_eq!(code, Some(1));
    assert!(
        !shown.iter().any(|kind| kind == "contradiction"),
        "{shown:?}"
    );
}

#[test]
fn fail_on_a_kind_with_no_finding_passes_whatever_is_shown() {
    let (code, shown) = kinds(&["--fail-on", "figure-conflict"]);
    assert_eq!(code, Some(0));
    assert!(!shown.is_empty());
}

#[test]
fn an_unknown_rule_id_is_an_error_with_a_suggestion() {
    let output = run(&["check", "--rule", "china-military-aid-to-rusia"]);
    let err = stderr(&output);
    assert_eq!(output.status.code(), Some(2), "{err}");
    assert!(
        err.contains("did you mean `china-military-aid-to-russia`?"),
        "{err}"
    );
    assert!(stdout(&output).is_empty());
    let output = run(&["rules", "test", "--rule", "nothing-like-any-rule-id-xyz"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("unknown rule id"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn an_unknown_kind_is_an_error_with_a_suggestion() {
    let output = run(&["check", "--fail-on", "unsuported"]);
    let err = stderr(&output);
    assert_eq!(output.status.code(), Some(2), "{err}");
    assert!(err.contains("'unsupported'"), "{err}");
}

#[test]
fn rules_test_runs_only_the_rules_asked_for() {
    let output = run(&["rules", "test", "--rule", "russia-sold-china-s400"]);
    let out = stdout(&output);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(out.contains("russia-sold-china-s400"), "{out}");
    assert!(out.contains("1 rules,"), "{out}");
    assert!(!out.contains("china-military-aid-to-russia"), "{out}");
}
