//! Property tests: the library pipeline (segment, rulebook, matcher) on
//! arbitrary and article-like text never panics, and every span it reports
//! lies inside the article, on character boundaries, where its line and
//! column say.
//!
//! `pipeline_invariants_*` run 256 cases (or `PROPTEST_CASES`); the
//! `many_cases` test runs 5,000 article-like cases (the cargo-fuzz targets
//! in `fuzz/` go further, outside CI). Issue 17 adds: citation offsets point
//! into the file's bytes whatever its encoding, no control character
//! reaches table or Markdown text, rule positions are the same with a byte
//! order mark or CRLF, and a byte-identical copy never adds an origin.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::sync::OnceLock;

use proptest::prelude::*;

use claimcheck::model::{Article, Document};
use claimcheck::provenance::Analyzer;
use claimcheck::rulebook::Rulebook;

/// The default rulebook, `rules/`; a test fails here when it does not load
/// or holds no rule.
fn rulebook() -> &'static (Rulebook, Analyzer) {
    static RULEBOOK: OnceLock<(Rulebook, Analyzer)> = OnceLock::new();
    RULEBOOK.get_or_init(|| {
        let rules = Path::new(env!("CARGO_MANIFEST_DIR")).join("rules");
        let rulebook = claimcheck::rulebook::load(&rules)
            .unwrap_or_else(|err| panic!("the default rulebook rules/ loads: {err}"));
        assert!(
            !rulebook.rules.is_empty(),
            "the default rulebook rules/ holds no rule"
        );
        let analyzer = Analyzer::new(&rulebook.lexicon);
        (rulebook, analyzer)
    })
}

/// The rulebook of a labelled beat with figure rules and their `not`
/// terms, propositions and patterns (`tests/eval/kharkiv-hypermarket-strike`).
fn beat_rulebook() -> &'static (Rulebook, Analyzer) {
    static RULEBOOK: OnceLock<(Rulebook, Analyzer)> = OnceLock::new();
    RULEBOOK.get_or_init(|| {
        let rules = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/eval/kharkiv-hypermarket-strike/rules");
        let rulebook = claimcheck::rulebook::load(&rules)
            .unwrap_or_else(|err| panic!("the beat's rulebook loads: {err}"));
        let analyzer = Analyzer::new(&rulebook.lexicon);
        (rulebook, analyzer)
    })
}

/// Runs the pipeline on `text` and checks every span it reports.
fn check(text: &str) -> Result<(), TestCaseError> {
    check_with(text, rulebook())
}

/// `check` with the rulebook and analyzer `with`.
fn check_with(
    text: &str,
    (rulebook, analyzer): &(Rulebook, Analyzer),
) -> Result<(), TestCaseError> {
    // The article as `corpus::read` makes it: soft line breaks read as spaces.
    let mut reading = text.to_owned();
    let (sentences, breaks) = claimcheck::text::read(&mut reading);
    prop_assert_eq!(&sentences, &claimcheck::text::segment(text));
    let mut previous_end = 0;
    for sentence in &sentences {
        prop_assert!(sentence.start <= sentence.end, "{sentence:?}");
        prop_assert!(sentence.end <= text.len(), "{sentence:?}");
        prop_assert!(previous_end <= sentence.start, "overlap at {sentence:?}");
        prop_assert!(text.is_char_boundary(sentence.start), "{sentence:?}");
        prop_assert!(text.is_char_boundary(sentence.end), "{sentence:?}");
        prop_assert_eq!(
            (sentence.line, claimcheck::text::column(text, sentence)),
            claimcheck::text::line_col(text, sentence.start),
            "{:?}",
            sentence
        );
        previous_end = sentence.end;
    }
    let article = Article {
        document: Document {
            id: "prop".to_owned(),
            path: "prop.txt".to_owned(),
            ..Document::default()
        },
        text: reading.clone(),
        sentences,
        breaks,
    };
    // The text as written comes back.
    let written = article.written();
    prop_assert_eq!(written.as_ref(), text);
    let scan = claimcheck::matcher::scan_article(rulebook, analyzer, &article);
    for instance in &scan.instances {
        let citation = instance.citation;
        prop_assert_eq!(
            reading.get(citation.byte_start..citation.byte_end),
            Some(&*instance.quote.text()),
            "{:?}",
            citation
        );
        prop_assert_eq!(
            (citation.line, citation.column),
            claimcheck::text::line_col(text, citation.byte_start),
            "{:?}",
            citation
        );
        prop_assert!(instance.rule.index() < rulebook.rules.len());
        let matched = instance.matched();
        prop_assert!(matched.start <= matched.end);
        let quote = instance.quote.text();
        prop_assert!(matched.end <= quote.len());
        prop_assert!(quote.is_char_boundary(matched.start));
        prop_assert!(quote.is_char_boundary(matched.end));
        for value in instance.values.iter() {
            prop_assert_eq!(
                quote.get(value.start..value.end),
                Some(value.text.as_str()),
                "value {:?} in {:?}",
                value,
                instance.quote
            );
        }
        if instance.figure_value.is_some() {
            prop_assert!(instance.figure().is_some());
        }
    }
    for name in &scan.names {
        for citation in &name.citations {
            prop_assert!(text.get(citation.byte_start..citation.byte_end).is_some());
        }
    }
    Ok(())
}

