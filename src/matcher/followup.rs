//! Follow-up denials: a sentence that denies the previous sentence's claim
//! without restating it, in its first clause or a coordinate clause.
//!
//! Only the sentence after a claim is read: a denial of "the accusation"
//! just before a claim most often points further back ("The ministry
//! rejected the accusation, saying … Beijing insists it remains impartial.",
//! golden/rulebook-generalises): reading the sentence before found a wrong
//! denial there and none on the eval beats.
//!
//! Matches: "According to US officials, Russia requested Chinese military aid
//! shortly after the invasion began. Moscow and Beijing both deny the reports."
//! (the second sentence denies the first's claim; its subject is the denier)
//! Ignores: "Moscow denies everything." (no anaphoric object: "the reports",
//! "the claims", "these allegations", "it")
//!
//! A denial of the same shape in a later clause of the claim's own sentence
//! ("…, though Islamabad denied responsibility") is a deny instance of its
//! own beside the claim's (`inner_denials`): one sentence can carry both sides.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use regex::Regex;

use super::build::{self, Draft};
use super::instance_order;
use crate::kinds::Reading;
use crate::model::{
    Article, Attribution, Certainty, DenialClass, Factuality, Instance, RuleId, SentenceKind,
    SpeechAct, Stance, StanceReading, Values,
};
use crate::provenance::stance;
use crate::rulebook::{RuleMatch, Rulebook};
use crate::text::clause::{self, ClauseKind};
use crate::values;

/// The most characters of a follow-up denial's speaker. `FOLLOWUP` leaves
/// its speaker unbounded and `denial_of` drops a longer one, which gives the
/// same denials as a bound in the pattern: the speaker is the shortest that
/// lets the rest match, and each later choice of the pattern starts it
/// earlier, so when the shortest is too long every other is too. A bound of
/// 80 over Unicode letter classes made the pattern about 180 million
/// instructions to compile, paid by every run.
const SPEAKER_CHARS: usize = 81;

/// The follow-up denial pattern, its character classes written as
/// placeholders: `{L}` letters, `{M}` marks, `{Lu}` upper-case letters,
/// `{s}` white space, `{w}` word characters. `FOLLOWUP` reads them as
/// Unicode classes, `FOLLOWUP_NARROW` as their ASCII parts.
const FOLLOWUP_SHAPE: &str = r"(?ix)
        ^{s}*(?:but|however|yet|and)?,?{s}*
        (?P<speaker>[{L}][{L}{M}'’.\-\ ]+?){s}+
        (?:(?:have|has|had|both|all|also|each|since|repeatedly|formally|strongly|flatly|quickly|swiftly|consistently|categorically|vehemently|firmly|publicly|previously|officially|immediately|emphatically|vigorously|again|later){s}+)*
        (?P<cue>deny|denies|denied|reject|rejects|rejected|dismiss|dismisses|dismissed|refute|refutes|refuted|described|describes|called|calls|labelled|labeled|labels|branded|brands|termed){s}+
        (?:(?:the|these|those|such|this|that|any\ such|its|their|his|her|(?P<owner>(?:the{s}+)?[{Lu}][{L}\-]*(?:{s}+[{Lu}][{L}\-]*){0,2})['’]s?){s}+(?:(?:latest|new|earlier|previous|repeated|unfounded|false){s}+)?(?:reports?|claims?|allegations?|accusations?|suggestions?|charges?|accounts?)\b|it\b|this\b
        |(?P<party>(?:any{s}+)?(?:involvement|responsibility)(?:{s}+(?:in|for){s}+(?:it|this|that|the{s}+{w}+))?{s}*(?:[.,;]|$)))";

/// `FOLLOWUP_SHAPE` with each placeholder replaced by `classes`' spelling
/// (letters, marks, upper case, white space, word characters).
fn followup_pattern(classes: [&str; 5]) -> Regex {
    let [letters, marks, upper, space, word] = classes;
    let pattern = FOLLOWUP_SHAPE
        .replace("{Lu}", upper)
        .replace("{L}", letters)
        .replace("{M}", marks)
        .replace("{s}", space)
        .replace("{w}", word);
    Regex::new(&pattern).expect("the follow-up denial pattern is valid")
}

/// A follow-up denial: a sentence (or the rest of one from a clause) that
/// opens with its denier and a verb of denial, then an anaphoric object.
/// About 29 million instructions to compile (its Unicode classes, case
/// folded), so it is compiled only for a sentence `FOLLOWUP_NARROW` cannot
/// read.
static FOLLOWUP: LazyLock<Regex> =
    LazyLock::new(|| followup_pattern([r"\p{L}", r"\p{M}", r"\p{Lu}", r"\s", r"\w"]));

/// `FOLLOWUP` with its classes cut to ASCII (about 5 million instructions
/// to compile): the same matches and captures on a sentence whose every
/// character outside ASCII is one of `NARROW_SAFE`, which none of the
/// classes holds (so the classes' ASCII parts decide alike, and `\b` sees
/// the same word characters).
static FOLLOWUP_NARROW: LazyLock<Regex> = LazyLock::new(|| {
    followup_pattern(["A-Za-z", "", "A-Z", r"[\t\n\x0B\x0C\r\ ]", "[0-9A-Za-z_]"])
});

/// The characters outside ASCII that `FOLLOWUP_NARROW` reads as `FOLLOWUP`
/// does: quotation marks, dashes and the ellipsis, which are no letter,
/// mark, space or word character and have no other case.
const NARROW_SAFE: &[char] = &['’', '‘', '“', '”', '—', '–', '…'];

/// `FOLLOWUP`, or `FOLLOWUP_NARROW` when it gives the same answer on `text`.
fn followup_for(text: &str) -> &'static Regex {
    let narrow = text
        .chars()
        .all(|ch| ch.is_ascii() || NARROW_SAFE.contains(&ch));
    if narrow {
        &FOLLOWUP_NARROW
    } else {
        &FOLLOWUP
    }
}

/// A necessary condition of `FOLLOWUP`: one of its cues between white
/// space, folded the same way (its speaker and adverbs end in `\s+`, and
/// `\s+` follows its cue). Its `\b`s make `FOLLOWUP` fall back to a slow
/// engine on non-ASCII text; this search skips most sentences first, and
/// a run with none left never compiles `FOLLOWUP`.
static CUE_START: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\s(?:deny|denies|denied|reject|rejects|rejected|dismiss|dismisses|dismissed|refute|refutes|refuted|described|describes|called|calls|labelled|labeled|labels|branded|brands|termed)\s",
    )
    .expect("the follow-up cue pattern is valid")
});

