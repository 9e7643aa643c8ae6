//! Newsroom outputs on real files: the table at any width, `--focus`
//! evidence, the HTML report and the ClaimReview export.

use std::collections::BTreeSet;
use std::process::Command;

use crate::support::{root, run, stderr, stdout};

/// The case whose focus draft sorts after four articles backing one claim.
const FOCUS_CASE: &str = "golden/issue-19-focus-evidence/corpus";

fn check_ok(args: &[&str]) -> String {
    let output = run(args);
    assert!(
        output.status.code().is_some_and(|code| code <= 1),
        "claimcheck {}: {}",
        args.join(" "),
        stderr(&output)
    );
    stdout(&output)
}

fn json(args: &[&str]) -> serde_json::Value {
    serde_json::from_str(&check_ok(args)).expect("the output is JSON")
}

/// The table of the default run with `COLUMNS` set to `columns` (unset for `None`).
fn table_at(columns: Option<&str>) -> String {
    let mut command = Command::new(env!("CARGO_BIN_EXE_claimcheck"));
    command
        .arg("check")
        .current_dir(root())
        .env("NO_COLOR", "1")
        .env_remove("COLUMNS");
    if let Some(columns) = columns {
        command.env("COLUMNS", columns);
    }
    let output = command.output().expect("the claimcheck binary runs");
    assert!(output.status.code().is_some_and(|code| code <= 1));
    stdout(&output)
}

/// Every `doc:line` citation token of a table, in order.
fn citations(table: &str) -> Vec<String> {
    let citation = regex::Regex::new(r"^[\w.-]+:\d+(?::\d+)?$").expect("the pattern is valid");
    table
        .split_whitespace()
        .filter(|word| citation.is_match(word))
        .map(str::to_string)
        .collect()
}

#[test]
fn the_table_has_sane_widths_and_whole_citations_at_any_columns() {
    let unset = table_at(None);
    let expected = citations(&unset);
    assert!(expected.len() > 40, "{unset}");
    for (columns, width) in [
        (Some("0"), 120),
        (Some("1"), 40),
        (Some("20"), 40),
        (Some("80"), 80),
        (Some("500"), 140),
        (Some("wide"), 120),
        (None, 120),
    ] {
        let table = table_at(columns);
        assert_eq!(
            citations(&table),
            expected,
            "COLUMNS={columns:?}: the citations differ from the unset run's"
        );
        for line in table.lines() {
            let longest_word = line.split_whitespace().map(|w| w.chars().count()).max();
            assert!(
                line.chars().count() <= width
                    || longest_word.is_some_and(|longest| longest > width / 2),
                "COLUMNS={columns:?}: a line longer than {width} without a long citation: {line}"
            );
        }
    }
}

#[test]
fn the_table_puts_conflicts_first_and_unsupported_one_line_each() {
    let table = table_at(None);
    let first_block = table.lines().find(|line| line.starts_with('f'));
    assert!(
        first_block.is_some_and(|line| line.contains("high contradiction")),
        "{table}"
    );
    let report = json(&["check", "--format", "json"]);
    let n_unsupported = report["findings"]
        .as_array()
        .expect("findings is an array")
        .iter()
        .filter(|finding| finding["kind"] == "unsupported")
        .count();
    let header = format!("Unsupported assertions ({n_unsupported})");
    assert!(table.contains(&header), "{table}");
    let expanded = check_ok(&["check", "--all-unsupported"]);
    assert!(!expanded.contains(&header), "{expanded}");
    assert!(expanded.lines().count() > table.lines().count() + n_unsupported);
}

#[test]
fn focus_always_shows_the_focus_articles_evidence() {
    // The draft's line 3 backs two findings, each with five citations; in
    // both it sorts past the three a side shows (the arms-sales rule's role
    // patterns also read "China bought S-400 air-defence systems from
    // Russia").
    for format in ["table", "markdown"] {
        let plain = check_ok(&["check", "--corpus", FOCUS_CASE, "--format", format]);
        let focused = check_ok(&[
            "check",
            "--corpus",
            FOCUS_CASE,
            "--focus",
            "zz-draft.md",
            "--format",
            format,
        ]);
        assert_eq!(plain.matches("draft:3 ").count(), 0, "{format}:\n{plain}");
        assert!(plain.contains("\u{2026} and 2 more"), "{format}:\n{plain}");
        assert_eq!(
            focused.matches("draft:3 ").count(),
            2,
            "{format}:\n{focused}"
        );
        assert!(
            focused.contains("\u{2026} and 1 more"),
            "{format}:\n{focused}"
        );
    }
}

