//! Text reuse: articles that repeat long runs of another article's text are
//! copies of it (a wire story run by a second outlet, an uncredited rewrite,
//! a byte-identical file, a hard link), and count once.
//!
//! Matches: two outlets running the same AFP paragraphs, word for word.
//! Ignores: two articles that quote the same official sentence once.
//!
//! Each article leaves a small fingerprint (a sample of the hashes of its
//! runs of `SHINGLE_WORDS` words, one hash in `SAMPLE_EVERY`, plus a hash of
//! its whole text), made in parallel as articles are scanned. Once every
//! article is scanned, a merge of the fingerprints' sorted samples (an
//! inverted index walked in hash order, of which only the samples two or
//! more articles hold are kept) counts, article by article, how many
//! samples it shares with each later article: no pairwise pass
//! over the corpus. A pair is a copy when it shares at least `MIN_SHARED`
//! samples and at least `MIN_SHARE` of the smaller article's, or the whole
//! text. Each copy points at the earliest article (by date, then path) it is
//! linked to; links are not followed further, so an article repeating two
//! wire stories never makes the wires copies of each other.

use std::cmp::Reverse;
use std::collections::{BTreeMap, BinaryHeap};

use rayon::prelude::*;

use crate::model::{Article, Document, SentenceKind};
use crate::text::fnv::{self, fnv};

/// Words in one run of text whose hash is compared.
const SHINGLE_WORDS: usize = 8;
/// One hash in this many is kept (those whose value is a multiple of it).
const SAMPLE_EVERY: u64 = 8;
/// Fewest shared samples that make a copy.
const MIN_SHARED: usize = 3;
/// Share of the smaller article's samples that makes a copy.
const MIN_SHARE: f64 = 0.3;
/// A sample seen in more articles than this pairs each with the first
/// article only (linear work for a story run by hundreds of outlets).
const MAX_POSTINGS: usize = 64;

/// What an article leaves for reuse detection. In a shard (`crate::shard`)
/// each hash is 16 hex digits: a JSON number cannot hold every `u64`.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Fingerprint {
    /// Sampled run hashes, sorted and deduplicated.
    #[serde(with = "hex::list")]
    samples: Vec<u64>,
    /// Hash of the article's body text, words folded; `None` when it has none.
    #[serde(with = "hex::option")]
    whole: Option<u64>,
}

impl Fingerprint {
    /// The same fingerprint with its samples sorted and deduplicated (as
    /// `fingerprint` makes them), for one read from a shard.
    pub fn normalized(mut self) -> Fingerprint {
        self.samples.sort_unstable();
        self.samples.dedup();
        self
    }
}

/// Hashes as 16 lower-case hex digits, for `#[serde(with)]`.
mod hex {
    use serde::{de::Error, Deserialize, Deserializer, Serializer};

    fn parse<E: Error>(text: &str) -> Result<u64, E> {
        if text.len() != 16 {
            return Err(E::custom(format!("`{text}` is not 16 hex digits")));
        }
        u64::from_str_radix(text, 16)
            .map_err(|_| E::custom(format!("`{text}` is not 16 hex digits")))
    }

    pub mod list {
        use super::*;

        pub fn serialize<S: Serializer>(values: &[u64], serializer: S) -> Result<S::Ok, S::Error> {
            serializer.collect_seq(values.iter().map(|value| format!("{value:016x}")))
        }

        pub fn deserialize<'de, D: Deserializer<'de>>(
            deserializer: D,
        ) -> Result<Vec<u64>, D::Error> {
            Vec::<String>::deserialize(deserializer)?
                .iter()
                .map(|text| parse(text))
                .collect()
        }
    }

    pub mod option {
        use super::*;

        pub fn serialize<S: Serializer>(
            value: &Option<u64>,
            serializer: S,
        ) -> Result<S::Ok, S::Error> {
            match value {
                Some(value) => serializer.collect_str(&format_args!("{value:016x}")),
                None => serializer.serialize_none(),
            }
        }

