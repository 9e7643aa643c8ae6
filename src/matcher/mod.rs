//! Scans every article of the corpus in parallel and records every instance
//! of every rule, with its citation and provenance.
//!
//! Articles are read, scanned and dropped one at a time per thread, so the
//! corpus text is never held in memory at once. Output is sorted, so the
//! thread count never changes a byte.

mod build;
mod followup;
mod reuse;

use std::collections::{BTreeMap, BTreeSet};
use std::sync::{Mutex, PoisonError};

use indicatif::ProgressBar;
use rayon::prelude::*;

use crate::corpus::{self, Corpus};
use crate::diag::Notice;
use crate::kinds;
use crate::model::{
    Article, ArticleId, Attribution, Citation, CopyOf, Document, Instance, NameCount, Quote,
    RuleId, Short, Slot, Stance, Values,
};
use crate::names;
use crate::provenance::claim::Claim;
use crate::provenance::stance::ClaimTerms;
use crate::provenance::{self, Analyzer, QuoteReading};
use crate::rulebook::{RuleMatch, Rulebook};
use crate::spill::Spill;
use crate::suppress::Suppressions;
use crate::text::clause;
use build::Draft;
use kinds::figure::Binding;

/// Everything the matcher found, sorted.
#[derive(Debug, Clone, Default)]
pub struct Scan {
    /// Documents in corpus order (sorted by path); instances index into it.
    pub documents: Vec<Document>,
    /// Per document, the file it was read from (to read it again for a
    /// report that shows context).
    pub sources: Vec<corpus::Source>,
    /// Instances sorted by citation, then rule.
    pub instances: Vec<Instance>,
    /// Proper names with their counts and first citations, sorted by name.
    pub names: Vec<NameCount>,
    /// Problems that did not stop the run (unreadable or skipped files), sorted.
    pub warnings: Vec<Notice>,
    /// The spill files the instances' quotes were written to (see
    /// `Quote::spill`), whose `Spill::error` says whether all read back.
    pub spills: Vec<std::sync::Arc<Spill>>,
}

/// What the scan of some articles found, before the stages that need every
/// article of the corpus (`join`): what one `claimcheck scan` writes as a
/// shard (`crate::shard`). Citations point at the part's own documents.
#[derive(Debug, Default)]
pub struct Part {
    /// Documents sorted by path, `copy_of` unset.
    pub documents: Vec<Document>,
    /// Per document, the file it was read from.
    pub sources: Vec<corpus::Source>,
    /// Per document, what text-reuse detection keeps of it (its samples
    /// spilled to a temporary file).
    pub prints: Prints,
    /// Instances sorted by citation, then rule; each origin as its article
    /// gives it (before `canonical_origins` and copies).
    pub instances: Vec<Instance>,
    /// Names with their counts over the part and the first citations of
    /// its earliest `MAX_NAME_CITATIONS` documents, sorted by name.
    pub names: Vec<NameCount>,
    /// Problems that did not stop the scan, in no order.
    pub warnings: Vec<Notice>,
    /// The spill file the instances' quotes were written to, if any.
    pub spill: Option<std::sync::Arc<Spill>>,
}

pub use reuse::{Fingerprint, Prints};

/// How many places a name keeps for its report.
pub const MAX_NAME_CITATIONS: usize = 3;

/// Scans every article of `corpus` against `rulebook`.
pub fn scan(rulebook: &Rulebook, corpus: &Corpus) -> Scan {
    scan_with_progress(rulebook, corpus, &ProgressBar::hidden())
}

/// Scans every article of `corpus`, advancing `progress` by one per article
/// (the CLI shows it on a terminal's stderr; output never depends on it):
/// `join` of the one part `scan_part` finds, the path `scan` + `reconcile`
/// take through shards.
pub fn scan_with_progress(rulebook: &Rulebook, corpus: &Corpus, progress: &ProgressBar) -> Scan {
    join(vec![scan_part(rulebook, corpus.clone(), progress)])
}

