//! Reads the metadata of an article's front matter: a YAML block between
//! `---` fences (Jekyll, Hugo) or a TOML block between `+++` fences (Hugo,
//! Zola), the one `text::front_matter_end` finds.
//!
//! The block goes through a real parser (`yaml-rust2`, `toml`), so quoted
//! and folded values, lists and lists of maps read as their authors meant.
//! Keys are matched without case: `title`; `author`, `authors` or `byline`
//! (a string "A, B and C" with "et al." dropped, a list of strings, or maps
//! with a `name`); `date` (its `YYYY-MM-DD` part; a day its month does not
//! have is a problem for a warning); the outlet from `publisher`, else
//! `source`, else `site_name` (a string or a map with a `name`); `url` or
//! `link`; `derived_from`. Other keys are ignored. A YAML block the parser
//! refuses (real sites write `title: A: B`) is read line by line as before,
//! with a problem saying so.

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
    /// A `date` written `YYYY-MM-DD` with a day its month does not have,
    /// while reading (it becomes a problem).
    bad_date: Option<BadDate>,
    /// Values that could not be used (an impossible date, a block the
    /// parser refused), for warnings with file:line:col.
    pub problems: Vec<Problem>,
    /// The outlet: `publisher`, else `source`, else `site_name`.
    pub publisher: Option<String>,
    /// The `url` (or `link`) value.
    pub url: Option<String>,
    /// The `derived_from` value: the outlet whose report this rewrites.
    pub derived_from: Option<String>,
}

/// A front-matter `date` that names no real day ("2024-02-31").
#[derive(Debug, Clone, PartialEq, Eq)]
struct BadDate {
    /// The value as written, unquoted.
    pub text: String,
    /// Byte offset of the value in the article.
    pub offset: usize,
    /// Why it is refused.
    pub error: DateError,
}

/// A value of a front matter that cannot be used, for a warning.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Byte offset in the article of what it is about.
    pub offset: usize,
    /// What is wrong, lower-case.
    pub message: String,
}

/// Reads the front matter at the top of `text`, if there is one.
pub fn parse(text: &str) -> Option<FrontMatter> {
    let end = crate::text::front_matter_end(text)?;
    let block = text.get(..end)?;
    let mut lines = crate::text::Lines::new(block);
    let opening = lines.next()?;
    let body_start = (opening.end + 1).min(block.len());
    // The closing fence is the block's last line.
    let body_end = crate::text::Lines::new(block)
        .last()
        .map_or(block.len(), |line| line.start);
    let body = block.get(body_start..body_end.max(body_start))?;
    let toml_fence = block[opening.start..opening.end]
        .trim_start_matches(crate::text::BOM)
        .trim_end()
        == "+++";
    let parsed = if toml_fence {
        read_toml(body, body_start)
    } else {
        read_yaml(body, body_start)
    };
    let mut front = match parsed {
        Ok(fields) => from_fields(&fields),
        Err(problem) => {
            let mut front = if toml_fence {
                FrontMatter::default()
            } else {
                parse_lines(block)
            };
            front.problems.push(problem);
            front
        }
    };
    if let Some(bad) = front.bad_date.take() {
        front.problems.push(Problem {
            offset: date_offset(block).unwrap_or(0),
            message: format!("date `{}` {}, ignored", bad.text, bad.error),
        });
    }
    Some(front)
}

/// A front-matter value, from YAML or TOML.
#[derive(Debug, Clone, PartialEq)]
enum Field {
    Text(String),
    List(Vec<Field>),
    Map(Vec<(String, Field)>),
    Other,
}

/// The largest YAML block given to the parser, and the deepest nesting
/// (brackets or list marks on one line): beyond them the parser could
/// recurse too deep, and no real front matter comes near.
const MAX_YAML_BYTES: usize = 64 * 1024;
const MAX_YAML_DEPTH: usize = 32;

/// The top-level map of a YAML block that starts at byte `base` of the article.
fn read_yaml(body: &str, base: usize) -> Result<Vec<(String, Field)>, Problem> {
    if body.len() > MAX_YAML_BYTES || nesting(body) > MAX_YAML_DEPTH {
        return Err(Problem {
            offset: base,
            message: "front matter too large or deep for YAML, read line by line".to_owned(),
        });
    }
    let docs = yaml_rust2::YamlLoader::load_from_str(body).map_err(|err| {
        let marker = err.marker();
        Problem {
            offset: base + byte_of_char(body, marker.index()),
            message: format!(
                "front matter is not valid YAML ({}), read line by line",
                err.info()
            ),
        }
    })?;
    match docs.into_iter().next().map(|doc| from_yaml(&doc, 0)) {
        Some(Field::Map(fields)) => Ok(fields),
        _ => Ok(Vec::new()),
    }
}

