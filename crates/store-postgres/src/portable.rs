//! `db copy` on PostgreSQL (SPEC §3.3): the whole database read in one
//! REPEATABLE READ snapshot, streamed row by row; or loaded into an empty
//! database in one transaction through `COPY … FROM STDIN`.

use std::cell::RefCell;
use std::fmt::Write as _;
use std::io::Write as _;

use postgres::fallible_iterator::FallibleIterator;
use postgres::Client;

use crate::error::{sql, CoreResult, Error, Result};
use partnerctl_core::portable::{Cell, ColumnType, Export, Import, Table, TABLES};

/// Rows are sent to the server in `COPY` chunks of about this many bytes.
const COPY_CHUNK: usize = 1 << 20;

pub(crate) struct PgExport<'c> {
    client: &'c RefCell<Client>,
}

impl<'c> PgExport<'c> {
    pub(crate) fn begin(client: &'c RefCell<Client>) -> Result<PgExport<'c>> {
        client.borrow_mut().batch_execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")?;
        Ok(PgExport { client })
    }
}

impl Drop for PgExport<'_> {
    fn drop(&mut self) {
        let _ = self.client.borrow_mut().batch_execute("ROLLBACK");
    }
}

impl Export for PgExport<'_> {
    fn count(&self, table: &Table) -> CoreResult<u64> {
        sql(|| {
            let row = self.client.borrow_mut().query_one(&format!("SELECT count(*) FROM {}", table.name), &[])?;
            Ok(u64::try_from(row.try_get::<_, i64>(0)?).unwrap_or(0))
        })
    }

    fn rows(&self, table: &Table, each: &mut dyn FnMut(&[Cell]) -> CoreResult<()>) -> CoreResult<()> {
        sql(|| {
            let columns = table.column_names().collect::<Vec<_>>().join(", ");
            let query = format!("SELECT {columns} FROM {} ORDER BY {}", table.name, table.key.join(", "));
            let mut client = self.client.borrow_mut();
            // Streamed from the server as it sends them: memory stays flat.
            let mut rows = client.query_raw(&query, std::iter::empty::<i32>())?;
            let mut cells = Vec::with_capacity(table.columns.len());
            while let Some(row) = rows.next()? {
                cells.clear();
                for (i, (_, kind)) in table.columns.iter().enumerate() {
                    cells.push(match kind {
                        ColumnType::Text => row.try_get::<_, Option<String>>(i)?.map_or(Cell::Null, Cell::Text),
                        ColumnType::Bool => row.try_get::<_, Option<bool>>(i)?.map_or(Cell::Null, Cell::Bool),
                        ColumnType::Int => row.try_get::<_, Option<i64>>(i)?.map_or(Cell::Null, Cell::Int),
                    });
                }
                each(&cells)?;
            }
            Ok(())
        })
    }
}

pub(crate) struct PgImport<'c> {
    client: &'c RefCell<Client>,
    table: Option<&'static Table>,
    /// Rows of `table` in COPY's text format, not yet sent.
    pending: String,
    open: bool,
}

impl<'c> PgImport<'c> {
    pub(crate) fn begin(client: &'c RefCell<Client>) -> Result<PgImport<'c>> {
        // Every write use case locks its tenant row (ROW SHARE on tenants),
        // and tenant create inserts one: EXCLUSIVE waits for both and makes
        // them wait, so nothing is written beside the copy.
        client.borrow_mut().batch_execute(
            "BEGIN ISOLATION LEVEL READ COMMITTED;
             LOCK TABLE tenants IN EXCLUSIVE MODE",
        )?;
        // The counters are not copied (`DERIVED`): one count at the end.
        client.borrow_mut().batch_execute(super::counts::DEFER)?;
        Ok(PgImport { client, table: None, pending: String::new(), open: true })
    }

    fn flush(&mut self) -> Result<()> {
        let Some(table) = self.table.filter(|_| !self.pending.is_empty()) else { return Ok(()) };
        let columns = table.column_names().collect::<Vec<_>>().join(", ");
        let mut client = self.client.borrow_mut();
        let mut writer = client.copy_in(&format!("COPY {} ({columns}) FROM STDIN", table.name))?;
        writer.write_all(self.pending.as_bytes()).map_err(|e| Error::internal(format!("COPY failed: {e}")))?;
        writer.finish()?;
        self.pending.clear();
        Ok(())
    }
}

impl Drop for PgImport<'_> {
    fn drop(&mut self) {
        if self.open {
            let _ = self.client.borrow_mut().batch_execute("ROLLBACK");
        }
    }
}

/// One value in COPY's text format.
fn push_text(out: &mut String, cell: &Cell) {
    match cell {
        Cell::Null => out.push_str("\\N"),
        Cell::Bool(b) => out.push(if *b { 't' } else { 'f' }),
        Cell::Int(i) => {
            let _ = write!(out, "{i}");
        }
        Cell::Text(s) => copy_text(out, s),
    }
}

/// Text in COPY's text format: the characters that would end a value or a
/// row, and the escape character itself, escaped.
pub(crate) fn copy_text(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c => out.push(c),
        }
    }
}

impl Import for PgImport<'_> {
    fn is_empty(&self) -> CoreResult<bool> {
        sql(|| {
            let mut client = self.client.borrow_mut();
            for table in TABLES {
                let sql = format!("SELECT EXISTS (SELECT 1 FROM {})", table.name);
                if client.query_one(&sql, &[])?.try_get::<_, bool>(0)? {
                    return Ok(false);
                }
            }
            Ok(true)
        })
    }

    fn begin_table(&mut self, table: &'static Table) -> CoreResult<()> {
        self.table = Some(table);
        Ok(())
    }

    fn row(&mut self, cells: &[Cell]) -> CoreResult<()> {
        for (i, cell) in cells.iter().enumerate() {
            if i > 0 {
                self.pending.push('\t');
            }
            push_text(&mut self.pending, cell);
        }
        self.pending.push('\n');
        if self.pending.len() >= COPY_CHUNK {
            sql(|| self.flush())?;
        }
        Ok(())
    }

    fn end_table(&mut self) -> CoreResult<()> {
        sql(|| self.flush())?;
        self.table = None;
        Ok(())
    }

    fn commit(mut self: Box<Self>) -> CoreResult<()> {
        sql(|| {
            // Deferred until the commit ends this transaction.
            self.client.borrow_mut().batch_execute(&super::counts::recount_sql("true").join(";\n"))?;
            // Rows came with their ids: the identity goes on after the largest.
            self.client.borrow_mut().batch_execute(
                "SELECT setval(pg_get_serial_sequence('audit_log', 'id'), COALESCE(max(id), 0) + 1, false) FROM audit_log;
                 COMMIT",
            )?;
            self.open = false;
            Ok(())
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn copy_text_escapes_what_would_end_a_value_or_a_row() {
        let mut out = String::new();
        for cell in [Cell::Text("a\tb\nc\\d\re".into()), Cell::Null, Cell::Bool(true), Cell::Int(-7)] {
            push_text(&mut out, &cell);
            out.push('|');
        }
        assert_eq!(out, "a\\tb\\nc\\\\d\\re|\\N|t|-7|");
    }
}
