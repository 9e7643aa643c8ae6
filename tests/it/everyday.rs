//! Everyday flags: `--version`, completions, the man page, `--quiet`, `--color`.

use claimcheck::report::json::SCHEMA_VERSION;

use crate::support::{run, stderr, stdout};

#[test]
fn version_names_the_json_schema() {
    let output = run(&["--version"]);
    assert_eq!(output.status.code(), Some(0));
    let text = stdout(&output);
    assert!(
        text.contains(&format!("(JSON schema {SCHEMA_VERSION})")),
        "{text}"
    );
}

#[test]
fn completions_and_man_page_come_from_the_command_line() {
    let output = run(&["completions", "bash"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(
        stdout(&output).contains("--baseline"),
        "{}",
        stdout(&output)
    );
    let output = run(&["man"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(stdout(&output).starts_with(".ie") || stdout(&output).contains(".TH claimcheck"));
    assert!(run(&["completions", "tcsh"]).status.code() == Some(2));
}

#[test]
fn quiet_silences_warnings_but_not_errors() {
    let dir = tempfile::tempdir().expect("a scratch folder");
    let base = dir.path().join("base.toml");
    std::fs::write(
        &base,
        "version = 1\n[[finding]]\nfingerprint = \"00000000deadbeef\"\nkind = \"contradiction\"\n",
    )
    .expect("scratch is writable");
    let base = base.to_string_lossy().into_owned();
    let loud = run(&["check", "--baseline", &base, "--format", "line"]);
    assert!(stderr(&loud).contains("stale entry"), "{}", stderr(&loud));
    let quiet = run(&["--quiet", "check", "--baseline", &base, "--format", "line"]);
    assert_eq!(quiet.status.code(), Some(0));
    assert!(stderr(&quiet).is_empty(), "{}", stderr(&quiet));
    let error = run(&["check", "--quiet", "--rule", "no-such-rule-anywhere-xyz"]);
    assert_eq!(error.status.code(), Some(2));
    assert!(
        stderr(&error).contains("unknown rule id"),
        "{}",
        stderr(&error)
    );
}

#[test]
fn color_always_and_never_override_the_terminal() {
    let always = stdout(&run(&["check", "--color", "always"]));
    let never = stdout(&run(&["check", "--color", "never"]));
    assert!(always.contains('\u{1b}'), "--color always colours");
    assert!(!never.contains('\u{1b}'), "--color never does not");
}
