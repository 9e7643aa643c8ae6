//! One Aho-Corasick automaton over every literal phrase of every rule, and
//! the matcher that turns its hits into rule matches.
//!
//! An article is scanned once. Each hit is checked for word boundaries,
//! mapped to its sentence by binary search, and handed to the rules that use
//! its phrase. Only rules with hits (and the few rules made only of regexes)
//! are evaluated, and only on the sentences where they have hits; their regex
//! terms run on those sentences only.

use std::cmp::Reverse;
use std::collections::HashMap;
use std::ops::Range;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

use super::term::{self, Role};
use super::{Rule, RuleMatch};
use crate::model::{Sentence, SentenceKind};

/// The compiled automaton and, per pattern, the rules that use it.
#[derive(Debug, Clone, Default)]
pub struct Automaton {
    /// `None` when the rulebook has no literal phrase.
    searcher: Option<AhoCorasick>,
    /// Per pattern: how to check its boundaries.
    patterns: Vec<Pattern>,
    /// Per pattern `p`: its users are `users[user_start[p]..user_start[p + 1]]`.
    user_start: Vec<u32>,
    /// (rule, role) pairs, grouped by pattern.
    users: Vec<(u32, Role)>,
    /// Rules that no literal anchors: evaluated on every sentence.
    unanchored: Vec<u32>,
    /// Every literal, lowercase, for `literals()`.
    literals: Vec<String>,
}

#[derive(Debug, Clone)]
struct Pattern {
    /// The last word may continue (`suppl*`).
    prefix: bool,
    /// The pattern starts with a word character: check the left boundary.
    word_start: bool,
    /// The pattern ends with a word character: check the right boundary.
    word_end: bool,
}

/// A checked hit, with absolute byte offsets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Hit {
    rule: u32,
    sentence: u32,
    start: usize,
    end: Reverse<usize>,
    role: Role,
}

impl Automaton {
    /// Compiles every literal of every rule into one automaton.
    pub(crate) fn build(rules: &[Rule]) -> Automaton {
        let mut index: HashMap<(String, bool), u32> = HashMap::new();
        let mut texts = Vec::new();
        let mut patterns = Vec::new();
        let mut users: Vec<Vec<(u32, Role)>> = Vec::new();
        let mut unanchored = Vec::new();
        let mut literals = Vec::new();
        for (rule_idx, rule) in rules.iter().enumerate() {
            let rule_idx = rule_idx as u32;
            if !rule.terms.anchored() {
                unanchored.push(rule_idx);
            }
            for (role, term) in rule.terms.with_roles() {
                for literal in &term.literals {
                    literals.push(literal.text.to_lowercase());
                    for variant in term::variants(literal) {
                        let key = (variant, literal.prefix);
                        let pattern = *index.entry(key.clone()).or_insert_with(|| {
                            let first = key.0.chars().next().is_some_and(term::is_word);
                            let last = key.0.chars().next_back().is_some_and(term::is_word);
                            patterns.push(Pattern {
                                prefix: key.1,
                                word_start: first,
                                word_end: last,
                            });
                            texts.push(key.0.clone());
                            users.push(Vec::new());
                            (texts.len() - 1) as u32
                        });
                        users[pattern as usize].push((rule_idx, role));
                    }
                }
            }
        }
        let mut user_start = Vec::with_capacity(users.len() + 1);
        let mut flat = Vec::new();
        for mut list in users {
            list.sort();
            list.dedup();
            user_start.push(flat.len() as u32);
            flat.extend(list);
        }
        user_start.push(flat.len() as u32);
        literals.sort();
        literals.dedup();
        let searcher = (!texts.is_empty()).then(|| {
            AhoCorasickBuilder::new()
                .ascii_case_insensitive(true)
                .match_kind(MatchKind::Standard)
                .build(&texts)
                .expect("literal phrases are short enough for the automaton")
        });
        Automaton {
            searcher,
            patterns,
            user_start,
            users: flat,
            unanchored,
            literals,
        }
    }

    /// Every literal phrase, lowercase, deduplicated and sorted.
    pub(crate) fn literals(&self) -> Vec<String> {
        self.literals.clone()
    }

