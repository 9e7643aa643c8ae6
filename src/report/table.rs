//! The terminal report for people: a summary line, then one block per
//! finding in the order `sections` gives (severity, then kind), each side's
//! citations with an excerpt, and the unsupported assertions one line each.
//!
//! Lines are wrapped at spaces to the width, never inside a citation
//! (`doc:line` is one word, longer lines run over rather than break it); the
//! width is `COLUMNS` or the terminal's, kept between `MIN_WIDTH` and
//! `MAX_WIDTH` (0 and unset mean the terminal's, else `DEFAULT_WIDTH`). On a
//! colour terminal the severity is coloured and the matched words and values
//! of each excerpt are highlighted.

use super::{
    cite, cite_mention, excerpt, marks, mention_act, mention_excerpt, sections,
    shown_finding_mentions, shown_instances, shown_mentions, summary, verdict, MarkKind, Report,
    Section, Shown, MENTIONS_LABEL,
};
use crate::model::{Finding, Instance, NameMention, Severity};
use crate::vocab::Named;

/// Width when neither `COLUMNS` nor a terminal gives one.
const DEFAULT_WIDTH: usize = 120;
/// Narrowest width laid out; a smaller `COLUMNS` is taken as this.
const MIN_WIDTH: usize = 40;
/// Widest width laid out: longer lines are hard to read.
const MAX_WIDTH: usize = 140;
/// Indent of a finding's claim, explanation and sides.
const BODY: usize = 3;
/// Indent of a citation.
const CITATION: usize = 5;
/// Indent of an excerpt.
const QUOTE: usize = 7;

/// How the table is drawn: width and colour.
#[derive(Debug, Clone, Copy, Default)]
pub struct Style {
    /// Width in columns; `None` (or 0) fits the terminal.
    pub width: Option<u16>,
    /// Whether to use colour.
    pub color: bool,
}

/// Renders `report`: the summary line, then each section.
pub fn render(report: &Report<'_>, style: &Style) -> String {
    let painter = Painter {
        width: width(style),
        color: style.color,
    };
    let mut out = painter.paint_lines(&wrap(&summary(report), painter.width), 0, "");
    for section in sections(report) {
        out.push('\n');
        match section {
            Section::Full(shown) => out.push_str(&painter.block(report, shown)),
            Section::Unsupported(group) => out.push_str(&painter.unsupported(report, &group)),
        }
    }
    out
}

/// The width to lay out at.
fn width(style: &Style) -> usize {
    let asked = match style.width {
        Some(0) | None => {
            let mut probe = comfy_table::Table::new();
            probe.set_content_arrangement(comfy_table::ContentArrangement::Dynamic);
            probe.width().map_or(DEFAULT_WIDTH, usize::from)
        }
        Some(width) => usize::from(width),
    };
    asked.clamp(MIN_WIDTH, MAX_WIDTH)
}

/// Lays text out at one width, with or without colour.
struct Painter {
    width: usize,
    color: bool,
}

impl Painter {
    /// One finding in full.
    fn block(&self, report: &Report<'_>, shown: Shown<'_>) -> String {
        let finding = shown.finding;
        let head = format!(
            "{} {} {}",
            self.paint(&shown.label(), BOLD),
            self.severity(finding.severity),
            finding.kind.name(),
        );
        let verdict = verdict(finding);
        let plain_len = format!(
            "{} {} {} \u{b7} {verdict}",
            shown.label(),
            finding.severity.name(),
            finding.kind.name()
        )
        .chars()
        .count();
        let mut out = if plain_len <= self.width {
            format!("{head} \u{b7} {verdict}\n")
        } else {
            format!("{head}\n{}\u{b7} {verdict}\n", " ".repeat(BODY))
        };
        out.push_str(&self.paint_lines(&wrap(&finding.claim, self.width - BODY), BODY, BOLD));
        out.push_str(&self.paint_lines(&wrap(&finding.explanation, self.width - BODY), BODY, ""));
        for side in &finding.sides {
            out.push_str(&format!("{}{}\n", " ".repeat(BODY), side.label));
            let (instances, hidden) = shown_instances(report, side);
            for instance in instances {
                out.push_str(&self.citation(report, instance, None));
            }
            let (mentions, hidden_mentions) = shown_mentions(report, side);
            for mention in mentions {
                out.push_str(&format!(
                    "{}{}\n",
                    " ".repeat(CITATION),
                    cite_mention(report, mention)
                ));
                out.push_str(&self.mention_excerpt(mention));
            }
            if hidden + hidden_mentions > 0 {
                out.push_str(&format!(
                    "{}\u{2026} and {} more\n",
                    " ".repeat(CITATION),
                    hidden + hidden_mentions
                ));
            }
        }
        let (mentions, hidden) = shown_finding_mentions(report, finding);
        if !mentions.is_empty() {
            out.push_str(&format!("{}{MENTIONS_LABEL}\n", " ".repeat(BODY)));
            for instance in mentions {
                out.push_str(&self.citation(report, instance, Some(mention_act(instance))));
            }
            if hidden > 0 {
                out.push_str(&format!(
                    "{}\u{2026} and {hidden} more\n",
                    " ".repeat(CITATION)
                ));
            }
        }
        out
    }