/// The denial in `sentence` of whatever the previous sentence claimed: its
/// stance reading, its denier, and whether the denier denies its own part
/// ("Russia has denied involvement in the attack", "Islamic Jihad denied
/// responsibility"): such a denial answers only a claim that names the
/// denier; and whose claims it denies, when it names them ("rejected
/// Russia's accusations": "Russia").
fn denial_of(sentence: &str) -> Option<(StanceReading, Attribution, bool, Option<String>)> {
    // The lazy DFA answers "no" fast; captures (a slower engine) run only on a match.
    if !CUE_START.is_match(sentence) {
        return None;
    }
    let followup = followup_for(sentence);
    if !followup.is_match(sentence) {
        return None;
    }
    let caps = followup.captures(sentence)?;
    let speaker = caps.name("speaker")?.as_str();
    if speaker.chars().count() > SPEAKER_CHARS {
        return None;
    }
    let speaker = speaker.trim();
    let cue = caps.name("cue")?.as_str();
    if stance::is_calling(&cue.to_ascii_lowercase())
        && !stance::called_false(sentence, caps.name("cue")?.start(), caps.get(0)?.end())
    {
        // "It described these claims as credible" denies nothing.
        return None;
    }
    let party = caps.name("party").is_some();
    let owner = caps.name("owner").map(|owner| owner.as_str().to_string());
    if speaker.split_whitespace().count() > 8 {
        return None;
    }
    Some((
        StanceReading {
            stance: Stance::Deny,
            cue: Some(cue.into()),
            class: Some(DenialClass::Antonymy),
        },
        Attribution {
            speaker: speaker.to_string(),
            cue: cue.to_string(),
            direct: false,
            ..Attribution::default()
        },
        party,
        owner,
    ))
}

/// The follow-up denial in `sentence`: at its start, or at the start of one
/// of its coordinate clauses ("The report came out on Thursday, but Moscow
/// has denied the claims."); the third value is where the denial starts,
/// the fourth whether the denier denies its own part and the fifth whose
/// claims it denies (see `denial_of`).
type DenialAt = (StanceReading, Attribution, usize, bool, Option<String>);

fn denial_at(sentence: &str) -> Option<DenialAt> {
    if let Some((stance, attribution, party, owner)) = denial_of(sentence) {
        return Some((stance, attribution, 0, party, owner));
    }
    if !CUE_START.is_match(sentence) {
        return None;
    }
    let clauses = clause::split(sentence);
    clauses
        .clauses
        .iter()
        .filter(|found| found.kind == ClauseKind::Coordinate)
        .filter_map(|found| found.spans.first().map(|span| span.start))
        .find_map(|start| {
            let (stance, attribution, party, owner) = denial_of(sentence.get(start..)?)?;
            Some((stance, attribution, start, party, owner))
        })
}

