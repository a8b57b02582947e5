//! The one error type of partnerctl: a machine `code`, a one-line message,
//! structured details, and the exit code of SPEC §2.7.

use serde_json::{Map, Value};

/// Exit-code classes of SPEC §2.7.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Internal,
    Usage,
    InvalidInput,
    NotFound,
    PermissionDenied,
    /// The request contradicts the current state; the code names which rule.
    State(&'static str),
    QuotaExceeded,
    InvalidData,
    Database,
}

/// Boxed so that `Result<T>` stays small on the happy path.
#[derive(Debug, Clone)]
pub struct Error(Box<ErrorBody>);

#[derive(Debug, Clone)]
pub struct ErrorBody {
    pub kind: Kind,
    pub message: String,
    pub hint: Option<String>,
    pub details: Map<String, Value>,
    /// The kind of the I/O error this came from, if any: a closed stdout
    /// (`BrokenPipe`) is recognised by it, never by the message text.
    pub io_kind: Option<std::io::ErrorKind>,
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    pub fn new(kind: Kind, message: impl Into<String>) -> Self {
        Error(Box::new(ErrorBody { kind, message: message.into(), hint: None, details: Map::new(), io_kind: None }))
    }

    pub fn internal(message: impl Into<String>) -> Self {
        Self::new(Kind::Internal, message)
    }
    pub fn usage(message: impl Into<String>) -> Self {
        Self::new(Kind::Usage, message)
    }
    pub fn invalid_input(message: impl Into<String>) -> Self {
        Self::new(Kind::InvalidInput, message)
    }
    pub fn not_found(what: &str, reference: &str) -> Self {
        Self::new(Kind::NotFound, format!("{what} not found: {reference}"))
            .detail("entity", what)
            .detail("reference", reference)
    }
    pub fn permission_denied(permission: &str, message: impl Into<String>) -> Self {
        Self::new(Kind::PermissionDenied, message).detail("permission", permission)
    }
    /// A state conflict (exit 5); `code` is one of SPEC §2.7's codes.
    pub fn state(code: &'static str, message: impl Into<String>) -> Self {
        Self::new(Kind::State(code), message)
    }
    pub fn database(message: impl Into<String>) -> Self {
        Self::new(Kind::Database, message)
    }

    pub fn detail(mut self, key: &str, value: impl Into<Value>) -> Self {
        self.details.insert(key.to_string(), value.into());
        self
    }

    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    /// Whether this is a write to a closed pipe (`partnerctl … | head`).
    pub fn is_broken_pipe(&self) -> bool {
        self.io_kind == Some(std::io::ErrorKind::BrokenPipe)
    }

    fn from_io(kind: std::io::ErrorKind, message: String) -> Self {
        let mut err = Error::internal(message);
        err.io_kind = Some(kind);
        err
    }

    pub fn code(&self) -> &'static str {
        match self.kind {
            Kind::Internal => "internal",
            Kind::Usage => "usage",
            Kind::InvalidInput => "invalid_input",
            Kind::NotFound => "not_found",
            Kind::PermissionDenied => "permission_denied",
            Kind::State(code) => code,
            Kind::QuotaExceeded => "quota_exceeded",
            Kind::InvalidData => "invalid_data",
            Kind::Database => "database",
        }
    }

    pub fn exit_code(&self) -> u8 {
        match self.kind {
            Kind::Internal => 1,
            Kind::Usage | Kind::InvalidInput => 2,
            Kind::NotFound => 3,
            Kind::PermissionDenied => 4,
            Kind::State(_) => 5,
            Kind::QuotaExceeded => 6,
            Kind::InvalidData => 7,
            Kind::Database => 8,
        }
    }

    /// `{"error": {"code", "message", ...details}}` of SPEC §2.7.
    pub fn to_json(&self) -> Value {
        let mut body = Map::new();
        body.insert("code".into(), self.code().into());
        body.insert("message".into(), self.message.clone().into());
        for (k, v) in &self.details {
            body.insert(k.clone(), v.clone());
        }
        if let Some(hint) = &self.hint {
            body.insert("hint".into(), hint.clone().into());
        }
        serde_json::json!({ "error": body })
    }
}

impl std::ops::Deref for Error {
    type Target = ErrorBody;
    fn deref(&self) -> &ErrorBody {
        &self.0
    }
}

impl std::ops::DerefMut for Error {
    fn deref_mut(&mut self) -> &mut ErrorBody {
        &mut self.0
    }
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}

impl From<rusqlite::Error> for Error {
    fn from(err: rusqlite::Error) -> Self {
        use rusqlite::ffi::ErrorCode;
        match &err {
            rusqlite::Error::SqliteFailure(e, _) => match e.code {
                ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked => {
                    Error::database("database is busy (locked by another process past --busy-timeout)")
                        .hint("retry, or raise --busy-timeout")
                }
                ErrorCode::DatabaseCorrupt | ErrorCode::NotADatabase => {
                    Error::database(format!("database file is corrupt or not a partnerctl database: {err}"))
                }
                ErrorCode::ReadOnly => Error::database(format!("database is read-only: {err}")),
                ErrorCode::CannotOpen => Error::database(format!("cannot open database: {err}")),
                ErrorCode::ConstraintViolation => {
                    Error::state("conflict", format!("the change conflicts with existing data: {err}"))
                }
                _ => Error::database(format!("database error: {err}")),
            },
            _ => Error::internal(format!("database error: {err}")),
        }
    }
}

impl From<std::io::Error> for Error {
    fn from(err: std::io::Error) -> Self {
        Error::from_io(err.kind(), format!("I/O error: {err}"))
    }
}

impl From<serde_json::Error> for Error {
    fn from(err: serde_json::Error) -> Self {
        match err.io_error_kind() {
            Some(kind) => Error::from_io(kind, format!("I/O error: {err}")),
            None => Error::internal(format!("JSON error: {err}")),
        }
    }
}

impl From<csv::Error> for Error {
    fn from(err: csv::Error) -> Self {
        if let csv::ErrorKind::Io(io) = err.kind() {
            return Error::from_io(io.kind(), format!("I/O error: {io}"));
        }
        Error::internal(format!("CSV error: {err}"))
    }
}
