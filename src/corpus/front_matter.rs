//! Reads the metadata of a Jekyll front-matter block: title, authors, date.
//!
//! The block is the one `text::front_matter_end` finds. Keys may have spaces
//! before the colon (`title : Hi-Tech`); values may be quoted; `author` or
//! `authors` may be a string ("A, B and C", "et al." dropped), a flow list
//! (`[A, B]`) or a block list (`- A` lines). `date` keeps its `YYYY-MM-DD`
//! part; a day its month does not have is kept aside for a warning. The
//! outlet comes from `publisher`, else `source`, else `site_name` (the keys
//! site exports and scrapers write), the authors also from `byline`, and
//! `url` and `derived_from` are read as written. Other keys are ignored.

use crate::model::{DateError, PubDate};

/// What a front-matter block says about its article.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FrontMatter {
    /// The `title` value.
    pub title: Option<String>,
    /// The `author` or `authors` names, in order.
    pub authors: Vec<String>,
    /// The `date`, to the year, month or day.
    pub date: Option<PubDate>,
    /// A `date` written `YYYY-MM-DD` with a day its month does not have.
    pub bad_date: Option<BadDate>,
    /// The outlet: `publisher`, else `source`, else `site_name`.
    pub publisher: Option<String>,
    /// The `url` (or `link`) value.
    pub url: Option<String>,
    /// The `derived_from` value: the outlet whose report this rewrites.
    pub derived_from: Option<String>,
}

/// A front-matter `date` that names no real day ("2024-02-31").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadDate {
    /// The value as written, unquoted.
    pub text: String,
    /// Byte offset of the value in the article.
    pub offset: usize,
    /// Why it is refused.
    pub error: DateError,
}

/// Reads the front matter at the top of `text`, if there is one.
pub fn parse(text: &str) -> Option<FrontMatter> {
    let end = crate::text::front_matter_end(text)?;
    let block = text.get(..end)?;
    let mut front = FrontMatter::default();
    let mut list_key: Option<String> = None;
    // (rank, outlet): `publisher` beats `source` beats `site_name`.
    let mut outlet: Option<(u8, String)> = None;
    // Skip the opening fence; the closing fence has no colon.
    for span in crate::text::Lines::new(block).skip(1) {
        let line = &block[span.start..span.end];
        let trimmed = line.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        if let Some(item) = trimmed.strip_prefix("- ") {
            if list_key.as_deref().is_some_and(is_author_key) {
                front.authors.extend(split_authors(&unquote(item)));
            }
            continue;
        }
        let Some((key, value)) = trimmed.split_once(':') else {
            continue;
        };
        let key = key.trim().to_ascii_lowercase();
        let value = value.trim();
        list_key = value.is_empty().then(|| key.clone());
        match key.as_str() {
            "title" => front.title = Some(unquote(value)).filter(|title| !title.is_empty()),
            "date" => (front.date, front.bad_date) = read_date(line, span.start),
            key if is_author_key(key) => front.authors.extend(authors_of(value)),
            "publisher" | "source" | "site_name" => {
                let rank = match key.as_str() {
                    "publisher" => 0,
                    "source" => 1,
                    _ => 2,
                };
                let name = unquote(value);
                if !name.is_empty() && outlet.as_ref().is_none_or(|(best, _)| rank < *best) {
                    outlet = Some((rank, name));
                }
            }
            "url" | "link" => front.url = Some(unquote(value)).filter(|url| !url.is_empty()),
            "derived_from" => {
                front.derived_from = Some(unquote(value)).filter(|name| !name.is_empty());
            }
            _ => {}
        }
    }
    front.publisher = outlet.map(|(_, name)| name);
    Some(front)
}

/// The `YYYY`, `YYYY-MM` or `YYYY-MM-DD` date at the start of `value`
/// ("2024-03-01 12:00:00 +0800" → 2024-03-01), if it is a real date.
pub fn normalize_date(value: &str) -> Result<PubDate, DateError> {
    let head = value.trim().split([' ', 'T']).next().unwrap_or_default();
    PubDate::parse(head)
}

/// The date of a `date` line that starts at byte `offset` of the article,
/// or the value and reason when it names no real day. A value that is no
/// `YYYY-MM-DD` at all ("March 2024") is neither.
fn read_date(line: &str, offset: usize) -> (Option<PubDate>, Option<BadDate>) {
    // The value starts after the line's first colon and its spaces.
    let after = line.find(':').map_or(line.len(), |colon| colon + 1);
    let value = &line[after..];
    let text = unquote(value);
    match normalize_date(&text) {
        Ok(date) => (Some(date), None),
        Err(error @ DateError::NoSuchDay { .. }) => {
            let spaces = value.len() - value.trim_start().len();
            let bad = BadDate {
                text,
                offset: offset + after + spaces,
                error,
            };
            (None, Some(bad))
        }
        Err(DateError::Shape) => (None, None),
    }
}

fn is_author_key(key: &str) -> bool {
    matches!(key, "author" | "authors" | "byline")
}

/// Names from an author value: a flow list or a string.
fn authors_of(value: &str) -> Vec<String> {
    match value.strip_prefix('[').and_then(|v| v.strip_suffix(']')) {
        Some(list) => list
            .split(',')
            .map(unquote)
            .filter(|name| !name.is_empty())
            .collect(),
        None => split_authors(&unquote(value)),
    }
}

