//! Baselines: `claimcheck baseline` writes one, `check --baseline` fails only
//! on new and changed findings and names stale entries; in-text suppression.

use std::fs;
use std::path::Path;

use crate::support::{copy_dir, json_of, root, run_in, stderr};

/// The article that alone says Russia sold China Su-35s (line 37).
const SU35_ARTICLE: &str = "corpus/001_d566bb28321c3257.txt";
const SU35: &str = "The shift was sealed with Chinese purchases of Su-35 fighter jets";

/// A rule two articles back: it adds one new corroborated finding.
const EXTRA_RULE: &str = r#"
[[rule]]
id = "zz-naval-exercises"
kind = "proposition"
claim = "China and Russia hold joint naval exercises in distant waters"
all = ["joint naval exercises"]

[[rule.example]]
text = "They held joint naval exercises."
stance = "affirm"
"#;

fn scratch() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("a scratch folder");
    copy_dir(&root().join("rules"), &dir.path().join("rules"));
    copy_dir(&root().join("corpus"), &dir.path().join("corpus"));
    dir
}

/// `(rule, baseline status)` of each finding of a `check --baseline`, its exit code and stderr.
fn check(dir: &Path, extra: &[&str]) -> (Option<i32>, Vec<(String, String)>, String) {
    let mut args = vec!["check", "--format", "json", "--baseline", "base.toml"];
    args.extend_from_slice(extra);
    let output = run_in(dir, &args);
    let json = json_of(&output);
    let marks = json["findings"]
        .as_array()
        .expect("findings is an array")
        .iter()
        .map(|finding| {
            (
                finding["rule"].as_str().unwrap_or("").to_string(),
                finding["baseline"]["status"]
                    .as_str()
                    .unwrap_or("")
                    .to_string(),
            )
        })
        .collect();
    (output.status.code(), marks, stderr(&output))
}

fn statuses<'a>(marks: &'a [(String, String)], status: &str) -> Vec<&'a str> {
    marks
        .iter()
        .filter(|(_, found)| found == status)
        .map(|(rule, _)| rule.as_str())
        .collect()
}

