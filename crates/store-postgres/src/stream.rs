//! Streams of invite records (the drill, `invite list`), by one of three
//! queries chosen for the stream's size:
//! - a page (at most `PAGE_ROWS`): one table, names by scalar subqueries;
//! - a long stream of one event: the invites' own columns in the order of
//!   the event's index, its names read beforehand (`names_first`);
//! - anything else: the joined `SELECT`.
//!
//! Joined, a long stream is hash joins and a sort of the wide rows, and no
//! row leaves the server before the sort ends (the big event's 200k rows:
//! ~400 ms before the first one). Its own columns walk `invites_drill` and
//! stream at once (80 ms for the same rows in `EXPLAIN ANALYZE`); the names
//! come from core's `Names`, which here cannot look a name up while the
//! stream runs (the connection is busy until its last row), so everything
//! it may need is read first: the tenant's users, its partners, the event.

use std::collections::HashMap;

use partnerctl_core::names::{set, NameLookup, Names};
use postgres::Row;

use super::invite::{read_invite, read_state, SELECT};
use super::{named, sql_limit, Args, PgTx, Span};
use crate::error::{CoreResult, Error, Result};
use crate::model::Invite;
use crate::store::UserStore;

/// The same columns as `SELECT` with the names from scalar subqueries, for
/// a page of at most `PAGE_ROWS` rows: a one-table query plans in a
/// fraction of the time of the five-table join (0.25 ms against 1.3 ms for
/// a drill page of the 1M-invite dataset, planned anew each time since its
/// generic plan looks dearer), but looks each name up row by row.
const PAGE_SELECT: &str = "SELECT i.id, i.event_id, (SELECT e.slug FROM events e WHERE e.id = i.event_id),
        i.receiver_user_id, (SELECT r.email FROM users r WHERE r.id = i.receiver_user_id),
        i.inviter_kind, i.inviter_id,
        CASE i.inviter_kind
            WHEN 'user' THEN (SELECT s.display_name FROM users s WHERE s.id = i.issued_by_user_id)
            ELSE (SELECT p.name FROM partners p WHERE p.id = i.inviter_id) END,
        i.issued_by_user_id, (SELECT s.email FROM users s WHERE s.id = i.issued_by_user_id),
        i.status, i.credited_acceptance, i.attendance, i.channel, i.created_at, i.viewed_at, i.responded_at
    FROM invites i";

/// The largest page `PAGE_SELECT` serves: the API's largest drill page
/// (1,000 rows) and the row more that core reads to tell whether another
/// page follows.
const PAGE_ROWS: u64 = 1001;

/// The invite's own columns, for `names_first` (read by `read_own`).
const OWN_SELECT: &str = "SELECT i.id, i.event_id, i.receiver_user_id, i.inviter_kind, i.inviter_id,
        i.issued_by_user_id, i.status, i.credited_acceptance, i.attendance, i.channel,
        i.created_at, i.viewed_at, i.responded_at
    FROM invites i";

/// An event's stream of at least this many rows reads its names first: the
/// tenant's users cost about as much as the joins of this many rows (the
/// first 10,000 rows of the 1M dataset's big event, 100k users: 94 ms so
/// against 87 ms joined; 15,000: 102 against 118 ms; 20,000: 110 against
/// 155 ms).
const NAMES_FIRST_ROWS: i64 = 10_000;

/// One stream: the condition on `invites i` with its arguments, the event
/// it is confined to (if any) and its row limit. Rows come in
/// `created_at, id` order.
pub(super) struct InviteStream<'q> {
    pub filter: String,
    pub args: Args,
    pub event_id: Option<&'q str>,
    pub limit: Option<u64>,
}

/// Reads a row of `OWN_SELECT` into `invite` (its names left as they were).
fn read_own(row: &Row, invite: &mut Invite) -> Result<()> {
    let text = |idx| row.try_get::<_, &str>(idx);
    set(&mut invite.id, text(0)?);
    set(&mut invite.event_id, text(1)?);
    set(&mut invite.receiver_id, text(2)?);
    invite.inviter_kind = named(row, 3)?;
    set(&mut invite.inviter_id, text(4)?);
    set(&mut invite.issued_by_user_id, text(5)?);
    read_state(row, 6, invite)
}

/// The names of one event's stream, read before it starts. A name missing
/// here cannot be looked up mid-stream: `names_first` reads them all or
/// falls back to the joined query.
struct StreamNames<'t> {
    tx: &'t PgTx<'t>,
    event_id: String,
    event_slug: String,
    partners: HashMap<String, String>,
}