/// Scans every article of `corpus` (which may be one shard of a larger
/// one), in parallel, and keeps what the corpus-wide stages need. The
/// corpus is taken whole: the sources of the articles read become the
/// part's, moved rather than copied (a copy held every source twice until
/// the scan ended).
pub fn scan_part(rulebook: &Rulebook, corpus: Corpus, progress: &ProgressBar) -> Part {
    let analyzer = Analyzer::new(&rulebook.lexicon).with_speakers(&rulebook.speakers);
    // Names are tallied as articles finish, one tally per worker thread (each
    // locks only its own, so never waits), merged at the end.
    let tallies: Vec<Mutex<names::Tally>> = (0..rayon::current_num_threads().max(1))
        .map(|_| Mutex::new(names::Tally::default()))
        .collect();
    // Each article's quotes go to the spill file as its results join the
    // part, so the part holds no sentence text (kept in memory when no
    // temporary file can be made).
    let mut assembly = Assembly {
        spill: Spill::new().map(std::sync::Arc::new),
        ..Assembly::default()
    };
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
                            let mut result = scan_matches(rulebook, &analyzer, &article);
                            cite_file_bytes(&mut result, &loaded.offsets);
                            result.warnings.extend(loaded.warnings);
                            let thread = rayon::current_thread_index().unwrap_or(0);
                            if let Some(tally) = tallies.get(thread % tallies.len()) {
                                tally
                                    .lock()
                                    .unwrap_or_else(PoisonError::into_inner)
                                    .add_mapped(&article, base + idx, MAX_NAME_CITATIONS, |at| {
                                        loaded.offsets.file_offset(at)
                                    });
                            }
                            // Moved, not copied: the article ends here.
                            result.document = Some(article.document);
                            result
                        }
                        None => ArticleScan {
                            warnings: loaded.warnings,
                            ..ArticleScan::default()
                        },
                    },
                    Err(err) => ArticleScan {
                        warnings: vec![Notice::error(format!("{err:#}"))],
                        ..ArticleScan::default()
                    },
                };
                // Sorted here, in parallel, the instances of one article are
                // already in order once concatenated in document order.
                result.instances.sort_by(instance_order);
                result
            })
            .collect();
        assembly.add(base, results);
    }
    let tallies = tallies
        .into_iter()
        .map(|tally| tally.into_inner().unwrap_or_else(PoisonError::into_inner))
        .collect();
    let names = names::Tally::merge(tallies, MAX_NAME_CITATIONS);
    assembly.finish(names, corpus)
}

/// Joins the parts of a corpus (one for `check`, one per shard for
/// `reconcile`) into one scan, then runs the stages that need every
/// article: documents sorted by path and citations renumbered, names summed,
/// a surname joined to the one full name it ends (`canonical_origins`),
/// copies marked (`reuse`). The parts may come in any order; their documents
/// must be distinct (the shard reader checks it).
pub fn join(parts: Vec<Part>) -> Scan {
    let mut parts = parts;
    for part in &mut parts {
        // A part read from a file may come in any order; one from
        // `scan_part` is only confirmed.
        if !part
            .instances
            .is_sorted_by(|a, b| instance_order(a, b).is_le())
        {
            part.instances.sort_by(instance_order);
        }
    }
    // Every document by (path, file), as `corpus::discover` orders sources.
    let mut order: Vec<(usize, usize)> = parts
        .iter()
        .enumerate()
        .flat_map(|(part_idx, part)| (0..part.documents.len()).map(move |doc| (part_idx, doc)))
        .collect();
    let key = |&(part_idx, doc): &(usize, usize)| {
        let part = &parts[part_idx];
        (
            part.documents
                .get(doc)
                .map(|document| document.path.as_str()),
            part.sources.get(doc).map(|source| source.path.as_path()),
        )
    };
    let in_order = order.is_sorted_by(|a, b| key(a) <= key(b));
    if !in_order {
        order.sort_by(|a, b| key(a).cmp(&key(b)));
    }
    let mut global: Vec<Vec<ArticleId>> = parts
        .iter()
        .map(|part| vec![ArticleId(0); part.documents.len()])
        .collect();
    for (idx, &(part_idx, doc)) in order.iter().enumerate() {
        if let Some(slot) = global.get_mut(part_idx).and_then(|docs| docs.get_mut(doc)) {
            *slot = ArticleId(idx as u32);
        }
    }
    let renumber = |part_idx: usize, doc: ArticleId| {
        global
            .get(part_idx)
            .and_then(|docs| docs.get(doc.index()))
            .copied()
    };
    let mut scan = Scan::default();
    let mut warnings = Vec::new();
    let mut names: BTreeMap<String, (u32, Vec<Citation>)> = BTreeMap::new();
    // One part (`check`) keeps its instances where they are, renumbered in
    // place: merging them into a second list held both at once.
    let mut whole: Option<Vec<Instance>> = None;
    if parts.len() > 1 {
        let n_instances = parts.iter().map(|part| part.instances.len()).sum();
        scan.instances.reserve(n_instances);
    }
    let single = parts.len() == 1;
    // One part in order (`check`) keeps its documents and sources where they
    // are too: moved document by document into new lists, both were held.
    let in_place = single
        && in_order
        && parts
            .iter()
            .all(|part| part.sources.len() == part.documents.len());
    if !in_place {
        let n_documents = parts.iter().map(|part| part.documents.len()).sum();
        scan.documents.reserve_exact(n_documents);
        scan.sources.reserve_exact(n_documents);
    }
    let mut pending: Vec<std::iter::Peekable<std::vec::IntoIter<Instance>>> = Vec::new();
    // Parts read from shards hold an attribution per instance.
    let mut attributions = Attributions::default();
    let mut documents: Vec<Vec<Option<Document>>> = Vec::new();
    let mut sources: Vec<Vec<Option<corpus::Source>>> = Vec::new();
    let mut prints: Vec<(Prints, Vec<u32>)> = Vec::new();
    for (part_idx, part) in parts.into_iter().enumerate() {
        warnings.extend(part.warnings);
        scan.spills.extend(part.spill);
        for name in part.names {
            let slot = names.entry(name.name).or_default();
            slot.0 = slot.0.saturating_add(name.count);
            slot.1
                .extend(name.citations.into_iter().filter_map(|mut citation| {
                    citation.doc = renumber(part_idx, citation.doc)?;
                    Some(citation)
                }));
        }
        if single {
            whole = Some(part.instances);
            pending.push(Vec::new().into_iter().peekable());
        } else {
            pending.push(part.instances.into_iter().peekable());
        }
        if in_place {
            scan.documents = part.documents;
            for document in &mut scan.documents {
                document.copy_of = None;
            }
            scan.sources = part.sources;
        } else {
            documents.push(part.documents.into_iter().map(Some).collect());
            sources.push(part.sources.into_iter().map(Some).collect());
        }
        let ids = global
            .get(part_idx)
            .map(|docs| docs.iter().map(|doc| doc.0).collect())
            .unwrap_or_default();
        prints.push((part.prints, ids));
    }
    // Each part's documents come in global order too, so the instances are
    // taken from the front of each part's list, document by document.
    let order = if in_place { &[][..] } else { &order[..] };
    for (idx, &(part_idx, doc)) in order.iter().enumerate() {
        let doc_idx = ArticleId(idx as u32);
        let at = (part_idx, doc);
        let mut document: Document = take(&mut documents, at).unwrap_or_default();
        document.copy_of = None;
        let source =
            take(&mut sources, at).unwrap_or_else(|| corpus::Source::named(&document.path));
        scan.documents.push(document);
        scan.sources.push(source);
        let Some(instances) = pending.get_mut(part_idx) else {
            continue;
        };
        while let Some(mut instance) =
            instances.next_if(|instance| instance.citation.doc.index() <= doc)
        {
            if instance.citation.doc.index() == doc {
                instance.citation.doc = doc_idx;
                attributions.intern(&mut instance);
                scan.instances.push(instance);
            }
        }
    }
    if let Some(mut instances) = whole {
        instances.retain_mut(|instance| match renumber(0, instance.citation.doc) {
            Some(doc) => {
                instance.citation.doc = doc;
                true
            }
            None => false,
        });
        if !instances.is_sorted_by(|a, b| instance_order(a, b).is_le()) {
            instances.sort_by(instance_order);
        }
        scan.instances = instances;
    }
    scan.names = names
        .into_iter()
        .map(|(name, (count, mut citations))| {
            citations.sort_unstable();
            citations.truncate(MAX_NAME_CITATIONS);
            NameCount {
                name,
                count,
                citations,
            }
        })
        .collect();
    debug_assert!(
        scan.instances
            .is_sorted_by(|a, b| instance_order(a, b).is_le()),
        "each part's instances come sorted and parts' documents in order"
    );
    canonical_origins(&mut scan.instances);
    warnings.extend(count_copies_once(&mut scan, prints));
    warnings.sort();
    warnings.dedup();
    scan.warnings = warnings;
    scan
}

