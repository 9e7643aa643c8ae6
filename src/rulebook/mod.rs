//! Loads and validates the rulebook, and compiles it into one multi-pattern
//! automaton that finds every rule's matches in an article.
//!
//! `load` reads every `.toml` file under a directory (recursively, in sorted
//! path order), reports every problem of every file at once as
//! `file:line:col: message`, and compiles all literal phrases of all rules into
//! one Aho-Corasick automaton. `Rulebook::find` scans an article once with it.

mod automaton;
pub(crate) mod parse;
pub mod ruletest;
mod term;

use std::fmt;
use std::ops::Range;
use std::path::{Path, PathBuf};

use crate::model::{NameConfig, RuleInfo, Sentence};

pub use automaton::Automaton;

/// Shared cue lists, from the `[lexicon]` table.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Lexicon {
    /// Words that make a denial: "deny", "denied".
    pub denial: Vec<String>,
    /// Negation words: "not", "never".
    pub negation: Vec<String>,
    /// Attribution cues: "according to", "said".
    pub attribution: Vec<String>,
    /// Hedge words: "reportedly", "allegedly".
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
    /// For a figure rule: the unit written in the rule (`unit = "GHz"`), if any.
    pub unit: Option<String>,
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

/// One problem in a rule file.
///
/// A `line` of 0 means the problem concerns the whole file or directory;
/// it is displayed as `file: message`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Diagnostic {
    /// The file, as given on the command line joined with its relative path.
    pub file: String,
    /// 1-based line, 0 when the problem has no position.
    pub line: u32,
    /// 1-based column, in characters.
    pub column: u32,
    /// What is wrong, lower-case, no trailing period.
    pub message: String,
}

/// Every problem found in a rulebook, sorted by file, line and column.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Diagnostics(pub Vec<Diagnostic>);

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 {
            write!(f, "{}: {}", self.file, self.message)
        } else {
            write!(
                f,
                "{}:{}:{}: {}",
                self.file, self.line, self.column, self.message
            )
        }
    }
}

impl fmt::Display for Diagnostics {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (idx, diagnostic) in self.0.iter().enumerate() {
            if idx > 0 {
                writeln!(f)?;
            }
            write!(f, "{diagnostic}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Diagnostics {}

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
    /// expanded, prefixes without their `*`), lowercase, deduplicated and
    /// sorted: the patterns of a `rg -i -F -f` baseline.
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
    for entry in entries.flatten() {
        let path = entry.path();
        let hidden = entry.file_name().to_string_lossy().starts_with('.');
        if hidden {
            continue;
        }
        if path.is_dir() {
            collect_toml(&path, paths, diagnostics, shown);
        } else if path.extension().is_some_and(|ext| ext == "toml") {
            paths.push(path);
        }
    }
}

fn sorted(mut diagnostics: Vec<Diagnostic>) -> Diagnostics {
    diagnostics.sort();
    diagnostics.dedup();
    Diagnostics(diagnostics)
}
