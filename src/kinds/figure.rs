//! Figure claims: a quantity whose value is extracted and compared. Reads a
//! figure rule's spec, and picks the value that answers a figure in a matched
//! sentence, with its key.
//!
//! Matches: "Between 2014 and 2018, about 70% of China's weapons imports came
//! from Russia."  (value 70%, key 2014..2018)
//! Ignores: values of another type than the rule's `value`.

mod age;
mod breakdown;
mod shared;
mod subject;

pub use breakdown::Sum;
pub use shared::{binding, Binding};
pub(crate) use subject::PREPOSITIONS;

pub(crate) use subject::{
    background_event, came_after, is_old_year, marks_other_event, names_people_only,
    sets_apart_after, words,
};

use std::ops::Range;

use toml::de::{DeTable, DeValue};

use serde::Serialize;
use strum::IntoEnumIterator;

use crate::diag::{self as parse, Ctx};
use crate::model::{Bound, Period, Value, ValueKind};
use crate::text::saying;
use crate::vocab::Named;

/// The keys a figure rule takes besides the common ones.
pub const KEYS: &[&str] = &[
    "value",
    "unit",
    "key",
    "tolerance",
    "min",
    "max",
    "exclude",
    "vague",
];

/// The keys an example of a figure rule takes besides `text`, `match` and `stance`.
pub const EXAMPLE_KEYS: &[&str] = &["value"];

/// The value types, as written in rules: the names of `ValueKind`, in
/// declaration order.
pub fn value_kinds() -> Vec<&'static str> {
    ValueKind::iter().map(|kind| kind.name()).collect()
}

/// How a figure rule compares two values.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(rename_all = "kebab-case", tag = "type", content = "amount")]
pub enum Tolerance {
    /// Values must be equal (dates: overlap at their common grain).
    Exact,
    /// Values may differ by at most this much.
    Absolute(f64),
    /// Values may differ by at most this fraction of the larger.
    Relative(f64),
}

/// What a figure rule makes of a vague amount ("dozens", "hundreds of",
/// "thousands", "several", "many"), which names a scale and no number.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Vague {
    /// No figure (`vague = "none"`, the default): a sentence whose only
    /// amount for the rule is vague is no instance of it ("dozens were
    /// injured"), since a vague amount confirms and disputes no value.
    #[default]
    None,
    /// The amount's interval is the value ("dozens" 24–99, `vague =
    /// "interval"`), for a rule whose sources give only magnitudes.
    Interval,
}

/// Where the key of a figure comes from.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum FigureKey {
    /// One bucket for every instance.
    None,
    /// The period (a year range, else a year) written in the same sentence,
    /// else in the sentence before or the heading (inherited); instances
    /// without one fall into one bucket, `Period::Unspecified`.
    Period,
    /// Qualifier terms (`key = ["first strike", "second strike"]`): the term
    /// written nearest the value, else one in the sentence before or the
    /// heading (inherited), else `Period::Unspecified`. A sentence that
    /// names several terms gives one figure per term ("400 and 150 people
    /// work in Moscow and St Petersburg, respectively").
    Terms(Vec<String>),
}

/// One figure a sentence gives: its value (an index into the sentence's
/// values), its key, and whether the key came from the context.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Figure {
    /// The value that answers the figure.
    pub value: Option<usize>,
    /// The key it applies to, for a rule with a key.
    pub key: Option<Period>,
    /// True when the key was read from the sentence before or the heading.
    pub inherited: bool,
    /// True when the value's clause is about another event than the rule's
    /// ("the 1999 quake killed 17,000"): the figure is no instance.
    pub other_event: bool,
    /// For a breakdown with no written total ("45 adults and 5 children
    /// died"): the sum that answers the figure in place of `value`, one of
    /// its parts.
    pub sum: Option<Sum>,
}

/// What a figure reads around its sentence: the sentence before, the
/// nearest heading above, and the years of the article's own event.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Context<'a> {
    /// The sentence before, when it is body text or a heading.
    pub previous: Option<&'a str>,
    /// The nearest heading above.
    pub heading: Option<&'a str>,
    /// The years of the article's own event: the year it was published and
    /// the one before, and the years its first sentences write ("the 2014
    /// disaster" in a 2019 article on MH17 is its own event). A past year
    /// outside them marks another event ("the 1999 quake"); with none, no
    /// year does.
    pub recent: Vec<i32>,
}

/// The words a rule matched in a sentence (byte spans inside it), and
/// among them its trigger words: those of its `all` terms, which say what
/// the figure counts ("wounded"), where its `any` terms only place it
/// ("people", "the station"). A role pattern's slots are all triggers.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Matched<'a> {
    /// Every matched word.
    pub spans: &'a [Range<usize>],
    /// The matched words of the rule's `all` terms.
    pub triggers: &'a [Range<usize>],
    /// The hits of the rule's `not` terms: each sets apart the value it
    /// belongs to (`subject::owns`, else the first value after it when that
    /// is its verb's object, `subject::object_after`: "injured 30"), and
    /// one that belongs to no value leaves no figure.
    pub excluded: &'a [Range<usize>],
    /// The `all` term of each of `triggers`, in order (empty when the
    /// triggers are a role pattern's slots): a term whose every hit lies in
    /// the phrase of a value set apart no longer holds.
    pub groups: &'a [u16],
}

impl<'a> Matched<'a> {
    /// Matched words that are all triggers (a role pattern's slots).
    pub fn all(spans: &'a [Range<usize>]) -> Matched<'a> {
        Matched {
            spans,
            triggers: spans,
            excluded: &[],
            groups: &[],
        }
    }
}

impl<'a> Context<'a> {
    /// Where a key the sentence does not write is looked for, in order.
    fn keyed(&self) -> Vec<&'a str> {
        self.previous.into_iter().chain(self.heading).collect()
    }
}

/// The figures `spec` reads in `quote`: one, one per value listed with it
/// ("tremors of magnitude 5.8 and 6.1"), or one per qualifier term the
/// sentence names. `context` holds the sentence before and the heading,
/// for a key the sentence does not write, and the years of the article's
/// own event; a figure whose clause is about another event is marked
/// `other_event`.
pub fn read(
    spec: &FigureSpec,
    quote: &str,
    context: &Context<'_>,
    values: &[Value],
    matched: &Matched<'_>,
) -> Vec<Figure> {
    // "three more victims succumbed to their injuries": an injury named as
    // the cause of a death counts no injured, so a rule whose every
    // trigger is one reads nothing.
    let injury = |hit: &Range<usize>| {
        subject::families_of(quote, std::slice::from_ref(hit)) == [1]
            && subject::cause_of_death(quote, hit)
    };
    if !matched.triggers.is_empty() && matched.triggers.iter().all(injury) {
        return Vec::new();
    }
    let mut figures = read_values(spec, quote, context, values, matched);
    // "7 killed, dozens injured": a vague amount names a scale, no value,
    // so unless the rule compares magnitudes (`vague = "interval"`) it is
    // no figure, and a sentence whose only amount for the rule is vague
    // gives none (the injured rule takes nothing here).
    if spec.vague == Vague::None {
        let vague = |figure: &Figure| {
            figure
                .value
                .and_then(|idx| values.get(idx))
                .is_some_and(vague_amount)
        };
        if figures.iter().any(vague) {
            figures.retain(|figure| !vague(figure));
            if figures.is_empty() {
                return Vec::new();
            }
        }
    }
    // "The blast claimed 15 lives, mostly children": an `all` term whose
    // every hit names members of the count with no number of their own
    // (`subject::vague_part`) is not counted by it, so a rule of the
    // children killed reads no figure there (the toll's rule, whose words
    // are all on the count, reads 15).
    if spec.value == ValueKind::Count && vague_members_only(quote, matched) {
        return Vec::new();
    }
    // A count bound to a verb of its own that is no matched word counts
    // something else ("Russian missiles crossed into Poland, killing two"
    // holds no count of missiles): no figure.
    // So does a part of a count that is not the rule's own noun ("Among
    // those killed were five children" gives no death toll).
    let families = families_of(quote, matched);
    let people = subject::counts_people(quote, matched.triggers, &families);
    let names_group = subject::names_group(quote, matched.triggers);
    let elsewhere = |figure: &Figure| {
        figure
            .value
            .and_then(|idx| values.get(idx))
            .is_some_and(|value| {
                let tie = subject::tie(quote, value, matched.spans);
                // A part placed at the rule's own place is that place's
                // count ("claiming 44 lives, including 33 in Kyiv").
                tie == subject::Tie::Elsewhere
                    // "15 buildings collapsed" gives a death toll nothing.
                    || (people
                        && tie == subject::Tie::Other
                        && subject::counts_things(quote, value, matched.spans))
                    || (tie != subject::Tie::Counts
                        && subject::is_part(quote, value)
                        && !placed_at_trigger(quote, value, matched.triggers))
                    // "Two of those killed were store employees": a part
                    // of the rule's own count, told by what it is.
                    || subject::part_of_matched(quote, value, matched.triggers)
                    // "one of the four most critically injured died": the
                    // top of a group ranked, not how many it holds.
                    || subject::ranked_subset(quote, value)
                    // "14 people from other counties were confirmed dead".
                    || subject::counts_elsewhere(quote, value, matched.spans)
                    // "Three more people died in hospital": new deaths
                    // added to a toll given before, not the toll.
                    // A toll of people is reported as a running total,
                    // so "more" marks an update of it.
                    || subject::adds_to_earlier(quote, values, value, people, &families)
                    // "Previously reported at 48, the toll was corrected":
                    // a figure since corrected is no one's.
                    || subject::superseded(quote, value)
                    // "12 victims have been identified", "900 who had been
                    // injured have been discharged": a part at a stage.
                    || subject::counts_stage(quote, value, matched.spans)
                    // "over 100 injured" gives a rule of the dead nothing.
                    || subject::counts_other_family(quote, value, matched.triggers, &families)
                    // "militants attacked the post, killing 9–11 guards"
                    // gives a rule of the militants killed nothing.
                    || (tie == subject::Tie::Other && names_group)
                    // "Seven injured passengers remain in hospital": the
                    // patients still cared for, a part of the injured.
                    || subject::in_care(quote, value, matched.spans)
            })
    };
    if spec.value == ValueKind::Count
        && figures.iter().any(|figure| figure.value.is_some())
        && figures
            .iter()
            .filter(|figure| figure.value.is_some())
            .all(elsewhere)
    {
        return Vec::new();
    }
    // "While four people died on the spot, nine others died in hospital":
    // counts of the rule's own event, one of them the others than the
    // rest, are parts of a whole the sentence does not write (no total is
    // summed from parts marked as others), so no figure, unless one of
    // them is the level a total reached or is set out as a part of one.
    if spec.value == ValueKind::Count
        && parts_with_others(quote, values, matched.triggers, &families)
    {
        return Vec::new();
    }
    // "three people were killed at a Kyiv children's hospital": a trigger
    // that only locates a smaller place counts nothing of its own.
    if spec.value == ValueKind::Count && locates_only(quote, matched.triggers) {
        return Vec::new();
    }
    // "A police raid left 90 people dead": a trigger naming a kind of
    // people that only modifies another noun counts none of them, so a
    // rule of the police killed reads nothing (the toll's rule reads 90).
    if spec.value == ValueKind::Count && people_only_modify(quote, matched) {
        return Vec::new();
    }
    let valueless = figures.iter().all(|figure| figure.value.is_none());
    // "An 83-year-old woman and a 61-year-old man were killed": a list of
    // single persons is a count with no number written, its sum.
    if valueless && spec.value == ValueKind::Count {
        if let Some(sum) = breakdown::sum_of_persons(quote, values, matched.triggers) {
            for figure in &mut figures {
                figure.sum = Some(sum.clone());
            }
            return figures;
        }
    }
    if valueless && is_amount(spec.value) && !states_amount(spec, quote, values, matched.spans) {
        return Vec::new();
    }
    if valueless && !is_amount(spec.value) && !frames_event(quote, matched.spans) {
        return Vec::new();
    }
    if spec.value == ValueKind::Count {
        summed(quote, values, matched.triggers, figures)
    } else {
        figures
    }
}

/// The families of events the rule's triggers name ("killed": the dead);
/// when they name none (a rule whose `all` terms name the event or place,
/// "strikes", and whose `any` terms the harm, "killed"), those its other
/// matched words name: "Ten civilians were killed and 12 others wounded in
/// the strikes" counts the wounded apart from the dead either way.
fn families_of(quote: &str, matched: &Matched<'_>) -> Vec<usize> {
    let families = subject::families_of(quote, matched.triggers);
    if families.is_empty() {
        subject::families_of(quote, matched.spans)
    } else {
        families
    }
}

/// Whether two or more counts of `values` are bound to the rule's
/// `triggers` as counts of its own event and place, one of them others than
/// the rest (`subject::counts_others`), none a level a total reached or a
/// part set out of a whole.
fn parts_with_others(
    quote: &str,
    values: &[Value],
    triggers: &[Range<usize>],
    families: &[usize],
) -> bool {
    let own: Vec<&Value> = values
        .iter()
        .filter(|value| {
            value.kind == ValueKind::Count
                && !vague_amount(value)
                && subject::tie(quote, value, triggers).binds()
                && !subject::counts_other_family(quote, value, triggers, families)
                // "6 other deaths were reported in other parts of the
                // region" counts elsewhere, not a part of the place's count.
                && !subject::counts_elsewhere(quote, value, triggers)
        })
        .collect();
    own.len() >= 2
        && own.iter().any(|value| subject::counts_others(quote, value))
        && !own.iter().any(|value| {
            subject::is_level(quote, value, triggers) || subject::is_part(quote, value)
        })
}

/// Whether one of the rule's `all` terms is matched only by words that
/// name members of a count with no number of their own (`subject::
/// vague_part`: "mostly children", "including women and children"). The
/// triggers of a role pattern (no groups) are read as one term each.
fn vague_members_only(quote: &str, matched: &Matched<'_>) -> bool {
    let group = |idx: usize| {
        if matched.groups.len() == matched.triggers.len() {
            matched
                .groups
                .get(idx)
                .map_or(idx, |group| usize::from(*group))
        } else {
            idx
        }
    };
    let mut vague: Vec<(usize, bool)> = matched
        .triggers
        .iter()
        .enumerate()
        .map(|(idx, hit)| (group(idx), subject::vague_part(quote, hit)))
        .collect();
    vague.sort_unstable();
    vague
        .chunk_by(|a, b| a.0 == b.0)
        .any(|hits| hits.iter().all(|(_, vague)| *vague))
}

/// `figures` with each breakdown with no written total (`breakdown::sum`)
/// one figure of its sum in place of those of its parts: "45 adults and 5
/// children died" is a toll of 50.
fn summed(
    quote: &str,
    values: &[Value],
    triggers: &[Range<usize>],
    figures: Vec<Figure>,
) -> Vec<Figure> {
    let mut out: Vec<Figure> = Vec::with_capacity(figures.len());
    for mut figure in figures {
        let held = out.iter().any(|kept| {
            kept.sum
                .as_ref()
                .is_some_and(|sum| figure.value.is_some_and(|idx| sum.parts.contains(&idx)))
        });
        if held {
            continue;
        }
        if figure.sum.is_none() {
            figure.sum = figure
                .value
                .and_then(|idx| breakdown::sum(quote, values, idx, triggers));
        }
        out.push(figure);
    }
    out
}

/// Nouns of a place inside a city or region: a site, a facility, a part
/// of town.
#[rustfmt::skip]
const SITES: &[&str] = &[
    "hospital", "hospitals", "clinic", "school", "schools", "kindergarten", "university",
    "station", "market", "mall", "supermarket", "church", "mosque", "synagogue", "theatre",
    "theater", "factory", "plant", "airport", "port", "prison", "camp", "village", "district",
    "neighbourhood", "neighborhood", "suburb", "suburbs", "outskirts", "centre", "center",
    "stadium", "hotel", "nursing",
];

/// Parts of a place named by "of" ("the Dniprovskyi district of the
/// capital"); in the plural they may add up to the whole ("the Dnipro,
/// Shevchenkiv and Solomyan districts of the capital").
#[rustfmt::skip]
const PARTS_OF_PLACE: &[&str] = &[
    "district", "neighbourhood", "neighborhood", "suburb", "outskirts", "quarter", "part",
    "centre", "center",
];

/// Whether `value` is placed by a locative phrase right after it whose
/// noun is a trigger: "claiming 44 lives, including 33 in Kyiv" gives 33
/// to a rule about Kyiv; at most two words of its own noun phrase between
/// ("33 people in Kyiv", "5 of them in Valencia").
fn placed_at_trigger(quote: &str, value: &Value, triggers: &[Range<usize>]) -> bool {
    let Some(rest) = quote.get(value.end..) else {
        return false;
    };
    let mut offset = value.end;
    let mut words = Vec::new();
    for word in rest.split_inclusive(char::is_whitespace).take(8) {
        if !word.trim().is_empty() {
            words.push((offset, word.trim()));
        }
        offset += word.len();
    }
    let Some(prep) = words
        .iter()
        .take(3)
        .position(|(_, word)| LOCATIVES.contains(&word.to_lowercase().as_str()))
    else {
        return false;
    };
    let own_phrase = words[..prep].iter().all(|(_, word)| {
        !word.ends_with([',', '.', ';', ':'])
            && (!crate::values::words::is_function_word(word)
                || ["of", "them", "whom"].contains(&word.to_lowercase().as_str()))
    });
    let mut noun = prep + 1;
    if words
        .get(noun)
        .is_some_and(|(_, word)| ["the", "a", "an"].contains(&word.to_lowercase().as_str()))
    {
        noun += 1;
    }
    // The place is a noun, not another count whose trigger starts with
    // its number ("flooded 22,273 homes in 17 settlements" places the homes
    // in settlements, it does not count them).
    own_phrase
        && words.get(noun).is_some_and(|(at, word)| {
            !word.starts_with(|c: char| c.is_ascii_digit())
                && triggers.iter().any(|span| span.start == *at)
        })
}

/// Whether `value` is a size hyphened to a noun that is no trigger ("the
/// 14-member IAEA mission", "a 30-strong crew", "the 600-page report").
fn size_modifier(quote: &str, value: &Value, triggers: &[Range<usize>]) -> bool {
    let Some(rest) = quote
        .get(value.end..)
        .and_then(|rest| rest.strip_prefix('-'))
    else {
        return false;
    };
    let noun = rest.len() - rest.trim_start_matches(char::is_alphabetic).len();
    let start = value.end + 1;
    noun > 0
        && !triggers
            .iter()
            .any(|span| span.start <= start && start < span.end.max(start + 1))
}

/// Prepositions that place an event at a site.
const LOCATIVES: &[&str] = &[
    "at", "in", "on", "inside", "near", "outside", "into", "onto",
];

/// Whether some trigger of the match (its text, wherever it stands) only
/// locates a smaller place, so the count belongs to that place: it
/// modifies a site's noun ("Kyiv's Okhmatdyt Children's Hospital", "a Kyiv
/// children's hospital", "the Valencia nursing home") or is what a part is
/// "of" ("the Dniprovskyi district of the capital"). A trigger that is a
/// site itself ("hospital") is its own head.
fn locates_only(quote: &str, triggers: &[Range<usize>]) -> bool {
    let lower = quote.to_ascii_lowercase();
    let words_after = |at: usize| -> Vec<&str> {
        lower
            .get(at..)
            .unwrap_or("")
            .split(|ch: char| ch.is_whitespace())
            .take(4)
            .collect()
    };
    let site = |word: &str| {
        let bare = word.trim_end_matches([',', '.', ';', ':', ')', '"', '”']);
        SITES.contains(&bare)
    };
    let container = |span: &Range<usize>| {
        let text = lower.get(span.clone()).unwrap_or("");
        if text.split_whitespace().any(site) {
            return false;
        }
        let rest = lower.get(span.end..).unwrap_or("");
        // Modifier: "'s" or nothing, then up to three words of a noun
        // phrase (no mark, no function word) ending in a site.
        let rest_at = match rest {
            r if r.starts_with("'s ") || r.starts_with("’s ") => {
                Some(span.end + r.find(' ').unwrap_or(0))
            }
            r if r.starts_with(' ') => Some(span.end),
            _ => None,
        };
        // Only where the site is where it happened: after a locative
        // preposition ("killed at a Kyiv hospital", "the strike on Kyiv's
        // hospital"), not a destination ("sent soldiers to the Russian
        // National Defense University").
        let located = {
            let mut before = lower
                .get(..span.start)
                .unwrap_or("")
                .split_whitespace()
                .rev();
            let mut prev = before.next();
            if prev.is_some_and(|word| ["a", "an", "the"].contains(&word)) {
                prev = before.next();
            }
            prev.is_some_and(|word| LOCATIVES.contains(&word))
        };
        let after = rest_at
            .filter(|_| located)
            .map(|at| words_after(at + 1))
            .unwrap_or_default();
        let modifier = after.iter().enumerate().any(|(idx, word)| {
            let within = after[..idx].iter().all(|before| {
                !before.ends_with([',', '.', ';', ':'])
                    && !crate::values::words::is_function_word(before)
            });
            within && site(word)
        });
        // Part of: "<part> of (the) <trigger>".
        let head = lower.get(..span.start).unwrap_or("");
        let mut before = head.split_whitespace().rev();
        let mut prev = before.next();
        if prev == Some("the") {
            prev = before.next();
        }
        let part_of = prev == Some("of")
            && before
                .next()
                .is_some_and(|part| PARTS_OF_PLACE.contains(&part));
        modifier || part_of
    };
    triggers.iter().any(|span| {
        let text = lower.get(span.clone()).unwrap_or("");
        container(span)
            && !triggers
                .iter()
                .any(|other| lower.get(other.clone()) == Some(text) && !container(other))
    })
}

/// Whether some `all` term of the match names a kind of people ("police",
/// "army", "soldier") only where it modifies another noun, one that names
/// no people ("a police raid", "the army offensive", "police custody"):
/// the sentence counts no people of that kind there. A term with a hit
/// that is a head ("police said", "four police officers", "the police")
/// holds. With no groups (a role pattern's slots), each trigger's text is
/// its own term.
fn people_only_modify(quote: &str, matched: &Matched<'_>) -> bool {
    let modifier = |span: &Range<usize>| {
        let word = quote.get(span.clone()).unwrap_or("");
        if !MODIFYING_PEOPLE
            .iter()
            .any(|kind| kind.eq_ignore_ascii_case(word))
        {
            return false;
        }
        let rest = quote.get(span.end..).unwrap_or("");
        if !rest.starts_with(' ') {
            return false;
        }
        let mut after = subject::marks_and_words(rest);
        let Some((at, next)) = after.next() else {
            return false;
        };
        let next_lower = next.to_lowercase();
        at == 1
            && next.chars().all(char::is_alphabetic)
            && !crate::values::words::is_function_word(&next_lower)
            && !NOT_NOUNS.contains(&next_lower.as_str())
            && !["ed", "ing", "ly", "s"]
                .iter()
                .any(|end| next_lower.ends_with(end))
            && !subject::names_people(&next_lower)
            && !names_agent(&next_lower)
            && !crate::text::grammar::is_auxiliary(&next_lower)
    };
    if matched.groups.len() == matched.triggers.len() && !matched.groups.is_empty() {
        let mut terms: Vec<u16> = matched.groups.to_vec();
        terms.sort_unstable();
        terms.dedup();
        return terms.iter().any(|term| {
            matched
                .triggers
                .iter()
                .zip(matched.groups)
                .filter(|(_, group)| *group == term)
                .all(|(span, _)| modifier(span))
        });
    }
    matched.triggers.iter().any(|span| {
        let text = quote.get(span.clone()).unwrap_or("");
        modifier(span)
            && matched
                .triggers
                .iter()
                .filter(|other| quote.get((*other).clone()) == Some(text))
                .all(modifier)
    })
}

/// Whether the lower-cased `noun` names one who acts or a body of people
/// ("junta", "patrol", "commander", "spokesman"): a kind of people before
/// it names who acted ("the military junta killed 40 protesters"), the
/// agent, not a modifier of a thing or an event.
fn names_agent(noun: &str) -> bool {
    BODIES.contains(&noun)
        || ["man", "woman", "person", "personnel"]
            .iter()
            .any(|end| noun.ends_with(end))
        || (noun.len() > 5 && ["er", "or"].iter().any(|end| noun.ends_with(end)))
}

/// Nouns of a body of people that acts.
#[rustfmt::skip]
const BODIES: [&str; 22] = [
    "junta", "regime", "government", "command", "council", "leadership", "unit", "patrol",
    "squad", "brigade", "battalion", "regiment", "chief", "administration", "authority",
    "contingent", "detachment", "garrison", "force", "cordon", "team", "convoy",
];

/// Nouns of a kind of people that English writes before another noun to
/// modify it ("a police raid", "the army offensive", "a soldier's") as
/// well as heads of a count ("four police officers", "two soldiers").
#[rustfmt::skip]
const MODIFYING_PEOPLE: [&str; 10] = [
    "police", "army", "military", "militia", "navy", "soldier", "officer", "student", "worker",
    "child",
];

/// Words after a noun of people that are no noun it modifies: verbs of
/// saying and of acting with no regular ending, and auxiliaries ("police
/// say", "the army hit", "police have").
#[rustfmt::skip]
const NOT_NOUNS: [&str; 40] = [
    "say", "said", "says", "shot", "hit", "fought", "took", "gave", "came", "went", "found", "made",
    "held", "kept", "ran", "beat", "struck", "threw", "told", "began", "set", "put", "cut", "led",
    "sent", "met", "brought", "caught", "left", "have", "had", "will", "would", "could", "can",
    "may", "might", "must", "did", "do",
];

/// Words that open a phrase placing the rest of the sentence in time
/// against an event ("After Russia's annexation of Crimea, …", "Coupled
/// with the anticipated construction of …, …").
#[rustfmt::skip]
const FRAMES: &[&str] = &[
    "after", "before", "since", "until", "following", "amid", "during", "upon", "with",
    "coupled", "prior", "ahead",
];