#[test]
fn the_html_report_renders_every_finding_and_escapes_markup() {
    let report = json(&["check", "--corpus", FOCUS_CASE, "--format", "json"]);
    let html = check_ok(&["check", "--corpus", FOCUS_CASE, "--format", "html"]);
    for finding in report["findings"].as_array().expect("findings is an array") {
        let id = finding["id"].as_str().expect("a finding has an id");
        assert!(
            html.contains(&format!("<article class=\"finding\" id=\"{id}\"")),
            "{id} is missing"
        );
    }
    // Without JavaScript everything reads: only the filter form starts hidden.
    let hidden = regex::Regex::new(r"<[a-z]+ [^>]*\bhidden[ >=]").expect("the pattern is valid");
    assert_eq!(hidden.find_iter(&html).count(), 1, "{html}");
    assert!(html.contains("<form id=\"filters\" hidden>"));
    assert_eq!(html.matches("<script").count(), 1, "only the filter script");
    assert!(html.contains("&lt;script&gt;alert(&quot;gazette&quot;)"));
    assert!(
        !html.contains("href=\"javascript:"),
        "a javascript: url is not a link"
    );
    for resource in ["<link", "src=", "@import", "url("] {
        assert!(!html.contains(resource), "the page loads {resource}");
    }
}

#[test]
fn html_beside_another_format_writes_the_same_page() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let path = dir.path().join("report.html");
    let path_arg = path.to_string_lossy().into_owned();
    let table = check_ok(&["check", "--corpus", FOCUS_CASE, "--html", &path_arg]);
    assert!(table.starts_with("4 findings"), "{table}");
    let html = check_ok(&["check", "--corpus", FOCUS_CASE, "--format", "html"]);
    let written = std::fs::read_to_string(&path).expect("--html wrote the file");
    assert_eq!(written, html);
}

#[test]
fn claimreview_has_every_required_and_recommended_field() {
    let args = [
        "--claimreview-author",
        "Meridian Fact Check",
        "--claimreview-url",
        "https://factcheck.example/reviews",
        "--claimreview-date",
        "2024-03-10",
    ];
    for corpus in ["corpus", FOCUS_CASE] {
        check_reviews(corpus, &args);
    }
}

/// Checks the ClaimReview export of `corpus` with the publisher `args`.
fn check_reviews(corpus: &str, args: &[&str]) {
    let report = json(&["check", "--corpus", corpus, "--format", "json"]);
    let mut all = vec!["check", "--corpus", corpus, "--format", "claimreview"];
    all.extend(args);
    let reviews = json(&all);
    let reviews = reviews.as_array().expect("the export is a JSON array");
    let reviewed: Vec<&str> = report["findings"]
        .as_array()
        .expect("findings is an array")
        .iter()
        .filter(|finding| {
            ["contradiction", "figure-conflict", "unsupported"]
                .contains(&finding["kind"].as_str().unwrap_or_default())
        })
        .map(|finding| finding["id"].as_str().unwrap_or_default())
        .collect();
    assert_eq!(reviews.len(), reviewed.len());
    let mut urls = BTreeSet::new();
    let mut n_first = 0;
    for (review, id) in reviews.iter().zip(&reviewed) {
        assert_eq!(review["@context"], "https://schema.org", "{review}");
        assert_eq!(review["@type"], "ClaimReview", "{review}");
        let claim = review["claimReviewed"].as_str().unwrap_or_default();
        assert!(!claim.is_empty() && claim.chars().count() <= 75, "{review}");
        assert_eq!(review["author"]["@type"], "Organization", "{review}");
        assert_eq!(review["author"]["name"], "Meridian Fact Check", "{review}");
        assert_eq!(review["datePublished"], "2024-03-10", "{review}");
        assert_eq!(
            review["url"],
            format!("https://factcheck.example/reviews#{id}"),
            "{review}"
        );
        urls.insert(review["url"].to_string());
        assert_eq!(review["reviewRating"]["@type"], "Rating", "{review}");
        assert!(
            review["reviewRating"]["alternateName"]
                .as_str()
                .is_some_and(|name| !name.is_empty()),
            "{review}"
        );
        let item = &review["itemReviewed"];
        assert_eq!(item["@type"], "Claim", "{review}");
        let appearances = item["appearance"]
            .as_array()
            .expect("appearance is an array");
        assert!(!appearances.is_empty(), "{review}");
        for appearance in appearances {
            assert!(appearance["url"].as_str().is_some(), "{review}");
        }
        let earliest = appearances
            .iter()
            .filter_map(|appearance| appearance["datePublished"].as_str())
            .min();
        let first = &item["firstAppearance"];
        match earliest {
            Some(date) => assert!(
                appearances.contains(first)
                    && first["datePublished"] == date
                    && item["datePublished"] == date,
                "firstAppearance is the earliest dated appearance, its date the claim's: {review}"
            ),
            None => assert!(first.is_null(), "no date, no firstAppearance: {review}"),
        }
        n_first += usize::from(earliest.is_some());
    }
    for review in reviews {
        let problems = json_ld_problems(review);
        assert!(problems.is_empty(), "{problems:?}: {review}");
    }
    assert_eq!(urls.len(), reviews.len(), "each review has its own url");
    assert!(n_first > 0, "{corpus}: no review has a firstAppearance");
}

