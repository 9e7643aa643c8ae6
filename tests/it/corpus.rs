//! Corpus loading through the binary: manifests, front matter, CRLF, BOM.

use std::path::{Path, PathBuf};
use std::process::Output;

use crate::support;

/// Runs `check --format json` on `corpus` paths from the repository root.
fn check_json(corpus: &[&Path]) -> Output {
    let mut args: Vec<String> = ["check", "--format", "json", "--corpus"]
        .iter()
        .map(|arg| arg.to_string())
        .collect();
    args.extend(corpus.iter().map(|path| path.display().to_string()));
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    support::run_in(&support::root(), &args)
}

/// The `(id, path, title)` of every document in a JSON report.
fn documents(output: &Output) -> Vec<(String, String, Option<String>)> {
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap_or_else(|err| {
        panic!(
            "stdout is JSON ({err}); stderr: {}",
            support::stderr(output)
        )
    });
    json["documents"]
        .as_array()
        .expect("the report lists documents")
        .iter()
        .map(|doc| {
            (
                doc["id"].as_str().unwrap_or_default().to_owned(),
                doc["path"].as_str().unwrap_or_default().to_owned(),
                doc["title"].as_str().map(str::to_owned),
            )
        })
        .collect()
}

fn doc(id: &str, path: &str, title: &str) -> (String, String, Option<String>) {
    (id.to_owned(), path.to_owned(), Some(title.to_owned()))
}

/// A fresh, empty scratch directory under the system temp dir.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "claimcheck-it-corpus-{name}-{}",
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("the temp dir is writable");
    dir
}

#[test]
fn default_corpus_uses_the_manifest() {
    let output = check_json(&[Path::new("corpus")]);
    let docs = documents(&output);
    let ids: Vec<&str> = docs.iter().map(|(id, _, _)| id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "hi-tech-high-risk",
            "china-russia-military-ties",
            "sino-russian-defense-cooperation",
            "kupol-drone-collaboration",
            "chinese-russian-technological-ties"
        ]
    );
    assert_eq!(docs[0].2.as_deref(), Some("Hi-Tech, High Risk?"));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
    assert_eq!(json["documents"][3]["derived_from"], "Reuters");
    assert_eq!(json["documents"][0]["date"], "2024-03-01");
    assert_eq!(json["documents"][0]["publisher"], serde_json::Value::Null);
    assert_eq!(json["documents"][2]["authors"][2], "Dan McCormick");
}

#[test]
fn folder_without_manifest_uses_front_matter_and_first_lines() {
    let output = check_json(&[&support::fixture("corpus/plain")]);
    assert_eq!(
        documents(&output),
        [
            doc("front", "front.md", "Drones Over Kupol"),
            doc(
                "first-line",
                "sub/first-line.txt",
                "Chinese and Russian technological ties"
            ),
            doc("ticker", "ticker.TXT", "Ticker First, Title Second"),
        ]
    );
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
    assert_eq!(json["documents"][0]["authors"][1], "John Doe");
    assert_eq!(json["documents"][0]["date"], "2024-09-25");
}

#[test]
fn manifest_wins_over_front_matter() {
    let output = check_json(&[&support::fixture("corpus/manifest")]);
    assert_eq!(
        documents(&output),
        [
            doc(
                "other",
                "other.txt",
                "A file the manifest does not list keeps its first line as its title."
            ),
            doc("manifest-story", "story.md", "Manifest Title Wins"),
        ]
    );
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
    assert_eq!(json["documents"][1]["publisher"], "Example Times");
    assert_eq!(json["documents"][1]["authors"][0], "Jane Roe");
    assert_eq!(json["documents"][1]["date"], "2021-05");
}

#[test]
fn crlf_and_bom_files_load_cleanly() {
    let output = check_json(&[&support::fixture("corpus/crlf-bom")]);
    assert_eq!(
        documents(&output),
        [
            doc("bom-crlf", "bom-crlf.txt", "BOM Title Line"),
            doc("lone-cr", "lone-cr.md", "Lone CR Title"),
        ]
    );
    assert!(
        !support::stderr(&output).contains("warning"),
        "{}",
        support::stderr(&output)
    );
}

