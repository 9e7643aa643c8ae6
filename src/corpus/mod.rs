//! Finds the articles of a corpus, reads them, and attaches their metadata.
//!
//! `--corpus` takes files and directories. Directories are walked recursively
//! for `.txt` and `.md` files (hidden entries and `corpus.toml` skipped);
//! a `corpus.toml` at the root of a directory (or beside a file given alone)
//! supplies metadata. Metadata comes first from the manifest, then from
//! front matter, and the title last from the first line of text that is not
//! furniture.

mod decode;
mod front_matter;
mod manifest;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use anyhow::Context;

use crate::diag::Notice;
use crate::model::{Article, Document, SentenceKind};

pub use decode::{decode, Decoded, Offsets};
pub use front_matter::{normalize_date, FrontMatter};
pub use manifest::FILE_NAME as MANIFEST;

/// How many leading bytes are searched for a NUL to detect a binary file.
const BINARY_PROBE: usize = 8 * 1024;

/// Longest title, in characters, taken from a first line.
const MAX_TITLE_CHARS: usize = 120;

/// One article file to read, with the manifest's metadata for it.
#[derive(Debug, Clone)]
pub struct Source {
    /// Where to read it.
    pub path: PathBuf,
    /// Path relative to its corpus root, with `/` separators.
    pub rel: String,
    /// Metadata from `corpus.toml`, which wins over front matter.
    pub manifest: Option<Document>,
    /// The encoding `corpus.toml` declares for it, if any.
    pub encoding: Option<&'static encoding_rs::Encoding>,
}

/// The files of a corpus, sorted by relative path.
#[derive(Debug, Clone, Default)]
pub struct Corpus {
    /// Article files in output order.
    pub sources: Vec<Source>,
    /// Problems found while listing files (unreadable directories, loops).
    pub warnings: Vec<Notice>,
}

/// An article read from disk, or the reason it was skipped.
#[derive(Debug)]
pub struct Loaded {
    /// The article, or `None` when it was skipped (binary file).
    pub article: Option<Article>,
    /// What went wrong but did not stop the read (invalid UTF-8 replaced).
    pub warnings: Vec<Notice>,
    /// Offsets in the article's text to offsets in its file (identity for
    /// a UTF-8 file): citations leave the scan as file offsets.
    pub offsets: Offsets,
}

/// Lists the article files under `paths` (files or directories).
///
/// Fails on a path that does not exist, a directory without articles, a bad
/// manifest, or two articles with one id. A file reached twice is listed once.
pub fn discover(paths: &[PathBuf]) -> anyhow::Result<Corpus> {
    let mut corpus = Corpus::default();
    for root in paths {
        let meta = std::fs::metadata(root).map_err(|err| match err.kind() {
            std::io::ErrorKind::NotFound => {
                anyhow::anyhow!("corpus path {} does not exist", root.display())
            }
            _ => anyhow::Error::new(err).context(format!("reading {}", root.display())),
        })?;
        if meta.is_dir() {
            discover_dir(root, &mut corpus)?;
        } else {
            discover_file(root, &mut corpus)?;
        }
    }
    corpus
        .sources
        .sort_by(|a, b| a.rel.cmp(&b.rel).then_with(|| a.path.cmp(&b.path)));
    // A file reached twice (given by name and inside a directory) counts once.
    let mut seen = BTreeSet::new();
    corpus.sources.retain(|source| {
        seen.insert(std::fs::canonicalize(&source.path).unwrap_or_else(|_| source.path.clone()))
    });
    check_ids(&corpus.sources)?;
    Ok(corpus)
}

