//! Reading the audit log.

use super::{access, partner, user, Ctx};
use crate::error::Result;
use crate::model::{AuditEntry, Role};
use crate::store::AuditFilter;
use crate::time;

pub struct AuditQuery {
    pub partner: Option<String>,
    pub actor: Option<String>,
    pub action: Option<String>,
    pub since: Option<String>,
    pub limit: Option<i64>,
    /// Oldest first (SPEC §2.2: newest first by default).
    pub reverse: bool,
    /// The last id of the previous page.
    pub after: Option<i64>,
}

/// Operator and landlords see everything; owners and admins see the entries
/// of the partners they own or administer.
pub fn list(ctx: &Ctx, q: AuditQuery) -> Result<Vec<AuditEntry>> {
    ctx.read(|tx, scope| {
        let mut filter = AuditFilter { tenant_id: scope.tenant.id.clone(), ..Default::default() };
        if let Some(p) = &q.partner {
            let partner = partner::find(tx, scope, p)?;
            if !scope.actor.is_privileged() {
                access::partner_owner_or_admin(tx, scope, &partner)?.require()?;
            }
            filter.partner_id = Some(partner.id);
        } else if let Some(u) = scope.actor.user().filter(|_| !scope.actor.is_privileged()) {
            let administered: Vec<String> = tx
                .active_memberships_of_user(&u.id)?
                .into_iter()
                .filter(|m| matches!(m.role, Role::Owner | Role::Admin))
                .map(|m| m.partner_id)
                .collect();
            if administered.is_empty() {
                access::landlord(scope, "audit list").require()?;
            }
            filter.partner_ids = Some(administered);
        }
        filter.action = q.action.clone();
        filter.since = q.since.as_deref().map(|s| time::parse_time(s, scope.tz, ctx.now)).transpose()?;
        if let Some(a) = &q.actor {
            let Some(id) = user::filter(tx, scope, a)? else { return Ok(Vec::new()) };
            filter.actor_user_id = Some(id);
        }
        filter.limit = q.limit;
        filter.oldest_first = q.reverse;
        filter.after = q.after;
        tx.list_audit(&filter)
    })
}