/// Turns the byte offsets of `result`'s citations, offsets into the decoded
/// text, into offsets into the article's file (a no-op for a UTF-8 file).
fn cite_file_bytes(result: &mut ArticleScan, offsets: &corpus::Offsets) {
    if offsets.is_identity() {
        return;
    }
    let citations = result
        .instances
        .iter_mut()
        .map(|instance| &mut instance.citation)
        .chain(
            result
                .names
                .iter_mut()
                .flat_map(|name| name.citations.iter_mut()),
        );
    for citation in citations {
        citation.byte_start = offsets.file_offset(citation.byte_start);
        citation.byte_end = offsets.file_offset(citation.byte_end);
    }
}

/// Articles scanned in parallel before their results join the scan.
const CHUNK_ARTICLES: usize = 512;

/// The order of instances in a scan: by citation, then rule.
fn instance_order(a: &Instance, b: &Instance) -> std::cmp::Ordering {
    a.citation
        .cmp(&b.citation)
        .then_with(|| a.rule.cmp(&b.rule))
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
    pub warnings: Vec<Notice>,
    /// What text-reuse detection keeps of the article.
    pub fingerprint: reuse::Fingerprint,
}

/// Finds every instance of every rule in one article, and its names.
pub fn scan_article(rulebook: &Rulebook, analyzer: &Analyzer, article: &Article) -> ArticleScan {
    ArticleScan {
        document: Some(article.document.clone()),
        names: names::mentions(article),
        ..scan_matches(rulebook, analyzer, article)
    }
}

