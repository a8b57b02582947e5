//! Raw, read-only SQL on the system under test's database, for the checks,
//! on either backend: a second connection beside the store's. The checks
//! write one SQL text for both engines: `$1` placeholders (rewritten to
//! SQLite's `?1`), flags tested as booleans (`WHERE credited_acceptance`,
//! `count(*) FILTER (WHERE …)`), subqueries named.

use super::*;

pub enum Reader {
    Sqlite(Connection),
    /// `postgres::Client` queries through `&mut`; the checks hold a `&Sut`.
    Postgres(Box<RefCell<PgReader>>),
}

/// A connection and its prepared statements: the checks run the same few
/// queries after every step, and preparing each again would double their
/// round trips.
pub struct PgReader {
    client: postgres::Client,
    statements: HashMap<String, postgres::Statement>,
}

/// A query argument.
pub enum Arg<'a> {
    Text(&'a str),
    Int(i64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(text: &'a str) -> Self {
        Arg::Text(text)
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(text: &'a String) -> Self {
        Arg::Text(text)
    }
}

impl From<i64> for Arg<'_> {
    fn from(n: i64) -> Self {
        Arg::Int(n)
    }
}

impl rusqlite::ToSql for Arg<'_> {
    fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        match self {
            Arg::Text(text) => text.to_sql(),
            Arg::Int(n) => n.to_sql(),
        }
    }
}

/// `[a, b, …]` as query arguments.
macro_rules! args {
    ($($arg:expr),* $(,)?) => { &[$(Arg::from($arg)),*] };
}
pub(crate) use args;

/// A stored value as read.
#[derive(Debug)]
enum Cell {
    Null,
    Int(i64),
    Bool(bool),
    Text(String),
}

/// One result row; its getters panic on a value of another type, so a
/// check cannot read a wrongly typed column as the value it expects.
pub struct Row(Vec<Cell>);

impl Row {
    pub fn text(&self, i: usize) -> String {
        self.opt_text(i).unwrap_or_else(|| panic!("column {i} is NULL, not text"))
    }

    pub fn opt_text(&self, i: usize) -> Option<String> {
        match &self.0[i] {
            Cell::Null => None,
            Cell::Text(text) => Some(text.clone()),
            other => panic!("column {i} is {other:?}, not text"),
        }
    }

    pub fn int(&self, i: usize) -> i64 {
        match self.0[i] {
            Cell::Int(n) => n,
            ref other => panic!("column {i} is {other:?}, not an integer"),
        }
    }

    /// A BOOLEAN on PostgreSQL, 0 or 1 on SQLite (any other value is a fault).
    pub fn flag(&self, i: usize) -> bool {
        match self.0[i] {
            Cell::Bool(b) => b,
            Cell::Int(0) => false,
            Cell::Int(1) => true,
            ref other => panic!("column {i} is {other:?}, not a flag"),
        }
    }
}

impl Reader {
    pub fn sqlite(path: &std::path::Path) -> Reader {
        Reader::Sqlite(Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY).expect("reader"))
    }

    pub fn postgres(url: &str) -> Reader {
        let mut client = postgres::Client::connect(url, postgres::NoTls).expect("reader");
        client.batch_execute("SET default_transaction_read_only = on").expect("a read-only reader");
        Reader::Postgres(Box::new(RefCell::new(PgReader { client, statements: HashMap::new() })))
    }

    pub fn rows(&self, sql: &str, args: &[Arg]) -> Vec<Row> {
        let failed = |e: &dyn fmt::Display| -> ! { panic!("{e}\nin {sql}") };
        match self {
            Reader::Sqlite(conn) => {
                // The checks' SQL holds no `$` but in placeholders.
                let mut stmt = conn.prepare_cached(&sql.replace('$', "?")).unwrap_or_else(|e| failed(&e));
                let width = stmt.column_count();
                let mut rows = stmt.query(rusqlite::params_from_iter(args)).unwrap_or_else(|e| failed(&e));
                let mut all = Vec::new();
                while let Some(row) = rows.next().unwrap_or_else(|e| failed(&e)) {
                    all.push(Row((0..width).map(|i| sqlite_cell(row.get_ref_unwrap(i))).collect()));
                }
                all
            }
            Reader::Postgres(reader) => {
                let PgReader { client, statements } = &mut *reader.borrow_mut();
                let statement = match statements.get(sql) {
                    Some(statement) => statement.clone(),
                    None => {
                        let statement = client.prepare(sql).unwrap_or_else(|e| failed(&e));
                        statements.entry(sql.to_string()).or_insert(statement).clone()
                    }
                };
                let params: Vec<&(dyn postgres::types::ToSql + Sync)> = args
                    .iter()
                    .map(|arg| match arg {
                        Arg::Text(text) => text as &(dyn postgres::types::ToSql + Sync),
                        Arg::Int(n) => n,
                    })
                    .collect();
                let rows = client.query(&statement, &params).unwrap_or_else(|e| failed(&e));
                rows.iter().map(|row| Row((0..row.len()).map(|i| postgres_cell(row, i)).collect())).collect()
            }
        }
    }

    /// The only row of the result.
    pub fn row(&self, sql: &str, args: &[Arg]) -> Row {
        let mut rows = self.rows(sql, args);
        assert_eq!(rows.len(), 1, "expected one row from {sql}");
        rows.pop().unwrap()
    }

    /// The integer the query selects.
    pub fn int(&self, sql: &str, args: &[Arg]) -> i64 {
        self.row(sql, args).int(0)
    }
}

fn sqlite_cell(value: rusqlite::types::ValueRef) -> Cell {
    use rusqlite::types::ValueRef;
    match value {
        ValueRef::Null => Cell::Null,
        ValueRef::Integer(n) => Cell::Int(n),
        ValueRef::Text(bytes) => Cell::Text(String::from_utf8(bytes.to_vec()).expect("UTF-8 text")),
        other => panic!("unexpected SQLite value {other:?}"),
    }
}

fn postgres_cell(row: &postgres::Row, i: usize) -> Cell {
    use postgres::types::Type;
    let cell = match row.columns()[i].type_() {
        &Type::TEXT | &Type::VARCHAR => row.get::<_, Option<String>>(i).map(Cell::Text),
        &Type::INT8 => row.get::<_, Option<i64>>(i).map(Cell::Int),
        &Type::INT4 => row.get::<_, Option<i32>>(i).map(|n| Cell::Int(n.into())),
        &Type::BOOL => row.get::<_, Option<bool>>(i).map(Cell::Bool),
        other => panic!("unexpected PostgreSQL type {other} of column {i}"),
    };
    cell.unwrap_or(Cell::Null)
}