    /// Every match of every rule in `text`, sorted by sentence then rule.
    pub(crate) fn find(
        &self,
        rules: &[Rule],
        text: &str,
        sentences: &[Sentence],
    ) -> Vec<RuleMatch> {
        let mut hits = self.hits(text, sentences);
        hits.sort_unstable();
        let mut matches = Vec::new();
        let mut rest = hits.as_slice();
        let mut unanchored = self.unanchored.iter().peekable();
        while !rest.is_empty() || unanchored.peek().is_some() {
            let next_hit = rest.first().map(|hit| hit.rule);
            let rule_idx = match (next_hit, unanchored.peek()) {
                (Some(hit_rule), Some(&&free)) if free < hit_rule => free,
                (Some(hit_rule), _) => hit_rule,
                (None, Some(&&free)) => free,
                (None, None) => break,
            };
            if unanchored.peek().is_some_and(|free| **free == rule_idx) {
                unanchored.next();
            }
            let n_rule_hits = rest.partition_point(|hit| hit.rule == rule_idx);
            let (rule_hits, tail) = rest.split_at(n_rule_hits);
            rest = tail;
            let Some(rule) = rules.get(rule_idx as usize) else {
                continue;
            };
            scan_rule(rule, rule_idx, rule_hits, text, sentences, &mut matches);
        }
        matches.sort_by(|a, b| {
            (a.sentence, a.rule, a.last_sentence).cmp(&(b.sentence, b.rule, b.last_sentence))
        });
        matches
    }

    /// Every hit of every literal in `text`, checked for word boundaries,
    /// inside one non-furniture sentence, once per rule and role using it.
    fn hits(&self, text: &str, sentences: &[Sentence]) -> Vec<Hit> {
        let mut hits = Vec::new();
        let Some(searcher) = &self.searcher else {
            return hits;
        };
        for found in searcher.find_overlapping_iter(text) {
            let pattern_idx = found.pattern().as_usize();
            let Some(pattern) = self.patterns.get(pattern_idx) else {
                continue;
            };
            let start = found.start();
            let mut end = found.end();
            if pattern.word_start
                && text
                    .get(..start)
                    .and_then(|s| s.chars().next_back())
                    .is_some_and(term::is_word)
            {
                continue;
            }
            let after = text.get(end..).unwrap_or("");
            if pattern.prefix {
                end += after
                    .char_indices()
                    .find(|(_, c)| !term::is_word(*c))
                    .map_or(after.len(), |(at, _)| at);
            } else if pattern.word_end && after.chars().next().is_some_and(term::is_word) {
                continue;
            }
            let sentence_idx = sentences.partition_point(|sentence| sentence.start <= start);
            let Some(sentence) = sentence_idx
                .checked_sub(1)
                .and_then(|idx| sentences.get(idx))
            else {
                continue;
            };
            if sentence.kind == SentenceKind::Furniture || end > sentence.end {
                continue;
            }
            let range =
                self.user_start[pattern_idx] as usize..self.user_start[pattern_idx + 1] as usize;
            for &(rule, role) in self.users.get(range).unwrap_or(&[]) {
                hits.push(Hit {
                    rule,
                    sentence: (sentence_idx - 1) as u32,
                    start,
                    end: Reverse(end),
                    role,
                });
            }
        }
        hits
    }
}

/// Finds the matches of one rule, given its literal hits (sorted by sentence).
///
/// Windows: a match starts at a sentence with a positive hit and takes the
/// fewest sentences (at most `window`) that satisfy the rule; the next match
/// of the rule starts after it, so one hit never makes two matches.
fn scan_rule(
    rule: &Rule,
    rule_idx: u32,
    hits: &[Hit],
    text: &str,
    sentences: &[Sentence],
    matches: &mut Vec<RuleMatch>,
) {
    let window = rule.terms.window.max(1) as usize;
    let mut next_free = 0usize;
    let mut try_start = |first: usize, matches: &mut Vec<RuleMatch>| {
        if first < next_free {
            return;
        }
        let last_possible = (first + window - 1).min(sentences.len().saturating_sub(1));
        for last in first..=last_possible {
            if let Some(found) = evaluate(rule, rule_idx, hits, text, sentences, first, last) {
                matches.push(found);
                next_free = last + 1;
                return;
            }
        }
    };
    if rule.terms.anchored() {
        let mut previous = None;
        for hit in hits {
            let sentence = hit.sentence as usize;
            if matches!(hit.role, Role::Term(_)) && previous != Some(sentence) {
                previous = Some(sentence);
                try_start(sentence, matches);
            }
        }
    } else {
        for (sentence_idx, sentence) in sentences.iter().enumerate() {
            if sentence.kind != SentenceKind::Furniture {
                try_start(sentence_idx, matches);
            }
        }
    }
}

