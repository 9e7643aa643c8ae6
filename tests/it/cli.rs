//! The command line: usage errors, exit codes, filters and a closed pipe.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

use claimcheck::model::FindingKind;
use claimcheck::vocab::Named;
use clap::ValueEnum;

use crate::support::{root, run, stderr, stdout};

fn json(args: &[&str]) -> serde_json::Value {
    let output = run(args);
    assert!(
        output.status.code().is_some_and(|code| code <= 1),
        "{}",
        stderr(&output)
    );
    serde_json::from_slice(&output.stdout).expect("check --format json prints JSON")
}

#[test]
fn an_unknown_flag_is_a_usage_error() {
    let output = run(&["check", "--colour"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("--colour"), "{}", stderr(&output));
}

#[test]
fn zero_threads_is_a_usage_error() {
    let output = run(&["check", "--threads", "0"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("--threads"), "{}", stderr(&output));
}

#[test]
fn an_unknown_kind_is_a_usage_error() {
    let output = run(&["check", "--kind", "contradictions"]);
    let err = stderr(&output);
    assert_eq!(output.status.code(), Some(2), "{err}");
    assert!(err.contains("'contradictions'"), "{err}");
    let names: Vec<&str> = FindingKind::value_variants()
        .iter()
        .map(Named::name)
        .collect();
    let valid = format!("[possible values: {}]", names.join(", "));
    assert!(err.contains(&valid), "expected {valid} in:\n{err}");
    assert!(stdout(&output).is_empty());
}

#[test]
fn help_lists_the_exit_codes() {
    let output = run(&["check", "--help"]);
    assert_eq!(output.status.code(), Some(0));
    assert!(
        stdout(&output).contains("Exit codes"),
        "{}",
        stdout(&output)
    );
}

#[test]
fn a_missing_rules_directory_is_named() {
    let output = run(&["check", "--rules", "no/such/rules"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("no/such/rules"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn fail_on_sets_exit_code_one_only_for_listed_kinds() {
    let all = json(&["check", "--format", "json"]);
    let kinds: Vec<String> = all["findings"]
        .as_array()
        .expect("findings is an array")
        .iter()
        .filter_map(|finding| finding["kind"].as_str().map(str::to_string))
        .collect();
    let Some(kind) = kinds.first() else {
        return;
    };
    let output = run(&["check", "--fail-on", kind]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    let absent = [
        "contradiction",
        "figure-conflict",
        "unsupported",
        "corroborated",
        "invalid-value",
        "name-variant",
    ]
    .into_iter()
    .find(|candidate| !kinds.iter().any(|kind| kind == candidate));
    if let Some(absent) = absent {
        let output = run(&["check", "--fail-on", absent]);
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    }
}

#[test]
fn kind_and_rule_filters_keep_only_matching_findings() {
    let all = json(&["check", "--format", "json"]);
    let findings = all["findings"].as_array().expect("findings is an array");
    let Some(first) = findings.first() else {
        return;
    };
    let kind = first["kind"].as_str().expect("kind is a string");
    let filtered = json(&["check", "--format", "json", "--kind", kind]);
    let kept = filtered["findings"]
        .as_array()
        .expect("findings is an array");
    assert!(!kept.is_empty());
    assert!(kept.iter().all(|finding| finding["kind"] == kind));
    if let Some(rule) = first["rule"].as_str() {
        let filtered = json(&["check", "--format", "json", "--rule", rule]);
        let kept = filtered["findings"]
            .as_array()
            .expect("findings is an array");
        assert!(!kept.is_empty());
        assert!(kept.iter().all(|finding| finding["rule"] == rule));
    }
}

#[test]
fn focus_keeps_only_findings_that_involve_the_article() {
    let all = json(&["check", "--format", "json"]);
    let documents = all["documents"].as_array().expect("documents is an array");
    let instances = all["instances"].as_array().expect("instances is an array");
    for document in documents {
        let path = document["path"].as_str().expect("path is a string");
        let id = document["id"].as_str().expect("id is a string");
        let focused = json(&[
            "check",
            "--format",
            "json",
            "--focus",
            &format!("corpus/{path}"),
        ]);
        for finding in focused["findings"]
            .as_array()
            .expect("findings is an array")
        {
            // Its evidence or its mentions (instances that take no side).
            let mentions = finding["mentions"].as_array().cloned().unwrap_or_default();
            let involves = finding["instances"]
                .as_array()
                .expect("instances is an array")
                .iter()
                .chain(&mentions)
                .any(|wanted| {
                    instances
                        .iter()
                        .any(|instance| instance["id"] == *wanted && instance["doc"] == id)
                })
                || finding["sides"]
                    .to_string()
                    .contains(&format!("\"doc\":\"{id}\""));
            assert!(
                involves,
                "--focus {path} kept a finding that does not involve it: {finding}"
            );
        }
    }
    let output = run(&["check", "--focus", "corpus/nope.txt"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("nope.txt"), "{}", stderr(&output));
}

#[test]
fn a_closed_pipe_exits_quietly() {
    let dir = std::env::temp_dir().join(format!("claimcheck-pipe-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir is writable");
    let corpus = root().join("corpus");
    for copy in 0..40 {
        for entry in std::fs::read_dir(&corpus)
            .expect("corpus is readable")
            .flatten()
        {
            let path = entry.path();
            if path.extension().is_some_and(|ext| ext == "txt") {
                let name = format!("{copy:02}-{}", entry.file_name().to_string_lossy());
                std::fs::copy(&path, dir.join(name)).expect("temp dir is writable");
            }
        }
    }
    let mut child = Command::new(env!("CARGO_BIN_EXE_claimcheck"))
        .args(["check", "--format", "json", "--corpus"])
        .arg(&dir)
        .current_dir(root())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the claimcheck binary runs");
    let stdout = child.stdout.take().expect("stdout is piped");
    let mut first = String::new();
    BufReader::new(stdout)
        .read_line(&mut first)
        .expect("one line arrives");
    let output = child.wait_with_output().expect("claimcheck finishes");
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(first.trim(), "{");
    let err = String::from_utf8_lossy(&output.stderr);
    assert!(!err.contains("panicked"), "{err}");
    assert!(!err.contains("Broken pipe"), "{err}");
    assert!(
        output.status.code().is_some_and(|code| code <= 1),
        "exit {:?}: {err}",
        output.status.code()
    );
}
