//! Claim kinds: what a rule of each kind reads from its TOML table and from a
//! matched sentence.
//!
//! This module is the only place that dispatches on a kind. Adding a kind is
//! one file here and one variant of `RuleKind` (its `ClaimKind` follows); every
//! other `match` that must handle it is named by the compiler (no catch-all arms).

pub mod figure;
pub mod proposition;

use std::ops::Range;

use serde::Serialize;
use strum::IntoEnumIterator;
use toml::de::DeTable;

pub use figure::{Context, Figure, FigureKey, FigureSpec, Tolerance, Vague};

use crate::diag::Ctx;
use crate::model::{OriginPolicy, Period, Value};

impl ClaimKind {
    /// The kind's name in rules and JSON: `proposition`, `figure`.
    pub fn name(self) -> &'static str {
        self.into()
    }

    /// Every kind's name, in declaration order, for messages.
    pub fn names() -> Vec<&'static str> {
        ClaimKind::iter().map(ClaimKind::name).collect()
    }

    /// The keys a rule of this kind takes besides the common ones.
    pub fn keys(self) -> &'static [&'static str] {
        match self {
            ClaimKind::Proposition => proposition::KEYS,
            ClaimKind::Figure => figure::KEYS,
        }
    }

    /// The keys an example of a rule of this kind takes besides the common ones.
    pub fn example_keys(self) -> &'static [&'static str] {
        match self {
            ClaimKind::Proposition => proposition::EXAMPLE_KEYS,
            ClaimKind::Figure => figure::EXAMPLE_KEYS,
        }
    }

    /// Whether a `not` hit only sets apart the values it belongs to, read
    /// by the kind (a figure: "the toll stood at 51, with three missing"
    /// under `not = ["missing"]` keeps 51), rather than ending the match.
    pub fn reads_not_hits(self) -> bool {
        match self {
            ClaimKind::Proposition => false,
            ClaimKind::Figure => true,
        }
    }

    /// Whether a denial in the sentence after a match ("Both deny it.")
    /// becomes an instance of the rule.
    pub fn takes_followups(self) -> bool {
        match self {
            ClaimKind::Proposition => true,
            ClaimKind::Figure => false,
        }
    }

    /// Whether a hit that is no part of a proposition still stands for one
    /// of the rule's terms: a noun of people that a toll counts ("seven
    /// people were killed", `rulebook::toll`) or a word inside a phrase about
    /// another event ("previous attacks on civilians", `rulebook::elsewhere`).
    /// A figure reads the toll and tells other events apart itself
    /// (`kinds::figure::subject`); a proposition's terms name its parties.
    pub fn counts_aside_hits(self) -> bool {
        match self {
            ClaimKind::Proposition => false,
            ClaimKind::Figure => true,
        }
    }

    /// Whether a bare negation in scope denies a claim of this kind. A figure
    /// reports a value, and its negations quantify ("no civilian casualties
    /// were reported" is a toll of zero, not a denial); only denial cues deny it.
    pub fn negation_denies(self) -> bool {
        match self {
            ClaimKind::Proposition => true,
            ClaimKind::Figure => false,
        }
    }

    /// Whether the writer's doubt of the event ("an alleged Russian rocket
    /// attack") withholds a claim of this kind. A figure's value is what the
    /// sentence gives whatever the event's author; a proposition is the
    /// event itself.
    pub fn doubt_withholds(self) -> bool {
        match self {
            ClaimKind::Proposition => true,
            ClaimKind::Figure => false,
        }
    }

    /// The kind, other than this one, that takes rule key `key`, if any.
    pub fn owner_of(self, key: &str) -> Option<ClaimKind> {
        ClaimKind::iter().find(|kind| *kind != self && kind.keys().contains(&key))
    }

    /// The kind, other than this one, that takes example key `key`, if any.
    pub fn example_owner_of(self, key: &str) -> Option<ClaimKind> {
        ClaimKind::iter().find(|kind| *kind != self && kind.example_keys().contains(&key))
    }
}

/// The claim kind of a rule with its settings, as later stages see it.
///
/// Its variants without their settings are `ClaimKind`: the kinds named as in
/// rules (`kind = "figure"`) and in JSON, parsed and listed by strum.
#[derive(Debug, Clone, PartialEq, Serialize, strum::EnumDiscriminants)]
#[serde(rename_all = "kebab-case")]
#[strum_discriminants(
    name(ClaimKind),
    doc = "A claim kind without its settings: `proposition`, `figure`.",
    derive(
        PartialOrd,
        Ord,
        Hash,
        strum::EnumIter,
        strum::EnumString,
        strum::IntoStaticStr
    ),
    strum(serialize_all = "kebab-case")
)]
pub enum RuleKind {
    /// A statement articles affirm or deny.
    Proposition,
    /// A quantity whose value is extracted and compared.
    Figure(FigureSpec),
}