/// `scan_article` without the names (the scan tallies them per thread) and
/// without the document (the scan moves it out of the article it owns).
fn scan_matches(rulebook: &Rulebook, analyzer: &Analyzer, article: &Article) -> ArticleScan {
    // Each candidate sentence's attribution may look back through the
    // sentences before it: each is read once per article.
    let _remembering = analyzer.remember(article);
    let mut clauses = clause::Cache::dated(article.document.date);
    let matches = rulebook.find_with(&article.text, &article.sentences, &mut clauses);
    let mut last_quote: Option<LastQuote> = None;
    let bound: Vec<(Instance, Option<Binding>)> = matches
        .iter()
        .flat_map(|rule_match| {
            instances(
                rulebook,
                analyzer,
                article,
                rule_match,
                &mut clauses,
                &mut last_quote,
            )
        })
        .collect();
    let mut instances = settle_shared_values(bound);
    instances.extend(followup::denials(rulebook, article, &matches));
    columns(article, &mut instances);
    let warnings = suppress(rulebook, article, &mut instances);
    // Kept until the report is written: one block for the article's quotes.
    Quote::share(instances.iter_mut().map(|instance| &mut instance.quote));
    ArticleScan {
        document: None,
        instances,
        names: Vec::new(),
        warnings,
        fingerprint: reuse::fingerprint(article),
    }
}

/// Sets each instance's column, counting each line's characters once
/// (`text::Columns`, in text order): counted from its line's start per
/// instance, a paragraph of thousands of cited sentences on one line was
/// quadratic.
fn columns(article: &Article, instances: &mut [Instance]) {
    let mut order: Vec<(usize, usize)> = instances
        .iter()
        .enumerate()
        .map(|(at, instance)| (instance.citation.byte_start, at))
        .collect();
    order.sort_unstable();
    let mut columns = crate::text::Columns::new(&article.text);
    for (start, at) in order {
        let first = article
            .sentences
            .partition_point(|sentence| sentence.start < start);
        let sentence = article
            .sentences
            .get(first)
            .filter(|sentence| sentence.start == start);
        if let (Some(sentence), Some(instance)) = (sentence, instances.get_mut(at)) {
            instance.citation.column = columns.of(sentence);
        }
    }
}

/// Drops the instances the article's suppression comments ignore
/// (`crate::suppress`) and returns the comments' warnings.
fn suppress(rulebook: &Rulebook, article: &Article, instances: &mut Vec<Instance>) -> Vec<Notice> {
    if !article.text.contains(crate::suppress::PREFIX) {
        return Vec::new();
    }
    let ids: Vec<&str> = rulebook
        .rules
        .iter()
        .map(|rule| rule.info.id.as_str())
        .collect();
    // Lines are those of the text as written, soft line breaks included.
    let written = article.written();
    let (suppressions, warnings) = Suppressions::parse(&written, &article.document.path, &ids);
    if !suppressions.is_empty() {
        let index = crate::text::LineIndex::new(&written);
        instances.retain(|instance| {
            let rule = ids.get(instance.rule.index()).copied().unwrap_or("");
            let first = instance.citation.line;
            let last = index.line(instance.citation.byte_end);
            !suppressions.covers(rule, first, last.max(first))
        });
    }
    warnings.into_iter().map(Notice::warning).collect()
}

/// Whether a hedge between a figure's matched words and its value `value`
/// can bear on the value: nothing between the last matched word before it
/// and the value sets the value off in a clause of its own (a dash,
/// semicolon, colon or parenthesis: "may be found - currently these are
/// two men" hedges the finding, not the count).
fn hedge_reaches(
    quote: &str,
    spans: &[std::ops::Range<usize>],
    value: &crate::model::Value,
) -> bool {
    let Some(from) = spans
        .iter()
        .filter(|span| span.end <= value.start)
        .map(|span| span.end)
        .max()
    else {
        return false;
    };
    quote.get(from..value.start).is_some_and(|between| {
        !between.contains(['—', '–', ';', ':', '(', ')']) && !between.contains(" - ")
    })
}

/// The reading of the sentences of the last match, kept for the next one:
/// matches come sorted by sentence, and several rules often match the same
/// sentences.
struct LastQuote {
    /// First and last sentence index.
    sentences: (u32, u32),
    /// Shared by every instance of the sentences.
    values: Values,
    provenance: QuoteReading,
}

/// Drops each figure instance whose value another figure rule's instance of
/// the same sentence takes with a closer binding (`Binding::yields_to`):
/// "132 people were killed in police raids" is the toll's, not the count of
/// officers killed. Instances keep their order.
fn settle_shared_values(bound: Vec<(Instance, Option<Binding>)>) -> Vec<Instance> {
    let key = |instance: &Instance| {
        instance.figure().map(|value| {
            (
                instance.citation.byte_start,
                instance.citation.byte_end,
                value.start,
                value.end,
            )
        })
    };
    let mut by_value: BTreeMap<(usize, usize, usize, usize), Vec<usize>> = BTreeMap::new();
    for (idx, (instance, binding)) in bound.iter().enumerate() {
        if let (Some(key), Some(_)) = (key(instance), binding) {
            by_value.entry(key).or_default().push(idx);
        }
    }
    let mut dropped = vec![false; bound.len()];
    for idxs in by_value.values().filter(|idxs| idxs.len() > 1) {
        for &idx in idxs {
            let yields = idxs.iter().any(|&other| {
                let (Some((mine, Some(own))), Some((theirs, Some(their)))) =
                    (bound.get(idx), bound.get(other))
                else {
                    return false;
                };
                mine.rule != theirs.rule && own.yields_to(their)
            });
            if let Some(slot) = dropped.get_mut(idx) {
                *slot = yields;
            }
        }
    }
    bound
        .into_iter()
        .zip(dropped)
        .filter(|(_, dropped)| !dropped)
        .map(|((instance, _), _)| instance)
        .collect()
}

