//! Loads and validates the rulebook, and compiles it into one multi-pattern
//! automaton that finds every rule's matches in an article.
//!
//! `load` reads every `.toml` file under a directory (recursively, in sorted
//! path order), reports every problem of every file at once as
//! `file:line:col: message`, and compiles all literal phrases of all rules into
//! one Aho-Corasick automaton. `Rulebook::find` scans an article once with it.

mod automaton;
mod dress;
mod elsewhere;
mod fold;
pub(crate) mod parse;
pub(crate) mod pattern;
mod term;
mod toll;

use std::collections::HashMap;
use std::ops::Range;
use std::path::{Path, PathBuf};

pub use crate::diag::{Diagnostic, Diagnostics};
use crate::kinds::RuleInfo;
use crate::model::{Lexicon, NameConfig, RuleId, Sentence, Speakers, Stance};
use crate::text::{clause, fnv};

use automaton::Automaton;
pub use pattern::SlotMatch;
use term::MatchScope;

/// A rule's example sentence, for `claimcheck rules test`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Example {
    /// The sentence.
    pub text: String,
    /// Whether the rule must match it.
    pub matches: bool,
    /// Expected stance, when given.
    pub stance: Option<Stance>,
    /// Expected normalised figure value, when given.
    pub value: Option<String>,
    /// 1-based line of the example in its rule file.
    pub line: u32,
}

/// One compiled rule.
#[derive(Debug, Clone)]
pub struct Rule {
    /// What later stages see.
    pub info: RuleInfo,
    /// Example sentences.
    pub examples: Vec<Example>,
    /// The rule file as displayed in messages: the rules directory joined
    /// with `info.file`.
    source: String,
    /// The compiled terms: what the automaton reports back for this rule.
    pub(crate) terms: term::RuleTerms,
    /// Role patterns, any of which a match must also fill (none: terms alone).
    pub(crate) patterns: pattern::Patterns,
    /// Whether the patterns narrow `all`/`any` terms the rule writes (else
    /// the terms are the patterns' anchors): a match then keeps the terms'
    /// spans, which its reading (stance, hedge, figure) scopes, and the
    /// slots are reported beside them.
    pub(crate) narrows: bool,
}

impl Rule {
    /// The rule file as displayed in messages (`rules/china.toml`).
    pub fn source(&self) -> &str {
        &self.source
    }
}

/// A rule's match in one sentence (or a window of sentences) of an article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleMatch {
    /// The rule.
    pub rule: RuleId,
    /// Index of the first sentence of the match.
    pub sentence: u32,
    /// Index of the last sentence (equals `sentence` unless the rule has a window).
    pub last_sentence: u32,
    /// The term of each span in `spans`, by its index among the rule's
    /// `all` then `any` terms (empty once a role pattern set the spans).
    pub terms: Vec<u16>,
    /// Byte spans of the matched terms, relative to the start of `sentence`.
    pub spans: Vec<Range<usize>>,
    /// Byte spans of denial cues, relative to the start of `sentence`.
    pub deny: Vec<Range<usize>>,
    /// Byte spans of a figure rule's `not` hits, relative to the start of
    /// `sentence` (the figure's reading drops the values they belong to);
    /// always empty for a proposition, whose `not` hit ends the match.
    pub excluded: Vec<Range<usize>>,
    /// For a rule with patterns: the slots the match filled, in pattern
    /// order, with spans relative to the start of `sentence`.
    pub slots: Vec<SlotMatch>,
}

impl RuleMatch {
    /// The spans of the rule's `all` terms (its triggers, see
    /// `kinds::figure::Matched`); every span when the terms do not pair up
    /// with the spans (a role pattern set them).
    pub fn trigger_spans(&self, rule: &Rule) -> Vec<Range<usize>> {
        if self.terms.len() != self.spans.len() || self.terms.is_empty() {
            return self.spans.clone();
        }
        let n_all = rule.terms.all.len();
        self.spans
            .iter()
            .zip(&self.terms)
            .filter(|(_, term)| usize::from(**term) < n_all)
            .map(|(span, _)| span.clone())
            .collect()
    }