        pub fn deserialize<'de, D: Deserializer<'de>>(
            deserializer: D,
        ) -> Result<Option<u64>, D::Error> {
            Option::<String>::deserialize(deserializer)?
                .map(|text| parse(&text))
                .transpose()
        }
    }
}

/// An article found to repeat another: which one, and how much.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CopyOf {
    /// Index of the original document.
    pub original: usize,
    /// Sampled passages the two share (all of them for an identical text).
    pub shared: usize,
}

/// The fingerprint of `article`'s body, heading and pull-quote text.
///
/// The words, lower case, are laid end to end in one buffer, each followed
/// by `0xFF` (the bytes `hash` feeds FNV-1a for a word), so a run's hash is
/// the FNV-1a hash of one slice of it. Only the runs that are sampled are
/// hashed (`low_bits` tells them), four at a time, as independent chains.
pub fn fingerprint(article: &Article) -> Fingerprint {
    let mut words: Vec<u8> = Vec::with_capacity(article.text.len() + article.text.len() / 4);
    let mut starts: Vec<usize> = Vec::new();
    for sentence in &article.sentences {
        if sentence.kind == SentenceKind::Furniture {
            continue;
        }
        let Some(text) = article.text.get(sentence.start..sentence.end) else {
            continue;
        };
        push_words(text, &mut words, &mut starts);
    }
    let n_words = starts.len();
    starts.push(words.len());
    let whole = (n_words > 0).then(|| fnv(fnv::OFFSET, &words));
    let n_runs = (n_words + 1).saturating_sub(SHINGLE_WORDS);
    let run = |idx: usize| starts[idx]..starts[idx + SHINGLE_WORDS];
    // Only the runs whose hash is sampled are hashed: their words take the
    // offset basis's low bits to 0 (`low_bits`).
    let maps: Vec<u64> = starts
        .windows(2)
        .map(|word| low_bits(&words[word[0]..word[1]]))
        .collect();
    let sampled: Vec<usize> = maps
        .windows(SHINGLE_WORDS)
        .enumerate()
        .filter(|(_, maps)| {
            let low = maps.iter().fold(fnv::OFFSET % SAMPLE_EVERY, |low, map| {
                (map >> (8 * low)) % SAMPLE_EVERY
            });
            low == 0
        })
        .map(|(idx, _)| idx)
        .collect();
    debug_assert!(sampled.last().is_none_or(|idx| *idx < n_runs));
    let mut samples: Vec<u64> = Vec::with_capacity(sampled.len());
    let mut quads = sampled.chunks_exact(4);
    for quad in &mut quads {
        let runs = [run(quad[0]), run(quad[1]), run(quad[2]), run(quad[3])];
        samples.extend(fnv4(&words, &runs));
    }
    for idx in quads.remainder() {
        samples.push(fnv(fnv::OFFSET, &words[run(*idx)]));
    }
    debug_assert!(samples.iter().all(|value| value % SAMPLE_EVERY == 0));
    samples.sort_unstable();
    samples.dedup();
    // Kept until every article is scanned: without the growth's spare room.
    samples.shrink_to_fit();
    Fingerprint { samples, whole }
}

/// Appends the words of `text` (its maximal runs of alphanumeric
/// characters) to `words`, each lowercased and followed by `WORD_END`, and
/// where each starts to `starts`. A byte scan: an ASCII byte is classified
/// on the spot and only a non-ASCII one is decoded, so the words are exactly
/// `text.split(|ch: char| !ch.is_alphanumeric())`'s non-empty pieces, a word
/// with a non-ASCII letter lowercased whole by `str::to_lowercase` (a final
/// sigma is a word's).
fn push_words(text: &str, words: &mut Vec<u8>, starts: &mut Vec<usize>) {
    let bytes = text.as_bytes();
    let mut at = 0;
    while at < bytes.len() {
        // Skip to the next word.
        let mut start = None;
        while at < bytes.len() {
            let (alnum, len) = classify(text, at);
            if alnum {
                start = Some(at);
                break;
            }
            at += len;
        }
        let Some(start) = start else { break };
        let mut ascii = true;
        while at < bytes.len() {
            let (alnum, len) = classify(text, at);
            if !alnum {
                break;
            }
            ascii &= len == 1;
            at += len;
        }
        let Some(word) = text.get(start..at) else {
            continue;
        };
        starts.push(words.len());
        if ascii {
            let from = words.len();
            words.extend_from_slice(word.as_bytes());
            words[from..].make_ascii_lowercase();
        } else {
            words.extend_from_slice(word.to_lowercase().as_bytes());
        }
        words.push(WORD_END);
    }
}

