//! Words of saying: the one vocabulary of verbs (and nouns) of reporting,
//! with what each reader uses it for.
//!
//! A new cue is one row here: "insisted" marked `CUE | REPORTS | FRAME` is
//! a speech cue for attribution (`provenance::cues`), a verb whose "that"
//! clause is reported speech (`text::clause`) and a verb whose subject only
//! reports the claim (`text::frame`). Rows are sorted by word (a unit test
//! checks it); a look-up hashes the word (readers ask of every word of a
//! candidate sentence).

use std::collections::HashMap;
use std::sync::LazyLock;

/// What a word of saying is used for: one bit per reader.
pub type Uses = u16;

/// A speech cue: attribution reads its speaker (`provenance::cues`).
pub const CUE: Uses = 1;
/// A participle that reports the speech of its clause's subject ("Erdogan
/// hit back, saying …"), read after a comma or "by" (`provenance::cues`).
pub const PARTICIPLE: Uses = 1 << 1;
/// "that" or a bare clause after it is reported speech or thought
/// (`text::clause`); nouns of saying too ("evidence", "allegations").
pub const REPORTS: Uses = 1 << 2;
/// It may take a bare clause ("Kyiv says Russia blew up …", `text::clause`).
pub const BARE: Uses = 1 << 3;
/// After a comma it opens a clause of its own ("…, saying …", `text::clause`).
pub const OPENS_CLAUSE: Uses = 1 << 4;
/// Its subject reports a claim rather than takes part in it (`text::frame`).
pub const FRAME: Uses = 1 << 5;
/// A verb of accusing or blaming: its object is accused, so a pronoun after
/// it is no sign that the accuser acts (`text::frame`).
pub const ACCUSES: Uses = 1 << 6;
/// A day written next to it dates the statement, not the event
/// (`kinds::figure`).
pub const DATES: Uses = 1 << 7;
/// A verb of judging or voicing that takes a noun phrase, never a clause:
/// what it names is judged, not reported ("condemned the attack, which
/// killed 40": the relative clause is no words of the one who condemns;
/// `provenance::attribution`).
pub const JUDGES: Uses = 1 << 8;
/// An outlet's verb of reporting: with a source it names or cites after it
/// ("…, TASS reported, citing Rogov"; "according to the police, …, Suspilne
/// reports"), it relays that source's words (`provenance::attribution`).
pub const RELAYS: Uses = 1 << 9;
/// A verb whose object or passive agent credits what came before it: "X
/// said this on Telegram", "This was stated by X", "X writes about it"
/// (`provenance::attribution::later`).
pub const CREDITS: Uses = 1 << 10;
/// A verb that, with its object left out, credits what came before: "Trump
/// told reporters that same day.", "Police said on Monday."
/// (`provenance::attribution::later`).
pub const CREDITS_BARE: Uses = 1 << 11;
/// A verb that is a speech cue only straight after a closing quotation
/// and the speaker ("“We called for an hour,” he recalled."; "“…,”
/// continued Khan."): elsewhere it reports nothing ("Ford recalled the
/// model", "the fighting continued"; `provenance::cues`).
pub const AFTER_QUOTE: Uses = 1 << 12;

