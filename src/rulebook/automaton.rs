//! One Aho-Corasick automaton over every literal phrase of every rule, and
//! the matcher that turns its hits into rule matches.
//!
//! An article is first scanned with the *anchor pass*: a small DFA over only
//! the anchor literals, the phrases of which every match of a rule must hold
//! one (the rule's anchor term; for a rule made only of regexes, the literal
//! prefixes its regex requires). A sentence holding an anchor hit is *hot*.
//! Only hot sentences, widened by the rulebook's longest window, are searched
//! with the full automaton: elsewhere no rule can match. Each hit is checked
//! for word boundaries, mapped to its sentence by binary search, and handed
//! to the rules that use its phrase. Only rules with hits are evaluated, and
//! only on the sentences where they have hits; their regex terms run on those
//! sentences only. Regex-only rules are evaluated on the hot sentences where
//! a literal their regexes require (a trigger-only pattern of the full
//! automaton) or a phrase of their terms hits, so a rule that matches
//! nowhere costs no work per sentence; a rule with no anchor at all (no
//! literal term, a regex with no required literal) turns the anchor pass
//! off, and `rules check` warns about it.

use std::cell::{Cell, RefCell};
use std::cmp::Reverse;
use std::collections::{HashMap, HashSet};
use std::ops::Range;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, Input, MatchKind};

use super::fold::{self, Folded};
use super::term::{self, Role, Term};
use super::{Rule, RuleMatch};
use crate::model::{RuleId, Sentence, SentenceKind};

/// Up to this many patterns the automaton is a DFA: about twice as fast as
/// an NFA in overlapping search, at roughly 1.5 KiB of memory per pattern
/// (18 MB for 11,700 patterns). Larger rulebooks let `aho-corasick` choose.
const MAX_DFA_PATTERNS: usize = 20_000;

/// Up to this many anchor literals the anchor pass is a DFA: it reads every
/// byte of every article, so it stays a DFA for rulebooks a hundred times
/// the default one (256 anchors; 25,105 for the 100x fair rulebook of
/// `scripts/bench`; about 1.5 KiB of memory each).
const MAX_ANCHOR_DFA_PATTERNS: usize = 60_000;

/// A pattern longer than this many bytes makes the automaton a contiguous
/// NFA, not a DFA. aho-corasick fills each missing transition of a DFA
/// state by walking the state's failure links, a walk as long as the
/// state's depth in a phrase that overlaps itself (`xxxx…`): the build then
/// costs the square of the phrase's length (16,000 bytes took 7 s, 100,000
/// over two minutes). Up to this length that walk is bounded, so a DFA
/// builds in time linear in the phrases; an NFA always does, and searches
/// about half as fast. A phrase is a few words (the longest of the default
/// rulebook and the eval beats' is 44 bytes), so only an odd rulebook pays.
const MAX_DFA_PATTERN_BYTES: usize = 256;

/// The compiled automaton and, per pattern, the rules it triggers.
#[derive(Debug, Clone, Default)]
pub struct Automaton {
    /// `None` when the rulebook has no literal phrase.
    searcher: Option<AhoCorasick>,
    /// Per pattern: how to check its boundaries.
    patterns: Vec<Pattern>,
    /// Per pattern `p`: the rules it triggers are
    /// `triggers[trigger_start[p]..trigger_start[p + 1]]`.
    trigger_start: Vec<u32>,
    /// Rules, grouped by pattern.
    triggers: Vec<RuleId>,
    /// Per rule: the (pattern, role) pairs it uses, sorted.
    roles: Vec<Vec<(u32, Role)>>,
    /// Per rule: the patterns of `roles`, as a `PatternSet`, which tells
    /// most hits of other rules' patterns apart without a search.
    role_sets: Vec<PatternSet>,
    /// Per rule: for each `all` term made only of literals, its patterns, sorted.
    required: Vec<Vec<Vec<u32>>>,
    /// Per rule: the anchors of its role patterns' slots (see
    /// `SlotAnchors::hit`); empty for a rule without patterns and for one
    /// whose slot anchors are not all in the automaton (it has `all`/`any`
    /// terms of its own).
    slot_anchors: Vec<SlotAnchors>,
    /// Rules that no literal anchors: evaluated on every sentence, or, while
    /// the anchor pass is on, where `wake_start`/`wakes` say.
    unanchored: Vec<RuleId>,
    /// Per pattern `p` (while the anchor pass is on): the rules that no
    /// literal anchors that a hit of it wakes on a hot sentence,
    /// `wakes[wake_start[p]..wake_start[p + 1]]`. A rule made of regexes is
    /// woken by the literals its regexes require (trigger-only patterns,
    /// after the phrases) and by every phrase of its positive terms: a
    /// match holds one of them, so it is evaluated only where one hits,
    /// not on every hot sentence.
    wake_start: Vec<u32>,
    /// Rules that no literal anchors, grouped by the pattern that wakes them.
    wakes: Vec<RuleId>,
    /// Regex patterns that several rules use: a sentence's hits of one are
    /// found once per article and shared.
    shared_regexes: HashSet<String, foldhash::fast::RandomState>,
    /// The anchor pass: every rule's anchor literals in one DFA; `None` when
    /// some rule has no anchor (every sentence is then searched).
    anchors: Option<AhoCorasick>,
    /// The longest window of any rule, in sentences.
    max_window: usize,
    /// Rules that no literal anchors (made only of regexes), by id.
    unanchored_ids: Vec<String>,
    /// Of those, the rules with no required literal either, by id.
    unbounded_ids: Vec<String>,
    /// The work of building the automata (see `searcher`).
    build_work: u64,
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

/// A checked hit of one pattern, with absolute byte offsets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Hit {
    sentence: u32,
    start: usize,
    end: Reverse<usize>,
    pattern: u32,
}

impl Automaton {
    /// Compiles every literal of every rule into one automaton. Each rule is
    /// triggered by the patterns of one anchor term: its literal-only `all`
    /// term whose patterns the fewest rules share (else its `any` terms).
    pub(crate) fn build(rules: &[Rule]) -> Result<Automaton, String> {
        let mut index: HashMap<(String, bool), u32> = HashMap::new();
        let mut texts = Vec::new();
        let mut patterns = Vec::new();
        let mut roles: Vec<Vec<(u32, Role)>> = Vec::with_capacity(rules.len());
        for rule in rules {
            let mut rule_roles = Vec::new();
            for (role, term) in rule.terms.with_roles() {
                for literal in &term.literals {
                    for variant in term::variants(literal) {
                        // Folded as the searched text is (a literal only of
                        // quote marks is kept as written).
                        let folded = fold::fold(&variant).text;
                        let variant = if folded.is_empty() { variant } else { folded };
                        let key = (variant, literal.prefix);
                        let pattern = *index.entry(key.clone()).or_insert_with(|| {
                            patterns.push(Pattern {
                                prefix: key.1,
                                word_start: key.0.chars().next().is_some_and(term::is_word)
                                    && !is_contraction(&key.0),
                                word_end: key.0.chars().next_back().is_some_and(term::is_word),
                            });
                            texts.push(key.0.clone());
                            (texts.len() - 1) as u32
                        });
                        rule_roles.push((pattern, role));
                    }
                }
            }
            rule_roles.sort();
            rule_roles.dedup();
            roles.push(rule_roles);
        }
        let mut n_users = vec![0u32; texts.len()];
        for rule_roles in &roles {
            for (pattern, _) in rule_roles {
                n_users[*pattern as usize] += 1;
            }
        }
        let mut triggered: Vec<Vec<RuleId>> = vec![Vec::new(); texts.len()];
        let mut unanchored = Vec::new();
        for (rule_idx, rule) in rules.iter().enumerate() {
            let anchor = anchor(rule, &roles[rule_idx], &n_users);
            if anchor.is_empty() {
                unanchored.push(RuleId(rule_idx as u32));
            }
            for pattern in anchor {
                triggered[pattern as usize].push(RuleId(rule_idx as u32));
            }
        }
        let required = rules
            .iter()
            .zip(&roles)
            .map(|(rule, rule_roles)| {
                (0..rule.terms.all.len())
                    .filter(|idx| rule.terms.all[*idx].regexes.is_empty())
                    .map(|idx| {
                        let mut patterns: Vec<u32> = rule_roles
                            .iter()
                            .filter(|(_, role)| *role == Role::Term(idx as u16))
                            .map(|(pattern, _)| *pattern)
                            .collect();
                        patterns.sort_unstable();
                        patterns.dedup();
                        patterns
                    })
                    .collect()
            })
            .collect();
        let slot_anchors = rules
            .iter()
            .map(|rule| {
                let ids = |term: &Term| -> Option<Vec<u32>> {
                    // A phrase of several words (or a hyphen, an apostrophe)
                    // is filled by words the automaton's literal, written
                    // with one space, need not find ("air-defence" for "air
                    // defen*"): such a slot is not checked (no anchors).
                    let one_word =
                        |literal: &term::Literal| literal.text.chars().all(char::is_alphanumeric);
                    if !term.literals.iter().all(one_word) {
                        return Some(Vec::new());
                    }
                    let mut ids = Vec::new();
                    for literal in &term.literals {
                        for variant in term::variants(literal) {
                            ids.push(*index.get(&(variant, literal.prefix))?);
                        }
                    }
                    ids.sort_unstable();
                    ids.dedup();
                    Some(ids)
                };
                let slots = rule
                    .patterns
                    .iter()
                    .map(|pattern| {
                        super::pattern::anchors(pattern)
                            .iter()
                            .map(ids)
                            .collect::<Option<Vec<_>>>()
                    })
                    .collect::<Option<Vec<_>>>()
                    .unwrap_or_default();
                SlotAnchors::new(&slots)
            })
            .collect();
        let mut trigger_start = Vec::with_capacity(texts.len() + 1);
        let mut triggers = Vec::new();
        for mut list in triggered {
            list.dedup();
            trigger_start.push(triggers.len() as u32);
            triggers.extend(list);
        }
        // The literals each rule that no phrase anchors requires of its
        // regexes (extracted once: a regex's literals cost a parse); all of
        // them, or `None` (the anchor pass off) when one has none or spreads
        // over sentences.
        let required_each: Vec<Option<Vec<Vec<u8>>>> = unanchored
            .iter()
            .map(|rule_idx| rules.get(rule_idx.index()).and_then(required_literals))
            .collect();
        let required_of_unanchored: Option<Vec<Vec<Vec<u8>>>> = unanchored
            .iter()
            .zip(&required_each)
            .map(|(rule_idx, literals)| {
                let rule = rules.get(rule_idx.index())?;
                literals.clone().filter(|_| rule.terms.window <= 1)
            })
            .collect();
        // The full automaton's patterns: the phrases, then (while the anchor
        // pass is on) the literals that wake a rule made of regexes, with no
        // boundary to check: a regex match holds one wherever it starts.
        let n_phrases = texts.len();
        let mut full: Vec<Vec<u8>> = texts.iter().map(|text| text.as_bytes().to_vec()).collect();
        let mut waking: Vec<Vec<RuleId>> = Vec::new();
        if let Some(required) = &required_of_unanchored {
            waking = vec![Vec::new(); n_phrases];
            let mut extra: HashMap<&[u8], usize> = HashMap::new();
            for (rule_idx, literals) in unanchored.iter().zip(required) {
                for literal in literals {
                    let pattern = *extra.entry(literal.as_slice()).or_insert_with(|| {
                        full.push(literal.clone());
                        patterns.push(Pattern {
                            prefix: false,
                            word_start: false,
                            word_end: false,
                        });
                        waking.push(Vec::new());
                        full.len() - 1
                    });
                    waking[pattern].push(*rule_idx);
                }
                for (pattern, role) in roles.get(rule_idx.index()).map_or(&[][..], Vec::as_slice) {
                    if matches!(role, Role::Term(_)) {
                        waking[*pattern as usize].push(*rule_idx);
                    }
                }
            }
        }
        // Trigger-only patterns trigger no anchored rule.
        for _ in n_phrases..full.len() {
            trigger_start.push(triggers.len() as u32);
        }
        trigger_start.push(triggers.len() as u32);
        let mut wake_start = Vec::with_capacity(waking.len() + 1);
        let mut wakes = Vec::new();
        for mut list in waking {
            list.sort_unstable();
            list.dedup();
            wake_start.push(wakes.len() as u32);
            wakes.extend(list);
        }
        wake_start.push(wakes.len() as u32);
        // Only a regex that several rules share is worth caching.
        let mut n_rules: HashMap<&str, u32> = HashMap::new();
        for rule in rules {
            let mut own: Vec<&str> = rule
                .terms
                .with_roles()
                .flat_map(|(_, term)| term.regexes.iter().map(regex::Regex::as_str))
                .collect();
            own.sort_unstable();
            own.dedup();
            for pattern in own {
                *n_rules.entry(pattern).or_default() += 1;
            }
        }
        let shared_regexes = n_rules
            .into_iter()
            .filter(|(_, n)| *n > 1)
            .map(|(pattern, _)| pattern.to_string())
            .collect();
        // The rule files' phrases could exceed the automaton's limits: that
        // is the rulebook's problem to report, not a panic.
        let mut build_work = 0;
        let searcher = if full.is_empty() {
            None
        } else {
            Some(
                searcher(&mut full, MAX_DFA_PATTERNS, &mut build_work).map_err(|err| {
                    format!("the rulebook's phrases do not fit one automaton: {err}")
                })?,
            )
        };
        let anchors = anchor_pass(
            &texts,
            &trigger_start,
            required_of_unanchored.as_deref(),
            &mut build_work,
        )?;
        let ids = |list: &[RuleId], keep: &dyn Fn(&Rule) -> bool| -> Vec<String> {
            list.iter()
                .filter_map(|rule_idx| rules.get(rule_idx.index()))
                .filter(|rule| keep(rule))
                .map(|rule| rule.info.id.clone())
                .collect()
        };
        let unanchored_ids = ids(&unanchored, &|_| true);
        let unbounded: Vec<RuleId> = unanchored
            .iter()
            .zip(&required_each)
            .filter(|(_, literals)| literals.is_none())
            .map(|(rule_idx, _)| *rule_idx)
            .collect();
        let unbounded_ids = ids(&unbounded, &|_| true);
        let max_window = rules
            .iter()
            .map(|rule| rule.terms.window.max(1) as usize)
            .max()
            .unwrap_or(1);
        let role_sets = roles
            .iter()
            .map(|rule_roles| PatternSet::new(rule_roles.iter().map(|(pattern, _)| *pattern)))
            .collect();
        Ok(Automaton {
            searcher,
            patterns,
            trigger_start,
            triggers,
            roles,
            role_sets,
            required,
            slot_anchors,
            unanchored,
            wake_start,
            wakes,
            shared_regexes,
            anchors,
            max_window,
            unanchored_ids,
            unbounded_ids,
            build_work,
        })
    }

