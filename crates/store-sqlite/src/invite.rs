use rusqlite::types::Value;
use rusqlite::{params, params_from_iter, OptionalExtension, Row};

use super::{borrowed_text, flag, named, opt_stamp, stamp, time, SqliteTx};
use crate::error::{sql, CoreResult, Result};
use crate::model::{Invite, InviterKind, Named};
use crate::names::{set, NameLookup, Names};
use crate::store::{InviteFilter, InviteStore, UserStore};

/// The invite record of SPEC §2.3 with its joined names. Every query that
/// returns invite records selects these columns and maps them with `invite`.
pub(super) const SELECT: &str = "SELECT i.id, i.event_id, e.slug, i.receiver_user_id, r.email,
        i.inviter_kind, i.inviter_id,
        CASE i.inviter_kind WHEN 'user' THEN s.display_name ELSE ip.name END,
        i.issued_by_user_id, s.email, i.status, i.credited_acceptance, i.attendance, i.channel,
        i.created_at, i.viewed_at, i.responded_at
    FROM invites i
    JOIN events e ON e.id = i.event_id
    JOIN users r ON r.id = i.receiver_user_id
    JOIN users s ON s.id = i.issued_by_user_id
    LEFT JOIN partners ip ON i.inviter_kind = 'partner' AND ip.id = i.inviter_id";

/// The invite's own columns, for streams (drill, `invite list`): the names
/// of `SELECT`'s joins come from `Names` instead, since the joins seek the
/// users table twice per row (measured: most of a 200k-row drill).
pub(super) const STREAM_SELECT: &str = "SELECT i.id, i.event_id, i.receiver_user_id, i.inviter_kind, i.inviter_id,
        i.issued_by_user_id, i.status, i.credited_acceptance, i.attendance, i.channel,
        i.created_at, i.viewed_at, i.responded_at, i.tenant_id
    FROM invites i";

/// One-by-one user lookups before a stream reads the tenant's users in one
/// table-order pass (`Names`): 100k users in ~30 ms, one lookup ~4 µs.
const LOOKUPS_BEFORE_PASS: usize = 2_000;

/// Rows read before their names are completed together
/// (`Names::complete_batch`).
const BATCH: usize = 32;

/// Reads a row of `STREAM_SELECT` into `invite` (its names left as they
/// were) and returns the row's tenant id.
fn read_own<'r>(row: &'r Row, invite: &mut Invite) -> rusqlite::Result<&'r str> {
    set(&mut invite.id, borrowed_text(row, 0)?);
    set(&mut invite.event_id, borrowed_text(row, 1)?);
    set(&mut invite.receiver_id, borrowed_text(row, 2)?);
    invite.inviter_kind = named(row, 3)?;
    set(&mut invite.inviter_id, borrowed_text(row, 4)?);
    set(&mut invite.issued_by_user_id, borrowed_text(row, 5)?);
    invite.status = named(row, 6)?;
    invite.credited_acceptance = flag(row, 7)?;
    invite.attendance = named(row, 8)?;
    invite.channel = named(row, 9)?;
    invite.created_at = stamp(row, 10)?;
    invite.viewed_at = opt_stamp(row, 11)?;
    invite.responded_at = opt_stamp(row, 12)?;
    borrowed_text(row, 13)
}

impl NameLookup for SqliteTx<'_> {
    fn event_slug(&self, event_id: &str) -> CoreResult<String> {
        sql(|| {
            Ok(self
                .conn
                .prepare_cached("SELECT slug FROM events WHERE id = ?1")?
                .query_row([event_id], |r| r.get(0))?)
        })
    }

    fn user_names(&self, user_id: &str) -> CoreResult<(String, String)> {
        sql(|| {
            let mut stmt = self.conn.prepare_cached("SELECT email, display_name FROM users WHERE id = ?1")?;
            Ok(stmt.query_row([user_id], |r| Ok((r.get(0)?, r.get(1)?)))?)
        })
    }

    fn partner_name(&self, partner_id: &str) -> CoreResult<Option<String>> {
        sql(|| {
            let mut stmt = self.conn.prepare_cached("SELECT name FROM partners WHERE id = ?1")?;
            Ok(stmt.query_row([partner_id], |r| r.get(0)).optional()?)
        })
    }

    fn tenant_users(&self, tenant_id: &str, each: &mut dyn FnMut(&str, &str, &str) -> bool) -> CoreResult<()> {
        self.each_user(tenant_id, each)
    }
}

