//! Headline credits: the convention by which a news headline names whose
//! claim it carries with a colon or a dash instead of a verb of saying.
//!
//! Matches: "40 Ukrainian POWs killed by Ukrainian missile strike: Russia"  (Russia)
//! Matches: "General Staff: Russians deliberately struck prison in Olenivka" (General Staff)
//! Matches: "Strike was preplanned by Kiev — Russian investigators"         (Russian investigators)
//! Matches: "FSS about shooting in \"Crocus City Hall\": terrorists wanted to escape to Ukraine" (FSS)
//! Ignores: "Death toll: 40", "Ukraine war: what we know", any sentence that
//! ends in a full stop (a body sentence, not a headline).

use crate::model::Attribution;

/// Most words a credit may have ("Russian Defence Ministry spokesman").
const MAX_CREDIT_WORDS: usize = 4;
/// Fewest words the credited claim must have.
const MIN_CLAIM_WORDS: usize = 4;

/// Headline labels ("kickers") that say what a headline is about or what
/// kind of item it is, never who speaks.
const KICKERS: &[&str] = &[
    "war",
    "crisis",
    "conflict",
    "invasion",
    "live",
    "update",
    "updates",
    "explainer",
    "analysis",
    "opinion",
    "watch",
    "video",
    "photos",
    "exclusive",
    "breaking",
    "timeline",
    "factbox",
    "attack",
    "strike",
    "news",
    "report",
    "interview",
    "editorial",
    "comment",
    "review",
    // Section labels of a house style under a source line ("Quote: …",
    // "Details: …"): what the source line names holds the words.
    "quote",
    "details",
    "background",
];

/// The speaker a headline credits with its claim, if it is one: the words
/// after its last colon or spaced dash, or before its first colon.
pub(super) fn headline_credit(sentence: &str) -> Option<Attribution> {
    let text = sentence.trim();
    // A headline has no full stop; a body sentence ending in one is prose.
    // A closing quote may end a headline that opens with its credit
    // ("FSS about …: terrorists had “contacts on Ukrainian side”").
    if text.ends_with(['.', '?', '!', ';', ',']) {
        return None;
    }
    let quoted_end = text.ends_with(['"', '”', '’']);
    let credit = |speaker: &str| Attribution {
        speaker: speaker.to_string(),
        cue: "headline".to_string(),
        ..Attribution::default()
    };
    // "… prison: Russia", "… by Kiev — Russian investigators".
    let trailing = [": ", " — ", " – ", " - "]
        .iter()
        .filter_map(|mark| text.rfind(mark).map(|at| (at, at + mark.len())))
        .max_by_key(|(at, _)| *at);
    if let Some((at, after)) = trailing.filter(|_| !quoted_end) {
        let (claim, speaker) = (&text[..at], text[after..].trim());
        // "… a special operation by SBU – source": a lone speaker noun
        // credits an unnamed one.
        let lone = !speaker.contains(char::is_whitespace)
            && speaker.chars().all(char::is_alphabetic)
            && super::is_speaker_noun(speaker);
        if (is_credit(speaker) || lone) && words(claim) >= MIN_CLAIM_WORDS {
            return Some(credit(speaker));
        }
    }
    // "General Staff: Russians deliberately struck …"; "FSS about shooting
    // in “Crocus City Hall”: terrorists wanted to escape …" (the credit, then
    // what it spoke about).
    let (speaker, claim) = text.split_once(": ")?;
    let speaker = speaker
        .split_once(" about ")
        .map_or(speaker, |(who, _)| who);
    let speaker = speaker.trim();
    (is_credit(speaker) && !is_kicker(speaker) && words(claim) >= MIN_CLAIM_WORDS)
        .then(|| credit(speaker))
}

/// The speaker a title-case headline names after its closing verb of
/// saying, without a comma: "Militia Killed 300 People at Town Clinic Says
/// UNICEF" (UNICEF; the capitalised words before the verb are the claim's,
/// not its holder).
pub(super) fn title_case_says(sentence: &str) -> Option<Attribution> {
    const VERBS: &[&str] = &[
        "Says", "Say", "Said", "Claims", "Claim", "Confirms", "Confirm",
    ];
    let text = sentence.trim();
    let list: Vec<&str> = text.split_whitespace().collect();
    let verb = list.iter().rposition(|word| VERBS.contains(word))?;
    let (claim, speaker) = (list.get(..verb)?, list.get(verb + 1..)?);
    let speaker = speaker.join(" ");
    let cue = list.get(verb)?.to_lowercase();
    (claim.len() >= MIN_CLAIM_WORDS
        && is_credit(&speaker)
        && speaker.starts_with(char::is_uppercase)
        && title_case_verb(text, &cue))
    .then(|| Attribution {
        speaker,
        cue,
        ..Attribution::default()
    })
}

fn words(text: &str) -> usize {
    text.split_whitespace().count()
}