    /// The work of building the automata (see `Rulebook::build_work`).
    pub(crate) fn build_work(&self) -> u64 {
        self.build_work
    }

    /// Warnings about rules the anchor pass cannot narrow well: a rule made
    /// only of regexes is anchored and triggered by the literals its regexes
    /// require, and one whose regexes require no literal (or that spreads
    /// over sentences) makes every sentence of every article searched.
    pub(crate) fn anchor_warnings(&self) -> Vec<String> {
        let mut warnings: Vec<String> = self
            .unbounded_ids
            .iter()
            .map(|id| {
                format!(
                    "rule `{id}` has no anchor literal (no literal term, and no literal its regexes all require, or a window over sentences): every sentence of every article is searched in full"
                )
            })
            .collect();
        warnings.extend(
            self.unanchored_ids
                .iter()
                .filter(|id| !self.unbounded_ids.contains(id))
                .map(|id| {
                    format!(
                        "rule `{id}` has no literal term: it is anchored by the literals its regexes require, and its regexes run on every sentence where one of those literals occurs"
                    )
                }),
        );
        warnings
    }

    /// Every literal phrase of `rules`, lowercase, deduplicated and sorted
    /// (made when asked: a large rulebook's sort is no part of loading it).
    pub(crate) fn literals(rules: &[Rule]) -> Vec<String> {
        let mut literals: Vec<String> = rules
            .iter()
            .flat_map(|rule| rule.terms.with_roles())
            .flat_map(|(_, term)| &term.literals)
            .flat_map(term::variants)
            .map(|variant| variant.to_lowercase())
            .collect();
        literals.sort();
        literals.dedup();
        literals
    }

    /// Every match of every rule in `text`, sorted by sentence then rule,
    /// with the work done (see `Rulebook::find_work`).
    pub(crate) fn find(
        &self,
        rules: &[Rule],
        text: &str,
        sentences: &[Sentence],
    ) -> (Vec<RuleMatch>, u64) {
        // The automata are case-sensitive over ASCII-lowercase patterns
        // (`searcher`): they search the text folded (`fold`: ASCII-lowercased,
        // quote marks at word edges left out, whitespace runs one space),
        // and map each hit back to the article's offsets.
        let folded = fold::fold(text);
        let hot = self.hot_sentences(text, &folded, sentences);
        let regions = self.regions(&hot, sentences);
        let mut hits = Vec::new();
        for region in &regions {
            self.hits(text, &folded, region.clone(), sentences, &mut hits);
        }
        // With the anchor pass on, a rule made of regexes is woken by a hit.
        if hits.is_empty() && (self.unanchored.is_empty() || hot.is_some()) {
            return (Vec::new(), 0);
        }
        hits.sort_unstable();
        let mut matches = Vec::new();
        let context = Context {
            hits: &hits,
            text,
            sentences,
            shared_regexes: &self.shared_regexes,
            regex_hits: RefCell::new(HashMap::default()),
            work: Cell::new(hits.len() as u64),
        };
        let window_of = |rule: RuleId| rules.get(rule.index()).map_or(1, |r| r.terms.window);
        // Rules with windows wait as (rule, sentence); one-sentence rules are
        // evaluated sentence by sentence, against a bitmap of the patterns
        // present in the sentence.
        let mut windowed: Vec<(RuleId, u32)> = Vec::new();
        let mut present = vec![0u64; self.patterns.len() / 64 + 1];
        let mut triggered: Vec<RuleId> = Vec::new();
        // Rules made of regexes, woken by a hit on a hot sentence (while the
        // anchor pass is on), as (sentence, rule).
        let mut woken: Vec<(u32, RuleId)> = Vec::new();
        for group in hits.chunk_by(|a, b| a.sentence == b.sentence) {
            let sentence = group[0].sentence;
            let is_hot = hot
                .as_ref()
                .is_some_and(|hot| hot.binary_search(&(sentence as usize)).is_ok());
            for hit in group {
                let pattern = hit.pattern as usize;
                present[pattern / 64] |= 1 << (pattern % 64);
                let range =
                    self.trigger_start[pattern] as usize..self.trigger_start[pattern + 1] as usize;
                for rule in self.triggers.get(range).unwrap_or(&[]) {
                    if window_of(*rule) <= 1 {
                        triggered.push(*rule);
                    } else {
                        windowed.push((*rule, sentence));
                    }
                }
                if is_hot {
                    let wake = self.wake_start.get(pattern).copied().unwrap_or(0) as usize
                        ..self.wake_start.get(pattern + 1).copied().unwrap_or(0) as usize;
                    for rule in self.wakes.get(wake).unwrap_or(&[]) {
                        woken.push((sentence, *rule));
                    }
                }
            }
            triggered.sort_unstable();
            triggered.dedup();
            for rule_idx in &triggered {
                let required = self
                    .required
                    .get(rule_idx.index())
                    .map_or(&[][..], Vec::as_slice);
                let possible = required.iter().all(|patterns| {
                    patterns.iter().any(|pattern| {
                        let pattern = *pattern as usize;
                        present[pattern / 64] & (1 << (pattern % 64)) != 0
                    })
                });
                // `possible` is `evaluate`'s prefilter on this sentence's
                // hits (the group), so it is not asked again.
                if let (true, Some(found)) = (possible, self.found(rules, *rule_idx)) {
                    let sentence = sentence as usize;
                    matches.extend(evaluate_hits(&found, &context, sentence, sentence, group));
                }
            }
            triggered.clear();
            for hit in group {
                present[hit.pattern as usize / 64] = 0;
            }
        }
        // A regex-only rule can match only on a hot sentence where the
        // literals its regex requires (or a phrase of its terms) hit: it is
        // evaluated where one woke it (a match of one sentence, the anchor
        // pass being on only without windows), else on every sentence.
        woken.sort_unstable();
        woken.dedup();
        for (sentence, rule_idx) in &woken {
            if let Some(found) = self.found(rules, *rule_idx) {
                let sentence = *sentence as usize;
                matches.extend(evaluate(&found, &context, sentence, sentence));
            }
        }
        let candidates: Vec<usize> = match &hot {
            Some(_) => Vec::new(),
            None => (0..sentences.len()).collect(),
        };
        for rule_idx in &self.unanchored {
            let Some(found) = self.found(rules, *rule_idx) else {
                continue;
            };
            for &sentence_idx in &candidates {
                let Some(sentence) = sentences.get(sentence_idx) else {
                    continue;
                };
                if sentence.kind == SentenceKind::Furniture {
                    continue;
                }
                if window_of(*rule_idx) <= 1 {
                    matches.extend(evaluate(&found, &context, sentence_idx, sentence_idx));
                } else {
                    windowed.push((*rule_idx, sentence_idx as u32));
                }
            }
        }
        windowed.sort_unstable();
        windowed.dedup();
        for group in windowed.chunk_by(|a, b| a.0 == b.0) {
            let Some(found) = self.found(rules, group[0].0) else {
                continue;
            };
            scan_rule(
                &found,
                group.iter().map(|(_, sentence)| *sentence as usize),
                &context,
                &mut matches,
            );
        }
        matches.sort_by(|a, b| {
            (a.sentence, a.rule, a.last_sentence).cmp(&(b.sentence, b.rule, b.last_sentence))
        });
        (matches, context.work.get())
    }

