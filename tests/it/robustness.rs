//! Robustness: bad input never panics, never loses data, never changes a byte.
//!
//! Every test runs the real binary and checks its exit code, its message and
//! that stderr never reports a panic. The corpus tests use the small, stable
//! rulebook in `tests/fixtures/robustness/rules/`, so they do not move when
//! the default rulebook is tuned; the determinism and no-writes tests use the
//! default rulebook `rules/` and fail when it does not load.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use crate::support::{self, root, run, run_in, stderr, stdout};

/// The robustness rulebook: a proposition rule and a percent figure rule.
fn rules() -> PathBuf {
    support::fixture("robustness/rules")
}

/// A fresh, empty scratch directory under the system temp dir.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "claimcheck-it-robust-{name}-{}",
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("the temp dir is writable");
    dir
}

/// Fails when the binary panicked.
fn assert_no_panic(output: &Output) {
    let err = stderr(output);
    assert!(!err.contains("panicked"), "{err}");
}

/// Runs `claimcheck` with `args` at the repository root, killing it (and
/// failing) when it runs longer than `limit`: a hang is a bug, not a timeout.
fn run_bounded(args: &[&str], limit: Duration) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_claimcheck"))
        .args(args)
        .current_dir(root())
        .env_remove("COLUMNS")
        .env("NO_COLOR", "1")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the claimcheck binary runs");
    // Drain the pipes on threads so a large report cannot block the child.
    let mut out_pipe = child.stdout.take().expect("stdout is piped");
    let mut err_pipe = child.stderr.take().expect("stderr is piped");
    let out_reader = std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = std::io::Read::read_to_end(&mut out_pipe, &mut buf);
        buf
    });
    let err_reader = std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = std::io::Read::read_to_end(&mut err_pipe, &mut buf);
        buf
    });
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("waiting on claimcheck") {
            break status;
        }
        if start.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            panic!("claimcheck {} did not finish in {limit:?}", args.join(" "));
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    Output {
        status,
        stdout: out_reader.join().expect("the stdout reader ends"),
        stderr: err_reader.join().expect("the stderr reader ends"),
    }
}

/// `check --format json` with the robustness rulebook on `corpus` paths.
fn check_json(corpus: &[&Path]) -> Output {
    let rules = rules().display().to_string();
    let mut args: Vec<String> = ["check", "--rules", &rules, "--format", "json", "--corpus"]
        .iter()
        .map(|arg| arg.to_string())
        .collect();
    args.extend(corpus.iter().map(|path| path.display().to_string()));
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    run_bounded(&args, Duration::from_secs(300))
}

/// The parsed JSON report of `output`.
fn json(output: &Output) -> serde_json::Value {
    serde_json::from_slice(&output.stdout)
        .unwrap_or_else(|err| panic!("stdout is JSON ({err}); stderr: {}", stderr(output)))
}

/// One instance of a JSON report, as the tests compare it.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Seen {
    rule: String,
    line: u64,
    column: u64,
    byte_start: usize,
    byte_end: usize,
    quote: String,
    stance: String,
}

/// Every instance of a JSON report.
fn instances(report: &serde_json::Value) -> Vec<Seen> {
    report["instances"]
        .as_array()
        .expect("the report lists instances")
        .iter()
        .map(|instance| Seen {
            rule: instance["rule"].as_str().unwrap_or_default().to_owned(),
            line: instance["line"].as_u64().unwrap_or_default(),
            column: instance["column"].as_u64().unwrap_or_default(),
            byte_start: instance["byte_start"].as_u64().unwrap_or_default() as usize,
            byte_end: instance["byte_end"].as_u64().unwrap_or_default() as usize,
            quote: instance["quote"].as_str().unwrap_or_default().to_owned(),
            stance: instance["stance"].as_str().unwrap_or_default().to_owned(),
        })
        .collect()
}

/// The ids of the documents of a JSON report.
fn document_ids(report: &serde_json::Value) -> Vec<String> {
    report["documents"]
        .as_array()
        .expect("the report lists documents")
        .iter()
        .map(|doc| doc["id"].as_str().unwrap_or_default().to_owned())
        .collect()
}

/// Checks that every instance's quote is the article's text at its byte
/// span, and that its line and column (in characters, lines ended by `\n`,
/// `\r\n` or a lone `\r`) point at the quote's first character.
fn assert_citations_agree(text: &str, seen: &[Seen]) {
    for instance in seen {
        assert_eq!(
            text.get(instance.byte_start..instance.byte_end),
            Some(instance.quote.as_str()),
            "{instance:?}"
        );
        let head = &text[..instance.byte_start];
        let mut line = 1;
        let mut line_start = 0;
        let bytes = head.as_bytes();
        let mut at = 0;
        while at < bytes.len() {
            match bytes[at] {
                b'\n' => {
                    line += 1;
                    line_start = at + 1;
                }
                b'\r' if bytes.get(at + 1) != Some(&b'\n') => {
                    line += 1;
                    line_start = at + 1;
                }
                _ => {}
            }
            at += 1;
        }
        let bom = usize::from(line == 1 && text.starts_with('\u{FEFF}'));
        let column = (head[line_start..].chars().count() - bom) as u64 + 1;
        assert_eq!(
            (instance.line, instance.column),
            (line, column),
            "{instance:?}"
        );
    }
}

/// Writes `files` (name, bytes) into a fresh scratch dir, runs `check --format
/// json` on it, and returns the report with the text of the first file.
fn check_files(name: &str, files: &[(&str, &[u8])]) -> (Output, PathBuf) {
    let dir = scratch(name);
    for (file, bytes) in files {
        std::fs::write(dir.join(file), bytes).expect("the temp dir is writable");
    }
    let output = check_json(&[&dir]);
    assert_no_panic(&output);
    (output, dir)
}

// --- Corpus -----------------------------------------------------------------

#[test]
fn an_empty_file_is_an_article_without_sentences() {
    let (output, dir) = check_files(
        "empty",
        &[
            ("empty.txt", b""),
            (
                "story.txt",
                b"Drones\n\nChina sent drones to Russia, officials said.\n",
            ),
        ],
    );
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(stderr(&output), "");
    let report = json(&output);
    assert_eq!(document_ids(&report), ["empty", "story"]);
    assert_eq!(report["documents"][0]["title"], serde_json::Value::Null);
    let seen = instances(&report);
    assert_eq!(seen.len(), 1, "{seen:?}");
    assert_eq!(
        seen[0].quote,
        "China sent drones to Russia, officials said."
    );
    assert_eq!((seen[0].line, seen[0].column), (3, 1));
}

