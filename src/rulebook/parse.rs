//! Reads rule files into rules, lexicon and name settings, collecting every
//! problem with its file, line and column instead of stopping at the first.

use std::collections::BTreeMap;
use std::ops::Range;

use toml::de::{DeTable, DeValue};
use toml::Spanned;

use super::pattern::{self, Pattern};
use super::term::{self, MatchScope, RuleTerms, Term};
use super::{Example, Rule, Source};
use crate::diag::{get, number, unknown, wrong_type, Ctx, Diagnostic};
use strum::IntoEnumIterator;

use crate::kinds::{self, ClaimKind, RuleInfo, RuleKind};
use crate::model::{Lexicon, NameConfig, OriginPolicy, Speakers, Stance};

/// Longest claim text, in characters.
pub(crate) const MAX_CLAIM: usize = 75;

/// Largest `window`.
pub(crate) const MAX_WINDOW: i64 = 10;

/// The result of reading every file: valid when `diagnostics` is empty.
#[derive(Debug, Default)]
pub(crate) struct Parsed {
    pub rules: Vec<Rule>,
    pub lexicon: Lexicon,
    pub names: NameConfig,
    pub speakers: Speakers,
    pub diagnostics: Vec<Diagnostic>,
}

const TOP_KEYS: &[&str] = &["entity", "lexicon", "names", "phrases", "rule", "speaker"];
const SPEAKER_KEYS: &[&str] = &["aliases", "affiliation"];
const LEXICON_KEYS: &[&str] = &["attribution", "denial", "hedge", "negation"];
const NAMES_KEYS: &[&str] = &["allow", "min_len", "threshold"];
/// The keys every rule takes, whatever its kind.
const COMMON_RULE_KEYS: &[&str] = &[
    "id",
    "kind",
    "claim",
    "all",
    "any",
    "not",
    "not_inside",
    "window",
    "scope",
    "deny",
    "origin",
    "pattern",
    "example",
];
/// The keys every example takes, whatever its rule's kind.
const COMMON_EXAMPLE_KEYS: &[&str] = &["text", "match", "stance"];

/// The common keys followed by every kind's own keys, for unknown-key messages.
fn known_keys(
    common: &[&'static str],
    of_kind: fn(ClaimKind) -> &'static [&'static str],
) -> Vec<&'static str> {
    let mut keys = common.to_vec();
    for kind in ClaimKind::iter() {
        keys.extend(
            of_kind(kind)
                .iter()
                .filter(|key| !keys.contains(key))
                .collect::<Vec<_>>(),
        );
    }
    keys
}

/// Reports keys of `table` that belong to another kind than `kind`.
fn other_kinds_keys(ctx: &mut Ctx<'_>, table: &DeTable<'_>, kind: ClaimKind) {
    for (key, _) in table.iter() {
        let name = key.get_ref().as_ref();
        if COMMON_RULE_KEYS.contains(&name) || kind.keys().contains(&name) {
            continue;
        }
        if let Some(owner) = kind.owner_of(name) {
            ctx.error(
                &key.span(),
                format!(
                    "`{name}` only applies to {} rules (`kind = \"{}\"`)",
                    owner.name(),
                    owner.name()
                ),
            );
        }
    }
}

/// What a reference (`@name`) can resolve to: the definitions, and the text
/// of files that did not parse (which may define it).
struct Scope<'a> {
    definitions: &'a BTreeMap<String, Definition>,
    broken: Vec<&'a str>,
}

/// A named phrase set, entity or lexicon list, usable as `@name`.
struct Definition {
    term: Term,
    at: String,
}

impl Definition {
    /// The definition's phrases as a term's alternatives; an entity's are
    /// also marked as naming it (`Term::entities`).
    fn term(&self, entity: bool) -> Term {
        let mut term = self.term.clone();
        if entity {
            term.entities = term.literals.clone();
        }
        term
    }
}