/// Deny instances for sentences that deny the claim of the sentence before
/// ("Moscow and Beijing both deny the reports."), for the rules whose kind
/// takes follow-ups and that did not match the denying sentence themselves.
/// When some of the claims before a denial name the denier in their matched
/// words and others do not, the denial answers only those ("Russia denies
/// this" after "the BUK that shot down MH17 belonged to a Russian brigade"
/// denies the Russian brigade, not the BUK).
pub fn denials(rulebook: &Rulebook, article: &Article, matches: &[RuleMatch]) -> Vec<Instance> {
    let covered = Covered::new(matches);
    let mut readings: BTreeMap<u32, Option<Denial>> = BTreeMap::new();
    // (match, the denying sentence, whether the match names the denier)
    let mut candidates = Vec::new();
    for rule_match in matches {
        let Some(rule) = rulebook.rules.get(rule_match.rule.index()) else {
            continue;
        };
        if !rule.info.kind.kind().takes_followups() {
            continue;
        }
        let Some((target, denial)) = answering(article, &covered, rule_match, &mut readings) else {
            continue;
        };
        let names = names_denier(article, rule_match, &denial.attribution.speaker);
        candidates.push((rule_match, target, names));
    }
    let mut instances = Vec::new();
    for (rule_match, target, names) in &candidates {
        let named_elsewhere = candidates
            .iter()
            .any(|(_, other, other_names)| other == target && *other_names);
        if named_elsewhere && !names {
            continue;
        }
        let Some(Some(denial)) = readings.get(target) else {
            continue;
        };
        if denial.party && !names {
            // "Islamic Jihad denied responsibility" answers the claim that
            // names Islamic Jihad, not the one beside it about Israel.
            continue;
        }
        if denial.party && own_claim(&covered, rule_match.rule, *target) {
            // "Ukraine has denied any involvement in the attack" after a
            // claim that Ukrainians helped the gunmen cross: the denial
            // states a claim of its own (another rule matches it there),
            // and denies that one, not the one before.
            continue;
        }
        instances.extend(denial.instance(rulebook, article, rule_match.rule, *target));
    }
    instances.sort_by(instance_order);
    instances.dedup_by(|a, b| a.citation == b.citation && a.rule == b.rule);
    let mut inner = inner_denials(rulebook, article, matches);
    instances.append(&mut inner);
    instances.sort_by(instance_order);
    instances
}

/// Deny instances for a clause of the match's own sentence, after its claim,
/// that denies it: "Officials in Kabul accused Pakistan of shelling the
/// market, though Islamabad denied responsibility." carries the accusation
/// (the match's own instance) and Islamabad's denial, one instance each: a
/// sentence can carry both sides. The denial opens a coordinate clause
/// ("…, but Moscow rejected the claims") or a clause of contrast ("though",
/// "although", "while", "whereas") and, as a follow-up does, names what it
/// denies by an anaphoric object or denies its own part; its denier answers
/// the claim just before it whoever that claim names.
fn inner_denials(rulebook: &Rulebook, article: &Article, matches: &[RuleMatch]) -> Vec<Instance> {
    let mut instances = Vec::new();
    let mut readings: BTreeMap<(u32, usize), Option<Denial>> = BTreeMap::new();
    for rule_match in matches {
        let Some(rule) = rulebook.rules.get(rule_match.rule.index()) else {
            continue;
        };
        if !rule.info.kind.kind().takes_followups()
            || rule_match.sentence != rule_match.last_sentence
        {
            continue;
        }
        // A claim term that names the denier ("…, though Islamabad denied
        // responsibility", Islamabad a name of the accused) is no part of
        // the claim the denial answers.
        let quote = article
            .sentences
            .get(rule_match.sentence as usize)
            .and_then(|sentence| article.text.get(sentence.start..sentence.end))
            .unwrap_or("");
        let after = claim_end(quote, &rule_match.spans);
        let reading = readings
            .entry((rule_match.sentence, after))
            .or_insert_with(|| read_inner_denial(article, rule_match.sentence, after));
        let Some(denial) = reading else {
            continue;
        };
        instances.extend(denial.instance(rulebook, article, rule_match.rule, rule_match.sentence));
    }
    instances.sort_by(instance_order);
    instances.dedup_by(|a, b| {
        a.citation == b.citation && a.rule == b.rule && a.match_start == b.match_start
    });
    instances
}

/// Where the claim a later denial answers ends: the end of the last claim
/// span of `quote` that names no denier (`names_denier_of`).
fn claim_end(quote: &str, spans: &[std::ops::Range<usize>]) -> usize {
    spans
        .iter()
        .filter(|span| !names_denier_of(quote, span))
        .map(|span| span.end)
        .max()
        .unwrap_or(0)
}

