//! Determinism: the thread count and repeated runs never change a byte.

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
fn one_and_eight_threads_give_identical_json_and_tables() {
    for format in ["json", "table", "markdown", "html", "claimreview"] {
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