/// Reads every source; rules come out in source order.
pub(crate) fn parse(sources: &[Source]) -> Parsed {
    let mut parsed = Parsed::default();
    let mut tables = Vec::new();
    for source in sources {
        let (table, errors) = DeTable::parse_recoverable(&source.text);
        let mut ctx = Ctx::new(&source.display, &source.text, &mut parsed.diagnostics);
        if !errors.is_empty() {
            for error in errors {
                let span = error.span().unwrap_or(0..0);
                let message = error.message().replace('\n', " ");
                ctx.error(&span, format!("toml syntax: {}", message.trim()));
            }
            continue;
        }
        tables.push((source, table));
    }
    let mut definitions = BTreeMap::new();
    let mut names_at: Option<String> = None;
    // Normalised alias → where it was first given.
    let mut alias_at: BTreeMap<String, String> = BTreeMap::new();
    // Each entry's `affiliation`, checked once every entry is known.
    let mut affiliations: Vec<Affiliation> = Vec::new();
    for (source_idx, (source, table)) in tables.iter().enumerate() {
        let mut ctx = Ctx::new(&source.display, &source.text, &mut parsed.diagnostics);
        ctx.check_keys(table.get_ref(), TOP_KEYS, "rule file");
        definitions_of(
            &mut ctx,
            table.get_ref(),
            &mut definitions,
            &mut parsed.lexicon,
        );
        if let Some(value) = get(table.get_ref(), "speaker") {
            let found = speakers(&mut ctx, value, &mut parsed.speakers, &mut alias_at);
            affiliations.extend(
                found
                    .into_iter()
                    .map(|(id, affiliation, span)| Affiliation {
                        source_idx,
                        id,
                        affiliation,
                        span,
                    }),
            );
        }
        if let Some(value) = get(table.get_ref(), "names") {
            if let Some(first) = &names_at {
                ctx.error(
                    &value.span(),
                    format!("`[names]` is defined twice, first at {first}"),
                );
            } else {
                names_at = Some(ctx.file_line(&value.span()));
                parsed.names = names(&mut ctx, value);
            }
        }
    }
    let ids: std::collections::BTreeSet<&String> = parsed.speakers.by_alias.values().collect();
    let mut known = BTreeMap::new();
    for entry in affiliations {
        let Some((source, _)) = tables.get(entry.source_idx) else {
            continue;
        };
        let mut ctx = Ctx::new(&source.display, &source.text, &mut parsed.diagnostics);
        if entry.affiliation == entry.id {
            ctx.error(
                &entry.span,
                format!("speaker `{}` cannot be its own affiliation", entry.id),
            );
        } else if !ids.contains(&entry.affiliation) {
            let mut message = format!(
                "affiliation `{}` of speaker `{}` is no speaker id",
                entry.affiliation, entry.id
            );
            if !ids.is_empty() {
                let names: Vec<&str> = ids.iter().map(|id| id.as_str()).collect();
                message.push_str(&format!(", expected one of: {}", names.join(", ")));
            }
            ctx.error(&entry.span, message);
        } else {
            known.insert(entry.id, entry.affiliation);
        }
    }
    parsed.speakers.affiliation = known;
    let broken: Vec<&str> = sources
        .iter()
        .filter(|source| {
            !tables
                .iter()
                .any(|(parsed, _)| std::ptr::eq(*parsed, *source))
        })
        .map(|source| source.text.as_str())
        .collect();
    let scope = Scope {
        definitions: &definitions,
        broken,
    };
    let mut ids: BTreeMap<String, String> = BTreeMap::new();
    for (source, table) in &tables {
        let mut ctx = Ctx::new(&source.display, &source.text, &mut parsed.diagnostics);
        let Some(value) = get(table.get_ref(), "rule") else {
            continue;
        };
        let DeValue::Array(items) = value.get_ref() else {
            ctx.error(
                &value.span(),
                "`rule` must be an array of tables: write `[[rule]]`",
            );
            continue;
        };
        for item in items.iter() {
            let DeValue::Table(table) = item.get_ref() else {
                ctx.error(&item.span(), wrong_type("rule", "a table", item.get_ref()));
                continue;
            };
            let Some(rule) = rule(&mut ctx, &source.rel, table, &item.span(), &scope) else {
                continue;
            };
            if let Some(first) = ids.get(&rule.info.id) {
                let span = get(table, "id").map_or(item.span(), Spanned::span);
                ctx.error(
                    &span,
                    format!(
                        "duplicate rule id `{}`, first defined at {first}",
                        rule.info.id
                    ),
                );
                continue;
            }
            ids.insert(rule.info.id.clone(), ctx.file_line(&item.span()));
            parsed.rules.push(rule);
        }
    }
    parsed
}

/// Collects `[lexicon]`, `[phrases]` and `[entity.*]` into `definitions`.
fn definitions_of(
    ctx: &mut Ctx<'_>,
    table: &DeTable<'_>,
    definitions: &mut BTreeMap<String, Definition>,
    lexicon: &mut Lexicon,
) {
    let mut define = |ctx: &mut Ctx<'_>,
                      name: &Spanned<std::borrow::Cow<'_, str>>,
                      value: &Spanned<DeValue<'_>>,
                      what: &str| {
        let term = phrase_set(ctx, value, what);
        if let Some(first) = definitions.get(name.get_ref().as_ref()) {
            ctx.error(
                &name.span(),
                format!(
                    "`@{}` is defined twice, first at {}",
                    name.get_ref(),
                    first.at
                ),
            );
            return None;
        }
        let term = term?;
        let term = Definition {
            term,
            at: ctx.file_line(&name.span()),
        };
        let term = Definition {
            term: term.term(what == "entity"),
            at: term.at,
        };
        definitions.insert(name.get_ref().to_string(), term);
        Some(())
    };
    if let Some(value) = get(table, "lexicon") {
        match value.get_ref() {
            DeValue::Table(entries) => {
                ctx.check_keys(entries, LEXICON_KEYS, "`[lexicon]`");
                for (name, list) in entries.iter() {
                    if !LEXICON_KEYS.contains(&name.get_ref().as_ref()) {
                        continue;
                    }
                    if define(ctx, name, list, "lexicon list").is_some() {
                        let words = strings(list);
                        match name.get_ref().as_ref() {
                            "denial" => lexicon.denial = words,
                            "negation" => lexicon.negation = words,
                            "attribution" => lexicon.attribution = words,
                            _ => lexicon.hedge = words,
                        }
                    }
                }
            }
            other => ctx.error(&value.span(), wrong_type("lexicon", "a table", other)),
        }
    }
    if let Some(value) = get(table, "phrases") {
        match value.get_ref() {
            DeValue::Table(entries) => {
                for (name, list) in entries.iter() {
                    define(ctx, name, list, "phrase set");
                }
            }
            other => ctx.error(&value.span(), wrong_type("phrases", "a table", other)),
        }
    }
    if let Some(value) = get(table, "entity") {
        match value.get_ref() {
            DeValue::Table(entities) => {
                for (name, entity) in entities.iter() {
                    let DeValue::Table(fields) = entity.get_ref() else {
                        ctx.error(
                            &entity.span(),
                            wrong_type(name.get_ref(), "a table", entity.get_ref()),
                        );
                        continue;
                    };
                    ctx.check_keys(fields, &["aliases"], "entity");
                    match get(fields, "aliases") {
                        Some(aliases) => {
                            define(ctx, name, aliases, "entity");
                        }
                        None => ctx.error(
                            &entity.span(),
                            format!("entity `{}` needs `aliases`", name.get_ref()),
                        ),
                    }
                }
            }
            other => ctx.error(&value.span(), wrong_type("entity", "a table", other)),
        }
    }
}

