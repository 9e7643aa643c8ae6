//! Loads and validates the rulebook, and compiles it into one multi-pattern
//! automaton that finds every rule's matches in an article.
//!
//! `load` reads every `.toml` file under a directory (recursively, in sorted
//! path order), reports every problem of every file at once as
//! `file:line:col: message`, and compiles all literal phrases of all rules into
//! one Aho-Corasick automaton. `Rulebook::find` scans an article once with it.

mod automaton;
pub(crate) mod parse;
mod term;

use std::ops::Range;
use std::path::{Path, PathBuf};

pub use crate::diag::{Diagnostic, Diagnostics};
use crate::kinds::RuleInfo;
use crate::model::{Lexicon, NameConfig, Sentence, Stance};

use automaton::Automaton;

/// A rule's example sentence, for `claimcheck rules test`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Example {
    /// The sentence.
    pub text: String,
    /// Whether the rule must match it.
    pub matches: bool,
    /// Expected stance, when given.
    pub stance: Option<Stance>,
    /// Expected normalised figure value, when given.
    pub value: Option<String>,
    /// 1-based line of the example in its rule file.
    pub line: u32,
}

/// One compiled rule.
#[derive(Debug, Clone)]
pub struct Rule {
    /// What later stages see.
    pub info: RuleInfo,
    /// Example sentences.
    pub examples: Vec<Example>,
    /// The rule file as displayed in messages: the rules directory joined
    /// with `info.file`.
    source: String,
    /// The compiled terms: what the automaton reports back for this rule.
    pub(crate) terms: term::RuleTerms,
}

impl Rule {
    /// The rule file as displayed in messages (`rules/china.toml`).
    pub fn source(&self) -> &str {
        &self.source
    }
}

/// A rule's match in one sentence (or a window of sentences) of an article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleMatch {
    /// Index of the rule.
    pub rule: u32,
    /// Index of the first sentence of the match.
    pub sentence: u32,
    /// Index of the last sentence (equals `sentence` unless the rule has a window).
    pub last_sentence: u32,
    /// Byte spans of the matched terms, relative to the start of `sentence`.
    pub spans: Vec<Range<usize>>,
    /// Byte spans of denial cues, relative to the start of `sentence`.
    pub deny: Vec<Range<usize>>,
}

/// The whole rulebook, compiled.
#[derive(Debug, Clone, Default)]
pub struct Rulebook {
    /// Rules in rulebook order (file path, then position in file).
    pub rules: Vec<Rule>,
    /// Shared cue lists.
    pub lexicon: Lexicon,
    /// Settings for the name-variant check.
    pub names: NameConfig,
    /// Every literal phrase of every rule, in one automaton.
    automaton: Automaton,
}

/// Loads every `.toml` file under `dir` (recursively, sorted by path),
/// validates it and compiles the rulebook. Every problem of every file is
/// reported, sorted by file, line and column.
pub fn load(dir: &Path) -> Result<Rulebook, Diagnostics> {
    let shown = dir.display().to_string();
    let whole = |message: String| {
        Diagnostics(vec![Diagnostic {
            file: shown.clone(),
            line: 0,
            column: 0,
            message,
        }])
    };
    let meta = std::fs::metadata(dir).map_err(|err| {
        whole(match err.kind() {
            std::io::ErrorKind::NotFound => "rules directory does not exist".to_string(),
            _ => format!("cannot read rules directory: {err}"),
        })
    })?;
    if !meta.is_dir() {
        return Err(whole(
            "not a directory: rules are read from a directory of .toml files".to_string(),
        ));
    }
    let mut paths = Vec::new();
    let mut diagnostics = Vec::new();
    collect_toml(dir, &mut paths, &mut diagnostics, &shown);
    paths.sort();
    if paths.is_empty() && diagnostics.is_empty() {
        return Err(whole(
            "no rule files (*.toml) in the rules directory".to_string(),
        ));
    }
    let mut sources = Vec::new();
    for path in &paths {
        let rel = path
            .strip_prefix(dir)
            .unwrap_or(path)
            .components()
            .map(|part| part.as_os_str().to_string_lossy().into_owned())
            .collect::<Vec<_>>()
            .join("/");
        let display = dir.join(path.strip_prefix(dir).unwrap_or(path));
        match std::fs::read_to_string(path) {
            Ok(text) => sources.push(Source {
                rel,
                display: display.display().to_string(),
                text,
            }),
            Err(err) => diagnostics.push(Diagnostic {
                file: display.display().to_string(),
                line: 0,
                column: 0,
                message: format!("cannot read rule file: {err}"),
            }),
        }
    }
    let result = compile(&sources, &shown);
    match result {
        Ok(rulebook) if diagnostics.is_empty() => Ok(rulebook),
        Ok(_) => Err(sorted(diagnostics)),
        Err(Diagnostics(more)) => {
            diagnostics.extend(more);
            Err(sorted(diagnostics))
        }
    }
}