/// Every word of saying (lower case, sorted) and its uses.
#[rustfmt::skip]
const WORDS: &[(&str, Uses)] = &[
    ("accusations", REPORTS),
    ("accuse", CUE | ACCUSES),
    ("accused", CUE | ACCUSES),
    ("accuses", CUE | ACCUSES),
    ("accusing", PARTICIPLE | OPENS_CLAUSE | ACCUSES),
    ("acknowledged", CUE | REPORTS),
    ("acknowledges", CUE),
    ("acknowledging", PARTICIPLE),
    ("added", CUE | REPORTS | FRAME | DATES | CREDITS | CREDITS_BARE),
    ("adding", PARTICIPLE | REPORTS | OPENS_CLAUSE),
    ("adds", CUE | REPORTS | FRAME),
    ("admits", CUE | REPORTS),
    ("admitted", CUE | REPORTS),
    ("allegations", REPORTS),
    ("allege", CUE),
    ("alleged", CUE | REPORTS | FRAME),
    ("alleges", CUE | REPORTS | FRAME),
    ("alleging", PARTICIPLE),
    ("announced", CUE | REPORTS | FRAME | DATES | CREDITS),
    ("announces", CUE | FRAME | CREDITS),
    ("are convinced", CUE),
    ("argued", CUE | REPORTS | FRAME),
    ("argues", CUE | REPORTS | FRAME),
    ("arguing", PARTICIPLE | REPORTS | OPENS_CLAUSE),
    ("articulated", CUE),
    ("asserted", CUE | REPORTS | FRAME | CREDITS),
    ("asserting", REPORTS | OPENS_CLAUSE),
    ("assertion", REPORTS),
    ("asserts", CUE | REPORTS | FRAME),
    ("assessed", CUE),
    ("assured", CUE),
    ("assures", CUE),
    ("attributed", CUE | ACCUSES),
    ("attributes", CUE | ACCUSES),
    ("attributing", PARTICIPLE | OPENS_CLAUSE | ACCUSES),
    ("believe", CUE | REPORTS | BARE | FRAME),
    ("believed", REPORTS),
    ("believes", CUE | REPORTS | BARE | FRAME),
    ("blame", CUE | ACCUSES),
    ("blamed", CUE | ACCUSES),
    ("blames", CUE | ACCUSES),
    ("blaming", PARTICIPLE | OPENS_CLAUSE | ACCUSES),
    ("blasted", CUE | ACCUSES | DATES),
    ("blasts", CUE | ACCUSES),
    ("branded", CUE | JUDGES),
    ("branding", OPENS_CLAUSE),
    ("brands", CUE | JUDGES),
    ("called", CUE),
    ("calling", OPENS_CLAUSE),
    ("calls", CUE),
    ("cautioned", CUE | REPORTS | DATES),
    ("cautions", CUE | REPORTS),
    ("characterise", CUE),
    ("characterised", CUE),
    ("characterises", CUE),
    ("characterize", CUE),
    ("characterized", CUE),
    ("characterizes", CUE),
    ("charged", CUE),
    ("cited", CUE),
    ("cites", CUE),
    ("claim", CUE | REPORTS | FRAME),
    ("claimed", CUE | REPORTS | FRAME | DATES | CREDITS),
    ("claiming", PARTICIPLE | REPORTS | OPENS_CLAUSE),
    ("claims", CUE | REPORTS | FRAME | CREDITS),
    ("clarified", CUE),
    ("clarifies", CUE),
    ("clarifying", PARTICIPLE | REPORTS | OPENS_CLAUSE),
    ("communicated", CREDITS),
    ("conceded", CUE),
    ("concedes", CUE),
    ("conceding", PARTICIPLE),
    ("concluded", CUE | REPORTS | FRAME),
    ("concludes", CUE | REPORTS | FRAME),
    ("condemn", CUE | JUDGES),
    ("condemned", CUE | DATES | JUDGES),
    ("condemns", CUE | JUDGES),
    ("confirm", CUE | REPORTS | FRAME),
    ("confirmed", CUE | REPORTS | FRAME | DATES | CREDITS),
    ("confirming", PARTICIPLE | REPORTS | OPENS_CLAUSE),
    ("confirms", CUE | REPORTS | FRAME | CREDITS),
    ("contended", CUE),
    ("continue to claim", CUE),
    ("continue to insist", CUE),
    ("continued", AFTER_QUOTE),
    ("continued to claim", CUE),
    ("continued to insist", CUE),
    ("continues", AFTER_QUOTE),
    ("continues to claim", CUE),
    ("continues to insist", CUE),
    ("counted", CUE),
    ("credited", CUE | JUDGES),
    ("criticised", CUE | ACCUSES | DATES),
    ("criticises", CUE | ACCUSES),
    ("criticized", CUE | ACCUSES | DATES),
    ("criticizes", CUE | ACCUSES),
    ("debunk", CUE),
    ("debunked", CUE),
    ("debunks", CUE),
    ("declared", CUE | REPORTS | FRAME | DATES | CREDITS),
    ("declares", FRAME | CREDITS),
    ("declined to comment beyond saying", CUE),
    ("declined to comment except to say", CUE),
    ("declined to confirm", CUE),
    ("declined to verify", CUE),
    ("declines to comment except to say", CUE),
    ("declines to confirm", CUE),
    ("decried", CUE | JUDGES),
    ("denied", CUE | REPORTS | DATES),
    ("denies", CUE | REPORTS | DATES),
    ("denounced", CUE | DATES | JUDGES),
    ("denounces", CUE | JUDGES),
    ("deny", CUE | REPORTS),
    ("denying", REPORTS | OPENS_CLAUSE),
    ("describe", CUE),
    ("described", CUE),
    ("describes", CUE),
    ("describing", OPENS_CLAUSE),
    ("determined", CUE),
    ("disclosed", CUE | CREDITS),
    ("discloses", CUE),
    ("discussed", CUE),
    ("dismissed", CUE | DATES),
    ("dismisses", CUE),
    ("dismissing", OPENS_CLAUSE),
    ("documented", CUE),
    ("elaborated", CUE | REPORTS),
    ("elaborates", CUE | REPORTS),
    ("emphasised", CUE),
    ("emphasized", CUE),
    ("established", CUE | REPORTS),
    ("estimate", CUE | FRAME),
    ("estimated", CUE | FRAME),
    ("estimates", CUE | FRAME),
    ("evidence", REPORTS),
    ("explained", CUE | FRAME | CREDITS),
    ("explaining", PARTICIPLE | REPORTS | OPENS_CLAUSE),
    ("expressed", CUE | JUDGES),
    ("expresses", CUE | JUDGES),
    ("fact", REPORTS),
    ("feared", REPORTS),
    ("fears", REPORTS | BARE),
    ("finds", CUE | REPORTS),
    ("found", CUE | REPORTS),
    ("goes on to say", CUE),
    ("hailed", CUE | DATES | JUDGES),
    ("hails", CUE | JUDGES),
    ("has no doubt", CUE),
    ("have no doubt", CUE),
    ("hinted", CUE | REPORTS),
    ("hints", CUE | REPORTS),
    ("hope", REPORTS),
    ("hopes", REPORTS),
    ("identified", CUE),
    ("identifies", CUE),
    ("indicate", CUE | REPORTS | FRAME),
    ("indicated", CUE | REPORTS | FRAME),
    ("indicates", CUE | REPORTS | FRAME),
    ("informed", CUE | REPORTS | CREDITS),
    ("informs", CUE | REPORTS | CREDITS),
    ("insist", CUE),
    ("insisted", CUE | REPORTS | BARE | FRAME | DATES),
    ("insisting", PARTICIPLE | REPORTS | OPENS_CLAUSE),
    ("insists", CUE | REPORTS | BARE | FRAME),
    ("is convinced", CUE),
    ("is quoted as saying", CUE),
    ("judged", FRAME),
    ("judges", FRAME),
    ("keep insisting", CUE),
    ("keeps insisting", CUE),
    ("kept insisting", CUE),
    ("knowledge", REPORTS),
    ("label", CUE),
    ("labeled", CUE),
    ("labeling", OPENS_CLAUSE),
    ("labelled", CUE),
    ("labelling", OPENS_CLAUSE),
    ("labels", CUE),
    ("lambasted", CUE | ACCUSES | DATES),
    ("lambasts", CUE | ACCUSES),
    ("listed", CUE),
    ("listing", OPENS_CLAUSE),
    ("logged", CUE),
    ("maintained", CUE | FRAME),
    ("maintains", CUE | FRAME),
    ("means", REPORTS),
    ("measured", CUE),
    ("mentioned", CUE | REPORTS | FRAME | CREDITS),
    ("noted", CUE | REPORTS | FRAME | CREDITS),
    ("notes", CUE | CREDITS),
    ("noting", REPORTS | OPENS_CLAUSE),
    ("pointed out", CUE),
    ("pointed the finger", CUE | ACCUSES),
    ("pointed to", CUE),
    ("points to", CUE),
    ("posted", CUE | CREDITS),
    ("posts", CREDITS),
    ("praised", CUE | DATES | JUDGES),
    ("praises", CUE | JUDGES),
    ("proves", REPORTS),
    ("proving", REPORTS | BARE),
    ("published", CREDITS),
    ("publishes", CREDITS),
    ("put", CUE),
    ("put it", CUE),
    ("qualified", CUE),
    ("qualifies", CUE),
    ("qualify", CUE),
    ("questioned", CUE),
    ("quoted", CUE),
    ("recalled", AFTER_QUOTE),
    ("recalled that", CUE),
    ("recalls", AFTER_QUOTE),
    ("recalls that", CUE),
    ("recorded", CUE),
    ("recounted", CUE | REPORTS),
    ("refrained from confirming", CUE),
    ("refused to comment except to say", CUE),
    ("refused to confirm", CUE),
    ("refuted", CUE),
    ("refutes", CUE),
    ("registered", CUE),
    ("rejected", CUE | DATES),
    ("rejects", CUE),
    ("remarked", CUE | REPORTS),
    ("repeated", CUE | REPORTS),
    ("replied", CUE | REPORTS | FRAME),
    ("report", CUE | REPORTS | FRAME | CREDITS),
    ("reported", CUE | REPORTS | FRAME | DATES | RELAYS | CREDITS),
    ("reporting", PARTICIPLE | RELAYS),
    ("reports", CUE | REPORTS | FRAME | RELAYS | CREDITS),
    ("reveal", CUE | REPORTS),
    ("revealed", CUE | REPORTS | CREDITS),
    ("reveals", CUE | REPORTS),
    ("revised", CUE),
    ("rule out", CUE),
    ("ruled", CUE | REPORTS),
    ("ruled out", CUE | DATES),
    ("rules out", CUE),
    ("said", CUE | REPORTS | BARE | FRAME | DATES | CREDITS | CREDITS_BARE),
    ("say", CUE | REPORTS | BARE | FRAME | CREDITS),
    ("saying", PARTICIPLE | REPORTS | OPENS_CLAUSE),
    ("says", CUE | REPORTS | BARE | FRAME | DATES | CREDITS | CREDITS_BARE),
    ("show", CUE),
    ("showed", CUE | REPORTS | FRAME),
    ("showing", REPORTS | BARE),
    ("shows", CUE | REPORTS | FRAME),
    ("slammed", CUE | ACCUSES | DATES),
    ("slams", CUE | ACCUSES),
    ("speak of", CUE),
    ("speaks of", CUE),
    ("specified", CUE),
    ("spoke of", CUE),
    ("spoken of", CUE),
    ("state", CREDITS),
    ("stated", CUE | REPORTS | FRAME | DATES | CREDITS | CREDITS_BARE),
    ("states", CUE | REPORTS | FRAME | CREDITS),
    ("stating", PARTICIPLE | REPORTS | OPENS_CLAUSE),
    ("stressed", CUE),
    ("stresses", CUE),
    ("stressing", PARTICIPLE),
    ("suggest", CUE | REPORTS | FRAME),
    ("suggested", CUE | REPORTS | BARE | FRAME),
    ("suggesting", PARTICIPLE | REPORTS | OPENS_CLAUSE),
    ("suggests", CUE | REPORTS | BARE | FRAME),
    ("tallied", CUE),
    ("tells", CUE | CREDITS),
    ("termed", CUE),
    ("testified", CUE),
    ("think", REPORTS | BARE),
    ("thinks", REPORTS | BARE),
    ("told", CUE | REPORTS | FRAME | DATES | CREDITS | CREDITS_BARE),
    ("traced", CUE),
    ("tracked", CUE),
    ("tweeted", CUE | DATES | CREDITS),
    ("understood", REPORTS),
    ("urged", CUE),
    ("urges", CUE),
    ("urging", OPENS_CLAUSE),
    ("view", CUE),
    ("views", CUE),
    ("voiced", CREDITS),
    ("warned", CUE | REPORTS | DATES),
    ("warning", OPENS_CLAUSE),
    ("warns", CUE | REPORTS),
    ("was cited as saying", CUE),
    ("was convinced", CUE),
    ("was quoted as saying", CUE),
    ("went on to say", CUE),
    ("were quoted as saying", CUE),
    ("writes", CUE | REPORTS | FRAME | RELAYS | CREDITS | CREDITS_BARE),
    ("written", CREDITS),
    ("wrote", CUE | REPORTS | FRAME | DATES | RELAYS | CREDITS | CREDITS_BARE),
];