/// The strings of an array, as written.
fn strings(value: &Spanned<DeValue<'_>>) -> Vec<String> {
    match value.get_ref() {
        DeValue::Array(items) => items
            .iter()
            .filter_map(|item| item.get_ref().as_str().map(str::to_string))
            .collect(),
        _ => Vec::new(),
    }
}

/// A phrase set: a non-empty array of phrases, prefixes and regexes (no references).
fn phrase_set(ctx: &mut Ctx<'_>, value: &Spanned<DeValue<'_>>, what: &str) -> Option<Term> {
    let DeValue::Array(items) = value.get_ref() else {
        ctx.error(
            &value.span(),
            format!(
                "expected an array of phrases for the {what}, found {}",
                value.get_ref().type_str()
            ),
        );
        return None;
    };
    if items.is_empty() {
        ctx.error(
            &value.span(),
            format!("empty {what}: give at least one phrase"),
        );
        return None;
    }
    let mut term = Term::default();
    let mut ok = true;
    for item in items.iter() {
        match item.get_ref() {
            DeValue::String(text) if text.starts_with('@') => {
                ctx.error(
                    &item.span(),
                    format!("a {what} holds phrases, not references like `{text}`"),
                );
                ok = false;
            }
            DeValue::String(text) => ok &= simple(ctx, text, &item.span(), &mut term),
            other => {
                ctx.error(
                    &item.span(),
                    format!(
                        "expected a phrase (string) in the {what}, found {}",
                        other.type_str()
                    ),
                );
                ok = false;
            }
        }
    }
    ok.then_some(term)
}

/// Adds a phrase, prefix or regex to `term`; false after reporting a problem.
fn simple(ctx: &mut Ctx<'_>, text: &str, span: &Range<usize>, term: &mut Term) -> bool {
    let result = match text.strip_prefix("re:") {
        Some(pattern) => term::regex(pattern).map(|regex| term.regexes.push(regex)),
        None => term::phrase(text).map(|literal| term.literals.push(literal)),
    };
    match result {
        Ok(()) => true,
        Err(message) => {
            ctx.error(span, message);
            false
        }
    }
}

/// A speaker's `affiliation` as written, to check once every id is known.
struct Affiliation {
    source_idx: usize,
    id: String,
    affiliation: String,
    span: Range<usize>,
}

/// The `[speaker.<id>]` tables of one file: each id's `aliases` (names an
/// article may give that source) join the registry; an alias is given once
/// across the rulebook. Returns each entry's `affiliation` (id, the id it
/// names, where), checked by the caller against every id of the rulebook.
fn speakers(
    ctx: &mut Ctx<'_>,
    value: &Spanned<DeValue<'_>>,
    registry: &mut Speakers,
    alias_at: &mut BTreeMap<String, String>,
) -> Vec<(String, String, Range<usize>)> {
    let mut affiliations = Vec::new();
    let DeValue::Table(entries) = value.get_ref() else {
        ctx.error(
            &value.span(),
            wrong_type("speaker", "a table", value.get_ref()),
        );
        return affiliations;
    };
    for (id, entry) in entries.iter() {
        let DeValue::Table(fields) = entry.get_ref() else {
            ctx.error(
                &entry.span(),
                "write each speaker as a table: `[speaker.ID]` with `aliases = [...]`",
            );
            continue;
        };
        ctx.check_keys(fields, SPEAKER_KEYS, "`[speaker]`");
        if let Some(affiliation) = get(fields, "affiliation") {
            match affiliation.get_ref() {
                DeValue::String(name) => affiliations.push((
                    id.get_ref().to_string(),
                    name.to_string(),
                    affiliation.span(),
                )),
                other => ctx.error(
                    &affiliation.span(),
                    wrong_type("affiliation", "a speaker id", other),
                ),
            }
        }
        let Some(aliases) = get(fields, "aliases") else {
            ctx.error(
                &entry.span(),
                format!("speaker `{}` needs `aliases`", id.get_ref()),
            );
            continue;
        };
        let DeValue::Array(items) = aliases.get_ref() else {
            ctx.error(
                &aliases.span(),
                wrong_type("aliases", "a list of names", aliases.get_ref()),
            );
            continue;
        };
        if items.is_empty() {
            ctx.error(&aliases.span(), "empty `aliases`: give at least one name");
        }
        for item in items.iter() {
            let DeValue::String(name) = item.get_ref() else {
                ctx.error(
                    &item.span(),
                    wrong_type("alias", "a string", item.get_ref()),
                );
                continue;
            };
            let key = crate::text::name_key(name);
            if key.is_empty() {
                ctx.error(&item.span(), "empty alias");
                continue;
            }
            if let Some(first) = alias_at.get(&key) {
                ctx.error(
                    &item.span(),
                    format!("alias `{name}` is given twice, first at {first}"),
                );
                continue;
            }
            alias_at.insert(key.clone(), ctx.file_line(&item.span()));
            registry.by_alias.insert(key, id.get_ref().to_string());
        }
    }
    affiliations
}

