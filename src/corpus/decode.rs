//! Decodes an article file's bytes to text, and maps text offsets back to
//! file offsets.
//!
//! Decisions, in order:
//! 1. a UTF-16 byte order mark: UTF-16 (little or big endian), the mark dropped;
//! 2. an encoding declared in `corpus.toml` (`encoding = "windows-1252"`);
//! 3. valid UTF-8 (a UTF-8 mark kept in the text): the bytes as they are;
//! 4. a UTF-8 file with a few bad bytes (more valid non-ASCII characters
//!    than bad sequences): each bad sequence becomes U+FFFD;
//! 5. else the encoding `chardetng` guesses from the whole file (never UTF-8).
//!
//! Every decision but plain UTF-8 is reported once, as a warning naming the
//! encoding. A decoded text's byte offsets differ from the file's, so the
//! decoded text keeps an [`Offsets`] map: JSON `byte_start`/`byte_end` are
//! always offsets into the file's bytes.

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8};

/// A file's text and how its offsets map to the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    /// The text.
    pub text: String,
    /// Text offsets to file offsets; identity for a UTF-8 file.
    pub offsets: Offsets,
    /// How the text was decoded, when it was not plain UTF-8: the warning's
    /// message without the path (`decoded as windows-1252 (detected)`).
    pub decision: Option<String>,
    /// The encoding the text was decoded with (UTF-8 for a UTF-8 file,
    /// lossy or not).
    pub encoding: &'static Encoding,
    /// The text offset the decision is about (the first bad byte of a
    /// UTF-8 file), if it is about one place.
    pub at: Option<usize>,
}

/// Maps byte offsets in a decoded text to byte offsets in its file.
///
/// Checkpoints `(text, file)` are kept wherever the difference between the
/// two changes, so a run of ASCII in a single-byte encoding costs nothing;
/// between checkpoints both advance together. Offsets on a character
/// boundary of the text map to the start of that character's bytes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Offsets {
    /// Sorted by text offset (and so by file offset); empty means identity.
    checkpoints: Vec<(usize, usize)>,
}

impl Offsets {
    /// The file offset of text offset `at`.
    pub fn file_offset(&self, at: usize) -> usize {
        let idx = self.checkpoints.partition_point(|&(text, _)| text <= at);
        match idx.checked_sub(1).and_then(|idx| self.checkpoints.get(idx)) {
            Some(&(text, file)) => file + (at - text),
            None => at,
        }
    }

    /// The text offset of file offset `at`: the inverse of `file_offset`
    /// (a citation's file offsets back to the text a report re-reads). A
    /// file offset where a character's bytes start maps to that character's
    /// text offset; one inside a character's bytes (or inside a dropped
    /// byte order mark) maps to a text offset no earlier than the
    /// character's start and no later than its end.
    pub fn text_offset(&self, at: usize) -> usize {
        let idx = self.checkpoints.partition_point(|&(_, file)| file <= at);
        let next = self.checkpoints.get(idx).map(|&(text, _)| text);
        let mapped = match idx.checked_sub(1).and_then(|idx| self.checkpoints.get(idx)) {
            Some(&(text, file)) => text + (at - file),
            None => at,
        };
        next.map_or(mapped, |next| mapped.min(next))
    }

    /// Whether every offset maps to itself.
    pub fn is_identity(&self) -> bool {
        self.checkpoints.iter().all(|(text, file)| text == file)
    }

    /// Records that text offset `text` is file offset `file` from here on.
    fn mark(&mut self, text: usize, file: usize) {
        if self.file_offset(text) != file || self.checkpoints.is_empty() {
            if let Some(last) = self.checkpoints.last_mut() {
                if last.0 == text {
                    last.1 = file;
                    return;
                }
            }
            self.checkpoints.push((text, file));
        }
    }
}

