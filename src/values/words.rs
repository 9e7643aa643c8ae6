//! Word lists for value extraction: number words, months, units, currencies.
//!
//! All lookups are case-insensitive except unit abbreviations, whose case
//! carries meaning ("GHz", "Gbps"), and month names, which must be
//! capitalised so that "may" stays a verb.

/// The shapes of a word list: for each length below 16 and first letter,
/// the last letters its words have. A word of another shape, in any ASCII
/// case, is none of them: the filter before comparing a list, which turns
/// away most words of a sentence ("the" has the length and first letter of
/// "two" and "ten", not their last letters). Every word of a list must be
/// ASCII letters, at most 15 (checked when the list compiles).
struct Shapes([[u32; 26]; 16]);

impl Shapes {
    const fn of(words: &[&str]) -> Shapes {
        let mut shapes = [[0u32; 26]; 16];
        let mut idx = 0;
        while idx < words.len() {
            Shapes::add(&mut shapes, words[idx]);
            idx += 1;
        }
        Shapes(shapes)
    }

    const fn of_pairs<T: Copy>(words: &[(&str, T)]) -> Shapes {
        let mut shapes = [[0u32; 26]; 16];
        let mut idx = 0;
        while idx < words.len() {
            Shapes::add(&mut shapes, words[idx].0);
            idx += 1;
        }
        Shapes(shapes)
    }

    const fn add(shapes: &mut [[u32; 26]; 16], word: &str) {
        let bytes = word.as_bytes();
        assert!(
            !bytes.is_empty() && bytes.len() < 16,
            "a listed word is 1 to 15 letters"
        );
        let first = bytes[0];
        let last = bytes[bytes.len() - 1];
        assert!(
            first.is_ascii_lowercase() && last.is_ascii_lowercase(),
            "a listed word starts and ends with a lower-case ASCII letter"
        );
        shapes[bytes.len()][(first - b'a') as usize] |= 1 << (last - b'a');
    }

    /// Whether `word` has the shape of some word of the list.
    fn admit(&self, word: &str) -> bool {
        let bytes = word.as_bytes();
        let (Some(first), Some(last)) = (bytes.first(), bytes.last()) else {
            return false;
        };
        let (first, last) = (first.to_ascii_lowercase(), last.to_ascii_lowercase());
        first.is_ascii_lowercase()
            && last.is_ascii_lowercase()
            && self
                .0
                .get(bytes.len())
                .and_then(|firsts| firsts.get(usize::from(first - b'a')))
                .is_some_and(|lasts| lasts & (1 << (last - b'a')) != 0)
    }
}

/// The value of a cardinal number word ("seventy" → 70), `None` otherwise.
///
/// "one" is left out on purpose: it is far more often a pronoun ("one of
/// them") than a count.
pub fn number_word(word: &str) -> Option<f64> {
    const WORDS: [(&str, f64); 27] = [
        ("two", 2.0),
        ("three", 3.0),
        ("four", 4.0),
        ("five", 5.0),
        ("six", 6.0),
        ("seven", 7.0),
        ("eight", 8.0),
        ("nine", 9.0),
        ("ten", 10.0),
        ("eleven", 11.0),
        ("twelve", 12.0),
        ("thirteen", 13.0),
        ("fourteen", 14.0),
        ("fifteen", 15.0),
        ("sixteen", 16.0),
        ("seventeen", 17.0),
        ("eighteen", 18.0),
        ("nineteen", 19.0),
        ("twenty", 20.0),
        ("thirty", 30.0),
        ("forty", 40.0),
        ("fifty", 50.0),
        ("sixty", 60.0),
        ("seventy", 70.0),
        ("eighty", 80.0),
        ("ninety", 90.0),
        ("dozen", 12.0),
    ];
    const SHAPES: Shapes = Shapes::of_pairs(&WORDS);
    if !SHAPES.admit(word) {
        return None;
    }
    WORDS
        .iter()
        .find(|(name, _)| name.eq_ignore_ascii_case(word))
        .map(|(_, value)| *value)
}

