//! Role patterns: who does what to whom, as ordered slots with bounded gaps.
//!
//! Matches: `{agent:@china} ... {act:supply} ... {recipient:@russia}` in
//!          "Chinese firms supplied drones to Russia" and, in the passive,
//!          "Russia was supplied with drones by China"
//! Ignores: "Russia supplied drones to China"   (the roles are the other way round)
//!
//! A pattern is a sequence of slots (`{role:term}`), literal words and gaps
//! (`...` or `…`, at most 8 words; `...N` at most N). Adjacent elements must
//! be adjacent words. A slot's term is a reference (`@china`), a phrase or
//! alternatives separated by `|` (`sell|supply*`); regexes cannot fill a
//! slot. Words are compared by their stem (Snowball English, plus a table of
//! irregular forms), so `supply` matches supplies/supplied/supplying and
//! `howitzer` matches howitzers; a prefix (`suppl*`) matches as written.
//! A pattern with an `agent` and an `act` slot also matches in the passive:
//! its slots without the agent, then "by" and the agent ("drones were
//! supplied to Russia by China"), and, with a `recipient` or `theme` after
//! the act, that slot first ("Russia was supplied with drones by China",
//! "advanced fighters were sold to China by Russia"). All slots of one match
//! lie in one clause, or in a reporting frame and what it reports
//! (`text::clause`). The cost is one tokenisation of the candidate sentence,
//! shared by every rule whose patterns search it (`Words`; each distinct
//! word stemmed once per thread, `Stems`), one look-up per word in the
//! rule's index of its slots' first words (`Patterns::admitted`), a bounded
//! search from each word where some form's first slot may start, comparing
//! stems by hash, and a split into clauses only for a sentence that some form
//! fills.

use std::cell::RefCell;
use std::collections::HashMap;
use std::num::NonZeroUsize;
use std::ops::Range;
use std::rc::Rc;
use std::sync::Arc;

use crate::rulebook::term::{Literal, Term};
use crate::text::fnv::{fnv, OFFSET};
use crate::text::stem::{stem, IRREGULAR};
use crate::text::{clause, saying};

/// The longest gap `...` allows, in words.
pub(crate) const DEFAULT_GAP: usize = 8;

/// The longest explicit gap, in words.
const MAX_GAP: usize = 40;

/// A stem with its hash, compared hash first: a search compares a word's
/// stem with many others, nearly all different.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Stem {
    hash: u64,
    text: String,
}

impl Stem {
    fn of(word: &str) -> Stem {
        let text = stem(word);
        Stem {
            hash: fnv(OFFSET, text.as_bytes()),
            text,
        }
    }
}

/// A word of the searched text as a search reads it.
#[derive(Debug)]
struct Stemmed {
    lower: String,
    stem: Stem,
}

/// The words a thread has stemmed, by their spelling: stemming is most of
/// the cost of tokenising a candidate sentence, and articles repeat their
/// words. Forgotten once it holds `MAX_STEMS` words.
#[derive(Default)]
struct Stems {
    seen: HashMap<String, Rc<Stemmed>, foldhash::fast::RandomState>,
}

const MAX_STEMS: usize = 100_000;

thread_local! {
    static STEMS: RefCell<Stems> = RefCell::new(Stems::default());
}

impl Stems {
    fn get(&mut self, word: &str) -> Rc<Stemmed> {
        if let Some(known) = self.seen.get(word) {
            return known.clone();
        }
        if self.seen.len() >= MAX_STEMS {
            self.seen.clear();
        }
        let stemmed = Rc::new(Stemmed {
            lower: word.to_lowercase(),
            stem: Stem::of(word),
        });
        self.seen.insert(word.to_string(), stemmed.clone());
        stemmed
    }
}

/// One word of a phrase in a slot.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Word {
    /// Any form with this stem.
    Stem(Stem),
    /// A form with this stem that keeps the "-er" Snowball cut off, which
    /// it starts with (lower case): "occupiers" and "invader" name who
    /// does it and fill no slot at "occupied" or "invaded", while
    /// "deliver" still fills one at "delivered".
    Kept(Stem, String),
    /// Any word starting with this (lower case), from `suppl*`.
    Prefix(String),
}

/// A phrase as words.
type Phrase = Vec<Word>;

/// The first words of a slot's phrases: a word no phrase starts with starts
/// no fill, which most words of a candidate sentence are.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Starts {
    /// Hashes of the first words that are stems, sorted.
    stems: Vec<u64>,
    /// First words that are prefixes.
    prefixes: Vec<String>,
}

impl Starts {
    fn of(phrases: &[Phrase]) -> Starts {
        let mut starts = Starts {
            stems: Vec::new(),
            prefixes: Vec::new(),
        };
        for word in phrases.iter().filter_map(|phrase| phrase.first()) {
            match word {
                Word::Stem(stem) | Word::Kept(stem, _) => starts.stems.push(stem.hash),
                Word::Prefix(prefix) => starts.prefixes.push(prefix.clone()),
            }
        }
        starts.stems.sort_unstable();
        starts.stems.dedup();
        starts.prefixes.sort();
        starts.prefixes.dedup();
        starts
    }

    /// Whether some phrase may start with `word` (its hash may collide:
    /// the phrase itself decides). `Patterns::admitted` answers the same
    /// for every slot of a rule at once; this is its tests' reference.
    #[cfg(test)]
    fn admits(&self, word: &Stemmed) -> bool {
        self.stems.binary_search(&word.stem.hash).is_ok()
            || self
                .prefixes
                .iter()
                .any(|prefix| word.lower.starts_with(prefix.as_str()))
    }
}

/// One element of a pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Element {
    /// A named slot, the phrases that fill it and the words they start with.
    Slot {
        role: String,
        phrases: Vec<Phrase>,
        starts: Starts,
        /// The slot's first words among its rule's (`Patterns`): the bit
        /// of `Admitted` that says a phrase may start at a word.
        id: usize,
    },
    /// A literal word, by stem.
    Word(Stem),
    /// Up to this many words.
    Gap(usize),
    /// A determiner or none: what may stand between a passive's "by" and
    /// its agent ("shelled again by the Kiev regime's militants").
    Determiner,
    /// Up to this many words, none after a comma, semicolon, colon, dash or
    /// bracket: what joins a passive's fronted slot to its verb ("the attack,
    /// a claim denied by Kyiv" holds no passive of "Kyiv denied the attack").
    Tight(usize),
    /// Nothing, where the next word is a noun's head rather than a verb's:
    /// no comma, auxiliary or "-ed" form ("a direct hit by a Russian
    /// missile", not "Kyiv was hit by …" nor "the city, attacked by …").
    Nominal,
}

/// A compiled pattern: the form as written and its derived forms.
#[derive(Debug, Clone)]
pub(crate) struct Pattern {
    /// The form as written first, then the passive forms.
    forms: Vec<Vec<Element>>,
    /// Each slot's literal alternatives, in written order (for anchors).
    slot_literals: Vec<Vec<Literal>>,
}

/// A rule's patterns, with the first words of all their slots in one
/// index: each word of a candidate sentence is looked up once per rule
/// (`admitted`), instead of once per slot, form and start a search tries.
#[derive(Debug, Clone)]
pub(crate) struct Patterns {
    list: Vec<Pattern>,
    /// `Admitted` words per sentence word: one bit per distinct `Starts`,
    /// never none (`Patterns::new` is the only way to make one).
    stride: NonZeroUsize,
    /// The stem hashes that start some slot's phrase, with the slot's
    /// `id`, sorted.
    stems: Vec<(u64, usize)>,
    /// The prefixes that start some slot's phrase (never empty), with the
    /// slot's `id`, sorted.
    prefixes: Vec<(String, usize)>,
}

impl Patterns {
    /// The patterns of one rule; equal `Starts` share an `id`.
    pub(crate) fn new(mut list: Vec<Pattern>) -> Patterns {
        let mut distinct: Vec<Starts> = Vec::new();
        for element in list
            .iter_mut()
            .flat_map(|pattern| pattern.forms.iter_mut().flatten())
        {
            if let Element::Slot { starts, id, .. } = element {
                *id = match distinct.iter().position(|known| known == starts) {
                    Some(known) => known,
                    None => {
                        distinct.push(starts.clone());
                        distinct.len() - 1
                    }
                };
            }
        }
        let mut stems = Vec::new();
        let mut prefixes = Vec::new();
        for (id, starts) in distinct.iter().enumerate() {
            stems.extend(starts.stems.iter().map(|hash| (*hash, id)));
            prefixes.extend(
                starts
                    .prefixes
                    .iter()
                    .filter(|prefix| !prefix.is_empty())
                    .map(|prefix| (prefix.clone(), id)),
            );
        }
        stems.sort_unstable();
        prefixes.sort();
        Patterns {
            list,
            stride: NonZeroUsize::new(distinct.len().div_ceil(64)).unwrap_or(NonZeroUsize::MIN),
            stems,
            prefixes,
        }
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    pub(crate) fn iter(&self) -> std::slice::Iter<'_, Pattern> {
        self.list.iter()
    }

    /// Which slots' phrases may start at each of `tokens` (`Starts::admits`
    /// for every slot): a binary search of the word's stem hash and the
    /// prefixes that share its first byte.
    fn admitted(&self, tokens: &[Token]) -> Admitted {
        let stride = self.stride;
        let mut bits = vec![0u64; tokens.len() * stride.get()];
        for (row, token) in bits.chunks_exact_mut(stride.get()).zip(tokens) {
            let mut set = |id: usize| {
                if let Some(word) = row.get_mut(id / 64) {
                    *word |= 1 << (id % 64);
                }
            };
            let hash = token.word.stem.hash;
            let from = self.stems.partition_point(|(known, _)| *known < hash);
            for (_, id) in self
                .stems
                .iter()
                .skip(from)
                .take_while(|(known, _)| *known == hash)
            {
                set(*id);
            }
            let lower = token.word.lower.as_bytes();
            let Some(first) = lower.first() else {
                continue;
            };
            let from = self
                .prefixes
                .partition_point(|(prefix, _)| prefix.as_bytes().first() < Some(first));
            for (prefix, id) in self
                .prefixes
                .iter()
                .skip(from)
                .take_while(|(prefix, _)| prefix.as_bytes().first() == Some(first))
            {
                if lower.starts_with(prefix.as_bytes()) {
                    set(*id);
                }
            }
        }
        Admitted { stride, bits }
    }
}

/// Per word of a sentence, the slots of a rule whose phrases may start
/// there: `stride` words of bits per sentence word, bit `id` of a slot.
struct Admitted {
    stride: NonZeroUsize,
    bits: Vec<u64>,
}

impl Admitted {
    /// Whether a phrase of slot `id` may start at word `at`.
    fn at(&self, at: usize, id: usize) -> bool {
        self.bits
            .get(at * self.stride.get() + id / 64)
            .is_some_and(|word| word & (1 << (id % 64)) != 0)
    }

