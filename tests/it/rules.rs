//! Rule validation and rule tests through the binary.

use crate::support::{run, stderr, stdout};

const BROKEN: &[&str] = &[
    "tests/fixtures/rules-broken/00-shared.toml:5:1: unknown key `hedges` in `[lexicon]`, did you mean `hedge`?",
    "tests/fixtures/rules-broken/00-shared.toml:9:11: empty phrase set: give at least one phrase",
    "tests/fixtures/rules-broken/10-syntax.toml:4:20: toml syntax: invalid basic string, expected `\"`",
    "tests/fixtures/rules-broken/20-keys.toml:7:1: unknown key `alll` in rule, did you mean `all`?",
    "tests/fixtures/rules-broken/20-keys.toml:9:10: expected an integer for `window`, found string",
    "tests/fixtures/rules-broken/20-keys.toml:14:9: claim is 77 characters long, at most 75 allowed",
    "tests/fixtures/rules-broken/20-keys.toml:19:8: unknown kind `propositon`, did you mean `proposition`?",
    "tests/fixtures/rules-broken/30-terms.toml:7:8: undefined reference `@chna`, did you mean `@china`?",
    "tests/fixtures/rules-broken/30-terms.toml:7:17: empty term",
    "tests/fixtures/rules-broken/30-terms.toml:7:21: empty term list",
    "tests/fixtures/rules-broken/30-terms.toml:7:25: invalid regex `S-(400`: unclosed group",
    "tests/fixtures/rules-broken/30-terms.toml:7:38: regex `\\w{1000}{1000}` exceeds the size limit of 1048576 bytes",
    "tests/fixtures/rules-broken/40-figures.toml:3:1: figure rule needs `value` (percent, count, money, quantity, year, date, range, multiplier, duration, ordinal, time)",
    "tests/fixtures/rules-broken/40-figures.toml:14:9: unknown value type `percentage`, did you mean `percent`?",
    "tests/fixtures/rules-broken/40-figures.toml:15:26: tolerance must not be negative, found -2",
    "tests/fixtures/rules-broken/40-figures.toml:23:26: relative tolerance is a fraction between 0 and 1, found 1.5",
    "tests/fixtures/rules-broken/40-figures.toml:25:7: `min` (100) is greater than `max` (0)",
    "tests/fixtures/rules-broken/more/dup.toml:4:6: duplicate rule id `china-aid`, first defined at tests/fixtures/rules-broken/05-first.toml:3",
];

#[test]
fn broken_rules_report_every_problem_in_order() {
    let output = run(&["rules", "check", "tests/fixtures/rules-broken"]);
    assert_eq!(output.status.code(), Some(2));
    let err = stderr(&output);
    let lines: Vec<&str> = err
        .lines()
        .map(|line| line.strip_prefix("claimcheck: ").unwrap_or(line))
        .collect();
    for expected in BROKEN {
        assert!(
            lines.contains(expected),
            "missing line {expected}\nstderr:\n{err}"
        );
    }
    assert_eq!(&lines[..BROKEN.len()], BROKEN, "stderr:\n{err}");
    assert_eq!(
        lines.get(BROKEN.len()).copied(),
        Some("18 problem(s) in tests/fixtures/rules-broken")
    );
}

#[test]
fn check_refuses_broken_rules_too() {
    let output = run(&["check", "--rules", "tests/fixtures/rules-broken"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains(BROKEN[3]),
        "stderr:\n{}",
        stderr(&output)
    );
}

#[test]
fn missing_or_wrong_rules_dirs_are_clear_errors() {
    let output = run(&["rules", "check", "tests/fixtures/no-such-rules"]);
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        stderr(&output).lines().next(),
        Some("claimcheck: tests/fixtures/no-such-rules: rules directory does not exist")
    );
    let output = run(&["rules", "check", "tests/fixtures/rules-ok/china.toml"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("tests/fixtures/rules-ok/china.toml: not a directory"),
        "stderr:\n{}",
        stderr(&output)
    );
    let output = run(&["rules", "check", "tests/fixtures/rules-ok/lexicon"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("tests/fixtures/rules-ok/lexicon: no rules"),
        "stderr:\n{}",
        stderr(&output)
    );
    let empty = std::env::temp_dir().join(format!("claimcheck-empty-rules-{}", std::process::id()));
    std::fs::create_dir_all(&empty).expect("the temp dir is writable");
    let empty_arg = empty.to_string_lossy().into_owned();
    let output = run(&["rules", "check", &empty_arg]);
    let _ = std::fs::remove_dir(&empty);
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        stderr(&output).lines().next(),
        Some(
            format!("claimcheck: {empty_arg}: no rule files (*.toml) in the rules directory")
                .as_str()
        )
    );
}

#[test]
fn valid_rules_check_clean_and_their_examples_pass() {
    let output = run(&["rules", "check", "tests/fixtures/rules-ok"]);
    assert_eq!(
        output.status.code(),
        Some(0),
        "stderr:\n{}",
        stderr(&output)
    );
    let output = run(&["rules", "test", "tests/fixtures/rules-ok"]);
    let out = stdout(&output);
    assert_eq!(output.status.code(), Some(0), "stdout:\n{out}");
    assert!(
        out.contains("3 rules, 7 examples: all passed"),
        "stdout:\n{out}"
    );
    assert!(
        out.contains("china-military-aid-to-russia"),
        "stdout:\n{out}"
    );
}

#[test]
fn wrong_examples_fail_with_a_readable_report() {
    let output = run(&["rules", "test", "tests/fixtures/rules-wrong-example"]);
    let out = stdout(&output);
    assert_eq!(output.status.code(), Some(1), "stdout:\n{out}");
    for expected in [
        "tests/fixtures/rules-wrong-example/china.toml:13: rule china-sends-drones: expected a match, got none\n    Beijing shipped drones to Moscow.",
        "tests/fixtures/rules-wrong-example/china.toml:16: rule china-sends-drones: expected no match, got a match on \"China bought drones from Russia\"",
        "tests/fixtures/rules-wrong-example/china.toml:20: rule china-only-positive: has no near-miss example (`match = false`)",
        "2 rules, 3 examples: 2 rule(s) failed",
    ] {
        assert!(out.contains(expected), "missing {expected}\nstdout:\n{out}");
    }
}

#[test]
fn literals_list_every_phrase_once() {
    let output = run(&["rules", "literals", "tests/fixtures/rules-ok"]);
    assert_eq!(output.status.code(), Some(0));
    let out = stdout(&output);
    let literals: Vec<&str> = out.lines().collect();
    assert!(
        literals.contains(&"china's foreign ministry"),
        "stdout:\n{out}"
    );
    assert!(literals.contains(&"deliver"), "stdout:\n{out}");
    let mut sorted = literals.clone();
    sorted.sort();
    sorted.dedup();
    assert_eq!(literals, sorted);
}
