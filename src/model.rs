//! Plain data passed between the stages: articles, rules, instances and findings.
//!
//! Nothing here does I/O. Every type that reaches output derives `Ord`, so
//! stages can sort before they hand data on.

use std::fmt;

use serde::{Deserialize, Serialize};

/// A short text of an instance (an origin, a cue, a value as written, a
/// slot): held inline up to 24 bytes, so the many short strings of an
/// archive's instances take no heap block each (the size of a `String`).
pub type Short = compact_str::CompactString;

/// An article of a scan: the position of its document among the scan's
/// documents, which are sorted by path.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ArticleId(pub u32);

impl ArticleId {
    /// The position of the article's document in the scan's documents.
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// A rule of the rulebook: its position in rulebook order (file path, then
/// position in file).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct RuleId(pub u32);

impl RuleId {
    /// The position of the rule in the rulebook's rules.
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// A publication date known to the year, the month or the day; always a
/// real day of the proleptic Gregorian calendar.
///
/// Displayed as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, and ordered like that
/// text, so an earlier date sorts first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PubDate {
    year: u16,
    month: Option<u8>,
    day: Option<u8>,
}

/// Why a text is not a publication date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateError {
    /// Not `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, or a month outside 1–12.
    Shape,
    /// A day that its month does not have: "2024-02-31".
    NoSuchDay {
        /// The year as written.
        year: u16,
        /// The month as written.
        month: u8,
        /// How many days that month has.
        days: u8,
    },
}

impl PubDate {
    /// The date `year`, `year-month` or `year-month-day`, when it is a real
    /// one: year 0–9999, month 1–12, a day its month has; a day needs a month.
    pub fn new(year: u16, month: Option<u8>, day: Option<u8>) -> Result<PubDate, DateError> {
        if year > 9999 || month.is_some_and(|month| !(1..=12).contains(&month)) {
            return Err(DateError::Shape);
        }
        match (month, day) {
            (None, Some(_)) => return Err(DateError::Shape),
            (Some(month), Some(day)) => {
                let days = crate::values::words::days_in_month(i64::from(year), u32::from(month));
                let days = u8::try_from(days).unwrap_or(u8::MAX);
                if !(1..=days).contains(&day) {
                    return Err(DateError::NoSuchDay { year, month, days });
                }
            }
            _ => {}
        }
        Ok(PubDate { year, month, day })
    }

    /// Parses exactly `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, with zero-padded parts.
    pub fn parse(text: &str) -> Result<PubDate, DateError> {
        let number = |part: &str, len: usize| {
            if part.len() == len && part.bytes().all(|b| b.is_ascii_digit()) {
                part.parse::<u16>().map_err(|_| DateError::Shape)
            } else {
                Err(DateError::Shape)
            }
        };
        let small = |part: &str| u8::try_from(number(part, 2)?).map_err(|_| DateError::Shape);
        let parts: Vec<&str> = text.split('-').collect();
        match parts.as_slice() {
            [year] => PubDate::new(number(year, 4)?, None, None),
            [year, month] => PubDate::new(number(year, 4)?, Some(small(month)?), None),
            [year, month, day] => {
                PubDate::new(number(year, 4)?, Some(small(month)?), Some(small(day)?))
            }
            _ => Err(DateError::Shape),
        }
    }

    /// The year.
    pub fn year(self) -> u16 {
        self.year
    }

    /// The month, 1–12, when known.
    pub fn month(self) -> Option<u8> {
        self.month
    }

    /// The day of the month, when known (only with a month).
    pub fn day(self) -> Option<u8> {
        self.day
    }
}

impl fmt::Display for PubDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(month) = self.month {
            write!(f, "-{month:02}")?;
        }
        if let Some(day) = self.day {
            write!(f, "-{day:02}")?;
        }
        Ok(())
    }
}

/// A date travels as its text (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`).
impl Serialize for PubDate {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for PubDate {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<PubDate, D::Error> {
        let text = String::deserialize(deserializer)?;
        PubDate::parse(&text)
            .map_err(|err| serde::de::Error::custom(format!("date `{text}` {err}")))
    }
}

impl fmt::Display for DateError {
    /// The reason, to follow "date `…`" in a message.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DateError::Shape => write!(f, "is not YYYY, YYYY-MM or YYYY-MM-DD"),
            DateError::NoSuchDay { year, month, days } => {
                write!(f, "does not exist: {year:04}-{month:02} has {days} days")
            }
        }
    }
}

/// Metadata of one article, as the manifest and front matter give it.
///
/// Unknown metadata stays `None`: nothing here is ever guessed.
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Document {
    /// Short stable id: the manifest's `id`, else the file stem.
    pub id: String,
    /// Path relative to the corpus root, with `/` separators.
    pub path: String,
    /// Title from the manifest, front matter, or first non-empty line.
    pub title: Option<String>,
    /// Outlet that published the article.
    pub publisher: Option<String>,
    /// Authors in byline order.
    pub authors: Vec<String>,
    /// Publication date, to the year, month or day.
    pub date: Option<PubDate>,
    /// Where the article was published.
    pub url: Option<String>,
    /// The outlet whose report this article rewrites (a wire story), if any.
    pub derived_from: Option<String>,
    /// The earlier article of the corpus whose text this one repeats, found
    /// by text reuse (`None` until the matcher has compared every article).
    pub copy_of: Option<CopyOf>,
}

