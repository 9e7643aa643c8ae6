//! Finding fingerprints and the stable ids derived from them.
//!
//! A finding's fingerprint is a hash of what it says, never of where it sits:
//! its kind, its rule id, its claim key (the figure period its instances
//! answer, or the names a name variant compares) and its evidence — for each
//! instance its stance, its figure value and its sentence, normalised (NFKC,
//! lower case, typographic quotes and dashes folded, whitespace collapsed),
//! and for each name mention its spelling — sorted. Positions, article names
//! and order, instance numbers and every other rule are left out, so adding a
//! rule or renaming an article changes no other finding's fingerprint.
//!
//! Decisions, in order:
//! 1. The hash is 64-bit FNV-1a over those fields joined by separators, written
//!    as 16 hex digits: the same on every platform and every release.
//! 2. A finding's id is `f` and the first 7 digits; when two findings share
//!    those, both take as many digits as tell them apart; two findings with
//!    the same fingerprint take `-2`, `-3`, … in finding order.
//! 3. An instance's id is `i` and 7 digits of a hash of its rule id, its
//!    document id and its byte offsets, lengthened the same way: adding a rule
//!    never renumbers another rule's instances.

use std::collections::{BTreeMap, HashMap};

use serde::Serialize;
use unicode_normalization::{is_nfkc_quick, IsNormalized, UnicodeNormalization};

use super::Report;
use crate::model::{Finding, FindingKind, Instance};
use crate::text::fnv;
use crate::vocab::Named;

/// Hex digits of a short id.
const SHORT: usize = 7;

/// What identifies a finding across runs.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Identity {
    /// 16 hex digits of the finding's content hash.
    pub fingerprint: String,
    /// The short id shown to people (`f3a9c0d1`).
    pub id: String,
    /// The finding kind.
    pub kind: FindingKind,
    /// The rule id, empty for a name variant.
    pub rule: String,
    /// The claim key: the figure period(s) its instances answer, or the names
    /// a name variant compares; empty for most findings.
    pub key: String,
    /// How the finding stands against `check --baseline`, else `None`.
    pub baseline: Option<BaselineMark>,
}

/// A finding against a baseline file: its status and the reviewer's entry.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct BaselineMark {
    /// New, known or changed.
    pub status: BaselineStatus,
    /// The reviewer's decision on the matching entry, if any.
    pub decision: Option<Decision>,
    /// The reviewer's note on the matching entry, if any.
    pub note: Option<String>,
}

/// Whether a baseline knows a finding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum BaselineStatus {
    /// No entry has its fingerprint or its claim.
    New,
    /// An entry has its fingerprint.
    Known,
    /// An entry has its kind, rule and claim key but another fingerprint:
    /// the evidence or the values moved.
    Changed,
}

/// A fact-checker's decision on a baseline entry.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, serde::Deserialize,
)]
#[serde(rename_all = "kebab-case")]
pub enum Decision {
    /// Reviewed: the finding is real and accepted as it stands.
    Accepted,
    /// Reviewed: not worth acting on.
    Dismissed,
    /// Reviewed: the engine is wrong.
    FalsePositive,
}

impl Named for BaselineStatus {}
impl Named for Decision {}

/// The identity of every finding of `report`, in finding order.
pub fn identify(report: &Report<'_>) -> Vec<Identity> {
    // An instance is evidence of several findings of its rule (its
    // corroboration and conflicts): its evidence (with its normalised quote)
    // is made once, and one rule's are dropped before the next rule's are
    // made.
    let mut order: Vec<usize> = (0..report.findings.len()).collect();
    order.sort_by_key(|&idx| report.findings.get(idx).map(|finding| finding.rule));
    let mut made: Vec<Option<(u64, Identity)>> = vec![None; report.findings.len()];
    let mut evidence: HashMap<u32, String> = HashMap::new();
    let mut rule = None;
    for idx in order {
        let (Some(finding), Some(slot)) = (report.findings.get(idx), made.get_mut(idx)) else {
            continue;
        };
        if finding.rule != rule {
            evidence.clear();
            rule = finding.rule;
        }
        *slot = Some(identity(report, finding, &mut evidence));
    }
    let (hashes, mut identities): (Vec<u64>, Vec<Identity>) = made.into_iter().flatten().unzip();
    let ids = ShortIds::new('f', hashes);
    for (idx, identity) in identities.iter_mut().enumerate() {
        identity.id = ids.get(idx).unwrap_or_default();
    }
    identities
}

