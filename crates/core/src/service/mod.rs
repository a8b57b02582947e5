//! The service layer: every rule, permission check and transaction. One
//! function per use case; each opens its own transaction, checks permission
//! before any state rule, and writes its audit row in the same transaction.
//! Nothing here knows about clap, terminals or output formats.

pub mod access;
pub mod access_check;
pub mod access_who;
pub mod apply;
pub mod audit;
pub mod db;
pub mod event;
pub mod existing;
pub mod home;
pub mod import;
pub mod invite;
pub mod limits;
pub mod member;
pub mod metrics;
pub mod names;
pub mod partner;
pub mod plan;
pub mod principal;
pub mod suggest;
pub mod tenant;
pub mod token;
pub mod user;
pub mod whoami;

use chrono_tz::Tz;
use serde_json::Value;
use unicode_normalization::UnicodeNormalization;

use crate::error::{Error, Fault, Kind, Result};
use crate::model::{AuditAction, Permission, Tenant, User};
use crate::store::{NewAudit, Store, Tx};
use crate::time::{self, Timestamp};

/// Who runs a command (SPEC §1.8).
#[derive(Debug, Clone)]
pub enum Actor {
    /// No `--as`: whoever holds the database file, with full rights.
    Operator {
        name: String,
    },
    User(User),
}

impl Actor {
    pub fn user(&self) -> Option<&User> {
        match self {
            Actor::User(u) => Some(u),
            Actor::Operator { .. } => None,
        }
    }

    /// Operator or landlord: every partner permission in the tenant.
    pub fn is_privileged(&self) -> bool {
        match self {
            Actor::Operator { .. } => true,
            Actor::User(u) => u.landlord,
        }
    }

    /// How the audit log names this actor.
    pub fn label(&self) -> String {
        match self {
            Actor::Operator { name } => format!("operator:{name}"),
            Actor::User(u) => u.email.clone(),
        }
    }
}

/// Who a front-end says acts. The core assumes nobody: a front-end names
/// the operator explicitly (the CLI, when `--as` is absent), so one that
/// forgets to name an actor gets every use case refused, not full rights.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Acting {
    /// The operator of SPEC §1.8, named by its OS account for the audit log.
    Operator { name: String },
    /// A user of the tenant, by email or id (`--as`).
    User(String),
}

/// Per-command inputs that every use case shares.
pub struct Ctx<'s> {
    pub store: &'s dyn Store,
    pub now: Timestamp,
    /// `--tenant`: slug or id.
    pub tenant: Option<String>,
    /// Who acts; `None` refuses every use case.
    pub actor: Option<Acting>,
}

/// The resolved tenant and actor of one transaction.
#[derive(Debug, Clone)]
pub struct Scope {
    pub tenant: Tenant,
    pub tz: Tz,
    pub actor: Actor,
}

/// One audit row; `Ctx::write` fills in tenant, time and actor.
pub struct Audit {
    /// What happened; the action also names the kind of its target.
    pub action: AuditAction,
    pub target_id: Option<String>,
    pub partner_id: Option<String>,
    pub details: Value,
}

/// What the body of a write use case decided.
pub enum Outcome<T> {
    /// A mutation: its audit row is written, then the transaction commits.
    Changed(T, Audit),
    /// An idempotent no-op (or a run that changed nothing): commits, no audit row.
    Unchanged(T),
    /// Whatever the body wrote is rolled back (a dry run).
    Discarded(T),
}

