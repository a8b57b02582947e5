use rusqlite::types::Value;
use rusqlite::{params, params_from_iter, OptionalExtension, Row};

use super::{flag, named, opt_stamp, stamp, time, SqliteTx};
use crate::error::{sql, CoreResult, Result};
use crate::model::{Invite, InviterKind, Named};
use crate::store::{InviteFilter, InviteStore};

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

    fn for_each_invite(&self, f: &InviteFilter, each: &mut dyn FnMut(Invite) -> CoreResult<()>) -> CoreResult<()> {
        sql(|| {
            // Only the present filters become SQL, so each query can use its index.
            let mut sql = format!("{SELECT} WHERE i.tenant_id = ?");
            let mut args: Vec<Value> = vec![f.tenant_id.clone().into()];
            if let Some(event_id) = &f.event_id {
                sql.push_str(" AND i.event_id = ?");
                args.push(event_id.clone().into());
            }
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
    /// Runs an invite query (built on `SELECT`) and hands each record to
    /// `each` as the cursor reaches it, so memory stays flat.
    pub(super) fn stream_invites(
        &self,
        sql: &str,
        args: Vec<Value>,
        each: &mut dyn FnMut(Invite) -> CoreResult<()>,
    ) -> Result<()> {
        self.use_large_cache()?;
        let mut stmt = self.conn.prepare_cached(sql)?;
        let mut rows = stmt.query(params_from_iter(args))?;
        while let Some(row) = rows.next()? {
            each(invite(row)?)?;
        }
        Ok(())
    }
}
