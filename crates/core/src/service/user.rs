//! Users of a tenant.

use serde_json::json;

use super::existing::{Differences, IfExists, Taken};
use super::{access, canonical_email, new_id, normalize_email, validate_text, Audit, Ctx, Outcome, Scope};
use crate::error::{Constraint, Error, Result};
use crate::model::{AuditAction, User};
use crate::store::Tx;
use crate::time::Timestamp;

#[derive(Clone)]
pub struct NewUser {
    pub email: String,
    pub display_name: String,
    pub landlord: bool,
    pub id: Option<String>,
}

/// Validates and builds a user, refusing duplicates already in the tenant.
pub fn prepare(tx: &dyn Tx, scope: &Scope, input: NewUser, created_at: Timestamp) -> Result<User> {
    let email = normalize_email(&input.email)?;
    let display_name = validate_text("display name", &input.display_name)?;
    let id = match input.id {
        Some(id) => {
            let id = id.trim().to_string();
            if id.is_empty() || id.len() > 128 || id.chars().any(|c| c.is_whitespace() || c.is_control()) {
                return Err(Error::invalid_input(format!("invalid user id {id:?}")));
            }
            // A reference with '@' is an email (`UserRef`): such an id could
            // pass for another user's email, or be unreachable.
            if id.contains('@') {
                return Err(Error::invalid_input(format!("invalid user id {id:?}: an id cannot contain '@'"))
                    .hint("'@' marks an email; give the user's email as EMAIL and an id without '@'"));
            }
            if tx.user_id_taken(&id)? {
                let taken =
                    Taken { constraint: Constraint::Id, what: format!("a user with id {id}"), existing_id: &id };
                return Err(taken.conflict());
            }
            id
        }
        None => new_id(),
    };
    if let Some(existing) = tx.find_user_by_email(&scope.tenant.id, &email)? {
        return Err(taken_email(&existing).conflict());
    }
    Ok(User { id, email, display_name, landlord: input.landlord, created_at })
}

fn taken_email(existing: &User) -> Taken<'_> {
    Taken {
        constraint: Constraint::UserEmail,
        what: format!("a user with email {}", existing.email),
        existing_id: &existing.id,
    }
}

pub fn add(ctx: &Ctx, input: NewUser) -> Result<User> {
    add_with(ctx, input, IfExists::Conflict)
}

/// `user add --if-not-exists`: a user with the email that agrees with the
/// name, and with `--landlord` and `--id` when given, is the answer unchanged.
pub fn add_if_not_exists(ctx: &Ctx, input: NewUser) -> Result<User> {
    add_with(ctx, input, IfExists::Accept)
}

fn add_with(ctx: &Ctx, input: NewUser, policy: IfExists) -> Result<User> {
    ctx.write(|tx, scope| {
        access::landlord(scope, "user add").require()?;
        let email = normalize_email(&input.email)?;
        let existing = match policy {
            IfExists::Accept => tx.find_user_by_email(&scope.tenant.id, &email)?,
            // `prepare` refuses a taken key after checking every field.
            IfExists::Conflict => None,
        };
        if let Some(existing) = existing {
            let display_name = validate_text("display name", &input.display_name)?;
            let differences = Differences::default()
                .given("display_name", Some(&display_name), &existing.display_name)
                .given("landlord", input.landlord.then_some(true), existing.landlord)
                .given("id", input.id.as_deref().map(str::trim), &existing.id);
            return taken_email(&existing).settle(policy, differences, existing.clone()).map(Outcome::Unchanged);
        }
        let user = prepare(tx, scope, input.clone(), ctx.now)?;
        tx.insert_user(&scope.tenant.id, &user)?;
        let audit = Audit {
            action: AuditAction::UserAdd,
            target_id: Some(user.id.clone()),
            partner_id: None,
            details: json!({ "after": user }),
        };
        Ok(Outcome::Changed(user, audit))
    })
}

/// What `update` changes; `None` keeps the value.
#[derive(Debug, Default)]
pub struct UserChanges {
    pub display_name: Option<String>,
    pub landlord: Option<bool>,
}