    /// The rule at `rule_idx` with its pattern roles.
    fn found<'a>(&'a self, rules: &'a [Rule], rule_idx: RuleId) -> Option<Found<'a>> {
        Some(Found {
            rule: rules.get(rule_idx.index())?,
            rule_idx,
            roles: self.roles.get(rule_idx.index())?,
            role_set: self.role_sets.get(rule_idx.index())?,
            slot_anchors: self.slot_anchors.get(rule_idx.index()),
        })
    }

    /// The hot sentences of `text` (those holding an anchor hit in
    /// `folded`, `text` folded), sorted; `None` when the anchor pass is
    /// off and every sentence counts.
    ///
    /// The pass is non-overlapping and resumes after the last sentence its
    /// hit touches: any anchor occurrence it skips starts inside that hit or
    /// that sentence (a standard-semantics hit is the earliest to end, so an
    /// occurrence starting before it contains it), so its sentence is
    /// already hot.
    fn hot_sentences(
        &self,
        text: &str,
        folded: &Folded,
        sentences: &[Sentence],
    ) -> Option<Vec<usize>> {
        let anchors = self.anchors.as_ref()?;
        let mut hot = Vec::new();
        let mut at = 0;
        while at < folded.text.len() {
            let Some(found) = anchors.find(Input::new(&folded.text).range(at..)) else {
                break;
            };
            let start = folded.start_in_text(found.start());
            let end = folded.end_in_text(text, found.end()).max(start + 1);
            // Sentences overlapping the hit: from the one holding (or after)
            // its start to the last one starting before its end.
            let first = sentences.partition_point(|sentence| sentence.end <= start);
            let mut resume = end;
            for (idx, sentence) in sentences.iter().enumerate().skip(first) {
                if sentence.start >= end {
                    break;
                }
                if hot.last().is_none_or(|last| *last < idx) {
                    hot.push(idx);
                }
                resume = resume.max(sentence.end);
            }
            at = folded.in_folded(resume).max(found.start() + 1);
        }
        Some(hot)
    }

    /// The byte ranges to search with the full automaton: the hot sentences
    /// widened by `max_window - 1` sentences each side (a windowed match may
    /// use hits in sentences around its anchor), merged; the whole text when
    /// the anchor pass is off.
    fn regions(&self, hot: &Option<Vec<usize>>, sentences: &[Sentence]) -> Vec<Range<usize>> {
        let Some(hot) = hot else {
            return match (sentences.first(), sentences.last()) {
                (Some(first), Some(last)) => std::iter::once(first.start..last.end).collect(),
                _ => Vec::new(),
            };
        };
        let reach = self.max_window.saturating_sub(1);
        let mut spans: Vec<(usize, usize)> = Vec::new();
        for &idx in hot {
            let lo = idx.saturating_sub(reach);
            let hi = (idx + reach).min(sentences.len().saturating_sub(1));
            match spans.last_mut() {
                Some(last) if lo <= last.1 + 1 => last.1 = last.1.max(hi),
                _ => spans.push((lo, hi)),
            }
        }
        spans
            .into_iter()
            .filter_map(|(lo, hi)| Some(sentences.get(lo)?.start..sentences.get(hi)?.end))
            .collect()
    }

    /// Every hit of every literal inside `region` of `text`, checked for word
    /// boundaries and inside one non-furniture sentence, appended to `hits`;
    /// `folded` is `text` folded, which the automaton searches.
    fn hits(
        &self,
        text: &str,
        folded: &Folded,
        region: Range<usize>,
        sentences: &[Sentence],
        hits: &mut Vec<Hit>,
    ) {
        let Some(searcher) = &self.searcher else {
            return;
        };
        let region = folded.range_in_folded(region);
        for found in searcher.find_overlapping_iter(Input::new(&folded.text).range(region)) {
            let pattern_idx = found.pattern().as_usize();
            let Some(pattern) = self.patterns.get(pattern_idx) else {
                continue;
            };
            let start = folded.start_in_text(found.start());
            let mut end = folded.end_in_text(text, found.end());
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
            hits.push(Hit {
                sentence: (sentence_idx - 1) as u32,
                start,
                end: Reverse(end),
                pattern: pattern_idx as u32,
            });
        }
    }
}

/// The anchor pass's DFA: the patterns that trigger a rule (its anchor
/// term's) and, for each rule made only of regexes, the literals its regex
/// requires (`required_of_unanchored`). `None` when some rule has no anchor
/// (`required_of_unanchored` is `None`): a regex-only rule whose regexes
/// require no literal, or one that spreads over sentences.
fn anchor_pass(
    texts: &[String],
    trigger_start: &[u32],
    required_of_unanchored: Option<&[Vec<Vec<u8>>]>,
    work: &mut u64,
) -> Result<Option<AhoCorasick>, String> {
    let Some(required_of_unanchored) = required_of_unanchored else {
        return Ok(None);
    };
    let mut anchors: Vec<Vec<u8>> = texts
        .iter()
        .enumerate()
        .filter(|(pattern, _)| trigger_start.get(*pattern) < trigger_start.get(pattern + 1))
        .map(|(_, text)| text.as_bytes().to_vec())
        .collect();
    anchors.extend(required_of_unanchored.iter().flatten().cloned());
    anchors.sort();
    anchors.dedup();
    if anchors.is_empty() {
        return Ok(None);
    }
    searcher(&mut anchors, MAX_ANCHOR_DFA_PATTERNS, work)
        .map(Some)
        .map_err(|err| format!("the rulebook's anchor phrases do not fit one automaton: {err}"))
}

/// A standard-semantics automaton over `patterns`, which it ASCII-lowercases
/// in place, to search text ASCII-lowercased: it matches what an
/// ASCII-case-insensitive automaton over the patterns matches in the text,
/// and builds in about half the time (each letter is one transition, not
/// two: 68,900 phrases took 0.09 s, not 0.25 s). A DFA up to `max_dfa`
/// patterns none longer than `MAX_DFA_PATTERN_BYTES`,
/// else a contiguous NFA when a pattern is that long, else aho-corasick's
/// choice. Adds to `work` a bound on the steps of the build: aho-corasick
/// does not count them, so this is the bound its algorithm gives for the
/// kind chosen (a DFA: each pattern's length for each of its bytes, the
/// longest failure walk; an NFA: each pattern's length).
fn searcher(
    patterns: &mut [Vec<u8>],
    max_dfa: usize,
    work: &mut u64,
) -> Result<AhoCorasick, aho_corasick::BuildError> {
    for pattern in patterns.iter_mut() {
        pattern.make_ascii_lowercase();
    }
    let longest = patterns
        .iter()
        .map(|pattern| pattern.len())
        .max()
        .unwrap_or(0);
    let kind = if longest > MAX_DFA_PATTERN_BYTES {
        Some(AhoCorasickKind::ContiguousNFA)
    } else {
        (patterns.len() <= max_dfa).then_some(AhoCorasickKind::DFA)
    };
    for pattern in patterns.iter() {
        let len = pattern.len() as u64;
        let steps = match kind {
            Some(AhoCorasickKind::DFA) => len.saturating_mul(len),
            _ => len,
        };
        *work = work.saturating_add(steps);
    }
    AhoCorasickBuilder::new()
        .match_kind(MatchKind::Standard)
        .kind(kind)
        .build(&*patterns)
}

/// Literals one of which every match of a regex-only `rule` holds: the
/// prefixes or suffixes that the regexes of one of its `all` terms require
/// (else those of all its `any` terms), ASCII-lowercased; of the candidate
/// sets, the one whose shortest literal is longest, then the smallest.
/// `None` when there is no such finite set of non-empty literals.
fn required_literals(rule: &Rule) -> Option<Vec<Vec<u8>>> {
    use regex_syntax::hir::literal::ExtractKind;
    let terms = &rule.terms;
    let of_terms = |terms: &[Term], kind: ExtractKind| -> Option<Vec<Vec<u8>>> {
        let mut literals = Vec::new();
        for term in terms {
            if term.regexes.is_empty() {
                return None;
            }
            for regex in &term.regexes {
                literals.extend(regex_literals(regex.as_str(), kind.clone())?);
            }
        }
        literals.sort();
        literals.dedup();
        (!literals.is_empty()).then_some(literals)
    };
    let score = |literals: &Vec<Vec<u8>>| {
        let shortest = literals.iter().map(Vec::len).min().unwrap_or(0);
        (shortest, Reverse(literals.len()))
    };
    let candidates = |terms: &[Term]| {
        [ExtractKind::Prefix, ExtractKind::Suffix]
            .into_iter()
            .filter_map(|kind| of_terms(terms, kind))
            .collect::<Vec<_>>()
    };
    let from_all = terms
        .all
        .iter()
        .flat_map(|term| candidates(std::slice::from_ref(term)))
        .max_by_key(score);
    from_all.or_else(|| {
        if terms.any.is_empty() {
            None
        } else {
            candidates(&terms.any).into_iter().max_by_key(score)
        }
    })
}

