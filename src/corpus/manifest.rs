//! Reads `corpus.toml`: the metadata of a corpus's articles.
//!
//! ```toml
//! [[article]]
//! path = "000_a3fc1f49633f88ae.txt"   # relative to corpus.toml, required
//! id = "hi-tech-high-risk"            # kebab-case; default: the file stem
//! title = "Hi-Tech, High Risk?"
//! authors = ["Roman Kolodii"]
//! date = "2024-03-01"                 # YYYY, YYYY-MM or YYYY-MM-DD
//! publisher = "..."                   # only when the article shows it
//! url = "..."
//! derived_from = "Reuters"            # the outlet whose report it rewrites
//! encoding = "windows-1252"           # a WHATWG label; default: UTF-8 or detected
//! ```
//!
//! Every error names `corpus.toml:line:col`.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use anyhow::Context;
use serde::Deserialize;
use toml::Spanned;

use crate::model::Document;

/// The manifest's file name.
pub const FILE_NAME: &str = "corpus.toml";

/// One `[[article]]` of a manifest.
#[derive(Debug, Clone)]
pub struct Entry {
    /// Path relative to the manifest's directory, with `/` separators.
    pub rel: String,
    /// The metadata; `document.path` is `rel`.
    pub document: Document,
    /// The file's declared encoding, when it gives one.
    pub encoding: Option<&'static encoding_rs::Encoding>,
}

/// Reads the manifest in `dir`, if there is one, and checks every entry.
pub fn load(dir: &Path) -> anyhow::Result<Option<Vec<Entry>>> {
    let path = dir.join(FILE_NAME);
    if !path.is_file() {
        return Ok(None);
    }
    let text = std::fs::read_to_string(&path)
        .with_context(|| format!("reading manifest {}", path.display()))?;
    parse(&text, dir, &path).map(Some)
}

/// Parses manifest `text` (read from `path`); article paths resolve against `dir`.
pub fn parse(text: &str, dir: &Path, path: &Path) -> anyhow::Result<Vec<Entry>> {
    let at = |offset: usize, message: &str| {
        let (line, col) = crate::text::line_col(text, offset);
        anyhow::anyhow!("{}:{line}:{col}: {message}", path.display())
    };
    let file: ManifestFile = toml::from_str(text).map_err(|err| {
        let offset = err.span().map_or(0, |span| span.start);
        at(offset, err.message().trim())
    })?;
    let mut entries = Vec::new();
    let mut ids: BTreeMap<String, String> = BTreeMap::new();
    let mut paths: BTreeSet<String> = BTreeSet::new();
    for article in file.article {
        let rel = article.path.get_ref().replace('\\', "/");
        let rel = rel.trim_start_matches("./").to_owned();
        let full: PathBuf = dir.join(&rel);
        if rel.is_empty() || !full.is_file() {
            return Err(at(
                article.path.span().start,
                &format!("article file `{rel}` does not exist in {}", dir.display()),
            ));
        }
        if !paths.insert(rel.clone()) {
            return Err(at(
                article.path.span().start,
                &format!("article `{rel}` is listed twice"),
            ));
        }
        let id = match &article.id {
            Some(id) => {
                if !is_kebab(id.get_ref()) {
                    return Err(at(
                        id.span().start,
                        &format!("id `{}` is not kebab-case (a-z, 0-9, -)", id.get_ref()),
                    ));
                }
                id.get_ref().clone()
            }
            None => stem(&rel),
        };
        let span = article
            .id
            .as_ref()
            .map_or(article.path.span(), |id| id.span());
        if let Some(other) = ids.insert(id.clone(), rel.clone()) {
            return Err(at(
                span.start,
                &format!("duplicate article id `{id}` (also used by `{other}`)"),
            ));
        }
        let date = match &article.date {
            Some(date) => match super::front_matter::normalize_date(date.get_ref()) {
                Ok(date) => Some(date),
                Err(error) => {
                    return Err(at(
                        date.span().start,
                        &format!("date `{}` {error}", date.get_ref()),
                    ))
                }
            },
            None => None,
        };
        let encoding = match &article.encoding {
            Some(label) => Some(
                encoding_rs::Encoding::for_label(label.get_ref().trim().as_bytes()).ok_or_else(
                    || {
                        at(
                            label.span().start,
                            &format!(
                                "unknown encoding `{}` (a WHATWG label such as `windows-1252`, `iso-8859-1`, `utf-16le`)",
                                label.get_ref()
                            ),
                        )
                    },
                )?,
            ),
            None => None,
        };
        entries.push(Entry {
            encoding,
            rel: rel.clone(),
            document: Document {
                id,
                path: rel,
                title: nonempty(article.title),
                publisher: nonempty(article.publisher),
                authors: article.authors.unwrap_or_default(),
                date,
                url: nonempty(article.url),
                derived_from: nonempty(article.derived_from),
                copy_of: None,
            },
        });
    }
    Ok(entries)
}