    /// Whether a phrase of slot `id` may start at some word.
    fn anywhere(&self, id: usize) -> bool {
        self.bits
            .iter()
            .skip(id / 64)
            .step_by(self.stride.get())
            .any(|word| word & (1 << (id % 64)) != 0)
    }
}

/// A slot a match filled: its role and byte span in the text searched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SlotMatch {
    /// The slot's role as the pattern names it ("agent").
    pub role: String,
    /// Byte span of the words that filled it.
    pub span: Range<usize>,
}

/// What a slot's term text resolves to: the alternatives of a reference,
/// or an error message.
pub(crate) type Resolve<'r> = dyn FnMut(&str) -> Result<Term, String> + 'r;

/// Compiles `source`; `Err((offset, message))` points at the byte of
/// `source` where the problem is.
pub(crate) fn compile(source: &str, resolve: &mut Resolve<'_>) -> Result<Pattern, (usize, String)> {
    let mut elements = Vec::new();
    let mut slot_literals = Vec::new();
    let mut rest = source;
    let offset = |rest: &str| source.len() - rest.len();
    loop {
        rest = rest.trim_start();
        if rest.is_empty() {
            break;
        }
        let at = offset(rest);
        if let Some(after) = rest.strip_prefix('{') {
            let Some(close) = after.find('}') else {
                return Err((
                    at,
                    "unclosed `{` in pattern: a slot is `{role:term}`".to_string(),
                ));
            };
            let body = &after[..close];
            let Some((role, term)) = body.split_once(':') else {
                return Err((
                    at,
                    format!("slot `{{{body}}}` needs a role and a term: `{{role:term}}`"),
                ));
            };
            let role = role.trim();
            let valid_role = role.starts_with(|ch: char| ch.is_ascii_lowercase())
                && role
                    .chars()
                    .all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || ch == '_');
            if !valid_role {
                return Err((
                    at + 1,
                    format!("slot role `{role}` must be a lower-case name (a-z, 0-9, `_`)"),
                ));
            }
            let term = term.trim();
            if term.is_empty() {
                return Err((at, format!("slot `{role}` has no term")));
            }
            let mut phrases = Vec::new();
            let mut literals = Vec::new();
            for alternative in term.split('|') {
                let resolved = resolve(alternative.trim())
                    .map_err(|message| (at + 1 + role.len() + 1, message))?;
                if !resolved.regexes.is_empty() {
                    return Err((
                        at + 1,
                        format!("slot `{role}`: a regex cannot fill a pattern slot"),
                    ));
                }
                phrases.extend(resolved.literals.iter().filter_map(phrase));
                literals.extend(resolved.literals);
            }
            if phrases.is_empty() {
                return Err((at, format!("slot `{role}` has no words to match")));
            }
            if elements.iter().any(
                |element| matches!(element, Element::Slot { role: other, .. } if other == role),
            ) {
                return Err((at + 1, format!("slot role `{role}` is given twice")));
            }
            elements.push(Element::Slot {
                role: role.to_string(),
                starts: Starts::of(&phrases),
                phrases,
                id: 0,
            });
            slot_literals.push(literals);
            rest = &after[close + 1..];
        } else if let Some(after) = rest.strip_prefix("...").or_else(|| rest.strip_prefix('…')) {
            let digits: String = after.chars().take_while(char::is_ascii_digit).collect();
            let max = if digits.is_empty() {
                DEFAULT_GAP
            } else {
                match digits.parse::<usize>() {
                    Ok(n) if n <= MAX_GAP => n,
                    _ => {
                        return Err((
                            at,
                            format!("a gap is at most {MAX_GAP} words, found `...{digits}`"),
                        ))
                    }
                }
            };
            if matches!(elements.last(), None | Some(Element::Gap(_))) {
                return Err((at, "a gap must follow a slot or a word".to_string()));
            }
            elements.push(Element::Gap(max));
            rest = &after[digits.len()..];
        } else {
            let end = rest
                .find(|ch: char| ch.is_whitespace() || ch == '{' || ch == '…' || ch == '.')
                .unwrap_or(rest.len())
                .max(rest.chars().next().map_or(1, char::len_utf8));
            let word = &rest[..end];
            if !word.chars().all(|ch| ch.is_alphanumeric()) {
                return Err((
                    at,
                    format!(
                        "`{word}` in a pattern: write words, `{{role:term}}` slots and `...` gaps"
                    ),
                ));
            }
            elements.push(Element::Word(Stem::of(word)));
            rest = &rest[end..];
        }
    }
    if matches!(elements.last(), Some(Element::Gap(_))) {
        return Err((source.len(), "a pattern cannot end with a gap".to_string()));
    }
    if !elements
        .iter()
        .any(|element| matches!(element, Element::Slot { .. }))
    {
        return Err((
            0,
            "a pattern needs at least one `{role:term}` slot".to_string(),
        ));
    }
    let mut forms = vec![elements.clone()];
    forms.extend(passives(&elements));
    Ok(Pattern {
        forms,
        slot_literals,
    })
}

/// A literal as the words of a phrase (none for an empty one).
fn phrase(literal: &Literal) -> Option<Phrase> {
    let words: Vec<&str> = words_of(&literal.text).map(|(_, word)| word).collect();
    let n_words = words.len();
    let phrase: Phrase = words
        .into_iter()
        .enumerate()
        .map(|(idx, word)| {
            if literal.prefix && idx + 1 == n_words {
                return Word::Prefix(word.to_lowercase());
            }
            let stem = Stem::of(word);
            let lower = word.to_lowercase();
            let cut = lower.strip_suffix('s').unwrap_or(&lower);
            match cut.strip_suffix("er") {
                Some(base) if stem.text.len() <= base.len() && lower.len() > 5 => {
                    Word::Kept(stem, cut.to_string())
                }
                _ => Word::Stem(stem),
            }
        })
        .collect();
    (!phrase.is_empty()).then_some(phrase)
}

/// How many more words a relative clause may add to a passive's fronted
/// gap.
const RELATIVE_WORDS: usize = 12;

/// Whether `word` (lowercase) is a count that may stand before a passive's
/// agent: digits or a number word ("two", "dozens").
fn is_count(word: &str) -> bool {
    (!word.is_empty() && word.bytes().all(|byte| byte.is_ascii_digit()))
        || crate::values::words::number_word(word).is_some()
        || crate::values::words::vague_plural(word).is_some()
}

/// The passive forms of a pattern with `agent` and `act` slots: the other
/// slots in order then "by" and the agent; with a `recipient` (or `theme`)
/// after the act, also that slot, the act, the rest, "by" and the agent;
/// and the act blamed on its agent ("blamed the attack on the plant on
/// Russian forces").
fn passives(elements: &[Element]) -> Vec<Vec<Element>> {
    let slots: Vec<&Element> = elements
        .iter()
        .filter(|element| matches!(element, Element::Slot { .. }))
        .collect();
    let role_of = |element: &Element| match element {
        Element::Slot { role, .. } => role.clone(),
        _ => String::new(),
    };
    let find = |role: &str| slots.iter().position(|slot| role_of(slot) == role);
    let (Some(agent), Some(act)) = (find("agent"), find("act")) else {
        return Vec::new();
    };
    if agent > act {
        return Vec::new();
    }
    // As wide as the widest gap the pattern writes: a pattern that lets
    // twelve words part its agent from its act lets them part its act and
    // the "by" phrase too.
    let gap = elements
        .iter()
        .filter_map(|element| match element {
            Element::Gap(max) => Some(*max),
            _ => None,
        })
        .fold(DEFAULT_GAP, usize::max);
    let joined = |order: Vec<&Element>, fronted: bool| {
        let mut form = Vec::new();
        for element in order {
            match form.len() {
                0 => {}
                1 if fronted => form.push(Element::Tight(DEFAULT_GAP)),
                _ => form.push(Element::Gap(gap)),
            }
            form.push(element.clone());
        }
        form
    };
    let by_agent = |mut form: Vec<Element>| {
        form.push(Element::Gap(gap));
        form.push(Element::Word(Stem::of("by")));
        form.push(Element::Determiner);
        form.push(slots[agent].clone());
        form
    };
    let others: Vec<&Element> = slots
        .iter()
        .enumerate()
        .filter(|(idx, _)| *idx != agent)
        .map(|(_, slot)| *slot)
        .collect();
    let mut forms = vec![by_agent(joined(others, false))];
    for subject in ["recipient", "theme"] {
        let Some(subject) = find(subject).filter(|subject| *subject > act) else {
            continue;
        };
        let mut order = vec![slots[subject], slots[act]];
        order.extend(
            slots
                .iter()
                .enumerate()
                .filter(|(idx, _)| ![agent, act, subject].contains(idx))
                .map(|(_, slot)| *slot),
        );
        forms.push(by_agent(joined(order, true)));
    }
    // "a direct hit by a Russian missile on the hospital", "the shipment
    // by China of drones to Russia": the act as a noun, "by" and the agent
    // right after it, then the other slots, all after the act as written.
    if act == agent + 1 && slots.len() > 2 {
        let mut form = vec![
            Element::Nominal,
            slots[act].clone(),
            Element::Word(Stem::of("by")),
            Element::Determiner,
            slots[agent].clone(),
        ];
        for slot in slots.iter().skip(act + 1) {
            form.push(Element::Tight(DEFAULT_GAP));
            form.push((*slot).clone());
        }
        forms.push(form);
    }
    // "Kyiv blamed the attack on the plant on Russian forces": what is
    // blamed, then "on" and who did it. Only when every other slot follows
    // the act, as the blamed noun phrase holds them.
    if (0..slots.len()).all(|idx| idx == agent || idx >= act) {
        let mut form = vec![Element::Word(Stem::of("blame")), Element::Gap(3)];
        for slot in slots.iter().skip(act) {
            if form.len() > 2 {
                form.push(Element::Gap(gap));
            }
            form.push((*slot).clone());
        }
        form.push(Element::Tight(gap));
        form.push(Element::Word(Stem::of("on")));
        form.push(Element::Determiner);
        form.push(slots[agent].clone());
        forms.push(form);
    }
    forms
}

/// The words of `text` with their byte starts: runs of letters and digits.
/// ASCII is classified byte by byte; other characters are decoded.
fn words_of(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let bytes = text.as_bytes();
    let mut start = None;
    // About one word in six bytes of news text: grown once at most.
    let mut out = Vec::with_capacity(text.len() / 6 + 1);
    let mut at = 0;
    while let Some(&byte) = bytes.get(at) {
        let (word, width) = if byte.is_ascii() {
            (byte.is_ascii_alphanumeric(), 1)
        } else {
            let ch = text.get(at..).and_then(|rest| rest.chars().next());
            (
                ch.is_some_and(char::is_alphanumeric),
                ch.map_or(1, char::len_utf8),
            )
        };
        match (word, start) {
            (true, None) => start = Some(at),
            (false, Some(from)) => {
                out.push((from, &text[from..at]));
                start = None;
            }
            _ => {}
        }
        at += width;
    }
    if let Some(from) = start {
        out.push((from, &text[from..]));
    }
    out.into_iter()
}

