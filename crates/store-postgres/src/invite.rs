use postgres::Row;

use super::stream::InviteStream;
use super::{named, opt_fmt, opt_stamp, stamp, time, Args, Param, PgTx};
use crate::error::{sql, CoreResult, Result};
use crate::model::{Invite, InviterKind, Named};
use crate::store::{InviteFilter, InviteStore};
use partnerctl_core::names::set;

/// The invite record of SPEC §2.3 with its joined names. Every query that
/// returns invite records selects these columns (`SELECT`, or a stream's
/// `PAGE_SELECT`) and maps them with `invite`.
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
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)";

/// The condition "the inviter principal is (`kind`, `param`)" on invites
/// `i`. The kind is a literal, so that `invites_by_partner_time` (partial,
/// migration 0006) serves a partner's invites under any plan; a user's are
/// named by their issuer, the same user (a CHECK of 0001), whose index
/// holds them all.
pub(super) fn principal_is(kind: InviterKind, param: &str) -> String {
    match kind {
        InviterKind::Partner => format!("i.inviter_kind = 'partner' AND i.inviter_id = {param}"),
        InviterKind::User => format!("i.inviter_kind = 'user' AND i.issued_by_user_id = {param}"),
    }
}

pub(super) fn invite(row: &Row) -> Result<Invite> {
    let mut invite = Invite::default();
    read_invite(row, &mut invite)?;
    Ok(invite)
}

/// `invite` into a record that is kept: streams refill one for every row.
pub(super) fn read_invite(row: &Row, invite: &mut Invite) -> Result<()> {
    let text = |idx| row.try_get::<_, &str>(idx);
    set(&mut invite.id, text(0)?);
    set(&mut invite.event_id, text(1)?);
    set(&mut invite.event_slug, text(2)?);
    set(&mut invite.receiver_id, text(3)?);
    set(&mut invite.receiver_email, text(4)?);
    invite.inviter_kind = named(row, 5)?;
    set(&mut invite.inviter_id, text(6)?);
    set(&mut invite.inviter_name, row.try_get::<_, Option<&str>>(7)?.unwrap_or_default());
    set(&mut invite.issued_by_user_id, text(8)?);
    set(&mut invite.issued_by_email, text(9)?);
    read_state(row, 10, invite)
}

/// The seven columns from status to responded_at, from column `first` on
/// (every invite query selects them in this order, last).
pub(super) fn read_state(row: &Row, first: usize, invite: &mut Invite) -> Result<()> {
    invite.status = named(row, first)?;
    invite.credited_acceptance = row.try_get(first + 1)?;
    invite.attendance = named(row, first + 2)?;
    invite.channel = named(row, first + 3)?;
    invite.created_at = stamp(row, first + 4)?;
    invite.viewed_at = opt_stamp(row, first + 5)?;
    invite.responded_at = opt_stamp(row, first + 6)?;
    Ok(())
}

impl PgTx<'_> {
    /// The invite matching `filter` on `invites` (a unique key: at most one),
    /// probed on the one table first. The joined `SELECT` is planned only
    /// when there is a record to read: a send asks twice whether one exists,
    /// and planning the joins took 0.3–0.9 ms each time on a new connection
    /// to learn there was none.
    fn find_one_invite(&self, filter: &str, params: &[Param]) -> Result<Option<Invite>> {
        let Some(found) = self.query_opt(&format!("SELECT id FROM invites WHERE {filter}"), params)? else {
            return Ok(None);
        };
        let id: String = found.try_get(0)?;
        self.query_opt(&format!("{SELECT} WHERE i.id = $1"), &[&id])?.as_ref().map(invite).transpose()
    }
}

