//! `db check`: the rules of crates/store-sqlite/src/check.rs, in
//! PostgreSQL's dialect, with the same messages.

use super::PgTx;
use crate::error::{sql, CoreResult};
use crate::store::CheckStore;

/// Each query returns one text column describing one violation.
const RULES: &[(&str, &str)] = &[
    (
        "one credited acceptance per event+receiver",
        "SELECT 'event ' || event_id || ' receiver ' || receiver_user_id || ': ' || count(*) || ' credited invites'
         FROM invites WHERE credited_acceptance GROUP BY event_id, receiver_user_id HAVING count(*) > 1",
    ),
    (
        "credited iff accepted",
        "SELECT 'invite ' || id || ': status ' || status || ' with credited_acceptance=' || credited_acceptance::int
         FROM invites WHERE credited_acceptance <> (status = 'accepted')",
    ),
    (
        "an active owner per owned partner",
        "SELECT 'partner ' || p.slug || ' has owners but none active' FROM partners p
         WHERE EXISTS (SELECT 1 FROM partner_memberships m
                       WHERE m.partner_id = p.id AND m.role = 'owner' AND m.status <> 'invited')
           AND NOT EXISTS (SELECT 1 FROM partner_memberships m
                           WHERE m.partner_id = p.id AND m.role = 'owner' AND m.status = 'active')",
    ),
    (
        "owners hold every flag",
        "SELECT 'membership ' || id || ': owner without every flag' FROM partner_memberships
         WHERE role = 'owner' AND NOT (can_invite AND can_manage_events AND can_view_metrics
                                       AND can_manage_members AND can_manage_billing)",
    ),
    (
        "viewed_at set on every viewed or responded invite",
        "SELECT 'invite ' || id || ': status ' || status || ' without viewed_at' FROM invites
         WHERE status IN ('viewed', 'accepted', 'declined') AND viewed_at IS NULL",
    ),
    (
        "responded_at set on accepted and declined invites",
        "SELECT 'invite ' || id || ': status ' || status || ' without responded_at' FROM invites
         WHERE status IN ('accepted', 'declined') AND responded_at IS NULL",
    ),
    (
        "an invite is viewed and answered after it is created",
        "SELECT 'invite ' || id || ': ' || CASE
                    WHEN viewed_at < created_at THEN 'viewed_at ' || viewed_at || ' is before created_at ' || created_at
                    WHEN responded_at < created_at THEN 'responded_at ' || responded_at || ' is before created_at ' || created_at
                    ELSE 'responded_at ' || responded_at || ' is before viewed_at ' || viewed_at END FROM invites
         WHERE viewed_at < created_at OR responded_at < created_at OR responded_at < viewed_at",
    ),
    (
        "no open invite besides a credited acceptance",
        "SELECT 'invite ' || o.id || ': still ' || o.status || ' although the receiver accepted ' || c.id FROM invites o
         JOIN invites c ON c.event_id = o.event_id AND c.receiver_user_id = o.receiver_user_id
                       AND c.credited_acceptance
         WHERE o.status IN ('pending', 'viewed')",
    ),
    (
        "no self-invite",
        "SELECT 'invite ' || id || ': the issuing user is the receiver' FROM invites
         WHERE issued_by_user_id = receiver_user_id",
    ),
    (
        "invites stay inside their tenant",
        "SELECT 'invite ' || i.id || ': crosses tenants' FROM invites i
         JOIN events e ON e.id = i.event_id
         JOIN users r ON r.id = i.receiver_user_id
         JOIN users s ON s.id = i.issued_by_user_id
         WHERE e.tenant_id <> i.tenant_id OR r.tenant_id <> i.tenant_id OR s.tenant_id <> i.tenant_id",
    ),
    (
        "partner inviters exist in the tenant",
        "SELECT 'invite ' || i.id || ': unknown inviter partner ' || i.inviter_id FROM invites i
         WHERE i.inviter_kind = 'partner'
           AND NOT EXISTS (SELECT 1 FROM partners p WHERE p.id = i.inviter_id AND p.tenant_id = i.tenant_id)",
    ),
];

impl CheckStore for PgTx<'_> {
    fn rule_violations(&self) -> CoreResult<Vec<String>> {
        sql(|| {
            let mut out = Vec::new();
            for (rule, sql) in RULES {
                for row in self.query(sql, &[])? {
                    out.push(format!("{rule}: {}", row.try_get::<_, String>(0)?));
                }
            }
            Ok(out)
        })
    }
}
