//! Finds typed values in a sentence: percents, counts, money, quantities,
//! years, dates and ranges, normalised so the reconciler can compare them.

use crate::model::Value;

/// Every value in `sentence`, in order of position, with sentence-relative spans.
pub fn extract(sentence: &str) -> Vec<Value> {
    let _ = sentence;
    Vec::new()
}

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