/// The id of every instance of `report`, in instance order.
pub fn instance_ids(report: &Report<'_>) -> ShortIds {
    let hashes: Vec<u64> = report
        .instances
        .iter()
        .map(|instance| {
            hash(&[
                report.rule_id(instance.rule),
                report.doc_id(instance.citation.doc),
                &instance.citation.byte_start.to_string(),
                &instance.match_start.to_string(),
            ])
        })
        .collect();
    ShortIds::new('i', hashes)
}

/// Text normalised for a fingerprint: NFKC, lower case, typographic quotes
/// and dashes folded to ASCII, runs of whitespace as one space, trimmed.
pub fn normalise(text: &str) -> String {
    // ASCII is in NFKC, and its bytes fold one by one.
    let Some(first) = text.bytes().position(|byte| !byte.is_ascii()) else {
        let mut folded = Fold::with_capacity(text.len());
        text.bytes().for_each(|byte| folded.push_ascii(byte));
        return folded.out;
    };
    // Most quotes are already in NFKC (a quick check by table says so for
    // nearly every sentence), and composing them again would only cost time.
    // The check starts at the first character outside ASCII: an ASCII
    // character leaves it as it began (a starter, always allowed).
    let mut folded = Fold::with_capacity(text.len());
    if is_nfkc_quick(text[first..].chars()) == IsNormalized::Yes {
        text.chars().for_each(|ch| folded.push(ch));
    } else {
        text.nfkc().for_each(|ch| folded.push(ch));
    }
    folded.out
}

/// `normalise` after NFKC, a character at a time: lower case, quotes and
/// dashes folded, whitespace collapsed.
struct Fold {
    out: String,
    /// Whitespace was passed since the last character kept.
    space: bool,
}

impl Fold {
    fn with_capacity(capacity: usize) -> Fold {
        Fold {
            out: String::with_capacity(capacity),
            space: false,
        }
    }

    /// Folds an ASCII byte: what `push` does with its character.
    #[inline]
    fn push_ascii(&mut self, byte: u8) {
        // `char::is_whitespace` within ASCII (the vertical tab included).
        if matches!(byte, b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r' | b' ') {
            self.space = !self.out.is_empty();
            return;
        }
        if self.space {
            self.out.push(' ');
            self.space = false;
        }
        self.out.push(char::from(byte.to_ascii_lowercase()));
    }

    #[inline]
    fn push(&mut self, ch: char) {
        if ch.is_ascii() {
            self.push_ascii(ch as u8);
        } else {
            ch.to_lowercase().for_each(|lower| self.push_lower(lower));
        }
    }

    /// Folds a lowercased character (from outside ASCII, or what it
    /// lowercases to).
    fn push_lower(&mut self, ch: char) {
        let ch = match ch {
            '\u{2018}' | '\u{2019}' | '\u{201a}' | '\u{2032}' | '\u{02bc}' => '\'',
            '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{2033}' | '\u{ab}' | '\u{bb}' => '"',
            '\u{2010}'..='\u{2015}' | '\u{2212}' => '-',
            other => other,
        };
        if ch.is_whitespace() {
            self.space = !self.out.is_empty();
            return;
        }
        if self.space {
            self.out.push(' ');
            self.space = false;
        }
        self.out.push(ch);
    }
}

/// The identity of `finding`, with its fingerprint's hash; `made` keeps
/// the evidence of each instance (by index) once made.
fn identity(
    report: &Report<'_>,
    finding: &Finding,
    made: &mut HashMap<u32, String>,
) -> (u64, Identity) {
    let rule = finding
        .rule
        .map(|rule| report.rule_id(rule).to_string())
        .unwrap_or_default();
    let instances: Vec<(u32, &Instance)> = finding
        .sides
        .iter()
        .flat_map(|side| side.instances.iter())
        .filter_map(|idx| Some((*idx, report.instances.get(*idx as usize)?)))
        .collect();
    let key = claim_key(finding, instances.iter().map(|(_, instance)| *instance));
    for (idx, instance) in &instances {
        made.entry(*idx).or_insert_with(|| {
            let figure = instance
                .figure()
                .map_or("", |value| value.normalized.as_str());
            format!(
                "{}\u{1f}{figure}\u{1f}{}",
                instance.stance.stance.name(),
                normalise(&instance.quote.text())
            )
        });
    }
    let names: Vec<String> = finding
        .sides
        .iter()
        .flat_map(|side| {
            side.mentions
                .iter()
                .map(|mention| format!("name\u{1f}{}", normalise(&mention.name)))
        })
        .collect();
    let mut evidence: Vec<&str> = instances
        .iter()
        .filter_map(|(idx, _)| made.get(idx).map(String::as_str))
        .chain(names.iter().map(String::as_str))
        .collect();
    evidence.sort_unstable();
    let mut fields = vec![finding.kind.name(), rule.as_str(), key.as_str()];
    fields.extend(evidence);
    let hash = hash(&fields);
    let identity = Identity {
        fingerprint: format!("{hash:016x}"),
        id: String::new(),
        kind: finding.kind,
        rule,
        key,
        baseline: None,
    };
    (hash, identity)
}

