//! Renders a check's results: a table for people, JSON for machines, Markdown
//! for tickets, a self-contained HTML page for reviewers, ClaimReview JSON-LD
//! for fact-check pipelines, SARIF for code-scanning tools, one line per
//! finding (`line`) for editors and scripts, and GitHub Actions annotations
//! (`github`).
//!
//! What several formats share lives here: the order findings are shown in
//! (`sections`: severity, then kind, unsupported assertions grouped), the
//! verdict each one reads as, the summary line, which citations a side shows
//! (the `--focus` article's always), and the excerpt of a quote (always
//! holding the matched words and the figure's value). Formats use these from
//! here, never from each other.

pub mod claimreview;
pub mod fingerprint;
pub mod html;
pub mod json;
pub mod line;
pub mod markdown;
pub mod sarif;
pub mod table;

use std::cmp::Reverse;
use std::collections::BTreeMap;

use crate::kinds::RuleInfo;
use crate::model::{
    Article, ArticleId, Document, Finding, FindingKind, Instance, NameMention, RuleId, Side,
    Stance, Status,
};
use crate::vocab::Named;

/// How many citations a side shows before "and N more" (the focus article's
/// citations are shown on top of these).
const MAX_CITATIONS: usize = 3;
/// Characters an excerpt keeps when the sentence is longer (more only when
/// the matched words and value alone are longer).
pub const EXCERPT_CHARS: usize = 160;

/// Everything a report shows, already sorted and filtered.
#[derive(Debug, Clone, Copy)]
pub struct Report<'a> {
    /// Documents, sorted by path.
    pub documents: &'a [Document],
    /// Per document (same order), its file as given on the command line,
    /// with `/` separators: what `line`, `github` and `sarif` name.
    pub paths: &'a [String],
    /// Rules, in rulebook order.
    pub rules: &'a [RuleInfo],
    /// Instances, sorted by citation then rule.
    pub instances: &'a [Instance],
    /// Findings to show.
    pub findings: &'a [Finding],
    /// The identity of each finding to show (same length and order), from
    /// `fingerprint::identify` over every finding before any filter.
    pub identities: &'a [fingerprint::Identity],
    /// The `--focus` article, whose citations every side always shows.
    pub focus: Option<ArticleId>,
    /// Whether unsupported assertions are shown in full (`--all-unsupported`)
    /// rather than one line each.
    pub all_unsupported: bool,
    /// Texts of the cited articles, sorted by path, for formats that show a
    /// sentence in context (HTML); empty for the others.
    pub articles: &'a [ArticleText],
    /// Who publishes the ClaimReview export, and where.
    pub publisher: claimreview::Publisher<'a>,
}

impl<'a> Report<'a> {
    /// A report of `findings` (with their `identities`) with no focus,
    /// unsupported assertions compact, no article texts and no ClaimReview
    /// publisher.
    pub fn new(
        documents: &'a [Document],
        rules: &'a [RuleInfo],
        instances: &'a [Instance],
        findings: &'a [Finding],
        identities: &'a [fingerprint::Identity],
    ) -> Report<'a> {
        Report {
            documents,
            paths: &[],
            rules,
            instances,
            findings,
            identities,
            focus: None,
            all_unsupported: false,
            articles: &[],
            publisher: claimreview::Publisher::default(),
        }
    }

    /// The id of `rule`, or `?` for a rule outside the rulebook.
    pub fn rule_id(&self, rule: RuleId) -> &str {
        self.rules
            .get(rule.index())
            .map_or("?", |info| info.id.as_str())
    }

    /// The short id of the finding at `idx` (`f3a9c0d1`), or `?` past the end.
    pub fn finding_id(&self, idx: usize) -> &'a str {
        self.identities
            .get(idx)
            .map_or("?", |identity| identity.id.as_str())
    }

    /// The file of `article` as given on the command line, else its path in
    /// the corpus, else `?`.
    pub fn doc_path(&self, article: ArticleId) -> &str {
        match self.paths.get(article.index()) {
            Some(path) => path,
            None => self
                .documents
                .get(article.index())
                .map_or("?", |document| document.path.as_str()),
        }
    }

    /// The id of `article`'s document, or `?` for an article outside the corpus.
    pub fn doc_id(&self, article: ArticleId) -> &str {
        self.documents
            .get(article.index())
            .map_or("?", |document| document.id.as_str())
    }

    /// The instance at `idx` of a side, if it is one of the report's.
    pub fn instance(&self, idx: u32) -> Option<&'a Instance> {
        self.instances.get(idx as usize)
    }
}

