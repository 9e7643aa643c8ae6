//! Shared helpers: run the binary, locate fixtures.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The repository root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A fixture path under `tests/fixtures/`.
pub fn fixture(rel: &str) -> PathBuf {
    root().join("tests/fixtures").join(rel)
}

/// Runs `claimcheck` with `args` in `dir`, without colour or a terminal width.
pub fn run_in(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_claimcheck"))
        .args(args)
        .current_dir(dir)
        .env_remove("COLUMNS")
        .env("NO_COLOR", "1")
        .output()
        .expect("the claimcheck binary runs")
}

/// Runs `claimcheck` with `args` at the repository root.
pub fn run(args: &[&str]) -> Output {
    run_in(&root(), args)
}

/// Standard output as text.
pub fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// Standard error as text.
pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// Copies the files of `from` (not its subfolders) into `to`, creating it.
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("the scratch folder can be made");
    for entry in std::fs::read_dir(from).expect("the fixture folder is readable") {
        let path = entry.expect("the fixture folder is readable").path();
        if path.is_file() {
            let name = path.file_name().expect("a file has a name");
            std::fs::copy(&path, to.join(name)).expect("the fixture file copies");
        }
    }
}

/// Standard output parsed as JSON, after checking the run did not fail with 2.
pub fn json_of(output: &Output) -> serde_json::Value {
    assert!(
        output.status.code().is_some_and(|code| code <= 1),
        "{}",
        stderr(output)
    );
    serde_json::from_slice(&output.stdout).expect("--format json prints JSON")
}