impl<'s> Ctx<'s> {
    /// The same store and tenant, with `actor` acting at `now`.
    pub fn acting(&self, actor: Acting, now: Timestamp) -> Ctx<'s> {
        Ctx { store: self.store, now, tenant: self.tenant.clone(), actor: Some(actor) }
    }

    /// The same store, tenant and actor at `now`.
    pub fn at(&self, now: Timestamp) -> Ctx<'s> {
        Ctx { store: self.store, now, tenant: self.tenant.clone(), actor: self.actor.clone() }
    }

    /// A read use case: one read transaction, tenant and actor resolved,
    /// then `body` (run again if the server aborts the snapshot, as `write`).
    pub fn read<T>(&self, mut body: impl FnMut(&dyn Tx, &Scope) -> Result<T>) -> Result<T> {
        self.retrying(|| {
            let tx = self.store.read()?;
            let scope = self.scope(&*tx)?;
            body(&*tx, &scope)
        })
    }

    /// A write use case: one write transaction (holding the write lock from
    /// its start, so check-then-write rules hold), tenant and actor
    /// resolved, then `body`; a change gets its audit row in the same
    /// transaction, which then commits. An error rolls everything back.
    ///
    /// A transaction the server aborted to stay serializable (or to break a
    /// deadlock) is run again from the start, a bounded number of times:
    /// `body` must not print, and reads the clock only as `self.now`, so
    /// every attempt decides on the same inputs.
    pub fn write<T>(&self, mut body: impl FnMut(&dyn Tx, &Scope) -> Result<Outcome<T>>) -> Result<T> {
        self.retrying(|| {
            let tx = self.store.write()?;
            let scope = self.scope(&*tx)?;
            self.finish(tx, &scope, &mut body)
        })
    }

    /// Runs `attempt` until it succeeds, fails for another reason than
    /// `Fault::Retry`, or has failed `MAX_ATTEMPTS` times.
    fn retrying<T>(&self, mut attempt: impl FnMut() -> Result<T>) -> Result<T> {
        const MAX_ATTEMPTS: u32 = 8;
        let mut failures = 0;
        loop {
            match attempt() {
                Err(e) if e.kind == Kind::Database(Fault::Retry) && !self.store.in_command() => {
                    failures += 1;
                    if failures == MAX_ATTEMPTS {
                        return Err(Error::database_fault(
                            Fault::Busy,
                            format!("database is busy: the transaction was aborted by the server {MAX_ATTEMPTS} times"),
                        )
                        .hint("retry later")
                        .with_source(e));
                    }
                    // Back off a little (1, 2, 4… ms, at most 64) so that
                    // the transactions that collided do not collide again.
                    std::thread::sleep(std::time::Duration::from_millis(1 << failures.min(6)));
                }
                result => return result,
            }
        }
    }

    /// Runs a write body inside an open transaction and ends it (for use
    /// cases that resolve their scope their own way, such as `tenant create`).
    pub fn finish<T>(
        &self,
        tx: Box<dyn Tx + '_>,
        scope: &Scope,
        body: impl FnOnce(&dyn Tx, &Scope) -> Result<Outcome<T>>,
    ) -> Result<T> {
        let value = match body(&*tx, scope)? {
            Outcome::Changed(value, audit) => {
                self.audit(&*tx, Some(&scope.tenant.id), &scope.actor, audit)?;
                value
            }
            Outcome::Unchanged(value) => value,
            Outcome::Discarded(value) => return Ok(value),
        };
        tx.commit()?;
        Ok(value)
    }

    /// Resolves tenant and actor inside `tx`.
    pub fn scope(&self, tx: &dyn Tx) -> Result<Scope> {
        let tenant = self.resolve_tenant(tx)?;
        let tz = time::parse_timezone(&tenant.timezone)?;
        let actor = self.resolve_actor(tx, &tenant.id)?;
        Ok(Scope { tenant, tz, actor })
    }

    fn resolve_tenant(&self, tx: &dyn Tx) -> Result<Tenant> {
        if let Some(reference) = &self.tenant {
            return self.find_tenant(tx, reference);
        }
        let operator = self.is_operator();
        let mut tenants = tx.list_tenants()?;
        match tenants.len() {
            1 => Ok(tenants.remove(0)),
            0 => Err(Error::new(crate::error::Kind::NotFound, "no tenant exists yet")
                .hint("create one with `partnerctl tenant create SLUG --name NAME`")),
            n if operator => {
                let slugs: Vec<String> = tenants.into_iter().map(|t| t.slug).collect();
                Err(Error::usage(format!(
                    "the database holds {n} tenants: {}; choose one with --tenant SLUG",
                    slugs.join(", ")
                )))
            }
            n => Err(Error::usage(format!("the database holds {n} tenants; choose one with --tenant SLUG"))),
        }
    }

    /// Tenant slugs are shown to the operator only (as `tenant list` does):
    /// a user (`--as`) is not resolved before its tenant is.
    fn is_operator(&self) -> bool {
        matches!(self.actor, Some(Acting::Operator { .. }))
    }

    /// The tenant `reference` (slug or id) names, or `not_found` offering
    /// the operator the closest slugs.
    pub fn find_tenant(&self, tx: &dyn Tx, reference: &str) -> Result<Tenant> {
        if let Some(tenant) = tx.find_tenant(reference)? {
            return Ok(tenant);
        }
        let slugs = if self.is_operator() { tx.list_tenants()?.into_iter().map(|t| t.slug).collect() } else { vec![] };
        Err(suggest::not_found("tenant", reference, slugs))
    }

    pub fn resolve_actor(&self, tx: &dyn Tx, tenant_id: &str) -> Result<Actor> {
        match &self.actor {
            None => Err(no_actor()),
            Some(Acting::Operator { name }) => Ok(Actor::Operator { name: name.clone() }),
            Some(Acting::User(reference)) => {
                user::lookup(tx, tenant_id, reference)?.map(Actor::User).ok_or_else(|| {
                    Error::not_found("user", reference).hint("--as names a user of the tenant (email or id)")
                })
            }
        }
    }

    /// Writes one audit row for a successful mutation, inside `tx`.
    fn audit(&self, tx: &dyn Tx, tenant_id: Option<&str>, actor: &Actor, entry: Audit) -> Result<()> {
        let label = actor.label();
        tx.insert_audit(&NewAudit {
            tenant_id,
            at: self.now,
            actor: &label,
            actor_user_id: actor.user().map(|u| u.id.as_str()),
            action: entry.action,
            target_kind: entry.action.target_kind(),
            target_id: entry.target_id.as_deref(),
            partner_id: entry.partner_id.as_deref(),
            details: entry.details,
        })
    }
}