/// Where an article's text comes from when it repeats another's.
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct CopyOf {
    /// Id of the original document.
    pub original: String,
    /// Passages (sampled runs of eight words) the two share.
    pub shared: u32,
}

/// What a sentence is, as far as matching is concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SentenceKind {
    /// Article text: matched.
    Body,
    /// A heading line: matched.
    Heading,
    /// A pull quote: matched, but marked when it repeats a body sentence.
    PullQuote,
    /// Page furniture (tickers, share buttons, comment forms): never matched.
    Furniture,
}

/// One sentence of an article: its byte span and its line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    /// Byte offset of the first character, inside the article text.
    pub start: usize,
    /// Byte offset one past the last character.
    pub end: usize,
    /// 1-based line of `start`.
    pub line: u32,
    /// Byte offset where that line starts: `text::column` counts the
    /// character column of `start` from there, only for sentences that are
    /// cited (most never are).
    pub line_start: usize,
    /// Body, heading, pull quote or furniture.
    pub kind: SentenceKind,
    /// For a pull quote that repeats a sentence of the same article: that sentence's index.
    pub repeat_of: Option<u32>,
}

/// An article read from disk: metadata, decoded text and its sentences.
#[derive(Debug, Clone)]
pub struct Article {
    /// Metadata.
    pub document: Document,
    /// The decoded text, byte for byte as on disk where it was valid UTF-8,
    /// except that each of `breaks` reads as spaces.
    pub text: String,
    /// Sentences in text order; their spans do not overlap.
    pub sentences: Vec<Sentence>,
    /// The line breaks inside hard-wrapped paragraphs, which `text` holds as
    /// spaces (see `text::read`); sorted.
    pub breaks: Vec<std::ops::Range<usize>>,
}

impl Article {
    /// The text with its line breaks as written, for line numbers and
    /// display: each of `breaks` back as `\r\n` (two bytes) or `\n`.
    pub fn written(&self) -> std::borrow::Cow<'_, str> {
        if self.breaks.is_empty() {
            return std::borrow::Cow::Borrowed(&self.text);
        }
        let mut bytes = self.text.as_bytes().to_vec();
        for range in &self.breaks {
            let written: &[u8] = if range.len() == 2 { b"\r\n" } else { b"\n" };
            if let Some(slot) = bytes.get_mut(range.clone()) {
                if slot.len() == written.len() && slot.iter().all(|&b| b == b' ') {
                    slot.copy_from_slice(written);
                }
            }
        }
        // ASCII spaces replaced by ASCII line breaks: still UTF-8.
        std::borrow::Cow::Owned(
            String::from_utf8(bytes)
                .unwrap_or_else(|err| String::from_utf8_lossy(err.as_bytes()).into_owned()),
        )
    }
}

/// Whether an instance affirms or denies its proposition.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Stance {
    /// The sentence asserts the claim.
    Affirm,
    /// The sentence denies or negates the claim.
    Deny,
}

/// How a denial is expressed, which becomes a contradiction's class.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DenialClass {
    /// A negation in the claim's scope: "will not send", "has not established".
    Negation,
    /// A denial word or antonym: "denied", "rejects", "maintains a neutral position".
    Antonymy,
}

/// The stance of one sentence towards a claim, with the cue that decided it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct StanceReading {
    /// Affirm or deny.
    pub stance: Stance,
    /// The cue as written ("denied", "will not"), `None` for a plain affirmation.
    pub cue: Option<Short>,
    /// How a denial is expressed; `None` for an affirmation.
    pub class: Option<DenialClass>,
}

/// Who is quoted as saying something, and how.
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Attribution {
    /// The speaker as written: "US officials", "M. Taylor Fravel", "China's foreign ministry".
    pub speaker: String,
    /// The cue that attributes it: "according to", "said", "denied", "documents reviewed by".
    pub cue: String,
    /// True when the claim sits inside quotation marks (a direct quote).
    pub direct: bool,
    /// What an apposition says the speaker is ("chief of the Missile and
    /// Artillery Directorate at the Russian Defense Ministry"), if any.
    pub affiliation: Option<String>,
    /// The named speaker of the article that a pronoun, a generic head ("the
    /// ministry", "the governor") or a surname stands for ("Kremlin spokesman
    /// Dmitry Peskov" for "Peskov"), when it is not the speaker as written.
    pub refers_to: Option<String>,
    /// True for a generic head with no named speaker before it in the
    /// article: it is never an origin of its own (the outlet is).
    pub unresolved: bool,
    /// Who the sentence says reports the speaker's words, the next link of
    /// the source chain: "the SBU" in "…, said one of the men, described by
    /// the SBU as a Russian soldier".
    pub reported_by: Option<String>,
    /// Whether the words are quoted whole, in part or not at all.
    pub quote: QuoteKind,
    /// The speaker registry entry (`[speaker.<id>]`) the speaker is, if any.
    pub entry: Option<String>,
    /// The entry that entry belongs to (its `affiliation`), whose source it
    /// counts as.
    pub entry_affiliation: Option<String>,
    /// Where the sentence that credits the speaker stands (no serde default:
    /// a shard written before it is refused, shard format version 2).
    pub credit: Credit,
}