/// The literal prefixes (or suffixes) one of which every match of `pattern`
/// (compiled case-insensitively, as rule regexes are) starts (or ends) with;
/// `None` when they are not a finite set of non-empty literals.
fn regex_literals(
    pattern: &str,
    kind: regex_syntax::hir::literal::ExtractKind,
) -> Option<Vec<Vec<u8>>> {
    use regex_syntax::hir::literal::Extractor;
    let hir = regex_syntax::ParserBuilder::new()
        .case_insensitive(true)
        .build()
        .parse(pattern)
        .ok()?;
    let mut extractor = Extractor::new();
    extractor.kind(kind);
    let seq = extractor.extract(&hir);
    let literals = seq.literals()?;
    if literals.is_empty() || literals.iter().any(|literal| literal.as_bytes().is_empty()) {
        return None;
    }
    literals
        .iter()
        .map(|literal| unfolded_piece(literal.as_bytes()))
        .collect()
}

/// The longest piece of `literal` that the folded text holds as it is
/// wherever the article holds `literal` (`fold`): cut at quote marks,
/// whitespace other than a space, two spaces and bytes that are no UTF-8
/// (a literal cut inside a character), ASCII-lowercased; `None` when
/// nothing is left. The whole literal when it holds none of them.
fn unfolded_piece(literal: &[u8]) -> Option<Vec<u8>> {
    let text = String::from_utf8_lossy(literal);
    let spaced = text.replace("  ", "\u{FFFD}");
    let piece = spaced
        .split(|ch: char| ch == '\u{FFFD}' || fold::touches(ch))
        .max_by_key(|piece| piece.len())?;
    (!piece.is_empty()).then(|| piece.as_bytes().to_ascii_lowercase())
}

/// True for a contraction suffix such as `n't`, which continues a word
/// ("didn't") and so takes no left boundary.
fn is_contraction(pattern: &str) -> bool {
    pattern.starts_with("n'") || pattern.starts_with("n’")
}

/// The patterns that trigger `rule`: those of its anchor term, or none when
/// no literal anchors it.
fn anchor(rule: &Rule, roles: &[(u32, Role)], n_users: &[u32]) -> Vec<u32> {
    let patterns_of = |wanted: &dyn Fn(Role) -> bool| -> Vec<u32> {
        roles
            .iter()
            .filter(|(_, role)| wanted(*role))
            .map(|(pattern, _)| *pattern)
            .collect()
    };
    let cost = |patterns: &[u32]| -> u64 {
        patterns
            .iter()
            .map(|pattern| u64::from(n_users.get(*pattern as usize).copied().unwrap_or(0)))
            .sum()
    };
    let best_all = rule
        .terms
        .all
        .iter()
        .enumerate()
        .filter(|(_, term)| term.regexes.is_empty())
        .map(|(idx, _)| patterns_of(&|role| role == Role::Term(idx as u16)))
        .min_by_key(|patterns| cost(patterns));
    if let Some(patterns) = best_all {
        return patterns;
    }
    if rule.terms.anchored() {
        let n_all = rule.terms.all.len();
        return patterns_of(&|role| matches!(role, Role::Term(idx) if usize::from(idx) >= n_all));
    }
    Vec::new()
}

/// Per (shared regex pattern, sentence index): hits relative to the sentence start.
type RegexHits<'a> = HashMap<(&'a str, u32), Vec<Range<usize>>, foldhash::fast::RandomState>;

/// What every evaluation of one article shares.
struct Context<'a> {
    /// Hits sorted by sentence, then position.
    hits: &'a [Hit],
    text: &'a str,
    sentences: &'a [Sentence],
    /// Patterns worth caching (see `Automaton::shared_regexes`).
    shared_regexes: &'a HashSet<String, foldhash::fast::RandomState>,
    /// Per (shared pattern, sentence index): the regex's hits in the
    /// sentence, relative to its start.
    regex_hits: RefCell<RegexHits<'a>>,
    /// Hits found, read and compared so far (see `Rulebook::find_work`).
    work: Cell<u64>,
}

impl Context<'_> {
    /// Adds `n` steps to the work done.
    fn count(&self, n: usize) {
        self.work.set(self.work.get().saturating_add(n as u64));
    }
}

/// Bits of a `PatternSet`: 1,024, so a rulebook of up to 1,024 patterns
/// (the default one has about 700) tells members exactly.
const PATTERN_SET_WORDS: usize = 16;

/// A set of pattern ids that answers "may hold" in a few instructions: bit
/// `id % 1024` of each member is set. No false negatives; a false positive
/// only sends a hit on to the exact search.
#[derive(Debug, Clone, Default)]
struct PatternSet {
    bits: [u64; PATTERN_SET_WORDS],
}

impl PatternSet {
    fn new(patterns: impl IntoIterator<Item = u32>) -> PatternSet {
        let mut set = PatternSet::default();
        for pattern in patterns {
            let (word, bit) = PatternSet::place(pattern);
            if let Some(word) = set.bits.get_mut(word) {
                *word |= bit;
            }
        }
        set
    }

    /// Whether `pattern` may be a member: always true for a member.
    fn may_hold(&self, pattern: u32) -> bool {
        let (word, bit) = PatternSet::place(pattern);
        self.bits.get(word).is_none_or(|word| word & bit != 0)
    }

    /// The word and bit of `pattern`.
    fn place(pattern: u32) -> (usize, u64) {
        let slot = pattern as usize % (PATTERN_SET_WORDS * 64);
        (slot / 64, 1 << (slot % 64))
    }
}

/// The rule being evaluated.
struct Found<'a> {
    rule: &'a Rule,
    rule_idx: RuleId,
    roles: &'a [(u32, Role)],
    /// The patterns of `roles`.
    role_set: &'a PatternSet,
    /// Its role patterns' slot anchors (`Automaton::slot_anchors`).
    slot_anchors: Option<&'a SlotAnchors>,
}

/// Finds the matches of one rule around the sentences that trigger it
/// (sorted).
///
/// Windows: a match starts at a sentence with a positive hit and takes the
/// fewest sentences (at most `window`) that satisfy the rule; the next match
/// of the rule starts after it, so one hit never makes two matches.
fn scan_rule<'a>(
    found: &Found<'a>,
    triggers: impl Iterator<Item = usize>,
    context: &Context<'a>,
    matches: &mut Vec<RuleMatch>,
) {
    let window = found.rule.terms.window.max(1) as usize;
    let n_sentences = context.sentences.len();
    let mut next_free = 0usize;
    let mut next_start = 0usize;
    for trigger in triggers {
        let lowest = (trigger + 1).saturating_sub(window).max(next_start);
        for first in lowest..=trigger {
            next_start = first + 1;
            if first < next_free {
                continue;
            }
            let last_possible = (first + window - 1).min(n_sentences.saturating_sub(1));
            for last in first..=last_possible {
                // A heading is a unit of its own: no window joins it to the
                // text before or after it.
                if last > first
                    && [first, last].iter().any(|&idx| {
                        context
                            .sentences
                            .get(idx)
                            .is_some_and(|sentence| sentence.kind == SentenceKind::Heading)
                    })
                {
                    break;
                }
                if let Some(rule_match) = evaluate(found, context, first, last) {
                    matches.push(rule_match);
                    next_free = last + 1;
                    break;
                }
            }
        }
    }
}

/// The rule's match over sentences `first..=last`, if the terms found there
/// satisfy it and the first sentence holds one of the hits used.
fn evaluate<'a>(
    found: &Found<'a>,
    context: &Context<'a>,
    first: usize,
    last: usize,
) -> Option<RuleMatch> {
    let terms = &found.rule.terms;
    let hits = context.hits;
    let lo = hits.partition_point(|hit| (hit.sentence as usize) < first);
    let hi = hits.partition_point(|hit| (hit.sentence as usize) <= last);
    let window_hits = hits.get(lo..hi)?;
    // Prefilter: every literal-only `all` term must have a hit.
    for (term_idx, term) in terms.all.iter().enumerate() {
        let wanted = Role::Term(term_idx as u16);
        if term.regexes.is_empty()
            && !window_hits.iter().any(|hit| {
                roles_of(found, hit.pattern)
                    .iter()
                    .any(|(_, role)| *role == wanted)
            })
        {
            context.count(window_hits.len());
            return None;
        }
    }
    evaluate_hits(found, context, first, last, window_hits)
}

/// The roles `found`'s rule gives `pattern` (none for most hits, those of
/// other rules' patterns, which its pattern set turns away before the
/// search).
fn roles_of<'a>(found: &Found<'a>, pattern: u32) -> &'a [(u32, Role)] {
    if !found.role_set.may_hold(pattern) {
        return &[];
    }
    let from = found.roles.partition_point(|(p, _)| *p < pattern);
    let rest = found.roles.get(from..).unwrap_or(&[]);
    let len = rest.iter().take_while(|(p, _)| *p == pattern).count();
    rest.get(..len).unwrap_or(&[])
}

