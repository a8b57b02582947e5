//! Errors inside the SQLite store: rusqlite's, or the core's passed through.
//! Every store method returns the core's error; `sql` runs a method body and
//! classifies SQLite's failures (busy, corrupt, read-only, constraint) into
//! the core's kinds, so the core never sees rusqlite.

use partnerctl_core::error::Kind;
pub use partnerctl_core::error::{Error, Result as CoreResult};

/// An error inside the store.
#[derive(Debug)]
pub enum SqlError {
    Sql(rusqlite::Error),
    Core(Error),
}

pub type Result<T, E = SqlError> = std::result::Result<T, E>;

impl From<rusqlite::Error> for SqlError {
    fn from(err: rusqlite::Error) -> Self {
        SqlError::Sql(err)
    }
}

impl From<Error> for SqlError {
    fn from(err: Error) -> Self {
        SqlError::Core(err)
    }
}

impl From<serde_json::Error> for SqlError {
    fn from(err: serde_json::Error) -> Self {
        SqlError::Core(err.into())
    }
}

impl From<std::io::Error> for SqlError {
    fn from(err: std::io::Error) -> Self {
        SqlError::Core(err.into())
    }
}

/// Runs the body of a store method.
pub fn sql<T>(body: impl FnOnce() -> Result<T>) -> CoreResult<T> {
    body().map_err(Error::from)
}

impl From<SqlError> for Error {
    fn from(err: SqlError) -> Self {
        match err {
            SqlError::Core(e) => e,
            SqlError::Sql(e) => classify(e),
        }
    }
}

fn classify(err: rusqlite::Error) -> Error {
    use rusqlite::ffi::ErrorCode;
    // A column the core refused as corrupt (a malformed stored time) keeps the core's error.
    if let rusqlite::Error::FromSqlConversionFailure(_, _, cause) = &err {
        if let Some(core) = cause.downcast_ref::<Error>().filter(|e| e.kind == Kind::Database) {
            return core.clone();
        }
    }
    let message = err.to_string();
    let classified = match &err {
        rusqlite::Error::SqliteFailure(e, _) => match e.code {
            ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked => {
                Error::database("database is busy (locked by another process past --busy-timeout)")
                    .hint("retry, or raise --busy-timeout")
            }
            ErrorCode::DatabaseCorrupt | ErrorCode::NotADatabase => {
                Error::database(format!("database file is corrupt or not a partnerctl database: {message}"))
            }
            ErrorCode::ReadOnly => Error::database(format!("database is read-only: {message}")),
            ErrorCode::CannotOpen => Error::database(format!("cannot open database: {message}")),
            ErrorCode::ConstraintViolation => {
                Error::state("conflict", format!("the change conflicts with existing data: {message}"))
            }
            _ => Error::database(format!("database error: {message}")),
        },
        _ => Error::internal(format!("database error: {message}")),
    };
    classified.with_source(err)
}