    /// The `all` term of each of `trigger_spans`, in order; empty when the
    /// terms do not pair up with the spans (a role pattern set them).
    pub fn trigger_terms(&self, rule: &Rule) -> Vec<u16> {
        if self.terms.len() != self.spans.len() || self.terms.is_empty() {
            return Vec::new();
        }
        let n_all = rule.terms.all.len();
        self.terms
            .iter()
            .copied()
            .filter(|term| usize::from(*term) < n_all)
            .collect()
    }
}

/// The whole rulebook, compiled.
#[derive(Debug, Clone, Default)]
pub struct Rulebook {
    /// Rules in rulebook order (file path, then position in file).
    pub rules: Vec<Rule>,
    /// Shared cue lists.
    pub lexicon: Lexicon,
    /// Settings for the name-variant check.
    pub names: NameConfig,
    /// The speaker registry: aliases that are one origin.
    pub speakers: Speakers,
    /// Every literal phrase of every rule, in one automaton.
    automaton: Automaton,
    /// A hash of the rule files' texts in load order (`Rulebook::digest`).
    digest: u64,
}

/// Loads every `.toml` file under `dir` (recursively, sorted by path),
/// validates it and compiles the rulebook. Every problem of every file is
/// reported, sorted by file, line and column.
pub fn load(dir: &Path) -> Result<Rulebook, Diagnostics> {
    load_all(&[dir.to_path_buf()])
}

/// Loads the rule files of several directories as one rulebook (a rule id is
/// still unique across all of them). A file of a directory after the first is
/// named `DIR/REL` in `RuleInfo::file`.
pub fn load_all(dirs: &[std::path::PathBuf]) -> Result<Rulebook, Diagnostics> {
    let mut sources = Vec::new();
    let mut diagnostics = Vec::new();
    let mut unusable = Vec::new();
    for (idx, dir) in dirs.iter().enumerate() {
        // A folder that cannot be used is reported with every other folder's
        // problems, not instead of them.
        if let Err(Diagnostics(problems)) = read_dir(dir, idx > 0, &mut sources, &mut diagnostics) {
            unusable.extend(problems);
        }
    }
    if !unusable.is_empty() {
        diagnostics.extend(unusable);
        return Err(sorted(diagnostics));
    }
    let shown = dirs
        .iter()
        .map(|dir| dir.display().to_string())
        .collect::<Vec<_>>()
        .join(", ");
    let result = compile(&sources, &shown);
    match result {
        Ok(rulebook) if diagnostics.is_empty() => Ok(rulebook),
        Ok(_) => Err(sorted(diagnostics)),
        Err(Diagnostics(more)) => {
            // With a file that could not be read, "no rules" in the whole
            // directory is only its consequence.
            let unread = !diagnostics.is_empty();
            diagnostics.extend(
                more.into_iter()
                    .filter(|problem| !(unread && problem.line == 0 && problem.file == shown)),
            );
            Err(sorted(diagnostics))
        }
    }
}