/// Whether a *when* figure with no value in its sentence names its event
/// where the sentence takes the event as its time frame: a matched word in
/// an opening phrase, up to the first comma, that starts with a word of
/// `FRAMES` ("After Russia's annexation of Crimea, China continued to build
/// ties"). Elsewhere a sentence that mentions the event without its time
/// ("the hospital was hit by a rocket", "471 were killed in the blast")
/// says nothing about when it happened.
fn frames_event(quote: &str, matched: &[Range<usize>]) -> bool {
    let text = quote.trim_start_matches(|ch: char| !ch.is_alphanumeric());
    let offset = quote.len() - text.len();
    let first = text
        .split(|ch: char| !ch.is_alphanumeric())
        .next()
        .unwrap_or("");
    let Some(comma) = text.find(',') else {
        return false;
    };
    FRAMES.iter().any(|frame| first.eq_ignore_ascii_case(frame))
        && matched.iter().any(|span| span.start < offset + comma)
}

/// Whether a figure of `kind` is an amount (how many, how much, how long),
/// which a sentence states only with a value or an amount word; a *when*
/// figure (year, date, period, time of day) is also answered by taking its
/// event as the sentence's time frame ("After Russia's annexation of
/// Crimea, …"; see `frames_event`).
fn is_amount(kind: ValueKind) -> bool {
    match kind {
        ValueKind::Percent
        | ValueKind::Count
        | ValueKind::Money
        | ValueKind::Quantity
        | ValueKind::Multiplier
        | ValueKind::Duration
        | ValueKind::Ordinal => true,
        ValueKind::Year | ValueKind::Date | ValueKind::Range | ValueKind::Time => false,
    }
}

/// Whether `value` is a vague amount, a scale with no number ("dozens",
/// "hundreds of", "several hundred", "tens of thousands"); "30-odd"
/// writes its number, and bounds it.
fn vague_amount(value: &Value) -> bool {
    value.bound == Bound::Vague && !value.text.to_ascii_lowercase().ends_with("odd")
}

/// Vague number words: an amount only for a rule that reads vague amounts
/// (`vague = "interval"`); otherwise "many died" answers no figure.
#[rustfmt::skip]
const VAGUE_WORDS: &[&str] = &[
    "many", "several", "few", "dozens", "hundreds", "thousands", "millions", "scores", "numerous",
    "much",
];

/// Words that state a definite amount without a number: none ("no
/// civilian casualties") or all ("everyone on board was killed"). With a
/// vague number (`VAGUE_WORDS`, "many died") and a share (`SHARE_WORDS`,
/// "cargo mostly lost") they are the amount words.
#[rustfmt::skip]
const DEFINITE_WORDS: &[&str] = &[
    "no", "none", "nobody", "zero", "all", "everyone", "everybody", "every", "entire", "whole",
];

/// Whether `word` is one of `words`, case ignored.
fn one_of(words: &[&str], word: &str) -> bool {
    words.iter().any(|entry| word.eq_ignore_ascii_case(entry))
}

/// Amount words that state a share of a whole, no count of it.
const SHARE_WORDS: &[&str] = &["most", "mostly", "majority", "half"];

/// Comparatives that "much" intensifies ("much lower", "much more
/// serious"): there "much" is a degree, not an amount.
#[rustfmt::skip]
const COMPARATIVES: &[&str] = &[
    "more", "less", "fewer", "lower", "higher", "greater", "larger", "smaller", "bigger",
    "worse", "better", "lesser", "longer", "shorter", "wider", "deeper", "heavier", "lighter",
    "earlier", "later", "faster", "slower", "stronger", "weaker", "too",
];

/// Whether `quote` states an amount, in digits (a number the value reader
/// does not type: "5.6 Gbit/s") or in words, in a clause holding a matched
/// word: "Authorities have evacuated the population" and "reported more
/// casualties" give no amount, "no civilian casualties were reported" does.
/// "Much" before a comparative is a degree ("the death toll was much lower
/// than announced"), no amount; nor are the digits of a date, year or time
/// ("the May 3 drone attack", "the 2019 flood").
/// A share ("most", "the majority", "half") states no count: "most of the
/// Palestinians were killed in the stampede" says how the dead died, not
/// how many there were.
fn states_amount(
    spec: &FigureSpec,
    quote: &str,
    values: &[Value],
    matched: &[Range<usize>],
) -> bool {
    let kind = spec.value;
    let clauses = crate::text::clause::split(quote);
    let held: Vec<usize> = matched.iter().map(|span| clauses.at(span.start)).collect();
    let mut words = Vec::new();
    let mut start = None;
    for (at, ch) in quote
        .char_indices()
        .chain(std::iter::once((quote.len(), ' ')))
    {
        if ch.is_alphanumeric() {
            start.get_or_insert(at);
        } else if let Some(begin) = start.take() {
            words.push((begin, quote.get(begin..at).unwrap_or("")));
        }
    }
    words.iter().enumerate().any(|(idx, (begin, word))| {
        let degree = word.eq_ignore_ascii_case("much")
            && words
                .get(idx + 1)
                .is_some_and(|(_, next)| one_of(COMPARATIVES, next));
        // A number hyphened to letters names a model ("S-300", "Su-35");
        // one hyphened to a noun after it is a size or an age ("a 53-year
        // old woman", "the 14-member mission"), unless the noun is matched.
        let designation = quote
            .get(..*begin)
            .and_then(|head| head.strip_suffix('-'))
            .is_some_and(|head| head.ends_with(|ch: char| ch.is_alphabetic()));
        let end = begin + word.len();
        let modifier = quote
            .get(end..)
            .and_then(|rest| rest.strip_prefix('-'))
            .is_some_and(|rest| rest.starts_with(char::is_alphabetic))
            && !matched
                .iter()
                .any(|span| span.start <= end + 1 && end + 1 < span.end);
        // A day of a month is a date even where no year completes it
        // ("the May 3 drone attack" in an undated article).
        let month_at = |at: Option<usize>| {
            at.and_then(|at| words.get(at))
                .is_some_and(|(_, word)| crate::values::words::month(word).is_some())
        };
        // Digits the value reader typed as another kind than the rule's
        // ("ranged in age from 18 to 24" for a count) state none of its
        // amount either.
        let when = values.iter().any(|value| {
            (dated_or_timed(value.kind) || !accepts(kind, value.kind))
                && (value.start..value.end).contains(begin)
        }) || (word.len() <= 2
            && (month_at(idx.checked_sub(1)) || month_at(Some(idx + 1))));
        // "A boy in critical condition has died": one person, no number;
        // not one said to be what others are ("one of the killed was a
        // child") nor placed among them ("a child is among those injured").
        // One person is a count, no amount of another kind: "A driver rams a
        // truck into a crowd" states no age, sum or distance.
        let person_at = words
            .iter()
            .skip(idx + 1)
            .take(3)
            .position(|(_, next)| one_of(PERSONS, next))
            .map(|at| idx + 1 + at);
        let predicative =
            idx.checked_sub(1)
                .and_then(|at| words.get(at))
                .is_some_and(|(_, before)| {
                    crate::text::grammar::is_passive_auxiliary(&before.to_ascii_lowercase())
                });
        let member = person_at.is_some_and(|at| {
            words
                .iter()
                .skip(at + 1)
                .take(4)
                .any(|(_, next)| next.eq_ignore_ascii_case("among"))
        });
        let one_person = kind == ValueKind::Count
            && ["a", "an"]
                .iter()
                .any(|article| word.eq_ignore_ascii_case(article))
            && person_at.is_some()
            && !predicative
            && !member;
        // Digits glued to letters name a thing ("a 3D model", "the 56th
        // brigade"), no count of it, as the value reader reads them.
        let glued = kind == ValueKind::Count && word.bytes().any(|byte| byte.is_ascii_alphabetic());
        let amount = word.bytes().any(|byte| byte.is_ascii_digit())
            && !designation
            && !modifier
            && !when
            && !glued
            || one_person
            || (one_of(DEFINITE_WORDS, word)
                || (kind != ValueKind::Count && one_of(SHARE_WORDS, word))
                || (spec.vague == Vague::Interval && one_of(VAGUE_WORDS, word)))
                && !quantifies_other(&words, idx, matched)
                && !conditioned(quote, &words, idx);
        amount && !degree && held.contains(&clauses.at(*begin))
    })
}

/// Words that open a clause of a condition or of the end of an action:
/// what it says is sought or supposed, not found.
const CONDITIONS: &[&str] = &["until", "till", "unless", "if", "whether"];

/// How many words back from an amount word `conditioned` looks for its
/// clause's opener ("until there is certainty that no injured …").
const CONDITION_REACH: usize = 8;

/// Whether the amount word `words[idx]` stands in a clause of condition or
/// of the end of an action, with no mark between: "rescuers will work until
/// no injured or dead remain", "unless all the missing are found", "if no
/// one was hurt" say what is sought or supposed, no amount found.
fn conditioned(quote: &str, words: &[(usize, &str)], idx: usize) -> bool {
    let mut after = words.get(idx).map_or(0, |(begin, _)| *begin);
    for at in (idx.saturating_sub(CONDITION_REACH)..idx).rev() {
        let Some((begin, word)) = words.get(at) else {
            return false;
        };
        let between = quote.get(begin + word.len()..after).unwrap_or("");
        if between.contains(|ch: char| !ch.is_whitespace() && !ch.is_alphanumeric()) {
            return false;
        }
        if one_of(CONDITIONS, word) {
            return true;
        }
        after = *begin;
    }
    false
}

/// Whether `words[idx]` is the "all" of an adverbial idiom that counts
/// nothing: "all the same", "all along", "at all", "after all".
fn idiom_of_all(words: &[(usize, &str)], idx: usize) -> bool {
    let word = |at: usize| words.get(at).map(|(_, word)| word.to_ascii_lowercase());
    if word(idx).as_deref() != Some("all") {
        return false;
    }
    let next = word(idx + 1);
    let prev = idx.checked_sub(1).and_then(word);
    next.as_deref() == Some("along")
        || (next.as_deref() == Some("the") && word(idx + 2).as_deref() == Some("same"))
        || matches!(prev.as_deref(), Some("at" | "after"))
}

/// Whether `words[idx]` is the "many" of "as many … as possible" (or
/// "as needed", "as they could"): an aim with no amount ("to cause as many
/// deaths as possible").
fn as_many_as_possible(words: &[(usize, &str)], idx: usize) -> bool {
    let word = |at: usize| words.get(at).map(|(_, word)| word.to_ascii_lowercase());
    if !matches!(word(idx).as_deref(), Some("many" | "much" | "few"))
        || idx.checked_sub(1).and_then(word).as_deref() != Some("as")
    {
        return false;
    }
    (idx + 1..idx + 7).any(|at| {
        word(at).as_deref() == Some("as")
            && matches!(
                word(at + 1).as_deref(),
                Some(
                    "possible"
                        | "necessary"
                        | "needed"
                        | "they"
                        | "it"
                        | "he"
                        | "she"
                        | "we"
                        | "you"
                )
            )
    })
}

/// Whether values of `kind` say when, not how many.
fn dated_or_timed(kind: ValueKind) -> bool {
    dated(kind) || kind == ValueKind::Time
}

/// Nouns of one person, which "a" or "an" counts as one ("a boy has
/// died", "an elderly woman was killed"); a breakdown's parts read these
/// and `breakdown::MORE_PERSONS`.
#[rustfmt::skip]
pub(super) const PERSONS: &[&str] = &[
    "boy", "girl", "man", "woman", "child", "baby", "person", "civilian", "teenager", "resident",
    "doctor", "nurse", "patient", "driver", "passenger", "pensioner",
];

/// Nouns of information, knowledge and contact: "no details on the deaths"
/// has no details, which says nothing of how many died ("no contact with
/// some of the staff" says nothing of how many are missing); "no doubt that the rocket
/// that fell …", "no indication that the village struck by a missile …"
/// count no rockets.
#[rustfmt::skip]
const INFORMATION: &[&str] = &[
    "details", "detail", "information", "figures", "figure", "numbers", "data", "breakdown",
    "estimate", "estimates", "comment", "word", "update", "confirmation", "count", "doubt",
    "number", "tally", "counts", "tallies",
    "doubts", "indication", "indications", "evidence", "sign", "signs", "proof", "knowledge",
    "idea", "reason", "mention", "contact", "news", "response", "reply", "answer", "access",
    "communication", "connection",
];

/// Adjectives of how sure, exact or final a piece of information is: "no
/// official figures", "no exact number".
#[rustfmt::skip]
const SURE_ADJECTIVES: &[&str] = &[
    "official", "exact", "precise", "reliable", "firm", "clear", "confirmed", "final",
    "accurate", "definitive", "independent", "immediate", "verified", "specific",
];

/// Whether the amount word `words[idx]` counts something other than the
/// figure: a noun of information ("no details on the hospital deaths"), or
/// what the counted ones are, a partitive holding the matched word before a
/// copula and no participle ("most of the people killed were hospital
/// patients"; not "much of the cargo was lost", "most of the passengers
/// were killed").
fn quantifies_other(words: &[(usize, &str)], idx: usize, matched: &[Range<usize>]) -> bool {
    if idiom_of_all(words, idx) || as_many_as_possible(words, idx) {
        return true;
    }
    let Some((_, next)) = words.get(idx + 1) else {
        return false;
    };
    // "no official figures", "no exact number yet": one adjective of
    // how sure or how final may stand before the noun of information.
    let informed = one_of(INFORMATION, next)
        || (one_of(SURE_ADJECTIVES, next)
            && words
                .get(idx + 2)
                .is_some_and(|(_, noun)| one_of(INFORMATION, noun)));
    if informed {
        return true;
    }
    // "launched several munitions … to cause deaths": a vague number whose
    // noun names no people and no matched word within its next three words
    // counts that noun, not the figure.
    let vague = one_of(VAGUE_WORDS, words[idx].1);
    if vague
        && !crate::values::words::is_function_word(next)
        && !subject::names_people(next)
        && !words.iter().skip(idx + 1).take(3).any(|(at, _)| {
            matched
                .iter()
                .any(|span| span.start <= *at && *at < span.end)
        })
    {
        return true;
    }
    // "All the perpetrators … will be punished": a universal over the
    // counted noun itself says nothing of how many there are ("everyone on
    // board was killed" quantifies the ones aboard, and counts the dead).
    let universal = ["all", "every", "entire", "whole"]
        .iter()
        .any(|word| words[idx].1.eq_ignore_ascii_case(word));
    if universal {
        let mut rest = words.iter().enumerate().skip(idx + 1).peekable();
        let mut noun = None;
        while let Some((word_idx, (at, word))) = rest.next() {
            let demonstrative = ["these", "those"]
                .iter()
                .any(|det| word.eq_ignore_ascii_case(det));
            // "all those on board", "all those who died": the pronoun is
            // the head, the ones counted; its phrase only places them.
            if demonstrative
                && rest.peek().is_some_and(|(_, (_, next))| {
                    crate::values::words::is_function_word(next)
                        || ["who", "that", "aboard", "inside"]
                            .iter()
                            .any(|word| next.eq_ignore_ascii_case(word))
                })
            {
                break;
            }
            let determiner = demonstrative
                || ["the", "of", "its", "their"]
                    .iter()
                    .any(|det| word.eq_ignore_ascii_case(det));
            if !determiner {
                noun = Some((word_idx, *at, *word));
                break;
            }
        }
        if noun.is_some_and(|(_, at, _)| matched.iter().any(|span| span.start == at)) {
            return true;
        }
        // "Despite all the measures taken, the patient died": a universal
        // over a noun phrase that names no people counts none of the dead.
        // Its first words up to a function word (at most three) are read,
        // so a modifier before the noun ("all the elderly residents") is
        // no noun of things.
        let names_things = |(first, _, word): (usize, usize, &str)| {
            let skipped = crate::values::words::is_function_word(word)
                || ["aboard", "onboard", "inside", "told", "together"]
                    .iter()
                    .any(|skip| word.eq_ignore_ascii_case(skip))
                || word.starts_with(|ch: char| ch.is_ascii_digit());
            !skipped
                && !words
                    .iter()
                    .skip(first)
                    .take(3)
                    .take_while(|(_, word)| !crate::values::words::is_function_word(word))
                    .any(|(at, word)| {
                        subject::names_people(word) || matched.iter().any(|span| span.start == *at)
                    })
        };
        if noun.is_some_and(names_things) {
            return true;
        }
    }
    if !next.eq_ignore_ascii_case("of") {
        return false;
    }
    let Some(verb) = words.iter().skip(idx + 2).position(|(_, word)| {
        crate::text::grammar::is_passive_auxiliary(&word.to_ascii_lowercase())
    }) else {
        return false;
    };
    let verb = idx + 2 + verb;
    // A participle after the copula makes an event ("were lost"), not what
    // the counted ones are ("were children").
    let participle = words.get(verb + 1).is_some_and(|(_, word)| {
        crate::text::grammar::is_past_participle(&word.to_ascii_lowercase())
    });
    let of_at = words[idx + 1].0;
    let verb_at = words[verb].0;
    !participle
        && matched
            .iter()
            .any(|span| of_at < span.start && span.start < verb_at)
}

/// `read` before the check that a valueless figure states an amount.
fn read_values(
    spec: &FigureSpec,
    quote: &str,
    context: &Context<'_>,
    values: &[Value],
    matched: &Matched<'_>,
) -> Vec<Figure> {
    // A rule keyed by period reads a past year as its key, never as
    // another event ("the 2019 figure was 40%").
    let recent: &[i32] = match spec.key {
        FigureKey::Period => &[],
        FigureKey::None | FigureKey::Terms(_) => &context.recent,
    };
    let elsewhere = |value: &Value| {
        !dated(spec.value) && subject::other_event(quote, value, context.previous, recent)
    };
    // A `not` hit sets apart the value of the rule's type it belongs to
    // ("with six injured and three missing" under `not = ["missing"]`); one
    // that belongs to no such value ("since the war began", the "October"
    // of a date) leaves the sentence no figure. A hit that holds a value
    // (`not = ["30,000"]`) names the sentence, unless the rule's other
    // values stand in other clauses: "104 killed after …; Gaza death toll
    // reaches 30,000" sets 30,000 apart, "killed 17 people and injured 36
    // others" under `not = ["36 others"]` is no figure.
    let accepted: Vec<&Value> = values
        .iter()
        .filter(|value| accepts(spec.value, value.kind))
        .collect();
    // A hit's owner ends within `PREDICATE_BYTES` before it (the reach of
    // `subject::owns`) or holds it: only those values are tried, found by
    // binary search on the values of the rule's type sorted by end, so a
    // sentence of many values and hits costs near-linear work.
    let mut by_end: Vec<usize> = (0..values.len())
        .filter(|idx| accepts(spec.value, values[*idx].kind))
        .collect();
    by_end.sort_by_key(|idx| (values[*idx].end, *idx));
    let mut by_start: Vec<usize> = by_end.clone();
    by_start.sort_by_key(|idx| (values[*idx].start, *idx));
    let owner_of = |hit: &Range<usize>| {
        let from =
            by_end.partition_point(|idx| values[*idx].end + subject::PREDICATE_BYTES < hit.start);
        let to = by_end
            .partition_point(|idx| values[*idx].end <= hit.start)
            .max(from);
        let mut near: Vec<usize> = by_end[from..to].to_vec();
        // The values holding the hit ("30,000"): values do not overlap, so
        // they are the last ones starting before the hit's end.
        let before = by_start.partition_point(|idx| values[*idx].start < hit.end);
        near.extend(
            by_start[..before]
                .iter()
                .rev()
                .take_while(|idx| values[**idx].end > hit.start)
                .copied(),
        );
        near.sort_unstable();
        near.into_iter()
            .find(|idx| {
                let value = &values[*idx];
                let holds = value.start < hit.end && hit.start < value.end;
                subject::owns(quote, value, hit)
                    || holds
                        && accepted.iter().any(|other| other.start != value.start)
                        && accepted.iter().all(|other| {
                            other.start == value.start
                                || !subject::same_clause(quote, other.start, value.start)
                        })
            })
            .or_else(|| {
                // "killed 12 and injured 30" under `not = ["injured"]`: the
                // verb's object, the value right after it, is the one set
                // apart (only the first value after the hit is tried).
                by_start
                    .get(by_start.partition_point(|idx| values[*idx].start < hit.end))
                    .copied()
                    .filter(|idx| subject::object_after(quote, hit, &values[*idx]))
            })
    };
    // A `not` word naming members of a count with no number of their own
    // ("17 dead, including women and children", "17 lives, mostly
    // children" under `not = ["children"]`) tells what the count holds,
    // not that it is another count: it neither sets a value apart nor
    // leaves the sentence no figure.
    let excluded: Vec<Range<usize>> = matched
        .excluded
        .iter()
        .filter(|hit| !subject::vague_part(quote, hit))
        .cloned()
        .collect();
    let Some(hit_owners) = excluded
        .iter()
        .map(owner_of)
        .collect::<Option<Vec<usize>>>()
    else {
        return Vec::new();
    };
    let mut set_apart = vec![false; values.len()];
    for owner in &hit_owners {
        set_apart[*owner] = true;
    }
    // "An 83-year-old woman and a 54-year-old man were killed" holds no
    // age of the driver: an age of someone else than the rule asks is set
    // apart as a `not` hit's is.
    if spec.value == ValueKind::Duration {
        // Read once per sentence: a value's own reading is then a lookup.
        let ages = age::Ages::new(quote);
        for (idx, value) in values.iter().enumerate() {
            if accepts(spec.value, value.kind)
                && age::of_someone_else(&ages, value, matched.triggers, spec.perpetrator)
            {
                set_apart[idx] = true;
            }
        }
    }
    // A part of a count set apart is set apart with it: "61 people were
    // injured, among them 12 children" under `not = ["injured"]` holds no
    // children killed.
    for pair in by_start.windows(2) {
        if set_apart[pair[0]] && !set_apart[pair[1]] && subject::is_part(quote, &values[pair[1]]) {
            set_apart[pair[1]] = true;
        }
    }
    // So is a count that shares its noun, when a `not` hit in that noun
    // set it apart: "58 soldiers were killed and 30 wounded" under `not =
    // ["soldiers"]` counts no other soldiers in 30. Else the noun is the
    // later count's too, and its trigger not the set-apart count's alone
    // ("six tourists were injured and 13 remain missing" under `not =
    // ["injured"]`).
    let mut shared: Vec<Range<usize>> = Vec::new();
    for pair in by_start.windows(2) {
        if !set_apart[pair[0]] || set_apart[pair[1]] {
            continue;
        }
        let Some(noun) = subject::elided_noun(quote, &values[pair[0]], &values[pair[1]]) else {
            continue;
        };
        let in_noun = excluded.iter().zip(&hit_owners).any(|(hit, owner)| {
            *owner == pair[0] && noun.start <= hit.start && hit.end <= noun.end
        });
        if in_noun {
            set_apart[pair[1]] = true;
        } else {
            shared.push(noun);
        }
    }
    // The words of a value set apart tell what it counts: a rule's `all`
    // term whose every hit lies in such a phrase ("children" in "seven
    // dead children and 100 wounded" under `not = ["dead"]`) holds for no
    // other value, and the sentence gives no figure.
    let next_start = |value: &Value| {
        by_start
            .get(by_start.partition_point(|other| values[*other].start < value.end))
            .map_or(quote.len(), |other| values[*other].start)
    };
    let mut apart: Vec<Range<usize>> = by_start
        .iter()
        .filter(|idx| set_apart[**idx])
        .map(|idx| {
            let value = &values[*idx];
            let hit_end = excluded
                .iter()
                .zip(&hit_owners)
                .filter(|(_, owner)| **owner == *idx)
                .map(|(hit, _)| hit.end)
                .max()
                .unwrap_or(value.end)
                .max(value.end);
            value.start..subject::phrase_end(quote, hit_end).min(next_start(value))
        })
        .collect();
    // So do the words of a count of another event than the rule's, and of
    // its parts that name none of the rule's: "10 dead; 37 injured (12 of
    // whom were children)" holds no count of the children killed.
    apart.extend(other_event_phrases(
        quote,
        values,
        &by_start,
        matched.triggers,
        &set_apart,
    ));
    if matched.groups.len() == matched.triggers.len() && !apart.is_empty() {
        // "52 people died out of a village of 300" under `not = ["died"]`:
        // a word that only says they are people ("people") tells no count
        // apart, and keeps its term for the others. Whether a trigger lies
        // in a set-aside phrase is read once per trigger, by binary search:
        // each phrase ends before the next value starts, so they do not
        // overlap, and a sentence of many values and triggers costs
        // near-linear work.
        apart.sort_by_key(|phrase| phrase.start);
        let mut kept: Vec<u16> = matched
            .groups
            .iter()
            .zip(matched.triggers)
            .filter(|(_, span)| {
                let inside = apart
                    .get(
                        apart
                            .partition_point(|phrase| phrase.start <= span.start)
                            .wrapping_sub(1),
                    )
                    .is_some_and(|phrase| span.end <= phrase.end);
                !inside
                    || subject::names_people_only(quote.get((*span).clone()).unwrap_or(""))
                    || shared
                        .iter()
                        .any(|noun| noun.start <= span.start && span.end <= noun.end)
            })
            .map(|(group, _)| *group)
            .collect();
        kept.sort_unstable();
        if matched
            .groups
            .iter()
            .any(|group| kept.binary_search(group).is_err())
        {
            return Vec::new();
        }
    }
    // "Friday's magnitude 5 quake killed 900": a magnitude measures its
    // quake, and is no figure of a rule of people nor of another quake.
    let families = subject::families_of(quote, matched.triggers);
    // A rule whose triggers name the event ("strikes") and whose other
    // matched words the harm ("killed"): a count of another harm ("12
    // others wounded") is set apart before the choice, as the triggers'
    // own family sets it apart after it.
    let harm = if families.is_empty() {
        subject::families_of(quote, matched.spans)
    } else {
        Vec::new()
    };
    let aside: Vec<bool> = values
        .iter()
        .enumerate()
        .map(|(idx, value)| {
            set_apart[idx]
                || elsewhere(value)
                // "Kiambu (8), Nairobi (6)": a name's own number.
                || subject::named_in_brackets(quote, value)
                // "Of the 15 postmortems, 14 victims died from gunshot
                // wounds": a share of the dead.
                || subject::part_of_fronted_dead(quote, value)
                || subject::measures_other_quake(quote, value, matched.triggers, &families)
                || (!harm.is_empty()
                    && subject::counts_other_family(quote, value, matched.spans, &harm))
        })
        .collect();
    let (value, key) = select_apart(spec, quote, values, matched, &aside);
    let mut figures = match &spec.key {
        FigureKey::None => listed(spec, quote, values, matched, value, key, false),
        FigureKey::Period => {
            let inherited = (key == Some(Period::Unspecified))
                .then(|| {
                    context.keyed().into_iter().find_map(|text| {
                        let values = crate::values::extract(text);
                        [ValueKind::Range, ValueKind::Year]
                            .into_iter()
                            .find_map(|kind| values.iter().find(|found| found.kind == kind))
                            .map(|found| Period::Written(found.normalized.to_string()))
                    })
                })
                .flatten();
            match inherited {
                Some(period) => listed(spec, quote, values, matched, value, Some(period), true),
                None => listed(spec, quote, values, matched, value, key, false),
            }
        }
        FigureKey::Terms(terms) => {
            by_terms(spec, terms, quote, &context.keyed(), values, matched, value)
        }
    };
    for figure in &mut figures {
        figure.other_event = figure
            .value
            .is_some_and(|idx| aside.get(idx).copied().unwrap_or(false));
    }
    figures
}

