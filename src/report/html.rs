//! One self-contained HTML page for a reviewer: the findings in the table's
//! order with filters by kind and severity, each side's evidence in columns
//! with the sentence in context, and every cited article rendered below with
//! its instances highlighted and an anchor on every line.
//!
//! Decisions, in order:
//! - No network: CSS and the filter script are inline; links to an article's
//!   own url are plain links (`http` and `https` only), never loaded.
//! - Without JavaScript everything is visible and the filter form stays
//!   hidden; the script shows it and hides what is unchecked (the `hidden`
//!   attribute). The query string presets it: `report.html?kind=contradiction`.
//! - Context is the sentence before and after the cited one, read from the
//!   article text the command line loads for this format (`Report::articles`,
//!   re-read from disk). Citations hold offsets into the file's bytes; the
//!   article's `Offsets` map them back to its decoded text (windows-1252,
//!   UTF-16, repaired UTF-8). When the text at the citation is no longer the
//!   quote (the file changed since the scan), only the quote is shown, and
//!   the page says so. A context sentence on another line (a heading, the
//!   paragraph before) is shown with the line break.
//! - A finding's mentions (its rule's instances that take no side:
//!   speculation, warnings, questions…) are listed, muted, under the
//!   evidence, and marked in the article text apart from the instances.
//! - All text is escaped (`esc`): an article may hold `<script>`.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use super::{marks, sections, summary, verdict, ArticleText, Report, Section, Shown};
use crate::model::{Article, ArticleId, Finding, FindingKind, Instance, SentenceKind, Severity};
use crate::vocab::Named;

/// Renders `report` as one HTML page.
pub fn render(report: &Report<'_>) -> String {
    let mut out = String::from(HEAD);
    let _ = write!(
        out,
        "<header>\n<h1>claimcheck report</h1>\n<p class=\"summary\">{}</p>\n",
        esc(&summary(report))
    );
    out.push_str(&filters(report));
    out.push_str("</header>\n<main>\n");
    for section in sections(report) {
        match section {
            Section::Full(shown) => out.push_str(&finding(report, shown)),
            Section::Unsupported(group) => {
                let _ = write!(
                    out,
                    "<section class=\"group unsupported\">\n<h2>Unsupported assertions \
                     ({})</h2>\n<p>Each is backed by one source only.</p>\n",
                    group.len()
                );
                for shown in group {
                    out.push_str(&finding(report, shown));
                }
                out.push_str("</section>\n");
            }
        }
    }
    out.push_str(&articles(report));
    out.push_str("</main>\n");
    out.push_str(SCRIPT);
    out.push_str("</body>\n</html>\n");
    out
}

/// The filter form: a checkbox per kind and per severity present, all
/// checked; hidden until the script runs.
fn filters(report: &Report<'_>) -> String {
    let kinds: BTreeSet<(u8, FindingKind)> = report
        .findings
        .iter()
        .map(|finding| (super::kind_rank(finding.kind), finding.kind))
        .collect();
    let severities: BTreeSet<std::cmp::Reverse<Severity>> = report
        .findings
        .iter()
        .map(|finding| std::cmp::Reverse(finding.severity))
        .collect();
    let mut out = String::from("<form id=\"filters\" hidden>\n<fieldset><legend>Kind</legend>");
    for (_, kind) in kinds {
        let _ = write!(
            out,
            "<label><input type=\"checkbox\" name=\"kind\" value=\"{0}\" checked> {0}</label>",
            kind.name()
        );
    }
    out.push_str("</fieldset>\n<fieldset><legend>Severity</legend>");
    for severity in severities {
        let _ = write!(
            out,
            "<label><input type=\"checkbox\" name=\"severity\" value=\"{0}\" checked> \
             {0}</label>",
            severity.0.name()
        );
    }
    out.push_str("</fieldset>\n<p id=\"shown\"></p>\n</form>\n");
    out
}