#[test]
fn a_twenty_megabyte_line_completes_with_exact_citations() {
    // Seed sentences that match no rule, repeated on one line with no newline,
    // with three matching sentences at the start, the middle and the end.
    let filler = "Extensive deployment of drones and advanced telecommunications equipment \
                  have been crucial on all fronts in Ukraine, from intelligence collection \
                  to airstrike campaigns. Military analysts say the war has changed since \
                  2022. ";
    let claims = [
        "Chinese companies reportedly supplied Russia with drones via clandestine shipments. ",
        "Between 2014 and 2018, about 70% of China’s weapons imports came from Russia. ",
        "Beijing denied sending drones to Moscow.",
    ];
    let half = 10_050_000 / filler.len();
    let mut text = String::with_capacity(20_100_000);
    text.push_str(claims[0]);
    text.push_str(&filler.repeat(half));
    text.push_str(claims[1]);
    text.push_str(&filler.repeat(half));
    text.push_str(claims[2]);
    assert!(text.len() > 20_000_000);
    assert!(!text.contains('\n'));
    let (output, dir) = check_files("long-line", &[("long.txt", text.as_bytes())]);
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let report = json(&output);
    assert_eq!(document_ids(&report), ["long"]);
    let seen = instances(&report);
    let summary: Vec<(&str, u64, &str)> = seen
        .iter()
        .map(|instance| {
            (
                instance.rule.as_str(),
                instance.line,
                instance.quote.as_str(),
            )
        })
        .collect();
    assert_eq!(
        summary,
        [
            ("china-drones-to-russia", 1, claims[0].trim_end()),
            (
                "china-arms-imports-share-from-russia",
                1,
                claims[1].trim_end()
            ),
            ("china-drones-to-russia", 1, claims[2]),
        ]
    );
    assert_eq!(seen[2].stance, "deny");
    assert_eq!(report["instances"][1]["figure"], "70%");
    assert_eq!(seen[2].byte_end, text.len());
    assert_eq!(
        seen[2].column as usize,
        text.chars().count() - claims[2].len() + 1
    );
    assert_citations_agree(&text, &seen);
}

#[test]
fn mixed_line_endings_number_lines_as_an_editor_does() {
    let text = "Mixed Endings\nChina sent drones to Russia, officials said.\r\n\
                Filler without a claim.\rBeijing denied sending drones to Moscow.\r\n\n\
                About 70% of China's weapons imports come from Russia.\r";
    let (output, dir) = check_files("endings", &[("endings.txt", text.as_bytes())]);
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(stderr(&output), "");
    let seen = instances(&json(&output));
    let lines: Vec<(&str, u64, u64)> = seen
        .iter()
        .map(|instance| (instance.rule.as_str(), instance.line, instance.column))
        .collect();
    assert_eq!(
        lines,
        [
            ("china-drones-to-russia", 2, 1),
            ("china-drones-to-russia", 4, 1),
            ("china-arms-imports-share-from-russia", 6, 1),
        ]
    );
    assert_eq!(seen[1].quote, "Beijing denied sending drones to Moscow.");
    assert_eq!(seen[1].stance, "deny");
    assert_citations_agree(text, &seen);
}

#[test]
fn zero_width_right_to_left_and_emoji_keep_citations_exact() {
    let text = "\u{FEFF}Unicode Oddities 🚀\n\
                \u{202E}Beijing denied sending drones to Moscow.\u{202C} 🇨🇳🇷🇺\n\
                مرحبا بالعالم. China sent drones to Russia, שלום עולם said.\n\
                The report\u{200B} says China\u{FEFF} sent 👍 drones to Russia.\n\
                😀😀 About 70% of China's weapons imports come from Russia, אמר.\n";
    let (output, dir) = check_files("unicode", &[("unicode.txt", text.as_bytes())]);
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(stderr(&output), "");
    let report = json(&output);
    assert_eq!(report["documents"][0]["title"], "Unicode Oddities 🚀");
    let seen = instances(&report);
    let lines: Vec<u64> = seen.iter().map(|instance| instance.line).collect();
    assert_eq!(lines, [2, 3, 4, 5], "{seen:?}");
    assert!(seen[1].column > 1, "{seen:?}");
    assert_eq!(report["instances"][3]["figure"], "70%");
    assert_citations_agree(text, &seen);
}

#[test]
fn unbalanced_quotation_marks_do_not_swallow_the_article() {
    let text = "Quotes Left Open\n\
                “China sent drones to Russia, a source said.\n\
                Beijing denied sending drones to Moscow.\n\
                “Nobody closes this quote, and \"nor this one.\n\
                About 70% of China's weapons imports come from Russia.\n\
                ” A closing mark with no opening one. China sent drones to Russia.\n";
    let (output, dir) = check_files("quotes", &[("quotes.txt", text.as_bytes())]);
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(stderr(&output), "");
    let seen = instances(&json(&output));
    let lines: Vec<u64> = seen.iter().map(|instance| instance.line).collect();
    assert_eq!(lines, [2, 3, 5, 6], "{seen:?}");
    assert_eq!(seen[1].stance, "deny");
    assert_eq!(seen[3].quote, "China sent drones to Russia.");
    assert_citations_agree(text, &seen);
}

#[test]
fn huge_and_odd_numbers_stay_finite_and_sane() {
    let text = "Numbers Beyond Range\n\
                About 99999999999999999999% of China's weapons imports come from Russia.\n\
                About 1e308% of China's weapons imports come from Russia, or 10^400 of them.\n\
                China sent 10^400 drones to Russia, worth 1e308 dollars and \
                99999999999999999999 yuan, about 1e999% more.\n";
    let (output, dir) = check_files("numbers", &[("numbers.txt", text.as_bytes())]);
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let report = json(&output);
    for instance in report["instances"].as_array().expect("instances") {
        for value in instance["values"].as_array().expect("values") {
            let normalized = value["normalized"].as_str().unwrap_or_default();
            let lower = normalized.to_lowercase();
            assert!(
                !normalized.is_empty() && !lower.contains("inf") && !lower.contains("nan"),
                "{value}"
            );
        }
    }
    let seen = instances(&report);
    let lines: Vec<u64> = seen.iter().map(|instance| instance.line).collect();
    assert_eq!(lines, [2, 3, 4], "{seen:?}");
    assert_eq!(report["instances"][0]["figure"], "1e20%");
    assert_eq!(
        report["instances"][0]["values"][0]["text"],
        "99999999999999999999%"
    );
    assert_citations_agree(text, &seen);
}