/// Decodes `bytes`, with `declared` the encoding `corpus.toml` gives the file.
pub fn decode(bytes: &[u8], declared: Option<&'static Encoding>) -> Decoded {
    if let Some((encoding, bom)) = Encoding::for_bom(bytes) {
        if encoding == UTF_16LE || encoding == UTF_16BE {
            let mut decoded = with(encoding, &bytes[bom..], bom);
            decoded.decision = Some(format!("decoded as {} (byte order mark)", encoding.name()));
            return decoded;
        }
    }
    if let Some(encoding) = declared.filter(|encoding| *encoding != UTF_8) {
        let mut decoded = with(encoding, bytes, 0);
        decoded.decision = Some(format!("decoded as {} (corpus.toml)", encoding.name()));
        return decoded;
    }
    let valid_up_to = match std::str::from_utf8(bytes) {
        Ok(text) => {
            return Decoded {
                text: text.to_owned(),
                offsets: Offsets::default(),
                decision: None,
                encoding: UTF_8,
                at: None,
            }
        }
        Err(err) => err.valid_up_to(),
    };
    if mostly_utf8(bytes) {
        let mut decoded = lossy_utf8(bytes);
        decoded.decision = Some("invalid UTF-8, replaced with U+FFFD".to_owned());
        decoded.at = Some(valid_up_to);
        return decoded;
    }
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    let encoding = detector.guess(None, chardetng::Utf8Detection::Deny);
    let mut decoded = with(encoding, bytes, 0);
    decoded.decision = Some(format!(
        "not UTF-8, decoded as {} (detected)",
        encoding.name()
    ));
    decoded
}

/// Whether `bytes`, not valid UTF-8, hold more valid non-ASCII UTF-8
/// characters than invalid sequences: a UTF-8 file with a few bad bytes,
/// where decoding as a legacy encoding would garble every other character.
fn mostly_utf8(bytes: &[u8]) -> bool {
    let (mut n_valid, mut n_invalid) = (0usize, 0usize);
    for chunk in bytes.utf8_chunks() {
        n_valid += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        n_invalid += usize::from(!chunk.invalid().is_empty());
    }
    n_valid > n_invalid
}

/// Decodes `bytes` (which start at file offset `base`) with `encoding`,
/// keeping the offset map: the decoder is fed one byte at a time, so each
/// character's first byte is known whatever the encoding.
fn with(encoding: &'static Encoding, bytes: &[u8], base: usize) -> Decoded {
    let mut decoder = encoding.new_decoder_without_bom_handling();
    let mut text = String::with_capacity(bytes.len() + bytes.len() / 2 + 16);
    let mut offsets = Offsets::default();
    // The file offset of the first byte not yet turned into text.
    let mut pending = base;
    for (idx, byte) in bytes.iter().enumerate() {
        let before = text.len();
        feed(&mut decoder, std::slice::from_ref(byte), &mut text, false);
        if text.len() > before {
            offsets.mark(before, pending);
            pending = base + idx + 1;
            offsets.mark(text.len(), pending);
        }
    }
    let before = text.len();
    feed(&mut decoder, &[], &mut text, true);
    if text.len() > before {
        offsets.mark(before, pending);
        offsets.mark(text.len(), base + bytes.len());
    }
    if offsets.is_identity() {
        offsets = Offsets::default();
    }
    Decoded {
        text,
        offsets,
        decision: None,
        encoding,
        at: None,
    }
}

/// Feeds `input` to `decoder`, growing `text` as needed.
fn feed(decoder: &mut encoding_rs::Decoder, input: &[u8], text: &mut String, last: bool) {
    let mut input = input;
    loop {
        let need = decoder
            .max_utf8_buffer_length(input.len())
            .unwrap_or(input.len() * 3 + 16);
        text.reserve(need);
        let (result, read, _) = decoder.decode_to_string(input, text, last);
        input = &input[read..];
        if result == encoding_rs::CoderResult::InputEmpty {
            return;
        }
    }
}