/// One finding: its head, claim, explanation and the sides in columns.
fn finding(report: &Report<'_>, shown: Shown<'_>) -> String {
    let finding: &Finding = shown.finding;
    let mut out = format!(
        "<article class=\"finding\" id=\"{id}\" data-kind=\"{kind}\" \
         data-severity=\"{severity}\">\n<p class=\"head\"><a class=\"id\" \
         href=\"#{id}\">{id}</a> <span class=\"sev {severity}\">{severity}</span> \
         <span class=\"kind\">{kind}</span> <strong class=\"verdict\">{verdict}</strong></p>\n\
         <h2 class=\"claim\">{claim}</h2>\n<p class=\"explanation\">{explanation}</p>\n\
         <div class=\"sides\">\n",
        id = shown.label(),
        kind = finding.kind.name(),
        severity = finding.severity.name(),
        verdict = esc(&verdict(finding)),
        claim = esc(&finding.claim),
        explanation = esc(&finding.explanation),
    );
    for side in &finding.sides {
        let _ = write!(
            out,
            "<section class=\"side\">\n<h3>{}</h3>\n",
            esc(&side.label)
        );
        for instance in side
            .instances
            .iter()
            .filter_map(|idx| report.instance(*idx))
        {
            out.push_str(&evidence(report, instance));
        }
        for mention in &side.mentions {
            let _ = writeln!(
                out,
                "<p class=\"cite\"><a href=\"#{}\">{}</a></p>",
                line_anchor(report, mention.citation.doc, mention.citation.line),
                esc(&super::cite_mention(report, mention))
            );
            if let Some(quote) = &mention.quote {
                let (start, end) = quote
                    .find(mention.name.as_str())
                    .map_or((0, 0), |at| (at, at + mention.name.len()));
                let _ = writeln!(
                    out,
                    "<blockquote><span class=\"sentence\">{}<mark class=\"matched\">{}</mark>{}\
                     </span></blockquote>",
                    esc(&quote[..start]),
                    esc(&quote[start..end]),
                    esc(&quote[end..])
                );
            }
        }
        out.push_str("</section>\n");
    }
    out.push_str("</div>\n");
    out.push_str(&mentions(report, finding));
    out.push_str("</article>\n");
    out
}

/// A finding's mentions, muted, one list item each: citation, origin,
/// speech act and the sentence with its marks; nothing when it has none.
fn mentions(report: &Report<'_>, finding: &Finding) -> String {
    let all: Vec<&Instance> = finding
        .mentions
        .iter()
        .filter_map(|idx| report.instance(*idx))
        .collect();
    if all.is_empty() {
        return String::new();
    }
    let mut out = String::from(
        "<section class=\"mentions\">\n<h3>Mentions <span class=\"why\">take no side, not \
         counted</span></h3>\n<ul>\n",
    );
    for instance in all {
        let focus = if report.focus == Some(instance.citation.doc) {
            " class=\"focus\""
        } else {
            ""
        };
        let _ = writeln!(
            out,
            "<li{focus}><span class=\"cite\"><a href=\"#{}\">{}</a> <span \
             class=\"origin\">{}</span> <span class=\"act\">{}</span></span> \
             \u{2014} <span class=\"sentence\">{}</span></li>",
            line_anchor(report, instance.citation.doc, instance.citation.line),
            esc(&super::cite(report, instance)),
            esc(&instance.origin),
            super::mention_act(instance),
            marked(instance),
        );
    }
    out.push_str("</ul>\n</section>\n");
    out
}

/// One instance: citation link, origin, speech act, and the sentence with
/// its marks between the sentences around it.
fn evidence(report: &Report<'_>, instance: &Instance) -> String {
    let focus = if report.focus == Some(instance.citation.doc) {
        " focus"
    } else {
        ""
    };
    let mut out = format!(
        "<div class=\"evidence{focus}\">\n<p class=\"cite\"><a href=\"#{}\">{}</a> \
         <span class=\"origin\">{}</span> <span class=\"act\">{} \u{b7} {}</span></p>\n",
        line_anchor(report, instance.citation.doc, instance.citation.line),
        esc(&super::cite(report, instance)),
        esc(&instance.origin),
        instance.factuality.act.name(),
        instance.factuality.certainty.name(),
    );
    let context = article(report, instance.citation.doc).and_then(|text| {
        let (start, end) = text_span(text, instance);
        (text.article.text.get(start..end) == Some(&*instance.quote.text()))
            .then(|| neighbours(&text.article, start, end))
    });
    out.push_str("<blockquote>");
    if let Some(before) = context.as_ref().and_then(|(before, _)| before.as_ref()) {
        let _ = write!(
            out,
            "{}{}",
            before.html(),
            if before.apart { "<br>" } else { " " }
        );
    }
    let _ = write!(out, "<span class=\"sentence\">{}</span>", marked(instance));
    if let Some(after) = context.as_ref().and_then(|(_, after)| after.as_ref()) {
        let _ = write!(
            out,
            "{}{}",
            if after.apart { "<br>" } else { " " },
            after.html()
        );
    }
    out.push_str("</blockquote>\n");
    if context.is_none() {
        out.push_str(
            "<p class=\"note\">Context not shown: the article text was not available or has \
             changed since the check read it.</p>\n",
        );
    }
    out.push_str("</div>\n");
    out
}