/// The phrases of the counts `by_start` (indices into `values`, in order
/// of position) that count those an event of another family befell than
/// the rule's `triggers` name (`subject::counts_other_family`: "37
/// injured" to a rule of the dead), and of the parts of such a count that
/// are bound to no trigger of the rule's families ("37 injured, 12 of whom
/// were children"; not "37 injured, three of whom later died"). Counts in
/// `set_apart` already have theirs.
fn other_event_phrases(
    quote: &str,
    values: &[Value],
    by_start: &[usize],
    triggers: &[Range<usize>],
    set_apart: &[bool],
) -> Vec<Range<usize>> {
    let families = subject::families_of(quote, triggers);
    if families.is_empty() {
        return Vec::new();
    }
    let names_family = |trigger: usize| {
        triggers
            .get(trigger)
            .is_some_and(|span| !subject::families_of(quote, std::slice::from_ref(span)).is_empty())
    };
    let mut phrases = Vec::new();
    let mut whole_other = false;
    for (at, idx) in by_start.iter().enumerate() {
        let value = &values[*idx];
        let other = if set_apart[*idx] {
            false
        } else if subject::counts_other_family(quote, value, triggers, &families) {
            true
        } else {
            whole_other
                && subject::is_part(quote, value)
                && !subject::bound(quote, value, triggers).any(names_family)
        };
        whole_other = other;
        if other {
            let next = by_start
                .get(at + 1)
                .map_or(quote.len(), |next| values[*next].start);
            phrases.push(value.start..subject::count_phrase_end(quote, value).min(next));
        }
    }
    phrases
}

/// The figure of `chosen` under `key`, with one more for each value listed
/// with it ("5.8 and 6.1", "400 and 150 people"), all in order of position.
fn listed(
    spec: &FigureSpec,
    quote: &str,
    values: &[Value],
    matched: &Matched<'_>,
    chosen: Option<usize>,
    key: Option<Period>,
    inherited: bool,
) -> Vec<Figure> {
    let figure = |value| Figure {
        value,
        key: key.clone(),
        inherited,
        other_event: false,
        sum: None,
    };
    // "400 and 150 people work there, respectively" gives each value to
    // another subject named before; a rule that keys no subject takes one.
    let respectively = quote.to_ascii_lowercase().contains("respectively");
    let Some(chosen) = chosen.filter(|_| !respectively) else {
        return vec![figure(chosen)];
    };
    // A count of another noun, or the subject of a verb of its own that is
    // no matched word, is no value listed with the chosen one: "the toll
    // has climbed to 41, and 58 people are still being treated" lists none.
    let candidates: Vec<usize> = candidates(spec, quote, values)
        .filter(|idx| {
            *idx == chosen
                || values.get(*idx).is_some_and(|value| {
                    subject::tie(quote, value, matched.spans) != subject::Tie::Other
                        && !subject::subject_of_other_verb(quote, value, matched.spans)
                })
        })
        .collect();
    subject::listed(quote, values, &candidates, chosen)
        .into_iter()
        .map(|idx| figure(Some(idx)))
        .collect()
}

/// The values of the rule's type that are not excluded names, by index.
fn candidates<'a>(
    spec: &'a FigureSpec,
    quote: &'a str,
    values: &'a [Value],
) -> impl Iterator<Item = usize> + 'a {
    values
        .iter()
        .enumerate()
        .filter(|(_, value)| {
            accepts(spec.value, value.kind)
                && !excluded(&spec.exclude, quote, value)
                && !dates_saying(spec.value, quote, value)
        })
        .map(|(idx, _)| idx)
}

/// Whether values of `kind` are dates: their years are the figure, never a
/// sign of another event.
fn dated(kind: ValueKind) -> bool {
    matches!(kind, ValueKind::Year | ValueKind::Date | ValueKind::Range)
}

/// What the reconciler needs to know about a figure rule.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FigureSpec {
    /// The value type to extract.
    pub value: ValueKind,
    /// How instances are bucketed before comparison.
    pub key: FigureKey,
    /// How close two values must be to agree.
    pub tolerance: Tolerance,
    /// Smallest plausible value, inclusive.
    pub min: Option<f64>,
    /// Largest plausible value, inclusive.
    pub max: Option<f64>,
    /// The unit the rule expects (`unit = "GHz"`), if any: values in another
    /// unit of its dimension are converted, others are unit mismatches.
    pub unit: Option<String>,
    /// Numbers that are names, never values (`exclude = ["Boeing 737",
    /// "route 66"]`): a phrase is the value as written or the word before it
    /// and the value.
    pub exclude: Vec<String>,
    /// Whether a vague amount is a value (`vague = "interval"`) or no figure.
    pub vague: Vague,
    /// Whether the rule's `all` terms name who did the act ("suspect",
    /// "driver"): an age of a victim then answers nothing (`age`). Read
    /// from the terms, no setting, so not written out with the spec.
    #[serde(skip)]
    pub perpetrator: bool,
}

/// The value answering `spec` among `values` (index), and its key, given the
/// rule's matched words inside the sentence.
///
/// The key of a `period` figure is the first year range in the sentence,
/// else the first year (never the value itself), else `Period::Unspecified`.
/// The value is the value of the spec's type (see `accepts`) placed at a
/// trigger word ("including 33 in Kyiv", `placed_at_trigger`), then one in
/// the clause holding most matched words, then one that is not where a
/// change started ("rose from 39 to 52"), then one that is no size hyphened
/// to another noun ("the 14-member mission"), then one tied to a trigger word (it
/// counts one, "over 100 wounded", or follows one, "magnitude 5.8", "the
/// toll later rose to 52") before one tied only to a word that places the
/// figure ("30 people had been killed" for the wounded), then one that is
/// no amount added ("five more died"), then the one whose own phrase
/// holds more trigger words ("eight prison staff were also injured" over
/// "75 wounded", `subject::n_bound`, in distinct `all` groups; a part
/// holds its whole's as well, so
/// "18 were killed, including nine children" gives 9 to a rule that counts
/// children and 18 to one that counts the dead), then the one most tied to the matched words
/// (a count of another noun, "30 wounded", comes last), then a head count
/// before a part of it ("39 people, including four children"), then the
/// nearest, the earlier on a tie.
pub fn select(
    spec: &FigureSpec,
    quote: &str,
    values: &[Value],
    matched: &Matched<'_>,
) -> (Option<usize>, Option<Period>) {
    select_apart(spec, quote, values, matched, &[])
}

/// `select`, taking a value about another event (`aside[idx]`, "the worst
/// since 1992, when 167 people died") only when every other one is too.
fn select_apart(
    spec: &FigureSpec,
    quote: &str,
    values: &[Value],
    matched: &Matched<'_>,
    aside: &[bool],
) -> (Option<usize>, Option<Period>) {
    let clauses = Clauses::of(quote, matched.spans);
    let key_idx = match spec.key {
        FigureKey::None | FigureKey::Terms(_) => None,
        FigureKey::Period => [ValueKind::Range, ValueKind::Year]
            .into_iter()
            .filter(|kind| *kind != spec.value)
            .find_map(|kind| values.iter().position(|value| value.kind == kind)),
    };
    let candidates: Vec<(usize, &Value)> = values
        .iter()
        .enumerate()
        .filter(|(idx, value)| {
            Some(*idx) != key_idx
                && accepts(spec.value, value.kind)
                && !excluded(&spec.exclude, quote, value)
                && !dates_saying(spec.value, quote, value)
        })
        .collect();
    let first = candidates.iter().map(|(_, value)| value.start).min();
    // "five of the 11 wounded are in serious condition": what is said of
    // a part is the part's; read once per value.
    let lower = subject::lowered(quote);
    let lowered = subject::Lowered {
        text: quote,
        lower: &lower,
    };
    let mut said: Vec<Option<Range<usize>>> = vec![None; values.len()];
    for (idx, value) in &candidates {
        said[*idx] = subject::said_of_part(&lowered, value);
    }
    let mut order: Vec<usize> = candidates.iter().map(|(idx, _)| *idx).collect();
    order.sort_by_key(|idx| values[*idx].start);
    let by_start: Vec<&Value> = order.iter().map(|idx| &values[*idx]).collect();
    // "six of the 31 dead were children": a part taken of the whole
    // written right after it.
    let whole_after = |value: &Value| {
        let at = by_start.partition_point(|other| other.start <= value.start);
        by_start
            .get(at)
            .filter(|whole| subject::part_of_whole_after(quote, value, whole))
            .map(|_| at)
    };
    let is_part = |value: &Value| {
        (first.is_some_and(|first| first < value.start) && subject::is_part(quote, value))
            || whole_after(value).is_some()
    };
    // A part is bound to what its whole is bound to, and to its own noun
    // besides: in "18 residents were killed, including nine children" nine
    // children were killed too, so a rule of the children killed takes 9
    // (bound to "children" and, through 18, to "killed"), and one of the
    // dead 18 (9 adds no trigger of its own; a whole goes before its part).
    // The whole is the candidate written last before the part, or the one
    // right after it that a partitive takes it of ("six of the 31 dead").
    // What a value binds is counted in distinct `all` groups, so a part
    // that repeats its whole's noun ("14 people, including 5 people in one
    // house") binds no more than its whole, and the whole goes first; a
    // part wins only by a group its whole does not bind.
    let group = |trigger: usize| {
        if matched.groups.len() == matched.triggers.len() {
            usize::from(matched.groups[trigger])
        } else {
            trigger
        }
    };
    let own: Vec<Vec<usize>> = by_start
        .iter()
        .zip(&order)
        .map(|(value, idx)| {
            let mut groups: Vec<usize> = subject::bound(quote, value, matched.triggers)
                .map(group)
                .collect();
            if let Some(said) = &said[*idx] {
                groups.extend(
                    matched
                        .triggers
                        .iter()
                        .enumerate()
                        .filter(|(_, span)| said.start <= span.start && span.end <= said.end)
                        .map(|(trigger, _)| group(trigger)),
                );
            }
            groups.sort_unstable();
            groups.dedup();
            groups
        })
        .collect();
    // For each candidate in order, the nearest one before it that is no
    // part, read once.
    let mut whole_before: Vec<Option<usize>> = Vec::with_capacity(by_start.len());
    let mut last_whole = None;
    for (at, value) in by_start.iter().enumerate() {
        whole_before.push(last_whole);
        if !is_part(value) {
            last_whole = Some(at);
        }
    }
    let bound = |value: &Value| {
        let at = by_start.partition_point(|other| other.start < value.start);
        // The whole of a part is the nearest count before it that is no
        // part itself ("136 bodies, including 50 women and 21 children":
        // 136 for 21 as for 50).
        let whole = whole_after(value)
            .or_else(|| {
                is_part(value)
                    .then(|| whole_before.get(at).copied().flatten())
                    .flatten()
            })
            .and_then(|whole| own.get(whole));
        let mut groups: Vec<usize> = own.get(at).cloned().unwrap_or_default();
        groups.extend(whole.into_iter().flatten());
        // "13 tourists were injured and six remain missing": six counts
        // tourists too, the noun it leaves out.
        if let Some(noun) = at
            .checked_sub(1)
            .and_then(|prev| by_start.get(prev))
            .and_then(|prev| subject::elided_noun(quote, prev, value))
        {
            groups.extend(
                matched
                    .triggers
                    .iter()
                    .enumerate()
                    .filter(|(_, span)| noun.start <= span.start && span.end <= noun.end)
                    .map(|(trigger, _)| group(trigger)),
            );
        }
        groups.sort_unstable();
        groups.dedup();
        groups.len()
    };
    let conceded = Conceded::of(quote);
    let value_idx = candidates
        .iter()
        .min_by_key(|(idx, value)| {
            let (clause, n_matched) = clauses.of_value(value);
            let triggered = subject::tie(quote, value, matched.triggers).binds()
                || said[*idx].as_ref().is_some_and(|said| {
                    matched
                        .triggers
                        .iter()
                        .any(|span| said.start <= span.start && span.end <= said.end)
                });
            // "85 were injured, six were seriously injured": a grade of
            // the count is a part of it.
            let part = is_part(value) || subject::graded(quote, value);
            (
                aside.get(*idx).copied().unwrap_or(false),
                // "Smith's 31 per cent against Jones's 54", "58 per cent
                // against 35 per cent for Smith": the holder a rule names.
                !(placed_at_trigger(quote, value, matched.triggers)
                    || subject::held_by(quote, value, matched.triggers)),
                (
                    n_matched == 0,
                    // "The governor reported 40 deaths, though local
                    // estimates suggest over 100 were killed": the main
                    // clause asserts its figure, a concessive one grants
                    // another's.
                    // So is an estimate others make in an absolute phrase
                    // ("…, with some estimating 300").
                    conceded.holds(value) || subject::estimated_by_others(quote, value),
                    std::cmp::Reverse(n_matched),
                    clause,
                ),
                // "the raid by 300 police left 20 dead": how many acted.
                subject::is_former(quote, value)
                    || subject::compared_against(quote, value)
                    || (spec.value == ValueKind::Count && subject::counts_agents(quote, value)),
                subject::counts_elsewhere(quote, value, matched.spans),
                // "40 students and two staff were injured, taking the
                // number of injured to 51": the level set is the total.
                !subject::is_level(quote, value, matched.triggers),
                // "six of the 14-member mission remained": a size hyphened
                // to a noun that is no trigger describes it, it counts
                // nothing the rule asks.
                size_modifier(quote, value, matched.triggers),
                !triggered,
                subject::is_increment(quote, value),
                (
                    std::cmp::Reverse(bound(value)),
                    // "Rs 3 lakh for the next of kin of each deceased and
                    // Rs 25,000 for the injured": a sum paid for whom the
                    // rule's words name goes before one paid for others,
                    // however near those words stand to the other.
                    !subject::paid_for_matched(quote, value, matched.spans),
                    subject::tie(quote, value, matched.spans),
                    part,
                    distance(value, matched.spans),
                    value.bound == Bound::Vague,
                    *idx,
                ),
            )
        })
        .map(|(idx, _)| *idx);
    let key = match spec.key {
        FigureKey::None => None,
        FigureKey::Terms(_) => Some(Period::Unspecified),
        FigureKey::Period => Some(
            key_idx
                .and_then(|idx| values.get(idx))
                .map_or(Period::Unspecified, |value| {
                    Period::Written(value.normalized.to_string())
                }),
        ),
    };
    (value_idx, key)
}

/// The figures of a rule keyed by qualifier terms (see `FigureKey::Terms`).
/// With one term in the sentence the value is `chosen`; with several, each
/// value goes to the term written before it (else the first after it; in
/// order with "respectively") and each term takes its nearest value.
fn by_terms(
    spec: &FigureSpec,
    terms: &[String],
    quote: &str,
    context: &[&str],
    values: &[Value],
    matched: &Matched<'_>,
    chosen: Option<usize>,
) -> Vec<Figure> {
    let hits = term_hits(terms, quote);
    let mut distinct: Vec<usize> = Vec::new();
    for (_, term) in &hits {
        if !distinct.contains(term) {
            distinct.push(*term);
        }
    }
    let figure = |value, term: usize, inherited| Figure {
        value,
        key: terms.get(term).map(|term| Period::Written(term.clone())),
        inherited,
        other_event: false,
        sum: None,
    };
    if distinct.len() < 2 {
        if let Some(term) = distinct.first() {
            return vec![figure(chosen, *term, false)];
        }
        let inherited = context
            .iter()
            .find_map(|text| term_hits(terms, text).first().map(|(_, term)| *term));
        return vec![match inherited {
            Some(term) => figure(chosen, term, true),
            None => Figure {
                value: chosen,
                key: Some(Period::Unspecified),
                inherited: false,
                other_event: false,
                sum: None,
            },
        }];
    }
    // A term written right after a value is its noun's modifier and owns
    // it ("140 Moroccan and 49 Spanish officers"): the value counts that
    // noun, not the term.
    let modified = |value: &Value| {
        hits.iter().find(|(span, _)| {
            span.start >= value.end
                && quote
                    .get(value.end..span.start)
                    .is_some_and(|between| !between.is_empty() && between.trim().is_empty())
        })
    };
    let candidates: Vec<usize> = candidates(spec, quote, values)
        .filter(|idx| {
            values.get(*idx).is_some_and(|value| {
                modified(value).is_some()
                    || subject::tie(quote, value, matched.spans) != subject::Tie::Other
            })
        })
        .collect();
    if quote.to_ascii_lowercase().contains("respectively") && candidates.len() >= distinct.len() {
        return distinct
            .iter()
            .zip(&candidates)
            .map(|(term, value)| figure(Some(*value), *term, false))
            .collect();
    }
    // "200 Moroccan and Spanish officers": terms joined by "and" or "or"
    // that modify one count's noun share it, a count of them together that
    // is neither's own (no key); neither term takes another value.
    let joint = |value: &Value| {
        let (first, term) = modified(value)?;
        let (next, other) = hits.iter().find(|(span, _)| span.start >= first.end)?;
        let between = quote.get(first.end..next.start)?.trim();
        (other != term && ["and", "or", "&"].contains(&between)).then_some([*term, *other])
    };
    let mut shared: Vec<usize> = Vec::new();
    let mut consumed: Vec<usize> = Vec::new();
    for value_idx in &candidates {
        if let Some(pair) = values.get(*value_idx).and_then(joint) {
            if !pair.iter().any(|term| consumed.contains(term)) {
                shared.push(*value_idx);
                consumed.extend(pair);
            }
        }
    }
    let mut best: Vec<Option<(usize, usize)>> = vec![None; distinct.len()];
    for value_idx in &candidates {
        let value = &values[*value_idx];
        if shared.contains(value_idx) {
            continue;
        }
        // A value belongs to the term right after it that modifies its noun
        // ("140 Moroccan and 49 Spanish officers"), else to the term written
        // before it ("the first strike had a magnitude of 5.8 and the
        // second strike 6.1"), else to the first one after it.
        let before = hits.iter().rev().find(|(span, _)| span.end <= value.start);
        let owner = modified(value)
            .or(before)
            .or_else(|| hits.iter().find(|(span, _)| span.start >= value.end));
        let Some((span, term)) = owner else {
            continue;
        };
        let (gap, term) = (distance(value, std::slice::from_ref(span)), *term);
        if consumed.contains(&term) {
            continue;
        }
        let Some(slot) = distinct.iter().position(|found| *found == term) else {
            continue;
        };
        if best[slot].is_none_or(|(best_gap, _)| gap < best_gap) {
            best[slot] = Some((gap, *value_idx));
        }
    }
    shared
        .into_iter()
        .map(|value| Figure {
            value: Some(value),
            key: Some(Period::Unspecified),
            inherited: false,
            other_event: false,
            sum: None,
        })
        .chain(
            distinct.iter().zip(best).filter_map(|(term, best)| {
                best.map(|(_, value)| figure(Some(value), *term, false))
            }),
        )
        .collect()
}

/// Where the terms occur in `text` (case ignored, at word boundaries), by
/// position: the byte span and the term's index.
fn term_hits(terms: &[String], text: &str) -> Vec<(Range<usize>, usize)> {
    let lower = text.to_ascii_lowercase();
    let mut hits: Vec<(Range<usize>, usize)> = Vec::new();
    for (term_idx, term) in terms.iter().enumerate() {
        let term = term.to_ascii_lowercase();
        for (at, _) in lower.match_indices(&term) {
            let end = at + term.len();
            let bounded = |idx: Option<char>| idx.is_none_or(|ch| !ch.is_alphanumeric());
            if bounded(lower[..at].chars().next_back()) && bounded(lower[end..].chars().next()) {
                hits.push((at..end, term_idx));
            }
        }
    }
    hits.sort_by_key(|(span, term)| (span.start, *term));
    hits
}

/// The clauses of a sentence, as far as choosing a figure's value goes: it
/// splits at ";" and before "while", "whereas" and ", but", so in "the
/// death toll has risen to 16, officials said, while Russian officials said
/// 29 people have died" each number has its own clause.
/// The concessive clauses of a sentence ("though …", "although …",
/// "even though …", "whereas …"; `text::clause` reads them), whose figure
/// is one the sentence grants, not the one it asserts.
struct Conceded {
    /// The sentence's clauses, when it holds a concessive word.
    clauses: Option<crate::text::clause::Clauses>,
}

impl Conceded {
    fn of(quote: &str) -> Conceded {
        let lower = quote.to_ascii_lowercase();
        let cued = CONCESSIVES.iter().any(|cue| {
            lower
                .match_indices(cue)
                .any(|(at, _)| word_at(&lower, at, cue.len()))
        });
        Conceded {
            clauses: cued.then(|| crate::text::clause::split(quote)),
        }
    }

    /// Whether `value` stands in a concessive clause or one inside it.
    fn holds(&self, value: &Value) -> bool {
        let Some(clauses) = &self.clauses else {
            return false;
        };
        clauses
            .ancestry(clauses.at(value.start))
            .into_iter()
            .any(|idx| {
                clauses.kind(idx) == crate::text::clause::ClauseKind::Subordinate
                    && clauses
                        .clauses
                        .get(idx)
                        .is_some_and(|clause| CONCESSIVES.contains(&clause.opener.as_str()))
            })
    }
}

/// Words that open a concessive clause.
const CONCESSIVES: [&str; 3] = ["although", "though", "whereas"];

/// Whether `lower[at..at + len]` is a whole word.
fn word_at(lower: &str, at: usize, len: usize) -> bool {
    let before = lower.get(..at).and_then(|head| head.chars().next_back());
    let after = lower.get(at + len..).and_then(|rest| rest.chars().next());
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}

struct Clauses {
    /// Byte offsets where the second and later clauses start.
    starts: Vec<usize>,
    /// How many matched words each clause holds, by clause: a span counts
    /// once in each clause from its start's to its end's.
    matched: Vec<usize>,
}

impl Clauses {
    fn of(quote: &str, matched: &[Range<usize>]) -> Clauses {
        let lower = quote.to_ascii_lowercase();
        let mut starts: Vec<usize> = lower
            .match_indices(';')
            .map(|(at, _)| at + 1)
            .chain(
                [" while ", " whereas ", ", but "]
                    .iter()
                    .flat_map(|cue| lower.match_indices(cue).map(|(at, _)| at + 1)),
            )
            .collect();
        starts.sort_unstable();
        starts.dedup();
        let clause = |at: usize| starts.partition_point(|start| *start <= at);
        let mut held = vec![0; starts.len() + 1];
        for span in matched {
            for at in clause(span.start)..=clause(span.end.saturating_sub(1).max(span.start)) {
                if let Some(n) = held.get_mut(at) {
                    *n += 1;
                }
            }
        }
        Clauses {
            starts,
            matched: held,
        }
    }

    /// The clause of `value` and how many matched words it holds.
    fn of_value(&self, value: &Value) -> (usize, usize) {
        let clause = self.starts.partition_point(|start| *start <= value.start);
        (clause, self.matched.get(clause).copied().unwrap_or(0))
    }
}

/// Whether `value` stands in the dateline a report opens with: the place in
/// capitals, then brackets holding the agency and the day ("WASHINGTON
/// (UrduPoint News / Sputnik - 16th November, 2022) US President Joe Biden
/// said …") or of commas (`in_comma_dateline`): the day of the report, not
/// of its event.
fn in_dateline(quote: &str, value: &Value) -> bool {
    if in_comma_dateline(quote, value) {
        return true;
    }
    let Some(open) = quote.find('(') else {
        return false;
    };
    let Some(close) = quote[open..].find(')').map(|at| open + at) else {
        return false;
    };
    let place = quote[..open].trim_end().trim_end_matches([',', ' ']);
    // Every word of the place is in capitals, and the brackets open with a
    // name: "NATO (which says the strike came on 15 November) …" is no
    // dateline.
    let named = quote
        .get(open + 1..)
        .and_then(|rest| rest.chars().next())
        .is_some_and(char::is_uppercase);
    named && all_capitals(place) && place.len() <= 40 && open < value.start && value.end <= close
}

/// Whether `value` stands in a dateline of commas, all in capitals but the
/// day, up to a colon or dash ("STEPANAKERT, AUGUST 25, ARTSAKHPRESS: …",
/// "MOSCOW, Aug 25, TASS — …").
fn in_comma_dateline(quote: &str, value: &Value) -> bool {
    let text = quote.trim_start();
    let offset = quote.len() - text.len();
    let Some(sep) = text.find([':', '—', '–']) else {
        return false;
    };
    let head = &text[..sep];
    let (value_start, value_end) = (
        value.start.saturating_sub(offset),
        value.end.saturating_sub(offset),
    );
    if !head.contains(',') || head.len() > 60 || value_end > sep || value_start >= value_end {
        return false;
    }
    let outside = format!(
        "{} {}",
        head.get(..value_start).unwrap_or(""),
        head.get(value_end..).unwrap_or("")
    );
    all_capitals(&outside)
}

/// Whether every word of `text` is in capitals, the first of three letters
/// or more: a dateline's place and agency ("WASHINGTON", "MOSCOW, TASS").
fn all_capitals(text: &str) -> bool {
    let mut words = text
        .split(|ch: char| !ch.is_alphabetic())
        .filter(|word| !word.is_empty())
        .peekable();
    words.peek().is_some_and(|word| word.len() >= 3)
        && words.all(|word| word.chars().all(|ch| ch.is_uppercase()))
}

