//! Golden tests: the real binary on `golden/` cases, compared byte for byte.
//!
//! `golden/default.{json,txt,md,html,jsonld,sarif,line,github}` cover the top-level `rules/` and
//! `corpus/`; each `golden/<case>/` holds its own `corpus/`, its own `rules/`
//! (else the top-level `rules/` is used), optional `args`
//! (extra command-line arguments, one per line), optional `links` (hard and
//! symbolic links the test makes in `corpus/` first) and the expected
//! `expected.json`, `expected.txt` (table), `expected.md` (Markdown),
//! `expected.html` (HTML report), `expected.jsonld` (ClaimReview),
//! `expected.sarif`, `expected.line` and `expected.github`. Set
//! `CLAIMCHECK_BLESS=1` to rewrite the expected files (atomically) instead of
//! comparing them.

use std::fs;
use std::path::{Path, PathBuf};

use similar::TextDiff;

use crate::support::{root, run, stderr, stdout};

/// One golden comparison: the command's arguments and the file it must match.
struct Golden {
    args: Vec<String>,
    expected: PathBuf,
}

#[test]
fn golden_files_match_the_current_output() {
    let bless = std::env::var_os("CLAIMCHECK_BLESS").is_some_and(|value| value != "0");
    make_links();
    let mut failures = Vec::new();
    for golden in goldens() {
        let args: Vec<&str> = golden.args.iter().map(String::as_str).collect();
        let output = run(&args);
        assert!(
            output
                .status
                .code()
                .is_some_and(|code| code == 0 || code == 1),
            "claimcheck {} failed: {}",
            golden.args.join(" "),
            stderr(&output)
        );
        let actual = stdout(&output);
        let read = fs::read_to_string(&golden.expected);
        let missing = if read.is_err() { ", missing" } else { "" };
        let expected = read.unwrap_or_default();
        let rel = golden
            .expected
            .strip_prefix(root())
            .unwrap_or(&golden.expected)
            .display()
            .to_string();
        if bless {
            if expected != actual {
                write_atomically(&golden.expected, &actual);
                let ids = changed_ids(&expected, &actual);
                eprintln!(
                    "blessed {rel}{missing}: {} finding(s) changed{}",
                    ids.len(),
                    id_list(&ids)
                );
            }
            continue;
        }
        if expected != actual {
            let diff = TextDiff::from_lines(&expected, &actual)
                .unified_diff()
                .context_radius(3)
                .header(&format!("{rel} (expected{missing})"), "actual")
                .to_string();
            let ids = changed_ids(&expected, &actual);
            failures.push(format!(
                "claimcheck {}\n{} finding(s) changed{}\n{diff}",
                golden.args.join(" "),
                ids.len(),
                id_list(&ids)
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} golden file(s) differ; read the diff and, if the change is meant, run \
         `CLAIMCHECK_BLESS=1 cargo test golden` and commit the new files:\n\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// Makes the hard links and symbolic links each case's `links` file lists
/// (`hard NEW TARGET` or `symlink NEW TARGET`, paths inside its `corpus/`),
/// replacing any left by an earlier run: git stores no hard links, so a
/// case of them is built here.
fn make_links() {
    let Ok(entries) = fs::read_dir(root().join("golden")) else {
        return;
    };
    for case in entries.filter_map(|entry| entry.ok().map(|entry| entry.path())) {
        let Ok(list) = fs::read_to_string(case.join("links")) else {
            continue;
        };
        let corpus = case.join("corpus");
        for line in list.lines().map(str::trim) {
            let words: Vec<&str> = line.split_whitespace().collect();
            let [kind, new, target] = words.as_slice() else {
                continue;
            };
            let new = corpus.join(new);
            let _ = fs::remove_file(&new);
            let made = match *kind {
                "hard" => fs::hard_link(corpus.join(target), &new),
                #[cfg(unix)]
                "symlink" => std::os::unix::fs::symlink(target, &new),
                _ => continue,
            };
            made.unwrap_or_else(|err| panic!("{}: {line}: {err}", case.display()));
        }
    }
}

/// The finding ids (`f` and 7 or more hex digits) on the lines that differ
/// between `expected` and `actual`: with content-derived ids, a finding whose
/// evidence changed shows up under its old and its new id.
fn changed_ids(expected: &str, actual: &str) -> std::collections::BTreeSet<String> {
    let diff = TextDiff::from_lines(expected, actual);
    diff.iter_all_changes()
        .filter(|change| change.tag() != similar::ChangeTag::Equal)
        .flat_map(|change| finding_ids(change.value()))
        .collect()
}

/// The finding ids a line mentions.
fn finding_ids(line: &str) -> Vec<String> {
    line.split(|ch: char| !ch.is_ascii_alphanumeric() && ch != '-')
        .filter(|word| {
            let hex = word.strip_prefix('f').unwrap_or("");
            let digits = hex.split('-').next().unwrap_or("");
            digits.len() >= 7
                && digits
                    .chars()
                    .all(|ch| ch.is_ascii_hexdigit() && !ch.is_ascii_uppercase())
        })
        .map(str::to_string)
        .collect()
}

/// `: f1234567, f89abcde` or nothing.
fn id_list(ids: &std::collections::BTreeSet<String>) -> String {
    if ids.is_empty() {
        return String::new();
    }
    format!(": {}", ids.iter().cloned().collect::<Vec<_>>().join(", "))
}

#[test]
fn changed_ids_name_the_findings_on_differing_lines() {
    let expected =
        "a.txt:1:1: unsupported [r] x (f0123456)\nb.txt:2:1: contradiction [s] y (fabcdef0)\n";
    let actual =
        "a.txt:1:1: unsupported [r] x (f0123456)\nb.txt:2:1: contradiction [s] z (f9876543)\n";
    let ids: Vec<String> = changed_ids(expected, actual).into_iter().collect();
    assert_eq!(ids, ["f9876543", "fabcdef0"]);
    assert!(finding_ids("\"fingerprint\": \"0123456789abcdef\"").is_empty());
}

/// Each output format and the extension of its golden files.
const FORMATS: [(&str, &str); 8] = [
    ("json", "json"),
    ("table", "txt"),
    ("markdown", "md"),
    ("html", "html"),
    ("claimreview", "jsonld"),
    ("sarif", "sarif"),
    ("line", "line"),
    ("github", "github"),
];

/// Every golden comparison: the default rulebook and corpus, then each case.
fn goldens() -> Vec<Golden> {
    let golden = root().join("golden");
    let mut goldens = every_format(
        &["--rules", "rules", "--corpus", "corpus"],
        &golden,
        "default.",
    );
    let mut cases: Vec<PathBuf> = fs::read_dir(&golden)
        .map(|entries| {
            entries
                .filter_map(|entry| entry.ok().map(|entry| entry.path()))
                .collect()
        })
        .unwrap_or_default();
    cases.retain(|path| path.is_dir());
    cases.sort();
    for case in cases {
        let rel = case
            .strip_prefix(root())
            .unwrap_or(&case)
            .to_string_lossy()
            .replace('\\', "/");
        let rules = if case.join("rules").is_dir() {
            format!("{rel}/rules")
        } else {
            "rules".to_string()
        };
        let corpus = format!("{rel}/corpus");
        let mut args = vec!["--rules".to_string(), rules, "--corpus".to_string(), corpus];
        if let Ok(extra) = fs::read_to_string(case.join("args")) {
            args.extend(
                extra
                    .lines()
                    .map(str::trim)
                    .filter(|line| !line.is_empty())
                    .map(str::to_string),
            );
        }
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        goldens.extend(every_format(&args, &case, "expected."));
    }
    goldens
}

/// The comparisons of every format for one set of arguments.
fn every_format(args: &[&str], dir: &Path, prefix: &str) -> Vec<Golden> {
    FORMATS
        .into_iter()
        .map(|(format, ext)| {
            let mut all = vec!["check".to_string()];
            all.extend(args.iter().map(|arg| arg.to_string()));
            all.extend(["--format".to_string(), format.to_string()]);
            Golden {
                args: all,
                expected: dir.join(format!("{prefix}{ext}")),
            }
        })
        .collect()
}

/// Every file a bless run may write: the expected files of every comparison.
pub(crate) fn bless_targets() -> Vec<PathBuf> {
    goldens()
        .into_iter()
        .map(|golden| golden.expected)
        .collect()
}

/// Whether blessing may write `path`: `golden/default.<ext>` or
/// `golden/<case>/expected.<ext>` (an extension of `FORMATS`) under the repository root, never a
/// file under a `rules/` or `corpus/` directory.
pub(crate) fn is_bless_target(path: &Path) -> bool {
    let Ok(rel) = path.strip_prefix(root().join("golden")) else {
        return false;
    };
    let parts: Vec<&str> = rel
        .components()
        .map(|part| match part {
            std::path::Component::Normal(name) => name.to_str().unwrap_or(".."),
            _ => "..",
        })
        .collect();
    match parts.as_slice() {
        [file] => is_golden_name(file, "default."),
        [case, file] => {
            !matches!(*case, ".." | "rules" | "corpus") && is_golden_name(file, "expected.")
        }
        _ => false,
    }
}

/// Whether `file` is `prefix` followed by the extension of a format.
fn is_golden_name(file: &str, prefix: &str) -> bool {
    file.strip_prefix(prefix)
        .is_some_and(|ext| FORMATS.iter().any(|(_, format_ext)| *format_ext == ext))
}

/// Writes `text` to `path` through a temporary file and a rename, so a
/// reader never sees half a file. Refuses any path but a golden file.
fn write_atomically(path: &Path, text: &str) {
    assert!(
        is_bless_target(path),
        "refusing to bless {}: not a golden file",
        path.display()
    );
    let tmp = path.with_extension("tmp-bless");
    fs::write(&tmp, text).expect("the golden directory is writable");
    fs::rename(&tmp, path).expect("the golden directory is writable");
}
