//! Shards: what `claimcheck scan` writes and `claimcheck reconcile` reads, so
//! that a corpus too big for one machine is scanned in parts (by any job
//! runner) and reconciled once.
//!
//! A shard is JSON Lines (format in `docs/shards.md`): one object per line,
//! each with one key naming its record, `header` first, then the part's
//! `document`s, `name`s, `instance`s and `warning`s. Records refer to the
//! documents of their own section by position, and to rules by position in
//! the header's `rules`. Several shards may be concatenated into one file: a
//! `header` starts a new section. The reader refuses anything it cannot use
//! whole (another format version, other rules, a section cut short, an index
//! or span out of range, overlapping shards) with `file:line[:col]`, so
//! reconcile never works from half a corpus without saying so.

use std::collections::BTreeMap;
use std::io::{BufRead, Write};
use std::path::PathBuf;
use std::str::FromStr;

use anyhow::Context;
use serde::{Deserialize, Serialize};

use crate::corpus::Source;
use crate::diag::Notice;
use crate::matcher::{Fingerprint, Part};
use crate::model::{Document, Instance, NameCount};
use crate::rulebook::Rulebook;

/// The `format` every header names.
pub const FORMAT: &str = "claimcheck-shard";

/// The format version this build writes and reads. It changes whenever a
/// record's fields do, so a shard is read only by a build that wrote it the
/// same way.
pub const VERSION: u32 = 2;

/// Which of `count` shards of one corpus a scan covers: the articles whose
/// position in the sorted corpus, counted from 0, leaves `index - 1` when
/// divided by `count` (written `INDEX/COUNT`, from `1/COUNT`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Split {
    /// 1-based.
    pub index: u32,
    /// How many shards the corpus is split into.
    pub count: u32,
}

impl Split {
    /// Whether the article at `position` of the sorted corpus is in this shard.
    pub fn keeps(self, position: usize) -> bool {
        position % self.count as usize == (self.index - 1) as usize
    }
}

impl FromStr for Split {
    type Err = String;

    fn from_str(text: &str) -> Result<Split, String> {
        let parsed = text
            .split_once('/')
            .and_then(|(index, count)| Some((index.parse().ok()?, count.parse().ok()?)));
        match parsed {
            Some((index, count)) if (1..=count).contains(&index) => Ok(Split { index, count }),
            _ => Err(format!(
                "`{text}` is not INDEX/COUNT with 1 <= INDEX <= COUNT (e.g. 2/4)"
            )),
        }
    }
}

impl std::fmt::Display for Split {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}/{}", self.index, self.count)
    }
}

/// The first record of a section: what wrote it, with which rules, and how
/// many records of each kind follow (a shard cut short is refused).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Header {
    /// Always `claimcheck-shard`.
    pub format: String,
    /// The format version (`VERSION`).
    pub version: u32,
    /// The claimcheck release that wrote it.
    pub claimcheck: String,
    /// The rulebook's digest (`Rulebook::digest`): reconcile needs the same.
    pub rulebook: String,
    /// Rule ids in rulebook order: an instance's `rule` is a position here.
    pub rules: Vec<String>,
    /// Which shard of a split corpus this is, when `scan --shard` chose it.
    pub split: Option<Split>,
    /// How many `document` records follow.
    pub documents: usize,
    /// How many `instance` records follow.
    pub instances: usize,
    /// How many `name` records follow.
    pub names: usize,
    /// How many `warning` records follow.
    pub warnings: usize,
}

/// A `document` record: the article's metadata and what reconcile needs of
/// its text.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct DocumentRecord {
    /// Metadata (`copy_of` is always null here: reconcile decides it).
    pub document: Document,
    /// The file as named on the scan's command line, `/` separators (what
    /// reports show, and where the HTML report reads the text again).
    pub file: String,
    /// The encoding `corpus.toml` declared for it, if any.
    pub encoding: Option<String>,
    /// Sampled shingle hashes, for copy detection across shards.
    pub fingerprint: Fingerprint,
}