/// UTF-8 with each invalid sequence replaced by U+FFFD, as
/// `String::from_utf8_lossy` does, with the offset map.
fn lossy_utf8(bytes: &[u8]) -> Decoded {
    let mut text = String::with_capacity(bytes.len() + 16);
    let mut offsets = Offsets::default();
    let mut file = 0;
    for chunk in bytes.utf8_chunks() {
        text.push_str(chunk.valid());
        file += chunk.valid().len();
        if !chunk.invalid().is_empty() {
            offsets.mark(text.len(), file);
            text.push(char::REPLACEMENT_CHARACTER);
            file += chunk.invalid().len();
            offsets.mark(text.len(), file);
        }
    }
    Decoded {
        text,
        offsets,
        decision: None,
        encoding: UTF_8,
        at: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Decodes `bytes` and checks the text, the decision, and that every
    /// character's text offset maps to the file offset where its bytes,
    /// decoded alone, give it back.
    fn check(bytes: &[u8], declared: Option<&str>, text: &str, decision: Option<&str>) {
        let declared = declared.and_then(|label| Encoding::for_label(label.as_bytes()));
        let decoded = decode(bytes, declared);
        assert_eq!(decoded.text, text, "{bytes:?}");
        assert_eq!(decoded.decision.as_deref(), decision, "{bytes:?}");
        let ends: Vec<usize> = decoded
            .text
            .char_indices()
            .map(|(idx, _)| idx)
            .chain([decoded.text.len()])
            .map(|idx| decoded.offsets.file_offset(idx))
            .collect();
        assert!(ends.is_sorted(), "{ends:?}");
        assert_eq!(ends.last().copied(), Some(bytes.len()), "{bytes:?}");
        let starts: Vec<usize> = decoded
            .text
            .char_indices()
            .map(|(idx, _)| idx)
            .chain([decoded.text.len()])
            .collect();
        for (at, file) in starts.iter().zip(&ends) {
            assert_eq!(decoded.offsets.text_offset(*file), *at, "{bytes:?}");
        }
        let mut last = 0;
        for file in 0..=bytes.len() {
            let at = decoded.offsets.text_offset(file);
            assert!(at >= last && at <= decoded.text.len(), "{file}: {bytes:?}");
            last = at;
        }
    }

    #[test]
    fn utf8_is_kept_as_it_is() {
        check(b"China said.", None, "China said.", None);
        check("\u{FEFF}China’s".as_bytes(), None, "\u{FEFF}China’s", None);
        check(b"", None, "", None);
    }

    #[test]
    fn windows_1252_is_detected() {
        check(
            b"China\x92s foreign ministry said the caf\xe9 was closed.",
            None,
            "China’s foreign ministry said the café was closed.",
            Some("not UTF-8, decoded as windows-1252 (detected)"),
        );
    }

    #[test]
    fn a_declared_encoding_wins_over_detection() {
        check(
            b"Caf\xe9",
            Some("latin1"),
            "Café",
            Some("decoded as windows-1252 (corpus.toml)"),
        );
    }

    #[test]
    fn utf16_with_a_byte_order_mark() {
        let mut le = vec![0xFF, 0xFE];
        let mut be = vec![0xFE, 0xFF];
        for unit in "Hi ’😀".encode_utf16() {
            le.extend(unit.to_le_bytes());
            be.extend(unit.to_be_bytes());
        }
        check(
            &le,
            None,
            "Hi ’😀",
            Some("decoded as UTF-16LE (byte order mark)"),
        );
        check(
            &be,
            None,
            "Hi ’😀",
            Some("decoded as UTF-16BE (byte order mark)"),
        );
        let decoded = decode(&le, None);
        assert_eq!(decoded.offsets.file_offset(0), 2);
        assert_eq!(decoded.offsets.file_offset(3), 8);
        assert_eq!(decoded.offsets.file_offset(6), 10);
        // Back: the mark and a character's second byte map inside the text.
        assert_eq!(decoded.offsets.text_offset(0), 0);
        assert_eq!(decoded.offsets.text_offset(1), 0);
        assert_eq!(decoded.offsets.text_offset(8), 3);
        assert!((3..=6).contains(&decoded.offsets.text_offset(9)));
        assert_eq!(decoded.offsets.text_offset(10), 6);
    }

    #[test]
    fn utf8_with_a_bad_byte_is_replaced_with_offsets_kept() {
        let mut bytes = "Zoë said “yes” \u{2014} \u{00e9}t\u{00e9} Beijing  denied it."
            .as_bytes()
            .to_vec();
        bytes.insert(bytes.len() - 12, 0xFF);
        let decoded = decode(&bytes, None);
        assert!(decoded.text.contains('\u{FFFD}'), "{}", decoded.text);
        let at = decoded
            .text
            .find("denied")
            .expect("the text holds `denied`");
        let file = decoded.offsets.file_offset(at);
        assert_eq!(&bytes[file..file + 6], b"denied");
        assert_eq!(decoded.offsets.text_offset(file), at);
    }
}