/// Display name and landlord flag (operator or landlord); a change to the
/// values in force is an idempotent no-op without an audit row.
pub fn update(ctx: &Ctx, reference: &str, changes: UserChanges) -> Result<User> {
    ctx.write(|tx, scope| {
        access::landlord(scope, "user update").require()?;
        let before = find(tx, scope, reference)?;
        let mut after = before.clone();
        if let Some(name) = &changes.display_name {
            after.display_name = validate_text("display name", name)?;
        }
        after.landlord = changes.landlord.unwrap_or(before.landlord);
        if (&after.display_name, after.landlord) == (&before.display_name, before.landlord) {
            return Ok(Outcome::Unchanged(before));
        }
        tx.update_user(&after)?;
        let audit = Audit {
            action: AuditAction::UserUpdate,
            target_id: Some(after.id.clone()),
            partner_id: None,
            details: json!({ "before": before, "after": after }),
        };
        Ok(Outcome::Changed(after, audit))
    })
}

/// Ordered by email; the first `limit` when given.
pub fn list(ctx: &Ctx, landlords_only: bool, limit: Option<u64>) -> Result<Vec<User>> {
    ctx.read(|tx, scope| {
        access::landlord(scope, "user list").require()?;
        tx.list_users(&scope.tenant.id, landlords_only, limit)
    })
}

/// Anyone may see themselves; others need the operator or a landlord,
/// decided before the lookup so that a denial tells nothing about who exists.
pub fn show(ctx: &Ctx, reference: &str) -> Result<User> {
    ctx.read(|tx, scope| {
        if actor_named(scope, reference).is_none() {
            access::landlord(scope, "user show of another user").require()?;
        }
        find(tx, scope, reference)
    })
}

/// A USER reference (SPEC §2.1). With '@' it is an email and nothing else,
/// otherwise an id: no id can stand for another user's email, and every
/// reference names at most one user. (Ids with '@' are refused since; one
/// stored by an older release is reached by its user's email.)
pub enum UserRef {
    /// Canonical (`canonical_email`), so it compares with the stored column.
    Email(String),
    Id(String),
}

impl UserRef {
    pub fn parse(reference: &str) -> UserRef {
        if reference.contains('@') {
            UserRef::Email(canonical_email(reference))
        } else {
            UserRef::Id(reference.to_string())
        }
    }

    /// Whether this reference names `user`, decided without the database.
    pub fn names(&self, user: &User) -> bool {
        match self {
            UserRef::Email(email) => *email == user.email,
            UserRef::Id(id) => *id == user.id,
        }
    }

    pub fn lookup(&self, tx: &dyn Tx, tenant_id: &str) -> Result<Option<User>> {
        match self {
            UserRef::Email(email) => tx.find_user_by_email(tenant_id, email),
            UserRef::Id(id) => tx.find_user_by_id(tenant_id, id),
        }
    }
}

/// The user `reference` names in the tenant, if any.
pub fn lookup(tx: &dyn Tx, tenant_id: &str, reference: &str) -> Result<Option<User>> {
    UserRef::parse(reference).lookup(tx, tenant_id)
}

/// Looks a user up by email or id, or fails with `not_found`.
pub fn find(tx: &dyn Tx, scope: &Scope, reference: &str) -> Result<User> {
    lookup(tx, &scope.tenant.id, reference)?.ok_or_else(|| not_found(tx, scope, reference))
}

/// The id a USER filter of a list selects; `None`: it names nobody, so the
/// list is empty. Only the operator and landlords, who may list every user
/// anyway, are told so (`not_found`); for anyone else an unknown user
/// matches nothing, like a known one without visible rows, so no list
/// answers whether an email is registered.
pub fn filter(tx: &dyn Tx, scope: &Scope, reference: &str) -> Result<Option<String>> {
    match lookup(tx, &scope.tenant.id, reference)? {
        Some(user) => Ok(Some(user.id)),
        None if scope.actor.is_privileged() => Err(not_found(tx, scope, reference)),
        None => Ok(None),
    }
}

/// `not_found` for a user; only the operator and landlords, who may list
/// every user, are offered the closest emails.
fn not_found(tx: &dyn Tx, scope: &Scope, reference: &str) -> Error {
    if !scope.actor.is_privileged() {
        return Error::not_found("user", reference);
    }
    match tx.list_users(&scope.tenant.id, false, None) {
        Ok(users) => super::suggest::not_found("user", reference, users.into_iter().map(|u| u.email)),
        Err(e) => e,
    }
}

/// The acting user, if `reference` names it (never the operator).
pub fn actor_named<'s>(scope: &'s Scope, reference: &str) -> Option<&'s User> {
    scope.actor.user().filter(|u| UserRef::parse(reference).names(u))
}
