//! The invite counters of migrations 0003 to 0005 as the store writes
//! them itself. The triggers keep them for any writer; a bulk load (an
//! `invite import` past its first 20,000 rows, `db copy`) defers them
//! instead, in its own transaction, and recounts once before it ends: a
//! COPY chunk in `created_at` order spans thousands of (event, inviter)
//! groups, so live upkeep upserted about two counter rows per invite.

use super::metrics::COUNTERS;

/// Turns the triggers off for the rest of the transaction.
pub(crate) const DEFER: &str = "SET LOCAL partnerctl.counts_deferred = 'on'";

/// Turns them on again.
pub(crate) const RESUME: &str = "SET LOCAL partnerctl.counts_deferred = 'off'";

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

/// Statements that replace the counter rows of the invites matching
/// `filter` (a condition on `event_id`) with a recount of those invites,
/// named as they are written.
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
        .collect()
}
