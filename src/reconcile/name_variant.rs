//! Name variant: one person or organisation spelt two ways.
//!
//! Seen: "as Mike Kofman discussed" and "First, Koffman established the outline";
//! "Zürich" and "Zurich", "Dostoevsky" and "Dostoyevskiy" (one `text::name_fold`).
//! Not seen: "Russia" and "Russian", "Minister" and "Ministry" (one stem with
//! two endings: the last letters differ), or names
//! the rulebook's `[names] allow` lists as different people.
//!
//! Candidates are found without comparing every pair: each name is indexed
//! under itself and every one-letter deletion of it (a symmetric-deletion
//! index), so names one edit apart share a key. Candidates are then scored
//! with Jaro-Winkler (strsim) against the rulebook's threshold; two
//! spellings with one fold, or one transliteration apart ("Lugansk" /
//! "Luhansk"), are variants without it. A word of
//! more than 64 characters is no name and is not indexed: its deletions
//! alone would cost the square of its length.

use std::collections::{BTreeSet, HashMap};

use crate::model::{
    Finding, FindingKind, NameConfig, NameCount, NameMention, Severity, Side, Status,
};

/// Keys shared by more names than this are too common to say anything.
const MAX_BUCKET: usize = 64;

/// The longest name, in characters, that is indexed.
const MAX_NAME_CHARS: usize = 64;

/// Letters from which a folded name is long enough for two of its vowels
/// to differ between two spellings of it.
const LONG: usize = 8;

/// A vowel, for transliteration ("y" included: "Kolotylivka").
fn is_vowel(ch: char) -> bool {
    "aeiouy".contains(ch)
}

/// Every pair of names that look like one name spelt two ways, sorted.
pub fn check(names: &[NameCount], config: &NameConfig) -> Vec<Finding> {
    check_counting(names, config).0
}

/// The work `check` does on `names`: bytes of index keys built plus bytes
/// of candidate pairs scored. Tests hold it linear in the input.
pub fn work(names: &[NameCount], config: &NameConfig) -> u64 {
    check_counting(names, config).1
}

/// The findings of `check` with its work.
fn check_counting(names: &[NameCount], config: &NameConfig) -> (Vec<Finding>, u64) {
    let mut work = 0u64;
    let lower: Vec<String> = names.iter().map(|name| name.name.to_lowercase()).collect();
    let mut index: HashMap<String, Vec<usize>> = HashMap::new();
    for (idx, name) in lower.iter().enumerate() {
        let n_chars = name.chars().count();
        work += name.len() as u64;
        if n_chars < config.min_len || n_chars > MAX_NAME_CHARS {
            continue;
        }
        // Transliterations two or more edits apart share their fold, and
        // a fold one edit from another's ("Dimitri" / "Dmitry") a key.
        let fold = crate::text::name_fold(name);
        let mut keys = deletion_keys(name);
        keys.extend(deletion_keys(&fold));
        // Long spellings whose vowels differ ("Kolotilovka" / "Kolotylivka")
        // share their fold with the vowels masked.
        if fold.chars().count() >= LONG {
            keys.push(
                fold.chars()
                    .map(|ch| if is_vowel(ch) { '*' } else { ch })
                    .collect(),
            );
        }
        keys.sort_unstable();
        keys.dedup();
        for key in keys {
            work += key.len() as u64;
            index.entry(key).or_default().push(idx);
        }
    }
    let mut pairs: BTreeSet<(usize, usize)> = BTreeSet::new();
    for bucket in index
        .values()
        .filter(|bucket| bucket.len() > 1 && bucket.len() <= MAX_BUCKET)
    {
        for (pos, a) in bucket.iter().enumerate() {
            for b in &bucket[pos + 1..] {
                if a != b {
                    pairs.insert((*a.min(b), *a.max(b)));
                }
            }
        }
    }
    work += pairs
        .iter()
        .map(|(a, b)| (lower[*a].len() + lower[*b].len()) as u64)
        .sum::<u64>();
    let findings = pairs
        .into_iter()
        .filter(|(a, b)| is_variant(&lower[*a], &lower[*b], config))
        .map(|(a, b)| finding(&names[a], &names[b]))
        .collect();
    (findings, work)
}