/// The refusal of a use case called without an actor (a front-end's bug).
fn no_actor() -> Error {
    Error::permission_denied(
        Permission::ACTOR,
        "permission denied: no actor was named (neither the operator nor a user)",
    )
}

/// A new record id (UUID v7: time-ordered).
pub fn new_id() -> String {
    uuid::Uuid::now_v7().to_string()
}

/// Slugs of tenants, partners and events: `[a-z0-9][a-z0-9-]{0,62}`.
pub fn validate_slug(what: &str, slug: &str) -> Result<()> {
    let mut chars = slug.chars();
    let first_ok = chars.next().is_some_and(|c| c.is_ascii_lowercase() || c.is_ascii_digit());
    let rest_ok = chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    if first_ok && rest_ok && slug.len() <= 63 {
        Ok(())
    } else {
        Err(Error::invalid_input(format!(
            "invalid {what} slug {slug:?}: use 1-63 lower-case letters, digits and '-', starting with a letter or digit"
        )))
    }
}

/// A required non-empty, single-line text value (names, titles).
pub fn validate_text(what: &str, value: &str) -> Result<String> {
    let v = value.trim();
    if v.is_empty() || v.len() > 500 || v.chars().any(char::is_control) {
        return Err(Error::invalid_input(format!("invalid {what} {value:?}: expected 1-500 printable characters")));
    }
    Ok(v.to_string())
}

/// The one spelling of an email that is stored and compared: Unicode NFC,
/// lower-cased, composed again (lower-casing can leave a composable pair:
/// "Ω\u{342}" becomes "ω\u{342}", whose NFC is "ῶ"). Composed and
/// decomposed forms of an address are thus one user.
pub fn canonical_email(email: &str) -> String {
    email.trim().nfc().collect::<String>().to_lowercase().nfc().collect()
}

/// `canonical_email`, with a loose shape check that catches typos.
pub fn normalize_email(email: &str) -> Result<String> {
    let e = canonical_email(email);
    let valid = e.len() <= 254
        && !e.chars().any(|c| c.is_whitespace() || c.is_control())
        && e.split_once('@').is_some_and(|(local, domain)| {
            !local.is_empty()
                && !domain.is_empty()
                && !domain.contains('@')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
        });
    if valid {
        Ok(e)
    } else {
        Err(Error::invalid_input(format!("invalid email {email:?}")))
    }
}