/// Whether `value`, a day or time read for a *when* figure, dates a
/// statement rather than the event: it follows a verb of saying, with at
/// most "on" between ("… were killed in an air strike on a hospital
/// compound, local health officials said Tuesday"); it comes right before
/// one ("The Russian Defense Ministry on Friday said"); or it opens the
/// sentence before a subject and its verb of saying ("On Sunday, the
/// governor said the toll from the attack had risen").
fn dates_saying(kind: ValueKind, quote: &str, value: &Value) -> bool {
    if !matches!(kind, ValueKind::Date | ValueKind::Time) {
        return false;
    }
    if in_dateline(quote, value) {
        return true;
    }
    let saying = |word: &str| saying::is(&word.to_lowercase(), saying::DATES);
    let words = |text: &'_ str| -> Vec<String> {
        text.split(|ch: char| !ch.is_alphanumeric())
            .filter(|word| !word.is_empty())
            .map(str::to_string)
            .collect()
    };
    let head = quote.get(..value.start).unwrap_or("").trim_end();
    let before = head
        .strip_suffix(" on")
        .or_else(|| head.strip_suffix(" On"))
        .unwrap_or(head);
    let last = before
        .rsplit(|ch: char| !ch.is_alphanumeric())
        .next()
        .unwrap_or("");
    let unbroken = before
        .rsplit([',', ';', ':', '—', '–', '(', ')'])
        .next()
        .unwrap_or("");
    let run: Vec<String> = words(unbroken)
        .iter()
        .map(|word| word.to_lowercase())
        .collect();
    let run: Vec<&str> = run.iter().map(String::as_str).collect();
    if saying(last) || saying::then_adjunct(&run, saying::DATES) {
        return true;
    }
    let tail = quote.get(value.end..).unwrap_or("");
    let next = words(tail).into_iter().next().unwrap_or_default();
    if !tail.trim_start().starts_with(',') && saying(&next) {
        return true;
    }
    let opening =
        words(head).len() <= 1 && ["", "on"].contains(&head.to_ascii_lowercase().as_str());
    let main = tail
        .trim_start()
        .strip_prefix(',')
        .map(|main| words(main).into_iter().take(5).collect::<Vec<String>>())
        .unwrap_or_default();
    opening && main.iter().any(|word| saying(word))
}

/// Whether the rule's `exclude` list names `value`: a phrase equal to the
/// value as written, or to the word before it and the value ("Boeing 737",
/// "route 66"), compared without case.
fn excluded(exclude: &[String], quote: &str, value: &Value) -> bool {
    if exclude.is_empty() {
        return false;
    }
    let before = quote.get(..value.start).unwrap_or("").trim_end();
    let word_start = before
        .rfind(|ch: char| ch.is_whitespace())
        .map_or(0, |at| at + 1);
    let with_word = quote.get(word_start..value.end).unwrap_or("");
    exclude.iter().any(|phrase| {
        phrase.eq_ignore_ascii_case(&value.text) || phrase.eq_ignore_ascii_case(with_word)
    })
}

/// Whether a figure of type `wanted` takes a value of type `found`: years
/// and dates answer each other, since they compare at their common grain
/// ("2019" agrees with "October 2019").
pub fn accepts(wanted: ValueKind, found: ValueKind) -> bool {
    let dated = |kind| matches!(kind, ValueKind::Year | ValueKind::Date);
    wanted == found || (dated(wanted) && dated(found))
}

/// Reads `value`, `key`, `tolerance`, `min` and `max` of a figure rule,
/// reporting every problem; `None` when there was one.
pub(crate) fn spec(
    ctx: &mut Ctx<'_>,
    table: &DeTable<'_>,
    span: &Range<usize>,
) -> Option<FigureSpec> {
    let mut ok = true;
    let value = match ctx.string(table, "value") {
        Some((name, value_span)) => {
            let kind = value_kind(name);
            if kind.is_none() {
                ctx.error(
                    &value_span,
                    parse::unknown(name, &value_kinds(), "value type"),
                );
            }
            kind
        }
        None => {
            if parse::get(table, "value").is_none() {
                ctx.error(
                    span,
                    format!("figure rule needs `value` ({})", value_kinds().join(", ")),
                );
            }
            None
        }
    };
    let terms = match parse::get(table, "key").map(|item| item.get_ref()) {
        Some(DeValue::Array(items)) => {
            let terms = trimmed_strings(ctx, items, "`key` terms must be non-empty strings");
            if terms.is_empty() || terms.len() != items.len() {
                if terms.is_empty() && items.is_empty() {
                    if let Some(item) = parse::get(table, "key") {
                        ctx.error(&item.span(), "`key` needs at least one term");
                    }
                }
                ok = false;
            }
            Some(terms)
        }
        _ => None,
    };
    let key = match terms {
        Some(terms) => FigureKey::Terms(terms),
        None => match ctx.string(table, "key") {
            None => FigureKey::None,
            Some(("none", _)) => FigureKey::None,
            Some(("period", _)) => FigureKey::Period,
            Some((other, key_span)) => {
                ctx.error(
                    &key_span,
                    parse::unknown(other, &["none", "period"], "figure key"),
                );
                ok = false;
                FigureKey::None
            }
        },
    };
    let tolerance = tolerance(ctx, table).unwrap_or_else(|| {
        ok = false;
        Tolerance::Exact
    });
    let unit = ctx.string(table, "unit").and_then(|(unit, unit_span)| {
        if unit.trim().is_empty() {
            ctx.error(&unit_span, "empty `unit`");
            ok = false;
            None
        } else {
            Some(unit.trim().to_string())
        }
    });
    if parse::get(table, "unit").is_some_and(|_| unit.is_none()) {
        ok = false;
    }
    let min = ctx.number(table, "min");
    let max = ctx.number(table, "max");
    if parse::get(table, "min").is_some_and(|_| min.is_none())
        || parse::get(table, "max").is_some_and(|_| max.is_none())
    {
        ok = false;
    }
    if let (Some((low, _)), Some((high, high_span))) = (&min, &max) {
        if low > high {
            ctx.error(
                high_span,
                format!("`min` ({low}) is greater than `max` ({high})"),
            );
            ok = false;
        }
    }
    let exclude = match parse::get(table, "exclude") {
        None => Vec::new(),
        Some(item) => match item.get_ref() {
            DeValue::Array(items) => {
                let phrases = trimmed_strings(ctx, items, "`exclude` takes non-empty strings");
                if phrases.len() != items.len() {
                    ok = false;
                }
                phrases
            }
            _ => {
                ctx.error(&item.span(), "`exclude` must be a list of strings");
                ok = false;
                Vec::new()
            }
        },
    };
    let vague = match ctx.string(table, "vague") {
        None => {
            // A `vague` of another type than a string was reported.
            ok &= parse::get(table, "vague").is_none();
            Vague::None
        }
        Some(("none", _)) => Vague::None,
        Some(("interval", _)) => Vague::Interval,
        Some((other, vague_span)) => {
            ctx.error(
                &vague_span,
                parse::unknown(other, &["none", "interval"], "`vague` value"),
            );
            ok = false;
            Vague::None
        }
    };
    let perpetrator =
        parse::get(table, "all").is_some_and(|item| names_perpetrator(item.get_ref()));
    Some(FigureSpec {
        value: value?,
        key,
        tolerance,
        min: min.map(|(low, _)| low),
        max: max.map(|(high, _)| high),
        unit,
        exclude,
        vague,
        perpetrator,
    })
    .filter(|_| ok)
}

/// Whether a rule's `all` terms (a string or arrays of them, nested) name
/// who did the act (`age::names_perpetrator`).
fn names_perpetrator(item: &DeValue<'_>) -> bool {
    match item {
        DeValue::String(term) => age::names_perpetrator(term),
        DeValue::Array(items) => items.iter().any(|item| names_perpetrator(item.get_ref())),
        _ => false,
    }
}

