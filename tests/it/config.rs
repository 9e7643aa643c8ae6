//! `claimcheck.toml` with flags over it, `--corpus -` and `--files-from`.

use std::fs;
use std::io::Write;
use std::process::{Command, Stdio};

use crate::support::{copy_dir, json_of, root, run_in, stderr, stdout};

fn scratch() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("a scratch folder");
    copy_dir(&root().join("rules"), &dir.path().join("house-rules"));
    copy_dir(&root().join("corpus"), &dir.path().join("articles"));
    dir
}

fn n_documents(json: &serde_json::Value) -> usize {
    json["documents"].as_array().map_or(0, Vec::len)
}

#[test]
fn the_config_file_sets_inputs_format_and_fail_on_and_flags_override_it() {
    let dir = scratch();
    fs::write(
        dir.path().join("claimcheck.toml"),
        "rules = [\"house-rules\"]\ncorpus = \"articles\"\nexclude = [\"004_*\"]\n\
         fail_on = [\"contradiction\"]\nformat = \"line\"\n[claimreview]\nauthor = \"Desk\"\n",
    )
    .expect("scratch is writable");
    let output = run_in(dir.path(), &["check"]);
    assert_eq!(
        output.status.code(),
        Some(1),
        "fail_on from the config: {}",
        stderr(&output)
    );
    assert!(
        stdout(&output).starts_with("articles/"),
        "format line: {}",
        stdout(&output)
    );
    assert!(
        !stdout(&output).contains("004_"),
        "excluded: {}",
        stdout(&output)
    );

    let json = json_of(&run_in(
        dir.path(),
        &["check", "--format", "json", "--fail-on", "figure-conflict"],
    ));
    assert_eq!(
        n_documents(&json),
        4,
        "the exclude glob leaves 4 of 5 articles"
    );
    let output = run_in(dir.path(), &["check", "--fail-on", "figure-conflict"]);
    assert_eq!(
        output.status.code(),
        Some(0),
        "--fail-on overrides the config"
    );

    let output = run_in(
        dir.path(),
        &[
            "check",
            "--format",
            "json",
            "--corpus",
            "articles/000_a3fc1f49633f88ae.txt",
        ],
    );
    assert_eq!(
        n_documents(&json_of(&output)),
        1,
        "--corpus overrides the config"
    );
}

#[test]
fn an_unknown_config_key_names_file_line_and_column() {
    let dir = scratch();
    fs::write(
        dir.path().join("ci.toml"),
        "rules = \"house-rules\"\nfail-on = []\n",
    )
    .expect("scratch is writable");
    let output = run_in(dir.path(), &["check", "--config", "ci.toml"]);
    let err = stderr(&output);
    assert_eq!(output.status.code(), Some(2), "{err}");
    assert!(
        err.contains(
            "ci.toml:2:1: unknown key `fail-on` in claimcheck.toml, did you mean `fail_on`?"
        ),
        "{err}"
    );
}

#[test]
fn files_from_lists_the_articles_to_check() {
    let dir = scratch();
    fs::write(
        dir.path().join("list.txt"),
        "# two articles\narticles/000_a3fc1f49633f88ae.txt\n\narticles/001_d566bb28321c3257.txt\n",
    )
    .expect("scratch is writable");
    let json = json_of(&run_in(
        dir.path(),
        &[
            "check",
            "--rules",
            "house-rules",
            "--files-from",
            "list.txt",
            "--format",
            "json",
        ],
    ));
    assert_eq!(n_documents(&json), 2);
}

#[test]
fn corpus_dash_reads_one_article_from_stdin() {
    let dir = scratch();
    let article =
        fs::read(dir.path().join("articles/001_d566bb28321c3257.txt")).expect("an article");
    let mut child = Command::new(env!("CARGO_BIN_EXE_claimcheck"))
        .args([
            "check",
            "--rules",
            "house-rules",
            "--corpus",
            "-",
            "--format",
            "line",
        ])
        .current_dir(dir.path())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the claimcheck binary runs");
    child
        .stdin
        .take()
        .expect("stdin is piped")
        .write_all(&article)
        .expect("the article is written");
    let output = child.wait_with_output().expect("the run ends");
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let text = stdout(&output);
    assert!(!text.is_empty());
    assert!(
        text.lines().all(|line| line.starts_with("<stdin>:")),
        "{text}"
    );
    assert!(text.contains("[russia-sold-china-su35]"), "{text}");
}

#[test]
fn globs_choose_among_folder_files_but_never_drop_a_named_file() {
    let dir = scratch();
    fs::write(
        dir.path().join("claimcheck.toml"),
        "include = [\"**/*.md\"]\nexclude = [\"articles/000_*\"]\n",
    )
    .expect("scratch is writable");
    let json = json_of(&run_in(
        dir.path(),
        &[
            "check",
            "--rules",
            "house-rules",
            "--corpus",
            "articles/000_a3fc1f49633f88ae.txt",
            "--format",
            "json",
        ],
    ));
    assert_eq!(
        n_documents(&json),
        1,
        "a file named on the command line is read"
    );
}