/// A cited article's text as the HTML report shows it, with the map from
/// its file's byte offsets (where citations point) back to its text's.
#[derive(Debug, Clone)]
pub struct ArticleText {
    /// The article, read again as the scan read it.
    pub article: Article,
    /// Its text offsets to file offsets (`text_offset` maps back).
    pub offsets: crate::corpus::Offsets,
}

/// The output formats of `claimcheck check`.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize, clap::ValueEnum,
)]
#[serde(rename_all = "kebab-case")]
pub enum Format {
    /// A conflict table for people.
    Table,
    /// Versioned JSON for machines.
    Json,
    /// Markdown for an editorial ticket.
    Markdown,
    /// One self-contained HTML page: evidence side by side, in context.
    Html,
    /// schema.org ClaimReview JSON-LD, one review per disputed or unsupported claim.
    Claimreview,
    /// SARIF 2.1.0 for code-scanning tools.
    Sarif,
    /// One line per finding: `path:line:col: kind [rule] message`.
    Line,
    /// GitHub Actions workflow annotations.
    Github,
}

/// Writes `report` in `format` to `out`.
pub fn write(
    report: &Report<'_>,
    format: Format,
    style: &table::Style,
    out: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    let cleaned = match format {
        Format::Table | Format::Markdown | Format::Line | Format::Github => Cleaned::of(report),
        // These escape the text they write.
        Format::Json | Format::Html | Format::Claimreview | Format::Sarif => None,
    };
    let shown = cleaned.as_ref().map(|cleaned| cleaned.report(report));
    let clean_report = shown.as_ref().unwrap_or(report);
    match format {
        Format::Table => out.write_all(table::render(clean_report, style).as_bytes()),
        Format::Json => json::write(report, out),
        Format::Markdown => out.write_all(markdown::render(clean_report).as_bytes()),
        Format::Html => out.write_all(html::render(report).as_bytes()),
        Format::Claimreview => claimreview::write(report, out),
        Format::Sarif => sarif::write(report, out),
        Format::Line => out.write_all(line::render(clean_report).as_bytes()),
        Format::Github => out.write_all(line::github(clean_report).as_bytes()),
    }
}

/// One piece of a finding's evidence: an instance or a name mention.
#[derive(Debug, Clone)]
pub struct Evidence<'a> {
    /// The label of its side ("affirm", "70%", a spelling).
    pub label: &'a str,
    /// Where it was seen.
    pub citation: &'a crate::model::Citation,
    /// The instance, `None` for a name mention.
    pub instance: Option<&'a Instance>,
    /// The sentence it was seen in: the instance's quote, or the name
    /// mention's when it has one.
    pub quote: Option<std::borrow::Cow<'a, str>>,
}

/// Every piece of `finding`'s evidence, sorted by article, line and column.
pub fn evidence<'a>(report: &Report<'a>, finding: &'a Finding) -> Vec<Evidence<'a>> {
    let mut all: Vec<Evidence<'a>> = Vec::new();
    for side in &finding.sides {
        all.extend(
            side.instances
                .iter()
                .filter_map(|idx| report.instances.get(*idx as usize))
                .map(|instance| Evidence {
                    label: &side.label,
                    citation: &instance.citation,
                    instance: Some(instance),
                    quote: Some(instance.quote.text()),
                }),
        );
        all.extend(side.mentions.iter().map(|mention| Evidence {
            label: &side.label,
            citation: &mention.citation,
            instance: None,
            quote: mention.quote.as_deref().map(std::borrow::Cow::Borrowed),
        }));
    }
    all.sort_by(|a, b| {
        (a.citation.doc, a.citation.line, a.citation.column).cmp(&(
            b.citation.doc,
            b.citation.line,
            b.citation.column,
        ))
    });
    all
}

