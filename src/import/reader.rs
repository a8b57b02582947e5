//! Streaming reader for import files: CSV with a header row (RFC 4180) or
//! JSONL (one object per line). One row at a time lands in reused buffers,
//! so memory stays flat however long the file is.
//!
//! Problems of one row (bad UTF-8, malformed JSON, wrong field count,
//! unknown keys) are reported per line and reading goes on; problems of the
//! whole file (cannot open, empty, bad CSV header) end the import.

use std::cell::Cell;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::PathBuf;
use std::rc::Rc;

use partnerctl_core::service::import::{Column, LineErrors, Place, RowSource, Step};

use super::jsonl::json_values;
use super::lines::LineFinder;
use super::missing_required;
use crate::error::{from_csv, Error, Result};

const BUFFER: usize = 256 * 1024;
/// The longest row accepted. A longer one means a broken file (such as an
/// unbalanced CSV quote swallowing the rest of the file), and reading it
/// whole would make memory grow with the file.
const MAX_ROW_BYTES: u64 = 1024 * 1024;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputFormat {
    Csv,
    Jsonl,
}

/// An import file and how to read it.
#[derive(Debug, Clone)]
pub struct ImportFile {
    pub path: PathBuf,
    pub format: InputFormat,
    /// Standard input (`-`), copied to a private temporary file first: rows
    /// are then read as from any file (line numbers of errors re-read it),
    /// and memory stays flat.
    spooled: Option<Rc<tempfile::NamedTempFile>>,
}

/// The `FILE` that names standard input.
const STDIN: &str = "-";

impl ImportFile {
    /// `explicit` is `--input-format`; without it the extension decides
    /// (standard input has none, so it needs it).
    pub fn new(path: PathBuf, explicit: Option<&str>) -> Result<ImportFile> {
        let format = match explicit {
            Some("csv") => InputFormat::Csv,
            Some("jsonl") => InputFormat::Jsonl,
            Some(other) => {
                return Err(Error::invalid_input(format!("invalid input format {other:?}: expected csv or jsonl")))
            }
            None if path.as_os_str() == STDIN => {
                return Err(Error::usage("reading standard input (-) needs --input-format csv or jsonl"))
            }
            None => {
                let ext = path.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase);
                match ext.as_deref() {
                    Some("csv") => InputFormat::Csv,
                    Some("jsonl" | "ndjson") => InputFormat::Jsonl,
                    _ => {
                        return Err(Error::invalid_input(format!(
                            "cannot tell the format of {} from its extension",
                            path.display()
                        ))
                        .hint("name it .csv, .jsonl or .ndjson, or pass --input-format csv|jsonl"))
                    }
                }
            }
        };
        if path.as_os_str() != STDIN {
            return Ok(ImportFile { path, format, spooled: None });
        }
        let spool = |e: io::Error| Error::internal(format!("cannot copy standard input to a temporary file: {e}"));
        let mut temp = tempfile::NamedTempFile::new().map_err(spool)?;
        io::copy(&mut io::stdin().lock(), temp.as_file_mut()).map_err(spool)?;
        Ok(ImportFile { path: temp.path().to_path_buf(), format, spooled: Some(Rc::new(temp)) })
    }

    /// How errors and the audit log name the input.
    pub fn name(&self) -> String {
        match self.spooled {
            Some(_) => "standard input".into(),
            None => self.path.display().to_string(),
        }
    }
}

enum Source {
    Csv(Box<CsvSource>),
    Jsonl { reader: BufReader<File>, buf: Vec<u8>, bytes: u64 },
}

struct CsvSource {
    reader: csv::Reader<Bounded>,
    limit: Rc<RowLimit>,
    record: csv::ByteRecord,
    /// Column index → field position in the record.
    positions: Vec<Option<usize>>,
    /// Byte offsets before and after reading the current record.
    span: (u64, u64),
    lines: LineFinder,
}

