//! `scan` + `reconcile`: a corpus scanned in shards and reconciled gives the
//! same bytes, exit code and stderr as `check` on the whole corpus, whatever
//! the thread count of each scan; a shard `reconcile` cannot use whole is
//! refused naming its file and line.

use std::fs;
use std::path::{Path, PathBuf};

use crate::support::{root, run, stderr, stdout};

/// Scans `inputs` in `n` shards (`--threads threads`) into `dir` and returns
/// the shard files.
fn scan(inputs: &[&str], n: u32, threads: &str, dir: &Path) -> Vec<String> {
    (1..=n)
        .map(|idx| {
            let file = dir.join(format!("s{idx}.jsonl")).display().to_string();
            let split = format!("{idx}/{n}");
            let mut args = vec!["scan", "--threads", threads, "--shard", &split, "-o", &file];
            args.extend(inputs);
            let output = run(&args);
            assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
            assert!(
                stdout(&output).is_empty(),
                "scan -o writes nothing on stdout"
            );
            file
        })
        .collect()
}

/// Compares `check` with `reconcile` of `shards` for each format, with the
/// report flags `report`.
fn same_as_check(
    inputs: &[&str],
    rules: &str,
    shards: &[String],
    report: &[&str],
    formats: &[&str],
) {
    for format in formats {
        let mut check = vec!["check", "--format", format];
        check.extend(inputs);
        check.extend(report);
        let mut reconcile = vec!["reconcile", "--rules", rules, "--format", format];
        reconcile.extend(shards.iter().map(String::as_str));
        reconcile.extend(report);
        let (expected, actual) = (run(&check), run(&reconcile));
        let case = format!("{} | {}", check.join(" "), reconcile.join(" "));
        assert!(!expected.stdout.is_empty(), "{case}: {}", stderr(&expected));
        assert!(
            expected.stdout == actual.stdout,
            "{case}: stdout differs\n{}",
            stderr(&actual)
        );
        assert_eq!(expected.status.code(), actual.status.code(), "{case}");
        assert_eq!(stderr(&expected), stderr(&actual), "{case}");
    }
}

fn scratch() -> tempfile::TempDir {
    tempfile::tempdir().expect("a scratch folder")
}

#[test]
fn four_shards_reconcile_to_the_bytes_of_check_at_any_thread_count() {
    let inputs = ["--rules", "rules", "--corpus", "corpus"];
    for threads in ["1", "2", "8"] {
        let dir = scratch();
        let shards = scan(&inputs, 4, threads, dir.path());
        let formats: &[&str] = if threads == "1" {
            &[
                "json",
                "table",
                "markdown",
                "html",
                "claimreview",
                "sarif",
                "line",
                "github",
            ]
        } else {
            &["json"]
        };
        same_as_check(&inputs, "rules", &shards, &[], formats);
    }
}

#[test]
fn golden_cases_and_eval_beats_reconcile_to_the_bytes_of_check() {
    let cases: [(&str, &str, &[&str]); 6] = [
        // Copies across shards (each article in its own shard).
        (
            "golden/issue-14-copies/rules",
            "golden/issue-14-copies/corpus",
            &[],
        ),
        ("rules", "golden/wire-copies/corpus", &[]),
        (
            "golden/name-variant/rules",
            "golden/name-variant/corpus",
            &[],
        ),
        (
            "rules",
            "golden/focus-draft/corpus",
            &["--focus", "draft.md"],
        ),
        ("tests/eval/mh17/rules", "tests/eval/mh17/corpus", &[]),
        (
            "tests/eval/kakhovka-dam/rules",
            "tests/eval/kakhovka-dam/corpus",
            &[],
        ),
    ];
    for (rules, corpus, report) in cases {
        let rules = if root().join(rules).is_dir() {
            rules
        } else {
            "rules"
        };
        let inputs = ["--rules", rules, "--corpus", corpus];
        let dir = scratch();
        let shards = scan(&inputs, 4, "2", dir.path());
        same_as_check(&inputs, rules, &shards, report, &["json", "table", "html"]);
        // The same shards concatenated into one file, and as a folder.
        let joined = dir.path().join("all.jsonl");
        let text: String = shards
            .iter()
            .map(|file| fs::read_to_string(file).expect("the shard reads"))
            .collect();
        fs::write(&joined, text).expect("the joined shard writes");
        same_as_check(
            &inputs,
            rules,
            &[joined.display().to_string()],
            report,
            &["json"],
        );
        let piped = std::process::Command::new(env!("CARGO_BIN_EXE_claimcheck"))
            .args(["reconcile", "--rules", rules, "--format", "json", "-"])
            .args(report)
            .current_dir(root())
            .stdin(fs::File::open(&joined).expect("the joined shard opens"))
            .output()
            .expect("the claimcheck binary runs");
        let mut check = vec!["check", "--format", "json"];
        check.extend(inputs);
        check.extend(report);
        assert!(
            run(&check).stdout == piped.stdout,
            "{corpus}: reconcile - differs"
        );
        fs::remove_file(&joined).expect("the joined shard is removed");
        same_as_check(
            &inputs,
            rules,
            &[dir.path().display().to_string()],
            report,
            &["json"],
        );
    }
}

/// A shard of the default corpus, as `scan` writes it to stdout.
fn default_shard() -> String {
    let output = run(&["scan"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    stdout(&output)
}

/// Writes `text` as a shard file and reconciles it; returns stderr after
/// checking the exit code is 2.
fn refused(text: &str) -> String {
    let dir = scratch();
    let file: PathBuf = dir.path().join("bad.jsonl");
    fs::write(&file, text).expect("the shard writes");
    let output = run(&["reconcile", &file.display().to_string()]);
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    assert!(output.stdout.is_empty());
    stderr(&output).replace(&dir.path().display().to_string(), "DIR")
}

#[test]
fn a_shard_reconcile_cannot_use_whole_is_refused_naming_file_and_line() {
    let shard = default_shard();
    assert!(shard.starts_with("{\"header\":{\"format\":\"claimcheck-shard\",\"version\":2,"));
    let other_version = shard.replacen("\"version\":2,", "\"version\":1,", 1);
    assert!(
        refused(&other_version).contains(
            "DIR/bad.jsonl:1: shard format version 1, but this claimcheck reads version 2 only"
        ),
        "{}",
        refused(&other_version)
    );
    let lines: Vec<&str> = shard.lines().collect();
    let cut = lines[..lines.len() / 2].join("\n");
    assert!(refused(&cut).contains("DIR/bad.jsonl:1: the header promises"));
    let mut broken = lines.clone();
    broken[3] = "{\"instance\":{\"citation\":1}}";
    assert!(refused(&broken.join("\n")).contains("DIR/bad.jsonl:4:"));
    // A shard of a split given alone: the other shards are missing.
    let dir = scratch();
    let shards = scan(&["--corpus", "corpus"], 3, "1", dir.path());
    let output = run(&["reconcile", &shards[1]]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("shards 1/3, 3/3 of the 3 shards of the corpus missing"));
    // Shards reconciled with other rules.
    let output = run(&[
        "reconcile",
        "--rules",
        "golden/name-variant/rules",
        &shards[0],
    ]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("s1.jsonl:1: scanned with other rules"),
        "{}",
        stderr(&output)
    );
}
