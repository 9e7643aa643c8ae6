//! Reads the metadata of a Jekyll front-matter block: title, authors, date.
//!
//! The block is the one `text::front_matter_end` finds. Keys may have spaces
//! before the colon (`title : Hi-Tech`); values may be quoted; `author` or
//! `authors` may be a string ("A, B and C", "et al." dropped), a flow list
//! (`[A, B]`) or a block list (`- A` lines). `date` keeps its `YYYY-MM-DD`
//! part. Other keys are ignored.

/// What a front-matter block says about its article.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FrontMatter {
    /// The `title` value.
    pub title: Option<String>,
    /// The `author` or `authors` names, in order.
    pub authors: Vec<String>,
    /// The `date` as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub date: Option<String>,
}

/// Reads the front matter at the top of `text`, if there is one.
pub fn parse(text: &str) -> Option<FrontMatter> {
    let end = crate::text::front_matter_end(text)?;
    let block = text.get(..end)?;
    let mut front = FrontMatter::default();
    let mut list_key: Option<String> = None;
    // Skip the opening fence; the closing fence has no colon.
    for line in crate::text::Lines::new(block).skip(1) {
        let line = &block[line.start..line.end];
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
            "date" => front.date = normalize_date(&unquote(value)),
            key if is_author_key(key) => front.authors.extend(authors_of(value)),
            _ => {}
        }
    }
    Some(front)
}

/// The `YYYY`, `YYYY-MM` or `YYYY-MM-DD` at the start of `value`
/// ("2024-03-01 12:00:00 +0800" → "2024-03-01"), if it is a plausible date.
pub fn normalize_date(value: &str) -> Option<String> {
    let head = value.trim().split([' ', 'T']).next().unwrap_or_default();
    let parts: Vec<&str> = head.split('-').collect();
    let digits =
        |part: &str, len: usize| part.len() == len && part.bytes().all(|b| b.is_ascii_digit());
    let number = |part: &str| part.parse::<u32>().unwrap_or(0);
    let ok = match parts.as_slice() {
        [year] => digits(year, 4),
        [year, month] => digits(year, 4) && digits(month, 2) && (1..=12).contains(&number(month)),
        [year, month, day] => {
            digits(year, 4)
                && digits(month, 2)
                && digits(day, 2)
                && (1..=12).contains(&number(month))
                && (1..=31).contains(&number(day))
        }
        _ => false,
    };
    ok.then(|| head.to_owned())
}

fn is_author_key(key: &str) -> bool {
    matches!(key, "author" | "authors")
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

    /// Parses `text` and compares (title, authors, date).
    fn check(text: &str, expected: Option<(Option<&str>, &[&str], Option<&str>)>) {
        let got = parse(text);
        let got = got.as_ref().map(|front| {
            (
                front.title.as_deref(),
                front.authors.iter().map(String::as_str).collect::<Vec<_>>(),
                front.date.as_deref(),
            )
        });
        let expected = expected.map(|(title, authors, date)| (title, authors.to_vec(), date));
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
        assert_eq!(normalize_date("2019"), Some("2019".to_owned()));
        assert_eq!(
            normalize_date("2019-08-19T10:00:00Z"),
            Some("2019-08-19".to_owned())
        );
        assert_eq!(normalize_date("2019-13-01"), None);
        assert_eq!(normalize_date("19 August, 2019"), None);
    }
}