/// Whether `word` can be part of a number written in words: a cardinal
/// ("one" included: it is a count only inside a longer number), a scale word
/// or an ordinal ("first", "twenty-first" is "twenty", "-", "first").
pub fn is_number_part(word: &str) -> bool {
    // Most words of a sentence are no part (a test checks every part
    // passes the filter).
    const SHAPES: Shapes = Shapes::of(&PARTS);
    SHAPES.admit(word) && PARTS.iter().any(|part| part.eq_ignore_ascii_case(word))
}

/// The words `is_number_part` accepts (any ASCII case).
const PARTS: [&str; 60] = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "hundred",
    "thousand",
    "million",
    "billion",
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
    "thirtieth",
    "fortieth",
    "fiftieth",
    "sixtieth",
    "seventieth",
    "eightieth",
    "ninetieth",
    "hundredth",
];

/// The factor of a multiplier word ("double", "tripled", "twice" → 2 or 3).
pub fn multiplier_word(word: &str) -> Option<f64> {
    const WORDS: [(&str, f64); 14] = [
        ("double", 2.0),
        ("doubled", 2.0),
        ("doubling", 2.0),
        ("twice", 2.0),
        ("triple", 3.0),
        ("tripled", 3.0),
        ("tripling", 3.0),
        ("treble", 3.0),
        ("trebled", 3.0),
        ("thrice", 3.0),
        ("quadruple", 4.0),
        ("quadrupled", 4.0),
        ("quintuple", 5.0),
        ("quintupled", 5.0),
    ];
    const SHAPES: Shapes = Shapes::of_pairs(&WORDS);
    if !SHAPES.admit(word) {
        return None;
    }
    WORDS
        .iter()
        .find(|(name, _)| name.eq_ignore_ascii_case(word))
        .map(|(_, value)| *value)
}

/// The share of a fraction word, singular after "a"/"one" or plural after a
/// number ("third", "thirds" → 1/3; "quarter" → 1/4; "half" → 1/2).
pub fn fraction_word(word: &str) -> Option<f64> {
    const WORDS: [(&str, f64); 11] = [
        ("half", 0.5),
        ("halves", 0.5),
        ("third", 1.0 / 3.0),
        ("thirds", 1.0 / 3.0),
        ("quarter", 0.25),
        ("quarters", 0.25),
        ("fourth", 0.25),
        ("fourths", 0.25),
        ("fifth", 0.2),
        ("fifths", 0.2),
        ("tenth", 0.1),
    ];
    const SHAPES: Shapes = Shapes::of_pairs(&WORDS);
    if !SHAPES.admit(word) {
        return None;
    }
    WORDS
        .iter()
        .find(|(name, _)| name.eq_ignore_ascii_case(word))
        .map(|(_, value)| *value)
}

/// The canonical unit of a time word after a number ("years", "day" → "year", "day").
pub fn duration_unit(word: &str) -> Option<&'static str> {
    const WORDS: [(&str, &str); 16] = [
        ("second", "second"),
        ("seconds", "second"),
        ("minute", "minute"),
        ("minutes", "minute"),
        ("hour", "hour"),
        ("hours", "hour"),
        ("day", "day"),
        ("days", "day"),
        ("week", "week"),
        ("weeks", "week"),
        ("month", "month"),
        ("months", "month"),
        ("year", "year"),
        ("years", "year"),
        ("decade", "decade"),
        ("decades", "decade"),
    ];
    WORDS
        .iter()
        .find(|(name, _)| name.eq_ignore_ascii_case(word))
        .map(|(_, unit)| *unit)
}

/// Whether `word` is a day of the week ("Monday", "Mon").
pub fn is_weekday(word: &str) -> bool {
    weekday(word).is_some()
}