/// Turns one rule match into its instances through the builder (one, or one
/// per figure the sentence gives), each figure's with how its value is bound
/// to the rule's words; none when the match's sentences lie outside the
/// article.
fn instances(
    rulebook: &Rulebook,
    analyzer: &Analyzer,
    article: &Article,
    rule_match: &RuleMatch,
    clauses: &mut clause::Cache,
    last: &mut Option<LastQuote>,
) -> Vec<(Instance, Option<Binding>)> {
    instance(rulebook, analyzer, article, rule_match, clauses, last).unwrap_or_default()
}

fn instance(
    rulebook: &Rulebook,
    analyzer: &Analyzer,
    article: &Article,
    rule_match: &RuleMatch,
    clauses: &mut clause::Cache,
    last: &mut Option<LastQuote>,
) -> Option<Vec<(Instance, Option<Binding>)>> {
    let rule = rulebook.rules.get(rule_match.rule.index())?;
    let first = article.sentences.get(rule_match.sentence as usize)?;
    let end = article
        .sentences
        .get(rule_match.last_sentence as usize)?
        .end;
    let quote = article.text.get(first.start..end)?;
    let matched = match (
        rule_match.spans.iter().map(|span| span.start).min(),
        rule_match.spans.iter().map(|span| span.end).max(),
    ) {
        (Some(start), Some(end)) => start..end,
        _ => 0..0,
    };
    let sentences = (rule_match.sentence, rule_match.last_sentence);
    let reading = match last {
        Some(reading) if reading.sentences == sentences => reading,
        _ => last.insert(LastQuote {
            sentences,
            values: clauses.values(first.start..end, quote),
            provenance: analyzer.read(
                article,
                rule_match.sentence as usize,
                quote,
                clauses.get(first.start..end, quote),
            ),
        }),
    };
    let read = reading.provenance.claim(
        quote,
        &Claim {
            spans: &rule_match.spans,
            terms: ClaimTerms {
                // A role pattern's slots are the spans: no terms tell them
                // (`RuleMatch::terms` is then empty).
                of_span: &rule_match.terms,
                n_all: rule.terms.all.len(),
                any: !rule.terms.any.is_empty(),
            },
            deny: &rule_match.deny,
            kind: rule.info.kind.kind(),
        },
    )?;
    let triggers = rule_match.trigger_spans(rule);
    let groups = rule_match.trigger_terms(rule);
    let matched_words = kinds::figure::Matched {
        spans: &rule_match.spans,
        triggers: &triggers,
        excluded: &rule_match.excluded,
        groups: &groups,
    };
    let figure = kinds::read(
        &rule.info.kind,
        quote,
        &build::context(&rule.info, article, rule_match.sentence),
        &reading.values,
        &matched_words,
    )?;
    // "the death toll could be as high as 37": a figure's value is part of
    // its claim, so a hedge between the matched words and the value bears
    // on the figure (a speculation, no side), as one between two matched
    // words does.
    let (hedge, factuality) = match figure
        .figure_value
        .and_then(|idx| reading.values.get(idx))
        .filter(|_| read.hedge.is_none())
        .filter(|value| {
            matched.start < value.start && hedge_reaches(quote, &rule_match.spans, value)
        }) {
        Some(value) => {
            let mut spans = rule_match.spans.to_vec();
            spans.push(value.start..value.end);
            let mut terms = rule_match.terms.to_vec();
            if !terms.is_empty() {
                // The value stands for a term of its own, which the hedge's
                // clause must govern as it governs each of the rule's.
                let own = terms.iter().max().map_or(0, |max| max.saturating_add(1));
                terms.push(own);
            }
            match reading.provenance.hedge(quote, &spans, &terms) {
                Some(hedge) => {
                    let factuality = reading.provenance.factuality(
                        quote,
                        &spans,
                        &read.stance,
                        read.attribution.as_ref(),
                        Some(&hedge),
                        rule.info.kind.kind().doubt_withholds(),
                    );
                    (Some(hedge), factuality)
                }
                None => (read.hedge, read.factuality),
            }
        }
        None => (read.hedge, read.factuality),
    };
    let draft = Draft {
        rule_idx: rule_match.rule,
        sentences,
        reading: figure,
        stance: read.stance,
        hedge,
        attribution: read.attribution,
        factuality,
        values: reading.values.clone(),
        matched,
        slots: rule_match
            .slots
            .iter()
            .filter_map(|slot| {
                Some(Slot {
                    role: slot.role.as_str().into(),
                    text: quote.get(slot.span.clone())?.into(),
                    start: slot.span.start,
                    end: slot.span.end,
                })
            })
            .collect(),
    };
    let n_all = rule.terms.all.len();
    Some(
        build::instances(&rule.info, &rulebook.speakers, article, draft)
            .into_iter()
            .map(|instance| {
                let binding = instance
                    .figure()
                    .and_then(|value| kinds::figure::binding(quote, value, &matched_words, n_all));
                (instance, binding)
            })
            .collect(),
    )
}

