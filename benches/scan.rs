//! Micro-benchmarks of the matcher: `scan_article` on each default-corpus article, and `scan`
//! on the whole default corpus, reported as throughput in bytes of article text; and the
//! reading of the candidate sentences (`read/candidate-sentences`: values, cues, attribution,
//! clauses, then stance, abstention, hedge and factuality per rule match), reported in
//! candidate sentences per second.
//!
//! The rulebook is `rules/` when it loads and holds at least one rule; otherwise a small
//! inline rulebook written to a temporary directory, so the benchmark runs while `rules/` is
//! under construction. The rulebook used is printed on stderr.

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::Duration;

use claimcheck::kinds::RuleInfo;
use claimcheck::model::Article;
use claimcheck::provenance::stance::ClaimTerms;
use claimcheck::provenance::Analyzer;
use claimcheck::rulebook::{self, RuleMatch, Rulebook};
use claimcheck::text::clause;
use claimcheck::{corpus, matcher, values};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};

/// A small rulebook in the rule language of `rules/README.md`, used when `rules/` is empty.
const INLINE_RULES: &str = r#"
[lexicon]
denial = ["deny", "denies", "denied", "rejected", "refuted"]
negation = ["not", "no", "never", "n't", "neither", "nor"]
attribution = ["according to", "said", "says", "told", "documents reviewed by"]
hedge = ["reportedly", "allegedly", "could", "may", "likely", "claimed"]

[phrases]
military-aid = ["military aid", "weapon*", "arms", "ammunition", "drone*"]

[entity.china]
aliases = ["China", "Beijing", "Chinese", "China's foreign ministry"]

[entity.russia]
aliases = ["Russia", "Moscow", "Russian", "Kremlin"]

[[rule]]
id = "china-military-aid-to-russia"
kind = "proposition"
claim = "China supplies military aid to Russia"
all = ["@china", "@military-aid", "@russia"]
any = [["supply*", "send*", "provid*"]]
deny = ["@denial", "will not send", "neutral"]

[[rule]]
id = "china-arms-imports-share-from-russia"
kind = "figure"
claim = "Share of China's arms imports that come from Russia"
all = ["@china", ["arms imports", "weapons imports"], "@russia"]
value = "percent"
key = "period"
tolerance = { absolute = 2.0 }
min = 0
max = 100

[[rule]]
id = "huawei-5g-in-russia"
kind = "proposition"
claim = "Huawei builds 5G networks in Russia"
all = ["Huawei", "5G", "@russia"]
"#;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The default rulebook, or the inline one when `rules/` is empty or does not load.
fn load_rulebook() -> Rulebook {
    match rulebook::load(&root().join("rules")) {
        Ok(rulebook) if !rulebook.rules.is_empty() => {
            eprintln!("scan bench: rules/ ({} rules)", rulebook.rules.len());
            return rulebook;
        }
        Ok(_) => eprintln!("scan bench: rules/ holds no rule, using the inline rulebook"),
        Err(diagnostics) => {
            eprintln!("scan bench: rules/ does not load, using the inline rulebook:\n{diagnostics}")
        }
    }
    let dir = tempfile::tempdir().expect("a temporary directory can be created");
    std::fs::write(dir.path().join("bench.toml"), INLINE_RULES)
        .expect("the temporary directory is writable");
    match rulebook::load(dir.path()) {
        Ok(rulebook) => rulebook,
        Err(diagnostics) => panic!("the inline bench rulebook does not load:\n{diagnostics}"),
    }
}

/// The articles of the default corpus, in corpus order.
fn load_articles(dir: &Path) -> Vec<Article> {
    let corpus = corpus::discover(&[dir.to_path_buf()]).expect("the default corpus is listed");
    corpus
        .sources
        .iter()
        .filter_map(|source| {
            corpus::read(source)
                .expect("a default-corpus article reads")
                .article
        })
        .collect()
}

fn scan_article(c: &mut Criterion) {
    let rulebook = load_rulebook();
    let analyzer = Analyzer::new(&rulebook.lexicon);
    let articles = load_articles(&root().join("corpus"));
    let mut group = c.benchmark_group("scan_article");
    group
        .sample_size(20)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2));
    for article in &articles {
        group.throughput(Throughput::Bytes(article.text.len() as u64));
        group.bench_function(article.document.id.as_str(), |b| {
            b.iter(|| matcher::scan_article(&rulebook, &analyzer, black_box(article)))
        });
    }
    group.finish();
}

