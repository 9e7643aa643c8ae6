//! Problems in the files a user writes, each with its file, line and column,
//! and the spanned TOML reader of rule files and `claimcheck.toml` that
//! reports them (`Ctx`):
//! `rules/china.toml:12:9: unknown key `afirm` in rule, did you mean `all`?`.
//!
//! The other TOML files (`corpus.toml`, labels, banks, baselines) are read by
//! serde with `toml::Spanned` and name `file:line:col` themselves; they share
//! only `OneOrMany` (labels and banks) from here, as `cli` and `suppress`
//! share `unknown` and `suggest`. `Notice` is a problem a run reports without
//! stopping.

use std::fmt;
use std::ops::Range;

use toml::de::{DeTable, DeValue};
use toml::Spanned;

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

/// A problem met while reading the corpus that did not stop the run.
///
/// A [`Level::Warning`] (a binary file skipped, a file decoded from another
/// encoding) leaves the exit code alone unless `--strict`; a
/// [`Level::Error`] (a file or directory that could not be read) means the
/// report is incomplete and the run exits 2.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
pub struct Notice {
    /// What happened, starting with the path, lower-case, no trailing period.
    pub message: String,
    /// Whether the report is still complete.
    pub level: Level,
}

/// How much a [`Notice`] matters for the exit code.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "kebab-case")]
pub enum Level {
    /// The report is complete; shown as `warning:`.
    Warning,
    /// Something could not be read; shown as `error:`, exit code 2.
    Error,
}

impl Notice {
    /// A notice that leaves the report complete.
    pub fn warning(message: impl Into<String>) -> Self {
        Self {
            message: message.into(),
            level: Level::Warning,
        }
    }

    /// A notice that something could not be read.
    pub fn error(message: impl Into<String>) -> Self {
        Self {
            message: message.into(),
            level: Level::Error,
        }
    }
}

impl fmt::Display for Notice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let level = match self.level {
            Level::Warning => "warning",
            Level::Error => "error",
        };
        write!(f, "{level}: {}", self.message)
    }
}

/// One file being read: where offsets are, and where problems go.
pub struct Ctx<'a> {
    /// The file as shown in messages.
    file: &'a str,
    /// The file's text.
    text: &'a str,
    line_starts: Vec<usize>,
    /// Where problems go.
    pub diagnostics: &'a mut Vec<Diagnostic>,
}

impl<'a> Ctx<'a> {
    /// A reader for `text`, shown as `file` in messages, recording into `diagnostics`.
    pub fn new(file: &'a str, text: &'a str, diagnostics: &'a mut Vec<Diagnostic>) -> Ctx<'a> {
        let line_starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(at, _)| at + 1))
            .collect();
        Ctx {
            file,
            text,
            line_starts,
            diagnostics,
        }
    }

    /// The file as shown in messages.
    pub fn file(&self) -> &str {
        self.file
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub fn position(&self, offset: usize) -> (u32, u32) {
        let line_idx = self
            .line_starts
            .partition_point(|start| *start <= offset)
            .max(1)
            - 1;
        let line_start = self.line_starts[line_idx];
        let column = self
            .text
            .get(line_start..offset.min(self.text.len()))
            .map_or(0, |prefix| prefix.chars().count());
        // A byte order mark opening the file is no column an editor shows.
        let bom = usize::from(line_idx == 0 && column > 0 && self.text.starts_with('\u{FEFF}'));
        (line_idx as u32 + 1, (column - bom) as u32 + 1)
    }

    /// Records a problem at `span`.
    pub fn error(&mut self, span: &Range<usize>, message: impl Into<String>) {
        let (line, column) = self.position(span.start);
        self.diagnostics.push(Diagnostic {
            file: self.file.to_string(),
            line,
            column,
            message: message.into(),
        });
    }

    /// `file:line` of a span, for messages that point elsewhere.
    pub fn file_line(&self, span: &Range<usize>) -> String {
        format!("{}:{}", self.file, self.position(span.start).0)
    }

    /// Reports keys of `table` not in `allowed`, naming `what` the table is.
    pub fn check_keys(&mut self, table: &DeTable<'_>, allowed: &[&str], what: &str) {
        for key in table.keys() {
            if !allowed.contains(&key.get_ref().as_ref()) {
                let message = unknown(key.get_ref(), allowed, "key").replacen(
                    "`, ",
                    &format!("` in {what}, "),
                    1,
                );
                self.error(&key.span(), message);
            }
        }
    }

    /// The string at `key`, reporting a wrong type.
    pub fn string<'t>(
        &mut self,
        table: &'t DeTable<'_>,
        key: &str,
    ) -> Option<(&'t str, Range<usize>)> {
        let value = get(table, key)?;
        match value.get_ref() {
            DeValue::String(text) => Some((text.as_ref(), value.span())),
            other => {
                self.error(&value.span(), wrong_type(key, "a string", other));
                None
            }
        }
    }

    /// The number at `key` (integer or float), reporting a wrong type.
    pub fn number(&mut self, table: &DeTable<'_>, key: &str) -> Option<(f64, Range<usize>)> {
        let value = get(table, key)?;
        match number(value.get_ref()) {
            Some(number) => Some((number, value.span())),
            None => {
                self.error(&value.span(), wrong_type(key, "a number", value.get_ref()));
                None
            }
        }
    }
}

