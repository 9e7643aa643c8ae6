//! Figure claims: a quantity whose value is extracted and compared. Reads a
//! figure rule's spec, and picks the value that answers a figure in a matched
//! sentence, with its key.
//!
//! Matches: "Between 2014 and 2018, about 70% of China's weapons imports came
//! from Russia."  (value 70%, key 2014..2018)
//! Ignores: values of another type than the rule's `value`.

use std::ops::Range;

use toml::de::{DeTable, DeValue};

use serde::Serialize;

use crate::diag::{self as parse, Ctx};
use crate::model::{Bound, Period, Value, ValueKind};

/// The keys a figure rule takes besides the common ones.
pub const KEYS: &[&str] = &["value", "unit", "key", "tolerance", "min", "max", "exclude"];

/// The keys an example of a figure rule takes besides `text`, `match` and `stance`.
pub const EXAMPLE_KEYS: &[&str] = &["value"];

/// The value types, as written in rules.
pub const VALUE_KINDS: &[&str] = &[
    "percent",
    "count",
    "money",
    "quantity",
    "year",
    "date",
    "range",
    "multiplier",
    "duration",
    "ordinal",
];

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

/// Where the key of a figure comes from.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum FigureKey {
    /// One bucket for every instance.
    None,
    /// The period (a year range, else a year) written in the same sentence;
    /// instances without one fall into one bucket, `Period::Unspecified`.
    Period,
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
    /// The unit written in the rule (`unit = "GHz"`), if any; shown, not yet compared.
    pub unit: Option<String>,
    /// Numbers that are names, never values (`exclude = ["Boeing 737",
    /// "route 66"]`): a phrase is the value as written or the word before it
    /// and the value.
    pub exclude: Vec<String>,
}

/// The value answering `spec` among `values` (index), and its key, given the
/// byte spans of the rule's matched words inside the sentence.
///
/// The key of a `period` figure is the first year range in the sentence,
/// else the first year (never the value itself), else `Period::Unspecified`.
/// The value is the value of the spec's type (see `accepts`) nearest one of
/// the matched words, the earlier on a tie.
pub fn select(
    spec: &FigureSpec,
    quote: &str,
    values: &[Value],
    matched: &[Range<usize>],
) -> (Option<usize>, Option<Period>) {
    let clauses = Clauses::of(quote, matched);
    let key_idx = match spec.key {
        FigureKey::None => None,
        FigureKey::Period => [ValueKind::Range, ValueKind::Year]
            .into_iter()
            .filter(|kind| *kind != spec.value)
            .find_map(|kind| values.iter().position(|value| value.kind == kind)),
    };
    let value_idx = values
        .iter()
        .enumerate()
        .filter(|(idx, value)| {
            Some(*idx) != key_idx
                && accepts(spec.value, value.kind)
                && !excluded(&spec.exclude, quote, value)
        })
        .min_by_key(|(idx, value)| {
            let clause = clauses.of_value(value);
            (
                clause.is_none(),
                clause,
                distance(value, matched),
                value.bound == Bound::Vague,
                *idx,
            )
        })
        .map(|(idx, _)| idx);
    let key = match spec.key {
        FigureKey::None => None,
        FigureKey::Period => Some(
            key_idx
                .and_then(|idx| values.get(idx))
                .map_or(Period::Unspecified, |value| {
                    Period::Written(value.normalized.clone())
                }),
        ),
    };
    (value_idx, key)
}

