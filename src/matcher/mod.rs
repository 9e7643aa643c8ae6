//! Scans every article of the corpus in parallel and records every instance
//! of every rule, with its citation and provenance.
//!
//! Articles are read, scanned and dropped one at a time per thread, so the
//! corpus text is never held in memory at once. Output is sorted, so the
//! thread count never changes a byte.

mod followup;

use std::collections::BTreeMap;
use std::sync::{Mutex, PoisonError};

use indicatif::ProgressBar;
use rayon::prelude::*;

use crate::corpus::{self, Corpus};
use crate::kinds::figure;
use crate::model::{Article, Citation, Document, Instance, NameCount, OriginPolicy, RuleKind};
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
    scan_with_progress(rulebook, corpus, &ProgressBar::hidden())
}

/// Scans every article of `corpus`, advancing `progress` by one per article
/// (the CLI shows it on a terminal's stderr; output never depends on it).
pub fn scan_with_progress(rulebook: &Rulebook, corpus: &Corpus, progress: &ProgressBar) -> Scan {
    let analyzer = Analyzer::new(&rulebook.lexicon);
    // Names are tallied as articles finish, so the per-article lists are not
    // all held until the end.
    let names: Mutex<BTreeMap<String, NameTally>> = Mutex::new(BTreeMap::new());
    let mut assembly = Assembly::default();
    // Chunk by chunk, so that only one chunk's per-article results wait to be
    // moved into the scan: holding every article's results until the end
    // doubled the memory the instances take.
    for (chunk_idx, chunk) in corpus.sources.chunks(CHUNK_ARTICLES).enumerate() {
        let base = chunk_idx * CHUNK_ARTICLES;
        let results: Vec<ArticleScan> = chunk
            .par_iter()
            .enumerate()
            .inspect(|_| progress.inc(1))
            .map(|(idx, source)| {
                let mut result = match corpus::read(source) {
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
                };
                if result.document.is_some() {
                    tally(&names, base + idx, std::mem::take(&mut result.names));
                }
                // Sorted here, in parallel, the instances of one article are
                // already in order once concatenated in document order.
                result.instances.sort_by(instance_order);
                result
            })
            .collect();
        assembly.add(base, results);
    }
    let names = names.into_inner().unwrap_or_else(PoisonError::into_inner);
    assembly.finish(names, corpus.warnings.clone())
}

/// Articles scanned in parallel before their results join the scan.
const CHUNK_ARTICLES: usize = 512;

/// The order of instances in a scan: by citation, then rule.
fn instance_order(a: &Instance, b: &Instance) -> std::cmp::Ordering {
    a.citation
        .cmp(&b.citation)
        .then_with(|| a.rule.cmp(&b.rule))
}

/// A name's count so far and its earliest citations, each with the corpus
/// index of its source and its position in that article's list.
#[derive(Debug, Default)]
struct NameTally {
    count: u32,
    citations: Vec<(usize, usize, Citation)>,
}

/// Adds the names of the article at `source_idx` to `names`, keeping per
/// name only the `MAX_NAME_CITATIONS` earliest citations in corpus order.
fn tally(names: &Mutex<BTreeMap<String, NameTally>>, source_idx: usize, seen: Vec<NameCount>) {
    if seen.is_empty() {
        return;
    }
    let mut names = names.lock().unwrap_or_else(PoisonError::into_inner);
    for name_count in seen {
        let entry = names.entry(name_count.name).or_default();
        entry.count += name_count.count;
        entry.citations.extend(
            name_count
                .citations
                .into_iter()
                .enumerate()
                .map(|(order, citation)| (source_idx, order, citation)),
        );
        if entry.citations.len() > MAX_NAME_CITATIONS {
            entry
                .citations
                .sort_unstable_by_key(|(source, order, _)| (*source, *order));
            entry.citations.truncate(MAX_NAME_CITATIONS);
        }
    }
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
    let matches = rulebook.find(&article.text, &article.sentences);
    let mut last_quote: Option<QuoteReading> = None;
    let mut instances: Vec<Instance> = matches
        .iter()
        .filter_map(|rule_match| instance(rulebook, analyzer, article, rule_match, &mut last_quote))
        .collect();
    instances.extend(followup_denials(rulebook, article, &matches));
    ArticleScan {
        document: Some(article.document.clone()),
        instances,
        names: names::mentions(article),
        warnings: Vec::new(),
        n_bytes: article.text.len() as u64,
    }
}