/// The uses of `word` (lower case), if it is a word of saying.
pub fn uses(word: &str) -> Option<Uses> {
    static BY_WORD: LazyLock<HashMap<&str, Uses, foldhash::fast::RandomState>> =
        LazyLock::new(|| WORDS.iter().copied().collect());
    BY_WORD.get(word).copied()
}

/// Whether `word` (lower case) has every use in `of`.
pub fn is(word: &str, of: Uses) -> bool {
    uses(word).is_some_and(|uses| uses & of == of)
}

/// The words with any use in `of`.
pub fn words(of: Uses) -> impl Iterator<Item = &'static str> {
    WORDS
        .iter()
        .filter(move |(_, uses)| uses & of != 0)
        .map(|(word, _)| *word)
}

/// Whether the "that" of a cue such as "recalled that" is a demonstrative
/// before a noun, given the `after` text that follows it: "recalled that
/// model after reports of a fault", "recalled that day in 2014". A lower-case
/// word that is no determiner, pronoun, number or preposition, followed by
/// a preposition, a mark or nothing, is a noun with no verb of its own; "that
/// troops had fired", "that the strikes are" open a clause.
pub fn demonstrative_that(after: &str) -> bool {
    const CLAUSE_WORDS: &[&str] = &[
        "the", "a", "an", "this", "these", "those", "its", "his", "her", "their", "our", "my",
        "your", "he", "she", "it", "they", "we", "i", "you", "there", "no", "some", "many", "most",
        "all", "only", "if", "when", "while", "after", "before", "in", "on", "at", "during",
        "since", "despite", "although", "as",
    ];
    const PREPOSITIONS: &[&str] = &[
        "after", "before", "in", "on", "at", "of", "for", "from", "with", "over", "during", "to",
        "into", "when", "as",
    ];
    let mut words = after.split_whitespace();
    let Some(noun) = words.next() else {
        return false;
    };
    let bare = noun.trim_end_matches(|ch: char| !ch.is_alphanumeric());
    let noun_like = bare.starts_with(char::is_lowercase)
        && bare.chars().all(char::is_alphabetic)
        && !CLAUSE_WORDS.contains(&bare);
    let closes = bare.len() < noun.len()
        || words
            .next()
            .is_none_or(|next| PREPOSITIONS.contains(&next.to_lowercase().as_str()));
    noun_like && closes
}