/// The ISO weekday (Monday 1 … Sunday 7) of a capitalised day name.
pub fn weekday(word: &str) -> Option<u32> {
    const DAYS: [&str; 7] = [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ];
    let found = DAYS.iter().position(|name| name.eq_ignore_ascii_case(word));
    found.and_then(|idx| u32::try_from(idx + 1).ok())
}

/// Whether `word` is a function word, a bound word or a common verb ending
/// in "s", which never names a thing nor is a counted noun: "About", "In",
/// "was", "has", "across".
pub fn is_function_word(word: &str) -> bool {
    const WORDS: [&str; 78] = [
        "a",
        "about",
        "above",
        "across",
        "after",
        "against",
        "all",
        "almost",
        "along",
        "also",
        "among",
        "an",
        "and",
        "another",
        "around",
        "as",
        "at",
        "before",
        "below",
        "between",
        "but",
        "by",
        "circa",
        "does",
        "during",
        "each",
        "estimated",
        "every",
        "fewer",
        "for",
        "from",
        "goes",
        "has",
        "her",
        "his",
        "in",
        "including",
        "into",
        "is",
        "its",
        "just",
        "least",
        "less",
        "more",
        "most",
        "nearly",
        "news",
        "no",
        "of",
        "on",
        "only",
        "or",
        "our",
        "over",
        "perhaps",
        "plus",
        "roughly",
        "says",
        "since",
        "some",
        "than",
        "that",
        "the",
        "their",
        "these",
        "this",
        "those",
        "through",
        "thus",
        "to",
        "towards",
        "under",
        "unless",
        "until",
        "up",
        "was",
        "whereas",
        "with",
    ];
    WORDS.iter().any(|entry| entry.eq_ignore_ascii_case(word))
}

/// Whether `word` is a noun of one person, whose age a number set off by
/// commas after it gives ("the driver, 52,", "his son, 12,"); plurals
/// ("the wounded, 12,") count.
pub fn is_person_noun(word: &str) -> bool {
    #[rustfmt::skip]
    const WORDS: &[&str] = &[
        "man", "woman", "boy", "girl", "child", "baby", "infant", "toddler", "teenager", "teen",
        "son", "daughter", "father", "mother", "husband", "wife", "brother", "sister",
        "grandmother", "grandfather", "victim", "driver", "passenger", "pensioner", "resident",
        "soldier", "student", "doctor", "nurse", "patient", "suspect", "gunman", "attacker",
        "officer", "journalist", "volunteer", "worker", "pilot", "hostage", "survivor",
    ];
    WORDS.iter().any(|entry| entry.eq_ignore_ascii_case(word))
}

/// Whether `word` names something bought, paid or priced, so a "pound"
/// before it is money: "a 20-million-pound deal", "a 50-pound fine",
/// "millions of pounds of damage".
pub fn is_money_noun(word: &str) -> bool {
    #[rustfmt::skip]
    const WORDS: &[&str] = &[
        "deal", "deals", "fine", "fines", "contract", "contracts", "price", "prices", "loan",
        "loans", "grant", "grants", "fund", "funds", "funding", "investment", "investments",
        "project", "projects", "package", "packages", "programme", "program", "scheme", "budget",
        "bonus", "salary", "payment", "payments", "payout", "settlement", "donation", "donations",
        "prize", "ticket", "tickets", "fee", "fees", "bid", "takeover", "bailout", "lawsuit",
        "claim", "claims", "damages", "damage", "compensation", "cost", "costs", "bill", "bills",
        "debt", "debts", "overhaul", "upgrade", "refurbishment", "redevelopment", "renovation",
        "sale", "sales", "purchase", "transfer", "reward", "ransom", "bribe", "bribes", "tax",
        "levy", "penalty", "money", "taxpayers", "cash", "revenue", "spending", "savings",
        "assets", "profit", "profits",
    ];
    WORDS.iter().any(|entry| entry.eq_ignore_ascii_case(word))
}

