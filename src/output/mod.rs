//! Rendering of records as table, CSV, JSON or JSONL (SPEC §2.3). Every
//! command prints through here, so the same flat record (a `Serialize`
//! struct) has the same fields in every format. Records go to stdout;
//! messages go to stderr.

mod csv_row;
mod table;

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
pub struct Output {
    pub format: Format,
    pub quiet: bool,
    pub color: bool,
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

/// What `-q` prints of a record: its `id`, else its first field.
fn quiet_id(map: &Map<String, Value>) -> String {
    map.get("id").or_else(|| map.values().next()).map(cell).unwrap_or_default()
}

impl Output {
    /// A command about one record.
    pub fn one<T: Serialize>(&self, record: &T) -> Result<()> {
        let mut out = BufWriter::new(io::stdout().lock());
        if self.quiet {
            writeln!(out, "{}", quiet_id(&fields(record)?))?;
            return Ok(out.flush()?);
        }
        match self.format {
            Format::Json => {
                serde_json::to_writer_pretty(&mut out, record)?;
                writeln!(out)?;
            }
            _ => {
                let mut stream = self.stream_to(&mut out, None);
                stream.row(record)?;
                stream.finish()?;
            }
        }
        Ok(out.flush()?)
    }

    /// A list command; `footer` is a table-only closing row (e.g. `TOTAL`).
    pub fn many<T: Serialize>(&self, records: &[T]) -> Result<()> {
        self.many_with_footer(records, None)
    }

    pub fn many_with_footer<T: Serialize>(&self, records: &[T], footer: Option<Map<String, Value>>) -> Result<()> {
        self.streaming(footer, |stream| records.iter().try_for_each(|r| stream.row(r)))
    }

    /// A list whose rows `fill` pushes one by one (e.g. from a database
    /// cursor), written to a buffered stdout.
    pub fn streaming(
        &self,
        footer: Option<Map<String, Value>>,
        fill: impl FnOnce(&mut Stream) -> Result<()>,
    ) -> Result<()> {
        let mut out = BufWriter::new(io::stdout().lock());
        let mut stream = self.stream_to(&mut out, footer);
        fill(&mut stream)?;
        stream.finish()
    }

    /// Prints any serializable value as-is in JSON (for composite results
    /// such as metrics with totals).
    pub fn raw_json(&self, value: &Value) -> Result<()> {
        let mut out = io::stdout().lock();
        writeln!(out, "{}", serde_json::to_string_pretty(value)?)?;
        Ok(())
    }

    /// A streaming list: rows are written as they come, memory stays flat
    /// (the table format buffers a bounded first page to size its columns).
    pub fn stream_to<'w>(&self, out: &'w mut dyn Write, footer: Option<Map<String, Value>>) -> Stream<'w> {
        Stream {
            out,
            format: self.format,
            quiet: self.quiet,
            rows: 0,
            header_written: false,
            table: table::Table::new(footer),
        }
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
    format: Format,
    quiet: bool,
    rows: usize,
    header_written: bool,
    table: table::Table,
}

impl Stream<'_> {
    /// One record. JSON, JSONL and CSV are written straight from the
    /// record's fields (no intermediate map: long streams stay cheap).
    pub fn row<T: Serialize>(&mut self, record: &T) -> Result<()> {
        self.rows += 1;
        if self.quiet {
            writeln!(self.out, "{}", quiet_id(&fields(record)?))?;
            return Ok(());
        }
        match self.format {
            Format::Json => {
                self.out.write_all(if self.rows == 1 { b"[\n  " } else { b",\n  " })?;
                serde_json::to_writer(&mut self.out, record)?;
            }
            Format::Jsonl => {
                serde_json::to_writer(&mut self.out, record)?;
                self.out.write_all(b"\n")?;
            }
            Format::Csv => csv_row::write_record(self.out, record, &mut self.header_written)?,
            Format::Table => self.table.push(fields(record)?, self.out)?,
        }
        Ok(())
    }

    pub fn finish(self) -> Result<()> {
        if self.quiet {
            return Ok(());
        }
        match self.format {
            Format::Json if self.rows == 0 => writeln!(self.out, "[]")?,
            Format::Json => writeln!(self.out, "\n]")?,
            Format::Table => self.table.finish(self.out)?,
            _ => {}
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