/// Takes the item of document `doc` of part `part` out of `lists`.
fn take<T>(lists: &mut [Vec<Option<T>>], (part, doc): (usize, usize)) -> Option<T> {
    lists
        .get_mut(part)
        .and_then(|list| list.get_mut(doc))
        .and_then(Option::take)
}

/// The part being built from per-article results, in corpus source order.
#[derive(Debug, Default)]
struct Assembly {
    part: Part,
    /// Per source index: its article, `None` when it was skipped.
    doc_of_source: Vec<Option<ArticleId>>,
    /// Where the instances' quotes go, if anywhere.
    spill: Option<std::sync::Arc<Spill>>,
    /// The part's attributions, each once.
    attributions: Attributions,
}

/// Attributions held once: the instances that name one speaker the same way
/// (several rules matching one sentence, one speaker quoted all through an
/// article or across articles) share one.
#[derive(Debug, Default)]
struct Attributions(std::collections::HashSet<std::sync::Arc<Attribution>>);

impl Attributions {
    /// Makes `instance`'s attribution the one held for its value.
    fn intern(&mut self, instance: &mut Instance) {
        let Some(attribution) = &mut instance.attribution else {
            return;
        };
        match self.0.get(&**attribution) {
            Some(held) => *attribution = std::sync::Arc::clone(held),
            None => {
                self.0.insert(std::sync::Arc::clone(attribution));
            }
        }
    }
}

impl Assembly {
    /// Adds the results of one chunk of sources, from `base` on. Sources are
    /// sorted by relative path and a document's path is that relative path,
    /// so documents come in path order and citations point at their index.
    fn add(&mut self, base: usize, results: Vec<ArticleScan>) {
        let n_new: usize = results.iter().map(|result| result.instances.len()).sum();
        let part = &mut self.part;
        part.instances.reserve(n_new);
        self.doc_of_source.resize(base + results.len(), None);
        for (idx, result) in results.into_iter().enumerate() {
            part.warnings.extend(result.warnings);
            let Some(document) = result.document else {
                continue;
            };
            let doc_idx = ArticleId(part.documents.len() as u32);
            if let Some(slot) = self.doc_of_source.get_mut(base + idx) {
                *slot = Some(doc_idx);
            }
            part.documents.push(document);
            part.prints.push(result.fingerprint);
            let mut instances = result.instances;
            if let Some(spill) = &self.spill {
                Quote::spill(instances.iter_mut().map(|i| &mut i.quote), spill);
            }
            let attributions = &mut self.attributions;
            part.instances
                .extend(instances.into_iter().map(|mut instance| {
                    instance.citation.doc = doc_idx;
                    attributions.intern(&mut instance);
                    instance
                }));
        }
    }

    /// The finished part, with `names` tallied by source index (sorted by
    /// name, citations by source), the sources of the articles read (in
    /// place: the others dropped) and the corpus's own warnings.
    fn finish(self, names: Vec<names::Tallied>, corpus: Corpus) -> Part {
        let Assembly {
            mut part,
            doc_of_source,
            spill,
            attributions: _,
        } = self;
        part.spill = spill;
        debug_assert!(
            part.documents.is_sorted_by(|a, b| a.path <= b.path),
            "sources come sorted by the path their documents take"
        );
        part.names = names
            .into_iter()
            .map(|(name, count, citations)| NameCount {
                name,
                count,
                citations: citations
                    .into_iter()
                    .filter_map(|(source, mut citation)| {
                        citation.doc = doc_of_source.get(source).copied().flatten()?;
                        Some(citation)
                    })
                    .collect(),
            })
            .collect();
        let Corpus {
            mut sources,
            warnings,
        } = corpus;
        let mut position = 0;
        sources.retain(|_| {
            position += 1;
            doc_of_source.get(position - 1).is_some_and(Option::is_some)
        });
        part.sources = sources;
        part.warnings.extend(warnings);
        part
    }
}

