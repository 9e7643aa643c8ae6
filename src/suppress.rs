//! In-text suppression comments: an article tells claimcheck to ignore some
//! rules, in the whole article or on one line (the Vale and ruff way).
//!
//! ```text
//! <!-- claimcheck: ignore -->                       every rule, whole article
//! <!-- claimcheck: ignore china-drones, us-aid -->  these rules, whole article
//! <!-- claimcheck: ignore-line china-drones -->     the sentences on this line
//! <!-- claimcheck: ignore-next-line -->             the next line that is not blank
//! ```
//!
//! Rule ids are separated by spaces or commas; `all` (or none) means every
//! rule. An ignored instance is dropped before reconciling, so it is no source
//! of any finding. A comment that names no known rule or verb is a warning
//! (`path:line:col: …`), never silently ignored.

use crate::text::LineIndex;

/// The comment's opening, after `<!--` and spaces.
pub const PREFIX: &str = "claimcheck:";

/// Every suppression comment of one article.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Suppressions {
    directives: Vec<Directive>,
}

/// One comment: which rules, on which lines.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Directive {
    /// Rule ids; empty for every rule.
    rules: Vec<String>,
    /// The lines it covers, `None` for the whole article.
    lines: Option<(u32, u32)>,
}

impl Suppressions {
    /// Reads the comments of `text`; `rule_ids` are the rulebook's ids, and
    /// each problem is a warning `path:line:col: message`.
    pub fn parse(text: &str, path: &str, rule_ids: &[&str]) -> (Suppressions, Vec<String>) {
        let mut directives = Vec::new();
        let mut warnings = Vec::new();
        if !text.contains(PREFIX) {
            return (Suppressions::default(), warnings);
        }
        let index = LineIndex::new(text);
        let mut from = 0;
        while let Some(open) = text[from..].find("<!--").map(|at| from + at) {
            let body_start = open + 4;
            let Some(close) = text[body_start..].find("-->").map(|at| body_start + at) else {
                break;
            };
            from = close + 3;
            let body = text[body_start..close].trim();
            let Some(rest) = body.strip_prefix(PREFIX) else {
                continue;
            };
            let (line, column) = index.locate(text, open);
            let at = |message: String| format!("{path}:{line}:{column}: {message}");
            let mut words = rest
                .split(|ch: char| ch.is_whitespace() || ch == ',')
                .filter(|word| !word.is_empty());
            let verb = words.next().unwrap_or("");
            let lines = match verb {
                "ignore" => None,
                "ignore-line" => Some((line, index.locate(text, close).0)),
                "ignore-next-line" => {
                    let next = next_line(text, &index, close);
                    Some((next, next))
                }
                other => {
                    let allowed = ["ignore", "ignore-line", "ignore-next-line"];
                    warnings.push(at(crate::diag::unknown(other, &allowed, "directive")));
                    continue;
                }
            };
            let mut rules = Vec::new();
            let mut named = 0;
            for word in words {
                named += 1;
                if word == "all" || rule_ids.contains(&word) {
                    rules.push(word.to_string());
                    continue;
                }
                warnings.push(at(match crate::diag::suggest(word, rule_ids) {
                    Some(near) => {
                        format!("`{verb}` names unknown rule `{word}`, did you mean `{near}`?")
                    }
                    None => format!("`{verb}` names unknown rule `{word}`"),
                }));
            }
            if rules.iter().any(|rule| rule == "all") {
                rules.clear();
            } else if rules.is_empty() && named > 0 {
                // Only unknown rules: ignore nothing rather than everything.
                continue;
            }
            directives.push(Directive { rules, lines });
        }
        (Suppressions { directives }, warnings)
    }

    /// Whether `rule` is ignored on a sentence spanning `first..=last` lines.
    pub fn covers(&self, rule: &str, first: u32, last: u32) -> bool {
        self.directives.iter().any(|directive| {
            let rule_ok = directive.rules.is_empty() || directive.rules.iter().any(|id| id == rule);
            let line_ok = directive
                .lines
                .is_none_or(|(from, to)| first <= to && from <= last);
            rule_ok && line_ok
        })
    }

    /// Whether the article has no suppression comment.
    pub fn is_empty(&self) -> bool {
        self.directives.is_empty()
    }
}

/// The first line after the one holding `offset` that is not blank (or the
/// line after it, at the end of the text).
fn next_line(text: &str, index: &LineIndex, offset: usize) -> u32 {
    let here = index.locate(text, offset).0;
    let after = text[offset..]
        .find(['\n', '\r'])
        .map_or(text.len(), |at| offset + at);
    match text[after..].find(|ch: char| !ch.is_whitespace()) {
        Some(at) => index.locate(text, after + at).0,
        None => here + 1,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const RULES: [&str; 2] = ["china-drones", "us-aid"];

    /// `(rule, line)` pairs that `text` ignores, over lines 1 to 6, and the warnings.
    fn check(text: &str, ignored: &[(&str, u32)], warnings: &[&str]) {
        let (suppressions, found) = Suppressions::parse(text, "a.md", &RULES);
        let mut seen = Vec::new();
        for rule in RULES {
            for line in 1..=6 {
                if suppressions.covers(rule, line, line) {
                    seen.push((rule, line));
                }
            }
        }
        assert_eq!(seen, ignored, "text: {text}");
        assert_eq!(found, warnings, "text: {text}");
    }

    #[test]
    fn directives_cover_their_rules_and_lines() {
        let all: Vec<(&str, u32)> = RULES
            .iter()
            .flat_map(|rule| (1..=6).map(move |line| (*rule, line)))
            .collect();
        check("<!-- claimcheck: ignore -->\nText.", &all, &[]);
        check("Text. <!-- claimcheck: ignore all -->", &all, &[]);
        check(
            "One.\n<!-- claimcheck: ignore us-aid -->\nTwo.",
            &(1..=6).map(|line| ("us-aid", line)).collect::<Vec<_>>(),
            &[],
        );
        check(
            "One.\nTwo. <!-- claimcheck: ignore-line china-drones -->\nThree.",
            &[("china-drones", 2)],
            &[],
        );
        check(
            "<!-- claimcheck: ignore-next-line us-aid,china-drones -->\n\nThree.",
            &[("china-drones", 3), ("us-aid", 3)],
            &[],
        );
        check("<!-- an ordinary comment -->\nclaimcheck: ignore", &[], &[]);
    }

    #[test]
    fn unknown_verbs_and_rules_are_warnings() {
        check(
            "Text.\n  <!-- claimcheck: ignore china-drone -->",
            &[],
            &["a.md:2:3: `ignore` names unknown rule `china-drone`, did you mean `china-drones`?"],
        );
        check(
            "<!-- claimcheck: ignor us-aid -->",
            &[],
            &["a.md:1:1: unknown directive `ignor`, did you mean `ignore`?"],
        );
        // A comma after the verb still splits it from an unknown rule, which
        // then ignores nothing (not every rule).
        check(
            "<!-- claimcheck: ignore-line,china-drone -->",
            &[],
            &["a.md:1:1: `ignore-line` names unknown rule `china-drone`, did you mean `china-drones`?"],
        );
    }
}