/// Whether the character at byte `at` of `text` (a character boundary) is
/// alphanumeric, and its length in bytes.
fn classify(text: &str, at: usize) -> (bool, usize) {
    match text.as_bytes().get(at) {
        Some(&byte) if byte.is_ascii() => (byte.is_ascii_alphanumeric(), 1),
        _ => text
            .get(at..)
            .and_then(|rest| rest.chars().next())
            .map_or((false, 1), |ch| (ch.is_alphanumeric(), ch.len_utf8())),
    }
}

/// For each document, the original it copies, if any. `fingerprints` and
/// `documents` are in the same (document) order; each fingerprint's samples
/// are sorted and distinct (as `fingerprint` and `Fingerprint::normalized`
/// make them).
pub fn copies(fingerprints: &[Fingerprint], documents: &[Document]) -> Vec<Option<CopyOf>> {
    let n_docs = fingerprints.len().min(documents.len());
    // The inverted index is never built: each fingerprint's samples are
    // sorted, so a k-way merge of them gives each sample's documents in
    // document order, holding one cursor per document (a posting map held
    // about 100 bytes per sample, more than the fingerprints themselves).
    // A sample two or more documents hold is kept as a group: its
    // documents, ascending, in `postings` (4 bytes each), and its number in
    // `groups` of each document that pairs with a later one. Pairs are
    // never listed (a list of one entry per pair and shared sample was the
    // dense corpus's peak: a passage run by 60 articles is 1,770 pairs);
    // they are counted document by document below.
    let mut heads: BinaryHeap<Reverse<(u64, u32, u32)>> = fingerprints
        .iter()
        .enumerate()
        .take(n_docs)
        .filter_map(|(doc, print)| Some(Reverse((*print.samples.first()?, doc as u32, 0))))
        .collect();
    let mut docs: Vec<u32> = Vec::new();
    let mut postings: Vec<u32> = Vec::new();
    let mut group_start: Vec<usize> = vec![0];
    let mut groups: Vec<Vec<u32>> = vec![Vec::new(); n_docs];
    while let Some(Reverse((sample, _, _))) = heads.peek().copied() {
        docs.clear();
        while let Some(Reverse((next, doc, at))) = heads.peek().copied() {
            if next != sample {
                break;
            }
            heads.pop();
            docs.push(doc);
            let after = at as usize + 1;
            if let Some(after_sample) = fingerprints[doc as usize].samples.get(after) {
                heads.push(Reverse((*after_sample, doc, after as u32)));
            }
        }
        if docs.len() < 2 {
            continue;
        }
        let group = (group_start.len() - 1) as u32;
        // The last document pairs with no later one; a passage many
        // articles run pairs each with the first only, so the work stays
        // linear and the many copies still link.
        let pairing = if docs.len() <= MAX_POSTINGS {
            docs.len() - 1
        } else {
            1
        };
        for doc in &docs[..pairing] {
            groups[*doc as usize].push(group);
        }
        postings.extend_from_slice(&docs);
        group_start.push(postings.len());
    }
    drop(heads);
    let mut whole: BTreeMap<u64, Vec<usize>> = BTreeMap::new();
    for (doc, fingerprint) in fingerprints.iter().enumerate().take(n_docs) {
        if let Some(value) = fingerprint.whole {
            whole.entry(value).or_default().push(doc);
        }
    }
    let mut links: Vec<(usize, usize, usize)> = Vec::new();
    for docs in whole.values() {
        for pair in docs.windows(2) {
            let n = fingerprints[pair[0]].samples.len().max(1);
            links.push((pair[0], pair[1], n));
        }
    }
    // Per document `a`, the samples it shares with each later document `b`
    // (one counter per document and thread), in `(a, b)` order.
    let linked: Vec<Vec<(usize, usize, usize)>> = (0..n_docs)
        .into_par_iter()
        .map_init(
            || (vec![0u32; n_docs], Vec::<u32>::new()),
            |(counts, touched), a| {
                for group in &groups[a] {
                    let group = *group as usize;
                    let members = &postings[group_start[group]..group_start[group + 1]];
                    let later = if members.len() <= MAX_POSTINGS {
                        &members[members.partition_point(|doc| *doc as usize <= a)..]
                    } else {
                        &members[1..]
                    };
                    for b in later {
                        let count = &mut counts[*b as usize];
                        if *count == 0 {
                            touched.push(*b);
                        }
                        *count += 1;
                    }
                }
                touched.sort_unstable();
                let mut found = Vec::new();
                for b in touched.drain(..) {
                    let b = b as usize;
                    let n_shared = std::mem::take(&mut counts[b]) as usize;
                    let smaller = fingerprints[a]
                        .samples
                        .len()
                        .min(fingerprints[b].samples.len());
                    if n_shared >= MIN_SHARED && n_shared as f64 >= MIN_SHARE * smaller as f64 {
                        found.push((a, b, n_shared));
                    }
                }
                found
            },
        )
        .collect();
    links.extend(linked.into_iter().flatten());
    group(links, documents, n_docs)
}

