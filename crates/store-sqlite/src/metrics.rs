//! Aggregates for invite metrics (SPEC §2.5) and the workspace home (§2.4).
//! Without a time window they read the counters the triggers of migration
//! 0003 keep per (event, inviter) and (event, issuer): a few rows per
//! inviter, whatever the number of invites. With a window they count the
//! invites through the covering indexes `invites_metrics_by_inviter` /
//! `invites_metrics_by_issuer` (no table lookups, no sort for the GROUP BY).
//! An event's counter rows carry their names (migration 0004); other
//! groupings join the names after aggregation. A partner's groupings (the
//! leaderboard) start from the sums over the events it hosts (migration
//! 0005). BENCHMARKS.md has the query plans and timings.

use rusqlite::types::{FromSqlError, Value, ValueRef};
use rusqlite::{params, Row};

use super::invite::STREAM_SELECT;
use super::partner::{partner, COLUMNS as PARTNER_COLUMNS};
use super::{from_sql, named, stamp, time, SqliteTx};
use crate::error::{sql, CoreResult};
use crate::model::{GroupBy, Invite, Named};
use crate::store::{Counts, DrillQuery, EventCounts, Group, InviteSet, MetricsStore, PartnerOverview, Window};

/// The eight counters of `Counts` over invites, in field order and named as
/// the counter columns; every column is in both covering indexes. `db check`
/// recounts with them too.
pub(crate) const COUNTERS: &str = "count(*) AS sent, count(viewed_at) AS viewed, sum(credited_acceptance) AS accepted,
    sum(status = 'declined') AS declined, sum(status = 'closed_duplicate') AS closed_duplicate,
    sum(status IN ('pending', 'viewed')) AS open, sum(status = 'expired') AS expired,
    sum(attendance = 'confirmed') AS attended";

/// The same eight columns of a counter row.
pub(crate) const COUNTED: &str = "sent, viewed, accepted, declined, closed_duplicate, open, expired, attended";

/// The same eight counters summed from counter rows.
pub(crate) const SUMS: &str =
    "sum(sent) AS sent, sum(viewed) AS viewed, sum(accepted) AS accepted, sum(declined) AS declined,
    sum(closed_duplicate) AS closed_duplicate, sum(open) AS open, sum(expired) AS expired, sum(attended) AS attended";

/// `created_at` in `[?2, ?3)`, either end optional.
const WINDOW: &str = "(?2 IS NULL OR created_at >= ?2) AND (?3 IS NULL OR created_at < ?3)";

/// The counters of the invites matching `filter`, one row per `keys`: summed
/// from the counter table when there is no window (the guard states it, and
/// keeps ?2 and ?3 bound in both shapes), else from the invites created in it.
fn grouped(keys: &str, counter_table: &str, filter: &str, window: &Window) -> String {
    if window.is_unbounded() {
        format!(
            "SELECT {keys}, {SUMS} FROM {counter_table} WHERE {filter} AND ?2 IS NULL AND ?3 IS NULL GROUP BY {keys}"
        )
    } else {
        format!("SELECT {keys}, {COUNTERS} FROM invites WHERE {filter} AND {WINDOW} GROUP BY {keys}")
    }
}

/// Ids of the events partner ?1 manages (host or manager).
const MANAGED_EVENTS: &str =
    "SELECT id FROM events WHERE host_partner_id = ?1 UNION SELECT event_id FROM event_managers WHERE partner_id = ?1";

/// Events of tenant ?1 whose metrics user ?4 may see: all of them when ?4
/// is NULL (operator, landlord), else those managed (host or manager) by a
/// partner where ?4 holds an active membership with `can_view_metrics`.
const VISIBLE_EVENTS: &str = "SELECT id FROM events WHERE tenant_id = ?1 AND ?4 IS NULL
    UNION SELECT e.id FROM partner_memberships m JOIN events e ON e.host_partner_id = m.partner_id
          WHERE m.user_id = ?4 AND m.status = 'active' AND m.can_view_metrics
    UNION SELECT em.event_id FROM partner_memberships m JOIN event_managers em ON em.partner_id = m.partner_id
          WHERE m.user_id = ?4 AND m.status = 'active' AND m.can_view_metrics";