#[cfg(unix)]
#[test]
fn unreadable_and_non_regular_files_are_warnings_and_the_rest_is_reported() {
    let dir = scratch("unreadable");
    std::fs::write(
        dir.join("good.txt"),
        "Good Story\nChina sent drones to Russia, officials said.\n",
    )
    .expect("the temp dir is writable");
    std::os::unix::fs::symlink(dir.join("nowhere.txt"), dir.join("x.txt")).expect("symlinks work");
    std::fs::create_dir(dir.join("y.txt")).expect("the temp dir is writable");
    let fifo = dir.join("z.txt");
    let made = Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .is_ok_and(|status| status.success());
    assert!(made, "mkfifo works");
    let output = check_json(&[&dir]);
    let table = run_bounded(
        &[
            "check",
            "--rules",
            &rules().display().to_string(),
            "--corpus",
            &dir.display().to_string(),
        ],
        Duration::from_secs(120),
    );
    let alone = check_json(&[&fifo]);
    let _ = std::fs::remove_dir_all(&dir);
    for run in [&output, &table, &alone] {
        assert_no_panic(run);
        assert_eq!(run.status.code(), Some(2), "{}", stderr(run));
    }
    let err = stderr(&output);
    assert!(
        err.contains(&format!(
            "error: {}: cannot read",
            dir.join("x.txt").display()
        )),
        "{err}"
    );
    assert!(
        err.contains(&format!(
            "warning: {}: not a regular file, skipped",
            fifo.display()
        )),
        "{err}"
    );
    assert!(!err.contains("y.txt"), "{err}");
    let report = json(&output);
    assert_eq!(document_ids(&report), ["good"]);
    assert_eq!(instances(&report).len(), 1);
    assert!(
        stdout(&table).contains("in 1 article."),
        "{}",
        stdout(&table)
    );
    assert_eq!(stderr(&table), err);
    let err = stderr(&alone);
    assert!(
        err.contains(&format!("{}: not a regular file, skipped", fifo.display())),
        "{err}"
    );
    assert!(
        err.contains(&format!("no readable articles in {}", fifo.display())),
        "{err}"
    );
}

// --- Rules ------------------------------------------------------------------

/// Runs `rules check DIR` and `check --rules DIR` and returns both outputs.
fn both_rule_commands(dir: &Path) -> [Output; 2] {
    let dir = dir.display().to_string();
    [
        run(&["rules", "check", &dir]),
        run(&["check", "--rules", &dir, "--corpus", "corpus"]),
    ]
}

/// Both rule commands on `dir` exit 2 with `message` about `dir`.
fn assert_rules_error(dir: &Path, message: &str) {
    for output in both_rule_commands(dir) {
        assert_no_panic(&output);
        assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
        let err = stderr(&output);
        assert!(
            err.contains(&format!("{}: {message}", dir.display())),
            "{err}"
        );
        assert!(stdout(&output).is_empty(), "{}", stdout(&output));
    }
}

#[test]
fn an_empty_rules_directory_is_an_error_naming_it() {
    let dir = scratch("rules-empty");
    assert_rules_error(&dir, "no rule files (*.toml) in the rules directory");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_rules_path_that_is_a_file_is_an_error_naming_it() {
    let file = rules().join("robust.toml");
    assert_rules_error(&file, "not a directory");
}

#[test]
fn a_rules_path_that_does_not_exist_is_an_error_naming_it() {
    assert_rules_error(Path::new("no/such/rules"), "rules directory does not exist");
}

#[cfg(unix)]
#[test]
fn a_fifo_among_the_rule_files_is_skipped_or_named_not_waited_on() {
    let dir = scratch("rules-fifo");
    copy_dir(&rules(), &dir);
    let fifo = dir.join("x.toml");
    let made = Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .is_ok_and(|status| status.success());
    assert!(made, "mkfifo works");
    let dir_arg = dir.display().to_string();
    let output = run_bounded(&["rules", "check", &dir_arg], Duration::from_secs(20));
    let _ = std::fs::remove_dir_all(&dir);
    assert_no_panic(&output);
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    assert!(
        stderr(&output).contains(&fifo.display().to_string()),
        "{}",
        stderr(&output)
    );
}

// --- Command line -----------------------------------------------------------

#[test]
fn an_unknown_format_is_a_usage_error_listing_the_formats() {
    let output = run(&["check", "--format", "yaml"]);
    assert_no_panic(&output);
    assert_eq!(output.status.code(), Some(2));
    let err = stderr(&output);
    assert!(err.contains("'yaml'"), "{err}");
    assert!(err.contains("--format"), "{err}");
    for format in ["table", "json", "markdown"] {
        assert!(err.contains(format), "{err}");
    }
    assert!(stdout(&output).is_empty());
}

/// The default rulebook, `rules/`, for the determinism tests: they fail here
/// when it does not load or holds no rule, rather than test another one.
fn default_rules() -> &'static str {
    let output = run(&["rules", "check", "rules"]);
    let err = stderr(&output);
    assert_eq!(
        output.status.code(),
        Some(0),
        "the default rulebook rules/ loads: {err}"
    );
    assert!(
        !err.contains(": 0 rules"),
        "the default rulebook rules/ holds no rule: {err}"
    );
    "rules"
}

/// The seed articles, as paths relative to the repository root, sorted.
fn seed_files() -> Vec<String> {
    let mut files: Vec<String> = std::fs::read_dir(root().join("corpus"))
        .expect("the corpus is readable")
        .filter_map(|entry| entry.ok())
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".txt"))
        .map(|name| format!("corpus/{name}"))
        .collect();
    files.sort();
    files
}

/// `check` with `rules`, `format`, `threads` and one `--corpus` per file.
fn check_files_in_order(rules: &str, format: &str, threads: &str, files: &[String]) -> Vec<u8> {
    let mut args = vec![
        "check",
        "--rules",
        rules,
        "--format",
        format,
        "--threads",
        threads,
    ];
    for file in files {
        args.extend(["--corpus", file.as_str()]);
    }
    let output = run(&args);
    assert_no_panic(&output);
    assert!(
        output.status.code().is_some_and(|code| code <= 1),
        "{}",
        stderr(&output)
    );
    assert!(!output.stdout.is_empty());
    output.stdout
}

#[test]
fn corpus_given_twice_in_reversed_order_gives_identical_output() {
    let rules = default_rules();
    let plain = support::fixture("corpus/plain").display().to_string();
    for format in ["json", "table"] {
        let forward = run(&[
            "check", "--rules", rules, "--format", format, "--corpus", "corpus", "--corpus", &plain,
        ]);
        let backward = run(&[
            "check", "--rules", rules, "--format", format, "--corpus", &plain, "--corpus", "corpus",
        ]);
        assert_no_panic(&forward);
        assert_eq!(forward.status.code(), backward.status.code());
        assert!(
            forward.status.code().is_some_and(|code| code <= 1),
            "{}",
            stderr(&forward)
        );
        assert_eq!(stderr(&forward), stderr(&backward));
        assert!(stdout(&forward).contains("Drones Over Kupol") || format == "table");
        assert_eq!(forward.stdout, backward.stdout, "format {format}");
    }
}

// --- Determinism --------------------------------------------------------------

#[test]
fn file_order_and_thread_count_never_change_a_byte() {
    let rules = default_rules();
    let sorted = seed_files();
    assert_eq!(sorted.len(), 5);
    let reversed: Vec<String> = sorted.iter().rev().cloned().collect();
    // A fixed shuffle: neither sorted nor reversed.
    let shuffled: Vec<String> = [2, 4, 0, 3, 1]
        .iter()
        .map(|&idx| sorted[idx].clone())
        .collect();
    for format in ["json", "table"] {
        let reference = check_files_in_order(rules, format, "1", &sorted);
        let runs = [
            (
                "sorted, 2 threads",
                check_files_in_order(rules, format, "2", &sorted),
            ),
            (
                "sorted, 8 threads",
                check_files_in_order(rules, format, "8", &sorted),
            ),
            (
                "reversed, 1 thread",
                check_files_in_order(rules, format, "1", &reversed),
            ),
            (
                "reversed, 8 threads",
                check_files_in_order(rules, format, "8", &reversed),
            ),
            (
                "shuffled, 2 threads",
                check_files_in_order(rules, format, "2", &shuffled),
            ),
            (
                "shuffled, 2 threads again",
                check_files_in_order(rules, format, "2", &shuffled),
            ),
        ];
        for (label, bytes) in runs {
            assert!(
                bytes == reference,
                "format {format}: {label} differs from sorted, 1 thread"
            );
        }
    }
}