/// Points each linked document at its original: of the documents it is
/// linked to, the one that comes first (by date, then path) if that is
/// earlier than itself, so a roundup of two wire stories never joins the two
/// wires; ties in shared passages go to the earlier original.
fn group(
    links: Vec<(usize, usize, usize)>,
    documents: &[Document],
    n_docs: usize,
) -> Vec<Option<CopyOf>> {
    let order = |doc: usize| {
        let date = documents[doc].date.as_ref().map(ToString::to_string);
        // Undated articles come after dated ones; then path order.
        (date.is_none(), date, documents[doc].path.clone())
    };
    let mut copies: Vec<Option<CopyOf>> = vec![None; n_docs];
    for (a, b, n_shared) in links {
        let (original, copy) = if order(a) <= order(b) { (a, b) } else { (b, a) };
        let better = match copies[copy] {
            None => true,
            Some(current) => order(original) < order(current.original),
        };
        if better {
            copies[copy] = Some(CopyOf {
                original,
                shared: n_shared,
            });
        }
    }
    copies
}

/// What one word (its bytes and `WORD_END`) does to the low three bits of
/// any FNV-1a hash it continues: byte `k` of the result is the low bits
/// after it of a hash whose low bits were `k` before it.
///
/// A hash is sampled when its low three bits are 0 (`SAMPLE_EVERY`), and
/// FNV-1a's low bits depend only on the low bits of the hash and of each
/// byte (xor and multiplication carry only upwards), so a run's sampling is
/// decided by its words' maps, one look-up each, and only the one run in
/// eight that is sampled is hashed in full. The eight low-bit values are
/// carried at once, one per byte of a `u64`: a value times the prime's low
/// bits stays below 256, so no byte carries into the next.
fn low_bits(word: &[u8]) -> u64 {
    const EACH: u64 = 0x0101_0101_0101_0101;
    const IDENTITY: u64 = 0x0706_0504_0302_0100;
    word.iter().fold(IDENTITY, |lanes, byte| {
        ((lanes ^ (u64::from(byte % 8) * EACH)).wrapping_mul(fnv::PRIME % 8)) & (7 * EACH)
    })
}
const _: () = assert!(SAMPLE_EVERY == 8 && (fnv::PRIME % 8) * 7 < 256);