    /// A citation line (`doc:line · origin`, then ` · act` for a mention)
    /// and its excerpt below it.
    fn citation(&self, report: &Report<'_>, instance: &Instance, act: Option<&str>) -> String {
        let citation = cite(report, instance);
        let room = self.width - CITATION;
        let origin = match act {
            Some(act) => format!("{} \u{b7} {act}", instance.origin),
            None => instance.origin.to_string(),
        };
        let mut out = String::new();
        if citation.chars().count() + 3 + origin.chars().count() <= room {
            out.push_str(&format!(
                "{}{citation} \u{b7} {origin}\n",
                " ".repeat(CITATION),
            ));
        } else {
            out.push_str(&format!("{}{citation}\n", " ".repeat(CITATION)));
            out.push_str(&self.paint_lines(&wrap(&origin, room), CITATION, ""));
        }
        out.push_str(&self.excerpt(instance));
        out
    }

    /// The excerpt of an instance's quote in quotation marks, wrapped, with
    /// the matched words and values highlighted on a colour terminal.
    fn excerpt(&self, instance: &Instance) -> String {
        self.quote_lines(&instance.quote.text(), excerpt(instance), |from, to| {
            self.highlight(instance, from, to)
        })
    }

    /// The excerpt of a name mention's sentence in quotation marks, wrapped,
    /// the name highlighted on a colour terminal; nothing without a quote.
    fn mention_excerpt(&self, mention: &NameMention) -> String {
        let Some((quote, span)) = mention_excerpt(mention) else {
            return String::new();
        };
        let name = quote
            .find(mention.name.as_str())
            .map_or((0, 0), |at| (at, at + mention.name.len()));
        self.quote_lines(quote, span, |from, to| {
            let (start, end) = (name.0.clamp(from, to), name.1.clamp(from, to));
            if !self.color || start >= end {
                return quote[from..to].to_string();
            }
            format!(
                "{}{}{}",
                &quote[from..start],
                self.paint(&quote[start..end], MATCHED),
                &quote[end..to]
            )
        })
    }

    /// `quote[start..end]` in quotation marks ("…" where it was cut), wrapped,
    /// each line's piece given by `piece(from, to)` (byte offsets in `quote`).
    fn quote_lines(
        &self,
        quote: &str,
        (start, end): (usize, usize),
        piece: impl Fn(usize, usize) -> String,
    ) -> String {
        let open = if start > 0 {
            "\u{201c}\u{2026}"
        } else {
            "\u{201c}"
        };
        let close = if end < quote.len() {
            "\u{2026}\u{201d}"
        } else {
            "\u{201d}"
        };
        // Two characters of each line are kept for the quotation mark and "…".
        let lines = wrap_spans(&quote[start..end], self.width - QUOTE - 2);
        let mut out = String::new();
        for (idx, (from, to)) in lines.iter().enumerate() {
            out.push_str(&" ".repeat(QUOTE));
            if idx == 0 {
                out.push_str(open);
            }
            out.push_str(&piece(start + from, start + to));
            if idx + 1 == lines.len() {
                out.push_str(close);
            }
            out.push('\n');
        }
        out
    }

