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
//!   unit, a scale word, a currency or a plural noun follows it ("1712
//!   buildings" is a count; "in 2019 elections" a year).
//! - A number right after a capitalised word names something ("Boeing 737",
//!   "Flight 17"), as do numbers glued to a name ("F-16", "Su-35", "S-400");
//!   in a title-case headline a verb in -ed or a particle is capitalised by
//!   style and names nothing ("Blast That Killed 45", "Wipes Out 60 Troops").
//! - A vague plural is a count from its smallest meaning up to the next
//!   order of magnitude, bound `vague`: "thousands" → 2000..9999,
//!   "hundreds" → 200..999, "tens of thousands" → 20000..99999 (normalised
//!   as its smallest meaning, "2000", as in schema 1). So are "several
//!   hundred", "a few thousand" and "multi-million", with any further
//!   scale word and a currency or unit after them ("several hundred
//!   thousand people" → 200000..999999, "a few hundred million dollars").
//! - Every value has a bound ("at least", "about", …) and the interval it
//!   allows (`interval`), which is what figure conflicts compare.
//! - "fourfold", "4-fold", "double", "twice" and "five times" are
//!   multipliers ("4x"), "five years" and "48-hour" durations, "third" and
//!   "21st" ordinals: none of them is ever a count, but for "N times" after
//!   a verb that is no verb of change and before no comparative, "as" or
//!   "the": it counts how often ("was struck five times on Thursday"); and
//!   the ordinal of one victim counts the victims so far ("claimed its
//!   60th victim" is 60), but for the first, who is one of them ("the
//!   first victim was identified as …" is no count).
//! - Number words are read by `text2num` ("two hundred and fifty" → 250);
//!   "a dozen" is 12, "a third" and "three-quarters" are percents (33.3%, 75%).
//! - "between 12,000 and 40,000 tonnes" is one value, bound `between`.
//! - "one" is not a count (it is usually a pronoun); "one million" is.
//! - Numbers of 1e15 or more lose digits in `f64`; their normalised form is
//!   written in scientific notation ("1e20%") to mark that.
//! - A bound word is reported in `bound` (and `approx`) but left out of the span.
//!   "As many as 35" is exact (it stresses a figure, it does not cap it);
//!   "upwards of" is "more than", "close to" "nearly", "closer to" "about".
//! - "five to seven", "two or three", "18 to 20" and "18-20" are ranges
//!   (a range rises: "ruled six to three" and "won 6-3" are two numbers);
//!   "scores of" is vague (40..199), "tens of civilians" 20..99, "half a
//!   dozen" 6.
//! - An hour alone or with a dot is a time only before "am"/"pm" ("9
//!   p.m.", "7.20 pm"), four digits only before "GMT"/"UTC", in "at 1338
//!   hours" or with a leading zero after "from", "until", "since", "by" or
//!   "around" ("from 0600 hours"; "around 1000 hours of footage" is a
//!   duration); "a.m." and "p.m." read as "am" and "pm".
//! - An age set off by commas after a person (a name of two or more
//!   capitalised words or a noun of one person: "Noa Argamani, 26,", "the
//!   driver, 52,"), or after "he was" or a name that opens its clause
//!   ("Born in 1976, Navalny was 47 when he died") is a duration in years,
//!   as "a 71-year-old" is. After a toll, a place or a plural it is a
//!   count: "The official toll, 47,", "the toll in Hroza was 59", "Of the
//!   40 wounded, 12,".
//! - "from October 6 to 8" gives two dates, but after a verb of change
//!   "to" gives the value reached: "rose on October 7 to 22" is a date and
//!   a count.
//! - Units read as news writes them (a singular unit word only after "1"
//!   or in a hyphenated compound: "1 mile", "a 1,600-foot drop"; "12 barrel
//!   bombs" and "300 foot soldiers" are counts): feet, inches, nautical miles, areas
//!   ("square kilometers", "hectares", "acres"), "lb", "pounds" that
//!   restate a mass ("5 kilograms (11 pounds)") and "pounds of" a thing
//!   ("1,000 pounds of explosives"; plain "pounds" are money); a singular
//!   "pound" is money before a noun of money ("a 20-million-pound deal",
//!   "a 50-pound fine"), a mass before a weighed noun ("a 2,000-pound
//!   bomb"), else the number is a count; temperatures with their sign (a
//!   hyphen, "−", an en dash or "minus"; a "C" or "F" glued to the number
//!   of a seat or flat is no temperature: "seat 11F"), also
//!   with a bound or in a range ("about -20 degrees Celsius", "from -5 to
//!   2 degrees"; °F converts to °C from its own zero, "degrees" alone is
//!   compared with no rule's °C),
//!   "km/h", "kV"; currencies besides the dollar, euro, pound, yuan and
//!   rouble: hryvnia, rupee (with "lakh", "crore"), shekel, lira, yen.
//! - A variant of a numbered name ("Boeing 787-8"), letters between digits
//!   ("9M83") and a rank ("No. 10") are no values.

mod date;
mod number;
pub mod token;
pub mod words;

pub use date::day_number;

use crate::model::{Approx, Bound, Grain, PubDate, Short, Value, ValueKind};
use number::{word_dollar, Suffix};
use token::{Token, TokenKind};

/// Every value in `sentence`, in order of position, with sentence-relative spans.
pub fn extract(sentence: &str) -> Vec<Value> {
    extract_dated(sentence, None)
}

/// Every value in `sentence`, completing dates without a year ("March 3",
/// "in June", "on Monday", "yesterday") from `published`, the article's
/// date; such values are marked `inferred`.
pub fn extract_dated(sentence: &str, published: Option<PubDate>) -> Vec<Value> {
    if is_ticker(sentence) {
        return Vec::new();
    }
    let tokens = token::shared(sentence);
    let title_case = title_case(sentence, &tokens);
    let mut scanner = Scanner {
        text: sentence,
        tokens: &tokens,
        values: Vec::new(),
        published,
        title_case,
    };
    let mut idx = 0;
    while idx < tokens.len() {
        idx = match scanner.at(idx) {
            Some(next) if next > idx => next,
            _ => idx + 1,
        };
    }
    let mut values = scanner.values;
    sum_people_by_origin(sentence, &mut values);
    values
}

/// Words that count people by where they come from or what they hold:
/// "five Russian nationals", "three citizens of Ukraine".
const BY_ORIGIN: [&str; 5] = [
    "nationals",
    "citizens",
    "foreigners",
    "residents",
    "subjects",
];

/// Whether `word` is a plural nationality ("Russians", "Palestinians",
/// "Chinese", "Israelis", "Britons"): capitalised, all letters, with a
/// nationality's plural ending.
pub fn is_demonym(word: &str) -> bool {
    word.starts_with(|ch: char| ch.is_ascii_uppercase())
        && word.len() > 3
        && word.chars().all(char::is_alphabetic)
        && ["ans", "ese", "is", "ons"]
            .iter()
            .any(|end| word.ends_with(end))
}

/// Whether `noun` (the words after a count, up to "and" or the end) counts
/// people by origin: a plural nationality ("Russians", "Ukrainians",
/// "Chinese", "Israelis", "Britons") or a word of `BY_ORIGIN`, after at most
/// one capitalised adjective or "foreign" ("Russian nationals").
fn counts_people_by_origin(noun: &str) -> bool {
    counts_by_origin(noun, true)
}

/// Whether `noun` counts people by origin with a word of `BY_ORIGIN`
/// ("citizens", "foreign nationals"), or also with a plural nationality
/// when `demonyms` is true.
fn counts_by_origin(noun: &str, demonyms: bool) -> bool {
    let words: Vec<&str> = noun.split_whitespace().collect();
    let demonym = is_demonym;
    let capital = |word: &str| {
        word.starts_with(|ch: char| ch.is_ascii_uppercase())
            && word.chars().all(char::is_alphabetic)
    };
    match words.as_slice() {
        [word] => (demonyms && demonym(word)) || BY_ORIGIN.contains(word),
        [adjective, word] => {
            (capital(adjective) || *adjective == "foreign") && BY_ORIGIN.contains(word)
        }
        _ => false,
    }
}