/// Whether `text` can name a speaker: a few words, no figure; a name
/// ("Russia", "General Staff", "Ministry of Defence"), or a group or body
/// named by a speaker noun after a modifier ("Russian investigators",
/// "investigation team").
fn is_credit(text: &str) -> bool {
    let list: Vec<&str> = text.split_whitespace().collect();
    let Some((last, _)) = list.split_last() else {
        return false;
    };
    let speaker_head = super::is_speaker_noun(last);
    let shaped = (1..=MAX_CREDIT_WORDS).contains(&list.len())
        && (list[0].starts_with(char::is_uppercase) || (list.len() > 1 && speaker_head))
        && !text.contains(|ch: char| ch.is_ascii_digit() || "\"“”:;,?!()".contains(ch));
    shaped
        && list.iter().enumerate().all(|(at, word)| {
            word.starts_with(char::is_uppercase)
                || ["of", "the", "for", "and"].contains(word)
                || (word == last && speaker_head)
                || (at + 1 < list.len() && speaker_head && word.chars().all(char::is_alphabetic))
        })
}

/// Whether a leading label is a kicker ("Ukraine war", "LIVE"), by its head word.
fn is_kicker(text: &str) -> bool {
    text.split_whitespace()
        .last()
        .is_some_and(|head| KICKERS.contains(&head.to_lowercase().as_str()))
}

/// Whether a capitalised speech verb `cue` of `sentence` is a verb: in a
/// title-case headline ("Russia Says Ukraine POWs Killed by Kyiv Strikes")
/// every word is capitalised, and only "State(s)" is more often a name there.
pub(super) fn title_case_verb(sentence: &str, cue: &str) -> bool {
    let text = sentence.trim();
    if text.ends_with(['.', '?', '!', ';', ',']) || ["states", "state"].contains(&cue) {
        return false;
    }
    let long: Vec<&str> = text
        .split_whitespace()
        .filter(|word| word.chars().filter(|ch| ch.is_alphabetic()).count() > 3)
        .collect();
    let capital = long
        .iter()
        .filter(|word| word.starts_with(char::is_uppercase))
        .count();
    long.len() >= 3 && capital * 10 >= long.len() * 9
}

/// A document that "reads" the quotation it closes: "“…,” the statement
/// reads." The document speaks, directly, and resolves as any generic head
/// does (to the institution quoted before it); a description that names no
/// one to resolve to ("the news release") is left alone.
pub(super) fn document_reads(sentence: &str) -> Option<Attribution> {
    let text = sentence.trim_end().trim_end_matches('.');
    let (before, tail) = text.rsplit_once(['”', '"'])?;
    if before.is_empty() {
        return None;
    }
    let tail = tail.trim_start_matches(',').trim();
    let (speaker, verb) = tail.rsplit_once(' ')?;
    if !["reads", "read"].contains(&verb) {
        return None;
    }
    let words: Vec<&str> = speaker.split_whitespace().collect();
    let determined = words
        .first()
        .is_some_and(|first| ["the", "The"].contains(first));
    let resolvable = super::mention(speaker) != super::Mention::Named;
    (determined && (2..=4).contains(&words.len()) && resolvable).then(|| Attribution {
        speaker: speaker.to_string(),
        cue: verb.to_string(),
        direct: true,
        ..Attribution::default()
    })
}

/// The source an outlet relays "via": "Report informs via Blick that …",
/// "…, Report informs via Bloomberg." The source after "via" (capitalised
/// words) holds the claim; the outlet before it reports it.
pub(super) fn relayed_via(sentence: &str) -> Option<Attribution> {
    const VERBS: &[&str] = &["informs", "informed", "reports", "reported"];
    let words: Vec<&str> = sentence.split_whitespace().collect();
    let via = words.iter().position(|word| *word == "via")?;
    let verb = via.checked_sub(1).and_then(|verb| words.get(verb))?;
    let outlet = via.checked_sub(2).and_then(|outlet| words.get(outlet))?;
    let outlet = outlet.trim_start_matches(',');
    if !VERBS.contains(verb) || !outlet.starts_with(char::is_uppercase) {
        return None;
    }
    let mut source = Vec::new();
    for word in words.iter().skip(via + 1).take(MAX_CREDIT_WORDS) {
        let bare = word.trim_end_matches(['.', ',', ';', ':']);
        if !bare.starts_with(char::is_uppercase) {
            break;
        }
        source.push(bare);
        if bare.len() != word.len() {
            break;
        }
    }
    // "via Telegram", "via X": a channel carries the outlet's own words.
    let source = source.join(" ");
    if source.is_empty() || super::CHANNELS.contains(&source.to_lowercase().as_str()) {
        return None;
    }
    Some(Attribution {
        speaker: source,
        cue: (*verb).to_string(),
        reported_by: Some(outlet.trim_end_matches(',').to_string()),
        ..Attribution::default()
    })
}

#[cfg(test)]
mod tests {
    use super::super::tests::check;

    #[test]
    fn a_title_case_headline_names_its_holder_after_its_closing_verb() {
        for (text, speaker, cue) in [
            (
                "Militia Killed 300 People at Town Clinic Says UNICEF\n\nThe attack came on Sunday.\n",
                "UNICEF",
                "says",
            ),
            (
                "Floods Displaced 40,000 in Northern Provinces Say Aid Agencies\n\nThe rains began in May.\n",
                "Aid Agencies",
                "say",
            ),
        ] {
            check(text, text.lines().next().unwrap_or(""), Some((speaker, cue, false)));
        }
        // A verb near the start holds what follows: no credit after it.
        let text = "Russia Says Ukraine POWs Killed by Kyiv Strikes\n\nThe strike came at night.\n";
        check(text, "Russia", Some(("Russia", "says", false)));
    }
}
