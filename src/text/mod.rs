//! Splits an article's text into sentences with byte spans, lines and columns,
//! and marks page furniture and repeated pull quotes.

use crate::model::{Sentence, SentenceKind};

/// Splits `text` into sentences, in order, with their kinds.
pub fn segment(text: &str) -> Vec<Sentence> {
    // Placeholder: one sentence per non-empty line. Replaced by the real splitter.
    let mut sentences = Vec::new();
    let mut offset = 0;
    for (line_idx, line) in text.split_inclusive('\n').enumerate() {
        let trimmed = line.trim_end();
        if !trimmed.trim().is_empty() {
            sentences.push(Sentence {
                start: offset,
                end: offset + trimmed.len(),
                line: line_idx as u32 + 1,
                column: 1,
                kind: SentenceKind::Body,
                repeat_of: None,
            });
        }
        offset += line.len();
    }
    sentences
}
