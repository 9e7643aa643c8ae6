//! Splits one line of body text into sentences.
//!
//! A sentence ends at `.`, `!` or `?` (a run of them, as in `?!` or `...`),
//! after any closing quotes, brackets or emphasis marks (`.”`, `.)`, `._`),
//! when whitespace or the end of the line follows. It does not end:
//! - before a lowercase letter ("a senior executive. analyst");
//! - inside a number ("5.6 Gbps", "38.02"), as no whitespace follows the dot;
//! - after a title ("Dr.", "Mr.", "St.", "Gen.") or an initial ("M. Taylor Fravel");
//! - after "No.", "Vol.", "p." or a month ("Jan.") when a digit follows ("No. 5");
//! - after "e.g." or "i.e.";
//! - after a dotted abbreviation ("U.S.", "a.m.") or "Inc.", "Co.", "al.", unless
//!   a common sentence opener follows ("the U.S. The war...").
//!
//! A dot with no space after it ends a sentence only when scraped text glued
//! two together: between a lowercase word of two letters or more and a
//! capitalised word, outside web and e-mail addresses (`glued_end`:
//! "could not be verified.The governor said").
//!
//! The scan looks only at terminator bytes (via `memchr`) and allocates nothing.
//!
//! A run longer than `MAX_SENTENCE_BYTES` without an end is emitted in pieces
//! cut at whitespace (see there).

use memchr::memchr3;

/// Titles and other abbreviations that never end a sentence.
const TITLES: &[&str] = &[
    "Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "St", "Sr", "Jr", "Gen", "Lt", "Col", "Capt", "Cpt",
    "Brig", "Maj", "Sgt", "Cpl", "Adm", "Cmdr", "Rep", "Reps", "Sen", "Gov", "Rev", "Hon", "Pres",
    "Mt", "Ft", "Messrs", "Mme", "Mlle", "vs", "cf", "approx", "eg", "ie", "viz",
];

/// Abbreviations that do not end a sentence when a number follows.
const BEFORE_NUMBER: &[&str] = &[
    "No", "Nos", "no", "Vol", "vol", "Fig", "fig", "p", "pp", "Art", "Sec", "Ch", "Jan", "Feb",
    "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Nr", "Op",
];

/// Abbreviations that end a sentence only before a common sentence opener.
const AMBIGUOUS: &[&str] = &[
    "Inc", "Ltd", "Co", "Corp", "al", "etc", "Bros", "Jan", "Dec",
];

/// Words that usually open a sentence, used after an ambiguous abbreviation.
const OPENERS: &[&str] = &[
    "The",
    "This",
    "That",
    "These",
    "Those",
    "It",
    "Its",
    "He",
    "She",
    "They",
    "We",
    "I",
    "You",
    "But",
    "And",
    "However",
    "In",
    "On",
    "At",
    "A",
    "An",
    "As",
    "If",
    "Some",
    "Many",
    "Yet",
    "Still",
    "So",
    "Meanwhile",
    "There",
    "Their",
    "His",
    "Her",
    "Our",
    "When",
    "While",
    "After",
    "Before",
    "Since",
    "Although",
    "Despite",
    "For",
    "Such",
    "According",
];

/// The longest sentence read whole, in bytes. A news sentence runs to a few
/// hundred bytes (the longest in `tests/eval` is under 800); a longer run with
/// no end (a megabyte line with no full stop, thousands of commas or "no"s) is
/// no sentence anyone wrote, and is read in pieces of at most this size, cut
/// at the last whitespace (or, with none, at a character boundary). The
/// readings of a sentence compare its cues and values pairwise, so this keeps
/// their cost linear in the text.
pub const MAX_SENTENCE_BYTES: usize = 4096;