// --- No writes ----------------------------------------------------------------

/// Every file under `dir` with its bytes.
fn snapshot(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut files = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(current) = stack.pop() {
        for entry in std::fs::read_dir(&current).expect("the temp dir is readable") {
            let path = entry.expect("the temp dir lists").path();
            if path.is_dir() {
                stack.push(path.clone());
                files.insert(path, Vec::new());
            } else {
                let bytes = std::fs::read(&path).expect("the temp dir is readable");
                files.insert(path, bytes);
            }
        }
    }
    files
}

/// Copies the files of directory `from` into `to` (one level deep).
fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("the temp dir is writable");
    for entry in std::fs::read_dir(from).expect("the directory is readable") {
        let path = entry.expect("the directory lists").path();
        if path.is_file() {
            let name = path.file_name().expect("a file has a name");
            std::fs::copy(&path, to.join(name)).expect("the temp dir is writable");
        }
    }
}

#[test]
fn check_writes_nothing_but_stdout_and_stderr() {
    let dir = scratch("no-writes");
    copy_dir(&root().join("corpus"), &dir.join("corpus"));
    copy_dir(&root().join(default_rules()), &dir.join("rules"));
    let before = snapshot(&dir);
    assert!(before.len() >= 8, "{:?}", before.keys());
    let mut outputs = Vec::new();
    for format in ["json", "table", "markdown"] {
        outputs.push(run_in(&dir, &["check", "--format", format]));
    }
    outputs.push(run_in(&dir, &["rules", "check"]));
    outputs.push(run_in(&dir, &["rules", "test"]));
    outputs.push(run_in(&dir, &["rules", "literals"]));
    let after = snapshot(&dir);
    let _ = std::fs::remove_dir_all(&dir);
    for output in &outputs {
        assert_no_panic(output);
        assert!(
            output.status.code().is_some_and(|code| code <= 1),
            "{}",
            stderr(output)
        );
    }
    assert!(!outputs[0].stdout.is_empty());
    assert_eq!(
        before.keys().collect::<Vec<_>>(),
        after.keys().collect::<Vec<_>>()
    );
    assert!(before == after, "a file under the run's directory changed");
}

// --- Golden blessing --------------------------------------------------------

#[test]
fn blessing_only_targets_expected_files_under_golden() {
    let targets = crate::golden::bless_targets();
    assert!(targets.len() >= 4, "{targets:?}");
    for target in &targets {
        assert!(
            crate::golden::is_bless_target(target),
            "{}",
            target.display()
        );
    }
    let golden = root().join("golden");
    for outside in [
        root().join("rules/claims.toml"),
        root().join("corpus/000_a3fc1f49633f88ae.txt"),
        golden.join("wire-copies/corpus/expected.json"),
        golden.join("wire-copies/rules/expected.txt"),
        golden.join("wire-copies/corpus/expected.md"),
        golden.join("wire-copies/expected.xml"),
        golden.join("default.tmp-bless"),
        golden.join("wire-copies/args"),
        golden.join("../rules/expected.json"),
        golden.join("wire-copies/../../corpus/expected.txt"),
        PathBuf::from("golden/default.json"),
    ] {
        assert!(
            !crate::golden::is_bless_target(&outside),
            "{}",
            outside.display()
        );
    }
}

// --- Issue 17: exit codes ---------------------------------------------------

/// Runs `claimcheck args` with stderr sent to `/dev/full` (every write fails).
#[cfg(target_os = "linux")]
fn run_stderr_full(args: &[&str]) -> Output {
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .expect("/dev/full opens");
    Command::new(env!("CARGO_BIN_EXE_claimcheck"))
        .args(args)
        .current_dir(root())
        .env("NO_COLOR", "1")
        .stderr(Stdio::from(full))
        .stdout(Stdio::piped())
        .output()
        .expect("the claimcheck binary runs")
}

/// Runs `claimcheck args` in a shell pipeline `… | head -c 10` (with stderr
/// joined to stdout when `join_stderr`) and returns claimcheck's exit code.
#[cfg(unix)]
fn exit_code_into_head(args: &[&str], join_stderr: bool) -> Option<i32> {
    let redirect = if join_stderr { " 2>&1" } else { " 2>/dev/null" };
    let script =
        format!("\"$0\" \"$@\"{redirect} | head -c 10 >/dev/null; exit ${{PIPESTATUS[0]}}");
    Command::new("bash")
        .arg("-c")
        .arg(script)
        .arg(env!("CARGO_BIN_EXE_claimcheck"))
        .args(args)
        .current_dir(root())
        .status()
        .expect("bash runs")
        .code()
}

/// A scratch corpus with one article that gives one unsupported finding and
/// `n_binary` binary files (each a warning).
fn corpus_with_binaries(name: &str, n_binary: usize) -> PathBuf {
    let dir = scratch(name);
    std::fs::write(
        dir.join("good.txt"),
        "Good Story\nChina sent drones to Russia via clandestine shipments.\n",
    )
    .expect("the temp dir is writable");
    for idx in 0..n_binary {
        std::fs::write(
            dir.join(format!("binary-{idx:04}.txt")),
            b"\0\x01\x02 binary",
        )
        .expect("the temp dir is writable");
    }
    dir
}

#[cfg(target_os = "linux")]
#[test]
fn issue_17_item_13_a_stderr_that_cannot_be_written_is_no_panic_and_keeps_the_code() {
    let dir = corpus_with_binaries("stderr-full", 3);
    let rules = rules().display().to_string();
    let corpus = dir.display().to_string();
    let checked = run_stderr_full(&[
        "check",
        "--rules",
        &rules,
        "--corpus",
        &corpus,
        "--fail-on",
        "unsupported",
    ]);
    let rules_check = run_stderr_full(&["rules", "check", &rules]);
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(checked.status.code(), Some(1));
    assert!(
        stdout(&checked).contains("1 finding (1 unsupported)"),
        "{}",
        stdout(&checked)
    );
    assert_eq!(rules_check.status.code(), Some(0));
}

#[cfg(unix)]
#[test]
fn issue_17_item_13_stderr_into_a_closed_pipe_is_no_panic_and_keeps_the_code() {
    // 3,000 warnings overflow any pipe buffer after `head` has gone.
    let dir = corpus_with_binaries("stderr-pipe", 3000);
    let rules = rules().display().to_string();
    let corpus = dir.display().to_string();
    let code = exit_code_into_head(
        &[
            "check",
            "--rules",
            &rules,
            "--corpus",
            &corpus,
            "--fail-on",
            "unsupported",
        ],
        true,
    );
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(code, Some(1));
}

