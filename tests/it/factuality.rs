//! `claimcheck eval --factuality`: the factuality bank in
//! `tests/fixtures/factuality/` scored, and copies of it with one planted
//! change each.

use std::path::{Path, PathBuf};
use std::process::Output;

use serde_json::Value;

use crate::support::{fixture, run, stderr, stdout};

const STORY: &str = "ferry-strike.toml";

/// A copy of the fixture bank with every `from` of its story file replaced by
/// its `to` (each must occur), `bank.toml` set to `thresholds` and `extra`
/// files beside them, in a temporary directory that lives as long as the
/// returned guard.
fn bank_with(
    edits: &[(&str, &str)],
    thresholds: &str,
    extra: &[(&str, &str)],
) -> (tempfile::TempDir, PathBuf) {
    let mut text =
        std::fs::read_to_string(fixture("factuality").join(STORY)).expect("the fixture bank reads");
    for (from, to) in edits {
        assert!(text.contains(from), "the fixture bank contains {from:?}");
        text = text.replace(from, to);
    }
    let dir = tempfile::tempdir().expect("a temporary directory");
    std::fs::write(dir.path().join(STORY), text).expect("the bank writes");
    std::fs::write(dir.path().join("bank.toml"), thresholds).expect("the thresholds write");
    for (name, text) in extra {
        std::fs::write(dir.path().join(name), text).expect("the extra file writes");
    }
    let path = dir.path().to_path_buf();
    (dir, path)
}

fn eval(bank: &Path, extra: &[&str]) -> Output {
    let mut args = vec!["eval", "--factuality", bank.to_str().expect("a UTF-8 path")];
    args.extend_from_slice(extra);
    run(&args)
}

/// Runs the bank and checks that it exits 2 naming `message` (after the
/// story file's path, when `in_story`).
fn fails_with(bank: &Path, in_story: bool, message: &str) {
    let output = eval(bank, &[]);
    assert_eq!(output.status.code(), Some(2), "{}", stdout(&output));
    let message = if in_story {
        format!("{}:{message}", bank.join(STORY).display())
    } else {
        message.to_owned()
    };
    assert!(
        stderr(&output).contains(&message),
        "{message:?} in {}",
        stderr(&output)
    );
}