#[test]
fn a_baseline_run_fails_only_on_a_new_finding_and_names_stale_entries() {
    let dir = scratch();
    let output = run_in(dir.path(), &["baseline", "--output", "base.toml"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("wrote base.toml: 48 findings"),
        "{}",
        stderr(&output)
    );
    let mut base = fs::read_to_string(dir.path().join("base.toml")).expect("baseline written");
    base.push_str(
        "\n[[finding]]\nfingerprint = \"00000000deadbeef\"\nkind = \"contradiction\"\n\
         rule = \"a-rule-since-removed\"\nclaim = \"Gone\"\ndecision = \"false-positive\"\n",
    );
    let base = base.replacen(
        "rule = \"russia-sold-china-su35\"\n",
        "rule = \"russia-sold-china-su35\"\ndecision = \"accepted\"\nnote = \"checked\"\n",
        1,
    );
    fs::write(dir.path().join("base.toml"), base).expect("scratch is writable");

    let (code, marks, err) = check(dir.path(), &["--fail-on", "unsupported,contradiction"]);
    assert_eq!(code, Some(0), "{err}");
    assert!(
        marks.iter().all(|(_, status)| status == "known"),
        "{marks:?}"
    );
    assert!(err.contains("1 stale entry"), "{err}");
    assert!(
        err.contains("00000000deadbeef contradiction [a-rule-since-removed] Gone"),
        "{err}"
    );
    let strict = run_in(
        dir.path(),
        &["check", "--baseline", "base.toml", "--strict"],
    );
    assert_eq!(
        strict.status.code(),
        Some(2),
        "a stale entry is a warning, so --strict fails: {}",
        stderr(&strict)
    );

    fs::write(dir.path().join("rules/zz-extra.toml"), EXTRA_RULE).expect("scratch is writable");
    let (code, marks, _) = check(dir.path(), &["--fail-on", "corroborated"]);
    assert_eq!(code, Some(1), "the new finding fails the run");
    assert_eq!(statuses(&marks, "new"), ["zz-naval-exercises"]);
    let (code, _, _) = check(dir.path(), &["--fail-on", "contradiction"]);
    assert_eq!(code, Some(0), "no new contradiction");

    // Other evidence for a known claim: the same claim, changed.
    let article = dir.path().join(SU35_ARTICLE);
    let text = fs::read_to_string(&article).expect("the article");
    let edited = text.replace(
        SU35,
        "The shift was sealed when China bought Su-35 fighter jets",
    );
    assert_ne!(text, edited);
    fs::write(&article, edited).expect("scratch is writable");
    let (code, marks, _) = check(dir.path(), &["--fail-on", "contradiction"]);
    assert_eq!(code, Some(0));
    // Both rules that cite the edited sentence changed; nothing else did.
    assert_eq!(
        statuses(&marks, "changed"),
        ["russia-sold-china-su35", "russia-sold-china-s400"]
    );
    let (code, _, _) = check(
        dir.path(),
        &[
            "--fail-on",
            "unsupported",
            "--rule",
            "russia-sold-china-su35",
        ],
    );
    assert_eq!(code, Some(1), "a changed finding fails the run");

    // Rewriting the baseline keeps the reviewer's decision on the changed finding.
    let output = run_in(dir.path(), &["baseline", "--output", "base.toml"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let base = fs::read_to_string(dir.path().join("base.toml")).expect("baseline written");
    assert!(
        base.contains("decision = \"accepted\"\nnote = \"checked\""),
        "{base}"
    );
    assert!(!base.contains("deadbeef"), "stale entries are dropped");
    let (code, marks, err) = check(dir.path(), &["--fail-on", "unsupported"]);
    assert_eq!(code, Some(0), "{err}");
    assert!(
        marks.iter().all(|(_, status)| status == "known"),
        "{marks:?}"
    );
}

#[test]
fn a_bad_baseline_names_file_line_and_column() {
    let dir = scratch();
    fs::write(
        dir.path().join("base.toml"),
        "version = 1\n[[finding]]\nfingerprint = \"a\"\nkind = \"contradiction\"\nverdict = \"ok\"\n",
    )
    .expect("scratch is writable");
    let output = run_in(dir.path(), &["check", "--baseline", "base.toml"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("base.toml:5:1: unknown field `verdict`"),
        "{}",
        stderr(&output)
    );
}

/// The rules of the findings of a plain check.
fn rules_found(dir: &Path) -> (Option<i32>, Vec<String>, String) {
    let output = run_in(dir, &["check", "--format", "json"]);
    let json: serde_json::Value =
        serde_json::from_slice(&output.stdout).expect("--format json prints JSON");
    let rules = json["findings"]
        .as_array()
        .expect("findings is an array")
        .iter()
        .map(|finding| finding["rule"].as_str().unwrap_or("").to_string())
        .collect();
    (output.status.code(), rules, stderr(&output))
}

#[test]
fn suppression_comments_ignore_a_rule_on_a_line_or_in_an_article() {
    let dir = scratch();
    let article = dir.path().join(SU35_ARTICLE);
    let text = fs::read_to_string(&article).expect("the article");
    let (_, before, _) = rules_found(dir.path());
    assert!(before.iter().any(|rule| rule == "russia-sold-china-su35"));

    let comment = "<!-- claimcheck: ignore-line russia-sold-china-su35 -->";
    fs::write(&article, text.replace(SU35, &format!("{SU35} {comment}")))
        .expect("scratch is writable");
    let (code, after, err) = rules_found(dir.path());
    assert_eq!(code, Some(0), "{err}");
    let mut expected = before.clone();
    expected.retain(|rule| rule != "russia-sold-china-su35");
    assert_eq!(after, expected, "only the Su-35 finding goes");

    // On another line it ignores nothing.
    fs::write(&article, format!("{text}\n{comment}\n")).expect("scratch is writable");
    assert_eq!(rules_found(dir.path()).1, before);

    fs::write(
        &article,
        format!("<!-- claimcheck: ignore russia-sold-china-su35 -->\n{text}"),
    )
    .expect("scratch is writable");
    assert_eq!(rules_found(dir.path()).1, expected);

    fs::write(
        &article,
        format!("<!-- claimcheck: ignore russia-sold-china-su53 -->\n{text}"),
    )
    .expect("scratch is writable");
    let (code, after, err) = rules_found(dir.path());
    assert_eq!(code, Some(0), "a bad comment is a warning: the code stays");
    assert!(
        err.contains("001_d566bb28321c3257.txt:1:1: `ignore` names unknown rule `russia-sold-china-su53`, did you mean `russia-sold-china-su35`?"),
        "{err}"
    );
    assert_eq!(
        after, before,
        "a comment naming no known rule ignores nothing"
    );
}
