//! Dates and periods: years, month-years, full dates and year ranges.
//!
//! Matches: "19 August, 2019", "October 2019", "2024-03-01", "between 2014 and 2018"
//! Also: "March 3", "4 March", "in June", "on Monday", "yesterday" completed
//! from the article's date (marked `inferred`), and times of day ("04:17",
//! "10:00 AM").
//! Ignores: "19 August" and "May" without a year when the article has no
//! date; "May" alone ("Theresa May", "May I").
//!
//! `low` and `high` are day numbers of the first and last day of the period
//! as written, so "(1956-1665)" keeps `low > high`.

use chrono::{Datelike, Days, NaiveDate};

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
    /// "04:17", "10:00 AM", "3:30 pm", "5:47 p.m.": a time of day, in
    /// minutes after midnight. An hour alone or with a dot is a time only
    /// with "am"/"pm" after it ("9 p.m.", "10pm", "7.20 pm", "11.50am"), and
    /// four digits only before "GMT"/"UTC", or "hours" after "at" ("0815
    /// GMT", "at 1338 hours"; see `zulu`), so "7.20" and "at 9" stay numbers.
    pub(super) fn time_of_day(&mut self, idx: usize) -> Option<usize> {
        let text = self.token(TokenKind::Number, idx)?.text(self.text);
        let glued = |at: usize| self.tokens.get(at).is_some_and(|token| token.glued);
        let colon = self.is_sym(idx + 1, ":") && glued(idx + 1) && glued(idx + 2);
        let (mut hour, minute, mut last, clock): (u32, u32, usize, bool) =
            if text.len() <= 2 && colon {
                let minute_text = self.token(TokenKind::Number, idx + 2)?.text(self.text);
                if minute_text.len() != 2 {
                    return None;
                }
                let mut last = idx + 2;
                let seconds = self
                    .token(TokenKind::Number, idx + 4)
                    .is_some_and(|token| token.text(self.text).len() == 2);
                if self.is_sym(idx + 3, ":") && glued(idx + 3) && glued(idx + 4) && seconds {
                    last = idx + 4;
                }
                (text.parse().ok()?, minute_text.parse().ok()?, last, true)
            } else if let Some((hour, minute)) = text.split_once('.') {
                if hour.len() > 2 || minute.len() != 2 {
                    return None;
                }
                (hour.parse().ok()?, minute.parse().ok()?, idx, false)
            } else if text.len() <= 2 {
                (text.parse().ok()?, 0, idx, false)
            } else if text.len() == 4 && self.zulu(idx) {
                let (hour, minute) = text.split_at(2);
                (hour.parse().ok()?, minute.parse().ok()?, idx, true)
            } else {
                return None;
            };
        if hour > 23 || minute > 59 {
            return None;
        }
        match self.meridiem(last + 1) {
            Some((pm, end)) if (1..=12).contains(&hour) => {
                hour = match (pm, hour) {
                    (false, 12) => 0,
                    (true, hour) if hour < 12 => hour + 12,
                    (_, hour) => hour,
                };
                last = end;
            }
            _ if clock => {}
            _ => return None,
        }
        let at = f64::from(hour * 60 + minute);
        let normalized = format!("{hour:02}:{minute:02}");
        let bound = self.bound_before(idx);
        self.push(ValueKind::Time, idx, last, normalized, at, at, None, None);
        self.bound_last(bound);
        Some(last + 1)
    }
    /// "am", "pm", "a.m." or "p.m." at `idx` (any case): whether it is after
    /// noon, and its last token (the closing dot of "p.m." included).
    fn meridiem(&self, idx: usize) -> Option<(bool, usize)> {
        let word = self.token(TokenKind::Word, idx)?.text(self.text);
        let glued = |at: usize| self.tokens.get(at).is_some_and(|token| token.glued);
        if word.eq_ignore_ascii_case("am") || word.eq_ignore_ascii_case("pm") {
            return Some((word.eq_ignore_ascii_case("pm"), idx));
        }
        let pm = word.eq_ignore_ascii_case("p");
        let dotted = (pm || word.eq_ignore_ascii_case("a"))
            && self.is_sym(idx + 1, ".")
            && glued(idx + 1)
            && self.is_word(idx + 2, "m")
            && glued(idx + 2);
        if !dotted {
            return None;
        }
        let last = if self.is_sym(idx + 3, ".") && glued(idx + 3) {
            idx + 3
        } else {
            idx + 2
        };
        Some((pm, last))
    }
    /// Whether the four digits at `idx` are a time of day written without a
    /// colon: "GMT" or "UTC" after them, or "hours"/"hrs" after them (no
    /// "of" after that) and "at" before them ("at 1338 hours"), or "by",
    /// "from", "until", "since" or "around" before a leading zero ("from
    /// 0600 hours"). "reviewed around 1000 hours of footage", "delayed by
    /// 1500 hours" and "for 1500 hours" are durations.
    fn zulu(&self, idx: usize) -> bool {
        let after = self.text_of(idx + 1);
        if matches!(after, "GMT" | "UTC") {
            return true;
        }
        let hours = (after == "hours" || after == "hrs") && !self.is_word(idx + 2, "of");
        let before = |list: &[&str]| {
            idx.checked_sub(1)
                .is_some_and(|prev| list.iter().any(|word| self.is_word(prev, word)))
        };
        let zero = self.text_of(idx).starts_with('0');
        hours && (before(&["at"]) || zero && before(&["by", "from", "until", "since", "around"]))
    }
    /// "yesterday", "today", "on Monday", "last Friday", "next Tuesday": a
    /// day completed from the article's date (which must give the day); a
    /// weekday alone is the latest one on or before it.
    pub(super) fn relative_day(&mut self, idx: usize) -> Option<usize> {
        let published = self.published?;
        let (month, day) = (published.month()?, published.day()?);
        let date = NaiveDate::from_ymd_opt(
            i32::from(published.year()),
            u32::from(month),
            u32::from(day),
        )?;
        let word = self.text_of(idx);
        let date = if word.eq_ignore_ascii_case("yesterday") {
            date.checked_sub_days(Days::new(1))?
        } else if word.eq_ignore_ascii_case("today") {
            date
        } else {
            let capitalised = word.starts_with(|ch: char| ch.is_ascii_uppercase());
            let weekday = words::weekday(word).filter(|_| capitalised)?;
            let published_weekday = date.weekday().number_from_monday();
            let prev = idx.checked_sub(1).map_or("", |prev| self.text_of(prev));
            if prev.eq_ignore_ascii_case("next") {
                let ahead = (weekday + 7 - published_weekday) % 7;
                date.checked_add_days(Days::new(u64::from(if ahead == 0 { 7 } else { ahead })))?
            } else {
                let back = (published_weekday + 7 - weekday) % 7;
                let back = if back == 0 && prev.eq_ignore_ascii_case("last") {
                    7
                } else {
                    back
                };
                date.checked_sub_days(Days::new(u64::from(back)))?
            }
        };
        let month = date.month();
        self.push_period(
            idx,
            idx,
            i64::from(date.year()),
            i64::from(date.year()),
            Some(month),
            Some(date.day()),
        );
        self.mark_inferred();
        Some(idx + 1)
    }
    /// The year of a day or month written without one: the article's year,
    /// or the year before when that would put it more than two months after
    /// the article ("December 20" in a January article).
    fn inferred_year(&self, month: u32, day: Option<u32>) -> Option<i64> {
        let published = self.published?;
        let year = i64::from(published.year());
        let Some(published_month) = published.month() else {
            return Some(year);
        };
        let published_day = day_number(
            year,
            u32::from(published_month),
            u32::from(published.day().unwrap_or(1)),
        );
        let written = day_number(year, month, day.unwrap_or(1));
        Some(if written - published_day > 62 {
            year - 1
        } else {
            year
        })
    }
    fn mark_inferred(&mut self) {
        if let Some(value) = self.values.last_mut() {
            value.inferred = true;
        }
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
        let next = self.after_abbreviation(month_idx);
        self.day_then_year(idx, next, month, day)
    }
    /// The index after the month name at `idx` and the full stop of its
    /// abbreviation ("Nov. 15", "15 Sept. 2022"), if any.
    fn after_abbreviation(&self, idx: usize) -> usize {
        // "May", "June" and "July" are whole names: their full stop ends
        // the sentence.
        let word = self.text_of(idx);
        let short = word.len() <= 4 && !["May", "June", "July"].contains(&word);
        if short && self.is_sym(idx + 1, ".") {
            idx + 2
        } else {
            idx + 1
        }
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
            _ => {
                // "March 3", "4 March": the year is the article's.
                let year = self.inferred_year(month, Some(day));
                let valid = year.filter(|year| valid_day(*year, month, day));
                if let Some(year) = valid {
                    self.push_period(first, next - 1, year, year, Some(month), Some(day));
                    self.mark_inferred();
                }
                // "from October 6 to 8", "Oct. 5-6": the second day is a
                // date of the same month, never a count; but "rose on
                // October 7 to 22" gives the value reached.
                let reached = self.is_word(next, "to") && self.change_reaches(first);
                let Some((second, at)) = self.day_range_end(next, day).filter(|_| !reached) else {
                    return Some(next);
                };
                if self.year(at + 1).is_some()
                    || self.is_sym(at + 1, ",") && self.year(at + 2).is_some()
                {
                    return Some(next);
                }
                if let Some(year) = valid.filter(|year| valid_day(*year, month, second)) {
                    self.push_period(at, at, year, year, Some(month), Some(second));
                    self.mark_inferred();
                }
                Some(self.after_ordinal(at + 1))
            }
        }
    }
    /// The later day of a range of days after a day ("6 to 8", "5-6"): the
    /// day and its token, when "to", "through", "until" or a dash joins a
    /// plain number from 1 to 31 greater than `day` that no unit, noun,
    /// month or "of whom"/"of them" follows.
    fn day_range_end(&self, next: usize, day: u32) -> Option<(u32, usize)> {
        let joined = self.is_dash(next)
            || ["to", "through", "until", "till"]
                .iter()
                .any(|word| self.is_word(next, word));
        let second = self
            .small(next + 1, 2)
            .filter(|second| joined && *second > day)?;
        let after = self.after_ordinal(next + 2);
        let noun = self.token(TokenKind::Word, after).is_some_and(|token| {
            let word = token.text(self.text);
            words::month(word).is_some()
                || word.starts_with(|ch: char| ch.is_ascii_lowercase())
                    && !words::is_function_word(word)
        });
        // "to 9, of whom 4 were children", "9 of them": a count of people.
        let comma = usize::from(self.is_sym(after, ","));
        let of_whom = self.is_word(after + comma, "of")
            && ["whom", "them", "which"]
                .iter()
                .any(|word| self.is_word(after + comma + 1, word));
        (!noun && !of_whom && !matches!(self.suffix(after).0, Suffix::Percent | Suffix::Unit(_)))
            .then_some((second, next + 1))
    }
    /// Whether a "to" after the date that starts at token `first` gives the
    /// value a change reached ("The death toll rose on October 7 to 22"):
    /// a verb of change before the date in its clause (at most eight words
    /// back), and no "from" right before the date ("fighting rose from
    /// October 6 to 8" is a range of days).
    fn change_reaches(&self, first: usize) -> bool {
        let from = first
            .checked_sub(1)
            .is_some_and(|prev| self.is_word(prev, "from"));
        !from
            && (first.saturating_sub(8)..first)
                .rev()
                .take_while(|at| !matches!(self.text_of(*at), "," | ";" | ":" | "."))
                .any(|at| {
                    self.token(TokenKind::Word, at)
                        .is_some_and(|token| words::is_change_word(token.text(self.text)))
                })
    }
    /// "October 2019", "August 19, 2019"; a month without a year is no value.
    pub(super) fn month_date(&mut self, idx: usize, month: u32) -> Option<usize> {
        let at = self.after_abbreviation(idx);
        if let Some(year) = self.year(at) {
            self.push_period(idx, at, year, year, Some(month), None);
            return Some(at + 1);
        }
        let Some(day) = self.small(at, 2) else {
            return self.month_alone(idx, month);
        };
        let next = self.after_ordinal(at + 1);
        self.day_then_year(idx, next, month, day)
    }
    /// "in June", "since March", "early May": a month of the article's year,
    /// after a word that makes the name a month ("May" alone stays a verb
    /// or a name).
    fn month_alone(&mut self, idx: usize, month: u32) -> Option<usize> {
        let prev = idx.checked_sub(1).map_or("", |prev| self.text_of(prev));
        let cue = [
            "in", "since", "by", "until", "till", "last", "early", "late", "mid", "of", "during",
            "from", "through", "this", "next", "end", "before", "after",
        ]
        .iter()
        .any(|cue| cue.eq_ignore_ascii_case(prev));
        let year = self.inferred_year(month, None).filter(|_| cue)?;
        self.push_period(idx, idx, year, year, Some(month), None);
        self.mark_inferred();
        Some(idx + 1)
    }
    /// The index after an ordinal suffix glued at `idx` ("3rd"), else `idx`.
    pub(super) fn after_ordinal(&self, idx: usize) -> usize {
        let ordinal = self
            .token(TokenKind::Word, idx)
            .is_some_and(|token| token.glued && words::is_ordinal_suffix(token.text(self.text)));
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
    use crate::values::interval;
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
        // An abbreviated month keeps its full stop (AP style).
        check("signed on Aug. 19, 2019.", &[on_day("Aug. 19, 2019")]);
        check("signed on 19 Aug. 2019.", &[on_day("19 Aug. 2019")]);
        let first = day(2024, 3, 1);
        check(
            "date  : 2024-03-01 12:00:00 +0800",
            &[
                (
                    ValueKind::Date,
                    "2024-03-01",
                    "2024-03-01",
                    first,
                    first,
                    Some(Grain::Day),
                    Bound::Exact,
                ),
                (
                    ValueKind::Time,
                    "12:00:00",
                    "12:00",
                    720.0,
                    720.0,
                    None,
                    Bound::Exact,
                ),
            ],
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

    #[test]
    fn dates_without_a_year_are_completed_from_the_article_date() {
        let on = |text: &'static str, year: i64, month: u32, d: u32| {
            let at = day(year, month, d);
            let normalized: &'static str =
                Box::leak(format!("{year:04}-{month:02}-{d:02}").into_boxed_str());
            (
                ValueKind::Date,
                text,
                normalized,
                at,
                at,
                Some(Grain::Day),
                Bound::Exact,
            )
        };
        check(
            "[2023-06-07] The dam was destroyed on June 6.",
            &[on("June 6", 2023, 6, 6)],
        );
        check(
            "[2023-06-07] It burst early on 6 June, officials said.",
            &[on("6 June", 2023, 6, 6)],
        );
        check(
            "[2023-06-07] It burst on 6th June.",
            &[on("6th June", 2023, 6, 6)],
        );
        // 2023-06-07 is a Wednesday.
        check(
            "[2023-06-07] It burst on Tuesday.",
            &[on("Tuesday", 2023, 6, 6)],
        );
        check(
            "[2023-06-07] It burst yesterday.",
            &[on("yesterday", 2023, 6, 6)],
        );
        check(
            "[2023-06-07] Talks resume next Monday.",
            &[on("Monday", 2023, 6, 12)],
        );
        check(
            "[2023-06-07] They met last Wednesday.",
            &[on("Wednesday", 2023, 5, 31)],
        );
        check(
            "[2022-11-16] The missile landed in Poland on Nov. 15.",
            &[on("Nov. 15", 2022, 11, 15)],
        );
        check(
            "[2024-01-10] It began on December 20.",
            &[on("December 20", 2023, 12, 20)],
        );
        check(
            "[2023-07-01] The dam was breached in June.",
            &[(
                ValueKind::Date,
                "June",
                "2023-06",
                day(2023, 6, 1),
                day(2023, 6, 30),
                Some(Grain::Month),
                Bound::Exact,
            )],
        );
        check("[2023-07-01] Theresa May spoke. May I?", &[]);
        check("The dam was destroyed on June 6.", &[]);
        check("[2023] The dam was destroyed on Tuesday.", &[]);
    }

    #[test]
    fn a_range_of_days_gives_two_dates() {
        let date = |text: &'static str, normalized: &'static str, at: f64| {
            (
                ValueKind::Date,
                text,
                normalized,
                at,
                at,
                Some(Grain::Day),
                Bound::Exact,
            )
        };
        check(
            "[2023-10-06] The governor announced three days of mourning, from October 6 to 8.",
            &[
                (
                    ValueKind::Duration,
                    "three days",
                    "3 days",
                    3.0,
                    3.0,
                    None,
                    Bound::Exact,
                ),
                date("October 6", "2023-10-06", day(2023, 10, 6)),
                date("8", "2023-10-08", day(2023, 10, 8)),
            ],
        );
        check(
            "[2023-10-07] The army said it killed 3 militants on Oct. 5-6.",
            &[
                (ValueKind::Count, "3", "3", 3.0, 3.0, None, Bound::Exact),
                date("Oct. 5", "2023-10-05", day(2023, 10, 5)),
                date("6", "2023-10-06", day(2023, 10, 6)),
            ],
        );
        // Without the article's date the days are no values, and no counts.
        check("mourning from October 6 to 8", &[]);
        // A count after a date stays a count.
        check(
            "On March 3 to 12 people were hurt.",
            &[(ValueKind::Count, "12", "12", 12.0, 12.0, None, Bound::Exact)],
        );
        // After a verb of change, "to" gives the value reached, not a day.
        let toll = |text: &'static str, number: f64| {
            (
                ValueKind::Count,
                text,
                text,
                number,
                number,
                None,
                Bound::Exact,
            )
        };
        check(
            "[2023-10-08] The death toll rose on October 7 to 22, officials said.",
            &[
                date("October 7", "2023-10-07", day(2023, 10, 7)),
                toll("22", 22.0),
            ],
        );
        check(
            "[2023-06-08] The toll climbed sharply on 7 June to 12.",
            &[
                date("7 June", "2023-06-07", day(2023, 6, 7)),
                toll("12", 12.0),
            ],
        );
        check(
            "[2023-10-08] Deaths increased on October 3 to 9, of whom 4 were children.",
            &[
                date("October 3", "2023-10-03", day(2023, 10, 3)),
                toll("9", 9.0),
                toll("4", 4.0),
            ],
        );
        // "of whom" after the second number counts people.
        check(
            "[2023-10-08] On October 3 to 9 of whom 4 were children died.",
            &[
                date("October 3", "2023-10-03", day(2023, 10, 3)),
                toll("9", 9.0),
                toll("4", 4.0),
            ],
        );
        // "from" before the date still makes a range, whatever verb comes first.
        check(
            "[2023-10-06] Attacks rose from October 6 to 8.",
            &[
                date("October 6", "2023-10-06", day(2023, 10, 6)),
                date("8", "2023-10-08", day(2023, 10, 8)),
            ],
        );
    }

    #[test]
    fn times_of_day() {
        let at = |text: &'static str, normalized: &'static str, minutes: f64, bound| {
            (
                ValueKind::Time,
                text,
                normalized,
                minutes,
                minutes,
                None,
                bound,
            )
        };
        check(
            "the quake struck at 04:17 local time",
            &[at("04:17", "04:17", 257.0, Bound::Exact)],
        );
        check("at 2:50 am", &[at("2:50 am", "02:50", 170.0, Bound::Exact)]);
        check(
            "at 10:15 PM",
            &[at("10:15 PM", "22:15", 1335.0, Bound::Exact)],
        );
        check("a 3:1 ratio and 25:61", &[]);
        let about = |text: &'static str, normalized: &'static str, minutes: f64| {
            let (min, max) = interval(ValueKind::Time, minutes, minutes, Bound::Approximately);
            let bound = Bound::Approximately;
            (ValueKind::Time, text, normalized, min, max, None, bound)
        };
        // "p.m." with dots shifts the hour as "pm" does.
        check(
            "The coast guard plane collided with the JAL plane around 5:47 p.m.",
            &[about("5:47 p.m.", "17:47", 1067.0)],
        );
        check(
            "As of 1:50 p.m. on the day, two staff members were killed.",
            &[
                at("1:50 p.m.", "13:50", 830.0, Bound::Exact),
                (ValueKind::Count, "two", "2", 2.0, 2.0, None, Bound::Exact),
            ],
        );
        // An hour alone, or with a dot, is a time before "am"/"pm".
        check(
            "About 50 cars derailed at about 9 p.m. EST Friday.",
            &[
                (
                    ValueKind::Count,
                    "50",
                    "50",
                    48.5,
                    51.5,
                    None,
                    Bound::Approximately,
                ),
                about("9 p.m.", "21:00", 1260.0),
            ],
        );
        check(
            "a curfew was imposed from 10pm to 5am",
            &[
                at("10pm", "22:00", 1320.0, Bound::Exact),
                at("5am", "05:00", 300.0, Bound::Exact),
            ],
        );
        check(
            "The accident happened around 7.20 pm near the station.",
            &[about("7.20 pm", "19:20", 1160.0)],
        );
        check(
            "Police were called at about 11.50am today.",
            &[about("11.50am", "11:50", 710.0)],
        );
        // Four digits are a time before "GMT" or "UTC", and before "hours"
        // after "at".
        check(
            "At 11:15 am (0815 GMT) the plane was shot down.",
            &[
                at("11:15 am", "11:15", 675.0, Bound::Exact),
                at("0815", "08:15", 495.0, Bound::Exact),
            ],
        );
        check(
            "The flight departed at 1338 hours with 242 people.",
            &[
                at("1338", "13:38", 818.0, Bound::Exact),
                (
                    ValueKind::Count,
                    "242",
                    "242",
                    242.0,
                    242.0,
                    None,
                    Bound::Exact,
                ),
            ],
        );
        // "by" or "around" and four digits without a leading zero are a
        // duration, as are "hours of" something; "from 0600 hours" is a time.
        let hours = |text: &'static str, min: f64, max: f64, bound| {
            (ValueKind::Duration, text, text, min, max, None, bound)
        };
        check(
            "Analysts reviewed around 1000 hours of footage and flights were delayed by 1500 hours.",
            &[
                hours("1000 hours", 970.0, 1030.0, Bound::Approximately),
                hours("1500 hours", 1500.0, 1500.0, Bound::Exact),
            ],
        );
        check(
            "Shelling went on from 0600 hours.",
            &[at("0600", "06:00", 360.0, Bound::Exact)],
        );
        // Without "am"/"pm" a bare or dotted number stays a number.
        check(
            "Rescuers worked for 1500 hours; the level fell 7.20 metres by 9.",
            &[
                (
                    ValueKind::Duration,
                    "1500 hours",
                    "1500 hours",
                    1500.0,
                    1500.0,
                    None,
                    Bound::Exact,
                ),
                (
                    ValueKind::Quantity,
                    "7.20 metres",
                    "7.2 m",
                    7.2,
                    7.2,
                    None,
                    Bound::Exact,
                ),
                (ValueKind::Count, "9", "9", 9.0, 9.0, None, Bound::Exact),
            ],
        );
    }
}