/// Fragments of seed sentences, quotation marks, numbers, line breaks and
/// page furniture, to build text that looks like an article.
const FRAGMENTS: &[&str] = &[
    "China",
    "Beijing",
    "Chinese companies",
    "Russia",
    "Moscow",
    "Russia’s",
    "drones",
    "weapons imports",
    "arms imports",
    " supplied ",
    " denied sending ",
    " did not send ",
    "reportedly",
    "allegedly",
    "according to the Pentagon",
    ", said Schwartz",
    " told Reuters",
    "Between 2014 and 2018, about ",
    "% of China’s weapons imports came from Russia",
    "Military analysts say China could significantly aid the Russian invasion",
    "“",
    "”",
    "\"",
    "'",
    "’",
    ". ",
    "? ",
    "! ",
    "...",
    "\n",
    "\r\n",
    "\r",
    "\n\n",
    "---\n",
    "___`",
    "`___",
    "## ",
    "_",
    "Leave a Comment",
    "AGL38.02▲ 0.08 (0.00%)",
    "\u{FEFF}",
    "\u{200B}",
    "\u{202E}",
    "مرحبا",
    "שלום",
    "🇨🇳",
    "👍🏽",
    "10^400",
    "1e308",
    "99999999999999999999%",
    "$4.5 billion",
    "5.6 Gbps",
    "October 2019",
    "2014–2018",
    "U.S.",
    "Dr. ",
    " ",
];

/// Article-like text: fragments, digits and arbitrary characters.
fn article_like() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        6 => proptest::sample::select(FRAGMENTS).prop_map(str::to_owned),
        2 => "[0-9]{1,24}(\\.[0-9]{1,4})?%?",
        1 => any::<char>().prop_map(String::from),
    ];
    proptest::collection::vec(piece, 0..120).prop_map(|pieces| pieces.concat())
}

/// Arbitrary text, control characters and line breaks included.
fn arbitrary_text() -> impl Strategy<Value = String> {
    proptest::collection::vec(any::<char>(), 0..400).prop_map(String::from_iter)
}

proptest! {
    #[test]
    fn pipeline_invariants_on_arbitrary_text(text in arbitrary_text()) {
        check(&text)?;
    }

    #[test]
    fn pipeline_invariants_on_article_like_text(text in article_like()) {
        check(&text)?;
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(5_000))]

    #[test]
    fn pipeline_invariants_many_cases(text in article_like()) {
        check(&text)?;
    }
}

/// Fragments of the shapes the readers of credits, running quotes,
/// reported futures, tolls, other events and set-aside figures look for,
/// with marks and characters that break naive slicing: quotation marks of
/// every kind, letters whose lowercase is longer ("İ"), combining marks,
/// right-to-left text, zero-width and NUL characters, lone CR.
const HOSTILE: &[&str] = &[
    "The strike on the hypermarket killed 7 people",
    "Russian forces struck the hypermarket",
    " and 5 people were killed",
    ", which the governor said",
    ". This was reported by the regional police",
    ". That's according to İİİ",
    ". The information comes from ",
    "Source: State Emergency Service, citing the police\n",
    "Source: AP Photo/Efrem Lukatsky\n",
    "Quote: ",
    "Details: ",
    "Background: ",
    "The governor replied:\n",
    " will ",
    " would ",
    " without ",
    " not ",
    " in a separate attack",
    " previous attacks",
    "3 people were killed in Belgorod",
    ", among them 12 children",
    " seven ",
    " 1,200 ",
    "“",
    "”",
    "‘",
    "’",
    "«",
    "»",
    "„",
    "\"",
    "'",
    ", ",
    ". ",
    ": ",
    "; ",
    " — ",
    "(",
    ")",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    "\0",
    "İ",
    "e\u{301}",
    "\u{200B}",
    "\u{200D}",
    "\u{202E}",
    "\u{FEFF}",
    "مرحبا",
    "שלום",
    "👍🏽",
];

