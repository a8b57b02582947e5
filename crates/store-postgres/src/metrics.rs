//! Aggregates for invite metrics (SPEC §2.5) and the workspace home (§2.4),
//! as in crates/store-sqlite/src/metrics.rs: without a time window from the
//! counters the triggers of migration 0003 keep, with one through the
//! covering indexes `invites_metrics_by_inviter` / `_by_issuer` (group keys,
//! then the counted columns as INCLUDE). An event's counter rows carry their
//! names (migration 0005); other groupings join them after aggregation. A
//! partner's groupings start from its host sums (migration 0007).

use postgres::Row;

use super::partner::{partner, COLUMNS as PARTNER_COLUMNS};
use super::stream::InviteStream;
use super::{named, opt_fmt, opt_named, stamp, time, Args, Param, PgTx};
use crate::error::{sql, CoreResult, Result};
use crate::model::{GroupBy, Invite, Named};
use crate::store::{Counts, DrillQuery, EventCounts, Group, InviteSet, MetricsStore, PartnerOverview, Window};

/// The eight counters of `Counts`, in field order (`db check` recounts with them too).
pub(crate) const COUNTERS: &str = "count(*) AS sent, count(viewed_at) AS viewed,
    count(*) FILTER (WHERE credited_acceptance) AS accepted, count(*) FILTER (WHERE status = 'declined') AS declined,
    count(*) FILTER (WHERE status = 'closed_duplicate') AS closed_duplicate,
    count(*) FILTER (WHERE status IN ('pending', 'viewed')) AS open,
    count(*) FILTER (WHERE status = 'expired') AS expired, count(*) FILTER (WHERE attendance = 'confirmed') AS attended";

/// The same eight columns of a counter row.
const COUNTED: &str = "sent, viewed, accepted, declined, closed_duplicate, open, expired, attended";

/// The same eight counters summed from counter rows.
pub(crate) const SUMS: &str =
    "sum(sent)::bigint AS sent, sum(viewed)::bigint AS viewed, sum(accepted)::bigint AS accepted,
    sum(declined)::bigint AS declined, sum(closed_duplicate)::bigint AS closed_duplicate, sum(open)::bigint AS open,
    sum(expired)::bigint AS expired, sum(attended)::bigint AS attended";

/// `created_at` in `[$2, $3)`, either end optional.
const WINDOW: &str = "($2::text IS NULL OR created_at >= $2) AND ($3::text IS NULL OR created_at < $3)";

/// The counters of the invites matching `filter`, one row per `keys`: from
/// the counter table when there is no window (the guard states it, and keeps
/// $2 and $3 typed in both shapes), else from the invites created in it.
fn grouped(keys: &str, counter_table: &str, filter: &str, window: &Window) -> String {
    if window.is_unbounded() {
        format!(
            "SELECT {keys}, {SUMS} FROM {counter_table}
             WHERE {filter} AND $2::text IS NULL AND $3::text IS NULL GROUP BY {keys}"
        )
    } else {
        format!("SELECT {keys}, {COUNTERS} FROM invites WHERE {filter} AND {WINDOW} GROUP BY {keys}")
    }
}

/// Ids of the events partner $1 manages (host or manager).
const MANAGED_EVENTS: &str =
    "SELECT id FROM events WHERE host_partner_id = $1 UNION SELECT event_id FROM event_managers WHERE partner_id = $1";

/// Events of tenant $1 whose metrics user $4 may see, as in SQLite's
/// `VISIBLE_EVENTS`.
const VISIBLE_EVENTS: &str = "SELECT id FROM events WHERE tenant_id = $1 AND $4::text IS NULL
    UNION SELECT e.id FROM partner_memberships m JOIN events e ON e.host_partner_id = m.partner_id
          WHERE m.user_id = $4::text AND m.status = 'active' AND m.can_view_metrics
    UNION SELECT em.event_id FROM partner_memberships m JOIN event_managers em ON em.partner_id = m.partner_id
          WHERE m.user_id = $4::text AND m.status = 'active' AND m.can_view_metrics";

/// The columns `event_counts` reads: event `e`, its host `p`, counters `c`
/// (column 7 is `sent`, NULL for an event without invites in the window).
const EVENT_COUNTS_COLUMNS: &str = "e.id, e.slug, e.title, e.starts_at, p.slug, c.*";