#[test]
fn the_fixture_bank_scores_every_entry_lists_the_wrong_one_and_exits_zero() {
    let output = eval(&fixture("factuality"), &[]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let table = stdout(&output);
    for line in [
        "tests/fixtures/factuality/ferry-strike.toml        6  0.833   0.833  0.833  1.000  A strike halts the Calder ferry service",
        "right 0.833 (5/6)   stance 0.833 (5/6)   side 0.833 (5/6)   act 1.000 (4/4) in 1 files",
        "side                             3             1\nno side                          0             2",
        "denial             1/1\nquestion           1/1\nreport             1/1\nspeculation        1/1",
        "threshold right 0.800: 0.833 ok",
    ]
    .map(str::to_owned)
    .into_iter()
    .chain([format!(
        "Wrong entries: 1\n{}:64: did not blame the crews for [the delays] — label affirm, side; read no instance (no cue)",
        fixture("factuality").join(STORY).display()
    )]) {
        assert!(table.contains(&line), "{line:?} in:\n{table}");
    }
}

#[test]
fn json_gives_the_same_figures() {
    let output = eval(&fixture("factuality"), &["--format", "json"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let json: Value =
        serde_json::from_slice(&output.stdout).expect("eval --factuality prints JSON");
    assert_eq!(json["schema"], 1);
    assert_eq!(json["entries"], 6);
    assert_eq!(
        json["right"],
        serde_json::json!({"right": 5, "of": 6, "ratio": 5.0 / 6.0})
    );
    assert_eq!(json["act"]["of"], 4);
    assert_eq!(
        json["side_confusion"],
        serde_json::json!({
            "labelled_side": {"read_side": 3, "read_no_side": 1},
            "labelled_no_side": {"read_side": 0, "read_no_side": 2},
        })
    );
    assert_eq!(json["act_confusion"]["speculation"]["speculation"], 1);
    assert_eq!(json["thresholds"], serde_json::json!({"right": 0.8}));
    assert_eq!(json["passed"], true);
    let wrong = &json["wrong"][0];
    assert_eq!(wrong["line"], 64);
    assert_eq!(wrong["column"], 8);
    assert_eq!(
        wrong["read"],
        serde_json::json!({"stance": "none", "side": false, "act": "none"})
    );
    assert_eq!(
        wrong["label"],
        serde_json::json!({"stance": "affirm", "side": true, "act": null})
    );
}

#[test]
fn a_label_the_engine_reads_otherwise_is_listed_and_fails_the_threshold_with_exit_one() {
    let (_dir, bank) = bank_with(
        &[(
            "stance = \"affirm\"\nside = false\nact = \"speculation\"",
            "stance = \"deny\"\nside = true\nact = \"prediction\"",
        )],
        "[thresholds]\nright = 0.8\nact = 0.9\n",
        &[],
    );
    let output = eval(&bank, &[]);
    assert_eq!(output.status.code(), Some(1), "{}", stdout(&output));
    let table = stdout(&output);
    for line in [
        "right 0.667 (4/6)   stance 0.667 (4/6)   side 0.667 (4/6)   act 0.750 (3/4) in 1 files".to_owned(),
        "prediction         0/1  speculation 1".to_owned(),
        "threshold act 0.900: 0.750 FAIL\nthreshold right 0.800: 0.667 FAIL".to_owned(),
        format!(
            "Wrong entries: 2\n{}:40: [the strike could spread] to the port's tug crews — label deny, side, prediction; read affirm, no side, speculation (cue \"could\")\n{}:64:",
            bank.join(STORY).display(),
            bank.join(STORY).display()
        ),
    ] {
        assert!(table.contains(&line), "{line:?} in:\n{table}");
    }
}

#[test]
fn a_single_file_has_no_thresholds_and_exits_zero() {
    let output = eval(&fixture("factuality").join(STORY), &[]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(
        !stdout(&output).contains("threshold"),
        "{}",
        stdout(&output)
    );
}

#[test]
fn every_bank_error_names_file_line_and_column_and_exits_two() {
    let (_dir, bank) = bank_with(&[("story = ", "story == ")], "", &[]);
    fails_with(&bank, true, "2:8: extra `=`, expected nothing");
    let (_dir, bank) = bank_with(&[("act = \"report\"", "akt = \"report\"")], "", &[]);
    fails_with(&bank, true, "28:1: unknown field `akt`");
    let (_dir, bank) = bank_with(&[("stance = \"deny\"", "stance = \"denial\"")], "", &[]);
    fails_with(
        &bank,
        true,
        "34:10: unknown variant `denial`, expected `affirm` or `deny`",
    );
    let (_dir, bank) = bank_with(&[("act = \"question\"", "act = \"query\"")], "", &[]);
    fails_with(
        &bank,
        true,
        "53:7: unknown variant `query`, expected one of",
    );
    let (_dir, bank) = bank_with(
        &[(
            "side = true\nact = \"report\"",
            "side = \"yes\"\nact = \"report\"",
        )],
        "",
        &[],
    );
    fails_with(
        &bank,
        true,
        "27:8: invalid type: string \"yes\", expected a boolean",
    );
    let (_dir, bank) = bank_with(
        &[(
            "text = \"Ferry crews on the Calder crossing walked out on Thursday\"",
            "text = \"Ferry crews walked out\"",
        )],
        "",
        &[],
    );
    fails_with(
        &bank,
        true,
        "24:8: the sentence `Ferry crews walked out` is not in its passage",
    );
    let (_dir, bank) = bank_with(
        &[(
            "text = \"did not blame the crews for the delays\"",
            "text = \"the\"",
        )],
        "",
        &[],
    );
    fails_with(
        &bank,
        true,
        "64:8: the sentence `the` occurs 11 times in its passage",
    );
    let (_dir, bank) = bank_with(
        &[(
            "claim = \"the delays\"",
            "claim = \"the stranded passengers\"",
        )],
        "",
        &[],
    );
    fails_with(
        &bank,
        true,
        "65:9: the claim `the stranded passengers` is not in its sentence",
    );
    let (_dir, bank) = bank_with(&[("claim = \"the delays\"\n", "")], "", &[]);
    fails_with(&bank, true, "62:1: missing field `claim`");
    let (_dir, bank) = bank_with(
        &[],
        "",
        &[(
            "another.toml",
            "story = \"the same id\"\n\n[[passage]]\nid = \"courier-2024-05-10-ferry-strike\"\ntext = \"Crews walked out.\"\n",
        )],
    );
    fails_with(
        &bank,
        true,
        &format!(
            "5:6: passage id `courier-2024-05-10-ferry-strike` is used twice (first at {}:4:6)",
            bank.join("another.toml").display()
        ),
    );
    let (_dir, bank) = bank_with(&[], "[thresholds]\nright = 83\n", &[]);
    fails_with(
        &bank,
        false,
        "bank.toml:2:9: right must lie in 0..=1, found 83",
    );
    let (_dir, bank) = bank_with(&[], "[thresholds]\nstance = 0.8\n", &[]);
    fails_with(&bank, false, "bank.toml:1:1: missing field `right`");
}

#[test]
fn factuality_cannot_be_given_with_labels_or_speakers() {
    for other in [
        ["--labels", "tests/fixtures/eval/labels.toml"],
        ["--speakers", "tests/fixtures/speakers"],
    ] {
        let mut args = vec!["eval", "--factuality", "tests/fixtures/factuality"];
        args.extend_from_slice(&other);
        let output = run(&args);
        assert_eq!(output.status.code(), Some(2), "{}", stdout(&output));
        assert!(
            stderr(&output).contains("cannot be used with"),
            "{}",
            stderr(&output)
        );
    }
}

/// The README's warnings through the whole pipeline with the default
/// rulebook: the rule's claim opens at the urged party ("Beijing"), so the
/// urging's cue stands before the claim and its "not to" or "against"
/// inside it; each reads as a warning that takes no side.
#[test]
fn an_urging_before_a_claim_that_opens_at_the_urged_party_is_a_warning() {
    let dir = tempfile::tempdir().expect("a temp dir");
    std::fs::write(
        dir.path().join("a.txt"),
        "Warnings\n\nWashington urged Beijing not to supply weapons to Moscow.\n\n\
         Washington warned Beijing against supplying weapons to Moscow.\n",
    )
    .expect("writable");
    let output = run(&[
        "check",
        "--format",
        "json",
        "--rule",
        "china-military-aid-to-russia",
        "--corpus",
        dir.path().to_str().expect("a UTF-8 path"),
    ]);
    let json: Value = serde_json::from_str(&stdout(&output)).expect("JSON");
    let instances = json["instances"].as_array().expect("instances");
    let read: Vec<(String, bool)> = instances
        .iter()
        .filter(|instance| instance["rule"] == "china-military-aid-to-russia")
        .map(|instance| {
            (
                instance["speech_act"].as_str().unwrap_or("").to_owned(),
                instance["side"].as_bool().unwrap_or(true),
            )
        })
        .collect();
    assert_eq!(
        read,
        [("warning".to_owned(), false), ("warning".to_owned(), false)],
        "{}",
        stdout(&output)
    );
}