/// Reads the rule files of `dir` into `sources` (problems reading one into
/// `diagnostics`); fails when `dir` is no readable directory of rule files.
fn read_dir(
    dir: &Path,
    prefixed: bool,
    sources: &mut Vec<Source>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Result<(), Diagnostics> {
    let shown = dir.display().to_string();
    let whole = |message: String| {
        Diagnostics(vec![Diagnostic {
            file: shown.clone(),
            line: 0,
            column: 0,
            message,
        }])
    };
    let meta = std::fs::metadata(dir).map_err(|err| {
        whole(match err.kind() {
            std::io::ErrorKind::NotFound => "rules directory does not exist".to_string(),
            _ => format!("cannot read rules directory: {err}"),
        })
    })?;
    if !meta.is_dir() {
        return Err(whole(
            "not a directory: rules are read from a directory of .toml files".to_string(),
        ));
    }
    let mut paths = Vec::new();
    let n_diagnostics = diagnostics.len();
    collect_toml(
        dir,
        &mut paths,
        diagnostics,
        &shown,
        &mut std::collections::BTreeSet::new(),
    );
    paths.sort();
    if paths.is_empty() && diagnostics.len() == n_diagnostics {
        return Err(whole(
            "no rule files (*.toml) in the rules directory".to_string(),
        ));
    }
    for path in &paths {
        let rel = path
            .strip_prefix(dir)
            .unwrap_or(path)
            .components()
            .map(|part| part.as_os_str().to_string_lossy().into_owned())
            .collect::<Vec<_>>()
            .join("/");
        let rel = if prefixed {
            format!("{}/{rel}", shown.replace('\\', "/").trim_end_matches('/'))
        } else {
            rel
        };
        let display = dir.join(path.strip_prefix(dir).unwrap_or(path));
        match std::fs::read(path) {
            Ok(bytes) => match String::from_utf8(bytes) {
                Ok(text) => sources.push(Source {
                    rel,
                    display: display.display().to_string(),
                    text,
                }),
                Err(err) => {
                    let valid = err.utf8_error().valid_up_to();
                    let text = String::from_utf8_lossy(err.as_bytes());
                    let file = display.display().to_string();
                    let mut found = Vec::new();
                    crate::diag::Ctx::new(&file, &text, &mut found).error(
                        &(valid..valid),
                        "not valid UTF-8: a rule file must be saved as UTF-8",
                    );
                    diagnostics.extend(found);
                }
            },
            Err(err) => diagnostics.push(Diagnostic {
                file: display.display().to_string(),
                line: 0,
                column: 0,
                message: format!("cannot read rule file: {err}"),
            }),
        }
    }
    Ok(())
}

/// One rule file's text, with its path relative to the rules directory and
/// the path shown in messages.
#[derive(Debug, Clone)]
pub(crate) struct Source {
    /// Path relative to the rules directory, with `/`.
    pub rel: String,
    /// Path shown in messages.
    pub display: String,
    /// The file's text.
    pub text: String,
}

/// Loads a rulebook of one rule file, `text`, shown in messages as `name`
/// (for tests and the fuzz target: the loader without the file system).
pub fn load_str(name: &str, text: &str) -> Result<Rulebook, Diagnostics> {
    let source = Source {
        rel: name.to_owned(),
        display: name.to_owned(),
        text: text.to_owned(),
    };
    compile(&[source], name)
}

/// Validates and compiles in-memory rule files; `dir` names the rules
/// directory in messages.
pub(crate) fn compile(sources: &[Source], dir: &str) -> Result<Rulebook, Diagnostics> {
    let parsed = parse::parse(sources);
    if !parsed.diagnostics.is_empty() {
        return Err(sorted(parsed.diagnostics));
    }
    if parsed.rules.is_empty() {
        return Err(Diagnostics(vec![Diagnostic {
            file: dir.to_string(),
            line: 0,
            column: 0,
            message: "no rules: the rule files define no `[[rule]]` table".to_string(),
        }]));
    }
    let automaton = Automaton::build(&parsed.rules).map_err(|message| {
        Diagnostics(vec![Diagnostic {
            file: dir.to_string(),
            line: 0,
            column: 0,
            message,
        }])
    })?;
    Ok(Rulebook {
        rules: parsed.rules,
        lexicon: parsed.lexicon,
        names: parsed.names,
        speakers: parsed.speakers,
        automaton,
        digest: digest(sources),
    })
}

/// FNV-1a over each rule file's text, each followed by a `0xFF` byte (which
/// UTF-8 text never holds), in load order.
fn digest(sources: &[Source]) -> u64 {
    sources.iter().fold(fnv::OFFSET, |hash, source| {
        fnv::fnv(fnv::fnv(hash, source.text.as_bytes()), &[0xFF])
    })
}

/// Whether the hit at `span` of `quote` names a language, not a people or
/// a state: one adjective of nationality after "in" that no noun follows
/// ("an inscription reading CHILDREN was posted outside in Russian, intended
/// to be seen from the air"), with a mark or the end after it. Only a
/// known adjective of nationality (`provenance::is_demonym`) counts: "made
/// in Iran." names the country.
fn names_language(quote: &str, span: &Range<usize>) -> bool {
    let Some(hit) = quote.get(span.clone()) else {
        return false;
    };
    let adjective = crate::provenance::is_demonym(hit);
    let before = quote.get(..span.start).unwrap_or("").trim_end();
    let after_in = before
        .rsplit(|ch: char| !ch.is_alphanumeric())
        .next()
        .is_some_and(|word| word.eq_ignore_ascii_case("in"));
    let after = quote.get(span.end..).unwrap_or("");
    let next = after.trim_start();
    let no_noun = next.is_empty() || next.starts_with(|ch: char| !ch.is_alphanumeric());
    adjective && after_in && no_noun && !after.starts_with(['\'', '’', '-'])
}

/// The byte range and text of the sentences `found` spans in `text`.
/// What one quote sets aside from a proposition's terms
/// (`Rulebook::not_only_aside`), read once for every rule matching it.
#[derive(Debug)]
struct Aside {
    /// Nouns of people a count of casualties counts (`toll::victims`),
    /// read only for a match with a hit that may end in one.
    victims: Option<Vec<Range<usize>>>,
    /// Phrases about another event (`elsewhere::other_events`).
    elsewhere: Vec<Range<usize>>,
    /// Phrases of dress (`dress::worn`).
    worn: Vec<dress::Worn>,
}

fn quote_of<'t>(
    found: &RuleMatch,
    text: &'t str,
    sentences: &[Sentence],
) -> Option<(Range<usize>, &'t str)> {
    let first = sentences.get(found.sentence as usize)?;
    let last = sentences.get(found.last_sentence as usize)?;
    let range = first.start..last.end;
    Some((range.clone(), text.get(range)?))
}

