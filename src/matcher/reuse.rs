//! Text reuse: articles that repeat long runs of another article's text are
//! copies of it (a wire story run by a second outlet, an uncredited rewrite,
//! a byte-identical file, a hard link), and count once.
//!
//! Matches: two outlets running the same AFP paragraphs, word for word.
//! Ignores: two articles that quote the same official sentence once.
//!
//! Each article leaves a small fingerprint (a sample of the hashes of its
//! runs of `SHINGLE_WORDS` words, one hash in `SAMPLE_EVERY`, plus a hash of
//! its whole text), made in parallel as articles are scanned. Its samples
//! are not held: they are appended to a temporary file by the top bits of
//! their hash (`Prints`), so the memory they take is flat in corpus size.
//! Once every article is scanned, the buckets are read back one at a time
//! (a bucket of more than `PASS_RECORDS` records, 1/128 of a corpus of some
//! 3 GB, in passes over ranges of the next bits, so what is held at once
//! stays bounded too) and sorted (an inverted index walked in hash order, of which only the
//! samples two or more articles hold are kept), and each article counts
//! how many samples it shares with each later article: no pairwise pass
//! over the corpus. A pair is a copy when it shares at least `MIN_SHARED`
//! samples and at least `MIN_SHARE` of the smaller article's, or the whole
//! text. Each copy points at the earliest article (by date, then path) it is
//! linked to; links are not followed further, so an article repeating two
//! wire stories never makes the wires copies of each other.

use std::collections::BTreeMap;
use std::fs::File;
use std::io::{Read, Seek, SeekFrom, Write};

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

/// Top bits of a sample that choose its bucket in `Prints`.
const BUCKET_BITS: u32 = 7;
/// Buckets the samples are spilled into.
const BUCKETS: usize = 1 << BUCKET_BITS;
/// Bytes of one spilled sample: its hash, then its document, little-endian.
const RECORD: usize = 12;
/// Bytes a bucket gathers in memory before they are written as one block.
const BLOCK: usize = 512 * RECORD;

/// Every article's fingerprint, as copy detection holds them while the
/// corpus is scanned: per document its whole-text hash and how many samples
/// it has, and the samples themselves appended to an unnamed temporary file
/// (`tempfile::tempfile`, removed when the process ends) in `BUCKETS`
/// buckets by the top bits of their hash. `copies` then holds one bucket at
/// a time and keeps only the samples two or more documents share (about one
/// byte per word of text is sampled, and on a corpus of unrelated articles
/// 95% of the samples are one document's only). When no temporary file can
/// be made or written, the samples stay in memory.
#[derive(Debug)]
pub struct Prints {
    /// Per document, in the order they were added.
    docs: Vec<Summary>,
    /// Per bucket, its records not yet written (all of them in memory).
    pending: Vec<Vec<u8>>,
    /// Per bucket, its blocks in the file: offset and length in bytes.
    blocks: Vec<Vec<(u64, usize)>>,
    /// The file, once a block is written.
    file: Option<File>,
    /// Bytes in the file.
    written: u64,
    /// Whether making or writing the file failed: every record not yet
    /// written then stays pending.
    in_memory: bool,
    /// Bytes a bucket gathers before they are written (`BLOCK`; smaller in
    /// tests, so that every path is taken on small texts).
    block: usize,
}

/// What copy detection keeps of one document besides its samples.
#[derive(Debug, Clone, Copy, Default)]
struct Summary {
    /// `Fingerprint::whole`.
    whole: Option<u64>,
    /// How many samples it has.
    samples: u32,
}

impl Default for Prints {
    fn default() -> Prints {
        Prints {
            docs: Vec::new(),
            pending: Vec::new(),
            blocks: Vec::new(),
            file: None,
            written: 0,
            in_memory: false,
            block: BLOCK,
        }
    }
}

impl Prints {
    /// How many documents' fingerprints were added.
    pub fn len(&self) -> usize {
        self.docs.len()
    }

    /// Whether no fingerprint was added.
    pub fn is_empty(&self) -> bool {
        self.docs.is_empty()
    }

