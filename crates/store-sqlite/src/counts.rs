//! The invite counters of migrations 0003 and 0004 as the store writes them
//! itself. The triggers keep them for any writer; a bulk load (an `invite
//! import` past its first 20,000 rows) sets the triggers aside instead, in
//! its own transaction, and recounts the events it wrote before it ends: the
//! triggers' two upserts per row took 40 % of an import (200,000 rows into
//! the benchmark's setup file: 24.8 s with them, 15.3 s without).

use super::metrics::{COUNTED, COUNTERS};

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

/// The triggers that keep the counters (migrations 0003 and 0004): the
/// invites' changes counted in and out, and a new counter row named.
pub(crate) const UPKEEP_TRIGGERS: [&str; 5] = [
    "invites_count_insert",
    "invites_count_update",
    "invites_count_delete",
    "invite_counts_by_inviter_named",
    "invite_counts_by_issuer_named",
];

/// The name columns of each `COUNTER_TABLES` table, and how a recounted
/// group (`g`) gets them, as the `_named` triggers of migration 0004 do.
const NAMES: [(&str, &str, &str); 2] = [
    (
        "inviter_name",
        "coalesce(u.display_name, p.name, '')",
        "LEFT JOIN users u ON g.inviter_kind = 'user' AND u.id = g.inviter_id
         LEFT JOIN partners p ON g.inviter_kind = 'partner' AND p.id = g.inviter_id",
    ),
    (
        "issuer_email, issuer_name",
        "coalesce(u.email, ''), coalesce(u.display_name, '')",
        "LEFT JOIN users u ON u.id = g.issued_by_user_id",
    ),
];

/// Statements that replace the counter rows of event ?1 with a recount of
/// its invites, named as the triggers name them.
pub(crate) fn recount_event_sql() -> [String; 4] {
    let [(inviters, inviter_keys, _), (issuers, issuer_keys, _)] = COUNTER_TABLES;
    let [inviter_names, issuer_names] = NAMES;
    let insert = |table: &str, keys: &str, (columns, names, joins): (&str, &str, &str)| {
        format!(
            "INSERT INTO {table} ({keys}, {COUNTED}, {columns})
             SELECT g.*, {names}
             FROM (SELECT {keys}, {COUNTERS} FROM invites WHERE event_id = ?1 GROUP BY {keys}) g {joins}"
        )
    };
    [
        format!("DELETE FROM {inviters} WHERE event_id = ?1"),
        insert(inviters, inviter_keys, inviter_names),
        format!("DELETE FROM {issuers} WHERE event_id = ?1"),
        insert(issuers, issuer_keys, issuer_names),
    ]
}