/// Reads rows of `columns` one at a time.
pub struct Rows {
    source: Source,
    size: u64,
    columns: &'static [Column],
    /// The current row's values by column index; empty = absent or null.
    values: Vec<String>,
    seen: Vec<u32>,
    /// The current JSONL line.
    line: u64,
}

impl Rows {
    /// Opens the file and, for CSV, checks the header row.
    pub fn open(file: &ImportFile, columns: &'static [Column]) -> Result<Rows> {
        let handle =
            File::open(&file.path).map_err(|e| Error::invalid_input(format!("cannot read {}: {e}", file.name())))?;
        let metadata =
            handle.metadata().map_err(|e| Error::invalid_input(format!("cannot read {}: {e}", file.name())))?;
        // Opening a directory succeeds on Unix; reading it would fail as an I/O error.
        if metadata.is_dir() {
            return Err(Error::invalid_input(format!("cannot read {}: it is a directory", file.name())));
        }
        let size = metadata.len();
        if size == 0 {
            return Err(file_error(file, 1, "the file is empty".into()));
        }
        let source = match file.format {
            InputFormat::Csv => {
                let limit = Rc::new(RowLimit { end: Cell::new(0), hit: Cell::new(false) });
                limit.start_row(0);
                let bounded = Bounded { file: handle, pulled: 0, limit: Rc::clone(&limit) };
                let mut reader = csv::ReaderBuilder::new()
                    .has_headers(false)
                    .flexible(false)
                    .buffer_capacity(BUFFER)
                    .from_reader(bounded);
                let mut record = csv::ByteRecord::new();
                let mut lines = LineFinder::new(&file.path);
                let positions = read_header(file, &mut reader, &mut record, &mut lines, columns)?;
                Source::Csv(Box::new(CsvSource { reader, limit, record, positions, span: (0, 0), lines }))
            }
            InputFormat::Jsonl => {
                Source::Jsonl { reader: BufReader::with_capacity(BUFFER, handle), buf: Vec::new(), bytes: 0 }
            }
        };
        Ok(Rows {
            source,
            size,
            columns,
            values: vec![String::new(); columns.len()],
            seen: vec![0; columns.len()],
            line: 0,
        })
    }

    /// Where the current row lies: its byte span on CSV, its line on JSONL.
    pub fn place(&self) -> Place {
        match &self.source {
            Source::Csv(csv) => Place(csv.span.0, csv.span.1),
            Source::Jsonl { .. } => Place(self.line, self.line),
        }
    }

    /// The 1-based line where the row at `place` starts (the CSV header is
    /// line 1). Meant for errors: on CSV it re-reads the file up to the row.
    pub fn line_of(&mut self, place: Place) -> Result<u64> {
        match &mut self.source {
            Source::Csv(csv) => csv.lines.line_of(place.0, place.1),
            Source::Jsonl { .. } => Ok(place.0),
        }
    }

    /// The file's size in bytes.
    pub fn size(&self) -> u64 {
        self.size
    }

    /// Bytes consumed so far, for progress bars.
    pub fn bytes_read(&self) -> u64 {
        match &self.source {
            Source::Csv(csv) => csv.reader.position().byte(),
            Source::Jsonl { bytes, .. } => *bytes,
        }
    }

    /// The current row's value of column `index`; `None` when empty or absent.
    pub fn get(&self, index: usize) -> Option<&str> {
        Some(self.values[index].as_str()).filter(|v| !v.is_empty())
    }