/// Calls `emit(start, end)` for `text` whole, or in pieces of at most
/// `MAX_SENTENCE_BYTES` when it is longer (for a heading or a pull quote,
/// which are not split at terminators).
pub fn bounded(text: &str, mut emit: impl FnMut(usize, usize)) {
    emit_bounded(text, 0, text.len(), &mut emit);
}

/// Emits `start..end` of `line` in pieces of at most `MAX_SENTENCE_BYTES`.
fn emit_bounded(line: &str, mut start: usize, end: usize, emit: &mut impl FnMut(usize, usize)) {
    while end - start > MAX_SENTENCE_BYTES {
        let mut cut = start + MAX_SENTENCE_BYTES;
        while !line.is_char_boundary(cut) {
            cut -= 1;
        }
        if let Some(space) = line.as_bytes()[start + 1..cut]
            .iter()
            .rposition(u8::is_ascii_whitespace)
        {
            cut = start + 1 + space;
        }
        emit(start, cut);
        start = cut;
    }
    emit(start, end);
}

/// Calls `emit(start, end)` for each sentence of `line`, in order; the span may
/// hold surrounding whitespace, which the caller trims.
pub fn sentences(line: &str, mut emit: impl FnMut(usize, usize)) {
    let bytes = line.as_bytes();
    let mut start = 0;
    let mut pos = 0;
    while let Some(idx) = memchr3(b'.', b'!', b'?', &bytes[pos..]) {
        let term = pos + idx;
        let mut after = term + 1;
        while after < bytes.len() && matches!(bytes[after], b'.' | b'!' | b'?') {
            after += 1;
        }
        after = skip_closers(bytes, after);
        pos = after.max(term + 1);
        let next = match next_start(line, after) {
            Next::End => break,
            Next::Glued if bytes[term] == b'.' && after == term + 1 && glued_end(line, term) => {
                emit_bounded(line, start, after, &mut emit);
                start = after;
                pos = after;
                continue;
            }
            Next::Glued => continue,
            Next::At(next) => next,
        };
        let next_char = line[next..].chars().next().unwrap_or(' ');
        if next_char.is_lowercase() {
            continue;
        }
        if bytes[term] == b'.' && after == term + 1 && !dot_ends(line, term, next) {
            continue;
        }
        emit_bounded(line, start, after, &mut emit);
        start = next;
        pos = next;
    }
    if start < bytes.len() {
        emit_bounded(line, start, bytes.len(), &mut emit);
    }
}

/// What follows a terminator and its closers.
enum Next {
    /// Only whitespace to the end of the line.
    End,
    /// A non-space character right away: no boundary here.
    Glued,
    /// Whitespace, then a character at this offset.
    At(usize),
}

fn next_start(line: &str, after: usize) -> Next {
    let Some(rest) = line.get(after..) else {
        return Next::Glued;
    };
    let trimmed = rest.trim_start();
    if trimmed.is_empty() {
        return Next::End;
    }
    if trimmed.len() == rest.len() {
        return Next::Glued;
    }
    Next::At(after + rest.len() - trimmed.len())
}

/// Skips closing quotes, brackets and emphasis marks after a terminator.
fn skip_closers(bytes: &[u8], mut pos: usize) -> usize {
    loop {
        let rest = bytes.get(pos..).unwrap_or_default();
        let len = match rest {
            [b'"' | b'\'' | b')' | b']' | b'_' | b'*', ..] => 1,
            // ” and ’ (U+201D, U+2019).
            [0xE2, 0x80, 0x9D | 0x99, ..] => 3,
            // » (U+00BB).
            [0xC2, 0xBB, ..] => 2,
            _ => return pos,
        };
        pos += len;
    }
}

