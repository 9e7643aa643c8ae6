//! Figure claims: picks the value that answers a figure, and its key.

use std::ops::Range;

use crate::model::{FigureKey, FigureSpec, Value, ValueKind};

/// The value answering `spec` among `values` (index), and its key, given the
/// byte span of the rule's match inside the sentence.
pub fn select(
    spec: &FigureSpec,
    values: &[Value],
    matched: Range<usize>,
) -> (Option<usize>, Option<String>) {
    let key_idx = match spec.key {
        FigureKey::None => None,
        FigureKey::Period => values
            .iter()
            .position(|value| value.kind == ValueKind::Range && spec.value != ValueKind::Range),
    };
    let value_idx = values
        .iter()
        .enumerate()
        .filter(|(idx, value)| Some(*idx) != key_idx && value.kind == spec.value)
        .min_by_key(|(_, value)| distance(value, &matched))
        .map(|(idx, _)| idx);
    let key = match spec.key {
        FigureKey::None => None,
        FigureKey::Period => Some(
            key_idx
                .map(|idx| values[idx].normalized.clone())
                .unwrap_or_else(|| "unspecified".to_string()),
        ),
    };
    (value_idx, key)
}

fn distance(value: &Value, matched: &Range<usize>) -> usize {
    if value.end <= matched.start {
        matched.start - value.end
    } else if value.start >= matched.end {
        value.start - matched.end
    } else {
        0
    }
}
