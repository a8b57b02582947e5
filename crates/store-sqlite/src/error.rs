//! Errors inside the SQLite store: rusqlite's, or the core's passed through.
//! Every store method returns the core's error; `sql` runs a method body and
//! classifies SQLite's failures (busy, corrupt, read-only, constraint) into
//! the core's kinds, so the core never sees rusqlite.

use partnerctl_core::error::Kind;
pub use partnerctl_core::error::{Constraint, Error, Fault, Result as CoreResult};

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
        if let Some(core) = cause.downcast_ref::<Error>().filter(|e| matches!(e.kind, Kind::Database(_))) {
            return core.clone();
        }
    }
    let message = err.to_string();
    let classified = match &err {
        rusqlite::Error::SqliteFailure(e, detail) => match e.code {
            ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked => {
                Error::database_fault(Fault::Busy, "database is busy (locked by another process past --busy-timeout)")
                    .hint("retry, or raise --busy-timeout")
            }
            ErrorCode::DatabaseCorrupt | ErrorCode::NotADatabase => Error::database_fault(
                Fault::Corrupt,
                format!("database file is corrupt or not a partnerctl database: {message}"),
            ),
            ErrorCode::ReadOnly => Error::database_fault(Fault::ReadOnly, format!("database is read-only: {message}")),
            ErrorCode::CannotOpen => {
                Error::database_fault(Fault::Unavailable, format!("cannot open database: {message}"))
            }
            ErrorCode::ConstraintViolation => Error::conflict(
                constraint(detail.as_deref()),
                format!("the change conflicts with existing data: {message}"),
            ),
            _ => Error::database(format!("database error: {message}")),
        },
        _ => Error::internal(format!("database error: {message}")),
    };
    classified.with_source(err)
}

/// The unique constraints of migrations/sqlite by the columns SQLite names
/// in "UNIQUE constraint failed: t.a, t.b" (it names an index only when the
/// index is on expressions, and none is). Primary keys fail the same way.
const UNIQUE_KEYS: &[(&str, Constraint)] = &[
    (
        "invites.event_id, invites.receiver_user_id, invites.inviter_kind, invites.inviter_id",
        Constraint::InvitePerInviter,
    ),
    ("invites.event_id, invites.receiver_user_id", Constraint::CreditedAcceptance),
    ("partner_memberships.partner_id, partner_memberships.user_id", Constraint::Membership),
    ("users.tenant_id, users.email", Constraint::UserEmail),
    ("tenants.slug", Constraint::TenantSlug),
    ("partners.tenant_id, partners.slug", Constraint::PartnerSlug),
    ("events.tenant_id, events.slug", Constraint::EventSlug),
    ("plans.tenant_id, plans.key", Constraint::PlanKey),
    ("tenants.id", Constraint::Id),
    ("users.id", Constraint::Id),
    ("partners.id", Constraint::Id),
    ("partner_memberships.id", Constraint::Id),
    ("events.id", Constraint::Id),
    ("invites.id", Constraint::Id),
    ("api_tokens.id", Constraint::Id),
];

/// Which constraint SQLite's message names; checks, foreign keys and the
/// keys written only by upserts are `Other`.
fn constraint(message: Option<&str>) -> Constraint {
    let columns = message.and_then(|m| m.strip_prefix("UNIQUE constraint failed: "));
    UNIQUE_KEYS.iter().find(|(key, _)| Some(*key) == columns).map_or(Constraint::Other, |&(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::SqliteStore;
    use partnerctl_core::error::Kind;

    /// Unique keys that only upserts or `INSERT OR IGNORE` write, or that
    /// hold random values: no rule needs to tell them apart.
    const OTHER_KEYS: &[&str] = &[
        "tenant_settings.tenant_id, tenant_settings.key",
        "plan_limits.tenant_id, plan_limits.plan_key, plan_limits.limit_key",
        "event_managers.event_id, event_managers.partner_id",
        "partner_memberships.invite_code_hash",
        "api_tokens.secret_hash",
        // Counter rows, written only by triggers' upserts and recounts.
        "invite_counts_by_inviter.event_id, invite_counts_by_inviter.inviter_kind, invite_counts_by_inviter.inviter_id",
        "invite_counts_by_issuer.event_id, invite_counts_by_issuer.issued_by_user_id",
        "host_counts_by_inviter.host_partner_id, host_counts_by_inviter.inviter_kind, host_counts_by_inviter.inviter_id",
        "host_counts_by_issuer.host_partner_id, host_counts_by_issuer.issued_by_user_id",
    ];

    #[test]
    fn every_unique_key_of_the_schema_is_named_or_deliberately_other() {
        let store = SqliteStore::open_in_memory().unwrap();
        let mut stmt = store
            .conn
            .prepare(
                "SELECT t.name, group_concat(t.name || '.' || c.name, ', ')
                 FROM sqlite_master t, pragma_index_list(t.name) l, pragma_index_info(l.name) c
                 WHERE t.type = 'table' AND l.\"unique\" = 1 GROUP BY t.name, l.name ORDER BY t.name, l.name",
            )
            .unwrap();
        let keys: Vec<String> = stmt.query_map([], |r| r.get(1)).unwrap().map(|r| r.unwrap()).collect();
        assert!(keys.len() > UNIQUE_KEYS.len(), "{keys:?}");
        for key in &keys {
            let named = UNIQUE_KEYS.iter().any(|(k, _)| k == key);
            assert!(named != OTHER_KEYS.contains(&key.as_str()), "{key}: name it in UNIQUE_KEYS or OTHER_KEYS");
        }
        for (key, _) in UNIQUE_KEYS {
            assert!(keys.contains(&key.to_string()), "{key} is no unique key of the schema");
        }
    }

    #[test]
    fn a_violation_names_its_constraint_and_keeps_its_message() {
        let store = SqliteStore::open_in_memory().unwrap();
        store.conn.execute_batch("PRAGMA foreign_keys = OFF").unwrap();
        let run = |sql: &str| store.conn.execute_batch(sql).map_err(|e| Error::from(SqlError::from(e)));
        let invite = |id: &str, inviter: &str, credited: bool| {
            let status = if credited { "accepted" } else { "pending" };
            format!(
                "INSERT INTO invites (id, tenant_id, event_id, receiver_user_id, inviter_kind, inviter_id,
                     issued_by_user_id, status, credited_acceptance, created_at, updated_at)
                 VALUES ('{id}', 't', 'e', 'r', 'partner', '{inviter}', 'u', '{status}', {credited}, 'x', 'x')"
            )
        };
        run(&invite("i1", "p1", true)).unwrap();
        let cases = [
            (invite("i1", "p2", false), Constraint::Id),
            (invite("i2", "p1", false), Constraint::InvitePerInviter),
            (invite("i2", "p2", true), Constraint::CreditedAcceptance),
            (
                "INSERT INTO users (id, tenant_id, email, display_name, created_at) VALUES
                     ('u1', 't', 'a@b.c', 'A', 'x'), ('u2', 't', 'a@b.c', 'A', 'x')"
                    .to_string(),
                Constraint::UserEmail,
            ),
            (invite("i3", "p3", false).replace("'r'", "'u'"), Constraint::Other),
        ];
        for (sql, constraint) in cases {
            let err = run(&sql).unwrap_err();
            assert_eq!(err.kind, Kind::Conflict(constraint), "{err}");
            assert_eq!(err.code(), "conflict");
            assert!(err.message.starts_with("the change conflicts with existing data: "), "{err}");
        }
    }
}