/// The clauses of a sentence, as far as choosing a figure's value goes: it
/// splits at ";" and before "while", "whereas" and ", but", so in "the
/// death toll has risen to 16, officials said, while Russian officials said
/// 29 people have died" each number has its own clause.
struct Clauses {
    /// Byte offsets where the second and later clauses start.
    starts: Vec<usize>,
    /// Clauses that hold a matched word, sorted.
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
        let mut held: Vec<usize> = matched
            .iter()
            .flat_map(|span| {
                clause(span.start)..=clause(span.end.saturating_sub(1).max(span.start))
            })
            .collect();
        held.sort_unstable();
        held.dedup();
        Clauses {
            starts,
            matched: held,
        }
    }

    /// The clause of `value` when it holds a matched word, else `None`.
    fn of_value(&self, value: &Value) -> Option<usize> {
        let clause = self.starts.partition_point(|start| *start <= value.start);
        self.matched.binary_search(&clause).ok().map(|_| clause)
    }
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
                ctx.error(&value_span, parse::unknown(name, VALUE_KINDS, "value type"));
            }
            kind
        }
        None => {
            if parse::get(table, "value").is_none() {
                ctx.error(
                    span,
                    format!("figure rule needs `value` ({})", VALUE_KINDS.join(", ")),
                );
            }
            None
        }
    };
    let key = match ctx.string(table, "key") {
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
                let phrases: Vec<String> = items
                    .iter()
                    .filter_map(|item| match item.get_ref() {
                        DeValue::String(text) if !text.trim().is_empty() => {
                            Some(text.trim().to_string())
                        }
                        _ => {
                            ctx.error(&item.span(), "`exclude` takes non-empty strings");
                            None
                        }
                    })
                    .collect();
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
    Some(FigureSpec {
        value: value?,
        key,
        tolerance,
        min: min.map(|(low, _)| low),
        max: max.map(|(high, _)| high),
        unit,
        exclude,
    })
    .filter(|_| ok)
}

