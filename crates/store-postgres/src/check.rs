//! `db check`: the rules of crates/store-sqlite/src/check.rs, in
//! PostgreSQL's dialect, with the same messages.

use super::counts::{COUNTER_TABLES, HOST_COUNTER_TABLES};
use super::metrics::COUNTERS;
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
        "counter rows carry their inviter's name",
        "SELECT 'event ' || event_id || ' inviter ' || inviter_kind || ' ' || inviter_id || ': name '
                || quote_literal(inviter_name) || ' (now ' || quote_literal(current_name) || ')'
         FROM (SELECT c.*, coalesce(
                   (SELECT display_name FROM users WHERE c.inviter_kind = 'user' AND id = c.inviter_id),
                   (SELECT name FROM partners WHERE c.inviter_kind = 'partner' AND id = c.inviter_id), '') AS current_name
               FROM invite_counts_by_inviter c) named
         WHERE inviter_name IS DISTINCT FROM current_name",
    ),
    (
        "counter rows carry their issuer's email and name",
        "SELECT 'event ' || c.event_id || ' issuer ' || c.issued_by_user_id || ': ' || quote_literal(c.issuer_email)
                || ' ' || quote_literal(c.issuer_name) || ' (now ' || quote_literal(u.email) || ' '
                || quote_literal(u.display_name) || ')'
         FROM invite_counts_by_issuer c JOIN users u ON u.id = c.issued_by_user_id
         WHERE c.issuer_email IS DISTINCT FROM u.email OR c.issuer_name IS DISTINCT FROM u.display_name",
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
            let drifts = COUNTER_TABLES.map(|(table, keys, label)| {
                ("counters equal a recount", counter_drift_sql(table, keys, label, "invites", COUNTERS))
            });
            // Recounted from the invites, which their triggers follow (as
            // SQLite's do since its migration 0006).
            let host_drifts = HOST_COUNTER_TABLES.map(|(table, keys, label, _)| {
                let keys = format!("host_partner_id, {keys}");
                let source = "invites JOIN events ON events.id = invites.event_id";
                ("host counters equal a recount", counter_drift_sql(table, &keys, label, source, COUNTERS))
            });
            let all = RULES.iter().map(|&(rule, sql)| (rule, sql.to_string())).chain(drifts).chain(host_drifts);
            for (rule, sql) in all {
                for row in self.query(&sql, &[])? {
                    out.push(format!("{rule}: {}", row.try_get::<_, String>(0)?));
                }
            }
            Ok(out)
        })
    }
}

/// The columns of a counter row, in `COUNTERS` order.
const COUNTER_NAMES: [&str; 8] =
    ["sent", "viewed", "accepted", "declined", "closed_duplicate", "open", "expired", "attended"];

/// One line per row of counter table `table` that differs from a recount
/// (`counted`, the eight counters by `keys`, over the rows of `source`),
/// naming the row and each counter that drifted with both values (a row
/// missing on one side counts 0 there). Stored rows and recounted groups
/// meet in one GROUP BY (a sort), not a join the planner may loop over.
fn counter_drift_sql(table: &str, keys: &str, label: &str, source: &str, counted: &str) -> String {
    let columns = |prefix: &str| COUNTER_NAMES.map(|c| format!("{prefix}{c}"));
    let (stored, recount) = (columns("stored_"), columns("recount_"));
    let zeros = ["0"; 8].join(", ");
    let no_recount = recount.iter().map(|r| format!("0 AS {r}")).collect::<Vec<_>>();
    let as_stored = COUNTER_NAMES.iter().zip(&stored).map(|(c, s)| format!("{c} AS {s}")).collect::<Vec<_>>();
    let sums = stored.iter().chain(&recount).map(|c| format!("sum({c}) AS {c}")).collect::<Vec<_>>();
    let drifted = COUNTER_NAMES
        .iter()
        .zip(stored.iter().zip(&recount))
        .map(|(c, (s, r))| {
            format!("CASE WHEN {s} <> {r} THEN ' {c} ' || {s} || ' (recount ' || {r} || ')' ELSE '' END")
        })
        .collect::<Vec<_>>();
    let any = stored.iter().zip(&recount).map(|(s, r)| format!("{s} <> {r}")).collect::<Vec<_>>();
    // A row exists while it counts an invite: one left at zero is a drift
    // that the sums alone do not show.
    format!(
        "SELECT {label} || ':' || {drifted}
                || CASE WHEN recount_sent = 0 AND stored_sent = 0 THEN ' counts no invite' ELSE '' END
         FROM (SELECT {keys}, {sums} FROM (
                   SELECT {keys}, {as_stored}, {no_recount} FROM {table}
                   UNION ALL
                   SELECT {keys}, {zeros}, {counted} FROM {source} GROUP BY {keys}) both_sides
               GROUP BY {keys}) k
         WHERE {any} OR recount_sent = 0",
        drifted = drifted.join(" || "),
        sums = sums.join(", "),
        as_stored = as_stored.join(", "),
        no_recount = no_recount.join(", "),
        any = any.join(" OR "),
    )
}