fn event_counts(row: &Row) -> Result<EventCounts> {
    Ok(EventCounts {
        event_id: row.try_get(0)?,
        event_slug: row.try_get(1)?,
        title: row.try_get(2)?,
        starts_at: stamp(row, 3)?,
        host_partner_slug: row.try_get(4)?,
        // c.* begins with c.event_id.
        counts: counts(row, 6)?,
    })
}

/// Reads `Counts` from eight columns starting at `at` (NULL = 0: an event
/// without invites).
fn counts(row: &Row, at: usize) -> Result<Counts> {
    let n = |i: usize| -> Result<i64> { Ok(row.try_get::<_, Option<i64>>(at + i)?.unwrap_or(0)) };
    Ok(Counts {
        sent: n(0)?,
        viewed: n(1)?,
        accepted: n(2)?,
        declined: n(3)?,
        closed_duplicate: n(4)?,
        open: n(5)?,
        expired: n(6)?,
        attended: n(7)?,
    })
}

/// The aggregate query of one grouping over one invite set, as SQLite's
/// `group_sql` (counters and their names, `top`). The groups come in no
/// order: core sorts them (SPEC §2.5), and a sort here took 3.5 of the 7 ms
/// the 9,918 groups of a large event take on the server.
fn group_sql(set: InviteSet, by: GroupBy, window: &Window, top: Option<u32>) -> String {
    let (keys, id_order, event_table, host_table, names) = match by {
        GroupBy::Inviter => (
            "inviter_kind, inviter_id",
            "inviter_id, inviter_kind",
            "invite_counts_by_inviter",
            "host_counts_by_inviter",
            "inviter_name",
        ),
        GroupBy::Issuer => (
            "issued_by_user_id",
            "issued_by_user_id",
            "invite_counts_by_issuer",
            "host_counts_by_issuer",
            "issuer_email, issuer_name",
        ),
    };
    let top_order = top.map(|top| format!(" ORDER BY accepted DESC, sent DESC, {id_order} LIMIT {top}"));
    let order = top_order.as_deref().unwrap_or("");
    let groups = match set {
        InviteSet::Event(_) if window.is_unbounded() => {
            return format!(
                "SELECT {keys}, {COUNTED}, {names} FROM {event_table}
                 WHERE event_id = $1 AND $2::text IS NULL AND $3::text IS NULL{order}"
            );
        }
        InviteSet::Event(_) => grouped(keys, event_table, "event_id = $1", window) + order,
        InviteSet::ManagedBy(_) if window.is_unbounded() => managed_sums(keys, event_table, host_table, order) + order,
        InviteSet::ManagedBy(_) => {
            grouped(keys, event_table, &format!("event_id IN ({MANAGED_EVENTS})"), window) + order
        }
    };
    match by {
        GroupBy::Inviter => format!(
            "SELECT g.*, coalesce(u.display_name, p.name, '')
             FROM ({groups}) g
             LEFT JOIN users u ON g.inviter_kind = 'user' AND u.id = g.inviter_id
             LEFT JOIN partners p ON g.inviter_kind = 'partner' AND p.id = g.inviter_id"
        ),
        GroupBy::Issuer => format!(
            "SELECT g.*, u.email, u.display_name
             FROM ({groups}) g
             JOIN users u ON u.id = g.issued_by_user_id"
        ),
    }
}

