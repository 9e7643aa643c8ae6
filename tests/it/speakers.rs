//! `claimcheck eval --speakers`: the speaker bank in `tests/fixtures/speakers/`
//! scored, and copies of it with one planted change each.

use std::path::{Path, PathBuf};
use std::process::Output;

use serde_json::Value;

use crate::support::{fixture, run, stderr, stdout};

/// A copy of the fixture bank with every `from` of its story file replaced by
/// its `to` (each must occur) and `bank.toml` set to `thresholds`, in a
/// temporary directory that lives as long as the returned guard.
fn bank_with(edits: &[(&str, &str)], thresholds: &str) -> (tempfile::TempDir, PathBuf) {
    let mut text = std::fs::read_to_string(fixture("speakers/harbour-fire.toml"))
        .expect("the fixture bank reads");
    for (from, to) in edits {
        assert!(text.contains(from), "the fixture bank contains {from:?}");
        text = text.replace(from, to);
    }
    let dir = tempfile::tempdir().expect("a temporary directory");
    std::fs::write(dir.path().join("harbour-fire.toml"), text).expect("the bank writes");
    std::fs::write(dir.path().join("bank.toml"), thresholds).expect("the thresholds write");
    let path = dir.path().to_path_buf();
    (dir, path)
}

fn eval(bank: &Path, extra: &[&str]) -> Output {
    let mut args = vec!["eval", "--speakers", bank.to_str().expect("a UTF-8 path")];
    args.extend_from_slice(extra);
    run(&args)
}

#[test]
fn the_fixture_bank_scores_every_sentence_and_exits_zero() {
    let output = eval(&fixture("speakers"), &[]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let table = stdout(&output);
    for line in [
        "tests/fixtures/speakers/harbour-fire.toml          4      4     1.000  A fire at the Marlow harbour warehouse",
        "speaker right 1.000 (4/4) in 1 files; own voice 1/1",
        "threshold speaker_accuracy 0.750: 1.000 ok",
    ] {
        assert!(table.contains(line), "{line:?} in:\n{table}");
    }
    let json = eval(&fixture("speakers"), &["--format", "json"]);
    let json: Value = serde_json::from_slice(&json.stdout).expect("eval --speakers prints JSON");
    assert_eq!(json["schema"], 1);
    assert_eq!(json["sentences"], 4);
    assert_eq!(json["right"], 4);
    assert_eq!(json["wrong"], serde_json::json!([]));
}

#[test]
fn a_wrong_speaker_is_listed_and_fails_the_threshold_with_exit_one() {
    let (_dir, bank) = bank_with(
        &[("speaker = \"none\"", "speaker = [\"Keel Logistics\"]")],
        "[thresholds]\nspeaker_accuracy = 0.8\n",
    );
    let output = eval(&bank, &[]);
    assert_eq!(output.status.code(), Some(1), "{}", stdout(&output));
    let table = stdout(&output);
    let file = bank.join("harbour-fire.toml");
    for line in [
        "speaker right 0.750 (3/4) in 1 files; own voice 0/0".to_owned(),
        "threshold speaker_accuracy 0.800: 0.750 FAIL".to_owned(),
        format!(
            "- {}:38:8: expected Keel Logistics, got none\n  “The warehouse stored about 400 tonnes of grain.”",
            file.display()
        ),
    ] {
        assert!(table.contains(&line), "{line:?} in:\n{table}");
    }
}

#[test]
fn a_bad_bank_names_file_line_and_column_and_exits_two() {
    let (_dir, bank) = bank_with(&[("story = ", "storey = ")], "");
    let output = eval(&bank, &[]);
    assert_eq!(output.status.code(), Some(2), "{}", stdout(&output));
    let message = format!(
        "{}:2:1: unknown field `storey`",
        bank.join("harbour-fire.toml").display()
    );
    assert!(
        stderr(&output).contains(&message),
        "{message:?} in {}",
        stderr(&output)
    );

    let (_dir, bank) = bank_with(&[("text = \"She added that", "text = \"She said that")], "");
    let output = eval(&bank, &[]);
    assert_eq!(output.status.code(), Some(2), "{}", stdout(&output));
    let message = format!(
        "{}:32:8: the sentence `She said that no one was hurt.` is not in its passage",
        bank.join("harbour-fire.toml").display()
    );
    assert!(
        stderr(&output).contains(&message),
        "{message:?} in {}",
        stderr(&output)
    );

    let (_dir, bank) = bank_with(&[], "[thresholds]\nspeaker_accuracy = 75\n");
    let output = eval(&bank, &[]);
    assert_eq!(output.status.code(), Some(2), "{}", stdout(&output));
    assert!(
        stderr(&output).contains("bank.toml:2:20: speaker_accuracy must lie in 0..=1, found 75"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn labels_and_speakers_cannot_be_given_together() {
    let output = run(&[
        "eval",
        "--labels",
        "tests/fixtures/eval/labels.toml",
        "--speakers",
        "tests/fixtures/speakers",
    ]);
    assert_eq!(output.status.code(), Some(2), "{}", stdout(&output));
    assert!(
        stderr(&output).contains("cannot be used with"),
        "{}",
        stderr(&output)
    );
}
