//! Users of a tenant.

use serde_json::json;

use super::{access, new_id, normalize_email, validate_text, Audit, Ctx, Scope};
use crate::error::{Error, Result};
use crate::model::User;
use crate::store::Tx;

pub struct NewUser {
    pub email: String,
    pub display_name: String,
    pub landlord: bool,
    pub id: Option<String>,
}

/// Validates and builds a user, refusing duplicates already in the tenant.
pub fn prepare(tx: &dyn Tx, scope: &Scope, input: NewUser, created_at: &str) -> Result<User> {
    let email = normalize_email(&input.email)?;
    let display_name = validate_text("display name", &input.display_name)?;
    let id = match input.id {
        Some(id) => {
            let id = id.trim().to_string();
            if id.is_empty() || id.len() > 128 || id.chars().any(|c| c.is_whitespace() || c.is_control()) {
                return Err(Error::invalid_input(format!("invalid user id {id:?}")));
            }
            if tx.user_id_taken(&id)? {
                return Err(Error::state("conflict", format!("a user with id {id} already exists")));
            }
            id
        }
        None => new_id(),
    };
    if tx.find_user(&scope.tenant.id, &email)?.is_some() {
        return Err(Error::state("conflict", format!("a user with email {email} already exists")));
    }
    Ok(User { id, email, display_name, landlord: input.landlord, created_at: created_at.to_string() })
}

pub fn add(ctx: &Ctx, input: NewUser) -> Result<User> {
    let tx = ctx.store.write()?;
    let scope = ctx.scope(&*tx)?;
    access::landlord(&scope, "user add").require()?;
    let user = prepare(&*tx, &scope, input, &ctx.now_str())?;
    tx.insert_user(&scope.tenant.id, &user)?;
    ctx.audit_in(
        &*tx,
        &scope,
        Audit {
            action: "user.add",
            target_kind: "user",
            target_id: Some(&user.id),
            partner_id: None,
            details: json!({ "after": user }),
        },
    )?;
    tx.commit()?;
    Ok(user)
}

pub fn list(ctx: &Ctx, landlords_only: bool) -> Result<Vec<User>> {
    let tx = ctx.store.read()?;
    let scope = ctx.scope(&*tx)?;
    access::landlord(&scope, "user list").require()?;
    tx.list_users(&scope.tenant.id, landlords_only)
}

/// Anyone may see themselves; others need the operator or a landlord.
pub fn show(ctx: &Ctx, reference: &str) -> Result<User> {
    let tx = ctx.store.read()?;
    let scope = ctx.scope(&*tx)?;
    let user = tx.find_user(&scope.tenant.id, reference)?.ok_or_else(|| Error::not_found("user", reference))?;
    if scope.actor.user().map(|u| u.id.as_str()) != Some(user.id.as_str()) {
        access::landlord(&scope, "user show of another user").require()?;
    }
    Ok(user)
}

/// Looks a user up by email or id, or fails with `not_found`.
pub fn find(tx: &dyn Tx, scope: &Scope, reference: &str) -> Result<User> {
    tx.find_user(&scope.tenant.id, reference)?.ok_or_else(|| Error::not_found("user", reference))
}