/// Whether `word` names something weighed, so a "pound" before it is a
/// mass: "a 2,000-pound bomb", "1,000 pounds of explosives".
pub fn is_mass_noun(word: &str) -> bool {
    #[rustfmt::skip]
    const WORDS: &[&str] = &[
        "bomb", "bombs", "explosive", "explosives", "warhead", "warheads", "charge", "charges",
        "device", "devices", "shell", "shells", "munition", "munitions", "payload", "payloads",
        "missile", "missiles", "weight", "load", "loads", "cargo", "tnt",
    ];
    WORDS.iter().any(|entry| entry.eq_ignore_ascii_case(word))
}

/// Whether `word` is a noun that numbers places, whose number a letter may
/// follow ("seat 11F", "flat 4C", "gate 12C"): the letter is no unit.
pub fn is_place_label(word: &str) -> bool {
    #[rustfmt::skip]
    const WORDS: &[&str] = &[
        "seat", "seats", "row", "flat", "apartment", "room", "gate", "platform", "block", "unit",
        "cabin", "berth", "bed", "ward", "house", "door", "building", "floor", "stand", "bay",
        "terminal", "section", "sector", "zone", "lane", "pier", "dock", "carriage", "coach",
        "compartment", "suite", "office", "hall", "plot", "lot", "box", "locker", "cell",
    ];
    WORDS.iter().any(|entry| entry.eq_ignore_ascii_case(word))
}

/// Verbs of exceeding: a number right after one is a lower bound ("the
/// toll has exceeded 100", "topping 40") and, after an amount noun, its
/// level (`kinds::figure::subject`).
#[rustfmt::skip]
const EXCEEDING: [&str; 11] = [
    "exceed", "exceeds", "exceeded", "exceeding", "tops", "topped", "topping", "surpass",
    "surpasses", "surpassed", "surpassing",
];

/// Whether `word` is a verb of exceeding (`EXCEEDING`).
pub fn is_exceeding(word: &str) -> bool {
    EXCEEDING
        .iter()
        .any(|entry| entry.eq_ignore_ascii_case(word))
}

/// Whether `text` is the suffix of an ordinal glued to its digits ("3rd",
/// "21st"), case ignored.
pub fn is_ordinal_suffix(text: &str) -> bool {
    ["st", "nd", "rd", "th"]
        .iter()
        .any(|suffix| text.eq_ignore_ascii_case(suffix))
}

/// Whether `word` says that an amount changed ("rose", "climbed", "cut",
/// "up"): a number after it and "from" is where the change started.
pub fn is_change_word(word: &str) -> bool {
    #[rustfmt::skip]
    const WORDS: &[&str] = &[
        "rose", "risen", "rise", "rises", "rising", "increased", "increase", "increases",
        "increasing", "climbed", "climb", "climbs", "climbing", "jumped", "jump", "jumps",
        "jumping", "grew", "grown", "grow", "grows", "growing", "soared", "surged", "fell",
        "fallen", "fall", "falls", "falling", "dropped", "drop", "drops", "dropping", "decreased",
        "decrease", "decreases", "declined", "decline", "declines", "declining", "revised",
        "raised", "lowered", "cut", "up", "down", "went", "gone", "changed", "upped",
    ];
    WORDS.iter().any(|entry| entry.eq_ignore_ascii_case(word))
}

/// The multiplier of a scale word or suffix ("billion", "bn" → 1e9).
pub fn scale_word(word: &str) -> Option<f64> {
    const SCALES: [(&str, f64); 12] = [
        ("lakh", 1e5),
        ("crore", 1e7),
        ("hundred", 1e2),
        ("thousand", 1e3),
        ("k", 1e3),
        ("million", 1e6),
        ("mn", 1e6),
        ("m", 1e6),
        ("billion", 1e9),
        ("bn", 1e9),
        ("trillion", 1e12),
        ("tn", 1e12),
    ];
    SCALES
        .iter()
        .find(|(name, _)| name.eq_ignore_ascii_case(word))
        .map(|(_, value)| *value)
}