    /// `quote[from..to]`, with marks in colour when colour is on.
    fn highlight(&self, instance: &Instance, from: usize, to: usize) -> String {
        let quote = instance.quote.text();
        if !self.color {
            return quote[from..to].to_string();
        }
        let marks: Vec<_> = marks(instance)
            .into_iter()
            .filter(|mark| matches!(mark.kind, MarkKind::Matched | MarkKind::Figure))
            .collect();
        let mut out = String::new();
        let mut at = from;
        while at < to {
            let inside = marks
                .iter()
                .find(|mark| mark.start <= at && at < mark.end)
                .map(|mark| mark.kind);
            let next = marks
                .iter()
                .flat_map(|mark| [mark.start, mark.end])
                .filter(|&edge| edge > at && edge < to)
                .min()
                .unwrap_or(to);
            let piece = &quote[at..next];
            match inside {
                Some(MarkKind::Figure) => out.push_str(&self.paint(piece, VALUE)),
                Some(_) => out.push_str(&self.paint(piece, MATCHED)),
                None => out.push_str(piece),
            }
            at = next;
        }
        out
    }

    /// The unsupported assertions, one line each: id, severity, citation,
    /// claim (cut with "…" at the width).
    fn unsupported(&self, report: &Report<'_>, group: &[Shown<'_>]) -> String {
        let rows: Vec<(String, &Finding, String)> = group
            .iter()
            .map(|shown| {
                (
                    shown.label(),
                    shown.finding,
                    first_citation(report, shown.finding),
                )
            })
            .collect();
        let id_width = rows.iter().map(|row| row.0.len()).max().unwrap_or(0);
        let cite_width = rows
            .iter()
            .map(|row| row.2.chars().count())
            .max()
            .unwrap_or(0)
            .min(self.width / 2);
        let title = format!(
            "Unsupported assertions ({}), each backed by one source only \
             (--all-unsupported shows their evidence)",
            group.len()
        );
        let mut out = self.paint_lines(&wrap(&title, self.width), 0, BOLD);
        for (id, finding, citation) in rows {
            let severity = finding.severity.name();
            let head = format!(
                "  {id:<id_width$}  {}{}  {citation:<cite_width$}  ",
                self.severity_word(finding.severity, severity),
                " ".repeat(6usize.saturating_sub(severity.len()))
            );
            let used = 2 + id_width + 2 + 6 + 2 + cite_width.max(citation.chars().count()) + 2;
            let room = self.width.saturating_sub(used);
            if room >= 16 {
                out.push_str(&format!("{head}{}\n", cut(&finding.claim, room)));
            } else {
                out.push_str(&format!("{}\n", head.trim_end()));
                out.push_str(&format!(
                    "{}{}\n",
                    " ".repeat(6),
                    cut(&finding.claim, self.width - 6)
                ));
            }
        }
        out
    }

    fn severity(&self, severity: Severity) -> String {
        self.severity_word(severity, severity.name())
    }

    fn severity_word(&self, severity: Severity, word: &str) -> String {
        let code = match severity {
            Severity::High => "1;31",
            Severity::Medium => "1;33",
            Severity::Low => "1;36",
            Severity::Info => "1;32",
        };
        self.paint(word, code)
    }

    /// `lines`, each indented, in `code` when colour is on.
    fn paint_lines(&self, lines: &[String], indent: usize, code: &str) -> String {
        lines
            .iter()
            .map(|line| format!("{}{}\n", " ".repeat(indent), self.paint(line, code)))
            .collect()
    }

    fn paint(&self, text: &str, code: &str) -> String {
        if self.color && !code.is_empty() {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }
}

const BOLD: &str = "1";
const MATCHED: &str = "1;4";
const VALUE: &str = "1;35";

/// The citation of an unsupported assertion: its first instance, `+N` when
/// it has more.
fn first_citation(report: &Report<'_>, finding: &Finding) -> String {
    let mut instances = finding
        .sides
        .iter()
        .flat_map(|side| side.instances.iter())
        .filter_map(|idx| report.instance(*idx));
    let Some(first) = instances.next() else {
        return String::new();
    };
    let focus = report
        .focus
        .and_then(|doc| {
            std::iter::once(first)
                .chain(instances.clone())
                .find(|instance| instance.citation.doc == doc)
        })
        .unwrap_or(first);
    let more = instances.count();
    if more > 0 {
        format!("{} +{more}", cite(report, focus))
    } else {
        cite(report, focus)
    }
}