#[cfg(unix)]
#[test]
fn issue_17_item_14_a_closed_stdout_pipe_keeps_the_fail_on_code() {
    // The default check's JSON is over 100 KB, more than a pipe holds.
    let code = exit_code_into_head(
        &["check", "--fail-on", "unsupported", "--format", "json"],
        false,
    );
    assert_eq!(code, Some(1));
    let code = exit_code_into_head(&["check", "--format", "json"], false);
    assert_eq!(code, Some(0));
}

#[test]
fn issue_17_item_16_a_skipped_binary_is_a_warning_that_keeps_the_code() {
    let dir = corpus_with_binaries("binary-warning", 1);
    let rules = rules().display().to_string();
    let corpus = dir.display().to_string();
    let args = ["check", "--rules", &rules, "--corpus", &corpus];
    let plain = run(&args);
    let failing = run(&[&args[..], &["--fail-on", "unsupported"]].concat());
    let strict = run(&[&args[..], &["--strict"]].concat());
    let _ = std::fs::remove_dir_all(&dir);
    let warning = format!(
        "claimcheck: warning: {}: binary file (NUL byte at offset 0), skipped\n",
        dir.join("binary-0000.txt").display()
    );
    for (output, code) in [(&plain, 0), (&failing, 1), (&strict, 2)] {
        assert_no_panic(output);
        assert_eq!(output.status.code(), Some(code), "{}", stderr(output));
        assert_eq!(stderr(output), warning);
        assert!(
            stdout(output).contains("1 finding (1 unsupported) from 1 instance in 1 article."),
            "{}",
            stdout(output)
        );
    }
}

#[cfg(unix)]
#[test]
fn issue_17_item_16_an_unreadable_file_is_an_error_that_wins_over_fail_on() {
    let dir = corpus_with_binaries("unreadable-error", 0);
    std::os::unix::fs::symlink(dir.join("nowhere.txt"), dir.join("x.txt")).expect("symlinks work");
    let rules = rules().display().to_string();
    let corpus = dir.display().to_string();
    let output = run(&[
        "check",
        "--rules",
        &rules,
        "--corpus",
        &corpus,
        "--fail-on",
        "unsupported",
    ]);
    let _ = std::fs::remove_dir_all(&dir);
    assert_no_panic(&output);
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    assert!(stderr(&output).starts_with(&format!(
        "claimcheck: error: {}: cannot read",
        dir.join("x.txt").display()
    )));
    assert!(stdout(&output).contains("1 finding (1 unsupported)"));
}

#[test]
fn quiet_silences_warnings_but_never_an_unreadable_file() {
    let dir = corpus_with_binaries("unreadable-quiet", 1);
    std::os::unix::fs::symlink(dir.join("nowhere.txt"), dir.join("x.txt")).expect("symlinks work");
    let rules = rules().display().to_string();
    let corpus = dir.display().to_string();
    let output = run(&["--quiet", "check", "--rules", &rules, "--corpus", &corpus]);
    let _ = std::fs::remove_dir_all(&dir);
    assert_no_panic(&output);
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    let err = stderr(&output);
    assert!(err.contains("claimcheck: error: "), "{err}");
    assert!(!err.contains("claimcheck: warning: "), "{err}");
}

#[test]
fn issue_17_item_16_help_states_the_exit_codes() {
    let help = stdout(&run(&["check", "--help"]));
    for needle in [
        "2  the run could not do its job",
        "leave the exit code alone",
        "--strict",
        "A closed stdout pipe",
    ] {
        assert!(help.contains(needle), "{needle}: {help}");
    }
}

// --- Issue 17: encodings ----------------------------------------------------

/// Checks that every instance's byte span, decoded with `encoding`, is its
/// quote: JSON offsets point into the file's bytes.
fn assert_file_offsets(bytes: &[u8], encoding: &'static encoding_rs::Encoding, seen: &[Seen]) {
    assert!(!seen.is_empty());
    for instance in seen {
        let span = bytes
            .get(instance.byte_start..instance.byte_end)
            .unwrap_or_else(|| panic!("{instance:?} lies outside the file"));
        let (text, _) = encoding.decode_without_bom_handling(span);
        assert_eq!(text, instance.quote, "{instance:?}");
    }
}

#[test]
fn issue_17_item_7_offsets_after_invalid_utf8_point_into_the_file() {
    let mut bytes = "Zoë’s Café Notes\nThe café ‘bar’ was shut today.\n"
        .to_owned()
        .into_bytes();
    let bad = bytes.len() - " today.\n".len();
    bytes.splice(bad..bad, [0xFF, 0xFE, 0xFF]);
    bytes.extend(b"Beijing denied sending drones to Moscow.\n");
    let (output, dir) = check_files("bad-utf8-offsets", &[("bad.txt", &bytes)]);
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("bad.txt:2:24: invalid UTF-8, replaced with U+FFFD"),
        "{}",
        stderr(&output)
    );
    let seen = instances(&json(&output));
    assert_eq!(seen.len(), 1, "{seen:?}");
    assert_eq!(seen[0].line, 3);
    assert_file_offsets(&bytes, encoding_rs::UTF_8, &seen);
}

#[test]
fn issue_17_item_17_windows_1252_is_decoded_and_the_speaker_kept() {
    let bytes: &[u8] =
        b"Caf\xe9 Drones\nChina\x92s foreign ministry said China sent drones to Russia.\n";
    let (output, dir) = check_files("cp1252", &[("cp1252.txt", bytes)]);
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(
        stderr(&output),
        format!(
            "claimcheck: warning: {}: not UTF-8, decoded as windows-1252 (detected)\n",
            dir.join("cp1252.txt").display()
        )
    );
    let report = json(&output);
    assert_eq!(report["documents"][0]["title"], "Café Drones");
    assert_eq!(
        report["instances"][0]["attribution"]["speaker"],
        "China’s foreign ministry"
    );
    assert_file_offsets(bytes, encoding_rs::WINDOWS_1252, &instances(&report));
}

#[test]
fn issue_17_item_17_utf16_with_a_byte_order_mark_is_read() {
    let text = "Drones ’24\r\nChina sent drones to Russia, officials said.\r\n";
    for (encoding, bom) in [
        (encoding_rs::UTF_16LE, [0xFF, 0xFE]),
        (encoding_rs::UTF_16BE, [0xFE, 0xFF]),
    ] {
        let mut bytes = bom.to_vec();
        for unit in text.encode_utf16() {
            if encoding == encoding_rs::UTF_16LE {
                bytes.extend(unit.to_le_bytes());
            } else {
                bytes.extend(unit.to_be_bytes());
            }
        }
        let (output, dir) = check_files("utf16", &[("utf16.txt", &bytes)]);
        let _ = std::fs::remove_dir_all(&dir);
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
        assert!(
            stderr(&output).contains(&format!(
                "utf16.txt: decoded as {} (byte order mark)",
                encoding.name()
            )),
            "{}",
            stderr(&output)
        );
        let report = json(&output);
        assert_eq!(report["documents"][0]["title"], "Drones ’24");
        let seen = instances(&report);
        assert_eq!((seen[0].line, seen[0].column), (2, 1), "{seen:?}");
        assert_file_offsets(&bytes, encoding, &seen);
    }
}

