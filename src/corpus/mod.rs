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
    /// Path relative to its corpus root, with `/` separators (bytes of a
    /// name that are not UTF-8 written `\xNN`).
    pub rel: String,
    /// The article's id when `corpus.toml` gives none: the file stem, or
    /// its relative path without extension when two stems are the same.
    pub id: String,
    /// Metadata from `corpus.toml`, which wins over front matter. Boxed:
    /// most articles have none, and a source is kept per article for the
    /// whole run (inline, the `None` took 200 of its 288 bytes).
    pub manifest: Option<Box<Document>>,
    /// The encoding `corpus.toml` declares for it, if any.
    pub encoding: Option<&'static encoding_rs::Encoding>,
}

impl Source {
    /// The source of an article known only by its file `path` (as given on
    /// the command line, `/` separators): read as a UTF-8 or detected
    /// encoding, with no manifest; for reading again an article a shard
    /// names (`crate::shard`).
    pub fn named(path: &str) -> Source {
        Source {
            path: PathBuf::from(path),
            rel: path.to_string(),
            id: stem(path),
            manifest: None,
            encoding: None,
        }
    }
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
    keep_one_per_file(&mut corpus.sources);
    assign_ids(&mut corpus.sources)?;
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
    Ok(read_bytes(source, bytes))
}