/// Marks each article that repeats an earlier one (`Document::copy_of`) and
/// gives the instances it states in its own voice the original's origin, so
/// a copy of a story never counts as a second source. Runs once, in order.
/// `prints` are each part's fingerprints with the scan's index of each of
/// its documents; an error reading them back marks no copy and is returned.
fn count_copies_once(scan: &mut Scan, prints: Vec<(Prints, Vec<u32>)>) -> Option<Notice> {
    let copies = match reuse::copies(prints, &scan.documents) {
        Ok(copies) => copies,
        Err(err) => {
            return Some(Notice::error(format!(
                "{err}: no article is marked a copy of another"
            )))
        }
    };
    let mut own_origin: BTreeMap<ArticleId, (String, String)> = BTreeMap::new();
    for (doc_idx, copy) in copies.iter().enumerate() {
        let Some(copy) = copy else {
            continue;
        };
        let (Some(document), Some(original)) = (
            scan.documents.get(doc_idx),
            scan.documents.get(copy.original),
        ) else {
            continue;
        };
        let own = provenance::origin(None, document);
        let original_own = provenance::origin(None, original);
        let copy_of = CopyOf {
            original: original.id.clone(),
            shared: u32::try_from(copy.shared).unwrap_or(u32::MAX),
        };
        own_origin.insert(ArticleId(doc_idx as u32), (own, original_own));
        if let Some(document) = scan.documents.get_mut(doc_idx) {
            document.copy_of = Some(copy_of);
        }
    }
    if own_origin.is_empty() {
        return None;
    }
    // What a copy says in its own voice, its original said: with the origin
    // the original gives the same claim with the same stance (it may quote a
    // source the copy dropped), else the original's own voice.
    let mut first_origin: BTreeMap<(ArticleId, RuleId, Stance), Short> = BTreeMap::new();
    for instance in &scan.instances {
        first_origin
            .entry((instance.citation.doc, instance.rule, instance.stance.stance))
            .or_insert_with(|| instance.origin.clone());
    }
    let original_of: BTreeMap<ArticleId, ArticleId> = copies
        .iter()
        .enumerate()
        .filter_map(|(doc_idx, copy)| {
            let copy = copy.as_ref()?;
            Some((ArticleId(doc_idx as u32), ArticleId(copy.original as u32)))
        })
        .collect();
    for instance in &mut scan.instances {
        let doc = instance.citation.doc;
        let (Some((own, original_own)), Some(original)) =
            (own_origin.get(&doc), original_of.get(&doc))
        else {
            continue;
        };
        if instance.origin == *own {
            let said = first_origin.get(&(*original, instance.rule, instance.stance.stance));
            instance.origin = said.map_or_else(|| original_own.as_str().into(), Short::clone);
        }
    }
    None
}