/// A finding as shown: its position in the report's findings, its id (as
/// in JSON) and the finding.
#[derive(Debug, Clone, Copy)]
pub struct Shown<'a> {
    /// Position in `Report::findings`.
    pub idx: usize,
    /// The finding's id, `f3a9c0d1`: the same id the JSON gives it.
    pub id: &'a str,
    /// The finding.
    pub finding: &'a Finding,
}

impl Shown<'_> {
    /// The id as shown.
    pub fn label(&self) -> String {
        self.id.to_string()
    }
}

/// A block of a report, in the order the report shows them.
#[derive(Debug, Clone)]
pub enum Section<'a> {
    /// One finding in full: claim, explanation, each side's evidence.
    Full(Shown<'a>),
    /// The unsupported assertions, one line each (`--all-unsupported` shows
    /// them in full instead).
    Unsupported(Vec<Shown<'a>>),
}

/// The report's findings in the order people read them: by severity (high
/// first), then kind (contradictions and figure conflicts first), then as
/// the reconciler sorted them. Unsupported assertions form one compact
/// section where the first of them falls, unless `all_unsupported`.
pub fn sections<'a>(report: &Report<'a>) -> Vec<Section<'a>> {
    let mut shown: Vec<Shown<'a>> = report
        .findings
        .iter()
        .enumerate()
        .map(|(idx, finding)| Shown {
            idx,
            id: report.finding_id(idx),
            finding,
        })
        .collect();
    shown.sort_by_key(|shown| {
        (
            Reverse(shown.finding.severity),
            kind_rank(shown.finding.kind),
            shown.idx,
        )
    });
    let mut sections = Vec::new();
    let mut unsupported_at = None;
    for shown in shown {
        if shown.finding.kind != FindingKind::Unsupported || report.all_unsupported {
            sections.push(Section::Full(shown));
            continue;
        }
        let at = *unsupported_at.get_or_insert_with(|| {
            sections.push(Section::Unsupported(Vec::new()));
            sections.len() - 1
        });
        if let Some(Section::Unsupported(group)) = sections.get_mut(at) {
            group.push(shown);
        }
    }
    sections
}

/// Where a kind comes among findings of one severity: conflicts between
/// sources first, agreement last.
fn kind_rank(kind: FindingKind) -> u8 {
    match kind {
        FindingKind::Contradiction => 0,
        FindingKind::FigureConflict => 1,
        FindingKind::InvalidValue => 2,
        FindingKind::Unsupported => 3,
        FindingKind::NameVariant => 4,
        FindingKind::Corroborated => 5,
    }
}

/// What a finding means, in words an editor reads without the glossary:
/// "disputed", "figures disagree", "denial corroborated".
pub fn verdict(finding: &Finding) -> String {
    match finding.kind {
        FindingKind::Contradiction => "disputed".to_string(),
        FindingKind::FigureConflict => "figures disagree".to_string(),
        FindingKind::Unsupported => "unsupported".to_string(),
        FindingKind::InvalidValue => "impossible value".to_string(),
        FindingKind::NameVariant => "possible misspelling".to_string(),
        FindingKind::Corroborated => {
            let agreed = if finding
                .sides
                .iter()
                .any(|side| side.label == Stance::Deny.name())
            {
                "denial corroborated"
            } else if finding
                .sides
                .iter()
                .all(|side| side.label == Stance::Affirm.name())
            {
                "corroborated"
            } else {
                "value corroborated"
            };
            if finding.status == Status::Disputed {
                format!("{agreed}, but disputed")
            } else {
                agreed.to_string()
            }
        }
    }
}