/// The columns `event_counts` reads: event `e`, its host `p`, counters `c`
/// (column 7 is `sent`, NULL for an event without invites in the window).
const EVENT_COUNTS_COLUMNS: &str = "e.id, e.slug, e.title, e.starts_at, p.slug, c.*";

/// `event_counts`: the invites are read through a covering metrics index
/// (event_id first), for the visible events only.
fn event_counts_sql(window: &Window) -> String {
    let counts = grouped("event_id", "invite_counts_by_inviter", "event_id IN (SELECT id FROM visible)", window);
    format!(
        "WITH visible AS ({VISIBLE_EVENTS})
         SELECT {EVENT_COUNTS_COLUMNS}
         FROM visible v JOIN events e ON e.id = v.id JOIN partners p ON p.id = e.host_partner_id
         LEFT JOIN ({counts}) c ON c.event_id = e.id
         ORDER BY 7 DESC NULLS LAST, e.id"
    )
}

fn managed_event_counts_sql(window: &Window) -> String {
    let counts = grouped("event_id", "invite_counts_by_inviter", &format!("event_id IN ({MANAGED_EVENTS})"), window);
    format!(
        "SELECT {EVENT_COUNTS_COLUMNS}
         FROM events e JOIN partners p ON p.id = e.host_partner_id
         LEFT JOIN ({counts}) c ON c.event_id = e.id
         WHERE e.id IN ({MANAGED_EVENTS})
         ORDER BY e.starts_at, e.slug"
    )
}

fn event_counts(row: &Row) -> rusqlite::Result<EventCounts> {
    Ok(EventCounts {
        event_id: row.get(0)?,
        event_slug: row.get(1)?,
        title: row.get(2)?,
        starts_at: stamp(row, 3)?,
        host_partner_slug: row.get(4)?,
        // c.* begins with c.event_id.
        counts: counts(row, 6)?,
    })
}

/// Reads `Counts` from eight columns starting at `at` (NULL = 0: an event
/// without invites).
fn counts(row: &Row, at: usize) -> rusqlite::Result<Counts> {
    // Matched in place: `get::<Option<i64>>` took a fifth more instructions
    // per cell, and a large event has tens of thousands of them.
    let n = |i: usize| -> rusqlite::Result<i64> {
        match row.get_ref(at + i)? {
            ValueRef::Integer(n) => Ok(n),
            ValueRef::Null => Ok(0),
            other => Err(from_sql(row, at + i, other, FromSqlError::InvalidType)),
        }
    };
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

/// The aggregate query of one grouping over one invite set; with `top`, only
/// the first `top` rows in the order of SPEC §2.5 (accepted desc, sent desc,
/// id), so names are looked up for those alone. Without a window an event's
/// rows are its counter rows as they are, names included (migration 0004).
fn group_sql(set: InviteSet, by: GroupBy, window: &Window, top: Option<u32>) -> String {
    let (keys, id_order, event_table, host_table) = match by {
        GroupBy::Inviter => (
            "inviter_kind, inviter_id",
            "inviter_id, inviter_kind",
            "invite_counts_by_inviter",
            "host_counts_by_inviter",
        ),
        GroupBy::Issuer => {
            ("issued_by_user_id", "issued_by_user_id", "invite_counts_by_issuer", "host_counts_by_issuer")
        }
    };
    let names = name_columns(by);
    let order = top.map_or(String::new(), |top| format!(" ORDER BY accepted DESC, sent DESC, {id_order} LIMIT {top}"));
    let groups = match set {
        InviteSet::Event(_) if window.is_unbounded() => {
            return format!(
                "SELECT {keys}, {COUNTED}, {names} FROM {event_table}
                 WHERE event_id = ?1 AND ?2 IS NULL AND ?3 IS NULL{order}"
            );
        }
        InviteSet::Event(_) => grouped(keys, event_table, "event_id = ?1", window),
        InviteSet::ManagedBy(_) if window.is_unbounded() => managed_sums(keys, event_table, host_table, &order),
        InviteSet::ManagedBy(_) => grouped(keys, event_table, &format!("event_id IN ({MANAGED_EVENTS})"), window),
    } + &order;
    named_groups(by, &groups)
}

/// The groups of the events partner ?1 manages, without a window: its sums
/// over the events it hosts (migration 0005), plus the counter rows of the
/// events it co-manages without hosting them. A group without co-managed
/// rows counts its host sums alone, so with `order` (a top N) the host sums
/// are read in their rank index's order and only until N such groups.
fn managed_sums(keys: &str, event_table: &str, host_table: &str, order: &str) -> String {
    let keys_list: Vec<&str> = keys.split(", ").collect();
    let same_group = keys_list.iter().map(|k| format!("c.{k} = h.{k}")).collect::<Vec<_>>().join(" AND ");
    let co_keys = keys_list.iter().map(|k| format!("c.{k}")).collect::<Vec<_>>().join(", ");
    let added =
        COUNTED.split(", ").map(|n| format!("c.{n} + coalesce(h.{n}, 0) AS {n}")).collect::<Vec<_>>().join(", ");
    format!(
        "WITH co_managed AS (
             SELECT {keys}, {SUMS} FROM {event_table}
             WHERE event_id IN (SELECT m.event_id FROM event_managers m JOIN events e ON e.id = m.event_id
                                WHERE m.partner_id = ?1 AND e.host_partner_id <> ?1)
               AND ?2 IS NULL AND ?3 IS NULL
             GROUP BY {keys})
         SELECT * FROM (
             SELECT {co_keys}, {added}
             FROM co_managed c LEFT JOIN {host_table} h ON h.host_partner_id = ?1 AND {same_group}
             UNION ALL
             SELECT * FROM (SELECT {keys}, {COUNTED} FROM {host_table} h
                            WHERE host_partner_id = ?1 AND NOT EXISTS (SELECT 1 FROM co_managed c WHERE {same_group}){order}))"
    )
}