/// Reads one article: decodes it, applies metadata, and splits it into sentences.
///
/// A path that is not a regular file (a FIFO, a socket, a device) is skipped
/// with a warning: opening a FIFO would block the run forever.
pub fn read(source: &Source) -> anyhow::Result<Loaded> {
    let meta = std::fs::metadata(&source.path)
        .with_context(|| format!("reading article {}", source.path.display()))?;
    if !meta.is_file() {
        return Ok(Loaded {
            article: None,
            warnings: vec![Notice::warning(format!(
                "{}: not a regular file, skipped",
                source.path.display()
            ))],
            offsets: Offsets::default(),
        });
    }
    let bytes = std::fs::read(&source.path)
        .with_context(|| format!("reading article {}", source.path.display()))?;
    let mut warnings = Vec::new();
    let probe = &bytes[..bytes.len().min(BINARY_PROBE)];
    let nul = memchr::memchr(0, probe).filter(|_| !is_utf16(&bytes, source.encoding));
    if let Some(nul) = nul {
        warnings.push(Notice::warning(format!(
            "{}: binary file (NUL byte at offset {nul}), skipped",
            source.path.display()
        )));
        return Ok(Loaded {
            article: None,
            warnings,
            offsets: Offsets::default(),
        });
    }
    let Decoded {
        text,
        offsets,
        decision,
        at,
    } = decode(&bytes, source.encoding);
    drop(bytes);
    if let Some(decision) = decision {
        let place = match at {
            Some(at) => {
                let (line, col) = crate::text::line_col(&text, at);
                format!("{}:{line}:{col}", source.path.display())
            }
            None => source.path.display().to_string(),
        };
        warnings.push(Notice::warning(format!("{place}: {decision}")));
    }
    let sentences = crate::text::segment(&text);
    let document = document_of(source, &text, &sentences, &mut warnings);
    Ok(Loaded {
        article: Some(Article {
            document,
            text,
            sentences,
        }),
        warnings,
        offsets,
    })
}

/// Whether the file is UTF-16 (a byte order mark, or declared): its NUL
/// bytes are text, not a sign of a binary file.
fn is_utf16(bytes: &[u8], declared: Option<&'static encoding_rs::Encoding>) -> bool {
    let utf16 = |encoding: &'static encoding_rs::Encoding| {
        encoding == encoding_rs::UTF_16LE || encoding == encoding_rs::UTF_16BE
    };
    encoding_rs::Encoding::for_bom(bytes).is_some_and(|(encoding, _)| utf16(encoding))
        || declared.is_some_and(utf16)
}

/// The first line of text that is not furniture, without Markdown marks,
/// shortened to about 120 characters at a word boundary.
pub fn first_line_title(text: &str, sentences: &[crate::model::Sentence]) -> Option<String> {
    let first = sentences
        .iter()
        .find(|sentence| sentence.kind != SentenceKind::Furniture)?;
    let line = crate::text::Lines::new(text).find(|line| line.end >= first.start)?;
    let content = text.get(line.start..line.end)?;
    let title = content
        .trim_start_matches(crate::text::BOM)
        .trim()
        .trim_start_matches('#')
        .trim_end_matches('#')
        .trim()
        .trim_matches(['_', '*', '`'])
        .trim();
    if title.is_empty() {
        return None;
    }
    if title.chars().count() <= MAX_TITLE_CHARS {
        return Some(title.to_owned());
    }
    let cut = title
        .char_indices()
        .nth(MAX_TITLE_CHARS)
        .map_or(title.len(), |(idx, _)| idx);
    let head = &title[..cut];
    let head = head.rfind(' ').map_or(head, |space| &head[..space]);
    Some(format!("{}…", head.trim_end()))
}

/// Combines manifest, front matter and first-line metadata; a front-matter
/// date that names no real day becomes a warning.
fn document_of(
    source: &Source,
    text: &str,
    sentences: &[crate::model::Sentence],
    warnings: &mut Vec<Notice>,
) -> Document {
    let mut document = source.manifest.clone().unwrap_or_else(|| Document {
        id: stem(&source.path),
        ..Document::default()
    });
    document.path = source.rel.clone();
    let front = front_matter::parse(text).unwrap_or_default();
    for problem in &front.problems {
        let (line, col) = crate::text::line_col(text, problem.offset);
        warnings.push(Notice::warning(format!(
            "{}:{line}:{col}: {}",
            source.path.display(),
            problem.message
        )));
    }
    if document.title.is_none() {
        document.title = front.title.or_else(|| first_line_title(text, sentences));
    }
    if document.authors.is_empty() {
        document.authors = front.authors;
    }
    if document.date.is_none() {
        document.date = front.date;
    }
    if document.publisher.is_none() {
        document.publisher = front.publisher;
    }
    if document.url.is_none() {
        document.url = front.url;
    }
    if document.derived_from.is_none() {
        document.derived_from = front.derived_from;
    }
    document
}