fn names(ctx: &mut Ctx<'_>, value: &Spanned<DeValue<'_>>) -> NameConfig {
    let mut config = NameConfig::default();
    let DeValue::Table(table) = value.get_ref() else {
        ctx.error(
            &value.span(),
            wrong_type("names", "a table", value.get_ref()),
        );
        return config;
    };
    ctx.check_keys(table, NAMES_KEYS, "`[names]`");
    if let Some((threshold, span)) = ctx.number(table, "threshold") {
        if (0.0..=1.0).contains(&threshold) {
            config.threshold = threshold;
        } else {
            ctx.error(
                &span,
                format!("`threshold` must be between 0 and 1, found {threshold}"),
            );
        }
    }
    if let Some(value) = get(table, "min_len") {
        match value.get_ref() {
            DeValue::Integer(_) => match number(value.get_ref()) {
                Some(n) if n >= 0.0 => config.min_len = n as usize,
                _ => ctx.error(&value.span(), "`min_len` must not be negative"),
            },
            other => ctx.error(&value.span(), wrong_type("min_len", "an integer", other)),
        }
    }
    if let Some(value) = get(table, "allow") {
        let groups = match value.get_ref() {
            DeValue::Array(groups) => groups,
            other => {
                ctx.error(
                    &value.span(),
                    wrong_type("allow", "an array of name lists", other),
                );
                return config;
            }
        };
        for group in groups.iter() {
            let names: Option<Vec<String>> = match group.get_ref() {
                DeValue::Array(names) => names
                    .iter()
                    .map(|name| name.get_ref().as_str().map(str::to_string))
                    .collect(),
                _ => None,
            };
            match names {
                Some(names) if names.len() >= 2 => config.allow.push(names),
                _ => ctx.error(
                    &group.span(),
                    "each `allow` group must be a list of at least two names",
                ),
            }
        }
    }
    config
}

/// One `[[rule]]` table; `None` after reporting its problems.
fn rule(
    ctx: &mut Ctx<'_>,
    rel: &str,
    table: &DeTable<'_>,
    span: &Range<usize>,
    scope: &Scope<'_>,
) -> Option<Rule> {
    let n_before = ctx.diagnostics.len();
    ctx.check_keys(
        table,
        &known_keys(COMMON_RULE_KEYS, ClaimKind::keys),
        "rule",
    );
    let id = required_string(ctx, table, span, "id");
    if let Some((id, id_span)) = &id {
        let kebab = !id.is_empty()
            && id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            && !id.starts_with('-')
            && !id.ends_with('-');
        if !kebab {
            ctx.error(
                id_span,
                format!("rule id `{id}` must be kebab-case (a-z, 0-9, `-`)"),
            );
        }
    }
    let claim = required_string(ctx, table, span, "claim");
    if let Some((claim, claim_span)) = &claim {
        let n_chars = claim.chars().count();
        if claim.trim().is_empty() {
            ctx.error(claim_span, "empty claim");
        } else if n_chars > MAX_CLAIM {
            ctx.error(
                claim_span,
                format!("claim is {n_chars} characters long, at most {MAX_CLAIM} allowed"),
            );
        }
    }
    let kind = match required_string(ctx, table, span, "kind") {
        Some((name, kind_span)) => match name.parse::<ClaimKind>() {
            Ok(kind) => Some((kind, kind_span)),
            Err(_) => {
                ctx.error(&kind_span, unknown(name, &ClaimKind::names(), "kind"));
                None
            }
        },
        None => None,
    };
    let kind = kind.and_then(|(kind, _)| {
        other_kinds_keys(ctx, table, kind);
        kinds::spec(kind, ctx, table, span)
    });
    let origin = match ctx.string(table, "origin") {
        None | Some(("speaker", _)) => OriginPolicy::Speaker,
        Some(("publisher", _)) => OriginPolicy::Publisher,
        Some((other, origin_span)) => {
            ctx.error(
                &origin_span,
                unknown(other, &["speaker", "publisher"], "origin"),
            );
            OriginPolicy::Speaker
        }
    };
    let match_scope = match ctx.string(table, "scope") {
        None | Some(("sentence", _)) => MatchScope::Sentence,
        Some(("clause", _)) => MatchScope::Clause,
        Some((other, scope_span)) => {
            ctx.error(
                &scope_span,
                unknown(other, &["sentence", "clause"], "scope"),
            );
            MatchScope::Sentence
        }
    };
    let patterns = patterns(ctx, table, scope);
    let mut terms = terms(ctx, table, span, scope, get(table, "pattern").is_some());
    let narrows = !patterns.is_empty()
        && terms
            .as_ref()
            .is_some_and(|terms| !(terms.all.is_empty() && terms.any.is_empty()));
    if let Some(terms) = terms.as_mut() {
        terms.scope = match_scope;
        if terms.all.is_empty() && terms.any.is_empty() {
            // A rule of patterns alone: the slots anchor it (one pattern:
            // every slot must be present; several: any slot of any).
            match patterns.as_slice() {
                [one] => terms.all = pattern::anchors(one),
                several => {
                    let mut union = Term::default();
                    for term in several.iter().flat_map(pattern::anchors) {
                        union.extend(&term);
                    }
                    terms.any = vec![union];
                }
            }
        }
    }
    let examples = examples(ctx, table, kind.as_ref());
    if ctx.diagnostics.len() > n_before {
        return None;
    }
    let (id, _) = id?;
    let (claim, _) = claim?;
    Some(Rule {
        info: RuleInfo {
            id: id.to_string(),
            claim: claim.to_string(),
            file: rel.to_string(),
            line: ctx.position(span.start).0,
            kind: kind?,
            origin,
        },
        examples,
        source: ctx.file().to_string(),
        terms: terms?,
        patterns,
        narrows,
    })
}