/// The lower bound chosen for a vague plural ("thousands" → 2000): the
/// smallest amount the plural can mean.
pub fn vague_plural(word: &str) -> Option<f64> {
    const PLURALS: [(&str, f64); 5] = [
        ("dozens", 24.0),
        ("hundreds", 200.0),
        ("thousands", 2e3),
        ("millions", 2e6),
        ("billions", 2e9),
    ];
    PLURALS
        .iter()
        .find(|(name, _)| name.eq_ignore_ascii_case(word))
        .map(|(_, value)| *value)
}

/// The 1-based month of a capitalised month name or abbreviation.
pub fn month(word: &str) -> Option<u32> {
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    if !word.starts_with(|ch: char| ch.is_ascii_uppercase()) {
        return None;
    }
    let found = MONTHS.iter().position(|name| {
        name.eq_ignore_ascii_case(word)
            || (word.len() == 3 && name.get(..3).is_some_and(|abbr| abbr == word))
            || word == "Sept"
    });
    found.and_then(|idx| u32::try_from(idx + 1).ok())
}

/// The canonical unit of a measurement word ("GHz", "kilometres" → "km").
pub fn unit(word: &str) -> Option<&'static str> {
    const EXACT: [&str; 37] = [
        "Gbps", "Mbps", "Kbps", "kbps", "Tbps", "GHz", "MHz", "kHz", "Hz", "km", "kg", "MW", "GW",
        "kW", "TW", "TB", "GB", "MB", "nm", "mm", "cm", "mph", "kt", "t", "bpd", "bcm", "mcm",
        "tcm", "MWh", "GWh", "ft", "lb", "ha", "kV", "nmi", "mi", "kph",
    ];
    if word == "bpd" {
        return Some("bbl/d");
    }
    if word == "lbs" {
        return Some("lb");
    }
    if let Some(found) = EXACT.iter().find(|name| **name == word) {
        return Some(found);
    }
    const WORDS: [(&str, &str); 24] = [
        ("feet", "ft"),
        ("inches", "in"),
        ("hectares", "ha"),
        ("acres", "acre"),
        ("kilovolts", "kV"),
        ("kilogrammes", "kg"),
        ("litres", "l"),
        ("liters", "l"),
        ("gallons", "gal"),
        ("BCM", "bcm"),
        ("kilowatts", "kW"),
        ("terawatts", "TW"),
        ("kilometres", "km"),
        ("kilometers", "km"),
        ("miles", "mi"),
        ("metres", "m"),
        ("meters", "m"),
        ("tonnes", "t"),
        ("tons", "t"),
        ("kilograms", "kg"),
        ("barrels", "bbl"),
        ("knots", "kn"),
        ("megawatts", "MW"),
        ("gigawatts", "GW"),
    ];
    WORDS
        .iter()
        .find(|(name, _)| name.eq_ignore_ascii_case(word))
        .map(|(_, canonical)| *canonical)
}

