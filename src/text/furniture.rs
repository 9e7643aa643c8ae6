//! Recognises page furniture: text a web page wraps around an article.
//!
//! Whole lines that are furniture (compared case-insensitively, a trailing
//! colon ignored):
//! - separators: three or more of one of `-`, `*`, `_`, `=` (`---`);
//! - share and navigation buttons: "Share", "Tweet", "WhatsApp", "Print",
//!   "Related Posts", "Get Alerts", "Read More", "Advertisement", and
//!   "Share on/via <site>", "Follow us on <site>";
//! - WordPress shortcodes: `[tta_listen_btn]`, `[lowercase_name args]`;
//! - picture credits: lines opening with "Picture:", "Photo:", "Image:" or
//!   "Caption:", or holding "(Photo by ...)";
//! - comment forms: "Leave a Comment", "Leave a Reply", "Post a Comment".
//!
//! Furniture glued to the start of text ("Leave a CommentThe war...", a stock
//! ticker followed by text) is split off as a prefix. A stock ticker is two or
//! more items like `AGL38.02▲ 0.08 (0.00%)`: an upper-case symbol, a price, an
//! arrow, a change and a percentage in brackets.
//!
//! Sentences that are furniture: "Your email address will not be published.",
//! "Required fields are marked *", "Save my name, email, and website ...".
//! HTML tags at the start of a sentence (`<excerpt/>`) are split off.

/// Share, navigation and comment-form labels that fill a whole line.
const LABELS: &[&str] = &[
    "share",
    "shares",
    "tweet",
    "whatsapp",
    "email",
    "e-mail",
    "print",
    "pin",
    "pin it",
    "telegram",
    "reddit",
    "facebook",
    "linkedin",
    "twitter",
    "messenger",
    "copy link",
    "related",
    "related posts",
    "related articles",
    "related stories",
    "related news",
    "read more",
    "read also",
    "also read",
    "more stories",
    "you may also like",
    "get alerts",
    "advertisement",
    "sponsored",
    "subscribe",
    "comments",
    "leave a comment",
    "leave a reply",
    "post a comment",
    "cancel reply",
    "tags",
];

/// Labels that may be glued to the start of the text that follows them.
const GLUED: &[&str] = &["leave a comment", "leave a reply", "post a comment"];

/// Openings of comment-form sentences.
const FORM_SENTENCES: &[&str] = &[
    "your email address will not be published",
    "required fields are marked",
    "save my name, email, and website",
];

/// Prefixes of picture-credit lines.
const CREDITS: &[&str] = &["picture:", "photo:", "image:", "caption:", "photograph:"];

/// Whether `line` (trimmed) is a separator such as `---` or `***`.
pub fn is_separator(line: &str) -> bool {
    let bytes = line.as_bytes();
    bytes.len() >= 3
        && matches!(bytes[0], b'-' | b'*' | b'_' | b'=')
        && bytes.iter().all(|&b| b == bytes[0] || b == b' ')
}

/// Whether the whole of `line` (trimmed) is page furniture.
pub fn is_furniture_line(line: &str) -> bool {
    if line.len() > 200 {
        return furniture_prefix(line) == line.len();
    }
    let label = line.trim_end_matches(':').trim().to_lowercase();
    if LABELS.contains(&label.as_str()) || is_site_button(&label) {
        return true;
    }
    if is_shortcode(line) || is_credit(&label) {
        return true;
    }
    furniture_prefix(line) == line.len()
}

/// The byte length of furniture glued to the start of `line` (a stock ticker
/// or a comment-form label), or 0.
pub fn furniture_prefix(line: &str) -> usize {
    let ticker = ticker_len(line.as_bytes());
    if ticker > 0 {
        return ticker;
    }
    for label in GLUED {
        if line
            .get(..label.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(label))
        {
            return label.len();
        }
    }
    0
}

/// Whether a sentence (trimmed) is part of a comment form.
pub fn is_furniture_sentence(sentence: &str) -> bool {
    FORM_SENTENCES.iter().any(|form| {
        sentence
            .get(..form.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(form))
    })
}

/// The byte length of the HTML tags (and spaces) opening `text`, or 0.
pub fn leading_tags(text: &str) -> usize {
    let mut pos = 0;
    loop {
        let rest = &text[pos..];
        let lead = rest.len() - rest.trim_start().len();
        let tag = &rest[lead..];
        let opens = tag.starts_with('<')
            && tag[1..].starts_with(|c: char| c.is_ascii_alphabetic() || c == '/');
        let Some(close) = tag.find('>').filter(|_| opens) else {
            return pos;
        };
        if tag[1..close].contains('<') {
            return pos;
        }
        pos += lead + close + 1;
    }
}

/// "share on linkedin", "share via email", "follow us on twitter".
fn is_site_button(label: &str) -> bool {
    ["share on ", "share via ", "share to ", "follow us on "]
        .iter()
        .any(|head| {
            label
                .strip_prefix(head)
                .is_some_and(|site| !site.is_empty() && site.split_whitespace().count() <= 2)
        })
}

/// `[tta_listen_btn]` or `[shortcode arg="x"]` alone on a line.
fn is_shortcode(line: &str) -> bool {
    let Some(inner) = line.strip_prefix('[').and_then(|s| s.strip_suffix(']')) else {
        return false;
    };
    let name = inner.split_whitespace().next().unwrap_or_default();
    name.starts_with(|c: char| c.is_ascii_lowercase())
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '-')
        && !inner.contains(['[', ']'])
}

