//! Reciprocals through the binary: "X and Y blamed each other" is an
//! instance of X blaming Y and one of Y blaming X.

use crate::support::{json_of, run_in};

const RULES: &str = r#"
[entity.russia]
aliases = ["Russia", "Moscow", "Russian", "the Kremlin"]

[entity.ukraine]
aliases = ["Ukraine", "Kyiv", "Kiev", "Ukrainian"]

[[rule]]
id = "kyiv-blames-russia"
kind = "proposition"
claim = "Kyiv blames Russia for the dam's destruction"
pattern = "{agent:@ukraine} ... {act:blame|accuse} ... {recipient:@russia}"

[[rule]]
id = "moscow-blames-ukraine"
kind = "proposition"
claim = "Moscow blames Ukraine for the dam's destruction"
pattern = "{agent:@russia} ... {act:blame|accuse} ... {recipient:@ukraine}"
"#;

#[test]
fn x_and_y_blamed_each_other_gives_two_instances() {
    let dir = tempfile::tempdir().expect("a scratch folder");
    std::fs::create_dir_all(dir.path().join("rules")).expect("rules folder");
    std::fs::create_dir_all(dir.path().join("corpus")).expect("corpus folder");
    std::fs::write(dir.path().join("rules/r.toml"), RULES).expect("rules written");
    std::fs::write(
        dir.path().join("corpus/a.txt"),
        "Moscow and Kiev have blamed each other for the dam's destruction.\n",
    )
    .expect("article written");
    let json = json_of(&run_in(
        dir.path(),
        &[
            "check", "--rules", "rules", "--corpus", "corpus", "--format", "json",
        ],
    ));
    let got: Vec<(String, Vec<String>)> = json["instances"]
        .as_array()
        .expect("instances")
        .iter()
        .map(|instance| {
            let slots = instance["slots"]
                .as_array()
                .map(|slots| {
                    slots
                        .iter()
                        .map(|slot| {
                            format!(
                                "{}:{}",
                                slot["role"].as_str().unwrap_or(""),
                                slot["text"].as_str().unwrap_or("")
                            )
                        })
                        .collect()
                })
                .unwrap_or_default();
            (instance["rule"].as_str().unwrap_or("").to_string(), slots)
        })
        .collect();
    let want = |rule: &str, slots: &[&str]| {
        (
            rule.to_string(),
            slots.iter().map(ToString::to_string).collect::<Vec<_>>(),
        )
    };
    assert_eq!(
        got,
        vec![
            want(
                "kyiv-blames-russia",
                &["agent:Kiev", "act:blamed", "recipient:Moscow"]
            ),
            want(
                "moscow-blames-ukraine",
                &["agent:Moscow", "act:blamed", "recipient:Kiev"]
            ),
        ]
    );
}