/// Whether the dot at `dot`, with no space after it, ends a sentence glued
/// to the next in scraped text ("could not be verified.The governor said"):
/// a lowercase word of two letters or more before it, a capitalised word
/// after it (a capital, then lowercase letters, then a space or mark), and
/// neither written in a web address, an e-mail address, a number or a
/// dotted abbreviation ("U.S.A", "a.m.", "news.Example.com").
fn glued_end(line: &str, dot: usize) -> bool {
    let before = &line[..dot];
    let token = before
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or_default();
    let word = token.trim_start_matches(|c: char| !c.is_alphanumeric());
    let lower_word = word.chars().count() >= 2 && word.chars().all(char::is_lowercase);
    if !lower_word || token.contains(['.', '@', '/', ':']) {
        return false;
    }
    let rest = &line[dot + 1..];
    let mut chars = rest.chars();
    let capital = chars.next().is_some_and(char::is_uppercase);
    let next_len = rest
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(rest.len());
    let next = rest.get(..next_len).unwrap_or_default();
    let capitalised =
        capital && next.chars().count() >= 2 && next.chars().skip(1).all(char::is_lowercase);
    let mut tail = rest.get(next_len..).unwrap_or_default().chars();
    let closed = tail.next().is_none_or(|c| {
        !matches!(c, '.' | '@' | '/' | ':') || tail.next().is_none_or(char::is_whitespace)
    });
    capital && capitalised && closed
}