/// Whether the words at `span` of `quote` are the subject of a verb of
/// denying right after them, at most an auxiliary or adverb between
/// ("Islamabad denied", "the Kremlin has flatly rejected").
fn names_denier_of(quote: &str, span: &std::ops::Range<usize>) -> bool {
    let Some(rest) = quote.get(span.end..) else {
        return false;
    };
    rest.split_whitespace()
        .map(|word| {
            word.trim_matches(|ch: char| !ch.is_alphanumeric())
                .to_lowercase()
        })
        .take(DENIER_REACH)
        .find(|word| !BEFORE_DENYING.contains(&word.as_str()))
        .is_some_and(|word| DENYING.contains(&word.as_str()))
}

/// How many words after a denier its verb of denying may stand.
const DENIER_REACH: usize = 3;

/// Auxiliaries and adverbs between a denier and its verb.
const BEFORE_DENYING: &[&str] = &[
    "has",
    "have",
    "had",
    "also",
    "flatly",
    "strongly",
    "quickly",
    "swiftly",
    "firmly",
    "categorically",
    "vehemently",
    "repeatedly",
    "publicly",
    "again",
    "later",
];

/// Verbs of denying (`FOLLOWUP_SHAPE`'s cues but those of calling).
const DENYING: &[&str] = &[
    "deny",
    "denies",
    "denied",
    "reject",
    "rejects",
    "rejected",
    "dismiss",
    "dismisses",
    "dismissed",
    "refute",
    "refutes",
    "refuted",
];

/// The denial a later clause of sentence `idx` makes, opening at or after
/// byte `after` of the sentence (see `inner_denials`).
fn read_inner_denial(article: &Article, idx: u32, after: usize) -> Option<Denial> {
    Denial::read(article, idx, |quote| {
        if !CUE_START.is_match(quote.get(after..)?) {
            return None;
        }
        denial_after(quote, after)
    })
}

/// Words that open a clause of contrast whose denial answers the clause
/// before it ("…, though Islamabad denied responsibility").
const CONTRAST: &[&str] = &["though", "although", "while", "whereas"];

/// The denial at the start of a coordinate clause or a clause of contrast
/// of `sentence` that opens at or after byte `after`; its start is that of
/// the clause's first word after its opener.
fn denial_after(sentence: &str, after: usize) -> Option<DenialAt> {
    let clauses = clause::split(sentence);
    clauses
        .clauses
        .iter()
        .filter(|found| {
            found.kind == ClauseKind::Coordinate
                || (found.kind == ClauseKind::Subordinate
                    && CONTRAST.contains(&found.opener.as_str()))
        })
        .filter_map(|found| found.spans.first().map(|span| span.start))
        .filter(|start| *start >= after)
        .find_map(|start| {
            let rest = sentence.get(start..)?;
            let trimmed = rest.trim_start();
            let opener = trimmed
                .split_whitespace()
                .next()
                .map(|word| word.trim_end_matches(','))
                .filter(|word| CONTRAST.contains(&word.to_lowercase().as_str()))
                .map_or(0, str::len);
            let start = start + (rest.len() - trimmed.len()) + opener;
            let (stance, attribution, party, owner) = denial_of(sentence.get(start..)?)?;
            let skipped = sentence.get(start..)?;
            let start = start + (skipped.len() - skipped.trim_start().len());
            Some((stance, attribution, start, party, owner))
        })
}

/// The sentence that denies `rule_match`'s claim and its denial: the next
/// sentence, or the one after when no rule matches in the next and the
/// denial names whose claims it denies, who speaks in the claim's sentence
/// ("Russia's envoy accused Ukrainian forces of shelling the plant. He
/// warned that … Ukraine's envoy rejected Russia's accusations.").
fn answering<'r>(
    article: &Article,
    covered: &Covered,
    rule_match: &RuleMatch,
    readings: &'r mut BTreeMap<u32, Option<Denial>>,
) -> Option<(u32, &'r Denial)> {
    let next = rule_match.last_sentence + 1;
    // Read only where a denial two sentences on must name its owner.
    let claim_words = || -> Vec<String> {
        article
            .sentences
            .get(rule_match.sentence as usize)
            .and_then(|sentence| article.text.get(sentence.start..sentence.end))
            .map(|text| words(text).collect())
            .unwrap_or_default()
    };
    let quiet = |at: u32| !covered.any_rule(at);
    let mut found = None;
    for (target, skipped) in [(next, false), (next + 1, true)] {
        if skipped && !quiet(next) {
            break;
        }
        let Some(sentence) = article.sentences.get(target as usize) else {
            break;
        };
        if covered.contains(rule_match.rule, target) || sentence.kind == SentenceKind::Furniture {
            continue;
        }
        let reading = readings
            .entry(target)
            .or_insert_with(|| read_denial(article, target));
        let Some(denial) = reading else {
            continue;
        };
        let owned = || {
            let claim_words = claim_words();
            denial.owner.as_deref().is_some_and(|owner| {
                words(owner).any(|owner| {
                    owner.chars().count() >= 4
                        && claim_words.iter().any(|word| same_name(&owner, word))
                })
            })
        };
        if !skipped || owned() {
            found = Some(target);
            break;
        }
    }
    let target = found?;
    readings
        .get(&target)
        .and_then(Option::as_ref)
        .map(|denial| (target, denial))
}