/// The byte span of an instance's sentence in the article's decoded text
/// (its citation holds offsets into the file's bytes).
fn text_span(text: &ArticleText, instance: &Instance) -> (usize, usize) {
    (
        text.offsets.text_offset(instance.citation.byte_start),
        text.offsets.text_offset(instance.citation.byte_end),
    )
}

/// A sentence shown beside a cited one.
#[derive(Debug, PartialEq, Eq)]
struct Around {
    /// Its text.
    text: String,
    /// Whether it is a heading.
    heading: bool,
    /// Whether a line break stands between it and the cited sentence.
    apart: bool,
}

impl Around {
    /// The sentence as a muted span (bold when a heading).
    fn html(&self) -> String {
        let class = if self.heading { "ctx heading" } else { "ctx" };
        format!("<span class=\"{class}\">{}</span>", esc(&self.text))
    }
}

/// The sentences just before and after the text span `start..end`, skipping
/// furniture.
fn neighbours(article: &Article, start: usize, end: usize) -> (Option<Around>, Option<Around>) {
    let text = article.text.as_str();
    let around = |idx: usize, gap: (usize, usize)| {
        let sentence = article.sentences.get(idx)?;
        let words = text.get(sentence.start..sentence.end)?.trim();
        let between = text
            .get(gap.0.min(gap.1)..gap.1.max(gap.0))
            .unwrap_or_default();
        (!words.is_empty()).then(|| Around {
            text: words.to_string(),
            heading: sentence.kind == SentenceKind::Heading,
            apart: between.contains(['\n', '\r']),
        })
    };
    let body = |idx: &usize| article.sentences[*idx].kind != SentenceKind::Furniture;
    let first = article
        .sentences
        .partition_point(|sentence| sentence.end <= start);
    let next = article
        .sentences
        .partition_point(|sentence| sentence.start < end);
    let before = (0..first)
        .rev()
        .find(body)
        .and_then(|idx| around(idx, (article.sentences[idx].end, start)));
    let after = (next..article.sentences.len())
        .find(body)
        .and_then(|idx| around(idx, (end, article.sentences[idx].start)));
    (before, after)
}

/// The quote, escaped, with `<mark>` around matched words, values, the
/// speaker and cues (a span in several marks gets all their classes).
fn marked(instance: &Instance) -> String {
    let quote = instance.quote.text();
    let marks = marks(instance);
    let mut edges: BTreeSet<usize> = BTreeSet::from([0, quote.len()]);
    for mark in &marks {
        edges.insert(mark.start);
        edges.insert(mark.end);
    }
    let edges: Vec<usize> = edges.into_iter().collect();
    let mut out = String::new();
    for pair in edges.windows(2) {
        let (from, to) = (pair[0], pair[1]);
        let classes: BTreeSet<&str> = marks
            .iter()
            .filter(|mark| mark.start <= from && to <= mark.end)
            .map(|mark| mark.kind.class())
            .collect();
        let piece = esc(&quote[from..to]);
        if classes.is_empty() {
            out.push_str(&piece);
        } else {
            let classes: Vec<&str> = classes.into_iter().collect();
            let _ = write!(out, "<mark class=\"{}\">{piece}</mark>", classes.join(" "));
        }
    }
    out
}