#[test]
fn issue_17_item_17_an_encoding_declared_in_the_manifest_is_used() {
    let bytes: &[u8] = b"Drones\nChina sent drones to Russia, the \xabofficials\xbb said.\n";
    let manifest = b"[[article]]\npath = \"a.txt\"\nencoding = \"iso-8859-1\"\n";
    let (output, dir) = check_files("declared", &[("a.txt", bytes), ("corpus.toml", manifest)]);
    let bad = check_files(
        "declared-bad",
        &[
            ("a.txt", bytes),
            (
                "corpus.toml",
                b"[[article]]\npath = \"a.txt\"\nencoding = \"klingon\"\n",
            ),
        ],
    );
    let _ = std::fs::remove_dir_all(&dir);
    let _ = std::fs::remove_dir_all(&bad.1);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("a.txt: decoded as windows-1252 (corpus.toml)"),
        "{}",
        stderr(&output)
    );
    let seen = instances(&json(&output));
    assert_eq!(
        seen[0].quote,
        "China sent drones to Russia, the «officials» said."
    );
    assert_file_offsets(bytes, encoding_rs::WINDOWS_1252, &seen);
    assert_eq!(bad.0.status.code(), Some(2));
    assert!(
        stderr(&bad.0).contains("corpus.toml:3:12: unknown encoding `klingon`"),
        "{}",
        stderr(&bad.0)
    );
}

// --- Issue 17: front matter -------------------------------------------------

#[test]
fn issue_17_item_18_front_matter_through_yaml_and_toml_parsers() {
    let yaml = "---\ntitle: >\n  Drones: what\n  we know\nauthors:\n  - name: \"Olga Ivanova\"\n  - name: Tom Smith\npublisher: \"Kyiv Post\"\ndate: 2024-02-31\n---\nChina sent drones to Russia, officials said.\n";
    let toml = "+++\ntitle = \"Wire drones\"\nauthors = [\"A. Writer\"]\nsource = \"Reuters\"\ndate = 2024-03-01\nderived_from = \"Reuters\"\n+++\nChina sent drones to Russia, officials said.\n";
    let (output, dir) = check_files(
        "front-matter",
        &[("yaml.md", yaml.as_bytes()), ("toml.md", toml.as_bytes())],
    );
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(
        stderr(&output),
        format!(
            "claimcheck: warning: {}:9:7: date `2024-02-31` does not exist: 2024-02 has 29 days, ignored\n",
            dir.join("yaml.md").display()
        )
    );
    let report = json(&output);
    let docs = &report["documents"];
    assert_eq!(docs[0]["id"], "toml");
    assert_eq!(docs[0]["title"], "Wire drones");
    assert_eq!(docs[0]["authors"], serde_json::json!(["A. Writer"]));
    assert_eq!(docs[0]["publisher"], "Reuters");
    assert_eq!(docs[0]["date"], "2024-03-01");
    assert_eq!(docs[0]["derived_from"], "Reuters");
    assert_eq!(docs[1]["title"], "Drones: what we know");
    assert_eq!(
        docs[1]["authors"],
        serde_json::json!(["Olga Ivanova", "Tom Smith"])
    );
    assert_eq!(docs[1]["publisher"], "Kyiv Post");
    assert_eq!(docs[1]["date"], serde_json::Value::Null);
    // The TOML block is furniture, not text: each file has its one instance.
    let lines: Vec<u64> = instances(&report).iter().map(|seen| seen.line).collect();
    assert_eq!(lines, [8, 11]);
}

/// Wire copy hard-wrapped at about 70 columns, paragraphs between blank
/// lines: two claims across a line break, and a heading and list items whose
/// breaks are the writer's.
const WIRE_COPY: &str = "China arms imports

BEIJING, March 1 (Reuters) - Officials say about 70% of China's weapons
imports came from Russia between 2014 and 2018, the institute said in
its report on Monday.

A ministry spokesman in Beijing said that Chinese firms have never sold
drones to Russia, and that the reports were false.

## Chinese drones that were sent to the front at the end of last year
Russia paid for them, the report says.

- Chinese companies supplied parts for the drones and the motors, and
- Russia paid for them.
";

#[test]
fn issue_17_item_18_hard_wrapped_text_matches_across_a_line_break() {
    for line_end in ["\n", "\r\n"] {
        let text = WIRE_COPY.replace('\n', line_end);
        let (output, dir) = check_files("wrapped", &[("wire.txt", text.as_bytes())]);
        let _ = std::fs::remove_dir_all(&dir);
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
        let seen = instances(&json(&output));
        let at = |from: &str, to: &str| {
            let start = text.find(from).expect("in the text");
            let end = start + text[start..].find(to).expect("in the text") + to.len();
            (start, end)
        };
        // The quote reads each line break as spaces; offsets, line and column
        // are the file's. A CRLF break reads as two spaces, which a phrase
        // across it ("weapons imports") sees through as one.
        let expected = vec![
            (
                "china-arms-imports-share-from-russia",
                3,
                1,
                at("BEIJING", "Monday."),
            ),
            ("china-drones-to-russia", 7, 1, at("A ministry", "false.")),
        ];
        let got: Vec<(&str, u64, u64, (usize, usize))> = seen
            .iter()
            .map(|seen| {
                (
                    seen.rule.as_str(),
                    seen.line,
                    seen.column,
                    (seen.byte_start, seen.byte_end),
                )
            })
            .collect();
        assert_eq!(got, expected, "{line_end:?}: {seen:?}");
        for (seen, (_, _, _, (start, end))) in seen.iter().zip(&expected) {
            let spaced = text[*start..*end].replace(line_end, &" ".repeat(line_end.len()));
            assert_eq!(seen.quote, spaced);
        }
        let stances: Vec<&str> = seen.iter().map(|seen| seen.stance.as_str()).collect();
        assert_eq!(stances, ["affirm", "deny"]);
    }
}

// --- Issue 17: work linear in the input --------------------------------------

/// Checks that `work(n)` grows at most ×5 when `n` grows ×4, twice over
/// (`n`, `4n`, `16n`): linear or n log n, not quadratic (×16).
fn assert_linear(what: &str, n: usize, work: impl Fn(usize) -> u64) {
    let works: Vec<u64> = [n, 4 * n, 16 * n].iter().map(|&n| work(n).max(1)).collect();
    for pair in works.windows(2) {
        assert!(
            pair[1] <= 5 * pair[0],
            "{what}: work {works:?} for sizes {n}, {}, {}",
            4 * n,
            16 * n
        );
    }
}

