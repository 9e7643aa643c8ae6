//! The one place an instance is made: every path that finds one (a rule's
//! match, a follow-up denial) hands its reading here, and this applies the
//! rule's origin policy, the citation and the quote the same way for all.

use std::ops::Range;

use crate::kinds::{Context, Reading, RuleInfo, RuleKind};
use crate::model::{
    Article, ArticleId, Attribution, Citation, Factuality, Hedge, Instance, OriginPolicy, RuleId,
    Sentence, SentenceKind, Slot, Speakers, StanceReading, Values,
};
use crate::provenance;

/// What a path read from sentences `first..=last` of an article for one rule.
#[derive(Debug, Clone)]
pub struct Draft {
    /// The rule.
    pub rule_idx: RuleId,
    /// First and last sentence index of the instance.
    pub sentences: (u32, u32),
    /// Byte span, inside the quote, of the words that made it an instance.
    pub matched: Range<usize>,
    /// Affirm or deny, and why.
    pub stance: StanceReading,
    /// Every typed value in the quote, shared with the other drafts of it.
    pub values: Values,
    /// What the rule's kind read from the values.
    pub reading: Reading,
    /// Who says it; `None` for the article's own voice.
    pub attribution: Option<Attribution>,
    /// A hedge bearing on the claim.
    pub hedge: Option<Hedge>,
    /// Its speech act and certainty.
    pub factuality: Factuality,
    /// The roles a pattern filled.
    pub slots: Vec<Slot>,
}

/// The instances `draft` makes in `article` for `rule`: one, and one more
/// for each further figure its reading gives (another qualifier term of the
/// same sentence, a value listed with it); none for a figure about another
/// event or when its sentences lie outside the article.
pub fn instances(
    rule: &RuleInfo,
    speakers: &Speakers,
    article: &Article,
    mut draft: Draft,
) -> Vec<Instance> {
    let more = std::mem::take(&mut draft.reading.more);
    let mut drafts = vec![draft.clone()];
    drafts.extend(more.into_iter().map(|figure| {
        let mut extra = draft.clone();
        extra.reading.figure_value = figure.value;
        extra.reading.figure_key = figure.key;
        extra.reading.key_inherited = figure.inherited;
        extra.reading.other_event = figure.other_event;
        extra.reading.figure_sum = figure.sum;
        extra
    }));
    drafts
        .into_iter()
        .filter(|draft| !draft.reading.other_event)
        .filter_map(|draft| instance(rule, speakers, article, draft))
        .collect()
}

/// The sentence before `sentence_idx`, the nearest heading above it (within
/// 200 sentences) and the years of the article's own event, where a figure rule looks for a
/// key its sentence does not write and for a sign of another event; empty
/// for other rules.
pub fn context<'a>(rule: &RuleInfo, article: &'a Article, sentence_idx: u32) -> Context<'a> {
    if !matches!(&rule.kind, RuleKind::Figure(_)) {
        return Context::default();
    }
    let text = |sentence: &Sentence| article.text.get(sentence.start..sentence.end);
    let before = article
        .sentences
        .get(..sentence_idx as usize)
        .unwrap_or(&[]);
    let previous = before
        .last()
        .filter(|sentence| matches!(sentence.kind, SentenceKind::Body | SentenceKind::Heading))
        .and_then(text);
    let heading = before
        .iter()
        .rev()
        .take(200)
        .find(|sentence| sentence.kind == SentenceKind::Heading)
        .and_then(text);
    let mut recent: Vec<i32> = article
        .document
        .date
        .map(|date| i32::from(date.year()))
        .into_iter()
        .flat_map(|year| [year - 1, year])
        .collect();
    let lede = article.sentences.iter().take(LEDE).filter_map(text);
    recent.extend(lede.flat_map(years_in));
    recent.sort_unstable();
    recent.dedup();
    Context {
        previous,
        heading,
        recent,
    }
}

/// How many first sentences of an article (title and lede) name its own
/// event's year.
const LEDE: usize = 3;

/// The four-digit numbers from 1000 to 2199 standing alone in `text`.
fn years_in(text: &str) -> impl Iterator<Item = i32> + '_ {
    text.split(|ch: char| !ch.is_ascii_digit())
        .filter(|digits| digits.len() == 4)
        .filter_map(|digits| digits.parse::<i32>().ok())
        .filter(|year| (1000..2200).contains(year))
}