/// The name itself and every string with one character removed.
fn deletion_keys(name: &str) -> Vec<String> {
    let mut keys = vec![name.to_string()];
    for (at, ch) in name.char_indices() {
        let mut key = String::with_capacity(name.len());
        key.push_str(&name[..at]);
        key.push_str(&name[at + ch.len_utf8()..]);
        keys.push(key);
    }
    keys.sort_unstable();
    keys.dedup();
    keys
}

/// Whether `a` and `b` (lower-case) look like one name spelt two ways.
/// Words that differ in their last letter are different words of one stem
/// ("Minister" / "Ministry", "Russia" / "Russian"), not misspellings.
/// Two spellings with one `name_fold` ("Zürich" / "Zurich", "Zelensky" /
/// "Zelenskiy") are always variants, whatever the threshold, and so are
/// two whose folds of six letters or more, with one ending, are one
/// transliteration apart ("Dimitri" / "Dmitry", "Lugansk" / "Luhansk").
fn is_variant(a: &str, b: &str, config: &NameConfig) -> bool {
    if a == b {
        return false;
    }
    let allowed = config.allow.iter().any(|group| {
        let has = |name: &str| group.iter().any(|entry| entry.to_lowercase() == name);
        has(a) && has(b)
    });
    if allowed {
        return false;
    }
    let (fold_a, fold_b) = (crate::text::name_fold(a), crate::text::name_fold(b));
    if fold_a == fold_b {
        return true;
    }
    if a.chars().next_back() == b.chars().next_back()
        && strsim::jaro_winkler(a, b) >= config.threshold
    {
        return true;
    }
    // Folded, one transliteration apart in a long word with one ending
    // ("Dimitri" / "Dmitry", "Dnepropetrovsk" / "Dnipropetrovsk", "Lugansk" /
    // "Luhansk"; not "Russia" / "Russian", "Ruslan" / "Russian").
    fold_a.chars().next_back() == fold_b.chars().next_back()
        && fold_a.chars().count().min(fold_b.chars().count()) >= 6
        && transliterated(&fold_a, &fold_b)
}

/// Whether `a` and `b` differ by one edit that transliterations make: one
/// vowel for another of a pair that Russian and Ukrainian spellings swap
/// (`TRANSLITERATED_VOWELS`, but "e" / "o") past the first two letters ("Dnepropetrovsk" /
/// "Dnipropetrovsk"; not "Barton" / "Burton", "Milton" / "Melton"), "g" for
/// "h" before a vowel in a word with a Slavic ending (one letter of both
/// languages: "Lugansk" / "Luhansk", "Goncharenko" / "Honcharenko"; not
/// "Hunter" / "Gunter"), or one vowel more ("dimitry" / "dmitry"); in a
/// word of `LONG` letters or more, also two vowels for two others of those
/// pairs anywhere ("Kolotilovka" / "Kolotylivka", "Kirilenko" / "Kyrylenko").
fn transliterated(a: &str, b: &str) -> bool {
    let vowel = |ch: char| is_vowel(ch);
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let (short, long) = if a.len() <= b.len() {
        (&a, &b)
    } else {
        (&b, &a)
    };
    match long.len() - short.len() {
        0 => {
            let differ: Vec<usize> = (0..short.len())
                .filter(|at| short[*at] != long[*at])
                .collect();
            let swapped = |at: usize, pairs: &[[char; 2]]| {
                pairs
                    .iter()
                    .any(|pair| pair.contains(&short[at]) && pair.contains(&long[at]))
            };
            match differ.as_slice() {
                [at] if swapped(*at, &TRANSLITERATED_VOWELS[..3]) => *at >= 2,
                [at] => {
                    let g_h = matches!((short[*at], long[*at]), ('g', 'h') | ('h', 'g'));
                    let before_vowel = short.get(at + 1).is_some_and(|next| vowel(*next));
                    let stem: String = short.iter().collect();
                    g_h && before_vowel
                        && SLAVIC_ENDINGS.iter().any(|ending| stem.ends_with(ending))
                }
                // Two vowels in a long word: Russian and Ukrainian spellings
                // of one place ("Kolotilovka" / "Kolotylivka").
                [first, second] => {
                    swapped(*first, TRANSLITERATED_VOWELS)
                        && swapped(*second, TRANSLITERATED_VOWELS)
                        && short.len() >= LONG
                }
                _ => false,
            }
        }
        1 => (0..long.len()).any(|at| {
            vowel(long[at]) && long[..at] == short[..at] && long[at + 1..] == short[at..]
        }),
        _ => false,
    }
}