#[test]
fn issue_17_item_1_a_huge_capitalised_word_costs_linear_name_work() {
    let config = claimcheck::model::NameConfig::default();
    assert_linear("one name of n letters", 1_000, |n| {
        let name = format!("X{}", "a".repeat(n));
        let names = [claimcheck::model::NameCount {
            name,
            count: 1,
            citations: Vec::new(),
        }];
        claimcheck::reconcile::name_variant_work(&names, &config)
    });
}

#[test]
fn issue_17_item_3_pull_quote_repeats_cost_linear_work() {
    // n pull quotes and n body sentences of 60 words, none repeating another.
    assert_linear("n pull quotes and n bodies", 200, |n| {
        let mut text = String::from("Title\n\n");
        for idx in 0..n {
            let words: Vec<String> = (0..60).map(|word| format!("w{idx}x{word}")).collect();
            text.push_str(&format!("___`{}`___\n\n", words.join(" ")));
            let words: Vec<String> = (0..60).map(|word| format!("b{idx}x{word}")).collect();
            text.push_str(&format!("{}.\n\n", words.join(" ")));
        }
        claimcheck::text::repeat_work(&text)
    });
}

#[test]
fn issue_17_item_2_not_inside_shields_cost_linear_work() {
    // One sentence that every term of a `not_inside` rule of the default
    // rulebook holds, then n hits of `allies` each inside an `its allies`
    // shield: every hit is tested against the shields.
    let rulebook =
        claimcheck::rulebook::load(&root().join("rules")).expect("the default rulebook loads");
    assert_linear("n shielded hits in one sentence", 1_000, |n| {
        let text = format!("China and Russia are allies, {}", "its allies ".repeat(n));
        let sentences = claimcheck::text::segment(&text);
        rulebook.find_work(&text, &sentences)
    });
}

#[test]
fn an_article_of_many_pronouns_reads_the_genders_of_names_once() {
    // n paragraphs, each a named speaker and a pronoun that looks back to
    // a person: every pronoun asks the genders of the names before it.
    let analyzer = claimcheck::provenance::Analyzer::new(&claimcheck::model::Lexicon::default());
    assert_linear("n named speakers and n pronouns", 50, |n| {
        let mut text = String::new();
        for idx in 0..n {
            text.push_str(&format!(
                "Maria Silva{idx} said she saw soldiers fire. Ahmed Khan{idx} was there. He denied it.\n\n"
            ));
        }
        let (sentences, breaks) = claimcheck::text::read(&mut text);
        let article = claimcheck::model::Article {
            document: claimcheck::model::Document::default(),
            text,
            sentences,
            breaks,
        };
        analyzer.gender_work(&article)
    });
}

#[test]
fn issue_17_item_4_a_long_self_overlapping_phrase_costs_linear_build_work() {
    assert_linear("a phrase of n `x`", 1_000, |n| {
        let rules = format!(
            "[[rule]]\nid = \"x\"\nkind = \"proposition\"\nclaim = \"c\"\nall = [\"{}\"]\n",
            "x".repeat(n)
        );
        claimcheck::rulebook::load_str("x.toml", &rules)
            .expect("the rule loads")
            .build_work()
    });
}

#[cfg(unix)]
#[test]
fn issue_17_item_5_deep_directories_cost_linear_walk_work() {
    let dir = scratch("deep");
    assert_linear("a tree n directories deep", 25, |n| {
        let root = dir.join(format!("depth-{n}"));
        let mut path = root.clone();
        for _ in 0..n {
            path.push("d");
        }
        std::fs::create_dir_all(&path).expect("the temp dir is writable");
        std::fs::write(path.join("a.txt"), "A story.\n").expect("the temp dir is writable");
        claimcheck::corpus::walk_work(&[root])
    });
    let _ = std::fs::remove_dir_all(&dir);
}

// --- Issue 17: files reached twice, odd names -----------------------------

/// The ids and `derived_from` of the documents of a JSON report, and how
/// many corroborated findings it has.
fn documents_and_corroborations(report: &serde_json::Value) -> (Vec<(String, String)>, usize) {
    let docs = report["documents"]
        .as_array()
        .expect("documents")
        .iter()
        .map(|doc| {
            (
                doc["id"].as_str().unwrap_or_default().to_owned(),
                doc["derived_from"].as_str().unwrap_or_default().to_owned(),
            )
        })
        .collect();
    let corroborated = report["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter(|finding| finding["kind"] == "corroborated")
        .count();
    (docs, corroborated)
}

#[cfg(unix)]
#[test]
fn issue_17_item_6_a_copy_and_a_hard_link_count_once() {
    let story = "Drones\n\nChina sent drones to Russia via clandestine shipments.\n";
    let (_, dir) = check_files("copies", &[("a.txt", story.as_bytes())]);
    std::fs::copy(dir.join("a.txt"), dir.join("b.txt")).expect("the temp dir is writable");
    std::fs::hard_link(dir.join("a.txt"), dir.join("c.txt")).expect("hard links work");
    let output = check_json(&[&dir]);
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let report = json(&output);
    let (docs, corroborated) = documents_and_corroborations(&report);
    // The hard link is the file it names: listed once.
    let ids: Vec<&str> = docs.iter().map(|(id, _)| id.as_str()).collect();
    assert_eq!(ids, ["a", "b"]);
    assert_eq!(report["documents"][1]["copy_of"]["original"], "a");
    assert_eq!(corroborated, 0, "{}", stdout(&output));
}

#[cfg(unix)]
#[test]
fn issue_17_item_6_a_symlink_alias_keeps_the_real_files_metadata() {
    let manifest = "[[article]]\npath = \"real.txt\"\nderived_from = \"Wire\"\n\n[[article]]\npath = \"wire.txt\"\npublisher = \"Wire\"\n";
    let (_, dir) = check_files(
        "alias-file",
        &[
            (
                "real.txt",
                b"Drones\n\nChina sent drones to Russia last year.\n",
            ),
            (
                "wire.txt",
                b"Wire Drones\n\nChina sent drones to Russia via clandestine shipments.\n",
            ),
            ("corpus.toml", manifest.as_bytes()),
        ],
    );
    std::os::unix::fs::symlink(dir.join("real.txt"), dir.join("alias.txt")).expect("symlinks work");
    let output = check_json(&[&dir]);
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let (docs, corroborated) = documents_and_corroborations(&json(&output));
    let expected =
        [("real", "Wire"), ("wire", "")].map(|(id, from)| (id.to_owned(), from.to_owned()));
    assert_eq!(docs, expected);
    assert_eq!(corroborated, 0, "{}", stdout(&output));
}

#[cfg(target_os = "linux")]
#[test]
fn issue_17_item_11_names_differing_only_in_bad_bytes_are_two_articles() {
    use std::os::unix::ffi::OsStrExt;
    let dir = scratch("bad-names");
    for byte in [0xE9u8, 0xE8] {
        let bytes = [b'c', b'a', b'f', byte, b'.', b't', b'x', b't'];
        let name = std::ffi::OsStr::from_bytes(&bytes);
        std::fs::write(dir.join(name), "A story.\n").expect("the temp dir is writable");
    }
    let output = check_json(&[&dir]);
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(document_ids(&json(&output)), ["caf\\xE8", "caf\\xE9"]);
}

#[cfg(unix)]
#[test]
fn issue_17_item_12_a_directory_alias_is_no_loop() {
    let dir = scratch("alias-dir");
    std::fs::create_dir_all(dir.join("2024")).expect("the temp dir is writable");
    std::fs::write(
        dir.join("2024/story.txt"),
        "Story\nChina sent drones to Russia, officials said.\n",
    )
    .expect("the temp dir is writable");
    std::os::unix::fs::symlink(dir.join("2024"), dir.join("latest")).expect("symlinks work");
    let output = check_json(&[&dir]);
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(stderr(&output), "");
    let report = json(&output);
    assert_eq!(document_ids(&report), ["story"]);
    assert_eq!(report["documents"][0]["path"], "2024/story.txt");
}

// --- Issue 17: rule files ---------------------------------------------------

/// Writes `files` into a fresh rules dir and returns `rules check`'s output.
fn rules_check_files(name: &str, files: &[(&str, &[u8])]) -> (Output, PathBuf) {
    let dir = scratch(name);
    for (file, bytes) in files {
        let path = dir.join(file);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("the temp dir is writable");
        }
        std::fs::write(path, bytes).expect("the temp dir is writable");
    }
    let output = run(&["rules", "check", &dir.display().to_string()]);
    assert_no_panic(&output);
    (output, dir)
}