/// The counts line at the top of a report: findings by kind, in the order
/// they are shown, instances, articles.
pub fn summary(report: &Report<'_>) -> String {
    let mut counts: BTreeMap<(u8, FindingKind), usize> = BTreeMap::new();
    for finding in report.findings {
        *counts
            .entry((kind_rank(finding.kind), finding.kind))
            .or_default() += 1;
    }
    let kinds: Vec<String> = counts
        .iter()
        .map(|((_, kind), n)| format!("{n} {}", kind.name()))
        .collect();
    let detail = if kinds.is_empty() {
        String::new()
    } else {
        format!(" ({})", kinds.join(", "))
    };
    format!(
        "{} finding{}{detail} from {} instance{} in {} article{}.{}",
        report.findings.len(),
        plural(report.findings.len()),
        report.instances.len(),
        plural(report.instances.len()),
        report.documents.len(),
        plural(report.documents.len()),
        baseline_counts(report),
    )
}

/// " Against the baseline: 1 new, 2 changed, 45 known." or nothing without one.
fn baseline_counts(report: &Report<'_>) -> String {
    let mut counts: BTreeMap<fingerprint::BaselineStatus, usize> = BTreeMap::new();
    for identity in report.identities {
        if let Some(mark) = &identity.baseline {
            *counts.entry(mark.status).or_default() += 1;
        }
    }
    if counts.is_empty() {
        return String::new();
    }
    let counts: Vec<String> = counts
        .iter()
        .map(|(status, n)| format!("{n} {}", status.name()))
        .collect();
    format!(" Against the baseline: {}.", counts.join(", "))
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// The citations a side shows: the first `MAX_CITATIONS` instances in order,
/// plus every instance of the focus article wherever it falls, and how many
/// are left out.
pub fn shown_instances<'a>(report: &Report<'a>, side: &Side) -> (Vec<&'a Instance>, usize) {
    shown_of(report, &side.instances)
}

/// The instances of `idxs` a report shows: the first `MAX_CITATIONS`, plus
/// every instance of the focus article, and how many are left out.
fn shown_of<'a>(report: &Report<'a>, idxs: &[u32]) -> (Vec<&'a Instance>, usize) {
    let all: Vec<&'a Instance> = idxs
        .iter()
        .filter_map(|idx| report.instance(*idx))
        .collect();
    let mut n_others = 0;
    let shown: Vec<&'a Instance> = all
        .iter()
        .copied()
        .filter(|instance| {
            if report.focus == Some(instance.citation.doc) {
                return true;
            }
            n_others += 1;
            n_others <= MAX_CITATIONS
        })
        .collect();
    let hidden = all.len() - shown.len();
    (shown, hidden)
}

/// The name mentions a side shows (focus article's always) and how many are
/// left out.
pub fn shown_mentions<'a>(report: &Report<'_>, side: &'a Side) -> (Vec<&'a NameMention>, usize) {
    let mut n_others = 0;
    let shown: Vec<&'a NameMention> = side
        .mentions
        .iter()
        .filter(|mention| {
            if report.focus == Some(mention.citation.doc) {
                return true;
            }
            n_others += 1;
            n_others <= MAX_CITATIONS
        })
        .collect();
    let hidden = side.mentions.len() - shown.len();
    (shown, hidden)
}

/// `doc:line`, the citation of an instance as every text format writes it.
pub fn cite(report: &Report<'_>, instance: &Instance) -> String {
    format!(
        "{}:{}",
        report.doc_id(instance.citation.doc),
        instance.citation.line
    )
}

/// `doc:line:column`, the citation of a name mention.
pub fn cite_mention(report: &Report<'_>, mention: &NameMention) -> String {
    format!(
        "{}:{}:{}",
        report.doc_id(mention.citation.doc),
        mention.citation.line,
        mention.citation.column
    )
}

/// One name mention line: `doc:line:column — “…quote…”` (the citation
/// alone for a mention with no quote).
pub fn mention_citation_line(report: &Report<'_>, mention: &NameMention) -> String {
    match trimmed_mention_quote(mention) {
        Some(quote) => format!(
            "{} \u{2014} \u{201c}{quote}\u{201d}",
            cite_mention(report, mention)
        ),
        None => cite_mention(report, mention),
    }
}

/// One source line: `doc:line · origin — “…quote…”`.
pub fn citation_line(report: &Report<'_>, instance: &Instance) -> String {
    format!(
        "{} \u{b7} {} \u{2014} \u{201c}{}\u{201d}",
        cite(report, instance),
        instance.origin,
        trimmed_quote(instance)
    )
}

