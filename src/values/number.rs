//! Numbers: percents, counts, money and quantities, with scale words,
//! ranges, units, currencies and vague plurals.
//!
//! Matches: "US$3.2bn", "3.4–3.8 GHz", "seventy per cent", "thousands of soldiers",
//! "five to seven", "1,600 feet", "minus 6C", "TL 10,000", "Noa Argamani, 26," (an age)
//! Ignores: "one of them" ("one" is a pronoun more often than a count).

use super::{format_number, words, Scanner};
use crate::model::{Bound, ValueKind};
use crate::values::token::TokenKind;

/// How many words before "from" a verb of change may stand, with its
/// object between ("lowered the number of people killed from 130 to 97").
const CHANGE_REACH: usize = 8;

/// A table of units of one power of length (`words::cubic`, `words::squared`).
type UnitTable = fn(&str) -> Option<&'static str>;

/// What follows a number: percent, unit, currency, fold or nothing.
pub(super) enum Suffix {
    Percent,
    Unit(&'static str),
    Currency(&'static str),
    Fold,
    Times,
    Duration(&'static str),
    None,
}

impl Suffix {
    /// The kind of value a number with this suffix is, and its unit or
    /// currency code.
    fn kind(self) -> (ValueKind, Option<&'static str>) {
        match self {
            Suffix::Currency(code) => (ValueKind::Money, Some(code)),
            Suffix::Percent => (ValueKind::Percent, None),
            Suffix::Unit(unit) => (ValueKind::Quantity, Some(unit)),
            Suffix::Fold | Suffix::Times => (ValueKind::Multiplier, None),
            Suffix::Duration(unit) => (ValueKind::Duration, Some(unit)),
            Suffix::None => (ValueKind::Count, None),
        }
    }
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
        // "18 to 20", "18-20", "five to seven", "two or three": a range.
        let joins = self.is_dash(next)
            || self.is_word(next, "to") && !self.changes_from(first)
            || self.is_word(next, "or");
        // "from -5 to -10 degrees", "minus 5 to minus 10": the partner's own sign.
        let sign = next + 1;
        let signed_partner = !self.is_dash(next)
            && (self.is_sym(sign, "-")
                || self.is_sym(sign, "−")
                || self.is_sym(sign, "–")
                || self.is_word(sign, "minus"))
            && self.negative(sign + 1);
        let partner = if signed_partner { sign + 1 } else { sign };
        let worded = self.token(TokenKind::Word, last).is_some();
        // Whether the range took the signs of a temperature.
        let mut signed_range = false;
        if joins && !self.is_junk(partner) && self.year(partner).is_none() {
            let range = if let Some(raw) = self.number(partner) {
                let (second, after) = self.scaled(partner + 1, raw);
                let first = if !low_scaled && after > partner + 1 && raw != 0.0 {
                    round_scaled(low * (second / raw))
                } else {
                    low
                };
                Some((first, second, after - 1))
            } else if let Some((second, second_last)) = self
                .number_words(partner)
                .filter(|_| worded && !self.is_dash(next))
                .and_then(|(second, second_last, ordinal)| {
                    (!ordinal).then_some((second, second_last))
                })
            {
                // "two to three million": the scale is written once.
                let scale = words::scale_word(self.text_of(second_last)).unwrap_or(1.0);
                let first = if scale > 1.0 && low < scale && second_last > partner {
                    round_scaled(low * scale)
                } else {
                    low
                };
                Some((first, second, second_last))
            } else {
                None
            };
            let range = range.and_then(|(from, to, second_last)| {
                // Signs count on a temperature only ("-5 to 2 degrees").
                let signed = self.temperature(second_last + 1).is_some();
                let from = if signed && self.negative(first) {
                    -from
                } else {
                    from
                };
                let to = if signed && signed_partner { -to } else { to };
                // A range rises: "ruled six to three", "a 6-3 vote" and
                // "nine to five jobs" are two numbers; below zero it may
                // run from the milder end ("from -5 to -10 degrees").
                let rises = to > from || (from < 0.0 && to < 0.0);
                rises.then_some((from.min(to), from.max(to), second_last, signed))
            });
            if let Some((from, to, second_last, signed)) = range {
                low = from;
                high = to;
                next = second_last + 1;
                end = second_last;
                signed_range = signed;
            }
        }
        let (suffix, width) = self.suffix(next);
        end += width;
        let (kind, unit) = match (suffix, currency) {
            // "5 kilograms (11 pounds)": pounds of weight.
            (Suffix::Currency("GBP"), None) if self.converts_a_mass(first) => {
                (ValueKind::Quantity, Some("lb"))
            }
            (Suffix::Currency(code), _) | (_, Some(code)) => (ValueKind::Money, Some(code)),
            (Suffix::Times, None) if self.occurrences(first, next) => (ValueKind::Count, None),
            (Suffix::None, None) if (low == high && self.age(first, end)) || self.aged(first) => {
                (ValueKind::Duration, Some("year"))
            }
            (suffix, None) => suffix.kind(),
        };
        if matches!(unit, Some("°C" | "°F" | "°")) && self.negative(first) && !signed_range {
            (low, high) = (-low, -high);
        }
        let after = self.bound_after(end + 1).filter(|_| low == high);
        if let Some((_, width)) = after {
            end += width;
        }
        self.push_number(kind, first, end, low, high, unit);
        if let Some((bound, _)) = after {
            self.bound_last(bound);
            if bound == Bound::Vague {
                self.odd_last();
            }
        }
        Some(end + 1)
    }
    /// "30-odd" is some number above 30 short of the next round one: 31 to
    /// 39 ("100-odd" 101 to 199, "35-odd" 36 to 44), not about 30.
    fn odd_last(&mut self) {
        if let Some(value) = self.values.last_mut() {
            let mut step = 10.0;
            while value.low >= step * 10.0 && value.low % (step * 10.0) == 0.0 {
                step *= 10.0;
            }
            (value.min, value.max) = (value.low + 1.0, value.low + step - 1.0);
        }
    }
    /// A bound written after a number ("40+", "40-plus": at least; "40 or
    /// so": about; "30-odd": above it, `odd_last`) and how many tokens it
    /// takes.
    fn bound_after(&self, idx: usize) -> Option<(Bound, usize)> {
        let glued = |at: usize| self.tokens.get(at).is_some_and(|token| token.glued);
        if self.is_sym(idx, "+") && glued(idx) {
            return Some((Bound::AtLeast, 1));
        }
        if self.is_sym(idx, "-") && glued(idx) && glued(idx + 1) {
            if self.is_word(idx + 1, "plus") {
                return Some((Bound::AtLeast, 2));
            }
            if self.is_word(idx + 1, "odd") {
                return Some((Bound::Vague, 2));
            }
        }
        (self.is_word(idx, "or") && self.is_word(idx + 1, "so"))
            .then_some((Bound::Approximately, 2))
    }
    /// Whether the bare number from `first` to `last` is someone's age, as
    /// "71-year-old" is: set off by commas after a person ("Noa Argamani,
    /// 26, and Shlomi Ziv, 41", "Bebe King, six,", "the driver, 52,"), or
    /// after "he was", "she is" or a name opening its clause and "was" at
    /// the end of a clause ("He was 62.", "Born in 1976, Navalny was 47
    /// when he died"). A person is a name of two or more capitalised words
    /// or a noun of one person: "The official toll, 47,", "Of the 40
    /// wounded, 12,", "Kherson, 12;" and "The toll in Kyiv was 31" (a
    /// place inside a noun phrase) stay counts, as does a count that runs
    /// on into its noun ("In Kyiv, 12 people died").
    fn age(&self, first: usize, last: usize) -> bool {
        let Some(number) = self
            .number(first)
            .or_else(|| self.number_words(first).map(|(number, _, _)| number))
        else {
            return false;
        };
        if !(1.0..=120.0).contains(&number) || number.fract() != 0.0 || first < 2 {
            return false;
        }
        let after = self.text_of(last + 1);
        let set_off = matches!(after, "," | ")" | ";")
            || (after == "." && self.tokens.get(last + 2).is_none());
        let before = first - 1;
        if self.is_sym(before, ",") && set_off {
            let noun = self.text_of(before - 1);
            let person =
                self.token(TokenKind::Word, before - 1).is_some() && words::is_person_noun(noun);
            if person || self.name_before(before) >= 2 {
                return true;
            }
        }
        let clause_end = set_off || after == "." || matches!(after, "when" | "at" | "and");
        let was = self.is_word(before, "was") || self.is_word(before, "is");
        let pronoun = self.is_word(before - 1, "he") || self.is_word(before - 1, "she");
        let name = self.name_before(before);
        // The name opens its clause: "Turnout was 62" and "the toll in
        // Hroza was 59" have none.
        let opens = match (before - name).checked_sub(1) {
            None => name >= 2,
            Some(prev) => {
                name >= 1
                    && (matches!(self.text_of(prev), "," | ";")
                        || ["and", "but", "when", "while", "because"]
                            .iter()
                            .any(|word| self.is_word(prev, word)))
            }
        };
        was && (pronoun || opens) && clause_end
    }
    /// Whether the number at `first` follows a word of age, past "from",
    /// "of" and "between": "aged 70", "at the age of 12", "ranged in age
    /// from 18 to 24", "between the ages of 14 and 25" give years, no
    /// count. A determiner opens a noun phrase of its own: "the ages of the
    /// 3 victims" counts the victims.
    fn aged(&self, first: usize) -> bool {
        let mut at = first;
        for _ in 0..3 {
            let Some(before) = at.checked_sub(1) else {
                return false;
            };
            if ["age", "aged", "ages"]
                .iter()
                .any(|word| self.is_word(before, word))
            {
                return true;
            }
            if !["from", "of", "between"]
                .iter()
                .any(|word| self.is_word(before, word))
            {
                return false;
            }
            at = before;
        }
        false
    }
    /// How many capitalised words of a name end right before token `end`
    /// ("Noa Argamani", "Almog Meir Jan"): no function word or weekday
    /// among them (a month may be a name: "Jan", "June").
    fn name_before(&self, end: usize) -> usize {
        let mut count = 0;
        while let Some(at) = end.checked_sub(count + 1) {
            let named = self.token(TokenKind::Word, at).is_some_and(|token| {
                let word = token.text(self.text);
                word.starts_with(|ch: char| ch.is_ascii_uppercase())
                    && word.len() > 1
                    && !words::is_function_word(word)
                    && !words::is_weekday(word)
            });
            if !named {
                break;
            }
            count += 1;
        }
        count
    }
    /// Whether the amount at `first` opens a parenthesis right after a
    /// mass ("5 kilograms (11 pounds)"), so it gives that mass again.
    fn converts_a_mass(&self, first: usize) -> bool {
        let opened = first
            .checked_sub(1)
            .is_some_and(|prev| self.is_sym(prev, "("));
        let mass = self.values.last().is_some_and(|value| {
            value.kind == ValueKind::Quantity
                && value
                    .unit
                    .as_deref()
                    .and_then(words::unit_scale)
                    .is_some_and(|(dimension, _)| dimension == "mass")
        });
        opened && mass
    }
    /// Whether "N times" (the number from `first`, "times" at `times`)
    /// counts how often something happened ("the plant's area was struck
    /// five times on Thursday") rather than multiplies: a mark, the end or a
    /// word that opens an adjunct of time, place or manner after it (not a
    /// comparative, "above", "as", "the": "five times higher", "10 times
    /// above normal", "three times the size"), no verb of change up to three
    /// words before it ("staff grew 3 times", "increased by 5 times"), and a
    /// word before it.
    pub(super) fn occurrences(&self, first: usize, times: usize) -> bool {
        let after = self
            .token(TokenKind::Word, times + 1)
            .map(|token| token.text(self.text).to_ascii_lowercase());
        let how_often = after.as_deref().is_none_or(|word| {
            matches!(
                word,
                "on" | "in"
                    | "at"
                    | "during"
                    | "since"
                    | "overnight"
                    | "today"
                    | "yesterday"
                    | "tonight"
                    | "this"
                    | "last"
                    | "within"
                    | "between"
                    | "throughout"
                    | "across"
                    | "near"
                    | "around"
                    | "from"
                    | "and"
                    | "or"
                    | "but"
                    | "while"
                    | "before"
                    | "after"
                    | "a"
                    | "an"
                    | "per"
                    | "each"
                    | "every"
                    | "when"
                    | "with"
                    | "by"
                    | "against"
            )
        });
        let changed = (1..=3).any(|back| {
            first
                .checked_sub(back)
                .and_then(|idx| self.token(TokenKind::Word, idx))
                .is_some_and(|token| words::is_change_word(token.text(self.text)))
        });
        let worded = first
            .checked_sub(1)
            .is_some_and(|idx| self.token(TokenKind::Word, idx).is_some());
        how_often && !changed && worded
    }
    /// Whether the number at `first` is where a change starts: "from"
    /// right before it, after a verb of change or "up"/"down" ("the toll
    /// rose from 39 to 52", "has risen sharply from 39", "raised its count
    /// of the injured from 230 to 310"). Its "to" then gives the value
    /// reached, not the end of a range ("from 10 to 20 tonnes a day").
    pub(super) fn changes_from(&self, first: usize) -> bool {
        let Some(from) = first
            .checked_sub(1)
            .filter(|from| self.is_word(*from, "from"))
        else {
            return false;
        };
        // "revised the official death toll from 48 to 41", "raised the
        // country's toll from 41 to 48": the verb may stand before its
        // object, read back over words only (no mark, no number between)
        // and the apostrophes and hyphens inside a word ("country's",
        // "hard-hit").
        let glued = |at: usize| self.tokens.get(at).is_some_and(|token| token.glued);
        let mut idx = from;
        let mut seen = 0;
        while seen < CHANGE_REACH {
            let Some(back) = idx.checked_sub(1) else {
                return false;
            };
            idx = back;
            if let Some(token) = self.token(TokenKind::Word, idx) {
                if words::is_change_word(token.text(self.text)) {
                    return true;
                }
                seen += 1;
                continue;
            }
            let inside = ["'", "\u{2019}", "-"]
                .iter()
                .any(|mark| self.is_sym(idx, mark))
                && glued(idx)
                && glued(idx + 1);
            if !inside {
                return false;
            }
        }
        false
    }
    /// Applies a scale word or suffix at `idx` ("5 billion", "3.2bn").
    pub(super) fn scaled(&self, idx: usize, number: f64) -> (f64, usize) {
        // "$1.5-billion loan".
        let glued = |at: usize| self.tokens.get(at).is_some_and(|token| token.glued);
        let hyphened = self.is_sym(idx, "-") && glued(idx) && glued(idx + 1);
        if let Some(scale) = self
            .token(TokenKind::Word, idx + 1)
            .map(|token| token.text(self.text))
            .filter(|word| hyphened && word.len() > 2)
            .and_then(words::scale_word)
        {
            return (round_scaled(number * scale), idx + 2);
        }
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
        // "5 percentage points": a change of a share, not a share.
        if self.is_word(idx, "percentage")
            && (self.is_word(idx + 1, "points") || self.is_word(idx + 1, "point"))
        {
            return (Suffix::Unit("pp"), 2);
        }
        if self.is_word(idx, "fold") {
            return (Suffix::Fold, 1);
        }
        if self.is_dash(idx) && self.is_word(idx + 1, "fold") {
            return (Suffix::Fold, 2);
        }
        if self.is_word(idx, "times") {
            return (Suffix::Times, 1);
        }
        if let Some(found) = self.temperature(idx) {
            return found;
        }
        let hyphen = usize::from(self.is_sym(idx, "-"));
        if let Some(unit) = self
            .token(TokenKind::Word, idx + hyphen)
            .filter(|token| hyphen == 0 || token.glued)
            .and_then(|token| words::duration_unit(token.text(self.text)))
        {
            return (Suffix::Duration(unit), 1 + hyphen);
        }
        if self.is_sym(idx, "-") {
            let word = self
                .token(TokenKind::Word, idx + 1)
                .filter(|token| token.glued)
                .map(|token| token.text(self.text));
            if word.is_some_and(|word| word.eq_ignore_ascii_case("pound")) {
                return self
                    .pound(idx + 1, true)
                    .map_or((Suffix::None, 0), |suffix| (suffix, 2));
            }
            if let Some(unit) = word.and_then(words::unit_singular) {
                return (Suffix::Unit(unit), 2);
            }
        }
        if let Some(token) = self.token(TokenKind::Word, idx) {
            let word = token.text(self.text);
            if word.eq_ignore_ascii_case("pound") || word.eq_ignore_ascii_case("pounds") {
                return self
                    .pound(idx, false)
                    .map_or((Suffix::None, 0), |suffix| (suffix, 1));
            }
            // "cubic metres", "cubic km"; "m3", "km³" (the 3 glued on);
            // "square kilometres", "sq km"; "km2", "m²".
            let powers: [(bool, [&str; 2], UnitTable); 2] = [
                (word.eq_ignore_ascii_case("cubic"), ["3", "³"], words::cubic),
                (
                    word.eq_ignore_ascii_case("square") || word == "sq",
                    ["2", "²"],
                    words::squared,
                ),
            ];
            for (named, marks, power) in powers {
                if named {
                    let length = self.token(TokenKind::Word, idx + 1);
                    if let Some(unit) = length.and_then(|token| power(token.text(self.text))) {
                        return (Suffix::Unit(unit), 2);
                    }
                }
                let glued = self
                    .tokens
                    .get(idx + 1)
                    .is_some_and(|next| next.glued && marks.contains(&next.text(self.text)));
                if let Some(unit) = power(word).filter(|_| glued) {
                    return (Suffix::Unit(unit), 2);
                }
            }
            if word.eq_ignore_ascii_case("nautical") {
                let mile = self.token(TokenKind::Word, idx + 1);
                if mile
                    .is_some_and(|token| words::unit_singular(token.text(self.text)) == Some("mi"))
                {
                    return (Suffix::Unit("nmi"), 2);
                }
            }
            // "120 km/h", "kph": a speed.
            let per_hour = self.is_sym(idx + 1, "/") && self.is_word(idx + 2, "h");
            if word == "km" && per_hour || word == "kph" {
                return (Suffix::Unit("km/h"), if per_hour { 3 } else { 1 });
            }
            // A plural or an abbreviation after any number ("12 barrels",
            // "300 ft"); a singular only after "1" ("1 mile"): "12 barrel
            // bombs", "300 foot soldiers" and "5 pound coins" count a noun
            // the unit word only modifies.
            let one = idx
                .checked_sub(1)
                .is_some_and(|prev| self.number(prev) == Some(1.0));
            let unit = words::unit(word).or_else(|| words::unit_singular(word).filter(|_| one));
            if let Some(unit) = unit {
                // "barrels a day", "barrels per day": a flow.
                let daily = (self.is_word(idx + 1, "a") || self.is_word(idx + 1, "per"))
                    && self.is_word(idx + 2, "day");
                if unit == "bbl" && daily {
                    return (Suffix::Unit("bbl/d"), 3);
                }
                return (Suffix::Unit(unit), 1);
            }
            if let Some(code) = words::currency_word(word) {
                return (Suffix::Currency(code), 1);
            }
            // "200,000 Indian rupees", "5 million Hong Kong dollars": a
            // currency word after the one or two words that say whose it is.
            let word_at = |at: usize| {
                self.token(TokenKind::Word, at)
                    .map(|token| token.text(self.text))
            };
            if let Some(next) = word_at(idx + 1) {
                if let Some(code) = words::owned_currency(word, next) {
                    return (Suffix::Currency(code), 2);
                }
                if let Some(code) = word_at(idx + 2)
                    .and_then(|currency| words::owned_currency(&format!("{word} {next}"), currency))
                {
                    return (Suffix::Currency(code), 3);
                }
            }
        }
        (Suffix::None, 0)
    }
    /// What "pound" or "pounds" at `at`, after a number, measures.
    /// "pounds" are money, but "pounds of" something is a mass ("1,000
    /// pounds of explosives") unless a scale word comes before or a noun of
    /// money after ("20 million pounds of damage"). A singular "pound" (in a
    /// compound when `compound`, "a 2,000-pound bomb") is money before a
    /// noun of money within three words or "a day" ("a 20-million-pound
    /// deal", "a 50-pound fine", "1 pound a day"; in a compound also a
    /// "note" or "coin": "a five-pound note"), and a mass before a weighed
    /// noun in a compound or after "1" ("a 2,000-pound bomb"); else nothing,
    /// and the number stays a count ("5 pound coins", "a 300-pound man").
    fn pound(&self, at: usize, compound: bool) -> Option<Suffix> {
        let word_at = |idx: usize| {
            self.token(TokenKind::Word, idx)
                .map(|token| token.text(self.text))
        };
        if self.is_word(at, "pounds") {
            let scaled = at
                .checked_sub(1)
                .and_then(word_at)
                .is_some_and(|word| words::scale_word(word).is_some());
            let money_after = (at + 2..at + 4)
                .map_while(word_at)
                .any(words::is_money_noun);
            let weighed = self.is_word(at + 1, "of") && !scaled && !money_after;
            return Some(if weighed {
                Suffix::Unit("lb")
            } else {
                Suffix::Currency("GBP")
            });
        }
        let per = self.is_word(at + 1, "a") || self.is_word(at + 1, "per");
        if per
            && ["day", "week", "month", "year", "hour"]
                .iter()
                .any(|span| self.is_word(at + 2, span))
        {
            return Some(Suffix::Currency("GBP"));
        }
        let one = at
            .checked_sub(1)
            .is_some_and(|prev| self.number(prev) == Some(1.0));
        for word in (at + 1..at + 4).map_while(word_at) {
            let coin = ["note", "notes", "coin", "coins"]
                .iter()
                .any(|coin| coin.eq_ignore_ascii_case(word));
            if words::is_money_noun(word) || (compound && coin) {
                return Some(Suffix::Currency("GBP"));
            }
            if words::is_mass_noun(word) {
                return (compound || one).then_some(Suffix::Unit("lb"));
            }
        }
        None
    }
    /// A temperature at `idx`: "°C", "°F" (the sign glued to the number),
    /// "degrees Celsius", "degrees F", a "C" glued to the number ("minus
    /// 6C"), or "degrees" alone (unit "°", a temperature or an angle).
    fn temperature(&self, idx: usize) -> Option<(Suffix, usize)> {
        let scale = |at: usize| {
            self.token(TokenKind::Word, at)
                .and_then(|token| words::degrees(token.text(self.text)))
        };
        if self.is_sym(idx, "°") {
            let glued = self.tokens.get(idx + 1).is_some_and(|token| token.glued);
            return match scale(idx + 1).filter(|_| glued) {
                Some(unit) => Some((Suffix::Unit(unit), 2)),
                None => Some((Suffix::Unit("°"), 1)),
            };
        }
        if self.is_word(idx, "degrees") || self.is_word(idx, "degree") {
            return match scale(idx + 1) {
                Some(unit) => Some((Suffix::Unit(unit), 2)),
                None => Some((Suffix::Unit("°"), 1)),
            };
        }
        let glued = self
            .token(TokenKind::Word, idx)
            .filter(|token| token.glued && !self.labelled(idx))
            .and_then(|token| match token.text(self.text) {
                "C" => Some("°C"),
                "F" => Some("°F"),
                _ => None,
            });
        glued.map(|unit| (Suffix::Unit(unit), 1))
    }
    /// Whether the number before the letter glued at `letter` follows a
    /// noun that numbers places ("seat 11F", "flat 4C", "gate 12C"): a
    /// code, no temperature.
    pub(super) fn labelled(&self, letter: usize) -> bool {
        letter
            .checked_sub(2)
            .and_then(|noun| self.token(TokenKind::Word, noun))
            .is_some_and(|noun| words::is_place_label(noun.text(self.text)))
    }
    /// Whether the number at `first` is written below zero: "minus" before
    /// it, or a minus sign (a hyphen, "−" or an en dash) glued to it after a
    /// space ("-20 degrees", "fell to –20°C").
    pub(super) fn negative(&self, first: usize) -> bool {
        let Some(prev) = first.checked_sub(1) else {
            return false;
        };
        if self.is_word(prev, "minus") {
            return true;
        }
        let sign = self.is_sym(prev, "-") || self.is_sym(prev, "−") || self.is_sym(prev, "–");
        let glued = |at: usize| self.tokens.get(at).is_some_and(|token| token.glued);
        sign && glued(first) && !glued(prev)
    }
    /// "thousands", "hundreds of thousands", "tens of thousands".
    pub(super) fn vague(&mut self, idx: usize) -> Option<usize> {
        if let Some(next) = self.few_of_a_scale(idx) {
            return Some(next);
        }
        let word = self.text_of(idx);
        let first = if word.eq_ignore_ascii_case("tens") {
            Some(20.0)
        } else if word.eq_ignore_ascii_case("scores") {
            // "scores of people" (40 to 199); "the scores" and "scores of
            // 500" are results.
            let result = self.token(TokenKind::Number, idx + 2).is_some()
                || self.number_words(idx + 2).is_some();
            (self.is_word(idx + 1, "of") && !result).then_some(40.0)
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
        // "tens of civilians": 20 to 99, as "dozens"; "tens" alone is no count.
        let tens_of =
            word.eq_ignore_ascii_case("tens") && last == idx && self.is_word(idx + 1, "of");
        if word.eq_ignore_ascii_case("tens") && last == idx && !tens_of {
            return None;
        }
        // The plural reaches up to the next order of magnitude: "hundreds"
        // is 200 to 999, "dozens" 24 to 99.
        let high = if (word.eq_ignore_ascii_case("dozens") || tens_of) && last == idx {
            99.0
        } else {
            low * 5.0 - 1.0
        };
        // The normalised form stays the smallest meaning, as in schema 1;
        // `bound` and the interval say the rest.
        let normalized = format_number(low);
        self.push(
            ValueKind::Count,
            idx,
            last,
            normalized,
            low,
            high,
            None,
            None,
        );
        self.bound_last(Bound::Vague);
        Some(last + 1)
    }
    /// "several hundred", "a few thousand", "many thousands", "several
    /// dozen", "multi-million": vague, from two of the scale up to the next
    /// order of magnitude, as "hundreds" is; "a couple of hundred": about two
    /// of it. Further scale words multiply it ("several hundred thousand
    /// people": 200000 to 999999), and a currency, unit or percent after it
    /// is read as after a number ("a few hundred million dollars", "several
    /// thousand tonnes", "a multi-million pound deal").
    fn few_of_a_scale(&mut self, idx: usize) -> Option<usize> {
        let word = self.text_of(idx);
        let glued = |at: usize| self.tokens.get(at).is_some_and(|token| token.glued);
        let (at, couple) =
            if word.eq_ignore_ascii_case("several") || word.eq_ignore_ascii_case("many") {
                (idx + 1, false)
            } else if (word.eq_ignore_ascii_case("multi")
                && self.is_sym(idx + 1, "-")
                && glued(idx + 1)
                && glued(idx + 2))
                || ((word == "a" || word == "A") && self.is_word(idx + 1, "few"))
            {
                (idx + 2, false)
            } else if (word == "a" || word == "A") && self.is_word(idx + 1, "couple") {
                let of = self.is_word(idx + 2, "of");
                (if of { idx + 3 } else { idx + 2 }, true)
            } else {
                return None;
            };
        let scale_text = self.text_of(at);
        let mut scale = if scale_text.eq_ignore_ascii_case("dozen") {
            12.0
        } else if word.eq_ignore_ascii_case("many") {
            words::vague_plural(scale_text)
                .filter(|_| !scale_text.eq_ignore_ascii_case("dozens"))?
                / 2.0
        } else {
            words::scale_word(scale_text).filter(|_| scale_text.len() > 2)?
        };
        let mut last = at;
        while let Some(more) = self
            .token(TokenKind::Word, last + 1)
            .map(|token| token.text(self.text))
            .filter(|word| word.len() > 2)
            .and_then(words::scale_word)
        {
            scale *= more;
            last += 1;
        }
        let low = round_scaled(2.0 * scale);
        let (suffix, width) = self.suffix(last + 1);
        let (kind, unit) = suffix.kind();
        let end = last + width;
        // The normalised form is the smallest meaning, as for "hundreds".
        self.push_number(kind, idx, end, low, low, unit);
        if couple {
            self.bound_last(Bound::Approximately);
        } else {
            if let Some(value) = self.values.last_mut() {
                value.high = if scale == 12.0 {
                    99.0
                } else {
                    round_scaled(10.0 * scale) - 1.0
                };
            }
            self.bound_last(Bound::Vague);
        }
        Some(end + 1)
    }
    /// A number in words ("seventy-five", "two hundred and fifty", "two
    /// million", "a dozen", "twenty-first"): its value, its last token and
    /// whether it is an ordinal. `text2num` reads the words; this finds
    /// where they start and end. "one" alone is no number (it is a pronoun
    /// far more often: "one of them").
    pub(super) fn number_words(&self, idx: usize) -> Option<(f64, usize, bool)> {
        let article = self.is_word(idx, "a") || self.is_word(idx, "an");
        let start = if article { idx + 1 } else { idx };
        if article && self.is_word(start, "dozen") {
            return Some((12.0, start, false));
        }
        // "another dozen people died": "another" takes "dozen" as "a"
        // does, and the value is the dozen, as in "another 12" it is 12.
        if self.is_word(idx, "dozen")
            && idx
                .checked_sub(1)
                .is_some_and(|prev| self.is_word(prev, "another"))
        {
            return Some((12.0, idx, false));
        }
        let mut last = None;
        let mut at = start;
        while let Some(token) = self.token(TokenKind::Word, at) {
            let word = token.text(self.text);
            if words::is_number_part(word) {
                last = Some(at);
                at += 1;
            } else if (word.eq_ignore_ascii_case("and") && last.is_some())
                || (self.is_sym(at, "-") && last.is_some())
            {
                at += 1;
            } else {
                break;
            }
            if self.is_sym(at, "-") && last == Some(at - 1) {
                at += 1;
            }
        }
        let mut last = last?;
        // "a" takes only a scale word: "a hundred", "a million".
        if article && (last != start || words::scale_word(self.text_of(start)).is_none()) {
            return None;
        }
        loop {
            if let Some((number, ordinal)) = self.read_words(start, last, article) {
                if self.is_word(last + 1, "dozen") && !ordinal {
                    return Some((number * 12.0, last + 1, false));
                }
                // "one" alone is a pronoun, but for "one or two", "one to three".
                let ranged = (self.is_word(last + 1, "or") || self.is_word(last + 1, "to"))
                    && self.token(TokenKind::Word, last + 2).is_some_and(|token| {
                        let word = token.text(self.text);
                        !word.eq_ignore_ascii_case("one") && words::is_number_part(word)
                    });
                // "at least one death", "more than one": a bound makes
                // "one" a count, as it does "two" ("at least two deaths").
                let bounded = self.bounds_one(start);
                let lone_one = last == start && self.is_word(start, "one") && !ranged && !bounded;
                return (!lone_one).then_some((number, last, ordinal));
            }
            if last == start {
                return None;
            }
            last -= 1;
            while last > start && !self.is_number_part_at(last) {
                last -= 1;
            }
        }
    }
    /// Whether a bound of two words is written right before token `at`
    /// ("at least", "at most", "more than", "fewer than", "up to"): a
    /// "one" after it is a count, no pronoun. One word ("over one night",
    /// "about one in five") bounds no lone "one".
    fn bounds_one(&self, at: usize) -> bool {
        let bound = self.bound_before(at);
        let two_words = at.checked_sub(1).is_some_and(|before| {
            ["least", "most", "than", "to"]
                .iter()
                .any(|word| self.is_word(before, word))
        });
        two_words
            && matches!(
                bound,
                Bound::AtLeast | Bound::AtMost | Bound::MoreThan | Bound::LessThan
            )
    }
    fn is_number_part_at(&self, idx: usize) -> bool {
        self.token(TokenKind::Word, idx)
            .is_some_and(|token| words::is_number_part(token.text(self.text)))
    }
    /// The value of the words from token `first` to `last`, read by `text2num`.
    fn read_words(&self, first: usize, last: usize, article: bool) -> Option<(f64, bool)> {
        let (first_token, last_token) = (self.tokens.get(first)?, self.tokens.get(last)?);
        let words = self.text.get(first_token.start..last_token.end)?;
        let words = if article {
            format!("one {words}")
        } else {
            words.to_string()
        };
        let digits = text2num::text2digits(&words, &text2num::lang::English::new()).ok()?;
        let number = digits.trim_end_matches(|ch: char| ch.is_ascii_alphabetic());
        let ordinal = number.len() < digits.len();
        Some((number.parse().ok()?, ordinal))
    }
    /// "half a dozen" (6), "half a million": half of the scale word.
    pub(super) fn half_a(&mut self, idx: usize) -> Option<usize> {
        let article = self.is_word(idx + 1, "a") || self.is_word(idx + 1, "an");
        if !self.is_word(idx, "half") || !article {
            return None;
        }
        let word = self.text_of(idx + 2);
        // "half an hour" is 30 minutes: half a time unit, counted in the
        // next smaller one.
        if let Some((amount, unit)) = words::duration_unit(word).and_then(half_of_unit) {
            self.push_number(
                ValueKind::Duration,
                idx,
                idx + 2,
                amount,
                amount,
                Some(unit),
            );
            return Some(idx + 3);
        }
        let scale = if word.eq_ignore_ascii_case("dozen") {
            12.0
        } else {
            words::scale_word(word).filter(|_| word.len() > 2)?
        };
        self.amount(idx, idx + 2, scale / 2.0, None)
    }
    /// "a third", "two-thirds", "three quarters", "half of": a share in percent.
    pub(super) fn fraction(&mut self, idx: usize) -> Option<usize> {
        let (count, word_idx) = if self.is_word(idx, "a") || self.is_word(idx, "one") {
            // "one-tenth", "a third" (not "one-and-a-half").
            let hyphen = self.is_word(idx, "one")
                && self.is_sym(idx + 1, "-")
                && self.tokens.get(idx + 2).is_some_and(|token| token.glued);
            (1.0, if hyphen { idx + 2 } else { idx + 1 })
        } else if self.is_word(idx, "half") && self.is_word(idx + 1, "of") {
            (1.0, idx)
        } else {
            let count = words::number_word(self.text_of(idx))?;
            let word_idx = if self.is_sym(idx + 1, "-") {
                idx + 2
            } else {
                idx + 1
            };
            (count, word_idx)
        };
        let word = self.text_of(word_idx);
        let share = words::fraction_word(word)?;
        let plural = word.ends_with('s');
        if (count > 1.0) != plural
            || (word.eq_ignore_ascii_case("half") && word_idx != idx && count > 1.0)
        {
            return None;
        }
        // "a fifth", "a tenth" and "a fourth" are ordinals as often as shares
        // outside "of": "a fifth of" is a share, "a fifth round" is not.
        let ordinal_like = matches!(
            word.to_ascii_lowercase().as_str(),
            "fourth" | "fifth" | "tenth" | "third" | "quarter"
        );
        if ordinal_like && !self.is_word(word_idx + 1, "of") {
            return None;
        }
        let percent = count * share * 100.0;
        let normalized = format!("{}%", format_number((percent * 10.0).round() / 10.0));
        self.push(
            ValueKind::Percent,
            idx,
            word_idx,
            normalized,
            percent,
            percent,
            None,
            None,
        );
        let bound = self.bound_before(idx);
        self.bound_last(bound);
        Some(word_idx + 1)
    }
    /// "between 12,000 and 40,000 tonnes", "between two and five": one value
    /// bound `between` (years are periods, read by `year_range`).
    pub(super) fn between(&mut self, idx: usize) -> Option<usize> {
        let (first, first_last) = match self.number(idx + 1) {
            Some(number) if !self.is_junk(idx + 1) => (number, idx + 1),
            _ => {
                let (number, last, ordinal) = self.number_words(idx + 1)?;
                (!ordinal).then_some((number, last))?
            }
        };
        let (first, after_scale) = self.scaled(first_last + 1, first);
        // "between 60% and 80%", "between 5 km and 9 km": the first unit is
        // the second's.
        let after_first = match self.suffix(after_scale) {
            (Suffix::Percent | Suffix::Unit(_) | Suffix::Currency(_), width) => after_scale + width,
            _ => after_scale,
        };
        if !self.is_word(after_first, "and") {
            return None;
        }
        let (second, second_last) = match self.number(after_first + 1) {
            Some(number) if !self.is_junk(after_first + 1) => (number, after_first + 1),
            _ => {
                let (number, last, ordinal) = self.number_words(after_first + 1)?;
                (!ordinal).then_some((number, last))?
            }
        };
        let (second, next) = self.scaled(second_last + 1, second);
        let first = if after_scale == first_last + 1 && next > second_last + 1 && second != 0.0 {
            // "between 3 and 5 billion": the scale is written once.
            let raw = self.number(second_last).unwrap_or(second);
            if raw != 0.0 {
                first * (second / raw)
            } else {
                first
            }
        } else {
            first
        };
        let (suffix, width) = self.suffix(next);
        let end = next - 1 + width;
        let (kind, unit) = suffix.kind();
        let money = self.tokens.get(idx + 1).is_some_and(|token| {
            token.kind == TokenKind::Symbol
                && words::currency_symbol(token.text(self.text)).is_some()
        });
        if money {
            return None;
        }
        self.push_number(
            kind,
            idx + 1,
            end,
            first.min(second),
            first.max(second),
            unit,
        );
        if let Some(value) = self.values.last_mut() {
            // The span starts at the first number; "between" is the bound.
            value.bound = Bound::Between;
        }
        Some(end + 1)
    }
    /// "double", "tripled", "twice": a multiplier.
    pub(super) fn multiplier(&mut self, idx: usize) -> Option<usize> {
        let factor = words::multiplier_word(self.text_of(idx))?;
        self.push_number(ValueKind::Multiplier, idx, idx, factor, factor, None);
        Some(idx + 1)
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
            (ValueKind::Multiplier, _) => format!("{body}x"),
            (ValueKind::Duration, Some(unit)) if low != 1.0 || high != 1.0 => {
                format!("{body} {unit}s")
            }
            (_, Some(unit)) => format!("{body} {unit}"),
            (_, None) => body,
        };
        let bound = match self.bound_before(first) {
            Bound::Exact if low != high => Bound::Between,
            bound => bound,
        };
        self.push(kind, first, last, normalized, low, high, unit, None);
        self.bound_last(bound);
    }
}

/// Half of the time unit `unit` as a whole count of a smaller unit.
fn half_of_unit(unit: &str) -> Option<(f64, &'static str)> {
    match unit {
        "minute" => Some((30.0, "second")),
        "hour" => Some((30.0, "minute")),
        "day" => Some((12.0, "hour")),
        "year" => Some((6.0, "month")),
        "decade" => Some((5.0, "year")),
        _ => None,
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