/// A word of the searched text.
struct Token {
    span: Range<usize>,
    word: Rc<Stemmed>,
    /// Whether a comma, semicolon, colon, dash or bracket stands between
    /// this word and the one before.
    marked: bool,
    /// The clause the word is in (0 until the sentence is split).
    clause: usize,
}

/// The words of a candidate sentence as patterns read them: tokenised and
/// stemmed once, however many rules' patterns search the sentence.
pub(crate) struct Words {
    tokens: Vec<Token>,
    /// Whether a search set the tokens' clauses.
    split: bool,
}

impl Words {
    /// The words of `text`.
    pub(crate) fn of(text: &str) -> Words {
        let tokens = STEMS.with(|stems| {
            let mut stems = stems.borrow_mut();
            let mut last_end = 0;
            words_of(text)
                .map(|(start, word)| {
                    let marked = text.get(last_end..start).is_some_and(|between| {
                        between.contains([',', ';', ':', '—', '–', '(', ')'])
                    });
                    last_end = start + word.len();
                    Token {
                        span: start..start + word.len(),
                        word: stems.get(word),
                        marked,
                        clause: 0,
                    }
                })
                .collect()
        });
        Words {
            tokens,
            split: false,
        }
    }
}

/// The first match of any of `patterns` in `text` (whose words are
/// `words`): the slots it filled, in pattern order. Forms are tried in
/// order (as written, then passive), each from the leftmost word on.
/// `clauses` splits `text` into its clauses and finds its reporting frames
/// (`text::frame::speakers`); it is called only when some form fills the
/// words with every slot taken to be in one clause (a search that finds a
/// superset of the real one), which most candidate sentences do not.
pub(crate) fn find(
    patterns: &Patterns,
    words: &mut Words,
    text: &str,
    clauses: impl FnOnce() -> (Arc<clause::Clauses>, Arc<[Range<usize>]>),
) -> Option<Vec<SlotMatch>> {
    let tokens = &mut words.tokens;
    if words.split {
        for token in tokens.iter_mut() {
            token.clause = 0;
        }
        words.split = false;
    }
    let admitted = patterns.admitted(tokens);
    // A pattern whose slots do not all start at some word of the text fills
    // none of its forms (a slot at a reciprocal is filled by a conjunct
    // before it, which starts at some word too).
    let present: Vec<&Pattern> = patterns
        .iter()
        .filter(|pattern| {
            pattern.forms.first().is_some_and(|form| {
                form.iter().all(|element| match element {
                    Element::Slot { id, .. } => admitted.anywhere(*id),
                    _ => true,
                })
            })
        })
        .collect();
    let forms = || present.iter().flat_map(|pattern| &pattern.forms);
    let mut slots = Vec::new();
    let unscoped = forms().any(|form| {
        (0..tokens.len()).any(|start| {
            slots.clear();
            may_start(form, tokens, &admitted, start)
                && search(form, tokens, &admitted, start, &mut slots)
        })
    });
    if !unscoped {
        return None;
    }
    let (clauses, speakers) = clauses();
    for token in tokens.iter_mut() {
        token.clause = clauses.at(token.span.start);
    }
    words.split = true;
    let tokens = &words.tokens;
    for form in forms() {
        for start in 0..tokens.len() {
            let mut slots = Vec::new();
            if may_start(form, tokens, &admitted, start)
                && search(form, tokens, &admitted, start, &mut slots)
            {
                let anchor = slots
                    .first()
                    .map_or(0, |slot: &(String, Range<usize>, usize)| slot.2);
                let one_scope = slots
                    .iter()
                    .all(|(_, _, clause)| same_scope(text, &clauses, *clause, anchor))
                    || relative_scope(text, &clauses, &slots);
                if one_scope
                    && !speaks_for(&slots, &speakers)
                    && !displaced_agent(text, &slots, tokens, &clauses)
                    && !purpose_theme(text, &slots, tokens)
                {
                    return Some(
                        slots
                            .into_iter()
                            .map(|(role, span, _)| SlotMatch { role, span })
                            .collect(),
                    );
                }
            }
        }
    }
    None
}

/// Whether a slot is filled by who reports the claim while another slot
/// lies in what they report: in "Russia's defence ministry said Ukraine
/// struck the prison" Russia speaks (`text::frame`) and takes no part in the
/// strike. A frame whose verb is itself the act ("Kyiv blamed Moscow for
/// the blast", one clause) keeps its subject as a party.
fn speaks_for(slots: &[(String, Range<usize>, usize)], speakers: &[Range<usize>]) -> bool {
    slots.iter().any(|(_, span, clause)| {
        speakers
            .iter()
            .any(|frame| frame.start <= span.start && span.end <= frame.end)
            && slots.iter().any(|(_, _, other)| other != clause)
    })
}

/// Verbs whose object, not their subject, is the agent of the act they
/// charge ("Russia accused Ukraine of shelling the plant", "blamed Kyiv for
/// the attack", "condemned Moscow for striking"), besides the verbs of
/// accusing in `text::saying`.
const CHARGES: &[&str] = &[
    "charge",
    "charged",
    "charges",
    "charging",
    "condemn",
    "condemned",
    "condemning",
    "condemns",
    "criticised",
    "criticises",
    "criticized",
    "criticizes",
    "denounced",
    "denounces",
    "faulted",
    "suspect",
    "suspected",
    "suspects",
];

/// Nouns of trying and intending whose "of"/"by" phrase is the subject of
/// the "to" infinitive after it ("the attempt of the Armed Forces of Ukraine
/// to attack the plant", "a plan by Kyiv to strike").
const ATTEMPTS: &[&str] = &[
    "attempt",
    "attempts",
    "bid",
    "bids",
    "decision",
    "effort",
    "efforts",
    "intention",
    "intentions",
    "plan",
    "plans",
    "plot",
    "plots",
];

/// Nouns of saying whose "about"/"of"/"that" phrase is what is said: their
/// holder or subject speaks about the act and does not do it ("the Russian
/// forces' statements about alleged shelling of Enerhodar").
const STATEMENTS: &[&str] = &[
    "accusation",
    "accusations",
    "allegation",
    "allegations",
    "assertion",
    "assertions",
    "claim",
    "claims",
    "report",
    "reports",
    "rumor",
    "rumors",
    "rumour",
    "rumours",
    "statement",
    "statements",
    "stories",
    "story",
    "version",
];

/// How many words after a passive act its "by" phrase may stand ("was
/// supplied with attack drones and spare parts by China").
const BY_REACH: usize = 8;

/// Whether "by" before `next` and `then` opens a passive's agent, a noun
/// phrase of who does the act ("by China", "by the Kyiv regime's
/// militants"), not a phrase of means, time or measure ("supplied to Russia
/// by rail", "by the end of the year", "by Monday", "by 2024", "by 40
/// percent", "by far"), which names no other doer.
fn opens_agent(next: &str, then: &str) -> bool {
    let time_noun = |word: &str| BY_TIMES.contains(&word);
    let means = BY_MEANS.contains(&next)
        || time_noun(next)
        || by_measure(next, then)
        || (["the", "this", "that", "next", "early", "late", "mid"].contains(&next)
            && (BY_TIME_PHRASES.contains(&then) || time_noun(then)));
    !next.is_empty() && !means
}

/// Whether a number after "by" is a year or a measure ("by 2024", "by 40
/// percent", "by 12%"), not a count of doers ("attacked by 300 fighters").
fn by_measure(next: &str, then: &str) -> bool {
    if !next.starts_with(|ch: char| ch.is_ascii_digit()) {
        return false;
    }
    let year = next.len() == 4
        && next.bytes().all(|byte| byte.is_ascii_digit())
        && (next.starts_with("19") || next.starts_with("20"));
    year || next.ends_with('%') || BY_UNITS.contains(&then)
}

/// Units after a number of "by" that make it a measure.
#[rustfmt::skip]
const BY_UNITS: &[&str] = &[
    "percent", "per", "%", "points", "point", "times", "km", "kilometres", "kilometers", "metres",
    "meters", "miles", "degrees", "votes", "seats",
];

/// Bare nouns after "by" that say how, not who: "by rail", "by force".
#[rustfmt::skip]
const BY_MEANS: &[&str] = &[
    "rail", "road", "sea", "air", "land", "truck", "lorry", "ship", "boat", "plane", "train",
    "car", "bus", "helicopter", "hand", "force", "mistake", "accident", "chance", "far", "way",
    "means", "phone", "email", "post", "mail", "ferry", "convoy", "foot", "design", "default",
];

/// Words of time after "by": "by then", "by dawn", "by Monday".
#[rustfmt::skip]
const BY_TIMES: &[&str] = &[
    "then", "now", "dawn", "nightfall", "noon", "midday", "midnight", "evening", "morning",
    "night", "afternoon", "tomorrow", "tonight", "yesterday", "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday", "year-end", "mid-year", "january", "february",
    "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december",
];

/// Nouns of a time that "by the" or "by next" opens: "by the end of the year".
#[rustfmt::skip]
const BY_TIME_PHRASES: &[&str] = &[
    "end", "time", "start", "beginning", "middle", "close", "weekend", "week", "month", "year",
    "spring", "summer", "autumn", "fall", "winter", "morning", "evening", "afternoon", "night",
    "deadline", "turn",
];