/// The side's citations, one per line, with "and N more" past the limit.
pub fn side_lines(report: &Report<'_>, side: &Side) -> Vec<String> {
    let (instances, hidden_instances) = shown_instances(report, side);
    let (mentions, hidden_mentions) = shown_mentions(report, side);
    let mut lines: Vec<String> = instances
        .into_iter()
        .map(|instance| citation_line(report, instance))
        .collect();
    lines.extend(
        mentions
            .into_iter()
            .map(|mention| mention_citation_line(report, mention)),
    );
    let hidden = hidden_instances + hidden_mentions;
    if hidden > 0 {
        lines.push(format!("\u{2026} and {hidden} more"));
    }
    lines
}

/// The mentions of a finding a report shows (its rule's instances that take
/// no side: speculation, warnings, questions…), the focus article's always,
/// and how many are left out.
pub fn shown_finding_mentions<'a>(
    report: &Report<'a>,
    finding: &Finding,
) -> (Vec<&'a Instance>, usize) {
    shown_of(report, &finding.mentions)
}

/// What a mention's sentence does instead of taking a side: its speech act
/// ("speculation", "warning", "question").
pub fn mention_act(instance: &Instance) -> &'static str {
    instance.factuality.act.name()
}

/// One mention line: `doc:line · origin · speculation — “…quote…”`.
pub fn mention_line(report: &Report<'_>, instance: &Instance) -> String {
    format!(
        "{} \u{b7} {} \u{b7} {} \u{2014} \u{201c}{}\u{201d}",
        cite(report, instance),
        instance.origin,
        mention_act(instance),
        trimmed_quote(instance)
    )
}

/// The finding's mention lines, with "and N more" past the limit; empty
/// when it has none.
pub fn mention_lines(report: &Report<'_>, finding: &Finding) -> Vec<String> {
    let (shown, hidden) = shown_finding_mentions(report, finding);
    let mut lines: Vec<String> = shown
        .into_iter()
        .map(|instance| mention_line(report, instance))
        .collect();
    if hidden > 0 {
        lines.push(format!("\u{2026} and {hidden} more"));
    }
    lines
}

/// The heading of a finding's mentions in the table and Markdown.
pub const MENTIONS_LABEL: &str = "mentions (no side, not counted)";

/// `text` safe to print on a terminal or in Markdown: control characters
/// (C0 but the newline, DEL, C1) and bidirectional overrides and isolates,
/// which an article could use to clear the screen, move the cursor or hide
/// text, are replaced by characters of the same UTF-8 length (a tab by a
/// space, another C0 or DEL by `?`, a C1 by `??`, a bidi control by U+FFFD),
/// so byte offsets into the text stay right. The table and Markdown get
/// every article-derived text through it (`write` cleans a copy of the
/// report when any text needs it).
pub fn clean(text: &str) -> std::borrow::Cow<'_, str> {
    let unsafe_char = |c: char| (c.is_control() && c != '\n') || is_bidi_control(c);
    if !text.chars().any(unsafe_char) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\t' => out.push(' '),
            c if !unsafe_char(c) => out.push(c),
            c => match c.len_utf8() {
                1 => out.push('?'),
                2 => out.push_str("??"),
                _ => out.push(char::REPLACEMENT_CHARACTER),
            },
        }
    }
    debug_assert_eq!(out.len(), text.len(), "clean keeps byte lengths");
    std::borrow::Cow::Owned(out)
}

/// A copy of the article-derived texts of a report (documents, instances,
/// findings) passed through `clean`, for the table and Markdown.
struct Cleaned {
    documents: Vec<Document>,
    instances: Vec<Instance>,
    findings: Vec<Finding>,
}