/// The rule's `pattern`: one pattern string or a list of them (any may
/// match). Each problem points at its column inside the string.
fn patterns(ctx: &mut Ctx<'_>, table: &DeTable<'_>, scope: &Scope<'_>) -> Vec<Pattern> {
    let Some(value) = get(table, "pattern") else {
        return Vec::new();
    };
    let items: Vec<&Spanned<DeValue<'_>>> = match value.get_ref() {
        DeValue::String(_) => vec![value],
        DeValue::Array(items) if !items.is_empty() => items.iter().collect(),
        DeValue::Array(_) => {
            ctx.error(
                &value.span(),
                "empty `pattern`: give at least one pattern or remove it",
            );
            return Vec::new();
        }
        other => {
            ctx.error(
                &value.span(),
                wrong_type("pattern", "a pattern string or a list of them", other),
            );
            return Vec::new();
        }
    };
    let mut patterns = Vec::new();
    for item in items {
        let DeValue::String(text) = item.get_ref() else {
            ctx.error(
                &item.span(),
                format!(
                    "expected a pattern string, found {}",
                    item.get_ref().type_str()
                ),
            );
            continue;
        };
        let mut resolve = |text: &str| -> Result<Term, String> {
            if let Some(name) = text.strip_prefix('@') {
                return match scope.definitions.get(name) {
                    Some(definition) => Ok(definition.term.clone()),
                    None => {
                        let known: Vec<&str> =
                            scope.definitions.keys().map(String::as_str).collect();
                        Err(match crate::diag::suggest(name, &known) {
                            Some(near) => {
                                format!("undefined reference `@{name}`, did you mean `@{near}`?")
                            }
                            None => format!("undefined reference `@{name}`"),
                        })
                    }
                };
            }
            if text.starts_with("re:") {
                return Err("a regex cannot fill a pattern slot".to_string());
            }
            let mut term = Term::default();
            term.literals.push(term::phrase(text)?);
            Ok(term)
        };
        match pattern::compile(text, &mut resolve) {
            Ok(pattern) => patterns.push(pattern),
            Err((offset, message)) => {
                // The string's text starts after its opening quote.
                let at = item.span().start + 1 + offset;
                ctx.error(&(at..at), message);
            }
        }
    }
    patterns
}

fn required_string<'t>(
    ctx: &mut Ctx<'_>,
    table: &'t DeTable<'_>,
    span: &Range<usize>,
    key: &str,
) -> Option<(&'t str, Range<usize>)> {
    if get(table, key).is_none() {
        ctx.error(span, format!("rule needs `{key}`"));
        return None;
    }
    ctx.string(table, key)
}

/// The rule's `all`, `any`, `not`, `not_inside`, `deny` and `window`.
fn terms(
    ctx: &mut Ctx<'_>,
    table: &DeTable<'_>,
    span: &Range<usize>,
    scope: &Scope<'_>,
    has_pattern: bool,
) -> Option<RuleTerms> {
    let n_before = ctx.diagnostics.len();
    let list = |ctx: &mut Ctx<'_>, key: &str| -> Vec<Term> {
        let Some(value) = get(table, key) else {
            return Vec::new();
        };
        let DeValue::Array(items) = value.get_ref() else {
            ctx.error(
                &value.span(),
                wrong_type(key, "a list of terms", value.get_ref()),
            );
            return Vec::new();
        };
        if items.is_empty() {
            ctx.error(
                &value.span(),
                format!("empty `{key}`: give at least one term or remove it"),
            );
        }
        items
            .iter()
            .filter_map(|item| term(ctx, item, scope))
            .collect()
    };
    let all = list(ctx, "all");
    let any = list(ctx, "any");
    let not = list(ctx, "not");
    let not_inside = list(ctx, "not_inside");
    let deny = list(ctx, "deny");
    if get(table, "all").is_none() && get(table, "any").is_none() && !has_pattern {
        ctx.error(
            span,
            "rule needs `all`, `any` or `pattern`: it would match nothing",
        );
    }
    if all.len() + any.len() > usize::from(u16::MAX) {
        ctx.error(span, "too many terms in one rule");
    }
    let mut window = 1;
    if let Some(value) = get(table, "window") {
        match value.get_ref() {
            DeValue::Integer(_) => match number(value.get_ref()) {
                Some(n) if (1.0..=MAX_WINDOW as f64).contains(&n) => window = n as u32,
                _ => ctx.error(
                    &value.span(),
                    format!("`window` must be between 1 and {MAX_WINDOW} sentences"),
                ),
            },
            other => ctx.error(&value.span(), wrong_type("window", "an integer", other)),
        }
    }
    (ctx.diagnostics.len() == n_before).then_some(RuleTerms {
        all,
        any,
        not,
        not_inside,
        deny,
        window,
        scope: MatchScope::Sentence,
    })
}

