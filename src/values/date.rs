//! Dates and periods: years, month-years, full dates and year ranges.
//!
//! Matches: "19 August, 2019", "October 2019", "2024-03-01", "between 2014 and 2018"
//! Ignores: "19 August" and "May" without a year.
//!
//! `low` and `high` are day numbers of the first and last day of the period
//! as written, so "(1956-1665)" keeps `low > high`.

use super::number::Suffix;
use super::{words, Scanner};
use crate::model::{Grain, ValueKind};
use crate::values::token::TokenKind;

/// Days since 1970-01-01 of a proleptic Gregorian date (month and day 1-based).
pub fn day_number(year: i64, month: u32, day: u32) -> i64 {
    // Howard Hinnant's days_from_civil.
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let yoe = year - era * 400;
    let month = i64::from(month);
    let doy = (153 * (if month > 2 { month - 3 } else { month + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

impl Scanner<'_> {
    /// "Y–Y", "Y-YY", and with `framed` "between Y and Y" or "from Y to Y".
    pub(super) fn year_range(
        &mut self,
        first: usize,
        idx: usize,
        year: i64,
        framed: bool,
    ) -> Option<usize> {
        let between = framed && self.is_word(first, "between");
        let joined = if between {
            self.is_word(idx + 1, "and")
        } else if framed {
            self.is_word(idx + 1, "to")
                || self.is_word(idx + 1, "until")
                || self.is_word(idx + 1, "through")
                || self.is_dash(idx + 1)
        } else {
            self.is_dash(idx + 1)
        };
        if !joined || self.is_junk(idx + 2) {
            return None;
        }
        let second = match self.year(idx + 2) {
            Some(second) => second,
            None => {
                let short = self.token(TokenKind::Number, idx + 2)?.text(self.text);
                let short: i64 = short.parse().ok().filter(|_| short.len() == 2)?;
                let second = year - year.rem_euclid(100) + short;
                (second > year).then_some(second)?
            }
        };
        if matches!(self.suffix(idx + 3).0, Suffix::Percent | Suffix::Unit(_)) {
            return None;
        }
        self.push_period(first, idx + 2, year, second, None, None);
        Some(idx + 3)
    }
    /// "the 1990s" → the years 1990 to 1999.
    pub(super) fn decade(&mut self, idx: usize) -> Option<usize> {
        let year = self.year(idx).filter(|year| year % 10 == 0)?;
        let suffix = self.token(TokenKind::Word, idx + 1)?;
        if !suffix.glued || suffix.text(self.text) != "s" {
            return None;
        }
        self.push_period(idx, idx + 1, year, year + 9, None, None);
        Some(idx + 2)
    }
    /// "2024-03-01".
    pub(super) fn iso_date(&mut self, idx: usize) -> Option<usize> {
        let year = self.year(idx)?;
        let glued = |offset: usize| {
            self.tokens
                .get(idx + offset)
                .is_some_and(|token| token.glued)
        };
        if !(self.is_sym(idx + 1, "-") && glued(1) && glued(2) && glued(3) && glued(4)) {
            return None;
        }
        let month = self.small(idx + 2, 2)?;
        let day = self.small(idx + 4, 2)?;
        if !self.is_sym(idx + 3, "-") || !valid_day(year, month, day) {
            return None;
        }
        self.push_period(idx, idx + 4, year, year, Some(month), Some(day));
        Some(idx + 5)
    }
    /// "19 August, 2019"; "19 August" alone is skipped whole.
    pub(super) fn day_month_year(&mut self, idx: usize) -> Option<usize> {
        let day = self.small(idx, 2)?;
        let month_idx = self.after_ordinal(idx + 1);
        let month = words::month(self.token(TokenKind::Word, month_idx)?.text(self.text))?;
        self.day_then_year(idx, month_idx + 1, month, day)
    }
    /// The year after a day and month ("19 August, 2019"), from token `next`.
    pub(super) fn day_then_year(
        &mut self,
        first: usize,
        next: usize,
        month: u32,
        day: u32,
    ) -> Option<usize> {
        let year_idx = if self.is_sym(next, ",") {
            next + 1
        } else {
            next
        };
        match self.year(year_idx) {
            Some(year) if valid_day(year, month, day) => {
                self.push_period(first, year_idx, year, year, Some(month), Some(day));
                Some(year_idx + 1)
            }
            _ => Some(next),
        }
    }
    /// "October 2019", "August 19, 2019"; a month without a year is no value.
    pub(super) fn month_date(&mut self, idx: usize, month: u32) -> Option<usize> {
        if let Some(year) = self.year(idx + 1) {
            self.push_period(idx, idx + 1, year, year, Some(month), None);
            return Some(idx + 2);
        }
        let day = self.small(idx + 1, 2)?;
        let next = self.after_ordinal(idx + 2);
        self.day_then_year(idx, next, month, day)
    }
    /// The index after an ordinal suffix glued at `idx` ("3rd"), else `idx`.
    pub(super) fn after_ordinal(&self, idx: usize) -> usize {
        let ordinal = self.token(TokenKind::Word, idx).is_some_and(|token| {
            token.glued && ["st", "nd", "rd", "th"].contains(&token.text(self.text))
        });
        if ordinal {
            idx + 1
        } else {
            idx
        }
    }
    /// A year, a period of years, a month or a day, from `first` to `last` token.
    pub(super) fn push_period(
        &mut self,
        first: usize,
        last: usize,
        year: i64,
        second: i64,
        month: Option<u32>,
        day: Option<u32>,
    ) {
        let (kind, grain, normalized, low, high) = match (month, day) {
            (Some(month), Some(day)) => {
                let at = day_number(year, month, day) as f64;
                let text = format!("{year:04}-{month:02}-{day:02}");
                (ValueKind::Date, Grain::Day, text, at, at)
            }
            (Some(month), None) => {
                let low = day_number(year, month, 1) as f64;
                let high = day_number(year, month, words::days_in_month(year, month)) as f64;
                let text = format!("{year:04}-{month:02}");
                (ValueKind::Date, Grain::Month, text, low, high)
            }
            _ => {
                let low = day_number(year, 1, 1) as f64;
                let high = day_number(second, 12, 31) as f64;
                if year == second {
                    (ValueKind::Year, Grain::Year, year.to_string(), low, high)
                } else {
                    let text = format!("{year}..{second}");
                    (ValueKind::Range, Grain::Year, text, low, high)
                }
            }
        };
        let bound = self.bound_before(first);
        self.push(kind, first, last, normalized, low, high, None, Some(grain));
        self.bound_last(bound);
    }
}

fn valid_day(year: i64, month: u32, day: u32) -> bool {
    (1..=12).contains(&month) && day >= 1 && day <= words::days_in_month(year, month)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Bound;
    use crate::values::tests::{check, day, year};

    #[test]
    pub(super) fn day_numbers_follow_the_calendar() {
        assert_eq!(day_number(1970, 1, 1), 0);
        assert_eq!(day_number(2000, 3, 1), 11_017);
        assert_eq!(day_number(1969, 12, 31), -1);
    }

    #[test]
    pub(super) fn years_dates_and_ranges() {
        check("In 2021, Huawei and MTS", &[year("2021", 2021)]);
        let (kind, text, normalized, low, high, grain, _) = year("2014", 2014);
        check(
            "around 2014",
            &[(
                kind,
                text,
                normalized,
                low,
                high,
                grain,
                Bound::Approximately,
            )],
        );
        check(
            "Russian President Putin in October 2019 articulated that",
            &[(
                ValueKind::Date,
                "October 2019",
                "2019-10",
                day(2019, 10, 1),
                day(2019, 10, 31),
                Some(Grain::Month),
                Bound::Exact,
            )],
        );
        check(
            "In June 2016 both states signed",
            &[(
                ValueKind::Date,
                "June 2016",
                "2016-06",
                day(2016, 6, 1),
                day(2016, 6, 30),
                Some(Grain::Month),
                Bound::Exact,
            )],
        );
        let on_day = |text: &'static str| {
            let at = day(2019, 8, 19);
            (
                ValueKind::Date,
                text,
                "2019-08-19",
                at,
                at,
                Some(Grain::Day),
                Bound::Exact,
            )
        };
        check(
            "Initiative on 19 August, 2019 signed",
            &[on_day("19 August, 2019")],
        );
        check("signed on August 19, 2019.", &[on_day("August 19, 2019")]);
        let first = day(2024, 3, 1);
        check(
            "date  : 2024-03-01 12:00:00 +0800",
            &[(
                ValueKind::Date,
                "2024-03-01",
                "2024-03-01",
                first,
                first,
                Some(Grain::Day),
                Bound::Exact,
            )],
        );
        let range = |text: &'static str, normalized: &'static str, from: i64, to: i64| {
            let (low, high) = (day(from, 1, 1), day(to, 12, 31));
            (
                ValueKind::Range,
                text,
                normalized,
                low.min(high),
                low.max(high),
                Some(Grain::Year),
                Bound::Exact,
            )
        };
        check(
            "in 2014–2018 it grew",
            &[range("2014–2018", "2014..2018", 2014, 2018)],
        );
        check(
            "in 2014-2018 it grew",
            &[range("2014-2018", "2014..2018", 2014, 2018)],
        );
        check(
            "from 2014 to 2018",
            &[range("from 2014 to 2018", "2014..2018", 2014, 2018)],
        );
        check(
            "However, during (1956-1665) the divergence of interests stalled",
            &[range("1956-1665", "1956..1665", 1956, 1665)],
        );
        let third = day(2005, 3, 3);
        check(
            "left on March 3rd, 2005 and came back on 3rd March 2005",
            &[
                (
                    ValueKind::Date,
                    "March 3rd, 2005",
                    "2005-03-03",
                    third,
                    third,
                    Some(Grain::Day),
                    Bound::Exact,
                ),
                (
                    ValueKind::Date,
                    "3rd March 2005",
                    "2005-03-03",
                    third,
                    third,
                    Some(Grain::Day),
                    Bound::Exact,
                ),
            ],
        );
        check("in 2014–15", &[range("2014–15", "2014..2015", 2014, 2015)]);
        check("in the 1990s", &[range("1990s", "1990..1999", 1990, 1999)]);
        check(
            "tentative results from 2017 and 2018 claimed",
            &[year("2017", 2017), year("2018", 2018)],
        );
        check(
            "May 2019",
            &[(
                ValueKind::Date,
                "May 2019",
                "2019-05",
                day(2019, 5, 1),
                day(2019, 5, 31),
                Some(Grain::Month),
                Bound::Exact,
            )],
        );
    }
}