/// The groups of the events partner $1 manages, without a window, as
/// SQLite's `managed_sums` finds them: its sums over the events it hosts
/// (migration 0007) plus the counter rows of the events it co-manages
/// without hosting them, the host sums read in rank order up to `order`'s
/// limit when they are all a group counts.
fn managed_sums(keys: &str, event_table: &str, host_table: &str, order: &str) -> String {
    let keys_list: Vec<&str> = keys.split(", ").collect();
    let same_group = keys_list.iter().map(|k| format!("c.{k} = h.{k}")).collect::<Vec<_>>().join(" AND ");
    let co_keys = keys_list.iter().map(|k| format!("c.{k}")).collect::<Vec<_>>().join(", ");
    let added =
        COUNTED.split(", ").map(|n| format!("c.{n} + coalesce(h.{n}, 0) AS {n}")).collect::<Vec<_>>().join(", ");
    // Summed as `int`: a bigint's sum keeps a numeric state per group (16 of
    // the statement's 55 ms for the 7,855 co-managed rows of `city`); one
    // counter row past 2^31 fails the cast rather than miscount.
    let sums = COUNTED.split(", ").map(|n| format!("sum({n}::int) AS {n}")).collect::<Vec<_>>().join(", ");
    format!(
        "WITH co_managed AS (
             SELECT {keys}, {sums} FROM {event_table}
             WHERE event_id IN (SELECT m.event_id FROM event_managers m JOIN events e ON e.id = m.event_id
                                WHERE m.partner_id = $1 AND e.host_partner_id <> $1)
               AND $2::text IS NULL AND $3::text IS NULL
             GROUP BY {keys})
         SELECT * FROM (
             SELECT {co_keys}, {added}
             FROM co_managed c LEFT JOIN {host_table} h ON h.host_partner_id = $1 AND {same_group}
             UNION ALL
             (SELECT {keys}, {COUNTED} FROM {host_table} h
              WHERE host_partner_id = $1 AND NOT EXISTS (SELECT 1 FROM co_managed c WHERE {same_group}){order})) managed"
    )
}

fn group_row(by: GroupBy, row: &Row) -> Result<(Group, Counts)> {
    Ok(match by {
        GroupBy::Inviter => {
            (Group::Inviter { kind: named(row, 0)?, id: row.try_get(1)?, name: row.try_get(10)? }, counts(row, 2)?)
        }
        GroupBy::Issuer => {
            (Group::Issuer { id: row.try_get(0)?, email: row.try_get(9)?, name: row.try_get(10)? }, counts(row, 1)?)
        }
    })
}

/// The drill's stream with only the clauses `q` needs; every variant walks
/// `invites_drill (event_id, created_at, id)` in order.
fn drill_stream(q: &DrillQuery) -> InviteStream<'_> {
    let mut args = Args::default();
    let mut filter = format!("i.event_id = {}", args.bind(q.event_id.clone()));
    if let Some((kind, id)) = &q.inviter {
        let (k, id) = (args.bind(kind.as_str()), args.bind(id.clone()));
        filter.push_str(&format!(" AND i.inviter_kind = {k} AND i.inviter_id = {id}"));
    }
    if let Some(issuer) = &q.issuer_id {
        filter.push_str(&format!(" AND i.issued_by_user_id = {}", args.bind(issuer.clone())));
    }
    if let Some(status) = q.status {
        filter.push_str(&format!(" AND i.status = {}", args.bind(status.as_str())));
    }
    if let Some(since) = q.window.since {
        filter.push_str(&format!(" AND i.created_at >= {}", args.bind(time::fmt(since))));
    }
    if let Some(until) = q.window.until {
        filter.push_str(&format!(" AND i.created_at < {}", args.bind(time::fmt(until))));
    }
    if let Some((created_at, id)) = &q.after {
        let (c, id) = (args.bind(time::fmt(*created_at)), args.bind(id.clone()));
        filter.push_str(&format!(" AND (i.created_at, i.id) > ({c}, {id})"));
    }
    InviteStream { filter, args, event_id: Some(&q.event_id), limit: q.limit }
}