/// Sums two exact counts of people by origin joined by "and" ("five
/// Russians and three citizens of Ukraine and Armenia" were detained:
/// eight people) into one count spanning both, which replaces them: the
/// sentence counts one group, broken down by origin. One of the two must
/// count with a word of `BY_ORIGIN` ("citizens", "nationals"): two plural
/// nationalities ("two Israelis and three Palestinians were killed") are
/// two groups, each with its own count.
fn sum_people_by_origin(sentence: &str, values: &mut Vec<Value>) {
    let mut idx = 0;
    while idx + 1 < values.len() {
        let (first, second) = (&values[idx], &values[idx + 1]);
        let between = sentence.get(first.end..second.start).unwrap_or("");
        let joined = between
            .strip_suffix(" and ")
            .map(|noun| noun.trim_end_matches(','))
            .filter(|noun| counts_people_by_origin(noun));
        let after = two_words(sentence.get(second.end..).unwrap_or(""));
        let second_counts_with = |demonyms: bool| {
            counts_by_origin(&after, demonyms)
                || after
                    .split_whitespace()
                    .next()
                    .is_some_and(|word| counts_by_origin(word, demonyms))
        };
        let second_counts = second_counts_with(true)
            && (second_counts_with(false)
                || joined.is_some_and(|noun| counts_by_origin(noun, false)));
        let exact = |value: &Value| {
            value.kind == ValueKind::Count && value.bound == Bound::Exact && value.low == value.high
        };
        if joined.is_none() || !second_counts || !exact(first) || !exact(second) {
            idx += 1;
            continue;
        }
        let sum = sum_count(
            sentence,
            first,
            first.start..second.end,
            first.low + second.low,
        );
        values.splice(idx..idx + 2, [sum]);
        idx += 1;
    }
}

/// An exact count of `total` written as `span` of `sentence`, with the
/// other fields of `first`, the first of the counts it sums.
fn sum_count(sentence: &str, first: &Value, span: std::ops::Range<usize>, total: f64) -> Value {
    let (min, max) = interval(ValueKind::Count, total, total, Bound::Exact);
    let mut sum = first.clone();
    sum.text = sentence.get(span.clone()).unwrap_or("").into();
    sum.start = span.start;
    sum.end = span.end;
    sum.normalized = format_number(total).into();
    sum.low = total;
    sum.high = total;
    sum.min = min;
    sum.max = max;
    sum.bound = Bound::Exact;
    sum.approx = None;
    sum
}

/// `values` of `sentence` with `values[parts]`, the parts of a breakdown
/// with no written total written as `span`, replaced by their sum, `total`
/// ("45 adults and 5 children" is 50), and the sum's index among them.
pub fn summed(
    sentence: &str,
    values: &[Value],
    parts: std::ops::Range<usize>,
    span: std::ops::Range<usize>,
    total: u64,
) -> (Vec<Value>, usize) {
    let start = parts.start.min(values.len());
    let parts = start..parts.end.clamp(start, values.len());
    // `total` is a count of people: far below 2^53, exact in f64.
    #[allow(clippy::cast_precision_loss)]
    let total = total as f64;
    // The parts may hold ages ("a 61-year-old man") or no value at all ("a
    // man and a woman"): the sum is a count of its own.
    let count = Value::number(ValueKind::Count, total, total, "");
    let whole = sum_count(sentence, &count, span, total);
    let mut out = Vec::with_capacity(values.len() + 1 - parts.len());
    out.extend_from_slice(&values[..parts.start]);
    out.push(whole);
    out.extend_from_slice(&values[parts.end..]);
    (out, parts.start)
}

/// The first two words of `text`, up to a mark or other non-letter ("
/// Russian nationals, and …" → "Russian nationals"). It reads no further
/// than they reach, so a sentence of many values is read once.
fn two_words(text: &str) -> String {
    let mut found: Vec<&str> = Vec::with_capacity(2);
    for piece in text.split(' ') {
        if piece.is_empty() {
            continue;
        }
        let end = piece
            .find(|ch: char| !ch.is_alphabetic())
            .unwrap_or(piece.len());
        if let Some(word) = piece.get(..end).filter(|word| !word.is_empty()) {
            found.push(word);
        }
        if end < piece.len() || found.len() == 2 {
            break;
        }
    }
    found.join(" ")
}

/// Nouns of one victim, whose ordinal counts the victims so far ("its
/// 60th victim", "the 35th death").
const VICTIM_NOUNS: [&str; 4] = ["victim", "death", "fatality", "casualty"];

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

/// The interval of quantities a value of `kind` written as `low`..`high`
/// with `bound` allows: exact values and ranges are themselves, "at least"
/// and "more than" are unbounded above, "up to" and "less than" reach down
/// to zero (a count, percent, amount or quantity is never negative),
/// "about" is 3% either side and "nearly" up to 10% below (either side of
/// a number below zero: "nearly -30" is milder, "just under -30" colder). Bounds are
/// inclusive, so "more than 12" and "12" overlap. Dates, years and periods
/// keep their span: their `low` and `high` are already its first and last day.
pub fn interval(kind: ValueKind, low: f64, high: f64, bound: Bound) -> (f64, f64) {
    let (low, high) = (low.min(high), low.max(high));
    let dated = matches!(kind, ValueKind::Year | ValueKind::Date | ValueKind::Range);
    let floor = if dated || low < 0.0 {
        f64::NEG_INFINITY
    } else {
        0.0
    };
    match bound {
        Bound::Exact | Bound::Between | Bound::Vague => (low, high),
        Bound::AtLeast | Bound::MoreThan => (low, f64::INFINITY),
        Bound::AtMost | Bound::LessThan => (floor, high),
        Bound::Approximately if dated => (low, high),
        Bound::Approximately => (low - low.abs() * 0.03, high + high.abs() * 0.03),
        Bound::Nearly if dated => (low, high),
        // Below zero "nearly -30" is milder than -30 but "just under -30"
        // colder: 10% either side.
        Bound::Nearly if high < 0.0 => (low - low.abs() * 0.1, high + high.abs() * 0.1),
        Bound::Nearly => (low - low.abs() * 0.1, high),
    }
}

/// `amount` in `from` expressed in `to` ("11 mi" in km is 17.7, "113 °F"
/// in °C 45), when both are known units of the same dimension; `None`
/// otherwise.
pub fn convert(amount: f64, from: &str, to: &str) -> Option<f64> {
    if from == to {
        return Some(amount);
    }
    let (from_dimension, from_scale) = words::unit_scale(from)?;
    let (to_dimension, to_scale) = words::unit_scale(to)?;
    let base = (amount - words::unit_zero(from)) * from_scale;
    (from_dimension == to_dimension).then(|| base / to_scale + words::unit_zero(to))
}

/// `amount` in `from` as a figure in a rule's `to`: converted when both are
/// known units of one dimension, as written when the rule's unit is one
/// the table does not know (it is kept, not converted), and `None` when
/// the two cannot be compared: another dimension, or a unit the table does
/// not know for a rule's known one ("45 degrees" for °C may be Fahrenheit).
pub fn in_unit(amount: f64, from: &str, to: &str) -> Option<f64> {
    match convert(amount, from, to) {
        Some(converted) => Some(converted),
        None if words::unit_scale(to).is_none() => Some(amount),
        None => None,
    }
}

/// Whether a value in `unit` cannot be a figure in the rule's `expected`
/// unit: both are known units and they measure different things ("5 GHz"
/// for a depth in km).
pub fn unit_mismatch(unit: &str, expected: &str) -> bool {
    match (words::unit_scale(unit), words::unit_scale(expected)) {
        (Some((dimension, _)), Some((wanted, _))) => dimension != wanted,
        _ => false,
    }
}