/// What a canonical unit measures and how many base units it is: "km" is
/// 1000 of length's metres, "GW" 1e9 of power's watts, "bbl/d" oil flow.
///
/// A rule may write its unit in any spelling the scanner reads ("cubic km",
/// "km³", "kilometres"): it is read as that canonical unit first.
pub fn unit_scale(unit: &str) -> Option<(&'static str, f64)> {
    let unit = canonical_unit(unit)?;
    const UNITS: [(&str, &str, f64); 46] = [
        ("mm", "length", 1e-3),
        ("cm", "length", 1e-2),
        ("m", "length", 1.0),
        ("km", "length", 1e3),
        ("mi", "length", 1609.344),
        ("ft", "length", 0.3048),
        ("nmi", "length", 1852.0),
        ("in", "length", 0.0254),
        // Speeds in metres a second.
        ("km/h", "speed", 1.0 / 3.6),
        ("mph", "speed", 0.447_04),
        ("kn", "speed", 1852.0 / 3600.0),
        ("kg", "mass", 1.0),
        ("t", "mass", 1e3),
        ("lb", "mass", 0.453_592_37),
        ("m2", "area", 1.0),
        ("km2", "area", 1e6),
        ("ha", "area", 1e4),
        ("acre", "area", 4_046.856_422_4),
        ("mi2", "area", 2_589_988.110_336),
        // Degrees Celsius; a Fahrenheit degree is 5/9 of one, counted from
        // its own zero (`unit_zero`).
        ("°C", "temperature", 1.0),
        ("°F", "temperature", 5.0 / 9.0),
        ("kV", "voltage", 1e3),
        ("kW", "power", 1e3),
        ("MW", "power", 1e6),
        ("GW", "power", 1e9),
        ("TW", "power", 1e12),
        ("Hz", "frequency", 1.0),
        ("kHz", "frequency", 1e3),
        ("MHz", "frequency", 1e6),
        ("GHz", "frequency", 1e9),
        ("Kbps", "rate", 1e3),
        ("kbps", "rate", 1e3),
        ("Mbps", "rate", 1e6),
        ("Gbps", "rate", 1e9),
        ("Tbps", "rate", 1e12),
        ("bbl", "oil", 1.0),
        ("bbl/d", "oil flow", 1.0),
        // Volumes in cubic metres; a billion cubic metres is a cubic km.
        ("l", "volume", 1e-3),
        ("gal", "volume", 3.785_411_784e-3),
        ("m3", "volume", 1.0),
        ("km3", "volume", 1e9),
        ("mcm", "volume", 1e6),
        ("bcm", "volume", 1e9),
        ("tcm", "volume", 1e12),
        ("MWh", "energy", 3.6e9),
        ("GWh", "energy", 3.6e12),
    ];
    UNITS
        .iter()
        .find(|(name, _, _)| *name == unit)
        .map(|(_, dimension, scale)| (*dimension, *scale))
}

/// The canonical unit a unit written in a rule or a sentence stands for:
/// itself when canonical, else its word ("kilometres" → "km"), a cube of a
/// length ("cubic km", "cubic metres", "km3", "m³" → "km3", "m3") or a
/// scaled cube ("billion cubic metres" → "bcm"); `None` when unknown.
pub fn canonical_unit(unit: &str) -> Option<&'static str> {
    let unit = unit.trim();
    if let Some(found) = CANONICAL.iter().find(|name| **name == unit) {
        return Some(found);
    }
    if let Some(found) = self::unit(unit).or_else(|| unit_singular(unit)) {
        return Some(found);
    }
    let words: Vec<&str> = unit.split_whitespace().collect();
    match words.as_slice() {
        ["cubic", length] => cubic(length),
        ["square" | "sq", length] => squared(length),
        ["nautical", "mile" | "miles"] => Some("nmi"),
        ["degrees" | "degree", scale] => degrees(scale),
        ["million", "cubic", length] if cubic(length) == Some("m3") => Some("mcm"),
        ["billion", "cubic", length] if cubic(length) == Some("m3") => Some("bcm"),
        ["trillion", "cubic", length] if cubic(length) == Some("m3") => Some("tcm"),
        [single] => {
            if let Some(base) = single
                .strip_suffix('2')
                .or_else(|| single.strip_suffix('²'))
            {
                return squared(base);
            }
            let base = single
                .strip_suffix('3')
                .or_else(|| single.strip_suffix('³'))?;
            cubic(base)
        }
        _ => None,
    }
}

/// The canonical cube of a length unit ("metres", "m", "km" → "m3", "km3").
pub fn cubic(length: &str) -> Option<&'static str> {
    match unit_singular(length).or_else(|| (length == "m").then_some("m"))? {
        "m" => Some("m3"),
        "km" => Some("km3"),
        _ => None,
    }
}

