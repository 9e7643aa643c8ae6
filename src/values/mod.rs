//! Finds typed values in a sentence: percents, counts, money, quantities,
//! years, dates and ranges, normalised so the reconciler can compare them.
//!
//! Matches: "In 2021, Huawei and MTS launched 5G networks across 14 locations" (2021, 14)
//! Ignores: "S-400", "COVID-19", "5G", "D-30SN", "19659003]", "10^400" and stock tickers.
//!
//! The scanner walks the tokens of `token::tokenize` once, trying a few
//! fixed-length patterns at each position, so it is linear in the sentence.
//! Choices worth knowing:
//! - A four-digit number from 1000 to 2199 is a year unless a percent sign, a
//!   unit, a scale word or a currency follows it ("1500 troops" is a year).
//! - A vague plural is a count of its smallest meaning, marked `AtLeast`:
//!   "thousands" → 2000, "hundreds" → 200, "tens of thousands" → 20000.
//! - "fourfold" and "4-fold" are counts of 4 with unit "fold", normalised "4x".
//! - "one" is not a count (it is usually a pronoun); "one million" is.
//! - Numbers of 1e15 or more lose digits in `f64`; their normalised form is
//!   written in scientific notation ("1e20%") to mark that.
//! - An approximation word is reported in `approx` but left out of the span.

mod date;
mod number;
pub mod token;
pub mod words;

pub use date::day_number;

use crate::model::{Approx, Grain, Value, ValueKind};
use number::{word_dollar, Suffix};
use token::{Token, TokenKind};

/// Every value in `sentence`, in order of position, with sentence-relative spans.
pub fn extract(sentence: &str) -> Vec<Value> {
    if is_ticker(sentence) {
        return Vec::new();
    }
    let tokens = token::tokenize(sentence);
    let mut scanner = Scanner {
        text: sentence,
        tokens: &tokens,
        values: Vec::new(),
    };
    let mut idx = 0;
    while idx < tokens.len() {
        idx = match scanner.at(idx) {
            Some(next) if next > idx => next,
            _ => idx + 1,
        };
    }
    scanner.values
}

/// A number in canonical form: integers without a fraction, others in
/// shortest form, and numbers of 1e15 or more in scientific notation.
pub fn format_number(number: f64) -> String {
    if !number.is_finite() || number.abs() >= 1e15 {
        format!("{number:e}")
    } else if number.fract() == 0.0 {
        format!("{number:.0}")
    } else {
        format!("{number}")
    }
}

/// A stock ticker line ("AGL38.02▲ 0.08 (0.00%)…") holds no claims.
fn is_ticker(sentence: &str) -> bool {
    sentence.matches(['▲', '▼']).take(2).count() >= 2
}

struct Scanner<'a> {
    text: &'a str,
    tokens: &'a [Token],
    values: Vec<Value>,
}

