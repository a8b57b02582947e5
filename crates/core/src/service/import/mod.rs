//! Imports (SPEC §2.8): `user import` and `invite import`. Both stream
//! their rows one by one inside one write transaction and write every valid
//! row at once; any invalid row rolls everything back (exit 7) with the line
//! numbers of the first problems. The rows come parsed from a `RowSource`:
//! a front-end's CSV/JSONL reader, an upload, or a generator.

pub mod invites;
mod user_refs;
pub mod users;

use serde::Serialize;
use serde_json::json;

use super::{Audit, Outcome};
use crate::error::{Error, Kind, Result};
use crate::model::AuditAction;
use crate::store::Tx;

/// How many line errors are reported (all are counted); `apply` reports
/// as many path errors.
pub(crate) const REPORTED_ERRORS: usize = 20;
/// Longer messages (quoting a huge value) are cut.
const MESSAGE_CHARS: usize = 300;
/// Progress is reported every this many rows.
const PROGRESS_EVERY: u64 = 1024;

/// A column of an import.
#[derive(Debug, Clone, Copy)]
pub struct Column {
    pub name: &'static str,
    /// Must be present as a column and non-empty in every row.
    pub required: bool,
    /// Other names of the column, as the records of SPEC §2.3 call it (an
    /// export imports as it is), in order of preference after `name`.
    pub aliases: &'static [&'static str],
    /// A column of the exported record that the import does not read
    /// (`inviter_name`): accepted, ignored.
    pub display_only: bool,
}

impl Column {
    pub const fn required(name: &'static str) -> Column {
        Column { name, required: true, aliases: &[], display_only: false }
    }
    pub const fn optional(name: &'static str) -> Column {
        Column { name, required: false, aliases: &[], display_only: false }
    }
    pub const fn display_only(name: &'static str) -> Column {
        Column { name, required: false, aliases: &[], display_only: true }
    }
    pub const fn or_named(self, aliases: &'static [&'static str]) -> Column {
        Column { aliases, ..self }
    }

    /// Whether `key` names this column, and how preferred that name is
    /// (0: `name`, then the aliases in order).
    pub fn preference(&self, key: &str) -> Option<u8> {
        std::iter::once(&self.name).chain(self.aliases).position(|n| *n == key).map(|i| i as u8)
    }

    /// The column `key` names among `columns`, with its preference.
    pub fn find(columns: &[Column], key: &str) -> Option<(usize, u8)> {
        columns.iter().enumerate().find_map(|(i, c)| c.preference(key).map(|p| (i, p)))
    }

    /// The names a file may use, for error messages.
    pub fn expected(columns: &[Column]) -> String {
        columns.iter().filter(|c| !c.display_only).map(|c| c.name).collect::<Vec<_>>().join(", ")
    }
}

/// The outcome of reading one more row.
#[derive(Debug, PartialEq, Eq)]
pub enum Step {
    /// A row is ready: read it with `get`.
    Row,
    /// The row at `line()` cannot be read; the message says why.
    Invalid(String),
    End,
}

/// Where a row lies in its input, as cheap to take as the source can make
/// it (byte offsets of a file, a row count); `RowSource::line_of` turns it
/// into a line number only when an error needs one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Place(pub u64, pub u64);

/// The rows of one import, in order, with their line numbers.
pub trait RowSource {
    /// Starts reading rows of `columns` (a file checks its header here);
    /// called once the actor may import.
    fn start(&mut self, columns: &'static [Column]) -> Result<()>;
    /// Moves to the next row.
    fn advance(&mut self) -> Result<Step>;
    /// The current row's value of column `index`; `None` when empty or absent.
    fn get(&self, index: usize) -> Option<&str>;
    /// Where the current row lies, for `line_of`.
    fn place(&self) -> Place;
    /// The 1-based line where the row at `place` starts, for errors; asked
    /// in file order.
    fn line_of(&mut self, place: Place) -> Result<u64>;
    /// The input's size in bytes (0 when unknown), to foresee a large import.
    fn size(&self) -> u64;
    /// Bytes consumed so far, for progress.
    fn bytes_read(&self) -> u64;
    /// How errors and the audit log name the input (a file name).
    fn name(&self) -> String;
}

/// The summary record both imports print.
#[derive(Debug, Clone, Default, Serialize)]
pub struct ImportSummary {
    pub rows: u64,
    pub imported: u64,
    pub skipped: u64,
    pub dry_run: bool,
    /// Users created by `invite import --create-missing-users`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_users: Option<u64>,
}

/// Line errors of a file: the first few in full, all of them counted.
#[derive(Debug, Default)]
pub struct LineErrors {
    first: Vec<(u64, String)>,
    total: u64,
}

impl LineErrors {
    pub fn push(&mut self, line: u64, mut message: String) {
        self.total += 1;
        if self.first.len() < REPORTED_ERRORS {
            clip(&mut message);
            self.first.push((line, message));
        }
    }

    pub fn is_empty(&self) -> bool {
        self.total == 0
    }