/// The instance `draft` makes in `article` for `rule`; `None` when its
/// sentences lie outside the article.
pub fn instance(
    rule: &RuleInfo,
    speakers: &Speakers,
    article: &Article,
    draft: Draft,
) -> Option<Instance> {
    let (first_idx, last_idx) = draft.sentences;
    let first = article.sentences.get(first_idx as usize)?;
    let last = article.sentences.get(last_idx as usize)?;
    let quote = article.text.get(first.start..last.end)?;
    // A figure in a background supplement of a sentence a later one credits
    // ("…, which claimed the lives of at least 20 people. Source: X") is
    // the writer's own.
    let mut draft = draft;
    let figure_at = draft
        .reading
        .figure_value
        .and_then(|idx| draft.values.get(idx))
        .map(|value| value.start);
    let later = draft
        .attribution
        .as_ref()
        .is_some_and(|found| found.credit == crate::model::Credit::Later);
    if later && figure_at.is_some_and(|at| provenance::attribution::in_supplement(quote, at)) {
        draft.attribution = None;
    }
    // A breakdown's sum replaces its parts among the instance's values.
    if let Some(sum) = draft.reading.figure_sum.take() {
        let (values, idx) =
            crate::values::summed(quote, &draft.values, sum.parts, sum.span, sum.total);
        draft.values = values.into();
        draft.reading.figure_value = Some(idx);
    }
    let origin = origin(rule.origin, speakers, draft.attribution.as_ref(), article);
    // The output names the registry entry the speaker is, and what it counts as.
    let attribution = draft.attribution.map(|attribution| {
        let entry = entry(speakers, &attribution);
        std::sync::Arc::new(Attribution {
            entry_affiliation: entry
                .as_ref()
                .and_then(|id| speakers.affiliation.get(id))
                .cloned(),
            entry,
            ..attribution
        })
    });
    Some(Instance {
        citation: Citation {
            doc: ArticleId(0),
            byte_start: first.start,
            byte_end: last.end,
            line: first.line,
            // Counted for all of an article's instances at once
            // (`matcher::columns`).
            column: 0,
        },
        rule: draft.rule_idx,
        quote: quote.into(),
        match_start: u32::try_from(draft.matched.start).unwrap_or(u32::MAX),
        match_end: u32::try_from(draft.matched.end).unwrap_or(u32::MAX),
        stance: draft.stance,
        values: draft.values,
        figure_value: draft
            .reading
            .figure_value
            .and_then(|idx| u32::try_from(idx).ok()),
        figure_key: draft.reading.figure_key.map(Box::new),
        key_inherited: draft.reading.key_inherited,
        attribution,
        hedge: draft.hedge,
        factuality: draft.factuality,
        slots: draft.slots.into_boxed_slice(),
        origin: origin.into(),
        repeat: first.repeat_of.is_some(),
    })
}

/// The independent source of an instance under a rule's origin policy: the
/// speaker (else the outlet) by default, always the outlet for `publisher`.
/// A speaker the registry names (as written, by its key, its person or its
/// institution) is that registry entry.
pub fn origin(
    policy: OriginPolicy,
    speakers: &Speakers,
    attribution: Option<&Attribution>,
    article: &Article,
) -> String {
    let document = &article.document;
    // "It was reported by local media that …": the press in general is the
    // article's own origin, even where the registry declares the head as an
    // entry that is again only the press in general ("local media").
    let press = attribution.is_some_and(provenance::quotes_the_press);
    if let (OriginPolicy::Speaker, Some(id)) =
        (policy, attribution.and_then(|a| entry(speakers, a)))
    {
        if !(press && provenance::generic_press(&id)) {
            return id;
        }
    }
    let speaker = match policy {
        OriginPolicy::Speaker => attribution.and_then(provenance::origin_speaker),
        OriginPolicy::Publisher => None,
    };
    match speaker {
        Some(speaker) => provenance::speaker_key(speaker),
        None => provenance::outlet(document, provenance::credit(article)),
    }
}