/// The canonical square of a length unit ("kilometres", "km", "m",
/// "miles" → "km2", "m2", "mi2").
pub fn squared(length: &str) -> Option<&'static str> {
    match unit_singular(length).or_else(|| (length == "m").then_some("m"))? {
        "m" => Some("m2"),
        "km" => Some("km2"),
        "mi" => Some("mi2"),
        _ => None,
    }
}

/// The canonical unit of a temperature scale word after "degrees"
/// ("Celsius", "C" → "°C"; "Fahrenheit", "F" → "°F").
pub fn degrees(scale: &str) -> Option<&'static str> {
    if scale == "C"
        || scale.eq_ignore_ascii_case("Celsius")
        || scale.eq_ignore_ascii_case("centigrade")
    {
        Some("°C")
    } else if scale == "F" || scale.eq_ignore_ascii_case("Fahrenheit") {
        Some("°F")
    } else {
        None
    }
}

/// Where a unit's scale starts, in that unit: 0 but for "°F", whose 32 is
/// Celsius's 0 ("113 °F" is 45 °C).
pub fn unit_zero(unit: &str) -> f64 {
    if canonical_unit(unit) == Some("°F") {
        32.0
    } else {
        0.0
    }
}

/// Canonical unit names that no word table lists under their own name.
const CANONICAL: [&str; 19] = [
    "m", "mi", "bbl", "bbl/d", "kn", "l", "gal", "m3", "km3", "MWh", "GWh", "m2", "km2", "mi2",
    "acre", "°C", "°F", "in", "km/h",
];

/// The canonical unit of a singular unit word after a hyphen ("5,000-tonne").
pub fn unit_singular(word: &str) -> Option<&'static str> {
    const WORDS: [(&str, &str); 21] = [
        ("inch", "in"),
        ("tonne", "t"),
        ("ton", "t"),
        ("kilometre", "km"),
        ("kilometer", "km"),
        ("mile", "mi"),
        ("metre", "m"),
        ("meter", "m"),
        ("megawatt", "MW"),
        ("foot", "ft"),
        ("pound", "lb"),
        ("kilogram", "kg"),
        ("kilogramme", "kg"),
        ("hectare", "ha"),
        ("acre", "acre"),
        ("litre", "l"),
        ("liter", "l"),
        ("gallon", "gal"),
        ("barrel", "bbl"),
        ("kilowatt", "kW"),
        ("gigawatt", "GW"),
    ];
    WORDS
        .iter()
        .find(|(name, _)| name.eq_ignore_ascii_case(word))
        .map(|(_, canonical)| *canonical)
        .or_else(|| unit(word))
}

/// The ISO code of a currency symbol ("$", "€").
pub fn currency_symbol(symbol: &str) -> Option<&'static str> {
    match symbol {
        "$" => Some("USD"),
        "€" => Some("EUR"),
        "£" => Some("GBP"),
        "¥" => Some("CNY"),
        "₽" => Some("RUB"),
        "₴" => Some("UAH"),
        "₹" => Some("INR"),
        "₪" => Some("ILS"),
        "₺" => Some("TRY"),
        _ => None,
    }
}

/// The ISO code of a currency word written after an amount ("dollars", "yuan").
pub fn currency_word(word: &str) -> Option<&'static str> {
    // No "won" (Korea's) nor "TRY" (Turkey's): both are English words.
    const WORDS: [(&str, &str); 25] = [
        ("hryvnias", "UAH"),
        ("hryvnia", "UAH"),
        ("hryvnas", "UAH"),
        ("UAH", "UAH"),
        ("rupees", "INR"),
        ("INR", "INR"),
        ("yen", "JPY"),
        ("JPY", "JPY"),
        ("shekels", "ILS"),
        ("NIS", "ILS"),
        ("ILS", "ILS"),
        ("lira", "TRY"),
        ("liras", "TRY"),
        ("dollars", "USD"),
        ("USD", "USD"),
        ("euros", "EUR"),
        ("euro", "EUR"),
        ("EUR", "EUR"),
        ("pounds", "GBP"),
        ("yuan", "CNY"),
        ("renminbi", "CNY"),
        ("rubles", "RUB"),
        ("roubles", "RUB"),
        ("RUB", "RUB"),
        ("CNY", "CNY"),
    ];
    WORDS
        .iter()
        .find(|(name, _)| name.eq_ignore_ascii_case(word))
        .map(|(_, code)| *code)
}