/// The schema-1 approximation a bound reads as.
fn approx_of(bound: Bound) -> Option<Approx> {
    match bound {
        Bound::Exact | Bound::Between => None,
        Bound::Approximately => Some(Approx::About),
        Bound::AtLeast | Bound::MoreThan | Bound::Vague => Some(Approx::AtLeast),
        Bound::AtMost | Bound::LessThan | Bound::Nearly => Some(Approx::AtMost),
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
    /// The article's date, which completes dates written without a year.
    published: Option<PubDate>,
    /// Whether the sentence is a headline in title case (`title_case`),
    /// where a capital says nothing of a name.
    title_case: bool,
}

/// Whether `sentence` is written in title case: a function word after its
/// first word is capitalised ("Strike That Killed 45", "Troops With
/// Missiles"). There a verb before a number is capitalised too.
fn title_case(sentence: &str, tokens: &[Token]) -> bool {
    tokens
        .iter()
        .filter(|token| token.kind == TokenKind::Word)
        .skip(1)
        .map(|token| token.text(sentence))
        .any(|word| {
            word.len() > 1
                && word.starts_with(|ch: char| ch.is_ascii_uppercase())
                && words::is_function_word(word)
        })
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
        if let Some(next) = self.time_of_day(idx) {
            return Some(next);
        }
        if let Some(next) = self.day_month_year(idx) {
            return Some(next);
        }
        if let Some(next) = self.victim_ordinal(idx) {
            return Some(next);
        }
        if self.is_junk(idx) || self.in_name(idx) {
            return Some(idx + 1);
        }
        if let Some(next) = self.iso_date(idx) {
            return Some(next);
        }
        if let Some(year) = self.year(idx).filter(|_| !self.counts_a_noun(idx)) {
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
    /// "its 60th victim": digits with an ordinal suffix before a noun of one
    /// victim count the victims so far (`VICTIM_NOUNS`).
    fn victim_ordinal(&mut self, idx: usize) -> Option<usize> {
        let suffix = self
            .token(TokenKind::Word, idx + 1)
            .filter(|token| token.glued)?;
        if !words::is_ordinal_suffix(suffix.text(self.text))
            || !VICTIM_NOUNS.iter().any(|noun| self.is_word(idx + 2, noun))
        {
            return None;
        }
        // "the 1st victim" is one of them, no count (as "one" alone is).
        let number = self.number(idx).filter(|number| *number > 1.0)?;
        self.amount(idx, idx + 1, number, None)
    }
    fn word_at(&mut self, idx: usize) -> Option<usize> {
        let word = self.text_of(idx);
        if let Some(month) = words::month(word) {
            return self.month_date(idx, month);
        }
        if let Some(next) = self.relative_day(idx) {
            return Some(next);
        }
        if word.eq_ignore_ascii_case("between") || word.eq_ignore_ascii_case("from") {
            if let Some(year) = self.year(idx + 1) {
                return self.year_range(idx, idx + 1, year, true);
            }
        }
        if let Some(code) = words::currency_word(word).filter(|_| word.len() == 3) {
            let number = self.number(idx + 1)?;
            return self.amount(idx, idx + 1, number, Some(code));
        }
        if let Some(code) = words::currency_prefix(word) {
            // "TL 10,000", "Rs. 500".
            let at = if self.is_sym(idx + 1, ".") {
                idx + 2
            } else {
                idx + 1
            };
            if let Some(number) = self.number(at).filter(|_| !self.is_junk(at)) {
                return self.amount(idx, at, number, Some(code));
            }
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
            self.push_number(ValueKind::Multiplier, idx, idx, number, number, None);
            return Some(idx + 1);
        }
        if let Some(next) = self.multiplier(idx) {
            return Some(next);
        }
        if let Some(next) = self.half_a(idx) {
            return Some(next);
        }
        if let Some(next) = self.fraction(idx) {
            return Some(next);
        }
        if word.eq_ignore_ascii_case("between") {
            return self.between(idx);
        }
        let (number, last, ordinal) = self.number_words(idx)?;
        // "has claimed its 60th victim", "the 35th death": the ordinal of a
        // victim counts the victims so far, a count of them.
        // "The first victim was identified as a teacher" names one victim,
        // as "one" alone does: no count.
        let counts_victims =
            number > 1.0 && VICTIM_NOUNS.iter().any(|noun| self.is_word(last + 1, noun));
        if ordinal && !counts_victims {
            let suffix = match number as u64 % 100 {
                11..=13 => "th",
                n if n % 10 == 1 => "st",
                n if n % 10 == 2 => "nd",
                n if n % 10 == 3 => "rd",
                _ => "th",
            };
            let normalized = format!("{}{suffix}", format_number(number));
            self.push(
                ValueKind::Ordinal,
                idx,
                last,
                normalized,
                number,
                number,
                None,
                None,
            );
            return Some(last + 1);
        }
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
                    // A variant of a numbered name: "Boeing 787-8", "737-800".
                    let variant = idx.checked_sub(2).is_some_and(|before| {
                        self.token(TokenKind::Number, before).is_some() && self.in_name(before)
                    });
                    if (name || variant) && prev.is_some_and(|prev| prev.glued) {
                        return true;
                    }
                }
                Some((TokenKind::Symbol, "^" | "[" | "#" | "/" | ":" | "." | "_" | "@" | "+")) => {
                    return true
                }
                _ => {}
            }
        }
        // "No. 10", "No 1": a place in a list or a ranking.
        let numbered = |at: usize| {
            self.token(TokenKind::Word, at)
                .is_some_and(|word| matches!(word.text(self.text), "No" | "Nos"))
        };
        let dotted = idx >= 2 && self.is_sym(idx - 1, ".") && numbered(idx - 2);
        if dotted || idx.checked_sub(1).is_some_and(numbered) {
            return true;
        }
        let Some(next) = self.tokens.get(idx + 1).filter(|next| next.glued) else {
            return false;
        };
        let text = next.text(self.text);
        match next.kind {
            TokenKind::Word => {
                // Letters with digits glued on both sides are a code
                // ("9M83", "7C2216"), but for a square or cube ("300m3").
                let code = self
                    .token(TokenKind::Number, idx + 2)
                    .filter(|after| after.glued)
                    .is_some_and(|after| {
                        let power = matches!(after.text(self.text), "2" | "3");
                        !(power && (words::cubic(text).is_some() || words::squared(text).is_some()))
                    });
                // "C" or "F" glued is a temperature ("minus 6C", "113F"),
                // but for a place's number ("seat 11F").
                let temperature = matches!(text, "C" | "F") && !self.labelled(idx + 1);
                code || (words::unit(text).is_none()
                    && words::scale_word(text).is_none()
                    && text != "fold"
                    && !temperature)
            }
            TokenKind::Symbol => matches!(text, "]" | "^" | "/" | ":" | "▲" | "▼" | "_"),
            TokenKind::Number => false,
        }
    }
    /// True for a number that follows a capitalised word and so names
    /// something ("Boeing 737", "Flight 17"): not a value, unless a unit,
    /// a percent or a multiplier follows ("Russia 4-fold", "Turkey 7.8").
    /// Months, weekdays, currency codes and function words ("About 300",
    /// "In 2019") are no names.
    fn in_name(&self, idx: usize) -> bool {
        let Some(prev) = idx
            .checked_sub(1)
            .and_then(|prev| self.token(TokenKind::Word, prev))
        else {
            return false;
        };
        let word = prev.text(self.text);
        // "Blast That Killed 45", "Wipes Out 60 Troops": in a title-case
        // headline a verb in -ed or a verb's particle after its first word
        // is capitalised by style, and names nothing ("United 93 Lands In
        // A Field" still names a flight).
        // After a preposition or an article the word opens a name ("On
        // United 93", "The United 93 Crew"), no verb.
        let opens_name = idx.checked_sub(2).is_some_and(|before| {
            self.token(TokenKind::Word, before).is_some_and(|token| {
                let lower = token.text(self.text).to_ascii_lowercase();
                crate::text::grammar::is_preposition(&lower)
                    || crate::text::grammar::is_determiner(&lower)
            })
        });
        let headline_verb = self.title_case && idx > 1 && !opens_name && {
            let lower = word.to_ascii_lowercase();
            (lower.len() > 4 && lower.ends_with("ed"))
                || ["out", "up", "down", "off"].contains(&lower.as_str())
        };
        let capitalised = word.starts_with(|ch: char| ch.is_ascii_uppercase()) && !headline_verb;
        let plain = self.token(TokenKind::Number, idx).is_some_and(|token| {
            let text = token.text(self.text);
            !text.contains([',', '.']) && text.len() <= 4
        });
        let bare = matches!(self.suffix(idx + 1).0, Suffix::None) && !self.has_scale(idx + 1);
        capitalised
            && plain
            && bare
            && word.len() > 1
            && words::month(word).is_none()
            && !words::is_weekday(word)
            && words::currency_word(word).is_none()
            && !words::is_function_word(word)
    }
    /// True when a four-digit number counts the plural noun after it ("1712
    /// buildings"), so it is no year, unless a word such as "in" or "the"
    /// before it makes it one ("in 2019 elections").
    fn counts_a_noun(&self, idx: usize) -> bool {
        let Some(next) = self.token(TokenKind::Word, idx + 1) else {
            return false;
        };
        let noun = next.text(self.text);
        let plural = noun.len() > 3
            && noun.ends_with('s')
            && noun.starts_with(|ch: char| ch.is_ascii_lowercase())
            && !words::is_function_word(noun);
        let dated = idx
            .checked_sub(1)
            .and_then(|prev| self.token(TokenKind::Word, prev))
            .is_some_and(|prev| {
                let prev = prev.text(self.text);
                [
                    "in", "since", "by", "from", "until", "till", "before", "after", "during",
                    "of", "the", "mid", "early", "late", "between", "through", "year", "fiscal",
                ]
                .iter()
                .any(|word| word.eq_ignore_ascii_case(prev))
            });
        plural && !dated
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
            text: text.into(),
            start: first.start,
            end: last.end,
            normalized: normalized.into(),
            low,
            high,
            unit: unit.map(Short::from),
            grain,
            approx: None,
            bound: Bound::Exact,
            min: low.min(high),
            max: low.max(high),
            inferred: false,
        });
    }
    /// Gives the value just pushed its bound, and the interval and
    /// approximation that follow from it.
    fn bound_last(&mut self, bound: Bound) {
        if let Some(value) = self.values.last_mut() {
            value.bound = bound;
            value.approx = approx_of(bound);
            (value.min, value.max) = interval(value.kind, value.low, value.high, bound);
        }
    }
    /// The bound written right before token `first` ("at least", "about").
    fn bound_before(&self, first: usize) -> Bound {
        // A sign belongs to its number: "about -20 degrees", "nearly minus 30C".
        let first = if self.negative(first) {
            first - 1
        } else {
            first
        };
        let word = |back: usize| {
            first
                .checked_sub(back)
                .and_then(|idx| self.token(TokenKind::Word, idx))
                .map(|token| token.text(self.text))
                .unwrap_or("")
        };
        let (one, two, three) = (word(1), word(2), word(3));
        let pair = |a: &str, b: &str| two.eq_ignore_ascii_case(a) && one.eq_ignore_ascii_case(b);
        let no = three.eq_ignore_ascii_case("no");
        if no && (pair("fewer", "than") || pair("less", "than")) {
            return Bound::AtLeast;
        }
        if no && pair("more", "than") {
            return Bound::AtMost;
        }
        if pair("upwards", "of") || (pair("excess", "of") && three.eq_ignore_ascii_case("in")) {
            return Bound::MoreThan;
        }
        // "close to 600" falls short of it, as "nearly" does; "closer to
        // 600" is only about it.
        if pair("close", "to") {
            return Bound::Nearly;
        }
        if pair("closer", "to") {
            return Bound::Approximately;
        }
        if pair("more", "than") || pair("just", "over") || pair("well", "over") {
            return Bound::MoreThan;
        }
        if pair("at", "least") {
            return Bound::AtLeast;
        }
        if pair("up", "to") || pair("at", "most") {
            return Bound::AtMost;
        }
        if pair("less", "than") || pair("fewer", "than") {
            return Bound::LessThan;
        }
        if pair("just", "under") || pair("just", "below") {
            return Bound::Nearly;
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
            "estimated",
        ]) {
            Bound::Approximately
        } else if is(&["over", "above"]) || words::is_exceeding(one) {
            Bound::MoreThan
        } else if is(&["nearly", "almost"]) {
            Bound::Nearly
        } else if is(&["under", "below"]) {
            Bound::LessThan
        } else if first > 0 && self.is_sym(first - 1, "~") {
            Bound::Approximately
        } else {
            Bound::Exact
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

    /// Expected value: kind, text, normalized, min, max (the interval it
    /// allows), grain, bound.
    pub(super) type Expected<'a> = (ValueKind, &'a str, &'a str, f64, f64, Option<Grain>, Bound);

    /// Checks the values of `sentence`; a sentence that starts with
    /// "[YYYY-MM-DD] " is read as of that article date, and its dates
    /// without a year must be marked inferred (the others not).
    pub(super) fn check(sentence: &str, expected: &[Expected]) {
        let (published, sentence) = match sentence
            .strip_prefix('[')
            .and_then(|rest| rest.split_once("] "))
        {
            Some((date, rest)) => (PubDate::parse(date).ok(), rest),
            None => (None, sentence),
        };
        let values = extract_dated(sentence, published);
        for value in &values {
            let has_year = value
                .text
                .split(|ch: char| !ch.is_ascii_digit())
                .any(|part| part.len() == 4);
            let dated = matches!(value.kind, ValueKind::Date);
            assert_eq!(value.inferred, dated && !has_year, "inferred: {sentence}");
        }
        let got: Vec<Expected> = values
            .iter()
            .map(|value| {
                assert_eq!(value.text, &sentence[value.start..value.end]);
                assert_eq!(value.approx, approx_of(value.bound), "{sentence}");
                (
                    value.kind,
                    value.text.as_str(),
                    value.normalized.as_str(),
                    value.min,
                    value.max,
                    value.grain,
                    value.bound,
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
            Bound::Exact,
        )
    }

    /// An exact value of `kind`: `amount` as both ends, without grain.
    fn exact<'a>(kind: ValueKind, text: &'a str, normalized: &'a str, amount: f64) -> Expected<'a> {
        (kind, text, normalized, amount, amount, None, Bound::Exact)
    }

    fn count(text: &str, normalized: &'static str, number: f64) -> Expected<'static> {
        let text: &'static str = Box::leak(text.to_string().into_boxed_str());
        exact(ValueKind::Count, text, normalized, number)
    }

    #[test]
    fn a_verb_of_a_title_case_headline_names_nothing() {
        check(
            "Strike That Killed 45 Shakes The Town",
            &[count("45", "45", 45.0)],
        );
        check(
            "Army Wipes Out 60 Troops With Drones",
            &[count("60", "60", 60.0)],
        );
        // A name stays a name; so does a verb's capital outside a headline.
        check("Crash Of Flight 17 Kills Crew", &[]);
        check("United 93 Lands In A Field", &[]);
        check("Passengers On United 93 Fought Back", &[]);
        check("Film About The United 93 Crew", &[]);
        check("Officials at Killed 45 said so.", &[]);
    }

    #[test]
    fn percents() {
        let seventy = (
            ValueKind::Percent,
            "70%",
            "70%",
            67.9,
            72.1,
            None,
            Bound::Approximately,
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
                    Bound::Exact,
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
                &[(
                    ValueKind::Percent,
                    text,
                    "70%",
                    70.0,
                    70.0,
                    None,
                    Bound::Exact,
                )],
            );
        }
        check(
            "navigation in 100% of monitored cases",
            &[(
                ValueKind::Percent,
                "100%",
                "100%",
                100.0,
                100.0,
                None,
                Bound::Exact,
            )],
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
                Bound::Exact,
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
    fn people_counted_by_origin_are_one_count() {
        check(
            "The FSB said it had detained five Russians and three citizens of Ukraine and Armenia over the explosion.",
            &[count("five Russians and three", "8", 8.0)],
        );
        check(
            "it had arrested five Russian nationals and three citizens of Ukraine and Armenia",
            &[count("five Russian nationals and three", "8", 8.0)],
        );
        check(
            "Police held 12 foreign nationals and 4 Pakistanis at the border.",
            &[count("12 foreign nationals and 4", "16", 16.0)],
        );
        // Other nouns are other things, and a bound keeps each count apart.
        check(
            "Five tanks and three trucks were destroyed.",
            &[count("Five", "5", 5.0), count("three", "3", 3.0)],
        );
        check(
            "Five soldiers and three civilians were killed.",
            &[count("Five", "5", 5.0), count("three", "3", 3.0)],
        );
        // Two plural nationalities are two groups.
        check(
            "Two Israelis and three Palestinians were killed.",
            &[count("Two", "2", 2.0), count("three", "3", 3.0)],
        );
    }

    #[test]
    fn the_words_after_a_value_stop_at_two_or_a_mark() {
        assert_eq!(
            two_words(" Russian nationals and more"),
            "Russian nationals"
        );
        assert_eq!(two_words("  citizens, and"), "citizens");
        assert_eq!(two_words(", citizens"), "");
        assert_eq!(
            two_words(" hundreds hundreds hundreds"),
            "hundreds hundreds"
        );
        // Every value of a long run of vague plurals, each read once.
        let sentence = vec!["hundreds"; 3000].join(" ");
        assert_eq!(extract(&sentence).len(), 3000);
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
                9999.0,
                None,
                Bound::Vague,
            )],
        );
        check(
            "tens of thousands of troops",
            &[(
                ValueKind::Count,
                "tens of thousands",
                "20000",
                20000.0,
                99999.0,
                None,
                Bound::Vague,
            )],
        );
        let multiplier = |text: &'static str, normalized: &'static str, factor: f64| {
            (
                ValueKind::Multiplier,
                text,
                normalized,
                factor,
                factor,
                None,
                Bound::Exact,
            )
        };
        check(
            "China recently has announced fourfold increase in staff.",
            &[multiplier("fourfold", "4x", 4.0)],
        );
        check("a 4-fold rise", &[multiplier("4-fold", "4x", 4.0)]);
        let inf = f64::INFINITY;
        let bound = |text: &'static str, min: f64, max: f64, bound: Bound| {
            (ValueKind::Count, text, text, min, max, None, bound)
        };
        check(
            "more than 400 people, at least 5, up to 9, nearly 30, about 100, fewer than 20",
            &[
                bound("400", 400.0, inf, Bound::MoreThan),
                bound("5", 5.0, inf, Bound::AtLeast),
                bound("9", 0.0, 9.0, Bound::AtMost),
                bound("30", 27.0, 30.0, Bound::Nearly),
                bound("100", 97.0, 103.0, Bound::Approximately),
                bound("20", 0.0, 20.0, Bound::LessThan),
            ],
        );
    }

    #[test]
    fn bounds_and_ranges_are_intervals() {
        let inf = f64::INFINITY;
        let value = |kind, text, normalized, min, max, bound| {
            (kind, text, normalized, min, max, None, bound)
        };
        check(
            "Between 12,000 and 40,000 tonnes of grain were lost.",
            &[value(
                ValueKind::Quantity,
                "12,000 and 40,000 tonnes",
                "12000..40000 t",
                12000.0,
                40000.0,
                Bound::Between,
            )],
        );
        check(
            "Rescuers counted more than a dozen bodies.",
            &[value(
                ValueKind::Count,
                "a dozen",
                "12",
                12.0,
                inf,
                Bound::MoreThan,
            )],
        );
        check(
            "hundreds of litres of fuel leaked",
            &[value(
                ValueKind::Count,
                "hundreds",
                "200",
                200.0,
                999.0,
                Bound::Vague,
            )],
        );
        check(
            "dozens of aftershocks followed",
            &[value(
                ValueKind::Count,
                "dozens",
                "24",
                24.0,
                99.0,
                Bound::Vague,
            )],
        );
        // "As many as 12 people were killed" gives the figure itself, stressed
        // as large (sources that say 17 and "as many as 35" disagree).
        check(
            "As many as 12 people were killed and the flood rose as high as 35 meters.",
            &[
                value(ValueKind::Count, "12", "12", 12.0, 12.0, Bound::Exact),
                value(
                    ValueKind::Quantity,
                    "35 meters",
                    "35 m",
                    35.0,
                    35.0,
                    Bound::Exact,
                ),
            ],
        );
        check(
            "Officials put the buildings destroyed at upwards of 1,700, in excess of 300 more than planned.",
            &[
                value(
                    ValueKind::Count,
                    "1,700",
                    "1700",
                    1700.0,
                    inf,
                    Bound::MoreThan,
                ),
                value(ValueKind::Count, "300", "300", 300.0, inf, Bound::MoreThan),
            ],
        );
        check(
            "The attack may have killed closer to 600 people; close to 100 were hurt.",
            &[
                value(
                    ValueKind::Count,
                    "600",
                    "600",
                    582.0,
                    618.0,
                    Bound::Approximately,
                ),
                value(ValueKind::Count, "100", "100", 90.0, 100.0, Bound::Nearly),
            ],
        );
        // A verb of exceeding bounds its object from below.
        check(
            "The death toll has exceeded 100 and surpassed 90.",
            &[
                value(ValueKind::Count, "100", "100", 100.0, inf, Bound::MoreThan),
                value(ValueKind::Count, "90", "90", 90.0, inf, Bound::MoreThan),
            ],
        );
        check(
            "at least 12 people died, no fewer than 8 were hurt and no more than 3 escaped",
            &[
                value(ValueKind::Count, "12", "12", 12.0, inf, Bound::AtLeast),
                value(ValueKind::Count, "8", "8", 8.0, inf, Bound::AtLeast),
                value(ValueKind::Count, "3", "3", 0.0, 3.0, Bound::AtMost),
            ],
        );
        // A bound of two words makes a lone "one" a count, as it makes
        // "two" one; a bound of one word does not ("over one night").
        check(
            "resulting in at least one death and more than one injury",
            &[
                value(ValueKind::Count, "one", "1", 1.0, inf, Bound::AtLeast),
                value(ValueKind::Count, "one", "1", 1.0, inf, Bound::MoreThan),
            ],
        );
        check("the river rose over one night", &[]);
        // "From X to Y" after a verb of change is where it started and
        // where it got to, two values; without one it is a range. The verb
        // may stand before its object, over the apostrophe or hyphen inside
        // one of its words.
        for (sentence, from, to) in [
            (
                "The death toll from the strike has risen from 39 to 52.",
                "39",
                "52",
            ),
            (
                "The ministry raised its count of the injured from 230 to 310.",
                "230",
                "310",
            ),
            (
                "The ministry raised the country's death toll from 41 to 48.",
                "41",
                "48",
            ),
            (
                "Officials raised the hard-hit town\u{2019}s count from 41 to 48.",
                "41",
                "48",
            ),
        ] {
            let count = |text: &'static str| {
                let number: f64 = text.parse().unwrap_or(f64::NAN);
                value(ValueKind::Count, text, text, number, number, Bound::Exact)
            };
            check(sentence, &[count(from), count(to)]);
        }
        // No verb of change, or one past a mark (another clause's): a range.
        for sentence in [
            "Output ranged from 10 to 20 tonnes a day.",
            "Exports rose, with output from 10 to 20 tonnes a day.",
        ] {
            check(
                sentence,
                &[value(
                    ValueKind::Quantity,
                    "10 to 20 tonnes",
                    "10..20 t",
                    10.0,
                    20.0,
                    Bound::Between,
                )],
            );
        }
        check(
            "Between two and five ships sailed.",
            &[value(
                ValueKind::Count,
                "two and five",
                "2..5",
                2.0,
                5.0,
                Bound::Between,
            )],
        );
    }

    #[test]
    fn vague_scales_and_bounds_written_after_the_number() {
        let value = |kind, text, normalized, min, max, bound| {
            (kind, text, normalized, min, max, None, bound)
        };
        let inf = f64::INFINITY;
        check(
            "Several hundred people marched, a few thousand watched and a couple of hundred were detained.",
            &[
                value(ValueKind::Count, "Several hundred", "200", 200.0, 999.0, Bound::Vague),
                value(ValueKind::Count, "a few thousand", "2000", 2000.0, 9999.0, Bound::Vague),
                value(ValueKind::Count, "a couple of hundred", "200", 194.0, 206.0, Bound::Approximately),
            ],
        );
        check(
            "A few dozen protesters gathered as many thousands fled.",
            &[
                value(
                    ValueKind::Count,
                    "A few dozen",
                    "24",
                    24.0,
                    99.0,
                    Bound::Vague,
                ),
                value(
                    ValueKind::Count,
                    "many thousands",
                    "2000",
                    2000.0,
                    9999.0,
                    Bound::Vague,
                ),
            ],
        );
        check(
            "The toll stood at 40+ after 30-odd officers and 40 or so people were hurt.",
            &[
                value(ValueKind::Count, "40+", "40", 40.0, inf, Bound::AtLeast),
                value(ValueKind::Count, "30-odd", "30", 31.0, 39.0, Bound::Vague),
                value(
                    ValueKind::Count,
                    "40 or so",
                    "40",
                    38.8,
                    41.2,
                    Bound::Approximately,
                ),
            ],
        );
        // "N-odd" is above N, short of the next round number.
        check(
            "The blast hit 100-odd homes.",
            &[value(
                ValueKind::Count,
                "100-odd",
                "100",
                101.0,
                199.0,
                Bound::Vague,
            )],
        );
        check(
            "a $1.5-billion loan and a rise of 5 percentage points",
            &[
                value(
                    ValueKind::Money,
                    "$1.5-billion",
                    "1500000000 USD",
                    1.5e9,
                    1.5e9,
                    Bound::Exact,
                ),
                value(
                    ValueKind::Quantity,
                    "5 percentage points",
                    "5 pp",
                    5.0,
                    5.0,
                    Bound::Exact,
                ),
            ],
        );
    }

    #[test]
    fn scores_of_a_number_are_results() {
        check("Test scores of 500 rose.", &[count("500", "500", 500.0)]);
    }

    #[test]
    fn vague_scales_read_further_scales_and_units() {
        let vague = |kind, text, normalized, min, max| {
            (kind, text, normalized, min, max, None, Bound::Vague)
        };
        check(
            "Several hundred thousand people fled and a few hundred million dollars were spent.",
            &[
                vague(
                    ValueKind::Count,
                    "Several hundred thousand",
                    "200000",
                    200_000.0,
                    999_999.0,
                ),
                vague(
                    ValueKind::Money,
                    "a few hundred million dollars",
                    "200000000 USD",
                    2e8,
                    999_999_999.0,
                ),
            ],
        );
        check(
            "Several thousand tonnes, a few hundred metres and a multi-million pound deal",
            &[
                vague(
                    ValueKind::Quantity,
                    "Several thousand tonnes",
                    "2000 t",
                    2000.0,
                    9999.0,
                ),
                vague(
                    ValueKind::Quantity,
                    "a few hundred metres",
                    "200 m",
                    200.0,
                    999.0,
                ),
                vague(
                    ValueKind::Money,
                    "multi-million pound",
                    "2000000 GBP",
                    2e6,
                    9_999_999.0,
                ),
            ],
        );
        check(
            "A couple hundred thousand fled.",
            &[(
                ValueKind::Count,
                "A couple hundred thousand",
                "200000",
                194_000.0,
                206_000.0,
                None,
                Bound::Approximately,
            )],
        );
    }

    #[test]
    fn ages_set_off_by_commas_are_years_not_counts() {
        let age = |text, normalized, years| exact(ValueKind::Duration, text, normalized, years);
        check(
            "Israel named the rescued hostages as Noa Argamani, 26, Almog Meir Jan, 22, and Shlomi Ziv, 41.",
            &[
                age("26", "26 years", 26.0),
                age("22", "22 years", 22.0),
                age("41", "41 years", 41.0),
            ],
        );
        check(
            "the community grieves the deaths of Bebe King, six, Elsie Stancombe, seven, and their families",
            &[age("six", "6 years", 6.0), age("seven", "7 years", 7.0)],
        );
        check("He was 62.", &[age("62", "62 years", 62.0)]);
        // After a word of age: years, however many.
        check("a voter aged 70", &[age("70", "70 years", 70.0)]);
        check(
            "a teacher who died at the age of 45",
            &[age("45", "45 years", 45.0)],
        );
        // A count in a noun phrase of its own after "ages of" is no age.
        check(
            "Officials released the names and ages of the 3 victims.",
            &[exact(ValueKind::Count, "3", "3", 3.0)],
        );
        check(
            "Born in 1976, Navalny was 47 when he died.",
            &[year("1976", 1976), age("47", "47 years", 47.0)],
        );
        // A count runs on into its noun; a toll "was" a count.
        check(
            "In Kyiv, 12 people died, and the toll was 47.",
            &[count("12", "12", 12.0), count("47", "47", 47.0)],
        );
        check(
            "In all, 52 people died out of a village of 300.",
            &[count("52", "52", 52.0), count("300", "300", 300.0)],
        );
        // A place or a noun phrase before "was" is no person: a toll, a
        // turnout or a figure is a count.
        for sentence in [
            "The death toll from the attack in Hroza was 59.",
            "The number of dead in Kharkiv was 59.",
            "Turnout in Ohio was 59.",
            "The toll in Kyiv is 59 and rising.",
            "The death toll in Gaza was 59 at noon.",
            "Turnout was 59.",
        ] {
            check(sentence, &[count("59", "59", 59.0)]);
        }
        // Nor is a count noun, a plural or a single place before a comma.
        for sentence in [
            "The official toll, 47, is far lower",
            "The final figure, 47, was confirmed",
            "In total, 47, including civilians, were killed",
            "Of the wounded, 47, all soldiers, were airlifted",
            "Deaths by region: Kherson, 47; the rest elsewhere.",
        ] {
            check(sentence, &[count("47", "47", 47.0)]);
        }
        // A noun of one person or a name opening its clause does give an age.
        check(
            "The driver, 52, was killed.",
            &[age("52", "52 years", 52.0)],
        );
        check("Alexei Navalny was 47.", &[age("47", "47 years", 47.0)]);
        check(
            "He left Russia, and Navalny was 47 when he died.",
            &[age("47", "47 years", 47.0)],
        );
    }

    #[test]
    fn ranges_vague_counts_and_halves_in_words() {
        let value = |kind, text, normalized, min, max, bound| {
            (kind, text, normalized, min, max, None, bound)
        };
        // A range rises: a descending pair is two numbers (a vote, a
        // score, working hours), never a range that ends before it starts.
        check(
            "The justices ruled six to three to overturn the law.",
            &[count("six", "6", 6.0), count("three", "3", 3.0)],
        );
        check(
            "The court ruled 6 to 3 and the team won 9-5.",
            &[
                count("6", "6", 6.0),
                count("3", "3", 3.0),
                count("9", "9", 9.0),
                count("5", "5", 5.0),
            ],
        );
        check(
            "Iran's ambassador told Syrian TV that five to seven people were killed in the attack.",
            &[value(
                ValueKind::Count,
                "five to seven",
                "5..7",
                5.0,
                7.0,
                Bound::Between,
            )],
        );
        check(
            "Two or three drones hit the depot and one or two fell short.",
            &[
                value(
                    ValueKind::Count,
                    "Two or three",
                    "2..3",
                    2.0,
                    3.0,
                    Bound::Between,
                ),
                value(
                    ValueKind::Count,
                    "one or two",
                    "1..2",
                    1.0,
                    2.0,
                    Bound::Between,
                ),
            ],
        );
        check(
            "between two to three million people fled; 18 or 20 were hurt",
            &[
                value(
                    ValueKind::Count,
                    "two to three million",
                    "2000000..3000000",
                    2e6,
                    3e6,
                    Bound::Between,
                ),
                value(
                    ValueKind::Count,
                    "18 or 20",
                    "18..20",
                    18.0,
                    20.0,
                    Bound::Between,
                ),
            ],
        );
        // "one or more" is no range, and "one" alone no count.
        check("one or more of them", &[]);
        check(
            "Gazan paramedics said the assault killed scores of people.",
            &[value(
                ValueKind::Count,
                "scores",
                "40",
                40.0,
                199.0,
                Bound::Vague,
            )],
        );
        check("The scores were level.", &[]);
        check(
            "tens of civilians were wounded and tens of thousands fled",
            &[
                value(ValueKind::Count, "tens", "20", 20.0, 99.0, Bound::Vague),
                value(
                    ValueKind::Count,
                    "tens of thousands",
                    "20000",
                    20000.0,
                    99999.0,
                    Bound::Vague,
                ),
            ],
        );
        check(
            "a copy was circulated to half a dozen governments and half a million people",
            &[
                value(
                    ValueKind::Count,
                    "half a dozen",
                    "6",
                    6.0,
                    6.0,
                    Bound::Exact,
                ),
                value(
                    ValueKind::Count,
                    "half a million",
                    "500000",
                    5e5,
                    5e5,
                    Bound::Exact,
                ),
            ],
        );
        check("a one-and-a-half minute audio clip", &[]);
        check(
            "the village, one-tenth of whose residents were killed",
            &[value(
                ValueKind::Percent,
                "one-tenth",
                "10%",
                10.0,
                10.0,
                Bound::Exact,
            )],
        );
    }

    #[test]
    fn number_words_multipliers_and_durations() {
        let count = |text, number| {
            (
                ValueKind::Count,
                text,
                Box::leak(format_number(number).into_boxed_str()) as &str,
                number,
                number,
                None,
                Bound::Exact,
            )
        };
        check(
            "Two hundred and fifty people were rescued.",
            &[count("Two hundred and fifty", 250.0)],
        );
        check(
            "one hundred fifty-seven homes",
            &[count("one hundred fifty-seven", 157.0)],
        );
        check(
            "a thousand troops and a dozen tanks",
            &[count("a thousand", 1000.0), count("a dozen", 12.0)],
        );
        // "another" takes "dozen" as "a" does; the value is the dozen.
        check(
            "In the next town another dozen people lost their lives.",
            &[count("dozen", 12.0)],
        );
        check(
            "Another dozen homes burned and another two dozen were damaged.",
            &[count("dozen", 12.0), count("two dozen", 24.0)],
        );
        // Not "dozen" alone, nor "another" before other words.
        check("The dozen who stayed were safe.", &[]);
        check("Another man died in hospital.", &[]);
        check(
            "two million barrels",
            &[(
                ValueKind::Quantity,
                "two million barrels",
                "2000000 bbl",
                2e6,
                2e6,
                None,
                Bound::Exact,
            )],
        );
        check("one of them", &[]);
        check(
            "the twenty-first strike",
            &[(
                ValueKind::Ordinal,
                "twenty-first",
                "21st",
                21.0,
                21.0,
                None,
                Bound::Exact,
            )],
        );
        // The ordinal of one victim counts the victims so far.
        check(
            "The flood has claimed its 60th victim.",
            &[exact(ValueKind::Count, "60th", "60", 60.0)],
        );
        check(
            "the thirty-fifth death since the storm",
            &[exact(ValueKind::Count, "thirty-fifth", "35", 35.0)],
        );
        // The first victim is one of them, no count of them.
        check(
            "The first victim was identified as a teacher, and the toll stands at 9.",
            &[
                exact(ValueKind::Ordinal, "first", "1st", 1.0),
                exact(ValueKind::Count, "9", "9", 9.0),
            ],
        );
        check("the 1st victim", &[]);
        let percent = |text, normalized, share| exact(ValueKind::Percent, text, normalized, share);
        check(
            "a third of the reservoir",
            &[percent("a third", "33.3%", 1.0 / 3.0 * 100.0)],
        );
        check(
            "three-quarters of the homes",
            &[percent("three-quarters", "75%", 75.0)],
        );
        check(
            "two thirds of the water",
            &[percent("two thirds", "66.7%", 2.0 * (1.0 / 3.0) * 100.0)],
        );
        check("half of the town", &[percent("half", "50%", 50.0)]);
        let multiplier =
            |text, normalized, factor| exact(ValueKind::Multiplier, text, normalized, factor);
        let duration =
            |text, normalized, length| exact(ValueKind::Duration, text, normalized, length);
        check(
            "It plans to double its fleet within five years.",
            &[
                multiplier("double", "2x", 2.0),
                duration("five years", "5 years", 5.0),
            ],
        );
        check(
            "Output tripled in 48 hours.",
            &[
                multiplier("tripled", "3x", 3.0),
                duration("48 hours", "48 hours", 48.0),
            ],
        );
        check("a five-year plan", &[duration("five-year", "5 years", 5.0)]);
        // Shapes17 F1: half of a time unit is a whole count of the next
        // smaller one.
        check(
            "The explosions continued for half an hour.",
            &[duration("half an hour", "30 minutes", 30.0)],
        );
        check(
            "The strike lasted half a day.",
            &[duration("half a day", "12 hours", 12.0)],
        );
        check(
            "The explosions continued for about half an hour.",
            &[(
                ValueKind::Duration,
                "half an hour",
                "30 minutes",
                30.0 - 30.0 * 0.03,
                30.0 + 30.0 * 0.03,
                None,
                Bound::Approximately,
            )],
        );
        check("staff grew 3 times", &[multiplier("3 times", "3x", 3.0)]);
    }

    #[test]
    fn times_after_a_verb_count_how_often() {
        let multiplier =
            |text, normalized, factor| exact(ValueKind::Multiplier, text, normalized, factor);
        check(
            "The plant's area was struck five times on Thursday.",
            &[count("five times", "5", 5.0)],
        );
        check(
            "Russian forces shelled the town 12 times overnight.",
            &[count("12 times", "12", 12.0)],
        );
        // A comparative, "as" or "the" after it, or a verb of change
        // before it, multiplies.
        check(
            "Radiation was five times higher than normal.",
            &[multiplier("five times", "5x", 5.0)],
        );
        check(
            "The new plant is three times the size of the old one.",
            &[multiplier("three times", "3x", 3.0)],
        );
        check(
            "Exports increased by 4 times.",
            &[multiplier("4 times", "4x", 4.0)],
        );
        // So does any word that opens no adjunct of time, place or manner.
        check(
            "Radiation levels near the plant were 10 times above normal.",
            &[multiplier("10 times", "10x", 10.0)],
        );
        check(
            "Air quality was five times worse than normal.",
            &[multiplier("five times", "5x", 5.0)],
        );
        check(
            "The town was shelled three times, officials said.",
            &[count("three times", "3", 3.0)],
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
    fn units_convert_within_their_dimension() {
        let quantity =
            |text, normalized, amount| exact(ValueKind::Quantity, text, normalized, amount);
        check(
            "Output fell to 300,000 barrels a day and 2 GW of capacity.",
            &[
                quantity("300,000 barrels a day", "300000 bbl/d", 300_000.0),
                quantity("2 GW", "2 GW", 2.0),
            ],
        );
        check(
            "about 1.2 million bpd",
            &[(
                ValueKind::Quantity,
                "1.2 million bpd",
                "1200000 bbl/d",
                1_164_000.0,
                1_236_000.0,
                None,
                Bound::Approximately,
            )],
        );
        assert_eq!(convert(2.0, "GW", "MW"), Some(2000.0));
        assert_eq!(convert(5.0, "t", "kg"), Some(5000.0));
        assert!(convert(11.0, "mi", "km").is_some_and(|km| (km - 17.7).abs() < 0.01));
        assert_eq!(convert(5.0, "GHz", "km"), None);
        assert!(unit_mismatch("GHz", "km"));
        assert!(!unit_mismatch("mi", "km"));
        assert!(unit_mismatch("km", "cubic km"));
    }

    #[test]
    fn units_of_length_area_mass_temperature_and_voltage() {
        let quantity =
            |text, normalized, amount| exact(ValueKind::Quantity, text, normalized, amount);
        let about = |text, normalized, amount: f64| {
            let (min, max) = interval(ValueKind::Quantity, amount, amount, Bound::Approximately);
            let bound = Bound::Approximately;
            (ValueKind::Quantity, text, normalized, min, max, None, bound)
        };
        check(
            "Debris was found about 1,600 feet from the bow, some 2 miles beneath the surface.",
            &[
                about("1,600 feet", "1600 ft", 1600.0),
                about("2 miles", "2 mi", 2.0),
            ],
        );
        check(
            "an incident approximately 50 nautical miles (93 km) west of Hodeidah",
            &[
                about("50 nautical miles", "50 nmi", 50.0),
                quantity("93 km", "93 km", 93.0),
            ],
        );
        check(
            "three small vessels approximately 1 mile from the port quarter",
            &[count("three", "3", 3.0), about("1 mile", "1 mi", 1.0)],
        );
        // A singular unit word after another number only modifies the noun
        // it counts: bombs, soldiers, patrols, coins.
        check(
            "Helicopters dropped 12 barrel bombs on 300 foot soldiers.",
            &[count("12", "12", 12.0), count("300", "300", 300.0)],
        );
        check(
            "3 foot patrols paid in 5 pound coins",
            &[count("3", "3", 3.0), count("5", "5", 5.0)],
        );
        check(
            "59 people drowned in roughly 408 square kilometers of flooded areas, one person for every 3 square meters",
            &[
                count("59", "59", 59.0),
                about("408 square kilometers", "408 km2", 408.0),
                quantity("3 square meters", "3 m2", 3.0),
            ],
        );
        check(
            "Approximately 10,000 hectares of farmland and 2,500 acres of forest were flooded.",
            &[
                about("10,000 hectares", "10000 ha", 10_000.0),
                quantity("2,500 acres", "2500 acre", 2500.0),
            ],
        );
        // Pounds are weight in a compound or when they restate a mass, else money.
        check(
            "a charge of about 5 kilograms (11 pounds), a 2,000-pound bomb and a fine of 20 million pounds",
            &[
                about("5 kilograms", "5 kg", 5.0),
                quantity("11 pounds", "11 lb", 11.0),
                quantity("2,000-pound", "2000 lb", 2000.0),
                exact(ValueKind::Money, "20 million pounds", "20000000 GBP", 2e7),
            ],
        );
        // A singular "pound" is money before a noun of money, a mass before
        // a weighed noun, else nothing; "pounds of" a thing is a mass.
        let money = |text, normalized, amount| exact(ValueKind::Money, text, normalized, amount);
        check(
            "a 20-million-pound deal, a 50-pound fine, a five-pound note and 1 pound a day",
            &[
                money("20-million-pound", "20000000 GBP", 2e7),
                money("50-pound", "50 GBP", 50.0),
                money("five-pound", "5 GBP", 5.0),
                money("1 pound", "1 GBP", 1.0),
            ],
        );
        check(
            "a 20 million pound contract, 1,000 pounds of explosives and 2 million pounds of damage",
            &[
                money("20 million pound", "20000000 GBP", 2e7),
                quantity("1,000 pounds", "1000 lb", 1000.0),
                money("2 million pounds", "2000000 GBP", 2e6),
            ],
        );
        check("a 500-pound man", &[count("500", "500", 500.0)]);
        // Signs with a bound or in a range.
        let temperature = |text, normalized, min, max, bound| {
            (ValueKind::Quantity, text, normalized, min, max, None, bound)
        };
        check(
            "It was about -20 degrees Celsius, below -20 degrees Celsius and nearly minus 30C.",
            &[
                temperature(
                    "20 degrees Celsius",
                    "-20 °C",
                    -20.6,
                    -19.4,
                    Bound::Approximately,
                ),
                temperature(
                    "20 degrees Celsius",
                    "-20 °C",
                    f64::NEG_INFINITY,
                    -20.0,
                    Bound::LessThan,
                ),
                temperature("30C", "-30 °C", -33.0, -27.0, Bound::Nearly),
            ],
        );
        check(
            "Temperatures ranged from -5 to 2 degrees Celsius, then from -5 to -10 degrees Celsius.",
            &[
                temperature(
                    "5 to 2 degrees Celsius",
                    "-5..2 °C",
                    -5.0,
                    2.0,
                    Bound::Between,
                ),
                temperature(
                    "5 to -10 degrees Celsius",
                    "-10..-5 °C",
                    -10.0,
                    -5.0,
                    Bound::Between,
                ),
            ],
        );
        check(
            "The winter average is -20 degrees Celsius; it dipped to minus 6C and a carriage reached 1,300°C.",
            &[
                quantity("20 degrees Celsius", "-20 °C", -20.0),
                quantity("6C", "-6 °C", -6.0),
                quantity("1,300°C", "1300 °C", 1300.0),
            ],
        );
        check(
            "The storm dumped 10 inches of rain, winds reached 120 km/h and the blast was felt 40 km (25 mi) away.",
            &[
                quantity("10 inches", "10 in", 10.0),
                quantity("120 km/h", "120 km/h", 120.0),
                quantity("40 km", "40 km", 40.0),
                quantity("25 mi", "25 mi", 25.0),
            ],
        );
        check(
            "Temperatures hit 45C in Seville and 113F in Phoenix.",
            &[
                quantity("45C", "45 °C", 45.0),
                quantity("113F", "113 °F", 113.0),
            ],
        );
        // An en dash glued to the number is a minus too; a letter after the
        // number of a seat or flat is no temperature.
        check(
            "Temperatures fell to –20°C overnight.",
            &[quantity("20°C", "-20 °C", -20.0)],
        );
        check(
            "He sat in seat 11F, she in seat 11C, and they live in flat 4C.",
            &[],
        );
        check(
            "abnormal oscillations in the very high-voltage lines (400 kV)",
            &[quantity("400 kV", "400 kV", 400.0)],
        );
        assert!(convert(1600.0, "ft", "m").is_some_and(|m| (m - 487.68).abs() < 1e-9));
        assert_eq!(convert(1.0, "km2", "ha"), Some(100.0));
        assert_eq!(convert(1.0, "square km", "hectares"), Some(100.0));
        assert!(convert(50.0, "nautical miles", "km").is_some_and(|km| (km - 92.6).abs() < 1e-9));
        assert!(convert(11.0, "lb", "kg").is_some_and(|kg| (kg - 4.99).abs() < 0.01));
        assert!(unit_mismatch("ha", "km"));
        assert!(convert(100.0, "km/h", "mph").is_some_and(|mph| (mph - 62.137).abs() < 0.001));
        // Fahrenheit converts from its own zero; "degrees" alone (°C or
        // °F?) is no figure in °C, and a rule's unknown unit takes any.
        assert!(!unit_mismatch("°F", "°C"));
        assert!(unit_mismatch("°F", "km"));
        assert!(convert(113.0, "°F", "°C").is_some_and(|c| (c - 45.0).abs() < 1e-9));
        assert!(convert(-40.0, "degrees Celsius", "°F").is_some_and(|f| (f + 40.0).abs() < 1e-9));
        assert_eq!(in_unit(45.0, "°", "°C"), None);
        assert_eq!(in_unit(45.0, "°", "sorties"), Some(45.0));
    }

    #[test]
    fn money_in_other_currencies() {
        let money = |text, normalized, amount| exact(ValueKind::Money, text, normalized, amount);
        check(
            "giving each of them TL 10,000 ($530) in the short term",
            &[
                money("TL 10,000", "10000 TRY", 10_000.0),
                money("$530", "530 USD", 530.0),
            ],
        );
        check(
            "a bribe of Rs 5 lakh, a ₴1.5 billion fund, 40 shekels and 300 million yen",
            &[
                money("Rs 5 lakh", "500000 INR", 500_000.0),
                money("₴1.5 billion", "1500000000 UAH", 1.5e9),
                money("40 shekels", "40 ILS", 40.0),
                money("300 million yen", "300000000 JPY", 3e8),
            ],
        );
        // Whose currency, named between the amount and its word.
        check(
            "compensation of 200,000 Indian rupees each and 5 million Hong Kong dollars",
            &[
                money("200,000 Indian rupees", "200000 INR", 200_000.0),
                money("5 million Hong Kong dollars", "5000000 HKD", 5e6),
            ],
        );
        check(
            "a fine of 40,000 Pakistani rupees",
            &[money("40,000 Pakistani rupees", "40000 PKR", 40_000.0)],
        );
        check(
            "He announced RS 2 Lakh for the families of the dead.",
            &[money("RS 2 Lakh", "200000 INR", 200_000.0)],
        );
        // A capitalised word before a noun that is no currency: a count.
        check(
            "Five Indian soldiers and 12 Hong Kong residents were hurt.",
            &[count("Five", "5", 5.0), count("12", "12", 12.0)],
        );
        // "won" and "try" are words: no currency.
        check(
            "the party won 5 seats and will try 3 times",
            &[count("5", "5", 5.0), count("3 times", "3", 3.0)],
        );
    }

    #[test]
    fn cubic_units_are_volumes() {
        let quantity =
            |text, normalized, amount| exact(ValueKind::Quantity, text, normalized, amount);
        check(
            "The reservoir has lost 9.5 cubic km of water since Tuesday.",
            &[quantity("9.5 cubic km", "9.5 km3", 9.5)],
        );
        check(
            "It held 18 billion cubic metres, or 18 km³, before the breach.",
            &[
                quantity("18 billion cubic metres", "18000000000 m3", 18e9),
                quantity("18 km³", "18 km3", 18.0),
            ],
        );
        check(
            "Pumps moved 300m3 an hour and exports reached 5.6 bcm.",
            &[
                quantity("300m3", "300 m3", 300.0),
                quantity("5.6 bcm", "5.6 bcm", 5.6),
            ],
        );
        check(
            "About 120,000 litres of oil leaked.",
            &[(
                ValueKind::Quantity,
                "120,000 litres",
                "120000 l",
                116_400.0,
                123_600.0,
                None,
                Bound::Approximately,
            )],
        );
        let close = |got: Option<f64>, want: f64| got.is_some_and(|got| (got - want).abs() < 1e-9);
        assert!(close(convert(18e9, "m3", "cubic km"), 18.0));
        assert!(close(convert(5.6, "bcm", "km³"), 5.6));
        assert!(close(convert(2.0, "mcm", "cubic metres"), 2e6));
        assert!(close(convert(1.0, "m3", "l"), 1000.0));
        assert!(close(convert(18.0, "km3", "billion cubic metres"), 18.0));
        assert!(unit_mismatch("t", "m3"));
    }

    #[test]
    fn names_and_codes_are_not_values() {
        for sentence in [
            "If anything, the COVID-19 pandemic has increased the visibility of this game.",
            "Chinese purchases of Su-35 fighter jets and the S-400 surface-to-air missile system.",
            "other innovative systems like the GA-21.",
            "components for Russia’s D-30SN universal glide bomb",
            "The missile was from the Buk 9M83 series.",
            "Jeju Air flight 7C2216 was landing.",
            "The Boeing 787-8 Dreamliner and a Boeing 737-800 crashed.",
            "near the Nabulsi roundabout, with Street No. 10 to the south",
            "World No 1 Jannik Sinner has been cleared.",
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
