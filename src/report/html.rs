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
//!   re-read from disk). When the text at the citation is no longer the
//!   quote (the file changed since the scan), only the quote is shown, and
//!   the page says so.
//! - All text is escaped (`esc`): an article may hold `<script>`.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use super::{marks, sections, summary, verdict, Report, Section, Shown};
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
        }
        out.push_str("</section>\n");
    }
    out.push_str("</div>\n</article>\n");
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
    let context = article(report, instance.citation.doc).and_then(|article| {
        let at = instance.citation.byte_start..instance.citation.byte_end;
        (article.text.get(at) == Some(instance.quote.as_str()))
            .then(|| neighbours(article, instance))
    });
    out.push_str("<blockquote>");
    if let Some((before, _)) = context.as_ref().filter(|(before, _)| !before.is_empty()) {
        let _ = write!(out, "<span class=\"ctx\">{}</span> ", esc(before));
    }
    let _ = write!(out, "<span class=\"sentence\">{}</span>", marked(instance));
    if let Some((_, after)) = context.as_ref().filter(|(_, after)| !after.is_empty()) {
        let _ = write!(out, " <span class=\"ctx\">{}</span>", esc(after));
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

/// The sentences just before and after an instance's, skipping furniture.
fn neighbours(article: &Article, instance: &Instance) -> (String, String) {
    let text_of = |idx: usize| {
        article
            .sentences
            .get(idx)
            .and_then(|sentence| article.text.get(sentence.start..sentence.end))
            .unwrap_or_default()
            .to_string()
    };
    let body = |idx: &usize| article.sentences[*idx].kind != SentenceKind::Furniture;
    let first = article
        .sentences
        .partition_point(|sentence| sentence.end <= instance.citation.byte_start);
    let after = article
        .sentences
        .partition_point(|sentence| sentence.start < instance.citation.byte_end);
    let before = (0..first).rev().find(body).map(text_of).unwrap_or_default();
    let after = (after..article.sentences.len())
        .find(body)
        .map(text_of)
        .unwrap_or_default();
    (before, after)
}

/// The quote, escaped, with `<mark>` around matched words, values, the
/// speaker and cues (a span in several marks gets all their classes).
fn marked(instance: &Instance) -> String {
    let quote = instance.quote.as_str();
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

/// Every article a shown finding cites, with line anchors and its cited
/// sentences highlighted.
fn articles(report: &Report<'_>) -> String {
    let mut spans: BTreeMap<ArticleId, BTreeSet<(usize, usize)>> = BTreeMap::new();
    for finding in report.findings {
        for side in &finding.sides {
            for instance in side
                .instances
                .iter()
                .filter_map(|idx| report.instance(*idx))
            {
                spans
                    .entry(instance.citation.doc)
                    .or_default()
                    .insert((instance.citation.byte_start, instance.citation.byte_end));
            }
            for mention in &side.mentions {
                spans.entry(mention.citation.doc).or_default();
            }
        }
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
            Some(article) => out.push_str(&lines(doc, &article.written(), &spans)),
            None => out.push_str("<p class=\"note\">The article text was not available.</p>\n"),
        }
        out.push_str("</article>\n");
    }
    out.push_str("</section>\n");
    out
}

/// The text as numbered lines (numbered as the scan numbers them: `\n`,
/// `\r\n` or a lone `\r` ends a line), each with an anchor `d{doc}-L{line}`,
/// the byte spans in `spans` marked.
fn lines(doc: ArticleId, text: &str, spans: &BTreeSet<(usize, usize)>) -> String {
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
        for &(from, to) in spans.range(..(stop, usize::MAX)) {
            let (from, to) = (from.max(at), to.min(stop));
            if from >= to || text.get(from..to).is_none() || text.get(at..from).is_none() {
                continue;
            }
            out.push_str(&esc(&text[at..from]));
            let _ = write!(out, "<mark class=\"inst\">{}</mark>", esc(&text[from..to]));
            at = to;
        }
        out.push_str(&esc(text.get(at..stop).unwrap_or_default()));
        out.push_str("</span></div>\n");
    }
    out.push_str("</div>\n");
    out
}

/// The loaded text of `doc`, when the command line loaded it.
fn article<'a>(report: &Report<'a>, doc: ArticleId) -> Option<&'a Article> {
    let path = &report.documents.get(doc.index())?.path;
    report
        .articles
        .binary_search_by(|article| article.document.path.as_str().cmp(path))
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
        let spans: BTreeSet<(usize, usize)> = spans.iter().copied().collect();
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
    fn a_span_past_the_text_is_skipped() {
        check("short", &[(2, 99)], "sh<mark class=\"inst\">ort</mark>");
    }
}