/// The ISO code of a currency word after the name of whose it is ("Indian
/// rupees", "Hong Kong dollars"); the owner as written, capitalised.
pub fn owned_currency(owner: &str, word: &str) -> Option<&'static str> {
    const OWNED: [(&str, &str, &str); 21] = [
        ("Indian", "rupees", "INR"),
        ("Pakistani", "rupees", "PKR"),
        ("Nepali", "rupees", "NPR"),
        ("Nepalese", "rupees", "NPR"),
        ("Sri Lankan", "rupees", "LKR"),
        ("US", "dollars", "USD"),
        ("American", "dollars", "USD"),
        ("Australian", "dollars", "AUD"),
        ("Canadian", "dollars", "CAD"),
        ("Hong Kong", "dollars", "HKD"),
        ("British", "pounds", "GBP"),
        ("Egyptian", "pounds", "EGP"),
        ("Chinese", "yuan", "CNY"),
        ("Japanese", "yen", "JPY"),
        ("Russian", "rubles", "RUB"),
        ("Russian", "roubles", "RUB"),
        ("Turkish", "lira", "TRY"),
        ("Turkish", "liras", "TRY"),
        ("Israeli", "shekels", "ILS"),
        ("Ukrainian", "hryvnias", "UAH"),
        ("Ukrainian", "hryvnia", "UAH"),
    ];
    OWNED
        .iter()
        .find(|(name, currency, _)| *name == owner && currency.eq_ignore_ascii_case(word))
        .map(|(_, _, code)| *code)
}

/// The ISO code of a currency abbreviation written before an amount that
/// `currency_word` does not list or that is shorter than a code ("TL
/// 10,000", "Rs 500", "RS 2 lakh", "NIS 40"); case matters ("tl" is no
/// currency).
pub fn currency_prefix(word: &str) -> Option<&'static str> {
    match word {
        "TL" => Some("TRY"),
        "Rs" | "RS" => Some("INR"),
        "NIS" => Some("ILS"),
        _ => None,
    }
}

/// Days in `month` of `year`, proleptic Gregorian.
pub fn days_in_month(year: i64, month: u32) -> u32 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(word: &str, expected: bool) {
        assert_eq!(is_number_part(word), expected, "word: {word}");
    }

    /// The shape filter lets through every listed word in any ASCII case
    /// and turns away words of another length, first or last letter.
    #[test]
    fn shapes_admit_the_listed_words_in_any_case() {
        let shapes = Shapes::of(&["two", "ten", "dozen"]);
        for word in ["two", "TWO", "Ten", "tEn", "dozen", "DOZEN", "tan", "tEo"] {
            assert!(shapes.admit(word), "{word}");
        }
        for word in ["the", "tw", "twos", "dozens", "", "é", "twé", "ŧen"] {
            assert!(!shapes.admit(word), "{word}");
        }
        assert_eq!(number_word("Seventy"), Some(70.0));
        assert_eq!(fraction_word("THIRDS"), Some(1.0 / 3.0));
        assert_eq!(multiplier_word("Quintupled"), Some(5.0));
        assert_eq!(number_word("the"), None);
    }

    #[test]
    fn every_part_in_any_case_passes_the_quick_filter() {
        for part in PARTS {
            check(part, true);
            check(&part.to_uppercase(), true);
            let mut capitalised = part.to_string();
            capitalised[..1].make_ascii_uppercase();
            check(&capitalised, true);
        }
        for word in [
            "",
            "a",
            "on",
            "ones",
            "twentyfirst",
            "hundreds",
            "Ten.",
            "tén",
            "seventeenths",
        ] {
            check(word, false);
        }
    }
}