/// The rule's match over sentences `first..=last`, if the terms found there
/// satisfy it and the first sentence holds one of the hits used.
fn evaluate(
    rule: &Rule,
    rule_idx: u32,
    hits: &[Hit],
    text: &str,
    sentences: &[Sentence],
    first: usize,
    last: usize,
) -> Option<RuleMatch> {
    let terms = &rule.terms;
    let lo = hits.partition_point(|hit| (hit.sentence as usize) < first);
    let hi = hits.partition_point(|hit| (hit.sentence as usize) <= last);
    let window_hits = hits.get(lo..hi)?;
    // Prefilter: every literal-only `all` term must have a hit.
    for (term_idx, term) in terms.all.iter().enumerate() {
        if term.regexes.is_empty()
            && !window_hits
                .iter()
                .any(|hit| hit.role == Role::Term(term_idx as u16))
        {
            return None;
        }
    }
    let mut found: Vec<(Role, Range<usize>)> = window_hits
        .iter()
        .map(|hit| (hit.role, hit.start..hit.end.0))
        .collect();
    add_regex_hits(rule, text, sentences, first, last, &mut found);
    let shields: Vec<Range<usize>> = found
        .iter()
        .filter(|(role, _)| *role == Role::NotInside)
        .map(|(_, span)| span.clone())
        .collect();
    found.retain(|(role, span)| {
        *role == Role::NotInside
            || !shields
                .iter()
                .any(|shield| shield.start <= span.start && span.end <= shield.end)
    });
    if found.iter().any(|(role, _)| *role == Role::Not) {
        return None;
    }
    let positive = leftmost_longest(
        found
            .iter()
            .filter(|(role, _)| matches!(role, Role::Term(_))),
    );
    let n_all = terms.all.len();
    let satisfied = |idx: usize| {
        positive
            .iter()
            .any(|(role, _)| *role == Role::Term(idx as u16))
    };
    if !(0..n_all).all(satisfied) {
        return None;
    }
    if !terms.any.is_empty() && !(n_all..n_all + terms.any.len()).any(satisfied) {
        return None;
    }
    let base = sentences.get(first)?.start;
    let first_end = sentences.get(first)?.end;
    if !positive.iter().any(|(_, span)| span.start < first_end) {
        return None;
    }
    let deny = leftmost_longest(found.iter().filter(|(role, _)| *role == Role::Deny));
    let relative = |list: Vec<(Role, Range<usize>)>| -> Vec<Range<usize>> {
        list.into_iter()
            .map(|(_, span)| span.start - base..span.end - base)
            .collect()
    };
    Some(RuleMatch {
        rule: rule_idx,
        sentence: first as u32,
        last_sentence: last as u32,
        spans: relative(positive),
        deny: relative(deny),
    })
}

/// Runs the rule's regex terms on the non-furniture sentences `first..=last`.
fn add_regex_hits(
    rule: &Rule,
    text: &str,
    sentences: &[Sentence],
    first: usize,
    last: usize,
    found: &mut Vec<(Role, Range<usize>)>,
) {
    for (role, term) in rule.terms.with_roles() {
        for regex in &term.regexes {
            for sentence in sentences.get(first..=last).unwrap_or(&[]) {
                if sentence.kind == SentenceKind::Furniture {
                    continue;
                }
                let Some(sentence_text) = text.get(sentence.start..sentence.end) else {
                    continue;
                };
                for hit in regex.find_iter(sentence_text) {
                    found.push((
                        role,
                        sentence.start + hit.start()..sentence.start + hit.end(),
                    ));
                }
            }
        }
    }
}

/// Resolves overlapping hits: the leftmost wins, then the longest, then the
/// lower term index; the result is sorted by position.
fn leftmost_longest<'a>(
    hits: impl Iterator<Item = &'a (Role, Range<usize>)>,
) -> Vec<(Role, Range<usize>)> {
    let mut hits: Vec<(Role, Range<usize>)> = hits.cloned().collect();
    hits.sort_by_key(|(role, span)| (span.start, Reverse(span.end), *role));
    let mut kept: Vec<(Role, Range<usize>)> = Vec::with_capacity(hits.len());
    for (role, span) in hits {
        if kept.last().is_none_or(|(_, last)| span.start >= last.end) {
            kept.push((role, span));
        }
    }
    kept
}
