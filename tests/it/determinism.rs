//! Determinism: the thread count and repeated runs never change a byte.

use claimcheck::report::Format;
use clap::ValueEnum;

use crate::support::{run, stdout};

fn check_output(format: &str, threads: &str) -> Vec<u8> {
    let output = run(&["check", "--format", format, "--threads", threads]);
    assert!(
        output.status.code().is_some_and(|code| code <= 1),
        "{}",
        stdout(&output)
    );
    output.stdout
}

#[test]
fn one_two_and_eight_threads_give_identical_bytes_in_every_format() {
    // Every `--format` value clap accepts, so a new format is covered.
    let formats: Vec<String> = Format::value_variants()
        .iter()
        .filter_map(ValueEnum::to_possible_value)
        .map(|value| value.get_name().to_owned())
        .collect();
    assert!(
        formats.iter().any(|format| format == "github"),
        "{formats:?}"
    );
    for format in &formats {
        let one = check_output(format, "1");
        assert!(!one.is_empty());
        assert_eq!(
            one,
            check_output(format, "8"),
            "format {format}: --threads 1 and 8 differ"
        );
        assert_eq!(
            one,
            check_output(format, "2"),
            "format {format}: --threads 1 and 2 differ"
        );
    }
}

#[test]
fn two_runs_in_a_row_are_identical() {
    assert_eq!(check_output("json", "2"), check_output("json", "2"));
}
