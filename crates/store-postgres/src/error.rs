//! Errors inside the PostgreSQL store: the driver's, or the core's passed
//! through. As in the SQLite store, every method body runs in `sql(|| …)`,
//! which classifies the server's SQLSTATEs into the core's kinds.

use partnerctl_core::error::Kind;
pub use partnerctl_core::error::{Constraint, Error, Fault, Result as CoreResult};
use postgres::error::SqlState;

/// An error inside the store.
#[derive(Debug)]
pub enum PgError {
    Pg(postgres::Error),
    Core(Error),
}

pub type Result<T, E = PgError> = std::result::Result<T, E>;

impl From<postgres::Error> for PgError {
    fn from(err: postgres::Error) -> Self {
        PgError::Pg(err)
    }
}

impl From<Error> for PgError {
    fn from(err: Error) -> Self {
        PgError::Core(err)
    }
}

/// Runs the body of a store method.
pub fn sql<T>(body: impl FnOnce() -> Result<T>) -> CoreResult<T> {
    body().map_err(Error::from)
}

impl From<PgError> for Error {
    fn from(err: PgError) -> Self {
        match err {
            PgError::Core(e) => e,
            PgError::Pg(e) => classify(e),
        }
    }
}

fn classify(err: postgres::Error) -> Error {
    // A column the core refused as corrupt (a malformed stored time) keeps the core's error.
    if let Some(core) = std::error::Error::source(&err)
        .and_then(|cause| cause.downcast_ref::<Error>())
        .filter(|e| matches!(e.kind, Kind::Database(_)))
    {
        return core.clone();
    }
    let Some(db) = err.as_db_error() else {
        let classified = if err.is_closed() || std::error::Error::source(&err).is_some_and(|c| c.is::<std::io::Error>())
        {
            Error::database_fault(Fault::Unavailable, format!("lost the connection to the PostgreSQL server: {err}"))
        } else {
            Error::internal(format!("database error: {err}"))
        };
        return classified.with_source(err);
    };
    let message = db.message().to_string();
    let code = db.code();
    let classified = if *code == SqlState::LOCK_NOT_AVAILABLE {
        Error::database_fault(Fault::Busy, "database is busy (locked by another client past --busy-timeout)")
            .hint("retry, or raise --busy-timeout")
    } else if *code == SqlState::T_R_SERIALIZATION_FAILURE || *code == SqlState::T_R_DEADLOCK_DETECTED {
        Error::database_fault(Fault::Retry, format!("the server aborted the transaction: {message}"))
    } else if *code == SqlState::UNIQUE_VIOLATION {
        Error::conflict(constraint(db.constraint()), format!("the change conflicts with existing data: {message}"))
    } else if code.code().starts_with("23") {
        Error::conflict(Constraint::Other, format!("the change conflicts with existing data: {message}"))
    } else if *code == SqlState::READ_ONLY_SQL_TRANSACTION {
        Error::database_fault(Fault::ReadOnly, format!("database is read-only: {message}"))
    } else if code.code().starts_with("08") || code.code().starts_with("57P") || code.code().starts_with("28") {
        Error::database_fault(Fault::Unavailable, format!("PostgreSQL server unavailable: {message}"))
    } else if *code == SqlState::DATA_CORRUPTED || *code == SqlState::INDEX_CORRUPTED {
        Error::database_fault(Fault::Corrupt, format!("database is corrupt: {message}"))
    } else {
        Error::database(format!("database error: {message}"))
    };
    classified.with_source(err)
}

/// The unique constraints of migrations/postgres by the names PostgreSQL
/// gives them (`<table>_<columns>_key`, `<table>_pkey`, or the index name).
pub(crate) const UNIQUE_KEYS: &[(&str, Constraint)] = &[
    ("invites_unique_per_inviter", Constraint::InvitePerInviter),
    ("invites_one_credited", Constraint::CreditedAcceptance),
    ("partner_memberships_partner_id_user_id_key", Constraint::Membership),
    ("users_tenant_id_email_key", Constraint::UserEmail),
    ("tenants_slug_key", Constraint::TenantSlug),
    ("partners_tenant_id_slug_key", Constraint::PartnerSlug),
    ("events_tenant_id_slug_key", Constraint::EventSlug),
    ("plans_pkey", Constraint::PlanKey),
    ("tenants_pkey", Constraint::Id),
    ("users_pkey", Constraint::Id),
    ("partners_pkey", Constraint::Id),
    ("partner_memberships_pkey", Constraint::Id),
    ("events_pkey", Constraint::Id),
    // Holds the primary key's ids with their tenant (migration 0006): only a
    // taken id can collide in it.
    ("events_tenant_id_id_key", Constraint::Id),
    ("invites_pkey", Constraint::Id),
    ("api_tokens_pkey", Constraint::Id),
];

/// Unique keys that only upserts or `ON CONFLICT DO NOTHING` write, or that
/// hold random values or generated ids: no rule needs to tell them apart.
#[cfg(test)]
pub(crate) const OTHER_KEYS: &[&str] = &[
    "tenant_settings_pkey",
    "plan_limits_pkey",
    "event_managers_pkey",
    "partner_memberships_invite_code_hash_key",
    "audit_log_pkey",
    "api_tokens_secret_hash_key",
    // Counter rows, written only by triggers' upserts and recounts.
    "invite_counts_by_inviter_pkey",
    "invite_counts_by_issuer_pkey",
    "host_counts_by_inviter_pkey",
    "host_counts_by_issuer_pkey",
];

fn constraint(name: Option<&str>) -> Constraint {
    UNIQUE_KEYS.iter().find(|(key, _)| Some(*key) == name).map_or(Constraint::Other, |&(_, c)| c)
}