/// Whether the agent a fill found before its act is not who does the act,
/// by the grammar of the words between them: the subject of a verb of
/// accusing, whose object is the accused ("Russia accused Ukraine of twice
/// shelling the plant": Ukraine shelled; "Ukraine and Russia blamed each
/// other for the attack" keeps each); a word before a noun of trying whose
/// "of" phrase does the infinitive ("Russian forces thwarted the attempt of
/// the Armed Forces of Ukraine to attack the ZNPP"); the holder of a noun of
/// saying about the act ("the occupiers' statements about alleged shelling
/// of Enerhodar"); or the subject of a reporting frame whose complement
/// holds the act ("Rogov wrote on Telegram that three strikes were near the
/// facility").
fn displaced_agent(
    text: &str,
    slots: &[(String, Range<usize>, usize)],
    tokens: &[Token],
    clauses: &clause::Clauses,
) -> bool {
    let span_of = |role: &str| {
        slots
            .iter()
            .find(|(held, _, _)| held == role)
            .map(|(_, span, clause)| (span.clone(), *clause))
    };
    let (Some((agent, agent_clause)), Some((act, act_clause))) = (span_of("agent"), span_of("act"))
    else {
        return false;
    };
    if agent.end > act.start {
        return false;
    }
    if in_quoted_name(text, agent.end, act.start) {
        return true;
    }
    if act_clause != agent_clause {
        if let Some(report) = reported_in(clauses, act_clause, agent_clause) {
            // "Moscow denied that its artillery had hit the plant": a
            // pronoun opening what is reported keeps the speaker a party.
            let opens_with_pronoun = clauses
                .start(report)
                .and_then(|start| {
                    tokens
                        .iter()
                        .filter(|token| token.span.start >= start)
                        .map(|token| token.word.lower.as_str())
                        .find(|word| *word != "that")
                })
                .is_some_and(crate::text::grammar::is_personal_pronoun);
            return !opens_with_pronoun;
        }
    }
    let (Some(from), Some(to)) = (
        tokens
            .iter()
            .position(|token| token.span.start >= agent.end),
        tokens
            .iter()
            .position(|token| token.span.start >= act.start),
    ) else {
        return false;
    };
    let lower = |idx: usize| {
        tokens
            .get(idx)
            .map_or("", |token| token.word.lower.as_str())
    };
    // "Israel has come under fire after …", "the convoy was under attack":
    // what is under the act is its target, whatever the verb before.
    if to > from && lower(to - 1) == "under" {
        return true;
    }
    // "Russia was supplied with drones by China": a passive's subject
    // receives the act and its "by" phrase does it, so the slot before the
    // act is no agent. A passive with no "by" phrase ("Chinese drones were
    // supplied to Russia") names no other doer and keeps it.
    let auxiliary = |idx: usize| crate::text::grammar::is_passive_auxiliary(lower(idx));
    let passive = crate::text::grammar::is_past_participle(lower(to))
        && to.checked_sub(1).is_some_and(|before| {
            auxiliary(before)
                || (lower(before).ends_with("ly") && before.checked_sub(1).is_some_and(auxiliary))
        });
    if passive
        && (to + 1..to + 1 + BY_REACH)
            .take_while(|idx| tokens.get(*idx).is_some_and(|t| t.clause == act_clause))
            .any(|idx| lower(idx) == "by" && opens_agent(lower(idx + 1), lower(idx + 2)))
    {
        return true;
    }
    // No comma, colon, dash or bracket from `idx` up to the act.
    let unmarked = |idx: usize| (idx + 1..=to).all(|at| tokens.get(at).is_some_and(|t| !t.marked));
    (from..to).any(|idx| {
        let word = lower(idx);
        let in_agents_clause = tokens.get(idx).is_some_and(|t| t.clause == agent_clause);
        if !in_agents_clause || !unmarked(idx) {
            return false;
        }
        if saying::is(word, saying::ACCUSES) || CHARGES.contains(&word) {
            let reciprocal = matches!(
                (lower(idx + 1), lower(idx + 2)),
                ("each", "other") | ("one", "another")
            );
            let reflexive = matches!(
                lower(idx + 1),
                "itself" | "themselves" | "himself" | "herself"
            );
            return !reciprocal && !reflexive;
        }
        if ATTEMPTS.contains(&word) {
            return matches!(lower(idx + 1), "of" | "by")
                && idx + 2 < to.saturating_sub(1)
                && lower(to.saturating_sub(1)) == "to";
        }
        // "Ukraine and Russia have traded accusations of strikes": each
        // accuses the other, as with "blamed each other".
        let traded = idx > 0 && crate::provenance::attribution::is_trade_verb(lower(idx - 1));
        STATEMENTS.contains(&word)
            && !traded
            && matches!(lower(idx + 1), "about" | "of" | "that" | "regarding")
    })
}

/// Whether the theme found after the act is the object of an infinitive of
/// purpose between them, not of the act: "IDF soldiers had fired warning
/// shots to disperse the crowd" fires no shot at the crowd. The infinitive is
/// "to" and a lower-case word that is no determiner, pronoun, preposition,
/// auxiliary, number, plural or possessive ("to the crowd", "to Russia",
/// "to witnesses" are no infinitives; "the servicemen to be exchanged would
/// be transported" is no purpose), after no word that makes "to" a
/// preposition ("according to", "close to midnight", `PREPOSITIONAL_TO`).
fn purpose_theme(text: &str, slots: &[(String, Range<usize>, usize)], tokens: &[Token]) -> bool {
    let span_of = |role: &str| {
        slots
            .iter()
            .find(|(held, _, _)| held == role)
            .map(|(_, span, _)| span.clone())
    };
    let (Some(act), Some(theme)) = (span_of("act"), span_of("theme")) else {
        return false;
    };
    if act.end > theme.start {
        return false;
    }
    let between: Vec<&Token> = tokens
        .iter()
        .filter(|token| token.span.start >= act.end && token.span.end <= theme.start)
        .collect();
    let before_act = tokens
        .iter()
        .rev()
        .find(|token| token.span.end <= act.end)
        .map(|token| token.word.lower.as_str());
    (1..between.len()).any(|at| {
        let verb = &between[at].word.lower;
        let written = text.get(between[at].span.clone()).unwrap_or("");
        let head = if at >= 2 {
            Some(between[at - 2].word.lower.as_str())
        } else {
            before_act
        };
        between[at - 1].word.lower == "to"
            && !head.is_some_and(|head| PREPOSITIONAL_TO.contains(&head))
            && !between[at].marked
            && written.starts_with(|ch: char| ch.is_ascii_lowercase())
            && could_be_bare_verb(verb)
            && !crate::text::grammar::is_determiner(verb)
            && !crate::text::grammar::is_personal_pronoun(verb)
            && !crate::text::grammar::is_preposition(verb)
            && !crate::text::grammar::is_auxiliary(verb)
            && crate::values::words::number_word(verb).is_none()
            && !["its", "their", "his", "her", "our", "them", "him", "us"].contains(&verb.as_str())
    })
}

/// Words that make the "to" after them a preposition, never the mark of an
/// infinitive: "according to witnesses", "close to midnight", "next to",
/// "due to", "in response to", "prior to", "up to", "owing to".
const PREPOSITIONAL_TO: &[&str] = &[
    "according",
    "addition",
    "close",
    "compared",
    "contrary",
    "due",
    "next",
    "opposed",
    "owing",
    "prior",
    "regard",
    "relation",
    "response",
    "thanks",
    "up",
];

/// Whether `word` (lower case) may be a bare verb: a possessive ("to
/// witnesses' horror", "to the city's") or a plural in "-s" ("to
/// witnesses"), which no bare verb is, may not; verbs in "-ss" and "-us"
/// ("to address", "to focus") may.
fn could_be_bare_verb(word: &str) -> bool {
    let possessive =
        word.ends_with('\'') || word.ends_with('’') || word.ends_with("'s") || word.ends_with("’s");
    let plural = word.ends_with('s') && !word.ends_with("ss") && !word.ends_with("us");
    !possessive && !plural
}

/// Words that introduce a name or title in quotation marks.
const NAMING: &[&str] = &[
    "named",
    "called",
    "titled",
    "entitled",
    "dubbed",
    "labelled",
    "labeled",
    "headlined",
];

/// Whether a quotation opened after a naming word stands between `from`
/// and `to`, still open at `to`: what it holds is a title, not an act of
/// whoever is named before it ("the Russian troops continue the performance
/// named "The AFU Shell Enerhodar from Nikopol."").
fn in_quoted_name(text: &str, from: usize, to: usize) -> bool {
    let Some(between) = text.get(from..to) else {
        return false;
    };
    let Some(open) = between.rfind(['"', '“', '«']) else {
        return false;
    };
    let opening = between[..open].trim_end();
    let closed = between[open..]
        .char_indices()
        .skip(1)
        .any(|(_, ch)| matches!(ch, '"' | '”' | '»'));
    let named = opening
        .rsplit(|ch: char| !ch.is_alphanumeric())
        .next()
        .is_some_and(|word| NAMING.contains(&word.to_lowercase().as_str()));
    named && !closed
}

/// The complement nearest `outer` on the way up from clause `inner` to
/// clause `outer`, when `inner` lies inside `outer` through at least one
/// complement: what `outer`'s verb of saying reports.
fn reported_in(clauses: &clause::Clauses, inner: usize, outer: usize) -> Option<usize> {
    let mut report = None;
    for at in clauses.ancestry(inner) {
        if at == outer {
            return report;
        }
        if clauses.kind(at) == clause::ClauseKind::Complement {
            report = Some(at);
        }
    }
    None
}

/// Whether clauses `a` and `b` are one, or one reports the other, or one
/// is a coordinate verb phrase sharing the other's subject ("Xi pledged a
/// partnership with Putin but stopped short of supplying arms", "…
/// denied any involvement, asserting that …").
fn same_scope(text: &str, clauses: &clause::Clauses, a: usize, b: usize) -> bool {
    reaches(text, clauses, a, b) || reaches(text, clauses, b, a)
}

/// Whether the slots lie in one relative clause and its antecedent: "the
/// Crimea bridge blast, which he said had been organized by Ukraine's
/// secret services", "the truck that exploded on the bridge". The
/// antecedent is a slot that ends right before the relative's opener
/// (past a comma at most); every other slot lies in the relative clause
/// or in what it reports.
fn relative_scope(
    text: &str,
    clauses: &clause::Clauses,
    slots: &[(String, Range<usize>, usize)],
) -> bool {
    let relative = slots.iter().find_map(|(_, _, at)| {
        clauses
            .ancestry(*at)
            .into_iter()
            .find(|idx| clauses.kind(*idx) == clause::ClauseKind::Relative)
    });
    let Some(relative) = relative else {
        return false;
    };
    let Some(opener) = clauses.start(relative) else {
        return false;
    };
    let antecedent = |span: &Range<usize>| {
        span.end <= opener
            && text
                .get(span.end..opener)
                .is_some_and(|gap| gap.chars().all(|ch| ch.is_whitespace() || ch == ','))
    };
    let n_antecedents = slots.iter().filter(|(_, span, _)| antecedent(span)).count();
    n_antecedents == 1
        && slots
            .iter()
            .all(|(_, span, at)| antecedent(span) || reaches(text, clauses, *at, relative))
}

/// Whether clause `inner` is `outer` or lies inside it through complements,
/// quotes and coordinate verb phrases without a subject of their own.
fn reaches(text: &str, clauses: &clause::Clauses, inner: usize, outer: usize) -> bool {
    let mut at = inner;
    for _ in 0..clauses.clauses.len() + 1 {
        if at == outer {
            return true;
        }
        let Some(found) = clauses.clauses.get(at) else {
            return false;
        };
        let through = match found.kind {
            clause::ClauseKind::Complement | clause::ClauseKind::Quote => true,
            clause::ClauseKind::Coordinate => shares_subject(text, found),
            _ => false,
        };
        match found.parent {
            Some(parent) if through && parent != at => at = parent,
            _ => return false,
        }
    }
    false
}

/// Whether a coordinate clause opens with its verb, so shares the subject
/// of the clause it hangs from: a participle ("asserting that …") or "and"/
/// "but"/"or" and a verb in -ed ("but stopped short of …").
fn shares_subject(text: &str, found: &clause::Clause) -> bool {
    let Some(span) = found.spans.first() else {
        return false;
    };
    let mut words = text
        .get(span.clone())
        .unwrap_or("")
        .split(|ch: char| !ch.is_alphabetic())
        .filter(|word| !word.is_empty())
        .map(str::to_ascii_lowercase);
    match words.next() {
        Some(first) if ["and", "but", "or"].contains(&first.as_str()) => words
            .next()
            .is_some_and(|verb| verb.len() > 4 && verb.ends_with("ed")),
        Some(first) => first.len() > 5 && first.ends_with("ing"),
        None => false,
    }
}

