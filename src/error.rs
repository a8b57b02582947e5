//! How the command line reports the core's errors: the exit codes and the
//! JSON error object of SPEC §2.7, and the one failure that is no error
//! (a reader closing stdout early).

use serde_json::{Map, Value};

pub use partnerctl_core::error::{Constraint, Error, Kind, Result};

/// The exit code of SPEC §2.7 for an error's kind.
pub fn exit_code(err: &Error) -> u8 {
    match err.kind {
        Kind::Internal => 1,
        Kind::Usage | Kind::InvalidInput => 2,
        Kind::NotFound => 3,
        // Only the HTTP API refuses a token; were the CLI to meet it, it is a denial.
        Kind::PermissionDenied | Kind::Unauthenticated => 4,
        Kind::State(_) | Kind::Conflict(_) => 5,
        Kind::QuotaExceeded => 6,
        Kind::InvalidData => 7,
        Kind::Database(_) => 8,
    }
}

/// `{"error": {"code", "message", ...details}}` of SPEC §2.7.
pub fn to_json(err: &Error) -> Value {
    let mut body = Map::new();
    body.insert("code".into(), err.code().into());
    body.insert("message".into(), err.message.clone().into());
    for (k, v) in &err.details {
        body.insert(k.clone(), v.clone());
    }
    // Every conflict names the record in the way (SPEC §2.2); one a store's
    // constraint reported, without a service knowing which, names none.
    if err.code() == "conflict" {
        body.entry("existing_id").or_insert(Value::Null);
    }
    if let Some(hint) = &err.hint {
        body.insert("hint".into(), hint.clone().into());
    }
    serde_json::json!({ "error": body })
}

/// Whether `err` is a write to a closed pipe (`partnerctl … | head`),
/// told by the I/O error's kind, never by its text.
pub fn is_broken_pipe(err: &Error) -> bool {
    let Some(source) = err.source_error() else { return false };
    let kind = if let Some(io) = source.downcast_ref::<std::io::Error>() {
        Some(io.kind())
    } else if let Some(json) = source.downcast_ref::<serde_json::Error>() {
        json.io_error_kind()
    } else if let Some(csv) = source.downcast_ref::<csv::Error>() {
        match csv.kind() {
            csv::ErrorKind::Io(io) => Some(io.kind()),
            _ => None,
        }
    } else {
        None
    };
    kind == Some(std::io::ErrorKind::BrokenPipe)
}

/// A CSV error as the core's: I/O problems keep their source (a closed
/// stdout is no error), the rest are bugs.
pub fn from_csv(err: csv::Error) -> Error {
    let message = match err.kind() {
        csv::ErrorKind::Io(io) => format!("I/O error: {io}"),
        _ => format!("CSV error: {err}"),
    };
    Error::internal(message).with_source(err)
}
