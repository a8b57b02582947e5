//! Rendering of records as table, CSV, JSON or JSONL (SPEC §2.3). Every
//! command prints through here, so the same flat record (a `Serialize`
//! struct) has the same fields in every format. Records go to stdout;
//! messages go to stderr.

mod columns;
mod csv_row;
mod table;

pub use columns::{columns_of, Quiet, Selection};
pub use csv_row::FORMULA_STARTS;
pub use table::Layout;

use std::io::{self, BufWriter, Write};

use serde::Serialize;
use serde_json::{Map, Value};

use crate::error::{Error, Result};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Table,
    Json,
    Jsonl,
    Csv,
}

impl Format {
    pub fn parse(s: &str) -> Result<Format> {
        match s {
            "table" => Ok(Format::Table),
            "json" => Ok(Format::Json),
            "jsonl" => Ok(Format::Jsonl),
            "csv" => Ok(Format::Csv),
            _ => Err(Error::invalid_input(format!("invalid format {s:?}: expected table, json, jsonl or csv"))),
        }
    }

    /// Whether errors go to stderr as JSON objects.
    pub fn is_json(self) -> bool {
        matches!(self, Format::Json | Format::Jsonl)
    }
}

/// Where and how records are printed.
#[derive(Debug, Clone)]
pub struct Output {
    pub format: Format,
    pub quiet: bool,
    pub color: bool,
    /// `--fields`.
    pub selection: Selection,
    /// Without `--no-headers`: the header row of `table` and `csv`.
    pub headers: bool,
    /// `--csv-raw`: CSV cells untouched, formulas included.
    pub csv_raw: bool,
    /// What `-q` prints of each record.
    pub quiet_as: Quiet,
    /// The terminal width and `--wide`, for tables.
    pub layout: Layout,
}

/// Buffered stdout for lists: 64 KiB, a pipe's whole buffer (an 8 KiB one
/// cost a `write` per ~30 rows of a drill, 103 for `metrics event` of a
/// large event).
fn stdout_buffer() -> BufWriter<io::StdoutLock<'static>> {
    BufWriter::with_capacity(64 * 1024, io::stdout().lock())
}

/// A record as its ordered fields.
fn fields<T: Serialize>(record: &T) -> Result<Map<String, Value>> {
    match serde_json::to_value(record)? {
        Value::Object(map) => Ok(map),
        other => Err(Error::internal(format!("record is not an object: {other}"))),
    }
}

/// A value as a CSV or table cell: null → empty, arrays joined by `;`.
pub fn cell(value: &Value) -> String {
    match value {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        Value::Array(items) => items.iter().map(cell).collect::<Vec<_>>().join(";"),
        Value::Object(_) => value.to_string(),
        other => other.to_string(),
    }
}

impl Output {
    pub fn new(format: Format, quiet: bool, color: bool) -> Output {
        Output {
            format,
            quiet,
            color,
            selection: Selection::default(),
            headers: true,
            csv_raw: false,
            quiet_as: Quiet::Key,
            layout: Layout::default(),
        }
    }

    /// The same settings, `-q` printing `field` of each record.
    pub fn quiet_field(&self, field: &'static str) -> Output {
        Output { quiet_as: Quiet::Field(field), ..self.clone() }
    }

    /// A command about one record.
    pub fn one<T: Serialize>(&self, record: &T) -> Result<()> {
        let map = fields(record)?;
        self.selection.check(map.keys().map(String::as_str))?;
        let mut out = BufWriter::new(io::stdout().lock());
        if self.quiet {
            if let Some(line) = self.quiet_as.line(&map) {
                writeln!(out, "{line}")?;
            }
            return Ok(out.flush()?);
        }
        match self.format {
            Format::Json => {
                serde_json::to_writer_pretty(&mut out, &self.selection.apply(map))?;
                writeln!(out)?;
            }
            Format::Table => table::write_fields(&mut out, &self.selection.apply(map), self.layout)?,
            _ => {
                let mut stream = self.stream_to(&mut out, map.keys().cloned().collect(), None)?;
                stream.row(record)?;
                stream.finish()?;
            }
        }
        Ok(out.flush()?)
    }