/// The slice of schema.org the export uses (`tests/fixtures`).
fn schema_org() -> serde_json::Value {
    let path = root().join("tests/fixtures/schema-org-claimreview.json");
    let text = std::fs::read_to_string(&path).expect("the schema.org fixture reads");
    serde_json::from_str(&text).expect("the schema.org fixture is JSON")
}

/// What is wrong with `review` read as JSON-LD with the schema.org context:
/// the context must be schema.org's; expanded through its `@vocab`, every
/// node's `@type` must be a schema.org type and every key a schema.org
/// property whose domain holds the node's type or one of its ancestors
/// (a misspelt key, which JSON-LD expansion would silently drop, or a
/// property on the wrong type is a problem).
fn json_ld_problems(review: &serde_json::Value) -> Vec<String> {
    let schema = schema_org();
    let mut problems = Vec::new();
    if review["@context"] != schema["context"] {
        problems.push(format!("@context {}", review["@context"]));
    }
    node_problems(&schema, review, "$", &mut problems);
    problems
}

fn node_problems(
    schema: &serde_json::Value,
    node: &serde_json::Value,
    at: &str,
    problems: &mut Vec<String>,
) {
    let Some(object) = node.as_object() else {
        problems.push(format!("{at}: not a node object"));
        return;
    };
    let Some(kind) = object.get("@type").and_then(|kind| kind.as_str()) else {
        problems.push(format!("{at}: no @type"));
        return;
    };
    let mut ancestors = Vec::new();
    let mut next = Some(kind);
    while let Some(name) = next {
        let Some(parent) = schema["types"].get(name) else {
            problems.push(format!("{at}: {name} is not a schema.org type"));
            return;
        };
        ancestors.push(name);
        next = parent.as_str();
    }
    let vocab = schema["vocab"].as_str().unwrap_or_default();
    for (key, value) in object {
        if key.starts_with('@') {
            continue;
        }
        let iri = format!("{vocab}{key}");
        let domains: Vec<&str> = schema["properties"][key.as_str()]
            .as_array()
            .map(|domains| domains.iter().filter_map(|d| d.as_str()).collect())
            .unwrap_or_default();
        if domains.is_empty() {
            problems.push(format!("{at}.{key}: {iri} is not a schema.org property"));
        } else if !domains.iter().any(|domain| ancestors.contains(domain)) {
            problems.push(format!("{at}.{key}: {iri} is not a property of {kind}"));
        }
        let values = match value {
            serde_json::Value::Array(values) => values.iter().collect(),
            value => vec![value],
        };
        for value in values {
            if value.is_object() {
                node_problems(schema, value, &format!("{at}.{key}"), problems);
            } else if !value.is_string() {
                problems.push(format!("{at}.{key}: neither a node nor a string"));
            }
        }
    }
}

#[test]
fn the_json_ld_check_can_fail() {
    let good = serde_json::json!({
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "claimReviewed": "x",
        "itemReviewed": {"@type": "Claim", "appearance": [{"@type": "CreativeWork", "url": "a"}]},
    });
    assert!(
        json_ld_problems(&good).is_empty(),
        "{:?}",
        json_ld_problems(&good)
    );
    for (key, value) in [
        ("claimReviwed", serde_json::json!("x")),
        ("appearance", serde_json::json!([])),
        ("@context", serde_json::json!("https://example.org")),
        ("reviewRating", serde_json::json!({"@type": "Stars"})),
    ] {
        let mut bad = good.clone();
        bad[key] = value;
        assert!(!json_ld_problems(&bad).is_empty(), "{key}: {bad}");
    }
}