    /// Adds the fingerprint of the next document (its samples sorted and
    /// distinct, as `fingerprint` and `Fingerprint::normalized` make them).
    pub fn push(&mut self, print: Fingerprint) {
        let doc = self.docs.len() as u32;
        self.docs.push(Summary {
            whole: print.whole,
            samples: u32::try_from(print.samples.len()).unwrap_or(u32::MAX),
        });
        if self.pending.is_empty() {
            self.pending = vec![Vec::new(); BUCKETS];
            self.blocks = vec![Vec::new(); BUCKETS];
        }
        for sample in print.samples {
            let bucket = bucket_of(sample);
            let Some(pending) = self.pending.get_mut(bucket) else {
                continue;
            };
            pending.extend_from_slice(&sample.to_le_bytes());
            pending.extend_from_slice(&doc.to_le_bytes());
            if pending.len() >= self.block {
                self.flush(bucket);
            }
        }
    }

    /// Writes the pending records of `bucket` at the end of the file as one
    /// block; when that fails, they and all later records stay pending.
    fn flush(&mut self, bucket: usize) {
        if self.in_memory {
            return;
        }
        if self.file.is_none() {
            match tempfile::tempfile() {
                Ok(file) => self.file = Some(file),
                Err(_) => {
                    self.in_memory = true;
                    return;
                }
            }
        }
        let (Some(file), Some(pending)) = (&mut self.file, self.pending.get_mut(bucket)) else {
            return;
        };
        let result = file
            .seek(SeekFrom::Start(self.written))
            .and_then(|_| file.write_all(pending));
        match result {
            Ok(()) => {
                if let Some(blocks) = self.blocks.get_mut(bucket) {
                    blocks.push((self.written, pending.len()));
                }
                self.written += pending.len() as u64;
                pending.clear();
            }
            Err(_) => self.in_memory = true,
        }
    }

    /// Appends the records of `bucket` whose sample `keep` takes to `out` as
    /// (sample, document) pairs, in the order they were added.
    fn read_bucket(
        &self,
        bucket: usize,
        keep: impl Fn(u64) -> bool + Copy,
        out: &mut Vec<(u64, u32)>,
    ) -> std::io::Result<()> {
        let mut bytes = Vec::new();
        if let (Some(mut file), Some(blocks)) = (self.file.as_ref(), self.blocks.get(bucket)) {
            for &(at, len) in blocks {
                bytes.resize(len, 0);
                file.seek(SeekFrom::Start(at))?;
                file.read_exact(&mut bytes)?;
                decode(&bytes, keep, out);
            }
        }
        if let Some(pending) = self.pending.get(bucket) {
            decode(pending, keep, out);
        }
        Ok(())
    }

    /// How many records `bucket` holds, in the file and pending.
    fn bucket_records(&self, bucket: usize) -> usize {
        let in_file: usize = self
            .blocks
            .get(bucket)
            .map_or(0, |blocks| blocks.iter().map(|(_, len)| len).sum());
        let pending = self.pending.get(bucket).map_or(0, Vec::len);
        (in_file + pending) / RECORD
    }

    /// Every document's fingerprint, in the order they were added (for a
    /// shard, which holds them whole).
    pub fn per_document(&self) -> std::io::Result<Vec<Fingerprint>> {
        let mut prints: Vec<Fingerprint> = self
            .docs
            .iter()
            .map(|summary| Fingerprint {
                samples: Vec::with_capacity(summary.samples as usize),
                whole: summary.whole,
            })
            .collect();
        let mut records = Vec::new();
        for bucket in 0..BUCKETS {
            records.clear();
            self.read_bucket(bucket, |_| true, &mut records)?;
            for (sample, doc) in &records {
                if let Some(print) = prints.get_mut(*doc as usize) {
                    print.samples.push(*sample);
                }
            }
        }
        // Buckets come in hash order and each document's samples were added
        // in order: already sorted, only confirmed.
        Ok(prints.into_iter().map(Fingerprint::normalized).collect())
    }
}

#[cfg(test)]
impl Prints {
    /// Prints of one document whose one sample went to a block of a file
    /// that cannot be read back (opened write-only), for tests of the
    /// errors of reading back.
    pub(crate) fn unreadable() -> Prints {
        let named = tempfile::NamedTempFile::new().unwrap_or_else(|err| panic!("{err}"));
        let file = std::fs::OpenOptions::new()
            .write(true)
            .open(named.path())
            .unwrap_or_else(|err| panic!("{err}"));
        let mut prints = Prints {
            block: RECORD,
            file: Some(file),
            ..Prints::default()
        };
        prints.push(Fingerprint {
            samples: vec![8],
            whole: Some(1),
        });
        assert_eq!(prints.written, RECORD as u64);
        prints
    }
}

/// The bucket of `sample`: its top bits.
fn bucket_of(sample: u64) -> usize {
    (sample >> (u64::BITS - BUCKET_BITS)) as usize
}