/// Adds the articles under directory `root`, with its manifest's metadata.
fn discover_dir(root: &Path, corpus: &mut Corpus) -> anyhow::Result<()> {
    let entries = manifest::load(root)?.unwrap_or_default();
    let mut found = Vec::new();
    let mut visited = BTreeSet::new();
    walk(
        root,
        "",
        &mut visited,
        &mut found,
        &mut corpus.warnings,
        true,
    )?;
    let mut by_rel: BTreeMap<String, manifest::Entry> = entries
        .into_iter()
        .map(|entry| (entry.rel.clone(), entry))
        .collect();
    let mut seen = BTreeSet::new();
    for (path, rel) in found {
        let entry = by_rel.remove(&rel);
        seen.insert(rel.clone());
        corpus.sources.push(Source {
            path,
            rel,
            encoding: entry.as_ref().and_then(|entry| entry.encoding),
            manifest: entry.map(|entry| entry.document),
        });
    }
    // Files the manifest lists by name although the walk skipped them.
    for (rel, entry) in by_rel {
        if seen.insert(rel.clone()) {
            corpus.sources.push(Source {
                path: root.join(&rel),
                rel,
                encoding: entry.encoding,
                manifest: Some(entry.document),
            });
        }
    }
    if seen.is_empty() {
        anyhow::bail!(
            "corpus directory {} has no .txt or .md articles",
            root.display()
        );
    }
    Ok(())
}

/// Adds one article file given by name, with metadata from a manifest beside it.
fn discover_file(path: &Path, corpus: &mut Corpus) -> anyhow::Result<()> {
    let rel = path
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.to_string_lossy().into_owned());
    let parent = path
        .parent()
        .filter(|parent| !parent.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let entry = manifest::load(parent)?
        .unwrap_or_default()
        .into_iter()
        .find(|entry| entry.rel == rel);
    corpus.sources.push(Source {
        path: path.to_path_buf(),
        rel,
        encoding: entry.as_ref().and_then(|entry| entry.encoding),
        manifest: entry.map(|entry| entry.document),
    });
    Ok(())
}

/// Collects `(path, rel)` of the article files under `dir`, in name order.
/// Unreadable subdirectories and symlink loops become warnings; an unreadable
/// root is an error.
fn walk(
    dir: &Path,
    prefix: &str,
    visited: &mut BTreeSet<PathBuf>,
    found: &mut Vec<(PathBuf, String)>,
    warnings: &mut Vec<Notice>,
    is_root: bool,
) -> anyhow::Result<()> {
    let canonical = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
    if !visited.insert(canonical) {
        warnings.push(Notice::warning(format!(
            "{}: directory already visited (symlink loop?), skipped",
            dir.display()
        )));
        return Ok(());
    }
    let listing = match std::fs::read_dir(dir) {
        Ok(listing) => listing,
        Err(err) if is_root => {
            return Err(anyhow::Error::new(err)
                .context(format!("reading corpus directory {}", dir.display())))
        }
        Err(err) => {
            warnings.push(Notice::error(format!(
                "{}: cannot read directory: {err}",
                dir.display()
            )));
            return Ok(());
        }
    };
    let mut names = Vec::new();
    for entry in listing {
        match entry {
            Ok(entry) => names.push(entry.file_name()),
            Err(err) => warnings.push(Notice::error(format!(
                "{}: cannot list entry: {err}",
                dir.display()
            ))),
        }
    }
    names.sort();
    for name in names {
        let name_text = name.to_string_lossy();
        if name_text.starts_with('.') || name_text == manifest::FILE_NAME {
            continue;
        }
        let path = dir.join(&name);
        let rel = format!("{prefix}{name_text}");
        match std::fs::metadata(&path) {
            Ok(meta) if meta.is_dir() => {
                walk(&path, &format!("{rel}/"), visited, found, warnings, false)?
            }
            Ok(_) if is_article(&path) => found.push((path, rel)),
            Ok(_) => {}
            Err(err) => warnings.push(Notice::error(format!(
                "{}: cannot read: {err}",
                path.display()
            ))),
        }
    }
    Ok(())
}