#[test]
fn claimreview_rejects_a_date_that_does_not_exist() {
    let output = run(&[
        "check",
        "--format",
        "claimreview",
        "--claimreview-date",
        "2024-02-30",
    ]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("2024-02-30"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn a_reviewers_baseline_decision_names_the_rating() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let path = dir.path().join("baseline.toml");
    let path_arg = path.to_string_lossy().into_owned();
    check_ok(&["baseline", "--corpus", FOCUS_CASE, "--output", &path_arg]);
    let baseline = std::fs::read_to_string(&path).expect("the baseline was written");
    let marked = baseline.replacen(
        "kind = \"unsupported\"\n",
        "kind = \"unsupported\"\ndecision = \"false-positive\"\n",
        1,
    );
    assert_ne!(marked, baseline, "the case has an unsupported finding");
    std::fs::write(&path, marked).expect("the baseline is writable");
    let reviews = json(&[
        "check",
        "--corpus",
        FOCUS_CASE,
        "--format",
        "claimreview",
        "--baseline",
        &path_arg,
    ]);
    let ratings: Vec<&str> = reviews
        .as_array()
        .expect("the export is a JSON array")
        .iter()
        .filter_map(|review| review["reviewRating"]["alternateName"].as_str())
        .collect();
    assert_eq!(ratings, ["Figures disagree", "False positive"]);
}

/// A windows-1252 and a UTF-16 article (headings before the cited
/// sentences, a warning that takes no side) and a UTF-8 draft whose only
/// sentence about the claim is a question.
const ENCODINGS_CASE: [&str; 4] = [
    "--rules",
    "golden/issue-19-encodings/rules",
    "--corpus",
    "golden/issue-19-encodings/corpus",
];

/// `claimcheck check` on the encodings case with `args` after it.
fn encodings(args: &[&str]) -> String {
    let mut all = vec!["check"];
    all.extend(ENCODINGS_CASE);
    all.extend(args);
    check_ok(&all)
}

#[test]
fn the_html_report_shows_decoded_articles_in_context_with_their_sentences_marked() {
    let html = encodings(&["--format", "html"]);
    assert!(!html.contains("Context not shown"), "{html}");
    // The heading stands on its own line above the cited sentence.
    for cited in [
        "The council’s spokesman, Renée Dubois, said the council closed the Elm Street bridge \
         on Monday after cracks were found.",
        "City Hall denied that the council closed the Elm Street bridge, calling the reports \
         “unfounded”.",
    ] {
        assert!(
            html.contains(&format!("<mark class=\"inst\">{cited}</mark>")),
            "{cited} is not marked in its article:\n{html}"
        );
    }
    assert_eq!(
        html.matches("<span class=\"ctx\">Official Reactions</span><br><span class=\"sentence\">")
            .count(),
        2,
        "{html}"
    );
    assert!(
        html.contains(
            "<mark class=\"mention\">Delivery firms warned that the council could close the Elm \
             Street bridge again in the spring.</mark>"
        ),
        "{html}"
    );
}

#[test]
fn mentions_are_shown_in_every_format_and_count_for_focus() {
    let mention = "draft:3 \u{b7} our newsroom \u{b7} question";
    for format in ["table", "markdown"] {
        let out = encodings(&["--format", format]);
        assert!(out.contains(mention), "{format}:\n{out}");
        assert!(out.contains("gazette:10 \u{b7} delivery firms \u{b7} speculation"));
    }
    let line = encodings(&["--format", "line"]);
    assert!(
        line.contains(
            "listed as mentions. Mentions: golden/issue-19-encodings/corpus/draft.md:3:1 \
             (question), golden/issue-19-encodings/corpus/gazette.txt:10:1 (speculation). (f"
        ),
        "{line}"
    );
    let github = encodings(&["--format", "github"]);
    assert!(github.contains("draft.md:3:1 (question)"), "{github}");
    let html = encodings(&["--format", "html"]);
    assert!(html.contains("<section class=\"mentions\">"), "{html}");
    assert!(html.contains("<a href=\"#d1-L3\">draft:3</a>"), "{html}");
    let sarif: serde_json::Value =
        serde_json::from_str(&encodings(&["--format", "sarif"])).expect("SARIF is JSON");
    let related: Vec<&str> = sarif["runs"][0]["results"][0]["relatedLocations"]
        .as_array()
        .expect("the finding has related locations")
        .iter()
        .filter_map(|location| location["physicalLocation"]["artifactLocation"]["uri"].as_str())
        .collect();
    assert_eq!(
        related,
        [
            "golden/issue-19-encodings/corpus/draft.md",
            "golden/issue-19-encodings/corpus/gazette.txt"
        ]
    );
    // The draft only mentions the claim: --focus on it still shows the finding,
    // and its page shows the draft's text.
    let focused: serde_json::Value =
        serde_json::from_str(&encodings(&["--focus", "draft.md", "--format", "json"]))
            .expect("the output is JSON");
    assert_eq!(focused["findings"].as_array().map(Vec::len), Some(1));
    let page = encodings(&["--focus", "draft.md", "--format", "html"]);
    assert!(page.contains("<li class=\"focus\">"), "{page}");
    assert!(page.contains("<article class=\"doc\" id=\"d1\">"), "{page}");
}
