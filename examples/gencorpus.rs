//! Writes a deterministic, article-like benchmark corpus, and optionally a rulebook ten times larger.
//!
//! The corpus is made of the paragraphs of the seed articles (`--from`, default `corpus`),
//! recombined into files of 5–10 KB. About one paragraph in ten has one number or year
//! shifted ("70%" → "60%", "2019" → "2018") and about one year range in four is reversed
//! ("2014–2018" → "2018–2014"), so figures disagree across files. Each file opens with a
//! heading taken from the seeds; about three in ten separate paragraphs with a single newline,
//! like the seeds do.
//!
//! Page furniture is left out: Jekyll front matter, stock-ticker lines, share buttons and other
//! short lines that are neither a heading (4–20 words) nor a paragraph (8 or more words). The
//! corpus measures body-text throughput; the seeds themselves cover furniture.
//!
//! The same `--seed`, `--mb` and `--from` give byte-identical output. Files go into nested
//! directories of 1000 files each: `out/0000/000000.txt`, `out/0000/000001.txt`, ...
//!
//! ```sh
//! cargo run --release --example gencorpus -- --out bench-data/c256 --mb 256 --seed 1
//! cargo run --release --example gencorpus -- --rules rules --rules-x10 bench-data/rules-x10
//! ```

use std::fs;
use std::ops::Range;
use std::path::{Path, PathBuf};

use anyhow::Context;
use clap::Parser;
use regex::Regex;

/// Writes a deterministic benchmark corpus and/or a rulebook ten times larger.
#[derive(Debug, Parser)]
#[command(name = "gencorpus")]
struct Args {
    /// Output directory for the corpus (must be missing or empty).
    #[arg(long)]
    out: Option<PathBuf>,
    /// Size of the corpus in MiB (the last file may go a few KB over).
    #[arg(long, default_value_t = 64, value_parser = clap::value_parser!(u64).range(1..))]
    mb: u64,
    /// Seed of the pseudo-random generator.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Directory of seed articles (`.txt` and `.md`) whose paragraphs are recombined.
    #[arg(long, default_value = "corpus")]
    from: PathBuf,
    /// Rulebook directory to enlarge with `--rules-x10`.
    #[arg(long, default_value = "rules")]
    rules: PathBuf,
    /// Writes a rulebook ten times larger than `--rules` into this directory.
    #[arg(long = "rules-x10")]
    rules_x10: Option<PathBuf>,
    /// Writes a rulebook `--times` larger than `--rules` into this directory, fairly: each
    /// rule is followed by clones over a distinct vocabulary (every word renamed, references
    /// expanded inline and renamed, regexes made to require a renamed word), so a clone costs
    /// the automaton as much as its rule but matches nothing the rule would not.
    #[arg(long = "rules-fair")]
    rules_fair: Option<PathBuf>,
    /// With `--rules-fair`: how many times the rulebook grows (2 or more).
    #[arg(long, default_value_t = 10, value_parser = clap::value_parser!(u32).range(2..))]
    times: u32,
    /// Sparse corpus: English prose files whose word-level (bigram) model writes the filler
    /// paragraphs, e.g. Debian's `/usr/share/common-licenses/*` (package `base-files`).
    #[arg(long, num_args = 1..)]
    filler: Vec<PathBuf>,
    /// With `--filler`: the share of paragraphs taken from the seeds (the rest is filler).
    #[arg(long, default_value_t = 0.05)]
    seed_share: f64,
    /// With `--filler`: a file of phrases, one a line (`claimcheck rules literals`); a filler
    /// word that contains the first word of one is left out, so filler touches no rule.
    #[arg(long)]
    avoid: Option<PathBuf>,
}

/// Files per output directory.
const FILES_PER_DIR: usize = 1000;
/// Smallest target size of one file, in bytes.
const MIN_FILE: usize = 5 * 1024;
/// Largest size of one file, in bytes (a single oversized paragraph may exceed it).
const MAX_FILE: usize = 10 * 1024;
/// Chance that a paragraph gets one number shifted.
const P_NUMBER: f64 = 0.1;
/// Chance that a paragraph with a year range gets one range reversed.
const P_RANGE: f64 = 0.25;
/// Chance that a file separates paragraphs with one newline instead of a blank line.
const P_SINGLE_NEWLINE: f64 = 0.3;
/// Words prepended to a cloned rule's literal phrases, one per clone.
const CLONE_TAGS: [&str; 9] = [
    "officials",
    "reports",
    "sources",
    "analysts",
    "figures",
    "experts",
    "statements",
    "estimates",
    "observers",
];

fn main() -> std::process::ExitCode {
    let args = Args::parse();
    match run(&args) {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("gencorpus: {err:#}");
            std::process::ExitCode::from(2)
        }
    }
}

fn run(args: &Args) -> anyhow::Result<()> {
    if args.out.is_none() && args.rules_x10.is_none() && args.rules_fair.is_none() {
        anyhow::bail!("nothing to do: give --out DIR, --rules-x10 DIR or --rules-fair DIR");
    }
    if let Some(out) = &args.rules_fair {
        let n_rules = write_rules_fair(&args.rules, out, args.times as usize)?;
        eprintln!(
            "gencorpus: wrote {n_rules} rules ({}x {}, fair clones) to {}",
            args.times,
            args.rules.display(),
            out.display()
        );
    }
    if let Some(out) = &args.out {
        let mut source = Source::load(&args.from)?;
        if !args.filler.is_empty() {
            let avoid = match &args.avoid {
                Some(path) => fs::read_to_string(path)
                    .with_context(|| format!("reading phrases to avoid {}", path.display()))?,
                None => String::new(),
            };
            let mut texts = Vec::new();
            for path in &args.filler {
                let bytes =
                    fs::read(path).with_context(|| format!("reading filler {}", path.display()))?;
                texts.push(String::from_utf8_lossy(&bytes).into_owned());
            }
            let filler = Filler::new(&texts, &avoid);
            if filler.starts.is_empty() {
                anyhow::bail!("the filler texts hold no usable sentence start");
            }
            source.filler = Some((filler, args.seed_share.clamp(0.0, 1.0)));
        }
        let summary = generate(&source, out, args.mb, args.seed)?;
        eprintln!(
            "gencorpus: wrote {} files, {} bytes to {}",
            summary.n_files,
            summary.n_bytes,
            out.display()
        );
    }
    if let Some(out) = &args.rules_x10 {
        let n_rules = write_rules_x10(&args.rules, out)?;
        eprintln!(
            "gencorpus: wrote {n_rules} rules (10x {}) to {}",
            args.rules.display(),
            out.display()
        );
    }
    Ok(())
}