/// Where the credit of a sentence's words is written.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(rename_all = "kebab-case")]
pub enum Credit {
    /// In the sentence, or around the quotation it sits in ("…,” X said.").
    #[default]
    Own,
    /// In a later sentence that credits it: "The toll reached 35. This was
    /// reported by the prosecutor's office."
    Later,
    /// In an earlier line that introduces it: "Source: X" above a "Quote:"
    /// or "Details:" section, "X replied:" above its words.
    Introduced,
}

/// How reported speech is given (PARC): in quotation marks, in the writer's
/// words, or in the writer's words with a quoted fragment.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(rename_all = "kebab-case")]
pub enum QuoteKind {
    /// The writer's words: "X said the dam was mined."
    #[default]
    Indirect,
    /// A quotation: "“The dam was mined,” X said."
    Direct,
    /// The writer's words with a quoted fragment: "X said the dam was “mined”."
    Mixed,
}

/// The speech act that carries a claim (FactBank-style factuality).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SpeechAct {
    /// The article states it in its own voice.
    Assertion,
    /// Someone is quoted or cited as saying it.
    Report,
    /// It is denied or rebutted.
    Denial,
    /// It is only possible: "could", "may", "might", "unlikely".
    Speculation,
    /// It is a condition: "if", "unless".
    Conditional,
    /// It is asked: "?", "whether".
    Question,
    /// Someone warns or urges against it.
    Warning,
    /// It is intended or planned: "plans to", "vowed to".
    Plan,
    /// The writer keeps a distance: "purportedly", "sought to portray".
    Distancing,
    /// It is predicted, not yet so: "will encourage the Kremlin to provide".
    Prediction,
}

/// How sure the speech act is of its claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Certainty {
    /// Stated without a hedge.
    Certain,
    /// Hedged as likely, reported or believed.
    Probable,
    /// Hedged as merely possible.
    Possible,
    /// Not stated as fact at all (a question, a condition, a plan).
    Underspecified,
}

/// The factuality of one instance: its speech act, its certainty, and the cue
/// that decided them.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Factuality {
    /// The speech act.
    pub act: SpeechAct,
    /// How sure it is.
    pub certainty: Certainty,
    /// The word that decided it, when one did ("could", "whether", "?").
    pub cue: Option<Short>,
}

impl Factuality {
    /// A plain assertion in the article's own voice.
    pub fn asserted() -> Factuality {
        Factuality {
            act: SpeechAct::Assertion,
            certainty: Certainty::Certain,
            cue: None,
        }
    }

    /// Whether the instance counts as a side of a finding and as an origin:
    /// a certain or probable assertion, report or denial.
    pub fn takes_side(&self) -> bool {
        matches!(
            self.act,
            SpeechAct::Assertion | SpeechAct::Report | SpeechAct::Denial
        ) && matches!(self.certainty, Certainty::Certain | Certainty::Probable)
    }
}

/// A role a rule's pattern filled in an instance: who did it (`agent`), what
/// was done (`act`), to or for whom (`recipient`), with what (`theme`), or any
/// role the pattern names.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Slot {
    /// The role as the pattern names it.
    pub role: Short,
    /// The words that filled it, as written.
    pub text: Short,
    /// Byte offset of those words inside the instance's quote.
    pub start: usize,
    /// One past their end.
    pub end: usize,
}

/// A hedge word that weakens a claim without denying it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Hedge {
    /// The cue as written: "reportedly", "allegedly", "could".
    pub cue: Short,
}

/// The type of an extracted value; its names in rules and JSON come from
/// serde (`vocab::Named`), its list from strum (`ValueKind::iter`).
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    strum::EnumIter,
)]
#[serde(rename_all = "kebab-case")]
pub enum ValueKind {
    /// "70%", "70 per cent", "seventy percent".
    Percent,
    /// "400 people", "three new centres", "thousands of soldiers", "fourfold".
    Count,
    /// "$5 billion", "€20m".
    Money,
    /// A number with a unit: "5.6 Gbps", "3.4–3.8 GHz".
    Quantity,
    /// A four-digit year: "2014".
    Year,
    /// A month-year or a full date: "October 2019", "19 August, 2019".
    Date,
    /// A period between two years: "2014–2018", "between 2014 and 2018", "(1956-1665)".
    Range,
    /// A factor: "double", "tripled", "fourfold", "4-fold", "five times", "twice".
    Multiplier,
    /// A length of time: "within five years", "for 10 days", "48 hours".
    Duration,
    /// A rank: "third", "21st", "the second strike".
    Ordinal,
    /// A time of day: "04:17", "10:00 AM", "3:30 pm" (minutes after midnight).
    Time,
}

