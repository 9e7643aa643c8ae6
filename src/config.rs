//! `claimcheck.toml`: the settings a project keeps beside its rules and
//! articles, so CI runs the same check as people do. Flags override it.
//!
//! ```toml
//! rules = ["rules", "house-rules"]     # rule folders, loaded as one rulebook
//! corpus = ["corpus"]                  # article files or folders
//! include = ["**/*.md"]                # globs on paths inside a corpus folder
//! exclude = ["drafts/**"]
//! fail_on = ["contradiction", "figure-conflict"]
//! baseline = "claimcheck-baseline.toml"
//! format = "line"
//!
//! [claimreview]                        # defaults for --claimreview-author, --claimreview-url
//! author = "Example Fact Check"
//! url = "https://example.org"
//! ```
//!
//! It is read from `--config FILE`, else from `claimcheck.toml` in the working
//! directory when there is one. Paths in it are relative to its folder. An
//! unknown key or a wrong type is an error naming `file:line:col` (with the
//! nearest key), never ignored.

use std::path::{Path, PathBuf};

use anyhow::Context;
use globset::{Glob, GlobSet, GlobSetBuilder};
use serde::Deserialize;
use toml::de::{DeTable, DeValue};

use crate::diag::{Ctx, Diagnostics, OneOrMany};
use crate::model::FindingKind;
use crate::report::Format;

/// The file looked for in the working directory.
pub const FILE_NAME: &str = "claimcheck.toml";

/// The keys of the top table.
const KEYS: &[&str] = &[
    "rules",
    "corpus",
    "include",
    "exclude",
    "fail_on",
    "baseline",
    "format",
    "claimreview",
];
/// The keys of `[claimreview]`.
const CLAIMREVIEW_KEYS: &[&str] = &["author", "url"];

/// A loaded config file, paths resolved against its folder.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Config {
    /// Rule folders.
    pub rules: Vec<PathBuf>,
    /// Article files or folders.
    pub corpus: Vec<PathBuf>,
    /// Globs a corpus path must match (all when empty).
    pub include: Vec<String>,
    /// Globs no corpus path may match.
    pub exclude: Vec<String>,
    /// Kinds that fail the run.
    pub fail_on: Option<Vec<FindingKind>>,
    /// The baseline file.
    pub baseline: Option<PathBuf>,
    /// The output format.
    pub format: Option<Format>,
    /// Settings for the ClaimReview output, passed through.
    pub claimreview: ClaimReview,
}

/// `[claimreview]`: who publishes the reviews.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
pub struct ClaimReview {
    /// The reviewing organisation.
    pub author: Option<String>,
    /// Its address.
    pub url: Option<String>,
}

/// The file's values as written.
#[derive(Debug, Default, Deserialize)]
struct File {
    #[serde(default)]
    rules: Option<OneOrMany>,
    #[serde(default)]
    corpus: Option<OneOrMany>,
    #[serde(default)]
    include: Option<OneOrMany>,
    #[serde(default)]
    exclude: Option<OneOrMany>,
    #[serde(default)]
    fail_on: Option<Vec<FindingKind>>,
    #[serde(default)]
    baseline: Option<String>,
    #[serde(default)]
    format: Option<Format>,
    #[serde(default)]
    claimreview: Option<ClaimReview>,
}

/// The config of `explicit` (an error when it cannot be read), else of
/// `claimcheck.toml` in the working directory, else none.
pub fn find(explicit: Option<&Path>) -> anyhow::Result<Option<Config>> {
    let path = match explicit {
        Some(path) => path.to_path_buf(),
        None => {
            let path = PathBuf::from(FILE_NAME);
            if !path.is_file() {
                return Ok(None);
            }
            path
        }
    };
    let text = std::fs::read_to_string(&path)
        .with_context(|| format!("reading config {}", path.display()))?;
    parse(&text, &path).map(Some)
}