/// "picture: ... (photo by ...)" lines, given lower-cased.
fn is_credit(label: &str) -> bool {
    CREDITS.iter().any(|head| label.starts_with(head))
        || label.contains("(photo by ")
        || label.contains("(photo: ")
}

/// The byte length of a run of two or more ticker items opening `bytes`, or 0.
fn ticker_len(bytes: &[u8]) -> usize {
    let mut pos = 0;
    let mut n_items = 0;
    while let Some(end) = ticker_item(bytes, pos) {
        n_items += 1;
        pos = end;
        while bytes.get(pos) == Some(&b' ') {
            pos += 1;
        }
    }
    if n_items >= 2 {
        // Do not swallow the spaces after the last item.
        while pos > 0 && bytes[pos - 1] == b' ' {
            pos -= 1;
        }
        pos
    } else {
        0
    }
}

/// One `AGL38.02▲ 0.08 (0.00%)` item starting at `pos`: its end.
fn ticker_item(bytes: &[u8], pos: usize) -> Option<usize> {
    let symbol = run(bytes, pos, |b| b.is_ascii_uppercase());
    if symbol < 2 {
        return None;
    }
    let mut pos = number(bytes, pos + symbol, false)?;
    pos = spaces(bytes, pos);
    match bytes.get(pos..pos + 3) {
        // ▲ ▼ △ ▽ (U+25B2, U+25BC, U+25B3, U+25BD).
        Some([0xE2, 0x96, 0xB2..=0xBD]) => pos += 3,
        _ => return None,
    }
    pos = spaces(bytes, pos);
    pos = number(bytes, pos, true)?;
    pos = spaces(bytes, pos);
    if bytes.get(pos) != Some(&b'(') {
        return None;
    }
    pos = number(bytes, pos + 1, true)?;
    match bytes.get(pos..pos + 2) {
        Some(b"%)") => Some(pos + 2),
        _ => None,
    }
}

/// The end of a number (`-0.72`, `38.02`, `7`) at `pos`.
fn number(bytes: &[u8], mut pos: usize, signed: bool) -> Option<usize> {
    if signed && matches!(bytes.get(pos), Some(b'-' | b'+')) {
        pos += 1;
    }
    let digits = run(bytes, pos, |b| b.is_ascii_digit());
    if digits == 0 {
        return None;
    }
    pos += digits;
    if bytes.get(pos) == Some(&b'.') {
        let decimals = run(bytes, pos + 1, |b| b.is_ascii_digit());
        if decimals > 0 {
            pos += 1 + decimals;
        }
    }
    Some(pos)
}

fn spaces(bytes: &[u8], pos: usize) -> usize {
    pos + run(bytes, pos, |b| b == b' ')
}

fn run(bytes: &[u8], pos: usize, keep: impl Fn(u8) -> bool) -> usize {
    bytes
        .get(pos..)
        .unwrap_or_default()
        .iter()
        .take_while(|&&b| keep(b))
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Checks whether `line` is whole-line furniture and its glued prefix.
    fn check(line: &str, whole: bool, prefix: &str) {
        assert_eq!(is_furniture_line(line), whole, "whole line: {line:?}");
        assert_eq!(&line[..furniture_prefix(line)], prefix, "prefix: {line:?}");
    }

    #[test]
    fn seed_buttons_and_labels() {
        check("Share", true, "");
        check("Tweet", true, "");
        check("WhatsApp", true, "");
        check("Share on Linkedin", true, "");
        check("Share via Email", true, "");
        check("[tta_listen_btn]", true, "");
        check("Related Posts", true, "");
        check("Get Alerts", true, "");
        check("Leave a Reply", true, "Leave a Reply");
        check("Leave a Comment", true, "Leave a Comment");
        check("Picture: Chinese Military (Photo by Li Sanhong)", true, "");
    }

    #[test]
    fn ticker_lines() {
        check(
            "AGL38.02▲ 0.08 (0.00%)AIRLINK197.36▲ 3.45 (0.02%)KOSM7▲ 0.48 (0.07%)DFML35.74▼ -0.72 (-0.02%)",
            true,
            "AGL38.02▲ 0.08 (0.00%)AIRLINK197.36▲ 3.45 (0.02%)KOSM7▲ 0.48 (0.07%)DFML35.74▼ -0.72 (-0.02%)",
        );
        check(
            "AGL38.02▲ 0.08 (0.00%) BOP9.54▲ 0.22 (0.02%) Your email address will not be published.",
            false,
            "AGL38.02▲ 0.08 (0.00%) BOP9.54▲ 0.22 (0.02%)",
        );
        check("AGL38.02▲ 0.08 (0.00%) rose today.", false, "");
    }

    #[test]
    fn article_text_is_not_furniture() {
        check("Chinese and Russian technological ties", false, "");
        check("Dost Muhammad Barrech", false, "");
        check("Share prices rose 5% in Moscow.", false, "");
        check("[Made in China 2025] is a real threat.", false, "");
        check("Leave a", false, "");
        check("Related to this, Russia protested.", false, "");
    }

    #[test]
    fn separators_tags_and_forms() {
        assert!(is_separator("---"));
        assert!(is_separator("* * *"));
        assert!(!is_separator("--"));
        assert!(!is_separator("-- a"));
        assert_eq!(
            leading_tags("<excerpt/> _While China remains hesitant._"),
            10
        );
        assert_eq!(leading_tags("<br><p>Text"), 7);
        assert_eq!(leading_tags("< 5 people"), 0);
        assert!(is_furniture_sentence(
            "Your email address will not be published."
        ));
        assert!(is_furniture_sentence("Required fields are marked *"));
        assert!(!is_furniture_sentence("Your email was read by Reuters."));
    }
}