/// The whole manifest file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ManifestFile {
    #[serde(default)]
    article: Vec<ArticleToml>,
}

/// One `[[article]]` table as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ArticleToml {
    path: Spanned<String>,
    id: Option<Spanned<String>>,
    title: Option<String>,
    publisher: Option<String>,
    authors: Option<Vec<String>>,
    date: Option<Spanned<String>>,
    url: Option<String>,
    derived_from: Option<String>,
    encoding: Option<Spanned<String>>,
}

fn nonempty(value: Option<String>) -> Option<String> {
    value
        .map(|value| value.trim().to_owned())
        .filter(|value| !value.is_empty())
}

fn is_kebab(id: &str) -> bool {
    !id.is_empty()
        && !id.starts_with('-')
        && !id.ends_with('-')
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// The file stem of a `/`-separated relative path.
fn stem(rel: &str) -> String {
    let name = rel.rsplit('/').next().unwrap_or(rel);
    match name.rfind('.') {
        Some(dot) if dot > 0 => name[..dot].to_owned(),
        _ => name.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Parses `text` against the seed corpus directory and compares the ids,
    /// or the error message.
    fn check(text: &str, expected: Result<&[&str], &str>) {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
        let got = parse(text, &dir, Path::new("corpus.toml"));
        match (got, expected) {
            (Ok(entries), Ok(ids)) => {
                let got: Vec<&str> = entries.iter().map(|e| e.document.id.as_str()).collect();
                assert_eq!(got, ids, "manifest: {text}");
            }
            (Err(err), Err(message)) => assert_eq!(format!("{err:#}"), message),
            (got, expected) => panic!("manifest {text}: got {got:?}, expected {expected:?}"),
        }
    }

    #[test]
    fn reads_entries_with_default_ids() {
        check(
            "[[article]]\npath = \"000_a3fc1f49633f88ae.txt\"\nid = \"hi-tech-high-risk\"\n\n[[article]]\npath = \"003_bc9a5cf43ed883ff.txt\"\nderived_from = \"Reuters\"\n",
            Ok(&["hi-tech-high-risk", "003_bc9a5cf43ed883ff"]),
        );
        check("", Ok(&[]));
    }

    #[test]
    fn errors_name_line_and_column() {
        check(
            "[[article]]\npath = \"000_a3fc1f49633f88ae.txt\"\nauthor = \"X\"\n",
            Err("corpus.toml:3:1: unknown field `author`, expected one of `path`, `id`, `title`, `publisher`, `authors`, `date`, `url`, `derived_from`, `encoding`"),
        );
        check(
            "[[article]]\npath = \"missing.txt\"\n",
            Err(&format!(
                "corpus.toml:2:8: article file `missing.txt` does not exist in {}",
                Path::new(env!("CARGO_MANIFEST_DIR"))
                    .join("corpus")
                    .display()
            )),
        );
        check(
            "[[article]\n",
            Err("corpus.toml:1:11: unclosed array table, expected `]`"),
        );
        check(
            "[[article]]\npath = \"000_a3fc1f49633f88ae.txt\"\nid = \"Hi Tech\"\n",
            Err("corpus.toml:3:6: id `Hi Tech` is not kebab-case (a-z, 0-9, -)"),
        );
        check(
            "[[article]]\npath = \"000_a3fc1f49633f88ae.txt\"\nid = \"a\"\n[[article]]\npath = \"001_d566bb28321c3257.txt\"\nid = \"a\"\n",
            Err("corpus.toml:6:6: duplicate article id `a` (also used by `000_a3fc1f49633f88ae.txt`)"),
        );
        check(
            "[[article]]\npath = \"000_a3fc1f49633f88ae.txt\"\ndate = \"March 2024\"\n",
            Err("corpus.toml:3:8: date `March 2024` is not YYYY, YYYY-MM or YYYY-MM-DD"),
        );
        check(
            "[[article]]\npath = \"000_a3fc1f49633f88ae.txt\"\ndate = \"2024-02-31\"\n",
            Err("corpus.toml:3:8: date `2024-02-31` does not exist: 2024-02 has 29 days"),
        );
    }
}