/// One term: a string, or a list of strings (alternatives).
fn term(ctx: &mut Ctx<'_>, item: &Spanned<DeValue<'_>>, scope: &Scope<'_>) -> Option<Term> {
    let mut term = Term::default();
    let mut ok = true;
    let add = |ctx: &mut Ctx<'_>, text: &str, span: &Range<usize>, term: &mut Term| match text
        .strip_prefix('@')
    {
        Some(name) => match scope.definitions.get(name) {
            Some(definition) => {
                term.extend(&definition.term);
                true
            }
            // A file with a syntax error defines nothing: a reference to a
            // name it mentions is not reported until it parses.
            None if scope.broken.iter().any(|text| text.contains(name)) => false,
            None => {
                let known: Vec<&str> = scope.definitions.keys().map(String::as_str).collect();
                let message = match crate::diag::suggest(name, &known) {
                    Some(near) => format!("undefined reference `@{name}`, did you mean `@{near}`?"),
                    None => format!(
                        "undefined reference `@{name}`: define it in `[phrases]`, `[entity.{name}]` or `[lexicon]`"
                    ),
                };
                ctx.error(span, message);
                false
            }
        },
        None => simple(ctx, text, span, term),
    };
    match item.get_ref() {
        DeValue::String(text) => ok &= add(ctx, text, &item.span(), &mut term),
        DeValue::Array(items) => {
            if items.is_empty() {
                ctx.error(&item.span(), "empty term list");
                ok = false;
            }
            for alternative in items.iter() {
                match alternative.get_ref() {
                    DeValue::String(text) => ok &= add(ctx, text, &alternative.span(), &mut term),
                    other => {
                        ctx.error(
                            &alternative.span(),
                            format!(
                                "expected a string in a term list, found {}",
                                other.type_str()
                            ),
                        );
                        ok = false;
                    }
                }
            }
        }
        other => {
            ctx.error(
                &item.span(),
                format!(
                    "expected a term (a string or a list of strings), found {}",
                    other.type_str()
                ),
            );
            ok = false;
        }
    }
    ok.then_some(term)
}