impl InviteStore for PgTx<'_> {
    fn find_invite(&self, tenant_id: &str, id: &str) -> CoreResult<Option<Invite>> {
        sql(|| {
            let sql = format!("{SELECT} WHERE i.tenant_id = $1 AND i.id = $2");
            self.query_opt(&sql, &[&tenant_id, &id])?.as_ref().map(invite).transpose()
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
            self.find_one_invite(
                "event_id = $1 AND receiver_user_id = $2 AND inviter_kind = $3 AND inviter_id = $4",
                &[&event_id, &receiver_id, &kind.as_str(), &inviter_id],
            )
        })
    }

    fn find_credited_invite(&self, event_id: &str, receiver_id: &str) -> CoreResult<Option<Invite>> {
        sql(|| {
            self.find_one_invite(
                "event_id = $1 AND receiver_user_id = $2 AND credited_acceptance",
                &[&event_id, &receiver_id],
            )
        })
    }

    fn insert_invite(&self, tenant_id: &str, i: &Invite) -> CoreResult<()> {
        sql(|| {
            let created_at = time::fmt(i.created_at);
            self.execute(
                INSERT,
                &[
                    &i.id,
                    &tenant_id,
                    &i.event_id,
                    &i.receiver_id,
                    &i.inviter_kind.as_str(),
                    &i.inviter_id,
                    &i.issued_by_user_id,
                    &i.status.as_str(),
                    &i.credited_acceptance,
                    &i.attendance.as_str(),
                    &i.channel.as_str(),
                    &created_at,
                    &opt_fmt(i.viewed_at),
                    &opt_fmt(i.responded_at),
                    &created_at,
                ],
            )?;
            Ok(())
        })
    }

    fn update_invite(&self, i: &Invite, updated_at: time::Timestamp) -> CoreResult<()> {
        sql(|| {
            self.execute(
                "UPDATE invites SET status = $2, credited_acceptance = $3, attendance = $4, viewed_at = $5,
                    responded_at = $6, updated_at = $7
                 WHERE id = $1",
                &[
                    &i.id,
                    &i.status.as_str(),
                    &i.credited_acceptance,
                    &i.attendance.as_str(),
                    &opt_fmt(i.viewed_at),
                    &opt_fmt(i.responded_at),
                    &time::fmt(updated_at),
                ],
            )?;
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
            let rows = self.query(
                "UPDATE invites SET status = 'closed_duplicate', updated_at = $4
                 WHERE event_id = $1 AND receiver_user_id = $2 AND id <> $3 AND status IN ('pending', 'viewed')
                 RETURNING id",
                &[&event_id, &receiver_id, &except_id, &time::fmt(now)],
            )?;
            let mut ids = rows.iter().map(|r| r.try_get(0)).collect::<Result<Vec<String>, _>>()?;
            ids.sort();
            Ok(ids)
        })
    }

    fn expire_open_invites(&self, tenant_id: &str, now: time::Timestamp) -> CoreResult<i64> {
        sql(|| {
            let n = self.execute(
                "UPDATE invites SET status = 'expired', updated_at = $2
                 WHERE status IN ('pending', 'viewed')
                   AND event_id IN (SELECT id FROM events WHERE tenant_id = $1 AND ends_at <= $2)",
                &[&tenant_id, &time::fmt(now)],
            )?;
            Ok(i64::try_from(n).unwrap_or(i64::MAX))
        })
    }

    fn for_each_invite(&self, f: &InviteFilter, each: &mut dyn FnMut(&Invite) -> CoreResult<()>) -> CoreResult<()> {
        sql(|| {
            // Only the present filters become SQL, so each query can use its
            // index. An event's invites are of its tenant (`db check`), so an
            // event scopes the rows alone, as in the drill.
            let mut args = Args::default();
            let (scope, id) = f.event_id.as_ref().map_or(("tenant_id", &f.tenant_id), |id| ("event_id", id));
            let mut filter = format!("i.{scope} = {}", args.bind(id.clone()));
            if let Some(receiver_id) = &f.receiver_id {
                filter.push_str(&format!(" AND i.receiver_user_id = {}", args.bind(receiver_id.clone())));
            }
            if let Some((kind, inviter_id)) = &f.inviter {
                filter.push_str(&format!(" AND {}", principal_is(*kind, &args.bind(inviter_id.clone()))));
            }
            if let Some(status) = f.status {
                filter.push_str(&format!(" AND i.status = {}", args.bind(status.as_str())));
            }
            if let Some(v) = &f.visible_to {
                let (r, events) = (args.bind(v.receiver_id.clone()), args.bind(v.event_ids.clone()));
                filter.push_str(&format!(" AND (i.receiver_user_id = {r} OR i.event_id = ANY({events}::text[]))"));
            }
            self.stream_invites(InviteStream { filter, args, event_id: f.event_id.as_deref(), limit: f.limit }, each)
        })
    }
}
