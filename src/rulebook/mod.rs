//! Loads and validates the rulebook, and compiles it into one multi-pattern
//! automaton that finds every rule's matches in an article.

pub mod ruletest;

use std::fmt;
use std::ops::Range;
use std::path::Path;

use serde::Deserialize;

use crate::model::{
    FigureKey, FigureSpec, NameConfig, RuleInfo, RuleKind, Sentence, SentenceKind, Tolerance,
    ValueKind,
};

/// Shared cue lists, from the `[lexicon]` table.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
pub struct Lexicon {
    /// Words that make a denial: "deny", "denied".
    #[serde(default)]
    pub denial: Vec<String>,
    /// Negation words: "not", "never".
    #[serde(default)]
    pub negation: Vec<String>,
    /// Attribution cues: "according to", "said".
    #[serde(default)]
    pub attribution: Vec<String>,
    /// Hedge words: "reportedly", "allegedly".
    #[serde(default)]
    pub hedge: Vec<String>,
}

/// A rule's example sentence, for `claimcheck rules test`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Example {
    /// The sentence.
    pub text: String,
    /// Whether the rule must match it.
    pub matches: bool,
    /// Expected stance ("affirm" or "deny"), when given.
    pub stance: Option<String>,
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
    all: Vec<Vec<String>>,
    deny: Vec<String>,
}

/// A rule's match in one sentence of an article.
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
}

/// One problem in a rule file.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Diagnostic {
    /// The file, as given on the command line joined with its relative path.
    pub file: String,
    /// 1-based line.
    pub line: u32,
    /// 1-based column.
    pub column: u32,
    /// What is wrong, lower-case, no trailing period.
    pub message: String,
}

/// Every problem found in a rulebook.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Diagnostics(pub Vec<Diagnostic>);

impl fmt::Display for Diagnostics {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (idx, diagnostic) in self.0.iter().enumerate() {
            if idx > 0 {
                writeln!(f)?;
            }
            write!(
                f,
                "{}:{}:{}: {}",
                diagnostic.file, diagnostic.line, diagnostic.column, diagnostic.message
            )?;
        }
        Ok(())
    }
}

impl std::error::Error for Diagnostics {}

#[derive(Debug, Deserialize)]
struct FileSpec {
    #[serde(default)]
    lexicon: Option<Lexicon>,
    #[serde(default)]
    rule: Vec<RuleSpec>,
}

#[derive(Debug, Deserialize)]
struct RuleSpec {
    id: String,
    kind: String,
    claim: String,
    #[serde(default)]
    all: Vec<toml::Value>,
    #[serde(default)]
    deny: Vec<String>,
    #[serde(default)]
    value: Option<String>,
}

/// Loads every `.toml` file under `dir` and compiles the rulebook.
pub fn load(dir: &Path) -> Result<Rulebook, Diagnostics> {
    let mut rulebook = Rulebook::default();
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .map_err(|err| single(dir, &format!("cannot read rules directory: {err}")))?
        .filter_map(|entry| entry.ok().map(|entry| entry.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "toml"))
        .collect();
    files.sort();
    for path in files {
        let text = std::fs::read_to_string(&path).map_err(|err| single(&path, &err.to_string()))?;
        let spec: FileSpec = toml::from_str(&text).map_err(|err| single(&path, err.message()))?;
        if let Some(lexicon) = spec.lexicon {
            rulebook.lexicon = lexicon;
        }
        for rule in spec.rule {
            let kind = match rule.kind.as_str() {
                "figure" => RuleKind::Figure(FigureSpec {
                    value: match rule.value.as_deref() {
                        Some("year") => ValueKind::Year,
                        _ => ValueKind::Percent,
                    },
                    key: FigureKey::None,
                    tolerance: Tolerance::Exact,
                    min: None,
                    max: None,
                }),
                _ => RuleKind::Proposition,
            };
            let all = rule
                .all
                .iter()
                .map(|term| match term {
                    toml::Value::String(text) => vec![text.to_lowercase()],
                    toml::Value::Array(items) => items
                        .iter()
                        .filter_map(|item| item.as_str().map(str::to_lowercase))
                        .collect(),
                    _ => Vec::new(),
                })
                .collect();
            rulebook.rules.push(Rule {
                info: RuleInfo {
                    id: rule.id,
                    claim: rule.claim,
                    file: path
                        .file_name()
                        .map(|n| n.to_string_lossy().into_owned())
                        .unwrap_or_default(),
                    line: 1,
                    kind,
                },
                examples: Vec::new(),
                all,
                deny: rule.deny.iter().map(|cue| cue.to_lowercase()).collect(),
            });
        }
    }
    Ok(rulebook)
}

impl Rulebook {
    /// The rules' identity and kind, for the reconciler and reports.
    pub fn infos(&self) -> Vec<RuleInfo> {
        self.rules.iter().map(|rule| rule.info.clone()).collect()
    }

    /// Every match of every rule in `text`, sorted by sentence then rule.
    /// Furniture sentences never match.
    pub fn find(&self, text: &str, sentences: &[Sentence]) -> Vec<RuleMatch> {
        let mut matches = Vec::new();
        for (sentence_idx, sentence) in sentences.iter().enumerate() {
            if sentence.kind == SentenceKind::Furniture {
                continue;
            }
            let Some(sentence_text) = text.get(sentence.start..sentence.end) else {
                continue;
            };
            let lower = sentence_text.to_lowercase();
            for (rule_idx, rule) in self.rules.iter().enumerate() {
                let mut spans = Vec::new();
                let found = rule.all.iter().all(|term| {
                    term.iter()
                        .find_map(|phrase| {
                            lower.find(phrase.as_str()).map(|at| at..at + phrase.len())
                        })
                        .map(|span| spans.push(span))
                        .is_some()
                });
                if found && lower.len() == sentence_text.len() {
                    let deny = rule
                        .deny
                        .iter()
                        .filter_map(|cue| lower.find(cue.as_str()).map(|at| at..at + cue.len()))
                        .collect();
                    matches.push(RuleMatch {
                        rule: rule_idx as u32,
                        sentence: sentence_idx as u32,
                        last_sentence: sentence_idx as u32,
                        spans,
                        deny,
                    });
                }
            }
        }
        matches
    }

    /// Every literal phrase of the rulebook, for a ripgrep baseline.
    pub fn literals(&self) -> Vec<String> {
        let mut literals: Vec<String> = self
            .rules
            .iter()
            .flat_map(|rule| rule.all.iter().flatten().cloned())
            .collect();
        literals.sort();
        literals.dedup();
        literals
    }
}

fn single(path: &Path, message: &str) -> Diagnostics {
    Diagnostics(vec![Diagnostic {
        file: path.display().to_string(),
        line: 1,
        column: 1,
        message: message.to_string(),
    }])
}
