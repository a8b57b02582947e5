//! Permission decisions of SPEC §1.8. Every check returns a `Decision` that
//! says why; `access check` prints it, other use cases `require` it.

use serde::Serialize;

use super::{Actor, Scope};
use crate::error::{Error, Result};
use crate::model::{Event, Flag, MemberStatus, Membership, Partner, Permission, Role};
use crate::store::Tx;

#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, Serialize)]
pub struct Decision {
    pub allowed: bool,
    pub permission: Permission,
    pub reason: String,
    /// The membership the decision used, if any.
    pub membership_id: Option<String>,
    pub partner_slug: Option<String>,
    pub role: Option<Role>,
    #[serde(skip)]
    pub membership: Option<Membership>,
}

impl Decision {
    fn new(
        allowed: bool,
        permission: Permission,
        reason: impl Into<String>,
        membership: Option<Membership>,
    ) -> Decision {
        Decision {
            allowed,
            permission,
            reason: reason.into(),
            membership_id: membership.as_ref().map(|m| m.id.clone()),
            partner_slug: membership.as_ref().map(|m| m.partner_slug.clone()),
            role: membership.as_ref().map(|m| m.role),
            membership,
        }
    }

    /// Turns a denial into `permission_denied` (exit 4).
    pub fn require(self) -> Result<Option<Membership>> {
        if self.allowed {
            Ok(self.membership)
        } else {
            Err(Error::permission_denied(self.permission, format!("permission denied: {}", self.reason)))
        }
    }
}

fn privileged(actor: &Actor, permission: Permission) -> Option<Decision> {
    match actor {
        Actor::Operator { name } => {
            Some(Decision::new(true, permission, format!("operator:{name} has full rights"), None))
        }
        Actor::User(u) if u.landlord => {
            Some(Decision::new(true, permission, format!("{} is a landlord of the tenant", u.email), None))
        }
        Actor::User(_) => None,
    }
}

/// Operator or landlord only (tenant-wide administration).
pub fn landlord(scope: &Scope, action: &str) -> Decision {
    privileged(&scope.actor, Permission::LANDLORD).unwrap_or_else(|| {
        let who = scope.actor.label();
        Decision::new(
            false,
            Permission::LANDLORD,
            format!("{action} needs the operator or a landlord; {who} is neither"),
            None,
        )
    })
}

/// A partner flag, held through an active membership.
pub fn partner_flag(tx: &dyn Tx, scope: &Scope, partner: &Partner, flag: Flag) -> Result<Decision> {
    let permission = Permission::from(flag);
    if let Some(d) = privileged(&scope.actor, permission) {
        return Ok(d);
    }
    let user = scope.actor.user().expect("non-privileged actors are users");
    let membership = tx.find_membership(&partner.id, &user.id)?;
    Ok(match membership {
        None => Decision::new(false, permission, format!("{} is not a member of {}", user.email, partner.slug), None),
        Some(m) if !m.is_active() => {
            Decision::new(false, permission, inactive(&user.email, &m, &partner.slug, flag), Some(m))
        }
        Some(m) if !m.perms().has(flag) => {
            let role = m.role;
            Decision::new(
                false,
                permission,
                format!("{} ({role} of {}) lacks {permission}", user.email, partner.slug),
                Some(m),
            )
        }
        Some(m) => {
            let role = m.role;
            Decision::new(
                true,
                permission,
                format!("{} is an active {role} of {} with {permission}", user.email, partner.slug),
                Some(m),
            )
        }
    })
}

/// Any active member of the partner (`plan show`, `member list`, `partner show`).
pub fn partner_member(tx: &dyn Tx, scope: &Scope, partner: &Partner) -> Result<Decision> {
    if let Some(d) = privileged(&scope.actor, Permission::MEMBER) {
        return Ok(d);
    }
    let user = scope.actor.user().expect("non-privileged actors are users");
    Ok(match tx.find_membership(&partner.id, &user.id)? {
        Some(m) if m.is_active() => {
            let role = m.role;
            Decision::new(
                true,
                Permission::MEMBER,
                format!("{} is an active {role} of {}", user.email, partner.slug),
                Some(m),
            )
        }
        other => Decision::new(
            false,
            Permission::MEMBER,
            format!("{} is not an active member of {}", user.email, partner.slug),
            other,
        ),
    })
}

/// Owner or admin of the partner (`partner update`, audit of its entries).
pub fn partner_owner_or_admin(tx: &dyn Tx, scope: &Scope, partner: &Partner) -> Result<Decision> {
    const PERMISSION: Permission = Permission::OWNER_OR_ADMIN;
    if let Some(d) = privileged(&scope.actor, PERMISSION) {
        return Ok(d);
    }
    let user = scope.actor.user().expect("non-privileged actors are users");
    Ok(match tx.find_membership(&partner.id, &user.id)? {
        Some(m) if m.is_active() && matches!(m.role, Role::Owner | Role::Admin) => {
            let role = m.role;
            Decision::new(true, PERMISSION, format!("{} is an active {role} of {}", user.email, partner.slug), Some(m))
        }
        other => Decision::new(
            false,
            PERMISSION,
            format!("{} is not an active owner or admin of {}", user.email, partner.slug),
            other,
        ),
    })
}

/// A flag held on any managing partner (host or manager) of the event.
pub fn event_flag(tx: &dyn Tx, scope: &Scope, event: &Event, flag: Flag) -> Result<Decision> {
    let permission = Permission::from(flag);
    if let Some(d) = privileged(&scope.actor, permission) {
        return Ok(d);
    }
    let user = scope.actor.user().expect("non-privileged actors are users");
    let mut found = Vec::new();
    for partner_id in event.managing_partner_ids() {
        if let Some(m) = tx.find_membership(partner_id, &user.id)? {
            if m.is_active() && m.perms().has(flag) {
                let (role, slug) = (m.role, m.partner_slug.clone());
                return Ok(Decision::new(
                    true,
                    permission,
                    format!("{} is an active {role} of managing partner {slug} with {permission}", user.email),
                    Some(m),
                ));
            }
            found.push(m);
        }
    }
    // The membership that best explains the denial: one that holds the flag
    // but is suspended or invited, else an active one, else any.
    let best = found
        .iter()
        .position(|m| !m.is_active() && m.perms().has(flag))
        .or_else(|| found.iter().position(Membership::is_active))
        .or((!found.is_empty()).then_some(0));
    let explained = best.map(|i| found.swap_remove(i));
    let reason = match &explained {
        Some(m) if !m.is_active() => {
            inactive(&user.email, m, &format!("managing partner {} of event {}", m.partner_slug, event.slug), flag)
        }
        Some(m) => format!(
            "{} (active {} of {}) lacks {permission} on every managing partner of event {}",
            user.email, m.role, m.partner_slug, event.slug
        ),
        None => format!("{} is not a member of any managing partner of event {}", user.email, event.slug),
    };
    Ok(Decision::new(false, permission, reason, explained))
}

/// Why a suspended or invited membership does not confer `flag`, whether or
/// not it holds it: the status, not the flag, is the reason.
fn inactive(email: &str, m: &Membership, place: &str, flag: Flag) -> String {
    let (role, holds) = (m.role, if m.perms().has(flag) { "with" } else { "without" });
    match m.status {
        MemberStatus::Invited => format!(
            "{email}'s invitation to {place} is not accepted yet ({role} {holds} {flag}); an invitation confers no permission"
        ),
        _ => format!(
            "{email}'s membership of {place} is suspended ({role} {holds} {flag}); a suspended membership confers no permission"
        ),
    }
}