/// One invite row, every column bound (`updated_at` last); the import adds
/// its own conflict clause.
pub(super) const INSERT: &str = "INSERT INTO invites (id, tenant_id, event_id, receiver_user_id, inviter_kind,
        inviter_id, issued_by_user_id, status, credited_acceptance, attendance, channel,
        created_at, viewed_at, responded_at, updated_at)
    VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)";

pub(super) fn invite(row: &Row) -> rusqlite::Result<Invite> {
    Ok(Invite {
        id: row.get(0)?,
        event_id: row.get(1)?,
        event_slug: row.get(2)?,
        receiver_id: row.get(3)?,
        receiver_email: row.get(4)?,
        inviter_kind: named(row, 5)?,
        inviter_id: row.get(6)?,
        inviter_name: row.get::<_, Option<String>>(7)?.unwrap_or_default(),
        issued_by_user_id: row.get(8)?,
        issued_by_email: row.get(9)?,
        status: named(row, 10)?,
        credited_acceptance: flag(row, 11)?,
        attendance: named(row, 12)?,
        channel: named(row, 13)?,
        created_at: stamp(row, 14)?,
        viewed_at: opt_stamp(row, 15)?,
        responded_at: opt_stamp(row, 16)?,
    })
}

impl InviteStore for SqliteTx<'_> {
    fn find_invite(&self, tenant_id: &str, id: &str) -> CoreResult<Option<Invite>> {
        sql(|| {
            let mut stmt = self.conn.prepare_cached(&format!("{SELECT} WHERE i.tenant_id = ?1 AND i.id = ?2"))?;
            Ok(stmt.query_row(params![tenant_id, id], invite).optional()?)
        })
    }

    fn find_invite_by_principal(
        &self,
        event_id: &str,
        receiver_id: &str,
        kind: InviterKind,
        inviter_id: &str,
    ) -> CoreResult<Option<Invite>> {
        sql(|| {
            let mut stmt = self.conn.prepare_cached(&format!(
                "{SELECT} WHERE i.event_id = ?1 AND i.receiver_user_id = ?2 AND i.inviter_kind = ?3 AND i.inviter_id = ?4"
            ))?;
            Ok(stmt.query_row(params![event_id, receiver_id, kind.as_str(), inviter_id], invite).optional()?)
        })
    }

    fn find_credited_invite(&self, event_id: &str, receiver_id: &str) -> CoreResult<Option<Invite>> {
        sql(|| {
            let mut stmt = self.conn.prepare_cached(&format!(
                "{SELECT} WHERE i.event_id = ?1 AND i.receiver_user_id = ?2 AND i.credited_acceptance = 1"
            ))?;
            Ok(stmt.query_row(params![event_id, receiver_id], invite).optional()?)
        })
    }

    fn insert_invite(&self, tenant_id: &str, i: &Invite) -> CoreResult<()> {
        sql(|| {
            let mut stmt = self.conn.prepare_cached(INSERT)?;
            stmt.execute(params![
                i.id,
                tenant_id,
                i.event_id,
                i.receiver_id,
                i.inviter_kind.as_str(),
                i.inviter_id,
                i.issued_by_user_id,
                i.status.as_str(),
                i.credited_acceptance,
                i.attendance.as_str(),
                i.channel.as_str(),
                time::fmt(i.created_at),
                i.viewed_at.map(time::fmt),
                i.responded_at.map(time::fmt),
                time::fmt(i.created_at)
            ])?;
            Ok(())
        })
    }

    fn update_invite(&self, i: &Invite, updated_at: time::Timestamp) -> CoreResult<()> {
        sql(|| {
            let mut stmt = self.conn.prepare_cached(
                "UPDATE invites SET status = ?2, credited_acceptance = ?3, attendance = ?4, viewed_at = ?5,
                    responded_at = ?6, updated_at = ?7
                 WHERE id = ?1",
            )?;
            stmt.execute(params![
                i.id,
                i.status.as_str(),
                i.credited_acceptance,
                i.attendance.as_str(),
                i.viewed_at.map(time::fmt),
                i.responded_at.map(time::fmt),
                time::fmt(updated_at)
            ])?;
            Ok(())
        })
    }

    fn close_open_duplicates(
        &self,
        event_id: &str,
        receiver_id: &str,
        except_id: &str,
        now: time::Timestamp,
    ) -> CoreResult<Vec<String>> {
        sql(|| {
            let mut stmt = self.conn.prepare_cached(
                "UPDATE invites SET status = 'closed_duplicate', updated_at = ?4
                 WHERE event_id = ?1 AND receiver_user_id = ?2 AND id <> ?3 AND status IN ('pending', 'viewed')
                 RETURNING id",
            )?;
            let mut ids: Vec<String> = stmt
                .query_map(params![event_id, receiver_id, except_id, time::fmt(now)], |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()?;
            ids.sort();
            Ok(ids)
        })
    }

    fn expire_open_invites(&self, tenant_id: &str, now: time::Timestamp) -> CoreResult<i64> {
        sql(|| {
            let mut stmt = self.conn.prepare_cached(
                "UPDATE invites SET status = 'expired', updated_at = ?2
                 WHERE status IN ('pending', 'viewed')
                   AND event_id IN (SELECT id FROM events WHERE tenant_id = ?1 AND ends_at <= ?2)",
            )?;
            Ok(stmt.execute(params![tenant_id, time::fmt(now)])? as i64)
        })
    }

    fn for_each_invite(&self, f: &InviteFilter, each: &mut dyn FnMut(&Invite) -> CoreResult<()>) -> CoreResult<()> {
        sql(|| {
            // Only the present filters become SQL, so each query can use its
            // index. An event's invites are of its tenant (`db check`), so an
            // event scopes the rows alone, as in the drill: checking the
            // tenant too took ~190 VDBE instructions a row.
            let (scope, id) = f.event_id.as_ref().map_or(("tenant_id", &f.tenant_id), |id| ("event_id", id));
            let mut sql = format!("{STREAM_SELECT} WHERE i.{scope} = ?");
            let mut args: Vec<Value> = vec![id.clone().into()];
            if let Some(receiver_id) = &f.receiver_id {
                sql.push_str(" AND i.receiver_user_id = ?");
                args.push(receiver_id.clone().into());
            }
            if let Some((kind, inviter_id)) = &f.inviter {
                sql.push_str(" AND i.inviter_kind = ? AND i.inviter_id = ?");
                args.extend([kind.as_str().to_string().into(), inviter_id.clone().into()]);
            }
            if let Some(status) = f.status {
                sql.push_str(" AND i.status = ?");
                args.push(status.as_str().to_string().into());
            }
            if let Some(v) = &f.visible_to {
                sql.push_str(" AND (i.receiver_user_id = ? OR i.event_id IN (SELECT value FROM json_each(?)))");
                args.extend([v.receiver_id.clone().into(), serde_json::to_string(&v.event_ids)?.into()]);
            }
            sql.push_str(" ORDER BY i.created_at, i.id");
            if let Some(limit) = f.limit {
                sql.push_str(" LIMIT ?");
                args.push(Value::Integer(crate::sql_limit(limit)));
            }
            self.stream_invites(&sql, args, each)
        })
    }
}

