//! Finding fingerprints and ids: the same findings keep them when an
//! unrelated rule is added and when articles are renamed and reordered.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use crate::support::{copy_dir, json_of, root, run_in};

/// A rule on a claim no other rule makes; the default corpus backs it in one
/// article only, so it adds findings of its own.
const EXTRA_RULE: &str = r#"
[[rule]]
id = "zz-extra-drones"
kind = "proposition"
claim = "Drones are mentioned"
all = ["drone*"]

[[rule.example]]
text = "The drones flew."
stance = "affirm"
"#;

/// `fingerprint → (id, rule)` of every finding of a check of `dir`.
fn findings(dir: &Path) -> BTreeMap<String, (String, String)> {
    let json = json_of(&run_in(
        dir,
        &[
            "check", "--rules", "rules", "--corpus", "corpus", "--format", "json",
        ],
    ));
    json["findings"]
        .as_array()
        .expect("findings is an array")
        .iter()
        .map(|finding| {
            (
                finding["fingerprint"].as_str().unwrap_or("").to_string(),
                (
                    finding["id"].as_str().unwrap_or("").to_string(),
                    finding["rule"].as_str().unwrap_or("").to_string(),
                ),
            )
        })
        .collect()
}

/// `rule id + doc + line → instance id` for the instances of a check.
fn instance_ids(dir: &Path) -> BTreeMap<String, String> {
    let json = json_of(&run_in(
        dir,
        &[
            "check", "--rules", "rules", "--corpus", "corpus", "--format", "json",
        ],
    ));
    json["instances"]
        .as_array()
        .expect("instances is an array")
        .iter()
        .map(|instance| {
            (
                format!(
                    "{} {} {} {}",
                    instance["rule"], instance["doc"], instance["line"], instance["byte_start"]
                ),
                instance["id"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect()
}

fn scratch() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("a scratch folder");
    copy_dir(&root().join("rules"), &dir.path().join("rules"));
    copy_dir(&root().join("corpus"), &dir.path().join("corpus"));
    dir
}

#[test]
fn an_unrelated_rule_changes_no_other_finding_or_instance_id() {
    let dir = scratch();
    let before = findings(dir.path());
    let instances_before = instance_ids(dir.path());
    fs::write(dir.path().join("rules/zz-extra.toml"), EXTRA_RULE).expect("scratch is writable");
    let after = findings(dir.path());
    let instances_after = instance_ids(dir.path());
    assert!(!before.is_empty());
    for (fingerprint, found) in &before {
        assert_eq!(after.get(fingerprint), Some(found), "finding {fingerprint}");
    }
    let added: Vec<_> = after
        .iter()
        .filter(|(fingerprint, _)| !before.contains_key(*fingerprint))
        .collect();
    assert!(!added.is_empty(), "the extra rule adds findings");
    for (fingerprint, (_, rule)) in added {
        assert_eq!(rule, "zz-extra-drones", "new finding {fingerprint}");
    }
    for (key, id) in &instances_before {
        assert_eq!(instances_after.get(key), Some(id), "instance {key}");
    }
}

#[test]
fn renamed_and_reordered_articles_keep_every_fingerprint() {
    let dir = scratch();
    let before = findings(dir.path());
    let corpus = dir.path().join("corpus");
    let mut manifest = fs::read_to_string(corpus.join("corpus.toml")).expect("a manifest");
    let mut names: Vec<String> = fs::read_dir(&corpus)
        .expect("the corpus is readable")
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .filter(|name| name.ends_with(".txt"))
        .collect();
    names.sort();
    let n_names = names.len();
    for (idx, name) in names.iter().enumerate() {
        // The last article sorts first now, and each takes a new id.
        let renamed = format!("{}-renamed.txt", n_names - idx);
        fs::rename(corpus.join(name), corpus.join(&renamed)).expect("scratch is writable");
        manifest = manifest.replace(&format!("\"{name}\""), &format!("\"{renamed}\""));
    }
    let manifest = manifest.replace("\nid = \"", "\nid = \"renamed-");
    fs::write(corpus.join("corpus.toml"), manifest).expect("scratch is writable");
    let after = findings(dir.path());
    let fingerprints = |found: &BTreeMap<String, (String, String)>| {
        found
            .iter()
            .map(|(fingerprint, (id, _))| (fingerprint.clone(), id.clone()))
            .collect::<Vec<_>>()
    };
    assert_eq!(fingerprints(&after), fingerprints(&before));
}