/// Text made of `HOSTILE` fragments and arbitrary characters.
fn hostile() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        8 => proptest::sample::select(HOSTILE).prop_map(str::to_owned),
        1 => any::<char>().prop_map(String::from),
    ];
    proptest::collection::vec(piece, 0..160).prop_map(|pieces| pieces.concat())
}

proptest! {
    /// The readers of credits, running quotes, reported futures, tolls and
    /// set-aside figures never panic on hostile text and keep every span
    /// inside the article, where its line and column say.
    #[test]
    fn pipeline_invariants_on_hostile_text(text in hostile()) {
        check_with(&text, beat_rulebook())?;
    }
}

#[test]
fn seed_articles_satisfy_the_invariants() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let mut n = 0;
    for entry in std::fs::read_dir(dir).expect("the corpus is readable") {
        let path = entry.expect("the corpus lists").path();
        if path.extension().is_some_and(|ext| ext == "txt") {
            let text = std::fs::read_to_string(&path).expect("a seed is UTF-8");
            check(&text).unwrap_or_else(|err| panic!("{}: {err}", path.display()));
            n += 1;
        }
    }
    assert_eq!(n, 5);
}

// --- Issue 17 ---------------------------------------------------------------

/// Article-like text turned into file bytes: UTF-8, or Windows-1252 where it
/// can be (`cp1252`), with a UTF-8 or UTF-16 byte order mark (`bom`).
fn file_bytes(text: &str, cp1252: bool, bom: u8) -> Vec<u8> {
    let mut bytes = Vec::new();
    match bom {
        1 => bytes.extend("\u{FEFF}".as_bytes()),
        2 => bytes.extend([0xFF, 0xFE]),
        _ => {}
    }
    let body = text.trim_start_matches('\u{FEFF}');
    if bom == 2 {
        bytes.extend(body.encode_utf16().flat_map(u16::to_le_bytes));
    } else if cp1252 {
        let (encoded, _, _) = encoding_rs::WINDOWS_1252.encode(body);
        bytes.extend(encoded.iter());
    } else {
        bytes.extend(body.as_bytes());
    }
    bytes
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    /// Every citation's byte span, decoded as its file was, is its quote.
    #[test]
    fn offsets_point_into_the_file_bytes(
        text in article_like(),
        cp1252 in any::<bool>(),
        bom in 0u8..3,
    ) {
        let bytes = file_bytes(&text, cp1252, bom);
        let decoded = claimcheck::corpus::decode(&bytes, None);
        let source = claimcheck::corpus::Source {
            path: "prop.txt".into(),
            rel: "prop.txt".to_owned(),
            id: "prop".to_owned(),
            manifest: None,
            encoding: None,
        };
        let loaded = claimcheck::corpus::read_bytes(&source, bytes.clone());
        let Some(article) = loaded.article else {
            return Ok(());
        };
        let (rulebook, analyzer) = rulebook();
        let scan = claimcheck::matcher::scan_article(rulebook, analyzer, &article);
        let written = article.written();
        for instance in &scan.instances {
            let citation = instance.citation;
            let start = loaded.offsets.file_offset(citation.byte_start);
            let end = loaded.offsets.file_offset(citation.byte_end);
            prop_assert!(start <= end && end <= bytes.len());
            let (shown, _) = decoded.encoding.decode_without_bom_handling(&bytes[start..end]);
            // The quote reads a soft line break as spaces; the file holds the break.
            prop_assert_eq!(
                shown.as_ref(),
                written.get(citation.byte_start..citation.byte_end).unwrap_or("")
            );
            prop_assert_eq!(
                article.text.get(citation.byte_start..citation.byte_end),
                Some(&*instance.quote.text())
            );
        }
    }

    /// Table and Markdown output never holds a control character but the
    /// newline, nor a bidirectional override.
    #[test]
    fn no_control_character_reaches_table_or_markdown(text in arbitrary_text()) {
        let cleaned = claimcheck::report::clean(&text);
        prop_assert!(
            !cleaned.chars().any(|c| (c.is_control() && c != '\n')
                || ('\u{202A}'..='\u{202E}').contains(&c)
                || ('\u{2066}'..='\u{2069}').contains(&c)),
            "{:?}",
            cleaned
        );
    }

    /// A problem in a rule file is reported at the same line and column with
    /// a byte order mark and with CRLF line ends.
    #[test]
    fn rule_positions_survive_a_bom_and_crlf(
        padding in proptest::collection::vec("[a-z]{1,8} = \"[a-z ]{0,12}\"", 0..6),
        indent in " {0,6}",
    ) {
        let mut text = String::from("[lexicon]\n");
        text.push_str(&padding.iter().map(|line| format!("{line}\n")).collect::<String>());
        text.push_str(&format!("[[rule]]\n{indent}bogus = 1\n"));
        let shown = |text: &str| match claimcheck::rulebook::load_str("r.toml", text) {
            Ok(_) => Vec::new(),
            Err(diagnostics) => diagnostics
                .0
                .iter()
                .map(|problem| (problem.line, problem.column))
                .collect(),
        };
        let plain = shown(&text);
        prop_assert!(!plain.is_empty());
        prop_assert_eq!(&shown(&format!("\u{FEFF}{text}")), &plain);
        prop_assert_eq!(&shown(&text.replace('\n', "\r\n")), &plain);
        let first_line = format!("\u{FEFF}{indent}bogus = 1\n");
        let bom_first = shown(&first_line);
        let plain_first = shown(&first_line.replace('\u{FEFF}', ""));
        prop_assert_eq!(bom_first, plain_first);
    }
}

