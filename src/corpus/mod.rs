//! Finds the articles of a corpus, reads them, and attaches their metadata.

use std::path::{Path, PathBuf};

use anyhow::Context;

use crate::model::{Article, Document};

/// One article file to read, with the manifest's metadata for it.
#[derive(Debug, Clone)]
pub struct Source {
    /// Where to read it.
    pub path: PathBuf,
    /// Path relative to its corpus root, with `/` separators.
    pub rel: String,
    /// Metadata from `corpus.toml`, which wins over front matter.
    pub manifest: Option<Document>,
}

/// The files of a corpus, sorted by relative path.
#[derive(Debug, Clone, Default)]
pub struct Corpus {
    /// Article files in output order.
    pub sources: Vec<Source>,
    /// Problems found while listing files (unreadable directories, loops).
    pub warnings: Vec<String>,
}

/// An article read from disk, or the reason it was skipped.
#[derive(Debug)]
pub struct Loaded {
    /// The article, or `None` when it was skipped (binary file).
    pub article: Option<Article>,
    /// What went wrong but did not stop the read (invalid UTF-8 replaced).
    pub warnings: Vec<String>,
}

/// Lists the article files under `paths` (files or directories).
pub fn discover(paths: &[PathBuf]) -> anyhow::Result<Corpus> {
    let mut sources = Vec::new();
    for root in paths {
        let entries = std::fs::read_dir(root)
            .with_context(|| format!("reading corpus directory {}", root.display()))?;
        for entry in entries {
            let path = entry?.path();
            if path
                .extension()
                .is_some_and(|ext| ext == "txt" || ext == "md")
            {
                let rel = path
                    .file_name()
                    .map(|name| name.to_string_lossy().into_owned())
                    .unwrap_or_default();
                sources.push(Source {
                    path,
                    rel,
                    manifest: None,
                });
            }
        }
    }
    sources.sort_by(|a, b| a.rel.cmp(&b.rel));
    Ok(Corpus {
        sources,
        warnings: Vec::new(),
    })
}

/// Reads one article: decodes it, applies metadata, and splits it into sentences.
pub fn read(source: &Source) -> anyhow::Result<Loaded> {
    let text = std::fs::read_to_string(&source.path)
        .with_context(|| format!("reading article {}", source.path.display()))?;
    let document = source.manifest.clone().unwrap_or_else(|| Document {
        id: stem(&source.path),
        path: source.rel.clone(),
        ..Document::default()
    });
    let sentences = crate::text::segment(&text);
    Ok(Loaded {
        article: Some(Article {
            document,
            text,
            sentences,
        }),
        warnings: Vec::new(),
    })
}

fn stem(path: &Path) -> String {
    path.file_stem()
        .map(|stem| stem.to_string_lossy().into_owned())
        .unwrap_or_default()
}