/// A table value's entry, by key.
pub fn get<'t, 'i>(table: &'t DeTable<'i>, key: &str) -> Option<&'t Spanned<DeValue<'i>>> {
    table.get(key)
}

/// The value as a number, for integers and finite floats (`nan` and `inf`
/// are no number a rule can mean: NaN would switch a bound off, an infinite
/// tolerance would make every value agree).
pub fn number(value: &DeValue<'_>) -> Option<f64> {
    match value {
        DeValue::Integer(integer) => i64::from_str_radix(integer.as_str(), integer.radix())
            .ok()
            .map(|n| n as f64),
        DeValue::Float(float) => float
            .as_str()
            .replace('_', "")
            .parse()
            .ok()
            .filter(|number: &f64| number.is_finite()),
        _ => None,
    }
}

/// "expected a string for `id`, found integer"; for a `nan` or `inf` where a
/// number is expected, "`min` must be a finite number, found nan".
pub fn wrong_type(key: &str, expected: &str, found: &DeValue<'_>) -> String {
    if let DeValue::Float(float) = found {
        if expected == "a number" {
            return format!("`{key}` must be a finite number, found {}", float.as_str());
        }
    }
    format!(
        "expected {expected} for `{key}`, found {}",
        found.type_str()
    )
}

/// "unknown key `afirm` in rule, did you mean `all`?" or the list of keys.
pub fn unknown(found: &str, allowed: &[&str], what: &str) -> String {
    match suggest(found, allowed) {
        Some(near) => format!("unknown {what} `{found}`, did you mean `{near}`?"),
        None => format!(
            "unknown {what} `{found}`, expected one of {}",
            allowed
                .iter()
                .map(|key| format!("`{key}`"))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

/// The candidate nearest to `found` (Jaro-Winkler), when it is near enough.
pub fn suggest<'a>(found: &str, candidates: &[&'a str]) -> Option<&'a str> {
    candidates
        .iter()
        .map(|candidate| (strsim::jaro_winkler(found, candidate), *candidate))
        .filter(|(score, _)| *score >= 0.7)
        .max_by(|a, b| a.0.total_cmp(&b.0).then_with(|| b.1.cmp(a.1)))
        .map(|(_, candidate)| candidate)
}

/// A value a user may write as one string or as a list of strings
/// (`corpus = "articles"` or `corpus = ["a", "b"]`), in config and label files.
#[derive(Debug, serde::Deserialize)]
#[serde(untagged, expecting = "a string or a list of strings")]
pub enum OneOrMany {
    /// One string.
    One(String),
    /// A list of strings.
    Many(Vec<String>),
}

impl OneOrMany {
    /// The strings, one or many.
    pub fn into_vec(self) -> Vec<String> {
        match self {
            OneOrMany::One(one) => vec![one],
            OneOrMany::Many(many) => many,
        }
    }
}