/// `text` cut to `room` characters, ending in "…" when cut.
fn cut(text: &str, room: usize) -> String {
    if text.chars().count() <= room {
        return text.to_string();
    }
    let mut out: String = text.chars().take(room.saturating_sub(1)).collect();
    out.truncate(out.trim_end().len());
    out.push('\u{2026}');
    out
}

/// `text` wrapped at spaces to `width` characters a line.
fn wrap(text: &str, width: usize) -> Vec<String> {
    wrap_spans(text, width)
        .into_iter()
        .map(|(from, to)| text[from..to].to_string())
        .collect()
}

/// The byte ranges of `text`'s lines when wrapped at whitespace to `width`
/// characters; a word longer than `width` gets a line of its own, whole.
fn wrap_spans(text: &str, width: usize) -> Vec<(usize, usize)> {
    let mut lines = Vec::new();
    let mut line: Option<(usize, usize, usize)> = None;
    for (start, word) in words(text) {
        let end = start + word.len();
        let n_chars = word.chars().count();
        line = match line {
            Some((from, _, used)) if used + 1 + n_chars <= width => {
                Some((from, end, used + 1 + n_chars))
            }
            Some((from, to, _)) => {
                lines.push((from, to));
                Some((start, end, n_chars))
            }
            None => Some((start, end, n_chars)),
        };
    }
    if let Some((from, to, _)) = line {
        lines.push((from, to));
    }
    lines
}

/// The words of `text` with their byte offsets.
fn words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split(char::is_whitespace)
        .filter(|word| !word.is_empty())
        .map(move |word| (word.as_ptr() as usize - text.as_ptr() as usize, word))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str, width: usize, expected: &[&str]) {
        assert_eq!(wrap(text, width), expected, "text: {text}, width {width}");
    }

    #[test]
    fn text_wraps_at_spaces() {
        check("one two three four", 9, &["one two", "three", "four"]);
    }

    #[test]
    fn a_citation_longer_than_the_width_stays_whole() {
        check(
            "see chinese-russian-technological-ties:14 now",
            10,
            &["see", "chinese-russian-technological-ties:14", "now"],
        );
    }

    #[test]
    fn any_width_is_laid_out_between_the_bounds() {
        for (asked, expected) in [
            (Some(1), MIN_WIDTH),
            (Some(20), MIN_WIDTH),
            (Some(80), 80),
            (Some(500), MAX_WIDTH),
        ] {
            let style = Style {
                width: asked,
                color: false,
            };
            assert_eq!(width(&style), expected, "COLUMNS={asked:?}");
        }
    }

    #[test]
    fn a_colour_terminal_highlights_the_matched_words_of_a_corroborated_denial() {
        use crate::model::{FindingKind, Side, Status};
        let mut instance = Instance::bare("Beijing denied sending drones to Moscow.", "china");
        (instance.match_start, instance.match_end) = (15, 29);
        let findings = [Finding {
            kind: FindingKind::Corroborated,
            rule: None,
            claim: "China sends drones to Russia".to_string(),
            status: Status::Supported,
            severity: Severity::Info,
            class: None,
            explanation: "Two origins deny it.".to_string(),
            sides: vec![Side {
                label: "deny".to_string(),
                instances: vec![0],
                mentions: Vec::new(),
            }],
            mentions: Vec::new(),
        }];
        let instances = [instance];
        let report = Report::new(&[], &[], &instances, &findings, &[]);
        let style = Style {
            width: Some(80),
            color: true,
        };
        let out = render(&report, &style);
        assert!(out.contains("\x1b[1;4msending drones\x1b[0m"), "{out}");
        assert!(out.contains("denial corroborated"), "{out}");
    }

    #[test]
    fn a_long_claim_is_cut_with_an_ellipsis() {
        assert_eq!(cut("Russia sold China jets", 12), "Russia sold\u{2026}");
        assert_eq!(cut("short", 12), "short");
    }
}