impl Cleaned {
    /// The cleaned copy of `report`, `None` when no text needs cleaning.
    fn of(report: &Report<'_>) -> Option<Self> {
        let dirty = |text: &str| matches!(clean(text), std::borrow::Cow::Owned(_));
        let any_dirty = report.documents.iter().any(|document| {
            dirty(&document.id)
                || dirty(&document.path)
                || document.title.as_deref().is_some_and(dirty)
        }) || report
            .instances
            .iter()
            .any(|instance| dirty(&instance.quote.text()) || dirty(&instance.origin))
            || report.findings.iter().any(|finding| {
                dirty(&finding.claim)
                    || dirty(&finding.explanation)
                    || finding.sides.iter().any(|side| {
                        dirty(&side.label)
                            || side
                                .mentions
                                .iter()
                                .any(|m| dirty(&m.name) || m.quote.as_deref().is_some_and(dirty))
                    })
            });
        if !any_dirty {
            return None;
        }
        let fix = |text: &mut String| {
            if let std::borrow::Cow::Owned(clean) = clean(text) {
                *text = clean;
            }
        };
        let mut documents = report.documents.to_vec();
        for document in &mut documents {
            fix(&mut document.id);
            fix(&mut document.path);
            if let Some(title) = &mut document.title {
                fix(title);
            }
        }
        let mut instances = report.instances.to_vec();
        for instance in &mut instances {
            let mut quote = instance.quote.text().into_owned();
            fix(&mut quote);
            instance.quote = quote.into();
            let mut origin = instance.origin.to_string();
            fix(&mut origin);
            instance.origin = origin.into();
        }
        let mut findings = report.findings.to_vec();
        for finding in &mut findings {
            fix(&mut finding.claim);
            fix(&mut finding.explanation);
            for side in &mut finding.sides {
                fix(&mut side.label);
                for mention in &mut side.mentions {
                    fix(&mut mention.name);
                    if let Some(quote) = &mut mention.quote {
                        fix(quote);
                    }
                }
            }
        }
        Some(Self {
            documents,
            instances,
            findings,
        })
    }

    /// `report` with the cleaned texts.
    fn report<'a>(&'a self, report: &Report<'a>) -> Report<'a> {
        Report {
            documents: &self.documents,
            instances: &self.instances,
            findings: &self.findings,
            ..*report
        }
    }
}

/// Bidirectional embeddings, overrides and isolates (U+202A–U+202E,
/// U+2066–U+2069), which reorder what a terminal shows.
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// The quote as a table or Markdown shows it: the excerpt, with "…" where
/// it was cut.
pub fn trimmed_quote(instance: &Instance) -> String {
    trimmed(&instance.quote.text(), excerpt(instance))
}

/// A name mention's sentence and the byte range of it an excerpt keeps
/// (around the name's first occurrence in it); `None` for a mention with no
/// quote.
pub fn mention_excerpt(mention: &NameMention) -> Option<(&str, (usize, usize))> {
    let quote = mention.quote.as_deref()?;
    let key = quote
        .find(mention.name.as_str())
        .map_or((0, 0), |at| (at, at + mention.name.len()));
    Some((quote, excerpt_around(quote, key)))
}

/// A name mention's quote as a table or Markdown shows it (see
/// `trimmed_quote`); `None` for a mention with no quote.
pub fn trimmed_mention_quote(mention: &NameMention) -> Option<String> {
    mention_excerpt(mention).map(|(quote, span)| trimmed(quote, span))
}

/// `quote[start..end]`, trimmed, with "…" where it was cut.
fn trimmed(quote: &str, (start, end): (usize, usize)) -> String {
    let mut out = String::new();
    if start > 0 {
        out.push('\u{2026}');
    }
    out.push_str(quote[start..end].trim());
    if end < quote.len() {
        out.push('\u{2026}');
    }
    out
}

/// The byte range of the quote an excerpt keeps: the whole sentence when it
/// has at most `EXCERPT_CHARS` characters, else a window of about that many
/// around the matched words and the figure's value (always whole), cut at
/// spaces.
pub fn excerpt(instance: &Instance) -> (usize, usize) {
    excerpt_around(&instance.quote.text(), key_span(instance))
}