/// The claim key of a finding (see `Identity::key`).
fn claim_key<'r>(finding: &Finding, instances: impl Iterator<Item = &'r Instance>) -> String {
    if finding.rule.is_none() {
        return normalise(&finding.claim);
    }
    let mut periods: Vec<String> = instances
        .filter_map(|instance| instance.figure_key.as_ref().map(ToString::to_string))
        .collect();
    periods.sort();
    periods.dedup();
    periods.join(",")
}

/// 64-bit FNV-1a of `fields`, each followed by a separator.
fn hash(fields: &[&str]) -> u64 {
    fields.iter().fold(fnv::OFFSET, |hash, field| {
        fnv::fnv(fnv::fnv(hash, field.as_bytes()), &[0x1e])
    })
}

/// Short ids of 64-bit hashes: a prefix letter and the shortest prefix of
/// each hash's 16 hex digits (at least `SHORT`) that no other hash shares;
/// equal hashes take `-2`, `-3`, … in order. Kept as lengths and made one at
/// a time, so an archive's instance ids are never all held as strings.
#[derive(Debug, Clone)]
pub struct ShortIds {
    prefix: char,
    hashes: Vec<u64>,
    /// Hex digits each id keeps.
    lengths: Vec<u8>,
    /// The number of each hash after the first one equal to it.
    numbers: BTreeMap<u32, u32>,
}

impl ShortIds {
    /// The ids of `hashes`, in their order.
    pub fn new(prefix: char, hashes: Vec<u64>) -> ShortIds {
        // In hash order, the longest prefix a hash shares with any other is
        // the one it shares with the nearest different hash on either side.
        let mut order: Vec<u32> = (0..hashes.len() as u32).collect();
        order.sort_unstable_by_key(|&idx| (hashes[idx as usize], idx));
        let mut lengths = vec![SHORT as u8; hashes.len()];
        let mut numbers = BTreeMap::new();
        let shared = |a: u64, b: u64| (a ^ b).leading_zeros() as usize / 4;
        let mut start = 0;
        while start < order.len() {
            let hash = hashes[order[start] as usize];
            let end = start
                + order[start..]
                    .iter()
                    .take_while(|&&idx| hashes[idx as usize] == hash)
                    .count();
            let before = start
                .checked_sub(1)
                .map(|at| shared(hash, hashes[order[at] as usize]));
            let after = order
                .get(end)
                .map(|&idx| shared(hash, hashes[idx as usize]));
            let longest = before.max(after).unwrap_or(SHORT - 1).max(SHORT - 1);
            let length = (longest + 1).clamp(SHORT, 16) as u8;
            for (number, &idx) in order[start..end].iter().enumerate() {
                lengths[idx as usize] = length;
                if number > 0 {
                    numbers.insert(idx, number as u32 + 1);
                }
            }
            start = end;
        }
        ShortIds {
            prefix,
            hashes,
            lengths,
            numbers,
        }
    }

    /// The id at `idx`.
    pub fn get(&self, idx: usize) -> Option<String> {
        let mut id = Vec::new();
        match self.write(idx, &mut id) {
            Ok(true) => String::from_utf8(id).ok(),
            Ok(false) | Err(_) => None,
        }
    }