/// One line of a shard, as written.
#[derive(Serialize)]
#[serde(rename_all = "kebab-case")]
enum RecordOut<'a> {
    Header(&'a Header),
    Document(&'a DocumentRecord),
    Name(&'a NameCount),
    Instance(&'a Instance),
    Warning(&'a Notice),
}

/// One line of a shard, as read.
#[derive(Deserialize)]
#[serde(rename_all = "kebab-case")]
enum Record {
    Header(Header),
    Document(Box<DocumentRecord>),
    Name(NameCount),
    Instance(Box<Instance>),
    Warning(Notice),
}

/// Writes `part`, scanned with `rulebook`, as one shard; `files` gives each
/// document's file as named on the command line.
pub fn write(
    out: &mut impl Write,
    rulebook: &Rulebook,
    split: Option<Split>,
    part: &Part,
    files: &[String],
) -> std::io::Result<()> {
    let mut warnings = part.warnings.clone();
    warnings.sort();
    warnings.dedup();
    let Expected { digest, rules } = Expected::of(rulebook);
    // Held whole while the shard is written: read back from the spill.
    let fingerprints = part.prints.per_document().map_err(|err| {
        std::io::Error::other(format!("reading copy detection's spill file back: {err}"))
    })?;
    let header = Header {
        format: FORMAT.to_string(),
        version: VERSION,
        claimcheck: env!("CARGO_PKG_VERSION").to_string(),
        rulebook: digest,
        rules,
        split,
        documents: part.documents.len(),
        instances: part.instances.len(),
        names: part.names.len(),
        warnings: warnings.len(),
    };
    let mut line = |record: RecordOut<'_>| -> std::io::Result<()> {
        serde_json::to_writer(&mut *out, &record)?;
        out.write_all(b"\n")
    };
    line(RecordOut::Header(&header))?;
    for (idx, document) in part.documents.iter().enumerate() {
        let source = part.sources.get(idx);
        line(RecordOut::Document(&DocumentRecord {
            document: document.clone(),
            file: files
                .get(idx)
                .cloned()
                .unwrap_or_else(|| document.path.clone()),
            encoding: source
                .and_then(|source| source.encoding)
                .map(|encoding| encoding.name().to_string()),
            fingerprint: fingerprints.get(idx).cloned().unwrap_or_default(),
        }))?;
    }
    for name in &part.names {
        line(RecordOut::Name(name))?;
    }
    for instance in &part.instances {
        line(RecordOut::Instance(instance))?;
    }
    for warning in &warnings {
        line(RecordOut::Warning(warning))?;
    }
    Ok(())
}

/// Reads the shards in `paths` (files, `-` for standard input, or folders
/// whose `*.jsonl` files are read in name order), checking each against
/// `rulebook`; one part per section, for `matcher::join`.
pub fn read(paths: &[PathBuf], rulebook: &Rulebook) -> anyhow::Result<Vec<Part>> {
    let mut files = Vec::new();
    for path in paths {
        if path.is_dir() {
            let mut found: Vec<PathBuf> = std::fs::read_dir(path)
                .with_context(|| format!("reading shard folder {}", path.display()))?
                .filter_map(|entry| Some(entry.ok()?.path()))
                .filter(|file| file.extension().is_some_and(|ext| ext == "jsonl"))
                .collect();
            if found.is_empty() {
                anyhow::bail!("{}: no shard files (*.jsonl) in the folder", path.display());
            }
            found.sort();
            files.extend(found);
        } else {
            files.push(path.clone());
        }
    }
    let expected = Expected::of(rulebook);
    let mut sections = Vec::new();
    for file in &files {
        if file.as_os_str() == "-" {
            let stdin = std::io::stdin().lock();
            read_file("<stdin>", stdin, &expected, &mut sections)?;
            continue;
        }
        let reader = std::fs::File::open(file)
            .with_context(|| format!("reading shard {}", file.display()))?;
        read_file(
            &file.display().to_string(),
            std::io::BufReader::new(reader),
            &expected,
            &mut sections,
        )?;
    }
    check_whole(&sections)?;
    Ok(sections.into_iter().map(|section| section.part).collect())
}

/// What every header says of the rulebook, and a reader expects.
struct Expected {
    digest: String,
    rules: Vec<String>,
}

impl Expected {
    /// What a shard scanned with `rulebook` says in its header.
    fn of(rulebook: &Rulebook) -> Expected {
        Expected {
            digest: rulebook.digest(),
            rules: rulebook
                .rules
                .iter()
                .map(|rule| rule.info.id.clone())
                .collect(),
        }
    }
}

/// One section being read: its header, where it is, and its part.
struct Section {
    header: Header,
    /// `file:line` of the header.
    at: String,
    part: Part,
    /// Per document, the line of its record.
    lines: Vec<usize>,
}

/// Reads the sections of one shard file (`name` in messages).
fn read_file(
    name: &str,
    mut reader: impl BufRead,
    expected: &Expected,
    sections: &mut Vec<Section>,
) -> anyhow::Result<()> {
    let first = sections.len();
    let mut buf = Vec::new();
    let mut line_no = 0;
    loop {
        buf.clear();
        let n = reader
            .read_until(b'\n', &mut buf)
            .with_context(|| format!("reading shard {name}"))?;
        if n == 0 {
            break;
        }
        line_no += 1;
        let line = buf.trim_ascii();
        if line.is_empty() {
            continue;
        }
        let record = parse(line).map_err(|(message, column)| match column {
            Some(column) => anyhow::anyhow!("{name}:{line_no}:{column}: {message}"),
            None => anyhow::anyhow!("{name}:{line_no}: {message}"),
        })?;
        let at = |message: String| anyhow::anyhow!("{name}:{line_no}: {message}");
        if let Record::Header(header) = record {
            if let Some(section) = sections.last() {
                if sections.len() > first {
                    finish(section)?;
                }
            }
            check_header(&header, expected).map_err(at)?;
            sections.push(Section {
                header,
                at: format!("{name}:{line_no}"),
                part: Part::default(),
                lines: Vec::new(),
            });
            continue;
        }
        let in_file = sections.len() > first;
        let section = match sections.last_mut() {
            Some(section) if in_file => section,
            _ => {
                return Err(at(
                    "not a claimcheck shard: the first record must be a `header` \
                     (`claimcheck scan` writes one)"
                        .to_string(),
                ))
            }
        };
        add(section, record, line_no).map_err(at)?;
    }
    match sections.get(first..).and_then(<[Section]>::last) {
        Some(section) => finish(section),
        None => anyhow::bail!("{name}: empty shard (no header)"),
    }
}

/// Parses one line; on failure, the message (naming a format version other
/// than this build's when the line is such a header) and the column.
fn parse(line: &[u8]) -> Result<Record, (String, Option<usize>)> {
    match serde_json::from_slice::<Record>(line) {
        Ok(record) => Ok(record),
        Err(err) => {
            let column = err.column();
            let other = serde_json::from_slice::<serde_json::Value>(line)
                .ok()
                .and_then(|value| value.get("header")?.get("version")?.as_u64())
                .filter(|version| *version != u64::from(VERSION));
            match other {
                Some(version) => Err((version_message(version), None)),
                None => {
                    let message = err.to_string();
                    let suffix = format!(" at line {} column {column}", err.line());
                    Err((
                        format!(
                            "not a shard record of format version {VERSION}: {}",
                            message.strip_suffix(&suffix).unwrap_or(&message)
                        ),
                        Some(column),
                    ))
                }
            }
        }
    }
}

fn version_message(version: u64) -> String {
    format!(
        "shard format version {version}, but this claimcheck reads version {VERSION} only \
         (scan again with this build)"
    )
}

/// Refuses a header of another format, version or rulebook.
fn check_header(header: &Header, expected: &Expected) -> Result<(), String> {
    if header.format != FORMAT {
        return Err(format!(
            "not a claimcheck shard: format `{}`, expected `{FORMAT}`",
            header.format
        ));
    }
    if header.version != VERSION {
        return Err(version_message(u64::from(header.version)));
    }
    if header.rulebook != expected.digest || header.rules != expected.rules {
        return Err(format!(
            "scanned with other rules (rulebook {}, {} rules; the rules given to reconcile are \
             rulebook {}, {} rules): reconcile with the rule files the shards were scanned with",
            header.rulebook,
            header.rules.len(),
            expected.digest,
            expected.rules.len()
        ));
    }
    Ok(())
}

/// Adds one record to `section`, refusing an index or span out of range.
fn add(section: &mut Section, record: Record, line_no: usize) -> Result<(), String> {
    let n_docs = section.header.documents;
    let part = &mut section.part;
    match record {
        Record::Header(_) => {}
        Record::Document(record) => {
            let DocumentRecord {
                document,
                file,
                encoding,
                fingerprint,
            } = *record;
            let encoding = match encoding {
                Some(label) => Some(
                    encoding_rs::Encoding::for_label(label.as_bytes())
                        .ok_or_else(|| format!("unknown encoding `{label}`"))?,
                ),
                None => None,
            };
            part.sources.push(Source {
                encoding,
                rel: document.path.clone(),
                id: document.id.clone(),
                ..Source::named(&file)
            });
            part.documents.push(document);
            part.prints.push(fingerprint.normalized());
            section.lines.push(line_no);
        }
        Record::Name(name) => {
            if let Some(citation) = name.citations.iter().find(|c| c.doc.index() >= n_docs) {
                return Err(no_document(citation.doc.index(), n_docs));
            }
            part.names.push(name);
        }
        Record::Instance(instance) => {
            check_instance(&instance, n_docs, section.header.rules.len())?;
            part.instances.push(*instance);
        }
        Record::Warning(notice) => part.warnings.push(notice),
    }
    Ok(())
}

fn no_document(doc: usize, n_docs: usize) -> String {
    format!("document {doc} does not exist (the header lists {n_docs})")
}

/// Refuses an instance whose document, rule, figure value or spans do not
/// exist, so no later stage meets one.
fn check_instance(instance: &Instance, n_docs: usize, n_rules: usize) -> Result<(), String> {
    let citation = &instance.citation;
    if citation.doc.index() >= n_docs {
        return Err(no_document(citation.doc.index(), n_docs));
    }
    if instance.rule.index() >= n_rules {
        return Err(format!(
            "rule {} does not exist (the header lists {n_rules})",
            instance.rule.index()
        ));
    }
    if citation.byte_start > citation.byte_end {
        return Err("a citation that ends before it starts".to_string());
    }
    if instance.figure_value.is_some() && instance.figure().is_none() {
        return Err("a figure value that is not among the instance's values".to_string());
    }
    let quote = instance.quote.text();
    let matched = instance.matched();
    let spans = [(matched.start, matched.end)]
        .into_iter()
        .chain(instance.values.iter().map(|value| (value.start, value.end)))
        .chain(instance.slots.iter().map(|slot| (slot.start, slot.end)));
    for (start, end) in spans {
        if quote.get(start..end).is_none() {
            return Err(format!(
                "span {start}..{end} is not inside the quote ({} bytes) on character boundaries",
                quote.len()
            ));
        }
    }
    Ok(())
}

/// Refuses a section with fewer or more records than its header promises.
fn finish(section: &Section) -> anyhow::Result<()> {
    let header = &section.header;
    let part = &section.part;
    let counts = [
        ("document", header.documents, part.documents.len()),
        ("instance", header.instances, part.instances.len()),
        ("name", header.names, part.names.len()),
        ("warning", header.warnings, part.warnings.len()),
    ];
    for (what, promised, found) in counts {
        if promised != found {
            anyhow::bail!(
                "{}: the header promises {promised} {what} records, the shard holds {found} \
                 (a shard cut short or edited?)",
                section.at
            );
        }
    }
    Ok(())
}

/// Refuses shards that overlap (one article twice) or a split corpus with a
/// shard missing or given twice.
fn check_whole(sections: &[Section]) -> anyhow::Result<()> {
    let mut splits: BTreeMap<u32, BTreeMap<u32, &str>> = BTreeMap::new();
    for section in sections {
        if let Some(split) = section.header.split {
            if !(1..=split.count).contains(&split.index) {
                anyhow::bail!("{}: split {split} is not one of 1/N … N/N", section.at);
            }
            if let Some(other) = splits
                .entry(split.count)
                .or_default()
                .insert(split.index, &section.at)
            {
                anyhow::bail!(
                    "{}: shard {split} is also in {other}: give each shard once",
                    section.at
                );
            }
        }
    }
    for (count, given) in &splits {
        // At most ten named: a count of billions in a bad header costs no more.
        let missing: Vec<String> = (1..=*count)
            .filter(|index| !given.contains_key(index))
            .take(10)
            .map(|index| format!("{index}/{count}"))
            .collect();
        if !missing.is_empty() {
            let n_missing = *count as usize - given.len();
            anyhow::bail!(
                "shard{} {}{} of the {count} shards of the corpus missing (given: {})",
                if n_missing == 1 { "" } else { "s" },
                missing.join(", "),
                if n_missing > missing.len() {
                    " …"
                } else {
                    ""
                },
                given.values().copied().collect::<Vec<_>>().join(", ")
            );
        }
    }
    let mut seen: BTreeMap<&str, String> = BTreeMap::new();
    for section in sections {
        let file = section.at.rsplit_once(':').map_or("", |(file, _)| file);
        for (document, line) in section.part.documents.iter().zip(&section.lines) {
            let at = format!("{file}:{line}");
            if let Some(other) = seen.insert(&document.id, at.clone()) {
                anyhow::bail!(
                    "{at}: article `{}` ({}) is also in {other}: shards of one corpus must not \
                     overlap",
                    document.id,
                    document.path
                );
            }
        }
    }
    Ok(())
}

/// The shard file named `path` in messages, for tests.
#[cfg(test)]
fn read_str(text: &str, rulebook: &Rulebook) -> anyhow::Result<Vec<Part>> {
    let expected = Expected::of(rulebook);
    let mut sections = Vec::new();
    read_file("s.jsonl", text.as_bytes(), &expected, &mut sections)?;
    check_whole(&sections)?;
    Ok(sections.into_iter().map(|section| section.part).collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ArticleId, Citation};

    const RULES: &str = r#"
[[rule]]
id = "r"
kind = "proposition"
claim = "x"
all = [["x"]]
"#;

    fn rulebook() -> Rulebook {
        crate::rulebook::load_str("r.toml", RULES).unwrap_or_else(|err| panic!("{err}"))
    }

    /// A shard of one document with one instance, as `write` writes it.
    fn shard(split: Option<Split>) -> String {
        let rulebook = rulebook();
        let document = Document {
            id: "a".to_string(),
            path: "a.txt".to_string(),
            ..Document::default()
        };
        let mut instance = Instance::bare("x is so.", "a");
        instance.citation = Citation {
            doc: ArticleId(0),
            byte_start: 0,
            byte_end: 8,
            line: 1,
            column: 1,
        };
        let part = Part {
            documents: vec![document],
            sources: vec![Source::named("corpus/a.txt")],
            prints: {
                let mut prints = crate::matcher::Prints::default();
                prints.push(Fingerprint::default());
                prints
            },
            instances: vec![instance],
            names: Vec::new(),
            warnings: vec![Notice::warning("b.txt: binary file, skipped".to_string())],
            spill: None,
        };
        let mut out = Vec::new();
        write(
            &mut out,
            &rulebook,
            split,
            &part,
            &["corpus/a.txt".to_string()],
        )
        .unwrap_or_else(|err| panic!("{err}"));
        String::from_utf8(out).unwrap_or_else(|err| panic!("{err}"))
    }

    /// Reads `text` and expects an error starting with `expected`.
    fn check(text: &str, expected: &str) {
        match read_str(text, &rulebook()) {
            Ok(_) => panic!("read, expected an error `{expected}`:\n{text}"),
            Err(err) => {
                let message = format!("{err:#}");
                assert!(
                    message.starts_with(expected),
                    "{message}\nexpected: {expected}"
                );
            }
        }
    }

    #[test]
    fn samples_that_cannot_be_read_back_fail_the_shard_naming_the_spill_file() {
        let part = Part {
            documents: vec![Document {
                id: "a".to_string(),
                path: "a.txt".to_string(),
                ..Document::default()
            }],
            sources: vec![Source::named("corpus/a.txt")],
            prints: crate::matcher::Prints::unreadable(),
            ..Part::default()
        };
        let mut out = Vec::new();
        let err = write(&mut out, &rulebook(), None, &part, &[]).err();
        assert!(
            err.as_ref().is_some_and(|err| err
                .to_string()
                .starts_with("reading copy detection's spill file back: ")),
            "{err:?}"
        );
        // Nothing is written before the samples are read back.
        assert!(out.is_empty());
    }

    #[test]
    fn a_shard_reads_back_as_written() {
        let parts = read_str(&shard(None), &rulebook()).unwrap_or_else(|err| panic!("{err}"));
        assert_eq!(parts.len(), 1);
        let part = &parts[0];
        assert_eq!(part.documents[0].id, "a");
        assert_eq!(part.sources[0].path, PathBuf::from("corpus/a.txt"));
        assert_eq!(
            part.instances,
            vec![{
                let mut instance = Instance::bare("x is so.", "a");
                instance.citation.byte_end = 8;
                instance
            }]
        );
        assert_eq!(part.warnings.len(), 1);
        // Two shards in one file are two sections.
        let twice = format!("{}{}", shard(None), shard(None));
        check(
            &twice,
            "s.jsonl:6: article `a` (a.txt) is also in s.jsonl:2",
        );
    }

    #[test]
    fn another_version_or_rulebook_is_refused_naming_the_line() {
        let text = shard(None);
        check(
            &text.replacen("\"version\":2", "\"version\":1", 1),
            "s.jsonl:1: shard format version 1, but this claimcheck reads version 2 only",
        );
        check(
            &text.replacen("\"version\":2,", "\"version\":7,\"added\":[],", 1),
            "s.jsonl:1: shard format version 7",
        );
        check(
            &text.replacen("\"rulebook\":\"", "\"rulebook\":\"0", 1),
            "s.jsonl:1: scanned with other rules",
        );
        check(
            &text.lines().skip(1).collect::<Vec<_>>().join("\n"),
            "s.jsonl:1: not a claimcheck shard: the first record must be a `header`",
        );
        check("", "s.jsonl: empty shard");
    }

    #[test]
    fn an_attribution_without_its_credit_is_refused_naming_file_and_line() {
        // A version-1 record (attribution before `credit`) under a version-2
        // header: refused, not read as the article's own.
        let text = shard(None);
        let mut attribution = serde_json::to_value(crate::model::Attribution::default())
            .unwrap_or_else(|err| panic!("{err}"));
        if let Some(fields) = attribution.as_object_mut() {
            fields.remove("credit");
        }
        let old = text.replacen(
            "\"attribution\":null",
            &format!("\"attribution\":{attribution}"),
            1,
        );
        assert_ne!(old, text, "the instance record has an attribution field");
        match read_str(&old, &rulebook()) {
            Ok(_) => panic!("read a record without `credit`"),
            Err(err) => {
                let message = format!("{err:#}");
                assert!(
                    message.starts_with("s.jsonl:3:") && message.contains("missing field `credit`"),
                    "{message}"
                );
            }
        }
    }

    #[test]
    fn a_bad_record_is_refused_naming_line_and_column() {
        let text = shard(None);
        let lines: Vec<&str> = text.lines().collect();
        let with = |idx: usize, line: &str| {
            let mut lines = lines.clone();
            lines[idx] = line;
            lines.join("\n")
        };
        check(
            &with(2, "{\"instance\":{}}"),
            "s.jsonl:3:14: not a shard record",
        );
        check(
            &with(2, &lines[2].replace("\"doc\":0", "\"doc\":4")),
            "s.jsonl:3: document 4 does not exist",
        );
        check(
            &with(2, &lines[2].replace("\"rule\":0", "\"rule\":9")),
            "s.jsonl:3: rule 9 does not exist",
        );
        check(
            &with(2, &lines[2].replace("\"match_end\":0", "\"match_end\":99")),
            "s.jsonl:3: span 0..99 is not inside the quote",
        );
        check(
            &lines[..2].join("\n"),
            "s.jsonl:1: the header promises 1 instance records, the shard holds 0",
        );
    }

    #[test]
    fn a_split_with_a_shard_missing_is_refused() {
        let split = |text: &str| text.parse::<Split>().unwrap_or_else(|err| panic!("{err}"));
        check(
            &shard(Some(split("2/3"))),
            "shards 1/3, 3/3 of the 3 shards",
        );
        let huge = shard(Some(split("2/3"))).replacen("\"count\":3", "\"count\":4000000000", 1);
        check(&huge, "shards 1/4000000000, 3/4000000000, 4/4000000000, ");
        let zero = shard(Some(split("2/3"))).replacen("\"index\":2", "\"index\":0", 1);
        check(&zero, "s.jsonl:1: split 0/3 is not one of 1/N");
        assert!("0/2".parse::<Split>().is_err());
        assert!("3/2".parse::<Split>().is_err());
        assert!(split("2/4").keeps(5) && !split("2/4").keeps(4));
    }
}
