//! Numbers: percents, counts, money and quantities, with scale words,
//! ranges, units, currencies and vague plurals.
//!
//! Matches: "US$3.2bn", "3.4–3.8 GHz", "seventy per cent", "thousands of soldiers"
//! Ignores: "one of them" ("one" is a pronoun more often than a count).

use super::{format_number, words, Scanner};
use crate::model::{Approx, ValueKind};
use crate::values::token::TokenKind;

/// What follows a number: percent, unit, currency, fold or nothing.
pub(super) enum Suffix {
    Percent,
    Unit(&'static str),
    Currency(&'static str),
    Fold,
    None,
}

impl Scanner<'_> {
    /// A number (from token `last` on) with its scale, range partner and suffix.
    pub(super) fn amount(
        &mut self,
        first: usize,
        last: usize,
        number: f64,
        currency: Option<&'static str>,
    ) -> Option<usize> {
        let (mut low, mut next) = self.scaled(last + 1, number);
        let low_scaled = next > last + 1;
        let mut high = low;
        let mut end = next - 1;
        let partner = next + 1;
        let joins = self.is_dash(next) || self.is_word(next, "to");
        if joins && !self.is_junk(partner) && self.year(partner).is_none() {
            if let Some(raw) = self.number(partner) {
                let (second, after) = self.scaled(partner + 1, raw);
                if !low_scaled && after > partner + 1 && raw != 0.0 {
                    low = round_scaled(low * (second / raw));
                }
                high = second;
                next = after;
                end = after - 1;
            }
        }
        let (suffix, width) = self.suffix(next);
        end += width;
        let (kind, unit) = match (suffix, currency) {
            (Suffix::Currency(code), _) | (_, Some(code)) => (ValueKind::Money, Some(code)),
            (Suffix::Percent, None) => (ValueKind::Percent, None),
            (Suffix::Unit(unit), None) => (ValueKind::Quantity, Some(unit)),
            (Suffix::Fold, None) => (ValueKind::Count, Some("fold")),
            (Suffix::None, None) => (ValueKind::Count, None),
        };
        self.push_number(kind, first, end, low, high, unit);
        Some(end + 1)
    }
    /// Applies a scale word or suffix at `idx` ("5 billion", "3.2bn").
    pub(super) fn scaled(&self, idx: usize, number: f64) -> (f64, usize) {
        if self.has_scale(idx) {
            let scale = words::scale_word(self.text_of(idx)).unwrap_or(1.0);
            (round_scaled(number * scale), idx + 1)
        } else {
            (number, idx)
        }
    }
    pub(super) fn has_scale(&self, idx: usize) -> bool {
        let Some(token) = self.token(TokenKind::Word, idx) else {
            return false;
        };
        let word = token.text(self.text);
        let short = word.len() == 1;
        // One-letter suffixes ("m", "k") must touch the number; "m" is
        // millions only after a currency, else metres.
        words::scale_word(word).is_some() && (!short || token.glued) && word != "m"
            || (word == "m" && token.glued && self.money_before(idx))
    }
    pub(super) fn money_before(&self, idx: usize) -> bool {
        idx >= 2
            && self
                .tokens
                .get(idx - 2)
                .is_some_and(|token| words::currency_symbol(token.text(self.text)).is_some())
    }
    /// What follows a number at `idx`, and how many tokens it takes.
    pub(super) fn suffix(&self, idx: usize) -> (Suffix, usize) {
        if self.is_sym(idx, "%") {
            return (Suffix::Percent, 1);
        }
        if self.is_word(idx, "percent") || self.is_word(idx, "pct") {
            return (Suffix::Percent, 1);
        }
        if self.is_word(idx, "per") && self.is_word(idx + 1, "cent") {
            return (Suffix::Percent, 2);
        }
        if self.is_word(idx, "fold") {
            return (Suffix::Fold, 1);
        }
        if self.is_dash(idx) && self.is_word(idx + 1, "fold") {
            return (Suffix::Fold, 2);
        }
        if self.is_sym(idx, "-") {
            let unit = self
                .token(TokenKind::Word, idx + 1)
                .filter(|token| token.glued)
                .and_then(|token| words::unit_singular(token.text(self.text)));
            if let Some(unit) = unit {
                return (Suffix::Unit(unit), 2);
            }
        }
        if let Some(token) = self.token(TokenKind::Word, idx) {
            let word = token.text(self.text);
            if let Some(unit) = words::unit(word) {
                return (Suffix::Unit(unit), 1);
            }
            if let Some(code) = words::currency_word(word) {
                return (Suffix::Currency(code), 1);
            }
        }
        (Suffix::None, 0)
    }
    /// "thousands", "hundreds of thousands", "tens of thousands".
    pub(super) fn vague(&mut self, idx: usize) -> Option<usize> {
        let word = self.text_of(idx);
        let first = if word.eq_ignore_ascii_case("tens") {
            Some(20.0)
        } else {
            words::vague_plural(word)
        };
        let mut low = first?;
        let mut last = idx;
        if self.is_word(idx + 1, "of") {
            if let Some(second) = words::vague_plural(self.text_of(idx + 2)) {
                low = low * second / 2.0;
                last = idx + 2;
            }
        }
        if word.eq_ignore_ascii_case("tens") && last == idx {
            return None;
        }
        let normalized = format_number(low);
        self.push(
            ValueKind::Count,
            idx,
            last,
            normalized,
            low,
            low,
            None,
            None,
        );
        if let Some(value) = self.values.last_mut() {
            value.approx = Some(Approx::AtLeast);
        }
        Some(last + 1)
    }
    /// "seventy", "seventy-five", "twenty five", "two million": value and last token.
    pub(super) fn number_words(&self, idx: usize) -> Option<(f64, usize)> {
        let mut number = words::number_word(self.text_of(idx))?;
        let mut last = idx;
        let tens = number >= 20.0 && number % 10.0 == 0.0;
        let unit_idx = if self.is_sym(idx + 1, "-") {
            idx + 2
        } else {
            idx + 1
        };
        if tens {
            if let Some(unit) =
                words::number_word(self.text_of(unit_idx)).filter(|unit| *unit < 10.0)
            {
                number += unit;
                last = unit_idx;
            }
        }
        if let Some(scale) = self
            .token(TokenKind::Word, last + 1)
            .and_then(|token| words::scale_word(token.text(self.text)))
            .filter(|_| self.text_of(last + 1).len() > 2)
        {
            number *= scale;
            last += 1;
        }
        Some((number, last))
    }
    pub(super) fn push_number(
        &mut self,
        kind: ValueKind,
        first: usize,
        last: usize,
        low: f64,
        high: f64,
        unit: Option<&'static str>,
    ) {
        let body = if low == high {
            format_number(low)
        } else {
            format!("{}..{}", format_number(low), format_number(high))
        };
        let normalized = match (kind, unit) {
            (ValueKind::Percent, _) => format!("{body}%"),
            (ValueKind::Count, Some("fold")) => format!("{body}x"),
            (_, Some(unit)) => format!("{body} {unit}"),
            (_, None) => body,
        };
        let approx = self.approx_before(first);
        self.push(kind, first, last, normalized, low, high, unit, None);
        if let Some(value) = self.values.last_mut() {
            value.approx = approx;
        }
    }
}

pub(super) fn word_dollar(prefix: &str) -> &'static str {
    match prefix {
        "A" => "AUD",
        "HK" => "HKD",
        "C" => "CAD",
        _ => "USD",
    }
}

/// Drops the float noise of a multiplication ("3.2 × 1e9").
fn round_scaled(number: f64) -> f64 {
    let rounded = number.round();
    if (number - rounded).abs() <= number.abs() * 1e-12 {
        rounded
    } else {
        number
    }
}