#[test]
fn several_corpus_paths_and_single_files() {
    let plain = support::fixture("corpus/plain/front.md");
    let seed = support::root().join("corpus/003_bc9a5cf43ed883ff.txt");
    let output = check_json(&[&seed, &plain]);
    assert_eq!(
        documents(&output),
        [
            doc(
                "kupol-drone-collaboration",
                "003_bc9a5cf43ed883ff.txt",
                "The Evolving Dynamics of Military Drone Collaboration Between China and Russia"
            ),
            doc("front", "front.md", "Drones Over Kupol"),
        ]
    );
}

#[test]
fn a_file_given_twice_is_read_once() {
    let seed = support::root().join("corpus/003_bc9a5cf43ed883ff.txt");
    let output = check_json(&[Path::new("corpus"), &seed]);
    let docs = documents(&output);
    assert_eq!(docs.len(), 5, "{docs:?}");
    assert_eq!(docs[3].0, "kupol-drone-collaboration");
}

#[test]
fn bad_manifest_names_file_line_and_column() {
    let output = check_json(&[&support::fixture("corpus/bad-manifest")]);
    assert_eq!(output.status.code(), Some(2));
    let stderr = support::stderr(&output);
    assert!(
        stderr.contains("bad-manifest/corpus.toml:3:1: unknown field `autor`"),
        "{stderr}"
    );
}

#[test]
fn issue_17_item_11_one_file_name_in_two_subfolders_is_two_articles() {
    let output = check_json(&[&support::fixture("corpus/duplicate")]);
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        support::stderr(&output)
    );
    let ids: Vec<String> = documents(&output).into_iter().map(|doc| doc.0).collect();
    assert_eq!(ids, ["a/same", "b/same"]);
}

#[test]
fn missing_path_is_an_error_naming_it() {
    let output = check_json(&[Path::new("no/such/corpus")]);
    assert_eq!(output.status.code(), Some(2));
    let stderr = support::stderr(&output);
    assert!(
        stderr.contains("corpus path no/such/corpus does not exist"),
        "{stderr}"
    );
}

#[test]
fn empty_directory_is_an_error_naming_it() {
    let dir = scratch("empty");
    std::fs::write(dir.join("readme.html"), "not an article").expect("writable");
    let output = check_json(&[&dir]);
    let stderr = support::stderr(&output);
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr.contains(&format!(
            "corpus directory {} has no .txt or .md articles",
            dir.display()
        )),
        "{stderr}"
    );
}

#[test]
fn latin1_is_decoded_and_binary_skipped_with_warnings() {
    let dir = scratch("bytes");
    std::fs::write(dir.join("latin1.txt"), b"Caf\xe9 society\nSecond line.\n").expect("writable");
    std::fs::write(dir.join("image.md"), b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR").expect("writable");
    let output = check_json(&[&dir]);
    let stderr = support::stderr(&output);
    let docs = documents(&output);
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(docs, [doc("latin1", "latin1.txt", "Café society")]);
    assert!(
        stderr.contains("latin1.txt: not UTF-8, decoded as windows-1252 (detected)"),
        "{stderr}"
    );
    assert!(
        stderr.contains("image.md: binary file (NUL byte at offset 8), skipped"),
        "{stderr}"
    );
}

#[cfg(unix)]
#[test]
fn symlink_loop_is_a_warning() {
    let dir = scratch("loop");
    std::fs::create_dir_all(dir.join("inner")).expect("writable");
    std::fs::write(dir.join("inner/story.txt"), "A story.\n").expect("writable");
    std::os::unix::fs::symlink(&dir, dir.join("inner/back")).expect("symlinks work");
    let output = check_json(&[&dir]);
    let stderr = support::stderr(&output);
    let docs = documents(&output);
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(docs, [doc("story", "inner/story.txt", "A story.")]);
    assert!(
        stderr.contains("inner/back: symlink loop (a directory inside itself), skipped"),
        "{stderr}"
    );
}