/// The registry entry an attribution's speaker is: its origin words (the
/// named speaker a pronoun or generic head stands for, else the speaker)
/// tried as written, as its origin key, as the person it names and as the
/// institution a spokesperson speaks for.
fn entry(speakers: &Speakers, attribution: &Attribution) -> Option<String> {
    // "The council … said" with no council named before it: a generic head
    // the rulebook declares as an alias is that entry (the registry names
    // whom the head stands for in this story).
    let Some(speaker) = provenance::origin_speaker(attribution) else {
        // "it" standing for such a head is the head's entry.
        let written = provenance::normalize(
            attribution
                .refers_to
                .as_deref()
                .unwrap_or(&attribution.speaker),
        );
        let bare = ["the ", "a ", "an "]
            .iter()
            .find_map(|article| written.strip_prefix(article))
            .unwrap_or(&written);
        return speakers
            .by_alias
            .get(&written)
            .or_else(|| speakers.by_alias.get(bare))
            .or_else(|| by_head(speakers, bare))
            .cloned();
    };
    // "Kremlin spokesman Dmitry Peskov": a spokesperson the registry names
    // as an entry of their own is that entry, not the principal they speak
    // for (an entry whose aliases name them is theirs too).
    let named = attribution
        .refers_to
        .as_deref()
        .unwrap_or(&attribution.speaker);
    if let Some(person) = provenance::person(named).filter(|_| named != speaker) {
        let own = [provenance::normalize(named), provenance::normalize(person)];
        if let Some(id) = own.iter().find_map(|key| speakers.by_alias.get(key)) {
            return Some(id.clone());
        }
    }
    // "an international investigation team" is the alias "international
    // investigation team".
    let bare = ["a ", "an ", "A ", "An "]
        .iter()
        .find_map(|article| speaker.strip_prefix(article));
    // "the public prosecutor in Zenda": an office holder's own entry comes
    // before the place's, which the speaker's key would name.
    let titled_head = speaker.split_once(" in ").is_some_and(|(head, _)| {
        head.split_whitespace()
            .next_back()
            .is_some_and(|last| provenance::is_title_word(&last.to_lowercase()))
    });
    if let Some(id) = titled_head
        .then(|| office_in_place(speakers, speaker))
        .flatten()
    {
        return Some(id);
    }
    let candidates = [
        Some(provenance::normalize(speaker)),
        Some(provenance::speaker_key(speaker)),
        provenance::person(speaker).map(provenance::normalize),
        provenance::represented(speaker).map(provenance::normalize),
        bare.map(provenance::normalize),
    ];
    candidates
        .iter()
        .flatten()
        .find_map(|key| speakers.by_alias.get(key))
        .or_else(|| by_surname(speakers, speaker))
        .or_else(|| by_title(speakers, speaker))
        .or_else(|| {
            let written = provenance::normalize(speaker);
            by_head(speakers, written.strip_prefix("the ").unwrap_or(&written))
        })
        .or_else(|| {
            // "Jen Stoltenberg", misspelt, is the alias "Jens Stoltenberg".
            provenance::person(speaker)
                .and_then(|name| name.split_whitespace().next_back())
                .and_then(|surname| by_surname(speakers, surname))
        })
        .cloned()
        .or_else(|| office_in_place(speakers, speaker))
        .or_else(|| {
            by_key(speakers, speaker)
                .or_else(|| by_country(speakers, speaker))
                .or_else(|| {
                    reduced(speaker)
                        .iter()
                        .find_map(|key| speakers.by_alias.get(key))
                })
                .cloned()
        })
        .or_else(|| joint_entry(speakers, speaker))
}

/// The registry entry of a holder written with the place of its office
/// ("the public prosecutor in Zenda" is the entry "the prosecutor" names),
/// before the place's own entry; unnamed office holders, who speak for
/// their place ("officials in Zenda"), are left to `reduced`.
fn office_in_place(speakers: &Speakers, speaker: &str) -> Option<String> {
    let (head, _) = speaker.split_once(" in ")?;
    if speaks_for_a_place(head) || head.split_whitespace().count() > 6 {
        return None;
    }
    let found = Attribution {
        speaker: head.to_string(),
        ..Attribution::default()
    };
    entry(speakers, &found)
}

/// The registry entry a coordination of speakers is ("The Russian military
/// and pro-Moscow separatists"): the one entry every conjunct is, or
/// belongs to by its affiliation ("russian defence ministry" and "dpr" both
/// "russia"). `None` when a conjunct is no entry, or when they belong to
/// different ones ("Moscow and Beijing" name several sources, none alone).
fn joint_entry(speakers: &Speakers, speaker: &str) -> Option<String> {
    let conjuncts = provenance::conjuncts(speaker);
    if conjuncts.len() < 2 {
        return None;
    }
    let top = |conjunct: &str| -> Option<String> {
        let found = Attribution {
            speaker: conjunct.to_string(),
            ..Attribution::default()
        };
        let id = entry(speakers, &found)?;
        Some(speakers.affiliation.get(&id).cloned().unwrap_or(id))
    };
    let first = top(conjuncts.first()?)?;
    conjuncts
        .iter()
        .skip(1)
        .all(|conjunct| top(conjunct).as_ref() == Some(&first))
        .then_some(first)
}

/// Whether `head` is unnamed office holders ("officials", "local
/// authorities"), who speak for the place they are in.
fn speaks_for_a_place(head: &str) -> bool {
    let last = head.split_whitespace().next_back().unwrap_or("");
    [
        "officials",
        "authorities",
        "leaders",
        "officers",
        "spokesmen",
    ]
    .iter()
    .any(|noun| noun.eq_ignore_ascii_case(last))
}