/// One person is one origin across the corpus: a shorter form of a person's
/// name ("Erdogan") takes the one full name it ends ("Recep Tayyip Erdogan").
/// Runs once, in order, after every article is scanned.
fn canonical_origins(instances: &mut [Instance]) {
    let persons: BTreeSet<String> = instances
        .iter()
        .filter_map(|instance| {
            // The name the origin was read from: "Tayyip Erdogan" for an
            // "Erdogan" that refers to it.
            let speaker = provenance::origin_speaker(instance.attribution.as_ref()?)?;
            let name = provenance::person(speaker)?;
            let key = provenance::normalize(name);
            // "China" is a place: it never joins "Air China".
            (key == instance.origin && !provenance::is_country(&key)).then_some(key)
        })
        .collect();
    let canonical = provenance::canonical_names(persons.iter().map(String::as_str));
    for instance in instances.iter_mut() {
        if let Some(name) = canonical.get(instance.origin.as_str()) {
            instance.origin = name.as_str().into();
        }
    }
    // One origin spelt two ways ("volodymyr zelensky", "volodymyr
    // zelenskyy") is one origin: the spelling most instances use (then the
    // first in order) stands for all with its `name_fold`.
    let mut spellings: BTreeMap<String, BTreeMap<&str, usize>> = BTreeMap::new();
    for instance in instances.iter() {
        *spellings
            .entry(crate::text::name_fold(&instance.origin))
            .or_default()
            .entry(instance.origin.as_str())
            .or_default() += 1;
    }
    let folded: BTreeMap<String, String> = spellings
        .values()
        .filter(|group| group.len() > 1)
        .flat_map(|group| {
            let chosen = group
                .iter()
                .max_by(|a, b| a.1.cmp(b.1).then_with(|| b.0.cmp(a.0)))
                .map_or("", |(origin, _)| *origin);
            group
                .keys()
                .filter(move |origin| **origin != chosen)
                .map(move |origin| ((*origin).to_string(), chosen.to_string()))
        })
        .collect();
    for instance in instances.iter_mut() {
        if let Some(origin) = folded.get(instance.origin.as_str()) {
            instance.origin = origin.as_str().into();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_of_a_long_line_are_counted_once() {
        // Each instance counted its column from its line's start: a
        // paragraph of thousands of cited sentences was quadratic.
        let rulebook = crate::rulebook::load_str(
            "r.toml",
            "[[rule]]\nid = \"r\"\nkind = \"proposition\"\nclaim = \"x\"\nall = [[\"dam\"]]\n",
        )
        .unwrap_or_else(|err| panic!("{err}"));
        let analyzer = Analyzer::new(&rulebook.lexicon);
        let body: String = (0..400).map(|n| format!("The dam {n} burst é. ")).collect();
        let text = format!("Title\n\n{body}\n");
        let mut reading = text.clone();
        let (sentences, breaks) = crate::text::read(&mut reading);
        let article = Article {
            document: Document::default(),
            text: reading,
            sentences,
            breaks,
        };
        crate::text::COLUMN_BYTES.with(|counted| counted.set(0));
        let scan = scan_article(&rulebook, &analyzer, &article);
        let counted = crate::text::COLUMN_BYTES.with(std::cell::Cell::get);
        assert_eq!(scan.instances.len(), 400);
        for instance in &scan.instances {
            let citation = instance.citation;
            assert_eq!(
                (citation.line, citation.column),
                crate::text::line_col(&text, citation.byte_start)
            );
        }
        assert!(counted <= text.len(), "{counted} bytes counted");
    }

    /// The figure and whether it takes a side, for each instance a count
    /// rule of the death toll finds in `sentence`.
    fn figure_sides(sentence: &str) -> Vec<(String, bool)> {
        let rulebook = crate::rulebook::load_str(
            "r.toml",
            "[[rule]]\nid = \"toll\"\nkind = \"figure\"\nclaim = \"x\"\n\
             all = [[\"death toll\", \"missing\"]]\nvalue = \"count\"\n",
        )
        .unwrap_or_else(|err| panic!("{err}"));
        let analyzer = Analyzer::new(&rulebook.lexicon);
        let mut text = format!("Title\n\n{sentence}\n");
        let (sentences, breaks) = crate::text::read(&mut text);
        let article = Article {
            document: Document::default(),
            text,
            sentences,
            breaks,
        };
        scan_article(&rulebook, &analyzer, &article)
            .instances
            .iter()
            .map(|instance| {
                let figure = instance
                    .figure()
                    .map_or(String::new(), |value| value.normalized.to_string());
                (figure, instance.factuality.takes_side())
            })
            .collect()
    }

    #[test]
    fn a_hedge_between_a_figures_words_and_its_value_bears_on_the_figure() {
        let side = |sentence: &str, figure: &str, side: bool| {
            assert_eq!(
                figure_sides(sentence),
                [(figure.to_string(), side)],
                "{sentence}"
            );
        };
        side(
            "Local groups said the death toll could be as high as 37.",
            "37",
            false,
        );
        side(
            "Analysts say the death toll may increase to about 600.",
            "600",
            false,
        );
        // A hedge after the value, or one that the value is set off from,
        // leaves the figure asserted.
        side(
            "The death toll rose to 37, and officials fear it could rise.",
            "37",
            true,
        );
        side("Officials said the death toll had reached 37.", "37", true);
    }

    /// Checks the origins `canonical_origins` gives instances with these
    /// speakers (and the name each refers to).
    fn check(speakers: &[(&str, Option<&str>)], expected: &[&str]) {
        let mut instances: Vec<Instance> = speakers
            .iter()
            .map(|(speaker, refers_to)| {
                let attribution = Attribution {
                    speaker: (*speaker).to_string(),
                    refers_to: refers_to.map(str::to_string),
                    ..Attribution::default()
                };
                let origin = provenance::origin(Some(&attribution), &Default::default());
                Instance {
                    attribution: Some(std::sync::Arc::new(attribution)),
                    ..Instance::bare("Erdogan has said the opposition tells lies.", &origin)
                }
            })
            .collect();
        canonical_origins(&mut instances);
        let got: Vec<&str> = instances.iter().map(|i| i.origin.as_str()).collect();
        assert_eq!(got, expected);
    }

    #[test]
    fn a_surname_and_the_name_it_refers_to_join_the_full_name() {
        // "Erdogan has said …" after "President Tayyip Erdogan's government"
        // is the "Recep Tayyip Erdogan" another article names.
        check(
            &[
                ("Turkish President Recep Tayyip Erdogan", None),
                ("Erdogan", Some("Tayyip Erdogan")),
            ],
            &["recep tayyip erdogan", "recep tayyip erdogan"],
        );
        // One name transliterated two ways is one origin.
        check(
            &[
                ("Volodymyr Zelenskyy", None),
                ("Volodymyr Zelensky", None),
                ("President Volodymyr Zelensky", None),
            ],
            &[
                "volodymyr zelensky",
                "volodymyr zelensky",
                "volodymyr zelensky",
            ],
        );
        // Two different full names keep their own.
        check(
            &[
                ("Kemal Kilicdaroglu", None),
                ("Erdogan", Some("Tayyip Erdogan")),
            ],
            &["kemal kilicdaroglu", "tayyip erdogan"],
        );
    }

    #[test]
    fn equal_attributions_of_a_part_are_held_once() {
        let said = |speaker: &str| {
            let mut instance = Instance::bare("X said the dam was mined.", "o");
            instance.attribution = Some(std::sync::Arc::new(Attribution {
                speaker: speaker.to_string(),
                cue: "said".to_string(),
                ..Attribution::default()
            }));
            instance
        };
        let mut instances = [said("Kyiv"), said("Moscow"), said("Kyiv"), said("Moscow")];
        let mut attributions = Attributions::default();
        for instance in &mut instances {
            attributions.intern(instance);
        }
        let held: Vec<&std::sync::Arc<Attribution>> = instances
            .iter()
            .filter_map(|instance| instance.attribution.as_ref())
            .collect();
        assert!(std::sync::Arc::ptr_eq(held[0], held[2]));
        assert!(std::sync::Arc::ptr_eq(held[1], held[3]));
        assert!(!std::sync::Arc::ptr_eq(held[0], held[1]));
        assert_eq!(held[3].speaker, "Moscow");
    }
}