    /// A mutation printing its one record: `--fields` is checked against the
    /// record type before `run`, so a bad name writes nothing.
    pub fn changed<T: Serialize + Default>(&self, run: impl FnOnce() -> Result<T>) -> Result<()> {
        self.changed_like(&T::default(), run)
    }

    /// `changed`, with the fields of `shape` (a record with its optional
    /// fields present, such as a membership with its `invite_code`).
    pub fn changed_like<T: Serialize>(&self, shape: &T, run: impl FnOnce() -> Result<T>) -> Result<()> {
        let columns = columns_of(shape)?;
        self.selection.check(columns.iter().map(String::as_str))?;
        self.one(&run()?)
    }

    /// A list command.
    pub fn many<T: Serialize + Default>(&self, records: &[T]) -> Result<()> {
        self.many_like(records, &T::default(), None)
    }

    /// A list whose empty shape is that of `shape`; `footer` is a table-only
    /// closing row (`TOTAL`, in the first column).
    pub fn many_like<T: Serialize>(&self, records: &[T], shape: &T, footer: Option<Map<String, Value>>) -> Result<()> {
        let mut out = stdout_buffer();
        let mut stream = self.stream_to(&mut out, columns_of(shape)?, footer)?;
        records.iter().try_for_each(|r| stream.row(r))?;
        stream.finish()
    }

    /// A list of `T` whose rows `fill` pushes one by one (e.g. from a
    /// database cursor), written to a buffered stdout.
    pub fn streaming<T: Serialize + Default>(&self, fill: impl FnOnce(&mut Stream) -> Result<()>) -> Result<()> {
        let mut out = stdout_buffer();
        let mut stream = self.stream_to(&mut out, columns_of(&T::default())?, None)?;
        fill(&mut stream)?;
        stream.finish()
    }

    /// Prints a composite record as JSON (metrics with totals), `--fields`
    /// applied to its `rows` and `totals`. Without `--fields` it is written
    /// as it serializes: building its `Value` first (a map per row) took two
    /// thirds of `metrics event --format json` for 9,918 rows.
    pub fn raw_json<T: Serialize>(&self, record: &T, row_columns: &[String]) -> Result<()> {
        self.selection.check(row_columns.iter().map(String::as_str))?;
        let mut out = stdout_buffer();
        if self.selection.is_all() {
            serde_json::to_writer_pretty(&mut out, record)?;
        } else {
            let mut value = serde_json::to_value(record)?;
            if let Some(Value::Array(rows)) = value.get_mut("rows") {
                for row in rows.iter_mut() {
                    if let Value::Object(map) = row {
                        *map = self.selection.apply(std::mem::take(map));
                    }
                }
            }
            if let Some(Value::Object(totals)) = value.get_mut("totals") {
                let selected = self.selection.apply(std::mem::take(totals));
                *totals = selected.into_iter().filter(|(_, v)| !v.is_null()).collect();
            }
            serde_json::to_writer_pretty(&mut out, &value)?;
        }
        writeln!(out)?;
        Ok(out.flush()?)
    }

    /// A streaming list: rows are written as they come, memory stays flat
    /// (the table format buffers a bounded first page to size its columns).
    /// `columns` are the record type's fields, printed for an empty result.
    pub fn stream_to<'w>(
        &self,
        out: &'w mut dyn Write,
        columns: Vec<String>,
        footer: Option<Map<String, Value>>,
    ) -> Result<Stream<'w>> {
        self.selection.check(columns.iter().map(String::as_str))?;
        Ok(Stream {
            out,
            settings: self.clone(),
            rows: 0,
            header_written: false,
            line: Vec::new(),
            table: table::Table::new(self.layout, !self.selection.is_all(), footer, self.headers),
            columns,
        })
    }

    /// A message for people, on stderr (silenced by `-q`).
    pub fn message(&self, text: &str) {
        if !self.quiet {
            eprintln!("{text}");
        }
    }
}