/// Whether the dot at `dot` ends a sentence, given the next sentence would
/// start at `next`.
fn dot_ends(line: &str, dot: usize, next: usize) -> bool {
    let before = &line[..dot];
    let word_start = before
        .rfind(|c: char| c.is_whitespace() || matches!(c, '(' | '[' | '"' | '“' | '‘' | '—' | '–'))
        .map(|idx| idx + before[idx..].chars().next().map_or(1, char::len_utf8))
        .unwrap_or(0);
    let word = &before[word_start..];
    if word.is_empty() {
        return true;
    }
    let next_word = line[next..]
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or_default();
    let next_is_digit = line[next..].starts_with(|c: char| c.is_ascii_digit());
    let opener = OPENERS.contains(&next_word);
    if word == "e.g" || word == "i.e" {
        return false;
    }
    let dotted = word.contains('.')
        && word
            .split('.')
            .all(|part| part.chars().count() <= 2 && part.chars().all(char::is_alphabetic));
    if dotted {
        return opener;
    }
    let mut chars = word.chars();
    if let (Some(first), None) = (chars.next(), chars.next()) {
        if first.is_uppercase() {
            // An initial, unless a sentence opener no name starts with
            // follows ("… either an Iskander or a Tochka U. The Russian
            // ministry …"); "J. A. Smith" keeps its one-letter "A".
            return opener && next_word.chars().count() > 1;
        }
    }
    if BEFORE_NUMBER.contains(&word) && next_is_digit {
        return false;
    }
    if AMBIGUOUS.contains(&word) {
        return opener;
    }
    !TITLES.contains(&word)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Splits `line` and compares the trimmed sentences.
    fn check(line: &str, expected: &[&str]) {
        let mut got = Vec::new();
        sentences(line, |start, end| got.push(line[start..end].trim()));
        assert_eq!(got, expected, "line: {line:?}");
    }

    #[test]
    fn cuts_a_run_longer_than_the_bound_at_whitespace() {
        // 2,000 "no"s and an end: 6,000 bytes, one piece cut at a space
        // before the bound and the rest.
        let line = format!("{}dam broke.", "no ".repeat(2000));
        let mut got = Vec::new();
        sentences(&line, |start, end| got.push(start..end));
        let cut = 3 * (MAX_SENTENCE_BYTES / 3) - 1;
        assert_eq!(got, vec![0..cut, cut..line.len()]);
        // No whitespace at all: cut at a character boundary.
        let line = "é".repeat(MAX_SENTENCE_BYTES);
        let mut pieces = Vec::new();
        sentences(&line, |start, end| pieces.push(&line[start..end]));
        assert_eq!(pieces.concat(), line);
        assert!(pieces.iter().all(|piece| piece.len() <= MAX_SENTENCE_BYTES));
        assert_eq!(pieces.len(), 2);
    }

    #[test]
    fn splits_plain_sentences() {
        check(
            "According to US officials, Russia requested Chinese military aid shortly after the invasion began. Moscow and Beijing both deny the reports.",
            &[
                "According to US officials, Russia requested Chinese military aid shortly after the invasion began.",
                "Moscow and Beijing both deny the reports.",
            ],
        );
    }

    #[test]
    fn keeps_abbreviations_and_numbers_inside() {
        check(
            "Officials claimed the strike involved a Russian missile, either an Iskander or a Tochka U. The Russian ministry stated it had no operations planned.",
            &[
                "Officials claimed the strike involved a Russian missile, either an Iskander or a Tochka U.",
                "The Russian ministry stated it had no operations planned.",
            ],
        );
        check(
            "The letter from George W. Bush and J. A. Smith arrived.",
            &["The letter from George W. Bush and J. A. Smith arrived."],
        );
        check(
            "Russia provided money for the killing of U.S. troops in Afghanistan.",
            &["Russia provided money for the killing of U.S. troops in Afghanistan."],
        );
        check(
            "Gen. Li met Prof. Wu and Sen. Rubio in St. Petersburg (see Vol. 3, p. 12). Then they left.",
            &[
                "Gen. Li met Prof. Wu and Sen. Rubio in St. Petersburg (see Vol. 3, p. 12).",
                "Then they left.",
            ],
        );
        check(
            "“It is inaccurate,” spokesperson Brig. Gen. Patrick Ryder told reporters. Then he left.",
            &[
                "“It is inaccurate,” spokesperson Brig. Gen. Patrick Ryder told reporters.",
                "Then he left.",
            ],
        );
        check(
            "China, since 2008 has opened centres in Moscow, Kazan St Petersburg, Nizhny Novgorod and Novosibirsk.",
            &["China, since 2008 has opened centres in Moscow, Kazan St Petersburg, Nizhny Novgorod and Novosibirsk."],
        );
        check(
            "The deal was signed by Huawei Co. The talks ended. Costs rose 3.4–3.8 GHz.",
            &[
                "The deal was signed by Huawei Co.",
                "The talks ended.",
                "Costs rose 3.4–3.8 GHz.",
            ],
        );
    }

    #[test]
    fn ends_after_closers_and_runs() {
        check(
            "The US think-tank views “[Made in China 2025] is a real existential threat to U.S. technological leadership.” In the foreseeable future, wait... What?! (Really.) Yes.",
            &[
                "The US think-tank views “[Made in China 2025] is a real existential threat to U.S. technological leadership.”",
                "In the foreseeable future, wait...",
                "What?!",
                "(Really.)",
                "Yes.",
            ],
        );
    }

    #[test]
    fn a_dot_glued_between_a_lowercase_word_and_a_capitalised_one_splits() {
        check(
            "The toll could not be confirmed.The mayor said nobody had died.",
            &[
                "The toll could not be confirmed.",
                "The mayor said nobody had died.",
            ],
        );
        check(
            "Rescuers searched all night.Officials said the river had not burst its banks.",
            &[
                "Rescuers searched all night.",
                "Officials said the river had not burst its banks.",
            ],
        );
        // Web and e-mail addresses, numbers, dotted abbreviations and
        // initials stay whole.
        for line in [
            "Read more at www.example.Com today.",
            "Write to press@agency.Org for details.",
            "The blast at 6.Then nothing happened.",
            "He moved to the U.S.A in May.",
            "It opened at 9 a.m.Monday and closed early.",
        ] {
            check(line, &[line]);
        }
    }

    #[test]
    fn glued_period_does_not_split() {
        check(
            "Russia desires to counter the US cyber security sphere .Realistically speaking, a resurgent Russia.",
            &["Russia desires to counter the US cyber security sphere .Realistically speaking, a resurgent Russia."],
        );
    }
}