/// Whether `form` may match from word `at`: false where it starts with a
/// slot that no phrase starts at and no reciprocal stands, as `search` would
/// find at once (most words of a sentence, for every form).
fn may_start(form: &[Element], tokens: &[Token], admitted: &Admitted, at: usize) -> bool {
    match form.first() {
        Some(Element::Slot { id, .. }) => {
            admitted.at(at, *id) || reciprocal_at(tokens, at).is_some()
        }
        _ => true,
    }
}

/// Whether `form` matches starting exactly at word `at`; pushes the slots
/// it filled (role, span, clause of its first word).
fn search(
    form: &[Element],
    tokens: &[Token],
    admitted: &Admitted,
    at: usize,
    slots: &mut Vec<(String, Range<usize>, usize)>,
) -> bool {
    let Some((element, rest)) = form.split_first() else {
        return true;
    };
    match element {
        Element::Gap(max) => (0..=*max)
            .take_while(|skip| at + skip <= tokens.len())
            .any(|skip| search(rest, tokens, admitted, at + skip, slots)),
        Element::Tight(max) => {
            // "The missile that landed on the nine-story building in Dnipro
            // was shot down by …": a relative clause right after the fronted
            // slot does not count against the gap when a passive auxiliary
            // ends it.
            let relative = tokens
                .get(at)
                .is_some_and(|token| crate::text::grammar::is_relative(&token.word.lower));
            let widest = if relative {
                *max + RELATIVE_WORDS
            } else {
                *max
            };
            (0..=widest)
                .take_while(|skip| {
                    at + skip <= tokens.len()
                        && tokens
                            .get(at..=at + skip)
                            .is_none_or(|run| run.iter().all(|token| !token.marked))
                })
                .filter(|skip| {
                    *skip <= *max
                        || (at + skip)
                            .checked_sub(1)
                            .and_then(|last| tokens.get(last))
                            .is_some_and(|token| {
                                crate::text::grammar::is_passive_auxiliary(&token.word.lower)
                            })
                })
                .any(|skip| search(rest, tokens, admitted, at + skip, slots))
        }
        Element::Nominal => {
            let verbal = tokens
                .get(at)
                .is_none_or(|token| token.marked || token.word.lower.ends_with("ed"))
                || at
                    .checked_sub(1)
                    .and_then(|prev| tokens.get(prev))
                    .is_some_and(|prev| {
                        crate::text::grammar::is_passive_auxiliary(&prev.word.lower)
                            || ["being", "get", "got", "gets", "getting"]
                                .contains(&prev.word.lower.as_str())
                    });
            !verbal && search(rest, tokens, admitted, at, slots)
        }
        Element::Determiner => {
            // "by Russia", "by the army", "by two Ukrainian drones", "by
            // the two drones": a determiner, a count, both or neither.
            let is = |at: usize, test: &dyn Fn(&str) -> bool| {
                tokens
                    .get(at)
                    .is_some_and(|token| !token.marked && test(&token.word.lower))
            };
            let determiner = crate::text::grammar::is_determiner;
            search(rest, tokens, admitted, at, slots)
                || (is(at, &is_count) && search(rest, tokens, admitted, at + 1, slots))
                || (is(at, &determiner)
                    && (search(rest, tokens, admitted, at + 1, slots)
                        || (is(at + 1, &is_count)
                            && search(rest, tokens, admitted, at + 2, slots))))
        }
        Element::Word(stem) => {
            tokens.get(at).is_some_and(|token| &token.word.stem == stem)
                && search(rest, tokens, admitted, at + 1, slots)
        }
        Element::Slot { role, phrases, .. } if reciprocal_at(tokens, at).is_some() => {
            reciprocal(role, phrases, rest, tokens, admitted, at, slots)
        }
        Element::Slot {
            role, phrases, id, ..
        } => admitted.at(at, *id) && fill_slot(role, phrases, rest, tokens, admitted, at, slots),
    }
}

/// Whether one of `phrases` fills the words from `at` and `rest` matches
/// after it; pushes the slot when it does.
fn fill_slot(
    role: &str,
    phrases: &[Phrase],
    rest: &[Element],
    tokens: &[Token],
    admitted: &Admitted,
    at: usize,
    slots: &mut Vec<(String, Range<usize>, usize)>,
) -> bool {
    phrases.iter().any(|phrase| {
        let Some(end) = fills(phrase, tokens, at) else {
            return false;
        };
        let (Some(first), Some(last)) = (tokens.get(at), tokens.get(end - 1)) else {
            return false;
        };
        slots.push((
            role.to_string(),
            first.span.start..last.span.end,
            first.clause,
        ));
        if search(rest, tokens, admitted, end, slots) {
            return true;
        }
        slots.pop();
        false
    })
}

/// The word index after "each other" or "one another" when it starts at
/// word `at`.
fn reciprocal_at(tokens: &[Token], at: usize) -> Option<usize> {
    let pair = (
        tokens.get(at)?.word.lower.as_str(),
        tokens.get(at + 1)?.word.lower.as_str(),
    );
    matches!(pair, ("each", "other") | ("one", "another")).then_some(at + 2)
}

/// Fills a slot standing at a reciprocal ("Moscow and Kyiv blamed each
/// other") with a conjunct of the "X and Y" before it in its clause that the
/// slot's phrases fill and no other slot holds, then matches the rest after
/// the reciprocal: each conjunct in turn is the other's partner, so one
/// sentence gives "Kyiv blamed Moscow" to one pattern and "Moscow blamed
/// Kyiv" to its converse.
fn reciprocal(
    role: &str,
    phrases: &[Phrase],
    rest: &[Element],
    tokens: &[Token],
    admitted: &Admitted,
    at: usize,
    slots: &mut Vec<(String, Range<usize>, usize)>,
) -> bool {
    let Some(after) = reciprocal_at(tokens, at) else {
        return false;
    };
    let clause = tokens.get(at).map_or(0, |token| token.clause);
    let is_and = |idx: Option<usize>| {
        idx.and_then(|idx| tokens.get(idx))
            .is_some_and(|token| token.word.lower == "and")
    };
    // The partner is joined by "and" to a phrase another slot holds: "[Kyiv]
    // and [Moscow] blamed each other", not any "X and Y" of the clause.
    let held_starts = |idx: Option<usize>, slots: &[(String, Range<usize>, usize)]| {
        idx.and_then(|idx| tokens.get(idx)).is_some_and(|token| {
            slots
                .iter()
                .any(|(_, held, _)| held.start == token.span.start)
        })
    };
    let held_ends = |idx: Option<usize>, slots: &[(String, Range<usize>, usize)]| {
        idx.and_then(|idx| tokens.get(idx))
            .is_some_and(|token| slots.iter().any(|(_, held, _)| held.end == token.span.end))
    };
    for phrase in phrases {
        for start in 0..at {
            let Some(end) = fills(phrase, tokens, start).filter(|end| *end <= at) else {
                continue;
            };
            let (Some(first), Some(last)) = (tokens.get(start), tokens.get(end - 1)) else {
                continue;
            };
            let conjunct = (is_and(Some(end)) && held_starts(Some(end + 1), slots))
                || (is_and(start.checked_sub(1)) && held_ends(start.checked_sub(2), slots));
            let span = first.span.start..last.span.end;
            let taken = slots
                .iter()
                .any(|(_, held, _)| held.start < span.end && span.start < held.end);
            if !conjunct || taken || first.clause != clause {
                continue;
            }
            slots.push((role.to_string(), span, clause));
            if search(rest, tokens, admitted, after, slots) {
                return true;
            }
            slots.pop();
        }
    }
    false
}

/// The word index after `phrase` when it fills the words from `at`.
fn fills(phrase: &Phrase, tokens: &[Token], at: usize) -> Option<usize> {
    for (idx, word) in phrase.iter().enumerate() {
        let token = tokens.get(at + idx)?;
        let ok = match word {
            Word::Stem(stem) => &token.word.stem == stem,
            Word::Kept(stem, kept) => {
                &token.word.stem == stem && token.word.lower.starts_with(kept.as_str())
            }
            Word::Prefix(prefix) => token.word.lower.starts_with(prefix.as_str()),
        };
        if !ok {
            return None;
        }
    }
    Some(at + phrase.len())
}

/// The terms a pattern's slots give the automaton when the rule has no
/// `all` or `any`: each slot's phrases as prefixes cut at their stem (so
/// "supply" anchors "supplied"), plus the irregular forms of each word.
pub(crate) fn anchors(pattern: &Pattern) -> Vec<Term> {
    pattern
        .slot_literals
        .iter()
        .map(|alternatives| {
            let mut term = Term::default();
            for literal in alternatives {
                term.literals.push(anchor(literal));
                let last = literal.text.rsplit(' ').next().unwrap_or("");
                for (form, lemma) in IRREGULAR {
                    if *lemma == last {
                        let head = &literal.text[..literal.text.len() - last.len()];
                        term.literals.push(Literal {
                            text: format!("{head}{form}"),
                            prefix: false,
                        });
                    }
                }
            }
            term
        })
        .collect()
}