/// The top-level table of a TOML block that starts at byte `base`.
fn read_toml(body: &str, base: usize) -> Result<Vec<(String, Field)>, Problem> {
    let table: toml::Table = toml::from_str(body).map_err(|err| Problem {
        offset: base + err.span().map_or(0, |span| span.start),
        message: format!("front matter is not valid TOML ({})", err.message().trim()),
    })?;
    Ok(table
        .iter()
        .map(|(key, value)| (key.to_lowercase(), from_toml(value)))
        .collect())
}

fn from_yaml(yaml: &yaml_rust2::Yaml, depth: usize) -> Field {
    use yaml_rust2::Yaml;
    if depth > MAX_YAML_DEPTH {
        return Field::Other;
    }
    match yaml {
        Yaml::String(text) | Yaml::Real(text) => Field::Text(text.clone()),
        Yaml::Integer(number) => Field::Text(number.to_string()),
        Yaml::Array(items) => Field::List(
            items
                .iter()
                .map(|item| from_yaml(item, depth + 1))
                .collect(),
        ),
        Yaml::Hash(map) => Field::Map(
            map.iter()
                .filter_map(|(key, value)| match key {
                    Yaml::String(key) => Some((key.to_lowercase(), from_yaml(value, depth + 1))),
                    _ => None,
                })
                .collect(),
        ),
        Yaml::Boolean(_) | Yaml::Alias(_) | Yaml::Null | Yaml::BadValue => Field::Other,
    }
}

fn from_toml(value: &toml::Value) -> Field {
    match value {
        toml::Value::String(text) => Field::Text(text.clone()),
        toml::Value::Integer(number) => Field::Text(number.to_string()),
        toml::Value::Datetime(datetime) => Field::Text(datetime.to_string()),
        toml::Value::Array(items) => Field::List(items.iter().map(from_toml).collect()),
        toml::Value::Table(table) => Field::Map(
            table
                .iter()
                .map(|(key, value)| (key.to_lowercase(), from_toml(value)))
                .collect(),
        ),
        toml::Value::Float(_) | toml::Value::Boolean(_) => Field::Other,
    }
}

/// The metadata of a parsed block's top-level fields.
fn from_fields(fields: &[(String, Field)]) -> FrontMatter {
    let mut front = FrontMatter::default();
    // (rank, outlet): `publisher` beats `source` beats `site_name`.
    let mut outlet: Option<(u8, String)> = None;
    for (key, value) in fields {
        match key.as_str() {
            "title" => front.title = text_of(value),
            "date" => {
                if let Some(date) = text_of(value) {
                    (front.date, front.bad_date) = check_date(&date);
                }
            }
            key if is_author_key(key) => front.authors.extend(names_of(value)),
            "publisher" | "source" | "site_name" => {
                let rank = match key.as_str() {
                    "publisher" => 0,
                    "source" => 1,
                    _ => 2,
                };
                if let Some(name) = name_of(value) {
                    if outlet.as_ref().is_none_or(|(best, _)| rank < *best) {
                        outlet = Some((rank, name));
                    }
                }
            }
            "url" | "link" => front.url = text_of(value),
            "derived_from" => front.derived_from = name_of(value),
            _ => {}
        }
    }
    front.publisher = outlet.map(|(_, name)| name);
    front
}

/// A text value, trimmed, with its lines joined (a folded title), or `None`.
fn text_of(value: &Field) -> Option<String> {
    match value {
        Field::Text(text) => {
            let joined = text.split_whitespace().collect::<Vec<_>>().join(" ");
            Some(joined).filter(|text| !text.is_empty())
        }
        _ => None,
    }
}

/// A name: a text, or a map's `name` (`publisher: {name: Reuters}`).
fn name_of(value: &Field) -> Option<String> {
    match value {
        Field::Map(fields) => fields
            .iter()
            .find(|(key, _)| key == "name")
            .and_then(|(_, value)| text_of(value)),
        _ => text_of(value),
    }
}

/// Author names: a text ("A, B and C"), a list of texts or of maps with a
/// `name`, or one such map.
fn names_of(value: &Field) -> Vec<String> {
    match value {
        Field::Text(_) => text_of(value)
            .map(|text| split_authors(&text))
            .unwrap_or_default(),
        Field::List(items) => items.iter().flat_map(names_of).collect(),
        Field::Map(_) => name_of(value).into_iter().collect(),
        Field::Other => Vec::new(),
    }
}

/// A date value, or a day its month lacks kept aside.
fn check_date(text: &str) -> (Option<PubDate>, Option<BadDate>) {
    match normalize_date(text) {
        Ok(date) => (Some(date), None),
        Err(error @ DateError::NoSuchDay { .. }) => (
            None,
            Some(BadDate {
                text: text.to_owned(),
                offset: 0,
                error,
            }),
        ),
        Err(DateError::Shape) => (None, None),
    }
}

