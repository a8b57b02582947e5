//! Physical line numbers of CSV records, for error messages. The csv crate
//! positions a record where the previous one ended, before skipped blank
//! lines and a CRLF's LF; the exact line is counted from the file's bytes,
//! only when a record has an error, reading forward once at most.

use std::fs::File;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};

use crate::error::Result;

pub struct LineFinder {
    path: PathBuf,
    file: Option<BufReader<File>>,
    /// Bytes counted so far, and the line at that offset.
    offset: u64,
    line: u64,
}

impl LineFinder {
    pub fn new(path: &Path) -> LineFinder {
        LineFinder { path: path.to_path_buf(), file: None, offset: 0, line: 1 }
    }

    /// The line of the first byte in `[start, end)` that is no line break:
    /// where the record read between those offsets begins. Records must be
    /// asked for in file order.
    pub fn line_of(&mut self, start: u64, end: u64) -> Result<u64> {
        let file = match &mut self.file {
            Some(file) => file,
            None => self.file.insert(BufReader::new(File::open(&self.path)?)),
        };
        loop {
            let chunk = file.fill_buf()?;
            if chunk.is_empty() {
                return Ok(self.line);
            }
            for (i, &byte) in chunk.iter().enumerate() {
                let at = self.offset + i as u64;
                if at >= end || (at >= start && byte != b'\r' && byte != b'\n') {
                    file.consume(i);
                    self.offset = at;
                    return Ok(self.line);
                }
                self.line += u64::from(byte == b'\n');
            }
            let n = chunk.len();
            file.consume(n);
            self.offset += n as u64;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_skip_blank_lines_and_crlf_and_count_quoted_breaks() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("f.csv");
        // Records start at bytes 0 (h), 5 ("a…b", lines 3-4), 12 (c), 15 (d).
        std::fs::write(&path, b"h\r\n\r\n\"a\nb\"\r\nc\n\nd").unwrap();
        let mut lines = LineFinder::new(&path);
        assert_eq!(lines.line_of(0, 1).unwrap(), 1);
        assert_eq!(lines.line_of(1, 12).unwrap(), 3);
        assert_eq!(lines.line_of(1, 12).unwrap(), 3, "asking twice is fine");
        assert_eq!(lines.line_of(12, 15).unwrap(), 5);
        assert_eq!(lines.line_of(15, 19).unwrap(), 7);
    }
}