/// Every article a shown finding cites (its instances and its mentions),
/// with line anchors, its cited sentences highlighted and its mentions
/// marked apart.
fn articles(report: &Report<'_>) -> String {
    // File byte spans of each article, with the class of their mark: an
    // instance's (`inst`) wins over a mention's (`mention`).
    let mut spans: BTreeMap<ArticleId, BTreeMap<(usize, usize), &str>> = BTreeMap::new();
    let mut add = |instance: &Instance, class: &'static str| {
        let citation = &instance.citation;
        let at = spans
            .entry(citation.doc)
            .or_default()
            .entry((citation.byte_start, citation.byte_end))
            .or_insert(class);
        if class == "inst" {
            *at = class;
        }
    };
    for finding in report.findings {
        for side in &finding.sides {
            for instance in side
                .instances
                .iter()
                .filter_map(|idx| report.instance(*idx))
            {
                add(instance, "inst");
            }
        }
        for instance in finding
            .mentions
            .iter()
            .filter_map(|idx| report.instance(*idx))
        {
            add(instance, "mention");
        }
    }
    for mention in report
        .findings
        .iter()
        .flat_map(|finding| &finding.sides)
        .flat_map(|side| &side.mentions)
    {
        spans.entry(mention.citation.doc).or_default();
    }
    let mut out = String::from("<section id=\"articles\">\n<h2>Articles</h2>\n");
    for (doc, spans) in spans {
        let Some(document) = report.documents.get(doc.index()) else {
            continue;
        };
        let _ = write!(
            out,
            "<article class=\"doc\" id=\"d{}\">\n<h3>{}</h3>\n<p class=\"meta\">{}",
            doc.index(),
            esc(document.title.as_deref().unwrap_or(&document.id)),
            esc(&document.path)
        );
        for part in [
            document.publisher.clone(),
            document.date.map(|date| date.to_string()),
        ]
        .into_iter()
        .flatten()
        {
            let _ = write!(out, " \u{b7} {}", esc(&part));
        }
        if let Some(url) = &document.url {
            if url.starts_with("https://") || url.starts_with("http://") {
                let _ = write!(out, " \u{b7} <a href=\"{0}\">{0}</a>", esc(url));
            } else {
                let _ = write!(out, " \u{b7} {}", esc(url));
            }
        }
        out.push_str("</p>\n");
        match article(report, doc) {
            Some(text) => {
                let spans: BTreeMap<(usize, usize), &str> = spans
                    .into_iter()
                    .map(|((start, end), class)| {
                        let start = text.offsets.text_offset(start);
                        ((start, text.offsets.text_offset(end).max(start)), class)
                    })
                    .collect();
                out.push_str(&lines(doc, &text.article.written(), &spans));
            }
            None => out.push_str("<p class=\"note\">The article text was not available.</p>\n"),
        }
        out.push_str("</article>\n");
    }
    out.push_str("</section>\n");
    out
}

/// The text as numbered lines (numbered as the scan numbers them: `\n`,
/// `\r\n` or a lone `\r` ends a line), each with an anchor `d{doc}-L{line}`,
/// the byte spans of the text in `spans` marked with their class.
fn lines(doc: ArticleId, text: &str, spans: &BTreeMap<(usize, usize), &str>) -> String {
    let mut out = String::from("<div class=\"text\">\n");
    for line in crate::text::Lines::new(text) {
        let anchor = format!("d{}-L{}", doc.index(), line.number);
        let _ = write!(
            out,
            "<div class=\"line\" id=\"{anchor}\"><a class=\"ln\" href=\"#{anchor}\">{}</a>\
             <span class=\"t\">",
            line.number
        );
        let (start, stop) = (line.start, line.end);
        let mut at = start;
        for (&(from, to), class) in spans.range(..(stop, usize::MAX)) {
            let (from, to) = (from.max(at), to.min(stop));
            if from >= to || text.get(from..to).is_none() || text.get(at..from).is_none() {
                continue;
            }
            out.push_str(&esc(&text[at..from]));
            let _ = write!(
                out,
                "<mark class=\"{class}\">{}</mark>",
                esc(&text[from..to])
            );
            at = to;
        }
        out.push_str(&esc(text.get(at..stop).unwrap_or_default()));
        out.push_str("</span></div>\n");
    }
    out.push_str("</div>\n");
    out
}

/// The loaded text of `doc`, when the command line loaded it.
fn article<'a>(report: &Report<'a>, doc: ArticleId) -> Option<&'a ArticleText> {
    let path = &report.documents.get(doc.index())?.path;
    report
        .articles
        .binary_search_by(|text| text.article.document.path.as_str().cmp(path))
        .ok()
        .and_then(|idx| report.articles.get(idx))
}

/// The anchor a citation links to: the line when the article text is in
/// the page, else the article.
fn line_anchor(report: &Report<'_>, doc: ArticleId, line: u32) -> String {
    if article(report, doc).is_some() {
        format!("d{}-L{line}", doc.index())
    } else {
        format!("d{}", doc.index())
    }
}