/// Appends the records in `bytes` (`RECORD` bytes each) whose sample `keep`
/// takes to `out`.
fn decode(bytes: &[u8], keep: impl Fn(u64) -> bool, out: &mut Vec<(u64, u32)>) {
    out.extend(
        bytes
            .chunks_exact(RECORD)
            .map(|record| {
                let (sample, doc) = record.split_at(8);
                let mut sample_bytes = [0u8; 8];
                sample_bytes.copy_from_slice(sample);
                let mut doc_bytes = [0u8; 4];
                doc_bytes.copy_from_slice(doc);
                (
                    u64::from_le_bytes(sample_bytes),
                    u32::from_le_bytes(doc_bytes),
                )
            })
            .filter(|(sample, _)| keep(*sample)),
    );
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
/// hashed (the low bits of every run's hash, carried as its words are read,
/// `Words::windows`, tell them), four at a time, as independent chains.
pub fn fingerprint(article: &Article) -> Fingerprint {
    let mut words = Words::with_capacity(article.text.len());
    for sentence in &article.sentences {
        if sentence.kind == SentenceKind::Furniture {
            continue;
        }
        let Some(text) = article.text.get(sentence.start..sentence.end) else {
            continue;
        };
        words.push_text(text);
    }
    let Words {
        bytes: words,
        mut starts,
        sampled,
        whole,
        ..
    } = words;
    let n_words = starts.len();
    starts.push(words.len());
    let whole = (n_words > 0).then_some(whole);
    let n_runs = (n_words + 1).saturating_sub(SHINGLE_WORDS);
    let run = |idx: usize| starts[idx]..starts[idx + SHINGLE_WORDS];
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

/// An article's words as `fingerprint` reads them, with what it needs of
/// each, all made in one pass over the text's bytes.
struct Words {
    /// The words (the maximal runs of alphanumeric characters), each
    /// lowercased and followed by `WORD_END`.
    bytes: Vec<u8>,
    /// Where each word starts in `bytes`.
    starts: Vec<usize>,
    /// The low bits of the hashes of the runs being read, one byte each
    /// (`low_bits_step`): byte `k % 8` is the run that starts at word `k`,
    /// so the eight runs the last word is part of are carried at once.
    windows: u64,
    /// The first word of each sampled run, in order.
    sampled: Vec<usize>,
    /// FNV-1a of `bytes`.
    whole: u64,
}

impl Words {
    fn with_capacity(len: usize) -> Words {
        Words {
            bytes: Vec::with_capacity(len + len / 4),
            starts: Vec::with_capacity(len / 5),
            windows: 0,
            sampled: Vec::with_capacity(len / 40),
            whole: fnv::OFFSET,
        }
    }

    /// Appends the words of `text`: exactly `text.split(|ch: char|
    /// !ch.is_alphanumeric())`'s non-empty pieces. A byte scan: an ASCII byte
    /// is classified on the spot and only a non-ASCII one is decoded.
    fn push_text(&mut self, text: &str) {
        let bytes = text.as_bytes();
        let mut at = 0;
        while let Some(&byte) = bytes.get(at) {
            match WORD_BYTES[usize::from(byte)] {
                0 => at += 1,
                NOT_ASCII => {
                    let (alnum, len) = classify(text, at);
                    at = if alnum {
                        self.push_word(text, at)
                    } else {
                        at + len
                    };
                }
                _ => at = self.push_word(text, at),
            }
        }
    }

    /// Appends the word of `text` that starts at byte `start` (an
    /// alphanumeric character) and returns where it ends. An ASCII word is
    /// lowercased byte by byte as it is copied; a word with a non-ASCII
    /// character is lowercased whole by `str::to_lowercase` (a final sigma is
    /// a word's). The run that starts at this word enters it with the offset
    /// basis's low bits; the run that it ends is sampled when its low bits
    /// are 0.
    fn push_word(&mut self, text: &str, start: usize) -> usize {
        let bytes = text.as_bytes();
        let from = self.bytes.len();
        let word = self.starts.len();
        let slot = 8 * (word % SHINGLE_WORDS) as u32;
        let entered = (self.windows & !(0xFF << slot)) | ((fnv::OFFSET % SAMPLE_EVERY) << slot);
        let rest = bytes.get(start..).unwrap_or_default();
        let ascii = rest
            .iter()
            .position(|byte| matches!(WORD_BYTES[usize::from(*byte)], 0 | NOT_ASCII))
            .unwrap_or(rest.len());
        let mut at = start + ascii;
        let mut whole = self.whole;
        let mut lanes = entered;
        // One reservation for the word: the copy checks no capacity per byte.
        self.bytes.extend(rest[..ascii].iter().map(|byte| {
            let byte = WORD_BYTES[usize::from(*byte)];
            whole = (whole ^ u64::from(byte)).wrapping_mul(fnv::PRIME);
            lanes = low_bits_step(lanes, byte);
            byte
        }));
        if bytes.get(at).is_some_and(|byte| !byte.is_ascii()) && classify(text, at).0 {
            // Not ASCII: read the word again, whole.
            self.bytes.truncate(from);
            while at < bytes.len() {
                let (alnum, len) = classify(text, at);
                if !alnum {
                    break;
                }
                at += len;
            }
            let Some(word) = text.get(start..at) else {
                return at;
            };
            whole = self.whole;
            lanes = entered;
            for byte in word.to_lowercase().bytes() {
                self.bytes.push(byte);
                whole = (whole ^ u64::from(byte)).wrapping_mul(fnv::PRIME);
                lanes = low_bits_step(lanes, byte);
            }
        }
        self.bytes.push(WORD_END);
        self.whole = (whole ^ u64::from(WORD_END)).wrapping_mul(fnv::PRIME);
        self.windows = low_bits_step(lanes, WORD_END);
        self.starts.push(from);
        // The run of the last `SHINGLE_WORDS` words, which this one ends.
        if let Some(first) = (word + 1).checked_sub(SHINGLE_WORDS) {
            let ended = 8 * (first % SHINGLE_WORDS) as u32;
            if (self.windows >> ended) & 0xFF == 0 {
                self.sampled.push(first);
            }
        }
        at
    }
}

/// Each byte as `Words` reads it: an ASCII letter or digit lowercased, 0 for
/// another ASCII byte, `NOT_ASCII` for a byte of a non-ASCII character.
static WORD_BYTES: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut byte = 0;
    while byte < 256 {
        let ascii = byte as u8;
        table[byte] = if !ascii.is_ascii() {
            NOT_ASCII
        } else if ascii.is_ascii_alphanumeric() {
            ascii.to_ascii_lowercase()
        } else {
            0
        };
        byte += 1;
    }
    table
};
const NOT_ASCII: u8 = 0x80;

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

/// For each document, the original it copies, if any. `parts` are the
/// fingerprints of the corpus's parts, each with the index in `documents`
/// of each of its documents (a document without one has no samples and no
/// whole-text hash); `Err` names a spill file that could not be read back.
pub fn copies(
    parts: Vec<(Prints, Vec<u32>)>,
    documents: &[Document],
) -> Result<Vec<Option<CopyOf>>, String> {
    copies_in_passes(parts, documents, PASS_RECORDS).map(|(copies, _)| copies)
}

/// Records of a bucket `copies` aims to hold at once (16 bytes each in
/// memory: 8 MiB): a larger bucket is read in as many passes as it takes,
/// each keeping the samples of one range of the bits below the bucket's.
const PASS_RECORDS: usize = 1 << 19;

/// `copies`, reading a bucket of more than `pass_records` records in
/// passes; also the most records held at once.
fn copies_in_passes(
    parts: Vec<(Prints, Vec<u32>)>,
    documents: &[Document],
    pass_records: usize,
) -> Result<(Vec<Option<CopyOf>>, usize), String> {
    let n_docs = documents.len();
    let mut summaries = vec![Summary::default(); n_docs];
    for (prints, ids) in &parts {
        for (summary, id) in prints.docs.iter().zip(ids) {
            if let Some(slot) = summaries.get_mut(*id as usize) {
                *slot = *summary;
            }
        }
    }
    // The inverted index is never built whole: the samples are read back
    // one bucket at a time, each sorted by (sample, document), so each
    // sample's documents come in document order, every bucket's samples
    // after the one before's. A sample two or more documents hold is kept
    // as a group: its documents, ascending, in `postings` (4 bytes each),
    // and its number in `groups` of each document that pairs with a later
    // one. Pairs are never listed (a list of one entry per pair and shared
    // sample was the dense corpus's peak: a passage run by 60 articles is
    // 1,770 pairs); they are counted document by document below.
    let mut records: Vec<(u64, u32)> = Vec::new();
    let mut postings: Vec<u32> = Vec::new();
    let mut group_start: Vec<usize> = vec![0];
    let mut groups: Vec<Vec<u32>> = vec![Vec::new(); n_docs];
    let mut most_held = 0;
    // A bucket is 1/128 of every sample of the corpus, so it grows with the
    // corpus: past `pass_records` it is read in passes, pass `p` of `n`
    // keeping the samples whose next 32 bits times `n` fall in `p`. The
    // passes come in hash order, so the groups come as from one sort.
    let passes = (0..BUCKETS).flat_map(|bucket| {
        let n_records: usize = parts
            .iter()
            .map(|(prints, _)| prints.bucket_records(bucket))
            .sum();
        let n_passes = n_records.div_ceil(pass_records.max(1)).clamp(1, 1 << 16) as u64;
        (0..n_passes).map(move |pass| (bucket, pass, n_passes))
    });
    for (bucket, pass, n_passes) in passes {
        let keep = move |sample: u64| (((sample << BUCKET_BITS) >> 32) * n_passes) >> 32 == pass;
        records.clear();
        for (prints, ids) in &parts {
            let from = records.len();
            prints
                .read_bucket(bucket, keep, &mut records)
                .map_err(|err| format!("reading copy detection's spill file back: {err}"))?;
            for record in records.get_mut(from..).unwrap_or_default() {
                record.1 = ids.get(record.1 as usize).copied().unwrap_or(u32::MAX);
            }
        }
        most_held = most_held.max(records.len());
        records.retain(|(_, doc)| (*doc as usize) < n_docs);
        records.sort_unstable();
        for members in records.chunk_by(|a, b| a.0 == b.0) {
            if members.len() < 2 {
                continue;
            }
            let group = (group_start.len() - 1) as u32;
            // The last document pairs with no later one; a passage many
            // articles run pairs each with the first only, so the work stays
            // linear and the many copies still link.
            let pairing = if members.len() <= MAX_POSTINGS {
                members.len() - 1
            } else {
                1
            };
            for (_, doc) in &members[..pairing] {
                if let Some(doc_groups) = groups.get_mut(*doc as usize) {
                    doc_groups.push(group);
                }
            }
            postings.extend(members.iter().map(|(_, doc)| *doc));
            group_start.push(postings.len());
        }
    }
    drop(records);
    drop(parts);
    let mut whole: BTreeMap<u64, Vec<usize>> = BTreeMap::new();
    for (doc, summary) in summaries.iter().enumerate() {
        if let Some(value) = summary.whole {
            whole.entry(value).or_default().push(doc);
        }
    }
    let mut links: Vec<(usize, usize, usize)> = Vec::new();
    for docs in whole.values() {
        for pair in docs.windows(2) {
            let n = (summaries[pair[0]].samples as usize).max(1);
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
                    let smaller = summaries[a].samples.min(summaries[b].samples) as usize;
                    if n_shared >= MIN_SHARED && n_shared as f64 >= MIN_SHARE * smaller as f64 {
                        found.push((a, b, n_shared));
                    }
                }
                found
            },
        )
        .collect();
    links.extend(linked.into_iter().flatten());
    Ok((group(links, documents, n_docs), most_held))
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

/// The low three bits of eight FNV-1a hashes, one per byte of `lanes`,
/// continued over one more byte.
///
/// A hash is sampled when its low three bits are 0 (`SAMPLE_EVERY`), and
/// FNV-1a's low bits depend only on the low bits of the hash and of each
/// byte (xor and multiplication carry only upwards), so a run's sampling is
/// decided by carrying its low bits alone, and only the one run in eight
/// that is sampled is hashed in full. A value times the prime's low bits
/// stays below 256, so no byte carries into the next.
fn low_bits_step(lanes: u64, byte: u8) -> u64 {
    const EACH: u64 = 0x0101_0101_0101_0101;
    ((lanes ^ (u64::from(byte % 8) * EACH)).wrapping_mul(fnv::PRIME % 8)) & (7 * EACH)
}
const _: () = assert!(SAMPLE_EVERY == 8 && (fnv::PRIME % 8) * 7 < 256);
// `Words::windows` carries one run in each byte of a `u64`.
const _: () = assert!(SHINGLE_WORDS <= 8);

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
        let got: Vec<Option<&str>> = copies(in_parts(&fingerprints, 1, BLOCK), &documents)
            .unwrap_or_else(|err| panic!("{err}"))
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
        let expected = reference_copies(&fingerprints, &documents);
        assert!(expected.iter().filter(|copy| copy.is_some()).count() > 10);
        // One part held in pending blocks, then three parts (documents
        // dealt out in turn) whose buckets are written to the file every
        // two records, so each bucket is read back from many blocks.
        // Then buckets read in passes of about 8 and 1 records.
        for (n_parts, block, pass) in [
            (1, BLOCK, PASS_RECORDS),
            (3, 2 * RECORD, PASS_RECORDS),
            (3, 2 * RECORD, 8),
            (1, BLOCK, 1),
        ] {
            let parts = in_parts(&fingerprints, n_parts, block);
            if block < BLOCK {
                assert!(parts.iter().all(|(prints, _)| prints.written > 0));
            }
            let (got, most_held) =
                copies_in_passes(parts, &documents, pass).unwrap_or_else(|err| panic!("{err}"));
            assert_eq!(
                got, expected,
                "{n_parts} part(s), blocks of {block} bytes, passes of {pass} records"
            );
            assert!(most_held > 0);
        }
    }

    #[test]
    fn a_large_bucket_is_read_in_passes_holding_a_bounded_share() {
        // Articles of words no other article has, but for two identical
        // ones: a bucket holds about 1/128 of every sample.
        let mut texts: Vec<String> = (0..200)
            .map(|idx| {
                (0..600)
                    .map(|word| format!("u{idx}x{word}"))
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect();
        texts[1] = texts[0].clone();
        let (articles, documents): (Vec<Article>, Vec<Document>) = texts
            .iter()
            .enumerate()
            .map(|(idx, text)| article(&format!("a{idx:03}"), None, text))
            .unzip();
        let fingerprints: Vec<Fingerprint> = articles.iter().map(fingerprint).collect();
        let expected = reference_copies(&fingerprints, &documents);
        assert_eq!(expected.iter().filter(|copy| copy.is_some()).count(), 1);
        let (whole, most_whole) = copies_in_passes(
            in_parts(&fingerprints, 2, 4 * RECORD),
            &documents,
            PASS_RECORDS,
        )
        .unwrap_or_else(|err| panic!("{err}"));
        let (passed, most_passed) =
            copies_in_passes(in_parts(&fingerprints, 2, 4 * RECORD), &documents, 10)
                .unwrap_or_else(|err| panic!("{err}"));
        assert_eq!(whole, expected);
        assert_eq!(passed, expected);
        assert!(most_whole > 80, "{most_whole}");
        assert!(most_passed <= 30, "{most_passed}");
    }

    /// `fingerprints` dealt out in turn to `n_parts` parts, as `copies`
    /// takes them, each part writing a block every `block` bytes.
    fn in_parts(
        fingerprints: &[Fingerprint],
        n_parts: usize,
        block: usize,
    ) -> Vec<(Prints, Vec<u32>)> {
        let mut parts: Vec<(Prints, Vec<u32>)> = (0..n_parts)
            .map(|_| {
                let prints = Prints {
                    block,
                    ..Prints::default()
                };
                (prints, Vec::new())
            })
            .collect();
        for (doc, print) in fingerprints.iter().enumerate() {
            let (prints, ids) = &mut parts[doc % n_parts];
            prints.push(print.clone());
            ids.push(doc as u32);
        }
        parts
    }

    #[test]
    fn fingerprints_read_back_whole_from_the_buckets() {
        let texts: Vec<String> = (0..30)
            .map(|idx| {
                (0..idx * 40)
                    .map(|word| format!("w{}", (idx * 31 + word * 7) % 1009))
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect();
        let fingerprints: Vec<Fingerprint> = texts
            .iter()
            .map(|text| fingerprint(&article("a", None, text).0))
            .collect();
        for block in [BLOCK, RECORD, 3 * RECORD] {
            let mut prints = Prints {
                block,
                ..Prints::default()
            };
            for print in &fingerprints {
                prints.push(print.clone());
            }
            assert_eq!(prints.len(), fingerprints.len());
            assert_eq!(
                prints.per_document().unwrap_or_else(|err| panic!("{err}")),
                fingerprints,
                "blocks of {block} bytes"
            );
        }
        assert!(
            fingerprints
                .iter()
                .map(|print| print.samples.len())
                .sum::<usize>()
                > 1000
        );
    }

    #[test]
    fn a_spill_file_that_cannot_be_read_back_is_an_error() {
        let err = copies(
            vec![(Prints::unreadable(), vec![0])],
            &[Document::default()],
        )
        .err();
        assert!(
            err.as_deref()
                .is_some_and(|err| err.starts_with("reading copy detection's spill file back: ")),
            "{err:?}"
        );
        assert!(Prints::unreadable().per_document().is_err());
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