impl SqliteTx<'_> {
    /// Runs an invite query (built on `STREAM_SELECT`) and hands each record
    /// to `each` as the cursor reaches it, so memory stays flat: one record
    /// is refilled for every row.
    pub(super) fn stream_invites(
        &self,
        sql: &str,
        args: Vec<Value>,
        each: &mut dyn FnMut(&Invite) -> CoreResult<()>,
    ) -> Result<()> {
        // No large page cache: the walk reads each table page once, and
        // `Names` keeps the names.
        let mut names = Names::new(LOOKUPS_BEFORE_PASS);
        let mut batch: Vec<Invite> = std::iter::repeat_with(Invite::default).take(BATCH).collect();
        let mut tenant_ids = vec![String::new(); BATCH];
        let mut stmt = self.conn.prepare_cached(sql)?;
        let mut rows = stmt.query(params_from_iter(args))?;
        let mut more = true;
        while more {
            let mut filled = 0;
            while filled < BATCH {
                let Some(row) = rows.next()? else {
                    more = false;
                    break;
                };
                set(&mut tenant_ids[filled], read_own(row, &mut batch[filled])?);
                filled += 1;
            }
            names.complete_batch(self, &tenant_ids[..filled], &mut batch[..filled])?;
            for invite in &batch[..filled] {
                each(invite)?;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::SqliteStore;

    /// Streams through `Names` print what the joined `SELECT` reads, looked
    /// up one by one or in the pass, with an id too long for a key and an
    /// unknown partner.
    #[test]
    fn names_looked_up_by_the_stream_are_those_of_the_joins() {
        let store = SqliteStore::open_in_memory().unwrap();
        let long_id = "u-".repeat(130);
        store
            .conn
            .execute_batch(&format!(
                "PRAGMA foreign_keys = OFF;
                 INSERT INTO tenants (id, slug, name, created_at) VALUES ('t', 't', 'T', 'x');
                 INSERT INTO events (id, tenant_id, slug, title, starts_at, ends_at, host_partner_id, created_at,
                                     updated_at)
                 VALUES ('e', 't', 'big', 'Big', '2026-01-02T00:00:00Z', '2026-01-03T00:00:00Z', 'p0', 'x', 'x');
                 WITH RECURSIVE n(k) AS (SELECT 0 UNION ALL SELECT k + 1 FROM n WHERE k < 299)
                 INSERT INTO users (id, tenant_id, email, display_name, created_at)
                 SELECT CASE k WHEN 7 THEN '{long_id}' ELSE 'user-' || k END, 't', 'u' || k || '@x.example',
                        'User ' || k, 'x' FROM n;
                 WITH RECURSIVE n(k) AS (SELECT 0 UNION ALL SELECT k + 1 FROM n WHERE k < 2)
                 INSERT INTO partners (id, tenant_id, slug, name, kind, plan_key, created_at, updated_at)
                 SELECT 'p' || k, 't', 'p' || k, 'Partner ' || k, 'venue', 'standard', 'x', 'x' FROM n;
                 WITH RECURSIVE n(k) AS (SELECT 0 UNION ALL SELECT k + 1 FROM n WHERE k < 599),
                   r AS (SELECT k, k % 300 AS rec, (k % 300 + 1 + k / 300) % 300 AS iss FROM n),
                   ids AS (SELECT k,
                     CASE rec WHEN 7 THEN '{long_id}' ELSE 'user-' || rec END AS rec_id,
                     CASE iss WHEN 7 THEN '{long_id}' ELSE 'user-' || iss END AS iss_id FROM r)
                 INSERT INTO invites (id, tenant_id, event_id, receiver_user_id, inviter_kind, inviter_id,
                                      issued_by_user_id, status, created_at, viewed_at, updated_at)
                 SELECT printf('i%04d', k), 't', 'e', rec_id,
                        CASE k % 2 WHEN 0 THEN 'user' ELSE 'partner' END,
                        -- p3 does not exist: its name is empty, as through the LEFT JOIN.
                        CASE k % 2 WHEN 0 THEN iss_id ELSE 'p' || ((k / 300 + k) % 4) END,
                        iss_id, 'viewed', printf('2026-01-01T00:%02d:%02dZ', k / 60, k % 60),
                        '2026-01-01T12:00:00Z', 'x'
                 FROM ids;"
            ))
            .unwrap();
        let joined: Vec<Invite> = {
            let mut stmt = store.conn.prepare(&format!("{SELECT} ORDER BY i.created_at, i.id")).unwrap();
            stmt.query_map([], invite).unwrap().collect::<rusqlite::Result<_>>().unwrap()
        };
        assert_eq!(joined.len(), 600);
        // Outside any transaction (`open: false`): only reads.
        let in_command = std::cell::Cell::new(false);
        let tx = &SqliteTx {
            conn: &store.conn,
            span: crate::Span::Transaction,
            in_command: &in_command,
            open: false,
            import: Default::default(),
        };
        // One by one, and through the pass over the tenant's users.
        for pass_after in [usize::MAX, 5] {
            let (mut names, mut invite) = (Names::new(pass_after), Invite::default());
            let mut stmt = store.conn.prepare(&format!("{STREAM_SELECT} ORDER BY i.created_at, i.id")).unwrap();
            let mut rows = stmt.query([]).unwrap();
            let mut streamed = Vec::new();
            while let Some(row) = rows.next().unwrap() {
                let tenant_id = read_own(row, &mut invite).unwrap();
                names.complete(tx, tenant_id, &mut invite).unwrap();
                streamed.push(invite.clone());
            }
            assert_eq!(serde_json::to_value(&streamed).unwrap(), serde_json::to_value(&joined).unwrap());
        }
    }
}