/// Deny instances for sentences that deny the claim of the sentence before
/// ("Moscow and Beijing both deny the reports."), for proposition rules that
/// did not match the denying sentence themselves.
fn followup_denials(
    rulebook: &Rulebook,
    article: &Article,
    matches: &[RuleMatch],
) -> Vec<Instance> {
    let mut instances = Vec::new();
    let covered = Covered::new(matches);
    // Matches come sorted by sentence, so the rules matching one sentence
    // share one reading of the sentence after it.
    let mut last_read: Option<(u32, Option<Instance>)> = None;
    for rule_match in matches {
        let Some(rule) = rulebook.rules.get(rule_match.rule as usize) else {
            continue;
        };
        if !matches!(rule.info.kind, RuleKind::Proposition) {
            continue;
        }
        let next_idx = rule_match.last_sentence + 1;
        let already = covered.contains(rule_match.rule, next_idx);
        let Some(next) = article.sentences.get(next_idx as usize) else {
            continue;
        };
        if already || next.kind == crate::model::SentenceKind::Furniture {
            continue;
        }
        let reading = match &mut last_read {
            Some((idx, reading)) if *idx == next_idx => reading,
            _ => {
                let reading = article
                    .text
                    .get(next.start..next.end)
                    .and_then(|quote| read_followup(quote, &article.document));
                &mut last_read.insert((next_idx, reading)).1
            }
        };
        let Some(reading) = reading else {
            continue;
        };
        let mut instance = reading.clone();
        instance.citation = Citation {
            doc: 0,
            byte_start: next.start,
            byte_end: next.end,
            line: next.line,
            column: next.column,
        };
        instance.rule = rule_match.rule;
        instance.repeat = next.repeat_of.is_some();
        instances.push(instance);
    }
    instances.sort_by(instance_order);
    instances.dedup_by(|a, b| a.citation == b.citation && a.rule == b.rule);
    instances
}

/// The instance a follow-up denial in `quote` makes, if it is one; the
/// caller fills in its citation, rule and repeat flag.
fn read_followup(quote: &str, document: &Document) -> Option<Instance> {
    let (stance, attribution) = followup::denial(quote)?;
    let origin = provenance::origin(Some(&attribution), document);
    let match_end = quote
        .find(attribution.cue.as_str())
        .map_or(0, |at| at + attribution.cue.len());
    Some(Instance {
        citation: Citation {
            doc: 0,
            byte_start: 0,
            byte_end: 0,
            line: 0,
            column: 0,
        },
        rule: 0,
        quote: quote.to_string(),
        match_start: 0,
        match_end,
        stance,
        values: values::extract(quote),
        figure_value: None,
        figure_key: None,
        attribution: Some(attribution),
        hedge: None,
        origin,
        repeat: false,
    })
}

/// The sentences each rule's matches cover, to ask in logarithmic time
/// whether some match of a rule spans a sentence (a linear scan per match made
/// an article with many matches quadratic).
struct Covered {
    /// Per rule: match first sentences, sorted, and the running maximum of
    /// their last sentences.
    by_rule: BTreeMap<u32, (Vec<u32>, Vec<u32>)>,
}

impl Covered {
    fn new(matches: &[RuleMatch]) -> Covered {
        let mut spans: BTreeMap<u32, Vec<(u32, u32)>> = BTreeMap::new();
        for rule_match in matches {
            spans
                .entry(rule_match.rule)
                .or_default()
                .push((rule_match.sentence, rule_match.last_sentence));
        }
        let by_rule = spans
            .into_iter()
            .map(|(rule, mut spans)| {
                spans.sort_unstable();
                let starts = spans.iter().map(|&(start, _)| start).collect();
                let reach = spans
                    .iter()
                    .scan(0, |max, &(_, last)| {
                        *max = last.max(*max);
                        Some(*max)
                    })
                    .collect();
                (rule, (starts, reach))
            })
            .collect();
        Covered { by_rule }
    }

    /// Whether a match of `rule` starts at or before `sentence` and ends at or after it.
    fn contains(&self, rule: u32, sentence: u32) -> bool {
        let Some((starts, reach)) = self.by_rule.get(&rule) else {
            return false;
        };
        let before = starts.partition_point(|&start| start <= sentence);
        before > 0 && reach.get(before - 1).is_some_and(|&last| last >= sentence)
    }
}

/// What an instance reads from its sentences alone, whatever its rule: kept
/// for the next match, since matches come sorted by sentence and several
/// rules often match the same sentences.
struct QuoteReading {
    /// First and last sentence index.
    sentences: (u32, u32),
    values: Vec<crate::model::Value>,
    cue_hits: Vec<provenance::cues::Hit>,
    attribution: Option<crate::model::Attribution>,
}