/// One rule file's text, with its path relative to the rules directory and
/// the path shown in messages.
#[derive(Debug, Clone)]
pub(crate) struct Source {
    /// Path relative to the rules directory, with `/`.
    pub rel: String,
    /// Path shown in messages.
    pub display: String,
    /// The file's text.
    pub text: String,
}

/// Validates and compiles in-memory rule files; `dir` names the rules
/// directory in messages.
pub(crate) fn compile(sources: &[Source], dir: &str) -> Result<Rulebook, Diagnostics> {
    let parsed = parse::parse(sources);
    if !parsed.diagnostics.is_empty() {
        return Err(sorted(parsed.diagnostics));
    }
    if parsed.rules.is_empty() {
        return Err(Diagnostics(vec![Diagnostic {
            file: dir.to_string(),
            line: 0,
            column: 0,
            message: "no rules: the rule files define no `[[rule]]` table".to_string(),
        }]));
    }
    let automaton = Automaton::build(&parsed.rules);
    Ok(Rulebook {
        rules: parsed.rules,
        lexicon: parsed.lexicon,
        names: parsed.names,
        automaton,
    })
}

impl Rulebook {
    /// The rules' identity and kind, for the reconciler and reports.
    pub fn infos(&self) -> Vec<RuleInfo> {
        self.rules.iter().map(|rule| rule.info.clone()).collect()
    }

    /// Every match of every rule in `text`, sorted by sentence then rule.
    /// Furniture sentences never match. `sentences` must be in text order.
    pub fn find(&self, text: &str, sentences: &[Sentence]) -> Vec<RuleMatch> {
        self.automaton.find(&self.rules, text, sentences)
    }

    /// Every literal phrase of the rulebook (references and entity aliases
    /// expanded, prefixes without their `*`, both apostrophe spellings),
    /// lowercase, deduplicated and sorted: the patterns of a `rg -i -F -f`
    /// baseline.
    pub fn literals(&self) -> Vec<String> {
        self.automaton.literals()
    }
}

fn collect_toml(
    dir: &Path,
    paths: &mut Vec<PathBuf>,
    diagnostics: &mut Vec<Diagnostic>,
    shown: &str,
) {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(err) => {
            diagnostics.push(Diagnostic {
                file: dir.display().to_string(),
                line: 0,
                column: 0,
                message: format!("cannot read rules directory {shown}: {err}"),
            });
            return;
        }
    };
    let mut entries: Vec<_> = entries.flatten().collect();
    entries.sort_by_key(|entry| entry.file_name());
    for entry in entries {
        let path = entry.path();
        let hidden = entry.file_name().to_string_lossy().starts_with('.');
        if hidden {
            continue;
        }
        // Symbolic links to directories are not followed, so a link loop cannot recurse.
        let is_link = entry.file_type().is_ok_and(|kind| kind.is_symlink());
        if path.is_dir() {
            if !is_link {
                collect_toml(&path, paths, diagnostics, shown);
            }
        } else if path.extension().is_some_and(|ext| ext == "toml") {
            if path.is_file() {
                paths.push(path);
            } else {
                // A FIFO or device would block or never end: refuse it rather than read it.
                diagnostics.push(Diagnostic {
                    file: path.display().to_string(),
                    line: 0,
                    column: 0,
                    message: "not a regular file".to_string(),
                });
            }
        }
    }
}