/// `evaluate` on `window_hits`, the hits of sentences `first..=last`, once
/// every literal-only `all` term of the rule is known to have one of them.
fn evaluate_hits<'a>(
    found: &Found<'a>,
    context: &Context<'a>,
    first: usize,
    last: usize,
    window_hits: &[Hit],
) -> Option<RuleMatch> {
    let terms = &found.rule.terms;
    context.count(window_hits.len());
    if found
        .slot_anchors
        .is_some_and(|anchors| !anchors.hit(window_hits))
    {
        return None;
    }
    let mut found_hits: Vec<(Role, Range<usize>)> = Vec::new();
    for hit in window_hits {
        for (_, role) in roles_of(found, hit.pattern) {
            found_hits.push((*role, hit.start..hit.end.0));
        }
    }
    let n_literal = found_hits.len();
    context.count(n_literal);
    if !add_regex_hits(found.rule, context, first..=last, &mut found_hits) {
        return None;
    }
    let rule_idx = found.rule_idx;
    let reads_not = found.rule.info.kind.kind().reads_not_hits();
    let sentences = context.sentences;
    let mut found = found_hits;
    let shielded = shielded(&found, context);
    let mut regex_found = found.split_off(n_literal);
    let mut keep = shielded.iter().map(|shielded| !shielded);
    found.retain(|_| keep.next().unwrap_or(true));
    regex_found.retain(|_| keep.next().unwrap_or(true));
    // A figure rule's `not` hits go to its reading, which drops the values
    // they belong to ("the toll stood at 51, with six injured and three
    // missing" keeps 51 under `not = ["missing"]`) and the match when one
    // belongs to no other value; any other rule's match ends here.
    if !reads_not
        && found
            .iter()
            .chain(&regex_found)
            .any(|(role, _)| *role == Role::Not)
    {
        return None;
    }
    // Literal hits resolve their overlaps; regex hits take no part, since a
    // regex may span a clause holding other terms' phrases.
    let mut positive = leftmost_longest(
        found
            .iter()
            .filter(|(role, _)| matches!(role, Role::Term(_))),
    );
    positive.extend(
        regex_found
            .iter()
            .filter(|(role, _)| matches!(role, Role::Term(_)))
            .cloned(),
    );
    positive.sort_by_key(|(role, span)| (span.start, span.end, *role));
    let holds = |positive: &[(Role, Range<usize>)]| {
        terms.satisfied_by(|idx: usize| {
            positive
                .iter()
                .any(|(role, _)| *role == Role::Term(idx as u16))
        })
    };
    if !holds(&positive) {
        // A stretch of words counts once, but a phrase of an `all` term
        // may hold a shorter phrase of an `any` term, which then counts
        // too: "people in the theater" (an `all` term) names the theatre
        // (an `any` term); and a phrase of an `any` term may hold a shorter
        // phrase of an `all` term: "a failed rocket launch" (an `any` term,
        // what the rule adds to its core) names the rocket (the `all` term).
        let n_all = terms.all.len();
        let in_all = |role: &Role| matches!(role, Role::Term(idx) if usize::from(*idx) < n_all);
        let inside = |hits: &[&(Role, Range<usize>)], span: &Range<usize>| {
            hits.iter()
                .any(|(_, held)| held.start <= span.start && span.end <= held.end && held != span)
        };
        let all_hits: Vec<&(Role, Range<usize>)> =
            positive.iter().filter(|(role, _)| in_all(role)).collect();
        let any_hits: Vec<&(Role, Range<usize>)> = positive
            .iter()
            .filter(|(role, _)| matches!(role, Role::Term(_)) && !in_all(role))
            .collect();
        let nested_any = leftmost_longest(
            found
                .iter()
                .filter(|(role, _)| matches!(role, Role::Term(_)) && !in_all(role)),
        )
        .into_iter()
        .filter(|(_, span)| inside(&all_hits, span));
        let nested_all = leftmost_longest(found.iter().filter(|(role, _)| in_all(role)))
            .into_iter()
            .filter(|(_, span)| inside(&any_hits, span));
        let nested: Vec<(Role, Range<usize>)> = nested_any.chain(nested_all).collect();
        let mut shared = positive.clone();
        shared.extend(nested);
        shared.sort_by_key(|(role, span)| (span.start, span.end, *role));
        if !holds(&shared) {
            return None;
        }
        positive = shared;
    }
    found.extend(regex_found);
    let base = sentences.get(first)?.start;
    let first_end = sentences.get(first)?.end;
    if !positive.iter().any(|(_, span)| span.start < first_end) {
        return None;
    }
    let deny = leftmost_longest(found.iter().filter(|(role, _)| *role == Role::Deny));
    let excluded = leftmost_longest(found.iter().filter(|(role, _)| *role == Role::Not));
    let relative = |list: Vec<(Role, Range<usize>)>| -> Vec<Range<usize>> {
        list.into_iter()
            .map(|(_, span)| span.start.saturating_sub(base)..span.end.saturating_sub(base))
            .collect()
    };
    let terms_of: Vec<u16> = positive
        .iter()
        .map(|(role, _)| match role {
            Role::Term(idx) => *idx,
            _ => u16::MAX,
        })
        .collect();
    Some(RuleMatch {
        rule: rule_idx,
        sentence: first as u32,
        last_sentence: last as u32,
        terms: terms_of,
        spans: relative(positive),
        deny: relative(deny),
        excluded: relative(excluded),
        slots: Vec::new(),
    })
}

/// The anchors of the slots of a rule's role patterns (the slot's phrases
/// cut at their stem, `pattern::anchors`): one bit per slot of each pattern.
#[derive(Debug, Clone, Default)]
struct SlotAnchors {
    /// (automaton pattern, the bits of the slots it anchors), sorted.
    bits: Vec<(u32, u64)>,
    /// The bits of slots not checked (no anchors: a phrase of several words).
    unchecked: u64,
    /// Per role pattern: the bits of its slots; empty when not checked.
    patterns: Vec<u64>,
}

impl SlotAnchors {
    /// From the automaton patterns of each slot of each role pattern; not
    /// checked (empty) past 64 slots.
    fn new(slots: &[Vec<Vec<u32>>]) -> SlotAnchors {
        let mut anchors = SlotAnchors::default();
        let mut bit = 0;
        for pattern in slots {
            let mut mask = 0u64;
            for slot in pattern {
                let Some(slot_bit) = 1u64.checked_shl(bit) else {
                    return SlotAnchors::default();
                };
                bit += 1;
                mask |= slot_bit;
                if slot.is_empty() {
                    anchors.unchecked |= slot_bit;
                }
                anchors
                    .bits
                    .extend(slot.iter().map(|pattern| (*pattern, slot_bit)));
            }
            anchors.patterns.push(mask);
        }
        anchors.bits.sort_unstable();
        let mut merged: Vec<(u32, u64)> = Vec::with_capacity(anchors.bits.len());
        for (pattern, bits) in anchors.bits {
            match merged.last_mut() {
                Some(last) if last.0 == pattern => last.1 |= bits,
                _ => merged.push((pattern, bits)),
            }
        }
        anchors.bits = merged;
        anchors
    }

    /// Whether some role pattern may fill the sentences of `window_hits`:
    /// each of its slots has a hit of one of its anchors, as a rule of one
    /// pattern requires through its `all` terms. A rule of several patterns
    /// is a candidate wherever any slot of any pattern hits (its `any`
    /// term), which on text about its parties is nearly every sentence; this
    /// keeps the tokenising and stemming of `pattern::find` for the few
    /// where a whole pattern's slots hit. True when not checked.
    fn hit(&self, window_hits: &[Hit]) -> bool {
        if self.patterns.is_empty() {
            return true;
        }
        let mut seen = self.unchecked;
        for hit in window_hits {
            if let Ok(idx) = self
                .bits
                .binary_search_by_key(&hit.pattern, |(pattern, _)| *pattern)
            {
                seen |= self.bits.get(idx).map_or(0, |(_, bits)| *bits);
            }
        }
        self.patterns.iter().any(|mask| mask & seen == *mask)
    }
}

/// Per hit of `found`: whether it lies inside a `not_inside` hit (a shield),
/// which never shields itself or another shield.
///
/// One sweep in order of start, shields and hits alike, keeping the furthest
/// end of the shields started so far: a hit is inside some shield exactly
/// when a shield starting at or before it ends at or after it. Linear after
/// the sort, however many hits each shield holds.
fn shielded(found: &[(Role, Range<usize>)], context: &Context<'_>) -> Vec<bool> {
    let mut shielded = vec![false; found.len()];
    if !found.iter().any(|(role, _)| *role == Role::NotInside) {
        return shielded;
    }
    context.count(found.len());
    // At one start, shields come first: a shield holds a hit starting where it does.
    let mut order: Vec<(usize, bool, usize)> = found
        .iter()
        .enumerate()
        .map(|(idx, (role, span))| (span.start, *role != Role::NotInside, idx))
        .collect();
    order.sort_unstable();
    let mut reach: Option<usize> = None;
    for (_, is_hit, idx) in order {
        let Some((_, span)) = found.get(idx) else {
            continue;
        };
        if is_hit {
            shielded[idx] = reach.is_some_and(|end| span.end <= end);
        } else {
            reach = reach.max(Some(span.end));
        }
    }
    shielded
}

