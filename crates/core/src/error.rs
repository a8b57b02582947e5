//! The one error type of the core: a kind (the classes of SPEC §2.7), a
//! machine `code`, a one-line message and structured details. Exit codes,
//! HTTP statuses and the printed envelope belong to the front-ends.

use serde_json::{Map, Value};

use crate::model::Permission;

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
    /// A uniqueness rule refuses the change (code `conflict`, exit 5).
    Conflict(Constraint),
    QuotaExceeded,
    InvalidData,
    /// The store failed (code `database`, exit 8).
    Database(Fault),
    /// A missing, unknown, expired or revoked API token (HTTP only).
    Unauthenticated,
}

/// The unique constraints the rules rely on, so that services can tell
/// which one refused a write without reading a store's message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Constraint {
    /// Rule 1: one invite per (event, receiver, inviter principal).
    InvitePerInviter,
    /// Rule 2: one credited acceptance per (event, receiver).
    CreditedAcceptance,
    /// One membership per (partner, user).
    Membership,
    /// One user per email in a tenant.
    UserEmail,
    /// Tenant slugs are unique; partner and event slugs and plan keys are
    /// unique in their tenant.
    TenantSlug,
    PartnerSlug,
    EventSlug,
    PlanKey,
    /// A record's id (ids are global keys).
    Id,
    /// Any other constraint (a check, a foreign key), or a conflict with
    /// something outside the data (an existing file).
    Other,
}

/// How a store failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fault {
    /// Another writer held the lock past the busy timeout.
    Busy,
    /// The server aborted the transaction to keep transactions serializable
    /// (SQLSTATE 40001) or to break a deadlock (40P01): running the whole
    /// transaction again may succeed.
    Retry,
    /// The data is damaged, or not a partnerctl database.
    Corrupt,
    /// The storage refuses writes.
    ReadOnly,
    /// The database cannot be opened or reached.
    Unavailable,
    /// Anything else: a schema this binary cannot use, failed checks.
    Other,
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
    /// What an outside failure (I/O, a store driver) was, for front-ends.
    pub source: Option<std::sync::Arc<dyn std::error::Error + Send + Sync>>,
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    pub fn new(kind: Kind, message: impl Into<String>) -> Self {
        Error(Box::new(ErrorBody { kind, message: message.into(), hint: None, details: Map::new(), source: None }))
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
        Self::new(Kind::NotFound, format!("{what} not found: {reference:?}"))
            .detail("entity", what)
            .detail("reference", reference)
    }
    pub fn permission_denied(permission: Permission, message: impl Into<String>) -> Self {
        Self::new(Kind::PermissionDenied, message).detail("permission", permission.as_str())
    }
    /// A state conflict (exit 5); `code` is one of SPEC §2.7's codes other
    /// than `conflict`, which names its constraint (`Error::conflict`).
    pub fn state(code: &'static str, message: impl Into<String>) -> Self {
        debug_assert_ne!(code, "conflict", "use Error::conflict");
        Self::new(Kind::State(code), message)
    }
    pub fn conflict(constraint: Constraint, message: impl Into<String>) -> Self {
        Self::new(Kind::Conflict(constraint), message)
    }
    pub fn unauthenticated(message: impl Into<String>) -> Self {
        Self::new(Kind::Unauthenticated, message)
    }
    pub fn database(message: impl Into<String>) -> Self {
        Self::database_fault(Fault::Other, message)
    }
    pub fn database_fault(fault: Fault, message: impl Into<String>) -> Self {
        Self::new(Kind::Database(fault), message)
    }

    /// `invalid_data` (exit 7) for a file with bad entries (`source`: its
    /// name; `undone`: "nothing imported"). `listed` has one line per
    /// reported entry (`line 3: …`) and `errors` the same as records, for
    /// the details. The message and the hint stay within five lines on a
    /// terminal: one entry goes into the message, up to three into the hint,
    /// beyond that two and how many more; the details carry all reported.
    pub fn invalid_entries(
        source: &str,
        undone: &str,
        fix: &str,
        listed: &[String],
        total: u64,
        errors: Vec<Value>,
    ) -> Self {
        const SHOWN: usize = 3;
        let problems = if total == 1 { "problem" } else { "problems" };
        let mut message = format!("{source}: {total} {problems}, {undone}");
        let mut hint = None;
        match listed {
            [only] if total == 1 => message.push_str(&format!("; {only}")),
            _ => {
                let shown = if total as usize <= SHOWN { SHOWN } else { SHOWN - 1 };
                let mut lines: Vec<String> = listed.iter().take(shown).map(|l| format!("  {l}")).collect();
                let more = total.saturating_sub(lines.len() as u64);
                if more > 0 {
                    lines.push(format!("  … and {more} more (--format json lists the first {})", listed.len()));
                }
                hint = Some(format!("{fix}:\n{}", lines.join("\n")));
            }
        }
        let error = Self::new(Kind::InvalidData, message).detail("errors", errors).detail("error_count", total);
        match hint {
            Some(hint) => error.hint(hint),
            None => error,
        }
    }

    pub fn detail(mut self, key: &str, value: impl Into<Value>) -> Self {
        self.details.insert(key.to_string(), value.into());
        self
    }

    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    pub fn code(&self) -> &'static str {
        match self.kind {
            Kind::Internal => "internal",
            Kind::Usage => "usage",
            Kind::InvalidInput => "invalid_input",
            Kind::NotFound => "not_found",
            Kind::PermissionDenied => "permission_denied",
            Kind::State(code) => code,
            Kind::Conflict(_) => "conflict",
            Kind::QuotaExceeded => "quota_exceeded",
            Kind::InvalidData => "invalid_data",
            Kind::Database(_) => "database",
            Kind::Unauthenticated => "unauthenticated",
        }
    }

    /// The error this one came from, when it came from outside the core
    /// (an I/O error of a front-end's callback, a store's driver error).
    pub fn source_error(&self) -> Option<&(dyn std::error::Error + Send + Sync + 'static)> {
        self.source.as_deref()
    }

    /// Keeps `source` behind this error, for front-ends that must tell
    /// kinds of outside failures apart (a closed stdout, say).
    pub fn with_source(mut self, source: impl std::error::Error + Send + Sync + 'static) -> Self {
        self.source = Some(std::sync::Arc::new(source));
        self
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

impl From<std::io::Error> for Error {
    fn from(err: std::io::Error) -> Self {
        Error::internal(format!("I/O error: {err}")).with_source(err)
    }
}

impl From<serde_json::Error> for Error {
    fn from(err: serde_json::Error) -> Self {
        let message = if err.io_error_kind().is_some() { "I/O" } else { "JSON" };
        Error::internal(format!("{message} error: {err}")).with_source(err)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_conflicts_and_faults_keep_the_codes_of_spec_2_7() {
        for constraint in [Constraint::CreditedAcceptance, Constraint::Id, Constraint::Other] {
            assert_eq!(Error::conflict(constraint, "x").code(), "conflict");
        }
        for fault in [Fault::Busy, Fault::Retry, Fault::Corrupt, Fault::ReadOnly, Fault::Unavailable, Fault::Other] {
            assert_eq!(Error::database_fault(fault, "x").code(), "database");
        }
        assert_eq!(Error::database("x").kind, Kind::Database(Fault::Other));
    }
}