/// Vowels that Russian and Ukrainian spellings of one name swap: "e" / "i"
/// ("Dnepr" / "Dnipro"), "i" / "y" ("Kirilenko" / "Kyrylenko"), "o" / "i"
/// ("Kharkov" / "Kharkiv"), and, only beside another swap, "e" / "o"
/// ("Elenovka" / "Olenivka"; alone it is English: "Hansen" / "Hanson").
const TRANSLITERATED_VOWELS: &[[char; 2]] = &[['e', 'i'], ['i', 'y'], ['o', 'i'], ['e', 'o']];

/// Endings of Slavic names and places, in which "g" and "h" spell one
/// letter ("Luhansk", "Honcharenko", "Horlivka", "Hlukhov").
const SLAVIC_ENDINGS: &[&str] = &[
    "sk", "ska", "nko", "vka", "ov", "ova", "ev", "eva", "iv", "ich", "ych", "uk",
];

fn finding(a: &NameCount, b: &NameCount) -> Finding {
    let side = |name: &NameCount| Side {
        label: name.name.clone(),
        instances: Vec::new(),
        mentions: name
            .citations
            .iter()
            .map(|citation| NameMention {
                name: name.name.clone(),
                citation: *citation,
                quote: None,
            })
            .collect(),
    };
    let times = |n: u32| {
        if n == 1 {
            "once".to_string()
        } else {
            format!("{n} times")
        }
    };
    Finding {
        kind: FindingKind::NameVariant,
        rule: None,
        claim: format!("{} / {}", a.name, b.name),
        status: Status::NotEnoughInfo,
        severity: Severity::Low,
        class: None,
        explanation: format!(
            "\u{201c}{}\u{201d} (seen {}) and \u{201c}{}\u{201d} (seen {}) look like one name spelt two ways.",
            a.name,
            times(a.count),
            b.name,
            times(b.count)
        ),
        sides: vec![side(a), side(b)],
        mentions: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ArticleId, Citation};

    fn names(list: &[&str]) -> Vec<NameCount> {
        let mut names: Vec<NameCount> = list
            .iter()
            .enumerate()
            .map(|(doc, name)| NameCount {
                name: name.to_string(),
                count: 1,
                citations: vec![Citation {
                    doc: ArticleId(doc as u32),
                    byte_start: 0,
                    byte_end: 1,
                    line: 1,
                    column: 1,
                }],
            })
            .collect();
        names.sort();
        names
    }

    fn check_names(list: &[&str], config: &NameConfig) -> Vec<String> {
        check(&names(list), config)
            .into_iter()
            .map(|finding| finding.claim)
            .collect()
    }

    #[test]
    fn kofman_and_koffman_are_variants() {
        let found = check_names(
            &["Kofman", "Koffman", "Kirchberger", "Kremlin"],
            &NameConfig::default(),
        );
        assert_eq!(found, vec!["Koffman / Kofman".to_string()]);
    }

    #[test]
    fn transliterations_and_diacritics_are_variants() {
        let found = check_names(
            &[
                "Zürich",
                "Zurich",
                "Dostoevsky",
                "Dostoyevskiy",
                "Zelensky",
                "Zelenskyy",
                "Jean-Claude",
                "Kherson",
                "Kharkiv",
            ],
            &NameConfig::default(),
        );
        assert_eq!(
            found,
            vec![
                "Dostoevsky / Dostoyevskiy".to_string(),
                "Zelensky / Zelenskyy".to_string(),
                "Zurich / Zürich".to_string(),
            ]
        );
    }

    #[test]
    fn spellings_whose_folds_are_one_edit_apart_are_variants() {
        // "Dimitri" folds to "dimitry", one letter from "Dmitry"; the last
        // letters differ only as written.
        let found = check_names(
            &["Dimitri", "Dmitry", "Peskov", "Dmitrov"],
            &NameConfig::default(),
        );
        assert_eq!(found, vec!["Dimitri / Dmitry".to_string()]);
        let found = check_names(
            &[
                "Lugansk",
                "Luhansk",
                "Ruslan",
                "Russian",
                "Dnepropetrovsk",
                "Dnipropetrovsk",
                "Kolotilovka",
                "Kolotylivka",
            ],
            &NameConfig::default(),
        );
        assert_eq!(
            found,
            vec![
                "Dnepropetrovsk / Dnipropetrovsk".to_string(),
                "Kolotilovka / Kolotylivka".to_string(),
                "Lugansk / Luhansk".to_string()
            ]
        );
    }

    #[test]
    fn english_names_one_vowel_or_g_h_apart_are_not_transliterations() {
        // Real transliterations: a known vowel pair past the first two
        // letters, two such pairs in a long word, "g"/"h" in a Slavic word.
        let found = check_names(
            &[
                "Lugansk",
                "Luhansk",
                "Goncharenko",
                "Honcharenko",
                "Kirilenko",
                "Kyrylenko",
                "Andrii",
                "Andriy",
                "Sergei",
                "Sergey",
                "Kharkov",
                "Kharkiv",
                "Elenovka",
                "Olenivka",
            ],
            &NameConfig::default(),
        );
        assert_eq!(
            found,
            vec![
                "Andrii / Andriy".to_string(),
                "Elenovka / Olenivka".to_string(),
                "Goncharenko / Honcharenko".to_string(),
                "Kharkiv / Kharkov".to_string(),
                "Kirilenko / Kyrylenko".to_string(),
                "Lugansk / Luhansk".to_string(),
                "Sergei / Sergey".to_string(),
            ]
        );
        // English names: a vowel within the first two letters, or "g"/"h"
        // where nothing marks a Slavic spelling.
        for pair in [
            ["Barton", "Burton"],
            ["Bolton", "Belton"],
            ["Hilton", "Holton"],
            ["Milton", "Melton"],
            ["Hamburg", "Homburg"],
            ["Hunter", "Gunter"],
            ["Colombia", "Columbia"],
            ["Hansen", "Hanson"],
            ["Larsen", "Larson"],
        ] {
            assert!(
                check_names(&pair, &NameConfig::default()).is_empty(),
                "{pair:?}"
            );
        }
    }

    #[test]
    fn a_suffix_is_not_a_variant() {
        assert!(check_names(&["Russia", "Russian"], &NameConfig::default()).is_empty());
    }

    #[test]
    fn a_different_ending_is_not_a_variant() {
        assert!(check_names(&["Minister", "Ministry"], &NameConfig::default()).is_empty());
    }

    #[test]
    fn allowed_pairs_are_not_reported() {
        let config = NameConfig {
            allow: vec![vec!["Kofman".into(), "Koffman".into()]],
            ..NameConfig::default()
        };
        assert!(check_names(&["Kofman", "Koffman"], &config).is_empty());
    }

    #[test]
    fn short_names_are_not_compared() {
        assert!(check_names(
            &["Kane", "Kanne"],
            &NameConfig {
                min_len: 6,
                ..NameConfig::default()
            }
        )
        .is_empty());
    }

    #[test]
    fn deletion_keys_cover_one_edit() {
        let keys = deletion_keys("abc");
        assert_eq!(keys, vec!["ab", "abc", "ac", "bc"]);
    }
}