/// Shorter keys an aliased speaker may be written around, tried when the
/// speaker as written is no alias: a possessive as a modifier ("Gaza's
/// health ministry" is the alias "Gaza health ministry"), the head before a
/// place qualifier ("the Hamas-run Health Ministry in the Gaza Strip"), the
/// name after a descriptive common noun ("Palestinian militant group Islamic
/// Jihad", "Israeli military spokesman Rear Adm. Daniel Hagari"), and the
/// ruler of a place unnamed officials are in ("officials in Hamas-ruled
/// Gaza" speak for Hamas).
fn reduced(speaker: &str) -> Vec<String> {
    let mut keys = Vec::new();
    // "A United Nations (UN) team": the acronym in brackets restates the
    // name before it.
    let bracketed = speaker.split_whitespace().any(|word| {
        word.strip_prefix('(')
            .and_then(|word| word.strip_suffix(')'))
            .is_some_and(|acronym| {
                acronym.len() >= 2 && acronym.chars().all(|ch| ch.is_uppercase() || ch == '.')
            })
    });
    let stripped;
    let speaker = if bracketed {
        stripped = speaker
            .split_whitespace()
            .filter(|word| !(word.starts_with('(') && word.ends_with(')')))
            .collect::<Vec<_>>()
            .join(" ");
        stripped.as_str()
    } else {
        speaker
    };
    let key = provenance::normalize(speaker);
    if key.contains("'s ") {
        keys.push(key.replace("'s ", " "));
    }
    if let Some((head, place)) = speaker.split_once(" in ") {
        let head_key = provenance::normalize(head);
        keys.push(head_key.replace("'s ", " "));
        keys.push(head_key);
        if speaks_for_a_place(head) {
            let ruler = place.split_whitespace().find_map(|word| {
                provenance::OWNED
                    .iter()
                    .find_map(|suffix| word.strip_suffix(suffix))
            });
            keys.extend(ruler.map(provenance::normalize));
            keys.push(provenance::normalize(place));
        }
    }
    // A name after a descriptive common noun: the suffix that starts with a
    // capital after a lower-case word. A coordination ("Moscow and
    // Beijing") names several speakers, none of them alone.
    let words: Vec<&str> = speaker.split_whitespace().collect();
    let coordinated = words
        .iter()
        .any(|word| ["and", "or", "&", "nor"].contains(word) || word.contains(','));
    for at in 1..words.len() {
        if coordinated {
            break;
        }
        let after_common = words[at - 1].starts_with(char::is_lowercase);
        if after_common && words[at].starts_with(char::is_uppercase) {
            keys.push(provenance::normalize(&words[at..].join(" ")));
            break;
        }
    }
    // A name before descriptive common nouns ("the HUR intelligence
    // service", "Kremlin officials"): the capitalised words that open it,
    // not a possessive ("Russia's defence ministry" is no "Russia").
    let named: Vec<&str> = words
        .iter()
        .skip(usize::from(words.first().is_some_and(|word| {
            ["the", "a", "an"]
                .iter()
                .any(|article| word.eq_ignore_ascii_case(article))
        })))
        .copied()
        .collect();
    let run = named
        .iter()
        .take_while(|word| word.starts_with(char::is_uppercase))
        .count();
    let common = named
        .iter()
        .skip(run)
        .all(|word| word.starts_with(char::is_lowercase));
    let possessive = named
        .iter()
        .take(run)
        .any(|word| word.ends_with("'s") || word.ends_with("’s"));
    if !coordinated && (1..=3).contains(&run) && run < named.len() && common && !possessive {
        keys.push(provenance::normalize(&named[..run].join(" ")));
    }
    keys
}

/// The one registry entry that the aliases `matches` keeps belong to;
/// `None` when they belong to none or to two.
fn one_entry(speakers: &Speakers, matches: impl Fn(&String) -> bool) -> Option<&String> {
    let mut ids = speakers
        .by_alias
        .iter()
        .filter(|(alias, _)| matches(alias))
        .map(|(_, id)| id);
    let first = ids.next()?;
    ids.all(|id| id == first).then_some(first)
}

/// The one registry entry with an alias whose origin key is the speaker's
/// ("US official" and the alias "U.S. officials" are both "us"); `None`
/// when no entry or two entries have one.
fn by_key<'a>(speakers: &'a Speakers, speaker: &str) -> Option<&'a String> {
    let key = provenance::speaker_key(speaker);
    one_entry(speakers, |alias| provenance::speaker_key(alias) == key)
}

/// The one registry entry with an alias that names the same body after
/// the same country: "Russia’s Defence Ministry" is the alias "Russian
/// Defence Ministry" (`provenance::country_fold`).
fn by_country<'a>(speakers: &'a Speakers, speaker: &str) -> Option<&'a String> {
    let key = provenance::country_fold(speaker)?;
    one_entry(speakers, |alias| {
        provenance::country_fold(alias).as_ref() == Some(&key)
    })
}

/// The one registry entry with a person alias that an unnamed holder's
/// title opens ("the country's health minister" and the alias "Health
/// Minister Arben Taravari"); `None` when no entry or two entries have one,
/// when the holder is indefinite ("a health minister") or when the speaker
/// names anything besides its title.
fn by_title<'a>(speakers: &'a Speakers, speaker: &str) -> Option<&'a String> {
    let mut words: Vec<&str> = speaker.split_whitespace().collect();
    // "a health minister" is someone not yet identified, no entry.
    if words
        .first()
        .is_some_and(|first| ["a", "an"].contains(&first.to_lowercase().as_str()))
    {
        return None;
    }
    // "the", then a lower-case possessive ("the country's", "its").
    if words.first().is_some_and(|first| {
        ["the", "its", "his", "her", "their"].contains(&first.to_lowercase().as_str())
    }) {
        words.remove(0);
    }
    if words.first().is_some_and(|first| {
        first.starts_with(char::is_lowercase) && (first.ends_with("'s") || first.ends_with("’s"))
    }) {
        words.remove(0);
    }
    let head = words.last()?.to_lowercase();
    if words.is_empty()
        || !words
            .iter()
            .all(|word| word.starts_with(char::is_lowercase))
        || !provenance::is_title_word(&head)
    {
        return None;
    }
    let prefix = format!("{} ", provenance::normalize(&words.join(" ")));
    one_entry(speakers, |alias| alias.starts_with(&prefix))
}