/// Runs the rule's regex terms on the non-furniture sentences `window`,
/// adding their hits to `found` (which holds the literal hits). Returns
/// `false`, possibly before running every regex, when the rule cannot match
/// whatever the remaining regexes find: an `all` term or every `any` term has
/// no hit at all (shields only ever remove hits), or a literal `not` hit
/// stands with no `not_inside` term to shield it.
fn add_regex_hits<'a>(
    rule: &'a Rule,
    context: &Context<'a>,
    window: std::ops::RangeInclusive<usize>,
    found: &mut Vec<(Role, Range<usize>)>,
) -> bool {
    let terms = &rule.terms;
    let text = context.text;
    let sentences = context.sentences;
    let n_all = terms.all.len();
    let n_literal = found.len();
    if terms.not_inside.is_empty()
        && !rule.info.kind.kind().reads_not_hits()
        && found.iter().any(|(role, _)| *role == Role::Not)
    {
        return false;
    }
    let first = *window.start();
    let window = sentences.get(window).unwrap_or(&[]);
    let mut cache = context.regex_hits.borrow_mut();
    let mut run =
        |term: &'a Term, role: Role, found: &mut Vec<(Role, Range<usize>)>| {
            for regex in &term.regexes {
                let pattern = regex.as_str();
                let shared = context.shared_regexes.contains(pattern);
                for (offset, sentence) in window.iter().enumerate() {
                    if sentence.kind == SentenceKind::Furniture {
                        continue;
                    }
                    let Some(sentence_text) = text.get(sentence.start..sentence.end) else {
                        continue;
                    };
                    let search = || {
                        regex
                            .find_iter(sentence_text)
                            .map(|hit| hit.start()..hit.end())
                            .collect::<Vec<_>>()
                    };
                    let uncached;
                    let spans = if shared {
                        &*cache
                            .entry((pattern, (first + offset) as u32))
                            .or_insert_with(search)
                    } else {
                        uncached = search();
                        &uncached
                    };
                    found.extend(spans.iter().map(|span| {
                        (role, sentence.start + span.start..sentence.start + span.end)
                    }));
                }
            }
        };
    for (idx, term) in terms.all.iter().enumerate() {
        if term.regexes.is_empty() {
            continue;
        }
        let role = Role::Term(idx as u16);
        let before = found.len();
        run(term, role, found);
        if found.len() == before && !found.iter().take(n_literal).any(|(r, _)| *r == role) {
            return false;
        }
    }
    if !terms.any.is_empty() {
        let before = found.len();
        for (idx, term) in terms.any.iter().enumerate() {
            run(term, Role::Term((n_all + idx) as u16), found);
        }
        let any_literal = found
            .iter()
            .take(n_literal)
            .any(|(role, _)| matches!(role, Role::Term(idx) if usize::from(*idx) >= n_all));
        if found.len() == before && !any_literal {
            return false;
        }
    }
    for term in &terms.not {
        run(term, Role::Not, found);
    }
    for term in &terms.not_inside {
        run(term, Role::NotInside, found);
    }
    for term in &terms.deny {
        run(term, Role::Deny, found);
    }
    true
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::SentenceKind;
    use crate::rulebook::tests_support::{AID, LEXICON};
    use crate::rulebook::{compile, Rulebook, Source};

    fn rulebook(rules: &str) -> Rulebook {
        let source = Source {
            rel: "test.toml".to_string(),
            display: "rules/test.toml".to_string(),
            text: format!("{LEXICON}\n{rules}"),
        };
        compile(&[source], "rules").unwrap_or_else(|err| panic!("rules load:\n{err}"))
    }

    /// One sentence per line.
    fn sentences(text: &str) -> Vec<Sentence> {
        let mut sentences = Vec::new();
        let mut offset = 0;
        for (line_idx, line) in text.split('\n').enumerate() {
            sentences.push(Sentence {
                start: offset,
                end: offset + line.len(),
                line: line_idx as u32 + 1,
                line_start: 0,
                kind: SentenceKind::Body,
                repeat_of: None,
            });
            offset += line.len() + 1;
        }
        sentences
    }

    /// Renders each match as `rule first-last: hit|hit / deny: cue|cue`.
    fn render(rulebook: &Rulebook, text: &str, sentences: &[Sentence]) -> Vec<String> {
        rulebook
            .find(text, sentences)
            .iter()
            .map(|found| {
                let base = sentences[found.sentence as usize].start;
                let quote = |spans: &[Range<usize>]| {
                    spans
                        .iter()
                        .map(|span| &text[base + span.start..base + span.end])
                        .collect::<Vec<_>>()
                        .join("|")
                };
                let excluded = if found.excluded.is_empty() {
                    String::new()
                } else {
                    format!(" / not: {}", quote(&found.excluded))
                };
                format!(
                    "{} {}-{}: {} / deny: {}{excluded}",
                    rulebook.rules[found.rule.index()].info.id,
                    found.sentence,
                    found.last_sentence,
                    quote(&found.spans),
                    quote(&found.deny)
                )
            })
            .collect()
    }

    fn check(rules: &str, text: &str, expected: &[&str]) {
        let rulebook = rulebook(rules);
        let got = render(&rulebook, text, &sentences(text));
        assert_eq!(got, expected, "text: {text}");
    }

    #[test]
    fn a_pattern_set_holds_its_members_and_turns_most_others_away() {
        let set = PatternSet::new([0, 5, 63, 64, 700]);
        for member in [0, 5, 63, 64, 700] {
            assert!(set.may_hold(member), "{member}");
        }
        for other in [1, 6, 62, 65, 699, 701, 1023] {
            assert!(!set.may_hold(other), "{other}");
        }
        // Past 1,024 patterns ids share bits: a "may" that the search settles.
        assert!(set.may_hold(1024 + 5));
        assert!(PatternSet::new([]).bits.iter().all(|word| *word == 0));
    }

    #[test]
    fn hits_of_patterns_sharing_a_rules_bits_are_not_its_hits() {
        // Over 1,024 patterns: the filler rule's words w1000… get the ids of
        // the aid rule's phrases plus 1,024, so its pattern set says "may";
        // they stay no hits of the aid rule.
        let filler: Vec<String> = (0..1100).map(|idx| format!("\"w{idx}\"")).collect();
        let rules = format!(
            "{AID}\n[[rule]]\nid = \"filler\"\nkind = \"proposition\"\nclaim = \"Filler\"\nall = [\"zzfill\"]\nany = [{}]\n",
            filler.join(", ")
        );
        let words: Vec<String> = (1000..1060).map(|idx| format!("w{idx}")).collect();
        let text = format!(
            "Beijing denied sending drones to Moscow {}.",
            words.join(" ")
        );
        check(
            &rules,
            &text,
            &["aid 0-0: Beijing|drones|Moscow / deny: denied"],
        );
        let text = format!(
            "Beijing denied sending drones to Moscow zzfill {}.",
            words.join(" ")
        );
        let got = render(&rulebook(&rules), &text, &sentences(&text));
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!(got[0], "aid 0-0: Beijing|drones|Moscow / deny: denied");
        assert!(got[1].starts_with("filler 0-0: "), "{got:?}");
    }

    #[test]
    fn aliases_and_deny_cues_match() {
        check(
            AID,
            "Despite backing Moscow politically and diplomatically, Beijing has declared that it will not send weapons to Russia or Ukraine.",
            &["aid 0-0: Moscow|Beijing|weapons|Russia / deny: will not send"],
        );
        check(
            AID,
            "Beijing denied sending drones to Moscow.",
            &["aid 0-0: Beijing|drones|Moscow / deny: denied"],
        );
    }

    #[test]
    fn phrases_match_whatever_the_case_of_ascii_letters_only() {
        // The automata search the text ASCII-lowercased: `É` is no `é`, as
        // with an ASCII-case-insensitive automaton.
        let rules = r#"
[[rule]]
id = "palace"
kind = "proposition"
claim = "The Elysee palace spoke"
all = ["élysée palace", "SPOKE"]
"#;
        check(
            rules,
            "The éLYSéE PALACE spoke.",
            &["palace 0-0: éLYSéE PALACE|spoke / deny: "],
        );
        check(rules, "The ÉLYSÉE PALACE spoke.", &[]);
    }

    #[test]
    fn phrases_see_through_scare_quotes_and_whitespace_runs() {
        // A hit spans the article's text from its first word to its last:
        // a closing quote inside it, never the opening one before it.
        let rules = r#"
[[rule]]
id = "fake"
kind = "proposition"
claim = "The strike report was fake"
all = [["so-called strike", "fake report", "staged attack"], "ministry"]
"#;
        check(
            rules,
            "The ministry mocked the \"so-called\" strike.",
            &["fake 0-0: ministry|so-called\" strike / deny: "],
        );
        check(
            rules,
            "The ministry dismissed the “fake” report.",
            &["fake 0-0: ministry|fake” report / deny: "],
        );
        check(
            rules,
            "The ministry called it a ‘staged’ attack.",
            &["fake 0-0: ministry|staged’ attack / deny: "],
        );
        check(
            rules,
            "The ministry called it a staged  attack and a fake\treport.",
            &["fake 0-0: ministry|staged  attack|fake\treport / deny: "],
        );
        // A quote inside a word is no scare quote.
        check(rules, "The ministry called it a fake\"report.", &[]);
    }

    #[test]
    fn clause_scope_keeps_terms_in_one_clause_or_a_reporting_frame() {
        let rules = |scope: &str| {
            format!(
                r#"
[[rule]]
id = "blew-up"
kind = "proposition"
claim = "Russia blew up the dam"
all = ["Russia*", ["blew up", "blown up", "destroyed"], "dam"]
{scope}
"#
            )
        };
        let clause = rules("scope = \"clause\"");
        for (sentence, expected) in [
            // A reporting frame and its complement read as one.
            (
                "Kyiv says Russia blew up the dam.",
                &["blew-up 0-0: Russia|blew up|dam / deny: "][..],
            ),
            (
                "Zelensky said that Russian troops blew up the dam.",
                &["blew-up 0-0: Russian|blew up|dam / deny: "],
            ),
            (
                "Russia blew up the dam, Ukrainian officials said.",
                &["blew-up 0-0: Russia|blew up|dam / deny: "],
            ),
            // The actor in a relative clause is not the one who blew it up.
            (
                "The dam, which Russian forces had held since 2022, was destroyed by shelling.",
                &[],
            ),
            (
                "Russia denied the claims; the dam was blown up by saboteurs, Moscow says.",
                &[],
            ),
            (
                "Russian officials arrived after the blast (the dam was destroyed overnight).",
                &[],
            ),
        ] {
            check(&clause, sentence, expected);
        }
        // Without `scope`, the sentence is the scope, as before clauses.
        check(
            &rules(""),
            "The dam, which Russian forces had held since 2022, was destroyed by shelling.",
            &["blew-up 0-0: dam|Russian|destroyed / deny: "],
        );
    }

    #[test]
    fn a_language_named_by_a_nationality_is_no_party() {
        let rules = r#"
[[rule]]
id = "russia-struck"
kind = "proposition"
claim = "Russia struck the theatre"
all = ["@russia", "theatre"]
any = ["struck", "strike", "bombed"]
"#;
        check(
            rules,
            "When the theatre was struck, an enormous inscription reading CHILDREN was posted outside in Russian, intended to be visible from the skies.",
            &[],
        );
        check(
            rules,
            "The theatre was bombed, officials said in Russian.",
            &[],
        );
        // A nationality with its noun, or named again, still is one.
        check(
            rules,
            "The theatre was struck in Russian air raids.",
            &["russia-struck 0-0: theatre|struck|Russian / deny: "],
        );
        check(
            rules,
            "Russia bombed the theatre; a sign in Russian warned of children.",
            &["russia-struck 0-0: Russia|bombed|theatre|Russian / deny: "],
        );
        // A country whose name ends like an adjective is no language.
        let iran = r#"
[entity.iran]
aliases = ["Iran", "Iranian"]

[[rule]]
id = "iran-drones"
kind = "proposition"
claim = "Russia uses drones made in Iran"
all = ["@russia", "@iran", "drones"]
"#;
        check(
            iran,
            "Russia launched drones made in Iran.",
            &["iran-drones 0-0: Russia|drones|Iran / deny: "],
        );
    }

    #[test]
    fn an_entity_named_only_as_the_speaker_takes_no_part() {
        let rules = r#"
[entity.israel]
aliases = ["Israel", "Israeli", "Israeli army", "IDF", "Israel Defense Forces"]

[[rule]]
id = "israel-struck"
kind = "proposition"
claim = "Israel struck the hospital"
all = [["Israeli strike", "@israel"], ["hospital", "blast"]]
any = ["struck", "hit", "caused by", "responsible", "blamed"]
"#;
        for sentence in [
            "Israel has said the blast was caused by a failed rocket launch by the Islamic Jihad militant group.",
            "Israel claimed that a misguided missile by the Palestinian group was responsible for the blast.",
            "According to Israeli authorities, a misguided missile was responsible for the blast.",
            "The Israeli army, for its part, said the hospital was hit by a rocket misfired by militants.",
            "\"A barrage of rockets was fired by terrorists in Gaza, passing close to the hospital at the time it was hit,\" a spokesperson for the Israel Defense Forces said in a statement.",
            "Islamic Jihad described as lies the Israeli army's accusations that it was responsible for a strike on the hospital.",
            "The Israeli army blamed a rocket misfired by militants for the hospital blast.",
        ] {
            check(rules, sentence, &[]);
        }
        // The speaker is a party too: it reports about itself, or is named again.
        check(
            rules,
            "Israel said it had not struck the hospital.",
            &["israel-struck 0-0: Israel|struck|hospital / deny: "],
        );
        check(
            rules,
            "Israel denied that its jets struck the hospital.",
            &["israel-struck 0-0: Israel|struck|hospital / deny: "],
        );
        check(
            rules,
            "Hamas said an Israeli strike hit the hospital.",
            &["israel-struck 0-0: Israeli strike|hit|hospital / deny: "],
        );
        check(
            rules,
            "Gaza's health ministry blamed Israel for the blast at the hospital.",
            &["israel-struck 0-0: blamed|Israel|blast|hospital / deny: "],
        );
        // A rule about a statement has its speaker as its party.
        let statement = rules.replace(
            "claim = \"Israel struck the hospital\"",
            "claim = \"Israel blamed militants for the hospital blast\"\norigin = \"publisher\"",
        );
        check(
            &statement,
            "Israel claimed that a misguided missile by the Palestinian group was responsible for the blast.",
            &["israel-struck 0-0: Israel|responsible|blast / deny: "],
        );
    }

    #[test]
    fn a_toll_of_victims_is_no_party_of_a_proposition() {
        let rules = r#"
[[rule]]
id = "attacked-civilians"
kind = "proposition"
claim = "The strike was an attack on civilians"
all = [["civilians", "civilian", "people", "terrorist attack"]]
any = ["attack", "strike", "struck", "@russia"]
"#;
        for sentence in [
            "Seven people were killed in a Russian missile attack on the city on Saturday.",
            "At least 90 people were wounded in the strike, 12 of whom were children.",
            "A missile strike on the city killed at least seven people and left more than 100 wounded.",
        ] {
            check(rules, sentence, &[]);
        }
        // A noun that says who was hit is the claim, counted or not.
        check(
            rules,
            "The strike killed 45 civilians in Sumy.",
            &["attacked-civilians 0-0: strike|civilians / deny: "],
        );
        check(
            rules,
            "A missile attack hit the main square, causing civilian deaths.",
            &["attacked-civilians 0-0: attack|civilian / deny: "],
        );
        // The toll's noun counts where another hit holds the term, and a noun
        // of people without a count or harm names who was hit.
        check(
            rules,
            "117 people were injured in the terrorist attack on the center.",
            &["attacked-civilians 0-0: people|terrorist attack|attack / deny: "],
        );
        check(
            rules,
            "The Russian strike that killed people was condemned.",
            &["attacked-civilians 0-0: Russian|strike|people / deny: "],
        );
        check(
            rules,
            "Some 300 people were sheltering in the theatre when the strike hit.",
            &["attacked-civilians 0-0: people|strike / deny: "],
        );
        check(
            rules,
            "On 9 May people were killed when the strike hit.",
            &["attacked-civilians 0-0: people|strike / deny: "],
        );
        // A figure rule reads the toll.
        let figure = r#"
[[rule]]
id = "toll"
kind = "figure"
claim = "People killed"
value = "count"
all = ["people"]
any = ["killed"]
"#;
        check(
            figure,
            "Seven people were killed in a missile attack.",
            &["toll 0-0: people|killed / deny: "],
        );
    }

    #[test]
    fn words_about_another_event_are_no_part_of_a_proposition() {
        let rules = r#"
[[rule]]
id = "targeted-civilians"
kind = "proposition"
claim = "The strike targeted civilians"
all = [["civilian", "civilians"]]
any = ["target", "targets", "targeted"]
"#;
        check(
            rules,
            "He recalled previous attacks by the occupiers on civilian targets in Ukraine, saying more would follow.",
            &[],
        );
        check(
            rules,
            "Two died in a separate strike that targeted civilians near the port.",
            &[],
        );
        // The same event, described: after a verb of being, or with a bare
        // "another".
        check(
            rules,
            "The strike on Sumy was a separate attack that targeted civilians.",
            &["targeted-civilians 0-0: targeted|civilians / deny: "],
        );
        check(
            rules,
            "Russia carried out another strike that targeted civilians in Sumy.",
            &["targeted-civilians 0-0: targeted|civilians / deny: "],
        );
    }

    #[test]
    fn prefixes_extend_and_keep_the_left_boundary() {
        let rules = r#"
[[rule]]
id = "supply"
kind = "proposition"
claim = "c"
all = ["suppl*", "@russia"]
"#;
        check(
            rules,
            "Chinese companies are reportedly supplying Russia with assault rifles.\nAn oversupply of Russian oil.\nRussia's supplies.",
            &["supply 0-0: supplying|Russia / deny: ", "supply 2-2: Russia|supplies / deny: "],
        );
    }

    #[test]
    fn apostrophes_match_curly_ones_and_longest_alias_wins() {
        let rules = r#"
[[rule]]
id = "ministry"
kind = "proposition"
claim = "c"
all = ["@china", "@denial"]
"#;
        check(
            rules,
            "China’s foreign ministry denied the report.\nChina's foreign ministry rejected it.",
            &[
                "ministry 0-0: China’s foreign ministry|denied / deny: ",
                "ministry 1-1: China's foreign ministry|rejected / deny: ",
            ],
        );
    }

    #[test]
    fn word_boundaries_are_checked_on_both_sides() {
        let rules = r#"
[[rule]]
id = "arms"
kind = "proposition"
claim = "c"
all = ["arms", "china"]
"#;
        check(
            rules,
            "Farms in Chinatown.\nArms for China.\nchina-made arms_x arms.",
            &[
                "arms 1-1: Arms|China / deny: ",
                "arms 2-2: china|arms / deny: ",
            ],
        );
    }

    #[test]
    fn combinators_any_not_and_not_inside() {
        let rules = r#"
[[rule]]
id = "combo"
kind = "proposition"
claim = "c"
all = ["@china"]
any = [["send*", "supply*"], "provid*"]
not = ["Ukraine's army"]
not_inside = ["South China Sea"]
"#;
        check(
            rules,
            "China sends drones.\nChina provided rifles to Ukraine's army.\nShips sent to the South China Sea.\nChina bought oil.",
            &["combo 0-0: China|sends / deny: "],
        );
    }

    #[test]
    fn a_figure_rules_not_hits_go_to_its_reading() {
        // A proposition's `not` hit ends the match; a figure's is handed on
        // with it, for the reading to set apart the value it belongs to.
        let rules = r#"
[[rule]]
id = "toll"
kind = "figure"
claim = "c"
all = ["killed"]
not = ["missing"]
value = "count"

[[rule]]
id = "claim"
kind = "proposition"
claim = "c"
all = ["killed"]
not = ["missing"]
"#;
        check(
            rules,
            "52 people were killed and five more went missing.\n52 people were killed.",
            &[
                "toll 0-0: killed / deny:  / not: missing",
                "toll 1-1: killed / deny: ",
                "claim 1-1: killed / deny: ",
            ],
        );
    }

    #[test]
    fn a_shield_holds_hits_at_its_edges_and_only_inside() {
        let rules = r#"
[[rule]]
id = "allies"
kind = "proposition"
claim = "c"
all = ["@china", "allies"]
not_inside = ["its allies", "allies of"]
"#;
        check(
            rules,
            "China and its allies.\nChina: allies of allies of its allies.\nChina and its allies, allies still.",
            &["allies 2-2: China|allies / deny: "],
        );
    }

    #[test]
    fn windows_spread_over_sentences() {
        let rules = r#"
[[rule]]
id = "window"
kind = "proposition"
claim = "c"
all = ["@china", "drone*"]
window = 2
"#;
        check(
            rules,
            "Beijing has denied it.\nThe drones came anyway.\nNothing here.\nDrones again.",
            &["window 0-1: Beijing|drones / deny: "],
        );
        // The anchor term (the first of equal cost) sits in the second sentence.
        let rules = r#"
[[rule]]
id = "window-back"
kind = "proposition"
claim = "c"
all = ["drone*", "@china"]
window = 2
"#;
        check(
            rules,
            "Nothing here.\nBeijing has denied it.\nThe drones came anyway.\nDrones again.",
            &["window-back 1-2: Beijing|drones / deny: "],
        );
    }

    #[test]
    fn a_window_never_joins_a_heading_to_the_text() {
        let rules = r#"
[[rule]]
id = "blamed"
kind = "proposition"
claim = "Poor construction caused the collapses"
all = [["substandard", "shoddy"], ["collapsed", "toppled"]]
window = 2
"#;
        let rulebook = rulebook(rules);
        let text = "More than 100 arrest warrants issued in Turkey over substandard development
Turkey has issued arrest warrants for 130 people involved in the construction of buildings that collapsed.
Shoddy work was to blame.";
        let mut sentences = sentences(text);
        sentences[0].kind = SentenceKind::Heading;
        assert_eq!(
            render(&rulebook, text, &sentences),
            ["blamed 1-2: collapsed|Shoddy / deny: "]
        );
        sentences[0].kind = SentenceKind::Body;
        assert_eq!(
            render(&rulebook, text, &sentences),
            ["blamed 0-1: substandard|collapsed / deny: "]
        );
    }

    #[test]
    fn regex_terms_run_on_candidates_and_alone() {
        let rules = r#"
[[rule]]
id = "s400"
kind = "proposition"
claim = "c"
all = ["@russia", "re:\\bS-?400s?\\b"]

[[rule]]
id = "year-only"
kind = "proposition"
claim = "c"
all = ["re:\\b20[0-9]{2}\\b"]
"#;
        check(
            rules,
            "Russia delivered S-400 systems.\nThe S400s arrived in 2018.\nRussia sold S-4000 units.",
            &["s400 0-0: Russia|S-400 / deny: ", "year-only 1-1: 2018 / deny: "],
        );
    }

    #[test]
    fn a_rule_of_patterns_is_evaluated_where_each_slot_of_one_pattern_hits() {
        // Two patterns: slots hit by patterns {1, 2} and {3}; {4} and {5};
        // a third whose second slot is not checked.
        let anchors = vec![
            vec![vec![1, 2], vec![3]],
            vec![vec![4], vec![5]],
            vec![vec![6], vec![]],
        ];
        let hit = |pattern| Hit {
            sentence: 0,
            start: 0,
            end: Reverse(1),
            pattern,
        };
        for (patterns, expected) in [
            (&[1, 3][..], true),
            (&[2, 3, 9], true),
            (&[4, 5], true),
            (&[1, 4], false),
            (&[3, 5], false),
            (&[6], true),
            (&[], false),
        ] {
            let hits: Vec<Hit> = patterns.iter().map(|pattern| hit(*pattern)).collect();
            let anchors = SlotAnchors::new(&anchors);
            assert_eq!(anchors.hit(&hits), expected, "hits of {patterns:?}");
        }
        // Not checked: every sentence may be tried.
        assert!(SlotAnchors::new(&[]).hit(&[]));
        let many = vec![vec![vec![1]; 65]];
        assert!(SlotAnchors::new(&many).hit(&[]));
    }

    #[test]
    fn overlapping_hits_count_once() {
        let rules = r#"
[[rule]]
id = "twice"
kind = "proposition"
claim = "c"
all = ["military aid", "aid"]
"#;
        check(
            rules,
            "Chinese military aid.\nMilitary aid and aid.",
            &["twice 1-1: Military aid|aid / deny: "],
        );
    }

    #[test]
    fn an_all_phrase_may_name_an_any_term_inside_it() {
        let rules = r#"
[[rule]]
id = "sheltering"
kind = "figure"
claim = "c"
all = [["sheltering", "people in the theater"]]
any = ["theater", "building"]
value = "count"

[[rule]]
id = "struck"
kind = "proposition"
claim = "c"
all = [["attack", "strike"]]
any = ["attack", "fired"]
"#;
        check(
            rules,
            "There were about 1,000 people in the theater at the time.\nThe attack killed 17 people.",
            &["sheltering 0-0: people in the theater|theater / deny: "],
        );
    }

    #[test]
    fn an_any_phrase_may_name_an_all_term_inside_it() {
        let rules = r#"
[[rule]]
id = "rocket"
kind = "proposition"
claim = "c"
all = ["rocket"]
any = ["failed rocket launch", "militants"]

[[rule]]
id = "same"
kind = "proposition"
claim = "c"
all = ["flood"]
any = ["flood", "levee"]
"#;
        check(
            rules,
            "The hospital was hit by a failed rocket launch.\nA rocket fell.\nThe flood came.",
            &["rocket 0-0: failed rocket launch|rocket / deny: "],
        );
    }

    #[test]
    fn an_all_term_inside_an_any_phrase_counts_once_and_only_inside_it() {
        let rules = r#"
[[rule]]
id = "rocket"
kind = "proposition"
claim = "c"
all = ["rocket"]
any = ["rocket attack", "militants"]

[[rule]]
id = "both"
kind = "proposition"
claim = "c"
all = ["rocket", "launch"]
any = ["failed rocket launch"]

[[rule]]
id = "same"
kind = "proposition"
claim = "c"
all = ["rocket attack"]
any = ["rocket attack"]

[[rule]]
id = "aid"
kind = "proposition"
claim = "c"
all = ["military aid", "aid"]
any = ["chinese military aid"]
"#;
        // "rocket" of "rocket scientist" is no "rocket attack"; an `any`
        // phrase names every `all` term inside it, but an `all` term inside
        // another `all` term's phrase still does not count, nor does one
        // phrase that is both.
        check(
            rules,
            "A rocket scientist described the attack.\nThe rocket attack hit a school.\nA failed rocket launch.\nChinese military aid.",
            &[
                "rocket 1-1: rocket|rocket attack / deny: ",
                "both 2-2: failed rocket launch|rocket|launch / deny: ",
            ],
        );
    }

    #[test]
    fn contractions_match_inside_words() {
        let rules = r#"
[[rule]]
id = "negated"
kind = "proposition"
claim = "c"
all = ["@china", "send*"]
deny = ["n't", "not"]
"#;
        check(
            rules,
            "Beijing didn't send drones.\nBeijing didn’t send drones.\nBeijing is not sending drones.",
            &[
                "negated 0-0: Beijing|send / deny: n't",
                "negated 1-1: Beijing|send / deny: n’t",
                "negated 2-2: Beijing|sending / deny: not",
            ],
        );
    }

    #[test]
    fn only_sentences_near_an_anchor_are_searched() {
        let rules = r#"
[[rule]]
id = "window"
kind = "proposition"
claim = "c"
all = ["drone*", "@china"]
window = 2
"#;
        let rulebook = rulebook(rules);
        let automaton = &rulebook.automaton;
        let text =
            "Nothing here.\nBeijing said so.\nThe drones came.\nChina again.\nQuiet.\nStill quiet.";
        let sentences = sentences(text);
        // "drone*" is the anchor ("@china" has more phrases): only sentence 2 is hot,
        // and the window of two widens the search by one sentence each side.
        let hot = automaton.hot_sentences(text, &fold::fold(text), &sentences);
        assert_eq!(hot, Some(vec![2]));
        let regions: Vec<&str> = automaton
            .regions(&hot, &sentences)
            .into_iter()
            .map(|region| &text[region])
            .collect();
        assert_eq!(
            regions,
            ["Beijing said so.\nThe drones came.\nChina again."]
        );
        check(rules, text, &["window 1-2: Beijing|drones / deny: "]);
    }

    #[test]
    fn regex_only_rules_are_anchored_by_their_required_literals() {
        let rules = r#"
[[rule]]
id = "staff"
kind = "proposition"
claim = "c"
all = ["re:\\b\\d+\\s+(people|staff)\\b"]
"#;
        let rulebook = rulebook(rules);
        let rule = &rulebook.rules[0];
        // The suffixes are longer than the prefixes (digits), so they anchor it;
        // case folding keeps the long s that matches `s` ("ſtaff").
        assert_eq!(
            required_literals(rule),
            Some(vec![
                b"people".to_vec(),
                b"staff".to_vec(),
                "ſtaff".as_bytes().to_vec()
            ])
        );
        assert_eq!(rulebook.warnings().len(), 1, "{:?}", rulebook.warnings());
        check(
            rules,
            "In 2019 it grew.\nSome 400 people work there.\nPeople and 12 staff.",
            &[
                "staff 1-1: 400 people / deny: ",
                "staff 2-2: 12 staff / deny: ",
            ],
        );
    }

    #[test]
    fn regex_only_rules_are_evaluated_only_where_their_literals_hit() {
        let drones = r#"
[[rule]]
id = "drones"
kind = "proposition"
claim = "c"
all = ["drone*", "@russia"]
"#;
        let s400 = r#"
[[rule]]
id = "s400"
kind = "proposition"
claim = "c"
all = ["re:\\bS-?400s?\\b"]
"#;
        // Every sentence is hot (the drones rule's anchor), none holds "S-400": the
        // regex-only rule adds no work, however many sentences there are.
        let text = "Drones hit Moscow.\n".repeat(50);
        let work = |rules: &str| {
            let rulebook = rulebook(rules);
            rulebook.find_work(&text, &sentences(&text))
        };
        assert_eq!(work(&format!("{drones}{s400}")), work(drones));
        // A term mixing a regex and a phrase is woken by either, on a hot sentence.
        let mixed = r#"
[[rule]]
id = "mixed"
kind = "proposition"
claim = "c"
all = [["re:\\bSu-?35s?\\b", "fighter jets"]]
"#;
        check(
            &format!("{drones}{mixed}"),
            "Moscow sold fighter jets and drones.\nThe Su-35 flew.\nFighter jets flew.",
            &[
                "drones 0-0: Moscow|drones / deny: ",
                "mixed 0-0: fighter jets / deny: ",
                "mixed 1-1: Su-35 / deny: ",
            ],
        );
    }

    #[test]
    fn a_rule_without_any_anchor_turns_the_anchor_pass_off() {
        let rules = r#"
[[rule]]
id = "digits"
kind = "proposition"
claim = "c"
all = ["re:\\w+\\d"]
"#;
        let rulebook = rulebook(rules);
        let text = "Route a1 closed.\nNothing.";
        assert_eq!(
            rulebook
                .automaton
                .hot_sentences(text, &fold::fold(text), &sentences(text)),
            None
        );
        assert!(rulebook.warnings()[0].contains("every sentence of every article"));
        check(rules, text, &["digits 0-0: a1 / deny: "]);
    }

    #[test]
    fn rulebook_is_shared_between_threads() {
        fn assert_sync<T: Sync + Send>() {}
        assert_sync::<Rulebook>();
    }

    #[test]
    fn furniture_never_matches() {
        let rulebook = rulebook(AID);
        let text = "Beijing denied sending drones to Moscow.";
        let mut furniture = sentences(text);
        furniture[0].kind = SentenceKind::Furniture;
        assert_eq!(render(&rulebook, text, &furniture), Vec::<String>::new());
    }

    #[test]
    fn literals_are_lowercase_sorted_and_deduplicated() {
        let rulebook = rulebook(AID);
        assert_eq!(
            rulebook.literals(),
            vec![
                "arms",
                "beijing",
                "china",
                "china's foreign ministry",
                "china’s foreign ministry",
                "chinese",
                "denied",
                "denies",
                "deny",
                "drone",
                "military aid",
                "moscow",
                "rejected",
                "russia",
                "russian",
                "weapon",
                "will not send"
            ]
        );
    }

    #[test]
    fn ten_thousand_rules_load() {
        let mut text = String::from(LEXICON);
        for idx in 0..10_000 {
            text.push_str(&format!(
                "[[rule]]\nid = \"rule-{idx}\"\nkind = \"proposition\"\nclaim = \"claim {idx}\"\nall = [\"@china\", \"term{idx} word*\"]\nany = [[\"alpha{idx}\", \"beta {idx}\"]]\n\n"
            ));
        }
        let source = Source {
            rel: "big.toml".to_string(),
            display: "rules/big.toml".to_string(),
            text,
        };
        let rulebook = compile(&[source], "rules").unwrap_or_else(|err| panic!("{err}"));
        assert_eq!(rulebook.rules.len(), 10_000);
        // ("China said term9999 …" would make China only its speaker: no match.)
        let text = "China has term9999 wordy things about beta 9999.";
        let found = rulebook.find(text, &sentences(text));
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].rule, RuleId(9999));
    }
}