/// `literal` with its last word cut to what it shares with its stem.
fn anchor(literal: &Literal) -> Literal {
    if literal.prefix {
        return literal.clone();
    }
    let last = literal.text.rsplit(' ').next().unwrap_or("");
    let stemmed = stem(last);
    let shared = last
        .char_indices()
        .zip(stemmed.chars())
        .take_while(|((_, a), b)| a == b)
        .last()
        .map_or(0, |((at, ch), _)| at + ch.len_utf8());
    if shared < 3 || shared == last.len() && stemmed.len() == last.len() {
        // Short words, and words that are their own stem, match as written
        // or with an ending ("howitzer" anchors "howitzers").
        return Literal {
            text: literal.text.clone(),
            prefix: shared >= 3,
        };
    }
    let head = &literal.text[..literal.text.len() - last.len()];
    Literal {
        text: format!("{head}{}", &last[..shared]),
        prefix: true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use proptest::prelude::*;

    proptest! {
        /// The byte scan splits words as `char::is_alphanumeric` does.
        #[test]
        fn words_are_runs_of_letters_and_digits(text in "[a-zA-Z0-9 ,.'é€Σ\u{301}\u{2019}-]{0,40}") {
            let mut expected = Vec::new();
            let mut start = None;
            for (at, ch) in text.char_indices().chain([(text.len(), ' ')]) {
                match (ch.is_alphanumeric(), start) {
                    (true, None) => start = Some(at),
                    (false, Some(from)) => {
                        expected.push((from, &text[from..at]));
                        start = None;
                    }
                    _ => {}
                }
            }
            prop_assert_eq!(words_of(&text).collect::<Vec<_>>(), expected);
        }

        /// The index of a rule's slots admits at each word what each slot's
        /// own first words admit (stems and prefixes, shared first letters,
        /// words outside ASCII).
        #[test]
        fn the_index_admits_what_each_slot_admits(
            words in proptest::collection::vec(
                "(supplies|supply|suppliers|sold|sells|Russia|Russian|Rus|Chinese|China|Beijing|to|by|é|Éire|aid|aided|each|other)",
                0..12,
            ),
        ) {
            let sentence = words.join(" ");
            let patterns = Patterns::new(
                [
                    "{agent:@china} ... {act:suppl*|sell|aid*} ... {recipient:@russia}",
                    "{recipient:@russia|Rus*|é*} ... {act:suppl*|sold} by {agent:@china|Éire}",
                ]
                .iter()
                .map(|pattern| compile(pattern, &mut resolve).expect("test pattern compiles"))
                .collect(),
            );
            let tokens = Words::of(&sentence).tokens;
            let admitted = patterns.admitted(&tokens);
            for element in patterns.iter().flat_map(|pattern| pattern.forms.iter().flatten()) {
                if let Element::Slot { starts, id, .. } = element {
                    for (at, token) in tokens.iter().enumerate() {
                        prop_assert_eq!(
                            admitted.at(at, *id),
                            starts.admits(&token.word),
                            "slot {} at {:?} in {:?}", id, token.word.lower, sentence
                        );
                    }
                    prop_assert_eq!(
                        admitted.anywhere(*id),
                        tokens.iter().any(|token| starts.admits(&token.word))
                    );
                }
            }
        }
    }
    use crate::rulebook::term;

    /// Compiles `pattern` (references: @china, @russia, @supply) and returns
    /// the slots it fills in `sentence` as (role, text), or `None`.
    fn check(pattern: &str, sentence: &str, expected: Option<&[(&str, &str)]>) {
        let compiled = compile(pattern, &mut resolve).expect("test pattern compiles");
        let patterns = Patterns::new(vec![compiled]);
        let got = find(&patterns, &mut Words::of(sentence), sentence, || {
            let clauses = clause::split(sentence);
            let speakers = crate::text::frame::speakers(sentence, &clauses).into();
            (Arc::new(clauses), speakers)
        })
        .map(|slots| {
            slots
                .into_iter()
                .map(|slot| (slot.role, sentence[slot.span].to_string()))
                .collect::<Vec<_>>()
        });
        let expected = expected.map(|slots| {
            slots
                .iter()
                .map(|(role, text)| (role.to_string(), text.to_string()))
                .collect::<Vec<_>>()
        });
        assert_eq!(got, expected, "pattern {pattern} on: {sentence}");
    }

    fn resolve(text: &str) -> Result<Term, String> {
        let phrases: &[&str] = match text {
            "@china" => &["China", "Chinese", "Beijing", "China's"],
            "@russia" => &["Russia", "Russian", "Moscow", "Kremlin"],
            "@supply" => &["supply", "shipment", "deliver", "sell", "send", "provide"],
            "@ukraine" => &["Ukraine", "Ukrainian", "Kyiv"],
            other if other.starts_with('@') => return Err(format!("undefined `{other}`")),
            other => &[other][..],
        };
        let mut term = Term::default();
        for phrase in phrases {
            term.literals.push(term::phrase(phrase)?);
        }
        Ok(term)
    }

    const SUPPLY: &str = "{agent:@china} ... {act:@supply} ... {recipient:@russia}";

    /// A rule without patterns has no slot: its index admits nothing at any
    /// word (and still has a row per word to read).
    #[test]
    fn a_rule_without_patterns_admits_nothing() {
        let patterns = Patterns::new(Vec::new());
        let tokens = Words::of("China sold drones to Russia.").tokens;
        let admitted = patterns.admitted(&tokens);
        assert!(patterns.is_empty());
        assert!((0..tokens.len()).all(|at| !admitted.at(at, 0)));
        assert!(!admitted.anywhere(0));
    }

    #[test]
    fn a_reciprocal_gives_each_direction_to_its_pattern() {
        let kyiv_blames = "{agent:@ukraine} ... {act:blame|accuse} ... {recipient:@russia}";
        let moscow_blames = "{agent:@russia} ... {act:blame|accuse} ... {recipient:@ukraine}";
        let sentence = "Moscow and Kyiv have blamed each other for the dam's destruction.";
        check(
            kyiv_blames,
            sentence,
            Some(&[
                ("agent", "Kyiv"),
                ("act", "blamed"),
                ("recipient", "Moscow"),
            ]),
        );
        check(
            moscow_blames,
            sentence,
            Some(&[
                ("agent", "Moscow"),
                ("act", "blamed"),
                ("recipient", "Kyiv"),
            ]),
        );
        check(
            kyiv_blames,
            "Ukraine and Russia accused one another of shelling the plant.",
            Some(&[
                ("agent", "Ukraine"),
                ("act", "accused"),
                ("recipient", "Russia"),
            ]),
        );
        // Partners other than the pattern's, or no "X and Y" before it.
        check(
            kyiv_blames,
            "China and Russia accused each other of spying in the 1960s.",
            None,
        );
        check(
            kyiv_blames,
            "Kyiv and its allies said Russian and Belarusian units blamed each other.",
            None,
        );
    }

    #[test]
    fn the_active_form_keeps_direction() {
        check(
            SUPPLY,
            "Chinese firms supplied drones to Russia.",
            Some(&[
                ("agent", "Chinese"),
                ("act", "supplied"),
                ("recipient", "Russia"),
            ]),
        );
        check(SUPPLY, "Russia supplied drones to China.", None);
        check(
            SUPPLY,
            "Beijing sold the S-400 to Moscow, officials said.",
            Some(&[
                ("agent", "Beijing"),
                ("act", "sold"),
                ("recipient", "Moscow"),
            ]),
        );
        check(
            "{agent:@russia} ... {act:sell} ... {recipient:@china}",
            "China sold the S-400 to Russia.",
            None,
        );
    }

    #[test]
    fn passive_and_nominal_forms() {
        check(
            SUPPLY,
            "Russia was supplied with drones by China.",
            Some(&[
                ("recipient", "Russia"),
                ("act", "supplied"),
                ("agent", "China"),
            ]),
        );
        check(
            SUPPLY,
            "Drones were delivered to Russia by Chinese intermediaries.",
            Some(&[
                ("act", "delivered"),
                ("recipient", "Russia"),
                ("agent", "Chinese"),
            ]),
        );
        check(
            SUPPLY,
            "Chinese shipments of drones to Russia rose sharply in 2023.",
            Some(&[
                ("agent", "Chinese"),
                ("act", "shipments"),
                ("recipient", "Russia"),
            ]),
        );
        check(
            SUPPLY,
            "Chinese-made drones delivered to Russia were found in Ukraine.",
            Some(&[
                ("agent", "Chinese"),
                ("act", "delivered"),
                ("recipient", "Russia"),
            ]),
        );
        check(SUPPLY, "Russia was supplied with drones by Iran.", None);
        // The passive's subject receives, its "by" phrase gives: the form as
        // written (agent first) does not read it the other way round.
        check(
            "{agent:@russia} ... {act:supply} ... {recipient:@china}",
            "Russia was supplied with drones by China.",
            None,
        );
        check(
            "{agent:@russia} ... {act:sell} ... {theme:jets}",
            "Russia was sold the jets by China.",
            None,
        );
        // A passive with no "by" phrase keeps its fronted maker.
        check(
            SUPPLY,
            "Chinese drones were supplied to Russia last year.",
            Some(&[
                ("agent", "Chinese"),
                ("act", "supplied"),
                ("recipient", "Russia"),
            ]),
        );
        // The act as a noun, its agent after "by": "a hit by X on Y".
        check(
            "{agent:@russia} ...12 {act:hit|strike} ...12 {theme:hospital}",
            "OSINT analysis confirmed a direct hit by a Russian Kh-101 missile on the hospital.",
            Some(&[("act", "hit"), ("agent", "Russian"), ("theme", "hospital")]),
        );
        check(
            SUPPLY,
            "The shipment by China of attack drones to Russia worried Washington.",
            Some(&[
                ("act", "shipment"),
                ("agent", "China"),
                ("recipient", "Russia"),
            ]),
        );
        // A verb's passive is no noun: its fronted slot must come first.
        check(
            "{agent:@russia} ...12 {act:hit|strike} ...12 {theme:hospital}",
            "Kyiv was hit by Russian missiles near the hospital.",
            None,
        );
        check(
            "{agent:@ukraine} ...12 {act:attack} ...12 {theme:@russia}",
            "The city, attacked by Ukrainian drones overnight, lies near Moscow.",
            None,
        );
        // A count may stand between "by" and the agent.
        check(
            "{agent:@ukraine} ...12 {act:target|attack} ...12 {theme:residence}",
            "Russian media said the Kremlin residence was targeted by two Ukrainian drones overnight.",
            Some(&[
                ("theme", "residence"),
                ("act", "targeted"),
                ("agent", "Ukrainian"),
            ]),
        );
        check(
            "{agent:@ukraine} ...12 {act:target|attack} ...12 {theme:residence}",
            "The residence was targeted by the 12 Ukrainian drones.",
            Some(&[
                ("theme", "residence"),
                ("act", "targeted"),
                ("agent", "Ukrainian"),
            ]),
        );
    }

    #[test]
    fn a_relative_clause_joins_its_antecedent() {
        const ORGANISED: &str =
            "{theme:blast|flood} ...12 {act:organize|cause} ...6 {agent:@ukraine|company}";
        check(
            ORGANISED,
            "Putin said the strikes were a retaliation for the Crimea bridge blast, which he said had been organized by Ukraine's secret services.",
            Some(&[
                ("theme", "blast"),
                ("act", "organized"),
                ("agent", "Ukraine"),
            ]),
        );
        check(
            ORGANISED,
            "Residents sued over the flood that was caused by the company upstream.",
            Some(&[("theme", "flood"), ("act", "caused"), ("agent", "company")]),
        );
        // The relative clause is about another noun than the slot.
        check(
            ORGANISED,
            "The blast damaged the road, which had been organized by Ukraine for the summer traffic.",
            None,
        );
    }

    #[test]
    fn inflection_is_the_engines() {
        for sentence in [
            "China supplies Russia with drones.",
            "China is supplying Russia with drones.",
            "China has supplied Russia with drones.",
        ] {
            check(
                "{agent:@china} ...2 {act:supply} ... {recipient:@russia}",
                sentence,
                Some(&[
                    ("agent", "China"),
                    (
                        "act",
                        sentence
                            .split_whitespace()
                            .find(|word| word.starts_with("suppl"))
                            .expect("a form of supply"),
                    ),
                    ("recipient", "Russia"),
                ]),
            );
        }
        check(
            "{theme:howitzer} ... {recipient:@ukraine}",
            "Two howitzers went to Ukraine.",
            Some(&[("theme", "howitzers"), ("recipient", "Ukraine")]),
        );
        check(
            "{agent:@russia} ... {act:suppl*}",
            "Moscow suppliers met on Monday.",
            Some(&[("agent", "Moscow"), ("act", "suppliers")]),
        );
    }

    #[test]
    fn gaps_are_bounded_and_clauses_kept() {
        check(
            "{agent:@china} ...2 {act:@supply}",
            "China has reportedly long supplied parts.",
            None,
        );
        check(
            "{agent:@china} ...3 {act:@supply}",
            "China has reportedly long supplied parts.",
            Some(&[("agent", "China"), ("act", "supplied")]),
        );
        check(
            SUPPLY,
            "China denied the report; Iran supplied drones to Russia.",
            None,
        );
        check(
            SUPPLY,
            "US officials say Chinese firms supplied drones to Russia.",
            Some(&[
                ("agent", "Chinese"),
                ("act", "supplied"),
                ("recipient", "Russia"),
            ]),
        );
        check(
            "{agent:@china} {act:@supply} to {recipient:@russia}",
            "China supplied to Russia.",
            Some(&[
                ("agent", "China"),
                ("act", "supplied"),
                ("recipient", "Russia"),
            ]),
        );
    }

    #[test]
    fn who_reports_a_claim_takes_no_slot_in_it() {
        let struck = "{agent:@russia} ...12 {act:strike|struck|shell} ...12 {theme:prison}";
        for sentence in [
            "Russia's defence ministry said Ukraine struck a prison in separatist-held territory.",
            "The Russian military and pro-Moscow separatists claimed Friday that Ukrainian forces shelled a prison.",
            "Russia Says Ukrainian Strikes Hit Prison",
        ] {
            check(struck, sentence, None);
        }
        // The reporter is a party where the report is about it, or where
        // the act is the frame's own verb.
        check(
            struck,
            "Kyiv said Russian artillery had shelled the prison.",
            Some(&[
                ("agent", "Russian"),
                ("act", "shelled"),
                ("theme", "prison"),
            ]),
        );
        check(
            "{agent:@ukraine} ... {act:blame|accuse} ... {recipient:@russia}",
            "Kyiv blamed Russia for the blast at the prison.",
            Some(&[
                ("agent", "Kyiv"),
                ("act", "blamed"),
                ("recipient", "Russia"),
            ]),
        );
    }

    #[test]
    fn the_accused_acts_not_the_accuser() {
        let russia = "{agent:@russia} ...12 {act:shell|attack|strike} ...12 {theme:plant}";
        let ukraine = "{agent:@ukraine} ...12 {act:shell|attack|strike} ...12 {theme:plant}";
        for sentence in [
            "Russia accused Ukraine of twice shelling the Zaporizhzhia plant in the past 24 hours.",
            "Moscow blamed Kyiv for the attack on the plant.",
            "Russia on Friday charged Ukraine with striking the plant again.",
        ] {
            check(russia, sentence, None);
        }
        check(
            ukraine,
            "Russia accused Ukraine of twice shelling the Zaporizhzhia plant in the past 24 hours.",
            Some(&[
                ("agent", "Ukraine"),
                ("act", "shelling"),
                ("theme", "plant"),
            ]),
        );
        // Each other: each partner accuses the other, so each did it in
        // someone's account; a reflexive accuser owns the act.
        check(
            russia,
            "Ukraine and Russia blamed each other for the attack on the plant.",
            Some(&[("agent", "Russia"), ("act", "attack"), ("theme", "plant")]),
        );
        check(
            russia,
            "Moscow blamed itself for the attack on the plant.",
            Some(&[("agent", "Moscow"), ("act", "attack"), ("theme", "plant")]),
        );
    }

    #[test]
    fn what_comes_under_the_act_is_its_target() {
        let israel =
            "{agent:Israel|Israeli|troops} ...8 {act:fire|shell} ...10 {theme:civilians|crowd}";
        check(
            israel,
            "Israel has come under fire after dozens of civilians were killed in a riot in the Gaza Strip on February 29.",
            None,
        );
        check(
            israel,
            "Israeli troops came under fire from the crowd near the trucks.",
            None,
        );
        check(
            israel,
            "Israeli troops opened fire on the crowd near the trucks.",
            Some(&[("agent", "Israeli"), ("act", "fire"), ("theme", "crowd")]),
        );
    }

    #[test]
    fn a_theme_of_an_infinitive_of_purpose_is_not_the_acts() {
        let fired = "{agent:IDF|troops} ...8 {act:fire} ...10 {theme:crowd|convoy}";
        check(
            fired,
            "Hagari said IDF soldiers had fired warning shots to disperse the crowd before retreating.",
            None,
        );
        check(
            fired,
            "Witnesses said IDF soldiers fired on the crowd to stop it from reaching the trucks.",
            Some(&[("agent", "IDF"), ("act", "fired"), ("theme", "crowd")]),
        );
        // "to" after "according", "close", "due" … or before a noun or a
        // possessive is a preposition: only "to" and a verb is a purpose.
        let opened = Some(
            &[
                ("agent", "Troops"),
                ("act", "opened fire"),
                ("theme", "crowd"),
            ][..],
        );
        let on_crowd = "{agent:troops|soldiers|police} ...8 {act:fired|opened fire} ...10 {theme:crowd|convoy|protesters}";
        for sentence in [
            "Troops opened fire, according to witnesses, on the crowd near the trucks.",
            "Troops opened fire, according to the witnesses, on the crowd near the trucks.",
            "Troops opened fire due to panic on the crowd near the trucks.",
            "Troops opened fire, in response to stones, on the crowd near the trucks.",
        ] {
            check(on_crowd, sentence, opened);
        }
        check(
            on_crowd,
            "Soldiers fired close to midnight on the crowd at the checkpoint.",
            Some(&[("agent", "Soldiers"), ("act", "fired"), ("theme", "crowd")]),
        );
        check(
            on_crowd,
            "Troops opened fire in the air to scatter the crowd near the trucks.",
            None,
        );
        // A passive infinitive on a noun is no purpose.
        check(
            "{agent:Kyiv} ...8 {act:aware} ...20 {theme:transported}",
            "Kyiv was well aware that the servicemen to be exchanged would be transported by plane.",
            Some(&[("agent", "Kyiv"), ("act", "aware"), ("theme", "transported")]),
        );
    }

    #[test]
    fn who_tries_or_speaks_about_the_act_is_no_agent_of_it() {
        let russia = "{agent:@russia} ...12 {act:shell|attack|strike} ...12 {theme:plant}";
        let ukraine = "{agent:@ukraine} ...12 {act:shell|attack|strike} ...12 {theme:plant}";
        let attempt =
            "Russian forces thwarted the attempt of the Armed Forces of Ukraine to attack the plant.";
        check(russia, attempt, None);
        check(
            ukraine,
            attempt,
            Some(&[("agent", "Ukraine"), ("act", "attack"), ("theme", "plant")]),
        );
        check(
            russia,
            "Yevtushenko denied the Russian forces' statements about alleged shelling of the plant.",
            None,
        );
        check(
            russia,
            "Ukraine and Russia have traded accusations of recent strikes on the plant.",
            Some(&[("agent", "Russia"), ("act", "strikes"), ("theme", "plant")]),
        );
        check(
            russia,
            "Ukraine and Russia swapped accusations of recent strikes on the plant.",
            Some(&[("agent", "Russia"), ("act", "strikes"), ("theme", "plant")]),
        );
        // A frame whose subject is long (an apposition) still only reports;
        // a pronoun opening what it reports keeps the speaker a party.
        check(
            russia,
            "Vladimir Rogov, a member of the Russian-installed administration, also wrote on Telegram that three strikes hit the plant.",
            None,
        );
        check(
            russia,
            "Moscow denied that its artillery had shelled the plant.",
            Some(&[("agent", "Moscow"), ("act", "shelled"), ("theme", "plant")]),
        );
    }

    #[test]
    fn a_quoted_title_is_no_act_of_who_names_it() {
        let russia = "{agent:@russia} ...12 {act:shell|attack|strike} ...12 {theme:plant}";
        check(
            russia,
            "On the opposite bank, the Russian troops continue the performance named \"The AFU Shell the plant from Nikopol.\"",
            None,
        );
        check(
            russia,
            "Moscow staged a show called “Kyiv strikes the plant”.",
            None,
        );
        // A quote of what the agent did is the agent's act.
        check(
            russia,
            "Kyiv said Russian forces had \"deliberately shelled\" the plant.",
            Some(&[("agent", "Russian"), ("act", "shelled"), ("theme", "plant")]),
        );
    }

    #[test]
    fn an_act_blamed_on_someone_is_theirs() {
        let russia = "{agent:@russia} ...12 {act:shell|attack|strike} ...12 {theme:plant}";
        check(
            russia,
            "Kyiv blamed the renewed attack on the plant on Russian forces.",
            Some(&[("act", "attack"), ("theme", "plant"), ("agent", "Russian")]),
        );
        check(
            "{agent:@russia} ...12 {act:shell|attack|strike} ...12 {theme:plant}",
            "Kyiv blamed the attack on the plant on saboteurs, not on Russia.",
            None,
        );
    }

    #[test]
    fn a_relative_clause_after_a_fronted_passive_slot_is_skipped() {
        let downed = "{agent:@ukraine} ...10 {act:shot down|downed} ...10 {theme:missile|rocket}";
        check(
            downed,
            "Arestovych admitted that the rocket that landed on the nine-story residential building in Dnipro was shot down by Ukrainian air defense.",
            Some(&[("theme", "rocket"), ("act", "shot down"), ("agent", "Ukrainian")]),
        );
        check(
            downed,
            "The missile which brought down the entrance of a high-rise building in the city was shot down by the Ukrainian air defense system.",
            Some(&[("theme", "missile"), ("act", "shot down"), ("agent", "Ukrainian")]),
        );
        // Without a passive auxiliary before the verb the relative clause
        // is no bridge.
        check(
            downed,
            "The rocket that landed on the nine-story residential building in the centre of Dnipro shot down power lines, said a Ukrainian official.",
            None,
        );
    }

    #[test]
    fn a_by_of_means_or_time_is_no_passive_agent() {
        // "by rail", "by the end of the year", "by March": how or when, not
        // who; the fronted maker keeps the act.
        for sentence in [
            "Chinese drones were supplied to Russia by rail.",
            "Chinese drones were supplied to Russia by the end of the year.",
            "Chinese drones were supplied to Russia by March.",
            "Chinese drones were supplied to Russia by 2024.",
        ] {
            check(
                SUPPLY,
                sentence,
                Some(&[
                    ("agent", "Chinese"),
                    ("act", "supplied"),
                    ("recipient", "Russia"),
                ]),
            );
        }
        // A "by" that opens who did it still displaces the fronted slot,
        // a count of doers too ("by 300 smugglers"), not a measure.
        check(
            "{agent:@russia} ... {act:supply} ... {recipient:@ukraine}",
            "Russian drones were supplied to Ukraine by smugglers.",
            None,
        );
        check(
            "{agent:@russia} ... {act:supply} ... {recipient:@ukraine}",
            "Russian drones were supplied to Ukraine by 300 smugglers.",
            None,
        );
        check(
            SUPPLY,
            "Chinese drones were supplied to Russia by 40 percent more than last year.",
            Some(&[
                ("agent", "Chinese"),
                ("act", "supplied"),
                ("recipient", "Russia"),
            ]),
        );
    }

    #[test]
    fn a_passive_agent_may_follow_a_determiner_and_a_wide_gap() {
        check(
            "{agent:@ukraine} ...12 {act:shell} ...12 {theme:station}",
            "On Monday, 22 August, the station was shelled again by the Kyiv regime's militants.",
            Some(&[("theme", "station"), ("act", "shelled"), ("agent", "Kyiv")]),
        );
        check(
            "{agent:@ukraine} ...12 {act:shell} ...12 {theme:station}",
            "The shelling of the thermal power station in the city of Energodar was carefully planned beforehand by the Kyiv government forces.",
            Some(&[("act", "shelling"), ("theme", "station"), ("agent", "Kyiv")]),
        );
    }

    #[test]
    fn a_noun_of_who_acts_is_not_its_verb() {
        let occupiers = "{agent:occupiers|invader} ...12 {act:shell}";
        check(
            occupiers,
            "Officials in occupied areas said Ukrainian forces were shelling the city.",
            None,
        );
        check(
            occupiers,
            "Towns invaded last year were shelled again.",
            None,
        );
        check(
            occupiers,
            "The occupiers shelled the city again.",
            Some(&[("agent", "occupiers"), ("act", "shelled")]),
        );
        check(
            occupiers,
            "An invader shelled the city.",
            Some(&[("agent", "invader"), ("act", "shelled")]),
        );
        check(
            "{agent:@china} ... {act:deliver}",
            "China delivered drones.",
            Some(&[("agent", "China"), ("act", "delivered")]),
        );
    }

    #[test]
    fn bad_patterns_say_where() {
        let error = |pattern: &str| compile(pattern, &mut resolve).err();
        assert_eq!(
            error("{agent:@china"),
            Some((
                0,
                "unclosed `{` in pattern: a slot is `{role:term}`".to_string()
            ))
        );
        assert_eq!(
            error("{agent:@china} ... {act}"),
            Some((
                19,
                "slot `{act}` needs a role and a term: `{role:term}`".to_string()
            ))
        );
        assert_eq!(
            error("{agent:@china} ... {Act:sell}"),
            Some((
                20,
                "slot role `Act` must be a lower-case name (a-z, 0-9, `_`)".to_string()
            ))
        );
        assert_eq!(
            error("{agent:@chna} sold"),
            Some((7, "undefined `@chna`".to_string()))
        );
        assert_eq!(
            error("... {agent:@china}"),
            Some((0, "a gap must follow a slot or a word".to_string()))
        );
        assert_eq!(
            error("{agent:@china} ...99 {act:sell}"),
            Some((15, "a gap is at most 40 words, found `...99`".to_string()))
        );
        assert_eq!(
            error("sold to"),
            Some((
                0,
                "a pattern needs at least one `{role:term}` slot".to_string()
            ))
        );
        assert_eq!(
            error("{agent:@china} sold ..."),
            Some((23, "a pattern cannot end with a gap".to_string()))
        );
        assert_eq!(
            error("{a:@china} {a:@russia}"),
            Some((12, "slot role `a` is given twice".to_string()))
        );
    }

    #[test]
    fn anchors_cover_inflected_and_irregular_forms() {
        let literal = |text: &str| term::phrase(text).expect("test phrase");
        let _ = literal;
        let pattern =
            compile("{act:supply|sell} ... {theme:howitzer}", &mut resolve).expect("compiles");
        let terms = anchors(&pattern);
        let texts: Vec<(String, bool)> = terms[0]
            .literals
            .iter()
            .map(|literal| (literal.text.clone(), literal.prefix))
            .collect();
        assert_eq!(
            texts,
            [
                ("suppl".to_string(), true),
                ("sell".to_string(), true),
                ("sold".to_string(), false),
            ]
        );
        assert_eq!(terms[1].literals[0].text, "howitz");
    }

    /// Compiles `rules` (after the shared lexicon) and returns, per match
    /// in `text`, "rule: role=text …" (or the diagnostics).
    fn matches(rules: &str, text: &str) -> Vec<String> {
        use crate::rulebook::tests_support::LEXICON;
        use crate::rulebook::{compile, Source};
        let source = Source {
            rel: "p.toml".to_string(),
            display: "rules/p.toml".to_string(),
            text: format!("{LEXICON}{rules}"),
        };
        let rulebook = match compile(&[source], "rules") {
            Ok(rulebook) => rulebook,
            Err(diagnostics) => return diagnostics.0.iter().map(ToString::to_string).collect(),
        };
        let sentences = crate::text::segment(text);
        rulebook
            .find(text, &sentences)
            .iter()
            .map(|found| {
                let start = sentences[found.sentence as usize].start;
                let id = &rulebook.rules[found.rule.index()].info.id;
                let slots: Vec<String> = found
                    .slots
                    .iter()
                    .map(|slot| {
                        let span = start + slot.span.start..start + slot.span.end;
                        format!("{}={}", slot.role, &text[span])
                    })
                    .collect();
                format!("{id}: {}", slots.join(" "))
            })
            .collect()
    }

    const SUPPLY_RULE: &str = r#"
[[rule]]
id = "supply"
kind = "proposition"
claim = "China supplies Russia"
pattern = "{agent:@china} ... {act:supply|deliver|send|shipment} ... {recipient:@russia}"
"#;

    #[test]
    fn a_rule_of_patterns_alone_is_anchored_by_its_slots() {
        assert_eq!(
            matches(SUPPLY_RULE, "Russia was supplied with drones by China."),
            ["supply: recipient=Russia act=supplied agent=China"]
        );
        assert_eq!(
            matches(SUPPLY_RULE, "Beijing sends drones to Moscow."),
            ["supply: agent=Beijing act=sends recipient=Moscow"]
        );
        assert!(matches(SUPPLY_RULE, "Russia supplied drones to China.").is_empty());
    }

    /// Rules whose patterns search one sentence read its words once
    /// (`Words`); each finds what it finds alone, sentence by sentence.
    #[test]
    fn rules_on_one_sentence_share_its_words() {
        let converse = r#"
[[rule]]
id = "converse"
kind = "proposition"
claim = "Russia supplies China"
pattern = "{agent:@russia} ... {act:supply|deliver|send|shipment} ... {recipient:@china}"
"#;
        let text = "Officials said Beijing sends drones to Moscow, and Moscow sends oil to China. \
                    Russia supplied oil to China.";
        let mut alone = matches(SUPPLY_RULE, text);
        alone.extend(matches(converse, text));
        alone.sort();
        let mut together = matches(&format!("{SUPPLY_RULE}{converse}"), text);
        together.sort();
        assert_eq!(together, alone);
        assert_eq!(
            together,
            [
                "converse: agent=Moscow act=sends recipient=China",
                "converse: agent=Russia act=supplied recipient=China",
                "supply: agent=Beijing act=sends recipient=Moscow",
            ]
        );
    }

    #[test]
    fn a_pattern_narrows_a_rule_of_terms_and_old_rules_are_unchanged() {
        let narrowed = r#"
[[rule]]
id = "aid"
kind = "proposition"
claim = "China supplies military aid to Russia"
all = ["@china", "@military-aid", "@russia"]
pattern = ["{agent:@china} ... {theme:@military-aid} ... {recipient:@russia}"]
"#;
        let text = "Russia sent drones to China. China sent drones to Russia.";
        assert_eq!(
            matches(narrowed, text),
            ["aid: agent=China theme=drones recipient=Russia"]
        );
        let old = crate::rulebook::tests_support::AID;
        assert_eq!(matches(old, text), ["aid: ", "aid: "]);
        // The match keeps the spans of the terms it narrows, each with its
        // term, for the reading of stance and hedges; the slots come beside.
        use crate::rulebook::tests_support::LEXICON;
        let source = crate::rulebook::Source {
            rel: "p.toml".to_string(),
            display: "rules/p.toml".to_string(),
            text: format!(
                "{LEXICON}{}",
                narrowed.replace(r#""@russia"]"#, r#""@russia", "sent"]"#)
            ),
        };
        let rulebook = crate::rulebook::compile(&[source], "rules").expect("the rule compiles");
        let sentences = crate::text::segment(text);
        let found = rulebook.find(text, &sentences);
        let [found] = found.as_slice() else {
            panic!("one match: {found:?}");
        };
        let start = sentences[found.sentence as usize].start;
        let spans: Vec<&str> = found
            .spans
            .iter()
            .map(|span| &text[start + span.start..start + span.end])
            .collect();
        assert_eq!(spans, ["China", "sent", "drones", "Russia"]);
        assert_eq!(found.terms.len(), found.spans.len());
        assert_eq!(found.slots.len(), 3);
    }

    #[test]
    fn an_apposition_holds_no_fronted_passive() {
        let denied = "{agent:@ukraine} ...6 {act:deny} ...8 {theme:strike|attack}";
        check(
            denied,
            "The ministry also said 75 others were wounded in the attack, a claim denied by Kyiv.",
            None,
        );
        check(
            denied,
            "The attack was denied by Kyiv.",
            Some(&[("theme", "attack"), ("act", "denied"), ("agent", "Kyiv")]),
        );
    }

    #[test]
    fn a_coordinate_verb_phrase_shares_its_subject() {
        let supplied = "{agent:@china} ...6 {recipient:@russia} ...6 {act:@supply}";
        check(
            supplied,
            "China pledged a partnership with Moscow but stopped short of supplying arms.",
            Some(&[
                ("agent", "China"),
                ("recipient", "Moscow"),
                ("act", "supplying"),
            ]),
        );
        check(
            supplied,
            "China pledged a partnership with Moscow but Iran will supply arms.",
            None,
        );
    }

    #[test]
    fn rules_check_points_into_the_pattern() {
        let bad = r#"
[[rule]]
id = "bad"
kind = "proposition"
claim = "c"
pattern = "{agent:@chna} ... {act:sell}"
"#;
        assert_eq!(
            matches(bad, "x"),
            ["rules/p.toml:19:19: undefined reference `@chna`, did you mean `@china`?"]
        );
        let regex = r#"
[[rule]]
id = "bad"
kind = "proposition"
claim = "c"
all = ["@china"]
pattern = ["{agent:@china} ... {act:re:sold?}"]
"#;
        assert_eq!(
            matches(regex, "x"),
            ["rules/p.toml:20:37: a regex cannot fill a pattern slot"]
        );
        let typed = r#"
[[rule]]
id = "bad"
kind = "proposition"
claim = "c"
pattern = 3
"#;
        assert_eq!(
            matches(typed, "x"),
            ["rules/p.toml:19:11: expected a pattern string or a list of them for `pattern`, found integer"]
        );
    }
}