impl NameLookup for StreamNames<'_> {
    fn event_slug(&self, event_id: &str) -> CoreResult<String> {
        if event_id == self.event_id {
            return Ok(self.event_slug.clone());
        }
        Err(Error::internal(format!("invite stream of event {} met event {event_id}", self.event_id)))
    }

    fn user_names(&self, user_id: &str) -> CoreResult<(String, String)> {
        Err(Error::internal(format!("user {user_id} is not among the names read before the stream")))
    }

    fn partner_name(&self, partner_id: &str) -> CoreResult<Option<String>> {
        Ok(self.partners.get(partner_id).cloned())
    }

    fn tenant_users(&self, tenant_id: &str, each: &mut dyn FnMut(&str, &str, &str) -> bool) -> CoreResult<()> {
        self.tx.each_user(tenant_id, each)
    }
}

impl PgTx<'_> {
    /// Runs `q` and hands each record to `each` as it arrives, one record
    /// refilled for every row.
    pub(super) fn stream_invites(
        &self,
        mut q: InviteStream,
        each: &mut dyn FnMut(&Invite) -> CoreResult<()>,
    ) -> Result<()> {
        if q.limit.is_some_and(|n| n <= PAGE_ROWS) {
            return self.stream_joined(PAGE_SELECT, q, each);
        }
        if let Some(event_id) = q.event_id.filter(|_| q.limit.is_none_or(|n| n >= NAMES_FIRST_ROWS as u64)) {
            if let Some((tenant_id, lookup, names)) = self.names_first(event_id, &q)? {
                return self.stream_own(&tenant_id, &lookup, names, &mut q, each);
            }
        }
        self.stream_joined(SELECT, q, each)
    }

    fn stream_joined(
        &self,
        select: &str,
        mut q: InviteStream,
        each: &mut dyn FnMut(&Invite) -> CoreResult<()>,
    ) -> Result<()> {
        let sql = statement(select, &mut q);
        let mut invite = Invite::default();
        self.stream(&sql, &q.args.params(), &mut |row| {
            read_invite(row, &mut invite)?;
            Ok(each(&invite)?)
        })
    }

    /// The names of a long stream of `event_id`, or `None` when the stream
    /// is short, the tenant's users do not all fit `Names`, or the names
    /// and the stream would not share a snapshot: only a read transaction
    /// of its own is REPEATABLE READ (inside a command's READ COMMITTED
    /// transaction a user and an invite committed between the two reads
    /// would leave the stream a name it does not have).
    fn names_first(&self, event_id: &str, q: &InviteStream) -> Result<Option<(String, StreamNames<'_>, Names)>> {
        if self.span != Span::Transaction || self.writes {
            return Ok(None);
        }
        let probe =
            format!("SELECT count(*) FROM (SELECT 1 FROM invites i WHERE {} LIMIT {NAMES_FIRST_ROWS}) n", q.filter);
        if self.count(&probe, &q.args.params())? < NAMES_FIRST_ROWS {
            return Ok(None);
        }
        let Some(event) = self.query_opt("SELECT tenant_id, slug FROM events WHERE id = $1", &[&event_id])? else {
            return Ok(None);
        };
        let tenant_id: String = event.try_get(0)?;
        let partners = self.query("SELECT id, name FROM partners WHERE tenant_id = $1", &[&tenant_id])?;
        let lookup = StreamNames {
            tx: self,
            event_id: event_id.to_string(),
            event_slug: event.try_get(1)?,
            partners: partners.iter().map(|p| Ok((p.try_get(0)?, p.try_get(1)?))).collect::<Result<_>>()?,
        };
        let mut names = Names::new(0);
        if !names.read_users(&lookup, &tenant_id)? {
            return Ok(None);
        }
        Ok(Some((tenant_id, lookup, names)))
    }

    fn stream_own(
        &self,
        tenant_id: &str,
        lookup: &StreamNames,
        mut names: Names,
        q: &mut InviteStream,
        each: &mut dyn FnMut(&Invite) -> CoreResult<()>,
    ) -> Result<()> {
        let sql = statement(OWN_SELECT, q);
        // The planner would rather sort the event's rows than walk its index
        // in order (a fifth of the table); the sort holds back every row.
        self.batch("SET LOCAL enable_sort = off")?;
        let mut invite = Invite::default();
        let streamed = self.stream(&sql, &q.args.params(), &mut |row| {
            read_own(row, &mut invite)?;
            names.complete(lookup, tenant_id, &mut invite)?;
            Ok(each(&invite)?)
        });
        // After a failed stream the transaction may be aborted: its error counts.
        let reset = self.batch("RESET enable_sort");
        streamed.and(reset)
    }
}

