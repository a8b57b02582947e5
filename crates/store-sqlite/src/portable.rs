//! `db copy` on SQLite: the whole file read in one snapshot, or loaded into
//! an empty file in one `BEGIN IMMEDIATE` transaction (SPEC §3.3).

use rusqlite::types::{ToSqlOutput, Value};
use rusqlite::{Connection, ToSql};

use crate::error::{sql, CoreResult, Result};
use partnerctl_core::portable::{Cell, ColumnType, Export, Import, Table, TABLES};

/// A read transaction over the whole file; dropping it ends the snapshot.
pub(crate) struct SqliteExport<'c> {
    conn: &'c Connection,
}

impl<'c> SqliteExport<'c> {
    pub(crate) fn begin(conn: &'c Connection) -> Result<SqliteExport<'c>> {
        conn.execute_batch("BEGIN")?;
        // A deferred transaction takes its snapshot at its first read.
        conn.query_row("SELECT count(*) FROM tenants", [], |_| Ok(()))?;
        Ok(SqliteExport { conn })
    }
}

impl Drop for SqliteExport<'_> {
    fn drop(&mut self) {
        let _ = self.conn.execute_batch("ROLLBACK");
    }
}

fn select(table: &Table) -> String {
    let columns = table.column_names().collect::<Vec<_>>().join(", ");
    format!("SELECT {columns} FROM {} ORDER BY {}", table.name, table.key.join(", "))
}

impl Export for SqliteExport<'_> {
    fn count(&self, table: &Table) -> CoreResult<u64> {
        sql(|| Ok(self.conn.query_row(&format!("SELECT count(*) FROM {}", table.name), [], |r| r.get(0))?))
    }

    fn rows(&self, table: &Table, each: &mut dyn FnMut(&[Cell]) -> CoreResult<()>) -> CoreResult<()> {
        sql(|| {
            let mut stmt = self.conn.prepare(&select(table))?;
            let mut rows = stmt.query([])?;
            let mut cells = Vec::with_capacity(table.columns.len());
            while let Some(row) = rows.next()? {
                cells.clear();
                for (i, (_, kind)) in table.columns.iter().enumerate() {
                    cells.push(match kind {
                        ColumnType::Text => row.get::<_, Option<String>>(i)?.map_or(Cell::Null, Cell::Text),
                        ColumnType::Bool => row.get::<_, Option<bool>>(i)?.map_or(Cell::Null, Cell::Bool),
                        ColumnType::Int => row.get::<_, Option<i64>>(i)?.map_or(Cell::Null, Cell::Int),
                    });
                }
                each(&cells)?;
            }
            Ok(())
        })
    }
}

/// A write transaction filling an empty file.
pub(crate) struct SqliteImport<'c> {
    conn: &'c Connection,
    insert: Option<String>,
    open: bool,
}

impl<'c> SqliteImport<'c> {
    pub(crate) fn begin(conn: &'c Connection) -> Result<SqliteImport<'c>> {
        conn.execute_batch("BEGIN IMMEDIATE")?;
        Ok(SqliteImport { conn, insert: None, open: true })
    }
}

impl Drop for SqliteImport<'_> {
    fn drop(&mut self) {
        if self.open {
            let _ = self.conn.execute_batch("ROLLBACK");
        }
    }
}

struct Param<'a>(&'a Cell);

impl ToSql for Param<'_> {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(match self.0 {
            Cell::Null => ToSqlOutput::Owned(Value::Null),
            Cell::Text(s) => ToSqlOutput::from(s.as_str()),
            Cell::Bool(b) => ToSqlOutput::Owned(Value::Integer(i64::from(*b))),
            Cell::Int(i) => ToSqlOutput::Owned(Value::Integer(*i)),
        })
    }
}

impl Import for SqliteImport<'_> {
    fn is_empty(&self) -> CoreResult<bool> {
        sql(|| {
            for table in TABLES {
                let sql = format!("SELECT EXISTS (SELECT 1 FROM {})", table.name);
                if self.conn.query_row(&sql, [], |r| r.get::<_, bool>(0))? {
                    return Ok(false);
                }
            }
            Ok(true)
        })
    }

    fn begin_table(&mut self, table: &'static Table) -> CoreResult<()> {
        let columns = table.column_names().collect::<Vec<_>>().join(", ");
        let params = (1..=table.columns.len()).map(|i| format!("?{i}")).collect::<Vec<_>>().join(", ");
        self.insert = Some(format!("INSERT INTO {} ({columns}) VALUES ({params})", table.name));
        Ok(())
    }

    fn row(&mut self, cells: &[Cell]) -> CoreResult<()> {
        sql(|| {
            let insert = self.insert.as_deref().expect("begin_table comes first");
            let mut stmt = self.conn.prepare_cached(insert)?;
            stmt.execute(rusqlite::params_from_iter(cells.iter().map(Param)))?;
            Ok(())
        })
    }

    fn end_table(&mut self) -> CoreResult<()> {
        self.insert = None;
        Ok(())
    }

    fn commit(mut self: Box<Self>) -> CoreResult<()> {
        sql(|| {
            self.conn.execute_batch("COMMIT")?;
            self.open = false;
            Ok(())
        })
    }
}