/// The precision of a date, a year or a period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Grain {
    /// Known to the year.
    Year,
    /// Known to the month.
    Month,
    /// Known to the day.
    Day,
}

/// An approximation word in front of a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Approx {
    /// "about", "around", "roughly", "some": near the number, either side.
    About,
    /// "more than", "over", "at least": the number or above.
    AtLeast,
    /// "nearly", "almost", "up to", "less than": the number or below.
    AtMost,
}

/// The kind of bound a value is written with: how the number as written
/// relates to the quantity it describes.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(rename_all = "kebab-case")]
pub enum Bound {
    /// "12", "2019": the value itself (a date or year: its whole span).
    #[default]
    Exact,
    /// "at least 12", "no fewer than 12": 12 or above.
    AtLeast,
    /// "up to 9", "at most 9", "no more than 9": 9 or below.
    AtMost,
    /// "more than 400", "over 400", "above 400", "exceeding 400": above 400.
    MoreThan,
    /// "less than 5", "fewer than 5", "under 5", "below 5": below 5.
    LessThan,
    /// "about 70%", "around", "roughly", "some", "approximately", "~": near it, either side.
    Approximately,
    /// "nearly 30", "almost 30", "just under 30": a little below it.
    Nearly,
    /// "between 12,000 and 40,000", "3–5": anywhere from the first to the second.
    Between,
    /// "hundreds of", "dozens of", "thousands", "tens of thousands": the
    /// smallest amount the plural can mean up to the next order of magnitude.
    Vague,
}

/// A typed, normalised value found in a sentence.
///
/// `low` and `high` hold the value as written, in order of writing, so a
/// reversed range keeps `low > high`. For years and dates they are day
/// numbers (see `values::day_number`) of the first and last day of the
/// period, so "2019" and "October 2019" overlap.
#[derive(Debug, Clone, PartialEq, PartialOrd, Serialize, Deserialize)]
pub struct Value {
    /// Percent, count, money, quantity, year, date or range.
    pub kind: ValueKind,
    /// The value as written.
    pub text: Short,
    /// Byte offset of `text` inside the sentence.
    pub start: usize,
    /// Byte offset one past `text` inside the sentence.
    pub end: usize,
    /// Canonical form: "70%", "400", "5.6 Gbps", "2019", "2019-10", "2014..2018".
    pub normalized: Short,
    /// First number (or first day) as written.
    #[serde(with = "float")]
    pub low: f64,
    /// Last number (or last day) as written; equals `low` for a single number.
    #[serde(with = "float")]
    pub high: f64,
    /// Unit for quantities and money ("Gbps", "USD"), else `None`.
    pub unit: Option<Short>,
    /// Precision of a year, date or period; `None` for numbers.
    pub grain: Option<Grain>,
    /// Approximation word in front of the value, if any (kept for schema 1:
    /// `bound` says the same and more).
    pub approx: Option<Approx>,
    /// How the number as written bounds the quantity.
    pub bound: Bound,
    /// Smallest quantity the value allows (`-inf` when unbounded below); see
    /// `values::interval`.
    #[serde(with = "float")]
    pub min: f64,
    /// Largest quantity the value allows (`inf` when unbounded above).
    #[serde(with = "float")]
    pub max: f64,
    /// True for a date completed from the article's date ("March 3",
    /// "in June", "on Monday", "yesterday"): the text writes no year.
    pub inferred: bool,
}

impl Value {
    /// An exact number `low..high` of `kind`, written (and normalised) as
    /// `text` at the start of its sentence: the value tests and benchmarks
    /// build by hand.
    pub fn number(kind: ValueKind, low: f64, high: f64, text: &str) -> Value {
        Value {
            kind,
            text: text.into(),
            start: 0,
            end: text.len(),
            normalized: text.into(),
            low,
            high,
            unit: None,
            grain: None,
            approx: None,
            bound: Bound::Exact,
            min: low.min(high),
            max: low.max(high),
            inferred: false,
        }
    }

    /// This value placed at byte `start` of its sentence.
    pub fn at(self, start: usize) -> Value {
        Value {
            end: start + self.text.len(),
            start,
            ..self
        }
    }
}

/// The typed values of a sentence, in one block that every instance of the
/// sentence shares (several rules and figures often match one sentence):
/// read as a slice; made from a `Vec<Value>` with `into`. Serialised as the
/// list; read back, each instance holds its own.
pub type Values = std::sync::Arc<[Value]>;