impl Rulebook {
    /// The rulebook's identity, 16 hex digits: the same for the same rule
    /// files (their texts, in load order) wherever they are, different when a
    /// byte of one changes. A shard records it, so `reconcile` knows the
    /// shards were scanned with the rules it reconciles with.
    pub fn digest(&self) -> String {
        format!("{:016x}", self.digest)
    }

    /// How many `all` terms `rule` has and whether it has `any` terms: what
    /// `RuleMatch::terms` indexes (`provenance::stance::ClaimTerms`).
    pub fn term_counts(&self, rule: RuleId) -> (usize, bool) {
        self.rules.get(rule.index()).map_or((0, false), |rule| {
            (rule.terms.all.len(), !rule.terms.any.is_empty())
        })
    }

    /// The rules' identity and kind, for the reconciler and reports.
    pub fn infos(&self) -> Vec<RuleInfo> {
        self.rules.iter().map(|rule| rule.info.clone()).collect()
    }

    /// Every match of every rule in `text`, sorted by sentence then rule.
    /// Furniture sentences never match. `sentences` must be in text order.
    pub fn find(&self, text: &str, sentences: &[Sentence]) -> Vec<RuleMatch> {
        self.find_with(text, sentences, &mut clause::Cache::default())
    }

    /// `find`, splitting each matched quote into clauses through `clauses`,
    /// so the later reading of the same quote does not split it again.
    pub fn find_with(
        &self,
        text: &str,
        sentences: &[Sentence],
        clauses: &mut clause::Cache,
    ) -> Vec<RuleMatch> {
        let (mut matches, _) = self.automaton.find(&self.rules, text, sentences);
        let mut asides = HashMap::new();
        // Matches come sorted by sentence: the rules with patterns on one
        // sentence share its words.
        let mut words = None;
        matches.retain_mut(|found| {
            self.fill_patterns(found, text, sentences, clauses, &mut words)
                && self.in_one_scope(found, text, sentences, clauses)
                && self.not_only_speaker(found, text, sentences, clauses)
                && self.not_only_aside(found, text, sentences, clauses, &mut asides)
        });
        matches
    }