/// The rule's `[[rule.example]]` tables.
fn examples(ctx: &mut Ctx<'_>, table: &DeTable<'_>, kind: Option<&RuleKind>) -> Vec<Example> {
    let Some(value) = get(table, "example") else {
        return Vec::new();
    };
    let DeValue::Array(items) = value.get_ref() else {
        ctx.error(
            &value.span(),
            "`example` must be an array of tables: write `[[rule.example]]`",
        );
        return Vec::new();
    };
    let mut examples = Vec::new();
    for item in items.iter() {
        let DeValue::Table(fields) = item.get_ref() else {
            ctx.error(
                &item.span(),
                wrong_type("example", "a table", item.get_ref()),
            );
            continue;
        };
        ctx.check_keys(
            fields,
            &known_keys(COMMON_EXAMPLE_KEYS, ClaimKind::example_keys),
            "example",
        );
        let text = match get(fields, "text") {
            None => {
                ctx.error(&item.span(), "example needs `text`");
                None
            }
            Some(_) => ctx.string(fields, "text").and_then(|(text, text_span)| {
                if text.trim().is_empty() {
                    ctx.error(&text_span, "empty example `text`");
                    None
                } else {
                    Some(text.to_string())
                }
            }),
        };
        let matches = match get(fields, "match") {
            None => true,
            Some(value) => match value.get_ref() {
                DeValue::Boolean(flag) => *flag,
                other => {
                    ctx.error(&value.span(), wrong_type("match", "true or false", other));
                    true
                }
            },
        };
        let stance = ctx
            .string(fields, "stance")
            .and_then(|(stance, span)| match stance {
                "affirm" => Some(Stance::Affirm),
                "deny" => Some(Stance::Deny),
                _ => {
                    ctx.error(&span, unknown(stance, &["affirm", "deny"], "stance"));
                    None
                }
            });
        let value = ctx.string(fields, "value").map(|(value, span)| {
            if let Some(owner) = kind.and_then(|kind| kind.kind().example_owner_of("value")) {
                ctx.error(
                    &span,
                    format!(
                        "`value` in an example only applies to {} rules",
                        owner.name()
                    ),
                );
            }
            value.to_string()
        });
        if !matches && (stance.is_some() || value.is_some()) {
            ctx.error(
                &item.span(),
                "a near-miss example (`match = false`) takes no `stance` or `value`",
            );
        }
        if let Some(text) = text {
            examples.push(Example {
                text,
                matches,
                stance,
                value,
                line: ctx.position(item.span().start).0,
            });
        }
    }
    examples
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rulebook::compile;
    use crate::rulebook::tests_support::{AID, LEXICON};

    /// Compiles `files` (name, text) as the rules directory `rules` and
    /// checks every problem reported, in order.
    fn check(files: &[(&str, &str)], expected: &[&str]) {
        let sources: Vec<Source> = files
            .iter()
            .map(|(name, text)| Source {
                rel: name.to_string(),
                display: format!("rules/{name}"),
                text: text.to_string(),
            })
            .collect();
        let got: Vec<String> = match compile(&sources, "rules") {
            Ok(_) => Vec::new(),
            Err(diagnostics) => diagnostics.0.iter().map(ToString::to_string).collect(),
        };
        assert_eq!(got, expected, "files: {files:?}");
    }

    /// A proposition rule with `extra` lines after its common keys (which end on line 5).
    fn proposition(extra: &str) -> String {
        format!("[[rule]]\nid = \"p\"\nkind = \"proposition\"\nclaim = \"c\"\nall = [\"china\"]\n{extra}")
    }

    #[test]
    fn keys_of_another_kind_are_refused_by_name() {
        check(
            &[("p.toml", &proposition("value = \"percent\"\nmax = 100\n"))],
            &[
                "rules/p.toml:6:1: `value` only applies to figure rules (`kind = \"figure\"`)",
                "rules/p.toml:7:1: `max` only applies to figure rules (`kind = \"figure\"`)",
            ],
        );
        check(
            &[(
                "p.toml",
                &proposition("[[rule.example]]\ntext = \"China.\"\nvalue = \"70%\"\n[[rule.example]]\ntext = \"x\"\nmatch = false\n"),
            )],
            &["rules/p.toml:8:9: `value` in an example only applies to figure rules"],
        );
    }

    #[test]
    fn the_speaker_registry_loads_and_refuses_repeated_aliases() {
        let registry = "[speaker.china]\naliases = [\"Beijing\", \"China’s Foreign Ministry\"]\n\n[speaker.kremlin]\naliases = [\"Kremlin\", \"beijing\"]\nafiliation = \"x\"\n\n[speaker.empty]\naliases = []\n";
        check(
            &[("s.toml", registry), ("p.toml", &proposition(""))],
            &[
                "rules/s.toml:5:23: alias `beijing` is given twice, first at rules/s.toml:2",
                "rules/s.toml:6:1: unknown key `afiliation` in `[speaker]`, did you mean `affiliation`?",
                "rules/s.toml:9:11: empty `aliases`: give at least one name",
            ],
        );
        let source = Source {
            rel: "s.toml".to_string(),
            display: "rules/s.toml".to_string(),
            text: format!(
                "[speaker.china]\naliases = [\"Beijing\", \"China’s Foreign Ministry\"]\n{}",
                proposition("")
            ),
        };
        let rulebook = compile(&[source], "rules").unwrap_or_else(|err| panic!("{err}"));
        let aliases: Vec<(&str, &str)> = rulebook
            .speakers
            .by_alias
            .iter()
            .map(|(alias, id)| (alias.as_str(), id.as_str()))
            .collect();
        assert_eq!(
            aliases,
            [("beijing", "china"), ("china's foreign ministry", "china")]
        );
    }

    #[test]
    fn a_speaker_affiliation_names_another_entry() {
        let registry = "[speaker.ukraine]\naliases = [\"Kyiv\"]\n\n[speaker.sbu]\naliases = [\"SBU\"]\naffiliation = \"ukraine\"\n\n[speaker.gur]\naliases = [\"HUR\"]\naffiliation = \"ukrane\"\n\n[speaker.self]\naliases = [\"Self\"]\naffiliation = \"self\"\n\n[speaker.odd]\naliases = [\"Odd\"]\naffiliation = 3\n";
        check(
            &[("s.toml", registry), ("p.toml", &proposition(""))],
            &[
                "rules/s.toml:10:15: affiliation `ukrane` of speaker `gur` is no speaker id, expected one of: gur, odd, sbu, self, ukraine",
                "rules/s.toml:14:15: speaker `self` cannot be its own affiliation",
                "rules/s.toml:18:15: expected a speaker id for `affiliation`, found integer",
            ],
        );
        let source = Source {
            rel: "s.toml".to_string(),
            display: "rules/s.toml".to_string(),
            text: format!(
                "[speaker.ukraine]\naliases = [\"Kyiv\"]\n[speaker.sbu]\naliases = [\"SBU\"]\naffiliation = \"ukraine\"\n{}",
                proposition("")
            ),
        };
        let rulebook = compile(&[source], "rules").unwrap_or_else(|err| panic!("{err}"));
        let affiliations: Vec<(&str, &str)> = rulebook
            .speakers
            .affiliation
            .iter()
            .map(|(id, of)| (id.as_str(), of.as_str()))
            .collect();
        assert_eq!(affiliations, [("sbu", "ukraine")]);
    }

    #[test]
    fn kinds_are_named_by_the_kinds_module() {
        check(&[("p.toml", &proposition("deny = [\"denied\"]\n"))], &[]);
        check(
            &[(
                "k.toml",
                "[[rule]]\nid = \"k\"\nkind = \"propositon\"\nclaim = \"c\"\nall = [\"china\"]\n",
            )],
            &["rules/k.toml:3:8: unknown kind `propositon`, did you mean `proposition`?"],
        );
    }

    #[test]
    fn scope_is_sentence_or_clause() {
        check(&[("p.toml", &proposition("scope = \"clause\"\n"))], &[]);
        check(&[("p.toml", &proposition("scope = \"sentence\"\n"))], &[]);
        check(
            &[(
                "s.toml",
                "[[rule]]\nid = \"s\"\nkind = \"proposition\"\nclaim = \"c\"\nall = [\"china\"]\nscope = \"clauses\"\n",
            )],
            &["rules/s.toml:6:9: unknown scope `clauses`, did you mean `clause`?"],
        );
    }

    #[test]
    fn names_config_is_read() {
        let text = format!(
            "{LEXICON}\n[names]\nthreshold = 0.93\nmin_len = 4\nallow = [[\"Kania\", \"Kane\"]]\n{AID}"
        );
        let source = Source {
            rel: "test.toml".to_string(),
            display: "rules/test.toml".to_string(),
            text,
        };
        let rulebook = compile(&[source], "rules").unwrap_or_else(|err| panic!("{err}"));
        assert_eq!(
            rulebook.names,
            NameConfig {
                threshold: 0.93,
                min_len: 4,
                allow: vec![vec!["Kania".to_string(), "Kane".to_string()]],
            }
        );
        assert_eq!(
            rulebook.lexicon.denial,
            ["deny", "denies", "denied", "rejected"]
        );
        assert_eq!(
            (
                rulebook.rules[0].info.file.as_str(),
                rulebook.rules[0].info.line
            ),
            ("test.toml", 20)
        );
    }

    #[test]
    fn every_problem_of_a_file_is_reported() {
        let text = r#"[phrases]
empty = []

[[rule]]
id = "Bad_Id"
kind = "proposition"
claim = "c"
all = ["@chna", "re:(", ""]
afirm = ["x"]
alll = 1
window = 0
"#;
        check(&[("bad.toml", text)], &[
                "rules/bad.toml:2:9: empty phrase set: give at least one phrase",
                "rules/bad.toml:5:6: rule id `Bad_Id` must be kebab-case (a-z, 0-9, `-`)",
                "rules/bad.toml:8:8: undefined reference `@chna`: define it in `[phrases]`, `[entity.chna]` or `[lexicon]`",
                "rules/bad.toml:8:17: invalid regex `(`: unclosed group",
                "rules/bad.toml:8:25: empty term",
                "rules/bad.toml:9:1: unknown key `afirm` in rule, expected one of `id`, `kind`, `claim`, `all`, `any`, `not`, `not_inside`, `window`, `scope`, `deny`, `origin`, `pattern`, `example`, `value`, `unit`, `key`, `tolerance`, `min`, `max`, `exclude`, `vague`",
                "rules/bad.toml:10:1: unknown key `alll` in rule, did you mean `all`?",
                "rules/bad.toml:11:10: `window` must be between 1 and 10 sentences",
            ]);
    }

    #[test]
    fn names_are_defined_once_and_examples_are_checked() {
        let text = r#"[phrases]
china = ["PRC"]

[entity.china]
aliases = ["China"]

[[rule]]
id = "ok-id"
kind = "proposition"
claim = "c"
all = ["@china"]

[[rule.example]]
text = "China."
stance = "afirm"

[[rule.example]]
text = "Beijing."
match = false
stance = "deny"
"#;
        check(&[("bad.toml", text)], &[
                "rules/bad.toml:4:9: `@china` is defined twice, first at rules/bad.toml:2",
                "rules/bad.toml:15:10: unknown stance `afirm`, did you mean `affirm`?",
                "rules/bad.toml:17:1: a near-miss example (`match = false`) takes no `stance` or `value`",
            ]);
    }

    #[test]
    fn a_broken_file_hides_references_to_names_it_mentions() {
        check(
            &[
                ("a.toml", "[entity.china]\naliases = [\"China\"\n"),
                (
                    "b.toml",
                    "[[rule]]\nid = \"r\"\nkind = \"proposition\"\nclaim = \"c\"\nall = [\"@china\", \"@russia\"]\n",
                ),
            ],
            &[
                "rules/a.toml:2:19: toml syntax: unclosed array, expected `]`",
                "rules/b.toml:5:18: undefined reference `@russia`: define it in `[phrases]`, `[entity.russia]` or `[lexicon]`",
            ],
        );
    }

    #[test]
    fn syntax_errors_point_at_their_span() {
        check(
            &[("bad.toml", "[[rule]]\nid = \"x\nkind = 1\n")],
            &["rules/bad.toml:2:8: toml syntax: invalid basic string, expected `\"`"],
        );
    }
}