/// The period a figure's value applies to, for a figure rule keyed by period.
///
/// Displayed (and serialised) as the period's normalised text, or
/// `unspecified`; ordered like that text, since a normalised period starts
/// with a digit.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Period {
    /// The period written in the sentence, normalised: "2014..2018", "2019".
    Written(String),
    /// The sentence writes no period.
    Unspecified,
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Period::Written(period) => f.write_str(period),
            Period::Unspecified => f.write_str("unspecified"),
        }
    }
}

impl Serialize for Period {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// The text `Serialize` writes: `unspecified`, else the written period.
impl<'de> Deserialize<'de> for Period {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Period, D::Error> {
        let text = String::deserialize(deserializer)?;
        Ok(if text == "unspecified" {
            Period::Unspecified
        } else {
            Period::Written(text)
        })
    }
}

/// An `f64` that may be infinite (a value's open bound) or NaN, which JSON
/// numbers cannot hold: finite numbers as numbers, the others as the strings
/// `inf`, `-inf` and `nan`. For `#[serde(with = "float")]`.
mod float {
    use std::fmt;

    use serde::de::{self, Visitor};
    use serde::{Deserializer, Serializer};

    pub fn serialize<S: Serializer>(value: &f64, serializer: S) -> Result<S::Ok, S::Error> {
        match *value {
            value if value.is_finite() => serializer.serialize_f64(value),
            value if value.is_nan() => serializer.serialize_str("nan"),
            value if value > 0.0 => serializer.serialize_str("inf"),
            _ => serializer.serialize_str("-inf"),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<f64, D::Error> {
        deserializer.deserialize_any(Float)
    }

    struct Float;

    impl Visitor<'_> for Float {
        type Value = f64;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a number, `inf`, `-inf` or `nan`")
        }

        fn visit_f64<E: de::Error>(self, value: f64) -> Result<f64, E> {
            Ok(value)
        }

        fn visit_i64<E: de::Error>(self, value: i64) -> Result<f64, E> {
            Ok(value as f64)
        }

        fn visit_u64<E: de::Error>(self, value: u64) -> Result<f64, E> {
            Ok(value as f64)
        }

        fn visit_str<E: de::Error>(self, value: &str) -> Result<f64, E> {
            match value {
                "inf" => Ok(f64::INFINITY),
                "-inf" => Ok(f64::NEG_INFINITY),
                "nan" => Ok(f64::NAN),
                _ => Err(E::invalid_value(de::Unexpected::Str(value), &self)),
            }
        }
    }
}

/// Where something was seen: the article, the sentence span, and the
/// 1-based line and column of the sentence's first character.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Citation {
    /// The article (documents are sorted by path).
    pub doc: ArticleId,
    /// Byte offset of the sentence inside the article.
    pub byte_start: usize,
    /// Byte offset one past the sentence.
    pub byte_end: usize,
    /// 1-based line of the sentence start.
    pub line: u32,
    /// 1-based column of the sentence start, in characters.
    pub column: u32,
}

/// An instance's sentence: a range of a text that the instances of one
/// article share (`Quote::share`), so a sentence that several rules or
/// figures match is held once, in one block per article instead of one per
/// instance; or, once the scan has written that block to its spill file
/// (`Quote::spill`), a range of that file, read back only for output.
/// Read with `text`; serialised as the string.
#[derive(Clone)]
pub struct Quote(QuoteText);

#[derive(Clone)]
enum QuoteText {
    /// In memory.
    Held {
        /// The shared text (an `Arc<String>`, one pointer wide, not an
        /// `Arc<str>`, two: so a quote takes 24 bytes, not 32).
        text: std::sync::Arc<String>,
        /// Where the quote starts in `text`.
        start: u32,
        /// One past its end.
        end: u32,
    },
    /// In a spill file.
    Spilled {
        /// The file.
        spill: std::sync::Arc<crate::spill::Spill>,
        /// Where the quote starts in it.
        at: u64,
        /// Its length in bytes.
        len: u32,
    },
}

