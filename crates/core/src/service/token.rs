//! API tokens for the HTTP API (SPEC §5, §2.2 `token`): a user's bearer
//! secret, shown once and stored only as a SHA-256 hash, with an optional
//! expiry judged by the caller's clock (`PARTNERCTL_NOW` applies).

use serde_json::json;

use super::{access, new_id, user, validate_text, Acting, Audit, Ctx, Outcome, Scope};
use crate::error::{Error, Fault, Kind, Result};
use crate::model::{AuditAction, Token, User};
use crate::store::Tx;
use crate::time::{self, Timestamp};
use sha2::{Digest, Sha256};

/// Marks a string as a partnerctl API token (and lets secret scanners find it).
const PREFIX: &str = "pct_";

/// Random bytes per secret: 256 bits, well above the 128 SPEC §5 asks.
const SECRET_BYTES: usize = 32;

/// A fresh secret from the operating system's CSPRNG, and its stored hash.
fn issue() -> Result<(String, String)> {
    let mut bytes = [0u8; SECRET_BYTES];
    getrandom::fill(&mut bytes).map_err(|e| Error::internal(format!("no randomness for a token: {e}")))?;
    let secret = format!("{PREFIX}{}", bytes.iter().map(|b| format!("{b:02x}")).collect::<String>());
    let stored = hash(&secret);
    Ok((secret, stored))
}

/// The stored form of a secret: lower-case hex SHA-256.
fn hash(secret: &str) -> String {
    format!("{:x}", Sha256::digest(secret.as_bytes()))
}

pub struct NewToken {
    pub name: Option<String>,
    /// Lifetime such as `30d`; none = no expiry.
    pub expires_in: Option<String>,
    /// `--for USER`: another user's token (operator, landlord).
    pub for_user: Option<String>,
}

/// `token create`: a token of the acting user, or of `--for USER`.
pub fn create(ctx: &Ctx, input: NewToken) -> Result<Token> {
    let ttl = input.expires_in.as_deref().map(time::parse_duration).transpose()?;
    let name = input.name.as_deref().map(|n| validate_text("token name", n)).transpose()?;
    ctx.write(|tx, scope| {
        let owner = owner(tx, scope, input.for_user.as_deref())?;
        let expires_at = ttl.map(|d| time::add(ctx.now, d)).transpose()?;
        let (secret, secret_hash) = issue()?;
        let mut token = Token {
            id: new_id(),
            user_id: owner.id.clone(),
            user_email: owner.email.clone(),
            name: name.clone(),
            created_at: ctx.now,
            expires_at,
            last_used_at: None,
            revoked_at: None,
            token: None,
        };
        tx.insert_token(&scope.tenant.id, &token, &secret_hash)?;
        let audit = Audit {
            action: AuditAction::TokenCreate,
            target_id: Some(token.id.clone()),
            partner_id: None,
            details: json!({ "after": token }),
        };
        token.token = Some(secret);
        Ok(Outcome::Changed(token, audit))
    })
}

/// Whose token `create` makes: the acting user's own, or (operator,
/// landlord) any user's of the tenant.
fn owner(tx: &dyn Tx, scope: &Scope, for_user: Option<&str>) -> Result<User> {
    match for_user {
        Some(reference) => match user::actor_named(scope, reference) {
            Some(me) => Ok(me.clone()),
            None => {
                access::landlord(scope, "token create for another user").require()?;
                user::find(tx, scope, reference)
            }
        },
        None => scope.actor.user().cloned().ok_or_else(|| {
            Error::usage("token create needs a user: run it with --as USER, or --for USER as the operator")
        }),
    }
}

/// `token list`: the actor's own tokens; operator and landlords see every
/// token of the tenant.
pub fn list(ctx: &Ctx) -> Result<Vec<Token>> {
    ctx.read(|tx, scope| {
        let only = if scope.actor.is_privileged() { None } else { scope.actor.user().map(|u| u.id.as_str()) };
        tx.list_tokens(&scope.tenant.id, only)
    })
}

/// `token revoke`: effective on the next request; revoking a revoked token
/// changes nothing.
pub fn revoke(ctx: &Ctx, id: &str) -> Result<Token> {
    ctx.write(|tx, scope| {
        let mut token = tx.find_token(&scope.tenant.id, id)?.ok_or_else(|| Error::not_found("token", id))?;
        if scope.actor.user().is_none_or(|u| u.id != token.user_id) {
            access::landlord(scope, "token revoke of another user's token").require()?;
        }
        if token.revoked_at.is_some() {
            return Ok(Outcome::Unchanged(token));
        }
        tx.revoke_token(&token.id, ctx.now)?;
        let before = token.clone();
        token.revoked_at = Some(ctx.now);
        let audit = Audit {
            action: AuditAction::TokenRevoke,
            target_id: Some(token.id.clone()),
            partner_id: None,
            details: json!({ "before": before, "after": token }),
        };
        Ok(Outcome::Changed(token, audit))
    })
}

/// Whom a valid bearer secret lets act: its tenant and user, as a
/// front-end names them in the `Ctx` of the request's use case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bearer {
    pub tenant_id: String,
    pub user_id: String,
}

impl Bearer {
    /// The actor of a request made with this token.
    pub fn acting(&self) -> Acting {
        Acting::User(self.user_id.clone())
    }
}

/// Checks a bearer secret at `ctx.now`: it must exist, be unexpired and
/// unrevoked. Keeps `last_used_at` (written at most once per second of the
/// clock, so a busy client costs one write a second, not one a request).
pub fn authenticate(ctx: &Ctx, secret: &str) -> Result<Bearer> {
    let secret = secret.trim();
    if secret.is_empty() {
        return Err(Error::unauthenticated("missing API token: send Authorization: Bearer TOKEN"));
    }
    let found = ctx.store.read_one()?.find_token_by_hash(&hash(secret))?;
    let Some((tenant_id, token)) = found else {
        return Err(
            Error::unauthenticated("unknown API token").hint("create one with `partnerctl token create --as USER`")
        );
    };
    refuse_unusable(&token, ctx.now)?;
    if token.last_used_at.is_none_or(|t| t < ctx.now) {
        match touch(ctx, &token.id) {
            // Read-only storage (a standby, a read-only file) still serves reads.
            Err(e) if e.kind == Kind::Database(Fault::ReadOnly) => {}
            other => other?,
        }
    }
    Ok(Bearer { tenant_id, user_id: token.user_id })
}

fn touch(ctx: &Ctx, id: &str) -> Result<()> {
    let tx = ctx.store.write()?;
    tx.touch_token(id, ctx.now)?;
    tx.commit()
}

fn refuse_unusable(token: &Token, now: Timestamp) -> Result<()> {
    if let Some(at) = token.revoked_at {
        return Err(Error::unauthenticated(format!("API token {} was revoked at {}", token.id, time::fmt(at))));
    }
    if let Some(at) = token.expires_at.filter(|at| *at <= now) {
        return Err(Error::unauthenticated(format!("API token {} expired at {}", token.id, time::fmt(at)))
            .hint("create a new one with `partnerctl token create`"));
    }
    Ok(())
}