/// Whether a file name ends in `.txt` or `.md` (any case).
fn is_article(path: &Path) -> bool {
    path.extension()
        .and_then(|ext| ext.to_str())
        .is_some_and(|ext| ext.eq_ignore_ascii_case("txt") || ext.eq_ignore_ascii_case("md"))
}

/// Fails when two sources share an id.
fn check_ids(sources: &[Source]) -> anyhow::Result<()> {
    let mut ids: BTreeMap<String, &Source> = BTreeMap::new();
    for source in sources {
        let id = source
            .manifest
            .as_ref()
            .map_or_else(|| stem(&source.path), |document| document.id.clone());
        if let Some(other) = ids.insert(id.clone(), source) {
            anyhow::bail!(
                "duplicate article id `{id}`: {} and {} (give one an `id` in {})",
                other.path.display(),
                source.path.display(),
                manifest::FILE_NAME
            );
        }
    }
    Ok(())
}

fn stem(path: &Path) -> String {
    path.file_stem()
        .map(|stem| stem.to_string_lossy().into_owned())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Reads the seed `file` through the default manifest and compares its
    /// metadata and sentence count.
    fn check(file: &str, expected: Document, n_sentences: usize) {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
        let corpus = discover(&[root]).expect("the seed corpus loads");
        let source = corpus
            .sources
            .iter()
            .find(|source| source.rel == file)
            .expect("the seed is listed");
        let loaded = read(source).expect("the seed reads");
        assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
        let article = loaded.article.expect("a seed is text");
        assert_eq!(article.document, expected);
        assert_eq!(article.sentences.len(), n_sentences, "{file}");
    }

    fn doc(id: &str, path: &str, title: &str, authors: &[&str]) -> Document {
        Document {
            id: id.to_owned(),
            path: path.to_owned(),
            title: Some(title.to_owned()),
            authors: authors.iter().map(|a| a.to_string()).collect(),
            ..Document::default()
        }
    }

    #[test]
    fn seed_metadata_from_the_manifest() {
        check(
            "000_a3fc1f49633f88ae.txt",
            Document {
                date: crate::model::PubDate::parse("2024-03-01").ok(),
                ..doc(
                    "hi-tech-high-risk",
                    "000_a3fc1f49633f88ae.txt",
                    "Hi-Tech, High Risk?",
                    &["Roman Kolodii", "Giangiuseppe Pili", "Jack Crawford"],
                )
            },
            72,
        );
        check(
            "003_bc9a5cf43ed883ff.txt",
            Document {
                derived_from: Some("Reuters".to_owned()),
                ..doc(
                    "kupol-drone-collaboration",
                    "003_bc9a5cf43ed883ff.txt",
                    "The Evolving Dynamics of Military Drone Collaboration Between China and Russia",
                    &[],
                )
            },
            28,
        );
        check(
            "004_b6ae8b35eee2fbd0.txt",
            doc(
                "chinese-russian-technological-ties",
                "004_b6ae8b35eee2fbd0.txt",
                "Chinese and Russian technological ties",
                &["Dost Muhammad Barrech"],
            ),
            50,
        );
    }

    #[test]
    fn first_line_titles() {
        let text = "AGL38.02▲ 0.08 (0.00%)BOP9.54▲ 0.22 (0.02%)\n\n## _Chinese ties_ ##\n";
        let sentences = crate::text::segment(text);
        assert_eq!(
            first_line_title(text, &sentences).as_deref(),
            Some("Chinese ties")
        );
        let long = "word ".repeat(40);
        let title = first_line_title(&long, &crate::text::segment(&long)).expect("a title");
        assert_eq!(title.chars().count(), 120);
        assert!(title.ends_with("word…"));
        assert_eq!(
            first_line_title("Share\n", &crate::text::segment("Share\n")),
            None
        );
    }
}