/// Parses config `text`, read from `path`.
pub fn parse(text: &str, path: &Path) -> anyhow::Result<Config> {
    let shown = path.display().to_string();
    let mut diagnostics = Vec::new();
    {
        let mut ctx = Ctx::new(&shown, text, &mut diagnostics);
        match DeTable::parse(text) {
            Ok(table) => {
                ctx.check_keys(table.get_ref(), KEYS, FILE_NAME);
                if let Some(value) = table.get_ref().get("claimreview") {
                    if let DeValue::Table(section) = value.get_ref() {
                        ctx.check_keys(section, CLAIMREVIEW_KEYS, "[claimreview]");
                    }
                }
            }
            Err(err) => {
                let span = err.span().unwrap_or(0..0);
                ctx.error(&span, format!("toml syntax: {}", err.message().trim()));
            }
        }
    }
    if !diagnostics.is_empty() {
        diagnostics.sort();
        return Err(Diagnostics(diagnostics).into());
    }
    let file: File = toml::from_str(text).map_err(|err| {
        let (line, col) = crate::text::line_col(text, err.span().map_or(0, |span| span.start));
        anyhow::anyhow!("{shown}:{line}:{col}: {}", err.message().trim())
    })?;
    let base = path.parent().unwrap_or(Path::new(""));
    let resolve = |paths: Option<OneOrMany>| -> Vec<PathBuf> {
        paths
            .map(OneOrMany::into_vec)
            .unwrap_or_default()
            .into_iter()
            .map(|rel| relative_to(base, &rel))
            .collect()
    };
    let config = Config {
        rules: resolve(file.rules),
        corpus: resolve(file.corpus),
        include: file.include.map(OneOrMany::into_vec).unwrap_or_default(),
        exclude: file.exclude.map(OneOrMany::into_vec).unwrap_or_default(),
        fail_on: file.fail_on,
        baseline: file.baseline.map(|rel| relative_to(base, &rel)),
        format: file.format,
        claimreview: file.claimreview.unwrap_or_default(),
    };
    // Bad globs are reported now, naming the file.
    Selection::new(&config.include, &config.exclude).with_context(|| format!("{shown}: globs"))?;
    Ok(config)
}

/// Which corpus paths are checked: include and exclude globs on the path
/// relative to its corpus folder (`/` separators).
#[derive(Debug, Clone, Default)]
pub struct Selection {
    include: Option<GlobSet>,
    exclude: Option<GlobSet>,
}

impl Selection {
    /// Compiles the globs; an empty list keeps everything (include) or
    /// nothing out (exclude).
    pub fn new(include: &[String], exclude: &[String]) -> anyhow::Result<Selection> {
        Ok(Selection {
            include: glob_set(include)?,
            exclude: glob_set(exclude)?,
        })
    }

    /// Whether the article at `rel` is checked.
    pub fn keeps(&self, rel: &str) -> bool {
        self.include.as_ref().is_none_or(|set| set.is_match(rel))
            && self.exclude.as_ref().is_none_or(|set| !set.is_match(rel))
    }
}

/// What a run checks: rule folders, corpus paths and which of their articles.
#[derive(Debug, Default)]
pub struct Inputs {
    /// Rule folders, loaded as one rulebook.
    pub rules: Vec<PathBuf>,
    /// Article files or folders.
    pub corpus: Vec<PathBuf>,
    /// Include and exclude globs.
    pub selection: Selection,
    /// Matcher threads.
    pub threads: Option<u16>,
    /// The article read from standard input, kept until the run ends.
    pub stdin: Option<StdinArticle>,
}

/// The paths listed in `path`, one a line (blank lines and `#` comments
/// skipped), relative to the working directory.
pub fn files_from(path: &Path) -> anyhow::Result<Vec<PathBuf>> {
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("reading --files-from {}", path.display()))?;
    let paths: Vec<PathBuf> = text
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .map(PathBuf::from)
        .collect();
    if paths.is_empty() {
        anyhow::bail!("--files-from {}: no paths in it", path.display());
    }
    Ok(paths)
}

/// One article read from standard input (`--corpus -`), written to a
/// private temporary folder as `stdin.txt`, removed when dropped. Reports
/// name it `<stdin>`.
#[derive(Debug)]
pub struct StdinArticle {
    dir: PathBuf,
}