    /// Writes the id at `idx` to `out` (what `get` makes, without making
    /// it); false, and nothing written, when there is none.
    pub fn write(&self, idx: usize, out: &mut impl std::io::Write) -> std::io::Result<bool> {
        let (Some(hash), Some(length)) = (self.hashes.get(idx), self.lengths.get(idx)) else {
            return Ok(false);
        };
        const HEX: &[u8; 16] = b"0123456789abcdef";
        let mut id = [0u8; 4 + 16];
        let prefix = self.prefix.encode_utf8(&mut id).len();
        let length = usize::from(*length).min(16);
        for (at, digit) in id[prefix..prefix + length].iter_mut().enumerate() {
            *digit = HEX[((hash >> (60 - 4 * at)) & 0xf) as usize];
        }
        out.write_all(&id[..prefix + length])?;
        if let Some(number) = self.numbers.get(&(idx as u32)) {
            write!(out, "-{number}")?;
        }
        Ok(true)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(hashes: &[&str], expected: &[&str]) {
        let numbers = hashes
            .iter()
            .map(|hash| u64::from_str_radix(hash, 16).expect("16 hex digits"))
            .collect();
        let ids = ShortIds::new('f', numbers);
        let got: Vec<String> = (0..hashes.len())
            .map(|idx| ids.get(idx).expect("an id per hash"))
            .collect();
        assert_eq!(got, expected, "hashes: {hashes:?}");
    }

    #[test]
    fn distinct_hashes_take_seven_digits() {
        check(
            &["0123456789abcdef", "fedcba9876543210"],
            &["f0123456", "ffedcba9"],
        );
    }

    #[test]
    fn a_shared_prefix_lengthens_both_ids() {
        check(
            &["0123456789abcdef", "0123456780abcdef", "1111111111111111"],
            &["f0123456789", "f0123456780", "f1111111"],
        );
    }

    #[test]
    fn equal_hashes_are_numbered() {
        check(
            &["0123456789abcdef", "0123456789abcdef"],
            &["f0123456", "f0123456-2"],
        );
    }

    #[test]
    fn text_is_normalised() {
        for (text, expected) in [
            ("  China’s  “drones”\n sold ", "china's \"drones\" sold"),
            ("Military\u{2013}technical", "military-technical"),
            ("ＡＢＣ", "abc"),
            // Not in NFKC: composed first.
            ("Cafe\u{301} \u{2126}", "café ω"),
        ] {
            assert_eq!(normalise(text), expected, "text: {text}");
        }
    }

    /// `normalise` as it was written before its ASCII paths: the reference
    /// the proptest below holds it to.
    fn reference(text: &str) -> String {
        let chars: Box<dyn Iterator<Item = char>> =
            if is_nfkc_quick(text.chars()) == IsNormalized::Yes {
                Box::new(text.chars())
            } else {
                Box::new(text.nfkc())
            };
        let mut out = String::new();
        let mut space = false;
        let mut push = |ch: char| {
            let ch = match ch {
                '\u{2018}' | '\u{2019}' | '\u{201a}' | '\u{2032}' | '\u{02bc}' => '\'',
                '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{2033}' | '\u{ab}' | '\u{bb}' => '"',
                '\u{2010}'..='\u{2015}' | '\u{2212}' => '-',
                other => other,
            };
            if ch.is_whitespace() {
                space = !out.is_empty();
                return;
            }
            if space {
                out.push(' ');
                space = false;
            }
            out.push(ch);
        };
        for ch in chars {
            if ch.is_ascii() {
                push(ch.to_ascii_lowercase());
            } else {
                ch.to_lowercase().for_each(&mut push);
            }
        }
        out
    }

    proptest::proptest! {
        #[test]
        fn ascii_paths_fold_as_characters_do(
            text in "([ \t\x0B\x0C\r\n\u{85}\u{a0}\u{2009}\u{3000}.,0-9a-zA-Z\"'’‘“”«»–—−éßİΣ\u{212a}\u{2126}ＡＢ\u{301}\u{323}-]|\\PC){0,60}",
        ) {
            proptest::prop_assert_eq!(normalise(&text), reference(&text), "text: {:?}", text);
        }

        #[test]
        fn ascii_text_folds_as_characters_do(text in "[ \t\x0B\x0C\r\n\x1c\x1fa-zA-Z0-9.,\"'-]{0,60}") {
            proptest::prop_assert_eq!(normalise(&text), reference(&text), "text: {:?}", text);
        }
    }

    #[test]
    fn the_hash_is_fixed() {
        // FNV-1a of the empty input is its offset basis; any change to the
        // hash would change every fingerprint of every baseline.
        assert_eq!(format!("{:016x}", hash(&[])), "cbf29ce484222325");
        assert_ne!(hash(&["a", "b"]), hash(&["ab"]));
    }
}