impl Quote {
    /// The quote's text: borrowed when it is held, read back from the spill
    /// file when it is spilled (empty if that read fails, which the spill
    /// file keeps: `Spill::error`).
    pub fn text(&self) -> std::borrow::Cow<'_, str> {
        match &self.0 {
            QuoteText::Held { text, start, end } => std::borrow::Cow::Borrowed(
                text.get(*start as usize..*end as usize).unwrap_or_default(),
            ),
            QuoteText::Spilled { spill, at, len } => std::borrow::Cow::Owned(spill.read(*at, *len)),
        }
    }

    /// Makes the quotes of `quotes` that are equal share one block: each
    /// distinct text once, in first-seen order.
    pub fn share<'a>(quotes: impl Iterator<Item = &'a mut Quote>) {
        let quotes: Vec<&mut Quote> = quotes.collect();
        let texts: Vec<std::borrow::Cow<'_, str>> =
            quotes.iter().map(|quote| quote.text()).collect();
        let mut text = String::new();
        let mut seen: std::collections::HashMap<&str, (u32, u32)> =
            std::collections::HashMap::new();
        let mut spans = Vec::with_capacity(quotes.len());
        for quote in &texts {
            let span = *seen.entry(quote).or_insert_with(|| {
                let start = text.len();
                text.push_str(quote);
                (
                    u32::try_from(start).unwrap_or(u32::MAX),
                    u32::try_from(text.len()).unwrap_or(u32::MAX),
                )
            });
            spans.push(span);
        }
        // A text past 4 GiB cannot be addressed by the spans: keep each
        // quote as it is.
        if u32::try_from(text.len()).is_err() {
            return;
        }
        drop(seen);
        drop(texts);
        let shared = std::sync::Arc::new(text);
        for (quote, (start, end)) in quotes.into_iter().zip(spans) {
            *quote = Quote(QuoteText::Held {
                text: std::sync::Arc::clone(&shared),
                start,
                end,
            });
        }
    }

    /// Writes the blocks the held quotes of `quotes` share to `spill`, each
    /// block once, and makes each quote a range of the file, so their text
    /// leaves memory. A quote whose block cannot be written stays held.
    pub fn spill<'a>(
        quotes: impl Iterator<Item = &'a mut Quote>,
        spill: &std::sync::Arc<crate::spill::Spill>,
    ) {
        // Each block by its address, while some quote holds it.
        let mut written: Vec<((*const u8, usize), Option<u64>)> = Vec::new();
        for quote in quotes {
            let QuoteText::Held { text, start, end } = &quote.0 else {
                continue;
            };
            let block = (text.as_ptr(), text.len());
            let base = match written.iter().find(|(seen, _)| *seen == block) {
                Some((_, base)) => *base,
                None => {
                    let base = spill.append(text);
                    written.push((block, base));
                    base
                }
            };
            let Some(base) = base else {
                continue;
            };
            *quote = Quote(QuoteText::Spilled {
                spill: std::sync::Arc::clone(spill),
                at: base + u64::from(*start),
                len: end.saturating_sub(*start),
            });
        }
    }
}

impl From<&str> for Quote {
    fn from(text: &str) -> Quote {
        Quote::from(text.to_string())
    }
}

impl From<String> for Quote {
    fn from(text: String) -> Quote {
        // A span reaches 4 GiB at most: a longer text reads as its first
        // 4 GiB (as empty when that cuts a character; `text` never panics).
        let end = u32::try_from(text.len()).unwrap_or(u32::MAX);
        Quote(QuoteText::Held {
            text: std::sync::Arc::new(text),
            start: 0,
            end,
        })
    }
}

impl fmt::Debug for Quote {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&*self.text(), f)
    }
}

impl fmt::Display for Quote {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text())
    }
}

impl PartialEq for Quote {
    fn eq(&self, other: &Quote) -> bool {
        self.text() == other.text()
    }
}

impl Eq for Quote {}

impl PartialEq<str> for Quote {
    fn eq(&self, other: &str) -> bool {
        self.text() == other
    }
}

impl PartialEq<&str> for Quote {
    fn eq(&self, other: &&str) -> bool {
        self.text() == *other
    }
}

impl Serialize for Quote {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.text())
    }
}

impl<'de> Deserialize<'de> for Quote {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Quote, D::Error> {
        String::deserialize(deserializer).map(Quote::from)
    }
}

/// One occurrence of one rule in one sentence, with its provenance.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Instance {
    /// Where: document and sentence.
    pub citation: Citation,
    /// The rule.
    pub rule: RuleId,
    /// The whole sentence, as written (shared with the article's other
    /// instances of that sentence).
    pub quote: Quote,
    /// Byte span, inside `quote`, of the phrases that made the rule match
    /// (`u32`, like the quote's own span: a sentence is never 4 GiB).
    pub match_start: u32,
    /// End of that span.
    pub match_end: u32,
    /// Affirm or deny, and why.
    pub stance: StanceReading,
    /// Every typed value in the sentence, shared by the instances of that
    /// sentence (`Values`).
    pub values: Values,
    /// For a figure rule: the value that answers the figure, as an index into
    /// `values` (`Instance::figure` reads it).
    pub figure_value: Option<u32>,
    /// For a figure rule with a key: the period or qualifier term this value
    /// applies to. Boxed: most instances have none, and inline it took 24 bytes.
    pub figure_key: Option<Box<Period>>,
    /// True when that key was read from the sentence before or the heading,
    /// not from the instance's own sentence.
    pub key_inherited: bool,
    /// Who says it; `None` when the article says it in its own voice. Behind
    /// a pointer: most instances have none, and inline it was 40% of the
    /// struct; shared: the instances of a part that name one speaker the same
    /// way hold one (the matcher interns them as it assembles a part).
    pub attribution: Option<std::sync::Arc<Attribution>>,
    /// A hedge word, when present.
    pub hedge: Option<Hedge>,
    /// Its speech act and certainty: whether it takes a side.
    pub factuality: Factuality,
    /// The roles a pattern filled (empty for a rule without patterns); a
    /// boxed slice: no spare capacity, one word less than a `Vec`.
    pub slots: Box<[Slot]>,
    /// The independent source behind the instance: the speaker, else the
    /// publisher followed through `derived_from`, else the document id.
    pub origin: Short,
    /// True when the sentence is a pull quote repeating its own article.
    pub repeat: bool,
}