pub struct Stream<'w> {
    out: &'w mut dyn Write,
    settings: Output,
    rows: usize,
    header_written: bool,
    /// The CSV line being made (`csv_row::write_record`), kept across rows.
    line: Vec<u8>,
    table: table::Table,
    /// The fields of the record type, for the shape of an empty result.
    columns: Vec<String>,
}

impl Stream<'_> {
    /// One record. Without `--fields`, JSON, JSONL and CSV are written
    /// straight from the record's fields (no intermediate map: long streams
    /// stay cheap).
    pub fn row<T: Serialize>(&mut self, record: &T) -> Result<()> {
        self.rows += 1;
        let s = &self.settings;
        if s.quiet {
            if let Some(line) = s.quiet_as.line(&fields(record)?) {
                writeln!(self.out, "{line}")?;
            }
            return Ok(());
        }
        let style = csv_row::Style { headers: s.headers, raw: s.csv_raw };
        if s.selection.is_all() {
            match s.format {
                Format::Json => {
                    self.out.write_all(if self.rows == 1 { b"[\n  " } else { b",\n  " })?;
                    serde_json::to_writer(&mut self.out, record)?;
                }
                Format::Jsonl => {
                    serde_json::to_writer(&mut self.out, record)?;
                    self.out.write_all(b"\n")?;
                }
                Format::Csv => {
                    csv_row::write_record(self.out, &mut self.line, record, &mut self.header_written, style)?
                }
                Format::Table => self.table.push(fields(record)?, self.out)?,
            }
            return Ok(());
        }
        let map = s.selection.apply(fields(record)?);
        match s.format {
            Format::Json => {
                self.out.write_all(if self.rows == 1 { b"[\n  " } else { b",\n  " })?;
                serde_json::to_writer(&mut self.out, &map)?;
            }
            Format::Jsonl => {
                serde_json::to_writer(&mut self.out, &map)?;
                self.out.write_all(b"\n")?;
            }
            Format::Csv => csv_row::write_map(self.out, &map, &mut self.header_written, style)?,
            Format::Table => self.table.push(map, self.out)?,
        }
        Ok(())
    }

    pub fn finish(mut self) -> Result<()> {
        let s = &self.settings;
        if s.quiet {
            return Ok(());
        }
        let columns = s.selection.names(std::mem::take(&mut self.columns));
        match s.format {
            Format::Json if self.rows == 0 => writeln!(self.out, "[]")?,
            Format::Json => writeln!(self.out, "\n]")?,
            Format::Csv if self.rows == 0 && s.headers => csv_row::write_header(self.out, &columns)?,
            Format::Table if self.rows == 0 => self.table.finish_empty(self.out, columns)?,
            Format::Table => self.table.finish(self.out)?,
            _ => {}
        }
        if self.rows == 0 {
            // The shape above is for programs; this line is for people.
            eprintln!("note: no records");
        }
        self.out.flush()?;
        Ok(())
    }
}

/// Prints an error as SPEC §2.7 says: `error: …` (+ hint), or one JSON object
/// on stderr with `--format json|jsonl`.
pub fn print_error(err: &Error, format: Format, color: bool) {
    let mut stderr = io::stderr().lock();
    if format.is_json() {
        let _ = writeln!(stderr, "{}", crate::error::to_json(err));
        return;
    }
    let prefix = if color { "\x1b[1;31merror:\x1b[0m" } else { "error:" };
    let one_line = err.message.replace('\n', " ");
    let _ = writeln!(stderr, "{prefix} {one_line}");
    if let Some(hint) = &err.hint {
        let _ = writeln!(stderr, "hint: {hint}");
    }
}