    /// `invalid_data` (exit 7) with `errors: [{line, message}]` in the
    /// details, summarised for people (`Error::invalid_entries`).
    pub fn into_error(self, file: &str) -> Error {
        let listed: Vec<String> = self.first.iter().map(|(l, m)| format!("line {l}: {m}")).collect();
        let errors: Vec<_> = self.first.iter().map(|(l, m)| json!({ "line": l, "message": m })).collect();
        Error::invalid_entries(
            file,
            "nothing imported",
            "fix these lines and import again",
            &listed,
            self.total,
            errors,
        )
    }
}

/// Cuts a message that quotes a huge value.
pub(crate) fn clip(message: &mut String) {
    if let Some((cut, _)) = message.char_indices().nth(MESSAGE_CHARS) {
        message.truncate(cut);
        message.push('…');
    }
}

/// Why one row cannot be imported.
enum RowFail {
    /// Reported against the row's line; the import goes on checking.
    Line(String),
    /// Ends the import (database trouble, a bug).
    Fatal(Error),
}

impl From<Error> for RowFail {
    fn from(e: Error) -> RowFail {
        match e.kind {
            Kind::InvalidInput | Kind::NotFound | Kind::State(_) | Kind::Conflict(_) => {
                RowFail::Line(e.message.clone())
            }
            _ => RowFail::Fatal(e),
        }
    }
}

fn line_error<T>(message: String) -> std::result::Result<T, RowFail> {
    Err(RowFail::Line(message))
}

enum RowOutcome {
    Imported,
    /// Already present with identical content.
    Skipped,
}

/// Reads every row of `rows` through `import_row`, counting outcomes and
/// collecting line errors; any error fails the whole import.
fn each_row(
    rows: &mut dyn RowSource,
    progress: &dyn Fn(u64),
    import_row: impl FnMut(&dyn RowSource) -> std::result::Result<RowOutcome, RowFail>,
) -> Result<ImportSummary> {
    each_chunk(rows, progress, 1, &mut OneByOne(import_row))
}

/// How an import writes its rows: `prepare` does what needs no write of
/// the row itself, `write` writes a chunk of prepared rows and returns every
/// row's outcome in order.
trait ChunkWriter {
    type Ready;
    fn prepare(&mut self, row: &dyn RowSource) -> std::result::Result<Self::Ready, RowFail>;
    fn write(&mut self, chunk: Vec<Prepared<Self::Ready>>) -> Result<Vec<std::result::Result<RowOutcome, RowFail>>>;
}

/// An import whose rows are written as they are read.
struct OneByOne<F>(F);

impl<F: FnMut(&dyn RowSource) -> std::result::Result<RowOutcome, RowFail>> ChunkWriter for OneByOne<F> {
    type Ready = RowOutcome;
    fn prepare(&mut self, row: &dyn RowSource) -> std::result::Result<RowOutcome, RowFail> {
        (self.0)(row)
    }
    fn write(&mut self, chunk: Vec<Prepared<RowOutcome>>) -> Result<Vec<std::result::Result<RowOutcome, RowFail>>> {
        Ok(chunk)
    }
}

/// Reads every row of `rows`, prepares each one through `writer`, and
/// hands them to it up to `chunk_rows` at a time in file order. Outcomes
/// are counted and line errors collected in line order; any error fails
/// the whole import.
fn each_chunk<W: ChunkWriter>(
    rows: &mut dyn RowSource,
    progress: &dyn Fn(u64),
    chunk_rows: usize,
    writer: &mut W,
) -> Result<ImportSummary> {
    let mut summary = ImportSummary::default();
    let mut errors = LineErrors::default();
    let mut chunk = Vec::with_capacity(chunk_rows);
    let mut places = Vec::with_capacity(chunk_rows);
    let mut end = false;
    while !end {
        match rows.advance()? {
            Step::End => end = true,
            Step::Invalid(message) => chunk.push(Err(RowFail::Line(message))),
            Step::Row => chunk.push(writer.prepare(&*rows)),
        }
        if !end {
            // Line numbers cost a second pass over the input: only errors pay it.
            places.push(rows.place());
            summary.rows += 1;
            if summary.rows % PROGRESS_EVERY == 0 {
                progress(rows.bytes_read());
            }
        }
        // A database failure ends the import at once.
        let fatal = matches!(chunk.last(), Some(Err(RowFail::Fatal(_))));
        if chunk.len() == chunk_rows || fatal || (end && !chunk.is_empty()) {
            let outcomes = writer.write(std::mem::take(&mut chunk))?;
            for (place, outcome) in places.drain(..).zip(outcomes) {
                match outcome {
                    Ok(RowOutcome::Imported) => summary.imported += 1,
                    Ok(RowOutcome::Skipped) => summary.skipped += 1,
                    Err(RowFail::Line(message)) => errors.push(rows.line_of(place)?, message),
                    Err(RowFail::Fatal(e)) => return Err(e),
                }
            }
        }
    }
    progress(rows.bytes_read());
    if errors.is_empty() {
        Ok(summary)
    } else {
        Err(errors.into_error(&rows.name()))
    }
}

/// A row as `prepare` left it: ready to write, or failed.
type Prepared<P> = std::result::Result<P, RowFail>;

/// One summary audit row, or a rollback on a dry run. A run that changed
/// nothing (everything skipped) is no mutation and leaves no audit row.
fn finish(tx: &dyn Tx, action: AuditAction, input: &str, summary: ImportSummary) -> Result<Outcome<ImportSummary>> {
    if summary.dry_run {
        return Ok(Outcome::Discarded(summary));
    }
    tx.finish_import()?;
    if summary.imported == 0 && summary.created_users.unwrap_or(0) == 0 {
        return Ok(Outcome::Unchanged(summary));
    }
    let mut details = json!({
        "file": input,
        "rows": summary.rows,
        "imported": summary.imported,
        "skipped": summary.skipped,
    });
    if let Some(created) = summary.created_users {
        details["created_users"] = created.into();
    }
    Ok(Outcome::Changed(summary, Audit { action, target_id: None, partner_id: None, details }))
}

/// `true/false/1/0` (any case).
fn parse_bool(column: &str, value: &str) -> std::result::Result<bool, RowFail> {
    if value == "1" || value.eq_ignore_ascii_case("true") {
        Ok(true)
    } else if value == "0" || value.eq_ignore_ascii_case("false") {
        Ok(false)
    } else {
        line_error(format!("invalid {column} {value:?}: expected true, false, 1 or 0"))
    }
}