fn sorted(mut diagnostics: Vec<Diagnostic>) -> Diagnostics {
    diagnostics.sort();
    diagnostics.dedup();
    Diagnostics(diagnostics)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::SentenceKind;

    const LEXICON: &str = r#"
[lexicon]
denial = ["deny", "denies", "denied", "rejected"]
negation = ["not", "never"]

[phrases]
military-aid = ["military aid", "weapon*", "arms", "drone*"]

[entity.china]
aliases = ["China", "Beijing", "Chinese", "China's foreign ministry"]

[entity.russia]
aliases = ["Russia", "Moscow", "Russian"]
"#;

    fn rulebook(rules: &str) -> Rulebook {
        let source = Source {
            rel: "test.toml".to_string(),
            display: "rules/test.toml".to_string(),
            text: format!("{LEXICON}\n{rules}"),
        };
        compile(&[source], "rules").unwrap_or_else(|err| panic!("rules load:\n{err}"))
    }

    /// One sentence per line.
    fn sentences(text: &str) -> Vec<Sentence> {
        let mut sentences = Vec::new();
        let mut offset = 0;
        for (line_idx, line) in text.split('\n').enumerate() {
            sentences.push(Sentence {
                start: offset,
                end: offset + line.len(),
                line: line_idx as u32 + 1,
                column: 1,
                kind: SentenceKind::Body,
                repeat_of: None,
            });
            offset += line.len() + 1;
        }
        sentences
    }

    /// Renders each match as `rule first-last: hit|hit / deny: cue|cue`.
    fn render(rulebook: &Rulebook, text: &str, sentences: &[Sentence]) -> Vec<String> {
        rulebook
            .find(text, sentences)
            .iter()
            .map(|found| {
                let base = sentences[found.sentence as usize].start;
                let quote = |spans: &[Range<usize>]| {
                    spans
                        .iter()
                        .map(|span| &text[base + span.start..base + span.end])
                        .collect::<Vec<_>>()
                        .join("|")
                };
                format!(
                    "{} {}-{}: {} / deny: {}",
                    rulebook.rules[found.rule as usize].info.id,
                    found.sentence,
                    found.last_sentence,
                    quote(&found.spans),
                    quote(&found.deny)
                )
            })
            .collect()
    }

    fn check(rules: &str, text: &str, expected: &[&str]) {
        let rulebook = rulebook(rules);
        let got = render(&rulebook, text, &sentences(text));
        assert_eq!(got, expected, "text: {text}");
    }

    const AID: &str = r#"
[[rule]]
id = "aid"
kind = "proposition"
claim = "China supplies military aid to Russia"
all = ["@china", "@military-aid", "@russia"]
deny = ["@denial", "will not send"]
"#;

    #[test]
    fn aliases_and_deny_cues_match() {
        check(
            AID,
            "Despite backing Moscow politically and diplomatically, Beijing has declared that it will not send weapons to Russia or Ukraine.",
            &["aid 0-0: Moscow|Beijing|weapons|Russia / deny: will not send"],
        );
        check(
            AID,
            "Beijing denied sending drones to Moscow.",
            &["aid 0-0: Beijing|drones|Moscow / deny: denied"],
        );
    }

    #[test]
    fn prefixes_extend_and_keep_the_left_boundary() {
        let rules = r#"
[[rule]]
id = "supply"
kind = "proposition"
claim = "c"
all = ["suppl*", "@russia"]
"#;
        check(
            rules,
            "Chinese companies are reportedly supplying Russia with assault rifles.\nAn oversupply of Russian oil.\nRussia's supplies.",
            &["supply 0-0: supplying|Russia / deny: ", "supply 2-2: Russia|supplies / deny: "],
        );
    }

    #[test]
    fn apostrophes_match_curly_ones_and_longest_alias_wins() {
        let rules = r#"
[[rule]]
id = "ministry"
kind = "proposition"
claim = "c"
all = ["@china", "@denial"]
"#;
        check(
            rules,
            "China’s foreign ministry denied the report.\nChina's foreign ministry rejected it.",
            &[
                "ministry 0-0: China’s foreign ministry|denied / deny: ",
                "ministry 1-1: China's foreign ministry|rejected / deny: ",
            ],
        );
    }

    #[test]
    fn word_boundaries_are_checked_on_both_sides() {
        let rules = r#"
[[rule]]
id = "arms"
kind = "proposition"
claim = "c"
all = ["arms", "china"]
"#;
        check(
            rules,
            "Farms in Chinatown.\nArms for China.\nchina-made arms_x arms.",
            &[
                "arms 1-1: Arms|China / deny: ",
                "arms 2-2: china|arms / deny: ",
            ],
        );
    }

    #[test]
    fn combinators_any_not_and_not_inside() {
        let rules = r#"
[[rule]]
id = "combo"
kind = "proposition"
claim = "c"
all = ["@china"]
any = [["send*", "supply*"], "provid*"]
not = ["Ukraine's army"]
not_inside = ["South China Sea"]
"#;
        check(
            rules,
            "China sends drones.\nChina provided rifles to Ukraine's army.\nShips sent to the South China Sea.\nChina bought oil.",
            &["combo 0-0: China|sends / deny: "],
        );
    }

    #[test]
    fn windows_spread_over_sentences() {
        let rules = r#"
[[rule]]
id = "window"
kind = "proposition"
claim = "c"
all = ["@china", "drone*"]
window = 2
"#;
        check(
            rules,
            "Beijing has denied it.\nThe drones came anyway.\nNothing here.\nDrones again.",
            &["window 0-1: Beijing|drones / deny: "],
        );
        // The anchor term (the first of equal cost) sits in the second sentence.
        let rules = r#"
[[rule]]
id = "window-back"
kind = "proposition"
claim = "c"
all = ["drone*", "@china"]
window = 2
"#;
        check(
            rules,
            "Nothing here.\nBeijing has denied it.\nThe drones came anyway.\nDrones again.",
            &["window-back 1-2: Beijing|drones / deny: "],
        );
    }

    #[test]
    fn regex_terms_run_on_candidates_and_alone() {
        let rules = r#"
[[rule]]
id = "s400"
kind = "proposition"
claim = "c"
all = ["@russia", "re:\\bS-?400s?\\b"]

[[rule]]
id = "year-only"
kind = "proposition"
claim = "c"
all = ["re:\\b20[0-9]{2}\\b"]
"#;
        check(
            rules,
            "Russia delivered S-400 systems.\nThe S400s arrived in 2018.\nRussia sold S-4000 units.",
            &["s400 0-0: Russia|S-400 / deny: ", "year-only 1-1: 2018 / deny: "],
        );
    }

    #[test]
    fn overlapping_hits_count_once() {
        let rules = r#"
[[rule]]
id = "twice"
kind = "proposition"
claim = "c"
all = ["military aid", "aid"]
"#;
        check(
            rules,
            "Chinese military aid.\nMilitary aid and aid.",
            &["twice 1-1: Military aid|aid / deny: "],
        );
    }

    #[test]
    fn contractions_match_inside_words() {
        let rules = r#"
[[rule]]
id = "negated"
kind = "proposition"
claim = "c"
all = ["@china", "send*"]
deny = ["n't", "not"]
"#;
        check(
            rules,
            "Beijing didn't send drones.\nBeijing didn’t send drones.\nBeijing is not sending drones.",
            &[
                "negated 0-0: Beijing|send / deny: n't",
                "negated 1-1: Beijing|send / deny: n’t",
                "negated 2-2: Beijing|sending / deny: not",
            ],
        );
    }

    #[test]
    fn rulebook_is_shared_between_threads() {
        fn assert_sync<T: Sync + Send>() {}
        assert_sync::<Rulebook>();
    }

    #[test]
    fn furniture_never_matches() {
        let rulebook = rulebook(AID);
        let text = "Beijing denied sending drones to Moscow.";
        let mut furniture = sentences(text);
        furniture[0].kind = SentenceKind::Furniture;
        assert_eq!(render(&rulebook, text, &furniture), Vec::<String>::new());
    }

    #[test]
    fn literals_are_lowercase_sorted_and_deduplicated() {
        let rulebook = rulebook(AID);
        assert_eq!(
            rulebook.literals(),
            vec![
                "arms",
                "beijing",
                "china",
                "china's foreign ministry",
                "china’s foreign ministry",
                "chinese",
                "denied",
                "denies",
                "deny",
                "drone",
                "military aid",
                "moscow",
                "rejected",
                "russia",
                "russian",
                "weapon",
                "will not send"
            ]
        );
    }

    #[test]
    fn names_config_is_read() {
        let rulebook = rulebook(&format!(
            "[names]\nthreshold = 0.93\nmin_len = 4\nallow = [[\"Kania\", \"Kane\"]]\n{AID}"
        ));
        assert_eq!(
            rulebook.names,
            NameConfig {
                threshold: 0.93,
                min_len: 4,
                allow: vec![vec!["Kania".to_string(), "Kane".to_string()]],
            }
        );
        assert_eq!(
            rulebook.lexicon.denial,
            ["deny", "denies", "denied", "rejected"]
        );
        assert_eq!(
            (
                rulebook.rules[0].info.file.as_str(),
                rulebook.rules[0].info.line
            ),
            ("test.toml", 20)
        );
    }

    fn diagnostics(text: &str) -> Vec<String> {
        let source = Source {
            rel: "bad.toml".to_string(),
            display: "rules/bad.toml".to_string(),
            text: text.to_string(),
        };
        match compile(&[source], "rules") {
            Ok(_) => Vec::new(),
            Err(diagnostics) => diagnostics.0.iter().map(ToString::to_string).collect(),
        }
    }

    #[test]
    fn every_problem_of_a_file_is_reported() {
        let text = r#"[phrases]
empty = []

[[rule]]
id = "Bad_Id"
kind = "proposition"
claim = "c"
all = ["@chna", "re:(", ""]
afirm = ["x"]
alll = 1
window = 0
"#;
        assert_eq!(
            diagnostics(text),
            vec![
                "rules/bad.toml:2:9: empty phrase set: give at least one phrase",
                "rules/bad.toml:5:6: rule id `Bad_Id` must be kebab-case (a-z, 0-9, `-`)",
                "rules/bad.toml:8:8: undefined reference `@chna`: define it in `[phrases]`, `[entity.chna]` or `[lexicon]`",
                "rules/bad.toml:8:17: invalid regex `(`: unclosed group",
                "rules/bad.toml:8:25: empty term",
                "rules/bad.toml:9:1: unknown key `afirm` in rule, expected one of `id`, `kind`, `claim`, `all`, `any`, `not`, `not_inside`, `window`, `deny`, `origin`, `example`, `value`, `unit`, `key`, `tolerance`, `min`, `max`",
                "rules/bad.toml:10:1: unknown key `alll` in rule, did you mean `all`?",
                "rules/bad.toml:11:10: `window` must be between 1 and 10 sentences",
            ]
        );
    }

    #[test]
    fn names_are_defined_once_and_examples_are_checked() {
        let text = r#"[phrases]
china = ["PRC"]

[entity.china]
aliases = ["China"]

[[rule]]
id = "ok-id"
kind = "proposition"
claim = "c"
all = ["@china"]

[[rule.example]]
text = "China."
stance = "afirm"

[[rule.example]]
text = "Beijing."
match = false
stance = "deny"
"#;
        assert_eq!(
            diagnostics(text),
            vec![
                "rules/bad.toml:4:9: `@china` is defined twice, first at rules/bad.toml:2",
                "rules/bad.toml:15:10: unknown stance `afirm`, did you mean `affirm`?",
                "rules/bad.toml:17:1: a near-miss example (`match = false`) takes no `stance` or `value`",
            ]
        );
    }

    #[test]
    fn a_broken_file_hides_references_to_names_it_mentions() {
        let broken = Source {
            rel: "a.toml".to_string(),
            display: "rules/a.toml".to_string(),
            text: "[entity.china]\naliases = [\"China\"\n".to_string(),
        };
        let rules = Source {
            rel: "b.toml".to_string(),
            display: "rules/b.toml".to_string(),
            text: "[[rule]]\nid = \"r\"\nkind = \"proposition\"\nclaim = \"c\"\nall = [\"@china\", \"@russia\"]\n"
                .to_string(),
        };
        let got: Vec<String> = match compile(&[broken, rules], "rules") {
            Ok(_) => Vec::new(),
            Err(diagnostics) => diagnostics.0.iter().map(ToString::to_string).collect(),
        };
        assert_eq!(
            got,
            vec![
                "rules/a.toml:2:19: toml syntax: unclosed array, expected `]`",
                "rules/b.toml:5:18: undefined reference `@russia`: define it in `[phrases]`, `[entity.russia]` or `[lexicon]`",
            ]
        );
    }

    #[test]
    fn syntax_errors_point_at_their_span() {
        assert_eq!(
            diagnostics("[[rule]]\nid = \"x\nkind = 1\n"),
            vec!["rules/bad.toml:2:8: toml syntax: invalid basic string, expected `\"`"]
        );
    }

    #[test]
    fn ten_thousand_rules_load() {
        let mut text = String::from(LEXICON);
        for idx in 0..10_000 {
            text.push_str(&format!(
                "[[rule]]\nid = \"rule-{idx}\"\nkind = \"proposition\"\nclaim = \"claim {idx}\"\nall = [\"@china\", \"term{idx} word*\"]\nany = [[\"alpha{idx}\", \"beta {idx}\"]]\n\n"
            ));
        }
        let source = Source {
            rel: "big.toml".to_string(),
            display: "rules/big.toml".to_string(),
            text,
        };
        let rulebook = compile(&[source], "rules").unwrap_or_else(|err| panic!("{err}"));
        assert_eq!(rulebook.rules.len(), 10_000);
        let text = "China said term9999 wordy things about beta 9999.";
        let found = rulebook.find(text, &sentences(text));
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].rule, 9999);
    }
}