/// The byte range of `quote` an excerpt keeps around its key span `(start,
/// end)` (on character boundaries): the whole sentence when it has at most
/// `EXCERPT_CHARS` characters, else a window of about that many, cut at spaces.
fn excerpt_around(quote: &str, (key_start, key_end): (usize, usize)) -> (usize, usize) {
    let offsets: Vec<usize> = quote
        .char_indices()
        .map(|(at, _)| at)
        .chain(std::iter::once(quote.len()))
        .collect();
    let n_chars = offsets.len() - 1;
    if n_chars <= EXCERPT_CHARS {
        return (0, quote.len());
    }
    let key_from = offsets.partition_point(|&at| at < key_start);
    let key_to = offsets.partition_point(|&at| at < key_end);
    let room = EXCERPT_CHARS.saturating_sub(key_to - key_from);
    let after = (room - (room / 2).min(key_from)).min(n_chars - key_to);
    let before = (room - after).min(key_from);
    let mut from = key_from - before;
    let mut to = key_to + after;
    let is_space = |idx: usize| quote[offsets[idx]..].starts_with(char::is_whitespace);
    if from > 0 && !is_space(from - 1) {
        if let Some(space) = (from..key_from).find(|&idx| is_space(idx)) {
            from = space + 1;
        }
    }
    if to < n_chars && !is_space(to) {
        if let Some(space) = (key_to..to).rev().find(|&idx| is_space(idx)) {
            to = space;
        }
    }
    (offsets[from], offsets[to])
}

/// The part of the quote an excerpt must keep: the matched words and, for a
/// figure, its value; on character boundaries inside the quote.
fn key_span(instance: &Instance) -> (usize, usize) {
    let quote = instance.quote.text();
    let matched = instance.matched();
    let mut start = matched.start.min(matched.end);
    let mut end = matched.end.max(matched.start);
    if let Some(value) = instance.figure() {
        start = start.min(value.start);
        end = end.max(value.end);
    }
    let start = crate::text::floor_boundary(&quote, start.min(quote.len()));
    let end = crate::text::ceil_boundary(&quote, end.min(quote.len()).max(start));
    (start, end)
}

/// What a mark in a quote shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum MarkKind {
    /// The phrases that made the rule match.
    Matched,
    /// A typed value (`Figure` for the figure's own value).
    Value,
    /// The value that answers a figure rule.
    Figure,
    /// The quoted speaker.
    Speaker,
    /// A stance, attribution or hedge cue: "denied", "said", "reportedly".
    Cue,
}

impl MarkKind {
    /// The class name HTML uses.
    pub fn class(self) -> &'static str {
        match self {
            MarkKind::Matched => "matched",
            MarkKind::Value => "value",
            MarkKind::Figure => "figure",
            MarkKind::Speaker => "speaker",
            MarkKind::Cue => "cue",
        }
    }
}

/// A span of a quote to mark: byte offsets inside the quote, on character
/// boundaries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Mark {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// What it is.
    pub kind: MarkKind,
}

/// Every mark of an instance's quote, sorted: the matched words, its values,
/// the speaker and the cues (found in the sentence as written; a cue the
/// sentence does not spell out is not marked).
pub fn marks(instance: &Instance) -> Vec<Mark> {
    let quote = instance.quote.text();
    let mut marks = Vec::new();
    let mut push = |start: usize, end: usize, kind: MarkKind| {
        if start < end
            && end <= quote.len()
            && quote.is_char_boundary(start)
            && quote.is_char_boundary(end)
        {
            marks.push(Mark { start, end, kind });
        }
    };
    let matched = instance.matched();
    push(matched.start, matched.end, MarkKind::Matched);
    for (idx, value) in instance.values.iter().enumerate() {
        let kind = if instance.is_figure(idx) {
            MarkKind::Figure
        } else {
            MarkKind::Value
        };
        push(value.start, value.end, kind);
    }
    let mut words: Vec<(&str, MarkKind)> = Vec::new();
    if let Some(attribution) = &instance.attribution {
        words.push((&attribution.speaker, MarkKind::Speaker));
        words.push((&attribution.cue, MarkKind::Cue));
    }
    if let Some(cue) = &instance.stance.cue {
        words.push((cue, MarkKind::Cue));
    }
    if let Some(hedge) = &instance.hedge {
        words.push((&hedge.cue, MarkKind::Cue));
    }
    let lower = quote.to_ascii_lowercase();
    for (word, kind) in words {
        if let Some(at) = find_word(&lower, &word.to_ascii_lowercase()) {
            push(at, at + word.len(), kind);
        }
    }
    marks.sort();
    marks.dedup();
    marks
}

