//! Follow-up denials through the binary: a denial in the sentence after a
//! claim answers the claims that name the denier, in its first clause or a
//! coordinate clause; a denial before a claim answers nothing.

use crate::support::{json_of, run_in};

const RULES: &str = r#"
[[rule]]
id = "downed-by-buk"
kind = "proposition"
claim = "MH17 was shot down by a BUK missile"
all = ["BUK", "shot down"]

[[rule]]
id = "buk-from-russian-brigade"
kind = "proposition"
claim = "The BUK came from a Russian brigade"
all = ["BUK", "Russian brigade"]

[[rule]]
id = "russia-blew-up-dam"
kind = "proposition"
claim = "Russian troops blew up the dam"
all = ["Russian troops", "blew up", "dam"]
"#;

/// (rule, first words of the cited sentence, stance) of every instance
/// found in `article`.
fn instances(article: &str) -> Vec<(String, String, String)> {
    instances_with(RULES, article)
}

/// `instances` under the rulebook `rules`.
fn instances_with(rules: &str, article: &str) -> Vec<(String, String, String)> {
    let dir = tempfile::tempdir().expect("a scratch folder");
    std::fs::create_dir_all(dir.path().join("rules")).expect("rules folder");
    std::fs::create_dir_all(dir.path().join("corpus")).expect("corpus folder");
    std::fs::write(dir.path().join("rules/r.toml"), rules).expect("rules written");
    std::fs::write(dir.path().join("corpus/a.txt"), article).expect("article written");
    let json = json_of(&run_in(
        dir.path(),
        &[
            "check", "--rules", "rules", "--corpus", "corpus", "--format", "json",
        ],
    ));
    let mut found: Vec<(String, String, String)> = json["instances"]
        .as_array()
        .expect("instances")
        .iter()
        .map(|instance| {
            let text = |key: &str| instance[key].as_str().unwrap_or("").to_string();
            let quote = text("quote");
            let head: String = quote
                .split_whitespace()
                .take(2)
                .collect::<Vec<_>>()
                .join(" ");
            (text("rule"), head, text("stance"))
        })
        .collect();
    found.sort();
    found
}

fn owned(rows: &[(&str, &str, &str)]) -> Vec<(String, String, String)> {
    rows.iter()
        .map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string()))
        .collect()
}

#[test]
fn a_follow_up_denial_answers_the_claim_that_names_the_denier() {
    assert_eq!(
        instances(
            "The BUK system that shot down MH17 belonged to a Russian brigade, investigators said. Russia denies this, NU.nl reports.\n"
        ),
        owned(&[
            ("buk-from-russian-brigade", "Russia denies", "deny"),
            ("buk-from-russian-brigade", "The BUK", "affirm"),
            ("downed-by-buk", "The BUK", "affirm"),
        ])
    );
}

#[test]
fn a_denial_before_a_claim_answers_nothing() {
    // golden/rulebook-generalises: the accusation denied is the one before.
    assert_eq!(
        instances(
            "Moscow has rejected the accusations. Kyiv says Russian troops blew up the dam on Tuesday.\n"
        ),
        owned(&[("russia-blew-up-dam", "Kyiv says", "affirm")])
    );
}

#[test]
fn a_denial_in_a_later_clause_of_the_next_sentence_follows_up() {
    assert_eq!(
        instances(
            "Kyiv says Russian troops blew up the dam. The statement came on Tuesday, but Moscow has denied the claims.\n"
        ),
        owned(&[
            ("russia-blew-up-dam", "Kyiv says", "affirm"),
            ("russia-blew-up-dam", "The statement", "deny"),
        ])
    );
}

#[test]
fn a_denial_of_its_own_part_answers_only_the_claim_that_names_the_denier() {
    // "involvement" is Russia's own: the BUK claim does not name Russia.
    assert_eq!(
        instances(
            "The BUK system that shot down MH17 belonged to a Russian brigade, investigators said. Russia has denied involvement in the attack.\n"
        ),
        owned(&[
            ("buk-from-russian-brigade", "Russia has", "deny"),
            ("buk-from-russian-brigade", "The BUK", "affirm"),
            ("downed-by-buk", "The BUK", "affirm"),
        ])
    );
    assert_eq!(
        instances("Investigators said a BUK missile shot down MH17. Russia denies involvement.\n"),
        owned(&[("downed-by-buk", "Investigators said", "affirm")])
    );
    // Involvement in another event than the one claimed.
    assert_eq!(
        instances(
            "Investigators said a BUK from a Russian brigade shot down MH17. Russia denies involvement in the Ukrainian conflict.\n"
        ),
        owned(&[
            ("buk-from-russian-brigade", "Investigators said", "affirm"),
            ("downed-by-buk", "Investigators said", "affirm"),
        ])
    );
}

#[test]
fn a_denial_that_states_its_own_claim_follows_up_nothing_before() {
    let rules = r#"
[[rule]]
id = "gunmen-fled-towards-ukraine"
kind = "proposition"
claim = "The gunmen fled towards Ukraine"
all = ["Ukrainian side", "cross the border"]

[[rule]]
id = "ukraine-involved"
kind = "proposition"
claim = "Ukraine was involved in the attack"
all = ["Ukraine", "involvement"]
deny = ["denied"]
"#;
    assert_eq!(
        instances_with(
            rules,
            "Putin, addressing the nation, said that some people on the Ukrainian side had prepared to let them cross the border from Russia. Ukraine has denied any involvement in the attack.\n"
        ),
        owned(&[
            ("gunmen-fled-towards-ukraine", "Putin, addressing", "affirm"),
            ("ukraine-involved", "Ukraine has", "deny"),
        ])
    );
}