/// Turns one rule match into an instance: quote, values, stance, attribution,
/// hedge and origin. `None` when the match's sentences lie outside the article.
fn instance(
    rulebook: &Rulebook,
    analyzer: &Analyzer,
    article: &Article,
    rule_match: &RuleMatch,
    last_quote: &mut Option<QuoteReading>,
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
    let span = (rule_match.sentence, rule_match.last_sentence);
    let reading = match last_quote {
        Some(reading) if reading.sentences == span => reading,
        _ => last_quote.insert(QuoteReading {
            sentences: span,
            values: values::extract(quote),
            cue_hits: analyzer.cue_hits(quote),
            attribution: analyzer.attribution(article, rule_match.sentence as usize),
        }),
    };
    let values = reading.values.clone();
    let cue_hits = &reading.cue_hits;
    let (figure_value, figure_key) = match &rule.info.kind {
        RuleKind::Proposition => (None, None),
        RuleKind::Figure(spec) => figure::select(spec, &values, match_start..match_end),
    };
    let stance = analyzer.stance_with(quote, cue_hits, &rule_match.spans, &rule_match.deny);
    let attribution = reading.attribution.clone();
    let hedge = analyzer.hedge_in_scope_with(quote, cue_hits, &rule_match.spans);
    let origin = match rule.info.origin {
        OriginPolicy::Speaker => provenance::origin(attribution.as_ref(), &article.document),
        OriginPolicy::Publisher => provenance::origin(None, &article.document),
    };
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

/// The scan being built from per-article results, in corpus source order.
#[derive(Debug, Default)]
struct Assembly {
    scan: Scan,
    warnings: Vec<String>,
    /// Per source index: its document index, `None` when it was skipped.
    doc_of_source: Vec<Option<u32>>,
}

impl Assembly {
    /// Adds the results of the sources from `base` on. Sources are sorted by
    /// relative path and a document's path is that relative path, so
    /// documents come in path order and citations point at their index.
    fn add(&mut self, base: usize, results: Vec<ArticleScan>) {
        let n_new: usize = results.iter().map(|result| result.instances.len()).sum();
        self.scan.instances.reserve(n_new);
        self.doc_of_source.resize(base + results.len(), None);
        for (idx, result) in results.into_iter().enumerate() {
            self.warnings.extend(result.warnings);
            let Some(document) = result.document else {
                continue;
            };
            let doc_idx = self.scan.documents.len() as u32;
            if let Some(slot) = self.doc_of_source.get_mut(base + idx) {
                *slot = Some(doc_idx);
            }
            self.scan.documents.push(document);
            self.scan.n_bytes += result.n_bytes;
            self.scan
                .instances
                .extend(result.instances.into_iter().map(|mut instance| {
                    instance.citation.doc = doc_idx;
                    instance
                }));
        }
    }

    /// The finished scan, with `names` tallied by source index.
    fn finish(self, names: BTreeMap<String, NameTally>, mut warnings: Vec<String>) -> Scan {
        let Assembly {
            mut scan,
            warnings: found,
            doc_of_source,
        } = self;
        debug_assert!(
            scan.documents.is_sorted_by(|a, b| a.path <= b.path),
            "sources come sorted by the path their documents take"
        );
        scan.names = names
            .into_iter()
            .map(|(name, tally)| {
                let mut citations: Vec<(u32, usize, Citation)> = tally
                    .citations
                    .into_iter()
                    .filter_map(|(source, order, mut citation)| {
                        let doc_idx = doc_of_source.get(source).copied().flatten()?;
                        citation.doc = doc_idx;
                        Some((doc_idx, order, citation))
                    })
                    .collect();
                citations.sort_unstable_by_key(|(doc_idx, order, _)| (*doc_idx, *order));
                NameCount {
                    name,
                    count: tally.count,
                    citations: citations
                        .into_iter()
                        .map(|(_, _, citation)| citation)
                        .collect(),
                }
            })
            .collect();
        // Each article's instances were sorted and articles come in document
        // order, so this only confirms the order (a sort would allocate
        // scratch space for half the instances).
        if !scan
            .instances
            .is_sorted_by(|a, b| instance_order(a, b).is_le())
        {
            scan.instances.sort_by(instance_order);
        }
        warnings.extend(found);
        warnings.sort();
        warnings.dedup();
        scan.warnings = warnings;
        scan
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Builds `Covered` from `(rule, first, last)` matches and checks which
    /// `(rule, sentence)` pairs it reports as covered.
    fn check(matches: &[(u32, u32, u32)], inside: &[(u32, u32)], outside: &[(u32, u32)]) {
        let matches: Vec<RuleMatch> = matches
            .iter()
            .map(|&(rule, sentence, last_sentence)| RuleMatch {
                rule,
                sentence,
                last_sentence,
                spans: Vec::new(),
                deny: Vec::new(),
            })
            .collect();
        let covered = Covered::new(&matches);
        for &(rule, sentence) in inside {
            assert!(covered.contains(rule, sentence), "{rule} {sentence}");
        }
        for &(rule, sentence) in outside {
            assert!(!covered.contains(rule, sentence), "{rule} {sentence}");
        }
    }

    #[test]
    fn covered_sentences_per_rule() {
        check(
            &[(0, 2, 2), (0, 5, 7), (1, 0, 3), (0, 6, 6)],
            &[(0, 2), (0, 5), (0, 6), (0, 7), (1, 0), (1, 3)],
            &[(0, 0), (0, 3), (0, 4), (0, 8), (1, 4), (2, 2)],
        );
        check(&[], &[], &[(0, 0)]);
    }
}