#[cfg(test)]
mod proptests {
    use super::tests_support::*;
    use super::{compile, Source};
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn load_never_panics_on_rule_like_text(
            pieces in proptest::collection::vec(
                prop_oneof![
                    Just("[[rule]]\n"), Just("id = \"x\"\n"), Just("kind = \"figure\"\n"),
                    Just("claim = \"c\"\n"), Just("all = [\"@china\", [\"a*\"]]\n"),
                    Just("value = \"percent\"\n"), Just("tolerance = { relative = 2 }\n"),
                    Just("[entity.china]\naliases = [\"China\"]\n"), Just("[[rule.example]]\n"),
                    Just("text = \"China\"\n"), Just("min = 5\nmax = 1\n"), Just("= ["),
                    Just("é"), Just("\n"), Just("window = 99\n"), Just("any = [\"re:(\"]\n"),
                ],
                0..30,
            ),
        ) {
            let source = Source {
                rel: "p.toml".to_string(),
                display: "p.toml".to_string(),
                text: pieces.concat(),
            };
            let _ = compile(&[source], "rules");
        }

        #[test]
        fn find_never_panics_and_spans_stay_on_char_boundaries(
            pieces in proptest::collection::vec(
                prop_oneof![
                    Just("China"), Just("Beijing"), Just("drones"), Just("Moscow"), Just(" "),
                    Just("’s"), Just("é"), Just("denied"), Just(". "), Just("\n"), Just("S-400"),
                    Just("supplying"), Just("South China Sea"), Just("x"),
                ],
                0..40,
            ),
            cuts in proptest::collection::vec(0usize..400, 0..8),
        ) {
            let text: String = pieces.concat();
            let found = find_with_cuts(&text, &cuts);
            for (base, span) in found {
                prop_assert!(text.get(base + span.start..base + span.end).is_some());
            }
        }
    }
}