impl<'a> Scanner<'a> {
    fn at(&mut self, idx: usize) -> Option<usize> {
        match self.tokens.get(idx)?.kind {
            TokenKind::Number => self.number_at(idx),
            TokenKind::Word => self.word_at(idx),
            TokenKind::Symbol => self.symbol_at(idx),
        }
    }
    fn number_at(&mut self, idx: usize) -> Option<usize> {
        if let Some(next) = self.decade(idx) {
            return Some(next);
        }
        if let Some(next) = self.day_month_year(idx) {
            return Some(next);
        }
        if self.is_junk(idx) {
            return Some(idx + 1);
        }
        if let Some(next) = self.iso_date(idx) {
            return Some(next);
        }
        if let Some(year) = self.year(idx) {
            if let Some(next) = self.year_range(idx, idx, year, false) {
                return Some(next);
            }
            if matches!(self.suffix(idx + 1).0, Suffix::None) && !self.has_scale(idx + 1) {
                self.push_period(idx, idx, year, year, None, None);
                return Some(idx + 1);
            }
        }
        let number = self.number(idx)?;
        self.amount(idx, idx, number, None)
    }
    fn word_at(&mut self, idx: usize) -> Option<usize> {
        let word = self.text_of(idx);
        if let Some(month) = words::month(word) {
            return self.month_date(idx, month);
        }
        if word.eq_ignore_ascii_case("between") || word.eq_ignore_ascii_case("from") {
            let year = self.year(idx + 1)?;
            return self.year_range(idx, idx + 1, year, true);
        }
        if let Some(code) = words::currency_word(word).filter(|_| word.len() == 3) {
            let number = self.number(idx + 1)?;
            return self.amount(idx, idx + 1, number, Some(code));
        }
        if (word == "US" || word == "A" || word == "HK" || word == "C") && self.is_sym(idx + 1, "$")
        {
            let number = self.number(idx + 2)?;
            return self.amount(idx, idx + 2, number, Some(word_dollar(word)));
        }
        if let Some(next) = self.vague(idx) {
            return Some(next);
        }
        if let Some(prefix) = word
            .strip_suffix("fold")
            .filter(|prefix| !prefix.is_empty())
        {
            let number = words::number_word(prefix)?;
            self.push_number(ValueKind::Count, idx, idx, number, number, Some("fold"));
            return Some(idx + 1);
        }
        let (number, last) = self.number_words(idx)?;
        self.amount(idx, last, number, None)
    }
    fn symbol_at(&mut self, idx: usize) -> Option<usize> {
        let code = words::currency_symbol(self.text_of(idx))?;
        let number = self.number(idx + 1).filter(|_| !self.is_junk(idx + 1))?;
        self.amount(idx, idx + 1, number, Some(code))
    }
    /// True for numbers that are part of a name or code, not a value.
    fn is_junk(&self, idx: usize) -> bool {
        let Some(token) = self.tokens.get(idx) else {
            return true;
        };
        let prev = idx.checked_sub(1).and_then(|prev| self.tokens.get(prev));
        if token.glued {
            match prev.map(|prev| (prev.kind, prev.text(self.text))) {
                // A number glued to a word is a code or ticker: "AGL38.02", "F16".
                Some((TokenKind::Word, _)) => return true,
                Some((TokenKind::Symbol, "-" | "–" | "‑")) => {
                    let name = idx
                        .checked_sub(2)
                        .and_then(|before| self.tokens.get(before))
                        .is_some_and(|before| before.kind == TokenKind::Word);
                    if name && prev.is_some_and(|prev| prev.glued) {
                        return true;
                    }
                }
                Some((TokenKind::Symbol, "^" | "[" | "#" | "/" | ":" | "." | "_" | "@" | "+")) => {
                    return true
                }
                _ => {}
            }
        }
        let Some(next) = self.tokens.get(idx + 1).filter(|next| next.glued) else {
            return false;
        };
        let text = next.text(self.text);
        match next.kind {
            TokenKind::Word => {
                words::unit(text).is_none() && words::scale_word(text).is_none() && text != "fold"
            }
            TokenKind::Symbol => matches!(text, "]" | "^" | "/" | ":" | "▲" | "▼" | "_"),
            TokenKind::Number => false,
        }
    }
    #[allow(clippy::too_many_arguments)]
    fn push(
        &mut self,
        kind: ValueKind,
        first: usize,
        last: usize,
        normalized: String,
        low: f64,
        high: f64,
        unit: Option<&str>,
        grain: Option<Grain>,
    ) {
        let (Some(first), Some(last)) = (self.tokens.get(first), self.tokens.get(last)) else {
            return;
        };
        let Some(text) = self.text.get(first.start..last.end) else {
            return;
        };
        self.values.push(Value {
            kind,
            text: text.to_string(),
            start: first.start,
            end: last.end,
            normalized,
            low,
            high,
            unit: unit.map(str::to_string),
            grain,
            approx: None,
        });
    }
    /// The approximation word right before token `first`.
    fn approx_before(&self, first: usize) -> Option<Approx> {
        let word = |back: usize| {
            first
                .checked_sub(back)
                .and_then(|idx| self.token(TokenKind::Word, idx))
                .map(|token| token.text(self.text))
                .unwrap_or("")
        };
        let (one, two) = (word(1), word(2));
        let pair = |a: &str, b: &str| two.eq_ignore_ascii_case(a) && one.eq_ignore_ascii_case(b);
        if pair("more", "than") || pair("at", "least") {
            return Some(Approx::AtLeast);
        }
        if pair("up", "to") || pair("less", "than") || pair("fewer", "than") {
            return Some(Approx::AtMost);
        }
        let is = |list: &[&str]| list.iter().any(|entry| entry.eq_ignore_ascii_case(one));
        if is(&[
            "about",
            "around",
            "roughly",
            "some",
            "approximately",
            "circa",
            "approx",
        ]) {
            Some(Approx::About)
        } else if is(&["over", "above", "exceeding"]) {
            Some(Approx::AtLeast)
        } else if is(&["nearly", "almost", "under", "below"]) {
            Some(Approx::AtMost)
        } else if first > 0 && self.is_sym(first - 1, "~") {
            Some(Approx::About)
        } else {
            None
        }
    }
    fn token(&self, kind: TokenKind, idx: usize) -> Option<&'a Token> {
        self.tokens.get(idx).filter(|token| token.kind == kind)
    }
    fn text_of(&self, idx: usize) -> &'a str {
        self.tokens
            .get(idx)
            .map_or("", |token| token.text(self.text))
    }
    fn is_word(&self, idx: usize, word: &str) -> bool {
        self.token(TokenKind::Word, idx)
            .is_some_and(|token| token.text(self.text).eq_ignore_ascii_case(word))
    }
    fn is_sym(&self, idx: usize, symbol: &str) -> bool {
        self.token(TokenKind::Symbol, idx)
            .is_some_and(|token| token.text(self.text) == symbol)
    }
    fn is_dash(&self, idx: usize) -> bool {
        self.is_sym(idx, "-") || self.is_sym(idx, "–") || self.is_sym(idx, "—")
    }
    /// The number at `idx`, commas dropped.
    fn number(&self, idx: usize) -> Option<f64> {
        let text = self.token(TokenKind::Number, idx)?.text(self.text);
        if text.contains(',') {
            text.replace(',', "").parse().ok()
        } else {
            text.parse().ok()
        }
    }
    /// A plain integer of at most `digits` digits, from 1 to 31.
    fn small(&self, idx: usize, digits: usize) -> Option<u32> {
        let text = self.token(TokenKind::Number, idx)?.text(self.text);
        if text.len() > digits {
            return None;
        }
        text.parse().ok().filter(|value| (1..=31).contains(value))
    }
    /// A four-digit year from 1000 to 2199.
    fn year(&self, idx: usize) -> Option<i64> {
        let text = self.token(TokenKind::Number, idx)?.text(self.text);
        if text.len() != 4 || !text.bytes().all(|byte| byte.is_ascii_digit()) {
            return None;
        }
        text.parse()
            .ok()
            .filter(|year| (1000..=2199).contains(year))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Expected value: kind, text, normalized, low, high, grain, approx.
    pub(super) type Expected<'a> = (
        ValueKind,
        &'a str,
        &'a str,
        f64,
        f64,
        Option<Grain>,
        Option<Approx>,
    );

    pub(super) fn check(sentence: &str, expected: &[Expected]) {
        let values = extract(sentence);
        let got: Vec<Expected> = values
            .iter()
            .map(|value| {
                assert_eq!(value.text, &sentence[value.start..value.end]);
                (
                    value.kind,
                    value.text.as_str(),
                    value.normalized.as_str(),
                    value.low,
                    value.high,
                    value.grain,
                    value.approx,
                )
            })
            .collect();
        assert_eq!(got, expected, "sentence: {sentence}");
    }

    pub(super) fn day(year: i64, month: u32, day: u32) -> f64 {
        day_number(year, month, day) as f64
    }

    pub(super) fn year(text: &str, year: i64) -> Expected<'_> {
        let low = day(year, 1, 1);
        let high = day(year, 12, 31);
        (
            ValueKind::Year,
            text,
            text,
            low,
            high,
            Some(Grain::Year),
            None,
        )
    }

    fn count(text: &str, normalized: &'static str, number: f64) -> Expected<'static> {
        let text: &'static str = Box::leak(text.to_string().into_boxed_str());
        (
            ValueKind::Count,
            text,
            normalized,
            number,
            number,
            None,
            None,
        )
    }

    #[test]
    fn percents() {
        let seventy = (
            ValueKind::Percent,
            "70%",
            "70%",
            70.0,
            70.0,
            None,
            Some(Approx::About),
        );
        check(
            "Between 2014 and 2018, About 70% of China’s weapons imports come from Russia.",
            &[
                (
                    ValueKind::Range,
                    "Between 2014 and 2018",
                    "2014..2018",
                    day(2014, 1, 1),
                    day(2018, 12, 31),
                    Some(Grain::Year),
                    None,
                ),
                seventy,
            ],
        );
        for text in [
            "70 per cent",
            "70 percent",
            "seventy percent",
            "seventy per cent",
        ] {
            check(
                &format!("Some said {text} of arms."),
                &[(ValueKind::Percent, text, "70%", 70.0, 70.0, None, None)],
            );
        }
        check(
            "navigation in 100% of monitored cases",
            &[(ValueKind::Percent, "100%", "100%", 100.0, 100.0, None, None)],
        );
        check(
            "seventy-five percent",
            &[(
                ValueKind::Percent,
                "seventy-five percent",
                "75%",
                75.0,
                75.0,
                None,
                None,
            )],
        );
    }

    #[test]
    fn huge_percent_does_not_overflow() {
        let values = extract("a 99999999999999999999% rise");
        assert_eq!(values.len(), 1);
        assert_eq!(values[0].kind, ValueKind::Percent);
        assert_eq!(values[0].normalized, "1e20%");
        assert!(values[0].low > 1e19);
    }

    #[test]
    fn counts() {
        check(
            "two local R & D Centres in Moscow and St Petersburg where 400 and 150 people are working",
            &[count("two", "2", 2.0), count("400", "400", 400.0), count("150", "150", 150.0)],
        );
        check(
            "China plans to launch three new R&D centres in Russia.",
            &[count("three", "3", 3.0)],
        );
        check(
            "a Chinese company sold two high-resolution observation satellites",
            &[count("two", "2", 2.0)],
        );
        check(
            "launched commercial 5G networks across 14 locations in Moscow",
            &[count("14", "14", 14.0)],
        );
        check(
            "China has sent thousands of soldiers to the Russian National Defense University",
            &[(
                ValueKind::Count,
                "thousands",
                "2000",
                2000.0,
                2000.0,
                None,
                Some(Approx::AtLeast),
            )],
        );
        check(
            "tens of thousands of troops",
            &[(
                ValueKind::Count,
                "tens of thousands",
                "20000",
                20000.0,
                20000.0,
                None,
                Some(Approx::AtLeast),
            )],
        );
        let values = extract("China recently has announced fourfold increase in staff.");
        assert_eq!(values.len(), 1);
        assert_eq!(
            (values[0].kind, values[0].normalized.as_str(), values[0].low),
            (ValueKind::Count, "4x", 4.0)
        );
        assert_eq!(values[0].unit.as_deref(), Some("fold"));
        assert_eq!(extract("a 4-fold rise")[0].normalized, "4x");
        check(
            "more than 400 people, at least 5, up to 9, nearly 30",
            &[
                (
                    ValueKind::Count,
                    "400",
                    "400",
                    400.0,
                    400.0,
                    None,
                    Some(Approx::AtLeast),
                ),
                (
                    ValueKind::Count,
                    "5",
                    "5",
                    5.0,
                    5.0,
                    None,
                    Some(Approx::AtLeast),
                ),
                (
                    ValueKind::Count,
                    "9",
                    "9",
                    9.0,
                    9.0,
                    None,
                    Some(Approx::AtMost),
                ),
                (
                    ValueKind::Count,
                    "30",
                    "30",
                    30.0,
                    30.0,
                    None,
                    Some(Approx::AtMost),
                ),
            ],
        );
    }

    #[test]
    fn money() {
        let cases = [
            ("$5 billion", "5000000000 USD", 5e9),
            ("US$3.2bn", "3200000000 USD", 3.2e9),
            ("€20 million", "20000000 EUR", 2e7),
            ("20 million euros", "20000000 EUR", 2e7),
            ("£7m", "7000000 GBP", 7e6),
            ("$5 bn", "5000000000 USD", 5e9),
            ("$3–5 billion", "3000000000..5000000000 USD", 3e9),
        ];
        for (text, normalized, amount) in cases {
            let sentence = format!("It cost {text} in all.");
            let values = extract(&sentence);
            assert_eq!(values.len(), 1, "sentence: {sentence}");
            let value = &values[0];
            assert_eq!(
                (
                    value.kind,
                    value.text.as_str(),
                    value.normalized.as_str(),
                    value.low
                ),
                (ValueKind::Money, text, normalized, amount),
                "sentence: {sentence}"
            );
            assert_eq!(value.unit.as_deref(), normalized.split(' ').nth(1));
        }
    }

    #[test]
    fn quantities() {
        let values = extract("reaching data transfer speeds of 5.6 Gbps – a record");
        assert_eq!(values.len(), 1);
        assert_eq!(
            (
                values[0].kind,
                values[0].text.as_str(),
                values[0].normalized.as_str()
            ),
            (ValueKind::Quantity, "5.6 Gbps", "5.6 Gbps")
        );
        let values =
            extract("the frequencies most conducive to 5G deployment – the 3.4–3.8 GHz range");
        assert_eq!(values.len(), 1);
        let value = &values[0];
        assert_eq!(
            (
                value.kind,
                value.text.as_str(),
                value.normalized.as_str(),
                value.low,
                value.high
            ),
            (ValueKind::Quantity, "3.4–3.8 GHz", "3.4..3.8 GHz", 3.4, 3.8)
        );
        assert_eq!(value.unit.as_deref(), Some("GHz"));
        let values = extract("a 5,000-tonne ship with a 300km range");
        let got: Vec<(&str, &str)> = values
            .iter()
            .map(|value| (value.text.as_str(), value.normalized.as_str()))
            .collect();
        assert_eq!(got, [("5,000-tonne", "5000 t"), ("300km", "300 km")]);
    }

    #[test]
    fn names_and_codes_are_not_values() {
        for sentence in [
            "If anything, the COVID-19 pandemic has increased the visibility of this game.",
            "Chinese purchases of Su-35 fighter jets and the S-400 surface-to-air missile system.",
            "other innovative systems like the GA-21.",
            "components for Russia’s D-30SN universal glide bomb",
            "collaboration with Russia on 5G and satellite technologies",
            "China plans to launch new R&D centres",
            "of U.S. troops in Afghanistan. remuneration. 19659003] No matter who wins",
            "a figure of 10^400 is absurd",
            "21st century would be the century of science",
            "AGL38.02▲ 0.08 (0.00%)AIRLINK197.36▲ 3.45 (0.02%)BOP9.54▲ 0.22 (0.02%)",
            "Mayor Smith may visit in May.",
            "one of them",
        ] {
            check(sentence, &[]);
        }
    }

    proptest! {
        #[test]
        fn extract_never_panics(sentence in "\\PC{0,80}") {
            for value in extract(&sentence) {
                prop_assert!(value.start <= value.end && value.end <= sentence.len());
                prop_assert_eq!(sentence.get(value.start..value.end), Some(value.text.as_str()));
            }
        }

        #[test]
        fn extract_never_panics_on_numbers(sentence in "[0-9 ,.%$€–\\-a-zA-Z()^]{0,60}") {
            for value in extract(&sentence) {
                prop_assert_eq!(sentence.get(value.start..value.end), Some(value.text.as_str()));
            }
        }
    }
}