    pub fn advance(&mut self) -> Result<Step> {
        for v in &mut self.values {
            v.clear();
        }
        match &mut self.source {
            Source::Csv(csv) => {
                let start = csv.reader.position().byte();
                csv.limit.start_row(start);
                let read = csv.reader.read_byte_record(&mut csv.record);
                csv.span = (start, csv.reader.position().byte());
                match read {
                    Ok(false) => Ok(Step::End),
                    Ok(true) => Ok(csv_values(&csv.record, &csv.positions, self.columns, &mut self.values)),
                    // The reader stops for good after this (later reads end).
                    Err(_) if csv.limit.hit.get() => Ok(Step::Invalid(too_long())),
                    Err(e) => match e.kind() {
                        csv::ErrorKind::UnequalLengths { expected_len, len, .. } => {
                            Ok(Step::Invalid(format!("expected {expected_len} fields like the header, found {len}")))
                        }
                        _ => Err(from_csv(e)),
                    },
                }
            }
            Source::Jsonl { reader, buf, bytes } => loop {
                buf.clear();
                let n = (&mut *reader).take(MAX_ROW_BYTES + 1).read_until(b'\n', buf)?;
                if n == 0 {
                    return Ok(Step::End);
                }
                *bytes += n as u64;
                self.line += 1;
                if n as u64 > MAX_ROW_BYTES {
                    *bytes += skip_line(reader)?;
                    return Ok(Step::Invalid(too_long()));
                }
                let Ok(text) = std::str::from_utf8(buf) else {
                    return Ok(Step::Invalid("not valid UTF-8".into()));
                };
                // A UTF-8 byte-order mark may start the file, as CSV readers accept it.
                let text = if self.line == 1 { text.trim_start_matches('\u{feff}') } else { text }.trim();
                // Blank lines (such as a final one) carry no row.
                if text.is_empty() {
                    continue;
                }
                self.seen.fill(0);
                return Ok(json_values(text, self.columns, &mut self.values, &mut self.seen));
            },
        }
    }
}

fn too_long() -> String {
    format!("the row is longer than {} MiB (an unbalanced quote?)", MAX_ROW_BYTES / 1024 / 1024)
}

/// Consumes the rest of an overlong line without keeping it.
fn skip_line(reader: &mut BufReader<File>) -> io::Result<u64> {
    let mut skipped = 0;
    loop {
        let chunk = reader.fill_buf()?;
        if chunk.is_empty() {
            return Ok(skipped);
        }
        let (n, done) = match chunk.iter().position(|&b| b == b'\n') {
            Some(i) => (i + 1, true),
            None => (chunk.len(), false),
        };
        reader.consume(n);
        skipped += n as u64;
        if done {
            return Ok(skipped);
        }
    }
}

/// How far the CSV parser may read: `MAX_ROW_BYTES` past the start of the
/// current row, plus what its buffer reads ahead.
struct RowLimit {
    end: Cell<u64>,
    hit: Cell<bool>,
}

impl RowLimit {
    fn start_row(&self, start: u64) {
        self.end.set(start + MAX_ROW_BYTES + BUFFER as u64);
    }
}

/// The file as the CSV parser reads it: an error once it goes past the limit.
struct Bounded {
    file: File,
    pulled: u64,
    limit: Rc<RowLimit>,
}

impl Read for Bounded {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let room = self.limit.end.get().saturating_sub(self.pulled);
        if room == 0 {
            self.limit.hit.set(true);
            return Err(io::Error::other(too_long()));
        }
        let len = buf.len().min(usize::try_from(room).unwrap_or(usize::MAX));
        let n = self.file.read(&mut buf[..len])?;
        self.pulled += n as u64;
        Ok(n)
    }
}

/// A whole-file problem, reported like row problems (exit 7, `errors`).
fn file_error(file: &ImportFile, line: u64, message: String) -> Error {
    let mut errors = LineErrors::default();
    errors.push(line, message);
    errors.into_error(&file.name())
}