/// The byte offset of the first `date` value in a front-matter block.
fn date_offset(block: &str) -> Option<usize> {
    crate::text::Lines::new(block).find_map(|span| {
        let line = &block[span.start..span.end];
        let (key, value) = line.split_once([':', '='])?;
        if !key.trim().eq_ignore_ascii_case("date") {
            return None;
        }
        let after = key.len() + 1;
        let spaces = value.len() - value.trim_start().len();
        Some(span.start + after + spaces)
    })
}

/// The deepest nesting of brackets, or of list marks opening one line.
fn nesting(body: &str) -> usize {
    let mut depth = 0usize;
    let mut deepest = 0usize;
    for line in body.lines() {
        let marks = line
            .trim_start()
            .split_inclusive(' ')
            .take_while(|part| part.trim() == "-")
            .count();
        deepest = deepest.max(marks);
        for c in line.chars() {
            match c {
                '[' | '{' => depth += 1,
                ']' | '}' => depth = depth.saturating_sub(1),
                _ => {}
            }
            deepest = deepest.max(depth);
        }
    }
    deepest
}

/// The byte offset of the `chars`-th character of `text`.
fn byte_of_char(text: &str, chars: usize) -> usize {
    text.char_indices()
        .nth(chars)
        .map_or(text.len(), |(idx, _)| idx)
}

/// Reads a YAML block line by line, the fallback for blocks the parser
/// refuses: `key: value` lines, quoted values, `- item` lists of authors.
fn parse_lines(block: &str) -> FrontMatter {
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
    front
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
    fn a_day_the_month_lacks_is_a_problem_at_its_offset() {
        let text = "---\ntitle: T\ndate  : \"2024-02-31\"\n---\nText";
        let front = parse(text).expect("a front matter");
        assert_eq!(front.date, None);
        let [problem] = front.problems.as_slice() else {
            panic!("one problem: {:?}", front.problems);
        };
        assert_eq!(
            problem.message,
            "date `2024-02-31` does not exist: 2024-02 has 29 days, ignored"
        );
        assert_eq!(&text[problem.offset..problem.offset + 3], "\"20");
        let front = parse("---\ndate: March 2024\n---\n").expect("a front matter");
        assert_eq!((front.date, front.problems), (None, Vec::new()));
    }

    #[test]
    fn yaml_quotes_folds_and_lists_of_maps() {
        let front = parse(
            "---\ntitle: >\n  Dam breached:\n  what we know\nauthors:\n  - name: \"Olga Ivanova\"\n    twitter: \"@olga\"\n  - name: 'Tom # Smith'\npublisher:\n  name: Kyiv Post\nsource: Reuters # a comment\nlink: \"https://example.org/a?b=1#c\"\n---\nBody.\n",
        )
        .expect("a front matter");
        assert_eq!(front.title.as_deref(), Some("Dam breached: what we know"));
        assert_eq!(front.authors, ["Olga Ivanova", "Tom # Smith"]);
        assert_eq!(front.publisher.as_deref(), Some("Kyiv Post"));
        assert_eq!(front.url.as_deref(), Some("https://example.org/a?b=1#c"));
        assert!(front.problems.is_empty(), "{:?}", front.problems);
    }

    #[test]
    fn toml_front_matter() {
        let front = parse(
            "+++\ntitle = \"Quake toll rises\"\ndate = 2023-02-07T10:00:00Z\nauthors = [\"A. Writer\", \"B. Writer\"]\nsource = \"AFP\"\nderived_from = \"AFP\"\n+++\nBody.\n",
        )
        .expect("a front matter");
        assert_eq!(front.title.as_deref(), Some("Quake toll rises"));
        assert_eq!(front.authors, ["A. Writer", "B. Writer"]);
        assert_eq!(
            front.date.map(|date| date.to_string()).as_deref(),
            Some("2023-02-07")
        );
        assert_eq!(front.publisher.as_deref(), Some("AFP"));
        assert_eq!(front.derived_from.as_deref(), Some("AFP"));
        let bad = parse("+++\ntitle = \n+++\n").expect("a front matter");
        assert_eq!(bad.problems.len(), 1, "{:?}", bad.problems);
        assert!(bad.problems[0]
            .message
            .starts_with("front matter is not valid TOML"));
    }

    #[test]
    fn yaml_the_parser_refuses_is_read_line_by_line() {
        let front = parse("---\ntitle: Hi-Tech: High Risk\nauthor: A. Writer\n---\n")
            .expect("a front matter");
        assert_eq!(front.title.as_deref(), Some("Hi-Tech: High Risk"));
        assert_eq!(front.authors, ["A. Writer"]);
        assert_eq!(front.problems.len(), 1, "{:?}", front.problems);
        let deep = format!("---\ntitle: {}\n---\n", "[".repeat(100_000));
        let front = parse(&deep).expect("a front matter");
        assert_eq!(front.problems.len(), 1, "{:?}", front.problems);
        let deep = format!("---\nauthors:\n{}x\n---\n", "- ".repeat(100_000));
        assert!(parse(&deep).is_some());
    }
}
