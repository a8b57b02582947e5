//! `whoami` (SPEC §2.5): the actor, its tenant and its active memberships.

use serde::Serialize;

use super::{Actor, Ctx};
use crate::error::Result;
use crate::model::{Flag, Role};

/// The record `whoami` prints. For the operator, who is no user, the user
/// fields are null and the memberships empty.
#[derive(Debug, Clone, Serialize)]
pub struct Identity {
    /// As the audit log names it: the email, or `operator:<OS user name>`.
    pub actor: String,
    pub user_id: Option<String>,
    pub email: Option<String>,
    /// The tenant's slug.
    pub tenant: String,
    pub landlord: Option<bool>,
    /// Active memberships only (the others confer nothing), by partner slug.
    pub memberships: Vec<Held>,
}

/// One active membership of the actor.
#[derive(Debug, Clone, Serialize)]
pub struct Held {
    pub partner_slug: String,
    pub role: Role,
    /// The flags it holds, in `Flag::ALL` order.
    pub flags: Vec<Flag>,
}

/// Any actor may ask who it is.
pub fn whoami(ctx: &Ctx) -> Result<Identity> {
    ctx.read(|tx, scope| {
        let tenant = scope.tenant.slug.clone();
        let actor = scope.actor.label();
        let Actor::User(user) = &scope.actor else {
            return Ok(Identity { actor, user_id: None, email: None, tenant, landlord: None, memberships: Vec::new() });
        };
        let memberships = tx
            .active_memberships_of_user(&user.id)?
            .into_iter()
            .map(|m| Held { flags: m.perms().flags().collect(), partner_slug: m.partner_slug, role: m.role })
            .collect();
        Ok(Identity {
            actor,
            user_id: Some(user.id.clone()),
            email: Some(user.email.clone()),
            tenant,
            landlord: Some(user.landlord),
            memberships,
        })
    })
}