/// `select` with the stream's condition, order and limit (bound last).
fn statement(select: &str, q: &mut InviteStream) -> String {
    let limit = q.limit.map(|n| format!(" LIMIT {}", q.args.bind(sql_limit(n)))).unwrap_or_default();
    format!("{select} WHERE {} ORDER BY i.created_at, i.id{limit}", q.filter)
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;
    use crate::testing::Server;
    use crate::PgStore;

    /// An event of 20,400 invites among 300 users (user 7's id as long as
    /// `long_id`) from four partners (`p3` unknown, so its name is empty).
    fn fixture(store: &PgStore, long_id: &str) {
        store
            .client
            .borrow_mut()
            .batch_execute(&format!(
                "SET session_replication_role = replica;
                 INSERT INTO tenants (id, slug, name, created_at) VALUES ('t', 't', 'T', 'x');
                 INSERT INTO plans (tenant_id, key, name, created_at) VALUES ('t', 'standard', 'Standard', 'x');
                 INSERT INTO partners (id, tenant_id, slug, name, kind, plan_key, created_at, updated_at)
                 SELECT 'p' || k, 't', 'p' || k, 'Partner ' || k, 'venue', 'standard', 'x', 'x'
                 FROM generate_series(0, 2) k;
                 INSERT INTO events (id, tenant_id, slug, title, starts_at, ends_at, host_partner_id, created_at,
                                     updated_at)
                 VALUES ('e', 't', 'big', 'Big', '2026-01-02T00:00:00Z', '2026-01-03T00:00:00Z', 'p0', 'x', 'x');
                 INSERT INTO users (id, tenant_id, email, display_name, created_at)
                 SELECT CASE k WHEN 7 THEN '{long_id}' ELSE 'user-' || k END, 't', 'u' || k || '@x.example',
                        'User ' || k, 'x'
                 FROM generate_series(0, 299) k;
                 WITH r AS (SELECT k, k % 300 AS rec, (k % 300 + 1 + k / 300) % 300 AS iss, k / 300 AS round
                            FROM generate_series(0, 20399) k),
                   ids AS (SELECT k, round,
                     CASE rec WHEN 7 THEN '{long_id}' ELSE 'user-' || rec END AS rec_id,
                     CASE iss WHEN 7 THEN '{long_id}' ELSE 'user-' || iss END AS iss_id FROM r)
                 INSERT INTO invites (id, tenant_id, event_id, receiver_user_id, inviter_kind, inviter_id,
                                      issued_by_user_id, status, created_at, viewed_at, updated_at)
                 SELECT format('i%06s', k), 't', 'e', rec_id,
                        CASE WHEN round < 4 AND k % 2 = 1 THEN 'partner' ELSE 'user' END,
                        CASE WHEN round < 4 AND k % 2 = 1 THEN 'p' || round ELSE iss_id END,
                        iss_id, 'viewed', format('2026-01-01T%s:%s:%sZ', lpad((k / 3600)::text, 2, '0'),
                                                 lpad((k / 60 % 60)::text, 2, '0'), lpad((k % 60)::text, 2, '0')),
                        '2026-01-01T12:00:00Z', 'x'
                 FROM ids;
                 SET session_replication_role = DEFAULT;"
            ))
            .unwrap();
    }

    /// A stream long enough reads its names first, and prints what the
    /// joined `SELECT` reads; with a user the names cannot hold it falls
    /// back to the joins, printing the same.
    #[test]
    fn a_long_stream_reads_its_names_first_and_prints_what_the_joins_read() {
        let Some(server) = Server::get() else { return };
        for (long_id, names_first) in [("u-".repeat(10), true), ("u-".repeat(130), false)] {
            let url = server.database();
            let store = PgStore::open(&url, Duration::from_secs(10)).unwrap();
            fixture(&store, &long_id);
            let joined: Vec<serde_json::Value> = {
                let sql = format!("{SELECT} WHERE i.event_id = 'e' ORDER BY i.created_at, i.id");
                let rows = store.client.borrow_mut().query(&sql, &[]).unwrap();
                rows.iter().map(|r| serde_json::to_value(crate::invite::invite(r).unwrap()).unwrap()).collect()
            };
            assert_eq!(joined.len(), 20_400);
            store.client.borrow_mut().batch_execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY").unwrap();
            let tx =
                PgTx { store: &store, span: Span::Transaction, writes: false, open: true, import: Default::default() };
            let stream = || {
                let mut args = Args::default();
                let filter = format!("i.event_id = {}", args.bind("e".to_string()));
                InviteStream { filter, args, event_id: Some("e"), limit: None }
            };
            assert_eq!(tx.names_first("e", &stream()).unwrap().is_some(), names_first, "id of {} bytes", long_id.len());
            // Nested in a command (READ COMMITTED), or writing: the joins.
            for (span, writes) in [(Span::Savepoint, false), (Span::Transaction, true)] {
                let other = PgTx { store: &store, span, writes, open: false, import: Default::default() };
                assert!(other.names_first("e", &stream()).unwrap().is_none(), "{span:?}, writes: {writes}");
            }
            let mut streamed = Vec::new();
            tx.stream_invites(stream(), &mut |i| {
                streamed.push(serde_json::to_value(i).unwrap());
                Ok(())
            })
            .unwrap();
            assert!(streamed == joined, "names first: {names_first}");
            drop(tx);
            drop(store);
            server.drop_database(&url);
        }
    }
}