#[cfg(test)]
mod tests_support {
    use super::*;
    use crate::model::SentenceKind;

    /// Splits `text` into sentences at the char boundaries nearest `cuts`,
    /// runs a small rulebook, and returns (sentence start, span) for every
    /// span of every match.
    pub fn find_with_cuts(text: &str, cuts: &[usize]) -> Vec<(usize, Range<usize>)> {
        let mut bounds: Vec<usize> = cuts
            .iter()
            .map(|cut| {
                (0..=(*cut).min(text.len()))
                    .rev()
                    .find(|at| text.is_char_boundary(*at))
                    .unwrap_or(0)
            })
            .chain([0, text.len()])
            .collect();
        bounds.sort_unstable();
        bounds.dedup();
        let sentences: Vec<Sentence> = bounds
            .windows(2)
            .map(|pair| Sentence {
                start: pair[0],
                end: pair[1],
                line: 1,
                column: 1,
                kind: SentenceKind::Body,
                repeat_of: None,
            })
            .collect();
        let rules = r#"
[lexicon]
denial = ["denied"]

[entity.china]
aliases = ["China", "Beijing", "China's"]

[[rule]]
id = "a"
kind = "proposition"
claim = "c"
all = ["@china", "drone*"]
not_inside = ["South China Sea"]
deny = ["@denial"]

[[rule]]
id = "b"
kind = "proposition"
claim = "c"
all = ["re:S-?400", "Moscow"]
window = 3

[[rule]]
id = "c"
kind = "proposition"
claim = "c"
any = ["re:é+", "suppl*"]
"#;
        let source = Source {
            rel: "p.toml".to_string(),
            display: "p.toml".to_string(),
            text: rules.to_string(),
        };
        let rulebook = compile(&[source], "rules").expect("the property rulebook is valid");
        rulebook
            .find(text, &sentences)
            .into_iter()
            .flat_map(|found| {
                let base = sentences[found.sentence as usize].start;
                found
                    .spans
                    .into_iter()
                    .chain(found.deny)
                    .map(move |span| (base, span))
            })
            .collect()
    }
}