/// How reports name the article read from standard input.
pub const STDIN_NAME: &str = "<stdin>";

impl StdinArticle {
    /// Reads standard input to its end.
    pub fn read() -> anyhow::Result<StdinArticle> {
        use std::io::Read;
        let mut bytes = Vec::new();
        std::io::stdin()
            .read_to_end(&mut bytes)
            .context("reading the article from standard input")?;
        let dir = std::env::temp_dir().join(format!("claimcheck-stdin-{}", std::process::id()));
        std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
        let article = StdinArticle { dir };
        std::fs::write(article.path(), bytes)
            .with_context(|| format!("writing {}", article.path().display()))?;
        Ok(article)
    }

    /// The file holding the article.
    pub fn path(&self) -> PathBuf {
        self.dir.join("stdin.txt")
    }
}

impl Drop for StdinArticle {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

fn glob_set(globs: &[String]) -> anyhow::Result<Option<GlobSet>> {
    if globs.is_empty() {
        return Ok(None);
    }
    let mut builder = GlobSetBuilder::new();
    for glob in globs {
        builder.add(Glob::new(glob).with_context(|| format!("bad glob `{glob}`"))?);
    }
    Ok(Some(builder.build()?))
}

/// `rel` against the config's folder (an absolute path stays as it is).
fn relative_to(base: &Path, rel: &str) -> PathBuf {
    if base.as_os_str().is_empty() {
        PathBuf::from(rel)
    } else {
        base.join(rel)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str, expected: Result<Config, &str>) {
        let found = parse(text, Path::new("cfg/claimcheck.toml"));
        match (found, expected) {
            (Ok(found), Ok(expected)) => assert_eq!(found, expected, "text: {text}"),
            (Err(err), Err(expected)) => {
                assert!(
                    format!("{err:#}").contains(expected),
                    "{err:#}\nwanted {expected}"
                );
            }
            (found, expected) => panic!("text: {text}\nfound {found:?}\nexpected {expected:?}"),
        }
    }

    #[test]
    fn a_full_file_loads_with_paths_against_its_folder() {
        check(
            "rules = [\"rules\", \"more\"]\ncorpus = \"articles\"\nexclude = [\"drafts/**\"]\n\
             fail_on = [\"contradiction\"]\nbaseline = \"base.toml\"\nformat = \"line\"\n\
             [claimreview]\nauthor = \"Desk\"\n",
            Ok(Config {
                rules: vec![PathBuf::from("cfg/rules"), PathBuf::from("cfg/more")],
                corpus: vec![PathBuf::from("cfg/articles")],
                include: Vec::new(),
                exclude: vec!["drafts/**".to_string()],
                fail_on: Some(vec![FindingKind::Contradiction]),
                baseline: Some(PathBuf::from("cfg/base.toml")),
                format: Some(Format::Line),
                claimreview: ClaimReview {
                    author: Some("Desk".to_string()),
                    url: None,
                },
            }),
        );
    }

    #[test]
    fn unknown_keys_and_bad_values_name_line_and_column() {
        check(
            "rules = \"r\"\nfail-on = [\"contradiction\"]\n",
            Err("cfg/claimcheck.toml:2:1: unknown key `fail-on` in claimcheck.toml, did you mean `fail_on`?"),
        );
        check(
            "[claimreview]\nauthr = \"x\"\n",
            Err("cfg/claimcheck.toml:2:1: unknown key `authr` in [claimreview], did you mean `author`?"),
        );
        check(
            "fail_on = [\"contradictions\"]\n",
            Err("cfg/claimcheck.toml:1:12: unknown variant `contradictions`"),
        );
        check("exclude = [\"[\"]\n", Err("bad glob `[`"));
    }

    #[test]
    fn globs_select_corpus_paths() {
        let selection = Selection::new(&["**/*.md".to_string()], &["drafts/**".to_string()])
            .expect("the globs compile");
        for (rel, kept) in [
            ("a.md", true),
            ("x/b.md", true),
            ("drafts/c.md", false),
            ("d.txt", false),
        ] {
            assert_eq!(selection.keeps(rel), kept, "path: {rel}");
        }
    }
}