/// Whether a rule other than `rule` matches in sentence `target` on its own:
/// the denial there states the claim it denies.
fn own_claim(covered: &Covered, rule: RuleId, target: u32) -> bool {
    covered
        .by_rule
        .keys()
        .any(|other| *other != rule && covered.contains(*other, target))
}

/// The follow-up denial sentence `idx` of `article` holds, if any.
fn read_denial(article: &Article, idx: u32) -> Option<Denial> {
    Denial::read(article, idx, denial_at)
}

/// Whether the words `rule_match` matched name `denier` (a word of it, or
/// its adjective: "Russia" and "Russian", "China" and "Chinese").
fn names_denier(article: &Article, rule_match: &RuleMatch, denier: &str) -> bool {
    let Some(sentence) = article.sentences.get(rule_match.sentence as usize) else {
        return false;
    };
    let denier_words: Vec<String> = words(denier)
        .filter(|word| word.chars().count() >= 4 && !DENIER_FILLERS.contains(&word.as_str()))
        .collect();
    rule_match.spans.iter().any(|span| {
        let Some(text) = article
            .text
            .get(sentence.start + span.start..sentence.start + span.end)
        else {
            return false;
        };
        words(text).any(|word| denier_words.iter().any(|denier| same_name(denier, &word)))
    })
}

/// Words of a denier that name no one ("both", "which").
const DENIER_FILLERS: &[&str] = &["both", "also", "each", "which", "their", "they", "them"];

/// Lower-case words of `text`.
fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|ch: char| !ch.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .map(str::to_lowercase)
}

/// Whether two lower-case words name one party: they share their first four
/// letters and differ at most in an ending of two letters ("china",
/// "chinese"; "russia", "russian").
fn same_name(a: &str, b: &str) -> bool {
    let common = a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
    let shorter = a.chars().count().min(b.chars().count());
    common >= 4 && common + 2 >= shorter
}

/// What a follow-up denial sentence reads, whatever the rule it follows.
struct Denial {
    stance: StanceReading,
    attribution: Attribution,
    /// Whether the denier denies its own part ("denied involvement").
    party: bool,
    /// Whose claims it denies, when it names them ("Russia's accusations").
    owner: Option<String>,
    values: Values,
    /// Start of the denying clause inside the sentence.
    match_start: usize,
    /// End of the denial cue inside the sentence: the instance's matched
    /// words run from `match_start` to here.
    match_end: usize,
}

impl Denial {
    /// The denial `find` reads in sentence `idx` of `article`, if any.
    fn read(
        article: &Article,
        idx: u32,
        find: impl Fn(&str) -> Option<DenialAt>,
    ) -> Option<Denial> {
        let sentence = article.sentences.get(idx as usize)?;
        let quote = article.text.get(sentence.start..sentence.end)?;
        let (stance, attribution, start, party, owner) = find(quote)?;
        let match_end = quote
            .get(start..)?
            .find(attribution.cue.as_str())
            .map_or(start, |at| start + at + attribution.cue.len());
        Some(Denial {
            stance,
            attribution,
            party,
            owner,
            values: values::extract(quote).into(),
            match_start: start,
            match_end,
        })
    }

    /// The deny instance of `rule` this denial makes in sentence `target`.
    fn instance(
        &self,
        rulebook: &Rulebook,
        article: &Article,
        rule: RuleId,
        target: u32,
    ) -> Option<Instance> {
        let info = &rulebook.rules.get(rule.index())?.info;
        let draft = Draft {
            rule_idx: rule,
            sentences: (target, target),
            matched: self.match_start..self.match_end,
            stance: self.stance.clone(),
            values: self.values.clone(),
            reading: Reading::default(),
            attribution: Some(self.attribution.clone()),
            hedge: None,
            factuality: Factuality {
                act: SpeechAct::Denial,
                certainty: Certainty::Certain,
                cue: Some(self.attribution.cue.as_str().into()),
            },
            slots: Vec::new(),
        };
        build::instance(info, &rulebook.speakers, article, draft)
    }
}

/// The sentences each rule's matches cover, to ask in logarithmic time
/// whether some match of a rule spans a sentence (a linear scan per match made
/// an article with many matches quadratic).
struct Covered {
    /// Per rule: match first sentences, sorted, and the running maximum of
    /// their last sentences.
    by_rule: BTreeMap<RuleId, (Vec<u32>, Vec<u32>)>,
    /// The same over the matches of every rule.
    all: (Vec<u32>, Vec<u32>),
}

