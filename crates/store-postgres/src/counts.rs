//! The invite counters of migrations 0003 to 0005 as the store writes
//! them itself. The triggers keep them for any writer; a bulk load (an
//! `invite import` past its first 20,000 rows, `db copy`) defers them
//! instead, in its own transaction, and recounts once before it ends: a
//! COPY chunk in `created_at` order spans thousands of (event, inviter)
//! groups, so live upkeep upserted about two counter rows per invite.

use super::metrics::{COUNTERS, SUMS};

/// Turns the triggers off for the rest of the transaction: the event
/// counters' and the host counters'.
pub(crate) const DEFER: &str =
    "SET LOCAL partnerctl.counts_deferred = 'on'; SET LOCAL partnerctl.host_counts_deferred = 'on'";

/// Turns the host counters' triggers off alone (migration 0007).
pub(crate) const DEFER_HOSTS: &str = "SET LOCAL partnerctl.host_counts_deferred = 'on'";

/// Turns them all on again.
pub(crate) const RESUME: &str =
    "SET LOCAL partnerctl.counts_deferred = 'off'; SET LOCAL partnerctl.host_counts_deferred = 'off'";

/// The counter tables of migration 0003: name, keys, and how a row is named.
pub(crate) const COUNTER_TABLES: [(&str, &str, &str); 2] = [
    (
        "invite_counts_by_inviter",
        "event_id, inviter_kind, inviter_id",
        "'event ' || k.event_id || ' inviter ' || k.inviter_kind || ' ' || k.inviter_id",
    ),
    (
        "invite_counts_by_issuer",
        "event_id, issued_by_user_id",
        "'event ' || k.event_id || ' issuer ' || k.issued_by_user_id",
    ),
];

/// The host counters of migration 0007: name, principal keys, how a row is
/// named, and the event counter table whose rows they sum per host.
pub(crate) const HOST_COUNTER_TABLES: [(&str, &str, &str, &str); 2] = [
    (
        "host_counts_by_inviter",
        "inviter_kind, inviter_id",
        "'host ' || k.host_partner_id || ' inviter ' || k.inviter_kind || ' ' || k.inviter_id",
        "invite_counts_by_inviter",
    ),
    (
        "host_counts_by_issuer",
        "issued_by_user_id",
        "'host ' || k.host_partner_id || ' issuer ' || k.issued_by_user_id",
        "invite_counts_by_issuer",
    ),
];

/// How a recounted group of each `COUNTER_TABLES` table (`g`) is named
/// (migration 0005): the name columns, and the joins they come from.
const NAMES: [(&str, &str); 2] = [
    (
        "coalesce(u.display_name, p.name, '')",
        "LEFT JOIN users u ON g.inviter_kind = 'user' AND u.id = g.inviter_id
         LEFT JOIN partners p ON g.inviter_kind = 'partner' AND p.id = g.inviter_id",
    ),
    ("coalesce(u.email, ''), coalesce(u.display_name, '')", "LEFT JOIN users u ON u.id = g.issued_by_user_id"),
];

/// Statements that replace the host counters of the hosts of the events
/// matching `filter` (a condition on `event_id`) with the sums of their
/// events' counters. The host triggers must be deferred meanwhile.
pub(crate) fn host_recount_sql(filter: &str) -> Vec<String> {
    let hosts =
        format!("SELECT host_partner_id FROM (SELECT id AS event_id, host_partner_id FROM events) e WHERE {filter}");
    HOST_COUNTER_TABLES
        .iter()
        .flat_map(|(table, keys, _, event_table)| {
            [
                format!("DELETE FROM {table} WHERE host_partner_id IN ({hosts})"),
                format!(
                    "INSERT INTO {table}
                     SELECT e.host_partner_id, {keys}, {SUMS}
                     FROM {event_table} JOIN events e ON e.id = event_id
                     WHERE e.host_partner_id IN ({hosts})
                     GROUP BY e.host_partner_id, {keys} ORDER BY e.host_partner_id, {keys}"
                ),
            ]
        })
        .collect()
}

/// Statements that replace the counter rows of the invites matching
/// `filter` (a condition on `event_id`) with a recount of those invites,
/// named as they are written, and then the host counters of their hosts
/// (`host_recount_sql`). All the counters' triggers must be deferred
/// meanwhile.
pub(crate) fn recount_sql(filter: &str) -> Vec<String> {
    COUNTER_TABLES
        .iter()
        .zip(NAMES)
        .flat_map(|((table, keys, _), (names, joins))| {
            [
                format!("DELETE FROM {table} WHERE {filter}"),
                format!(
                    "INSERT INTO {table}
                     SELECT g.*, {names}
                     FROM (SELECT {keys}, {COUNTERS} FROM invites WHERE {filter} GROUP BY {keys}) g {joins}
                     ORDER BY {keys}"
                ),
            ]
        })
        .chain(host_recount_sql(filter))
        .collect()
}
