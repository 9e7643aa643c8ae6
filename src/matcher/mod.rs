//! Scans every article of the corpus in parallel and records every instance
//! of every rule, with its citation and provenance.
//!
//! Articles are read, scanned and dropped one at a time per thread, so the
//! corpus text is never held in memory at once. Output is sorted, so the
//! thread count never changes a byte.

use rayon::prelude::*;

use crate::corpus::{self, Corpus};
use crate::kinds::figure;
use std::collections::BTreeMap;

use crate::model::{Article, Citation, Document, Instance, NameCount, RuleKind};
use crate::names;
use crate::provenance::{self, Analyzer};
use crate::rulebook::{RuleMatch, Rulebook};
use crate::values;

/// Everything the matcher found, sorted.
#[derive(Debug, Clone, Default)]
pub struct Scan {
    /// Documents in corpus order (sorted by path); instances index into it.
    pub documents: Vec<Document>,
    /// Instances sorted by citation, then rule.
    pub instances: Vec<Instance>,
    /// Proper names with their counts and first citations, sorted by name.
    pub names: Vec<NameCount>,
    /// Problems that did not stop the run (unreadable or skipped files), sorted.
    pub warnings: Vec<String>,
    /// Bytes of article text scanned.
    pub n_bytes: u64,
}

/// How many places a name keeps for its report.
const MAX_NAME_CITATIONS: usize = 3;

/// Scans every article of `corpus` against `rulebook`.
pub fn scan(rulebook: &Rulebook, corpus: &Corpus) -> Scan {
    let analyzer = Analyzer::new(&rulebook.lexicon);
    let results: Vec<ArticleScan> = corpus
        .sources
        .par_iter()
        .map(|source| match corpus::read(source) {
            Ok(loaded) => match loaded.article {
                Some(article) => {
                    let mut result = scan_article(rulebook, &analyzer, &article);
                    result.warnings.extend(loaded.warnings);
                    result
                }
                None => ArticleScan {
                    warnings: loaded.warnings,
                    ..ArticleScan::default()
                },
            },
            Err(err) => ArticleScan {
                warnings: vec![format!("{err:#}")],
                ..ArticleScan::default()
            },
        })
        .collect();
    assemble(results, corpus.warnings.clone())
}

/// What one article contributed: its document, instances and names, with
/// citations whose `doc` is still unset (0).
#[derive(Debug, Clone, Default)]
pub struct ArticleScan {
    /// The article's metadata, `None` when it was skipped.
    pub document: Option<Document>,
    /// Instances in sentence order.
    pub instances: Vec<Instance>,
    /// Proper names with their counts, sorted by name.
    pub names: Vec<NameCount>,
    /// Warnings about this article.
    pub warnings: Vec<String>,
    /// Bytes of text scanned.
    pub n_bytes: u64,
}

/// Finds every instance of every rule in one article.
pub fn scan_article(rulebook: &Rulebook, analyzer: &Analyzer, article: &Article) -> ArticleScan {
    let instances = rulebook
        .find(&article.text, &article.sentences)
        .iter()
        .filter_map(|rule_match| instance(rulebook, analyzer, article, rule_match))
        .collect();
    let names = names::mentions(article);
    ArticleScan {
        document: Some(article.document.clone()),
        instances,
        names,
        warnings: Vec::new(),
        n_bytes: article.text.len() as u64,
    }
}

/// Turns one rule match into an instance: quote, values, stance, attribution,
/// hedge and origin. `None` when the match's sentences lie outside the article.
fn instance(
    rulebook: &Rulebook,
    analyzer: &Analyzer,
    article: &Article,
    rule_match: &RuleMatch,
) -> Option<Instance> {
    let first = article.sentences.get(rule_match.sentence as usize)?;
    let last = article.sentences.get(rule_match.last_sentence as usize)?;
    let quote = article.text.get(first.start..last.end)?;
    let rule = rulebook.rules.get(rule_match.rule as usize)?;
    let match_start = rule_match
        .spans
        .iter()
        .map(|span| span.start)
        .min()
        .unwrap_or(0);
    let match_end = rule_match
        .spans
        .iter()
        .map(|span| span.end)
        .max()
        .unwrap_or(0);
    let values = values::extract(quote);
    let (figure_value, figure_key) = match &rule.info.kind {
        RuleKind::Proposition => (None, None),
        RuleKind::Figure(spec) => figure::select(spec, &values, match_start..match_end),
    };
    let stance = analyzer.stance(quote, &rule_match.spans, &rule_match.deny);
    let attribution = analyzer.attribution(article, rule_match.sentence as usize);
    let hedge = analyzer.hedge(quote);
    let origin = provenance::origin(attribution.as_ref(), &article.document);
    Some(Instance {
        citation: Citation {
            doc: 0,
            byte_start: first.start,
            byte_end: last.end,
            line: first.line,
            column: first.column,
        },
        rule: rule_match.rule,
        quote: quote.to_string(),
        match_start,
        match_end,
        stance,
        values,
        figure_value,
        figure_key,
        attribution,
        hedge,
        origin,
        repeat: first.repeat_of.is_some(),
    })
}

/// Sorts per-article results into one scan. Documents are sorted by path and
/// citations point at their index.
fn assemble(mut results: Vec<ArticleScan>, mut warnings: Vec<String>) -> Scan {
    results.sort_by(|a, b| {
        a.document
            .as_ref()
            .map(|d| &d.path)
            .cmp(&b.document.as_ref().map(|d| &d.path))
    });
    let mut scan = Scan::default();
    let mut names: BTreeMap<String, NameCount> = BTreeMap::new();
    for result in results {
        warnings.extend(result.warnings);
        let Some(document) = result.document else {
            continue;
        };
        let doc_idx = scan.documents.len() as u32;
        scan.documents.push(document);
        scan.n_bytes += result.n_bytes;
        scan.instances
            .extend(result.instances.into_iter().map(|mut instance| {
                instance.citation.doc = doc_idx;
                instance
            }));
        for seen in result.names {
            let entry = names.entry(seen.name.clone()).or_insert_with(|| NameCount {
                name: seen.name,
                count: 0,
                citations: Vec::new(),
            });
            entry.count += seen.count;
            for mut citation in seen.citations {
                if entry.citations.len() < MAX_NAME_CITATIONS {
                    citation.doc = doc_idx;
                    entry.citations.push(citation);
                }
            }
        }
    }
    scan.names = names.into_values().collect();
    scan.instances.sort_by(|a, b| {
        a.citation
            .cmp(&b.citation)
            .then_with(|| a.rule.cmp(&b.rule))
    });
    warnings.sort();
    warnings.dedup();
    scan.warnings = warnings;
    scan
}