impl Covered {
    fn new(matches: &[RuleMatch]) -> Covered {
        let mut spans: BTreeMap<RuleId, Vec<(u32, u32)>> = BTreeMap::new();
        for rule_match in matches {
            spans
                .entry(rule_match.rule)
                .or_default()
                .push((rule_match.sentence, rule_match.last_sentence));
        }
        let index = |mut spans: Vec<(u32, u32)>| {
            spans.sort_unstable();
            let starts = spans.iter().map(|&(start, _)| start).collect();
            let reach = spans
                .iter()
                .scan(0, |max, &(_, last)| {
                    *max = last.max(*max);
                    Some(*max)
                })
                .collect();
            (starts, reach)
        };
        let all = index(spans.values().flatten().copied().collect());
        let by_rule = spans
            .into_iter()
            .map(|(rule, spans)| (rule, index(spans)))
            .collect();
        Covered { by_rule, all }
    }

    /// Whether a match of `rule` starts at or before `sentence` and ends at or after it.
    fn contains(&self, rule: RuleId, sentence: u32) -> bool {
        self.by_rule
            .get(&rule)
            .is_some_and(|(starts, reach)| reaches(starts, reach, sentence))
    }

    /// Whether a match of any rule starts at or before `sentence` and ends at or after it.
    fn any_rule(&self, sentence: u32) -> bool {
        let (starts, reach) = &self.all;
        reaches(starts, reach, sentence)
    }
}