    /// Whether a match of `all`/`any` terms keeps its terms once an entity
    /// named only as who reports the claim is left out: "Israel has said the
    /// blast was caused by a failed rocket launch" names Israel as speaker,
    /// not as a party, so it is no instance of a rule about what Israel did.
    /// A hit of an entity alias inside a reporting frame (`text::frame`) does
    /// not count; the match stands when every `all` term and one `any` term
    /// keep another hit. So does an alias that names a language ("posted
    /// outside in Russian,", `names_language`). Rules with patterns (their slots place the parties)
    /// and rules about a statement (`origin = "publisher"`: the speaker is
    /// the party) keep every match.
    fn not_only_speaker(
        &self,
        found: &RuleMatch,
        text: &str,
        sentences: &[Sentence],
        clauses: &mut clause::Cache,
    ) -> bool {
        let Some(rule) = self.rules.get(found.rule.index()) else {
            return false;
        };
        let term_of = |idx: u16| rule.terms.positive(usize::from(idx));
        // A rule about what someone said (`origin = "publisher"`) has its
        // speaker as its party.
        if !rule.patterns.is_empty()
            || rule.info.origin == crate::model::OriginPolicy::Publisher
            || found.terms.len() != found.spans.len()
            || !found
                .terms
                .iter()
                .any(|idx| term_of(*idx).is_some_and(|term| !term.entities.is_empty()))
        {
            return true;
        }
        let Some((range, quote)) = quote_of(found, text, sentences) else {
            return false;
        };
        let languages: Vec<&Range<usize>> = found
            .spans
            .iter()
            .filter(|span| names_language(quote, span))
            .collect();
        let speakers = clauses.speakers(range, quote);
        if speakers.is_empty() && languages.is_empty() {
            return true;
        }
        let kept: Vec<u16> = found
            .terms
            .iter()
            .zip(&found.spans)
            .filter(|(idx, span)| {
                let speaking = speakers
                    .iter()
                    .any(|frame| frame.start <= span.start && span.end <= frame.end)
                    || languages.contains(span);
                !(speaking
                    && term_of(**idx).is_some_and(|term| {
                        quote
                            .get((*span).clone())
                            .is_some_and(|hit| term.names_entity(hit))
                    }))
            })
            .map(|(idx, _)| *idx)
            .collect();
        rule.terms
            .satisfied_by(|idx| kept.iter().any(|kept| usize::from(*kept) == idx))
    }

    /// Whether a match of a proposition's `all`/`any` terms keeps its terms
    /// once the hits that are no part of the claim are left out: a hit whose
    /// last word is a noun of people, saying nothing of who they are, that
    /// a toll counts ("seven people were killed in a Russian missile attack"
    /// counts victims; it does not say the attack was on civilians, even
    /// where the rule lists "people" among its words for them;
    /// "45 civilians were killed" keeps its hit, `toll::victims`), and words
    /// inside a phrase about another event
    /// ("he recalled previous attacks by the occupiers on civilian targets",
    /// `elsewhere::other_events`), and words that name only what someone
    /// wore or posed as ("killed by men wearing army uniforms",
    /// `dress::worn`). The match stands when every `all` term
    /// and one `any` term keep another hit ("117 people were injured in the
    /// terrorist attack" keeps "terrorist attack"). Figure rules (which read
    /// tolls and tell other events apart themselves) and rules with patterns
    /// (whose slots place the parties) keep every match. Each quote is read
    /// once for all the rules matching it: `asides` holds its reading by
    /// the quote's byte range.
    fn not_only_aside(
        &self,
        found: &RuleMatch,
        text: &str,
        sentences: &[Sentence],
        clauses: &mut clause::Cache,
        asides: &mut HashMap<(usize, usize), Aside>,
    ) -> bool {
        let Some(rule) = self.rules.get(found.rule.index()) else {
            return false;
        };
        if rule.info.kind.kind().counts_aside_hits()
            || !rule.patterns.is_empty()
            || found.terms.len() != found.spans.len()
        {
            return true;
        }
        let Some((range, quote)) = quote_of(found, text, sentences) else {
            return false;
        };
        let published = clauses.published_year();
        let reading = asides
            .entry((range.start, range.end))
            .or_insert_with(|| Aside {
                victims: None,
                elsewhere: elsewhere::other_events(quote, published),
                worn: dress::worn(quote),
            });
        let may_count = found
            .spans
            .iter()
            .any(|span| quote.get(span.clone()).is_none_or(toll::may_end_in_victim));
        let victims: &[Range<usize>] = if may_count {
            reading
                .victims
                .get_or_insert_with(|| toll::victims(quote, &clauses.values(range, quote)))
        } else {
            &[]
        };
        let aside: Vec<bool> = found
            .spans
            .iter()
            .map(|span| {
                // A hit whose last word is a counted noun of people.
                victims
                    .iter()
                    .any(|noun| span.start <= noun.start && noun.end == span.end)
                    || reading
                        .elsewhere
                        .iter()
                        .any(|other| other.start <= span.start && span.end <= other.end)
                    // A hit in a phrase of dress whose noun the rule did
                    // not match ("men wearing army uniforms").
                    || reading.worn.iter().any(|worn| {
                        worn.phrase.start <= span.start
                            && span.end <= worn.phrase.end
                            && !(worn.noun.start <= span.start && span.end <= worn.noun.end)
                            && !found.spans.iter().any(|other| {
                                other.start < worn.noun.end && worn.noun.start < other.end
                            })
                    })
            })
            .collect();
        if !aside.contains(&true) {
            return true;
        }
        rule.terms.satisfied_by(|idx| {
            found
                .terms
                .iter()
                .zip(&aside)
                .any(|(term, aside)| usize::from(*term) == idx && !aside)
        })
    }