/// The trimmed non-empty strings of a TOML array, reporting `message` at
/// every other item (the caller compares the counts).
fn trimmed_strings(
    ctx: &mut Ctx<'_>,
    items: &[toml::Spanned<DeValue<'_>>],
    message: &str,
) -> Vec<String> {
    items
        .iter()
        .filter_map(|item| match item.get_ref() {
            DeValue::String(text) if !text.trim().is_empty() => Some(text.trim().to_string()),
            _ => {
                ctx.error(&item.span(), message);
                None
            }
        })
        .collect()
}

/// The value type named in a rule.
fn value_kind(name: &str) -> Option<ValueKind> {
    ValueKind::iter().find(|kind| kind.name() == name)
}

/// `tolerance`: "exact", `{ absolute = X }` or `{ relative = F }`; `None`
/// after reporting a problem. Absent means exact.
fn tolerance(ctx: &mut Ctx<'_>, table: &DeTable<'_>) -> Option<Tolerance> {
    let Some(value) = parse::get(table, "tolerance") else {
        return Some(Tolerance::Exact);
    };
    let expected = "`tolerance` must be \"exact\", { absolute = X } or { relative = F }";
    let fields = match value.get_ref() {
        DeValue::String(text) if text == "exact" => return Some(Tolerance::Exact),
        DeValue::Table(fields) if fields.len() == 1 => fields,
        _ => {
            ctx.error(&value.span(), expected);
            return None;
        }
    };
    let (name, amount) = fields.iter().next()?;
    let Some(number) = parse::number(amount.get_ref()) else {
        ctx.error(
            &amount.span(),
            parse::wrong_type(name.get_ref(), "a number", amount.get_ref()),
        );
        return None;
    };
    match name.get_ref().as_ref() {
        _ if number < 0.0 || number.is_nan() => {
            ctx.error(
                &amount.span(),
                format!("tolerance must not be negative, found {number}"),
            );
            None
        }
        "absolute" => Some(Tolerance::Absolute(number)),
        "relative" if number > 1.0 => {
            ctx.error(
                &amount.span(),
                format!("relative tolerance is a fraction between 0 and 1, found {number}"),
            );
            None
        }
        "relative" => Some(Tolerance::Relative(number)),
        other => {
            ctx.error(
                &name.span(),
                parse::unknown(other, &["absolute", "relative"], "tolerance"),
            );
            None
        }
    }
}

/// Bytes between `value` and the nearest of the matched words (zero when
/// they overlap), so "the 7.8-magnitude quake … dozens of aftershocks"
/// answers with the number written against "magnitude".
fn distance(value: &Value, matched: &[Range<usize>]) -> usize {
    matched
        .iter()
        .map(|span| {
            if value.end <= span.start {
                span.start - value.end
            } else {
                value.start.saturating_sub(span.end)
            }
        })
        .min()
        .unwrap_or(usize::MAX)
}

/// Every occurrence of `terms` in `sentence`, in order of position: the
/// matched words of the tests' rules.
#[cfg(test)]
fn term_spans(sentence: &str, terms: &[&str]) -> Vec<Range<usize>> {
    let mut matched: Vec<Range<usize>> = terms
        .iter()
        .flat_map(|term| {
            sentence
                .match_indices(term)
                .map(|(at, _)| at..at + term.len())
        })
        .collect();
    matched.sort_by_key(|span| span.start);
    matched
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Reads `rule_body` as the keys of a figure rule whose table starts at
    /// 1:1, after five lines of common keys (so lines read as in a rule file).
    fn check(rule_body: &str, expected: Result<FigureSpec, Vec<&str>>) {
        let text = format!(
            "# [[rule]]\nid = \"f\"\nkind = \"figure\"\nclaim = \"c\"\nall = [\"arms imports\"]\n{rule_body}"
        );
        let table = DeTable::parse(&text).expect("the test rule is valid TOML");
        let mut diagnostics = Vec::new();
        let mut ctx = Ctx::new("rules/f.toml", &text, &mut diagnostics);
        let spec = spec(&mut ctx, table.get_ref(), &(0..0));
        let got = match spec {
            Some(spec) if diagnostics.is_empty() => Ok(spec),
            _ => Err(diagnostics.iter().map(ToString::to_string).collect()),
        };
        let expected =
            expected.map_err(|lines| lines.iter().map(|l| l.to_string()).collect::<Vec<_>>());
        assert_eq!(got, expected, "rule body: {rule_body}");
    }

    /// A figure spec of `kind` keyed by `key`: exact, with no bounds, unit
    /// or exclusions.
    fn spec_of(kind: ValueKind, key: FigureKey) -> FigureSpec {
        FigureSpec {
            value: kind,
            key,
            tolerance: Tolerance::Exact,
            min: None,
            max: None,
            unit: None,
            exclude: Vec::new(),
            vague: Vague::None,
            perpetrator: false,
        }
    }

    #[test]
    fn full_spec_parses() {
        check(
            "value = \"percent\"\nkey = \"period\"\ntolerance = { absolute = 2.0 }\nmin = 0\nmax = 100\n",
            Ok(FigureSpec {
                value: ValueKind::Percent,
                key: FigureKey::Period,
                tolerance: Tolerance::Absolute(2.0),
                min: Some(0.0),
                max: Some(100.0),
                unit: None,
                exclude: Vec::new(),
                vague: Vague::None,
                perpetrator: false,
            }),
        );
        check(
            "value = \"count\"\nvague = \"interval\"\n",
            Ok(FigureSpec {
                vague: Vague::Interval,
                ..spec_of(ValueKind::Count, FigureKey::None)
            }),
        );
        check(
            "value = \"count\"\nvague = \"none\"\n",
            Ok(spec_of(ValueKind::Count, FigureKey::None)),
        );
        check(
            "value = \"count\"\ntolerance = { relative = 0.1 }\n",
            Ok(FigureSpec {
                value: ValueKind::Count,
                key: FigureKey::None,
                tolerance: Tolerance::Relative(0.1),
                min: None,
                max: None,
                unit: None,
                exclude: Vec::new(),
                vague: Vague::None,
                perpetrator: false,
            }),
        );
        check(
            "value = \"year\"\ntolerance = \"exact\"\n",
            Ok(spec_of(ValueKind::Year, FigureKey::None)),
        );
    }

    #[test]
    fn key_terms_parse() {
        check(
            "value = \"count\"\nkey = [\"first strike\", \" second strike \"]\n",
            Ok(spec_of(
                ValueKind::Count,
                FigureKey::Terms(vec![
                    "first strike".to_string(),
                    "second strike".to_string(),
                ]),
            )),
        );
        check(
            "value = \"count\"\nkey = [\"\"]\n",
            Err(vec![
                "rules/f.toml:7:8: `key` terms must be non-empty strings",
            ]),
        );
    }

    #[test]
    fn unit_is_kept_trimmed_and_never_empty() {
        check(
            "value = \"quantity\"\nunit = \" GHz \"\n",
            Ok(FigureSpec {
                unit: Some("GHz".to_string()),
                ..spec_of(ValueKind::Quantity, FigureKey::None)
            }),
        );
        check(
            "value = \"quantity\"\nunit = \" \"\n",
            Err(vec!["rules/f.toml:7:8: empty `unit`"]),
        );
    }

    #[test]
    fn bad_specs_are_reported() {
        check("", Err(vec!["rules/f.toml:1:1: figure rule needs `value` (percent, count, money, quantity, year, date, range, multiplier, duration, ordinal, time)"]));
        check(
            "value = \"percnt\"\n",
            Err(vec![
                "rules/f.toml:6:9: unknown value type `percnt`, did you mean `percent`?",
            ]),
        );
        check(
            "value = \"percent\"\ntolerance = { relative = 1.5 }\n",
            Err(vec![
                "rules/f.toml:7:26: relative tolerance is a fraction between 0 and 1, found 1.5",
            ]),
        );
        check(
            "value = \"percent\"\ntolerance = { absolute = -1 }\n",
            Err(vec![
                "rules/f.toml:7:26: tolerance must not be negative, found -1",
            ]),
        );
        check(
            "value = \"count\"\nvague = \"intervals\"\n",
            Err(vec![
                "rules/f.toml:7:9: unknown `vague` value `intervals`, did you mean `interval`?",
            ]),
        );
        check(
            "value = \"count\"\nvague = true\n",
            Err(vec![
                "rules/f.toml:7:9: expected a string for `vague`, found boolean",
            ]),
        );
        check(
            "value = \"percent\"\nmin = 100\nmax = 0\n",
            Err(vec![
                "rules/f.toml:8:7: `min` (100) is greater than `max` (0)",
            ]),
        );
    }

    fn value(kind: ValueKind, normalized: &str, start: usize) -> Value {
        Value::number(kind, 0.0, 0.0, normalized).at(start)
    }

    #[test]
    fn select_prefers_a_range_key_then_a_year() {
        let spec = spec_of(ValueKind::Percent, FigureKey::Period);
        // "Between 2014 and 2018, about 70% of China's weapons imports came from Russia."
        let values = vec![
            value(ValueKind::Range, "2014..2018", 0),
            value(ValueKind::Percent, "70%", 29),
        ];
        assert_eq!(
            placed(&spec, &values, std::slice::from_ref(&(38..60))),
            (Some(1), Some(Period::Written("2014..2018".to_string())))
        );
        let values = vec![
            value(ValueKind::Year, "2019", 3),
            value(ValueKind::Percent, "70%", 10),
        ];
        assert_eq!(
            placed(&spec, &values, std::slice::from_ref(&(20..30))),
            (Some(1), Some(Period::Written("2019".to_string())))
        );
        assert_eq!(
            placed(&spec, &[], std::slice::from_ref(&(0..1))),
            (None, Some(Period::Unspecified))
        );
    }

    #[test]
    fn the_value_written_against_a_matched_word_wins() {
        let spec = spec_of(ValueKind::Count, FigureKey::None);
        // "The 7.8-magnitude earthquake … dozens of aftershocks … temblor"
        let values = vec![
            value(ValueKind::Count, "7.8", 4),
            value(ValueKind::Count, "24", 90),
        ];
        assert_eq!(
            placed(&spec, &values, &[8..17, 18..28, 170..177]),
            (Some(0), None)
        );
    }

    /// The value and key `spec` selects among `values` placed by hand in a
    /// quote of spaces, with every matched span a trigger.
    fn placed(
        spec: &FigureSpec,
        values: &[Value],
        spans: &[Range<usize>],
    ) -> (Option<usize>, Option<Period>) {
        select(spec, BLANK, values, &Matched::all(spans))
    }

    /// A quote of spaces, for values placed by hand.
    const BLANK: &str = "                                                                                                                                                                                                        ";

    /// The value a figure of `kind` takes in `sentence` when the rule
    /// matched its trigger (`all`) `terms` there and its `any` terms
    /// `places` (every occurrence of each), as normalized.
    fn value_in(
        kind: ValueKind,
        exclude: &[&str],
        sentence: &str,
        terms: &[&str],
        places: &[&str],
    ) -> Option<String> {
        let spec = FigureSpec {
            exclude: exclude.iter().map(ToString::to_string).collect(),
            ..spec_of(kind, FigureKey::None)
        };
        let values = crate::values::extract(sentence);
        let spans = |terms: &[&str]| -> Vec<Range<usize>> {
            terms
                .iter()
                .flat_map(|term| {
                    sentence
                        .match_indices(term)
                        .map(|(at, _)| at..at + term.len())
                })
                .collect()
        };
        let triggers = spans(terms);
        let mut matched = triggers.clone();
        matched.extend(spans(places));
        matched.sort_by_key(|span| span.start);
        let (idx, _) = select(
            &spec,
            sentence,
            &values,
            &Matched {
                spans: &matched,
                triggers: &triggers,
                excluded: &[],
                groups: &[],
            },
        );
        idx.map(|idx| values[idx].normalized.to_string())
    }

    /// Checks the count each row's sentence gives: (sentence, trigger terms,
    /// other terms, value).
    fn counts_in(rows: &[(&str, &[&str], &[&str], &str)]) {
        let wrong: Vec<String> = rows
            .iter()
            .filter_map(|(sentence, terms, places, expected)| {
                let got = value_in(ValueKind::Count, &[], sentence, terms, places);
                (got.as_deref() != Some(*expected))
                    .then(|| format!("{sentence} {terms:?}: {got:?}, expected {expected}"))
            })
            .collect();
        assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    }

    #[test]
    fn a_value_bound_to_a_trigger_outranks_one_the_other_terms_place() {
        // (sentence, trigger terms, other terms, value)
        let rows: [(&str, &[&str], &[&str], &str); 16] = [
            ("The Kamal Adwan hospital in Jabaliya (northern Gaza Strip) confirmed ten deaths and dozens of injuries from the shelling.", &["injuries"], &["deaths"], "24"),
            (
                "Ukraine's state railway company said more than 30 people had been killed and over 100 wounded in the strike.",
                &["wounded"],
                &["people", "killed", "strike"],
                "100",
            ),
            ("30 people were killed and more than 100 were injured.", &["injured"], &["people", "killed"], "100"),
            (
                "It was initially reported that more than 30 people were killed and more than 100 people were wounded in a strike on a railway station.",
                &["wounded"],
                &["people", "killed", "station"],
                "100",
            ),
            ("The strike killed 52 people and injured 109 others at the station.", &["injured"], &["killed", "people", "station"], "109"),
            // Each number keeps its own conjunct's predicate.
            ("30 people were killed and more than 100 were injured at the station.", &["killed"], &["station"], "30"),
            ("The strike killed 52 people and injured 109 others at the station.", &["killed"], &["station"], "52"),
            // A head count before a part of it.
            (
                "At least 39 people, including four children, were killed Friday in the attack on the station.",
                &["killed"],
                &["attack", "station"],
                "39",
            ),
            (
                "At least 39 people, including four children, were killed Friday in the attack on the station.",
                &["children", "killed"],
                &["attack"],
                "4",
            ),
            ("The blast killed 52 people, among them five children, the governor said.", &["killed"], &[], "52"),
            // A long noun phrase before the verb it is the subject of; the
            // count of the next conjunct does not follow this one's verb.
            (
                "The inquiry covers the incident in which 53 Ukrainian prisoners of war were killed and another 75 to 130 were wounded.",
                &["killed"],
                &["prisoners of war", "incident"],
                "53",
            ),
            ("In the blast 53 detained soldiers were killed and 75 were wounded.", &["killed"], &["soldiers"], "53"),
            (
                "After the shelling \"40 prisoners of war were killed and 75 wounded,\" and eight guards were also injured, it added.",
                &["killed"],
                &["prisoners of war", "shelling"],
                "40",
            ),
            // A part taken of a whole: the part is the subject of the verb.
            ("12 of the 40 soldiers on the bus were killed.", &["killed"], &["soldiers"], "12"),
            // A subordinate clause ends a count's own clause.
            ("Troops shot 30 militants after two soldiers were killed.", &["killed"], &[], "2"),
            // Of two counts bound to a trigger, the one bound to more of them.
            (
                "After the shelling \"40 prisoners of war were killed and 75 wounded,\" and eight prison staff were also injured, it added.",
                &["staff", "wounded", "injured"],
                &[],
                "8",
            ),
        ];
        counts_in(&rows);
    }

    #[test]
    fn a_rule_whose_noun_names_the_part_takes_the_part_and_one_of_the_whole_the_whole() {
        // (sentence, trigger terms, other terms, value): a part ("including
        // nine children", "12 of whom were children") is bound to what its
        // whole is bound to, and to its own noun besides.
        let rows: [(&str, &[&str], &[&str], &str); 20] = [
            // The rule counts the part.
            (
                "Eighteen residents were killed, including nine children, and 60 were injured.",
                &["children", "killed"],
                &[],
                "9",
            ),
            (
                "The flood killed 14 people, including 5 children, and injured 30.",
                &["children", "killed"],
                &[],
                "5",
            ),
            (
                "Currently, there are 18 dead, including 9 children, and more than 60 injured.",
                &["children", "dead", "including"],
                &[],
                "9",
            ),
            (
                "More than 50 people were injured and 16 killed, including 6 children.",
                &["children", "killed", "including"],
                &[],
                "6",
            ),
            (
                "At least 90 people were wounded in the fire, 12 of whom were children.",
                &["children", "wounded"],
                &[],
                "12",
            ),
            (
                "Prosecutors charged 20 people over the fraud, among them three police officers.",
                &["officers", "charged"],
                &["fraud"],
                "3",
            ),
            (
                "The storm left 30 people homeless, 11 of them pensioners.",
                &["pensioners", "homeless"],
                &["storm"],
                "11",
            ),
            // A part taken of the whole written after it ("N of the M"):
            // the verb after the whole says what the part is.
            (
                "Police said that four of the 27 confirmed dead were teenagers.",
                &["teenagers", "dead"],
                &[],
                "4",
            ),
            (
                "Two of the 40 people killed on Friday were firefighters.",
                &["firefighters", "killed"],
                &["people"],
                "2",
            ),
            (
                "Eleven of 35 patients hurt in the crash are children, the clinic said.",
                &["children", "hurt"],
                &["patients"],
                "11",
            ),
            // The rule counts the whole.
            (
                "Police said that four of the 27 confirmed dead were teenagers.",
                &["dead"],
                &[],
                "27",
            ),
            (
                "Two of the 40 people killed on Friday were firefighters.",
                &["killed"],
                &["people"],
                "40",
            ),
            (
                "Eleven of 35 patients hurt in the crash are children, the clinic said.",
                &["hurt"],
                &["patients"],
                "35",
            ),
            (
                "Eighteen residents were killed, including nine children, and 60 were injured.",
                &["killed"],
                &["residents"],
                "18",
            ),
            (
                "The flood killed 14 people, including 5 children, and injured 30.",
                &["killed"],
                &["people"],
                "14",
            ),
            (
                "Currently, there are 18 dead, including 9 children, and more than 60 injured.",
                &["dead"],
                &[],
                "18",
            ),
            (
                "More than 50 people were injured and 16 killed, including 6 children.",
                &["killed"],
                &[],
                "16",
            ),
            (
                "At least 90 people were wounded in the fire, 12 of whom were children.",
                &["wounded"],
                &["people"],
                "90",
            ),
            (
                "Prosecutors charged 20 people over the fraud, among them three police officers.",
                &["charged"],
                &["fraud", "people"],
                "20",
            ),
            (
                "The storm left 30 people homeless, 11 of them pensioners.",
                &["homeless"],
                &["storm", "people"],
                "30",
            ),
        ];
        counts_in(&rows);
    }

    #[test]
    fn counts_of_different_things_and_a_part_named_by_include_keep_to_their_nouns() {
        // (sentence, trigger terms, other terms, value)
        let rows: [(&str, &[&str], &[&str], &str); 7] = [
            // A count of victims counts people, a count of missiles does not.
            ("Almost all 23 victims of the fire died when two gas cylinders exploded.", &["died"], &[], "23"),
            ("All 12 victims of the crash died after the two buses collided.", &["died"], &[], "12"),
            // "claiming N lives" tells the deaths themselves.
            ("The storms swept across the region that week, claiming 44 lives, including 33 in the capital.", &["lives"], &["region"], "44"),
            ("The earthquake struck at dawn, claiming at least 120 lives.", &["lives"], &[], "120"),
            // Adjectives of origin joined by "and" modify the noun counted.
            ("Up to 85 Ukrainian and foreign soldiers were killed, and up to 20 vehicles were damaged.", &["soldiers", "killed"], &[], "85"),
            ("The ministry counted 40 French or German tourists among the injured and 12 buses damaged.", &["tourists", "injured"], &[], "40"),
            // "include" introduces a part, as "including" does.
            ("The 40 injured included 12 police officers.", &["officers", "injured"], &[], "12"),
        ];
        counts_in(&rows);
        // A part of the dead is no death toll.
        apart_in(&[
            (
                "The dead include six children from the ages of one to 17.",
                &["dead"],
                &[],
                &[],
            ),
            (
                "Those killed included three firefighters, the mayor said.",
                &["killed"],
                &[],
                &[],
            ),
        ]);
    }

    #[test]
    fn the_value_reached_outranks_where_a_change_started_and_a_part() {
        // (sentence, trigger terms, other terms, value)
        let rows: [(&str, &[&str], &[&str], &str); 12] = [
            (
                "The number of people missing has fallen from over 160 to three.",
                &["missing"],
                &[],
                "3",
            ),
            (
                "Officials said 30 pupils and two guards were injured, taking the number of injured to 48.",
                &["injured"],
                &[],
                "48",
            ),
            (
                "Nine more people were killed overnight, bringing the death toll to 35.",
                &["killed", "death toll"],
                &[],
                "35",
            ),
            (
                "The death toll from the strike has risen from 39 to 52.",
                &["death toll"],
                &["strike"],
                "52",
            ),
            (
                "The number of dead in the strike rose to 52 from 39 a day earlier.",
                &["dead"],
                &["strike"],
                "52",
            ),
            (
                "Up from 30 on Friday, the death toll from the strike now stands at 57.",
                &["death toll"],
                &["strike"],
                "57",
            ),
            (
                "Officials revised the toll down to 52 from 57.",
                &["toll"],
                &[],
                "52",
            ),
            (
                "Officials said 39 people had died, but the toll later rose to 52 as five more died in hospital in Kramatorsk.",
                &["died", "toll"],
                &["Kramatorsk"],
                "52",
            ),
            (
                "Turkey's justice ministry has issued warrants for 114 more people and launched 134 investigations.",
                &["warrants"],
                &[],
                "114",
            ),
            (
                "In all, 57 people, five of them children, were killed in the strike.",
                &["killed"],
                &["strike"],
                "57",
            ),
            (
                "In all, 57 people, five of them children, were killed in the strike.",
                &["children", "killed"],
                &["strike"],
                "5",
            ),
            (
                "Of the 57 people killed in the strike, five were children.",
                &["killed"],
                &["strike"],
                "57",
            ),
        ];
        counts_in(&rows);
    }

    #[test]
    fn a_count_of_a_nationality_or_after_a_vague_of_is_bound() {
        // (sentence, trigger terms, other terms, value)
        let rows: [(&str, &[&str], &[&str], &str); 2] = [
            (
                "The deaths of over 100 Palestinians and injuries to 750 others during an aid convoy in Gaza shocked the world.",
                &["deaths"],
                &["aid convoy"],
                "100",
            ),
            (
                "The Kamal Adwan hospital confirmed ten deaths and dozens of injuries from the shelling.",
                &["injuries"],
                &["deaths"],
                "24",
            ),
        ];
        counts_in(&rows);
    }

    #[test]
    fn the_value_is_bound_to_its_subject() {
        let rows: [(ValueKind, &str, &[&str], Option<&str>); 9] = [
            (ValueKind::Count, "Rebels killed 30 wounded and 12 dead in the raid.", &["dead"], Some("12")),
            // The slots of a role pattern `{act:kill} ... {victim:villager*}`.
            (
                ValueKind::Count,
                "Rebels killed 30 soldiers and 12 villagers in the raid.",
                &["killed", "villagers"],
                Some("12"),
            ),
            (ValueKind::Count, "2323 people are injured and 1712 buildings have collapsed.", &["1712 buildings have collapsed"], Some("1712")),
            (
                ValueKind::Count,
                "The death toll has risen to 16 in Ukraine, Kyiv officials said, while Russian officials said 29 people have died.",
                &["death toll", "died"],
                Some("16"),
            ),
            (
                ValueKind::Count,
                "A total of 1,500 people have been evacuated; 48 temporary accommodation facilities have been deployed.",
                &["evacuated"],
                Some("1500"),
            ),
            (
                ValueKind::Count,
                "It was followed by dozens of aftershocks, including a 7.5-magnitude temblor.",
                &["followed by dozens of aftershocks, including a 7.5-magnitude temblor"],
                Some("7.5"),
            ),
            (ValueKind::Count, "All 298 passengers and crew on the Boeing 777 were killed.", &["killed"], Some("298")),
            (ValueKind::Count, "The F-16 and Su-35 jets were not involved.", &["jets"], None),
            (ValueKind::Count, "It plans to double its fleet within five years.", &["fleet"], None),
        ];
        for (kind, sentence, terms, expected) in rows {
            assert_eq!(
                value_in(kind, &[], sentence, terms, &[]).as_deref(),
                expected,
                "{sentence}"
            );
        }
        assert_eq!(
            value_in(
                ValueKind::Multiplier,
                &[],
                "It plans to double its fleet within five years.",
                &["fleet"],
                &[]
            )
            .as_deref(),
            Some("2x")
        );
        assert_eq!(
            value_in(
                ValueKind::Count,
                &["route 66"],
                "Traffic on route 66 fell to 40 cars.",
                &["Traffic"],
                &[]
            )
            .as_deref(),
            Some("40")
        );
    }

    /// The figures (value, key, inherited) a `key` rule reads in `sentence`
    /// after `context` (the sentence before, then the heading), in an
    /// article of 2023, the rule having matched `term` there; figures about
    /// another event make none.
    fn figures_in(
        key: FigureKey,
        context: &[&str],
        sentence: &str,
        term: &str,
    ) -> Vec<(String, String, bool)> {
        let spec = spec_of(ValueKind::Count, key);
        let values = crate::values::extract(sentence);
        let matched: Vec<Range<usize>> = sentence
            .find(term)
            .map(|at| at..at + term.len())
            .into_iter()
            .collect();
        let context = Context {
            previous: context.first().copied(),
            heading: context.get(1).copied(),
            recent: vec![2022, 2023],
        };
        read(&spec, sentence, &context, &values, &Matched::all(&matched))
            .into_iter()
            .filter(|figure| !figure.other_event)
            .map(|figure| {
                let value = figure
                    .value
                    .map_or("none".to_string(), |idx| values[idx].normalized.to_string());
                let key = figure.key.map_or("none".to_string(), |key| key.to_string());
                (value, key, figure.inherited)
            })
            .collect()
    }

    #[test]
    fn qualifier_terms_key_one_figure_each() {
        let terms =
            |list: &[&str]| FigureKey::Terms(list.iter().map(ToString::to_string).collect());
        let owned = |rows: &[(&str, &str, bool)]| -> Vec<(String, String, bool)> {
            rows.iter()
                .map(|(value, key, inherited)| (value.to_string(), key.to_string(), *inherited))
                .collect()
        };
        assert_eq!(
            figures_in(
                terms(&["Moscow", "St Petersburg"]),
                &[],
                "Huawei has centres in Moscow and St Petersburg where 400 and 150 people work, respectively.",
                "people work",
            ),
            owned(&[("400", "Moscow", false), ("150", "St Petersburg", false)])
        );
        assert_eq!(
            figures_in(
                terms(&["first strike", "second strike"]),
                &[],
                "The first strike had a magnitude of 5.8 and the second strike a magnitude of 6.1.",
                "magnitude",
            ),
            owned(&[
                ("5.8", "first strike", false),
                ("6.1", "second strike", false)
            ])
        );
        assert_eq!(
            figures_in(
                terms(&["first strike", "second strike"]),
                &["The second strike came at dusk."],
                "Its magnitude was 6.4, the survey said.",
                "magnitude",
            ),
            owned(&[("6.4", "second strike", true)])
        );
        assert_eq!(
            figures_in(
                terms(&["first strike"]),
                &[],
                "Its magnitude was 6.4.",
                "magnitude"
            ),
            owned(&[("6.4", "unspecified", false)])
        );
        assert_eq!(
            figures_in(
                FigureKey::Period,
                &["In 2019-21, the market grew.", "Market shares"],
                "The firm's share was 40 firms.",
                "share",
            ),
            owned(&[("40", "2019..2021", true)])
        );
    }

    #[test]
    fn each_value_of_one_subject_is_a_figure_and_other_counts_are_none() {
        let owned = |rows: &[&str]| -> Vec<(String, String, bool)> {
            rows.iter()
                .map(|value| (value.to_string(), "none".to_string(), false))
                .collect()
        };
        let rows: [(&str, &str, &[&str]); 8] = [
            ("Tremors of magnitude 5.8 and 6.1 shook the valley overnight.", "magnitude", &["5.8", "6.1"]),
            ("The ferry disaster left 30 wounded and 12 dead.", "dead", &["12"]),
            ("Rebels killed 30 wounded and 12 dead in the raid.", "dead", &["12"]),
            ("The floods killed 14 people and left 300 homes without power.", "killed", &["14"]),
            (
                "Huawei has centres in Moscow and St Petersburg where 400 and 150 people work.",
                "people work",
                &["400", "150"],
            ),
            (
                "Huawei has centres in Moscow and St Petersburg where 400 and 150 people work, respectively.",
                "Moscow",
                &["400"],
            ),
            ("Rescuers pulled 41, 17 and 9 survivors from three blocks.", "survivors", &["41", "17", "9"]),
            ("Rebels killed 30 and injured 12 on Monday.", "killed", &["30"]),
        ];
        for (sentence, term, expected) in rows {
            assert_eq!(
                figures_in(FigureKey::None, &[], sentence, term),
                owned(expected),
                "{sentence}"
            );
        }
    }

    #[test]
    fn a_count_another_verb_binds_is_no_figure() {
        let none: Vec<(String, String, bool)> = Vec::new();
        for (sentence, term) in [
            ("A senior US intelligence official says Russian missiles crossed into NATO member Poland, killing two people.", "missiles"),
            ("Russian missiles crossed into Poland, killing two: US official", "missiles"),
            ("Polish media reported that two people died Tuesday afternoon after a projectile struck an area where grain was drying.", "projectile"),
            ("Zelensky said Wednesday that a missile that hit Poland, killing two, was Russian.", "missile"),
        ] {
            assert_eq!(figures_in(FigureKey::None, &[], sentence, term), none, "{sentence}");
        }
        let among = "Among those killed in the attack were five children, the governor said.";
        assert_eq!(figures_in(FigureKey::None, &[], among, "killed"), none);
        // Members named after "Among the dead were" hold no count of the dead.
        let couple = "Among the dead were a couple who left behind four children, the village leader and the dead soldier's wife and son.";
        assert_eq!(figures_in(FigureKey::None, &[], couple, "dead"), none);
        assert_eq!(
            figures_in(FigureKey::None, &[], among, "children"),
            vec![("5".to_string(), "none".to_string(), false)]
        );
        // The member list ends at a clause of its own: ", and" with a new
        // subject and its verb, a verb of saying, a semicolon.
        let fourteen = vec![("14".to_string(), "none".to_string(), false)];
        for sentence in [
            "Among the dead were two firefighters, and officials said the flood had killed 14 people.",
            "Among the dead were two firefighters, and the flood killed 14 people in all.",
            "Among the dead were two firefighters, but the flood killed 14 people in all.",
            "Among the dead were two firefighters; the flood killed 14 people in all.",
        ] {
            assert_eq!(
                figures_in(FigureKey::None, &[], sentence, "killed"),
                fourteen,
                "{sentence}"
            );
        }
        // One more member after ", and" stays in the list.
        let teacher = "Among the dead were two firefighters, and a teacher who had lost 3 sons.";
        assert_eq!(figures_in(FigureKey::None, &[], teacher, "dead"), none);
        // The verb's own rule, and a count of the matched noun, keep theirs.
        let two = vec![("2".to_string(), "none".to_string(), false)];
        for (sentence, term) in [
            (
                "Russian missiles crossed into Poland, killing two: US official",
                "killing",
            ),
            (
                "Polish media reported that two people died on Tuesday.",
                "died",
            ),
            (
                "Radio Zet reported that two missiles hit grain dryers, killing two people.",
                "missiles",
            ),
        ] {
            assert_eq!(
                figures_in(FigureKey::None, &[], sentence, term),
                two,
                "{sentence}"
            );
        }
    }

    /// The counts `read` gives in `sentence` when the rule matched every
    /// occurrence of `terms` (all of them triggers).
    fn read_counts(sentence: &str, terms: &[&str]) -> Vec<String> {
        read_counts_as(Vague::None, sentence, terms)
    }

    /// `read_counts` for a rule whose `vague` is `vague`.
    fn read_counts_as(vague: Vague, sentence: &str, terms: &[&str]) -> Vec<String> {
        read_as(ValueKind::Count, vague, sentence, terms)
    }

    /// The values of `kind` that `read` gives in `sentence` when the rule
    /// matched every occurrence of `terms` (all of them triggers).
    fn read_as(kind: ValueKind, vague: Vague, sentence: &str, terms: &[&str]) -> Vec<String> {
        let spec = FigureSpec {
            vague,
            ..spec_of(kind, FigureKey::None)
        };
        read_with(&spec, sentence, terms)
            .into_iter()
            .map(|(figure, value)| match &figure.sum {
                Some(sum) => format!("{} (sum)", sum.total),
                None => value,
            })
            .collect()
    }

    /// The figures `read` gives under `spec` in `sentence` when the rule
    /// matched every occurrence of `terms` (all of them triggers), each
    /// with its value as normalised ("none" for none).
    fn read_with(spec: &FigureSpec, sentence: &str, terms: &[&str]) -> Vec<(Figure, String)> {
        let values = crate::values::extract(sentence);
        let matched = term_spans(sentence, terms);
        read(
            spec,
            sentence,
            &Context::default(),
            &values,
            &Matched::all(&matched),
        )
        .into_iter()
        .map(|figure| {
            let value = figure
                .value
                .map_or("none".to_string(), |idx| values[idx].normalized.to_string());
            (figure, value)
        })
        .collect()
    }

    #[test]
    fn a_count_still_in_care_is_no_total_of_the_injured() {
        let none: Vec<String> = Vec::new();
        for (sentence, terms) in [
            (
                "Seven injured passengers remain hospitalized in the capital.",
                &["injured"][..],
            ),
            (
                "Currently, nine injured workers are receiving treatment in two hospitals.",
                &["injured"],
            ),
            (
                "Twelve people who were hurt in the blast are in stable condition.",
                &["hurt"],
            ),
            (
                "Four of the wounded are still in hospital, doctors said.",
                &["wounded"],
            ),
            (
                "Six injured tourists are being treated abroad.",
                &["injured"],
            ),
        ] {
            assert_eq!(read_counts(sentence, terms), none, "{sentence}");
        }
        // Near misses: the total beside those in care, the whole of a
        // partitive, and a rule of those in hospital.
        assert_eq!(
            read_counts(
                "The blast injured 30 people, and 12 remain hospitalized.",
                &["injured"]
            ),
            ["30"]
        );
        assert_eq!(
            read_counts(
                "Five of the 11 wounded are in serious condition.",
                &["wounded"]
            ),
            ["11"]
        );
        assert_eq!(
            read_counts(
                "Seven people remain hospitalized, officials said.",
                &["hospitalized"]
            ),
            ["7"]
        );
        assert_eq!(
            read_counts("Seven people were injured in the crash.", &["injured"]),
            ["7"]
        );
        assert_eq!(
            read_counts(
                "Eight remain missing while others are receiving treatment.",
                &["missing"]
            ),
            ["8"]
        );
    }

    #[test]
    fn more_people_added_to_an_earlier_toll_are_no_figure() {
        let none: Vec<String> = Vec::new();
        // "N more" opening its clause as the subject of an event of people:
        // an update of a toll given before, not the toll.
        for (sentence, terms) in [
            (
                "Three more people died in hospital after the blast.",
                &["died"][..],
            ),
            (
                "Unfortunately, two more bodies were found under the rubble.",
                &["bodies"],
            ),
            (
                "Four more dead were pulled from the ruins: two adults and two children.",
                &["dead"],
            ),
            (
                "Police said that six more suspects were arrested overnight.",
                &["suspects", "arrested"],
            ),
        ] {
            assert_eq!(read_counts(sentence, terms), none, "{sentence}");
        }
        for (sentence, terms, count) in [
            // A state at the time of writing: the set beside the dead.
            (
                "Nine more people are missing, the mayor said.",
                &["missing"][..],
                "9",
            ),
            (
                "There may be five more people under the rubble.",
                &["rubble"],
                "5",
            ),
            // The object of a preposition: those the warrants are for.
            (
                "Police issued warrants for 40 more people over the collapse.",
                &["warrants"],
                "40",
            ),
            // After a count in the same sentence, "more" is "others".
            (
                "The blast killed 20 people, and five more were injured.",
                &["injured"],
                "5",
            ),
            // The level reached is the toll.
            (
                "The toll rose to 52 as five more died in hospital.",
                &["toll"],
                "52",
            ),
            // Things are no running toll of people.
            (
                "Five more shells were recorded near the fire station.",
                &["shells"],
                "5",
            ),
        ] {
            assert_eq!(
                read_counts(sentence, terms),
                vec![count.to_string()],
                "{sentence}"
            );
        }
    }

    #[test]
    fn a_breakdown_with_no_written_total_is_one_figure_of_its_sum() {
        reads(&[
            ("45 adults and 5 children died in the fire.", &["died"], Some("50 (sum)")),
            (
                "Police said 280 passengers and 15 crew have been killed.",
                &["killed"],
                Some("295 (sum)"),
            ),
            (
                "The mayor said the missing are two men, three women, and one child.",
                &["missing"],
                Some("6 (sum)"),
            ),
            // "A", "an" and "one" before a noun of one person count one.
            ("So far, 14 workers and a teacher have died.", &["died"], Some("15 (sum)")),
            (
                "A 90-year-old man and a 12-year-old girl were killed when the roof fell.",
                &["killed"],
                Some("2 (sum)"),
            ),
            ("A woman in her sixties died on the way to hospital.", &["died"], Some("none")),
            // A rule of one part takes its part.
            (
                "45 adults and 5 children died in the fire.",
                &["children", "died"],
                Some("5"),
            ),
            // A written total wins over the parts it lists.
            (
                "Officials said that among the 27 deceased there were 11 women, 10 men and 6 children.",
                &["deceased"],
                Some("27"),
            ),
            (
                "The toll has risen to 25 people, and 90 people have sought medical help.",
                &["toll"],
                Some("25"),
            ),
        ]);
    }

    #[test]
    fn a_part_of_the_rules_own_count_told_by_what_it_is_is_no_figure() {
        let none: Vec<String> = Vec::new();
        for (sentence, terms) in [
            ("At least two of the dead were store employees.", &["dead"][..]),
            ("Two of those killed \"were men who worked in the hypermarket,\" the governor said.", &["killed"]),
            ("At least ten of the dead were unidentified on Sunday morning, they said.", &["dead"]),
            ("Twelve of the injured were still in hospital on Monday.", &["injured"]),
            ("Two of the injured died in hospital.", &["injured"]),
            ("Three of the voters arrested were later released.", &["arrested"]),
            ("Two 10-year-old children were among those killed.", &["killed"]),
            ("Two firefighters are among the dead after the flood.", &["dead"]),
        ] {
            assert_eq!(read_counts(sentence, terms), none, "{sentence}");
        }
        // What is said of the part is the rule's own noun: its count.
        for (sentence, terms, count) in [
            (
                "Two of the dead were children.",
                &["dead", "children"][..],
                "2",
            ),
            (
                "Two children were among those killed.",
                &["children", "killed"],
                "2",
            ),
            // The count's own phrase, no part of the rule's.
            (
                "Six of the 14-member mission were killed.",
                &["killed"],
                "6",
            ),
            ("Rescuers found 19 bodies of the dead.", &["dead"], "19"),
            // Those of the injured who died are a count of the dead.
            ("Two of the injured died in hospital.", &["died"], "2"),
        ] {
            assert_eq!(
                read_counts(sentence, terms),
                vec![count.to_string()],
                "{sentence}"
            );
        }
        // Those of both families, the rule's among them, in a vague amount:
        // its interval for a rule that reads one, else no figure.
        for (sentence, count) in [
            (
                "Hundreds of people were reportedly killed and injured.",
                "200",
            ),
            ("Rescuers report dozens of killed and injured.", "24"),
        ] {
            assert_eq!(
                read_counts_as(Vague::Interval, sentence, &["injured"]),
                vec![count.to_string()],
                "{sentence}"
            );
            assert_eq!(read_counts(sentence, &["injured"]), none, "{sentence}");
        }
    }

    /// A sentence, the terms a count rule matched there, and the figures
    /// it gives by default and with `vague = "interval"`.
    type VagueRow<'a> = (&'a str, &'a [&'a str], &'a [&'a str], &'a [&'a str]);

    #[test]
    fn a_vague_amount_is_no_figure_unless_the_rule_reads_intervals() {
        let none: Vec<String> = Vec::new();
        // (sentence, matched terms, figures by default, with `vague = "interval"`)
        let rows: [VagueRow<'_>; 18] = [
            // Only a vague amount: no instance, unless the rule compares magnitudes.
            (
                "Dozens of residents drowned when the river burst its banks.",
                &["drowned"],
                &[],
                &["24"],
            ),
            (
                "Hundreds were evacuated from the valley overnight.",
                &["evacuated"],
                &[],
                &["200"],
            ),
            (
                "Scores of protesters were arrested outside the courthouse.",
                &["arrested"],
                &[],
                &["40"],
            ),
            (
                "Tens of thousands of ballots were spoiled in the runoff.",
                &["spoiled"],
                &[],
                &["20000"],
            ),
            (
                "Several hundred voters were turned away at the polls.",
                &["turned away"],
                &[],
                &["200"],
            ),
            // A vague number word with no value: no instance, unless the rule reads one.
            (
                "Many voters were turned away at the polls.",
                &["turned away"],
                &[],
                &["none"],
            ),
            (
                "Several witnesses were threatened before the trial.",
                &["threatened"],
                &[],
                &["none"],
            ),
            ("Numerous homes were flooded.", &["flooded"], &[], &["none"]),
            (
                "Much of the harvest was lost to the flood.",
                &["lost"],
                &[],
                &["none"],
            ),
            // A vague amount beside an exact one: each to its own predicate.
            (
                "Seven people drowned and dozens were injured in the flash flood.",
                &["injured"],
                &[],
                &["24"],
            ),
            (
                "Seven people drowned and dozens were injured in the flash flood.",
                &["drowned"],
                &["7"],
                &["7"],
            ),
            // A number, a bound on one, a number word of a fixed size: figures.
            (
                "A dozen voters were turned away at the polls.",
                &["turned away"],
                &["12"],
                &["12"],
            ),
            (
                "More than 100 ballots were spoiled.",
                &["spoiled"],
                &["100"],
                &["100"],
            ),
            (
                "At least two people drowned in the flood.",
                &["drowned"],
                &["2"],
                &["2"],
            ),
            (
                "Some 4,000 protesters were arrested after the verdict.",
                &["arrested"],
                &["4000"],
                &["4000"],
            ),
            (
                "The 30-odd defendants were all convicted.",
                &["convicted"],
                &["30"],
                &["30"],
            ),
            // Definite quantifiers are no vague amounts.
            (
                "Everyone in the basement drowned.",
                &["drowned"],
                &["none"],
                &["none"],
            ),
            (
                "No voters were turned away at the polls.",
                &["turned away"],
                &["none"],
                &["none"],
            ),
        ];
        let owned = |list: &[&str]| list.iter().map(ToString::to_string).collect::<Vec<_>>();
        let wrong: Vec<String> = rows
            .iter()
            .filter_map(|(sentence, terms, by_default, interval)| {
                let got = (
                    read_counts(sentence, terms),
                    read_counts_as(Vague::Interval, sentence, terms),
                );
                (got != (owned(by_default), owned(interval))).then(|| {
                    format!("{sentence} {terms:?}: {got:?}, expected {by_default:?} {interval:?}")
                })
            })
            .collect();
        assert!(wrong.is_empty(), "{}", wrong.join("\n"));
        assert_eq!(
            read_counts("Thousands fled the rising water.", &["fled"]),
            none
        );
    }

    #[test]
    fn a_bounded_one_is_a_count_of_the_rules_own_event() {
        // "at least one death" is a count of deaths, bound as "at least two
        // deaths" is; the injuries beside it are the other rule's.
        let crash =
            "A jet crashed into a school, resulting in at least one death and four injuries.";
        assert_eq!(read_counts(crash, &["death"]), vec!["1".to_string()]);
        assert_eq!(read_counts(crash, &["injuries"]), vec!["4".to_string()]);
        assert_eq!(
            read_counts("More than one voter was hurt in the crush.", &["hurt"]),
            vec!["1".to_string()]
        );
    }

    #[test]
    fn the_first_victim_is_one_of_them_no_count() {
        let none: Vec<String> = Vec::new();
        assert_eq!(
            read_counts("The first victim was identified as a teacher.", &["victim"]),
            none
        );
        assert_eq!(
            read_counts(
                "The first victim was identified as a teacher, and the toll stands at 9.",
                &["victim", "toll"]
            ),
            vec!["9".to_string()]
        );
        // The ordinal of a later one counts the victims so far.
        assert_eq!(
            read_counts("The flood has claimed its 60th victim.", &["victim"]),
            vec!["60".to_string()]
        );
    }

    #[test]
    fn a_count_of_those_another_event_befell_is_no_figure() {
        let none: Vec<String> = Vec::new();
        for (sentence, terms) in [
            (
                "Those killed are between 14 and 25 years old, and there are over 100 injured in the blaze.",
                &["killed"][..],
            ),
            ("The storm claimed several lives and left dozens more injured.", &["lives"]),
            ("Seven injured passengers remain in hospital after the deadly crash.", &["deadly"]),
            ("Officials said 12 people were wounded when the bridge gave way.", &["killed", "deaths"]),
            ("Four voters are still missing after the deadly flood.", &["deadly"]),
            ("By nightfall 30 were dead.", &["missing"]),
        ] {
            assert_eq!(read_counts(sentence, terms), none, "{sentence}");
        }
        // A count of the rule's own family, or one that names none, keeps it.
        for (sentence, terms, count) in [
            (
                "Three of the injured died later, bringing the toll to 9.",
                &["toll"][..],
                "9",
            ),
            (
                "The fire killed 59 people and left 100 injured.",
                &["killed"],
                "59",
            ),
            (
                "Over 100 injured were taken to hospital.",
                &["injured"],
                "100",
            ),
            ("The flood left 40 casualties.", &["casualties"], "40"),
            // Those another event befell, of whom the rule's is then said.
            ("Three people who were injured later died.", &["died"], "3"),
            (
                "Three people who were injured later died.",
                &["injured"],
                "3",
            ),
            ("12 people were injured and later died.", &["died"], "12"),
            ("12 people were injured and later died.", &["injured"], "12"),
            (
                "The quake struck, killing four people and wounding 38.",
                &["killing"],
                "4",
            ),
            (
                "12 people were wounded and 3 killed.",
                &["casualties", "wounded"],
                "12",
            ),
        ] {
            assert_eq!(
                read_counts(sentence, terms),
                vec![count.to_string()],
                "{sentence}"
            );
        }
    }

    /// Checks the figures `read_counts` gives each row's sentence under its
    /// terms: (sentence, terms, the one count, or none for no figure).
    fn reads(rows: &[(&str, &[&str], Option<&str>)]) {
        let wrong: Vec<String> = rows
            .iter()
            .filter_map(|(sentence, terms, expected)| {
                let got = read_counts(sentence, terms);
                let want: Vec<String> = expected.iter().map(ToString::to_string).collect();
                (got != want).then(|| format!("{sentence} {terms:?}: {got:?}, expected {want:?}"))
            })
            .collect();
        assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    }

    #[test]
    fn a_count_of_another_harm_is_set_apart_when_the_triggers_name_the_event() {
        // The rule's `all` term names the event ("strikes"), its `any` term
        // the harm ("killed"): the wounded are counted apart from the dead.
        for sentence in [
            "At least 10 people were killed and eight others wounded in the airstrikes.",
            "Ten civilians were killed and 12 others wounded in the strikes, an official said.",
        ] {
            let values = crate::values::extract(sentence);
            let spans = term_spans(sentence, &["killed", "strikes", "airstrikes"]);
            let triggers = term_spans(sentence, &["strikes", "airstrikes"]);
            let matched = Matched {
                spans: &spans,
                triggers: &triggers,
                excluded: &[],
                groups: &[],
            };
            let spec = spec_of(ValueKind::Count, FigureKey::None);
            let got: Vec<String> = read(&spec, sentence, &Context::default(), &values, &matched)
                .iter()
                .filter_map(|figure| figure.value.map(|idx| values[idx].normalized.to_string()))
                .collect();
            assert_eq!(got, ["10"], "{sentence}");
        }
    }

    #[test]
    fn a_member_named_after_among_the_whole_is_no_figure_of_the_whole() {
        reads(&[
            (
                "Among the dead are four firefighters killed when the roof fell in.",
                &["dead", "killed"],
                None,
            ),
            (
                "Among the dead were two nurses who died when the ward collapsed.",
                &["dead", "died"],
                None,
            ),
            // The rule's own noun names the member: its count.
            (
                "Among the dead were five children.",
                &["dead", "children"],
                Some("5"),
            ),
            // A population is no count of the event's dead.
            (
                "Most of the dead were in Tarlo, a mountain town of 12,000, where the toll could rise.",
                &["dead", "toll"],
                None,
            ),
        ]);
    }

    #[test]
    fn a_part_of_the_matched_whole_with_no_verb_of_its_own_is_no_figure() {
        reads(&[
            (
                "Pathologists have examined 30 of the deceased, with the bodies returned to families.",
                &["deceased"],
                None,
            ),
            ("Medics treated a dozen of the injured at the scene.", &["injured"], None),
            // A whole with its own number, or a part of others, keeps it.
            (
                "The blast killed 12 of the 40 passengers.",
                &["killed"],
                Some("12"),
            ),
            ("The blast killed five of the workers.", &["killed"], Some("5")),
            (
                "The school said 14 of its pupils and teachers died.",
                &["pupils", "died"],
                Some("14"),
            ),
        ]);
    }

    #[test]
    fn the_standard_a_figure_is_compared_with_is_no_figure_of_the_sentence() {
        // "X was higher than / an increase over N": N is the figure X is
        // set against (an earlier or another count), X the sentence's.
        reads(&[
            (
                "The toll of 30 soldiers and two officers killed was higher than the 20 dead that officials first reported.",
                &["toll", "killed", "dead"],
                Some("32 (sum)"),
            ),
            (
                "The 45 deaths were an increase over what the ministry had said were 20 people killed.",
                &["deaths", "killed"],
                Some("45"),
            ),
            (
                "The 45 deaths marked a rise over the 20 people killed in the first raid.",
                &["deaths", "killed"],
                Some("45"),
            ),
            (
                "The flood killed 45 people, compared with 20 killed in last year's storm.",
                &["killed"],
                Some("45"),
            ),
            // "more than N", "fewer than N" bound a figure; they set none
            // against it.
            (
                "More than 45 people were killed in the raid.",
                &["killed"],
                Some("45"),
            ),
        ]);
    }

    #[test]
    fn a_count_of_the_agents_after_by_is_no_count_of_what_befell_them() {
        // "a raid by 300 police": the strength of those who acted, not a
        // count of the dead or hurt among them. The rule's terms in two
        // groups, the police and the dead.
        let read_grouped = |sentence: &str| {
            let police = term_spans(sentence, &["officers", "policemen"]);
            let dead = term_spans(sentence, &["dead", "killed"]);
            let groups: Vec<u16> = police
                .iter()
                .map(|_| 0)
                .chain(dead.iter().map(|_| 1))
                .collect();
            let triggers: Vec<Range<usize>> = police.into_iter().chain(dead).collect();
            let values = crate::values::extract(sentence);
            read(
                &spec_of(ValueKind::Count, FigureKey::None),
                sentence,
                &Context::default(),
                &values,
                &Matched {
                    spans: &triggers,
                    triggers: &triggers,
                    excluded: &[],
                    groups: &groups,
                },
            )
            .into_iter()
            .filter_map(|figure| figure.value.map(|idx| values[idx].normalized.to_string()))
            .collect::<Vec<String>>()
        };
        assert_eq!(
            read_grouped(
                "The raid by 300 officers and soldiers left 20 people dead, including 18 gang members and two policemen."
            ),
            ["2"]
        );
        assert_eq!(
            read_grouped("The attack by 40 officers killed 12 gunmen and two policemen."),
            ["2"]
        );
        // A count of the police that befell them keeps its reading.
        assert_eq!(
            read_grouped("Police said 12 officers were killed in the attack by 40 gunmen."),
            ["12"]
        );
    }

    #[test]
    fn a_count_the_dead_or_injured_grew_by_is_no_figure() {
        reads(&[
            (
                "Three more people died in hospital on Monday.",
                &["died"],
                None,
            ),
            (
                "Rescuers pulled the bodies of two more people from the rubble.",
                &["bodies"],
                None,
            ),
            (
                "Five more workers were injured in a second blast.",
                &["injured"],
                None,
            ),
            (
                "The toll rose to 52 as five more died in hospital.",
                &["toll", "died"],
                Some("52"),
            ),
            (
                "Six more people are still missing.",
                &["missing"],
                Some("6"),
            ),
            (
                "The blast killed two people and injured 11 more.",
                &["injured"],
                Some("11"),
            ),
            (
                "Four people were killed, nine more were wounded.",
                &["wounded"],
                Some("9"),
            ),
            (
                "More than 30 people died in the fire.",
                &["died"],
                Some("30"),
            ),
        ]);
    }

    #[test]
    fn a_count_of_those_still_in_care_is_no_figure_of_what_befell_them() {
        reads(&[
            (
                "Nine wounded passengers remain hospitalised in the capital, while 30 others are being treated abroad.",
                &["wounded"],
                None,
            ),
            (
                "Currently, six injured workers are receiving treatment at two clinics, with four others still missing.",
                &["injured"],
                None,
            ),
            (
                "Surgeons are fighting for the lives of the three others, who are in critical condition.",
                &["lives"],
                None,
            ),
            ("Five victims are still in intensive care.", &["victims"], None),
            // The rule's own words in the predicate keep the count.
            (
                "At least 12 people remain hospitalised, officials said.",
                &["hospitalised"],
                Some("12"),
            ),
            // What befell them, or the injured taken in, is the count.
            ("Forty people were injured in the crush.", &["injured"], Some("40")),
            (
                "Three of the 12 wounded are in serious condition.",
                &["wounded"],
                Some("12"),
            ),
            (
                "Over 100 injured were hospitalised overnight.",
                &["injured"],
                Some("100"),
            ),
            (
                "The toll rose to 17, and 23 people are still being treated in hospital.",
                &["toll"],
                Some("17"),
            ),
        ]);
    }

    #[test]
    fn a_count_in_a_clause_of_its_own_verb_is_no_value_listed_with_the_toll() {
        reads(&[
            (
                "The death toll has risen to 17, and 23 people are still being treated in hospital, police said.",
                &["death toll"],
                Some("17"),
            ),
            (
                "By Tuesday the number of dead stood at 9, and 14 others were still in intensive care.",
                &["dead"],
                Some("9"),
            ),
        ]);
    }

    #[test]
    fn a_sum_goes_to_whom_its_for_phrase_names() {
        // (sentence, terms, the sum read)
        let rows: [(&str, &[&str], &str); 5] = [
            (
                "The governor announced Rs 5 lakh for the families of the deceased and Rs 50,000 for those hurt.",
                &["deceased"],
                "500000 INR",
            ),
            (
                "Rs 50,000 for those hurt and Rs 5 lakh for the families of the deceased were announced on Friday.",
                &["deceased"],
                "500000 INR",
            ),
            (
                "Rs 50,000 for those hurt and Rs 5 lakh for the families of the deceased were announced on Friday.",
                &["hurt"],
                "50000 INR",
            ),
            (
                "The state will pay $10,000 to the family of each victim killed and $2,000 to every injured person.",
                &["killed", "victim"],
                "10000 USD",
            ),
            (
                "The state will pay $10,000 to the family of each victim killed and $2,000 to every injured person.",
                &["injured"],
                "2000 USD",
            ),
        ];
        for (sentence, terms, expected) in rows {
            assert_eq!(
                read_as(ValueKind::Money, Vague::None, sentence, terms),
                [expected],
                "sentence: {sentence}"
            );
        }
    }

    #[test]
    fn a_sum_paid_for_whom_a_placing_word_names_outranks_a_nearer_one() {
        // "compensation" the trigger; "deceased" and "kin" only place it.
        let sentence = "The minister announced compensation, offering Rs 3 lakh for the deceased's next of kin and Rs 25,000 for the injured.";
        let span = |word: &str| {
            let at = sentence.find(word).unwrap_or(0);
            at..at + word.len()
        };
        let spans = [span("compensation"), span("deceased"), span("kin")];
        let values = crate::values::extract(sentence);
        let got: Vec<String> = read(
            &spec_of(ValueKind::Money, FigureKey::None),
            sentence,
            &Context::default(),
            &values,
            &Matched {
                spans: &spans,
                triggers: &spans[..1],
                excluded: &[],
                groups: &[0],
            },
        )
        .into_iter()
        .filter_map(|figure| figure.value.map(|idx| values[idx].normalized.to_string()))
        .collect();
        assert_eq!(got, ["300000 INR"]);
    }

    #[test]
    fn coordinated_counts_of_one_verb_each_count_their_own_noun() {
        reads(&[
            (
                "Officials said 12 of their police officers and at least 30 gunmen were killed in the clash.",
                &["officers", "killed"],
                Some("12"),
            ),
            (
                "Officials said 12 of their police officers and at least 30 gunmen were killed in the clash.",
                &["gunmen", "killed"],
                Some("30"),
            ),
            (
                "Police said nine officers died and 14 were hurt, while 22 attackers were killed.",
                &["attackers", "killed", "died"],
                Some("22"),
            ),
            (
                "The navy said 30 sailors were killed and some 12 injured, while five pirates died.",
                &["pirates", "killed", "died"],
                Some("5"),
            ),
        ]);
    }

    #[test]
    fn among_the_dead_gives_the_whole_and_an_aside_holds_no_count() {
        reads(&[
            (
                "Officials said that among the 31 dead were 12 women, 11 men and 8 children.",
                &["dead"],
                Some("31"),
            ),
            (
                "Among the 19 killed, police said, there were four students and two teachers.",
                &["killed"],
                Some("19"),
            ),
            // The aside says who the count are; its ages and members count
            // nothing, and the count's verb is past it.
            (
                "Four people — a 35-year-old woman and her three children — died in the fire, and several others were hurt.",
                &["died"],
                Some("4"),
            ),
            (
                "Four people — a 35-year-old woman and her three children — died in the fire, and several others were hurt.",
                &["hurt"],
                None,
            ),
            (
                "Two brothers — aged 14 and 16 — were killed and many more were injured.",
                &["injured"],
                None,
            ),
            (
                "Five workers (two of them women) were killed when the roof fell.",
                &["killed"],
                Some("5"),
            ),
        ]);
    }

    #[test]
    fn a_count_of_other_people_is_no_count_of_the_rules_group() {
        reads(&[
            (
                "Gunmen stormed the checkpoint, killing 5–7 police officers and burning two vehicles.",
                &["Gunmen", "killing"],
                None,
            ),
            (
                "Gunmen stormed the checkpoint, killing 5–7 police officers and burning two vehicles.",
                &["officers", "killing"],
                Some("5..7"),
            ),
            (
                "Insurgents overran the base, reportedly killing 12-15 troops.",
                &["Insurgents", "killing"],
                None,
            ),
        ]);
    }

    #[test]
    fn a_count_of_things_is_no_figure_of_people() {
        reads(&[
            (
                "The quake killed residents and 15 buildings collapsed.",
                &["killed"],
                None,
            ),
            (
                "Rescuers sent three ambulances to the site where the victims died.",
                &["died"],
                None,
            ),
            (
                "Eight relatives of the missing gave samples to the police.",
                &["missing"],
                None,
            ),
            (
                "The mayor, one of the two deputies elected, mourned those killed.",
                &["killed"],
                None,
            ),
            (
                "Raiders took over 200 hostage after killing residents.",
                &["killing"],
                None,
            ),
            // Shapes17 R9: a rule of an act only people undergo counts
            // people, not the bodies that denounce it.
            (
                "A coalition of 12 rights organisations accused the police of arbitrary arrests.",
                &["arrests"],
                None,
            ),
            (
                "The 40 groups said the detentions were unlawful.",
                &["detentions"],
                None,
            ),
            // A count of people, or of the reports or the span of a count,
            // keeps its figure; so does a rule that counts no people.
            ("The blaze killed 59 young people.", &["killed"], Some("59")),
            (
                "The blaze killed at least 40 youngsters.",
                &["killed"],
                Some("40"),
            ),
            (
                "Officials said 43 reports of missing people were filed.",
                &["missing"],
                Some("43"),
            ),
            (
                "Twelve suspects remain in custody after the killings.",
                &["killings"],
                Some("12"),
            ),
            ("The crash killed 3 firefighters.", &["killed"], Some("3")),
            (
                "Police arrested 12 journalists at the march.",
                &["arrested"],
                Some("12"),
            ),
            (
                "The arrests of 75 protesters were recorded in six counties.",
                &["arrests"],
                Some("75"),
            ),
            (
                "Police said 300 were detained after the march.",
                &["detained"],
                Some("300"),
            ),
            (
                "The storm destroyed 15 buildings.",
                &["destroyed"],
                Some("15"),
            ),
            // What a matched word is said to be, or the level it stands
            // at, is its count whatever the noun.
            (
                "The dead were 12 pilgrims from Iran.",
                &["dead"],
                Some("12"),
            ),
            (
                "Those killed were at least 12 kids.",
                &["killed"],
                Some("12"),
            ),
            (
                "The death toll stood at 12 pilgrims.",
                &["death toll"],
                Some("12"),
            ),
            ("The dead were buried near 12 wells.", &["dead"], None),
        ]);
    }

    #[test]
    fn a_ranked_subset_is_no_count() {
        reads(&[
            (
                "One patient, among the four most critically injured, has died.",
                &["died"],
                None,
            ),
            (
                "One patient, among the four most critically injured, has died.",
                &["injured"],
                None,
            ),
            (
                "The two worst-hit villages lost their water supply after the flood.",
                &["flood"],
                None,
            ),
            (
                "The four injured were flown to Kyiv.",
                &["injured"],
                Some("4"),
            ),
            (
                "The blast injured 4, most of them children.",
                &["injured"],
                Some("4"),
            ),
        ]);
    }

    #[test]
    fn a_part_set_off_by_commas_leaves_the_count_its_verb() {
        reads(&[
            (
                "Three people, including a boy who died today, were injured.",
                &["died"],
                None,
            ),
            (
                "Three people, including a boy who died today, were injured.",
                &["injured"],
                Some("3"),
            ),
        ]);
    }

    #[test]
    fn a_count_in_other_places_is_a_remainder() {
        reads(&[
            ("At least 9 people from other towns were confirmed dead.", &["dead"], None),
            (
                "Rescuers found the bodies of 40 people, and 6 other deaths were reported in other parts of the region.",
                &["bodies", "deaths"],
                Some("40"),
            ),
            ("At least 9 people from the town were confirmed dead.", &["dead"], Some("9")),
            // Other places past the count's own clause place no count.
            (
                "The 40 injured were taken to hospitals in other cities.",
                &["injured"],
                Some("40"),
            ),
            (
                "Twelve people died as the fire spread across other floors.",
                &["died"],
                Some("12"),
            ),
            (
                "Twelve people died at the scene and in other hospitals.",
                &["died"],
                Some("12"),
            ),
        ]);
    }

    #[test]
    fn a_count_in_some_of_the_places_is_a_regional_part() {
        reads(&[
            (
                "In three of the five districts, 40 people died.",
                &["died"],
                None,
            ),
            (
                "Some 25 people were killed across two of the four provinces hit.",
                &["killed"],
                None,
            ),
            (
                "In most of the flooded villages, a dozen residents drowned.",
                &["drowned"],
                None,
            ),
            // Every place, or places not taken out of a whole, keep it.
            (
                "In all five districts, 40 people died.",
                &["died"],
                Some("40"),
            ),
            ("In three districts, 40 people died.", &["died"], Some("40")),
            (
                "Forty people died, three of the five districts said.",
                &["died"],
                Some("40"),
            ),
            // Some of a set that is no place (a fight, a wave, the
            // victims) places no count.
            (
                "In some of the heaviest fighting of the war, 40 were killed.",
                &["killed"],
                Some("40"),
            ),
            (
                "In most of the attacks, 12 people died.",
                &["died"],
                Some("12"),
            ),
        ]);
    }

    #[test]
    fn an_estimate_others_make_in_an_absolute_phrase_yields_to_the_speakers() {
        reads(&[
            (
                "The mayor said 60 people had died and feared the toll would climb, with some estimating as many as 300 dead.",
                &["dead", "died"],
                Some("60"),
            ),
            (
                "Police counted 14 bodies, with others putting the toll at 30.",
                &["bodies", "toll"],
                Some("14"),
            ),
            // Alone, the estimate is the sentence's figure (its speaker is
            // the estimators, not the article).
            (
                "Aid workers fear the toll will rise sharply, with some estimating 500 deaths.",
                &["deaths"],
                Some("500"),
            ),
        ]);
    }

    #[test]
    fn an_injury_that_caused_a_death_and_bodies_count_no_injured() {
        reads(&[
            (
                "After three more victims succumbed to their injuries, the toll rose to 40.",
                &["injuries"],
                None,
            ),
            (
                "Two patients died of their wounds in hospital.",
                &["wounds"],
                None,
            ),
            (
                "After three more victims succumbed to their injuries, the toll rose to 40.",
                &["toll"],
                Some("40"),
            ),
            (
                "Police were still working to identify the 30 bodies, and the injured were not named.",
                &["injured"],
                None,
            ),
            (
                "Police were still working to identify the 30 bodies.",
                &["bodies"],
                Some("30"),
            ),
            ("Nine people suffered injuries in the blast.", &["injuries"], Some("9")),
        ]);
    }

    #[test]
    fn a_count_said_or_declared_to_be_dead_and_a_level_of_a_named_place() {
        reads(&[
            (
                "Fourteen people were initially reported dead.",
                &["dead"],
                Some("14"),
            ),
            (
                "Nine people were pronounced dead at the scene.",
                &["dead"],
                Some("9"),
            ),
            (
                "Twelve people are listed as missing after the flood.",
                &["missing"],
                Some("12"),
            ),
            (
                "The death toll from the fire at Elm Park School and College has risen to 27.",
                &["death toll"],
                Some("27"),
            ),
            // What they are said to be is their family: no count of the injured.
            (
                "Five people were reported dead in the fire.",
                &["injured", "fire"],
                None,
            ),
        ]);
    }

    #[test]
    fn a_figure_about_another_event_is_none() {
        let none: Vec<(String, String, bool)> = Vec::new();
        // A past year names another event, unless the rule is keyed by period.
        let mut spec = spec_of(ValueKind::Percent, FigureKey::None);
        let sentence = "The 2019 survey put the firm's share at 40%.";
        let values = crate::values::extract(sentence);
        let context = Context {
            recent: vec![2022, 2023],
            ..Context::default()
        };
        let share = sentence.find("share").map_or(0..0, |at| at..at + 5);
        let other = |spec: &FigureSpec| {
            read(
                spec,
                sentence,
                &context,
                &values,
                &Matched::all(std::slice::from_ref(&share)),
            )
            .iter()
            .map(|figure| figure.other_event)
            .collect::<Vec<bool>>()
        };
        assert_eq!(other(&spec), [true]);
        spec.key = FigureKey::Period;
        assert_eq!(other(&spec), [false]);
        // The sentence's other values are taken before one about another event.
        assert_eq!(
            figures_in(
                FigureKey::None,
                &[],
                "The plane crash killed 71 people, the worst in Nepal since 1992, when 167 people died in a crash near Kathmandu.",
                "crash"
            ),
            vec![("71".to_string(), "none".to_string(), false)]
        );
        // What the event came after is another event; what an act of its
        // aftermath came after is the event itself (below).
        for sentence in [
            "In a separate attack on Sloviansk, 12 people were killed.",
            "The ferry disaster comes barely a month after 30 people were killed in a bus crash upstate.",
        ] {
            assert_eq!(
                figures_in(FigureKey::None, &[], sentence, "killed"),
                none,
                "{sentence}"
            );
        }
        assert_eq!(
            figures_in(
                FigureKey::None,
                &[],
                "The arrests came two days after 30 people were killed in the blaze.",
                "killed"
            ),
            vec![("30".to_string(), "none".to_string(), false)]
        );
        let earlier = ["In 2019 an earlier spill off Lagos killed 12 seabirds."];
        assert_eq!(
            figures_in(
                FigureKey::None,
                &earlier,
                "That spill killed 30 seabirds.",
                "killed"
            ),
            none
        );
        assert_eq!(
            figures_in(
                FigureKey::None,
                &earlier,
                "This spill killed 30 seabirds.",
                "killed"
            )
            .len(),
            1
        );
        assert_eq!(
            figures_in(
                FigureKey::None,
                &[],
                "The previous eruption, in the same valley, buried 40 homes.",
                "buried"
            ),
            none
        );
        assert_eq!(
            figures_in(
                FigureKey::None,
                &[],
                "The last time the dam burst, 300 people were evacuated.",
                "evacuated"
            ),
            none
        );
        // A background sentence of an earlier event (recent years 2022 and
        // 2023); the story's own event, dated or definite, keeps its toll.
        for sentence in [
            "A March gas explosion at a mine in Tabas killed more than 40 people.",
            "In 2019, a fire at a textile factory in the same district killed 17 workers.",
            "Last year, a similar bus fire in Rajasthan killed 20 passengers.",
        ] {
            assert_eq!(
                figures_in(FigureKey::None, &[], sentence, "killed"),
                none,
                "{sentence}"
            );
        }
        for sentence in [
            "The explosion on Saturday killed 40 people.",
            "The blast, the deadliest since 2019, killed 40 people.",
            "On Saturday, an explosion at the port killed 40 people.",
            "A fire at a textile factory killed 40 workers in 2023.",
            "At least 40 people were killed during protests in the capital last week.",
            "The fire at the market last month killed 40 people.",
            "The fire killed 40 people, the deadliest since a blaze last year.",
            "40 people were killed on Friday when a missile hit a block of flats.",
            // A recent time alone ("last week", "last month", "early this
            // month") may be the story's own event told in a later article;
            // without a word that sets it apart ("another", "already") the
            // toll stays.
            "A storm killed 40 people last week, officials said.",
            "An inquiry into a fire that killed 40 people last month opened on Monday.",
        ] {
            assert_eq!(
                figures_in(FigureKey::None, &[], sentence, "killed"),
                vec![("40".to_string(), "none".to_string(), false)],
                "{sentence}"
            );
        }
        // An event an indefinite article brings in, set in a time before
        // the story's, is another event: its toll is none.
        for sentence in [
            "The region was already reeling from a deadly storm that killed at least 27 people last week.",
            "Twenty people were killed earlier this month when a passenger bus caught fire in another state.",
            "A short circuit sparked a fire on a bus in the north early this month, killing at least 20 people.",
            "Gunmen killed about 1,200 people in a raid last October.",
        ] {
            assert_eq!(
                figures_in(FigureKey::None, &[], sentence, "killed"),
                none,
                "{sentence}"
            );
        }
        // An anniversary tells of the event it recalls, and "Then" goes on
        // with it (recent years 2022 and 2023).
        let recalled = ["On this day in 2022, two missiles hit a shopping centre in the city."];
        assert_eq!(
            figures_in(
                FigureKey::None,
                &recalled,
                "Then, the occupiers killed 21 people and injured 77 others.",
                "killed"
            ),
            none
        );
        assert_eq!(
            figures_in(
                FigureKey::None,
                &["On Friday, two missiles hit a shopping centre in the city."],
                "Then, the occupiers killed 21 people and injured 77 others.",
                "killed"
            ),
            vec![("21".to_string(), "none".to_string(), false)]
        );
    }

    #[test]
    fn a_part_of_the_dead_a_fronted_partitive_takes_is_no_toll() {
        let none: Vec<(String, String, bool)> = Vec::new();
        assert_eq!(
            figures_in(
                FigureKey::None,
                &[],
                "Of the 15 postmortems conducted so far, 14 victims died from gunshot wounds.",
                "died"
            ),
            none
        );
        assert_eq!(
            figures_in(
                FigureKey::None,
                &[],
                "Of the 30 victims, 14 died from gunshot wounds.",
                "died"
            ),
            vec![("30".to_string(), "none".to_string(), false)]
        );
        assert_eq!(
            figures_in(
                FigureKey::None,
                &[],
                "Of the 40 passengers on board, 12 died.",
                "died"
            ),
            vec![("12".to_string(), "none".to_string(), false)]
        );
    }

    #[test]
    fn a_number_in_brackets_after_a_name_is_the_names_own() {
        let none: Vec<(String, String, bool)> = Vec::new();
        for sentence in [
            "The breakdown of fatalities by county includes Kisii (8), Nairobi (6) and Embu (2).",
            "Those killed include Rajendra Kumar (67) and Sumitra (65).",
        ] {
            assert_eq!(
                figures_in(FigureKey::None, &[], sentence, "fatalities"),
                none,
                "{sentence}"
            );
        }
        assert_eq!(
            figures_in(
                FigureKey::None,
                &[],
                "Twenty (20) fatalities were recorded in the county.",
                "fatalities"
            ),
            vec![("20".to_string(), "none".to_string(), false)]
        );
    }

    #[test]
    fn years_and_dates_answer_each_other_but_not_ranges() {
        assert!(accepts(ValueKind::Date, ValueKind::Year));
        assert!(accepts(ValueKind::Year, ValueKind::Date));
        assert!(!accepts(ValueKind::Year, ValueKind::Range));
        assert!(!accepts(ValueKind::Percent, ValueKind::Count));
    }

    #[test]
    fn the_day_next_to_a_verb_of_saying_dates_the_statement() {
        let spec = spec_of(ValueKind::Date, FigureKey::None);
        for (sentence, term, want) in [
            ("At least 200 people were killed in an air strike on a hospital compound that sheltered the wounded and displaced from Israeli bombing, local health officials said 17 October 2023, prompting global condemnation and fury.", "air strike", None),
            ("Another 324 people were injured in the explosion, the Gaza Health Ministry said on 18 October 2023.", "explosion", None),
            ("The explosion hit the hospital on 17 October 2023, officials said.", "hit", Some("2023-10-17")),
            ("Officials said the explosion hit the hospital on 17 October 2023.", "hit", Some("2023-10-17")),
            // A verb of statement, a day right before the verb, a day opening the sentence.
            ("The Kremlin denied on 8 April 2022 that Russia was involved in a missile strike on a railway station in Kramatorsk.", "strike", None),
            ("The Russian Defense Ministry on 8 April 2022 said it did not launch any rocket attack on a railway station.", "attack", None),
            ("On 10 April 2022, the governor said the death toll from the attack on the station had risen to 57.", "attack", None),
            ("On 8 April 2022, a missile attack hit the station, officials said.", "attack", Some("2022-04-08")),
            ("The attack hit the station on 8 April 2022, said the governor.", "attack", Some("2022-04-08")),
            // A verb of saying and a short adjunct before the day.
            ("About 300 people died in the Mariupol Drama Theatre as a result of the bombing, Mariupol city council said in a statement on 25 March 2022.", "bombing", None),
            ("The governor wrote on Telegram on 10 April 2022 that the attack on the station had killed 57.", "attack", None),
            ("The bombing of the theatre, officials said, came in an air raid on 16 March 2022.", "bombing", Some("2022-03-16")),
            // A dateline's day is the report's.
            ("WASHINGTON (UrduPoint News / Sputnik - 16th November, 2022) US President Joe Biden said it is unlikely that the missile that fell in Poland was fired from Russia.", "fell", None),
            ("KYIV (Reuters) - The missile fell in Poland on 15 November 2022, officials said.", "fell", Some("2022-11-15")),
            // Brackets that open with no name are no dateline.
            ("NATO (which says the missile fell on 15 November 2022) has called a meeting.", "fell", Some("2022-11-15")),
            ("STEPANAKERT, AUGUST 25, ARTSAKHPRESS: \"Yevgeny Prigozhin became a victim of that plane crash on 23 August 2023.", "crash", Some("2023-08-23")),
            ("MOSCOW, 25 August 2023, TASS: The plane crash in the Tver region killed all ten people on board.", "crash", None),
            ("On 23 August 2023, the plane crashed in the Tver region: all ten people on board died.", "crashed", Some("2023-08-23")),
        ] {
            let values = crate::values::extract(sentence);
            let at = sentence.find(term).unwrap_or(0);
            let (chosen, _) = select(&spec, sentence, &values, &Matched::all(std::slice::from_ref(&(at..at + term.len()))));
            let got = chosen.and_then(|idx| values.get(idx)).map(|value| value.normalized.as_str());
            assert_eq!(got, want, "sentence: {sentence}");
        }
    }

    #[test]
    fn a_when_figure_without_a_date_needs_its_event_as_time_frame() {
        let spec = spec_of(ValueKind::Date, FigureKey::None);
        for (sentence, term, instance) in [
            ("After Russia's annexation of Crimea, China continued to build ties with the Kremlin.", "annexation", true),
            ("Coupled with the anticipated construction of Beidou's Obninsk monitoring station, the closest of the three Chinese stations would be near Moscow.", "construction", true),
            ("Hamas authorities said most of the people killed were hospital patients and displaced families.", "killed", false),
            ("The Israeli army, for its part, said the hospital was hit by a rocket misfired by Islamic Jihad Palestinian militants.", "hit", false),
            ("A total of 471 Palestinians were killed in a devastating blast at a hospital in the Gaza Strip, according to local authorities.", "blast", false),
            // The event is named after the opening phrase, not in it.
            ("After midnight, the hospital was hit by a rocket.", "hit", false),
        ] {
            let values = crate::values::extract(sentence);
            let at = sentence.find(term).unwrap_or(0);
            let figures = read(&spec, sentence, &Context::default(), &values, &Matched::all(std::slice::from_ref(&(at..at + term.len()))));
            assert_eq!(!figures.is_empty(), instance, "sentence: {sentence}");
        }
        // A date in the sentence is read whatever frames it.
        let sentence = "Hundreds of people were killed when an airstrike struck al-Ahli Arab Hospital in Gaza City on 17 October 2023.";
        let values = crate::values::extract(sentence);
        let at = sentence.find("struck").unwrap_or(0);
        let figures = read(
            &spec,
            sentence,
            &Context::default(),
            &values,
            &Matched::all(std::slice::from_ref(&(at..at + 6))),
        );
        assert!(
            figures.iter().any(|figure| figure.value.is_some()),
            "{figures:?}"
        );
    }

    /// The count a rule whose triggers are `place` and `verb` reads in
    /// `sentence` (normalized), or `None` when it gives no figure.
    fn toll_of_place(sentence: &str, place: &str, verb: &str) -> Option<String> {
        let spec = spec_of(ValueKind::Count, FigureKey::None);
        let values = crate::values::extract(sentence);
        let mut spans: Vec<Range<usize>> = [place, verb]
            .iter()
            .filter_map(|term| sentence.find(term).map(|at| at..at + term.len()))
            .collect();
        spans.sort_by_key(|span| span.start);
        let figures = read(
            &spec,
            sentence,
            &Context::default(),
            &values,
            &Matched::all(&spans),
        );
        figures.first().map(|figure| {
            figure
                .value
                .map_or("none".to_string(), |idx| values[idx].normalized.to_string())
        })
    }

    #[test]
    fn a_place_that_only_locates_a_smaller_one_counts_nothing() {
        for (sentence, place, verb, expected) in [
            ("At least three people have been killed at a Kyiv children's hospital after Russian missiles struck Ukraine on Monday.", "Kyiv", "killed", None),
            ("A boy has died after the strike on Kyiv's Okhmatdyt Children's Hospital, killing 2 staff.", "Kyiv", "killing", None),
            ("In the Dniprovskyi district of the capital, debris fell on a medical center, 7 people were killed and 3 injured.", "capital", "killed", None),
            ("Four residents died when floodwater flooded into a Valencia nursing home.", "Valencia", "died", None),
            // A destination is no site of the count.
            ("China has sent 3,000 soldiers to the Russian National Defense University.", "Russian", "sent", Some("3000")),
            // The place itself, or a site that is the rule's own term.
            ("At least 20 people were killed in Kyiv on Monday.", "Kyiv", "killed", Some("20")),
            ("Kyiv officials said 20 people were killed in the capital.", "Kyiv", "killed", Some("20")),
            ("Two people were killed at the children's hospital.", "hospital", "killed", Some("2")),
        ] {
            assert_eq!(
                toll_of_place(sentence, place, verb).as_deref(),
                expected,
                "sentence: {sentence}"
            );
        }
    }

    #[test]
    fn a_value_placed_at_the_rules_place_is_its_figure() {
        for (sentence, place, verb, expected) in [
            ("This attack was part of a larger assault on Ukrainian cities that day, claiming 44 lives, including 33 in Kyiv.", "Kyiv", "lives", "33"),
            ("The storm killed 12 people across the region, 5 of them in Valencia.", "Valencia", "killed", "5"),
            ("Floods killed 30 people, including nine children in Valencia.", "Valencia", "killed", "9"),
            // The whole a part is taken of is not the part's figure.
            ("He said that six of the 14-member IAEA mission remained at the plant.", "IAEA", "remained", "6"),
            // A place of the whole leaves the whole.
            ("Floods killed 30 people in Valencia, including nine children.", "Valencia", "killed", "30"),
            // A count of another thing placed in the counted places is not their count.
            ("The water, which flooded 22,273 homes in 17 settlements, could keep rising.", "17 settlements", "flooded", "17"),
        ] {
            assert_eq!(
                toll_of_place(sentence, place, verb).as_deref(),
                Some(expected),
                "sentence: {sentence}"
            );
        }
    }

    #[test]
    fn an_amount_without_a_value_or_amount_word_is_no_figure() {
        let none = || vec![("none".to_string(), "none".to_string(), false)];
        for (sentence, term, stated) in [
            ("Authorities in some of the affected areas have evacuated the population.", "evacuated", false),
            ("Russian-installed authorities in southern Ukraine on Friday reported more casualties from the flood triggered by the destruction of a key dam, and said the water could keep rising for more than a week.", "casualties", false),
            ("The exact number of those who were killed in the city may never be known.", "killed", false),
            ("Russian occupation authorities have deliberately undercounted the number of people killed in deadly floods in Kherson Oblast.", "killed", false),
            ("Death toll rises from flooding after Ukraine dam breach", "Death toll", false),
            ("According to Saldo, no civilian casualties were reported.", "casualties", true),
            ("The situation in the flooding zone is under control, there have been no reports about civilian victims.", "victims", true),
            ("Everyone on board was killed.", "killed", true),
            // A share states no count: how the dead died, not how many.
            ("Ferry cargo mostly lost", "cargo", false),
            ("Hagari stressed that most of the Palestinians were killed or injured as a result of the stampede.", "killed", false),
            ("\"The majority of Palestinians were killed or injured as a result of the stampede,\" Hagari said.", "killed", false),
            // The amount word is in another clause than the matched word.
            ("Residents were evacuated, but no officials came to help.", "evacuated", false),
            // "Much" before a comparative is a degree, not an amount.
            ("Number of people killed in Gaza hospital bombing is much lower, says European intelligence official", "killed", false),
            ("A senior European intelligence official stated that the death toll in the hospital Al-Ahli, in Gaza, was much lower than announced by the Palestinian authorities.", "death toll", false),
            // The amount word counts something else: information, or a share of the dead.
            ("Israeli military spokesman Rear Adm. Daniel Hagari said he had no details on the hospital deaths.", "deaths", false),
            ("Hamas authorities said most of the people killed were hospital patients and displaced families.", "killed", false),
            ("Most of the passengers were killed.", "killed", false),
            // A universal over the counted noun itself counts nothing.
            ("All the perpetrators, organisers and instigators of the Crocus attack will be fairly punished,\" Putin assured.", "perpetrators", false),
            ("All of the passengers were killed.", "killed", true),
            ("Most of the dead were children.", "dead", false),
            ("Zelensky has no doubt that rocket that fell in Poland isn't Ukrainian", "rocket", false),
            ("There is no indication that the Polish border village struck by a missile on Tuesday night was deliberately targeted.", "missile", false),
            // A number hyphened to letters is a model's name.
            ("The missile, identified as a Soviet-made S-300, landed in the village.", "missile", false),
            // Digits glued to letters name a thing; "no contact" counts none.
            ("Witnesses helped build a 3D model of where people were sheltering.", "sheltering", false),
            ("The governor said there was no contact with some of the staff.", "staff", false),
            // "No number", "no official figures": no figure known, not zero.
            ("There's no number yet of any miners killed.", "killed", false),
            ("Police said there were no official figures for the protesters injured.", "injured", false),
            ("There is still no exact tally of the dead.", "dead", false),
            ("No protesters were killed, the police said.", "killed", true),
            // One person with an indefinite article is an amount.
            ("A boy in critical condition has died following the strike.", "died", true),
            ("An elderly woman drowned in her flooded basement, police said.", "drowned", true),
            // Not one said to be what the counted are, nor placed among them.
            ("The local police told Donbas.Realii that one of the killed in the attack was a child.", "killed", false),
            ("A child is reportedly among those injured as a result of the attack.", "injured", false),
            // A number hyphened to the noun after it is an age or a size.
            ("Last night, a 53-year old woman died in hospital.", "died", false),
            // "No mention" counts mentions.
            ("Ukraine's general staff said the plane was transporting missiles and made no mention of prisoners of war.", "prisoners", false),
            // The digits of a date or year count nothing.
            ("U.S. intelligence agencies believe that Ukrainians were likely behind the May 3 drone attack on the Kremlin.", "drone", false),
            ("The levee broke days before the planned June 14 inspection by engineers.", "levee", false),
            // "All" of an idiom counts nothing; "all those on board" counts the dead.
            ("He denied being behind it, but the drones rained down on the city all the same.", "drones", false),
            ("The jet came down north-west of Moscow, killing all those on board.", "board", true),
            // A universal over a noun of no people, and "as many as possible",
            // state no amount.
            ("Despite all the measures taken by the doctors, the patient died.", "died", false),
            ("Every effort was made, but the voter died in hospital.", "died", false),
            ("All the workers in the mine were killed.", "killed", true),
            // A modifier before the noun of people is no noun of things.
            ("All the elderly residents of the home were killed.", "killed", true),
            ("All the young soldiers in the unit were killed.", "killed", true),
            ("The army fired at once to cause as many deaths as possible.", "deaths", false),
            ("The army launched several munitions at once to cause deaths.", "deaths", false),
            // Digits typed as another kind: an age, a duration.
            ("Doctors said the injured ranged in age from 18 to 24.", "injured", false),
            ("The injured were treated for 12 hours.", "injured", false),
            // An amount word in a clause of condition or of the end of an
            // action is sought or supposed, not found.
            ("Crews will search the site until no dead or injured are left under the debris.", "dead", false),
            ("The work goes on until we are sure that none of the missing remain in the mine.", "missing", false),
            ("Officials would not say if all the wounded had been taken to hospital.", "wounded", false),
            ("The drill ends only when everyone trapped is out, unless no survivors are found by noon.", "survivors", false),
            // A mark ends the clause: what follows it is found.
            ("The search went on until dawn; no survivors were found.", "survivors", true),
        ] {
            let want = if stated { none() } else { Vec::new() };
            assert_eq!(figures_in(FigureKey::None, &[], sentence, term), want, "sentence: {sentence}");
        }
        assert_eq!(
            figures_in(
                FigureKey::None,
                &[],
                "At least 21 people died in the floods.",
                "died"
            ),
            vec![("21".to_string(), "none".to_string(), false)]
        );
        // One person is a count of one, no age: a rule of an age (or a sum,
        // a distance) reads no amount in a sentence whose only numbers count
        // people.
        for (kind, sentence, terms, want) in [
            (
                ValueKind::Duration,
                "A driver rams a truck into a crowd in the city, leaving 3 dead and 12 injured.",
                &["driver"][..],
                Vec::<String>::new(),
            ),
            (
                ValueKind::Duration,
                "So far, 11 passengers and a driver have died.",
                &["driver"][..],
                Vec::new(),
            ),
            (
                ValueKind::Money,
                "A man was arrested after 4 people were hurt.",
                &["man"][..],
                Vec::new(),
            ),
            (
                ValueKind::Duration,
                "The driver, a 45-year-old man, was arrested.",
                &["driver"][..],
                vec!["45 years".to_string()],
            ),
            (
                ValueKind::Count,
                "A driver died in the crash.",
                &["died"][..],
                vec!["none".to_string()],
            ),
        ] {
            assert_eq!(
                read_as(kind, Vague::None, sentence, terms),
                want,
                "{sentence}"
            );
        }
    }

    /// The values (normalized) a count rule with `not` terms `excluded`
    /// reads in `sentence`, having matched its `all` terms `terms` and its
    /// `not` terms there (every occurrence of each).
    fn figures_apart(sentence: &str, terms: &[&str], excluded: &[&str]) -> Vec<String> {
        let spec = spec_of(ValueKind::Count, FigureKey::None);
        let values = crate::values::extract(sentence);
        let mut hits: Vec<(Range<usize>, u16)> = Vec::new();
        for (term_idx, term) in (0u16..).zip(terms) {
            hits.extend(
                sentence
                    .match_indices(term)
                    .map(|(at, _)| (at..at + term.len(), term_idx)),
            );
        }
        hits.sort_by_key(|(span, _)| span.start);
        let (matched, groups): (Vec<Range<usize>>, Vec<u16>) = hits.into_iter().unzip();
        let excluded = term_spans(sentence, excluded);
        let context = Context {
            recent: vec![2022, 2023],
            ..Context::default()
        };
        let matched = Matched {
            spans: &matched,
            triggers: &matched,
            excluded: &excluded,
            groups: &groups,
        };
        read(&spec, sentence, &context, &values, &matched)
            .into_iter()
            .filter(|figure| !figure.other_event)
            .filter_map(|figure| figure.value.map(|idx| values[idx].normalized.to_string()))
            .collect()
    }

    /// A sentence, the `all` terms a count rule matched there, the hits of
    /// its `not` terms, and the values it reads.
    type ApartRow<'a> = (&'a str, &'a [&'a str], &'a [&'a str], &'a [&'a str]);

    /// Checks the values each row's sentence gives, reporting every wrong row.
    fn apart_in(rows: &[ApartRow]) {
        let wrong: Vec<String> = rows
            .iter()
            .filter_map(|(sentence, terms, excluded, expected)| {
                let got = figures_apart(sentence, terms, excluded);
                (got != *expected)
                    .then(|| format!("{sentence} {terms:?}: {got:?}, expected {expected:?}"))
            })
            .collect();
        assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    }

    #[test]
    fn a_count_of_another_event_takes_its_parts_words_along() {
        // (sentence, `all` terms, no `not` hits, values read): the children
        // named only as a part of the injured are no children killed.
        let rows: [ApartRow; 7] = [
            (
                "By noon: 8 dead; 41 injured (15 of whom were children).",
                &["children", "dead"],
                &[],
                &[],
            ),
            (
                "Four people died and 30 were hurt, including 9 children.",
                &["children", "died"],
                &[],
                &[],
            ),
            (
                "The shelling left 22 wounded, among them 6 children, and two dead.",
                &["children", "dead"],
                &[],
                &[],
            ),
            // The part of the rule's own event keeps its words.
            (
                "By noon: 8 dead (3 of whom were children); 41 injured.",
                &["children", "dead"],
                &[],
                &["3"],
            ),
            (
                "Four people died, including 2 children, and 30 were hurt.",
                &["children", "died"],
                &[],
                &["2"],
            ),
            // A part of the other event that names the rule's event is its count.
            (
                "The blast injured 30 people, 4 of whom later died.",
                &["died"],
                &[],
                &["4"],
            ),
            // A rule of the other event takes its part.
            (
                "By noon: 8 dead; 41 injured (15 of whom were children).",
                &["children", "injured"],
                &[],
                &["15"],
            ),
        ];
        apart_in(&rows);
    }

    #[test]
    fn a_not_hit_sets_apart_the_value_it_tells() {
        // (sentence, `all` terms, `not` hits, values read)
        let rows: [ApartRow; 7] = [
            ("Regional police told national television the death toll stood at 51, with six injured and three missing.", &["death toll"], &["missing"], &["51"]),
            // A hit holding a value in a clause of its own sets it apart.
            ("104 killed after Israel forces open fire on crowd waiting for food aid; Gaza death toll reaches 30,000", &["killed"], &["30,000"], &["104"]),
            ("As a result of the Russian strike on Groza, 52 people were killed and five more went missing.", &["killed"], &["missing"], &["52"]),
            ("Officials said 40 people were killed and 12 were missing.", &["killed"], &["missing"], &["40"]),
            // A hit that tells no value's count, or holds a value, keeps
            // the old meaning: no figure in the sentence.
            ("More than 30,000 people have been killed in Gaza since the war began.", &["killed"], &["since the war began"], &[]),
            ("The attack killed 17 people and injured 36 others, it said.", &["killed"], &["36 others"], &[]),
            ("Three people were missing and presumed killed.", &["killed"], &["missing"], &[]),
        ];
        apart_in(&rows);
        // A hit that is the verb of the value after it sets that one apart.
        let rows: [ApartRow; 3] = [
            (
                "The storm killed 12 and injured 30.",
                &["killed"],
                &["injured"],
                &["12"],
            ),
            (
                "The blast killed four people, injuring at least 38.",
                &["killed"],
                &["injuring"],
                &["4"],
            ),
            // Not a value past other words: its own noun phrase tells it.
            (
                "The flood killed 12 and injured many of the 30 campers.",
                &["killed"],
                &["injured"],
                &[],
            ),
        ];
        apart_in(&rows);
    }

    #[test]
    fn a_not_hit_naming_members_of_a_count_with_no_number_is_no_other_count() {
        // (sentence, `all` terms, `not` hits, values read): members named
        // after a count with no number of their own tell what it holds.
        let rows: [ApartRow; 6] = [
            ("The fire at the hostel left at least 12 people dead, including women and children.", &["dead"], &["children"], &["12"]),
            ("The landslide caused 23 fatalities, primarily children.", &["fatalities"], &["children"], &["23"]),
            ("The boat capsized, claiming 31 lives, mostly children, officials said.", &["lives"], &["children"], &["31"]),
            ("Nine miners died, most of them contract workers.", &["died"], &["contract workers"], &["9"]),
            // A member with a number of its own is still set apart.
            ("The fire killed 12 people, including five children.", &["killed"], &["children"], &["12"]),
            // A `not` word that is no member keeps voiding the sentence.
            ("Some 40 people died in the region, including in the children's ward.", &["died"], &["in the region"], &[]),
        ];
        apart_in(&rows);
    }

    #[test]
    fn a_sentence_of_many_counts_is_lower_cased_once_for_its_parts() {
        // Each value's rest of the sentence was lower-cased, twice:
        // quadratic in the number of values.
        let sentence = format!(
            "Officials said{} in the province.",
            " 7 of the 9 wounded died and".repeat(400)
        );
        let values = crate::values::extract(&sentence);
        assert!(values.len() >= 800);
        let triggers = term_spans(&sentence, &["died"]);
        let matched = Matched {
            spans: &triggers,
            triggers: &triggers,
            excluded: &[],
            groups: &[],
        };
        subject::LOWERED_BYTES.with(|read| read.set(0));
        let (value, _) = select(
            &spec_of(ValueKind::Count, FigureKey::None),
            &sentence,
            &values,
            &matched,
        );
        let read = subject::LOWERED_BYTES.with(std::cell::Cell::get);
        assert!(value.is_some());
        assert!(read <= 2 * sentence.len(), "{read} bytes lower-cased");
    }

    #[test]
    fn a_count_coordinated_after_another_counts_the_noun_it_leaves_out() {
        // (sentence, `all` terms, `not` hits, values read)
        let rows: [ApartRow; 8] = [
            // The later count's predicate is the rule's, its noun the
            // earlier count's.
            ("The consul said 13 tourists were injured and six remain missing.", &["tourists", "missing"], &[], &["6"]),
            ("Nine climbers were rescued and four are still missing.", &["climbers", "missing"], &[], &["4"]),
            // A count sharing a noun set apart is set apart with it.
            ("The rebels said 58 soldiers were killed and around 30 wounded, while nine rebels died.", &["rebels"], &["soldiers"], &["9"]),
            ("Officials said 12 guards were killed and 20 others wounded, while 3 inmates died.", &["inmates"], &["guards"], &["3"]),
            // A predicate `not` hit sets apart its own count only.
            ("Six tourists were injured and 13 remain missing.", &["tourists", "missing"], &["injured"], &["13"]),
            // Things damaged lend no noun to people killed, hurt or
            // missing: the later count is bare.
            ("Some 300 houses were destroyed and 12 killed.", &["killed"], &["houses"], &["12"]),
            ("About 50 buildings collapsed and nine died, the mayor said.", &["died"], &["buildings"], &["9"]),
            ("Twenty shops were flooded and four are still missing.", &["missing"], &["shops"], &["4"]),
        ];
        apart_in(&rows);
    }

    #[test]
    fn a_part_whose_predicate_holds_the_rules_words_is_its_figure() {
        // (sentence, `all` terms, no `not` hits, values read): "M of the N
        // X" with the rule's word in what is said of the M.
        let rows: [ApartRow; 3] = [
            (
                "Four of the 12 injured people are in critical condition.",
                &["critical", "injured"],
                &[],
                &["4"],
            ),
            (
                "Of the 30 passengers on board, 9 managed to escape.",
                &["escape"],
                &[],
                &["9"],
            ),
            // The whole's own figure stays the whole.
            (
                "Four of the 12 injured people are in critical condition.",
                &["injured"],
                &[],
                &["12"],
            ),
        ];
        apart_in(&rows);
    }

    #[test]
    fn a_value_set_apart_takes_its_parts_and_its_words_with_it() {
        // (sentence, `all` terms, `not` hits, values read)
        let rows: [ApartRow; 12] = [
            // The other count set apart, the part a rule counts is read.
            ("Currently there are 18 dead, including 9 children, and more than 60 injured.", &["children", "dead"], &["injured"], &["9"]),
            ("More than 50 people were injured and 16 killed, including 6 children.", &["children", "killed"], &["injured"], &["6"]),
            ("Seven people died in the fire and 40 were hurt, 12 of them children.", &["children", "hurt"], &["died"], &["12"]),
            ("Prosecutors charged 20 people, among them three officers, and 14 were acquitted.", &["officers", "charged"], &["acquitted"], &["3"]),
            // And the whole, for a rule that counts the whole.
            ("Currently there are 18 dead, including 9 children, and more than 60 injured.", &["dead"], &["injured"], &["18"]),
            ("Prosecutors charged 20 people, among them three officers, and 14 were acquitted.", &["charged"], &["acquitted"], &["20"]),
            // A part of a count set apart is set apart with it.
            ("He said 61 people were injured in the flood, among them 12 children.", &["children", "among them"], &["injured"], &[]),
            ("15 people injured in the crash are in hospital, three of them in serious condition, including 1 child.", &["child", "including"], &["injured"], &[]),
            // A term whose only hit tells the count set apart holds for no
            // other count.
            ("The toll reads seven dead (including a child) and 144 injured.", &["child", "injured"], &["dead"], &[]),
            ("In summary, we have seven dead children and more than a hundred wounded.", &["children", "wounded"], &["dead"], &[]),
            // A word that only says they are people tells no count apart;
            // the phrase of the count set apart ends at a preposition.
            ("In all, 52 people died out of a village of 300.", &["people", "village"], &["died"], &["300"]),
            ("The river flooded 40 homes and 12 schools were damaged in the town.", &["homes", "flooded"], &["damaged"], &["40"]),
        ];
        apart_in(&rows);
    }

    #[test]
    fn a_part_outranks_its_whole_only_by_a_group_the_whole_does_not_bind() {
        // (sentence, `all` terms, `not` hits, values read)
        #[rustfmt::skip]
        let rows: [ApartRow; 5] = [
            // The part repeats its whole's noun: the whole is the count.
            ("The flood killed 14 people, including 5 people in one house.", &["people", "killed"], &[], &["14"]),
            ("The flood killed 14 people, including 5 people in one house.", &["people"], &[], &["14"]),
            // The part binds a group of its own ("children").
            ("18 residents were killed, including nine children.", &["children", "killed"], &[], &["9"]),
            ("18 residents were killed, including nine children.", &["killed"], &[], &["18"]),
            // A count of victims counts people only beside the rule's event.
            ("The attack killed 2 guards, and the fraud left 300 victims.", &["killed"], &[], &["2"]),
        ];
        apart_in(&rows);
    }

    #[test]
    fn not_hits_cost_work_linear_in_the_values() {
        // 1,600 counts set apart by their own `not` hit, then the figure:
        // each hit tries only the values ending near before it, so `owns`
        // runs a bounded number of times per hit (it ran for every pair of
        // hit and value, 3.8 million times here, before).
        let groups = 1_600;
        let mut sentence: String = (0..groups)
            // Counts under 1,000: four digits may read as a year.
            .map(|n| format!("{} missing killed, ", 10 + n % 900))
            .collect();
        sentence.push_str("5 killed.");
        subject::OWNS_CALLS.with(|calls| calls.set(0));
        let got = figures_apart(&sentence, &["killed"], &["missing"]);
        let calls = subject::OWNS_CALLS.with(std::cell::Cell::get);
        assert_eq!(got, vec!["5".to_string()]);
        assert!(
            calls <= 32 * groups,
            "owns ran {calls} times for {groups} hits"
        );
    }

    #[test]
    fn a_count_raised_by_a_verb_of_knowing_or_told_by_another_victim_is_the_figure() {
        for (sentence, term, value) in [
            ("As of now, 51 people are known to have been killed.", "killed", "51"),
            ("As of the morning of June 28, 10 people are known to have been killed, including three children.", "killed", "10"),
            ("The death toll from a Russian missile strike on the village rose to 52 on Friday after another victim died overnight in hospital, the regional governor said.", "death toll", "52"),
        ] {
            assert_eq!(
                figures_in(FigureKey::None, &[], sentence, term),
                vec![(value.to_string(), "none".to_string(), false)],
                "sentence: {sentence}"
            );
        }
    }

    #[test]
    fn a_revision_from_one_amount_to_another_gives_the_second() {
        reads(&[
            (
                "The provincial coroner later revised the official death toll from 48 to 41.",
                &["death toll"],
                Some("41"),
            ),
            (
                "Health officials lowered the number of people killed from about 130 to 97 on Sunday.",
                &["killed"],
                Some("97"),
            ),
            (
                "The ministry raised its count of the injured from 230 to 310.",
                &["injured"],
                Some("310"),
            ),
            // No amount after "to": the count after "from" is the only one.
            (
                "The toll was later revised after 48 bodies were moved from the site to the morgue.",
                &["bodies"],
                Some("48"),
            ),
        ]);
    }

    #[test]
    fn a_level_reached_by_a_toll_of_two_events_joined_by_and_is_the_toll() {
        reads(&[
            (
                "The minister told reporters on Monday that the death toll from the blast and the fire rose to 65.",
                &["death toll"],
                Some("65"),
            ),
            (
                "The number of dead in the storm and the floods has climbed to 212.",
                &["dead"],
                Some("212"),
            ),
            // A second clause's level is its own subject's.
            (
                "The death toll from the blast rose to 9 and the number of injured rose to 65.",
                &["death toll"],
                Some("9"),
            ),
            (
                "The death toll from the blast rose to 9 and the number of injured rose to 65.",
                &["injured"],
                Some("65"),
            ),
        ]);
    }

    #[test]
    fn members_named_with_no_number_are_no_count_of_them() {
        reads(&[
            (
                "The blast claimed 15 lives, mostly children.",
                &["children", "lives"],
                None,
            ),
            (
                "The blast claimed 15 lives, mostly children.",
                &["lives"],
                Some("15"),
            ),
            (
                "The crash left 15 people dead, the majority of them children.",
                &["children", "dead"],
                None,
            ),
            (
                "At least 15 people were reportedly dead, including women and children.",
                &["children", "dead"],
                None,
            ),
            (
                "At least 15 people were reportedly dead, including women and children.",
                &["dead"],
                Some("15"),
            ),
            (
                "The shelling killed 23 civilians, most of them children.",
                &["children", "killed"],
                None,
            ),
            // A part with its number is the children's count.
            (
                "The strike killed 23 people, including seven children.",
                &["children", "killed"],
                Some("7"),
            ),
        ]);
    }

    #[test]
    fn a_part_a_list_of_the_dead_includes_is_the_parts_count() {
        reads(&[
            (
                "The list of the 15 dead includes the names of six children under 10.",
                &["children", "dead"],
                Some("6"),
            ),
            (
                "The list of the 15 dead includes the names of six children under 10.",
                &["dead"],
                Some("15"),
            ),
            (
                "The 31 victims include nine children.",
                &["children", "victims"],
                Some("9"),
            ),
            (
                "The 31 victims include nine children.",
                &["victims"],
                Some("31"),
            ),
            // No part: the count is the children's.
            (
                "The 15 dead were all children.",
                &["children", "dead"],
                Some("15"),
            ),
        ]);
    }

    #[test]
    fn a_count_held_in_a_scene_and_money_for_the_victims_are_no_toll() {
        reads(&[
            (
                "A woman was found dead holding two children; they had all suffocated.",
                &["dead"],
                None,
            ),
            (
                "A woman was found dead holding two children; they had all suffocated.",
                &["children", "dead"],
                None,
            ),
            (
                "Rescuers found a man dead clutching three children in the rubble.",
                &["dead"],
                None,
            ),
            // A vehicle carrying people, and the dead found, keep their counts.
            ("Police found two children dead in the car.", &["dead"], Some("2")),
            (
                "A bus carrying 44 passengers overturned, killing 12 of them.",
                &["killing"],
                Some("12"),
            ),
            // Sums of money count no people.
            (
                "He announced Rs 2 lakh for the families of those who died and Rs 50,000 for the injured.",
                &["died"],
                None,
            ),
            (
                "The premier promised $5,000 to each family of the 30 dead.",
                &["dead"],
                Some("30"),
            ),
        ]);
    }

    #[test]
    fn parts_one_of_them_others_are_no_toll() {
        reads(&[
            (
                "While four people died on the spot, nine others died in hospital.",
                &["died"],
                None,
            ),
            (
                "Three workers were killed in the blast and 11 other workers were killed in the fire.",
                &["killed"],
                None,
            ),
            // Others of another event leave the toll its count.
            (
                "Four people died on Monday and nine others were injured.",
                &["died"],
                Some("4"),
            ),
            (
                "Four people died on Monday and nine others were injured.",
                &["injured"],
                Some("9"),
            ),
            // A level a total reached is the toll.
            (
                "The toll rose to 52 after three others died in hospital.",
                &["toll", "died"],
                Some("52"),
            ),
        ]);
    }

    #[test]
    fn a_figure_first_reported_and_since_corrected_is_no_figure() {
        reads(&[
            (
                "Previously reported at 48 deaths, the number was corrected after forensic checks.",
                &["deaths"],
                None,
            ),
            (
                "The death toll, initially put at 48, was revised on Tuesday.",
                &["death toll"],
                None,
            ),
            (
                "Earlier given as about 48, the number of deaths was lowered after forensic checks.",
                &["deaths"],
                None,
            ),
            // The figure the correction gave is the toll.
            (
                "The toll, previously reported at 48, now stands at 41.",
                &["toll"],
                Some("41"),
            ),
            // With no correction said, a first report is a figure.
            (
                "Previously reported at 48 deaths, the number was confirmed after forensic checks.",
                &["deaths"],
                Some("48"),
            ),
            ("Fourteen people were initially reported dead.", &["dead"], Some("14")),
        ]);
    }

    #[test]
    fn the_dead_identified_so_far_are_a_part_not_the_toll() {
        reads(&[
            (
                "The coroner confirmed the identities of 12 victims, 9 men and 3 women.",
                &["victims"],
                None,
            ),
            (
                "So far 12 victims have been identified, police said.",
                &["victims"],
                None,
            ),
            (
                "Forensic teams have identified 12 bodies.",
                &["bodies"],
                None,
            ),
            // The whole of the dead, identified, is the toll.
            (
                "The coroner confirmed the identities of the 10 people who died.",
                &["died"],
                Some("10"),
            ),
            (
                "All 12 victims have been identified.",
                &["victims"],
                Some("12"),
            ),
            // A toll beside the identified keeps its count.
            (
                "The crash killed 40 people, and 12 victims have been identified.",
                &["killed"],
                Some("40"),
            ),
        ]);
    }

    #[test]
    fn the_hurt_discharged_are_a_part_not_the_injured() {
        reads(&[
            (
                "As many as 900 who had been injured have been discharged, while 140 others are still in hospital.",
                &["injured"],
                None,
            ),
            (
                "Some 900 injured people were released from hospital on Sunday.",
                &["injured"],
                None,
            ),
            ("Doctors discharged 30 injured workers.", &["injured"], None),
            // The whole the discharged are set out of is the injured count.
            ("Of the 1,040 injured, 900 have been discharged.", &["injured"], Some("1040")),
            (
                "More than 1,000 people were injured, and 900 have been discharged.",
                &["injured"],
                Some("1000"),
            ),
            // A rule of those discharged counts them.
            ("900 patients have been discharged.", &["discharged"], Some("900")),
        ]);
    }

    /// Checks the figures of the story's own event (`other_event` ones
    /// left out) a count rule reads in each row's sentence, in an article
    /// of 2025, after the row's sentence before (empty for none), the rule
    /// having matched every occurrence of the row's terms: (sentence
    /// before, sentence, terms, the one count, or none for no figure).
    fn reads_own(rows: &[(&str, &str, &[&str], Option<&str>)]) {
        let spec = spec_of(ValueKind::Count, FigureKey::None);
        let wrong: Vec<String> = rows
            .iter()
            .filter_map(|(previous, sentence, terms, expected)| {
                let values = crate::values::extract(sentence);
                let matched = term_spans(sentence, terms);
                let context = Context {
                    previous: Some(*previous).filter(|text| !text.is_empty()),
                    heading: None,
                    recent: vec![2024, 2025],
                };
                let got: Vec<String> =
                    read(&spec, sentence, &context, &values, &Matched::all(&matched))
                        .into_iter()
                        .filter(|figure| !figure.other_event)
                        .map(|figure| {
                            figure.value.map_or("none".to_string(), |idx| {
                                values[idx].normalized.to_string()
                            })
                        })
                        .collect();
                let want: Vec<String> = expected.iter().map(ToString::to_string).collect();
                (got != want).then(|| format!("{sentence} {terms:?}: {got:?}, expected {want:?}"))
            })
            .collect();
        assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    }

    #[test]
    fn a_magnitude_counts_no_people_and_measures_only_its_own_quake() {
        reads_own(&[
            // A magnitude before or after its quake noun is no toll.
            (
                "",
                "Tuesday's magnitude 6 quake killed at least 800 people and injured 3,000.",
                &["killed"],
                Some("800"),
            ),
            (
                "",
                "A 5.9 magnitude earthquake left more than 200 people dead.",
                &["dead"],
                Some("200"),
            ),
            (
                "",
                "The 7.1-magnitude tremor killed 45 villagers.",
                &["killed"],
                Some("45"),
            ),
            (
                "",
                "The quake, of magnitude 6, injured 1,200 people.",
                &["injured"],
                Some("1200"),
            ),
            (
                "",
                "A magnitude 6 quake killed many people.",
                &["killed"],
                None,
            ),
            // The rule of the quake's magnitude still reads it.
            (
                "",
                "Tuesday's magnitude 6 quake killed at least 800 people.",
                &["magnitude", "quake"],
                Some("6"),
            ),
            (
                "",
                "A powerful 6.3-magnitude earthquake struck the valley.",
                &["magnitude", "earthquake"],
                Some("6.3"),
            ),
            // An aftershock rule takes no magnitude of the quake its
            // aftershocks follow, and takes its own.
            (
                "",
                "Villagers felt strong aftershocks after Monday's 6.4 magnitude earthquake.",
                &["aftershocks", "magnitude"],
                None,
            ),
            (
                "",
                "More aftershocks rattled the area following the magnitude 7 quake.",
                &["aftershocks"],
                None,
            ),
            (
                "",
                "A 5.2 magnitude aftershock struck the district on Wednesday.",
                &["aftershock", "magnitude"],
                Some("5.2"),
            ),
            (
                "",
                "An aftershock measuring 4.8 hit the area.",
                &["aftershock"],
                Some("4.8"),
            ),
            // "Tremors" names no people, though it ends as "survivors" does.
            (
                "",
                "Tremors of magnitude 5.4 rattled the coast.",
                &["magnitude", "Tremors"],
                Some("5.4"),
            ),
            // No quake noun beside the magnitude: left to the other ties.
            (
                "",
                "Hours later, a second 7.5 magnitude struck the same province.",
                &["second"],
                Some("7.5"),
            ),
        ]);
    }

    #[test]
    fn a_background_quake_of_an_earlier_year_and_its_pronoun_have_no_figure() {
        let background =
            "In May 2019, a magnitude 6.8 quake hit the same valley and triggered landslides.";
        reads_own(&[
            // A decimal magnitude between the article and the noun still
            // makes a background event's subject.
            ("", background, &["quake", "magnitude"], None),
            (
                "",
                "In 2020, a 6.2-magnitude earthquake killed 1,100 people in the same district.",
                &["killed"],
                None,
            ),
            // The next sentence's "Its"/"Their" takes up that event.
            (
                background,
                "Its toll was put at more than 2,000 by officials.",
                &["toll"],
                None,
            ),
            (
                background,
                "Their bodies, some 400, were never recovered.",
                &["bodies"],
                None,
            ),
            // Near misses: the story's own quake, dated or definite, and a
            // pronoun after a sentence about it.
            (
                "",
                "On Sunday, a magnitude 6.0 quake killed 800 people in the valley.",
                &["killed"],
                Some("800"),
            ),
            (
                "Sunday's magnitude 6.0 quake struck the valley at night.",
                "Its toll rose to 800 on Tuesday.",
                &["toll"],
                Some("800"),
            ),
            (
                "",
                "Its toll was put at more than 2,000 by officials.",
                &["toll"],
                Some("2000"),
            ),
        ]);
    }

    #[test]
    fn the_dead_buried_so_far_are_a_part_not_the_toll() {
        reads_own(&[
            (
                "",
                "Officials said 70 victims have been buried, while 15 are yet to be buried.",
                &["victims"],
                None,
            ),
            (
                "",
                "So far 35 of the dead were buried in a mass grave.",
                &["dead"],
                None,
            ),
            (
                "",
                "Some 60 bodies were buried on Sunday.",
                &["bodies"],
                None,
            ),
            // Near misses: those buried under rubble or alive were killed
            // or trapped, and the toll written beside the buried is kept.
            (
                "",
                "Twenty people died after they were buried under a landslide.",
                &["died"],
                Some("20"),
            ),
            (
                "",
                "Twenty people died after they were buried alive.",
                &["died"],
                Some("20"),
            ),
            (
                "",
                "The attack killed 85 people, and 70 victims have been buried.",
                &["killed"],
                Some("85"),
            ),
        ]);
    }

    #[test]
    fn the_main_clause_figure_outranks_a_conceded_one() {
        reads_own(&[
            (
                "",
                "Police reported 32 deaths, though residents say more than 90 people were killed.",
                &["deaths", "killed"],
                Some("32"),
            ),
            (
                "",
                "Although locals counted over 200 dead, the ministry confirmed 64 deaths.",
                &["dead", "deaths"],
                Some("64"),
            ),
            (
                "",
                "The army put the toll at 18, whereas activists said 40 people died.",
                &["toll", "died"],
                Some("18"),
            ),
            // Near misses: no concession, and a concession with no figure
            // of the rule's words.
            (
                "",
                "Police reported 32 deaths and residents say more than 90 people were killed.",
                &["deaths", "killed"],
                Some("32"),
            ),
            (
                "",
                "Though rescue teams arrived late, 12 people died in the fire.",
                &["died"],
                Some("12"),
            ),
        ]);
    }

    #[test]
    fn a_value_is_its_holders_when_a_sentence_sets_several_holders_values_side_by_side() {
        // A possessive right before a value, or "for X" right after its
        // unit, names whose the value is ("Smith's 31 per cent against
        // Jones's 54"): a rule of one holder takes that holder's value.
        let rows: &[(&str, &[&str], &str)] = &[
            (
                "The challenger said he won 62 per cent of the vote against Smith's 31 per cent.",
                &["Smith", "per cent"],
                "31%",
            ),
            (
                "Smith's 31 per cent against Jones's 54 per cent settled the race.",
                &["Jones", "per cent"],
                "54%",
            ),
            (
                "Smith's 31 per cent against Jones's 54 per cent settled the race.",
                &["Smith", "per cent"],
                "31%",
            ),
            (
                "By her own count she won 58 per cent of the votes against 35 per cent for Smith.",
                &["Smith", "per cent"],
                "35%",
            ),
            // With no holder written at a value, the reading is as before.
            (
                "Smith won 31 per cent, the commission said, up from 24 per cent.",
                &["Smith", "per cent"],
                "31%",
            ),
        ];
        let wrong: Vec<String> = rows
            .iter()
            .filter_map(|(sentence, terms, want)| {
                let got = read_as(ValueKind::Percent, Vague::None, sentence, terms);
                (got != [*want]).then(|| format!("{sentence} {terms:?}: {got:?}, expected {want}"))
            })
            .collect();
        assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    }

    #[test]
    fn a_kind_of_people_that_only_modifies_another_noun_counts_none_of_them() {
        reads(&[
            (
                "A police raid on the estate left 40 residents dead, the mayor said.",
                &["police", "dead"],
                None,
            ),
            (
                "The army offensive killed 35 villagers.",
                &["army", "killed"],
                None,
            ),
            (
                "Two men died in police custody last week.",
                &["police", "died"],
                None,
            ),
            // The toll's own rule still reads the count.
            (
                "The army offensive killed 35 villagers.",
                &["killed"],
                Some("35"),
            ),
            // A kind of people at the head of a count, or its subject, holds.
            (
                "Three police officers were killed in the ambush.",
                &["police", "killed"],
                Some("3"),
            ),
            (
                "The gunmen killed 22 people, seven of them police officers.",
                &["police", "killed"],
                Some("7"),
            ),
            (
                "Police said 14 protesters were killed.",
                &["police", "killed"],
                Some("14"),
            ),
            // Before a noun of a body of people or an agent, the kind of
            // people names who acted: the agent, no modifier.
            (
                "The military junta killed 40 protesters.",
                &["military", "killed"],
                Some("40"),
            ),
            (
                "An army patrol shot dead 12 villagers on Sunday.",
                &["army", "dead"],
                Some("12"),
            ),
            (
                "The police commander said 9 officers were killed.",
                &["police", "killed"],
                Some("9"),
            ),
            // An auxiliary after it is its verb's: the kind of people is
            // the subject ("twelve police were killed").
            (
                "Twelve police were killed in the ambush.",
                &["police", "killed"],
                Some("12"),
            ),
        ]);
    }

    #[test]
    fn a_toll_that_rose_to_a_number_past_a_magnitude_takes_that_number() {
        reads(&[
            (
                "The death toll from the magnitude 6.2 earthquake that struck the province has risen to 57.",
                &["death toll"],
                Some("57"),
            ),
            (
                "The toll from the 7.1-magnitude quake that shook the coast climbed to 88 on Tuesday.",
                &["toll"],
                Some("88"),
            ),
            (
                "The number of dead from the magnitude 5.9 tremor that hit the valley now stands at 230.",
                &["dead"],
                Some("230"),
            ),
            (
                "The death toll from the magnitude 6.4 earthquake reached 19, officials said.",
                &["death toll"],
                Some("19"),
            ),
            (
                "The toll from the flash flood which swept through the town rose to 12.",
                &["toll"],
                Some("12"),
            ),
            // The head of a relative clause's object is still no subject.
            (
                "Rescuers said the storm that hit the coast left 300 homes flooded and 12 people dead.",
                &["dead"],
                Some("12"),
            ),
        ]);
    }

    /// Checks the (key, value) figures a count rule keyed by `keys` reads
    /// in `sentence`, the rule having matched every occurrence of `terms`.
    fn reads_keyed(sentence: &str, terms: &[&str], keys: &[&str], expected: &[(&str, &str)]) {
        let spec = spec_of(
            ValueKind::Count,
            FigureKey::Terms(keys.iter().map(ToString::to_string).collect()),
        );
        let got: Vec<(String, String)> = read_with(&spec, sentence, terms)
            .into_iter()
            .map(|(figure, value)| {
                let key = match figure.key {
                    Some(Period::Written(key)) => key,
                    other => format!("{other:?}"),
                };
                (key, value)
            })
            .collect();
        let want: Vec<(String, String)> = expected
            .iter()
            .map(|(key, value)| (key.to_string(), value.to_string()))
            .collect();
        assert_eq!(got, want, "{sentence}");
    }

    #[test]
    fn a_key_right_after_a_number_owns_it() {
        reads_keyed(
            "About 120 Kenyan and 35 Ugandan soldiers were wounded in the fighting.",
            &["wounded"],
            &["Kenyan", "Ugandan"],
            &[("Kenyan", "120"), ("Ugandan", "35")],
        );
        reads_keyed(
            "Some 80 local residents and 12 foreign workers were hurt in the blast.",
            &["hurt"],
            &["local", "foreign"],
            &[("local", "80"), ("foreign", "12")],
        );
        // A key before its value still owns it.
        reads_keyed(
            "In the north 40 people died, and in the south 15.",
            &["died"],
            &["north", "south"],
            &[("north", "40"), ("south", "15")],
        );
    }

    #[test]
    fn key_terms_joined_before_one_count_share_it_with_no_key() {
        reads_keyed(
            "About 200 Kenyan and Ugandan soldiers and more than 70 civilians were wounded.",
            &["soldiers", "wounded"],
            &["Kenyan", "Ugandan"],
            &[("Some(Unspecified)", "200")],
        );
        // Each term with a count of its own keeps it.
        reads_keyed(
            "About 120 Kenyan and 35 Ugandan soldiers were wounded in the fighting.",
            &["soldiers", "wounded"],
            &["Kenyan", "Ugandan"],
            &[("Kenyan", "120"), ("Ugandan", "35")],
        );
    }

    #[test]
    fn a_part_named_by_the_rules_noun_in_a_breakdown_is_its_count() {
        reads(&[
            (
                "The monitors counted 142 bodies, including 48 women and 23 children.",
                &["bodies", "children"],
                Some("23"),
            ),
            (
                "Witnesses spoke of 96 dead – among them 30 women and 17 children – and another 9 dead in nearby hamlets.",
                &["dead", "children"],
                Some("17"),
            ),
        ]);
    }

    #[test]
    fn a_subset_after_a_whole_count_leaves_the_whole() {
        reads(&[
            (
                "Officials said 85 guards were injured, six of them seriously, but none died.",
                &["injured"],
                Some("85"),
            ),
            (
                "Some 85 members of the riot police were also injured, six were seriously injured.",
                &["injured"],
                Some("85"),
            ),
        ]);
    }
}