/// Whether, of spans sorted by start (`starts`, with `reach` the running
/// maximum of their ends), one starts at or before `sentence` and ends at or
/// after it.
fn reaches(starts: &[u32], reach: &[u32], sentence: u32) -> bool {
    let before = starts.partition_point(|&start| start <= sentence);
    before > 0 && reach.get(before - 1).is_some_and(|&last| last >= sentence)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The denier and cue of the follow-up denial in `sentence`, if any.
    fn check(sentence: &str, expected: Option<(&str, &str)>) {
        let found = denial_at(sentence);
        let found = found
            .as_ref()
            .map(|(_, attribution, ..)| (attribution.speaker.as_str(), attribution.cue.as_str()));
        assert_eq!(found, expected, "sentence: {sentence}");
    }

    #[test]
    fn a_denial_in_a_coordinate_clause_follows_up_too() {
        check(
            "The report was published on Thursday, but Moscow has denied the claims.",
            Some(("Moscow", "denied")),
        );
        check(
            "The investigators named four suspects; Russia rejected the findings and the charges.",
            None,
        );
        check(
            "The investigators named four suspects; Russia rejected the charges.",
            Some(("Russia", "rejected")),
        );
        // Whose accusations they are is no obstacle.
        check(
            "Ukraine’s U.N. Ambassador Sergiy Kyslytsya rejected Russia’s accusations, saying it was responsible for the risks.",
            Some(("Ukraine’s U.N. Ambassador Sergiy Kyslytsya", "rejected")),
        );
        check(
            "Kyiv dismissed the Kremlin's latest claims as propaganda.",
            Some(("Kyiv", "dismissed")),
        );
        check("The ministry denied its own report on Tuesday.", None);
        // A denial inside a relative clause is about its noun, not a follow-up.
        check(
            "Officials cited reports, which Moscow has denied, of troops on the dam.",
            None,
        );
    }

    #[test]
    fn calling_the_claims_false_follows_up_as_a_denial() {
        check(
            "It described these claims as baseless.",
            Some(("It", "described")),
        );
        check(
            "The ministry called the reports a fabrication.",
            Some(("The ministry", "called")),
        );
        check(
            "Police labelled the allegations as completely unfounded.",
            Some(("Police", "labelled")),
        );
        check(
            "But the governor branded the accusations “lies”.",
            Some(("the governor", "branded")),
        );
        // Calling them anything but false denies nothing.
        check("It described these claims as credible.", None);
        check(
            "The ministry called the reports serious and troubling.",
            None,
        );
        check("Observers called the vote a success.", None);
        // A negated word of falsity calls them true: "as not false"
        // denies nothing, as the stance reader judges it.
        check("It described these claims as not false.", None);
        check("The agency called the reports not baseless at all.", None);
    }

    /// Every capture of `pattern` on `text`: (group, start, end).
    fn captures(pattern: &Regex, text: &str) -> Option<Vec<(usize, usize, usize)>> {
        let caps = pattern.captures(text)?;
        Some(
            caps.iter()
                .enumerate()
                .filter_map(|(group, found)| found.map(|found| (group, found.start(), found.end())))
                .collect(),
        )
    }

    proptest::proptest! {
        /// `FOLLOWUP_NARROW` reads a sentence of ASCII and `NARROW_SAFE`
        /// characters as `FOLLOWUP` does: the same captures.
        #[test]
        fn the_narrow_pattern_captures_as_the_full_one(
            words in proptest::collection::vec(proptest::sample::select(vec![
                "But ", "and ", ",", " ", "\t", "The ", "the ", "Moscow", "Kyiv’s ",
                "China's ", "U.N. ", "foreign ", "ministry ", "has ", "both ", "formally ",
                "Ukraine-born ", "9 ", "_x ", "“", "”", "—", "–", "…", "‘", "’", ".", ";",
            ]), 0..8),
            cue in proptest::sample::select(vec![
                " denied ", " deny\t", " rejected  ", " dismisses ", " refuted ", " denied",
            ]),
            object in proptest::collection::vec(proptest::sample::select(vec![
                "the ", "reports", "claims ", "Russia’s ", "Kremlin's ", "New York ", "latest ",
                "accusations", "it", "this ", "any ", "involvement ", "responsibility", " in ",
                "for ", "the attack", " in the _x.", "them ", "“", "’", "—", ".", ",", " ", "\t", "_x",
            ]), 0..6),
        ) {
            let sentence = format!("{}{cue}{}", words.concat(), object.concat());
            proptest::prop_assert!(std::ptr::eq(followup_for(&sentence), &*FOLLOWUP_NARROW));
            proptest::prop_assert_eq!(
                captures(&FOLLOWUP_NARROW, &sentence),
                captures(&FOLLOWUP, &sentence),
                "sentence: {}", sentence
            );
        }
    }

    #[test]
    fn narrow_safe_characters_are_in_no_class_of_the_pattern() {
        let classes = Regex::new(r"(?i)^[\p{L}\p{M}\p{Lu}\s\w]$").expect("valid");
        for ch in NARROW_SAFE {
            assert!(!classes.is_match(&ch.to_string()), "{ch:?}");
            assert_eq!(ch.to_lowercase().collect::<String>(), ch.to_string());
            assert_eq!(ch.to_uppercase().collect::<String>(), ch.to_string());
        }
        // Any other character outside ASCII takes the full pattern, and
        // reads a Unicode denier.
        for sentence in [
            "Zelenskyy\u{a0}denied the reports.",
            "Łukasz denied the reports.",
        ] {
            assert!(std::ptr::eq(followup_for(sentence), &*FOLLOWUP));
        }
        check(
            "Łukasz Nowak denied the reports.",
            Some(("Łukasz Nowak", "denied")),
        );
        check(
            "Moscow\u{a0}denied the reports.",
            Some(("Moscow", "denied")),
        );
        // A denial needs its cue between spaces.
        check("Moscow denied-the reports.", None);
    }

    #[test]
    fn a_denier_is_at_most_81_characters() {
        let longest = format!("M{}", "o".repeat(80));
        let sentence = format!("But {longest} denied the reports.");
        check(&sentence, Some((longest.as_str(), "denied")));
        check(&format!("But {longest}o denied the reports."), None);
        check(&format!("{longest}o denied the reports."), None);
    }

    #[test]
    fn a_denier_is_named_by_its_name_or_adjective() {
        for (denier, word, same) in [
            ("russia", "russian", true),
            ("china", "chinese", true),
            ("kremlin", "kremlin", true),
            ("moscow", "russian", false),
            ("russia", "rush", false),
            ("kremlin", "kyiv", false),
        ] {
            assert_eq!(same_name(denier, word), same, "{denier} / {word}");
        }
    }

    #[test]
    fn a_denial_of_the_reports_names_its_denier() {
        check(
            "Moscow and Beijing both deny the reports.",
            Some(("Moscow and Beijing", "deny")),
        );
    }

    #[test]
    fn perfect_tense_and_other_objects() {
        check(
            "Beijing has repeatedly denied the allegations.",
            Some(("Beijing", "denied")),
        );
        check(
            "Tehran has consistently denied these allegations.",
            Some(("Tehran", "denied")),
        );
        check(
            "The ministry has categorically rejected the reports.",
            Some(("The ministry", "rejected")),
        );
        check("Italy denied the claims.", Some(("Italy", "denied")));
        // A word ending in "-ly" that is no adverb stays in the denier.
        check(
            "His family has denied the allegations.",
            Some(("His family", "denied")),
        );
        check(
            "Police spokesman Ryan Kelly denied the reports.",
            Some(("Police spokesman Ryan Kelly", "denied")),
        );
        check(
            "The Kremlin rejected these claims on Monday.",
            Some(("The Kremlin", "rejected")),
        );
        check(
            "China's foreign ministry denied it.",
            Some(("China's foreign ministry", "denied")),
        );
    }

    #[test]
    fn a_denial_of_its_own_part_follows_up() {
        check(
            "Russia has denied involvement in the attack.",
            Some(("Russia", "denied")),
        );
        check(
            "Islamic Jihad denied responsibility.",
            Some(("Islamic Jihad", "denied")),
        );
        check(
            "The Kremlin has flatly rejected any involvement.",
            Some(("The Kremlin", "rejected")),
        );
        // Involvement in something else than what was claimed.
        check("Russia denies involvement in the Ukrainian conflict.", None);
    }

    #[test]
    fn a_denial_without_an_anaphoric_object_is_not_a_follow_up() {
        check("Moscow denies everything.", None);
        check("Beijing denied supplying drones to Moscow.", None);
    }

    #[test]
    fn a_long_clause_is_not_a_speaker() {
        check(
            "After a long meeting in the capital with many officials from many ministries and agencies they denied the reports.",
            None,
        );
    }

    /// The denier and cue of the denial in a clause of `sentence` after its
    /// claim, which ends at the end of `claim`.
    fn check_inner(sentence: &str, claim: &str, expected: Option<(&str, &str)>) {
        // Several claim phrases are written "a|b", each at its first place.
        let spans: Vec<std::ops::Range<usize>> = claim
            .split('|')
            .filter_map(|phrase| sentence.find(phrase).map(|at| at..at + phrase.len()))
            .collect();
        let after = claim_end(sentence, &spans);
        let found = denial_after(sentence, after);
        let found = found
            .as_ref()
            .map(|(_, attribution, ..)| (attribution.speaker.as_str(), attribution.cue.as_str()));
        assert_eq!(found, expected, "sentence: {sentence}");
    }

    #[test]
    fn a_denial_after_the_claim_in_its_own_sentence_is_the_deniers() {
        check_inner(
            "Officials in Kabul accused Pakistan of shelling the market, though Islamabad denied responsibility.",
            "market",
            Some(("Islamabad", "denied")),
        );
        check_inner(
            "Israel accused Hezbollah of storing rockets in homes, while Beirut denied the allegations.",
            "homes",
            Some(("Beirut", "denied")),
        );
        check_inner(
            "Kyiv blamed Moscow for the blast at the dam, although the Kremlin has rejected the accusations.",
            "dam",
            Some(("the Kremlin", "rejected")),
        );
        check_inner(
            "Local officials said drones hit the depot, but the army dismissed the reports.",
            "depot",
            Some(("the army", "dismissed")),
        );
        // The denier may be named by a claim term ("Islamabad" a name of
        // Pakistan): its name is no part of the claim the denial answers.
        check_inner(
            "Afghan officials accused Pakistan of bombing Kabul, though Islamabad denied responsibility.",
            "Pakistan|bombing|Kabul|Islamabad",
            Some(("Islamabad", "denied")),
        );
        check_inner(
            "Kyiv blamed Moscow for the blast, but the Kremlin has flatly rejected the accusations.",
            "Moscow|blast|Kremlin",
            Some(("the Kremlin", "rejected")),
        );
        // A denial before the claim, or one of something else, is not its own.
        check_inner(
            "Though Islamabad denied responsibility, officials in Kabul accused Pakistan of shelling the market.",
            "market",
            None,
        );
        check_inner(
            "Officials accused Pakistan of shelling the market, while Islamabad denied supplying arms to the rebels.",
            "market",
            None,
        );
        check_inner(
            "Officials accused Pakistan of shelling the market while the army denied the town water.",
            "market",
            None,
        );
    }

    /// Builds `Covered` from `(rule, first, last)` matches and checks which
    /// `(rule, sentence)` pairs it reports as covered.
    fn check_covered(matches: &[(u32, u32, u32)], inside: &[(u32, u32)], outside: &[(u32, u32)]) {
        let matches: Vec<RuleMatch> = matches
            .iter()
            .map(|&(rule, sentence, last_sentence)| RuleMatch {
                rule: RuleId(rule),
                sentence,
                last_sentence,
                terms: Vec::new(),
                spans: Vec::new(),
                deny: Vec::new(),
                excluded: Vec::new(),
                slots: Vec::new(),
            })
            .collect();
        let covered = Covered::new(&matches);
        for &(rule, sentence) in inside {
            assert!(
                covered.contains(RuleId(rule), sentence),
                "{rule} {sentence}"
            );
        }
        for &(rule, sentence) in outside {
            assert!(
                !covered.contains(RuleId(rule), sentence),
                "{rule} {sentence}"
            );
        }
    }

    #[test]
    fn covered_sentences_per_rule() {
        check_covered(
            &[(0, 2, 2), (0, 5, 7), (1, 0, 3), (0, 6, 6)],
            &[(0, 2), (0, 5), (0, 6), (0, 7), (1, 0), (1, 3)],
            &[(0, 0), (0, 3), (0, 4), (0, 8), (1, 4), (2, 2)],
        );
        check_covered(&[], &[], &[(0, 0)]);
    }
}