impl MetricsStore for PgTx<'_> {
    fn group_counts(
        &self,
        set: InviteSet,
        by: GroupBy,
        window: &Window,
        top: Option<u32>,
        each: &mut dyn FnMut(Group, Counts),
    ) -> CoreResult<()> {
        sql(|| {
            let (InviteSet::Event(id) | InviteSet::ManagedBy(id)) = set;
            // Each row is dropped once handed on: 9,918 rows held at once
            // cost the process as many fresh pages, zeroed by the kernel.
            let params: [Param; 3] = [&id, &opt_fmt(window.since), &opt_fmt(window.until)];
            self.stream(&group_sql(set, by, window, top), &params, &mut |row| {
                let (group, counts) = group_row(by, row)?;
                each(group, counts);
                Ok(())
            })
        })
    }

    fn managed_event_counts(&self, partner_id: &str, window: &Window) -> CoreResult<Vec<EventCounts>> {
        sql(|| {
            let counts =
                grouped("event_id", "invite_counts_by_inviter", &format!("event_id IN ({MANAGED_EVENTS})"), window);
            let sql = format!(
                "SELECT {EVENT_COUNTS_COLUMNS}
                 FROM events e JOIN partners p ON p.id = e.host_partner_id
                 LEFT JOIN ({counts}) c ON c.event_id = e.id
                 WHERE e.id IN ({MANAGED_EVENTS})
                 ORDER BY e.starts_at, e.slug"
            );
            let rows = self.query(&sql, &[&partner_id, &opt_fmt(window.since), &opt_fmt(window.until)])?;
            rows.iter().map(event_counts).collect()
        })
    }

    fn event_counts(&self, tenant_id: &str, viewer: Option<&str>, window: &Window) -> CoreResult<Vec<EventCounts>> {
        sql(|| {
            let counts =
                grouped("event_id", "invite_counts_by_inviter", "event_id IN (SELECT id FROM visible)", window);
            let sql = format!(
                "WITH visible AS ({VISIBLE_EVENTS})
                 SELECT {EVENT_COUNTS_COLUMNS}
                 FROM visible v JOIN events e ON e.id = v.id JOIN partners p ON p.id = e.host_partner_id
                 LEFT JOIN ({counts}) c ON c.event_id = e.id
                 ORDER BY 7 DESC NULLS LAST, e.id"
            );
            let rows = self.query(&sql, &[&tenant_id, &opt_fmt(window.since), &opt_fmt(window.until), &viewer])?;
            rows.iter().map(event_counts).collect()
        })
    }

    fn drill(&self, q: &DrillQuery, each: &mut dyn FnMut(&Invite) -> CoreResult<()>) -> CoreResult<()> {
        sql(|| self.stream_invites(drill_stream(q), each))
    }

    fn partner_overviews(
        &self,
        tenant_id: &str,
        user_id: Option<&str>,
        only_member: bool,
        day_from: time::Timestamp,
        day_to: time::Timestamp,
    ) -> CoreResult<Vec<PartnerOverview>> {
        sql(|| {
            let sql = format!(
                "SELECT {PARTNER_COLUMNS},
                    (SELECT role FROM partner_memberships m
                     WHERE m.partner_id = partners.id AND m.user_id = $2::text AND m.status = 'active'),
                    (SELECT count(*) FROM partner_memberships m
                     WHERE m.partner_id = partners.id AND m.status = 'active'),
                    (SELECT count(*) FROM events e WHERE e.host_partner_id = partners.id)
                      + (SELECT count(*) FROM event_managers em JOIN events e ON e.id = em.event_id
                         WHERE em.partner_id = partners.id AND e.host_partner_id <> em.partner_id),
                    (SELECT count(*) FROM invites i
                     WHERE i.inviter_kind = 'partner' AND i.inviter_id = partners.id
                       AND i.created_at >= $4 AND i.created_at < $5)
                 FROM partners
                 WHERE tenant_id = $1
                   AND (NOT $3 OR EXISTS (SELECT 1 FROM partner_memberships m
                        WHERE m.partner_id = partners.id AND m.user_id = $2::text AND m.status = 'active'))
                 ORDER BY slug"
            );
            let rows =
                self.query(&sql, &[&tenant_id, &user_id, &only_member, &time::fmt(day_from), &time::fmt(day_to)])?;
            rows.iter()
                .map(|row| {
                    Ok(PartnerOverview {
                        partner: partner(row)?,
                        role: opt_named(row, 7)?,
                        active_members: row.try_get(8)?,
                        managed_events: row.try_get(9)?,
                        invites_today: row.try_get(10)?,
                    })
                })
                .collect()
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing;

    /// With a time window the groupings read the invites, each through its
    /// covering index alone (SPEC §3.2).
    #[test]
    fn windowed_groupings_are_index_only_scans_of_their_covering_index() {
        let Some(mut client) = testing::index_planner() else { return };
        let window = Window { since: Some(time::parse_stored("2026-01-01T00:00:00Z").unwrap()), until: None };
        let cases = [(GroupBy::Inviter, "invites_metrics_by_inviter"), (GroupBy::Issuer, "invites_metrics_by_issuer")];
        for (n, (by, index)) in cases.into_iter().enumerate() {
            let sql = group_sql(InviteSet::Event("e"), by, &window, None);
            let plan =
                testing::plan(&mut client, &format!("grouping_{n}"), &sql, &["'e'", "'2026-01-01T00:00:00Z'", "NULL"]);
            assert!(plan.contains(&format!("Index Only Scan using {index} on invites")), "{sql}\n{plan}");
        }
    }
}