/// The one registry entry with an alias that a bare body head ends ("police"
/// and the alias "regional police"; "foreign ministry" and the alias
/// "Estonian Foreign Ministry"), as `by_title` maps an unnamed office
/// holder: in a story whose registry names one police force, "the police"
/// is that force. A head may keep up to two lower-case modifiers before its
/// body word, and "the country's" before them stands for the state of the
/// story ("the country's foreign ministry" is "foreign ministry"). `None`
/// when no entry or two entries have one.
fn by_head<'a>(speakers: &'a Speakers, head: &str) -> Option<&'a String> {
    const BODY_HEADS: &[&str] = &["police", "army", "military", "navy", "ministry"];
    let head = ["country's ", "country’s ", "nation's ", "nation’s "]
        .iter()
        .find_map(|owner| head.strip_prefix(owner))
        .unwrap_or(head);
    let words: Vec<&str> = head.split(' ').collect();
    let body = words.last().is_some_and(|last| BODY_HEADS.contains(last));
    let modifiers = &words[..words.len().saturating_sub(1)];
    let plain = modifiers.iter().all(|word| {
        word.chars()
            .all(|ch| ch.is_alphabetic() && !ch.is_uppercase())
    });
    if !body || modifiers.len() > 2 || !plain {
        return None;
    }
    let suffix = format!(" {head}");
    one_entry(speakers, |alias| alias.ends_with(&suffix))
}