/// The first occurrence of `word` in `text` that starts and ends at a word
/// boundary.
fn find_word(text: &str, word: &str) -> Option<usize> {
    if word.is_empty() {
        return None;
    }
    text.match_indices(word).map(|(at, _)| at).find(|&at| {
        let before = text[..at].chars().next_back();
        let after = text[at + word.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(quote: &str, matched: (usize, usize), expected: &str) {
        assert_eq!(trimmed(quote, matched), expected, "quote: {quote}");
    }

    fn trimmed(quote: &str, (start, end): (usize, usize)) -> String {
        let mut instance = Instance::bare(quote, "o");
        let offset = |at: usize| u32::try_from(at).expect("a short quote");
        (instance.match_start, instance.match_end) = (offset(start), offset(end));
        trimmed_quote(&instance)
    }

    #[test]
    fn a_short_quote_is_kept_whole() {
        check(
            "Moscow and Beijing both deny the reports.",
            (0, 0),
            "Moscow and Beijing both deny the reports.",
        );
    }

    #[test]
    fn a_long_quote_is_trimmed_around_the_match_at_spaces() {
        let quote = format!(
            "{} China sent drones {}",
            "lead ".repeat(40),
            "tail ".repeat(40)
        );
        let at = quote.find("China").expect("the quote holds the match");
        let trimmed = trimmed(&quote, (at, at + "China sent drones".len()));
        assert!(trimmed.starts_with("\u{2026}lead"), "{trimmed}");
        assert!(trimmed.ends_with("tail\u{2026}"), "{trimmed}");
        assert!(trimmed.contains("China sent drones"), "{trimmed}");
        assert!(trimmed.chars().count() <= EXCERPT_CHARS + 2, "{trimmed}");
    }

    #[test]
    fn a_match_at_the_end_of_a_long_quote_is_kept() {
        let quote = format!("{}the matched words.", "word ".repeat(60));
        let at = quote
            .find("the matched")
            .expect("the quote holds the match");
        let got = trimmed(&quote, (at, quote.len()));
        assert!(
            got.starts_with('\u{2026}') && got.ends_with("the matched words."),
            "{got}"
        );
    }

    #[test]
    fn a_figure_value_far_from_the_match_is_kept() {
        let quote = format!(
            "About 70% of imports {}came from Russia.",
            "and so on ".repeat(30)
        );
        let at = quote.find("came from").expect("the quote holds the match");
        let at = u32::try_from(at).expect("a short quote");
        let mut instance = Instance::bare(&quote, "o");
        (instance.match_start, instance.match_end) = (at, at + "came from".len() as u32);
        instance.values =
            vec![
                crate::model::Value::number(crate::model::ValueKind::Percent, 70.0, 70.0, "70%")
                    .at(6),
            ]
            .into();
        instance.figure_value = Some(0);
        let trimmed = trimmed_quote(&instance);
        assert!(
            trimmed.contains("70%") && trimmed.contains("came from"),
            "{trimmed}"
        );
    }

    #[test]
    fn a_match_inside_a_multibyte_character_does_not_panic() {
        check("“Quoted” text", (1, 2), "“Quoted” text");
    }

    #[test]
    fn cues_and_speakers_are_marked_at_word_boundaries() {
        let mut instance = Instance::bare("Officials said Saida denied it.", "o");
        instance.attribution = Some(std::sync::Arc::new(crate::model::Attribution {
            speaker: "Saida".to_string(),
            cue: "said".to_string(),
            ..crate::model::Attribution::default()
        }));
        let kinds: Vec<(usize, MarkKind)> = marks(&instance)
            .into_iter()
            .map(|mark| (mark.start, mark.kind))
            .collect();
        assert_eq!(kinds, vec![(10, MarkKind::Cue), (15, MarkKind::Speaker)]);
    }
}