/// `text` with `&`, `<`, `>`, `"` and `'` escaped, for text and attributes.
fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(ch),
        }
    }
    out
}

const HEAD: &str = r#"<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>claimcheck report</title>
<style>
:root { --ink: #1d1d1f; --muted: #5f6368; --line: #d9d9de; --paper: #fff; --tint: #f5f5f7; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--ink); background: var(--tint); }
header, main { max-width: 1200px; margin: 0 auto; padding: 0 1rem; }
h1 { font-size: 1.5rem; margin: 1rem 0 0.25rem; }
[hidden] { display: none !important; }
form { display: flex; flex-wrap: wrap; gap: 0.5rem 1.5rem; align-items: center; margin: 0.5rem 0 1rem; }
fieldset { border: 1px solid var(--line); border-radius: 6px; padding: 0.25rem 0.75rem; margin: 0; }
fieldset label { margin-right: 0.75rem; white-space: nowrap; }
#shown { color: var(--muted); margin: 0; }
.finding { background: var(--paper); border: 1px solid var(--line); border-left: 6px solid var(--muted); border-radius: 6px; padding: 0.75rem 1rem; margin: 0 0 1rem; }
.finding[data-severity="high"] { border-left-color: #c5221f; }
.finding[data-severity="medium"] { border-left-color: #e37400; }
.finding[data-severity="low"] { border-left-color: #1a73e8; }
.finding[data-severity="info"] { border-left-color: #188038; }
.head { margin: 0; color: var(--muted); }
.id { font-weight: 600; color: inherit; }
.sev { text-transform: uppercase; font-size: 0.75rem; font-weight: 700; padding: 0.1rem 0.4rem; border-radius: 4px; color: #fff; background: var(--muted); }
.sev.high { background: #c5221f; } .sev.medium { background: #e37400; } .sev.low { background: #1a73e8; } .sev.info { background: #188038; }
.claim { font-size: 1.1rem; margin: 0.25rem 0; }
.explanation { margin: 0 0 0.5rem; }
.sides { display: grid; grid-template-columns: repeat(auto-fit, minmax(300px, 1fr)); gap: 1rem; }
.side h3 { font-size: 0.9rem; text-transform: uppercase; letter-spacing: 0.04em; color: var(--muted); margin: 0.25rem 0; border-bottom: 1px solid var(--line); }
.evidence { margin: 0 0 0.75rem; }
.evidence.focus { outline: 2px solid #1a73e8; outline-offset: 3px; border-radius: 2px; }
.cite { margin: 0; font-size: 0.9rem; }
.cite a { font-family: ui-monospace, "SFMono-Regular", Menlo, monospace; white-space: nowrap; }
.origin { font-weight: 600; }
.act { color: var(--muted); }
blockquote { margin: 0.25rem 0 0; padding-left: 0.75rem; border-left: 3px solid var(--line); }
.ctx { color: var(--muted); }
mark { background: none; color: inherit; }
mark.matched { background: #fde293; }
mark.value, mark.figure { font-weight: 700; text-decoration: underline; text-decoration-color: #9334e6; }
mark.figure { background: #e9d2fd; }
mark.speaker { border-bottom: 2px solid #1a73e8; }
mark.cue { font-style: italic; border-bottom: 2px dotted #c5221f; }
.note { color: var(--muted); font-style: italic; margin: 0.25rem 0; }
.group > h2 { font-size: 1.2rem; margin: 1.5rem 0 0; }
.group > p { color: var(--muted); margin: 0 0 0.5rem; }
.group .finding { padding: 0.5rem 1rem; }
.group .claim { font-size: 1rem; }
#articles > h2 { font-size: 1.2rem; margin: 2rem 0 0.5rem; }
.doc { background: var(--paper); border: 1px solid var(--line); border-radius: 6px; padding: 0.75rem 1rem; margin: 0 0 1rem; }
.doc h3 { margin: 0; }
.meta { color: var(--muted); margin: 0 0 0.5rem; font-size: 0.9rem; }
.text { font: 13px/1.45 ui-monospace, "SFMono-Regular", Menlo, monospace; }
.t { white-space: pre-wrap; overflow-wrap: anywhere; min-width: 0; }
.line { display: flex; }
.line:target { background: #e8f0fe; }
.ln { flex: none; width: 3.5em; padding-right: 0.75em; text-align: right; color: var(--muted); text-decoration: none; user-select: none; }
mark.inst { background: #fde293; }
mark.mention { background: #e8eaed; }
.ctx.heading { font-weight: 600; }
.mentions { color: var(--muted); font-size: 0.9rem; margin: 0.5rem 0 0; border-top: 1px dashed var(--line); }
.mentions h3 { font-size: 0.85rem; text-transform: uppercase; letter-spacing: 0.04em; margin: 0.35rem 0 0.15rem; }
.mentions .why { text-transform: none; letter-spacing: 0; font-weight: normal; }
.mentions ul { margin: 0; padding-left: 1.25rem; }
.mentions li.focus { outline: 2px solid #1a73e8; outline-offset: 2px; }
.mentions .cite { font-size: inherit; }
.mentions mark.matched { background: #f1f3f4; }
</style>
</head>
<body>
"#;

const SCRIPT: &str = r#"<script>
(function () {
  var form = document.getElementById("filters");
  var boxes = form.querySelectorAll("input");
  var params = new URLSearchParams(window.location.search);
  ["kind", "severity"].forEach(function (name) {
    var wanted = params.get(name);
    if (wanted === null) { return; }
    var values = wanted.split(",");
    boxes.forEach(function (box) {
      if (box.name === name) { box.checked = values.indexOf(box.value) >= 0; }
    });
  });
  function apply() {
    var on = {};
    boxes.forEach(function (box) { if (box.checked) { on[box.name + ":" + box.value] = true; } });
    var findings = document.querySelectorAll(".finding");
    var shown = 0;
    findings.forEach(function (finding) {
      var show = on["kind:" + finding.dataset.kind] && on["severity:" + finding.dataset.severity];
      finding.hidden = !show;
      if (show) { shown += 1; }
    });
    document.querySelectorAll(".group").forEach(function (group) {
      group.hidden = group.querySelector(".finding:not([hidden])") === null;
    });
    document.getElementById("shown").textContent =
      "Showing " + shown + " of " + findings.length + " findings";
  }
  form.addEventListener("change", apply);
  form.hidden = false;
  apply();
})();
</script>
"#;

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str, spans: &[(usize, usize)], expected: &str) {
        let spans: BTreeMap<(usize, usize), &str> =
            spans.iter().map(|span| (*span, "inst")).collect();
        let got = lines(ArticleId(0), text, &spans);
        assert!(got.contains(expected), "text: {text:?}\n{got}");
    }

    #[test]
    fn markup_in_an_article_is_escaped() {
        check(
            "<script>alert('x')</script>",
            &[],
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;",
        );
    }

    #[test]
    fn every_line_has_an_anchor() {
        check("one\ntwo", &[], "<div class=\"line\" id=\"d0-L2\">");
    }

    #[test]
    fn a_cited_sentence_across_lines_is_marked_on_each() {
        let text = "A first\nsentence. B.";
        check(text, &[(2, 17)], "<mark class=\"inst\">first</mark>");
        check(text, &[(2, 17)], "<mark class=\"inst\">sentence.</mark> B.");
    }

    #[test]
    fn a_lone_carriage_return_ends_a_line() {
        check(
            "one\rtwo\r\nthree",
            &[],
            "<div class=\"line\" id=\"d0-L3\">",
        );
    }

    #[test]
    fn context_on_another_line_is_shown_apart() {
        let text = "Official Reactions\nThe council closed it. Engineers agreed.\n\nNext day.";
        let article = Article {
            document: crate::model::Document::default(),
            text: text.to_string(),
            sentences: crate::text::segment(text),
            breaks: Vec::new(),
        };
        let start = text.find("The council").unwrap_or_default();
        let end = text.find(" Engineers").unwrap_or_default();
        let (before, after) = neighbours(&article, start, end);
        let before = before.expect("the heading is shown before");
        assert_eq!(
            (before.text.as_str(), before.apart),
            ("Official Reactions", true)
        );
        let after = after.expect("the next sentence is shown after");
        assert_eq!(
            (after.text.as_str(), after.apart),
            ("Engineers agreed.", false)
        );
    }

    #[test]
    fn a_span_past_the_text_is_skipped() {
        check("short", &[(2, 99)], "sh<mark class=\"inst\">ort</mark>");
    }
}
