//! Reporting frames: the words of a sentence that name who reports a claim,
//! as opposed to who takes part in it.
//!
//! Matches: "Israel has said the blast was caused by a failed rocket launch." ("Israel")
//! Ignores: "Israel said it did not strike the hospital."  (the speaker is also the actor)
//!
//! A speaker is the subject of a verb of saying whose complement has a
//! subject of its own ("Israel claimed that a misguided missile …"), the
//! subject or inverted subject of a verb of saying after the words it reports
//! ("“…,” a spokesperson for the IDF said"), the object of "according to",
//! the possessor or "by" phrase of a noun of saying before "that" ("the
//! Israel army's accusations that", "allegations by the Ukrainian side that"),
//! and the subject of a verb of accusing or blaming ("Gaza's health ministry
//! blamed an Israeli air strike"). When what is reported opens with a
//! pronoun ("X said that its forces …", "“We did not …,” X said"), the
//! speaker may be its actor too, and is no frame. Verbs of denying and
//! admitting are no frames: the one who denies or admits is the one the
//! claim is about. One pass over the words of the sentence.

use std::ops::Range;

use super::clause::{tokens, ClauseKind, Clauses, Token};
use super::saying::{self, ACCUSES, FRAME, REPORTS};

/// Nouns of saying whose possessor or "by" phrase is who says it.
const SAYING_NOUNS: &[&str] = &[
    "accusation",
    "accusations",
    "allegation",
    "allegations",
    "claim",
    "claims",
    "assertion",
    "assertions",
    "statement",
    "statements",
    "charge",
    "charges",
    "assessment",
    "report",
    "reports",
];

/// Conjunctions that may open the clause of a frame.
const CONJUNCTIONS: &[&str] = &[
    "and", "but", "while", "whereas", "although", "though", "as", "yet",
];

/// Words that end a speaker phrase read backwards from a noun of saying.
const NOT_IN_NAME: &[&str] = &[
    "the", "a", "an", "of", "by", "as", "and", "or", "to", "in", "on", "at", "for", "with", "that",
    "from", "is", "are", "was", "were",
];

/// Byte spans of `sentence` that name who reports one of its claims (see the
/// module comment), in order. `clauses` is `sentence` split into clauses.
pub fn speakers(sentence: &str, clauses: &Clauses) -> Vec<Range<usize>> {
    speakers_tokens(sentence, clauses, &tokens(sentence))
}