/// Reads one article from its file's `bytes` (the article path of `read`
/// after the file is read; the fuzz target's entry).
pub fn read_bytes(source: &Source, bytes: Vec<u8>) -> Loaded {
    let mut warnings = Vec::new();
    let probe = &bytes[..bytes.len().min(BINARY_PROBE)];
    let nul = memchr::memchr(0, probe).filter(|_| !is_utf16(&bytes, source.encoding));
    if let Some(nul) = nul {
        warnings.push(Notice::warning(format!(
            "{}: binary file (NUL byte at offset {nul}), skipped",
            source.path.display()
        )));
        return Loaded {
            article: None,
            warnings,
            offsets: Offsets::default(),
        };
    }
    let Decoded {
        text,
        offsets,
        decision,
        at,
        ..
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
    let mut text = text;
    let (sentences, breaks) = crate::text::read(&mut text);
    let document = document_of(source, &text, &sentences, &mut warnings);
    Loaded {
        article: Some(Article {
            document,
            text,
            sentences,
            breaks,
        }),
        warnings,
        offsets,
    }
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
    let mut document = source
        .manifest
        .as_deref()
        .cloned()
        .unwrap_or_else(|| Document {
            id: source.id.clone(),
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
    let mut state = Walk::default();
    walk(
        &mut root.to_path_buf(),
        &mut String::new(),
        &mut state,
        true,
    )?;
    let Walk {
        found, warnings, ..
    } = state;
    corpus.warnings.extend(warnings);
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
            id: String::new(),
            encoding: entry.as_ref().and_then(|entry| entry.encoding),
            manifest: entry.map(|entry| Box::new(entry.document)),
        });
    }
    // Files the manifest lists by name although the walk skipped them.
    for (rel, entry) in by_rel {
        if seen.insert(rel.clone()) {
            corpus.sources.push(Source {
                path: root.join(&rel),
                rel,
                id: String::new(),
                encoding: entry.encoding,
                manifest: Some(Box::new(entry.document)),
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
        .map(lossless)
        .unwrap_or_else(|| lossless(path.as_os_str()));
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
        id: String::new(),
        encoding: entry.as_ref().and_then(|entry| entry.encoding),
        manifest: entry.map(|entry| Box::new(entry.document)),
    });
    Ok(())
}

/// What `walk` collects and remembers while it goes down a directory tree.
#[derive(Debug, Default)]
struct Walk {
    /// `(path, rel)` of the article files found, in walk order.
    found: Vec<(PathBuf, String)>,
    /// Problems met.
    warnings: Vec<Notice>,
    /// Every directory walked, by identity.
    visited: BTreeSet<Option<DirKey>>,
    /// The directories from the root down to the current one, by identity.
    ancestors: Vec<Option<DirKey>>,
    /// File-system calls made and path bytes built (see [`walk_work`]).
    work: u64,
}

/// Collects the article files under `dir` (at `path`, relative `rel`, each
/// ending without a `/`), in name order. `path` and `rel` grow and shrink in
/// place, so a deep tree costs time linear in its depth. A directory that is
/// its own ancestor (a symlink loop) is a warning; a second name for a
/// directory already walked (`latest -> 2024`) is skipped quietly, its files
/// being listed under the first; unreadable subdirectories are errors
/// reported as notices; an unreadable root is an error.
fn walk(
    path: &mut PathBuf,
    rel: &mut String,
    walk_state: &mut Walk,
    is_root: bool,
) -> anyhow::Result<()> {
    let key = dir_key(path, &mut walk_state.work);
    if walk_state.ancestors.contains(&key) && key.is_some() {
        walk_state.warnings.push(Notice::warning(format!(
            "{}: symlink loop (a directory inside itself), skipped",
            path.display()
        )));
        return Ok(());
    }
    // A key is a path off Unix, so it is cloned, not copied.
    #[allow(clippy::clone_on_copy)]
    let first_visit = walk_state.visited.insert(key.clone());
    if key.is_some() && !first_visit {
        return Ok(());
    }
    walk_state.work += 1;
    let listing = match std::fs::read_dir(&*path) {
        Ok(listing) => listing,
        Err(err) if is_root => {
            return Err(anyhow::Error::new(err)
                .context(format!("reading corpus directory {}", path.display())))
        }
        Err(err) => {
            walk_state.warnings.push(Notice::error(format!(
                "{}: cannot read directory: {err}",
                path.display()
            )));
            return Ok(());
        }
    };
    let mut names = Vec::new();
    for entry in listing {
        walk_state.work += 1;
        match entry {
            Ok(entry) => names.push(entry.file_name()),
            Err(err) => walk_state.warnings.push(Notice::error(format!(
                "{}: cannot list entry: {err}",
                path.display()
            ))),
        }
    }
    names.sort();
    walk_state.ancestors.push(key);
    for name in names {
        let name_text = lossless(&name);
        if name_text.starts_with('.') || name_text == manifest::FILE_NAME {
            continue;
        }
        let rel_len = rel.len();
        if !rel.is_empty() {
            rel.push('/');
        }
        rel.push_str(&name_text);
        path.push(&name);
        walk_state.work += 1 + name.len() as u64;
        match std::fs::metadata(&*path) {
            Ok(meta) if meta.is_dir() => walk(path, rel, walk_state, false)?,
            Ok(_) if is_article(path) => walk_state.found.push((path.clone(), rel.clone())),
            Ok(_) => {}
            Err(err) => walk_state.warnings.push(Notice::error(format!(
                "{}: cannot read: {err}",
                path.display()
            ))),
        }
        path.pop();
        rel.truncate(rel_len);
    }
    walk_state.ancestors.pop();
    Ok(())
}

/// The work `discover` does listing the directory trees under `paths`:
/// file-system calls plus path bytes built, which tests hold linear in the
/// depth and size of the tree.
pub fn walk_work(paths: &[PathBuf]) -> u64 {
    paths
        .iter()
        .map(|root| {
            let mut state = Walk::default();
            let _ = walk(&mut root.clone(), &mut String::new(), &mut state, true);
            state.work
        })
        .sum()
}

/// What makes a directory itself: device and inode on Unix, else its
/// canonical path.
#[cfg(unix)]
type DirKey = (u64, u64);
#[cfg(not(unix))]
type DirKey = PathBuf;

/// The identity of the file or directory at `path`, `None` when it cannot
/// be read.
#[cfg(unix)]
fn dir_key(path: &Path, work: &mut u64) -> Option<DirKey> {
    use std::os::unix::fs::MetadataExt;
    *work += 1;
    std::fs::metadata(path)
        .ok()
        .map(|meta| (meta.dev(), meta.ino()))
}

#[cfg(not(unix))]
fn dir_key(path: &Path, work: &mut u64) -> Option<DirKey> {
    *work += path.components().count() as u64;
    std::fs::canonicalize(path).ok()
}

/// Keeps one source per file (by device and inode: a file given by name and
/// inside a directory, a symlink alias, a hard link): the one `corpus.toml`
/// describes, else the one that is not a symlink, else the first by path.
fn keep_one_per_file(sources: &mut Vec<Source>) {
    let mut work = 0;
    let keys: Vec<Option<DirKey>> = sources
        .iter()
        .map(|source| dir_key(&source.path, &mut work))
        .collect();
    let rank = |source: &Source| {
        let is_link =
            std::fs::symlink_metadata(&source.path).is_ok_and(|meta| meta.file_type().is_symlink());
        (source.manifest.is_none(), is_link)
    };
    let mut best: BTreeMap<&DirKey, usize> = BTreeMap::new();
    for (idx, key) in keys.iter().enumerate() {
        let Some(key) = key else { continue };
        match best.get(key) {
            Some(&other) if rank(&sources[other]) <= rank(&sources[idx]) => {}
            _ => {
                best.insert(key, idx);
            }
        }
    }
    let keep: BTreeSet<usize> = best.into_values().collect();
    let mut idx = 0;
    sources.retain(|_| {
        let kept = keys[idx].is_none() || keep.contains(&idx);
        idx += 1;
        kept
    });
}

/// Whether a file name ends in `.txt` or `.md` (any case).
fn is_article(path: &Path) -> bool {
    path.extension()
        .and_then(|ext| ext.to_str())
        .is_some_and(|ext| ext.eq_ignore_ascii_case("txt") || ext.eq_ignore_ascii_case("md"))
}

/// Gives each source without a `corpus.toml` id its file stem, or its
/// relative path without extension when another article has that stem
/// (`a/same.txt` and `b/same.txt` become `a/same` and `b/same`); fails when
/// two articles still share an id.
fn assign_ids(sources: &mut [Source]) -> anyhow::Result<()> {
    let mut n_stems: BTreeMap<String, usize> = BTreeMap::new();
    for source in sources.iter() {
        let id = match &source.manifest {
            Some(document) => document.id.clone(),
            None => stem(&source.rel),
        };
        *n_stems.entry(id).or_default() += 1;
    }
    for source in sources.iter_mut() {
        let stem = stem(&source.rel);
        source.id = if n_stems.get(&stem).is_some_and(|&n| n > 1) {
            without_extension(&source.rel).to_owned()
        } else {
            stem
        };
    }
    let mut ids: BTreeMap<String, &Source> = BTreeMap::new();
    for source in sources.iter() {
        let id = source
            .manifest
            .as_ref()
            .map_or_else(|| source.id.clone(), |document| document.id.clone());
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

/// The file stem of a `/`-separated relative path.
fn stem(rel: &str) -> String {
    let name = rel.rsplit('/').next().unwrap_or(rel);
    without_extension(name).to_owned()
}

/// `rel` without its last extension (`a/b.txt` → `a/b`; `.txt` stays).
fn without_extension(rel: &str) -> &str {
    let name_start = rel.rfind('/').map_or(0, |slash| slash + 1);
    match rel[name_start..].rfind('.') {
        Some(dot) if dot > 0 => &rel[..name_start + dot],
        _ => rel,
    }
}

/// A file name as text; bytes that are not UTF-8 are written `\xNN`, so
/// two names that differ only there stay different.
fn lossless(name: &std::ffi::OsStr) -> String {
    #[cfg(unix)]
    {
        use std::fmt::Write;
        use std::os::unix::ffi::OsStrExt;
        let mut out = String::new();
        for chunk in name.as_bytes().utf8_chunks() {
            out.push_str(chunk.valid());
            for byte in chunk.invalid() {
                let _ = write!(out, "\\x{byte:02X}");
            }
        }
        out
    }
    #[cfg(not(unix))]
    {
        name.to_string_lossy().into_owned()
    }
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