/// The value type named in a rule.
fn value_kind(name: &str) -> Option<ValueKind> {
    Some(match name {
        "percent" => ValueKind::Percent,
        "count" => ValueKind::Count,
        "money" => ValueKind::Money,
        "quantity" => ValueKind::Quantity,
        "year" => ValueKind::Year,
        "date" => ValueKind::Date,
        "range" => ValueKind::Range,
        "multiplier" => ValueKind::Multiplier,
        "duration" => ValueKind::Duration,
        "ordinal" => ValueKind::Ordinal,
        _ => return None,
    })
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
            }),
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
            }),
        );
        check(
            "value = \"year\"\ntolerance = \"exact\"\n",
            Ok(FigureSpec {
                value: ValueKind::Year,
                key: FigureKey::None,
                tolerance: Tolerance::Exact,
                min: None,
                max: None,
                unit: None,
                exclude: Vec::new(),
            }),
        );
    }

    #[test]
    fn unit_is_kept_trimmed_and_never_empty() {
        check(
            "value = \"quantity\"\nunit = \" GHz \"\n",
            Ok(FigureSpec {
                value: ValueKind::Quantity,
                key: FigureKey::None,
                tolerance: Tolerance::Exact,
                min: None,
                max: None,
                unit: Some("GHz".to_string()),
                exclude: Vec::new(),
            }),
        );
        check(
            "value = \"quantity\"\nunit = \" \"\n",
            Err(vec!["rules/f.toml:7:8: empty `unit`"]),
        );
    }

    #[test]
    fn bad_specs_are_reported() {
        check("", Err(vec!["rules/f.toml:1:1: figure rule needs `value` (percent, count, money, quantity, year, date, range, multiplier, duration, ordinal)"]));
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
            "value = \"percent\"\nmin = 100\nmax = 0\n",
            Err(vec![
                "rules/f.toml:8:7: `min` (100) is greater than `max` (0)",
            ]),
        );
    }

    fn value(kind: ValueKind, normalized: &str, start: usize) -> Value {
        Value {
            kind,
            text: normalized.to_string(),
            start,
            end: start + normalized.len(),
            normalized: normalized.to_string(),
            low: 0.0,
            high: 0.0,
            unit: None,
            grain: None,
            approx: None,
            bound: crate::model::Bound::Exact,
            min: 0.0,
            max: 0.0,
        }
    }

    #[test]
    fn select_prefers_a_range_key_then_a_year() {
        let spec = FigureSpec {
            value: ValueKind::Percent,
            key: FigureKey::Period,
            tolerance: Tolerance::Exact,
            min: None,
            max: None,
            unit: None,
            exclude: Vec::new(),
        };
        // "Between 2014 and 2018, about 70% of China's weapons imports came from Russia."
        let values = vec![
            value(ValueKind::Range, "2014..2018", 0),
            value(ValueKind::Percent, "70%", 29),
        ];
        assert_eq!(
            select(&spec, BLANK, &values, std::slice::from_ref(&(38..60))),
            (Some(1), Some(Period::Written("2014..2018".to_string())))
        );
        let values = vec![
            value(ValueKind::Year, "2019", 3),
            value(ValueKind::Percent, "70%", 10),
        ];
        assert_eq!(
            select(&spec, BLANK, &values, std::slice::from_ref(&(20..30))),
            (Some(1), Some(Period::Written("2019".to_string())))
        );
        assert_eq!(
            select(&spec, BLANK, &[], std::slice::from_ref(&(0..1))),
            (None, Some(Period::Unspecified))
        );
    }

    #[test]
    fn the_value_written_against_a_matched_word_wins() {
        let spec = FigureSpec {
            value: ValueKind::Count,
            key: FigureKey::None,
            tolerance: Tolerance::Exact,
            min: None,
            max: None,
            unit: None,
            exclude: Vec::new(),
        };
        // "The 7.8-magnitude earthquake … dozens of aftershocks … temblor"
        let values = vec![
            value(ValueKind::Count, "7.8", 4),
            value(ValueKind::Count, "24", 90),
        ];
        assert_eq!(
            select(&spec, BLANK, &values, &[8..17, 18..28, 170..177]),
            (Some(0), None)
        );
    }

    /// A quote of spaces, for values placed by hand.
    const BLANK: &str = "                                                                                                                                                                                                        ";

    /// The value a figure of `kind` takes in `sentence` when the rule
    /// matched `terms` there, as "bound normalized".
    fn value_in(
        kind: ValueKind,
        exclude: &[&str],
        sentence: &str,
        terms: &[&str],
    ) -> Option<String> {
        let spec = FigureSpec {
            value: kind,
            key: FigureKey::None,
            tolerance: Tolerance::Exact,
            min: None,
            max: None,
            unit: None,
            exclude: exclude.iter().map(ToString::to_string).collect(),
        };
        let values = crate::values::extract(sentence);
        let matched: Vec<Range<usize>> = terms
            .iter()
            .filter_map(|term| sentence.find(term).map(|at| at..at + term.len()))
            .collect();
        let (idx, _) = select(&spec, sentence, &values, &matched);
        idx.map(|idx| values[idx].normalized.clone())
    }

    #[test]
    fn the_value_is_bound_to_its_subject() {
        let rows: [(ValueKind, &str, &[&str], Option<&str>); 8] = [
            (ValueKind::Count, "Rebels killed 30 wounded and 12 dead in the raid.", &["dead"], Some("12")),
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
                value_in(kind, &[], sentence, terms).as_deref(),
                expected,
                "{sentence}"
            );
        }
        assert_eq!(
            value_in(
                ValueKind::Multiplier,
                &[],
                "It plans to double its fleet within five years.",
                &["fleet"]
            )
            .as_deref(),
            Some("2x")
        );
        assert_eq!(
            value_in(
                ValueKind::Count,
                &["route 66"],
                "Traffic on route 66 fell to 40 cars.",
                &["Traffic"]
            )
            .as_deref(),
            Some("40")
        );
    }

    #[test]
    fn years_and_dates_answer_each_other_but_not_ranges() {
        assert!(accepts(ValueKind::Date, ValueKind::Year));
        assert!(accepts(ValueKind::Year, ValueKind::Date));
        assert!(!accepts(ValueKind::Year, ValueKind::Range));
        assert!(!accepts(ValueKind::Percent, ValueKind::Count));
    }
}