/// The one registry entry with a person alias that a lone surname ends
/// ("Gerashchenko" and the alias "Anton Gerashchenko"); `None` when no entry
/// or two entries have one.
fn by_surname<'a>(speakers: &'a Speakers, speaker: &str) -> Option<&'a String> {
    if speaker.contains(char::is_whitespace) || !speaker.starts_with(char::is_uppercase) {
        return None;
    }
    let surname = provenance::normalize(speaker);
    let suffix = format!(" {surname}");
    one_entry(speakers, |alias| alias.ends_with(&suffix))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Document;

    fn article(document: &Document, text: &str) -> Article {
        Article {
            document: document.clone(),
            text: text.to_string(),
            sentences: crate::text::segment(text),
            breaks: Vec::new(),
        }
    }

    #[test]
    fn the_outlet_is_the_credited_wire_then_the_publisher_then_the_url_host() {
        let speakers = Speakers::default();
        let local = Document {
            id: "local".to_string(),
            publisher: Some("Daily Planet".to_string()),
            ..Document::default()
        };
        let bare = Document {
            id: "bare".to_string(),
            url: Some("https://www.dutchnews.nl/2014/07/mh17/".to_string()),
            ..Document::default()
        };
        let rows = [
            (
                &local,
                "KYIV (Reuters) - The dam was destroyed on Tuesday.",
                "reuters",
            ),
            (
                &local,
                "The dam was destroyed.\n\nAFP contributed to this report.",
                "afp",
            ),
            (
                &local,
                "The dam was destroyed on Tuesday.\n\n— with AFP",
                "afp",
            ),
            (
                &local,
                "GENICHESK, June 7. /TASS/. About 1,500 people were evacuated.",
                "tass",
            ),
            (
                &local,
                "The dam was destroyed, AFP reported.",
                "daily planet",
            ),
            (&bare, "The plane came down near Donetsk.", "dutchnews.nl"),
        ];
        for (document, text, expected) in rows {
            let got = origin(
                OriginPolicy::Speaker,
                &speakers,
                None,
                &article(document, text),
            );
            assert_eq!(got, expected, "{text}");
        }
    }

    fn check(policy: OriginPolicy, speaker: Option<&str>, document: &Document, expected: &str) {
        let speakers = Speakers {
            by_alias: [("beijing".to_string(), "china".to_string())]
                .into_iter()
                .collect(),
            ..Speakers::default()
        };
        check_in(&speakers, policy, speaker, document, expected);
    }

    /// Checks the origin of each `(speaker, expected)` row under a registry
    /// of `aliases` and `affiliations` (`(key, entry)` pairs).
    fn speakers_in(aliases: &[(&str, &str)], affiliations: &[(&str, &str)], rows: &[(&str, &str)]) {
        let pairs = |rows: &[(&str, &str)]| {
            rows.iter()
                .map(|(key, id)| (key.to_string(), id.to_string()))
                .collect()
        };
        let speakers = Speakers {
            by_alias: pairs(aliases),
            affiliation: pairs(affiliations),
        };
        let document = Document {
            id: "own".to_string(),
            ..Document::default()
        };
        for (speaker, expected) in rows {
            check_in(
                &speakers,
                OriginPolicy::Speaker,
                Some(speaker),
                &document,
                expected,
            );
        }
    }

    /// `check` with the registry `speakers`.
    fn check_in(
        speakers: &Speakers,
        policy: OriginPolicy,
        speaker: Option<&str>,
        document: &Document,
        expected: &str,
    ) {
        let attribution = speaker.map(|speaker| Attribution {
            speaker: speaker.to_string(),
            cue: "said".to_string(),
            direct: false,
            ..Attribution::default()
        });
        assert_eq!(
            origin(
                policy,
                speakers,
                attribution.as_ref(),
                &article(document, "")
            ),
            expected,
            "{policy:?} {speaker:?}"
        );
    }

    #[test]
    fn a_country_names_a_body_as_demonym_or_possessive() {
        let aliases = [
            ("russian defence ministry", "russian defence ministry"),
            ("ukraine's foreign ministry", "ukraine"),
        ];
        let rows = [
            ("Russia’s Defence Ministry", "russian defence ministry"),
            ("the Ukrainian foreign ministry", "ukraine"),
            ("Russian officials", "russia"),
        ];
        speakers_in(&aliases, &[], &rows);
    }

    #[test]
    fn a_generic_head_the_registry_declares_is_its_entry() {
        let speakers = Speakers {
            by_alias: [
                ("council".to_string(), "mariupol city council".to_string()),
                ("company".to_string(), "energoatom".to_string()),
            ]
            .into_iter()
            .collect(),
            ..Speakers::default()
        };
        let document = own_document("Reuters");
        let rows = [
            ("The council", "mariupol city council"),
            ("the company", "energoatom"),
            ("the ministry", "reuters"),
        ];
        for (speaker, expected) in rows {
            let attribution = Attribution {
                speaker: speaker.to_string(),
                cue: "said".to_string(),
                unresolved: true,
                ..Attribution::default()
            };
            let got = origin(
                OriginPolicy::Speaker,
                &speakers,
                Some(&attribution),
                &article(&document, ""),
            );
            assert_eq!(got, expected, "{speaker}");
        }
    }

    #[test]
    fn a_bare_body_head_is_the_one_entry_of_that_body() {
        let speakers = registry(&[
            ("regional police", "lake police"),
            ("cantonal police", "lake police"),
            ("defence ministry", "defence ministry"),
            ("foreign ministry", "foreign ministry"),
            ("velmish interior ministry", "velm interior ministry"),
            ("velm's interior ministry", "velm interior ministry"),
            ("ardean air ministry", "ardea air ministry"),
            ("velmish air ministry", "velm air ministry"),
        ]);
        let rows = [
            ("Police", false, None, "lake police"),
            ("the police", true, None, "lake police"),
            // Two ministries: no one of them.
            ("the ministry", true, None, "reuters"),
            // A body word with its modifiers: the one entry named so.
            (
                "the Interior Ministry",
                true,
                None,
                "velm interior ministry",
            ),
            (
                "the ministry",
                false,
                Some("the country's interior ministry"),
                "velm interior ministry",
            ),
            // Two entries end so: none of them.
            ("the air ministry", true, None, "reuters"),
        ];
        for (speaker, unresolved, refers_to, expected) in rows {
            let attribution = Attribution {
                speaker: speaker.to_string(),
                cue: "confirmed".to_string(),
                unresolved,
                refers_to: refers_to.map(str::to_string),
                ..Attribution::default()
            };
            let got = speaker_origin(&speakers, &attribution, "Reuters");
            assert_eq!(got, expected, "{speaker}");
        }
    }

    /// The origin of `attribution` in an article `publisher` publishes.
    fn speaker_origin(speakers: &Speakers, attribution: &Attribution, publisher: &str) -> String {
        let document = Document {
            id: "own".to_string(),
            publisher: Some(publisher.to_string()),
            ..Document::default()
        };
        origin(
            OriginPolicy::Speaker,
            speakers,
            Some(attribution),
            &article(&document, ""),
        )
    }

    /// A speaker registry of `(alias, id)` rows.
    fn registry(rows: &[(&str, &str)]) -> Speakers {
        Speakers {
            by_alias: rows
                .iter()
                .map(|(alias, id)| (alias.to_string(), id.to_string()))
                .collect(),
            ..Speakers::default()
        }
    }

    #[test]
    fn a_spokesperson_with_an_entry_of_their_own_is_that_entry() {
        let speakers = registry(&[
            ("dmitry peskov", "dmitry peskov"),
            ("peskov", "dmitry peskov"),
            ("kremlin", "russia"),
        ]);
        // "…, Peskov told reporters" after "Kremlin spokesman Dmitry
        // Peskov"; a spokesman the registry does not name speaks for the
        // Kremlin.
        let rows = [
            ("Peskov", Some("Dmitry Peskov"), "dmitry peskov"),
            ("Dmitry Peskov", None, "dmitry peskov"),
            ("Ivan Petrov", None, "russia"),
        ];
        for (speaker, refers_to, expected) in rows {
            let attribution = Attribution {
                speaker: speaker.to_string(),
                cue: "told".to_string(),
                refers_to: refers_to.map(str::to_string),
                affiliation: Some("Kremlin spokesman".to_string()),
                ..Attribution::default()
            };
            let got = speaker_origin(&speakers, &attribution, "Pravda");
            assert_eq!(got, expected, "{speaker}");
        }
    }

    /// Checks the origin of each (speaker, expected origin) of `cases` in
    /// `document` under the registry `declared`.
    fn origins_are(declared: &Speakers, document: &Document, cases: &[(&str, &str)]) {
        for (speaker, expected) in cases {
            check_in(
                declared,
                OriginPolicy::Speaker,
                Some(speaker),
                document,
                expected,
            );
        }
    }

    /// An article called "own" that the outlet `publisher` runs.
    fn own_document(publisher: &str) -> Document {
        Document {
            id: "own".to_string(),
            publisher: Some(publisher.to_string()),
            ..Document::default()
        }
    }

    #[test]
    fn it_for_an_unresolved_head_is_the_heads_entry_else_the_outlet() {
        // "…, the defence ministry said. “…,” it said." with no ministry
        // named before: "it" is the head, which the registry may name.
        let document = own_document("Zawya");
        let attribution = Attribution {
            speaker: "it".to_string(),
            cue: "said".to_string(),
            refers_to: Some("the defence ministry".to_string()),
            unresolved: true,
            ..Attribution::default()
        };
        let registry = Speakers {
            by_alias: [("defence ministry", "russian defence ministry")]
                .into_iter()
                .map(|(alias, id)| (alias.to_string(), id.to_string()))
                .collect(),
            ..Speakers::default()
        };
        for (speakers, expected) in [
            (&registry, "russian defence ministry"),
            (&Speakers::default(), "zawya"),
        ] {
            let got = origin(
                OriginPolicy::Speaker,
                speakers,
                Some(&attribution),
                &article(&document, ""),
            );
            assert_eq!(got, expected);
        }
    }

    #[test]
    fn the_press_in_general_is_the_articles_outlet_unless_the_registry_names_one() {
        let document = Document {
            id: "own".to_string(),
            publisher: Some("Daily Planet (dailyplanet.com)".to_string()),
            derived_from: Some("Metro Wire".to_string()),
            ..Document::default()
        };
        let declared = Speakers {
            by_alias: [
                ("local media", "local media"),
                ("media reports", "metro times"),
            ]
            .into_iter()
            .map(|(alias, id)| (alias.to_string(), id.to_string()))
            .collect(),
            ..Speakers::default()
        };
        origins_are(
            &declared,
            &document,
            &[
                ("local media", "metro wire"),
                ("media reports", "metro times"),
                ("local officials", "local officials"),
            ],
        );
        let own = Document {
            derived_from: None,
            ..document
        };
        check_in(
            &Speakers::default(),
            OriginPolicy::Speaker,
            Some("local media"),
            &own,
            "daily planet",
        );
    }

    #[test]
    fn the_states_own_media_is_one_voice_and_a_registry_entry_names_it() {
        let document = own_document("Guardian");
        let declared = registry(&[
            ("state media", "kerala state media"),
            ("state television", "kerala state media"),
            ("official media", "xinhua"),
            ("local media", "local media"),
        ]);
        origins_are(
            &declared,
            &document,
            &[
                ("state media", "kerala state media"),
                ("state television", "kerala state media"),
                ("official media", "xinhua"),
                // The press in general stays the article's outlet.
                ("local media", "guardian"),
                ("media reports", "guardian"),
            ],
        );
        // Undeclared, the state's media is still no outlet's own words.
        check_in(
            &Speakers::default(),
            OriginPolicy::Speaker,
            Some("state-run media"),
            &document,
            "state-run media",
        );
    }

    #[test]
    fn a_registry_names_a_body_written_with_its_acronym_before_a_common_noun() {
        let aliases = [("world health organization", "who"), ("who", "who")];
        let rows = [
            ("A World Health Organization (WHO) team", "who"),
            ("the World Health Organization team", "who"),
        ];
        speakers_in(&aliases, &[], &rows);
    }

    #[test]
    fn a_registry_names_a_misspelt_person_by_surname_and_a_speaker_by_its_key() {
        let aliases = [
            ("jens stoltenberg", "nato"),
            ("u.s. officials", "united states"),
            ("us officials", "united states"),
        ];
        let rows = [
            // The given name misspelt, the surname one entry's.
            ("Jen Stoltenberg", "nato"),
            // "US official" and "U.S. officials" are both the key "us".
            ("US official", "united states"),
            ("British officials", "uk"),
        ];
        speakers_in(&aliases, &[], &rows);
    }

    #[test]
    fn a_registry_names_a_speaker_by_alias_article_or_surname() {
        let aliases = [
            ("international investigation team", "jit"),
            ("anton gerashchenko", "interior ministry"),
            ("kiev", "ukraine"),
        ];
        let rows = [
            ("an international investigation team", "jit"),
            ("Gerashchenko", "interior ministry"),
            ("Kiev", "ukraine"),
            ("Herashchenko", "herashchenko"),
        ];
        speakers_in(&aliases, &[], &rows);
    }

    #[test]
    fn an_unnamed_holder_is_the_one_entry_whose_alias_opens_with_the_title() {
        let aliases = [
            ("health minister maria lopez", "health ministry"),
            ("county sheriff john reyes", "sheriff's office"),
            ("deputy mayor anna weber", "city hall"),
            ("deputy mayor tom brandt", "opposition"),
        ];
        let rows = [
            ("the country's health minister", "health ministry"),
            ("the county sheriff", "sheriff's office"),
            // Two entries hold the title: neither is named.
            ("the deputy mayor", "deputy mayor"),
            // A title with a name of its own is that name's.
            ("Ohio's health minister", "ohio's health minister"),
        ];
        speakers_in(&aliases, &[], &rows);
        // An indefinite holder ("a health minister", "an acting county
        // sheriff") is someone not yet identified: no entry's.
        let rows = [
            ("a health minister", "health minister"),
            ("A county sheriff", "county sheriff"),
        ];
        speakers_in(&aliases, &[], &rows);
    }

    #[test]
    fn a_coordination_is_the_entry_all_its_speakers_belong_to() {
        let aliases = [
            ("russian military", "russian defence ministry"),
            ("pro-moscow separatists", "dpr"),
            ("moscow", "russia"),
            ("beijing", "china"),
        ];
        let affiliations = [("russian defence ministry", "russia"), ("dpr", "russia")];
        let rows = [
            ("The Russian military and pro-Moscow separatists", "russia"),
            ("Moscow and Beijing", "moscow and beijing"),
            (
                "The Russian military and local residents",
                "russian military and local residents",
            ),
        ];
        speakers_in(&aliases, &affiliations, &rows);
    }

    #[test]
    fn a_registry_names_a_speaker_written_around_its_alias() {
        let aliases = [
            ("kherson regional administration", "kherson"),
            ("hezbollah", "hezbollah"),
            ("houthis", "houthis"),
            ("igor konashenkov", "russia"),
            ("hur", "ukrainian military intelligence"),
        ];
        let rows = [
            ("Kherson’s regional administration", "kherson"),
            (
                "The Kherson Regional Administration in southern Ukraine",
                "kherson",
            ),
            ("Lebanese armed group Hezbollah", "hezbollah"),
            ("Officials in Houthis-run Sanaa", "houthis"),
            (
                "Russian defence ministry spokesman Igor Konashenkov",
                "russia",
            ),
            ("the UK Defence Ministry", "uk defence ministry"),
            // A name before common nouns: the name's entry.
            (
                "the HUR intelligence service",
                "ukrainian military intelligence",
            ),
            ("Hezbollah officials", "hezbollah"),
            // A possessive is no name of the speaker.
            ("Hezbollah's allies", "hezbollah's allies"),
            ("Kyiv and Hezbollah", "kyiv and hezbollah"),
        ];
        speakers_in(&aliases, &[], &rows);
    }

    #[test]
    fn a_holder_with_the_place_of_its_office_is_the_holders_entry() {
        let aliases = [
            ("public prosecutor in bamako", "bamako prosecutor"),
            ("mali", "mali"),
            ("hamas", "hamas"),
        ];
        let rows = [
            // The office holder's entry comes before the place's, which
            // the registry names too.
            ("the public prosecutor in Mali", "bamako prosecutor"),
            // Unnamed officials speak for the place they are in.
            ("Officials in Mali", "mali"),
            ("Officials in Hamas-run Gaza", "hamas"),
        ];
        speakers_in(&aliases, &[], &rows);
    }

    #[test]
    fn the_policy_decides_between_speaker_and_outlet() {
        let document = Document {
            id: "wire-copy".to_string(),
            publisher: Some("Daily Planet".to_string()),
            derived_from: Some("Reuters".to_string()),
            ..Document::default()
        };
        check(OriginPolicy::Speaker, Some("US officials"), &document, "us");
        check(OriginPolicy::Speaker, None, &document, "reuters");
        check(OriginPolicy::Speaker, Some("Beijing"), &document, "china");
        check(
            OriginPolicy::Publisher,
            Some("Beijing"),
            &document,
            "reuters",
        );
        check(
            OriginPolicy::Publisher,
            Some("US officials"),
            &document,
            "reuters",
        );
        let own = Document {
            id: "own".to_string(),
            ..Document::default()
        };
        check(
            OriginPolicy::Publisher,
            Some("Moscow and Beijing"),
            &own,
            "own",
        );
    }
}
