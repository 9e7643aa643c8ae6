//! The default rulebook under `rules/` validates and passes its own examples.

use crate::support::{run, stderr, stdout};

#[test]
fn the_default_rulebook_validates() {
    let output = run(&["rules", "check", "rules"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
}

#[test]
fn the_default_rulebook_passes_its_examples() {
    let output = run(&["rules", "test", "rules"]);
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}\n{}",
        stdout(&output),
        stderr(&output)
    );
}