    /// Whether a one-sentence match of a `scope = "clause"` rule holds every
    /// `all` term and one `any` term inside one clause, or across a reporting
    /// frame and what it reports ("Kyiv says Russia blew up the dam"). Other
    /// rules (the default `scope = "sentence"`), rules with a window and
    /// rules with role patterns (which check their own scope) keep every
    /// match.
    fn in_one_scope(
        &self,
        found: &RuleMatch,
        text: &str,
        sentences: &[Sentence],
        clauses: &mut clause::Cache,
    ) -> bool {
        let Some(rule) = self.rules.get(found.rule.index()) else {
            return false;
        };
        if !rule.patterns.is_empty()
            || rule.terms.window > 1
            || rule.terms.scope != MatchScope::Clause
            || found.terms.len() != found.spans.len()
        {
            return true;
        }
        let Some(sentence) = sentences.get(found.sentence as usize) else {
            return false;
        };
        let Some(quote) = text.get(sentence.start..sentence.end) else {
            return false;
        };
        let split = clauses.get(sentence.start..sentence.end, quote);
        if split.clauses.len() < 2 {
            return true;
        }
        let held: Vec<(usize, usize)> = found
            .terms
            .iter()
            .zip(&found.spans)
            .map(|(term, span)| (*term as usize, split.at(span.start)))
            .collect();
        (0..split.clauses.len()).any(|anchor| {
            rule.terms.satisfied_by(|term| {
                held.iter().any(|(held_term, at)| {
                    *held_term == term
                        && (split.governed_by(*at, anchor) || split.governed_by(anchor, *at))
                })
            })
        })
    }

    /// The work `find` does on `text` before role patterns: automaton hits
    /// found, hits read by rule evaluations and `not_inside` shield steps.
    /// Tests hold it linear in the article.
    pub fn find_work(&self, text: &str, sentences: &[Sentence]) -> u64 {
        self.automaton.find(&self.rules, text, sentences).1
    }

    /// For a match of a rule with patterns: whether a pattern fills its
    /// sentences, and then its slots become the match's spans and slots.
    /// A rule without patterns keeps every match as the terms made it.
    fn fill_patterns(
        &self,
        found: &mut RuleMatch,
        text: &str,
        sentences: &[Sentence],
        clauses: &mut clause::Cache,
        words: &mut Option<(Range<usize>, pattern::Words)>,
    ) -> bool {
        let Some(rule) = self.rules.get(found.rule.index()) else {
            return false;
        };
        if rule.patterns.is_empty() {
            return true;
        }
        let Some((range, quote)) = quote_of(found, text, sentences) else {
            return false;
        };
        let split = || {
            (
                clauses.get(range.clone(), quote),
                clauses.speakers(range.clone(), quote),
            )
        };
        let words = match words {
            Some((at, words)) if *at == range => words,
            _ => &mut words.insert((range.clone(), pattern::Words::of(quote))).1,
        };
        match pattern::find(&rule.patterns, words, quote, split) {
            Some(slots) if rule.narrows => {
                found.slots = slots;
                true
            }
            Some(slots) => {
                let mut spans: Vec<Range<usize>> =
                    slots.iter().map(|slot| slot.span.clone()).collect();
                spans.sort_by_key(|span| (span.start, span.end));
                found.spans = spans;
                // The slots' spans are no terms' spans.
                found.terms.clear();
                found.slots = slots;
                true
            }
            None => false,
        }
    }