fn scan_corpus(c: &mut Criterion) {
    let rulebook = load_rulebook();
    let dir = root().join("corpus");
    let corpus =
        corpus::discover(std::slice::from_ref(&dir)).expect("the default corpus is listed");
    let n_bytes: usize = load_articles(&dir)
        .iter()
        .map(|article| article.text.len())
        .sum();
    let mut group = c.benchmark_group("scan");
    group
        .sample_size(20)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(3));
    group.throughput(Throughput::Bytes(n_bytes as u64));
    group.bench_function("default-corpus", |b| {
        b.iter(|| matcher::scan(&rulebook, black_box(&corpus)))
    });
    group.finish();
}

/// Reads every candidate sentence of `article` (the sentences of each rule match, read
/// once when several rules match them, as the matcher does) for each of its `matches`;
/// returns a count of what was read, so that nothing is optimised away.
fn read_matches(
    analyzer: &Analyzer,
    rulebook: &Rulebook,
    infos: &[RuleInfo],
    article: &Article,
    matches: &[RuleMatch],
) -> usize {
    let mut clauses = clause::Cache::default();
    let mut last = None;
    let mut read = 0;
    for found in matches {
        let (Some(first), Some(end)) = (
            article.sentences.get(found.sentence as usize),
            article.sentences.get(found.last_sentence as usize),
        ) else {
            continue;
        };
        let Some(quote) = article.text.get(first.start..end.end) else {
            continue;
        };
        let sentences = (found.sentence, found.last_sentence);
        let reading = match &mut last {
            Some((at, reading)) if *at == sentences => reading,
            _ => {
                let values = values::extract_dated(quote, article.document.date);
                read += values.len();
                let split = clauses.get(first.start..end.end, quote);
                let reading = analyzer.read(article, found.sentence as usize, quote, split);
                &mut last.insert((sentences, reading)).1
            }
        };
        let (n_all, any) = rulebook.term_counts(found.rule);
        let terms = ClaimTerms {
            of_span: &found.terms,
            n_all,
            any,
        };
        let stance = reading.stance(quote, &found.spans, &terms, &found.deny);
        let abstains = reading.abstains(quote, &found.spans);
        let hedge = reading.hedge(quote, &found.spans, &found.terms);
        let attribution = reading.attribution_for(&found.spans, &found.terms);
        let doubt_withholds = infos
            .get(found.rule.index())
            .is_some_and(|info| info.kind.kind().doubt_withholds());
        let factuality = reading.factuality(
            quote,
            &found.spans,
            &stance,
            attribution.as_ref(),
            hedge.as_ref(),
            doubt_withholds,
        );
        read += usize::from(abstains) + usize::from(hedge.is_some());
        black_box(&factuality);
    }
    read
}

/// The reading of candidate sentences alone: the rule matches of every default-corpus article
/// are found once, outside the measurement; each iteration reads all their sentences. The
/// throughput is in candidate sentences (distinct sentence ranges of matches per article), so
/// criterion's time over the count is the reading's cost per candidate sentence.
fn read_candidates(c: &mut Criterion) {
    let rulebook = load_rulebook();
    let analyzer = Analyzer::new(&rulebook.lexicon);
    let infos = rulebook.infos();
    let articles = load_articles(&root().join("corpus"));
    let found: Vec<(&Article, Vec<RuleMatch>)> = articles
        .iter()
        .map(|article| (article, rulebook.find(&article.text, &article.sentences)))
        .collect();
    let candidates: usize = found
        .iter()
        .map(|(_, matches)| {
            let mut ranges: Vec<(u32, u32)> = matches
                .iter()
                .map(|found| (found.sentence, found.last_sentence))
                .collect();
            ranges.sort_unstable();
            ranges.dedup();
            ranges.len()
        })
        .sum();
    let n_matches: usize = found.iter().map(|(_, matches)| matches.len()).sum();
    eprintln!(
        "read bench: {candidates} candidate sentences, {n_matches} rule matches in {} articles",
        found.len()
    );
    let mut group = c.benchmark_group("read");
    group
        .sample_size(20)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(3));
    group.throughput(Throughput::Elements(candidates as u64));
    group.bench_function("candidate-sentences", |b| {
        b.iter(|| {
            found
                .iter()
                .map(|(article, matches)| {
                    read_matches(&analyzer, &rulebook, &infos, article, black_box(matches))
                })
                .sum::<usize>()
        })
    });
    group.finish();
}

criterion_group!(benches, scan_article, scan_corpus, read_candidates);
criterion_main!(benches);