fn read_header(
    file: &ImportFile,
    reader: &mut csv::Reader<Bounded>,
    record: &mut csv::ByteRecord,
    lines: &mut LineFinder,
    columns: &[Column],
) -> Result<Vec<Option<usize>>> {
    match reader.read_byte_record(record) {
        Ok(true) => {}
        Ok(false) => return Err(file_error(file, 1, "the file has no header row".into())),
        Err(_) if reader.get_ref().limit.hit.get() => return Err(file_error(file, 1, too_long())),
        Err(e) => return Err(from_csv(e)),
    }
    // Per column: the position of its most preferred name in the header.
    let mut chosen: Vec<Option<(u8, usize)>> = vec![None; columns.len()];
    let mut names_seen: Vec<&str> = Vec::new();
    let mut problems = Vec::new();
    for (at, raw) in record.iter().enumerate() {
        let Ok(name) = std::str::from_utf8(raw) else {
            problems.push("the header row is not valid UTF-8".to_string());
            continue;
        };
        let name = name.trim();
        if names_seen.contains(&name) {
            problems.push(format!("column {name:?} appears twice"));
            continue;
        }
        names_seen.push(name);
        match Column::find(columns, name) {
            None => problems.push(format!("unknown column {name:?} (expected: {})", Column::expected(columns))),
            Some((i, preference)) => {
                if chosen[i].is_none_or(|(best, _)| preference < best) {
                    chosen[i] = Some((preference, at));
                }
            }
        }
    }
    let positions: Vec<Option<usize>> = chosen.iter().map(|c| c.map(|(_, at)| at)).collect();
    for (column, position) in columns.iter().zip(&positions) {
        if column.required && position.is_none() {
            problems.push(format!("missing required column {:?}", column.name));
        }
    }
    if problems.is_empty() {
        return Ok(positions);
    }
    let line = lines.line_of(0, reader.position().byte())?;
    let mut errors = LineErrors::default();
    for problem in problems {
        errors.push(line, problem);
    }
    Err(errors.into_error(&file.name()))
}

/// A cell as it was before CSV output guarded it against spreadsheets
/// (SPEC §2.3): the one leading `'` before `=`, `+`, `@`, tab or CR goes.
fn without_formula_guard(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.starts_with(crate::output::FORMULA_STARTS) => rest,
        _ => cell,
    }
}

fn csv_values(
    record: &csv::ByteRecord,
    positions: &[Option<usize>],
    columns: &[Column],
    values: &mut [String],
) -> Step {
    for (i, position) in positions.iter().enumerate() {
        let Some(raw) = position.and_then(|p| record.get(p)) else { continue };
        match std::str::from_utf8(raw) {
            Ok(text) => values[i].push_str(without_formula_guard(text.trim())),
            Err(_) => return Step::Invalid(format!("column {}: not valid UTF-8", columns[i].name)),
        }
    }
    missing_required(columns, values)
}

/// An import file as the rows an import use case reads: opened (and its
/// header checked) when the use case starts reading.
pub struct FileRows {
    file: ImportFile,
    rows: Option<Rows>,
}

impl FileRows {
    pub fn new(file: ImportFile) -> FileRows {
        FileRows { file, rows: None }
    }

    fn rows(&self) -> &Rows {
        self.rows.as_ref().expect("FileRows::start runs before rows are read")
    }
}

impl RowSource for FileRows {
    fn start(&mut self, columns: &'static [Column]) -> Result<()> {
        self.rows = Some(Rows::open(&self.file, columns)?);
        Ok(())
    }
    fn advance(&mut self) -> Result<Step> {
        self.rows.as_mut().expect("started").advance()
    }
    fn get(&self, index: usize) -> Option<&str> {
        self.rows().get(index)
    }
    fn place(&self) -> Place {
        self.rows().place()
    }
    fn line_of(&mut self, place: Place) -> Result<u64> {
        self.rows.as_mut().expect("started").line_of(place)
    }
    fn size(&self) -> u64 {
        self.rows.as_ref().map_or(0, Rows::size)
    }
    fn bytes_read(&self) -> u64 {
        self.rows.as_ref().map_or(0, Rows::bytes_read)
    }
    fn name(&self) -> String {
        self.file.name()
    }
}