    /// A bound on the steps of building the rulebook's automata from its
    /// phrases, which tests hold linear in the rules' size.
    pub fn build_work(&self) -> u64 {
        self.automaton.build_work()
    }

    /// Every literal phrase of the rulebook (references and entity aliases
    /// expanded, prefixes without their `*`, both apostrophe spellings),
    /// lowercase, deduplicated and sorted: the patterns of a `rg -i -F -f`
    /// baseline.
    pub fn literals(&self) -> Vec<String> {
        Automaton::literals(&self.rules)
    }

    /// Warnings about rules that load but that the anchor pass cannot
    /// narrow to the sentences holding their required literals, sorted.
    pub fn warnings(&self) -> Vec<String> {
        let mut warnings = self.automaton.anchor_warnings();
        warnings.sort();
        warnings
    }
}

fn collect_toml(
    dir: &Path,
    paths: &mut Vec<PathBuf>,
    diagnostics: &mut Vec<Diagnostic>,
    shown: &str,
    visited: &mut std::collections::BTreeSet<PathBuf>,
) {
    // A directory reached twice (a symlink loop, or a second name for one
    // already read) is read once.
    let canonical = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
    if !visited.insert(canonical) {
        return;
    }
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(err) => {
            diagnostics.push(Diagnostic {
                file: dir.display().to_string(),
                line: 0,
                column: 0,
                message: format!("cannot read rules directory {shown}: {err}"),
            });
            return;
        }
    };
    let mut entries: Vec<_> = entries.flatten().collect();
    entries.sort_by_key(|entry| entry.file_name());
    for entry in entries {
        let path = entry.path();
        let hidden = entry.file_name().to_string_lossy().starts_with('.');
        if hidden {
            continue;
        }
        // Symbolic links to directories are followed; `visited` stops a loop.
        if path.is_dir() {
            collect_toml(&path, paths, diagnostics, shown, visited);
        } else if path.extension().is_some_and(|ext| ext == "toml") {
            if path.is_file() {
                paths.push(path);
            } else {
                // A FIFO or device would block or never end: refuse it rather than read it.
                diagnostics.push(Diagnostic {
                    file: path.display().to_string(),
                    line: 0,
                    column: 0,
                    message: "not a regular file".to_string(),
                });
            }
        }
    }
}

fn sorted(mut diagnostics: Vec<Diagnostic>) -> Diagnostics {
    diagnostics.sort();
    diagnostics.dedup();
    Diagnostics(diagnostics)
}

#[cfg(test)]
mod proptests {
    use super::tests_support::*;
    use super::{compile, Source};
    use proptest::prelude::*;

    /// The sentence a rulebook made of random rule text is run on.
    const SAMPLE: &str = "China sent 70% of the drones to Russia; Beijing denied it.";

    /// Compiles `rules` (loading reports problems, never panics; rules that
    /// `must_load` do load) and, when they compile, finds in `text` split
    /// into sentences at the char boundaries nearest `cuts`: every span of
    /// every match lies on char boundaries of `text`.
    fn check(
        rules: &str,
        must_load: bool,
        text: &str,
        cuts: &[usize],
    ) -> Result<(), TestCaseError> {
        let source = Source {
            rel: "p.toml".to_string(),
            display: "p.toml".to_string(),
            text: rules.to_string(),
        };
        let rulebook = match compile(&[source], "rules") {
            Ok(rulebook) => rulebook,
            Err(problems) => {
                prop_assert!(!must_load, "{problems:?}");
                return Ok(());
            }
        };
        for (base, span) in find_with_cuts(&rulebook, text, cuts) {
            prop_assert!(
                text.get(base + span.start..base + span.end).is_some(),
                "span {span:?} of the sentence at {base} in {text:?}"
            );
        }
        Ok(())
    }

