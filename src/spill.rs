//! A spill file: texts the scan writes once and reads back only for output,
//! so they are not held in memory for the whole run (instances' quotes,
//! `model::Quote`).
//!
//! The file is an unnamed temporary file (`tempfile::tempfile`, in `TMPDIR`
//! or the system's temporary directory), removed when the process ends.
//! Appends go through one buffer and reads through one window of the file,
//! so reading the texts back in the order they were written costs a read
//! call per window, not per text. Below every stage, like `model`.

use std::fs::File;
use std::io::{Read, Seek, SeekFrom, Write};
use std::sync::{Mutex, PoisonError};

/// Bytes appended before they are written to the file.
const WRITE_BUFFER: usize = 1 << 16;
/// Bytes read at once, from the start of the text asked for.
const READ_WINDOW: usize = 1 << 16;
/// Texts kept after they are read (`Inner::recent`).
const RECENT: usize = 4;

/// A temporary file of appended texts, read back by offset and length.
#[derive(Debug)]
pub struct Spill {
    inner: Mutex<Inner>,
}

#[derive(Debug)]
struct Inner {
    file: File,
    /// Appended bytes not yet written, from `written` on.
    pending: Vec<u8>,
    /// Bytes in the file.
    written: u64,
    /// Whether a write failed: what is pending then stays in memory, and
    /// nothing more is appended.
    write_failed: bool,
    /// The last window read: its offset and bytes.
    window: (u64, Vec<u8>),
    /// The first read that failed, as a message; every later read is
    /// then empty, so one output never mixes a text with its empty copy.
    error: Option<String>,
    /// The last few texts read, so that one renderer reading a quote
    /// several times (excerpt, marks, wrapped lines) gets the same text.
    recent: Vec<(u64, u32, String)>,
}

impl Spill {
    /// A new empty spill file; `None` when no temporary file can be made
    /// (the caller then keeps its texts in memory).
    pub fn new() -> Option<Spill> {
        Some(Spill::with_file(tempfile::tempfile().ok()?))
    }

    /// A spill into `file`, which must be empty.
    fn with_file(file: File) -> Spill {
        Spill {
            inner: Mutex::new(Inner {
                file,
                pending: Vec::new(),
                written: 0,
                write_failed: false,
                window: (0, Vec::new()),
                error: None,
                recent: Vec::new(),
            }),
        }
    }

    /// Appends `text` and returns its offset, `None` once a write has
    /// failed (the caller then keeps the text in memory).
    pub fn append(&self, text: &str) -> Option<u64> {
        let mut inner = self.inner.lock().unwrap_or_else(PoisonError::into_inner);
        if inner.write_failed {
            return None;
        }
        let at = inner.written + inner.pending.len() as u64;
        inner.pending.extend_from_slice(text.as_bytes());
        if inner.pending.len() >= WRITE_BUFFER {
            inner.flush();
        }
        Some(at)
    }

    /// The `len` bytes at `at` as text; empty when they cannot be read back
    /// (the failure is kept: `error`, and every later read is empty too).
    pub fn read(&self, at: u64, len: u32) -> String {
        let mut inner = self.inner.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some((_, _, text)) = inner
            .recent
            .iter()
            .find(|(start, length, _)| *start == at && *length == len)
        {
            return text.clone();
        }
        let text = if inner.error.is_some() {
            String::new()
        } else {
            match inner.read(at, len as usize) {
                Ok(text) => text,
                Err(err) => {
                    inner.error = Some(format!("reading the spill file back: {err}"));
                    String::new()
                }
            }
        };
        if inner.recent.len() == RECENT {
            inner.recent.remove(0);
        }
        inner.recent.push((at, len, text.clone()));
        text
    }

    /// The first read that failed, as a message: a text read back empty.
    pub fn error(&self) -> Option<String> {
        let inner = self.inner.lock().unwrap_or_else(PoisonError::into_inner);
        inner.error.clone()
    }
}

impl Inner {
    /// Writes the pending bytes at the end of the file; when that fails,
    /// they stay pending (and are read from there).
    fn flush(&mut self) {
        let result = self
            .file
            .seek(SeekFrom::Start(self.written))
            .and_then(|_| self.file.write_all(&self.pending));
        match result {
            Ok(()) => {
                self.written += self.pending.len() as u64;
                self.pending.clear();
            }
            Err(_) => self.write_failed = true,
        }
    }

    /// The text at `at`: a text is appended whole and written whole, so it
    /// lies either in the file or in the pending bytes.
    fn read(&mut self, at: u64, len: usize) -> std::io::Result<String> {
        let bytes = if at >= self.written {
            let from = (at - self.written) as usize;
            self.pending.get(from..from + len)
        } else {
            let end = at + len as u64;
            let (start, window) = &self.window;
            if at < *start || end > *start + window.len() as u64 {
                let size = len.max(READ_WINDOW).min((self.written - at) as usize);
                let mut window = std::mem::take(&mut self.window.1);
                window.resize(size, 0);
                self.file.seek(SeekFrom::Start(at))?;
                self.file.read_exact(&mut window)?;
                self.window = (at, window);
            }
            let from = (at - self.window.0) as usize;
            self.window.1.get(from..from + len)
        };
        let bytes = bytes.ok_or_else(|| std::io::Error::other("a text out of the file's range"))?;
        String::from_utf8(bytes.to_vec())
            .map_err(|_| std::io::Error::other("a text read back is not UTF-8"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Appends `texts` and reads each back, in order and in reverse.
    fn check(texts: &[&str]) {
        let spill = Spill::new().expect("a temporary file");
        let spans: Vec<(u64, u32)> = texts
            .iter()
            .map(|text| (spill.append(text).expect("written"), text.len() as u32))
            .collect();
        for (text, (at, len)) in texts.iter().zip(&spans) {
            assert_eq!(spill.read(*at, *len), *text);
        }
        for (text, (at, len)) in texts.iter().zip(&spans).rev() {
            assert_eq!(spill.read(*at, *len), *text);
        }
        assert_eq!(spill.error(), None);
    }

    #[test]
    fn texts_read_back_as_they_were_appended() {
        check(&["China sent drones.", "", "Één zin — met “tekens”."]);
        // Past the write buffer and the read window.
        let long = "x".repeat(WRITE_BUFFER + 3);
        let mid = "y".repeat(READ_WINDOW * 2 + 1);
        check(&["a", &long, "b", &mid, "c"]);
    }

    #[test]
    fn a_failed_read_leaves_every_later_read_empty_and_repeats_agree() {
        // A file that can be written but not read: the first text is
        // flushed to it, the second stays pending.
        let path = tempfile::NamedTempFile::new().expect("a temporary file");
        let file = std::fs::OpenOptions::new()
            .write(true)
            .open(path.path())
            .expect("opened for writing");
        let spill = Spill::with_file(file);
        let long = "x".repeat(WRITE_BUFFER + 3);
        let first = spill.append(&long).expect("appended");
        let second = spill.append("in memory").expect("appended");
        assert_eq!(spill.read(second, 9), "in memory");
        assert_eq!(spill.error(), None);
        assert_eq!(spill.read(first, long.len() as u32), "");
        assert!(spill.error().is_some());
        // A text read before the failure reads the same again; one not
        // read before is empty, as is every read of the failed one.
        assert_eq!(spill.read(second, 9), "in memory");
        assert_eq!(spill.read(first, long.len() as u32), "");
        assert_eq!(spill.read(second + 3, 6), "");
    }
}
