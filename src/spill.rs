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
    /// The first read that failed, as a message.
    error: Option<String>,
}

impl Spill {
    /// A new empty spill file; `None` when no temporary file can be made
    /// (the caller then keeps its texts in memory).
    pub fn new() -> Option<Spill> {
        let file = tempfile::tempfile().ok()?;
        Some(Spill {
            inner: Mutex::new(Inner {
                file,
                pending: Vec::new(),
                written: 0,
                write_failed: false,
                window: (0, Vec::new()),
                error: None,
            }),
        })
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
    /// (the failure is kept: `error`).
    pub fn read(&self, at: u64, len: u32) -> String {
        let mut inner = self.inner.lock().unwrap_or_else(PoisonError::into_inner);
        match inner.read(at, len as usize) {
            Ok(text) => text,
            Err(err) => {
                inner
                    .error
                    .get_or_insert_with(|| format!("reading the spill file back: {err}"));
                String::new()
            }
        }
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
}