/// What `str`'s `Hash` writes after a string's bytes.
const WORD_END: u8 = 0xFF;
/// `fnv` of four slices of `bytes` at once: four independent multiply
/// chains over their common length keep the multiplier busy, then each
/// finishes alone.
fn fnv4(bytes: &[u8], runs: &[std::ops::Range<usize>; 4]) -> [u64; 4] {
    let common = runs.iter().map(ExactSizeIterator::len).min().unwrap_or(0);
    let slices: [&[u8]; 4] = std::array::from_fn(|idx| &bytes[runs[idx].clone()]);
    let [a, b, c, d] = slices.map(|slice| &slice[..common]);
    let mut hashes = [fnv::OFFSET; 4];
    // Zipped, so the loop checks no index.
    for (((a, b), c), d) in a.iter().zip(b).zip(c).zip(d) {
        for (hash, byte) in hashes.iter_mut().zip([a, b, c, d]) {
            *hash = (*hash ^ u64::from(*byte)).wrapping_mul(fnv::PRIME);
        }
    }
    for (hash, slice) in hashes.iter_mut().zip(&slices) {
        *hash = fnv(*hash, &slice[common..]);
    }
    hashes
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(id: &str, date: Option<&str>, text: &str) -> (Article, Document) {
        let document = Document {
            id: id.to_string(),
            path: format!("{id}.txt"),
            date: date.and_then(|date| crate::model::PubDate::parse(date).ok()),
            ..Document::default()
        };
        let article = Article {
            document: document.clone(),
            text: text.to_string(),
            sentences: crate::text::segment(text),
            breaks: Vec::new(),
        };
        (article, document)
    }

    /// Checks which documents of `texts` (id, date, text) are copies of which.
    fn check(texts: &[(&str, Option<&str>, &str)], expected: &[Option<&str>]) {
        let (articles, documents): (Vec<Article>, Vec<Document>) = texts
            .iter()
            .map(|(id, date, text)| article(id, *date, text))
            .unzip();
        let fingerprints: Vec<Fingerprint> = articles.iter().map(fingerprint).collect();
        let got: Vec<Option<&str>> = copies(&fingerprints, &documents)
            .iter()
            .map(|copy| copy.map(|copy| documents[copy.original].id.as_str()))
            .collect();
        assert_eq!(got, expected);
    }

    const WIRE: &str = "Ukraine's environment ministry said on Monday that the reservoir had lost most of its water after the dam was destroyed, leaving thousands of farms without irrigation for the coming season. Officials in the region said evacuations were continuing through the night as water levels rose across low-lying districts of the city. The ministry added that the damage to the ecosystem would take years to repair and that fish stocks had been wiped out in several places along the river.";

    /// The fingerprint as first defined: FNV-1a through `Hash` over each
    /// run of lower-cased words, which `fingerprint` must reproduce exactly
    /// (the number of shared passages reaches the output).
    fn reference(article: &Article) -> Fingerprint {
        use std::hash::{Hash, Hasher};
        struct Fnv(u64);
        impl Hasher for Fnv {
            fn finish(&self) -> u64 {
                self.0
            }
            fn write(&mut self, bytes: &[u8]) {
                self.0 = fnv(self.0, bytes);
            }
        }
        let hash = |words: &[String]| {
            let mut hasher = Fnv(fnv::OFFSET);
            for word in words {
                word.hash(&mut hasher);
            }
            hasher.finish()
        };
        let mut words: Vec<String> = Vec::new();
        for sentence in &article.sentences {
            if sentence.kind != SentenceKind::Furniture {
                words.extend(
                    article.text[sentence.start..sentence.end]
                        .split(|ch: char| !ch.is_alphanumeric())
                        .filter(|word| !word.is_empty())
                        .map(str::to_lowercase),
                );
            }
        }
        let mut samples: Vec<u64> = words
            .windows(SHINGLE_WORDS)
            .map(hash)
            .filter(|value| value % SAMPLE_EVERY == 0)
            .collect();
        samples.sort_unstable();
        samples.dedup();
        Fingerprint {
            samples,
            whole: (!words.is_empty()).then(|| hash(&words)),
        }
    }

    /// `copies` as first defined, through a posting map of every sample,
    /// which the merge must reproduce exactly.
    fn reference_copies(
        fingerprints: &[Fingerprint],
        documents: &[Document],
    ) -> Vec<Option<CopyOf>> {
        let n_docs = fingerprints.len().min(documents.len());
        let mut postings: BTreeMap<u64, Vec<usize>> = BTreeMap::new();
        for (doc, fingerprint) in fingerprints.iter().enumerate().take(n_docs) {
            for sample in &fingerprint.samples {
                postings.entry(*sample).or_default().push(doc);
            }
        }
        let mut shared: BTreeMap<(usize, usize), usize> = BTreeMap::new();
        for docs in postings.values() {
            if docs.len() <= MAX_POSTINGS {
                for (idx, a) in docs.iter().enumerate() {
                    for b in docs.iter().skip(idx + 1) {
                        *shared.entry((*a, *b)).or_default() += 1;
                    }
                }
            } else {
                for b in docs.iter().skip(1) {
                    *shared.entry((docs[0], *b)).or_default() += 1;
                }
            }
        }
        let mut whole: BTreeMap<u64, Vec<usize>> = BTreeMap::new();
        for (doc, fingerprint) in fingerprints.iter().enumerate().take(n_docs) {
            if let Some(value) = fingerprint.whole {
                whole.entry(value).or_default().push(doc);
            }
        }
        let mut links: Vec<(usize, usize, usize)> = Vec::new();
        for docs in whole.values() {
            for pair in docs.windows(2) {
                links.push((pair[0], pair[1], fingerprints[pair[0]].samples.len().max(1)));
            }
        }
        for ((a, b), n_shared) in shared {
            let smaller = fingerprints[a]
                .samples
                .len()
                .min(fingerprints[b].samples.len());
            if n_shared >= MIN_SHARED && n_shared as f64 >= MIN_SHARE * smaller as f64 {
                links.push((a, b, n_shared));
            }
        }
        group(links, documents, n_docs)
    }

    #[test]
    fn copies_equal_the_posting_map_definition() {
        // 150 articles drawn from 40 paragraphs (so some paragraphs are run
        // by more than `MAX_POSTINGS` articles), dated or not, some texts
        // identical, some with no words.
        let paragraphs: Vec<String> = (0..40)
            .map(|p| {
                (0..30)
                    .map(|w| format!("w{}", (p * 7919 + w * 104_729) % 997))
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect();
        let mut state: u64 = 12_345;
        let mut next = |n: u64| {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            (state >> 33) % n
        };
        let mut articles = Vec::new();
        for idx in 0..150 {
            let text = match idx % 25 {
                0 => String::new(),
                1 => paragraphs[0].clone(),
                // Every other article runs the last paragraph: more than
                // `MAX_POSTINGS` of them.
                _ => (0..next(6) + 1)
                    .map(|_| paragraphs[next(39) as usize].as_str())
                    .chain((idx % 2 == 0).then_some(paragraphs[39].as_str()))
                    .collect::<Vec<_>>()
                    .join(". "),
            };
            let date = match next(3) {
                0 => None,
                1 => Some("2023-06-06"),
                _ => Some("2023-06-07"),
            };
            articles.push(article(&format!("a{idx:03}"), date, &text));
        }
        let (articles, documents): (Vec<Article>, Vec<Document>) = articles.into_iter().unzip();
        let fingerprints: Vec<Fingerprint> = articles.iter().map(fingerprint).collect();
        let got = copies(&fingerprints, &documents);
        assert!(got.iter().filter(|copy| copy.is_some()).count() > 10);
        assert_eq!(got, reference_copies(&fingerprints, &documents));
    }

    #[test]
    fn fingerprints_equal_the_reference_definition() {
        let mut text = String::from("Share this\n# ΣΊΣΥΦΟΣ and Erdoğan’s İstanbul ÖDÜL\n\n");
        text.push_str(
            "A naïve café on Straße 12½ sold x²³ at 東京, e\u{301}té—ΟΔΟΣ ‘quoted’ 3.5bn. ",
        );
        for idx in 0..40 {
            text.push_str(&format!(
                "Sentence {idx} says the AFP wire ran {} words today. ",
                idx * 7
            ));
        }
        // Words of every length, of ASCII letters and of two-, three- and
        // four-byte characters, so that every low-bit map and every path
        // through the sampled runs is taken.
        const LETTERS: [char; 32] = [
            'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o', 'p', 'q',
            'r', 's', 't', 'u', 'v', 'w', 'x', 'é', 'ß', 'Σ', 'ı', '東', '½', '\u{301}', '𝄞',
        ];
        let mut state: u64 = 7;
        let long: String = (0..3000)
            .map(|_| {
                state = state
                    .wrapping_mul(6_364_136_223_846_793_005)
                    .wrapping_add(1_442_695_040_888_963_407);
                let len = (state >> 60) as usize + 1;
                (0..len)
                    .map(|at| LETTERS[((state >> (3 * at + 5)) % 32) as usize])
                    .collect::<String>()
            })
            .collect::<Vec<_>>()
            .join(" ");
        for text in [
            "",
            "One two.",
            "one two three four five six seven eight",
            &text,
            &long,
        ] {
            let (article, _) = article("a", None, text);
            assert_eq!(fingerprint(&article), reference(&article), "text: {text}");
        }
        // The long text must be sampled at all, or the comparison above tests nothing.
        let (article, _) = article("a", None, &long);
        assert!(reference(&article).samples.len() > 100);
    }

    #[test]
    fn a_rewrite_of_a_wire_story_is_a_copy_of_the_earliest() {
        let rewrite = format!("Our correspondent adds: {WIRE} More details will follow.");
        check(
            &[
                ("later", Some("2023-06-07"), &rewrite),
                ("wire", Some("2023-06-06"), WIRE),
                ("other", Some("2023-06-06"), "The dam on the river was destroyed on Tuesday, officials said. Thousands of people were evacuated from the towns downstream as the water rose."),
            ],
            &[Some("wire"), None, None],
        );
    }

    #[test]
    fn an_identical_file_is_a_copy_even_when_short() {
        let text = "The dam was destroyed.";
        check(&[("a", None, text), ("b", None, text)], &[None, Some("a")]);
    }

    #[test]
    fn a_roundup_of_two_wires_does_not_join_the_wires() {
        let other = "Search teams pulled three survivors from the rubble of an apartment block in the south on Wednesday evening, more than two days after the quake struck the region. Aid convoys reached the border crossing in the afternoon after the road was cleared of debris and fallen power lines by army engineers.";
        let roundup = format!("{WIRE} {other}");
        check(
            &[
                ("afp", Some("2023-06-06"), WIRE),
                ("reuters", Some("2023-06-06"), other),
                ("roundup", Some("2023-06-07"), &roundup),
            ],
            &[None, None, Some("afp")],
        );
    }

    #[test]
    fn one_shared_quote_is_not_a_copy() {
        let quote = "\"The reservoir has lost most of its water and the damage will take years to repair,\" the minister said.";
        check(
            &[
                (
                    "a",
                    None,
                    &format!(
                        "{quote} Farmers in the south fear for the harvest this year and next."
                    ),
                ),
                (
                    "b",
                    None,
                    &format!(
                        "Rescuers worked through the night in flooded streets of the city. {quote}"
                    ),
                ),
            ],
            &[None, None],
        );
    }
}