impl Instance {
    /// The value that answers a figure rule (`figure_value` of `values`).
    pub fn figure(&self) -> Option<&Value> {
        self.figure_value
            .and_then(|idx| self.values.get(idx as usize))
    }

    /// Whether `values[idx]` is the value that answers the figure.
    pub fn is_figure(&self, idx: usize) -> bool {
        self.figure_value
            .is_some_and(|figure| figure as usize == idx)
    }

    /// The byte span, inside `quote`, of the words that made the rule match.
    pub fn matched(&self) -> std::ops::Range<usize> {
        self.match_start as usize..self.match_end as usize
    }
}

#[cfg(test)]
impl Instance {
    /// A test instance of rule 0: document 0, the whole of `quote` at line 1,
    /// an affirmation in the article's own voice from `origin`.
    pub(crate) fn bare(quote: &str, origin: &str) -> Instance {
        Instance {
            citation: Citation {
                doc: ArticleId(0),
                byte_start: 0,
                byte_end: quote.len(),
                line: 1,
                column: 1,
            },
            rule: RuleId(0),
            quote: quote.into(),
            match_start: 0,
            match_end: 0,
            stance: StanceReading {
                stance: Stance::Affirm,
                cue: None,
                class: None,
            },
            values: Values::default(),
            figure_value: None,
            figure_key: None,
            key_inherited: false,
            attribution: None,
            hedge: None,
            factuality: Factuality::asserted(),
            slots: Box::default(),
            origin: origin.into(),
            repeat: false,
        }
    }
}

/// A proper name seen in an article, for spelling checks.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct NameMention {
    /// The name as written ("Koffman").
    pub name: String,
    /// Where it was seen.
    pub citation: Citation,
    /// The whole sentence it was seen in, as written, for the first mention
    /// of each spelling in document order (`names::quote_first_mentions`
    /// reads it again from the file once the finding exists); `None` for the
    /// others, or when the file no longer reads as it was scanned.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<String>,
}

/// How often a proper name was seen, with its first citations.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct NameCount {
    /// The name as written ("Koffman").
    pub name: String,
    /// How many times it was seen across the corpus.
    pub count: u32,
    /// The first few places it was seen, sorted.
    pub citations: Vec<Citation>,
}

/// Who counts as the independent source of a rule's instances.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(rename_all = "kebab-case")]
pub enum OriginPolicy {
    /// The quoted speaker when there is one, else the publisher (the default):
    /// two outlets quoting one official are one source.
    #[default]
    Speaker,
    /// Always the publisher (followed through `derived_from`): for claims that
    /// someone said something, where each outlet is a witness of the statement.
    Publisher,
}

/// Shared cue lists, from the `[lexicon]` table, as written.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct Lexicon {
    /// Words that make a denial: "deny", "denied".
    pub denial: Vec<String>,
    /// Negation words: "not", "never".
    pub negation: Vec<String>,
    /// Attribution cues: "according to", "said".
    pub attribution: Vec<String>,
    /// Hedge words: "reportedly", "allegedly".
    pub hedge: Vec<String>,
}

/// The rulebook's speaker registry (`[speaker.<id>]`): names that are one
/// origin, whatever the article calls them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Speakers {
    /// Normalised alias (see `provenance::normalize`) → registry id.
    pub by_alias: std::collections::BTreeMap<String, String>,
    /// Registry id → the id of the entry it belongs to (`affiliation`), whose
    /// source it counts as: "sbu" → "ukraine".
    pub affiliation: std::collections::BTreeMap<String, String>,
}

/// Settings for the name-variant check, from the rulebook.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NameConfig {
    /// Jaro-Winkler similarity at or above which two names are variants.
    pub threshold: f64,
    /// Names shorter than this (in characters) are not compared.
    pub min_len: usize,
    /// Groups of names known to be distinct: never reported as variants.
    pub allow: Vec<Vec<String>>,
}

impl Default for NameConfig {
    fn default() -> Self {
        NameConfig {
            threshold: 0.95,
            min_len: 5,
            allow: Vec::new(),
        }
    }
}

/// The finding kinds: a fixed vocabulary used in JSON and on the command line
/// (`--kind`, `--fail-on`), kebab-case in both.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    clap::ValueEnum,
)]
#[serde(rename_all = "kebab-case")]
pub enum FindingKind {
    /// One origin affirms what another denies.
    Contradiction,
    /// Two origins give values for one figure that disagree beyond tolerance.
    FigureConflict,
    /// A claim asserted by one origin in its own voice and corroborated nowhere.
    Unsupported,
    /// Two or more independent origins agree.
    Corroborated,
    /// A value that cannot be true as written.
    InvalidValue,
    /// One name spelt two ways.
    NameVariant,
}