/// Prepositions and time words that open a short adjunct right after a
/// verb of saying: "wrote on Telegram", "told reporters in Vienna".
const ADJUNCT_OPENERS: &[&str] = &[
    "on", "in", "at", "to", "via", "through", "during", "over", "after", "before", "late",
    "earlier", "later",
];

/// Whether `words` (lower case, one run of words with no mark between them)
/// end in a verb of saying with every use in `of` and a short adjunct of two
/// to four words that opens with a preposition, with no "that" in it: "also
/// wrote on Telegram" before its "that", "the city council said in a
/// statement" before "on Friday". At least a word follows the preposition:
/// "announced in 2019" dates what was announced as much as the
/// announcement.
pub fn then_adjunct(words: &[&str], of: Uses) -> bool {
    (3..=5).any(|back| {
        let Some(verb) = words.len().checked_sub(back) else {
            return false;
        };
        words.get(verb).is_some_and(|word| is(word, of))
            && words
                .get(verb + 1)
                .is_some_and(|word| ADJUNCT_OPENERS.contains(word))
            && words
                .get(verb + 1..)
                .is_some_and(|adjunct| !adjunct.contains(&"that"))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Whether the words of `run` end in a verb of reporting and a short
    /// adjunct.
    fn check(run: &str, expected: bool) {
        let words: Vec<&str> = run.split(' ').collect();
        assert_eq!(then_adjunct(&words, REPORTS), expected, "run: {run}");
    }

    #[test]
    fn a_verb_of_saying_then_a_short_adjunct() {
        check("also wrote on telegram", true);
        check("the city council said in a statement", true);
        check("said via a spokesman in kyiv", false);
        check("said later in the day", true);
        check("announced in", false);
        check("said in a statement issued late", false);
        check("walked in a park", false);
        check("said in that statement", false);
        check("said the army", false);
    }

    #[test]
    fn words_are_sorted_once_and_each_has_a_use() {
        for pair in WORDS.windows(2) {
            assert!(pair[0].0 < pair[1].0, "{} before {}", pair[0].0, pair[1].0);
        }
        for (word, uses) in WORDS {
            assert_eq!(word.to_lowercase(), *word);
            assert_ne!(*uses, 0, "{word}");
        }
    }

    #[test]
    fn a_word_answers_for_its_own_uses_only() {
        let cases: &[(&str, Uses, bool)] = &[
            ("said", CUE | REPORTS | BARE | FRAME | DATES, true),
            ("saying", PARTICIPLE | OPENS_CLAUSE, true),
            ("evidence", REPORTS, true),
            ("evidence", CUE, false),
            ("tweeted", DATES, true),
            ("tweeted", FRAME, false),
            ("blames", ACCUSES, true),
            ("walked", CUE, false),
        ];
        for (word, of, expected) in cases {
            assert_eq!(is(word, *of), *expected, "{word}");
        }
        assert!(words(PARTICIPLE).any(|word| word == "conceding"));
        assert!(!words(PARTICIPLE).any(|word| word == "said"));
    }
}