impl RuleKind {
    /// The claim kind, without settings.
    pub fn kind(&self) -> ClaimKind {
        ClaimKind::from(self)
    }

    /// The kind's name: `proposition`, `figure`.
    pub fn name(&self) -> &'static str {
        self.kind().name()
    }
}

/// A rule as the later stages see it: identity, claim text, kind.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RuleInfo {
    /// Unique id, kebab-case.
    pub id: String,
    /// Short claim text for reports (under ~75 characters).
    pub claim: String,
    /// Rule file, relative to the rules directory, with `/` separators.
    pub file: String,
    /// 1-based line of the rule's table in that file.
    pub line: u32,
    /// Proposition or figure, with its settings.
    pub kind: RuleKind,
    /// Who counts as the independent source of its instances.
    pub origin: OriginPolicy,
}

/// What a kind reads from one match beyond what every instance carries.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Reading {
    /// For a figure: the value that answers it, as an index into the sentence's values.
    pub figure_value: Option<usize>,
    /// For a figure with a key: the key this value applies to.
    pub figure_key: Option<Period>,
    /// True when the key came from the sentence before or the heading.
    pub key_inherited: bool,
    /// True when the figure's clause is about another event than the
    /// rule's: the match makes no instance.
    pub other_event: bool,
    /// For a breakdown with no written total: the sum that answers the
    /// figure (`figure_value` is then one of its parts).
    pub figure_sum: Option<figure::Sum>,
    /// Further figures of the same sentence, one per other qualifier term
    /// (each becomes an instance of its own).
    pub more: Vec<Figure>,
}

/// Reads the settings of a rule of `kind` from its table, reporting every
/// problem; `None` when there was one. `span` is the rule table's.
pub(crate) fn spec(
    kind: ClaimKind,
    ctx: &mut Ctx<'_>,
    table: &DeTable<'_>,
    span: &Range<usize>,
) -> Option<RuleKind> {
    match kind {
        ClaimKind::Proposition => Some(RuleKind::Proposition),
        ClaimKind::Figure => figure::spec(ctx, table, span).map(RuleKind::Figure),
    }
}

/// What a match of a rule of `kind` reads from its sentence's `values`,
/// given the sentence, its context (the sentence before, the heading, the
/// article's year) and the rule's matched words inside it;
/// `None` when the match states no claim of its kind (an amount figure with
/// neither a value nor an amount word: "reported more casualties").
pub fn read(
    kind: &RuleKind,
    quote: &str,
    context: &Context<'_>,
    values: &[Value],
    matched: &figure::Matched<'_>,
) -> Option<Reading> {
    match kind {
        RuleKind::Proposition => Some(Reading::default()),
        RuleKind::Figure(spec) => {
            let mut figures = figure::read(spec, quote, context, values, matched).into_iter();
            let first = figures.next()?;
            Some(Reading {
                figure_value: first.value,
                figure_key: first.key,
                key_inherited: first.inherited,
                other_event: first.other_event,
                figure_sum: first.sum,
                more: figures.collect(),
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(kind: ClaimKind, name: &str, keys: &[&str], followups: bool) {
        assert_eq!(kind.name(), name);
        assert_eq!(kind.negation_denies(), followups, "negations of {name}");
        assert_eq!(name.parse::<ClaimKind>().ok(), Some(kind), "{name} parses");
        assert_eq!(kind.keys(), keys, "keys of {name}");
        assert_eq!(kind.takes_followups(), followups, "follow-ups of {name}");
    }

    #[test]
    fn each_kind_names_its_keys() {
        check(ClaimKind::Proposition, "proposition", &[], true);
        check(
            ClaimKind::Figure,
            "figure",
            &[
                "value",
                "unit",
                "key",
                "tolerance",
                "min",
                "max",
                "exclude",
                "vague",
            ],
            false,
        );
        assert_eq!(ClaimKind::names(), ["proposition", "figure"]);
        assert_eq!(
            ClaimKind::Proposition.owner_of("tolerance"),
            Some(ClaimKind::Figure)
        );
        assert_eq!(ClaimKind::Figure.owner_of("tolerance"), None);
        assert_eq!(
            ClaimKind::Proposition.example_owner_of("value"),
            Some(ClaimKind::Figure)
        );
    }
}