    proptest! {
        #[test]
        fn load_never_panics_on_rule_like_text(
            pieces in proptest::collection::vec(
                prop_oneof![
                    Just("[[rule]]\n"), Just("id = \"x\"\n"), Just("kind = \"figure\"\n"),
                    Just("claim = \"c\"\n"), Just("all = [\"@china\", [\"a*\"]]\n"),
                    Just("value = \"percent\"\n"), Just("tolerance = { relative = 2 }\n"),
                    Just("[entity.china]\naliases = [\"China\"]\n"), Just("[[rule.example]]\n"),
                    Just("text = \"China\"\n"), Just("min = 5\nmax = 1\n"), Just("= ["),
                    Just("é"), Just("\n"), Just("window = 99\n"), Just("any = [\"re:(\"]\n"),
                ],
                0..30,
            ),
        ) {
            check(&pieces.concat(), false, SAMPLE, &[])?;
        }

        #[test]
        fn find_never_panics_and_spans_stay_on_char_boundaries(
            pieces in proptest::collection::vec(
                prop_oneof![
                    Just("China"), Just("Beijing"), Just("drones"), Just("Moscow"), Just(" "),
                    Just("’s"), Just("é"), Just("denied"), Just(". "), Just("\n"), Just("S-400"),
                    Just("supplying"), Just("South China Sea"), Just("x"), Just("\""),
                    Just("“"), Just("’"), Just("'"), Just("\u{a0}"), Just("\r\n"), Just("  "),
                    Just("\t"),
                ],
                0..40,
            ),
            cuts in proptest::collection::vec(0usize..400, 0..8),
        ) {
            check(CUT_RULES, true, &pieces.concat(), &cuts)?;
        }
    }
}

#[cfg(test)]
pub(crate) mod tests_support {
    use super::*;
    use crate::model::SentenceKind;

    /// The lexicon, phrases and entities the rulebook tests share.
    pub(crate) const LEXICON: &str = r#"
[lexicon]
denial = ["deny", "denies", "denied", "rejected"]
negation = ["not", "never"]

[phrases]
military-aid = ["military aid", "weapon*", "arms", "drone*"]

[entity.china]
aliases = ["China", "Beijing", "Chinese", "China's foreign ministry"]

[entity.russia]
aliases = ["Russia", "Moscow", "Russian"]
"#;

    /// A proposition rule the rulebook tests share.
    pub(crate) const AID: &str = r#"
[[rule]]
id = "aid"
kind = "proposition"
claim = "China supplies military aid to Russia"
all = ["@china", "@military-aid", "@russia"]
deny = ["@denial", "will not send"]
"#;

    /// The rules the property tests run on text cut at random.
    pub(crate) const CUT_RULES: &str = r#"
[lexicon]
denial = ["denied"]

[entity.china]
aliases = ["China", "Beijing", "China's"]

[[rule]]
id = "a"
kind = "proposition"
claim = "c"
all = ["@china", "drone*"]
not_inside = ["South China Sea"]
deny = ["@denial"]

[[rule]]
id = "b"
kind = "proposition"
claim = "c"
all = ["re:S-?400", "Moscow"]
window = 3

[[rule]]
id = "c"
kind = "proposition"
claim = "c"
any = ["re:é+", "suppl*"]
"#;

    /// Splits `text` into sentences at the char boundaries nearest `cuts`,
    /// runs `rulebook`, and returns (sentence start, span) for every span of
    /// every match.
    pub fn find_with_cuts(
        rulebook: &Rulebook,
        text: &str,
        cuts: &[usize],
    ) -> Vec<(usize, Range<usize>)> {
        let mut bounds: Vec<usize> = cuts
            .iter()
            .map(|cut| {
                (0..=(*cut).min(text.len()))
                    .rev()
                    .find(|at| text.is_char_boundary(*at))
                    .unwrap_or(0)
            })
            .chain([0, text.len()])
            .collect();
        bounds.sort_unstable();
        bounds.dedup();
        let sentences: Vec<Sentence> = bounds
            .windows(2)
            .map(|pair| Sentence {
                start: pair[0],
                end: pair[1],
                line: 1,
                line_start: 0,
                kind: SentenceKind::Body,
                repeat_of: None,
            })
            .collect();
        rulebook
            .find(text, &sentences)
            .into_iter()
            .flat_map(|found| {
                let base = sentences[found.sentence as usize].start;
                found
                    .spans
                    .into_iter()
                    .chain(found.deny)
                    .map(move |span| (base, span))
            })
            .collect()
    }
}