/// "A, B and C, et al." → ["A", "B", "C"].
fn split_authors(value: &str) -> Vec<String> {
    value
        .split([',', '&', ';'])
        .flat_map(|part| part.split(" and "))
        .map(str::trim)
        .filter(|name| {
            !name.is_empty()
                && !matches!(
                    name.to_ascii_lowercase().as_str(),
                    "et al." | "et al" | "and others" | "others"
                )
        })
        .map(str::to_owned)
        .collect()
}

fn unquote(value: &str) -> String {
    let value = value.trim();
    let inner = value
        .strip_prefix('"')
        .and_then(|v| v.strip_suffix('"'))
        .or_else(|| value.strip_prefix('\'').and_then(|v| v.strip_suffix('\'')))
        .unwrap_or(value);
    inner.trim().to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outlet_url_and_wire_come_from_the_keys_sites_write() {
        let front = parse(
            "---\ntitle: \"Dam breached\"\nsite_name: Daily Planet\nsource: \"Reuters\"\nbyline: A. Writer\nurl: https://example.org/a\nderived_from: Reuters\n---\nBody.\n",
        )
        .expect("a front matter");
        assert_eq!(front.publisher.as_deref(), Some("Reuters"));
        assert_eq!(front.authors, ["A. Writer"]);
        assert_eq!(front.url.as_deref(), Some("https://example.org/a"));
        assert_eq!(front.derived_from.as_deref(), Some("Reuters"));
        let front = parse("---\npublisher: Planet\nsource: Wire\n---\n").expect("a front matter");
        assert_eq!(front.publisher.as_deref(), Some("Planet"));
    }

    /// Parses `text` and compares (title, authors, date).
    fn check(text: &str, expected: Option<(Option<&str>, &[&str], Option<&str>)>) {
        let got = parse(text);
        let got = got.as_ref().map(|front| {
            (
                front.title.as_deref(),
                front.authors.iter().map(String::as_str).collect::<Vec<_>>(),
                front.date.map(|date| date.to_string()),
            )
        });
        let expected = expected
            .map(|(title, authors, date)| (title, authors.to_vec(), date.map(str::to_string)));
        assert_eq!(got, expected, "text: {text:?}");
    }

    #[test]
    fn seed_000_front_matter() {
        check(
            "---\nlayout: post\ntitle : Hi-Tech, High Risk?\nauthor: Roman Kolodii, et al.\ndate  : 2024-03-01 12:00:00 +0800\nimage : https://i.imgur.com/bDRLPuN.jpeg\n#image_caption: \"\"\ndescription: \"Russo-Chinese Cooperation on Emerging Technologies\"\nexcerpt_separator: <excerpt/>\n---\n\n_Ever since..._",
            Some((Some("Hi-Tech, High Risk?"), &["Roman Kolodii"], Some("2024-03-01"))),
        );
    }

    #[test]
    fn author_lists_quotes_and_crlf() {
        check(
            "\u{FEFF}---\r\ntitle: \"A: B\"\r\nauthors:\r\n  - Giangiuseppe Pili\r\n  - 'Jack Crawford'\r\ndate: 2024-03\r\n---\r\nText",
            Some((Some("A: B"), &["Giangiuseppe Pili", "Jack Crawford"], Some("2024-03"))),
        );
        check(
            "---\nauthor: [Andrea Kendall-Taylor, \"David Shullman\"]\ndate: March 2024\n---\n",
            Some((None, &["Andrea Kendall-Taylor", "David Shullman"], None)),
        );
        check(
            "---\nauthor: Andrea Kendall-Taylor, David Shullman and Dan McCormick\n---\n",
            Some((
                None,
                &["Andrea Kendall-Taylor", "David Shullman", "Dan McCormick"],
                None,
            )),
        );
    }

    #[test]
    fn no_front_matter() {
        check("Title\n---\nText", None);
        check("---\ntitle: never closed\n", None);
        check("", None);
    }

    #[test]
    fn dates() {
        let shown = |value: &str| normalize_date(value).map(|date| date.to_string());
        assert_eq!(shown("2019"), Ok("2019".to_owned()));
        assert_eq!(shown("2019-08-19T10:00:00Z"), Ok("2019-08-19".to_owned()));
        assert_eq!(shown("2024-02-29"), Ok("2024-02-29".to_owned()));
        assert_eq!(shown("2019-13-01"), Err(DateError::Shape));
        assert_eq!(shown("19 August, 2019"), Err(DateError::Shape));
        assert_eq!(
            shown("2023-02-29"),
            Err(DateError::NoSuchDay {
                year: 2023,
                month: 2,
                days: 28
            })
        );
    }

    #[test]
    fn a_day_the_month_lacks_is_kept_aside_with_its_offset() {
        let text = "---\ntitle: T\ndate  : \"2024-02-31\"\n---\nText";
        let front = parse(text).expect("a front matter");
        assert_eq!(front.date, None);
        let bad = front.bad_date.expect("a bad date");
        assert_eq!(bad.text, "2024-02-31");
        assert_eq!(&text[bad.offset..bad.offset + 3], "\"20");
        assert_eq!(
            bad.error,
            DateError::NoSuchDay {
                year: 2024,
                month: 2,
                days: 29
            }
        );
        let front = parse("---\ndate: March 2024\n---\n").expect("a front matter");
        assert_eq!((front.date, front.bad_date), (None, None));
    }
}
