//! The invite counters of migrations 0003 and 0004 as the store writes them
//! itself. The triggers keep them for any writer; a bulk load (an `invite
//! import` past its first 20,000 rows) sets the triggers aside instead, in
//! its own transaction, and recounts the events it wrote before it ends: the
//! triggers' two upserts per row took 40 % of an import (200,000 rows into
//! the benchmark's setup file: 24.8 s with them, 15.3 s without).

use super::metrics::{name_columns, named_groups, COUNTED, COUNTERS, SUMS};
use crate::model::GroupBy;

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

/// The host counters of migration 0005: name, principal keys (after
/// `host_partner_id`), how a row is named, and the event counter table
/// whose rows they sum per host.
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

/// The triggers that keep the counters and the host sums (migrations 0003,
/// 0004, 0006 and 0007): the invites' changes counted in and out, and a new
/// counter row named.
pub(crate) const UPKEEP_TRIGGERS: [&str; 5] = [
    "invites_count_insert",
    "invites_count_update",
    "invites_count_delete",
    "invite_counts_by_inviter_named",
    "invite_counts_by_issuer_named",
];

/// Statements that replace the host counters of partner ?1 with the sums of
/// the counter rows of the events it hosts, once these are recounted: a
/// bulk load's recount, one aggregate per host.
pub(crate) fn recount_host_sql() -> Vec<String> {
    HOST_COUNTER_TABLES
        .iter()
        .flat_map(|(table, keys, _, event_table)| {
            [
                format!("DELETE FROM {table} WHERE host_partner_id = ?1"),
                format!(
                    "INSERT INTO {table} (host_partner_id, {keys}, {COUNTED})
                     SELECT ?1, {keys}, {SUMS} FROM {event_table}
                     WHERE event_id IN (SELECT id FROM events WHERE host_partner_id = ?1) GROUP BY {keys}"
                ),
            ]
        })
        .collect()
}

/// Statements that replace the counter rows of event ?1 with a recount of
/// its invites, named as `metrics` names its groups.
pub(crate) fn recount_event_sql() -> Vec<String> {
    [GroupBy::Inviter, GroupBy::Issuer]
        .into_iter()
        .zip(COUNTER_TABLES)
        .flat_map(|(by, (table, keys, _))| {
            let groups = format!("SELECT {keys}, {COUNTERS} FROM invites WHERE event_id = ?1 GROUP BY {keys}");
            [
                format!("DELETE FROM {table} WHERE event_id = ?1"),
                format!("INSERT INTO {table} ({keys}, {COUNTED}, {}) {}", name_columns(by), named_groups(by, &groups)),
            ]
        })
        .collect()
}