/// A small, fast pseudo-random generator (splitmix64): the same seed gives the same sequence.
#[derive(Debug, Clone)]
struct SplitMix64(u64);

impl SplitMix64 {
    fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n`; `n` must not be 0.
    fn below(&mut self, n: usize) -> usize {
        ((u128::from(self.next_u64()) * n as u128) >> 64) as usize
    }

    /// True with probability `p`.
    fn chance(&mut self, p: f64) -> bool {
        ((self.next_u64() >> 11) as f64 / (1u64 << 53) as f64) < p
    }
}

/// What kind of number a span holds, which decides how it is shifted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum NumberKind {
    /// A four-digit year from 1900 to 2099.
    Year,
    /// A number followed by `%`, "per cent" or "percent".
    Percent,
    /// Any other free-standing number.
    Plain,
}

/// A free-standing number inside a paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Number {
    span: Range<usize>,
    kind: NumberKind,
}

/// A paragraph of a seed article with the spans that may be perturbed.
#[derive(Debug, Clone)]
struct Paragraph {
    text: String,
    numbers: Vec<Number>,
    /// Pairs of year spans of an ascending range ("2014–2018", "between 2014 and 2018").
    ranges: Vec<(Range<usize>, Range<usize>)>,
}

/// The material the generator recombines.
#[derive(Debug, Clone)]
struct Source {
    headings: Vec<String>,
    paragraphs: Vec<Paragraph>,
    /// For a sparse corpus: the filler model and the share of seed paragraphs.
    filler: Option<(Filler, f64)>,
}

/// A word-level bigram model of English prose, for filler paragraphs that read like text but
/// touch no rule.
#[derive(Debug, Clone)]
struct Filler {
    /// Vocabulary, in first-seen order.
    words: Vec<String>,
    /// Per word: the indexes of the words that follow it in the texts (with repeats).
    next: Vec<Vec<u32>>,
    /// Words that open a sentence in the texts.
    starts: Vec<u32>,
}

impl Filler {
    /// Builds the model from `texts`; words containing the first word of a line of `avoid`
    /// (lower case; a word of three letters or fewer only when equal) are dropped, as if they
    /// were not in the texts.
    fn new(texts: &[String], avoid: &str) -> Filler {
        let avoid: Vec<String> = avoid
            .lines()
            .filter_map(|line| line.split_whitespace().next())
            .map(str::to_lowercase)
            .filter(|word| !word.is_empty())
            .collect();
        let mut index: std::collections::HashMap<String, u32> = std::collections::HashMap::new();
        let mut filler = Filler {
            words: Vec::new(),
            next: Vec::new(),
            starts: Vec::new(),
        };
        for text in texts {
            let mut previous: Option<u32> = None;
            let mut sentence_start = true;
            for token in text.split_whitespace() {
                let word: String = token
                    .chars()
                    .filter(|c| c.is_ascii_alphabetic() || *c == '-' || *c == '\'')
                    .collect();
                let ends = token.ends_with(['.', '!', '?']);
                let lower = word.to_lowercase();
                let usable = !word.is_empty()
                    && word.starts_with(|c: char| c.is_ascii_alphabetic())
                    && !avoid.iter().any(|phrase| {
                        // A short word is avoided only as itself ("a", "aid"), a longer one
                        // also inside a word ("suppl" in "supplying").
                        if phrase.len() <= 3 {
                            lower == *phrase
                        } else {
                            lower.contains(phrase.as_str())
                        }
                    });
                if !usable {
                    previous = None;
                    sentence_start = ends;
                    continue;
                }
                let id = *index.entry(word.clone()).or_insert_with(|| {
                    filler.words.push(word.clone());
                    filler.next.push(Vec::new());
                    (filler.words.len() - 1) as u32
                });
                if sentence_start && word.starts_with(|c: char| c.is_ascii_uppercase()) {
                    filler.starts.push(id);
                }
                if let Some(prev) = previous {
                    filler.next[prev as usize].push(id);
                }
                previous = (!ends).then_some(id);
                sentence_start = ends;
            }
        }
        filler
    }

    /// A paragraph of sentences of 8–30 words, about `n_words` words in all.
    fn paragraph(&self, n_words: usize, rng: &mut SplitMix64) -> String {
        let mut text = String::new();
        let mut written = 0;
        while written < n_words {
            let length = 8 + rng.below(23);
            let mut word = self.starts[rng.below(self.starts.len())];
            if !text.is_empty() {
                text.push(' ');
            }
            for idx in 0..length {
                if idx > 0 {
                    text.push(' ');
                }
                text.push_str(&self.words[word as usize]);
                let followers = &self.next[word as usize];
                if followers.is_empty() {
                    break;
                }
                word = followers[rng.below(followers.len())];
                written += 1;
            }
            text.push('.');
            written += 1;
        }
        text
    }
}

/// How one seed line is used.
#[derive(Debug, Clone, PartialEq, Eq)]
enum LineUse {
    Heading(String),
    Paragraph(String),
    Skip,
}

impl Source {
    /// Reads every `.txt` and `.md` file of `dir`, in path order.
    fn load(dir: &Path) -> anyhow::Result<Source> {
        let mut paths: Vec<PathBuf> = fs::read_dir(dir)
            .with_context(|| format!("reading seed directory {}", dir.display()))?
            .filter_map(|entry| entry.ok().map(|entry| entry.path()))
            .filter(|path| {
                path.extension()
                    .is_some_and(|ext| ext == "txt" || ext == "md")
            })
            .collect();
        paths.sort();
        let mut texts = Vec::new();
        for path in &paths {
            let bytes =
                fs::read(path).with_context(|| format!("reading seed {}", path.display()))?;
            texts.push(String::from_utf8_lossy(&bytes).into_owned());
        }
        let source = Source::from_texts(&texts);
        if source.paragraphs.is_empty() {
            anyhow::bail!("no paragraphs of 8 or more words in {}", dir.display());
        }
        Ok(source)
    }

    fn from_texts(texts: &[String]) -> Source {
        let scanner = Scanner::new();
        let mut headings = Vec::new();
        let mut paragraphs = Vec::new();
        for text in texts {
            for line in strip_front_matter(text).lines() {
                match classify(line) {
                    LineUse::Heading(heading) => headings.push(heading),
                    LineUse::Paragraph(text) => paragraphs.push(scanner.paragraph(text)),
                    LineUse::Skip => {}
                }
            }
        }
        Source {
            headings,
            paragraphs,
            filler: None,
        }
    }
}

/// Finds the numbers and year ranges of a paragraph.
struct Scanner {
    number: Regex,
    dash_range: Regex,
    between_range: Regex,
    from_range: Regex,
}

impl Scanner {
    fn new() -> Scanner {
        Scanner {
            number: Regex::new(r"[0-9]+(?:\.[0-9]+)?").expect("the number pattern is valid"),
            dash_range: Regex::new(r"\b((?:19|20)[0-9]{2}) ?[-–—] ?((?:19|20)[0-9]{2})\b")
                .expect("the dash range pattern is valid"),
            between_range: Regex::new(
                r"\b[Bb]etween ((?:19|20)[0-9]{2}) and ((?:19|20)[0-9]{2})\b",
            )
            .expect("the between range pattern is valid"),
            from_range: Regex::new(r"\b[Ff]rom ((?:19|20)[0-9]{2}) to ((?:19|20)[0-9]{2})\b")
                .expect("the from range pattern is valid"),
        }
    }

    fn paragraph(&self, text: String) -> Paragraph {
        let numbers = self
            .number
            .find_iter(&text)
            .filter_map(|found| number_at(&text, found.range()))
            .collect();
        let mut ranges = Vec::new();
        for pattern in [&self.dash_range, &self.between_range, &self.from_range] {
            for caps in pattern.captures_iter(&text) {
                let (Some(first), Some(second)) = (caps.get(1), caps.get(2)) else {
                    continue;
                };
                if first.as_str() < second.as_str() {
                    ranges.push((first.range(), second.range()));
                }
            }
        }
        ranges.sort_by_key(|(first, _)| first.start);
        Paragraph {
            text,
            numbers,
            ranges,
        }
    }
}

/// Classifies a number match: `None` when it is glued to a word ("5G", "S-400", "COVID-19",
/// "21st") or is part of a grouped number ("1,000").
fn number_at(text: &str, span: Range<usize>) -> Option<Number> {
    let before = text.get(..span.start)?.chars().next_back();
    let after_text = text.get(span.end..)?;
    let after = after_text.chars().next();
    let free_before = !before.is_some_and(|c| !c.is_whitespace() && !"([“\"'‘$€£".contains(c));
    let free_after = !after.is_some_and(|c| c.is_alphanumeric() || c == '_');
    let grouped = after_text.starts_with(',')
        && after_text
            .get(1..2)
            .is_some_and(|c| c.as_bytes()[0].is_ascii_digit());
    if !free_before || !free_after || grouped {
        return None;
    }
    let digits = text.get(span.clone())?;
    let kind = if after == Some('%')
        || after_text.starts_with(" per cent")
        || after_text.starts_with(" percent")
    {
        NumberKind::Percent
    } else if digits.len() == 4 && ("1900".."2100").contains(&digits) {
        NumberKind::Year
    } else {
        NumberKind::Plain
    };
    Some(Number { span, kind })
}

/// The text after a leading Jekyll front matter block (`---` ... `---`), or all of it.
fn strip_front_matter(text: &str) -> &str {
    let Some(rest) = text
        .strip_prefix("---\n")
        .or_else(|| text.strip_prefix("---\r\n"))
    else {
        return text;
    };
    let mut offset = 0;
    for line in rest.split_inclusive('\n') {
        offset += line.len();
        if line.trim_end() == "---" {
            return rest.get(offset..).unwrap_or("");
        }
    }
    text
}

/// Decides whether a seed line is a heading, a paragraph, or furniture to skip.
fn classify(line: &str) -> LineUse {
    let line = line.trim();
    let line = line.trim_start_matches('#').trim_start();
    if line.is_empty() || line.starts_with('[') || line.contains(['▲', '▼']) {
        return LineUse::Skip;
    }
    let n_words = line.split_whitespace().count();
    let n_visible = line.chars().filter(|c| !c.is_whitespace()).count();
    let n_letters = line.chars().filter(|c| c.is_alphabetic()).count();
    let letter_ratio = n_letters as f64 / n_visible.max(1) as f64;
    let ends_sentence = line.ends_with(['.', '!', '?', '”', '"', '’', ')', '_']);
    if n_words >= 8 && letter_ratio >= 0.6 && (ends_sentence || n_words >= 12) {
        return LineUse::Paragraph(line.to_string());
    }
    if (4..=20).contains(&n_words) && letter_ratio >= 0.7 && !line.ends_with(['.', ':', ';']) {
        return LineUse::Heading(line.to_string());
    }
    LineUse::Skip
}

/// One replacement inside a paragraph.
struct Edit {
    span: Range<usize>,
    text: String,
}

/// The paragraph's text, with one number shifted (chance `P_NUMBER`) and one year range
/// reversed (chance `P_RANGE`, when it has one).
fn perturb(paragraph: &Paragraph, rng: &mut SplitMix64) -> String {
    let mut edits = Vec::new();
    if !paragraph.ranges.is_empty() && rng.chance(P_RANGE) {
        let (first, second) = &paragraph.ranges[rng.below(paragraph.ranges.len())];
        if let (Some(a), Some(b)) = (
            paragraph.text.get(first.clone()),
            paragraph.text.get(second.clone()),
        ) {
            edits.push(Edit {
                span: first.clone(),
                text: b.to_string(),
            });
            edits.push(Edit {
                span: second.clone(),
                text: a.to_string(),
            });
        }
    }
    if !paragraph.numbers.is_empty() && rng.chance(P_NUMBER) {
        let number = &paragraph.numbers[rng.below(paragraph.numbers.len())];
        if let Some(text) = paragraph.text.get(number.span.clone()) {
            edits.push(Edit {
                span: number.span.clone(),
                text: shift(text, number.kind, rng),
            });
        }
    }
    apply(&paragraph.text, edits)
}

/// Applies non-overlapping edits; an edit that overlaps an earlier one is dropped.
fn apply(text: &str, mut edits: Vec<Edit>) -> String {
    edits.sort_by_key(|edit| edit.span.start);
    let mut out = String::with_capacity(text.len() + 8);
    let mut at = 0;
    for edit in edits {
        if edit.span.start < at {
            continue;
        }
        let (Some(keep), Some(_)) = (text.get(at..edit.span.start), text.get(edit.span.clone()))
        else {
            continue;
        };
        out.push_str(keep);
        out.push_str(&edit.text);
        at = edit.span.end;
    }
    out.push_str(text.get(at..).unwrap_or(""));
    out
}

/// A different value of the same kind, written with the same number of decimals.
fn shift(digits: &str, kind: NumberKind, rng: &mut SplitMix64) -> String {
    let Ok(value) = digits.parse::<f64>() else {
        return digits.to_string();
    };
    let decimals = digits.split_once('.').map_or(0, |(_, frac)| frac.len());
    let shifted = match kind {
        NumberKind::Year => value + [-2.0, -1.0, 1.0, 2.0][rng.below(4)],
        NumberKind::Percent => {
            let delta = [5.0, 10.0, 15.0][rng.below(3)];
            if value + delta <= 100.0 && (value - delta < 0.0 || rng.chance(0.5)) {
                value + delta
            } else {
                (value - delta).max(0.0)
            }
        }
        NumberKind::Plain => {
            let factor = [0.5, 0.75, 1.25, 1.5, 2.0][rng.below(5)];
            let scaled = value * factor;
            if decimals == 0 && scaled.round() == value {
                value + 1.0
            } else {
                scaled
            }
        }
    };
    format!("{shifted:.decimals$}")
}

/// One generated article: a heading and recombined paragraphs, 5–10 KB.
fn article(source: &Source, rng: &mut SplitMix64) -> String {
    let target = MIN_FILE + rng.below(MAX_FILE - MIN_FILE - 1024);
    let separator = if rng.chance(P_SINGLE_NEWLINE) {
        "\n"
    } else {
        "\n\n"
    };
    let mut text = String::with_capacity(MAX_FILE + 2048);
    if let Some((filler, _)) = &source.filler {
        let heading = filler.paragraph(4 + rng.below(6), rng);
        text.push_str(heading.split('.').next().unwrap_or("Untitled"));
    } else if source.headings.is_empty() {
        text.push_str("Untitled");
    } else {
        text.push_str(&source.headings[rng.below(source.headings.len())]);
    }
    text.push_str("\n\n");
    let mut n_paragraphs = 0;
    let mut n_misses = 0;
    while text.len() < target && n_misses < 8 {
        let body = match &source.filler {
            Some((filler, share)) if !rng.chance(*share) => {
                let n_words = 40 + rng.below(110);
                filler.paragraph(n_words, rng)
            }
            _ => perturb(&source.paragraphs[rng.below(source.paragraphs.len())], rng),
        };
        if n_paragraphs > 0 && text.len() + separator.len() + body.len() + 1 > MAX_FILE {
            n_misses += 1;
            continue;
        }
        if n_paragraphs > 0 {
            text.push_str(separator);
        }
        text.push_str(&body);
        n_paragraphs += 1;
    }
    text.push('\n');
    text
}

/// What `generate` wrote.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Summary {
    n_files: usize,
    n_bytes: u64,
}

/// Writes articles into `out/DDDD/NNNNNN.txt` until `mb` MiB are written.
fn generate(source: &Source, out: &Path, mb: u64, seed: u64) -> anyhow::Result<Summary> {
    if out.exists() {
        let mut entries =
            fs::read_dir(out).with_context(|| format!("reading output {}", out.display()))?;
        if entries.next().is_some() {
            anyhow::bail!("output directory {} is not empty", out.display());
        }
    }
    let mut rng = SplitMix64(seed);
    let budget = mb * 1024 * 1024;
    let mut summary = Summary {
        n_files: 0,
        n_bytes: 0,
    };
    while summary.n_bytes < budget {
        let dir = out.join(format!("{:04}", summary.n_files / FILES_PER_DIR));
        if summary.n_files % FILES_PER_DIR == 0 {
            fs::create_dir_all(&dir)
                .with_context(|| format!("creating directory {}", dir.display()))?;
        }
        let path = dir.join(format!("{:06}.txt", summary.n_files));
        let text = article(source, &mut rng);
        fs::write(&path, &text).with_context(|| format!("writing {}", path.display()))?;
        summary.n_files += 1;
        summary.n_bytes += text.len() as u64;
    }
    Ok(summary)
}

/// Writes every `.toml` file of `rules` (recursively, same relative paths) into `out`, each
/// rule followed by nine clones; returns the number of rules written.
fn write_rules_x10(rules: &Path, out: &Path) -> anyhow::Result<usize> {
    let mut files = Vec::new();
    list_toml(rules, &mut files)?;
    files.sort();
    if files.is_empty() {
        anyhow::bail!("no .toml rule files in {}", rules.display());
    }
    let mut n_rules = 0;
    for path in files {
        let text =
            fs::read_to_string(&path).with_context(|| format!("reading {}", path.display()))?;
        let mut table: toml::Table = text
            .parse()
            .with_context(|| format!("parsing {}", path.display()))?;
        n_rules += clone_rules(&mut table);
        let rel = path.strip_prefix(rules).unwrap_or(&path);
        let target = out.join(rel);
        if let Some(parent) = target.parent() {
            fs::create_dir_all(parent)
                .with_context(|| format!("creating directory {}", parent.display()))?;
        }
        let rendered = toml::to_string(&table)
            .with_context(|| format!("rendering the clones of {}", path.display()))?;
        fs::write(&target, rendered).with_context(|| format!("writing {}", target.display()))?;
    }
    Ok(n_rules)
}

/// Writes every `.toml` file of `rules` into `out`, each rule followed by `times - 1` fair
/// clones (`id-f1` ...); returns the number of rules written.
fn write_rules_fair(rules: &Path, out: &Path, times: usize) -> anyhow::Result<usize> {
    let mut files = Vec::new();
    list_toml(rules, &mut files)?;
    files.sort();
    if files.is_empty() {
        anyhow::bail!("no .toml rule files in {}", rules.display());
    }
    let mut tables = Vec::new();
    for path in files {
        let text =
            fs::read_to_string(&path).with_context(|| format!("reading {}", path.display()))?;
        let table: toml::Table = text
            .parse()
            .with_context(|| format!("parsing {}", path.display()))?;
        tables.push((path, table));
    }
    let definitions = definitions(tables.iter().map(|(_, table)| table));
    let mut n_rules = 0;
    for (path, mut table) in tables {
        if let Some(toml::Value::Array(rules)) = table.get_mut("rule") {
            let mut grown = Vec::with_capacity(rules.len() * times);
            for rule in rules.iter() {
                grown.push(rule.clone());
                if let toml::Value::Table(rule) = rule {
                    for clone in 1..times {
                        grown.push(toml::Value::Table(fair_clone(rule, clone, &definitions)));
                    }
                }
            }
            n_rules += grown.len();
            *rules = grown;
        }
        let rel = path.strip_prefix(rules).unwrap_or(&path);
        let target = out.join(rel);
        if let Some(parent) = target.parent() {
            fs::create_dir_all(parent)
                .with_context(|| format!("creating directory {}", parent.display()))?;
        }
        let rendered = toml::to_string(&table)
            .with_context(|| format!("rendering the clones of {}", path.display()))?;
        fs::write(&target, rendered).with_context(|| format!("writing {}", target.display()))?;
    }
    Ok(n_rules)
}

/// What each `@name` stands for: `[lexicon]` and `[phrases]` lists and `[entity.NAME]` aliases.
fn definitions<'a>(
    tables: impl Iterator<Item = &'a toml::Table>,
) -> std::collections::HashMap<String, Vec<String>> {
    let strings = |value: &toml::Value| -> Vec<String> {
        value
            .as_array()
            .map(|items| {
                items
                    .iter()
                    .filter_map(|item| item.as_str().map(str::to_string))
                    .collect()
            })
            .unwrap_or_default()
    };
    let mut definitions = std::collections::HashMap::new();
    for table in tables {
        for section in ["lexicon", "phrases"] {
            if let Some(toml::Value::Table(lists)) = table.get(section) {
                for (name, value) in lists {
                    definitions.insert(name.clone(), strings(value));
                }
            }
        }
        if let Some(toml::Value::Table(entities)) = table.get("entity") {
            for (name, entity) in entities {
                if let Some(aliases) = entity.get("aliases") {
                    definitions.insert(name.clone(), strings(aliases));
                }
            }
        }
    }
    definitions
}

/// Clone number `n` of `rule` over its own vocabulary: id `-fN`, examples dropped, every term
/// of `all`, `any`, `not`, `not_inside`, `deny` and `pattern` renamed (`@name` expanded first).
fn fair_clone(
    rule: &toml::Table,
    n: usize,
    definitions: &std::collections::HashMap<String, Vec<String>>,
) -> toml::Table {
    let mut clone = rule.clone();
    if let Some(toml::Value::String(id)) = clone.get_mut("id") {
        id.push_str(&format!("-f{n}"));
    }
    clone.remove("example");
    match clone.get_mut("pattern") {
        Some(toml::Value::String(pattern)) => *pattern = rename_pattern(pattern, n, definitions),
        Some(toml::Value::Array(patterns)) => {
            for pattern in patterns.iter_mut() {
                if let toml::Value::String(pattern) = pattern {
                    *pattern = rename_pattern(pattern, n, definitions);
                }
            }
        }
        _ => {}
    }
    for key in ["all", "any", "not", "not_inside", "deny"] {
        if let Some(toml::Value::Array(terms)) = clone.get_mut(key) {
            for term in terms.iter_mut() {
                let alternatives: Vec<String> = match &*term {
                    toml::Value::String(text) => expand(text, definitions),
                    toml::Value::Array(items) => items
                        .iter()
                        .filter_map(toml::Value::as_str)
                        .flat_map(|text| expand(text, definitions))
                        .collect(),
                    _ => continue,
                };
                let renamed: Vec<toml::Value> = alternatives
                    .iter()
                    .map(|text| toml::Value::String(rename(text, n)))
                    .collect();
                *term = if renamed.len() == 1 {
                    renamed
                        .into_iter()
                        .next()
                        .unwrap_or(toml::Value::Array(Vec::new()))
                } else {
                    toml::Value::Array(renamed)
                };
            }
        }
    }
    clone
}

/// A role pattern over clone `n`'s vocabulary: each slot's alternatives expanded (`@name`) and
/// renamed, each literal word renamed; roles and gaps (`...`, `...N`, `…`) stay. Without
/// this a clone of a rule of patterns alone would match, through its slots, everything its
/// rule matches.
fn rename_pattern(
    pattern: &str,
    n: usize,
    definitions: &std::collections::HashMap<String, Vec<String>>,
) -> String {
    let mut out = String::with_capacity(pattern.len() * 2);
    let mut rest = pattern;
    while !rest.is_empty() {
        let (before, slot) = match rest.find('{') {
            Some(open) => (&rest[..open], Some(open)),
            None => (rest, None),
        };
        for (i, word) in before.split(' ').enumerate() {
            if i > 0 {
                out.push(' ');
            }
            if word.is_empty() || word.starts_with("...") || word.starts_with('…') {
                out.push_str(word);
            } else {
                out.push_str(&rename(word, n));
            }
        }
        let Some(open) = slot else { break };
        let inner_end = rest[open..]
            .find('}')
            .map_or(rest.len(), |close| open + close);
        let inner = &rest[open + 1..inner_end];
        out.push('{');
        match inner.split_once(':') {
            Some((role, term)) => {
                let alternatives: Vec<String> = term
                    .split('|')
                    .flat_map(|text| expand(text.trim(), definitions))
                    .map(|text| rename(&text, n))
                    .collect();
                out.push_str(role);
                out.push(':');
                out.push_str(&alternatives.join("|"));
            }
            None => out.push_str(inner),
        }
        out.push('}');
        rest = rest.get(inner_end + 1..).unwrap_or("");
    }
    out
}

/// The phrases `@name` stands for, or the text itself.
fn expand(text: &str, definitions: &std::collections::HashMap<String, Vec<String>>) -> Vec<String> {
    match text
        .strip_prefix('@')
        .and_then(|name| definitions.get(name))
    {
        Some(phrases) => phrases.clone(),
        None => vec![text.to_string()],
    }
}

/// A phrase with every word suffixed `qN` (before a trailing `*`); a regex made to start
/// with the word `zqNz`, which no text holds.
fn rename(text: &str, n: usize) -> String {
    if let Some(pattern) = text.strip_prefix("re:") {
        return format!("re:zq{n}z(?:{pattern})");
    }
    text.split_whitespace()
        .map(|word| match word.strip_suffix('*') {
            Some(stem) => format!("{stem}q{n}*"),
            None => format!("{word}q{n}"),
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn list_toml(dir: &Path, files: &mut Vec<PathBuf>) -> anyhow::Result<()> {
    for entry in fs::read_dir(dir).with_context(|| format!("reading {}", dir.display()))? {
        let path = entry
            .with_context(|| format!("reading {}", dir.display()))?
            .path();
        if path.is_dir() {
            list_toml(&path, files)?;
        } else if path.extension().is_some_and(|ext| ext == "toml") {
            files.push(path);
        }
    }
    Ok(())
}

/// Replaces the file's `[[rule]]` array by each rule followed by its clones `-x1`..`-x9`;
/// returns the new number of rules.
fn clone_rules(table: &mut toml::Table) -> usize {
    let Some(toml::Value::Array(rules)) = table.get_mut("rule") else {
        return 0;
    };
    let mut grown = Vec::with_capacity(rules.len() * 10);
    for rule in rules.iter() {
        grown.push(rule.clone());
        if let toml::Value::Table(rule) = rule {
            for (idx, tag) in CLONE_TAGS.iter().enumerate() {
                grown.push(toml::Value::Table(clone_rule(rule, idx + 1, tag)));
            }
        }
    }
    *rules = grown;
    rules.len()
}

/// One clone: id suffixed `-xN`, every literal phrase of `all` and `any` prefixed with `tag`
/// (references `@name` and regexes `re:` stay), examples that must match dropped.
fn clone_rule(rule: &toml::Table, n: usize, tag: &str) -> toml::Table {
    let mut clone = rule.clone();
    if let Some(toml::Value::String(id)) = clone.get_mut("id") {
        id.push_str(&format!("-x{n}"));
    }
    let mut n_changed = 0;
    for key in ["all", "any"] {
        if let Some(terms) = clone.get_mut(key) {
            n_changed += retag(terms, tag);
        }
    }
    if n_changed == 0 {
        // Only references: add one literal term so the clone still differs from its rule.
        let extra = toml::Value::String(format!("{tag} benchmark clone"));
        match clone.get_mut("all") {
            Some(toml::Value::Array(all)) => all.push(extra),
            _ => {
                clone.insert("all".to_string(), toml::Value::Array(vec![extra]));
            }
        }
    }
    if let Some(toml::Value::Array(examples)) = clone.get_mut("example") {
        examples.retain(|example| {
            example
                .get("match")
                .and_then(toml::Value::as_bool)
                .is_some_and(|matches| !matches)
        });
        if examples.is_empty() {
            clone.remove("example");
        }
    }
    clone
}

/// Prefixes every literal phrase inside `terms` with `tag`; returns how many changed.
fn retag(terms: &mut toml::Value, tag: &str) -> usize {
    match terms {
        toml::Value::String(term) if !term.starts_with('@') && !term.starts_with("re:") => {
            *term = format!("{tag} {term}");
            1
        }
        toml::Value::Array(items) => items.iter_mut().map(|item| retag(item, tag)).sum(),
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seeds() -> Source {
        Source::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus"))
            .expect("the default corpus loads")
    }

    fn check_line(line: &str, expected: LineUse) {
        assert_eq!(classify(line), expected, "line: {line}");
    }

    fn check_numbers(text: &str, expected: &[(&str, NumberKind)]) {
        let paragraph = Scanner::new().paragraph(text.to_string());
        let found: Vec<(&str, NumberKind)> = paragraph
            .numbers
            .iter()
            .map(|number| (&text[number.span.clone()], number.kind))
            .collect();
        assert_eq!(found, expected, "text: {text}");
    }

    fn files_of(dir: &Path) -> Vec<(String, Vec<u8>)> {
        let mut paths = Vec::new();
        for sub in fs::read_dir(dir).expect("output exists") {
            let sub = sub.expect("entry").path();
            for file in fs::read_dir(&sub).expect("subdirectory") {
                paths.push(file.expect("entry").path());
            }
        }
        paths.sort();
        paths
            .into_iter()
            .map(|path| {
                let rel = path
                    .strip_prefix(dir)
                    .expect("under dir")
                    .display()
                    .to_string();
                (rel, fs::read(&path).expect("readable"))
            })
            .collect()
    }

    #[test]
    fn same_seed_gives_identical_bytes() {
        let source = seeds();
        let a = tempfile::tempdir().expect("temp dir");
        let b = tempfile::tempdir().expect("temp dir");
        let sum_a = generate(&source, a.path(), 1, 7).expect("generates");
        let sum_b = generate(&source, b.path(), 1, 7).expect("generates");
        assert_eq!(sum_a, sum_b);
        assert!(sum_a.n_bytes >= 1024 * 1024 && sum_a.n_bytes < 1024 * 1024 + MAX_FILE as u64);
        let files_a = files_of(a.path());
        assert_eq!(files_a.len(), sum_a.n_files);
        assert_eq!(files_a, files_of(b.path()));
        assert_eq!(files_a[0].0, "0000/000000.txt");
        for (rel, bytes) in &files_a {
            assert!(bytes.len() <= MAX_FILE, "{rel} has {} bytes", bytes.len());
            assert!(
                bytes.len() >= MIN_FILE - 2048,
                "{rel} has {} bytes",
                bytes.len()
            );
        }
    }

    #[test]
    fn another_seed_gives_other_bytes() {
        let source = seeds();
        let mut a = SplitMix64(1);
        let mut b = SplitMix64(2);
        assert_ne!(article(&source, &mut a), article(&source, &mut b));
    }

    #[test]
    fn refuses_a_non_empty_output() {
        let dir = tempfile::tempdir().expect("temp dir");
        fs::write(dir.path().join("keep.txt"), "x").expect("writable");
        let err = generate(&seeds(), dir.path(), 1, 1).expect_err("refuses");
        assert!(err.to_string().contains("is not empty"), "{err}");
    }

    #[test]
    fn furniture_and_front_matter_are_skipped() {
        check_line("Share on Linkedin", LineUse::Skip);
        check_line("[tta_listen_btn]", LineUse::Skip);
        check_line("Leave a Comment", LineUse::Skip);
        check_line(
            "AGL38.02▲ 0.08 (0.00%)AIRLINK197.36▲ 3.45 (0.02%)BOP9.54▲ 0.22 (0.02%)",
            LineUse::Skip,
        );
        check_line(
            "### Reaching Out: Improving Connectivity with 5G",
            LineUse::Heading("Reaching Out: Improving Connectivity with 5G".to_string()),
        );
        let sentence = "According to US officials, Russia requested Chinese military aid shortly after the invasion began. Moscow and Beijing both deny the reports.";
        check_line(sentence, LineUse::Paragraph(sentence.to_string()));
        let text = "---\nlayout: post\ntitle : Hi-Tech, High Risk?\n---\n\nBody starts here.";
        assert_eq!(strip_front_matter(text), "\nBody starts here.");
        let source = seeds();
        assert!(source.paragraphs.len() >= 80, "{}", source.paragraphs.len());
        assert!(source
            .paragraphs
            .iter()
            .all(|p| !p.text.contains("layout: post") && !p.text.contains('▲')));
    }

    #[test]
    fn numbers_glued_to_words_are_left_alone() {
        check_numbers(
            "In 2021, Huawei and MTS launched 5G networks across 14 locations reaching 5.6 Gbps.",
            &[
                ("2021", NumberKind::Year),
                ("14", NumberKind::Plain),
                ("5.6", NumberKind::Plain),
            ],
        );
        check_numbers(
            "It acquired the S-400 system; COVID-19 and the 21st century; 1,000 troops; about 70% of imports.",
            &[("70", NumberKind::Percent)],
        );
    }

    #[test]
    fn shifted_values_keep_their_kind() {
        let mut rng = SplitMix64(3);
        for _ in 0..50 {
            let year: i32 = shift("2019", NumberKind::Year, &mut rng)
                .parse()
                .expect("a year");
            assert!(year != 2019 && (2017..=2021).contains(&year), "{year}");
            let percent: f64 = shift("70", NumberKind::Percent, &mut rng)
                .parse()
                .expect("a percent");
            assert!(percent != 70.0 && (0.0..=100.0).contains(&percent));
            let speed = shift("5.6", NumberKind::Plain, &mut rng);
            assert_eq!(
                speed.split_once('.').map(|(_, frac)| frac.len()),
                Some(1),
                "{speed}"
            );
            assert_ne!(speed, "5.6");
        }
        assert_eq!(
            shift("95", NumberKind::Percent, &mut SplitMix64(0)).len(),
            2
        );
    }

    #[test]
    fn year_ranges_are_reversed() {
        let text = "Between 2014 and 2018, about 70% of China’s weapons imports (2014–2018) came from Russia.";
        let paragraph = Scanner::new().paragraph(text.to_string());
        assert_eq!(paragraph.ranges.len(), 2);
        let mut seen = std::collections::BTreeSet::new();
        let mut rng = SplitMix64(11);
        for _ in 0..1000 {
            seen.insert(perturb(&paragraph, &mut rng));
        }
        assert!(seen.contains(text));
        assert!(seen.contains(
            "Between 2018 and 2014, about 70% of China’s weapons imports (2014–2018) came from Russia."
        ));
        assert!(seen.contains(
            "Between 2014 and 2018, about 70% of China’s weapons imports (2018–2014) came from Russia."
        ));
        assert!(seen.iter().any(|text| !text.contains("about 70%")));
    }

    #[test]
    fn fair_clones_rename_every_word_and_expand_references() {
        assert_eq!(
            rename("suppl* military aid", 3),
            "supplq3* militaryq3 aidq3"
        );
        assert_eq!(rename("re:\\bS-?400s?\\b", 2), "re:zq2z(?:\\bS-?400s?\\b)");
        // A top-level alternation is renamed whole, not only its first branch.
        assert_eq!(rename("re:a|b", 3), "re:zq3z(?:a|b)");
        let rulebook: toml::Table = r#"
[lexicon]
denial = ["deny", "denied"]

[entity.china]
aliases = ["China", "Beijing"]

[[rule]]
id = "aid"
kind = "proposition"
claim = "c"
all = ["@china", ["send*", "@denial"]]

[[rule.example]]
text = "China sends aid."
"#
        .parse()
        .expect("the test rulebook parses");
        let definitions = definitions(std::iter::once(&rulebook));
        let rule = rulebook["rule"][0].as_table().expect("a rule table");
        let clone = fair_clone(rule, 1, &definitions);
        assert_eq!(clone["id"].as_str(), Some("aid-f1"));
        assert!(!clone.contains_key("example"));
        assert_eq!(
            clone["all"].to_string(),
            r#"[["Chinaq1", "Beijingq1"], ["sendq1*", "denyq1", "deniedq1"]]"#
        );
        // A pattern's slots and words are renamed too, or the clone of a rule of patterns
        // alone matches whatever its rule matches.
        assert_eq!(
            rename_pattern("{agent:@china} ...12 {act:sell|air defen*} ... to {r:@china}", 2, &definitions),
            "{agent:Chinaq2|Beijingq2} ...12 {act:sellq2|airq2 defenq2*} ... toq2 {r:Chinaq2|Beijingq2}"
        );
    }

    #[test]
    fn filler_avoids_the_given_phrases_and_is_deterministic() {
        let texts = [
            "The supplier said the weapons were old. The old house stood on a hill. \
            A dog sat in the old house. The hill was green and the dog was old."
                .to_string(),
        ];
        let filler = Filler::new(&texts, "suppl\nweapon\na lead\n");
        let mut a = SplitMix64(5);
        let mut b = SplitMix64(5);
        let text = filler.paragraph(200, &mut a);
        assert_eq!(text, filler.paragraph(200, &mut b));
        let lower = text.to_lowercase();
        assert!(
            !lower.contains("suppl") && !lower.contains("weapon"),
            "{text}"
        );
        assert!(
            !lower
                .split(|c: char| !c.is_alphabetic())
                .any(|word| word == "a"),
            "{text}"
        );
        assert!(lower.contains("house"), "{text}");
    }

    #[test]
    fn rules_grow_tenfold_with_new_phrases() {
        let rules = tempfile::tempdir().expect("temp dir");
        fs::write(
            rules.path().join("aid.toml"),
            r#"
[phrases]
military-aid = ["military aid", "drone*"]

[[rule]]
id = "china-military-aid-to-russia"
kind = "proposition"
claim = "China supplies military aid to Russia"
all = ["@china", "@military-aid", "Russia"]
any = [["supply*", "send*"]]

[[rule.example]]
text = "Beijing denied sending drones to Moscow."
stance = "deny"

[[rule.example]]
text = "Moscow bought drones from Tehran."
match = false

[[rule]]
id = "refs-only"
kind = "proposition"
claim = "Only references"
all = ["@china", "@russia"]
"#,
        )
        .expect("writable");
        let out = tempfile::tempdir().expect("temp dir");
        assert_eq!(
            write_rules_x10(rules.path(), out.path()).expect("writes"),
            20
        );
        let text = fs::read_to_string(out.path().join("aid.toml")).expect("written");
        let table: toml::Table = text.parse().expect("valid toml");
        let rules = table["rule"].as_array().expect("rules");
        assert_eq!(rules.len(), 20);
        assert_eq!(
            rules[3]["id"].as_str(),
            Some("china-military-aid-to-russia-x3")
        );
        assert_eq!(
            rules[3]["all"].to_string(),
            r#"["@china", "@military-aid", "sources Russia"]"#
        );
        assert_eq!(
            rules[3]["any"].to_string(),
            r#"[["sources supply*", "sources send*"]]"#
        );
        let examples = rules[3]["example"].as_array().expect("near-miss kept");
        assert_eq!(examples.len(), 1);
        assert_eq!(
            rules[12]["all"].to_string(),
            r#"["@china", "@russia", "reports benchmark clone"]"#
        );
        assert_eq!(
            table["phrases"]["military-aid"].as_array().map(Vec::len),
            Some(2)
        );
    }
}