/// Control characters (C0 but NUL, which makes a file binary, and the line
/// breaks; DEL; C1) and bidirectional controls, to hide in an article.
fn control_char() -> impl Strategy<Value = char> {
    prop_oneof![
        (1u32..0x20)
            .prop_filter("a line break", |c| *c != 0x0a && *c != 0x0d)
            .prop_map(|c| char::from_u32(c).unwrap_or('\u{1}')),
        Just('\u{7f}'),
        (0x80u32..0xa0).prop_map(|c| char::from_u32(c).unwrap_or('\u{80}')),
        (0x202au32..=0x202e).prop_map(|c| char::from_u32(c).unwrap_or('\u{202e}')),
        (0x2066u32..=0x2069).prop_map(|c| char::from_u32(c).unwrap_or('\u{2066}')),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(16))]

    /// The table and Markdown the binary prints for an article holding
    /// control characters in its title, a claim's sentence and its speaker
    /// never hold one but the newline (nor a bidirectional control).
    #[test]
    fn no_control_character_in_table_or_markdown_output(
        controls in proptest::collection::vec(control_char(), 4),
    ) {
        let [a, b, c, d] = [controls[0], controls[1], controls[2], controls[3]];
        // Two articles that disagree: the claim's sentences are shown.
        let text = format!(
            "Drones{a} report\n\nChina sent drones{b} to Russia, said Dr{c}. Smith{d}.\n"
        );
        let dir = tempfile::tempdir().expect("a temp dir");
        std::fs::write(dir.path().join("a.txt"), &text).expect("writable");
        std::fs::write(
            dir.path().join("b.txt"),
            "Denial\n\nBeijing denied sending drones to Moscow, a spokesman said.\n",
        )
        .expect("writable");
        let rules = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/robustness/rules");
        for format in ["table", "markdown"] {
            let output = std::process::Command::new(env!("CARGO_BIN_EXE_claimcheck"))
                .args(["check", "--color", "never", "--format", format, "--rules"])
                .arg(&rules)
                .arg("--corpus")
                .arg(dir.path())
                .env_remove("COLUMNS")
                .output()
                .expect("the binary runs");
            let shown = String::from_utf8_lossy(&output.stdout);
            prop_assert!(shown.contains("China sent drones"), "{}", shown);
            let bad: Vec<char> = shown
                .chars()
                .filter(|&ch| (ch.is_control() && ch != '\n')
                    || ('\u{202A}'..='\u{202E}').contains(&ch)
                    || ('\u{2066}'..='\u{2069}').contains(&ch))
                .collect();
            prop_assert!(bad.is_empty(), "{}: {:?} in {}", format, bad, shown);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(16))]

    /// A byte-identical copy of an article, added to a corpus, never adds an
    /// independent origin to any finding.
    #[test]
    fn duplicating_a_document_never_adds_an_origin(
        texts in proptest::collection::vec(article_like(), 1..4),
        copied in 0usize..4,
    ) {
        let dir = tempfile::tempdir().expect("a temp dir");
        for (idx, text) in texts.iter().enumerate() {
            std::fs::write(dir.path().join(format!("a{idx}.txt")), text).expect("writable");
        }
        // The origins each rule's instances count, by rule.
        let origins = |dir: &Path| {
            let corpus = claimcheck::corpus::discover(&[dir.to_path_buf()]).expect("listed");
            let (rulebook, _) = rulebook();
            let scan = claimcheck::matcher::scan(rulebook, &corpus);
            let mut all: BTreeMap<u32, BTreeSet<String>> = BTreeMap::new();
            for instance in &scan.instances {
                all.entry(instance.rule.0)
                    .or_default()
                    .insert(instance.origin.to_string());
            }
            all
        };
        let before = origins(dir.path());
        let source = copied % texts.len();
        std::fs::write(dir.path().join("z-copy.txt"), &texts[source]).expect("writable");
        let after = origins(dir.path());
        prop_assert_eq!(before, after);
    }
}