/// A finding's verdict, in the FEVER spirit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    /// Independent sources back the claim.
    Supported,
    /// Sources disagree, or the value cannot be right.
    Disputed,
    /// Too little to decide.
    NotEnoughInfo,
}

/// How urgently an editor should look.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Severity {
    /// For the record.
    Info,
    /// Worth a look.
    Low,
    /// Check before publication.
    Medium,
    /// Sources conflict: resolve before publication.
    High,
}

/// One side of a finding: instances that agree with each other.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Side {
    /// What this side says: "affirm", "deny", "70%", "Koffman".
    pub label: String,
    /// Indexes into the sorted instance list.
    pub instances: Vec<u32>,
    /// Name mentions (name-variant findings only).
    pub mentions: Vec<NameMention>,
}

/// What the reconciler concluded about one rule (or one name).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Finding {
    /// The finding kind.
    pub kind: FindingKind,
    /// The rule, `None` for name variants.
    pub rule: Option<RuleId>,
    /// The claim text (the rule's, or the names compared).
    pub claim: String,
    /// Supported, disputed or not enough info.
    pub status: Status,
    /// How urgent.
    pub severity: Severity,
    /// For contradictions: how the denial is expressed.
    pub class: Option<DenialClass>,
    /// One sentence a person can read aloud.
    pub explanation: String,
    /// The sides, each with its instances.
    pub sides: Vec<Side>,
    /// Instances of the rule that take no side (speculation, conditionals,
    /// questions, warnings, plans, distancing, predictions), as indexes into
    /// the sorted instance list: listed for the editor, never counted.
    pub mentions: Vec<u32>,
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Shares `texts` as quotes: each reads as it was, and all hold one
    /// block; then spills them: each reads back as it was, the block
    /// written once.
    fn check(texts: &[&str]) {
        let mut quotes: Vec<Quote> = texts.iter().map(|text| Quote::from(*text)).collect();
        Quote::share(quotes.iter_mut());
        let read: Vec<String> = quotes
            .iter()
            .map(|quote| quote.text().into_owned())
            .collect();
        assert_eq!(read, texts);
        let blocks: Vec<std::sync::Arc<String>> = quotes
            .iter()
            .filter_map(|quote| match &quote.0 {
                QuoteText::Held { text, .. } => Some(std::sync::Arc::clone(text)),
                QuoteText::Spilled { .. } => None,
            })
            .collect();
        assert_eq!(blocks.len(), texts.len(), "{texts:?}");
        for block in &blocks {
            assert!(std::sync::Arc::ptr_eq(block, &blocks[0]), "{texts:?}");
        }
        let distinct: std::collections::BTreeSet<&str> = texts.iter().copied().collect();
        let held: usize = distinct.iter().map(|text| text.len()).sum();
        assert_eq!(blocks[0].len(), held, "each distinct text once: {texts:?}");
        drop(blocks);
        let spill = std::sync::Arc::new(crate::spill::Spill::new().expect("a temporary file"));
        let before = spill.append("before").expect("written");
        Quote::spill(quotes.iter_mut(), &spill);
        let read: Vec<String> = quotes
            .iter()
            .map(|quote| quote.text().into_owned())
            .collect();
        assert_eq!(read, texts);
        assert!(
            quotes
                .iter()
                .all(|quote| matches!(quote.0, QuoteText::Spilled { .. })),
            "{texts:?}"
        );
        let after = spill.append("after").expect("written");
        assert_eq!(after - before, "before".len() as u64 + held as u64);
    }

    #[test]
    fn quotes_of_an_article_share_one_block_each_text_once() {
        check(&[
            "China sent drones.",
            "Moscow denied it.",
            "China sent drones.",
        ]);
        check(&["Één zin — met “tekens”.", "", "Één zin — met “tekens”."]);
        check(&["only one"]);
    }

    #[test]
    fn a_quote_compares_and_serialises_as_its_text() {
        let mut quotes = vec![Quote::from("a b c"), Quote::from("b")];
        Quote::share(quotes.iter_mut());
        let spill = std::sync::Arc::new(crate::spill::Spill::new().expect("a temporary file"));
        for spilled in [false, true] {
            if spilled {
                Quote::spill(quotes.iter_mut(), &spill);
            }
            assert_eq!(quotes[1], "b");
            assert_eq!(quotes[1], Quote::from("b"));
            assert_eq!(format!("{}|{:?}", quotes[0], quotes[1]), "a b c|\"b\"");
            let json = serde_json::to_string(&quotes).expect("serialises");
            assert_eq!(json, r#"["a b c","b"]"#);
            let back: Vec<Quote> = serde_json::from_str(&json).expect("reads back");
            assert_eq!(back, quotes);
        }
    }
}