/// The name columns of a grouping's counter rows (migration 0004).
pub(crate) fn name_columns(by: GroupBy) -> &'static str {
    match by {
        GroupBy::Inviter => "inviter_name",
        GroupBy::Issuer => "issuer_email, issuer_name",
    }
}

/// The rows of `groups` (group keys, then counters), each followed by the
/// names of `name_columns`: the inviter's name, or the issuer's email and
/// name.
pub(crate) fn named_groups(by: GroupBy, groups: &str) -> String {
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

fn group_row(by: GroupBy, row: &Row) -> rusqlite::Result<(Group, Counts)> {
    Ok(match by {
        GroupBy::Inviter => {
            (Group::Inviter { kind: named(row, 0)?, id: row.get(1)?, name: row.get(10)? }, counts(row, 2)?)
        }
        GroupBy::Issuer => (Group::Issuer { id: row.get(0)?, email: row.get(9)?, name: row.get(10)? }, counts(row, 1)?),
    })
}

/// The drill query with only the clauses `q` needs, so that every variant
/// walks `invites_drill (event_id, created_at, id)` in order: the unary `+`
/// keeps the planner from choosing another index and sorting.
fn drill_sql(q: &DrillQuery) -> (String, Vec<Value>) {
    let text = |s: &str| Value::Text(s.to_string());
    let mut sql = format!("{STREAM_SELECT} WHERE i.event_id = ?");
    let mut args = vec![text(&q.event_id)];
    if let Some((kind, id)) = &q.inviter {
        sql.push_str(" AND +i.inviter_kind = ? AND +i.inviter_id = ?");
        args.extend([text(kind.as_str()), text(id)]);
    }
    if let Some(issuer) = &q.issuer_id {
        sql.push_str(" AND +i.issued_by_user_id = ?");
        args.push(text(issuer));
    }
    if let Some(status) = q.status {
        sql.push_str(" AND +i.status = ?");
        args.push(text(status.as_str()));
    }
    if let Some(since) = q.window.since {
        sql.push_str(" AND i.created_at >= ?");
        args.push(Value::Text(time::fmt(since)));
    }
    if let Some(until) = q.window.until {
        sql.push_str(" AND i.created_at < ?");
        args.push(Value::Text(time::fmt(until)));
    }
    if let Some((created_at, id)) = &q.after {
        sql.push_str(" AND (i.created_at, i.id) > (?, ?)");
        args.extend([Value::Text(time::fmt(*created_at)), text(id)]);
    }
    sql.push_str(" ORDER BY i.created_at, i.id");
    if let Some(limit) = q.limit {
        sql.push_str(" LIMIT ?");
        args.push(Value::Integer(i64::try_from(limit).unwrap_or(i64::MAX)));
    }
    (sql, args)
}

impl MetricsStore for SqliteTx<'_> {
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
            let mut stmt = self.conn.prepare_cached(&group_sql(set, by, window, top))?;
            let mut rows = stmt.query(params![id, window.since.map(time::fmt), window.until.map(time::fmt)])?;
            while let Some(row) = rows.next()? {
                let (group, counts) = group_row(by, row)?;
                each(group, counts);
            }
            Ok(())
        })
    }

    fn managed_event_counts(&self, partner_id: &str, window: &Window) -> CoreResult<Vec<EventCounts>> {
        sql(|| {
            let mut stmt = self.conn.prepare_cached(&managed_event_counts_sql(window))?;
            let rows = stmt
                .query_map(params![partner_id, window.since.map(time::fmt), window.until.map(time::fmt)], event_counts)?
                .collect::<rusqlite::Result<_>>()?;
            Ok(rows)
        })
    }

    fn event_counts(&self, tenant_id: &str, viewer: Option<&str>, window: &Window) -> CoreResult<Vec<EventCounts>> {
        sql(|| {
            let mut stmt = self.conn.prepare_cached(&event_counts_sql(window))?;
            let params = params![tenant_id, window.since.map(time::fmt), window.until.map(time::fmt), viewer];
            let rows = stmt.query_map(params, event_counts)?.collect::<rusqlite::Result<_>>()?;
            Ok(rows)
        })
    }

    fn drill(&self, q: &DrillQuery, each: &mut dyn FnMut(&Invite) -> CoreResult<()>) -> CoreResult<()> {
        sql(|| {
            let (sql, args) = drill_sql(q);
            self.stream_invites(&sql, args, each)
        })
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
            // One statement; each correlated count is served by an index
            // (memberships' unique key, events_by_host, event_managers_by_partner,
            // invites_by_inviter_time). A host listed as its own manager counts once.
            let mut stmt = self.conn.prepare_cached(&format!(
                "SELECT {PARTNER_COLUMNS},
                    (SELECT role FROM partner_memberships m
                     WHERE m.partner_id = partners.id AND m.user_id = ?2 AND m.status = 'active'),
                    (SELECT count(*) FROM partner_memberships m
                     WHERE m.partner_id = partners.id AND m.status = 'active'),
                    (SELECT count(*) FROM events e WHERE e.host_partner_id = partners.id)
                      + (SELECT count(*) FROM event_managers em JOIN events e ON e.id = em.event_id
                         WHERE em.partner_id = partners.id AND e.host_partner_id <> em.partner_id),
                    (SELECT count(*) FROM invites i
                     WHERE i.inviter_kind = 'partner' AND i.inviter_id = partners.id
                       AND i.created_at >= ?4 AND i.created_at < ?5)
                 FROM partners
                 WHERE tenant_id = ?1
                   AND (NOT ?3 OR EXISTS (SELECT 1 FROM partner_memberships m
                        WHERE m.partner_id = partners.id AND m.user_id = ?2 AND m.status = 'active'))
                 ORDER BY slug"
            ))?;
            let rows = stmt
                .query_map(params![tenant_id, user_id, only_member, time::fmt(day_from), time::fmt(day_to)], |row| {
                    Ok(PartnerOverview {
                        partner: partner(row)?,
                        role: row.get_ref(7)?.as_str_or_null()?.map(|_| named(row, 7)).transpose()?,
                        active_members: row.get(8)?,
                        managed_events: row.get(9)?,
                        invites_today: row.get(10)?,
                    })
                })?
                .collect::<rusqlite::Result<_>>()?;
            Ok(rows)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::InviterKind;
    use crate::SqliteStore;

    /// The `detail` lines of `EXPLAIN QUERY PLAN sql`.
    fn plan(store: &SqliteStore, sql: &str) -> Vec<String> {
        let mut stmt = store.conn.prepare(&format!("EXPLAIN QUERY PLAN {sql}")).unwrap();
        // Unbound parameters are NULL; the plan does not depend on their values.
        let mut rows = stmt.raw_query();
        let mut lines = Vec::new();
        while let Some(row) = rows.next().unwrap() {
            lines.push(row.get::<_, String>(3).unwrap());
        }
        lines
    }

    #[track_caller]
    fn assert_plan(lines: &[String], uses: &str) {
        assert!(lines.iter().any(|l| l.contains(uses)), "expected {uses:?} in {lines:#?}");
        assert!(!lines.iter().any(|l| l.contains("TEMP B-TREE")), "unexpected sort in {lines:#?}");
    }

    fn windowed() -> Window {
        let t = time::parse_stored("2026-11-24T10:00:00Z").unwrap();
        Window { since: Some(t), until: None }
    }

    #[test]
    fn event_groupings_read_their_counters_or_in_a_window_their_covering_index_without_sorting() {
        let store = SqliteStore::open_in_memory().unwrap();
        let event = InviteSet::Event("e");
        let all = Window::default();
        assert_plan(
            &plan(&store, &group_sql(event, GroupBy::Inviter, &all, None)),
            "SEARCH invite_counts_by_inviter USING PRIMARY KEY (event_id=?)",
        );
        assert_plan(
            &plan(&store, &group_sql(event, GroupBy::Issuer, &all, None)),
            "SEARCH invite_counts_by_issuer USING PRIMARY KEY (event_id=?)",
        );
        let by_inviter = plan(&store, &group_sql(event, GroupBy::Inviter, &windowed(), None));
        assert_plan(&by_inviter, "USING COVERING INDEX invites_metrics_by_inviter (event_id=?)");
        let by_issuer = plan(&store, &group_sql(event, GroupBy::Issuer, &windowed(), None));
        assert_plan(&by_issuer, "USING COVERING INDEX invites_metrics_by_issuer (event_id=?)");
    }

    #[test]
    fn event_counts_read_counters_or_invites_only_through_a_covering_index() {
        let store = SqliteStore::open_in_memory().unwrap();
        let lines = plan(&store, &event_counts_sql(&Window::default()));
        assert!(lines.iter().any(|l| l.starts_with("SEARCH invite_counts_by_inviter USING PRIMARY KEY")), "{lines:#?}");
        assert!(!lines.iter().any(|l| l.contains(" invites ")), "{lines:#?}");
        let lines = plan(&store, &event_counts_sql(&windowed()));
        assert!(
            lines.iter().any(|l| l.starts_with("SEARCH invites USING COVERING INDEX invites_metrics_by_")),
            "{lines:#?}"
        );
        assert!(!lines.iter().any(|l| l.starts_with("SCAN invites")), "{lines:#?}");
    }

    #[test]
    fn every_drill_variant_walks_the_drill_index_in_order() {
        let store = SqliteStore::open_in_memory().unwrap();
        let bare = DrillQuery {
            event_id: "e".into(),
            inviter: None,
            issuer_id: None,
            status: None,
            window: Window::default(),
            after: None,
            limit: None,
        };
        let t = time::parse_stored("2026-11-24T10:00:00Z").unwrap();
        let full = DrillQuery {
            inviter: Some((InviterKind::Partner, "p".into())),
            issuer_id: Some("u".into()),
            status: Some(crate::model::InviteStatus::Accepted),
            window: Window { since: Some(t), until: Some(t) },
            after: Some((t, "i".into())),
            limit: Some(2),
            ..bare.clone()
        };
        for q in [bare, full] {
            assert_plan(&plan(&store, &drill_sql(&q).0), "USING INDEX invites_drill (event_id=?");
        }
    }
}