/// `speakers` of `sentence`, already cut into its `tokens`.
pub(crate) fn speakers_tokens(
    sentence: &str,
    clauses: &Clauses,
    tokens: &[Token<'_>],
) -> Vec<Range<usize>> {
    let mut found: Vec<Range<usize>> = Vec::new();
    let mut add = |from: usize, to: usize| {
        let region = from..to;
        if to > from && sentence.get(region.clone()).is_some() {
            found.push(region);
        }
    };
    for (pos, token) in tokens.iter().enumerate() {
        if !token.word {
            continue;
        }
        let word = token.lower.as_str();
        if word == "according" && tokens.get(pos + 1).is_some_and(|next| next.lower == "to") {
            if let Some((from, to, rest)) = according_to(tokens, pos) {
                if !opens_with_pronoun(tokens, rest) {
                    add(from, to);
                }
            }
            continue;
        }
        if saying::is(word, ACCUSES) && accuses(tokens, pos) {
            let (from, to) = subject(sentence, clauses, tokens, pos);
            add(from, to);
            continue;
        }
        if word == "that" {
            if let Some((from, to)) = noun_frame(tokens, pos) {
                add(from, to);
            }
            continue;
        }
        if !saying::is(word, FRAME) || negated(tokens, pos) {
            continue;
        }
        match complement_after(clauses, tokens, pos) {
            Some(start) => {
                if !opens_with_pronoun(tokens, start)
                    && !opens_with_verb(tokens, start)
                    && !opens_with_none(tokens, start)
                    && !is_noun(tokens, pos)
                {
                    let (from, to) = subject(sentence, clauses, tokens, pos);
                    add(from, to);
                }
            }
            None => match postposed(tokens, pos) {
                Some(Frame::After(from, to)) if !opens_with_pronoun(tokens, 0) => add(from, to),
                Some(Frame::Before) if !opens_with_pronoun(tokens, pos + 1) => {
                    let (from, to) = subject(sentence, clauses, tokens, pos);
                    add(from, to);
                }
                _ => {}
            },
        }
    }
    found.sort_by_key(|span| (span.start, span.end));
    found.dedup();
    found
}

/// "according to X, …": X's span, and the token where what it reports
/// starts (after X's comma when the frame opens the sentence, else the
/// sentence's start).
fn according_to(tokens: &[Token<'_>], pos: usize) -> Option<(usize, usize, usize)> {
    let first = tokens.get(pos + 2)?;
    let mut last = pos + 2;
    while let Some(next) = tokens.get(last + 1) {
        if !next.word || next.lower == "that" || last + 1 - pos > 14 {
            break;
        }
        last += 1;
    }
    let end = tokens.get(last)?.span.end;
    let rest = if pos == 0 || tokens.get(pos - 1).is_some_and(|prev| !prev.word) {
        last + 2
    } else {
        0
    };
    Some((first.span.start, end, rest))
}

/// Whether the words from token `at` on open with a pronoun (skipping marks
/// and a "that").
fn opens_with_pronoun(tokens: &[Token<'_>], at: usize) -> bool {
    tokens
        .iter()
        .skip(at)
        .filter(|token| token.word && token.lower != "that")
        .map(|token| token.lower.as_str())
        .next()
        .is_some_and(super::grammar::is_personal_pronoun)
}

/// Whether the words from token `at` on open by saying that nothing of the
/// kind happened, with no one named as its actor: "no strikes were carried
/// out", "none of the shells", "there was no attack". The speaker denies an
/// event of which it is the one accused, as a speaker who denies does
/// ("the review concluded that no strike was directed at the convoy").
/// A name in the words (a capitalised word after the first: "no Ukrainian
/// drones attacked the convoy", "no strike by Russian forces") says who
/// did not do it, another actor: the speaker stays a reporter.
fn opens_with_none(tokens: &[Token<'_>], at: usize) -> bool {
    let mut words = tokens
        .iter()
        .skip(at)
        .filter(|token| token.word && token.lower != "that");
    let opens = match words.next().map(|token| token.lower.as_str()) {
        Some("no" | "none") => true,
        Some("there") => {
            matches!(
                words.next().map(|token| token.lower.as_str()),
                Some("was" | "were" | "had" | "have" | "has")
            ) && words.clone().take(2).any(|token| token.lower == "no")
        }
        _ => false,
    };
    opens
        && !words
            .take(NONE_WORDS)
            .any(|token| token.text.starts_with(char::is_uppercase))
}

/// How many words after "no" may name who did not do it.
const NONE_WORDS: usize = 8;

/// Whether the words from token `at` on open with a verb: the reported
/// clause has no subject of its own ("an alliance, which Chinese officials
/// say is unnecessary"), so who it is about is not in sight.
fn opens_with_verb(tokens: &[Token<'_>], at: usize) -> bool {
    tokens
        .iter()
        .skip(at)
        .find(|token| token.word)
        .is_some_and(|token| {
            let word = token.lower.as_str();
            matches!(
                word,
                "is" | "are"
                    | "was"
                    | "were"
                    | "has"
                    | "have"
                    | "had"
                    | "will"
                    | "would"
                    | "could"
                    | "can"
                    | "may"
                    | "might"
                    | "should"
                    | "must"
            ) || word.len() > 4 && word.ends_with("ed")
        })
}

/// Whether the verb at `pos` is negated ("did not say", its subject
/// reports nothing) or passive ("was blamed", its subject is the one
/// accused).
fn negated(tokens: &[Token<'_>], pos: usize) -> bool {
    tokens[pos.saturating_sub(2)..pos].iter().any(|token| {
        matches!(
            token.lower.as_str(),
            "not" | "never" | "n't" | "is" | "are" | "was" | "were" | "be" | "been" | "being"
        )
    })
}

/// Whether the verb of accusing at `pos` has a subject that accuses: not
/// negated nor passive, and a verb, not the noun of "denied blame", "any
/// blame" or the predicate "is to blame".
fn accuses(tokens: &[Token<'_>], pos: usize) -> bool {
    let Some(prev) = pos.checked_sub(1).and_then(|idx| tokens.get(idx)) else {
        return false;
    };
    prev.word
        && !negated(tokens, pos)
        && !is_noun(tokens, pos)
        && !matches!(
            prev.lower.as_str(),
            "to" | "any" | "no" | "some" | "of" | "for"
        )
        && !prev.lower.ends_with("ed")
}

/// Whether the word at `pos` is a noun here ("the claims that", "Kiev's
/// claims that"), not a verb.
fn is_noun(tokens: &[Token<'_>], pos: usize) -> bool {
    pos.checked_sub(1)
        .and_then(|idx| tokens.get(idx))
        .is_some_and(|prev| {
            matches!(
                prev.lower.as_str(),
                "the" | "a" | "an" | "its" | "their" | "his" | "her" | "these" | "those" | "such"
            ) || prev.lower.ends_with("'s")
                || prev.lower.ends_with("’s")
        })
}

/// Where the complement clause of the verb of saying at `pos` starts (its
/// first token), if one opens within two tokens after it ("said that …",
/// "says Russia …", "said on Friday that …").
fn complement_after(clauses: &Clauses, tokens: &[Token<'_>], pos: usize) -> Option<usize> {
    (pos + 1..(pos + 5).min(tokens.len())).find(|&idx| {
        let token = &tokens[idx];
        let clause = clauses.at(token.span.start);
        clauses.kind(clause) == ClauseKind::Complement
            && clauses.clauses.get(clause).is_some_and(|found| {
                found
                    .spans
                    .first()
                    .is_some_and(|span| span.start == token.span.start)
            })
    })
}

/// The subject of the verb at `pos`: the words of its clause before it, from
/// the last comma that has words after it ("On Friday, Russia said" →
/// "Russia"; "The Israeli army, for its part, said" → "The Israeli army, for
/// its part,").
fn subject(sentence: &str, clauses: &Clauses, tokens: &[Token<'_>], pos: usize) -> (usize, usize) {
    let verb = &tokens[pos];
    let clause = clauses.at(verb.span.start);
    let start = clauses
        .clauses
        .get(clause)
        .and_then(|found| {
            found
                .spans
                .iter()
                .find(|span| span.start <= verb.span.start && verb.span.start < span.end)
        })
        .map_or(0, |span| span.start);
    let before = sentence.get(start..verb.span.start).unwrap_or("");
    let mut from = match before.rfind(',') {
        Some(comma) if before[comma + 1..].chars().any(char::is_alphanumeric) => start + comma + 1,
        _ => start,
    };
    // A conjunction opening the clause is no part of its subject.
    if let Some(first) = tokens
        .iter()
        .find(|token| token.span.start >= from && token.word)
        .filter(|first| CONJUNCTIONS.contains(&first.lower.as_str()))
    {
        from = first.span.end;
    }
    (from, verb.span.start)
}

/// For "that" at `pos` after a noun of saying: who says it, the possessor
/// before the noun ("the Israel army's accusations that") or the "by"/"from"
/// phrase after it ("allegations by the Ukrainian side that").
fn noun_frame(tokens: &[Token<'_>], pos: usize) -> Option<(usize, usize)> {
    let lowest = pos.saturating_sub(8);
    let noun = (lowest..pos)
        .rev()
        .find(|&idx| SAYING_NOUNS.contains(&tokens[idx].lower.as_str()))?;
    let by = tokens.get(noun + 1)?;
    if noun + 1 < pos && matches!(by.lower.as_str(), "by" | "from") {
        let first = tokens.get(noun + 2)?;
        let last = tokens.get(pos - 1)?;
        return (noun + 2 < pos).then_some((first.span.start, last.span.end));
    }
    if noun + 1 != pos {
        return None;
    }
    let owner = tokens.get(noun.checked_sub(1)?)?;
    if !(owner.lower.ends_with("'s") || owner.lower.ends_with("’s")) {
        return None;
    }
    let mut first = noun - 1;
    while first > 0 && noun - first < 5 {
        let prev = &tokens[first - 1];
        if !prev.word || NOT_IN_NAME.contains(&prev.lower.as_str()) {
            break;
        }
        first -= 1;
    }
    Some((tokens[first].span.start, owner.span.end))
}

/// For a verb of saying at `pos` with no complement after it: the speaker of
/// a report it closes, the words between the comma or closing quote before
/// it and the verb ("…,” a spokesperson for the IDF said in a statement"),
/// or after the verb when it comes first ("…,” said Salama Marouf, a
/// spokesperson for Hamas").
fn postposed(tokens: &[Token<'_>], pos: usize) -> Option<Frame> {
    let lowest = pos.saturating_sub(12);
    let mark = (lowest..pos)
        .rev()
        .find(|&idx| matches!(tokens[idx].text, "," | "”" | "\"" | "’"))?;
    // Something must come before the frame: the words it reports.
    if !tokens[..mark].iter().any(|token| token.word) {
        return None;
    }
    let between = &tokens[mark + 1..pos];
    if between
        .iter()
        .any(|token| !token.word || saying::is(&token.lower, REPORTS))
    {
        return None;
    }
    if let (Some(first), Some(last)) = (between.first(), between.last()) {
        return Some(Frame::After(first.span.start, last.span.end));
    }
    if tokens[mark].text == "," {
        // "The Israeli army, for its part, said the hospital was hit": the
        // verb's subject stands before a comma-delimited aside, and a clause
        // follows the verb.
        let n_before = tokens[..pos].iter().filter(|token| token.word).count();
        let after: Vec<&str> = tokens[pos + 1..]
            .iter()
            .take_while(|token| token.word)
            .map(|token| token.lower.as_str())
            .collect();
        let finite = after.iter().skip(1).any(|word| {
            matches!(
                *word,
                "is" | "are" | "was" | "were" | "has" | "have" | "had" | "will"
            ) || word.len() > 4 && word.ends_with("ed")
        });
        return (n_before <= 10 && after.len() >= 3 && finite).then_some(Frame::Before);
    }
    // Inverted: the speaker follows the verb, to the end of the sentence.
    let after = &tokens[pos + 1..];
    let words: Vec<&Token<'_>> = after
        .iter()
        .take_while(|token| token.word || token.text == "," || token.text == "-")
        .collect();
    if words.is_empty() || words.len() > 16 {
        return None;
    }
    let first = words.first()?;
    let last = words.iter().rev().find(|token| token.word)?;
    Some(Frame::After(first.span.start, last.span.end))
}

/// Where `postposed` found the speaker of a verb of saying with no
/// complement clause.
enum Frame {
    /// A speaker after the words it reports, at these bytes.
    After(usize, usize),
    /// The verb's subject before an aside, and what it reports after the verb.
    Before,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::clause::split;

    /// The speakers `speakers` finds in `sentence`, as text.
    fn check(sentence: &str, expected: &[&str]) {
        let clauses = split(sentence);
        let got: Vec<&str> = speakers(sentence, &clauses)
            .into_iter()
            .map(|span| sentence[span].trim())
            .collect();
        assert_eq!(got, expected, "sentence: {sentence}");
    }

    #[test]
    fn who_confirms_what_befell_another_only_reports_it() {
        // Shapes17 R2: the one who confirms that someone else was
        // arrested is who reports it; confirming of oneself is no frame.
        check(
            "Doe confirmed that Interior Minister Smith has also been arrested.",
            &["Doe"],
        );
        check("Doe confirmed that he had been arrested.", &[]);
    }

    #[test]
    fn the_subject_of_a_verb_of_saying_with_a_clause_of_its_own() {
        check(
            "Israel has said the blast was caused by a failed rocket launch by the Palestinian Islamic Jihad militant group, which denied blame.",
            &["Israel has"],
        );
        check(
            "Israel claimed that a misguided missile by the Palestinian group, Islamic Jihad, was responsible for the blast and provided evidence to back up its claim.",
            &["Israel"],
        );
        check(
            "The Israeli army, for its part, said the hospital was hit by a rocket misfired by Islamic Jihad Palestinian militants.",
            &["The Israeli army, for its part,"],
        );
        check(
            "On Friday, Kyiv says Russian troops blew up the dam.",
            &["Kyiv"],
        );
    }

    #[test]
    fn a_report_about_its_speaker_is_no_frame() {
        check("Israel said it did not strike the hospital.", &[]);
        check(
            "The Russian Defense Ministry on Friday said that its forces did not launch any rocket attack on a railway station.",
            &[],
        );
        check("“We did not strike the hospital,” the army said.", &[]);
        check("Israel denied that Israeli jets struck the hospital.", &[]);
        check(
            "Israel's military denied responsibility for an attack on a Gaza hospital.",
            &[],
        );
        check(
            "The partnership ends with a formal military alliance, which Chinese officials say is unnecessary.",
            &[],
        );
        // A report that nothing of the kind happened, no actor named: the
        // speaker is the one it clears.
        check(
            "The navy's review concluded that no shots were fired at the trawler.",
            &[],
        );
        check("The navy said there was no attack on the trawler.", &[]);
        // An actor named keeps the frame.
        check(
            "The navy said that a coast guard cutter fired no shots at the trawler.",
            &["The navy"],
        );
        // So does a name inside the "no" phrase: another actor is cleared,
        // and the speaker only reports it.
        check(
            "The navy said no Ukrainian drones attacked the trawler.",
            &["The navy"],
        );
        check(
            "The navy said there was no Turkish attack on the trawler.",
            &["The navy"],
        );
        check(
            "The navy said no shots by Turkish vessels hit the trawler.",
            &["The navy"],
        );
        // "nothing" says nothing of the event ("nothing was known about").
        check(
            "The navy said nothing was known about the crew of the trawler.",
            &["The navy"],
        );
    }

    #[test]
    fn according_to_names_the_speaker() {
        check(
            "According to Israeli authorities, a misguided missile by the Palestinian group Islamic Jihad group was responsible for the blast.",
            &["Israeli authorities"],
        );
        check(
            "According to Moscow, its troops never went near the dam.",
            &[],
        );
    }

    #[test]
    fn a_speaker_after_the_words_it_reports() {
        check(
            "\"An analysis of IDF operational systems indicates that a barrage of rockets was fired by terrorists in Gaza, passing in close proximity to the Al Ahli hospital in Gaza at the time it was hit,\" a spokesperson for the Israel Defense Forces said in a statement.",
            &["An analysis of IDF operational systems", "a spokesperson for the Israel Defense Forces"],
        );
        check(
            "Russian forces blew up the dam, Ukraine's military said on Tuesday.",
            &["Ukraine's military"],
        );
        check("Russian forces blew up the dam, said Kyiv.", &[]);
        check(
            "“A new war crime committed by the occupation,” said Salama Marouf, a spokesperson for Hamas.",
            &["Salama Marouf, a spokesperson for Hamas"],
        );
    }

    #[test]
    fn the_owner_of_a_noun_of_saying() {
        check(
            "Islamic Jihad on Wednesday described as \"lies\" the Israel army's accusations that it was responsible for a strike on a Gaza hospital.",
            &["Israel army's"],
        );
        check(
            "Allegations by the Ukrainian side that Russia carried out the attack are \"provocation and absolutely untrue,\" the ministry said in a statement.",
            &["the Ukrainian side", "the ministry"],
        );
    }

    #[test]
    fn the_subject_of_a_verb_of_blaming() {
        check(
            "Gaza's health ministry blamed an Israeli air strike, while Israel said the blast was caused by a failed rocket launch by militants.",
            &["Gaza's health ministry", "Israel"],
        );
        check(
            "Meanwhile, the Russian propagandists blame the Ukrainian side for what happened.",
            &["the Russian propagandists"],
        );
        check("Russia did not blame Ukraine for the blast.", &[]);
        check("Israel was blamed for the blast by Hamas.", &[]);
    }
}
