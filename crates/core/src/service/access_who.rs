//! `access who PERMISSION (--partner P | --event E)`: every user who holds a
//! flag there, and through what (SPEC §2.5).

use std::collections::HashSet;

use serde::Serialize;

use super::access_check::CheckTarget;
use super::{access, event, partner, Ctx};
use crate::error::{Error, Result};
use crate::model::{Flag, MemberStatus, Partner, Permission, Role, Via};

/// One user holding the flag: as a landlord, or through an active
/// membership (of the partner, or of a managing partner of the event).
#[derive(Debug, Clone, Default, Serialize)]
pub struct Holder {
    pub user_id: String,
    pub user_email: String,
    pub via: Via,
    /// The membership's partner, role and id; null for a landlord.
    pub partner_slug: Option<String>,
    pub role: Option<Role>,
    pub membership_id: Option<String>,
}

/// One row per user, by email. A landlord shows as `landlord` even when it
/// is also a member (as `access check` decides); on an event, a user
/// holding the flag on several managing partners shows through the first in
/// the order `access check` tries them (host, then managers).
///
/// Allowed to whoever may run `member list` on the partner. On an event,
/// only the managing partners the actor may list count (all of them for the
/// operator and landlords), so no member learns of another partner's
/// members; an actor who may list none of them is refused.
pub fn who(ctx: &Ctx, flag: Flag, target: CheckTarget) -> Result<Vec<Holder>> {
    ctx.read(|tx, scope| {
        let listed: Vec<Partner> = match &target {
            CheckTarget::Partner(reference) => {
                let partner = partner::find(tx, scope, reference)?;
                access::partner_member(tx, scope, &partner)?.require()?;
                vec![partner]
            }
            CheckTarget::Event(reference) => {
                let event = event::find(tx, scope, reference)?;
                let mut listed = Vec::new();
                for id in event.managing_partner_ids() {
                    let partner = partner::find(tx, scope, id)?;
                    if access::partner_member(tx, scope, &partner)?.allowed {
                        listed.push(partner);
                    }
                }
                if listed.is_empty() {
                    return Err(Error::permission_denied(
                        Permission::MEMBER,
                        format!(
                            "permission denied: {} is not an active member of any managing partner of event {}",
                            scope.actor.label(),
                            event.slug
                        ),
                    ));
                }
                listed
            }
        };

        let mut seen = HashSet::new();
        let mut rows = Vec::new();
        for landlord in tx.list_users(&scope.tenant.id, true, None)? {
            seen.insert(landlord.id.clone());
            rows.push(Holder {
                user_id: landlord.id,
                user_email: landlord.email,
                via: Via::Landlord,
                partner_slug: None,
                role: None,
                membership_id: None,
            });
        }
        for p in &listed {
            for m in tx.list_memberships(&p.id, Some(MemberStatus::Active))? {
                if m.perms().has(flag) && seen.insert(m.user_id.clone()) {
                    rows.push(Holder {
                        user_id: m.user_id,
                        user_email: m.user_email,
                        via: Via::Membership,
                        partner_slug: Some(m.partner_slug),
                        role: Some(m.role),
                        membership_id: Some(m.id),
                    });
                }
            }
        }
        rows.sort_by(|a, b| a.user_email.cmp(&b.user_email));
        Ok(rows)
    })
}