#[test]
fn issue_17_item_8_a_rule_file_with_a_bom_has_right_columns() {
    let (output, dir) = rules_check_files(
        "rules-bom",
        &[("a.toml", b"\xef\xbb\xbf[[rule]] bogus = 1\n")],
    );
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(output.status.code(), Some(2));
    let err = stderr(&output);
    assert!(err.contains("a.toml:1:10: toml syntax"), "{err}");
}

#[test]
fn issue_17_item_8_a_non_utf8_rule_file_is_named_at_its_line_and_column() {
    let (output, dir) = rules_check_files(
        "rules-latin1",
        &[(
            "a.toml",
            b"# caf\xe9\n[[rule]]\nid = \"x\"\nkind = \"proposition\"\nclaim = \"c\"\nall = [[\"a\"]]\n",
        )],
    );
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(output.status.code(), Some(2));
    let err = stderr(&output);
    assert!(
        err.contains("a.toml:1:6: not valid UTF-8: a rule file must be saved as UTF-8"),
        "{err}"
    );
    assert!(!err.contains("no rules"), "{err}");
    assert!(err.contains("1 problem(s)"), "{err}");
}

#[cfg(unix)]
#[test]
fn issue_17_item_8_a_symlinked_rules_subfolder_is_read() {
    let dir = scratch("rules-link");
    std::fs::create_dir_all(dir.join("real")).expect("the temp dir is writable");
    std::fs::create_dir_all(dir.join("top")).expect("the temp dir is writable");
    std::fs::copy(rules().join("robust.toml"), dir.join("real/robust.toml"))
        .expect("the temp dir is writable");
    std::os::unix::fs::symlink(dir.join("real"), dir.join("top/sub")).expect("symlinks work");
    std::os::unix::fs::symlink(dir.join("top"), dir.join("top/sub/loop")).expect("symlinks work");
    let output = run(&["rules", "check", &dir.join("top").display().to_string()]);
    let _ = std::fs::remove_dir_all(&dir);
    assert_no_panic(&output);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(
        stderr(&output).contains(": 2 rules, no problems"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn issue_17_item_9_nan_and_infinite_bounds_are_refused_at_their_place() {
    let rule = |extra: &str| {
        format!(
            "[[rule]]\nid = \"share\"\nkind = \"figure\"\nclaim = \"c\"\nall = [[\"share\"]]\nvalue = \"percent\"\n{extra}\n"
        )
    };
    for (extra, message) in [
        (
            "min = nan",
            "a.toml:7:7: `min` must be a finite number, found nan",
        ),
        (
            "max = -inf",
            "a.toml:7:7: `max` must be a finite number, found -inf",
        ),
        (
            "tolerance = { absolute = inf }",
            "a.toml:7:26: `absolute` must be a finite number, found inf",
        ),
    ] {
        let text = rule(extra);
        let (output, dir) = rules_check_files("rules-nan", &[("a.toml", text.as_bytes())]);
        let _ = std::fs::remove_dir_all(&dir);
        assert_eq!(output.status.code(), Some(2), "{extra}");
        assert!(
            stderr(&output).contains(message),
            "{extra}: {}",
            stderr(&output)
        );
    }
}

// --- Issue 17: control characters -------------------------------------------

#[test]
fn issue_17_item_10_control_characters_never_reach_the_table_or_markdown() {
    let text = "Story\nChina sent\u{1b}[2J drones\u{8} to \u{202e}Russia\u{7} via clandestine\u{9b}31m shipments.\n";
    let dir = scratch("control");
    std::fs::write(dir.join("a.txt"), text).expect("the temp dir is writable");
    let rules = rules().display().to_string();
    let corpus = dir.display().to_string();
    let outputs: Vec<Output> = ["table", "markdown"]
        .iter()
        .map(|format| {
            run(&[
                "check",
                "--rules",
                &rules,
                "--corpus",
                &corpus,
                "--format",
                format,
                "--all-unsupported",
            ])
        })
        .collect();
    let _ = std::fs::remove_dir_all(&dir);
    for output in &outputs {
        assert_eq!(output.status.code(), Some(0), "{}", stderr(output));
        let shown = stdout(output);
        assert!(shown.contains("1 finding"), "{shown}");
        let bad: Vec<char> = shown
            .chars()
            .filter(|&c| (c.is_control() && c != '\n') || ('\u{202a}'..='\u{202e}').contains(&c))
            .collect();
        assert!(bad.is_empty(), "{bad:?} in {shown}");
        assert!(shown.contains("2J drones"), "{shown}");
    }
}

#[test]
fn a_sentence_with_no_end_is_read_in_bounded_pieces() {
    // A 16 KB run with thousands of commas and negations and one full stop
    // at its end: each piece read is at most 4 KiB, cut at whitespace, and
    // every citation points at its text (the readings compare cues and
    // values pairwise, so an unbounded sentence made the run quadratic).
    let dir = scratch("endless-sentence");
    let text = format!(
        "{}drones.\n",
        "Chinese drones reach Russia, café, no, not, never, ".repeat(320)
    );
    let path = dir.join("endless.txt");
    std::fs::write(&path, &text).expect("the temp dir is writable");
    let output = check_json(&[&path]);
    assert_no_panic(&output);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let seen = instances(&json(&output));
    assert!(seen.len() >= 4, "{seen:?}");
    for instance in &seen {
        assert!(
            instance.byte_end - instance.byte_start <= 4096,
            "{instance:?}"
        );
        assert!(text.get(instance.byte_start..instance.byte_end).is_some());
    }
    let _ = std::fs::remove_dir_all(&dir);
}
